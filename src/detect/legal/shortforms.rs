//! Short forms: later references to a norm already cited in full (docs/legal-references.md
//! §10.3): `la citada Ley`, `dicho decreto`, `la norma antes acotada`, `la misma`, `esta
//! última`, a bare `la Ley` / `el Reglamento`, an alias defined with `(en adelante, la Ley)`,
//! `la presente Ley`, and the same phrases inside an article citation (`el artículo 5 de la
//! citada Ley`).
//!
//! In: a document's prepared texts with their final candidates (full mentions), in reading
//! order. Out: for each text its [`ShortForm`]s, each with its span (original character
//! offsets), the article it names and its antecedent — the nearest preceding mention (or
//! already resolved short form) whose type the head allows (`dicho decreto` skips a later
//! `Ley`), or `None` when nothing fits. Short forms are kept apart from the mentions: they
//! never change the mention list.
//!
//! Not short forms: plurals (`dichas leyes`), generic or indefinite uses (`la ley debe ser
//! clara`, `una ley`), a lower-case bare head, a pronoun whose nearest antecedent is not a
//! norm (`una estrategia …, la misma que`), and a back-reference to a decision (`la citada
//! resolución` after a Tribunal Fiscal resolution).

use std::ops::Range;
use std::sync::LazyLock;

use crate::re::Regex;

use super::canonical as canon;
use super::patterns::{compile, Gate, ARTICLE_BEFORE, WORD_END};
use super::text::{before, lower_keep_offsets, Prepared};
use super::{articles, Cand};

/// How a short form refers back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortKind {
    /// `la citada Ley`, `dicho decreto`, `la norma en mención`.
    Anaphoric,
    /// `la misma`, `esta última`.
    Pronoun,
    /// `la Ley`, `el Reglamento` (capitalised head, one norm of that kind in scope).
    Bare,
    /// A name the document defined (`… (en adelante, la Ley)`).
    Alias,
    /// `la presente Ley`.
    SelfRef,
}

impl ShortKind {
    /// The kind's name in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            ShortKind::Anaphoric => "anaphoric",
            ShortKind::Pronoun => "pronoun",
            ShortKind::Bare => "bare",
            ShortKind::Alias => "alias",
            ShortKind::SelfRef => "self",
        }
    }
}

/// One short form found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct ShortForm {
    /// Surface text.
    pub text: String,
    /// Start (characters) in the original text.
    pub start: usize,
    /// End (characters, exclusive).
    pub end: usize,
    /// Canonical id of the norm referred back to.
    pub antecedent: Option<String>,
    /// (text index, mention index) of the full mention chosen.
    pub antecedent_ref: Option<(usize, usize)>,
    /// Article cited with it.
    pub article: Option<String>,
    /// Sub-unit cited with the article.
    pub subunit: Option<String>,
    /// How it refers back.
    pub kind: ShortKind,
}

/// Norm heads a short form may have (group `head`), singular only.
const HEAD: &str = r"(?:ley(?:\s(?:org[aá]nica|marco|general))?|decreto(?:\s(?:supremo|legislativo|ley|de\surgencia|regional|de\salcald[ií]a))?|resoluci[oó]n(?:\s(?:ministerial|vice-?ministerial|directoral(?:\sregional)?|suprema|jefatural|legislativa|de\ssecretar[ií]a\sgeneral|de\spresidencia\sejecutiva|de\sconsejo\sdirectivo|de\salcald[ií]a|ejecutiva\sregional))?|ordenanza(?:\s(?:regional|municipal))?|reglamento|texto\s[uúÚ]nico\sordenado|tuo|directiva|c[oó]digo|acuerdo(?:\sde\sconcejo|\sde\sconsejo\sregional|\sregional)?|norma(?:\st[eé]cnica|\slegal|\sjur[ií]dica)?|dispositivo(?:\slegal)?|disposici[oó]n|cuerpo\s(?:normativo|legal)|texto\s(?:normativo|legal)|carta\s(?:magna|pol[ií]tica|fundamental)|texto\sconstitucional|convenio|convenci[oó]n|tratado|decisi[oó]n)";

/// Markers before the head (`citada`, `dicho`, `esta`).
const PRE: &str = r"(?:(?:la|el|del|al)\s(?:(?:antes|arriba|ya|previamente)\s)?(?:citad[oa]|referid[oa]|mencionad[oa]|acotad[oa]|precitad[oa]|indicad[oa]|aludid[oa]|se[nñ]alad[oa]|antedich[oa]|susodich[oa]|invocad[oa]|comentad[oa]|glosad[oa]|rese[nñ]ad[oa]|analizad[oa]|examinad[oa]|transcrit[oa])|dich[oa]|est[ea]|la\smisma|el\smismo|del\smismo)";

/// Markers after the head (`la norma antes acotada`, `la norma en mención`).
const POST: &str = r"(?:(?:antes|arriba|previamente|ya)\s(?:citad[oa]|mencionad[oa]|acotad[oa]|referid[oa]|se[nñ]alad[oa]|indicad[oa]|descrit[oa])|en\s(?:menci[oó]n|comento|comentario|referencia|cuesti[oó]n)|bajo\s(?:comentario|an[aá]lisis)|materia\sde\s(?:an[aá]lisis|comentario|estudio)|glosad[oa]|citad[oa]|acotad[oa]|precitad[oa]|mencionad[oa]\s(?:anteriormente|previamente|l[ií]neas\sarriba)|mencionad[oa]|aludid[oa]|invocad[oa]|impugnad[oa]|cuestionad[oa]|comentad[oa]|examinad[oa]|analizad[oa]|referid[oa])";

/// What may follow a pronoun used on its own (not `la misma forma`): punctuation, a
/// function word, or a verb (a common verb of legal prose, or any preterite in `-ó`).
static PRONOUN_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^(?:\s?[,.;:)]|\s(?:que|se|no|ya|lo|la|le|les|los|las|en|y|e|a|al|de|del|por|para|con|sobre|establece|dispone|se[nñ]ala|regula|prev[eé]|indica|fue|es|ha|era|estipula|precisa|define|determina|contempla|crea|modifica|aprueba|tiene|reconoce|exige|obliga|fija|otorga|asigna|reserva|enumera|incorpora|introduce|deroga|sustituye|ampl[ií]a|garantiza|prohibe|proh[ií]be|faculta|autoriza|declara|ordena|manda|excluye|comprende|desarrolla|recoge|mantiene|elimina|reduce|permite|sanciona|dispuso|estableci[oó]|hizo|tuvo|establec[ií]a|dispon[ií]a|prev[eé][ií]a|exig[ií]a|permit[ií]a|ten[ií]a|hab[ií]a){WORD_END}|\s[a-záéíóúñü]+(?:ó|aba)(?:[\s,.;:]|$)|\s[a-záéíóúñü]+\s[a-záéíóúñü]+(?:ando|iendo|yendo)(?:se|lo|la|le)?\b|$)",
    ))
});

/// Every short-form shape in one pattern, so that a text is scanned once: a head with a
/// marker before or after it (`la citada Ley`, `la norma en mención`, `la presente Ley`) or
/// none (`la Ley`, `la ley`, `la norma`: checked in code), a pronoun (`la misma`, `esta
/// última`, and the accented `ésta` / `éste`, group `acc`, outside the ASCII `\b`), an ordinal used as a pronoun (`la primera de ellas`), a resolution named by its
/// adjective alone (`la directoral`) and a head with `nueva` / `anterior`. Leftmost-first: at
/// one position a head wins over a pronoun (`la misma ley`).
///
/// It runs on the text with its ASCII letters lower-cased (same byte offsets), written in
/// lower case without `(?i)`: case-insensitive alternations this size made the regex
/// library's literal prefilter cost ~15 ms to build at every start of the program. Case is
/// checked in code where it matters (`la Ley` against `la ley`, `TUO`).
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?:(?:(?P<pre>{PRE})|(?P<det>la|el|del|al)(?:\s(?P<self>presente))?)\s(?P<head>{HEAD})(?:\s(?P<post>{POST}))?|(?P<p>(?:la|el|del|al)\smism[oa]|est[ea]\s[uú]ltim[oa])|(?:la|el|del|al)\s(?P<o>primer[oa]|segund[oa]|tercer[oa])(?P<of>\sde\s(?:ell[oa]s|est[oa]s|(?:las|los)\s(?:dos|tres)))?|(?:la|del|al)\s(?P<adj>directoral|ministerial|viceministerial|jefatural|suprema)|(?:la|el|del|al)\s(?:(?P<new>nuev[oa]|actual|vigente|posterior)|(?P<old>anterior|antigu[oa]|derogad[oa]))\s(?P<chead>{CONTENT_HEAD})|(?:la|el|del|al)\s(?P<prev>anterior))\b|(?:^|[\s(])(?P<acc>[éÉ]st[ea])\b"
    ))
});

/// Heads a capitalised bare short form may have (`la Ley`, `el Decreto Supremo`), accents
/// left out, case as written.
const BARE_HEADS: &[&str] = &[
    "Ley",
    "Ley Organica",
    "Ley Marco",
    "Ley General",
    "Decreto",
    "Decreto Supremo",
    "Decreto Legislativo",
    "Decreto Ley",
    "Decreto de Urgencia",
    "Decreto Regional",
    "Decreto de Alcaldia",
    "Resolucion",
    "Resolucion Ministerial",
    "Resolucion Directoral",
    "Resolucion Suprema",
    "Resolucion Jefatural",
    "Resolucion Viceministerial",
    "Ordenanza",
    "Ordenanza Regional",
    "Ordenanza Municipal",
    "Reglamento",
    "Directiva",
    "Codigo",
    "TUO",
    "Texto Unico Ordenado",
    // The Constitution is one: `el texto constitucional` points back to it in any case.
    "texto constitucional",
    "Texto Constitucional",
];

/// Heads a lower-case bare short form may have (`la ley`, `el decreto supremo`): a short form
/// only where one norm of its kind is in the paragraph.
const LOWER_HEADS: &[&str] = &[
    "ley",
    "decreto",
    "decreto supremo",
    "decreto legislativo",
    "decreto de urgencia",
    "resolucion",
    "resolucion ministerial",
    "resolucion directoral",
    "resolucion suprema",
    "resolucion jefatural",
    "resolucion viceministerial",
    "ordenanza",
    "ordenanza regional",
    "ordenanza municipal",
    "reglamento",
    "directiva",
];

/// Heads that name a norm only after an article phrase (`el artículo 3 de la norma`).
const ARTICLE_HEADS: &[&str] =
    &["norma", "dispositivo", "cuerpo normativo", "cuerpo legal", "texto normativo", "texto legal"];

/// What after a lower-case bare head makes it generic or the start of a name: a complement,
/// a number, a name, a branch of law (`la ley penal`, `la ley laboral`), or a generic
/// predicate (`la ley debe ser clara`, `la ley es igual`).
static LOWER_NOT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:\s(?:(?-i:[A-ZÁÉÍÓÚÑ0-9])|n[°º.]|nro|n[uú]m|de\b|del\b|sobre|para|que\sse|que\slo|respectiv|correspondiente|aplicable|pertinente|peruana|nacional|(?:penal|civil|laboral|procesal|electoral|comercial|mercantil|tributari[ao]|administrativ[ao])\b|vigente\sen|debe|deber[aá]|es\b|son\b|puede|podr[aá]|suele|tiene\sque|ha\sde|no\spuede|N\s)|\s?[°º(]|[-–])",
    )
});

/// What before a lower-case bare head makes it an idiom (`ante la ley`, `conforme a la ley`,
/// `con rango de ley`).
static LOWER_NOT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\bante|\bimperio\sde|\bmargen\sde|\bfuera\sde|\brango\sde|\bfuerza\sde|\breserva\sde|\bconforme\sa|\barreglo\sa|\bsujet[oa]s?\sa|\bsometid[oa]s?\sa|\bmediante|\bproyecto\sde|\buna?|\btoda?)\s$",
    )
});

/// The heads `nueva` / `anterior` go with (a few, so that the pattern stays small).
const CONTENT_HEAD: &str =
    r"norma|ley|decreto(?:\s(?:supremo|legislativo|de\surgencia))?|resoluci[oó]n|ordenanza|reglamento|dispositivo";

/// A content word right after a head (`la norma vigente`, `la ley derogada`) that picks the
/// newer or the older of the norms just cited; not one that dates the norm (`vigente en`).
static CONTENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s(?:(?P<new>vigente|actual|posterior)|anterior|derogad[oa]|antigu[oa])\b(?P<dated>\s(?:en|al|a|desde|hasta|para|de|del)\b)?",
    )
});

/// The heads [`CONTENT_AFTER`] goes with (lower case, as matched).
static CONTENT_HEAD_ONLY: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"^(?:{CONTENT_HEAD})$")));

/// What after a bare head makes it the start of a full name or number, not a short form.
static BARE_NOT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s(?:(?-i:[A-ZÁÉÍÓÚÑ0-9])|(?i:n[°º.]|nro|n[uú]m|de\s|del\s|sobre\s|para\s|que\s|y\ssu|N\s))|\s?[°º(]|[-–])",
    )
});

/// An alias defined after a mention: `(en adelante, la Ley)`, `(en lo sucesivo, «el Reglamento»)`.
static ALIAS_DEF: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r#"^,?\s?\((?i:en\sadelante|en\slo\ssucesivo)(?:,\s?|\s)(?:(?i:denominad[oa]|llamad[oa])\s)?(?:(?P<det>(?i:la|el))\s)?["“«]?(?P<a>(?-i:[A-ZÁÉÍÓÚ])\p{Latin}+(?:\s(?-i:[A-ZÁÉÍÓÚ])\p{Latin}+)?)["”»]?\)"#,
    )
});

/// Whether `rest` opens as every [`ALIAS_DEF`] does: an optional comma and space, then `(en `
/// in any case. The pattern, tried after every mention, is compiled only in a document that
/// defines an alias.
pub(super) fn opens_alias(rest: &str) -> bool {
    let r = rest.strip_prefix(',').unwrap_or(rest);
    let r = r.strip_prefix(' ').unwrap_or(r);
    r.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("(en "))
}

/// Decisions a `resolución` may refer back to, which are not norms (Tribunal Fiscal, court
/// cases): a short form pointing at one of them is not a short form.
static DECISION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:resoluci[oó]n\sdel\stribunal\sfiscal|(?-i:RTF)|tribunal\sfiscal|expediente|(?-i:STC)|sentencia|casaci[oó]n|acuerdo\splenario|resoluci[oó]n\sn[°º.]?\s?\d{3,5}-[0-9Q]-\d{4})\b",
    )
});

/// Where decisions start in `text`; the pattern runs (and is compiled) only on a text that
/// holds one of the words every decision holds.
fn decisions(text: &str) -> Vec<usize> {
    let lower = text.to_ascii_lowercase();
    let words = ["resoluci", "tribunal", "rtf", "stc", "expediente", "sentencia", "casaci", "plenario"];
    if !words.iter().any(|w| lower.contains(w)) {
        return Vec::new();
    }
    DECISION.find_iter(text).map(|m| m.start()).collect()
}

/// A quotation opened after a law's verb (`dispone que «`): `la presente Ley` inside it is
/// that law.
static QUOTED_LAW: LazyLock<Regex> = LazyLock::new(|| {
    compile(r#"(?i)\s(?:dispon|establec|se[nñ]al|prescrib|indic|precis|estipul)\p{Latin}*(?:\sque)?:?\s?[«“"][^»”"]*$"#)
});

/// An article phrase just before a pronoun (`el artículo 6 de `, `artículo 55 del `), on a
/// lower-cased window ([`article_of`]).
static ARTICLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:art[iíÍ]culos?|arts?\.|art|inciso|numeral|literal)\s?[0-9ivxlc][^\s]*(?:\s(?:inciso|numeral|literal)\s[^\s]+)?\s(?:de|del|de\sla|de\slo)\s?$",
    )
});

/// Whether an article phrase ends just before `at` (the 60 bytes before it, lower-cased so
/// that [`ARTICLE_OF`] needs no `(?i)`, whose prefilter costs more to build than the windows
/// it runs on).
fn article_of(text: &str, at: usize) -> bool {
    ARTICLE_OF.is_match(&lower_keep_offsets(before(text, at, 60)))
}

/// The qualifier a `ley` head names (`la citada ley orgánica` → `organica`).
fn qualifier(head: &str) -> Option<&'static str> {
    let h = canon::fold(head);
    ["organica", "marco", "general"].into_iter().find(|q| h.ends_with(q))
}

/// Country adjectives (folded, without the gender and number ending) and the scope they name.
const COUNTRY_ADJ: &[(&str, &str)] = &[
    ("peruan", "pe"),
    ("chilen", "cl"),
    ("argentin", "ar"),
    ("mexican", "mx"),
    ("colombian", "co"),
    ("espanol", "es"),
    ("ecuatorian", "ec"),
    ("bolivian", "bo"),
    ("brasilen", "br"),
    ("uruguay", "uy"),
    ("venezolan", "ve"),
    ("paraguay", "py"),
    ("costarricense", "cr"),
];

/// A country adjective right after a head (` chilena`, ` española`): its scope and its bytes
/// (with the space).
fn country_adjective(rest: &str) -> Option<(&'static str, usize)> {
    let word = rest.strip_prefix(' ')?;
    let len = word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len());
    let w = canon::fold(&word[..len]);
    let stem = w.strip_suffix('s').unwrap_or(&w);
    let cc =
        COUNTRY_ADJ.iter().find(|(adj, _)| stem == *adj || stem.strip_suffix(['a', 'o']).is_some_and(|x| x == *adj))?;
    Some((cc.1, len + 1))
}

/// Whether a norm of another State fits a head narrowed by a country adjective: its code
/// (`cl:ley:…` → `ley`) must be of the head's kind.
fn foreign_fits(a: Allow, canonical: &str) -> bool {
    let code = canonical.split(':').nth(1).unwrap_or("");
    match a {
        Allow::Any => true,
        Allow::AnyDecree => matches!(code, "decreto" | "rd" | "dl" | "ds" | "dleg" | "dfl"),
        Allow::AnyResolution => code.starts_with("res"),
        Allow::Types(v) => (v.contains(&"ley") && code == "ley") || (v.contains(&"reglamento") && code == "reglamento"),
    }
}

/// What a head allows as antecedent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Allow {
    Types(&'static [&'static str]),
    AnyResolution,
    AnyDecree,
    Any,
}

const DECREES: &[&str] = &[
    "decreto_supremo",
    "decreto_legislativo",
    "decreto_ley",
    "decreto_urgencia",
    "decreto_regional",
    "decreto_alcaldia",
];

/// The types a head allows.
fn allow_of(head: &str) -> Allow {
    let h = canon::fold(head);
    let h = h.as_str();
    let t = |v: &'static [&'static str]| Allow::Types(v);
    match h {
        "ley" | "ley organica" | "ley marco" | "ley general" => t(&["ley"]),
        "decreto" => Allow::AnyDecree,
        "decreto supremo" => t(&["decreto_supremo"]),
        "decreto legislativo" => t(&["decreto_legislativo"]),
        "decreto ley" => t(&["decreto_ley"]),
        "decreto de urgencia" => t(&["decreto_urgencia"]),
        "decreto regional" => t(&["decreto_regional"]),
        "decreto de alcaldia" => t(&["decreto_alcaldia"]),
        "resolucion" => Allow::AnyResolution,
        "resolucion ministerial" => t(&["resolucion_ministerial"]),
        "resolucion viceministerial" | "resolucion vice-ministerial" => t(&["resolucion_viceministerial"]),
        "resolucion directoral" | "resolucion directoral regional" => t(&["resolucion_directoral"]),
        "resolucion suprema" => t(&["resolucion_suprema"]),
        "resolucion jefatural" => t(&["resolucion_jefatural"]),
        "resolucion legislativa" => t(&["resolucion_legislativa", "resolucion_legislativa_congreso"]),
        "resolucion de secretaria general" => t(&["resolucion_secretaria_general"]),
        "resolucion de presidencia ejecutiva" => t(&["resolucion_presidencia_ejecutiva"]),
        "resolucion de consejo directivo" => t(&["resolucion_consejo_directivo"]),
        "resolucion de alcaldia" | "resolucion ejecutiva regional" => t(&["resolucion"]),
        "ordenanza" => t(&["ordenanza_municipal", "ordenanza_regional"]),
        "ordenanza regional" => t(&["ordenanza_regional"]),
        "ordenanza municipal" => t(&["ordenanza_municipal"]),
        "reglamento" => t(&["reglamento"]),
        "texto unico ordenado" | "tuo" => t(&["tuo"]),
        "directiva" => t(&["directiva"]),
        "codigo" => t(&["codigo"]),
        "acuerdo" => t(&["acuerdo_consejo_regional", "acuerdo_concejo_municipal"]),
        "acuerdo de concejo" => t(&["acuerdo_concejo_municipal"]),
        "acuerdo de consejo regional" | "acuerdo regional" => t(&["acuerdo_consejo_regional"]),
        "norma tecnica" => t(&["norma_tecnica"]),
        "carta magna" | "carta politica" | "carta fundamental" | "texto constitucional" => t(&["constitucion"]),
        "convenio" | "convencion" | "tratado" => t(&["tratado"]),
        "decision" => t(&["resolucion_internacional"]),
        _ => Allow::Any,
    }
}

fn allows(a: Allow, ty: &str) -> bool {
    match a {
        Allow::Types(v) => v.contains(&ty),
        Allow::AnyResolution => ty.starts_with("resolucion"),
        Allow::AnyDecree => DECREES.contains(&ty),
        Allow::Any => true,
    }
}

/// Grammatical gender of a norm's head (for `la misma` / `el mismo`): `true` = feminine.
fn feminine(ty: &str, surface: &str) -> bool {
    match ty {
        "ley"
        | "ordenanza_municipal"
        | "ordenanza_regional"
        | "directiva"
        | "norma_tecnica"
        | "constitucion"
        | "resolucion_internacional" => true,
        t if t.starts_with("resolucion") => true,
        "tratado" | "norma_extranjera" | "instrumento_internacional" => {
            let f = canon::fold(surface.split(' ').next().unwrap_or(""));
            matches!(f.as_str(), "ley" | "convencion" | "carta" | "declaracion" | "decision" | "resolucion")
        }
        _ => false,
    }
}

/// A norm seen so far in the document (a full mention or a resolved short form).
#[derive(Debug, Clone)]
struct Seen {
    text: usize,
    at: usize,
    end: usize,
    ty: &'static str,
    canonical: String,
    mention: (usize, usize),
    feminine: bool,
    decision: bool,
    /// The mention's surface, folded (for modifiers that narrow: `ley orgánica`).
    surface: String,
    /// A full mention (not a resolved short form).
    full: bool,
    /// A full mention that is its whole text (a heading: `ORDENANZA N° 012-2023-MDSJL`).
    heading: bool,
}

/// A short form before resolution, in prepared byte offsets.
struct Raw {
    start: usize,
    end: usize,
    allow: Allow,
    kind: ShortKind,
    /// Pronoun gender.
    fem: Option<bool>,
    /// An alias name.
    alias: Option<String>,
    /// Where the article search looks back from.
    marker: usize,
    /// A qualifier that narrows a `ley` head (`organica`).
    qualifier: Option<&'static str>,
    /// The scope a country adjective after the head names (`la citada ley chilena` → `cl`).
    country: Option<&'static str>,
    /// The country adjective is the only marker (`la norma española`): a short form only
    /// where norms of another State are cited too.
    contrast: bool,
    /// How the antecedent is chosen beyond type and distance.
    pick: Pick,
}

/// How a raw short form picks its antecedent among the compatible norms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    /// The nearest (in the document).
    Nearest,
    /// The n-th (1-based) of the norms listed just before, in the same text.
    Ordinal(usize),
    /// The only norm of its kind in the same text (none, or several: not a short form).
    Unique,
    /// The nearest in the same text, when it holds two or more of its kind.
    Newer,
    /// The one before the nearest in the same text.
    Older,
    /// The nearest in the same text.
    SameText,
}

fn overlaps_any(cands: &[Cand], s: usize, e: usize) -> bool {
    cands.iter().any(|c| c.start < e && s < c.end)
}

/// The aliases defined in a text: (alias lower-cased, position, candidate index).
fn aliases(text: &str, cands: &[Cand]) -> Vec<(String, usize, usize, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        if c.implied {
            continue;
        }
        let Some(rest) = text.get(c.end..) else { continue };
        if let Some(m) = opens_alias(rest).then(|| ALIAS_DEF.captures(rest)).flatten() {
            let (Some(a), Some(all)) = (m.name("a"), m.get(0)) else { continue };
            // The mention the alias's head allows, the outermost of those ending here (`el
            // Reglamento de la Ley N° 30225 (en adelante, el Reglamento)` is the regulation's).
            let allow = allow_of(a.as_str());
            let fits = |d: &Cand| !d.implied && d.end == c.end && allows(allow, d.ty);
            // When none fits, every mention ending there defines it (the innermost last).
            let any_fits = cands.iter().any(fits);
            if any_fits && (!fits(c) || cands.iter().any(|d| fits(d) && d.start < c.start)) {
                continue;
            }
            out.push((canon::fold(a.as_str()), c.end, k, c.end..c.end + all.end()));
        }
    }
    out
}

fn raw_forms(text: &str, cands: &[Cand], alias_names: &[String]) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    // Forms that take their antecedent from the same text need a mention there (most texts
    // have none).
    let local_forms = !cands.is_empty();
    let lower = lower_keep_offsets(text);
    for c in SHORT.captures_iter(&lower) {
        let Some(all) = c.get(0).map(|m| m.range()) else { continue };
        let g = |name: &str| c.name(name).map(|m| m.range());
        let content_after = || -> Option<(Range<usize>, bool)> {
            let (head, _) = (g("head")?, g("det")?);
            if g("pre").is_some() || g("post").is_some() || g("self").is_some() || !local_forms {
                return None;
            }
            let h = CONTENT_AFTER.captures(&lower[head.end..]).filter(|h| h.name("dated").is_none())?;
            let h_end = h.get(0)?.end();
            CONTENT_HEAD_ONLY.is_match(&lower[head.clone()]).then_some(())?;
            Some((head.end..head.end + h_end, h.name("new").is_some()))
        };
        let raw = if let Some((adj, newer)) = content_after() {
            // `la norma vigente`, `la ley derogada`: a head with its content word after it.
            let head = g("head").unwrap_or(adj.clone());
            local_form(text, all.start..adj.end, Local::Content(head, newer))
        } else if let Some(head) = g("head") {
            let marks = Marks { pre: g("pre"), det: g("det"), is_self: g("self").is_some(), post: g("post") };
            headed(text, all, head, &marks, alias_names, local_forms)
        } else if let Some(p) = g("p").or_else(|| g("acc")) {
            pronoun(text, p)
        } else if local_forms {
            let shape = if let Some(o) = g("o") {
                Local::Ordinal(o, g("of").is_some())
            } else if let Some(a) = g("adj") {
                Local::Elided(a)
            } else if let Some(h) = g("chead") {
                Local::Content(h, g("new").is_some())
            } else if g("prev").is_some() {
                Local::Previous
            } else {
                continue;
            };
            local_form(text, all, shape)
        } else {
            None
        };
        if let Some(r) = raw {
            if !overlaps_any(cands, r.start, r.end) && !out.iter().any(|o| o.start < r.end && r.start < o.end) {
                out.push(r);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// What stands around a head matched by [`SHORT`] (byte ranges in the text).
struct Marks {
    /// A marker before the head (`la citada`, `dicho`).
    pre: Option<Range<usize>>,
    /// The determiner of an unmarked head.
    det: Option<Range<usize>>,
    /// `la presente`.
    is_self: bool,
    /// A marker after the head (`en mención`).
    post: Option<Range<usize>>,
}

/// The shapes whose antecedent is in the same text.
enum Local {
    /// `la primera`, and whether `de ellas` follows.
    Ordinal(Range<usize>, bool),
    /// `la directoral`: the adjective.
    Elided(Range<usize>),
    /// `la nueva norma`: the head, and whether it asks for the newer norm.
    Content(Range<usize>, bool),
    /// `la anterior` used alone: the norm of its gender before the nearest one.
    Previous,
}

/// A raw short form of `kind` over `start..end` taking the nearest compatible norm.
fn nearest(start: usize, end: usize, head: &str, kind: ShortKind) -> Raw {
    Raw {
        start,
        end,
        allow: allow_of(head),
        kind,
        fem: None,
        alias: None,
        marker: start,
        qualifier: qualifier(head),
        country: None,
        contrast: false,
        pick: Pick::Nearest,
    }
}

/// A raw short form picked within its own text.
fn local(start: usize, end: usize, allow: Allow, kind: ShortKind, fem: Option<bool>, pick: Pick) -> Raw {
    Raw {
        start,
        end,
        allow,
        kind,
        fem,
        alias: None,
        marker: start,
        qualifier: None,
        country: None,
        contrast: false,
        pick,
    }
}

/// A head with its determiner: marked (`la citada Ley`, `la norma en mención`, `la presente
/// Ley`) or bare (`la Ley`, `la ley`, `la norma` after an article phrase).
fn headed(
    text: &str,
    all: Range<usize>,
    head: Range<usize>,
    m: &Marks,
    alias_names: &[String],
    local_forms: bool,
) -> Option<Raw> {
    let h = &text[head.clone()];
    // `tuo` is a head only as the acronym.
    if h.eq_ignore_ascii_case("tuo") && h != "TUO" {
        return None;
    }
    let start = all.start + skip_det(&text[all.clone()]);
    if let Some(pre) = &m.pre {
        // `esta norma` / `este decreto` as a self-reference inside a quoted norm is rare;
        // `esta ley` in prose about laws in general is not a back-reference to one.
        if matches!(canon::fold(&text[pre.clone()]).as_str(), "esta" | "este")
            && !matches!(
                canon::fold(h).as_str(),
                "norma"
                    | "dispositivo"
                    | "disposicion"
                    | "ley"
                    | "ley organica"
                    | "ley marco"
                    | "ley general"
                    | "decreto"
                    | "reglamento"
                    | "resolucion"
                    | "ordenanza"
                    | "directiva"
                    | "decreto supremo"
                    | "decreto legislativo"
                    | "decreto de urgencia"
            )
        {
            return None;
        }
        let mut raw = nearest(start, head.end, h, ShortKind::Anaphoric);
        // `la citada ley chilena`: the adjective is part of the form and names the scope.
        if let Some((cc, len)) = country_adjective(&text[head.end..]) {
            raw.end = head.end + len;
            raw.country = Some(cc);
        }
        return Some(raw);
    }
    if m.is_self {
        return Some(nearest(start, head.end, h, ShortKind::SelfRef));
    }
    if let Some(post) = &m.post {
        // `la norma referida a la protección …` is about something, not a back-reference.
        let rest = &text[post.end..];
        if text[post.clone()].starts_with("referid") && (rest.starts_with(" a ") || rest.starts_with(" al ")) {
            return None;
        }
        return Some(nearest(start, post.end, h, ShortKind::Anaphoric));
    }
    let det = &text[m.det.clone()?];
    if !matches!(det, "la" | "La" | "el" | "El" | "del" | "al") {
        return None;
    }
    // `la norma española`, `la ley peruana`: a country adjective alone picks among norms of
    // different States (docs §10.3, rule 3); where only one State's norms are cited it is
    // generic (`la ley peruana protege …`), which resolution checks.
    if let Some((cc, len)) = country_adjective(&text[head.end..]) {
        let raw = nearest(start, head.end + len, h, ShortKind::Anaphoric);
        return Some(Raw { country: Some(cc), contrast: true, ..raw });
    }
    // A bare capitalised head; a head ending its text may have its number in the next block
    // (`la Ley` / `N° …`).
    if let Some(n) = head_prefix(h, BARE_HEADS) {
        let end = head.start + n;
        if BARE_NOT_AFTER.is_match(&text[end..]) || text[end..].trim().is_empty() {
            return None;
        }
        let folded = canon::fold(&h[..n]);
        let alias = alias_names.iter().find(|a| **a == folded).cloned();
        let kind = if alias.is_some() { ShortKind::Alias } else { ShortKind::Bare };
        return Some(Raw { alias, ..nearest(start, end, &h[..n], kind) });
    }
    if !local_forms {
        return None;
    }
    if let Some(n) = head_prefix(h, LOWER_HEADS) {
        let end = head.start + n;
        if LOWER_NOT_AFTER.is_match(&text[end..])
            || LOWER_NOT_AFTER.is_match(past_incise(&text[end..]))
            || text[end..].trim().is_empty()
            || LOWER_NOT_BEFORE.is_match(before(text, all.start, 40))
        {
            return None;
        }
        return Some(local(start, end, allow_of(&h[..n]), ShortKind::Bare, None, Pick::Unique));
    }
    // `el artículo 3 de la norma`: an article belongs to a norm, the nearest in the text.
    let n = head_prefix(h, ARTICLE_HEADS)?;
    let end = head.start + n;
    let article_det = if h.starts_with("norma") { "la" } else { "el" };
    if det != article_det || !article_of(text, all.start) || LOWER_NOT_AFTER.is_match(&text[end..]) {
        return None;
    }
    Some(local(all.start, end, Allow::Any, ShortKind::Bare, None, Pick::SameText))
}

/// What follows a short incise between commas (`la ley, como se sabe, no puede …` → ` no
/// puede …`): the predicate a generic use is recognised by; `rest` itself when there is none.
fn past_incise(rest: &str) -> &str {
    let Some(inner) = rest.strip_prefix(", ") else { return rest };
    match inner.find([',', '.', ';']) {
        Some(i) if i <= 40 && inner[i..].starts_with(',') => &inner[i + 1..],
        _ => rest,
    }
}

/// Bytes of the longest phrase of `heads` that `head` starts with, word for word, case as
/// written and accents ignored.
fn head_prefix(head: &str, heads: &[&str]) -> Option<usize> {
    let plain: String = head
        .chars()
        .map(|ch| match ch {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' => 'u',
            'Á' => 'A',
            'É' => 'E',
            'Í' => 'I',
            'Ó' => 'O',
            'Ú' => 'U',
            c => c,
        })
        .collect();
    let words = heads
        .iter()
        .filter(|h| plain.starts_with(**h) && plain[h.len()..].chars().next().is_none_or(|ch| ch == ' '))
        .map(|h| h.split(' ').count())
        .max()?;
    // The same number of words of the original text (accents change byte lengths).
    Some(head.split(' ').take(words).map(str::len).sum::<usize>() + words - 1)
}

/// `la misma`, `esta última`: used alone (followed by punctuation, a function word or a
/// verb), or after an article phrase (`el artículo 6 de la misma`).
fn pronoun(text: &str, p: Range<usize>) -> Option<Raw> {
    let surface = &text[p.clone()];
    let start = p.start + skip_det(surface);
    // `el artículo 6 del mismo`: the article phrase ends with the contraction's `de`, so it
    // is looked for before the pronoun proper.
    if !PRONOUN_NEXT.is_match(&text[p.end..]) && !article_of(text, start) && !subject_of_verb(text, p.clone()) {
        return None;
    }
    let fem = canon::fold(surface).ends_with('a');
    Some(local(start, p.end, Allow::Any, ShortKind::Pronoun, Some(fem), Pick::Nearest))
}

/// Ordinals, elided heads and heads with `nueva` / `anterior`: forms whose antecedent is in
/// the same text.
fn local_form(text: &str, all: Range<usize>, shape: Local) -> Option<Raw> {
    let start = all.start + skip_det(&text[all.clone()]);
    let rest = &text[all.end..];
    match shape {
        Local::Ordinal(o, of) => {
            let f = canon::fold(&text[o.clone()]);
            let plural = plural_norms_before(text, all.start, f.ends_with('a')) && !NOUN_OF.is_match(rest);
            if !of && !PRONOUN_NEXT.is_match(rest) && !paired_ordinal(text, o.clone()) && !plural {
                return None;
            }
            let n = if f.starts_with("prim") {
                1
            } else if f.starts_with("seg") {
                2
            } else {
                3
            };
            // After `ambas normas` the ordinal agrees with `normas`, not with the norms' heads.
            let fem = (!plural).then_some(f.ends_with('a'));
            Some(local(start, all.end, Allow::Any, ShortKind::Pronoun, fem, Pick::Ordinal(n)))
        }
        Local::Elided(a) => {
            if !PRONOUN_NEXT.is_match(rest) {
                return None;
            }
            let allow = allow_of(&format!("resolucion {}", canon::fold(&text[a])));
            Some(local(start, all.end, allow, ShortKind::Bare, None, Pick::SameText))
        }
        Local::Content(h, newer) => {
            if BARE_NOT_AFTER.is_match(rest) || LOWER_NOT_AFTER.is_match(rest) {
                return None;
            }
            let pick = if newer { Pick::Newer } else { Pick::Older };
            Some(local(start, all.end, allow_of(&text[h]), ShortKind::Anaphoric, None, pick))
        }
        Local::Previous => {
            if !PRONOUN_NEXT.is_match(rest) {
                return None;
            }
            let fem = canon::fold(&text[all.clone()]).starts_with("la ");
            Some(local(start, all.end, Allow::Any, ShortKind::Pronoun, Some(fem), Pick::Older))
        }
    }
}

/// A plural noun phrase of norms (`ambas normas`, `dichos decretos`, `las dos leyes`): group
/// `n` is the noun.
static PLURAL_NORMS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:ambas|ambos|dich[oa]s|est[oa]s|tales|l[oa]s\s(?:dos|tres)|l[oa]s\s(?:citad|referid|mencionad|acotad)[oa]s)\s(?P<n>normas|leyes|resoluciones|ordenanzas|disposiciones|directivas|decretos|dispositivos|reglamentos)\b",
    )
});

/// A noun and its complement right after an ordinal (`la primera etapa de …`): not a pronoun.
static NOUN_OF: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s[a-záéíóúñü]+\s(?:de|del)\b"));

/// Whether a plural noun phrase of norms of the ordinal's gender (`Ambas normas …; la primera
/// …`) stands before `at` in the same sentence, within 200 bytes: the ordinal picks among them.
fn plural_norms_before(text: &str, at: usize, fem: bool) -> bool {
    let window = before(text, at, 200);
    let window = &window[window.rfind(". ").map_or(0, |i| i + 2)..];
    if !Gate::new(window).has_ci("s ") {
        return false;
    }
    PLURAL_NORMS.captures_iter(window).any(|c| {
        c.name("n").is_some_and(|n| {
            let n = canon::fold(n.as_str());
            let noun_fem = !(n.starts_with("decreto") || n.starts_with("dispositivo") || n.starts_with("reglamento"));
            noun_fem == fem
        })
    })
}

/// A verb and the start of its object right after an ordinal (`la primera organiza el …`,
/// `el segundo norma la …`): a lower-case word, then an article, possessive or quantifier
/// (`conserva algunos artículos`).
static VERB_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s(?P<w>[a-záéíóúñü]+)\s(?:el|la|los|las|lo|un|una|su|sus|al|a\sl[oa]s?|algun[oa]s|vari[oa]s|diversos|diversas)\s",
    )
});

/// A preposition right before a pronoun: it is then no subject (`de la misma manera los …`).
static PREPOSITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:a|ante|bajo|con|contra|de|desde|durante|en|entre|hacia|hasta|mediante|para|por|seg[uú]n|sin|sobre|tras)\s$",
    )
});

/// Whether a pronoun (`esta última`, `la misma`, not `del mismo`) is the subject of a verb
/// with its object (`aunque esta última conserva algunos artículos`): a lower-case word, then
/// an article or quantifier, and no preposition before the pronoun (a noun in the verb's
/// place — `de la misma manera los …` — comes after one).
fn subject_of_verb(text: &str, p: Range<usize>) -> bool {
    let surface = canon::fold(&text[p.clone()]);
    !surface.starts_with("del ")
        && !surface.starts_with("al ")
        && VERB_OBJECT.is_match(&text[p.end..])
        && !PREPOSITION_BEFORE.is_match(before(text, p.start, 30))
}

/// Whether an ordinal followed by a verb and its object (not in [`PRONOUN_NEXT`]'s list) is
/// one of a distributive pair (`la primera organiza el Ejecutivo y la segunda los gobiernos
/// regionales`): the other ordinal of the pair (`primero` with `segundo` / `tercero`), of the
/// same gender, lies in the same sentence within 200 bytes, is used alone itself, and is not
/// followed by the same word (`la primera etapa … la segunda etapa`: a noun both times).
fn paired_ordinal(text: &str, o: Range<usize>) -> bool {
    let Some(c) = VERB_OBJECT.captures(&text[o.end..]) else { return false };
    let Some(word) = c.name("w").map(|w| w.as_str()) else { return false };
    let f = canon::fold(&text[o.clone()]);
    let (fem, first) = (f.ends_with('a'), f.starts_with("prim"));
    let art = if fem { "la " } else { "el " };
    let others: &[&str] = match (first, fem) {
        (true, true) => &["segunda", "tercera"],
        (true, false) => &["segundo", "tercero"],
        (false, true) => &["primera"],
        (false, false) => &["primero"],
    };
    // The sentence around the ordinal, at most 200 bytes either side.
    let (a, b) = (o.start.saturating_sub(200), (o.end + 200).min(text.len()));
    let (a, b) = (ceil_boundary(text, a), ceil_boundary(text, b));
    let before = &text[a..o.start];
    // A semicolon often splits the pair (`la primera fija …; la segunda organiza …`).
    let before = &before[before.rfind('.').map_or(0, |i| i + 1)..];
    let after = &text[o.end..b];
    let after = &after[..after.find('.').unwrap_or(after.len())];
    let window = if first { after } else { before };
    let lower = window.to_lowercase();
    others.iter().any(|other| {
        let want = format!("{art}{other}");
        lower.match_indices(&want).any(|(i, m)| {
            let tail = &lower[i + m.len()..];
            let starts_word = lower[..i].chars().next_back().is_none_or(|ch| !ch.is_alphanumeric());
            let alone = PRONOUN_NEXT.is_match(tail) || VERB_OBJECT.is_match(tail);
            let same_noun = tail.trim_start().split(|ch: char| !ch.is_alphanumeric()).next() == Some(word);
            starts_word && alone && !same_noun
        })
    })
}

/// The first character boundary at or after `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Bytes of a leading `del ` / `al ` contraction to leave out of the span (`del citado
/// Decreto` → `citado Decreto`; `la citada Ley` keeps its article).
fn skip_det(s: &str) -> usize {
    let f = s.to_lowercase();
    if f.starts_with("del ") {
        4
    } else if f.starts_with("al ") {
        3
    } else {
        0
    }
}

/// The short forms of a document's texts (`cands[i]` are the final candidates of
/// `texts[i]`, sorted by start).
pub fn find(texts: &[&Prepared], cands: &[Vec<Cand>]) -> Vec<Vec<ShortForm>> {
    let mut seen: Vec<Seen> = Vec::new();
    let mut defined: Vec<(String, Seen)> = Vec::new();
    let mut out = Vec::with_capacity(texts.len());
    for (ti, (p, cs)) in texts.iter().zip(cands).enumerate() {
        let text: &str = &p.text;
        let defs = aliases(text, cs);
        let mut names: Vec<String> = defined.iter().map(|d| d.0.clone()).collect();
        names.extend(defs.iter().map(|d| d.0.clone()));
        let raws = raw_forms(text, cs, &names);
        let decisions = decisions(text);
        // Mentions, decisions and short forms of this text, in order of position.
        let mut events: Vec<(usize, u8, usize)> = Vec::new();
        events.extend(cs.iter().enumerate().filter(|(_, c)| !c.implied).map(|(k, c)| (c.start, 0u8, k)));
        events.extend(decisions.iter().enumerate().map(|(k, &d)| (d, 1u8, k)));
        events.extend(raws.iter().enumerate().map(|(k, r)| (r.start, 2u8, k)));
        events.sort();
        let mut found: Vec<ShortForm> = Vec::new();
        for (_, what, k) in events {
            match what {
                0 => {
                    let c = &cs[k];
                    let surface = text.get(c.start..c.end).unwrap_or("");
                    let s = Seen {
                        text: ti,
                        at: c.start,
                        end: c.end,
                        ty: c.ty,
                        canonical: c.canonical.clone(),
                        mention: (ti, k),
                        feminine: feminine(c.ty, surface),
                        decision: false,
                        surface: canon::fold(surface),
                        full: true,
                        heading: own_line(text, p.breaks(), c.start, c.end),
                    };
                    for d in defs.iter().filter(|d| d.2 == k) {
                        defined.push((d.0.clone(), s.clone()));
                    }
                    seen.push(s);
                }
                1 => seen.push(Seen {
                    text: ti,
                    at: decisions[k],
                    end: decisions[k],
                    ty: "resolucion",
                    canonical: String::new(),
                    mention: (ti, 0),
                    feminine: true,
                    decision: true,
                    surface: String::new(),
                    full: true,
                    heading: false,
                }),
                _ => {
                    let r = &raws[k];
                    if let Some(sf) = resolve(text, ti, r, &seen, &defined) {
                        if let Some(a) = &sf.1 {
                            seen.push(Seen { at: r.start, end: r.end, decision: false, full: false, ..a.clone() });
                        }
                        found.push(to_short(p, r, sf.1.as_ref(), sf.0));
                    }
                }
            }
        }
        out.push(found);
    }
    out
}

/// The antecedent of a raw short form: `Some((kind, antecedent))` when it is a short form,
/// `None` when it is not one at all.
fn resolve(
    text: &str,
    ti: usize,
    r: &Raw,
    seen: &[Seen],
    defined: &[(String, Seen)],
) -> Option<(ShortKind, Option<Seen>)> {
    if let Some(a) = &r.alias {
        let d = defined.iter().rev().find(|d| &d.0 == a).map(|d| d.1.clone());
        if d.is_some() {
            return Some((ShortKind::Alias, d));
        }
    }
    if r.pick != Pick::Nearest {
        return pick(text, ti, r, seen).map(|a| (r.kind, Some(a)));
    }
    match r.kind {
        ShortKind::SelfRef => {
            // The norm whose words are quoted: `La Ley N° 30364 dispone que «la presente Ley …`.
            let back = before(text, r.start, 300);
            if QUOTED_LAW.is_match(back) {
                let ante = seen.iter().rev().find(|s| s.text == ti && !s.decision && allows(r.allow, s.ty)).cloned();
                return Some((ShortKind::SelfRef, ante));
            }
            // The norm's own heading: the document opens with a text that is only a mention
            // of a type the head allows (`ORDENANZA N° 012-2023-MDSJL` … `La presente
            // Ordenanza`).
            let own = seen.iter().find(|s| !s.decision).filter(|s| s.full && s.heading && allows(r.allow, s.ty));
            Some((ShortKind::SelfRef, own.cloned()))
        }
        ShortKind::Pronoun => {
            // The nearest norm in the same text, close by, of the pronoun's gender, with no
            // other noun phrase of that gender in between.
            let last = seen.iter().rev().find(|s| s.text == ti)?;
            let after_article = article_of(text, r.start);
            if last.decision || r.start.saturating_sub(last.at) > 400 {
                return None;
            }
            if Some(last.feminine) != r.fem && !after_article {
                return None;
            }
            let gap = text.get(last.end.min(r.start)..r.start).unwrap_or("");
            if article_of(text, r.start) {
                // `el artículo 6 de la misma`: articles belong to norms; the nearest norm of
                // the pronoun's gender.
                let ante = seen.iter().rev().find(|s| s.text == ti && !s.decision && Some(s.feminine) == r.fem)?;
                return Some((ShortKind::Pronoun, Some(ante.clone())));
            }
            // Another noun of the gender in between leaves the pronoun to it, unless what the
            // pronoun does is what norms do (`…; la misma establece …`, `la misma fue
            // publicada …`) in the same sentence.
            // `esta última` picks the last of norms listed together: a noun after the list
            // is no rival (`la R.M. … y la R.J. … regulan la certificación. Que, esta última …`).
            let rest = &text[r.end..];
            if latter(text, r, last, seen, ti) {
                return Some((ShortKind::Pronoun, Some(last.clone())));
            }
            // Across a sentence end only what norms alone do (`… UIT. La misma se publicó en
            // el diario oficial`) keeps it; a relative `, el mismo que …` always belongs to the
            // noun just before it (`se aprobó el Plan …, el mismo que establece`).
            let relative = rest.starts_with(" que ");
            if other_noun_between(gap, last.feminine, relative)
                && (relative || gap.contains(". ") || !NORM_PREDICATE.is_match(rest))
                && !NORM_ONLY_PREDICATE.is_match(rest)
            {
                return None;
            }
            Some((ShortKind::Pronoun, Some(last.clone())))
        }
        ShortKind::Bare | ShortKind::Alias => {
            let ante = seen.iter().rev().find(|s| allows(r.allow, s.ty))?;
            if ante.decision {
                return None;
            }
            Some((ShortKind::Bare, Some(ante.clone())))
        }
        ShortKind::Anaphoric if r.country.is_some() => {
            // A country adjective narrows to that country's norms; none such, no antecedent
            // (never a norm of another scope).
            let cc = r.country.unwrap_or("pe");
            let of_cc = |s: &Seen| s.canonical.strip_prefix(cc).is_some_and(|x| x.starts_with(':'));
            let fits = |s: &&Seen| {
                !s.decision
                    && of_cc(s)
                    && if cc == "pe" { allows(r.allow, s.ty) } else { foreign_fits(r.allow, &s.canonical) }
            };
            let ante = seen.iter().rev().find(fits).cloned();
            // The adjective alone marks a short form only where it tells States apart.
            if r.contrast && (ante.is_none() || !seen.iter().any(|s| !s.decision && !of_cc(s))) {
                return None;
            }
            Some((ShortKind::Anaphoric, ante))
        }
        ShortKind::Anaphoric => {
            let narrowed =
                r.qualifier.and_then(|q| seen.iter().rev().find(|s| allows(r.allow, s.ty) && s.surface.contains(q)));
            let ante = narrowed.or_else(|| seen.iter().rev().find(|s| allows(r.allow, s.ty))).cloned();
            if ante.as_ref().is_some_and(|a| a.decision) {
                return None;
            }
            Some((ShortKind::Anaphoric, ante))
        }
    }
}

/// The antecedent of a short form picked by position (ordinals), uniqueness (lower-case bare
/// heads) or age (`la nueva norma`), all within the same text; `None`: not a short form.
fn pick(text: &str, ti: usize, r: &Raw, seen: &[Seen]) -> Option<Seen> {
    // `seen` is in document order: this text's norms are its tail.
    let mut here: Vec<&Seen> = seen
        .iter()
        .rev()
        .take_while(|s| s.text == ti)
        .filter(|s| !s.decision && s.at < r.start && allows(r.allow, s.ty))
        .filter(|s| r.pick != Pick::Older || r.fem.is_none_or(|f| s.feminine == f))
        .collect();
    here.reverse();
    // Distinct norms, most recent first.
    let mut distinct: Vec<&Seen> = Vec::new();
    for s in here.iter().rev() {
        if !distinct.iter().any(|d| d.canonical == s.canonical) {
            distinct.push(s);
        }
    }
    match r.pick {
        Pick::Ordinal(n) => {
            // The norms listed in the sentence of the last of them: the n-th of all of them
            // when it agrees with the ordinal's gender (`La Ley … y el Decreto Legislativo …;
            // la primera … y el segundo …`), else the n-th of the ordinal's gender.
            let all: Vec<&Seen> = here.iter().copied().filter(|s| s.full).collect();
            let mixed = listed(text, r.start, &all);
            if let Some(s) = mixed.get(n - 1).filter(|s| mixed.len() >= 2 && r.fem.is_none_or(|f| s.feminine == f)) {
                return Some((*s).clone());
            }
            let same: Vec<&Seen> = all.into_iter().filter(|s| Some(s.feminine) == r.fem).collect();
            let group = listed(text, r.start, &same);
            (group.len() >= 2 && n <= group.len()).then(|| group[n - 1].clone())
        }
        Pick::Unique => (distinct.len() == 1).then(|| distinct[0].clone()),
        Pick::SameText => distinct.first().map(|s| (*s).clone()),
        Pick::Newer | Pick::Older => {
            // The two latest norms of the kind; `nueva` / `anterior` speak of time, so their
            // dates or numbers decide when both have them (`La Ley N° 31572 sustituyó a la Ley
            // N° 30036. La anterior …`), else the order of the text.
            let (near, far) = (distinct.first()?, distinct.get(1)?);
            let near_is_newer = match (age(&near.canonical), age(&far.canonical)) {
                (Some(a), Some(b)) if a.0 == b.0 && a.1 != b.1 => a.1 > b.1,
                _ => true,
            };
            let newer = if near_is_newer { near } else { far };
            let older = if near_is_newer { far } else { near };
            Some(if r.pick == Pick::Newer { (*newer).clone() } else { (*older).clone() })
        }
        Pick::Nearest => None,
    }
}

/// Whether `start..end` of a text is a heading: a line of its own (the text or a line break
/// before it, and after it, past a `.` or `:`, the text's end or a line break), or a title in
/// capitals that opens the text, closed by `.` or `:` (`ORDENANZA MUNICIPAL N° 045-2024-MDCC.
/// Artículo 1.- …`, a heading run into its first article).
fn own_line(text: &str, breaks: &[usize], start: usize, end: usize) -> bool {
    let opens_text = text[..start].trim().is_empty();
    let capitals = |s: &str| s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase);
    if opens_text && capitals(&text[start..end]) && text[end..].starts_with(['.', ':']) {
        return true;
    }
    line_of_its_own(text, breaks, start, end)
}

/// [`own_line`]'s first case: `start..end` is a line of its own.
fn line_of_its_own(text: &str, breaks: &[usize], start: usize, end: usize) -> bool {
    let opens =
        text[..start].trim().is_empty() || start.checked_sub(1).is_some_and(|b| breaks.binary_search(&b).is_ok());
    let rest = text[end..].trim_start_matches(['.', ':']);
    let at = text.len() - rest.len();
    let closes = rest.trim().is_empty() || breaks.binary_search(&at).is_ok();
    opens && closes
}

/// The norms of `full` (in text order) listed together just before `at`: the last within 400
/// bytes and those before it with no sentence end and at most 200 bytes between, each norm
/// once.
fn listed<'a>(text: &str, at: usize, full: &[&'a Seen]) -> Vec<&'a Seen> {
    let Some(last) = full.last() else { return Vec::new() };
    if at.saturating_sub(last.end) > 400 {
        return Vec::new();
    }
    let mut first = full.len() - 1;
    while first > 0 {
        let gap = text.get(full[first - 1].end..full[first].at).unwrap_or("");
        if gap.len() > 200 || gap.contains(". ") {
            break;
        }
        first -= 1;
    }
    let mut group: Vec<&Seen> = full[first..].to_vec();
    group.dedup_by(|a, b| a.canonical == b.canonical);
    group
}

/// When a norm was given, as far as its id says: its code and (year, number) — laws and
/// decrees without a year are numbered in one series through time (`pe:ley:30036` is older
/// than `pe:ley:31572`), the others by `NNN-YYYY`.
fn age(canonical: &str) -> Option<(&str, (u32, u32))> {
    let mut parts = canonical.split(':');
    let (_, code, key) = (parts.next()?, parts.next()?, parts.next()?);
    let mut seg = key.split('-');
    let number: u32 = seg.next()?.parse().ok()?;
    let year: u32 = match seg.next() {
        Some(y) => y.parse().ok().filter(|y| (1800..=2100).contains(y))?,
        None => 0,
    };
    Some((code, (year, number)))
}

/// Right after a pronoun: a predicate only a norm takes (`establece`, `dispone`, `fue
/// publicada`, `entró en vigencia`), not a relative (`la misma que`).
static NORM_PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^\s(?:establece|dispone|se[nñ]ala|regula|prev[eé]|estipula|precisa|prescribe|preceptúa|deroga|modifica|entr[oó]\sen\svig(?:encia|or)|(?:fue|ha\ssido)\s(?:publicad|promulgad|derogad|modificad|reglamentad)[oa]){WORD_END}",
    ))
});

/// What only a norm does (is published in the gazette, promulgated, repealed, regulated,
/// comes into force), after a pronoun: it names the norm even past a sentence end and another
/// noun of its gender.
static NORM_ONLY_PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^\s(?:(?:se|fue|ha\ssido)\s(?:(?:promulg|derog|reglament)\p{{Latin}}*|public\p{{Latin}}*\sen\s(?:el\s|la\s)?(?:diario|edici[oó]n|gaceta|separata))|entr[oó]\sen\svig(?:encia|or)){WORD_END}",
    ))
});

/// Whether a pronoun `esta última` / `este último` takes `last`: the last of two or more full
/// mentions listed together in its text.
fn latter(text: &str, r: &Raw, last: &Seen, seen: &[Seen], ti: usize) -> bool {
    let surface = canon::fold(text.get(r.start..r.end).unwrap_or(""));
    if !surface.contains("ultim") || !last.full {
        return false;
    }
    let full: Vec<&Seen> = seen.iter().filter(|s| s.text == ti && s.full && !s.decision && s.at < r.start).collect();
    let group = listed(text, r.start, &full);
    group.len() >= 2 && group.last().is_some_and(|g| g.canonical == last.canonical)
}

/// Whether `gap` (from a mention's start to a pronoun) holds another noun phrase of the
/// pronoun's gender after the mention (`…, una estrategia que …, la misma`). A possessive
/// phrase (`su composición`) belongs to the norm itself and does not count.
fn other_noun_between(gap: &str, fem: bool, any_case: bool) -> bool {
    static FEM: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:una|la|esta|dicha|otra)\s(?-i:[a-záéíóúñ]{4,})"));
    static MASC: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:un|el|este|dicho|otro)\s(?-i:[a-záéíóúñ]{4,})"));
    // A predicate noun (`La Ley N° 28611 es la norma ordenadora …`) is the norm itself.
    static COPULA_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:es|era|fue|ser[aá]|ser[ií]a|constituye|constituy[oó])\s$"));
    // A noun governed by a preposition (`… como lengua oficial en la región. La misma …`) is
    // no subject for the pronoun to pick up.
    static PREPOSITION: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:a|con|de|desde|en|entre|hacia|hasta|para|por|sin|sobre|tras)\s$"));
    // Before a relative `, el mismo que` a name counts too (`el Plan Nacional …, el mismo que`).
    static FEM_ANY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:una|la|esta|dicha|otra)\s\p{Latin}{4,}"));
    static MASC_ANY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:un|el|este|dicho|otro)\s\p{Latin}{4,}"));
    let re = match (fem, any_case) {
        (true, false) => &FEM,
        (false, false) => &MASC,
        (true, true) => &FEM_ANY,
        (false, true) => &MASC_ANY,
    };
    re.find_iter(gap).any(|m| !COPULA_BEFORE.is_match(&gap[..m.start()]) && !PREPOSITION.is_match(&gap[..m.start()]))
}

fn to_short(p: &Prepared, r: &Raw, ante: Option<&Seen>, kind: ShortKind) -> ShortForm {
    let text: &str = &p.text;
    let mut start = r.start;
    let mut article = None;
    let mut subunit = None;
    let lead = match &text[r.marker..] {
        s if s.starts_with("la ") || s.starts_with("el ") || s.starts_with("La ") || s.starts_with("El ") => 3,
        _ => 0,
    };
    // `el artículo 5 de la citada Ley`: the span starts at `artículo`.
    let look = r.marker + lead;
    let back = before(text, look, 160);
    if let Some(c) = ARTICLE_BEFORE.captures(back) {
        if let Some(m) = c.get(0) {
            start = look - back.len() + m.start();
            article = c.name("art").map(|a| articles::normalize_designation(a.as_str()));
            subunit = c.name("sub").or(c.name("sub2")).map(|m| m.as_str().trim_end_matches(')').to_string());
        }
    }
    ShortForm {
        text: text.get(start..r.end).unwrap_or("").to_string(),
        start: p.orig_start(start),
        end: p.orig_end(r.end),
        antecedent: ante.map(|a| a.canonical.clone()),
        antecedent_ref: ante.map(|a| a.mention),
        article,
        subunit,
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::super::analyse;

    /// (short-form text, antecedent) of a document of texts.
    fn short(texts: &[&str]) -> Vec<(String, Option<String>, Option<String>)> {
        analyse(texts).short_forms.into_iter().flatten().map(|s| (s.text, s.antecedent, s.article)).collect()
    }

    fn ante(got: &[(String, Option<String>, Option<String>)], text: &str) -> Option<String> {
        got.iter().find(|g| g.0 == text).and_then(|g| g.1.clone())
    }

    #[test]
    fn forms_ending_in_an_accented_letter_and_upper_case_forms() {
        // `prevé`: a verb after the pronoun, ending in an accented letter.
        let got = short(&["Rige el Decreto Legislativo N° 276 y la Ley N° 30057. Esta última prevé el tránsito."]);
        assert_eq!(ante(&got, "Esta última").as_deref(), Some("pe:ley:30057"), "{got:?}");
        // Capitals, accented ones included, as in a resolution's operative part.
        let got = short(&[
            "RESOLUCIÓN DE ALCALDÍA N° 0098-2024-MDY",
            "ARTÍCULO SEGUNDO.- ENCARGAR EL CUMPLIMIENTO DE LA PRESENTE RESOLUCIÓN A LA SUBGERENCIA.",
        ]);
        assert_eq!(ante(&got, "LA PRESENTE RESOLUCIÓN").as_deref(), Some("pe:res:098-2024-mdy"), "{got:?}");
    }

    #[test]
    fn a_title_in_capitals_run_into_the_text_is_the_norms_own_heading() {
        let got = short(&[
            "ORDENANZA MUNICIPAL N° 045-2024-MDCC. Artículo 1.- Apruébase el régimen. Artículo 5.- La presente Ordenanza entra en vigencia.",
        ]);
        assert_eq!(ante(&got, "La presente Ordenanza").as_deref(), Some("pe:om:045-2024-mdcc"), "{got:?}");
        // A mention opening running prose is no heading: the self-reference stays unresolved.
        let got = short(&["Ordenanza Municipal N° 045-2024-MDCC. La presente Ordenanza no la deroga."]);
        assert_eq!(got.iter().find(|g| g.0 == "La presente Ordenanza").map(|g| g.1.clone()), Some(None), "{got:?}");
    }

    #[test]
    fn anaphoric_forms_take_the_nearest_compatible_mention() {
        let got = short(&[
            "El Decreto Legislativo N° 1057 creó el régimen. Luego, la Ley N° 29849 lo modificó.",
            "Dicho decreto legislativo fija plazos; la citada Ley elimina el régimen.",
        ]);
        assert_eq!(ante(&got, "Dicho decreto legislativo").as_deref(), Some("pe:dleg:1057"), "{got:?}");
        assert_eq!(ante(&got, "la citada Ley").as_deref(), Some("pe:ley:29849"), "{got:?}");
    }

    #[test]
    fn articles_are_part_of_the_short_form() {
        let got = short(&["La Ley N° 27444 regula el procedimiento. El artículo 5 de la citada Ley exige motivar."]);
        let sf = got.iter().find(|g| g.0.starts_with("artículo")).cloned();
        assert_eq!(
            sf,
            Some(("artículo 5 de la citada Ley".into(), Some("pe:ley:27444".into()), Some("5".into()))),
            "{got:?}"
        );
    }

    #[test]
    fn a_country_adjective_narrows_to_that_country() {
        let got = short(&["La Ley N° 20.285 de Chile creó un consejo. La Ley N° 27806 no lo previó, a diferencia de la citada ley chilena."]);
        assert_eq!(ante(&got, "la citada ley chilena").as_deref(), Some("cl:ley:20285"), "{got:?}");
        // No norm of that country: no antecedent, never the Peruvian law.
        let got = short(&["La Ley N° 27806 rige, a diferencia de la referida ley colombiana."]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "la referida ley colombiana", "{got:?}");
        assert_eq!(got[0].1, None, "{got:?}");
    }

    #[test]
    fn no_compatible_antecedent_stays_unresolved() {
        let got = short(&["La Ley N° 27444 rige. El citado reglamento no se ha publicado."]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, None, "{got:?}");
    }

    #[test]
    fn generic_and_plural_uses_are_not_short_forms() {
        let got = short(&["La Ley N° 27444 rige. La ley debe ser clara; dichas leyes y una ley nueva no bastan. De la misma manera, el mismo año."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn pronouns_need_a_norm_nearby() {
        let got = short(&["Mediante la Ley N° 27444 se aprobó una estrategia nacional, la misma que fija plazos."]);
        assert!(got.is_empty(), "the nearest feminine noun is not the law: {got:?}");
        let got =
            short(&["Mediante Decreto Supremo N° 004-2013-PCM se aprobó la política; el mismo establece plazos."]);
        assert_eq!(ante(&got, "el mismo").as_deref(), Some("pe:ds:004-2013-pcm"), "{got:?}");
        let got = short(&["La Ordenanza N° 005-2019-MML fija su composición y la misma precisa sus funciones."]);
        assert_eq!(ante(&got, "la misma").as_deref(), Some("pe:om:005-2019-mml"), "{got:?}");
        let got = short(&["Rigen la Ley N° 28411 y la Ley N° 31365; la primera regulaba el sistema."]);
        assert_eq!(ante(&got, "la primera").as_deref(), Some("pe:ley:28411"), "{got:?}");
        let got = short(&["La Ley N° 30057, la misma que regula el servicio civil, rige."]);
        assert_eq!(ante(&got, "la misma").as_deref(), Some("pe:ley:30057"), "{got:?}");
        // A feminine noun in between: the pronoun keeps the norm when it does what norms do.
        let got = short(&["La Ley N° 29664 creó la plataforma regional; la misma dispone su financiamiento."]);
        assert_eq!(ante(&got, "la misma").as_deref(), Some("pe:ley:29664"), "{got:?}");
        let got = short(&["La Ley N° 29664 creó la plataforma regional. La misma dispone su financiamiento."]);
        assert!(ante(&got, "La misma").is_none(), "{got:?}");
        let got = short(&["La Ley N° 29664 creó la plataforma regional; la misma sesiona cada mes."]);
        assert!(ante(&got, "la misma").is_none(), "{got:?}");
    }

    #[test]
    fn a_pronoun_before_a_verb_and_its_gerund_is_used_alone() {
        // `seguir / continuar / venir + gerund`: the word after the pronoun is a verb.
        let got = short(&[
            "La Ley N° 30057 regula el servicio civil y la Ley N° 28175 fija los lineamientos. Esta última sigue siendo aplicable.",
        ]);
        assert_eq!(ante(&got, "Esta última").as_deref(), Some("pe:ley:28175"), "{got:?}");
        let got = short(&["La Ley N° 28175 fija los lineamientos; la misma continúa rigiendo."]);
        assert_eq!(ante(&got, "la misma").as_deref(), Some("pe:ley:28175"), "{got:?}");
        // An adjective before a noun: no short form.
        let got = short(&["La Ley N° 28175 fija los lineamientos; esta última versión resulta clara."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_present_norm_is_the_heading_the_document_opens_with() {
        let got = short(&[
            "ORDENANZA N° 012-2023-MDSJL",
            "Artículo 1.- Aprobar el régimen de incentivos tributarios.",
            "Artículo 2.- La presente Ordenanza entra en vigencia al día siguiente de su publicación.",
        ]);
        assert_eq!(ante(&got, "La presente Ordenanza").as_deref(), Some("pe:om:012-2023-mdsjl"), "{got:?}");
        // A heading of another type, a heading after other mentions, or a mention in a
        // sentence: the quoted norm is not identified.
        // The heading as the first line of a text.
        let got = short(&[
            "ORDENANZA N° 012-2023-MDSJL\nArtículo 2.- La presente Ordenanza entra en vigencia al día siguiente.",
        ]);
        assert_eq!(ante(&got, "La presente Ordenanza").as_deref(), Some("pe:om:012-2023-mdsjl"), "{got:?}");
        let got = short(&["ORDENANZA N° 012-2023-MDSJL", "Artículo 2.- La presente Ley entra en vigencia."]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(ante(&got, "La presente Ley").is_none(), "{got:?}");
        let got = short(&[
            "Según la Ley N° 27444 el plazo es breve.",
            "LEY N° 31000",
            "Artículo 2.- La presente Ley entra en vigencia.",
        ]);
        assert!(ante(&got, "La presente Ley").is_none(), "{got:?}");
        let got = short(&["La Ordenanza N° 012-2023-MDSJL fue citada.", "La presente Ordenanza entra en vigencia."]);
        assert!(ante(&got, "La presente Ordenanza").is_none(), "{got:?}");
    }

    #[test]
    fn a_content_word_after_the_head_picks_newer_or_older() {
        let got = short(&["La Ley N° 26300 fue sustituida por la Ley N° 31981. La ley vigente amplía los plazos."]);
        assert_eq!(ante(&got, "La ley vigente").as_deref(), Some("pe:ley:31981"), "{got:?}");
        let got = short(&["La Ley N° 26300 fue sustituida por la Ley N° 31981. La norma derogada era más breve."]);
        assert_eq!(ante(&got, "La norma derogada").as_deref(), Some("pe:ley:26300"), "{got:?}");
        let got = short(&["La Ley N° 31981 rige. La norma vigente en 1990 era otra."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_defined_alias_beats_a_nearer_law() {
        let got = short(&[
            "La Ley N° 30225, Ley de Contrataciones del Estado (en adelante, la Ley), y la Ley N° 27444 rigen. Según la Ley, el plazo es breve.",
        ]);
        assert_eq!(ante(&got, "la Ley").as_deref(), Some("pe:ley:30225"), "{got:?}");
        // The alias names the mention its head allows, not the law nested in its name.
        let got = short(&[
            "El Decreto Supremo N° 344-2018-EF aprobó el Reglamento de la Ley N° 30225 (en adelante, el Reglamento). El Reglamento regula la selección.",
        ]);
        assert!(got.iter().all(|g| g.1.as_deref().is_some_and(|a| a.contains("344-2018-ef"))), "{got:?}");
    }

    #[test]
    fn a_previous_norm_a_predicate_noun_and_an_accented_head() {
        let got = short(&[
            "La Ley N° 23733 fue sustituida por la Ley N° 30220. La anterior permitía universidades sin licencia.",
        ]);
        assert_eq!(ante(&got, "La anterior").as_deref(), Some("pe:ley:23733"), "{got:?}");
        let got = short(&["La Ley N° 31572 sustituyó a la Ley N° 30036. La anterior no reconocía la desconexión."]);
        assert_eq!(ante(&got, "La anterior").as_deref(), Some("pe:ley:30036"), "{got:?}");
        let got = short(&["La Ley N° 23733 rige. La anterior gestión no la aplicó."]);
        assert!(got.is_empty(), "{got:?}");
        let got =
            short(&["La Ley N° 28611 es la norma ordenadora del marco ambiental. La misma establece los principios."]);
        assert_eq!(ante(&got, "La misma").as_deref(), Some("pe:ley:28611"), "{got:?}");
        let got = short(&["El Texto Único Ordenado de la Ley N° 28411, aprobado por Decreto Supremo N° 304-2012-EF, rige. Dicho Texto Único Ordenado fue derogado."]);
        assert!(ante(&got, "Dicho Texto Único Ordenado").is_some_and(|a| a.contains("304-2012-ef")), "{got:?}");
    }

    #[test]
    fn ordinals_pick_by_order_among_the_norms_just_listed() {
        let got = short(&["Rigen la Ley N° 28411 y la Ley N° 31365; la primera regula el sistema y la segunda aprueba el presupuesto."]);
        assert_eq!(ante(&got, "la primera").as_deref(), Some("pe:ley:28411"), "{got:?}");
        assert_eq!(ante(&got, "la segunda").as_deref(), Some("pe:ley:31365"), "{got:?}");
        let got = short(&[
            "Los Decretos Legislativos N° 1436 y 1437 reorganizaron dos sistemas. El segundo creó un ente rector.",
        ]);
        assert_eq!(ante(&got, "El segundo").as_deref(), Some("pe:dleg:1437"), "{got:?}");
        let got = short(&[
            "Se citan la Ley N° 29664 y la Ley N° 30779. Interesa la primera de ellas, porque define procesos.",
        ]);
        assert_eq!(ante(&got, "la primera de ellas").as_deref(), Some("pe:ley:29664"), "{got:?}");
        // A list of norms of both genders: the ordinal counts over the whole list.
        let got = short(&[
            "La Ley N° 29973 y el Decreto Legislativo N° 1417 protegen a las personas. La primera creó un consejo y el segundo dictó medidas.",
        ]);
        assert_eq!(ante(&got, "La primera").as_deref(), Some("pe:ley:29973"), "{got:?}");
        assert_eq!(ante(&got, "el segundo").as_deref(), Some("pe:dleg:1417"), "{got:?}");
        let got = short(&[
            "Rigen la Ley N° 28411, el Decreto Legislativo N° 1440 y la Ley N° 31365; la segunda fija el monto.",
        ]);
        assert_eq!(ante(&got, "la segunda").as_deref(), Some("pe:ley:31365"), "{got:?}");
        // A distributive pair (`la primera … y la segunda …`): an ordinal followed by a verb
        // outside the verb list and its object counts when the other ordinal of the pair is
        // there too.
        let got = short(&[
            "La Ley N° 29158 y la Ley N° 27867 rigen; la primera organiza el Ejecutivo y la segunda los gobiernos regionales.",
        ]);
        assert_eq!(ante(&got, "la primera").as_deref(), Some("pe:ley:29158"), "{got:?}");
        assert_eq!(ante(&got, "la segunda").as_deref(), Some("pe:ley:27867"), "{got:?}");
        let got = short(&[
            "Se citan el Decreto Legislativo N° 1436 y el Decreto Legislativo N° 1440: el primero organiza la gestión financiera y el segundo norma el presupuesto.",
        ]);
        assert_eq!(ante(&got, "el primero").as_deref(), Some("pe:dleg:1436"), "{got:?}");
        assert_eq!(ante(&got, "el segundo").as_deref(), Some("pe:dleg:1440"), "{got:?}");
        // The same noun after both ordinals, or an ordinal without its pair: adjectives.
        let got = short(&[
            "Rigen la Ley N° 29158 y la Ley N° 27867; la primera etapa la evaluó el ministerio y la segunda etapa la región.",
        ]);
        assert!(got.is_empty(), "{got:?}");
        let got = short(&[
            "Rigen la Ley N° 29158 y la Ley N° 27867; en la primera etapa el ministerio evaluó su aplicación.",
        ]);
        assert!(got.is_empty(), "{got:?}");
        // One norm only, or an ordinal before a noun: not a short form.
        let got = short(&[
            "La Ley N° 27444 rige. La primera etapa concluyó y el segundo informe también; la primera fue breve.",
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn lower_case_bare_heads_need_one_norm_of_their_kind_in_the_paragraph() {
        let got = short(&["El Reglamento de la Ley N° 27446 asigna la evaluación, mientras que la ley reserva al ministerio la rectoría."]);
        assert_eq!(ante(&got, "la ley").as_deref(), Some("pe:ley:27446"), "{got:?}");
        let got = short(&["Mediante la Resolución de Consejo Directivo N° 172-2022-CD/OSIPTEL se aprobaron condiciones. El Decreto Supremo N° 020-2007-MTC regula el sector. Interesa la resolución, porque fija plazos."]);
        assert_eq!(ante(&got, "la resolución").as_deref(), Some("pe:rcd:172-2022-cd-osiptel"), "{got:?}");
        // Two laws in the paragraph, a generic statement, an idiom: none.
        let got = short(&["La Ley N° 27444 y la Ley N° 27806 rigen; la ley reserva plazos."]);
        assert!(got.is_empty(), "{got:?}");
        let got = short(&[
            "La Ley N° 27444 rige. La ley debe ser clara y todos son iguales ante la ley; la ley de la oferta manda.",
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_elided_head_takes_the_norm_its_adjective_names() {
        let got = short(&["Mediante Resolución Ministerial N° 234-2018-MINEDU y Resolución Directoral N° 0343-2010-ED se dictaron normas. Conocían la ministerial, pero no la directoral, que creían derogada."]);
        assert_eq!(ante(&got, "la directoral").as_deref(), Some("pe:rd:343-2010-ed"), "{got:?}");
        assert_eq!(ante(&got, "la ministerial").as_deref(), Some("pe:rm:234-2018-minedu"), "{got:?}");
    }

    #[test]
    fn new_and_old_pick_between_two_norms_of_the_kind() {
        let got = short(&["La Ley N° 30036 reguló el teletrabajo y fue sustituida por la Ley N° 31572. La nueva norma reconoce la desconexión; la anterior ley no lo hacía."]);
        assert_eq!(ante(&got, "La nueva norma").as_deref(), Some("pe:ley:31572"), "{got:?}");
        assert_eq!(ante(&got, "la anterior ley").as_deref(), Some("pe:ley:30036"), "{got:?}");
        let got = short(&["La Ley N° 30036 reguló el teletrabajo. La nueva norma que se apruebe deberá mejorarla."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn more_markers_and_an_article_of_the_norm() {
        let got = short(&["El Decreto Supremo N° 004-2019-JUS rige. La norma glosada fija plazos y el artículo 3 de la norma los amplía; la ley materia de análisis no lo hace."]);
        assert_eq!(ante(&got, "La norma glosada").as_deref(), Some("pe:ds:004-2019-jus"), "{got:?}");
        assert_eq!(ante(&got, "artículo 3 de la norma").as_deref(), Some("pe:ds:004-2019-jus"), "{got:?}");
        assert_eq!(ante(&got, "la ley materia de análisis"), None, "{got:?}");
        let got = short(&["La norma es clara y la norma de la materia también."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_pronoun_after_an_article_needs_no_verb_list() {
        let got =
            short(&["La Ley N° 28716 regula el control interno, y el artículo 6 de la misma enumera los componentes."]);
        assert_eq!(ante(&got, "artículo 6 de la misma").as_deref(), Some("pe:ley:28716"), "{got:?}");
    }

    #[test]
    fn a_pronoun_after_an_article_and_a_contraction() {
        let got = short(&["El Decreto de Alcaldía N° 009-2024-MDSB rige, y el artículo 6 del mismo exonera del pago."]);
        assert_eq!(ante(&got, "artículo 6 del mismo").as_deref(), Some("pe:da:009-2024-mdsb"), "{got:?}");
        let got = short(&["El Decreto Supremo N° 054-2013-PCM rige. El mismo modo de cálculo se usa."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_pronoun_subject_of_a_verb_with_its_object() {
        let got = short(&["El Decreto Legislativo N° 1440 derogó casi toda la Ley N° 28411, aunque esta última conserva algunos artículos."]);
        assert_eq!(ante(&got, "esta última").as_deref(), Some("pe:ley:28411"), "{got:?}");
        // After a preposition the word that follows is a noun: `de la misma manera los …`.
        let got = short(&["La Ley N° 28411 rige; de la misma manera los gobiernos regionales aplican la norma."]);
        assert!(ante(&got, "la misma").is_none(), "{got:?}");
    }

    #[test]
    fn what_only_norms_do_keeps_a_pronoun_past_a_sentence_end() {
        let got = short(&["La Resolución de Consejo Directivo N° 004-2024-OEFA/CD fijó la multa máxima. La misma se publicó en edición extraordinaria del diario oficial."]);
        assert_eq!(ante(&got, "La misma").as_deref(), Some("pe:rcd:004-2024-oefa-cd"), "{got:?}");
        // Published elsewhere, anything can be: the noun in between keeps the pronoun.
        let got = short(&["La Resolución de Consejo Directivo N° 004-2024-OEFA/CD fijó la convocatoria. La misma se publicó en el portal."]);
        assert!(ante(&got, "La misma").is_none(), "{got:?}");
    }

    #[test]
    fn an_ordinal_after_a_plural_of_norms_agrees_with_the_plural() {
        let got = short(&["El Decreto Supremo N° 004-2017-MINAM y el Decreto Supremo N° 003-2017-MINAM fijan estándares. Ambas normas exigen monitoreo; la primera clasifica además los cuerpos de agua."]);
        assert_eq!(ante(&got, "la primera").as_deref(), Some("pe:ds:004-2017-minam"), "{got:?}");
        // A noun with its complement after the ordinal: no pronoun.
        let got = short(&["El Decreto Supremo N° 004-2017-MINAM y el Decreto Supremo N° 003-2017-MINAM rigen. Ambas normas exigen monitoreo; la primera etapa de control es anual."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_country_adjective_alone_tells_states_apart() {
        let got = short(&["La Ley 9/2017 de España regula los contratos, y la Ley N° 32069 también. A diferencia de la norma española, la ley peruana crea un tribunal."]);
        assert_eq!(ante(&got, "la norma española").as_deref(), Some("es:ley:9-2017"), "{got:?}");
        assert_eq!(ante(&got, "la ley peruana").as_deref(), Some("pe:ley:32069"), "{got:?}");
        // Only Peruvian norms: `la ley peruana` is generic.
        let got = short(&["La Ley N° 32069 rige; la ley peruana crea un tribunal."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_distributive_pair_across_a_semicolon() {
        let got = short(&["Las Leyes N° 27783 y 27867 fueron promulgadas en 2002. La primera fija las bases; la segunda organiza a los gobiernos regionales."]);
        assert_eq!(ante(&got, "la segunda").as_deref(), Some("pe:ley:27867"), "{got:?}");
    }

    #[test]
    fn a_relative_pronoun_belongs_to_the_noun_before_it() {
        let got = short(&["Por Decreto Supremo N° 044-2018-PCM se aprobó el Plan Nacional de Integridad, el mismo que establece tres ejes."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_latter_is_the_last_of_a_list_whatever_follows() {
        let got = short(&["Que, la Resolución Ministerial N° 156-2022-MIDAGRI y la Resolución Jefatural N° 034-2022-SENASA regulan la certificación. Que, esta última establece los requisitos."]);
        assert_eq!(ante(&got, "esta última").as_deref(), Some("pe:rj:034-2022-senasa"), "{got:?}");
    }

    #[test]
    fn a_noun_after_a_preposition_is_no_rival_for_a_pronoun() {
        let got = short(&["La Ordenanza Regional N° 012-2019-GRA/CR reconoce el quechua como lengua oficial en la región. La misma dispone su enseñanza."]);
        assert_eq!(ante(&got, "La misma").as_deref(), Some("pe:or:012-2019-gra-cr"), "{got:?}");
    }

    #[test]
    fn postposed_participles_and_more_heads() {
        let got = short(&["La Ley N° 29783 obliga al empleador. La norma mencionada exige un comité, y dicho texto normativo fija sanciones."]);
        assert_eq!(ante(&got, "La norma mencionada").as_deref(), Some("pe:ley:29783"), "{got:?}");
        assert_eq!(ante(&got, "dicho texto normativo").as_deref(), Some("pe:ley:29783"), "{got:?}");
        let got = short(&["La Ley N° 29783 obliga al empleador. La norma referida a la seguridad exige un comité."]);
        assert!(got.is_empty(), "{got:?}");
        let got = short(&[
            "El artículo 2 de la Constitución reconoce derechos. El texto constitucional garantiza el acceso.",
        ]);
        assert_eq!(ante(&got, "El texto constitucional").as_deref(), Some("pe:const:1993"), "{got:?}");
        let got = short(&["La Ley N° 30057 rige, y ésta establece faltas."]);
        assert_eq!(ante(&got, "ésta").as_deref(), Some("pe:ley:30057"), "{got:?}");
    }

    #[test]
    fn a_generic_predicate_past_an_incise() {
        let got = short(&["La Ley N° 29158 clasifica los organismos; la ley, como se sabe, no puede prever todo."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_branch_of_law_is_generic() {
        let got = short(&["El proveedor cumplirá la Ley N° 29783, sin perjuicio de lo que disponga la ley penal."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_bare_head_ending_a_block_is_not_a_short_form() {
        let got = short(&["El Decreto Legislativo N° 1272 modificó la Ley", "N° 27444 en varios artículos."]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_decision_is_not_an_antecedent() {
        let got = short(&["La Ley N° 27444 rige. La Resolución del Tribunal Fiscal N° 03812-4-2021 declaró fundado. La citada resolución fue apelada."]);
        assert!(got.is_empty(), "{got:?}");
    }
}
