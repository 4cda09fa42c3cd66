#!/usr/bin/env python3
"""Builds tests/data/legal/fresh6/{citations,shortforms}-dev.jsonl (issue 19, session 6, fourth batch).

Sentences and passages written by the detector's author from the list of forms in issue 19 and
the shared docs (§2, §10), (fourth batch) after the fixes for fresh3 and fresh4, before any further change. Run from the repository
root: python3 tests/data/legal/tools/build_fresh6.py
"""
from freshset import F, FreshSet

SET = FreshSet("tests/data/legal/fresh6", 6000, "own6")
s, p = SET.s, SET.p

s("space-after-hyphen,word", "El Decreto Legis- lativo N° 1057 creó el régimen especial.", ("Decreto Legis- lativo N° 1057", "pe:dleg:1057"))
s("space-after-hyphen,word", "La Resolu- ción Ministerial N° 045-2020-MINAM aprobó la guía.", ("Resolu- ción Ministerial N° 045-2020-MINAM", "pe:rm:045-2020-minam"))
s("reglamento,parent-name", "El Reglamento de la Ley del Servicio Civil regula los concursos.", ("Reglamento de la Ley del Servicio Civil", "pe:reglamento:ley-30057"), ("Ley del Servicio Civil", "pe:ley:@ley-del-servicio-civil", ["pe:ley:30057"]))
s("dated,ley", "La Ley Nro. 31298, de 6 de julio de 2021, regula la reelección.", ("Ley Nro. 31298, de 6 de julio de 2021", "pe:ley:31298"))
s("author-year,nested-parens", "El procedimiento es gratuito (Ley 27444 (2001), art. 44).", ("Ley 27444 (2001), art. 44", "pe:ley:27444"))
s("lowercase,codigo", "Conforme al código civil, el contrato obliga a las partes.", ("código civil", "pe:codigo:@codigo-civil", ["pe:dleg:295"]))
s("regional-resolution,plural-head", "Las Resoluciones Ejecutivas Regionales N° 101-2020-GRL/GR y 102-2020-GRL/GR aprobaron el plan.", ("Resoluciones Ejecutivas Regionales N° 101-2020-GRL/GR", "pe:res:101-2020-grl-gr"), ("102-2020-GRL/GR", "pe:res:102-2020-grl-gr"))
s("foreign:mx,named", "La Ley Federal de Transparencia y Acceso a la Información Pública de México inspiró la norma.", ("Ley Federal de Transparencia y Acceso a la Información Pública de México", "mx:ley:@ley-federal-de-transparencia-y-acceso-a-la-informacion-publica"))
s("named,apposition:name-number", "La Ley de Reforma Magisterial, Ley N° 29944, regula la carrera docente.", ("Ley de Reforma Magisterial, Ley N° 29944", "pe:ley:29944"))
s("range,a", "Los Decretos Supremos N° 003-2020-SA a 005-2020-SA dictaron medidas.", ("Decretos Supremos N° 003-2020-SA", "pe:ds:003-2020-sa"), ("Decretos Supremos N° 003-2020-SA a 005-2020-SA", "pe:ds:004-2020-sa"), ("005-2020-SA", "pe:ds:005-2020-sa"))
s("neg:policy", "La Política Nacional de Modernización de la Gestión Pública orienta la reforma.")

SET.write()
