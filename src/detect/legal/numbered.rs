//! Numbered norms: a type head, a number sign and one or more numbers.
//!
//! In: a prepared text (`text.rs`). Out: [`Cand`]idates for every numbered norm it cites —
//! `Ley N° 27783`, `D.S. N° 017-93-JUS`, `Resolución Ministerial N° 0612/RE-2017`,
//! `Leyes N° 27783, 27867 y 27972` (three), `Decretos Legislativos N° 1440 al 1442`
//! (three) — with number, year and issuer parsed and the canonical id built.

use std::sync::LazyLock;

use crate::re::{Captures, Regex};

use super::canonical::{self as canon, NormType};
use super::intl;
use super::patterns::{compile, gated, not_a_norm_before, Gate, ATTACHED_YEAR, HEAD_GROUPS, LIST_NEXT, NUMBERED};
use super::{Cand, Kind};

/// Most numbers one list or range may expand to.
const MAX_LIST: usize = 60;

/// The parts of one number as cited.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    /// The number as written (`004`), `None` for `s/n`.
    pub number: Option<String>,
    /// Four-digit year.
    pub year: Option<u16>,
    /// Second year of a legislative period (`2019-2020`).
    pub year2: Option<u16>,
    /// Issuer as written (`CEPLAN/PCD`).
    pub issuer: Option<String>,
    /// Bytes of the item actually used (a glued footnote mark or an unused tail is cut).
    pub used: usize,
    /// The number was written with thousands dots (`19.880`).
    pub dotted: bool,
}

/// Splits an item into segments: (separator before, segment text, byte end).
fn segments(item: &str) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    let mut sep = String::new();
    let mut cur = String::new();
    let mut end = 0;
    for (i, c) in item.char_indices() {
        if c.is_alphanumeric() {
            // `2015RE`: a letter right after digits starts a new segment.
            if c.is_alphabetic() && !cur.is_empty() && cur.chars().all(|d| d.is_ascii_digit()) {
                out.push((std::mem::take(&mut sep), std::mem::take(&mut cur), end));
            }
            cur.push(c);
            end = i + c.len_utf8();
        } else {
            if !cur.is_empty() {
                out.push((std::mem::take(&mut sep), std::mem::take(&mut cur), end));
            }
            if !c.is_whitespace() {
                sep.push(c);
            } else if sep.is_empty() {
                sep.push(' ');
            }
        }
    }
    if !cur.is_empty() {
        out.push((sep, cur, end));
    }
    out
}

fn is_year_like(s: &str) -> bool {
    s.len() == 4 && s.starts_with(['1', '2']) && canon::year4(s).is_some_and(|y| (1900..=2099).contains(&y))
}

/// The length of the capitals and digits that continue an item ending in an issuer segment of
/// digits (`SUNAT/5` + `C0000`), when a word boundary follows them.
fn office_code_rest(item: &str, after: &str) -> Option<usize> {
    let last = item.rsplit(['/', '-']).next()?;
    if last.is_empty()
        || !last.bytes().all(|b| b.is_ascii_digit())
        || !after.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    let len = after.find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit())).unwrap_or(after.len());
    let next = after[len..].chars().next();
    (!next.is_some_and(char::is_alphanumeric)).then_some(len)
}

/// Whether an issuer is a superintendency (`SUNAT`, `SUNAT/5C0000`, `SBS`, `SMV`, …), whose
/// resolutions are `Resoluciones de Superintendencia`.
fn superintendency(issuer: Option<&str>) -> bool {
    let first = issuer.unwrap_or("").split(['-', '/', ' ']).next().unwrap_or("");
    matches!(first, "SUNAT" | "SUNARP" | "SUNAFIL" | "SUSALUD" | "SUCAMEC" | "SUNEDU" | "SUNASS" | "SBS" | "SMV")
}

/// Parses one item (`004-2013-PCM`, `0612/RE-2017`, `26-2014-CEPLAN/PCD12`, `1057`).
pub fn parse_item(item: &str, yeared: bool) -> Parsed {
    let lower = item.to_ascii_lowercase();
    if lower.starts_with("s/n") {
        return Parsed { number: None, used: 3, ..Parsed::default() };
    }
    if item.contains('.') && item.split('.').skip(1).all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit())) {
        let head_len = item.find('/').unwrap_or(item.len());
        return Parsed {
            number: Some(item[..head_len].to_string()),
            used: head_len,
            dotted: true,
            ..Parsed::default()
        };
    }
    let segs = segments(item);
    let Some((_, first, first_end)) = segs.first().cloned() else {
        return Parsed::default();
    };
    if !yeared {
        return Parsed { number: Some(first), used: first_end, ..Parsed::default() };
    }
    let mut p = Parsed { number: Some(first), used: first_end, ..Parsed::default() };
    let mut i = 1;
    if let Some((sep, s, e)) = segs.get(i) {
        if sep != "." && s.chars().all(|c| c.is_ascii_digit()) && (s.len() == 4 || s.len() == 2) {
            p.year = canon::year4(s);
            p.used = *e;
            i += 1;
            if let Some((_, s2, e2)) = segs.get(i) {
                if is_year_like(s2) {
                    p.year2 = canon::year4(s2);
                    p.used = *e2;
                    i += 1;
                }
            }
        }
    }
    // Issuer: the remaining segments, as written.
    let rest = &segs[i.min(segs.len())..];
    if !rest.is_empty() {
        let mut parts: Vec<(String, String, usize)> = rest.to_vec();
        // An issuer's segments are joined tight (`CEPLAN/PCD`, `GR-CUSCO/GR`, `MIN-` / `EDU`):
        // after its first segment, a dash spaced on both sides starts what follows the number
        // (`004-2019-JUS – TUO de la Ley …`), not another segment.
        // (`segments` keeps the space before a separator, not the one after it.)
        let spaced = |sep: &str| sep.starts_with(char::is_whitespace) && matches!(sep.trim(), "-" | "–" | "—");
        let first_alpha = parts.first().is_some_and(|s| s.1.starts_with(|c: char| c.is_ascii_alphabetic()));
        if let Some(k) = (1..parts.len()).find(|&k| first_alpha && spaced(&parts[k].0)) {
            parts.truncate(k);
        }
        // Sector first, year last: `0612/RE-2017`.
        if p.year.is_none() && parts.len() >= 2 {
            if let Some(last) = parts.last() {
                if is_year_like(&last.1) {
                    p.year = canon::year4(&last.1);
                    p.used = last.2;
                    parts.pop();
                }
            }
        }
        // A year inside the issuer moves after the number: `134-MINSA/2017/DGIESP`.
        if p.year.is_none() && parts.len() >= 3 && parts[0].1.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(k) = (1..parts.len() - 1).find(|&k| is_year_like(&parts[k].1)) {
                p.year = canon::year4(&parts[k].1);
                let sep = parts[k].0.clone();
                parts.remove(k);
                parts[k].0 = sep;
            }
        }
        // Old sector-first form with a two-digit year: `016-PCM-96`.
        if p.year.is_none() && parts.len() == 2 {
            let (a, b) = (&parts[0], &parts[1]);
            if a.1.chars().all(|c| c.is_ascii_uppercase())
                && b.0 == "-"
                && b.1.len() == 2
                && b.1.chars().all(|c| c.is_ascii_digit())
            {
                p.year = canon::year4(&b.1);
                p.used = b.2;
                parts.pop();
            }
        }
        // A sector code split at a line-end hyphen: `MIN-` / `EDU`.
        let mut k = 0;
        while k + 1 < parts.len() {
            let joined = format!("{}{}", parts[k].1, parts[k + 1].1);
            if parts[k + 1].0 == "-" && canon::SECTORS.contains(&joined.as_str()) {
                parts[k].1 = joined;
                parts[k].2 = parts[k + 1].2;
                parts.remove(k + 1);
            }
            k += 1;
        }
        // A footnote mark glued to the last issuer segment: `PCM12`.
        if let Some(last) = parts.last_mut() {
            let letters = last.1.chars().take_while(|c| c.is_alphabetic()).count();
            let digits = last.1.chars().skip(letters).take_while(|c| c.is_ascii_digit()).count();
            if letters >= 2 && digits > 0 && letters + digits == last.1.chars().count() {
                last.1.truncate(letters);
                last.2 -= digits;
            }
        }
        // Trailing pure-digit segments after a year-less number are not an issuer.
        if parts.first().is_some_and(|s| s.1.chars().next().is_some_and(|c| c.is_alphabetic())) {
            let mut issuer = String::new();
            for (k, (sep, s, _)) in parts.iter().enumerate() {
                if k > 0 {
                    issuer.push_str(sep.trim());
                }
                issuer.push_str(s);
            }
            p.issuer = Some(issuer);
            if let Some(last) = parts.last() {
                p.used = p.used.max(last.2);
            }
        }
    }
    p
}

/// The norm type of a matched head, or `None` for the ambiguous heads decided by number.
fn head_type(caps: &Captures) -> Option<(&'static str, NormType)> {
    for g in HEAD_GROUPS {
        if caps.name(g).is_some() {
            let t = match *g {
                "rlegc" => canon::RLEGC,
                "rleg" => canon::RLEG,
                "dleg" | "dec" => canon::DLEG,
                "dl" | "dlx" => canon::DL,
                "du" => canon::DU,
                "ds" => canon::DS,
                "dr" => canon::DR,
                "da" => canon::DA,
                "rsgd" => canon::RSGD,
                "rsg" => canon::RSG,
                "rs" => canon::RS,
                "rvm" => canon::RVM,
                "rm" => canon::RM,
                "rd" => canon::RD,
                "rj" => canon::RJ,
                "rpe" => canon::RPE,
                "rpcd" => canon::RPCD,
                "rcd" => canon::RCD,
                "res" => canon::RES,
                "or" => canon::OR,
                "acr" => canon::ACR,
                "acm" => canon::ACM,
                "om" => canon::OM,
                "directiva" => canon::DIRECTIVA,
                "nt" => canon::NT,
                _ => canon::LEY,
            };
            return Some((g, t));
        }
    }
    None
}

/// A head written as a dotless abbreviation (`DS`, `RM`): needs a sign or a yeared number.
fn dotless_abbreviation(head: &str) -> bool {
    head.len() <= 4 && head.chars().all(|c| c.is_ascii_uppercase())
}

/// Builds the canonical id of one parsed number of type `t`.
fn canonical_of(t: NormType, p: &Parsed) -> String {
    if t == canon::RLEGC {
        let mut k = canon::pad3(p.number.as_deref().unwrap_or("0"));
        for y in [p.year, p.year2].into_iter().flatten() {
            k.push('-');
            k.push_str(&y.to_string());
        }
        if let Some(i) = p.issuer.as_deref() {
            k.push('-');
            k.push_str(&canon::issuer_key(i));
        }
        return canon::pe(t, &k);
    }
    canon::pe(t, &canon::key(t, p.number.as_deref(), p.year, p.issuer.as_deref()))
}

/// Resolves `D.L.` / bare `Decreto` by the digits of the number.
fn resolve_type(group: &str, t: NormType, p: &Parsed, item: &str) -> Option<NormType> {
    let digits = p.number.as_deref().map(|n| n.chars().filter(char::is_ascii_digit).count()).unwrap_or(0);
    match group {
        "dlx" => Some(if digits <= 4 { canon::DLEG } else { canon::DL }),
        "dec" => {
            let plain = item.chars().all(|c| c.is_ascii_digit());
            (plain && (1..=4).contains(&digits)).then_some(canon::DLEG)
        }
        _ => Some(t),
    }
}

/// Whether a parsed number is acceptable for its type and head.
fn plausible(t: NormType, p: &Parsed, has_sign: bool, head: &str) -> bool {
    let Some(n) = p.number.as_deref() else {
        return t.yeared || has_sign;
    };
    let digits = n.chars().filter(char::is_ascii_digit).count();
    if dotless_abbreviation(head) && !has_sign && p.year.is_none() && !(head == "DL" && digits >= 3) {
        return false;
    }
    if t == canon::LEY || t == canon::RLEG {
        if has_sign {
            return digits >= 1;
        }
        return digits >= 3 && !(digits == 4 && is_year_like(n)) || p.dotted;
    }
    if !t.yeared {
        return has_sign || digits >= 2;
    }
    if t == canon::RES {
        return p.year.is_some() || p.issuer.is_some();
    }
    true
}

/// A date right after a head or a number: `de 4 de octubre de 2011`, `del 12 de marzo de 2015`.
static DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^,?\s(?:de|del)\s(?:fecha\s)?(?P<d>\d{1,2})[°º]?\s(?:de\s)?(?P<m>enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre)\s(?:de|del)\s(?:a[nñ]o\s)?(?P<y>\d{4})\b",
    )
});

/// A bare year after an unnumbered mention or a foreign-style law: ` de 1994`.
static YEAR_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s(?:de|del)\s(?:a[nñ]o\s)?(?P<y>(?:1[89]|20)\d{2})\b(?:[^\-/\d]|$)"));

/// A yeared norm identified only by its date (`Resolución Ministerial de 4 de octubre de
/// 2011`, `Decreto Supremo de 19 de octubre de 1945`).
static DATED: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:{})\s(?:de|del)\s(?:fecha\s)?\d",
        r"(?P<ds>decreto\ssupremo)|(?P<rs>resoluci[oó]n\ssuprema)|(?P<rm>resoluci[oó]n\sministerial)|(?P<rvm>resoluci[oó]n\sviceministerial)|(?P<rd>resoluci[oó]n\sdirectoral)|(?P<rj>resoluci[oó]n\sjefatural)|(?P<du>decreto\sde\surgencia)"
    ))
});

fn month(m: &str) -> u8 {
    crate::detect::spanish_month(&canon::fold(m)).unwrap_or(0)
}

/// The `fYYYY-MM-DD` key of a date match of [`DATE_AFTER`].
fn date_key(c: &Captures) -> Option<(String, u16)> {
    let d: u8 = c.name("d")?.as_str().parse().ok()?;
    let m = month(c.name("m")?.as_str());
    let y = canon::year4(c.name("y")?.as_str())?;
    (m > 0 && (1..=31).contains(&d)).then(|| (format!("f{y}-{m:02}-{d:02}"), y))
}

/// The last word of each of [`DATED`]'s heads and the `de` after it (lower case): every
/// match holds one.
const DATED_HEADS: [&str; 6] =
    ["supremo de", "suprema de", "ministerial de", "directoral de", "jefatural de", "urgencia de"];

/// Norms identified by their date only (the pattern runs on a text holding a head's word).
fn dated(text: &str, out: &mut Vec<Cand>) {
    let gate = Gate::new(text);
    for caps in gated(&DATED, text, DATED_HEADS.iter().any(|w| gate.has_ci(w))) {
        let Some(all) = caps.get(0) else { continue };
        let t = match ["ds", "rs", "rm", "rvm", "rd", "rj", "du"].iter().find(|g| caps.name(g).is_some()) {
            Some(&"ds") => canon::DS,
            Some(&"rs") => canon::RS,
            Some(&"rm") => canon::RM,
            Some(&"rvm") => canon::RVM,
            Some(&"rd") => canon::RD,
            Some(&"rj") => canon::RJ,
            Some(_) => canon::DU,
            None => continue,
        };
        let head_end = all.start() + all.as_str().rfind(['d', 'D']).unwrap_or(0);
        let head_end = text[..head_end].trim_end().len();
        let Some(c) = DATE_AFTER.captures(&text[head_end..]) else { continue };
        let Some((key, y)) = date_key(&c) else { continue };
        let Some(m) = c.get(0) else { continue };
        if not_a_norm_before(text, all.start()) {
            continue;
        }
        let mut cand = Cand::new(all.start(), head_end + m.end(), t.id, canon::pe(t, &key), Kind::Numbered);
        cand.year = Some(y);
        out.push(cand);
    }
}

/// Whether a resolution is a decision in a case (Tribunal Fiscal `03812-4-2021`, tribunals'
/// `…-TCE-S1`, `…/TC`, the OEFA's Tribunal de Fiscalización Ambiental `…-OEFA/TFA-SE`), not a
/// norm (docs §10.6).
fn is_decision(head: &str, item: &str) -> bool {
    let h = canon::fold(head);
    if h.contains("tribunal") || h.contains("sala") {
        return true;
    }
    let segs: Vec<&str> = item.split(['-', '/']).collect();
    let tf = segs.len() == 3
        && segs[0].chars().all(|c| c.is_ascii_digit())
        && segs[1].len() == 1
        && (segs[1].chars().all(|c| c.is_ascii_digit()) || segs[1] == "Q")
        && segs[2].len() == 4;
    tf || segs.iter().any(|s| matches!(*s, "TC" | "TCE" | "TSC" | "TFA"))
}

/// All numbered-norm candidates of `text` (a prepared text).
/// Sector codes that a text lower-cased by its producer or by OCR may write after a number
/// (`004-2013-pcm`), besides [`canon::SECTORS`].
const SHORT_SECTORS: &[&str] =
    &["PCM", "RE", "MRE", "EF", "JUS", "IN", "DE", "ED", "SA", "TR", "MTC", "EM", "AG", "MC", "PRODUCE", "VIVIENDA"];

/// A separator and a sector code in lower case right after a number (`-pcm`, `/minsa`): the
/// code as written and the bytes taken. Any other lower-case word is prose, not an issuer.
fn lower_sector_after(rest: &str) -> Option<(&str, usize)> {
    let sep = rest.chars().next().filter(|c| matches!(c, '-' | '–' | '‐' | '/'))?;
    let word = &rest[sep.len_utf8()..];
    let n = word.bytes().take_while(u8::is_ascii_lowercase).count();
    let code = &word[..n];
    if n < 2 || word[n..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let upper = code.to_ascii_uppercase();
    let known = SHORT_SECTORS.contains(&upper.as_str()) || canon::SECTORS.contains(&upper.as_str());
    known.then_some((code, sep.len_utf8() + n))
}

pub fn find(text: &str) -> Vec<Cand> {
    let mut out = Vec::new();
    for caps in NUMBERED.captures_iter(text) {
        let (Some(all), Some(item_m)) = (caps.get(0), caps.name("item")) else { continue };
        let Some((group, t0)) = head_type(&caps) else { continue };
        if not_a_norm_before(text, all.start()) {
            continue;
        }
        let head_text = text[all.start()..].split([' ', '\u{a0}']).next().unwrap_or("");
        let head_end = caps.name("sign").map(|m| m.start()).unwrap_or(item_m.start());
        let head_full = text[all.start()..head_end].trim_end();
        let has_sign = caps.name("sign").is_some();
        if t0.code.starts_with('r') && t0.yeared && is_decision(head_full, item_m.as_str()) {
            continue;
        }
        let p0 = parse_item(item_m.as_str(), t0.yeared);
        let Some(t) = resolve_type(group, t0, &p0, item_m.as_str()) else { continue };
        let mut p = if t.yeared == t0.yeared { p0 } else { parse_item(item_m.as_str(), t.yeared) };
        // `Ley 80 de 1993`: a one- or two-digit law with its year is another State's.
        let yeared_short_law = t == canon::LEY
            && p.number.as_deref().is_some_and(|n| n.len() <= 2)
            && YEAR_AFTER.is_match(&text[item_m.start() + p.used..]);
        if !plausible(t, &p, has_sign, head_text) && !yeared_short_law {
            continue;
        }
        // `Resolución SBS N° 2116-2009`: the issuer before the number goes to the end.
        if t == canon::RES && p.issuer.is_none() {
            let last = head_full.rsplit(' ').next().unwrap_or("");
            if (2..=8).contains(&last.len()) && last.chars().all(|c| c.is_ascii_uppercase()) {
                p.issuer = Some(last.to_string());
            }
        }
        // A Concejo / Consejo mix-up: the issuer decides (`…/CR`, `GR…` → regional).
        let t = if t == canon::ACM && p.issuer.as_deref().is_some_and(|i| i.starts_with("GR") || i.ends_with("CR")) {
            canon::ACR
        } else {
            t
        };
        // `Acuerdo de Consejo N° …` with neither a municipal nor a regional issuer (a board's
        // agreement, `…-SUNEDU/CD`) is no council's.
        if t == canon::ACM
            && canon::fold(head_full).contains("consejo")
            && !canon::fold(head_full).contains("municipal")
            && !p.issuer.as_deref().is_some_and(|i| i.starts_with('M'))
        {
            continue;
        }
        // `R.S. N° 007-99/SUNAT`: a superintendency issues no supreme resolutions; the issuer
        // decides, as for Concejo / Consejo (docs §10.1), when the head is only abbreviated.
        let t = if t == canon::RS
            && !canon::fold(head_full).starts_with("resoluci")
            && superintendency(p.issuer.as_deref())
        {
            canon::RES
        } else {
            t
        };
        // `decreto supremo nº 004-2013-pcm`: a sector code in lower case ends the number.
        if t.yeared && p.year.is_some() && p.issuer.is_none() && item_m.start() + p.used == item_m.end() {
            if let Some((issuer, len)) = lower_sector_after(&text[item_m.end()..]) {
                p.issuer = Some(issuer.to_string());
                p.used += len;
            }
        }
        // `011-2014-SUNAT/5C0000`: an office code that starts with digits (a customs
        // intendencia) goes on past the digits the item ends with.
        if p.issuer.is_some() && item_m.start() + p.used == item_m.end() {
            if let Some(len) = office_code_rest(item_m.as_str(), &text[item_m.end()..]) {
                if let Some(i) = p.issuer.as_mut() {
                    i.push_str(&text[item_m.end()..item_m.end() + len]);
                }
                p.used += len;
            }
        }
        let mut end = item_m.start() + p.used;
        // `Ley 1437 de 2011`: a law cited with its year is another State's (Peruvian laws
        // carry no year, and their numbers have five digits).
        let short_law =
            t == canon::LEY && !p.dotted && p.number.as_deref().is_some_and(|n| canon::strip_zeros(n).len() <= 4);
        if short_law {
            if let Some(c) = YEAR_AFTER.captures(&text[end..]) {
                let (Some(y), Some(m)) = (c.name("y"), c.get(1)) else { continue };
                let cc = intl::country_near(text, all.start(), end, 160).unwrap_or("co");
                let num = canon::strip_zeros(p.number.as_deref().unwrap_or(""));
                let mut cand = Cand::new(
                    all.start(),
                    end + m.end(),
                    intl::EXTRANJERA,
                    format!("{cc}:ley:{num}-{}", y.as_str()),
                    Kind::Numbered,
                );
                cand.number = p.number.clone();
                cand.year = canon::year4(y.as_str());
                out.push(cand);
                continue;
            }
            // `Ley N° 045` next to a country named: that country's law.
            if let Some(cc) = intl::country_near(text, all.start(), end, 160) {
                let num = canon::strip_zeros(p.number.as_deref().unwrap_or(""));
                let mut cand = Cand::new(all.start(), end, intl::EXTRANJERA, format!("{cc}:ley:{num}"), Kind::Numbered);
                cand.number = p.number.clone();
                out.push(cand);
                continue;
            }
        }
        // `Ley N° 719`, `Ley 276`, `Ley N° 052`: modern prose cites Decretos Legislativos
        // loosely as laws (laws with three digits are from the 1900s); the norm is the Decreto
        // Legislativo. A number written with one or two digits (`Ley N° 31`) stays a law.
        let three = |n: &str| n.len() == 3 && canon::strip_zeros(n).len() <= 3;
        let t = if t == canon::LEY && !p.dotted && p.number.as_deref().is_some_and(three) { canon::DLEG } else { t };
        let mut first = Cand::new(all.start(), end, t.id, canonical_of(t, &p), Kind::Numbered);
        first.number = p.number.clone();
        first.year = p.year;
        first.issuer = p.issuer.clone();
        first.dotted = p.dotted;
        // A year from an attached date or author–year citation; an unnumbered norm with a
        // full date is keyed by it, with only a year by `sn-YYYY`.
        if p.number.is_none() && t.yeared {
            if let Some(c) = DATE_AFTER.captures(&text[end..]) {
                if let (Some((key, y)), Some(m)) = (date_key(&c), c.get(0)) {
                    first.canonical = canon::pe(t, &key);
                    first.year = Some(y);
                    first.end = end + m.end();
                }
            } else if let Some(c) = YEAR_AFTER.captures(&text[end..]) {
                if let (Some(y), Some(m)) = (c.name("y").and_then(|y| canon::year4(y.as_str())), c.get(1)) {
                    let mut q = p.clone();
                    q.year = Some(y);
                    first.canonical = canonical_of(t, &q);
                    first.year = Some(y);
                    first.end = end + m.end();
                }
            }
        }
        if let Some(c) = ATTACHED_YEAR.captures(&text[end..]) {
            if let Some(y) = c.name("y1").or(c.name("y2")).and_then(|m| canon::year4(m.as_str())) {
                if first.year.is_none() {
                    first.year = Some(y);
                    if t.yeared {
                        let mut q = p.clone();
                        q.year = Some(y);
                        first.canonical = canonical_of(t, &q);
                    }
                }
            }
        }
        let first_digits = p.number.as_deref().map(|n| n.len()).unwrap_or(0);
        let mut prev_num: Option<u64> = p.number.as_deref().and_then(|n| canon::strip_zeros(n).parse().ok());
        let mut prev_parsed = p.clone();
        out.push(first);
        // Lists and ranges.
        let mut count = 1;
        while count < MAX_LIST {
            let Some(c) = LIST_NEXT.captures(&text[end..]) else { break };
            let (Some(im), Some(sep)) = (c.name("item"), c.name("sep")) else { break };
            let q = parse_item(im.as_str(), t.yeared);
            let Some(n) = q.number.as_deref() else { break };
            let digits = n.len();
            // A yeared type's item needs its year, unless neither it nor the one before has
            // one and both carry the same issuer (`Ordenanzas N° 1852-MML y 1853-MML`).
            let ok = if t.yeared {
                q.year.is_some()
                    || (prev_parsed.year.is_none()
                        && q.issuer.is_some()
                        && q.issuer.as_deref().map(canon::issuer_key)
                            == prev_parsed.issuer.as_deref().map(canon::issuer_key))
            } else {
                digits + 1 >= first_digits && !(digits == 4 && is_year_like(n) && first_digits != 4)
            };
            let s = sep.as_str().trim();
            // `(Decreto Legislativo N° 1057, 2008, Art. 5)`: a year after a comma that closes
            // the citation or leads to its article is the author–year tail, not a number.
            let tail = text[end + im.start() + q.used..].trim_start();
            let author_year = s == ","
                && digits == 4
                && is_year_like(n)
                && (tail.is_empty() || tail.starts_with([',', ';', ')', '.']));
            if !ok || author_year {
                break;
            }
            let range = matches!(s, "al" | "a" | "hasta" | "-" | "–");
            let this: Option<u64> = canon::strip_zeros(n).parse().ok();
            let s_abs = end + im.start();
            let e_abs = end + im.start() + q.used;
            // A range of yeared numbers expands when year and issuer are the same at both ends.
            let same_series = !t.yeared
                || (q.year == prev_parsed.year
                    && q.issuer.as_deref().map(canon::issuer_key)
                        == prev_parsed.issuer.as_deref().map(canon::issuer_key));
            if range && !same_series {
                break;
            }
            if range {
                if let (Some(a), Some(b)) = (prev_num, this) {
                    if b <= a || b - a > MAX_LIST as u64 {
                        break;
                    }
                    for k in a + 1..b {
                        let num = k.to_string();
                        let mut q2 = q.clone();
                        q2.number = Some(num.clone());
                        let id = if t.yeared { canonical_of(t, &q2) } else { canon::pe(t, &num) };
                        let mut c2 = Cand::new(s_abs, e_abs, t.id, id, Kind::Numbered);
                        c2.number = Some(num);
                        c2.implied = true;
                        out.push(c2);
                    }
                }
            }
            let mut cand = Cand::new(s_abs, e_abs, t.id, canonical_of(t, &q), Kind::Numbered);
            cand.number = q.number.clone();
            cand.year = q.year;
            cand.issuer = q.issuer.clone();
            out.push(cand);
            prev_num = this;
            prev_parsed = q;
            end = e_abs;
            count += 1;
        }
    }
    dated(text, &mut out);
    out.sort_by_key(|c| (c.start, c.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    type ItemCase<'a> = (&'a str, bool, Option<&'a str>, Option<u16>, Option<&'a str>);

    #[test]
    fn items() {
        let cases: &[ItemCase] = &[
            ("004-2013-PCM", true, Some("004"), Some(2013), Some("PCM")),
            ("017-93-JUS", true, Some("017"), Some(1993), Some("JUS")),
            ("0612/RE-2017", true, Some("0612"), Some(2017), Some("RE")),
            ("0401-RE", true, Some("0401"), None, Some("RE")),
            ("26-2014-CEPLAN/PCD", true, Some("26"), Some(2014), Some("CEPLAN/PCD")),
            ("001-2019-EF/50.01", true, Some("001"), Some(2019), Some("EF/50.01")),
            ("030-2002-PCM12", true, Some("030"), Some(2002), Some("PCM")),
            ("17-2010 EM", true, Some("17"), Some(2010), Some("EM")),
            ("0231- 2018-RE", true, Some("0231"), Some(2018), Some("RE")),
            ("004-2019-2020-CR", true, Some("004"), Some(2019), Some("CR")),
            ("27783", false, Some("27783"), None, None),
            ("008-2015RE", true, Some("008"), Some(2015), Some("RE")),
            ("008-2015 RE25", true, Some("008"), Some(2015), Some("RE")),
            ("010-2007-GRA/CR-Arequipa", true, Some("010"), Some(2007), Some("GRA/CR-Arequipa")),
            ("s/n", true, None, None, None),
            // a dash spaced on both sides ends the issuer; one before the year does not
            ("004-2019-JUS – TUO", true, Some("004"), Some(2019), Some("JUS")),
            ("004 – 2019 – JUS", true, Some("004"), Some(2019), Some("JUS")),
        ];
        for (item, yeared, n, y, i) in cases {
            let p = parse_item(item, *yeared);
            assert_eq!((p.number.as_deref(), p.year, p.issuer.as_deref()), (*n, *y, *i), "{item}");
        }
        assert_eq!(parse_item("030-2002-PCM12", true).used, "030-2002-PCM".len());
        assert_eq!(parse_item("004-2019-JUS – TUO", true).used, "004-2019-JUS".len());
    }
}
