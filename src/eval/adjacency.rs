//! The ICDAR 2013 table-structure measure as the table finder's tests use it.
//!
//! In: expected and found grids (rows of cell texts, optionally with spanning cells). Out:
//! precision, recall and F1 of adjacency relations. There is one definition of the measure
//! in the project, [`super::tables`] (cell keys, span semantics, pairing of tables by
//! page and best F1); this module only adapts plain row grids and page tables to it and
//! turns its counts into ratios, so the detector's own checks and `legajo eval` always agree.

use crate::eval::tables::{self as def, Grid, Relation};
use crate::eval::text_metrics::Prf;
use crate::layout::tables::PageTable;
use crate::model::MergedCell;

/// Counts and ratios of one comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AdjacencyScore {
    /// Relations in the expected grids.
    pub expected: usize,
    /// Relations in the found grids.
    pub found: usize,
    /// Found relations that are expected (in the paired tables).
    pub correct: usize,
    /// `correct / found` (1 when both are empty).
    pub precision: f64,
    /// `correct / expected` (1 when both are empty).
    pub recall: f64,
    /// Harmonic mean of precision and recall (1 when both are empty).
    pub f1: f64,
}

impl From<Prf> for AdjacencyScore {
    fn from(p: Prf) -> Self {
        let both_empty = p.predicted == 0 && p.expected == 0;
        let or = |v: Option<f64>| v.unwrap_or(if both_empty { 1.0 } else { 0.0 });
        AdjacencyScore {
            expected: p.expected,
            found: p.predicted,
            correct: p.matched,
            precision: or(p.precision()),
            recall: or(p.recall()),
            f1: or(p.f1()),
        }
    }
}

/// A grid without page information (it may pair with a table on any page).
pub fn grid(rows: &[Vec<String>], merged: &[MergedCell]) -> Grid {
    Grid { pages: None, rows: rows.to_vec(), merged: merged.to_vec() }
}

/// The grid of a page table, with its spanning cells and page.
pub fn page_grid(t: &PageTable) -> Grid {
    Grid { pages: Some([t.page, t.page]), rows: t.rows.clone(), merged: t.merged_cells.clone() }
}

/// Adjacency relations of a plain grid (no spanning cells), as [`def::relations`] counts them.
pub fn adjacency_relations(rows: &[Vec<String>]) -> Vec<Relation> {
    def::relations(&grid(rows, &[]))
}

/// Scores found grids against expected ones: each expected grid is paired with at most one
/// found grid (best F1), unpaired found grids are all false positives
/// ([`def::score_document`]).
pub fn score_grids(expected: &[Grid], found: &[Grid]) -> AdjacencyScore {
    def::score_document(expected, found).into()
}

/// [`score_grids`] for plain row grids (no spanning cells, no pages).
pub fn adjacency_score(expected: &[&[Vec<String>]], found: &[&[Vec<String>]]) -> AdjacencyScore {
    let e: Vec<Grid> = expected.iter().map(|r| grid(r, &[])).collect();
    let f: Vec<Grid> = found.iter().map(|r| grid(r, &[])).collect();
    score_grids(&e, &f)
}

/// Scores one found plain grid against one expected plain grid.
pub fn adjacency_f1(expected: &[Vec<String>], found: &[Vec<String>]) -> AdjacencyScore {
    def::adjacency_f1(&grid(expected, &[]), &grid(found, &[])).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
    }

    #[test]
    fn relations_skip_empty_cells() {
        let t = g(&[&["a", "", "b"], &["", "c", "d"]]);
        let rels = adjacency_relations(&t);
        assert_eq!(rels.len(), 3, "{rels:?}");
    }

    #[test]
    fn scores() {
        let t = g(&[&["a", "b"], &["c", "d"]]);
        assert_eq!(adjacency_f1(&t, &t).f1, 1.0);
        let split = g(&[&["a", "b"], &["c", ""], &["", "d"]]);
        let s = adjacency_f1(&t, &split);
        assert!(s.f1 < 1.0 && s.f1 > 0.0, "{s:?}");
        assert_eq!(adjacency_f1(&t, &[]).recall, 0.0);
        assert_eq!(adjacency_f1(&[], &[]).f1, 1.0);
        // Line breaks inside a cell do not count; a hyphen left by a line break does.
        let wrapped = g(&[&["descentrali-\nzación", "b"], &["c", "d"]]);
        let broken = g(&[&["descentrali\nzación", "b"], &["c", "d"]]);
        let clean = g(&[&["descentralización", "b"], &["c", "d"]]);
        assert_eq!(adjacency_f1(&clean, &broken).f1, 1.0);
        assert!(adjacency_f1(&clean, &wrapped).f1 < 1.0);
    }

    #[test]
    fn tables_are_paired_not_pooled() {
        let a = g(&[&["a", "b"], &["c", "d"]]);
        let b = g(&[&["x", "y"], &["z", "w"]]);
        // One found table holding both expected ones is paired with one of them only.
        let both = g(&[&["a", "b"], &["c", "d"], &["x", "y"], &["z", "w"]]);
        let s = adjacency_score(&[&a, &b], &[&both]);
        assert_eq!(s.correct, 4, "{s:?}");
        assert!(s.recall < 0.51, "{s:?}");
        assert_eq!(adjacency_score(&[&a, &b], &[&b, &a]).f1, 1.0);
    }
}
