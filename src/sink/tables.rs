//! Tables for data tools: each table as a CSV file that `pandas.read_csv` and DuckDB read as
//! they are, and one `tables.jsonl` line describing it.
//!
//! In: a [`Table`] of a record. Out: the CSV text ([`csv_text`]) and the index line
//! ([`table_line`]).
//!
//! The CSV (UTF-8, RFC 4180: fields with a comma, quote or line break quoted, quotes
//! doubled; CRLF line ends) has exactly one header line and then the body rows, every line
//! with the same number of fields:
//!
//! - The header line holds the column names of [`header_names`]: the texts of a column's
//!   header rows joined top to bottom by ` / ` (`Metas / 2021`), a spanning header cell
//!   counted in every column it covers and once per column however many rows it covers, a
//!   level repeated under itself written once; white space runs made one space; a column
//!   with no header text `col_N` (N its 1-based position); a name already used (compared
//!   without regard to case, as DuckDB does) suffixed `_2`, `_3`, ….
//! - A table without header rows gets the names `col_1` … `col_N`, and every grid row is a
//!   body row.
//!
//! Nothing is lost: the record keeps the grid and its `header_rows`, and `tables.jsonl`
//! repeats `header_rows` and the names.

use std::collections::HashSet;

use crate::model::{Table, TableLine};

/// Path of a table's CSV file relative to the output folder.
pub fn csv_relative_path(id: &str, table: &str) -> String {
    format!("tables/{id}-{table}.csv")
}

/// Columns of a table: its longest row.
fn width(t: &Table) -> usize {
    t.rows.iter().map(Vec::len).max().unwrap_or(0)
}

/// The CSV column names of `t` (one per column, unique, none empty).
pub fn header_names(t: &Table) -> Vec<String> {
    let width = width(t);
    let h = t.header_rows.min(t.rows.len());
    let mut parts: Vec<Vec<String>> = vec![Vec::new(); width];
    for r in 0..h {
        for (c, col) in parts.iter_mut().enumerate() {
            let Some(text) = header_text(t, r, c) else { continue };
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() && col.last() != Some(&text) {
                col.push(text);
            }
        }
    }
    let mut seen: HashSet<String> = HashSet::new();
    let mut names = Vec::with_capacity(width);
    for (c, col) in parts.into_iter().enumerate() {
        let base = if col.is_empty() { format!("col_{}", c + 1) } else { col.join(" / ") };
        let mut name = base.clone();
        let mut n = 1;
        while !seen.insert(name.to_lowercase()) {
            n += 1;
            name = format!("{base}_{n}");
        }
        names.push(name);
    }
    names
}

/// The text that header row `r` gives column `c`: its own cell's, or that of a spanning
/// cell starting in row `r` that covers it; `None` for a position covered by a cell that
/// starts in an earlier row (its text is already in the name).
fn header_text(t: &Table, r: usize, c: usize) -> Option<&str> {
    let own = t.rows.get(r).and_then(|row| row.get(c)).map(String::as_str).unwrap_or("");
    let covering = t.merged_cells.iter().find(|m| {
        (m.row..m.row + m.rowspan.max(1)).contains(&r)
            && (m.col..m.col + m.colspan.max(1)).contains(&c)
            && (m.row, m.col) != (r, c)
    });
    match covering {
        Some(m) if m.row < r => None,
        Some(m) if own.trim().is_empty() => t.rows.get(m.row).and_then(|row| row.get(m.col)).map(String::as_str),
        _ => Some(own),
    }
}

/// The CSV text of `t`: one header line of [`header_names`], then the body rows.
pub fn csv_text(t: &Table) -> String {
    let width = width(t);
    let mut s = String::new();
    if width == 0 {
        return s;
    }
    push_line(&mut s, header_names(t).iter().map(String::as_str), width);
    for row in t.rows.iter().skip(t.header_rows.min(t.rows.len())) {
        push_line(&mut s, row.iter().map(String::as_str), width);
    }
    s
}

/// Appends one CSV line of exactly `width` fields (missing ones empty).
fn push_line<'a>(s: &mut String, cells: impl Iterator<Item = &'a str>, width: usize) {
    let mut cells = cells;
    for i in 0..width {
        if i > 0 {
            s.push(',');
        }
        push_field(s, cells.next().unwrap_or(""));
    }
    s.push_str("\r\n");
}

/// One RFC 4180 field: quoted when it holds a comma, a quote or a line break.
pub fn push_field(s: &mut String, c: &str) {
    if c.contains([',', '"', '\n', '\r']) {
        s.push('"');
        s.push_str(&c.replace('"', "\"\""));
        s.push('"');
    } else {
        s.push_str(c);
    }
}

/// The `tables.jsonl` line of table `t` of the document `id` first found at `path`.
pub fn table_line(id: &str, path: &str, t: &Table) -> TableLine {
    TableLine {
        document: id.to_string(),
        path: path.to_string(),
        table: t.id.clone(),
        pages: t.pages,
        bbox: t.bbox,
        caption: t.caption.clone(),
        notes: t.notes.clone(),
        header_rows: t.header_rows.min(t.rows.len()),
        rows: t.rows.len(),
        columns: width(t),
        header: header_names(t),
        csv: csv_relative_path(id, &t.id),
        method: t.method.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MergedCell;

    fn table(rows: &[&[&str]], header_rows: usize, merged: &[(usize, usize, usize, usize)]) -> Table {
        Table {
            id: "t1".into(),
            page: 1,
            pages: [1, 1],
            bbox: None,
            caption: None,
            notes: vec![],
            header_rows,
            rows: rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect(),
            merged_cells: merged
                .iter()
                .map(|&(row, col, rowspan, colspan)| MergedCell { row, col, rowspan, colspan })
                .collect(),
            method: "stream".into(),
        }
    }

    /// Parses CSV text back into rows (RFC 4180), to check what a reader gets.
    fn parse(s: &str) -> Vec<Vec<String>> {
        crate::eval::real::parse_csv(s)
    }

    #[test]
    fn two_level_header_with_spans_is_flattened() {
        // "Región" spans both header rows; "Metas" spans two columns over "2021" and "2022".
        let t = table(
            &[&["Región", "Metas", ""], &["", "2021", "2022"], &["Lima", "1", "2"], &["Cusco", "3", "4"]],
            2,
            &[(0, 0, 2, 1), (0, 1, 1, 2)],
        );
        assert_eq!(header_names(&t), ["Región", "Metas / 2021", "Metas / 2022"]);
        let rows = parse(&csv_text(&t));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1], ["Lima", "1", "2"]);
        assert!(rows.iter().all(|r| r.len() == 3));
    }

    #[test]
    fn empty_and_repeated_names_become_unique() {
        let t = table(&[&["Año", "", "Valor", "valor", "Valor"], &["2020", "a", "1", "2", "3"]], 1, &[]);
        assert_eq!(header_names(&t), ["Año", "col_2", "Valor", "valor_2", "Valor_3"]);
        // A name that the suffix would repeat is skipped over.
        let t = table(&[&["A", "A_2", "A"], &["1", "2", "3"]], 1, &[]);
        assert_eq!(header_names(&t), ["A", "A_2", "A_3"]);
    }

    #[test]
    fn no_header_rows_gives_numbered_names_and_keeps_every_row() {
        let t = table(&[&["a", "b"], &["c", "d"]], 0, &[]);
        let rows = parse(&csv_text(&t));
        assert_eq!(rows, [vec!["col_1", "col_2"], vec!["a", "b"], vec!["c", "d"]]);
    }

    #[test]
    fn fields_are_quoted_and_short_rows_padded() {
        let mut t = table(&[&["Norma", "Materia"], &["Ley 1", "a, \"b\"\nc"]], 1, &[]);
        t.rows.push(vec!["solo".into()]);
        let csv = csv_text(&t);
        assert!(csv.contains("\"a, \"\"b\"\"\nc\""), "{csv}");
        let rows = parse(&csv);
        assert_eq!(rows[1], ["Ley 1", "a, \"b\"\nc"]);
        assert_eq!(rows[2], ["solo", ""]);
        assert!(csv.ends_with("\r\n"));
        // Header text over lines becomes one line; a level repeated below itself is written once.
        let t = table(&[&["Línea\nbase", "X"], &["Línea base", "Y"], &["1", "2"]], 2, &[]);
        assert_eq!(header_names(&t), ["Línea base", "X / Y"]);
    }

    #[test]
    fn index_line_describes_the_table() {
        let t = table(&[&["A", "B"], &["1", "2"], &["3", "4"]], 1, &[]);
        let l = table_line("abc", "corpus/x.pdf", &t);
        assert_eq!((l.rows, l.columns, l.header_rows), (3, 2, 1));
        assert_eq!(l.csv, "tables/abc-t1.csv");
        assert_eq!(l.header, ["A", "B"]);
        assert_eq!(l.method, "stream");
    }
}
