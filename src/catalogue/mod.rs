//! The catalogue: a SQLite database beside the JSON output, for searching a collection.
//!
//! In: the record files of an output folder (`documents/<id>.json`, the source of truth).
//! Out: `catalogue.sqlite` with
//! - `documents` (one row per record: paths, title, authors, type, year, status, pages),
//! - `refs` (one row per legal reference: canonical id, type, number, year, article, page,
//!   block, character offsets and a few words of context on each side),
//! - `doc_tables` (one row per table: page, size, caption, CSV file),
//! - `doc_fts`, `text_fts` and `page_fts`: full-text indexes (FTS5) over titles and authors,
//!   over the whole text of each document, and over the text of each page, accent- and
//!   case-insensitive (`unicode61 remove_diacritics 2`). `text_fts` is contentless (it holds
//!   only the index: the text is in `page_fts`): a search ranks documents there, one row per
//!   document, and looks for the best page only inside the documents it keeps ([`query`]).
//!
//! During `ingest` each record is indexed from memory as it is written ([`Indexer`], in
//! batches of transactions), and a record whose indexed content did not change (same digest,
//! [`rows`]) only has its `documents` row updated. Then
//! [`sync`] brings the catalogue in step with the record files in one transaction: records
//! whose file changed (size or modification time) are indexed again, records gone are
//! deleted. A run killed at any moment leaves the previous state (SQLite's journal), and the
//! next sync catches up, so the catalogue always equals a [`rebuild`] from the JSON files
//! ([`dump`] compares them).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension};

use crate::model::Record;
use crate::sink;

mod pieces;
pub mod query;
mod rows;
pub mod show;

use rows::Rows;

/// File name of the catalogue inside an output folder.
pub const FILE: &str = "catalogue.sqlite";

/// Version of the tables below; a catalogue of another version is rebuilt.
const VERSION: &str = "4";

/// Pages per document the page index can address (row id = document number × this + page).
const PAGE_SLOTS: i64 = 1 << 20;

/// Characters of context kept on each side of a legal reference.
const CONTEXT_CHARS: usize = 80;

/// A catalogue error, in words.
pub type Result<T> = std::result::Result<T, String>;

fn sql(e: rusqlite::Error) -> String {
    format!("catalogue: {e}")
}

/// Path of the catalogue of `out`.
pub fn path(out: &Path) -> PathBuf {
    out.join(FILE)
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL, paths TEXT NOT NULL,
    title TEXT, authors TEXT NOT NULL, doc_type TEXT, year INTEGER, institution TEXT,
    status TEXT NOT NULL, pages INTEGER NOT NULL, stamp TEXT NOT NULL, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS refs(
    num INTEGER NOT NULL, canonical TEXT NOT NULL, type TEXT NOT NULL, number TEXT, year INTEGER,
    article TEXT, text TEXT NOT NULL, page INTEGER, block INTEGER, start INTEGER NOT NULL,
    end INTEGER NOT NULL, context TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS refs_canonical ON refs(canonical);
CREATE INDEX IF NOT EXISTS refs_num ON refs(num);
CREATE TABLE IF NOT EXISTS doc_tables(
    num INTEGER NOT NULL, table_id TEXT NOT NULL, page INTEGER NOT NULL, nrows INTEGER NOT NULL,
    ncols INTEGER NOT NULL, caption TEXT, csv TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_tables_num ON doc_tables(num);
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(title, authors, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS page_fts USING fts5(text, page UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS text_fts USING fts5(text, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2');
";

/// Opens (creating or upgrading) the catalogue of `out`.
pub fn open(out: &Path) -> Result<Connection> {
    let file = path(out);
    let conn = Connection::open(&file).map_err(sql)?;
    let version: Option<String> =
        conn.query_row("SELECT value FROM meta WHERE key = 'version'", [], |r| r.get(0)).optional().unwrap_or(None);
    if version.as_deref().is_some_and(|v| v != VERSION) {
        drop(conn);
        std::fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        return open(out);
    }
    conn.execute_batch(SCHEMA).map_err(sql)?;
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('version', ?1)", [VERSION]).map_err(sql)?;
    Ok(conn)
}

/// Opens the catalogue of `out` for reading; an error when there is none.
pub fn open_existing(out: &Path) -> Result<Connection> {
    let file = path(out);
    if !file.is_file() {
        return Err(format!("no catalogue in {} (run `legajo ingest` or `legajo catalogue --rebuild`)", out.display()));
    }
    open(out)
}

/// What `sync` did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncCounts {
    /// Records indexed (new or changed).
    pub indexed: usize,
    /// Records removed from the catalogue.
    pub removed: usize,
}

/// Brings the catalogue of `out` in step with its record files.
pub fn sync(out: &Path) -> Result<SyncCounts> {
    let mut conn = open(out)?;
    let on_disk: BTreeMap<String, String> = sink::record_ids(out)
        .into_iter()
        .map(|id| (stamp(&sink::record_path(out, &id)), id))
        .map(|(s, id)| (id, s))
        .collect();
    let in_db: BTreeMap<String, (i64, String)> = {
        let mut stmt = conn.prepare("SELECT id, num, stamp FROM documents").map_err(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?)))).map_err(sql)?;
        rows.collect::<std::result::Result<_, _>>().map_err(sql)?
    };
    let tx = conn.transaction().map_err(sql)?;
    let mut counts = SyncCounts::default();
    for (id, (num, _)) in &in_db {
        if !on_disk.contains_key(id) {
            delete(&tx, *num)?;
            counts.removed += 1;
        }
    }
    for (id, stamp) in &on_disk {
        let old = in_db.get(id);
        if old.is_some_and(|(_, s)| s == stamp) {
            continue;
        }
        // A record that cannot be read is left out (its old rows go); the next sync tries
        // again.
        let Some(rec) = sink::read_record(out, id) else {
            if let Some((num, _)) = old {
                delete(&tx, *num)?;
            }
            continue;
        };
        put(&tx, &rec, stamp)?;
        counts.indexed += 1;
    }
    tx.commit().map_err(sql)?;
    Ok(counts)
}

/// Records indexed in one transaction while a run writes them: few commits (each one syncs
/// the database to disk), and a kill loses at most one batch, which the next [`sync`] redoes.
const BATCH: usize = 64;

/// Indexes records as a run writes them, from the records in memory (reading them back from
/// disk cost a fifth of the run). Each is stored with the stamp of its record file, written
/// just before, so the [`sync`] that ends the run finds it up to date and reads nothing; a
/// record whose file changes afterwards (its paths rewritten) is indexed again by that sync.
pub struct Indexer {
    conn: Connection,
    in_batch: usize,
}

impl Indexer {
    /// Opens (creating or upgrading) the catalogue of `out` for indexing.
    pub fn open(out: &Path) -> Result<Indexer> {
        Ok(Indexer { conn: open(out)?, in_batch: 0 })
    }

    /// Indexes `rec`, whose file `documents/<id>.json` was just written, in place of any
    /// earlier row of the same id. The record's texts move into its rows, block by block, and
    /// the rest of it is dropped before the rows go into the indexes (a large text's record is
    /// not held beside its rows or its index entries).
    pub fn add(&mut self, out: &Path, rec: Record) -> Result<()> {
        let stamp = stamp(&sink::record_path(out, &rec.id));
        if stamp.is_empty() {
            return Ok(());
        }
        if self.in_batch == 0 {
            self.conn.execute_batch("BEGIN IMMEDIATE").map_err(sql)?;
        }
        let rows = Rows::of_owned(rec);
        put_rows(&self.conn, rows, &stamp)?;
        self.in_batch += 1;
        if self.in_batch >= BATCH {
            self.commit()?;
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        if self.in_batch > 0 {
            self.in_batch = 0;
            self.conn.execute_batch("COMMIT").map_err(sql)?;
        }
        Ok(())
    }

    /// Commits the last batch.
    pub fn finish(mut self) -> Result<()> {
        self.commit()
    }
}

/// Indexes `records` that have no record file (their stamp is empty, so the next [`sync`]
/// removes them): for tools that measure the catalogue at scale (`examples/catalogue_scale.rs`).
pub fn insert_records(out: &Path, records: impl IntoIterator<Item = Record>) -> Result<usize> {
    let mut conn = open(out)?;
    let tx = conn.transaction().map_err(sql)?;
    let mut n = 0;
    for rec in records {
        put(&tx, &rec, "")?;
        n += 1;
    }
    tx.commit().map_err(sql)?;
    Ok(n)
}

/// Deletes the catalogue of `out` and builds it again from the record files.
pub fn rebuild(out: &Path) -> Result<SyncCounts> {
    let file = path(out);
    for f in [file.clone(), PathBuf::from(format!("{}-journal", file.display()))] {
        match std::fs::remove_file(&f) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(format!("{}: {e}", f.display())),
            _ => {}
        }
    }
    sync(out)
}

/// Size and modification time of a record file: what tells a changed record.
fn stamp(p: &Path) -> String {
    sink::corpus::file_stamp(p)
}

fn delete(tx: &Connection, num: i64) -> Result<()> {
    tx.execute("DELETE FROM documents WHERE num = ?1", [num]).map_err(sql)?;
    tx.execute("DELETE FROM refs WHERE num = ?1", [num]).map_err(sql)?;
    tx.execute("DELETE FROM doc_tables WHERE num = ?1", [num]).map_err(sql)?;
    tx.execute("DELETE FROM doc_fts WHERE rowid = ?1", [num]).map_err(sql)?;
    tx.execute("DELETE FROM text_fts WHERE rowid = ?1", [num]).map_err(sql)?;
    tx.execute("DELETE FROM page_fts WHERE rowid >= ?1 AND rowid < ?2", [num * PAGE_SLOTS, (num + 1) * PAGE_SLOTS])
        .map_err(sql)?;
    Ok(())
}

/// Where a legal reference is: (page index, block index) into `rec.pages`. Text input has
/// no page numbers, so its block is found on the page whose block at that index holds the
/// mention.
pub fn locate(rec: &Record, r: &crate::model::LegalReference) -> Option<(usize, usize)> {
    locate_span(rec, Span { page: r.page, block: r.block, text: &r.text, start: r.start, end: r.end })
}

/// Where a mention is in a record, as its page, block and character offsets name it (a
/// legal reference or a short form).
#[derive(Debug, Clone, Copy)]
pub struct Span<'a> {
    /// 1-based page, `None` for text input.
    pub page: Option<u32>,
    /// Block index within the page.
    pub block: Option<usize>,
    /// The mention as written.
    pub text: &'a str,
    /// Start offset (characters) in the block's text.
    pub start: usize,
    /// End offset (characters, exclusive).
    pub end: usize,
}

/// [`locate`] for any mention.
pub fn locate_span(rec: &Record, r: Span) -> Option<(usize, usize)> {
    let block = r.block?;
    if let Some(p) = r.page {
        let pi = (p as usize).checked_sub(1)?;
        return rec.pages.get(pi)?.blocks.get(block).map(|_| (pi, block));
    }
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let want = squash(r.text);
    rec.pages.iter().enumerate().find_map(|(pi, p)| {
        let b = p.blocks.get(block)?;
        let got: String = b.text.chars().skip(r.start).take(r.end.saturating_sub(r.start)).collect();
        (squash(&got) == want).then_some((pi, block))
    })
}

/// A few words around characters `start..end` of `text`, on one line.
pub fn context(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (start.min(chars.len()), end.min(chars.len()).max(start.min(chars.len())));
    let from = start.saturating_sub(CONTEXT_CHARS);
    let to = (end + CONTEXT_CHARS).min(chars.len());
    let mut s: String = chars[from..to].iter().map(|&c| if c.is_whitespace() { ' ' } else { c }).collect();
    if from > 0 {
        s.insert(0, '…');
    }
    if to < chars.len() {
        s.push('…');
    }
    s
}

/// Indexes `rec` with its file's `stamp`, in place of any earlier row of the same id. When
/// the indexed content is unchanged (same [`Rows::digest`]) only the `documents` row is
/// updated. Returns whether the indexes were written.
fn put(conn: &Connection, rec: &Record, stamp: &str) -> Result<bool> {
    put_rows(conn, Rows::of(rec), stamp)
}

/// [`put`] of a record's rows.
fn put_rows(conn: &Connection, rows: Rows, stamp: &str) -> Result<bool> {
    let digest = rows.digest();
    let old: Option<(i64, String)> = conn
        .query_row("SELECT num, digest FROM documents WHERE id = ?1", [&rows.doc.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
        .map_err(sql)?;
    match old {
        Some((num, d)) if d == digest => {
            update_document(conn, num, &rows, stamp)?;
            Ok(false)
        }
        Some((num, _)) => {
            delete(conn, num)?;
            insert(conn, rows, stamp, &digest)?;
            abort_point();
            Ok(true)
        }
        None => {
            insert(conn, rows, stamp, &digest)?;
            abort_point();
            Ok(true)
        }
    }
}

/// Environment variable for the tests: the process dies after indexing this many records.
pub const ABORT_AFTER: &str = "LEGAJO_CATALOGUE_ABORT_AFTER";

/// Fault injection for the tests (`tests/collection.rs`): with [`ABORT_AFTER`]`=N` set, the
/// process aborts after indexing N records — it dies at once, like `kill -9`, in the middle
/// of a transaction whose changes only SQLite's journal knows.
fn abort_point() {
    static LEFT: std::sync::OnceLock<Option<std::sync::atomic::AtomicUsize>> = std::sync::OnceLock::new();
    let left =
        LEFT.get_or_init(|| std::env::var(ABORT_AFTER).ok()?.parse().ok().map(std::sync::atomic::AtomicUsize::new));
    if let Some(n) = left {
        if n.fetch_sub(1, std::sync::atomic::Ordering::SeqCst) <= 1 {
            std::process::abort();
        }
    }
}

fn update_document(conn: &Connection, num: i64, rows: &Rows, stamp: &str) -> Result<()> {
    let d = &rows.doc;
    conn.execute(
        "UPDATE documents SET path = ?2, paths = ?3, doc_type = ?4, year = ?5, institution = ?6, status = ?7,
         pages = ?8, stamp = ?9 WHERE num = ?1",
        params![num, d.path, d.paths, d.doc_type, d.year, d.institution, d.status, d.pages, stamp],
    )
    .map_err(sql)?;
    Ok(())
}

/// Texts at least this long (bytes) have their `text_fts` entries written out as soon as they
/// are inserted, instead of waiting in memory until the transaction ends beside the next
/// documents' (`page_fts` rows are pieces, whose entries go out as the rows come).
const FLUSH_BYTES: usize = 4 << 20;

/// Writes out the pending entries of full-text table `table` (an FTS5 `merge` of no pages
/// does only that).
fn flush(conn: &Connection, table: &str) -> Result<()> {
    conn.execute(&format!("INSERT INTO {table}({table}, rank) VALUES ('merge', 0)"), []).map_err(sql)?;
    Ok(())
}

fn insert(conn: &Connection, rows: Rows, stamp: &str, digest: &str) -> Result<()> {
    let d = &rows.doc;
    conn.execute(
        "INSERT INTO documents(id, path, paths, title, authors, doc_type, year, institution, status, pages, stamp, digest)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![d.id, d.path, d.paths, d.title, d.authors, d.doc_type, d.year, d.institution, d.status, d.pages, stamp, digest],
    )
    .map_err(sql)?;
    let num = conn.last_insert_rowid();
    conn.execute(
        "INSERT INTO doc_fts(rowid, title, authors) VALUES (?1, ?2, ?3)",
        params![num, d.title.clone().unwrap_or_default(), d.authors],
    )
    .map_err(sql)?;
    // Each piece is its own row (see [`pieces`]); the whole text is the pieces joined, read
    // back by SQLite from the rows just written: the text is never held whole in memory here,
    // and only once by SQLite.
    let total: usize = rows.pages.iter().map(|p| p.text.len() + 1).sum();
    {
        let mut page_stmt =
            conn.prepare_cached("INSERT INTO page_fts(rowid, text, page) VALUES (?1, ?2, ?3)").map_err(sql)?;
        for piece in rows.pages {
            page_stmt.execute(params![num * PAGE_SLOTS + piece.slot, piece.text, piece.page]).map_err(sql)?;
        }
    }
    if total > 0 {
        conn.prepare_cached(
            "INSERT INTO text_fts(rowid, text)
             SELECT ?1, group_concat(c0, char(10)) FROM page_fts_content WHERE id >= ?2 AND id < ?3",
        )
        .and_then(|mut st| st.execute(params![num, num * PAGE_SLOTS, (num + 1) * PAGE_SLOTS]))
        .map_err(sql)?;
        if total >= FLUSH_BYTES {
            flush(conn, "text_fts")?;
        }
    }
    let mut ref_stmt = conn
        .prepare_cached(
            "INSERT INTO refs(num, canonical, type, number, year, article, text, page, block, start, end, context)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )
        .map_err(sql)?;
    for r in &rows.refs {
        ref_stmt
            .execute(params![
                num,
                r.canonical,
                r.norm_type,
                r.number,
                r.year,
                r.article,
                r.text,
                r.page,
                r.block,
                r.start,
                r.end,
                r.context
            ])
            .map_err(sql)?;
    }
    let mut table_stmt = conn
        .prepare_cached(
            "INSERT INTO doc_tables(num, table_id, page, nrows, ncols, caption, csv) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .map_err(sql)?;
    for t in &rows.tables {
        table_stmt.execute(params![num, t.table_id, t.page, t.nrows, t.ncols, t.caption, t.csv]).map_err(sql)?;
    }
    Ok(())
}

/// Every row of the catalogue in a stable order, without the parts that depend on when a
/// row was written (row numbers, file stamps): two catalogues of the same records give the
/// same dump, however they were built.
pub fn dump(out: &Path) -> Result<Vec<String>> {
    let conn = open_existing(out)?;
    let queries = [
        "SELECT 'doc', id, path, paths, title, authors, doc_type, year, institution, status, pages FROM documents ORDER BY id",
        "SELECT 'ref', d.id, r.canonical, r.type, r.number, r.year, r.article, r.text, r.page, r.block, r.start, r.end, r.context
         FROM refs r JOIN documents d ON d.num = r.num ORDER BY d.id, r.page, r.block, r.start, r.end, r.canonical",
        "SELECT 'table', d.id, t.table_id, t.page, t.nrows, t.ncols, t.caption, t.csv
         FROM doc_tables t JOIN documents d ON d.num = t.num ORDER BY d.id, t.table_id",
        "SELECT 'doc_fts', d.id, f.title, f.authors FROM doc_fts f JOIN documents d ON d.num = f.rowid ORDER BY d.id",
        "SELECT 'page_fts', d.id, f.rowid % 1048576, f.page, f.text FROM page_fts f JOIN documents d ON d.num = f.rowid / 1048576
         ORDER BY d.id, f.rowid % 1048576",
        // The contentless index by its rows and by its terms (what it holds of the text).
        "SELECT 'text_fts', d.id FROM text_fts f JOIN documents d ON d.num = f.rowid ORDER BY d.id",
        "SELECT 'text_terms', term, doc, cnt FROM temp.text_terms ORDER BY term",
    ];
    conn.execute_batch("CREATE VIRTUAL TABLE IF NOT EXISTS temp.text_terms USING fts5vocab(main, text_fts, row)")
        .map_err(sql)?;
    let mut rows = Vec::new();
    for q in queries {
        let mut stmt = conn.prepare(q).map_err(sql)?;
        let n = stmt.column_count();
        let mut it = stmt.query([]).map_err(sql)?;
        while let Some(r) = it.next().map_err(sql)? {
            let cells: Vec<String> = (0..n)
                .map(|i| match r.get_ref(i) {
                    Ok(ValueRef::Null) => "NULL".to_string(),
                    Ok(ValueRef::Integer(n)) => n.to_string(),
                    Ok(ValueRef::Real(x)) => x.to_string(),
                    Ok(ValueRef::Text(t)) => {
                        String::from_utf8_lossy(t).replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n")
                    }
                    Ok(ValueRef::Blob(b)) => format!("blob:{}", b.len()),
                    Err(e) => format!("<{e}>"),
                })
                .collect();
            rows.push(cells.join("\t"));
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_keeps_words_around_on_one_line() {
        let t = "según la\nLey N° 27444, del procedimiento";
        let c = context(t, 9, 21);
        assert_eq!(c, "según la Ley N° 27444, del procedimiento");
        let long = "x".repeat(200) + "Ley 1" + &"y".repeat(200);
        let c = context(&long, 200, 205);
        assert!(c.starts_with('…') && c.ends_with('…') && c.contains("Ley 1"));
    }
}
