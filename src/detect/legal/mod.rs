//! Legal references: mentions of Peruvian (and international) legal norms.
//!
//! In: the normalised texts of a document's blocks, in reading order. Out: for each text,
//! its [`Mention`]s with canonical ids (`pe:ley:27783`, `pe:ds:004-2013-pcm`, …; see
//! `docs/legal-references.md`) and character offsets into that text. Patterns are compiled
//! once and shared by all threads.
//!
//! Each text is prepared once (`text`: ignorable characters dropped, whitespace folded,
//! split words joined, offsets kept) and scanned by the finders — `numbered` (type head +
//! number, lists, ranges), `constitution`, `names` (named laws, lexicon), `intl`
//! (international and foreign instruments). A first pass over all texts collects the
//! name → number pairs a document states in apposition (`Ley Orgánica de Gobiernos
//! Regionales, Ley N° 27867`); the second links bare names to them. `acronyms` then
//! resolves the acronyms the document defines for a norm (`… (en adelante, LPAG)`) where it
//! uses them. `articles` attaches the article cited with each mention; `score` measures
//! the detector on labelled data.

pub mod acronyms;
pub mod articles;
pub mod canonical;
pub mod constitution;
pub mod intl;
pub mod junction;
pub mod mark;
pub mod names;
pub mod numbered;
pub mod patterns;
pub mod score;
pub mod shortforms;
pub mod text;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::LazyLock;

use rayon::prelude::*;

use crate::re::Regex;

use patterns::{compile, Gate};

use canonical as canon;
use names::Named;
use text::Prepared;

/// One mention found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Canonical id.
    pub canonical: String,
    /// Norm type id (`ley`, `decreto_supremo`, …).
    pub norm_type: String,
    /// Number as written.
    pub number: Option<String>,
    /// Four-digit year.
    pub year: Option<u16>,
    /// Issuer as written.
    pub issuer: Option<String>,
    /// Article cited with the mention.
    pub article: Option<String>,
    /// Sub-unit cited with the article (`inciso c`, `numeral 6`).
    pub subunit: Option<String>,
    /// Surface text.
    pub text: String,
    /// Start offset in characters.
    pub start: usize,
    /// End offset in characters (exclusive).
    pub end: usize,
}

/// What found a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Type head + number.
    Numbered,
    /// The Constitution.
    Constitution,
    /// A name (possibly linked to a number).
    Named,
    /// International or foreign instrument.
    International,
    /// A regulation or consolidated text of another mention.
    Derived,
}

/// A mention candidate, in byte offsets of the prepared text.
#[derive(Debug, Clone)]
pub struct Cand {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Type id.
    pub ty: &'static str,
    /// Canonical id.
    pub canonical: String,
    /// Number as written.
    pub number: Option<String>,
    /// Year.
    pub year: Option<u16>,
    /// Issuer as written.
    pub issuer: Option<String>,
    /// Article.
    pub article: Option<String>,
    /// Sub-unit.
    pub subunit: Option<String>,
    /// What found it.
    pub kind: Kind,
    /// Number inside a range that the text does not write (`1441` in `1440 al 1442`).
    pub implied: bool,
    /// Written with thousands dots (`19.880`).
    pub dotted: bool,
}

impl Cand {
    /// A candidate with only span, type, id and kind set.
    pub fn new(start: usize, end: usize, ty: &'static str, canonical: String, kind: Kind) -> Cand {
        Cand {
            start,
            end,
            ty,
            canonical,
            number: None,
            year: None,
            issuer: None,
            article: None,
            subunit: None,
            kind,
            implied: false,
            dotted: false,
        }
    }

    fn overlaps(&self, o: &Cand) -> bool {
        self.start < o.end && o.start < self.end
    }
}

/// Gap between a name and the number that follows it in apposition (`, `, ` – `, ` (`).
static GAP_NAME_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s?(?:[,:–—-]\s?)?(?:\(?[A-Z]{2,10}\)?\s?(?:[,:–—-]\s?)?)?(?:\(\s?)?$"));

/// Gap between a name and its number restated with an article (`Ley Marco del Empleo Público,
/// la Ley N° 28175`).
static GAP_NAME_ARTICLE: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s?,\s?(?:la|el)\s$"));

/// What follows a number that continues a list (`…, la Ley N° 27444 y la Ley …`): then an
/// article gap before it does not make an apposition.
static LIST_GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^(?:\s(?:y|e|o)\s|\s?,\s?(?:la|el|las|los)\s(?:Ley|Decreto|Resoluci|Ordenanza|C[oó]digo))")
});

/// Gap between a number and the name that follows it in apposition; a bare space is one too
/// (table cells, headings: `Ley N° 28611⇥Ley General del Ambiente`).
static GAP_NUMBER_NAME: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s?(?:(?:[,:–—-]|\()\s?)?$"));

/// A regulation or consolidated text head ending just before a mention.
static DERIVED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?P<head>reglamento(?:\sgeneral)?|texto\s[uú]nico\sordenado|(?-i:T\.?U\.?O\.?))\s(?:de\sla|del|de)\s$",
    )
});

/// Whether a window may end in a [`DERIVED_HEAD`]: it holds `reglamento` or `ordenado` (in
/// any case) or a capital `U` (`TUO`, `T.U.O.`). The pattern, run before nearly every law's
/// mention, is compiled only in a document that has one.
fn may_be_derived_head(window: &str) -> bool {
    let gate = Gate::new(window);
    gate.has_ci("reglamento") || gate.has_ci("ordenado") || gate.has("U")
}

/// Words before a regulation or TUO head that make it one not yet in force (`el futuro
/// Reglamento de la Ley N° …`, `un nuevo Reglamento`, `proyecto de Reglamento`), matched on the
/// lower-cased window: the law is cited, the instrument is not (docs decision 23).
static NOT_YET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:\bfutur[oa]s?\s|\beventual(?:es)?\s|\bhipot[eé]tic[oa]s?\s|\bun[oa]?\s(?:nuev[oa]\s)?|\b(?:ante-?)?proyectos?\sde\s|\bpropuesta\sde\s)$",
    )
});

/// Between a decree and an instrument in apposition that it is: ` (`, ` – `.
static IN_PARENTHESES: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s?(?:\(|[–—]\s)$"));

/// `su Reglamento, aprobado por ` just before the approving norm; a capitalised qualifier
/// may follow the head (`su Reglamento General`, `su Reglamento Interno`). A definite
/// capitalised head with nothing between it and `aprobado por` (`y al Reglamento aprobado
/// por D.S. N° …`) is the instrument of that norm in the same way (group `def`).
static POSSESSIVE_APPROVED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:(?:su|cuy[oa])\s(?P<head>reglamento(?:\s(?-i:[A-Z][a-z]+))?|(?-i:TUO)|texto\s[uú]nico\sordenado)|(?:el|al|del)\s(?P<def>(?-i:Reglamento(?:\s[A-Z][a-z]+)?|TUO|Texto\s[UÚ]nico\sOrdenado)))(?:,?\s|\s?\(\s?)(?:(?:(?:que\s)?(?:fue|ha\ssido)\s)?aprobad[oa]|que\sse\saprob[oó])\s(?:mediante|por|con|a\strav[eé]s\sdel?)\s(?:el\s|la\s)?$",
    )
});

/// `, aprobado por (el) ` before the approving decree.
static APPROVED_BY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\d{0,2}(?:,?\s?|\s?\(\s?)(?:(?:(?:que\s)?(?:fue|ha\ssido|es|est[aá]|son|fueron)\s)?aprobad[oa]s?|que\sse\saprob[oó])\s(?:mediante|por|con|a\strav[eé]s\sdel?)\s(?:el\s|la\s)?$",
    )
});

/// Whether `gap` is an [`APPROVED_BY`] phrase; the pattern runs (and is compiled) only on a
/// gap holding `aprobad` or `se aprob` (`aprobado`, `que se aprobó`), as all its matches do.
fn approved_by(gap: &str) -> bool {
    let gate = Gate::new(gap);
    (gate.has_ci("aprobad") || gate.has_ci("se aprob")) && APPROVED_BY.is_match(gap)
}

/// Between a Decreto Supremo and the regulation or TUO it approves: `D.S. N° … se aprobó el`,
/// `Decreto Supremo N° … que aprueba el`, and the gazette's summary heading `DECRETO SUPREMO N°
/// ….- APRUEBAN EL` / `….- Decreto Supremo que aprueba el`.
static APPROVES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\d{0,2}(?:,|\.?\s?[-–—]\s?(?:decreto\ssupremo\s)?)?\s?(?:que\s|(?:mediante|por|con)\s(?:el|la|l[ao]s)\scual(?:es)?\s|(?:el|la)\scual\s)?(?:se\s)?(?:aprueban?|aprob[oó]|aprobaron|qued[oó]\saprobad[oa]|fue\saprobad[oa])\s(?:el\s|la\s|los\s|las\s)?(?:nuev[oa]s?\s)?$",
    )
});

/// `se aprobó el ` just before an instrument whose approving norm follows (`…, mediante el
/// Decreto Supremo N° …`).
static APPROVAL_VERB_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:aprob[oó]|aprueba|aprobaron|aprobar)\s(?:el|la|los|las)\s$"));

/// `, mediante el ` / ` por la ` between an instrument and the norm that approved it.
static BY_MEANS_OF: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\d{0,2},?\s(?:mediante|por|a\strav[eé]s\sde)\s(?:el\s|la\s)?$"));

/// Types a name starting with `Ley` / `Código` may be numbered as, in apposition.
fn apposable(family: canon::NormType, ty: &str) -> bool {
    if family == canon::REGLAMENTO || family == canon::NT {
        return false;
    }
    if family == canon::DIRECTIVA {
        return ty == canon::DIRECTIVA.id;
    }
    matches!(ty, "ley" | "decreto_legislativo" | "decreto_ley" | "resolucion_legislativa")
}

/// Name → (canonical, type, number) pairs stated in a document.
type NameMap = HashMap<String, (String, &'static str, Option<String>)>;

/// The candidates of one text before names are linked. A document keeps one per text until
/// its mentions are resolved, so what most texts lack (any candidate) takes no room.
struct Scan<'a> {
    prepared: Prepared<'a>,
    /// `None` when the text has no candidate at all.
    found: Option<Box<Found>>,
}

/// The candidates of a [`Scan`].
#[derive(Default)]
struct Found {
    numbered: Vec<Cand>,
    named: Vec<Named>,
    /// (named index, numbered index, name comes first).
    appositions: Vec<(usize, usize, bool)>,
}

impl Scan<'_> {
    fn numbered(&self) -> &[Cand] {
        self.found.as_ref().map_or(&[], |f| &f.numbered)
    }

    fn named(&self) -> &[Named] {
        self.found.as_ref().map_or(&[], |f| &f.named)
    }

    fn appositions(&self) -> &[(usize, usize, bool)] {
        self.found.as_ref().map_or(&[], |f| &f.appositions)
    }
}

/// Pairs names with numbers written next to them.
fn appositions(text: &str, nums: &[Cand], named: &[Named]) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut used_num = vec![false; nums.len()];
    let mut used_name = vec![false; named.len()];
    // A number with another close after it is an item of a list, unless a sentence ends
    // between them (`…, Ley N° 27972. El D.U. N° 037-94 …`).
    let single = |k: usize| {
        let c = &nums[k];
        let prev_same = k > 0 && nums[k - 1].end == c.start;
        let listed = nums.get(k + 1).is_some_and(|n| {
            n.start > c.start
                && n.start - c.end < 6
                && !text.get(c.end..n.start).is_some_and(|g| g.contains(['.', ';']))
        });
        !c.implied && !prev_same && !listed
    };
    for pass in [true, false] {
        for (ni, n) in named.iter().enumerate() {
            if used_name[ni] {
                continue;
            }
            for (k, c) in nums.iter().enumerate() {
                if used_num[k] || c.implied || !apposable(n.family, c.ty) || !single(k) {
                    continue;
                }
                let gap = if pass {
                    let restated = |g: &str| {
                        GAP_NAME_ARTICLE.is_match(g)
                            && n.lex.as_ref().is_none_or(|e| e.canonical == c.canonical)
                            && !text.get(c.end..).is_some_and(|t| LIST_GOES_ON.is_match(t))
                    };
                    (n.end <= c.start)
                        .then(|| text.get(n.end..c.start))
                        .flatten()
                        .filter(|g| GAP_NAME_NUMBER.is_match(g) || restated(g))
                } else {
                    (c.end <= n.start)
                        .then(|| text.get(c.end..n.start))
                        .flatten()
                        .filter(|g| GAP_NUMBER_NAME.is_match(g) || (*g == ". " && title_after_period(text, c, n)))
                };
                if gap.is_none() {
                    continue;
                }
                // A number after a name is its number even when the lexicon disagrees (the
                // text may cite another number); a name after a number that the lexicon
                // gives another number starts the next item of a list.
                if !pass && n.lex.as_ref().is_some_and(|e| e.canonical != c.canonical) {
                    continue;
                }
                used_num[k] = true;
                used_name[ni] = true;
                out.push((ni, k, pass));
                break;
            }
        }
    }
    out
}

/// Where an APA reference's date (`(2013). `, `(2010, 3 de mayo). `) ending at `end` opens:
/// the byte of its `(`.
fn apa_date_ending_at(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?.strip_suffix("). ")?;
    let open = head.rfind('(')?;
    let inner = &head[open + 1..];
    let b = inner.as_bytes();
    let year =
        b.len() >= 4 && (inner.starts_with("19") || inner.starts_with("20")) && b[..4].iter().all(u8::is_ascii_digit);
    if !year || inner.len() > 40 || inner.contains(')') {
        return None;
    }
    // The four bytes of the year are ASCII digits: byte 4 is a character boundary.
    let rest = inner.get(4..)?.trim_start_matches(|c: char| c.is_ascii_lowercase());
    (rest.is_empty() || rest.starts_with(',')).then_some(open)
}

/// Whether the name after `number. ` is its title (`Ley N° 30057. Ley del Servicio Civil`): the
/// lexicon gives the name that number, or the norm opens a reference entry after its APA date.
fn title_after_period(text: &str, c: &Cand, n: &Named) -> bool {
    n.lex.as_ref().is_some_and(|e| e.canonical == c.canonical)
        || (n.lex.is_none() && apa_date_ending_at(text, c.start).is_some())
}

/// A person as the author of an APA reference, up to the space before its date: surname(s),
/// a comma and initials (`Bernales Ballesteros, E. `, `Rubio, M., & Eguiguren, F. `).
static PERSONAL_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:\s(?:de\s|del\s|de\sla\s)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){0,3},\s[A-ZÁÉÍÓÚÑ]\.(?:\s?-?[A-ZÁÉÍÓÚÑ]\.)*[^()]*\s$",
    )
});

/// Whether `text` holds an initial after a comma (`, E.`), as every [`PERSONAL_AUTHOR`] does.
fn has_initial(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(4).any(|w| w[0] == b',' && w[1] == b' ' && w[2].is_ascii_uppercase() && w[3] == b'.')
}

/// The titles of works by a person in `text`: from an APA date preceded by a personal author
/// (starting the text or a sentence, within 200 bytes) to the first `. `, ` (` or ` [`.
fn work_titles(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (p, _) in text.match_indices("). ") {
        let start = p + 3;
        let Some(open) = apa_date_ending_at(text, start) else { continue };
        let from = floor_boundary(text, open.saturating_sub(200));
        let starts = std::iter::once(0)
            .filter(|_| from == 0)
            .chain(text[from..open].match_indices(['.', ';']).map(|(i, _)| from + i + 2))
            .filter(|&s| s < open && text.is_char_boundary(s) && (s == 0 || text.as_bytes()[s - 1] == b' '));
        if starts.into_iter().any(|s| PERSONAL_AUTHOR.is_match(&text[s..open])) {
            let rest = &text[start..];
            let len = [". ", " (", " ["].iter().filter_map(|q| rest.find(q)).min().unwrap_or(rest.len());
            out.push((start, start + len));
        }
    }
    out
}

/// Drops the candidates inside the title of a work by a person (a book, an article, a thesis:
/// `Bernales Ballesteros, E. (1999). La Constitución de 1993: análisis comparado (5.ª ed.).`):
/// a norm named in a work's title is not cited (docs §9, `Decreto` in book titles).
fn drop_in_work_titles(text: &str, cands: &mut Vec<Cand>) {
    if cands.is_empty() || !text.contains("). ") || !has_initial(text) {
        return;
    }
    let titles = work_titles(text);
    if !titles.is_empty() {
        cands.retain(|c| !titles.iter().any(|&(a, b)| a <= c.start && c.end <= b));
    }
}

fn scan(raw: &str) -> Scan<'_> {
    let prepared = Prepared::new(raw);
    let numbered = numbered::find(&prepared.text);
    let named: Vec<Named> = names::find(&prepared.text, prepared.breaks())
        .into_iter()
        .filter(|n| !numbered.iter().any(|c| !c.implied && c.start < n.end && n.start < c.end && c.start <= n.start))
        .collect();
    let appositions = appositions(&prepared.text, &numbered, &named);
    let found = (!numbered.is_empty() || !named.is_empty()).then(|| Box::new(Found { numbered, named, appositions }));
    Scan { prepared, found }
}

/// The number part of a canonical id (`pe:ley:27783` → `27783`).
fn number_of(canonical: &str) -> Option<String> {
    let key = canonical.rsplit(':').next()?;
    key.chars().next().filter(char::is_ascii_digit).map(|_| key.to_string())
}

/// Final candidates of one scanned text.
fn resolve(s: &Scan, map: &NameMap) -> Vec<Cand> {
    let text: &str = &s.prepared.text;
    let mut cands: Vec<Cand> = s.numbered().to_vec();
    let mut merged_names = vec![false; s.named().len()];
    for &(ni, k, name_first) in s.appositions() {
        let n = &s.named()[ni];
        merged_names[ni] = true;
        if let Some(c) = cands.get_mut(k) {
            if name_first {
                c.start = n.start;
            } else {
                c.end = n.end;
            }
            if n.family == canon::CODIGO {
                c.ty = canon::CODIGO.id;
            }
            // `Ley Orgánica de la Agencia … de Chile (Ley 18989 …)`: a foreign law.
            if c.ty == canon::LEY.id {
                if let Some(cc) = text.get(n.start..n.end).and_then(intl::country_in) {
                    c.ty = intl::EXTRANJERA;
                    c.canonical = format!("{cc}:ley:{}", canon::strip_zeros(c.number.as_deref().unwrap_or("")));
                }
            }
        }
    }
    for c in cands.iter_mut().filter(|c| c.dotted && c.ty == canon::LEY.id) {
        let from = floor_boundary(text, c.start.saturating_sub(120));
        let to = ceil_boundary(text, (c.end + 120).min(text.len()));
        // A country right after the law (`Ley N° 21.180 chilena`, `Ley 25.326 de Argentina`),
        // else the one nearest to it in its sentence, else the nearest in the window.
        let right_after = intl::country_after(text, c.end).map(|(cc, _)| cc);
        let (a, b) = sentence_around(text, c.start, c.end, from, to);
        let in_sentence = || intl::country_near(&text[a..b], c.start - a, c.end - a, b - a);
        if let Some(cc) = right_after
            .or_else(in_sentence)
            .or_else(|| intl::country_near(text, c.start, c.end, (c.start - from).max(to - c.end)))
        {
            c.ty = intl::EXTRANJERA;
            c.canonical = format!("{cc}:ley:{}", canon::strip_zeros(c.number.as_deref().unwrap_or("")));
        }
    }
    for c in constitution::find(text).into_iter().chain(intl::find(text)) {
        // An act of the European Union (`Directiva 2019/1937 de la Unión Europea`) is not the
        // Peruvian directive its number also looks like.
        // A United Nations resolution (`resolución 44/25` of the General Assembly) is not the
        // Peruvian resolution `N/YY` its number also looks like.
        if c.canonical.starts_with("eu:") || c.canonical.starts_with("int:onu-") {
            cands.retain(|o| !(o.overlaps(&c) && o.canonical.starts_with("pe:")));
        }
        if !cands.iter().any(|o| o.overlaps(&c)) {
            cands.push(c);
        }
    }
    for (ni, n) in s.named().iter().enumerate() {
        if merged_names[ni] {
            continue;
        }
        let (end, c) = named_cand(n, map);
        let c = foreign_named(text, Cand { end, ..c });
        if !cands.iter().any(|o| o.overlaps(&c)) {
            cands.push(c);
        }
    }
    cands.sort_by_key(|c| (c.start, c.end));
    for c in cands.iter_mut() {
        if c.article.is_none() && !c.implied {
            let (a, sub) = articles::around(text, c.start, c.end);
            c.article = a;
            c.subunit = sub;
        }
    }
    let derived = derived(text, &cands);
    cands.extend(derived);
    cands.sort_by_key(|c| (c.start, c.end));
    let instruments: Vec<&Named> = s.named().iter().filter(|n| n.long_end.is_some()).collect();
    link_approved(text, &mut cands, &instruments);
    drop_in_work_titles(text, &mut cands);
    cands
}

/// Codes of the norms that approve an unnumbered instrument (docs §10.2).
const APPROVING: &[&str] = &[
    "ds", "rm", "rs", "rvm", "rd", "rj", "rpe", "rpcd", "rcd", "rsg", "rsgd", "res", "om", "or", "da", "dr", "acm",
    "acr",
];

/// The code and key of an approving norm's id (`pe:ds:004-2019-jus` → `ds-004-2019-jus`).
fn approver_key(c: &Cand) -> Option<String> {
    let rest = c.canonical.strip_prefix("pe:")?;
    let (code, key) = rest.split_once(':')?;
    (APPROVING.contains(&code) && !c.implied).then(|| format!("{code}-{key}"))
}

/// Unnumbered regulations, TUOs, directives and technical norms take the id of the norm that
/// approves them when the text says so (`…, aprobado por Decreto Supremo N° …`, `Mediante
/// R.M. N° … se aprobó la Directiva …`); a title that runs on in lower case is a mention
/// only then. An instrument in apposition after its approving norm (`D.S. N° 005-2012-TR,
/// Reglamento de la Ley …`) is that norm's mention, not one of its own.
fn link_approved(text: &str, cands: &mut Vec<Cand>, instruments: &[&Named]) {
    let mut drop = vec![false; cands.len()];
    for i in 0..cands.len() {
        let c = &cands[i];
        // `Ley de Productividad y Competitividad Laboral, aprobada por Decreto Supremo N° …`:
        // a consolidated text named like the law, keyed by the decree that approves it.
        if c.ty == canon::LEY.id && c.kind == Kind::Named && c.canonical.starts_with("pe:") {
            let ds = cands.iter().find(|d| d.start >= c.end && d.ty == canon::DS.id && !d.implied);
            // `aprobada` agrees with `Ley`; `aprobado` after a law nested in `Reglamento de la
            // Ley …` belongs to the regulation.
            let approved = |g: &str| g.contains("aprobada") && approved_by(g);
            if let Some(d) = ds.filter(|d| text.get(c.end..d.start).is_some_and(approved)) {
                let key = approver_key(d);
                if let Some(key) = key {
                    let c = &mut cands[i];
                    c.canonical = canon::pe(canon::TUO, &key);
                    c.ty = canon::TUO.id;
                }
            }
            continue;
        }
        let family = match c.ty {
            "reglamento" => canon::REGLAMENTO,
            "tuo" => canon::TUO,
            "directiva" => canon::DIRECTIVA,
            "norma_tecnica" => canon::NT,
            _ => continue,
        };
        let own_number = c.kind == Kind::Numbered;
        let named = instruments.iter().find(|n| n.start == c.start && n.end == c.end);
        if own_number || (c.kind != Kind::Derived && named.is_none()) {
            continue;
        }
        let long_end = named.and_then(|n| n.long_end).unwrap_or(c.end);
        let standalone = named.is_none_or(|n| n.standalone);
        let mut found: Option<(String, usize)> = None;
        // After: the first approving norm, with only `, aprobado por` between.
        for end in [c.end, long_end] {
            if found.is_some() {
                break;
            }
            if let Some(d) = cands.iter().find(|d| d.start >= end && approver_key(d).is_some()) {
                let window = text::before(text, c.start, 40);
                let verb_before = Gate::new(window).has_ci("apr") && APPROVAL_VERB_BEFORE.is_match(window);
                // `TUO de la Ley N° 27444 (Decreto Supremo N° 004-2019-JUS)`: the decree of a
                // regulation or consolidated text in parentheses right after it.
                let parenthesised =
                    |g: &str| matches!(family.id, "reglamento" | "tuo") && d.ty == canon::DS.id && g.trim() == "(";
                if text
                    .get(end..d.start)
                    .is_some_and(|g| approved_by(g) || (verb_before && BY_MEANS_OF.is_match(g)) || parenthesised(g))
                {
                    found = approver_key(d).map(|k| (k, end));
                }
            }
        }
        // Before: `D.S. N° … que aprueba el`, `Mediante R.M. N° … se aprobó la`.
        let prev = cands.iter().filter(|d| d.end <= c.start && approver_key(d).is_some()).max_by_key(|d| d.end);
        if found.is_none() {
            if let Some(d) = prev {
                if text.get(d.end..c.start).is_some_and(|g| APPROVES.is_match(g)) {
                    found = approver_key(d).map(|k| (k, long_end));
                }
            }
        }
        if found.is_none() && c.kind == Kind::Derived {
            if let Some(d) = prev {
                // `Decreto Supremo 004-2019-JUS. TUO de la Ley 27444` (a reference entry): the
                // title after a period is the decree's too.
                if text.get(d.end..c.start).is_some_and(|g| matches!(g.trim(), "," | "–" | "—" | "-" | ".")) {
                    drop[i] = true;
                    continue;
                }
            }
        }
        match found {
            Some((key, end)) => {
                let c = &mut cands[i];
                c.canonical = canon::pe(family, &key);
                c.end = end;
            }
            None if !standalone => drop[i] = true,
            None => {}
        }
    }
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// The candidate for a name not in apposition: the document's number for it, else the
/// lexicon's, else a name-based id.
fn named_cand(n: &Named, map: &NameMap) -> (usize, Cand) {
    if let Some((num, end)) = &n.trailing {
        let code = if n.family == canon::DLEG { canon::DLEG } else { canon::LEY };
        let t = if n.family == canon::CODIGO { canon::CODIGO } else { code };
        let mut c = Cand::new(n.start, *end, t.id, canon::pe(code, &canon::strip_zeros(num)), Kind::Named);
        c.number = Some(num.clone());
        return (*end, c);
    }
    if n.long_end.is_some() {
        return (
            n.end,
            Cand::new(n.start, n.end, n.family.id, canon::pe(n.family, &format!("@{}", n.slug)), Kind::Named),
        );
    }
    let ty_of =
        |ty: &'static str| if n.family == canon::CODIGO || n.family == canon::DIRECTIVA { n.family.id } else { ty };
    if let Some((canonical, ty, number)) = map.get(&n.key) {
        let mut c = Cand::new(n.start, n.end, ty_of(ty), canonical.clone(), Kind::Named);
        c.number = number.clone();
        return (n.end, c);
    }
    if let Some(e) = &n.lex {
        let mut c = Cand::new(n.start, n.end, e.ty.id, e.canonical.to_string(), Kind::Named);
        c.number = number_of(e.canonical);
        return (n.end, c);
    }
    if n.family == canon::LEY {
        // `Ley del Servicio Exterior Mexicano`: another State's law.
        if let Some(cc) = intl::country_in(&n.slug.replace('-', " ")) {
            let slug = intl::slug_without_country(&n.slug);
            return (n.end, Cand::new(n.start, n.end, intl::EXTRANJERA, format!("{cc}:ley:@{slug}"), Kind::Named));
        }
    }
    let code = if n.family == canon::CODIGO || n.family == canon::DIRECTIVA || n.family == canon::DLEG {
        n.family
    } else {
        canon::LEY
    };
    (n.end, Cand::new(n.start, n.end, code.id, canon::pe(code, &format!("@{}", n.slug)), Kind::Named))
}

/// The sentence around `start..end`, within `from..to`: from after the last `. ` before it to
/// the next `. ` after it.
fn sentence_around(text: &str, start: usize, end: usize, from: usize, to: usize) -> (usize, usize) {
    let a = text.get(from..start).and_then(|t| t.rfind(". ")).map_or(from, |i| from + i + 2);
    let b = text.get(end..to).and_then(|t| t.find(". ")).map_or(to, |i| end + i + 1);
    (a.min(start), b.max(end))
}

/// A law or code named without a number and followed by a country (`Código Civil de Chile`,
/// `Código Orgánico Integral Penal del Ecuador`, `Código Civil chileno`) is that country's
/// norm, keyed by its own name (docs §7: `ec:codigo:@codigo-organico-administrativo`), even
/// when the name is also a Peruvian one.
fn foreign_named(text: &str, c: Cand) -> Cand {
    let surface = canon::fold(text.get(c.start..c.end).unwrap_or(""));
    let code = if surface.starts_with("codigo ") {
        "codigo"
    } else if surface.starts_with("ley ") {
        "ley"
    } else {
        return c;
    };
    if !c.canonical.starts_with("pe:") {
        return c;
    }
    let Some((cc, end)) = intl::country_after(text, c.end) else { return c };
    let slug = intl::slug_without_country(&canon::slug(&text[c.start..c.end]));
    Cand::new(c.start, end, intl::EXTRANJERA, format!("{cc}:{code}:@{slug}"), Kind::Named)
}

/// Regulations and consolidated texts of the mentions (`Reglamento de la Ley N° 27444`,
/// `TUO de la Ley N° 27444, aprobado por D.S. N° 004-2019-JUS`).
fn derived(text: &str, cands: &[Cand]) -> Vec<Cand> {
    let mut out = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if !matches!(c.ty, "ley" | "decreto_legislativo" | "decreto_ley" | "codigo") || c.implied {
            continue;
        }
        let from = floor_boundary(text, c.start.saturating_sub(48));
        let Some(m) = text.get(from..c.start).filter(|b| may_be_derived_head(b)).and_then(|b| DERIVED_HEAD.captures(b))
        else {
            continue;
        };
        let (Some(all), Some(head)) = (m.get(0), m.name("head")) else { continue };
        let t = if canon::fold(head.as_str()).starts_with("reglamento") { canon::REGLAMENTO } else { canon::TUO };
        // `TUO del Código Tributario`: the code is itself a consolidated text, and the TUO named
        // after it is that same text, not a TUO of it.
        let parent = match c.canonical.strip_prefix("pe:tuo:") {
            Some(k) if t == canon::TUO => k.to_string(),
            _ => c.canonical.strip_prefix("pe:").unwrap_or(&c.canonical).replacen(':', "-", 1),
        };
        let mut key = parent;
        let start = from + all.start();
        if NOT_YET_BEFORE.is_match(&text::before(text, start, 40).to_ascii_lowercase()) {
            continue;
        }
        let ds_key = |d: &Cand| d.canonical.strip_prefix("pe:").unwrap_or(&d.canonical).replacen(':', "-", 1);
        // The approving Decreto Supremo identifies the regulation or TUO, whether it is named
        // after it ("…, aprobado por D.S. N° …") or before it ("D.S. N° … que aprueba el …").
        if let Some(next) = cands.get(i + 1) {
            if next.ty == "decreto_supremo" && text.get(c.end..next.start).is_some_and(approved_by) {
                key = ds_key(next);
            }
        }
        if let Some(prev) = i.checked_sub(1).and_then(|k| cands.get(k)) {
            // `D.S. N° 004-2019-JUS (TUO de la Ley N° 27444)`: in parentheses or after a dash
            // right after its decree, the instrument is that decree's.
            if prev.ty == "decreto_supremo"
                && prev.end <= start
                && text.get(prev.end..start).is_some_and(|g| APPROVES.is_match(g) || IN_PARENTHESES.is_match(g))
            {
                key = ds_key(prev);
            }
        }
        out.push(Cand::new(start, c.end, t.id, canon::pe(t, &key), Kind::Derived));
    }
    // `la Ley N° 28044 y su Reglamento, aprobado por Decreto Supremo N° 011-2012-ED`: a
    // possessive (or definite: `y al Reglamento aprobado por …`) instrument is a mention when
    // its approving norm follows (docs §10.2).
    for c in cands.iter().filter(|c| !c.implied) {
        let code = c.canonical.strip_prefix("pe:").and_then(|k| k.split(':').next()).unwrap_or("");
        if !APPROVING_CODES.contains(&code) {
            continue;
        }
        let from = floor_boundary(text, c.start.saturating_sub(80));
        let Some(m) = text
            .get(from..c.start)
            .filter(|b| {
                let gate = Gate::new(b);
                gate.has_ci("aprobad") || gate.has_ci("se aprob")
            })
            .and_then(|b| POSSESSIVE_APPROVED.captures(b))
        else {
            continue;
        };
        let Some(head) = m.name("head").or_else(|| m.name("def")) else { continue };
        let t = if canon::fold(head.as_str()).starts_with("reglamento") { canon::REGLAMENTO } else { canon::TUO };
        let key = c.canonical.strip_prefix("pe:").unwrap_or(&c.canonical).replacen(':', "-", 1);
        out.push(Cand::new(from + head.start(), from + head.end(), t.id, canon::pe(t, &key), Kind::Derived));
    }
    out
}

/// Codes of the norms that may approve a regulation, TUO, directive or technical norm (docs
/// §10.2).
const APPROVING_CODES: &[&str] = &[
    "ds", "rm", "rs", "rvm", "rd", "rj", "rpe", "rpcd", "rcd", "rsg", "rsgd", "res", "om", "or", "da", "dr", "acm",
    "acr",
];

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn to_mention(p: &Prepared, c: &Cand) -> Mention {
    let surface = p.text.get(c.start..c.end).unwrap_or("").to_string();
    Mention {
        canonical: c.canonical.clone(),
        norm_type: c.ty.to_string(),
        number: c.number.clone(),
        year: c.year,
        issuer: c.issuer.clone(),
        article: c.article.clone(),
        subunit: c.subunit.clone(),
        text: surface,
        start: p.orig_start(c.start),
        end: p.orig_end(c.end),
    }
}

/// Finds the mentions in each of a document's texts (named laws are linked to the number
/// the same document gives for that name anywhere). `result[i]` belongs to `texts[i]`.
pub fn find_in_document(texts: &[&str]) -> Vec<Vec<Mention>> {
    analyse(texts).mentions
}

/// What the detector finds in a document's texts: the mentions and, apart, the short forms
/// that refer back to them (`la citada Ley`), each list per text.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// `mentions[i]`: the mentions of `texts[i]`.
    pub mentions: Vec<Vec<Mention>>,
    /// `short_forms[i]`: the short forms of `texts[i]`.
    pub short_forms: Vec<Vec<shortforms::ShortForm>>,
}

/// The number a document gives each name in apposition. A name stated with several numbers
/// takes the one the lexicon knows for it, else the one stated most often (the first among
/// equals): one misprinted apposition does not relink every later bare use of the name.
fn name_map(scans: &[Scan]) -> NameMap {
    // key → (candidates with their counts, in order of first statement; the lexicon's id).
    type Stated = (Vec<((String, &'static str, Option<String>), usize)>, Option<&'static str>);
    let mut stated: HashMap<String, Stated> = HashMap::new();
    for s in scans {
        for &(ni, k, _) in s.appositions() {
            let (Some(n), Some(c)) = (s.named().get(ni), s.numbered().get(k)) else { continue };
            let e = stated.entry(n.key.clone()).or_insert_with(|| (Vec::new(), n.lex.as_ref().map(|e| e.canonical)));
            match e.0.iter_mut().find(|(v, _)| v.0 == c.canonical) {
                Some((_, count)) => *count += 1,
                None => e.0.push(((c.canonical.clone(), c.ty, c.number.clone()), 1)),
            }
        }
    }
    stated
        .into_iter()
        .filter_map(|(key, (mut vals, lex))| {
            let at = vals.iter().position(|(v, _)| Some(v.0.as_str()) == lex).or_else(|| {
                let best = vals.iter().map(|(_, n)| *n).max()?;
                vals.iter().position(|(_, n)| *n == best)
            })?;
            Some((key, vals.swap_remove(at).0))
        })
        .collect()
}

/// Mentions and short forms of a document's texts.
pub fn analyse(texts: &[&str]) -> Analysis {
    // Texts are scanned in parallel (on the current pool), then resolved in order.
    let scans: Vec<Scan> = texts.par_iter().map(|t| scan(t)).collect();
    let map = name_map(&scans);
    let resolved: Vec<Vec<Cand>> = scans.par_iter().map(|s| resolve(s, &map)).collect();
    let prepared: Vec<&str> = scans.iter().map(|s| &*s.prepared.text).collect();
    let acronyms = acronyms::defined(&prepared, &resolved);
    let finals: Vec<Vec<Cand>> = scans
        .par_iter()
        .zip(resolved)
        .map(|(s, mut cands)| {
            acronyms::add_uses(&s.prepared.text, &mut cands, &acronyms);
            cands
        })
        .collect();
    let texts_p: Vec<&Prepared> = scans.iter().map(|s| &s.prepared).collect();
    let short_forms = shortforms::find(&texts_p, &finals);
    let mut mentions: Vec<Vec<Mention>> = scans
        .iter()
        .zip(&finals)
        .map(|(s, cands)| cands.iter().map(|c| to_mention(&s.prepared, c)).collect())
        .collect();
    let mut short_forms = short_forms;
    let straddling = junction::straddling(texts, &mentions, &map);
    let mut drops: Vec<(usize, usize, usize)> = Vec::new();
    for st in straddling {
        let i = st.text;
        let at = match st.completes.filter(|&k| k < mentions[i].len()) {
            Some(k) => {
                mentions[i][k] = st.mention;
                k
            }
            None => {
                mentions[i].push(st.mention);
                mentions[i].len() - 1
            }
        };
        if let Some(k) = st.absorbs {
            drops.push((i + 1, k, at));
        }
    }
    // Drop the absorbed mentions (last first, so indices stay valid) and re-point the short
    // forms: to the mention that took the dropped one in, or one place down after it.
    drops.sort_unstable_by(|a, b| b.cmp(a));
    drops.dedup_by_key(|d| (d.0, d.1));
    for (t, k, into) in drops {
        if k >= mentions[t].len() {
            continue;
        }
        mentions[t].remove(k);
        for s in short_forms.iter_mut().flatten() {
            s.antecedent_ref = match s.antecedent_ref {
                Some((st, sk)) if st == t && sk == k => Some((t - 1, into)),
                Some((st, sk)) if st == t && sk > k => Some((t, sk - 1)),
                other => other,
            };
        }
    }
    Analysis { mentions, short_forms }
}

/// Finds the mentions in one text on its own.
pub fn find(text: &str) -> Vec<Mention> {
    find_in_document(&[text]).into_iter().next().unwrap_or_default()
}
