#!/usr/bin/env python3
"""Builds tests/data/legal/fresh13b/ (issue 19, session 11).

Sentences and passages written by the detector's author before any pattern of the session
changed, for forms of issue 19's list and shared/docs/legal-references.md (§2–§5, §10) in
wordings the earlier sets do not use: plural heads of resolutions and ordinances, lists with
repeated signs, ranges with `a la`, dated norms with `del` and `de fecha`, dotless
abbreviations, names in apposition across a dash and parentheses, names restated after a
number, instruments approved by resolutions of other organs, municipal and regional
resolution types, foreign constitutions (this session's policy), the Resolución Legislativa
del Congreso key, foreign laws, UN resolutions, Andean lists, negatives (plural
back-references, court decisions, bills), and short forms (type-checked antecedents, plural
back-references that are none).
Run from the repository root: python3 tests/data/legal/tools/build_fresh13b.py
"""
from freshset import F, FreshSet

SET = FreshSet("tests/data/legal/fresh13b", 13500, "own13b")
s, p = SET.s, SET.p

# --- plural heads and lists
s("plural-head,rm,list",
  "Las Resoluciones Ministeriales N° 0231-2019-MINAM y N° 0232-2019-MINAM fijaron los límites máximos permisibles para efluentes.",
  ("Resoluciones Ministeriales N° 0231-2019-MINAM", "pe:rm:231-2019-minam"),
  ("N° 0232-2019-MINAM", "pe:rm:232-2019-minam"))
s("plural-head,or,list",
  "Mediante Ordenanzas Regionales N° 011-2020-GRA/CR y 012-2020-GRA/CR el consejo declaró de interés regional la siembra de agua.",
  ("Ordenanzas Regionales N° 011-2020-GRA/CR", "pe:or:011-2020-gra-cr"),
  ("012-2020-GRA/CR", "pe:or:012-2020-gra-cr"))
s("plural-head,dleg,list,numsign-plural",
  "Los Decretos Legislativos N°s 1272 y 1452 modificaron el régimen de la nulidad de oficio.",
  ("Decretos Legislativos N°s 1272", "pe:dleg:1272"), ("1452", "pe:dleg:1452"))
s("range,a-la,du",
  "Los Decretos de Urgencia N° 026-2020 a la 029-2020 dictaron medidas excepcionales frente a la pandemia.",
  ("Decretos de Urgencia N° 026-2020", "pe:du:026-2020"),
  ("029-2020", "pe:du:027-2020"), ("029-2020", "pe:du:028-2020"), ("029-2020", "pe:du:029-2020"))
# --- dates
s("date-id,del,rs",
  "La Resolución Suprema del 5 de junio de 1985 creó la comisión encargada del catastro rural.",
  ("Resolución Suprema del 5 de junio de 1985", "pe:rs:f1985-06-05"))
s("dated,rm,no-year,de-fecha",
  "Por Resolución Ministerial N° 0388-RE, de fecha 14 de mayo de 2013, se delegaron facultades en el Secretario General.",
  ("Resolución Ministerial N° 0388-RE, de fecha 14 de mayo de 2013", "pe:rm:388-2013-re"))
s("sn,rd,year",
  "La Resolución Directoral s/n de 2004 quedó sin efecto al crearse la nueva unidad ejecutora.",
  ("Resolución Directoral s/n de 2004", "pe:rd:sn-2004"))
# --- abbreviations and signs
s("abbrev,dleg-dotless,no-sign",
  "El régimen especial del DLeg 1057 no reconoce la estabilidad laboral absoluta.",
  ("DLeg 1057", "pe:dleg:1057"))
s("abbrev,rvm",
  "La R.V.M. N° 093-2019-MINEDU aprobó la norma técnica sobre evaluación de aprendizajes.",
  ("R.V.M. N° 093-2019-MINEDU", "pe:rvm:093-2019-minedu"))
s("abbrev,rj",
  "La R.J. N° 010-2021-INEI fija el calendario del censo.",
  ("R.J. N° 010-2021-INEI", "pe:rj:010-2021-inei"))
s("numsign,nro",
  "La Ley Nro. 30364 protege a los integrantes del grupo familiar.",
  ("Ley Nro. 30364", "pe:ley:30364"))
s("numsign,numero-word",
  "El Decreto Supremo número 009-2016-MIMP aprobó el reglamento respectivo.",
  ("Decreto Supremo número 009-2016-MIMP", "pe:ds:009-2016-mimp"))
s("linebreak,issuer-split",
  "La Resolución Ministerial N° 045-2015-\nMINAM aprobó la guía de valorización económica.",
  ("Resolución Ministerial N° 045-2015-\nMINAM", "pe:rm:045-2015-minam"))
s("linebreak,name",
  "Se aplica la Ley de Bases de la\nDescentralización a todas las transferencias.",
  ("Ley de Bases de la\nDescentralización", "pe:ley:@ley-de-bases-de-la-descentralizacion", ["pe:ley:27783"]))
# --- apposition
s("apposition,dash,number-name",
  "La Ley N° 29783 – Ley de Seguridad y Salud en el Trabajo obliga a registrar los accidentes.",
  ("Ley N° 29783 – Ley de Seguridad y Salud en el Trabajo", "pe:ley:29783"))
s("apposition,parens,name-number",
  "La Ley del Servicio Civil (Ley N° 30057) unifica los regímenes de personal.",
  ("Ley del Servicio Civil (Ley N° 30057", "pe:ley:30057"))
s("apposition,name-number,colon",
  "Ley General del Ambiente: Ley N° 28611, texto vigente.",
  ("Ley General del Ambiente: Ley N° 28611", "pe:ley:28611"))
# --- instruments approved by other organs' resolutions
s("approved-by,reglamento,res-issuer-first",
  "El Reglamento de Gestión de Conducta de Mercado del Sistema Financiero, aprobado por Resolución SBS N° 3274-2017, regula la transparencia de información.",
  ("Reglamento de Gestión de Conducta de Mercado del Sistema Financiero", "pe:res:3274-2017-sbs", ["pe:reglamento:res-3274-2017-sbs"]),
  ("Resolución SBS N° 3274-2017", "pe:res:3274-2017-sbs"))
s("approved-by,directiva,rsg",
  "Mediante Resolución de Secretaría General N° 045-2020-MINEDU se aprobó la Directiva para la Atención de Denuncias.",
  ("Resolución de Secretaría General N° 045-2020-MINEDU", "pe:rsg:045-2020-minedu"),
  ("Directiva para la Atención de Denuncias", "pe:rsg:045-2020-minedu", ["pe:directiva:rsg-045-2020-minedu"]))
s("approved-by,reglamento,om",
  "El Reglamento de Comercio Ambulatorio, aprobado por Ordenanza N° 2542-MML, prohíbe la venta en vías expresas.",
  ("Reglamento de Comercio Ambulatorio", "pe:om:2542-mml", ["pe:reglamento:om-2542-mml"]),
  ("Ordenanza N° 2542-MML", "pe:om:2542-mml"))
# --- municipal and regional resolutions, acuerdos
s("res,alcaldia",
  "Con Resolución de Alcaldía N° 0215-2022-MDSMP se designó al gerente municipal.",
  ("Resolución de Alcaldía N° 0215-2022-MDSMP", "pe:res:215-2022-mdsmp"))
s("res,gerencial-regional",
  "La Resolución Gerencial Regional N° 034-2021-GRSM/GRDE otorgó la autorización.",
  ("Resolución Gerencial Regional N° 034-2021-GRSM/GRDE", "pe:res:034-2021-grsm-grde"))
s("acm",
  "El Acuerdo de Concejo N° 045-2023-MPT autorizó el viaje del alcalde.",
  ("Acuerdo de Concejo N° 045-2023-MPT", "pe:acm:045-2023-mpt"))
s("acr",
  "El Acuerdo de Consejo Regional N° 102-2022-GRP/CR aprobó el plan de competitividad.",
  ("Acuerdo de Consejo Regional N° 102-2022-GRP/CR", "pe:acr:102-2022-grp-cr"))
s("da",
  "El Decreto de Alcaldía N° 007-2021-MDL reglamentó la ordenanza de áreas verdes.",
  ("Decreto de Alcaldía N° 007-2021-MDL", "pe:da:007-2021-mdl"))
# --- Congress
s("rlegc",
  "La Resolución Legislativa del Congreso N° 021-2020-2021-CR modificó el reglamento interno.",
  ("Resolución Legislativa del Congreso N° 021-2020-2021-CR", "pe:rlegc:021-2020-2021-cr"))
s("rleg,treaty",
  "Mediante Resolución Legislativa N° 30434 el Congreso aprobó el Acuerdo de París.",
  ("Resolución Legislativa N° 30434", "pe:rleg:30434"), ("Acuerdo de París", "int:acuerdo-paris-2015"))
# --- foreign constitutions (policy of this session) and foreign laws
s("foreign,constitution,year",
  "La Constitución Política de Colombia de 1991 incorporó la acción de tutela, que inspiró el amparo peruano.",
  ("Constitución Política de Colombia de 1991", "co:const:1991"))
s("foreign,constitution,adjective",
  "A diferencia de la Constitución española, la Constitución Política del Perú no regula la cuestión de confianza del mismo modo.",
  ("Constitución española", "es:const:1978"), ("Constitución Política del Perú", "pe:const:1993"))
s("foreign,constitution,republica",
  "La Constitución Política de la República de Chile reconoce el recurso de protección.",
  ("Constitución Política de la República de Chile", "cl:const:1980"))
s("foreign,ley,co",
  "En Colombia, la Ley 1712 de 2014 regula la transparencia.",
  ("Ley 1712 de 2014", "co:ley:1712-2014"))
s("foreign,ley,es",
  "La Ley 40/2015, de Régimen Jurídico del Sector Público, inspiró la reforma.",
  ("Ley 40/2015", "es:ley:40-2015"))
# --- international
s("international,un-res",
  "La resolución 70/1 de la Asamblea General aprobó la Agenda 2030.",
  ("resolución 70/1", "int:onu-ag-res-70-1"))
s("international,can,plural",
  "Las Decisiones 584 y 585 de la Comunidad Andina regulan la seguridad en el trabajo.",
  ("Decisiones 584", "int:can-decision-584"), ("585", "int:can-decision-585"))
# --- negatives
s("neg", "Ambas normas fueron publicadas el mismo día en el diario oficial.")
s("neg", "Dichas leyes no resolvieron el problema de la informalidad.")
s("neg", "El Tribunal Constitucional, en el Expediente N° 0005-2003-AI/TC, declaró infundada la demanda.")
s("neg", "El Proyecto de Ley N° 2345/2021-CR propone crear el distrito.")
s("neg", "Se recibió el Oficio Múltiple N° 012-2022-MINEDU/VMGP con las indicaciones.")
s("neg", "Una futura ley de carrera pública debería unificar los regímenes.")
s("neg", "La constitución de una asociación requiere escritura pública.")

# --- batch 2: signs, lists without signs, names, instruments (written before any change)
s("numsign,space-in-sign",
  "Según la Ley N ° 27444, el plazo máximo es de treinta días hábiles.",
  ("Ley N ° 27444", "pe:ley:27444"))
s("numsign,glued",
  "La Ley Nº27444 regula el procedimiento.",
  ("Ley Nº27444", "pe:ley:27444"))
s("list,no-sign,leyes",
  "Las Leyes 27444 y 27806 se aplican supletoriamente.",
  ("Leyes 27444", "pe:ley:27444"), ("27806", "pe:ley:27806"))
s("list,ds,three",
  "Los Decretos Supremos N° 044-2020-PCM, 051-2020-PCM y 064-2020-PCM prorrogaron el estado de emergencia.",
  ("Decretos Supremos N° 044-2020-PCM", "pe:ds:044-2020-pcm"), ("051-2020-PCM", "pe:ds:051-2020-pcm"),
  ("064-2020-PCM", "pe:ds:064-2020-pcm"))
s("apposition,non-lexicon-name",
  "La Ley N° 26842, Ley General de Salud, reconoce el derecho a la información sanitaria.",
  ("Ley N° 26842, Ley General de Salud", "pe:ley:26842"))
s("apposition,descriptive-title",
  "La Ley que regula el teletrabajo, Ley N° 31572, sustituyó a la norma anterior.",
  ("Ley que regula el teletrabajo, Ley N° 31572", "pe:ley:31572"))
s("apposition,budget-law",
  "La Ley de Presupuesto del Sector Público para el Año Fiscal 2023, Ley N° 31638, autoriza las transferencias.",
  ("Ley de Presupuesto del Sector Público para el Año Fiscal 2023, Ley N° 31638", "pe:ley:31638"))
s("possessive,reglamento-general,approved-by",
  "La Ley N° 30057 y su Reglamento General, aprobado por Decreto Supremo N° 040-2014-PCM, regulan el régimen disciplinario.",
  ("Ley N° 30057", "pe:ley:30057"),
  ("Reglamento General", "pe:ds:040-2014-pcm", ["pe:reglamento:ds-040-2014-pcm"]),
  ("Decreto Supremo N° 040-2014-PCM", "pe:ds:040-2014-pcm"))
s("reglamento,nested-apposition,approved-by",
  "El Reglamento de la Ley N° 29783, Ley de Seguridad y Salud en el Trabajo, aprobado por Decreto Supremo N° 005-2012-TR, obliga a conformar un comité.",
  ("Reglamento de la Ley N° 29783, Ley de Seguridad y Salud en el Trabajo", "pe:ds:005-2012-tr", ["pe:reglamento:ds-005-2012-tr"]),
  ("Ley N° 29783, Ley de Seguridad y Salud en el Trabajo", "pe:ley:29783"),
  ("Decreto Supremo N° 005-2012-TR", "pe:ds:005-2012-tr"))
s("que-aprueba,tuo,comma",
  "El Decreto Supremo N° 011-2019-JUS, que aprueba el Texto Único Ordenado de la Ley N° 27584, ordena el proceso contencioso administrativo.",
  ("Decreto Supremo N° 011-2019-JUS", "pe:ds:011-2019-jus"),
  ("Texto Único Ordenado de la Ley N° 27584", "pe:ds:011-2019-jus", ["pe:tuo:ds-011-2019-jus"]),
  ("Ley N° 27584", "pe:ley:27584"))
s("rd,office",
  "La Resolución Directoral N° 002-2020-EF/50.01 aprobó la directiva de programación.",
  ("Resolución Directoral N° 002-2020-EF/50.01", "pe:rd:002-2020-ef-50-01"))
s("res,superintendencia",
  "La Resolución de Superintendencia N° 097-2012/SUNAT creó el sistema de emisión electrónica.",
  ("Resolución de Superintendencia N° 097-2012/SUNAT", "pe:res:097-2012-sunat"))
s("res,contraloria",
  "La Resolución de Contraloría N° 146-2019-CG aprobó la directiva de control simultáneo.",
  ("Resolución de Contraloría N° 146-2019-CG", "pe:res:146-2019-cg"))
s("dl,five-digits",
  "El Decreto Ley N° 25593, Ley de Relaciones Colectivas de Trabajo, fue sustituido por un texto único.",
  ("Decreto Ley N° 25593, Ley de Relaciones Colectivas de Trabajo", "pe:dl:25593"))
s("dleg,abbrev-dl-four",
  "El D.L. N° 728 reguló el fomento del empleo.",
  ("D.L. N° 728", "pe:dleg:728"))
s("ds,old-two-digit",
  "El D.S. N° 003-97-TR aprobó el Texto Único Ordenado del Decreto Legislativo N° 728.",
  ("D.S. N° 003-97-TR", "pe:ds:003-1997-tr"),
  ("Texto Único Ordenado del Decreto Legislativo N° 728", "pe:ds:003-1997-tr", ["pe:tuo:ds-003-1997-tr"]),
  ("Decreto Legislativo N° 728", "pe:dleg:728"))
s("article,inciso,constitution",
  "El inciso 5 del artículo 2 de la Constitución garantiza el acceso a la información.",
  ("inciso 5 del artículo 2 de la Constitución", "pe:const:1993"))
s("amendment,modificada",
  "La Ley N° 27444, modificada por el Decreto Legislativo N° 1452, regula la nulidad.",
  ("Ley N° 27444", "pe:ley:27444"), ("Decreto Legislativo N° 1452", "pe:dleg:1452"))
s("rpcd",
  "Con Resolución de Presidencia de Consejo Directivo N° 00016-2019-CEPLAN/PCD se aprobó la guía.",
  ("Resolución de Presidencia de Consejo Directivo N° 00016-2019-CEPLAN/PCD", "pe:rpcd:016-2019-ceplan-pcd"))
s("lowercase,ds,issuer",
  "según el decreto supremo n° 004-2013-pcm que aprueba la política nacional.",
  ("decreto supremo n° 004-2013-pcm", "pe:ds:004-2013-pcm"))
s("uppercase,heading",
  "DECRETO LEGISLATIVO N° 1440, DECRETO LEGISLATIVO DEL SISTEMA NACIONAL DE PRESUPUESTO PÚBLICO",
  ("DECRETO LEGISLATIVO N° 1440, DECRETO LEGISLATIVO DEL SISTEMA NACIONAL DE PRESUPUESTO PÚBLICO", "pe:dleg:1440"))
s("directiva,numbered",
  "La Directiva N° 002-2019-CG/NORM regula los servicios de control simultáneo.",
  ("Directiva N° 002-2019-CG/NORM", "pe:directiva:002-2019-cg-norm"))

# --- batch 3 (written before any change of its forms)
s("no-sign,ds", "El Decreto Supremo 004-2019-JUS ordena el texto de la ley.",
  ("Decreto Supremo 004-2019-JUS", "pe:ds:004-2019-jus"))
s("no-sign,rm", "La Resolución Ministerial 0401-2014-RE delegó facultades.",
  ("Resolución Ministerial 0401-2014-RE", "pe:rm:401-2014-re"))
s("om,municipal", "La Ordenanza Municipal N° 017-2019-MDSJL regula el comercio.",
  ("Ordenanza Municipal N° 017-2019-MDSJL", "pe:om:017-2019-mdsjl"))
s("du,apposition,descriptive",
  "El Decreto de Urgencia N° 014-2019, Decreto de Urgencia que aprueba el Presupuesto del Sector Público para el Año Fiscal 2020, rigió ese año.",
  ("Decreto de Urgencia N° 014-2019", "pe:du:014-2019"))
s("article,budget-law",
  "El artículo 8 de la Ley N° 31365, Ley de Presupuesto del Sector Público para el Año Fiscal 2022, prohíbe el ingreso de personal.",
  ("artículo 8 de la Ley N° 31365, Ley de Presupuesto del Sector Público para el Año Fiscal 2022", "pe:ley:31365"))
s("res,administrativa,pj", "La Resolución Administrativa N° 000214-2021-CE-PJ aprobó el protocolo.",
  ("Resolución Administrativa N° 000214-2021-CE-PJ", "pe:res:214-2021-ce-pj"))
s("res,fiscalia", "La Resolución de la Fiscalía de la Nación N° 1470-2019-MP-FN creó las fiscalías.",
  ("Resolución de la Fiscalía de la Nación N° 1470-2019-MP-FN", "pe:res:1470-2019-mp-fn"))
s("rj", "La Resolución Jefatural N° 0045-2018-ANA fija la retribución.",
  ("Resolución Jefatural N° 0045-2018-ANA", "pe:rj:045-2018-ana"))
s("dr", "El Decreto Regional N° 002-2018-GRC/GR aprobó los lineamientos.",
  ("Decreto Regional N° 002-2018-GRC/GR", "pe:dr:002-2018-grc-gr"))
s("rcd", "La Resolución de Consejo Directivo N° 123-2014-CD/OSIPTEL fija las tarifas.",
  ("Resolución de Consejo Directivo N° 123-2014-CD/OSIPTEL", "pe:rcd:123-2014-cd-osiptel"))
s("nested,constitution",
  "La Ley N° 30305, Ley de reforma de los artículos 191, 194 y 203 de la Constitución Política del Perú, prohibió la reelección inmediata de alcaldes.",
  ("Ley N° 30305", "pe:ley:30305"), ("Constitución Política del Perú", "pe:const:1993"))
s("tuo,apposition-after-ds",
  "El Decreto Supremo N° 021-2019-JUS, Texto Único Ordenado de la Ley N° 27806, rige desde diciembre.",
  ("Decreto Supremo N° 021-2019-JUS, Texto Único Ordenado de la Ley N° 27806", "pe:ds:021-2019-jus"),
  ("Ley N° 27806", "pe:ley:27806"))
s("uppercase,apposition", "LEY Nº 30057, LEY DEL SERVICIO CIVIL",
  ("LEY Nº 30057, LEY DEL SERVICIO CIVIL", "pe:ley:30057"))
s("list,leyes,three", "Las Leyes N° 27444, 27806 y 30057 son de orden público.",
  ("Leyes N° 27444", "pe:ley:27444"), ("27806", "pe:ley:27806"), ("30057", "pe:ley:30057"))
s("list,ds,repeated-sign", "Los Decretos Supremos N° 001-2020-PCM y N° 002-2020-PCM fueron derogados.",
  ("Decretos Supremos N° 001-2020-PCM", "pe:ds:001-2020-pcm"), ("N° 002-2020-PCM", "pe:ds:002-2020-pcm"))
s("apposition,long-lexicon",
  "La Ley N° 27785 – Ley Orgánica del Sistema Nacional de Control y de la Contraloría General de la República regula el control.",
  ("Ley N° 27785 – Ley Orgánica del Sistema Nacional de Control y de la Contraloría General de la República", "pe:ley:27785"))
s("codigo,lexicon", "El Código de los Niños y Adolescentes protege al menor.",
  ("Código de los Niños y Adolescentes", "pe:ley:27337", ["pe:codigo:@codigo-de-los-ninos-y-adolescentes"]))
s("codigo,named", "El Código de Procedimientos Penales de 1940 fue sustituido.",
  ("Código de Procedimientos Penales", "pe:codigo:@codigo-de-procedimientos-penales"))
s("lowercase,name,lexicon", "según la ley orgánica de municipalidades, el concejo aprueba.",
  ("ley orgánica de municipalidades", "pe:ley:27972", ["pe:ley:@ley-organica-de-municipalidades"]))
s("ley,dotted-peru", "La Ley N° 27.444 rige el procedimiento en el Perú.",
  ("Ley N° 27.444", "pe:ley:27444"))
s("dl,abbrev-d-ley", "El D. Ley N° 26002 aprobó la Ley del Notariado.",
  ("D. Ley N° 26002", "pe:dl:26002"), ("Ley del Notariado", "pe:ley:@ley-del-notariado"))
s("rvm,abbrev-space", "La R. V. M. N° 012-2019-MINEDU aprobó la norma.",
  ("R. V. M. N° 012-2019-MINEDU", "pe:rvm:012-2019-minedu"))
s("du,old", "El D.U. N° 037-94 otorgó una bonificación.",
  ("D.U. N° 037-94", "pe:du:037-1994"))
s("ds,old-number-date", "El Decreto Supremo N° 112 de 4 de mayo de 1962 creó la oficina.",
  ("Decreto Supremo N° 112 de 4 de mayo de 1962", "pe:ds:112-1962"))

s("numsign,colon", "La Ley N°: 27444 regula el procedimiento.", ("Ley N°: 27444", "pe:ley:27444"))
s("tuo,dash-after-ds",
  "El Decreto Supremo N° 004-2019-JUS – TUO de la Ley N° 27444 regula los plazos.",
  ("Decreto Supremo N° 004-2019-JUS – TUO de la Ley N° 27444", "pe:ds:004-2019-jus"), ("Ley N° 27444", "pe:ley:27444"))

# --- short forms
p("anaphoric,type-check",
  "El Decreto Legislativo N° 1440 y la Ley N° 31365 rigen el presupuesto. Dicho decreto legislativo crea el Sistema Nacional de Presupuesto Público.",
  [("Decreto Legislativo N° 1440", "pe:dleg:1440"), ("Ley N° 31365", "pe:ley:31365")],
  [("Dicho decreto legislativo", "pe:dleg:1440", None)])
p("anaphoric,article",
  "La Ley N° 27806 garantiza el acceso a la información. El artículo 10 de la mencionada Ley define la información pública.",
  [("Ley N° 27806", "pe:ley:27806")],
  [("artículo 10 de la mencionada Ley", "pe:ley:27806", "10")])
p("plural-backref-not-sf",
  "La Ley N° 27444 y la Ley N° 30057 regulan el empleo público. Ambas normas exigen motivación. La citada Ley N° 30057 crea la carrera.",
  [("Ley N° 27444", "pe:ley:27444"), ("Ley N° 30057", "pe:ley:30057"), ("Ley N° 30057", "pe:ley:30057", None, "citada")],
  [])
p("anaphoric,null",
  "El plan institucional fue aprobado por el directorio. La referida norma no fue publicada.",
  [],
  [("La referida norma", None, None)])
p("anaphoric,acotada,skip-ds",
  "La Ley N° 29664 creó el SINAGERD y el Decreto Supremo N° 048-2011-PCM la reglamentó. La acotada Ley asigna funciones a los gobiernos regionales.",
  [("Ley N° 29664", "pe:ley:29664"), ("Decreto Supremo N° 048-2011-PCM", "pe:ds:048-2011-pcm")],
  [("La acotada Ley", "pe:ley:29664", None)])
p("anaphoric,norma-antes-citada,subunit",
  "El Decreto Legislativo N° 1252 creó el Invierte.pe. El numeral 5.2 del artículo 5 de la norma antes citada define a los órganos del sistema.",
  [("Decreto Legislativo N° 1252", "pe:dleg:1252")],
  [("numeral 5.2 del artículo 5 de la norma antes citada", "pe:dleg:1252", "5")])
p("anaphoric,rm-mencionada,skip-ley",
  "Por Resolución Ministerial N° 125-2013-PCM se aprobó el plan, conforme a la Ley N° 29158. La resolución ministerial antes mencionada fue publicada en enero.",
  [("Resolución Ministerial N° 125-2013-PCM", "pe:rm:125-2013-pcm"), ("Ley N° 29158", "pe:ley:29158")],
  [("La resolución ministerial antes mencionada", "pe:rm:125-2013-pcm", None)])
p("pronoun,el-mismo,decreto",
  "El Decreto Supremo N° 008-2020-SA declaró la emergencia sanitaria; el mismo fue prorrogado varias veces.",
  [("Decreto Supremo N° 008-2020-SA", "pe:ds:008-2020-sa")],
  [("el mismo", "pe:ds:008-2020-sa", None)])
p("anaphoric,dispositivo",
  "La Ordenanza N° 1852-MML regula el comercio metropolitano. Este dispositivo fue modificado en 2018.",
  [("Ordenanza N° 1852-MML", "pe:om:1852-mml")],
  [("Este dispositivo", "pe:om:1852-mml", None)])
p("anaphoric,dicha-ley,after-decree",
  "La Ley N° 31419 fija los requisitos de los funcionarios; el Decreto Supremo N° 053-2022-PCM aprobó su reglamento. Dicha ley se aplica a los tres niveles de gobierno.",
  [("Ley N° 31419", "pe:ley:31419"), ("Decreto Supremo N° 053-2022-PCM", "pe:ds:053-2022-pcm")],
  [("Dicha ley", "pe:ley:31419", None)])
p("anaphoric,null,reglamento-not-cited",
  "La Ley N° 30879 aprobó el presupuesto. El citado reglamento no fue publicado.",
  [("Ley N° 30879", "pe:ley:30879")],
  [("El citado reglamento", None, None)])
p("alias,bare",
  "El Decreto Legislativo N° 1057 (en adelante, el Decreto) regula el contrato administrativo de servicios. El Decreto no reconoce la estabilidad.",
  [("Decreto Legislativo N° 1057", "pe:dleg:1057")],
  [("el Decreto", "pe:dleg:1057", None), ("El Decreto", "pe:dleg:1057", None, "servicios.")])

SET.write()
