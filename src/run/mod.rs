//! Batch runs: many documents, in parallel, unattended.
//!
//! In: the discovered [`Input`]s, an output folder and a [`Config`]. Out: the files of
//! [`crate::sink`] and a [`RunManifest`]. Each document is processed on a rayon worker
//! inside `catch_unwind`, so a panic becomes that document's `failed` record and never ends
//! the batch. A document whose bytes and pipeline version match a record already in the
//! output folder is not processed again, which makes runs incremental and resumable after a
//! kill. Everything written is deterministic except `run.json`'s `run` section.

use std::collections::BTreeSet;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Barrier};

use crate::config::Config;
use crate::discover::Input;
use crate::model::{
    Diagnostic, Level, Record, RunActivity, RunEntry, RunManifest, Source, Status, PIPELINE_VERSION, SCHEMA_VERSION,
};
use crate::pipeline;
use crate::sink;

pub mod discover;
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
