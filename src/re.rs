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
//!   engine (most lines tried as a caption, a list marker or a list continuation are not one);
//! - an anchored pattern naming a Unicode class by escape (`\d`, `\s`, `\w`, `\p{L}`, their
//!   negations) is first compiled with each such class cut down to the common characters ([`COMMON`]:
//!   Latin-1, punctuation, symbols, the private use area), what nearly every line of a
//!   Spanish document is written in. A haystack made only of those characters cannot tell the two
//!   compilations apart (a match consists of haystack characters, and the cut removes none
//!   of them), so it is searched with the small one; the pattern as written is compiled the
//!   first time a haystack has another character. The Unicode digit, space and letter
//!   classes are tens to hundreds of ranges, each copy of which (`\d{1,6}` is six) compiles
//!   to a UTF-8 automaton, forward and reversed: the cut spares most of that work.

use std::sync::OnceLock;

use regex_automata::meta;
use regex_automata::util::captures::Captures as Groups;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// Largest NFA and lazy-DFA cache, as the `regex` crate sets them.
const NFA_SIZE_LIMIT: usize = 10 * (1 << 20);
const HYBRID_CACHE_CAPACITY: usize = 2 * (1 << 20);

/// The common characters, as a class of the pattern syntax: U+0000–U+00FF (ASCII and
/// Latin-1), U+2000–U+2BFF (general punctuation — dashes, quotes, bullets, the ellipsis,
/// spaces of every width — currency and letterlike symbols, arrows, mathematical and
/// technical signs, box drawing, shapes, dingbats), the private use area U+E000–U+F8FF
/// (symbol-font bullets) and U+FFFD. Past Latin-1 they hold almost no letter, digit or
/// space, so cutting a class to them leaves it small. [`is_common`] tells a haystack made
/// only of them.
const COMMON: &str = r"[\x00-\xFF\x{2000}-\x{2BFF}\x{E000}-\x{F8FF}\x{FFFD}]";

/// A compiled pattern (see the module documentation).
#[derive(Clone, Debug)]
pub struct Regex {
    src: Box<str>,
    /// The pattern with its escaped classes cut to the common characters, for haystacks made
    /// of them; `None` when the pattern names no such class (then `full` is always set).
    common: Option<Engine>,
    /// The pattern as written: compiled at once when `common` is `None`, else on the first
    /// haystack with a character outside the common ones.
    full: OnceLock<Engine>,
}

/// One compilation of a pattern.
#[derive(Clone, Debug)]
struct Engine {
    meta: meta::Regex,
    /// For an anchored pattern that never matches empty: the bytes a match can start with.
    first: Option<Box<ByteSet>>,
}

/// A set of bytes.
#[derive(Clone, Debug)]
struct ByteSet([bool; 256]);

/// Why a pattern does not compile (its syntax, or a size limit).
pub type Error = Box<dyn std::error::Error + Send + Sync>;

impl Engine {
    /// Compiles `src`, choosing the engines from the pattern (see the module documentation).
    fn new(src: &str) -> Result<Engine, Error> {
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
        Ok(Engine { meta, first })
    }

    /// Whether a search from the start of `haystack` cannot match, told by its first byte
    /// alone (see the module documentation).
    fn cannot_start(&self, haystack: &str) -> bool {
        self.first.as_ref().is_some_and(|set| haystack.as_bytes().first().is_none_or(|&b| !set.0[b as usize]))
    }
}

impl Regex {
    /// Compiles `src`, choosing the engines from the pattern (see the module documentation).
    /// A pattern whose common-character compilation succeeds is compiled as written only
    /// when a haystack needs it; that compilation can then fail only on the NFA size limit
    /// (the syntax is the same), far above any pattern of this program, and panics if it does.
    pub fn new(src: &str) -> Result<Regex, Error> {
        if let Some(cut) = common_classes(src).filter(|_| starts_anchored(src)) {
            if let Ok(common) = Engine::new(&cut) {
                return Ok(Regex { src: src.into(), common: Some(common), full: OnceLock::new() });
            }
        }
        let full = OnceLock::new();
        let _ = full.set(Engine::new(src)?);
        Ok(Regex { src: src.into(), common: None, full })
    }

    /// The compilation that searches `haystack`. An ASCII first byte is a common character
    /// and both compilations' first bytes agree on ASCII (their classes do): when the cut
    /// one's rule out a match there, it answers without the haystack being read through.
    fn engine(&self, haystack: &str) -> &Engine {
        let ascii_start = haystack.as_bytes().first().is_some_and(u8::is_ascii);
        match &self.common {
            Some(common) if (ascii_start && common.cannot_start(haystack)) || is_common(haystack) => common,
            _ => {
                self.full.get_or_init(|| Engine::new(&self.src).unwrap_or_else(|e| panic!("pattern {}: {e}", self.src)))
            }
        }
    }

    /// The pattern as given.
    pub fn as_str(&self) -> &str {
        &self.src
    }

    /// Whether the pattern matches anywhere in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        let e = self.engine(haystack);
        !e.cannot_start(haystack) && e.meta.search_half(&Input::new(haystack).earliest(true)).is_some()
    }

    /// The leftmost-first match in `haystack`.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        let e = self.engine(haystack);
        if e.cannot_start(haystack) {
            return None;
        }
        e.meta.search(&Input::new(haystack)).map(|m| Match { haystack, start: m.start(), end: m.end() })
    }

    /// The successive non-overlapping matches in `haystack`.
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + use<'r, 'h> {
        let e = self.engine(haystack);
        e.meta.find_iter(haystack).map(move |m| Match { haystack, start: m.start(), end: m.end() })
    }

    /// The groups of the leftmost-first match in `haystack`.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let e = self.engine(haystack);
        if e.cannot_start(haystack) {
            return None;
        }
        let mut caps = e.meta.create_captures();
        e.meta.search_captures(&Input::new(haystack), &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }

    /// The groups of the successive non-overlapping matches in `haystack`.
    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Captures<'h>> + use<'r, 'h> {
        let e = self.engine(haystack);
        e.meta.captures_iter(haystack).map(move |caps| Captures { haystack, caps })
    }
}

/// Whether every character of `s` is one of the [common characters](COMMON): read off the
/// UTF-8 lead bytes (C2 and C3 lead U+0080–U+00FF, E2 80 to E2 AF lead U+2000–U+2BFF, EE
/// and EF 80 to EF A3 lead U+E000–U+F8FF, EF BF BD is U+FFFD).
fn is_common(s: &str) -> bool {
    if s.is_ascii() {
        return true;
    }
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let next = b.get(i + 1).copied();
        match b[i] {
            0x00..=0x7F => i += 1,
            0xC2 | 0xC3 => i += 2,
            0xE2 if matches!(next, Some(0x80..=0xAF)) => i += 3,
            0xEE => i += 3,
            0xEF if matches!(next, Some(0x80..=0xA3)) || b.get(i..i + 3) == Some(&[0xEF, 0xBF, 0xBD][..]) => i += 3,
            _ => return false,
        }
    }
    true
}

/// Whether the pattern is anchored at the start as written: `^` after any leading flag
/// groups (`(?i)`, `(?x)`). Such a pattern reads a line or the text after a mention and
/// stops early; a scanning pattern reads whole paragraphs, where one uncommon character
/// anywhere would have it compiled twice, and it is rather long, its escaped classes a
/// small part of its cost: only anchored patterns are cut to the common characters.
fn starts_anchored(src: &str) -> bool {
    let mut rest = src;
    while let Some(after) = rest.strip_prefix("(?") {
        let flags = after.find(|c: char| !(c.is_ascii_alphabetic() || c == '-')).unwrap_or(after.len());
        match after[flags..].strip_prefix(')') {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.starts_with('^')
}

/// The digit classes cut to the common characters, written out: `[0-9]` are the only
/// decimal digits among them, and a class may hold any uncommon character (no haystack it
/// searches has one), so `\D` is `[^0-9]`. Cheaper to parse than an intersection.
const PERL_COMMON: [(char, &str); 2] = [('d', "[0-9]"), ('D', "[^0-9]")];

/// `src` with every escaped class but the spaces (`\d`, `\D`, `\w`, `\W`, `\p…`, `\P…`)
/// replaced by its intersection with the [common characters](COMMON), inside bracketed
/// classes as outside (a nested class is a union item there); `None` when `src` has none.
/// The digit classes are written out ([`PERL_COMMON`]); the others are intersections, of
/// which the parser folds both sides before taking them under case folding, so that the
/// cut class keeps every common character the folded original has. `\s` and `\S` stay:
/// white space is a dozen ranges, which compile to little.
fn common_classes(src: &str) -> Option<String> {
    let mut out = String::with_capacity(src.len() + 64);
    let mut cut = false;
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(e @ ('d' | 'D')) => {
                out.push_str(PERL_COMMON.iter().find(|p| p.0 == e).map_or("", |p| p.1));
                cut = true;
            }
            Some(e @ ('w' | 'W' | 'p' | 'P')) => {
                out.push_str("[\\");
                out.push(e);
                if matches!(e, 'p' | 'P') {
                    match chars.next() {
                        Some('{') => {
                            out.push('{');
                            for n in chars.by_ref() {
                                out.push(n);
                                if n == '}' {
                                    break;
                                }
                            }
                        }
                        Some(n) => out.push(n),
                        None => return None,
                    }
                }
                out.push_str("&&");
                out.push_str(COMMON);
                out.push(']');
                cut = true;
            }
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    cut.then_some(out)
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
            "Lima, 2015",
            "Lima – marzo de 2019.",
            "\u{663}\u{664} \u{663}",
            "\u{17F}upremo \u{FF} \u{178} \u{B5}",
            "a\u{3000}b\u{1680}c",
            "x\u{2003}y 12\u{A0}13",
            "€ 12 — Página 3",
            "\u{1C4}emal 2019",
            "\u{2170}\u{2171} \u{216B} 1999",
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
            r"(?i)^(?:[-–—]\s*)?(?P<n>\d{1,6})(?:\s*[-–—])?$",
            r"^(?P<w>\p{Lu}[\p{L} ]*?\p{L}),?\s*(?P<x>(?:19|20)\d\d)\.?$",
            r"(?i)\p{Lu}\w+",
            r"[^\d\s]+\S",
            r"\S+\s\D",
            r"(?i)[\p{Ll}&&[^a]]+",
            r"\PL+\W",
            r"(?x) \pL \s # a \p{L} and a space",
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
            Regex::new(src)
                .unwrap()
                .full
                .get()
                .unwrap()
                .first
                .as_ref()
                .map(|s| (0..=255u8).filter(|&b| s.0[b as usize]).collect::<Vec<_>>())
        };
        assert_eq!(first(r"^(?:ab|c)"), Some(vec![b'a', b'c']));
        assert_eq!(first(r"^\b(?:x?y)"), Some(vec![b'x', b'y']));
        assert_eq!(first(r"(?i)^ñ"), Some(vec![0xC3]));
        assert_eq!(first(r"^x*"), None);
        assert_eq!(first(r"ab"), None, "not anchored");
    }

    /// Each escaped class cut to the common characters matches the same common characters
    /// as the class itself, alone, in a bracketed class and negated, with and without case
    /// folding.
    #[test]
    fn cut_classes_keep_every_common_character() {
        let common: Vec<char> = ('\0'..='\u{FF}')
            .chain('\u{2000}'..='\u{2BFF}')
            .chain('\u{E000}'..='\u{F8FF}')
            .chain(['\u{FFFD}', '\u{1FF}', '\u{3000}', '\u{F900}', '\u{FFFC}'])
            .collect();
        for esc in [r"\d", r"\D", r"\w", r"\W", r"\p{L}", r"\p{Lu}", r"\PL", r"\p{Latin}"] {
            for form in ["^{}$", "^[{}]$", "^[^{}]$", "(?i)^{}$", "(?i)^[^{}]$"] {
                let src = form.replace("{}", esc);
                let ours = Regex::new(&src).unwrap();
                assert!(ours.common.is_some(), "{src}");
                let theirs = regex::Regex::new(&src).unwrap();
                for c in &common {
                    let hay = c.to_string();
                    assert_eq!(ours.is_match(&hay), theirs.is_match(&hay), "{src} on U+{:04X}", *c as u32);
                }
            }
        }
    }

    /// A haystack is common when every character is; the pattern is then rewritten only
    /// where it names a class by escape.
    #[test]
    fn common_haystacks_and_cut_patterns() {
        assert!(super::is_common("Lima, 2015 — «Página» 3 € ½ ñ ™ → ✓ \u{F0B7} \u{FFFD}"));
        assert!(!super::is_common("ſ"));
        assert!(!super::is_common("a\u{3000}"));
        assert!(!super::is_common("\u{2C00}"));
        assert!(!super::is_common("\u{F900}\u{FFFC}"));
        assert!(super::starts_anchored(r"(?i)(?x)^a") && super::starts_anchored(r"^\d"));
        assert!(!super::starts_anchored(r"(?i:a)^") && !super::starts_anchored(r"a|^b"));
        assert!(Regex::new(r"x\d").unwrap().common.is_none(), "a scanning pattern is compiled as written");
        assert_eq!(super::common_classes(r"ab\.c\\d"), None);
        assert_eq!(super::common_classes(r"a\d"), Some("a[0-9]".to_string()));
        let cut = super::common_classes(r"[\pL ]").unwrap();
        assert_eq!(cut, format!(r"[[\pL&&{}] ]", super::COMMON));
        let re = Regex::new(r"^\d+$").unwrap();
        assert!(re.is_match("12") && re.full.get().is_none());
        assert!(re.is_match("\u{663}") && re.full.get().is_some(), "compiled as written on demand");
    }

    #[test]
    fn an_invalid_pattern_is_an_error() {
        assert!(Regex::new(r"(unclosed").is_err());
    }
}
