//! Acronyms a document defines for a norm (`Ley N° 27444, Ley del Procedimiento
//! Administrativo General (en adelante, LPAG)`) and their later uses (`el artículo 3 de la
//! LPAG`).
//!
//! In: the prepared texts of a document with their resolved candidates. Out: the acronyms
//! defined right after a mention, in parentheses, with that mention's norm — when the text
//! says so (`en adelante`, `en lo sucesivo`), or else only when the acronym spells the
//! mention's initials, starting with its head (`LPAG` for `Ley … del
//! Procedimiento Administrativo General`; not `SINDCINR` after `Ley que crea el Sistema
//! Nacional …`, which names the system) — the first definition of an acronym winning and
//! one defined for two different norms dropped; and for
//! each text the candidates of the acronym's other uses, with their articles. An acronym
//! the document does not define is never resolved, however well known (`LOPE` may name
//! another law in another document).

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::re::Regex;

use super::patterns::compile;
use super::{articles, Cand, Kind};

/// The norm an acronym stands for: canonical id, type id, number.
pub type AcronymMap = HashMap<String, (String, &'static str, Option<String>)>;

/// A definition right after a mention: `(LPAG)`, `(en adelante, LPAG)`, `(en lo sucesivo,
/// la "LPAG")`.
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r#"^,?\s?\((?:(?P<said>(?i:en\sadelante|en\slo\ssucesivo|en\sadelante\sdenominad[ao])),?\s)?(?:(?i:la|el)\s)?["“«]?(?P<a>[A-ZÑ]{2,10})["”»]?\)"#,
    )
});

/// The acronyms defined in `texts`, each with the candidates resolved in it.
pub fn defined(texts: &[&str], cands: &[Vec<Cand>]) -> AcronymMap {
    let mut map = AcronymMap::new();
    let mut conflicting: Vec<String> = Vec::new();
    for (text, cs) in texts.iter().zip(cands) {
        for (c, a, said) in definitions(text, cs) {
            let a = &text[a];
            // `(en adelante, el TUO)` defines an alias that is a norm-type head (docs §10.3):
            // its uses are short forms, not mentions.
            if is_type_head(a) {
                continue;
            }
            // `(en adelante, LPAG)` says what the acronym stands for; a bare `(LPAG)` must
            // spell the mention's initials (after a number-only mention it cannot).
            if !said && !spells_initials(a, text.get(c.start..c.end).unwrap_or("")) {
                continue;
            }
            let norm = (c.canonical.clone(), c.ty, c.number.clone());
            match map.get(a) {
                None => {
                    map.insert(a.to_string(), norm);
                }
                Some(known) if known.0 != norm.0 => conflicting.push(a.to_string()),
                Some(_) => {}
            }
        }
    }
    for a in conflicting {
        map.remove(&a);
    }
    map
}

/// Adds to `cands` the uses in `text` of the acronyms of `map` that no candidate covers
/// (the definitions themselves are inside their mention's parentheses and are skipped).
pub fn add_uses(text: &str, cands: &mut Vec<Cand>, map: &AcronymMap) {
    if map.is_empty() {
        return;
    }
    let defined_at: Vec<usize> = definitions(text, cands).map(|(_, a, _)| a.start).collect();
    let mut found = Vec::new();
    for (acronym, (canonical, ty, number)) in map {
        for (start, _) in text.match_indices(acronym.as_str()) {
            let end = start + acronym.len();
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
                continue; // part of a longer word
            }
            if cands.iter().any(|c| c.start <= start && end <= c.end) || defined_at.contains(&start) {
                continue;
            }
            let mut c = Cand::new(start, end, ty, canonical.clone(), Kind::Named);
            c.number = number.clone();
            let (article, subunit) = articles::around(text, start, end);
            c.article = article;
            c.subunit = subunit;
            found.push(c);
        }
    }
    if !found.is_empty() {
        cands.extend(found);
        cands.sort_by(|a, b| (a.start, a.end, &a.canonical).cmp(&(b.start, b.end, &b.canonical)));
    }
}

/// Capitalised abbreviations that are norm-type heads, not names of one norm (`TUO`).
fn is_type_head(acronym: &str) -> bool {
    acronym == "TUO"
}

/// True when `acronym` starts with the initial of `mention`'s first word and its letters
/// are initials of the mention's words, in order.
fn spells_initials(acronym: &str, mention: &str) -> bool {
    let initials: Vec<char> = mention
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .flat_map(char::to_uppercase)
        .collect();
    let mut letters = acronym.chars();
    if letters.next() != initials.first().copied() {
        return false;
    }
    let mut rest = initials.iter().skip(1);
    letters.all(|a| rest.any(|&i| i == a))
}

/// The candidates of `text` followed by an acronym definition, with the acronym's span and
/// whether the definition says so (`en adelante`, `en lo sucesivo`).
fn definitions<'a>(text: &'a str, cands: &'a [Cand]) -> impl Iterator<Item = (&'a Cand, Range<usize>, bool)> + 'a {
    cands.iter().filter(|c| !c.implied).filter_map(move |c| {
        let caps = DEFINITION.captures(text.get(c.end..)?)?;
        let a = caps.name("a")?.range();
        Some((c, c.end + a.start..c.end + a.end, caps.name("said").is_some()))
    })
}

#[cfg(test)]
mod tests {
    use super::super::find_in_document;

    fn found(texts: &[&str]) -> Vec<(String, Option<String>, String)> {
        find_in_document(texts).into_iter().flatten().map(|m| (m.canonical, m.article, m.text)).collect()
    }

    #[test]
    fn a_defined_acronym_is_the_norm_it_was_defined_for() {
        let got = found(&[
            "La Ley N° 27444, Ley del Procedimiento Administrativo General (en adelante, LPAG), rige.",
            "El artículo 3 de la LPAG fija los requisitos; la LPAG también regula plazos.",
        ]);
        let lpag: Vec<_> = got.iter().filter(|(_, _, t)| t == "LPAG").collect();
        assert_eq!(lpag.len(), 2, "{got:?}");
        assert!(lpag.iter().all(|(c, _, _)| c == "pe:ley:27444"), "{got:?}");
        assert_eq!(lpag[0].1.as_deref(), Some("3"), "{got:?}");
        // The definition itself is not a second mention.
        assert_eq!(got.iter().filter(|(c, _, _)| c == "pe:ley:27444").count(), 3, "{got:?}");
    }

    #[test]
    fn an_acronym_of_something_the_norm_names_is_not_the_norm() {
        let got =
            found(&["La Ley N° 28875, Ley que crea el Sistema Nacional Descentralizado (SND), rige. El SND actúa."]);
        assert!(got.iter().all(|(_, _, t)| t != "SND"), "{got:?}");
        assert!(super::spells_initials("LOGR", "Ley Orgánica de Gobiernos Regionales"));
        assert!(!super::spells_initials("LOGR", "Ley N° 27867"));
    }

    #[test]
    fn an_acronym_said_to_stand_for_a_number_only_mention_is_that_norm() {
        let got = found(&["La Ley N° 27806 (en adelante, LTAIP) rige. La LTAIP obliga a publicar."]);
        assert_eq!(got.iter().filter(|(c, _, t)| t == "LTAIP" && c == "pe:ley:27806").count(), 1, "{got:?}");
        // Without `en adelante` it must spell the mention's initials.
        let got = found(&["La Ley N° 27806 (LTAIP) rige. La LTAIP obliga a publicar."]);
        assert!(got.iter().all(|(_, _, t)| t != "LTAIP"), "{got:?}");
    }

    #[test]
    fn an_acronym_nobody_defined_stays_a_word() {
        let got = found(&["La LPAG y la LOPE regulan plazos.", "La Ley N° 27867 (LOGR) crea los gobiernos."]);
        assert!(got.iter().all(|(_, _, t)| t != "LPAG" && t != "LOPE"), "{got:?}");
        // `LOGRO` is another word.
        let defined = "La Ley N° 27867, Ley Orgánica de Gobiernos Regionales (LOGR), crea los gobiernos.";
        let got = found(&[defined, "Un LOGRO y la LOGR."]);
        assert_eq!(got.iter().filter(|(_, _, t)| t == "LOGR").count(), 1, "{got:?}");
    }

    #[test]
    fn an_alias_that_is_a_type_head_is_no_acronym() {
        let got = found(&[
            "El TUO de la Ley N° 29999, aprobado por D.S. N° 007-2021-JUS (en adelante, el TUO), rige.",
            "El artículo 8 del TUO fija los plazos.",
        ]);
        assert!(got.iter().all(|(_, _, t)| t != "TUO"), "{got:?}");
    }

    #[test]
    fn an_acronym_defined_for_two_norms_is_not_resolved() {
        let one = found(&["La Ley N° 27444, Ley de Xilófonos (LX) rige.", "Según la LX, no."]);
        assert!(one.iter().any(|(c, _, t)| t == "LX" && c == "pe:ley:27444"), "{one:?}");
        let two = found(&[
            "La Ley N° 27444, Ley de Xilófonos (LX) y la Ley N° 27867, Ley de Xerófitas (LX).",
            "Según la LX, no.",
        ]);
        assert!(two.iter().all(|(_, _, t)| t != "LX"), "{two:?}");
    }
}
