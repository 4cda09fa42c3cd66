//! The real third-party PDFs of ../shared/corpus/real: every file yields a record without a
//! panic; encryption is handled as the manifest says; the expected snippets are extracted.

use std::path::Path;
use std::process::Command;

use unicode_normalization::UnicodeNormalization;

use legajo::model::{Record, RunManifest, Status};

use crate::common::{bin, shared};

/// Text with all whitespace removed, NFC: snippets are compared ignoring line breaks.
fn dense(s: &str) -> String {
    s.nfc().filter(|c| !c.is_whitespace()).collect()
}

fn record(out: &Path, id: &str) -> Record {
    serde_json::from_slice(&std::fs::read(out.join("documents").join(format!("{id}.json"))).unwrap()).unwrap()
}

fn all_text(rec: &Record) -> String {
    let mut s: Vec<&str> = rec.pages.iter().flat_map(|p| p.blocks.iter().map(|b| b.text.as_str())).collect();
    s.extend(rec.footnotes.iter().map(|f| f.text.as_str()));
    s.join("\n")
}

#[test]
fn real_files_extract_as_their_sources_expect() {
    let Some(dir) = shared("real") else { return };
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let status =
        Command::new(bin()).args(["ingest", "--quiet", "--jobs", "2", "-o"]).arg(&out).arg(&dir).status().unwrap();
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
    let run: RunManifest = serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    let files = manifest["files"].as_array().unwrap();
    assert_eq!(run.documents.len(), files.len(), "one record per PDF");
    let mut problems = Vec::new();
    for f in files {
        let name = f["file"].as_str().unwrap();
        let entry = run.documents.iter().find(|d| d.path.ends_with(&format!("/{name}"))).unwrap();
        let rec = record(&out, &entry.id);
        if rec.diagnostics.iter().any(|d| d.code == "internal.panic") {
            problems.push(format!("{name}: panicked"));
            continue;
        }
        let needs_password = f["password"]["user"].as_str().is_some_and(|p| !p.is_empty());
        if needs_password {
            if rec.status != Status::Failed || entry.reason_code.as_deref() != Some("pdf.password") {
                problems.push(format!("{name}: needs a password, got {:?} {:?}", rec.status, entry.reason_code));
            }
            continue;
        }
        if f["encrypted"].as_bool() == Some(true) && rec.status == Status::Failed {
            problems.push(format!("{name}: encrypted with an empty user password must open: {:?}", entry.reason));
        }
        let text = dense(&all_text(&rec));
        for e in f["expected_outputs"].as_array().into_iter().flatten() {
            let file = e["file"].as_str().unwrap();
            if file.ends_with("-snippet.txt") {
                let snippet = std::fs::read_to_string(dir.join(file)).unwrap();
                if !text.contains(&dense(&snippet)) {
                    problems.push(format!("{name}: snippet {file} not found"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

/// Files that need a password open when it is given (every one of them, whatever the
/// encryption: RC4-40 R2, RC4-128 R3, AES-128 R4, AES-256 R6), and give text.
#[test]
fn password_protected_files_open_with_their_password() {
    let Some(dir) = shared("real") else { return };
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let mut problems = Vec::new();
    let mut tried = 0;
    for f in manifest["files"].as_array().unwrap() {
        let Some(pw) = f["password"]["user"].as_str().filter(|p| !p.is_empty()) else { continue };
        tried += 1;
        let out = Command::new(bin())
            .args(["extract", "--password", pw])
            .arg(dir.join(f["file"].as_str().unwrap()))
            .output()
            .unwrap();
        let rec: Record = serde_json::from_slice(&out.stdout).unwrap();
        if rec.status == Status::Failed {
            problems.push(format!("{}: does not open with its user password: {:?}", f["file"], rec.diagnostics));
        } else if dense(&all_text(&rec)).is_empty() {
            problems.push(format!("{}: opened but gave no text", f["file"]));
        }
    }
    assert!(tried >= 4, "only {tried} password-protected files in the manifest");
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}
