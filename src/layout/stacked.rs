//! Stacked rows of a formula, read in the order they were drawn.
//!
//! In: one page's [`Line`]s (sorted by baseline, then x). Out: the same lines, where the
//! lines that are one formula have become one line whose words are in content-stream
//! order ([`Word::seq`]).
//!
//! A displayed formula is set on several baselines at once: numerators and denominators,
//! limits over and under a sum, the rows of a matrix, the pieces of a tall bracket. Read by
//! geometry (baseline, then x) its parts come out row by row, every fraction's numerator
//! before its main row; the producer (TeX, an equation editor) draws them in the formula's
//! own order. Two lines are parts of one formula when
//! - one holds a mathematical sign (operator, relation, arrow, delimiter piece, Greek or
//!   mathematical letter) and neither is prose ([`is_prose`]);
//! - their baselines are apart, but closer than [`STACK_PITCH`] × the body's line pitch
//!   (scaled to their size: rows of a paragraph never are), or [`STACK_PITCH_MATH`] when
//!   both hold a sign or are a few short pieces (matrix rows, cases), or
//!   [`STACK_PITCH_BRACKET`] when one holds a tall bracket's piece (it spans the rows);
//! - they overlap or nearly touch horizontally (within [`STACK_GAP`] em: a line of the
//!   other column is further).
//!
//! Limits and brace labels, set further from their row, are joined by [`super::limits`].
//!
//! The same rule runs again on the rows of the reading order ([`merge_runs`]: a row joins
//! the pieces of one baseline, so a formula drawn in pieces side by side is caught there),
//! for consecutive rows of one column.

use super::forms::TermRole;
use super::limits::{label_links, operator_limits, LineFacts};
use super::rowmates::{enclosed_links, rowmate_links};
use super::tuning::{
    PROSE_WORDS, PROSE_WORD_LETTERS, ROW_TOL, SHORT_PIECES, SHORT_PIECE_CHARS, STACK_GAP, STACK_MIN_ROWS, STACK_PITCH,
    STACK_PITCH_BRACKET, STACK_PITCH_MATH,
};
use super::{Line, Word};

/// A piece of a tall bracket, brace or parenthesis (hooks and extensions).
pub(super) fn is_delimiter_piece(c: char) -> bool {
    matches!(u32::from(c), 0x239B..=0x23AD)
}

/// A character only formulas use (ASCII `=`, `+`, `<`, `>`, `^` too).
fn is_math_char(c: char) -> bool {
    matches!(c, '=' | '+' | '<' | '>' | '^' | '×' | '÷' | '±' | '·' | '−')
        || matches!(u32::from(c),
            0x0391..=0x03A9 | 0x03B1..=0x03C9 | 0x03D0..=0x03F6 // Greek
            | 0x2190..=0x21FF // arrows
            | 0x2200..=0x22FF // operators and relations
            | 0x2308..=0x230B | 0x239B..=0x23B3 // ceilings, floors, delimiter pieces
            | 0x27C0..=0x27FF | 0x2980..=0x2AFF // more operators, brackets, arrows
            | 0x1D400..=0x1D7FF) // mathematical letters
}

/// An operator, relation or arrow (not a Greek or mathematical letter: those name things
/// in figures and captions too).
pub(super) fn is_operator(c: char) -> bool {
    matches!(c, '=' | '+' | '<' | '>' | '×' | '÷' | '±' | '−')
        || matches!(u32::from(c), 0x2190..=0x21FF | 0x2200..=0x22FF | 0x27C0..=0x27FF | 0x2980..=0x2AFF)
}

/// How much a line looks like part of a formula: [`SIGN`] when a word holds a mathematical
/// sign, [`PIECES`] when it is a few short pieces only (a matrix row "x3", the tall brackets
/// "( )", limits "k=0": no word of prose), else 0. A formula needs a sign: pieces alone
/// (a list of symbols, figure labels) are linked to nothing but a line with one.
fn math_kind(words: &[Word]) -> u8 {
    // An ASCII word holds no delimiter piece, and of the signs only ASCII ones (most words
    // are ASCII: their bytes are read, not decoded).
    if words.iter().any(|w| !w.text.is_ascii() && w.text.chars().any(is_delimiter_piece)) {
        return DELIMITER;
    }
    let has_sign = |t: &str| {
        if t.is_ascii() {
            t.bytes().any(|b| is_math_char(char::from(b)))
        } else {
            t.chars().any(is_math_char)
        }
    };
    if words.iter().any(|w| has_sign(&w.text)) {
        return SIGN;
    }
    let short = words.len() <= SHORT_PIECES && words.iter().all(|w| w.text.chars().count() <= SHORT_PIECE_CHARS);
    if short {
        PIECES
    } else {
        0
    }
}

/// [`math_kind`] of a line with a piece of a tall bracket (it spans the formula's rows).
const DELIMITER: u8 = 3;
/// [`math_kind`] of a line with a mathematical sign.
const SIGN: u8 = 2;
/// [`math_kind`] of a line of a few short pieces.
const PIECES: u8 = 1;

/// True for a line of prose (or code): [`PROSE_WORDS`] words of four letters or more, or
/// two words or more, most of them such. Such a line is never part of a formula: its words stay in reading order and a
/// word broken at its end stays at a line end, where dehyphenation finds it.
pub(super) fn is_prose(words: &[Word]) -> bool {
    let wordy =
        words.iter().filter(|w| w.text.chars().filter(|c| c.is_alphabetic()).count() >= PROSE_WORD_LETTERS).count();
    wordy >= PROSE_WORDS || (words.len() >= 2 && wordy * 2 > words.len())
}

/// Whether two lines (or rows) of kinds `a`, `b` `delta` apart (baselines, in points, at
/// font size `size`) may be one formula's: one with a sign, closer than [`STACK_PITCH`]
/// pitches, or [`STACK_PITCH_MATH`] when the other is a sign or pieces too,
/// [`STACK_PITCH_BRACKET`] when one holds a tall bracket's piece; never when one is prose.
fn close_enough(a: u8, b: u8, prose: bool, delta: f32, size: f32, pitch: f32) -> bool {
    let reach = match (a.max(b), a.min(b)) {
        (DELIMITER, PIECES..) => STACK_PITCH_BRACKET,
        (_, PIECES..) => STACK_PITCH_MATH,
        _ => STACK_PITCH,
    };
    !prose && a.max(b) >= SIGN && delta > ROW_TOL * size && delta < reach * pitch * size
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Whether lines `p` (higher or level) and `q` are parts of one formula (module docs).
fn linked(p: &Line, q: &Line, kinds: (u8, u8), prose: bool, pitch: f32) -> bool {
    let size = p.size.max(q.size);
    let delta = (q.baseline - p.baseline).abs();
    let gap = p.bbox[0].max(q.bbox[0]) - p.bbox[2].min(q.bbox[2]);
    close_enough(kinds.0, kinds.1, prose, delta, size, pitch) && gap < STACK_GAP * size
}

/// What [`runs`] needs of a row of the reading order.
#[derive(Debug, Clone, Copy)]
pub(super) struct RowFacts {
    pub column: usize,
    pub baseline: f32,
    pub size: f32,
    /// [`math_kind`] of its words.
    pub math: u8,
    /// [`is_prose`] of its words.
    pub prose: bool,
}

/// The facts of a row of `words`.
pub(super) fn row_facts(column: usize, baseline: f32, size: f32, words: &[Word]) -> RowFacts {
    RowFacts { column, baseline, size, math: math_kind(words), prose: is_prose(words) }
}

/// Runs (two rows or more) of consecutive rows of the reading order that are one formula,
/// by the rule of [`merge_formulas`] on rows (a row joins a line's pieces on one
/// baseline, so a formula drawn in pieces side by side is caught here): rows of one
/// column, closer than the reach, one of them with a sign. `None` rows (tables) end a run.
pub(super) fn runs(rows: &[Option<RowFacts>], pitch: f32) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=rows.len() {
        let linked = match (rows[i - 1], rows.get(i).copied().flatten()) {
            (Some(p), Some(q)) => {
                let delta = (q.baseline - p.baseline).abs();
                let prose = p.prose || q.prose;
                p.column == q.column && close_enough(p.math, q.math, prose, delta, p.size.max(q.size), pitch)
            }
            _ => false,
        };
        if !linked {
            if i - start >= STACK_MIN_ROWS {
                out.push(start..i);
            }
            start = i;
        }
    }
    extend_runs(rows, &mut out, pitch);
    out
}

/// Grows each run of [`runs`] by the rows of pieces right above and below it: a row of
/// pieces is linked to nothing but a row with a sign, yet the brackets around a matrix
/// (set on their own baseline) or a second row of a sum's limits lie next to a row of
/// pieces of the formula. A neighbour joins when it is pieces (or a bracket), of the run's
/// column, and closer to the run's end row than [`STACK_PITCH`] line pitches; runs never
/// grow into each other.
fn extend_runs(rows: &[Option<RowFacts>], out: &mut [std::ops::Range<usize>], pitch: f32) {
    let joins = |end: usize, next: usize| match (rows[end], rows[next]) {
        (Some(p), Some(q)) => {
            let delta = (q.baseline - p.baseline).abs();
            p.column == q.column && !q.prose && q.math >= PIECES && delta < STACK_PITCH * pitch * p.size.max(q.size)
        }
        _ => false,
    };
    for k in 0..out.len() {
        let floor = if k == 0 { 0 } else { out[k - 1].end };
        while out[k].start > floor && joins(out[k].start, out[k].start - 1) {
            out[k].start -= 1;
        }
        let ceil = out.get(k + 1).map_or(rows.len(), |r| r.start);
        while out[k].end < ceil && joins(out[k].end - 1, out[k].end) {
            out[k].end += 1;
        }
    }
}

/// Replaces each run ([`runs`]) of `items` (rows of the reading order, described by
/// `facts`) by what `merge` makes of it.
pub(super) fn merge_runs<T>(
    items: Vec<T>,
    facts: impl Fn(&T) -> Option<RowFacts>,
    merge: impl Fn(Vec<T>) -> Option<T>,
    pitch: f32,
) -> Vec<T> {
    let found = runs(&items.iter().map(facts).collect::<Vec<_>>(), pitch);
    if found.is_empty() {
        return items;
    }
    let mut out = Vec::with_capacity(items.len());
    let mut run = Vec::new();
    let mut next = found.iter().peekable();
    for (i, item) in items.into_iter().enumerate() {
        match next.peek() {
            Some(r) if r.contains(&i) => {
                run.push(item);
                if r.end == i + 1 {
                    out.extend(merge(std::mem::take(&mut run)));
                    next.next();
                }
            }
            _ => out.push(item),
        }
    }
    out
}

/// Puts the words of one formula in the order they were drawn.
pub(super) fn content_order(words: &mut [Word]) {
    words.sort_by_key(|w| w.seq);
}

/// [`merge_formulas_apart`] without a list of terms.
#[cfg(test)]
pub(super) fn merge_formulas(lines: &mut Vec<Line>, pitch: f32, fixed: impl Fn(&Line) -> bool) {
    merge_formulas_apart(lines, pitch, fixed, |_| Vec::new());
}

/// Merges the lines of each formula into one line (see the module docs). `pitch` is the
/// body's line pitch per point of font size; lines for which `fixed` holds (table text)
/// are left alone. The rows of a list of terms (`roles` of the lines, by index; missing entries
/// are [`TermRole::None`]) are kept apart: no formula takes two terms (each may still
/// take its own pieces), and meanings are left alone as `fixed` lines are.
pub(super) fn merge_formulas_apart(
    lines: &mut Vec<Line>,
    pitch: f32,
    fixed: impl Fn(&Line) -> bool,
    roles: impl FnOnce(&[Line]) -> Vec<TermRole>,
) {
    let n = lines.len();
    let math: Vec<u8> = lines.iter().map(|l| math_kind(&l.words)).collect();
    if !math.iter().any(|&k| k >= SIGN) {
        return;
    }
    let roles = roles(lines);
    let role = |i: usize| roles.get(i).copied().unwrap_or(TermRole::None);
    let free: Vec<bool> = lines.iter().enumerate().map(|(i, l)| !fixed(l) && role(i) != TermRole::Meaning).collect();
    let prose: Vec<bool> = lines.iter().map(|l| is_prose(&l.words)).collect();
    let max_size = lines.iter().map(|l| l.size).fold(0.0f32, f32::max);
    let reach = STACK_PITCH * pitch * max_size;
    let facts: Vec<LineFacts> =
        (0..n).map(|i| LineFacts { free: free[i], prose: prose[i], sign: math[i] >= SIGN }).collect();
    // A big operator's limit joins its operator only (label_links links it).
    let mut limit = vec![false; n];
    for (i, _) in operator_limits(lines, &facts) {
        limit[i] = true;
    }
    let mut parent: Vec<usize> = (0..n).collect();
    // Per root: its formula holds a term (two such never join).
    let mut termed: Vec<bool> = (0..n).map(|i| role(i) == TermRole::Term).collect();
    let mut join = |parent: &mut [usize], a: usize, b: usize| {
        let (a, b) = (find(parent, a), find(parent, b));
        if a == b || (termed[a] && termed[b]) {
            return false;
        }
        parent[b] = a;
        termed[a] |= termed[b];
        true
    };
    let mut any = false;
    for i in 0..n {
        if !free[i] || limit[i] {
            continue;
        }
        for j in i + 1..n {
            if lines[j].baseline - lines[i].baseline >= reach {
                break;
            }
            if free[j]
                && !limit[j]
                && linked(&lines[i], &lines[j], (math[i], math[j]), prose[i] || prose[j], pitch)
                && join(&mut parent, i, j)
            {
                any = true;
            }
        }
    }
    for (a, b) in label_links(lines, &facts) {
        any |= join(&mut parent, a, b);
    }
    // The columns of a formula set apart by wide gaps, then braces inside its box.
    let (formula, multi) = formulas(lines, &mut parent);
    for (a, b) in rowmate_links(lines, &facts, &formula, &multi, pitch) {
        any |= join(&mut parent, a, b);
    }
    if any {
        let (formula, multi) = formulas(lines, &mut parent);
        let mut boxes: Vec<(usize, [f32; 4])> = Vec::new();
        for i in (0..n).filter(|&i| multi[i]) {
            let b = lines[i].bbox;
            match boxes.iter_mut().find(|(m, _)| formula[*m] == formula[i]) {
                Some((_, bb)) => *bb = [bb[0].min(b[0]), bb[1].min(b[1]), bb[2].max(b[2]), bb[3].max(b[3])],
                None => boxes.push((i, b)),
            }
        }
        for (a, b) in enclosed_links(lines, &facts, &multi, &boxes) {
            join(&mut parent, a, b);
        }
    }
    if !any {
        return;
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        let r = find(&mut parent, i);
        groups[r].push(i);
    }
    let mut old: Vec<Option<Line>> = std::mem::take(lines).into_iter().map(Some).collect();
    for g in groups.iter().filter(|g| !g.is_empty()) {
        let main: Vec<bool> = g.iter().filter(|&&i| old[i].is_some()).map(|&i| !limit[i]).collect();
        let parts: Vec<Line> = g.iter().filter_map(|&i| old[i].take()).collect();
        lines.extend(merge(parts, &main));
    }
    lines.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0])));
}

/// The formula (root) of every line, and whether that formula spans two baselines or more.
fn formulas(lines: &[Line], parent: &mut [usize]) -> (Vec<usize>, Vec<bool>) {
    let n = lines.len();
    let formula: Vec<usize> = (0..n).map(|i| find(parent, i)).collect();
    let mut span = vec![(f32::INFINITY, f32::NEG_INFINITY, f32::INFINITY); n];
    for (i, l) in lines.iter().enumerate() {
        let s = &mut span[formula[i]];
        *s = (s.0.min(l.baseline), s.1.max(l.baseline), s.2.min(l.size));
    }
    let multi = formula.iter().map(|&r| span[r].1 - span[r].0 > ROW_TOL * span[r].2).collect();
    (formula, multi)
}

/// One line from a formula's lines: their words in drawing order, the main row's baseline
/// and size. The main row is the one with most characters among the parts `eligible`
/// allows (a big operator's limit is not: "k=1" under "∑" has more characters than its
/// operator but the formula reads on the operator's row); any part when it allows none.
fn merge(mut parts: Vec<Line>, eligible: &[bool]) -> Option<Line> {
    if parts.len() < 2 {
        return parts.pop();
    }
    let chars = |l: &Line| l.words.iter().map(|w| w.text.chars().count()).sum::<usize>();
    let allowed = |k: &usize| eligible.get(*k).copied().unwrap_or(true);
    let pick = |k: usize| chars(&parts[k]);
    let best = (0..parts.len()).filter(allowed).max_by_key(|&k| pick(k));
    let main = &parts[best.or_else(|| (0..parts.len()).max_by_key(|&k| pick(k)))?];
    let (baseline, size) = (main.baseline, main.size);
    let bbox =
        parts.iter().map(|l| l.bbox).reduce(|a, b| [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])])?;
    let mut words: Vec<Word> = parts.into_iter().flat_map(|l| l.words).collect();
    content_order(&mut words);
    Some(Line { words, bbox, baseline, size })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::{line, word};

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    fn row(column: usize, baseline: f32, math: bool) -> Option<RowFacts> {
        Some(RowFacts { column, baseline, size: 10.0, math: if math { SIGN } else { 0 }, prose: false })
    }

    #[test]
    fn a_formula_reads_on_its_operators_row_not_on_a_longer_limit() {
        // "∑" (11 pt, its baseline near its top) and its lower limit "k=1" (8 pt, more
        // characters): the merged line stands on the operator's baseline.
        let mut op = line(vec![word("∑", 100.0, 268.0, 1)]);
        op.size = 11.0;
        let mut lim = line(vec![word("k=1", 98.0, 291.7, 2)]);
        lim.size = 8.0;
        let m = merge(vec![op.clone(), lim.clone()], &[true, false]).expect("a line");
        assert_eq!((m.baseline, m.size, m.text()), (268.0, 11.0, "∑ k=1".to_string()));
        // Without the limit known, the longer row is the main one.
        assert_eq!(merge(vec![op, lim], &[]).expect("a line").baseline, 291.7);
    }

    #[test]
    fn rows_closer_than_a_line_with_a_sign_are_one_formula() {
        // Numerator, main row with "=", denominator 7 pt apart; then body text 12 pt apart.
        let rows = [row(0, 93.0, false), row(0, 100.0, true), row(0, 107.0, false), row(0, 119.0, false)];
        assert_eq!(runs(&rows, 1.2), vec![0..3]);
        let tight_prose = [row(0, 100.0, false), row(0, 107.0, false)];
        assert_eq!(math_kind(&[word("x3", 0.0, 0.0, 0)]), PIECES);
        assert_eq!(math_kind(&[word("(", 0.0, 0.0, 0), word(")", 9.0, 0.0, 1)]), PIECES);
        assert_eq!(math_kind(&[word("uno", 0.0, 0.0, 0), word("dos", 9.0, 0.0, 1), word("tres", 19.0, 0.0, 2)]), 0);
        assert_eq!(math_kind(&[word("a=b", 0.0, 0.0, 0)]), SIGN);
        assert_eq!(math_kind(&[word("⎝x2⎠", 0.0, 0.0, 0)]), DELIMITER);
        // A tall bracket's rows reach further than a line apart; signs alone do not.
        let k = |baseline: f32, math: u8, prose: bool| Some(RowFacts { column: 0, baseline, size: 10.0, math, prose });
        assert_eq!(runs(&[k(100.0, DELIMITER, false), k(117.0, PIECES, false)], 1.2), vec![0..2]);
        assert!(runs(&[k(100.0, SIGN, false), k(117.0, SIGN, false)], 1.2).is_empty());
        // Two lines of a formula a line apart; two lines of text with signs are not.
        assert_eq!(runs(&[k(100.0, SIGN, false), k(112.0, SIGN, false)], 1.2), vec![0..2]);
        assert!(runs(&[k(100.0, SIGN, true), k(112.0, SIGN, false)], 1.2).is_empty());
        assert!(runs(&[k(100.0, SIGN, true), k(106.0, PIECES, false)], 1.2).is_empty());
        let code = [word("statistics=c(\"mean\",", 0.0, 0.0, 0), word("quantiles", 0.0, 0.0, 1)];
        assert!(is_prose(&code) && !is_prose(&[word("det(IS)", 0.0, 0.0, 0), word("=", 0.0, 0.0, 1)]));
        // Running text with one-letter variables between its words is prose too.
        let text: Vec<Word> = ["liegen", "x", "y", "in", "der", "gleichen", "Zusammenhangs-"]
            .iter()
            .map(|t| word(t, 0.0, 0.0, 0))
            .collect();
        assert!(is_prose(&text));
        // Pieces alone are no formula: a list of symbols one line apart stays as it is.
        let piece = |baseline: f32| Some(RowFacts { column: 0, baseline, size: 10.0, math: PIECES, prose: false });
        let pieces = [piece(100.0), piece(112.0)];
        assert!(runs(&pieces, 1.2).is_empty());
        assert!(runs(&tight_prose, 1.2).is_empty());
        let columns = [row(0, 100.0, true), row(1, 104.0, true)];
        assert!(runs(&columns, 1.2).is_empty());
        let table_between = [row(0, 100.0, true), None, row(0, 104.0, true)];
        assert!(runs(&table_between, 1.2).is_empty());
    }

    #[test]
    fn rows_of_pieces_next_to_a_formula_join_it() {
        // A matrix: the brackets' row, two rows of entries around the "=" row, then prose.
        let k = |baseline: f32, math: u8, prose: bool| Some(RowFacts { column: 0, baseline, size: 10.0, math, prose });
        let rows = [
            k(91.0, PIECES, false),
            k(99.0, PIECES, false),
            k(106.0, SIGN, false),
            k(113.0, PIECES, false),
            k(125.0, 0, true),
        ];
        assert_eq!(runs(&rows, 1.2), vec![0..4]);
        // A row of pieces a full line away stays out.
        let far = [k(87.0, PIECES, false), k(99.0, PIECES, false), k(106.0, SIGN, false)];
        assert_eq!(runs(&far, 1.2), vec![1..3]);
    }

    #[test]
    fn a_fraction_is_read_in_drawing_order() {
        // "f = a/b" drawn f, =, a, b: the numerator 7 pt over the main row, the denominator
        // 7 pt under it; a body row 14 pt further down (pitch 1.2 em) stays apart.
        let mut lines = vec![
            line(vec![word("a", 120.0, 93.0, 2)]),
            line(vec![word("f", 100.0, 100.0, 0), word("=", 110.0, 100.0, 1)]),
            line(vec![word("b", 120.0, 107.0, 3)]),
            line(vec![word("Texto", 100.0, 121.0, 4)]),
        ];
        merge_formulas(&mut lines, 1.2, |_| false);
        assert_eq!(texts(&lines), ["f = a b", "Texto"]);
        assert_eq!(lines[0].baseline, 100.0);
    }

    #[test]
    fn prose_set_tight_other_columns_and_table_text_stay_apart() {
        let tight = vec![line(vec![word("primera", 100.0, 100.0, 1)]), line(vec![word("segunda", 100.0, 107.0, 0)])];
        let mut l = tight.clone();
        merge_formulas(&mut l, 1.2, |_| false);
        assert_eq!(texts(&l), ["primera", "segunda"]);
        // A sign, but the other line is a column away (100 pt to the right).
        let mut l = vec![line(vec![word("x=1", 100.0, 100.0, 1)]), line(vec![word("y", 220.0, 107.0, 0)])];
        merge_formulas(&mut l, 1.2, |_| false);
        assert_eq!(texts(&l), ["x=1", "y"]);
        // Inside a table: left alone.
        let mut l = vec![line(vec![word("x=1", 100.0, 100.0, 1)]), line(vec![word("y", 100.0, 107.0, 0)])];
        merge_formulas(&mut l, 1.2, |_| true);
        assert_eq!(texts(&l), ["x=1", "y"]);
    }

    #[test]
    fn the_terms_of_a_list_of_symbols_are_no_formula() {
        // Symbols with signs one under the other at the body's pitch, each beside its
        // meaning; the last row set whole on one line. Read as a formula, the symbols would
        // become one line; as a list, every row stays a row.
        // A title in a bigger size heads the page (the rows are looked for within a share of
        // the page's biggest size).
        let w = |t: &str, x: f32, b: f32, seq: u32| line(vec![word(t, x, b, seq)]);
        let mut title = w("Symbole", 90.0, 80.0, 0);
        title.size = 20.0;
        let lines = vec![
            title,
            w("A×B", 90.0, 100.0, 1),
            w("Kreuzprodukt", 128.0, 100.0, 2),
            w("A⊆B", 90.0, 112.0, 3),
            w("Teilmenge", 128.0, 112.0, 4),
            line(vec![word("A⊊B", 90.0, 124.0, 5), word("echte", 128.0, 124.0, 6)]),
            w("A∖B", 90.0, 136.0, 7),
            w("Differenz", 128.0, 136.0, 8),
            w("A∩B", 90.0, 148.0, 9),
            w("Schnitt", 128.0, 148.0, 10),
        ];
        let mut plain = lines.clone();
        merge_formulas(&mut plain, 1.2, |_| false);
        assert!(plain.len() < lines.len(), "{:?}", texts(&plain));
        let roles = super::super::forms::term_roles(&lines, &[true; 10], 12.0);
        let mut kept = lines.clone();
        merge_formulas_apart(&mut kept, 1.2, |_| false, |_| roles);
        assert_eq!(texts(&kept), texts(&lines));
    }
}
