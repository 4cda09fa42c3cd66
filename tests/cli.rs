//! The command line: exit codes and output streams.

use std::process::Command;

use crate::common::bin;

#[test]
fn help_lists_every_command() {
    let out = Command::new(bin()).arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["ingest", "extract", "text", "eval", "cites", "schema"] {
        assert!(text.contains(cmd), "--help does not mention {cmd}:\n{text}");
    }
}

#[test]
fn extract_of_a_missing_file_is_fatal() {
    let out = Command::new(bin()).args(["extract", "/nonexistent/file.pdf"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(!out.stderr.is_empty());
}

/// `legajo text` runs only the stages that make the text (no detectors, no title-page
/// metadata, no hash), and prints exactly the text of the whole record `extract` builds.
#[test]
fn text_is_the_whole_records_text() {
    for name in ["seed001_dev.pdf", "seed003_dev.pdf"] {
        let file = crate::common::repo().join("corpus").join(name);
        let text = Command::new(bin()).arg("text").arg(&file).output().unwrap();
        let extract = Command::new(bin()).arg("extract").arg(&file).output().unwrap();
        assert!(text.status.success() && extract.status.success(), "{name}");
        let rec: legajo::model::Record = serde_json::from_slice(&extract.stdout).unwrap();
        assert!(!rec.legal_references.is_empty(), "{name}: the whole record has legal references");
        assert_eq!(String::from_utf8(text.stdout).unwrap(), legajo::pipeline::render_text(&rec), "{name}");
        assert_eq!(text.stderr, extract.stderr, "{name}: the same messages");
    }
}
