//! Table detection: ruled (lattice) and unruled (stream) tables as cell grids.
//!
//! In: one page's [`TextPage`] (ruling lines, rectangles) and its [`Line`]s. Out: the
//! [`PageTable`]s on that page, each with its area, cell grid, header rows, caption and notes;
//! and, for a document, the page parts of tables that continue over pages joined into one
//! [`Table`](crate::model::Table) ([`assemble`]). Found grids are scored against expected ones
//! in [`crate::eval::adjacency`].
//!
//! - `lattice`: grids from ruling segments (merged cells from missing inner borders).
//! - `inner`: columns and rows inside a ruled grid that its rules do not draw.
//! - `stream`: grids from text alignment and whitespace (also booktabs tables).
//! - `caption`: captions above/below a table and notes under it.
//! - `merge`: joining parts of a table over consecutive pages.

mod area;
mod caption;
mod centred;
mod channels;
mod columns;
mod gutters;
mod header_lines;
mod inner;
mod justified;
mod labels;
mod lattice;
mod logical;
mod merge;
mod sides;
mod signs;
mod spans;
mod stream;
mod tuning;

pub use merge::{assemble, settle_weak};

use std::cmp::Ordering;

use crate::layout::Line;
use crate::model::MergedCell;
use crate::pdf::TextPage;
use tuning::{
    GLUE_TOUCH, INSIDE_TOL_PT, MAX_WORDS, MIN_SIZE_PT, ROW_BASELINE_TOL, ROW_SIZE_FLOOR_PT, SIZE_DEFAULT_PT,
    SUBSTANTIVE_LETTERS, SUBSTANTIVE_SHARE,
};

/// How a table part sits on its page, for joining parts over pages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartPlacement {
    /// Left x of each column and the right x of the last one (`cols + 1` values).
    pub col_edges: Vec<f32>,
    /// No body text between the top of the page's text area and the table (nor a caption).
    pub starts_page: bool,
    /// No body text between the table (and its notes) and the bottom of the text area.
    pub ends_page: bool,
}

/// A table (or the part of a table) found on one page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageTable {
    /// 1-based page.
    pub page: u32,
    /// `[x0, top, x1, bottom]` of the grid.
    pub bbox: [f32; 4],
    /// Cell texts, every row the same length; merged cells keep their text in the top-left cell;
    /// a cell's wrapped lines are separated by `\n`.
    pub rows: Vec<Vec<String>>,
    /// Spanning cells.
    pub merged_cells: Vec<MergedCell>,
    /// Leading header rows.
    pub header_rows: usize,
    /// `lattice` or `stream`.
    pub method: &'static str,
    /// Caption text and its area, if one was found just above or below.
    pub caption: Option<(String, [f32; 4])>,
    /// Notes under the table ("Fuente: …") and their areas.
    pub notes: Vec<(String, [f32; 4])>,
    /// Where the part sits on the page (used by [`assemble`]).
    pub placement: PartPlacement,
    /// Two columns that could as well be text set side by side, at the top of the page with
    /// no caption: a table only as the continuation of one from the page before
    /// ([`settle_weak`] decides; [`find_tables`] leaves such parts out).
    pub weak: bool,
}

/// A word as the detectors see it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TWord {
    pub text: String,
    pub bbox: [f32; 4],
    pub baseline: f32,
    pub size: f32,
    pub bold: bool,
}

impl TWord {
    pub fn cx(&self) -> f32 {
        (self.bbox[0] + self.bbox[2]) / 2.0
    }
    pub fn cy(&self) -> f32 {
        (self.bbox[1] + self.bbox[3]) / 2.0
    }
}

/// A grid found by one of the detectors, before captions are attached.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Grid {
    pub bbox: [f32; 4],
    pub rows: Vec<Vec<String>>,
    pub merged: Vec<MergedCell>,
    pub header_rows: usize,
    pub method: &'static str,
    pub col_edges: Vec<f32>,
    /// Only kept with a labelled caption ("Cuadro 3", "Table 2") or as the continuation of a
    /// table from the page before ([`settle_weak`]): a grid that could as well be text columns
    /// side by side.
    pub weak: bool,
}

/// Finds the tables on one page.
pub fn find_tables(page: &TextPage, lines: &[Line]) -> Vec<PageTable> {
    find_parts(page, lines).into_iter().filter(|t| !t.weak).collect()
}

/// [`find_tables`], with the weak parts that may continue a table from the page before
/// ([`PageTable::weak`]), for [`settle_weak`] to judge.
pub fn find_parts(page: &TextPage, lines: &[Line]) -> Vec<PageTable> {
    let mut words = collect_words(lines);
    let mut order = reading_order(&words);
    if justified::close_up(&mut words, &order, page) {
        order = reading_order(&words);
    }
    let mut rows_outside = RowsOutside { words: &words, order, cached: None };
    let mut grids = lattice::find(page, &words);
    let taken: Vec<[f32; 4]> = grids.iter().map(|g| g.bbox).collect();
    grids.extend(area::find(page, rows_outside.of(&taken), &taken));
    let taken: Vec<[f32; 4]> = grids.iter().map(|g| g.bbox).collect();
    grids.extend(stream::find(page, rows_outside.of(&taken), &taken));
    in_columns(page, lines, &words, &rows_outside.order, &mut grids);
    grids.sort_by(|a, b| a.bbox[1].total_cmp(&b.bbox[1]).then(a.bbox[0].total_cmp(&b.bbox[0])));
    let boxes: Vec<[f32; 4]> = grids.iter().map(|g| g.bbox).collect();
    let rows = rows_outside.of(&boxes);
    let mut out = Vec::with_capacity(grids.len());
    for (i, g) in grids.into_iter().enumerate() {
        let found = caption::attach(&g.bbox, rows, &boxes, i, page.height);
        let weak = g.weak && !found.caption.as_ref().is_some_and(|c| caption::is_caption_label(&c.0));
        if weak && found.caption.as_ref().is_some_and(|c| !merge::continuation_caption(&c.0)) {
            continue;
        }
        let placement = caption::placement(&g, &found, rows, &boxes, page.height);
        if weak && !placement.starts_page {
            continue;
        }
        out.push(PageTable {
            page: page.number,
            bbox: g.bbox,
            rows: g.rows,
            merged_cells: g.merged,
            header_rows: g.header_rows,
            method: g.method,
            caption: found.caption,
            notes: found.notes,
            placement,
            weak,
        });
    }
    out
}

/// Unruled tables set inside one text column of a multi-column page ([`columns`]): the
/// unruled finder once more on each side of the inner column margins, keeping the grids
/// that overlap none found on the whole page.
/// `order` is `words` in [`reading_cmp`] order ([`RowsOutside`]): a side's words taken in
/// that order group into the rows [`text_rows`] makes of them.
fn in_columns(page: &TextPage, lines: &[Line], words: &[TWord], order: &[usize], grids: &mut Vec<Grid>) {
    let margins = columns::inner_margins(lines);
    if margins.is_empty() {
        return;
    }
    let taken: Vec<[f32; 4]> = grids.iter().map(|g| g.bbox).collect();
    let free = order.iter().map(|&i| &words[i]).filter(|w| !taken.iter().any(|b| inside(b, w)));
    for side in columns::sides(free, &margins) {
        for g in stream::find(page, &group_rows(side.into_iter()), &taken) {
            if !grids.iter().any(|o| overlaps(&o.bbox, &g.bbox)) {
                grids.push(g);
            }
        }
    }
}

/// True when two boxes share some area.
fn overlaps(a: &[f32; 4], b: &[f32; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Every visible word of the page's lines (bounded). A raised small word (an exponent, a
/// note mark) stays on its line's baseline, glued to the words it touches (`km²)` is one word).
fn collect_words(lines: &[Line]) -> Vec<TWord> {
    let mut out: Vec<TWord> = Vec::new();
    for l in lines {
        let first = out.len();
        let mut after_raised = false;
        for w in &l.words {
            if out.len() >= MAX_WORDS {
                return out;
            }
            let t = w.text.trim();
            if t.is_empty() || !w.bbox.iter().all(|v| v.is_finite()) || !w.size.is_finite() {
                continue;
            }
            let size = if w.size > MIN_SIZE_PT { w.size } else { (w.bbox[3] - w.bbox[1]).abs().max(1.0) };
            let touch = GLUE_TOUCH * l.size.max(size);
            let glue = (w.superscript || after_raised)
                && out.len() > first
                && out.last().is_some_and(|p| (w.bbox[0] - p.bbox[2]).abs() <= touch);
            match out.last_mut() {
                Some(p) if glue => {
                    p.text.push_str(t);
                    p.bbox = [p.bbox[0], p.bbox[1].min(w.bbox[1]), p.bbox[2].max(w.bbox[2]), p.bbox[3].max(w.bbox[3])];
                }
                _ => {
                    let (baseline, size) = if w.superscript && l.size.is_finite() && l.size > MIN_SIZE_PT {
                        (l.baseline, l.size)
                    } else {
                        (w.baseline, size)
                    };
                    out.push(TWord { text: t.to_string(), bbox: w.bbox, baseline, size, bold: w.bold });
                }
            }
            after_raised = w.superscript;
        }
    }
    out
}

/// True when the word's centre lies in `b`.
pub(crate) fn inside(b: &[f32; 4], w: &TWord) -> bool {
    let (x, y) = (w.cx(), w.cy());
    x >= b[0] - INSIDE_TOL_PT && x <= b[2] + INSIDE_TOL_PT && y >= b[1] - INSIDE_TOL_PT && y <= b[3] + INSIDE_TOL_PT
}

/// A visual row of words on one baseline, left to right.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextRow {
    pub words: Vec<TWord>,
    pub bbox: [f32; 4],
    pub size: f32,
}

impl TextRow {
    pub fn text(&self) -> String {
        join_words(&self.words)
    }
}

/// The text rows of the page's words outside the tables found so far, computed once per set
/// of table areas: the passes (areas, unruled tables, captions) share them, and the words are
/// sorted once for the page (a subset of a stably sorted list is its own stable sort, so the
/// rows are those [`text_rows`] gives for the words outside).
struct RowsOutside<'a> {
    words: &'a [TWord],
    /// Indices of `words` in [`reading_cmp`] order.
    order: Vec<usize>,
    /// The table areas the cached rows were made for (sorted), and those rows.
    cached: Option<(Vec<[f32; 4]>, Vec<TextRow>)>,
}

/// Indices of `words` in [`reading_cmp`] order.
pub(crate) fn reading_order(words: &[TWord]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..words.len()).collect();
    order.sort_by(|&a, &b| reading_cmp(&words[a], &words[b]));
    order
}

impl RowsOutside<'_> {
    /// The rows of the words whose centre is in none of `areas`.
    fn of(&mut self, areas: &[[f32; 4]]) -> &[TextRow] {
        let mut key = areas.to_vec();
        key.sort_by(|a, b| a.iter().zip(b).map(|(x, y)| x.total_cmp(y)).find(|o| o.is_ne()).unwrap_or(Ordering::Equal));
        if self.cached.as_ref().is_none_or(|(k, _)| *k != key) {
            let words = self.words;
            let kept = self.order.iter().map(|&i| &words[i]).filter(|w| !areas.iter().any(|b| inside(b, w)));
            self.cached = Some((key, group_rows(kept)));
        }
        self.cached.as_ref().map_or(&[], |(_, rows)| rows.as_slice())
    }
}

/// The order of words in [`text_rows`]: by baseline, then left edge.
fn reading_cmp(a: &TWord, b: &TWord) -> Ordering {
    a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0]))
}

/// Groups words into rows by baseline (independent of how the layout stage built lines),
/// top to bottom, each row's words left to right.
pub(crate) fn text_rows(words: &[TWord]) -> Vec<TextRow> {
    let mut ws: Vec<&TWord> = words.iter().collect();
    ws.sort_by(|a, b| reading_cmp(a, b));
    group_rows(ws.into_iter())
}

/// [`text_rows`] of words already in [`reading_cmp`] order.
fn group_rows<'w>(ws: impl Iterator<Item = &'w TWord>) -> Vec<TextRow> {
    let mut rows: Vec<Vec<TWord>> = Vec::new();
    let mut base = f32::NEG_INFINITY;
    for w in ws {
        let tol = ROW_BASELINE_TOL * w.size.max(ROW_SIZE_FLOOR_PT);
        match rows.last_mut() {
            Some(r) if (w.baseline - base).abs() <= tol => r.push(w.clone()),
            _ => {
                rows.push(vec![w.clone()]);
                base = w.baseline;
            }
        }
    }
    rows.into_iter()
        .map(|mut ws| {
            ws.sort_by(|a, b| a.bbox[0].total_cmp(&b.bbox[0]));
            let bbox = union_boxes(ws.iter().map(|w| w.bbox)).unwrap_or([0.0; 4]);
            let size = median(ws.iter().map(|w| w.size).collect()).unwrap_or(SIZE_DEFAULT_PT);
            TextRow { words: ws, bbox, size }
        })
        .collect()
}

/// Words joined with single spaces.
pub(crate) fn join_words(ws: &[TWord]) -> String {
    let mut s = String::new();
    for w in ws {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&w.text);
    }
    s
}

/// Text of the words of one cell: visual lines top to bottom joined with `\n` (so that the
/// normaliser decides line-end hyphens as in a paragraph).
pub(crate) fn cell_text(words: &[TWord]) -> String {
    let rows = text_rows(words);
    let parts: Vec<String> = rows.iter().map(TextRow::text).collect();
    parts.join("\n")
}

/// Smallest box holding all boxes.
pub(crate) fn union_boxes(it: impl IntoIterator<Item = [f32; 4]>) -> Option<[f32; 4]> {
    let mut acc: Option<[f32; 4]> = None;
    for b in it {
        acc = Some(match acc {
            None => b,
            Some(a) => [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])],
        });
    }
    acc
}

/// Median of finite values.
pub(crate) fn median(mut v: Vec<f32>) -> Option<f32> {
    v.retain(|x| x.is_finite());
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied()
}

/// True when the cell says something: a number or a word of three letters or more, and no
/// unreadable glyphs (U+FFFD).
pub(crate) fn is_substantive(s: &str) -> bool {
    if s.contains('\u{FFFD}') {
        return false;
    }
    let mut run = 0;
    for c in s.chars() {
        if c.is_ascii_digit() {
            return true;
        }
        run = if c.is_alphabetic() { run + 1 } else { 0 };
        if run >= SUBSTANTIVE_LETTERS {
            return true;
        }
    }
    false
}

/// At least 40% of the filled cells are substantive: formulas typeset in aligned pieces,
/// a figure's scattered labels and symbol grids are not tables.
pub(crate) fn substantive(grid: &[Vec<String>]) -> bool {
    let cells: Vec<&String> = grid.iter().flatten().filter(|s| !s.trim().is_empty()).collect();
    let good = cells.iter().filter(|s| is_substantive(s)).count();
    !cells.is_empty() && good * SUBSTANTIVE_SHARE.1 >= cells.len() * SUBSTANTIVE_SHARE.0
}

/// True when the text reads as a number, a percentage or an amount (`1 049 865`, `-27%`, `5.00`).
pub(crate) fn is_numeric(s: &str) -> bool {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let t = t.trim_matches(|c: char| matches!(c, '(' | ')' | '%' | '$' | '€' | '*' | '+' | '-' | '−'));
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | '/' | '%'))
}

/// A 10 pt word at `x0` on baseline `base`, 5 pt a character (the table finders' tests).
#[cfg(test)]
pub(crate) fn test_word(text: &str, x0: f32, base: f32) -> TWord {
    TWord {
        text: text.into(),
        bbox: [x0, base - 8.0, x0 + 5.0 * text.chars().count() as f32, base + 2.0],
        baseline: base,
        size: 10.0,
        bold: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_inside_one_column_of_two() {
        // Two justified text columns; a small unruled table in the left one shares its
        // baselines with the prose of the right one.
        let mut p = crate::layout::testutil::PageBuilder::new();
        let prose = "las metas de cobertura se cumplieron en la costa";
        for k in 0..20 {
            let base = 100.0 + 12.0 * k as f32;
            if !(7..12).contains(&k) {
                p.justified(50.0, 280.0, base, 10.0, prose);
            }
            p.justified(300.0, 530.0, base, 10.0, prose);
        }
        for (k, (a, b, c)) in
            [("Estado", "N°", "Monto"), ("Ejecución", "18", "92 167"), ("Paralizados", "8", "8 448")].iter().enumerate()
        {
            let base = 100.0 + 12.0 * (8 + k) as f32;
            p.text(60.0, base, 10.0, a);
            p.text(150.0, base, 10.0, b);
            p.text(200.0, base, 10.0, c);
        }
        let lines = crate::layout::page_lines(&p.page);
        let tables = find_tables(&p.page, &lines);
        assert_eq!(tables.len(), 1, "{tables:?}");
        let t = &tables[0];
        assert_eq!(
            t.rows,
            vec![vec!["Estado", "N°", "Monto"], vec!["Ejecución", "18", "92 167"], vec!["Paralizados", "8", "8 448"]]
        );
        assert!(t.bbox[2] < 290.0, "{:?}", t.bbox);
    }

    #[test]
    fn a_column_of_wrapped_cells_between_centred_rows() {
        // A table with a rule under its header only, cells centred on their rows: each
        // project name wraps onto two lines, and the code, the place and the amount stand
        // halfway between them, so no line holds a project beside another cell. The last
        // row's second line ends the table right above its note.
        let mut p = crate::layout::testutil::PageBuilder::new();
        let head = [(60.0, "CUI"), (120.0, "Proyecto"), (340.0, "Provincia"), (440.0, "Monto")];
        for (x, t) in head {
            p.text(x, 100.0, 10.0, t);
        }
        p.rule(55.0, 104.0, 540.0);
        let rows = [
            ("2224174", "Ampliación del servicio de salud", "del puesto de Tarata", "Tarata", "38 392 226"),
            ("2566142", "Recuperación del servicio de", "protección en Yauli", "Pacasmayo", "4 827 967"),
            ("2272224", "Mejoramiento de la institución", "educativa de Chuquibamba", "Omate", "19 215 361"),
            ("2225954", "Mejoramiento de la institución", "educativa de Lamas", "Lamas", "32 934 593"),
            ("2309414", "Rehabilitación del camino", "vecinal Chacas", "Juli", "24 615 613"),
        ];
        for (k, (cui, a, b, place, amount)) in rows.iter().enumerate() {
            let mid = 120.0 + 27.0 * k as f32;
            p.text(120.0, mid - 6.7, 10.0, a);
            p.text(60.0, mid, 10.0, cui);
            p.text(340.0, mid, 10.0, place);
            p.text(540.0 - 5.0 * amount.chars().count() as f32, mid, 10.0, amount);
            p.text(120.0, mid + 6.7, 10.0, b);
        }
        p.text(60.0, 270.0, 10.0, "Fuente: registros ficticios.");
        let lines = crate::layout::page_lines(&p.page);
        let tables = find_tables(&p.page, &lines);
        assert_eq!(tables.len(), 1, "{tables:?}");
        let t = &tables[0];
        assert_eq!(t.rows.len(), 6, "{:?}", t.rows);
        assert_eq!(t.rows[0], vec!["CUI", "Proyecto", "Provincia", "Monto"]);
        assert_eq!(
            t.rows[1],
            vec!["2224174", "Ampliación del servicio de salud\ndel puesto de Tarata", "Tarata", "38 392 226"]
        );
        assert_eq!(t.rows[5], vec!["2309414", "Rehabilitación del camino\nvecinal Chacas", "Juli", "24 615 613"]);
    }

    fn w(text: &str, x0: f32, base: f32) -> TWord {
        TWord {
            text: text.into(),
            bbox: [x0, base - 8.0, x0 + 6.0 * text.len() as f32, base + 2.0],
            baseline: base,
            size: 10.0,
            bold: false,
        }
    }

    #[test]
    fn rows_group_by_baseline_and_sort_by_x() {
        let ws = vec![w("b", 50.0, 100.0), w("a", 10.0, 100.5), w("c", 10.0, 114.0)];
        let rows = text_rows(&ws);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].text(), "a b");
        assert_eq!(rows[1].text(), "c");
    }

    #[test]
    fn numeric_texts() {
        for (s, want) in [
            ("610 785", true),
            ("-27%", true),
            ("5.00", true),
            ("1,505", true),
            ("(*)", false),
            ("Salud", false),
            ("2011-2014", false),
            ("", false),
        ] {
            assert_eq!(is_numeric(s), want, "{s}");
        }
    }

    #[test]
    fn raised_words_stay_on_their_line() {
        let word = |text: &str, x0: f32, x1: f32, base: f32, size: f32, superscript: bool| crate::layout::Word {
            text: text.into(),
            bbox: [x0, base - 0.8 * size, x1, base + 0.2 * size],
            baseline: base,
            size,
            font: 0,
            bold: false,
            italic: false,
            superscript,
            seq: 0,
        };
        let words = vec![
            word("Area", 10.0, 30.0, 100.0, 10.0, false),
            word("(km", 33.0, 50.0, 100.0, 10.0, false),
            word("2", 50.2, 53.0, 96.0, 6.0, true),
            word(")", 53.1, 56.0, 100.0, 10.0, false),
        ];
        let line = Line { words, bbox: [10.0, 90.0, 56.0, 102.0], baseline: 100.0, size: 10.0 };
        let ws = collect_words(&[line]);
        let texts: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, vec!["Area", "(km2)"]);
        assert_eq!(text_rows(&ws).len(), 1);
    }

    #[test]
    fn substantive_cells() {
        for (s, want) in
            [("Salud", true), ("5", true), ("x1", true), ("a", false), ("⎛", false), ("M =", false), ("� ��", false)]
        {
            assert_eq!(is_substantive(s), want, "{s}");
        }
        let g = |cells: &[&str]| vec![cells.iter().map(|c| c.to_string()).collect::<Vec<String>>()];
        assert!(!substantive(&g(&["(", ")", "a", "b", "M =", "c", "d"])));
        assert!(substantive(&g(&["Carbon dioxide", "100", "-", "-"])));
    }

    #[test]
    fn cell_text_joins_visual_lines() {
        let ws = vec![w("descentrali-", 10.0, 100.0), w("Ley", 10.0, 88.0), w("zación.", 10.0, 112.0)];
        assert_eq!(cell_text(&ws), "Ley\ndescentrali-\nzación.");
    }
}
