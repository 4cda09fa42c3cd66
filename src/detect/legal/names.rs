//! Norms cited by name (`Ley Orgánica de Municipalidades`, `Código Civil`) and the
//! named-law lexicon of docs/legal-references.md §8.
//!
//! In: a prepared text. Out: [`Named`] candidates — the span of the name, the key used to
//! compare names (folded, stop words dropped) and, when the lexicon knows the name, its
//! norm. Linking a name to the number the same document gives it happens in `mod.rs`.

use std::sync::LazyLock;

use crate::re::Regex;

use super::patterns::compile;

use super::canonical::{self as canon, NormType};
use super::patterns::SIGN;
use super::text::before;

/// One name the lexicon knows.
#[derive(Debug, Clone)]
pub struct LexEntry {
    /// Stems of the folded content words of the name.
    pub words: Vec<String>,
    /// Norm type of the mention.
    pub ty: NormType,
    /// Canonical id of the norm.
    pub canonical: &'static str,
}

/// Names frequent in public-administration prose (§8), with their norms.
const LEXICON_SRC: &[(&str, NormType, &str)] = &[
    ("Ley de Bases de la Descentralización", canon::LEY, "pe:ley:27783"),
    (
        "Ley de Reforma Constitucional del Capítulo XIV del Título IV, sobre Descentralización",
        canon::LEY,
        "pe:ley:27680",
    ),
    ("Ley Orgánica de Gobiernos Regionales", canon::LEY, "pe:ley:27867"),
    ("Ley Orgánica de Municipalidades", canon::LEY, "pe:ley:27972"),
    ("Ley Orgánica de Elecciones Regionales", canon::LEY, "pe:ley:27683"),
    // Its official title, and the other election laws, so that a shortened name is never
    // read as an abbreviation of it.
    ("Ley de Elecciones Regionales", canon::LEY, "pe:ley:27683"),
    ("Ley Orgánica de Elecciones", canon::LEY, "pe:ley:26859"),
    ("Ley de Elecciones Municipales", canon::LEY, "pe:ley:26864"),
    ("Ley de Demarcación y Organización Territorial", canon::LEY, "pe:ley:27795"),
    ("Ley del Sistema de Acreditación de los Gobiernos Regionales y Locales", canon::LEY, "pe:ley:28273"),
    ("Ley de Incentivos para la Integración y Conformación de Regiones", canon::LEY, "pe:ley:28274"),
    ("Ley Marco del Presupuesto Participativo", canon::LEY, "pe:ley:28056"),
    ("Ley de Bases de la Regionalización", canon::LEY, "pe:ley:24650"),
    ("Ley Marco de Descentralización", canon::LEY, "pe:ley:26922"),
    ("Ley Orgánica del Poder Ejecutivo", canon::LEY, "pe:ley:29158"),
    ("Ley Marco de Modernización de la Gestión del Estado", canon::LEY, "pe:ley:27658"),
    ("Ley del Procedimiento Administrativo General", canon::LEY, "pe:ley:27444"),
    ("Ley de Transparencia y Acceso a la Información Pública", canon::LEY, "pe:ley:27806"),
    ("Ley del Servicio Civil", canon::LEY, "pe:ley:30057"),
    ("Ley Marco del Empleo Público", canon::LEY, "pe:ley:28175"),
    ("Ley de Bases de la Carrera Administrativa", canon::DLEG, "pe:dleg:276"),
    (
        "Ley del Sistema Nacional de Planeamiento Estratégico y del Centro Nacional de Planeamiento Estratégico",
        canon::DLEG,
        "pe:dleg:1088",
    ),
    ("Ley del Sistema Nacional de Planeamiento Estratégico y del CEPLAN", canon::DLEG, "pe:dleg:1088"),
    ("Ley General del Sistema Nacional de Presupuesto", canon::LEY, "pe:ley:28411"),
    ("Ley del Sistema Nacional de Inversión Pública", canon::LEY, "pe:ley:27293"),
    ("Ley de Contrataciones del Estado", canon::LEY, "pe:ley:30225"),
    (
        "Ley Orgánica del Sistema Nacional de Control y de la Contraloría General de la República",
        canon::LEY,
        "pe:ley:27785",
    ),
    ("Ley General del Ambiente", canon::LEY, "pe:ley:28611"),
    ("Ley Orgánica para el Aprovechamiento Sostenible de los Recursos Naturales", canon::LEY, "pe:ley:26821"),
    ("Reglamento de Zonificación Ecológica y Económica", canon::REGLAMENTO, "pe:reglamento:ds-087-2004-pcm"),
    ("Ley de Organización y Funciones del Ministerio de Relaciones Exteriores", canon::LEY, "pe:ley:29357"),
    ("Ley Orgánica del Ministerio de Relaciones Exteriores", canon::DL, "pe:dl:26112"),
    ("Ley del Servicio Diplomático de la República", canon::LEY, "pe:ley:28091"),
    ("Ley de Cooperación Técnica Internacional", canon::DLEG, "pe:dleg:719"),
    ("Ley de creación de la Agencia Peruana de Cooperación Internacional", canon::LEY, "pe:ley:27692"),
    ("Ley de creación de la APCI", canon::LEY, "pe:ley:27692"),
    ("Ley del Sistema Nacional de Programación Multianual y Gestión de Inversiones", canon::DLEG, "pe:dleg:1252"),
    ("Ley del Régimen Especial de Contratación Administrativa de Servicios", canon::DLEG, "pe:dleg:1057"),
    (
        "Ley que crea el Sistema Nacional Descentralizado de Cooperación Internacional No Reembolsable",
        canon::LEY,
        "pe:ley:28875",
    ),
    ("Ley Marco para el Desarrollo e Integración Fronteriza", canon::LEY, "pe:ley:29778"),
    ("Ley de los Consejos de Consulta de las Comunidades Peruanas en el Exterior", canon::LEY, "pe:ley:29495"),
    ("Ley de Reinserción Económica y Social para el Migrante Retornado", canon::LEY, "pe:ley:30001"),
    ("Ley de Migraciones", canon::DLEG, "pe:dleg:1350"),
    ("Ley de Nacionalidad", canon::LEY, "pe:ley:26574"),
    (
        "Ley para prevenir, sancionar y erradicar la violencia contra las mujeres y los integrantes del grupo familiar",
        canon::LEY,
        "pe:ley:30364",
    ),
    ("Código Civil", canon::CODIGO, "pe:dleg:295"),
    ("Código Penal", canon::CODIGO, "pe:dleg:635"),
    ("Código Procesal Penal", canon::CODIGO, "pe:dleg:957"),
    ("Nuevo Código Procesal Constitucional", canon::CODIGO, "pe:ley:31307"),
    ("Código Procesal Constitucional", canon::CODIGO, "pe:ley:28237"),
    ("Código de Protección y Defensa del Consumidor", canon::CODIGO, "pe:ley:29571"),
    ("Código de los Niños y Adolescentes", canon::CODIGO, "pe:ley:27337"),
    ("Código Tributario", canon::CODIGO, "pe:tuo:ds-133-2013-ef"),
];

/// The lexicon with its names folded, built once.
pub static LEXICON: LazyLock<Vec<LexEntry>> = LazyLock::new(|| {
    LEXICON_SRC
        .iter()
        .map(|(name, ty, canonical)| LexEntry {
            words: canon::name_words(name).iter().map(|w| canon::stem(w)).collect(),
            ty: *ty,
            canonical,
        })
        .collect()
});

/// Words that may start a name. This and [`NOT_IN_FORCE_BEFORE`] run on the text with its
/// ASCII letters lower-cased (same byte offsets) and are written in lower case without `(?i)`
/// (an accented capital spelled out): a case-insensitive pattern's literal prefilter cost
/// ~5 M instructions to build at every start of the program, this one's a tenth of that.
static START: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:nuevo\s)?(?:leyes|ley|c[oóÓ]digos?|reglamento|directiva|norma\st[eéÉ]cnica(?:\sde\ssalud)?|decreto\slegislativo)\b",
    )
});

/// Words just before a name that make it not a norm in force (lower-cased text, see
/// [`START`]).
static NOT_IN_FORCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:\b(?:ante-?)?proyectos?\sde\s|\bfutur[oa]s?\s|\bnuev[oa]s?\s|\beventual(?:es)?\s|\bhipot[eéÉ]tic[oa]s?\s|\bpropuesta\sde\s|\bun[ao]?\s|\bsu\s|\bsus\s|\bcada\s)$",
    )
});

/// A number right after a name (`Ley General de Salud N° 26842`).
static TRAILING_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i)^,?\s?(?P<sign>{SIGN})\s?(?P<num>\d{{3,5}})\b")));

/// Eponymous "laws" that are not norms (`Ley de Moore`).
const EPONYMS: &[&str] = &[
    "moore",
    "murphy",
    "say",
    "gresham",
    "engel",
    "okun",
    "wagner",
    "pareto",
    "zipf",
    "benford",
    "parkinson",
    "newton",
    "ohm",
    "hooke",
    "coulomb",
    "darwin",
    "lynch",
    "godwin",
    "metcalfe",
    "amdahl",
    "brooks",
    "goodhart",
    "campbell",
    "thiers",
    "walras",
    "hume",
];

/// Words that end a name (another norm starts).
const HEAD_WORDS: &[&str] =
    &["ley", "leyes", "decreto", "resolucion", "codigo", "constitucion", "reglamento", "ordenanza"];

/// Adjectives that follow `Código` in the names of codes.
const CODE_ADJECTIVES: &[&str] = &[
    "civil",
    "penal",
    "procesal",
    "tributario",
    "aduanero",
    "sanitario",
    "ambiental",
    "laboral",
    "minero",
    "militar",
    "electoral",
    "nuevo",
    "organico",
];

/// Qualifiers between `Ley` and its connector.
const QUALIFIERS: &[&str] = &["organica", "marco", "general", "nacional", "especial"];

/// Connectors after `Ley` (and its qualifier).
const CONNECTORS: &[&str] = &["de", "del", "para", "sobre"];

/// A name found in a text.
#[derive(Debug, Clone)]
pub struct Named {
    /// Byte span in the prepared text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// `ley` or `codigo` family (what a number in apposition may be).
    pub family: NormType,
    /// Comparison key of the name.
    pub key: String,
    /// The slug of the name (for name-based ids).
    pub slug: String,
    /// The lexicon's entry, if it knows the name.
    pub lex: Option<LexEntry>,
    /// A number written right after the name (`N° 26842`) and the span end including it.
    pub trailing: Option<(String, usize)>,
    /// For a regulation, directive or technical norm: where its full title ends when it
    /// runs on in lower case (`Norma Técnica para la gestión de la calidad …`); used only
    /// when the norm that approves it is cited next to it.
    pub long_end: Option<usize>,
    /// The capitalised name is a name on its own (not only with an approving norm).
    pub standalone: bool,
}

/// One word of the text after a start: where it ends, its text (a word split at a line
/// end without a hyphen is joined), and whether a comma came before it.
struct Word {
    end: usize,
    text: String,
    comma_before: bool,
}

/// Endings of words that extraction splits at a line end without a hyphen
/// (`Ges` / `tión`, `Aprovecha` / `miento`).
const SPLIT_SUFFIXES: &[&str] = &["ion", "iones", "miento", "mientos", "dad", "dades", "tad", "ria"];

/// The alphanumeric run starting at `i` (a dot between digits included).
fn run_end(text: &str, i: usize) -> usize {
    let mut j = i;
    while let Some(d) = text[j..].chars().next() {
        if d.is_alphanumeric() || (d == '.' && text[j + 1..].starts_with(|x: char| x.is_ascii_digit())) {
            j += d.len_utf8();
        } else {
            break;
        }
    }
    j
}

/// Words from `from`, stopping at sentence punctuation; at most `max`. `breaks` are the
/// byte offsets of spaces that stand for line breaks.
fn words_from(text: &str, breaks: &[usize], from: usize, max: usize) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut comma = false;
    let mut i = from;
    let bytes = text.len();
    while i < bytes && out.len() < max {
        let Some(c) = text[i..].chars().next() else { break };
        if c.is_alphanumeric() {
            let j = run_end(text, i);
            out.push(Word { end: j, text: text[i..j].to_string(), comma_before: comma });
            comma = false;
            i = j;
        } else if c == ' ' {
            // `Ges` + line break + `tión`: one word.
            let next_lower = text[i + 1..].starts_with(|x: char| x.is_lowercase());
            if let (true, true, Some(last)) = (next_lower, breaks.binary_search(&i).is_ok(), out.last_mut()) {
                if capitalized(&last.text) && last.end == i {
                    let k = run_end(text, i + 1);
                    let joined = format!("{}{}", last.text, &text[i + 1..k]);
                    if SPLIT_SUFFIXES.iter().any(|s| canon::fold(&joined).ends_with(s)) {
                        last.text = joined;
                        last.end = k;
                        i = k;
                        continue;
                    }
                }
            }
            i += 1;
        } else if c == ',' {
            comma = true;
            i += 1;
        } else {
            break;
        }
    }
    out
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// How the content words of a text match a lexicon entry: the number of text words used,
/// or `None`. Entries of five words or more tolerate one word missing or one extra.
fn entry_match(entry: &[String], content: &[String]) -> Option<usize> {
    let exact = entry.len() <= content.len() && entry.iter().zip(content).all(|(a, b)| a == b);
    if exact {
        return Some(entry.len());
    }
    if entry.len() < 5 {
        return None;
    }
    let common = entry.iter().zip(content).take_while(|(a, b)| a == b).count();
    if common < 2 {
        return None;
    }
    // One lexicon word missing from the text.
    let (e_rest, c_rest) = (&entry[common + 1..], &content[common.min(content.len())..]);
    if e_rest.len() <= c_rest.len() && e_rest.iter().zip(c_rest).all(|(a, b)| a == b) {
        return Some(common + e_rest.len());
    }
    // One extra word in the text.
    let (e_rest, c_rest) = (&entry[common..], content.get(common + 1..).unwrap_or(&[]));
    if e_rest.len() <= c_rest.len() && e_rest.iter().zip(c_rest).all(|(a, b)| a == b) {
        return Some(common + 1 + e_rest.len());
    }
    None
}

/// The longest lexicon entry that the words (from the start word) spell, with the index
/// of the last word used.
fn lexicon_match(words: &[Word]) -> Option<(LexEntry, usize)> {
    let content: Vec<(usize, String)> = words
        .iter()
        .enumerate()
        .map(|(i, w)| (i, canon::fold(&w.text)))
        .filter(|(_, f)| !canon::STOP_WORDS.contains(&f.as_str()))
        .map(|(i, f)| (i, canon::stem(&f)))
        .collect();
    let stems: Vec<String> = content.iter().map(|(_, s)| s.clone()).collect();
    let mut best: Option<(LexEntry, usize, usize)> = None;
    for e in LEXICON.iter() {
        if let Some(used) = entry_match(&e.words, &stems) {
            if best.as_ref().is_none_or(|(b, _, _)| b.words.len() < e.words.len()) && used > 0 {
                best = Some((e.clone(), content[used - 1].0, used));
            }
        }
    }
    best.map(|(e, last, _)| (e, last))
}

/// The one lexicon entry that a generic name of three or more content words abbreviates
/// (`Ley del Sistema de Acreditación` for the full name of Ley 28273).
fn lexicon_prefix(name: &str) -> Option<LexEntry> {
    let key: Vec<String> = canon::name_words(name).iter().map(|w| canon::stem(w)).collect();
    if key.len() < 3 {
        return None;
    }
    let mut found = LEXICON.iter().filter(|e| e.words.len() > key.len() && e.words.starts_with(&key));
    let first = found.next()?;
    if found.any(|e| e.canonical != first.canonical) {
        return None;
    }
    Some(first.clone())
}

/// Whether word `k` is a number sign (`N` of `N°`, `Nro`, `No` before digits).
fn number_sign(words: &[Word], k: usize) -> bool {
    let f = words.get(k).map(|w| canon::fold(&w.text)).unwrap_or_default();
    let digits_next = words.get(k + 1).is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_digit()));
    matches!(f.as_str(), "n" | "nro" | "nros" | "num") || (matches!(f.as_str(), "no" | "numero") && digits_next)
}

/// The last word of a generic name starting with `Ley` / `Código`, if it is one.
fn generic_end(words: &[Word]) -> Option<usize> {
    let first = words.first()?;
    let f0 = canon::fold(&first.text);
    let is_ley = f0 == "ley" || f0 == "directiva";
    if !(capitalized(&first.text)) {
        return None;
    }
    let mut i = 1;
    let w1 = canon::fold(&words.get(i)?.text);
    let conn_next = words.get(i + 1).is_some_and(|w| CONNECTORS.contains(&canon::fold(&w.text).as_str()));
    if QUALIFIERS.contains(&w1.as_str()) && capitalized(&words.get(i)?.text) {
        i += 1;
    } else if is_ley
        && conn_next
        && capitalized(&words.get(i)?.text)
        && ADJECTIVE_ENDINGS.iter().any(|e| w1.ends_with(e))
        && !HEAD_WORDS.contains(&w1.as_str())
    {
        // `Ley Federal de Transparencia …`, `Ley Forestal de …`: an adjective before the
        // connector.
        i += 1;
    } else if !is_ley && capitalized(&words.get(i)?.text) && !CONNECTORS.contains(&w1.as_str()) {
        // `Código Procesal Civil`: the adjectives of codes straight after (a table header
        // `Código Variable Indicador` is not a code).
        if !CODE_ADJECTIVES.contains(&w1.as_str()) {
            return None;
        }
        let mut last = None;
        for (k, w) in words.iter().enumerate().skip(1) {
            if w.comma_before || !capitalized(&w.text) || HEAD_WORDS.contains(&canon::fold(&w.text).as_str()) {
                break;
            }
            last = Some(k);
        }
        return last;
    }
    let conn = canon::fold(&words.get(i)?.text);
    // `Reglamento que regula las Políticas Nacionales`: a descriptive title (`que` and a verb)
    // is never a name on its own; it runs on in lower case, a mention only when approved.
    let descriptive = conn == "que" && words.get(i + 1).is_some_and(|w| !capitalized(&w.text));
    if !(CONNECTORS.contains(&conn.as_str()) || descriptive) || words.get(i)?.comma_before {
        return None;
    }
    let mut last = None;
    let mut prev_fiscal = false;
    for (k, w) in words.iter().enumerate().skip(i + 1) {
        let f = canon::fold(&w.text);
        // `Ley del Código de Ética …`: a law named after the code it enacts.
        let code_named = is_ley && k == i + 1 && f == "codigo" && f0 == "ley";
        if w.comma_before || (HEAD_WORDS.contains(&f.as_str()) && !code_named) || number_sign(words, k) {
            break;
        }
        if w.text.chars().all(|c| c.is_ascii_digit()) {
            if prev_fiscal && w.text.len() == 4 {
                last = Some(k);
            }
            break;
        }
        if canon::STOP_WORDS.contains(&f.as_str()) {
            // `… y el Sistema …`: a conjunction with an article joins another entity.
            let article_next =
                words.get(k + 1).is_some_and(|n| matches!(canon::fold(&n.text).as_str(), "el" | "la" | "los" | "las"));
            if matches!(f.as_str(), "y" | "e") && article_next {
                break;
            }
            continue;
        }
        if !capitalized(&w.text) {
            break;
        }
        prev_fiscal = matches!(f.as_str(), "fiscal" | "ano");
        last = Some(k);
    }
    let last = last?;
    let content: Vec<String> = words[i + 1..=last]
        .iter()
        .map(|w| canon::fold(&w.text))
        .filter(|f| !canon::STOP_WORDS.contains(&f.as_str()))
        .collect();
    if content.len() == 1 && EPONYMS.contains(&content[0].as_str()) {
        return None;
    }
    Some(last)
}

/// Endings of Spanish adjectives that can name a law on their own (`Ley Universitaria`,
/// `Ley Forestal`, `Ley Magisterial`).
const ADJECTIVE_ENDINGS: &[&str] = &["aria", "ario", "al", "ica", "ico", "iva", "ivo", "ista", "ora", "era", "ero"];

/// The lexicon entry a name spells when qualifiers (`Orgánica`, `Marco`, `General`) are left
/// out on both sides, if exactly one norm fits (`Ley de Gobiernos Regionales`).
fn lexicon_loose(name: &str) -> Option<LexEntry> {
    let strip = |ws: &[String]| -> Vec<String> {
        ws.iter().filter(|w| !QUALIFIERS.iter().any(|q| canon::stem(q) == **w)).cloned().collect()
    };
    let key = strip(&canon::name_words(name).iter().map(|w| canon::stem(w)).collect::<Vec<_>>());
    let mut found = LEXICON.iter().filter(|e| strip(&e.words) == key);
    let first = found.next()?;
    if found.any(|e| e.canonical != first.canonical) {
        return None;
    }
    Some(first.clone())
}

fn lexicon_exact(name: &str) -> Option<LexEntry> {
    let key: Vec<String> = canon::name_words(name).iter().map(|w| canon::stem(w)).collect();
    LEXICON.iter().find(|e| e.words == key).cloned()
}

fn named_from(start: usize, end: usize, family: NormType, name: &str, lex: Option<LexEntry>) -> Named {
    Named {
        start,
        end,
        family,
        key: canon::name_key(name),
        slug: canon::slug(name),
        lex,
        trailing: None,
        long_end: None,
        standalone: true,
    }
}

/// `Leyes Orgánicas del Poder Ejecutivo, de Gobiernos Regionales y de Municipalidades`: one
/// name per conjunct, each the singular head with its own words (docs §5, elided heads).
/// The first span holds the head; the others only their distinguishing words.
fn plural_names(text: &str, words: &[Word], start: usize) -> Vec<Named> {
    let mut out = Vec::new();
    let mut i = 1;
    let mut head = String::from("Ley");
    if let Some(w) = words.get(1) {
        let f = canon::fold(&w.text);
        if let Some(q) = QUALIFIERS.iter().find(|q| f == format!("{q}s") || f == **q) {
            let mut q = q.to_string();
            if let Some(c) = q.get_mut(0..1) {
                c.make_ascii_uppercase();
            }
            head.push(' ');
            head.push_str(&q.replace("organica", "Orgánica").replace("Organica", "Orgánica"));
            i = 2;
        }
    }
    // Conjuncts: connector + capitalised words, separated by `,` / `y` / `e`.
    while i < words.len() && out.len() < 12 {
        let conn_start = i;
        let mut conn = String::new();
        while let Some(w) = words.get(i) {
            let f = canon::fold(&w.text);
            if (i > conn_start && w.comma_before)
                || !matches!(f.as_str(), "de" | "del" | "la" | "los" | "las" | "para" | "sobre")
            {
                break;
            }
            conn.push_str(&w.text);
            conn.push(' ');
            i += 1;
        }
        if conn.is_empty() {
            break;
        }
        let first_word = i;
        let mut last = None;
        let mut lower = false;
        let mut cap_last = None;
        while let Some(w) = words.get(i) {
            let f = canon::fold(&w.text);
            if i > first_word && (w.comma_before || matches!(f.as_str(), "y" | "e")) {
                break;
            }
            if canon::STOP_WORDS.contains(&f.as_str()) {
                i += 1;
                continue;
            }
            if HEAD_WORDS.contains(&f.as_str()) || i - first_word >= 10 {
                break;
            }
            lower |= !capitalized(&w.text);
            if !lower {
                cap_last = Some(i);
            }
            last = Some(i);
            i += 1;
        }
        let Some(mut last) = last else { break };
        let scanned_to = last;
        let Some(fw) = words.get(first_word) else { break };
        let fw_start = fw.end - fw.text.len();
        let name_to = |k: usize| words.get(k).map(|lw| format!("{head} {conn}{}", &text[fw_start..lw.end]));
        // `leyes del procedimiento administrativo general y del servicio civil`: a conjunct in
        // lower case counts only as (the start of) a name the lexicon knows.
        if lower {
            let known = (first_word..=last)
                .rev()
                .find(|&k| name_to(k).is_some_and(|n| lexicon_exact(&n).or_else(|| lexicon_loose(&n)).is_some()));
            match known.or(cap_last) {
                Some(k) => last = k,
                None => break,
            }
        }
        let (Some(lw), Some(name)) = (words.get(last), name_to(last)) else { break };
        let lex = lexicon_exact(&name).or_else(|| lexicon_loose(&name));
        let s = if out.is_empty() { start } else { fw_start };
        out.push(named_from(s, lw.end, canon::LEY, &name, lex));
        if last != scanned_to {
            break; // the words after the name are the sentence's, not another conjunct
        }
        // Next conjunct after `,` or `y` / `e`.
        match words.get(i) {
            Some(w) if matches!(canon::fold(&w.text).as_str(), "y" | "e") => i += 1,
            Some(w) if w.comma_before => {}
            _ => break,
        }
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out
}

/// `Leyes de Presupuesto del Sector Público para los Años Fiscales 2021 y 2022`: one law per
/// year, each named in the singular (`Ley de Presupuesto del Sector Público para el Año Fiscal
/// 2021`). The first span holds the head, the others only their year.
fn fiscal_years(text: &str, words: &[Word], start: usize) -> Option<Vec<Named>> {
    if !capitalized(&words.first()?.text) {
        return None;
    }
    let folded: Vec<String> = words.iter().map(|w| canon::fold(&w.text)).collect();
    let anos = (3..folded.len().min(16))
        .find(|&k| folded[k] == "anos" && folded.get(k + 1).is_some_and(|f| f == "fiscales"))?;
    // The name: capitalised words and stop words, ending in `… los`.
    if folded[anos - 1] != "los"
        || words[1..anos - 1]
            .iter()
            .zip(&folded[1..anos - 1])
            .any(|(w, f)| w.comma_before || !(capitalized(&w.text) || canon::STOP_WORDS.contains(&f.as_str())))
    {
        return None;
    }
    let mut years: Vec<&Word> = Vec::new();
    for (w, f) in words[anos + 2..].iter().zip(&folded[anos + 2..]) {
        let is_year = w.text.len() == 4 && w.text.chars().all(|c| c.is_ascii_digit());
        if is_year {
            years.push(w);
        } else if years.is_empty() || !matches!(f.as_str(), "y" | "e") {
            break;
        }
    }
    if years.len() < 2 {
        return None;
    }
    let w1 = &words[1];
    let before_los = &words[anos - 2];
    // `… de los Años Fiscales` → `… del Año Fiscal`; `… para los …` → `… para el …`.
    let (prefix_end, article) =
        if folded[anos - 2] == "de" { (before_los.end - before_los.text.len(), "del") } else { (before_los.end, "el") };
    let prefix = text.get(w1.end - w1.text.len()..prefix_end)?.trim_end();
    let laws = years
        .iter()
        .enumerate()
        .map(|(k, y)| {
            let name = format!("Ley {prefix} {article} Año Fiscal {}", y.text);
            let s = if k == 0 { start } else { y.end - y.text.len() };
            named_from(s, y.end, canon::LEY, &name, None)
        })
        .collect();
    Some(laws)
}

/// `Reglamento Interno del Concejo …`, `Directiva para la Gestión …`, `Norma Técnica para la
/// gestión de …`: (end of the capitalised name, end of the title run on in lower case).
fn instrument_end(words: &[Word], head_words: usize) -> Option<(Option<usize>, usize)> {
    let first = words.first()?;
    if !capitalized(&first.text) {
        return None;
    }
    let mut i = head_words;
    if let Some(w) = words.get(i) {
        let f = canon::fold(&w.text);
        if capitalized(&w.text) && !CONNECTORS.contains(&f.as_str()) && !HEAD_WORDS.contains(&f.as_str()) {
            i += 1; // a qualifier: `Interno`, `Sanitaria`, `General`
        }
    }
    let conn = canon::fold(&words.get(i)?.text);
    // `Reglamento que regula las Políticas Nacionales`: a descriptive title (`que` and a verb)
    // is never a name on its own; it runs on in lower case, a mention only when approved.
    let descriptive = conn == "que" && words.get(i + 1).is_some_and(|w| !capitalized(&w.text));
    if !(CONNECTORS.contains(&conn.as_str()) || descriptive) || words.get(i)?.comma_before {
        return None;
    }
    let mut cap_last = None;
    let mut long_last = None;
    let mut lower_seen = false;
    for (k, w) in words.iter().enumerate().skip(i + 1).take(18) {
        let f = canon::fold(&w.text);
        if w.comma_before
            || HEAD_WORDS.contains(&f.as_str())
            || number_sign(words, k)
            || f == "que"
            || f.starts_with("aprob")
            || f == "mediante"
        {
            break;
        }
        if w.text.chars().all(|c| c.is_ascii_digit()) {
            break;
        }
        if canon::STOP_WORDS.contains(&f.as_str()) {
            continue;
        }
        if capitalized(&w.text) && !lower_seen {
            cap_last = Some(k);
        } else {
            lower_seen = true;
        }
        long_last = Some(k);
    }
    let long = words.get(long_last?)?.end;
    if descriptive {
        return Some((None, long));
    }
    Some((cap_last.and_then(|k| words.get(k)).map(|w| w.end), long))
}

/// All named-norm candidates of a prepared text.
pub fn find(text: &str, breaks: &[usize]) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    let lower = text.to_ascii_lowercase();
    for m in START.find_iter(&lower) {
        if out.last().is_some_and(|n| m.start() < n.end) {
            continue;
        }
        let words = words_from(text, breaks, m.start(), 24);
        let head = canon::fold(words.first().map(|w| w.text.as_str()).unwrap_or(""));
        let not_in_force = NOT_IN_FORCE_BEFORE.is_match(before(&lower, m.start(), 60));
        if head == "leyes" {
            if !not_in_force {
                match fiscal_years(text, &words, m.start()) {
                    Some(laws) => out.extend(laws),
                    None => out.extend(plural_names(text, &words, m.start())),
                }
            }
            continue;
        }
        if head == "codigos" {
            if !not_in_force {
                out.extend(plural_codes(text, &words, m.start()));
            }
            continue;
        }
        if head == "norma" || head == "reglamento" || head == "directiva" {
            let head_words = if head == "norma" {
                if text[m.range()].ends_with("alud") {
                    4
                } else {
                    2
                }
            } else {
                1
            };
            let lex = lexicon_match(&words);
            if lex.is_none() && !not_in_force {
                let Some((cap_end, long_end)) = instrument_end(&words, head_words) else { continue };
                let family = match head.as_str() {
                    "norma" => canon::NT,
                    "directiva" => canon::DIRECTIVA,
                    _ => canon::REGLAMENTO,
                };
                let end = cap_end.unwrap_or(long_end);
                let name = &text[m.start()..end];
                let nk = canon::name_key(name);
                // A Reglamento that only sets out an organisation is a management document.
                if nk.contains("organiza") && nk.contains("funcion") {
                    continue;
                }
                let mut n = named_from(m.start(), end, family, name, None);
                n.long_end = Some(long_end);
                n.standalone = cap_end.is_some();
                out.push(n);
                continue;
            }
        }
        let lex = lexicon_match(&words);
        let family = match head.as_str() {
            "ley" => canon::LEY,
            "reglamento" => canon::REGLAMENTO,
            "directiva" => canon::DIRECTIVA,
            "decreto" => canon::DLEG,
            "norma" => continue,
            _ => canon::CODIGO,
        };
        let last = match &lex {
            Some((_, last)) => Some(*last),
            // `Decreto Legislativo del Sistema Nacional de Abastecimiento`: the two-word head
            // and a connector, as a law's name.
            None if family == canon::DLEG => words.get(1..).and_then(generic_end).map(|k| k + 1),
            None if family != canon::REGLAMENTO => generic_end(&words).or_else(|| adjective_end(&words)),
            None => None,
        };
        let Some(last) = last else { continue };
        if lex.is_none() && not_in_force {
            continue;
        }
        if lex.is_some() && not_in_force && before(text, m.start(), 8).ends_with("ueva ") {
            continue;
        }
        let Some(end) = words.get(last).map(|w| w.end) else { continue };
        let name = &text[m.start()..end];
        // `Ley de Gobiernos Regionales y Municipalidades`: two laws of the lexicon sharing
        // their head (coordinated ellipsis), when the whole is none.
        if lex.is_none() && family == canon::LEY {
            if let Some(two) = ellipsis(text, m.start(), &words) {
                out.extend(two);
                continue;
            }
        }
        let lex = lex.or_else(|| if family == canon::LEY { lexicon_prefix(name).map(|e| (e, last)) } else { None });
        let trailing = TRAILING_NUMBER
            .captures(&text[end..])
            .and_then(|c| Some((c.name("num")?.as_str().to_string(), end + c.get(0)?.end())));
        let second =
            if family == canon::LEY && trailing.is_none() { elided_after(text, breaks, name, end) } else { None };
        let mut n = named_from(m.start(), end, family, name, lex.map(|(e, _)| e));
        n.trailing = trailing;
        out.push(n);
        out.extend(second);
    }
    out
}

/// `… como la de` / `y la del` right after a law's name: a second law sharing its head.
static ELIDED_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^,?\s(?:y|e|o|ni|como|as[ií]\scomo)\s(?:tambi[eé]n\s)?(?P<la>la\s)?(?P<conn>de\sla|de\slos|de\slas|del|de|para|sobre)\s",
    )
});

/// `la Ley Orgánica de Gobiernos Regionales como la de Municipalidades`, `Ley Orgánica de
/// Municipalidades y de Gobiernos Regionales`: the second law of a coordinated ellipsis
/// (`la de`, `la del`, `y de`), named by the first one's
/// head (`Ley Orgánica`) and its own capitalised words; its span is those words.
fn elided_after(text: &str, breaks: &[usize], name: &str, end: usize) -> Option<Named> {
    let caps = ELIDED_NEXT.captures(text.get(end..)?)?;
    let conn = caps.name("conn")?.as_str();
    let from = end + caps.get(0)?.end();
    let conn_at = [" de los ", " de las ", " de la ", " del ", " de ", " para ", " sobre "]
        .iter()
        .filter_map(|c| name.find(c).map(|i| i + 1))
        .min()?;
    let head = &name[..conn_at];
    let words = words_from(text, breaks, from, 12);
    let mut last = None;
    for (k, w) in words.iter().enumerate() {
        let f = canon::fold(&w.text);
        if k > 0 && (w.comma_before || matches!(f.as_str(), "y" | "e")) {
            break;
        }
        if k > 0 && canon::STOP_WORDS.contains(&f.as_str()) {
            continue;
        }
        if !capitalized(&w.text) || HEAD_WORDS.contains(&f.as_str()) {
            break;
        }
        last = Some(k);
    }
    let lw = words.get(last?)?;
    let own = &text[from..lw.end];
    let full = format!("{head}{conn} {own}");
    let lex = lexicon_exact(&full).or_else(|| lexicon_loose(&full));
    // Without the article (`Ley Orgánica de A y de B`) only a name the lexicon knows: `y de`
    // also joins the parts of one name.
    if caps.name("la").is_none() && lex.is_none() {
        return None;
    }
    Some(named_from(from, lw.end, canon::LEY, &full, lex))
}

/// `Códigos Penal y Procesal Penal`: one code per conjunct, each starting with an adjective of
/// codes; the first span holds the head.
fn plural_codes(text: &str, words: &[Word], start: usize) -> Vec<Named> {
    let mut out = Vec::new();
    let mut i = 1;
    while i < words.len() && out.len() < 8 {
        let first = i;
        if !CODE_ADJECTIVES.contains(&canon::fold(&words[i].text).as_str()) || !capitalized(&words[i].text) {
            break;
        }
        while i < words.len() {
            let w = &words[i];
            let f = canon::fold(&w.text);
            if (i > first && w.comma_before) || matches!(f.as_str(), "y" | "e") || !capitalized(&w.text) {
                break;
            }
            i += 1;
        }
        let (fw, lw) = (&words[first], &words[i - 1]);
        let fw_start = fw.end - fw.text.len();
        let name = format!("Código {}", &text[fw_start..lw.end]);
        let lex = lexicon_exact(&name);
        out.push(named_from(if out.is_empty() { start } else { fw_start }, lw.end, canon::CODIGO, &name, lex));
        match words.get(i) {
            Some(w) if matches!(canon::fold(&w.text).as_str(), "y" | "e") => i += 1,
            Some(w) if w.comma_before => {}
            _ => break,
        }
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out
}

/// `Ley Universitaria`: `Ley` and one capitalised adjective, nothing capitalised after.
fn adjective_end(words: &[Word]) -> Option<usize> {
    let (first, second) = (words.first()?, words.get(1)?);
    if canon::fold(&first.text) != "ley"
        || !capitalized(&first.text)
        || !capitalized(&second.text)
        || second.comma_before
    {
        return None;
    }
    let f = canon::fold(&second.text);
    if QUALIFIERS.contains(&f.as_str())
        || HEAD_WORDS.contains(&f.as_str())
        || !ADJECTIVE_ENDINGS.iter().any(|e| f.ends_with(e))
    {
        return None;
    }
    if words.get(2).is_some_and(|w| capitalized(&w.text) && !w.comma_before) {
        return None;
    }
    // `Ley Forestal y de Fauna Silvestre`: a second, prepositional part joined by `y`.
    let joined = |k: usize, v: &[&str]| {
        words.get(k).is_some_and(|w| !w.comma_before && v.contains(&canon::fold(&w.text).as_str()))
    };
    if joined(2, &["y", "e"]) && joined(3, &["de", "del"]) {
        let mut last = None;
        for (k, w) in words.iter().enumerate().skip(4) {
            let f = canon::fold(&w.text);
            if w.comma_before || HEAD_WORDS.contains(&f.as_str()) {
                break;
            }
            if capitalized(&w.text) {
                last = Some(k);
            } else if !canon::STOP_WORDS.contains(&f.as_str()) {
                break;
            }
        }
        if last.is_some() {
            return last;
        }
    }
    Some(1)
}

/// The two laws of a coordinated ellipsis `Ley [Q] de A y B`, when `Ley [Q] de A` and `Ley
/// [Q] de B` are both lexicon names (in any case) and no lexicon name spans the whole.
fn ellipsis(text: &str, start: usize, words: &[Word]) -> Option<Vec<Named>> {
    for k in 2..words.len().min(10) {
        let w = &words[k];
        if w.comma_before || !matches!(canon::fold(&w.text).as_str(), "y" | "e") {
            continue;
        }
        let left = &text[start..words[k - 1].end];
        let Some(a) = lexicon_exact(left).or_else(|| lexicon_loose(left)) else { continue };
        let conn_at = [" de los ", " de las ", " de la ", " del ", " de "]
            .iter()
            .filter_map(|c| left.find(c).map(|i| i + c.len()))
            .min()?;
        let head = &left[..conn_at];
        let first = words.get(k + 1)?;
        let right_start = first.end - first.text.len();
        for j in (k + 1..words.len().min(k + 7)).rev() {
            if words[k + 1..=j].iter().skip(1).any(|w| w.comma_before) {
                continue;
            }
            let right = &text[right_start..words[j].end];
            let right_name = format!("{head}{right}");
            if let Some(b) = lexicon_exact(&right_name).or_else(|| lexicon_loose(&right_name)) {
                if a.canonical == b.canonical {
                    return None;
                }
                return Some(vec![
                    named_from(start, words[k - 1].end, canon::LEY, left, Some(a)),
                    named_from(right_start, words[j].end, canon::LEY, &right_name, Some(b)),
                ]);
            }
        }
        return None;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("la Ley Orgánica de Municipalidades establece", &["Ley Orgánica de Municipalidades"]),
            ("la ley orgánica de municipalidades", &["ley orgánica de municipalidades"]),
            ("la Ley Orgánica de los Gobiernos regionales, la", &["Ley Orgánica de los Gobiernos regionales"]),
            ("Ley de Bases de Descentralización, en esta", &["Ley de Bases de Descentralización"]),
            ("la Ley de Protección de Cultivos Andinos en la", &["Ley de Protección de Cultivos Andinos"]),
            ("la ley de la oferta y la demanda", &[]),
            ("la Ley de Cooperación Internacional y el Sistema Nacional", &["Ley de Cooperación Internacional"]),
            (
                "la Ley de Transparencia y Acceso a la Información Pública",
                &["Ley de Transparencia y Acceso a la Información Pública"],
            ),
            ("la Ley de Moore", &[]),
            ("la Ley que modifica la Ley", &[]),
            ("el Código Civil regula", &["Código Civil"]),
            ("el Código Procesal Civil regula", &["Código Procesal Civil"]),
            ("Código Variable Indicador Definición", &[]),
            ("el Proyecto de Ley de Protección de Datos", &[]),
            ("una nueva Ley de Cooperación", &[]),
            (
                "Ley de Presupuesto del Sector Público para el Año Fiscal 2018.",
                &["Ley de Presupuesto del Sector Público para el Año Fiscal 2018"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = find(text, &[]).iter().map(|n| &text[n.start..n.end]).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn plural_laws_of_fiscal_years_are_one_law_per_year() {
        let text = "las Leyes de Presupuesto del Sector Público para los Años Fiscales 2020, 2021 y 2022 autorizan";
        let got: Vec<(&str, String)> =
            find(text, &[]).iter().map(|n| (&text[n.start..n.end], n.slug.clone())).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, "Leyes de Presupuesto del Sector Público para los Años Fiscales 2020");
        assert_eq!(got[0].1, "ley-de-presupuesto-del-sector-publico-para-el-ano-fiscal-2020");
        assert_eq!(
            (got[2].0, got[2].1.as_str()),
            ("2022", "ley-de-presupuesto-del-sector-publico-para-el-ano-fiscal-2022")
        );
        let text = "Leyes de Equilibrio Financiero de los Años Fiscales 2019 y 2020";
        let slugs: Vec<String> = find(text, &[]).iter().map(|n| n.slug.clone()).collect();
        assert_eq!(
            slugs,
            ["ley-de-equilibrio-financiero-del-ano-fiscal-2019", "ley-de-equilibrio-financiero-del-ano-fiscal-2020"]
        );
        assert!(find("las leyes anuales de presupuesto de los años fiscales 2019 y 2020", &[]).is_empty());
    }

    #[test]
    fn lexicon_resolves_variants() {
        for (text, canonical) in [
            ("Ley de Bases de Descentralización", "pe:ley:27783"),
            ("Ley Orgánica de los Gobiernos Regionales", "pe:ley:27867"),
            ("Código Procesal Penal", "pe:dleg:957"),
        ] {
            let got = find(text, &[]);
            assert_eq!(got.first().and_then(|n| n.lex.as_ref()).map(|e| e.canonical), Some(canonical), "{text}");
        }
    }
}
