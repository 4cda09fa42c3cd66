//! Scores against the expected outputs of a real corpus (`../shared/corpus/real`).
//!
//! In: a folder with a `manifest.json` whose `files[]` entries name a PDF (`file`), maybe a
//! `password` (`{"user": …}` or a string) and `expected_outputs[]` (`file`). Out: the
//! report, one row per scored expected output, legajo beside pdftotext.
//!
//! What is scored, by the expected file's suffix after the PDF's stem:
//!
//! - `.expected.txt`, `.expected.layout.txt` (full text): **word F1**, the bag-of-words F1 of
//!   the truth-folder metrics (a full Levenshtein ratio over a hundred pages would take
//!   minutes; the bag F1 is linear).
//!   Beside it, **Indel similarity** (1 − character insertions and deletions / total length,
//!   rapidfuzz's normalised Indel similarity, what text-extraction benchmarks publish), first
//!   with every run of whitespace made one space on both sides, then on the raw texts. These
//!   expected texts transcribe whole pages, running heads and page numbers included, so the
//!   similarity is taken on legajo's text with page furniture (the blocks in page order; a
//!   paragraph joined across pages has its pages' furniture at its page break,
//!   [`pipeline::render_text_with_furniture`]), as on pdftotext's; pdftotext's column also
//!   gives `-raw` (content-stream order).
//! - `.expected-snippet.txt`: **contained** (searched in all text, page furniture included): `yes` when the snippet occurs in the whole
//!   extracted text after both are whitespace-normalised (NFC, runs of whitespace → one
//!   space), else `no`. The whole document's text is searched, also where the source's own
//!   test looked at one page only.
//! - `.expected.es.xml` (paragraphs as `<p>` elements, `<s>` sentences inside; tags stripped,
//!   the five XML entities and numeric references decoded) and `.expected.es.txt` (one
//!   paragraph per line): **paragraphs found** and, in brackets, **order**, exactly as in the
//!   truth-folder metrics (verbatim token-aligned span, else word similarity ≥ 0.95; LIS).
//! - `.expected.csv` (RFC 4180) and, when there is no CSV for the same PDF, a tabula
//!   `.expected.json` (`data[][].text`): **table F1**, ICDAR 2013 adjacency F1 between each
//!   expected table and the record table that scores best against it (these expectations
//!   cover one page area, so other tables on the page are not counted against legajo).
//! - `.expected.str.xml` (ICDAR 2013 structure: one grid per `<region>` with its `page`,
//!   cells from `start-row`/`start-col` to `end-row`/`end-col`): **table F1** over the whole
//!   document as in the truth-folder metrics (record tables paired by page overlap and best
//!   F1; unpaired record tables count as false positives). Where the competition gives an
//!   alternative ground truth for an ambiguous document (`.expected-b.str.xml`), the
//!   document is scored against whichever of the two gives the higher F1, as the competition
//!   did (for every tool alike). Totals are also printed per manifest feature
//!   (`TOTAL structure [eu-government]`), so that parts of a set are reported apart.
//!
//! Other expected outputs (other languages, LaTeX sources, region-only ground truth, another
//! tool's output, expected table counts) are listed as not scored. pdftotext has no cells:
//! its table cells read `n/a`. Each PDF is processed once, in parallel with the others, and
//! pdftotext is stopped after [`pdftotext::TIME_LIMIT`].

use std::path::Path;

use rayon::prelude::*;
use regex::Regex;
use serde_json::Value;

use crate::config::Config;
use crate::model::MergedCell;
use crate::pipeline;

use super::pdftotext;
use super::report;
use super::tables::{self, Grid};
use super::text_metrics::{self, ParagraphScore, Prf};

/// Largest row or column index accepted from an expected table (bounds the grid built).
const MAX_GRID: usize = 2000;

/// True when `dir` holds a `manifest.json` with a `files` list.
pub fn is_real_corpus(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join("manifest.json"))
        .ok()
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .is_some_and(|v| v.get("files").is_some_and(Value::is_array))
}

/// How one expected output is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Full text: word F1.
    FullText,
    /// Must be contained.
    Snippet,
    /// Paragraphs as XML `<p>`.
    ParagraphsXml,
    /// Paragraphs one per line.
    ParagraphsLines,
    /// A CSV table.
    Csv,
    /// A tabula JSON table list.
    TabulaJson,
    /// ICDAR 2013 structure ground truth.
    IcdarStructure,
}

/// The kind of an expected output from what follows the PDF's stem in its name.
pub fn kind_of(suffix: &str) -> Option<Kind> {
    Some(match suffix {
        ".expected.txt" | ".expected.layout.txt" => Kind::FullText,
        ".expected-snippet.txt" => Kind::Snippet,
        ".expected.es.xml" => Kind::ParagraphsXml,
        ".expected.es.txt" => Kind::ParagraphsLines,
        ".expected.csv" => Kind::Csv,
        ".expected.json" => Kind::TabulaJson,
        ".expected.str.xml" => Kind::IcdarStructure,
        _ => return None,
    })
}

/// One PDF of the manifest with what to score it against.
#[derive(Debug, Clone)]
struct Entry {
    pdf: String,
    password: Option<String>,
    expected: Vec<(String, Kind)>,
    skipped: Vec<String>,
    /// The manifest's `features` of the document.
    features: Vec<String>,
}

fn entries(manifest: &Value) -> Vec<Entry> {
    let mut out = Vec::new();
    for f in manifest.get("files").and_then(Value::as_array).into_iter().flatten() {
        let Some(pdf) = f.get("file").and_then(Value::as_str) else { continue };
        let stem = pdf.strip_suffix(".pdf").unwrap_or(pdf);
        let password = match f.get("password") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(v) => v.get("user").and_then(Value::as_str).map(str::to_string),
            None => None,
        };
        let names: Vec<&str> = f
            .get("expected_outputs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|e| e.get("file").and_then(Value::as_str))
            .collect();
        let has_csv = names.iter().any(|n| n.strip_prefix(stem) == Some(".expected.csv"));
        let (mut expected, mut skipped) = (Vec::new(), Vec::new());
        for n in names {
            match n.strip_prefix(stem).and_then(kind_of) {
                Some(Kind::TabulaJson) if has_csv => skipped.push(n.to_string()),
                Some(k) => expected.push((n.to_string(), k)),
                None => skipped.push(n.to_string()),
            }
        }
        if !expected.is_empty() || !skipped.is_empty() {
            let features = f
                .get("features")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
            out.push(Entry { pdf: pdf.to_string(), password, expected, skipped, features });
        }
    }
    out.sort_by(|a, b| a.pdf.cmp(&b.pdf));
    out
}

/// One scored expected output.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// Word counts.
    Words(Prf),
    /// Contained or not.
    Contained(bool),
    /// Paragraph counts.
    Paragraphs(ParagraphScore),
    /// Table relation counts.
    Table(Prf),
    /// Indel similarity, whitespace collapsed, raw, and collapsed with the expected text's
    /// transcription conventions applied to both sides
    /// ([`text_metrics::transcription_conventions`]); for pdftotext also its `-raw` mode's.
    Similarity { collapsed: f64, raw: f64, conventions: f64, raw_mode: Option<(f64, f64, f64)> },
}

impl Figure {
    fn metric(&self) -> &'static str {
        match self {
            Figure::Words(_) => "word F1",
            Figure::Contained(_) => "contained",
            Figure::Paragraphs(_) => "para found (order)",
            Figure::Table(_) => "table F1",
            Figure::Similarity { .. } => "indel sim (collapsed / raw / conv.)",
        }
    }

    fn show(&self) -> String {
        match self {
            Figure::Words(p) | Figure::Table(p) => report::ratio(p.f1()),
            Figure::Contained(b) => if *b { "yes" } else { "no" }.to_string(),
            Figure::Paragraphs(p) => format!("{} ({})", report::ratio(p.found_ratio()), report::ratio(p.order_ratio())),
            Figure::Similarity { collapsed, raw, conventions, raw_mode } => {
                let mut s = format!("{collapsed:.3} / {raw:.3} / {conventions:.3}");
                if let Some((c, r, v)) = raw_mode {
                    s.push_str(&format!("; -raw {c:.3} / {r:.3} / {v:.3}"));
                }
                s
            }
        }
    }
}

/// A row: file, expected output, legajo's figure, pdftotext's (or why not).
#[derive(Debug, Clone)]
struct Row {
    pdf: String,
    expected: String,
    ours: Result<Figure, String>,
    theirs: Option<Result<Figure, String>>,
    /// Per-table pairing, for whole-document structure ground truth.
    detail: Option<tables::DocumentDetail>,
}

/// Scores every expected output listed in `dir/manifest.json`.
pub fn run(dir: &Path, with_pdftotext: bool) -> Result<String, String> {
    let text = std::fs::read_to_string(dir.join("manifest.json"))
        .map_err(|e| format!("cannot read {}/manifest.json: {e}", dir.display()))?;
    let manifest: Value = serde_json::from_str(&text).map_err(|e| format!("{}/manifest.json: {e}", dir.display()))?;
    let list = entries(&manifest);
    let scored: Vec<(Vec<Row>, Vec<String>)> =
        list.par_iter().filter(|e| !e.expected.is_empty()).map(|e| score_entry(dir, e, with_pdftotext)).collect();
    let mut rows = Vec::new();
    let mut skipped: Vec<String> = list.iter().flat_map(|e| e.skipped.iter().cloned()).collect();
    for (r, s) in scored {
        rows.extend(r);
        skipped.extend(s);
    }
    skipped.sort();
    let mut out = render(dir, &rows, &skipped, with_pdftotext, &list);
    if let Some(peers) = super::peers::Peers::find(dir) {
        out.push_str(&peers_section(dir, &list, &rows, &peers));
    }
    Ok(out)
}

/// The table figures of the cached other tools ([`super::peers`]) beside legajo's, scored as
/// legajo's are: one row per table expected output, a micro TOTAL, and for whole-document
/// structure ground truth the same summary line per tool. A document a tool has no cache
/// entry for (or failed on) counts as one where it found no table.
fn peers_section(dir: &Path, list: &[Entry], rows: &[Row], peers: &super::peers::Peers) -> String {
    let tools: Vec<&str> = peers.tools.iter().map(|(t, _)| t.as_str()).collect();
    // Per table expected output: name, and per tool its counts and, for structure, its pairing.
    type ToolScores = Vec<(Prf, Option<tables::DocumentDetail>)>;
    type EntryScores = (Vec<(String, ToolScores)>, Vec<super::peers::Missing>);
    let per_entry: Vec<EntryScores> = list
        .par_iter()
        .map(|e| {
            let path = dir.join(&e.pdf);
            let sha = std::fs::read(&path).map(|b| pipeline::sha256_hex(&b)).unwrap_or_default();
            let mut missing = Vec::new();
            let found: Vec<Vec<Grid>> = tools
                .iter()
                .map(|t| {
                    peers.grids(t, &path, &sha).unwrap_or_else(|m| {
                        missing.push(m);
                        Vec::new()
                    })
                })
                .collect();
            let mut out = Vec::new();
            for (name, kind) in &e.expected {
                let Ok(expected) = std::fs::read(dir.join(name)).map(|b| String::from_utf8_lossy(&b).into_owned())
                else {
                    continue;
                };
                let reference = match kind {
                    Kind::Csv => vec![Grid { pages: None, rows: parse_csv(&expected), merged: Vec::new() }],
                    Kind::TabulaJson => parse_tabula_json(&expected).unwrap_or_default(),
                    Kind::IcdarStructure => parse_icdar_structure(&expected),
                    _ => continue,
                };
                let alt = if *kind == Kind::IcdarStructure { alternative(dir, name) } else { Vec::new() };
                let scores = found
                    .iter()
                    .map(|grids| {
                        if *kind == Kind::IcdarStructure {
                            let d = best_detail(&reference, &alt, grids);
                            (d.total, Some(d))
                        } else {
                            let mut sum = Prf::default();
                            for one in &reference {
                                sum.add(tables::score_best(one, grids));
                            }
                            (sum, None)
                        }
                    })
                    .collect();
                out.push((name.clone(), scores));
            }
            (out, missing)
        })
        .collect();
    let mut header = vec!["file", "expected output", "legajo"];
    header.extend(tools.iter().copied());
    let mut table = Vec::new();
    let mut totals = vec![Prf::default(); tools.len() + 1];
    let mut details: Vec<Vec<tables::DocumentDetail>> = vec![Vec::new(); tools.len() + 1];
    let mut missing = 0;
    for (e, (scored, miss)) in list.iter().zip(&per_entry) {
        missing += miss.len();
        let stem = e.pdf.strip_suffix(".pdf").unwrap_or(&e.pdf);
        for (name, scores) in scored {
            let Some(ours) = rows.iter().find(|r| r.pdf == e.pdf && &r.expected == name) else { continue };
            let Ok(Figure::Table(ours_prf)) = &ours.ours else { continue };
            let mut line = vec![stem.to_string(), name.strip_prefix(stem).unwrap_or(name).to_string()];
            line.push(report::ratio(ours_prf.f1()));
            totals[0].add(*ours_prf);
            details[0].extend(ours.detail.clone());
            for (i, (prf, d)) in scores.iter().enumerate() {
                line.push(report::ratio(prf.f1()));
                totals[i + 1].add(*prf);
                details[i + 1].extend(d.clone());
            }
            table.push(line);
        }
    }
    if table.is_empty() {
        return String::new();
    }
    let mut total = vec!["TOTAL".to_string(), "micro F1".to_string()];
    total.extend(totals.iter().map(|p| report::ratio(p.f1())));
    table.push(total);
    let mut out = format!("\ntables beside other tools (table F1, same measure as above); {}\n", peers.describe());
    out.push_str(&report::table(&header, &table, 2));
    for (label, d) in std::iter::once("legajo").chain(tools.iter().copied()).zip(&details) {
        let refs: Vec<&tables::DocumentDetail> = d.iter().collect();
        if !refs.is_empty() {
            out.push_str(&structure_line(&format!("TOTAL structure {label}"), &refs));
        }
    }
    if missing > 0 {
        out.push_str(&format!(
            "note: {missing} document-and-tool pairs have no usable cache entry (counted as no table; run \
             scripts/peers/run.sh {})\n",
            dir.display()
        ));
    }
    out
}

/// The rows of one PDF, and the expected outputs that turned out not to be scorable (a
/// `.json` that is not a tabula table list).
fn score_entry(dir: &Path, e: &Entry, with_pdftotext: bool) -> (Vec<Row>, Vec<String>) {
    let path = dir.join(&e.pdf);
    let row = |expected: &str, ours: Result<Figure, String>, theirs| Row {
        pdf: e.pdf.clone(),
        expected: expected.to_string(),
        ours,
        theirs,
        detail: None,
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(err) => {
            let rows = e.expected.iter().map(|(n, _)| row(n, Err(format!("{}: {err}", path.display())), None));
            return (rows.collect(), Vec::new());
        }
    };
    let cfg = Config { password: e.password.clone(), ..Config::default() };
    let rec = pipeline::process(&path.to_string_lossy(), &bytes, &cfg);
    let ours_text = pipeline::render_text(&rec);
    // A snippet is text the source's own test extracts from the page; running headers and
    // footers are on the page too (and in pdftotext's output), so they count here.
    let ours_all_text = pipeline::render_text_with_furniture(&rec);
    let ours_tables: Vec<Grid> = rec.tables.iter().map(Grid::from_table).collect();
    let theirs_text = with_pdftotext.then(|| pdftotext::extract(&path, e.password.as_deref(), pdftotext::TIME_LIMIT));
    let (mut rows, mut unscorable) = (Vec::new(), Vec::new());
    for (name, kind) in &e.expected {
        let expected = match std::fs::read(dir.join(name)) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(err) => {
                rows.push(row(name, Err(format!("{name}: {err}")), None));
                continue;
            }
        };
        let (ours, theirs) = match kind {
            Kind::Csv | Kind::TabulaJson | Kind::IcdarStructure => {
                let grids = match kind {
                    Kind::Csv => vec![Grid { pages: None, rows: parse_csv(&expected), merged: Vec::new() }],
                    Kind::TabulaJson => match parse_tabula_json(&expected) {
                        Ok(g) => g,
                        Err(_) => {
                            unscorable.push(name.clone());
                            continue;
                        }
                    },
                    _ => parse_icdar_structure(&expected),
                };
                let prf = if *kind == Kind::IcdarStructure {
                    let d = best_detail(&grids, &alternative(dir, name), &ours_tables);
                    let total = d.total;
                    let mut r = row(name, Ok(Figure::Table(total)), None);
                    r.detail = Some(d);
                    rows.push(r);
                    continue;
                } else {
                    let mut sum = Prf::default();
                    for one in &grids {
                        sum.add(tables::score_best(one, &ours_tables));
                    }
                    sum
                };
                (Ok(Figure::Table(prf)), None)
            }
            _ => {
                let theirs = theirs_text
                    .as_ref()
                    .map(|t| t.as_ref().map(|t| score_text(*kind, &expected, t)).map_err(Clone::clone));
                let ours = if *kind == Kind::Snippet { &ours_all_text } else { &ours_text };
                (Ok(score_text(*kind, &expected, ours)), theirs)
            }
        };
        rows.push(row(name, ours, theirs));
        if *kind == Kind::FullText {
            let theirs_raw = with_pdftotext
                .then(|| pdftotext::extract_with(&path, e.password.as_deref(), pdftotext::TIME_LIMIT, &["-raw"]));
            let theirs = theirs_text.as_ref().map(|t| {
                t.as_ref().map_err(Clone::clone).map(|t| {
                    let (collapsed, raw, conventions) = similarity(&expected, t);
                    let raw_mode = theirs_raw.as_ref().and_then(|r| r.as_ref().ok()).map(|r| similarity(&expected, r));
                    Figure::Similarity { collapsed, raw, conventions, raw_mode }
                })
            });
            let (collapsed, raw, conventions) = similarity(&expected, &ours_all_text);
            rows.push(row(name, Ok(Figure::Similarity { collapsed, raw, conventions, raw_mode: None }), theirs));
        }
    }
    (rows, unscorable)
}

/// Scores a text against one expected text output.
fn score_text(kind: Kind, expected: &str, text: &str) -> Figure {
    match kind {
        Kind::Snippet => Figure::Contained(text_metrics::contains_snippet(text, expected)),
        Kind::ParagraphsXml => Figure::Paragraphs(text_metrics::score_paragraphs(&xml_paragraphs(expected), text)),
        Kind::ParagraphsLines => {
            let paras: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
            Figure::Paragraphs(text_metrics::score_paragraphs(&paras, text))
        }
        _ => Figure::Words(text_metrics::bag_prf(&text_metrics::words(expected), &text_metrics::words(text))),
    }
}

/// Indel similarity of `text` to `expected`, whitespace collapsed (NFC, runs made one space),
/// raw (NFC only), and collapsed after the expected text's transcription conventions were
/// applied to both ([`text_metrics::transcription_conventions`]).
fn similarity(expected: &str, text: &str) -> (f64, f64, f64) {
    use text_metrics::{indel_similarity, normalize_ws, transcription_conventions as conv};
    let collapsed = indel_similarity(&normalize_ws(expected), &normalize_ws(text));
    let raw = indel_similarity(&text_metrics::nfc(expected), &text_metrics::nfc(text));
    let conventions = indel_similarity(&normalize_ws(&conv(expected)), &normalize_ws(&conv(text)));
    (collapsed, raw, conventions)
}

/// Decodes the five XML entities and numeric character references.
pub fn xml_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(';').filter(|&e| e <= 12);
        let decoded = end.and_then(|e| {
            let name = &tail[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn re(pattern: &str) -> Regex {
    // Only called with the fixed, valid patterns of this module.
    Regex::new(pattern).unwrap_or_else(|_| unreachable!())
}

/// The paragraphs of a paragraph-aligned XML file: each `<p>` element's text with the tags
/// inside removed, entities decoded, whitespace normalised; empty ones dropped.
pub fn xml_paragraphs(xml: &str) -> Vec<String> {
    let p = re(r"(?s)<p\b[^>]*>(.*?)</p>");
    let tag = re(r"<[^>]*>");
    p.captures_iter(xml)
        .filter_map(|c| c.get(1))
        .map(|m| text_metrics::normalize_ws(&xml_unescape(&tag.replace_all(m.as_str(), " "))))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Parses CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
pub fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The tables of a tabula JSON file (one object or a list, each with `data[][].text`).
pub fn parse_tabula_json(s: &str) -> Result<Vec<Grid>, String> {
    let v: Value = serde_json::from_str(s).map_err(|e| format!("not JSON: {e}"))?;
    let items = match v {
        Value::Array(a) => a,
        other => vec![other],
    };
    let grids: Vec<Grid> = items
        .iter()
        .filter_map(|t| t.get("data").and_then(Value::as_array))
        .map(|data| Grid {
            pages: None,
            rows: data
                .iter()
                .map(|r| {
                    r.as_array()
                        .into_iter()
                        .flatten()
                        .map(|c| c.get("text").and_then(Value::as_str).unwrap_or_default().to_string())
                        .collect()
                })
                .collect(),
            merged: Vec::new(),
        })
        .collect();
    if grids.is_empty() {
        Err("no tabula `data` table in the JSON".to_string())
    } else {
        Ok(grids)
    }
}

/// The grids of an ICDAR 2013 structure file, one per `<table>`, as the competition reads
/// them: the table's `<region>`s (parts printed side by side or one under the other) are
/// merged into one grid, each region's cells moved by its `col-increment` and
/// `row-increment`; the grid's pages run from the first region's page to the last one's. A
/// `<region>` outside any `<table>` is a table of its own.
pub fn parse_icdar_structure(xml: &str) -> Vec<Grid> {
    let table = re(r"(?s)<table\b[^>]*>(.*?)</table>");
    let bodies: Vec<&str> = table.captures_iter(xml).filter_map(|c| c.get(1).map(|m| m.as_str())).collect();
    if bodies.is_empty() {
        let region = re(r"(?s)<region\b[^>]*>.*?</region>");
        return region.find_iter(xml).filter_map(|m| icdar_table(m.as_str())).collect();
    }
    bodies.into_iter().filter_map(icdar_table).collect()
}

/// The competition's alternative structure ground truth of an ambiguous document
/// (`X.expected-b.str.xml` beside `X.expected.str.xml`), parsed; empty when there is none.
fn alternative(dir: &Path, name: &str) -> Vec<Grid> {
    let Some(stem) = name.strip_suffix(".expected.str.xml") else { return Vec::new() };
    std::fs::read(dir.join(format!("{stem}.expected-b.str.xml")))
        .map(|b| parse_icdar_structure(&String::from_utf8_lossy(&b)))
        .unwrap_or_default()
}

/// The document's pairing against its ground truth or, when the competition gives an
/// alternative one (`alt`, not empty), against whichever of the two scores the higher F1
/// (the ICDAR 2013 rule for ambiguous documents; a tie keeps the first).
fn best_detail(truth: &[Grid], alt: &[Grid], found: &[Grid]) -> tables::DocumentDetail {
    let d = tables::score_document_detail(truth, found);
    if alt.is_empty() {
        return d;
    }
    let b = tables::score_document_detail(alt, found);
    if b.total.f1().unwrap_or(0.0) > d.total.f1().unwrap_or(0.0) {
        b
    } else {
        d
    }
}

/// One table's grid from the XML of its regions (`None` when it has no region).
fn icdar_table(xml: &str) -> Option<Grid> {
    let region = re(r"(?s)<region\b([^>]*)>(.*?)</region>");
    let cell = re(r"(?s)<cell\b([^>]*?)(?:/>|>(.*?)</cell>)");
    let content = re(r"(?s)<content>(.*?)</content>");
    let attr = re(r#"([\w-]+)\s*=\s*['"]([^'"]*)['"]"#);
    let attrs = |s: &str| -> Vec<(String, String)> {
        attr.captures_iter(s).map(|c| (c[1].to_string(), c[2].to_string())).collect()
    };
    let num = |a: &[(String, String)], k: &str| {
        a.iter().find(|(n, _)| n == k).and_then(|(_, v)| v.trim().parse::<usize>().ok())
    };
    let mut pages: Option<[u32; 2]> = None;
    let mut any = false;
    let mut cells = Vec::new();
    for r in region.captures_iter(xml) {
        any = true;
        let ra = attrs(r.get(1).map_or("", |m| m.as_str()));
        if let Some(p) = num(&ra, "page").map(|p| p.min(u32::MAX as usize) as u32) {
            pages = Some(pages.map_or([p, p], |q| [q[0].min(p), q[1].max(p)]));
        }
        let dr = num(&ra, "row-increment").unwrap_or(0).min(MAX_GRID);
        let dc = num(&ra, "col-increment").unwrap_or(0).min(MAX_GRID);
        for c in cell.captures_iter(r.get(2).map_or("", |m| m.as_str())) {
            let ca = attrs(c.get(1).map_or("", |m| m.as_str()));
            let (Some(row), Some(col)) = (num(&ca, "start-row"), num(&ca, "start-col")) else { continue };
            let (row, col) = (row + dr, col + dc);
            if row >= MAX_GRID || col >= MAX_GRID {
                continue;
            }
            let end_row = num(&ca, "end-row").map_or(row, |e| e + dr).clamp(row, MAX_GRID - 1);
            let end_col = num(&ca, "end-col").map_or(col, |e| e + dc).clamp(col, MAX_GRID - 1);
            let body = c.get(2).map_or("", |m| m.as_str());
            let text = content.captures(body).and_then(|m| m.get(1)).map_or("", |m| m.as_str());
            cells.push((row, col, end_row, end_col, text_metrics::normalize_ws(&xml_unescape(text))));
        }
    }
    if !any {
        return None;
    }
    let height = cells.iter().map(|c| c.2 + 1).max().unwrap_or(0);
    let width = cells.iter().map(|c| c.3 + 1).max().unwrap_or(0);
    let mut rows = vec![vec![String::new(); width]; height];
    let mut merged = Vec::new();
    for (row, col, er, ec, text) in cells {
        if !rows[row][col].is_empty() {
            continue;
        }
        rows[row][col] = text;
        if er > row || ec > col {
            merged.push(MergedCell { row, col, rowspan: er - row + 1, colspan: ec - col + 1 });
        }
    }
    Some(Grid { pages, rows, merged })
}

fn render(dir: &Path, rows: &[Row], skipped: &[String], with_pdftotext: bool, list: &[Entry]) -> String {
    let mut out = format!("legajo eval {}: {} expected outputs from manifest.json\n", dir.display(), rows.len());
    if with_pdftotext {
        out.push_str("pdftotext -enc UTF-8 FILE - beside legajo; tables: pdftotext has no cells (n/a)\n");
    } else {
        out.push_str("pdftotext: not installed (legajo's figures only)\n");
    }
    out.push('\n');
    let mut header = vec!["file", "expected output", "metric", "legajo"];
    if with_pdftotext {
        header.push("pdftotext");
    }
    let mut table = Vec::new();
    let mut notes = Vec::new();
    let mut sums: Vec<(&'static str, Summary, Summary)> = Vec::new();
    for r in rows {
        let stem = r.pdf.strip_suffix(".pdf").unwrap_or(&r.pdf);
        let exp = r.expected.strip_prefix(stem).unwrap_or(&r.expected);
        let show = |f: &Result<Figure, String>, notes: &mut Vec<String>| match f {
            Ok(f) => f.show(),
            Err(e) => {
                notes.push(format!("{}: {e}", r.pdf));
                "error".to_string()
            }
        };
        let metric = r.ours.as_ref().map(Figure::metric).unwrap_or("–");
        let mut line = vec![stem.to_string(), exp.to_string(), metric.to_string(), show(&r.ours, &mut notes)];
        if with_pdftotext {
            line.push(match &r.theirs {
                Some(t) => show(t, &mut notes),
                None => "n/a".to_string(),
            });
        }
        table.push(line);
        if let Ok(f) = &r.ours {
            let k = f.metric();
            let pos = sums.iter().position(|s| s.0 == k).unwrap_or_else(|| {
                sums.push((k, Summary::default(), Summary::default()));
                sums.len() - 1
            });
            sums[pos].1.add(f);
            if let Some(Ok(t)) = &r.theirs {
                sums[pos].2.add(t);
            }
        }
    }
    for (k, ours, theirs) in &sums {
        let mut line = vec!["TOTAL".to_string(), String::new(), k.to_string(), ours.show()];
        if with_pdftotext {
            line.push(if theirs.n == 0 { "n/a".to_string() } else { theirs.show() });
        }
        table.push(line);
    }
    out.push_str(&report::table(&header, &table, 3));
    for n in notes {
        out.push_str(&format!("note: {n}\n"));
    }
    if !skipped.is_empty() {
        out.push_str(&format!("not scored: {}\n", skipped.join(", ")));
    }
    out.push_str(&structure_summary(rows));
    out.push_str(&structure_by_feature(rows, list));
    out.push_str(
        "\nword F1: bag of words; contained: snippet found after whitespace normalisation; para found (order): \
         paragraphs found verbatim or with word similarity >= 0.95 (LIS order); table F1: ICDAR 2013 adjacency \
         relations; indel sim: character Indel similarity on the text with page furniture (pdftotext: default; \
         -raw), whitespace collapsed, raw, and collapsed with the expected text's transcription conventions \
         ([IMAGE], 6= for ≠, 7→ for ↦, 〈〉, delimiter pieces) applied to both sides. TOTAL: micro-average (counts summed; for `contained`, the fraction contained). Definitions: \
         src/eval/mod.rs and src/eval/real.rs.\n",
    );
    out
}

/// Whole-document structure ground truth (ICDAR 2013): tables found (at least half of a
/// table's adjacency relations), micro P/R/F1, mean per-document F1 and output tables paired
/// with no truth table. Empty when no row has such ground truth.
fn structure_summary(rows: &[Row]) -> String {
    let details: Vec<&tables::DocumentDetail> = rows.iter().filter_map(|r| r.detail.as_ref()).collect();
    if details.is_empty() {
        return String::new();
    }
    structure_line("TOTAL structure", &details)
}

/// [`structure_summary`]'s line per manifest feature that some but not all of the documents
/// with structure ground truth have (`eu-government`, `us-government`), so that parts of a
/// set (one held out while tuning on the other) are reported apart. Features that are counts
/// (`tables: 2`) are left out.
fn structure_by_feature(rows: &[Row], list: &[Entry]) -> String {
    let with_detail: Vec<&Row> = rows.iter().filter(|r| r.detail.is_some()).collect();
    let mut features: Vec<&str> = list
        .iter()
        .filter(|e| with_detail.iter().any(|r| r.pdf == e.pdf))
        .flat_map(|e| e.features.iter().map(String::as_str))
        .filter(|f| !f.contains(':'))
        .collect();
    features.sort_unstable();
    features.dedup();
    let mut out = String::new();
    for f in features {
        let details: Vec<&tables::DocumentDetail> = with_detail
            .iter()
            .filter(|r| list.iter().any(|e| e.pdf == r.pdf && e.features.iter().any(|x| x == f)))
            .filter_map(|r| r.detail.as_ref())
            .collect();
        if details.len() >= 2 && details.len() < with_detail.len() {
            out.push_str(&structure_line(&format!("TOTAL structure [{f}]"), &details));
        }
    }
    out
}

/// [`structure_summary`]'s line for `details`, starting with `label`.
fn structure_line(label: &str, details: &[&tables::DocumentDetail]) -> String {
    let mut prf = Prf::default();
    let (mut n, mut found, mut unpaired, mut f1_sum) = (0usize, 0usize, 0usize, 0.0f64);
    for d in details {
        prf.add(d.total);
        n += d.per_reference.len();
        found += d.per_reference.iter().filter(|p| p.expected > 0 && 2 * p.matched >= p.expected).count();
        unpaired += d.unpaired_outputs;
        f1_sum += d.total.f1().unwrap_or(0.0);
    }
    format!(
        "{label}: {} documents, tables found {found}/{n} (recall {}), relations P {} R {} F1 {} (micro), \
         mean document F1 {}, output tables paired with no truth table {unpaired}\n",
        details.len(),
        report::ratio((n > 0).then(|| found as f64 / n as f64)),
        report::ratio(prf.precision()),
        report::ratio(prf.recall()),
        report::ratio(prf.f1()),
        report::ratio(Some(f1_sum / details.len() as f64)),
    )
}

/// Sums of one metric over files.
#[derive(Debug, Clone, Copy, Default)]
struct Summary {
    prf: Prf,
    paragraphs: ParagraphScore,
    contained: usize,
    similarity: (f64, f64, f64),
    n: usize,
    kind: Option<u8>,
}

impl Summary {
    fn add(&mut self, f: &Figure) {
        self.n += 1;
        match f {
            Figure::Words(p) | Figure::Table(p) => {
                self.prf.add(*p);
                self.kind = Some(0);
            }
            Figure::Contained(b) => {
                self.contained += usize::from(*b);
                self.kind = Some(1);
            }
            Figure::Paragraphs(p) => {
                self.paragraphs.add(*p);
                self.kind = Some(2);
            }
            Figure::Similarity { collapsed, raw, conventions, .. } => {
                self.similarity.0 += collapsed;
                self.similarity.1 += raw;
                self.similarity.2 += conventions;
                self.kind = Some(3);
            }
        }
    }

    fn show(&self) -> String {
        match self.kind {
            Some(0) => report::ratio(self.prf.f1()),
            Some(1) => format!("{}/{}", self.contained, self.n),
            Some(2) => {
                format!(
                    "{} ({})",
                    report::ratio(self.paragraphs.found_ratio()),
                    report::ratio(self.paragraphs.order_ratio())
                )
            }
            Some(3) => {
                let n = self.n.max(1) as f64;
                let (c, r, v) = self.similarity;
                format!("{:.3} / {:.3} / {:.3} (mean)", c / n, r / n, v / n)
            }
            _ => "–".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_quotes_and_line_breaks() {
        let rows = parse_csv("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n");
        assert_eq!(rows, vec![vec!["a", "b, c", "say \"hi\""], vec!["two\nlines", "", "x"]]);
        assert_eq!(parse_csv("x,y"), vec![vec!["x", "y"]]);
        assert!(parse_csv("").is_empty());
    }

    #[test]
    fn xml_paragraphs_strip_tags_and_entities() {
        let xml = "<doc>\n<p id=\"p1\">\n <s id=\"a\">Uno &amp; dos</s>\n <s>tres&#233;</s></p><p></p><p>x &lt;y&gt; &bogus; &</p></doc>";
        assert_eq!(xml_paragraphs(xml), vec!["Uno & dos tresé", "x <y> &bogus; &"]);
    }

    #[test]
    fn tabula_json_one_or_many() {
        let one = r#"{"data": [[{"text": "a"}, {"text": "b"}], [{"text": "c"}, {}]]}"#;
        let g = parse_tabula_json(one).unwrap();
        assert_eq!(g[0].rows, vec![vec!["a", "b"], vec!["c", ""]]);
        assert_eq!(parse_tabula_json(&format!("[{one}, {one}]")).unwrap().len(), 2);
        assert!(parse_tabula_json(r#"{"numExpectedTables": 1}"#).is_err());
    }

    #[test]
    fn icdar_structure_with_spans() {
        let xml = "<document><table id='1'><region id='1' page='2'>
            <cell id='1' start-row='0' start-col='0' end-col='1'><bounding-box x1='1'/><content>Head &amp; er</content></cell>
            <cell id='2' start-row='1' start-col='0'><content>a</content></cell>
            <cell id='3' start-row='1' start-col='1'><content>b</content></cell>
            <cell id='4' start-row='99999' start-col='0'><content>too far</content></cell>
            </region></table></document>";
        let g = parse_icdar_structure(xml);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].pages, Some([2, 2]));
        assert_eq!(g[0].rows, vec![vec!["Head & er", ""], vec!["a", "b"]]);
        assert_eq!(g[0].merged, vec![MergedCell { row: 0, col: 0, rowspan: 1, colspan: 2 }]);
    }

    #[test]
    fn icdar_regions_of_one_table_are_merged_with_their_offsets() {
        let xml = "<document><table id='1'>
            <region id='1' page='3' col-increment='0' row-increment='0'>
            <cell id='1' start-row='0' start-col='0'><content>a</content></cell>
            <cell id='2' start-row='0' start-col='1'><content>1</content></cell></region>
            <region id='2' page='3' col-increment='2' row-increment='0'>
            <cell id='1' start-row='0' start-col='0'><content>b</content></cell>
            <cell id='2' start-row='0' start-col='1'><content>2</content></cell></region>
            <region id='3' page='4' col-increment='0' row-increment='1'>
            <cell id='1' start-row='0' start-col='0' end-col='3'><content>c</content></cell></region>
            </table><table id='2'><region id='1' page='5'>
            <cell id='1' start-row='0' start-col='0'><content>z</content></cell></region></table></document>";
        let g = parse_icdar_structure(xml);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].pages, Some([3, 4]));
        assert_eq!(g[0].rows, vec![vec!["a", "1", "b", "2"], vec!["c", "", "", ""]]);
        assert_eq!(g[0].merged, vec![MergedCell { row: 1, col: 0, rowspan: 1, colspan: 4 }]);
        assert_eq!(g[1].pages, Some([5, 5]));
    }

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            pages: Some([1, 1]),
            rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect(),
            merged: Vec::new(),
        }
    }

    #[test]
    fn an_alternative_truth_is_kept_when_it_scores_better() {
        let found = vec![grid(&[&["a", "b"], &["1", "2"]])];
        let truth = vec![grid(&[&["a b"], &["1 2"]])];
        let alt = vec![grid(&[&["a", "b"], &["1", "2"]])];
        assert!(best_detail(&truth, &[], &found).total.f1().unwrap_or(0.0) < 0.5);
        assert_eq!(best_detail(&truth, &alt, &found).total.f1(), Some(1.0));
        // A worse alternative changes nothing.
        assert_eq!(best_detail(&alt, &truth, &found).total.f1(), Some(1.0));
    }

    #[test]
    fn structure_totals_per_feature() {
        let found = vec![grid(&[&["a", "b"], &["1", "2"]])];
        let row = |pdf: &str, truth: Grid| Row {
            pdf: pdf.into(),
            expected: String::new(),
            ours: Ok(Figure::Table(Prf::default())),
            theirs: None,
            detail: Some(tables::score_document_detail(&[truth], &found)),
        };
        let good = grid(&[&["a", "b"], &["1", "2"]]);
        let bad = grid(&[&["x", "y"], &["3", "4"]]);
        let rows =
            vec![row("e1.pdf", good.clone()), row("e2.pdf", good), row("u1.pdf", bad.clone()), row("u2.pdf", bad)];
        let entry = |pdf: &str, fs: &[&str]| Entry {
            pdf: pdf.into(),
            password: None,
            expected: Vec::new(),
            skipped: Vec::new(),
            features: fs.iter().map(|f| f.to_string()).collect(),
        };
        let list = vec![
            entry("e1.pdf", &["table", "eu", "tables: 1"]),
            entry("e2.pdf", &["table", "eu", "tables: 1"]),
            entry("u1.pdf", &["table", "us", "tables: 1"]),
            entry("u2.pdf", &["table", "us"]),
        ];
        let out = structure_by_feature(&rows, &list);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert!(lines[0].starts_with("TOTAL structure [eu]: 2 documents") && lines[0].contains("F1 1.000"), "{out}");
        assert!(lines[1].starts_with("TOTAL structure [us]: 2 documents") && lines[1].contains("F1 0.000"), "{out}");
    }

    #[test]
    fn manifest_entries_and_kinds() {
        let m: Value = serde_json::from_str(
            r#"{"files": [
                {"file": "b.pdf", "password": {"user": "u", "owner": "o"},
                 "expected_outputs": [{"file": "b.expected.csv"}, {"file": "b.expected.json"}, {"file": "b.expected.qu.xml"}]},
                {"file": "a.pdf", "expected_outputs": [{"file": "a.expected-snippet.txt"}]},
                {"file": "c.pdf"}
            ]}"#,
        )
        .unwrap();
        let e = entries(&m);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].pdf, "a.pdf");
        assert_eq!(e[0].expected, vec![("a.expected-snippet.txt".to_string(), Kind::Snippet)]);
        assert_eq!(e[1].password.as_deref(), Some("u"));
        assert_eq!(e[1].expected, vec![("b.expected.csv".to_string(), Kind::Csv)]);
        assert_eq!(e[1].skipped, vec!["b.expected.json", "b.expected.qu.xml"]);
        assert_eq!(kind_of(".expected.tex"), None);
    }

    #[test]
    fn text_figures() {
        assert_eq!(score_text(Kind::Snippet, "b  c", "a b\nc"), Figure::Contained(true));
        let Figure::Paragraphs(p) = score_text(Kind::ParagraphsLines, "a b\n\nc d\n", "a b c d") else { panic!() };
        assert_eq!((p.total, p.found, p.in_order), (2, 2, 2));
        let Figure::Words(w) = score_text(Kind::FullText, "a b", "a c") else { panic!() };
        assert_eq!(w.matched, 1);
    }

    #[test]
    fn real_folder_is_detected_by_its_manifest() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!is_real_corpus(dir.path()));
        std::fs::write(dir.path().join("manifest.json"), r#"{"files": []}"#).unwrap();
        assert!(is_real_corpus(dir.path()));
        let r = run(dir.path(), false).unwrap();
        assert!(r.contains("0 expected outputs"));
    }
}
