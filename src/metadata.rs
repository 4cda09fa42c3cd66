//! Document metadata for a catalogue: title, authors, institution, year, kind, abstract,
//! keywords, sections and language, read from the document itself.
//!
//! In: the front lines of the document (the first pages' lines with their font size and
//! weight, normalised), the record's pages (blocks in reading order, normalised) and the
//! PDF Info fields already in [`Metadata`]. Out: the same [`Metadata`] with every field it
//! could establish filled in and `sources` saying where each came from. The Info dictionary
//! is only a fallback: it often says "Microsoft Word - tesis_final.docx".

use std::sync::LazyLock;

use crate::re::Regex;

use crate::model::{BlockKind, Metadata, Page, Section};

/// One line of the front matter.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontLine {
    /// Normalised text of the line.
    pub text: String,
    /// Font size in points (0 when unknown, as for text input).
    pub size: f32,
    /// Bold.
    pub bold: bool,
    /// 1-based page.
    pub page: u32,
    /// Top of the line on its page (points from the top edge).
    pub top: f32,
    /// Body font size of the whole document (0 when unknown: then the front lines' own
    /// most common size is used).
    pub doc_body: f32,
}

/// A place and year line (`Lima, Perú 2019`, `Arequipa – diciembre de 2018`). The place is
/// at most [`PLACE_MAX`] characters, checked in [`place_year`]: a bounded repetition of a
/// Unicode class in the pattern would cost milliseconds of compilation at every start.
static PLACE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>[A-ZÁÉÍÓÚÑ][\p{L} ]+?)\s*(?:[,–—-]\s*(?:Perú|PERÚ|Peru)\s*)?[,–—-]?\s*(?:(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|setiembre|septiembre|octubre|noviembre|diciembre)\s+(?:de(?:l)?\s+)?)?(?P<year>(?:19|20)\d\d)\.?$")
        .expect("valid regex")
});
/// Longest place name of a place and year line, in characters.
const PLACE_MAX: usize = 41;

/// The captures of a place and year line, `None` when `s` is not one.
fn place_year(s: &str) -> Option<crate::re::Captures<'_>> {
    PLACE_YEAR.captures(s).filter(|c| c["place"].chars().count() <= PLACE_MAX)
}

static DEGREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)para\s+optar\s+(?:el|al)\s+(?:t[íi]tulo\s+profesional|grado\s+acad[ée]mico|grado|t[íi]tulo)\s+de\s+(?P<degree>.+?)\.?$")
        .expect("valid regex")
});
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<label>autor(?:a|es|as)?|presentad[ao] por|elaborad[ao] por|por|asesor(?:a)?|director(?:a)? de tesis)\s*(?::\s*(?P<value>.*)|$)")
        .expect("valid regex")
});
static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:Universidad|Pontificia|Academia|Ministerio|Instituto|Escuela|Facultad|Fundación|Grupo|Centro|Consorcio|Gobierno Regional|Municipalidad|Programa|Superintendencia|Organismo|Oficina|Defensoría|Contraloría|Consejo|Comisión|Asociación|Sociedad|Red|Colegio|Agencia)\b")
        .expect("valid regex")
});
static KEYWORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:palabras\s+clave|palabras\s+claves|descriptores|key\s*words)\s*:\s*(?P<list>.+)$")
        .expect("valid regex")
});

/// Fills `meta` from the document's own text.
pub fn enrich(meta: &mut Metadata, front: &[FrontLine], pages: &[Page]) {
    repair_info(meta);
    clear_junk_info(meta);
    title_page(meta, front);
    meta.sections = sections(pages);
    abstract_and_keywords(meta, pages);
    let (kind, evidence) = doc_type(front, pages);
    meta.doc_type = Some(kind.to_string());
    meta.doc_type_evidence = evidence;
    meta.language = body_language(pages);
}

/// Drops Info values that are not metadata ("Microsoft Word - x.docx", file names, "untitled").
fn clear_junk_info(meta: &mut Metadata) {
    let junk = |s: &str| {
        let l = s.to_lowercase();
        l.starts_with("microsoft word")
            || l.ends_with(".doc")
            || l.ends_with(".docx")
            || l.ends_with(".pdf")
            || l.ends_with(".odt")
            || l == "untitled"
            || l == "sin título"
            || l.chars().filter(|c| c.is_alphabetic()).count() < 3
    };
    if meta.title.as_deref().is_some_and(junk) {
        meta.title = None;
    }
    meta.authors.retain(|a| !junk(a));
    meta.authors = meta.authors.iter().flat_map(|a| split_names(a)).collect();
    if meta.title.is_some() {
        meta.sources.insert("title".into(), "pdf_info".into());
    }
    if !meta.authors.is_empty() {
        meta.sources.insert("authors".into(), "pdf_info".into());
    }
}

/// A run of consecutive front lines of one size and weight with ordinary leading: one
/// visual item of the title page (a wrapped title, a two-line institution name).
#[derive(Debug, Clone)]
struct Run {
    text: String,
    size: f32,
    lines: usize,
}

/// Groups the first page's lines into runs.
fn runs(lines: &[&FrontLine]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut prev: Option<&FrontLine> = None;
    for l in lines {
        let joins = prev.is_some_and(|p| {
            (p.size - l.size).abs() <= p.size.max(1.0) * 0.04
                && p.bold == l.bold
                && l.top > p.top
                && l.top - p.top <= 1.6 * p.size.max(1.0)
                && !LABELLED.is_match(l.text.trim())
                && !LABELLED.is_match(p.text.trim())
                && !is_place_year(&l.text)
        });
        match (joins, out.last_mut()) {
            (true, Some(r)) => {
                r.text.push(' ');
                r.text.push_str(l.text.trim());
                r.lines += 1;
            }
            _ => out.push(Run { text: l.text.trim().to_string(), size: l.size, lines: 1 }),
        }
        prev = Some(l);
    }
    for r in &mut out {
        r.text = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

/// Section names that open the body: the title page ends before them.
fn opens_body(r: &Run, body: f32) -> bool {
    const SECTIONS: [&str; 14] = [
        "presentación",
        "introducción",
        "resumen",
        "abstract",
        "índice",
        "indice",
        "contenido",
        "prólogo",
        "prologo",
        "prefacio",
        "agradecimientos",
        "dedicatoria",
        "tabla de contenido",
        "resumen ejecutivo",
    ];
    let t = r.text.to_lowercase();
    SECTIONS.contains(&t.trim_end_matches('.').trim())
        || (r.lines >= 3 && (r.size - body).abs() <= body * 0.05 && r.text.len() > 200)
}

/// Reads the title page: the largest run is the title, the run right after it (smaller, but
/// larger than body text) the subtitle; labelled lines give authors and advisor; known
/// words give institution, place and year. Reading stops where the body begins.
fn title_page(meta: &mut Metadata, front: &[FrontLine]) {
    let first_page: Vec<&FrontLine> = front.iter().filter(|l| l.page == front.first().map_or(1, |f| f.page)).collect();
    if first_page.is_empty() {
        return;
    }
    let body = body_size(front);
    let mut items = runs(&first_page);
    if let Some(end) = items.iter().position(|r| opens_body(r, body)) {
        items.truncate(end);
    }
    let mut used = vec![false; items.len()];
    let max = items.iter().map(|r| r.size).fold(0.0f32, f32::max);
    if max > 0.0 && max >= body * 1.15 {
        if let Some(t) = items.iter().position(|r| (r.size - max).abs() <= max * 0.04) {
            used[t] = true;
            set(meta, "title", items[t].text.clone(), "title_page");
            if let Some(next) = items.get(t + 1) {
                if next.size > body * 1.05
                    && next.size < max
                    && !is_place_year(&next.text)
                    && !LABELLED.is_match(&next.text)
                {
                    used[t + 1] = true;
                    set(meta, "subtitle", next.text.clone(), "title_page");
                }
            }
        }
    }
    let mut pending_label: Option<String> = None;
    for (i, r) in items.iter().enumerate() {
        let text = r.text.as_str();
        if let Some(c) = DEGREE.captures(text) {
            set(meta, "degree", c["degree"].trim().to_string(), "title_page");
            if meta.subtitle.is_none() {
                set(meta, "subtitle", text.to_string(), "title_page");
            }
            continue;
        }
        if let Some(label) = pending_label.take() {
            if !used[i] {
                labelled(meta, &label, text);
                used[i] = true;
                continue;
            }
        }
        if let Some(c) = LABELLED.captures(text) {
            let value = c.name("value").map_or("", |v| v.as_str()).trim();
            if value.is_empty() {
                pending_label = Some(c["label"].to_lowercase());
            } else {
                labelled(meta, &c["label"].to_lowercase(), value);
            }
            used[i] = true;
            continue;
        }
        if used[i] {
            continue;
        }
        if let Some(c) = place_year(text) {
            if meta.year.is_none() {
                if let Ok(y) = c["year"].parse() {
                    meta.year = Some(y);
                    meta.sources.insert("year".into(), "title_page".into());
                }
                let place = c["place"].trim().trim_end_matches(',').trim();
                if !place.is_empty() {
                    set(meta, "place", place.to_string(), "title_page");
                }
            }
            continue;
        }
        if meta.institution.is_none() && INSTITUTION.is_match(text) && text.len() < 200 {
            set(meta, "institution", text.to_string(), "title_page");
        }
    }
    if meta.authors.is_empty() {
        if let Some(inst) = &meta.institution {
            // A corporate author: the institution named on the title page.
            meta.authors.push(inst.clone());
            meta.sources.insert("authors".into(), "title_page".into());
        }
    }
}

fn labelled(meta: &mut Metadata, label: &str, value: &str) {
    if value.is_empty() {
        return;
    }
    if label.starts_with("asesor") || label.starts_with("director") {
        set(meta, "advisor", value.to_string(), "title_page");
    } else {
        if meta.sources.get("authors").map(String::as_str) == Some("pdf_info") {
            meta.authors.clear();
        }
        for a in split_names(value) {
            if !meta.authors.contains(&a) {
                meta.authors.push(a);
            }
        }
        meta.sources.insert("authors".into(), "title_page".into());
    }
}

/// "Fabián Novak y Sandra Namihas" → two names; "Pérez, Juan" stays one.
fn split_names(s: &str) -> Vec<String> {
    let parts: Vec<&str> = s.split(" y ").flat_map(|p| p.split(';')).collect();
    parts.iter().map(|p| p.trim().trim_end_matches('.').to_string()).filter(|p| !p.is_empty()).collect()
}

fn set(meta: &mut Metadata, field: &str, value: String, source: &str) {
    let slot = match field {
        "title" => &mut meta.title,
        "subtitle" => &mut meta.subtitle,
        "advisor" => &mut meta.advisor,
        "degree" => &mut meta.degree,
        "institution" => &mut meta.institution,
        "place" => &mut meta.place,
        _ => return,
    };
    // The title page wins over the Info dictionary.
    if slot.is_none() || meta.sources.get(field).map(String::as_str) == Some("pdf_info") {
        *slot = Some(value);
        meta.sources.insert(field.to_string(), source.to_string());
    }
}

fn is_place_year(s: &str) -> bool {
    place_year(s.trim()).is_some()
}

/// The document's body size when known, else the most common font size among the front
/// lines, weighted by length (a title page judged by its own sizes makes a long title
/// "body").
fn body_size(front: &[FrontLine]) -> f32 {
    if let Some(b) = front.first().map(|l| l.doc_body).filter(|b| *b > 0.0) {
        return b;
    }
    dominant_size(front.iter().map(|l| (l.size, l.text.len())))
}

/// The most common of `(size, weight)` pairs (sizes in half points, weights summed; ties
/// to the smaller size); 0 when there is none.
pub fn dominant_size(sizes: impl Iterator<Item = (f32, usize)>) -> f32 {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for (size, n) in sizes.filter(|(s, _)| *s > 0.0 && s.is_finite()) {
        let k = (size * 2.0).round() as i32;
        match counts.iter_mut().find(|(s, _)| *s == k) {
            Some(c) => c.1 += n,
            None => counts.push((k, n)),
        }
    }
    counts.into_iter().max_by_key(|c| (c.1, -c.0)).map_or(0.0, |c| c.0 as f32 / 2.0)
}

/// The heading tree.
fn sections(pages: &[Page]) -> Vec<Section> {
    let mut out = Vec::new();
    for p in pages {
        for b in p.blocks.iter().filter(|b| b.kind == BlockKind::Heading && !b.text.is_empty()) {
            out.push(Section { title: b.text.clone(), level: b.level.unwrap_or(1), page: p.width.map(|_| p.number) });
        }
    }
    out
}

/// The abstract: paragraphs under a heading "Resumen"/"Abstract" up to the next heading;
/// keywords from a "Palabras clave:" line anywhere in the first pages.
fn abstract_and_keywords(meta: &mut Metadata, pages: &[Page]) {
    let mut in_abstract = false;
    let mut parts: Vec<&str> = Vec::new();
    for b in pages.iter().take(12).flat_map(|p| &p.blocks) {
        if b.kind.is_furniture() {
            continue;
        }
        if let Some(c) = KEYWORDS.captures(b.text.trim()) {
            if meta.keywords.is_empty() {
                meta.keywords = c["list"]
                    .split([',', ';'])
                    .map(|k| k.trim().trim_end_matches('.').to_string())
                    .filter(|k| !k.is_empty())
                    .collect();
                meta.sources.insert("keywords".into(), "front_matter".into());
            }
            in_abstract = false;
            continue;
        }
        if b.kind == BlockKind::Heading {
            let h = b.text.trim().to_lowercase();
            in_abstract = parts.is_empty() && (h == "resumen" || h == "abstract" || h == "resumen ejecutivo");
            continue;
        }
        if in_abstract && matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem) {
            parts.push(&b.text);
        }
    }
    if !parts.is_empty() {
        meta.abstract_text = Some(parts.join("\n\n"));
        meta.sources.insert("abstract_text".into(), "front_matter".into());
    }
}

/// Decides the kind of document from words on its first pages, and says which.
fn doc_type(front: &[FrontLine], pages: &[Page]) -> (&'static str, Option<String>) {
    let front_text: String = front.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n").to_lowercase();
    // The first pages are read block by block (their text is not joined: a text input is one
    // page of the whole file); no phrase spans two blocks.
    let early = || pages.iter().take(3).flat_map(|p| p.blocks.iter().filter(|b| !b.kind.is_furniture()));
    const RULES: [(&str, &[&str]); 5] = [
        (
            "tesis",
            &[
                "tesis para optar",
                "tesis de maestría",
                "tesis de doctorado",
                "tesis doctoral",
                "para optar el grado",
                "para optar el título",
                "tesis",
            ],
        ),
        (
            "plan",
            &[
                "plan estratégico sectorial multianual",
                "pesem",
                "plan estratégico institucional",
                "plan operativo",
                "plan de desarrollo concertado",
                "plan nacional",
                "plan estratégico",
            ],
        ),
        (
            "norma",
            &[
                "decreto supremo n",
                "resolución ministerial n",
                "ley n°",
                "ley nº",
                "el congreso de la república ha dado la ley",
                "se resuelve:",
                "decreta:",
            ],
        ),
        ("informe", &["informe", "reporte", "documento de trabajo", "policy brief", "nota técnica"]),
        ("libro", &["isbn", "hecho el depósito legal", "editorial", "primera edición", "prólogo"]),
    ];
    let phrases = || RULES.iter().flat_map(|(kind, words)| words.iter().map(move |w| (*kind, *w)));
    let on_title_page: Vec<bool> = phrases().map(|(_, w)| has_phrase(&front_text, w)).collect();
    let mut on_first_pages = vec![false; on_title_page.len()];
    for b in early() {
        let text = b.text.to_lowercase();
        for (found, (_, w)) in on_first_pages.iter_mut().zip(phrases()) {
            *found = *found || has_phrase(&text, w);
        }
    }
    for (where_, found) in [("title page", &on_title_page), ("first pages", &on_first_pages)] {
        // Every rule's phrases found as whole words; the most specific phrase (most words,
        // then longest) decides, so "plan estratégico" beats a bare "informe".
        let best = phrases()
            .zip(found)
            .filter(|(_, &f)| f)
            .map(|(p, _)| p)
            .max_by_key(|(_, w)| (w.split_whitespace().count(), w.chars().count()));
        if let Some((kind, w)) = best {
            return (kind, Some(format!("\"{w}\" on the {where_}")));
        }
    }
    ("otro", None)
}

/// True when `phrase` occurs in `text` as whole words: not inside a longer word
/// ("síntesis" and "hipótesis" hold no "tesis", "informed" no "informe").
fn has_phrase(text: &str, phrase: &str) -> bool {
    let starts_word = phrase.chars().next().is_some_and(char::is_alphanumeric);
    let ends_word = phrase.chars().next_back().is_some_and(char::is_alphanumeric);
    text.match_indices(phrase).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        let glued_before = starts_word && before.is_some_and(char::is_alphanumeric);
        let glued_after = ends_word && after.is_some_and(char::is_alphanumeric);
        !glued_before && !glued_after
    })
}

/// Info values written as UTF-8 read through a one-byte encoding ("participaciÃ³n")
/// repaired, in the title, authors, producer and creator.
fn repair_info(meta: &mut Metadata) {
    let fix = |s: &mut String| {
        let mut stats = crate::model::NormalizationStats::default();
        if let Some(m) = crate::normalize::repair::mojibake(s, None, false, &mut stats) {
            *s = m.text;
        }
    };
    for v in [&mut meta.title, &mut meta.producer, &mut meta.creator].into_iter().flatten() {
        fix(v);
    }
    meta.authors.iter_mut().for_each(fix);
}

/// The five XML entities and numeric character references decoded.
fn unescape(s: &str) -> String {
    static NUMERIC: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"&#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7});").expect("valid regex"));
    let s = NUMERIC.replace_all(s, |c: &regex::Captures<'_>| {
        let v = match c[1].strip_prefix('x') {
            Some(h) => u32::from_str_radix(h, 16).ok(),
            None => c[1].parse().ok(),
        };
        v.and_then(char::from_u32).map(String::from).unwrap_or_default()
    });
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Title and creators from an XMP packet (`dc:title`, `dc:creator`): the first `rdf:li` of
/// each, or the element's own text; entities decoded.
pub fn xmp_fields(xml: &str) -> (Option<String>, Vec<String>) {
    static ELEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?s)<dc:(title|creator)\b[^>]*>(.*?)</dc:(?:title|creator)>").expect("valid regex")
    });
    static ITEM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<rdf:li\b[^>]*>(.*?)</rdf:li>").expect("valid regex"));
    static TAG: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"<[^>]*>").expect("valid regex"));
    let clean = |s: &str| {
        let t = unescape(&TAG.replace_all(s, " "));
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        (!t.is_empty()).then_some(t)
    };
    let (mut title, mut creators) = (None, Vec::new());
    for c in ELEMENT.captures_iter(xml).take(16) {
        let items: Vec<String> = ITEM.captures_iter(&c[2]).take(64).filter_map(|i| clean(&i[1])).collect();
        let values = if items.is_empty() { clean(&c[2]).into_iter().collect() } else { items };
        match &c[1] {
            "title" if title.is_none() => title = values.into_iter().next(),
            "creator" if creators.is_empty() => creators = values,
            _ => {}
        }
    }
    (title, creators)
}

/// The function words [`language_of`] counts: Spanish, English, Portuguese.
const FUNCTION_WORDS: [&[&str]; 3] = [
    &[
        "de", "la", "que", "el", "en", "los", "del", "las", "por", "con", "una", "para", "es", "se", "su", "al",
        "como", "más",
    ],
    &["the", "of", "and", "to", "in", "is", "that", "for", "with", "as", "on", "by", "this", "are", "be", "from"],
    &["do", "da", "não", "os", "das", "dos", "uma", "com", "para", "em", "ao", "pela", "pelo", "são"],
];

/// Bytes of the longest of the [`FUNCTION_WORDS`].
const LISTED_MAX_BYTES: usize = 4;

/// Spanish, English or Portuguese, from function words; `None` when too little text.
pub fn language_of(text: &str) -> Option<&'static str> {
    let mut counts = [0usize; 3];
    let mut words = 0usize;
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        // A listed word is at most [`LISTED_MAX_BYTES`] long, and has at most four letters,
        // each lower-cased from at most 3 bytes: a longer word is none of them (and not
        // worth lower-casing). An ASCII word keeps its length in lower case: one of more
        // bytes than the longest listed word is none of them either (most words of a text).
        if w.len() > 12 || (w.len() > LISTED_MAX_BYTES && w.is_ascii()) {
            continue;
        }
        // An ASCII word is lower-cased on the stack and compared as bytes.
        let mut buf = [0u8; LISTED_MAX_BYTES];
        let owned;
        let w: &[u8] = if w.is_ascii() {
            let b = &mut buf[..w.len()];
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            b
        } else {
            owned = w.to_lowercase();
            owned.as_bytes()
        };
        for (i, list) in FUNCTION_WORDS.iter().enumerate() {
            if list.iter().any(|l| l.as_bytes() == w) {
                counts[i] += 1;
            }
        }
    }
    if words < 5 {
        return None;
    }
    let (best, n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    if *n * 12 < words {
        return None;
    }
    Some(["es", "en", "pt"][best])
}

fn body_language(pages: &[Page]) -> Option<String> {
    let mut votes = std::collections::BTreeMap::<&str, usize>::new();
    for b in pages.iter().flat_map(|p| &p.blocks).filter(|b| b.kind == BlockKind::Paragraph) {
        if let Some(l) = language_of(&b.text) {
            *votes.entry(l).or_default() += b.text.len();
        }
    }
    votes.into_iter().max_by_key(|(_, n)| *n).map(|(l, _)| l.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    /// Lines stacked top to bottom: each starts `gap` × its size below the previous one.
    fn page(lines: &[(&str, f32, f32)]) -> Vec<FrontLine> {
        let mut top = 50.0;
        lines
            .iter()
            .map(|(text, size, gap)| {
                top += gap * size;
                FrontLine { text: (*text).into(), size: *size, bold: false, page: 1, top, doc_body: 0.0 }
            })
            .collect()
    }

    fn line(text: &str, size: f32) -> FrontLine {
        FrontLine { text: text.into(), size, bold: false, page: 1, top: 0.0, doc_body: 0.0 }
    }

    fn thesis_front() -> Vec<FrontLine> {
        page(&[
            ("ACADEMIA DIPLOMÁTICA DEL PERÚ", 14.0, 3.0),
            ("La participación de las Oficinas", 20.0, 3.0),
            ("Desconcentradas en Arequipa", 20.0, 1.2),
            ("Tesis para optar el grado de Magíster en Diplomacia", 12.0, 3.0),
            ("y Relaciones Internacionales", 12.0, 1.2),
            ("Presentada por:", 12.0, 3.0),
            ("Juan Pérez Quispe", 12.0, 1.2),
            ("Asesor: Dr. Carlos Ramos", 12.0, 1.2),
            ("Lima, 2018", 12.0, 3.0),
            ("body text body text body text body text body text body text", 12.0, 3.0),
        ])
    }

    #[test]
    fn reads_a_thesis_title_page() {
        let mut m = Metadata { title: Some("Microsoft Word - tesis_final.docx".into()), ..Default::default() };
        enrich(&mut m, &thesis_front(), &[]);
        assert_eq!(m.title.as_deref(), Some("La participación de las Oficinas Desconcentradas en Arequipa"));
        assert_eq!(m.degree.as_deref(), Some("Magíster en Diplomacia y Relaciones Internacionales"));
        assert_eq!(m.authors, vec!["Juan Pérez Quispe"]);
        assert_eq!(m.advisor.as_deref(), Some("Dr. Carlos Ramos"));
        assert_eq!(m.place.as_deref(), Some("Lima"));
        assert_eq!(m.year, Some(2018));
        assert_eq!(m.doc_type.as_deref(), Some("tesis"));
        assert_eq!(m.sources["title"], "title_page");
        assert_eq!(
            m.subtitle.as_deref(),
            Some("Tesis para optar el grado de Magíster en Diplomacia y Relaciones Internacionales")
        );
        assert_eq!(m.institution.as_deref(), Some("ACADEMIA DIPLOMÁTICA DEL PERÚ"));
    }

    #[test]
    fn corporate_author_from_institution() {
        let front = page(&[
            ("Plan Estratégico Sectorial Multianual 2015-2021", 22.0, 1.0),
            ("Sector Relaciones Exteriores", 14.0, 2.0),
            ("Ministerio de Relaciones Exteriores", 12.0, 2.0),
            ("Lima – Perú, 2015", 12.0, 2.0),
            ("Presentación", 15.0, 3.0),
            ("texto del cuerpo elaborado por los gobiernos regionales del país", 12.0, 2.0),
            ("por los gobiernos regionales, en el marco de sus competencias", 12.0, 1.2),
        ]);
        let mut m = Metadata::default();
        enrich(&mut m, &front, &[]);
        assert_eq!(m.subtitle.as_deref(), Some("Sector Relaciones Exteriores"));
        assert_eq!(m.institution.as_deref(), Some("Ministerio de Relaciones Exteriores"));
        assert_eq!(
            m.authors,
            vec!["Ministerio de Relaciones Exteriores"],
            "a body line starting with 'por' is no label"
        );
        assert_eq!(m.year, Some(2015));
        assert_eq!(m.doc_type.as_deref(), Some("plan"));
    }

    #[test]
    fn info_title_kept_when_the_page_has_no_larger_text() {
        let mut m = Metadata { title: Some("Informe anual".into()), ..Default::default() };
        enrich(&mut m, &[line("solo texto", 10.0), line("más texto", 10.0)], &[]);
        assert_eq!(m.title.as_deref(), Some("Informe anual"));
        assert_eq!(m.sources["title"], "pdf_info");
    }

    #[test]
    fn document_type_by_whole_words_most_specific_first() {
        // A plan whose first page speaks of a "síntesis" and "hipótesis": no thesis.
        let front = [
            line("Plan Estratégico Institucional 2020-2024", 20.0),
            line("Síntesis de las hipótesis de trabajo del sector", 11.0),
        ];
        let mut m = Metadata::default();
        enrich(&mut m, &front, &[]);
        assert_eq!(m.doc_type.as_deref(), Some("plan"));
        let mut m = Metadata::default();
        enrich(&mut m, &[line("Síntesis y nuevas hipótesis", 12.0)], &[]);
        assert_eq!(m.doc_type.as_deref(), Some("otro"));
        // English "informed" is no "informe"; a real one is.
        let mut m = Metadata::default();
        enrich(&mut m, &[line("Well informed citizens", 12.0)], &[]);
        assert_eq!(m.doc_type.as_deref(), Some("otro"));
        let mut m = Metadata::default();
        enrich(&mut m, &[line("Informe anual de gestión", 12.0)], &[]);
        assert_eq!(m.doc_type.as_deref(), Some("informe"));
        // The most specific phrase wins over a word of another rule.
        let mut m = Metadata::default();
        enrich(&mut m, &[line("Informe de la tesis para optar el grado de magíster", 12.0)], &[]);
        assert_eq!(m.doc_type.as_deref(), Some("tesis"));
    }

    #[test]
    fn info_values_are_repaired_and_xmp_is_read() {
        let mut m = Metadata {
            title: Some("La participaciÃ³n ciudadana en el PerÃº".into()),
            authors: vec!["JosÃ© PÃ©rez".into()],
            ..Default::default()
        };
        enrich(&mut m, &[], &[]);
        assert_eq!(m.title.as_deref(), Some("La participación ciudadana en el Perú"));
        assert_eq!(m.authors, vec!["José Pérez"]);
        let xml = r#"<x:xmpmeta><rdf:RDF><rdf:Description>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Gestión &amp; control</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>Ana Ruiz</rdf:li><rdf:li>Luis Soto</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description></rdf:RDF></x:xmpmeta>"#;
        let (title, creators) = xmp_fields(xml);
        assert_eq!(title.as_deref(), Some("Gestión & control"));
        assert_eq!(creators, vec!["Ana Ruiz", "Luis Soto"]);
        assert_eq!(xmp_fields("<x/>"), (None, vec![]));
    }

    #[test]
    fn title_page_is_judged_against_the_document_body_size() {
        // A long title at 14 pt fills most of the first page; the document's body is 11 pt.
        let title = "Evaluación de los efectos de la política de descentralización fiscal sobre la \
                     inversión pública de los gobiernos regionales del Perú entre 2004 y 2018";
        let mut front = vec![line(title, 14.0), line("Lima, 2019", 11.0)];
        let mut m = Metadata::default();
        enrich(&mut m, &front, &[]);
        assert_eq!(m.title, None, "judged by the first page alone, the title is body text");
        for l in &mut front {
            l.doc_body = 11.0;
        }
        let mut m = Metadata::default();
        enrich(&mut m, &front, &[]);
        assert_eq!(m.title.as_deref(), Some(title));
    }

    #[test]
    fn abstract_keywords_sections_language() {
        let mut h = Block::new(BlockKind::Heading, "Resumen");
        h.level = Some(1);
        let p1 = Block::new(
            BlockKind::Paragraph,
            "La presente tesis tiene como objetivo evaluar la participación de las oficinas.",
        );
        let kw = Block::new(BlockKind::Paragraph, "Palabras clave: descentralización, regiones; cooperación.");
        let mut h2 = Block::new(BlockKind::Heading, "Introducción");
        h2.level = Some(1);
        let p2 = Block::new(
            BlockKind::Paragraph,
            "En el primer capítulo se describe el proceso de la descentralización en el país.",
        );
        let page = Page { number: 2, width: Some(595.0), height: Some(842.0), blocks: vec![h, p1, kw, h2, p2] };
        let mut m = Metadata::default();
        enrich(&mut m, &[], &[page]);
        assert_eq!(m.keywords, vec!["descentralización", "regiones", "cooperación"]);
        assert!(m.abstract_text.as_deref().unwrap().starts_with("La presente tesis"));
        assert_eq!(m.sections.len(), 2);
        assert_eq!(m.sections[1].page, Some(2));
        assert_eq!(m.language.as_deref(), Some("es"));
    }

    #[test]
    fn languages() {
        assert_eq!(language_of("The state of the art in the field of text extraction is poor."), Some("en"));
        assert_eq!(language_of("El estado de la cuestión en el campo de la extracción de texto."), Some("es"));
        assert_eq!(language_of("Hola"), None);
        // Capitals and accented capitals are lowered before the words are compared.
        assert_eq!(language_of("DE LA QUE EL EN los del: Las, POR MÁS"), Some("es"));
        assert_eq!(language_of("NÃO são OS das DOS uma"), Some("pt"));
    }

    /// No function word is longer than the length that lets longer ASCII words be skipped.
    #[test]
    fn function_words_fit_the_skip_length() {
        let longest = FUNCTION_WORDS.iter().flat_map(|l| l.iter()).map(|w| w.len()).max();
        assert_eq!(longest, Some(LISTED_MAX_BYTES));
    }

    #[test]
    fn place_year_forms() {
        for s in ["Lima, 2018", "Lima – Perú, 2015", "Arequipa 2019", "Lima, diciembre de 2020"] {
            assert!(is_place_year(s), "{s}");
        }
        assert!(!is_place_year("Ley N° 27444 de 2001 sobre el procedimiento"));
    }
}
