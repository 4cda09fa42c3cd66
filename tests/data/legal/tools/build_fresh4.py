#!/usr/bin/env python3
"""Builds tests/data/legal/fresh4/{citations,shortforms}-dev.jsonl (issue 19, session 6, second batch).

Sentences and passages written by the detector's author from the list of forms in issue 19 and
the shared docs (§2, §10), (second batch) before the patterns changed again. Run from the repository
root: python3 tests/data/legal/tools/build_fresh4.py
"""
from freshset import F, FreshSet

SET = FreshSet("tests/data/legal/fresh4", 4000, "own4")
s, p = SET.s, SET.p

# --- elided heads and lists, second batch
s("ellipsis,singular-head", "La Ley Orgánica de Municipalidades y de Gobiernos Regionales fueron modificadas en 2019 en materia de reelección.",
  ("Ley Orgánica de Municipalidades", "pe:ley:@ley-organica-de-municipalidades", ["pe:ley:27972"]),
  ("Gobiernos Regionales", "pe:ley:@ley-organica-de-gobiernos-regionales", ["pe:ley:27867"]))
s("ellipsis,la-del", "La reforma tocó la Ley del Procedimiento Administrativo General y la del Servicio Civil.",
  ("Ley del Procedimiento Administrativo General", "pe:ley:@ley-del-procedimiento-administrativo-general", ["pe:ley:27444"]),
  ("Servicio Civil", "pe:ley:@ley-del-servicio-civil", ["pe:ley:30057"]))
s("ellipsis,lowercase,plural-head", "Las leyes del procedimiento administrativo general y del servicio civil rigen la gestión de personal.",
  ("leyes del procedimiento administrativo general", "pe:ley:@ley-del-procedimiento-administrativo-general", ["pe:ley:27444"]),
  ("servicio civil", "pe:ley:@ley-del-servicio-civil", ["pe:ley:30057"]))
s("plural-head,list,numsign:Nros.", "Los Decretos Supremos Nros. 003-2020-SA y 004-2020-SA dictaron medidas sanitarias.",
  ("Decretos Supremos Nros. 003-2020-SA", "pe:ds:003-2020-sa"), ("004-2020-SA", "pe:ds:004-2020-sa"))
s("plural-head,list,abbrev", "Los D.S. N° 004-2019-JUS y 006-2017-JUS consolidaron el texto de la ley.",
  ("D.S. N° 004-2019-JUS", "pe:ds:004-2019-jus"), ("006-2017-JUS", "pe:ds:006-2017-jus"))
s("plural-head,list", "Las Ordenanzas Regionales N° 003-2020-GRA/CR, 004-2020-GRA/CR y 007-2020-GRA/CR crearon tres áreas de conservación.",
  ("Ordenanzas Regionales N° 003-2020-GRA/CR", "pe:or:003-2020-gra-cr"), ("004-2020-GRA/CR", "pe:or:004-2020-gra-cr"), ("007-2020-GRA/CR", "pe:or:007-2020-gra-cr"))
s("plural-head,list", "Las Resoluciones de Alcaldía N° 101-2021-MDSB y N° 102-2021-MDSB designaron a los gerentes.",
  ("Resoluciones de Alcaldía N° 101-2021-MDSB", "pe:res:101-2021-mdsb"), ("N° 102-2021-MDSB", "pe:res:102-2021-mdsb"))
s("plural-head,list", "Las Leyes N° 27444, N° 27806 y N° 29158 se citan en el capítulo segundo.",
  ("Leyes N° 27444", "pe:ley:27444"), ("N° 27806", "pe:ley:27806"), ("N° 29158", "pe:ley:29158"))
s("list,coordination", "El Decreto Legislativo N° 1023 y los Decretos Supremos N° 062-2008-PCM y 063-2008-PCM crearon el sistema.",
  ("Decreto Legislativo N° 1023", "pe:dleg:1023"), ("Decretos Supremos N° 062-2008-PCM", "pe:ds:062-2008-pcm"), ("063-2008-PCM", "pe:ds:063-2008-pcm"))
# --- damage
s("glued", "El D.S.N°004-2019-JUS ordena el texto de la ley.", ("D.S.N°004-2019-JUS", "pe:ds:004-2019-jus"))
s("glued", "Se aplica la Ley N°27444 y el DecretoLegislativo N°1272.", ("Ley N°27444", "pe:ley:27444"), ("DecretoLegislativo N°1272", "pe:dleg:1272"))
s("hyphenation,linebreak", "El Decreto Legis-\nlativo N° 1057 creó el régimen especial.", ("Decreto Legis-\nlativo N° 1057", "pe:dleg:1057"))
s("hyphenation,linebreak", "La Orde-\nnanza Regional N° 012-2019-GRL/CR creó el consejo.", ("Orde-\nnanza Regional N° 012-2019-GRL/CR", "pe:or:012-2019-grl-cr"))
s("linebreak,eol", "El procedimiento se regula en la Ley N°\n27444 y su texto único.", ("Ley N°\n27444", "pe:ley:27444"))
s("linebreak", "Según el Decreto\nSupremo N° 004-2019-JUS, el plazo es de treinta días.", ("Decreto\nSupremo N° 004-2019-JUS", "pe:ds:004-2019-jus"))
s("linebreak,named", "La Ley Orgánica\nde Gobiernos Regionales asigna funciones al consejo.", ("Ley Orgánica\nde Gobiernos Regionales", "pe:ley:@ley-organica-de-gobiernos-regionales", ["pe:ley:27867"]))
s("space-after-hyphen", "La Resolución Ministerial N° 0231- 2018-RE delegó facultades.", ("Resolución Ministerial N° 0231- 2018-RE", "pe:rm:231-2018-re"))
s("space-after-hyphen", "El Decreto Supremo N° 004-2019- JUS rige desde enero.", ("Decreto Supremo N° 004-2019- JUS", "pe:ds:004-2019-jus"))
s("issuer-hyphenation", "La Resolución Directoral N° 0015-2019-EF/\n63.01 aprobó los formatos.", ("Resolución Directoral N° 0015-2019-EF/\n63.01", "pe:rd:015-2019-ef-63-01"))
s("issuer-hyphenation", "El Decreto Supremo N° 002-2019-MI-\nDAGRI creó el programa.", ("Decreto Supremo N° 002-2019-MI-\nDAGRI", "pe:ds:002-2019-midagri"))
s("fffd", f"El C{F}digo Civil regula el contrato de locación.", (f"C{F}digo Civil", "pe:codigo:@codigo-civil", ["pe:dleg:295"]))
s("fffd", f"La Ley N{F} 27444 y el Decreto Legislativo N{F} 1272 rigen el procedimiento.", (f"Ley N{F} 27444", "pe:ley:27444"), (f"Decreto Legislativo N{F} 1272", "pe:dleg:1272"))
s("fffd", f"La Ley de Transparencia y Acceso a la Informaci{F}n P{F}blica obliga a publicar.", (f"Ley de Transparencia y Acceso a la Informaci{F}n P{F}blica", "pe:ley:@ley-de-transparencia-y-acceso-a-la-informacion-publica", ["pe:ley:27806"]))
s("fffd,double", f"La Resoluci{F}{F}n Directoral N{F}{F} 012-2020-MINEDU aprobó el plan.", (f"Resoluci{F}{F}n Directoral N{F}{F} 012-2020-MINEDU", "pe:rd:012-2020-minedu"))
# --- numbering variants
s("dl-ambiguous", "El D.L. 22175 regula las comunidades nativas de la selva.", ("D.L. 22175", "pe:dl:22175"))
s("dl-ambiguous", "El D.L. N° 1057 regula el contrato administrativo de servicios.", ("D.L. N° 1057", "pe:dleg:1057"))
s("sector-first", "La Resolución Ministerial N° 0612/RE-2017 aprobó el manual.", ("Resolución Ministerial N° 0612/RE-2017", "pe:rm:612-2017-re"))
s("sector-first,dated", "La Resolución Ministerial N° 0401-RE, de 12 de mayo de 2014, aprobó el reglamento consular.", ("Resolución Ministerial N° 0401-RE, de 12 de mayo de 2014", "pe:rm:401-2014-re"))
s("old-numbering", "El Decreto Supremo N° 017-93-JUS aprobó el Texto Único Ordenado de la Ley Orgánica del Poder Judicial.",
  ("Decreto Supremo N° 017-93-JUS", "pe:ds:017-1993-jus"), ("Texto Único Ordenado de la Ley Orgánica del Poder Judicial", "pe:ds:017-1993-jus", ["pe:tuo:ds-017-1993-jus"]), ("Ley Orgánica del Poder Judicial", "pe:ley:@ley-organica-del-poder-judicial"))
s("dated,old-numbering", "El Decreto Supremo N° 112 de 4 de mayo de 1962 creó la oficina.", ("Decreto Supremo N° 112 de 4 de mayo de 1962", "pe:ds:112-1962"))
s("mre", "La R.M. N° 1085-2016-MRE aprobó el plan anual.", ("R.M. N° 1085-2016-MRE", "pe:rm:1085-2016-mre", ["pe:rm:1085-2016-re"]))
s("author-year", "El control interno es obligatorio (Ley 28716, 2006).", ("Ley 28716, 2006", "pe:ley:28716"))
s("author-year", "Así lo dispone el reglamento (Decreto Supremo N° 040-2014-PCM, 2014).", ("Decreto Supremo N° 040-2014-PCM, 2014", "pe:ds:040-2014-pcm"))
s("author-year", "El Congreso de la República (2004), mediante la Ley N° 28411, fijó las reglas del gasto.", ("Ley N° 28411", "pe:ley:28411"))
# --- approved instruments
s("approved-by,tuo,parens", "El Texto Único Ordenado de la Ley N° 27444 (Decreto Supremo N° 004-2019-JUS) regula el silencio.",
  ("Texto Único Ordenado de la Ley N° 27444", "pe:ds:004-2019-jus", ["pe:tuo:ds-004-2019-jus"]), ("Ley N° 27444", "pe:ley:27444"), ("Decreto Supremo N° 004-2019-JUS", "pe:ds:004-2019-jus"))
s("approved-by,directiva", "La Resolución de Contraloría N° 146-2019-CG aprobó la Directiva de los Servicios de Control Simultáneo.",
  ("Resolución de Contraloría N° 146-2019-CG", "pe:res:146-2019-cg"), ("Directiva de los Servicios de Control Simultáneo", "pe:res:146-2019-cg", ["pe:directiva:res-146-2019-cg"]))
s("approved-by,reglamento,cual", "El Decreto Supremo N° 009-2019-VIVIENDA, mediante el cual se aprobó el Reglamento de Licencias de Habilitación Urbana, rige desde junio.",
  ("Decreto Supremo N° 009-2019-VIVIENDA", "pe:ds:009-2019-vivienda"), ("Reglamento de Licencias de Habilitación Urbana", "pe:ds:009-2019-vivienda", ["pe:reglamento:ds-009-2019-vivienda"]))
s("approved-by,norma-tecnica", "La Norma Técnica de Salud para el Manejo de Residuos Sólidos, aprobada por Resolución Ministerial N° 1295-2018/MINSA, clasifica los residuos.",
  ("Norma Técnica de Salud para el Manejo de Residuos Sólidos", "pe:rm:1295-2018-minsa", ["pe:nt:rm-1295-2018-minsa"]), ("Resolución Ministerial N° 1295-2018/MINSA", "pe:rm:1295-2018-minsa"))
s("subunit", "El literal a) del numeral 8.1 del artículo 8 del Decreto de Urgencia N° 014-2019 prohíbe el ingreso de personal.", ("literal a) del numeral 8.1 del artículo 8 del Decreto de Urgencia N° 014-2019", "pe:du:014-2019"))
s("subunit,constitution", "El inciso 5 del artículo 2 de la Constitución Política reconoce el acceso a la información.", ("inciso 5 del artículo 2 de la Constitución Política", "pe:const:1993"))
s("subunit,tp", "El numeral 1.1 del artículo IV del Título Preliminar del TUO de la Ley N° 27444 recoge el principio de legalidad.",
  ("numeral 1.1 del artículo IV del Título Preliminar del TUO de la Ley N° 27444", "pe:tuo:ley-27444", ["pe:tuo:ds-004-2019-jus", "pe:ds:004-2019-jus"]), ("Ley N° 27444", "pe:ley:27444"))
# --- acuerdos, international, foreign
s("acuerdo-concejo", "El Acuerdo de Concejo N° 087-2019-MML aprobó la donación.", ("Acuerdo de Concejo N° 087-2019-MML", "pe:acm:087-2019-mml"))
s("acuerdo-concejo,consejo-spelling", "Mediante Acuerdo de Consejo Municipal N° 015-2020-MPT se autorizó el viaje del alcalde.", ("Acuerdo de Consejo Municipal N° 015-2020-MPT", "pe:acm:015-2020-mpt"))
s("treaty", "La Convención Americana sobre Derechos Humanos obliga al Estado peruano.", ("Convención Americana sobre Derechos Humanos", "int:convencion-americana-derechos-humanos-1969"))
s("un-resolution", "La resolución 2625 (XXV) de la Asamblea General enuncia los principios de la cooperación entre Estados.", ("resolución 2625 (XXV)", "int:onu-ag-res-2625"))
s("can,list", "Las Decisiones 584 y 585 de la CAN regulan la seguridad en el trabajo.", ("Decisiones 584", "int:can-decision-584"), ("585 de la CAN", "int:can-decision-585"))
s("foreign:cl", "La Ley N° 19.880 de Chile regula los procedimientos administrativos.", ("Ley N° 19.880", "cl:ley:19880"))
s("foreign:es,mixed-scope", "El Real Decreto 1065/2007 y la Ley N° 27444 regulan la inspección tributaria.", ("Real Decreto 1065/2007", "es:rd:1065-2007"), ("Ley N° 27444", "pe:ley:27444"))
s("foreign:co,mixed-scope", "A diferencia de la Ley 80 de 1993 de Colombia, la Ley N° 30225 admite la subasta inversa.", ("Ley 80 de 1993", "co:ley:80-1993"), ("Ley N° 30225", "pe:ley:30225"))
s("foreign:ar", "La Ley 25.326 de Argentina protege los datos personales.", ("Ley 25.326", "ar:ley:25326"))
# --- negatives
s("neg:hypothetical", "El Ejecutivo anunció un nuevo Decreto Legislativo de Promoción Agraria que reemplazaría al vigente.")
s("neg:hypothetical", "Se requiere una Ley de Carrera del Investigador que fije escalas remunerativas.")
s("neg:jurisprudence-tf", "La Resolución del Tribunal Fiscal N° 04567-3-2017 es de observancia obligatoria.")
s("neg:bill", "El Dictamen recaído en el Proyecto de Ley N° 2345/2017-CR propuso modificar la ley.")


p("misma,article", "La Ley N° 28716 regula el control interno. El numeral 6 del artículo 3 de la misma define el ambiente de control.",
  [("Ley N° 28716", "pe:ley:28716")], [("numeral 6 del artículo 3 de la misma", "pe:ley:28716", "3")])
p("mismo,masc", "El Decreto Supremo N° 075-2008-PCM reglamentó el régimen; el mismo establece los requisitos del contrato.",
  [("Decreto Supremo N° 075-2008-PCM", "pe:ds:075-2008-pcm")], [("el mismo", "pe:ds:075-2008-pcm", None)])
p("ultima,decreto", "El Decreto Legislativo N° 1440 y el Decreto Legislativo N° 1441 ordenan las finanzas públicas. Este último regula la tesorería.",
  [("Decreto Legislativo N° 1440", "pe:dleg:1440"), ("Decreto Legislativo N° 1441", "pe:dleg:1441")], [("Este último", "pe:dleg:1441", None)])
p("citada-norma,semantic", "La Ley N° 23733 fue derogada por la Ley N° 30220. La norma vigente exige el licenciamiento.",
  [("Ley N° 23733", "pe:ley:23733"), ("Ley N° 30220", "pe:ley:30220")], [("La norma vigente", "pe:ley:30220", None)])
p("precitada,codigo", "El Código Penal tipifica el peculado. El artículo 387 del citado Código fija la pena.",
  [("Código Penal", "pe:codigo:@codigo-penal")], [("artículo 387 del citado Código", "pe:codigo:@codigo-penal", "387")])
p("dicho-dispositivo", "El Decreto de Urgencia N° 026-2020 autorizó el trabajo remoto. Dicho dispositivo rigió hasta 2021.",
  [("Decreto de Urgencia N° 026-2020", "pe:du:026-2020")], [("Dicho dispositivo", "pe:du:026-2020", None)])
p("reglamento,approved", "El Reglamento de la Ley N° 30057, aprobado por Decreto Supremo N° 040-2014-PCM, regula el tránsito. El citado Reglamento fija los plazos.",
  [("Reglamento de la Ley N° 30057", "pe:reglamento:ds-040-2014-pcm"), ("Ley N° 30057", "pe:ley:30057"), ("Decreto Supremo N° 040-2014-PCM", "pe:ds:040-2014-pcm")], [("El citado Reglamento", "pe:reglamento:ds-040-2014-pcm", None)])
p("misma-distractor,null", "El Decreto Supremo N° 004-2013-PCM aprobó la Política Nacional de Modernización; la misma tiene cinco pilares.",
  [("Decreto Supremo N° 004-2013-PCM", "pe:ds:004-2013-pcm")], [])
p("tuo,referido", "El TUO de la Ley N° 27806, aprobado por Decreto Supremo N° 021-2019-JUS, regula el acceso. El referido TUO fija excepciones.",
  [("TUO de la Ley N° 27806", "pe:tuo:ds-021-2019-jus"), ("Ley N° 27806", "pe:ley:27806"), ("Decreto Supremo N° 021-2019-JUS", "pe:ds:021-2019-jus")], [("El referido TUO", "pe:tuo:ds-021-2019-jus", None)])
p("presente,quoted", "El artículo 2 de la Ley N° 31131 señala que «la presente Ley se aplica a los trabajadores CAS».",
  [("artículo 2 de la Ley N° 31131", "pe:ley:31131")], [("la presente Ley", "pe:ley:31131", None)])
p("acotado,decreto-legislativo", "El Decreto Legislativo N° 1278 regula los residuos y la Ley N° 27314 fue derogada. El acotado Decreto Legislativo prioriza la valorización.",
  [("Decreto Legislativo N° 1278", "pe:dleg:1278"), ("Ley N° 27314", "pe:ley:27314")], [("El acotado Decreto Legislativo", "pe:dleg:1278", None)])
p("ordenanza,lowercase-bare", "La Ordenanza N° 2086-MML regula la zonificación. Los vecinos critican la ordenanza por sus plazos.",
  [("Ordenanza N° 2086-MML", "pe:om:2086-mml")], [("la ordenanza", "pe:om:2086-mml", None)])

SET.write()
