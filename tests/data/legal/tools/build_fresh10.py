#!/usr/bin/env python3
"""Builds tests/data/legal/fresh10/citations-dev.jsonl (issue 19, session 8, second batch).

Sentences written by the detector's author after the fixes fresh9 led to, before any further
change: norms cut over the short lines of table cells and wrapped titles, heads and numbers on
separate lines, lower-case heads with numbers, lists without signs or with `N.os`, approved
instruments in apposition, two-digit years, council and regional norms, Congress resolutions,
names restated later in a text, a future regulation of a cited law, constitution forms,
foreign and Andean forms, and negatives (procurement, tribunals, memoranda).
Run from the repository root: python3 tests/data/legal/tools/build_fresh10.py
"""
from freshset import FreshSet

SET = FreshSet("tests/data/legal/fresh10", 10000, "own10")
s = SET.s

# --- heads, numbers and names over short lines (table cells, wrapped titles)
s("table-cell,head-number-split",
  "Decreto Supremo\nN° 004-2013-PCM\nAprueba la Política Nacional de\nModernización de la Gestión Pública",
  ("Decreto Supremo\nN° 004-2013-PCM", "pe:ds:004-2013-pcm"))
s("table-cell,head-split-twice",
  "Resolución\nMinisterial N°\n045-2015-MINAM\nAprueba la guía de valoración económica.",
  ("Resolución\nMinisterial N°\n045-2015-MINAM", "pe:rm:045-2015-minam"))
s("wrapped-name,capital-next-line",
  "Base legal:\nLey del Procedimiento\nAdministrativo General\nLey del Servicio Civil",
  ("Ley del Procedimiento\nAdministrativo General", "pe:ley:@ley-del-procedimiento-administrativo-general", ["pe:ley:27444"]),
  ("Ley del Servicio Civil", "pe:ley:@ley-del-servicio-civil", ["pe:ley:30057"]))
s("head-number-split,ley",
  "El régimen disciplinario se rige por la Ley\nN° 30057 y su reglamento general.",
  ("Ley\nN° 30057", "pe:ley:30057"))
s("head-number-split,directiva",
  "Los proyectos se registran según la Directiva\nN° 001-2019-EF/63.01 del sistema de inversiones.",
  ("Directiva\nN° 001-2019-EF/63.01", "pe:directiva:001-2019-ef-63-01"))
s("table-row,number-first",
  "N°\tNorma\tDenominación\n1\tLey N° 28611\tLey General del Ambiente\n2\tLey N° 29338\tLey de Recursos Hídricos",
  # Label corrected after the first run: number and title in the cells of one row are one
  # mention (docs §3, title + number in table cells; shared decision 5).
  ("Ley N° 28611\tLey General del Ambiente", "pe:ley:28611"), ("Ley N° 29338\tLey de Recursos Hídricos", "pe:ley:29338"))
# --- lower case, signs, lists
s("lowercase-head,upper-issuer",
  "mediante resolución ministerial n° 123-2019-MINSA se conformó el comité técnico.",
  ("resolución ministerial n° 123-2019-MINSA", "pe:rm:123-2019-minsa"))
s("list,no-sign,dleg",
  "Los Decretos Legislativos 1440, 1441 y 1442 reorganizaron la administración financiera.",
  ("Decretos Legislativos 1440", "pe:dleg:1440"), ("1441", "pe:dleg:1441"), ("1442", "pe:dleg:1442"))
s("list,N.os",
  "Los Decretos Supremos N.os 004-2020-SA y 005-2020-SA aprobaron medidas sanitarias.",
  ("Decretos Supremos N.os 004-2020-SA", "pe:ds:004-2020-sa"), ("005-2020-SA", "pe:ds:005-2020-sa"))
s("list,repeated-sign,leyes",
  "Las Leyes N° 29158 y N° 27867 distribuyen las funciones del Estado.",
  ("Leyes N° 29158", "pe:ley:29158"), ("N° 27867", "pe:ley:27867"))
s("list,rcd,office",
  "Las Resoluciones de Consejo Directivo N° 012-2019-OS/CD y 013-2019-OS/CD modificaron los procedimientos de supervisión.",
  ("Resoluciones de Consejo Directivo N° 012-2019-OS/CD", "pe:rcd:012-2019-os-cd"), ("013-2019-OS/CD", "pe:rcd:013-2019-os-cd"))
s("parens,alone,N.º",
  "Las entidades garantizan ajustes razonables (Ley N.º 29973) en los procesos de selección.",
  ("Ley N.º 29973", "pe:ley:29973"))
s("apposition:number-name,en-dash,caps",
  "LEY Nº 27444 – LEY DEL PROCEDIMIENTO ADMINISTRATIVO GENERAL",
  ("LEY Nº 27444 – LEY DEL PROCEDIMIENTO ADMINISTRATIVO GENERAL", "pe:ley:27444"))
s("apposition,tuo-title,decision-5",
  "El Decreto Supremo N° 003-97-TR, Texto Único Ordenado del Decreto Legislativo N° 728, regula la productividad laboral.",
  ("Decreto Supremo N° 003-97-TR, Texto Único Ordenado del Decreto Legislativo N° 728", "pe:ds:003-1997-tr"),
  ("Decreto Legislativo N° 728", "pe:dleg:728"))
# --- years, councils, regions, Congress
s("du,two-digit-year", "El Decreto de Urgencia Nº 037-94 otorgó una bonificación especial.",
  ("Decreto de Urgencia Nº 037-94", "pe:du:037-1994"))
s("om,no-year", "La Ordenanza N° 2236-MML aprobó el plan de desarrollo metropolitano.",
  ("Ordenanza N° 2236-MML", "pe:om:2236-mml"))
s("acr", "Por Acuerdo de Consejo Regional N° 045-2019-GRC/CR se declaró de interés regional la obra.",
  ("Acuerdo de Consejo Regional N° 045-2019-GRC/CR", "pe:acr:045-2019-grc-cr"))
s("dr", "El Decreto Regional N° 002-2018-GRC/GR aprobó la agenda regional de investigación.",
  ("Decreto Regional N° 002-2018-GRC/GR", "pe:dr:002-2018-grc-gr"))
s("da", "El Decreto de Alcaldía N° 004-2020-MDSJL prorrogó los beneficios tributarios.",
  ("Decreto de Alcaldía N° 004-2020-MDSJL", "pe:da:004-2020-mdsjl"))
s("rsgd", "La Resolución de Secretaría de Gobierno Digital N° 005-2018-PCM/SEGDI aprobó los lineamientos del líder de gobierno digital.",
  ("Resolución de Secretaría de Gobierno Digital N° 005-2018-PCM/SEGDI", "pe:rsgd:005-2018-pcm-segdi"))
s("rlegc", "La Resolución Legislativa del Congreso N° 007-2020-2021-CR modificó el Reglamento del Congreso.",
  ("Resolución Legislativa del Congreso N° 007-2020-2021-CR", "pe:rlegc:007-2020-2021-cr"),
  ("Reglamento del Congreso", "pe:reglamento:@reglamento-del-congreso", ["pe:reglamento:@reglamento-del-congreso-de-la-republica"]))
s("rleg,treaty-approval", "El tratado fue aprobado mediante Resolución Legislativa N° 26253.",
  ("Resolución Legislativa N° 26253", "pe:rleg:26253"))
s("dl,dlx", "El DL 25967 modificó el régimen de pensiones, y el DL 728 reguló el empleo.",
  ("DL 25967", "pe:dl:25967"), ("DL 728", "pe:dleg:728"))
# --- a name restated later in the text, a future regulation
s("name-restated,two-sentences",
  "La Ley N° 28611, Ley General del Ambiente, fija los principios. Según la Ley General del Ambiente, toda persona tiene derecho a un ambiente equilibrado.",
  ("Ley N° 28611, Ley General del Ambiente", "pe:ley:28611"), ("Ley General del Ambiente", "pe:ley:28611", None, "Según la "))
s("future-regulation,law-cited",
  "El futuro Reglamento de la Ley N° 31814 deberá regular la inteligencia artificial.",
  ("Ley N° 31814", "pe:ley:31814"))
s("su-reglamento,lowercase", "La Ley N° 30364 y su reglamento protegen a las víctimas de violencia.",
  ("Ley N° 30364", "pe:ley:30364"))
# --- Constitution
s("constitution,article-subunit", "El artículo 2, inciso 5, de la Constitución reconoce el acceso a la información.",
  ("artículo 2, inciso 5, de la Constitución", "pe:const:1993"))
s("constitution,carta-year", "La Carta Política de 1993 consagra la economía social de mercado.",
  ("Carta Política de 1993", "pe:const:1993"))
s("constitution,1979", "La Constitución de 1979 creó el Tribunal de Garantías Constitucionales.",
  ("Constitución de 1979", "pe:const:1979"))
# --- foreign, Andean, international
s("foreign:cl,de-chile", "La Ley 19.628 de Chile regula la protección de la vida privada.",
  ("Ley 19.628 de Chile", "cl:ley:19628"))
s("international,can,cartagena", "La Decisión 391 de la Comisión del Acuerdo de Cartagena regula el acceso a los recursos genéticos.",
  ("Decisión 391 de la Comisión del Acuerdo de Cartagena", "int:can-decision-391"))
s("international,oit,rleg",
  "El Convenio 169 de la OIT fue aprobado por Resolución Legislativa N° 26253.",
  ("Convenio 169 de la OIT", "int:oit-convenio-169-1989"), ("Resolución Legislativa N° 26253", "pe:rleg:26253"))
# --- negatives
s("neg:procurement", "La Licitación Pública N° 003-2019-GRL/CS fue declarada desierta.")
s("neg:tribunal:tce", "La Resolución N° 1234-2019-TCE-S1 sancionó al proveedor con inhabilitación temporal.")
s("neg:tribunal:tsc", "Mediante Resolución N° 01234-2020-SERVIR/TSC-Primera Sala se declaró fundado el recurso.")
s("neg:admin-doc", "El Memorando Múltiple N° 012-2021-GRA/GG dispuso la entrega de los inventarios.")
s("neg:admin-doc,informe", "El Informe N° 045-2018-APCI/DOC analiza la cooperación descentralizada.")
s("neg:bill", "El Proyecto de Ley 3321/2022-PE propone crear el Ministerio de la Familia.")
s("neg:hypothetical", "Se requiere una ley de presupuesto que se apruebe antes de diciembre.")

SET.write()
