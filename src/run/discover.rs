//! Input discovery: command-line paths → the sorted, de-duplicated list of documents.
//!
//! In: files and folders. Out: a [`Discovery`]: the [`Input`]s (PDF and text files), the
//! files passed over with the reason ([`Ignored`]), and the errors met on the way.
//!
//! - Only regular files are read: FIFOs, devices and sockets are reported and skipped (a FIFO
//!   would block the run for ever, `/dev/zero` would never end).
//! - Inside folders, `*.pdf` and `*.txt` files are taken by name; any other file is taken when
//!   its first KiB holds a PDF header (a PDF saved without its extension), else it is reported
//!   as not a document. Hidden entries and the `*.expected.txt` side files are skipped.
//! - Folders are walked recursively; a folder reached twice (a symlink loop, or two links to
//!   one folder) is walked once, recognised by device and inode.
//! - A folder that cannot be read is an error beside the list, never a sign that its files
//!   are gone: the batch does not remove anything because of it.
//! - Paths are shown with `/` separators; bytes of a name that are not UTF-8 are written
//!   `\xHH`, so two different names never print the same.

use std::collections::BTreeSet;
use std::fs::Metadata;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One document to process.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    /// Path as shown in records (`/` separators).
    pub display: String,
    /// Path on disk.
    pub path: PathBuf,
}

/// A file found but not read, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ignored {
    /// Path as shown (`/` separators).
    pub display: String,
    /// Why, in words.
    pub reason: String,
}

/// What discovery found.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    /// Documents, sorted by path.
    pub inputs: Vec<Input>,
    /// Files passed over, sorted by path.
    pub ignored: Vec<Ignored>,
    /// Folders or paths that could not be read.
    pub errors: Vec<String>,
}

/// True for the names of files `ingest` reads from a folder without looking inside.
pub fn is_document_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.starts_with('.') {
        return false;
    }
    lower.ends_with(".pdf") || (lower.ends_with(".txt") && !lower.contains(".expected"))
}

/// Side files that live beside documents and are never documents themselves.
fn is_side_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.contains(".expected") || lower.ends_with(".truth.json")
}

/// Walks `paths`. A regular file named explicitly is always taken; inside folders see the
/// module documentation.
pub fn discover(paths: &[PathBuf]) -> Discovery {
    let mut found = BTreeSet::new();
    let mut ignored = BTreeSet::new();
    let mut errors = Vec::new();
    let mut seen_dirs = BTreeSet::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut found, &mut ignored, &mut errors, &mut seen_dirs, 0),
            Ok(m) if m.is_file() => {
                found.insert(input(p));
            }
            Ok(m) => {
                ignored.insert(Ignored { display: display(p), reason: not_regular(&m) });
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(format!("{}: no such file or folder", display(p)))
            }
            Err(e) => errors.push(format!("{}: {e}", display(p))),
        }
    }
    Discovery { inputs: found.into_iter().collect(), ignored: ignored.into_iter().collect(), errors }
}

/// `path` as shown in records and messages.
pub fn display(p: &Path) -> String {
    #[cfg(unix)]
    let shown = {
        use std::os::unix::ffi::OsStrExt;
        let mut s = String::new();
        for chunk in p.as_os_str().as_bytes().utf8_chunks() {
            s.push_str(&chunk.valid().replace('\\', "/"));
            for b in chunk.invalid() {
                s.push_str(&format!("\\x{b:02X}"));
            }
        }
        s
    };
    #[cfg(not(unix))]
    let shown = p.to_string_lossy().replace('\\', "/");
    shown
}

fn input(p: &Path) -> Input {
    Input { display: display(p), path: p.to_path_buf() }
}

/// Why a file that is not a regular file is skipped.
fn not_regular(m: &Metadata) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO), not a file".into();
        }
        if t.is_socket() {
            return "a socket, not a file".into();
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device, not a file".into();
        }
    }
    let _ = m;
    "not a regular file".into()
}

/// Device and inode of a folder, to walk each folder once.
fn dir_key(m: &Metadata, p: &Path) -> (u64, u64, PathBuf) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = p;
        (m.dev(), m.ino(), PathBuf::new())
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        (0, 0, std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf()))
    }
}

/// True when the first KiB of the file holds a PDF header.
fn looks_like_pdf(p: &Path) -> bool {
    let mut head = Vec::with_capacity(1024);
    match std::fs::File::open(p) {
        Ok(f) => f.take(1024).read_to_end(&mut head).is_ok() && head.windows(5).any(|w| w == b"%PDF-"),
        Err(_) => false,
    }
}

fn walk(
    dir: &Path,
    found: &mut BTreeSet<Input>,
    ignored: &mut BTreeSet<Ignored>,
    errors: &mut Vec<String>,
    seen_dirs: &mut BTreeSet<(u64, u64, PathBuf)>,
    depth: usize,
) {
    if depth > 64 {
        errors.push(format!("{}: folders nested too deep", display(dir)));
        return;
    }
    match std::fs::metadata(dir) {
        Ok(m) => {
            if !seen_dirs.insert(dir_key(&m, dir)) {
                return; // already walked (a symlink loop or a second link)
            }
        }
        Err(e) => {
            errors.push(format!("{}: {e}", display(dir)));
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(format!("{}: {e}", display(dir)));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push(format!("{}: {e}", display(dir)));
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        // Symlinks are followed: the target decides.
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                ignored.insert(Ignored { display: display(&path), reason: format!("cannot be read: {e}") });
                continue;
            }
        };
        if meta.is_dir() {
            walk(&path, found, ignored, errors, seen_dirs, depth + 1);
        } else if !meta.is_file() {
            ignored.insert(Ignored { display: display(&path), reason: not_regular(&meta) });
        } else if is_document_name(&name) {
            found.insert(input(&path));
        } else if is_side_file(&name) {
            continue;
        } else if looks_like_pdf(&path) {
            found.insert(input(&path));
        } else {
            ignored.insert(Ignored { display: display(&path), reason: "not a PDF or a .txt file".into() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_not_utf8_stay_apart() {
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let a = display(Path::new(std::ffi::OsStr::from_bytes(b"a\xff.pdf")));
            let b = display(Path::new(std::ffi::OsStr::from_bytes(b"a\xfe.pdf")));
            assert_ne!(a, b);
            assert_eq!(a, "a\\xFF.pdf");
        }
    }

    #[test]
    fn a_pdf_without_extension_is_found_and_other_files_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("informe"), b"%PDF-1.4\n%...").unwrap();
        std::fs::write(dir.path().join("foto.jpg"), b"\xff\xd8\xff\xe0").unwrap();
        std::fs::write(dir.path().join("a.truth.json"), b"{}").unwrap();
        let d = discover(&[dir.path().to_path_buf()]);
        assert_eq!(d.inputs.len(), 1, "{:?}", d.inputs);
        assert!(d.inputs[0].display.ends_with("/informe"));
        assert_eq!(d.ignored.len(), 1, "{:?}", d.ignored);
        assert!(d.ignored[0].display.ends_with("foto.jpg"));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_is_walked_once_and_devices_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(sub.join("a.txt"), "Ley 27444").unwrap();
        std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", sub.join("zero.pdf")).unwrap();
        let d = discover(&[dir.path().to_path_buf()]);
        assert_eq!(d.inputs.len(), 1, "{:?}", d.inputs);
        assert_eq!(d.ignored.len(), 1, "{:?}", d.ignored);
        assert!(d.ignored[0].reason.contains("device"), "{:?}", d.ignored);
        assert!(d.errors.is_empty(), "{:?}", d.errors);
    }
}
