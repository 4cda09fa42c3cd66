//! One run per output folder.
//!
//! In: the output folder. Out: an exclusive lock on `OUT/.lock`, held by the open file
//! until the run ends (the operating system releases it when the process dies, even after
//! `kill -9`). A second run on the same folder stops with a message instead of racing.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

/// Takes the lock of `out`, or says why not.
pub fn exclusive(out: &Path) -> Result<File, String> {
    let path = out.join(".lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(format!(
            "another legajo run is writing to {}; wait for it to finish, or write to another folder with -o",
            out.display()
        )),
        Err(TryLockError::Error(e)) => Err(format!("cannot lock {}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_second_lock_on_one_folder_is_refused_until_the_first_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let first = super::exclusive(dir.path()).unwrap();
        let second = super::exclusive(dir.path());
        assert!(second.unwrap_err().contains("another legajo run"));
        drop(first);
        assert!(super::exclusive(dir.path()).is_ok());
    }
}
