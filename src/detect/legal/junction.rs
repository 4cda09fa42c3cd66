//! Mentions cut by a block boundary.
//!
//! In: a document's texts (blocks in reading order) and the mentions found in each. Out:
//! the mentions that run from the end of one text into the start of the next (a table cell
//! or a wrapped line split `2002 Ley Orgánica de` / `Gobiernos Regionales`, or `Ley N°` /
//! `27444`), found by scanning the two texts joined at the boundary. Such a mention belongs
//! to the text it starts in: its start is there, its end is that text's end, and its
//! surface is the whole mention. It is added only where neither side already has a mention
//! on its part, or completes in place a mention of the first text that the boundary cut short
//! (`Decreto Supremo N° 004-2013-` / `PCM`). A number and its name in apposition across the
//! boundary (`Ley N° 27783` / `Ley de Bases de la Descentralización`, either order) complete
//! the first text's mention and take in the second's, which the caller drops (and re-points
//! the short forms that named it).
//!
//! Only boundaries after a text that does not end a sentence and whose last words hold a
//! norm's head word (or a number sign) are scanned, and only a bounded window either side,
//! so the cost does not grow with block length.

use super::text::Prepared;
use super::{resolve, scan, to_mention, Mention, NameMap};

/// Bytes of each text joined at a boundary.
const WINDOW: usize = 160;

/// Head words (folded) in the tail of a text that may start a norm's citation.
const TRIGGER_WORDS: &[&str] = &[
    "ley",
    "leyes",
    "decreto",
    "decretos",
    "resolucion",
    "resoluciones",
    "ordenanza",
    "ordenanzas",
    "codigo",
    "reglamento",
    "directiva",
    "norma",
    "acuerdo",
    "constitucion",
    "texto",
    "nro",
];

/// Whether the tail of a text holds a word that may start a norm's citation: a head word, an
/// abbreviation (`D.`, `R.`, `DS`, `RM`, `TUO`) or a number sign. A plain word test, not a
/// pattern: it runs at every boundary and a pattern costs its compilation in every process.
fn triggers(tail: &str) -> bool {
    let lower = tail.to_lowercase();
    if lower.contains("n°") || lower.contains("nº") {
        return true;
    }
    let words = tail.split(|c: char| !c.is_alphanumeric());
    let mut rest = tail;
    for w in words {
        let at = rest.find(w).unwrap_or(0);
        let after = &rest[at + w.len()..];
        rest = after;
        if w.is_empty() {
            continue;
        }
        if matches!(w, "DS" | "RM" | "TUO") || (matches!(w, "D" | "R") && after.starts_with('.')) {
            return true;
        }
        if TRIGGER_WORDS.contains(&super::canonical::fold(w).as_str()) {
            return true;
        }
    }
    false
}

fn tail(text: &str) -> &str {
    let mut from = text.len().saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let t = &text[from..];
    // Start at a word.
    match (from > 0, t.find(char::is_whitespace)) {
        (true, Some(i)) => &t[i..],
        _ => t,
    }
}

fn head(text: &str) -> &str {
    let mut to = text.len().min(WINDOW);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let h = &text[..to];
    match (to < text.len(), h.rfind(char::is_whitespace)) {
        (true, Some(i)) => &h[..i],
        _ => h,
    }
}

/// A mention that straddles a boundary.
pub struct Straddling {
    /// The text it belongs to (it starts there).
    pub text: usize,
    /// The mention of that text it completes, if one was cut at the boundary.
    pub completes: Option<usize>,
    /// The mention of the next text it takes in (a name or number in apposition, `Ley N°
    /// 27783` / `Ley de Bases de la Descentralización`), to be dropped there.
    pub absorbs: Option<usize>,
    /// The whole mention, in the coordinates of `text`.
    pub mention: Mention,
}

/// The mentions that straddle a boundary.
pub fn straddling(texts: &[&str], mentions: &[Vec<Mention>], map: &NameMap) -> Vec<Straddling> {
    let mut out = Vec::new();
    for i in 0..texts.len().saturating_sub(1) {
        let (a, b) = (texts[i].trim_end(), texts[i + 1]);
        if a.is_empty() || b.trim().is_empty() || a.ends_with(['.', '!', '?', ':', ';']) {
            continue;
        }
        let t = tail(a);
        let tail_words = {
            let mut from = t.len().saturating_sub(60);
            while !t.is_char_boundary(from) {
                from += 1;
            }
            &t[from..]
        };
        if !triggers(tail_words) {
            continue;
        }
        let h = head(b);
        let joined = format!("{t}\n{h}");
        let join = t.chars().count(); // character index of the inserted line break
        let t_from = a.chars().count() - join; // where `t` starts in text i (characters)
        let a_len = a.chars().count();
        let s = scan(&joined);
        let cands = resolve(&s, map);
        let p: &Prepared = &s.prepared;
        for c in cands.iter().filter(|c| !c.implied) {
            let m = to_mention(p, c);
            if !(m.start < join && m.end > join + 1) {
                continue;
            }
            let (start, end_b) = (t_from + m.start, m.end - join - 1);
            // A mention of text i cut at its end (`Decreto Supremo N° 004-2013-` / `PCM`)
            // is completed in place.
            let cut = mentions[i].iter().position(|o| o.start == start && o.end + 2 >= a_len && o.end < a_len + 1);
            let taken: Vec<usize> = (0..mentions[i + 1].len()).filter(|&k| mentions[i + 1][k].start < end_b).collect();
            let mut absorbs = None;
            if let [k] = taken[..] {
                // A number and its name in apposition across the boundary: one mention, with
                // the id of one of the two parts, taking in the part of the next text whole.
                let ob = &mentions[i + 1][k];
                let same = |c: &str| c == m.canonical;
                match cut {
                    Some(ka) if ob.end <= end_b && (same(&mentions[i][ka].canonical) || same(&ob.canonical)) => {
                        absorbs = Some(k)
                    }
                    _ => continue,
                }
            } else if !taken.is_empty() {
                continue;
            }
            let taken_a = mentions[i].iter().any(|o| o.end > start && o.start < a_len);
            if taken_a && cut.is_none() {
                continue;
            }
            out.push(Straddling { text: i, completes: cut, absorbs, mention: Mention { start, end: a_len, ..m } });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::find_in_document;

    #[test]
    fn a_name_cut_by_a_block_boundary_is_found_once() {
        let got = find_in_document(&["Normas: 2002 Ley Orgánica de", "Gobiernos Regionales y otras."]);
        let all: Vec<_> = got.iter().flatten().map(|m| (m.canonical.as_str(), m.text.as_str())).collect();
        assert_eq!(all, [("pe:ley:27867", "Ley Orgánica de Gobiernos Regionales")], "{got:?}");
        assert_eq!(got[0][0].end, "Normas: 2002 Ley Orgánica de".chars().count());
    }

    #[test]
    fn a_number_on_the_next_block_joins_its_head() {
        let got = find_in_document(&["Conforme a la Ley N°", "27444, el procedimiento se rige."]);
        assert_eq!(got[0].iter().map(|m| m.canonical.as_str()).collect::<Vec<_>>(), ["pe:ley:27444"], "{got:?}");
        assert!(got[1].is_empty(), "{got:?}");
    }

    #[test]
    fn a_number_and_its_name_in_apposition_across_a_boundary_are_one_mention() {
        // A table of legal bases: the number in one cell, the name in the next.
        let got = find_in_document(&["BASE LEGAL Ley N° 27783", "Ley de Bases de la Descentralización 2002"]);
        let all: Vec<_> = got.iter().flatten().map(|m| m.canonical.as_str()).collect();
        assert_eq!(all, ["pe:ley:27783"], "{got:?}");
        assert_eq!(got[0][0].text, "Ley N° 27783 Ley de Bases de la Descentralización", "{got:?}");
        let got = find_in_document(&[
            "Decreto Legislativo N° 1440",
            "Decreto Legislativo del Sistema Nacional de Presupuesto Público",
        ]);
        let all: Vec<_> = got.iter().flatten().map(|m| m.canonical.as_str()).collect();
        assert_eq!(all, ["pe:dleg:1440"], "{got:?}");
        // The name first, the number in the next block.
        let got = find_in_document(&["Norma: Ley de Bases de la Descentralización", "Ley N° 27783 del año 2002"]);
        let all: Vec<_> = got.iter().flatten().map(|m| m.canonical.as_str()).collect();
        assert_eq!(all, ["pe:ley:27783"], "{got:?}");
        // A short form that named the dropped part names the whole mention.
        let got = super::super::analyse(&[
            "BASE LEGAL Ley N° 27783",
            "Ley de Bases de la Descentralización",
            "La citada Ley rige la transferencia.",
        ]);
        assert_eq!(got.mentions.iter().map(Vec::len).collect::<Vec<_>>(), [1, 0, 0], "{got:?}");
        let sf = got.short_forms.iter().flatten().next().expect("a short form");
        assert_eq!((sf.antecedent.as_deref(), sf.antecedent_ref), (Some("pe:ley:27783"), Some((0, 0))), "{got:?}");
        // Two norms in consecutive cells stay two.
        let got = find_in_document(&["Ley N° 27444", "Decreto Supremo N° 004-2019-JUS"]);
        let all: Vec<_> = got.iter().flatten().map(|m| m.canonical.as_str()).collect();
        assert_eq!(all, ["pe:ley:27444", "pe:ds:004-2019-jus"], "{got:?}");
        // A sentence's end between them: two mentions.
        let got = find_in_document(&["Rige la Ley N° 27783.", "Ley de Bases de la Descentralización es su nombre."]);
        assert_eq!(got.iter().flatten().count(), 2, "{got:?}");
    }

    #[test]
    fn a_sentence_end_is_a_real_boundary() {
        let got = find_in_document(&["Así lo dispone la Ley.", "27444 personas asistieron."]);
        assert!(got.iter().flatten().next().is_none(), "{got:?}");
    }
}
