//! Shared helpers for the integration tests.

use std::path::PathBuf;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/corpus/<sub>` if present. Tests that need it print why they are skipped when
/// it is missing (a fresh clone has only the repository).
#[allow(dead_code)]
pub fn shared(sub: &str) -> Option<PathBuf> {
    let p = repo().join("..").join("shared").join("corpus").join(sub);
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: {} is not there (tests over ../shared run only beside the shared corpus)", p.display());
        None
    }
}

/// The built `legajo` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_legajo"))
}
