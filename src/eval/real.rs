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
//!   similarity is taken on legajo's text with page furniture (the blocks in page order), as
//!   on pdftotext's; pdftotext's column also gives `-raw` (content-stream order).
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
//!   F1; unpaired record tables count as false positives).
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
            out.push(Entry { pdf: pdf.to_string(), password, expected, skipped });
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
    /// Indel similarity, whitespace collapsed and raw; for pdftotext also its `-raw` mode's.
    Similarity { collapsed: f64, raw: f64, raw_mode: Option<(f64, f64)> },
}

impl Figure {
    fn metric(&self) -> &'static str {
        match self {
            Figure::Words(_) => "word F1",
            Figure::Contained(_) => "contained",
            Figure::Paragraphs(_) => "para found (order)",
            Figure::Table(_) => "table F1",
            Figure::Similarity { .. } => "indel sim (ws collapsed / raw)",
        }
    }

    fn show(&self) -> String {
        match self {
            Figure::Words(p) | Figure::Table(p) => report::ratio(p.f1()),
            Figure::Contained(b) => if *b { "yes" } else { "no" }.to_string(),
            Figure::Paragraphs(p) => format!("{} ({})", report::ratio(p.found_ratio()), report::ratio(p.order_ratio())),
            Figure::Similarity { collapsed, raw, raw_mode } => {
                let mut s = format!("{collapsed:.3} / {raw:.3}");
                if let Some((c, r)) = raw_mode {
                    s.push_str(&format!("; -raw {c:.3} / {r:.3}"));
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
    Ok(render(dir, &rows, &skipped, with_pdftotext))
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
                    tables::score_document(&grids, &ours_tables)
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
                    let (collapsed, raw) = similarity(&expected, t);
                    let raw_mode = theirs_raw.as_ref().and_then(|r| r.as_ref().ok()).map(|r| similarity(&expected, r));
                    Figure::Similarity { collapsed, raw, raw_mode }
                })
            });
            let (collapsed, raw) = similarity(&expected, &ours_all_text);
            rows.push(row(name, Ok(Figure::Similarity { collapsed, raw, raw_mode: None }), theirs));
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

/// Indel similarity of `text` to `expected`, whitespace collapsed (NFC, runs made one space)
/// and raw (NFC only).
fn similarity(expected: &str, text: &str) -> (f64, f64) {
    let collapsed =
        text_metrics::indel_similarity(&text_metrics::normalize_ws(expected), &text_metrics::normalize_ws(text));
    let raw = text_metrics::indel_similarity(&text_metrics::nfc(expected), &text_metrics::nfc(text));
    (collapsed, raw)
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

/// The grids of an ICDAR 2013 structure file, one per `<region>` with its page.
pub fn parse_icdar_structure(xml: &str) -> Vec<Grid> {
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
    let mut grids = Vec::new();
    for r in region.captures_iter(xml) {
        let ra = attrs(r.get(1).map_or("", |m| m.as_str()));
        let page = num(&ra, "page").map(|p| p as u32);
        let mut cells = Vec::new();
        for c in cell.captures_iter(r.get(2).map_or("", |m| m.as_str())) {
            let ca = attrs(c.get(1).map_or("", |m| m.as_str()));
            let (Some(row), Some(col)) = (num(&ca, "start-row"), num(&ca, "start-col")) else { continue };
            if row >= MAX_GRID || col >= MAX_GRID {
                continue;
            }
            let end_row = num(&ca, "end-row").unwrap_or(row).clamp(row, MAX_GRID - 1);
            let end_col = num(&ca, "end-col").unwrap_or(col).clamp(col, MAX_GRID - 1);
            let body = c.get(2).map_or("", |m| m.as_str());
            let text = content.captures(body).and_then(|m| m.get(1)).map_or("", |m| m.as_str());
            cells.push((row, col, end_row, end_col, text_metrics::normalize_ws(&xml_unescape(text))));
        }
        let height = cells.iter().map(|c| c.2 + 1).max().unwrap_or(0);
        let width = cells.iter().map(|c| c.3 + 1).max().unwrap_or(0);
        let mut rows = vec![vec![String::new(); width]; height];
        let mut merged = Vec::new();
        for (row, col, er, ec, text) in cells {
            rows[row][col] = text;
            if er > row || ec > col {
                merged.push(MergedCell { row, col, rowspan: er - row + 1, colspan: ec - col + 1 });
            }
        }
        grids.push(Grid { pages: page.map(|p| [p, p]), rows, merged });
    }
    grids
}

fn render(dir: &Path, rows: &[Row], skipped: &[String], with_pdftotext: bool) -> String {
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
    out.push_str(
        "\nword F1: bag of words; contained: snippet found after whitespace normalisation; para found (order): \
         paragraphs found verbatim or with word similarity >= 0.95 (LIS order); table F1: ICDAR 2013 adjacency \
         relations; indel sim: character Indel similarity on the text with page furniture (pdftotext: default; \
         -raw). TOTAL: micro-average (counts summed; for `contained`, the fraction contained). Definitions: \
         src/eval/mod.rs and src/eval/real.rs.\n",
    );
    out
}

/// Sums of one metric over files.
#[derive(Debug, Clone, Copy, Default)]
struct Summary {
    prf: Prf,
    paragraphs: ParagraphScore,
    contained: usize,
    similarity: (f64, f64),
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
            Figure::Similarity { collapsed, raw, .. } => {
                self.similarity.0 += collapsed;
                self.similarity.1 += raw;
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
                format!("{:.3} / {:.3} (mean)", self.similarity.0 / n, self.similarity.1 / n)
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
