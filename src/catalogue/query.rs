//! Questions to the catalogue: full-text search and "who cites this norm".
//!
//! In: an open catalogue and what a person typed. Out: ranked hits, printable as text or
//! JSON by the command line.

use rusqlite::{params, Connection};
use schemars::JsonSchema;
use serde::Serialize;

use super::{sql, Result, PAGE_SLOTS};

/// Filters of a search.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Only documents of this type (`tesis`, `plan`, `informe`, …).
    pub doc_type: Option<String>,
    /// Only documents published in this range of years (inclusive).
    pub years: Option<(u16, u16)>,
    /// Most documents returned.
    pub limit: usize,
}

/// One document found by a search, at its best page: one line of `legajo search --json`.
#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq)]
pub struct Hit {
    /// Record id.
    pub id: String,
    /// First path of the document.
    pub path: String,
    /// Title, when known.
    pub title: Option<String>,
    /// Document type, when known.
    pub doc_type: Option<String>,
    /// Year, when known.
    pub year: Option<u16>,
    /// Best-matching page (`null` when only the title or authors matched).
    pub page: Option<u32>,
    /// Words around the match on that page; matched words between `«` and `»`.
    pub snippet: String,
    /// Relevance: lower is better (SQLite FTS5's bm25; a title match counts double).
    pub score: f64,
}

/// Parses `2015..2020`, `2015..`, `..2020` or `2015`.
pub fn parse_years(s: &str) -> Option<(u16, u16)> {
    let s = s.trim();
    if let Some((a, b)) = s.split_once("..") {
        let a = if a.trim().is_empty() { 0 } else { a.trim().parse().ok()? };
        let b = if b.trim().is_empty() { u16::MAX } else { b.trim().parse().ok()? };
        return Some((a, b));
    }
    let y = s.parse().ok()?;
    Some((y, y))
}

/// The FTS5 query for what a person typed: each word quoted (so punctuation is never
/// syntax), all required; a query written in double quotes is one phrase.
pub fn fts_query(typed: &str) -> Option<String> {
    let t = typed.trim();
    let words: Vec<String> =
        t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"")).collect();
    if words.is_empty() {
        return None;
    }
    if t.len() > 1 && t.starts_with('"') && t.ends_with('"') {
        Some(words.join(" + "))
    } else {
        Some(words.join(" "))
    }
}

/// Documents matching `typed`, best first: the best page of each, with a snippet.
pub fn search(conn: &Connection, typed: &str, f: &Filters) -> Result<Vec<Hit>> {
    let Some(q) = fts_query(typed) else { return Ok(Vec::new()) };
    let (y0, y1) = f.years.map(|(a, b)| (Some(a), Some(b))).unwrap_or((None, None));
    let limit = if f.limit == 0 { 20 } else { f.limit };
    // Pages: the best page of each document (bm25 is negative, lower is better). Snippets
    // are made afterwards for the pages kept only: making one per matching page cost most of
    // the time on a large catalogue.
    // Without filters the best pages are chosen before the join, so only the pages kept are
    // joined with their documents (joining every matching page cost a third of the time of a
    // common word on 10,000 documents).
    let filtered = f.doc_type.is_some() || f.years.is_some();
    let mut stmt = conn
        .prepare_cached(if filtered {
            "SELECT d.id, d.path, d.title, d.doc_type, d.year, p.rowid, p.score FROM
               (SELECT rowid, bm25(page_fts) AS score FROM page_fts WHERE page_fts MATCH ?1) p
             JOIN documents d ON d.num = p.rowid / ?2
             WHERE (?3 IS NULL OR d.doc_type = ?3) AND (?4 IS NULL OR d.year BETWEEN ?4 AND ?5)
             ORDER BY p.score LIMIT ?6"
        } else {
            "SELECT d.id, d.path, d.title, d.doc_type, d.year, p.rowid, p.score FROM
               (SELECT rowid, bm25(page_fts) AS score FROM page_fts WHERE page_fts MATCH ?1
                ORDER BY score LIMIT ?6) p
             JOIN documents d ON d.num = p.rowid / ?2
             WHERE (?3 IS NULL OR d.doc_type = ?3) AND (?4 IS NULL OR d.year BETWEEN ?4 AND ?5)
             ORDER BY p.score"
        })
        .map_err(sql)?;
    let rows = stmt
        .query_map(params![q, PAGE_SLOTS, f.doc_type, y0, y1, (limit * 50) as i64], |r| {
            let rowid: i64 = r.get(5)?;
            Ok((
                rowid,
                Hit {
                    id: r.get(0)?,
                    path: r.get(1)?,
                    title: r.get(2)?,
                    doc_type: r.get(3)?,
                    year: r.get(4)?,
                    page: Some((rowid % PAGE_SLOTS) as u32),
                    score: r.get(6)?,
                    snippet: String::new(),
                },
            ))
        })
        .map_err(sql)?;
    let mut best: Vec<Hit> = Vec::new();
    let mut rowids = Vec::new();
    for h in rows {
        let (rowid, h) = h.map_err(sql)?;
        if !best.iter().any(|b| b.id == h.id) {
            best.push(h);
            rowids.push(rowid);
        }
    }
    let mut snip = conn
        .prepare_cached(
            "SELECT snippet(page_fts, 0, '«', '»', '…', 14) FROM page_fts WHERE page_fts MATCH ?1 AND rowid = ?2",
        )
        .map_err(sql)?;
    for (h, rowid) in best.iter_mut().zip(rowids).take(limit) {
        h.snippet = snip.query_row(params![q, rowid], |r| r.get(0)).map_err(sql)?;
    }
    // Titles and authors: a match there doubles the page score (or stands alone).
    let mut stmt = conn
        .prepare_cached(
            "SELECT d.id, d.path, d.title, d.doc_type, d.year, bm25(doc_fts),
                    snippet(doc_fts, -1, '«', '»', '…', 14)
             FROM doc_fts JOIN documents d ON d.num = doc_fts.rowid
             WHERE doc_fts MATCH ?1 AND (?2 IS NULL OR d.doc_type = ?2) AND (?3 IS NULL OR d.year BETWEEN ?3 AND ?4)
             LIMIT ?5",
        )
        .map_err(sql)?;
    let rows = stmt
        .query_map(params![q, f.doc_type, y0, y1, (limit * 50) as i64], |r| {
            Ok(Hit {
                id: r.get(0)?,
                path: r.get(1)?,
                title: r.get(2)?,
                doc_type: r.get(3)?,
                year: r.get(4)?,
                page: None,
                score: r.get(5)?,
                snippet: r.get(6)?,
            })
        })
        .map_err(sql)?;
    for h in rows {
        let h = h.map_err(sql)?;
        match best.iter_mut().find(|b| b.id == h.id) {
            Some(b) => b.score += h.score,
            None => best.push(h),
        }
    }
    best.sort_by(|a, b| a.score.total_cmp(&b.score).then_with(|| a.path.cmp(&b.path)));
    best.truncate(limit);
    Ok(best)
}

/// One place a norm is cited: one line of `legajo cites --json`.
#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq)]
pub struct Citation {
    /// Record id.
    pub id: String,
    /// First path of the document.
    pub path: String,
    /// Title, when known.
    pub title: Option<String>,
    /// Page of the mention (`null` for text input).
    pub page: Option<u32>,
    /// The mention as written.
    pub text: String,
    /// Article cited with it, if any.
    pub article: Option<String>,
    /// Words around the mention.
    pub context: String,
}

/// The canonical id a person means by `typed`: a canonical id as is (`pe:ley:27444`), else
/// the first norm the legal detector finds in the words (`Ley 27444`, `D.S. 004-2019-JUS`).
pub fn canonical_of(typed: &str) -> Option<String> {
    let t = typed.trim();
    let looks_canonical = t.split(':').count() >= 3 && !t.contains(char::is_whitespace);
    if looks_canonical {
        return Some(t.to_ascii_lowercase());
    }
    let found = crate::detect::legal::find_in_document(&[t]);
    found.into_iter().flatten().next().map(|m| m.canonical)
}

/// Every mention of `canonical`, by document path, page and position.
pub fn cites(conn: &Connection, canonical: &str) -> Result<Vec<Citation>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT d.id, d.path, d.title, r.page, r.text, r.article, r.context
             FROM refs r JOIN documents d ON d.num = r.num WHERE r.canonical = ?1
             ORDER BY d.path, r.page, r.block, r.start",
        )
        .map_err(sql)?;
    let rows = stmt
        .query_map([canonical], |r| {
            Ok(Citation {
                id: r.get(0)?,
                path: r.get(1)?,
                title: r.get(2)?,
                page: r.get(3)?,
                text: r.get(4)?,
                article: r.get(5)?,
                context: r.get(6)?,
            })
        })
        .map_err(sql)?;
    rows.collect::<std::result::Result<_, _>>().map_err(sql)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_queries_become_quoted_words() {
        assert_eq!(fts_query("cooperación técnica").as_deref(), Some("\"cooperación\" \"técnica\""));
        assert_eq!(fts_query("\"cooperación técnica\"").as_deref(), Some("\"cooperación\" + \"técnica\""));
        assert_eq!(fts_query("D.S. 004-2019"), Some("\"D\" \"S\" \"004\" \"2019\"".into()));
        assert_eq!(fts_query(" ;; "), None);
    }

    #[test]
    fn years_parse_as_ranges() {
        assert_eq!(parse_years("2015..2020"), Some((2015, 2020)));
        assert_eq!(parse_years("2015.."), Some((2015, u16::MAX)));
        assert_eq!(parse_years("2019"), Some((2019, 2019)));
        assert_eq!(parse_years("x"), None);
    }

    #[test]
    fn norms_are_understood_as_people_write_them() {
        assert_eq!(canonical_of("pe:ley:27444").as_deref(), Some("pe:ley:27444"));
        assert_eq!(canonical_of("Ley 27444").as_deref(), Some("pe:ley:27444"));
        assert_eq!(canonical_of("D.S. 004-2019-JUS").as_deref(), Some("pe:ds:004-2019-jus"));
    }
}
