//! The ICDAR 2013 table-structure measure: adjacency relations.
//!
//! In: expected and found grids (rows of cell texts). Out: precision, recall and F1 of the
//! relations "cell A has cell B as its nearest non-empty neighbour to the right / below",
//! compared as multisets of `(text A, text B, direction)`. Texts are compared without
//! whitespace and hyphens, so line breaks inside a cell and de-hyphenation do not count.

use std::collections::HashMap;

/// Counts and ratios of one comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AdjacencyScore {
    /// Relations in the expected grids.
    pub expected: usize,
    /// Relations in the found grids.
    pub found: usize,
    /// Found relations that are expected (multiset intersection).
    pub correct: usize,
    /// `correct / found` (1 when both are empty).
    pub precision: f64,
    /// `correct / expected` (1 when both are empty).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

/// The comparison key of a cell text.
fn key(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{AD}' | '\u{2010}' | '\u{2011}')).collect()
}

/// Adjacency relations of one grid: `(from, to, horizontal)` for each non-empty cell and its
/// nearest non-empty neighbour to the right (`true`) and below (`false`).
pub fn adjacency_relations(rows: &[Vec<String>]) -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    let ncols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let cell = |r: usize, c: usize| rows.get(r).and_then(|row| row.get(c)).map(|s| key(s)).unwrap_or_default();
    for r in 0..rows.len() {
        for c in 0..ncols {
            let a = cell(r, c);
            if a.is_empty() {
                continue;
            }
            if let Some(b) = (c + 1..ncols).map(|k| cell(r, k)).find(|s| !s.is_empty()) {
                out.push((a.clone(), b, true));
            }
            if let Some(b) = (r + 1..rows.len()).map(|k| cell(k, c)).find(|s| !s.is_empty()) {
                out.push((a.clone(), b, false));
            }
        }
    }
    out
}

/// Scores the found tables of a document against the expected ones, pooling the relations
/// of all tables (as ICDAR 2013 does per document).
pub fn adjacency_score(expected: &[&[Vec<String>]], found: &[&[Vec<String>]]) -> AdjacencyScore {
    let mut want: HashMap<(String, String, bool), usize> = HashMap::new();
    let mut n_exp = 0;
    for t in expected {
        for rel in adjacency_relations(t) {
            *want.entry(rel).or_default() += 1;
            n_exp += 1;
        }
    }
    let mut n_found = 0;
    let mut correct = 0;
    for t in found {
        for rel in adjacency_relations(t) {
            n_found += 1;
            if let Some(k) = want.get_mut(&rel) {
                if *k > 0 {
                    *k -= 1;
                    correct += 1;
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            if a == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            a as f64 / b as f64
        }
    };
    let precision = if n_found == 0 && n_exp == 0 { 1.0 } else { ratio(correct, n_found) };
    let recall = if n_exp == 0 && n_found == 0 { 1.0 } else { ratio(correct, n_exp) };
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    AdjacencyScore { expected: n_exp, found: n_found, correct, precision, recall, f1 }
}

/// Scores one found grid against one expected grid.
pub fn adjacency_f1(expected: &[Vec<String>], found: &[Vec<String>]) -> AdjacencyScore {
    adjacency_score(&[expected], &[found])
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
        assert!(rels.contains(&("a".into(), "b".into(), true)));
        assert!(rels.contains(&("c".into(), "d".into(), true)));
        assert!(rels.contains(&("b".into(), "d".into(), false)));
        assert_eq!(rels.len(), 3);
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
        // Line breaks and hyphens inside a cell do not count.
        let wrapped = g(&[&["descentrali- zación", "b"], &["c", "d"]]);
        let clean = g(&[&["descentralización", "b"], &["c", "d"]]);
        assert_eq!(adjacency_f1(&clean, &wrapped).f1, 1.0);
    }
}
