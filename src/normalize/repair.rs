//! Repairs of damaged characters, made only when they are certain.
//!
//! In: a line's characters. Out: decisions (and, for mojibake, a repaired string with its
//! source map):
//!
//! - **Mojibake**: UTF-8 that was read as Latin-1 or Windows-1252 (`PolÃ­tica`, `aÃ±o`,
//!   `â€œ`). A sequence is repaired when its characters, turned back into bytes, form one
//!   valid UTF-8 character that is not a control character; otherwise it is left alone.
//!   Doubly encoded text is repaired in up to three rounds.
//! - **U+FFFD after an accented letter** (`Martí\u{FFFD}n` → `Martín`): some extractors
//!   emit the accent a second time as an undecodable character. When the accented letter
//!   is a capital that starts a word and a space follows (`Á\u{FFFD} frica`), the space is
//!   removed too if the joined word is in the lexicon (`África`); otherwise it stays.
//! - **Stray combining marks**: a mark after a space, after a letter that already carries
//!   an accent and cannot take this one (`í\u{301}`), or repeating the mark before it.
//!
//! Any other U+FFFD is left in place and counted as `replacement_left`.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

use super::lexicon;
use super::unicode::{classify, src_of, CharClass, Mapped};
use crate::model::NormalizationStats;

/// What to do with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Keep it.
    Keep,
    /// Drop it: a certain repair.
    Drop,
    /// Drop it and the space after it: a certain repair.
    DropWithSpace,
    /// Drop it and the space emitted just before it: a certain repair.
    DropAndUnspace,
    /// Keep it, but count it as an unrepaired replacement character.
    Left,
}

/// True for combining diacritical marks.
#[inline]
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// True when `c` is a letter that carries a diacritic (it decomposes canonically).
pub fn has_diacritic(c: char) -> bool {
    if c.is_ascii() || !c.is_alphabetic() {
        return false;
    }
    let mut n = 0;
    decompose_canonical(c, |_| n += 1);
    n > 1
}

/// Letters after which a U+FFFD is taken to be a doubled accent: any letter with a
/// diacritic, or a combining mark. `Â`, `Ã`, `Ä` and `Å` are left out on purpose: after
/// them a U+FFFD is more likely a lost byte of mojibake (`Ã\u{FFFD}` for `Á`, `Í`).
fn accent_before_fffd(c: char) -> bool {
    is_mark(c) || (has_diacritic(c) && !matches!(c, 'Â' | 'Ã' | 'Ä' | 'Å'))
}

/// Decides about `chars[i]` given the last three characters already emitted (`recent`,
/// most recent first).
pub fn judge(chars: &[char], i: usize, recent: [Option<char>; 3]) -> Verdict {
    let Some(&c) = chars.get(i) else { return Verdict::Keep };
    if c == '\u{FFFD}' {
        return judge_fffd(chars, i, recent);
    }
    if is_mark(c) {
        return judge_mark(c, recent[0]);
    }
    Verdict::Keep
}

/// The lower-case word that starts at `chars[from]`, if any.
fn word_at(chars: &[char], from: usize) -> Option<String> {
    let word: String = chars.iter().skip(from).take_while(|c| c.is_alphabetic()).collect();
    (!word.is_empty() && word.chars().all(char::is_lowercase)).then_some(word)
}

/// True when capital `p` followed by `word` is a word of the lexicon (`Á` + `frica`).
fn capital_joins(p: char, word: &str) -> bool {
    let mut joined = String::with_capacity(word.len() + 2);
    joined.push(p);
    joined.push_str(word);
    lexicon::contains(&joined)
}

fn judge_fffd(chars: &[char], i: usize, recent: [Option<char>; 3]) -> Verdict {
    let starts_word = |q: Option<char>| q.is_none_or(|q| !q.is_alphanumeric());
    // `Í \u{FFFD}ndice`: the space came before the replacement character.
    if let (Some(' '), Some(p)) = (recent[0], recent[1]) {
        if p.is_uppercase() && accent_before_fffd(p) && starts_word(recent[2]) {
            if let Some(word) = word_at(chars, i + 1) {
                if capital_joins(p, &word) {
                    return Verdict::DropAndUnspace;
                }
            }
        }
    }
    let Some(p) = recent[0].filter(|&p| accent_before_fffd(p)) else { return Verdict::Left };
    let space_next = chars.get(i + 1).is_some_and(|&n| classify(n) == CharClass::Space);
    if p.is_uppercase() && starts_word(recent[1]) && space_next {
        if let Some(word) = word_at(chars, i + 2) {
            if capital_joins(p, &word) {
                return Verdict::DropWithSpace;
            }
        }
    }
    Verdict::Drop
}

fn judge_mark(c: char, prev: Option<char>) -> Verdict {
    match prev {
        None | Some(' ') => Verdict::Drop,
        Some(p) if is_mark(p) => {
            if p == c {
                Verdict::Drop
            } else {
                Verdict::Keep
            }
        }
        Some(p) if has_diacritic(p) && compose(p, c).is_none() && canonical_combining_class(c) != 0 => Verdict::Drop,
        Some(_) => Verdict::Keep,
    }
}

/// The byte a Windows-1252 (or Latin-1) decoder turned into `c`, if any.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u <= 0xFF {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// Length of the UTF-8 sequence that starts with the byte behind `c`, if `c` can be a
/// misread lead byte.
fn lead_len(c: char) -> Option<usize> {
    match c as u32 {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// Tries to read a mojibake sequence at `chars[i]`: the repaired character and how many
/// input characters it replaces.
fn read_sequence(chars: &[char], i: usize) -> Option<(char, usize)> {
    let first = *chars.get(i)?;
    let len = lead_len(first)?;
    let mut bytes = [0u8; 4];
    bytes[0] = first as u32 as u8;
    for (k, slot) in bytes.iter_mut().enumerate().take(len).skip(1) {
        let b = cp1252_byte(*chars.get(i + k)?)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        *slot = b;
    }
    let s = std::str::from_utf8(bytes.get(..len)?).ok()?;
    let r = s.chars().next()?;
    if r.is_control() {
        return None;
    }
    Some((r, len))
}

/// True when a possible lead character is followed by a possible continuation character
/// somewhere in `s` (Spanish text, with its `ó` before ASCII letters, is not).
fn may_have_mojibake(s: &str) -> bool {
    let mut prev_lead = false;
    for c in s.chars() {
        if prev_lead && cp1252_byte(c).is_some_and(|b| (0x80..=0xBF).contains(&b)) {
            return true;
        }
        prev_lead = lead_len(c).is_some();
    }
    false
}

/// Repairs mojibake in `input` (see the module docs). `None` when nothing was repaired.
pub fn mojibake(input: &str, map: Option<&[u32]>, want_map: bool, stats: &mut NormalizationStats) -> Option<Mapped> {
    if !may_have_mojibake(input) {
        return None;
    }
    let mut current: Option<Mapped> = None;
    for _round in 0..3 {
        let (text, m) = match &current {
            Some(c) => (c.text.as_str(), c.map.as_deref()),
            None => (input, map),
        };
        let chars: Vec<char> = text.chars().collect();
        let mut out = Mapped::with_capacity(text.len(), want_map);
        let mut repaired = 0;
        let mut i = 0;
        while i < chars.len() {
            if let Some((r, n)) = read_sequence(&chars, i) {
                out.push(r, src_of(m, i));
                repaired += 1;
                i += n;
            } else {
                out.push(chars[i], src_of(m, i));
                i += 1;
            }
        }
        if repaired == 0 {
            break;
        }
        stats.mojibake_repaired += repaired;
        current = Some(out);
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::unicode::clean;

    fn fix(s: &str) -> (String, NormalizationStats) {
        let mut st = NormalizationStats::default();
        let m = clean(s, None, false, &mut st);
        (m.text, st)
    }

    #[test]
    fn mojibake_table() {
        let cases: &[(&str, &str, u64)] = &[
            ("PolÃ\u{AD}tica", "Política", 1),
            ("aÃ±o", "año", 1),
            ("GestiÃ³n pÃºblica", "Gestión pública", 2),
            ("â€œcitaâ€\u{9D}", "“cita”", 2),
            ("Nâ€™est", "N’est", 1),
            ("NÂº 27783", "Nº 27783", 1),
            ("MÃ©xico y EspaÃ±a", "México y España", 2),
            // Doubly encoded: é → Ã© → ÃƒÂ©.
            ("cafÃƒÂ©", "café", 3),
            // Not mojibake: left alone.
            ("SÃO PAULO", "SÃO PAULO", 0),
            ("Ângulo", "Ângulo", 0),
            ("façade à la", "façade à la", 0),
        ];
        for (input, want, n) in cases {
            let (got, st) = fix(input);
            assert_eq!(got, *want, "input {input:?}");
            assert_eq!(st.mojibake_repaired, *n, "count for {input:?}");
        }
    }

    #[test]
    fn replacement_table() {
        let cases: &[(&str, &str, u64, u64)] = &[
            ("Martí\u{FFFD}n", "Martín", 1, 0),
            ("polí\u{FFFD}tica y así\u{FFFD} como", "política y así como", 2, 0),
            ("el Á\u{FFFD} rea de Libre", "el Área de Libre", 1, 0),
            ("y Á\u{FFFD} frica", "y África", 1, 0),
            ("Qhápaq Ñ\u{FFFD} an", "Qhápaq Ñ an", 1, 0),
            ("océa-no Í\u{FFFD}ndico", "océa-no Índico", 1, 0),
            ("el Í \u{FFFD}ndice de", "el Índice de", 1, 0),
            ("(Ž\u{FFFD}irovčić, 2016)", "(Žirovčić, 2016)", 1, 0),
            ("Ã\u{FFFD}", "Ã\u{FFFD}", 0, 1),
            ("paí\u{FFFD}-", "paí-", 1, 0),
            ("Mart\u{FFFD}n", "Mart\u{FFFD}n", 0, 1),
            ("\u{FFFD}", "\u{FFFD}", 0, 1),
            ("Ã\u{FFFD}rea", "Ã\u{FFFD}rea", 0, 1),
            ("en el \u{301} ámbito", "en el ámbito", 1, 0),
            ("Perí\u{301}", "Perí", 1, 0),
            ("i\u{301}\u{301}", "í", 1, 0),
            ("e\u{302}\u{301}", "ế", 0, 0),
        ];
        for (input, want, rep, left) in cases {
            let (got, st) = fix(input);
            assert_eq!(got, *want, "input {input:?}");
            assert_eq!((st.replacement_repaired, st.replacement_left), (*rep, *left), "counts for {input:?}");
        }
    }
}
