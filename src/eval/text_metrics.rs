//! Text metrics: word precision/recall/F1, hyphens left from line breaks, compounds glued,
//! page furniture leaked, paragraphs found and their order, snippets contained.
//!
//! In: reference strings (from a truth file or an expected output) and an extracted text.
//! Out: counts and ratios; the exact definitions are in the [`crate::eval`] module docs.
//! Every function here is pure and deterministic.

use std::collections::{HashMap, HashSet};

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// Similarity a paragraph needs on its best output window to count as found when it is not
/// there verbatim.
pub const PARAGRAPH_SIMILARITY: f64 = 0.95;

/// Occurrences above which a word trigram is too common to locate a paragraph by.
const MAX_GRAM_HITS: usize = 64;

/// Candidate windows tried per paragraph.
const MAX_CANDIDATES: usize = 4;

/// Matched, predicted and expected counts, from which precision, recall and F1 follow.
/// Adding two gives the micro-average of both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// Items in both.
    pub matched: usize,
    /// Items in the output.
    pub predicted: usize,
    /// Items in the reference.
    pub expected: usize,
}

impl Prf {
    /// Precision; `None` when the output has nothing.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.matched, self.predicted)
    }

    /// Recall; `None` when the reference has nothing.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.matched, self.expected)
    }

    /// F1 = 2·matched / (predicted + expected); `None` when both are empty.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.matched, self.predicted + self.expected)
    }

    /// Sums the counts (micro-average).
    pub fn add(&mut self, o: Prf) {
        self.matched += o.matched;
        self.predicted += o.predicted;
        self.expected += o.expected;
    }
}

/// `a / b`, `None` when `b` is 0.
pub fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// True for the characters that mark a hyphen inside a word: hyphen-minus, U+2010 hyphen,
/// U+2011 non-breaking hyphen and U+00AD soft hyphen (not dashes).
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}')
}

/// NFC.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// `s` in NFC with every run of whitespace made one space, trimmed.
pub fn normalize_ws(s: &str) -> String {
    nfc(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A text rewritten to the transcription conventions of hand-fixed expected texts made from
/// another extractor's output (py-pdf/benchmarks' GeoTopo), so that a comparison scores the
/// text and not the notation; applied to both sides of a comparison, never to output.
/// - `[IMAGE]`, the placeholder such a text puts where a figure's labels are, is dropped;
/// - `6=` and `7→`, that extractor's reading of TeX's negated relation (a slash drawn over
///   `=`) and of `\mapsto` (a bar drawn before `→`), become `≠` and `↦`;
/// - the CJK angle brackets `〈〉` become the mathematical `⟨⟩`;
/// - pieces of tall delimiters and braces (the Adobe glyph list's private-use codes
///   U+F8E5–U+F8FE, U+239B–U+23B3, U+23DE–U+23DF, U+FE37–U+FE38) become a space.
pub fn transcription_conventions(s: &str) -> String {
    let s = nfc(s).replace("[IMAGE]", " ").replace("6=", "≠").replace("7→", "↦");
    s.chars()
        .map(|c| match c {
            '〈' => '⟨',
            '〉' => '⟩',
            '\u{F8E5}'..='\u{F8FE}' | '\u{239B}'..='\u{23B3}' | '\u{23DE}'..='\u{23DF}' | '\u{FE37}'..='\u{FE38}' => {
                ' '
            }
            c => c,
        })
        .collect()
}

/// Strips non-alphanumeric characters from both ends of a token.
fn strip_edges(t: &str) -> &str {
    t.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The words of a text: NFC, split at whitespace, punctuation stripped at both word edges
/// (inner hyphens, apostrophes, dots stay), empty tokens dropped. Case is kept.
pub fn words(text: &str) -> Vec<String> {
    nfc(text).split_whitespace().map(strip_edges).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Bag-of-words precision/recall: matched = Σ over distinct words of min(count in
/// reference, count in output).
pub fn bag_prf(reference: &[String], output: &[String]) -> Prf {
    let mut counts: HashMap<&str, isize> = HashMap::new();
    for w in reference {
        *counts.entry(w.as_str()).or_default() += 1;
    }
    let mut matched = 0;
    for w in output {
        if let Some(c) = counts.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                matched += 1;
            }
        }
    }
    Prf { matched, predicted: output.len(), expected: reference.len() }
}

/// Lower case with every hyphen-like character made `-` (the key hyphen metrics compare).
fn hyphen_key(s: &str) -> String {
    s.chars().map(|c| if is_hyphen(c) { '-' } else { c }).flat_map(char::to_lowercase).collect()
}

/// The vocabulary the hyphen metrics look words up in: the reference words in
/// `hyphen_key` form (lower case, every hyphen-like character made `-`).
pub fn hyphen_vocabulary<S: AsRef<str>>(reference_words: &[S]) -> HashSet<String> {
    reference_words.iter().map(|w| hyphen_key(w.as_ref())).collect()
}

/// Line-break hyphens left in the output: tokens `conti-nuación` (a hyphen-like character
/// inside a token whose removal gives a reference word, while the token itself is not one)
/// and pairs `conti-` + `nuación` (a token ending in a hyphen whose stem joined to the next
/// token gives a reference word, while the hyphenated join does not). Compared in lower
/// case; each token counts at most once.
pub fn leftover_hyphens(vocab: &HashSet<String>, output: &str) -> usize {
    let text = nfc(output);
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut count = 0;
    for (i, raw) in tokens.iter().enumerate() {
        let t = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        let t = t.trim_end_matches(|c: char| !c.is_alphanumeric() && !is_hyphen(c));
        let stem = t.trim_end_matches(is_hyphen);
        if stem.len() < t.len() {
            // `conti-` at a line end, followed by the rest of the word.
            let Some(next) = tokens.get(i + 1).map(|n| strip_edges(n)) else { continue };
            let stem_ends_alpha = stem.chars().last().is_some_and(char::is_alphabetic);
            let next_starts_alpha = next.chars().next().is_some_and(char::is_alphabetic);
            if stem_ends_alpha && next_starts_alpha {
                let joined = hyphen_key(&format!("{stem}{next}"));
                let hyphenated = hyphen_key(&format!("{stem}-{next}"));
                if vocab.contains(&joined) && !vocab.contains(&hyphenated) {
                    count += 1;
                }
            }
            continue;
        }
        let core = strip_edges(t);
        if !core.chars().any(is_hyphen) || vocab.contains(&hyphen_key(core)) {
            continue;
        }
        let chars: Vec<char> = core.chars().collect();
        let hit = (1..chars.len().saturating_sub(1)).any(|k| {
            is_hyphen(chars[k]) && chars[k - 1].is_alphabetic() && chars[k + 1].is_alphabetic() && {
                let joined: String = chars[..k].iter().chain(&chars[k + 1..]).collect();
                vocab.contains(&hyphen_key(&joined))
            }
        });
        if hit {
            count += 1;
        }
    }
    count
}

/// Real compounds glued: output words equal to a hyphenated reference word (`Sur-Sur`,
/// every hyphen between letters) with its hyphens removed (`SurSur`), when the glued form
/// is not itself a reference word. Compared in lower case; counts occurrences.
pub fn glued_compounds(vocab: &HashSet<String>, output_words: &[String]) -> usize {
    let glued: HashSet<String> = vocab
        .iter()
        .filter(|w| {
            let chars: Vec<char> = w.chars().collect();
            chars.contains(&'-')
                && chars.iter().enumerate().all(|(k, &c)| {
                    c != '-'
                        || (k > 0
                            && chars[k - 1].is_alphabetic()
                            && chars.get(k + 1).is_some_and(|n| n.is_alphabetic()))
                })
        })
        .map(|w| w.replace('-', ""))
        .filter(|g| !vocab.contains(g))
        .collect();
    if glued.is_empty() {
        return 0;
    }
    output_words.iter().filter(|w| glued.contains(&hyphen_key(w))).count()
}

/// What counts as page furniture in a text: the running header/footer strings of a truth
/// file and any `Página N de M` folio.
#[derive(Debug, Clone)]
pub struct Furniture {
    strings: Vec<String>,
    folio: Regex,
}

impl Furniture {
    /// Furniture made of `strings` (whitespace-normalised; folios among them are left to
    /// the folio pattern) plus the `Página N de M` pattern.
    pub fn new<S: AsRef<str>>(strings: &[S]) -> Furniture {
        // A fixed, valid pattern: building it cannot fail.
        let folio = Regex::new(r"(?i)\bp[áa]gina\s+\d+\s+de\s+\d+\b").unwrap_or_else(|_| unreachable!());
        let mut seen = HashSet::new();
        let strings = strings
            .iter()
            .map(|s| normalize_ws(s.as_ref()))
            .filter(|s| !s.is_empty() && !folio.is_match(s) && seen.insert(s.clone()))
            .collect();
        Furniture { strings, folio }
    }

    /// For each furniture pattern (each string, then the folio), the number of lines of
    /// `text` that hold it at word boundaries.
    pub fn line_counts(&self, text: &str) -> Vec<usize> {
        let mut counts = vec![0; self.strings.len() + 1];
        for line in text.lines() {
            let line = normalize_ws(line);
            if line.is_empty() {
                continue;
            }
            for (i, s) in self.strings.iter().enumerate() {
                if contains_at_word_boundary(&line, s) {
                    counts[i] += 1;
                }
            }
            if self.folio.is_match(&line) {
                counts[self.strings.len()] += 1;
            }
        }
        counts
    }

    /// Furniture leaked into `output`: Σ over patterns of max(0, lines of `output` holding
    /// it − lines of `reference` holding it), so a header string that is also legitimately
    /// body text (a title repeated as a running header) is not held against the output.
    pub fn leaked(&self, output: &str, reference: &str) -> usize {
        self.line_counts(output).iter().zip(self.line_counts(reference)).map(|(o, r)| o.saturating_sub(r)).sum()
    }
}

/// True when `needle` occurs in `hay` with no letter or digit right before or after it.
pub fn contains_at_word_boundary(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// True when `snippet` occurs in `text` after both are whitespace-normalised.
pub fn contains_snippet(text: &str, snippet: &str) -> bool {
    let s = normalize_ws(snippet);
    !s.is_empty() && normalize_ws(text).contains(&s)
}

/// Length of the longest strictly increasing subsequence of `seq`.
pub fn lis_len(seq: &[usize]) -> usize {
    let mut tails: Vec<usize> = Vec::new();
    for &x in seq {
        let k = tails.partition_point(|&t| t < x);
        if k == tails.len() {
            tails.push(x);
        } else {
            tails[k] = x;
        }
    }
    tails.len()
}

/// How many reference paragraphs an output holds, and in what order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParagraphScore {
    /// Non-empty reference paragraphs.
    pub total: usize,
    /// Paragraphs found (verbatim or similar enough).
    pub found: usize,
    /// Found paragraphs verbatim (a subset of `found`).
    pub exact: usize,
    /// Found paragraphs in the longest increasing subsequence of their output positions.
    pub in_order: usize,
}

impl ParagraphScore {
    /// found / total.
    pub fn found_ratio(&self) -> Option<f64> {
        ratio(self.found, self.total)
    }

    /// in_order / found.
    pub fn order_ratio(&self) -> Option<f64> {
        ratio(self.in_order, self.found)
    }

    /// Sums the counts (micro-average).
    pub fn add(&mut self, o: ParagraphScore) {
        self.total += o.total;
        self.found += o.found;
        self.exact += o.exact;
        self.in_order += o.in_order;
    }
}

/// Locates paragraphs in one output text (indexes its word trigrams once).
pub struct ParagraphFinder<'a> {
    tokens: Vec<&'a str>,
    grams: HashMap<[&'a str; 3], Vec<usize>>,
    unigrams: HashMap<&'a str, Vec<usize>>,
}

impl<'a> ParagraphFinder<'a> {
    /// Indexes `normalized_output` (already [`normalize_ws`]-ed).
    pub fn new(normalized_output: &'a str) -> Self {
        let tokens: Vec<&str> = normalized_output.split(' ').filter(|t| !t.is_empty()).collect();
        let mut grams: HashMap<[&str; 3], Vec<usize>> = HashMap::new();
        for (j, w) in tokens.windows(3).enumerate() {
            grams.entry([w[0], w[1], w[2]]).or_default().push(j);
        }
        let mut unigrams: HashMap<&str, Vec<usize>> = HashMap::new();
        for (j, w) in tokens.iter().enumerate() {
            unigrams.entry(w).or_default().push(j);
        }
        ParagraphFinder { tokens, grams, unigrams }
    }

    /// Where `para` (whitespace-normalised) is in the output, as a token index, and whether
    /// verbatim: the verbatim occurrence (token-aligned) at or after `after` if any, else the
    /// first; failing that the best window of similarity ≥ [`PARAGRAPH_SIMILARITY`].
    pub fn find(&self, para: &str, after: usize) -> Option<(usize, bool)> {
        let p: Vec<&str> = para.split(' ').filter(|t| !t.is_empty()).collect();
        if p.is_empty() || self.tokens.is_empty() {
            return None;
        }
        let starts = self.candidate_starts(&p);
        let exact: Vec<usize> = starts
            .iter()
            .copied()
            .filter(|&s| self.tokens.get(s..s + p.len()).is_some_and(|w| w == p.as_slice()))
            .collect();
        if let Some(&s) = exact.iter().find(|&&s| s >= after).or(exact.first()) {
            return Some((s, true));
        }
        let mut hits: Vec<(f64, usize)> = Vec::new();
        for s in self.voted_starts(&p) {
            let slack = p.len() / 10 + 3;
            let lo = s.saturating_sub(slack);
            let hi = (s + p.len() + slack).min(self.tokens.len());
            if lo >= hi {
                continue;
            }
            let (dist, start) = semi_global(&p, &self.tokens[lo..hi]);
            let sim = 1.0 - dist as f64 / p.len() as f64;
            // The epsilon keeps 1 − 2/40 from falling under 0.95 by rounding.
            if sim + 1e-9 >= PARAGRAPH_SIMILARITY {
                hits.push((sim, lo + start));
            }
        }
        // Most similar window, preferring those at or after `after`, then the earliest.
        let best = hits
            .iter()
            .copied()
            .max_by(|a, b| (a.1 >= after).cmp(&(b.1 >= after)).then(a.0.total_cmp(&b.0)).then(b.1.cmp(&a.1)));
        best.map(|(_, pos)| (pos, false))
    }

    /// Every output position where the paragraph could start verbatim, in order.
    fn candidate_starts(&self, p: &[&str]) -> Vec<usize> {
        let hits = if p.len() >= 3 { self.grams.get(&[p[0], p[1], p[2]]) } else { self.unigrams.get(p[0]) };
        hits.cloned().unwrap_or_default()
    }

    /// Likely start positions: each paragraph trigram found in the output votes for the
    /// start it implies; the best-voted distinct starts, at most [`MAX_CANDIDATES`].
    fn voted_starts(&self, p: &[&str]) -> Vec<usize> {
        let mut votes: HashMap<usize, usize> = HashMap::new();
        if p.len() < 3 {
            return Vec::new();
        }
        for (i, w) in p.windows(3).enumerate() {
            if let Some(hits) = self.grams.get(&[w[0], w[1], w[2]]) {
                if hits.len() > MAX_GRAM_HITS {
                    continue;
                }
                for &j in hits {
                    *votes.entry(j.saturating_sub(i)).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, usize)> = votes.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let near = p.len() / 10 + 3;
        let mut chosen: Vec<usize> = Vec::new();
        for (s, _) in ranked {
            if chosen.iter().all(|&c| c.abs_diff(s) > near) {
                chosen.push(s);
                if chosen.len() == MAX_CANDIDATES {
                    break;
                }
            }
        }
        chosen
    }
}

/// Smallest word-level edit distance between `p` and any contiguous span of `w`, and the
/// start of that span in `w`.
fn semi_global(p: &[&str], w: &[&str]) -> (usize, usize) {
    let n = w.len();
    // cost and start of the span for row i, column j (j tokens of w consumed).
    let mut prev: Vec<(usize, usize)> = (0..=n).map(|j| (0, j)).collect();
    let mut cur = vec![(0usize, 0usize); n + 1];
    for (i, pt) in p.iter().enumerate() {
        cur[0] = (i + 1, 0);
        for j in 1..=n {
            let sub = (prev[j - 1].0 + usize::from(*pt != w[j - 1]), prev[j - 1].1);
            let del = (prev[j].0 + 1, prev[j].1);
            let ins = (cur[j - 1].0 + 1, cur[j - 1].1);
            cur[j] = [sub, del, ins].into_iter().min_by_key(|c| c.0).unwrap_or(sub);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.iter().min_by_key(|c| c.0).copied().unwrap_or((p.len(), 0))
}

/// Scores `paragraphs` (reference, in reading order) against `output`.
///
/// A paragraph is found when its whitespace-normalised text occurs in the normalised output
/// as a token-aligned contiguous span, or else when some window of the output has a
/// word-level similarity ≥ [`PARAGRAPH_SIMILARITY`] with it (1 − word edit distance /
/// paragraph words, over the best span near where its word trigrams point). Order is the
/// longest strictly increasing subsequence of the found paragraphs' output positions.
pub fn score_paragraphs<S: AsRef<str>>(paragraphs: &[S], output: &str) -> ParagraphScore {
    let out = normalize_ws(output);
    let finder = ParagraphFinder::new(&out);
    let mut score = ParagraphScore::default();
    let mut positions = Vec::new();
    let mut after = 0;
    for para in paragraphs {
        let p = normalize_ws(para.as_ref());
        if p.is_empty() {
            continue;
        }
        score.total += 1;
        if let Some((pos, exact)) = finder.find(&p, after) {
            score.found += 1;
            score.exact += usize::from(exact);
            positions.push(pos);
            after = pos;
        }
    }
    score.in_order = lis_len(&positions);
    score
}

/// Length of the longest common subsequence of two character sequences, by the bit-parallel
/// algorithm of Allison–Dix / Hyyrö: one pass over `b`, `a` held as one bit per character in
/// 64-bit words, so the time is O(|a|·|b|/64) and the memory O(σ·|a|/64) for the σ distinct
/// characters of `a`.
pub fn lcs_len(a: &[char], b: &[char]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let words = a.len().div_ceil(64);
    let mut masks: HashMap<char, Vec<u64>> = HashMap::new();
    for (i, &c) in a.iter().enumerate() {
        masks.entry(c).or_insert_with(|| vec![0; words])[i / 64] |= 1 << (i % 64);
    }
    // v: one bit per position of `a`; a 0 bit marks a position that ends a matched step.
    let mut v = vec![u64::MAX; words];
    for c in b {
        let Some(m) = masks.get(c) else { continue };
        let mut carry = 0u64;
        for (vw, &mw) in v.iter_mut().zip(m) {
            let u = *vw & mw;
            let (s1, c1) = vw.overflowing_add(u);
            let (s2, c2) = s1.overflowing_add(carry);
            carry = u64::from(c1 || c2);
            *vw = s2 | (*vw & !mw);
        }
    }
    // Bits past the end of `a` start at 1 and are kept by `v & !m` (their mask bit is 0).
    v.iter().map(|w| w.count_zeros() as usize).sum()
}

/// Indel similarity of two texts (the normalised similarity of rapidfuzz's `Indel`, what
/// text-extraction benchmarks report): 1 − (insertions + deletions) / (|a| + |b|) over
/// characters, that is 2·LCS / (|a| + |b|); 1 for two empty texts.
pub fn indel_similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * lcs_len(&a, &b) as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcription_conventions_rewrite_notation_only() {
        let t = "a 6= b, u 7→ v, 〈x, y〉 \u{F8EB}x1\u{F8F6} [IMAGE] Text";
        assert_eq!(normalize_ws(&transcription_conventions(t)), "a ≠ b, u ↦ v, ⟨x, y⟩ x1 Text");
        assert_eq!(transcription_conventions("\u{239B}x\u{23A0}"), " x ");
        assert_eq!(transcription_conventions("Ley 27444"), "Ley 27444");
    }

    #[test]
    fn lcs_and_indel_similarity() {
        let c = |s: &str| s.chars().collect::<Vec<char>>();
        assert_eq!(lcs_len(&c("kitten"), &c("sitting")), 4);
        assert_eq!(lcs_len(&c(""), &c("abc")), 0);
        // Across word boundaries (more than 64 characters on each side).
        let a: String = "abcdefghij".repeat(20);
        let b: String = "abcdefghiX".repeat(20);
        assert_eq!(lcs_len(&c(&a), &c(&b)), 180);
        assert!((indel_similarity("abcd", "abce") - 0.75).abs() < 1e-9);
        assert!((indel_similarity("", "") - 1.0).abs() < 1e-9);
        assert!(indel_similarity("S² ≠", "S ≠").abs() < 1.0);
    }

    #[test]
    fn lcs_agrees_with_the_quadratic_table() {
        let mut seed = 7u64;
        let mut next = move |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..20 {
            let la = next(150) as usize;
            let lb = next(150) as usize;
            let a: Vec<char> = (0..la).map(|_| char::from(b'a' + next(4) as u8)).collect();
            let b: Vec<char> = (0..lb).map(|_| char::from(b'a' + next(4) as u8)).collect();
            let mut t = vec![vec![0usize; lb + 1]; la + 1];
            for i in 1..=la {
                for j in 1..=lb {
                    t[i][j] = if a[i - 1] == b[j - 1] { t[i - 1][j - 1] + 1 } else { t[i - 1][j].max(t[i][j - 1]) };
                }
            }
            assert_eq!(lcs_len(&a, &b), t[la][lb]);
        }
    }

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn words_strip_edge_punctuation_and_keep_inner_hyphens() {
        assert_eq!(w("«Hola», dijo (el) Sur-Sur... 3,5%"), vec!["Hola", "dijo", "el", "Sur-Sur", "3,5"]);
        // NFC: e + combining acute equals é.
        assert_eq!(w("cafe\u{301}"), vec!["café"]);
        assert!(w(" — ; ").is_empty());
    }

    #[test]
    fn bag_prf_counts_multiplicity() {
        let cases: &[(&str, &str, usize, usize, usize)] =
            &[("a b c", "a b c", 3, 3, 3), ("a a b", "a b b", 2, 3, 3), ("a b", "", 0, 0, 2), ("", "a", 0, 1, 0)];
        for &(r, o, m, p, e) in cases {
            assert_eq!(bag_prf(&w(r), &w(o)), Prf { matched: m, predicted: p, expected: e }, "{r} / {o}");
        }
        let prf = bag_prf(&w("a b c d"), &w("a b x"));
        assert_eq!(prf.precision(), Some(2.0 / 3.0));
        assert_eq!(prf.recall(), Some(0.5));
        assert!((prf.f1().unwrap() - 4.0 / 7.0).abs() < 1e-12);
        assert_eq!(Prf::default().f1(), None);
    }

    #[test]
    fn leftover_hyphens_are_counted() {
        let vocab = hyphen_vocabulary(&w("la continuación del Sur-Sur y la perspectiva ex-ministro"));
        let cases: &[(&str, usize)] = &[
            ("la continuación del Sur-Sur", 0),
            ("la conti-nuación del", 1),
            ("la conti-\nnuación del", 1),
            ("la conti- nuación, pers-pectiva", 2),
            ("la Conti\u{ad}nuación", 1),
            ("del Sur-\nSur", 0),  // a real compound broken at a line end: not a leftover
            ("ex-ministro", 0),    // the token is a reference word
            ("pers-pec-tiva", 0),  // two hyphens: removing one does not give a word
            ("perspec- tiva.", 1), // punctuation after the second part
            ("2015- 2021 a-b", 0), // not words
            ("conti-", 0),         // nothing follows
        ];
        for &(out, n) in cases {
            assert_eq!(leftover_hyphens(&vocab, out), n, "{out:?}");
        }
    }

    #[test]
    fn glued_compounds_are_counted() {
        let vocab = hyphen_vocabulary(&w("cooperación Sur-Sur y económico-social, 2015-2021, bien-estar bienestar"));
        let cases: &[(&str, usize)] = &[
            ("cooperación Sur-Sur", 0),
            ("cooperación SurSur y sursur.", 2),
            ("económicosocial", 1),
            ("20152021", 0),  // digits: not a compound of words
            ("bienestar", 0), // the glued form is itself a reference word
        ];
        for &(out, n) in cases {
            assert_eq!(glued_compounds(&vocab, &w(out)), n, "{out:?}");
        }
    }

    #[test]
    fn furniture_counts_lines_beyond_the_reference() {
        let f = Furniture::new(&["Las ODE en Piura", "Página 2 de 9"]);
        let reference = "Las ODE en Piura\n\nTexto del cuerpo.";
        let cases: &[(&str, usize)] = &[
            ("Texto del cuerpo.", 0),
            ("Las ODE en Piura\nTexto", 0), // as often as in the reference (the title)
            ("Las ODE en Piura\nLas ODE en Piura\nPágina 2 de 9\nTexto", 2),
            ("Texto del Página 5 de 9 cuerpo", 1), // folio in the middle of a paragraph
            ("Las ODE en Piuras", 0),              // not at a word boundary
            ("página  12   de 30", 1),
        ];
        for &(out, n) in cases {
            assert_eq!(f.leaked(out, reference), n, "{out:?}");
        }
    }

    #[test]
    fn lis_of_sequences() {
        let cases: &[(&[usize], usize)] = &[
            (&[], 0),
            (&[1, 2, 3], 3),
            (&[3, 2, 1], 1),
            (&[1, 5, 2, 3, 4], 4),
            (&[2, 2, 2], 1),
            (&[5, 1, 6, 2, 7, 3], 3),
        ];
        for &(s, n) in cases {
            assert_eq!(lis_len(s), n, "{s:?}");
        }
    }

    #[test]
    fn paragraphs_found_exactly_fuzzily_and_in_order() {
        let long: Vec<String> = (0..40).map(|i| format!("palabra{i}")).collect();
        let p1 = long.join(" ");
        let p2 = "El segundo párrafo es corto.";
        let p3 = "Tercero y último párrafo del texto.";
        let paras = [p1.as_str(), p2, p3];
        // Verbatim, with different line breaks.
        let s = score_paragraphs(&paras, &format!("{}\n{p2}\n\n{}", p1.replace(' ', "\n"), p3));
        assert_eq!((s.total, s.found, s.exact, s.in_order), (3, 3, 3, 3));
        // One word changed in the 40-word paragraph (0.975 similar), one missing, order swapped.
        let damaged = p1.replace("palabra7 ", "palabraX ");
        let s = score_paragraphs(&paras, &format!("{p3}\n{damaged}"));
        assert_eq!((s.total, s.found, s.exact, s.in_order), (3, 2, 1, 1));
        // Three words changed out of 40 (0.925): not found.
        let bad = p1.replace("palabra7 ", "x ").replace("palabra8 ", "y ").replace("palabra20 ", "z ");
        assert_eq!(score_paragraphs(&[p1.as_str()], &bad).found, 0);
        // A footer inserted in the middle costs its words.
        let split = p1.replace("palabra20 ", "palabra20 Página 3 ");
        assert_eq!(score_paragraphs(&[p1.as_str()], &split).found, 1);
        // Not token-aligned: "corto" inside "cortos" is not verbatim.
        assert_eq!(score_paragraphs(&["es corto"], "es cortos").found, 0);
        assert_eq!(score_paragraphs(&[""], "x").total, 0);
    }

    #[test]
    fn repeated_paragraph_takes_the_occurrence_after_the_previous_one() {
        let s = score_paragraphs(&["Uno.", "Dos.", "Uno."], "Uno. Dos. Uno.");
        assert_eq!((s.found, s.in_order), (3, 3));
    }

    #[test]
    fn snippets_are_contained_after_whitespace_normalisation() {
        assert!(contains_snippet("a  b\nc d", "b c"));
        assert!(!contains_snippet("a b", "b a"));
        assert!(!contains_snippet("a", "  "));
    }

    #[test]
    fn semi_global_finds_the_best_span() {
        assert_eq!(semi_global(&["a", "b"], &["x", "a", "b", "y"]), (0, 1));
        assert_eq!(semi_global(&["a", "b", "c"], &["x", "a", "c", "y"]), (1, 1));
        assert_eq!(semi_global(&["a"], &[]), (1, 0));
    }
}
