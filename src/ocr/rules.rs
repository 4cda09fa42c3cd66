//! Ruling lines found in a page raster: the table borders of a scanned page.
//!
//! In: a [`Canvas`] (the page's images painted upright and straightened) and the sizes that
//! tell a rule from text ([`RuleSizes`], in canvas pixels). Out: horizontal and vertical
//! [`Run`]s in canvas pixels, one per rule.
//!
//! 1. **Ink**: pixels darker than the midpoint between the paper (the median grey) and the
//!    ink (a low percentile); a page without that contrast has no rules. Pixels only a
//!    quarter of the way from the paper to the ink are *faint*: a rule that a lossy scan
//!    lightened in patches goes on through them (they never start or end one).
//! 2. **Thickness**: for each dark pixel, the length of the dark run through it across the
//!    direction looked at. A pixel of a horizontal rule has a short vertical run (at most
//!    `max_thick`); a pixel where a vertical rule crosses it has a long one (at least
//!    `min_len`); letters' stems lie in between.
//! 3. **Runs**: along each row (column), thin and crossing pixels make a run; gaps of up to
//!    `max_gap` pixels (scanner dropouts, a letter touching the rule) are bridged. A run at
//!    least `min_len` long, mostly thin and hardly interrupted by stems is a rule. So text —
//!    even letters joined by their serifs in a coarse scan — never is: its stems are too
//!    many.
//! 4. Runs on neighbouring rows that overlap (a rule several pixels thick, or one that
//!    drifts by a pixel over its length) are one rule, at their mean position.
//! 5. **Short borders**: a run shorter than `min_len` (at least `min_short`) is a rule when
//!    both its ends meet long rules across it: the border between two cells of a one-line
//!    header row, which no letter draws.

use super::canvas::Canvas;
use super::decode::Grey;

/// Share of a run that must be thin rule pixels (the rest crossings and bridged gaps).
const MIN_THIN_SHARE: f32 = 0.7;
/// Share of a run's length, at most, made of bridged letter stems.
const MAX_STEM_SHARE: f32 = 0.08;
/// Ink must be at least this much darker than the paper (grey levels) for rules to be read.
const MIN_CONTRAST: u8 = 60;
/// The ink level is this quantile of the page's greys.
const INK_QUANTILE: f32 = 0.005;
/// At most this many runs are collected on one page (bounds the grouping).
const MAX_RUNS: usize = 20_000;
/// Faint pixels are darker than the paper by at least this share of the paper-to-ink
/// threshold contrast (0.5: a quarter of the way from the paper to the ink).
const FAINT_SHARE: f32 = 0.5;
/// A stretch of faint pixels inside a rule is bridged up to this many `max_gap`s.
const MAX_FAINT_GAPS: usize = 5;

/// What tells a rule from text, in canvas pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RuleSizes {
    /// A rule is at least this long.
    pub min_len: usize,
    /// A rule is at most this thick.
    pub max_thick: usize,
    /// Gaps up to this long are bridged.
    pub max_gap: usize,
    /// A shorter rule, at least this long, is kept when both its ends meet long rules.
    pub min_short: usize,
}

/// A rule in canvas pixels: `pos` across it (pixel centre), `a..b` along it (pixel edges).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Run {
    /// A horizontal rule (else vertical).
    pub horizontal: bool,
    /// Row (column) of its centre line.
    pub pos: f32,
    /// Start along it.
    pub a: f32,
    /// End along it.
    pub b: f32,
}

/// The rules of `canvas` (see the module docs).
pub fn find(canvas: &Canvas, sizes: RuleSizes) -> Vec<Run> {
    let g = &canvas.grey;
    let Some((threshold, faint)) = ink_threshold(g) else { return Vec::new() };
    if sizes.min_len < 2 || sizes.max_thick == 0 {
        return Vec::new();
    }
    let (w, h) = (g.width as usize, g.height as usize);
    let dark: Vec<bool> = g.data.iter().map(|&v| v < threshold).collect();
    let faint: Vec<bool> = g.data.iter().map(|&v| v < faint).collect();
    let cap = u16::try_from(sizes.min_len).unwrap_or(u16::MAX);
    // Vertical dark-run length through each pixel (capped at min_len), and horizontal.
    let vrun = run_lengths(&dark, w, h, false, cap);
    let hrun = run_lengths(&dark, w, h, true, cap);
    let px = Pixels { dark: &dark, faint: &faint, w, h };
    let (hl, hs) = scan(&px, &vrun, true, sizes);
    let (vl, vs) = scan(&px, &hrun, false, sizes);
    let (hl, vl) = (group(hl, true, sizes), group(vl, false, sizes));
    let hs: Vec<Run> = group(hs, true, sizes).into_iter().filter(|r| joins(r, &vl, sizes)).collect();
    let vs: Vec<Run> = group(vs, false, sizes).into_iter().filter(|r| joins(r, &hl, sizes)).collect();
    let mut out = hl;
    out.extend(hs);
    out.extend(vl);
    out.extend(vs);
    out
}

/// True when both ends of `r` meet one of the rules `across` (perpendicular to it).
fn joins(r: &Run, across: &[Run], s: RuleSizes) -> bool {
    let tol = (s.max_thick + s.max_gap + 1) as f32;
    let meets =
        |end: f32| across.iter().any(|c| (c.pos - end).abs() <= tol && r.pos >= c.a - tol && r.pos <= c.b + tol);
    meets(r.a) && meets(r.b)
}

/// A page's pixels: ink, faint and the size.
struct Pixels<'a> {
    dark: &'a [bool],
    faint: &'a [bool],
    w: usize,
    h: usize,
}

/// The ink threshold (halfway from the darkest pixels to the paper) and the paper level (the
/// median grey) of a page, or `None` for a page without contrast. Shared with `ocr::fills`.
pub(crate) fn ink_and_paper(data: &[u8]) -> Option<(u8, u8)> {
    if data.is_empty() {
        return None;
    }
    let mut hist = [0usize; 256];
    for &v in data {
        hist[usize::from(v)] += 1;
    }
    let quantile = |q: f32| -> u8 {
        let want = ((data.len() as f32) * q) as usize;
        let mut seen = 0;
        for (v, n) in hist.iter().enumerate() {
            seen += n;
            if seen > want {
                return v as u8;
            }
        }
        255
    };
    let (ink, paper) = (quantile(INK_QUANTILE), quantile(0.5));
    (paper.saturating_sub(ink) >= MIN_CONTRAST).then(|| (ink + (paper - ink) / 2, paper))
}

/// Grey levels under which a pixel is ink and faint, or `None` for a page without contrast.
fn ink_threshold(g: &Grey) -> Option<(u8, u8)> {
    let (threshold, paper) = ink_and_paper(&g.data)?;
    let faint = paper - ((f32::from(paper - threshold) * FAINT_SHARE) as u8).max(1);
    Some((threshold, faint.max(threshold)))
}

/// For each pixel, the length of the dark run through it along rows (`along_rows`) or
/// columns, capped at `cap`; 0 for light pixels.
fn run_lengths(dark: &[bool], w: usize, h: usize, along_rows: bool, cap: u16) -> Vec<u16> {
    let mut out = vec![0u16; w * h];
    let (lines, len) = if along_rows { (h, w) } else { (w, h) };
    let idx = |line: usize, i: usize| if along_rows { line * w + i } else { i * w + line };
    for line in 0..lines {
        let mut i = 0;
        while i < len {
            if !dark[idx(line, i)] {
                i += 1;
                continue;
            }
            let start = i;
            while i < len && dark[idx(line, i)] {
                i += 1;
            }
            let n = u16::try_from(i - start).unwrap_or(u16::MAX).min(cap);
            for k in start..i {
                out[idx(line, k)] = n;
            }
        }
    }
    out
}

/// Runs along rows (`horizontal`) or columns: `across` is the dark-run length across the
/// direction through each pixel. Returns the runs at least `min_len` long and, apart, those
/// at least `min_short`.
fn scan(px: &Pixels, across: &[u16], horizontal: bool, s: RuleSizes) -> (Vec<Run>, Vec<Run>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Px {
        Light,
        Faint,
        Thin,
        Cross,
        Stem,
    }
    let (w, h) = (px.w, px.h);
    let (lines, len) = if horizontal { (h, w) } else { (w, h) };
    let idx = |line: usize, i: usize| if horizontal { line * w + i } else { i * w + line };
    let kind = |line: usize, i: usize| {
        let k = idx(line, i);
        if !px.dark[k] {
            if px.faint[k] {
                Px::Faint
            } else {
                Px::Light
            }
        } else if usize::from(across[k]) <= s.max_thick {
            Px::Thin
        } else if usize::from(across[k]) >= s.min_len {
            Px::Cross
        } else {
            Px::Stem
        }
    };
    let min_short = s.min_short.clamp(2, s.min_len);
    let max_faint = MAX_FAINT_GAPS * s.max_gap.max(1);
    let (mut long, mut short) = (Vec::new(), Vec::new());
    for line in 0..lines {
        let mut i = 0;
        while i < len {
            if kind(line, i) != Px::Thin {
                i += 1;
                continue;
            }
            // A crossing just before the first thin pixel belongs to the rule.
            let mut start = i;
            while start > 0 && i - start < s.max_thick && kind(line, start - 1) == Px::Cross {
                start -= 1;
            }
            let (mut end, mut thin, mut stems, mut crossing) = (i, 0usize, 0usize, 0usize);
            // Light pixels and all pixels (faint ones too) since the last rule pixel.
            let (mut gap, mut soft) = (0usize, 0usize);
            while i < len {
                let k = kind(line, i);
                // A crossing is as wide as a rule is thick: more dark across is a fill.
                let k = if k == Px::Cross && crossing >= s.max_thick { Px::Stem } else { k };
                crossing = if k == Px::Cross { crossing + 1 } else { 0 };
                match k {
                    Px::Thin | Px::Cross => {
                        thin += usize::from(k == Px::Thin);
                        end = i + 1;
                        gap = 0;
                        soft = 0;
                    }
                    k => {
                        gap += usize::from(k != Px::Faint);
                        soft += 1;
                        if gap > s.max_gap || soft > max_faint {
                            break;
                        }
                        stems += usize::from(k == Px::Stem);
                    }
                }
                i += 1;
            }
            let n = end - start;
            if n >= min_short && thin as f32 >= MIN_THIN_SHARE * n as f32 && stems as f32 <= MAX_STEM_SHARE * n as f32 {
                let run = Run { horizontal, pos: line as f32 + 0.5, a: start as f32, b: end as f32 };
                let to = if n >= s.min_len { &mut long } else { &mut short };
                if to.len() < MAX_RUNS {
                    to.push(run);
                }
            }
            i = end.max(start + 1);
        }
    }
    (long, short)
}

/// Joins runs on neighbouring lines that overlap along their length into one rule each.
fn group(mut runs: Vec<Run>, horizontal: bool, s: RuleSizes) -> Vec<Run> {
    runs.sort_by(|p, q| p.pos.total_cmp(&q.pos).then(p.a.total_cmp(&q.a)));
    // Each group: its runs' extent, weighted position and the last line it reached.
    struct G {
        a: f32,
        b: f32,
        pos_sum: f32,
        weight: f32,
        last: f32,
        first: f32,
    }
    let mut groups: Vec<G> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for r in runs {
        open.retain(|&k| r.pos - groups[k].last <= 1.5);
        let hit = open.iter().copied().find(|&k| {
            let g = &groups[k];
            let gap = s.max_gap as f32;
            r.a <= g.b + gap
                && r.b >= g.a - gap
                && r.pos - g.first <= s.max_thick as f32 + 0.5 * (r.b - r.a) / s.min_len as f32
        });
        let len = r.b - r.a;
        match hit {
            Some(k) => {
                let g = &mut groups[k];
                g.a = g.a.min(r.a);
                g.b = g.b.max(r.b);
                g.pos_sum += r.pos * len;
                g.weight += len;
                g.last = r.pos;
            }
            None => {
                groups.push(G { a: r.a, b: r.b, pos_sum: r.pos * len, weight: len, last: r.pos, first: r.pos });
                open.push(groups.len() - 1);
            }
        }
    }
    groups.into_iter().map(|g| Run { horizontal, pos: g.pos_sum / g.weight, a: g.a, b: g.b }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canvas(w: u32, h: u32, black: impl Fn(u32, u32) -> bool) -> Canvas {
        let mut g = Grey::white(w, h);
        for y in 0..h {
            for x in 0..w {
                if black(x, y) {
                    g.data[(y * w + x) as usize] = 20;
                }
            }
        }
        Canvas { grey: g, scale: 1.0, skew: 0.0 }
    }

    const SIZES: RuleSizes = RuleSizes { min_len: 40, max_thick: 4, max_gap: 2, min_short: 15 };

    #[test]
    fn a_grid_gives_its_rules() {
        // Rules 2 px thick: rows 20 and 120, columns 30, 130 and 230 (x 30..232, y 20..122).
        let c = canvas(300, 200, |x, y| {
            let hl = (y == 20 || y == 21 || y == 120 || y == 121) && (30..232).contains(&x);
            let vl = (x == 30 || x == 31 || x == 130 || x == 131 || x == 230 || x == 231) && (20..122).contains(&y);
            hl || vl
        });
        let runs = find(&c, SIZES);
        let hs: Vec<&Run> = runs.iter().filter(|r| r.horizontal).collect();
        let vs: Vec<&Run> = runs.iter().filter(|r| !r.horizontal).collect();
        assert_eq!(hs.len(), 2, "{runs:?}");
        assert_eq!(vs.len(), 3, "{runs:?}");
        assert!((hs[0].pos - 21.0).abs() < 0.6 && hs[0].a <= 30.5 && hs[0].b >= 231.5, "{:?}", hs[0]);
        assert!((vs[1].pos - 131.0).abs() < 0.6 && vs[1].a <= 20.5 && vs[1].b >= 121.5, "{:?}", vs[1]);
    }

    #[test]
    fn text_blocks_and_short_strokes_are_not_rules() {
        // "Letters": 3 px wide stems 12 px tall every 6 px, joined by a serif row at the
        // baseline; a thick black block; a short dash.
        let c = canvas(300, 200, |x, y| {
            let stems = (50..62).contains(&y) && (20..280).contains(&x) && x % 6 < 3;
            let serifs = y == 61 && (20..280).contains(&x);
            let block = (100..140).contains(&y) && (20..200).contains(&x);
            let dash = y == 170 && (20..50).contains(&x);
            stems || serifs || block || dash
        });
        assert_eq!(find(&c, SIZES), Vec::new());
    }

    #[test]
    fn broken_touched_and_drifting_rules_are_whole() {
        let c = canvas(400, 100, |x, y| {
            // A rule with dropouts of 2 px and a letter stem (10 px tall) touching it.
            let broken = y == 30 && (10..390).contains(&x) && x % 50 > 1;
            let stem = (20..30).contains(&y) && (200..202).contains(&x);
            // A rule that drifts down by one row halfway.
            let drift = (10..390).contains(&x) && y == if x < 200 { 70 } else { 71 };
            broken || stem || drift
        });
        let runs = find(&c, SIZES);
        assert_eq!(runs.len(), 2, "{runs:?}");
        for r in &runs {
            assert!(r.horizontal && r.a <= 12.0 && r.b >= 388.0, "{r:?}");
        }
        // No contrast: a blank page.
        assert!(find(&canvas(50, 50, |_, _| false), SIZES).is_empty());
    }

    #[test]
    fn faint_patches_do_not_break_a_rule() {
        // A rule lightened to mid grey (150 on 255 paper, ink 20) for 8 px every 30 px: the
        // dark pieces alone are shorter than min_len.
        let mut c = canvas(400, 100, |x, y| (y == 50 || y == 51) && (10..390).contains(&x));
        for x in 10..390u32 {
            if x % 30 < 8 {
                for y in [50u32, 51] {
                    c.grey.data[(y * 400 + x) as usize] = 150;
                }
            }
        }
        // Some ink elsewhere so that the page has its ink level.
        for y in 80..90u32 {
            for x in 10..20u32 {
                c.grey.data[(y * 400 + x) as usize] = 20;
            }
        }
        let runs = find(&c, SIZES);
        assert_eq!(runs.len(), 1, "{runs:?}");
        assert!(runs[0].a <= 12.0 && runs[0].b >= 388.0, "{runs:?}");
        // Paper-grey patches (240) still break it: no piece is long enough.
        for x in 10..390u32 {
            if x % 30 < 8 {
                for y in [50u32, 51] {
                    c.grey.data[(y * 400 + x) as usize] = 240;
                }
            }
        }
        assert!(find(&c, SIZES).is_empty());
    }

    #[test]
    fn a_short_border_between_long_rules_is_kept() {
        // Long rules at rows 20 and 40 (x 10..300); a 22 px vertical border between them at
        // x 150 (shorter than min_len 40); a 22 px stroke at x 250 that reaches no rule.
        let c = canvas(320, 100, |x, y| {
            let hl = (y == 20 || y == 40) && (10..300).contains(&x);
            let border = x == 150 && (20..=40).contains(&y);
            let stroke = x == 250 && (60..82).contains(&y);
            hl || border || stroke
        });
        let runs = find(&c, SIZES);
        let vs: Vec<&Run> = runs.iter().filter(|r| !r.horizontal).collect();
        assert_eq!(runs.iter().filter(|r| r.horizontal).count(), 2, "{runs:?}");
        assert_eq!(vs.len(), 1, "{runs:?}");
        assert!((vs[0].pos - 150.5).abs() < 0.6 && vs[0].a <= 21.0 && vs[0].b >= 40.0, "{vs:?}");
    }
}
