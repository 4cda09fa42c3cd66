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
use crate::model::{Diagnostic, Level, ProcessingOptions, Record, Source, Status, PIPELINE_VERSION, SCHEMA_VERSION};
use crate::{pipeline, sink};

/// When an existing record is reused.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rules {
    /// Never: every input is processed again.
    pub force: bool,
    /// Not for `failed` records.
    pub retry_failed: bool,
}

/// The options of `cfg` that can change a result, as recorded in each record.
pub fn options_of(cfg: &Config) -> ProcessingOptions {
    cfg.record_options()
}

/// True when `rec` can stand for its document in this run: same pipeline and format, and
/// either `ok`, or `failed`/`partial` with the same options (a password now given, or a
/// limit changed, may give a better result; so may a password tried again).
pub(super) fn reusable(rec: &Record, cfg: &Config, rules: Rules) -> bool {
    if rules.force || rec.pipeline_version != PIPELINE_VERSION || rec.schema_version != SCHEMA_VERSION {
        return false;
    }
    match rec.status {
        Status::Ok => true,
        Status::Failed if rules.retry_failed => false,
        Status::Failed | Status::Partial => {
            let wrong_password = rec.diagnostics.iter().any(|d| d.code == "pdf.password");
            rec.options == options_of(cfg) && !(cfg.password.is_some() && wrong_password)
        }
    }
}

pub(super) fn process_input(i: usize, input: &Input, out: &Path, cfg: &Config, rules: Rules) -> Done {
    let t0 = Instant::now();
    let mut done = Done {
        input: i,
        entry: None,
        id: None,
        skipped: false,
        seconds: 0.0,
        error: None,
        paths_on_disk: Vec::new(),
        record: None,
    };
    let bytes = match read_limited(&input.path, cfg.limits.max_file_bytes) {
        Ok(b) => b,
        Err(msg) => {
            // Unreadable or too large: still one record, failed, named after the path.
            let mut rec = pipeline::empty_record(Source {
                path: input.display.clone(),
                bytes: 0,
                sha256: pipeline::sha256_hex(input.display.as_bytes()),
                format: crate::model::SourceFormat::Unknown,
                paths: vec![input.display.clone()],
                encoding: None,
            });
            rec.options = options_of(cfg);
            rec.status = Status::Failed;
            rec.diagnostics.push(Diagnostic::new(Level::Error, msg.0, msg.1));
            return finish_record(done, rec, t0);
        }
    };
    let id = pipeline::sha256_hex(&bytes);
    if !rules.force {
        if let Some(rec) = sink::read_record(out, &id) {
            if reusable(&rec, cfg, rules) {
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
                done.paths_on_disk = rec.source.paths;
                return done;
            }
        }
    }
    let rec = isolated(&input.display, std::borrow::Cow::Owned(bytes), id, cfg);
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

/// Reads a regular file of at most `limit` bytes. The bytes actually read are counted (a
/// device or a file that grows is not trusted to report its size), and anything that is not
/// a regular file once opened is refused (a FIFO would block).
pub(super) fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, (&'static str, String)> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| ("input.unreadable", format!("cannot read the file: {e}"));
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(("input.not_regular", "not a regular file (a pipe, device or socket); not read".into()));
    }
    let over = |n: u64| {
        ("limit.file_bytes", format!("the file is {n} bytes, over the limit of {limit} bytes (limit.file_bytes)"))
    };
    if meta.len() > limit {
        return Err(over(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(unreadable)?;
    if !file.metadata().map_err(unreadable)?.is_file() {
        return Err(("input.not_regular", "not a regular file (a pipe, device or socket); not read".into()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(over(bytes.len() as u64));
    }
    Ok(bytes)
}
