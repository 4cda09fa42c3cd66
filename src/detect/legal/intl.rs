//! International and foreign instruments (docs/legal-references.md §7).
//!
//! In: a prepared text. Out: [`Cand`]idates typed `tratado`, `resolucion_internacional`,
//! `instrumento_internacional` or `norma_extranjera`, with ids outside the Peruvian space:
//! `int:convencion-viena-derecho-tratados-1969`, `int:tlc:peru-eeuu`,
//! `int:ace-58`, `int:can-decision-584`, `int:onu-ag-res-70-1`, `cl:ley:19880`,
//! `es:ley:40-2015`, `eu:reglamento:2016-679`. Organisation names that contain an
//! instrument's name (`Organización del Tratado de Cooperación Amazónica`), instruments
//! announced with an indefinite article and generic plurals are left out.

use std::sync::LazyLock;

use crate::re::Regex;

use super::patterns::{compile, gated, WORD_END};

use super::canonical as canon;
use super::text::before;
use super::{Cand, Kind};

/// Type ids of this module.
pub const TRATADO: &str = "tratado";
/// Numbered resolutions of international organisations.
pub const RES_INT: &str = "resolucion_internacional";
/// Charters and declarations adopted as resolutions.
pub const INSTRUMENTO: &str = "instrumento_internacional";
/// Other States' or the EU's laws.
pub const EXTRANJERA: &str = "norma_extranjera";

/// Named instruments: name, type, id.
const KNOWN: &[(&str, &str, &str)] = &[
    ("Carta de las Naciones Unidas", TRATADO, "int:carta-onu-1945"),
    ("Carta de la ONU", TRATADO, "int:carta-onu-1945"),
    ("Carta de la Organización de los Estados Americanos", TRATADO, "int:carta-oea-1948"),
    ("Carta de la OEA", TRATADO, "int:carta-oea-1948"),
    ("Carta Democrática Interamericana", INSTRUMENTO, "int:carta-democratica-interamericana-2001"),
    ("Convención de Viena sobre el Derecho de los Tratados", TRATADO, "int:convencion-viena-derecho-tratados-1969"),
    ("Convención de Viena sobre Relaciones Diplomáticas", TRATADO, "int:convencion-viena-relaciones-diplomaticas-1961"),
    ("Convenio de Viena sobre Relaciones Diplomáticas", TRATADO, "int:convencion-viena-relaciones-diplomaticas-1961"),
    ("Convención de Viena sobre Relaciones Consulares", TRATADO, "int:convencion-viena-relaciones-consulares-1963"),
    ("Convenio de Viena sobre Relaciones Consulares", TRATADO, "int:convencion-viena-relaciones-consulares-1963"),
    ("Convención Americana sobre Derechos Humanos", TRATADO, "int:convencion-americana-derechos-humanos-1969"),
    ("Convención Americana de Derechos Humanos", TRATADO, "int:convencion-americana-derechos-humanos-1969"),
    ("Pacto de San José", TRATADO, "int:convencion-americana-derechos-humanos-1969"),
    (
        "Pacto Internacional de Derechos Civiles y Políticos",
        TRATADO,
        "int:pacto-internacional-derechos-civiles-politicos-1966",
    ),
    (
        "Pacto Internacional de Derechos Económicos, Sociales y Culturales",
        TRATADO,
        "int:pacto-internacional-derechos-economicos-sociales-culturales-1966",
    ),
    (
        "Convención de las Naciones Unidas sobre el Derecho del Mar",
        TRATADO,
        "int:convencion-naciones-unidas-derecho-mar-1982",
    ),
    (
        "Convención Marco de las Naciones Unidas sobre el Cambio Climático",
        TRATADO,
        "int:convencion-marco-naciones-unidas-cambio-climatico-1992",
    ),
    ("Acuerdo de París", TRATADO, "int:acuerdo-paris-2015"),
    ("Protocolo de Kioto", TRATADO, "int:protocolo-kioto-1997"),
    ("Protocolo de Kyoto", TRATADO, "int:protocolo-kioto-1997"),
    ("Convenio sobre la Diversidad Biológica", TRATADO, "int:convenio-diversidad-biologica-1992"),
    ("Convención sobre los Derechos del Niño", TRATADO, "int:convencion-derechos-nino-1989"),
    (
        "Convención sobre los Derechos de las Personas con Discapacidad",
        TRATADO,
        "int:convencion-derechos-personas-discapacidad-2006",
    ),
    ("Convención de las Naciones Unidas contra la Corrupción", TRATADO, "int:convencion-onu-contra-corrupcion-2003"),
    ("Convención Interamericana contra la Corrupción", TRATADO, "int:convencion-interamericana-contra-corrupcion-1996"),
    ("Tratado Antártico", TRATADO, "int:tratado-antartico-1959"),
    ("Acuerdo de Cartagena", TRATADO, "int:acuerdo-cartagena-1969"),
    ("Estatuto de Roma", TRATADO, "int:estatuto-roma-1998"),
    ("Convenio sobre la Ciberdelincuencia", TRATADO, "int:convenio-budapest-ciberdelincuencia-2001"),
    ("Convenio de Budapest", TRATADO, "int:convenio-budapest-ciberdelincuencia-2001"),
    ("Convenio de Budapest sobre la Ciberdelincuencia", TRATADO, "int:convenio-budapest-ciberdelincuencia-2001"),
    ("Convenio de Minamata sobre el Mercurio", TRATADO, "int:convenio-minamata-mercurio-2013"),
    ("Convenio de Minamata", TRATADO, "int:convenio-minamata-mercurio-2013"),
    (
        "Convención Interamericana para Prevenir, Sancionar y Erradicar la Violencia contra la Mujer",
        TRATADO,
        "int:convencion-interamericana-prevenir-sancionar-erradicar-violencia-contra-mujer-1994",
    ),
    (
        "Convención de Belém do Pará",
        TRATADO,
        "int:convencion-interamericana-prevenir-sancionar-erradicar-violencia-contra-mujer-1994",
    ),
];

struct Known {
    words: Vec<String>,
    ty: &'static str,
    id: &'static str,
}

static KNOWN_WORDS: LazyLock<Vec<Known>> =
    LazyLock::new(|| KNOWN.iter().map(|(n, ty, id)| Known { words: canon::name_words(n), ty, id }).collect());

fn re(src: &str) -> Regex {
    compile(src)
}

/// Capitalised instrument heads (names start here).
static HEAD: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:Convenci[oó]n|Convenio|Pacto|Protocolo|Tratado|Carta|Acuerdo|Estatuto)\b"));

/// Free-trade agreements by partner (partner words as in `patterns.rs`: `\p{Latin}+`).
static TLC: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
    (?:
      (?:Tratado|Acuerdo)\s(?:de\s)?(?i:libre\scomercio|promoci[oó]n\scomercial|asociaci[oó]n\secon[oó]mica|integraci[oó]n\scomercial|profundizaci[oó]n\secon[oó]mico\scomercial|alcance\sparcial(?:\sde\snaturaleza\scomercial)?|comercial|multipartes)
      (?:\s\((?:TLC|APC|AAE|ALC)\))?
    | TLC
    )
    \s(?:entre\s(?:el\s)?Per[uú]\sy\s|(?:del\s)?Per[uú]\s?[-–]\s?|con\s)
    (?:(?:la|los|el|las)\s)?
    (?P<partner>EE\.\s?UU\.?|[A-ZÁÉÍÓÚ]\p{Latin}+(?:\s(?:del\s|de\sla\s|de\slos\s|de\s)?[A-ZÁÉÍÓÚ]\p{Latin}+){0,5})")
});

/// Partners written in several ways: (fragment of the partner as written, id).
const PARTNER_ALIASES: &[(&str, &str)] = &[
    ("ee. uu", "eeuu"),
    ("ee.uu", "eeuu"),
    ("eeuu", "eeuu"),
    ("estados unidos", "eeuu"),
    ("asociación europea de libre comercio", "aelc"),
    ("aelc", "aelc"),
    ("efta", "aelc"),
    ("unión europea", "union-europea"),
];

/// The id part of a trade partner.
fn partner_id(p: &str) -> String {
    let l = p.to_lowercase();
    PARTNER_ALIASES.iter().find(|(k, _)| l.contains(k)).map(|(_, v)| v.to_string()).unwrap_or_else(|| canon::slug(p))
}

/// ALADI economic complementation agreements.
static ACE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:Acuerdo\sde\sComplementaci[oó]n\sEcon[oó]mica(?:\s\(ACE\))?|\bACE)\s(?:N[°º.]*\s?)?(?P<n>\d{1,3})\b")
});

/// ILO conventions.
static OIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bConvenio\s(?:N[°º.]*\s?)?(?P<n>\d{2,3})\s(?:de\sla\s)?(?:OIT|Organizaci[oó]n\sInternacional\sdel\sTrabajo)\b",
    )
});

/// A frequently cited ILO convention by its number alone (`el Convenio 169`): group `n`; the
/// number must be one of [`OIT_YEARS`] and not continue as another numbering (checked in code).
static OIT_BARE: LazyLock<Regex> = LazyLock::new(|| re(r"\bConvenio\s(?:N[°º.]*\s?)?(?P<n>\d{2,3})\b"));

/// What after `Convenio NNN` makes it another instrument's numbering (`Convenio N° 169-2019`,
/// `Convenio 182/2020`, `Convenio 169 de Cooperación …`).
static OIT_BARE_NOT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:[-–/.]\d|[-–/]\s?[A-Z]|\sde\s(?:la\s|el\s)?(?-i:[A-Z])(?:[a-zá-ú]|[A-Z]{2}))"));

/// A law named with its country's adjective (`la ley chilena N° 19.880`, `Ley española
/// 39/2015`, `ley colombiana 1437 de 2011`): groups `adj`, `n`, `slash` and `y`.
static LEY_NATIONAL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b[Ll]ey\s(?P<adj>{})\s(?:(?:N[°º.ª]*|Nro\.?|n[uú]mero)\s?)?(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,5}})(?:/(?P<slash>\d{{4}}))?(?:\sde\s(?P<y>(?:19|20)\d{{2}}))?\b",
        NATIONAL.join("|")
    ))
});

/// The country adjectives of [`LEY_NATIONAL`], as its matches write them.
const NATIONAL: [&str; 11] = [
    "chilena",
    "argentina",
    "colombiana",
    "española",
    "mexicana",
    "boliviana",
    "ecuatoriana",
    "brasileña",
    "uruguaya",
    "venezolana",
    "paraguaya",
];

/// Andean Community decisions (the context check is done in code).
static CAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bDecisi(?:[oó]n|ones)\s(?:Andina\s)?(?:N[°º.]*s?\s?)?(?P<n>\d{3})\b(?P<more>(?:(?:,\s|\sy\s|\se\s)(?:N[°º.]*\s?)?\d{3}\b)*)",
    )
});

/// One number of a list of Andean decisions.
static CAN_MORE: LazyLock<Regex> = LazyLock::new(|| re(r"\d{3}"));

/// UN General Assembly resolutions by session and number (`resolución 68/262`).
static UN_SLASH: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[Rr]esoluci[oó]n\s(?:N[°º.]*\s?)?(?P<s>\d{2})/(?P<n>\d{1,4})\b"));

/// Context naming the UN General Assembly.
static UN_CONTEXT: LazyLock<Regex> = LazyLock::new(|| re(r"Asamblea\sGeneral|Naciones\sUnidas|\bONU\b|\bNN\.\s?UU\."));

/// Spain's `Real Decreto 203/2021`.
static REAL_DECRETO: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bReal\sDecreto(?:\sLegislativo)?\s(?:N[°º.]*\s?)?(?P<n>\d{1,4})/(?P<y>\d{4})\b"));

/// Years of frequently cited ILO conventions (the id carries the year of adoption).
const OIT_YEARS: &[(&str, u16)] = &[
    ("87", 1948),
    ("98", 1949),
    ("100", 1951),
    ("111", 1958),
    ("138", 1973),
    ("169", 1989),
    ("182", 1999),
    ("189", 2011),
];

/// Context naming the Andean Community.
static CAN_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"Comunidad\sAndina|\bCAN\b|Acuerdo\sde\sCartagena|[Aa]ndin[oa]|Comisi[oó]n\sde\sla\sComunidad")
});

/// UN resolutions: `A/RES/70/1`, `resolución 2625 (XXV)`, `Resolución 2334 del Consejo de
/// Seguridad`.
static UN_NEW: LazyLock<Regex> = LazyLock::new(|| re(r"\bA/RES/(?P<s>\d{1,3})/(?P<n>\d{1,4})\b"));
static UN_OLD: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b[Rr]esoluci[oó]n\s(?:N[°º.]*\s?)?(?P<n>\d{3,4}),?\s\(?(?P<roman>[IVXL]{1,6})\)?(?:\s|,|\.|$)")
});
static UN_CS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b[Rr]esoluci[oó]n\s(?:N[°º.]*\s?)?(?P<n>\d{3,4})(?:\s\(\d{4}\))?\sdel\sConsejo\sde\sSeguridad")
});

/// Foreign laws in their own formats: Spain's `Ley 40/2015`, the EU's `Reglamento (UE)
/// 2016/679`.
static LEY_SLASH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[Ll]ey\s(?:(?:Org[aá]nica)\s)?(?:N[°º.]*\s?)?(?P<n>\d{1,3})/(?P<y>\d{4})\b"));
/// A name may stand between the head and `(UE)` (`Reglamento General de Protección de Datos
/// (UE) 2016/679`).
static EU_ACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<kind>Reglamento|Directiva)(?:\s(?:[A-ZÁÉÍÓÚ]\p{L}+|de|del|la|las|los|el|y)){0,8}\s\((?:UE|CE)\)\s(?:N[°º.]*\s?)?(?P<a>\d{2,4})/(?P<b>\d{1,4})\b",
    )
});

/// A directive or regulation numbered `YYYY/N` (the Union's format; Peruvian directives are
/// `NNN-YYYY-…`), of the Union when the Union is named within 120 bytes.
static EU_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?P<kind>Reglamento|Directiva)\s(?:N[°º.]*\s?)?(?P<a>(?:19|20)\d{2})/(?P<b>\d{1,4})(?:/(?:UE|CE|CEE))?\b")
});

/// Words that name the European Union.
static EU_CONTEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"Uni[oó]n\sEuropea|\(UE\)|Parlamento\sEuropeo|Consejo\sEuropeo|\bUE\b"));

/// Words just before a head that make it part of an organisation's name or a
/// not-yet-existing instrument.
static NOT_AN_INSTRUMENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?:organizaci[oóÓ]n|secretar[iíÍ]a|comit[eéÉ]|conferencia|autoridad|comisi[oóÓ]n|unidad|sistema|direcci[oóÓ]n|oficina|consejo|grupo)[^.;()]{0,40}?\s(?:del?|de\sla|para\sla|para\sel|sobre\sla)|\bun|\buna|\bnuev[oa]|\botr[oa]|\bese|\besa|\beste|\besta|\bdich[oa]|\bmencionad[oa]|\breferid[oa])\s$",
    )
});

/// Whether the words before `at` make a head there part of an organisation's name or a
/// not-yet-existing instrument (the 120 bytes before it, lower-cased so that
/// [`NOT_AN_INSTRUMENT_BEFORE`] needs no `(?i)`, whose prefilter costs more to build than the
/// windows it runs on).
fn not_an_instrument_before(text: &str, at: usize) -> bool {
    NOT_AN_INSTRUMENT_BEFORE.is_match(&before(text, at, 120).to_ascii_lowercase())
}

/// What after an instrument's name makes the whole an organisation (`… – Unidad de Apoyo`).
static ORGANISATION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(r"^\s?[-–]\s?(?:Unidad|Secretar[ií]a|Comit[eé]|Oficina|Consejo|Comisi[oó]n){WORD_END}"))
});

/// Owners after a generic name that are not part of it (`… de la Organización …`).
const OWNER_WORDS: &[&str] = &["organizacion", "onu", "oea", "oit", "unesco", "ocde", "nn"];

/// Countries whose laws appear in Peruvian prose, by a word of their name.
const COUNTRIES: &[(&str, &str)] = &[
    ("chile", "cl"),
    ("chilen", "cl"),
    ("argentin", "ar"),
    ("mexic", "mx"),
    ("méxic", "mx"),
    ("colombia", "co"),
    ("españ", "es"),
    ("ecuator", "ec"),
    ("ecuador", "ec"),
    ("bolivia", "bo"),
    ("brasil", "br"),
    ("uruguay", "uy"),
    ("venezol", "ve"),
    ("paraguay", "py"),
    ("costa rica", "cr"),
];

/// The country a window of text names, if any.
pub fn country_in(window: &str) -> Option<&'static str> {
    let w = window.to_lowercase();
    COUNTRIES.iter().find(|(k, _)| w.contains(k)).map(|(_, c)| *c)
}

/// The country named nearest to `start..end` within `r` bytes either side (`la Ley 1437 de
/// 2011 de Colombia y la Ley 39/2015 de España`: each law takes its own country).
pub fn country_near(text: &str, start: usize, end: usize, r: usize) -> Option<&'static str> {
    let w = window(text, start, end, r);
    let offset = w.as_ptr() as usize - text.as_ptr() as usize;
    let lower = w.to_lowercase();
    let (s, e) = (start.saturating_sub(offset), end.saturating_sub(offset));
    COUNTRIES
        .iter()
        .flat_map(|(k, c)| {
            lower.match_indices(k).map(move |(i, _)| {
                let distance = if i >= e { i - e } else { s.saturating_sub(i + k.len()) };
                (distance, *c)
            })
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// A country right after a name (`Código Civil de Chile`, `… del Ecuador`, `Código Civil
/// chileno`, `…, de la República de Colombia`): its code and the bytes it takes.
static COUNTRY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^,?\s(?:(?:de|del)\s(?:la\sRep[uú]blica\s(?:de\s)?|el\s)?(?:Chile|Argentina|M[eé]xico|Colombia|Espa[ñn]a|Ecuador|Bolivia|Brasil|Uruguay|Venezuela|Paraguay|Costa\sRica)|(?:chilen|argentin|mexican|colombian|ecuatorian|bolivian|brasileñ|uruguay|venezolan|paraguay)[oa]|español[a]?)\b",
    )
});

/// The country named right after a name ending at `end`, and where that phrase ends.
pub fn country_after(text: &str, end: usize) -> Option<(&'static str, usize)> {
    let rest = text.get(end..)?;
    // Most names have no country after them: a word test first, so that the pattern is
    // compiled and run only when a country word is there.
    let mut near = rest.len().min(48);
    while !rest.is_char_boundary(near) {
        near -= 1;
    }
    country_in(&rest[..near])?;
    let m = COUNTRY_AFTER.find(rest)?;
    Some((country_in(m.as_str())?, end + m.end()))
}

/// A name slug without a trailing country phrase (`ley-general-de-educacion-de-colombia` →
/// `ley-general-de-educacion`): the docs key foreign norms by their own name (§7).
pub fn slug_without_country(slug: &str) -> String {
    let words: Vec<&str> = slug.split('-').collect();
    let cut = (2..words.len())
        .rev()
        .find(|&i| matches!(words[i], "de" | "del") && country_in(&words[i + 1..].join(" ")).is_some());
    match cut {
        Some(i) => words[..i].join("-"),
        None => slug.to_string(),
    }
}

/// `r` bytes of `text` on each side of `start..end`, cut at character boundaries.
pub(super) fn window(text: &str, start: usize, end: usize, r: usize) -> &str {
    let mut a = start.saturating_sub(r);
    while a > 0 && !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + r).min(text.len());
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    text.get(a..b).unwrap_or("")
}

fn push(out: &mut Vec<Cand>, start: usize, end: usize, ty: &'static str, id: String) {
    if !out.iter().any(|o| o.start < end && start < o.end) {
        out.push(Cand::new(start, end, ty, id, Kind::International));
    }
}

/// One word of a name: end byte, folded text, capitalised, comma before it.
type NameWord = (usize, String, bool, bool);

/// Words of a name from `from`; stops at punctuation other than a comma.
fn words(text: &str, from: usize, max: usize) -> Vec<NameWord> {
    let mut out = Vec::new();
    let mut i = from;
    let mut comma = false;
    while i < text.len() && out.len() < max {
        let Some(c) = text[i..].chars().next() else { break };
        if c.is_alphanumeric() {
            let j = text[i..].find(|d: char| !d.is_alphanumeric()).map(|k| i + k).unwrap_or(text.len());
            out.push((j, canon::fold(&text[i..j]), c.is_uppercase(), comma));
            comma = false;
            i = j;
        } else if c == ' ' {
            i += 1;
        } else if c == ',' && out.len() >= 3 {
            comma = true;
            i += 1;
        } else {
            break;
        }
    }
    out
}

/// A ` de 1969` / ` (1969)` right after a name: (end, year).
fn year_after(text: &str, end: usize) -> Option<(usize, u16)> {
    static Y: LazyLock<Regex> = LazyLock::new(|| re(r"^\s(?:de\s(?P<a>(?:19|20)\d{2})\b|\((?P<b>(?:19|20)\d{2})\))"));
    let c = Y.captures(text.get(end..)?)?;
    let y = c.name("a").or(c.name("b"))?;
    Some((end + c.get(0)?.end(), y.as_str().parse().ok()?))
}

/// Known and generic named instruments.
fn named(text: &str, out: &mut Vec<Cand>) {
    // Whether the words before a head make it no instrument is asked last, of a head about to
    // be pushed: its pattern is compiled only in a document that names an instrument.
    for m in HEAD.find_iter(text) {
        let ws = words(text, m.start(), 16);
        let content: Vec<(usize, &str)> = ws
            .iter()
            .enumerate()
            .filter(|(_, w)| !canon::STOP_WORDS.contains(&w.1.as_str()))
            .map(|(i, w)| (i, w.1.as_str()))
            .collect();
        let best = KNOWN_WORDS
            .iter()
            .filter(|k| k.words.len() <= content.len() && k.words.iter().zip(&content).all(|(a, (_, b))| a == b))
            .max_by_key(|k| k.words.len());
        if let Some(k) = best {
            let last = content[k.words.len() - 1].0;
            let end = ws[last].0;
            let end = year_after(text, end).map(|(e, _)| e).unwrap_or(end);
            if !not_an_instrument_before(text, m.start()) {
                push(out, m.start(), end, k.ty, k.id.to_string());
            }
            continue;
        }
        // Generic: head + connector / qualifier + capitalised words.
        let head = ws.first().map(|w| w.1.as_str()).unwrap_or("");
        if matches!(head, "carta" | "acuerdo" | "estatuto") {
            continue;
        }
        let Some(second) = ws.get(1) else { continue };
        let qualifier = second.2
            && matches!(
                second.1.as_str(),
                "internacional"
                    | "americana"
                    | "interamericana"
                    | "marco"
                    | "constitutivo"
                    | "multilateral"
                    | "adicional"
                    | "integral"
                    | "regional"
                    | "general"
            );
        if !(qualifier || matches!(second.1.as_str(), "de" | "sobre" | "para" | "contra" | "relativo" | "relativa")) {
            continue;
        }
        let mut last = None;
        let mut content = 0;
        for (i, w) in ws.iter().enumerate().skip(2) {
            if w.3 {
                break;
            }
            if canon::STOP_WORDS.contains(&w.1.as_str()) {
                continue;
            }
            if !w.2 || w.1.chars().all(|c| c.is_ascii_digit()) || OWNER_WORDS.contains(&w.1.as_str()) {
                break;
            }
            last = Some(i);
            content += 1;
        }
        let Some(last) = last else { continue };
        let name_end = ws[last].0;
        let first_words: Vec<&str> = ws.iter().take(4).map(|w| w.1.as_str()).collect();
        // A trade agreement without its partner, an organisation named after an
        // instrument, or a bare name cut short by an abbreviation.
        // Agreements between agencies (`Convenio de Cooperación …`) are not treaties.
        let interagency = head == "convenio"
            && ws.iter().skip(1).find(|w| !canon::STOP_WORDS.contains(&w.1.as_str()) && w.1 != "marco").is_some_and(
                |w| {
                    matches!(
                        w.1.as_str(),
                        "cooperacion"
                            | "colaboracion"
                            | "gestion"
                            | "financiamiento"
                            | "ejecucion"
                            | "prestamo"
                            | "donacion"
                    )
                },
            );
        if interagency
            || first_words.windows(2).any(|p| p == ["libre", "comercio"])
            || ORGANISATION_AFTER.is_match(&text[name_end..])
            || (content == 1 && text[name_end..].starts_with('.') && ws[last].1.len() <= 3)
            || not_an_instrument_before(text, m.start())
        {
            continue;
        }
        let mut id = canon::name_words(&text[m.start()..name_end]).join("-");
        let mut end = name_end;
        if let Some((e, y)) = year_after(text, name_end) {
            id = format!("{id}-{y}");
            end = e;
        }
        push(out, m.start(), end, TRATADO, format!("int:{id}"));
    }
}

/// All international candidates of a prepared text.
/// The matches of `re` in `text` when `open`, else none — and `re`, compiled on first use,
/// is then not compiled at all.
/// Whether a capitalised `Decisión 486` / `Decisiones 351 y 486` with no Andean word near is
/// still an Andean decision: three-digit numbers are how those decisions are cited, unless
/// the number goes on (`-2020`, `/`, `.5`) or an issuing organ follows (`del directorio`).
fn bare_decision(after: &str) -> bool {
    let goes_on = after.starts_with(['-', '–', '‐', '/'])
        || (after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit()));
    !goes_on && !DECISION_OF.is_match(after)
}

/// `de` / `del` + an organ right after a decision's number.
static DECISION_OF: LazyLock<Regex> = LazyLock::new(|| re(r"^,?\s(?:de|del|de\sla|de\slos)\s"));

/// Whether some `head` is followed by a number, after an optional number sign (`N°`, `Nº.`):
/// what every match of [`OIT`] and [`OIT_BARE`] holds after `Convenio `, of [`UN_SLASH`],
/// [`UN_OLD`] and [`UN_CS`] after `esolución ` (or without the accent).
fn number_after(text: &str, head: &str) -> bool {
    text.match_indices(head).any(|(i, w)| {
        let rest = &text[i + w.len()..];
        let rest = match rest.strip_prefix('N') {
            Some(r) => {
                let r = r.trim_start_matches(['°', 'º', '.']);
                r.strip_prefix(' ').unwrap_or(r)
            }
            None => rest,
        };
        rest.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Whether a `/` stands between two digits (`68/262`, `40/2015`, `2016/679`): what every
/// match of [`UN_SLASH`], [`LEY_SLASH_YEAR`] and [`EU_NUMBERED`] holds.
fn digit_slash_digit(text: &str) -> bool {
    let b = text.as_bytes();
    text.match_indices('/')
        .any(|(i, _)| i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
}

/// How each kind of free-trade agreement [`TLC`] knows starts after `Tratado` / `Acuerdo`
/// (lower case; the pattern takes them in any case).
const TLC_KINDS: [&str; 8] =
    ["libre", "promoci", "asociaci", "integraci", "profundizaci", "alcance", "comercial", "multipartes"];

/// Whether some `Tratado ` or `Acuerdo ` is followed, after an optional `de `, by one of
/// [`TLC_KINDS`] in any case (or the text holds `ſ` or the Kelvin sign, which case folding
/// pairs with `s` and `k`): what every match of [`TLC`] but a bare `TLC` holds.
fn trade_agreement(text: &str) -> bool {
    let folds = text.contains('\u{17F}') || text.contains('\u{212A}');
    ["Tratado ", "Acuerdo "].iter().any(|head| {
        text.match_indices(head).any(|(i, w)| {
            let rest = &text[i + w.len()..];
            let rest = rest.strip_prefix("de ").unwrap_or(rest);
            folds || TLC_KINDS.iter().any(|k| rest.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k)))
        })
    })
}

pub fn find(text: &str) -> Vec<Cand> {
    let mut out = Vec::new();
    // Each pattern runs (and is compiled, once per process) only on a text holding a literal
    // all its matches hold: most documents cite no international instrument.
    let has = |needle: &str| text.contains(needle);
    let resolution = number_after(text, "esolución ") || number_after(text, "esolucion ");
    let slash = digit_slash_digit(text);
    for c in gated(&TLC, text, has("TLC") || trade_agreement(text)) {
        let (Some(m), Some(p)) = (c.get(0), c.name("partner")) else { continue };
        if not_an_instrument_before(text, m.start()) {
            continue;
        }
        push(&mut out, m.start(), m.end(), TRATADO, format!("int:tlc:peru-{}", partner_id(p.as_str())));
    }
    for c in gated(&ACE, text, has("ACE") || has("Complementaci")) {
        let (Some(m), Some(n)) = (c.get(0), c.name("n")) else { continue };
        push(&mut out, m.start(), m.end(), TRATADO, format!("int:ace-{}", canon::strip_zeros(n.as_str())));
    }
    let convenio = number_after(text, "Convenio ");
    for c in gated(&OIT, text, convenio) {
        let (Some(m), Some(n)) = (c.get(0), c.name("n")) else { continue };
        let n = canon::strip_zeros(n.as_str());
        let id = match OIT_YEARS.iter().find(|(k, _)| *k == n) {
            Some((_, y)) => format!("int:oit-convenio-{n}-{y}"),
            None => format!("int:oit-convenio-{n}"),
        };
        push(&mut out, m.start(), m.end(), TRATADO, id);
    }
    for c in gated(&OIT_BARE, text, convenio) {
        let (Some(m), Some(n)) = (c.get(0), c.name("n")) else { continue };
        let n = canon::strip_zeros(n.as_str());
        let Some((_, y)) = OIT_YEARS.iter().find(|(k, _)| *k == n) else { continue };
        if OIT_BARE_NOT_AFTER.is_match(&text[m.end()..]) || not_an_instrument_before(text, m.start()) {
            continue;
        }
        push(&mut out, m.start(), m.end(), TRATADO, format!("int:oit-convenio-{n}-{y}"));
    }
    for c in gated(&LEY_NATIONAL, text, has("ey ") && NATIONAL.iter().any(|a| has(a))) {
        let (Some(m), Some(adj), Some(n)) = (c.get(0), c.name("adj"), c.name("n")) else { continue };
        let Some(cc) = country_in(adj.as_str()) else { continue };
        let num = canon::strip_zeros(&n.as_str().replace('.', ""));
        let key = match (c.name("slash"), c.name("y")) {
            (Some(y), _) => format!("{num}-{}", y.as_str()),
            (None, Some(y)) if cc == "co" => format!("{num}-{}", y.as_str()),
            _ => num,
        };
        // A year after another State's number is a date, not part of the citation.
        let end = match (c.name("slash"), c.name("y")) {
            (None, Some(_)) if cc != "co" => n.end(),
            _ => m.end(),
        };
        push(&mut out, m.start(), end, EXTRANJERA, format!("{cc}:ley:{key}"));
    }
    for c in gated(&CAN, text, has("Decisi")) {
        let (Some(m), Some(n)) = (c.get(0), c.name("n")) else { continue };
        if CAN_CONTEXT.is_match(window(text, m.start(), m.end(), 100)) || bare_decision(&text[m.end()..]) {
            let first_end = n.end();
            push(
                &mut out,
                m.start(),
                first_end,
                RES_INT,
                format!("int:can-decision-{}", canon::strip_zeros(n.as_str())),
            );
            if let Some(more) = c.name("more") {
                for k in CAN_MORE.find_iter(more.as_str()) {
                    let (s, e) = (more.start() + k.start(), more.start() + k.end());
                    push(&mut out, s, e, RES_INT, format!("int:can-decision-{}", canon::strip_zeros(k.as_str())));
                }
            }
        }
    }
    for c in gated(&UN_SLASH, text, resolution && slash) {
        let (Some(m), Some(s), Some(n)) = (c.get(0), c.name("s"), c.name("n")) else { continue };
        if UN_CONTEXT.is_match(window(text, m.start(), m.end(), 120)) {
            push(&mut out, m.start(), m.end(), RES_INT, format!("int:onu-ag-res-{}-{}", s.as_str(), n.as_str()));
        }
    }
    for c in gated(&REAL_DECRETO, text, has("Real Decreto")) {
        let (Some(m), Some(n), Some(y)) = (c.get(0), c.name("n"), c.name("y")) else { continue };
        push(
            &mut out,
            m.start(),
            m.end(),
            EXTRANJERA,
            format!("es:rd:{}-{}", canon::strip_zeros(n.as_str()), y.as_str()),
        );
    }
    for c in gated(&UN_NEW, text, has("A/RES/")) {
        let (Some(m), Some(s), Some(n)) = (c.get(0), c.name("s"), c.name("n")) else { continue };
        push(&mut out, m.start(), m.end(), RES_INT, format!("int:onu-ag-res-{}-{}", s.as_str(), n.as_str()));
    }
    for c in gated(&UN_CS, text, has("Consejo de Seguridad")) {
        let (Some(m), Some(n)) = (c.get(0), c.name("n")) else { continue };
        let end = m.start() + m.as_str().find(" del Consejo").unwrap_or(m.len());
        push(&mut out, m.start(), end, RES_INT, format!("int:onu-cs-res-{}", n.as_str()));
    }
    for c in gated(&UN_OLD, text, resolution) {
        let (Some(m), Some(n), Some(r)) = (c.get(0), c.name("n"), c.name("roman")) else { continue };
        push(
            &mut out,
            m.start(),
            r.end() + usize::from(text[r.end()..].starts_with(')')),
            RES_INT,
            format!("int:onu-ag-res-{}", n.as_str()),
        );
    }
    for c in gated(&LEY_SLASH_YEAR, text, slash && has("ey ")) {
        let (Some(m), Some(n), Some(y)) = (c.get(0), c.name("n"), c.name("y")) else { continue };
        let cc = country_near(text, m.start(), m.end(), 120).unwrap_or("es");
        push(&mut out, m.start(), m.end(), EXTRANJERA, format!("{cc}:ley:{}-{}", n.as_str(), y.as_str()));
    }
    for c in gated(&EU_NUMBERED, text, slash && (has("Europe") || has("UE"))) {
        let (Some(m), Some(k), Some(a), Some(b)) = (c.get(0), c.name("kind"), c.name("a"), c.name("b")) else {
            continue;
        };
        if EU_CONTEXT.is_match(window(text, m.start(), m.end(), 120)) {
            let id = format!("eu:{}:{}-{}", canon::fold(k.as_str()), a.as_str(), b.as_str());
            push(&mut out, m.start(), m.end(), EXTRANJERA, id);
        }
    }
    for c in gated(&EU_ACT, text, has("(UE)") || has("(CE)")) {
        let (Some(m), Some(k), Some(a), Some(b)) = (c.get(0), c.name("kind"), c.name("a"), c.name("b")) else {
            continue;
        };
        push(
            &mut out,
            m.start(),
            m.end(),
            EXTRANJERA,
            format!("eu:{}:{}-{}", canon::fold(k.as_str()), a.as_str(), b.as_str()),
        );
    }
    named(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gates hold for every match of their patterns and fail on texts without one.
    #[test]
    fn gates_are_necessary_conditions() {
        for t in ["el Convenio 169", "Convenio N° 87", "Convenio Nº.182 de la OIT", "Convenio N 98"] {
            assert!(number_after(t, "Convenio ") && OIT_BARE.is_match(t), "{t}");
        }
        let convenio = |t: &str| number_after(t, "Convenio ");
        assert!(!convenio("el Convenio de Cooperación") && !convenio("Convenio N° ciento"));
        for t in ["resolución 68/262", "Resolución N° 2625 (XXV)", "resolucion 2334 del Consejo de Seguridad"] {
            assert!(number_after(t, "esolución ") || number_after(t, "esolucion "), "{t}");
        }
        assert!(!number_after("la Resolución Ministerial N° 123", "esolución "));
        for t in ["resolución 68/262", "Ley 40/2015", "Directiva 2016/679"] {
            assert!(digit_slash_digit(t), "{t}");
        }
        assert!(!digit_slash_digit("y/o la Ley 2/") && !digit_slash_digit("/5"));
        for t in [
            "el Tratado de Libre Comercio entre el Perú y Chile",
            "Acuerdo de Promoción Comercial Perú – Estados Unidos",
            "Acuerdo de ASOCIACIÓN ECONÓMICA con Japón",
            "Acuerdo de Alcance Parcial con Cuba",
            "Acuerdo Comercial con la Unión Europea",
            "Acuerdo Multipartes con la Unión Europea",
        ] {
            assert!(trade_agreement(t) && TLC.is_match(t), "{t}");
        }
        assert!(!trade_agreement("el Tratado de Paz y Amistad y el Acuerdo Nacional"));
        assert!(trade_agreement("un Tratado comercial"), "`Tratado comercial` is one of TLC's kinds");
        assert!(trade_agreement("el Tratado de a\u{17F}ociación"), "`ſ` is an `s` to case folding");
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "la Convención de Viena sobre el Derecho de los Tratados de 1969",
                &["int:convencion-viena-derecho-tratados-1969"],
            ),
            ("el Tratado de Libre Comercio entre el Perú y los Estados Unidos", &["int:tlc:peru-eeuu"]),
            ("el Acuerdo de Promoción Comercial Perú – Estados Unidos", &["int:tlc:peru-eeuu"]),
            ("el TLC con China", &["int:tlc:peru-china"]),
            ("el Tratado de Libre Comercio entre el Perú y El Salvador", &["int:tlc:peru-el-salvador"]),
            ("el Acuerdo de Complementación Económica N° 58", &["int:ace-58"]),
            ("la Decisión 584 de la Comunidad Andina", &["int:can-decision-584"]),
            ("la resolución A/RES/70/1 de la Asamblea", &["int:onu-ag-res-70-1"]),
            ("la Resolución 2625 (XXV) de la Asamblea General", &["int:onu-ag-res-2625"]),
            ("la Carta Democrática Interamericana", &["int:carta-democratica-interamericana-2001"]),
            ("la Ley 40/2015 de España", &["es:ley:40-2015"]),
            ("el Reglamento (UE) 2016/679", &["eu:reglamento:2016-679"]),
            ("el Convenio 169 de la OIT", &["int:oit-convenio-169-1989"]),
            ("el Convenio 169 reconoce la consulta", &["int:oit-convenio-169-1989"]),
            ("el Convenio N° 169-2019-MINCUL firmado", &[]),
            ("el Convenio 169 de Cooperación Interinstitucional", &[]),
            ("el Convenio 170 de la región", &[]),
            ("la ley chilena N° 19.880 regula", &["cl:ley:19880"]),
            ("la ley colombiana 1437 de 2011", &["co:ley:1437-2011"]),
            ("la Ley española 39/2015 regula", &["es:ley:39-2015"]),
            ("las Decisiones 345 y 486 de la Comunidad Andina", &["int:can-decision-345", "int:can-decision-486"]),
            ("la resolución 68/262 de la Asamblea General", &["int:onu-ag-res-68-262"]),
            ("el Real Decreto 1065/2007 de España", &["es:rd:1065-2007"]),
            ("la Convención para la Protección de las Aves", &["int:convencion-proteccion-aves"]),
            // Ids the shared docs give for frequent instruments (§10.5): year of adoption.
            (
                "la Convención sobre los Derechos de las Personas con Discapacidad, ratificada",
                &["int:convencion-derechos-personas-discapacidad-2006"],
            ),
            (
                "la Convención de las Naciones Unidas contra la Corrupción",
                &["int:convencion-onu-contra-corrupcion-2003"],
            ),
            ("el Acuerdo de Promoción Comercial entre el Perú y EE.UU. (2006)", &["int:tlc:peru-eeuu"]),
            ("el Tratado de libre comercio entre el Perú y China", &["int:tlc:peru-china"]),
            ("la Convención sobre Armas Biológicas - Unidad de Apoyo", &[]),
            ("la Autoridad Nacional para la Convención sobre Armas", &[]),
            ("la Conferencia de los Estados Partes de la Convención de NN.UU. contra la Corrupción", &[]),
            (
                "la Convención Contra el Cohecho de la Organización para la Cooperación",
                &["int:convencion-contra-cohecho"],
            ),
            ("el Tratado de Libre Comercio en 2011", &[]),
            ("el Convenio de Cooperación Interinstitucional entre la Universidad", &[]),
            ("el Convenio Marco de Cooperación Científica", &[]),
            ("el Protocolo de Montreal, el Acuerdo de París", &["int:protocolo-montreal", "int:acuerdo-paris-2015"]),
            ("la Organización del Tratado de Cooperación Amazónica", &[]),
            ("la Secretaría de la Convención de Ramsar", &[]),
            ("el Comité del Pacto Internacional de Derechos Económicos, Sociales y Culturales", &[]),
            ("negociar un nuevo convenio de cooperación", &[]),
            ("los tratados de libre comercio", &[]),
            ("el Acuerdo Nacional", &[]),
            ("la Declaración Universal de los Derechos Humanos", &[]),
            ("la Decisión 123 del directorio", &[]),
            (
                "en aplicación de las Decisiones 351 y 486, el decreto",
                &["int:can-decision-351", "int:can-decision-486"],
            ),
            ("la Decisión 004-2020 del comité", &[]),
            ("la Decisión N° 015/2019", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = find(text).into_iter().map(|c| c.canonical).collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
