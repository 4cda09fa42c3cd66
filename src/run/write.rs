//! Writing: a finished record and its tables go to disk.
//!
//! In: a record from a worker. Out: `tables/<id>-*.csv` then `documents/<id>.json`, each
//! written atomically by [`crate::sink`], and the record indexed in the catalogue from
//! memory ([`crate::catalogue::Indexer`]).

use std::path::Path;

use super::Done;
use crate::catalogue::Indexer;
use crate::model::Record;
use crate::sink;

/// Writes a record and its tables' CSV files; a failure is kept in `done` (fatal for the run).
pub(super) fn write_record(done: &mut Done, rec: &Record, out: &Path) {
    // The tables first: a record on disk is what tells a resumed run that a document is
    // done, so it is written last (a kill between the two must not leave a record whose
    // tables are missing).
    let written = sink::write_tables_csv(out, rec).and_then(|_| sink::write_record(out, rec));
    if let Err(e) = written {
        done.error = Some(format!("cannot write the record of {}: {e}", rec.source.path));
    }
}

/// The catalogue's indexer for a run, when the run keeps a catalogue. `None` when it cannot
/// be opened: the sync at the end of the run then indexes everything (or reports why not).
pub(super) fn indexer(out: &Path, catalogue: bool) -> Option<Indexer> {
    catalogue.then(|| Indexer::open(out).ok()).flatten()
}

/// Indexes a record just written. A failure stops indexing during the run (the open batch is
/// rolled back); the sync at the end of the run catches up from the record files.
pub(super) fn index(indexer: &mut Option<Indexer>, out: &Path, rec: Record) {
    if let Some(ix) = indexer.as_mut() {
        if ix.add(out, rec).is_err() {
            *indexer = None;
        }
    }
}

/// Commits the last batch of the indexer.
pub(super) fn finish(indexer: Option<Indexer>) {
    if let Some(ix) = indexer {
        // A failed commit is rolled back; the sync at the end of the run redoes the batch.
        let _ = ix.finish();
    }
}
