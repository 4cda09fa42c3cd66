//! Table-driven tests of the whole detector: spelling variants, lists, ranges, names,
//! articles, offsets and look-alikes that must not be found.

use super::*;

fn ids(text: &str) -> Vec<String> {
    find(text).into_iter().map(|m| m.canonical).collect()
}

#[test]
fn variants_and_negatives() {
    let cases: &[(&str, &[&str])] = &[
        // number signs
        ("Ley N° 27783", &["pe:ley:27783"]),
        ("Ley Nº 27783", &["pe:ley:27783"]),
        ("Ley N.º 27783", &["pe:ley:27783"]),
        ("Ley N.° 27783", &["pe:ley:27783"]),
        ("Ley No. 27783", &["pe:ley:27783"]),
        ("Ley Nro. 27783", &["pe:ley:27783"]),
        ("Ley Núm. 27783", &["pe:ley:27783"]),
        ("Ley número 27783", &["pe:ley:27783"]),
        ("Ley 27783", &["pe:ley:27783"]),
        ("LEY N°27783", &["pe:ley:27783"]),
        ("Ley N°\n\n27783", &["pe:ley:27783"]),
        // a space as thousands separator after a number sign
        ("Ley N° 31 433 y Ley Nro. 27 867", &["pe:ley:31433", "pe:ley:27867"]),
        ("Ley\u{00AD} N\u{FFFD}° 27783", &["pe:ley:27783"]),
        // an OCR-damaged sign (`°` read as `*`), with a damaged accent in the head
        ("la Resoluci\u{FFFD}n Ministerial N* 0153-2020-MINAM aprobó", &["pe:rm:153-2020-minam"]),
        ("Ley N * 27783", &["pe:ley:27783"]),
        // decrees and resolutions
        // abbreviated resolutions of other kinds: administrative, of an executive direction
        ("por R.A. N° 000372-2021-CE-PJ se dispuso", &["pe:res:372-2021-ce-pj"]),
        ("con R.D.E. N° 112-2022-MIDAGRI-SERFOR-DE se aprobaron", &["pe:res:112-2022-midagri-serfor-de"]),
        ("con RDE N° 112-2022-MIDAGRI-SERFOR-DE se aprobaron", &["pe:res:112-2022-midagri-serfor-de"]),
        ("D.S. N° 017-93-JUS", &["pe:ds:017-1993-jus"]),
        ("D. S. Nº 015–92–PCM", &["pe:ds:015-1992-pcm"]),
        ("DS 087-2004-PCM", &["pe:ds:087-2004-pcm"]),
        ("D.S.N°054-2011-PCM", &["pe:ds:054-2011-pcm"]),
        ("Decreto Su-\npremo N° 005-2018-RE", &["pe:ds:005-2018-re"]),
        ("Decreto Supremo N° 0231-\n2018-RE", &["pe:ds:231-2018-re"]),
        ("Decreto Supremo Nº 030-2002-PCM12, que", &["pe:ds:030-2002-pcm"]),
        ("(Decreto Supremo Nº 030, 2002, Art. 4)", &["pe:ds:030-2002"]),
        ("(Decreto Legislativo N° 1057, 2008, Art. 5)", &["pe:dleg:1057"]),
        ("(D. Leg. N° 1440, 2018)", &["pe:dleg:1440"]),
        ("los Decretos Legislativos N° 1436, 1439 y 1440", &["pe:dleg:1436", "pe:dleg:1439", "pe:dleg:1440"]),
        ("Ley Nª 29664", &["pe:ley:29664"]),
        ("D.S. N° 112 de 4 de mayo de 1962", &["pe:ds:112-1962"]),
        // doubled initials for the plural
        ("los DD.SS. N° 004-2020-SA y 005-2020-SA", &["pe:ds:004-2020-sa", "pe:ds:005-2020-sa"]),
        ("las RR.MM. N° 101-2021-MINEDU y 102-2021-MINEDU", &["pe:rm:101-2021-minedu", "pe:rm:102-2021-minedu"]),
        ("Decreto Legislativo N° 1057", &["pe:dleg:1057"]),
        ("D. Leg. 276 y Dec. Leg. 728", &["pe:dleg:276", "pe:dleg:728"]),
        ("D.L. 25993 y D.L. 719", &["pe:dl:25993", "pe:dleg:719"]),
        ("Decreto-Ley N° 17716", &["pe:dl:17716"]),
        ("Decreto N° 1252", &["pe:dleg:1252"]),
        ("Ley Nº 719", &["pe:dleg:719"]),
        ("D.U. N° 025-2020", &["pe:du:025-2020"]),
        ("R.M. N° 0612/RE-2017", &["pe:rm:612-2017-re"]),
        ("Resolución Ministerial N° 0401-RE, de 27 de junio de 2014", &["pe:rm:401-2014-re"]),
        ("(RM s/n, 1998, Art. 5)", &["pe:rm:sn-1998"]),
        ("R.V.M. N° 012-2019-MINEDU", &["pe:rvm:012-2019-minedu"]),
        ("R.J. N° 045-2018-INEI", &["pe:rj:045-2018-inei"]),
        ("Resolución Directoral Regional N° 0123-2019-DRE", &["pe:rd:123-2019-dre"]),
        ("Resolución de Contraloría N° 146-2019-CG", &["pe:res:146-2019-cg"]),
        ("Ordenanza Municipal N° 015-2018-MDL", &["pe:om:015-2018-mdl"]),
        ("Norma Técnica de Salud N° 021-2019-MINSA/DGSP", &["pe:nt:021-2019-minsa-dgsp"]),
        // abbreviations of regional and municipal types, spaced heads, DL without a sign
        ("R.D.R. N° 0874-2023-GRA/GREA", &["pe:rd:874-2023-gra-grea"]),
        ("la R.E.R. N° 0219-2023-GR-CUSCO/GR", &["pe:res:219-2023-gr-cusco-gr"]),
        ("con R.G.G.R. N° 045-2021-GRA/GGR", &["pe:res:045-2021-gra-ggr"]),
        ("la R.G.R. N° 112-2023-GRL-GRDS", &["pe:res:112-2023-grl-grds"]),
        ("el D.A. N° 004-2020-MDSJL", &["pe:da:004-2020-mdsjl"]),
        ("la Res. Min. N° 125-2013-PCM", &["pe:rm:125-2013-pcm"]),
        ("el D. Ley N° 26002 y el D.Ley 25993", &["pe:dl:26002", "pe:dl:25993"]),
        ("Resolución Vice Ministerial N° 012-2019-MINEDU", &["pe:rvm:012-2019-minedu"]),
        ("según el DL 1057 y el DL 25993", &["pe:dleg:1057", "pe:dl:25993"]),
        ("la R.P.E. N° 021-2019-SERVIR-PE", &["pe:rpe:021-2019-servir-pe"]),
        ("la R.P.C.D. N° 026-2014-CEPLAN/PCD", &["pe:rpcd:026-2014-ceplan-pcd"]),
        ("la R.C.D. N° 123-2014-CD/OSIPTEL", &["pe:rcd:123-2014-cd-osiptel"]),
        ("la O.M. N° 015-2018-MDL", &["pe:om:015-2018-mdl"]),
        ("el Acuerdo de Consejo N° 087-2019-MML", &["pe:acm:087-2019-mml"]),
        ("el Acuerdo de Consejo N° 012-2019-GRA/CR", &["pe:acr:012-2019-gra-cr"]),
        ("el Acuerdo de Consejo Directivo N° 012-2019-SUNEDU/CD", &[]),
        ("la NTS N° 134-MINSA/2017/DGIESP", &["pe:nt:134-2017-minsa-dgiesp"]),
        (
            "la Resolución de Superintendencia Nacional de Aduanas y de Administración Tributaria N° 109-2000/SUNAT",
            &["pe:res:109-2000-sunat"],
        ),
        (
            "la Ley del Código de Ética de la Función Pública",
            &["pe:ley:@ley-del-codigo-de-etica-de-la-funcion-publica"],
        ),
        // lists and ranges
        ("Leyes N° 27783, 27867 y 27972", &["pe:ley:27783", "pe:ley:27867", "pe:ley:27972"]),
        ("Decretos Legislativos N° 1440 al 1442", &["pe:dleg:1440", "pe:dleg:1441", "pe:dleg:1442"]),
        ("(Ley Nº 27444, 2001, Art. 3)", &["pe:ley:27444"]),
        ("la Ley N° 27783, 10 de sus artículos", &["pe:ley:27783"]),
        // constitution
        ("artículo 2 de la Constitución Política del Perú", &["pe:const:1993"]),
        ("la Constitución de 1933", &["pe:const:1933"]),
        // named laws and document linking
        ("la Ley de Bases de la Descentralización", &["pe:ley:27783"]),
        ("Ley del Servicio Civil, Ley N° 30057", &["pe:ley:30057"]),
        ("el Código Penal", &["pe:dleg:635"]),
        // a Decreto Legislativo by its name alone, and with its number in apposition
        (
            "el Decreto Legislativo del Sistema Nacional de Abastecimiento rige",
            &["pe:dleg:@decreto-legislativo-del-sistema-nacional-de-abastecimiento"],
        ),
        ("el Decreto Legislativo N° 1439, que aprueba", &["pe:dleg:1439"]),
        ("la Ley del Servicio Exterior Mexicano", &["mx:ley:@ley-del-servicio-exterior-mexicano"]),
        // each foreign law takes the country named nearest to it
        ("La Ley 1437 de 2011 de Colombia y la Ley 39/2015 de España.", &["co:ley:1437-2011", "es:ley:39-2015"]),
        ("la Ley General de Salud N° 26842", &["pe:ley:26842"]),
        ("Reglamento de la Ley N° 27444", &["pe:reglamento:ley-27444", "pe:ley:27444"]),
        (
            "la Ley N° 28044 y su Reglamento, aprobado por Decreto Supremo N° 011-2012-ED",
            &["pe:ley:28044", "pe:reglamento:ds-011-2012-ed", "pe:ds:011-2012-ed"],
        ),
        ("la Ley N° 28044 y su Reglamento establecen", &["pe:ley:28044"]),
        // a qualifier after the possessive head
        (
            "la Ley N° 30057 y su Reglamento General, aprobado por Decreto Supremo N° 040-2014-PCM",
            &["pe:ley:30057", "pe:reglamento:ds-040-2014-pcm", "pe:ds:040-2014-pcm"],
        ),
        ("la Ley N° 30057 y su Reglamento General establecen", &["pe:ley:30057"]),
        // a definite capitalised head right before its approving norm
        (
            "conforme a la Ley N° 29338 y al Reglamento aprobado por D.S. N° 001-2010-AG",
            &["pe:ley:29338", "pe:reglamento:ds-001-2010-ag", "pe:ds:001-2010-ag"],
        ),
        ("la Ley N° 29338 y el reglamento aprobado por D.S. N° 001-2010-AG", &["pe:ley:29338", "pe:ds:001-2010-ag"]),
        ("el Reglamento de Organización y Funciones aprobado por D.S. N° 001-2010-AG", &["pe:ds:001-2010-ag"]),
        // other States' constitutions are foreign norms, never Peru's
        ("la Constitución Política de la República de Chile y la Constitución", &["cl:const:1980", "pe:const:1993"]),
        ("la Resolución Legislativa del Congreso N° 004-2019-2020-CR", &["pe:rlegc:004-2019-2020-cr"]),
        // an instrument after its decree and a spaced dash is not an issuer segment (in
        // apposition right after its decree, it is that decree's mention)
        ("el Decreto Supremo N° 004-2019-JUS – TUO de la Ley N° 27444 regula", &["pe:ds:004-2019-jus", "pe:ley:27444"]),
        ("la Ley N°: 27444 regula", &["pe:ley:27444"]),
        (
            "el Decreto Supremo Nº 004-2019-JUS (TUO de la Ley N° 27444) rige",
            &["pe:ds:004-2019-jus", "pe:tuo:ds-004-2019-jus", "pe:ley:27444"],
        ),
        (
            "el TUO de la Ley N° 27444 fue aprobado por D.S. N° 004-2019-JUS",
            &["pe:tuo:ds-004-2019-jus", "pe:ley:27444", "pe:ds:004-2019-jus"],
        ),
        (
            "con el Decreto Supremo N° 009-2010-PCM se aprobó el Reglamento de la Ley N° 28875",
            &["pe:ds:009-2010-pcm", "pe:reglamento:ds-009-2010-pcm", "pe:ley:28875"],
        ),
        ("la Ley Marco de Modernización de la Ges\ntión del Estado", &["pe:ley:27658"]),
        ("la Ley de Bases de\nla Descentralización", &["pe:ley:27783"]),
        // U+FFFD for an accented letter or the degree sign
        ("la Resoluci\u{FFFD}n Jefatural N\u{FFFD}012-2019-INEI", &["pe:rj:012-2019-inei"]),
        ("la Constituci\u{FFFD}n Pol\u{FFFD}tica del Per\u{FFFD}", &["pe:const:1993"]),
        // elided heads: `y de`, `como la de`, lower-case conjuncts the lexicon knows, codes
        ("la Ley Orgánica de Gobiernos Regionales y de Municipalidades", &["pe:ley:27867", "pe:ley:27972"]),
        ("la Ley del Servicio Civil y la de Contrataciones del Estado", &["pe:ley:30057", "pe:ley:30225"]),
        ("las leyes del servicio civil y de contrataciones del estado rigen", &["pe:ley:30057", "pe:ley:30225"]),
        ("los Códigos Civil y Procesal Penal", &["pe:dleg:295", "pe:dleg:957"]),
        ("la Ley de Fomento Rural y de Semillas Nativas", &["pe:ley:@ley-de-fomento-rural-y-de-semillas-nativas"]),
        // a name restated with its number after an article is one mention
        ("la Ley General del Ambiente, la Ley N° 28611, dispone", &["pe:ley:28611"]),
        (
            "la Ley General del Ambiente, la Ley N° 27444 y la Ley N° 29158",
            &["pe:ley:28611", "pe:ley:27444", "pe:ley:29158"],
        ),
        // a consolidated text named like the law, keyed by its decree; in parentheses
        (
            "la Ley del Impuesto a la Renta, aprobada por Decreto Supremo N° 179-2004-EF",
            &["pe:tuo:ds-179-2004-ef", "pe:ds:179-2004-ef"],
        ),
        (
            "el Reglamento de la Ley N° 29783 (Decreto Supremo N° 005-2012-TR)",
            &["pe:reglamento:ds-005-2012-tr", "pe:ley:29783", "pe:ds:005-2012-tr"],
        ),
        (
            "el Decreto Supremo N° 005-2012-TR, por el cual se aprobó el Reglamento de Seguridad Minera",
            &["pe:ds:005-2012-tr", "pe:reglamento:ds-005-2012-tr"],
        ),
        // one or two digits: a law; with a year, another State's; glued heads
        ("la Ley N° 25 y la Ley N° 052", &["pe:ley:25", "pe:dleg:52"]),
        ("la Ley 99 de 1993 de Colombia", &["co:ley:99-1993"]),
        ("el DecretoSupremo N° 005-2012-TR", &["pe:ds:005-2012-tr"]),
        // an abbreviated head takes `Extraordinario` as the full one does
        ("el D.S. Extraordinario N° 118-PCM-94 rige", &["pe:ds:118-1994-pcm"]),
        // an issuer in lower case only when it is a sector code
        ("conforme al decreto supremo nº 004-2013-pcm, la", &["pe:ds:004-2013-pcm"]),
        ("la Ley N° 27444-en su artículo", &["pe:ley:27444"]),
        // a descriptive title (`que` and a verb) is a mention only when approved
        (
            "el Decreto Supremo N° 029-2018-PCM que aprueba el Reglamento que regula las Políticas Nacionales",
            &["pe:ds:029-2018-pcm", "pe:reglamento:ds-029-2018-pcm"],
        ),
        ("el Reglamento que regula las Políticas Nacionales rige", &[]),
        // a regulation not yet in force: only the law is cited
        ("el futuro Reglamento de la Ley N° 31814 regulará", &["pe:ley:31814"]),
        ("un nuevo Reglamento de la Ley N° 30225", &["pe:ley:30225"]),
        ("el nuevo Reglamento de la Ley N° 30225", &["pe:reglamento:ley-30225", "pe:ley:30225"]),
        // number and title separated only by a space (a table row, a heading)
        ("1 Ley N° 28611 Ley General del Ambiente 2", &["pe:ley:28611"]),
        // look-alikes
        ("una eventual Ley de Bosques Comunales", &[]),
        ("Proyecto de Ley N° 1234/2016-CR", &[]),
        ("Cuadro N° 3, Gráfico N° 01, Tabla N° 5, Anexo N° 2", &[]),
        ("Oficio N° 0234-2019-RE/DGA e Informe N° 045-2018-APCI/DOC", &[]),
        ("Expediente N° 0008-2003-AI/TC; Casación N° 1234-2019-Lima", &[]),
        // decisions of administrative tribunals (TCE, TSC, the OEFA's TFA)
        ("Resolución N° 1234-2019-TCE-S1 y Resolución N° 145-2024-OEFA/TFA-SE", &[]),
        ("PESEM 2017-2021, PEI 2019-2022, Agenda 2030", &[]),
        ("la ley de la oferta y la demanda y la ley del más fuerte", &[]),
        ("RUC 20131380951, DNI 45678912, ISBN 978-9972-2676-1-5", &[]),
        ("Sala N° 2 y Objetivo Estratégico N° 1", &[]),
        ("en 2019 y en 1998", &[]),
        ("la resolución de la imagen", &[]),
        ("Ley 2002", &[]),
        ("el Decreto Supremo que aprueba el reglamento", &[]),
        ("DS del sector", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(&ids(text), want, "{text:?}");
    }
}

#[test]
fn gazette_summary_headings_link_the_approved_instrument() {
    let cases: &[(&str, &[&str])] = &[
        // the gazette's summary heading: the regulation is the decree's
        (
            "DECRETO SUPREMO N° 053-2022-PCM.- APRUEBAN EL REGLAMENTO DE LA LEY N° 31419, LEY QUE ESTABLECE DISPOSICIONES",
            &["pe:ds:053-2022-pcm", "pe:reglamento:ds-053-2022-pcm", "pe:ley:31419"],
        ),
        (
            "DECRETO SUPREMO N° 004-2019-JUS.- Decreto Supremo que aprueba el Texto Único Ordenado de la Ley N° 27444",
            &["pe:ds:004-2019-jus", "pe:tuo:ds-004-2019-jus", "pe:ley:27444"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&ids(text), want, "{text}");
    }
}

#[test]
fn foreign_names_codes_and_eu_acts_follow_the_docs_keys() {
    let cases: &[(&str, &[&str])] = &[
        // docs §7 / §10.5: a foreign law by name is keyed by its name, the country left out
        ("La Ley General de Educación de Colombia fue citada.", &["co:ley:@ley-general-de-educacion"]),
        (
            "La Ley Federal de Procedimiento Administrativo de México es de 1994.",
            &["mx:ley:@ley-federal-de-procedimiento-administrativo"],
        ),
        // a code with its country after it is that country's, never a Peruvian code
        ("El Código Orgánico Administrativo de Ecuador rige.", &["ec:codigo:@codigo-organico-administrativo"]),
        ("El Código Orgánico Integral Penal del Ecuador sanciona.", &["ec:codigo:@codigo-organico-integral-penal"]),
        ("El Código Civil chileno regula los contratos.", &["cl:codigo:@codigo-civil"]),
        ("El Código Civil de Chile regula los contratos.", &["cl:codigo:@codigo-civil"]),
        ("El Código Civil de 1984 regula los contratos.", &["pe:dleg:295"]),
        ("El Código Civil del Perú regula los contratos.", &["pe:dleg:295"]),
        // EU acts: `(UE)` after a name, or a directive numbered YYYY/N of the Union
        ("El Reglamento General de Protección de Datos (UE) 2016/679 rige en Europa.", &["eu:reglamento:2016-679"]),
        ("La Directiva 2019/1937 de la Unión Europea protege a los denunciantes.", &["eu:directiva:2019-1937"]),
        ("La Directiva (UE) 2019/1937 protege a los denunciantes.", &["eu:directiva:2019-1937"]),
        ("La Directiva N° 001-2019-CG/NORM rige.", &["pe:directiva:001-2019-cg-norm"]),
        // a thousands-dotted law takes the nearest country
        ("La Ley 25.326 de Protección de Datos Personales de Argentina es de 2000.", &["ar:ley:25326"]),
        // the country of the law's own sentence before a nearer one of the sentence before
        (
            "El Código Orgánico Integral Penal del Ecuador rige. La Ley 25.326 de Protección de Datos Personales de Argentina es de 2000.",
            &["ec:codigo:@codigo-organico-integral-penal", "ar:ley:25326"],
        ),
        // trade agreements with the United States: `peru-eeuu` (shared set, decision 20)
        ("El Acuerdo de Promoción Comercial Perú–Estados Unidos rige.", &["int:tlc:peru-eeuu"]),
        ("El TLC con los EE.UU. rige.", &["int:tlc:peru-eeuu"]),
    ];
    for (text, want) in cases {
        assert_eq!(&ids(text), want, "{text}");
    }
}

#[test]
fn lists_of_yearless_items_and_appositions_before_a_sentence_end() {
    let cases: &[(&str, &[&str])] = &[
        // a yearless item continues a list when the one before has no year and the issuer is
        // the same
        ("Las Ordenanzas N° 1852-MML y 1853-MML rigen.", &["pe:om:1852-mml", "pe:om:1853-mml"]),
        ("Las R.M. N° 0401-RE al 0403-RE", &["pe:rm:401-re", "pe:rm:402-re", "pe:rm:403-re"]),
        ("la Ordenanza N° 1852-MML y 1853-MDSJL", &["pe:om:1852-mml"]),
        ("el D.S. N° 004-2013-PCM y 012-PCM", &["pe:ds:004-2013-pcm"]),
        // a name and its number stay one mention when another mention opens the next sentence
        (
            "Se modificó la Ley Orgánica de Municipalidades, Ley N° 27972. El D.U. N° 037-94 rige.",
            &["pe:ley:27972", "pe:du:037-1994"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&ids(text), want, "{text:?}");
    }
    let m = find("Se modificó la Ley Orgánica de Municipalidades, Ley N° 27972. El D.U. N° 037-94 rige.");
    assert_eq!(m[0].text, "Ley Orgánica de Municipalidades, Ley N° 27972", "{m:?}");
}

#[test]
fn document_links_names_to_numbers() {
    let texts = [
        "La Ley Orgánica del Servicio Exterior Andino, Ley N° 31999, regula la carrera.",
        "Según la Ley Orgánica del Servicio Exterior Andino, los funcionarios rotan.",
        "La Ley Orgánica de Gobiernos Regionales rige aquí.",
    ];
    let got = find_in_document(&texts);
    assert_eq!(got[0].iter().map(|m| m.canonical.as_str()).collect::<Vec<_>>(), ["pe:ley:31999"]);
    assert_eq!(got[1].iter().map(|m| m.canonical.as_str()).collect::<Vec<_>>(), ["pe:ley:31999"]);
    assert_eq!(got[2].iter().map(|m| m.canonical.as_str()).collect::<Vec<_>>(), ["pe:ley:27867"]);
}

#[test]
fn a_misprinted_apposition_does_not_relink_the_name() {
    let texts = [
        "La Ley Orgánica de Municipalidades, Ley N° 27792, regula el concejo.",
        "La Ley Orgánica de Municipalidades, Ley N° 27972, regula las rentas.",
        "Según la Ley Orgánica de Municipalidades, los regidores fiscalizan.",
    ];
    let got = find_in_document(&texts);
    assert_eq!(got[2].iter().map(|m| m.canonical.as_str()).collect::<Vec<_>>(), ["pe:ley:27972"]);
    let texts = [
        "la Ley del Agua Andina, Ley N° 31888",
        "la Ley del Agua Andina, Ley N° 31889",
        "la Ley del Agua Andina, Ley N° 31888",
        "la Ley del Agua Andina",
    ];
    let got = find_in_document(&texts);
    assert_eq!(got[3].iter().map(|m| m.canonical.as_str()).collect::<Vec<_>>(), ["pe:ley:31888"]);
}

#[test]
fn an_issuer_cut_by_a_block_boundary_completes_the_mention() {
    let got = find_in_document(&["Según el Decreto Supremo N° 004-2013-", "PCM rige la gestión."]);
    let all: Vec<_> = got.iter().flatten().map(|m| m.canonical.as_str()).collect();
    assert_eq!(all, ["pe:ds:004-2013-pcm"], "{got:?}");
    let got = find_in_document(&["Según el Decreto Supremo N° 004-", "2013-PCM rige la gestión."]);
    let all: Vec<_> = got.iter().flatten().map(|m| m.canonical.as_str()).collect();
    assert_eq!(all, ["pe:ds:004-2013-pcm"], "{got:?}");
}

#[test]
fn fields_and_offsets() {
    let text = "Véase el artículo 5 de la Ley N°\n27783 y el D.S. N° 017-93-JUS.";
    let found = find(text);
    assert_eq!(found.len(), 2);
    let ley = &found[0];
    assert_eq!(ley.article.as_deref(), Some("5"));
    assert_eq!(ley.text, "Ley N° 27783");
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[ley.start..ley.end].iter().collect::<String>(), "Ley N°\n27783");
    let ds = &found[1];
    assert_eq!((ds.number.as_deref(), ds.year, ds.issuer.as_deref()), (Some("017"), Some(1993), Some("JUS")));
    assert_eq!(chars[ds.start..ds.end].iter().collect::<String>(), "D.S. N° 017-93-JUS");
}

#[test]
fn hostile_inputs_do_not_panic() {
    let long = "Ley N° 1 ".repeat(5000);
    let inputs = [
        "",
        "N°",
        "Ley",
        "Ley N°",
        "Decretos Legislativos N° 1 al 99999999",
        "\u{FFFD}\u{00AD}",
        long.as_str(),
        "Ley N° 27783 al",
        "(ªªªª). Ley N° 27444. Ley (2ªªª). Ley N° 1. Ley",
        "Pérez, J. (2019). ). ). Ley N° 27444",
    ];
    for t in inputs {
        let _ = find(t);
    }
    assert!(find("Decretos Legislativos N° 1 al 99999999").len() <= 60);
}

/// The gates before a pattern hold for every match of it.
#[test]
fn gates_are_necessary_conditions() {
    for w in [
        "el Reglamento de la ",
        "del Texto Único Ordenado de la ",
        "el TUO de ",
        "T.U.O. del ",
        "REGLAMENTO GENERAL DE LA ",
    ] {
        assert!(may_be_derived_head(w) && DERIVED_HEAD.is_match(w), "{w}");
    }
    assert!(!may_be_derived_head("conforme a la "));
    for r in [" (en adelante, la Ley)", ", (En lo sucesivo, el Reglamento)", "(EN ADELANTE el TUO)"] {
        assert!(shortforms::opens_alias(r), "{r}");
    }
    assert!(!shortforms::opens_alias(", que aprueba"));
}

#[test]
fn approvals_spelled_otherwise_link_the_instrument() {
    let cases: &[(&str, &[&str])] = &[
        // `su Reglamento, que se aprobó con …` and `su Reglamento (aprobado por …)`
        (
            "Rige la Ley N° 29111 y su Reglamento, que se aprobó con Decreto Supremo Nº 021-2012-PRODUCE.",
            &["pe:ley:29111", "pe:reglamento:ds-021-2012-produce", "pe:ds:021-2012-produce"],
        ),
        (
            "Rige la Ley N° 29111 y su Reglamento (aprobado por Decreto Supremo Nº 021-2012-PRODUCE), en lo aplicable.",
            &["pe:ley:29111", "pe:reglamento:ds-021-2012-produce", "pe:ds:021-2012-produce"],
        ),
        // `<decree> aprobó el nuevo reglamento de …`: a regulation in force, the decree's
        (
            "El Decreto Supremo N° 005-2023-MTC aprobó el nuevo reglamento de la Ley Nº 28222.",
            &["pe:ds:005-2023-mtc", "pe:reglamento:ds-005-2023-mtc", "pe:ley:28222"],
        ),
        // a TUO named after a code that is itself a TUO is that TUO
        (
            "Según el TUO del Código Tributario, la deuda prescribe.",
            &["pe:tuo:ds-133-2013-ef", "pe:tuo:ds-133-2013-ef"],
        ),
        // a reference entry: the title after the decree and a period is the decree's
        (
            "Ministerio de Salud. (2018). Decreto Supremo 011-2018-SA. TUO de la Ley 26842, Ley General de Salud.",
            &["pe:ds:011-2018-sa", "pe:ley:26842"],
        ),
        // ... and a law's title after its number and a period is one mention
        ("Congreso de la República. (2011). Ley N° 29783. Ley de Seguridad en el Trabajo.", &["pe:ley:29783"]),
        ("Se cita la Ley N° 30057. Ley del Servicio Civil, en su artículo 2.", &["pe:ley:30057"]),
    ];
    for (text, want) in cases {
        assert_eq!(&ids(text), want, "{text}");
    }
}

#[test]
fn customs_tax_and_un_numbers() {
    let cases: &[(&str, &[&str])] = &[
        // an office code starting with digits (a customs intendencia) belongs to the issuer
        ("aprobado por Resolución de Intendencia Nacional N° 08-2016-SUNAT/5F0000.", &["pe:res:008-2016-sunat-5f0000"]),
        // `R.S.` with a superintendency's issuer is a Resolución de Superintendencia
        ("según la R.S. N° 014-2008/SUNAT y la R.S. N° 088-2018-RE", &["pe:res:014-2008-sunat", "pe:rs:088-2018-re"]),
        ("la Resolución Suprema N° 014-2008-SUNAT", &["pe:rs:014-2008-sunat"]),
        // a UN General Assembly resolution is not a Peruvian `N/YY`
        ("adoptada por la Asamblea General en su resolución 53/144, de 9 de diciembre.", &["int:onu-ag-res-53-144"]),
        // OCR's `N 0` for `N°`
        ("la Ley N 0 28044, Ley General de Educación", &["pe:ley:28044"]),
        (
            "Convenio de Budapest y Convenio de Minamata",
            &["int:convenio-budapest-ciberdelincuencia-2001", "int:convenio-minamata-mercurio-2013"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&ids(text), want, "{text}");
    }
}

#[test]
fn norms_in_the_title_of_a_persons_work_are_not_cited() {
    let none = [
        "Rubio Correa, M. (2005). La Constitución de 1993 y sus reformas (3.ª ed.). Fondo Editorial.",
        "Guzmán Napurí, C., & Pérez, L. (2017). Manual de la Ley del Procedimiento Administrativo General. Pacífico.",
        "Ramos, J. (2020, 4 de mayo). Apuntes sobre el Decreto Legislativo N° 1057. Revista Jurídica, 12(3), 4-9.",
    ];
    for text in none {
        assert!(ids(text).is_empty(), "{text}: {:?}", ids(text));
    }
    // Parentheses that are no date (an edition with a multi-byte ordinal) are passed over.
    let odd = "Ley N° 27444 (14.ª ed., Vol. 1). Rubio, M. (14.ª ed.). Ley N° 30057 (2019a, x). Título.";
    assert_eq!(ids(odd), ["pe:ley:27444", "pe:ley:30057"], "{odd}");
    // An institution's entry for a norm, and a norm cited after the title, are cited.
    let cases: &[(&str, &[&str])] = &[
        ("Congreso de la República. (1993). Constitución Política del Perú. El Peruano.", &["pe:const:1993"]),
        (
            "Rubio Correa, M. (2005). Estudio de la Constitución. Fondo Editorial. Véase la Ley N° 27444.",
            &["pe:ley:27444"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&ids(text), want, "{text}");
    }
}
