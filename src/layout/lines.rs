//! Glyphs → words → lines, for one page.
//!
//! In: a [`TextPage`] (glyphs in content-stream order). Out: its [`Line`]s sorted top to
//! bottom then left to right; reading order is decided later (`layout::order`).
//!
//! How:
//! 0. Overlays ([`super::overlays`]): an accent over a letter, a negation slash over a
//!    relation become one character with it.
//! 1. Glyphs a reader does not see as body text are left out: `rotated` glyphs (margin
//!    stamps, vertical labels) never enter lines; `invisible` glyphs (render mode 3, clipped,
//!    white on white) are kept only when they are most of the page's text, which is what an
//!    OCR layer over a scanned image looks like — then they are the only text there is; a
//!    few hidden glyphs on a page of visible text are dropped. Glyphs wholly outside the
//!    page are dropped. Glyphs drawn twice at the same spot (fake bold) count once.
//! 2. Rows: glyphs are clustered by baseline (tolerance relative to font size, so mixed
//!    fonts and sizes on one baseline stay together). Small glyphs raised above (or lowered
//!    below) a bigger row right next to its glyphs — footnote marks, exponents, indices —
//!    are attached to that row.
//! 3. Segments: a row is cut where the white gap exceeds [`SEGMENT_GAP`] × font size
//!    (unless a space glyph stretched by justification fills it; a trailing space that stops
//!    short of the next glyph does not), so that columns side by side never share a line (the reading-order step
//!    re-joins the pieces of one row, e.g. a number and a heading separated by a tab).
//! 4. Words: a segment is cut at space glyphs, at gaps above [`WORD_GAP`] × font size
//!    ([`WORD_GAP_PUNCT`] before closing punctuation and hyphens, which never start a word
//!    but are often set apart by justification; [`super::spacing`] says which applies), and
//!    where glyphs change between raised-small (superscript) and normal, and where a run the
//!    producer placed as its own text object starts [`PLACED_APART_GAP`] right of the end of
//!    the run before it (`placed_apart`: a table cell's text running into the next cell's); each word gets the
//!    segment's dominant baseline and size, its font's weight and slant, and
//!    `superscript` when its glyphs are raised and smaller. Three dots set as an ellipsis
//!    ([`super::ellipsis`]) are one word "...", parted from what is before it by a plain gap.

use std::time::Instant;

use super::ellipsis;
use super::overscripts::{stacked_keys, Piece};
use super::spacing;
use super::tuning::*;
use super::{Line, Word};
use crate::pdf::{is_blank, TextPage};

/// One usable glyph, reduced to what line building needs.
#[derive(Debug, Clone)]
struct G {
    text_idx: usize,
    x0: f32,
    x1: f32,
    top: f32,
    bottom: f32,
    base: f32,
    size: f32,
    font: u32,
    space: bool,
    /// A big operator moved off its own baseline by [`rebase_hanging_operators`]: its
    /// `base` is an estimate, and it hosts scripts from its row's baseline.
    hung: bool,
}

/// Groups one page's glyphs into words and lines (see the module docs).
pub fn page_lines(page: &TextPage) -> Vec<Line> {
    page_lines_within(page, None).0
}

/// [`page_lines`] that stops attaching small glyphs at `deadline` (then `true`).
pub fn page_lines_within(page: &TextPage, deadline: Option<Instant>) -> (Vec<Line>, bool) {
    // Accents, negation slashes and maps-to bars drawn over another glyph become one
    // character with it (a copy of the page only when it has such overlays).
    let composed = super::overlays::compose(page);
    let page = composed.as_ref().unwrap_or(page);
    let glyphs = usable_glyphs(page);
    if glyphs.is_empty() {
        return (Vec::new(), false);
    }
    let (rows, cut) = attach_small(cluster_rows(&glyphs), &glyphs, deadline);
    let mut lines = Vec::new();
    for row in rows {
        for seg in split_segments(row, &glyphs) {
            if let Some(l) = build_line(&seg, &glyphs, page) {
                lines.push(l);
            }
        }
    }
    lines.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0])));
    lines.shrink_to_fit();
    (lines, cut)
}

fn finite4(b: &[f32; 4]) -> bool {
    b.iter().all(|v| v.is_finite())
}

/// The page's skew: the median writing angle of its glyphs that run within [`MAX_SKEW`] of
/// horizontal, or 0 when that is under [`MIN_SKEW`] (born-digital pages: nothing to do).
pub fn page_skew(page: &TextPage) -> f32 {
    let near = |a: f32| a.is_finite() && a.abs() <= MAX_SKEW;
    if !page.glyphs.iter().any(|g| near(g.angle) && g.angle.abs() >= MIN_SKEW) {
        return 0.0;
    }
    let mut angles: Vec<f32> =
        page.glyphs.iter().filter(|g| near(g.angle) && !is_blank(&g.text)).map(|g| g.angle).collect();
    if angles.is_empty() {
        return 0.0;
    }
    let mid = angles.len() / 2;
    let (_, &mut m, _) = angles.select_nth_unstable_by(mid, f32::total_cmp);
    if m.abs() < MIN_SKEW {
        0.0
    } else {
        m
    }
}

/// Straightens a page turned by `skew`: rotating a point by `-skew` about the page's centre.
#[derive(Debug, Clone, Copy)]
struct Straighten {
    cos: f32,
    sin: f32,
    cx: f32,
    cy: f32,
}

impl Straighten {
    fn new(skew: f32, page: &TextPage) -> Option<Self> {
        (skew != 0.0).then(|| Straighten {
            cos: skew.cos(),
            sin: skew.sin(),
            cx: page.width / 2.0,
            cy: page.height / 2.0,
        })
    }

    /// How far the point `(x, y)` moves.
    fn shift(&self, x: f32, y: f32) -> (f32, f32) {
        let (dx, dy) = (x - self.cx, y - self.cy);
        (self.cx + dx * self.cos + dy * self.sin - x, self.cy - dx * self.sin + dy * self.cos - y)
    }
}

/// The glyphs that can make body text, with sane sizes (see the module docs, step 1).
/// On a skewed page (a scan's OCR layer) the glyphs are straightened first: each is moved
/// as its origin moves when the page is turned back by its skew, so that a line is one row.
fn usable_glyphs(page: &TextPage) -> Vec<G> {
    let skew = page_skew(page);
    let straighten = Straighten::new(skew, page);
    let turned = |g: &crate::pdf::Glyph| match straighten {
        None => g.rotated,
        Some(_) => !(g.angle - skew).abs().le(&SKEW_TOL),
    };
    let (mut visible, mut hidden) = (0usize, 0usize);
    for g in &page.glyphs {
        if turned(g) || is_blank(&g.text) {
            continue;
        }
        if g.invisible {
            hidden += 1;
        } else {
            visible += 1;
        }
    }
    let keep_invisible = hidden > visible;
    let (w, h) = (page.width, page.height);
    let check_page = w.is_finite() && h.is_finite() && w > MIN_PAGE_SIDE_PT && h > MIN_PAGE_SIDE_PT;
    let mut out = Vec::with_capacity(page.glyphs.len());
    for (i, g) in page.glyphs.iter().enumerate() {
        if turned(g) || g.text.is_empty() || (g.invisible && !keep_invisible) || !finite4(&g.bbox) {
            continue;
        }
        let [mut x0, mut top, mut x1, mut bottom] = g.bbox;
        let mut base = if g.baseline.is_finite() { g.baseline } else { bottom };
        if let Some(st) = straighten {
            let (dx, dy) = st.shift(x0.min(x1), base);
            [x0, x1, top, bottom, base] = [x0 + dx, x1 + dx, top + dy, bottom + dy, base + dy];
        }
        let (x0, x1) = if x0 <= x1 { (x0, x1) } else { (x1, x0) };
        let (top, bottom) = if top <= bottom { (top, bottom) } else { (bottom, top) };
        if check_page && (x1 < 0.0 || x0 > w || bottom < 0.0 || top > h) {
            continue;
        }
        let mut size = g.size.abs();
        if !size.is_finite() || size < MIN_GLYPH_SIZE_PT {
            size = bottom - top;
        }
        if !size.is_finite() || size < MIN_GLYPH_SIZE_PT {
            continue;
        }
        out.push(G {
            text_idx: i,
            x0,
            x1,
            top,
            bottom,
            base,
            size,
            font: g.font,
            space: is_blank(&g.text),
            hung: false,
        });
    }
    rebase_hanging_operators(&mut out, page);
    out
}

/// Moves a big operator that hangs from its baseline and has no limits over it onto the
/// baseline of its formula ([`super::hanging`]). One with a small glyph centred over it is
/// a display operator whose limits are stacked over and under it: it keeps its own
/// baseline, near its upper limit's, and [`super::limits`] joins its rows.
fn rebase_hanging_operators(gs: &mut [G], page: &TextPage) {
    for k in 0..gs.len() {
        let g = &gs[k];
        let base = super::hanging::reading_base(g.top, g.bottom, g.base, g.size);
        if base == g.base {
            continue;
        }
        let text = page.glyphs.get(g.text_idx).map_or("", |src| src.text.as_str());
        if !text.chars().next().is_some_and(super::hanging::is_large_operator) {
            continue;
        }
        let limit_over = gs.iter().any(|o| {
            let mid = 0.5 * (o.x0 + o.x1);
            !o.space
                && o.size <= RAISED_SMALL * g.size
                && mid > g.x0
                && mid < g.x1
                && o.base < g.top
                && g.top - o.base <= g.size
        });
        if !limit_over {
            gs[k].base = base;
            gs[k].hung = true;
        }
    }
}

/// A row under construction: glyph indices (into the usable list) on one baseline.
#[derive(Debug, Clone)]
struct Row {
    base: f32,
    size: f32,
    members: Vec<usize>,
}

/// Clusters glyphs by baseline (step 2, first half).
fn cluster_rows(gs: &[G]) -> Vec<Row> {
    // By baseline, then x0 (then index), on keys held in the array rather than looked up
    // through it. A stable sort: glyphs come mostly in order, in runs it takes as they are.
    let mut order: Vec<(u64, usize)> = gs.iter().enumerate().map(|(i, g)| (pair_key(g.base, g.x0), i)).collect();
    order.sort();
    let mut rows: Vec<Row> = Vec::new();
    for (_, i) in order {
        let g = &gs[i];
        if let Some(r) = rows.last_mut() {
            if (g.base - r.base).abs() <= ROW_TOL * g.size.min(r.size) {
                r.members.push(i);
                if !g.space && g.size > r.size {
                    r.size = g.size;
                }
                continue;
            }
        }
        rows.push(Row { base: g.base, size: g.size, members: vec![i] });
    }
    rows.retain(|r| r.members.iter().any(|&i| !gs[i].space));
    rows
}

/// `v` as an unsigned integer ordered as [`f32::total_cmp`] orders the floats.
fn total_key(v: f32) -> u32 {
    let bits = v.to_bits() as i32;
    ((bits ^ (((bits >> 31) as u32) >> 1) as i32) as u32) ^ 0x8000_0000
}

/// `(a, b)` as one integer ordered as `a`, then `b`, by [`f32::total_cmp`].
fn pair_key(a: f32, b: f32) -> u64 {
    (u64::from(total_key(a)) << 32) | u64::from(total_key(b))
}

/// Moves small raised/lowered glyphs next to a bigger row into that row (step 2).
/// At `deadline` it stops looking (then `true`): what was found so far is applied.
fn attach_small(mut rows: Vec<Row>, gs: &[G], deadline: Option<Instant>) -> (Vec<Row>, bool) {
    let n = rows.len();
    if n < 2 {
        return (rows, false);
    }
    let mut cut = false;
    let max_size = rows.iter().map(|r| r.size).fold(0.0f32, f32::max);
    let reach: Vec<HostReach> = rows.iter().map(|h| HostReach::of(h, gs)).collect();
    let text_base: Vec<f32> = rows.iter().map(|h| text_baseline(h, gs)).collect();
    let mut moves: Vec<(usize, usize, usize)> = Vec::new(); // (from row, member pos, to row)
    let mut seen = 0usize;
    'rows: for r in 0..n {
        for (pos, &gi) in rows[r].members.iter().enumerate() {
            seen += 1;
            if seen.is_multiple_of(1024) && deadline.is_some_and(|d| Instant::now() >= d) {
                cut = true;
                break 'rows;
            }
            let g = &gs[gi];
            if g.space {
                continue;
            }
            let mut best: Option<(usize, f32)> = None;
            for dir in [-1i64, 1] {
                let mut k = r as i64 + dir;
                while k >= 0 && (k as usize) < n {
                    let h = &rows[k as usize];
                    if (h.base - g.base).abs() > max_size {
                        break;
                    }
                    if reach[k as usize].may_host(g) && is_host(h, g, gs, text_base[k as usize]) {
                        let d = (h.base - g.base).abs();
                        if best.is_none_or(|(_, bd)| d < bd) {
                            best = Some((k as usize, d));
                        }
                    }
                    k += dir;
                }
            }
            if let Some((to, _)) = best {
                moves.push((r, pos, to));
            }
        }
    }
    if moves.is_empty() {
        return (rows, cut);
    }
    let moves = with_clustermates(&rows, gs, moves);
    let mut taken: Vec<Vec<bool>> = rows.iter().map(|r| vec![false; r.members.len()]).collect();
    let mut added: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(from, pos, to) in &moves {
        if let (Some(t), Some(&gi)) = (taken.get_mut(from).and_then(|v| v.get_mut(pos)), rows[from].members.get(pos)) {
            *t = true;
            added[to].push(gi);
        }
    }
    for (r, row) in rows.iter_mut().enumerate() {
        let keep: Vec<usize> =
            row.members.iter().enumerate().filter(|(p, _)| !taken[r][*p]).map(|(_, &gi)| gi).collect();
        row.members = keep;
        row.members.append(&mut added[r]);
    }
    rows.retain(|r| r.members.iter().any(|&i| !gs[i].space));
    (rows, cut)
}

/// `moves` (from row, member position, to row) with the glyphs touching a moved small
/// glyph on its row: an index or a limit ("j=1") is one run of small glyphs, and when only
/// its last glyph is near enough to a bigger glyph to be attached ("1" beside "U", "j="
/// beside a big operator above), the run was torn apart. A run goes whole to the row one of
/// its glyphs goes to, unless its glyphs go to different rows.
fn with_clustermates(rows: &[Row], gs: &[G], moves: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    let mut out = moves.clone();
    let mut i = 0;
    while i < moves.len() {
        let r = moves[i].0;
        let mut j = i;
        while j < moves.len() && moves[j].0 == r {
            j += 1;
        }
        let row_moves = &moves[i..j];
        i = j;
        let members = &rows[r].members;
        if row_moves.len() == members.len() {
            continue;
        }
        let mut to: Vec<Option<usize>> = vec![None; members.len()];
        for &(_, pos, t) in row_moves {
            if let Some(slot) = to.get_mut(pos) {
                *slot = Some(t);
            }
        }
        let mut by_x: Vec<usize> = (0..members.len()).filter(|&p| !gs[members[p]].space).collect();
        by_x.sort_by(|&a, &b| gs[members[a]].x0.total_cmp(&gs[members[b]].x0));
        let mut start = 0;
        while start < by_x.len() {
            let mut end = start + 1;
            while end < by_x.len() {
                let (a, b) = (&gs[members[by_x[end - 1]]], &gs[members[by_x[end]]]);
                if b.x0 - a.x1 > WORD_GAP * a.size.max(b.size) {
                    break;
                }
                end += 1;
            }
            let run = &by_x[start..end];
            start = end;
            let mut targets = run.iter().filter_map(|&p| to[p]);
            let Some(t) = targets.next() else { continue };
            if targets.any(|u| u != t) {
                continue;
            }
            out.extend(run.iter().filter(|&&p| to[p].is_none()).map(|&p| (r, p, t)));
        }
    }
    out
}

/// Bounds of a row's solid glyphs, to rule out most rows before [`is_host`] looks at each
/// glyph (pages with many rows near each other made that check quadratic).
#[derive(Debug, Clone, Copy)]
struct HostReach {
    /// Largest size of a solid (non-space) member; `NEG_INFINITY` when there is none.
    size: f32,
    /// Smallest `x0` and largest `x1` of the solid members.
    x0: f32,
    x1: f32,
    /// Smallest and largest baseline of the solid members.
    base_lo: f32,
    base_hi: f32,
}

impl HostReach {
    fn of(h: &Row, gs: &[G]) -> Self {
        let mut b = HostReach {
            size: f32::NEG_INFINITY,
            x0: f32::INFINITY,
            x1: f32::NEG_INFINITY,
            base_lo: f32::INFINITY,
            base_hi: f32::NEG_INFINITY,
        };
        let text_base = text_baseline(h, gs);
        for o in h.members.iter().filter_map(|&i| gs.get(i)).filter(|o| !o.space) {
            // A hung operator hosts from its own baseline and, for its lower index, from
            // the text's, twice as far right ([`is_host`]).
            let (lo, hi) = if o.hung { (o.base.min(text_base), o.base.max(text_base)) } else { (o.base, o.base) };
            let x1 = if o.hung { o.x1 + HOST_REACH * o.size } else { o.x1 };
            b.size = b.size.max(o.size);
            b.x0 = b.x0.min(o.x0);
            b.x1 = b.x1.max(x1);
            b.base_lo = b.base_lo.min(lo);
            b.base_hi = b.base_hi.max(hi);
        }
        b
    }

    /// False only when no solid member of the row can pass [`is_host`]'s test for `g`
    /// (every condition there is monotonic in the member's size, x-extent and baseline).
    fn may_host(&self, g: &G) -> bool {
        let (s, reach) = (self.size, HOST_REACH * self.size);
        self.size > 0.0
            && g.size <= RAISED_SMALL * s
            && g.x0 - self.x1 <= reach
            && self.x0 - g.x1 <= reach
            && g.base - self.base_hi <= HOST_LOWER_MAX * s
            && g.base - self.base_lo >= -HOST_RAISE_MAX * s
    }
}

/// The baseline of row `h`'s text: that of its first glyph not moved there by
/// [`rebase_hanging_operators`] (the row's own when it has none).
fn text_baseline(h: &Row, gs: &[G]) -> f32 {
    h.members.iter().filter_map(|&i| gs.get(i)).find(|o| !o.space && !o.hung).map_or(h.base, |o| o.base)
}

/// True when row `h` can host small glyph `g`: `g` touches one of `h`'s glyphs that is
/// clearly bigger, with its baseline moved up (up to its x-height area) or slightly down.
/// A hanging big operator set on the row also hosts a lowered glyph that starts at its right
/// edge measured from `text_base`, the row's text baseline (its own was estimated from its
/// box), and twice as far right: a text-style "⋃" hosts its lower index "i=1", dropped as
/// far below the text as any subscript, even when the index is wider than the gap to the
/// next glyph.
fn is_host(h: &Row, g: &G, gs: &[G], text_base: f32) -> bool {
    h.members.iter().any(|&i| {
        let o = &gs[i];
        let reach = HOST_REACH * o.size;
        let hosts = |d: f32, reach_right: f32| {
            g.size <= RAISED_SMALL * o.size
                && d >= -HOST_RAISE_MAX * o.size
                && d <= HOST_LOWER_MAX * o.size
                && d.abs() >= HOST_MIN_SHIFT * o.size
                && g.x0 - o.x1 <= reach_right
                && o.x0 - g.x1 <= reach
        };
        // A hanging operator's lower index starts at its right edge and may be wider than
        // the gap to what follows (its glyphs reach twice as far).
        let index_of_hung = o.hung
            && g.base > text_base
            && g.x0 >= o.x1 - HOST_MIN_SHIFT * o.size
            && hosts(g.base - text_base, 2.0 * reach);
        !o.space && (hosts(g.base - o.base, reach) || index_of_hung)
    })
}

/// Sorts a row left to right, drops duplicate glyphs, and cuts it at wide gaps (step 3).
fn split_segments(row: Row, gs: &[G]) -> Vec<Vec<usize>> {
    // The row's glyphs in content order, sorted only when two neighbours were drawn far apart.
    let mut sorted_members: Option<Vec<usize>> = None;
    let mut m = row.members;
    m.sort_by(|&a, &b| gs[a].x0.total_cmp(&gs[b].x0).then(gs[a].text_idx.cmp(&gs[b].text_idx)));
    read_labels_first(&mut m, gs, row.base, row.size);
    let stretch = word_spacing(&m, gs);
    let mut segs: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut cur_x1 = f32::NEG_INFINITY;
    let mut space_x1 = f32::NEG_INFINITY;
    let mut cur_size = 0.0f32;
    let mut cur_base = f32::NAN;
    for &gi in &m {
        let g = &gs[gi];
        if g.space {
            if !cur.is_empty() {
                cur.push(gi);
                space_x1 = space_x1.max(g.x1.min(g.x0 + SPACE_MAX_WIDTH * g.size));
            }
            continue;
        }
        let size = gap_size(cur_size, cur_base, g);
        // A space glyph stretched up to this glyph (justification) fills the gap; a space
        // that stops short of it (a trailing space before a gutter) does not.
        // A space glyph whose box leaves out the row's word spacing (Tw) bridges as far as
        // the row's spaces usually reach.
        let bridged = space_x1 + SPACE_STRETCH_REACH * stretch >= g.x0 - SPACE_BRIDGE_TOL * size;
        let gap_cut = !bridged && g.x0 - cur_x1 > SEGMENT_GAP * size;
        let prev = cur.iter().rev().find(|&&i| !gs[i].space).copied();
        let touching = space_x1 == f32::NEG_INFINITY && g.x0 - cur_x1 <= WORD_GAP * size;
        let detour_cut = touching
            && prev.is_some_and(|p| {
                p.abs_diff(gi) > DETOUR_GLYPHS && {
                    let members = sorted_members.get_or_insert_with(|| {
                        let mut v = m.clone();
                        v.sort_unstable();
                        v
                    });
                    drawn_apart(p, gi, members, gs, row.size)
                }
            });
        if !cur.is_empty() && (gap_cut || detour_cut) {
            trim_spaces(&mut cur, gs);
            segs.push(std::mem::take(&mut cur));
            cur_x1 = f32::NEG_INFINITY;
        }
        space_x1 = f32::NEG_INFINITY;
        cur_x1 = cur_x1.max(g.x1);
        cur_size = g.size;
        cur_base = g.base;
        cur.push(gi);
    }
    trim_spaces(&mut cur, gs);
    if !cur.is_empty() {
        segs.push(cur);
    }
    segs
}

/// True when two glyphs that touch on a row (`a` then `b`, indices into `gs`, which is in
/// content-stream order) were drawn apart: between them the producer drew at least
/// [`DETOUR_GLYPHS`] glyphs of about the row's size (at least [`DETOUR_SIZE`] of `size`) that
/// are not on this row (`members`, sorted) — it set a line elsewhere and came back. Two
/// captions side by side whose boxes touch ("…sich im(b) Die…") are two pieces, not one
/// word. Limits, indices and labels drawn between two glyphs of a formula are smaller; a
/// fraction drawn between them is wider than a word gap, so it never comes to this.
fn drawn_apart(a: usize, b: usize, members: &[usize], gs: &[G], size: f32) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    if hi - lo <= DETOUR_GLYPHS {
        return false;
    }
    let elsewhere = gs
        .iter()
        .enumerate()
        .take(hi)
        .skip(lo + 1)
        .filter(|(k, g)| !g.space && g.size >= DETOUR_SIZE * size && members.binary_search(k).is_err());
    elsewhere.take(DETOUR_GLYPHS).count() >= DETOUR_GLYPHS
}

/// Puts small text set over glyphs of the row (a label over an arrow, a superscript over a
/// subscript) before the glyphs it stands over ([`super::overscripts`]); `m` is sorted
/// left to right. Only rows with a raised small glyph are looked at.
fn read_labels_first(m: &mut [usize], gs: &[G], base: f32, size: f32) {
    let raised = |g: &G| !g.space && base - g.base > RAISED_BY * size && g.size <= RAISED_SMALL * size;
    if !m.iter().any(|&i| raised(&gs[i])) {
        return;
    }
    let pieces: Vec<Piece> = m
        .iter()
        .map(|&i| {
            let g = &gs[i];
            Piece { x0: g.x0, x1: g.x1, base: g.base, size: g.size, seq: g.text_idx, space: g.space }
        })
        .collect();
    if let Some(keys) = stacked_keys(&pieces, base, size) {
        let mut order: Vec<usize> = (0..m.len()).collect();
        order.sort_by(|&a, &b| keys[a].0.total_cmp(&keys[b].0).then(keys[a].1.cmp(&keys[b].1)).then(a.cmp(&b)));
        let sorted: Vec<usize> = order.iter().map(|&k| m[k]).collect();
        m.copy_from_slice(&sorted);
    }
}

/// The font size a gap between the glyph before (`size`, baseline `base`) and `g` is
/// measured in: the larger of the two, but the smaller when both sit on one baseline and
/// the sizes jump (a big heading beside a line of the other column: measured in the big
/// size, the gutter would be narrower than a gap and the two columns would be glued).
fn gap_size(size: f32, base: f32, g: &G) -> f32 {
    let (lo, hi) = (size.min(g.size), size.max(g.size));
    let same_base = (g.base - base).abs() <= SIZE_JUMP_BASE_TOL * lo;
    if lo > 0.0 && same_base && hi > SIZE_JUMP * lo {
        lo
    } else {
        hi
    }
}

/// The white a justified row adds after each space glyph (word spacing set with `Tw` is
/// often left out of the space's box): the median gap between a space glyph and the glyph
/// after it, over a row with at least three such spaces; 0 otherwise. At most one
/// [`SEGMENT_GAP`] of the row's size, so a real gutter is never explained away.
fn word_spacing(sorted: &[usize], gs: &[G]) -> f32 {
    let mut gaps: Vec<f32> = sorted
        .windows(2)
        .filter(|w| gs[w[0]].space && !gs[w[1]].space)
        .map(|w| (gs[w[1]].x0 - gs[w[0]].x1).max(0.0))
        .collect();
    if gaps.len() < WORD_SPACING_MIN_GAPS {
        return 0.0;
    }
    gaps.sort_by(f32::total_cmp);
    let size = sorted.iter().map(|&i| gs[i].size).fold(0.0f32, f32::max);
    gaps[gaps.len() / 2].min(SEGMENT_GAP * size)
}

fn trim_spaces(seg: &mut Vec<usize>, gs: &[G]) {
    while seg.last().is_some_and(|&i| gs[i].space) {
        seg.pop();
    }
}

/// Dominant value of `vals` (weights per value), bucketed to `step`.
fn dominant(vals: impl Iterator<Item = f32>, step: f32) -> Option<f32> {
    let mut buckets: Vec<(i64, usize)> = Vec::new();
    for v in vals {
        let k = (v / step).round() as i64;
        match buckets.iter_mut().find(|(b, _)| *b == k) {
            Some(e) => e.1 += 1,
            None => buckets.push((k, 1)),
        }
    }
    // Most frequent; ties go to the larger value (body text over small marks).
    buckets.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0))).map(|(k, _)| k as f32 * step)
}

/// Builds the words of one segment and the line around them (step 4).
#[inline(never)]
fn build_line(seg: &[usize], gs: &[G], page: &TextPage) -> Option<Line> {
    let mut solid: Vec<&G> = Vec::with_capacity(seg.len());
    solid.extend(seg.iter().map(|&i| &gs[i]).filter(|g| !g.space));
    let size = dominant(solid.iter().map(|g| g.size), LINE_SIZE_STEP_PT)?;
    let mut bases: Vec<f32> = Vec::with_capacity(solid.len());
    bases.extend(solid.iter().filter(|g| (g.size - size).abs() <= BASELINE_SIZE_TOL * size).map(|g| g.base));
    if bases.is_empty() {
        bases = solid.iter().map(|g| g.base).collect();
    }
    bases.sort_by(f32::total_cmp);
    let baseline = *bases.get(bases.len() / 2)?;
    let is_super = |g: &G| baseline - g.base > RAISED_BY * size && g.size <= RAISED_SMALL * size;

    // In a formula, punctuation set apart is apart (module docs, step 4); looked at only
    // when a closing sign is set apart (rare), as a scan of every line would cost.
    let mut formula: Option<bool> = None;
    let mut in_formula = || {
        *formula.get_or_insert_with(|| {
            solid.iter().any(|g| {
                page.glyphs.get(g.text_idx).is_some_and(|src| src.text.chars().any(super::stacked::is_operator))
            })
        })
    };
    // Ellipses set as three dots (module docs, step 4), found when a dot is first met.
    let mut dots: Option<Vec<ellipsis::Dot>> = None;
    let mut words: Vec<Word> = Vec::new();
    let mut cur: Vec<&G> = Vec::new();
    // Right edge of the word so far (the largest x1 of `cur`).
    let mut cur_x1 = f32::NEG_INFINITY;
    let mut pending = PendingSpace::NONE;
    for (pos, &gi) in seg.iter().enumerate() {
        let g = &gs[gi];
        if g.space {
            if let Some(prev) = cur.last() {
                pending.note(g, prev.text_idx, cur_x1);
            }
            continue;
        }
        if let Some(prev) = cur.last() {
            let dup = page.glyphs.get(prev.text_idx).map(|p| &p.text) == page.glyphs.get(g.text_idx).map(|p| &p.text)
                && (g.x0 - prev.x0).abs() < DUP_GLYPH_TOL * g.size
                && (g.base - prev.base).abs() < DUP_GLYPH_TOL * g.size;
            if dup {
                pending = PendingSpace::NONE;
                continue;
            }
            let pending_space = pending.separates(g);
            let gap = g.x0 - cur_x1;
            let text = |g: &G| page.glyphs.get(g.text_idx).map_or("", |src| src.text.as_str());
            let (before, after) = (text(prev), text(g));
            let em = g.size.max(prev.size);
            let mut word_gap = spacing::word_gap(before, after, false);
            // Whether the segment is a formula matters only for a gap between the two widths.
            if gap > WORD_GAP * em && gap <= word_gap * em && in_formula() {
                word_gap = spacing::word_gap(before, after, true);
            }
            if after == "." {
                let marks = dots.get_or_insert_with(|| ellipsis_marks(seg, gs, page));
                match marks.get(pos) {
                    Some(ellipsis::Dot::First) => word_gap = WORD_GAP,
                    Some(ellipsis::Dot::Inner) => word_gap = f32::INFINITY,
                    _ => {}
                }
            }
            // A run placed apart leaves a gap first: glyphs of a word touch, and then the
            // producer's runs are not looked up.
            let apart = gap > PLACED_APART_GAP * em && placed_apart(prev, g, page);
            // A piece of a tall delimiter is a word of its own: it spans the rows of a
            // matrix or vector and was drawn before or after all of them, so a row's entry
            // touching it is not part of it (the stacked rows are then read in drawing order).
            // (Its UTF-8 starts with 0xE2, which most glyphs' do not: the cheap test first.)
            let piece = |t: &str| {
                t.as_bytes().first() == Some(&0xE2) && t.chars().next().is_some_and(super::stacked::is_delimiter_piece)
            };
            if pending_space
                || gap > word_gap * em
                || is_super(g) != is_super(prev)
                || apart
                || piece(before)
                || piece(after)
            {
                words.push(make_word(&cur, baseline, size, &is_super, page));
                cur.clear();
                cur_x1 = f32::NEG_INFINITY;
            }
        }
        pending = PendingSpace::NONE;
        cur_x1 = cur_x1.max(g.x1);
        cur.push(g);
    }
    if !cur.is_empty() {
        words.push(make_word(&cur, baseline, size, &is_super, page));
    }
    if words.is_empty() {
        return None;
    }
    let mut bbox = words[0].bbox;
    for w in &words[1..] {
        bbox = union(bbox, w.bbox);
    }
    words.shrink_to_fit();
    Some(Line { words, bbox, baseline, size })
}

/// True when `g`, right after `prev` in a word, starts a run the producer placed on its own
/// right of where the run of `prev` stopped: `g` opens a text object and `prev` does not
/// (each run holds more than one glyph), and the glyph after `g` goes on in its object; the
/// caller has seen the gap between them wider than [`PLACED_APART_GAP`] (though narrower
/// than a word gap).
/// Text overflowing a table cell runs up to the next cell's text like this (`Paucartambo`
/// 0.12 em before `33 610 979,39`, each drawn as its cell's own run): two words. A change of
/// font inside a word, or a kerning pair drawn as two runs, is set where the pen stopped
/// (give or take kerning), and a producer that places glyph by glyph places single glyphs;
/// neither is cut. Overflowing text that overlaps the next run leaves no gap and stays glued.
#[cold]
#[inline(never)]
fn placed_apart(prev: &G, g: &G, page: &TextPage) -> bool {
    let (Some(a), Some(b)) = (page.glyphs.get(prev.text_idx), page.glyphs.get(g.text_idx)) else {
        return false;
    };
    let goes_on = page.glyphs.get(g.text_idx + 1).is_some_and(|n| !n.object_start);
    b.object_start && !a.object_start && goes_on && !b.invisible
}

/// The space glyphs met since the last solid glyph of a line, reduced to what decides
/// whether they separate it from the next one. A space separates when it was drawn between
/// the two (content-stream order) or lies between them (its middle in the white between
/// them). A space that is neither, drawn earlier and over the letters, is another run's
/// blank text (a table row padded with spaces under a wrapped cell's first line): counting
/// it would cut every letter apart ("C r e a c i ó n").
#[derive(Debug, Clone, Copy)]
struct PendingSpace {
    /// Smallest content-stream index among the spaces drawn after the previous glyph.
    first_after: usize,
    /// Leftmost middle among the spaces whose middle is right of the previous glyphs.
    middle: f32,
}

impl PendingSpace {
    const NONE: PendingSpace = PendingSpace { first_after: usize::MAX, middle: f32::INFINITY };

    fn note(&mut self, s: &G, prev_idx: usize, prev_x1: f32) {
        if s.text_idx > prev_idx {
            self.first_after = self.first_after.min(s.text_idx);
        }
        let mid = 0.5 * (s.x0 + s.x1);
        if mid >= prev_x1 {
            self.middle = self.middle.min(mid);
        }
    }

    fn separates(&self, next: &G) -> bool {
        self.first_after < next.text_idx || self.middle <= next.x0
    }
}

/// [`ellipsis::dots`] of one segment.
fn ellipsis_marks(seg: &[usize], gs: &[G], page: &TextPage) -> Vec<ellipsis::Dot> {
    let gl: Vec<ellipsis::DotGlyph> = seg
        .iter()
        .map(|&i| {
            let g = &gs[i];
            let text = page.glyphs.get(g.text_idx).map_or("", |src| src.text.as_str());
            ellipsis::DotGlyph { text, x0: g.x0, x1: g.x1, base: g.base, size: g.size, space: g.space }
        })
        .collect();
    ellipsis::dots(&gl)
}

fn union(a: [f32; 4], b: [f32; 4]) -> [f32; 4] {
    [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
}

fn make_word(gl: &[&G], baseline: f32, size: f32, is_super: &dyn Fn(&G) -> bool, page: &TextPage) -> Word {
    // Every page's words are kept until the document is laid out: a word of up to 24 bytes
    // is stored inline, without an allocation of its own.
    let mut text = compact_str::CompactString::default();
    let mut bbox = [f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY];
    for g in gl {
        if let Some(src) = page.glyphs.get(g.text_idx) {
            text.push_str(&src.text);
        }
        bbox = union(bbox, [g.x0, g.top, g.x1, g.bottom]);
    }
    let font = gl.first().map(|g| g.font).unwrap_or(0);
    let info = page.fonts.get(font as usize);
    let superscript = gl.iter().all(|g| is_super(g));
    let wsize = if superscript { gl.iter().map(|g| g.size).fold(0.0, f32::max) } else { size };
    let wbase = if superscript { gl.first().map(|g| g.base).unwrap_or(baseline) } else { baseline };
    Word {
        text,
        bbox,
        baseline: wbase,
        size: wsize,
        font,
        bold: info.is_some_and(|f| f.bold),
        italic: info.is_some_and(|f| f.italic),
        superscript,
        seq: gl.iter().map(|g| g.text_idx).min().unwrap_or(0).min(u32::MAX as usize) as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::*;

    #[test]
    fn sort_keys_order_as_total_cmp() {
        let vals = [f32::NEG_INFINITY, -3.5, -0.0, 0.0, 1e-30, 2.0, 2.5, f32::INFINITY, f32::NAN, -f32::NAN];
        for a in vals {
            for b in vals {
                assert_eq!(total_key(a).cmp(&total_key(b)), a.total_cmp(&b), "{a} {b}");
                assert_eq!(pair_key(a, b).cmp(&pair_key(b, a)), a.total_cmp(&b).then(b.total_cmp(&a)), "{a} {b}");
            }
        }
    }

    #[test]
    fn blanks_drawn_over_another_run_do_not_cut_its_words() {
        // A row padded with spaces (drawn first) runs under a cell's text on the same
        // baseline: its blanks must not split "Creación" letter by letter.
        let mut p = PageBuilder::new();
        p.text(60.0, 100.0, 10.0, &format!("2113198{}", " ".repeat(60)));
        p.text(107.0, 100.0, 10.0, "Creación del servicio");
        let ls = page_lines(&p.page);
        let words: Vec<String> = ls.iter().flat_map(|l| l.words.iter().map(|w| w.text.to_string())).collect();
        assert!(words.contains(&"Creación".to_string()), "{words:?}");
        assert!(words.contains(&"servicio".to_string()), "{words:?}");
    }

    #[test]
    fn in_a_formula_punctuation_set_apart_is_apart() {
        // "{ 0 }" and "x1, ... , xn": TeX's thin space (0.17 em) before a closing brace, a dot
        // or a comma, in a row with a relation; the same white before a comma in prose
        // (justification) keeps the comma with its word.
        let mut p = PageBuilder::new();
        let x = p.text(72.0, 100.0, 10.0, "S=");
        let x = p.text_nospace(x + 1.7, 100.0, 10.0, "{");
        let x = p.text_nospace(x + 1.7, 100.0, 10.0, "0");
        let x = p.text_nospace(x + 1.7, 100.0, 10.0, "}");
        let x = p.text_nospace(x + 1.7, 100.0, 10.0, "x1,");
        let x = p.text_nospace(x + 1.7, 100.0, 10.0, "...");
        p.text_nospace(x + 1.7, 100.0, 10.0, ",xn");
        let x = p.text(72.0, 130.0, 10.0, "palabra");
        p.text_nospace(x + 1.7, 130.0, 10.0, ", otra-");
        let ls = page_lines(&p.page);
        assert_eq!(ls[0].text(), "S= { 0 } x1, ... ,xn");
        assert_eq!(ls[1].text(), "palabra, otra-");
    }

    #[test]
    fn a_tall_delimiter_piece_is_a_word_of_its_own() {
        // The lower hooks of a column vector's parentheses touch the entry of the row they
        // share ("⎝x2⎠"): the entry is a word apart, so the vector's rows can be read in the
        // order they were drawn. Ordinary parentheses stay with their word.
        let mut p = PageBuilder::new();
        let x = p.text_nospace(72.0, 100.0, 10.0, "\u{239D}");
        let x = p.text_nospace(x + 0.3, 100.0, 10.0, "x2");
        p.text_nospace(x + 0.3, 100.0, 10.0, "\u{23A0}");
        p.text(72.0, 130.0, 10.0, "(x2)");
        let ls = page_lines(&p.page);
        let words: Vec<Vec<String>> = ls.iter().map(|l| l.words.iter().map(|w| w.text.to_string()).collect()).collect();
        assert_eq!(words, vec![vec!["\u{239D}", "x2", "\u{23A0}"], vec!["(x2)"]]);
    }

    #[test]
    fn an_ellipsis_of_spaced_dots_is_one_word() {
        // TeX's "f1, \ldots, fr": thin spaces (0.17 em) around and between the dots; leaders
        // (more dots) and dots set a word space apart are left alone.
        let mut p = PageBuilder::new();
        let mut x = p.text(72.0, 100.0, 10.0, "S=f1,");
        for _ in 0..3 {
            x = p.text_nospace(x + 1.7, 100.0, 10.0, ".");
        }
        let x = p.text_nospace(x + 1.7, 100.0, 10.0, ",");
        p.text_nospace(x + 1.7, 100.0, 10.0, "fr");
        let mut x = p.text(72.0, 130.0, 10.0, "Inhalt");
        for _ in 0..5 {
            x = p.text_nospace(x + 3.3, 130.0, 10.0, ".");
        }
        let ls = page_lines(&p.page);
        assert_eq!(ls[0].text(), "S=f1, ... , fr");
        assert_eq!(ls[1].text(), "Inhalt . . . . .");
    }

    #[test]
    fn an_index_goes_whole_to_the_row_its_last_glyph_joins() {
        // "j=1" lowered before "U": only "1" is near enough to "U" to be attached; the run
        // it belongs to goes with it instead of staying a row of its own ("j=" / "1 U").
        let mut p = PageBuilder::new();
        p.text_nospace(86.0, 103.0, 7.0, "j=1");
        p.text_nospace(100.0, 100.0, 10.0, "Uvw");
        let ls = page_lines(&p.page);
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].text(), "j=1 Uvw");
    }

    #[test]
    fn a_hanging_operator_reads_on_its_formulas_row_unless_it_has_limits_over_it() {
        // A text-style union hangs from a baseline 0.75 em above the text's (its font puts the
        // glyph below its reference point); its index follows it on the text's row.
        let hang = |p: &mut PageBuilder, x: f32| {
            p.text_nospace(x, 92.5, 10.0, "⋃");
            let g = p.page.glyphs.last_mut().expect("glyph");
            g.bbox = [x, 92.1, x + 9.0, 98.5];
        };
        let mut p = PageBuilder::new();
        p.text(72.0, 100.0, 10.0, "A=");
        hang(&mut p, 84.0);
        p.text_nospace(93.0, 102.0, 7.0, "j");
        p.text_nospace(99.0, 100.0, 10.0, "U");
        let ls = page_lines(&p.page);
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].text(), "A= ⋃j U");
        // A display union with its upper limit centred over it keeps its own baseline.
        let mut p = PageBuilder::new();
        p.text(72.0, 100.0, 10.0, "A=");
        hang(&mut p, 84.0);
        p.text_nospace(87.0, 90.0, 7.0, "n");
        let ls = page_lines(&p.page);
        assert!(ls.iter().all(|l| !l.text().starts_with("A= ⋃")), "{ls:?}");
    }

    #[test]
    fn a_hanging_operator_hosts_its_lower_index_from_the_text_baseline() {
        // "⋃^{m}_{i=1} U" in a line of text: the index drops 0.33 em below the text's baseline
        // (0.55 em below the operator's estimated one), and the set "U" follows a word gap
        // after the upper index "m(x)", too far to host "i=1".
        let mut p = PageBuilder::new();
        p.text(20.0, 100.0, 10.0, "Also gibt es mit");
        p.text_nospace(105.0, 92.5, 10.0, "⋃");
        p.page.glyphs.last_mut().expect("glyph").bbox = [105.0, 92.1, 114.0, 98.5];
        p.text_nospace(114.0, 94.7, 7.0, "m(x)");
        p.text_nospace(114.0, 103.0, 7.0, "i=1");
        p.text_nospace(131.0, 100.0, 10.0, "U");
        let ls = page_lines(&p.page);
        assert_eq!(ls.len(), 1, "{ls:?}");
        let t = ls[0].text();
        assert_eq!(t, "Also gibt es mit ⋃ m(x) i=1 U");
    }

    #[test]
    fn a_percent_sign_set_apart_is_its_own_word() {
        // "6,8 %" with a word space and no space glyph (TeX's tie), "9%" glued.
        let mut p = PageBuilder::new();
        let x = p.text(72.0, 100.0, 10.0, "6,8");
        let x = p.text_nospace(x + 2.5, 100.0, 10.0, "%");
        p.text(x, 100.0, 10.0, " y 9%");
        let ls = page_lines(&p.page);
        assert_eq!(ls[0].text(), "6,8 % y 9%");
    }

    #[test]
    fn words_split_at_spaces_and_gaps() {
        let mut p = PageBuilder::new();
        p.text(72.0, 100.0, 10.0, "Hola mundo");
        // A word placed after a gap of 0.5 em without a space glyph.
        p.text_nospace(72.0 + 10.0 * 0.5 * 10.0 + 5.0, 100.0, 10.0, "otra");
        let lines = page_lines(&p.page);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text(), "Hola mundo otra");
    }

    #[test]
    fn runs_placed_apart_are_two_words_even_where_they_touch() {
        // Two cells' runs, each its own text object: the province overflows its cell and
        // ends 1.3 pt (0.13 em, under a word gap) before the number's run starts.
        let mut p = PageBuilder::new();
        let end = p.text_object(72.0, 100.0, 10.0, "Paucartambo");
        p.text_object(end + 1.3, 100.0, 10.0, "33");
        let lines = page_lines(&p.page);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text(), "Paucartambo 33");
        // A run set where the one before it stopped give or take kerning (a change of font
        // inside a word), a run overlapping the one before, and a single glyph placed on its
        // own stay in the word.
        let mut p = PageBuilder::new();
        let end = p.text_object(72.0, 100.0, 10.0, "Paucar");
        let end = p.text_object(end + 0.3, 100.0, 10.0, "tam");
        let end = p.text_object(end - 0.5, 100.0, 10.0, "bo");
        p.text_object(end + 1.3, 100.0, 10.0, "s");
        assert_eq!(page_lines(&p.page)[0].text(), "Paucartambos");
    }

    #[test]
    fn captions_side_by_side_drawn_apart_are_two_pieces_even_where_they_touch() {
        // (a) drawn whole on two rows, then (b) starting right where (a)'s first row ends.
        let mut p = PageBuilder::new();
        let end = p.text(72.0, 300.0, 9.0, "(a) Die Dreiecke im");
        p.text(80.0, 311.0, 9.0, "Mittelpunkt und in einer Seite.");
        p.text_nospace(end, 300.0, 9.0, "(b) Die Dreiecke im");
        let lines = page_lines(&p.page);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["(a) Die Dreiecke im", "(b) Die Dreiecke im", "Mittelpunkt und in einer Seite."]);
        // Drawn in reading order, the same glyphs make one word.
        let mut p = PageBuilder::new();
        let end = p.text(72.0, 300.0, 9.0, "(a) Die Dreiecke im");
        p.text_nospace(end, 300.0, 9.0, "(b) Die Dreiecke im");
        p.text(80.0, 311.0, 9.0, "Mittelpunkt und in einer Seite.");
        let texts: Vec<String> = page_lines(&p.page).iter().map(Line::text).collect();
        assert_eq!(texts[0], "(a) Die Dreiecke im(b) Die Dreiecke im");
    }

    #[test]
    fn a_big_heading_is_not_glued_to_the_other_column_across_the_gutter() {
        let mut p = PageBuilder::new();
        // A 16 pt heading in the left column ends 10 pt before a 10 pt line of the right
        // column on the same baseline: 10 pt is under 0.7 × 16 but over 0.7 × 10.
        let end = p.text(50.0, 100.0, 16.0, "Resultados");
        p.text(end + 10.0, 100.0, 10.0, "continúa el texto");
        let texts: Vec<String> = page_lines(&p.page).iter().map(Line::text).collect();
        assert_eq!(texts, ["Resultados", "continúa el texto"]);
        // The same gap between two runs of one size stays one line.
        let mut p = PageBuilder::new();
        let end = p.text(50.0, 100.0, 16.0, "Resultados");
        p.text(end + 10.0, 100.0, 16.0, "finales");
        assert_eq!(page_lines(&p.page).len(), 1);
    }

    #[test]
    fn columns_never_share_a_line() {
        let mut p = PageBuilder::new();
        p.text(50.0, 100.0, 10.0, "izquierda fin");
        p.text(300.0, 100.5, 10.0, "derecha inicio");
        let lines = page_lines(&p.page);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, vec!["izquierda fin", "derecha inicio"]);
    }

    /// Words with a narrow space glyph after each and extra white (`Tw`) before the next.
    fn stretched_row(p: &mut PageBuilder, words: &[&str], extra: &[f32]) {
        let mut x = 72.0;
        for (i, w) in words.iter().enumerate() {
            x = p.text(x, 100.0, 10.0, w);
            if let Some(e) = extra.get(i) {
                x = p.text(x, 100.0, 10.0, " ") + e;
            }
        }
    }

    #[test]
    fn word_spacing_left_out_of_space_boxes_does_not_cut_the_row() {
        let mut p = PageBuilder::new();
        stretched_row(&mut p, &["Tanto", "el", "sistema", "como", "el", "régimen"], &[6.0; 5]);
        let texts: Vec<String> = page_lines(&p.page).iter().map(Line::text).collect();
        assert_eq!(texts, vec!["Tanto el sistema como el régimen"]);
        // The same row with one gap far wider than its word spacing: a gutter.
        let mut q = PageBuilder::new();
        stretched_row(&mut q, &["uno", "dos", "tres", "cuatro", "cinco"], &[6.0, 6.0, 40.0, 6.0]);
        let texts: Vec<String> = page_lines(&q.page).iter().map(Line::text).collect();
        assert_eq!(texts, vec!["uno dos tres", "cuatro cinco"]);
    }

    #[test]
    fn superscript_mark_is_a_separate_raised_word() {
        let mut p = PageBuilder::new();
        let end = p.text(72.0, 100.0, 10.0, "Pública");
        p.text_nospace(end, 96.5, 5.8, "1");
        p.text(end + 3.5, 100.0, 10.0, "y más");
        let lines = page_lines(&p.page);
        assert_eq!(lines.len(), 1, "{lines:?}");
        let w: Vec<(&str, bool)> = lines[0].words.iter().map(|w| (w.text.as_str(), w.superscript)).collect();
        assert_eq!(w, vec![("Pública", false), ("1", true), ("y", false), ("más", false)]);
        assert!((lines[0].baseline - 100.0).abs() < 0.01);
    }

    #[test]
    fn mixed_sizes_on_one_baseline_stay_one_line() {
        let mut p = PageBuilder::new();
        let e = p.text(72.0, 200.0, 12.0, "Grande");
        p.text(e + 3.0, 200.0, 9.0, "pequeño");
        let lines = page_lines(&p.page);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].size, 9.0_f32.max(lines[0].size));
    }

    #[test]
    fn a_passed_deadline_stops_attaching_small_glyphs_but_keeps_every_line() {
        let mut p = PageBuilder::new();
        for i in 0..300 {
            p.text(72.0, 60.0 + i as f32 * 2.5, 10.0, "texto largo");
        }
        let (all, cut) = page_lines_within(&p.page, None);
        assert!(!cut);
        let (late, cut) = page_lines_within(&p.page, Some(Instant::now()));
        assert!(cut);
        let text = |ls: &[Line]| ls.iter().map(|l| l.text()).collect::<Vec<_>>().join(" ");
        assert_eq!(text(&late).len(), text(&all).len());
    }

    #[test]
    fn rotated_glyphs_are_left_out_and_ocr_layer_kept() {
        let mut p = PageBuilder::new();
        p.text(72.0, 100.0, 10.0, "texto");
        p.text(10.0, 400.0, 8.0, "sello");
        for g in p.page.glyphs.iter_mut().skip(5) {
            g.rotated = true;
        }
        assert_eq!(page_lines(&p.page).len(), 1);

        let mut q = PageBuilder::new();
        q.text(72.0, 100.0, 10.0, "capa ocr");
        for g in q.page.glyphs.iter_mut() {
            g.invisible = true;
        }
        assert_eq!(page_lines(&q.page)[0].text(), "capa ocr");

        let mut r = PageBuilder::new();
        r.text(72.0, 100.0, 10.0, "visible texto largo");
        r.text(72.0, 300.0, 10.0, "oculto");
        let n = r.page.glyphs.len();
        for g in r.page.glyphs.iter_mut().skip(n - 6) {
            g.invisible = true;
        }
        let l = page_lines(&r.page);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].text(), "visible texto largo");
    }

    #[test]
    fn a_skewed_page_is_straightened_into_whole_lines() {
        // Two lines of 80 glyphs rising 1.2° to the right (a scan's OCR layer): over 400 pt
        // the baseline climbs 8 pt, far more than a row's tolerance.
        let mut p = PageBuilder::new();
        let a = -1.2f32.to_radians();
        let text = "palabra ".repeat(10);
        for (row, y) in [(0, 200.0f32), (1, 214.0)] {
            let start = p.page.glyphs.len();
            p.text(72.0, y, 10.0, text.trim_end());
            for g in &mut p.page.glyphs[start..] {
                let dy = (g.bbox[0] - 72.0) * a.tan();
                g.bbox[1] += dy;
                g.bbox[3] += dy;
                g.baseline += dy;
                g.angle = a;
                g.rotated = row == 1; // past the text layer's own upright test: still read
            }
        }
        assert!((page_skew(&p.page) - a).abs() < 1e-4);
        let lines = page_lines(&p.page);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, vec![text.trim_end(); 2], "{texts:?}");
        // A born-digital page is left as it is.
        let mut q = PageBuilder::new();
        q.text(72.0, 100.0, 10.0, "recto");
        assert_eq!(page_skew(&q.page), 0.0);
    }

    #[test]
    fn duplicate_glyphs_count_once() {
        let mut p = PageBuilder::new();
        p.text(72.0, 100.0, 10.0, "negrita");
        p.text(72.2, 100.0, 10.0, "negrita");
        let l = page_lines(&p.page);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].text(), "negrita");
    }

    #[test]
    fn bad_numbers_do_not_panic() {
        let mut p = PageBuilder::new();
        p.text(72.0, 100.0, 10.0, "ok");
        p.page.glyphs[0].bbox = [f32::NAN, 0.0, 1.0, 1.0];
        p.page.glyphs[1].size = f32::INFINITY;
        p.page.glyphs[1].font = 999;
        let lines = page_lines(&p.page);
        // The glyph without a usable box or size is left out; what is kept has finite geometry.
        assert!(lines.iter().all(|l| l.bbox.iter().all(|v| v.is_finite()) && l.size.is_finite()), "{lines:?}");
    }
}
