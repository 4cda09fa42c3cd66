//! Label–value rows: a form or data sheet set as two columns inside the text ("Plazo de
//! ejecución:" on the left, "240 días calendario" on the right, on one baseline), and a list
//! of terms and their meanings (a list of symbols or abbreviations: "P(M)" on the left,
//! "Potenzmenge von M" on the right).
//!
//! In: one page's lines and which of them are free body text. Out: for each label line the
//! value line on its row, so that the two are read as one row. Without this, the reading
//! order sees a gutter between labels and values and reads every label, then every value.
//!
//! A label is a line whose row has another free line to its right (the value: the nearest
//! one, of about the same size) and that either ends with a colon, or is a *term*: no prose
//! ([`is_prose`]), no list marker alone, and its value opens with a word of
//! [`PROSE_WORD_LETTERS`] letters or more (a meaning said in words). Labels are read as
//! form rows only in a run of at least [`KV_MIN_ROWS`] consecutive ones: their left (or right)
//! edges align, their values' left edges align, and no other line of the label column
//! comes between them (value lines wrapped under the value column may). A run with terms
//! must also be a narrow column of labels right beside its meanings: the values' column
//! starts at most [`KV_TERM_GAP`] em right of the widest label (two columns of a page are
//! set further apart than their lines' ends are ragged). A line that goes
//! on from the line right above it in its column (same size and weight, one pitch up) is
//! no label: it closes a paragraph ("… en los siguientes términos:"). Lines of two prose
//! columns side by side ending in a colon are what these tests leave alone.
//!
//! [`term_rows`] says which pairs are terms: the symbols of such a list are no formula's
//! rows (they are set one under the other at the body's pitch, with signs), so the formula
//! stage keeps them apart.

use super::headings;
use super::stacked::is_prose;
use super::tuning::*;
use super::Line;

/// `pairs[i] = Some(j)`: line `j` is the value of label line `i` on its row. Lines not
/// `free` take no part; `pitch` is the body's distance between baselines.
pub fn label_value_pairs(lines: &[Line], free: &[bool], pitch: f32) -> Vec<Option<usize>> {
    pairs_with_kind(lines, free, pitch).into_iter().map(|p| p.map(|(v, _)| v)).collect()
}

/// What a line is in a list of terms and their meanings ([`term_roles`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TermRole {
    /// Not in such a list.
    None,
    /// A row's term (a symbol), or a row of the list set whole on one line.
    Term,
    /// A term's meaning: words.
    Meaning,
}

/// The roles of `lines` in lists of terms: the terms and meanings of the pairs of
/// [`label_value_pairs`] whose label is a term (no colon), and, as terms too, the rows of
/// such a list whose term and meaning are set close enough to make one line: a free line
/// whose left edge is a term's (within [`KV_ALIGN_TOL`] em) on the next row above or below
/// it (within [`KV_LIST_ROW_PITCH`] body pitches).
pub fn term_roles(lines: &[Line], free: &[bool], pitch: f32) -> Vec<TermRole> {
    let mut roles = vec![TermRole::None; lines.len()];
    let pairs = pairs_with_kind(lines, free, pitch);
    for (t, p) in pairs.iter().enumerate() {
        if let Some((m, true)) = *p {
            roles[t] = TermRole::Term;
            roles[m] = TermRole::Meaning;
        }
    }
    let terms: Vec<usize> = (0..lines.len()).filter(|&i| roles[i] == TermRole::Term).collect();
    for (i, l) in lines.iter().enumerate() {
        if roles[i] != TermRole::None || !free.get(i).copied().unwrap_or(false) || l.words.is_empty() {
            continue;
        }
        let row = terms.iter().any(|&t| {
            let o = &lines[t];
            let drop = (o.baseline - l.baseline).abs();
            (o.bbox[0] - l.bbox[0]).abs() <= KV_ALIGN_TOL * o.size
                && drop > KV_BASELINE_TOL * o.size
                && drop <= KV_LIST_ROW_PITCH * pitch.max(o.size)
        });
        if row {
            roles[i] = TermRole::Term;
        }
    }
    roles
}

/// Whether `l` may label a term list's row whose value is `v` (module docs).
fn is_term(l: &Line, v: &Line) -> bool {
    let lone_marker = l.words.len() == 1 && l.words.first().is_some_and(|w| headings::list_marker(&w.text).is_some());
    let worded = v.words.first().is_some_and(|w| {
        w.text.chars().next().is_some_and(char::is_alphabetic)
            && w.text.chars().filter(|c| c.is_alphabetic()).count() >= PROSE_WORD_LETTERS
    });
    !lone_marker && worded && !is_prose(&l.words)
}

fn pairs_with_kind(lines: &[Line], free: &[bool], pitch: f32) -> Vec<Option<(usize, bool)>> {
    let mut out = vec![None; lines.len()];
    let is_free = |i: usize| free.get(i).copied().unwrap_or(false) && !lines[i].words.is_empty();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut term = vec![false; lines.len()];
    // Lines sorted by baseline (as lines are built) are searched in a window of baselines.
    let sorted = lines.windows(2).all(|w| w[0].baseline <= w[1].baseline);
    for (i, l) in lines.iter().enumerate() {
        if !is_free(i) {
            continue;
        }
        let colon = l.words.last().is_some_and(|w| w.text.ends_with(':'));
        let tol = KV_BASELINE_TOL * l.size;
        let window = if sorted {
            let lo = lines.partition_point(|o| o.baseline < l.baseline - tol);
            let hi = lines.partition_point(|o| o.baseline <= l.baseline + tol);
            lo..hi.max(lo)
        } else {
            0..lines.len()
        };
        let value = window
            .filter(|&j| j != i && is_free(j))
            .filter(|&j| (lines[j].baseline - l.baseline).abs() <= tol && lines[j].bbox[0] >= l.bbox[2])
            .filter(|&j| {
                let (a, b) = (lines[j].size, l.size);
                a.min(b) >= KV_SIZE_RATIO * a.max(b)
            })
            .min_by(|&a, &b| lines[a].bbox[0].total_cmp(&lines[b].bbox[0]));
        if let Some(j) = value {
            if colon {
                pairs.push((i, j));
            } else if is_term(l, &lines[j]) {
                term[i] = true;
                pairs.push((i, j));
            }
        }
    }
    // A line ending in a colon right under a line of its own column, set alike, closes a
    // paragraph of that column ("… en los siguientes términos:"): it labels nothing.
    let labels: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    pairs.retain(|&(l, v)| !continues_paragraph(lines, free, l, lines[v].bbox[0], pitch, &labels));
    if pairs.len() < KV_MIN_ROWS {
        return out;
    }
    pairs.sort_by(|a, b| lines[a.0].baseline.total_cmp(&lines[b.0].baseline));
    // Runs are built side by side: two columns of a page may each hold a form or a list,
    // their rows interleaved by baseline. A pair goes on the first open run it continues.
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    for &p in &pairs {
        match runs.iter_mut().find(|r| r.last().is_some_and(|&q| same_form(lines, free, q, p))) {
            Some(r) => r.push(p),
            None => runs.push(vec![p]),
        }
    }
    for mut run in runs {
        flush(lines, &term, &mut run, &mut out);
    }
    out
}

/// Whether label line `l` (its value starting at `value_x0`) goes on from the line right
/// above it in its column: a free line within [`KV_PARAGRAPH_PITCH`] pitches above, under
/// the label's left part, stopping short of the value column, in the same size and weight,
/// and not itself one of the `labels`.
fn continues_paragraph(lines: &[Line], free: &[bool], l: usize, value_x0: f32, pitch: f32, labels: &[usize]) -> bool {
    let label = &lines[l];
    let reach = KV_PARAGRAPH_PITCH * pitch.max(label.size);
    let above = lines
        .iter()
        .enumerate()
        .filter(|&(k, o)| {
            k != l
                && free.get(k).copied().unwrap_or(false)
                && o.baseline < label.baseline - KV_BASELINE_TOL * label.size
                && o.bbox[0] < label.bbox[2]
                && o.bbox[2] > label.bbox[0]
        })
        .max_by(|a, b| a.1.baseline.total_cmp(&b.1.baseline));
    let Some((k, o)) = above else { return false };
    label.baseline - o.baseline <= reach
        && o.bbox[2] < value_x0
        && !labels.contains(&k)
        && (o.size - label.size).abs() <= KV_STYLE_SIZE_TOL * label.size
        && mostly_bold(o) == mostly_bold(label)
}

fn mostly_bold(l: &Line) -> bool {
    let (mut b, mut n) = (0usize, 0usize);
    for w in &l.words {
        let c = w.text.chars().count();
        n += c;
        if w.bold {
            b += c;
        }
    }
    2 * b > n
}

fn flush(lines: &[Line], term: &[bool], run: &mut Vec<(usize, usize)>, out: &mut [Option<(usize, bool)>]) {
    if run.len() >= KV_MIN_ROWS && (!run.iter().any(|p| term[p.0]) || beside(lines, run)) {
        for &(l, v) in run.iter() {
            out[l] = Some((v, term[l]));
        }
    }
    run.clear();
}

/// Whether a run's values start at most [`KV_TERM_GAP`] em right of its widest label.
fn beside(lines: &[Line], run: &[(usize, usize)]) -> bool {
    let right = run.iter().map(|p| lines[p.0].bbox[2]).fold(f32::NEG_INFINITY, f32::max);
    let left = run.iter().map(|p| lines[p.1].bbox[0]).fold(f32::INFINITY, f32::min);
    let em = run.iter().map(|p| lines[p.0].size).fold(0.0, f32::max);
    left - right <= KV_TERM_GAP * em
}

/// Whether pair `b` (lower) continues the form of pair `a`: aligned labels, aligned values,
/// near enough, and nothing else in the label column between them.
fn same_form(lines: &[Line], free: &[bool], a: (usize, usize), b: (usize, usize)) -> bool {
    let (la, va, lb, vb) = (&lines[a.0], &lines[a.1], &lines[b.0], &lines[b.1]);
    let em = la.size.max(lb.size);
    let tol = KV_ALIGN_TOL * em;
    let labels_align = (la.bbox[0] - lb.bbox[0]).abs() <= tol || (la.bbox[2] - lb.bbox[2]).abs() <= tol;
    let values_align = (va.bbox[0] - vb.bbox[0]).abs() <= tol;
    let near = lb.baseline - la.baseline <= KV_MAX_ROW_DROP * em;
    if !(labels_align && values_align && near) {
        return false;
    }
    let col = [la.bbox[0].min(lb.bbox[0]), la.bbox[2].max(lb.bbox[2])];
    !lines.iter().enumerate().any(|(k, l)| {
        k != a.0
            && k != b.0
            && free.get(k).copied().unwrap_or(false)
            && l.baseline > la.baseline + KV_BASELINE_TOL * em
            && l.baseline < lb.baseline - KV_BASELINE_TOL * em
            && l.bbox[0] < col[1]
            && l.bbox[2] > col[0]
            && l.bbox[0] < va.bbox[0].min(vb.bbox[0]) - tol
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::word;

    /// A 10 pt line of `s`'s words from `x` on `base` (0.5 em per character, one space).
    fn line(x: f32, base: f32, _size: f32, s: &str) -> Line {
        let mut words = Vec::new();
        let mut at = x;
        for (k, t) in s.split(' ').enumerate() {
            words.push(word(t, at, base, k as u32));
            at += 5.0 * (t.chars().count() + 1) as f32;
        }
        crate::layout::testutil::line(words)
    }

    fn ends(pairs: &[Option<usize>], lines: &[Line]) -> Vec<(String, String)> {
        pairs.iter().enumerate().filter_map(|(i, p)| p.map(|j| (lines[i].text(), lines[j].text()))).collect()
    }

    #[test]
    fn label_and_value_columns_pair_row_by_row() {
        // Labels at 72, values at 200; the second value wraps under the value column.
        let lines = vec![
            line(72.0, 100.0, 10.0, "Monto de inversión:"),
            line(200.0, 100.0, 10.0, "S/ 3 827 331,40"),
            line(72.0, 114.0, 10.0, "Unidad ejecutora:"),
            line(200.0, 114.0, 10.0, "Gobierno Regional de"),
            line(200.0, 128.0, 10.0, "La Libertad"),
            line(72.0, 142.0, 10.0, "Plazo:"),
            line(200.0, 142.0, 10.0, "240 días"),
        ];
        let free = vec![true; lines.len()];
        let p = label_value_pairs(&lines, &free, 12.0);
        let got = ends(&p, &lines);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], ("Unidad ejecutora:".to_string(), "Gobierno Regional de".to_string()));
        assert_eq!(p[4], None);
    }

    #[test]
    fn one_label_row_or_prose_columns_are_left_alone() {
        // A single label row is no form.
        let one = vec![line(72.0, 100.0, 10.0, "Asunto:"), line(200.0, 100.0, 10.0, "Remite informe")];
        assert!(label_value_pairs(&one, &[true, true], 12.0).iter().all(Option::is_none));
        // Two-column prose: two left-column lines end in a colon, but a prose line of the
        // left column comes between them.
        let prose = vec![
            line(72.0, 100.0, 10.0, "los objetivos siguientes:"),
            line(320.0, 100.0, 10.0, "de la región y sus provincias"),
            line(72.0, 114.0, 10.0, "el primero de ellos es el más"),
            line(320.0, 114.0, 10.0, "con un avance físico del"),
            line(72.0, 128.0, 10.0, "y se resume así:"),
            line(320.0, 128.0, 10.0, "periodo anterior y siguiente"),
        ];
        assert!(label_value_pairs(&prose, &[true; 6], 12.0).iter().all(Option::is_none));
        // Two consecutive lines of the left column end in a colon, the first closing a
        // paragraph, the second a full line: the column goes on above them.
        let parallel = vec![
            line(72.0, 100.0, 10.0, "Título II del Libro Primero, en los"),
            line(320.0, 100.0, 10.0, "Primero del Código, cuyo texto"),
            line(72.0, 112.0, 10.0, "siguientes términos:"),
            line(320.0, 112.0, 10.0, "términos:"),
            line(72.0, 124.0, 10.0, "Artículo 20. Son delitos privados:"),
            line(320.0, 124.0, 10.0, "Artículo 20. - (Delitos de acción"),
        ];
        assert!(label_value_pairs(&parallel, &[true; 6], 12.0).iter().all(Option::is_none));
        // Lines that are not free (a table's) take no part.
        let lines = vec![
            line(72.0, 100.0, 10.0, "Monto:"),
            line(200.0, 100.0, 10.0, "S/ 10"),
            line(72.0, 114.0, 10.0, "Plazo:"),
            line(200.0, 114.0, 10.0, "240 días"),
        ];
        assert!(label_value_pairs(&lines, &[true, false, true, true], 12.0).iter().all(Option::is_none));
    }

    /// A list of symbols: terms at 90 (signs, no prose), meanings at 128, 12 pt apart; the
    /// fourth row's term and meaning are set as one line.
    fn symbol_list() -> Vec<Line> {
        vec![
            line(90.0, 100.0, 10.0, "P(M)"),
            line(128.0, 100.0, 10.0, "Potenzmenge von M"),
            line(90.0, 112.0, 10.0, "A × B"),
            line(128.0, 112.0, 10.0, "Kreuzprodukt"),
            line(90.0, 124.0, 10.0, "∂M"),
            line(128.0, 124.0, 10.0, "Rand der Menge M"),
            line(90.0, 136.0, 10.0, "A ⊆ B Teilmengenbeziehung"),
        ]
    }

    #[test]
    fn a_list_of_symbols_pairs_each_term_with_its_meaning() {
        let lines = symbol_list();
        let free = vec![true; lines.len()];
        let got = ends(&label_value_pairs(&lines, &free, 12.0), &lines);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], ("A × B".to_string(), "Kreuzprodukt".to_string()));
        let roles = term_roles(&lines, &free, 12.0);
        assert_eq!(roles[2], TermRole::Term);
        assert_eq!(roles[3], TermRole::Meaning);
        // The row set whole on one line, right under a term, is a row of the list.
        assert_eq!(roles[6], TermRole::Term);
    }

    #[test]
    fn short_lines_beside_another_page_column_are_no_terms() {
        // Short lines (no prose) of a left column, each beside a line of the right column
        // that opens with a word: the right column starts far beyond their ends.
        let lines = vec![
            line(90.0, 100.0, 10.0, "SSS, 104"),
            line(332.0, 100.0, 10.0, "Lotfußpunkt, 86"),
            line(90.0, 112.0, 10.0, "SWS, 69"),
            line(332.0, 112.0, 10.0, "Möbiusband, 91"),
            line(90.0, 124.0, 10.0, "WSW, 70"),
            line(332.0, 124.0, 10.0, "Metrik, 6"),
        ];
        let free = vec![true; lines.len()];
        assert!(label_value_pairs(&lines, &free, 12.0).iter().all(Option::is_none));
        assert!(term_roles(&lines, &free, 12.0).iter().all(|r| *r == TermRole::None));
        // Meanings that open with a number or a sign are no meanings.
        let sums = vec![
            line(90.0, 100.0, 10.0, "x ="),
            line(128.0, 100.0, 10.0, "2 + y"),
            line(90.0, 112.0, 10.0, "z ="),
            line(128.0, 112.0, 10.0, "3 + y"),
        ];
        assert!(label_value_pairs(&sums, &[true; 4], 12.0).iter().all(Option::is_none));
    }

    #[test]
    fn lists_in_two_page_columns_with_rows_on_other_baselines_pair_each() {
        // The left column's rows at 100, 112, 124; the right column's at 106, 118, 130:
        // by baseline they take turns, each list is still a run of its own.
        let mut lines = Vec::new();
        for (k, (t, m)) in [("∂M", "Rand von M"), ("A × B", "Kreuzprodukt"), ("M◦", "Inneres von M")].iter().enumerate()
        {
            lines.push(line(90.0, 100.0 + 12.0 * k as f32, 10.0, t));
            lines.push(line(128.0, 100.0 + 12.0 * k as f32, 10.0, m));
        }
        for (k, (t, m)) in
            [("[γ]", "Homotopieklasse"), ("γ1 ∗ γ2", "Zusammenhängen"), ("C", "Bild eines Weges")].iter().enumerate()
        {
            lines.push(line(320.0, 106.0 + 12.0 * k as f32, 10.0, t));
            lines.push(line(370.0, 106.0 + 12.0 * k as f32, 10.0, m));
        }
        let free = vec![true; lines.len()];
        let got = ends(&label_value_pairs(&lines, &free, 12.0), &lines);
        assert_eq!(got.len(), 6, "{got:?}");
    }
}
