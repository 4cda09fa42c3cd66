//! Paths of a collection, whatever folder a run starts from.
//!
//! In: the paths of this run's inputs as given (relative to the working folder) and the
//! collection's root (the absolute working folder of its first run, kept in `run.json`).
//! Out: the paths as the collection stores them — relative to the root when the file is
//! under it, absolute otherwise — and, for a stored path, where it is on disk. A run started
//! from the root (the usual case) stores paths exactly as given; a run started elsewhere
//! stores the same paths for the same files, so `--prune` does not see them as gone and a
//! file is not listed twice under two spellings.

use std::path::{Component, Path, PathBuf};

/// The working folder, absolute; `None` when it cannot be read (then paths stay as given).
pub(super) fn working_folder() -> Option<PathBuf> {
    std::env::current_dir().ok()
}

/// The collection's root: the one recorded by earlier runs, else this run's working folder.
pub(super) fn root(recorded: Option<&str>, cwd: Option<&Path>) -> Option<PathBuf> {
    recorded.map(PathBuf::from).filter(|p| p.is_absolute()).or_else(|| cwd.map(Path::to_path_buf))
}

/// The path the collection stores for `shown` (as discovery shows it, relative to `cwd`).
pub(super) fn stored(shown: &str, cwd: Option<&Path>, root: Option<&Path>) -> String {
    let (Some(cwd), Some(root)) = (cwd, root) else { return shown.to_string() };
    let p = Path::new(shown);
    if cwd == root || p.is_absolute() {
        return shown.to_string();
    }
    let abs = lexical(&cwd.join(p));
    match abs.strip_prefix(root) {
        Ok(rel) if !rel.as_os_str().is_empty() => slashes(rel),
        _ => slashes(&abs),
    }
}

/// Where a stored path is on disk, from this run's working folder.
pub(super) fn on_disk(stored: &str, root: Option<&Path>) -> PathBuf {
    match root {
        Some(root) if Path::new(stored).is_relative() => root.join(stored),
        _ => PathBuf::from(stored),
    }
}

/// `p` without `.` components and with each `..` taking back the component before it.
fn lexical(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push(c);
                }
            }
            other => out.push(other),
        }
    }
    out
}

fn slashes(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_given_from_another_folder_is_stored_as_from_the_root() {
        let root = Path::new("/srv/archivo");
        let same = stored("lote1/a.pdf", Some(root), Some(root));
        assert_eq!(same, "lote1/a.pdf");
        let elsewhere = stored("../archivo/./lote1/a.pdf", Some(Path::new("/srv/otro")), Some(root));
        assert_eq!(elsewhere, "lote1/a.pdf");
        let outside = stored("../x/b.pdf", Some(Path::new("/srv/otro")), Some(root));
        assert_eq!(outside, "/srv/x/b.pdf");
        assert_eq!(stored("/abs/c.pdf", Some(Path::new("/srv/otro")), Some(root)), "/abs/c.pdf");
        assert_eq!(on_disk("lote1/a.pdf", Some(root)), PathBuf::from("/srv/archivo/lote1/a.pdf"));
        assert_eq!(on_disk("/abs/c.pdf", Some(root)), PathBuf::from("/abs/c.pdf"));
    }
}
