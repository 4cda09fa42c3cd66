//! The baseline: poppler's `pdftotext` in its default mode, run as a child process.
//!
//! In: a PDF path (and a password for encrypted files). Out: the text `pdftotext -enc UTF-8
//! FILE -` prints, or why there is none (not installed, failed, too slow). A run that takes
//! longer than the time limit is killed, so one hostile file cannot stall an evaluation.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Wall time allowed to one `pdftotext` run.
pub const TIME_LIMIT: Duration = Duration::from_secs(60);

/// True when `pdftotext` can be started (it is on `PATH`).
pub fn available() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// Runs `pdftotext -enc UTF-8 [-upw PASSWORD] FILE -` and returns its output (lossily
/// decoded). An error when it cannot start, exits with a failure and prints nothing, or
/// runs past `limit`.
pub fn extract(path: &Path, password: Option<&str>, limit: Duration) -> Result<String, String> {
    extract_with(path, password, limit, &[])
}

/// [`extract`] with extra options before the file (e.g. `-raw`: content-stream order).
pub fn extract_with(path: &Path, password: Option<&str>, limit: Duration, options: &[&str]) -> Result<String, String> {
    let mut cmd = Command::new("pdftotext");
    cmd.args(["-enc", "UTF-8"]).args(options);
    if let Some(pw) = password {
        cmd.args(["-upw", pw]);
    }
    cmd.arg(path).arg("-").stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null());
    let mut child = cmd.spawn().map_err(|e| format!("pdftotext: cannot start: {e}"))?;
    let Some(mut stdout) = child.stdout.take() else {
        let _ = child.kill();
        let _ = child.wait();
        return Err("pdftotext: no output pipe".to_string());
    };
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() < limit => std::thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let bytes = reader.join().unwrap_or_default();
    match status {
        None => Err(format!("pdftotext: stopped after {} s", limit.as_secs())),
        Some(s) if !s.success() && bytes.is_empty() => Err(format!("pdftotext: failed ({s})")),
        Some(_) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
    }
}
