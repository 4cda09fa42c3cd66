//! Other tools' tables (pdfplumber, Camelot) scored beside legajo's.
//!
//! In: a cache written by `scripts/peers/run.sh` (the tools do not run inside `legajo`):
//! `ROOT/<folder name>/<tool>/<pdf stem>.json`, where ROOT is `$LEGAJO_PEERS` or, when that
//! is not set, `target/peers` under the current folder, and the folder name is the last
//! component of the evaluated folder (symbolic links resolved). One file holds
//! `{"tool", "version", "sha256", "error", "tables": [{"page", "rows"}]}`. Out: the tool's
//! tables as [`Grid`]s for one PDF, which `eval` scores with the same measure and pairing as
//! legajo's (a tool gives no spanning cells: a merged cell is its text in the first cell).
//!
//! A document whose cache file is missing, whose `sha256` is not that of the PDF (a stale
//! cache), or on which the tool failed, has no tables from the tool: it is scored as a
//! document where the tool found nothing, and the report says how many such documents there
//! are. When the folder has no cache at all, the report has legajo's figures only.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use rayon::prelude::*;

use super::breakdown::{self, DocTables};
use super::report;
use super::tables::{self, Grid};
use super::truth::Truth;

/// Environment variable naming the cache root.
pub const CACHE_VAR: &str = "LEGAJO_PEERS";

/// Cache root when [`CACHE_VAR`] is not set (relative to the current folder).
pub const DEFAULT_CACHE: &str = "target/peers";

/// The tools the script runs, in report order.
pub const TOOLS: [&str; 3] = ["pdfplumber", "camelot-lattice", "camelot-stream"];

/// Largest cache file read (a tool's tables for one document).
const MAX_FILE_BYTES: u64 = 64 << 20;

/// The cached tools of one evaluated folder.
#[derive(Debug, Clone)]
pub struct Peers {
    /// `ROOT/<folder name>`.
    pub folder: PathBuf,
    /// Tools with a cache folder there, in [`TOOLS`] order, with the version the first
    /// readable file names.
    pub tools: Vec<(String, String)>,
}

/// One cache file.
#[derive(Debug, Deserialize)]
struct CacheFile {
    #[serde(default)]
    sha256: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    tables: Vec<CacheTable>,
}

#[derive(Debug, Deserialize)]
struct CacheTable {
    page: u32,
    rows: Vec<Vec<Option<String>>>,
}

/// Why a tool has no tables for a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    /// No cache file.
    NotCached,
    /// The cache file is of other bytes.
    Stale,
    /// The cache file cannot be read or parsed.
    Unreadable(String),
    /// The tool failed on the document (its message).
    ToolFailed(String),
}

impl Peers {
    /// The cache of `dir` under the root of [`CACHE_VAR`] or [`DEFAULT_CACHE`]; `None` when
    /// no tool has a folder there.
    pub fn find(dir: &Path) -> Option<Peers> {
        let root = std::env::var_os(CACHE_VAR).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(DEFAULT_CACHE));
        Peers::at(&root, dir)
    }

    /// The cache of `dir` under `root`.
    pub fn at(root: &Path, dir: &Path) -> Option<Peers> {
        let name = dir.canonicalize().ok()?.file_name()?.to_os_string();
        let folder = root.join(name);
        let tools: Vec<(String, String)> = TOOLS
            .iter()
            .filter(|t| folder.join(t).is_dir())
            .map(|t| (t.to_string(), version_of(&folder.join(t))))
            .collect();
        (!tools.is_empty()).then_some(Peers { folder, tools })
    }

    /// The tables `tool` found in the PDF `pdf` whose bytes have SHA-256 `sha256`.
    pub fn grids(&self, tool: &str, pdf: &Path, sha256: &str) -> Result<Vec<Grid>, Missing> {
        let stem = pdf.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let file = self.folder.join(tool).join(format!("{stem}.json"));
        let c = read(&file)?;
        if !c.sha256.eq_ignore_ascii_case(sha256) {
            return Err(Missing::Stale);
        }
        if let Some(e) = c.error {
            return Err(Missing::ToolFailed(e));
        }
        Ok(c.tables.into_iter().map(grid).collect())
    }

    /// One line naming the cache and the tools' versions.
    pub fn describe(&self) -> String {
        let tools: Vec<String> = self.tools.iter().map(|(t, v)| format!("{t} {v}")).collect();
        format!("other tools from the cache {} (default settings): {}", self.folder.display(), tools.join(", "))
    }
}

fn read(file: &Path) -> Result<CacheFile, Missing> {
    let meta = std::fs::metadata(file).map_err(|_| Missing::NotCached)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Missing::Unreadable(format!("{}: over {MAX_FILE_BYTES} bytes", file.display())));
    }
    let bytes = std::fs::read(file).map_err(|e| Missing::Unreadable(format!("{}: {e}", file.display())))?;
    serde_json::from_slice(&bytes).map_err(|e| Missing::Unreadable(format!("{}: {e}", file.display())))
}

fn grid(t: CacheTable) -> Grid {
    let rows = t.rows.into_iter().map(|r| r.into_iter().map(Option::unwrap_or_default).collect()).collect();
    Grid { pages: Some([t.page, t.page]), rows, merged: Vec::new() }
}

/// The version named by the first readable cache file of a tool's folder (`?` when none).
fn version_of(dir: &Path) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect()
        })
        .unwrap_or_default();
    files.sort();
    files.iter().find_map(|f| read(f).ok().map(|c| c.version)).filter(|v| !v.is_empty()).unwrap_or_else(|| "?".into())
}

/// Counts of documents a tool has no tables for, by reason, for the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gaps {
    /// Not in the cache.
    pub not_cached: usize,
    /// Cached for other bytes.
    pub stale: usize,
    /// Unreadable cache files.
    pub unreadable: usize,
    /// The tool failed.
    pub failed: usize,
}

impl Gaps {
    /// Counts one outcome.
    pub fn add(&mut self, m: &Missing) {
        match m {
            Missing::NotCached => self.not_cached += 1,
            Missing::Stale => self.stale += 1,
            Missing::Unreadable(_) => self.unreadable += 1,
            Missing::ToolFailed(_) => self.failed += 1,
        }
    }

    /// `""` when nothing is missing, else a note such as `3 not in the cache, 1 failed`.
    pub fn note(&self) -> String {
        let parts: Vec<String> = [
            (self.not_cached, "not in the cache"),
            (self.stale, "cached for other bytes (run scripts/peers/run.sh again)"),
            (self.unreadable, "with an unreadable cache file"),
            (self.failed, "on which the tool failed or timed out"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
        parts.join(", ")
    }
}

/// The table of groups with one row per group and tool: legajo's rows of
/// [`super::breakdown::rows`] with each tool's row for the same group under it. `tools` holds
/// each tool's name, its rows and its gap note.
pub fn compare_rows(legajo: &[Vec<String>], tools: &[(String, Vec<Vec<String>>, Gaps)]) -> String {
    let key = |r: &Vec<String>| (r.first().cloned().unwrap_or_default(), r.get(1).cloned().unwrap_or_default());
    let with_tool = |r: &Vec<String>, tool: &str| {
        let mut r = r.clone();
        r.insert(2.min(r.len()), tool.to_string());
        r
    };
    let mut rows = Vec::new();
    for l in legajo {
        rows.push(with_tool(l, "legajo"));
        for (tool, trows, _) in tools {
            if let Some(t) = trows.iter().find(|t| key(t) == key(l)) {
                rows.push(with_tool(t, tool));
            }
        }
    }
    let header =
        ["group", "name", "tool", "docs", "tables", "found", "recall", "P", "R", "F1", "mean F1", "false", "extra"];
    let mut out = report::table(&header, &rows, 3);
    for (tool, _, gaps) in tools {
        let note = gaps.note();
        if !note.is_empty() {
            out.push_str(&format!("{tool}: no tables for documents {note}\n"));
        }
    }
    out
}

/// The comparison section of a truth folder: [`breakdown::rows`] for legajo (`legajo`, the
/// documents' breakdowns as `eval` computed them) and for each cached tool, scored against
/// the same truths. Empty for a folder without producers or styles; one line saying how to
/// make the cache when there is none.
pub fn truth_section(dir: &Path, truths: &[PathBuf], legajo: &[DocTables], held_out: Option<&str>) -> String {
    if !breakdown::tagged(legajo) {
        return String::new();
    }
    let Some(peers) = Peers::find(dir) else {
        return format!(
            "\nother tools: no cache for this folder under ${CACHE_VAR} or {DEFAULT_CACHE} (scripts/peers/run.sh {} \
             writes it)\n",
            dir.display()
        );
    };
    let loaded: Vec<Option<(Truth, String)>> = truths
        .par_iter()
        .map(|t| {
            let truth = std::fs::read_to_string(t).ok().and_then(|s| Truth::parse(&s).ok())?;
            let sha = std::fs::read(pdf_of(t)).ok().map(|b| crate::pipeline::sha256_hex(&b))?;
            Some((truth, sha))
        })
        .collect();
    let mut per_tool = Vec::new();
    for (tool, _) in &peers.tools {
        let mut gaps = Gaps::default();
        let mut docs = Vec::new();
        for (path, item) in truths.iter().zip(&loaded) {
            let Some((truth, sha)) = item else { continue };
            let found = peers.grids(tool, &pdf_of(path), sha).unwrap_or_else(|m| {
                gaps.add(&m);
                Vec::new()
            });
            let reference: Vec<Grid> = truth
                .tables
                .iter()
                .map(|t| Grid { pages: Some(t.page_range()), rows: t.rows.clone(), merged: t.model_merged() })
                .collect();
            docs.push(DocTables::new(truth, tables::score_document_detail(&reference, &found)));
        }
        per_tool.push((tool.clone(), breakdown::rows(&docs, held_out), gaps));
    }
    format!(
        "\ntables beside other tools, same measure and groups as above; {}\n{}",
        peers.describe(),
        compare_rows(&breakdown::rows(legajo, held_out), &per_tool)
    )
}

/// `NAME.truth.json` → `NAME.pdf` beside it.
fn pdf_of(truth: &Path) -> PathBuf {
    let name = truth.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    truth.with_file_name(format!("{}.pdf", name.strip_suffix(".truth.json").unwrap_or(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, tool: &str, stem: &str, json: &str) {
        std::fs::create_dir_all(dir.join(tool)).unwrap();
        std::fs::write(dir.join(tool).join(format!("{stem}.json")), json).unwrap();
    }

    #[test]
    fn reads_a_built_cache_and_refuses_stale_or_failed_entries() {
        let tmp = tempfile::tempdir().unwrap();
        let docs = tmp.path().join("docs").join("zoo");
        std::fs::create_dir_all(&docs).unwrap();
        let root = tmp.path().join("cache");
        assert!(Peers::at(&root, &docs).is_none(), "no cache: legajo's figures only");
        let folder = root.join("zoo");
        write(
            &folder,
            "pdfplumber",
            "a",
            r#"{"tool": "pdfplumber", "version": "0.11.11", "sha256": "AB12", "error": null,
                "tables": [{"page": 2, "rows": [["x", null], ["1", "2"]]}]}"#,
        );
        write(
            &folder,
            "camelot-stream",
            "a",
            r#"{"version": "2.0.0", "sha256": "ab12", "error": "timeout after 300 s", "tables": []}"#,
        );
        write(&folder, "camelot-stream", "b", "{not json");
        let p = Peers::at(&root, &docs).expect("two tools cached");
        let names: Vec<&str> = p.tools.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, ["pdfplumber", "camelot-stream"], "TOOLS order, only those present");
        assert_eq!(p.tools[0].1, "0.11.11");
        let g = p.grids("pdfplumber", &docs.join("a.pdf"), "ab12").unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].pages, Some([2, 2]));
        assert_eq!(g[0].rows, [vec!["x", ""], vec!["1", "2"]]);
        assert_eq!(p.grids("pdfplumber", &docs.join("a.pdf"), "ffff"), Err(Missing::Stale));
        assert_eq!(p.grids("pdfplumber", &docs.join("c.pdf"), "ab12"), Err(Missing::NotCached));
        assert!(matches!(p.grids("camelot-stream", &docs.join("a.pdf"), "ab12"), Err(Missing::ToolFailed(_))));
        assert!(matches!(p.grids("camelot-stream", &docs.join("b.pdf"), "ab12"), Err(Missing::Unreadable(_))));
        let mut gaps = Gaps::default();
        gaps.add(&Missing::NotCached);
        gaps.add(&Missing::ToolFailed("x".into()));
        assert_eq!(gaps.note(), "1 not in the cache, 1 on which the tool failed or timed out");
    }

    #[test]
    fn compared_rows_put_each_tool_under_legajo() {
        let row = |g: &str, n: &str, f1: &str| vec![g.to_string(), n.to_string(), "1".into(), f1.into()];
        let legajo = vec![row("producer", "groff", "0.9"), row("TOTAL", "all", "0.8")];
        let plumber = vec![row("TOTAL", "all", "0.3"), row("producer", "groff", "0.2")];
        let out = compare_rows(&legajo, &[("pdfplumber".into(), plumber, Gaps::default())]);
        let lines: Vec<&str> = out.lines().skip(2).collect();
        assert!(lines[0].starts_with("producer  groff  legajo") && lines[0].ends_with("0.9"), "{out}");
        assert!(lines[1].contains("pdfplumber") && lines[1].ends_with("0.2"), "{out}");
        assert!(lines[3].contains("pdfplumber") && lines[3].ends_with("0.3"), "{out}");
    }
}
