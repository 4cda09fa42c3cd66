#!/usr/bin/env python3
"""Builds tests/data/legal/fresh5/{citations,shortforms}-dev.jsonl (issue 19, session 6, third batch).

Sentences and passages written by the detector's author from the list of forms in issue 19 and
the shared docs (§2, §10), (third batch) after the fixes for fresh3 and fresh4, before any further change. Run from the repository
root: python3 tests/data/legal/tools/build_fresh5.py
"""
from freshset import F, FreshSet

SET = FreshSet("tests/data/legal/fresh5", 5000, "own5")
s, p = SET.s, SET.p

# --- line breaks before capitals (the text path may start a new block there)
s("linebreak,block", "El marco normativo incluye la Ley Orgánica de\nGobiernos Regionales y su reglamento.", ("Ley Orgánica de\nGobiernos Regionales", "pe:ley:@ley-organica-de-gobiernos-regionales", ["pe:ley:27867"]))
s("linebreak,block", "Se aplicó el Decreto Supremo\nN° 004-2019-JUS en todos los casos.", ("Decreto Supremo\nN° 004-2019-JUS", "pe:ds:004-2019-jus"))
s("linebreak,block", "La Resolución Ministerial N° 045-2020-\nMINAM aprobó la guía.", ("Resolución Ministerial N° 045-2020-\nMINAM", "pe:rm:045-2020-minam"))
s("linebreak,block", "La Ley\nN° 27444 regula el procedimiento.", ("Ley\nN° 27444", "pe:ley:27444"))
s("linebreak,block", "Se cita la Ley de Bases de la\nDescentralización en el capítulo.", ("Ley de Bases de la\nDescentralización", "pe:ley:@ley-de-bases-de-la-descentralizacion", ["pe:ley:27783"]))
s("linebreak,block", "Aplica la Resolución de\nPresidencia Ejecutiva N° 238-2014-SERVIR-PE en la entidad.", ("Resolución de\nPresidencia Ejecutiva N° 238-2014-SERVIR-PE", "pe:rpe:238-2014-servir-pe"))
s("linebreak,nested,approved-by", "El Texto Único Ordenado de la Ley N° 27444,\nLey del Procedimiento Administrativo General, aprobado por Decreto Supremo N° 004-2019-JUS, regula la nulidad.",
  ("Texto Único Ordenado de la Ley N° 27444,\nLey del Procedimiento Administrativo General", "pe:ds:004-2019-jus", ["pe:tuo:ds-004-2019-jus"]),
  ("Ley N° 27444,\nLey del Procedimiento Administrativo General", "pe:ley:27444"), ("Decreto Supremo N° 004-2019-JUS", "pe:ds:004-2019-jus"))
s("linebreak,block", "Según el Decreto Legislativo\nN° 1057, los contratos son temporales.", ("Decreto Legislativo\nN° 1057", "pe:dleg:1057"))
# --- other forms
s("constitution,abbrev", "El acceso a la información es un derecho (Const., art. 2, inc. 5).", ("Const., art. 2, inc. 5", "pe:const:1993"))
s("dotted-pe", "La Ley N° 27.444 regula el procedimiento administrativo en el Perú.", ("Ley N° 27.444", "pe:ley:27444"))
s("no-sector", "El D. S. N° 018-2021 prorrogó el plazo.", ("D. S. N° 018-2021", "pe:ds:018-2021"))
s("dated,de-fecha", "La Resolución Ministerial N° 0915-RE de fecha 12 de noviembre de 2012 aprobó el reglamento.", ("Resolución Ministerial N° 0915-RE de fecha 12 de noviembre de 2012", "pe:rm:915-2012-re"))
s("abbrev:Res.Leg.", "La Res. Leg. N° 27517 aprobó el convenio.", ("Res. Leg. N° 27517", "pe:rleg:27517"))
s("apposition:number-name,dash,approved-by", "La Ley N° 30225 – Ley de Contrataciones del Estado y su Reglamento aprobado mediante Decreto Supremo N° 344-2018-EF rigen la compra.",
  ("Ley N° 30225 – Ley de Contrataciones del Estado", "pe:ley:30225"), ("Reglamento", "pe:ds:344-2018-ef", ["pe:reglamento:ds-344-2018-ef"]), ("Decreto Supremo N° 344-2018-EF", "pe:ds:344-2018-ef"))
s("approved-by,que-aprueba", "El Decreto Supremo N° 004-2019-JUS que aprueba el Texto Único Ordenado de la Ley N° 27444 fue publicado en enero.",
  ("Decreto Supremo N° 004-2019-JUS", "pe:ds:004-2019-jus"), ("Texto Único Ordenado de la Ley N° 27444", "pe:ds:004-2019-jus", ["pe:tuo:ds-004-2019-jus"]), ("Ley N° 27444", "pe:ley:27444"))
s("article,list-articles", "Los artículos 4 y 5 del Decreto Legislativo N° 1057 regulan el contrato.", ("artículos 4 y 5 del Decreto Legislativo N° 1057", "pe:dleg:1057"))
s("footnote-marker", "El Decreto Supremo N° 004-2022-MIDIS15 aprobó el plan.", ("Decreto Supremo N° 004-2022-MIDIS", "pe:ds:004-2022-midis"))
s("rleg,treaty-approval", "El Convenio 169 fue aprobado por Resolución Legislativa N° 26253.", ("Convenio 169", "int:oit-convenio-169-1989"), ("Resolución Legislativa N° 26253", "pe:rleg:26253"))
s("named,parens-acronym", "La Ley Orgánica del Poder Ejecutivo (LOPE) distingue los ministerios.", ("Ley Orgánica del Poder Ejecutivo", "pe:ley:@ley-organica-del-poder-ejecutivo", ["pe:ley:29158"]))
s("dleg,name-after", "El Decreto Legislativo N° 1440, del Sistema Nacional de Presupuesto Público, derogó la Ley N° 28411.", ("Decreto Legislativo N° 1440", "pe:dleg:1440"), ("Ley N° 28411", "pe:ley:28411"))
s("rs,dated,old", "La Resolución Suprema N° 127 de 14 de agosto de 1936 aprobó el reglamento de aduanas.", ("Resolución Suprema N° 127 de 14 de agosto de 1936", "pe:rs:127-1936"))
s("neg:standard", "La NTP-ISO/IEC 27001:2014 es de uso obligatorio en la entidad.")
s("neg:management-doc", "El Plan Estratégico Institucional 2019-2022 fue aprobado por la gerencia.")


p("antes-citada", "La Ley N° 29158 organiza el Poder Ejecutivo. La norma antes citada distingue ministerios y organismos.",
  [("Ley N° 29158", "pe:ley:29158")], [("La norma antes citada", "pe:ley:29158", None)])
p("cuerpo-legal", "El Decreto Legislativo N° 1278 regula los residuos. El citado cuerpo legal prioriza la valorización.",
  [("Decreto Legislativo N° 1278", "pe:dleg:1278")], [("El citado cuerpo legal", "pe:dleg:1278", None)])
p("en-comentario", "La Ley N° 31572 regula el teletrabajo. La Ley en comentario reconoce la desconexión digital.",
  [("Ley N° 31572", "pe:ley:31572")], [("La Ley en comentario", "pe:ley:31572", None)])
p("misma-norma", "El Decreto Supremo N° 083-2004-PCM aprobó el texto. La misma norma fue derogada en 2014.",
  [("Decreto Supremo N° 083-2004-PCM", "pe:ds:083-2004-pcm")], [("La misma norma", "pe:ds:083-2004-pcm", None)])
p("texto-constitucional", "El artículo 2 de la Constitución reconoce derechos. El texto constitucional también garantiza el acceso.",
  [("artículo 2 de la Constitución", "pe:const:1993")], [("El texto constitucional", "pe:const:1993", None)])
p("convenio", "El Convenio 169 de la OIT regula la consulta. Dicho convenio fue aprobado en 1993.",
  [("Convenio 169 de la OIT", "int:oit-convenio-169-1989")], [("Dicho convenio", "int:oit-convenio-169-1989", None)])
p("presente-ordenanza,null", "Artículo 3. La presente Ordenanza entra en vigencia al día siguiente.",
  [], [("La presente Ordenanza", None, None)])
p("mencionado-tuo", "El TUO de la Ley N° 27444 fue aprobado por Decreto Supremo N° 004-2019-JUS. El mencionado TUO regula el silencio.",
  [("TUO de la Ley N° 27444", "pe:tuo:ds-004-2019-jus"), ("Ley N° 27444", "pe:ley:27444"), ("Decreto Supremo N° 004-2019-JUS", "pe:ds:004-2019-jus")], [("El mencionado TUO", "pe:tuo:ds-004-2019-jus", None)])
p("referida-resolucion", "Mediante Resolución Jefatural N° 045-2018-INEI se fijó el calendario. La referida resolución fue publicada en abril.",
  [("Resolución Jefatural N° 045-2018-INEI", "pe:rj:045-2018-inei")], [("La referida resolución", "pe:rj:045-2018-inei", None)])
p("dicha-ley,decreto-between", "La Ley N° 30057 creó el régimen. El Decreto Supremo N° 040-2014-PCM lo reglamentó. Dicha ley unificó los regímenes.",
  [("Ley N° 30057", "pe:ley:30057"), ("Decreto Supremo N° 040-2014-PCM", "pe:ds:040-2014-pcm")], [("Dicha ley", "pe:ley:30057", None)])

SET.write()
