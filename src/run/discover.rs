//! Input discovery: command-line paths → the sorted, de-duplicated list of documents.
//!
//! In: files and folders. Out: [`Input`]s (PDF and `.txt` files; folders walked
//! recursively, hidden entries and truth/expected side files skipped), sorted by path so
//! that every run sees the same order.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One document to process.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    /// Path as shown in records (`/` separators).
    pub display: String,
    /// Path on disk.
    pub path: PathBuf,
}

/// True for the names of files `ingest` reads from a folder.
pub fn is_document_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.starts_with('.') {
        return false;
    }
    lower.ends_with(".pdf") || (lower.ends_with(".txt") && !lower.contains(".expected"))
}

/// Walks `paths`. A file named explicitly is always taken; inside folders only
/// [`is_document_name`] files. Unreadable folders are returned as errors beside the list.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    let mut found = BTreeSet::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut found, &mut errors, 0);
        } else if p.exists() {
            found.insert(input(p));
        } else {
            errors.push(format!("{}: no such file or folder", p.display()));
        }
    }
    (found.into_iter().collect(), errors)
}

fn input(p: &Path) -> Input {
    Input { display: p.to_string_lossy().replace('\\', "/"), path: p.to_path_buf() }
}

fn walk(dir: &Path, found: &mut BTreeSet<Input>, errors: &mut Vec<String>, depth: usize) {
    if depth > 64 {
        errors.push(format!("{}: folders nested too deep (symlink loop?)", dir.display()));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(format!("{}: {e}", dir.display()));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, found, errors, depth + 1);
        } else if is_document_name(&name) {
            found.insert(input(&path));
        }
    }
}
