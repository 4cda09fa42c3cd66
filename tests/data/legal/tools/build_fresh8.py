#!/usr/bin/env python3
"""Builds tests/data/legal/fresh8/citations-dev.jsonl (issue 19, session 7, second batch).

Sentences written by the detector's author from the forms of shared/docs/legal-references.md
(§3 damage and layouts, §4 sub-units, §10) after the fixes fresh7 led to, before any further
change. Run from the repository root: python3 tests/data/legal/tools/build_fresh8.py
"""
from freshset import F, FreshSet

SET = FreshSet("tests/data/legal/fresh8", 8000, "own8")
s, p = SET.s, SET.p

# --- author-year with a bare number (docs §3)
s("author-year,bare-number", "La comisión fue creada con ese fin (Decreto Supremo Nº 030, 2002, Art. 4).",
  ("Decreto Supremo Nº 030, 2002, Art. 4", "pe:ds:030-2002"))
s("author-year,ley", "El acceso es gratuito (Ley N° 27806, 2002, art. 17).",
  ("Ley N° 27806, 2002, art. 17", "pe:ley:27806"))
s("author-year,dleg", "Los contratos son de plazo determinado (Decreto Legislativo N° 1057, 2008, Art. 5).",
  ("Decreto Legislativo N° 1057, 2008, Art. 5", "pe:dleg:1057"))
# --- U+FFFD after an accented letter, inside names and heads (docs §3)
s("fffd,after-accent", f"La Resolució{F}n Ministerial N° 045-2020-MINAM aprobó la guía.",
  (f"Resolució{F}n Ministerial N° 045-2020-MINAM", "pe:rm:045-2020-minam"))
s("fffd,after-accent,named", f"La Ley Orgá{F}nica de Gobiernos Regionales regula el consejo regional.",
  (f"Ley Orgá{F}nica de Gobiernos Regionales", "pe:ley:@ley-organica-de-gobiernos-regionales", ["pe:ley:27867"]))
s("fffd,numsign", f"El Decreto Supremo N{F}{F} 004-2013-PCM aprobó la política.",
  (f"Decreto Supremo N{F}{F} 004-2013-PCM", "pe:ds:004-2013-pcm"))
s("fffd,dropped-accent", f"La Resoluci{F}n Directoral N° 0278-2019-MTC/16 aprobó el estudio.",
  (f"Resoluci{F}n Directoral N° 0278-2019-MTC/16", "pe:rd:278-2019-mtc-16"))
# --- glued and soft hyphens
s("glued,sign", "El Decreto SupremoN° 004-2019-JUS aprobó el texto único ordenado.",
  ("Decreto SupremoN° 004-2019-JUS", "pe:ds:004-2019-jus"))
s("glued,article", "El artículo 5de la Ley N° 27783 define la descentralización.",
  ("artículo 5de la Ley N° 27783", "pe:ley:27783"))
s("soft-hyphen", "La Resolu\u00adción Jefatural N° 045-2018-INEI aprobó los formatos.",
  ("Resolu\u00adción Jefatural N° 045-2018-INEI", "pe:rj:045-2018-inei"))
# --- hyphenation and line breaks
s("hyphenation,linebreak", "La Resolución Vicemi-\nnisterial N° 012-2019-MINEDU aprobó las normas.",
  ("Resolución Vicemi-\nnisterial N° 012-2019-MINEDU", "pe:rvm:012-2019-minedu"))
s("hyphenation,linebreak,named", "El marco es la Ley del Procedimiento Adminis-\ntrativo General y su reglamento.",
  ("Ley del Procedimiento Adminis-\ntrativo General", "pe:ley:@ley-del-procedimiento-administrativo-general", ["pe:ley:27444"]))
s("linebreak,number-split", "El Decreto Supremo N° 004-\n2013-PCM aprobó la política de modernización.",
  ("Decreto Supremo N° 004-\n2013-PCM", "pe:ds:004-2013-pcm"))
s("linebreak,head-split", "La Resolución\nMinisterial N° 0231-2018-RE delegó facultades.",
  ("Resolución\nMinisterial N° 0231-2018-RE", "pe:rm:231-2018-re"))
s("linebreak,blank-line", "Mediante el Decreto Legislativo\n\nN° 1440 se reguló el presupuesto.",
  ("Decreto Legislativo\n\nN° 1440", "pe:dleg:1440"))
s("linebreak,table-cell", "Ley Orgánica de\nMunicipalidades\nLey N° 27972\n2003",
  ("Ley Orgánica de\nMunicipalidades\nLey N° 27972", "pe:ley:27972"))
# --- sub-units and articles (docs §4)
s("subunit,degree", "El artículo 20°, numeral 6 de la Ley N° 28411 regula las transferencias.",
  ("artículo 20°, numeral 6 de la Ley N° 28411", "pe:ley:28411"))
s("subunit,literal", "El literal b) del numeral 3.2 del artículo 3 del Decreto Legislativo N° 1252 define las inversiones.",
  ("literal b) del numeral 3.2 del artículo 3 del Decreto Legislativo N° 1252", "pe:dleg:1252"))
s("article-range", "Los artículos 188 al 199 de la Constitución regulan la descentralización.",
  ("artículos 188 al 199 de la Constitución", "pe:const:1993"))
s("article-after", "La Ley N° 27783, artículo 5, define los objetivos.",
  ("Ley N° 27783, artículo 5", "pe:ley:27783"))
s("article-after,en-su", "El Decreto Supremo N° 054-2018-PCM, en su artículo 3°, define los sistemas.",
  ("Decreto Supremo N° 054-2018-PCM, en su artículo 3°", "pe:ds:054-2018-pcm"))
s("amendment,footnote-style", "Artículo modificado por la Única Disposición Complementaria Modificatoria de la Ley N° 31433.",
  ("Única Disposición Complementaria Modificatoria de la Ley N° 31433", "pe:ley:31433"))
# --- unnumbered instruments approved by a norm
s("unnumbered,approved-by,rj", "El Reglamento del Registro de Archivos, aprobado por Resolución Jefatural N° 242-2018-AGN/J, regula el registro.",
  ("Reglamento del Registro de Archivos", "pe:rj:242-2018-agn-j", ["pe:reglamento:rj-242-2018-agn-j"]), ("Resolución Jefatural N° 242-2018-AGN/J", "pe:rj:242-2018-agn-j"))
s("unnumbered,approved-by,mediante", "Mediante Decreto Supremo N° 017-2017-SA se aprobó el Reglamento de la Ley N° 30021.",
  ("Decreto Supremo N° 017-2017-SA", "pe:ds:017-2017-sa"), ("Reglamento de la Ley N° 30021", "pe:ds:017-2017-sa", ["pe:reglamento:ds-017-2017-sa"]), ("Ley N° 30021", "pe:ley:30021"))
s("unnumbered,directiva,rd", "La Directiva de Tesorería, aprobada por Resolución Directoral N° 002-2007-EF/77.15, rige los pagos.",
  ("Directiva de Tesorería", "pe:rd:002-2007-ef-77-15", ["pe:directiva:rd-002-2007-ef-77-15"]), ("Resolución Directoral N° 002-2007-EF/77.15", "pe:rd:002-2007-ef-77-15"))
s("reglamento,parent", "El Reglamento de la Ley N° 29944 regula los concursos de ascenso.",
  ("Reglamento de la Ley N° 29944", "pe:reglamento:ley-29944"), ("Ley N° 29944", "pe:ley:29944"))
s("tuo,no-approver", "El TUO de la Ley N° 27444 regula la nulidad de oficio.",
  ("TUO de la Ley N° 27444", "pe:tuo:ley-27444", ["pe:tuo:ds-004-2019-jus"]), ("Ley N° 27444", "pe:ley:27444"))
s("tuo,parens", "El Texto Único Ordenado de la Ley N° 27806 (Decreto Supremo N° 021-2019-JUS) fija los plazos.",
  ("Texto Único Ordenado de la Ley N° 27806", "pe:ds:021-2019-jus", ["pe:tuo:ds-021-2019-jus"]), ("Ley N° 27806", "pe:ley:27806"), ("Decreto Supremo N° 021-2019-JUS", "pe:ds:021-2019-jus"))
# --- dated and old numbering
s("dated,de-fecha", "La Resolución Suprema N° 014-2005-RE de fecha 3 de marzo de 2005 autorizó el viaje.",
  ("Resolución Suprema N° 014-2005-RE de fecha 3 de marzo de 2005", "pe:rs:014-2005-re"))
s("dated,sn-full", "La Resolución Ministerial s/n de 12 de marzo de 1998 aprobó el reglamento interno.",
  ("Resolución Ministerial s/n de 12 de marzo de 1998", "pe:rm:f1998-03-12", ["pe:rm:sn-1998"]))
s("sector-first,old", "El Decreto Supremo N° 012-PCM-94 creó la comisión.",
  ("Decreto Supremo N° 012-PCM-94", "pe:ds:012-1994-pcm"))
s("sector-first,rm", "La R.M. N° 0401/RE aprobó el manual, según su texto de 2014.",
  ("R.M. N° 0401/RE", "pe:rm:401-re"))
s("old-numbering,du", "El D.U. N° 011-99 dictó medidas extraordinarias.",
  ("D.U. N° 011-99", "pe:du:011-1999"))
# --- decreto ley, rvm, rcd, acr variants
s("dl,hyphen", "El Decreto-Ley N° 22175 regula las comunidades nativas.",
  ("Decreto-Ley N° 22175", "pe:dl:22175"))
s("dl,no-sign", "El DL 25593 regula las relaciones colectivas de trabajo.",
  ("DL 25593", "pe:dl:25593"))
s("dl,dleg-number", "El D.L. 728 regula la productividad laboral.",
  ("D.L. 728", "pe:dleg:728"))
s("rcd,os-cd", "La Resolución de Consejo Directivo N° 057-2021-OS/CD aprobó los precios en barra.",
  ("Resolución de Consejo Directivo N° 057-2021-OS/CD", "pe:rcd:057-2021-os-cd"))
s("acr,cr-first", "El Acuerdo de Consejo Regional N° 062-2019-CR/GRC.CUSCO encargó la implementación.",
  ("Acuerdo de Consejo Regional N° 062-2019-CR/GRC.CUSCO", "pe:acr:062-2019-cr-grc-cusco"))
s("res,sbs", "La Resolución SBS N° 2116-2009 aprobó el reglamento de riesgo operacional.",
  ("Resolución SBS N° 2116-2009", "pe:res:2116-2009-sbs"))
s("res,jne", "La Resolución N° 0331-2015-JNE aprobó el reglamento de inscripción de listas.",
  ("Resolución N° 0331-2015-JNE", "pe:res:331-2015-jne"))
s("res,contraloria", "La Resolución de Contraloría General N° 320-2006-CG aprobó las normas de control interno.",
  ("Resolución de Contraloría General N° 320-2006-CG", "pe:res:320-2006-cg"))
s("rlegc,list", "Las Resoluciones Legislativas del Congreso N° 005-2021-2022-CR y N° 006-2021-2022-CR modificaron el reglamento.",
  ("Resoluciones Legislativas del Congreso N° 005-2021-2022-CR", "pe:rlegc:005-2021-2022-cr"), ("N° 006-2021-2022-CR", "pe:rlegc:006-2021-2022-cr"))
s("nt,named-number", "La Norma Técnica de Salud N° 021-MINSA/DGSP-V.03 categoriza los establecimientos.",
  ("Norma Técnica de Salud N° 021-MINSA/DGSP-V.03", "pe:nt:021-minsa-dgsp-v-03"))
s("om,municipal-named", "La Ordenanza Municipal N° 2236-MML aprobó el reglamento de anuncios.",
  ("Ordenanza Municipal N° 2236-MML", "pe:om:2236-mml"))
s("da", "El Decreto de Alcaldía N° 004-2020-MDSJL prorrogó el plazo.",
  ("Decreto de Alcaldía N° 004-2020-MDSJL", "pe:da:004-2020-mdsjl"))
# --- apposition and names
s("apposition:parens,number-first", "La Ley N° 30057 (Ley del Servicio Civil) crea el régimen único.",
  ("Ley N° 30057 (Ley del Servicio Civil)", "pe:ley:30057"))
s("apposition:dash,name-first", "La Ley de Contrataciones del Estado – Ley N° 30225 regula los procesos.",
  ("Ley de Contrataciones del Estado – Ley N° 30225", "pe:ley:30225"))
s("apposition:name-number,no-article", "Ley General del Ambiente, Ley N° 28611, artículo 9.",
  ("Ley General del Ambiente, Ley N° 28611, artículo 9", "pe:ley:28611"))
s("named,not-in-lexicon", "La Ley General de Salud regula el derecho a la salud.",
  ("Ley General de Salud", "pe:ley:@ley-general-de-salud"))
s("named,with-number-after", "La Ley General de Salud N° 26842 regula los establecimientos.",
  ("Ley General de Salud N° 26842", "pe:ley:26842"))
s("named,ley-que", "La Ley que regula el teletrabajo, Ley N° 31572, reconoce la desconexión.",
  ("Ley N° 31572", "pe:ley:31572"))
s("lowercase,named,not-in-lexicon", "la ley general de educación regula el sistema educativo.")
s("ellipsis,lowercase-head", "las leyes orgánicas de Gobiernos Regionales y de Municipalidades fijan las competencias.",
  ("leyes orgánicas de Gobiernos Regionales", "pe:ley:@ley-organica-de-gobiernos-regionales", ["pe:ley:27867"]), ("Municipalidades", "pe:ley:@ley-organica-de-municipalidades", ["pe:ley:27972"]))
s("list,mixed-signs", "Los Decretos Supremos Nos. 001-2020-SA, 002-2020-SA y 003-2020-SA dictaron medidas.",
  ("Decretos Supremos Nos. 001-2020-SA", "pe:ds:001-2020-sa"), ("002-2020-SA", "pe:ds:002-2020-sa"), ("003-2020-SA", "pe:ds:003-2020-sa"))
s("list,leyes-numbers-y", "Las Leyes 27444 y 27806 rigen el procedimiento y la transparencia.",
  ("Leyes 27444", "pe:ley:27444"), ("27806", "pe:ley:27806"))
s("jurisprudence:tf,norm-beside", "La Resolución del Tribunal Fiscal N° 03812-4-2021 aplicó el Decreto Supremo N° 133-2013-EF.",
  ("Decreto Supremo N° 133-2013-EF", "pe:ds:133-2013-ef"))
s("neg:ntp", "El producto cumple la NTP-ISO 9001:2015 de gestión de la calidad.")
s("neg:acuerdo-nacional", "El Acuerdo Nacional fijó treinta y cinco políticas de Estado.")
s("neg:resolucion-word", "La resolución de conflictos socioambientales requiere diálogo.")

SET.write()
