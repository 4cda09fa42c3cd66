//! Table structure scores: ICDAR 2013 adjacency relations between cell grids.
//!
//! In: reference grids (truth tables, CSV/JSON/ICDAR expected outputs) and the tables of a
//! [`Record`](crate::model::Record). Out: matched/predicted/expected relation counts
//! ([`Prf`]). The definition is in the [`crate::eval`] module docs.
//!
//! This is the project's one definition of the measure: each reference table is paired with
//! one output table and a spanning cell neighbours every cell along its span, as the ICDAR
//! 2013 definition does. The table finder's checks ([`super::adjacency`]) call it.

use std::collections::HashMap;

use crate::model::{MergedCell, Table};

use super::text_metrics::{nfc, Prf};

/// A cell grid with the pages it is on.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    /// First and last page; `None` when unknown (then it may match a table on any page).
    pub pages: Option<[u32; 2]>,
    /// Rows of cell texts (rows may differ in length).
    pub rows: Vec<Vec<String>>,
    /// Spanning cells (origin, spans).
    pub merged: Vec<MergedCell>,
}

impl Grid {
    /// The grid of a model table.
    pub fn from_table(t: &Table) -> Grid {
        Grid { pages: Some(t.pages), rows: t.rows.clone(), merged: t.merged_cells.clone() }
    }
}

/// Direction of an adjacency relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dir {
    /// The second cell is the nearest non-blank cell to the right of the first.
    Right,
    /// The second cell is the nearest non-blank cell below the first.
    Down,
}

/// One adjacency relation: two cell contents and a direction.
pub type Relation = (String, String, Dir);

/// Cell content as compared: NFC, lower case, every whitespace character removed.
pub fn cell_key(s: &str) -> String {
    nfc(s).chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect()
}

/// The adjacency relations of a grid: for every row, each non-blank cell and the nearest
/// non-blank cell to its right; for every column, each non-blank cell and the nearest
/// non-blank cell below. A spanning cell occupies every position it covers (so it is
/// adjacent to the neighbours of each row and column it spans) and a relation between
/// the same two cells is counted once. Blank cells (empty after [`cell_key`]) are skipped.
pub fn relations(g: &Grid) -> Vec<Relation> {
    let height = g.rows.len();
    let width = g.rows.iter().map(Vec::len).max().unwrap_or(0);
    // Cell id (its origin) at each position; None = blank.
    let mut owner: Vec<Vec<Option<(usize, usize)>>> = (0..height)
        .map(|r| {
            (0..width)
                .map(|c| g.rows.get(r).and_then(|row| row.get(c)).filter(|t| !cell_key(t).is_empty()).map(|_| (r, c)))
                .collect()
        })
        .collect();
    for m in &g.merged {
        let Some(Some(origin)) = owner.get(m.row).and_then(|row| row.get(m.col)).copied() else { continue };
        let (rows, cols) = (m.rowspan.max(1), m.colspan.max(1));
        for row in owner.iter_mut().skip(m.row).take(rows) {
            for cell in row.iter_mut().skip(m.col).take(cols) {
                *cell = Some(origin);
            }
        }
    }
    type Cell = (usize, usize);
    let mut pairs: Vec<(Cell, Cell, Dir)> = Vec::new();
    let mut push_runs = |line: Vec<(usize, usize)>, dir: Dir| {
        let mut dedup: Vec<(usize, usize)> = Vec::with_capacity(line.len());
        for id in line {
            if dedup.last() != Some(&id) {
                dedup.push(id);
            }
        }
        for w in dedup.windows(2) {
            pairs.push((w[0], w[1], dir));
        }
    };
    for row in &owner {
        push_runs(row.iter().flatten().copied().collect(), Dir::Right);
    }
    for c in 0..width {
        push_runs(owner.iter().filter_map(|row| row[c]).collect(), Dir::Down);
    }
    pairs.sort_unstable();
    pairs.dedup();
    let text =
        |(r, c): (usize, usize)| g.rows.get(r).and_then(|row| row.get(c)).map(|t| cell_key(t)).unwrap_or_default();
    pairs.into_iter().map(|(a, b, d)| (text(a), text(b), d)).collect()
}

/// Relation counts between one reference grid and one output grid (multiset intersection).
pub fn adjacency_prf(reference: &[Relation], output: &[Relation]) -> Prf {
    let mut counts: HashMap<&Relation, usize> = HashMap::new();
    for r in reference {
        *counts.entry(r).or_default() += 1;
    }
    let mut matched = 0;
    for o in output {
        if let Some(c) = counts.get_mut(o) {
            if *c > 0 {
                *c -= 1;
                matched += 1;
            }
        }
    }
    Prf { matched, predicted: output.len(), expected: reference.len() }
}

/// Precision, recall and F1 of adjacency relations between two grids.
pub fn adjacency_f1(reference: &Grid, output: &Grid) -> Prf {
    adjacency_prf(&relations(reference), &relations(output))
}

fn pages_overlap(a: Option<[u32; 2]>, b: Option<[u32; 2]>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a[0] <= b[1] && b[0] <= a[1],
        _ => true,
    }
}

/// Document-level score: every reference table is paired with at most one output table
/// whose pages overlap its pages, greedily by best relation F1 (ties: reference order, then
/// output order); matched = relations shared by the pairs, predicted = relations of *all*
/// output tables (an unpaired output table is all false positives), expected = relations of
/// all reference tables.
pub fn score_document(reference: &[Grid], output: &[Grid]) -> Prf {
    let rr: Vec<Vec<Relation>> = reference.iter().map(relations).collect();
    let oo: Vec<Vec<Relation>> = output.iter().map(relations).collect();
    let mut cands: Vec<(f64, usize, usize, usize)> = Vec::new();
    for (i, (rg, r)) in reference.iter().zip(&rr).enumerate() {
        for (j, (og, o)) in output.iter().zip(&oo).enumerate() {
            if !pages_overlap(rg.pages, og.pages) {
                continue;
            }
            let prf = adjacency_prf(r, o);
            if prf.matched > 0 {
                cands.push((prf.f1().unwrap_or(0.0), i, j, prf.matched));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_r, mut used_o) = (vec![false; rr.len()], vec![false; oo.len()]);
    let mut matched = 0;
    for (_, i, j, m) in cands {
        if !used_r[i] && !used_o[j] {
            used_r[i] = true;
            used_o[j] = true;
            matched += m;
        }
    }
    Prf { matched, predicted: oo.iter().map(Vec::len).sum(), expected: rr.iter().map(Vec::len).sum() }
}

/// Score of one reference table that covers only part of a page (a tabula/camelot area):
/// the output table with the best relation F1 (ties: the first), its relations only.
pub fn score_best(reference: &Grid, output: &[Grid]) -> Prf {
    let r = relations(reference);
    let empty = Prf { matched: 0, predicted: 0, expected: r.len() };
    output.iter().map(|o| adjacency_prf(&r, &relations(o))).fold(empty, |best, p| {
        if p.f1().unwrap_or(0.0) > best.f1().unwrap_or(0.0) {
            p
        } else {
            best
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]], merged: &[(usize, usize, usize, usize)]) -> Grid {
        Grid {
            pages: Some([1, 1]),
            rows: rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect(),
            merged: merged
                .iter()
                .map(|&(row, col, rowspan, colspan)| MergedCell { row, col, rowspan, colspan })
                .collect(),
        }
    }

    fn rel(a: &str, b: &str, d: Dir) -> Relation {
        (a.to_string(), b.to_string(), d)
    }

    #[test]
    fn relations_of_a_plain_2x2_grid() {
        let g = grid(&[&["a", "b"], &["c", "d"]], &[]);
        let mut r = relations(&g);
        r.sort();
        let mut want = vec![
            rel("a", "b", Dir::Right),
            rel("c", "d", Dir::Right),
            rel("a", "c", Dir::Down),
            rel("b", "d", Dir::Down),
        ];
        want.sort();
        assert_eq!(r, want);
    }

    #[test]
    fn merged_cell_is_adjacent_to_every_cell_under_it() {
        // "T" spans both columns of the first row.
        let g = grid(&[&["T", ""], &["c", "d"]], &[(0, 0, 1, 2)]);
        let mut r = relations(&g);
        r.sort();
        let mut want = vec![rel("c", "d", Dir::Right), rel("t", "c", Dir::Down), rel("t", "d", Dir::Down)];
        want.sort();
        assert_eq!(r, want);
        // Without the span the blank cell is skipped and "T" only sits over "c".
        let plain = grid(&[&["T", ""], &["c", "d"]], &[]);
        assert_eq!(relations(&plain).len(), 2);
        let prf = adjacency_f1(&g, &plain);
        assert_eq!(prf, Prf { matched: 2, predicted: 2, expected: 3 });
        assert!((prf.f1().unwrap() - 0.8).abs() < 1e-12);
    }

    #[test]
    fn blanks_are_skipped_and_content_is_compared_without_whitespace() {
        let g = grid(&[&["a", "", "b"]], &[]);
        assert_eq!(relations(&g), vec![rel("a", "b", Dir::Right)]);
        let a = grid(&[&["Ley  de\nbases", "2002"]], &[]);
        let b = grid(&[&["ley de bases", "2002"]], &[]);
        assert_eq!(adjacency_f1(&a, &b).f1(), Some(1.0));
        // A span reaching past the grid or starting on a blank does not panic.
        let odd = grid(&[&["", "x"]], &[(0, 0, 5, 5), (9, 9, 1, 1)]);
        assert_eq!(relations(&odd), vec![]);
    }

    #[test]
    fn identical_and_transposed_grids() {
        let g = grid(&[&["a", "b"], &["c", "d"]], &[]);
        assert_eq!(adjacency_f1(&g, &g).f1(), Some(1.0));
        let t = grid(&[&["a", "c"], &["b", "d"]], &[]);
        assert_eq!(adjacency_f1(&g, &t).matched, 0);
    }

    #[test]
    fn document_score_pairs_tables_by_page_and_counts_extra_tables() {
        let a = grid(&[&["a", "b"], &["c", "d"]], &[]);
        let mut b = grid(&[&["x", "y"]], &[]);
        b.pages = Some([2, 3]);
        let mut b_on_4 = b.clone();
        b_on_4.pages = Some([4, 4]);
        // Perfect output.
        assert_eq!(score_document(&[a.clone(), b.clone()], &[b.clone(), a.clone()]).f1(), Some(1.0));
        // b found on a page the reference does not have: not paired.
        let p = score_document(&[a.clone(), b.clone()], &[a.clone(), b_on_4]);
        assert_eq!(p, Prf { matched: 4, predicted: 5, expected: 5 });
        // One output table cannot serve two reference tables.
        let p = score_document(&[a.clone(), a.clone()], std::slice::from_ref(&a));
        assert_eq!(p, Prf { matched: 4, predicted: 4, expected: 8 });
        assert_eq!(score_document(&[], &[]).f1(), None);
    }

    #[test]
    fn a_table_continued_on_the_next_page_pairs_with_its_one_page_reference() {
        // The truth says page 15; the table really goes on to page 16 and the record says so.
        let mut truth = grid(&[&["a", "b"], &["c", "d"]], &[]);
        truth.pages = Some([15, 15]);
        let mut found = truth.clone();
        found.pages = Some([15, 16]);
        assert_eq!(score_document(std::slice::from_ref(&truth), &[found]).f1(), Some(1.0));
        // The continuation left as a table of its own on page 16 is all false positives.
        let mut part = grid(&[&["c", "d"]], &[]);
        part.pages = Some([16, 16]);
        let p = score_document(&[truth.clone()], &[truth, part]);
        assert_eq!(p, Prf { matched: 4, predicted: 5, expected: 4 });
    }

    #[test]
    fn best_table_ignores_the_others() {
        let a = grid(&[&["a", "b"], &["c", "d"]], &[]);
        let other = grid(&[&["q", "r"], &["s", "t"]], &[]);
        assert_eq!(score_best(&a, &[other.clone(), a.clone()]).f1(), Some(1.0));
        assert_eq!(score_best(&a, &[other]).f1(), Some(0.0));
        assert_eq!(score_best(&a, &[]).recall(), Some(0.0));
    }
}
