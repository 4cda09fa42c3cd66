//! Sinks: where records go.
//!
//! In: [`Record`]s and the [`RunManifest`]. Out: files under the output folder, each written
//! to a temporary name in the same folder and renamed into place, so a killed run never
//! leaves a half-written file:
//!
//! - `documents/<id>.json`: one record, pretty-printed.
//! - `documents.jsonl`: every record of the collection, one compact JSON object per line,
//!   sorted by first path (a document present under several paths appears once), kept up to
//!   date incrementally with the hidden index `.corpus.idx` ([`corpus`]).
//! - `run.json`: the run manifest.
//! - `citations.jsonl`: one line per cited norm: `{"canonical", "type", "count",
//!   "short_forms", "documents": [{"id", "path", "count", "short_forms"}]}`, sorted by
//!   canonical id (`count`: full mentions; `short_forms`: short forms resolved to the norm).
//! - `tables/<id>-<table>.csv`: each table as CSV (RFC 4180) with one header line
//!   ([`tables`]).
//! - `tables.jsonl`: one line per table of every record, in `documents.jsonl`'s order
//!   ([`crate::model::TableLine`]).
//! - `html/<id>.html` and `html/index.html`, on request (`ingest --html`): a static page per
//!   record and an index page of the collection ([`html`]).

pub mod tables;

use std::fs;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};

pub mod corpus;
pub mod html;

use crate::model::{Record, RunManifest};

/// Writes `bytes` to `path` atomically (temporary file in the same folder, fsync, rename).
/// On failure the temporary is removed and the error names `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tag = format!("{}-{:?}", std::process::id(), std::thread::current().id());
    write_via_temporary(path, &tag, |w| w.write_all(bytes))
}

/// Streams lines into `path` atomically: `fill` writes the content, then the file is renamed.
pub fn write_atomic_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    write_via_temporary(path, &std::process::id().to_string(), fill)
}

fn write_via_temporary(path: &Path, tag: &str, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let named = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", path.display()));
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(named)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{tag}"));
    let written = (|| {
        let mut f = BufWriter::new(fs::File::create(&tmp)?);
        fill(&mut f)?;
        f.flush()?;
        f.get_ref().sync_all()?;
        drop(f);
        fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written.map_err(named)
}

/// Path of a record's file.
pub fn record_path(out: &Path, id: &str) -> PathBuf {
    out.join("documents").join(format!("{id}.json"))
}

/// Writes one record as `documents/<id>.json`.
pub fn write_record(out: &Path, rec: &Record) -> io::Result<()> {
    // Streamed to the file: a large record is not held a second time as JSON text.
    let tag = format!("{}-{:?}", std::process::id(), std::thread::current().id());
    write_via_temporary(&record_path(out, &rec.id), &tag, |w| {
        serde_json::to_writer_pretty(&mut *w, rec)
            .map_err(|e| io::Error::new(e.io_error_kind().unwrap_or(io::ErrorKind::Other), e))?;
        w.write_all(b"\n")
    })
}

/// Ids of the record files in `out/documents`.
pub fn record_ids(out: &Path) -> std::collections::BTreeSet<String> {
    let Ok(entries) = fs::read_dir(out.join("documents")) else { return Default::default() };
    entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let id = name.strip_suffix(".json")?;
            (id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| id.to_string())
        })
        .collect()
}

/// Deletes the record `id` and its tables' CSV files.
pub fn remove_record(out: &Path, id: &str) -> io::Result<()> {
    let gone_is_fine = |r: io::Result<()>| match r {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    };
    if let Ok(entries) = fs::read_dir(out.join("tables")) {
        let prefix = format!("{id}-");
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(&prefix) {
                gone_is_fine(fs::remove_file(e.path()))?;
            }
        }
    }
    gone_is_fine(fs::remove_file(record_path(out, id)))
}

/// Reads back a record written earlier; `None` if missing or unreadable.
pub fn read_record(out: &Path, id: &str) -> Option<Record> {
    let bytes = fs::read(record_path(out, id)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Brings `documents.jsonl`, `citations.jsonl` and `tables.jsonl` in step with the records `ids` (in that
/// order), reading only the records whose files changed since the last time
/// ([`corpus::update`]).
pub fn write_corpus_files(out: &Path, ids: &[String]) -> io::Result<()> {
    corpus::update(out, ids).map(|_| ())
}

/// Copies the JSON text `json` into `out` (cleared first) without the white space between
/// tokens: serde_json's pretty output becomes its compact output.
#[cfg(test)]
fn compact_json(json: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.reserve(json.len());
    Compactor::default().feed(json, out);
}

/// Leaves out the white space between the tokens of a JSON text read in pieces (serde_json's
/// pretty output becomes its compact output), so a record is copied compact without being
/// held whole.
#[derive(Debug, Default)]
pub(crate) struct Compactor {
    in_string: bool,
    escaped: bool,
}

impl Compactor {
    /// Appends the compact form of `chunk`, the next bytes of the text, to `out`.
    pub(crate) fn feed(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        for &b in chunk {
            if self.in_string {
                out.push(b);
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                } else if b == b'"' {
                    self.in_string = false;
                }
            } else if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                self.in_string = b == b'"';
                out.push(b);
            }
        }
    }
}

/// Removes temporaries left by a run that was killed while writing.
pub fn remove_temporaries(out: &Path) {
    for dir in [out.to_path_buf(), out.join("documents"), out.join("tables")] {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.contains(".tmp-") {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

/// Writes `run.json`.
pub fn write_manifest(out: &Path, m: &RunManifest) -> io::Result<()> {
    let mut bytes = serde_json::to_vec_pretty(m).map_err(io::Error::other)?;
    bytes.push(b'\n');
    write_atomic(&out.join("run.json"), &bytes)
}

/// Reads the previous run's manifest, if any.
pub fn read_manifest(out: &Path) -> Option<RunManifest> {
    serde_json::from_slice(&fs::read(out.join("run.json")).ok()?).ok()
}

/// Path of the CSV file of table `table` of document `id`.
fn table_csv_path(out: &Path, id: &str, table: &str) -> std::path::PathBuf {
    out.join(tables::csv_relative_path(id, table))
}

/// True when every table of `rec` has its CSV file.
pub fn tables_csv_present(out: &Path, rec: &Record) -> bool {
    rec.tables.iter().all(|t| table_csv_path(out, &rec.id, &t.id).is_file())
}

/// Writes every table of `rec` as `tables/<id>-<table>.csv` (one header line, then the body
/// rows: [`tables::csv_text`]).
pub fn write_tables_csv(out: &Path, rec: &Record) -> io::Result<()> {
    for t in &rec.tables {
        write_atomic(&table_csv_path(out, &rec.id, &t.id), tables::csv_text(t).as_bytes())?;
    }
    Ok(())
}

/// Looks up which documents cite `canonical` in `citations.jsonl`.
pub fn lookup_citations(out: &Path, canonical: &str) -> io::Result<Option<serde_json::Value>> {
    let f = io::BufReader::new(fs::File::open(out.join("citations.jsonl"))?);
    for line in f.lines() {
        let line = line?;
        let v: serde_json::Value = serde_json::from_str(&line).map_err(io::Error::other)?;
        if v.get("canonical").and_then(|c| c.as_str()) == Some(canonical) {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_json_is_serde_compact_output() {
        let v = serde_json::json!({
            "a": "two  spaces, \"quotes\" and \\ backslash \\\" then: {x}",
            "b": [1, 2.5, -3e-7, null, true, [], {}],
            "c": {"línea\nnueva\ttab": "ñ 🙂 \u{7}", "d": [{"e": ""}]},
        });
        let pretty = serde_json::to_vec_pretty(&v).unwrap();
        let mut out = Vec::new();
        compact_json(&pretty, &mut out);
        let compact = serde_json::to_string(&v).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), compact);
        // Fed in pieces of every size (a piece may end inside a string or an escape).
        for size in 1..9 {
            let (mut c, mut out) = (Compactor::default(), Vec::new());
            for piece in pretty.chunks(size) {
                c.feed(piece, &mut out);
            }
            assert_eq!(String::from_utf8(out).unwrap(), compact, "pieces of {size}");
        }
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        let field = |c: &str| {
            let mut s = String::new();
            tables::push_field(&mut s, c);
            s
        };
        assert_eq!(field("a"), "a");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn citations_count_short_forms_apart() {
        let dir = tempfile::tempdir().unwrap();
        let text = "La Ley N° 27444 rige el procedimiento. La citada Ley exige motivar y el artículo 5 de la citada Ley también.\n";
        let rec = crate::pipeline::process("a.txt", text.as_bytes(), &crate::config::Config::default());
        write_record(dir.path(), &rec).unwrap();
        write_corpus_files(dir.path(), std::slice::from_ref(&rec.id)).unwrap();
        let lines = fs::read_to_string(dir.path().join("citations.jsonl")).unwrap();
        let line: crate::model::CitationLine = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
        assert_eq!((line.canonical.as_str(), line.count, line.short_forms), ("pe:ley:27444", 1, 2), "{lines}");
        assert_eq!(line.documents[0].short_forms, 2);
        // A second record added later: the first one's line is copied, not read again, and
        // its short forms are kept.
        let other =
            crate::pipeline::process("b.txt", "La Ley N° 30057 del Servicio Civil.\n".as_bytes(), &Default::default());
        write_record(dir.path(), &other).unwrap();
        let update = corpus::update(dir.path(), &[rec.id.clone(), other.id.clone()]).unwrap();
        assert_eq!((update.read, update.copied), (1, 1));
        let lines = fs::read_to_string(dir.path().join("citations.jsonl")).unwrap();
        let first: crate::model::CitationLine =
            lines.lines().find(|l| l.contains("27444")).map(|l| serde_json::from_str(l).unwrap()).unwrap();
        assert_eq!((first.count, first.short_forms), (1, 2), "{lines}");
    }

    #[test]
    fn atomic_write_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x").join("f.json");
        write_atomic(&p, b"{}").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"{}");
        let names: Vec<_> = fs::read_dir(p.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
}
