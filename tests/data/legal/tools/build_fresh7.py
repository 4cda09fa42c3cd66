#!/usr/bin/env python3
"""Builds tests/data/legal/fresh7/{citations,shortforms}-dev.jsonl (issue 19, session 7).

Sentences and passages written by the detector's author from the forms of
shared/docs/legal-references.md (§2, §3, §4, §10) and of Peruvian gazette and thesis usage
(abbreviations, number signs and separators, author-year citations, dated and sector-first
numbers, line breaks, apposition, lists and ranges, foreign and international norms,
jurisprudence, short forms), before any pattern of this session changed. Run from the
repository root: python3 tests/data/legal/tools/build_fresh7.py
"""
from freshset import F, FreshSet

SET = FreshSet("tests/data/legal/fresh7", 7000, "own7")
s, p = SET.s, SET.p

# --- abbreviations of §3
s("abbrev:D. S.", "El D. S. N° 004-2013-PCM aprobó la política de modernización de la gestión pública.",
  ("D. S. N° 004-2013-PCM", "pe:ds:004-2013-pcm"))
s("abbrev:DS", "Según el DS N° 054-2018-PCM, los ministerios aprueban sus lineamientos de organización.",
  ("DS N° 054-2018-PCM", "pe:ds:054-2018-pcm"))
s("abbrev:D.S.N°", "El D.S.N° 030-2002-PCM reglamentó la ley marco de modernización.",
  ("D.S.N° 030-2002-PCM", "pe:ds:030-2002-pcm"))
s("abbrev:D.Leg.", "El régimen laboral del D.Leg. N° 728 se aplica a los trabajadores de las empresas del Estado.",
  ("D.Leg. N° 728", "pe:dleg:728"))
s("abbrev:D. Legislativo", "El D. Legislativo N° 1440 regula el Sistema Nacional de Presupuesto Público.",
  ("D. Legislativo N° 1440", "pe:dleg:1440"))
s("abbrev:D.L.,dl-ambiguous", "El D.L. N° 25593 regula las relaciones colectivas de trabajo en el régimen privado.",
  ("D.L. N° 25593", "pe:dl:25593"))
s("abbrev:D.L.,dl-ambiguous", "El D.L. N° 1057 creó el régimen especial de contratación administrativa de servicios.",
  ("D.L. N° 1057", "pe:dleg:1057"))
s("abbrev:D.U.", "El D.U. N° 026-2020 estableció medidas excepcionales frente a la pandemia.",
  ("D.U. N° 026-2020", "pe:du:026-2020"))
s("abbrev:DU", "Mediante DU N° 014-2019 se aprobó el presupuesto del sector público para el año fiscal 2020.",
  ("DU N° 014-2019", "pe:du:014-2019"))
s("abbrev:R.V.M.", "La R.V.M. N° 094-2020-MINEDU aprobó la norma de evaluación de competencias.",
  ("R.V.M. N° 094-2020-MINEDU", "pe:rvm:094-2020-minedu"))
s("abbrev:R.J.", "Por R.J. N° 045-2018-INEI se aprobaron los formatos de la encuesta nacional.",
  ("R.J. N° 045-2018-INEI", "pe:rj:045-2018-inei"))
s("abbrev:RSG", "La RSG N° 0512-2016/RE encargó las funciones de la oficina de logística.",
  ("RSG N° 0512-2016/RE", "pe:rsg:512-2016-re"))
s("abbrev:R. Leg.", "La R. Leg. N° 27517 aprobó la convención sobre el trato de los refugiados.",
  ("R. Leg. N° 27517", "pe:rleg:27517"))
s("abbrev:R.L.", "Mediante R.L. N° 26253 el Congreso aprobó el convenio sobre pueblos indígenas.",
  ("R.L. N° 26253", "pe:rleg:26253"))
s("abbrev:D. Ley", "El D. Ley N° 26002 aprobó la Ley del Notariado vigente durante tres décadas.",
  ("D. Ley N° 26002", "pe:dl:26002"), ("Ley del Notariado", "pe:dl:26002", ["pe:ley:@ley-del-notariado"]))
s("abbrev:Res. Min.", "La Res. Min. N° 145-2019-EF/43 designó al jefe de la oficina de administración.",
  ("Res. Min. N° 145-2019-EF/43", "pe:rm:145-2019-ef-43"))
s("abbrev:DD.SS.,list", "Los DD.SS. N° 044-2020-PCM y N° 051-2020-PCM declararon y prorrogaron el estado de emergencia.",
  ("DD.SS. N° 044-2020-PCM", "pe:ds:044-2020-pcm"), ("N° 051-2020-PCM", "pe:ds:051-2020-pcm"))
s("abbrev:RR.MM.,list", "Las RR.MM. N° 120-2019-MINAM y 121-2019-MINAM aprobaron los planes de manejo.",
  ("RR.MM. N° 120-2019-MINAM", "pe:rm:120-2019-minam"), ("121-2019-MINAM", "pe:rm:121-2019-minam"))
s("abbrev:Const.", "El derecho de petición está reconocido en el art. 2, inc. 20 de la Const.",
  ("art. 2, inc. 20 de la Const.", "pe:const:1993"))
s("constitution,carta-politica", "La Carta Política de 1993 introdujo la economía social de mercado como régimen económico.",
  ("Carta Política de 1993", "pe:const:1993"))
s("constitution,carta-magna", "Los derechos de los pueblos originarios tienen protección en la Carta Magna y en los tratados.",
  ("Carta Magna", "pe:const:1993"))
s("constitution,article", "El artículo 43 de la Constitución Política del Perú define al Estado como unitario y descentralizado.",
  ("artículo 43 de la Constitución Política del Perú", "pe:const:1993"))
s("constitution,historical", "La Constitución Política de 1933 y la de 1979 reconocieron la autonomía municipal.",
  ("Constitución Política de 1933", "pe:const:1933"), ("1979", "pe:const:1979"))
# --- number signs and separators
s("numsign:Nros.,list,plural-head", "Las Leyes Nros. 27783, 27867 y 27972 forman el bloque normativo de la descentralización.",
  ("Leyes Nros. 27783", "pe:ley:27783"), ("27867", "pe:ley:27867"), ("27972", "pe:ley:27972"))
s("numsign:ordinal-a", "La Ley Nª 29664 creó el Sistema Nacional de Gestión del Riesgo de Desastres.",
  ("Ley Nª 29664", "pe:ley:29664"))
s("numsign:ring", "El Decreto Supremo N˚ 048-2011-PCM aprobó el reglamento de la ley de gestión del riesgo.",
  ("Decreto Supremo N˚ 048-2011-PCM", "pe:ds:048-2011-pcm"))
s("numsign:space-before-degree", "La Ley N ° 30225 regula las contrataciones del Estado.",
  ("Ley N ° 30225", "pe:ley:30225"))
s("en-dash", "El Decreto Supremo N° 004–2019–JUS aprobó el texto único ordenado.",
  ("Decreto Supremo N° 004–2019–JUS", "pe:ds:004-2019-jus"))
s("u2010", "La Resolución Ministerial N° 0231‐2018‐RE delegó facultades presupuestales.",
  ("Resolución Ministerial N° 0231‐2018‐RE", "pe:rm:231-2018-re"))
s("space-sector", "El Decreto Supremo N° 017-2010 EM modificó el reglamento de protección ambiental.",
  ("Decreto Supremo N° 017-2010 EM", "pe:ds:017-2010-em"))
s("space-after-hyphen", "La Resolución Ministerial N° 0412- 2019-MINSA aprobó el documento técnico.",
  ("Resolución Ministerial N° 0412- 2019-MINSA", "pe:rm:412-2019-minsa"))
s("sector-first", "La Resolución Ministerial N° 0612/RE-2017 aprobó el cuadro de asignación de personal.",
  ("Resolución Ministerial N° 0612/RE-2017", "pe:rm:612-2017-re"))
s("sector-first,dated", "La Resolución Ministerial N° 0915-RE, de 12 de noviembre de 2012, creó la oficina de enlace.",
  ("Resolución Ministerial N° 0915-RE, de 12 de noviembre de 2012", "pe:rm:915-2012-re"))
s("mre", "La Resolución Ministerial N° 1085-2016-MRE autorizó el viaje del director.",
  ("Resolución Ministerial N° 1085-2016-MRE", "pe:rm:1085-2016-mre", ["pe:rm:1085-2016-re"]))
s("bare-decreto", "El Decreto N° 1252 creó el sistema de programación multianual de inversiones.",
  ("Decreto N° 1252", "pe:dleg:1252"))
s("old-numbering,two-digit-year", "El D.S. N° 015-92-PCM reglamentó la cooperación técnica internacional.",
  ("D.S. N° 015-92-PCM", "pe:ds:015-1992-pcm"))
s("old-numbering,du", "El Decreto de Urgencia N° 037-94 otorgó una bonificación especial a los servidores.",
  ("Decreto de Urgencia N° 037-94", "pe:du:037-1994"))
# --- author-year
s("author-year", "El silencio positivo es la regla (Ley Nº 27444, 2001, Art. 3).",
  ("Ley Nº 27444, 2001, Art. 3", "pe:ley:27444"))
s("author-year,dated", "La comisión fue creada para ese fin (Decreto Supremo Nº 030-2002-PCM, 2002, Art. 4).",
  ("Decreto Supremo Nº 030-2002-PCM, 2002, Art. 4", "pe:ds:030-2002-pcm"))
s("author-year,sn", "Las funciones fueron asignadas a la dirección (RM s/n, 1998, Art. 5).",
  ("RM s/n, 1998, Art. 5", "pe:rm:sn-1998"))
# --- dated and unnumbered
s("dated,old-numbering", "El D.S. N° 112 de 4 de mayo de 1962 reguló la carrera del servicio diplomático.",
  ("D.S. N° 112 de 4 de mayo de 1962", "pe:ds:112-1962"))
s("dated,date-id", "El Decreto Supremo de 19 de octubre de 1945 creó la junta departamental.",
  ("Decreto Supremo de 19 de octubre de 1945", "pe:ds:f1945-10-19"))
s("dated,slash-issuer", "La Resolución Ministerial N° 0578/RE, del 9 de agosto de 2016, aprobó el manual.",
  ("Resolución Ministerial N° 0578/RE, del 9 de agosto de 2016", "pe:rm:578-2016-re"))
s("dated,ley", "La Ley N° 30364, publicada el 23 de noviembre de 2015, previene la violencia contra las mujeres.",
  ("Ley N° 30364", "pe:ley:30364"))
s("footnote-marker", "El plazo se fijó en el Decreto Supremo N° 004-2022-MIDIS15, que aprobó el padrón.",
  ("Decreto Supremo N° 004-2022-MIDIS", "pe:ds:004-2022-midis"))
# --- line breaks and hyphenation
s("linebreak,eol", "El marco del sistema de control es la Ley N°\n27785, que regula la Contraloría.",
  ("Ley N°\n27785", "pe:ley:27785"))
s("hyphenation,linebreak", "El Decreto Su-\npremo N° 040-2014-PCM aprobó el reglamento general del servicio civil.",
  ("Decreto Su-\npremo N° 040-2014-PCM", "pe:ds:040-2014-pcm"))
s("issuer-hyphenation,linebreak", "El Decreto Supremo N° 002-2019-MIN-\nAGRI aprobó la estrategia de agricultura familiar.",
  ("Decreto Supremo N° 002-2019-MIN-\nAGRI", "pe:ds:002-2019-minagri"))
s("linebreak,number-split", "La Resolución de Contraloría N° 146-2019-\nCG aprobó la directiva de servicios de control.",
  ("Resolución de Contraloría N° 146-2019-\nCG", "pe:res:146-2019-cg"))
s("linebreak-nohyphen,named", "Se aplica la Ley de Bases de la Descentra\nlización a la transferencia de funciones.",
  ("Ley de Bases de la Descentra\nlización", "pe:ley:@ley-de-bases-de-la-descentralizacion", ["pe:ley:27783"]))
s("fffd", f"La Resoluci{F}n Ministerial N{F} 124-2020-MINEDU aprob{F} los lineamientos.",
  (f"Resoluci{F}n Ministerial N{F} 124-2020-MINEDU", "pe:rm:124-2020-minedu"))
s("fffd,named", f"La Ley Org{F}nica de Municipalidades regula el concejo municipal.",
  (f"Ley Org{F}nica de Municipalidades", "pe:ley:@ley-organica-de-municipalidades", ["pe:ley:27972"]))
s("glued", "La Resolución Ministerial N°0039-2021-EF/15 fijó los precios de referencia.",
  ("Resolución Ministerial N°0039-2021-EF/15", "pe:rm:039-2021-ef-15"))
s("glued", "Según el DecretoSupremo N° 018-2017-PCM se reorganizó la Secretaría de Descentralización.",
  ("DecretoSupremo N° 018-2017-PCM", "pe:ds:018-2017-pcm"))
# --- apposition
s("apposition:number-name,dash", "La Ley N° 27806 – Ley de Transparencia y Acceso a la Información Pública fue modificada en 2017.",
  ("Ley N° 27806 – Ley de Transparencia y Acceso a la Información Pública", "pe:ley:27806"))
s("apposition:name-number", "La Ley Orgánica de Gobiernos Regionales, Ley N° 27867, crea los consejos de coordinación regional.",
  ("Ley Orgánica de Gobiernos Regionales, Ley N° 27867", "pe:ley:27867"))
s("apposition:parens", "El personal se rige por la Ley Marco del Empleo Público (Ley N° 28175).",
  ("Ley Marco del Empleo Público (Ley N° 28175)", "pe:ley:28175"))
s("apposition:name-number,dleg", "El Decreto Legislativo que aprueba la Ley de Migraciones, Decreto Legislativo N° 1350, regula la calidad migratoria.",
  ("Decreto Legislativo N° 1350", "pe:dleg:1350"))
s("apposition:number-name,codigo", "El Decreto Legislativo N° 295, Código Civil, regula el acto jurídico.",
  ("Decreto Legislativo N° 295, Código Civil", "pe:dleg:295"))
s("acronym-defined", "La Ley N° 29158, Ley Orgánica del Poder Ejecutivo (en adelante, LOPE), distingue sistemas funcionales y administrativos; la LOPE creó además las comisiones interministeriales.",
  ("Ley N° 29158, Ley Orgánica del Poder Ejecutivo", "pe:ley:29158"), ("la LOPE", "pe:ley:29158"))
# --- lists, ranges, amendments
s("list,numsign-repeated", "Las Leyes N° 31084, N° 31085 y N° 31086 aprobaron el presupuesto del año fiscal 2021.",
  ("Leyes N° 31084", "pe:ley:31084"), ("N° 31085", "pe:ley:31085"), ("N° 31086", "pe:ley:31086"))
s("range,plural-head", "Los Decretos Legislativos N° 1440 al 1442 reformaron la administración financiera.",
  ("Decretos Legislativos N° 1440", "pe:dleg:1440"), ("Decretos Legislativos N° 1440 al 1442", "pe:dleg:1441"), ("1442", "pe:dleg:1442"))
s("list,du", "Los Decretos de Urgencia N° 025-2020 y N° 026-2020 dictaron medidas urgentes.",
  ("Decretos de Urgencia N° 025-2020", "pe:du:025-2020"), ("N° 026-2020", "pe:du:026-2020"))
s("list,mixed-types", "La Ley N° 27444 y su modificatoria, el Decreto Legislativo N° 1272, regulan el procedimiento.",
  ("Ley N° 27444", "pe:ley:27444"), ("Decreto Legislativo N° 1272", "pe:dleg:1272"))
s("modificatorias", "La Ley N° 30057, Ley del Servicio Civil, y sus normas modificatorias y complementarias regulan el régimen.",
  ("Ley N° 30057, Ley del Servicio Civil", "pe:ley:30057"))
s("amendment,article", "El artículo 2 de la Ley N° 31433 modificó los artículos 9 y 10 de la Ley N° 27972.",
  ("artículo 2 de la Ley N° 31433", "pe:ley:31433"), ("artículos 9 y 10 de la Ley N° 27972", "pe:ley:27972"))
s("subunit,article", "El inciso c) del artículo 12 de la Ley N° 27783 asigna competencias compartidas.",
  ("inciso c) del artículo 12 de la Ley N° 27783", "pe:ley:27783"))
s("subunit,numeral", "El numeral 6 del artículo 20 del Decreto Legislativo N° 1440 regula las modificaciones presupuestarias.",
  ("numeral 6 del artículo 20 del Decreto Legislativo N° 1440", "pe:dleg:1440"))
s("article,disposicion", "La Primera Disposición Complementaria Final de la Ley N° 30057 excluye a los obreros municipales.",
  ("Primera Disposición Complementaria Final de la Ley N° 30057", "pe:ley:30057"))
s("article,titulo-preliminar", "El artículo IV del Título Preliminar de la Ley N° 27444 enuncia los principios.",
  ("artículo IV del Título Preliminar de la Ley N° 27444", "pe:ley:27444"))
# --- types with few sentences in the dev half
s("rcd", "La Resolución de Consejo Directivo N° 027-2017-OEFA/CD aprobó el reglamento del procedimiento sancionador.",
  ("Resolución de Consejo Directivo N° 027-2017-OEFA/CD", "pe:rcd:027-2017-oefa-cd"))
s("rcd", "Con Resolución de Consejo Directivo N° 123-2014-CD/OSIPTEL se fijaron las condiciones de uso.",
  ("Resolución de Consejo Directivo N° 123-2014-CD/OSIPTEL", "pe:rcd:123-2014-cd-osiptel"))
s("acr,concejo-spelling", "El Acuerdo de Concejo Regional N° 045-2019-GRC/CR declaró de interés la obra.",
  ("Acuerdo de Concejo Regional N° 045-2019-GRC/CR", "pe:acr:045-2019-grc-cr"))
s("acr,plural-head,list", "Los Acuerdos de Consejo Regional N° 012-2020-GRA/CR y N° 013-2020-GRA/CR aprobaron las transferencias.",
  ("Acuerdos de Consejo Regional N° 012-2020-GRA/CR", "pe:acr:012-2020-gra-cr"), ("N° 013-2020-GRA/CR", "pe:acr:013-2020-gra-cr"))
s("om", "La Ordenanza Municipal N° 145-2019-MDSJL regula la gestión de residuos sólidos en el distrito.",
  ("Ordenanza Municipal N° 145-2019-MDSJL", "pe:om:145-2019-mdsjl"))
s("om,no-year", "La Ordenanza N° 1852-MML aprobó la conservación y gestión de áreas verdes en Lima.",
  ("Ordenanza N° 1852-MML", "pe:om:1852-mml"))
s("rj", "La Resolución Jefatural N° 242-2018-AGN/J aprobó la directiva de archivos.",
  ("Resolución Jefatural N° 242-2018-AGN/J", "pe:rj:242-2018-agn-j"))
s("rvm,two-words", "La Resolución Vice Ministerial N° 081-2019-MINEDU aprobó la norma técnica del programa.",
  ("Resolución Vice Ministerial N° 081-2019-MINEDU", "pe:rvm:081-2019-minedu"))
s("rs", "La Resolución Suprema N° 088-2018-RE nombró al embajador en misión especial.",
  ("Resolución Suprema N° 088-2018-RE", "pe:rs:088-2018-re"))
s("rleg", "La Resolución Legislativa N° 30723 aprobó el acuerdo de cooperación en materia de defensa.",
  ("Resolución Legislativa N° 30723", "pe:rleg:30723"))
s("rlegc", "La Resolución Legislativa del Congreso N° 004-2019-2020-CR modificó el reglamento parlamentario.",
  ("Resolución Legislativa del Congreso N° 004-2019-2020-CR", "pe:rlegc:004-2019-2020-cr"))
s("rsg", "La Resolución de Secretaría General N° 045-2019-MINAM aprobó las pautas de ecoeficiencia.",
  ("Resolución de Secretaría General N° 045-2019-MINAM", "pe:rsg:045-2019-minam"))
s("nt", "La NTS N° 134-MINSA/2017/DGIESP regula el manejo de la anemia.",
  ("NTS N° 134-MINSA/2017/DGIESP", "pe:nt:134-2017-minsa-dgiesp"))
s("dr", "El Decreto Regional N° 002-2018-GRC/GR reglamentó la consulta ciudadana.",
  ("Decreto Regional N° 002-2018-GRC/GR", "pe:dr:002-2018-grc-gr"))
s("res,alcaldia", "La Resolución de Alcaldía N° 0178-2022-MPH designó a la comisión de transferencia.",
  ("Resolución de Alcaldía N° 0178-2022-MPH", "pe:res:178-2022-mph"))
s("res,gerencia", "La Resolución de Gerencia Municipal N° 112-2023-GM/MDC aprobó las bases del concurso.",
  ("Resolución de Gerencia Municipal N° 112-2023-GM/MDC", "pe:res:112-2023-gm-mdc"))
s("res,fiscalia", "La Resolución de la Fiscalía de la Nación N° 1470-2019-MP-FN creó las fiscalías especializadas.",
  ("Resolución de la Fiscalía de la Nación N° 1470-2019-MP-FN", "pe:res:1470-2019-mp-fn"))
s("rd,regional", "La Resolución Directoral Regional N° 0874-2023-GRA/GREA aprobó el calendario escolar.",
  ("Resolución Directoral Regional N° 0874-2023-GRA/GREA", "pe:rd:874-2023-gra-grea"))
s("tuo,approved-by", "El TUO de la Ley N° 27806, aprobado por Decreto Supremo N° 021-2019-JUS, fija los plazos de atención.",
  ("TUO de la Ley N° 27806", "pe:ds:021-2019-jus", ["pe:tuo:ds-021-2019-jus"]), ("Ley N° 27806", "pe:ley:27806"), ("Decreto Supremo N° 021-2019-JUS", "pe:ds:021-2019-jus"))
s("reglamento,approved-by", "El Reglamento de la Ley N° 29944, aprobado por Decreto Supremo N° 004-2013-ED, regula los concursos de ascenso.",
  ("Reglamento de la Ley N° 29944", "pe:ds:004-2013-ed", ["pe:reglamento:ds-004-2013-ed"]), ("Ley N° 29944", "pe:ley:29944"), ("Decreto Supremo N° 004-2013-ED", "pe:ds:004-2013-ed"))
s("codigo,named", "El Código de los Niños y Adolescentes regula la tenencia y el régimen de visitas.",
  ("Código de los Niños y Adolescentes", "pe:codigo:@codigo-de-los-ninos-y-adolescentes", ["pe:ley:27337"]))
s("codigo,nuevo", "El Nuevo Código Procesal Constitucional, Ley N° 31307, eliminó la etapa de rechazo liminar.",
  ("Nuevo Código Procesal Constitucional, Ley N° 31307", "pe:ley:31307"))
# --- budget laws named by year
s("presupuesto,plural-head,years", "Las Leyes de Presupuesto del Sector Público para los Años Fiscales 2021 y 2022 autorizaron transferencias a los gobiernos locales.",
  ("Leyes de Presupuesto del Sector Público para los Años Fiscales 2021", "pe:ley:@ley-de-presupuesto-del-sector-publico-para-el-ano-fiscal-2021", ["pe:ley:31084"]),
  ("2022", "pe:ley:@ley-de-presupuesto-del-sector-publico-para-el-ano-fiscal-2022", ["pe:ley:31365"]))
s("presupuesto,named,year", "La Ley de Presupuesto del Sector Público para el Año Fiscal 2023 prohibió el ingreso de personal.",
  ("Ley de Presupuesto del Sector Público para el Año Fiscal 2023", "pe:ley:@ley-de-presupuesto-del-sector-publico-para-el-ano-fiscal-2023", ["pe:ley:31638"]))
# --- foreign and international
s("foreign:cl,adjective", "La ley chilena N° 19.880 regula los procedimientos administrativos de la administración del Estado.",
  ("ley chilena N° 19.880", "cl:ley:19880"))
s("foreign:cl", "En Chile, la Ley N° 20.285 sobre acceso a la información pública creó el Consejo para la Transparencia.",
  ("Ley N° 20.285", "cl:ley:20285"))
s("foreign:es", "La Ley 40/2015, de Régimen Jurídico del Sector Público, inspiró el diseño de los órganos colegiados.",
  ("Ley 40/2015, de Régimen Jurídico del Sector Público", "es:ley:40-2015"))
s("foreign:co", "La Ley 1437 de 2011 de Colombia unificó el procedimiento administrativo y contencioso.",
  ("Ley 1437 de 2011", "co:ley:1437-2011"))
s("foreign:eu", "El Reglamento (UE) 2016/679 orientó el proyecto de ley de protección de datos.",
  ("Reglamento (UE) 2016/679", "eu:reglamento:2016-679"))
s("international,oit,no-org", "El Convenio 169 reconoce a los pueblos indígenas el derecho a la consulta previa.",
  ("Convenio 169", "int:oit-convenio-169-1989"))
s("international,oit", "El Convenio N° 169 de la Organización Internacional del Trabajo fue aprobado por la Resolución Legislativa N° 26253.",
  ("Convenio N° 169 de la Organización Internacional del Trabajo", "int:oit-convenio-169-1989"), ("Resolución Legislativa N° 26253", "pe:rleg:26253"))
s("international,treaty", "La Convención de Viena sobre el Derecho de los Tratados rige la interpretación de los acuerdos.",
  ("Convención de Viena sobre el Derecho de los Tratados", "int:convencion-viena-derecho-tratados-1969"))
s("international,can,list", "Las Decisiones 486 y 689 de la Comunidad Andina regulan la propiedad industrial.",
  ("Decisiones 486", "int:can-decision-486"), ("689", "int:can-decision-689"))
s("international,un-resolution", "La resolución A/RES/70/1 de la Asamblea General adoptó la Agenda 2030.",
  ("resolución A/RES/70/1", "int:onu-ag-res-70-1"))
s("international,treaty-approval,mixed-scope", "El Acuerdo de París fue ratificado mediante Decreto Supremo N° 058-2016-RE.",
  ("Acuerdo de París", "int:acuerdo-paris-2015"), ("Decreto Supremo N° 058-2016-RE", "pe:ds:058-2016-re"))
# --- jurisprudence (not norms) with norms beside
s("jurisprudence:tc", "En el Exp. N.° 0020-2005-PI/TC el Tribunal Constitucional interpretó la Ley N° 28106.",
  ("Ley N° 28106", "pe:ley:28106"))
s("jurisprudence:casacion", "La Casación N° 1234-2019-Lima aplicó el artículo 1321 del Código Civil.",
  ("artículo 1321 del Código Civil", "pe:codigo:@codigo-civil", ["pe:dleg:295"]))
s("jurisprudence:tce", "La Resolución N° 1234-2019-TCE-S1 sancionó al proveedor conforme a la Ley N° 30225.",
  ("Ley N° 30225", "pe:ley:30225"))
# --- negatives
s("neg:admin-doc", "El Oficio Múltiple N° 045-2020-MINEDU/VMGP comunicó el cronograma a las UGEL.")
s("neg:bill", "Los Proyectos de Ley 1823/2021-CR y 2210/2021-CR proponen modificar el régimen de pensiones.")
s("neg:jurisprudence", "La sentencia recaída en el Expediente N° 00025-2007-PI/TC declaró infundada la demanda.")
s("neg:generic", "Toda norma con rango de ley debe publicarse en el diario oficial para ser obligatoria.")
s("neg:code", "El proyecto figura en el banco de inversiones con el CUI N° 2345678.")
s("neg:plan", "El PEI 2019-2022 de la municipalidad fijó seis objetivos estratégicos.")
s("neg:admin-doc", "El Informe Técnico N° 1456-2019-SERVIR/GPGSC analiza la compatibilidad de ingresos.")

# --- short forms
p("citada,article-list", "La Ley N° 27972 regula las municipalidades. Los artículos 9 y 10 de la citada Ley fijan las atribuciones del concejo y del alcalde.",
  [("Ley N° 27972", "pe:ley:27972")], [("artículos 9 y 10 de la citada Ley", "pe:ley:27972", "9, 10")])
p("referido-decreto,bare", "El Decreto Supremo N° 008-2020-SA declaró la emergencia sanitaria por noventa días. El referido Decreto fue prorrogado varias veces.",
  [("Decreto Supremo N° 008-2020-SA", "pe:ds:008-2020-sa")], [("El referido Decreto", "pe:ds:008-2020-sa", None)])
p("dicha-norma,type-any", "La Ordenanza N° 2086-MML regula la zonificación del Cercado. Dicha norma fue observada por los vecinos.",
  [("Ordenanza N° 2086-MML", "pe:om:2086-mml")], [("Dicha norma", "pe:om:2086-mml", None)])
p("mismo-cuerpo-legal,codigo", "El Código Penal tipifica el delito de colusión en su artículo 384. El mismo cuerpo legal sanciona el peculado en el artículo 387.",
  [("Código Penal", "pe:codigo:@codigo-penal")], [("El mismo cuerpo legal", "pe:codigo:@codigo-penal", None)])
p("misma,article,feminine-noun-between", "La Ley N° 29783 obliga al empleador a registrar los accidentes en una base de datos. El artículo 28 de la misma regula los registros obligatorios.",
  [("Ley N° 29783", "pe:ley:29783")], [("artículo 28 de la misma", "pe:ley:29783", "28")])
p("norma-acotada,postposed", "El Decreto Legislativo N° 1057 regula la contratación administrativa de servicios. Conforme a la norma acotada, el contrato es de plazo determinado.",
  [("Decreto Legislativo N° 1057", "pe:dleg:1057")], [("la norma acotada", "pe:dleg:1057", None)])
p("ley-antes-citada", "La Ley N° 28044 regula el sistema educativo. Según la ley antes citada, la educación inicial es obligatoria.",
  [("Ley N° 28044", "pe:ley:28044")], [("la ley antes citada", "pe:ley:28044", None)])
p("indicado-decreto-ley", "El Decreto Ley N° 19990 creó el sistema nacional de pensiones. El indicado Decreto Ley fija en veinte años el aporte mínimo.",
  [("Decreto Ley N° 19990", "pe:dl:19990")], [("El indicado Decreto Ley", "pe:dl:19990", None)])
p("rs-antes-mencionada", "Mediante Resolución Suprema N° 205-2017-RE se ratificó el nombramiento. La resolución suprema antes mencionada entró en vigencia al día siguiente.",
  [("Resolución Suprema N° 205-2017-RE", "pe:rs:205-2017-re")], [("La resolución suprema antes mencionada", "pe:rs:205-2017-re", None)])
p("este-dispositivo", "El Decreto de Urgencia N° 014-2019 aprobó el presupuesto para 2020. Este dispositivo se dictó durante el interregno parlamentario.",
  [("Decreto de Urgencia N° 014-2019", "pe:du:014-2019")], [("Este dispositivo", "pe:du:014-2019", None)])
p("esta-norma", "La Ley N° 31572 regula el teletrabajo en el sector público y privado. Esta norma reconoce el derecho a la desconexión digital.",
  [("Ley N° 31572", "pe:ley:31572")], [("Esta norma", "pe:ley:31572", None)])
p("alias,reglamento", "El Decreto Supremo N° 344-2018-EF aprobó el Reglamento de la Ley N° 30225 (en adelante, el Reglamento). El Reglamento regula los procedimientos de selección.",
  [("Decreto Supremo N° 344-2018-EF", "pe:ds:344-2018-ef"), ("Reglamento de la Ley N° 30225", "pe:ds:344-2018-ef"), ("Ley N° 30225", "pe:ley:30225")],
  [("el Reglamento", "pe:ds:344-2018-ef", None, "en adelante, "), ("El Reglamento", "pe:ds:344-2018-ef", None)])
p("citado-codigo,subunit", "El Código Procesal Penal regula la prisión preventiva. El numeral 1 del artículo 268 del citado Código fija sus presupuestos.",
  [("Código Procesal Penal", "pe:dleg:957")], [("numeral 1 del artículo 268 del citado Código", "pe:dleg:957", "268")])
p("mencionada-directiva", "La Directiva N° 002-2019-CG/NORM regula el servicio de control simultáneo. La mencionada Directiva establece tres modalidades.",
  [("Directiva N° 002-2019-CG/NORM", "pe:directiva:002-2019-cg-norm")], [("La mencionada Directiva", "pe:directiva:002-2019-cg-norm", None)])
p("dicho-tuo", "El Texto Único Ordenado de la Ley N° 28411, aprobado por Decreto Supremo N° 304-2012-EF, rige el presupuesto. Dicho Texto Único Ordenado fue derogado en 2018.",
  [("Texto Único Ordenado de la Ley N° 28411", "pe:ds:304-2012-ef"), ("Ley N° 28411", "pe:ley:28411"), ("Decreto Supremo N° 304-2012-EF", "pe:ds:304-2012-ef")],
  [("Dicho Texto Único Ordenado", "pe:ds:304-2012-ef", None)])
p("aludida,two-antecedents,type-check", "La Ley N° 30220 creó la SUNEDU, y el Decreto Supremo N° 012-2014-MINEDU aprobó su reglamento de organización. La aludida ley exige el licenciamiento de las universidades.",
  [("Ley N° 30220", "pe:ley:30220"), ("Decreto Supremo N° 012-2014-MINEDU", "pe:ds:012-2014-minedu")], [("La aludida ley", "pe:ley:30220", None)])
p("precitada-norma,postposed", "La Resolución Ministerial N° 050-2020-MINSA aprobó la guía de atención. De acuerdo con la norma precitada, los hospitales organizan áreas de aislamiento.",
  [("Resolución Ministerial N° 050-2020-MINSA", "pe:rm:050-2020-minsa")], [("la norma precitada", "pe:rm:050-2020-minsa", None)])
p("anterior,two-antecedents", "La Ley N° 23733 fue sustituida por la Ley N° 30220 en 2014. La anterior permitía la creación de universidades sin licencia previa.",
  [("Ley N° 23733", "pe:ley:23733"), ("Ley N° 30220", "pe:ley:30220")], [("La anterior", "pe:ley:23733", None)])
p("citada-carta-magna,constitution", "El artículo 2 de la Constitución Política del Perú enumera los derechos fundamentales. La citada Carta Magna reconoce además el derecho a la identidad étnica.",
  [("artículo 2 de la Constitución Política del Perú", "pe:const:1993")], [("La citada Carta Magna", "pe:const:1993", None)])
p("citado-convenio,international", "El Convenio N° 169 de la OIT regula la consulta previa. El citado Convenio fue aprobado por el Congreso en 1993.",
  [("Convenio N° 169 de la OIT", "int:oit-convenio-169-1989")], [("El citado Convenio", "int:oit-convenio-169-1989", None)])
p("dicha-ordenanza-regional", "La Ordenanza Regional N° 009-2021-GRJ/CR protege las lagunas altoandinas. Dicha ordenanza regional encarga a la gerencia su implementación.",
  [("Ordenanza Regional N° 009-2021-GRJ/CR", "pe:or:009-2021-grj-cr")], [("Dicha ordenanza regional", "pe:or:009-2021-grj-cr", None)])
p("no-antecedent,type-mismatch", "La Ley N° 31313 regula el desarrollo urbano sostenible. El citado decreto supremo aún no se ha publicado.",
  [("Ley N° 31313", "pe:ley:31313")], [("El citado decreto supremo", None, None)])
p("presente-ley,bill", "El Proyecto de Ley N° 4512/2022-CR dispone que «la presente Ley entra en vigencia al día siguiente de su publicación».",
  [], [("la presente Ley", None, None)])
p("dicho-cuerpo-normativo", "El Decreto Legislativo N° 1440 regula el presupuesto público. Dicho cuerpo normativo derogó la Ley N° 28411.",
  [("Decreto Legislativo N° 1440", "pe:dleg:1440"), ("Ley N° 28411", "pe:ley:28411")], [("Dicho cuerpo normativo", "pe:dleg:1440", None)])
p("referida-resolucion,elided-type", "Por Resolución Directoral N° 0015-2019-EF/63.01 se aprobaron los formatos del banco de inversiones. La referida resolución fue publicada en febrero.",
  [("Resolución Directoral N° 0015-2019-EF/63.01", "pe:rd:015-2019-ef-63-01")], [("La referida resolución", "pe:rd:015-2019-ef-63-01", None)])
p("misma,paragraph-start", "La Ley N° 28611 es la norma ordenadora del marco ambiental. La misma establece los principios de prevención y de responsabilidad ambiental.",
  [("Ley N° 28611", "pe:ley:28611")], [("La misma", "pe:ley:28611", None)])
p("el-mismo,article", "El Decreto Legislativo N° 1278 regula la gestión de residuos sólidos. El artículo 24 del mismo asigna funciones a las municipalidades provinciales.",
  [("Decreto Legislativo N° 1278", "pe:dleg:1278")], [("artículo 24 del mismo", "pe:dleg:1278", "24")])

SET.write()
