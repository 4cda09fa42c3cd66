//! Test helpers: synthetic [`TextPage`]s built glyph by glyph (no PDF needed).
//!
//! In: text runs with a position, size and font. Out: a page whose glyphs have the boxes a
//! text layer would give (advance 0.5 em per character, ascent 0.8 em, descent 0.2 em).

use super::{Line, Word};
use crate::pdf::{FontInfo, Glyph, Rule, TextPage};

/// Font index of the regular face in pages built here.
pub const REGULAR: u32 = 0;
/// Font index of the bold face.
pub const BOLD: u32 = 1;
/// Font index of the italic face.
pub const ITALIC: u32 = 2;

/// Builds a [`TextPage`] (A4 by default).
pub struct PageBuilder {
    /// The page being built.
    pub page: TextPage,
}

impl PageBuilder {
    /// An empty A4 page numbered 1.
    pub fn new() -> Self {
        Self::numbered(1)
    }

    /// An empty A4 page with the given number.
    pub fn numbered(number: u32) -> Self {
        let font = |name: &str, bold, italic| FontInfo { name: name.into(), bold, italic, monospace: false };
        PageBuilder {
            page: TextPage {
                number,
                width: 595.0,
                height: 842.0,
                fonts: vec![
                    font("Serif", false, false),
                    font("Serif-Bold", true, false),
                    font("Serif-Italic", false, true),
                ],
                ..Default::default()
            },
        }
    }

    /// Places `s` (spaces become space glyphs) starting at `x` on `baseline`; returns the end x.
    pub fn text(&mut self, x: f32, baseline: f32, size: f32, s: &str) -> f32 {
        self.text_font(x, baseline, size, s, REGULAR)
    }

    /// Same as [`Self::text`]; the name says that no space glyph precedes the run.
    pub fn text_nospace(&mut self, x: f32, baseline: f32, size: f32, s: &str) -> f32 {
        self.text_font(x, baseline, size, s, REGULAR)
    }

    /// Places `s` as a text object of its own (`BT … ET`): its first glyph opens the object.
    pub fn text_object(&mut self, x: f32, baseline: f32, size: f32, s: &str) -> f32 {
        let first = self.page.glyphs.len();
        let end = self.text_font(x, baseline, size, s, REGULAR);
        if let Some(g) = self.page.glyphs.get_mut(first) {
            g.object_start = true;
        }
        end
    }

    /// Places `s` in font `font`.
    pub fn text_font(&mut self, x: f32, baseline: f32, size: f32, s: &str, font: u32) -> f32 {
        let mut x = x;
        let w = 0.5 * size;
        for c in s.chars() {
            self.page.glyphs.push(Glyph {
                text: std::iter::once(c).collect(),
                bbox: [x, baseline - 0.8 * size, x + w, baseline + 0.2 * size],
                baseline,
                size,
                font,
                invisible: false,
                artifact: false,
                rotated: false,
                angle: 0.0,
                color: 0,
                object_start: false,
            });
            x += w;
        }
        x
    }

    /// Places a line of text that fills exactly `[x0, x1]` (justified: the spaces stretch).
    pub fn justified(&mut self, x0: f32, x1: f32, baseline: f32, size: f32, s: &str) {
        self.justified_font(x0, x1, baseline, size, s, REGULAR)
    }

    /// [`Self::justified`] in font `font`.
    pub fn justified_font(&mut self, x0: f32, x1: f32, baseline: f32, size: f32, s: &str, font: u32) {
        let words: Vec<&str> = s.split(' ').collect();
        let letters: usize = words.iter().map(|w| w.chars().count()).sum();
        let w = 0.5 * size;
        let gaps = words.len().saturating_sub(1).max(1) as f32;
        let space = ((x1 - x0) - letters as f32 * w) / gaps;
        let mut x = x0;
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                self.page.glyphs.push(Glyph {
                    text: " ".into(),
                    bbox: [x, baseline - 0.8 * size, x + space, baseline + 0.2 * size],
                    baseline,
                    size,
                    font,
                    invisible: false,
                    artifact: false,
                    rotated: false,
                    angle: 0.0,
                    color: 0,
                    object_start: false,
                });
                x += space;
            }
            x = self.text_font(x, baseline, size, word, font);
        }
    }

    /// Adds a horizontal rule.
    pub fn rule(&mut self, x0: f32, y: f32, x1: f32) {
        self.page.rules.push(Rule { x0, y0: y, x1, y1: y });
    }
}

impl Default for PageBuilder {
    fn default() -> Self {
        Self::new()
    }
}

/// A glyph `text` from `x0` to `x1` on `baseline` at `size` (ascent 0.8 em, descent 0.2 em),
/// regular face, for tests that build a page's glyphs one by one.
pub fn glyph(text: &str, x0: f32, x1: f32, baseline: f32, size: f32) -> Glyph {
    Glyph {
        text: text.into(),
        bbox: [x0, baseline - 0.8 * size, x1, baseline + 0.2 * size],
        baseline,
        size,
        font: REGULAR,
        invisible: false,
        artifact: false,
        rotated: false,
        angle: 0.0,
        color: 0,
        object_start: false,
    }
}

/// A 10 pt word `t` at `x` on baseline `base`, drawn `seq`-th in the content stream (0.5 em
/// per character), for tests of line-level steps that need no page.
pub fn word(t: &str, x: f32, base: f32, seq: u32) -> Word {
    let w = 5.0 * t.chars().count() as f32;
    Word {
        text: t.into(),
        bbox: [x, base - 8.0, x + w, base + 2.0],
        baseline: base,
        size: 10.0,
        font: 0,
        bold: false,
        italic: false,
        superscript: false,
        seq,
    }
}

/// A 10 pt line of `words` (at least one), on the first word's baseline.
pub fn line(words: Vec<Word>) -> Line {
    let bbox = words
        .iter()
        .map(|w| w.bbox)
        .reduce(|a, b| [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])])
        .unwrap_or_default();
    Line { baseline: words.first().map_or(0.0, |w| w.baseline), size: 10.0, bbox, words }
}
