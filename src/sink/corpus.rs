//! The collection-wide files, kept up to date incrementally.
//!
//! In: the output folder and the ids of its records in the order of their first path. Out:
//! `documents.jsonl` (each record compact, one per line, in that order) and
//! `citations.jsonl` (one line per cited norm) and `tables.jsonl` (one line per table, in
//! the documents' order), written atomically, and the hidden index `.corpus.idx` that makes
//! the next update incremental.
//!
//! The index names, for each line of `documents.jsonl`, the record it came from, the stamp
//! (size and modification time) its record file had then, and where the line is. An update
//! reads only the records whose file changed (or that are new); the lines of the others are
//! copied from the previous `documents.jsonl`, their citations kept from the previous
//! `citations.jsonl` and their table lines from the previous `tables.jsonl`. The index also
//! holds the stamps of the files it describes: when one
//! was changed after the index was written (a run killed between the renames, an edit by
//! hand), the index is not trusted and every record is read again. With no index (a new or
//! older folder) the update is a full rebuild, the same bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, BufRead, Read, Seek, SeekFrom, Write};
use std::path::Path;

use serde::Deserialize;

use super::{record_path, write_atomic, write_atomic_with, Compactor};
use crate::model::{CitationLine, CitingDocument, Table};

/// File name of the index inside an output folder.
pub const INDEX: &str = ".corpus.idx";

/// First line of the index: its format.
const MAGIC: &str = "legajo-corpus-index 2";

/// The collection-wide files the index describes (their stamps are checked).
const FILES: [&str; 3] = ["documents.jsonl", "citations.jsonl", "tables.jsonl"];

/// Size and modification time (ns) of a file, `""` when it cannot be read: two stamps are
/// equal when the file was not written in between.
pub fn file_stamp(p: &Path) -> String {
    match fs::metadata(p) {
        Ok(m) => {
            let t = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).unwrap_or_default();
            format!("{}:{}", m.len(), t.as_nanos())
        }
        Err(_) => String::new(),
    }
}

/// Where the line of one record is in `documents.jsonl`.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    stamp: String,
    offset: u64,
    len: u64,
}

/// The index as read: the lines by record id, in file order.
#[derive(Debug, Default)]
struct Index {
    lines: BTreeMap<String, Line>,
    order: Vec<String>,
}

/// What an update did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CorpusUpdate {
    /// Records read from their files (new or changed).
    pub read: usize,
    /// Lines copied from the previous `documents.jsonl`.
    pub copied: usize,
    /// Nothing changed: no file was written.
    pub unchanged: bool,
}

/// Brings `documents.jsonl` and `citations.jsonl` in step with the records `ids` (in that
/// order), reading only the records changed since the last update.
pub fn update(out: &Path, ids: &[String]) -> io::Result<CorpusUpdate> {
    let docs_path = out.join("documents.jsonl");
    let cites_path = out.join("citations.jsonl");
    let tables_path = out.join("tables.jsonl");
    let index = read_index(out);
    let found = index.is_some();
    let old = index.unwrap_or_default();
    // The records whose line can be copied: same file as when the line was written.
    let kept: BTreeSet<&str> = ids
        .iter()
        .filter(|id| old.lines.get(*id).is_some_and(|l| l.stamp == file_stamp(&record_path(out, id))))
        .map(String::as_str)
        .collect();
    if found && kept.len() == ids.len() && old.order == ids {
        return Ok(CorpusUpdate { copied: ids.len(), unchanged: true, ..Default::default() });
    }
    let (kept, mut citations, mut kept_tables) =
        match kept_citations(&cites_path, &kept).zip(kept_table_lines(&tables_path, &kept)) {
            Some((c, t)) => (kept, c, t),
            None => (BTreeSet::new(), Citations::new(), BTreeMap::new()),
        };
    let mut table_lines: Vec<u8> = Vec::new();
    let mut previous = fs::File::open(&docs_path).ok();
    let mut lines: Vec<(String, Line)> = Vec::with_capacity(ids.len());
    let mut counts = CorpusUpdate::default();
    // Records and lines are streamed, never held whole: a record of a large text is several
    // times the size of the text.
    write_atomic_with(&docs_path, |w| {
        let mut offset = 0u64;
        for id in ids {
            let path = record_path(out, id);
            let stamp = file_stamp(&path);
            let copied = match (kept.contains(id.as_str()), previous.as_mut()) {
                (true, Some(f)) => copy_line(f, &old.lines[id], id, w)?,
                _ => false,
            };
            let len = if copied {
                counts.copied += 1;
                for l in kept_tables.remove(id.as_str()).unwrap_or_default() {
                    table_lines.extend_from_slice(l.as_bytes());
                    table_lines.push(b'\n');
                }
                old.lines[id].len
            } else {
                // The record is read again: its line, and its citations (none were kept).
                let Some(rec) = read_citing(&path) else { continue };
                let len = copy_compact(&path, w)?;
                add_citations(&mut citations, &rec);
                for t in &rec.tables {
                    let l = super::tables::table_line(&rec.id, &rec.source.path, t);
                    serde_json::to_writer(&mut table_lines, &l).map_err(io::Error::other)?;
                    table_lines.push(b'\n');
                }
                counts.read += 1;
                len
            };
            lines.push((id.clone(), Line { stamp, offset, len }));
            offset += len;
        }
        Ok(())
    })?;
    write_atomic_with(&cites_path, |w| write_citations(w, citations))?;
    write_atomic(&tables_path, &table_lines)?;
    write_index(out, &lines)?;
    Ok(counts)
}

/// Reads the index of `out`; `None` when it is missing, of another format, or does not
/// describe the collection-wide files ([`FILES`]) now in the folder.
fn read_index(out: &Path) -> Option<Index> {
    let text = fs::read_to_string(out.join(INDEX)).ok()?;
    let mut it = text.lines();
    if it.next()? != MAGIC {
        return None;
    }
    for name in FILES {
        let (file, stamp) = it.next()?.split_once(' ')?;
        if file != name || stamp != file_stamp(&out.join(name)) {
            return None;
        }
    }
    let mut index = Index::default();
    for l in it {
        let mut f = l.split(' ');
        let (id, stamp, offset, len) = (f.next()?, f.next()?, f.next()?.parse().ok()?, f.next()?.parse().ok()?);
        index.order.push(id.to_string());
        index.lines.insert(id.to_string(), Line { stamp: stamp.to_string(), offset, len });
    }
    Some(index)
}

/// Writes the index for the files just written (their stamps taken now).
fn write_index(out: &Path, lines: &[(String, Line)]) -> io::Result<()> {
    let mut s = String::with_capacity(64 + lines.len() * 110);
    s.push_str(MAGIC);
    s.push('\n');
    for name in FILES {
        s.push_str(&format!("{name} {}\n", file_stamp(&out.join(name))));
    }
    for (id, l) in lines {
        s.push_str(&format!("{id} {} {} {}\n", l.stamp, l.offset, l.len));
    }
    write_atomic(&out.join(INDEX), s.as_bytes())
}

/// Copies the line of record `id` from the previous `documents.jsonl` into `w`, once it is
/// seen to be there as the index says (it starts `{`, names the id near its start and ends
/// the line); `Ok(false)` when it is not (then the record is read from its file).
fn copy_line(f: &mut fs::File, at: &Line, id: &str, w: &mut dyn Write) -> io::Result<bool> {
    let Some(last_at) = at.offset.checked_add(at.len.saturating_sub(1)).filter(|_| at.len >= 2) else {
        return Ok(false);
    };
    // A record line starts `{"schema_version":…,"pipeline_version":…,"id":"<id>"`.
    let mut head = vec![0u8; at.len.min(200) as usize];
    let mut last = [0u8];
    let read = f
        .seek(SeekFrom::Start(at.offset))
        .and_then(|_| f.read_exact(&mut head))
        .and_then(|_| f.seek(SeekFrom::Start(last_at)))
        .and_then(|_| f.read_exact(&mut last));
    let needle = format!("\"id\":\"{id}\"");
    let there = read.is_ok()
        && head.first() == Some(&b'{')
        && last == [b'\n']
        && head.windows(needle.len()).any(|w| w == needle.as_bytes());
    if !there {
        return Ok(false);
    }
    f.seek(SeekFrom::Start(at.offset))?;
    let copied = io::copy(&mut Read::by_ref(f).take(at.len), w)?;
    if copied != at.len {
        return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "documents.jsonl: a line ended early"));
    }
    Ok(true)
}

/// The fields of a record file the collection-wide files need, read through a buffer (the
/// rest of the record is skipped as it is read); `None` when it is missing or unreadable.
fn read_citing(path: &Path) -> Option<CitingRecord> {
    let f = fs::File::open(path).ok()?;
    serde_json::from_reader(io::BufReader::with_capacity(1 << 16, f)).ok()
}

/// Copies record file `path` into `w` compact (see [`Compactor`]), then a line end, a piece
/// at a time; returns the bytes written.
fn copy_compact(path: &Path, w: &mut dyn Write) -> io::Result<u64> {
    let named = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", path.display()));
    let mut f = fs::File::open(path).map_err(named)?;
    let (mut piece, mut compact) = (vec![0u8; 1 << 16], Vec::with_capacity(1 << 16));
    let mut compactor = Compactor::default();
    let mut written = 0u64;
    loop {
        let n = match f.read(&mut piece) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(named(e)),
        };
        compact.clear();
        compactor.feed(&piece[..n], &mut compact);
        w.write_all(&compact)?;
        written += compact.len() as u64;
    }
    w.write_all(b"\n")?;
    Ok(written + 1)
}

/// One cited norm: its type and, per citing record id, (path, mentions, short forms).
type Citations = BTreeMap<String, (String, BTreeMap<String, (String, usize, usize)>)>;

/// The citations of the `kept` records, from the previous `citations.jsonl`; `None` when it
/// cannot be read (then no record is kept, see [`update`]).
fn kept_citations(path: &Path, kept: &BTreeSet<&str>) -> Option<Citations> {
    let mut map = Citations::new();
    if kept.is_empty() {
        return Some(map);
    }
    let f = fs::File::open(path).ok()?;
    for line in io::BufReader::new(f).lines() {
        let c = serde_json::from_str::<CitationLine>(&line.ok()?).ok()?;
        let docs: BTreeMap<String, (String, usize, usize)> = c
            .documents
            .into_iter()
            .filter(|d| kept.contains(d.id.as_str()))
            .map(|d| (d.id, (d.path, d.count, d.short_forms)))
            .collect();
        if !docs.is_empty() {
            map.insert(c.canonical, (c.norm_type, docs));
        }
    }
    Some(map)
}

fn add_citations(map: &mut Citations, rec: &CitingRecord) {
    for r in &rec.legal_references {
        let entry = map.entry(r.canonical.clone()).or_insert_with(|| (r.norm_type.clone(), BTreeMap::new()));
        entry.1.entry(rec.id.clone()).or_insert_with(|| (rec.source.path.clone(), 0, 0)).1 += 1;
    }
    for a in rec.short_forms.iter().filter_map(|s| s.antecedent.as_ref()) {
        let Some(r) = rec.legal_references.iter().find(|r| &r.canonical == a) else { continue };
        let entry = map.entry(a.clone()).or_insert_with(|| (r.norm_type.clone(), BTreeMap::new()));
        entry.1.entry(rec.id.clone()).or_insert_with(|| (rec.source.path.clone(), 0, 0)).2 += 1;
    }
}

/// The lines of the previous `tables.jsonl` of the `kept` records, by record id, in file
/// order; `None` when it cannot be read (then no record is kept, see [`update`]).
fn kept_table_lines(path: &Path, kept: &BTreeSet<&str>) -> Option<BTreeMap<String, Vec<String>>> {
    #[derive(Deserialize)]
    struct Doc {
        document: String,
    }
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    if kept.is_empty() {
        return Some(map);
    }
    let f = fs::File::open(path).ok()?;
    for line in io::BufReader::new(f).lines() {
        let line = line.ok()?;
        let doc = serde_json::from_str::<Doc>(&line).ok()?.document;
        if kept.contains(doc.as_str()) {
            map.entry(doc).or_default().push(line);
        }
    }
    Some(map)
}

fn write_citations(w: &mut dyn Write, citations: Citations) -> io::Result<()> {
    for (canonical, (norm_type, docs)) in citations {
        let documents: Vec<CitingDocument> = docs
            .into_iter()
            .map(|(id, (path, count, short_forms))| CitingDocument { id, path, count, short_forms })
            .collect();
        let count = documents.iter().map(|d| d.count).sum();
        let short_forms = documents.iter().map(|d| d.short_forms).sum();
        let line = CitationLine { canonical, norm_type, count, short_forms, documents };
        serde_json::to_writer(&mut *w, &line).map_err(io::Error::other)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// What `citations.jsonl` and `tables.jsonl` need from a record file.
#[derive(Deserialize)]
struct CitingRecord {
    id: String,
    source: CitingSource,
    legal_references: Vec<CitingReference>,
    #[serde(default)]
    tables: Vec<Table>,
    #[serde(default)]
    short_forms: Vec<CitingShortForm>,
}

#[derive(Deserialize)]
struct CitingShortForm {
    antecedent: Option<String>,
}

#[derive(Deserialize)]
struct CitingSource {
    path: String,
}

#[derive(Deserialize)]
struct CitingReference {
    canonical: String,
    #[serde(rename = "type")]
    norm_type: String,
}
