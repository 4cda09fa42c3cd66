//! Reading order of the things on one page: a recursive XY-cut over boxes, with column
//! flows kept together.
//!
//! In: boxes (text lines, tables, caption areas) with a baseline and a font size, and the
//! narrowest gap that can separate two columns. Out: rows in reading order — each row is
//! the boxes on one baseline inside one column, left to right — each tagged with the
//! column (flow) it belongs to, and the extent of every column.
//!
//! How a region is ordered:
//! - It is cut into horizontal *bands* where a horizontal strip of white crosses it
//!   (boxes are shrunk to their middle half, so lines with tight leading do not touch).
//! - Consecutive bands are grouped while together they keep a vertical white *gutter*
//!   at least `min_gap` wide between columns of some width, over three bands or more with
//!   two boxes or more on each side. A group with a gutter is a multi-column
//!   section: it is cut at its gutters and each column is ordered on its own, left to
//!   right. This is what stops paragraph gaps that happen to line up in two columns from
//!   cutting the columns into slices, and what lets a full-width title or table (which
//!   has no gutter) interrupt the columns. A heading set flush left across the columns
//!   does not cross the gutter, but it ends the columns above it too: a band of one
//!   bigger row in one column, nothing beside it, and every column opening on one baseline
//!   in the next band (balanced columns start together under a spanning heading).
//! - A region that is a single band is split into rows by baseline; a single row is read
//!   left to right (the pieces of a row cut at a wide gap — a heading number and its text —
//!   stay one row).

use super::tuning::*;

/// What the orderer needs to know about one box.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// `[x0, top, x1, bottom]`.
    pub bbox: [f32; 4],
    /// Baseline (for tables: the bottom).
    pub baseline: f32,
    /// Font size (for tables: a typical size).
    pub size: f32,
    /// The box is only a list marker (a bullet, "a)", "3."): a stack of them hangs left of
    /// the text it labels, so it belongs to the column on its right.
    pub marker: bool,
}

/// Boxes on one baseline in one column, left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Indices into the items.
    pub items: Vec<usize>,
    /// The column (flow) this row belongs to; see [`Ordered::columns`].
    pub column: usize,
}

/// The result of [`reading_order`].
#[derive(Debug, Clone, Default)]
pub struct Ordered {
    /// Rows in reading order.
    pub rows: Vec<Row>,
    /// `[x0, x1]` of each column (index = `Row::column`); column 0 is the whole page.
    pub columns: Vec<[f32; 2]>,
}

/// Orders `items` for reading (see the module docs).
pub fn reading_order(items: &[Item], min_gap: f32) -> Ordered {
    let mut out = Ordered::default();
    let all: Vec<usize> = (0..items.len()).collect();
    out.columns.push(extent(items, &all));
    if items.len() > ORDER_MAX_ITEMS {
        for r in baseline_rows(items, all) {
            out.rows.push(Row { items: r, column: 0 });
        }
        return out;
    }
    let min_gap = if min_gap.is_finite() && min_gap > 0.0 { min_gap } else { ORDER_GUTTER_DEFAULT_PT };
    order_region(items, all, 0, min_gap, 0, &mut out);
    out
}

fn extent(items: &[Item], idx: &[usize]) -> [f32; 2] {
    let x0 = idx.iter().map(|&i| items[i].bbox[0]).fold(f32::INFINITY, f32::min);
    let x1 = idx.iter().map(|&i| items[i].bbox[2]).fold(f32::NEG_INFINITY, f32::max);
    if x0.is_finite() && x1.is_finite() {
        [x0, x1]
    } else {
        [0.0, 0.0]
    }
}

fn order_region(items: &[Item], idx: Vec<usize>, col: usize, min_gap: f32, depth: usize, out: &mut Ordered) {
    if idx.is_empty() {
        return;
    }
    if idx.len() == 1 || depth >= ORDER_MAX_DEPTH {
        emit_rows(items, idx, col, out);
        return;
    }
    let bands = bands(items, &idx);
    if bands.len() == 1 {
        let rows = baseline_rows(items, idx.clone());
        if rows.len() > 1 {
            if let Some(parts) = vertical_cut(items, &idx, min_gap) {
                recurse_columns(items, parts, min_gap, depth, out);
                return;
            }
        }
        for r in rows {
            out.rows.push(Row { items: r, column: col });
        }
        return;
    }
    let groups = group_bands(items, &bands, min_gap);
    if groups.len() == 1 {
        match vertical_cut(items, &idx, min_gap) {
            Some(parts) => recurse_columns(items, parts, min_gap, depth, out),
            None => emit_rows(items, idx, col, out),
        }
        return;
    }
    for g in groups {
        order_region(items, g, col, min_gap, depth + 1, out);
    }
}

fn recurse_columns(items: &[Item], parts: Vec<Vec<usize>>, min_gap: f32, depth: usize, out: &mut Ordered) {
    for p in parts {
        let c = out.columns.len();
        out.columns.push(extent(items, &p));
        order_region(items, p, c, min_gap, depth + 1, out);
    }
}

fn emit_rows(items: &[Item], idx: Vec<usize>, col: usize, out: &mut Ordered) {
    for r in baseline_rows(items, idx) {
        out.rows.push(Row { items: r, column: col });
    }
}

/// The vertical extent used to find bands: the middle half of a text line; of a block (a
/// table, a figure's labels, a formula), all but what a line of its size would lose at each
/// edge, at most [`ORDER_TALL_TRIM`] of its height (trimmed by a share of its height, a tall
/// subfigure would end above the caption of the one beside it, on the same row).
fn core(it: &Item) -> (f32, f32) {
    let h = (it.bbox[3] - it.bbox[1]).max(0.0);
    let shrink = if h > ORDER_TALL * it.size {
        (ORDER_TALL_TRIM * h).min(ORDER_LINE_TRIM * it.size)
    } else {
        ORDER_LINE_TRIM * h
    };
    (it.bbox[1] + shrink, it.bbox[3] - shrink)
}

/// Splits `idx` into horizontal bands, top to bottom.
fn bands(items: &[Item], idx: &[usize]) -> Vec<Vec<usize>> {
    let mut s: Vec<usize> = idx.to_vec();
    s.sort_by(|&a, &b| core(&items[a]).0.total_cmp(&core(&items[b]).0).then(a.cmp(&b)));
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut bottom = f32::NEG_INFINITY;
    for i in s {
        let (t, b) = core(&items[i]);
        match out.last_mut() {
            Some(band) if t < bottom => {
                band.push(i);
                bottom = bottom.max(b);
            }
            _ => {
                out.push(vec![i]);
                bottom = b;
            }
        }
    }
    out
}

/// Rows of a region by baseline, each sorted left to right, top to bottom.
fn baseline_rows(items: &[Item], mut idx: Vec<usize>) -> Vec<Vec<usize>> {
    idx.sort_by(|&a, &b| {
        items[a].baseline.total_cmp(&items[b].baseline).then(items[a].bbox[0].total_cmp(&items[b].bbox[0]))
    });
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut ref_base = f32::NEG_INFINITY;
    let mut ref_size = 0.0f32;
    for i in idx {
        let it = &items[i];
        match rows.last_mut() {
            Some(r) if (it.baseline - ref_base).abs() <= ORDER_ROW_BASELINE * it.size.min(ref_size) => r.push(i),
            _ => {
                rows.push(vec![i]);
                ref_base = it.baseline;
                ref_size = it.size;
            }
        }
    }
    for r in &mut rows {
        r.sort_by(|&a, &b| items[a].bbox[0].total_cmp(&items[b].bbox[0]));
    }
    rows
}

/// A stretch of the x-projection: `[x0, x1]`, the width of its widest box, and whether all
/// its boxes are list markers.
#[derive(Debug, Clone, Copy)]
struct Stretch {
    x0: f32,
    x1: f32,
    widest: f32,
    markers: bool,
}

/// The x-projection of a set of boxes: intervals less than `min_gap` apart are merged; each
/// keeps the width of its widest box.
struct Projection {
    iv: Vec<Stretch>,
    min_gap: f32,
}

impl Stretch {
    fn merged(&self, o: &Stretch) -> Stretch {
        Stretch {
            x0: self.x0.min(o.x0),
            x1: self.x1.max(o.x1),
            widest: self.widest.max(o.widest),
            markers: self.markers && o.markers,
        }
    }
}

impl Projection {
    fn new(min_gap: f32) -> Self {
        Projection { iv: Vec::new(), min_gap }
    }

    fn of(items: &[Item], idx: &[usize], min_gap: f32) -> Self {
        let mut p = Projection::new(min_gap);
        for &i in idx {
            p.add(&items[i]);
        }
        p
    }

    fn add(&mut self, it: &Item) {
        let (x0, x1) = (it.bbox[0], it.bbox[2]);
        let mut v = Stretch { x0, x1, widest: x1 - x0, markers: it.marker };
        loop {
            let before = self.iv.len();
            let g = self.min_gap;
            self.iv.retain(|o| {
                let touch = o.x0 < v.x1 + g && o.x1 > v.x0 - g;
                if touch {
                    v = v.merged(o);
                }
                !touch
            });
            if self.iv.len() == before {
                break;
            }
        }
        let pos = self.iv.partition_point(|o| o.x0 < v.x0);
        self.iv.insert(pos, v);
    }

    /// Gaps between merged intervals that separate columns: a stretch narrower than
    /// [`MIN_COLUMN`] × `min_gap` (a stack of bullets or numbers, a short label) belongs to
    /// its nearer neighbour — a stack of list markers to the text on its right — so the
    /// gaps around it are not gutters.
    fn gutters(&self) -> Vec<(f32, f32)> {
        let wide = MIN_COLUMN * self.min_gap;
        let mut st: Vec<Stretch> = self.iv.clone();
        while st.len() > 1 {
            let Some(k) = st.iter().position(|s| s.widest < wide) else { break };
            let left_gap = if k > 0 { st[k].x0 - st[k - 1].x1 } else { f32::INFINITY };
            let right_gap = if k + 1 < st.len() { st[k + 1].x0 - st[k].x1 } else { f32::INFINITY };
            let rightwards = k + 1 < st.len() && (st[k].markers || right_gap < left_gap);
            let into = if rightwards { k + 1 } else { k - 1 };
            st[into] = st[into].merged(&st[k]);
            st.remove(k);
        }
        st.windows(2).filter(|w| w[0].widest >= wide && w[1].widest >= wide).map(|w| (w[0].x1, w[1].x0)).collect()
    }
}

/// Interior white gaps at least `min_gap` wide between columns of `idx`: `(x0, x1)`.
fn gutters(items: &[Item], idx: &[usize], min_gap: f32) -> Vec<(f32, f32)> {
    Projection::of(items, idx, min_gap).gutters()
}

/// True when the run is a real multi-column section: three bands or more, two boxes or
/// more on each side of every gutter (two rows with a wide gap in the same place are not
/// two columns), and columns that run side by side: some band holds boxes on both sides
/// of every gutter (lines that only take turns left and right of a gap — short text lines
/// and centred display formulas — are not columns).
fn supported(items: &[Item], bands: &[Vec<usize>], gaps: &[(f32, f32)], min_gap: f32) -> bool {
    let wide = MIN_COLUMN * min_gap;
    bands.len() >= ORDER_MIN_BANDS
        && gaps.iter().all(|&(g0, g1)| {
            let mid = 0.5 * (g0 + g1);
            let all = bands.iter().flatten();
            let left = all.clone().filter(|&&i| items[i].bbox[2] <= mid).count();
            let right = all.filter(|&&i| items[i].bbox[0] >= mid).count();
            let shared = bands.iter().filter(|b| straddles(items, b, mid, wide)).count();
            left >= ORDER_MIN_SIDE && right >= ORDER_MIN_SIDE && shared >= ORDER_MIN_SHARED_BANDS
        })
}

/// True when `band` holds a box wholly left of `x` and one wholly right of it, both at
/// least `wide` wide (a column's line, not an end-of-proof mark or a line's last word).
fn straddles(items: &[Item], band: &[usize], x: f32, wide: f32) -> bool {
    let w = |i: usize| items[i].bbox[2] - items[i].bbox[0] >= wide;
    band.iter().any(|&i| items[i].bbox[2] <= x && w(i)) && band.iter().any(|&i| items[i].bbox[0] >= x && w(i))
}

/// Groups consecutive bands into runs that share a supported gutter (see the module docs).
/// A band only opens a run when the run is not shorter than the one the next band opens
/// (so a centred line above a two-column section does not steal its first rows).
fn group_bands(items: &[Item], bands: &[Vec<usize>], min_gap: f32) -> Vec<Vec<usize>> {
    let n = bands.len();
    let mut end: Vec<usize> = (0..n).collect();
    for i in 0..n {
        let mut proj = Projection::new(min_gap);
        for &k in &bands[i] {
            proj.add(&items[k]);
        }
        for (j, band) in bands.iter().enumerate().skip(i + 1) {
            for &k in band {
                proj.add(&items[k]);
            }
            if proj.gutters().is_empty() {
                break;
            }
            end[i] = j;
        }
    }
    let mut groups = Vec::new();
    let mut i = 0;
    while i < n {
        let e = end[i];
        let opens = e > i && end.get(i + 1).is_none_or(|&next| next <= e) && {
            let members: Vec<usize> = bands[i..=e].iter().flatten().copied().collect();
            supported(items, &bands[i..=e], &gutters(items, &members, min_gap), min_gap)
        };
        if opens {
            let mut gaps: Option<Vec<(f32, f32)>> = None;
            let mut from = i;
            let sound = |run: &[Vec<usize>]| {
                let members: Vec<usize> = run.iter().flatten().copied().collect();
                supported(items, run, &gutters(items, &members, min_gap), min_gap)
            };
            for k in i + 1..e {
                if !bigger_than_neighbours(items, bands, k) {
                    continue;
                }
                let gaps = gaps.get_or_insert_with(|| {
                    let members: Vec<usize> = bands[i..=e].iter().flatten().copied().collect();
                    gutters(items, &members, min_gap)
                });
                if spans_columns(items, bands, k, gaps) && sound(&bands[from..k]) && sound(&bands[k + 1..=e]) {
                    groups.push(bands[from..k].iter().flatten().copied().collect());
                    groups.push(bands[k].clone());
                    from = k + 1;
                }
            }
            groups.push(bands[from..=e].iter().flatten().copied().collect());
            i = e + 1;
        } else {
            groups.push(bands[i].clone());
            i += 1;
        }
    }
    groups
}

/// True when band `k` of a run of bands that share the gutters `gaps` is a heading set
/// across the columns (flush left, so it does not cross a gutter): its boxes are bigger
/// than the text of the bands on both sides of it ([`LARGER`]) and lie in one column, no
/// other column has text at its height, and the next band opens every column on one
/// baseline — balanced columns under a spanning heading start together, while the other
/// column beside a heading inside one column runs on at its own pitch.
fn spans_columns(items: &[Item], bands: &[Vec<usize>], k: usize, gaps: &[(f32, f32)]) -> bool {
    let (Some(band), Some(next), Some(before)) = (bands.get(k), bands.get(k + 1), k.checked_sub(1)) else {
        return false;
    };
    if gaps.is_empty() || band.is_empty() {
        return false;
    }
    let column = |i: usize| gaps.iter().filter(|g| items[i].bbox[0] >= g.1).count();
    let c = column(band[0]);
    let inside = |i: usize| column(i) == c && gaps.get(c).is_none_or(|g| items[i].bbox[2] <= g.0);
    if !band.iter().all(|&i| inside(i)) {
        return false;
    }
    if !bigger_than_neighbours(items, bands, k) {
        return false;
    }
    let text = |b: &[usize]| b.iter().map(|&i| items[i].size).fold(0.0, f32::max);
    let text_size = text(&bands[before]).max(text(next));
    let top = next.iter().map(|&i| items[i].baseline).fold(f32::INFINITY, f32::min);
    let tol = ORDER_ROW_BASELINE * text_size;
    (0..=gaps.len()).all(|col| next.iter().any(|&i| column(i) == col && items[i].baseline - top <= tol))
}

/// True when every box of band `k` is [`LARGER`] than the biggest of the bands on both
/// sides of it.
fn bigger_than_neighbours(items: &[Item], bands: &[Vec<usize>], k: usize) -> bool {
    let (Some(band), Some(next), Some(before)) = (bands.get(k), bands.get(k + 1), k.checked_sub(1)) else {
        return false;
    };
    let text = |b: &[usize]| b.iter().map(|&i| items[i].size).fold(0.0, f32::max);
    let text_size = text(&bands[before]).max(text(next));
    !band.is_empty() && band.iter().all(|&i| items[i].size >= LARGER * text_size)
}

/// Cuts a region at its gutters into columns, left to right.
fn vertical_cut(items: &[Item], idx: &[usize], min_gap: f32) -> Option<Vec<Vec<usize>>> {
    let gaps = gutters(items, idx, min_gap);
    if gaps.is_empty() {
        return None;
    }
    let mut parts: Vec<Vec<usize>> = vec![Vec::new(); gaps.len() + 1];
    for &i in idx {
        let cx = items[i].bbox[0];
        let k = gaps.iter().filter(|g| cx >= g.1).count();
        parts[k].push(i);
    }
    parts.retain(|p| !p.is_empty());
    (parts.len() > 1).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(x0: f32, x1: f32, base: f32) -> Item {
        Item { bbox: [x0, base - 8.0, x1, base + 2.0], baseline: base, size: 10.0, marker: false }
    }

    fn flat(o: &Ordered) -> Vec<usize> {
        o.rows.iter().flat_map(|r| r.items.iter().copied()).collect()
    }

    #[test]
    fn one_column_is_top_to_bottom() {
        let items: Vec<Item> = (0..5).map(|k| line(50.0, 500.0, 100.0 + 12.0 * k as f32)).collect();
        let o = reading_order(&items, 10.0);
        assert_eq!(flat(&o), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn two_columns_with_title_and_full_width_table() {
        let mut items = vec![line(150.0, 450.0, 60.0)]; // 0: title, centred, full width
        for k in 0..4 {
            items.push(line(50.0, 280.0, 100.0 + 12.0 * k as f32)); // 1..4 left
        }
        for k in 0..4 {
            // right column; a paragraph gap lines up with the left one's
            let extra = if k >= 2 { 8.0 } else { 0.0 };
            items.push(line(300.0, 540.0, 100.0 + 12.0 * k as f32 + extra)); // 5..8 right
        }
        items.push(Item { bbox: [50.0, 170.0, 540.0, 260.0], baseline: 260.0, size: 10.0, marker: false }); // 9 table
        for k in 0..3 {
            items.push(line(50.0, 280.0, 280.0 + 12.0 * k as f32)); // 10..12
            items.push(line(300.0, 540.0, 280.0 + 12.0 * k as f32)); // 13..15 (interleaved ids)
        }
        let o = reading_order(&items, 10.0);
        assert_eq!(flat(&o), vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 11, 13, 15]);
        let col_of = |i: usize| o.rows.iter().find(|r| r.items.contains(&i)).map(|r| r.column);
        assert_ne!(col_of(1), col_of(5));
        assert_eq!(col_of(1), col_of(4));
    }

    #[test]
    fn a_tall_block_beside_a_caption_on_its_last_row_is_read_after_it() {
        // Two subfigures: (a) is a picture with only its caption's line; (b)'s labels and
        // caption make one tall box ending on the same row. Left to right: (a), then (b).
        let items = vec![
            Item { bbox: [248.0, 72.0, 511.0, 214.0], baseline: 213.0, size: 8.0, marker: false },
            Item { bbox: [113.0, 206.0, 215.0, 214.0], baseline: 213.0, size: 8.0, marker: false },
            line(90.0, 540.0, 240.0),
        ];
        let o = reading_order(&items, 10.0);
        assert_eq!(flat(&o), vec![1, 0, 2]);
    }

    #[test]
    fn a_heading_across_balanced_columns_ends_the_columns_above_it() {
        // Two columns (the right one shorter), a bigger heading flush left with nothing
        // beside it, then two columns that start on one baseline.
        let mut items = Vec::new();
        for k in 0..5 {
            items.push(line(50.0, 280.0, 100.0 + 12.0 * k as f32)); // 0..4 left
        }
        for k in 0..4 {
            items.push(line(300.0, 540.0, 100.0 + 12.0 * k as f32)); // 5..8 right
        }
        items.push(Item { bbox: [50.0, 158.0, 150.0, 174.0], baseline: 172.0, size: 14.0, marker: false }); // 9
        for k in 0..4 {
            items.push(line(50.0, 280.0, 190.0 + 12.0 * k as f32)); // 10, 12, 14, 16 left
            items.push(line(300.0, 540.0, 190.0 + 12.0 * k as f32)); // 11, 13, 15, 17 right
        }
        let o = reading_order(&items, 10.0);
        assert_eq!(flat(&o), vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 11, 13, 15, 17]);
        // A heading inside the left column, beside which the right column runs on at its
        // own pitch, stays in the left column.
        let mut items = Vec::new();
        for k in 0..5 {
            items.push(line(50.0, 280.0, 100.0 + 12.0 * k as f32)); // 0..4 left
        }
        items.push(Item { bbox: [50.0, 158.0, 150.0, 174.0], baseline: 172.0, size: 14.0, marker: false }); // 5
        for k in 0..4 {
            items.push(line(50.0, 280.0, 190.0 + 12.0 * k as f32)); // 6..9 left
        }
        for k in 0..12 {
            items.push(line(300.0, 540.0, 100.0 + 11.0 * k as f32)); // 10..21 right
        }
        let o = reading_order(&items, 10.0);
        assert_eq!(flat(&o), (0..22).collect::<Vec<usize>>());
    }

    #[test]
    fn three_columns() {
        let mut items = Vec::new();
        for c in 0..3 {
            for k in 0..6 {
                let x0 = 40.0 + 180.0 * c as f32;
                items.push(line(x0, x0 + 165.0, 100.0 + 11.0 * k as f32 + c as f32 * 3.0));
            }
        }
        let o = reading_order(&items, 10.0);
        assert_eq!(flat(&o), (0..18).collect::<Vec<_>>());
    }

    #[test]
    fn pieces_of_one_row_stay_one_row() {
        let items = vec![line(50.0, 60.0, 100.0), line(80.0, 300.0, 100.0), line(50.0, 500.0, 130.0)];
        let o = reading_order(&items, 10.0);
        assert_eq!(o.rows[0].items, vec![0, 1]);
        assert_eq!(o.rows[1].items, vec![2]);
    }

    #[test]
    fn left_then_right_single_lines_keep_vertical_order() {
        // A right-aligned date above a left-aligned line: not two columns.
        let items = vec![line(400.0, 540.0, 100.0), line(50.0, 200.0, 130.0)];
        let o = reading_order(&items, 10.0);
        assert_eq!(flat(&o), vec![0, 1]);
    }

    #[test]
    fn display_formulas_between_text_lines_are_read_down_despite_one_mark_beside_a_line() {
        // Text lines on the left take turns with centred formulas on the right; one row
        // holds a paragraph's last line and an end-of-proof mark far right. A row whose
        // boxes on one side are that narrow does not make a column section.
        let items = vec![
            line(50.0, 140.0, 100.0),  // 0 "homöomorph zu"
            line(200.0, 330.0, 115.0), // 1 formula
            line(50.0, 80.0, 130.0),   // 2 "ist."  + 3 the mark on its row
            line(520.0, 530.0, 130.0),
            line(40.0, 190.0, 150.0),  // 4 heading
            line(50.0, 150.0, 165.0),  // 5 text
            line(200.0, 330.0, 180.0), // 6 formula
            line(50.0, 190.0, 195.0),  // 7 text
        ];
        let o = reading_order(&items, 7.0);
        assert_eq!(flat(&o), vec![0, 1, 2, 3, 4, 5, 6, 7]);
    }

    #[test]
    fn a_stack_of_list_markers_belongs_to_the_column_on_its_right() {
        // Two columns of enumerated items; the right column's markers sit closer to the
        // left column's full rows (12 pt) than to their own text (14 pt).
        let mark = |x0: f32, base: f32| Item { marker: true, ..line(x0, x0 + 8.0, base) };
        let mut items = Vec::new();
        for k in 0..4 {
            let base = 100.0 + 24.0 * k as f32;
            items.push(mark(43.0, base)); // 4k: left marker
            items.push(line(65.0, 292.0, base)); // 4k+1: left text
            items.push(mark(304.0, base)); // 4k+2: right marker
            items.push(line(326.0, 553.0, base)); // 4k+3: right text
        }
        let o = reading_order(&items, 5.0);
        let want: Vec<usize> =
            (0..4).flat_map(|k| [4 * k, 4 * k + 1]).chain((0..4).flat_map(|k| [4 * k + 2, 4 * k + 3])).collect();
        assert_eq!(flat(&o), want);
    }

    #[test]
    fn short_lines_and_centred_formulas_taking_turns_are_read_down() {
        // Short text lines at the left and displayed formulas centred further right, never
        // on the same band: a gap runs between them all the way down, but they are no
        // columns.
        let items = vec![
            line(110.0, 163.0, 69.0),  // "Weiter gilt:"
            line(278.0, 382.0, 95.0),  // formula
            line(223.0, 426.0, 118.0), // formula
            line(110.0, 196.0, 140.0), // "ist differenzierbar."
            line(90.0, 161.0, 158.0),  // "Definition 33"
            line(110.0, 357.0, 180.0), // full line
        ];
        let o = reading_order(&items, 6.3);
        assert_eq!(flat(&o), vec![0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn heading_inside_a_column_stays_in_it() {
        let mut items = Vec::new();
        for k in 0..3 {
            items.push(line(50.0, 280.0, 100.0 + 12.0 * k as f32)); // 0..2
        }
        items.push(Item { bbox: [50.0, 150.0, 200.0, 164.0], baseline: 160.0, size: 14.0, marker: false }); // 3 heading
        for k in 0..3 {
            items.push(line(50.0, 280.0, 180.0 + 12.0 * k as f32)); // 4..6
        }
        for k in 0..9 {
            items.push(line(300.0, 540.0, 100.0 + 12.0 * k as f32)); // 7..15
        }
        let o = reading_order(&items, 10.0);
        assert_eq!(flat(&o), (0..16).collect::<Vec<_>>());
    }
}
