#!/usr/bin/env python3
"""Builds tests/data/legal/fresh3/{citations,shortforms}-dev.jsonl (issue 19, session 6).

Sentences and passages written by the detector's author from the list of forms in issue 19 and
the shared docs (§2, §10), before any pattern of this session changed. Run from the repository
root: python3 tests/data/legal/tools/build_fresh3.py
"""
from freshset import F, FreshSet

SET = FreshSet("tests/data/legal/fresh3", 3000, "own3")
s, p = SET.s, SET.p

# --- plural heads and elided heads
s("plural-head,ellipsis,named", "Según las leyes orgánicas de Elecciones, del Jurado Nacional de Elecciones y de la Oficina Nacional de Procesos Electorales, el sistema electoral tiene tres organismos.",
  ("leyes orgánicas de Elecciones", "pe:ley:@ley-organica-de-elecciones", ["pe:ley:26859"]),
  ("Jurado Nacional de Elecciones", "pe:ley:@ley-organica-del-jurado-nacional-de-elecciones", ["pe:ley:26486"]),
  ("Oficina Nacional de Procesos Electorales", "pe:ley:@ley-organica-de-la-oficina-nacional-de-procesos-electorales", ["pe:ley:26487"]))
s("plural-head,list", "Los Decretos Legislativos N° 1436, 1439 y 1440 reformaron la administración financiera del sector público.",
  ("Decretos Legislativos N° 1436", "pe:dleg:1436"), ("1439", "pe:dleg:1439"), ("1440", "pe:dleg:1440"))
s("plural-head,list,office-suffix", "Las Resoluciones Directorales N° 012-2020-EF/50.01 y N° 015-2020-EF/50.01 aprobaron los anexos de la directiva de ejecución.",
  ("Resoluciones Directorales N° 012-2020-EF/50.01", "pe:rd:012-2020-ef-50-01"), ("N° 015-2020-EF/50.01", "pe:rd:015-2020-ef-50-01"))
s("plural-head,list", "Los Decretos de Urgencia N° 026-2020, 029-2020 y 033-2020 dictaron medidas excepcionales frente a la emergencia sanitaria.",
  ("Decretos de Urgencia N° 026-2020", "pe:du:026-2020"), ("029-2020", "pe:du:029-2020"), ("033-2020", "pe:du:033-2020"))
s("plural-head,list", "Las Ordenanzas Municipales N° 315-2019-MDSJL y 316-2019-MDSJL regulan la publicidad exterior en el distrito.",
  ("Ordenanzas Municipales N° 315-2019-MDSJL", "pe:om:315-2019-mdsjl"), ("316-2019-MDSJL", "pe:om:316-2019-mdsjl"))
s("plural-head,list,numsign:Nros.", "Las Leyes Nros. 30057 y 31131 definen el régimen de los servidores contratados.",
  ("Leyes Nros. 30057", "pe:ley:30057"), ("31131", "pe:ley:31131"))
s("plural-head,list,numsign:N.os", "Las Leyes N.os 27658 y 29158 orientan la modernización del aparato estatal.",
  ("Leyes N.os 27658", "pe:ley:27658"), ("29158", "pe:ley:29158"))
s("plural-head,list", "Mediante las Resoluciones Ministeriales N° 045-2021-MINAM, N° 046-2021-MINAM y N° 050-2021-MINAM se oficializaron los eventos.",
  ("Resoluciones Ministeriales N° 045-2021-MINAM", "pe:rm:045-2021-minam"), ("N° 046-2021-MINAM", "pe:rm:046-2021-minam"), ("N° 050-2021-MINAM", "pe:rm:050-2021-minam"))
# --- coordinated ellipsis
s("ellipsis,named", "Tanto la Ley Orgánica de Gobiernos Regionales como la de Municipalidades reconocen los mecanismos de participación vecinal.",
  ("Ley Orgánica de Gobiernos Regionales", "pe:ley:@ley-organica-de-gobiernos-regionales", ["pe:ley:27867"]),
  ("Municipalidades", "pe:ley:@ley-organica-de-municipalidades", ["pe:ley:27972"]))
s("ellipsis,codigo", "Los Códigos Penal y Procesal Penal tipifican y persiguen los delitos contra la administración pública.",
  ("Códigos Penal", "pe:codigo:@codigo-penal", ["pe:dleg:635"]), ("Procesal Penal", "pe:codigo:@codigo-procesal-penal", ["pe:dleg:957"]))
s("named,one-name-with-y", "La Ley de Organización y Funciones del Ministerio de Cultura asigna al viceministerio la gestión del patrimonio.",
  ("Ley de Organización y Funciones del Ministerio de Cultura", "pe:ley:@ley-de-organizacion-y-funciones-del-ministerio-de-cultura"))
# --- unnumbered instruments and approving norms
s("approved-by,reglamento,nested", "El Reglamento de la Ley de Contrataciones del Estado, aprobado mediante Decreto Supremo N° 344-2018-EF, regula las causales de nulidad del contrato.",
  ("Reglamento de la Ley de Contrataciones del Estado", "pe:ds:344-2018-ef", ["pe:reglamento:ds-344-2018-ef"]),
  ("Ley de Contrataciones del Estado", "pe:ley:@ley-de-contrataciones-del-estado", ["pe:ley:30225"]),
  ("Decreto Supremo N° 344-2018-EF", "pe:ds:344-2018-ef"))
s("approved-by,directiva,unnumbered", "La Directiva para la Formulación del Presupuesto Institucional, aprobada con Resolución Directoral N° 0011-2019-EF/50.01, fija el calendario de la fase.",
  ("Directiva para la Formulación del Presupuesto Institucional", "pe:rd:011-2019-ef-50-01", ["pe:directiva:rd-011-2019-ef-50-01"]),
  ("Resolución Directoral N° 0011-2019-EF/50.01", "pe:rd:011-2019-ef-50-01"))
s("approved-by,norma-tecnica,unnumbered", "Con Resolución Ministerial N° 1032-2021-MINSA se aprobó la Norma Técnica de Salud para la Vigilancia de la Anemia en la Población Infantil.",
  ("Resolución Ministerial N° 1032-2021-MINSA", "pe:rm:1032-2021-minsa"),
  ("Norma Técnica de Salud para la Vigilancia de la Anemia en la Población Infantil", "pe:rm:1032-2021-minsa", ["pe:nt:rm-1032-2021-minsa"]))
s("approved-by,reglamento,nested", "El Reglamento General de la Ley N° 30057, aprobado a través del Decreto Supremo N° 040-2014-PCM, desarrolla los subsistemas de gestión.",
  ("Reglamento General de la Ley N° 30057", "pe:ds:040-2014-pcm", ["pe:reglamento:ds-040-2014-pcm"]),
  ("Ley N° 30057", "pe:ley:30057"), ("Decreto Supremo N° 040-2014-PCM", "pe:ds:040-2014-pcm"))
s("approved-by,directiva,passive", "La Directiva de Programación Multianual de Inversiones fue aprobada por la Resolución Directoral N° 001-2019-EF/63.01 y rige desde febrero.",
  ("Directiva de Programación Multianual de Inversiones", "pe:rd:001-2019-ef-63-01", ["pe:directiva:rd-001-2019-ef-63-01"]),
  ("Resolución Directoral N° 001-2019-EF/63.01", "pe:rd:001-2019-ef-63-01"))
s("unnumbered,reglamento,slug", "El Reglamento del Congreso de la República regula la cuestión de confianza y las mociones de censura.",
  ("Reglamento del Congreso de la República", "pe:reglamento:@reglamento-del-congreso-de-la-republica"))
s("management-doc-excluded", "El Reglamento de Organización y Funciones del Ministerio, aprobado por Decreto Supremo N° 002-2021-MIDIS, crea la oficina de integridad.",
  ("Decreto Supremo N° 002-2021-MIDIS", "pe:ds:002-2021-midis"))
# --- single-adjective and lower-case names
s("named,single-adjective", "La Ley Universitaria exige que los docentes ordinarios tengan el grado de maestro.",
  ("Ley Universitaria", "pe:ley:@ley-universitaria", ["pe:ley:30220"]))
s("named,lowercase", "Conforme a la ley orgánica de gobiernos regionales, el consejo regional fiscaliza la gestión del gobernador.",
  ("ley orgánica de gobiernos regionales", "pe:ley:@ley-organica-de-gobiernos-regionales", ["pe:ley:27867"]))
s("named,lowercase", "Los portales se actualizan según la ley de transparencia y acceso a la información pública y sus normas complementarias.",
  ("ley de transparencia y acceso a la información pública", "pe:ley:@ley-de-transparencia-y-acceso-a-la-informacion-publica", ["pe:ley:27806"]))
s("named", "La Ley Marco de Modernización de la Gestión del Estado declaró al Estado en proceso de modernización.",
  ("Ley Marco de Modernización de la Gestión del Estado", "pe:ley:@ley-marco-de-modernizacion-de-la-gestion-del-estado", ["pe:ley:27658"]))
# --- dated, s/n
s("dated,date-id", "El Decreto Supremo del 2 de julio de 1962 reguló la inscripción de las comunidades de indígenas.",
  ("Decreto Supremo del 2 de julio de 1962", "pe:ds:f1962-07-02"))
s("dated,date-id", "La Resolución Suprema de fecha 12 de marzo de 1985 reconoció la personería de la comunidad campesina.",
  ("Resolución Suprema de fecha 12 de marzo de 1985", "pe:rs:f1985-03-12"))
s("dated,old-numbering", "La Resolución Suprema N° 127 del 14 de agosto de 1936 fijó las tarifas portuarias del Callao.",
  ("Resolución Suprema N° 127 del 14 de agosto de 1936", "pe:rs:127-1936"))
s("sn", "La Resolución Ministerial S/N de 2003 conformó la comisión de transferencia del sector.",
  ("Resolución Ministerial S/N de 2003", "pe:rm:sn-2003"))
s("sn,dated", "Por R.M. s/n del 5 de mayo de 1998 se aprobó el cuadro de equivalencias.",
  ("R.M. s/n del 5 de mayo de 1998", "pe:rm:f1998-05-05", ["pe:rm:sn-1998"]))
# --- DLeg, DL, bare Decreto
s("abbrev:DLeg", "Los servidores del régimen del DLeg N° 728 perciben gratificaciones en julio y diciembre.",
  ("DLeg N° 728", "pe:dleg:728"))
s("abbrev:D.Leg", "El D.Leg 1057 regula la contratación administrativa de servicios.",
  ("D.Leg 1057", "pe:dleg:1057"))
s("dl-ambiguous", "El D.L. N° 25593, Ley de Relaciones Colectivas de Trabajo, regula la negociación colectiva.",
  ("D.L. N° 25593, Ley de Relaciones Colectivas de Trabajo", "pe:dl:25593"))
s("dl-ambiguous", "El DL 1278 ordena la gestión integral de los residuos sólidos.",
  ("DL 1278", "pe:dleg:1278"))
s("bare-decreto", "El Decreto N° 1440 regula el Sistema Nacional de Presupuesto Público.",
  ("Decreto N° 1440", "pe:dleg:1440"))
# --- number signs and damage
s("numsign:N.ᵒ", "La Ley N.ᵒ 30220 creó la superintendencia encargada del licenciamiento.", ("Ley N.ᵒ 30220", "pe:ley:30220"))
s("fffd", f"La Resoluci{F}n Ministerial N{F} 045-2020-MINAM aprobó la guía de ecoeficiencia.",
  (f"Resoluci{F}n Ministerial N{F} 045-2020-MINAM", "pe:rm:045-2020-minam"))
s("fffd,constitution", f"El artículo 2 de la Constituci{F}n Pol{F}tica del Per{F} reconoce el derecho de acceso a la información.",
  (f"artículo 2 de la Constituci{F}n Pol{F}tica del Per{F}", "pe:const:1993"))
s("fffd,named", f"La Ley Org{F}nica de Municipalidades regula el concejo municipal.",
  (f"Ley Org{F}nica de Municipalidades", "pe:ley:@ley-organica-de-municipalidades", ["pe:ley:27972"]))
s("fffd,glued", f"El Decreto Supremo N{F}004-2019-JUS aprobó el texto consolidado.", (f"Decreto Supremo N{F}004-2019-JUS", "pe:ds:004-2019-jus"))
s("issuer-hyphenation,linebreak", "El Decreto Supremo N° 019-2020-MI-\nNAM reglamentó la gestión de los residuos.", ("Decreto Supremo N° 019-2020-MI-\nNAM", "pe:ds:019-2020-minam"))
s("issuer-hyphenation,linebreak", "La Resolución Ministerial N° 112-2021-VIVIEN-\nDA aprobó los valores unitarios.", ("Resolución Ministerial N° 112-2021-VIVIEN-\nDA", "pe:rm:112-2021-vivienda"))
s("space-after-hyphen", "El Decreto Supremo N° 008- 2019-MIDIS aprobó la política de desarrollo e inclusión social.", ("Decreto Supremo N° 008- 2019-MIDIS", "pe:ds:008-2019-midis"))
s("u2010", "El Decreto Supremo N° 004\u20102019\u2010JUS entró en vigencia en enero.", ("Decreto Supremo N° 004\u20102019\u2010JUS", "pe:ds:004-2019-jus"))
s("endash-number", "La Resolución Jefatural N° 045–2018–INEI fijó el calendario de las encuestas.", ("Resolución Jefatural N° 045–2018–INEI", "pe:rj:045-2018-inei"))
s("linebreak,number-break", "El Decreto Supremo N° 054-\n2018-PCM aprobó los lineamientos de organización del Estado.", ("Decreto Supremo N° 054-\n2018-PCM", "pe:ds:054-2018-pcm"))
s("hyphenation,linebreak", "Las normas del Decre-\nto Supremo N° 030-2002-PCM ordenan el proceso.", ("Decre-\nto Supremo N° 030-2002-PCM", "pe:ds:030-2002-pcm"))
s("hyphenation,linebreak,named", "La Ley Orgánica de Municipa-\nlidades regula las juntas vecinales.", ("Ley Orgánica de Municipa-\nlidades", "pe:ley:@ley-organica-de-municipalidades", ["pe:ley:27972"]))
# --- ranges
s("range,yeared-range", "Los Decretos Supremos N° 002-2021-MINEDU al 004-2021-MINEDU modificaron el reglamento de la carrera.",
  ("Decretos Supremos N° 002-2021-MINEDU", "pe:ds:002-2021-minedu"), ("Decretos Supremos N° 002-2021-MINEDU al 004-2021-MINEDU", "pe:ds:003-2021-minedu"), ("004-2021-MINEDU", "pe:ds:004-2021-minedu"))
s("range", "Las Leyes N° 30879 al 30881 aprobaron el presupuesto del año fiscal 2019.",
  ("Leyes N° 30879", "pe:ley:30879"), ("Leyes N° 30879 al 30881", "pe:ley:30880"), ("30881", "pe:ley:30881"))
# --- name and number apart
s("apposition:name-number,comma-article", "Conforme a la Ley Marco del Empleo Público, la Ley N° 28175, el acceso al empleo se realiza por concurso.",
  ("Ley Marco del Empleo Público, la Ley N° 28175", "pe:ley:28175"))
s("apposition:name-number,dash", "La Ley de Gestión Integral de Residuos Sólidos – Decreto Legislativo N° 1278 prioriza la valorización.",
  ("Ley de Gestión Integral de Residuos Sólidos – Decreto Legislativo N° 1278", "pe:dleg:1278"))
s("apposition:parens", "El régimen disciplinario está previsto en la Ley del Servicio Civil (Ley N.º 30057).",
  ("Ley del Servicio Civil (Ley N.º 30057)", "pe:ley:30057"))
s("apposition:number-name,dash", "La Ley N° 29664 - Ley que crea el Sistema Nacional de Gestión del Riesgo de Desastres define los procesos.",
  ("Ley N° 29664 - Ley que crea el Sistema Nacional de Gestión del Riesgo de Desastres", "pe:ley:29664"))
s("author-year", "La descentralización fiscal quedó postergada (Ley N° 27783, 2002).", ("Ley N° 27783, 2002", "pe:ley:27783"))
s("author-year", "El Decreto Legislativo 1057 (2008) creó un régimen especial de contratación.", ("Decreto Legislativo 1057 (2008)", "pe:dleg:1057"))
# --- footnote digits
s("footnote-marker,approved-by", "Su Reglamento, aprobado por Decreto Supremo N° 040-2014-PCM21, regula el proceso de tránsito.",
  ("Reglamento, aprobado por Decreto Supremo N° 040-2014-PCM", "pe:ds:040-2014-pcm"), ("Decreto Supremo N° 040-2014-PCM", "pe:ds:040-2014-pcm"))
s("footnote-marker", "El Decreto Supremo N° 011-2012-ED7 desarrolla la educación básica regular.", ("Decreto Supremo N° 011-2012-ED", "pe:ds:011-2012-ed"))
# --- other forms
s("acuerdo-concejo", "El Acuerdo de Concejo Municipal N° 032-2021-MDL aprobó la donación del terreno.", ("Acuerdo de Concejo Municipal N° 032-2021-MDL", "pe:acm:032-2021-mdl"))
s("acuerdo-concejo,slash-issuer", "Mediante Acuerdo de Concejo N.º 112-2019/MPH se declaró la vacancia del regidor.", ("Acuerdo de Concejo N.º 112-2019/MPH", "pe:acm:112-2019-mph"))
s("extraordinario", "El Decreto Supremo Extraordinario N° 016-PCM-96 dispuso la reorganización del organismo.", ("Decreto Supremo Extraordinario N° 016-PCM-96", "pe:ds:016-1996-pcm"))
s("sector-first,old-numbering", "El D.S. N° 052-PCM-92 suspendió la contratación de personal.", ("D.S. N° 052-PCM-92", "pe:ds:052-1992-pcm"))
s("municipal-resolution", "La Resolución de Alcaldía N° 0123-2021-MDC aprobó el cronograma de fiscalización.", ("Resolución de Alcaldía N° 0123-2021-MDC", "pe:res:123-2021-mdc"))
s("regional-resolution", "La Resolución Ejecutiva Regional N° 345-2019-GR-PUNO/PR designó al director de salud.", ("Resolución Ejecutiva Regional N° 345-2019-GR-PUNO/PR", "pe:res:345-2019-gr-puno-pr"))
s("regional-resolution", "Con Resolución Gerencial Regional N° 056-2020-GRA/GRDS se conformó el comité.", ("Resolución Gerencial Regional N° 056-2020-GRA/GRDS", "pe:res:056-2020-gra-grds"))
s("regional-resolution", "La Resolución Directoral Regional N° 0874-2022-GRA/GREA aprobó el calendario escolar.", ("Resolución Directoral Regional N° 0874-2022-GRA/GREA", "pe:rd:874-2022-gra-grea"))
s("mre", "La Resolución Ministerial N° 0734-2019-MRE autorizó el viaje del funcionario.", ("Resolución Ministerial N° 0734-2019-MRE", "pe:rm:734-2019-mre", ["pe:rm:734-2019-re"]))
s("tuo-named-like-law,approved-by", "La Ley de Productividad y Competitividad Laboral, aprobada por Decreto Supremo N° 003-97-TR, regula el despido arbitrario.",
  ("Ley de Productividad y Competitividad Laboral", "pe:ds:003-1997-tr", ["pe:tuo:ds-003-1997-tr"]), ("Decreto Supremo N° 003-97-TR", "pe:ds:003-1997-tr"))
s("tuo-named-like-law,approved-by", "La Ley de Tributación Municipal, cuyo Texto Único Ordenado fue aprobado por D.S. N° 156-2004-EF, regula el impuesto predial.",
  ("Ley de Tributación Municipal", "pe:ley:@ley-de-tributacion-municipal"), ("Texto Único Ordenado", "pe:ds:156-2004-ef", ["pe:tuo:ds-156-2004-ef"]), ("D.S. N° 156-2004-EF", "pe:ds:156-2004-ef"))
s("two-digit-ley", "La Ley N° 31 reguló el estanco del tabaco a inicios del siglo XX.", ("Ley N° 31", "pe:ley:31"))
s("article,subunit", "El numeral 3.2 del artículo 3 de la Ley N° 31419 exige experiencia para los cargos directivos.", ("numeral 3.2 del artículo 3 de la Ley N° 31419", "pe:ley:31419"))
s("article,subunit", "El inciso c) del artículo 8 del Decreto Legislativo N° 1440 define el pliego presupuestario.", ("inciso c) del artículo 8 del Decreto Legislativo N° 1440", "pe:dleg:1440"))
s("article,disposition", "La Segunda Disposición Complementaria Final de la Ley N° 31188 regula la negociación en el sector público.", ("Segunda Disposición Complementaria Final de la Ley N° 31188", "pe:ley:31188"))
s("article,range", "Los artículos 188 al 199 de la Constitución regulan la descentralización.", ("artículos 188 al 199 de la Constitución", "pe:const:1993"))
s("modificatorias", "Se aplica el Decreto Supremo N° 004-2019-JUS y sus normas modificatorias, complementarias y conexas.", ("Decreto Supremo N° 004-2019-JUS", "pe:ds:004-2019-jus"))
# --- international and foreign
s("international,can,list", "Las Decisiones N° 486 y 689 de la Comunidad Andina regulan la propiedad industrial.",
  ("Decisiones N° 486", "int:can-decision-486"), ("689 de la Comunidad Andina", "int:can-decision-689"))
s("international,un-resolution", "La Resolución 64/292 de la Asamblea General reconoció el derecho al agua potable.", ("Resolución 64/292 de la Asamblea General", "int:onu-ag-res-64-292"))
s("foreign:cl", "La Ley N° 20.285 de Chile inspiró el consejo para la transparencia.", ("Ley N° 20.285", "cl:ley:20285"))
s("foreign:co", "En Colombia rige la Ley 1755 de 2015 sobre el derecho de petición.", ("Ley 1755 de 2015", "co:ley:1755-2015"))
s("foreign:eu", "El Reglamento (UE) 2016/679 protege los datos personales en Europa.", ("Reglamento (UE) 2016/679", "eu:reglamento:2016-679"))
s("foreign:es", "La Ley 40/2015, de Régimen Jurídico del Sector Público, ordena los órganos colegiados en España.", ("Ley 40/2015, de Régimen Jurídico del Sector Público", "es:ley:40-2015"))
s("mixed-scope", "La Ley N° 29733 siguió el modelo del Reglamento (UE) 2016/679 en la protección de datos.", ("Ley N° 29733", "pe:ley:29733"), ("Reglamento (UE) 2016/679", "eu:reglamento:2016-679"))
s("jurisprudence:tf", "Según la Resolución N° 01557-2-2020 del Tribunal Fiscal, la Ley N° 27444 se aplica supletoriamente.", ("Ley N° 27444", "pe:ley:27444"))
# --- negatives
s("neg:hypothetical", "Una eventual Ley Orgánica de Gobiernos Locales Rurales debería reconocer a los centros poblados.")
s("neg:hypothetical", "La futura Ley de Promoción de la Investigación Aplicada tendrá que fijar incentivos tributarios.")
s("neg:jurisprudence-tf", "La RTF N° 11234-Q-2019 declaró fundada la queja del contribuyente.")
s("neg:standard", "La Norma Técnica Peruana NTP 399.010 fija los colores de las señales de seguridad.")
s("neg:bill", "El Proyecto de Ley N° 4562/2022-CR propone una Ley de Protección del Denunciante.")

# --- short-form passages

p("citada,type-check", "El Decreto Legislativo N° 1023 creó la autoridad del servicio civil y la Ley N° 30057 desarrolló el régimen. La citada Ley regula la carrera del servidor.",
  [("Decreto Legislativo N° 1023", "pe:dleg:1023"), ("Ley N° 30057", "pe:ley:30057")], [("La citada Ley", "pe:ley:30057", None)])
p("dicha-norma", "Mediante Resolución Ministerial N° 228-2019-MINEDU se aprobaron las orientaciones del año escolar. Dicha norma fue derogada al año siguiente.",
  [("Resolución Ministerial N° 228-2019-MINEDU", "pe:rm:228-2019-minedu")], [("Dicha norma", "pe:rm:228-2019-minedu", None)])
p("referido-decreto,type-check", "El Decreto Supremo N° 018-2021-PCM aprobó la estrategia, y luego la Ley N° 31227 la elevó a rango legal. El referido Decreto fue el primer paso.",
  [("Decreto Supremo N° 018-2021-PCM", "pe:ds:018-2021-pcm"), ("Ley N° 31227", "pe:ley:31227")], [("El referido Decreto", "pe:ds:018-2021-pcm", None)])
p("misma,feminine-noun-between", "La Ley N° 29783 regula la seguridad en el trabajo; la misma establece la obligación de contar con un comité paritario.",
  [("Ley N° 29783", "pe:ley:29783")], [("la misma", "pe:ley:29783", None)])
p("misma,feminine-noun-between,passive", "La Ordenanza Regional N° 021-2019-GRL/CR regula la pesca artesanal en la región; la misma fue publicada en el diario oficial El Peruano.",
  [("Ordenanza Regional N° 021-2019-GRL/CR", "pe:or:021-2019-grl-cr")], [("la misma", "pe:or:021-2019-grl-cr", None)])
p("misma-distractor", "La Resolución Ministerial N° 050-2020-MINSA aprobó una guía técnica, la misma que orienta la atención de los pacientes.",
  [("Resolución Ministerial N° 050-2020-MINSA", "pe:rm:050-2020-minsa")], [])
p("article,citada", "La Ley N° 31433 modificó la organización municipal. El artículo 5 de la citada Ley precisa la fiscalización.",
  [("Ley N° 31433", "pe:ley:31433")], [("artículo 5 de la citada Ley", "pe:ley:31433", "5")])
p("subunit,citado", "El Decreto Legislativo N° 1252 creó el sistema de inversión. El numeral 2 del artículo 8 del citado Decreto Legislativo fija las fases.",
  [("Decreto Legislativo N° 1252", "pe:dleg:1252")], [("numeral 2 del artículo 8 del citado Decreto Legislativo", "pe:dleg:1252", "8")])
p("ultima,two-antecedents", "La Ley N° 28411 y la Ley N° 31365 regulan el gasto. Esta última autoriza las modificaciones presupuestarias.",
  [("Ley N° 28411", "pe:ley:28411"), ("Ley N° 31365", "pe:ley:31365")], [("Esta última", "pe:ley:31365", None)])
p("mismo-cuerpo", "El Decreto Supremo N° 004-2019-JUS aprobó el texto consolidado. El mismo cuerpo normativo regula el silencio positivo.",
  [("Decreto Supremo N° 004-2019-JUS", "pe:ds:004-2019-jus")], [("El mismo cuerpo normativo", "pe:ds:004-2019-jus", None)])
p("acotada", "La Ley N° 27806 garantiza el acceso a la información. La acotada Ley fija un plazo de diez días.",
  [("Ley N° 27806", "pe:ley:27806")], [("La acotada Ley", "pe:ley:27806", None)])
p("precitado", "El Decreto Supremo N° 072-2003-PCM reglamentó la transparencia. El precitado Decreto Supremo regula el portal.",
  [("Decreto Supremo N° 072-2003-PCM", "pe:ds:072-2003-pcm")], [("El precitado Decreto Supremo", "pe:ds:072-2003-pcm", None)])
p("codigo", "El Código Civil regula la responsabilidad extracontractual. Dicho Código distingue el dolo de la culpa.",
  [("Código Civil", "pe:codigo:@codigo-civil")], [("Dicho Código", "pe:codigo:@codigo-civil", None)])
p("decreto-ley,type-check", "El Decreto Ley N° 25593 reguló las relaciones colectivas y el Decreto Legislativo N° 728 las individuales. El citado Decreto Ley fue modificado después.",
  [("Decreto Ley N° 25593", "pe:dl:25593"), ("Decreto Legislativo N° 728", "pe:dleg:728")], [("El citado Decreto Ley", "pe:dl:25593", None)])
p("international", "El Convenio 169 de la OIT protege a los pueblos indígenas. El citado Convenio exige la consulta previa.",
  [("Convenio 169 de la OIT", "int:oit-convenio-169-1989")], [("El citado Convenio", "int:oit-convenio-169-1989", None)])
p("nested-antecedent", "El Reglamento de la Ley N° 29783 precisa las obligaciones del empleador. La mencionada Ley se aplica a todos los sectores.",
  [("Reglamento de la Ley N° 29783", "pe:reglamento:ley-29783"), ("Ley N° 29783", "pe:ley:29783")], [("La mencionada Ley", "pe:ley:29783", None)])
p("no-antecedent,reglamento", "La Ley N° 30364 previene la violencia contra las mujeres. El citado reglamento no ha sido publicado.",
  [("Ley N° 30364", "pe:ley:30364")], [("El citado reglamento", None, None)])
p("no-full-refs", "Los funcionarios desconocen los alcances de la citada ley, según las entrevistas.",
  [], [("la citada ley", None, None)])
p("bill,draft", "El Proyecto de Ley N° 1234/2021-CR propone un registro de cuidadores. Dicho proyecto fue archivado.",
  [], [])
p("self-reference", "La presente Resolución entra en vigencia al día siguiente de su publicación.",
  [], [("La presente Resolución", None, None)])
p("referida,regional", "La Ordenanza Regional N° 005-2019-GRL/CR y el Decreto Regional N° 002-2020-GRL/GR se publicaron en marzo. La referida ordenanza regional crea el consejo.",
  [("Ordenanza Regional N° 005-2019-GRL/CR", "pe:or:005-2019-grl-cr"), ("Decreto Regional N° 002-2020-GRL/GR", "pe:dr:002-2020-grl-gr")], [("La referida ordenanza regional", "pe:or:005-2019-grl-cr", None)])
p("aludido,directiva", "La Directiva N° 002-2019-CG/NORM regula el control simultáneo. La aludida directiva fija los plazos del informe.",
  [("Directiva N° 002-2019-CG/NORM", "pe:directiva:002-2019-cg-norm")], [("La aludida directiva", "pe:directiva:002-2019-cg-norm", None)])

SET.write()
