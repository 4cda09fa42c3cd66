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
