//! Reporting: manifest entries, counts, the progress bar, the summary line and dates.
//!
//! In: records and finished inputs. Out: [`RunEntry`]s, [`RunCounts`] and text for stderr.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Done, Progress};
use crate::discover::Input;
use crate::model::{Level, Record, RunCounts, RunEntry, RunManifest, Status};

/// The manifest entry for a record found at `path`.
pub fn entry_for(path: &str, rec: &Record) -> RunEntry {
    let worst = rec.diagnostics.iter().filter(|d| d.level <= Level::Warning).min_by_key(|d| d.level);
    let explain = rec.status != Status::Ok;
    RunEntry {
        path: path.to_string(),
        id: rec.id.clone(),
        status: rec.status,
        pages: rec.metadata.pages,
        reason: worst.filter(|_| explain).map(|d| d.message.clone()),
        reason_code: worst.filter(|_| explain).map(|d| d.code.clone()),
        tables: rec.tables.len(),
        legal_references: rec.legal_references.len(),
    }
}

pub(super) fn count(entries: &[RunEntry]) -> RunCounts {
    let mut c = RunCounts { documents: entries.len(), ..Default::default() };
    for e in entries {
        match e.status {
            Status::Ok => c.ok += 1,
            Status::Partial => c.partial += 1,
            Status::Failed => c.failed += 1,
        }
        c.pages += e.pages as u64;
    }
    c
}

pub(super) fn progress_bar(len: u64, mode: Progress) -> ProgressBar {
    if mode == Progress::Auto && std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr_with_hz(5));
        if let Ok(style) = ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    }
}

pub(super) fn report(bar: &ProgressBar, input: &Input, d: &Done, mode: Progress) {
    bar.inc(1);
    let Some(e) = &d.entry else { return };
    if e.status != Status::Ok {
        let line = format!(
            "{}: {}: {}",
            input.display,
            match e.status {
                Status::Partial => "partial",
                _ => "failed",
            },
            e.reason.as_deref().unwrap_or("see diagnostics")
        );
        bar.suspend(|| say(&line));
    } else if !bar.is_hidden() {
        bar.set_message(input.display.clone());
    }
    let _ = mode;
}

/// Writes one line to stderr. A closed stderr (`2>&-`) or a closed pipe (`2>&1 | head -1`)
/// is not an error: the message is dropped and the run goes on to write its files.
pub fn say(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(line.as_bytes()).and_then(|_| err.write_all(b"\n")).and_then(|_| err.flush());
}

/// One-line summary of a run, for stderr.
pub fn summary(m: &RunManifest, out: &Path) -> String {
    let c = &m.counts;
    format!(
        "{} documents ({} pages): {} ok, {} partial, {} failed; {} processed, {} reused, {} removed → {}",
        c.documents,
        c.pages,
        c.ok,
        c.partial,
        c.failed,
        m.run.processed.len(),
        m.run.skipped.len(),
        m.run.removed.len(),
        out.display()
    )
}

/// Current time as RFC 3339 UTC (second precision), without a date crate.
pub fn now_rfc3339() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Groups entries by status (for tests and summaries).
pub fn by_status(m: &RunManifest) -> BTreeMap<Status, Vec<&str>> {
    let mut map: BTreeMap<Status, Vec<&str>> = BTreeMap::new();
    for e in &m.documents {
        map.entry(e.status).or_default().push(&e.path);
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
