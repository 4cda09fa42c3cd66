//! Recognised words checked before they become glyphs: specks read as punctuation are
//! dropped, the engine's word reading is preferred to its symbol reading, and an accent
//! misread on a vowel is put right when the Spanish lexicon says which spelling is a word.
//!
//! In: one recognised line ([`RLine`], image pixels) and the size of its letters (pixels).
//! Out: the same line with noise symbols and empty words removed and symbol texts
//! corrected. Everything here is decided from the engine's own output (boxes, texts) and
//! the embedded lexicon; no pixels are read.
//!
//! - **Specks**: a scan's dust is read as `.`, `,`, `°` or `-`. A small mark that stands
//!   apart from every letter (more than [`ATTACH`] sizes from the symbol or word beside
//!   it) is not punctuation: printed punctuation touches the word it ends. A one-symbol
//!   "dash" that is not clearly wider than tall ([`DASH_ASPECT`]) is a speck or a bit of
//!   the page edge, not a hyphen or dash.
//! - **Word text**: the engine's symbols may lose an accent its word reading has
//!   (`Apurimac` symbol by symbol, `Apurímac` as a word); when both have as many
//!   characters, the word reading is used.
//! - **Accents**: a word that is not Spanish but becomes a Spanish word, and only one,
//!   by adding, removing or moving one acute accent (`Delímita` → `Delimita`, `Organica`
//!   → `Orgánica`) is respelled. Words written in capitals only are left alone (Spanish
//!   capitals often go without accents).

use unicode_normalization::UnicodeNormalization;

use super::words::{RLine, RSymbol, RWord};
use crate::normalize::lexicon;

/// Distance from a mark to the letter beside it, in sizes, beyond which the mark belongs
/// to no word (printed punctuation sits within about 0.2 sizes of its word).
pub const ATTACH: f32 = 0.5;
/// Width over height a one-symbol dash must reach to be read as a dash (a hyphen is about
/// 3 times as wide as thick; a speck is as wide as tall, a page edge taller than wide).
pub const DASH_ASPECT: f32 = 1.5;
/// Largest side of a mark, in sizes, that may be a speck (a period or degree sign is about
/// 0.15 sizes, a printed `!` or `:` 0.7 and 0.45).
pub const MARK_MAX: f32 = 0.4;

/// Marks a speck is read as (not bullets: `•`, `·`, `*` open list items).
fn is_mark(t: &str) -> bool {
    matches!(
        t,
        "." | ","
            | "°"
            | "º"
            | "'"
            | "`"
            | "´"
            | "’"
            | "‘"
            | "¨"
            | "˙"
            | "˚"
            | "!"
            | "¡"
            | "|"
            | ":"
            | ";"
            | "\""
            | "“"
            | "”"
    )
}

fn is_dash(t: &str) -> bool {
    matches!(t, "-" | "‐" | "‑" | "–" | "—" | "_" | "~" | "¬")
}

fn width(b: &[f32; 4]) -> f32 {
    b[2] - b[0]
}

fn height(b: &[f32; 4]) -> f32 {
    b[3] - b[1]
}

/// A small mark (a speck's shape), `size` the line's size in pixels.
fn small_mark(s: &RSymbol, size: f32) -> bool {
    is_mark(&s.text) && width(&s.bbox).max(height(&s.bbox)) <= MARK_MAX * size
}

/// The symbols of `w` that are printed text.
fn kept_symbols(w: &RWord, size: f32) -> Vec<RSymbol> {
    let printed: Vec<&RSymbol> = w.symbols.iter().filter(|s| !s.text.trim().is_empty()).collect();
    let (mut a, mut b) = (0, printed.len());
    // Marks set apart from the word's first or last letter.
    while b >= a + 2
        && small_mark(printed[b - 1], size)
        && printed[b - 1].bbox[0] - printed[b - 2].bbox[2] > ATTACH * size
    {
        b -= 1;
    }
    while b >= a + 2 && small_mark(printed[a], size) && printed[a + 1].bbox[0] - printed[a].bbox[2] > ATTACH * size {
        a += 1;
    }
    printed[a..b].iter().map(|s| (*s).clone()).collect()
}

/// Is the one-symbol word `s` (between `prev` and `next`, the neighbouring words' ink
/// boxes) a speck?
fn lone_speck(s: &RSymbol, prev: Option<[f32; 4]>, next: Option<[f32; 4]>, size: f32) -> bool {
    if is_dash(&s.text) {
        return width(&s.bbox) < DASH_ASPECT * height(&s.bbox);
    }
    if !small_mark(s, size) {
        return false;
    }
    let far_left = prev.is_none_or(|p| s.bbox[0] - p[2] > ATTACH * size);
    let far_right = next.is_none_or(|n| n[0] - s.bbox[2] > ATTACH * size);
    far_left && far_right
}

fn ink(w: &RWord) -> Option<[f32; 4]> {
    let mut it = w.symbols.iter().filter(|s| !s.text.trim().is_empty()).map(|s| s.bbox);
    let first = it.next()?;
    Some(it.fold(first, |a, b| [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]))
}

/// `line` without specks, with each word's text taken from the engine's word reading when
/// it can be and accents put right (see the module docs); `size` is the size of the
/// line's letters in pixels.
pub fn clean_line(line: &RLine, size: f32) -> RLine {
    let size = size.max(1.0);
    let inks: Vec<Option<[f32; 4]>> = line.words.iter().map(ink).collect();
    let mut words = Vec::with_capacity(line.words.len());
    for (i, w) in line.words.iter().enumerate() {
        let mut symbols = kept_symbols(w, size);
        if let [s] = symbols.as_slice() {
            let prev = inks[..i].iter().rev().flatten().next().copied();
            let next = inks[i + 1..].iter().flatten().next().copied();
            if lone_speck(s, prev, next, size) {
                continue;
            }
        }
        if symbols.is_empty() {
            continue;
        }
        if symbols.len() == w.symbols.len() {
            take_word_text(&mut symbols, &w.text);
        }
        if !(i == 0 && starts_lower(&symbols)) {
            respell(&mut symbols);
        }
        words.push(RWord { confidence: w.confidence, text: String::new(), symbols });
    }
    RLine { bbox: line.bbox, baseline: line.baseline, words }
}

/// Gives `symbols` the characters of the engine's word reading `text` when it has one
/// character per symbol (a symbol reading can lose an accent the word reading has).
fn take_word_text(symbols: &mut [RSymbol], text: &str) {
    let chars: Vec<char> = text.trim().nfc().collect();
    if chars.len() != symbols.len() || symbols.iter().any(|s| s.text.chars().count() != 1) {
        return;
    }
    for (s, c) in symbols.iter_mut().zip(chars) {
        if !c.is_whitespace() {
            s.text = c.to_string();
        }
    }
}

/// The vowel with the acute accent toggled (`a` ↔ `á`), or `None`.
fn toggled(c: char) -> Option<char> {
    const PAIRS: [(char, char); 10] = [
        ('a', 'á'),
        ('e', 'é'),
        ('i', 'í'),
        ('o', 'ó'),
        ('u', 'ú'),
        ('A', 'Á'),
        ('E', 'É'),
        ('I', 'Í'),
        ('O', 'Ó'),
        ('U', 'Ú'),
    ];
    PAIRS.iter().find_map(|&(p, a)| {
        if c == p {
            Some(a)
        } else if c == a {
            Some(p)
        } else {
            None
        }
    })
}

/// The Spanish word `word` becomes by removing its one acute accent, else the one it becomes
/// by adding one (when it has none), else by moving its accent to another vowel, when
/// `word` itself is no Spanish word, has a lower-case letter and only letters. At each
/// step two different words mean no answer (`Delímita`: `Delimita`, not the voseo
/// `Delimitá` a moved accent also gives; a speck over a vowel is the likelier misreading).
pub fn accent_fix(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 3 || !chars.iter().all(|c| c.is_alphabetic()) || !chars.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    if lexicon::is_word(word) {
        return None;
    }
    let accented: Vec<usize> = (0..chars.len()).filter(|&i| toggled(chars[i]).is_some_and(|t| t.is_ascii())).collect();
    let plain: Vec<usize> = (0..chars.len()).filter(|&i| toggled(chars[i]).is_some_and(|t| !t.is_ascii())).collect();
    let toggle = |form: &mut Vec<char>, i: usize| form[i] = toggled(form[i]).unwrap_or(form[i]);
    let mut removed = Vec::new();
    let mut moved = Vec::new();
    for &a in &accented {
        let mut base = chars.clone();
        toggle(&mut base, a);
        for &p in plain.iter().filter(|&&p| p != a) {
            let mut m = base.clone();
            toggle(&mut m, p);
            moved.push(m);
        }
        removed.push(base);
    }
    let added: Vec<Vec<char>> = if accented.is_empty() {
        plain
            .iter()
            .map(|&p| {
                let mut m = chars.clone();
                toggle(&mut m, p);
                m
            })
            .collect()
    } else {
        Vec::new()
    };
    for forms in [removed, added, moved] {
        let mut words: Vec<String> =
            forms.into_iter().map(|f| f.into_iter().collect::<String>()).filter(|s| lexicon::is_word(s)).collect();
        words.sort();
        words.dedup();
        match words.len() {
            0 => continue,
            1 => return words.pop(),
            _ => return None,
        }
    }
    None
}

fn starts_lower(symbols: &[RSymbol]) -> bool {
    symbols.first().is_some_and(|s| s.text.chars().next().is_some_and(char::is_lowercase))
}

/// Puts right an accent misread in the letters of `symbols` (one character per symbol;
/// punctuation at either end is left out of the check). A part of a word broken at a line
/// end is no word of its own and is left alone: a word ending in a hyphen here, and the
/// caller leaves out a line's first word when it starts in lower case (`desnutri-` +
/// `ción` would become `desnutrí`, a verb form).
fn respell(symbols: &mut [RSymbol]) {
    let broken = symbols.last().is_some_and(|s| is_dash(&s.text) || s.text == "\u{ad}");
    if broken || symbols.iter().any(|s| s.text.chars().count() != 1) {
        return;
    }
    let letter = |s: &RSymbol| s.text.chars().all(char::is_alphabetic);
    let a = symbols.iter().position(letter).unwrap_or(symbols.len());
    let b = symbols.iter().rposition(letter).map_or(a, |i| i + 1);
    if a >= b {
        return;
    }
    let word: String = symbols[a..b].iter().map(|s| s.text.as_str()).collect();
    let Some(fixed) = accent_fix(&word) else { return };
    for (s, c) in symbols[a..b].iter_mut().zip(fixed.chars()) {
        s.text = c.to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sym(t: &str, b: [f32; 4]) -> RSymbol {
        RSymbol { text: t.into(), bbox: b }
    }

    /// A word of `text` from `x`, 15 px per letter, letters 20 px tall on baseline 100.
    fn word(text: &str, x: f32) -> RWord {
        let symbols = text
            .chars()
            .enumerate()
            .map(|(i, c)| {
                let l = x + 15.0 * i as f32;
                sym(&c.to_string(), [l, 80.0, l + 13.0, 100.0])
            })
            .collect();
        RWord { confidence: 90.0, text: text.into(), symbols }
    }

    fn line(words: Vec<RWord>) -> RLine {
        RLine { bbox: [0.0, 70.0, 2000.0, 110.0], baseline: [0.0, 100.0, 2000.0, 100.0], words }
    }

    fn texts(l: &RLine) -> Vec<String> {
        l.words.iter().map(|w| w.symbols.iter().map(|s| s.text.as_str()).collect()).collect()
    }

    #[test]
    fn specks_apart_from_every_letter_are_dropped() {
        // Size 40 px: a speck 2 sizes right of `2012` and above it, a period touching
        // `fin`, a lone dot in an empty cell, a square "hyphen" and a tall page-edge "dash",
        // a real dash between two numbers.
        let mut year = word("2012", 100.0);
        year.symbols.push(sym(".", [240.0, 60.0, 243.0, 63.0]));
        let mut end = word("fin", 400.0);
        end.symbols.push(sym(".", [446.0, 95.0, 451.0, 100.0]));
        let dot = RWord { confidence: 60.0, text: ".".into(), symbols: vec![sym(".", [700.0, 90.0, 706.0, 96.0])] };
        let square = RWord { confidence: 80.0, text: "-".into(), symbols: vec![sym("-", [900.0, 90.0, 905.0, 95.0])] };
        let edge = RWord { confidence: 70.0, text: "-".into(), symbols: vec![sym("-", [1990.0, 60.0, 2000.0, 110.0])] };
        let dash = RWord { confidence: 90.0, text: "-".into(), symbols: vec![sym("-", [1220.0, 88.0, 1232.0, 92.0])] };
        let (a, b) = (word("2015", 1150.0), word("2020", 1245.0));
        let bang = RWord { confidence: 50.0, text: "!".into(), symbols: vec![sym("!", [1500.0, 90.0, 1504.0, 102.0])] };
        let clean = clean_line(&line(vec![year, end, dot, square, a, dash, b, bang, edge]), 40.0);
        assert_eq!(texts(&clean), vec!["2012", "fin.", "2015", "-", "2020"]);
    }

    #[test]
    fn a_mark_beside_a_word_is_punctuation() {
        // A comma set off by a plain space after a word is kept.
        let comma = RWord { confidence: 80.0, text: ",".into(), symbols: vec![sym(",", [165.0, 96.0, 170.0, 106.0])] };
        let clean = clean_line(&line(vec![word("hola", 100.0), comma, word("mundo", 185.0)]), 40.0);
        assert_eq!(texts(&clean), vec!["hola", ",", "mundo"]);
    }

    #[test]
    fn the_word_reading_gives_back_a_lost_accent() {
        let mut w = word("Junin", 100.0);
        w.text = "Juni\u{301}n".into();
        let clean = clean_line(&line(vec![w]), 40.0);
        assert_eq!(texts(&clean), vec!["Junín"]);
        // A word reading with another length is not used.
        let mut w = word("Junin", 100.0);
        w.text = "Ju nin".into();
        assert_eq!(texts(&clean_line(&line(vec![w]), 40.0)), vec!["Junin"]);
    }

    #[test]
    fn an_accent_is_put_right_when_only_one_spelling_is_a_word() {
        assert_eq!(accent_fix("Delímita").as_deref(), Some("Delimita"));
        assert_eq!(accent_fix("delímita").as_deref(), Some("delimita"));
        assert_eq!(accent_fix("Organica").as_deref(), Some("Orgánica"));
        assert_eq!(accent_fix("organizacion").as_deref(), Some("organización"));
        assert_eq!(accent_fix("organizacíon").as_deref(), Some("organización"));
        // Words, capitals and non-words without a one-accent word are left alone.
        assert_eq!(accent_fix("medió"), None);
        assert_eq!(accent_fix("medio"), None);
        assert_eq!(accent_fix("ORGANICA"), None);
        assert_eq!(accent_fix("xqzrt"), None);
        let mut w = word("Organica,", 100.0);
        w.text = String::new();
        assert_eq!(texts(&clean_line(&line(vec![w]), 40.0)), vec!["Orgánica,"]);
        // Parts of a word broken at a line end are not respelled: `desnutri-` at a line's
        // end (`desnutrí` is a verb form), `pios` opening a line (`píos` is a word).
        let l = line(vec![word("pios", 100.0), word("la", 200.0), word("desnutri-", 300.0)]);
        assert_eq!(texts(&clean_line(&l, 40.0)), vec!["pios", "la", "desnutri-"]);
    }
}
