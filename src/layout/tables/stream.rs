//! Unruled tables: cell grids from text alignment and whitespace.
//!
//! In: the words of a page that are not in a ruled table, and the page's free horizontal
//! rules (booktabs-style tables). Out: one [`Grid`] per run of consecutive text rows that
//! split into the same columns. Runs are rows with gaps wide for their font size; inside a
//! run, a row is cut into chunks at gaps clearly wider than the run's own word spaces (so
//! `610 785 447` stays one chunk while columns set 0.5 em apart split), the columns are the
//! x ranges that the chunks of the run's rows leave empty, and the run is rejected when it
//! reads as prose, a list or two text columns: too few rows, too few columns, long wordy
//! cells, columns without alignment, or most cells of its logical rows empty. A labelled
//! caption row (`Cuadro N° 3: …`) ends a run: a list set right above a caption is no part of
//! the table under it.
//! A run that passes is rebuilt as logical rows ([`logical`](super::logical)): wrapped cells
//! kept together, rules across the run ending rows.

use super::lattice::segments;
use super::logical::{self, CutLine};
use super::tuning::*;
use super::{is_numeric, join_words, median, Grid, TWord, TextRow};
use crate::pdf::TextPage;

/// A piece of a row between wide gaps: consecutive words of the row (borrowed, not copied).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Chunk<'a> {
    pub words: &'a [TWord],
    pub x0: f32,
    pub x1: f32,
}

/// A row cut at gaps of [`CHUNK_GAP`] font sizes.
pub(crate) fn chunks(row: &TextRow) -> Vec<Chunk<'_>> {
    chunks_by(row, |w| CHUNK_GAP * w.size.max(row.size).max(1.0))
}

/// A row cut at gaps of at least `gap` points.
pub(crate) fn chunks_with(row: &TextRow, gap: f32) -> Vec<Chunk<'_>> {
    chunks_by(row, |_| gap)
}

fn chunks_by(row: &TextRow, min_gap: impl Fn(&TWord) -> f32) -> Vec<Chunk<'_>> {
    chunks_cut(row, min_gap, &[])
}

/// [`chunks_by`], also cut after the words whose right edge is in `cuts` (narrow column gaps
/// found by alignment, [`channels`](super::channels)).
pub(crate) fn chunks_cut<'a>(row: &'a TextRow, min_gap: impl Fn(&TWord) -> f32, cuts: &[f32]) -> Vec<Chunk<'a>> {
    let mut out: Vec<Chunk<'a>> = Vec::new();
    let mut prev_right = f32::NAN;
    // Index in `row.words` of the first word of the last chunk.
    let mut start = 0;
    for (k, w) in row.words.iter().enumerate() {
        let gap_min = min_gap(w);
        let cut = cuts.contains(&prev_right);
        prev_right = w.bbox[2];
        match out.last_mut() {
            Some(c) if !cut && w.bbox[0] - c.x1 < gap_min => {
                c.x1 = c.x1.max(w.bbox[2]);
                c.words = &row.words[start..=k];
            }
            _ => {
                start = k;
                out.push(Chunk { words: &row.words[k..=k], x0: w.bbox[0], x1: w.bbox[2] });
            }
        }
    }
    out
}

/// Finds the unruled tables among the text `rows` (of the words outside other tables),
/// avoiding the areas in `taken`.
pub(crate) fn find(page: &TextPage, rows: &[TextRow], taken: &[[f32; 4]]) -> Vec<Grid> {
    let narrow = super::channels::narrow_cuts(rows);
    let chunked: Vec<Vec<Chunk>> = rows
        .iter()
        .zip(&narrow)
        .map(|(r, cuts)| chunks_cut(r, |w| CHUNK_GAP * w.size.max(r.size).max(1.0), cuts))
        .collect();
    let rules: Vec<(f32, f32, f32)> = segments(page)
        .0
        .into_iter()
        .filter(|s| s.b - s.a >= STREAM_RULE_MIN_PT)
        .filter(|s| {
            !taken
                .iter()
                .any(|t| s.pos >= t[1] - TAKEN_TOL_PT && s.pos <= t[3] + TAKEN_TOL_PT && s.a < t[2] && s.b > t[0])
        })
        .map(|s| (s.pos, s.a, s.b))
        .collect();
    let mut out = Vec::new();
    for (start, end) in runs(rows, &chunked) {
        let run = &rows[start..end];
        let gap = run_gap(run);
        let cut: Vec<Vec<Chunk>> = run
            .iter()
            .zip(&narrow[start..end])
            .map(|(r, cuts)| chunks_cut(r, |w| (CHUNK_GAP * w.size.max(r.size).max(1.0)).min(gap), cuts))
            .collect();
        if let Some(g) = grid_of(run, &cut, &rules) {
            out.push(g);
        }
    }
    out
}

/// The gap (points) that separates a run's columns: clearly wider than the run's word
/// spaces (a low percentile of its narrow gaps, so that thousands separators and the spaces
/// inside text cells set the measure), at least [`MIN_COL_GAP`] font sizes.
fn run_gap(run: &[TextRow]) -> f32 {
    let size = median(run.iter().map(|r| r.size).collect()).unwrap_or(SIZE_DEFAULT_PT).max(1.0);
    let mut gaps: Vec<f32> = run
        .iter()
        .flat_map(|r| r.words.windows(2).map(|w| w[1].bbox[0] - w[0].bbox[2]))
        .filter(|&g| g > 0.0 && g < NARROW_GAP * size)
        .collect();
    gaps.sort_by(f32::total_cmp);
    let space = gaps.get(gaps.len() * SPACE_PERCENTILE / 100).copied().unwrap_or(0.25 * size);
    (COL_GAP_SPACES * space).max(MIN_COL_GAP * size)
}

/// Maximal runs `[start, end)` of close rows that have several chunks, allowing up to two
/// single-chunk rows inside a run (wrapped cells, group labels).
fn runs(rows: &[TextRow], chunked: &[Vec<Chunk>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        if chunked[i].len() < 2 {
            i += 1;
            continue;
        }
        let start = i;
        let mut last_multi = i;
        let mut j = i + 1;
        let mut gutters: Vec<(f32, f32)> = gutters_of(&chunked[i]);
        let mut widest = chunked[i].len();
        while j < rows.len() && j - start < MAX_RUN {
            let gap = rows[j].bbox[1] - rows[j - 1].bbox[3];
            let size = rows[j].size.max(rows[j - 1].size);
            if gap > ROW_GAP * size {
                break;
            }
            // A labelled caption ends one table and heads the next: never a row of a run.
            if super::caption::is_caption_label(&join_words(
                &rows[j].words[..rows[j].words.len().min(CAPTION_HEAD_WORDS)],
            )) {
                break;
            }
            if chunked[j].len() >= 2 {
                last_multi = j;
                gutters.extend(gutters_of(&chunked[j]));
                widest = widest.max(chunked[j].len());
            } else if in_gutters(&rows[start..=j], &gutters, widest) {
                last_multi = j;
            } else if j - last_multi > RUN_MAX_SINGLE {
                break;
            }
            j += 1;
        }
        // The wrapped end of the last row: close lines that go on in lower case.
        let mut end = last_multi + 1;
        while end < rows.len() && end - last_multi <= RUN_MAX_SINGLE && chunked[end].len() == 1 {
            let gap = rows[end].bbox[1] - rows[end - 1].bbox[3];
            let lower = rows[end].words.first().is_some_and(|w| w.text.chars().next().is_some_and(char::is_lowercase));
            if !lower || gap > TAIL_GAP * rows[end].size.max(1.0) {
                break;
            }
            end += 1;
        }
        out.push((start, end));
        i = end;
    }
    out
}

/// The gaps between a row's chunks (x ranges).
fn gutters_of(cs: &[Chunk]) -> Vec<(f32, f32)> {
    cs.windows(2).map(|w| (w[0].x1, w[1].x0)).collect()
}

/// The last row of `run` splits into several chunks at the run's own column gap
/// ([`run_gap`]: a small table set tight, whose header alone has gaps of [`CHUNK_GAP`]), and
/// each of its gaps lies in the gutters of the run's rows above, in no more pieces than
/// `columns` (the most chunks of those rows) (a line of prose has many gaps, and not where the columns are).
fn in_gutters(run: &[TextRow], gutters: &[(f32, f32)], columns: usize) -> bool {
    let Some(row) = run.last() else { return false };
    if gutters.is_empty() || row.words.len() < 2 {
        return false;
    }
    let gap = run_gap(run).min(CHUNK_GAP * row.size.max(1.0));
    let own = gutters_of(&chunks_with(row, gap));
    !own.is_empty() && own.len() < columns && own.iter().all(|&(a, b)| gutters.iter().any(|&(g0, g1)| a < g1 && b > g0))
}

/// Column separators: x ranges inside the run that (almost) no chunk of a several-chunk row covers.
pub(crate) fn separators(chunked: &[Vec<Chunk>], min_width: f32) -> Vec<(f32, f32)> {
    separators_with(chunked, &[], min_width)
}

/// [`separators`], with the lines marked in `lone` ([`lone_lines`]) counted as several-chunk
/// rows: their single chunk is a cell of a column of its own.
pub(crate) fn separators_with(chunked: &[Vec<Chunk>], lone: &[bool], min_width: f32) -> Vec<(f32, f32)> {
    let multi: Vec<&Vec<Chunk>> = chunked
        .iter()
        .enumerate()
        .filter(|(i, c)| c.len() >= 2 || lone.get(*i).copied().unwrap_or(false))
        .map(|(_, c)| c)
        .collect();
    let allowed = (multi.len() / CROSSING_ROWS_DIV) as i32;
    let mut ev: Vec<(f32, i32)> = Vec::new();
    for cs in &multi {
        for c in cs.iter() {
            ev.push((c.x0, 1));
            ev.push((c.x1, -1));
        }
    }
    ev.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut seps = Vec::new();
    let mut depth = 0;
    let mut open: Option<f32> = None;
    let mut seen = false;
    for (x, d) in ev {
        let before = depth;
        depth += d;
        if seen && before > allowed && depth <= allowed {
            open = Some(x);
        } else if before <= allowed && depth > allowed {
            if let Some(o) = open.take() {
                if x - o >= min_width {
                    seps.push((o, x));
                }
            }
            seen = true;
        }
        if depth > allowed {
            seen = true;
        }
    }
    seps
}

/// Lines whose single chunk stands inside a column gap of the several-chunk lines (one of
/// `ranges`, [`separators`]), clear of both its sides, right above or below several-chunk
/// lines: the wrapped lines of a column whose cells are centred on their rows.
///
/// A typesetter that centres cells vertically sets a one-line cell halfway between the two
/// lines of a wrapped cell beside it, so when a column's cells all wrap onto two lines, none
/// of its lines shares a baseline with another column: the column only shows as text standing
/// in what the other lines leave as a gutter, one line above and one line below each row's
/// line. Such lines beside at least [`LONE_MIN_ROWS`] several-chunk lines, and beside one in
/// [`LONE_ROWS_DIV`] of them, make a column (a centred label standing in a gutter once or
/// twice, a section title, does not).
pub(crate) fn lone_lines(chunked: &[Vec<Chunk>], ranges: &[(f32, f32)], min_width: f32) -> Vec<bool> {
    let mut out = vec![false; chunked.len()];
    let multi: Vec<usize> = (0..chunked.len()).filter(|&i| chunked[i].len() >= 2).collect();
    let (Some(&first), Some(&last)) = (multi.first(), multi.last()) else { return out };
    let is_multi = |j: usize| chunked.get(j).is_some_and(|c| c.len() >= 2);
    let end = (last + 1).min(chunked.len() - 1);
    for &(a, b) in ranges {
        let inner: Vec<usize> = (first + 1..=end)
            .filter(|&i| match chunked[i].as_slice() {
                [c] => c.x0 >= a + min_width && c.x1 <= b - min_width,
                _ => false,
            })
            .collect();
        let mut beside: Vec<usize> = inner.iter().flat_map(|&i| [i - 1, i + 1]).filter(|&j| is_multi(j)).collect();
        beside.sort_unstable();
        beside.dedup();
        if beside.len() < LONE_MIN_ROWS.max(multi.len() / LONE_ROWS_DIV) {
            continue;
        }
        for i in inner {
            out[i] = true;
        }
    }
    out
}

/// Column index for an x, given separator mid-points.
pub(crate) fn column_of(cuts: &[f32], x: f32) -> usize {
    cuts.partition_point(|&c| c < x)
}

/// Builds and judges the grid of one run.
fn grid_of(rows: &[TextRow], chunked: &[Vec<Chunk>], rules: &[(f32, f32, f32)]) -> Option<Grid> {
    let multi = chunked.iter().filter(|c| c.len() >= 2).count();
    let size = median(rows.iter().map(|r| r.size).collect()).unwrap_or(SIZE_DEFAULT_PT);
    let x0 = chunked.iter().filter(|c| c.len() >= 2).flatten().map(|c| c.x0).fold(f32::INFINITY, f32::min);
    let x1 = chunked.iter().filter(|c| c.len() >= 2).flatten().map(|c| c.x1).fold(f32::NEG_INFINITY, f32::max);
    let top = rows.first()?.bbox[1];
    let bottom = rows.last()?.bbox[3];
    // Booktabs: rules spanning the run just above and just below.
    let spans = |r: &&(f32, f32, f32)| r.1 <= x0 + size && r.2 >= x1 - size;
    let ruled_top =
        rules.iter().filter(spans).any(|r| r.0 <= top + BOOKTABS_TOL_PT && r.0 >= top - BOOKTABS_REACH * size);
    let ruled_bottom =
        rules.iter().filter(spans).any(|r| r.0 >= bottom - BOOKTABS_TOL_PT && r.0 <= bottom + BOOKTABS_REACH * size);
    let booktabs = ruled_top && ruled_bottom;
    // Two rows are enough between a top, a middle and a bottom rule (a plot's axis and
    // frame around two rows of labels are not).
    let ruled_mid =
        rules.iter().filter(spans).any(|r| r.0 > top + MID_RULE_INSET * size && r.0 < bottom - MID_RULE_INSET * size);
    let min_rows = if booktabs && ruled_mid { RULED_MIN_ROWS } else { STREAM_MIN_ROWS };
    if multi < min_rows {
        return None;
    }
    let mut cuts: Vec<f32> = separators(chunked, MIN_SEPARATOR * size).iter().map(|(a, b)| (a + b) / 2.0).collect();
    let mut grid = fill(chunked, &cuts);
    // Columns almost never filled are stray gaps: merge them away.
    let mut guard = 0;
    while cuts.len() > 1 && guard < MAX_CUT_PASSES {
        guard += 1;
        let counts: Vec<usize> = (0..=cuts.len()).map(|c| grid.iter().filter(|r| !r[c].is_empty()).count()).collect();
        let need = COLUMN_MIN_ROWS.max(multi / COLUMN_ROWS_DIV);
        let Some(weak) = (0..counts.len()).find(|&c| counts[c] < need) else { break };
        // Into the neighbour that owns the gutter it stands in (a header label set flush
        // left over right-aligned numbers is theirs, not the column before).
        let right = super::gutters::merge_right(&line_pieces(chunked, &cuts), weak, size).unwrap_or(weak == 0);
        let cut = if right { weak } else { weak.saturating_sub(1) };
        cuts.remove(cut.min(cuts.len() - 1));
        grid = fill(chunked, &cuts);
    }
    let ncols = cuts.len() + 1;
    if ncols < 2 {
        return None;
    }
    let full_rows = grid.iter().filter(|r| r.iter().filter(|s| !s.is_empty()).count() >= 2).count();
    if full_rows < min_rows {
        return None;
    }
    // A table without ruling has some word in it (a label, a header): numbers and single
    // letters alone are a chart's axis labels. (These checks of the line grid come before
    // the logical rows are built, which only more checks need.)
    let worded = grid.iter().flatten().any(|c| has_word(c));
    if !worded || reads_as_prose(&grid) || !aligned(chunked, &cuts, size) || !super::substantive(&grid) {
        return None;
    }
    if ncols == 2 && marker_column(&grid) {
        return None;
    }
    // Rows as a reader sees them: rules across the run separate rows, wrapped lines join.
    let seps: Vec<f32> = rules
        .iter()
        .filter(spans)
        .map(|r| r.0)
        .filter(|&y| y > top + SEP_INSIDE_TOL_PT && y < bottom - SEP_INSIDE_TOL_PT)
        .collect();
    let (logical, merged, groups, lines) = logical_grid(rows, chunked, &cuts, &seps);
    // Scattered pieces (a figure's labels, a formula set in aligned parts) leave most
    // positions of the grid empty; a table's rows fill most of their columns (a wrapped
    // cell's lines counted as the one row they make).
    let filled = logical.iter().flatten().filter(|s| !s.is_empty()).count();
    if filled * MIN_GRID_FILL.1 < logical.len() * ncols * MIN_GRID_FILL.0 {
        return None;
    }
    // Text columns side by side go on in lower case line after line; a table's wrapped cells
    // do too, but joined into logical rows they read as cells, where prose reads as prose.
    let prose_columns = parallel_prose(&logical) || (parallel_prose(&grid) && reads_as_prose(&logical));
    if prose_columns {
        return None;
    }
    let mut h = rows.iter().take_while(|r| r.words.iter().all(|w| w.bold)).count();
    if h >= rows.len() {
        h = 0;
    }
    if h == 0 {
        // A rule under the first rows (a booktabs midrule) ends the header.
        if let Some(k) = (1..rows.len().min(MIDRULE_MAX_ROWS + 1)).find(|&k| {
            let y = (rows[k - 1].bbox[3] + rows[k].bbox[1]) / 2.0;
            let half = (rows[k].bbox[1] - rows[k - 1].bbox[3]).abs() / 2.0 + MIDRULE_TOL_PT;
            rules.iter().filter(spans).any(|r| (r.0 - y).abs() <= half)
        }) {
            h = k;
        }
    }
    // A label | text list (figure credits, a list of annexes) without a header over it.
    if ncols == 2 && h == 0 && super::labels::label_column(&logical) {
        return None;
    }
    if h == 0 && grid.len() >= 3 {
        let labels = grid[0].iter().filter(|s| !s.is_empty()).all(|s| !is_numeric(s));
        let numeric = grid[1..].iter().filter(|r| r.iter().any(|s| is_numeric(s))).count();
        if labels && numeric * 2 >= grid.len() - 1 {
            h = 1;
        }
    }
    // Two columns of text side by side (a two-page spread, columns of an index, a figure's
    // labels beside a text column) split like a two-column table: without rules, such a grid
    // needs some evidence that it is a table (a header, a numeric column, a bold label
    // column beside a plain one, or a labelled caption, checked by the caller).
    // A "header" of bold rows over most of the run is headings of text columns.
    let header = h > 0 && HEADER_SHARE.1 * h <= rows.len() * HEADER_SHARE.0;
    let weak = ncols == 2 && !booktabs && !header && !numeric_column(&grid) && !style_contrast(chunked, &cuts);
    let h = if h == 0 { 0 } else { groups.iter().filter(|g| g.lines.first().is_some_and(|&i| i < h)).count() };
    // Header labels spanning the columns or the header rows under them, as in areas.
    let cell_x = super::area::cell_extents(&lines, &groups, ncols);
    let col_x = body_extents(&lines, &groups, h, ncols);
    let layout = super::spans::Layout { grid: &logical, header_rows: h, cell_x: &cell_x, col_x: &col_x, size };
    let mut merged = super::spans::complete(&layout, &merged);
    logical::add_section_spans(&mut merged, &logical, &lines, &groups, h);
    let mut logical = logical;
    super::spans::add_stub_groups(&mut merged, &mut logical, h);
    super::spans::text_to_origin(&mut logical, &merged);
    let bx0 = rows.iter().map(|r| r.bbox[0]).fold(x0, f32::min);
    let bx1 = rows.iter().map(|r| r.bbox[2]).fold(x1, f32::max);
    let mut edges = vec![bx0];
    edges.extend(cuts.iter().copied());
    edges.push(bx1);
    Some(Grid {
        bbox: [bx0, top, bx1, bottom],
        rows: logical,
        merged,
        header_rows: h,
        method: "stream",
        col_edges: edges,
        weak,
    })
}

/// The x range of each column's body text: the words of body lines (logical rows after the
/// `header` first ones) that fill two cells or more; `None` for a column they leave empty.
fn body_extents(
    lines: &[CutLine],
    groups: &[logical::LogicalRow],
    header: usize,
    ncols: usize,
) -> Vec<Option<(f32, f32)>> {
    let mut out: Vec<Option<(f32, f32)>> = vec![None; ncols];
    for g in groups.iter().skip(header) {
        for l in g.lines.iter().filter_map(|&i| lines.get(i)) {
            if l.cells.iter().filter(|c| !c.is_empty()).count() < 2 {
                continue;
            }
            for (c, ws) in l.cells.iter().enumerate().take(ncols) {
                for w in ws {
                    out[c] = Some(out[c].map_or((w.bbox[0], w.bbox[2]), |(a, b)| (a.min(w.bbox[0]), b.max(w.bbox[2]))));
                }
            }
        }
    }
    out
}

/// True when the text holds a run of three letters or more.
pub(crate) fn has_word(s: &str) -> bool {
    let mut run = 0;
    s.chars().any(|c| {
        run = if c.is_alphabetic() { run + 1 } else { 0 };
        run >= 3
    })
}

/// True when the text is an enumeration marker (`3.`, `(a)`, `iv)`, `•`) rather than data.
fn is_marker(s: &str) -> bool {
    let t = s.trim();
    let core = t.trim_start_matches('(').trim_end_matches(['.', ')']);
    let bullet = t.chars().count() == 1 && matches!(t, "•" | "·" | "▪" | "■" | "◦" | "–" | "—" | "-" | "*" | "►" | "➢");
    let numbered = !core.is_empty()
        && core.len() < t.len()
        && core.len() <= 4
        && (core.chars().all(|c| c.is_ascii_digit())
            || (core.chars().count() == 1 && core.chars().all(|c| c.is_alphabetic()))
            || core.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    bullet || numbered
}

/// The first column holds only enumeration markers (in the rows with several cells): a list.
pub(crate) fn marker_column(grid: &[Vec<String>]) -> bool {
    let firsts: Vec<&String> = grid
        .iter()
        .filter(|r| r.iter().filter(|s| !s.is_empty()).count() >= 2)
        .filter_map(|r| r.first())
        .filter(|s| !s.is_empty())
        .collect();
    firsts.len() >= 2 && firsts.iter().all(|s| is_marker(s))
}

/// Columns of running text side by side (a bilingual text, a multi-column page cut into
/// rows): in many rows two cells or more go on in lower case from the line above.
pub(crate) fn parallel_prose(grid: &[Vec<String>]) -> bool {
    let multi: Vec<&Vec<String>> = grid.iter().filter(|r| r.iter().filter(|s| !s.is_empty()).count() >= 2).collect();
    let lower = |s: &String| s.chars().next().is_some_and(char::is_lowercase);
    let going_on = multi.iter().filter(|r| r.iter().filter(|s| lower(s)).count() >= 2).count();
    !multi.is_empty() && going_on * PARALLEL_SHARE.1 >= multi.len() * PARALLEL_SHARE.0
}

/// A number with a short unit or currency before or after it (`148,83 PLN`, `S/ 1 200`, `12 km`).
fn is_quantity(s: &str) -> bool {
    let unit = |t: &str| t.chars().count() <= UNIT_MAX_CHARS && !t.chars().any(|c| c.is_ascii_digit());
    let toks: Vec<&str> = s.split_whitespace().collect();
    let start = toks.iter().take_while(|t| unit(t)).count().min(1);
    let end = toks.len() - toks.iter().rev().take_while(|t| unit(t)).count().min(1);
    start < end && is_numeric(&toks[start..end].join(" "))
}

/// Some column (not of enumeration markers) is mostly numbers or amounts.
pub(crate) fn numeric_column(grid: &[Vec<String>]) -> bool {
    let ncols = grid.iter().map(Vec::len).max().unwrap_or(0);
    (0..ncols).any(|c| {
        let cells: Vec<&String> = grid.iter().filter_map(|r| r.get(c)).filter(|s| !s.is_empty()).collect();
        let numeric = cells.iter().filter(|s| is_quantity(s) && !is_marker(s)).count();
        numeric >= NUMERIC_MIN_CELLS && numeric * NUMERIC_SHARE.1 >= cells.len() * NUMERIC_SHARE.0
    })
}

/// One column is set in bold throughout and another in regular type: labels and values.
fn style_contrast(chunked: &[Vec<Chunk>], cuts: &[f32]) -> bool {
    let n = cuts.len() + 1;
    // Per column: (chunks, bold chunks).
    let mut counts = vec![(0usize, 0usize); n];
    for cs in chunked.iter().filter(|c| c.len() >= 2) {
        for c in cs {
            let col = column_of(cuts, c.x0 + 0.5).min(n - 1);
            counts[col].0 += 1;
            if c.words.iter().all(|w| w.bold) {
                counts[col].1 += 1;
            }
        }
    }
    let all_bold = counts.iter().any(|&(k, b)| k >= 2 && b == k);
    let none_bold = counts.iter().any(|&(k, b)| k >= 2 && b == 0);
    all_bold && none_bold
}

/// Cell texts of every row for the given column cuts. In several-chunk rows a chunk is split
/// where a word gap meets a cut; a lone chunk (a label over several columns) stays whole in
/// the column where it starts.
fn fill(chunked: &[Vec<Chunk>], cuts: &[f32]) -> Vec<Vec<String>> {
    chunked.iter().map(|cs| fill_words(cs, cuts).iter().map(|ws| join_words(ws)).collect()).collect()
}

/// Per several-chunk row, the extent of each column's words and whether they read as a
/// number ([`gutters`](super::gutters)).
fn line_pieces(chunked: &[Vec<Chunk>], cuts: &[f32]) -> Vec<super::gutters::LinePieces> {
    chunked
        .iter()
        .filter(|cs| cs.len() >= 2)
        .map(|cs| {
            fill_words(cs, cuts)
                .iter()
                .map(|ws| {
                    let x0 = ws.iter().map(|w| w.bbox[0]).reduce(f32::min)?;
                    let x1 = ws.iter().map(|w| w.bbox[2]).reduce(f32::max)?;
                    Some((x0, x1, is_numeric(&join_words(ws))))
                })
                .collect()
        })
        .collect()
}

/// The words of each column of one row (see [`fill`]).
fn fill_words(cs: &[Chunk], cuts: &[f32]) -> Vec<Vec<TWord>> {
    let n = cuts.len() + 1;
    {
        let mut cells: Vec<Vec<TWord>> = vec![Vec::new(); n];
        for c in cs {
            if cs.len() < 2 {
                let col = column_of(cuts, c.x0 + EDGE_INSET_PT);
                cells[col.min(n - 1)].extend(c.words.iter().cloned());
                continue;
            }
            let mut col = column_of(cuts, c.words.first().map_or(c.x0, |w| w.cx()));
            for (k, w) in c.words.iter().enumerate() {
                if k > 0 {
                    let prev = &c.words[k - 1];
                    if let Some(&cut) =
                        cuts.iter().find(|&&x| x > prev.bbox[2] - EDGE_INSET_PT && x < w.bbox[0] + EDGE_INSET_PT)
                    {
                        col = column_of(cuts, cut + 0.01);
                    }
                }
                cells[col.min(n - 1)].push(w.clone());
            }
        }
        cells
    }
}

/// The run's lines grouped into logical rows (wrapped cells kept together; rules across the
/// run between lines end rows): the grid, its spanning cells, the lines of each row, and
/// the lines cut into columns.
fn logical_grid(
    rows: &[TextRow],
    chunked: &[Vec<Chunk>],
    cuts: &[f32],
    seps: &[f32],
) -> (Vec<Vec<String>>, Vec<crate::model::MergedCell>, Vec<logical::LogicalRow>, Vec<CutLine>) {
    let lines: Vec<CutLine> = rows
        .iter()
        .zip(chunked)
        .map(|(r, cs)| {
            let base = median(r.words.iter().map(|w| w.baseline).collect()).unwrap_or(r.bbox[3]);
            CutLine {
                cells: fill_words(cs, cuts),
                top: r.bbox[1],
                bottom: r.bbox[3],
                base,
                size: r.size,
                spans: Vec::new(),
            }
        })
        .collect();
    let groups = logical::group_in(&lines, seps, &[]);
    let (grid, merged) = logical::cells(&lines, &groups);
    (grid, merged, groups, lines)
}

/// Wordy cells (prose lines cut at a gutter, list items) are not table cells; neither are
/// dot leaders of a table of contents.
pub(crate) fn reads_as_prose(grid: &[Vec<String>]) -> bool {
    let cells: Vec<&String> = grid.iter().flatten().filter(|s| !s.is_empty()).collect();
    if cells.is_empty() {
        return true;
    }
    let wordy = cells.iter().filter(|s| s.split_whitespace().count() >= WORDY_CELL_WORDS).count();
    let leaders = cells.iter().filter(|s| s.contains("....") || s.contains("…")).count();
    wordy * PROSE_CELL_SHARE.1 > cells.len() * PROSE_CELL_SHARE.0
        || leaders * PROSE_CELL_SHARE.1 > cells.len() * PROSE_CELL_SHARE.0
}

/// Every column has its chunks aligned left, right or centred for most rows.
pub(crate) fn aligned(chunked: &[Vec<Chunk>], cuts: &[f32], size: f32) -> bool {
    let n = cuts.len() + 1;
    let mut lefts: Vec<Vec<f32>> = vec![Vec::new(); n];
    let mut rights: Vec<Vec<f32>> = vec![Vec::new(); n];
    for cs in chunked.iter().filter(|c| c.len() >= 2) {
        for c in cs {
            let a = column_of(cuts, c.x0 + EDGE_INSET_PT).min(n - 1);
            let b = column_of(cuts, c.x1 - EDGE_INSET_PT).min(n - 1);
            if a == b {
                lefts[a].push(c.x0);
                rights[a].push(c.x1);
            }
        }
    }
    let tol = ALIGN_TOL * size;
    let agree = |v: &[f32]| -> usize {
        let Some(m) = median(v.to_vec()) else { return 0 };
        v.iter().filter(|x| (**x - m).abs() <= tol).count()
    };
    (0..n).all(|c| {
        let k = lefts[c].len();
        if k == 0 {
            return true;
        }
        let centres: Vec<f32> = lefts[c].iter().zip(&rights[c]).map(|(a, b)| (a + b) / 2.0).collect();
        let best = agree(&lefts[c]).max(agree(&rights[c])).max(agree(&centres));
        best * ALIGNED_SHARE.1 >= k * ALIGNED_SHARE.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(items: &[(&str, f32)], base: f32) -> TextRow {
        let words: Vec<TWord> = items
            .iter()
            .map(|(t, x)| TWord {
                text: t.to_string(),
                bbox: [*x, base - 8.0, x + 5.0 * t.chars().count() as f32, base + 2.0],
                baseline: base,
                size: 10.0,
                bold: false,
            })
            .collect();
        TextRow { bbox: super::super::union_boxes(words.iter().map(|w| w.bbox)).unwrap(), words, size: 10.0 }
    }

    #[test]
    fn wrapped_lines_standing_in_a_gutter_are_a_column() {
        // Code and amount centred between the two lines of a name: the names stand inside
        // the gutter of the lines that hold several chunks.
        let rows = [
            row(&[("Ampliación", 120.0), ("del", 175.0), ("servicio", 195.0)], 100.0),
            row(&[("2224174", 60.0), ("38", 400.0)], 106.0),
            row(&[("salud", 120.0)], 112.0),
            row(&[("Recuperación", 120.0), ("del", 185.0)], 124.0),
            row(&[("2566142", 60.0), ("48", 400.0)], 130.0),
            row(&[("en", 120.0), ("Yauli", 135.0)], 136.0),
            row(&[("Nota", 120.0)], 160.0),
        ];
        let chunked: Vec<Vec<Chunk>> = rows.iter().map(|r| chunks_with(r, 8.0)).collect();
        let ranges = separators(&chunked, 3.0);
        assert_eq!(ranges.len(), 1, "{ranges:?}");
        let lone = lone_lines(&chunked, &ranges, 3.0);
        assert_eq!(lone, vec![false, false, true, true, false, true, false]);
        let split = separators_with(&chunked, &lone, 3.0);
        assert_eq!(split.len(), 2, "{split:?}");
        assert!(split[0].1 <= 120.0 && split[1].0 >= 200.0, "{split:?}");
        // One such line beside one row is no column.
        let few = lone_lines(&chunked[..3], &separators(&chunked[..3], 3.0), 3.0);
        assert!(!few.contains(&true), "{few:?}");
    }

    #[test]
    fn a_caption_ends_a_run() {
        // A list whose markers stand apart, right above a caption and its table: two runs.
        let rows = [
            row(&[("1.", 10.0), ("Las", 40.0), ("brechas", 60.0)], 100.0),
            row(&[("2.", 10.0), ("Los", 40.0)], 112.0),
            row(&[("Cuadro", 10.0), ("N°", 45.0), ("3:", 60.0), ("Metas", 75.0)], 124.0),
            row(&[("Actividad", 10.0), ("Meta", 200.0)], 136.0),
            row(&[("Caminos", 10.0), ("119", 200.0)], 148.0),
            row(&[("Visitas", 10.0), ("128", 200.0)], 160.0),
        ];
        let chunked: Vec<Vec<Chunk>> = rows.iter().map(chunks).collect();
        assert_eq!(runs(&rows, &chunked), vec![(0, 2), (3, 6)]);
    }

    #[test]
    fn thousands_stay_in_one_chunk() {
        let r = row(&[("Salud", 10.0), ("610", 100.0), ("785", 118.0), ("447", 150.0), ("003", 168.0)], 100.0);
        let cs = chunks(&r);
        let texts: Vec<String> = cs.iter().map(|c| join_words(c.words)).collect();
        assert_eq!(texts, vec!["Salud", "610 785", "447 003"]);
    }

    #[test]
    fn separators_follow_empty_x_ranges() {
        let rows = [
            row(&[("a", 10.0), ("1", 100.0), ("2", 200.0)], 100.0),
            row(&[("bbbb", 10.0), ("11", 95.0), ("22", 195.0)], 112.0),
            row(&[("cc", 10.0), ("111", 90.0), ("222", 190.0)], 124.0),
        ];
        let ch: Vec<Vec<Chunk>> = rows.iter().map(chunks).collect();
        let s = separators(&ch, 3.0);
        assert_eq!(s.len(), 2);
        assert!(s[0].0 >= 30.0 && s[0].1 <= 90.0, "{s:?}");
    }

    #[test]
    fn markers_quantities_and_parallel_prose() {
        for (t, want) in [("3.", true), ("(a)", true), ("iv)", true), ("•", true), ("1.1.", false), ("12", false)] {
            assert_eq!(is_marker(t), want, "{t}");
        }
        for (t, want) in [("148,83 PLN", true), ("S/ 1 200", true), ("12 km", true), ("PLN", false), ("Razem", false)] {
            assert_eq!(is_quantity(t), want, "{t}");
        }
        let s = |rows: &[&[&str]]| -> Vec<Vec<String>> {
            rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
        };
        assert!(parallel_prose(&s(&[&["Capacitación,", "Jato axeati,"], &["asistencia e", "jato akinti"]])));
        assert!(!parallel_prose(&s(&[&["access-nbody", "8", "2.0"], &["access-nsieve", "3", "2.7"]])));
        assert!(marker_column(&s(&[&["2.", "Suyu Llaqta"], &["3.", "Llaqta Allaukan"]])));
        assert!(numeric_column(&s(&[&["Zapłacono", "0,00 PLN"], &["Do zapłaty", "148,83 PLN"]])));
    }

    #[test]
    fn axis_labels_hold_no_word() {
        for (t, want) in [("Salud", true), ("x 4", false), ("λ2z", false), ("−1 0 1", false), ("PIM (S/)", true)] {
            assert_eq!(has_word(t), want, "{t}");
        }
    }

    #[test]
    fn a_tight_body_under_a_wide_header_is_one_run() {
        // Only the header's gaps reach the fixed chunk gap; the body rows split at the run's
        // own column gap, in the header's gutters.
        let rows = [
            row(&[("Año", 100.0), ("Meta", 126.0), ("Logro", 156.0)], 100.0),
            row(&[("2017", 100.0), ("40,8", 124.5), ("%", 146.5), ("43,1", 157.5), ("%", 179.5)], 112.0),
            row(&[("2018", 100.0), ("87,6", 124.5), ("%", 146.5), ("64,4", 157.5), ("%", 179.5)], 124.0),
        ];
        let chunked: Vec<Vec<Chunk>> = rows.iter().map(chunks).collect();
        assert_eq!(chunked[1].len(), 1, "the body is set tighter than the fixed gap");
        assert_eq!(runs(&rows, &chunked), vec![(0, 3)]);
        let gap = run_gap(&rows);
        let cut: Vec<Vec<Chunk>> = rows.iter().map(|r| chunks_with(r, gap)).collect();
        let g = grid_of(&rows, &cut, &[]).expect("a table");
        assert_eq!(g.rows[1], vec!["2017", "40,8 %", "43,1 %"]);
        // A line of prose under the header splits at every word, not in the gutters.
        let prose = [
            rows[0].clone(),
            row(&[("La", 100.0), ("meta", 114.5), ("se", 137.0), ("logró", 151.5), ("en", 179.0)], 112.0),
        ];
        let chunked: Vec<Vec<Chunk>> = prose.iter().map(chunks).collect();
        assert_eq!(runs(&prose, &chunked), vec![(0, 1)]);
    }

    #[test]
    fn header_labels_over_gutters_join_the_columns_that_own_them() {
        // Labels set flush left in their cells over right-aligned numbers: `2022` stands in
        // the gutter after the label column, `2023` in the gutter after the numbers of 2022,
        // nearer those than its own.
        let rows = [
            row(&[("Nivel", 175.7), ("2022", 291.3), ("2023", 369.9)], 100.0),
            row(&[("Inicial", 175.7), ("89,4", 331.3), ("%", 353.3), ("73,8", 409.9), ("%", 431.9)], 120.0),
            row(&[("Primaria", 175.7), ("76,1", 331.3), ("%", 353.3), ("98,2", 409.9), ("%", 431.9)], 140.0),
            row(&[("Secundaria", 175.7), ("42,8", 331.3), ("%", 353.3), ("60,4", 409.9), ("%", 431.9)], 160.0),
        ];
        let chunked: Vec<Vec<Chunk>> = rows.iter().map(chunks).collect();
        let g = grid_of(&rows, &chunked, &[]).expect("a table");
        assert_eq!(g.rows[0], vec!["Nivel", "2022", "2023"]);
        assert_eq!(g.rows[1], vec!["Inicial", "89,4 %", "73,8 %"]);
    }

    #[test]
    fn wrapped_cells_are_not_columns_of_prose() {
        // Rows whose first and last cells wrap, both going on in lower case: line by line
        // they look like text columns side by side, as logical rows they are cells.
        let rows = [
            row(&[("N°", 10.0), ("Riesgo", 40.0), ("Nivel", 160.0), ("Medida", 220.0)], 100.0),
            row(&[("1", 10.0), ("Baja", 40.0), ("participación", 65.0), ("Alto", 160.0), ("Asistencia", 220.0)], 112.0),
            row(&[("gobiernos", 40.0), ("locales", 90.0), ("convenios", 220.0)], 124.0),
            row(&[("2", 10.0), ("Brotes", 40.0), ("epidémicos", 75.0), ("Alto", 160.0), ("Protocolos", 220.0)], 140.0),
            row(&[("población", 40.0), ("escolar", 95.0), ("vigilancia", 220.0)], 152.0),
            row(&[("3", 10.0), ("Información", 40.0), ("Alto", 160.0), ("Convenios", 220.0)], 168.0),
            row(&[("desactualizada", 40.0), ("intercambio", 220.0)], 180.0),
        ];
        let chunked: Vec<Vec<Chunk>> = rows.iter().map(chunks).collect();
        let line_grid = fill(&chunked, &[30.0, 150.0, 200.0]);
        assert!(parallel_prose(&line_grid), "line by line, the wrapped cells read as prose");
        let g = grid_of(&rows, &chunked, &[]).expect("a table");
        assert!(g.rows.len() >= 3, "{:?}", g.rows);
        assert!(g.rows.iter().any(|r| r[1] == "Brotes epidémicos\npoblación escolar"), "{:?}", g.rows);
    }

    #[test]
    fn prose_cells_are_rejected() {
        let g = vec![
            vec!["El crecimiento económico se debió en gran".to_string(), "bles para la población y los".to_string()],
            vec!["medida al aumento de los precios de los".to_string(), "servicios básicos del Estado en".to_string()],
        ];
        assert!(reads_as_prose(&g));
        let t = vec![
            vec!["Salud".to_string(), "610 785".to_string()],
            vec!["Educación".to_string(), "1 953 533".to_string()],
        ];
        assert!(!reads_as_prose(&t));
    }
}
