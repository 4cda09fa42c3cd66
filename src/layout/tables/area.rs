//! Tables found by their area: horizontal rules and filled bands that a typesetter draws
//! around, under or behind a table without a full grid.
//!
//! In: a page's horizontal rules and filled rectangles outside the ruled grids already
//! found, and the words outside them. Out: one [`Grid`] per area.
//!
//! 1. **Cues**: horizontal rules at least [`MIN_CUE`] long (booktabs top/mid/bottom rules,
//!    a rule under the header, a rule under every row, the top and bottom of a box) and
//!    filled bands (zebra rows, a header fill), bands of one row joined.
//! 2. **Areas**: cues of the same width stacked with only table-like text between them
//!    (no line of running prose, no empty gap of more than [`MAX_GAP`] font sizes) form one
//!    area; it grows up over header lines right above its first cue and down over the
//!    table-like lines right under its last cue (a zebra table's last plain row, the body
//!    under a header rule).
//! 3. **Columns**: x ranges that no chunk of text crosses in the area's lines (below the
//!    first rule when the header has spanning cells); chunks are cut at gaps wider than the
//!    area's own word spaces, not at a fixed width. A chunk belongs to the columns whose body
//!    text it overlaps (a header label wider than the right-aligned numbers under it starts
//!    left of their column's cut), and a line's chunk is split where a word gap holds a cut.
//!    Lines of one chunk standing inside such a gap, beside rows, are a column of their own
//!    (`stream::lone_lines`: a column of two-line cells whose neighbours are centred between
//!    its lines never shares a baseline with them).
//! 4. **Rows**: lines grouped into logical rows ([`logical`](super::logical)), with the
//!    rules and band edges inside the area as row separators.
//! 5. **Judging**: an area bounded by two cues or more is a table when it has two rows and
//!    two columns of substantive text and no dot leaders; an area from a single rule must
//!    also pass the guards of unruled tables (prose, lists, aligned columns).

use super::gutters::{self, LinePieces, Owner};
use super::header_lines;
use super::logical::{self, CutLine};
use super::spans;
use super::stream::{self, Chunk};
use super::tuning::*;
use super::{is_numeric, median, Grid, TWord, TextRow};
use crate::pdf::TextPage;

/// A horizontal rule or a filled band.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Cue {
    x0: f32,
    x1: f32,
    top: f32,
    bottom: f32,
    fill: bool,
}

/// Finds the tables marked by rules or fills among the text `rows` (of the words outside
/// other tables), avoiding the areas in `taken`.
pub(crate) fn find(page: &TextPage, rows: &[TextRow], taken: &[[f32; 4]]) -> Vec<Grid> {
    let free = |x0: f32, top: f32, x1: f32, bottom: f32| {
        !taken.iter().any(|t| top <= t[3] + TAKEN_TOL_PT && bottom >= t[1] - TAKEN_TOL_PT && x0 < t[2] && x1 > t[0])
    };
    let (hs, _) = super::lattice::segments(page);
    let rules: Vec<(f32, f32, f32)> =
        hs.iter().filter(|s| free(s.a, s.pos, s.b, s.pos)).map(|s| (s.pos, s.a, s.b)).take(MAX_CUES).collect();
    let mut cues: Vec<Cue> = rules
        .iter()
        .filter(|r| r.2 - r.1 >= MIN_CUE)
        .map(|&(pos, a, b)| Cue { x0: a, x1: b, top: pos, bottom: pos, fill: false })
        .collect();
    cues.extend(bands(page, &free));
    if cues.is_empty() {
        return Vec::new();
    }
    cues.sort_by(|a, b| a.top.total_cmp(&b.top).then(a.x0.total_cmp(&b.x0)));
    let size = median(rows.iter().map(|r| r.size).collect()).unwrap_or(SIZE_DEFAULT_PT).max(1.0);
    let mut out: Vec<Grid> = Vec::new();
    for group in group_cues(&cues, rows, size) {
        let Some(g) = area_grid(&group, rows, &rules, size) else { continue };
        if out.iter().any(|o| overlaps(&o.bbox, &g.bbox)) {
            continue;
        }
        out.push(g);
    }
    out
}

fn overlaps(a: &[f32; 4], b: &[f32; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Filled rectangles that can be table rows, pieces of one band (cell by cell fills) joined.
fn bands(page: &TextPage, free: &dyn Fn(f32, f32, f32, f32) -> bool) -> Vec<Cue> {
    let mut fills: Vec<[f32; 4]> = page
        .rects
        .iter()
        .take(MAX_CUES)
        .filter(|r| r.color != 0xFF_FF_FF && r.bbox.iter().all(|v| v.is_finite()))
        .map(|r| r.bbox)
        .filter(|b| {
            b[3] - b[1] >= FILL_MIN_PT
                && b[3] - b[1] <= FILL_MAX_PAGE * page.height.max(FILL_PAGE_FLOOR_PT)
                && b[2] > b[0]
        })
        .filter(|b| free(b[0], b[1], b[2], b[3]))
        .collect();
    fills.sort_by(|a, b| a[1].total_cmp(&b[1]).then(a[0].total_cmp(&b[0])));
    let mut joined: Vec<[f32; 4]> = Vec::new();
    for f in fills {
        match joined.last_mut() {
            Some(j)
                if (j[1] - f[1]).abs() <= FILL_ROW_TOL_PT
                    && (j[3] - f[3]).abs() <= FILL_ROW_TOL_PT
                    && f[0] <= j[2] + FILL_JOIN_GAP_PT =>
            {
                j[2] = j[2].max(f[2]);
                j[0] = j[0].min(f[0]);
            }
            _ => joined.push(f),
        }
    }
    absorb_nested(&mut joined);
    joined
        .into_iter()
        .filter(|b| b[2] - b[0] >= MIN_CUE)
        .map(|b| Cue { x0: b[0], x1: b[2], top: b[1], bottom: b[3], fill: true })
        .collect()
}

/// A fill over several rows (a header cell spanning two rows, filled cell by cell) takes in
/// the bands right beside it (touching it, not over it) that lie within its height: the
/// header is one band, as drawn.
fn absorb_nested(bands: &mut Vec<[f32; 4]>) {
    if bands.len() > MAX_NESTED_BANDS {
        return;
    }
    let mut i = 0;
    while i < bands.len() {
        let a = bands[i];
        let inner = |b: &[f32; 4]| {
            let beside = b[0] >= a[2] - NEST_SIDE_TOL_PT || b[2] <= a[0] + NEST_SIDE_TOL_PT;
            b != &a
                && beside
                && b[1] >= a[1] - NEST_EDGE_TOL_PT
                && b[3] <= a[3] + NEST_EDGE_TOL_PT
                && b[0] <= a[2] + NEST_SIDE_TOL_PT
                && b[2] >= a[0] - NEST_SIDE_TOL_PT
        };
        let taken: Vec<[f32; 4]> = bands.iter().filter(|b| inner(b)).copied().collect();
        if taken.is_empty() {
            i += 1;
            continue;
        }
        let x0 = taken.iter().map(|b| b[0]).fold(a[0], f32::min);
        let x1 = taken.iter().map(|b| b[2]).fold(a[2], f32::max);
        bands.retain(|b| !inner(b));
        if let Some(k) = bands.iter().position(|b| b == &a) {
            bands[k] = [x0, a[1], x1, a[3]];
        }
        // The grown band may now touch others: look again from the start.
        i = 0;
    }
}

/// Words of `row` whose centre lies in `[x0, x1]`.
fn clip(row: &TextRow, x0: f32, x1: f32) -> Option<TextRow> {
    let words: Vec<TWord> =
        row.words.iter().filter(|w| w.cx() >= x0 - CLIP_TOL_PT && w.cx() <= x1 + CLIP_TOL_PT).cloned().collect();
    let bbox = super::union_boxes(words.iter().map(|w| w.bbox))?;
    Some(TextRow { words, bbox, size: row.size })
}

/// True when the row is running prose: one chunk over most of the width, many words.
fn prose_line(r: &TextRow, width: f32) -> bool {
    let ch = stream::chunks(r);
    ch.len() == 1 && r.words.len() >= PROSE_MIN_WORDS && r.bbox[2] - r.bbox[0] >= PROSE_WIDTH_SHARE * width
}

/// True when the row starts a note under a table (`Fuente: …`, `Nota.`, `(*) …`): a note word
/// ending in a colon or a period, or a note start set as one piece of text. A header row of
/// several columns that begins with such a word (`Fuente de financiamiento | PIM | …`) is not.
fn note_line(r: &TextRow, text: &str) -> bool {
    if !super::caption::is_note_start(text) {
        return false;
    }
    let marked = text.split_whitespace().next().is_some_and(|w| w.ends_with(':') || w.ends_with('.'));
    marked || stream::chunks(r).len() < 2
}

/// Groups cues of one width that are stacked with table-like text between them.
fn group_cues(cues: &[Cue], rows: &[TextRow], size: f32) -> Vec<Vec<Cue>> {
    let mut groups: Vec<Vec<Cue>> = Vec::new();
    for c in cues {
        let tol = CUE_ALIGN_TOL_PT.max(CUE_ALIGN_TOL_WIDTH * (c.x1 - c.x0));
        let fits = |g: &Vec<Cue>| -> bool {
            let (gx0, gx1) = (g[0].x0, g[0].x1);
            let bottom = g.iter().map(|k| k.bottom).fold(f32::NEG_INFINITY, f32::max);
            if (gx0 - c.x0).abs() > tol || (gx1 - c.x1).abs() > tol {
                return false;
            }
            if c.top <= bottom + CUE_TOUCH_PT {
                return true;
            }
            // Text between the group and this cue: table-like, without wide empty gaps.
            let between: Vec<TextRow> = rows
                .iter()
                .filter(|r| {
                    let cy = (r.bbox[1] + r.bbox[3]) / 2.0;
                    cy > bottom && cy < c.top
                })
                .filter_map(|r| clip(r, gx0, gx1))
                .collect();
            let mut y = bottom;
            for r in &between {
                // A caption or a note between two cues ends one table and starts another.
                let t = r.text();
                if r.bbox[1] - y > MAX_GAP * size
                    || prose_line(r, gx1 - gx0)
                    || super::caption::is_caption_label(&t)
                    || note_line(r, &t)
                {
                    return false;
                }
                y = y.max(r.bbox[3]);
            }
            c.top - y <= MAX_GAP * size
        };
        match groups.iter_mut().rev().find(|g| fits(g)) {
            Some(g) => g.push(*c),
            None => groups.push(vec![*c]),
        }
    }
    groups
}

/// Chunks of a row cut at gaps wider than `gap`.
fn chunks_at(row: &TextRow, gap: f32) -> Vec<Chunk<'_>> {
    stream::chunks_with(row, gap)
}

/// The gap (points) that separates chunks in these lines: about twice their word spaces.
fn chunk_gap(lines: &[TextRow], size: f32) -> f32 {
    let mut gaps: Vec<f32> = Vec::new();
    for l in lines {
        for w in l.words.windows(2) {
            let g = w[1].bbox[0] - w[0].bbox[2];
            if g > 0.0 && g < AREA_SPACE_MAX * size {
                gaps.push(g);
            }
        }
    }
    let space = median(gaps).unwrap_or(AREA_SPACE_DEFAULT * size);
    (AREA_CHUNK_SPACES * space).clamp(AREA_CHUNK_MIN * size, AREA_CHUNK_MAX * size)
}

/// The lines of an area, grown up over header lines and down over table-like lines.
fn area_lines(group: &[Cue], rows: &[TextRow], size: f32) -> (Vec<TextRow>, f32, f32) {
    let (x0, x1) = (group[0].x0, group[0].x1);
    let top = group.iter().map(|c| c.top).fold(f32::INFINITY, f32::min);
    let bottom = group.iter().map(|c| c.bottom).fold(f32::NEG_INFINITY, f32::max);
    let clipped: Vec<TextRow> = rows.iter().filter_map(|r| clip(r, x0, x1)).collect();
    let cy = |r: &TextRow| (r.bbox[1] + r.bbox[3]) / 2.0;
    let mut inside: Vec<TextRow> = clipped.iter().filter(|r| cy(r) > top && cy(r) < bottom).cloned().collect();
    let width = x1 - x0;
    let gap = chunk_gap(&inside, size);
    let tabular = |r: &TextRow| {
        let t = r.text();
        chunks_at(r, gap).len() >= 2
            && !super::caption::is_caption_label(&t)
            && !note_line(r, &t)
            && !prose_line(r, width)
    };
    // Down: table-like lines right under the last cue (single-chunk lines only between
    // table-like ones).
    let below: Vec<&TextRow> = clipped.iter().filter(|r| cy(r) >= bottom).collect();
    let mut edge = bottom;
    let mut pending: Vec<TextRow> = Vec::new();
    for r in below {
        if r.bbox[1] - edge > BELOW_GAP * r.size.max(1.0) || !whole(r, rows, x0, x1) {
            break;
        }
        if tabular(r) {
            inside.append(&mut pending);
            inside.push(r.clone());
        } else {
            let t = r.text();
            if pending.len() >= 2 || super::caption::is_note_start(&t) || super::caption::is_caption_label(&t) {
                break;
            }
            pending.push(r.clone());
        }
        edge = r.bbox[3];
    }
    // The last row's wrapped lines, left over when a note or a gap ends the area.
    let wrapped = wrapped_tail(&inside, &pending, gap, width);
    inside.extend(pending.into_iter().take(wrapped));
    // Up (after down, so that the body's columns are known): header lines right above the
    // first cue. A line that splits only at narrower gaps
    // in the columns' gutters is a header line too, and so is a wrapped label's line inside
    // one column when a header line stands above it ([`header_lines`]).
    let seps = stream::separators(&inside.iter().map(|r| chunks_at(r, gap)).collect::<Vec<_>>(), MIN_SEPARATOR * size);
    let header = |r: &TextRow| {
        let t = r.text();
        tabular(r)
            || (!super::caption::is_caption_label(&t) && !note_line(r, &t) && header_lines::splits_in_gutters(r, &seps))
    };
    let (mut edge, mut reach) = (top, top);
    let mut pending: Option<TextRow> = None;
    for r in clipped.iter().rev().filter(|r| cy(r) <= top).take(MAX_UP) {
        if reach - r.bbox[3] > HEADER_UP_GAP * r.size || !whole(r, rows, x0, x1) {
            break;
        }
        if header(r) {
            inside.splice(0..0, std::iter::once(r.clone()).chain(pending.take()));
            edge = r.bbox[1];
        } else if pending.is_none() && header_lines::in_one_column(r, &seps) {
            pending = Some(r.clone());
        } else {
            break;
        }
        reach = r.bbox[1];
    }
    let new_top = edge.min(top);
    let new_bottom = inside.last().map_or(bottom, |r| r.bbox[3].max(bottom));
    (inside, new_top, new_bottom)
}

/// How many of the single-chunk lines `pending` (in order, under the area's last line) are
/// wrapped lines of the last row's cells: each starts where a chunk of the last table-like
/// line starts (a left-aligned cell wrapped) and ends before the next chunk, close under the
/// line before it (a line of the cell's leading, [`WRAP_TAIL_GAP`] em), and is no prose line.
fn wrapped_tail(inside: &[TextRow], pending: &[TextRow], gap: f32, width: f32) -> usize {
    let Some(last) = inside.last() else { return 0 };
    let cs = chunks_at(last, gap);
    if cs.len() < 2 {
        return 0;
    }
    // Where the cells of the last row's lines start: its table-like line's chunks, and the
    // lines of a cell centred on it that stand above it in a column of their own.
    let mut starts: Vec<f32> = cs.iter().map(|c| c.x0).collect();
    let mut y = last.bbox[1];
    for r in inside.iter().rev().skip(1) {
        let ch = chunks_at(r, gap);
        if ch.len() != 1 || y - r.bbox[3] > WRAP_TAIL_GAP * r.size.max(1.0) {
            break;
        }
        starts.push(ch[0].x0);
        y = r.bbox[1];
    }
    let mut above = last.bbox[3];
    let mut n = 0;
    for p in pending {
        let size = p.size.max(1.0);
        let tol = WRAP_TAIL_ALIGN * size;
        let fits = starts.iter().any(|&x| {
            let next = cs.iter().map(|d| d.x0).filter(|&d| d > x + tol).fold(f32::INFINITY, f32::min);
            (p.bbox[0] - x).abs() <= tol && p.bbox[2] < next - tol
        });
        if !fits || p.bbox[1] - above > WRAP_TAIL_GAP * size || prose_line(p, width) {
            break;
        }
        above = p.bbox[3];
        n += 1;
    }
    n
}

/// The full row that `clipped` comes from does not go on beyond the area (a prose line of
/// the page cut by the area's sides); text beyond a wide gutter (another column) is allowed.
fn whole(clipped: &TextRow, rows: &[TextRow], x0: f32, x1: f32) -> bool {
    let Some(full) = rows.iter().find(|r| r.words.iter().any(|w| clipped.words.first() == Some(w))) else {
        return true;
    };
    let gutter = WHOLE_GUTTER * full.size.max(1.0);
    let near_out = |w: &TWord| {
        (w.cx() < x0 - CLIP_TOL_PT && w.bbox[2] > x0 - gutter) || (w.cx() > x1 + CLIP_TOL_PT && w.bbox[0] < x1 + gutter)
    };
    !full.words.iter().any(near_out)
}

/// The rules are a plot's grid lines, not a table's: three rules or more whose gaps (wider
/// than a double rule) mostly hold no line of text. A table's rules have rows between them.
fn gridlines(group: &[Cue], lines: &[TextRow], size: f32) -> bool {
    let mut ys: Vec<f32> = group.iter().filter(|c| !c.fill).map(|c| c.top).collect();
    ys.sort_by(f32::total_cmp);
    ys.dedup_by(|a, b| (*a - *b).abs() <= GRID_SAME_PT);
    let gaps: Vec<(f32, f32)> =
        ys.windows(2).map(|w| (w[0], w[1])).filter(|g| g.1 - g.0 > GRID_GAP_MIN * size).collect();
    let empty = gaps
        .iter()
        .filter(|g| {
            !lines.iter().any(|l| {
                let cy = (l.bbox[1] + l.bbox[3]) / 2.0;
                cy > g.0 && cy < g.1
            })
        })
        .count();
    empty >= GRID_EMPTY_GAPS && 2 * empty > gaps.len()
}

/// Builds and judges the grid of one area.
fn area_grid(group: &[Cue], rows: &[TextRow], rules: &[(f32, f32, f32)], size: f32) -> Option<Grid> {
    let (mut lines, mut top, mut bottom) = area_lines(group, rows, size);
    // A label column beside a rule that spans only the columns under a spanning header.
    let (gx0, gx1) = super::sides::grow(&lines, rows, group[0].x0, group[0].x1, size);
    let grown: Vec<Cue>;
    let group = if (gx0, gx1) == (group[0].x0, group[0].x1) {
        group
    } else {
        grown = group.iter().map(|c| Cue { x0: gx0, x1: gx1, ..*c }).collect();
        (lines, top, bottom) = area_lines(&grown, rows, size);
        &grown[..]
    };
    let (x0, x1) = (group[0].x0, group[0].x1);
    if lines.len() < 2 {
        return None;
    }
    // Text running on beyond the area's sides: a band or rule behind prose, not a table.
    let cut_off = lines.iter().filter(|l| !whole(l, rows, x0, x1)).count();
    if cut_off * CUT_OFF_SHARE.1 > lines.len() * CUT_OFF_SHARE.0 {
        return None;
    }
    let size = median(lines.iter().map(|r| r.size).collect()).unwrap_or(size);
    if gridlines(group, &lines, size) {
        return None;
    }
    let gap = chunk_gap(&lines, size);
    // Gaps of the area's own chunk width cut here; narrower gaps only when they run down the
    // whole area lined up on one side ([`channels::area_holes`](super::channels::area_holes)).
    // (Narrow gaps lined up over a few rows, as the stream finder cuts them, split ruled
    // cells of held-out ICDAR documents: us 0.916 -> 0.906.)
    let chunked: Vec<Vec<Chunk>> = lines.iter().map(|r| stream::chunks_cut(r, |_| gap, &[])).collect();
    // Row separators: rules across the area and the edges of bands inside it.
    let mut seps: Vec<f32> = rules
        .iter()
        .filter(|r| r.0 > top + SEP_INSIDE_TOL_PT && r.0 < bottom - SEP_INSIDE_TOL_PT && r.1 < x1 && r.2 > x0)
        .map(|r| r.0)
        .collect();
    for c in group.iter().filter(|c| c.fill) {
        seps.push(c.top);
        seps.push(c.bottom);
    }
    let plain_first = plain_first_row(&lines, group);
    if let Some((y, _)) = plain_first {
        seps.push(y);
    }
    seps.sort_by(f32::total_cmp);
    // Columns from the lines under the first separator (the body) when there are enough.
    let first_sep = seps.iter().copied().find(|&y| lines.iter().any(|l| l.bbox[3] <= y + SEP_INSIDE_TOL_PT));
    let body: Vec<Vec<Chunk>> = match first_sep {
        Some(y) => {
            let b: Vec<Vec<Chunk>> = lines
                .iter()
                .zip(&chunked)
                .filter(|(l, _)| l.bbox[1] >= y - SEP_INSIDE_TOL_PT)
                .map(|(_, c)| c.clone())
                .collect();
            if b.iter().filter(|c| c.len() >= 2).count() >= 2 {
                b
            } else {
                chunked.clone()
            }
        }
        None => chunked.clone(),
    };
    let multi = body.iter().filter(|c| c.len() >= 2).count();
    if multi == 0 {
        return None;
    }
    let ranges = stream::separators(&body, MIN_SEPARATOR * size);
    // A column of wrapped cells whose lines stand between the lines of the rows (cells
    // centred on their rows) counts as a column filled in those lines.
    let lone = stream::lone_lines(&body, &ranges, MIN_SEPARATOR * size);
    let ranges =
        if lone.contains(&true) { stream::separators_with(&body, &lone, MIN_SEPARATOR * size) } else { ranges };
    let mut cuts: Vec<f32> = ranges.iter().map(|(a, b)| (a + b) / 2.0).collect();
    // The header lines over the body (above the first separator), when the body is apart.
    let head: Vec<&Vec<Chunk>> = match first_sep {
        Some(y) if body.len() < chunked.len() => {
            lines.iter().zip(&chunked).filter(|(l, _)| l.bbox[3] <= y + SEP_INSIDE_TOL_PT).map(|(_, c)| c).collect()
        }
        _ => Vec::new(),
    };
    // Columns almost never filled are stray gaps; a label of its own in the header (a
    // quarter's column filled in one row only) counts as one more row.
    let mut guard = 0;
    while !cuts.is_empty() && guard < MAX_CUT_PASSES {
        guard += 1;
        let need = if multi >= BUSY_ROWS { 2 } else { 1 };
        let alone = |cs: &Vec<Chunk>, c: usize| cs.len() >= 2 && cs.iter().any(|k| col(&cuts, k) == (c, c));
        let counts: Vec<usize> = (0..=cuts.len())
            .map(|c| {
                let lone_in = body.iter().zip(&lone).filter(|(cs, &l)| l && cs.iter().any(|k| col(&cuts, k) == (c, c)));
                body.iter().filter(|cs| alone(cs, c)).count()
                    + lone_in.count()
                    + usize::from(head.iter().any(|cs| alone(cs, c)))
            })
            .collect();
        let Some(weak) = (0..counts.len()).find(|&c| counts[c] < need) else { break };
        cuts.remove(weak.saturating_sub(1).min(cuts.len() - 1));
    }
    // Labels of a header line over gutters of the body (no rule under the header to set
    // the body apart): each joins the body column that owns its gutter.
    let mut guard = 0;
    while !cuts.is_empty() && guard < MAX_CUT_PASSES {
        guard += 1;
        let Some(cut) = header_only(&chunked, &cuts, size) else { break };
        cuts.remove(cut);
    }
    let mut kept: Vec<(f32, f32)> = ranges.into_iter().filter(|(a, b)| cuts.contains(&((a + b) / 2.0))).collect();
    if !cuts.is_empty() {
        let holes = super::channels::area_holes(&lines, &cuts, size);
        cuts.extend(holes.iter().map(|(a, b)| (a + b) / 2.0));
        cuts.sort_by(f32::total_cmp);
        kept.extend(holes);
        kept.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    let owned = own_gutters(&body, &cuts, size);
    let ncols = cuts.len() + 1;
    if ncols < 2 {
        return None;
    }
    // A header line of labels set closer than the area's gap, split where the columns are.
    let mut chunked = chunked;
    for (cs, l) in chunked.iter_mut().zip(&lines).filter(|(cs, _)| cs.len() == 1) {
        if let Some(pieces) = header_lines::split_in_separators(l, &kept) {
            *cs = pieces;
        }
    }
    let extents = extents(&body, &cuts);
    let cols = Cols { cuts: &cuts, extents: &extents, gutters: &owned };
    let cut_lines: Vec<CutLine> = lines.iter().zip(&chunked).map(|(l, cs)| cut_line(l, cs, &cols)).collect();
    // Filled rows, and the plain rows between two of them, each hold one row.
    let mut fills: Vec<(f32, f32)> = group.iter().filter(|c| c.fill).map(|c| (c.top, c.bottom)).collect();
    let tallest = fills.iter().map(|f| f.1 - f.0).fold(0.0, f32::max);
    let between: Vec<(f32, f32)> = fills
        .windows(2)
        .map(|w| (w[0].1, w[1].0))
        .filter(|g| g.1 > g.0 && g.1 - g.0 <= FILL_BETWEEN_MAX * tallest)
        .collect();
    fills.extend(between);
    // The plain first row over the first band holds one row too.
    fills.extend(plain_first);
    if let Some(last) = fills.iter().map(|f| f.1).reduce(f32::max) {
        // A plain last row under the last band.
        fills.push((last, last + tallest));
    }
    let groups = logical::group_in(&cut_lines, &seps, &fills);
    let (grid, merged) = logical::cells(&cut_lines, &groups);
    // Text held between two cues, or inside a band, marks a table; rules stacked over
    // nothing (a double rule under a running head) do not.
    let first_cue = group.iter().map(|c| c.bottom).fold(f32::INFINITY, f32::min);
    let last_cue = group.iter().map(|c| c.top).fold(f32::NEG_INFINITY, f32::max);
    let held = |l: &TextRow| {
        let cy = (l.bbox[1] + l.bbox[3]) / 2.0;
        (cy > first_cue && cy < last_cue) || group.iter().any(|c| c.fill && cy > c.top && cy < c.bottom)
    };
    let strong = lines.iter().filter(|l| held(l)).count() >= 1;
    if !judge(&grid, &chunked, &cuts, size, strong) {
        return None;
    }
    let header_rows = header_rows(&grid, &groups, &cut_lines, &seps);
    let cell_x = cell_extents(&cut_lines, &groups, ncols);
    let layout = spans::Layout { grid: &grid, header_rows, cell_x: &cell_x, col_x: &extents, size };
    let mut merged = spans::complete(&layout, &merged);
    logical::add_section_spans(&mut merged, &grid, &cut_lines, &groups, header_rows);
    let mut grid = grid;
    spans::add_stub_groups(&mut merged, &mut grid, header_rows);
    spans::text_to_origin(&mut grid, &merged);
    let mut edges = vec![x0];
    edges.extend(cuts.iter().copied());
    edges.push(x1);
    let weak = !strong && ncols == 2 && header_rows == 0 && !stream::numeric_column(&grid);
    Some(Grid {
        bbox: [x0, top.min(bottom), x1, bottom],
        rows: grid,
        merged,
        header_rows,
        method: "stream",
        col_edges: edges,
        weak,
    })
}

/// The x range of each cell's words, row by row (`None` for an empty cell).
pub(crate) fn cell_extents(
    lines: &[CutLine],
    groups: &[logical::LogicalRow],
    ncols: usize,
) -> Vec<Vec<Option<(f32, f32)>>> {
    groups
        .iter()
        .map(|g| {
            (0..ncols)
                .map(|c| {
                    g.lines
                        .iter()
                        .filter_map(|&i| lines.get(i)?.cells.get(c))
                        .flatten()
                        .map(|w| (w.bbox[0], w.bbox[2]))
                        .reduce(|p, q| (p.0.min(q.0), p.1.max(q.1)))
                })
                .collect()
        })
        .collect()
}

/// First and last column a chunk lies in.
fn col(cuts: &[f32], c: &Chunk) -> (usize, usize) {
    let (a, b) = (stream::column_of(cuts, c.x0 + EDGE_INSET_PT), stream::column_of(cuts, c.x1 - EDGE_INSET_PT));
    (a, b.max(a))
}

/// The x range the body text of each column takes (chunks of several-chunk lines that lie in
/// one column); `None` for a column without such text.
fn extents(body: &[Vec<Chunk>], cuts: &[f32]) -> Vec<Option<(f32, f32)>> {
    let mut out: Vec<Option<(f32, f32)>> = vec![None; cuts.len() + 1];
    for k in body.iter().filter(|cs| cs.len() >= 2).flatten() {
        let (a, b) = col(cuts, k);
        if a != b || a >= out.len() {
            continue;
        }
        out[a] = Some(out[a].map_or((k.x0, k.x1), |(x0, x1)| (x0.min(k.x0), x1.max(k.x1))));
    }
    out
}

/// Pieces of a chunk split at word gaps that hold a column cut (words set close together
/// over two columns, as a header of narrow numeric columns often is). Used on lines of
/// several chunks only.
fn split_at_cuts<'a>(c: &Chunk<'a>, cuts: &[f32]) -> Vec<Chunk<'a>> {
    let mut out: Vec<Chunk<'a>> = Vec::new();
    let words = c.words;
    let mut start = 0;
    for (k, w) in words.iter().enumerate() {
        let split = k > 0 && cuts.iter().any(|&x| x > words[k - 1].bbox[2] && x < w.bbox[0]);
        match out.last_mut() {
            Some(p) if !split => {
                p.x1 = p.x1.max(w.bbox[2]);
                p.words = &words[start..=k];
            }
            _ => {
                start = k;
                out.push(Chunk { words: &words[k..=k], x0: w.bbox[0], x1: w.bbox[2] });
            }
        }
    }
    out
}

/// First and last column of a chunk: the columns whose body text it overlaps (a header wider
/// than its right-aligned or centred numbers starts left of their column's cut), else the
/// columns its ends lie in.
/// A chunk that overlaps no body text but stands inside the gutter between two columns
/// goes to the column that owns the gutter ([`gutters`](super::gutters): `2023` set flush
/// left in its cell, after the right-aligned numbers of the column before), not to both.
fn columns_of(c: &Chunk, cols: &Cols) -> (usize, usize) {
    let Cols { cuts, extents, gutters } = *cols;
    let over: Vec<usize> = extents
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.filter(|&(x0, x1)| c.x0 < x1 - EXTENT_TOL && c.x1 > x0 + EXTENT_TOL).map(|_| i))
        .collect();
    if let (Some(&a), Some(&b)) = (over.first(), over.last()) {
        return (a, b);
    }
    // The gutter the chunk lies in, between the body of column `g` and that of `g + 1`.
    let inside = gutters
        .iter()
        .enumerate()
        // Within the overlap tolerance: a chunk touching a body by less does not overlap it.
        .find_map(|(g, o)| {
            o.filter(|&(_, g0, g1)| c.x0 >= g0 - EXTENT_TOL && c.x1 <= g1 + EXTENT_TOL)
                .map(|(owner, g0, g1)| (g, owner, g0, g1))
        });
    match inside {
        Some((g, owner, g0, g1)) => {
            let k = if gutters::goes_right((c.x0, c.x1), g0, g1, owner) { g + 1 } else { g };
            (k, k)
        }
        None => col(cuts, c),
    }
}

/// A table area's columns: the cuts between them, the x range of each one's body text, and
/// per cut the gutter there (the end of the body before it, the start of the body after it)
/// and the column that owns it.
#[derive(Clone, Copy)]
struct Cols<'a> {
    cuts: &'a [f32],
    extents: &'a [Option<(f32, f32)>],
    gutters: &'a [Option<(Owner, f32, f32)>],
}

/// The body pieces of each several-chunk line: the chunks that lie in one column.
fn area_pieces(lines: &[&Vec<Chunk>], cuts: &[f32]) -> Vec<LinePieces> {
    lines
        .iter()
        .map(|cs| {
            let mut out: LinePieces = vec![None; cuts.len() + 1];
            for k in cs.iter() {
                let (a, b) = col(cuts, k);
                if a != b || a >= out.len() {
                    continue;
                }
                let num = is_numeric(&super::join_words(k.words));
                out[a] = Some(out[a].map_or((k.x0, k.x1, num), |(x0, x1, n)| (x0.min(k.x0), x1.max(k.x1), n && num)));
            }
            out
        })
        .collect()
}

/// The cut to drop for a column that only leading lines fill (at most [`HEADER_MAX_ROWS`],
/// with [`MIN_FULL_ROWS`] several-chunk lines under them): header labels standing over a
/// gutter of the body, which belong to the neighbour column owning that gutter
/// ([`gutters::merge_right`]) when that column is empty in their lines.
fn header_only(chunked: &[Vec<Chunk>], cuts: &[f32], size: f32) -> Option<usize> {
    let multi: Vec<&Vec<Chunk>> = chunked.iter().filter(|cs| cs.len() >= 2).collect();
    let touches = |cs: &Vec<Chunk>, c: usize| {
        cs.iter().any(|k| {
            let (a, b) = col(cuts, k);
            a <= c && c <= b
        })
    };
    let pieces = area_pieces(&multi, cuts);
    (0..=cuts.len()).find_map(|c| {
        let at: Vec<usize> = (0..multi.len()).filter(|&i| touches(multi[i], c)).collect();
        let &last = at.last()?;
        if last >= HEADER_MAX_ROWS || multi.len() < last + 1 + MIN_FULL_ROWS {
            return None;
        }
        let right = gutters::merge_right(&pieces, c, size)?;
        let n = if right { c + 1 } else { c.checked_sub(1)? };
        if at.iter().any(|&i| touches(multi[i], n)) {
            return None;
        }
        Some(if right { c } else { c - 1 })
    })
}

/// A column's body pieces: left edge, right edge, and whether the piece is a number.
type Pieces = Vec<(f32, f32, bool)>;

/// Per cut between two columns of body text, the gutter's owner ([`gutters::owner`]) and its
/// sides: the end of the body before it and the start of the body after it.
fn own_gutters(body: &[Vec<Chunk>], cuts: &[f32], size: f32) -> Vec<Option<(Owner, f32, f32)>> {
    let multi: Vec<&Vec<Chunk>> = body.iter().filter(|cs| cs.len() >= 2).collect();
    let pieces = area_pieces(&multi, cuts);
    let column = |k: usize| -> Pieces { pieces.iter().filter_map(|l| l.get(k).copied().flatten()).collect() };
    let mut reach = vec![None; cuts.len()];
    let mut aligns: Vec<(gutters::Align, Pieces)> = Vec::with_capacity(cuts.len() + 1);
    for k in 0..=cuts.len() {
        let ps = column(k);
        aligns.push((gutters::align(&ps, size), ps));
    }
    for i in 0..cuts.len() {
        let ((la, left), (ra, right)) = (&aligns[i], &aligns[i + 1]);
        let g0 = left.iter().map(|p| p.1).fold(f32::NEG_INFINITY, f32::max);
        let g1 = right.iter().map(|p| p.0).fold(f32::INFINITY, f32::min);
        if !(g0.is_finite() && g1.is_finite() && g0 < cuts[i] && cuts[i] < g1) {
            continue;
        }
        reach[i] = Some((gutters::owner(*la, *ra), g0, g1));
    }
    reach
}

/// A chunk over several columns whose words fall into pieces, one per column, each aligned
/// with its column's body text on the left or the right edge (within `tol` points): labels
/// set closer than a column gap over right-aligned numbers (`Devengado Avance %`). A label
/// spanning the columns (centred over them, or starting at the first) does not line up so
/// and stays whole. Used on lines of several chunks only.
fn split_aligned<'a>(c: &Chunk<'a>, cols: &Cols, tol: f32) -> Vec<Chunk<'a>> {
    let whole = vec![*c];
    let extents = cols.extents;
    let (a, b) = columns_of(c, cols);
    if b <= a || c.words.len() < 2 {
        return whole;
    }
    let piece = |ws: &'a [TWord]| Chunk {
        words: ws,
        x0: ws.iter().map(|w| w.bbox[0]).fold(f32::INFINITY, f32::min),
        x1: ws.iter().map(|w| w.bbox[2]).fold(f32::NEG_INFINITY, f32::max),
    };
    let aligned = |p: &Chunk, col: usize| {
        extents.get(col).copied().flatten().is_some_and(|(x0, x1)| (p.x0 - x0).abs() <= tol || (p.x1 - x1).abs() <= tol)
    };
    let mut out: Vec<Chunk<'a>> = Vec::new();
    let (mut start, mut next_col) = (0, a);
    for k in 1..=c.words.len() {
        let p = piece(&c.words[start..k]);
        let (pa, pb) = columns_of(&p, cols);
        if pa == pb && pa >= next_col && aligned(&p, pa) {
            // The shortest aligned piece that the rest does not reach back into.
            let rest_ok = k == c.words.len() || columns_of(&piece(&c.words[k..]), cols).0 > pa;
            if rest_ok {
                out.push(p);
                start = k;
                next_col = pa + 1;
            }
        }
    }
    if start < c.words.len() || out.len() < 2 {
        return whole;
    }
    out
}

/// A line cut into columns: each chunk goes to the first column whose body text it overlaps
/// ([`columns_of`]); a chunk over several columns is a spanning cell.
fn cut_line(l: &TextRow, cs: &[Chunk], cols: &Cols) -> CutLine {
    let cuts = cols.cuts;
    let n = cuts.len() + 1;
    let mut cells: Vec<Vec<TWord>> = vec![Vec::new(); n];
    let mut spans = Vec::new();
    // A lone chunk (a section row, a label over the whole table) stays whole.
    let pieces: Vec<Chunk> =
        if cs.len() >= 2 { cs.iter().flat_map(|c| split_at_cuts(c, cuts)).collect() } else { cs.to_vec() };
    let tol = SPLIT_ALIGN * l.size.max(1.0);
    let pieces: Vec<Chunk> =
        if cs.len() >= 2 { pieces.iter().flat_map(|c| split_aligned(c, cols, tol)).collect() } else { pieces };
    for c in pieces {
        let (a, b) = columns_of(&c, cols);
        let a = a.min(n - 1);
        cells[a].extend(c.words.iter().cloned());
        if b > a {
            spans.push((a, b.min(n - 1)));
        }
    }
    let base = median(l.words.iter().map(|w| w.baseline).collect()).unwrap_or(l.bbox[3]);
    CutLine { cells, top: l.bbox[1], bottom: l.bbox[3], base, size: l.size, spans }
}

/// Whether the grid is a table.
fn judge(grid: &[Vec<String>], chunked: &[Vec<Chunk>], cuts: &[f32], size: f32, strong: bool) -> bool {
    let full_rows = grid.iter().filter(|r| r.iter().filter(|s| !s.is_empty()).count() >= 2).count();
    let cells: Vec<&String> = grid.iter().flatten().filter(|s| !s.is_empty()).collect();
    let leaders = cells.iter().filter(|s| s.contains("....") || s.contains("…") || s.contains(". . .")).count();
    // A plot's frame around scattered labels leaves most positions empty.
    let positions = grid.len() * grid.first().map_or(0, Vec::len);
    if full_rows < 2
        || 2 * full_rows < grid.len()
        || 2 * cells.len() < positions
        || leaders * LEADER_SHARE.1 > cells.len() * LEADER_SHARE.0
        || !super::substantive(grid)
        || stream::parallel_prose(grid)
    {
        return false;
    }
    if strong {
        return true;
    }
    full_rows >= MIN_FULL_ROWS
        && !stream::reads_as_prose(grid)
        && stream::aligned(chunked, cuts, size)
        && !stream::parallel_prose(grid)
        && !(cuts.len() == 1 && stream::marker_column(grid))
}

/// Where a bold header ends over a plain first row that stands above the area's first filled
/// band (bands on every other body row, the first one left plain): the middle of the white
/// between the header's last bold line and the row's first line, and the band's top (the
/// row lies between the two), or `None`. Nothing else
/// separates the two (no rule, no band edge), and without it the header's lines and the
/// first row would be grouped as one stretch. The row is taken as such when its lines are
/// set plain under lines all in bold, split into cells (two chunks or more on a line), and
/// no taller than the tallest band (one row).
fn plain_first_row(lines: &[TextRow], group: &[Cue]) -> Option<(f32, f32)> {
    let bands = || group.iter().filter(|c| c.fill);
    let first = bands().map(|c| c.top).fold(f32::INFINITY, f32::min);
    let tallest = bands().map(|c| c.bottom - c.top).fold(0.0, f32::max);
    if !first.is_finite() {
        return None;
    }
    let bold = |l: &TextRow| !l.words.is_empty() && l.words.iter().all(|w| w.bold);
    let above: Vec<&TextRow> = lines.iter().filter(|l| (l.bbox[1] + l.bbox[3]) / 2.0 < first).collect();
    let k = above.iter().position(|l| !bold(l))?;
    let plain = &above[k..];
    if k == 0 || plain.iter().any(|l| bold(l)) || !plain.iter().any(|l| stream::chunks(l).len() >= 2) {
        return None;
    }
    let top = plain.iter().map(|l| l.bbox[1]).fold(f32::INFINITY, f32::min);
    let head = above[..k].iter().map(|l| l.bbox[3]).fold(f32::NEG_INFINITY, f32::max);
    (first - top <= tallest && head <= top).then_some(((head + top) / 2.0, first))
}

/// Header rows: the rows above the first separator inside the area when that leaves a body
/// of more rows; else the leading rows set in bold; else a row of labels over numeric rows.
fn header_rows(grid: &[Vec<String>], groups: &[logical::LogicalRow], lines: &[CutLine], seps: &[f32]) -> usize {
    let n = grid.len();
    let top_of = |r: &logical::LogicalRow| r.lines.iter().map(|&i| lines[i].top).fold(f32::INFINITY, f32::min);
    let bottom_of =
        |r: &logical::LogicalRow| r.lines.iter().map(|&i| lines[i].bottom).fold(f32::NEG_INFINITY, f32::max);
    for k in 1..n.min(HEADER_MAX_ROWS + 1) {
        let (a, b) = (bottom_of(&groups[k - 1]), top_of(&groups[k]));
        if seps.iter().any(|&y| y >= a - SEP_TOL_PT && y <= b + SEP_TOL_PT) && 2 * k < n + 1 {
            return k;
        }
    }
    let bold =
        groups.iter().take_while(|g| g.lines.iter().all(|&i| lines[i].cells.iter().flatten().all(|w| w.bold))).count();
    if bold > 0 && 2 * bold < n {
        return bold;
    }
    if n >= 3 {
        let labels = grid[0].iter().filter(|s| !s.is_empty()).all(|s| !is_numeric(s));
        let numeric = grid[1..].iter().filter(|r| r.iter().any(|s| is_numeric(s))).count();
        if labels && numeric * 2 >= n - 1 {
            return 1;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::tables::test_word;

    fn text_row(items: &[(&str, f32)], base: f32) -> TextRow {
        let words: Vec<TWord> = items.iter().map(|(t, x)| test_word(t, *x, base)).collect();
        TextRow { bbox: super::super::union_boxes(words.iter().map(|w| w.bbox)).unwrap(), words, size: 10.0 }
    }

    #[test]
    fn a_header_label_over_a_gutter_joins_the_body_column_that_owns_it() {
        // A boxed table without a rule under its header: `Servidores` (flush left in its
        // cell) stands over the gutter before right-aligned numbers, in a column of its own.
        let lines = [
            text_row(&[("Sexo", 340.0), ("Servidores", 424.0)], 100.0),
            text_row(&[("Mujeres", 340.0), ("74", 506.6)], 115.0),
            text_row(&[("Hombres", 340.0), ("161", 501.0)], 130.0),
            text_row(&[("Total", 340.0), ("235", 501.0)], 145.0),
        ];
        let chunked: Vec<Vec<Chunk>> = lines.iter().map(|l| chunks_at(l, 8.0)).collect();
        let cuts: Vec<f32> = stream::separators(&chunked, 3.0).iter().map(|(a, b)| (a + b) / 2.0).collect();
        assert_eq!(cuts.len(), 2, "{cuts:?}");
        assert_eq!(header_only(&chunked, &cuts, 10.0), Some(1));
    }

    #[test]
    fn a_bold_header_ends_over_a_plain_first_row_above_the_first_band() {
        let bold = |mut r: TextRow| {
            r.words.iter_mut().for_each(|w| w.bold = true);
            r
        };
        let band = |top: f32, bottom: f32| Cue { x0: 50.0, x1: 400.0, top, bottom, fill: true };
        // Header lines in bold, then the first body row (plain, not filled), then the bands.
        let lines = vec![
            bold(text_row(&[("Matrícula", 250.0)], 80.0)),
            bold(text_row(&[("Nivel", 50.0), ("Variación", 350.0)], 87.0)),
            bold(text_row(&[("Mujeres", 200.0), ("Hombres", 250.0)], 94.0)),
            text_row(&[("Inicial", 50.0), ("68 337", 200.0), ("2,4 %", 350.0)], 107.0),
            text_row(&[("Primaria", 50.0), ("66 849", 200.0), ("4,8 %", 350.0)], 120.0),
        ];
        let group = [band(110.0, 123.0), band(136.0, 149.0)];
        assert_eq!(plain_first_row(&lines, &group), Some((97.5, 110.0)));
        // The first body row is filled: the lines over the first band are the header's.
        let group = [band(97.0, 110.0), band(123.0, 136.0)];
        assert_eq!(plain_first_row(&lines[..3], &group), None);
        // A plain unit line under bold labels is one piece of the header, not a row.
        let lines = vec![
            bold(text_row(&[("Región", 50.0), ("Monto", 250.0)], 87.0)),
            text_row(&[("(S/)", 250.0)], 94.0),
            text_row(&[("Cusco", 50.0), ("12", 250.0)], 107.0),
        ];
        assert_eq!(plain_first_row(&lines, &[band(97.0, 110.0)]), None);
    }

    #[test]
    fn a_chunk_inside_a_gutter_goes_to_its_owner() {
        // `Meta` between a label column and numbers (shared: the nearer), `Logro` between two
        // columns of right-aligned numbers (the right one's), each crossing no column's body.
        let body = [
            text_row(&[("I", 53.0), ("62", 199.0), ("85", 268.5)], 120.0),
            text_row(&[("II", 53.0), ("54", 199.0), ("24", 268.5)], 135.0),
            text_row(&[("III", 53.0), ("79", 199.0), ("94", 268.5)], 150.0),
        ];
        let chunked: Vec<Vec<Chunk>> = body.iter().map(|l| chunks_at(l, 8.0)).collect();
        let cuts = [129.0, 239.0];
        let extents = extents(&chunked, &cuts);
        let owned = own_gutters(&chunked, &cuts, 10.0);
        let cols = Cols { cuts: &cuts, extents: &extents, gutters: &owned };
        // `Logro` ends a hair inside the numbers' column (less than the overlap tolerance).
        let head = text_row(&[("Trimestre", 53.0), ("Meta", 157.0), ("Logro", 243.8)], 100.0);
        let line = cut_line(&head, &chunks_at(&head, 8.0), &cols);
        let texts: Vec<String> = line.cells.iter().map(|ws| super::super::join_words(ws)).collect();
        assert_eq!(texts, vec!["Trimestre", "Meta", "Logro"]);
        assert!(line.spans.is_empty());
    }
}
