//! Shared helpers for the integration tests.

use std::path::PathBuf;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// True under CI (`CI=true` or `CI=1`): then a test that needs `../shared` fails when it is
/// missing instead of skipping, so no test passes without running.
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// `<shared>/corpus/<sub>`, where `<shared>` is `$LEGAJO_SHARED` or the `shared` folder
/// beside the checkout (or beside the folder of worktrees). When it is missing a test prints
/// why it is skipped and gets `None`, except under CI ([`ci`]), where this panics.
#[allow(dead_code)]
pub fn shared(sub: &str) -> Option<PathBuf> {
    let mut roots: Vec<PathBuf> = std::env::var_os("LEGAJO_SHARED").map(PathBuf::from).into_iter().collect();
    roots.push(repo().join("..").join("shared"));
    roots.push(repo().join("..").join("..").join("shared"));
    if let Some(p) = roots.iter().map(|r| r.join("corpus").join(sub)).find(|p| p.is_dir()) {
        return Some(p);
    }
    let msg = format!("shared/corpus/{sub} is not beside the checkout (looked in {roots:?})");
    assert!(!ci(), "{msg}: under CI=true the tests over ../shared must run");
    eprintln!("SKIPPED: {msg}; tests over ../shared run only beside the shared corpus");
    None
}

/// The built `legajo` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_legajo"))
}
