//! Batch runs: many documents, in parallel, unattended.
//!
//! In: the discovered [`Input`]s, an output folder and a [`Config`]. Out: the files of
//! [`crate::sink`] and a [`RunManifest`]. Each document is processed on a rayon worker
//! inside `catch_unwind`, so a panic becomes that document's `failed` record and never ends
//! the batch. A document whose bytes and pipeline version match a record already in the
//! output folder is not processed again, which makes runs incremental and resumable after a
//! kill. Everything written is deterministic except `run.json`'s `run` section.

use std::borrow::Cow;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Barrier};

use crate::config::Config;
use crate::discover::Input;
use crate::model::{
    Diagnostic, IgnoredFile, Level, Record, RunActivity, RunEntry, RunManifest, Source, Status, PIPELINE_VERSION,
    SCHEMA_VERSION,
};
use crate::pipeline;
use crate::sink;

mod collection;
pub mod discover;
mod lock;
mod paths;
mod report;
mod reuse;
mod write;

pub use report::{by_status, entry_for, now_rfc3339, say, summary};
use report::{count, progress_bar, report};
use reuse::process_input;
use write::write_record;

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
    /// Reprocess `failed` records even when the options that made them are unchanged.
    pub retry_failed: bool,
    /// Remove records whose source files no longer exist.
    pub prune: bool,
    /// Keep only the records of this run's inputs (the collection mirrors the inputs).
    pub mirror: bool,
    /// Discovery met errors (an unreadable folder): nothing is removed on account of inputs
    /// not seen.
    pub discovery_failed: bool,
    /// Files of the inputs that were not read, for `run.json`.
    pub ignored: Vec<IgnoredFile>,
    /// Keep the SQLite catalogue in step.
    pub catalogue: bool,
    /// Write the `html/` folder (kept in step afterwards whenever it exists).
    pub html: bool,
    /// Progress reporting.
    pub progress: Progress,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            jobs: 0,
            force: false,
            retry_failed: false,
            prune: false,
            mirror: false,
            discovery_failed: false,
            ignored: Vec::new(),
            catalogue: true,
            html: false,
            progress: Progress::Quiet,
        }
    }
}

/// Processes one document in isolation: a panic becomes a `failed` record.
pub fn process_isolated(path: &str, bytes: &[u8], cfg: &Config) -> Record {
    isolated(path, Cow::Borrowed(bytes), pipeline::sha256_hex(bytes), cfg)
}

/// [`process_isolated`] of bytes it may free as soon as the pipeline is done with them.
pub fn process_isolated_owned(path: &str, bytes: Vec<u8>, cfg: &Config) -> Record {
    // A text-only run prints no id (see `Config::text_only`).
    let sha = if cfg.text_only { String::new() } else { pipeline::sha256_hex(&bytes) };
    isolated(path, Cow::Owned(bytes), sha, cfg)
}

/// [`process_isolated`] with the bytes' SHA-256 already known; owned bytes are freed as soon
/// as the pipeline is done with them ([`pipeline::process_owned`]).
fn isolated(path: &str, bytes: Cow<'_, [u8]>, sha: String, cfg: &Config) -> Record {
    let mut rec = isolated_unmarked(path, bytes, sha, cfg);
    rec.options = reuse::options_of(cfg);
    rec
}

fn isolated_unmarked(path: &str, bytes: Cow<'_, [u8]>, sha: String, cfg: &Config) -> Record {
    let (len, format) = (bytes.len() as u64, pipeline::sniff_format(path, &bytes));
    let run = || match bytes {
        Cow::Borrowed(b) => pipeline::process_hashed(path, b, sha.clone(), cfg),
        Cow::Owned(b) => pipeline::process_owned(path, b, sha.clone(), cfg),
    };
    match panic::catch_unwind(AssertUnwindSafe(run)) {
        Ok(rec) => rec,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            let mut rec = pipeline::empty_record(Source {
                path: path.to_string(),
                bytes: len,
                sha256: sha,
                format,
                paths: vec![path.to_string()],
                encoding: None,
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
    /// The paths the record on disk names (for a reused record), to tell whether it must be
    /// written again with the collection's paths.
    paths_on_disk: Vec<String>,
    /// A record still to be written: the collector thread writes it, so that workers do not
    /// sit idle while files are synced to disk.
    record: Option<Record>,
}

/// Ingests `inputs` into the collection in `out`. Returns the manifest and the exit status;
/// `Err` only for fatal problems (another run holds the folder, a file cannot be written).
pub fn ingest(
    inputs: &[Input],
    out: &Path,
    cfg: &Config,
    opts: &IngestOptions,
) -> Result<(RunManifest, ExitStatus), String> {
    std::fs::create_dir_all(out.join("documents")).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    // Held until the end of the run: a second run on the same folder stops here.
    let _lock = lock::exclusive(out)?;
    let started = now_rfc3339();
    sink::remove_temporaries(out);
    let before = collection::load(out);
    // Paths as the collection stores them: relative to its root, wherever this run started.
    let cwd = paths::working_folder();
    let root = paths::root(before.root.as_deref(), cwd.as_deref());
    let rebased: Vec<Input> = inputs
        .iter()
        .map(|i| Input { display: paths::stored(&i.display, cwd.as_deref(), root.as_deref()), path: i.path.clone() })
        .collect();
    let inputs = &rebased[..];
    let results = process_all(inputs, out, cfg, opts)?;

    let mut activity = RunActivity { started, jobs: resolve_jobs(opts.jobs), ..Default::default() };
    let mut seen = Vec::new();
    for d in &results {
        let path = &inputs[d.input].display;
        if d.skipped {
            activity.skipped.push(path.clone());
        } else {
            activity.processed.push(path.clone());
            activity.seconds.insert(path.clone(), (d.seconds * 1000.0).round() / 1000.0);
        }
        if let Some(entry) = &d.entry {
            seen.push((entry.clone(), d.skipped.then(|| d.paths_on_disk.clone())));
        }
    }
    let policy = collection::Policy { prune: opts.prune, mirror: opts.mirror, discovery_failed: opts.discovery_failed };
    let after = collection::update(&before, &seen, &policy, root.as_deref());
    activity.removed = after.removed_paths.clone();
    activity.missing = after.missing.clone();
    activity.ignored = opts.ignored.clone();
    activity.root = root.map(|r| r.to_string_lossy().into_owned());
    collection::apply(out, &after).map_err(|e| format!("cannot update the collection in {}: {e}", out.display()))?;
    let ids = after.ids_in_order();
    sink::write_corpus_files(out, &ids).map_err(|e| format!("cannot write {e}"))?;
    if opts.html || out.join(sink::html::DIR).is_dir() {
        sink::html::update(out, &ids).map_err(|e| format!("cannot write the HTML pages: {e}"))?;
    }
    if opts.catalogue {
        crate::catalogue::sync(out).map_err(|e| format!("cannot update the catalogue of {}: {e}", out.display()))?;
    }
    let documents: Vec<RunEntry> = after.entries.values().cloned().collect();
    let counts = count(&documents);
    activity.finished = now_rfc3339();
    let manifest = RunManifest {
        schema_version: SCHEMA_VERSION.to_string(),
        pipeline_version: PIPELINE_VERSION.to_string(),
        documents,
        counts,
        run: activity,
    };
    sink::write_manifest(out, &manifest).map_err(|e| format!("cannot write {e}"))?;
    let status = if manifest.counts.failed > 0 { ExitStatus::SomeFailed } else { ExitStatus::Success };
    Ok((manifest, status))
}

/// Processes (or reuses) every input on the worker pool; records are written by one
/// collector thread as they come. The first failed write stops the batch: no new input is
/// started, and the error naming the file is returned.
fn process_all(inputs: &[Input], out: &Path, cfg: &Config, opts: &IngestOptions) -> Result<Vec<Done>, String> {
    let bar = progress_bar(inputs.len() as u64, opts.progress);
    let jobs = resolve_jobs(opts.jobs);
    // Bounded: at most this many finished records wait for the writer.
    let (tx, rx) = mpsc::sync_channel::<Done>(jobs.saturating_mul(2));
    let stop = AtomicBool::new(false);
    let reuse = reuse::Rules { force: opts.force, retry_failed: opts.retry_failed };

    let results: Vec<Done> = std::thread::scope(|scope| {
        let collector = scope.spawn(|| {
            let mut all = Vec::new();
            let mut indexer = write::indexer(out, opts.catalogue);
            for mut d in rx {
                if let Some(rec) = d.record.take() {
                    if !stop.load(Ordering::Relaxed) {
                        write_record(&mut d, &rec, out);
                        if d.error.is_none() {
                            write::index(&mut indexer, out, rec);
                        }
                    }
                }
                if d.error.is_some() {
                    stop.store(true, Ordering::Relaxed);
                }
                report(&bar, &inputs[d.input], &d, opts.progress);
                all.push(d);
            }
            write::finish(indexer);
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
                    let (order, next, started_all, stop) = (&order, &next, &started_all, &stop);
                    s.spawn(move |_| {
                        started_all.wait();
                        while !stop.load(Ordering::Relaxed) {
                            let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) else { break };
                            let d = process_input(i, &inputs[i], out, cfg, reuse);
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
    if let Some(e) = results.iter().find_map(|d| d.error.clone()) {
        sink::remove_temporaries(out);
        return Err(format!("{e}; the run stopped there (records written before are kept)"));
    }
    if results.len() < inputs.len() {
        return Err("the run stopped before every input was processed".into());
    }
    Ok(results)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_documented_values() {
        assert_eq!(ExitStatus::Success.code(), 0);
        assert_eq!(ExitStatus::SomeFailed.code(), 1);
        assert_eq!(ExitStatus::Fatal.code(), 2);
    }
}
