//! `legajo eval`: the report over the repository's corpus and over a real-corpus manifest.
//! Independent of ../shared and of whether `pdftotext` is installed.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{bin, repo};

fn eval(dir: &Path, without_pdftotext: bool) -> Output {
    let mut cmd = Command::new(bin());
    cmd.current_dir(repo()).arg("eval").arg(dir);
    if without_pdftotext {
        // No PATH: pdftotext cannot be found.
        cmd.env("PATH", "");
    }
    cmd.output().unwrap()
}

fn truth_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(repo().join("corpus"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".truth.json").map(str::to_string))
        .collect();
    names.sort();
    names
}

fn check_rows(stdout: &str) {
    let names = truth_names();
    assert!(!names.is_empty());
    // The document table: from its first row on (the legal sets above it have totals too).
    let first = stdout.lines().position(|l| names.iter().any(|n| l.starts_with(&format!("{n} ")))).unwrap_or(0);
    // …to its total (the per-style table summaries below it have totals too).
    let mut rows: Vec<&str> = Vec::new();
    for l in stdout.lines().skip(first) {
        if names.iter().any(|n| l.starts_with(&format!("{n} "))) || l.starts_with("TOTAL ") {
            rows.push(l);
            if l.starts_with("TOTAL ") {
                break;
            }
        }
    }
    assert_eq!(rows.len(), names.len() + 1, "one row per truth file plus a total:\n{stdout}");
    for (row, name) in rows.iter().zip(&names) {
        assert!(row.starts_with(name.as_str()), "rows out of order:\n{stdout}");
        assert!(!row.contains("error"), "{row}");
    }
    assert!(rows.last().unwrap().starts_with("TOTAL"));
    // Every row has the same number of columns as the header.
    let header = stdout.lines().find(|l| l.starts_with("document")).unwrap();
    let cols = |l: &str| l.split("  ").filter(|c| !c.trim().is_empty()).count();
    for r in &rows {
        assert_eq!(cols(r), cols(header), "{r}");
    }
}

#[test]
fn eval_corpus_prints_one_row_per_truth_file_and_a_total() {
    let out = eval(Path::new("corpus"), false);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    check_rows(&String::from_utf8_lossy(&out.stdout));
}

#[test]
fn eval_without_pdftotext_says_so() {
    let out = eval(Path::new("corpus"), true);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("pdftotext: not installed"), "{stdout}");
    check_rows(&stdout);
}

#[test]
fn eval_of_a_folder_without_truth_is_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let out = eval(dir.path(), true);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("truth"));
}

#[test]
fn eval_of_a_manifest_folder_scores_the_expected_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(repo().join("corpus/seed000_dev.pdf"), d.join("doc.pdf")).unwrap();
    std::fs::write(d.join("doc.expected-snippet.txt"), "Academia Diplomática").unwrap();
    std::fs::write(d.join("doc.expected.es.txt"), "Primer párrafo.\nSegundo párrafo.\n").unwrap();
    std::fs::write(d.join("doc.expected.csv"), "Año,Ley\n2002,\"Ley de bases\"\n").unwrap();
    std::fs::write(d.join("doc.expected.tex"), "\\section{x}").unwrap();
    std::fs::write(
        d.join("manifest.json"),
        r#"{"files": [{"file": "doc.pdf", "expected_outputs": [
            {"file": "doc.expected-snippet.txt"}, {"file": "doc.expected.es.txt"},
            {"file": "doc.expected.csv"}, {"file": "doc.expected.tex"}]}]}"#,
    )
    .unwrap();
    let out = eval(d, true);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for want in [".expected-snippet.txt", ".expected.es.txt", ".expected.csv", "not scored: doc.expected.tex"] {
        assert!(stdout.contains(want), "{want} missing:\n{stdout}");
    }
    assert_eq!(stdout.lines().filter(|l| l.starts_with("doc ")).count(), 3, "{stdout}");
}
