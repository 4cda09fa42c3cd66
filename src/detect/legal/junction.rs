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

/// Whether the last word of `a` is capitalised: a name may be complete there.
fn ends_on_capital_word(a: &str) -> bool {
    a.rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Lower-case words that go on inside a name (`… Juvenil y Rural`, `… Pública de la …`).
const NAME_CONNECTORS: &[&str] =
    &["de", "del", "y", "e", "o", "u", "para", "por", "en", "a", "al", "sobre", "con", "que", "contra", "entre"];

/// Whether `part`, the words of a name at the start of a text, opens a clause of that text
/// instead: capitalised words only, and the next word (`rest` follows `part`) in lower case
/// and not a connector of names (`Establece` / `reglas.`, `Regula` / `el empleo`). A name
/// wrapped in a cell (`Pública` alone, `General. La norma …`) does not.
fn opens_clause(part: &str, rest: &str) -> bool {
    let part = part.trim();
    let words_only = part.starts_with(char::is_uppercase) && part.chars().all(|c| c.is_alphabetic() || c == ' ');
    let r = rest.trim_start();
    if !words_only || !r.starts_with(char::is_lowercase) {
        return false;
    }
    let next: String = r.chars().take_while(|c| c.is_alphabetic()).collect();
    !NAME_CONNECTORS.contains(&next.as_str())
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
            // A name complete at the end of text i does not take in the word that opens a
            // clause in the next text (`…la Gestión Municipal` / `Establece reglas.`), unless
            // the lexicon knows the longer name (its id differs from the cut one's).
            let part: String = b.chars().take(end_b).collect();
            let rest: String = b.chars().skip(end_b).take(40).collect();
            let cut_same = |k: usize| mentions[i].get(k).is_some_and(|o| o.canonical == m.canonical);
            let cut_at = mentions[i].iter().position(|o| o.start == start);
            if ends_on_capital_word(a)
                && opens_clause(&part, &rest)
                && (m.canonical.contains(":@") || cut_at.is_some_and(cut_same))
            {
                continue;
            }
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
    fn a_name_complete_at_a_block_end_does_not_take_the_next_clause_in() {
        // The next block opens a clause with a capitalised verb: the name ends at the block end.
        let got = find_in_document(&["Se aprobó el Reglamento para la Gestión Municipal", "Establece reglas."]);
        let all: Vec<_> = got.iter().flatten().map(|m| m.text.as_str()).collect();
        assert_eq!(all, ["Reglamento para la Gestión Municipal"], "{got:?}");
        let got = find_in_document(&["Rige la Ley de Fomento del Empleo Juvenil", "Regula el empleo de los jóvenes."]);
        let all: Vec<_> = got.iter().flatten().map(|m| m.canonical.as_str()).collect();
        assert_eq!(all, ["pe:ley:@ley-de-fomento-del-empleo-juvenil"], "{got:?}");
        // A name wrapped into a block of its own, or ended by punctuation, goes on.
        let got = find_in_document(&["Rige la Ley de Promoción del Uso de la Información", "Pública"]);
        let all: Vec<_> = got.iter().flatten().map(|m| m.text.as_str()).collect();
        assert_eq!(all, ["Ley de Promoción del Uso de la Información Pública"], "{got:?}");
        // A block ending on a connector goes on; the lexicon knows a longer name.
        let got = find_in_document(&["Rige la Ley Orgánica de Gobiernos", "Regionales establece las competencias."]);
        let all: Vec<_> = got.iter().flatten().map(|m| m.canonical.as_str()).collect();
        assert_eq!(all, ["pe:ley:27867"], "{got:?}");
        assert!(super::opens_clause("Establece", " reglas.") && super::opens_clause("Regula", " el empleo"));
        assert!(!super::opens_clause("Pública", "") && !super::opens_clause("General", ". La norma"));
        assert!(!super::opens_clause("Juvenil", " y Rural") && !super::opens_clause("27444", " rige"));
    }

    #[test]
    fn a_sentence_end_is_a_real_boundary() {
        let got = find_in_document(&["Así lo dispone la Ley.", "27444 personas asistieron."]);
        assert!(got.iter().flatten().next().is_none(), "{got:?}");
    }
}
