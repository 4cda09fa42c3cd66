//! Character-level cleaning of one line (or one piece of text).
//!
//! In: a string, optionally with the source position of each of its characters. Out: the
//! cleaned string, NFC, with (optionally) the source position of each output character:
//! ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) expanded; soft hyphens, zero-width characters, BOMs and
//! control characters removed; no-break and other exotic spaces, tabs and line breaks made
//! plain spaces; runs of spaces collapsed and the ends trimmed; replacement characters and
//! stray combining marks repaired where certain ([`super::repair`]); a dotless `ı`/`ȷ`
//! under a combining accent made `i`/`j` (so TeX's "ı́" composes to "í"). Typographic quotes,
//! dashes and `º`/`°` are kept (this is NFC, never NFKC: `N.º` stays `N.º`).
//!
//! Plain ASCII text with single spaces takes a fast path that only copies it, and text
//! that is already NFC skips composition.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::repair;
use crate::model::NormalizationStats;

/// A string with, optionally, the source index of each of its characters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapped {
    /// The text.
    pub text: String,
    /// `map[i]` is the source index of the `i`-th character of `text`, when asked for.
    pub map: Option<Vec<u32>>,
}

impl Mapped {
    /// An empty mapped string with room for `n` bytes.
    pub fn with_capacity(n: usize, mapped: bool) -> Self {
        Mapped { text: String::with_capacity(n), map: mapped.then(|| Vec::with_capacity(n)) }
    }

    /// `text` with the identity map (when `mapped`).
    pub fn identity(text: &str, mapped: bool) -> Self {
        let map = mapped.then(|| (0..text.chars().count() as u32).collect());
        Mapped { text: text.to_string(), map }
    }

    /// Appends `c`, which came from source index `src`.
    #[inline]
    pub fn push(&mut self, c: char, src: u32) {
        self.text.push(c);
        if let Some(m) = &mut self.map {
            m.push(src);
        }
    }

    /// Removes the last character.
    pub fn pop(&mut self) -> Option<char> {
        let c = self.text.pop()?;
        if let Some(m) = &mut self.map {
            m.pop();
        }
        Some(c)
    }

    /// Last character.
    pub fn last(&self) -> Option<char> {
        self.text.chars().next_back()
    }
}

/// Source index of the `i`-th input character under `map` (identity without one).
#[inline]
pub fn src_of(map: Option<&[u32]>, i: usize) -> u32 {
    match map {
        Some(m) => m.get(i).copied().unwrap_or_else(|| m.last().copied().unwrap_or(0)),
        None => i as u32,
    }
}

/// True when `s` is printable ASCII with single spaces and no space at either end: such
/// text is already clean and NFC.
pub fn is_clean_ascii(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    for &c in b {
        if !(0x20..=0x7e).contains(&c) {
            return false;
        }
        let sp = c == b' ';
        if sp && prev_space {
            return false;
        }
        prev_space = sp;
    }
    true
}

/// What one input character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharClass {
    /// Kept as is.
    Keep,
    /// A space of any kind (or a tab or line break): becomes one plain space.
    Space,
    /// Invisible (soft hyphen, zero-width, BOM, control): removed.
    Invisible,
    /// A ligature: expanded to these letters.
    Ligature(&'static str),
}

/// Writes what a space, invisible or ligature character becomes (a `Keep` writes nothing:
/// the caller decides on those).
fn push_changed(out: &mut Mapped, class: CharClass, src: u32, stats: &mut NormalizationStats) {
    match class {
        CharClass::Space => {
            if out.last().is_some_and(|l| l != ' ') {
                out.push(' ', src);
            }
        }
        CharClass::Invisible => stats.invisible_removed += 1,
        CharClass::Ligature(s) => {
            stats.ligatures += 1;
            for l in s.chars() {
                out.push(l, src);
            }
        }
        CharClass::Keep => {}
    }
}

/// Classifies one character.
#[inline]
pub fn classify(c: char) -> CharClass {
    if ('!'..='~').contains(&c) {
        return CharClass::Keep;
    }
    match c {
        ' '
        | '\t'
        | '\n'
        | '\r'
        | '\u{0B}'
        | '\u{0C}'
        | '\u{85}'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => CharClass::Space,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' => CharClass::Invisible,
        '\u{00}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => CharClass::Invisible,
        '\u{FB00}' => CharClass::Ligature("ff"),
        '\u{FB01}' => CharClass::Ligature("fi"),
        '\u{FB02}' => CharClass::Ligature("fl"),
        '\u{FB03}' => CharClass::Ligature("ffi"),
        '\u{FB04}' => CharClass::Ligature("ffl"),
        '\u{FB05}' | '\u{FB06}' => CharClass::Ligature("st"),
        _ => CharClass::Keep,
    }
}

/// Cleans `input` (see the module docs), counting into `stats`. `map` gives the source
/// index of each input character (identity when `None`); the output map is filled only
/// when `want_map`.
pub fn clean(input: &str, map: Option<&[u32]>, want_map: bool, stats: &mut NormalizationStats) -> Mapped {
    if is_clean_ascii(input) {
        return match map {
            Some(m) if want_map => Mapped { text: input.to_string(), map: Some(m.to_vec()) },
            _ => Mapped::identity(input, want_map),
        };
    }
    let repaired = repair::mojibake(input, map, want_map || map.is_some(), stats);
    let (text, map) = match &repaired {
        Some(r) => (r.text.as_str(), r.map.as_deref()),
        None => (input, map),
    };
    let mut out = Mapped::with_capacity(text.len(), want_map);
    if !text.chars().any(|c| c == '\u{FFFD}' || repair::is_mark(c)) {
        // Nothing to repair: a plain pass.
        for (i, c) in text.chars().enumerate() {
            let src = src_of(map, i);
            match classify(c) {
                CharClass::Keep => out.push(c, src),
                class => push_changed(&mut out, class, src, stats),
            }
        }
        if out.last() == Some(' ') {
            out.pop();
        }
        return nfc(out);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let src = src_of(map, i);
        match classify(c) {
            class @ (CharClass::Space | CharClass::Invisible | CharClass::Ligature(_)) => {
                push_changed(&mut out, class, src, stats)
            }
            CharClass::Keep => match repair::judge(&chars, i, recent(&out.text)) {
                repair::Verdict::Keep => out.push(dotted(c, chars.get(i + 1).copied()), src),
                repair::Verdict::Drop => stats.replacement_repaired += 1,
                repair::Verdict::DropWithSpace => {
                    stats.replacement_repaired += 1;
                    i += 1; // the space after the replacement character
                }
                repair::Verdict::DropAndUnspace => {
                    stats.replacement_repaired += 1;
                    if out.last() == Some(' ') {
                        out.pop();
                    }
                }
                repair::Verdict::Left => {
                    stats.replacement_left += 1;
                    out.push(c, src);
                }
            },
        }
        i += 1;
    }
    if out.last() == Some(' ') {
        out.pop();
    }
    nfc(out)
}

/// A dotless `ı` or `ȷ` under a combining accent is the plain letter: TeX sets "í" as a
/// dotless i with an acute over it, which must compose to `í` (NFC leaves `ı` + U+0301
/// apart, and words like "estadı́stico" would never match "estadístico").
fn dotted(c: char, next: Option<char>) -> char {
    let accented = next.is_some_and(|m| ('\u{300}'..='\u{36F}').contains(&m));
    match c {
        'ı' if accented => 'i',
        'ȷ' if accented => 'j',
        _ => c,
    }
}

/// The last three characters of `s`, most recent first.
fn recent(s: &str) -> [Option<char>; 3] {
    let mut it = s.chars().rev();
    [it.next(), it.next(), it.next()]
}

/// False when every character is below U+0300 (Latin-1 and Latin Extended letters are
/// stable under NFC) or typographic punctuation: NFC cannot change such text.
fn may_change_under_nfc(s: &str) -> bool {
    s.chars().any(|c| c >= '\u{300}' && !('\u{2010}'..='\u{205E}').contains(&c))
}

/// Composes `m` to NFC, keeping the map (each composed character maps to the source of
/// the first character of its cluster).
pub fn nfc(m: Mapped) -> Mapped {
    if !may_change_under_nfc(&m.text) || is_nfc_quick(m.text.chars()) == IsNormalized::Yes {
        return m;
    }
    let text: String = m.text.nfc().collect();
    let map = m.map.map(|old| nfc_map(&m.text, &old, &text));
    Mapped { text, map }
}

/// The map of an NFC-composed string: cluster by cluster (a starter and the marks after it).
fn nfc_map(before: &str, old: &[u32], after: &str) -> Vec<u32> {
    use unicode_normalization::char::canonical_combining_class;
    let mut out = Vec::with_capacity(old.len());
    let chars: Vec<char> = before.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start + 1;
        while end < chars.len() && canonical_combining_class(chars[end]) != 0 {
            end += 1;
        }
        let seg: String = chars[start..end].iter().collect();
        let src = old.get(start).copied().unwrap_or(0);
        for _ in seg.nfc() {
            out.push(src);
        }
        start = end;
    }
    let n = after.chars().count();
    if out.len() != n {
        // Composition across clusters (not seen in Latin text): map proportionally.
        out = (0..n).map(|i| old.get(i.min(old.len().saturating_sub(1))).copied().unwrap_or(0)).collect();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> (String, NormalizationStats) {
        let mut st = NormalizationStats::default();
        let m = clean(s, None, false, &mut st);
        (m.text, st)
    }

    #[test]
    fn dotless_i_under_an_accent_composes() {
        assert_eq!(c("estad\u{131}\u{301}stico").0, "estadístico");
        assert_eq!(c("\u{237}\u{30C}").0, "ǰ");
        // Alone, the dotless i stays (Turkish "ılık").
        assert_eq!(c("\u{131}l\u{131}k").0, "ılık");
    }

    #[test]
    fn cleaning_table() {
        let cases: &[(&str, &str)] = &[
            ("plain ascii text", "plain ascii text"),
            ("  two  spaces\there ", "two spaces here"),
            ("ﬁnanciamiento ﬂujo eﬁcaz oﬃcial aﬄuir ﬅ ﬆ", "financiamiento flujo eficaz official affluir st st"),
            ("infor\u{AD}mación", "información"),
            ("\u{FEFF}texto\u{200B}con\u{2060}ceros", "textoconceros"),
            ("Ley\u{A0}N°\u{202F}27783", "Ley N° 27783"),
            ("610\u{A0}785\u{2002}y", "610 785 y"),
            ("N.º 004-2013", "N.º 004-2013"),
            ("“comillas” — y – guiones ‘simples’", "“comillas” — y – guiones ‘simples’"),
            ("so\u{301}lo Peru\u{301}", "sólo Perú"),
            ("a\u{7}b", "ab"),
            ("", ""),
            ("   ", ""),
        ];
        for (input, want) in cases {
            assert_eq!(c(input).0, *want, "input {input:?}");
        }
    }

    #[test]
    fn counts() {
        let (_, st) = c("ﬁn\u{AD}al\u{200B}");
        assert_eq!(st.ligatures, 1);
        assert_eq!(st.invisible_removed, 2);
    }

    #[test]
    fn map_follows_expansions_and_removals() {
        let mut st = NormalizationStats::default();
        let m = clean("a\u{AD}ﬁ  b", None, true, &mut st);
        assert_eq!(m.text, "afi b");
        assert_eq!(m.map.as_deref(), Some(&[0, 2, 2, 3, 5][..]));
        let m = clean("so\u{301}lo", None, true, &mut st);
        assert_eq!(m.text, "sólo");
        assert_eq!(m.map.as_deref(), Some(&[0, 1, 3, 4][..]));
    }

    #[test]
    fn fast_path_detection() {
        assert!(is_clean_ascii("abc def"));
        assert!(!is_clean_ascii("abc  def"));
        assert!(!is_clean_ascii(" abc"));
        assert!(!is_clean_ascii("abc\t"));
        assert!(!is_clean_ascii("acción"));
    }
}
