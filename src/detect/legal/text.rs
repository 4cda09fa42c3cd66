//! Text preparation for matching.
//!
//! In: one block text as the pipeline gives it (possibly with line breaks, hyphenated line
//! ends, U+FFFD and soft hyphens left by extraction). Out: a [`Prepared`] text in which the
//! ignorable characters are gone, every whitespace run is one space and a word split by
//! `-` + line break is joined, together with the map from each of its characters back to a
//! character offset in the original text. Matching runs on the prepared text; offsets are
//! reported in the original.

use std::borrow::Cow;

/// A text ready for matching, with its offset map.
///
/// A document keeps one of these per block until its mentions are resolved, so it is
/// compact: a text that preparation leaves as it is (most normalised block texts) is
/// borrowed, not copied, and the offset map is only allocated when it says something — a
/// run per edit, a checkpoint every `CHECKPOINT` (128) bytes past the first, the line breaks.
#[derive(Debug, Clone, Default)]
pub struct Prepared<'a> {
    /// The cleaned text (the original itself when cleaning changed nothing).
    pub text: Cow<'a, str>,
    /// Characters in `text`.
    len: usize,
    /// `None` when every part of the map is empty (see [`OffsetMap`]).
    map: Option<Box<OffsetMap>>,
}

/// The parts of a [`Prepared`] text's offset map; an empty part stands for its plain case.
#[derive(Debug, Clone, Default, PartialEq)]
struct OffsetMap {
    /// Original character offsets of the characters of `text` (and, one past its end, the
    /// original length), run-length coded: `(i, o)` says that character `i` and those after
    /// it up to the next run come from original offsets `o`, `o + 1`, … Runs start only
    /// where characters were dropped or spaces folded. Empty: character `i` is original `i`.
    runs: Vec<(u32, u32)>,
    /// `checkpoints[k]`: number of characters of `text` before byte `k * CHECKPOINT`
    /// (rounded down to a character boundary). Empty: the text has one checkpoint, 0.
    checkpoints: Vec<u32>,
    /// Byte offsets (ascending) of the spaces in `text` that stand for a line break.
    breaks: Vec<usize>,
}

/// Bytes between two checkpoints of [`Prepared`]: a byte → character lookup counts at most
/// this many bytes.
const CHECKPOINT: usize = 128;

/// `v` as `u32`, saturating (texts are bounded far below 4 GiB by the input limits).
fn to_u32(v: usize) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// `s` lower-cased letter for letter without changing any byte offset: ASCII and the Latin-1
/// capitals (`Ó` → `ó`, `Ñ` → `ñ`, same UTF-8 length); other characters as they are. Patterns
/// written in lower case then match upper-case text (`LA PRESENTE RESOLUCIÓN`) at the same
/// offsets.
pub fn lower_keep_offsets(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .map(|c| match c {
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The last (about) `n` bytes of `text[..end]`, cut at a character boundary: what look-behind
/// checks scan, so that their cost does not grow with the text.
pub fn before(text: &str, end: usize, n: usize) -> &str {
    let end = end.min(text.len());
    let mut from = end.saturating_sub(n);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    text.get(from..end).unwrap_or("")
}

/// Characters dropped before matching.
fn ignorable(c: char) -> bool {
    matches!(c, '\u{FFFD}' | '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{2060}')
}

/// Accented words of norm heads and names (folded to lower case) that extraction damages by
/// turning the accented letter into U+FFFD (`Resoluci\u{FFFD}n`, `Org\u{FFFD}nica`).
const ACCENTED: &[&str] = &[
    "código",
    "códigos",
    "constitución",
    "política",
    "perú",
    "orgánica",
    "orgánicas",
    "pública",
    "público",
    "técnica",
    "técnico",
    "única",
    "único",
    "república",
    "núm",
    "número",
    "números",
    "nación",
    "régimen",
    "información",
    "administración",
    "gestión",
    "inversión",
    "descentralización",
    "regionalización",
    "modernización",
    "contratación",
    "protección",
    "cooperación",
    "integración",
    "organización",
    "tributación",
    "educación",
    "reinserción",
    "demarcación",
    "acreditación",
    "económica",
    "económico",
    "estratégico",
    "ética",
    "título",
    "capítulo",
    "artículo",
    "artículos",
    "decisión",
    "convención",
    "resolución",
    "secretaría",
    "contraloría",
    "alcaldía",
    "legislación",
    "disposición",
    "según",
    "aprobó",
    "año",
];

/// What the run of U+FFFD at characters `i..=j` stood for: the degree sign of a number sign
/// (`N\u{FFFD} 1088`, `N\u{FFFD}004`), the accented letter (or `ñ`) that turns its word into
/// a word of [`ACCENTED`] or a `-ión` ending, else nothing (the character is dropped).
fn replacement_at(chars: &[char], i: usize, j: usize) -> Option<char> {
    let word = |c: &char| c.is_alphabetic();
    let mut a = i;
    while a > 0 && i - a < 24 && word(&chars[a - 1]) {
        a -= 1;
    }
    let mut b = j + 1;
    while b < chars.len() && b - j < 24 && word(&chars[b]) {
        b += 1;
    }
    let prefix: String = chars[a..i].iter().collect();
    let suffix: String = chars[j + 1..b].iter().collect();
    let next = chars.get(j + 1).copied();
    if matches!(prefix.as_str(), "N" | "n")
        && suffix.is_empty()
        && !next.is_some_and(|c| matches!(c, '°' | 'º' | 'ᵒ' | '˚'))
        && (a == 0 || !chars[a - 1].is_alphanumeric())
    {
        return Some('°');
    }
    if prefix.is_empty() {
        return None;
    }
    let lower = |s: &str| s.to_lowercase();
    let upper = prefix.chars().count() > 1 && prefix.chars().all(char::is_uppercase);
    let pick = |v: char| Some(if upper { v.to_uppercase().next().unwrap_or(v) } else { v });
    if lower(&suffix) == "n" && lower(&prefix).ends_with('i') {
        return pick('ó');
    }
    let (p, s) = (lower(&prefix), lower(&suffix));
    for v in ['á', 'é', 'í', 'ó', 'ú', 'ñ'] {
        let w = format!("{p}{v}{s}");
        if ACCENTED.contains(&w.as_str()) {
            return pick(v);
        }
    }
    None
}

/// The characters of `raw` with their offsets, ignorable ones dropped and each U+FFFD (a
/// run of them counts as one) replaced by what it stood for, when that is clear.
fn repair_replacements(raw: &str) -> Vec<(u32, char)> {
    let all: Vec<char> = raw.chars().collect();
    let mut out = Vec::with_capacity(all.len());
    for (i, &c) in all.iter().enumerate() {
        if c == '\u{FFFD}' && (i == 0 || all[i - 1] != '\u{FFFD}') {
            let mut j = i;
            while all.get(j + 1) == Some(&'\u{FFFD}') {
                j += 1;
            }
            if let Some(r) = replacement_at(&all, i, j) {
                out.push((to_u32(i), r));
            }
            continue;
        }
        if !ignorable(c) {
            out.push((to_u32(i), c));
        }
    }
    out
}

/// Hyphen-like characters that may end a line inside a word.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}

/// Whether a space between `done` (the prepared text so far) and `next` separates the
/// thousands of a cited number (`N° 31 433`, `Nº 1 057`): one or two digits right after a
/// number sign (`°`, `º`, `ᵒ`, or the `.` of `No.` / `Nro.` / `Núm.`, a space allowed), then
/// exactly three digits not continued by a digit, a hyphen, a slash or a decimal part.
fn thousands_gap(done: &[(u32, char)], next: &[(u32, char)]) -> bool {
    let digits = done.iter().rev().take_while(|(_, c)| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let mut k = done.len() - digits;
    if k > 0 && done[k - 1].1 == ' ' {
        k -= 1;
    }
    let sign = match k.checked_sub(1).map(|p| done[p].1) {
        Some('°' | 'º' | 'ᵒ' | '˚') => true,
        Some('.') => k >= 2 && matches!(done[k - 2].1, 'o' | 'O' | 'm'),
        _ => false,
    };
    let three = next.len() >= 3 && next[..3].iter().all(|(_, c)| c.is_ascii_digit());
    let after = next.get(3).map(|(_, c)| *c);
    let cont = after.is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '–'))
        || (after == Some('.') && next.get(4).is_some_and(|(_, c)| c.is_ascii_digit()));
    sign && three && !cont
}

impl<'a> Prepared<'a> {
    /// Prepares `raw` for matching.
    pub fn new(raw: &'a str) -> Prepared<'a> {
        let chars: Vec<(u32, char)> = if raw.contains('\u{FFFD}') {
            repair_replacements(raw)
        } else {
            raw.chars().enumerate().filter(|(_, c)| !ignorable(*c)).map(|(i, c)| (to_u32(i), c)).collect()
        };
        let total = raw.chars().count();
        let mut out: Vec<(u32, char)> = Vec::with_capacity(chars.len());
        let mut break_at: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if c.is_whitespace() {
                let mut j = i;
                let mut newline = false;
                while j < chars.len() && chars[j].1.is_whitespace() {
                    newline |= chars[j].1 == '\n' || chars[j].1 == '\r';
                    j += 1;
                }
                if !newline && thousands_gap(&out, &chars[j..]) {
                    // `N° 31 433`: a space as thousands separator inside a number.
                    i = j;
                    continue;
                }
                if !out.is_empty() && j < chars.len() {
                    if newline {
                        break_at.push(out.len());
                    }
                    out.push((pos, ' '));
                }
                i = j;
                continue;
            }
            if is_hyphen(c) && out.last().is_some_and(|(_, p)| p.is_alphanumeric()) {
                // `-` + whitespace with a line break: a word split at the line end (joined
                // when a lower-case letter follows a letter) or a compound / number split
                // there (the hyphen stays, the break goes).
                let mut j = i + 1;
                let mut newline = false;
                while j < chars.len() && chars[j].1.is_whitespace() {
                    newline |= chars[j].1 == '\n' || chars[j].1 == '\r';
                    j += 1;
                }
                // `Legis- lativo`: the line break lost in extraction, a hyphen and one space
                // left inside a word (letter before, lower-case letter after).
                let letter_before = out.last().is_some_and(|(_, p)| p.is_alphabetic());
                if !newline && j == i + 2 && letter_before && chars.get(j).is_some_and(|(_, n)| n.is_lowercase()) {
                    i = j;
                    continue;
                }
                if newline && j < chars.len() && chars[j].1.is_alphanumeric() {
                    if !(letter_before && chars[j].1.is_lowercase()) {
                        out.push((pos, c));
                    }
                    i = j;
                    continue;
                }
            }
            out.push((pos, c));
            i += 1;
        }
        drop(chars);
        let text: String = out.iter().map(|(_, c)| *c).collect();
        let mut runs: Vec<(u32, u32)> = Vec::new();
        let positions = out.iter().map(|(p, _)| *p).chain(std::iter::once(to_u32(total)));
        for (i, p) in positions.enumerate() {
            let i = to_u32(i);
            if runs.last().is_none_or(|&(ri, ro)| ro.checked_add(i - ri) != Some(p)) {
                runs.push((i, p));
            }
        }
        runs.shrink_to_fit();
        let len = out.len();
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut breaks = Vec::with_capacity(break_at.len());
        let mut pending = break_at.iter().peekable();
        for (ci, (b, _)) in text.char_indices().enumerate() {
            while checkpoints.len() * CHECKPOINT <= b {
                checkpoints.push(to_u32(ci));
            }
            if pending.peek().is_some_and(|&&k| k == ci) {
                breaks.push(b);
                pending.next();
            }
        }
        // The plain cases need no map: one run from 0 (character i is original i), one
        // checkpoint (0).
        if runs == [(0, 0)] {
            runs = Vec::new();
        }
        if checkpoints.len() <= 1 {
            checkpoints = Vec::new();
        }
        let map = OffsetMap { runs, checkpoints, breaks };
        let map = (map != OffsetMap::default()).then(|| Box::new(map));
        let text = if text == raw {
            Cow::Borrowed(raw)
        } else {
            let mut text = text;
            text.shrink_to_fit();
            Cow::Owned(text)
        };
        Prepared { text, len, map }
    }

    /// Byte offsets (ascending) of the spaces in `text` that stand for a line break.
    pub fn breaks(&self) -> &[usize] {
        self.map.as_ref().map_or(&[], |m| &m.breaks)
    }

    /// Character index in `text` of byte offset `b` (the character containing it; the
    /// character count at or past the end).
    fn char_of_byte(&self, b: usize) -> usize {
        if b >= self.text.len() {
            return self.len;
        }
        let checkpoints = self.map.as_ref().map_or(&[][..], |m| &m.checkpoints);
        let k = (b / CHECKPOINT).min(checkpoints.len().saturating_sub(1));
        // The checkpoint counts the characters before the first boundary at or after
        // `k * CHECKPOINT`.
        let mut from = k * CHECKPOINT;
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let base = checkpoints.get(k).copied().unwrap_or(0) as usize;
        let mut to = b;
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        if to < from {
            // `b` is inside the character that straddles the checkpoint.
            return base.saturating_sub(1);
        }
        base + self.text[from..to].chars().count()
    }

    /// Original character offset of prepared byte offset `b` (a start).
    pub fn orig_start(&self, b: usize) -> usize {
        self.orig(self.char_of_byte(b))
    }

    /// Original character offset just past the prepared character that ends at byte `b`.
    pub fn orig_end(&self, b: usize) -> usize {
        match self.char_of_byte(b) {
            0 => self.orig(0),
            ci => self.orig(ci - 1) + 1,
        }
    }

    /// Original character offset of character `ci` of `text` (`len`: the original length).
    fn orig(&self, ci: usize) -> usize {
        let ci = to_u32(ci.min(self.len));
        let runs = self.map.as_ref().map_or(&[][..], |m| &m.runs);
        let k = runs.partition_point(|&(i, _)| i <= ci);
        match k.checked_sub(1).and_then(|k| runs.get(k)) {
            Some(&(i, o)) => (o + (ci - i)) as usize,
            // No runs: every character is where it was. (Runs, when there are any, start
            // with character 0.)
            None => ci as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_and_offsets() {
        let cases: &[(&str, &str)] = &[
            ("Decreto Su-\n\npremo N° 5", "Decreto Supremo N° 5"),
            ("acci\u{FFFD}on  de\n la", "accion de la"),
            ("La Resoluci\u{FFFD}n Ministerial N\u{FFFD} 045", "La Resolución Ministerial N° 045"),
            ("Constituci\u{FFFD}\u{FFFD}n Pol\u{FFFD}tica del Per\u{FFFD}.", "Constitución Política del Perú."),
            ("Ley Org\u{FFFD}nica; N\u{FFFD}004; N\u{FFFD}° 5; x\u{FFFD}y", "Ley Orgánica; N°004; N° 5; xy"),
            ("Ley\u{00AD} N°\n27783", "Ley N° 27783"),
            ("Sur-\nSur", "Sur-Sur"),
            ("0231- 2018-RE", "0231- 2018-RE"),
            ("Decreto Legis- lativo y Sur- Sur", "Decreto Legislativo y Sur- Sur"),
            ("  borde  ", "borde"),
            ("Ley N° 31 433 y", "Ley N° 31433 y"),
            ("Ley Nro. 27 867", "Ley Nro. 27867"),
            ("Ley N° 31 433-2020", "Ley N° 31 433-2020"),
            ("los 12 345 casos", "los 12 345 casos"),
        ];
        for (raw, want) in cases {
            assert_eq!(Prepared::new(raw).text, *want, "{raw:?}");
        }
        let p = Prepared::new("ab  Ley\nN° 1");
        let b = p.text.find("Ley").unwrap_or(0);
        assert_eq!(p.orig_start(b), 4);
        assert_eq!(p.orig_end(p.text.len()), 12);
        assert_eq!(p.breaks(), [6]);
    }

    #[test]
    fn a_text_preparation_leaves_alone_is_borrowed_with_no_map() {
        // Long enough for several checkpoints, multi-byte letters, nothing to clean.
        let raw: String = (0..40).map(|i| format!("según la Ley N° {i} año ")).collect::<String>() + "fin";
        let p = Prepared::new(&raw);
        assert!(matches!(p.text, Cow::Borrowed(_)));
        let short = Prepared::new("la Ley N° 27444");
        assert!(matches!(short.text, Cow::Borrowed(_)) && short.map.is_none());
        let orig: Vec<char> = raw.chars().collect();
        for (ci, (b, c)) in p.text.char_indices().enumerate() {
            assert_eq!((p.orig_start(b), orig[ci]), (ci, c), "byte {b}");
            assert_eq!(p.orig_end(b + c.len_utf8()), ci + 1, "byte {b}");
        }
        assert_eq!(p.orig_start(p.text.len()), orig.len());
        // A text that changes is owned.
        assert!(matches!(Prepared::new("Ley\nN° 1").text, Cow::Owned(_)));
    }

    #[test]
    fn offsets_match_a_plain_count_across_checkpoints() {
        // Multi-byte letters, dropped characters and collapsed spaces over several
        // checkpoints: every start maps to the original offset of the same character.
        let raw: String = (0..200).map(|i| format!("Ley\u{00AD} N° {i}  según\nañ{i}ó ")).collect();
        let p = Prepared::new(&raw);
        let orig: Vec<char> = raw.chars().collect();
        for (b, c) in p.text.char_indices() {
            let o = p.orig_start(b);
            assert_eq!(orig.get(o), Some(&if c == ' ' { orig[o] } else { c }), "byte {b}");
            assert_eq!(p.orig_end(b + c.len_utf8()), o + 1, "byte {b}");
        }
        assert_eq!(p.orig_start(p.text.len()), raw.chars().count());
    }
}
