//! Long ruling lines erased from a scanned image before recognition.
//!
//! In: a grey image (the scan as stored, or the page raster) and its resolution. Out: the
//! same image with its long straight rules painted over in the paper's grey, and how many
//! rules were erased. An engine reads a table border that touches a cell's text as a
//! character ("|263", "1263", "{219", "} 221 =", a lone "—"); without the border it reads
//! the cell. The rules' geometry is not lost: the table stage gets it from the unerased
//! pixels ([`super::raster::add_rules`]).
//!
//! The rules are those [`super::rules::find`] finds, at least [`MIN_LEN_PT`] long (a table's
//! borders; a dash or a letter's stroke is far shorter). Along a rule, each dark run across
//! it that is no thicker than a rule (plus [`EDGE_PX`] of blur on each side) is erased; a
//! thicker run is a letter touching or crossing the rule and is kept. Horizontal rules are
//! erased first, so that where a vertical rule crosses one, the crossing — now as wide as
//! the vertical rule is thick — goes with the vertical rule.

use super::canvas::Canvas;
use super::decode::Grey;
use super::raster::{MAX_RULE_GAP, MAX_RULE_THICK};
use super::rules::{self, RuleSizes, Run};

/// A rule erased before recognition is at least this long (points): half an inch, about
/// four body sizes (a cell border of a grid; an em dash is one body size).
pub const MIN_LEN_PT: f32 = 36.0;
/// Pixels of blur on each side of a rule's dark run that are erased with it (pixels).
const EDGE_PX: usize = 1;
/// A rule whose centre wanders across by more than this share of the largest rule
/// thickness is not straight along the pixel grid (a skewed scan): it is left.
const MAX_WANDER: f32 = 0.5;
/// A rule missing near its centre line on more than this share of its length is left.
const MAX_MISSING: f32 = 0.1;

/// The page is taken as turned when its rules' mean slope (weighted by length) is more
/// than this (radians; 0.15°: 1.3 pixels over a 500-pixel rule). A rule that slight stays
/// within [`MAX_WANDER`], yet erasing it straight leaves fragments at its ends.
const MAX_PAGE_SLOPE: f32 = 0.0026;

/// Erases the long rules of `grey`, whose pixels are `pt_per_px` points wide (see the
/// module docs). Returns the number of rules erased; 0 leaves the image as it was.
///
/// The decision is the page's: when any long rule is not straight along the pixel grid, or
/// the rules' slopes together say the page is turned by more than [`MAX_PAGE_SLOPE`] (a
/// skewed scan), no rule is erased — a rule erased in part leaves fragments that read as
/// characters, worse than the whole rule.
pub fn erase_rules(grey: &mut Grey, pt_per_px: f32) -> usize {
    if !(pt_per_px.is_finite() && pt_per_px > 0.0) || grey.data.is_empty() {
        return 0;
    }
    let px = |pt: f32| (pt / pt_per_px).round().max(1.0) as usize;
    let min_len = px(MIN_LEN_PT);
    let sizes = RuleSizes { min_len, max_thick: px(MAX_RULE_THICK), max_gap: px(MAX_RULE_GAP), min_short: min_len };
    let canvas = Canvas { grey: std::mem::take(grey), scale: pt_per_px, skew: 0.0 };
    let found = rules::find(&canvas, sizes);
    *grey = canvas.grey;
    let Some((threshold, paper)) = rules::ink_and_paper(&grey.data) else { return 0 };
    let max_run = sizes.max_thick + 2 * EDGE_PX;
    // Erased on a copy, horizontal rules first (see the module docs), kept only when every
    // rule passed and the page is not turned.
    let mut work = grey.clone();
    let mut plans = Vec::with_capacity(found.len());
    let mut erased = 0;
    for horizontal in [true, false] {
        for r in found.iter().filter(|r| r.horizontal == horizontal) {
            let Some(p) = plan(&work, r, threshold, sizes.max_thick, max_run) else { return 0 };
            plans.push(p);
        }
        for p in plans.iter().filter(|p| p.horizontal == horizontal) {
            erased += usize::from(apply(&mut work, p, paper));
        }
    }
    if erased == 0 || page_turned(&plans) {
        return 0;
    }
    *grey = work;
    erased
}

/// How one rule would be erased: per step along it, the dark run across it to paint over.
struct Plan {
    horizontal: bool,
    /// The first step along the rule (pixels).
    a: usize,
    /// Per step along from `a`: the dark run across (lo, hi), or None (kept).
    spans: Vec<Option<(usize, usize)>>,
    /// The rule's slope (across per along, image rows down), from a least-squares fit.
    slope: f32,
}

/// True when the rules' length-weighted mean slope, read as the page's turn (a vertical
/// rule's slope counts with its sign reversed), exceeds [`MAX_PAGE_SLOPE`].
fn page_turned(plans: &[Plan]) -> bool {
    let (mut sum, mut weight) = (0f64, 0f64);
    for p in plans {
        let n = p.spans.iter().filter(|s| s.is_some()).count() as f64;
        let turn = if p.horizontal { p.slope } else { -p.slope };
        sum += f64::from(turn) * n;
        weight += n;
    }
    weight > 0.0 && (sum / weight).abs() > f64::from(MAX_PAGE_SLOPE)
}

/// Plans the erasure of rule `r` of `g`: at each step along it, the dark run across it
/// nearest its centre line (within `reach` pixels), when at most `reach` thick, plus
/// [`EDGE_PX`] pixels on each side. `None` when the rule is not straight along the pixel
/// grid — its centre wanders by more than [`MAX_WANDER`] of `reach`, or it is missing near
/// its centre line on more than [`MAX_MISSING`] of its length: a rule on a skewed scan,
/// whose ends a straight erasure would leave as a staircase of marks.
fn plan(g: &Grey, r: &Run, threshold: u8, reach: usize, max_run: usize) -> Option<Plan> {
    let (w, h) = (g.width as usize, g.height as usize);
    let (len, across) = if r.horizontal { (w, h) } else { (h, w) };
    let idx = |along: usize, at: usize| if r.horizontal { at * w + along } else { along * w + at };
    let centre = (r.pos.max(0.0) as usize).min(across.saturating_sub(1));
    let (a, b) = ((r.a.max(0.0) as usize).min(len), (r.b.max(0.0) as usize).min(len));
    if b <= a {
        // Nothing to erase; it says nothing against the page.
        return Some(Plan { horizontal: r.horizontal, a, spans: Vec::new(), slope: 0.0 });
    }
    let mut spans: Vec<Option<(usize, usize)>> = Vec::with_capacity(b - a);
    let (mut missing, mut low, mut high) = (0usize, usize::MAX, 0usize);
    // Least-squares sums of (along, mid): n, Σx, Σy, Σxy, Σxx (x relative to `a`).
    let (mut n, mut sx, mut sy, mut sxy, mut sxx) = (0f64, 0f64, 0f64, 0f64, 0f64);
    for along in a..b {
        let dark = |at: usize| g.data[idx(along, at)] < threshold;
        // The dark pixel nearest the centre line (the rule may drift by a pixel).
        let Some(start) = (0..=reach).find_map(|d| {
            [centre.checked_sub(d), centre.checked_add(d).filter(|&v| v < across)]
                .into_iter()
                .flatten()
                .find(|&v| dark(v))
        }) else {
            missing += 1;
            spans.push(None);
            continue;
        };
        let (mut lo, mut hi) = (start, start);
        while lo > 0 && dark(lo - 1) && hi - lo < max_run {
            lo -= 1;
        }
        while hi + 1 < across && dark(hi + 1) && hi - lo < max_run {
            hi += 1;
        }
        if hi - lo + 1 > reach {
            spans.push(None);
            continue;
        }
        // `mid` is twice the run's centre.
        let mid = lo + hi;
        low = low.min(mid);
        high = high.max(mid);
        let (x, y) = ((along - a) as f64, mid as f64 / 2.0);
        n += 1.0;
        sx += x;
        sy += y;
        sxy += x * y;
        sxx += x * x;
        spans.push(Some((lo, hi)));
    }
    let wander = high.saturating_sub(low) as f32 / 2.0;
    if missing as f32 > MAX_MISSING * (b - a) as f32 || wander > (MAX_WANDER * reach as f32).max(2.0) {
        return None;
    }
    let denom = n * sxx - sx * sx;
    let slope = if n >= 2.0 && denom > 0.0 { ((n * sxy - sx * sy) / denom) as f32 } else { 0.0 };
    Some(Plan { horizontal: r.horizontal, a, spans, slope })
}

/// Paints plan `p` over `g` in `paper`'s grey. True when anything was painted.
fn apply(g: &mut Grey, p: &Plan, paper: u8) -> bool {
    let w = g.width as usize;
    let across = if p.horizontal { g.height as usize } else { w };
    let mut any = false;
    for (along, span) in (p.a..).zip(&p.spans) {
        let Some((lo, hi)) = *span else { continue };
        for at in lo.saturating_sub(EDGE_PX)..=(hi + EDGE_PX).min(across - 1) {
            let i = if p.horizontal { at * w + along } else { along * w + at };
            g.data[i] = paper;
        }
        any = true;
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A white image with a 3-px horizontal rule at rows 40-42 over columns 10-289 (280 px),
    /// a 3-px vertical rule at columns 150-152 over rows 10-189 (180 px), and a letter stem
    /// (columns 60-62, rows 25-41) standing on the horizontal rule.
    fn page() -> Grey {
        let mut g = Grey::white(300, 200);
        let mut ink = |x: usize, y: usize| g.data[y * 300 + x] = 0;
        for x in 10..290 {
            for y in 40..43 {
                ink(x, y);
            }
        }
        for y in 10..190 {
            for x in 150..153 {
                ink(x, y);
            }
        }
        for y in 25..42 {
            for x in 60..63 {
                ink(x, y);
            }
        }
        g
    }

    #[test]
    fn long_rules_go_and_letters_touching_them_stay() {
        let mut g = page();
        // 0.25 pt per pixel: the rules are 70 and 45 pt long, both at least MIN_LEN_PT.
        assert_eq!(erase_rules(&mut g, 0.25), 2);
        let dark = |g: &Grey, x: u32, y: u32| g.at(x, y) < 128;
        assert!(!dark(&g, 100, 41) && !dark(&g, 200, 41), "the horizontal rule is erased");
        assert!(!dark(&g, 151, 20) && !dark(&g, 151, 180), "the vertical rule is erased");
        assert!(!dark(&g, 151, 41), "so is their crossing");
        assert!(dark(&g, 61, 30) && dark(&g, 61, 41), "the stem standing on the rule stays");
        // At 0.19 pt per pixel the vertical rule is 34 pt long: it stays.
        let mut g = page();
        assert_eq!(erase_rules(&mut g, 0.19), 1);
        assert!(!dark(&g, 100, 41));
        assert!(dark(&g, 151, 20) && dark(&g, 151, 180), "a rule shorter than MIN_LEN_PT is kept");
        // A page without rules is left as it was.
        let mut g = Grey::white(300, 200);
        for y in 25..42 {
            for x in 60..63 {
                g.data[y * 300 + x] = 0;
            }
        }
        let before = g.clone();
        assert_eq!(erase_rules(&mut g, 0.25), 0);
        assert_eq!(g, before);
    }

    #[test]
    fn a_rule_on_a_skewed_scan_is_left_whole() {
        // A 3-px rule over 560 px that steps down a pixel every 80 px (a scan turned by
        // 0.7°): erased straight it would leave a staircase of marks at its ends.
        let mut g = Grey::white(600, 100);
        for x in 20..580 {
            let y0 = 40 + (x - 20) / 80;
            for y in y0..y0 + 3 {
                g.data[y * 600 + x] = 0;
            }
        }
        let canvas = Canvas { grey: g.clone(), scale: 0.25, skew: 0.0 };
        let sizes = RuleSizes { min_len: 144, max_thick: 10, max_gap: 4, min_short: 144 };
        assert!(!rules::find(&canvas, sizes).is_empty(), "the rule finder sees it");
        let before = g.clone();
        assert_eq!(erase_rules(&mut g, 0.25), 0);
        assert_eq!(g, before);
    }

    #[test]
    fn one_wandering_rule_keeps_every_rule_of_the_page() {
        // A straight 3-px rule (rows 20-22) and, below it, one that steps down a pixel every
        // 80 px (a skewed scan): the page is skewed, so neither is erased.
        let mut g = Grey::white(600, 100);
        for x in 20..580 {
            for y in 20..23 {
                g.data[y * 600 + x] = 0;
            }
            let y0 = 60 + (x - 20) / 80;
            for y in y0..y0 + 3 {
                g.data[y * 600 + x] = 0;
            }
        }
        let before = g.clone();
        assert_eq!(erase_rules(&mut g, 0.25), 0);
        assert_eq!(g, before);
        // Without the wandering rule the straight one goes.
        let mut g = Grey::white(600, 100);
        for x in 20..580 {
            for y in 20..23 {
                g.data[y * 600 + x] = 0;
            }
        }
        assert_eq!(erase_rules(&mut g, 0.25), 1);
        assert!(g.at(300, 21) >= 128);
    }

    #[test]
    fn a_slightly_turned_page_keeps_its_rules() {
        // Two 3-px rules over 560 px that step down a pixel at x = 300 and 500 (0.2°): each
        // is straight enough alone, but together they say the page is turned.
        let mut g = Grey::white(600, 100);
        for x in 20..580 {
            let step = usize::from(x >= 300) + usize::from(x >= 500);
            for y0 in [20, 60] {
                for y in y0 + step..y0 + step + 3 {
                    g.data[y * 600 + x] = 0;
                }
            }
        }
        let before = g.clone();
        assert_eq!(erase_rules(&mut g, 0.25), 0);
        assert_eq!(g, before);
    }
}
