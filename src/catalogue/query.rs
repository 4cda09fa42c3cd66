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
    /// Relevance: lower is better. SQLite FTS5's bm25 of the document's whole text for the
    /// query's words found in at most half the documents (a word in more than half only
    /// filters; when every word is, this part is 0 and such documents come in path order),
    /// plus the bm25 of its title and authors when they match.
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

/// Documents ranked by their whole text, at most this many per document shown: the title
/// and author matches can lift a document from further down, so more than the shown ones are
/// ranked by text.
const TEXT_CANDIDATES: usize = 5;

/// Documents matching `typed`, best first: the best page of each, with a snippet.
///
/// Documents are ranked on `text_fts` (one row per document: bm25 over 10,000 rows instead
/// of one per matching page, which took 160 ms for a common word on 156,000 pages), joined
/// with their title and author matches on `doc_fts`; then, for the documents shown only, the
/// best page is looked up in `page_fts` within the document's range of row ids. Filters are
/// applied in the same queries, on the `documents` row. Words in more than half the
/// documents only filter ([`rank_by_text`]).
pub fn search(conn: &Connection, typed: &str, f: &Filters) -> Result<Vec<Hit>> {
    let Some(q) = fts_query(typed) else { return Ok(Vec::new()) };
    let words = query_words(typed);
    let (y0, y1) = f.years.map(|(a, b)| (Some(a), Some(b))).unwrap_or((None, None));
    let limit = if f.limit == 0 { 20 } else { f.limit };
    let candidates = (limit * TEXT_CANDIDATES) as i64;
    let mut scored = rank_by_text(conn, typed, &q, &words, f, candidates)?;
    // Titles and authors: a match there adds its score (or stands alone).
    let mut title_matches: Vec<i64> = Vec::new();
    let mut stmt = conn
        .prepare_cached(
            "SELECT f.rowid, bm25(doc_fts)
             FROM doc_fts f JOIN documents d ON d.num = f.rowid
             WHERE doc_fts MATCH ?1 AND (?2 IS NULL OR d.doc_type = ?2) AND (?3 IS NULL OR d.year BETWEEN ?3 AND ?4)
             LIMIT ?5",
        )
        .map_err(sql)?;
    let rows = stmt
        .query_map(params![q, f.doc_type, y0, y1, (limit * 50) as i64], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(sql)?;
    for r in rows {
        let (num, score): (i64, f64) = r.map_err(sql)?;
        match scored.iter_mut().find(|(n, _)| *n == num) {
            Some(s) => s.1 += score,
            None => scored.push((num, score)),
        }
        title_matches.push(num);
    }
    scored.sort_by(|a, b| a.1.total_cmp(&b.1));
    // Only the documents shown are looked up (with those tied with the last one: ties are
    // broken by path, not by row number, which depends on the order of indexing), and only
    // those shown get their best page.
    if let Some(&(_, last)) = scored.get(limit.saturating_sub(1)) {
        scored.retain(|(_, score)| *score <= last);
    }
    let mut hits = Vec::with_capacity(scored.len());
    for (num, score) in scored {
        hits.push((num, document(conn, num, score)?));
    }
    hits.sort_by(|a, b| a.1.score.total_cmp(&b.1.score).then_with(|| a.1.path.cmp(&b.1.path)));
    hits.truncate(limit);
    for (num, h) in &mut hits {
        match best_page(conn, &q, &words, *num)? {
            Some((page, snippet)) => {
                h.page = Some(page);
                h.snippet = snippet;
            }
            None => {
                if title_matches.contains(num) {
                    h.snippet = title_snippet(conn, &q, *num)?;
                }
            }
        }
    }
    Ok(hits.into_iter().map(|(_, h)| h).collect())
}

/// The documents whose text matches `q`, best first, at most `candidates`: (num, score).
///
/// A word in more than half the documents gets a weight of nearly zero in bm25 (FTS5 clamps
/// its idf to 1e-6), yet scoring it means decoding every position of it in every document
/// (28 ms for "de" on 10,000 documents). So such words only filter: the documents are ranked
/// by bm25 of the other words and kept when they hold every word (the order differs from
/// bm25 of all words by at most 2.2e-6 per common word). When every word is that common,
/// no word says anything about relevance: the matching documents come in path order, score 0
/// (a title or author match still lifts a document above them). Phrases are ranked as typed.
fn rank_by_text(
    conn: &Connection,
    typed: &str,
    q: &str,
    words: &[String],
    f: &Filters,
    candidates: i64,
) -> Result<Vec<(i64, f64)>> {
    let (y0, y1) = f.years.map(|(a, b)| (Some(a), Some(b))).unwrap_or((None, None));
    let phrase = fts_query(typed).is_some_and(|fq| fq.contains(" + "));
    let common = if phrase { vec![false; words.len()] } else { common_words(conn, words)? };
    let rare: Vec<String> = words.iter().zip(&common).filter(|(_, c)| !**c).map(|(w, _)| format!("\"{w}\"")).collect();
    let filters = "(?2 IS NULL OR d.doc_type = ?2) AND (?3 IS NULL OR d.year BETWEEN ?3 AND ?4)";
    let (sql_text, rank_q) = if rare.is_empty() {
        (
            format!(
                "SELECT d.num, 0.0 FROM documents d
                 WHERE d.num IN (SELECT rowid FROM text_fts WHERE text_fts MATCH ?6) AND {filters}
                 ORDER BY d.path LIMIT ?5"
            ),
            q.to_string(),
        )
    } else {
        let require = if rare.len() < words.len() {
            "AND t.rowid IN (SELECT rowid FROM text_fts WHERE text_fts MATCH ?6)"
        } else {
            "AND ?6 IS NOT NULL"
        };
        (
            format!(
                "SELECT t.rowid, t.score FROM
                   (SELECT rowid, bm25(text_fts) AS score FROM text_fts WHERE text_fts MATCH ?1) t
                 JOIN documents d ON d.num = t.rowid
                 WHERE {filters} {require}
                 ORDER BY t.score LIMIT ?5"
            ),
            if rare.len() < words.len() { rare.join(" ") } else { q.to_string() },
        )
    };
    let mut stmt = conn.prepare_cached(&sql_text).map_err(sql)?;
    let rows = stmt
        .query_map(params![rank_q, f.doc_type, y0, y1, candidates, q], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(sql)?;
    rows.collect::<std::result::Result<_, _>>().map_err(sql)
}

/// For each word, whether it is in more than half the rows of `text_fts` (where FTS5's bm25
/// clamps its idf to 1e-6). Counting stops at half the rows plus one.
fn common_words(conn: &Connection, words: &[String]) -> Result<Vec<bool>> {
    let rows: i64 = conn.query_row("SELECT count(*) FROM text_fts_docsize", [], |r| r.get(0)).map_err(sql)?;
    let half = rows / 2;
    let mut stmt = conn
        .prepare_cached("SELECT count(*) FROM (SELECT rowid FROM text_fts WHERE text_fts MATCH ?1 LIMIT ?2)")
        .map_err(sql)?;
    words
        .iter()
        .map(|w| {
            let n: i64 = stmt.query_row(params![format!("\"{w}\""), half + 1], |r| r.get(0)).map_err(sql)?;
            Ok(rows > 0 && n > half)
        })
        .collect()
}

/// The title and authors of document `num` with the words of `q` marked (only for the
/// documents shown: a snippet for each of up to 1,000 title matches took ~10 ms for "de").
fn title_snippet(conn: &Connection, q: &str, num: i64) -> Result<String> {
    conn.prepare_cached(
        "SELECT snippet(doc_fts, -1, '«', '»', '…', 14) FROM doc_fts WHERE doc_fts MATCH ?1 AND rowid = ?2",
    )
    .map_err(sql)?
    .query_row(params![q, num], |r| r.get(0))
    .map_err(sql)
}

/// The hit of document `num`, without page or snippet.
fn document(conn: &Connection, num: i64, score: f64) -> Result<Hit> {
    conn.prepare_cached("SELECT id, path, title, doc_type, year FROM documents WHERE num = ?1")
        .map_err(sql)?
        .query_row([num], |r| {
            Ok(Hit {
                id: r.get(0)?,
                path: r.get(1)?,
                title: r.get(2)?,
                doc_type: r.get(3)?,
                year: r.get(4)?,
                page: None,
                snippet: String::new(),
                score,
            })
        })
        .map_err(sql)
}

/// Most matching pages of one document scored for its best page (in page order): bounds the
/// time a search spends on a very long document.
const MAX_PAGES_SCORED: i64 = 500;

/// BM25's term-frequency saturation and length normalisation (the usual values).
const BM25_K1: f64 = 1.2;
const BM25_B: f64 = 0.75;

/// The page of document `num` that matches `q` best, with its snippet; `None` when no single
/// page matches (the words are on different pages, or only the title matched).
///
/// The pages are scored here, not with FTS5's `bm25()`: that function counts, once per
/// statement, how many rows of the whole table hold each word (for a common word, 1.5 ms for
/// each document shown). Within one document the words' weights matter little, so a page's
/// score is BM25 without them: per query word, its occurrences on the page saturated and
/// normalised by the page's length ([`page_score`]).
fn best_page(conn: &Connection, q: &str, words: &[String], num: i64) -> Result<Option<(u32, String)>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT rowid, text FROM page_fts WHERE page_fts MATCH ?1 AND rowid >= ?2 AND rowid < ?3 LIMIT ?4",
        )
        .map_err(sql)?;
    let mut rows = stmt.query(params![q, num * PAGE_SLOTS, (num + 1) * PAGE_SLOTS, MAX_PAGES_SCORED]).map_err(sql)?;
    let mut pages: Vec<(i64, Vec<usize>, usize)> = Vec::new();
    let first = first_page_when_common(conn, q, num)?;
    if let Some(first) = first {
        pages.push((first, Vec::new(), 0));
    }
    while let Some(r) = if first.is_none() { rows.next().map_err(sql)? } else { None } {
        let rowid: i64 = r.get(0).map_err(sql)?;
        let text: String = r.get(1).map_err(sql)?;
        let (counts, len) = word_counts(&text, words);
        pages.push((rowid, counts, len));
    }
    let avg = pages.iter().map(|p| p.2).sum::<usize>() as f64 / pages.len().max(1) as f64;
    let best = pages.iter().map(|(rowid, counts, len)| (*rowid, page_score(counts, *len, avg))).fold(
        None,
        |best: Option<(i64, f64)>, (rowid, score)| match best {
            Some((_, s)) if s >= score => best,
            _ => Some((rowid, score)),
        },
    );
    let Some((rowid, _)) = best else { return Ok(None) };
    // A row is a piece of a page (a long page has several, see `catalogue::pieces`): the hit
    // names its page.
    let (snippet, page) = conn
        .prepare_cached(
            "SELECT snippet(page_fts, 0, '«', '»', '…', 14), page FROM page_fts WHERE page_fts MATCH ?1 AND rowid = ?2",
        )
        .map_err(sql)?
        .query_row(params![q, rowid], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(sql)?;
    Ok(Some((page, snippet)))
}

/// The first page of document `num` matching `q` when more than half its pages with text match: then
/// every word is on more than half the pages, where its BM25 weight within the document is
/// nil (the idf FTS5 clamps), so counting its occurrences on every page (20 ms for "de" over
/// 20 documents) would rank the pages by noise. `None` otherwise, or when no page matches.
fn first_page_when_common(conn: &Connection, q: &str, num: i64) -> Result<Option<i64>> {
    let range = (num * PAGE_SLOTS, (num + 1) * PAGE_SLOTS);
    // The document's indexed pages (those with text), from FTS5's table of row sizes.
    let pages: i64 = conn
        .prepare_cached("SELECT count(*) FROM page_fts_docsize WHERE id >= ?1 AND id < ?2")
        .map_err(sql)?
        .query_row(params![range.0, range.1], |r| r.get(0))
        .map_err(sql)?;
    let mut stmt = conn
        .prepare_cached("SELECT rowid FROM page_fts WHERE page_fts MATCH ?1 AND rowid >= ?2 AND rowid < ?3 LIMIT ?4")
        .map_err(sql)?;
    let half = pages.min(MAX_PAGES_SCORED) / 2;
    let rowids: Vec<i64> = stmt
        .query_map(params![q, range.0, range.1, half + 1], |r| r.get(0))
        .map_err(sql)?
        .collect::<std::result::Result<_, _>>()
        .map_err(sql)?;
    Ok(if pages > 0 && rowids.len() as i64 > half { rowids.first().copied() } else { None })
}

/// The words of a typed query as the index sees them: lower case, accents removed.
pub fn query_words(typed: &str) -> Vec<String> {
    let mut words: Vec<String> =
        typed.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(fold).collect();
    words.dedup();
    words
}

/// A word folded as the index's tokenizer does (`unicode61 remove_diacritics 2`): lower
/// case, diacritics removed, `ñ` → `n`.
fn fold(w: &str) -> String {
    if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        crate::detect::legal::canonical::fold(w)
    }
}

/// How many times each of `words` occurs in `text`, and how many words `text` has.
fn word_counts(text: &str, words: &[String]) -> (Vec<usize>, usize) {
    let mut counts = vec![0; words.len()];
    let mut len = 0;
    // Folding keeps the number of characters: a token of another length is no query word,
    // and is not folded (most tokens of a page).
    let lengths: Vec<usize> = words.iter().map(|w| w.chars().count()).collect();
    for token in text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()) {
        len += 1;
        let hit = if token.is_ascii() {
            words.iter().position(|w| w.eq_ignore_ascii_case(token))
        } else if lengths.contains(&token.chars().count()) {
            let f = fold(token);
            words.iter().position(|w| *w == f)
        } else {
            None
        };
        if let Some(i) = hit {
            counts[i] += 1;
        }
    }
    (counts, len)
}

/// BM25 of a page without the words' weights: Σ tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)).
fn page_score(counts: &[usize], len: usize, avg: f64) -> f64 {
    let norm = BM25_K1 * (1.0 - BM25_B + BM25_B * len as f64 / avg.max(1.0));
    counts.iter().map(|&tf| tf as f64 * (BM25_K1 + 1.0) / (tf as f64 + norm)).sum()
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

    /// A catalogue of three documents that all match "cooperación", of other types and years.
    fn three_documents(dir: &std::path::Path) -> Connection {
        let docs = [
            ("a.txt", "tesis", 2012, "La cooperación técnica internacional en regiones."),
            ("b.txt", "plan", 2016, "Plan de cooperación y cooperación técnica sectorial."),
            ("c.txt", "tesis", 2019, "Otra tesis: cooperación descentralizada, cooperación técnica."),
        ];
        let records = docs.iter().map(|(path, kind, year, text)| {
            let mut rec = crate::pipeline::process(path, format!("Título\n\n{text}\n").as_bytes(), &Default::default());
            rec.metadata.doc_type = Some(kind.to_string());
            rec.metadata.year = Some(*year);
            rec
        });
        assert_eq!(super::super::insert_records(dir, records).unwrap(), 3);
        super::super::open_existing(dir).unwrap()
    }

    #[test]
    fn a_long_one_page_text_is_indexed_in_pieces_and_found_on_its_page() {
        // Text input without form feeds is one page; its rows are pieces of that page.
        let para = "La gestión del agua en las cuencas altas del país requiere planes concertados.\n\n";
        let text = format!("{}Al final aparece la palabra quebradiza.\n", para.repeat(4000));
        let rec = crate::pipeline::process("largo.txt", text.as_bytes(), &Default::default());
        assert_eq!(rec.pages.len(), 1);
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(super::super::insert_records(dir.path(), [rec]).unwrap(), 1);
        let conn = super::super::open_existing(dir.path()).unwrap();
        let (rows, longest, pages): (i64, i64, i64) = conn
            .query_row("SELECT count(*), max(length(text)), count(DISTINCT page) FROM page_fts", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert!(rows > 1, "{rows} row(s)");
        assert!(longest as usize <= super::super::pieces::PIECE_BYTES, "{longest}");
        assert_eq!(pages, 1);
        let hits = search(&conn, "quebradiza", &Filters { limit: 5, ..Default::default() }).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].page, Some(1));
        assert!(hits[0].snippet.contains("«quebradiza»"), "{}", hits[0].snippet);
    }

    #[test]
    fn filters_keep_only_the_documents_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        let conn = three_documents(dir.path());
        let paths = |f: Filters| {
            let mut p: Vec<String> =
                search(&conn, "cooperacion tecnica", &f).unwrap().into_iter().map(|h| h.path).collect();
            p.sort();
            p
        };
        let all = Filters { limit: 20, ..Default::default() };
        assert_eq!(paths(all.clone()), ["a.txt", "b.txt", "c.txt"]);
        assert_eq!(paths(Filters { doc_type: Some("tesis".into()), ..all.clone() }), ["a.txt", "c.txt"]);
        assert_eq!(paths(Filters { years: Some((2015, 2020)), ..all.clone() }), ["b.txt", "c.txt"]);
        assert_eq!(
            paths(Filters { doc_type: Some("tesis".into()), years: Some((2015, 2020)), ..all.clone() }),
            ["c.txt"]
        );
        assert!(paths(Filters { doc_type: Some("libro".into()), ..all.clone() }).is_empty());
        // Each hit has its page and a snippet with the words marked; the best first.
        let hits = search(&conn, "cooperacion", &all).unwrap();
        assert!(hits.iter().all(|h| h.page == Some(1) && h.snippet.contains("«cooperación»")), "{hits:?}");
        assert!(hits.windows(2).all(|w| w[0].score <= w[1].score), "{hits:?}");
        assert_eq!(search(&conn, "cooperacion", &Filters { limit: 2, ..all }).unwrap().len(), 2);
    }

    /// Seven documents: "de" in six, "cooperación" in three (one of them without "de").
    fn common_and_rare(dir: &std::path::Path) -> Connection {
        let texts = [
            "de de de la casa y el campo",
            "la cooperación de la región",
            "cooperación cooperación cooperación técnica de la región",
            "el plan de la casa",
            "cooperación sin la preposición",
            "la casa de campo",
            "otro texto de prueba",
        ];
        let records = texts.iter().enumerate().map(|(i, text)| {
            crate::pipeline::process(&format!("{i}.txt"), format!("{text}\n").as_bytes(), &Default::default())
        });
        assert_eq!(super::super::insert_records(dir, records).unwrap(), 7);
        super::super::open_existing(dir).unwrap()
    }

    #[test]
    fn common_words_only_filter_and_rank_as_bm25_of_all_words() {
        let dir = tempfile::tempdir().unwrap();
        let conn = common_and_rare(dir.path());
        assert_eq!(common_words(&conn, &query_words("cooperación de")).unwrap(), [false, true]);
        let all = Filters { limit: 20, ..Default::default() };
        // Ranked by "cooperación" alone, kept only with "de": the order bm25 of both words gives.
        let hits = search(&conn, "cooperación de", &all).unwrap();
        let paths: Vec<&str> = hits.iter().map(|h| h.path.as_str()).collect();
        let mut stmt = conn
            .prepare(
                "SELECT d.path FROM text_fts f JOIN documents d ON d.num = f.rowid
                 WHERE text_fts MATCH '\"cooperacion\" \"de\"' ORDER BY bm25(text_fts)",
            )
            .unwrap();
        let expected: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect();
        assert_eq!(paths, expected);
        assert_eq!(paths, ["2.txt", "1.txt"]);
        // Every word common: every document holding it, in path order.
        let hits = search(&conn, "de", &all).unwrap();
        let paths: Vec<&str> = hits.iter().map(|h| h.path.as_str()).collect();
        assert_eq!(paths, ["0.txt", "1.txt", "2.txt", "3.txt", "5.txt", "6.txt"]);
        assert!(hits.iter().all(|h| h.score == 0.0 && h.snippet.contains("«de»")), "{hits:?}");
        assert_eq!(search(&conn, "de", &Filters { limit: 2, ..all }).unwrap().len(), 2);
    }

    #[test]
    fn a_word_on_most_pages_points_to_the_first_one_a_rarer_word_to_its_best_page() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Uno de la casa.\n\x0cDos de la casa.\n\x0cTres de de de casa, región.\n\x0cCuatro región región.\n";
        let rec = crate::pipeline::process("p.txt", text.as_bytes(), &Default::default());
        assert_eq!(rec.pages.len(), 4);
        super::super::insert_records(dir.path(), [rec]).unwrap();
        let conn = super::super::open_existing(dir.path()).unwrap();
        let all = Filters { limit: 20, ..Default::default() };
        // "de" is on three pages of four: the first of them, not the one with most "de".
        assert_eq!(search(&conn, "de", &all).unwrap()[0].page, Some(1));
        // "región" on two of four is still ranked by occurrences; "de región" is on one page.
        assert_eq!(search(&conn, "region", &all).unwrap()[0].page, Some(4));
        assert_eq!(search(&conn, "de region", &all).unwrap()[0].page, Some(3));
    }

    #[test]
    fn pages_score_by_their_words_and_length() {
        let words = query_words("Cooperación TÉCNICA");
        assert_eq!(words, ["cooperacion", "tecnica"]);
        let (counts, len) = word_counts("La cooperación técnica; COOPERACION y más cooperación.", &words);
        assert_eq!((counts, len), (vec![3, 1], 7));
        // More occurrences score higher; the same occurrences on a longer page score lower.
        assert!(page_score(&[3, 1], 100, 100.0) > page_score(&[1, 1], 100, 100.0));
        assert!(page_score(&[1, 1], 100, 100.0) > page_score(&[1, 1], 400, 100.0));
        assert_eq!(page_score(&[0, 0], 10, 100.0), 0.0);
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
