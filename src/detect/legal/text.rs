//! Text preparation for matching.
//!
//! In: one block text as the pipeline gives it (possibly with line breaks, hyphenated line
//! ends, U+FFFD and soft hyphens left by extraction). Out: a [`Prepared`] text in which the
//! ignorable characters are gone, every whitespace run is one space and a word split by
//! `-` + line break is joined, together with the map from each of its characters back to a
//! character offset in the original text. Matching runs on the prepared text; offsets are
//! reported in the original.

/// A text ready for matching, with its offset map.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// The cleaned text.
    pub text: String,
    /// `orig[i]`: original character offset of the `i`-th character of `text`; one extra
    /// entry holds the original length.
    orig: Vec<usize>,
    /// `char_of_byte[b]`: character index in `text` of byte offset `b` (valid at char
    /// boundaries; one extra entry for the end).
    char_of_byte: Vec<usize>,
    /// Byte offsets (ascending) of the spaces in `text` that stand for a line break.
    pub breaks: Vec<usize>,
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

/// Hyphen-like characters that may end a line inside a word.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}

impl Prepared {
    /// Prepares `raw` for matching.
    pub fn new(raw: &str) -> Prepared {
        let chars: Vec<(usize, char)> = raw.chars().enumerate().filter(|(_, c)| !ignorable(*c)).collect();
        let total = raw.chars().count();
        let mut out: Vec<(usize, char)> = Vec::with_capacity(chars.len());
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
                if newline && j < chars.len() && chars[j].1.is_alphanumeric() {
                    let letter_before = out.last().is_some_and(|(_, p)| p.is_alphabetic());
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
        let text: String = out.iter().map(|(_, c)| *c).collect();
        let mut orig: Vec<usize> = out.iter().map(|(p, _)| *p).collect();
        orig.push(total);
        let mut char_of_byte = vec![0usize; text.len() + 1];
        let mut byte_of_char = Vec::with_capacity(out.len());
        let mut ci = 0;
        for (b, _) in text.char_indices() {
            char_of_byte[b] = ci;
            byte_of_char.push(b);
            ci += 1;
        }
        char_of_byte[text.len()] = ci;
        let breaks = break_at.iter().filter_map(|&k| byte_of_char.get(k).copied()).collect();
        Prepared { text, orig, char_of_byte, breaks }
    }

    /// Original character offset of prepared byte offset `b` (a start).
    pub fn orig_start(&self, b: usize) -> usize {
        let ci = self.char_of_byte.get(b).copied().unwrap_or(self.orig.len().saturating_sub(1));
        self.orig.get(ci).copied().unwrap_or(0)
    }

    /// Original character offset just past the prepared character that ends at byte `b`.
    pub fn orig_end(&self, b: usize) -> usize {
        let ci = self.char_of_byte.get(b).copied().unwrap_or(self.orig.len().saturating_sub(1));
        if ci == 0 {
            return self.orig.first().copied().unwrap_or(0);
        }
        self.orig.get(ci - 1).map(|p| p + 1).unwrap_or(0)
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
            ("Ley\u{00AD} N°\n27783", "Ley N° 27783"),
            ("Sur-\nSur", "Sur-Sur"),
            ("0231- 2018-RE", "0231- 2018-RE"),
            ("  borde  ", "borde"),
        ];
        for (raw, want) in cases {
            assert_eq!(Prepared::new(raw).text, *want, "{raw:?}");
        }
        let p = Prepared::new("ab  Ley\nN° 1");
        let b = p.text.find("Ley").unwrap_or(0);
        assert_eq!(p.orig_start(b), 4);
        assert_eq!(p.orig_end(p.text.len()), 12);
        assert_eq!(p.breaks, vec![6]);
    }
}
