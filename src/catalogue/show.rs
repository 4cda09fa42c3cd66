//! A record as a person reads it: `legajo show ID|PATH`.
//!
//! In: a [`Record`]. Out: plain text — the metadata, then each page with its headings
//! (`#`), paragraphs, footnotes (`[n]`), tables as aligned grids, and every legal reference
//! marked `⟦mention → canonical id⟧`. Running heads, folios and other furniture are left out,
//! and so are caption blocks repeating the caption or a note a table's grid shows.

use std::path::Path;

use crate::model::{BlockKind, Level, Record, Table};
use crate::sink;

/// Widest column of a table grid, in characters (longer cells are cut with `…`).
const MAX_CELL: usize = 40;

/// Finds the record `what` names in `out`: its id, or a path it was found at (exactly, or
/// the only path ending with `what`).
pub fn find(out: &Path, what: &str) -> Result<Record, String> {
    let w = what.trim().to_ascii_lowercase();
    if w.len() == 64 && w.bytes().all(|b| b.is_ascii_hexdigit()) {
        return sink::read_record(out, &w).ok_or_else(|| format!("no record {w} in {}", out.display()));
    }
    let manifest = sink::read_manifest(out)
        .ok_or_else(|| format!("no run.json in {} (run `legajo ingest` first)", out.display()))?;
    let wanted = what.replace('\\', "/");
    let exact: Vec<&str> = manifest.documents.iter().filter(|e| e.path == wanted).map(|e| e.id.as_str()).collect();
    let ids: Vec<&str> = if exact.is_empty() {
        let mut ends: Vec<&str> =
            manifest.documents.iter().filter(|e| e.path.ends_with(&wanted)).map(|e| e.id.as_str()).collect();
        ends.dedup();
        ends
    } else {
        exact
    };
    match ids.as_slice() {
        [id] => sink::read_record(out, id).ok_or_else(|| format!("the record of {what} cannot be read")),
        [] => Err(format!("no document at {what} in {}", out.display())),
        _ => Err(format!("{what} names {} documents; give more of the path or the id", ids.len())),
    }
}

/// The record as readable text.
pub fn render(rec: &Record) -> String {
    let md = &rec.metadata;
    let mut s = String::new();
    s.push_str(md.title.as_deref().unwrap_or("(untitled)"));
    s.push('\n');
    if let Some(sub) = &md.subtitle {
        s.push_str(sub);
        s.push('\n');
    }
    let mut facts = Vec::new();
    if !md.authors.is_empty() {
        facts.push(md.authors.join("; "));
    }
    facts.extend(md.doc_type.clone());
    facts.extend(md.institution.clone());
    facts.extend(md.year.map(|y| y.to_string()));
    facts.push(format!("{} pages", md.pages));
    facts.push(format!("{:?}", rec.status).to_lowercase());
    s.push_str(&facts.join(" · "));
    s.push('\n');
    let paths = if rec.source.paths.is_empty() { vec![rec.source.path.clone()] } else { rec.source.paths.clone() };
    s.push_str(&format!("id {}\n", rec.id));
    for p in &paths {
        s.push_str(&format!("at {p}\n"));
    }
    for d in rec.diagnostics.iter().filter(|d| d.level <= Level::Warning) {
        let page = d.page.map(|p| format!(" (page {p})")).unwrap_or_default();
        s.push_str(&format!("{:?}: {}{page}: {}\n", d.level, d.code, d.message).to_lowercase_first());
    }
    for (pi, page) in rec.pages.iter().enumerate() {
        s.push_str(&format!("\n──── page {} ────\n", page.number));
        let said = sink::html::table_words(rec, page);
        for (bi, b) in page.blocks.iter().enumerate() {
            if b.kind.is_furniture() || b.text.is_empty() {
                continue;
            }
            // A caption or note the table's grid shows already.
            if b.kind == BlockKind::Caption && said.contains(&sink::html::squash(&b.text)) {
                continue;
            }
            if b.kind == BlockKind::Table {
                if let Some(t) = b.table.and_then(|t| rec.tables.get(t)) {
                    s.push_str(&grid(t));
                    continue;
                }
            }
            let text = marked(rec, pi, bi, &b.text);
            match b.kind {
                BlockKind::Heading => {
                    s.push_str(&"#".repeat(b.level.unwrap_or(1).clamp(1, 6) as usize));
                    s.push(' ');
                }
                BlockKind::ListItem => s.push_str("  • "),
                BlockKind::Caption => s.push_str("  "),
                _ => {}
            }
            s.push_str(&text);
            s.push_str("\n\n");
        }
    }
    s
}

/// `text` with the legal references of block `block` of page index `page` marked.
fn marked(rec: &Record, page: usize, block: usize, text: &str) -> String {
    let mut refs: Vec<_> =
        rec.legal_references.iter().filter(|r| super::locate(rec, r) == Some((page, block))).collect();
    refs.sort_by_key(|r| (r.start, r.end));
    if refs.is_empty() {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut s = String::new();
    let mut at = 0;
    for r in refs {
        let (start, end) = (r.start.min(chars.len()), r.end.min(chars.len()));
        if start < at || end <= start {
            continue; // overlapping or empty: left unmarked
        }
        s.extend(&chars[at..start]);
        s.push('⟦');
        s.extend(&chars[start..end]);
        s.push_str(&format!(" → {}⟧", r.canonical));
        at = end;
    }
    s.extend(&chars[at..]);
    s
}

/// A table as an aligned grid, its caption above.
pub fn grid(t: &Table) -> String {
    let mut s = String::new();
    if let Some(c) = &t.caption {
        s.push_str(&format!("[{}] {c}\n", t.id));
    }
    let ncols = t.rows.iter().map(Vec::len).max().unwrap_or(0);
    let cell = |c: &str| -> String {
        let one: String = c.split_whitespace().collect::<Vec<_>>().join(" ");
        if one.chars().count() > MAX_CELL {
            one.chars().take(MAX_CELL - 1).chain(std::iter::once('…')).collect()
        } else {
            one
        }
    };
    let rows: Vec<Vec<String>> = t.rows.iter().map(|r| r.iter().map(|c| cell(c)).collect()).collect();
    let widths: Vec<usize> = (0..ncols)
        .map(|i| rows.iter().filter_map(|r| r.get(i)).map(|c| c.chars().count()).max().unwrap_or(0))
        .collect();
    for (ri, r) in rows.iter().enumerate() {
        let line: Vec<String> = (0..ncols)
            .map(|i| {
                let c = r.get(i).map(String::as_str).unwrap_or("");
                format!("{c}{}", " ".repeat(widths[i] - c.chars().count()))
            })
            .collect();
        s.push_str(&format!("| {} |\n", line.join(" | ")));
        if ri + 1 == t.header_rows {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            s.push_str(&format!("|-{}-|\n", rule.join("-|-")));
        }
    }
    for n in &t.notes {
        s.push_str(&format!("  {n}\n"));
    }
    s.push('\n');
    s
}

trait LowerFirst {
    fn to_lowercase_first(self) -> String;
}

impl LowerFirst for String {
    fn to_lowercase_first(self) -> String {
        let mut c = self.chars();
        match c.next() {
            Some(f) => f.to_lowercase().chain(c).collect(),
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    #[test]
    fn a_tables_caption_and_notes_are_printed_once() {
        let mut rec =
            crate::pipeline::process("doc.txt", "Informe\n\nTexto.\n".as_bytes(), &crate::config::Config::default());
        rec.tables.push(Table {
            id: "t1".into(),
            page: rec.pages[0].number,
            pages: [rec.pages[0].number, rec.pages[0].number],
            bbox: None,
            caption: Some("Cuadro 1. Montos por región".into()),
            notes: vec!["Fuente: INEI".into()],
            header_rows: 1,
            rows: vec![vec!["Región".into(), "Monto".into()], vec!["Lima".into(), "1".into()]],
            merged_cells: vec![],
            method: "lattice".into(),
        });
        let blocks = &mut rec.pages[0].blocks;
        blocks.push(Block::new(BlockKind::Caption, "Cuadro 1.  Montos\npor región"));
        let mut table = Block::new(BlockKind::Table, "Región Monto Lima 1");
        table.table = Some(0);
        blocks.push(table);
        blocks.push(Block::new(BlockKind::Caption, "Fuente: INEI"));
        blocks.push(Block::new(BlockKind::Caption, "Figura 2. Otra cosa"));
        let out = render(&rec);
        assert_eq!(out.matches("Montos").count(), 1, "{out}");
        assert_eq!(out.matches("Fuente: INEI").count(), 1, "{out}");
        assert!(out.contains("[t1] Cuadro 1. Montos por región\n| Región | Monto |"), "{out}");
        assert!(out.contains("Figura 2. Otra cosa"), "a caption no table shows stays: {out}");
    }
}
