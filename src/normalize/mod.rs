//! Spanish normalisation: canonical, searchable text that loses nothing the author wrote.
//!
//! In: raw text lines of a block (from `layout`, or from plain-text input). Out: one NFC
//! string per block with ligatures expanded, invisible characters removed, exotic spaces
//! plain, words broken at line ends rejoined (real compounds keep their hyphen), and
//! replacement characters and mojibake repaired when the repair is certain; every change
//! is counted in [`NormalizationStats`].
//!
//! - [`unicode`]: character cleaning and NFC, with an optional source map.
//! - [`repair`]: mojibake, U+FFFD after accented letters, stray combining marks.
//! - [`dehyphen`]: the decision at each line break, and the document [`Vocabulary`].
//! - [`lexicon`]: the embedded Spanish word list.
//! - [`fold`]: the lossy search key ([`search_key`]).
//!
//! Use [`Vocabulary::from_lines`] once per document over all raw lines, then
//! [`join_lines`] per block. [`join_lines_mapped`] also says where each output character
//! came from (line and character in the raw lines); [`join_lines_explained`] says which
//! rule decided each line break.

pub mod dehyphen;
pub mod fold;
pub mod lexicon;
pub mod repair;
pub mod unicode;

pub use dehyphen::{BreakGlyph, Decision, JoinAction, JoinRule, Vocabulary};
pub use fold::{fold, search_key};

use crate::model::NormalizationStats;
use unicode::Mapped;

/// Normalises one piece of text that has no line breaks to decide (line breaks inside it
/// become spaces).
pub fn normalize_text(text: &str, stats: &mut NormalizationStats) -> String {
    unicode::clean(text, None, false, stats).text
}

/// Joins the raw lines of one block into its normalised text.
pub fn join_lines(lines: &[String], vocab: &Vocabulary, stats: &mut NormalizationStats) -> String {
    join(lines, vocab, stats, false, None).text
}

/// Like [`join_lines`], and for every character of the result the `(line, char)` it came
/// from: the index into `lines` and the character index (Unicode scalar values) in that
/// raw line. A space put between two lines points just past the end of the upper line;
/// expanded ligatures point at the ligature; composed characters at their base letter.
pub fn join_lines_mapped(
    lines: &[String],
    vocab: &Vocabulary,
    stats: &mut NormalizationStats,
) -> (String, Vec<(u32, u32)>) {
    let j = join(lines, vocab, stats, true, None);
    (j.text, j.map.unwrap_or_default())
}

/// One line break as decided by [`join_lines`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakExplained {
    /// Index of the upper line in `lines`.
    pub line: usize,
    /// The word fragment before the break (cleaned).
    pub left: String,
    /// The word fragment after the break (cleaned).
    pub right: String,
    /// The glyph that ended the upper line.
    pub glyph: BreakGlyph,
    /// What was put between the lines.
    pub action: JoinAction,
    /// Which rule decided it.
    pub rule: JoinRule,
}

/// [`join_lines`] with the decision at every line break, for tests and debugging.
pub fn join_lines_explained(lines: &[String], vocab: &Vocabulary) -> (String, Vec<BreakExplained>) {
    let mut stats = NormalizationStats::default();
    let mut explained = Vec::new();
    let j = join(lines, vocab, &mut stats, false, Some(&mut explained));
    (j.text, explained)
}

/// Output of [`join`]: text and, when asked, a `(line, char)` per character.
struct Joined {
    text: String,
    map: Option<Vec<(u32, u32)>>,
}

/// The glyph ending a raw line (after trailing spaces).
fn break_glyph(raw: &str) -> BreakGlyph {
    let t = raw.trim_end_matches(|c: char| unicode::classify(c) == unicode::CharClass::Space);
    match t.chars().next_back() {
        Some('\u{AD}') => BreakGlyph::Soft,
        Some('-' | '\u{2010}') => BreakGlyph::Hyphen,
        _ => BreakGlyph::None,
    }
}

fn join(
    lines: &[String],
    vocab: &Vocabulary,
    stats: &mut NormalizationStats,
    want_map: bool,
    mut explain: Option<&mut Vec<BreakExplained>>,
) -> Joined {
    let total: usize = lines.iter().map(|l| l.len() + 1).sum();
    let mut text = String::with_capacity(total);
    let mut map: Option<Vec<(u32, u32)>> = want_map.then(|| Vec::with_capacity(total));
    // The previous non-empty line: its index, its glyph, its raw length in chars.
    let mut prev: Option<(usize, BreakGlyph, u32)> = None;
    for (li, raw) in lines.iter().enumerate() {
        let cleaned: Mapped = unicode::clean(raw, None, want_map, stats);
        if cleaned.text.is_empty() {
            continue;
        }
        // Bytes of a repeated hyphen at the start of this line, left out (the upper line's
        // hyphen stays).
        let mut skip = 0;
        if let Some((pi, glyph, plen)) = prev {
            // Without the hyphen glyph at the end of the upper line.
            let left_end = match glyph {
                BreakGlyph::Hyphen => text.char_indices().next_back().map_or(text.len(), |(i, _)| i),
                _ => text.len(),
            };
            let glyph_here = match glyph {
                BreakGlyph::Hyphen if !text.ends_with(['-', '\u{2010}']) => BreakGlyph::None,
                g => g,
            };
            let left = &text[..left_end];
            // Spanish orthography repeats the hyphen of a compound broken at it at the start
            // of the next line ("económico-" / "-financiero"): one hyphen, kept.
            let repeated = glyph_here == BreakGlyph::Hyphen && dehyphen::repeats_hyphen(left, &cleaned.text);
            let d = if repeated {
                skip = cleaned.text.chars().next().map_or(0, char::len_utf8);
                Decision { action: JoinAction::KeepHyphen, rule: JoinRule::RepeatedHyphen }
            } else {
                dehyphen::decide(left, &cleaned.text, glyph_here, vocab)
            };
            if let Some(ex) = explain.as_deref_mut() {
                let (l, r) = dehyphen::fragments(left, &cleaned.text);
                ex.push(BreakExplained {
                    line: pi,
                    left: l.to_string(),
                    right: r.to_string(),
                    glyph: glyph_here,
                    action: d.action,
                    rule: d.rule,
                });
            }
            match d.action {
                JoinAction::Space => {
                    text.push(' ');
                    if let Some(m) = &mut map {
                        m.push((pi as u32, plen));
                    }
                }
                JoinAction::Join => {
                    stats.dehyphenated += 1;
                    if glyph_here == BreakGlyph::Hyphen {
                        text.truncate(left_end);
                        if let Some(m) = &mut map {
                            m.pop();
                        }
                    }
                }
                JoinAction::KeepHyphen => stats.hyphens_kept += 1,
            }
        }
        text.push_str(&cleaned.text[skip..]);
        if let (Some(m), Some(cm)) = (&mut map, &cleaned.map) {
            m.extend(cm.iter().skip(usize::from(skip > 0)).map(|&c| (li as u32, c)));
        }
        prev = Some((li, break_glyph(raw), raw.chars().count() as u32));
    }
    Joined { text, map }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn join_table() {
        let cases: &[(&[&str], &str)] = &[
            (&["la conti-", "nuación del plan"], "la continuación del plan"),
            (&["la conti\u{AD}", "nuación"], "la continuación"),
            (&["la cooperación Sur-", "Sur y triangular"], "la cooperación Sur-Sur y triangular"),
            (&["gestión político-", "administrativa."], "gestión político-administrativa."),
            (&["PESEM 2015-", "2021"], "PESEM 2015-2021"),
            (&["una línea  ", "", "otra\u{A0}línea"], "una línea otra línea"),
            (&["el proceso de descentra", "lización avanza"], "el proceso de descentralización avanza"),
            (&["Martí\u{FFFD}n y polí\u{FFFD}-", "tica"], "Martín y política"),
            (&["palabra -", "otra"], "palabra - otra"),
            (&["Científico-Téc-", "nica"], "Científico-Técnica"),
            (&["el informe económico-", "-financiero de 2018"], "el informe económico-financiero de 2018"),
            (&["el informe econó-", "mico-financiero"], "el informe económico-financiero"),
            (&["el rango 10-", "-20"], "el rango 10- -20"),
            (&[], ""),
            (&["", "  "], ""),
            (&["fin del bloque-"], "fin del bloque-"),
            (
                &["call 206\u{2013}231\u{2013}", "3195 or see https://", "www.example.gov"],
                "call 206\u{2013}231\u{2013} 3195 or see https://www.example.gov",
            ),
        ];
        let v = Vocabulary::default();
        for (input, want) in cases {
            let mut st = NormalizationStats::default();
            assert_eq!(join_lines(&lines(input), &v, &mut st), *want, "input {input:?}");
        }
    }

    #[test]
    fn stats_count_joins_and_kept_hyphens() {
        let v = Vocabulary::default();
        let mut st = NormalizationStats::default();
        join_lines(&lines(&["la conti-", "nuación Sur-", "Sur"]), &v, &mut st);
        assert_eq!((st.dehyphenated, st.hyphens_kept), (1, 1));
    }

    #[test]
    fn mapped_offsets_point_into_raw_lines() {
        let v = Vocabulary::default();
        let mut st = NormalizationStats::default();
        let raw = lines(&["la conti-", "  nuación ﬁnal", "Sur"]);
        let (text, map) = join_lines_mapped(&raw, &v, &mut st);
        assert_eq!(text, "la continuación final Sur");
        assert_eq!(map.len(), text.chars().count());
        // Every mapped position holds the same letter in the raw line (ligatures aside).
        for (c, &(l, i)) in text.chars().zip(&map) {
            let src = raw[l as usize].chars().nth(i as usize);
            match src {
                Some('\u{FB01}') => assert!(c == 'f' || c == 'i'),
                Some(s) if c != ' ' => assert_eq!(s, c),
                _ => assert_eq!(c, ' '),
            }
        }
        assert_eq!(map[3], (0, 3));
        assert_eq!(map[8], (1, 2));
        assert_eq!(map[15], (1, 9), "space between words inside a line");
    }

    #[test]
    fn explained_lists_every_break() {
        let v = Vocabulary::default();
        let (_, ex) = join_lines_explained(&lines(&["la conti-", "nuación Sur-", "Sur"]), &v);
        let rules: Vec<JoinRule> = ex.iter().map(|e| e.rule).collect();
        assert_eq!(rules, vec![JoinRule::Lexicon, JoinRule::Capital]);
        assert_eq!((ex[0].left.as_str(), ex[0].right.as_str()), ("conti", "nuación"));
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let v = Vocabulary::from_lines(["\u{301}\u{301}", "-", "\u{FFFD} \u{FFFD}", "Ã", "â€", "Á\u{FFFD} ", "ﬁ-", ""]);
        let nasty = [
            "\u{301}\u{301}\u{301}",
            "\u{FFFD}\u{FFFD} \u{FFFD}",
            "Ã",
            "â€",
            "Á\u{FFFD} ",
            "Á \u{FFFD}",
            "-",
            "\u{AD}",
            "ﬁ-",
            "a-\u{AD}",
            "\u{0}\u{1}\u{7F}",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢-",
        ];
        let lines: Vec<String> = nasty.iter().map(|s| s.to_string()).collect();
        let mut st = NormalizationStats::default();
        for w in lines.windows(2) {
            let (text, map) = join_lines_mapped(w, &v, &mut st);
            assert_eq!(text.chars().count(), map.len());
        }
        for s in nasty {
            let _ = normalize_text(s, &mut st);
            let _ = search_key(s, true);
        }
        let long = "Descentra-\n".repeat(2000);
        let many: Vec<String> = long.lines().map(str::to_string).collect();
        let v = Vocabulary::from_lines(many.iter().map(String::as_str));
        assert!(!join_lines(&many, &v, &mut st).is_empty());
    }

    #[test]
    fn normalize_text_table() {
        let mut st = NormalizationStats::default();
        assert_eq!(normalize_text("a\nb\tc", &mut st), "a b c");
        assert_eq!(normalize_text("PolÃ\u{AD}tica", &mut st), "Política");
        assert_eq!(st.mojibake_repaired, 1);
    }
}
