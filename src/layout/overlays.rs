//! Glyphs drawn over other glyphs, made one character.
//!
//! In: a [`TextPage`] (glyphs in content-stream order). Out: `None` when nothing on the page
//! is an overlay (the usual case, nothing copied), else a copy of the page whose overlay
//! glyphs are merged into the glyph they are drawn over:
//!
//! - a **spacing accent** (`˜ ˆ ¯ ˙ ¨ ´ ` ˘ ˇ ˚`) centred over a letter or digit, at or above
//!   its baseline, becomes the combining mark after it (`F` + `˜` → `F̃`; `a` + `´` → `á`
//!   once normalised), as TeX's math accents and old fonts that build accented letters
//!   from two glyphs draw them;
//! - a **negation slash** (U+0338, TeX's `negationslash`, drawn before the relation it
//!   strikes) goes after the glyph it overlaps (`=` → `≠` once normalised), never dropped;
//! - a **maps-to bar** (`↦`, TeX's `mapstochar`) followed by the arrow it starts is one
//!   `↦`;
//! - a **stacked relation**: two relation signs drawn one right after the other, centred
//!   one over the other a fraction of an em apart (TeX's `\cong` is `∼` over `=`), are one
//!   sign, read in drawing order (`∼=`) on the lower one's baseline, instead of the raised
//!   one becoming a line of its own.
//!
//! A merged overlay glyph keeps its place with empty text, which later stages skip.

use compact_str::CompactString;

use super::tuning::*;
use crate::pdf::TextPage;

/// The combining mark for a spacing accent.
fn combining(c: char) -> Option<char> {
    Some(match c {
        '˜' => '\u{303}',
        'ˆ' => '\u{302}',
        '¯' | 'ˉ' => '\u{304}',
        '˙' => '\u{307}',
        '¨' => '\u{308}',
        '´' | 'ˊ' => '\u{301}',
        '`' | 'ˋ' => '\u{300}',
        '˘' => '\u{306}',
        'ˇ' => '\u{30C}',
        '˚' => '\u{30A}',
        _ => return None,
    })
}

fn single(t: &str) -> Option<char> {
    let mut c = t.chars();
    match (c.next(), c.next()) {
        (Some(ch), None) => Some(ch),
        _ => None,
    }
}

/// What an overlay glyph does.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Overlay {
    /// Goes after its base as this combining mark.
    Mark(char),
    /// Absorbs the arrow it starts.
    MapsTo,
    /// A relation sign that may be stacked over or under another one.
    Stacked,
}

/// Signs that TeX stacks into one relation (`∼` over `=`, `=` over `−`, `<` over `∼`).
fn stackable(c: char) -> bool {
    matches!(c, '∼' | '=' | '−' | '<' | '>' | '≈' | '≃' | '⊂' | '⊃' | '→' | '←')
}

fn overlay_of(t: &str) -> Option<Overlay> {
    // Every overlay but the grave accent is outside ASCII: most glyphs stop here.
    if t.len() == 1 && t != "`" {
        return None;
    }
    let c = single(t)?;
    if c == '\u{338}' {
        return Some(Overlay::Mark(c));
    }
    if c == '↦' {
        return Some(Overlay::MapsTo);
    }
    combining(c).map(Overlay::Mark)
}

/// [`overlay_of`], or [`Overlay::Stacked`] for a stackable sign.
fn overlay_or_stacked(t: &str) -> Option<Overlay> {
    overlay_of(t).or_else(|| single(t).filter(|&c| stackable(c)).map(|_| Overlay::Stacked))
}

/// The page with its overlays merged, or `None` when it has none.
pub fn compose(page: &TextPage) -> Option<TextPage> {
    let candidates: Vec<(usize, Overlay)> = page
        .glyphs
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.rotated && g.bbox.iter().all(|v| v.is_finite()))
        .filter_map(|(i, g)| overlay_or_stacked(&g.text).map(|o| (i, o)))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let mut out: Option<TextPage> = None;
    for (i, kind) in candidates {
        let cur = out.as_ref().unwrap_or(page);
        if cur.glyphs[i].text.is_empty() {
            continue; // already merged into a stacked relation
        }
        let Some(j) = base_of(cur, i, kind) else { continue };
        let copy = out.get_or_insert_with(|| page.clone());
        match kind {
            Overlay::Mark(m) => {
                let mut t = CompactString::from(copy.glyphs[j].text.as_str());
                t.push(m);
                copy.glyphs[j].text = t;
                copy.glyphs[i].text = CompactString::default();
            }
            Overlay::MapsTo => copy.glyphs[j].text = CompactString::default(),
            Overlay::Stacked => {
                // Drawing order gives the text; the lower sign (nearer the row) carries it.
                let mut t = CompactString::from(copy.glyphs[i].text.as_str());
                t.push_str(&copy.glyphs[j].text);
                let (keep, drop) = if copy.glyphs[j].baseline >= copy.glyphs[i].baseline { (j, i) } else { (i, j) };
                copy.glyphs[keep].text = t;
                copy.glyphs[drop].text = CompactString::default();
            }
        }
    }
    out
}

/// The glyph overlay `i` is drawn over: the nearest glyph in content-stream order (within
/// [`OVERLAY_WINDOW`]) that passes the overlay's geometric test.
fn base_of(page: &TextPage, i: usize, kind: Overlay) -> Option<usize> {
    let o = &page.glyphs[i];
    let size = o.size.abs().max(1.0);
    let (ox0, ox1) = (o.bbox[0].min(o.bbox[2]), o.bbox[0].max(o.bbox[2]));
    let centre = (ox0 + ox1) / 2.0;
    let lo = i.saturating_sub(OVERLAY_WINDOW);
    let hi = (i + OVERLAY_WINDOW).min(page.glyphs.len().saturating_sub(1));
    let mut order: Vec<usize> = (lo..=hi).filter(|&j| j != i).collect();
    order.sort_by_key(|&j| j.abs_diff(i));
    order.into_iter().find(|&j| {
        let b = &page.glyphs[j];
        let Some(bc) = single(&b.text) else { return false };
        if b.rotated || !b.bbox.iter().all(|v| v.is_finite()) {
            return false;
        }
        let bsize = b.size.abs().max(1.0);
        if kind == Overlay::Stacked {
            // The next sign drawn, centred over or under this one and about its size.
            let rise = (o.baseline - b.baseline).abs() / bsize;
            let bcentre = (b.bbox[0] + b.bbox[2]) / 2.0;
            return j > i
                && stackable(bc)
                && (centre - bcentre).abs() < OVERLAY_STACK_SLACK * bsize
                && (OVERLAY_STACK_RISE.0..=OVERLAY_STACK_RISE.1).contains(&rise)
                && (size / bsize - 1.0).abs() < OVERLAY_STACK_SIZE;
        }
        if overlay_of(&b.text).is_some() {
            return false;
        }
        let (bx0, bx1) = (b.bbox[0].min(b.bbox[2]), b.bbox[0].max(b.bbox[2]));
        let slack = OVERLAY_SLACK * bsize;
        match kind {
            Overlay::Mark('\u{338}') => {
                // The slash strikes the relation drawn right after (or before) it.
                !bc.is_alphanumeric()
                    && !bc.is_whitespace()
                    && (o.baseline - b.baseline).abs() < OVERLAY_SAME_BASELINE * bsize
                    && centre >= bx0 - slack
                    && centre <= bx1 + slack
            }
            Overlay::Mark(_) => {
                // An accent centred over a letter, at or above its baseline and within
                // one size of it.
                let raise = b.baseline - o.baseline;
                bc.is_alphanumeric()
                    && raise > -OVERLAY_ACCENT_DROP * bsize
                    && raise < OVERLAY_ACCENT_RAISE * bsize
                    && centre >= bx0 - slack
                    && centre <= bx1 + slack
                    && (OVERLAY_ACCENT_SIZE.0..=OVERLAY_ACCENT_SIZE.1).contains(&(size / bsize))
            }
            Overlay::Stacked => false,
            Overlay::MapsTo => {
                matches!(bc, '→' | '⟶')
                    && j > i
                    && (o.baseline - b.baseline).abs() < OVERLAY_SAME_BASELINE * bsize
                    && bx0 <= ox1 + slack
                    && bx0 >= ox0 - 2.0 * slack
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::glyph;
    use crate::pdf::Glyph;

    fn page(glyphs: Vec<Glyph>) -> TextPage {
        TextPage { glyphs, width: 600.0, height: 800.0, ..TextPage::default() }
    }

    fn texts(p: &TextPage) -> Vec<String> {
        p.glyphs.iter().map(|g| g.text.to_string()).collect()
    }

    #[test]
    fn accent_over_a_letter_becomes_a_combining_mark() {
        // TeX's \tilde F: the accent raised over the F, drawn first.
        let p = page(vec![glyph("˜", 101.0, 106.0, 97.0, 10.0), glyph("F", 100.0, 107.0, 100.0, 10.0)]);
        assert_eq!(texts(&compose(&p).unwrap()), ["", "F\u{303}"]);
        // An accent beside a letter, not over it, stays.
        let p = page(vec![glyph("a", 100.0, 105.0, 100.0, 10.0), glyph("˜", 108.0, 113.0, 100.0, 10.0)]);
        assert!(compose(&p).is_none());
    }

    #[test]
    fn negation_slash_goes_after_the_relation_it_strikes() {
        let p = page(vec![
            glyph("x", 90.0, 96.0, 100.0, 10.0),
            glyph("\u{338}", 100.0, 100.5, 100.0, 10.0),
            glyph("=", 99.0, 107.0, 100.0, 10.0),
            glyph("y", 110.0, 116.0, 100.0, 10.0),
        ]);
        assert_eq!(texts(&compose(&p).unwrap()), ["x", "", "=\u{338}", "y"]);
    }

    #[test]
    fn a_stacked_relation_is_one_sign_in_drawing_order() {
        // TeX's \cong: "∼" raised 3 pt over "=", same centre, drawn first.
        let p = page(vec![
            glyph("A", 90.0, 97.0, 100.0, 10.0),
            glyph("∼", 100.0, 108.0, 97.0, 10.0),
            glyph("=", 100.0, 108.0, 100.0, 10.0),
            glyph("B", 111.0, 118.0, 100.0, 10.0),
        ]);
        assert_eq!(texts(&compose(&p).unwrap()), ["A", "", "∼=", "B"]);
        // Side by side ("= −1") or a whole line apart, signs stay as they are.
        let p = page(vec![glyph("=", 100.0, 108.0, 100.0, 10.0), glyph("−", 111.0, 119.0, 100.0, 10.0)]);
        assert!(compose(&p).is_none());
        let p = page(vec![glyph("=", 100.0, 108.0, 100.0, 10.0), glyph("=", 100.0, 108.0, 112.0, 10.0)]);
        assert!(compose(&p).is_none());
    }

    #[test]
    fn maps_to_bar_absorbs_its_arrow() {
        let p = page(vec![glyph("↦", 100.0, 100.1, 100.0, 10.0), glyph("→", 100.0, 110.0, 100.0, 10.0)]);
        assert_eq!(texts(&compose(&p).unwrap()), ["↦", ""]);
        let p = page(vec![glyph("a", 100.0, 106.0, 100.0, 10.0)]);
        assert!(compose(&p).is_none());
    }
}
