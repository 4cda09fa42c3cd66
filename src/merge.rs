//! Merge: the partial outputs of a sharded batch → one output folder (`legajo merge OUT PART…`).
//!
//! In: the output folders written by `legajo ingest --shard K/N` for every K of one N (each
//! stamped by [`crate::shard`]). Out: `OUT` with every part's records and table CSVs,
//! `documents.jsonl`, `citations.jsonl` and `tables.jsonl` rebuilt over all of them, the
//! `html/` pages when the parts were ingested with `--html` (or `OUT` has them), and a
//! `run.json` whose documents and totals are those of the parts together — byte for byte
//! what one `ingest` over all the inputs writes, except `run.json`'s `run` section.
//!
//! The parts are checked before anything is written: each must carry a stamp matching its
//! `run.json` (a shard killed before it finished has none), all must be shards of one batch
//! (same N, same inputs, same pipeline and schema versions) and every shard 0..N-1 must be
//! there exactly once. Records and tables are hard-linked from the parts where the file
//! system allows (copied otherwise), every file is put in place atomically, a file already
//! equal in `OUT` is left alone, and `run.json` comes last, so a merge that failed half-way
//! is simply run again.
//! Records and tables in `OUT` that belong to none of the parts are removed: `OUT` mirrors
//! the batch, as an `ingest` output mirrors its inputs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::model::{RunActivity, RunCounts, RunEntry, RunManifest, Status};
use crate::run::{self, ExitStatus};
use crate::shard::{self, Shard};
use crate::sink;

/// One part, checked.
struct Part {
    dir: PathBuf,
    shard: Shard,
    manifest: RunManifest,
}

/// Merges `parts` into `out` on `jobs` threads (0 = all cores).
pub fn merge(out: &Path, parts: &[PathBuf], jobs: usize) -> Result<(RunManifest, ExitStatus), String> {
    let started = run::now_rfc3339();
    let parts = check_parts(out, parts)?;
    let documents = merged_entries(&parts)?;
    // One record per id, named after its first path (all copies of a file are in one shard).
    let mut ids = Vec::new();
    let mut seen = BTreeSet::new();
    for e in &documents {
        if seen.insert(e.id.clone()) {
            ids.push(e.id.clone());
        }
    }

    std::fs::create_dir_all(out.join("documents")).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    sink::remove_temporaries(out);
    let copies: Vec<(&Path, &str)> = parts
        .iter()
        .flat_map(|p| {
            let own: BTreeSet<&str> = p.manifest.documents.iter().map(|e| e.id.as_str()).collect();
            own.into_iter().map(move |id| (p.dir.as_path(), id))
        })
        .collect();
    run::with_pool(run::resolve_jobs(jobs), || {
        copies.par_iter().try_for_each(|(dir, id)| copy_document(dir, out, id))
    })??;
    for id in sink::record_ids(out).difference(&seen) {
        sink::remove_record(out, id).map_err(|e| format!("cannot clean {}: {e}", out.display()))?;
    }
    // OUT is not a shard: a stamp there (OUT once ingested as a part) no longer describes it.
    match std::fs::remove_file(out.join(shard::STAMP)) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("cannot remove {}: {e}", out.join(shard::STAMP).display())),
    }
    sink::write_corpus_files(out, &ids).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    // The HTML pages, as an ingest writes them: when a part was ingested with `--html` (or
    // OUT has the folder already, which is then kept in step).
    let html = |d: &Path| d.join(sink::html::DIR).is_dir();
    if html(out) || parts.iter().any(|p| html(&p.dir)) {
        sink::html::update(out, &ids).map_err(|e| format!("cannot write the HTML pages: {e}"))?;
    }
    // The catalogue follows the merged records (before run.json marks the merge done).
    crate::catalogue::sync(out).map_err(|e| format!("cannot update the catalogue of {}: {e}", out.display()))?;

    let manifest = RunManifest {
        schema_version: parts[0].manifest.schema_version.clone(),
        pipeline_version: parts[0].manifest.pipeline_version.clone(),
        counts: total(&parts),
        run: activity(&parts, started, jobs),
        documents,
    };
    sink::write_manifest(out, &manifest).map_err(|e| format!("cannot write run.json: {e}"))?;
    let status = if manifest.counts.failed > 0 { ExitStatus::SomeFailed } else { ExitStatus::Success };
    Ok((manifest, status))
}

/// Reads and checks every part; the parts come back in shard order.
fn check_parts(out: &Path, dirs: &[PathBuf]) -> Result<Vec<Part>, String> {
    if dirs.is_empty() {
        return Err("no parts to merge".into());
    }
    let mut parts = Vec::new();
    for dir in dirs {
        if same_folder(dir, out) {
            return Err(format!("{} is both a part and the output: merge into another folder", dir.display()));
        }
        let stamp = match shard::read_stamp(dir) {
            Some(s) => s?,
            None => {
                return Err(format!(
                "{} is not a finished shard (no {}): its `legajo ingest --shard` was killed or never ran; run it again",
                dir.display(),
                shard::STAMP
            ))
            }
        };
        let run_json = dir.join("run.json");
        let sha = shard::file_sha256(&run_json).map_err(|e| format!("cannot read {}: {e}", run_json.display()))?;
        if sha != stamp.run_sha256 {
            return Err(format!(
                "{} changed after its shard {} finished (another ingest wrote to it?): run the shard again",
                run_json.display(),
                stamp.shard
            ));
        }
        let manifest = sink::read_manifest(dir).ok_or_else(|| format!("cannot read {}", run_json.display()))?;
        parts.push((stamp, Part { dir: dir.clone(), shard: Shard { index: 0, count: 1 }, manifest }));
    }
    let (first, _) = &parts[0];
    let (count, inputs_sha, inputs) = (first.parsed()?.count, first.inputs_sha256.clone(), first.inputs);
    let versions = (parts[0].1.manifest.schema_version.clone(), parts[0].1.manifest.pipeline_version.clone());
    let mut by_index: BTreeMap<u32, Part> = BTreeMap::new();
    for (stamp, mut part) in parts {
        let s = stamp.parsed()?;
        if s.count != count {
            return Err(format!("{} is shard {s} but {} is of {count} shards", part.dir.display(), dirs[0].display()));
        }
        if stamp.inputs_sha256 != inputs_sha || stamp.inputs != inputs {
            return Err(format!(
                "{} saw other inputs ({} paths) than {} ({inputs} paths): every shard must be run over the same paths",
                part.dir.display(),
                stamp.inputs,
                dirs[0].display()
            ));
        }
        let v = (part.manifest.schema_version.clone(), part.manifest.pipeline_version.clone());
        if v != versions {
            return Err(format!(
                "{} was written by pipeline {} (schema {}), {} by pipeline {} (schema {})",
                part.dir.display(),
                v.1,
                v.0,
                dirs[0].display(),
                versions.1,
                versions.0
            ));
        }
        part.shard = s;
        if let Some(other) = by_index.insert(s.index, part) {
            return Err(format!("shard {s} is given twice (one is {})", other.dir.display()));
        }
    }
    let missing: Vec<String> =
        (0..count).filter(|k| !by_index.contains_key(k)).map(|k| format!("{k}/{count}")).collect();
    if !missing.is_empty() {
        return Err(format!("shards missing: {}", missing.join(", ")));
    }
    Ok(by_index.into_values().collect())
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// Every part's manifest entries, sorted by path as one run lists them.
fn merged_entries(parts: &[Part]) -> Result<Vec<RunEntry>, String> {
    let mut all: Vec<RunEntry> = parts.iter().flat_map(|p| p.manifest.documents.iter().cloned()).collect();
    all.sort_by(|a, b| a.path.cmp(&b.path));
    if let Some(w) = all.windows(2).find(|w| w[0].path == w[1].path) {
        return Err(format!("{} is in two parts", w[0].path));
    }
    Ok(all)
}

/// The tables a record lists (what their CSV files are named after).
#[derive(Deserialize)]
struct RecordTables {
    tables: Vec<TableId>,
}

#[derive(Deserialize)]
struct TableId {
    id: String,
}

/// Copies record `id` and its table CSVs from `part` to `out`.
fn copy_document(part: &Path, out: &Path, id: &str) -> Result<(), String> {
    let from = sink::record_path(part, id);
    let bytes = std::fs::read(&from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    let rec: RecordTables =
        serde_json::from_slice(&bytes).map_err(|e| format!("{}: not a record: {e}", from.display()))?;
    for t in &rec.tables {
        let name = format!("{id}-{}.csv", t.id);
        put(&part.join("tables").join(&name), &out.join("tables").join(&name))?;
    }
    // The record last, as in a shard: its presence says the document is complete.
    put(&from, &sink::record_path(out, id))
}

/// Puts the file `from` at `to`, atomically, unless `to` already holds the same bytes. A hard
/// link when the file system allows it: legajo replaces its files (rename), never edits them
/// in place, so a part and the merged output can share them, and nothing is copied or synced
/// a second time. A copy otherwise.
fn put(from: &Path, to: &Path) -> Result<(), String> {
    if same_file(from, to) {
        return Ok(());
    }
    let bytes = std::fs::read(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    if std::fs::read(to).is_ok_and(|b| b == bytes) {
        return Ok(());
    }
    let name = to.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = to.with_file_name(format!(".{name}.tmp-{}-link", std::process::id()));
    std::fs::create_dir_all(to.parent().unwrap_or(Path::new(".")))
        .map_err(|e| format!("cannot write {}: {e}", to.display()))?;
    let _ = std::fs::remove_file(&tmp);
    if std::fs::hard_link(from, &tmp).is_ok() {
        if std::fs::rename(&tmp, to).is_ok() {
            return Ok(());
        }
        let _ = std::fs::remove_file(&tmp);
    }
    sink::write_atomic(to, &bytes).map_err(|e| format!("cannot write {}: {e}", to.display()))
}

/// True when `a` and `b` are one file (a hard link made by an earlier merge).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// Totals over all parts (each document is in exactly one part).
fn total(parts: &[Part]) -> RunCounts {
    let mut c = RunCounts::default();
    for p in parts {
        let m = &p.manifest.counts;
        c.documents += m.documents;
        c.ok += m.ok;
        c.partial += m.partial;
        c.failed += m.failed;
        c.pages += m.pages;
    }
    debug_assert_eq!(
        c.failed,
        parts.iter().flat_map(|p| &p.manifest.documents).filter(|e| e.status == Status::Failed).count()
    );
    c
}

/// The parts' run sections together: earliest start, this merge's end, paths sorted.
fn activity(parts: &[Part], started: String, jobs: usize) -> RunActivity {
    let mut a = RunActivity { started, jobs: run::resolve_jobs(jobs), ..Default::default() };
    for p in parts {
        let r = &p.manifest.run;
        if !r.started.is_empty() && r.started < a.started {
            a.started = r.started.clone();
        }
        a.processed.extend(r.processed.iter().cloned());
        a.skipped.extend(r.skipped.iter().cloned());
        a.removed.extend(r.removed.iter().cloned());
        a.seconds.extend(r.seconds.iter().map(|(k, v)| (k.clone(), *v)));
        a.root = a.root.take().or_else(|| r.root.clone());
    }
    a.processed.sort();
    a.skipped.sort();
    a.removed.sort();
    a.finished = run::now_rfc3339();
    a
}

/// One-line summary of a merge, for stderr.
pub fn summary(m: &RunManifest, parts: usize, out: &Path) -> String {
    let c = &m.counts;
    format!(
        "merged {parts} parts: {} documents ({} pages): {} ok, {} partial, {} failed → {}",
        c.documents,
        c.pages,
        c.ok,
        c.partial,
        c.failed,
        out.display()
    )
}
