//! Tables over several pages: joining the page parts into one table.
//!
//! In: the [`PageTable`]s of a document in page order. Out: the document's [`Table`]s, numbered
//! `t1`, `t2`, … and, for each part, the index of the table it went into. A part that ends its
//! page continues in the first part of the next page when that part starts its page, has no
//! caption of its own (or one that says it is a continuation) and has the same columns; the
//! repeated header rows are dropped and a row cut by the page break is joined again. Leading
//! rows that the next page repeats are a header even when nothing marked them as one (an
//! OCR page has no bold and may have no shading).
//!
//! A *weak* part (two columns that could as well be text set side by side, found at the top
//! of its page without a caption) is judged together with the part before it: it stays, as
//! the continuation of that table, only when it continues a table from the page before
//! ([`settle_weak`]); otherwise it is dropped before the layout sees it.

use super::tuning::{
    JOIN_EDGE_TOL_PT, JOIN_FUZZY_CHARS_PER_EDIT, JOIN_FUZZY_MAX_CHARS, JOIN_FUZZY_MIN_CHARS, JOIN_REPEATED_HEADER_MAX,
};
use super::PageTable;
use crate::model::{MergedCell, Table};

/// Joins the page parts of tables that continue on the next page (dropping repeated header
/// rows) and numbers the result `t1`, `t2`, … Returns the document's tables and, for each
/// input part (in order), the index of the table it went into.
pub fn assemble(parts: &[PageTable]) -> (Vec<Table>, Vec<usize>) {
    let mut tables: Vec<Table> = Vec::new();
    let mut index = Vec::with_capacity(parts.len());
    for (i, p) in parts.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|k| parts.get(k));
        let join = match (prev, tables.last()) {
            (Some(a), Some(t)) => continues(a, p, t),
            _ => false,
        };
        match tables.last_mut() {
            Some(t) if join => {
                append(t, p);
                index.push(tables.len() - 1);
            }
            _ => {
                index.push(tables.len());
                tables.push(start(p, tables.len() + 1));
            }
        }
    }
    (tables, index)
}

/// Drops the weak parts ([`PageTable::weak`]) that do not continue a table from the page
/// before, and keeps (as ordinary parts) those that do, so that [`assemble`] joins them.
/// `pages` holds each page's parts in page order.
pub fn settle_weak(pages: &mut [Vec<PageTable>]) {
    let mut tables: Vec<Table> = Vec::new();
    let mut prev: Option<PageTable> = None;
    for parts in pages.iter_mut() {
        let mut kept = Vec::with_capacity(parts.len());
        for mut p in std::mem::take(parts) {
            let join = match (&prev, tables.last()) {
                (Some(a), Some(t)) => continues(a, &p, t),
                _ => false,
            };
            if p.weak && !join {
                continue;
            }
            p.weak = false;
            match tables.last_mut() {
                Some(t) if join => append(t, &p),
                _ => tables.push(start(&p, tables.len() + 1)),
            }
            prev = Some(p.clone());
            kept.push(p);
        }
        *parts = kept;
    }
}

fn start(p: &PageTable, n: usize) -> Table {
    Table {
        id: format!("t{n}"),
        page: p.page,
        pages: [p.page, p.page],
        bbox: Some(p.bbox.map(|v| (f64::from(v) * 100.0).round() / 100.0)),
        caption: p.caption.as_ref().map(|c| c.0.clone()),
        notes: p.notes.iter().map(|n| n.0.clone()).collect(),
        header_rows: p.header_rows,
        rows: p.rows.clone(),
        merged_cells: p.merged_cells.clone(),
        method: p.method.to_string(),
    }
}

/// A cell's text for comparing repeated rows: single spaces, lower case, no accents (OCR
/// reads the same header with and without them).
fn norm(s: &str) -> String {
    crate::normalize::fold::fold(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn same_rows(a: &[Vec<String>], b: &[Vec<String>]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.len() == y.len() && same_row(x, y))
}

/// Two readings of one header row: cell by cell the same after [`norm`], or (an OCR page
/// reads a header a little differently on each page: `PIA/PIM` and `PI/APIM`, `c/b` and
/// `cb`) a few edits apart in all, where no cell that differs has a digit (a number is
/// data, never misread header text) and none is longer than [`JOIN_FUZZY_MAX_CHARS`].
fn same_row(x: &[String], y: &[String]) -> bool {
    let (mut edits_seen, mut chars) = (0, 0);
    for (p, q) in x.iter().zip(y) {
        let (a, b) = (norm(p), norm(q));
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        chars += a.len().max(b.len());
        if a == b {
            continue;
        }
        if a.len().max(b.len()) > JOIN_FUZZY_MAX_CHARS || a.iter().chain(&b).any(char::is_ascii_digit) {
            return false;
        }
        edits_seen += edits(&a, &b);
    }
    edits_seen == 0 || (chars >= JOIN_FUZZY_MIN_CHARS && edits_seen <= chars / JOIN_FUZZY_CHARS_PER_EDIT)
}

/// Edit distance (insertions, deletions, substitutions) between two short strings.
fn edits(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let change = prev[j] + usize::from(ca != cb);
            cur[j + 1] = change.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Column widths match (a constant shift, as with mirrored margins, is allowed).
fn same_columns(a: &PageTable, b: &PageTable) -> bool {
    let (ea, eb) = (&a.placement.col_edges, &b.placement.col_edges);
    let ncols = |t: &PageTable| t.rows.first().map_or(0, Vec::len);
    if ncols(a) != ncols(b) || ncols(a) == 0 {
        return false;
    }
    if ea.len() != eb.len() || ea.len() < 2 {
        return false;
    }
    let tol = if a.method == "lattice" && b.method == "lattice" { JOIN_EDGE_TOL_PT.0 } else { JOIN_EDGE_TOL_PT.1 };
    let shift = eb[0] - ea[0];
    ea.iter().zip(eb).all(|(x, y)| (y - x - shift).abs() <= tol)
}

pub(crate) fn continuation_caption(c: &str) -> bool {
    let l = c.to_lowercase();
    l.contains("continuaci") || l.contains("(cont") || l.contains("continued")
}

/// Whether part `b` continues part `a` (the last part of table `t`).
fn continues(a: &PageTable, b: &PageTable, t: &Table) -> bool {
    b.page == a.page + 1
        && a.placement.ends_page
        && b.placement.starts_page
        && b.caption.as_ref().is_none_or(|c| continuation_caption(&c.0))
        && a.method == b.method
        && (same_columns(a, b) || repeated_header(t, b) > 0)
        && a.rows.first().map(Vec::len) == b.rows.first().map(Vec::len)
}

/// How many leading rows of `b` repeat the header of `t` (all of it, or its first rows
/// when the header ran into a group row that is not repeated). When `t` has no header
/// rows, its first rows (up to [`JOIN_REPEATED_HEADER_MAX`], never all of them) that `b`
/// repeats, with some text in them.
fn repeated_header(t: &Table, b: &PageTable) -> usize {
    let h = if t.header_rows > 0 {
        t.header_rows
    } else {
        JOIN_REPEATED_HEADER_MAX.min(t.rows.len().saturating_sub(1)).min(b.rows.len().saturating_sub(1))
    };
    let h = h.min(t.rows.len()).min(b.rows.len());
    let texted = |k: usize| t.rows[..k].iter().all(|r| r.iter().any(|c| c.chars().any(char::is_alphanumeric)));
    (1..=h).rev().find(|&k| same_rows(&t.rows[..k], &b.rows[..k]) && texted(k)).unwrap_or(0)
}

fn starts_lower(s: &str) -> bool {
    s.trim_start().chars().next().is_some_and(char::is_lowercase)
}

/// Appends part `b` to table `t`.
fn append(t: &mut Table, b: &PageTable) {
    let skip = repeated_header(t, b);
    if t.header_rows == 0 {
        t.header_rows = skip;
    }
    let mut rows: Vec<Vec<String>> = b.rows.iter().skip(skip).cloned().collect();
    let mut merged: Vec<MergedCell> = b
        .merged_cells
        .iter()
        .filter(|m| m.row >= skip)
        .map(|m| MergedCell { row: m.row - skip, ..m.clone() })
        .collect();
    // A row cut by the page break: its first cell is empty on the new page and its text
    // goes on in lower case.
    let cut = match (t.rows.last(), rows.first()) {
        (Some(last), Some(first)) => {
            t.rows.len() > t.header_rows
                && first.first().is_some_and(|s| s.trim().is_empty())
                && last.first().is_some_and(|s| !s.trim().is_empty())
                && first.iter().any(|s| starts_lower(s))
        }
        _ => false,
    };
    if cut {
        if let (Some(last), Some(first)) = (t.rows.last_mut(), rows.first()) {
            for (x, y) in last.iter_mut().zip(first) {
                if !y.trim().is_empty() {
                    if !x.is_empty() {
                        x.push('\n');
                    }
                    x.push_str(y.trim());
                }
            }
        }
        rows.remove(0);
        merged.retain(|m| m.row > 0);
        for m in &mut merged {
            m.row -= 1;
        }
    }
    let offset = t.rows.len();
    for mut m in merged {
        m.row += offset;
        t.merged_cells.push(m);
    }
    t.rows.extend(rows);
    t.pages[1] = b.page;
    if t.caption.is_none() {
        t.caption = b.caption.as_ref().map(|c| c.0.clone());
    }
    for (n, _) in &b.notes {
        if !t.notes.contains(n) {
            t.notes.push(n.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::PartPlacement;
    use super::*;

    fn part(page: u32, rows: &[&[&str]], edges: &[f32], starts: bool, ends: bool) -> PageTable {
        PageTable {
            page,
            bbox: [50.0, 100.0, 500.0, 700.0],
            rows: rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect(),
            merged_cells: Vec::new(),
            header_rows: 1,
            method: "lattice",
            caption: None,
            notes: Vec::new(),
            placement: PartPlacement { col_edges: edges.to_vec(), starts_page: starts, ends_page: ends },
            weak: false,
        }
    }

    #[test]
    fn a_weak_part_stays_only_as_the_continuation_of_the_table_before() {
        let e = [50.0, 200.0, 500.0];
        let strong = |page| {
            let mut p = part(page, &[&["Región", "Capital"], &["Loreto", "Iquitos"]], &e, false, true);
            p.method = "stream";
            p
        };
        let weak = |page| {
            let mut p = part(page, &[&["Cusco", "Cusco"], &["Puno", "Puno"]], &e, true, false);
            p.method = "stream";
            p.header_rows = 0;
            p.weak = true;
            p
        };
        let mut pages = vec![vec![strong(3)], vec![weak(4)]];
        settle_weak(&mut pages);
        assert_eq!(pages[1].len(), 1);
        assert!(!pages[1][0].weak);
        let parts: Vec<PageTable> = pages.concat();
        let (ts, _) = assemble(&parts);
        assert_eq!(ts.len(), 1);
        assert_eq!(ts[0].rows.len(), 4);
        // Alone, or after a page without a table ending it, a weak part goes.
        let mut pages = vec![vec![], vec![weak(4)]];
        settle_weak(&mut pages);
        assert!(pages[1].is_empty());
        let mut pages = vec![vec![strong(2)], vec![weak(4)]];
        settle_weak(&mut pages);
        assert!(pages[1].is_empty());
        // With other columns it is no continuation.
        let mut other = weak(4);
        other.placement.col_edges = vec![50.0, 350.0, 500.0];
        let mut pages = vec![vec![strong(3)], vec![other]];
        settle_weak(&mut pages);
        assert!(pages[1].is_empty());
    }

    #[test]
    fn joins_parts_and_drops_repeated_header() {
        let e = [50.0, 200.0, 500.0];
        let a = part(3, &[&["N°", "Tendencia"], &["1", "Globalización"]], &e, false, true);
        let b = part(4, &[&["N°", "Tendencia"], &["2", "Multipolaridad"]], &e, true, false);
        let (ts, idx) = assemble(&[a, b]);
        assert_eq!(ts.len(), 1);
        assert_eq!(idx, vec![0, 0]);
        assert_eq!(ts[0].pages, [3, 4]);
        assert_eq!(ts[0].rows.len(), 3);
        assert_eq!(ts[0].header_rows, 1);
    }

    #[test]
    fn keeps_apart_when_structure_or_place_differs() {
        let e = [50.0, 200.0, 500.0];
        let a = part(3, &[&["a", "b"], &["1", "2"]], &e, false, true);
        let b = part(4, &[&["x", "y", "z"], &["1", "2", "3"]], &[50.0, 100.0, 200.0, 500.0], true, false);
        assert_eq!(assemble(&[a.clone(), b]).0.len(), 2);
        let c = part(4, &[&["a", "b"], &["3", "4"]], &e, false, false);
        assert_eq!(assemble(&[a.clone(), c]).0.len(), 2);
        let mut d = part(4, &[&["a", "b"], &["3", "4"]], &e, true, false);
        d.caption = Some(("Cuadro 2".into(), [0.0; 4]));
        assert_eq!(assemble(&[a, d]).0.len(), 2);
    }

    #[test]
    fn drops_the_repeated_part_of_a_longer_header() {
        // The first part's header ran into a group row that the next page does not repeat.
        let e = [50.0, 200.0, 500.0];
        let mut a = part(3, &[&["N°", "Acción"], &["OBJETIVO 1", ""], &["1.1.", "Fortalecer"]], &e, false, true);
        a.header_rows = 2;
        let b = part(4, &[&["N°", "Acción"], &["1.2.", "Coordinar"]], &e, true, false);
        let (ts, _) = assemble(&[a, b]);
        assert_eq!(ts.len(), 1);
        assert_eq!(ts[0].rows.len(), 4, "{:?}", ts[0].rows);
        assert_eq!(ts[0].rows[3], vec!["1.2.", "Coordinar"]);
    }

    #[test]
    fn a_header_read_a_little_differently_on_the_next_page_is_still_repeated() {
        // OCR reads `PIA/PIM` on one page and `PI/APIM` on the next; the second header row
        // (first cells blank, `c/a` in lower case) must not be taken for a row cut by the
        // page break and glued to the last row.
        let e = [50.0, 150.0, 300.0, 450.0];
        let head: [&[&str]; 2] = [&["Función", "Promedio", "Avance"], &["", "Variación PIA/PIM", "c/a"]];
        let mut a = part(3, &[head[0], head[1], &["Salud", "31%", "86%"]], &e, false, true);
        a.header_rows = 2;
        let b = part(
            4,
            &[&["Función", "Promedio", "Avance"], &["", "Variación PI/APIM", "ca"], &["Educación", "-15%", "46%"]],
            &e,
            true,
            false,
        );
        let (ts, _) = assemble(&[a.clone(), b]);
        assert_eq!(ts[0].rows.len(), 4, "{:?}", ts[0].rows);
        assert_eq!(ts[0].rows[2], vec!["Salud", "31%", "86%"]);
        // A row is the same a few edits apart, never with a number changed or far apart.
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert!(same_row(&row(&["", "Variación PIA/PIM", "c/b"]), &row(&["", "Variacion PI/APIM", "cb"])));
        assert!(!same_row(&row(&["Año", "2011-2014"]), &row(&["Año", "2011-2015"])));
        assert!(!same_row(&row(&["Variación PIA/PIM"]), &row(&["Variación total"])));
        assert!(!same_row(&row(&["c/a"]), &row(&["cb"])));
        assert_eq!(edits(&['a', 'b', 'c'], &['a', 'c', 'd']), 2);
    }

    #[test]
    fn rejoins_a_row_cut_by_the_page_break() {
        let e = [50.0, 200.0, 500.0];
        let a = part(15, &[&["Competencias", "Gobierno"], &["Compartidas", "Educación, salud en"]], &e, false, true);
        let b = part(16, &[&["Competencias", "Gobierno"], &["", "agricultura, pesquería"]], &e, true, false);
        let (ts, _) = assemble(&[a, b]);
        assert_eq!(ts[0].rows.len(), 2);
        assert_eq!(ts[0].rows[1][1], "Educación, salud en\nagricultura, pesquería");
    }

    #[test]
    fn rows_repeated_on_the_next_page_are_a_header_though_unmarked() {
        // An OCR page: no bold, no shading, so no header rows; the next page repeats the
        // first row (its accents read differently) above the continuation.
        let e = [50.0, 200.0, 500.0];
        let mut a = part(
            15,
            &[&["Competencias", "Gobierno Nacional"], &["Compartidas", "Educación, salud en"]],
            &e,
            false,
            true,
        );
        a.header_rows = 0;
        let mut b =
            part(16, &[&["Competéncias", "Gobierno Nacional"], &["", "agricultura, pesquería"]], &e, true, false);
        b.header_rows = 0;
        let (ts, _) = assemble(&[a.clone(), b]);
        assert_eq!(ts.len(), 1);
        assert_eq!(ts[0].header_rows, 1);
        assert_eq!(ts[0].rows.len(), 2, "{:?}", ts[0].rows);
        assert_eq!(ts[0].rows[1][1], "Educación, salud en\nagricultura, pesquería");
        // A first row the next page does not repeat stays a body row.
        let mut c = part(16, &[&["Interiores", "Seguridad"], &["Exclusivas", "Defensa"]], &e, true, false);
        c.header_rows = 0;
        let (ts, _) = assemble(&[a, c]);
        assert_eq!((ts[0].header_rows, ts[0].rows.len()), (0, 4));
    }
}
