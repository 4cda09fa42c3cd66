//! Footnotes: the zone at the foot of a page, split into numbered notes.
//!
//! In: one page's lines (those not yet taken by furniture or tables), its ruling lines, the
//! document's body font size. Out: the lines of the footnote zone, and that zone split
//! into notes, each with its number (the mark removed from its text).
//!
//! The zone is found in one of two ways:
//! - under a short separator rule (a lone horizontal rule narrower than 60% of the page,
//!   in the lower part of the page, not part of a grid) when every line below it, from
//!   the rule's left edge, is smaller than the body text, and no line of body text runs
//!   under it (notes are the foot of the page; a formula's brace has text below it);
//! - without a rule: the run of lines smaller than the body text at the bottom of the
//!   page, from the first of them that starts with a note mark (a raised number, or a
//!   number that the body text of the page also carries as a raised mark).
//!
//! A note starts at a line whose first word is a raised number, a plain number that
//! continues the numbering (or starts it again at 1), or such a number glued to the first
//! word ("1El"). Lines before the first mark continue the last note of an earlier page.
//! The zone is cut at the body's gutters where no zone line crosses them, and each part is
//! read on its own, left to right: notes set side by side at the foot of two columns.

use super::order::{reading_order, Item};
use super::stacked::is_prose;
use super::tuning::*;
use super::{Line, Word};
use crate::pdf::TextPage;

/// One footnote (or the continuation of one) on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// Its number; `None` for a continuation of an earlier page's note.
    pub number: Option<u32>,
    /// Its rows of words, mark removed.
    pub rows: Vec<Vec<Word>>,
    /// `[x0, top, x1, bottom]`.
    pub bbox: [f32; 4],
}

/// The number of a footnote, read from its digits: one to [`NOTE_NUMBER_DIGITS`] ASCII
/// digits, not 0. The mark in the text and the number that opens the note are both read by
/// it, in PDFs ([`mark_number`], [`note_opening`]) and in plain text (`textinput`).
pub fn note_number(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.len() > NOTE_NUMBER_DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

/// The number that opens a footnote's text, as [`note_opening`] reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening<'a> {
    /// The note's number.
    pub number: u32,
    /// The text after the number and the `.` or `)` closing it (untrimmed).
    pub after: &'a str,
    /// The number is glued to a capitalised first word ("1El").
    pub glued: bool,
}

/// The note number at the start of `text`, if it opens like a footnote: the number
/// ([`note_number`]), closed by any `.` or `)`, then the end of the text or a space
/// (`3`, `3.`, `3) Texto`, `3 Texto`); or the number glued to a capitalised word (`1El`).
/// In a PDF the text is the note's first word; in plain text, its first line.
pub fn note_opening(text: &str) -> Option<Opening<'_>> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let number = note_number(&text[..digits])?;
    let rest = &text[digits..];
    if rest.chars().next().is_some_and(char::is_uppercase) {
        return Some(Opening { number, after: rest, glued: true });
    }
    let after = rest.trim_start_matches(['.', ')']);
    (after.is_empty() || after.starts_with(char::is_whitespace)).then_some(Opening { number, after, glued: false })
}

/// True when note number `n` may follow the note numbered `expected - 1`: it is the next
/// one, or 1 (numbering that starts again, per chapter or per page).
pub fn continues_numbering(n: u32, expected: u32) -> bool {
    n == expected || n == 1
}

/// The raised (or plain) number a word is, if it is one: "3", "12", "3)", "3.".
pub fn mark_number(w: &Word) -> Option<u32> {
    note_opening(&w.text).filter(|o| !o.glued && o.after.is_empty()).map(|o| o.number)
}

fn is_horizontal(r: &crate::pdf::Rule) -> bool {
    (r.y1 - r.y0).abs() <= NOTE_RULE_THICK_PT && (r.x1 - r.x0).abs() >= NOTE_RULE_MIN_PT
}

/// Lines of the footnote zone (indices into `lines`), given which lines are still
/// available (`avail`) and the raised numbers used as marks in the body of this page.
pub fn find_zone(page: &TextPage, lines: &[Line], avail: &[bool], body: f32, body_marks: &[u32]) -> Vec<usize> {
    let usable: Vec<usize> = (0..lines.len()).filter(|&i| avail.get(i).copied().unwrap_or(false)).collect();
    if usable.is_empty() || body.is_nan() || body <= 0.0 {
        return Vec::new();
    }
    if let Some(z) = zone_under_rule(page, lines, &usable, body) {
        return z;
    }
    zone_without_rule(lines, &usable, body, body_marks)
}

fn zone_under_rule(page: &TextPage, lines: &[Line], usable: &[usize], body: f32) -> Option<Vec<usize>> {
    let h = if page.height > 1.0 { page.height } else { lines.iter().map(|l| l.bbox[3]).fold(0.0, f32::max) };
    let w = if page.width > 1.0 { page.width } else { lines.iter().map(|l| l.bbox[2]).fold(0.0, f32::max) };
    let mut cands: Vec<(f32, f32, f32)> = Vec::new(); // (y, x0, x1)
    for r in page.rules.iter().filter(|r| is_horizontal(r)) {
        let (x0, x1) = (r.x0.min(r.x1), r.x0.max(r.x1));
        let y = 0.5 * (r.y0 + r.y1);
        if x1 - x0 > NOTE_RULE_MAX_WIDTH * w || y < NOTE_RULE_LOWEST * h {
            continue;
        }
        // Part of a grid: another rule meets it or runs parallel close by.
        let grid = page.rules.iter().any(|o| {
            if std::ptr::eq(o, r) {
                return false;
            }
            let (ox0, ox1) = (o.x0.min(o.x1), o.x0.max(o.x1));
            let (oy0, oy1) = (o.y0.min(o.y1), o.y0.max(o.y1));
            // The same rule drawn again (a stroked thin box gives three copies) is not a grid.
            let copy = (oy0 - y).abs() <= NOTE_RULE_COPY_PT.0
                && (oy1 - y).abs() <= NOTE_RULE_COPY_PT.0
                && (ox0 - x0).abs() <= NOTE_RULE_COPY_PT.1
                && (ox1 - x1).abs() <= NOTE_RULE_COPY_PT.1;
            if copy {
                return false;
            }
            let meets = oy0 <= y + NOTE_RULE_MEET_PT
                && oy1 >= y - NOTE_RULE_MEET_PT
                && ox1 >= x0 - NOTE_RULE_MEET_PT
                && ox0 <= x1 + NOTE_RULE_MEET_PT;
            let parallel = is_horizontal(o) && (oy0 - y).abs() < NOTE_RULE_PARALLEL * body && ox1 > x0 && ox0 < x1;
            meets || parallel
        });
        if !grid {
            cands.push((y, x0, x1));
        }
    }
    // Every separator with only small lines under it opens a zone (one per column when
    // notes are set at the foot of each column).
    let mut zone: Vec<usize> = Vec::new();
    for (y, x0, x1) in cands {
        let below: Vec<usize> = usable
            .iter()
            .copied()
            .filter(|&i| {
                lines[i].bbox[1] >= y - NOTE_BELOW_RULE_PT
                    && lines[i].bbox[0] >= x0 - NOTE_LEFT_OF_RULE * body
                    && lines[i].bbox[0] <= x1
            })
            .collect();
        if !below.is_empty()
            && below.iter().all(|&i| lines[i].size <= NOTE_SMALLER * body)
            && !body_text_under(lines, usable, &below, (y, x0, x1), body)
            && (at_margin(lines, usable, x0, body) || opens_zone(lines, &below, x0, body))
        {
            zone.extend(beside(lines, usable, &below, y, body));
            zone.extend(below);
        }
    }
    zone.sort_unstable();
    zone.dedup();
    (!zone.is_empty()).then_some(zone)
}

/// Small lines under a separator's height beside the notes under it (right of them, from
/// the first note's top down, each at most [`NOTE_BESIDE_PITCH`] em under the lines taken so
/// far): notes set side by side at the foot of two columns under one separator drawn over
/// the first column only.
fn beside(lines: &[Line], usable: &[usize], below: &[usize], y: f32, body: f32) -> Vec<usize> {
    let top = below.iter().map(|&i| lines[i].bbox[1]).fold(f32::INFINITY, f32::min);
    let mut foot = below.iter().map(|&i| lines[i].bbox[3]).fold(f32::NEG_INFINITY, f32::max);
    let right = below.iter().map(|&i| lines[i].bbox[2]).fold(f32::NEG_INFINITY, f32::max);
    let mut cands: Vec<usize> = usable
        .iter()
        .copied()
        .filter(|i| !below.contains(i))
        .filter(|&i| {
            let l = &lines[i];
            l.bbox[1] >= (y - NOTE_BELOW_RULE_PT).max(top - ROW_TOL * l.size)
                && l.bbox[0] >= right
                && l.size <= NOTE_SMALLER * body
        })
        .collect();
    cands.sort_by(|&a, &b| lines[a].bbox[1].total_cmp(&lines[b].bbox[1]));
    let mut out = Vec::new();
    for i in cands {
        let l = &lines[i];
        if l.bbox[1] > foot + NOTE_BESIDE_PITCH * l.size {
            break;
        }
        foot = foot.max(l.bbox[3]);
        out.push(i);
    }
    out
}

/// True when a line of body text (prose at more than [`NOTE_SMALLER`] of the body size, not
/// one of the `below` lines) runs under the separator `(y, x0, x1)`, across its span: the
/// notes are the foot of the page (or of a column), and a short rule with body text under
/// it is a formula's brace or bar, the small words under it its label.
fn body_text_under(lines: &[Line], usable: &[usize], below: &[usize], rule: (f32, f32, f32), body: f32) -> bool {
    let (y, x0, x1) = rule;
    usable.iter().filter(|i| !below.contains(i)).any(|&i| {
        let l = &lines[i];
        l.bbox[1] >= y && l.bbox[0] < x1 && l.bbox[2] > x0 && l.size > NOTE_SMALLER * body && is_prose(&l.words)
    })
}

/// True when a separator starts at the left edge of the text it is drawn in (the page's
/// leftmost line start): the footnote separator of a single-column page, under which every
/// small line is a note even when its number was lost (OCR misreads a raised `7` as `'*` or
/// drops it). A formula's brace starts under its expression, away from that edge.
fn at_margin(lines: &[Line], usable: &[usize], rule_x0: f32, body: f32) -> bool {
    let left = usable.iter().map(|&i| lines[i].bbox[0]).fold(f32::INFINITY, f32::min);
    (rule_x0 - left).abs() <= NOTE_CONTINUED_FROM_RULE * body
}

/// True when the lines under a separator read as notes: the first of them opens a note
/// (its first word is raised, a note number or glued to one, or a note sign), or it is prose
/// starting at the rule's left end (a note continued from an earlier page). A formula's
/// brace or bar is a rule too, and the small label set under it is no note.
fn opens_zone(lines: &[Line], below: &[usize], rule_x0: f32, body: f32) -> bool {
    let Some(&top) = below.iter().min_by(|&&a, &&b| lines[a].baseline.total_cmp(&lines[b].baseline)) else {
        return false;
    };
    // The first row's leftmost line: a note number set apart from its text (an OCR layer
    // gives it its own line, a little lower or higher) opens the note, not the text after it.
    let (t0, t1) = (lines[top].bbox[1], lines[top].bbox[3]);
    let Some(&first) = below
        .iter()
        .filter(|&&i| lines[i].bbox[1] < t1 && lines[i].bbox[3] > t0)
        .min_by(|&&a, &&b| lines[a].bbox[0].total_cmp(&lines[b].bbox[0]))
    else {
        return false;
    };
    let l = &lines[first];
    let numbered = l
        .words
        .first()
        .is_some_and(|w| w.superscript || note_opening(&w.text).is_some() || w.text.starts_with(['*', '†', '‡', '§']));
    numbered || (is_prose(&l.words) && l.bbox[0] <= rule_x0 + NOTE_CONTINUED_FROM_RULE * body)
}

fn zone_without_rule(lines: &[Line], usable: &[usize], body: f32, body_marks: &[u32]) -> Vec<usize> {
    let mut s: Vec<usize> = usable.to_vec();
    s.sort_by(|&a, &b| lines[a].baseline.total_cmp(&lines[b].baseline));
    let mut start = s.len();
    while start > 0 && lines[s[start - 1]].size <= NOTE_SMALLER * body {
        start -= 1;
    }
    let run = &s[start..];
    // The topmost line of the run that opens a note.
    let opens = |i: usize| {
        let w = lines[i].words.first();
        w.is_some_and(|w| {
            mark_number(w).is_some_and(|n| w.superscript || body_marks.contains(&n))
                || glued_mark(w).is_some_and(|(n, _)| body_marks.contains(&n))
        })
    };
    match run.iter().position(|&i| opens(i)) {
        Some(k) => run[k..].to_vec(),
        None => Vec::new(),
    }
}

/// A number glued to the first word of a note ("1El" → 1, "El").
fn glued_mark(w: &Word) -> Option<(u32, String)> {
    note_opening(&w.text).filter(|o| o.glued).map(|o| (o.number, o.after.to_string()))
}

/// Splits the zone's lines into notes. `last` is the number of the document's previous
/// note (0 if none); `body_marks` are the raised numbers of the page's body; `gutters` are x
/// positions between the body's columns: where no line of the zone crosses one, the zone is
/// cut there and each part is read on its own, left to right (two notes side by side at the
/// foot of two columns are two notes, not one interleaved across the gutter).
///
/// A row opens a note when its first word is a number that is raised, or next in sequence
/// (or 1: numbering that restarts), or — for the page's first note — a little past the last
/// one, or a number the body raises as a mark and past the last note (an excerpt or a
/// chapter printed alone whose notes start at 7).
pub fn split_notes(lines: &[Line], zone: &[usize], last: u32, body_marks: &[u32], gutters: &[f32]) -> Vec<Note> {
    let min_gap = zone.iter().map(|&i| lines[i].size).fold(0.0f32, f32::max).max(1.0);
    let mut rows: Vec<Vec<usize>> = Vec::new();
    for part in zone_parts(lines, zone, gutters) {
        let items: Vec<Item> = part
            .iter()
            .map(|&k| {
                let l = &lines[zone[k]];
                Item { bbox: l.bbox, baseline: l.baseline, size: l.size, marker: false }
            })
            .collect();
        for row in reading_order(&items, min_gap).rows {
            rows.push(row.items.iter().filter_map(|&j| part.get(j).copied()).collect());
        }
    }
    let mut notes: Vec<Note> = Vec::new();
    let mut expected = last + 1;
    for row in &rows {
        let mut words: Vec<Word> = Vec::new();
        let mut bbox = [f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY];
        for &k in row {
            if let Some(&li) = zone.get(k) {
                words.extend(lines[li].words.iter().cloned());
                let b = lines[li].bbox;
                bbox = [bbox[0].min(b[0]), bbox[1].min(b[1]), bbox[2].max(b[2]), bbox[3].max(b[3])];
            }
        }
        let Some(first) = words.first() else { continue };
        let mut opened: Option<u32> = None;
        if let Some(n) = mark_number(first) {
            let plausible = first.superscript
                || continues_numbering(n, expected)
                || (notes.is_empty() && n > last && (n <= last + NOTE_SKIP_MAX || body_marks.contains(&n)));
            if plausible {
                opened = Some(n);
                words.remove(0);
            }
        } else if let Some((n, rest)) = glued_mark(first) {
            if continues_numbering(n, expected) {
                opened = Some(n);
                words[0].text = rest.into();
            }
        }
        if words.is_empty() {
            // A mark on a row of its own (set off by a tab, on a slightly higher baseline):
            // the note's text is the next row.
            if let Some(n) = opened {
                expected = n + 1;
                notes.push(Note { number: Some(n), rows: Vec::new(), bbox });
            }
            continue;
        }
        match (opened, notes.last_mut()) {
            (Some(n), _) => {
                expected = n + 1;
                notes.push(Note { number: Some(n), rows: vec![words], bbox });
            }
            (None, Some(note)) => {
                note.rows.push(words);
                note.bbox = [
                    note.bbox[0].min(bbox[0]),
                    note.bbox[1].min(bbox[1]),
                    note.bbox[2].max(bbox[2]),
                    note.bbox[3].max(bbox[3]),
                ];
            }
            (None, None) => notes.push(Note { number: None, rows: vec![words], bbox }),
        }
    }
    notes
}

/// The zone cut at the gutters no zone line crosses, left to right: positions into `zone`.
fn zone_parts(lines: &[Line], zone: &[usize], gutters: &[f32]) -> Vec<Vec<usize>> {
    let cuts: Vec<f32> = gutters
        .iter()
        .copied()
        .filter(|&x| zone.iter().all(|&i| lines[i].bbox[2] <= x || lines[i].bbox[0] >= x))
        .collect();
    let mut parts: Vec<Vec<usize>> = vec![Vec::new(); cuts.len() + 1];
    for (k, &i) in zone.iter().enumerate() {
        let p = cuts.iter().filter(|&&x| lines[i].bbox[0] >= x).count();
        parts[p].push(k);
    }
    parts.retain(|p| !p.is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::lines::page_lines;
    use crate::layout::testutil::PageBuilder;

    fn texts(notes: &[Note]) -> Vec<(Option<u32>, String)> {
        notes
            .iter()
            .map(|n| {
                let t: Vec<String> =
                    n.rows.iter().map(|r| r.iter().map(|w| w.text.clone()).collect::<Vec<_>>().join(" ")).collect();
                (n.number, t.join(" | "))
            })
            .collect()
    }

    fn page() -> PageBuilder {
        let mut p = PageBuilder::new();
        for k in 0..20 {
            p.text(72.0, 100.0 + 14.0 * k as f32, 11.0, "cuerpo del texto normal de la página");
        }
        p
    }

    #[test]
    fn notes_of_an_excerpt_start_where_the_body_marks_them() {
        // A chapter printed alone: its first notes are 7 and 8, plain (not raised) numbers.
        let build = || {
            let mut p = page();
            p.rule(72.0, 700.0, 200.0);
            p.text(72.0, 715.0, 9.0, "7 Primera nota del extracto.");
            p.text(72.0, 726.0, 9.0, "8 Segunda nota del extracto.");
            p
        };
        let p = build();
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        let zone = find_zone(&p.page, &lines, &avail, 11.0, &[7, 8]);
        assert_eq!(zone.len(), 2);
        let numbers = |notes: &[Note]| notes.iter().map(|n| n.number).collect::<Vec<_>>();
        assert_eq!(numbers(&split_notes(&lines, &zone, 0, &[7, 8], &[])), vec![Some(7), Some(8)]);
        // Without a raised 7 in the body, a "7" far past the last note opens nothing.
        assert_eq!(numbers(&split_notes(&lines, &zone, 0, &[], &[])), vec![None]);
        // Nor does a mark at or below the last note taken.
        assert_eq!(numbers(&split_notes(&lines, &zone, 7, &[7], &[])), vec![None, Some(8)]);
    }

    #[test]
    fn zone_under_separator_rule() {
        let mut p = page();
        p.rule(72.0, 700.0, 200.0);
        let e = p.text(72.0, 712.0, 5.0, "1");
        p.text(e + 1.0, 715.0, 9.0, "Primera nota al pie.");
        p.text(72.0, 726.0, 9.0, "2 Segunda nota que sigue");
        p.text(72.0, 737.0, 9.0, "en otra línea.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        let zone = find_zone(&p.page, &lines, &avail, 11.0, &[]);
        assert_eq!(zone.len(), 3);
        let notes = split_notes(&lines, &zone, 0, &[], &[]);
        assert_eq!(
            texts(&notes),
            vec![(Some(1), "Primera nota al pie.".into()), (Some(2), "Segunda nota que sigue | en otra línea.".into())]
        );
    }

    #[test]
    fn notes_side_by_side_under_a_separator_over_the_first_column_are_all_in_the_zone() {
        // Two columns; the separator is drawn over the left one only; note 2 stands beside
        // note 1 at the foot of the right column, one line longer. Each is read whole.
        let mut p = PageBuilder::new();
        for k in 0..20 {
            p.text(72.0, 100.0 + 14.0 * k as f32, 11.0, "texto de la columna izq");
            p.text(320.0, 100.0 + 14.0 * k as f32, 11.0, "texto de la columna der");
        }
        p.rule(72.0, 700.0, 150.0);
        p.text(72.0, 712.0, 8.0, "1 Primera nota de la");
        p.text(72.0, 722.0, 8.0, "columna izquierda.");
        p.text(320.0, 712.0, 8.0, "2 Segunda nota de la");
        p.text(320.0, 722.0, 8.0, "columna derecha, que");
        p.text(320.0, 732.0, 8.0, "sigue una línea más.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        let zone = find_zone(&p.page, &lines, &avail, 11.0, &[]);
        assert_eq!(zone.len(), 5);
        let notes = split_notes(&lines, &zone, 0, &[], &[250.0]);
        assert_eq!(
            texts(&notes),
            vec![
                (Some(1), "Primera nota de la | columna izquierda.".into()),
                (Some(2), "Segunda nota de la | columna derecha, que | sigue una línea más.".into())
            ]
        );
    }

    #[test]
    fn a_label_under_a_formula_brace_is_not_a_note() {
        // An underbrace's bar is a short rule low on the page; the small label centred under
        // it opens no note. Prose from the rule's left end continues an earlier note.
        let mut p = page();
        p.rule(200.0, 700.0, 300.0);
        p.text(235.0, 712.0, 7.0, "=U1");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        assert!(find_zone(&p.page, &lines, &avail, 11.0, &[]).is_empty());
        let mut p = page();
        p.rule(72.0, 700.0, 200.0);
        p.text(72.0, 712.0, 9.0, "sigue la nota de la página anterior.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        assert_eq!(find_zone(&p.page, &lines, &avail, 11.0, &[]).len(), 1);
        // The same prose under a brace that body text runs under further down (a display
        // with the page's text going on after it) is the brace's label.
        let mut p = page();
        p.rule(200.0, 640.0, 300.0);
        p.text(200.0, 652.0, 7.0, "Soll auf der Fläche bleiben");
        p.text(90.0, 680.0, 11.0, "Die Abbildung heißt die Weingarten-Abbildung der Fläche.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        assert!(find_zone(&p.page, &lines, &avail, 11.0, &[]).is_empty());
    }

    #[test]
    fn a_note_number_on_a_line_of_its_own_opens_the_zone() {
        // An OCR layer sets the number apart from its text, a little lower than it; the
        // note still opens under the rule, and the indented text after it is the note's.
        let mut p = page();
        p.rule(72.0, 700.0, 200.0);
        p.text(72.0, 714.5, 9.0, "7");
        p.text(84.0, 712.0, 9.0, "Este fenómeno ha influido fuertemente en la vida política.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        assert!(!find_zone(&p.page, &lines, &avail, 11.0, &[]).is_empty());
    }

    #[test]
    fn a_separator_at_the_text_margin_opens_the_zone_without_a_readable_number() {
        // OCR misreads a raised note number ("'*"): a separator starting at the left edge of
        // the page's text still opens the zone; the same line under a rule drawn further in
        // (a formula's brace) does not.
        let mut p = page();
        p.text(72.0, 600.0, 11.0, "Texto del cuerpo de la página con su margen izquierdo.");
        p.rule(72.0, 700.0, 200.0);
        p.text(72.0, 712.0, 9.0, "'* De acuerdo con la ley.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        assert!(!find_zone(&p.page, &lines, &avail, 11.0, &[]).is_empty());
        let mut p = page();
        p.text(72.0, 600.0, 11.0, "Texto del cuerpo de la página con su margen izquierdo.");
        p.rule(160.0, 700.0, 260.0);
        p.text(160.0, 712.0, 9.0, "'* De acuerdo con la ley.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        assert!(find_zone(&p.page, &lines, &avail, 11.0, &[]).is_empty());
    }

    #[test]
    fn zone_without_rule_needs_a_mark() {
        let mut p = page();
        p.text(72.0, 720.0, 9.0, "3 Nota sin filete.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        assert_eq!(find_zone(&p.page, &lines, &avail, 11.0, &[3]).len(), 1);
        assert!(find_zone(&p.page, &lines, &avail, 11.0, &[]).is_empty());
    }

    #[test]
    fn a_grid_rule_is_not_a_separator() {
        let mut p = page();
        p.rule(72.0, 700.0, 200.0);
        p.rule(72.0, 712.0, 200.0);
        p.text(72.0, 710.0, 9.0, "celda");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        assert!(find_zone(&p.page, &lines, &avail, 11.0, &[]).is_empty());
    }

    #[test]
    fn continuation_before_first_mark() {
        let mut p = page();
        p.rule(72.0, 700.0, 200.0);
        p.text(72.0, 712.0, 9.0, "resto de la nota anterior.");
        p.text(72.0, 723.0, 9.0, "5 Nota nueva.");
        let lines = page_lines(&p.page);
        let avail = vec![true; lines.len()];
        let zone = find_zone(&p.page, &lines, &avail, 11.0, &[]);
        let notes = split_notes(&lines, &zone, 4, &[], &[]);
        assert_eq!(texts(&notes), vec![(None, "resto de la nota anterior.".into()), (Some(5), "Nota nueva.".into())]);
    }
}
