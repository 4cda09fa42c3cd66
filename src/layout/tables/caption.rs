//! Captions and notes of a table, and where the table sits on its page.
//!
//! In: a table's area and the page's text rows outside every table. Out: the caption (a
//! labelled row such as "CUADRO 3", "Cuadro N° 4.", "Tabla 2", "Gráfico", "Figura" above the
//! table, or below it; failing a label, a short centred or bold row group right above it)
//! and the notes under it ("Fuente: …", "Elaboración propia", "Nota: …", "(*) …"), each with
//! its area; and whether the table starts or ends its page's text (for joining parts).

use std::sync::OnceLock;

use crate::re::Regex;

use super::tuning::*;
use super::{median, union_boxes, Grid, PartPlacement, TWord, TextRow};

/// Caption and notes found for one table.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Found {
    pub caption: Option<(String, [f32; 4])>,
    pub notes: Vec<(String, [f32; 4])>,
    /// Tops of the rows used (to tell them apart from body text).
    pub used: Vec<f32>,
}

fn label_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // The caption words are the block roles' ([`crate::layout::headings::CAPTION_WORDS`]).
        Regex::new(&format!(
            r"(?i)^({})\s+(n\s*[°º.o]\s*\.?\s*|nro\.?\s*)?([0-9]+|[ivxlc]+\b|[a-z]\b)([.\-–][0-9]+)*",
            crate::layout::headings::CAPTION_WORDS
        ))
        .expect("static regex")
    })
}

fn note_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // The note words are the block roles' ([`crate::layout::headings::NOTE_WORDS`]).
        Regex::new(&format!(
            r"(?i)^({}|nota\s+\d+)\b|^\(\*+\)|^\*+\s|^\(\d{{1,2}}\)\s|^\(?[a-z]\)\s",
            crate::layout::headings::NOTE_WORDS
        ))
        .expect("static regex")
    })
}

fn label_note_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^\p{Lu}[\p{L}]+(\s[\p{L}]+)?\s?:\s").expect("static regex"))
}

/// True when the text starts like a table or figure caption.
pub(crate) fn is_caption_label(text: &str) -> bool {
    label_re().is_match(text.trim())
}

/// True when the text starts like a note under a table.
pub(crate) fn is_note_start(text: &str) -> bool {
    note_re().is_match(text.trim())
}

/// The part of a row lying over the table's columns.
fn clip(row: &TextRow, x0: f32, x1: f32) -> Option<TextRow> {
    let slack = CAPTION_CLIP_SLACK * (x1 - x0);
    let words: Vec<TWord> =
        row.words.iter().filter(|w| w.cx() >= x0 - slack && w.cx() <= x1 + slack).cloned().collect();
    let bbox = union_boxes(words.iter().map(|w| w.bbox))?;
    Some(TextRow { words, bbox, size: row.size })
}

/// Finds the caption and notes of the table with area `bbox` (`me` is its index in `boxes`).
/// `height` is the page height (0 when unknown): rows in its top and bottom tenth (running
/// headers and footers) are never taken as an unlabelled caption.
pub(crate) fn attach(bbox: &[f32; 4], rows: &[TextRow], boxes: &[[f32; 4]], me: usize, height: f32) -> Found {
    let page_size = median(rows.iter().map(|r| r.size).collect()).unwrap_or(CAPTION_SIZE_DEFAULT);
    let blocked = |y0: f32, y1: f32| {
        boxes.iter().enumerate().any(|(i, b)| i != me && b[1] < y1 && b[3] > y0 && b[0] < bbox[2] && b[2] > bbox[0])
    };
    let clipped: Vec<TextRow> = rows.iter().filter_map(|r| clip(r, bbox[0], bbox[2])).collect();
    let above: Vec<&TextRow> = clipped
        .iter()
        .rev()
        .filter(|r| r.bbox[3] <= bbox[1] + CAPTION_EDGE_TOL_PT && !blocked(r.bbox[3], bbox[1]))
        .collect();
    let below: Vec<&TextRow> =
        clipped.iter().filter(|r| r.bbox[1] >= bbox[3] - CAPTION_EDGE_TOL_PT && !blocked(bbox[3], r.bbox[1])).collect();
    let mut found = Found::default();
    // Rows right above, nearest first, while they stay close together.
    let group = close_group(&above, bbox[1], CAPTION_ABOVE_FIRST_GAP, CAPTION_ABOVE_GAP, CAPTION_ABOVE_ROWS, true);
    let caption_rows: Vec<&TextRow> = if let Some(k) = group.iter().rposition(|r| is_caption_label(&r.text())) {
        group[..=k].to_vec()
    } else if group.len() <= TITLE_MAX_ROWS
        && !group.is_empty()
        && looks_like_title(&group, bbox)
        && (height <= 0.0
            || group.iter().all(|r| r.bbox[1] > PAGE_TOP_BAND * height && r.bbox[3] < PAGE_BOTTOM_BAND * height)
            || heading_right_above(&group, bbox, page_size))
    {
        group.clone()
    } else {
        Vec::new()
    };
    let mut below_from = 0;
    if !caption_rows.is_empty() {
        let mut rs = caption_rows.clone();
        rs.reverse();
        found.caption = Some(join_rows(&rs));
    } else if let Some(first) = below.first() {
        if first.bbox[1] - bbox[3] <= CAPTION_BELOW_FIRST_GAP * first.size && is_caption_label(&first.text()) {
            let g = close_group(&below, bbox[3], CAPTION_BELOW_FIRST_GAP, CAPTION_BELOW_GAP, CAPTION_BELOW_ROWS, false);
            let k = g.iter().skip(1).position(|r| is_note_start(&r.text())).map_or(g.len(), |p| p + 1);
            found.caption = Some(join_rows(&g[..k]));
            below_from = k;
        }
    }
    found.used.extend(caption_rows.iter().map(|r| r.bbox[1]));
    // Notes under the table (or under a caption below it).
    let mut y = found.caption.as_ref().filter(|_| below_from > 0).map_or(bbox[3], |c| c.1[3]);
    let mut current: Vec<&TextRow> = Vec::new();
    let mut first = true;
    for r in below.iter().skip(below_from) {
        let gap = r.bbox[1] - y;
        let text = r.text();
        let starts = is_note_start(&text)
            || (first
                && gap <= NOTE_LABEL_GAP * r.size
                && r.size < page_size - NOTE_SMALLER_PT
                && label_note_re().is_match(&text));
        if starts && gap <= if first { NOTE_FIRST_GAP } else { NOTE_NEXT_GAP } * r.size.max(1.0) {
            if !current.is_empty() {
                found.notes.push(join_rows(&current));
            }
            current = vec![r];
        } else if current.first().is_some_and(|f| continues_note(f, r, gap, page_size)) {
            current.push(r);
        } else {
            break;
        }
        found.used.push(r.bbox[1]);
        y = r.bbox[3];
        first = false;
    }
    if !current.is_empty() {
        found.notes.push(join_rows(&current));
    }
    found
}

/// Whether row `r`, `gap` below the previous one, goes on with the note that starts with `first`:
/// same size, tight leading, and not body-size text after a smaller note.
fn continues_note(first: &TextRow, r: &TextRow, gap: f32, body: f32) -> bool {
    let same_size = (r.size - first.size).abs() <= NOTE_SAME_SIZE_PT;
    let small_note = first.size < body - NOTE_SMALLER_PT;
    same_size && gap <= NOTE_LINE_GAP * r.size.max(1.0) && !(small_note && r.size >= body - NOTE_SMALLER_PT)
}

/// Rows from `from` outwards (`up` or down) whose gaps stay small.
fn close_group<'a>(
    rows: &[&'a TextRow],
    from: f32,
    first_gap: f32,
    gap: f32,
    max: usize,
    up: bool,
) -> Vec<&'a TextRow> {
    let mut out = Vec::new();
    let mut edge = from;
    for r in rows.iter().take(max) {
        let d = if up { edge - r.bbox[3] } else { r.bbox[1] - edge };
        let lim = if out.is_empty() { first_gap } else { gap } * r.size.max(1.0);
        // A change of font size ends the group (a caption is set apart from the body).
        let same = out.first().is_none_or(|f: &&TextRow| (f.size - r.size).abs() <= GROUP_SAME_SIZE_PT);
        if d > lim || !same {
            break;
        }
        out.push(*r);
        edge = if up { r.bbox[1] } else { r.bbox[3] };
    }
    out
}

/// A title in the page's top band (where running headers live) is still the table's when it
/// stands out as a heading (bold or larger than the body text) and sits right above the grid.
fn heading_right_above(group: &[&TextRow], bbox: &[f32; 4], body: f32) -> bool {
    let Some(nearest) = group.first() else { return false };
    let close = bbox[1] - nearest.bbox[3] <= HEADING_ABOVE_GAP * nearest.size.max(1.0);
    let heading = group.iter().all(|r| r.words.iter().all(|w| w.bold) || r.size >= body + HEADING_LARGER_PT);
    close && heading
}

/// A short group centred over the table, or all bold: a caption without a label.
fn looks_like_title(group: &[&TextRow], bbox: &[f32; 4]) -> bool {
    let width = bbox[2] - bbox[0];
    let centre = (bbox[0] + bbox[2]) / 2.0;
    // Every row centred over the table, and at least one clearly indented (a justified
    // prose line is centred too, but spans the whole width).
    let centred = group.iter().all(|r| ((r.bbox[0] + r.bbox[2]) / 2.0 - centre).abs() <= TITLE_CENTRE_TOL * width)
        && group
            .iter()
            .any(|r| r.bbox[0] > bbox[0] + TITLE_INDENT * width && r.bbox[2] < bbox[2] - TITLE_INDENT * width);
    let bold = group.iter().all(|r| r.words.iter().all(|w| w.bold));
    let text = group.iter().map(|r| r.text()).collect::<Vec<_>>().join(" ");
    let sentence_end = text.trim_end().ends_with(':');
    // A row of years or numbers over the grid is a header row left outside the rules.
    let words = text.chars().any(char::is_alphabetic);
    (centred || bold) && !sentence_end && words && text.split_whitespace().count() <= TITLE_MAX_WORDS
}

fn join_rows(rows: &[&TextRow]) -> (String, [f32; 4]) {
    let text = rows.iter().map(|r| r.text()).collect::<Vec<_>>().join("\n");
    let bbox = union_boxes(rows.iter().map(|r| r.bbox)).unwrap_or([0.0; 4]);
    (text, bbox)
}

/// Whether the table (with its caption and notes) starts or ends the page's body text. Rows
/// in the top or bottom tenth of the page (running headers, folios) and rows smaller than
/// the body text under the table (footnotes) do not count.
pub(crate) fn placement(g: &Grid, found: &Found, rows: &[TextRow], boxes: &[[f32; 4]], height: f32) -> PartPlacement {
    let body = median(rows.iter().map(|r| r.size).collect()).unwrap_or(CAPTION_SIZE_DEFAULT);
    let page_h = if height > 0.0 {
        height
    } else {
        rows.iter().map(|r| r.bbox[3]).chain(boxes.iter().map(|b| b[3])).fold(0.0, f32::max)
    };
    let top_band = PAGE_TOP_BAND * page_h;
    let bottom_band = PAGE_BOTTOM_BAND * page_h;
    let mine = |r: &TextRow| found.used.iter().any(|&t| (t - r.bbox[1]).abs() < 0.01);
    let above_top = found.caption.as_ref().map_or(g.bbox[1], |c| c.1[1].min(g.bbox[1]));
    let starts_page =
        !rows.iter().any(|r| r.bbox[3] <= above_top + PLACEMENT_TOL_PT && r.bbox[1] > top_band && !mine(r))
            && !boxes.iter().any(|b| b[3] <= g.bbox[1] - PLACEMENT_TOL_PT);
    let below_bottom = found.notes.iter().map(|n| n.1[3]).fold(g.bbox[3], f32::max);
    let ends_page = !rows.iter().any(|r| {
        r.bbox[1] >= below_bottom - PLACEMENT_TOL_PT
            && r.bbox[3] < bottom_band
            && !mine(r)
            && r.size >= body - PLACEMENT_SMALLER_PT
    }) && !boxes.iter().any(|b| b[1] >= g.bbox[3] + PLACEMENT_TOL_PT);
    PartPlacement { col_edges: g.col_edges.clone(), starts_page, ends_page }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caption_labels() {
        for (s, want) in [
            ("CUADRO 3. Matriz", true),
            ("Cuadro N° 4. Etapa", true),
            ("Cuadro Nº 1. Actividades", true),
            ("Cuadro N° 01. Etapa", true),
            ("Tabla 2: Resultados", true),
            ("Gráfico 5", true),
            ("Figura 1.2 Mapa", true),
            ("Table 1", true),
            ("Cuadros de mando integrales son útiles", false),
            ("La tabla muestra", false),
        ] {
            assert_eq!(is_caption_label(s), want, "{s}");
        }
    }

    #[test]
    fn note_starts() {
        for (s, want) in [
            ("Fuente: MEF. Elaboración: GPC.", true),
            ("Elaboración propia.", true),
            ("Nota: cifras preliminares", true),
            ("(*) TPP: Trans Pacific Partnership", true),
            ("Fuentes: INEI", true),
            ("La fuente principal es", false),
            ("Notable crecimiento", false),
        ] {
            assert_eq!(is_note_start(s), want, "{s}");
        }
    }
}
