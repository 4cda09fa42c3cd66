//! Canonical ids (docs/legal-references.md §6).
//!
//! In: the parts of a mention as written (type, number, year, issuer, name). Out: the
//! norm-level id `<scope>:<code>:<key>` — `pe:ley:27783`, `pe:ds:004-2013-pcm`,
//! `pe:rm:sn-1998`, `pe:ley:@ley-general-del-ambiente` — plus the text folding (lower
//! case, accents removed, stop words dropped) used to compare names.

/// One Peruvian norm type: its type id, its code in canonical ids and whether its numbers
/// carry a year (`NNN-YYYY[-issuer]`) or are a plain correlative integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormType {
    /// Type id (`decreto_supremo`).
    pub id: &'static str,
    /// Code (`ds`).
    pub code: &'static str,
    /// Numbers carry a year.
    pub yeared: bool,
}

macro_rules! norm_types {
    ($($name:ident = $id:literal, $code:literal, $yeared:literal;)*) => {
        $(#[doc = concat!("`", $id, "` (`", $code, "`).")]
        pub const $name: NormType = NormType { id: $id, code: $code, yeared: $yeared };)*
    };
}

norm_types! {
    CONST = "constitucion", "const", false;
    LEY = "ley", "ley", false;
    RLEG = "resolucion_legislativa", "rleg", false;
    RLEGC = "resolucion_legislativa_congreso", "rlegc", true;
    DLEG = "decreto_legislativo", "dleg", false;
    DL = "decreto_ley", "dl", false;
    DU = "decreto_urgencia", "du", true;
    DS = "decreto_supremo", "ds", true;
    RS = "resolucion_suprema", "rs", true;
    RM = "resolucion_ministerial", "rm", true;
    RVM = "resolucion_viceministerial", "rvm", true;
    RSG = "resolucion_secretaria_general", "rsg", true;
    RD = "resolucion_directoral", "rd", true;
    RJ = "resolucion_jefatural", "rj", true;
    RPE = "resolucion_presidencia_ejecutiva", "rpe", true;
    RPCD = "resolucion_presidencia_consejo_directivo", "rpcd", true;
    RCD = "resolucion_consejo_directivo", "rcd", true;
    RSGD = "resolucion_secretaria_gobierno_digital", "rsgd", true;
    RES = "resolucion", "res", true;
    OR = "ordenanza_regional", "or", true;
    ACR = "acuerdo_consejo_regional", "acr", true;
    ACM = "acuerdo_concejo_municipal", "acm", true;
    DR = "decreto_regional", "dr", true;
    OM = "ordenanza_municipal", "om", true;
    DA = "decreto_alcaldia", "da", true;
    DIRECTIVA = "directiva", "directiva", true;
    NT = "norma_tecnica", "nt", true;
    REGLAMENTO = "reglamento", "reglamento", false;
    TUO = "tuo", "tuo", false;
    CODIGO = "codigo", "codigo", false;
}

/// Sector codes of ministries that extraction may split at a line-end hyphen (`MIN-` /
/// `EDU`): two issuer parts joined by a hyphen that spell one of these are one code.
pub const SECTORS: &[&str] = &[
    "MINEDU", "MINSA", "MINAM", "MINAGRI", "MIDAGRI", "MINCETUR", "MINJUS", "MINJUSDH", "MINTRA", "MIMDES", "MIMP",
    "MIDIS", "MINEM", "MININTER", "MINDEF", "VIVIENDA", "PRODUCE", "MINCUL", "TRABAJO",
];

/// Spanish stop words dropped when names are compared.
pub const STOP_WORDS: &[&str] =
    &["de", "del", "la", "las", "el", "los", "y", "e", "para", "por", "en", "a", "al", "sobre", "que", "lo", "con"];

/// Lower case with the accents removed by the crate's one fold ([`crate::normalize::fold`]),
/// and `ñ` spelled `n` (ids are ASCII).
pub fn fold(s: &str) -> String {
    crate::normalize::fold(s).replace('ñ', "n")
}

/// `Ley General del Ambiente` → `ley-general-del-ambiente`.
pub fn slug(s: &str) -> String {
    let f = fold(s);
    let mut out = String::with_capacity(f.len());
    for c in f.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The folded words of `s` without stop words, for comparing names.
pub fn name_words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(w))
        .map(str::to_string)
        .collect()
}

/// A word without its plural ending (`municipalidades` → `municipalidad`, `bases` →
/// `base`), so that names compare across number.
pub fn stem(w: &str) -> String {
    let n = w.chars().count();
    if n > 5 && w.ends_with("es") {
        w[..w.len() - 2].to_string()
    } else if n > 3 && w.ends_with('s') {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// The stems of `name_words`, joined with spaces: the key names are compared by.
pub fn name_key(s: &str) -> String {
    name_words(s).iter().map(|w| stem(w)).collect::<Vec<_>>().join(" ")
}

/// Digits without leading zeros (`0401` → `401`, `0` stays `0`); thousands dots dropped.
pub fn strip_zeros(num: &str) -> String {
    let digits: String = num.chars().filter(char::is_ascii_digit).collect();
    let t = digits.trim_start_matches('0');
    if t.is_empty() {
        "0".to_string()
    } else {
        t.to_string()
    }
}

/// Without leading zeros and left-padded to 3 digits (`26` → `026`, `0401` → `401`).
pub fn pad3(num: &str) -> String {
    format!("{:0>3}", strip_zeros(num))
}

/// A year as written (`2014`, `93`) as four digits (2-digit years are 19YY).
pub fn year4(y: &str) -> Option<u16> {
    let v: u16 = y.parse().ok()?;
    match y.len() {
        4 if (1800..=2100).contains(&v) => Some(v),
        2 => Some(1900 + v),
        _ => None,
    }
}

/// `CEPLAN/PCD` → `ceplan-pcd`, `EF/50.01` → `ef-50-01`.
pub fn issuer_key(issuer: &str) -> String {
    let mut out = String::new();
    for c in issuer.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    fold(&out)
}

/// The key of a numbered norm: `27783` for plain series, `004-2013-pcm` for yeared ones,
/// `sn-1998` when unnumbered.
pub fn key(t: NormType, number: Option<&str>, year: Option<u16>, issuer: Option<&str>) -> String {
    if !t.yeared {
        return number.map(strip_zeros).unwrap_or_else(|| "sn".to_string());
    }
    let mut parts = Vec::new();
    parts.push(number.map(pad3).unwrap_or_else(|| "sn".to_string()));
    if let Some(y) = year {
        parts.push(y.to_string());
    }
    if let Some(i) = issuer.map(issuer_key).filter(|k| !k.is_empty()) {
        parts.push(i);
    }
    parts.join("-")
}

/// `pe:<code>:<key>`.
pub fn pe(t: NormType, key: &str) -> String {
    format!("pe:{}:{}", t.code, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    type KeyCase<'a> = (NormType, Option<&'a str>, Option<u16>, Option<&'a str>, &'a str);

    #[test]
    fn keys() {
        let cases: &[KeyCase] = &[
            (LEY, Some("27783"), None, None, "27783"),
            (DLEG, Some("0295"), None, None, "295"),
            (DS, Some("004"), Some(2013), Some("PCM"), "004-2013-pcm"),
            (RPCD, Some("26"), Some(2014), Some("CEPLAN/PCD"), "026-2014-ceplan-pcd"),
            (RM, Some("0401"), Some(2014), Some("RE"), "401-2014-re"),
            (RD, Some("001"), Some(2019), Some("EF/50.01"), "001-2019-ef-50-01"),
            (DS, Some("004"), Some(2013), None, "004-2013"),
            (RM, None, Some(1998), None, "sn-1998"),
            (OM, Some("1852"), None, Some("MML"), "1852-mml"),
        ];
        for (t, n, y, i, want) in cases {
            assert_eq!(key(*t, *n, *y, *i), *want);
        }
    }

    #[test]
    fn names() {
        assert_eq!(slug("Ley General del Ambiente"), "ley-general-del-ambiente");
        assert_eq!(slug("Código  Niños, Adolescentes"), "codigo-ninos-adolescentes");
        assert_eq!(name_key("Ley de Bases de la Descentralización"), "ley base descentralizacion");
        assert_eq!(name_key("Ley Orgánica de Municipalidad"), name_key("Ley Orgánica de Municipalidades"));
        assert_eq!(year4("93"), Some(1993));
        assert_eq!(year4("2019"), Some(2019));
        assert_eq!(year4("123"), None);
    }
}
