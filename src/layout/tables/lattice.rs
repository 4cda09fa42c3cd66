//! Ruled tables: cell grids built from ruling segments.
//!
//! In: a page's horizontal/vertical ruling segments (and shading rectangles) and its words.
//! Out: one [`Grid`] per connected set of rules that forms at least a 2 × 2 grid with text in
//! it. Collinear pieces are merged, column and row boundaries come from the rule positions,
//! an inner border that is missing joins the cells on both sides into one spanning cell, and
//! each word goes to the cell holding its centre.

use super::tuning::*;
use super::{cell_text, is_numeric, union_boxes, Grid, TWord};
use crate::model::MergedCell;
use crate::pdf::TextPage;

/// An axis-aligned segment: `pos` across, `a..b` along.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Seg {
    pub pos: f32,
    pub a: f32,
    pub b: f32,
}

impl Seg {
    fn len(&self) -> f32 {
        self.b - self.a
    }
}

/// Splits the page's rules into merged horizontal and vertical segments.
pub(crate) fn segments(page: &TextPage) -> (Vec<Seg>, Vec<Seg>) {
    let mut hs = Vec::new();
    let mut vs = Vec::new();
    for r in page.rules.iter().take(MAX_RULES) {
        if ![r.x0, r.y0, r.x1, r.y1].iter().all(|v| v.is_finite()) {
            continue;
        }
        let (dx, dy) = ((r.x1 - r.x0).abs(), (r.y1 - r.y0).abs());
        if dy <= RULE_THICK && dx > dy && dx >= RULE_MIN_LEN {
            hs.push(Seg { pos: (r.y0 + r.y1) / 2.0, a: r.x0.min(r.x1), b: r.x0.max(r.x1) });
        } else if dx <= RULE_THICK && dy > dx && dy >= RULE_MIN_LEN {
            vs.push(Seg { pos: (r.x0 + r.x1) / 2.0, a: r.y0.min(r.y1), b: r.y0.max(r.y1) });
        }
    }
    let long = |s: &Seg| s.len() >= MIN_RULE;
    (merge_segments(hs).into_iter().filter(long).collect(), merge_segments(vs).into_iter().filter(long).collect())
}

/// Joins collinear segments that overlap or nearly touch.
pub(crate) fn merge_segments(mut segs: Vec<Seg>) -> Vec<Seg> {
    segs.sort_by(|p, q| p.pos.total_cmp(&q.pos));
    // Cluster by position.
    let mut clusters: Vec<Vec<Seg>> = Vec::new();
    for s in segs {
        match clusters.last_mut() {
            Some(c) if c.last().is_some_and(|l| (s.pos - l.pos).abs() <= POS_TOL) => c.push(s),
            _ => clusters.push(vec![s]),
        }
    }
    let mut out = Vec::new();
    for mut c in clusters {
        let pos =
            c.iter().map(|s| s.pos * s.len().max(0.1)).sum::<f32>() / c.iter().map(|s| s.len().max(0.1)).sum::<f32>();
        c.sort_by(|p, q| p.a.total_cmp(&q.a));
        let mut cur: Option<Seg> = None;
        for s in c {
            cur = Some(match cur {
                Some(mut k) if s.a <= k.b + GAP_TOL => {
                    k.b = k.b.max(s.b);
                    k
                }
                Some(k) => {
                    out.push(Seg { pos, ..k });
                    s
                }
                None => s,
            });
        }
        if let Some(k) = cur {
            out.push(Seg { pos, ..k });
        }
    }
    out
}

fn crosses(h: &Seg, v: &Seg) -> bool {
    v.pos >= h.a - POS_TOL && v.pos <= h.b + POS_TOL && h.pos >= v.a - POS_TOL && h.pos <= v.b + POS_TOL
}

fn find_root(p: &mut [usize], mut i: usize) -> usize {
    let mut guard = 0;
    while p[i] != i && guard < p.len() {
        p[i] = p[p[i]];
        i = p[i];
        guard += 1;
    }
    i
}

fn union(p: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find_root(p, a), find_root(p, b));
    if ra != rb {
        p[ra.max(rb)] = ra.min(rb);
    }
}

/// Groups of crossing segments: `(horizontals, verticals)` of each group.
fn components(hs: &[Seg], vs: &[Seg]) -> Vec<(Vec<Seg>, Vec<Seg>)> {
    let n = hs.len() + vs.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for (i, h) in hs.iter().enumerate() {
        for (j, v) in vs.iter().enumerate() {
            if crosses(h, v) {
                union(&mut parent, i, hs.len() + j);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, (Vec<Seg>, Vec<Seg>)> = Default::default();
    for i in 0..n {
        let r = find_root(&mut parent, i);
        let g = groups.entry(r).or_default();
        if i < hs.len() {
            g.0.push(hs[i]);
        } else {
            g.1.push(vs[i - hs.len()]);
        }
    }
    groups.into_values().collect()
}

/// Clusters positions into band boundaries.
fn boundaries(mut xs: Vec<f32>) -> Vec<f32> {
    xs.sort_by(|a, b| a.total_cmp(b));
    let mut out: Vec<Vec<f32>> = Vec::new();
    for x in xs {
        match out.last_mut() {
            Some(c) if c.last().is_some_and(|l| x - l <= POS_TOL) => c.push(x),
            _ => out.push(vec![x]),
        }
    }
    out.into_iter().map(|c| c.iter().sum::<f32>() / c.len() as f32).collect()
}

/// Fraction of `lo..hi` covered by segments at `pos`.
fn coverage(segs: &[Seg], pos: f32, lo: f32, hi: f32) -> f32 {
    if hi <= lo {
        return 1.0;
    }
    let mut cov: Vec<(f32, f32)> = segs
        .iter()
        .filter(|s| (s.pos - pos).abs() <= POS_TOL + BORDER_POS_SLACK)
        .map(|s| (s.a.max(lo), s.b.min(hi)))
        .filter(|(a, b)| b > a)
        .collect();
    cov.sort_by(|p, q| p.0.total_cmp(&q.0));
    let mut total = 0.0;
    let mut end = lo;
    for (a, b) in cov {
        let a = a.max(end);
        if b > a {
            total += b - a;
            end = b;
        }
    }
    total / (hi - lo)
}

/// Drops boundaries that make slivers holding no word centre.
fn drop_slivers(bounds: Vec<f32>, centres: &[f32]) -> Vec<f32> {
    let mut out: Vec<f32> = Vec::with_capacity(bounds.len());
    for b in bounds {
        if let Some(&last) = out.last() {
            if b - last < MIN_BAND && !centres.iter().any(|&c| c > last && c < b) {
                // Keep the outer one of a double border.
                if out.len() == 1 {
                    continue;
                }
                out.pop();
            }
        }
        out.push(b);
    }
    out
}

/// Index of the band holding `v`.
fn band(bounds: &[f32], v: f32) -> Option<usize> {
    if bounds.len() < 2 || v < bounds[0] || v > bounds[bounds.len() - 1] {
        return None;
    }
    let i = bounds.partition_point(|&b| b <= v);
    Some(i.saturating_sub(1).min(bounds.len() - 2))
}

/// Finds the ruled tables on a page.
pub(crate) fn find(page: &TextPage, words: &[TWord]) -> Vec<Grid> {
    let (hs, vs) = segments(page);
    let mut out: Vec<Grid> = Vec::new();
    for (h, v) in components(&hs, &vs) {
        if h.len() < 2 || v.is_empty() || (v.len() < 2 && h.len() < 3) {
            continue;
        }
        if let Some(g) = grid_from(&h, &v, words, page) {
            // A grid inside another grid (a ruled box within a cell) is left to the outer one.
            if !out.iter().any(|o| contains(&o.bbox, &g.bbox)) {
                out.retain(|o| !contains(&g.bbox, &o.bbox));
                out.push(g);
            }
        }
    }
    out
}

fn contains(outer: &[f32; 4], inner: &[f32; 4]) -> bool {
    inner[0] >= outer[0] - CONTAIN_TOL
        && inner[1] >= outer[1] - CONTAIN_TOL
        && inner[2] <= outer[2] + CONTAIN_TOL
        && inner[3] <= outer[3] + CONTAIN_TOL
}

/// Builds the grid of one group of crossing rules.
fn grid_from(hs: &[Seg], vs: &[Seg], words: &[TWord], page: &TextPage) -> Option<Grid> {
    let x_lo = hs.iter().map(|s| s.a).fold(f32::INFINITY, f32::min);
    let x_hi = hs.iter().map(|s| s.b).fold(f32::NEG_INFINITY, f32::max);
    let y_lo = vs
        .iter()
        .map(|s| s.a)
        .fold(f32::INFINITY, f32::min)
        .min(hs.iter().map(|s| s.pos).fold(f32::INFINITY, f32::min));
    let y_hi = vs
        .iter()
        .map(|s| s.b)
        .fold(f32::NEG_INFINITY, f32::max)
        .max(hs.iter().map(|s| s.pos).fold(f32::NEG_INFINITY, f32::max));
    let mut xs_raw: Vec<f32> = vs.iter().map(|s| s.pos).collect();
    xs_raw.extend([x_lo, x_hi]);
    let mut ys_raw: Vec<f32> = hs.iter().map(|s| s.pos).collect();
    ys_raw.extend([y_lo, y_hi]);
    let area = [x_lo, y_lo, x_hi, y_hi];
    let inner: Vec<&TWord> = words.iter().filter(|w| super::inside(&area, w)).collect();
    let cxs: Vec<f32> = inner.iter().map(|w| w.cx()).collect();
    let cys: Vec<f32> = inner.iter().map(|w| w.cy()).collect();
    let xs = drop_slivers(boundaries(xs_raw), &cxs);
    let ys = drop_slivers(boundaries(ys_raw), &cys);
    if xs.len() < 3 || ys.len() < 3 || xs.len() > MAX_BANDS || ys.len() > MAX_BANDS {
        return None;
    }
    // Columns and rows that the rules do not draw (whitespace gutters, stacked rows).
    let (xs, ys, drawn_x, drawn_y) = refine(xs, ys, &inner);
    if xs.len() > MAX_BANDS || ys.len() > MAX_BANDS {
        return None;
    }
    let (nr, nc) = (ys.len() - 1, xs.len() - 1);
    let v_border = |c: usize, r: usize| !drawn_x[c + 1] || coverage(vs, xs[c + 1], ys[r], ys[r + 1]) >= BORDER_COVERAGE;
    let h_border = |r: usize, c: usize| !drawn_y[r + 1] || coverage(hs, ys[r + 1], xs[c], xs[c + 1]) >= BORDER_COVERAGE;
    // Union cells that have no border between them (an unruled border where the row's words
    // stand a column gap apart still separates them).
    let band_words: Vec<Vec<&TWord>> =
        (0..nr).map(|r| inner.iter().copied().filter(|w| w.cy() >= ys[r] && w.cy() < ys[r + 1]).collect()).collect();
    let mut parent: Vec<usize> = (0..nr * nc).collect();
    for (r, band) in band_words.iter().enumerate() {
        for c in 0..nc {
            if c + 1 < nc && !v_border(c, r) && !unruled_cut(&xs, r, c, band, &v_border) {
                union(&mut parent, r * nc + c, r * nc + c + 1);
            }
            if r + 1 < nr && !h_border(r, c) {
                union(&mut parent, r * nc + c, (r + 1) * nc + c);
            }
        }
    }
    let spans = rect_groups(&mut parent, nr, nc);
    // owner[r][c] = top-left cell of the span holding (r, c).
    let mut owner: Vec<(usize, usize)> = (0..nr * nc).map(|i| (i / nc, i % nc)).collect();
    let mut merged = Vec::new();
    for &(r0, c0, r1, c1) in &spans {
        for r in r0..=r1 {
            for c in c0..=c1 {
                owner[r * nc + c] = (r0, c0);
            }
        }
        if r1 > r0 || c1 > c0 {
            merged.push(MergedCell { row: r0, col: c0, rowspan: r1 - r0 + 1, colspan: c1 - c0 + 1 });
        }
    }
    let mut cell_words: Vec<Vec<TWord>> = vec![Vec::new(); nr * nc];
    for w in &inner {
        if let (Some(r), Some(c)) = (band(&ys, w.cy()), band(&xs, w.cx())) {
            let (orow, ocol) = owner[r * nc + c];
            cell_words[orow * nc + ocol].push((*w).clone());
        }
    }
    let mut rows: Vec<Vec<String>> =
        (0..nr).map(|r| (0..nc).map(|c| cell_text(&cell_words[r * nc + c])).collect()).collect();
    // Judge: enough text in enough cells (a chart's gridlines or a frame are not tables).
    let owners = spans.len();
    let filled = rows.iter().flatten().filter(|s| !s.is_empty()).count();
    if filled < MIN_FILLED || (filled as f32) < MIN_FILL * owners as f32 {
        return None;
    }
    let filled_cols = (0..nc).filter(|&c| rows.iter().any(|r| !r[c].is_empty())).count();
    let filled_rows = rows.iter().filter(|r| r.iter().any(|s| !s.is_empty())).count();
    if filled_cols < 2 && filled_rows < 2 {
        return None;
    }
    if nc < 2 && !(nr >= ONE_COLUMN_MIN_ROWS && filled_rows >= ONE_COLUMN_MIN_ROWS) {
        return None;
    }
    // A box around one paragraph (1 row, or 1 col) is not a table.
    if owners < MIN_CELLS
        || !super::substantive(&rows)
        || sparse(&rows, nc, filled, owners)
        || loose(&cell_words, filled)
    {
        return None;
    }
    let header_rows = header_rows(&rows, &merged, &cell_words, nc, &ys, &xs, page);
    for row in rows.iter_mut() {
        for cell in row.iter_mut() {
            *cell = cell.trim().to_string();
        }
    }
    let bbox = union_boxes([[xs[0], ys[0], xs[nc], ys[nr]]]).unwrap_or(area);
    Some(Grid { bbox, rows, merged, header_rows, method: "lattice", col_edges: xs, weak: false })
}

/// Adds the column boundaries of whitespace gutters and the cuts between rows stacked in one
/// row band ([`inner`](super::inner)). Returns the boundaries and, for each, whether a rule
/// draws it (`false`: found from the text, always a border).
fn refine(xs: Vec<f32>, ys: Vec<f32>, words: &[&TWord]) -> (Vec<f32>, Vec<f32>, Vec<bool>, Vec<bool>) {
    let with = |bounds: Vec<f32>, extra: Vec<f32>| -> (Vec<f32>, Vec<bool>) {
        let mut all: Vec<(f32, bool)> = bounds.into_iter().map(|b| (b, true)).collect();
        all.extend(extra.into_iter().filter(|e| e.is_finite()).map(|e| (e, false)));
        all.sort_by(|a, b| a.0.total_cmp(&b.0));
        all.into_iter().unzip()
    };
    let gutters = super::inner::gutters(&xs, words);
    let (xs, drawn_x) = with(xs, gutters);
    let cuts: Vec<f32> = ys.windows(2).flat_map(|p| super::inner::sub_rows(&xs, p[0], p[1], words)).collect();
    let (ys, drawn_y) = with(ys, cuts);
    (xs, ys, drawn_x, drawn_y)
}

/// Whether the unruled border between columns `c` and `c + 1` in row `r` separates two cells:
/// the row's words on each side of it (up to the next border) stand apart
/// ([`inner::cut_ok`](super::inner::cut_ok)).
fn unruled_cut(xs: &[f32], r: usize, c: usize, band: &[&TWord], v_border: &dyn Fn(usize, usize) -> bool) -> bool {
    let nc = xs.len() - 1;
    let mut lo = c;
    while lo > 0 && !v_border(lo - 1, r) {
        lo -= 1;
    }
    let mut hi = c + 1;
    while hi + 1 < nc && !v_border(hi, r) {
        hi += 1;
    }
    let x = xs[c + 1];
    let (left, right): (Vec<&TWord>, Vec<&TWord>) =
        band.iter().copied().filter(|w| w.cx() >= xs[lo] && w.cx() <= xs[hi + 1]).partition(|w| w.cx() < x);
    super::inner::cut_ok(x, &left, &right, band)
}

/// A figure's frame and grid lines (a plot, a diagram) rather than a table: few cells hold
/// text, and a row or column holds none at all, or most rows have at most one filled cell.
fn sparse(rows: &[Vec<String>], nc: usize, filled: usize, owners: usize) -> bool {
    let nr = rows.len();
    let has_text = |r: usize, c: usize| rows.get(r).and_then(|row| row.get(c)).is_some_and(|s| !s.trim().is_empty());
    let empty_rows = (0..nr).filter(|&r| !(0..nc).any(|c| has_text(r, c))).count();
    let empty_cols = (0..nc).filter(|&c| !(0..nr).any(|r| has_text(r, c))).count();
    let full_rows = rows.iter().filter(|r| r.iter().filter(|s| !s.trim().is_empty()).count() >= 2).count();
    let fill = filled as f32 / owners.max(1) as f32;
    fill < SPARSE_FILL && (empty_rows + empty_cols > 0 || 2 * full_rows < nr)
}

/// Labels of a figure (tick labels along an axis) rather than cell text: in a quarter of the
/// filled cells or more, the lines of text stand far apart (a cell's paragraph has tight
/// leading; one blank line between paragraphs is still close).
fn loose(cell_words: &[Vec<TWord>], filled: usize) -> bool {
    let spread = cell_words
        .iter()
        .filter(|ws| {
            let rows = super::text_rows(ws);
            rows.windows(2).any(|p| p[1].bbox[1] - p[0].bbox[3] > LOOSE_GAP * p[0].size.max(p[1].size).max(1.0))
        })
        .count();
    filled > 0 && spread * LOOSE_CELLS_DIV >= filled
}

/// Turns union-find groups into rectangles `(r0, c0, r1, c1)`; a group that is not a
/// rectangle is split back into single cells.
fn rect_groups(parent: &mut [usize], nr: usize, nc: usize) -> Vec<(usize, usize, usize, usize)> {
    let mut bounds: std::collections::BTreeMap<usize, (usize, usize, usize, usize, usize)> = Default::default();
    for r in 0..nr {
        for c in 0..nc {
            let g = find_root(parent, r * nc + c);
            let e = bounds.entry(g).or_insert((r, c, r, c, 0));
            e.0 = e.0.min(r);
            e.1 = e.1.min(c);
            e.2 = e.2.max(r);
            e.3 = e.3.max(c);
            e.4 += 1;
        }
    }
    let mut out = Vec::new();
    for (g, (r0, c0, r1, c1, n)) in bounds {
        if n == (r1 - r0 + 1) * (c1 - c0 + 1) {
            out.push((r0, c0, r1, c1));
        } else {
            for r in r0..=r1 {
                for c in c0..=c1 {
                    if find_root(parent, r * nc + c) == g {
                        out.push((r, c, r, c));
                    }
                }
            }
        }
    }
    out.sort();
    out
}

/// Leading header rows: bold rows, rows shaded unlike the body, and rows covered by a
/// spanning cell that starts in the header; else a first row of labels over numeric rows.
#[allow(clippy::too_many_arguments)]
fn header_rows(
    rows: &[Vec<String>],
    merged: &[MergedCell],
    cell_words: &[Vec<TWord>],
    nc: usize,
    ys: &[f32],
    xs: &[f32],
    page: &TextPage,
) -> usize {
    let nr = rows.len();
    let row_words = |r: usize| -> Vec<&TWord> { (0..nc).flat_map(|c| cell_words[r * nc + c].iter()).collect() };
    let marked = |r: usize| {
        let ws = row_words(r);
        (!ws.is_empty() && ws.iter().all(|w| w.bold)) || shaded(page, xs, ys, r)
    };
    // A single cell across the whole width below the first row is a section label of the
    // body ("OBJETIVO ESTRATÉGICO N° 1: …"), not part of the header.
    let section = |r: usize| merged.iter().any(|m| m.row == r && m.col == 0 && m.colspan == nc);
    let mut h = 0;
    while h + 1 < nr {
        if h > 0 && section(h) {
            break;
        }
        if marked(h) || (h > 0 && row_words(h).is_empty() && merged.iter().any(|m| m.row < h && m.row + m.rowspan > h))
        {
            h += 1;
        } else {
            break;
        }
    }
    // Every row marked alike: no distinction.
    if h + 1 >= nr && marked(nr - 1) {
        h = 0;
    }
    if h == 0 && nr >= 3 {
        let labels = rows[0].iter().filter(|s| !s.is_empty()).all(|s| !is_numeric(s));
        let numeric_body = rows[1..].iter().filter(|r| r.iter().any(|s| is_numeric(s))).count();
        if labels && numeric_body * 2 >= nr - 1 {
            h = 1;
        }
    }
    // A group label spanning columns has its sub-labels in the next row.
    if h > 0 && h + 1 < nr && merged.iter().any(|m| m.row + 1 == h && m.colspan > 1) {
        let next = &rows[h];
        let filled = next.iter().filter(|s| !s.is_empty()).count();
        if filled >= 2 && next.iter().all(|s| !is_numeric(s)) {
            h += 1;
        }
    }
    // Spanning cells that start in the header extend it.
    let mut changed = true;
    let mut guard = 0;
    while changed && guard < nr {
        changed = false;
        guard += 1;
        for m in merged {
            if h > 0 && m.row < h && m.row + m.rowspan > h && m.row + m.rowspan < nr {
                h = m.row + m.rowspan;
                changed = true;
            }
        }
    }
    h
}

/// True when a filled rectangle covers most of row `r`.
fn shaded(page: &TextPage, xs: &[f32], ys: &[f32], r: usize) -> bool {
    let (Some(&top), Some(&bot), Some(&l), Some(&rt)) = (ys.get(r), ys.get(r + 1), xs.first(), xs.last()) else {
        return false;
    };
    let row_area = (bot - top) * (rt - l);
    if row_area <= 0.0 {
        return false;
    }
    let mut covered = 0.0;
    for f in &page.rects {
        if f.color == 0xFFFFFF {
            continue;
        }
        let w = f.bbox[2].min(rt) - f.bbox[0].max(l);
        let hgt = f.bbox[3].min(bot) - f.bbox[1].max(top);
        if w > 0.0 && hgt > 0.0 {
            covered += w * hgt;
        }
    }
    covered >= SHADED_SHARE * row_area
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_joins_collinear_pieces() {
        let segs = vec![
            Seg { pos: 10.0, a: 0.0, b: 50.0 },
            Seg { pos: 10.5, a: 51.0, b: 100.0 },
            Seg { pos: 10.0, a: 200.0, b: 300.0 },
            Seg { pos: 40.0, a: 0.0, b: 100.0 },
        ];
        let m = merge_segments(segs);
        assert_eq!(m.len(), 3);
        assert!((m[0].a - 0.0).abs() < 1e-3 && (m[0].b - 100.0).abs() < 1e-3);
        assert!((m[1].a - 200.0).abs() < 1e-3);
    }

    #[test]
    fn coverage_counts_overlaps_once() {
        let segs = vec![Seg { pos: 5.0, a: 0.0, b: 60.0 }, Seg { pos: 5.0, a: 40.0, b: 80.0 }];
        assert!((coverage(&segs, 5.0, 0.0, 100.0) - 0.8).abs() < 1e-3);
        assert_eq!(coverage(&segs, 50.0, 0.0, 100.0), 0.0);
    }

    #[test]
    fn band_lookup() {
        let b = [0.0, 10.0, 20.0];
        assert_eq!(band(&b, 5.0), Some(0));
        assert_eq!(band(&b, 15.0), Some(1));
        assert_eq!(band(&b, 20.0), Some(1));
        assert_eq!(band(&b, 25.0), None);
    }

    use crate::layout::tables::test_word as word;

    fn page_with(rules: &[(f32, f32, f32, f32)]) -> TextPage {
        TextPage {
            number: 1,
            width: 595.0,
            height: 842.0,
            rules: rules.iter().map(|&(x0, y0, x1, y1)| crate::pdf::Rule { x0, y0, x1, y1 }).collect(),
            ..Default::default()
        }
    }

    fn texts(g: &Grid) -> Vec<Vec<&str>> {
        g.rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect()
    }

    #[test]
    fn body_ruled_only_between_rows_keeps_the_header_columns() {
        // Columns ruled in the header only; body rows ruled apart, no inner verticals there.
        let mut rules = vec![(80.0, 100.0, 80.0, 160.0), (320.0, 100.0, 320.0, 160.0)];
        for x in [160.0, 240.0] {
            rules.push((x, 100.0, x, 115.0));
        }
        for y in [100.0, 115.0, 130.0, 145.0, 160.0] {
            rules.push((80.0, y, 320.0, y));
        }
        let ws = [
            word("Country", 85.0, 111.0),
            word("Domestic", 165.0, 111.0),
            word("Total", 245.0, 111.0),
            word("Austria", 85.0, 126.0),
            word("92.9", 180.0, 126.0),
            word("5,821", 260.0, 126.0),
            word("Belgium", 85.0, 141.0),
            word("0", 180.0, 141.0),
            word("5,906", 260.0, 141.0),
            word("EU", 85.0, 156.0),
            word("total", 100.0, 156.0),
            word("61.6", 180.0, 156.0),
            word("200,507", 255.0, 156.0),
        ];
        let g = find(&page_with(&rules), &ws);
        assert_eq!(g.len(), 1);
        assert_eq!(
            texts(&g[0]),
            vec![
                vec!["Country", "Domestic", "Total"],
                vec!["Austria", "92.9", "5,821"],
                vec!["Belgium", "0", "5,906"],
                vec!["EU total", "61.6", "200,507"]
            ]
        );
        assert!(g[0].merged.is_empty(), "{:?}", g[0].merged);
    }

    #[test]
    fn a_spanning_title_row_stays_one_cell() {
        let mut rules = vec![(80.0, 100.0, 80.0, 145.0), (320.0, 100.0, 320.0, 145.0)];
        for x in [160.0, 240.0] {
            rules.push((x, 115.0, x, 145.0));
        }
        for y in [100.0, 115.0, 130.0, 145.0] {
            rules.push((80.0, y, 320.0, y));
        }
        let ws = [
            word("Población", 140.0, 111.0),
            word("total", 190.0, 111.0),
            word("Lima", 85.0, 126.0),
            word("120", 180.0, 126.0),
            word("340", 260.0, 126.0),
            word("Cusco", 85.0, 141.0),
            word("80", 180.0, 141.0),
            word("95", 260.0, 141.0),
        ];
        let g = find(&page_with(&rules), &ws);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].rows[0][0], "Población total");
        assert!(g[0].merged.iter().any(|m| m.row == 0 && m.col == 0 && m.colspan == 3), "{:?}", g[0].merged);
    }

    #[test]
    fn aligned_columns_and_stacked_rows_inside_ruled_bands() {
        // One inner vertical after the label column; the numbers' columns are unruled and the
        // body rows stand in one band between the header rule and the total rule.
        let mut rules = vec![(160.0, 100.0, 160.0, 175.0)];
        for y in [100.0, 115.0, 160.0, 175.0] {
            rules.push((80.0, y, 400.0, y));
        }
        let ws = [
            word("Freq.", 170.0, 111.0),
            word("Percent", 240.0, 111.0),
            word("Mean", 320.0, 111.0),
            word("kept", 85.0, 126.0),
            word("344", 170.0, 126.0),
            word("75.2", 240.0, 126.0),
            word("12196", 320.0, 126.0),
            word("sold", 85.0, 139.0),
            word("53", 170.0, 139.0),
            word("11.6", 240.0, 139.0),
            word("23518", 320.0, 139.0),
            word("none", 85.0, 152.0),
            word("61", 170.0, 152.0),
            word("13.2", 240.0, 152.0),
            word("9187", 320.0, 152.0),
            word("Total", 85.0, 171.0),
            word("458", 170.0, 171.0),
            word("100.0", 240.0, 171.0),
            word("13153", 320.0, 171.0),
        ];
        let g = find(&page_with(&rules), &ws);
        assert_eq!(g.len(), 1);
        assert_eq!(
            texts(&g[0]),
            vec![
                vec!["", "Freq.", "Percent", "Mean"],
                vec!["kept", "344", "75.2", "12196"],
                vec!["sold", "53", "11.6", "23518"],
                vec!["none", "61", "13.2", "9187"],
                vec!["Total", "458", "100.0", "13153"]
            ]
        );
    }

    #[test]
    fn slivers_between_double_borders_go() {
        assert_eq!(drop_slivers(vec![0.0, 2.0, 50.0, 100.0], &[25.0, 75.0]), vec![0.0, 50.0, 100.0]);
        assert_eq!(drop_slivers(vec![0.0, 50.0, 98.0, 100.0], &[25.0, 75.0]), vec![0.0, 50.0, 100.0]);
    }
}
