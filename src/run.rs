//! Batch runs: many documents, in parallel, unattended.
//!
//! In: the discovered [`Input`]s, an output folder and a [`Config`]. Out: the files of
//! [`crate::sink`] and a [`RunManifest`]. Each document is processed on a rayon worker
//! inside `catch_unwind`, so a panic becomes that document's `failed` record and never ends
//! the batch. A document whose bytes and pipeline version match a record already in the
//! output folder is not processed again, which makes runs incremental and resumable after a
//! kill. Everything written is deterministic except `run.json`'s `run` section.

use std::collections::{BTreeMap, BTreeSet};
use std::io::IsTerminal;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Barrier};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::Config;
use crate::discover::Input;
use crate::model::{
    Diagnostic, Level, Record, RunActivity, RunCounts, RunEntry, RunManifest, Source, Status, PIPELINE_VERSION,
    SCHEMA_VERSION,
};
use crate::pipeline;
use crate::sink;

/// Stack size of worker threads: deep but bounded recursion in parsers must not overflow.
const WORKER_STACK: usize = 256 << 20;

/// How an `ingest` ended, as the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Every document is `ok` or `partial` (exit 0).
    Success,
    /// The run finished, but at least one document `failed` (exit 1).
    SomeFailed,
    /// The run could not be carried out: bad arguments, unwritable output (exit 2).
    Fatal,
}

impl ExitStatus {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::SomeFailed => 1,
            ExitStatus::Fatal => 2,
        }
    }
}

/// How to report progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// A bar on stderr when it is a terminal; otherwise one line per failed or partial
    /// document and the summary.
    Auto,
    /// Only the summary and failures.
    Quiet,
}

/// Options of one ingest.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Worker threads (0 = all cores).
    pub jobs: usize,
    /// Reprocess documents even when an up-to-date record exists.
    pub force: bool,
    /// Progress reporting.
    pub progress: Progress,
}

/// Processes one document in isolation: a panic becomes a `failed` record.
pub fn process_isolated(path: &str, bytes: &[u8], cfg: &Config) -> Record {
    isolated(path, bytes, pipeline::sha256_hex(bytes), cfg)
}

/// [`process_isolated`] with the bytes' SHA-256 already known.
fn isolated(path: &str, bytes: &[u8], sha: String, cfg: &Config) -> Record {
    match panic::catch_unwind(AssertUnwindSafe(|| pipeline::process_hashed(path, bytes, sha.clone(), cfg))) {
        Ok(rec) => rec,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            let mut rec = pipeline::empty_record(Source {
                path: path.to_string(),
                bytes: bytes.len() as u64,
                sha256: sha,
                format: pipeline::sniff_format(path, bytes),
            });
            rec.status = Status::Failed;
            rec.diagnostics.push(Diagnostic::new(
                Level::Error,
                "internal.panic",
                format!("internal error while processing this file (a bug in legajo, please report it): {what}"),
            ));
            rec
        }
    }
}

/// `jobs` as asked, or all cores for 0.
pub fn resolve_jobs(jobs: usize) -> usize {
    if jobs == 0 {
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
    } else {
        jobs
    }
}

/// Runs a thread pool for `jobs` workers with a large stack and calls `f` inside it.
pub fn with_pool<T: Send>(jobs: usize, f: impl FnOnce() -> T + Send) -> Result<T, String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(WORKER_STACK)
        .thread_name(|i| format!("legajo-{i}"))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    Ok(pool.install(f))
}

/// What a worker sends back for one input.
struct Done {
    input: usize,
    entry: Option<RunEntry>,
    id: Option<String>,
    skipped: bool,
    seconds: f64,
    error: Option<String>,
    /// A record still to be written: the collector thread writes it, so that workers do not
    /// sit idle while files are synced to disk.
    record: Option<Record>,
}

/// Ingests `inputs` into `out`. Returns the manifest and the exit status; `Err` only for
/// fatal problems (the output folder cannot be written).
pub fn ingest(
    inputs: &[Input],
    out: &Path,
    cfg: &Config,
    opts: &IngestOptions,
) -> Result<(RunManifest, ExitStatus), String> {
    std::fs::create_dir_all(out.join("documents")).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let started = now_rfc3339();
    sink::remove_temporaries(out);
    let previous = sink::read_manifest(out);
    let bar = progress_bar(inputs.len() as u64, opts.progress);
    let jobs = resolve_jobs(opts.jobs);
    // Bounded: at most this many finished records wait for the writer.
    let (tx, rx) = mpsc::sync_channel::<Done>(jobs.saturating_mul(2));

    let results: Vec<Done> = std::thread::scope(|scope| {
        let collector = scope.spawn(|| {
            let mut all = Vec::new();
            for mut d in rx {
                if let Some(rec) = d.record.take() {
                    write_record(&mut d, &rec, out);
                }
                report(&bar, &inputs[d.input], &d, opts.progress);
                all.push(d);
            }
            all
        });
        let order = largest_first(inputs);
        let next = AtomicUsize::new(0);
        // Every worker first waits until all have started: a worker waiting for the pages
        // of its document (read in parallel, see `pipeline`) may then only help with
        // pages, never start a second loop over documents of its own.
        let started_all = Barrier::new(jobs);
        let work = with_pool(jobs, || {
            rayon::scope(|s| {
                for _ in 0..jobs {
                    let tx = tx.clone();
                    let (order, next, started_all) = (&order, &next, &started_all);
                    s.spawn(move |_| {
                        started_all.wait();
                        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                            let d = process_input(i, &inputs[i], out, cfg, opts.force);
                            let _ = tx.send(d);
                        }
                    });
                }
            });
            drop(tx);
        });
        let all = collector.join().unwrap_or_default();
        work.map(|_| all)
    })?;
    bar.finish_and_clear();

    let mut results = results;
    results.sort_by_key(|d| d.input);
    let mut fatal = None;
    let mut documents = Vec::new();
    let mut activity = RunActivity { started, jobs, ..Default::default() };
    let mut ids_in_order = Vec::new();
    let mut seen_ids = BTreeSet::new();
    let mut duplicates = Vec::new();
    for d in &results {
        let path = &inputs[d.input].display;
        if let Some(e) = &d.error {
            fatal.get_or_insert_with(|| e.clone());
        }
        if let Some(entry) = &d.entry {
            documents.push(entry.clone());
        }
        if let Some(id) = &d.id {
            if seen_ids.insert(id.clone()) {
                ids_in_order.push(id.clone());
            } else if !d.skipped {
                duplicates.push((id.clone(), first_path_of(&results, inputs, id)));
            }
        }
        if d.skipped {
            activity.skipped.push(path.clone());
        } else {
            activity.processed.push(path.clone());
            activity.seconds.insert(path.clone(), (d.seconds * 1000.0).round() / 1000.0);
        }
    }
    if let Some(e) = fatal {
        return Err(e);
    }
    // The same bytes under several paths share one record: it names the first path, whichever
    // worker wrote it last.
    for (id, first) in duplicates {
        if let Some(mut rec) = sink::read_record(out, &id) {
            if rec.source.path != first {
                rec.source.path = first;
                sink::write_record(out, &rec).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            }
        }
    }
    // Inputs of the previous run that are gone are reported; records of documents that are
    // no longer among the inputs (removed or changed) are dropped, so the output folder
    // always mirrors the inputs of the latest run.
    if let Some(prev) = previous {
        let now: BTreeSet<&str> = inputs.iter().map(|i| i.display.as_str()).collect();
        activity.removed = prev.documents.into_iter().map(|e| e.path).filter(|p| !now.contains(p.as_str())).collect();
    }
    sink::remove_records_except(out, &seen_ids).map_err(|e| format!("cannot clean {}: {e}", out.display()))?;
    sink::write_corpus_files(out, &ids_in_order).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let counts = count(&documents);
    activity.finished = now_rfc3339();
    let manifest = RunManifest {
        schema_version: SCHEMA_VERSION.to_string(),
        pipeline_version: PIPELINE_VERSION.to_string(),
        documents,
        counts,
        run: activity,
    };
    sink::write_manifest(out, &manifest).map_err(|e| format!("cannot write run.json: {e}"))?;
    let status = if manifest.counts.failed > 0 { ExitStatus::SomeFailed } else { ExitStatus::Success };
    Ok((manifest, status))
}

/// Input indices, largest file first (ties in input order): long documents start early
/// instead of being left for last while the other workers sit idle. Results are put back in
/// input order afterwards, so the order of work never shows in the output.
fn largest_first(inputs: &[Input]) -> Vec<usize> {
    let sizes: Vec<u64> = inputs.iter().map(|i| std::fs::metadata(&i.path).map(|m| m.len()).unwrap_or(0)).collect();
    let mut order: Vec<usize> = (0..inputs.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(sizes[i]), i));
    order
}

fn first_path_of(results: &[Done], inputs: &[Input], id: &str) -> String {
    results.iter().find(|d| d.id.as_deref() == Some(id)).map(|d| inputs[d.input].display.clone()).unwrap_or_default()
}

fn process_input(i: usize, input: &Input, out: &Path, cfg: &Config, force: bool) -> Done {
    let t0 = Instant::now();
    let mut done = Done { input: i, entry: None, id: None, skipped: false, seconds: 0.0, error: None, record: None };
    let bytes = match read_limited(&input.path, cfg.limits.max_file_bytes) {
        Ok(b) => b,
        Err(msg) => {
            // Unreadable or too large: still one record, failed, named after the path.
            let mut rec = pipeline::empty_record(Source {
                path: input.display.clone(),
                bytes: 0,
                sha256: pipeline::sha256_hex(input.display.as_bytes()),
                format: crate::model::SourceFormat::Unknown,
            });
            rec.status = Status::Failed;
            rec.diagnostics.push(Diagnostic::new(Level::Error, msg.0, msg.1));
            return finish_record(done, rec, t0);
        }
    };
    let id = pipeline::sha256_hex(&bytes);
    if !force {
        if let Some(rec) = sink::read_record(out, &id) {
            if rec.pipeline_version == PIPELINE_VERSION && rec.schema_version == SCHEMA_VERSION {
                // A table file lost (deleted, or an older run killed between writing the
                // record and its tables) is written again from the record.
                if !sink::tables_csv_present(out, &rec) {
                    if let Err(e) = sink::write_tables_csv(out, &rec) {
                        done.error = Some(format!("cannot write the tables of {}: {e}", input.display));
                    }
                }
                done.skipped = true;
                done.entry = Some(entry_for(&input.display, &rec));
                done.id = Some(id);
                return done;
            }
        }
    }
    let rec = isolated(&input.display, &bytes, id, cfg);
    finish_record(done, rec, t0)
}

/// Fills `done` from a new record, which is left in it for the writer.
fn finish_record(mut done: Done, rec: Record, t0: Instant) -> Done {
    done.entry = Some(entry_for(&rec.source.path, &rec));
    done.id = Some(rec.id.clone());
    done.seconds = t0.elapsed().as_secs_f64();
    done.record = Some(rec);
    done
}

/// Writes a record and its tables' CSV files; a failure is kept in `done` (fatal for the run).
fn write_record(done: &mut Done, rec: &Record, out: &Path) {
    // The tables first: a record on disk is what tells a resumed run that a document is
    // done, so it is written last (a kill between the two must not leave a record whose
    // tables are missing).
    let written = sink::write_tables_csv(out, rec).and_then(|_| sink::write_record(out, rec));
    if let Err(e) = written {
        done.error = Some(format!("cannot write the record of {}: {e}", rec.source.path));
    }
}

/// Reads a file, refusing ones over `limit` bytes before reading them.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, (&'static str, String)> {
    let meta = std::fs::metadata(path).map_err(|e| ("input.unreadable", format!("cannot read the file: {e}")))?;
    if meta.len() > limit {
        return Err((
            "limit.file_bytes",
            format!("the file is {} bytes, over the limit of {limit} bytes (limit.file_bytes)", meta.len()),
        ));
    }
    std::fs::read(path).map_err(|e| ("input.unreadable", format!("cannot read the file: {e}")))
}

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
        ocr_pages: rec.ocr_pages.len() as u32,
    }
}

fn count(entries: &[RunEntry]) -> RunCounts {
    let mut c = RunCounts { documents: entries.len(), ..Default::default() };
    for e in entries {
        match e.status {
            Status::Ok => c.ok += 1,
            Status::Partial => c.partial += 1,
            Status::Failed => c.failed += 1,
        }
        c.pages += e.pages as u64;
        c.ocr_pages += u64::from(e.ocr_pages);
    }
    c
}

fn progress_bar(len: u64, mode: Progress) -> ProgressBar {
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

fn report(bar: &ProgressBar, input: &Input, d: &Done, mode: Progress) {
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
        bar.suspend(|| eprintln!("{line}"));
    } else if !bar.is_hidden() {
        bar.set_message(input.display.clone());
    }
    let _ = mode;
}

/// One-line summary of a run, for stderr.
pub fn summary(m: &RunManifest, out: &Path) -> String {
    let c = &m.counts;
    format!(
        "{} documents ({} pages{}): {} ok, {} partial, {} failed; {} processed, {} reused, {} removed → {}",
        c.documents,
        c.pages,
        if c.ocr_pages > 0 { format!(", {} by OCR", c.ocr_pages) } else { String::new() },
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

    #[test]
    fn exit_codes_are_documented_values() {
        assert_eq!(ExitStatus::Success.code(), 0);
        assert_eq!(ExitStatus::SomeFailed.code(), 1);
        assert_eq!(ExitStatus::Fatal.code(), 2);
    }
}
