//! Builders of synthetic pages for the table tests: words placed at given positions, lines
//! of words, and ruling grids, without any PDF.

#![allow(dead_code)]

use legajo::layout::{Line, Word};
use legajo::pdf::{Rule, TextPage};

/// Width of one character, as a fraction of the font size.
pub const CHAR_W: f32 = 0.5;
/// Width of a word space, as a fraction of the font size.
pub const SPACE_W: f32 = 0.25;

/// One word at `x` on `baseline`.
pub fn word(text: &str, x: f32, baseline: f32, size: f32, bold: bool) -> Word {
    let w = CHAR_W * size * text.chars().count() as f32;
    Word {
        text: text.into(),
        bbox: [x, baseline - 0.8 * size, x + w, baseline + 0.2 * size],
        baseline,
        size,
        font: u32::from(bold),
        bold,
        italic: false,
        superscript: false,
        seq: 0,
    }
}

/// Words of `text` set from `x` with normal word spaces; returns the words and the end x.
pub fn words_of(text: &str, x: f32, baseline: f32, size: f32, bold: bool) -> (Vec<Word>, f32) {
    let mut out = Vec::new();
    let mut x = x;
    for t in text.split_whitespace() {
        let w = word(t, x, baseline, size, bold);
        x = w.bbox[2] + SPACE_W * size;
        out.push(w);
    }
    (out, x - SPACE_W * size)
}

/// Width `text` takes.
pub fn width_of(text: &str, size: f32) -> f32 {
    let (_, end) = words_of(text, 0.0, 0.0, size, false);
    end
}

/// A line from words.
pub fn line(words: Vec<Word>) -> Line {
    let mut bbox = [f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY];
    for w in &words {
        bbox = [bbox[0].min(w.bbox[0]), bbox[1].min(w.bbox[1]), bbox[2].max(w.bbox[2]), bbox[3].max(w.bbox[3])];
    }
    let (baseline, size) = words.first().map_or((0.0, 10.0), |w| (w.baseline, w.size));
    Line { words, bbox, baseline, size }
}

/// A line of pieces of text, each starting at its own x (`right` aligns the piece's end there).
pub fn cells_line(cells: &[(&str, f32)], baseline: f32, size: f32, bold: bool) -> Line {
    let mut ws = Vec::new();
    for (t, x) in cells {
        ws.extend(words_of(t, *x, baseline, size, bold).0);
    }
    line(ws)
}

/// A line with pieces right-aligned at their x.
pub fn right_line(cells: &[(&str, f32)], baseline: f32, size: f32) -> Line {
    let mut ws = Vec::new();
    for (t, x) in cells {
        let x0 = x - width_of(t, size);
        ws.extend(words_of(t, x0, baseline, size, false).0);
    }
    line(ws)
}

/// A plain text line from `x`.
pub fn text_line(text: &str, x: f32, baseline: f32, size: f32) -> Line {
    line(words_of(text, x, baseline, size, false).0)
}

/// Horizontal rule.
pub fn hrule(x0: f32, x1: f32, y: f32) -> Rule {
    Rule { x0, y0: y, x1, y1: y }
}

/// Vertical rule.
pub fn vrule(x: f32, y0: f32, y1: f32) -> Rule {
    Rule { x0: x, y0, x1: x, y1 }
}

/// Full ruling grid on the given column and row boundaries, drawn cell by cell (as office
/// suites do: every cell border is its own short segment).
pub fn grid_rules(xs: &[f32], ys: &[f32]) -> Vec<Rule> {
    let mut out = Vec::new();
    for y in ys {
        for w in xs.windows(2) {
            out.push(hrule(w[0], w[1], *y));
        }
    }
    for x in xs {
        for w in ys.windows(2) {
            out.push(vrule(*x, w[0], w[1]));
        }
    }
    out
}

/// An A4 page with these rules.
pub fn page(number: u32, rules: Vec<Rule>) -> TextPage {
    TextPage { number, width: 595.0, height: 842.0, rules, ..Default::default() }
}

/// A paragraph of `n` lines of prose from `x`, `width` wide, starting at `baseline`.
pub fn prose(n: usize, x: f32, baseline: f32, width: f32, size: f32) -> Vec<Line> {
    let vocab = [
        "la",
        "política",
        "exterior",
        "del",
        "Perú",
        "se",
        "orienta",
        "a",
        "la",
        "promoción",
        "de",
        "los",
        "intereses",
        "nacionales",
        "en",
        "el",
        "ámbito",
        "regional",
        "y",
        "global",
        "con",
        "énfasis",
        "desarrollo",
        "sostenible",
    ];
    let mut out = Vec::new();
    let mut k = 0;
    for i in 0..n {
        let mut ws = Vec::new();
        let mut cx = x;
        loop {
            let t = vocab[k % vocab.len()];
            let w = word(t, cx, baseline + i as f32 * size * 1.2, size, false);
            if w.bbox[2] > x + width {
                break;
            }
            k += 1;
            cx = w.bbox[2] + SPACE_W * size;
            ws.push(w);
        }
        out.push(line(ws));
    }
    out
}
