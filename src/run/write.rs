//! Writing: a finished record and its tables go to disk.
//!
//! In: a record from a worker. Out: `tables/<id>-*.csv` then `documents/<id>.json`, each
//! written atomically by [`crate::sink`].

use std::path::Path;

use super::Done;
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
