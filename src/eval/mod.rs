//! Evaluation against ground truth: how good the pipeline is, in figures.
//!
//! In: a folder. Out: the printed report, a plain aligned table. Two kinds of folder:
//!
//! - **Truth folder** (`corpus/`, `../shared/corpus/seeds`): every `NAME.truth.json` (format
//!   in `../shared/corpus/seeds/README.md`) with `NAME.pdf` beside it. One row per document
//!   and a total row. Each cell reads `legajo/pdftotext`.
//! - **Real corpus** (`../shared/corpus/real`): recognised by a `manifest.json` whose
//!   `files` carry `expected_outputs`; see [`real`] for what is scored there.
//!
//! Each document goes through the pipeline in-process with the default configuration
//! ([`pipeline::process`]); the text scored is what `legajo text`
//! prints ([`pipeline::render_text`]); the tables are the
//! record's `tables`. Beside it, when `pdftotext` is on `PATH`, the same figures for
//! `pdftotext -enc UTF-8 FILE -` (poppler's default mode, the usual baseline); when it is not
//! installed the report says `pdftotext: not installed` and has only legajo's figures.
//! Documents are scored in parallel, but the report is the same on every run: it holds no
//! timings, and rows are sorted by file name. Other table tools (pdfplumber, Camelot) are
//! scored beside legajo from the cache `scripts/peers/run.sh` writes, when it exists
//! ([`peers`]).
//!
//! # Metrics (truth folder)
//!
//! Common normalisation: text is put in Unicode NFC; a **word** is a whitespace-separated
//! token with the non-alphanumeric characters at both of its ends removed (so inner hyphens,
//! apostrophes and decimal commas stay: `Sur-Sur`, `3,5`), tokens left empty are dropped;
//! case is kept.
//!
//! - **words P / R / F1**: bag of words with counts. Reference = the words of the title,
//!   subtitle, author and front-matter lines, headings, paragraphs, footnotes, and table
//!   captions, cells and notes (everything a reader of the PDF sees except running
//!   headers/footers). Output = the words of the text. matched = Σ over distinct words of
//!   min(reference count, output count); P = matched / output words, R = matched /
//!   reference words, F1 = 2·matched / (output + reference words). Furniture, footnote marks
//!   glued to words (`Pública1`), words split or glued at line ends all cost here.
//! - **hyph**: line-break hyphens left in the output, counted per occurrence: a token with a
//!   hyphen-like character inside (`-`, U+2010, U+2011, U+00AD) such as `conti-nuación` whose
//!   removal gives a reference word while the token itself is not one; or a token ending in
//!   such a hyphen followed by a token, `conti-` `nuación`, whose join gives a reference word
//!   while the hyphenated join (`Sur-` `Sur` → `Sur-Sur`) does not. Lower case. 0 is best.
//! - **glued**: real compounds glued: output words equal to a hyphenated reference word whose
//!   every hyphen sits between letters (`Sur-Sur`) with its hyphens removed (`SurSur`),
//!   unless that glued form is itself a reference word. Lower case, per occurrence. 0 is best.
//! - **furn**: running headers/footers leaked, counted per line for both tools (legajo's text
//!   has one block per line, pdftotext one printed line per line). Patterns: each
//!   `headers_footers` string of the truth (whitespace-normalised) and the folio pattern
//!   `Página N de M` (any N, M; case-insensitive). A line holds a pattern when it contains it
//!   with no letter or digit right before or after (so a footer glued inside a paragraph
//!   counts; a line *equal to* or *starting with* it is the common case). For each pattern,
//!   leaked = max(0, output lines holding it − lines of the truth text holding it), so a
//!   running header that is also a legitimate title or sentence is not held against anyone.
//!   0 is best.
//! - **para found**: fraction of truth paragraphs (list items included; headings, captions
//!   and cells are not paragraphs) found in the output. Both sides are whitespace-normalised
//!   (NFC, runs of whitespace → one space). Found = the paragraph's tokens occur as a
//!   contiguous, token-aligned span of the output's tokens; or else some span of the output
//!   has word-level similarity ≥ 0.95 with it, where similarity = 1 − (word edit distance
//!   between the paragraph and the span) / (paragraph words), minimised over all spans
//!   inside up to four windows located by the paragraph's word trigrams (window = the
//!   position a trigram match implies, ± 10 % of the paragraph's length + 3 words). With
//!   0.95, one word in twenty may differ: a glued footnote mark passes, a page header and
//!   footer inside a 100-word paragraph does not.
//! - **marks**: footnote marks left in the text ([`notemarks`]). Each `[^N]` of a truth
//!   block's `text_with_refs` gives a pattern: the two words before it (other marks removed)
//!   followed by N, glued or after one space, and no further digit ("de Educación.10").
//!   Per distinct pattern, left = max(0, occurrences in the output − occurrences in the
//!   truth text). 0 is best; pdftotext leaves every mark.
//! - **refs P / R**: the record's `footnote_refs` (all non-furniture blocks) against the
//!   numbers of the truth's `[^N]` marks, as multisets. `–` when neither has any;
//!   pdftotext has no references (`n/a`).
//! - **para order**: of the found paragraphs, the fraction in the longest strictly increasing
//!   subsequence of their output positions (1.0 = reading order kept). When a paragraph
//!   occurs more than once, the first occurrence after the previous found paragraph is used.
//! - **table P / R / F1**: ICDAR 2013 adjacency relations ([`tables`]). For each grid, every
//!   non-blank cell is related to the nearest non-blank cell to its right and below; a
//!   spanning cell occupies each position it covers; cell contents are compared in NFC, lower
//!   case, without whitespace; relations are multisets of (content, content, direction).
//!   Each truth table is paired with at most one record table whose page range overlaps its
//!   own, greedily by the pair's relation F1; matched = relations shared by the pairs;
//!   P = matched / relations of *all* record tables (a spurious table is all false
//!   positives); R = matched / relations of all truth tables. pdftotext has no cells: `n/a`.
//!
//! The total row is the micro-average: counts summed over the documents, then the ratios.
//! `–` marks an undefined ratio (nothing to divide by). The truth scored against itself
//! (its [`Truth::as_text`] and its tables) gives 1.000 and 0 everywhere; a test checks it.

pub mod adjacency;
pub mod breakdown;
pub mod legal_sets;
pub mod notemarks;
pub mod pdftotext;
pub mod peers;
pub mod real;
pub mod report;
pub mod tables;
pub mod text_metrics;
pub mod truth;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::model::Table;
use crate::pipeline;

use tables::Grid;
use text_metrics::{Furniture, ParagraphScore, Prf};
use truth::Truth;

/// Scores every `*.truth.json` in `dir` (or, for a real corpus with a `manifest.json`, its
/// expected outputs) and returns the printed report.
pub fn run(dir: &Path) -> Result<String, String> {
    if !dir.is_dir() {
        return Err(format!("{} is not a folder", dir.display()));
    }
    if legal_sets::is_legal_sets(dir) {
        let verbose = std::env::var_os("LEGAJO_EVAL_VERBOSE").is_some();
        return Ok(format!("{}{}", legal_sets::run(dir, verbose)?, legal_section(dir)));
    }
    let with_pdftotext = pdftotext::available();
    if real::is_real_corpus(dir) {
        return real::run(dir, with_pdftotext);
    }
    let truths = truth_files(dir)?;
    if truths.is_empty() {
        return Err(format!("no *.truth.json (and no manifest.json with expected outputs) in {}", dir.display()));
    }
    let scores: Vec<DocScore> = truths.par_iter().map(|p| score_file(p, with_pdftotext)).collect();
    let held_out = std::env::var(breakdown::HELD_OUT_VAR).ok();
    let by_group: Vec<breakdown::DocTables> = scores.iter().filter_map(|d| d.breakdown.clone()).collect();
    let per_table = if std::env::var_os("LEGAJO_EVAL_VERBOSE").is_some() {
        let named: Vec<(&str, &breakdown::DocTables)> =
            scores.iter().filter_map(|d| d.breakdown.as_ref().map(|b| (d.name.as_str(), b))).collect();
        breakdown::render_tables(&named)
    } else {
        String::new()
    };
    Ok(format!(
        "{}{}{}{}{}",
        render(dir, &scores, with_pdftotext),
        breakdown::render(&by_group, held_out.as_deref()),
        per_table,
        peers::truth_section(dir, &truths, &by_group, held_out.as_deref()),
        legal_section(dir)
    ))
}

/// Precision and recall of the legal-reference detector on the labelled sets (JSON lines,
/// see `detect::legal::score`) found in `DIR/legal/` or, from the repository root,
/// `tests/data/legal/`. Empty when there are none.
fn legal_section(dir: &Path) -> String {
    let candidates = [dir.join("legal"), PathBuf::from("tests/data/legal")];
    let Some(folder) = candidates.iter().find(|p| p.is_dir()) else { return String::new() };
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = String::new();
    for f in files {
        match crate::detect::legal::score::evaluate(&f) {
            Ok(rep) => out.push_str(&format!(
                "legal references, labelled set {}:\n{}TOTAL seeds {} P={:.3} R={:.3}\n\n",
                f.display(),
                rep.table(),
                f.file_name().and_then(|n| n.to_str()).unwrap_or(""),
                rep.total.precision(),
                rep.total.recall()
            )),
            Err(e) => out.push_str(&format!("legal references: {e}\n\n")),
        }
    }
    out
}

/// The `*.truth.json` files directly in `dir`, sorted.
fn truth_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".truth.json")))
        .collect();
    out.sort();
    Ok(out)
}

/// A truth file's derived references, computed once per document.
pub struct Prepared {
    /// The truth.
    pub truth: Truth,
    /// Reference words.
    pub words: Vec<String>,
    /// Reference words for the hyphen metrics.
    pub vocab: HashSet<String>,
    /// Running header/footer patterns.
    pub furniture: Furniture,
    /// The truth rendered as text (the furniture baseline).
    pub text: String,
    /// Footnote marks of the truth's paragraphs.
    pub marks: Vec<notemarks::TruthMark>,
}

impl Prepared {
    /// Derives the references of `truth`.
    pub fn new(truth: Truth) -> Prepared {
        let words: Vec<String> = truth.content_units().iter().flat_map(|u| text_metrics::words(u)).collect();
        let vocab = text_metrics::hyphen_vocabulary(&words);
        let furniture = Furniture::new(&truth.headers_footers);
        let text = truth.as_text();
        let marks = notemarks::truth_marks(truth.blocks.iter().filter_map(|b| b.text_with_refs.as_deref()));
        Prepared { truth, words, vocab, furniture, text, marks }
    }
}

/// The text figures of one output.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TextScore {
    /// Word bag counts.
    pub words: Prf,
    /// Line-break hyphens left.
    pub hyphens: usize,
    /// Compounds glued.
    pub glued: usize,
    /// Furniture lines leaked.
    pub furniture: usize,
    /// Paragraphs found and in order.
    pub paragraphs: ParagraphScore,
    /// Footnote marks left in the text.
    pub marks_left: usize,
    /// The record's footnote references against the truth's (empty for plain text).
    pub refs: Prf,
}

impl TextScore {
    /// Sums the counts.
    pub fn add(&mut self, o: &TextScore) {
        self.words.add(o.words);
        self.hyphens += o.hyphens;
        self.glued += o.glued;
        self.furniture += o.furniture;
        self.paragraphs.add(o.paragraphs);
        self.marks_left += o.marks_left;
        self.refs.add(o.refs);
    }
}

/// Scores an extracted text against a prepared truth.
pub fn score_text(prep: &Prepared, output: &str) -> TextScore {
    let out_words = text_metrics::words(output);
    TextScore {
        words: text_metrics::bag_prf(&prep.words, &out_words),
        hyphens: text_metrics::leftover_hyphens(&prep.vocab, output),
        glued: text_metrics::glued_compounds(&prep.vocab, &out_words),
        furniture: prep.furniture.leaked(output, &prep.text),
        paragraphs: text_metrics::score_paragraphs(&prep.truth.paragraphs, output),
        marks_left: notemarks::marks_left(&prep.marks, &prep.text, output),
        refs: Prf::default(),
    }
}

/// A record's footnote references (body blocks) against the truth's marks.
pub fn score_refs(prep: &Prepared, rec: &crate::model::Record) -> Prf {
    let truth: Vec<u32> = prep.marks.iter().map(|m| m.number).collect();
    let ours: Vec<u32> = rec
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter(|b| !b.kind.is_furniture())
        .flat_map(|b| b.footnote_refs.iter().copied())
        .collect();
    notemarks::refs_prf(&truth, &ours)
}

/// Scores a record's tables against the truth tables.
pub fn score_tables(truth: &Truth, output: &[Table]) -> Prf {
    score_tables_detail(truth, output).total
}

/// [`score_tables`] with the figures of each truth table.
pub fn score_tables_detail(truth: &Truth, output: &[Table]) -> tables::DocumentDetail {
    let reference: Vec<Grid> = truth
        .tables
        .iter()
        .map(|t| Grid { pages: Some(t.page_range()), rows: t.rows.clone(), merged: t.model_merged() })
        .collect();
    let out: Vec<Grid> = output.iter().map(Grid::from_table).collect();
    tables::score_document_detail(&reference, &out)
}

/// One document's row.
#[derive(Debug, Clone)]
pub struct DocScore {
    /// File name without `.truth.json`.
    pub name: String,
    /// Pages according to the truth.
    pub pages: u32,
    /// legajo's text figures, or why there are none.
    pub legajo: Result<TextScore, String>,
    /// legajo's table figures.
    pub tables: Prf,
    /// pdftotext's text figures (`None` when pdftotext is not part of the run).
    pub pdftotext: Option<Result<TextScore, String>>,
    /// Table figures per truth table, for the per-producer and per-style section.
    pub breakdown: Option<breakdown::DocTables>,
}

fn score_file(truth_path: &Path, with_pdftotext: bool) -> DocScore {
    let file_name = truth_path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let name = file_name.strip_suffix(".truth.json").unwrap_or(file_name).to_string();
    let pdf = truth_path.with_file_name(format!("{name}.pdf"));
    let fail = |msg: String| DocScore {
        name: name.clone(),
        pages: 0,
        legajo: Err(msg),
        tables: Prf::default(),
        pdftotext: None,
        breakdown: None,
    };
    let truth = match std::fs::read_to_string(truth_path).map_err(|e| e.to_string()).and_then(|s| Truth::parse(&s)) {
        Ok(t) => t,
        Err(e) => return fail(format!("{}: {e}", truth_path.display())),
    };
    let bytes = match std::fs::read(&pdf) {
        Ok(b) => b,
        Err(e) => return fail(format!("{}: {e}", pdf.display())),
    };
    let pages = truth.pages;
    let prep = Prepared::new(truth);
    let rec = pipeline::process(&pdf.to_string_lossy(), &bytes, &Config::default());
    let mut legajo = score_text(&prep, &pipeline::render_text(&rec));
    legajo.refs = score_refs(&prep, &rec);
    let detail = score_tables_detail(&prep.truth, &rec.tables);
    let tables = detail.total;
    let breakdown = Some(breakdown::DocTables::new(&prep.truth, detail));
    let pdftotext = with_pdftotext
        .then(|| pdftotext::extract(&pdf, None, pdftotext::TIME_LIMIT).map(|text| score_text(&prep, &text)));
    DocScore { name, pages, legajo: Ok(legajo), tables, pdftotext, breakdown }
}

/// Formats a count pair.
fn counts(ours: usize, theirs: Option<usize>) -> String {
    report::pair(ours.to_string(), theirs.map(|t| t.to_string()))
}

fn ratios(ours: Option<f64>, theirs: Option<Option<f64>>) -> String {
    report::pair(report::ratio(ours), theirs.map(report::ratio))
}

fn row(name: &str, pages: u32, ours: &TextScore, tables: Prf, theirs: Option<&TextScore>) -> Vec<String> {
    let t = |f: &dyn Fn(&TextScore) -> Option<f64>| ratios(f(ours), theirs.map(f));
    let c = |f: &dyn Fn(&TextScore) -> usize| counts(f(ours), theirs.map(f));
    let na = |s: String| if theirs.is_some() { format!("{s}/n/a") } else { s };
    vec![
        name.to_string(),
        pages.to_string(),
        t(&|s| s.words.precision()),
        t(&|s| s.words.recall()),
        t(&|s| s.words.f1()),
        c(&|s| s.hyphens),
        c(&|s| s.glued),
        c(&|s| s.furniture),
        c(&|s| s.marks_left),
        t(&|s| s.paragraphs.found_ratio()),
        t(&|s| s.paragraphs.order_ratio()),
        na(report::ratio(tables.precision())),
        na(report::ratio(tables.recall())),
        na(report::ratio(tables.f1())),
        na(report::ratio(ours.refs.precision())),
        na(report::ratio(ours.refs.recall())),
    ]
}

/// Totals of the documents of one variant.
#[derive(Default)]
struct VariantTotal {
    pages: u32,
    ours: TextScore,
    theirs: TextScore,
    tables: Prf,
}

/// The variant of a document named `BASE-VARIANT` (`seed000-g4-300` → `g4-300`): the part after
/// the first `-`, or `None` for a name without one.
fn variant_of(name: &str) -> Option<&str> {
    name.split_once('-').map(|(_, v)| v).filter(|v| !v.is_empty())
}

/// Totals per variant when the folder holds several variants of the same documents (every name
/// is `BASE-VARIANT`, at least two variants, each with at least two documents); empty otherwise.
/// Sorted by variant name.
fn variant_totals(scores: &[DocScore]) -> Vec<(String, VariantTotal)> {
    let mut groups: std::collections::BTreeMap<String, (usize, VariantTotal)> = Default::default();
    for d in scores {
        let Some(v) = variant_of(&d.name) else { return Vec::new() };
        let entry = groups.entry(v.to_string()).or_default();
        entry.0 += 1;
        let Ok(ours) = &d.legajo else { continue };
        entry.1.pages += d.pages;
        entry.1.ours.add(ours);
        if let Some(Ok(t)) = &d.pdftotext {
            entry.1.theirs.add(t);
        }
        entry.1.tables.add(d.tables);
    }
    if groups.len() < 2 || groups.values().any(|(n, _)| *n < 2) {
        return Vec::new();
    }
    groups.into_iter().map(|(k, (_, t))| (k, t)).collect()
}

/// The report for a truth folder.
pub fn render(dir: &Path, scores: &[DocScore], with_pdftotext: bool) -> String {
    let mut out = format!("legajo eval {}: {} documents with ground truth\n", dir.display(), scores.len());
    if with_pdftotext {
        out.push_str("cells: legajo/pdftotext (pdftotext -enc UTF-8 FILE -); tables: pdftotext has no cells (n/a)\n");
    } else {
        out.push_str("pdftotext: not installed (legajo's figures only)\n");
    }
    out.push('\n');
    let header = [
        "document",
        "pages",
        "words P",
        "words R",
        "word F1",
        "hyph",
        "glued",
        "furn",
        "marks",
        "para found",
        "para order",
        "table P",
        "table R",
        "table F1",
        "refs P",
        "refs R",
    ];
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let (mut ours_total, mut theirs_total, mut tables_total, mut pages_total) =
        (TextScore::default(), TextScore::default(), Prf::default(), 0u32);
    let mut theirs_missing = 0;
    for d in scores {
        let ours = match &d.legajo {
            Ok(s) => s,
            Err(e) => {
                rows.push(vec![d.name.clone(), "–".to_string(), "error".to_string()]);
                notes.push(format!("{}: {e}", d.name));
                continue;
            }
        };
        let theirs = match &d.pdftotext {
            Some(Ok(s)) => Some(s),
            Some(Err(e)) => {
                notes.push(format!("{}: {e}", d.name));
                theirs_missing += 1;
                None
            }
            None => None,
        };
        ours_total.add(ours);
        if let Some(t) = theirs {
            theirs_total.add(t);
        }
        tables_total.add(d.tables);
        pages_total += d.pages;
        rows.push(row(&d.name, d.pages, ours, d.tables, theirs.or(with_pdftotext.then_some(&TextScore::default()))));
    }
    rows.push(row("TOTAL", pages_total, &ours_total, tables_total, with_pdftotext.then_some(&theirs_total)));
    for (variant, g) in variant_totals(scores) {
        let theirs = with_pdftotext.then_some(&g.theirs);
        rows.push(row(&format!("variant {variant}"), g.pages, &g.ours, g.tables, theirs));
    }
    out.push_str(&report::table(&header, &rows, 1));
    if theirs_missing > 0 {
        out.push_str(&format!("pdftotext figures of {theirs_missing} document(s) are 0: it gave no text\n"));
    }
    for n in notes {
        out.push_str(&format!("note: {n}\n"));
    }
    out.push_str(
        "\nwords: bag-of-words P/R/F1 over all content (NFC, edge punctuation stripped); hyph: line-break hyphens \
         left; glued: hyphenated compounds glued; furn: header/footer lines leaked; para found: truth paragraphs \
         found verbatim or with word similarity >= 0.95; para order: found paragraphs in LIS order; table: ICDAR \
         2013 adjacency relations; marks: footnote marks left in the text; refs: footnote_refs against the \
         truth's marks. Definitions: src/eval/mod.rs.\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> DocScore {
        DocScore {
            name: name.to_string(),
            pages: 2,
            legajo: Ok(TextScore::default()),
            tables: Prf::default(),
            pdftotext: None,
            breakdown: None,
        }
    }

    #[test]
    fn variants_are_totalled_only_when_the_folder_holds_variants() {
        let scans: Vec<DocScore> =
            ["a-g4-300", "b-g4-300", "a-digital", "b-digital"].iter().map(|n| named(n)).collect();
        let v = variant_totals(&scans);
        assert_eq!(v.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["digital", "g4-300"]);
        assert_eq!(v[1].1.pages, 4);
        let plain: Vec<DocScore> = ["zoo_1", "zoo_2"].iter().map(|n| named(n)).collect();
        assert!(variant_totals(&plain).is_empty());
        let lonely: Vec<DocScore> = ["a-x", "b-x", "a-y"].iter().map(|n| named(n)).collect();
        assert!(variant_totals(&lonely).is_empty(), "a variant of one document is not a group");
    }

    fn corpus_truths() -> Vec<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        truth_files(&dir).unwrap_or_default()
    }

    #[test]
    fn the_truth_scored_against_itself_is_perfect() {
        let files = corpus_truths();
        assert!(!files.is_empty(), "corpus/*.truth.json missing");
        for f in files {
            let truth = Truth::parse(&std::fs::read_to_string(&f).unwrap()).unwrap();
            let tables = truth.model_tables();
            let prep = Prepared::new(truth);
            let text = prep.text.clone();
            let s = score_text(&prep, &text);
            let name = f.display();
            assert_eq!(s.words.f1(), Some(1.0), "{name}");
            assert_eq!((s.hyphens, s.glued, s.furniture, s.marks_left), (0, 0, 0, 0), "{name}");
            assert_eq!(s.paragraphs.found, s.paragraphs.total, "{name}");
            assert_eq!(s.paragraphs.exact, s.paragraphs.total, "{name}");
            assert_eq!(s.paragraphs.in_order, s.paragraphs.total, "{name}");
            assert!(s.paragraphs.total > 0);
            let t = score_tables(&prep.truth, &tables);
            assert_eq!((t.precision(), t.recall(), t.f1()), (Some(1.0), Some(1.0), Some(1.0)), "{name}");
        }
    }

    #[test]
    fn damage_lowers_the_figures() {
        let f = corpus_truths().into_iter().next().unwrap();
        let truth = Truth::parse(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let prep = Prepared::new(truth);
        // Drop the last paragraph, add running headers and a folio between every unit,
        // reverse the order of the units.
        let header = prep.truth.headers_footers.first().cloned().unwrap_or_default();
        let mut units: Vec<&str> = prep.text.split("\n\n").collect();
        let last = prep.truth.paragraphs.last().unwrap().clone();
        units.retain(|u| *u != last);
        units.reverse();
        let damaged = units.join(&format!("\n{header}\nPágina 3 de 9\n"));
        let s = score_text(&prep, &damaged);
        assert!(s.words.precision().unwrap() < 1.0 && s.words.recall().unwrap() < 1.0);
        assert_eq!(s.paragraphs.found + 1, s.paragraphs.total);
        assert!(s.paragraphs.order_ratio().unwrap() < 0.1);
        assert!(s.furniture >= 2 * (units.len() - 1) - 2, "{}", s.furniture);
    }

    #[test]
    fn marks_left_in_the_text_and_missing_refs_are_counted() {
        let prep = corpus_truths()
            .into_iter()
            .map(|f| Prepared::new(Truth::parse(&std::fs::read_to_string(&f).unwrap()).unwrap()))
            .find(|p| !p.marks.is_empty())
            .expect("a corpus truth with footnote marks");
        let m = &prep.marks[0];
        let glued = prep.text.replacen(&m.before, &format!("{}{}", m.before, m.number), 1);
        assert_eq!(score_text(&prep, &glued).marks_left, 1);
        let truth: Vec<u32> = prep.marks.iter().map(|m| m.number).collect();
        let all = notemarks::refs_prf(&truth, &truth);
        assert_eq!((all.precision(), all.recall()), (Some(1.0), Some(1.0)));
        let short = notemarks::refs_prf(&truth, &truth[1..]);
        assert!(short.recall().unwrap() < 1.0);
    }

    /// The metrics see pdftotext's documented defects (seeds README): default mode glues
    /// `Sur-`/`Sur` in seed002 and prints headers/footers on every page; `-raw` keeps the
    /// automatic hyphens (hundreds per file).
    #[test]
    fn pdftotext_defects_are_measured() {
        if !pdftotext::available() {
            eprintln!("SKIPPED: pdftotext is not installed");
            return;
        }
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let prep = |name: &str| {
            Prepared::new(
                Truth::parse(&std::fs::read_to_string(dir.join(format!("{name}.truth.json"))).unwrap()).unwrap(),
            )
        };
        let p2 = prep("seed002_dev");
        let text = pdftotext::extract(&dir.join("seed002_dev.pdf"), None, pdftotext::TIME_LIMIT).unwrap();
        let s = score_text(&p2, &text);
        assert!(s.glued >= 1, "{s:?}");
        assert_eq!(s.hyphens, 0, "{s:?}");
        assert!(s.furniture >= 2 * 20, "{s:?}");
        assert!(s.words.f1().unwrap() > 0.95, "{s:?}");
        assert!(s.paragraphs.found_ratio().unwrap() > 0.7, "{s:?}");
        let raw = std::process::Command::new("pdftotext")
            .args(["-raw", "-enc", "UTF-8"])
            .arg(dir.join("seed000_dev.pdf"))
            .arg("-")
            .output()
            .unwrap();
        let s = score_text(&prep("seed000_dev"), &String::from_utf8_lossy(&raw.stdout));
        assert!(s.hyphens >= 100, "{s:?}");
    }

    #[test]
    fn report_has_a_row_per_document_and_a_total() {
        let s = TextScore { words: Prf { matched: 1, predicted: 2, expected: 2 }, ..Default::default() };
        let docs = vec![
            DocScore {
                name: "a".into(),
                pages: 2,
                legajo: Ok(s),
                tables: Prf::default(),
                pdftotext: None,
                breakdown: None,
            },
            DocScore {
                name: "b".into(),
                pages: 1,
                legajo: Err("gone".into()),
                tables: Prf::default(),
                pdftotext: None,
                breakdown: None,
            },
        ];
        let r = render(Path::new("x"), &docs, false);
        assert!(r.contains("pdftotext: not installed"));
        assert!(r.lines().any(|l| l.starts_with("a ") && l.contains("0.500")));
        assert!(r.lines().any(|l| l.starts_with("b ") && l.contains("error")));
        assert!(r.lines().any(|l| l.starts_with("TOTAL") && l.contains(" 2 ")));
        assert!(r.contains("note: b: gone"));
    }
}
