//! Reuse: whether a document already has an up-to-date record, or must be processed.
//!
//! In: one [`Input`] and the output folder. Out: a [`Done`] holding either the reused
//! record's manifest entry or a new record for the writer.

use std::path::Path;
use std::time::Instant;

use super::report::entry_for;
use super::{isolated, Done};
use crate::config::Config;
use crate::discover::Input;
use crate::model::{Diagnostic, Level, Record, Source, Status, PIPELINE_VERSION, SCHEMA_VERSION};
use crate::{pipeline, sink};

pub(super) fn process_input(i: usize, input: &Input, out: &Path, cfg: &Config, force: bool) -> Done {
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
                encoding: None,
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
