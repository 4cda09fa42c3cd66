//! The rows one record gives the catalogue, and a digest of what the indexes hold of them.
//!
//! In: a [`Record`]. Out: [`Rows`] — the `documents` row, the text of each page for
//! `page_fts`, one row per legal reference and per table — and [`Rows::digest`], a SHA-256
//! of everything but the `documents` row's own columns. A record indexed again with the same
//! digest (processed again with `--force`, its paths rewritten) only has its `documents` row
//! updated: deleting a page from a full-text index means reading and tokenising its text
//! again, so indexing unchanged text twice is what made re-ingesting costly.

use sha2::{Digest, Sha256};

use super::pieces::{Piece, Pieces};
use super::{context, locate};
use crate::model::Record;

/// The `documents` row.
#[derive(Debug, Clone)]
pub(super) struct DocRow {
    pub id: String,
    pub path: String,
    /// Every path, as a JSON array.
    pub paths: String,
    pub title: Option<String>,
    /// Authors joined with `"; "`.
    pub authors: String,
    pub doc_type: Option<String>,
    pub year: Option<u16>,
    pub institution: Option<String>,
    pub status: String,
    pub pages: u32,
}

/// One `refs` row (without the document number).
#[derive(Debug, Clone)]
pub(super) struct RefRow {
    pub canonical: String,
    pub norm_type: String,
    pub number: Option<String>,
    pub year: Option<u16>,
    pub article: Option<String>,
    pub text: String,
    pub page: Option<u32>,
    pub block: Option<i64>,
    pub start: i64,
    pub end: i64,
    pub context: String,
}

/// One `doc_tables` row (without the document number).
#[derive(Debug, Clone)]
pub(super) struct TableRow {
    pub table_id: String,
    pub page: u32,
    pub nrows: i64,
    pub ncols: i64,
    pub caption: Option<String>,
    pub csv: String,
}

/// Everything one record puts in the catalogue.
#[derive(Debug, Clone)]
pub(super) struct Rows {
    pub doc: DocRow,
    /// The rows of `page_fts` ([`super::pieces`]); pages without text are left out.
    pub pages: Vec<Piece>,
    pub refs: Vec<RefRow>,
    pub tables: Vec<TableRow>,
}

impl Rows {
    /// The rows of `rec`.
    pub fn of(rec: &Record) -> Rows {
        let mut rows = Rows::without_text(rec);
        let mut pieces = Pieces::default();
        for p in &rec.pages {
            pieces.page(p.number);
            for b in p.blocks.iter().filter(|b| shown(b)) {
                pieces.block(&b.text);
            }
        }
        rows.pages = pieces.finish();
        rows
    }

    /// The rows of `rec`, taking its texts: each block's text is freed once it is in its
    /// piece, so a large text is not held twice.
    pub fn of_owned(mut rec: Record) -> Rows {
        let mut rows = Rows::without_text(&rec);
        let mut pieces = Pieces::default();
        for p in &mut rec.pages {
            pieces.page(p.number);
            for b in p.blocks.iter_mut().filter(|b| shown(b)) {
                pieces.block(&std::mem::take(&mut b.text));
            }
        }
        rows.pages = pieces.finish();
        rows
    }

    /// The rows of `rec` but its pieces of text.
    fn without_text(rec: &Record) -> Rows {
        let paths = if rec.source.paths.is_empty() { vec![rec.source.path.clone()] } else { rec.source.paths.clone() };
        let md = &rec.metadata;
        let status =
            serde_json::to_value(rec.status).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        let doc = DocRow {
            id: rec.id.clone(),
            path: rec.source.path.clone(),
            paths: serde_json::to_string(&paths).unwrap_or_default(),
            title: md.title.clone(),
            authors: md.authors.join("; "),
            doc_type: md.doc_type.clone(),
            year: md.year,
            institution: md.institution.clone(),
            status,
            pages: md.pages,
        };
        let refs = rec
            .legal_references
            .iter()
            .map(|r| {
                let block_text = locate(rec, r).map(|(p, b)| rec.pages[p].blocks[b].text.as_str());
                RefRow {
                    canonical: r.canonical.clone(),
                    norm_type: r.norm_type.clone(),
                    number: r.number.clone(),
                    year: r.year,
                    article: r.article.clone(),
                    text: r.text.clone(),
                    page: r.page,
                    block: r.block.map(|b| b as i64),
                    start: r.start as i64,
                    end: r.end as i64,
                    context: block_text.map(|t| context(t, r.start, r.end)).unwrap_or_else(|| r.text.clone()),
                }
            })
            .collect();
        let tables = rec
            .tables
            .iter()
            .map(|t| TableRow {
                table_id: t.id.clone(),
                page: t.page,
                nrows: t.rows.len() as i64,
                ncols: t.rows.iter().map(Vec::len).max().unwrap_or(0) as i64,
                caption: t.caption.clone(),
                csv: format!("tables/{}-{}.csv", rec.id, t.id),
            })
            .collect();
        Rows { doc, pages: Vec::new(), refs, tables }
    }

    /// SHA-256 (hex) of what the indexes and the `refs` and `doc_tables` rows hold: title,
    /// authors, page texts, references, tables. Each field is length-prefixed, so two
    /// different contents never write the same bytes.
    pub fn digest(&self) -> String {
        let mut h = Sha256::new();
        let mut field = |s: &str| {
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        };
        let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "\u{0}none".into());
        let num = |o: Option<i64>| o.map(|n| n.to_string()).unwrap_or_else(|| "\u{0}none".into());
        field(&opt(&self.doc.title));
        field(&self.doc.authors);
        field(&self.pages.len().to_string());
        for p in &self.pages {
            field(&p.slot.to_string());
            field(&p.text);
        }
        field(&self.refs.len().to_string());
        for r in &self.refs {
            for s in
                [&r.canonical, &r.norm_type, &opt(&r.number), &num(r.year.map(i64::from)), &opt(&r.article), &r.text]
            {
                field(s);
            }
            for s in [num(r.page.map(i64::from)), num(r.block), r.start.to_string(), r.end.to_string()] {
                field(&s);
            }
            field(&r.context);
        }
        field(&self.tables.len().to_string());
        for t in &self.tables {
            for s in
                [&t.table_id, &t.page.to_string(), &t.nrows.to_string(), &t.ncols.to_string(), &opt(&t.caption), &t.csv]
            {
                field(s);
            }
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// A block the index holds: one a reader sees (not page furniture), with text.
fn shown(b: &crate::model::Block) -> bool {
    !b.kind.is_furniture() && !b.text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(title: Option<&str>, pages: &[&str]) -> Rows {
        Rows {
            doc: DocRow {
                id: "x".into(),
                path: "a".into(),
                paths: "[\"a\"]".into(),
                title: title.map(String::from),
                authors: String::new(),
                doc_type: None,
                year: None,
                institution: None,
                status: "ok".into(),
                pages: pages.len() as u32,
            },
            pages: pages
                .iter()
                .enumerate()
                .map(|(i, t)| Piece { slot: i as i64 + 1, page: i as u32 + 1, text: t.to_string() })
                .collect(),
            refs: Vec::new(),
            tables: Vec::new(),
        }
    }

    #[test]
    fn the_digest_follows_the_indexed_text_not_the_paths() {
        let a = rows(Some("T"), &["uno", "dos"]);
        let mut moved = a.clone();
        moved.doc.path = "b".into();
        moved.doc.paths = "[\"b\"]".into();
        assert_eq!(a.digest(), moved.digest(), "paths are updated in place, not indexed");
        assert_ne!(a.digest(), rows(Some("T"), &["uno", "do"]).digest());
        assert_ne!(a.digest(), rows(Some("T"), &["unodos"]).digest());
        assert_ne!(rows(None, &["x"]).digest(), rows(Some(""), &["x"]).digest());
    }
}
