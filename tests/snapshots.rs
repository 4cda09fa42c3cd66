//! Whole records of a handful of documents of this repository, compared with the snapshots
//! committed under `tests/snapshots/`: any change to what a record says shows up as a
//! reviewed diff. After a change meant to alter records, rewrite them with
//! `LEGAJO_UPDATE_SNAPSHOTS=1 cargo test --release --test integration snapshots` and review
//! `git diff tests/snapshots` before committing. A missing snapshot is written and the test
//! fails, so a new one is always looked at. `pipeline_version` is redacted.

use std::path::Path;

use legajo::config::Config;

use crate::common::repo;

/// Documents (paths relative to the repository) whose records are kept.
const DOCUMENTS: &[&str] = &["corpus/seed001_dev.pdf", "tests/data/text/tesis.txt", "tests/data/text/informe.txt"];

/// The record of `rel` as pretty JSON with the pipeline version redacted.
fn record_json(rel: &str) -> String {
    let bytes = std::fs::read(repo().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let mut rec = legajo::pipeline::process(rel, &bytes, &Config::default());
    rec.pipeline_version = "[redacted]".to_string();
    let mut s = serde_json::to_string_pretty(&rec).expect("a record serialises");
    s.push('\n');
    s
}

/// The first lines where `want` and `got` differ, numbered.
fn first_differences(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = Vec::new();
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied().unwrap_or("<end>"), g.get(i).copied().unwrap_or("<end>"));
        if a != b {
            out.push(format!("line {}:\n  - {a}\n  + {b}", i + 1));
            if out.len() == 8 {
                break;
            }
        }
    }
    out.join("\n")
}

fn check(rel: &str, update: bool) -> Option<String> {
    let name = Path::new(rel).file_name().unwrap().to_string_lossy().into_owned();
    let path = repo().join("tests").join("snapshots").join(format!("{name}.json"));
    let got = record_json(rel);
    let want = std::fs::read_to_string(&path).ok();
    if want.as_deref() == Some(got.as_str()) {
        return None;
    }
    if update || want.is_none() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
    }
    match want {
        None => Some(format!("{rel}: no snapshot; wrote {} (review and commit it)", path.display())),
        Some(_) if update => {
            eprintln!("{rel}: snapshot rewritten; review `git diff {}`", path.display());
            None
        }
        Some(w) => Some(format!(
            "{rel}: the record differs from {} (rewrite with LEGAJO_UPDATE_SNAPSHOTS=1 and review the diff):\n{}",
            path.display(),
            first_differences(&w, &got)
        )),
    }
}

#[test]
fn records_match_their_snapshots() {
    let update = std::env::var("LEGAJO_UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let problems: Vec<String> = DOCUMENTS.iter().filter_map(|d| check(d, update)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn records_are_deterministic() {
    // The snapshots would flicker otherwise: the same input twice gives the same bytes.
    assert_eq!(record_json(DOCUMENTS[1]), record_json(DOCUMENTS[1]));
}
