//! Lines of every page → typed blocks in reading order, furniture and footnotes apart.
//!
//! In: the pages, their lines ([`super::page_lines`]) and the tables found on each page.
//! Out: the [`LaidDocument`].
//!
//! Per page: lines in a table's area go to that table's block (and lines in its caption or
//! notes area to `Caption` blocks); furniture ([`super::furniture`]) becomes `Header`,
//! `Footer` and `PageNumber` blocks at the start and end of the page; the footnote zone
//! ([`super::footnotes`]) becomes `Footnote` blocks after the body, cut at the body's
//! gutters (notes side by side at the foot of two columns are read column by column). The remaining lines,
//! tables and captions are put in reading order ([`super::order`]); the pieces of one row
//! are joined, and rows are grouped into blocks. A new block starts at
//! - a vertical gap clearly bigger than the document's line pitch (scaled to the font size),
//! - a change of font size or weight,
//! - a first-line indent, or a short last line in justified text (a block quotation
//!   indented on both sides is justified to its own measure; a list item's row far short
//!   of the column's end, followed by a capital, is its last),
//! - a bullet or enumerator, a caption label,
//! - a change of column, unless the text flows on (line-end hyphen, lower-case start, or a
//!   full last line followed by a line without indent); the rows of a column are one flow
//!   while no other column's rows come between them, so the full-width rows above a column
//!   group can run on into its first column (by a broken word or a lower-case start) even
//!   when more full-width rows follow further down;
//!
//! but centred display rows (bold or bigger) on one axis stay one block (a wrapped title),
//! and a run-in enumerator at the paragraph indent ("(ii) …", "c. …") goes on flush with the
//! column's left edge after a full row. Last resort: a block ending in letter + hyphen is
//! joined with a next block that starts in lower case (one word broken across them).
//!
//! Each block is then typed ([`super::headings`]): list item, caption, heading (bigger or
//! bold short block, "CAPÍTULO II", "1.2.3 …"), else paragraph. On a title page (the first
//! page with text, opening with three or more centred blocks, one a bigger heading) only
//! the biggest block is a heading — the title, level 1; subtitle, author, institution and
//! place lines become paragraphs (the metadata stage gives them their roles). Across
//! pages, the last body block of a page and the first body block of the next are joined by
//! the same flow rule (the first keeps all the lines and gets `continues`; a list item set
//! flush under its marker goes on without indent; a page of floats only between them leaves
//! the block open, and so do floats at the foot of the page — tables, captions and the
//! one-row labels of a figure before its caption; a lone row of labels, or a short title row after a finished sentence,
//! starts its own block). Last, raised numbers that match a
//! footnote of the page (each number once) are taken out of the words and listed in
//! `footnote_refs`.

use std::collections::BTreeSet;

use super::footnotes::{self, mark_number};
use super::headings::{self, HeadingStyle, Marker};
use super::order::{reading_order, Item};
use super::tuning::*;
use super::{figures, forms, interleaved, language, stacked, subfigures};
use super::{furniture, LaidBlock, LaidDocument, LaidFootnote, LaidPage, Line, Word};
use crate::layout::tables::PageTable;
use crate::model::BlockKind;
use crate::pdf::TextPage;

/// Facts about the whole document's text.
#[derive(Debug, Clone, Copy)]
struct Stats {
    /// Font size of most characters.
    body: f32,
    /// Most common distance between baselines of body-size lines.
    pitch: f32,
    /// Body text is mostly bold.
    body_bold: bool,
}

fn stats(lines: &[Vec<Line>], pages: &[TextPage]) -> Stats {
    let mut sizes: Vec<(i32, usize)> = Vec::new();
    let mut bold_chars = 0usize;
    let mut all_chars = 0usize;
    for ls in lines {
        for l in ls {
            let n: usize = l.words.iter().map(|w| w.text.chars().count()).sum();
            let k = (l.size * BODY_SIZE_STEPS_PER_POINT).round() as i32;
            match sizes.iter_mut().find(|(s, _)| *s == k) {
                Some(e) => e.1 += n,
                None => sizes.push((k, n)),
            }
        }
    }
    let body = sizes
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)))
        .map(|(k, _)| *k as f32 / BODY_SIZE_STEPS_PER_POINT);
    let body = body.filter(|b| *b > 0.0).unwrap_or(BODY_SIZE_DEFAULT);
    let mut deltas: Vec<(i32, usize)> = Vec::new();
    for (ls, _) in lines.iter().zip(pages.iter().chain(std::iter::repeat(&TextPage::default()))) {
        let mut idx: Vec<usize> =
            (0..ls.len()).filter(|&i| (ls[i].size - body).abs() <= PITCH_BODY_SIZE_TOL * body).collect();
        idx.sort_by(|&a, &b| ls[a].baseline.total_cmp(&ls[b].baseline));
        for (k, &i) in idx.iter().enumerate() {
            let a = &ls[i];
            for c in a.words.iter() {
                all_chars += c.text.chars().count();
                if c.bold {
                    bold_chars += c.text.chars().count();
                }
            }
            // The next line below that overlaps horizontally.
            let next = idx[k + 1..].iter().map(|&j| &ls[j]).find(|b| {
                b.baseline - a.baseline > PITCH_MIN_DROP * body
                    && overlap(a.bbox[0], a.bbox[2], b.bbox[0], b.bbox[2]) > 0.0
            });
            if let Some(b) = next {
                let d = b.baseline - a.baseline;
                if d <= PITCH_MAX_BODY * body {
                    let key = (d * PITCH_STEPS_PER_POINT).round() as i32;
                    match deltas.iter_mut().find(|(s, _)| *s == key) {
                        Some(e) => e.1 += 1,
                        None => deltas.push((key, 1)),
                    }
                }
            }
        }
    }
    let pitch =
        deltas.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(k, _)| *k as f32 / PITCH_STEPS_PER_POINT);
    let pitch = pitch.filter(|p| *p >= PITCH_MIN * body).unwrap_or(PITCH_DEFAULT * body);
    Stats { body, pitch, body_bold: all_chars > 0 && bold_chars * 2 > all_chars }
}

fn overlap(a0: f32, a1: f32, b0: f32, b1: f32) -> f32 {
    a1.min(b1) - a0.max(b0)
}

fn union(a: [f32; 4], b: [f32; 4]) -> [f32; 4] {
    [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
}

fn center_in(b: [f32; 4], area: [f32; 4]) -> bool {
    let cx = 0.5 * (b[0] + b[2]);
    let cy = 0.5 * (b[1] + b[3]);
    cx >= area[0] - AREA_TOL_PT
        && cx <= area[2] + AREA_TOL_PT
        && cy >= area[1] - AREA_TOL_PT
        && cy <= area[3] + AREA_TOL_PT
}

/// A row of text in reading order, with what block building needs to know about its column.
#[derive(Debug, Clone)]
struct TLine {
    words: Vec<Word>,
    bbox: [f32; 4],
    baseline: f32,
    size: f32,
    bold: bool,
    column: usize,
    col_left: f32,
    col_right: f32,
    justified: bool,
    /// Baseline distance between rows of a paragraph in this column, in font sizes.
    pitch: f32,
    first_in_col: bool,
    last_in_col: bool,
}

impl TLine {
    fn from_lines(parts: &[&Line], column: usize) -> Option<TLine> {
        let first = parts.first()?;
        let mut words = Vec::new();
        let mut bbox = first.bbox;
        for l in parts {
            words.extend(l.words.iter().cloned());
            bbox = union(bbox, l.bbox);
        }
        if words.is_empty() {
            return None;
        }
        let size = parts.iter().max_by_key(|l| l.words.len()).map(|l| l.size).unwrap_or(first.size);
        let baseline = parts.iter().max_by_key(|l| l.words.len()).map(|l| l.baseline).unwrap_or(first.baseline);
        let (mut b, mut n) = (0usize, 0usize);
        for w in &words {
            let c = w.text.chars().count();
            n += c;
            if w.bold {
                b += c;
            }
        }
        Some(TLine {
            words,
            bbox,
            baseline,
            size,
            bold: n > 0 && b * BOLD_ROW_SHARE.1 >= n * BOLD_ROW_SHARE.0,
            column,
            col_left: bbox[0],
            col_right: bbox[2],
            justified: false,
            pitch: PITCH_DEFAULT,
            first_in_col: false,
            last_in_col: false,
        })
    }

    fn first_word(&self) -> &str {
        self.words.iter().find(|w| !w.superscript).map(|w| w.text.as_str()).unwrap_or("")
    }

    fn plain(&self) -> String {
        render(&self.words, &mut NoteMarks::none(), false).0
    }

    /// Reaches the column's right edge (within a third of an em in justified text, where
    /// every row but a paragraph's last is flush; within an em in ragged text).
    fn full(&self) -> bool {
        let tol = if self.justified { FULL_TOL_JUSTIFIED } else { FULL_TOL_RAGGED };
        self.bbox[2] >= self.col_right - tol * self.size
    }

    fn indented(&self) -> bool {
        self.bbox[0] >= self.col_left + INDENT * self.size
    }

    fn ends_with_hyphen(&self) -> bool {
        self.words.iter().rev().find(|w| !w.superscript).is_some_and(|w| w.text.ends_with(['-', '\u{ad}', '‐']))
    }

    fn starts_upper(&self) -> bool {
        self.first_word().chars().next().is_some_and(char::is_uppercase)
    }

    fn starts_lower(&self) -> bool {
        self.first_word().chars().next().is_some_and(char::is_lowercase)
    }
}

/// One block under construction.
#[derive(Debug, Clone)]
struct WBlock {
    kind: BlockKind,
    lines: Vec<TLine>,
    fixed: Vec<String>,
    bbox: [f32; 4],
    level: Option<u8>,
    continues: bool,
    table: Option<usize>,
    removed: bool,
    style: Option<HeadingStyle>,
    /// Bullet symbol to drop from the first line's first word.
    bullet: bool,
    /// The document's title (on its title page): a level-1 heading whatever its style.
    title: bool,
    /// Where lines of a later page begin (a paragraph joined across pages): index into
    /// `lines`, and that page's index in the document.
    breaks: Vec<(usize, usize)>,
}

impl WBlock {
    fn text(lines: Vec<TLine>) -> WBlock {
        let bbox = lines.iter().map(|l| l.bbox).reduce(union).unwrap_or([0.0; 4]);
        WBlock {
            kind: BlockKind::Paragraph,
            lines,
            fixed: Vec::new(),
            bbox,
            level: None,
            continues: false,
            table: None,
            removed: false,
            style: None,
            bullet: false,
            title: false,
            breaks: Vec::new(),
        }
    }

    fn fixed(kind: BlockKind, fixed: Vec<String>, bbox: [f32; 4], table: Option<usize>) -> WBlock {
        WBlock { fixed, table, kind, ..WBlock::text(Vec::new()) }.with_bbox(bbox)
    }

    fn with_bbox(mut self, bbox: [f32; 4]) -> WBlock {
        self.bbox = bbox;
        self
    }

    fn is_body(&self) -> bool {
        !self.removed && !self.kind.is_furniture() && self.kind != BlockKind::Footnote
    }

    /// A table or a caption: set where it fits, not where the text around it is.
    fn is_float(&self) -> bool {
        matches!(self.kind, BlockKind::Table | BlockKind::Caption)
    }
}

/// What reading order yields: a text row, or a table or caption area.
enum Entry {
    Text(TLine),
    Block(WBlock),
}

/// Everything one page yields before the document-level passes.
struct PageWork {
    head: Vec<WBlock>,
    body: Vec<WBlock>,
    notes: Vec<(Option<u32>, WBlock)>,
    foot: Vec<WBlock>,
}

/// Builds the laid-out document (see the module docs).
pub fn build_document(
    pages: &[TextPage],
    mut lines: Vec<Vec<Line>>,
    tables: &[Vec<(usize, PageTable)>],
) -> LaidDocument {
    let n = pages.len().min(lines.len());
    lines.truncate(n);
    let pages = &pages[..n];
    let st = stats(&lines, pages);
    for (i, ls) in lines.iter_mut().enumerate() {
        // A formula's rows become one line (read in drawing order); table text stays put.
        let mut areas: Vec<[f32; 4]> = tables.get(i).into_iter().flatten().flat_map(|(_, t)| table_areas(t)).collect();
        // Subfigures side by side are read whole, each its labels then its caption; their
        // text is settled, as a table's is.
        let made = subfigures::merge_subfigures(ls, |l| areas.iter().any(|a| center_in(l.bbox, *a)));
        areas.extend(made);
        // The terms of a list of symbols are no formula's rows, their meanings no formula.
        let in_area = |l: &Line| areas.iter().any(|a| center_in(l.bbox, *a));
        let roles = |ls: &[Line]| {
            let free: Vec<bool> = ls.iter().map(|l| !in_area(l)).collect();
            forms::term_roles(ls, &free, st.pitch)
        };
        stacked::merge_formulas_apart(ls, st.pitch / st.body, in_area, roles);
        // A drawing's labels become one line (read in drawing order).
        figures::merge_figures(ls, &pages[i].drawings, |l| areas.iter().any(|a| center_in(l.bbox, *a)));
        // Captions side by side drawn one after the other are read one after the other.
        interleaved::merge_interleaved(ls, |l| areas.iter().any(|a| center_in(l.bbox, *a)));
    }
    let no_tables: Vec<(usize, PageTable)> = Vec::new();
    let page_tables = |i: usize| tables.get(i).unwrap_or(&no_tables);
    // Lines inside tables (or their captions and notes) are never furniture.
    let in_tables: Vec<Vec<bool>> = (0..n)
        .map(|i| {
            lines[i]
                .iter()
                .map(|l| page_tables(i).iter().any(|(_, t)| table_areas(t).iter().any(|a| center_in(l.bbox, *a))))
                .collect()
        })
        .collect();
    let marks = furniture::find(pages, &lines, &in_tables, st.body);
    let mut last_note = 0u32;
    let mut works: Vec<PageWork> = Vec::with_capacity(n);
    for i in 0..n {
        works.push(lay_page(&pages[i], &lines[i], &marks[i], page_tables(i), &st, &mut last_note));
        lines[i] = Vec::new();
    }
    title_page(&mut works, pages, &st);
    assign_levels(&mut works, &st, pages);
    join_across_pages(&mut works);
    let page_notes: Vec<BTreeSet<u32>> =
        works.iter().map(|w| w.notes.iter().filter_map(|(n, _)| *n).collect()).collect();
    let mut doc = LaidDocument::default();
    let mut last_mark = 0u32;
    for (i, (w, p)) in works.into_iter().zip(pages).enumerate() {
        // A paragraph continued on the next page holds that page's lines too.
        let next = page_notes.get(i + 1).cloned().unwrap_or_default();
        let mut marks = NoteMarks::on_page(page_notes[i].clone(), next, last_mark);
        let mut blocks = Vec::new();
        for b in w.head.into_iter().chain(w.body) {
            if !b.removed {
                let mut lb = finish(b, &mut marks);
                // Page indices become the pages' numbers.
                for (_, page) in lb.page_breaks.iter_mut() {
                    *page = pages.get(*page).map_or(0, |q| q.number as usize);
                }
                blocks.push(lb);
            }
        }
        last_mark = marks.last;
        for (num, b) in w.notes {
            let lb = finish(b, &mut NoteMarks::none());
            match num {
                Some(number) => doc.footnotes.push(LaidFootnote { number, lines: lb.lines.clone(), page: p.number }),
                None => {
                    if let Some(f) = doc.footnotes.last_mut() {
                        f.lines.extend(lb.lines.iter().cloned());
                    }
                }
            }
            blocks.push(lb);
        }
        for b in w.foot {
            blocks.push(finish(b, &mut NoteMarks::none()));
        }
        doc.pages.push(LaidPage { number: p.number, width: p.width, height: p.height, blocks });
    }
    doc
}

/// A table's grid, caption and notes areas.
fn table_areas(t: &PageTable) -> Vec<[f32; 4]> {
    let mut v = vec![t.bbox];
    if let Some((_, b)) = &t.caption {
        v.push(*b);
    }
    v.extend(t.notes.iter().map(|(_, b)| *b));
    v
}

/// Who a line belongs to before reading order.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Owner {
    Free,
    Furniture(BlockKind),
    /// Table index within the page's list, area (0 = grid, 1.. = caption/notes).
    Table(usize, usize),
    Note,
}

fn lay_page(
    page: &TextPage,
    lines: &[Line],
    marks: &[Option<BlockKind>],
    tables: &[(usize, PageTable)],
    st: &Stats,
    last_note: &mut u32,
) -> PageWork {
    let mut owner: Vec<Owner> = vec![Owner::Free; lines.len()];
    for (i, l) in lines.iter().enumerate() {
        if l.words.is_empty() {
            owner[i] = Owner::Note; // nothing to show; kept out of everything
            continue;
        }
        'tables: for (ti, (_, t)) in tables.iter().enumerate() {
            for (ai, a) in table_areas(t).iter().enumerate() {
                if center_in(l.bbox, *a) {
                    owner[i] = Owner::Table(ti, ai);
                    break 'tables;
                }
            }
        }
        if owner[i] == Owner::Free {
            if let Some(Some(k)) = marks.get(i) {
                owner[i] = Owner::Furniture(*k);
            }
        }
    }
    // Footnotes.
    let body_marks: Vec<u32> = lines
        .iter()
        .zip(&owner)
        .filter(|(_, o)| **o == Owner::Free)
        .flat_map(|(l, _)| l.words.iter().filter(|w| w.superscript).filter_map(mark_number))
        .collect();
    let avail: Vec<bool> = owner.iter().map(|o| *o == Owner::Free).collect();
    let zone = footnotes::find_zone(page, lines, &avail, st.body, &body_marks);
    for &z in &zone {
        owner[z] = Owner::Note;
    }
    // Furniture blocks.
    let (mut head, mut foot) = (Vec::new(), Vec::new());
    let mut furn: Vec<usize> = (0..lines.len()).filter(|&i| matches!(owner[i], Owner::Furniture(_))).collect();
    furn.sort_by(|&a, &b| {
        lines[a].baseline.total_cmp(&lines[b].baseline).then(lines[a].bbox[0].total_cmp(&lines[b].bbox[0]))
    });
    let mid = if page.height > 1.0 { page.height / 2.0 } else { f32::INFINITY };
    for i in furn {
        if let Owner::Furniture(kind) = owner[i] {
            if let Some(t) = TLine::from_lines(&[&lines[i]], 0) {
                let mut b = WBlock::text(vec![t]);
                b.kind = kind;
                let top = kind == BlockKind::Header || (kind == BlockKind::PageNumber && lines[i].bbox[1] < mid);
                if top {
                    head.push(b);
                } else {
                    foot.push(b);
                }
            }
        }
    }
    // Reading order of the rest: free lines, tables, caption and note areas.
    // A label and its value on one row of a form are one item (read as one row).
    let free: Vec<bool> = owner.iter().map(|o| *o == Owner::Free).collect();
    let value_of = forms::label_value_pairs(lines, &free, st.pitch);
    let mut is_value = vec![false; lines.len()];
    for &v in value_of.iter().flatten() {
        is_value[v] = true;
    }
    let mut items: Vec<Item> = Vec::new();
    let mut what: Vec<Result<usize, (usize, usize)>> = Vec::new(); // Ok(line) or Err((table, area))
    for (i, l) in lines.iter().enumerate() {
        if owner[i] == Owner::Free && !is_value[i] {
            let marker =
                l.words.len() == 1 && l.words.first().is_some_and(|w| headings::list_marker(&w.text).is_some());
            let bbox = value_of[i].map_or(l.bbox, |v| union(l.bbox, lines[v].bbox));
            items.push(Item { bbox, baseline: l.baseline, size: l.size, marker });
            what.push(Ok(i));
        }
    }
    for (ti, (_, t)) in tables.iter().enumerate() {
        for (ai, a) in table_areas(t).iter().enumerate() {
            let owned: Vec<&Line> =
                (0..lines.len()).filter(|&i| owner[i] == Owner::Table(ti, ai)).map(|i| &lines[i]).collect();
            if ai > 0 && owned.is_empty() && area_text(t, ai).is_empty() {
                continue;
            }
            let bbox = if ai == 0 { *a } else { owned.iter().map(|l| l.bbox).reduce(union).unwrap_or(*a) };
            items.push(Item { bbox, baseline: bbox[3], size: st.body, marker: false });
            what.push(Err((ti, ai)));
        }
    }
    let ordered = reading_order(&items, GUTTER_SHARE * SEGMENT_GAP * st.body);
    // Notes set at the foot of each column are read column by column: the zone is cut at
    // the body's gutters.
    let mut notes = Vec::new();
    for note in footnotes::split_notes(lines, &zone, *last_note, &body_marks, &gutters(&ordered.columns)) {
        if let Some(n) = note.number {
            *last_note = n;
        }
        let tl: Vec<TLine> = note
            .rows
            .into_iter()
            .filter_map(|ws| {
                let bbox = ws.iter().map(|w| w.bbox).reduce(union)?;
                let size = ws.iter().map(|w| w.size).fold(0.0, f32::max);
                let baseline = ws.first().map(|w| w.baseline)?;
                let line = Line { words: ws, bbox, baseline, size };
                TLine::from_lines(&[&line], 0)
            })
            .collect();
        let mut b = WBlock::text(tl).with_bbox(note.bbox);
        b.kind = BlockKind::Footnote;
        notes.push((note.number, b));
    }
    let mut entries: Vec<Entry> = Vec::new();
    for row in &ordered.rows {
        let mut run: Vec<&Line> = Vec::new();
        for &k in &row.items {
            match what.get(k) {
                Some(Ok(li)) => {
                    run.push(&lines[*li]);
                    if let Some(v) = value_of[*li] {
                        run.push(&lines[v]);
                    }
                }
                Some(Err((ti, ai))) => {
                    if let Some(t) = TLine::from_lines(&run, row.column) {
                        entries.push(Entry::Text(t));
                    }
                    run.clear();
                    entries.push(Entry::Block(table_block(tables, *ti, *ai, lines, &owner, items[k].bbox)));
                }
                None => {}
            }
        }
        if let Some(t) = TLine::from_lines(&run, row.column) {
            entries.push(Entry::Text(t));
        }
    }
    let mut entries = merge_stacked(entries, st);
    column_facts(&mut entries, st);
    let mut body = split_languages(join_broken_words(segment(entries, st)));
    for b in &mut body {
        classify(b, st, page.number);
    }
    PageWork { head, body, notes, foot }
}

/// The rows of one formula ([`stacked::runs`]) become one row, its words in drawing order.
fn merge_stacked(entries: Vec<Entry>, st: &Stats) -> Vec<Entry> {
    let facts = |e: &Entry| match e {
        Entry::Text(t) => Some(stacked::row_facts(t.column, t.baseline, t.size, &t.words)),
        Entry::Block(_) => None,
    };
    let merge = |run: Vec<Entry>| {
        let lines: Vec<(usize, Line)> = run
            .into_iter()
            .filter_map(|e| match e {
                Entry::Text(t) => {
                    Some((t.column, Line { words: t.words, bbox: t.bbox, baseline: t.baseline, size: t.size }))
                }
                Entry::Block(_) => None,
            })
            .collect();
        let refs: Vec<&Line> = lines.iter().map(|(_, l)| l).collect();
        let mut m = TLine::from_lines(&refs, lines.first()?.0)?;
        stacked::content_order(&mut m.words);
        Some(Entry::Text(m))
    };
    stacked::merge_runs(entries, facts, merge, st.pitch / st.body)
}

/// The white gaps between the body's columns, as x positions to cut at: the gaps between
/// the merged extents of the columns the reading order found (column 0 is the whole page).
fn gutters(columns: &[[f32; 2]]) -> Vec<f32> {
    let mut ext: Vec<[f32; 2]> = columns.iter().skip(1).copied().filter(|c| c[1] > c[0]).collect();
    ext.sort_by(|a, b| a[0].total_cmp(&b[0]));
    let mut merged: Vec<[f32; 2]> = Vec::new();
    for c in ext {
        match merged.last_mut() {
            Some(m) if c[0] <= m[1] => m[1] = m[1].max(c[1]),
            _ => merged.push(c),
        }
    }
    merged.windows(2).map(|w| 0.5 * (w[0][1] + w[1][0])).collect()
}

/// Text of a table's caption (`area` 1) or note (`area` ≥ 2).
fn area_text(t: &PageTable, area: usize) -> String {
    match (area, &t.caption) {
        (1, Some((s, _))) => s.clone(),
        (a, Some(_)) if a >= 2 => t.notes.get(a - 2).map(|n| n.0.clone()).unwrap_or_default(),
        (a, None) if a >= 1 => t.notes.get(a - 1).map(|n| n.0.clone()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The block for a table's grid (`area` 0) or for its caption or notes.
fn table_block(
    tables: &[(usize, PageTable)],
    ti: usize,
    area: usize,
    lines: &[Line],
    owner: &[Owner],
    bbox: [f32; 4],
) -> WBlock {
    let Some((index, t)) = tables.get(ti) else {
        return WBlock::fixed(BlockKind::Other, Vec::new(), bbox, None);
    };
    if area == 0 {
        let rows = t.rows.iter().map(|r| r.join("\t")).collect();
        return WBlock::fixed(BlockKind::Table, rows, bbox, Some(*index));
    }
    let mut own: Vec<&Line> =
        (0..lines.len()).filter(|&i| owner[i] == Owner::Table(ti, area)).map(|i| &lines[i]).collect();
    own.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0])));
    let mut rows: Vec<TLine> = Vec::new();
    for l in own {
        match rows.last_mut() {
            Some(r) if (r.baseline - l.baseline).abs() <= AREA_ROW_BASELINE * l.size => {
                r.words.extend(l.words.iter().cloned());
                r.bbox = union(r.bbox, l.bbox);
            }
            _ => rows.extend(TLine::from_lines(&[l], 0)),
        }
    }
    if rows.is_empty() {
        return WBlock::fixed(BlockKind::Caption, vec![area_text(t, area)], bbox, None);
    }
    let mut b = WBlock::text(rows);
    b.kind = BlockKind::Caption;
    b
}

/// Sets each text row's column extent, justification and first/last-in-column flags.
fn column_facts(entries: &mut [Entry], st: &Stats) {
    let mut cols: Vec<usize> =
        entries.iter().filter_map(|e| if let Entry::Text(t) = e { Some(t.column) } else { None }).collect();
    cols.sort_unstable();
    cols.dedup();
    for c in cols {
        let rows: Vec<usize> =
            (0..entries.len()).filter(|&i| matches!(&entries[i], Entry::Text(t) if t.column == c)).collect();
        let body_like = |t: &TLine| (t.size - st.body).abs() <= STYLE_SIZE_TOL * st.body;
        let lines: Vec<&TLine> =
            rows.iter().filter_map(|&i| if let Entry::Text(t) = &entries[i] { Some(t) } else { None }).collect();
        let sel: Vec<&TLine> = if lines.iter().any(|t| body_like(t)) {
            lines.iter().copied().filter(|t| body_like(t)).collect()
        } else {
            lines.clone()
        };
        let left = sel.iter().map(|t| t.bbox[0]).fold(f32::INFINITY, f32::min);
        // The right edge most rows reach (a row sticking out does not move it).
        let mut ends: Vec<f32> = sel.iter().map(|t| t.bbox[2]).collect();
        ends.sort_by(|a, b| b.total_cmp(a));
        let right = ends.get(ends.len() / RIGHT_EDGE_RANK).copied().unwrap_or(f32::NEG_INFINITY);
        let flush = sel.iter().filter(|t| t.bbox[2] >= right - FLUSH_TOL * t.size).count();
        let justified =
            sel.len() >= JUSTIFIED_MIN_ROWS && flush * JUSTIFIED_FLUSH_SHARE.1 >= sel.len() * JUSTIFIED_FLUSH_SHARE.0;
        // Line pitch (per font size) inside this column's paragraphs: consecutive rows of
        // one size where the upper one is full (so not a paragraph's last row).
        let mut ratios: Vec<(i32, usize)> = Vec::new();
        for w in lines.windows(2) {
            let (p, q) = (w[0], w[1]);
            let d = q.baseline - p.baseline;
            let p_full = p.bbox[2] >= right - if justified { FULL_TOL_JUSTIFIED } else { FULL_TOL_RAGGED } * p.size;
            if (p.size - q.size).abs() <= PITCH_SAME_SIZE * p.size
                && p_full
                && d >= PITCH_MIN * p.size
                && d <= PITCH_MAX_COLUMN * p.size
            {
                let k = (d / p.size * PITCH_STEPS_PER_EM).round() as i32;
                match ratios.iter_mut().find(|(r, _)| *r == k) {
                    Some(e) => e.1 += 1,
                    None => ratios.push((k, 1)),
                }
            }
        }
        let pitch = ratios
            .iter()
            .filter(|(_, n)| *n >= PITCH_MIN_PAIRS)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(k, _)| *k as f32 / PITCH_STEPS_PER_EM)
            .unwrap_or(st.pitch / st.body);
        for (k, &i) in rows.iter().enumerate() {
            if let Entry::Text(t) = &mut entries[i] {
                t.col_left = left;
                t.col_right = right;
                t.justified = justified;
                t.pitch = pitch;
                t.first_in_col = k == 0;
                t.last_in_col = k + 1 == rows.len();
            }
        }
    }
}

/// True when row `q` opens a list item or a caption, after row `p`. An enumerator ("a)",
/// "(ii)", "1.") opens an item only after a row that does not reach the column's end, as
/// it may as well be a reference inside running text that happens to start a row.
fn starts_item_or_caption(p: Option<&TLine>, q: &TLine) -> bool {
    match headings::list_marker(q.first_word()) {
        Some(Marker::Bullet) => return true,
        Some(Marker::Enumerator) if p.is_none_or(|p| !p.full()) => return true,
        _ => {}
    }
    headings::is_caption(&q.plain())
}

fn same_style(p: &TLine, q: &TLine) -> bool {
    let size = p.size.max(q.size);
    (p.size - q.size).abs() <= STYLE_SIZE_TOL * size && p.bold == q.bold
}

/// True when text flows on from `p` (the last row before a column or page break) to `q`.
fn flows_on(p: &TLine, q: &TLine) -> bool {
    if !same_style(p, q) || starts_item_or_caption(Some(p), q) {
        return false;
    }
    if p.ends_with_hyphen() || q.starts_lower() {
        return true;
    }
    // A full row is also about as wide as the row it would run on to: a short line alone in
    // its column (a year closing a title page) fills that column and continues nothing.
    let width = |l: &TLine| l.bbox[2] - l.bbox[0];
    !q.indented() && p.full() && width(p) >= FLOW_WIDTH_SHARE * width(q)
}

/// Whether row `q` continues block `c` (see the module docs).
fn continues(c: &WBlock, q: &TLine, st: &Stats) -> bool {
    let Some(p) = c.lines.last() else { return false };
    if starts_item_or_caption(Some(p), q) {
        return false;
    }
    if p.column != q.column {
        // Rows of a column are one flow while no other column's rows come between them: the
        // full-width rows above a column group and those below it share a column but are
        // two flows. Where text leaves a flow that is not the end of its column on the page
        // (a full-width paragraph above a column group, with more full-width rows further
        // down), only a broken word or a lower-case start (not an enumerator, "b)") carries
        // it on.
        let broken = p.ends_with_hyphen() || (q.starts_lower() && headings::list_marker(q.first_word()).is_none());
        return (p.last_in_col && q.first_in_col || broken) && flows_on(p, q);
    }
    if !same_style(p, q) {
        return false;
    }
    let size = p.size.max(q.size);
    let delta = q.baseline - p.baseline;
    if delta <= ROW_MIN_DROP * size {
        return false;
    }
    if delta > p.pitch.max(PITCH_MIN) * size + PITCH_SLACK * size {
        return false;
    }
    let body_text = (p.size - st.body).abs() <= STYLE_SIZE_TOL * st.body && !p.bold;
    // In justified text every row of a paragraph but its last is full.
    let ended = p.justified && body_text && !p.full() && !narrower_measure(c, p, q);
    let first = &c.lines[0];
    if headings::list_marker(first.first_word()).is_some() {
        // A list item's rows may be set ragged in a justified column, but a row that stops
        // far short of the column's end, followed by a capital, closes the item: what
        // follows is a paragraph after the list, indented a little like the item's text.
        let short = p.bbox[2] - p.col_left < ITEM_SHORT_ROW * (p.col_right - p.col_left);
        if ended && short && q.starts_upper() {
            return false;
        }
        // A list item goes on at its hanging indent, or flush with a full line above.
        let text_x = first.words.get(1).map(|w| w.bbox[0]).unwrap_or(first.bbox[0]);
        // A run-in enumerator ("(ii) …", "a) …" at the paragraph indent) goes on flush
        // with the column's left edge after a full row: the rows of one paragraph.
        let at_left = |t: &TLine| (t.bbox[0] - t.col_left).abs() <= FLUSH_LEFT_TOL * size;
        let run_in = p.full() && at_left(q) && (c.lines.len() == 1 || at_left(p));
        return (q.bbox[0] - text_x).abs() <= HANGING_TOL * size
            || (p.full() && (q.bbox[0] - p.bbox[0]).abs() <= FLUSH_LEFT_TOL * size)
            || run_in;
    }
    if centred_continuation(c, q, size, st) {
        return true;
    }
    if q.bbox[0] > p.bbox[0] + INDENT * size {
        // Deeper than the row above: a hanging indent after a full first row, else a new
        // paragraph's first-line indent.
        return c.lines.len() == 1 && p.full();
    }
    !ended
}

/// True when row `p`, the last of block `c`, is full within a measure narrower than its
/// column's on both sides — a block quotation indented left and right and justified to its
/// own edges — and `q` starts where `p` does: `p` starts at least [`INDENT`] em inside the
/// column's left edge and ends at least as far inside its right edge, where the block's
/// rows above it end (or, for the block's first row, where `q` ends).
fn narrower_measure(c: &WBlock, p: &TLine, q: &TLine) -> bool {
    let size = p.size.max(q.size);
    let inside = p.bbox[0] >= p.col_left + INDENT * size && p.bbox[2] <= p.col_right - INDENT * size;
    let aligned = (q.bbox[0] - p.bbox[0]).abs() <= FLUSH_LEFT_TOL * size;
    let above = &c.lines[..c.lines.len().saturating_sub(1)];
    let edge = if above.is_empty() { q.bbox[2] } else { above.iter().map(|l| l.bbox[2]).fold(f32::MIN, f32::max) };
    inside && aligned && (p.bbox[2] - edge).abs() <= FULL_TOL_JUSTIFIED * size
}

/// Middle of a row.
fn axis(t: &TLine) -> f32 {
    0.5 * (t.bbox[0] + t.bbox[2])
}

/// True when row `q` goes on a block of centred display rows (bold, or bigger than the body
/// text): its rows so far share one axis, and `q`, on that axis too, starts and ends
/// elsewhere than the row above (a wrapped centred title or subtitle, not a left-aligned or
/// justified paragraph). Centred rows of body text ("Academia Diplomática del Perú" above
/// "Lima, 2019") stay apart.
fn centred_continuation(c: &WBlock, q: &TLine, size: f32, st: &Stats) -> bool {
    let Some(p) = c.lines.last() else { return false };
    if !(p.bold || p.size >= LARGER * st.body) {
        return false;
    }
    let tol = AXIS_TOL * size;
    let same_axis = |a: &TLine, b: &TLine| (axis(a) - axis(b)).abs() <= tol;
    c.lines.windows(2).all(|w| same_axis(&w[0], &w[1]))
        && same_axis(p, q)
        && (q.bbox[0] - p.bbox[0]).abs() > CENTRED_SHIFT * size
        && (q.bbox[2] - p.bbox[2]).abs() > CENTRED_SHIFT * size
}

/// Groups rows into blocks.
fn segment(entries: Vec<Entry>, st: &Stats) -> Vec<WBlock> {
    let mut out: Vec<WBlock> = Vec::new();
    let mut cur: Option<WBlock> = None;
    for e in entries {
        match e {
            Entry::Block(b) => {
                out.extend(cur.take());
                out.push(b);
            }
            Entry::Text(t) => {
                if let Some(c) = cur.as_mut() {
                    if continues(c, &t, st) {
                        c.bbox = union(c.bbox, t.bbox);
                        c.lines.push(t);
                        continue;
                    }
                }
                out.extend(cur.take());
                cur = Some(WBlock::text(vec![t]));
            }
        }
    }
    out.extend(cur);
    out
}

/// The words of some rows, one space apart (to tell their language).
fn rows_text(rows: &[TLine]) -> String {
    rows.iter().flat_map(|l| l.words.iter().map(|w| w.text.as_str())).collect::<Vec<_>>().join(" ")
}

/// A text block that went on from one column into the next is cut where it changes
/// language ([`language`]): on a bilingual page the other column is the translation, not
/// the rest of the paragraph. A word broken at the column's end keeps them together.
fn split_languages(blocks: Vec<WBlock>) -> Vec<WBlock> {
    let mut out: Vec<WBlock> = Vec::with_capacity(blocks.len());
    for b in blocks {
        if b.table.is_some() || !b.fixed.is_empty() || b.lines.len() < 2 {
            out.push(b);
            continue;
        }
        let switches: Vec<usize> = (1..b.lines.len())
            .filter(|&k| b.lines[k].column != b.lines[k - 1].column && !b.lines[k - 1].ends_with_hyphen())
            .collect();
        if switches.is_empty() {
            out.push(b);
            continue;
        }
        let mut start = 0;
        let mut cuts = Vec::new();
        for (i, &k) in switches.iter().enumerate() {
            let end = switches.get(i + 1).copied().unwrap_or(b.lines.len());
            if language::differ(&rows_text(&b.lines[start..k]), &rows_text(&b.lines[k..end])) {
                cuts.push(k);
                start = k;
            }
        }
        if cuts.is_empty() {
            out.push(b);
            continue;
        }
        let mut lines = b.lines;
        for &k in cuts.iter().rev() {
            let tail = lines.split_off(k);
            out.push(WBlock::text(tail));
        }
        let n = cuts.len();
        out.push(WBlock::text(lines));
        let len = out.len();
        out[len - n - 1..].reverse();
    }
    out
}

/// Last resort for a word broken across two blocks: a text block whose last row ends with
/// a letter and a hyphen is joined with the next text block when that one starts in lower
/// case, in the same style, and opens no item or caption (whatever cut them apart — a
/// gap, an indent, a column change the flow rule missed — a reader reads one word on).
fn join_broken_words(blocks: Vec<WBlock>) -> Vec<WBlock> {
    let mut out: Vec<WBlock> = Vec::with_capacity(blocks.len());
    for b in blocks {
        if let Some(a) = out.last_mut() {
            let text_block = |w: &WBlock| w.kind == BlockKind::Paragraph && w.table.is_none() && w.fixed.is_empty();
            let broken = a.lines.last().is_some_and(|p| {
                let last = p.words.iter().rev().find(|w| !w.superscript).map(|w| w.text.as_str()).unwrap_or("");
                let stem = last.trim_end_matches(['-', '\u{ad}', '‐']);
                stem.len() < last.len() && stem.chars().next_back().is_some_and(char::is_alphabetic)
            });
            let goes_on = match (a.lines.last(), b.lines.first()) {
                (Some(p), Some(q)) => q.starts_lower() && same_style(p, q) && !starts_item_or_caption(None, q),
                _ => false,
            };
            if text_block(a) && text_block(&b) && broken && goes_on {
                a.bbox = union(a.bbox, b.bbox);
                a.lines.extend(b.lines);
                continue;
            }
        }
        out.push(b);
    }
    out
}

/// Decides the kind of a text block (see the module docs).
fn classify(b: &mut WBlock, st: &Stats, page: u32) {
    if b.kind != BlockKind::Paragraph || b.lines.is_empty() {
        return;
    }
    let text: String = b.lines.iter().map(TLine::plain).collect::<Vec<_>>().join(" ");
    let first = &b.lines[0];
    let marker = headings::list_marker(first.first_word());
    if marker == Some(Marker::Bullet) {
        b.kind = BlockKind::ListItem;
        b.bullet = true;
        return;
    }
    let n = b.lines.len();
    let chars = text.chars().count();
    if headings::is_caption(&text) && n <= headings::caption_rows_max(&text) {
        b.kind = BlockKind::Caption;
        return;
    }
    let size = b.lines.iter().map(|l| l.size).fold(0.0f32, f32::max);
    let bold = b.lines.iter().all(|l| l.bold);
    let larger = size >= LARGER * st.body;
    let styled = larger || (bold && !st.body_bold);
    let letters = text.chars().any(char::is_alphabetic);
    let chapter = headings::is_chapter(&text) && n <= CHAPTER_MAX.0 && chars <= CHAPTER_MAX.1;
    // A bigger heading may wrap to several rows in a narrow column.
    let short = if larger {
        n <= HEADING_LARGE_MAX.0 && chars <= HEADING_LARGE_MAX.1
    } else {
        n <= HEADING_BOLD_MAX.0 && chars <= HEADING_BOLD_MAX.1
    };
    if letters && ((styled && short) || chapter) {
        b.kind = BlockKind::Heading;
        let caps = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        b.style = Some(HeadingStyle {
            size,
            bold,
            caps,
            page,
            depth: headings::numbered_depth(&text),
            chapter: headings::is_chapter(&text),
        });
        return;
    }
    if marker == Some(Marker::Enumerator) {
        b.kind = BlockKind::ListItem;
    }
}

/// Finds a title page and keeps only its title as a heading (see the module docs).
///
/// The first page with body text is a title page when it opens with a run of three blocks
/// or more whose every row is centred on the page's text, and the run holds a heading set
/// bigger than the body text. The biggest block of the run (with the blocks right after it
/// in the same style: a title broken by a gap) becomes the title, a level-1 heading; the
/// other blocks of the run (subtitle, author, institution, "Lima, 2018") become paragraphs.
/// The metadata stage reads their roles from the page's lines.
fn title_page(works: &mut [PageWork], pages: &[TextPage], st: &Stats) {
    let Some(pi) = works.iter().position(|w| w.body.iter().any(WBlock::is_body)) else { return };
    let body: Vec<usize> = (0..works[pi].body.len()).filter(|&k| works[pi].body[k].is_body()).collect();
    let rows = || body.iter().flat_map(|&k| works[pi].body[k].lines.iter());
    let x0 = rows().map(|l| l.bbox[0]).fold(f32::INFINITY, f32::min);
    let x1 = rows().map(|l| l.bbox[2]).fold(f32::NEG_INFINITY, f32::max);
    if !(x0.is_finite() && x1.is_finite()) {
        return;
    }
    let width = pages.get(pi).map(|p| p.width).filter(|w| w.is_finite() && *w > 1.0).unwrap_or(x1 - x0);
    let mid = 0.5 * (x0 + x1);
    let tol = (TITLE_AXIS_TOL * st.body).max(TITLE_AXIS_TOL_WIDTH * width);
    let centred = |b: &WBlock| {
        matches!(b.kind, BlockKind::Heading | BlockKind::Paragraph | BlockKind::Other)
            && !b.lines.is_empty()
            && b.lines.iter().all(|l| (axis(l) - mid).abs() <= tol)
    };
    let run: Vec<usize> = body.iter().copied().take_while(|&k| centred(&works[pi].body[k])).collect();
    let size_of = |b: &WBlock| b.lines.iter().map(|l| l.size).fold(0.0f32, f32::max);
    let blocks = &works[pi].body;
    let Some(&t) = run.iter().max_by(|&&a, &&b| size_of(&blocks[a]).total_cmp(&size_of(&blocks[b])).then(b.cmp(&a)))
    else {
        return;
    };
    if run.len() < TITLE_MIN_BLOCKS || blocks[t].kind != BlockKind::Heading || size_of(&blocks[t]) < LARGER * st.body {
        return;
    }
    // The title's own rows, then the blocks of its style right after it.
    let style = |b: &WBlock| (size_of(b), b.lines.iter().all(|l| l.bold));
    let pos = run.iter().position(|&k| k == t).unwrap_or(0);
    let mut parts = vec![t];
    for &k in &run[pos + 1..] {
        let (a, b) = (style(&blocks[t]), style(&blocks[k]));
        if blocks[k].kind == BlockKind::Heading && (a.0 - b.0).abs() <= TITLE_SAME_SIZE * a.0 && a.1 == b.1 {
            parts.push(k);
        } else {
            break;
        }
    }
    let work = &mut works[pi].body;
    for &k in &parts[1..] {
        let moved = std::mem::take(&mut work[k].lines);
        work[k].removed = true;
        let bbox = work[k].bbox;
        work[t].lines.extend(moved);
        work[t].bbox = union(work[t].bbox, bbox);
    }
    work[t].title = true;
    for &k in &run {
        if k != t && !parts.contains(&k) && work[k].kind == BlockKind::Heading {
            work[k].kind = BlockKind::Paragraph;
            work[k].style = None;
            work[k].level = None;
        }
    }
}

/// Gives every heading its level, from all headings of the document.
fn assign_levels(works: &mut [PageWork], _st: &Stats, _pages: &[TextPage]) {
    let styles: Vec<HeadingStyle> = works.iter().flat_map(|w| w.body.iter().filter_map(|b| b.style)).collect();
    let levels = headings::levels(&styles);
    let mut k = 0;
    for w in works.iter_mut() {
        for b in w.body.iter_mut() {
            if b.style.is_some() {
                b.level = if b.title { Some(1) } else { levels.get(k).copied() };
                k += 1;
            }
        }
    }
}

/// Joins a paragraph cut by a page break (see the module docs).
fn join_across_pages(works: &mut [PageWork]) {
    // The block that the last body block of the previous page went into: (page, block).
    let mut open: Option<(usize, usize)> = None;
    for p in 0..works.len() {
        let first = works[p].body.iter().position(|b| b.is_body());
        if let (Some((op, ob)), Some(fi)) = (open, first) {
            if let Some(tb) = join_target(&works[op].body, ob, &works[p].body[fi]) {
                let column = works[p].body[fi].lines.first().map(|l| l.column);
                move_lines(works, (p, fi), (op, tb));
                // Bilingual columns: the last block, passed over for the first column's
                // text, goes on at the top of the next column in its own language.
                if tb != ob {
                    if let Some(fj) = next_column_start(&works[p].body, fi, column) {
                        let other = language::differ(
                            &rows_text(&works[op].body[ob].lines),
                            &rows_text(&works[p].body[fj].lines),
                        );
                        if !other && can_join(&works[op].body[ob], &works[p].body[fj]) {
                            move_lines(works, (p, fj), (op, ob));
                        }
                    }
                }
            }
        }
        let last = works[p].body.iter().rposition(|b| b.is_body());
        let joined = works[p].body.iter().any(|b| b.removed);
        // A page of floats only (tables and their captions, set on a page of their own
        // while the text goes on after them) leaves the paragraph before it open.
        let floats_only = works[p].body.iter().filter(|b| b.is_body()).all(|b| b.is_float());
        open = match last {
            Some(_) if floats_only => open,
            Some(li) => Some((p, last_text_block(&works[p].body).unwrap_or(li))),
            // The page held only the continuation: the open block stays open.
            None if joined => open,
            None => None,
        };
    }
}

/// The last body block of a page that its text can go on from: floats set at the foot of
/// the page after it (tables, captions) are passed over, and so are the one-row labels of a
/// figure (no prose) that come before such a caption.
fn last_text_block(body: &[WBlock]) -> Option<usize> {
    let mut float_after = false;
    for (i, b) in body.iter().enumerate().rev() {
        if !b.is_body() {
            continue;
        }
        if b.is_float() {
            float_after = true;
            continue;
        }
        let label = matches!(b.lines.as_slice(), [l] if !stacked::is_prose(&l.words));
        if float_after && label {
            continue;
        }
        return Some(i);
    }
    None
}

/// Moves the lines of block `from` (page, block) to the end of block `to`, which goes on.
fn move_lines(works: &mut [PageWork], from: (usize, usize), to: (usize, usize)) {
    let moved = std::mem::take(&mut works[from.0].body[from.1].lines);
    works[from.0].body[from.1].removed = true;
    let target = &mut works[to.0].body[to.1];
    if !moved.is_empty() {
        target.breaks.push((target.lines.len(), from.0));
    }
    target.lines.extend(moved);
    target.continues = true;
}

/// The first body block after block `fi` that opens another column than `column` (`fi`'s).
fn next_column_start(body: &[WBlock], fi: usize, column: Option<usize>) -> Option<usize> {
    (fi + 1..body.len()).find(|&j| {
        body[j].is_body() && body[j].lines.first().is_some_and(|l| l.first_in_col && Some(l.column) != column)
    })
}

/// Which block of the page before (`body`, its last body block `last`) the first body block
/// of a page goes on with: the last one, unless the two are in two languages ([`language`]);
/// then the last block in `next`'s language that closes a column (a bilingual page's
/// column goes on in the same column of the next page).
fn join_target(body: &[WBlock], last: usize, next: &WBlock) -> Option<usize> {
    let next_text = rows_text(&next.lines);
    let other = |b: &WBlock| language::differ(&rows_text(&b.lines), &next_text);
    if !other(&body[last]) {
        return can_join(&body[last], next).then_some(last);
    }
    let closes_column = |b: &WBlock| b.is_body() && b.lines.last().is_some_and(|l| l.last_in_col);
    (0..last).rev().find(|&j| closes_column(&body[j]) && !other(&body[j]) && can_join(&body[j], next))
}

fn can_join(prev: &WBlock, next: &WBlock) -> bool {
    let kinds_ok = matches!(
        (prev.kind, next.kind),
        (BlockKind::Paragraph, BlockKind::Paragraph) | (BlockKind::ListItem, BlockKind::Paragraph)
    );
    if !kinds_ok {
        return false;
    }
    let (Some(p), Some(q)) = (prev.lines.last(), next.lines.first()) else { return false };
    if !p.ends_with_hyphen() && stands_alone(p, next) {
        return false;
    }
    if prev.kind == BlockKind::ListItem {
        // The rest of a list item keeps its indent: the hanging indent of its own rows, or
        // none when its rows run flush under the marker ("1. ¿…? 2. ¿…?" set as a paragraph).
        let flush = prev.lines.len() > 1 && prev.lines[1..].iter().all(|l| !l.indented());
        let placed = if flush { !q.indented() } else { q.indented() };
        return placed && same_style(p, q) && (p.ends_with_hyphen() || q.starts_lower() || p.full());
    }
    flows_on(p, q)
}

/// Whether the first block of a page, `next`, stands on its own rather than going on with
/// the paragraph whose last row `p` closes the page before (no word broken between them):
/// - a row of labels (a figure's tick or point names, "z", "γ1 γ2"): one row, no prose,
///   no word of [`PROSE_WORD_LETTERS`] letters;
/// - a title row after a finished sentence ("… Topologie." then "Beispiel 10"): one row,
///   short of the column's right edge, no prose and no closing punctuation of its own.
fn stands_alone(p: &TLine, next: &WBlock) -> bool {
    let [q] = next.lines.as_slice() else { return false };
    if stacked::is_prose(&q.words) {
        return false;
    }
    let letters = |w: &Word| w.text.chars().filter(|c| c.is_alphabetic()).count();
    let labels = q.words.iter().all(|w| letters(w) < PROSE_WORD_LETTERS);
    let ends_sentence = |l: &TLine| l.words.last().is_some_and(|w| w.text.ends_with(['.', '!', '?', ':']));
    labels || (ends_sentence(p) && !ends_sentence(q) && !q.full())
}

/// Renders a block's rows into raw lines, taking out footnote marks.
/// Which raised numbers are footnote marks: a number is one only when a footnote with that
/// number is printed on the page (or on the next: in a paragraph that goes on there, or as
/// the very next note in sequence and the first one there after this page's own notes), it
/// keeps the sequence of the marks before it (not lower than the last mark taken, unless it
/// is the page's first note number: numbering that restarts), and no mark of that number
/// was taken on the page yet (a note is referenced once: a second raised "1" on a page with
/// one note 1 is a numerator or an exponent). Other raised numbers are exponents and stay
/// in the text ("S²" in a book with 13 footnotes).
#[derive(Debug, Clone, Default)]
struct NoteMarks {
    /// Note numbers printed on this page.
    here: BTreeSet<u32>,
    /// Note numbers printed on the next page.
    next: BTreeSet<u32>,
    /// Numbers taken as marks on this page.
    used: BTreeSet<u32>,
    last: u32,
}

impl NoteMarks {
    fn none() -> NoteMarks {
        NoteMarks::default()
    }

    /// Marks for the notes `here` on the page and `next` on the next one.
    fn on_page(here: BTreeSet<u32>, next: BTreeSet<u32>, last: u32) -> NoteMarks {
        NoteMarks { here, next, used: BTreeSet::new(), last }
    }

    /// True (and the sequence moves on) when the numbers `ns` of one raised word are marks;
    /// `goes_on`: the word's block continues on the next page.
    fn take(&mut self, ns: &[u32], goes_on: bool) -> bool {
        // A note printed on the next page belongs to a mark here when the paragraph goes on
        // there, or when this page has notes of its own and it is the very next one in
        // sequence and the first of that page (the page's note area was full, so the note
        // moved on). On a page without notes, a raised number is left an exponent.
        let follows =
            |n: &u32| *n == self.last + 1 && self.next.first() == Some(n) && self.here.last().is_some_and(|h| h < n);
        let printed = |n: &u32| self.here.contains(n) || self.next.contains(n) && (goes_on || follows(n));
        let first = self.here.first().or(if goes_on { self.next.first() } else { None }).copied();
        let ok = ns.iter().all(|n| printed(n) && !self.used.contains(n))
            && ns.first().is_some_and(|&n| n >= self.last || Some(n) == first);
        if ok {
            self.last = ns.iter().copied().max().unwrap_or(self.last);
            self.used.extend(ns.iter().copied());
        }
        ok
    }
}

fn finish(b: WBlock, notes: &mut NoteMarks) -> LaidBlock {
    let mut lines = b.fixed;
    let mut refs = Vec::new();
    let mut page_breaks = Vec::with_capacity(b.breaks.len());
    for (k, l) in b.lines.iter().enumerate() {
        page_breaks.extend(b.breaks.iter().filter(|(at, _)| *at == k).map(|&(_, page)| (lines.len(), page)));
        let mut words: &[Word] = &l.words;
        let stripped;
        if k == 0 && b.bullet {
            stripped = strip_bullet(words);
            words = &stripped;
        }
        let (s, r) = render(words, notes, b.continues);
        refs.extend(r);
        if !s.is_empty() {
            lines.push(s);
        }
    }
    LaidBlock {
        kind: b.kind,
        lines,
        bbox: b.bbox,
        level: if b.kind == BlockKind::Heading { b.level.or(Some(1)) } else { None },
        continues: b.continues,
        footnote_refs: refs,
        table: b.table,
        page_breaks,
    }
}

/// The words without the bullet ([`headings::bullet_len`]) of a list item's first word.
fn strip_bullet(words: &[Word]) -> Vec<Word> {
    let mut v: Vec<Word> = words.to_vec();
    if let Some(w) = v.first_mut() {
        let n = headings::bullet_len(&w.text);
        if n == w.text.len() {
            v.remove(0);
        } else {
            w.text = w.text[n..].into();
        }
    }
    v
}

/// Numbers of a raised mark word ("3", "3,4").
fn mark_numbers(w: &Word) -> Option<Vec<u32>> {
    if !w.superscript {
        return None;
    }
    let mut out = Vec::new();
    for part in w.text.split([',', ';']) {
        let probe = Word { text: part.into(), ..w.clone() };
        out.push(mark_number(&probe)?);
    }
    (!out.is_empty()).then_some(out)
}

/// True when `b` sticks to `a` (a raised or lowered mark touching a word).
fn glued(a: &Word, b: &Word) -> bool {
    a.superscript != b.superscript && b.bbox[0] - a.bbox[2] < WORD_GAP * a.size.max(b.size)
}

/// Joins words with single spaces (none where a raised mark touches a word), leaving out
/// raised marks that `notes` takes (`goes_on`: the block continues on the next page);
/// returns the text and the numbers removed.
fn render(words: &[Word], notes: &mut NoteMarks, goes_on: bool) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(words.iter().map(|w| w.text.len() + 1).sum());
    let mut refs = Vec::new();
    let mut removed_glued: Option<bool> = None;
    for (i, w) in words.iter().enumerate() {
        let g = i > 0 && glued(&words[i - 1], w);
        if let Some(ns) = mark_numbers(w) {
            if notes.take(&ns, goes_on) {
                refs.extend(ns);
                removed_glued = Some(g || removed_glued.unwrap_or(false) && out.is_empty());
                continue;
            }
        }
        if !out.is_empty() {
            let glue = match removed_glued {
                Some(pg) => pg && g,
                None => g,
            };
            if !glue {
                out.push(' ');
            }
        }
        out.push_str(&w.text);
        removed_glued = None;
    }
    (out, refs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::*;

    fn w(text: &str, x0: f32, x1: f32, sup: bool) -> Word {
        Word {
            text: text.into(),
            bbox: [x0, 0.0, x1, 10.0],
            baseline: 8.0,
            size: 10.0,
            font: 0,
            bold: false,
            italic: false,
            superscript: sup,
            seq: 0,
        }
    }

    #[test]
    fn render_removes_marks_and_glues() {
        let notes = || NoteMarks::on_page([1, 2].into(), BTreeSet::new(), 0);
        let words = vec![
            w("Pública", 0.0, 30.0, false),
            w("1", 30.0, 33.0, true),
            w(",", 33.0, 35.0, false),
            w("y", 38.0, 42.0, false),
        ];
        assert_eq!(render(&words, &mut notes(), false), ("Pública, y".to_string(), vec![1]));
        let words = vec![w("Pública", 0.0, 30.0, false), w("1", 30.0, 33.0, true), w("y", 36.0, 40.0, false)];
        assert_eq!(render(&words, &mut notes(), false), ("Pública y".to_string(), vec![1]));
        let words = vec![w("m", 0.0, 8.0, false), w("3", 8.0, 11.0, true), w("de", 14.0, 24.0, false)];
        assert_eq!(render(&words, &mut notes(), false).0, "m3 de");
        // An exponent whose number is no footnote of this page stays; a mark out of sequence
        // (lower than the last one taken) is an exponent too.
        let words = vec![w("S", 0.0, 8.0, false), w("2", 8.0, 11.0, true), w("und", 14.0, 24.0, false)];
        // A note moved to the next page (the first there, next in sequence) keeps its mark
        // even where the paragraph ends on this page; a later note of the next page does not.
        let edu = vec![w("Educación.", 0.0, 40.0, false), w("10", 40.0, 46.0, true)];
        let mut m = NoteMarks::on_page([9].into(), [10, 11].into(), 9);
        assert_eq!(render(&edu, &mut m, false), ("Educación.".to_string(), vec![10]));
        let mut m = NoteMarks::on_page([9].into(), [9, 10].into(), 9);
        assert_eq!(render(&edu, &mut m, false).0, "Educación.10");
        let mut m = NoteMarks::on_page([5].into(), BTreeSet::new(), 4);
        assert_eq!(render(&words, &mut m, false).0, "S2 und");
        let mut m = NoteMarks::on_page([1, 2, 3].into(), BTreeSet::new(), 3);
        assert_eq!(render(&words, &mut m, false).0, "S2 und");
        let mut m = NoteMarks::on_page([2, 3].into(), BTreeSet::new(), 1);
        assert_eq!(render(&words, &mut m, false), ("S und".to_string(), vec![2]));
        // A note is referenced once: a second raised 2 on the page is an exponent.
        assert_eq!(render(&words, &mut m, false).0, "S2 und");
        // On a page without notes, a note printed on the next page is marked only from a
        // paragraph that goes on there.
        let mut m = NoteMarks::on_page(BTreeSet::new(), [2].into(), 1);
        assert_eq!(render(&words, &mut m, false).0, "S2 und");
        assert_eq!(render(&words, &mut m, true), ("S und".to_string(), vec![2]));
    }

    fn doc(pages: Vec<PageBuilder>) -> LaidDocument {
        let pages: Vec<TextPage> = pages.into_iter().map(|p| p.page).collect();
        let lines: Vec<Vec<Line>> = pages.iter().map(super::super::page_lines).collect();
        build_document(&pages, lines, &[])
    }

    fn kinds(d: &LaidDocument, page: usize) -> Vec<(BlockKind, String)> {
        d.pages[page].blocks.iter().map(|b| (b.kind, b.lines.join(" / "))).collect()
    }

    const L: f32 = 72.0;
    const R: f32 = 523.0;

    #[test]
    fn paragraphs_from_gaps_indents_and_short_lines() {
        let mut p = PageBuilder::new();
        let mut y = 100.0;
        // Paragraph 1: two full lines and a short one.
        p.justified(L, R, y, 11.0, "uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno");
        y += 13.0;
        p.justified(L, R, y, 11.0, "dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos");
        y += 13.0;
        p.text(L, y, 11.0, "tres final.");
        // Paragraph 2 right below (no gap), starts after a short line.
        y += 13.0;
        p.justified(L, R, y, 11.0, "cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro");
        y += 13.0;
        p.text(L, y, 11.0, "cinco.");
        // Paragraph 3 after a gap, with first-line indent.
        y += 22.0;
        p.justified(L + 20.0, R, y, 11.0, "seis seis seis seis seis seis seis seis seis seis seis seis");
        y += 13.0;
        p.justified(L, R, y, 11.0, "siete siete siete siete siete siete siete siete siete siete siete");
        y += 13.0;
        p.text(L, y, 11.0, "ocho.");
        let d = doc(vec![p]);
        let k = kinds(&d, 0);
        assert_eq!(k.len(), 3, "{k:?}");
        assert!(k.iter().all(|(kind, _)| *kind == BlockKind::Paragraph));
        assert!(k[0].1.ends_with("tres final."));
        assert!(k[1].1.starts_with("cuatro") && k[1].1.ends_with("cinco."));
        assert!(k[2].1.starts_with("seis"));
    }

    #[test]
    fn a_block_quotation_justified_to_its_own_narrower_measure_is_one_block() {
        let mut p = PageBuilder::new();
        let body = "texto texto texto texto texto texto texto texto texto texto texto texto";
        let mut y = 100.0;
        p.justified(L + 14.0, R, y, 11.0, body);
        for _ in 0..3 {
            y += 14.0;
            p.justified(L, R, y, 11.0, body);
        }
        y += 14.0;
        p.text(L, y, 11.0, "fin del párrafo.");
        // The quotation: smaller, indented 34 pt on the left and 29 pt on the right.
        for k in 0..3 {
            y += 13.5;
            p.justified(
                L + 34.0,
                R - 29.0,
                y,
                10.0,
                &format!("cita{k} cita cita cita cita cita cita cita cita cita cita"),
            );
        }
        y += 13.5;
        p.text(L + 34.0, y, 10.0, "cita final.");
        y += 16.0;
        p.justified(L + 14.0, R, y, 11.0, body);
        y += 14.0;
        p.justified(L, R, y, 11.0, body);
        let d = doc(vec![p]);
        let k = kinds(&d, 0);
        assert_eq!(k.len(), 3, "{k:?}");
        assert!(k[1].1.starts_with("cita0") && k[1].1.ends_with("cita final."), "{k:?}");
        // Rows of a narrower measure that end at different places are still apart (here:
        // one-row entries, indented, each short).
        let mut p = PageBuilder::new();
        let mut y = 100.0;
        for _ in 0..4 {
            p.justified(L, R, y, 11.0, body);
            y += 14.0;
        }
        p.text(L, y, 11.0, "fin del párrafo.");
        for t in ["Primera entrada de la lista", "Segunda entrada más larga de la lista", "Tercera"] {
            y += 14.0;
            p.text(L + 34.0, y, 11.0, t);
        }
        let k = kinds(&doc(vec![p]), 0);
        assert_eq!(k.len(), 4, "{k:?}");
    }

    #[test]
    fn a_short_row_of_a_list_item_in_justified_text_closes_the_item() {
        let body = "texto texto texto texto texto texto texto texto texto texto texto texto";
        let item = "elemento elemento elemento elemento elemento elemento elemento elemento";
        let page = |ragged: bool| {
            let mut p = PageBuilder::new();
            let mut y = 100.0;
            for _ in 0..4 {
                p.justified(L, R, y, 11.0, body);
                y += 14.0;
            }
            p.text(L, y, 11.0, "fin del párrafo.");
            y += 14.0;
            p.text(L, y, 11.0, "•");
            // The item's text hangs at L + 10; a ragged item's rows stop short of R.
            let end = if ragged { R - 60.0 } else { R };
            p.justified(L + 10.0, end, y, 11.0, item);
            y += 14.0;
            p.text(L + 10.0, y, 11.0, if ragged { "Sigue el elemento" } else { "fin del elemento." });
            // The paragraph after the list: a first-line indent 4 pt deeper than the item's text.
            y += 14.0;
            p.justified(L + 14.0, R, y, 11.0, &format!("Después {body}"));
            y += 14.0;
            p.justified(L, R, y, 11.0, body);
            p
        };
        let k = kinds(&doc(vec![page(false)]), 0);
        assert_eq!(k.len(), 3, "{k:?}");
        assert_eq!(k[1].0, BlockKind::ListItem);
        assert!(k[1].1.ends_with("fin del elemento."), "{k:?}");
        assert!(k[2].1.starts_with("Después"), "{k:?}");
        // A ragged row of an item (most of the column wide) does not close it.
        let k = kinds(&doc(vec![page(true)]), 0);
        assert!(k.iter().any(|(kind, t)| *kind == BlockKind::ListItem && t.contains("/ Sigue el elemento")), "{k:?}");
    }

    #[test]
    fn headings_and_lists() {
        let mut p = PageBuilder::new();
        p.text_font(L, 80.0, 16.0, "1 Nota metodológica", BOLD);
        p.justified(L, R, 110.0, 11.0, "texto texto texto texto texto texto texto texto texto texto texto");
        p.text(L, 123.0, 11.0, "fin.");
        p.text_font(L, 150.0, 13.0, "1.1 Subtítulo", BOLD);
        p.text(L + 10.0, 175.0, 11.0, "•");
        p.justified(L + 25.0, R, 175.0, 11.0, "primer elemento de la lista que ocupa una línea completa aquí");
        p.text(L + 25.0, 188.0, 11.0, "y sigue.");
        p.text(L + 10.0, 201.0, 11.0, "•");
        p.text(L + 25.0, 201.0, 11.0, "segundo elemento.");
        p.text(L, 214.0, 11.0, "a)");
        p.text(L + 25.0, 214.0, 11.0, "con letra.");
        let d = doc(vec![p]);
        let k = kinds(&d, 0);
        assert_eq!(
            k,
            vec![
                (BlockKind::Heading, "1 Nota metodológica".into()),
                (
                    BlockKind::Paragraph,
                    "texto texto texto texto texto texto texto texto texto texto texto / fin.".into()
                ),
                (BlockKind::Heading, "1.1 Subtítulo".into()),
                (
                    BlockKind::ListItem,
                    "primer elemento de la lista que ocupa una línea completa aquí / y sigue.".into()
                ),
                (BlockKind::ListItem, "segundo elemento.".into()),
                (BlockKind::ListItem, "a) con letra.".into()),
            ]
        );
        let lv: Vec<Option<u8>> = d.pages[0].blocks.iter().map(|b| b.level).collect();
        assert_eq!(lv[0], Some(1));
        assert_eq!(lv[2], Some(2));
    }

    #[test]
    fn a_full_width_paragraph_runs_on_into_the_first_column_below_it() {
        // A full-width paragraph whose last row is full and ends mid-sentence, a two-column
        // section that takes its sentence up, then another full-width paragraph further
        // down the page (the full-width rows above and below share one column).
        let mut p = PageBuilder::new();
        let full = "palabra palabra palabra palabra palabra palabra palabra palabra palabra palabra";
        let half = "texto texto texto texto texto texto texto";
        p.justified(L + 20.0, R, 100.0, 11.0, full);
        p.justified(L, R, 113.0, 11.0, full);
        p.justified(L, R, 126.0, 11.0, "arriba arriba arriba arriba arriba arriba arriba arriba arriba de la");
        let (m0, m1) = (288.0, 307.0);
        for k in 0..6 {
            let y = 139.0 + 13.0 * k as f32;
            let left = if k == 0 { "continuación del texto texto texto" } else { half };
            p.justified(L, m0, y, 11.0, left);
            p.justified(m1, R, y, 11.0, if k == 5 { "derecha derecha derecha fin." } else { half });
        }
        p.justified(L + 20.0, R, 240.0, 11.0, full);
        p.justified(L, R, 253.0, 11.0, full);
        p.text(L, 266.0, 11.0, "abajo final.");
        let d = doc(vec![p]);
        let k = kinds(&d, 0);
        assert!(k[0].1.contains("arriba de la / continuación del"), "{k:?}");
        assert!(k.last().is_some_and(|b| b.1.starts_with("palabra") && b.1.ends_with("abajo final.")), "{k:?}");
    }

    #[test]
    fn notes_side_by_side_at_the_foot_of_two_columns_are_read_column_by_column() {
        let mut p = PageBuilder::new();
        let (m0, m1) = (288.0, 307.0);
        for k in 0..12 {
            let y = 100.0 + 13.0 * k as f32;
            p.justified(L, m0, y, 11.0, "texto texto texto texto texto texto texto");
            p.justified(m1, R, y, 11.0, "texto texto texto texto texto texto texto");
        }
        p.rule(L, 700.0, 150.0);
        p.rule(m1, 700.0, m1 + 78.0);
        p.text(L, 712.0, 9.0, "1 Primera nota que sigue");
        p.text(L, 723.0, 9.0, "en su columna.");
        p.text(m1, 712.0, 9.0, "2 Segunda nota de la");
        p.text(m1, 723.0, 9.0, "otra columna.");
        let d = doc(vec![p]);
        // Each note drawn whole beside the other may come as one line (`interleaved`): the
        // text of each, read whole, is what counts.
        let notes: Vec<(u32, String)> = d.footnotes.iter().map(|f| (f.number, f.lines.join(" "))).collect();
        assert_eq!(
            notes,
            vec![
                (1, "Primera nota que sigue en su columna.".to_string()),
                (2, "Segunda nota de la otra columna.".to_string())
            ]
        );
    }

    #[test]
    fn captions_are_their_own_blocks() {
        let mut p = PageBuilder::new();
        p.text(L, 100.0, 10.0, "Cuadro N° 4: Ejecución del gasto");
        p.text(L, 200.0, 9.0, "Fuente: MEF. Elaboración propia.");
        let d = doc(vec![p]);
        let k = kinds(&d, 0);
        assert_eq!(k.iter().map(|x| x.0).collect::<Vec<_>>(), vec![BlockKind::Caption, BlockKind::Caption]);
    }

    #[test]
    fn a_displayed_formula_is_read_in_the_order_it_was_drawn() {
        let mut p = PageBuilder::new();
        p.justified(L, R, 100.0, 11.0, "Sea la matriz de la forma y su determinante, como sigue en la fórmula:");
        // "M = ( a b / c d ) = ad − bc" drawn in that order: "M =", then the two rows of the
        // matrix 6 pt above and below the axis (a matrix's rows, one line apart in pieces),
        // then the rest on the axis.
        let x = p.text(200.0, 130.0, 11.0, "M =");
        p.text(x + 8.0, 124.0, 11.0, "a b");
        p.text(x + 8.0, 136.0, 11.0, "c d");
        p.text(x + 40.0, 130.0, 11.0, "= ad − bc");
        p.justified(L, R, 160.0, 11.0, "donde los cuatro números son reales y la matriz es invertible si no es cero.");
        let d = doc(vec![p]);
        let k = kinds(&d, 0);
        assert!(k.iter().any(|(_, t)| t == "M = a b c d = ad − bc"), "{k:?}");
        assert!(k[0].1.starts_with("Sea la matriz"), "{k:?}");
        assert!(k.last().is_some_and(|(_, t)| t.starts_with("donde")), "{k:?}");
    }
}
