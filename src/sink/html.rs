//! HTML pages of a collection: `legajo show --html` and the `html/` folder of
//! `ingest --html`.
//!
//! In: records (and, for the folder, the ids of the collection in the order of their first
//! path). Out: one static page per record — metadata, then each page's text with its
//! headings, paragraphs and lists, tables as HTML tables, footnotes with their numbers, every
//! legal reference as `<mark class="ref" data-id="pe:ley:27444" title="pe:ley:27444">` (short
//! forms as `<mark class="ref short">` with the id they refer back to) — and `index.html`, a
//! table of every document. Plain files: the style is inside each page, there is no script
//! and nothing is fetched; every text from a record is HTML-escaped.
//!
//! The folder is kept in step like the other collection files ([`update`]): the hidden
//! `html/.html.idx` names, per page, the stamp its record file had when the page was made and
//! what the index page shows of it, so an update renders only new or changed records,
//! removes the pages of records no longer in the collection and rewrites `index.html` only
//! when something changed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{read_record, record_path, write_atomic};
use crate::catalogue::{locate_span, Span};
use crate::model::{Block, BlockKind, Level, Record, Table};

/// Folder of the pages inside an output folder.
pub const DIR: &str = "html";

/// File name of the index page.
pub const INDEX_PAGE: &str = "index.html";

/// File name of the hidden index that makes updates incremental.
const STATE: &str = ".html.idx";

/// First line of the hidden index: its format and the version that rendered the pages (a new
/// version renders every page again).
const MAGIC: &str = concat!("legajo-html 1 ", env!("CARGO_PKG_VERSION"));

/// The style of every page. The colour of `mark.ref` is what the browser test looks for.
const STYLE: &str = "
body{font-family:Georgia,'DejaVu Serif',serif;max-width:50em;margin:1.5em auto;padding:0 1em;line-height:1.5;color:#1a1a1a;background:#fff}
h1{font-size:1.6em;line-height:1.25;margin:.2em 0}
.subtitle{font-size:1.15em;color:#444;margin:0 0 .8em}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.15em 1em;font-size:.9em;background:#f4f4f4;padding:.6em .8em}
dl.meta dt{font-weight:bold;color:#555}
dl.meta dd{margin:0}
.warn{color:#8a3b00;font-size:.9em}
section.page{border-top:1px solid #ccc;margin-top:1.5em;padding-top:.3em}
.folio{font:.8em sans-serif;color:#888;text-align:right}
p.caption{font-style:italic;font-size:.92em}
mark.ref{background:#ffd60a;color:#000;padding:0 .1em}
mark.ref::after{content:' [' attr(data-id) ']';font:.72em monospace;color:#5a4a00}
mark.short{background:#fff0a8}
table{border-collapse:collapse;margin:.8em 0;font-size:.88em}
th,td{border:1px solid #999;padding:.2em .4em;vertical-align:top}
th{background:#e8e8e8}
table caption{caption-side:top;font-style:italic;text-align:left;padding-bottom:.3em}
.tnote{font-size:.85em;color:#444}
aside.footnotes{border-top:1px solid #ddd;margin-top:1em;font-size:.85em}
.fn-num{font-weight:bold;margin-right:.3em}
sup.fnref a{text-decoration:none}
table.docs td.n{text-align:right}
";

/// `s` escaped for HTML text and attribute values, appended to `out`.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than line breaks and tabs are not allowed in HTML.
            c if c.is_control() && !matches!(c, '\n' | '\t') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

/// `s` escaped for HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

fn head(out: &mut String, title: &str) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape_into(out, title);
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
}

/// A mention to mark in a block: character offsets, canonical id, and whether it is a short
/// form (its id is the norm it refers back to).
#[derive(Debug, Clone)]
struct Mark<'a> {
    start: usize,
    end: usize,
    id: &'a str,
    short: bool,
}

/// The mentions of `rec` by (page index, block index).
fn marks_by_block(rec: &Record) -> BTreeMap<(usize, usize), Vec<Mark<'_>>> {
    let mut map: BTreeMap<(usize, usize), Vec<Mark>> = BTreeMap::new();
    for r in &rec.legal_references {
        let span = Span { page: r.page, block: r.block, text: &r.text, start: r.start, end: r.end };
        if let Some(at) = locate_span(rec, span) {
            map.entry(at).or_default().push(Mark { start: r.start, end: r.end, id: &r.canonical, short: false });
        }
    }
    for s in &rec.short_forms {
        let Some(id) = s.antecedent.as_deref() else { continue };
        let span = Span { page: s.page, block: s.block, text: &s.text, start: s.start, end: s.end };
        if let Some(at) = locate_span(rec, span) {
            map.entry(at).or_default().push(Mark { start: s.start, end: s.end, id, short: true });
        }
    }
    for v in map.values_mut() {
        v.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    }
    map
}

/// `text` escaped, with `marks` (sorted by start) as `<mark>` elements; overlapping or
/// empty marks are left out.
fn marked_into(out: &mut String, text: &str, marks: &[Mark]) {
    if marks.is_empty() {
        escape_into(out, text);
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let piece = |out: &mut String, a: usize, b: usize| escape_into(out, &chars[a..b].iter().collect::<String>());
    let mut at = 0;
    for m in marks {
        let (start, end) = (m.start.min(chars.len()), m.end.min(chars.len()));
        if start < at || end <= start {
            continue;
        }
        piece(out, at, start);
        let class = if m.short { "ref short" } else { "ref" };
        let title = if m.short { format!("→ {}", m.id) } else { m.id.to_string() };
        let _ = write!(out, "<mark class=\"{class}\" data-id=\"{}\" title=\"{}\">", escape(m.id), escape(&title));
        piece(out, start, end);
        out.push_str("</mark>");
        at = end;
    }
    piece(out, at, chars.len());
}

/// The page of one record.
pub fn document_page(rec: &Record) -> String {
    let md = &rec.metadata;
    let title = md.title.clone().unwrap_or_else(|| rec.source.path.clone());
    let mut out = String::with_capacity(4096 + rec.pages.iter().map(|p| p.blocks.len() * 200).sum::<usize>());
    head(&mut out, &title);
    out.push_str("<header>\n<p class=\"folio\"><a href=\"index.html\">colección</a></p>\n<h1>");
    escape_into(&mut out, &title);
    out.push_str("</h1>\n");
    if let Some(sub) = &md.subtitle {
        out.push_str("<p class=\"subtitle\">");
        escape_into(&mut out, sub);
        out.push_str("</p>\n");
    }
    metadata_list(&mut out, rec);
    for d in rec.diagnostics.iter().filter(|d| d.level <= Level::Warning) {
        let page = d.page.map(|p| format!(" (página {p})")).unwrap_or_default();
        out.push_str("<p class=\"warn\">");
        escape_into(&mut out, &format!("{}{page}: {}", d.code, d.message));
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n<main>\n");
    let marks = marks_by_block(rec);
    for (pi, page) in rec.pages.iter().enumerate() {
        let _ = writeln!(out, "<section class=\"page\" id=\"p{}\">", page.number);
        let _ = writeln!(out, "<div class=\"folio\">página {}</div>", page.number);
        let mut in_list = false;
        let mut notes = Vec::new();
        let said = table_words(rec, page);
        for (bi, b) in page.blocks.iter().enumerate() {
            if b.kind.is_furniture() || b.text.is_empty() {
                continue;
            }
            // A caption or note the table shows already.
            if b.kind == BlockKind::Caption && said.contains(&squash(&b.text)) {
                continue;
            }
            if b.kind == BlockKind::Footnote {
                notes.push(bi);
                continue;
            }
            let list_item = b.kind == BlockKind::ListItem;
            if list_item != in_list {
                out.push_str(if list_item { "<ul>\n" } else { "</ul>\n" });
                in_list = list_item;
            }
            let m = marks.get(&(pi, bi)).map(Vec::as_slice).unwrap_or(&[]);
            block_into(&mut out, rec, pi, b, m);
        }
        if in_list {
            out.push_str("</ul>\n");
        }
        footnotes_into(&mut out, rec, pi, &notes, &marks);
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// `s` with its white space runs as one space.
pub(crate) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The captions and notes of the tables of `page` (white space squashed): the table shows
/// them, so the caption blocks with the same text are not repeated (here and in
/// `legajo show`).
pub(crate) fn table_words(rec: &Record, page: &crate::model::Page) -> BTreeSet<String> {
    page.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Table)
        .filter_map(|b| rec.tables.get(b.table?))
        .flat_map(|t| t.caption.iter().chain(&t.notes))
        .map(|s| squash(s))
        .collect()
}

fn metadata_list(out: &mut String, rec: &Record) {
    let md = &rec.metadata;
    let mut rows: Vec<(&str, String)> = Vec::new();
    if !md.authors.is_empty() {
        rows.push(("Autores", md.authors.join("; ")));
    }
    for (name, v) in [
        ("Asesor", &md.advisor),
        ("Grado", &md.degree),
        ("Institución", &md.institution),
        ("Lugar", &md.place),
        ("Tipo", &md.doc_type),
        ("Idioma", &md.language),
    ] {
        if let Some(v) = v {
            rows.push((name, v.clone()));
        }
    }
    if let Some(y) = md.year {
        rows.push(("Año", y.to_string()));
    }
    rows.push(("Páginas", md.pages.to_string()));
    rows.push(("Estado", format!("{:?}", rec.status).to_lowercase()));
    if !md.keywords.is_empty() {
        rows.push(("Palabras clave", md.keywords.join("; ")));
    }
    let norms: BTreeSet<&str> = rec.legal_references.iter().map(|r| r.canonical.as_str()).collect();
    if !norms.is_empty() {
        rows.push(("Normas citadas", norms.into_iter().collect::<Vec<_>>().join(", ")));
    }
    rows.push(("Id", rec.id.clone()));
    let paths = if rec.source.paths.is_empty() { vec![rec.source.path.clone()] } else { rec.source.paths.clone() };
    for p in paths {
        rows.push(("Archivo", p));
    }
    out.push_str("<dl class=\"meta\">\n");
    for (k, v) in rows {
        let _ = write!(out, "<dt>{k}</dt><dd>");
        escape_into(out, &v);
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n");
    if let Some(a) = &md.abstract_text {
        out.push_str("<p class=\"abstract\"><strong>Resumen.</strong> ");
        escape_into(out, a);
        out.push_str("</p>\n");
    }
}

/// One body block of page index `pi`.
fn block_into(out: &mut String, rec: &Record, pi: usize, b: &Block, marks: &[Mark]) {
    if b.kind == BlockKind::Table {
        if let Some(t) = b.table.and_then(|t| rec.tables.get(t)) {
            table_into(out, t);
            return;
        }
    }
    let (open, close) = match b.kind {
        BlockKind::Heading => {
            let h = (b.level.unwrap_or(1) as usize + 1).clamp(2, 6);
            (format!("<h{h}>"), format!("</h{h}>"))
        }
        BlockKind::ListItem => ("<li>".to_string(), "</li>".to_string()),
        BlockKind::Caption => ("<p class=\"caption\">".to_string(), "</p>".to_string()),
        _ => ("<p>".to_string(), "</p>".to_string()),
    };
    out.push_str(&open);
    marked_into(out, &b.text, marks);
    for n in &b.footnote_refs {
        match footnote_anchor(rec, pi, *n) {
            Some(a) => {
                let _ = write!(out, "<sup class=\"fnref\"><a href=\"#{a}\">{n}</a></sup>");
            }
            None => {
                let _ = write!(out, "<sup class=\"fnref\">{n}</sup>");
            }
        }
    }
    out.push_str(&close);
    out.push('\n');
}

/// The anchor of footnote `n` referenced from page index `pi`: the note printed on that page,
/// else on the next one (a paragraph continued over the page break).
fn footnote_anchor(rec: &Record, pi: usize, n: u32) -> Option<String> {
    let here = rec.pages.get(pi)?.number;
    let next = rec.pages.get(pi + 1).map(|p| p.number);
    rec.footnotes
        .iter()
        .find(|f| f.number == n && (f.page == here || Some(f.page) == next))
        .map(|f| format!("fn{}-{}", f.page, f.number))
}

/// The footnote blocks `notes` of page index `pi`, each with its number when the record's
/// footnotes list it (a note continued from the previous page has none).
fn footnotes_into(
    out: &mut String,
    rec: &Record,
    pi: usize,
    notes: &[usize],
    marks: &BTreeMap<(usize, usize), Vec<Mark>>,
) {
    if notes.is_empty() {
        return;
    }
    let page = &rec.pages[pi];
    let mut unused: Vec<_> = rec.footnotes.iter().filter(|f| f.page == page.number).collect();
    out.push_str("<aside class=\"footnotes\">\n");
    for &bi in notes {
        let b = &page.blocks[bi];
        let text = squash(&b.text);
        let found = unused.iter().position(|f| {
            let ft = squash(&f.text);
            !text.is_empty() && (ft.starts_with(&text) || text.starts_with(&ft))
        });
        match found.map(|i| unused.remove(i)) {
            Some(f) => {
                let _ = write!(
                    out,
                    "<p class=\"fn\" id=\"fn{}-{}\"><span class=\"fn-num\">{}</span>",
                    f.page, f.number, f.number
                );
            }
            None => out.push_str("<p class=\"fn\">"),
        }
        marked_into(out, &b.text, marks.get(&(pi, bi)).map(Vec::as_slice).unwrap_or(&[]));
        out.push_str("</p>\n");
    }
    out.push_str("</aside>\n");
}

/// A table as an HTML table: caption, header rows as `<th>`, merged cells spanning.
fn table_into(out: &mut String, t: &Table) {
    let ncols = t.rows.iter().map(Vec::len).max().unwrap_or(0);
    let nrows = t.rows.len();
    // Cells covered by a merged cell (not its top-left one) are not written; the top-left
    // one gets the spans, clipped to the grid.
    let mut covered = vec![vec![false; ncols]; nrows];
    let mut spans: BTreeMap<(usize, usize), (usize, usize)> = BTreeMap::new();
    for m in &t.merged_cells {
        if m.row >= nrows || m.col >= ncols {
            continue;
        }
        let rs = m.rowspan.clamp(1, nrows - m.row);
        let cs = m.colspan.clamp(1, ncols - m.col);
        if covered[m.row][m.col] {
            continue;
        }
        spans.insert((m.row, m.col), (rs, cs));
        for (r, row) in covered.iter_mut().enumerate().skip(m.row).take(rs) {
            for (c, cell) in row.iter_mut().enumerate().skip(m.col).take(cs) {
                *cell = (r, c) != (m.row, m.col);
            }
        }
    }
    let _ = write!(out, "<table id=\"{}\">", escape(&t.id));
    if let Some(c) = &t.caption {
        out.push_str("<caption>");
        escape_into(out, c);
        out.push_str("</caption>");
    }
    out.push('\n');
    let header = t.header_rows.min(nrows);
    for (ri, row) in t.rows.iter().enumerate() {
        if ri == 0 && header > 0 {
            out.push_str("<thead>\n");
        }
        if ri == header {
            out.push_str("<tbody>\n");
        }
        out.push_str("<tr>");
        let tag = if ri < header { "th" } else { "td" };
        for (c, _) in covered[ri].iter().enumerate().filter(|(_, &hidden)| !hidden) {
            let _ = write!(out, "<{tag}");
            if let Some(&(rs, cs)) = spans.get(&(ri, c)) {
                if rs > 1 {
                    let _ = write!(out, " rowspan=\"{rs}\"");
                }
                if cs > 1 {
                    let _ = write!(out, " colspan=\"{cs}\"");
                }
            }
            out.push('>');
            escape_into(out, row.get(c).map(String::as_str).unwrap_or(""));
            let _ = write!(out, "</{tag}>");
        }
        out.push_str("</tr>\n");
        if ri + 1 == header {
            out.push_str("</thead>\n");
        }
    }
    if nrows > header {
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n");
    for n in &t.notes {
        out.push_str("<p class=\"tnote\">");
        escape_into(out, n);
        out.push_str("</p>\n");
    }
}

/// What the index page shows of one document, kept in the hidden index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Entry {
    id: String,
    /// Stamp of the record file the page was made from.
    stamp: String,
    title: Option<String>,
    paths: Vec<String>,
    doc_type: Option<String>,
    year: Option<u16>,
    pages: u32,
    status: String,
    refs: usize,
    tables: usize,
}

impl Entry {
    fn of(rec: &Record, stamp: String) -> Entry {
        let paths = if rec.source.paths.is_empty() { vec![rec.source.path.clone()] } else { rec.source.paths.clone() };
        Entry {
            id: rec.id.clone(),
            stamp,
            title: rec.metadata.title.clone(),
            paths,
            doc_type: rec.metadata.doc_type.clone(),
            year: rec.metadata.year,
            pages: rec.metadata.pages,
            status: format!("{:?}", rec.status).to_lowercase(),
            refs: rec.legal_references.len(),
            tables: rec.tables.len(),
        }
    }
}

/// The index page of the collection: one row per document, linking to its page.
fn index_page(entries: &[Entry]) -> String {
    let mut out = String::with_capacity(1024 + entries.len() * 400);
    head(&mut out, "Colección");
    let pages: u64 = entries.iter().map(|e| u64::from(e.pages)).sum();
    let _ = writeln!(out, "<h1>Colección</h1>\n<p>{} documentos, {pages} páginas.</p>", entries.len());
    out.push_str("<table class=\"docs\">\n<thead><tr><th>Título</th><th>Tipo</th><th>Año</th><th>Páginas</th>");
    out.push_str("<th>Referencias</th><th>Tablas</th><th>Estado</th><th>Archivo</th></tr></thead>\n<tbody>\n");
    for e in entries {
        let _ = write!(out, "<tr><td><a href=\"{}.html\">", escape(&e.id));
        escape_into(&mut out, e.title.as_deref().or(e.paths.first().map(String::as_str)).unwrap_or(&e.id));
        out.push_str("</a></td><td>");
        escape_into(&mut out, e.doc_type.as_deref().unwrap_or(""));
        out.push_str("</td><td class=\"n\">");
        out.push_str(&e.year.map(|y| y.to_string()).unwrap_or_default());
        let _ = write!(out, "</td><td class=\"n\">{}</td><td class=\"n\">{}</td>", e.pages, e.refs);
        let _ = write!(out, "<td class=\"n\">{}</td><td>", e.tables);
        escape_into(&mut out, &e.status);
        out.push_str("</td><td>");
        escape_into(&mut out, &e.paths.join("\n"));
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    out
}

/// What an update did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HtmlUpdate {
    /// Pages rendered (new or changed records).
    pub written: usize,
    /// Pages kept as they were.
    pub kept: usize,
    /// Pages removed (their records left the collection).
    pub removed: usize,
}

/// Path of the page of record `id`.
pub fn page_path(out: &Path, id: &str) -> PathBuf {
    out.join(DIR).join(format!("{id}.html"))
}

/// Brings `out/html` in step with the records `ids` (in that order): pages of new or changed
/// records rendered, pages of records no longer in `ids` removed, `index.html` rewritten when
/// anything changed.
pub fn update(out: &Path, ids: &[String]) -> io::Result<HtmlUpdate> {
    let dir = out.join(DIR);
    fs::create_dir_all(&dir)?;
    let old = read_state(&dir);
    let mut counts = HtmlUpdate::default();
    let mut entries = Vec::with_capacity(ids.len());
    for id in ids {
        let stamp = super::corpus::file_stamp(&record_path(out, id));
        if let Some(e) = old.get(id).filter(|e| e.stamp == stamp && page_path(out, id).is_file()) {
            entries.push(e.clone());
            counts.kept += 1;
            continue;
        }
        let Some(rec) = read_record(out, id) else { continue };
        write_atomic(&page_path(out, id), document_page(&rec).as_bytes())?;
        entries.push(Entry::of(&rec, stamp));
        counts.written += 1;
    }
    let wanted: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    for e in fs::read_dir(&dir)?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(id) = name.strip_suffix(".html") else { continue };
        let is_page = id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit());
        if is_page && !wanted.contains(id) {
            match fs::remove_file(e.path()) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => counts.removed += 1,
            }
        }
    }
    let same_list = old.len() == entries.len() && entries.iter().all(|e| old.get(&e.id) == Some(e));
    let index = dir.join(INDEX_PAGE);
    if counts.written == 0 && counts.removed == 0 && same_list && index.is_file() && old.order == *ids {
        return Ok(counts);
    }
    write_atomic(&index, index_page(&entries).as_bytes())?;
    write_state(&dir, &entries)?;
    Ok(counts)
}

/// The hidden index as read: entries by id, and the ids in order.
#[derive(Debug, Default)]
struct State {
    entries: BTreeMap<String, Entry>,
    order: Vec<String>,
}

impl State {
    fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }

    fn len(&self) -> usize {
        self.entries.len()
    }
}

/// Reads `html/.html.idx`; empty when missing, unreadable or of another format or version.
fn read_state(dir: &Path) -> State {
    let Ok(text) = fs::read_to_string(dir.join(STATE)) else { return State::default() };
    let mut lines = text.lines();
    if lines.next() != Some(MAGIC) {
        return State::default();
    }
    let mut state = State::default();
    for l in lines {
        let Ok(e) = serde_json::from_str::<Entry>(l) else { return State::default() };
        state.order.push(e.id.clone());
        state.entries.insert(e.id.clone(), e);
    }
    state
}

fn write_state(dir: &Path, entries: &[Entry]) -> io::Result<()> {
    let mut s = String::with_capacity(64 + entries.len() * 300);
    s.push_str(MAGIC);
    s.push('\n');
    for e in entries {
        s.push_str(&serde_json::to_string(e).map_err(io::Error::other)?);
        s.push('\n');
    }
    write_atomic(&dir.join(STATE), s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MergedCell;

    fn record(text: &str) -> Record {
        crate::pipeline::process("doc.txt", text.as_bytes(), &crate::config::Config::default())
    }

    #[test]
    fn everything_from_a_record_is_escaped() {
        let mut rec = record("Informe\n\nSegún la Ley N° 27444 <b>no</b> & \"así\".\n");
        rec.metadata.title = Some("<script>alert(\"x\")</script> & 'y'".into());
        rec.source.paths = vec!["a\"><script>b</script>.txt".into()];
        let html = document_page(&rec);
        assert!(!html.to_lowercase().contains("<script"), "{html}");
        assert!(!html.contains("<b>no"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"), "{html}");
        assert!(html.contains("a&quot;&gt;&lt;script&gt;b&lt;/script&gt;.txt"), "{html}");
    }

    #[test]
    fn references_are_marked_with_their_canonical_id() {
        let rec = record("Informe\n\nSe aplica la Ley N° 27444 y la citada Ley rige <todo>.\n");
        let html = document_page(&rec);
        let full = "<mark class=\"ref\" data-id=\"pe:ley:27444\" title=\"pe:ley:27444\">Ley N° 27444</mark>";
        assert!(html.contains(full), "{html}");
        assert!(html.contains("rige &lt;todo&gt;."), "{html}");
        if !rec.short_forms.is_empty() {
            assert!(html.contains("<mark class=\"ref short\" data-id=\"pe:ley:27444\""), "{html}");
        }
    }

    #[test]
    fn marks_that_overlap_or_run_past_the_text_are_safe() {
        let marks = [
            Mark { start: 0, end: 3, id: "a", short: false },
            Mark { start: 2, end: 5, id: "b", short: false },
            Mark { start: 5, end: 99, id: "c", short: false },
            Mark { start: 120, end: 130, id: "d", short: false },
        ];
        let mut out = String::new();
        marked_into(&mut out, "ab<d ef", &marks);
        assert_eq!(
            out,
            "<mark class=\"ref\" data-id=\"a\" title=\"a\">ab&lt;</mark>d <mark class=\"ref\" data-id=\"c\" title=\"c\">ef</mark>"
        );
    }

    #[test]
    fn tables_have_header_cells_and_spans() {
        let t = Table {
            id: "t1".into(),
            page: 1,
            pages: [1, 1],
            bbox: None,
            caption: Some("Cuadro 1 <x>".into()),
            notes: vec!["Fuente: INEI".into()],
            header_rows: 1,
            rows: vec![
                vec!["Región".into(), "Monto".into(), "".into()],
                vec!["Lima".into(), "1".into(), "2".into()],
                vec!["".into(), "3".into(), "4".into()],
            ],
            merged_cells: vec![
                MergedCell { row: 0, col: 1, rowspan: 1, colspan: 2 },
                MergedCell { row: 1, col: 0, rowspan: 9, colspan: 1 },
            ],
            method: "lattice".into(),
        };
        let mut out = String::new();
        table_into(&mut out, &t);
        assert!(out.contains("<caption>Cuadro 1 &lt;x&gt;</caption>"), "{out}");
        assert!(out.contains("<thead>\n<tr><th>Región</th><th colspan=\"2\">Monto</th></tr>\n</thead>"), "{out}");
        assert!(out.contains("<tr><td rowspan=\"2\">Lima</td><td>1</td><td>2</td></tr>"), "{out}");
        assert!(out.contains("<tr><td>3</td><td>4</td></tr>"), "{out}");
        assert!(out.contains("<p class=\"tnote\">Fuente: INEI</p>"), "{out}");
    }

    #[test]
    fn footnotes_keep_their_numbers_and_are_linked() {
        let mut rec = record("Informe\n\nTexto con nota.\n");
        let body = rec.pages[0].blocks.iter().position(|b| b.kind == BlockKind::Paragraph).unwrap();
        rec.pages[0].blocks[body].footnote_refs = vec![7];
        rec.pages[0].blocks.push(Block::new(BlockKind::Footnote, "Véase el anexo <A>."));
        rec.footnotes =
            vec![crate::model::Footnote { number: 7, text: "Véase el anexo <A>.".into(), page: rec.pages[0].number }];
        let html = document_page(&rec);
        let n = rec.pages[0].number;
        assert!(html.contains(&format!("<sup class=\"fnref\"><a href=\"#fn{n}-7\">7</a></sup>")), "{html}");
        assert!(
            html.contains(&format!(
                "<p class=\"fn\" id=\"fn{n}-7\"><span class=\"fn-num\">7</span>Véase el anexo &lt;A&gt;.</p>"
            )),
            "{html}"
        );
    }

    #[test]
    fn the_folder_follows_the_collection() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let a = record("Uno\n\nLey N° 27444.\n");
        let mut b = record("Dos\n\nLey N° 30057.\n");
        b.id = "b".repeat(64);
        for r in [&a, &b] {
            super::super::write_record(out, r).unwrap();
        }
        let ids = vec![a.id.clone(), b.id.clone()];
        let first = update(out, &ids).unwrap();
        assert_eq!((first.written, first.kept, first.removed), (2, 0, 0));
        let index = fs::read_to_string(out.join(DIR).join(INDEX_PAGE)).unwrap();
        assert!(index.contains(&format!("href=\"{}.html\"", b.id)), "{index}");
        let again = update(out, &ids).unwrap();
        assert_eq!((again.written, again.kept, again.removed), (0, 2, 0));
        // b leaves the collection: its page goes and the index no longer names it.
        let gone = update(out, &ids[..1]).unwrap();
        assert_eq!((gone.written, gone.kept, gone.removed), (0, 1, 1));
        assert!(!page_path(out, &b.id).exists());
        let index = fs::read_to_string(out.join(DIR).join(INDEX_PAGE)).unwrap();
        assert!(!index.contains(&b.id) && index.contains(&a.id), "{index}");
        // A lost page is made again.
        fs::remove_file(page_path(out, &a.id)).unwrap();
        assert_eq!(update(out, &ids[..1]).unwrap().written, 1);
    }
}
