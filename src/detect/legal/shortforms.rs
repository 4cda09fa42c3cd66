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

use std::sync::LazyLock;

use regex::Regex;

use super::canonical as canon;
use super::patterns::{compile, ARTICLE_BEFORE};
use super::text::{before, Prepared};
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
const HEAD: &str = r"(?:ley(?:\s(?:org[aá]nica|marco|general))?|decreto(?:\s(?:supremo|legislativo|ley|de\surgencia|regional|de\salcald[ií]a))?|resoluci[oó]n(?:\s(?:ministerial|vice-?ministerial|directoral(?:\sregional)?|suprema|jefatural|legislativa|de\ssecretar[ií]a\sgeneral|de\spresidencia\sejecutiva|de\sconsejo\sdirectivo|de\salcald[ií]a|ejecutiva\sregional))?|ordenanza(?:\s(?:regional|municipal))?|reglamento|texto\s[uú]nico\sordenado|(?-i:TUO)|directiva|c[oó]digo|acuerdo(?:\sde\sconcejo|\sde\sconsejo\sregional|\sregional)?|norma(?:\st[eé]cnica|\slegal|\sjur[ií]dica)?|dispositivo(?:\slegal)?|disposici[oó]n|cuerpo\s(?:normativo|legal)|carta\s(?:magna|pol[ií]tica|fundamental)|texto\sconstitucional|convenio|convenci[oó]n|tratado|decisi[oó]n)";

/// Markers before the head (`citada`, `dicho`, `esta`).
const PRE: &str = r"(?:(?:la|el|del|al)\s(?:(?:antes|arriba|ya|previamente)\s)?(?:citad[oa]|referid[oa]|mencionad[oa]|acotad[oa]|precitad[oa]|indicad[oa]|aludid[oa]|se[nñ]alad[oa]|antedich[oa]|susodich[oa]|invocad[oa]|comentad[oa])|dich[oa]|est[ea]|la\smisma|el\smismo|del\smismo)";

/// Markers after the head (`la norma antes acotada`, `la norma en mención`).
const POST: &str = r"(?:(?:antes|arriba|previamente|ya)\s(?:citad[oa]|mencionad[oa]|acotad[oa]|referid[oa]|se[nñ]alad[oa]|indicad[oa]|descrit[oa])|en\s(?:menci[oó]n|comento|comentario|referencia|cuesti[oó]n)|bajo\s(?:comentario|an[aá]lisis)|citad[oa]|acotad[oa]|precitad[oa]|mencionad[oa]\s(?:anteriormente|previamente|l[ií]neas\sarriba))";

/// `la citada Ley`, `dicho decreto`, `la norma antes acotada`, `la presente Ley`.
static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:(?P<pre>{PRE})\s(?P<head>{HEAD})|(?:la|el|del|al)\s(?P<head2>{HEAD})\s(?P<post>{POST})|(?P<self>(?:la|el|del|al)\spresente)\s(?P<head3>{HEAD}))\b"
    ))
});

/// Pronouns: `la misma`, `el mismo`, `esta última`, `este último`.
static PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?P<p>(?:la|el|del|al)\smism[oa]|est[ea]\s[uú]ltim[oa])\b"));

/// What may follow a pronoun used on its own (not `la misma forma`).
static PRONOUN_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:\s?[,.;:)]|\s(?:que|se|no|ya|lo|la|le|les|los|las|en|y|e|a|al|de|del|por|para|con|sobre|establece|dispone|se[nñ]ala|regula|prev[eé]|indica|fue|es|ha|era|estipula|precisa|define|determina|contempla|crea|modifica|aprueba|tiene)\b|$)",
    )
});

/// A bare capitalised head (`la Ley`, `el Decreto Supremo`, `del Reglamento`).
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:[Ll]a|[Ee]l|del|al)\s(?P<head>Ley(?:\s(?:Org[aá]nica|Marco|General))?|Decreto(?:\s(?:Supremo|Legislativo|Ley|de\sUrgencia|Regional|de\sAlcald[ií]a))?|Resoluci[oó]n(?:\s(?:Ministerial|Directoral|Suprema|Jefatural|Viceministerial))?|Ordenanza(?:\s(?:Regional|Municipal))?|Reglamento|Directiva|C[oó]digo|TUO|Texto\s[UÚ]nico\sOrdenado)\b",
    )
});

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

/// Decisions a `resolución` may refer back to, which are not norms (Tribunal Fiscal, court
/// cases): a short form pointing at one of them is not a short form.
static DECISION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:resoluci[oó]n\sdel\stribunal\sfiscal|(?-i:RTF)|tribunal\sfiscal|expediente|(?-i:STC)|sentencia|casaci[oó]n|acuerdo\splenario|resoluci[oó]n\sn[°º.]?\s?\d{3,5}-[0-9Q]-\d{4})\b",
    )
});

/// A quotation opened after a law's verb (`dispone que «`): `la presente Ley` inside it is
/// that law.
static QUOTED_LAW: LazyLock<Regex> = LazyLock::new(|| {
    compile(r#"(?i)\s(?:dispone|establece|se[nñ]ala|prescribe|indica|precisa|estipula)(?:\sque)?:?\s?[«“"][^»”"]*$"#)
});

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
    ty: &'static str,
    canonical: String,
    mention: (usize, usize),
    feminine: bool,
    decision: bool,
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
        if let Some(m) = ALIAS_DEF.captures(rest) {
            let (Some(a), Some(all)) = (m.name("a"), m.get(0)) else { continue };
            out.push((canon::fold(a.as_str()), c.end, k, c.end..c.end + all.end()));
        }
    }
    out
}

fn raw_forms(text: &str, cands: &[Cand], alias_spans: &[std::ops::Range<usize>], alias_names: &[String]) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    let free = |s: usize, e: usize, out: &[Raw]| {
        !overlaps_any(cands, s, e)
            && !alias_spans.iter().any(|r| r.start < e && s < r.end)
            && !out.iter().any(|o| o.start < e && s < o.end)
    };
    for c in ANAPHORIC.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        let (head, kind) = if let Some(h) = c.name("head") {
            (h, ShortKind::Anaphoric)
        } else if let Some(h) = c.name("head2") {
            (h, ShortKind::Anaphoric)
        } else if let Some(h) = c.name("head3") {
            (h, ShortKind::SelfRef)
        } else {
            continue;
        };
        // `esta norma` / `este decreto` as a self-reference inside a quoted norm is rare;
        // `esta ley` in prose about laws in general is not a back-reference to one.
        let pre = c.name("pre").map(|m| canon::fold(m.as_str())).unwrap_or_default();
        if matches!(pre.as_str(), "esta" | "este")
            && !matches!(
                canon::fold(head.as_str()).as_str(),
                "norma"
                    | "dispositivo"
                    | "disposicion"
                    | "ley"
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
            continue;
        }
        let start = all.start() + skip_det(all.as_str());
        if !free(start, all.end(), &out) {
            continue;
        }
        out.push(Raw {
            start,
            end: all.end(),
            allow: allow_of(head.as_str()),
            kind,
            fem: None,
            alias: None,
            marker: start,
        });
    }
    for c in PRONOUN.captures_iter(text) {
        let Some(p) = c.name("p") else { continue };
        if !PRONOUN_NEXT.is_match(&text[p.end()..]) {
            continue;
        }
        let start = p.start() + skip_det(p.as_str());
        if !free(start, p.end(), &out) {
            continue;
        }
        let fem = canon::fold(p.as_str()).ends_with('a');
        out.push(Raw {
            start,
            end: p.end(),
            allow: Allow::Any,
            kind: ShortKind::Pronoun,
            fem: Some(fem),
            alias: None,
            marker: start,
        });
    }
    for c in BARE.captures_iter(text) {
        let (Some(all), Some(h)) = (c.get(0), c.name("head")) else { continue };
        if BARE_NOT_AFTER.is_match(&text[h.end()..]) {
            continue;
        }
        let start = all.start() + skip_det(all.as_str());
        if !free(start, all.end(), &out) {
            continue;
        }
        let folded = canon::fold(h.as_str());
        let alias = alias_names.iter().find(|a| **a == folded).cloned();
        let kind = if alias.is_some() { ShortKind::Alias } else { ShortKind::Bare };
        out.push(Raw { start, end: all.end(), allow: allow_of(h.as_str()), kind, fem: None, alias, marker: start });
    }
    out.sort_by_key(|r| r.start);
    out
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
        let text = p.text.as_str();
        let defs = aliases(text, cs);
        let alias_spans: Vec<_> = defs.iter().map(|d| d.3.clone()).collect();
        let mut names: Vec<String> = defined.iter().map(|d| d.0.clone()).collect();
        names.extend(defs.iter().map(|d| d.0.clone()));
        let raws = raw_forms(text, cs, &alias_spans, &names);
        let decisions: Vec<usize> = DECISION.find_iter(text).map(|m| m.start()).collect();
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
                        ty: c.ty,
                        canonical: c.canonical.clone(),
                        mention: (ti, k),
                        feminine: feminine(c.ty, surface),
                        decision: false,
                    };
                    for d in defs.iter().filter(|d| d.2 == k) {
                        defined.push((d.0.clone(), s.clone()));
                    }
                    seen.push(s);
                }
                1 => seen.push(Seen {
                    text: ti,
                    at: decisions[k],
                    ty: "resolucion",
                    canonical: String::new(),
                    mention: (ti, 0),
                    feminine: true,
                    decision: true,
                }),
                _ => {
                    let r = &raws[k];
                    if let Some(sf) = resolve(text, ti, r, &seen, &defined) {
                        if let Some(a) = &sf.1 {
                            seen.push(Seen { at: r.start, decision: false, ..a.clone() });
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
    match r.kind {
        ShortKind::SelfRef => {
            // The norm whose words are quoted: `La Ley N° 30364 dispone que «la presente Ley …`.
            let back = before(text, r.start, 300);
            if QUOTED_LAW.is_match(back) {
                let ante = seen.iter().rev().find(|s| s.text == ti && !s.decision && allows(r.allow, s.ty)).cloned();
                return Some((ShortKind::SelfRef, ante));
            }
            Some((ShortKind::SelfRef, None))
        }
        ShortKind::Pronoun => {
            // The nearest norm in the same text, close by, of the pronoun's gender, with no
            // other noun phrase of that gender in between.
            let last = seen.iter().rev().find(|s| s.text == ti)?;
            if last.decision || r.start.saturating_sub(last.at) > 400 {
                return None;
            }
            if Some(last.feminine) != r.fem {
                return None;
            }
            let gap = text.get(last.at..r.start).unwrap_or("");
            if other_noun_between(gap, last.feminine) {
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
        ShortKind::Anaphoric => {
            let ante = seen.iter().rev().find(|s| allows(r.allow, s.ty)).cloned();
            if ante.as_ref().is_some_and(|a| a.decision) {
                return None;
            }
            Some((ShortKind::Anaphoric, ante))
        }
    }
}

/// Whether `gap` (from a mention's start to a pronoun) holds another noun phrase of the
/// pronoun's gender after the mention (`…, una estrategia que …, la misma`).
fn other_noun_between(gap: &str, fem: bool) -> bool {
    static FEM: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)[,;]\s(?:[a-záéíóúñ]+\s){0,6}?(?:una|la|esta|dicha|su)\s(?-i:[a-záéíóúñ]{4,})"));
    static MASC: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)[,;]\s(?:[a-záéíóúñ]+\s){0,6}?(?:un|el|este|dicho|su)\s(?-i:[a-záéíóúñ]{4,})"));
    if fem {
        FEM.is_match(gap)
    } else {
        MASC.is_match(gap)
    }
}

fn to_short(p: &Prepared, r: &Raw, ante: Option<&Seen>, kind: ShortKind) -> ShortForm {
    let text = p.text.as_str();
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
        let got =
            short(&["Mediante Decreto Supremo N° 004-2013-PCM se aprobó la política; el mismo establece plazos."]);
        assert!(got.is_empty(), "masculine pronoun after a feminine noun phrase: {got:?}");
        let got = short(&["La Ley N° 30057, la misma que regula el servicio civil, rige."]);
        assert_eq!(ante(&got, "la misma").as_deref(), Some("pe:ley:30057"), "{got:?}");
    }

    #[test]
    fn a_defined_alias_beats_a_nearer_law() {
        let got = short(&[
            "La Ley N° 30225, Ley de Contrataciones del Estado (en adelante, la Ley), y la Ley N° 27444 rigen. Según la Ley, el plazo es breve.",
        ]);
        assert_eq!(ante(&got, "la Ley").as_deref(), Some("pe:ley:30225"), "{got:?}");
    }

    #[test]
    fn a_decision_is_not_an_antecedent() {
        let got = short(&["La Ley N° 27444 rige. La Resolución del Tribunal Fiscal N° 03812-4-2021 declaró fundado. La citada resolución fue apelada."]);
        assert!(got.is_empty(), "{got:?}");
    }
}
