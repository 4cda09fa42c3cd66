//! Who owns the gutter between two columns: the body rows of a table establish its columns,
//! and how each column's body is aligned says how far its cells reach into the gutters.
//!
//! In: the pieces of text of each column's body rows (`x0`, `x1`, numeric or not). Out: each
//! column's alignment ([`align`]), which column owns the gutter between two of them
//! ([`owner`]), which of the two a piece set inside the gutter belongs to ([`goes_right`]),
//! and which neighbour a column of few such pieces joins ([`merge_right`]).
//!
//! A cell is as wide as its widest content, so a column whose body is right-aligned ends
//! where its body ends: a label standing right of that edge (a header set flush left in its
//! cell over right-aligned numbers, `2022` over `89,4 %`) is in the next column's cell, and
//! the gutter belongs to the column on the right. Likewise a left-aligned column starts where
//! its body starts, and the gutter before it belongs to the column on its left. Between a
//! left-aligned column and a right-aligned one both cells may reach into the gutter: a piece
//! there goes to the column it stands nearer to.

use super::median;
use super::tuning::{GUTTER_ALIGN_SHARE, GUTTER_ALIGN_TOL};

/// How a column's body pieces are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    /// Left edges agree, right edges do not.
    Left,
    /// Right edges agree, left edges do not.
    Right,
    /// Both edges agree (pieces of one width, or one piece): numbers are set flush right by
    /// convention, text flush left.
    Flush { numeric: bool },
    /// Neither edge agrees (centred, decimal-aligned or ragged).
    Open,
}

impl Align {
    /// The column ends where its body ends (set flush right, or numbers of one width).
    fn ends_at_body(self) -> bool {
        matches!(self, Align::Right | Align::Flush { numeric: true })
    }
    /// The column starts where its body starts.
    fn starts_at_body(self) -> bool {
        matches!(self, Align::Left | Align::Flush { numeric: false })
    }
}

/// Which column the gutter between two columns belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Owner {
    /// The left column's cells reach over it (the right column starts at its body).
    Left,
    /// The right column's cells reach over it (the left column ends at its body).
    Right,
    /// Both may reach into it.
    Shared,
}

/// The alignment of a column from its body pieces `(x0, x1, numeric)`; `size` is the font
/// size (edges agree within [`GUTTER_ALIGN_TOL`] em, for [`GUTTER_ALIGN_SHARE`] of the pieces).
pub(crate) fn align(pieces: &[(f32, f32, bool)], size: f32) -> Align {
    let n = pieces.len();
    if n == 0 {
        return Align::Open;
    }
    let numeric = 2 * pieces.iter().filter(|p| p.2).count() > n;
    let tol = GUTTER_ALIGN_TOL * size.max(1.0);
    let agree = |v: Vec<f32>| -> bool {
        let Some(m) = median(v.clone()) else { return false };
        let k = v.iter().filter(|x| (**x - m).abs() <= tol).count();
        k * GUTTER_ALIGN_SHARE.1 >= n * GUTTER_ALIGN_SHARE.0
    };
    match (agree(pieces.iter().map(|p| p.0).collect()), agree(pieces.iter().map(|p| p.1).collect())) {
        (true, false) => Align::Left,
        (false, true) => Align::Right,
        (true, true) => Align::Flush { numeric },
        (false, false) => Align::Open,
    }
}

/// The owner of the gutter between a column aligned `left` and the next one aligned `right`.
pub(crate) fn owner(left: Align, right: Align) -> Owner {
    if left.ends_at_body() && !right.starts_at_body() {
        Owner::Right
    } else if right.starts_at_body() && !left.ends_at_body() {
        Owner::Left
    } else {
        Owner::Shared
    }
}

/// True when a piece `(x0, x1)` standing between a column whose body ends at `g0` and one
/// whose body starts at `g1` belongs to the right one.
pub(crate) fn goes_right(piece: (f32, f32), g0: f32, g1: f32, owner: Owner) -> bool {
    match owner {
        Owner::Right => true,
        Owner::Left => false,
        // Nearer the right column's body than the left one's.
        Owner::Shared => g1 - piece.1 < piece.0 - g0,
    }
}

/// One line's piece of text in each column (`x0`, `x1`, numeric), `None` where it leaves
/// the column empty.
pub(crate) type LinePieces = Vec<Option<(f32, f32, bool)>>;

/// Which neighbour column `c` (filled in few lines: a stray gap, or header labels over a
/// gutter) is merged into, `true` for the right one: the column that owns the gutter `c`
/// stands in, by the alignment of the two neighbours in the lines that leave `c` empty (the
/// body rows, which establish the columns). `None` when a neighbour has no such text.
pub(crate) fn merge_right(lines: &[LinePieces], c: usize, size: f32) -> Option<bool> {
    let ncols = lines.iter().map(Vec::len).max().unwrap_or(0);
    if c + 1 >= ncols || c == 0 {
        return (ncols >= 2).then_some(c == 0);
    }
    let at = |l: &LinePieces, k: usize| l.get(k).copied().flatten();
    let body = |k: usize| -> Vec<(f32, f32, bool)> {
        lines.iter().filter(|l| at(l, c).is_none()).filter_map(|l| at(l, k)).collect()
    };
    let (left, right) = (body(c - 1), body(c + 1));
    let own: Vec<(f32, f32, bool)> = lines.iter().filter_map(|l| at(l, c)).collect();
    if left.is_empty() || right.is_empty() || own.is_empty() {
        return None;
    }
    let g0 = left.iter().map(|p| p.1).fold(f32::NEG_INFINITY, f32::max);
    let g1 = right.iter().map(|p| p.0).fold(f32::INFINITY, f32::min);
    let piece = (
        own.iter().map(|p| p.0).fold(f32::INFINITY, f32::min),
        own.iter().map(|p| p.1).fold(f32::NEG_INFINITY, f32::max),
    );
    Some(goes_right(piece, g0, g1, owner(align(&left, size), align(&right, size))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alignment_from_body_edges() {
        // Right-aligned amounts of different widths.
        let amounts = [(331.0, 358.4, true), (320.0, 358.4, true), (336.0, 358.2, true)];
        assert_eq!(align(&amounts, 10.0), Align::Right);
        // Left-aligned labels.
        let labels = [(175.7, 199.4, false), (175.7, 210.0, false), (175.7, 220.6, false)];
        assert_eq!(align(&labels, 10.0), Align::Left);
        // Numbers of one width: flush on both sides.
        let same = [(331.3, 358.4, true), (331.3, 358.4, true)];
        assert_eq!(align(&same, 10.0), Align::Flush { numeric: true });
        // Centred text of different widths.
        let centred = [(100.0, 140.0, false), (110.0, 130.0, false), (90.0, 150.0, false)];
        assert_eq!(align(&centred, 10.0), Align::Open);
    }

    #[test]
    fn gutters_belong_to_the_column_that_reaches_over_them() {
        let (l, r, f) = (Align::Left, Align::Right, Align::Flush { numeric: true });
        assert_eq!(owner(r, r), Owner::Right);
        assert_eq!(owner(f, r), Owner::Right);
        assert_eq!(owner(l, l), Owner::Left);
        assert_eq!(owner(l, r), Owner::Shared);
        assert_eq!(owner(r, l), Owner::Shared);
        // `2023` set flush left in its cell, in the gutter after right-aligned numbers that
        // end at 358: nearer them, yet it is the next column's.
        assert!(goes_right((370.0, 390.0), 358.4, 409.9, owner(f, f)));
        // `2022` between a label column ending at 220 and numbers from 331: the nearer one.
        assert!(goes_right((291.3, 311.6), 220.6, 331.3, owner(l, f)));
        assert!(!goes_right((225.0, 240.0), 220.6, 331.3, owner(l, f)));
    }

    #[test]
    fn a_header_label_in_a_gutter_joins_the_column_that_owns_it() {
        // Columns: labels | `2022` alone | numbers | `2023` alone | numbers.
        let p = |a: f32, b: f32, num: bool| Some((a, b, num));
        let lines: Vec<LinePieces> = vec![
            vec![p(175.7, 196.9, false), p(291.3, 311.6, false), None, p(369.9, 390.2, false), None],
            vec![p(175.7, 199.4, false), None, p(331.3, 358.4, true), None, p(409.9, 437.0, true)],
            vec![p(175.7, 210.0, false), None, p(331.3, 358.4, true), None, p(409.9, 437.0, true)],
            vec![p(175.7, 220.6, false), None, p(331.3, 358.4, true), None, p(409.9, 437.0, true)],
        ];
        assert_eq!(merge_right(&lines, 1, 10.0), Some(true));
        assert_eq!(merge_right(&lines, 3, 10.0), Some(true));
        // Left-aligned text on both sides: the gutter is the left column's.
        let text: Vec<LinePieces> = vec![
            vec![p(10.0, 40.0, false), p(60.0, 70.0, false), None],
            vec![p(10.0, 50.0, false), None, p(90.0, 120.0, false)],
            vec![p(10.0, 30.0, false), None, p(90.0, 140.0, false)],
        ];
        assert_eq!(merge_right(&text, 1, 10.0), Some(false));
        assert_eq!(merge_right(&text, 0, 10.0), Some(true));
        assert_eq!(merge_right(&text, 2, 10.0), Some(false));
    }
}
