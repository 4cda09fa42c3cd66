//! Text patterns that decide a block's role, and heading levels.
//!
//! In: the text of a line or block (and, for levels, the style of every heading in the
//! document). Out: whether it opens a list item (bullet or enumerator), a caption
//! ("Cuadro N° 4", "CUADRO 3", "Gráfico", "Tabla", "Figura", "Fuente: …"), a chapter-like
//! heading ("CAPÍTULO II"), a numbered heading ("1.2.3 …"), a page number ("Página 5 de
//! 24", "- 7 -", "xii"); and a level for each heading:
//! - when the document's headings come in two or more styles (size, weight), the level is
//!   the style's rank, biggest first (a title style used only on the first page, bigger
//!   than every other heading, is level 1 and does not push the others down);
//! - with a single style, the level is the depth of the numbering ("4.1.2" → 3;
//!   "CAPÍTULO II" and unnumbered headings → 1).

use std::sync::LazyLock;

use crate::re::Regex;

use super::tuning::{
    BULLET_REPEAT_REST, FOLIO_MAX_BYTES, HEADING_CAPTION_ROWS, HEADING_MAX_LEVEL, HEADING_NOTE_ROWS,
    HEADING_SIZE_STEPS_PER_POINT,
};

/// The words that open a caption of a table or figure (`Cuadro 3`, `Gráfico N° 2`): the one
/// list, used by the block roles here and by the table captions (`layout::tables::caption`).
/// Spanish, English and German (`Abbildung 1.3`, `Tabelle 2`).
pub const CAPTION_WORDS: &str = r"cuadro|tabla|gr[áa]fico|gr[áa]fica|figura|ilustraci[óo]n|mapa|diagrama|esquema|imagen|fotograf[íi]a|recuadro|table|figure|chart|abbildung|tabelle";
/// The words that open a note under a table or figure (`Fuente: INEI`): the one list, used
/// here (followed by a colon) and by the table notes.
pub const NOTE_WORDS: &str = r"fuentes?|elaboraci[óo]n|notas?|sources?|notes?|adaptado|tomado";

static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^({CAPTION_WORDS})\s*(n[°ºo]\.?|nro\.?|n\.\s*[°º]|núm\.?|no\.)?\s*[0-9ivxlcdm]+([.\-][0-9]+)*\b"
    ))
    .expect("static regex")
});
static NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^({NOTE_WORDS})\s*(\([^)]*\))?\s*:")).expect("static regex"));
static CHAPTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(cap[íi]tulo|t[íi]tulo|parte|libro|secci[óo]n|chapter|part)\s+([ivxlcdm]+|\d+|[úu]nic[oa]|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa])\b")
        .expect("static regex")
});
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S").expect("static regex"));
static NUMBER_ONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2}|[IVXLC]{1,6})([.)]?)\s+\S").expect("static regex"));
static ENUMERATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\(?[a-zA-Z]\)|[a-hA-H]\.|\(?\d{1,2}\)|\d{1,2}\.|\(?[ivx]{1,5}\)|[ivx]{1,5}\.)$")
        .expect("static regex")
});
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(([-–—]\s*)?(?P<n>\d{1,6})(\s*[-–—])?|(?P<r>[ivxlcdm]{1,7})|(?P<w>p[áa]gina|p[áa]g\.?|p\.|page)\s*(?P<wn>\d{1,4})(\s*(de|of|/)\s*\d{1,4})?|(?P<f>\d{1,4})\s*(/|de|of)\s*\d{1,4})$",
    )
    .expect("static regex")
});

/// Characters that mark a bulleted item when they stand alone (or start) a line.
pub fn is_bullet_char(c: char) -> bool {
    matches!(
        c,
        '•' | '●'
            | '○'
            | '◦'
            | '▪'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '►'
            | '▸'
            | '▶'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
            | '❖'
            | '·'
            | '∙'
            | '⁃'
            | '‣'
            | '-'
            | '–'
            | '*'
            | '→'
            | '⇒'
    ) || ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// How a line opens a list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A bullet symbol (dropped from the item's text).
    Bullet,
    /// A letter or number ("a)", "1.", "(iv)"), kept in the text.
    Enumerator,
}

/// The list marker that `first_word` (the first word of a line) is, if any. `glued` words
/// like "•Texto" count as a bullet too.
pub fn list_marker(first_word: &str) -> Option<Marker> {
    let mut chars = first_word.chars();
    let c = chars.next()?;
    let rest = chars.as_str();
    if matches!(c, '→' | '⇒') && rest.is_empty() {
        // An arrow reads as "leads to" / "implies": it opens an item but stays in the text.
        return Some(Marker::Enumerator);
    }
    if is_bullet_char(c)
        && (rest.is_empty() || (!matches!(c, '-' | '–' | '*') && rest.chars().next().is_some_and(char::is_alphabetic)))
    {
        return Some(Marker::Bullet);
    }
    // A bullet glyph drawn twice ("\u{F0D8}\u{F0D8} Texto") is still a bullet.
    if rest.chars().count() < BULLET_REPEAT_REST
        && first_word.chars().all(is_bullet_char)
        && !matches!(c, '-' | '–' | '*')
    {
        return Some(Marker::Bullet);
    }
    if ENUMERATOR.is_match(first_word) {
        return Some(Marker::Enumerator);
    }
    None
}

/// Bytes of the bullet at the start of `first_word`, a word [`list_marker`] reads as a
/// bullet: the whole word when it is only bullet symbols ("•", "\u{F0D8}\u{F0D8}"), else its
/// first character ("•Texto" keeps "Texto"). 0 when the word is not a bullet.
pub fn bullet_len(first_word: &str) -> usize {
    if list_marker(first_word) != Some(Marker::Bullet) {
        return 0;
    }
    if first_word.chars().all(is_bullet_char) {
        first_word.len()
    } else {
        first_word.chars().next().map_or(0, char::len_utf8)
    }
}

/// True for a caption label or a note under a table or figure.
pub fn is_caption(text: &str) -> bool {
    let t = text.trim_start();
    CAPTION.is_match(t) || NOTE.is_match(t)
}

/// True for a note under a table ("Fuente: …", "Elaboración: …", "Nota: …").
pub fn is_note(text: &str) -> bool {
    NOTE.is_match(text.trim_start())
}

/// Most rows a caption block has: a note under a table or figure ("Fuente: …") may take
/// one row more than a caption label.
pub fn caption_rows_max(text: &str) -> usize {
    if is_note(text) {
        HEADING_NOTE_ROWS
    } else {
        HEADING_CAPTION_ROWS
    }
}

/// True for "CAPÍTULO II", "Título I", "PARTE 2" …
pub fn is_chapter(text: &str) -> bool {
    CHAPTER.is_match(text.trim_start())
}

/// Depth of a leading multi-level number ("4.1.2 …" → 3), if the text starts with one.
pub fn numbered_depth(text: &str) -> Option<u8> {
    let t = text.trim_start();
    if let Some(c) = NUMBERED.captures(t) {
        let n = c.get(1)?.as_str().split('.').filter(|p| !p.is_empty()).count();
        return Some(n.min(HEADING_MAX_LEVEL as usize) as u8);
    }
    NUMBER_ONE.is_match(t).then_some(1)
}

/// A page number read from a line: `7`, `- 7 -`, `[7]`, `| 7 |`, `xii`, `Pág. 7`,
/// `Página 5 de 24`, `12 / 30`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Folio {
    /// Its number in Arabic digits (`None` for a roman numeral).
    pub number: Option<u32>,
    /// A word says it is a page number (`Página 5`, `Pág. 7`, `p. 3`, `page 4`).
    pub labelled: bool,
}

/// The page number a line holds, if the whole line is one (see [`Folio`]). Brackets and
/// bars around it (`[7]`, `(7)`, `| 7 |`) are dropped first.
pub fn folio(text: &str) -> Option<Folio> {
    let t = text.trim().trim_matches(|c: char| matches!(c, '|' | '[' | ']' | '(' | ')') || c.is_whitespace());
    if t.is_empty() || t.len() > FOLIO_MAX_BYTES {
        return None;
    }
    let c = PAGE_NUMBER.captures(t)?;
    let digits = c.name("n").or_else(|| c.name("wn")).or_else(|| c.name("f"));
    let number = digits.and_then(|d| d.as_str().parse().ok());
    Some(Folio { number, labelled: c.name("w").is_some() })
}

/// True for the text of a page number or folio.
pub fn is_page_number(text: &str) -> bool {
    folio(text).is_some()
}

/// The depth of the number that opens a heading in plain text, where no geometry tells a
/// heading from a list item: a chapter label (`CAPÍTULO I`, `Parte 2`) is 1, a multi-level
/// number its depth (`1.2.3 …` → 3), a single number or roman numeral only when a period
/// closes it (`2. Marco teórico`, `II. Antecedentes` → 1; a bare `2 …` opens a footnote or
/// a wrapped line as often as a heading). The same patterns as [`numbered_depth`] and
/// [`is_chapter`].
pub fn plain_heading_depth(text: &str) -> Option<u8> {
    let t = text.trim_start();
    if is_chapter(t) {
        return Some(1);
    }
    if NUMBERED.is_match(t) {
        return numbered_depth(t);
    }
    let c = NUMBER_ONE.captures(t)?;
    (c.get(2).is_some_and(|m| m.as_str() == ".")).then_some(1)
}

/// Style of a heading, for ranking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeadingStyle {
    /// Font size.
    pub size: f32,
    /// Bold.
    pub bold: bool,
    /// All letters upper case.
    pub caps: bool,
    /// 1-based page.
    pub page: u32,
    /// Numbering depth, if numbered.
    pub depth: Option<u8>,
    /// Chapter-like ("CAPÍTULO II").
    pub chapter: bool,
}

/// Levels (1 = chapter) for headings of the given styles, in the same order (see the module docs).
pub fn levels(hs: &[HeadingStyle]) -> Vec<u8> {
    let key = |h: &HeadingStyle| ((h.size * HEADING_SIZE_STEPS_PER_POINT).round() as i32, h.bold);
    // Styles seen only on the first page (title page) are not ranked when headings exist
    // elsewhere: they take the level of the ranked style just below their size.
    let any_elsewhere = hs.iter().any(|h| h.page > 1);
    let ranked_style = |k: (i32, bool)| !any_elsewhere || hs.iter().any(|o| o.page > 1 && key(o) == k);
    let mut styles: Vec<(i32, bool)> = Vec::new();
    for h in hs {
        let k = key(h);
        if ranked_style(k) && !styles.contains(&k) {
            styles.push(k);
        }
    }
    // Biggest first; at one size bold before regular.
    styles.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    hs.iter()
        .map(|h| {
            let k = key(h);
            if styles.len() >= 2 {
                let r =
                    styles.iter().position(|s| *s == k).or_else(|| styles.iter().position(|s| *s <= k)).unwrap_or(0);
                (r + 1).min(HEADING_MAX_LEVEL as usize) as u8
            } else if h.chapter {
                1
            } else {
                h.depth.unwrap_or(1).clamp(1, HEADING_MAX_LEVEL)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        let cases: &[(&str, Option<Marker>)] = &[
            ("•", Some(Marker::Bullet)),
            ("-", Some(Marker::Bullet)),
            ("–", Some(Marker::Bullet)),
            ("•Texto", Some(Marker::Bullet)),
            ("\u{f0b7}", Some(Marker::Bullet)),
            ("a)", Some(Marker::Enumerator)),
            ("(b)", Some(Marker::Enumerator)),
            ("1.", Some(Marker::Enumerator)),
            ("12)", Some(Marker::Enumerator)),
            ("iv)", Some(Marker::Enumerator)),
            ("-27%", None),
            ("a", None),
            ("El", None),
            ("2015.", None),
            ("o", None),
            ("p.", None),
        ];
        for (w, want) in cases {
            assert_eq!(list_marker(w), *want, "{w}");
        }
    }

    #[test]
    fn captions() {
        for t in [
            "Cuadro N° 4: Ejecución",
            "CUADRO 3",
            "Gráfico 2. Evolución",
            "Tabla 1",
            "Figura 10",
            "Fuente: INEI",
            "Elaboración: propia",
            "Cuadro Nº 12",
            "Abbildung 1.3: Veranschaulichungen",
            "Tabelle 2",
        ] {
            assert!(is_caption(t), "{t}");
        }
        for t in
            ["El cuadro muestra", "Tablas y figuras", "Fuentes de financiamiento del Estado", "Abbildungen sind stetig"]
        {
            assert!(!is_caption(t), "{t}");
        }
        assert!(is_note("Fuente: MEF"));
        assert!(!is_note("Cuadro 1"));
    }

    #[test]
    fn numbering_and_chapters() {
        assert_eq!(numbered_depth("4.1.2 Integración regional"), Some(3));
        assert_eq!(numbered_depth("1.1. La descentralización"), Some(2));
        assert_eq!(numbered_depth("2 Aporte de los Gobiernos"), Some(1));
        assert_eq!(numbered_depth("II. Transferencia"), Some(1));
        assert_eq!(numbered_depth("Presentación"), None);
        assert!(is_chapter("CAPÍTULO II"));
        assert!(is_chapter("Capítulo IV: Resultados"));
        assert!(!is_chapter("Capitulación"));
        let cases: &[(&str, Option<u8>)] = &[
            ("1.1. La descentralización en el Perú", Some(2)),
            ("1.2.3 Avances", Some(3)),
            ("2. Marco teórico", Some(1)),
            ("II. Transferencia de competencias", Some(1)),
            ("CAPÍTULO I", Some(1)),
            ("2 Aporte de los Gobiernos", None),
            ("1) Primero", None),
            ("2015 fue un año", None),
            ("Ley 27783", None),
            ("Parte de la población", None),
        ];
        for (line, want) in cases {
            assert_eq!(plain_heading_depth(line), *want, "{line:?}");
        }
    }

    #[test]
    fn page_numbers() {
        for t in ["5", "- 7 -", "Página 5 de 24", "Pág. 3", "xii", "12 / 30", "page 4 of 9"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["", "Capítulo 5", "2015 fue un año", "Buenas prácticas", "-", "[ ]"] {
            assert!(!is_page_number(t), "{t}");
        }
        let f = |n, labelled| Some(Folio { number: n, labelled });
        assert_eq!(folio("  - 12 -  "), f(Some(12), false));
        assert_eq!(folio("[12]"), f(Some(12), false));
        assert_eq!(folio("| 12 |"), f(Some(12), false));
        assert_eq!(folio("Página 3 de 24"), f(Some(3), true));
        assert_eq!(folio("Pág. 7"), f(Some(7), true));
        assert_eq!(folio("12 / 30"), f(Some(12), false));
        assert_eq!(folio("xii"), f(None, false));
        assert_eq!(folio("2015-2021"), None);
    }

    #[test]
    fn levels_by_style_then_numbering() {
        let h = |size, bold, page, depth| HeadingStyle { size, bold, caps: false, page, depth, chapter: false };
        let styled = [
            h(24.0, true, 1, None),
            h(13.0, false, 1, None),
            h(16.0, true, 2, Some(1)),
            h(14.0, true, 3, Some(2)),
            h(12.0, true, 3, Some(3)),
            h(16.0, true, 4, None),
        ];
        assert_eq!(levels(&styled), vec![1, 3, 1, 2, 3, 1]);
        let flat = [h(12.0, true, 2, Some(1)), h(12.0, true, 2, Some(2)), h(12.0, true, 3, None)];
        assert_eq!(levels(&flat), vec![1, 2, 1]);
    }
}
