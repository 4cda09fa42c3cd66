//! Regular expressions compiled with only the engines their use needs.
//!
//! In: a pattern (the `regex` crate's syntax). Out: a [`Regex`] with the `regex` crate's
//! search API (`is_match`, `find`, `find_iter`, `captures`, `captures_iter`) and the same
//! matches: both are `regex_automata::meta` regexes with the same syntax and match
//! semantics (leftmost-first, UTF-8), which every engine of the crate gives alike.
//!
//! What differs is the work done at compilation, paid once per process for every pattern:
//! - a pattern anchored at the start (`^…`) never scans: its searches run from one position
//!   and stop where the pattern fails, so it gets no lazy DFA and no reverse automaton (the
//!   reverse NFA of a Unicode class is the most expensive part of a compilation);
//! - no literal prefilter is extracted: the lazy DFA scans prepared text fast enough, and
//!   the literal extraction of a case-insensitive alternation of norm heads costs more than
//!   all the scanning it would ever spare on one document;
//! - no one-pass DFA: it only serves anchored searches for groups, which the bounded
//!   backtracker answers as well on the short texts they run on, and building it for every
//!   pattern cost more (about 2.7 M instructions a process on a seed) than it ever saved;
//! - an anchored pattern that cannot match the empty string knows the bytes its matches can
//!   start with (read off the parsed pattern, a walk of its syntax tree): `is_match`, `find`
//!   and `captures` on a text starting with another byte answer "no match" without running an
//!   engine (most lines tried as a caption, a list marker or a list continuation are not one).

use regex_automata::meta;
use regex_automata::util::captures::Captures as Groups;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// Largest NFA and lazy-DFA cache, as the `regex` crate sets them.
const NFA_SIZE_LIMIT: usize = 10 * (1 << 20);
const HYBRID_CACHE_CAPACITY: usize = 2 * (1 << 20);

/// A compiled pattern (see the module documentation).
#[derive(Clone, Debug)]
pub struct Regex {
    meta: meta::Regex,
    src: Box<str>,
    /// For an anchored pattern that never matches empty: the bytes a match can start with.
    first: Option<Box<ByteSet>>,
}

/// A set of bytes.
#[derive(Clone, Debug)]
struct ByteSet([bool; 256]);

/// Why a pattern does not compile (its syntax, or a size limit).
pub type Error = Box<dyn std::error::Error + Send + Sync>;

impl Regex {
    /// Compiles `src`, choosing the engines from the pattern (see the module documentation).
    pub fn new(src: &str) -> Result<Regex, Error> {
        let hir = syntax::parse_with(src, &syntax::Config::new().utf8(true))?;
        let anchored = hir.properties().look_set_prefix().contains(Look::Start);
        let mut config = meta::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .nfa_size_limit(Some(NFA_SIZE_LIMIT))
            .hybrid_cache_capacity(HYBRID_CACHE_CAPACITY)
            .auto_prefilter(false)
            .onepass(false);
        if anchored {
            config = config.hybrid(false).dfa(false);
        }
        let meta = meta::Builder::new().configure(config).build_from_hir(&hir)?;
        let first = anchored
            .then(|| {
                let mut set = Box::new(ByteSet([false; 256]));
                (!first_bytes(&hir, &mut set)).then_some(set)
            })
            .flatten();
        Ok(Regex { meta, src: src.into(), first })
    }

    /// Whether a search from the start of `haystack` cannot match, told by its first byte
    /// alone (see the module documentation).
    fn cannot_start(&self, haystack: &str) -> bool {
        self.first.as_ref().is_some_and(|set| haystack.as_bytes().first().is_none_or(|&b| !set.0[b as usize]))
    }

    /// The pattern as given.
    pub fn as_str(&self) -> &str {
        &self.src
    }

    /// Whether the pattern matches anywhere in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        !self.cannot_start(haystack) && self.meta.search_half(&Input::new(haystack).earliest(true)).is_some()
    }

    /// The leftmost-first match in `haystack`.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        if self.cannot_start(haystack) {
            return None;
        }
        self.meta.search(&Input::new(haystack)).map(|m| Match { haystack, start: m.start(), end: m.end() })
    }

    /// The successive non-overlapping matches in `haystack`.
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        self.meta.find_iter(haystack).map(move |m| Match { haystack, start: m.start(), end: m.end() })
    }

    /// The groups of the leftmost-first match in `haystack`.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        if self.cannot_start(haystack) {
            return None;
        }
        let mut caps = self.meta.create_captures();
        self.meta.search_captures(&Input::new(haystack), &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }

    /// The groups of the successive non-overlapping matches in `haystack`.
    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        self.meta.captures_iter(haystack).map(move |caps| Captures { haystack, caps })
    }
}

/// Adds to `set` every byte a match of `hir` can start with, and returns whether `hir` can
/// match the empty string (then what follows it can start a match too). A Unicode range adds
/// the lead bytes from its first to its last character's (UTF-8 keeps the order of code
/// points): a superset, which is all a "cannot match" needs.
fn first_bytes(hir: &Hir, set: &mut ByteSet) -> bool {
    let mut mark = |from: u8, to: u8| set.0[from as usize..=to as usize].fill(true);
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => match lit.0.first() {
            Some(&b) => {
                mark(b, b);
                false
            }
            None => true,
        },
        HirKind::Class(Class::Unicode(cls)) => {
            let lead = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            cls.iter().for_each(|r| mark(lead(r.start()), lead(r.end())));
            false
        }
        HirKind::Class(Class::Bytes(cls)) => {
            cls.iter().for_each(|r| mark(r.start(), r.end()));
            false
        }
        HirKind::Repetition(rep) => first_bytes(&rep.sub, set) || rep.min == 0,
        HirKind::Capture(cap) => first_bytes(&cap.sub, set),
        HirKind::Concat(subs) => subs.iter().all(|sub| first_bytes(sub, set)),
        HirKind::Alternation(subs) => {
            // Every branch adds its bytes (no short cut).
            let mut empty = false;
            for sub in subs {
                empty |= first_bytes(sub, set);
            }
            empty
        }
    }
}

/// One match (or group) in a haystack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    /// Byte offset of its start.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past its end.
    pub fn end(&self) -> usize {
        self.end
    }

    /// Its byte range.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Its text.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// The groups of one match: 0 is the whole match.
#[derive(Clone, Debug)]
pub struct Captures<'h> {
    haystack: &'h str,
    caps: Groups,
}

impl<'h> Captures<'h> {
    /// Group `i`, when it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps.get_group(i).map(|s| Match { haystack: self.haystack, start: s.start, end: s.end })
    }

    /// The group named `name`, when it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.caps.get_group_by_name(name).map(|s| Match { haystack: self.haystack, start: s.start, end: s.end })
    }

    /// Number of groups, group 0 included.
    pub fn len(&self) -> usize {
        self.caps.group_len()
    }

    /// Whether there are no groups (never: group 0 is always there).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<'h> std::ops::Index<usize> for Captures<'h> {
    type Output = str;

    /// The text of group `i`. Panics when the group did not take part in the match, as the
    /// `regex` crate's index does.
    fn index(&self, i: usize) -> &str {
        self.get(i).map(|m| m.as_str()).unwrap_or_else(|| panic!("no group at index {i}"))
    }
}

impl<'h> std::ops::Index<&str> for Captures<'h> {
    type Output = str;

    /// The text of the group named `name`. Panics when it did not take part in the match.
    fn index(&self, name: &str) -> &str {
        self.name(name).map(|m| m.as_str()).unwrap_or_else(|| panic!("no group named {name}"))
    }
}

#[cfg(test)]
mod tests {
    use super::Regex;

    /// The matches and groups are the `regex` crate's, scanning or anchored, also where an
    /// anchored pattern's first byte decides (case folding to non-ASCII letters, optional
    /// and zero-width starts, patterns that match the empty string).
    #[test]
    fn matches_are_the_regex_crates() {
        let hays = [
            "Ley N° 27444, Decreto Supremo 004-2019-JUS y la ley 30057; año 2014",
            "",
            "ley 1",
            "LEY",
            "\u{212A}ey 2",
            "\u{17F}upremo",
            "Ñandú 3",
            "ñ",
            "(a) texto",
            " Ley",
            "9",
        ];
        for src in [
            r"(?i)\b(?P<head>ley|decreto\s?supremo)\s?(?:N°\s?)?(?P<n>\d+(?:-\d+)*(?:-[A-Z]+)?)",
            r"^(?P<w>\p{Lu}\p{Ll}+)\s",
            r"(?i)^ley\s(?P<x>x)?",
            r"(?i)^(?:key|supremo|ñandú)",
            r"^\b(?:\(?[a-z]\)|\d)",
            r"^\s?,?(?:la\s)?ley",
            r"^(?:x*|ley)",
            r"^$",
            r"\d{4}$",
            r"",
        ] {
            for hay in hays {
                let ours = Regex::new(src).unwrap();
                let theirs = regex::Regex::new(src).unwrap();
                assert_eq!(ours.as_str(), src);
                assert_eq!(ours.is_match(hay), theirs.is_match(hay), "{src}");
                assert_eq!(ours.find(hay).map(|m| m.range()), theirs.find(hay).map(|m| m.range()), "{src}");
                let a: Vec<_> = ours.find_iter(hay).map(|m| m.range()).collect();
                let b: Vec<_> = theirs.find_iter(hay).map(|m| m.range()).collect();
                assert_eq!(a, b, "{src}");
                let a: Vec<Vec<_>> = ours
                    .captures_iter(hay)
                    .map(|c| (0..c.len()).map(|i| c.get(i).map(|m| m.range())).collect())
                    .collect();
                let b: Vec<Vec<_>> =
                    theirs.captures_iter(hay).map(|c| c.iter().map(|m| m.map(|m| m.range())).collect()).collect();
                assert_eq!(a, b, "{src}");
                let (a, b) = (ours.captures(hay), theirs.captures(hay));
                assert_eq!(a.is_some(), b.is_some(), "{src}");
                if let (Some(a), Some(b)) = (a, b) {
                    assert_eq!(&a[0], &b[0]);
                    for name in ["head", "n", "w", "x"] {
                        assert_eq!(a.name(name).map(|m| m.as_str()), b.name(name).map(|m| m.as_str()));
                    }
                }
            }
        }
    }

    /// An anchored pattern knows its first bytes unless it can match the empty string.
    #[test]
    fn first_bytes_of_anchored_patterns() {
        let first = |src: &str| {
            Regex::new(src).unwrap().first.map(|s| (0..=255u8).filter(|&b| s.0[b as usize]).collect::<Vec<_>>())
        };
        assert_eq!(first(r"^(?:ab|c)"), Some(vec![b'a', b'c']));
        assert_eq!(first(r"^\b(?:x?y)"), Some(vec![b'x', b'y']));
        assert_eq!(first(r"(?i)^ñ"), Some(vec![0xC3]));
        assert_eq!(first(r"^x*"), None);
        assert_eq!(first(r"ab"), None, "not anchored");
    }

    #[test]
    fn an_invalid_pattern_is_an_error() {
        assert!(Regex::new(r"(unclosed").is_err());
    }
}
