//! Deciding what a line break inside a word was: a typesetter's hyphenation (join the
//! parts), a real compound that happened to break at its hyphen (keep the hyphen), or a
//! plain space.
//!
//! In: the cleaned text before and after one line break, the glyph that ended the first
//! line (a hyphen, a soft hyphen or none) and the document's [`Vocabulary`]. Out: a
//! [`Decision`]: what to do and which [`JoinRule`] decided it. The evidence, in order:
//! digits and non-letters around the break; how the same word is written elsewhere in the
//! document (joined or hyphenated, counted by [`Vocabulary`]); capitals (a capital after
//! the hyphen marks a compound or a proper name: `Sur-Sur`, `Asia-Pacífico`) and
//! acronyms; a productive Spanish prefix before the break (`agro-` + `industriales`:
//! prefixes are written joined); a word of the joined form's family written in the
//! document (`agroindustria`); the Spanish lexicon (is the joined form a word? are both
//! parts words?). Table cells arrive with their wrapped lines separated by `\n` and are
//! decided the same way.
//!
//! Breaks without a hyphen glyph are joined only when the joined form is a known word
//! and one part is not (`Descentra` + `lización`), or, in a document whose producer
//! evidently dropped its hyphens, when the document writes the joined form more often
//! than the two words side by side.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use unicode_normalization::UnicodeNormalization;

use super::lexicon;
use super::repair::is_mark;
use super::unicode::{classify, CharClass};

/// The glyph that ended the upper line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakGlyph {
    /// No hyphen: the line ended with a letter, a digit or punctuation.
    None,
    /// A hyphen (`-` or U+2010) right after a word.
    Hyphen,
    /// A soft hyphen (U+00AD): a hyphenation point by definition.
    Soft,
}

/// What is put between the two lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinAction {
    /// One space (the hyphen glyph, if any, is kept before it).
    Space,
    /// Nothing: the two parts form one word (the hyphen glyph, if any, is removed).
    Join,
    /// The hyphen is kept and nothing else is put between the parts (`Sur-` + `Sur`).
    KeepHyphen,
}

/// Which evidence decided a line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JoinRule {
    /// No hyphen and nothing suggests a broken word: a space.
    Plain,
    /// One side of the break is not a word (punctuation, a dash after a space, nothing).
    NotAWord,
    /// A soft hyphen ended the line: always a hyphenation point.
    SoftHyphen,
    /// A digit touches the hyphen (`2015-` + `2021`, `COVID-` + `19`): kept.
    Digits,
    /// A non-letter precedes the hyphen (`N°-`): kept.
    NonLetter,
    /// The document writes this word hyphenated more often than joined: kept.
    DocumentHyphenated,
    /// The document writes this word joined more often than hyphenated: joined.
    DocumentJoined,
    /// A capital follows the hyphen (`Sur-Sur`, `Asia-Pacífico`): kept.
    Capital,
    /// Acronyms on either side (`DGA-DAO`): kept.
    Acronym,
    /// The joined form is a Spanish word and the parts are not both words: joined.
    Lexicon,
    /// Both parts are words and the joined form is not (`costo-beneficio`): kept.
    Compound,
    /// The first part is a productive Spanish prefix (`agro-`, `socio-`, `micro-`) before a
    /// lower-case word: Spanish writes prefixes joined to their base (`agroindustriales`).
    Prefix,
    /// The document writes a word of the joined form's family (same stem: `agroindustria`
    /// beside `agro-` + `industriales`): joined.
    Family,
    /// Both parts and the joined form are words: hyphenation is far more common than a
    /// compound broken at its hyphen, so joined.
    LexiconAmbiguous,
    /// No evidence at all (names, rare words): hyphenation is the common case, joined.
    Default,
    /// The lower line starts with the hyphen again, between letters (`económico-` +
    /// `-financiero`, as Spanish orthography sets a compound broken at its hyphen): one
    /// hyphen, kept.
    RepeatedHyphen,
    /// No hyphen glyph, but the joined form is a word and a part is not: joined.
    DroppedHyphen,
    /// No hyphen glyph, both parts are words, the joined form is a word, and the
    /// document (whose producer drops hyphens) never writes the pair and hardly ever the
    /// second part alone: joined.
    DroppedHyphenDocument,
    /// No hyphen glyph, in a document that drops hyphens: the first part is not a word
    /// (and is in lower case, or the second is not a word either), so they are one word
    /// the lexicon does not know (`pluricultu` + `ral`).
    DroppedHyphenUnknown,
    /// No hyphen glyph and both parts are words: a space.
    TwoWords,
    /// No hyphen glyph, but the upper line ends in a URL's scheme (`https://` + `www…`):
    /// nothing is put between.
    Glued,
}

/// The outcome for one line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// What is put between the lines.
    pub action: JoinAction,
    /// Why.
    pub rule: JoinRule,
}

impl Decision {
    fn new(action: JoinAction, rule: JoinRule) -> Self {
        Decision { action, rule }
    }
}

/// A small fast hasher for short word keys (FxHash's multiply-rotate): the vocabulary
/// hashes every word of a document, and SipHash's protection against crafted collisions
/// buys nothing for counting words.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// Word evidence gathered from a whole document before any line is joined.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Lower-cased word forms seen inside lines (not at a line's edges, where fragments
    /// live); hyphenated forms as a whole.
    words: WordMap<u32>,
    /// Counts of `"left right"` word pairs inside lines, for the pairs that also meet at a
    /// line break without a hyphen.
    pairs: WordMap<u32>,
    /// Line breaks without a hyphen between two words (candidates for a dropped hyphen).
    plain_breaks: u32,
    /// Of those, breaks where the joined form is a word and a part is not.
    split_breaks: u32,
    /// Line breaks after a hyphen.
    hyphen_breaks: u32,
    /// The document is not in Spanish (most of its words are not in the lexicon): the
    /// lexicon's verdicts are left out and only the document's own evidence counts, so
    /// German `Tatsächlich` + `basiert` is not glued as Spanish fragments would be.
    foreign: bool,
    /// The word keys sorted, for looking words up by their beginning (built on first use).
    sorted: std::sync::OnceLock<Vec<Box<str>>>,
}

/// Lower-cased, cleaned key of a raw token's word core (ligatures expanded, invisible
/// and replacement characters dropped, NFC).
pub fn word_key(core: &str) -> Cow<'_, str> {
    if core.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        return Cow::Borrowed(core);
    }
    // Visible ASCII (`Ley`, `PCM`): every character is kept and only lowered; NFC leaves
    // ASCII as it is.
    if core.bytes().all(|b| b.is_ascii_graphic()) {
        return Cow::Owned(core.to_ascii_lowercase());
    }
    let simple = core.chars().all(|c| (c.is_lowercase() || c == '-' || c.is_numeric()) && !is_odd(c) && !is_mark(c));
    if simple {
        return Cow::Borrowed(core);
    }
    Cow::Owned(cleaned_key(core))
}

/// [`word_key`] the long way: every character cleaned and lowered, then NFC.
fn cleaned_key(core: &str) -> String {
    let mut s = String::with_capacity(core.len());
    for c in core.chars() {
        match classify(c) {
            CharClass::Ligature(l) => s.push_str(l),
            CharClass::Invisible | CharClass::Space => {}
            CharClass::Keep if c == '\u{FFFD}' => {}
            CharClass::Keep => s.extend(c.to_lowercase()),
        }
    }
    s.nfc().collect()
}

fn is_odd(c: char) -> bool {
    matches!(classify(c), CharClass::Ligature(_) | CharClass::Invisible) || c == '\u{FFFD}'
}

/// The word core of a token: without leading and trailing punctuation.
pub fn core(token: &str) -> &str {
    token.trim_matches(|c: char| !(c.is_alphanumeric() || is_odd(c)))
}

fn is_word(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_alphabetic() || is_odd(c))
}

/// Edges of a raw line: the last token's core (if the line does not end with a hyphen
/// or punctuation) and the first token's core (if it starts with a lower-case letter).
fn edges(line: &str) -> (Option<&str>, Option<&str>, bool) {
    let t = line.trim_end();
    let hyphen = t.ends_with(['-', '\u{2010}', '\u{AD}']);
    let last = t.rsplit(char::is_whitespace).next().filter(|s| !s.is_empty());
    let last =
        last.filter(|s| !hyphen && s.chars().last().is_some_and(char::is_alphabetic)).map(core).filter(|s| is_word(s));
    let first = line.split_whitespace().next();
    let first = first.filter(|s| s.chars().next().is_some_and(char::is_lowercase)).map(core).filter(|s| is_word(s));
    (last, first, hyphen)
}

impl Vocabulary {
    /// Builds the vocabulary from every raw line of a document. The lines are read three
    /// times (words, then line breaks, then word pairs where needed), as they come: a large
    /// document's lines are not collected.
    pub fn from_lines<'a, I>(lines: I) -> Self
    where
        I: IntoIterator<Item = &'a str>,
        I::IntoIter: Clone,
    {
        // A table row holds its cells' wrapped lines separated by '\n': lines too.
        let lines = lines.into_iter().flat_map(|l| l.split('\n'));
        let mut v = Vocabulary::default();
        let mut prev_hyphen = false;
        for line in lines.clone() {
            v.count_line(line, prev_hyphen);
            prev_hyphen = line.trim_end().ends_with(['-', '\u{2010}', '\u{AD}']);
        }
        v.foreign = v.looks_foreign();
        // Line breaks without a hyphen: how many look like split words? The candidate pairs
        // form a set (each is looked for once).
        let mut candidates: HashSet<(String, String)> = HashSet::new();
        let mut edge = lines.clone().map(edges);
        let mut upper = edge.next();
        for lower in edge {
            let ((last, _, hyphen), (_, first, _)) = (upper.replace(lower).unwrap_or(lower), lower);
            if hyphen {
                v.hyphen_breaks += 1;
                continue;
            }
            let (Some(l), Some(r)) = (last, first) else { continue };
            let (l, r) = (word_key(l), word_key(r));
            v.plain_breaks += 1;
            if v.known(&l) && v.known(&r) {
                // Two words: a candidate pair (its joined form is checked only if needed).
                candidates.insert((l.into_owned(), r.into_owned()));
            } else if v.known(&format!("{l}{r}")) {
                v.split_breaks += 1;
            }
        }
        // Pairs matter only where hyphens were dropped (see `decide_plain`).
        if !candidates.is_empty() && v.drops_hyphens() {
            candidates.retain(|(l, r)| v.lexicon_word(&format!("{l}{r}")));
            v.count_pairs(lines, &candidates);
        }
        v
    }

    fn count_line(&mut self, line: &str, prev_hyphen: bool) {
        let mut tokens = line.split_whitespace().enumerate().peekable();
        while let Some((i, tok)) = tokens.next() {
            let last = tokens.peek().is_none();
            if i == 0 && (prev_hyphen || tok.chars().next().is_some_and(char::is_lowercase)) {
                continue; // may be the second part of a broken word
            }
            if last && !tok.ends_with(['.', ',', ';', ':', ')', '?', '!', '"', '”', '»']) {
                continue; // may be the first part of a broken word
            }
            let c = core(tok);
            if c.is_empty() || !c.chars().any(char::is_alphabetic) {
                continue;
            }
            let key = word_key(c);
            self.bump(&key);
            if key.contains('-') {
                // The parts of `covid-19` or `sur-sur` are words too; those of a left-over
                // `transna-cionales` are not.
                let parts = || key.split('-').filter(|p| !p.is_empty());
                let numbered = parts().any(|p| p.chars().all(|c| c.is_ascii_digit()));
                if numbered || parts().all(lexicon::is_word) {
                    for part in parts().filter(|p| p.chars().any(char::is_alphabetic)) {
                        self.bump(part);
                    }
                }
            }
        }
    }

    fn bump(&mut self, key: &str) {
        if let Some(n) = self.words.get_mut(key) {
            *n += 1;
        } else {
            self.words.insert(key.to_string(), 1);
        }
    }

    fn count_pairs<'a>(&mut self, lines: impl Iterator<Item = &'a str>, candidates: &HashSet<(String, String)>) {
        let lefts: HashSet<&str> = candidates.iter().map(|(l, _)| l.as_str()).collect();
        for (l, r) in candidates {
            self.pairs.entry(format!("{l} {r}")).or_insert(0);
        }
        for line in lines {
            let mut prev: Option<Cow<'_, str>> = None;
            for tok in line.split_whitespace() {
                let c = core(tok);
                let key = word_key(c);
                if let Some(p) = &prev {
                    if lefts.contains(p.as_ref()) {
                        let pair = format!("{p} {key}");
                        if let Some(n) = self.pairs.get_mut(&pair) {
                            *n += 1;
                        }
                    }
                }
                // A pair never spans punctuation.
                prev = (c.len() == tok.len()).then_some(key);
            }
        }
    }

    /// True when the document has enough words to judge (at least [`LANGUAGE_SAMPLE`]
    /// word occurrences of two or more letters) and fewer than half of them are words of
    /// the Spanish lexicon.
    ///
    /// The words are looked up most frequent first, and the lookups stop as soon as the
    /// verdict is certain (half of the occurrences are Spanish, or the rest cannot make
    /// half): a lexicon lookup costs about 1.7 k instructions, and the few most frequent
    /// words of a text hold most of its occurrences.
    fn looks_foreign(&self) -> bool {
        let mut sample: Vec<(u64, &str)> = self
            .words
            .iter()
            .filter(|(w, _)| w.chars().nth(1).is_some() && w.chars().all(char::is_alphabetic))
            .map(|(w, &n)| (u64::from(n), w.as_str()))
            .collect();
        let total: u64 = sample.iter().map(|&(n, _)| n).sum();
        if total < LANGUAGE_SAMPLE {
            return false;
        }
        sample.sort_unstable_by_key(|&(n, _)| std::cmp::Reverse(n));
        let (mut spanish, mut unread) = (0u64, total);
        for (n, w) in sample {
            if spanish * 2 >= total || (spanish + unread) * 2 < total {
                break;
            }
            unread -= n;
            if lexicon::is_word(w) {
                spanish += n;
            }
        }
        spanish * 2 < total
    }

    /// The Spanish lexicon's verdict, only for a document in Spanish.
    fn lexicon_word(&self, word: &str) -> bool {
        !self.foreign && lexicon::is_word(word)
    }

    /// True when the document is judged not to be Spanish (see [`Vocabulary`]).
    pub fn is_foreign(&self) -> bool {
        self.foreign
    }

    /// How often the document writes `word` (lower case) inside a line.
    pub fn count(&self, word: &str) -> u32 {
        self.words.get(word).copied().unwrap_or(0)
    }

    /// How often the document writes `left right` side by side inside a line (only known
    /// for pairs that also meet at a line break).
    pub fn pair_count(&self, left: &str, right: &str) -> u32 {
        self.pairs.get(&format!("{left} {right}")).copied().unwrap_or(0)
    }

    /// True when the document writes (inside a line, unhyphenated) a word that begins with
    /// `stem` and is longer than `min` characters.
    pub fn has_word_starting(&self, stem: &str, min: usize) -> bool {
        let sorted = self.sorted.get_or_init(|| {
            let mut v: Vec<Box<str>> =
                self.words.keys().filter(|k| !k.contains('-')).map(|k| k.as_str().into()).collect();
            v.sort_unstable();
            v
        });
        let from = sorted.partition_point(|k| k.as_ref() < stem);
        sorted[from..].iter().take_while(|k| k.starts_with(stem)).any(|k| k.chars().count() > min)
    }

    /// True when `word` (lower case) is a Spanish word or written in the document.
    pub fn known(&self, word: &str) -> bool {
        (self.count(word) > 0 && word.chars().nth(1).is_some()) || self.lexicon_word(word)
    }

    /// True when the producer evidently dropped the hyphens of broken words: many breaks
    /// without a hyphen split a word, compared with breaks after a hyphen.
    pub fn drops_hyphens(&self) -> bool {
        self.split_breaks >= 3
            && self.split_breaks * 4 >= self.hyphen_breaks.max(1)
            && self.split_breaks * 20 >= self.plain_breaks
    }

    /// `(breaks without a hyphen between two words, of which split words, breaks after a
    /// hyphen)`, for diagnostics and tests.
    pub fn break_stats(&self) -> (u32, u32, u32) {
        (self.plain_breaks, self.split_breaks, self.hyphen_breaks)
    }
}

/// The fragments around a break: the trailing alphanumeric run of `left` (with the
/// hyphen glyph already removed) and the leading one of `right`.
pub fn fragments<'a>(left: &'a str, right: &'a str) -> (&'a str, &'a str) {
    let l_start =
        left.char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map_or(left.len(), |(i, _)| i);
    let r_end = right.char_indices().find(|(_, c)| !c.is_alphanumeric()).map_or(right.len(), |(i, _)| i);
    (&left[l_start..], &right[..r_end])
}

fn all_upper(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// True when a line ending in `left` and a hyphen is followed by `right` that starts with
/// the hyphen again (`-` or U+2010) and a letter, with a letter before the break: the
/// Spanish way of breaking a compound at its hyphen (`económico-` / `-financiero`).
pub fn repeats_hyphen(left: &str, right: &str) -> bool {
    let mut r = right.chars();
    matches!(r.next(), Some('-' | '\u{2010}'))
        && r.next().is_some_and(char::is_alphabetic)
        && left.chars().next_back().is_some_and(char::is_alphabetic)
}

/// Decides one line break. `left` is the upper line's cleaned text without its hyphen
/// glyph, `right` the lower line's cleaned text.
pub fn decide(left: &str, right: &str, glyph: BreakGlyph, vocab: &Vocabulary) -> Decision {
    use JoinAction::*;
    use JoinRule::*;
    let (l, r) = fragments(left, right);
    match glyph {
        BreakGlyph::Soft => {
            if l.is_empty() || r.is_empty() {
                Decision::new(Space, NotAWord)
            } else {
                Decision::new(Join, SoftHyphen)
            }
        }
        BreakGlyph::Hyphen => decide_hyphen(left, l, r, vocab),
        BreakGlyph::None if glued(left, right) => Decision::new(KeepHyphen, Glued),
        BreakGlyph::None => decide_plain(l, r, vocab),
    }
}

/// True when `left` ends in a URL scheme (`letters://`) and `right` starts with a letter or
/// a digit (see [`JoinRule::Glued`]). A dash at a line's end is left to the break's space:
/// a range or a number broken at its dash is written with the space by pdfplumber's and
/// poppler's line dumps alike, and a Spanish closing dash ("2017— el") needs it.
fn glued(left: &str, right: &str) -> bool {
    let next_alnum = right.chars().next().is_some_and(char::is_alphanumeric);
    let scheme = left.strip_suffix("://").is_some_and(|head| {
        let word = head.rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
        !word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic())
    });
    scheme && next_alnum
}

fn decide_hyphen(left: &str, l: &str, r: &str, vocab: &Vocabulary) -> Decision {
    use JoinAction::*;
    use JoinRule::*;
    if l.is_empty() {
        // `N°-`, `)-`: kept; a dash after a space (`palabra -`) is just a space.
        return match left.chars().next_back() {
            Some(c) if !c.is_whitespace() => Decision::new(KeepHyphen, NonLetter),
            _ => Decision::new(Space, NotAWord),
        };
    }
    if r.is_empty() {
        return Decision::new(Space, NotAWord);
    }
    if l.chars().next_back().is_some_and(|c| c.is_numeric()) || r.chars().next().is_some_and(|c| c.is_numeric()) {
        return Decision::new(KeepHyphen, Digits);
    }
    let (lk, rk) = (lexicon::lower(l), lexicon::lower(r));
    let joined = format!("{lk}{rk}");
    let hyphenated = format!("{lk}-{rk}");
    let (j, h) = (vocab.count(&joined), vocab.count(&hyphenated));
    let (l_known, r_known) = (vocab.known(&lk), vocab.known(&rk));
    let r_upper = r.chars().next().is_some_and(char::is_uppercase);
    // A hyphenated form counts as evidence only when it can be a compound: its parts are
    // words (or a capital follows). `transna-cionales` written inside a line is itself a
    // left-over of hyphenation (a table cell, a text joined elsewhere).
    if h > j && (vocab.foreign || (vocab.lexicon_word(&lk) && vocab.lexicon_word(&rk)) || r_upper) {
        return Decision::new(KeepHyphen, DocumentHyphenated);
    }
    if j > h {
        return Decision::new(Join, DocumentJoined);
    }
    let jk = vocab.lexicon_word(&joined);
    if r_upper {
        if all_upper(l) && all_upper(r) && jk && !(l_known && r_known) {
            return Decision::new(Join, Lexicon);
        }
        return Decision::new(KeepHyphen, if all_upper(l) && l.chars().count() > 1 { Acronym } else { Capital });
    }
    if all_upper(l) && l.chars().count() > 1 {
        return if jk { Decision::new(Join, Lexicon) } else { Decision::new(KeepHyphen, Acronym) };
    }
    if r.chars().next().is_some_and(char::is_lowercase) {
        if is_prefix(&lk) && rk.chars().count() >= 3 {
            return if h > 0 { Decision::new(KeepHyphen, DocumentHyphenated) } else { Decision::new(Join, Prefix) };
        }
        if !jk && l_known && r_known && family(&lk, &joined, vocab) {
            return Decision::new(Join, Family);
        }
    }
    match (jk, l_known && r_known) {
        (true, false) => Decision::new(Join, Lexicon),
        (true, true) => Decision::new(Join, LexiconAmbiguous),
        (false, true) if lk.chars().count() >= 2 && rk.chars().count() >= 3 => Decision::new(KeepHyphen, Compound),
        _ => Decision::new(Join, Default),
    }
}

/// Productive Spanish prefixes, written joined to a lower-case base word (RAE, Ortografía
/// 2010, 4.2.2.2): a line break after one of them is a hyphenation point, not a compound.
const PREFIXES: &[&str] = &[
    "agro", "anti", "auto", "bio", "contra", "eco", "electro", "extra", "geo", "hidro", "hiper", "infra", "inter",
    "intra", "macro", "micro", "mono", "multi", "neo", "pluri", "poli", "pos", "post", "pre", "pseudo", "semi",
    "socio", "sub", "super", "supra", "tele", "termo", "trans", "tras", "ultra", "vice",
];

fn is_prefix(lk: &str) -> bool {
    PREFIXES.contains(&lk)
}

/// Characters a word of the same family may differ in at its end (inflection and
/// derivation: `agroindustri-a`, `-al`, `-ales`).
const FAMILY_ENDING: usize = 3;

/// True when the document writes a word of `joined`'s family: one that shares its stem
/// (`joined` without its last [`FAMILY_ENDING`] characters, and at least three characters
/// past the left part `lk`).
fn family(lk: &str, joined: &str, vocab: &Vocabulary) -> bool {
    let n = joined.chars().count();
    let keep = n.saturating_sub(FAMILY_ENDING).max(lk.chars().count() + 3);
    if keep > n {
        return false;
    }
    let stem: String = joined.chars().take(keep).collect();
    vocab.has_word_starting(&stem, lk.chars().count() + 2)
}

/// Word occurrences a document needs before its language is judged.
const LANGUAGE_SAMPLE: u64 = 200;

/// At most this many occurrences inside lines make a word rare in its document.
const RARE: u32 = 2;

fn decide_plain(l: &str, r: &str, vocab: &Vocabulary) -> Decision {
    use JoinAction::*;
    use JoinRule::*;
    if l.is_empty() || r.is_empty() {
        return Decision::new(Space, NotAWord);
    }
    let letters = |s: &str| s.chars().all(char::is_alphabetic);
    if !letters(l) || !letters(r) {
        return Decision::new(Space, Plain);
    }
    let (lk, rk) = (lexicon::lower(l), lexicon::lower(r));
    let (l_known, r_known) = (vocab.known(&lk), vocab.known(&rk));
    let drops = vocab.drops_hyphens();
    if l_known && r_known && !drops && r.chars().next().is_some_and(char::is_lowercase) {
        return Decision::new(Space, TwoWords);
    }
    let joined = format!("{lk}{rk}");
    if !r.chars().next().is_some_and(char::is_lowercase) {
        // A capital starts a new word, except inside a word in capitals (`IMPORTANC` + `IA`).
        if all_upper(l) && all_upper(r) && !l_known && !r_known && vocab.lexicon_word(&joined) {
            return Decision::new(Join, DroppedHyphen);
        }
        return Decision::new(Space, Plain);
    }
    if !vocab.known(&joined) {
        // In a document that drops hyphens, two fragments that are not words are one word
        // (`pluricultu` + `ral`), even when the lexicon does not know it.
        let l_lower = l.chars().next().is_some_and(char::is_lowercase);
        if drops && !l_known && (!r_known || l_lower) {
            return Decision::new(Join, DroppedHyphenUnknown);
        }
        return Decision::new(Space, Plain);
    }
    if !l_known || !r_known {
        return Decision::new(Join, DroppedHyphen);
    }
    let pair = vocab.pair_count(&lk, &rk);
    // Both parts are words: join only when the document never writes them side by side
    // and the second part is rare on its own (fragments like `res`, `dos`, `mente` are; the
    // words that follow others, `es`, `en`, `los`, are not).
    if drops && pair == 0 && vocab.count(&rk) <= RARE && vocab.lexicon_word(&joined) {
        return Decision::new(Join, DroppedHyphenDocument);
    }
    Decision::new(Space, TwoWords)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII shortcut of `word_key` gives what the general path gives.
    #[test]
    fn word_key_of_ascii_is_the_general_key() {
        for w in ["Ley", "PCM", "D.S.", "Covid-19", "x2", "A/B", "~!{}", "ley"] {
            assert_eq!(word_key(w), cleaned_key(w), "{w}");
        }
    }

    #[test]
    fn a_document_not_in_spanish_is_not_glued_by_the_spanish_lexicon() {
        // German prose: most words are not Spanish; line breaks without a hyphen between
        // two words the lexicon does not know stay spaces.
        let line = "Die Struktur dieses Skripts basiert auf der Vorlesung und ganze Abschnitte wurden umgesetzt.";
        let mut lines: Vec<&str> = vec![line; 30];
        lines.push("Tatsächlich");
        lines.push("basiert die Struktur auf der Vorlesung.");
        let v = Vocabulary::from_lines(lines.iter().copied());
        assert!(v.is_foreign());
        assert_eq!(decide("Tatsächlich", "basiert die", BreakGlyph::None, &v).action, JoinAction::Space);
        assert_eq!(decide("vor allem", "in der", BreakGlyph::None, &v).action, JoinAction::Space);
        // Spanish prose is not foreign.
        let es = "La estructura de este documento se basa en la ley y las normas que se aplican en el país.";
        let v = Vocabulary::from_lines(vec![es; 30]);
        assert!(!v.is_foreign());
    }

    /// The lookups that stop early give the verdict of counting every word, on mixes of
    /// Spanish and German around one half, and under the sample size.
    #[test]
    fn the_language_verdict_is_that_of_the_full_count() {
        let es = "La estructura de este documento se basa en la ley y las normas que se aplican en el país.";
        let de = "Die Struktur dieses Skripts basiert auf der Vorlesung und ganze Abschnitte wurden umgesetzt.";
        let mut verdicts = [false, false];
        for (n_es, n_de) in [(0, 1), (1, 1), (3, 2), (10, 10), (10, 11), (10, 12), (11, 10), (9, 12), (30, 1), (1, 30)]
        {
            let lines: Vec<&str> = std::iter::repeat_n(es, n_es).chain(std::iter::repeat_n(de, n_de)).collect();
            let v = Vocabulary::from_lines(lines.iter().copied());
            let (mut total, mut spanish) = (0u64, 0u64);
            for (w, &n) in &v.words {
                if w.chars().count() >= 2 && w.chars().all(char::is_alphabetic) {
                    total += u64::from(n);
                    spanish += if lexicon::is_word(w) { u64::from(n) } else { 0 };
                }
            }
            let want = total >= LANGUAGE_SAMPLE && spanish * 2 < total;
            assert_eq!(v.is_foreign(), want, "{n_es} Spanish lines, {n_de} German");
            verdicts[usize::from(want)] = true;
        }
        assert_eq!(verdicts, [true, true], "both verdicts are tried");
    }

    fn d(left: &str, right: &str, glyph: BreakGlyph, v: &Vocabulary) -> (JoinAction, JoinRule) {
        let x = decide(left, right, glyph, v);
        (x.action, x.rule)
    }

    #[test]
    fn hyphen_table() {
        use JoinAction::*;
        use JoinRule::*;
        let v = Vocabulary::default();
        let cases: &[(&str, &str, JoinAction, JoinRule)] = &[
            ("la conti", "nuación del", Join, Lexicon),
            ("proceso de Descentra", "lización", Join, Lexicon),
            ("cooperación Sur", "Sur y", KeepHyphen, Capital),
            ("foro Asia", "Pacífico", KeepHyphen, Capital),
            ("gestión político", "administrativa", KeepHyphen, Compound),
            ("análisis costo", "beneficio", KeepHyphen, Compound),
            ("nivel socio", "económico", Join, Prefix),
            ("plan 2015", "2021", KeepHyphen, Digits),
            ("el COVID", "19", KeepHyphen, Digits),
            ("la DGA", "DAO", KeepHyphen, Acronym),
            ("Decreto N°", "", KeepHyphen, NonLetter),
            ("Decreto N°", "015", KeepHyphen, NonLetter),
            ("y luego ", "otro", Space, NotAWord),
            ("los de", "sastres", Join, LexiconAmbiguous),
            ("Saltalamanc", "chia", Join, Default),
            ("Científico-Téc", "nica", Join, Lexicon),
            ("DESCEN", "TRALIZACIÓN", Join, Lexicon),
        ];
        for (l, r, a, rule) in cases {
            assert_eq!(d(l, r, BreakGlyph::Hyphen, &v), (*a, *rule), "{l:?} + {r:?}");
        }
    }

    #[test]
    fn a_url_scheme_glues_across_the_break() {
        use JoinAction::*;
        let v = Vocabulary::default();
        let cases: &[(&str, &str, JoinAction)] = &[
            ("internet https://", "www.example.gov", KeepHyphen),
            ("see ftp://", "ftp.example.org/pub", KeepHyphen),
            // Dashes at a line's end keep the break's space.
            ("call 206\u{2013}231\u{2013}", "3195. It is", Space),
            ("de 1990 \u{2013}", "2000", Space),
            ("año 2017\u{2014}", "el Sistema", Space),
            ("Internacionales\u{2013}", "CARI en Argentina", Space),
            ("página 12\u{2013}", "véase", Space),
            ("ver ://", "www", Space),
        ];
        for (l, r, a) in cases {
            assert_eq!(d(l, r, BreakGlyph::None, &v).0, *a, "{l:?} + {r:?}");
        }
    }

    #[test]
    fn plain_table() {
        use JoinAction::*;
        use JoinRule::*;
        let v = Vocabulary::default();
        let cases: &[(&str, &str, JoinAction, JoinRule)] = &[
            ("proceso de descentra", "lización, pero", Join, DroppedHyphen),
            ("que trasciendan a los Go", "biernos, basadas", Join, DroppedHyphen),
            ("en", "tre actores", Join, DroppedHyphen),
            ("la cooperación internacional", "es el medio", Space, TwoWords),
            ("valores democráticos y", "a los derechos", Space, TwoWords),
            ("la región", "San Martín", Space, Plain),
            ("año 2002", "dar cuenta", Space, Plain),
            ("fin.", "nuevo", Space, NotAWord),
            ("GRADO DE IMPORTANC", "IA", Join, DroppedHyphen),
            ("la ONU", "DI", Space, Plain),
        ];
        for (l, r, a, rule) in cases {
            assert_eq!(d(l, r, BreakGlyph::None, &v), (*a, *rule), "{l:?} + {r:?}");
        }
        assert_eq!(d("conti", "nuación", BreakGlyph::Soft, &v), (Join, SoftHyphen));
    }

    #[test]
    fn document_evidence_wins() {
        use JoinAction::*;
        use JoinRule::*;
        let lines = [
            "la perspectiva socio-económica del país y la zona",
            "una mirada socio-económica también aquí",
            "el ecosistema y el ecosistema del norte",
        ];
        let v = Vocabulary::from_lines(lines.iter().copied());
        assert_eq!(d("la mirada socio", "económica", BreakGlyph::Hyphen, &v), (KeepHyphen, DocumentHyphenated));
        assert_eq!(d("el eco", "sistema", BreakGlyph::Hyphen, &v), (Join, DocumentJoined));
        assert_eq!(v.count("socio-económica"), 2);
        let v = Vocabulary::from_lines(["las empresas transna-cionales y otras", "Empresas transna-\ncionales y más"]);
        assert_eq!(d("relaciones transna", "cionales", BreakGlyph::Hyphen, &v), (Join, Default));
    }

    #[test]
    fn dropped_hyphen_style_is_detected() {
        let mut lines = Vec::new();
        for _ in 0..5 {
            lines.extend([
                "el trabajo de los gobier",
                "nos regionales es por",
                "que hay una práctica en",
                "tre actores. porque sí.",
            ]);
        }
        let v = Vocabulary::from_lines(lines.iter().copied());
        assert!(v.drops_hyphens(), "{:?}", v.break_stats());
        let x = decide("es por", "que hay", BreakGlyph::None, &v);
        assert_eq!((x.action, x.rule), (JoinAction::Join, JoinRule::DroppedHyphenDocument));
        let normal = Vocabulary::from_lines(["la conti-", "nuación del trabajo", "de la región."]);
        assert!(!normal.drops_hyphens());
    }

    #[test]
    fn prefixes_and_word_families_join() {
        use JoinAction::*;
        use JoinRule::*;
        let v = Vocabulary::from_lines(["la agroindustria del norte creció, y el sector", "otra línea más."]);
        // `agro` + `industriales`: a prefix; `textil` + `exportadora`: the document writes
        // neither; `costo` + `beneficio` stays a compound.
        assert_eq!(d("empresas agro", "industriales y", BreakGlyph::Hyphen, &v), (Join, Prefix));
        assert_eq!(d("nivel socio", "económico", BreakGlyph::Hyphen, &v), (Join, Prefix));
        assert_eq!(d("análisis costo", "beneficio", BreakGlyph::Hyphen, &v), (KeepHyphen, Compound));
        assert_eq!(d("el sector agro", "Exportador", BreakGlyph::Hyphen, &v), (KeepHyphen, Capital));
        // A prefix the document writes with its hyphen keeps it.
        let v = Vocabulary::from_lines(["el enfoque socio-ambiental del plan, y", "otra línea."]);
        assert_eq!(d("enfoque socio", "ambiental", BreakGlyph::Hyphen, &v), (KeepHyphen, DocumentHyphenated));
        // Word family: both parts are words, the joined form is not in the lexicon, and the
        // document writes a word of its family joined.
        let v = Vocabulary::from_lines(["la mesa redondaindustrial y la redondaindustria, del norte", "fin."]);
        assert_eq!(d("la mesa redonda", "industriales", BreakGlyph::Hyphen, &v), (Join, Family));
        let v = Vocabulary::default();
        assert_eq!(d("la mesa redonda", "industriales", BreakGlyph::Hyphen, &v), (KeepHyphen, Compound));
    }

    #[test]
    fn table_cells_are_dehyphenated_like_paragraphs() {
        // A table row as layout gives it: cells separated by tabs, a cell's wrapped lines by
        // '\n'; the vocabulary reads them as lines, and a cell is joined like a paragraph.
        let row = "Región\tProyectos de desarro-\nllo agro-\nindustriales\t12";
        let v = Vocabulary::from_lines([row, "la agroindustria regional creció, y"]);
        let cell: Vec<String> =
            ["Proyectos de desarro", "llo agro-", "industriales"].iter().map(|s| s.to_string()).collect();
        let cell = vec![format!("{}-", cell[0]), cell[1].clone(), cell[2].clone()];
        let mut stats = crate::model::NormalizationStats::default();
        assert_eq!(super::super::join_lines(&cell, &v, &mut stats), "Proyectos de desarrollo agroindustriales");
    }

    #[test]
    fn fragments_and_keys() {
        assert_eq!(fragments("(la conti", "nuación)."), ("conti", "nuación"));
        assert_eq!(fragments("N°", "015"), ("", "015"));
        assert_eq!(word_key("Pol\u{FB01}tica"), "polfitica");
        assert_eq!(word_key("so\u{301}lo"), "sólo");
        assert_eq!(word_key("año"), "año");
        assert_eq!(core("(“Sur-Sur”),"), "Sur-Sur");
    }
}
