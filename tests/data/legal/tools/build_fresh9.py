#!/usr/bin/env python3
"""Builds tests/data/legal/fresh9/ (issue 19, session 8).

Sentences and passages written by the detector's author from the forms of
shared/docs/legal-references.md (§2–§5, §10) and issue 19's list, before any pattern of the
session changed: plural heads with elided heads (capitalised and lower case), coordinated
ellipsis, unnumbered instruments with their approving norm, single-adjective and lower-case
names, date-only norms, `DLeg` without a sign, `N°s`, `N.ᵒ`, U+FFFD signs, sector codes broken
across lines, ranges, name and number in apposition, footnote digits, `s/n de`, hypothetical
norms, Acuerdo de Concejo, Tribunal Fiscal, D.S. Extraordinario, TUO, municipal and regional
resolutions, Andean decisions, UN resolutions, foreign laws, court decisions, table cells and
wrapped lines, capitals and lower case, negatives; short forms.
Run from the repository root: python3 tests/data/legal/tools/build_fresh9.py
"""
from freshset import F, FreshSet

SET = FreshSet("tests/data/legal/fresh9", 9000, "own9")
s, p = SET.s, SET.p

LOPE = ("pe:ley:@ley-organica-del-poder-ejecutivo", ["pe:ley:29158"])
LOGR = ("pe:ley:@ley-organica-de-gobiernos-regionales", ["pe:ley:27867"])
LOM = ("pe:ley:@ley-organica-de-municipalidades", ["pe:ley:27972"])

# --- plural heads, elided heads, coordinated ellipsis (docs §5, decision 8)
s("plural-head,elided-head,resolution-style",
  "Que, las Leyes Orgánicas del Poder Ejecutivo, de Gobiernos Regionales y de Municipalidades delimitan las competencias exclusivas y compartidas de cada nivel de gobierno;",
  ("Leyes Orgánicas del Poder Ejecutivo", *LOPE), ("Gobiernos Regionales", *LOGR), ("Municipalidades", *LOM))
s("plural-head,elided-head,lowercase",
  "El enfoque territorial del PESEM recoge lo dispuesto en las leyes orgánicas de municipalidades y de gobiernos regionales.",
  ("leyes orgánicas de municipalidades", *LOM), ("gobiernos regionales", *LOGR))
s("ellipsis,qualifier-missing",
  "Las competencias compartidas en salud se transfirieron conforme a la Ley de Gobiernos Regionales y Municipalidades y a los planes anuales de transferencia.",
  ("Ley de Gobiernos Regionales", *LOGR), ("Municipalidades", *LOM))
s("ellipsis,repeated-article",
  "Tanto la Ley del Servicio Civil como la de Contrataciones del Estado exigen la inscripción previa en un registro nacional.",
  ("Ley del Servicio Civil", "pe:ley:@ley-del-servicio-civil", ["pe:ley:30057"]),
  ("de Contrataciones del Estado", "pe:ley:@ley-de-contrataciones-del-estado", ["pe:ley:30225"]))
# --- unnumbered instruments and their approving norm (decision 3, docs §10.2)
s("unnumbered,approved-by,reglamento,rcd",
  "El Reglamento de Infracciones y Sanciones Ambientales, aprobado por Resolución de Consejo Directivo N° 006-2018-OEFA/CD, tipifica las conductas sancionables.",
  ("Reglamento de Infracciones y Sanciones Ambientales", "pe:rcd:006-2018-oefa-cd", ["pe:reglamento:rcd-006-2018-oefa-cd"]),
  ("Resolución de Consejo Directivo N° 006-2018-OEFA/CD", "pe:rcd:006-2018-oefa-cd"))
s("unnumbered,mediante,norma-tecnica,abbrev",
  "Mediante R.M. N° 1295-2018/MINSA se aprobó la Norma Técnica de Salud para la Gestión Integral de Residuos Sólidos en Establecimientos de Salud.",
  ("R.M. N° 1295-2018/MINSA", "pe:rm:1295-2018-minsa"),
  ("Norma Técnica de Salud para la Gestión Integral de Residuos Sólidos en Establecimientos de Salud", "pe:rm:1295-2018-minsa", ["pe:nt:rm-1295-2018-minsa"]))
s("unnumbered,quedo-aprobada,directiva,rpe",
  "Por Resolución de Presidencia Ejecutiva N° 264-2017-SERVIR-PE quedó aprobada la Directiva sobre el Registro Nacional de Sanciones contra Servidores Civiles.",
  ("Resolución de Presidencia Ejecutiva N° 264-2017-SERVIR-PE", "pe:rpe:264-2017-servir-pe"),
  ("Directiva sobre el Registro Nacional de Sanciones contra Servidores Civiles", "pe:rpe:264-2017-servir-pe", ["pe:directiva:rpe-264-2017-servir-pe"]))
s("unnumbered,no-approver,directiva",
  "La Directiva para la Gestión del Rendimiento aún no se aplica en la mayoría de gobiernos locales.",
  ("Directiva para la Gestión del Rendimiento", "pe:directiva:@directiva-para-la-gestion-del-rendimiento"))
s("unnumbered,que-aprueba,linebreak",
  "El plan se alinea con el Decreto Supremo\nN° 029-2018-PCM que aprueba el Reglamento que regula las Políticas Nacionales.",
  ("Decreto Supremo\nN° 029-2018-PCM", "pe:ds:029-2018-pcm"),
  ("Reglamento que regula las Políticas Nacionales", "pe:ds:029-2018-pcm", ["pe:reglamento:ds-029-2018-pcm"]))
s("tuo,approved-by-before,apposition",
  "El Decreto Supremo N° 082-2019-EF aprobó el Texto Único Ordenado de la Ley N° 30225, Ley de Contrataciones del Estado.",
  ("Decreto Supremo N° 082-2019-EF", "pe:ds:082-2019-ef"),
  ("Texto Único Ordenado de la Ley N° 30225, Ley de Contrataciones del Estado", "pe:ds:082-2019-ef", ["pe:tuo:ds-082-2019-ef"]),
  ("Ley N° 30225, Ley de Contrataciones del Estado", "pe:ley:30225"))
s("tuo,footnote-digits,approved-by",
  "El Texto Único Ordenado de la Ley N° 27444, aprobado por Decreto Supremo N° 004-2019-JUS12, regula el silencio administrativo positivo.",
  ("Texto Único Ordenado de la Ley N° 27444", "pe:ds:004-2019-jus", ["pe:tuo:ds-004-2019-jus"]),
  ("Ley N° 27444", "pe:ley:27444"),
  ("Decreto Supremo N° 004-2019-JUS", "pe:ds:004-2019-jus"))
s("tuo,no-approver,subunit",
  "De acuerdo con el numeral 5.3 del artículo 5 del TUO de la Ley N° 27444, el acto administrativo no puede contravenir normas reglamentarias.",
  ("numeral 5.3 del artículo 5 del TUO de la Ley N° 27444", "pe:tuo:ley-27444", ["pe:ds:004-2019-jus"]),
  ("Ley N° 27444", "pe:ley:27444"))
s("footnote-digits,ds",
  "El Decreto Supremo N° 054-2018-PCM3 aprobó los Lineamientos de Organización del Estado.",
  ("Decreto Supremo N° 054-2018-PCM", "pe:ds:054-2018-pcm"))
# --- names: single adjective, lower case, apposition (decision 7, docs §3)
s("single-adjective,named",
  "Según la Ley Forestal, las concesiones maderables se otorgan por concurso público.",
  ("Ley Forestal", "pe:ley:@ley-forestal"))
s("lowercase,named",
  "La entidad no respondió en el plazo que fija la ley de transparencia y acceso a la información pública, por lo que operó la denegatoria ficta.",
  ("ley de transparencia y acceso a la información pública", "pe:ley:@ley-de-transparencia-y-acceso-a-la-informacion-publica", ["pe:ley:27806"]))
s("apposition:name-number,comma-la-ley",
  "En el marco de la Ley Marco de Modernización de la Gestión del Estado, la Ley N° 27658, las entidades deben orientar su gestión a resultados.",
  ("Ley Marco de Modernización de la Gestión del Estado, la Ley N° 27658", "pe:ley:27658"))
s("apposition:number-name,em-dash,dleg",
  "El Decreto Legislativo N° 1088 — Ley del Sistema Nacional de Planeamiento Estratégico y del Centro Nacional de Planeamiento Estratégico, creó el CEPLAN.",
  ("Decreto Legislativo N° 1088 — Ley del Sistema Nacional de Planeamiento Estratégico y del Centro Nacional de Planeamiento Estratégico", "pe:dleg:1088"))
s("apposition:parens,name-number",
  "La Ley de Contrataciones del Estado (Ley N° 30225) y su reglamento regulan la fase de ejecución contractual.",
  ("Ley de Contrataciones del Estado (Ley N° 30225)", "pe:ley:30225"))
s("numsign:n-superscript-o,apposition",
  "La Ley N.ᵒ 29783, Ley de Seguridad y Salud en el Trabajo, obliga a constituir un comité paritario.",
  ("Ley N.ᵒ 29783, Ley de Seguridad y Salud en el Trabajo", "pe:ley:29783"))
s("acronym,number-only",
  "La Ley N° 27444 (en adelante, LPAG) regula el procedimiento trilateral; conforme a la LPAG, las partes pueden conciliar.",
  ("Ley N° 27444", "pe:ley:27444"), ("LPAG", "pe:ley:27444", None, "conforme a la "))
s("caps,heading,apposition",
  "CAPÍTULO II\nLEY N° 30057, LEY DEL SERVICIO CIVIL\nEl régimen del servicio civil comprende a los funcionarios y servidores.",
  ("LEY N° 30057, LEY DEL SERVICIO CIVIL", "pe:ley:30057"))
s("lowercase,head-and-number,ocr",
  "conforme al decreto supremo nº 004-2013-pcm, la política de modernización es de obligatorio cumplimiento.",
  ("decreto supremo nº 004-2013-pcm", "pe:ds:004-2013-pcm"))
s("space-before-hyphen,numsign:No.",
  "El Decreto Supremo No. 004 -2013-PCM aprobó la política de modernización de la gestión pública.",
  ("Decreto Supremo No. 004 -2013-PCM", "pe:ds:004-2013-pcm"))
# --- dates, s/n (docs §10.4)
s("dated,date-only,rm",
  "La Resolución Ministerial de 4 de octubre de 2011 encargó la supervisión de los proyectos al despacho viceministerial.",
  ("Resolución Ministerial de 4 de octubre de 2011", "pe:rm:f2011-10-04"))
s("dated,de-fecha,rs",
  "Por Resolución Suprema de fecha 12 de marzo de 2015 se designó a los representantes del Estado ante el directorio.",
  ("Resolución Suprema de fecha 12 de marzo de 2015", "pe:rs:f2015-03-12"))
s("dated,del,ds,old",
  "El Decreto Supremo del 19 de octubre de 1945 creó la junta departamental de obras públicas.",
  ("Decreto Supremo del 19 de octubre de 1945", "pe:ds:f1945-10-19"))
s("sn,year",
  "La Resolución Ministerial s/n de 1994 aprobó el primer manual de procedimientos del sector.",
  ("Resolución Ministerial s/n de 1994", "pe:rm:sn-1994"))
s("sn,year,caps-SN",
  "Mediante Decreto Supremo S/N de 1996 se creó la comisión multisectorial encargada del informe.",
  ("Decreto Supremo S/N de 1996", "pe:ds:sn-1996"))
# --- signs and abbreviations (docs §3)
s("dleg,no-sign",
  "El personal contratado bajo el DLeg 1057 tiene derecho a vacaciones remuneradas de treinta días calendario.",
  ("DLeg 1057", "pe:dleg:1057"))
s("dleg,no-sign,dot,named",
  "El D.Leg 1440 derogó la mayor parte de la Ley General del Sistema Nacional de Presupuesto.",
  ("D.Leg 1440", "pe:dleg:1440"),
  ("Ley General del Sistema Nacional de Presupuesto", "pe:ley:@ley-general-del-sistema-nacional-de-presupuesto", ["pe:ley:28411"]))
s("numsign:N°s,list",
  "Mediante Decretos Supremos N°s 044-2020-PCM, 051-2020-PCM y 064-2020-PCM se declaró y prorrogó el Estado de Emergencia Nacional.",
  ("Decretos Supremos N°s 044-2020-PCM", "pe:ds:044-2020-pcm"), ("051-2020-PCM", "pe:ds:051-2020-pcm"), ("064-2020-PCM", "pe:ds:064-2020-pcm"))
s("fffd,numsign",
  f"El Decreto Legislativo N{F} 1252 creó el Sistema Nacional de Programación Multianual y Gestión de Inversiones.",
  (f"Decreto Legislativo N{F} 1252", "pe:dleg:1252"))
s("fffd,numsign,om",
  f"La Ordenanza Municipal N{F}458-2019-MDSJL regula el comercio ambulatorio en el distrito.",
  (f"Ordenanza Municipal N{F}458-2019-MDSJL", "pe:om:458-2019-mdsjl"))
s("sector-split,linebreak,rm",
  "La Resolución Ministerial N° 281-2016-MIN-\nSA aprobó el documento técnico de salud mental comunitaria.",
  ("Resolución Ministerial N° 281-2016-MIN-\nSA", "pe:rm:281-2016-minsa"))
s("sector-split,linebreak,ds",
  "Con el Decreto Supremo N° 004-2021-MIDA-\nGRI se modificó el reglamento de organización y funciones del ministerio.",
  ("Decreto Supremo N° 004-2021-MIDA-\nGRI", "pe:ds:004-2021-midagri"))
s("sector-split,linebreak,rvm,office",
  "La Resolución Viceministerial N° 010-2020-VIVIEN-\nDA/VMVU aprobó los lineamientos de intervención urbana.",
  ("Resolución Viceministerial N° 010-2020-VIVIEN-\nDA/VMVU", "pe:rvm:010-2020-vivienda-vmvu"))
s("eol-sign,res,directiva",
  "Según la Resolución de Contraloría N°\n295-2021-CG, que aprueba la Directiva N° 013-2021-CG/GMPL, el control concurrente es obligatorio.",
  ("Resolución de Contraloría N°\n295-2021-CG", "pe:res:295-2021-cg"), ("Directiva N° 013-2021-CG/GMPL", "pe:directiva:013-2021-cg-gmpl"))
# --- ranges (decision 9)
s("range,yeared-range,du",
  "Los Decretos de Urgencia N° 026-2020 al 029-2020 dictaron medidas excepcionales frente al COVID-19.",
  ("Decretos de Urgencia N° 026-2020", "pe:du:026-2020"), ("Decretos de Urgencia N° 026-2020 al 029-2020", "pe:du:027-2020"),
  ("Decretos de Urgencia N° 026-2020 al 029-2020", "pe:du:028-2020"), ("029-2020", "pe:du:029-2020"))
s("range,a,rm",
  "Las Resoluciones Ministeriales N° 101-2019-MINEDU a 103-2019-MINEDU aprobaron las normas técnicas del año escolar.",
  ("Resoluciones Ministeriales N° 101-2019-MINEDU", "pe:rm:101-2019-minedu"),
  ("Resoluciones Ministeriales N° 101-2019-MINEDU a 103-2019-MINEDU", "pe:rm:102-2019-minedu"), ("103-2019-MINEDU", "pe:rm:103-2019-minedu"))
# --- forms real documents use (docs §10.1, §10.6)
s("acuerdo-concejo,en-dash,N.°",
  "Con Acuerdo de Concejo N.° 021–2023–MPCH se autorizó el viaje del alcalde a la ciudad de Lima.",
  ("Acuerdo de Concejo N.° 021–2023–MPCH", "pe:acm:021-2023-mpch"))
s("jurisprudence:tf,with-norm",
  "Según la RTF N° 09050-5-2017, de observancia obligatoria, el artículo 62 del Código Tributario no faculta a reabrir la fiscalización.",
  ("artículo 62 del Código Tributario", "pe:codigo:@codigo-tributario", ["pe:ds:133-2013-ef"]))
s("extraordinario,abbrev",
  "El D.S. Extraordinario N° 118-PCM-94 estableció las normas de austeridad para el ejercicio.",
  ("D.S. Extraordinario N° 118-PCM-94", "pe:ds:118-1994-pcm"))
s("res-alcaldia,office",
  "La Resolución de Alcaldía N° 0245-2022-MDB/A designó al gerente municipal.",
  ("Resolución de Alcaldía N° 0245-2022-MDB/A", "pe:res:245-2022-mdb-a"))
s("res-ejecutiva-regional",
  "Mediante Resolución Ejecutiva Regional N° 0412-2021-GR-PUNO/GR se conformó el comité de gestión regional.",
  ("Resolución Ejecutiva Regional N° 0412-2021-GR-PUNO/GR", "pe:res:412-2021-gr-puno-gr"))
s("res-gerencial-regional",
  "La Resolución Gerencial Regional N° 087-2020-GRSM/GRDE aprobó el expediente técnico del proyecto.",
  ("Resolución Gerencial Regional N° 087-2020-GRSM/GRDE", "pe:res:087-2020-grsm-grde"))
s("res-gerencia-municipal,directiva",
  "Por Resolución de Gerencia Municipal N° 150-2023-GM/MPC se aprobó la Directiva N° 004-2023-MPC, que regula el fondo para caja chica.",
  ("Resolución de Gerencia Municipal N° 150-2023-GM/MPC", "pe:res:150-2023-gm-mpc"), ("Directiva N° 004-2023-MPC", "pe:directiva:004-2023-mpc"))
s("rd-regional",
  "La Resolución Directoral Regional N° 1234-2019-DRE-CUSCO aprobó el calendario escolar.",
  ("Resolución Directoral Regional N° 1234-2019-DRE-CUSCO", "pe:rd:1234-2019-dre-cusco"))
# --- international and foreign (docs §7, §10.5)
s("international,can,list",
  "Las Decisiones N° 584 y 545 de la Comunidad Andina regulan la seguridad en el trabajo y la migración laboral.",
  ("Decisiones N° 584", "int:can-decision-584"), ("545 de la Comunidad Andina", "int:can-decision-545"))
s("international,can,list,mixed-scope",
  "En aplicación de las Decisiones 351 y 486, el Decreto Legislativo N° 822 regula el derecho de autor.",
  ("Decisiones 351", "int:can-decision-351"), ("486", "int:can-decision-486"), ("Decreto Legislativo N° 822", "pe:dleg:822"))
s("international,un-resolution",
  "La resolución 68/262 de la Asamblea General de las Naciones Unidas reafirmó la integridad territorial de Ucrania.",
  ("resolución 68/262 de la Asamblea General de las Naciones Unidas", "int:onu-ag-res-68-262"))
s("international,un-resolution,old-style",
  "La resolución 2625 (XXV) de la Asamblea General enuncia los principios de derecho internacional.",
  ("resolución 2625 (XXV)", "int:onu-ag-res-2625"))
s("foreign:co,year",
  "A diferencia del Perú, Colombia regula el derecho de petición en la Ley 1755 de 2015.",
  ("Ley 1755 de 2015", "co:ley:1755-2015"))
s("foreign:es,slash",
  "La Ley 39/2015, del Procedimiento Administrativo Común, inspiró la reforma del silencio positivo.",
  ("Ley 39/2015", "es:ley:39-2015"))
s("foreign:ar,country",
  "La Ley 27.275 de Argentina garantiza el derecho de acceso a la información pública.",
  ("Ley 27.275 de Argentina", "ar:ley:27275"))
s("foreign:cl,mixed-scope",
  "Mientras la Ley N° 27806 regula la transparencia en el Perú, la Ley 20.285 de Chile creó un consejo autónomo.",
  ("Ley N° 27806", "pe:ley:27806"), ("Ley 20.285 de Chile", "cl:ley:20285"))
s("jurisprudence:tc,with-norm",
  "En la sentencia recaída en el Expediente N° 0020-2005-PI/TC, el Tribunal Constitucional interpretó el artículo 191 de la Constitución.",
  ("artículo 191 de la Constitución", "pe:const:1993"))
# --- block boundaries: table cells and wrapped lines
s("table-cell,block-boundary,named",
  "Marco normativo\n2002 Ley Orgánica de\nGobiernos Regionales\n2003 Ley Orgánica de\nMunicipalidades",
  ("Ley Orgánica de\nGobiernos Regionales", *LOGR), ("Ley Orgánica de\nMunicipalidades", *LOM))
s("wrapped-line,named",
  "Las funciones en materia agraria se transfirieron según lo previsto en la Ley de Bases de la\nDescentralización y en su normativa de desarrollo.",
  ("Ley de Bases de la\nDescentralización", "pe:ley:@ley-de-bases-de-la-descentralizacion", ["pe:ley:27783"]))
s("bill,with-norm",
  "El Proyecto de Ley N° 2175/2021-CR propone modificar la Ley N° 30057.",
  ("Ley N° 30057", "pe:ley:30057"))
# --- negatives
s("neg:hypothetical,futura", "La futura ley de carrera sanitaria deberá unificar los regímenes laborales del sector.")
s("neg:hypothetical,indefinite", "Se propone que una nueva Ley de Gestión de Recursos Hídricos reconozca a las juntas de usuarios.")
s("neg:anteproyecto", "El anteproyecto de Ley de Gobierno Digital fue prepublicado para recibir comentarios ciudadanos.")
s("neg:jurisprudence:tf", "El Tribunal Fiscal, en la Resolución N° 03812-4-2021, declaró fundada la apelación.")
s("neg:jurisprudence:casacion", "La Casación N° 2456-2018-Lima Norte precisó los alcances de la prescripción adquisitiva.")
s("neg:admin-doc", "Mediante Oficio Múltiple N° 045-2022-MINEDU/VMGP se remitió la programación al gobierno regional.")
s("neg:management-doc", "El Plan Estratégico Sectorial Multianual (PESEM) 2017-2021 fue aprobado por el Consejo Directivo del sector.")
s("neg:common-noun-ley", "Conforme a ley, el directorio sesiona por lo menos una vez al mes y sus acuerdos constan en actas.")
s("neg:table-figure", "El Cuadro N° 12 muestra la ejecución del gasto por fuente de financiamiento entre 2019 y 2022.")

# --- short forms (docs §10.3)
p("citada,article",
  "La Ley N° 30057, Ley del Servicio Civil, establece un régimen único para las entidades. Conforme al artículo 2 de la citada Ley, los servidores se clasifican en cuatro grupos.",
  [("Ley N° 30057, Ley del Servicio Civil", "pe:ley:30057")], [("artículo 2 de la citada Ley", "pe:ley:30057", "2")])
p("dicho-decreto,type-check,skip-nested-law",
  "El Decreto Supremo N° 040-2014-PCM aprobó el Reglamento General de la Ley N° 30057. Dicho decreto entró en vigencia al día siguiente de su publicación.",
  [("Decreto Supremo N° 040-2014-PCM", "pe:ds:040-2014-pcm"), ("Reglamento General de la Ley N° 30057", "pe:ds:040-2014-pcm"), ("Ley N° 30057", "pe:ley:30057")],
  [("Dicho decreto", "pe:ds:040-2014-pcm", None)])
p("misma,ordenanza-regional",
  "La Ordenanza Regional N° 012-2019-GRA/CR reconoce el quechua como lengua oficial en la región. La misma dispone su enseñanza obligatoria en las escuelas rurales.",
  [("Ordenanza Regional N° 012-2019-GRA/CR", "pe:or:012-2019-gra-cr")], [("La misma", "pe:or:012-2019-gra-cr", None)])
p("referido-dleg,type-check",
  "El Decreto Legislativo N° 1272 modificó la Ley N° 27444. El referido Decreto Legislativo incorporó reglas sobre la nulidad de oficio.",
  [("Decreto Legislativo N° 1272", "pe:dleg:1272"), ("Ley N° 27444", "pe:ley:27444")], [("El referido Decreto Legislativo", "pe:dleg:1272", None)])
p("dicha-norma,rj",
  "Mediante Resolución Jefatural N° 076-2016-INEI se aprobó la metodología de cálculo de la pobreza monetaria. Dicha norma fue publicada en el diario oficial El Peruano.",
  [("Resolución Jefatural N° 076-2016-INEI", "pe:rj:076-2016-inei")], [("Dicha norma", "pe:rj:076-2016-inei", None)])
p("presente-ley,quote",
  "El artículo 1 de la Ley N° 30364 dispone que «la presente Ley tiene por objeto prevenir, erradicar y sancionar toda forma de violencia contra las mujeres».",
  [("artículo 1 de la Ley N° 30364", "pe:ley:30364")], [("la presente Ley", "pe:ley:30364", None)])
p("no-antecedent,policy",
  "La Política Nacional de Igualdad de Género orienta la acción del Estado en la materia. El citado reglamento aún no ha sido aprobado.",
  [], [("El citado reglamento", None, None)])
p("acotada-norma,article,du",
  "El Decreto de Urgencia N° 044-2019 estableció medidas para fortalecer la protección de la salud. El artículo 3 de la acotada norma faculta al Ministerio de Salud a contratar personal.",
  [("Decreto de Urgencia N° 044-2019", "pe:du:044-2019")], [("artículo 3 de la acotada norma", "pe:du:044-2019", "3")])
p("precitado-ds,skip-rm",
  "El Decreto Supremo N° 008-2020-SA declaró la emergencia sanitaria y la Resolución Ministerial N° 139-2020-MINSA aprobó el documento técnico de prevención. El precitado Decreto Supremo fue prorrogado hasta diciembre.",
  [("Decreto Supremo N° 008-2020-SA", "pe:ds:008-2020-sa"), ("Resolución Ministerial N° 139-2020-MINSA", "pe:rm:139-2020-minsa")],
  [("El precitado Decreto Supremo", "pe:ds:008-2020-sa", None)])
p("esta-ultima,two-laws",
  "La Ley N° 27785 y la Ley N° 30742 regulan el control gubernamental; esta última fortaleció las facultades de la Contraloría.",
  [("Ley N° 27785", "pe:ley:27785"), ("Ley N° 30742", "pe:ley:30742")], [("esta última", "pe:ley:30742", None)])
p("mencionada-carta-politica",
  "El artículo 139 de la Constitución Política del Perú consagra los principios de la función jurisdiccional. La mencionada Carta Política garantiza además la pluralidad de instancia.",
  [("artículo 139 de la Constitución Política del Perú", "pe:const:1993")], [("La mencionada Carta Política", "pe:const:1993", None)])
p("alias,reglamento,nearer-ds",
  "El Reglamento de la Ley N° 29783, aprobado por Decreto Supremo N° 005-2012-TR (en adelante, el Reglamento), fue modificado por el Decreto Supremo N° 006-2014-TR. El Reglamento exige exámenes médicos ocupacionales.",
  [("Reglamento de la Ley N° 29783", "pe:ds:005-2012-tr"), ("Ley N° 29783", "pe:ley:29783"), ("Decreto Supremo N° 005-2012-TR", "pe:ds:005-2012-tr"),
   ("Decreto Supremo N° 006-2014-TR", "pe:ds:006-2014-tr")],
  [("el Reglamento", "pe:ds:005-2012-tr", None, "en adelante, "), ("El Reglamento", "pe:ds:005-2012-tr", None)])
p("generic-ley,none",
  "La Ley N° 29338 regula el uso y la gestión de los recursos hídricos. En el Perú, la ley debe aplicarse con enfoque intercultural.",
  [("Ley N° 29338", "pe:ley:29338")], [])
p("norma-en-mencion,res-sunat",
  "La Resolución de Superintendencia N° 183-2004/SUNAT aprobó el régimen de detracciones. Según la norma en mención, el adquirente deposita un porcentaje del precio.",
  [("Resolución de Superintendencia N° 183-2004/SUNAT", "pe:res:183-2004-sunat")], [("la norma en mención", "pe:res:183-2004-sunat", None)])
p("mismo-cuerpo-normativo,article,codigo",
  "El artículo 8 del Código de los Niños y Adolescentes reconoce el derecho a vivir en familia. El artículo 9 del mismo cuerpo normativo garantiza la libertad de opinión.",
  # Label corrected after the first run, as fresh7's: a Código with a lexicon number is keyed
  # by it as antecedent (Ley 27337, docs §8).
  [("artículo 8 del Código de los Niños y Adolescentes", "pe:ley:27337")],
  [("artículo 9 del mismo cuerpo normativo", "pe:ley:27337", "9")])
p("citada-resolucion,tribunal,none",
  "La Resolución del Tribunal Fiscal N° 04522-3-2019 declaró nula la apelada. La citada resolución fue notificada en julio.",
  [], [])

SET.write()
