//! Articles and sub-units cited with a norm (docs/legal-references.md §4).
//!
//! In: a prepared text and the byte span of one norm mention in it. Out: the article
//! designation (`192`, `3-7`, `2, 3`, `IV`) and the sub-unit (`inciso c`, `numeral 6`)
//! cited just before it (`artículo 192 de la …`) or just after it (`…, artículo 5`,
//! `…, en su artículo 3°`, `…, 2001, Art. 3`). The canonical id is not touched.

use super::patterns::{ARTICLE_AFTER, ARTICLE_BEFORE, ARTICLE_OF_NEXT};

/// How far back an article phrase may start.
const LOOK_BACK: usize = 160;

/// `188 al 199` → `188-199`, `2 y 3` → `2, 3`, `3°` → `3`.
pub fn normalize_designation(s: &str) -> String {
    let cleaned: String = s.chars().filter(|c| !matches!(c, '°' | 'º')).collect();
    let mut out = String::new();
    for tok in cleaned.split_whitespace() {
        let t = tok.trim_end_matches(',');
        let comma = tok.ends_with(',');
        match t.to_lowercase().as_str() {
            "al" | "a" | "-" | "–" => {
                out = out.trim_end_matches([' ', ',']).to_string();
                out.push('-');
            }
            "y" | "," => {
                out = out.trim_end_matches([' ', ',']).to_string();
                out.push_str(", ");
            }
            _ => {
                out.push_str(&t.replace('–', "-"));
                if comma {
                    out.push_str(", ");
                } else if !out.ends_with('-') {
                    out.push(' ');
                }
            }
        }
    }
    out.trim_end_matches([' ', ',']).replace(" -", "-").to_string()
}

fn sub_text(s: &str) -> String {
    s.trim_end_matches(')').split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article (and sub-unit) cited with the mention at `start..end` of `text`.
pub fn around(text: &str, start: usize, end: usize) -> (Option<String>, Option<String>) {
    let mut from = start.saturating_sub(LOOK_BACK);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    if let Some(before) = text.get(from..start) {
        if let Some(c) = ARTICLE_BEFORE.captures(before) {
            let art = c.name("art").map(|m| normalize_designation(m.as_str()));
            let sub = c.name("sub").or(c.name("sub2")).map(|m| sub_text(m.as_str()));
            return (art, sub);
        }
    }
    if let Some(after) = text.get(end..) {
        if let Some(c) = ARTICLE_AFTER.captures(after) {
            let tail_start = c.get(0).map(|m| m.end()).unwrap_or(0);
            if !ARTICLE_OF_NEXT.is_match(&after[tail_start..]) {
                let art = c.name("art").map(|m| normalize_designation(m.as_str()));
                let sub = c.name("sub").map(|m| sub_text(m.as_str()));
                return (art, sub);
            }
        }
    }
    (None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(text: &str, norm: &str) -> (Option<String>, Option<String>) {
        let s = text.find(norm).unwrap_or(0);
        around(text, s, s + norm.len())
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
            ("el artículo 192 de la Constitución dice", "Constitución", Some("192"), None),
            ("art. 5 de la Ley 27783", "Ley 27783", Some("5"), None),
            ("Ley N° 27783, artículo 5", "Ley N° 27783", Some("5"), None),
            ("La Ley N° 27972, en su artículo 3°, clasifica", "Ley N° 27972", Some("3"), None),
            ("los artículos 188 al 199 de la Constitución", "Constitución", Some("188-199"), None),
            ("arts. 2 y 3 de la Ley 27444", "Ley 27444", Some("2, 3"), None),
            ("(Ley Nº 27444, 2001, Art. 3)", "Ley Nº 27444", Some("3"), None),
            ("(Decreto Supremo Nº 015-92-PCM, 1992, Art. 6-7)", "Decreto Supremo Nº 015-92-PCM", Some("6-7"), None),
            ("inciso c) del artículo 12 de la Ley 27783", "Ley 27783", Some("12"), Some("inciso c")),
            ("artículo 20°, numeral 6 de la Ley 27444", "Ley 27444", Some("20"), Some("numeral 6")),
            ("artículo IV del Título Preliminar de la Ley 27444", "Ley 27444", Some("IV"), None),
            ("la Ley 27444, artículo 5 del Decreto Supremo N° 1", "Ley 27444", None, None),
            ("la Ley 27444 establece", "Ley 27444", None, None),
        ];
        for (text, norm, a, s) in cases {
            let (ga, gs) = art(text, norm);
            assert_eq!((ga.as_deref(), gs.as_deref()), (*a, *s), "{text}");
        }
    }
}
