//! Plain-text input: documents that arrive as UTF-8 text (OCR output, transcriptions, text
//! pulled from PDFs elsewhere).
//!
//! In: the text. Out: a [`LaidDocument`] with the same block kinds the PDF path produces
//! (pages split at form feeds; paragraphs rebuilt from lines, furniture such as repeated
//! headers and page numbers recognised), so normalisation and detectors run unchanged.
//!
//! How, all from the statistics of the document itself:
//! - **Spacing style**: when nearly every text line is followed by one blank line, a
//!   single blank line is spacing, not a paragraph break; otherwise it is a break.
//! - **Paragraph ends** inside running text: a line that ends a sentence and is clearly
//!   shorter than the document's full lines, or is followed by an indented line, or by a
//!   heading. A break followed by a lower-case line after a line that ends mid-sentence
//!   is not a paragraph end (a page break inside a paragraph), nor is a break after a line
//!   that ends open — on an article, preposition, conjunction, number sign or comma
//!   (`2002 Ley Orgánica de` / `Gobiernos Regionales`), whatever follows but a list item.
//! - **Page numbers**: lines holding only a folio, read by the PDF path's rule
//!   ([`headings::folio`]: `12`, `- 12 -`, `[12]`, `xii`, `Página 3 de 24`); bare numbers
//!   count only when they form an increasing sequence spread over the document (table
//!   cells do not). At form feeds, a folio first or last on the page.
//! - **Running headers and footers**: lines that repeat under the PDF path's repetition
//!   key ([`furniture_key`]: numbers masked) at page edges — first or last on pages split
//!   by form feeds, or next to a page number — or that repeat with an increasing folio in
//!   them (`12 | Autor`).
//! - **Headings**: short lines standing alone that are numbered (the PDF path's patterns,
//!   [`headings::plain_heading_depth`]: `1.2. Título`, `II. Título`, `CAPÍTULO I`) or in
//!   capitals, or short title-like lines between paragraphs; the level comes from the
//!   numbering.
//! - **List items**: lines starting with a bullet or a list label (`•`, `-`, `a)`, `1.`).
//!
//! A paragraph that runs over a form feed is joined to its first part (marked
//! `continues`), as the PDF path does.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use crate::layout::footnotes;
use crate::layout::furniture::{furniture_key, numbers_in};
use crate::layout::headings::{self, Marker};
use crate::layout::tuning::*;
use crate::layout::{LaidBlock, LaidDocument, LaidFootnote, LaidPage};
use crate::model::BlockKind;

/// Lays out plain text.
pub fn lay_out(text: &str) -> LaidDocument {
    let pages = split_pages(text);
    let style = Style::of(&pages);
    let furniture = find_furniture(&pages);
    let notes = find_footnotes(&pages, &furniture, &style);
    let mut out_pages: Vec<LaidPage> = Vec::with_capacity(pages.len());
    let mut footnotes: Vec<LaidFootnote> = Vec::new();
    for (pi, lines) in pages.iter().enumerate() {
        let roles = PageRoles { furniture: &furniture[pi], notes: &notes.members, marks: &notes.marks, page: pi };
        let blocks = page_blocks(lines, &roles, &style, &mut footnotes);
        out_pages.push(LaidPage { number: pi as u32 + 1, width: 0.0, height: 0.0, blocks });
    }
    join_across_pages(&mut out_pages);
    // A text without any content still has one (empty) page; trailing empty pages after a
    // final form feed are dropped.
    while out_pages.len() > 1 && out_pages.last().is_some_and(|p| p.blocks.is_empty()) {
        out_pages.pop();
    }
    LaidDocument { pages: out_pages, footnotes }
}

/// The lines of each page (pages split at form feeds), each line without its `\r`. Every list
/// is allocated at its final size: on a large text these lists are the largest thing beside
/// the text itself.
fn split_pages(text: &str) -> Vec<Vec<&str>> {
    let mut pages = Vec::with_capacity(text.bytes().filter(|&b| b == b'\x0c').count() + 1);
    for p in text.split('\x0c') {
        let mut lines = Vec::with_capacity(p.bytes().filter(|&b| b == b'\n').count() + 1);
        lines.extend(p.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)));
        pages.push(lines);
    }
    pages
}

/// Document-wide layout statistics.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// A blank line follows nearly every text line: one blank line is not a break.
    pub double_spaced: bool,
    /// Length (chars, trimmed) of a full line of running text.
    pub full_len: usize,
    /// Most lines start without indentation, so an indented line is a signal.
    pub indent_signals: bool,
}

impl Style {
    /// Measures the style of a document.
    pub fn of(pages: &[Vec<&str>]) -> Style {
        let mut followed_by_one_blank = 0usize;
        let mut text_lines = 0usize;
        let mut indented = 0usize;
        let mut lens: Vec<usize> = Vec::new();
        for lines in pages {
            for (i, l) in lines.iter().enumerate() {
                if is_blank(l) {
                    continue;
                }
                text_lines += 1;
                if l.starts_with(char::is_whitespace) {
                    indented += 1;
                }
                if lens.len() < TEXT_MAX_CANDIDATES * 4 {
                    lens.push(l.trim().chars().count());
                }
                let one_blank =
                    lines.get(i + 1).is_some_and(|n| is_blank(n)) && lines.get(i + 2).is_none_or(|n| !is_blank(n));
                if one_blank {
                    followed_by_one_blank += 1;
                }
            }
        }
        lens.sort_unstable();
        let full_len = lens.get(lens.len() * TEXT_FULL_LINE_RANK.0 / TEXT_FULL_LINE_RANK.1).copied().unwrap_or(0);
        Style {
            double_spaced: text_lines >= TEXT_DOUBLE_MIN_LINES
                && followed_by_one_blank * TEXT_DOUBLE_SHARE.1 >= text_lines * TEXT_DOUBLE_SHARE.0,
            full_len,
            indent_signals: indented * TEXT_INDENT_RARE_SHARE.1 < text_lines * TEXT_INDENT_RARE_SHARE.0,
        }
    }
}

fn is_blank(l: &str) -> bool {
    l.chars().all(char::is_whitespace)
}

/// Ends a sentence (possibly inside closing quotes or brackets).
fn ends_sentence(l: &str) -> bool {
    let t = l.trim_end().trim_end_matches(['"', '”', '’', '»', ')', ']', '\'']);
    t.ends_with(['.', '!', '?', ':', '…'])
}

fn starts_lower(l: &str) -> bool {
    l.trim_start().chars().next().is_some_and(char::is_lowercase)
}

// ---------------------------------------------------------------- furniture

/// One non-blank line, located.
#[derive(Debug, Clone, Copy)]
struct At {
    page: usize,
    line: usize,
    /// Index among all non-blank lines of the document.
    seq: usize,
    /// Non-blank lines before it on its page.
    before: usize,
    /// Non-blank lines after it on its page.
    after: usize,
}

/// The first number written in Arabic digits in `line` (the way [`numbers_in`] reads it).
fn first_arabic(line: &str) -> Option<i64> {
    let word = line.split_whitespace().find(|w| w.chars().any(|c| c.is_ascii_digit()))?;
    numbers_in(word).into_iter().next()
}

/// For every page, the furniture kind of each line (None for content).
fn find_furniture(pages: &[Vec<&str>]) -> Vec<Vec<Option<BlockKind>>> {
    let mut kinds: Vec<Vec<Option<BlockKind>>> = pages.iter().map(|p| vec![None; p.len()]).collect();
    let mut all: Vec<At> = Vec::new();
    for (pi, lines) in pages.iter().enumerate() {
        let first = all.len();
        for (li, l) in lines.iter().enumerate() {
            if !is_blank(l) {
                all.push(At { page: pi, line: li, seq: all.len(), before: all.len() - first, after: 0 });
            }
        }
        let n = all.len() - first;
        for a in &mut all[first..] {
            a.after = n - 1 - a.before;
        }
    }
    let text_of = |a: &At| pages[a.page][a.line];
    let mut set = |a: &At, k: BlockKind| {
        if let Some(slot) = kinds.get_mut(a.page).and_then(|p| p.get_mut(a.line)) {
            *slot = Some(k);
        }
    };
    let paged = pages.len() >= 2;

    // Page numbers.
    let mut bare: Vec<(At, u32)> = Vec::new();
    let mut page_number_seqs: Vec<usize> = Vec::new();
    for a in &all {
        if let Some(f) = headings::folio(text_of(a)) {
            let at_edge = paged && is_page_edge(a);
            if f.labelled || at_edge {
                set(a, BlockKind::PageNumber);
                page_number_seqs.push(a.seq);
            } else if let Some(v) = f.number.filter(|_| bare.len() < TEXT_MAX_CANDIDATES) {
                bare.push((*a, v));
            }
        }
    }
    for (a, _) in folio_sequence(&bare, all.len()) {
        set(&a, BlockKind::PageNumber);
        page_number_seqs.push(a.seq);
    }
    page_number_seqs.sort_unstable();

    // Running headers and footers. Lines are grouped by a hash of their masked text (with
    // whether it holds a number), not by the text itself, and only keys seen at least 3
    // times get a group: a large file does not hold a second copy of every line.
    let keys: Vec<Option<(u64, bool)>> = all
        .iter()
        .map(|a| {
            let t = text_of(a).trim();
            let n = t.chars().count();
            if n == 0 || n > TEXT_RUNNING_MAX_CHARS || !t.chars().any(char::is_alphabetic) {
                return None;
            }
            let m = furniture_key(t);
            let mut h = std::hash::DefaultHasher::new();
            m.hash(&mut h);
            Some((h.finish(), m.contains('#')))
        })
        .collect();
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for &(k, _) in keys.iter().flatten() {
        *counts.entry(k).or_default() += 1;
    }
    let mut groups: HashMap<u64, (bool, Vec<At>)> = HashMap::new();
    for (a, key) in all.iter().zip(&keys) {
        if let Some((k, has_number)) = *key {
            if counts.get(&k).is_some_and(|&c| c as usize >= TEXT_RUNNING_MIN_REPEATS) {
                groups.entry(k).or_insert_with(|| (has_number, Vec::new())).1.push(*a);
            }
        }
    }
    drop((counts, keys));
    let n_pages = pages.len();
    for (has_number, occ) in groups.values() {
        if occ.len() < TEXT_RUNNING_MIN_REPEATS {
            continue;
        }
        let near_folio = |a: &At| {
            let i = page_number_seqs.partition_point(|&s| s + TEXT_NEAR_FOLIO < a.seq);
            page_number_seqs.get(i).is_some_and(|&s| s.abs_diff(a.seq) <= TEXT_NEAR_FOLIO)
        };
        let edge_share = if paged { occ.iter().filter(|a| is_page_edge(a)).count() } else { 0 };
        let distinct_pages = {
            let mut p: Vec<usize> = occ.iter().map(|a| a.page).collect();
            p.dedup();
            p.len()
        };
        let at_edges = paged
            && edge_share * TEXT_RUNNING_EDGE_SHARE.1 >= occ.len() * TEXT_RUNNING_EDGE_SHARE.0
            && distinct_pages * TEXT_RUNNING_PAGES_SHARE.1 >= n_pages.min(occ.len()) * TEXT_RUNNING_PAGES_SHARE.0;
        let by_folios = !page_number_seqs.is_empty()
            && occ.iter().filter(|a| near_folio(a)).count() * TEXT_RUNNING_EDGE_SHARE.1
                >= occ.len() * TEXT_RUNNING_EDGE_SHARE.0;
        let folio_inside = *has_number && increasing_numbers(occ.iter().map(&text_of), all.len(), occ);
        if at_edges || by_folios || folio_inside {
            for a in occ {
                let footer = paged && is_last_on_page(a);
                set(a, if footer { BlockKind::Footer } else { BlockKind::Header });
            }
        }
    }
    kinds
}

/// True when `a` is among the first two or last two non-blank lines of its page.
fn is_page_edge(a: &At) -> bool {
    a.before < TEXT_PAGE_EDGE || a.after < TEXT_PAGE_EDGE
}

fn is_last_on_page(a: &At) -> bool {
    a.after < TEXT_PAGE_EDGE && a.before >= TEXT_PAGE_EDGE
}

/// True when the first number in `texts` grows from one occurrence to the next (a folio
/// inside a running header, `12 | Autor`), and the occurrences are spread over the
/// document. Folios are Arabic numbers: a roman numeral ([`furniture_key`] masks it too) is a
/// chapter's (`CAPÍTULO II`), and a heading's numbering (`3.1.2.1. Avances`) starts with
/// the same number each time.
fn increasing_numbers<'a>(texts: impl Iterator<Item = &'a str>, total: usize, occ: &[At]) -> bool {
    let nums: Vec<i64> = texts.filter_map(first_arabic).collect();
    if nums.len() < TEXT_FOLIO_MIN_CHAIN || nums.len() != occ.len() {
        return false;
    }
    let increasing = nums.windows(2).all(|w| w[1] > w[0] && w[1] - w[0] <= TEXT_RUNNING_FOLIO_STEP);
    let spread = occ.windows(2).all(|w| w[1].seq - w[0].seq >= TEXT_RUNNING_FOLIO_SPREAD) || total < TEXT_SHORT_TEXT;
    increasing && spread
}

/// The bare numbers that are folios: the longest chain of increasing values (steps of 1
/// to 5) whose lines are far enough apart to be on different pages.
fn folio_sequence(bare: &[(At, u32)], total: usize) -> Vec<(At, u32)> {
    let n = bare.len();
    if n < TEXT_FOLIO_MIN_CHAIN {
        return Vec::new();
    }
    let min_gap = (total / (n * TEXT_FOLIO_GAP_DIV).max(1)).clamp(TEXT_FOLIO_GAP.0, TEXT_FOLIO_GAP.1);
    let mut best_len = vec![1usize; n];
    let mut prev = vec![usize::MAX; n];
    for i in 0..n {
        for j in 0..i {
            let (aj, vj) = bare[j];
            let (ai, vi) = bare[i];
            let step = vi.wrapping_sub(vj);
            if vi > vj
                && step <= TEXT_FOLIO_STEP
                && ai.seq - aj.seq >= min_gap * step as usize
                && best_len[j] + 1 > best_len[i]
            {
                best_len[i] = best_len[j] + 1;
                prev[i] = j;
            }
        }
    }
    let Some((mut i, &len)) = best_len.iter().enumerate().max_by_key(|(_, l)| **l) else { return Vec::new() };
    if len < TEXT_FOLIO_MIN_CHAIN {
        return Vec::new();
    }
    let mut chain = Vec::with_capacity(len);
    while i != usize::MAX {
        chain.push(bare[i]);
        i = prev[i];
    }
    chain.reverse();
    chain
}

// ---------------------------------------------------------------- footnotes

/// A footnote mark glued to the text: `colonia1.`, `Pública2,`, `2002)3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Byte range of the digits in the line.
    pub start: usize,
    /// End of that range.
    pub end: usize,
    /// The footnote number.
    pub number: u32,
}

/// Candidate footnote marks of a line: one to three digits right after a lower-case letter
/// or closing punctuation and not followed by a letter or digit.
pub fn marks_in(line: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let before = line[..start].chars().next_back();
        let after = line[i..].chars().next();
        // After a capital it is a code (`OE1`, `G20`, `CO2`), not a mark.
        let glued = before.is_some_and(|c| c.is_lowercase() || matches!(c, ')' | '”' | '"' | '’' | '»' | '.' | ','));
        let free_after = after.is_none_or(|c| !c.is_alphanumeric());
        // `1.5`, `2,5`: a number, not a mark.
        let decimal =
            matches!(before, Some('.' | ',')) && line[..start].chars().rev().nth(1).is_some_and(|c| c.is_ascii_digit());
        if glued && free_after && !decimal {
            if let Some(number) = footnotes::note_number(&line[start..i]) {
                out.push(Mark { start, end: i, number });
            }
        }
    }
    out
}

/// The number that opens a footnote's text: `4 Como afirma …`, `2.\tEn relación …`, by the
/// PDF path's rule ([`footnotes::note_opening`]) on the line, with what plain text needs
/// instead of the PDF's smaller type: a space after the number, then a letter or an opening
/// quote or bracket (`11 . La …`: a stray period is passed over), and not a list label
/// (`3) …` opens a list item, [`list_label`]).
pub fn note_start(line: &str) -> Option<u32> {
    let t = line.trim_start();
    let o = footnotes::note_opening(t).filter(|o| !o.glued && !list_label(t))?;
    let mut body = o.after.trim_start();
    if body.len() == o.after.len() || body.is_empty() {
        return None; // no space after the number, or nothing after it
    }
    // `11 . La función …`: a stray period after the number.
    if let Some(b) = body.strip_prefix(". ") {
        body = b.trim_start();
    }
    let first = body.chars().next()?;
    (first.is_alphabetic() || matches!(first, '“' | '"' | '(' | '¿' | '«' | '[')).then_some(o.number)
}

/// Footnotes found in a text.
#[derive(Debug, Default)]
struct Notes {
    /// The footnote each of its lines belongs to, by (page, line).
    members: HashMap<(usize, usize), u32>,
    /// Marks to remove from body lines, by (page, line).
    marks: HashMap<(usize, usize), Vec<Mark>>,
}

/// Finds footnotes: numbered lines whose number is the next expected one and whose mark
/// appears glued to a word in the text before them; each runs until the next note, or
/// until the body resumes (a sentence ended and the next line starts in lower case, is
/// indented, comes after a wider gap, or is a heading), at most 15 lines.
fn find_footnotes(pages: &[Vec<&str>], furniture: &[Vec<Option<BlockKind>>], style: &Style) -> Notes {
    let mut notes = Notes::default();
    // (page, line, blank lines before)
    let mut seq: Vec<(usize, usize, usize)> = Vec::new();
    for (pi, lines) in pages.iter().enumerate() {
        let mut blanks = 0;
        for (li, l) in lines.iter().enumerate() {
            if is_blank(l) {
                blanks += 1;
                continue;
            }
            if furniture.get(pi).and_then(|f| f.get(li)).copied().flatten().is_none() {
                seq.push((pi, li, blanks));
            }
            blanks = 0;
        }
    }
    let text = |k: usize| seq.get(k).map_or("", |&(p, l, _)| pages[p][l]);
    let mut expected = 1u32;
    // Marks seen in body lines and not yet matched: (index in seq, page, line, mark).
    let mut pending: Vec<(usize, usize, usize, Mark)> = Vec::new();
    let mut open: Option<(u32, usize)> = None;
    for (k, &(pi, li, blanks)) in seq.iter().enumerate() {
        let t = text(k);
        let start = note_start(t);
        // A note's mark is on the same page, so not far above its text.
        let begin = |n: u32, pending: &mut Vec<(usize, usize, usize, Mark)>, notes: &mut Notes| -> bool {
            let Some(pos) = pending.iter().rposition(|&(kk, _, _, m)| m.number == n && k - kk <= TEXT_NOTE_REACH)
            else {
                return false;
            };
            let (_, mp, ml, m) = pending.remove(pos);
            notes.marks.entry((mp, ml)).or_default().push(m);
            true
        };
        if let Some((n, count)) = open {
            if start == Some(expected) && begin(expected, &mut pending, &mut notes) {
                notes.members.insert((pi, li), expected);
                open = Some((expected, 1));
                expected += 1;
                continue;
            }
            let prev = text(k.wrapping_sub(1));
            let indented = style.indent_signals && t.starts_with(char::is_whitespace);
            let resumes = indented
                || (ends_sentence(prev) && (starts_lower(t) || blanks >= TEXT_BREAK_BLANKS || heading_like(t, style)));
            if count < TEXT_NOTE_MAX_LINES && !resumes {
                notes.members.insert((pi, li), n);
                open = Some((n, count + 1));
                continue;
            }
            open = None;
        }
        if let Some(n) = start {
            if footnotes::continues_numbering(n, expected) && begin(n, &mut pending, &mut notes) {
                notes.members.insert((pi, li), n);
                open = Some((n, 1));
                expected = n + 1;
                continue;
            }
        }
        if pending.len() < TEXT_MAX_CANDIDATES {
            pending.extend(marks_in(t).into_iter().map(|m| (k, pi, li, m)));
        }
    }
    notes
}

/// What the lines of one page are, besides body text.
struct PageRoles<'a> {
    furniture: &'a [Option<BlockKind>],
    notes: &'a HashMap<(usize, usize), u32>,
    marks: &'a HashMap<(usize, usize), Vec<Mark>>,
    page: usize,
}

/// `line` without the footnote marks `marks` (byte ranges into it).
fn strip_marks(line: &str, marks: &[Mark]) -> String {
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    let mut sorted: Vec<Mark> = marks.to_vec();
    sorted.sort_by_key(|m| m.start);
    for m in sorted {
        if m.start >= at && m.end <= line.len() && line.is_char_boundary(m.start) && line.is_char_boundary(m.end) {
            out.push_str(&line[at..m.start]);
            at = m.end;
        }
    }
    out.push_str(&line[at..]);
    out
}

/// A footnote's first line without its number ([`footnotes::note_opening`]).
fn strip_note_number(line: &str) -> String {
    let t = line.trim_start();
    footnotes::note_opening(t).map_or(t, |o| o.after).trim().to_string()
}

// ---------------------------------------------------------------- blocks

/// The depth of the number that opens a heading line (`1.2.`, `II.`, `CAPÍTULO I`), by the
/// PDF path's patterns ([`headings::plain_heading_depth`]).
fn heading_number(line: &str) -> Option<u8> {
    headings::plain_heading_depth(line.trim())
}

/// A line that looks like a heading by itself: short, numbered or in capitals.
fn heading_like(line: &str, style: &Style) -> bool {
    let t = line.trim();
    let n = t.chars().count();
    if !(TEXT_HEADING_CHARS.0..=TEXT_HEADING_CHARS.1).contains(&n) || (style.full_len > 0 && n > style.full_len) {
        return false;
    }
    if t.ends_with([',', ';']) {
        return false;
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < TEXT_HEADING_MIN_LETTERS {
        return false;
    }
    let caps = letters.iter().all(|c| c.is_uppercase());
    let numbered = heading_number(t).is_some()
        && !t.ends_with(':')
        && t.split_whitespace().count() <= TEXT_NUMBERED_HEADING_MAX_WORDS;
    (caps && letters.len() >= TEXT_CAPS_HEADING_MIN_LETTERS && !t.ends_with(':')) || numbered
}

/// Bytes taken by a bullet (and the spaces after it) at the start of `t`, 0 if none: the
/// PDF path's rule ([`headings::bullet_len`]) on the first word; a bullet glued to its
/// word (`•Texto`) loses only the symbol.
fn bullet_len(t: &str) -> usize {
    let first = t.split_whitespace().next().unwrap_or("");
    match headings::bullet_len(first) {
        n if n > 0 && n == first.len() => t.len() - t[first.len()..].trim_start().len(),
        n => n,
    }
}

/// A list item's block without the bullet symbol (labels like `a)` stay: they are text).
fn strip_bullet(mut b: LaidBlock) -> LaidBlock {
    if b.kind == BlockKind::ListItem {
        if let Some(first) = b.lines.first_mut() {
            let t = first.trim_start();
            let n = bullet_len(t);
            if n > 0 {
                *first = t[n..].to_string();
            }
        }
    }
    b
}

/// A caption or a note under a table or figure: `Fuente: …`, `Cuadro 3. …`, `Gráfico N° 2`
/// (the PDF path's rule, [`headings::is_caption`]).
pub fn caption_like(line: &str) -> bool {
    headings::is_caption(line)
}

/// A list label at the start of a line: a bullet, or an enumerator closed by a parenthesis
/// (`a)`, `iv)`, `12)`), by the PDF path's rule ([`headings::list_marker`]). Without the
/// geometry that tells a wrapped line from a new item, two forms are not labels here: `1.`
/// (in plain text it numbers headings) and `(iv)` (often a wrapped line inside an
/// enumeration in running text).
fn list_label(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    match headings::list_marker(first) {
        Some(Marker::Bullet) => true,
        Some(Marker::Enumerator) => first.ends_with(')') && !first.starts_with('('),
        None => false,
    }
}

/// A text line of a page, with the blank lines before it.
#[derive(Clone, Copy)]
struct TextLine<'a> {
    text: &'a str,
    /// Index of the line on its page.
    idx: usize,
    blanks_before: usize,
    furniture: Option<BlockKind>,
    /// The footnote this line belongs to.
    note: Option<u32>,
    /// The lines around this one are double-spaced (one blank line between most of them).
    double_here: bool,
}

/// For each text line, whether its neighbourhood (four gaps either side) is
/// double-spaced: documents often mix both styles.
fn local_double(gaps: &[u32], style: &Style) -> Vec<bool> {
    (0..gaps.len())
        .map(|i| {
            let lo = i.saturating_sub(TEXT_DOUBLE_WINDOW);
            let hi = (i + TEXT_DOUBLE_WINDOW + 1).min(gaps.len());
            let window = &gaps[lo..hi];
            let ones = window.iter().filter(|&&g| g == 1).count();
            if window.len() < TEXT_DOUBLE_MIN_WINDOW {
                style.double_spaced
            } else {
                ones * TEXT_DOUBLE_SHARE.1 >= window.len() * TEXT_DOUBLE_SHARE.0
            }
        })
        .collect()
}

/// Words after which no Spanish sentence, title or name ends: articles, prepositions,
/// conjunctions, possessives and number signs (compared in lower case). A line that ends on
/// one continues on the next line (`2002 Ley Orgánica de` / `Gobiernos Regionales`).
const OPEN_WORDS: &[&str] = &[
    "de", "del", "la", "las", "el", "los", "lo", "un", "una", "unos", "unas", "y", "e", "o", "u", "ni", "en", "a",
    "al", "con", "por", "para", "sin", "sobre", "entre", "hacia", "hasta", "desde", "ante", "bajo", "según", "tras",
    "mediante", "que", "cuyo", "cuya", "su", "sus", "n°", "nº", "n.º", "n.°", "nro", "nro.", "núm.", "art.", "arts.",
    "inc.",
];

/// True when `l` ends where a block cannot end: on a word of [`OPEN_WORDS`], a comma, or a
/// hyphen glued to a letter or digit (a word or code cut at the line end: `Decreto Supremo N°
/// 012-2016-MIN-` / `EDU …`).
fn ends_open(l: &str) -> bool {
    let t = l.trim_end();
    if t.ends_with(',') {
        return true;
    }
    if t.strip_suffix('-').is_some_and(|w| w.ends_with(char::is_alphanumeric)) {
        return true;
    }
    let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
    // A capital letter alone is a label (`Anexo A`, `Vitamina E`), not a preposition.
    let label = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    !label && OPEN_WORDS.contains(&last.to_lowercase().as_str())
}

/// True when `l` opens with a number, bare or after a number sign (`27444 …`, `N° 029-2018-PCM
/// …`): the rest of a cited norm (`… el Decreto Supremo` / `N° 029-2018-PCM …`), not a title.
fn starts_number(l: &str) -> bool {
    let t = l.trim_start();
    let rest =
        ["N°", "Nº", "N.º", "N.°", "Nro.", "Nro"].iter().find_map(|s| t.strip_prefix(s)).map_or(t, str::trim_start);
    rest.starts_with(|c: char| c.is_ascii_digit())
}

/// True when a new block starts at `b`, after `a`.
///
/// A line short of the measure before a capital ends a block only with evidence: the
/// line ends a sentence, the next line is a heading, list item or caption, a gap wider
/// than the document's line spacing lies between them, or the short line reads as a title.
/// A line that ends open ([`ends_open`]: `… Ley Orgánica de`, `… Ley N°`, `…,`) never
/// ends a block before a line that is not a list item.
fn breaks_between(a: &TextLine<'_>, b: &TextLine<'_>, style: &Style) -> bool {
    if list_label(b.text) {
        return true;
    }
    if ends_open(a.text) {
        return false;
    }
    let continues_sentence = !ends_sentence(a.text) && starts_lower(b.text);
    if heading_like(a.text, style) && !continues_sentence {
        return true;
    }
    if heading_like(b.text, style) && ends_sentence(a.text) {
        return true;
    }
    let short = style.full_len > 0
        && a.text.trim().chars().count() * TEXT_SHORT_LINE_SHARE.1 < style.full_len * TEXT_SHORT_LINE_SHARE.0;
    if b.blanks_before >= TEXT_BREAK_BLANKS || (b.blanks_before == 1 && !b.double_here) {
        if continues_sentence {
            return false;
        }
        // One blank line after a line that ends mid-sentence is a page break inside a
        // paragraph unless a short line ends before a capital (a title).
        if b.blanks_before == 1 && !ends_sentence(a.text) {
            return short && !starts_lower(b.text);
        }
        return true;
    }
    if caption_like(b.text) || caption_like(a.text) && ends_sentence(a.text) {
        return true;
    }
    if !ends_sentence(a.text) {
        // A line well short of the measure that does not end a sentence, before a capital,
        // ends a title (`… Alianza del Pacífico` / `La Alianza …`).
        let very_short = style.full_len > 0
            && a.text.trim().chars().count() * TEXT_VERY_SHORT_LINE_SHARE.1
                < style.full_len * TEXT_VERY_SHORT_LINE_SHARE.0;
        return very_short && !starts_lower(b.text) && !starts_number(b.text);
    }
    let indented = style.indent_signals && b.text.starts_with(char::is_whitespace) && !starts_lower(b.text);
    let trailing = a.text.len() - a.text.trim_end().len() >= TEXT_TRAILING_SPACES;
    short || indented || (trailing && !starts_lower(b.text))
}

fn new_block(kind: BlockKind, lines: Vec<String>, level: Option<u8>) -> LaidBlock {
    LaidBlock {
        kind,
        lines,
        bbox: [0.0; 4],
        level,
        continues: false,
        footnote_refs: Vec::new(),
        table: None,
        page_breaks: Vec::new(),
    }
}

/// The kind and level of a finished body block.
fn classify_block(lines: &[String], style: &Style, prev_ends_sentence: bool) -> (BlockKind, Option<u8>) {
    let Some(first) = lines.first() else { return (BlockKind::Paragraph, None) };
    if list_label(first) {
        return (BlockKind::ListItem, None);
    }
    let text = lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
    if caption_like(&text) && lines.len() <= headings::caption_rows_max(&text) {
        return (BlockKind::Caption, None);
    }
    if lines.len() <= TEXT_HEADING_MAX_LINES {
        let joined: String = lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
        if heading_like(&joined, style) {
            return (BlockKind::Heading, Some(heading_number(&joined).unwrap_or(1).clamp(1, HEADING_MAX_LEVEL)));
        }
        // A numbered title wrapped over two lines.
        if let Some(level) = heading_number(first) {
            let words = joined.split_whitespace().count();
            if lines.len() == TEXT_HEADING_MAX_LINES
                && words <= TEXT_WRAPPED_HEADING_MAX_WORDS
                && !joined.trim_end().ends_with([',', ';', ':'])
            {
                return (BlockKind::Heading, Some(level.clamp(1, HEADING_MAX_LEVEL)));
            }
        }
        // A short title-like line between paragraphs.
        let t = joined.trim();
        let words = t.split_whitespace().count();
        let title_like = lines.len() == 1
            && (TEXT_TITLE_WORDS.0..=TEXT_TITLE_WORDS.1).contains(&words)
            && t.chars().next().is_some_and(char::is_uppercase)
            && !t.ends_with(['.', ',', ';', ':'])
            && t.chars().filter(|c| c.is_alphabetic()).count() * TEXT_TITLE_LETTER_SHARE.1
                >= t.chars().count() * TEXT_TITLE_LETTER_SHARE.0
            && style.full_len > 0
            && t.chars().count() * TEXT_TITLE_LEN_SHARE.1 < style.full_len * TEXT_TITLE_LEN_SHARE.0
            && prev_ends_sentence;
        if title_like {
            return (BlockKind::Heading, Some(TEXT_TITLE_LEVEL));
        }
    }
    (BlockKind::Paragraph, None)
}

/// Blocks of one page; the page's footnotes are also appended to `footnotes`.
fn page_blocks(
    lines: &[&str],
    roles: &PageRoles<'_>,
    style: &Style,
    footnotes: &mut Vec<LaidFootnote>,
) -> Vec<LaidBlock> {
    // The text lines are made one at a time as they are read: a page of a large text (one
    // page when there are no form feeds) keeps only its gaps and spacing per line, not a
    // list of its lines.
    let mut gaps: Vec<u32> = Vec::with_capacity(lines.iter().filter(|l| !is_blank(l)).count());
    let mut blanks = 0u32;
    for l in lines {
        if is_blank(l) {
            blanks = blanks.saturating_add(1);
        } else {
            gaps.push(blanks);
            blanks = 0;
        }
    }
    let doubles = local_double(&gaps, style);
    drop(gaps);
    let text_lines = lines.iter().enumerate().filter(|(_, l)| !is_blank(l)).zip(&doubles).map(|((i, l), &d)| {
        let mut blanks_before = 0;
        while blanks_before < i && is_blank(lines[i - 1 - blanks_before]) {
            blanks_before += 1;
        }
        TextLine {
            text: l,
            idx: i,
            blanks_before,
            furniture: roles.furniture.get(i).copied().flatten(),
            note: roles.notes.get(&(roles.page, i)).copied(),
            double_here: d,
        }
    });
    let mut blocks: Vec<LaidBlock> = Vec::new();
    let mut pending: Vec<LaidBlock> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut refs: Vec<u32> = Vec::new();
    let mut open_note: Option<(u32, Vec<String>)> = None;
    // The last body line, and whether notes or furniture came after it.
    let mut last_body: Option<TextLine<'_>> = None;
    let mut set_apart = false;
    let mut prev_ends_sentence = true;
    let flush = |current: &mut Vec<String>,
                 refs: &mut Vec<u32>,
                 blocks: &mut Vec<LaidBlock>,
                 pending: &mut Vec<LaidBlock>,
                 prev_ends: &mut bool| {
        if !current.is_empty() {
            let (kind, level) = classify_block(current, style, *prev_ends);
            *prev_ends = current.last().is_some_and(|l| ends_sentence(l)) || kind == BlockKind::Heading;
            // A list of exactly its lines (`current` keeps its room for the next block): a
            // taken `current` would carry its spare room into the record's lines.
            #[allow(clippy::drain_collect)]
            let lines: Vec<String> = current.drain(..).collect();
            let mut b = strip_bullet(new_block(kind, lines, level));
            b.footnote_refs = std::mem::take(refs);
            blocks.push(b);
        }
        blocks.append(pending);
    };
    let close_note = |open: &mut Option<(u32, Vec<String>)>,
                      current_empty: bool,
                      blocks: &mut Vec<LaidBlock>,
                      pending: &mut Vec<LaidBlock>,
                      footnotes: &mut Vec<LaidFootnote>| {
        if let Some((number, lines)) = open.take() {
            footnotes.push(LaidFootnote { number, lines: lines.clone(), page: roles.page as u32 + 1 });
            let block = new_block(BlockKind::Footnote, lines, None);
            if current_empty {
                blocks.push(block);
            } else {
                pending.push(block);
            }
        }
    };
    for tl in text_lines {
        if let Some(n) = tl.note {
            set_apart = true;
            let continuing = open_note.as_ref().is_some_and(|(m, _)| *m == n);
            if continuing {
                if let Some((_, l)) = &mut open_note {
                    l.push(tl.text.trim().to_string());
                }
            } else {
                close_note(&mut open_note, current.is_empty(), &mut blocks, &mut pending, footnotes);
                open_note = Some((n, vec![strip_note_number(tl.text)]));
            }
            continue;
        }
        close_note(&mut open_note, current.is_empty(), &mut blocks, &mut pending, footnotes);
        if let Some(kind) = tl.furniture {
            set_apart = true;
            let block = new_block(kind, vec![tl.text.trim_end().to_string()], None);
            if current.is_empty() {
                blocks.push(block);
            } else {
                pending.push(block);
            }
            continue;
        }
        if let Some(last) = last_body.filter(|_| !current.is_empty()) {
            let mut b = TextLine { furniture: None, note: None, ..tl };
            // Blank lines around furniture and notes between the two lines count as one gap.
            if set_apart {
                b.blanks_before = b.blanks_before.min(1);
            }
            if breaks_between(&last, &b, style) {
                flush(&mut current, &mut refs, &mut blocks, &mut pending, &mut prev_ends_sentence);
            }
        }
        let raw = tl.text.trim_end();
        match roles.marks.get(&(roles.page, tl.idx)) {
            Some(marks) => {
                current.push(strip_marks(raw, marks));
                refs.extend(marks.iter().map(|m| m.number));
            }
            None => current.push(raw.to_string()),
        }
        last_body = Some(tl);
        set_apart = false;
    }
    close_note(&mut open_note, current.is_empty(), &mut blocks, &mut pending, footnotes);
    flush(&mut current, &mut refs, &mut blocks, &mut pending, &mut prev_ends_sentence);
    blocks
}

/// Joins a paragraph cut by a form feed: the last body block of a page that ends
/// mid-sentence and the first body block of the next page that starts in lower case.
fn join_across_pages(pages: &mut [LaidPage]) {
    for i in 1..pages.len() {
        let (before, after) = pages.split_at_mut(i);
        let (Some(prev), Some(next)) = (before.last_mut(), after.first_mut()) else { continue };
        let Some(pb) = prev.blocks.iter_mut().rev().find(|b| !b.kind.is_furniture()) else { continue };
        let Some(ni) = next.blocks.iter().position(|b| !b.kind.is_furniture()) else { continue };
        let nb = &next.blocks[ni];
        let ends = pb.lines.last().is_some_and(|l| ends_sentence(l));
        let lower = nb.lines.first().is_some_and(|l| starts_lower(l));
        if pb.kind == BlockKind::Paragraph && nb.kind == BlockKind::Paragraph && !ends && lower {
            let moved = next.blocks.remove(ni);
            pb.page_breaks.push((pb.lines.len(), next.number as usize));
            pb.lines.extend(moved.lines);
            pb.continues = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(doc: &LaidDocument) -> Vec<(BlockKind, usize)> {
        doc.pages.iter().flat_map(|p| p.blocks.iter().map(|b| (b.kind, b.lines.len()))).collect()
    }

    #[test]
    fn double_spaced_text_keeps_paragraphs_whole() {
        let text = "RESUMEN\n\nLa presente tesis tiene como objetivo hacer una evaluación de la\n\n\
                    participación de la ODE en las regiones de Arequipa y Piura. Las\n\n\
                    variables que se han analizado son el proceso de descentralización y\n\n\
                    transferencia de competencias.  \n\n\
                    Palabras clave: descentralización, integración fronteriza y promoción\n\n\
                    económica.\n\n\n\n";
        let doc = lay_out(text);
        assert!(Style::of(&[text.split('\n').collect()]).double_spaced);
        assert_eq!(kinds(&doc), vec![(BlockKind::Heading, 1), (BlockKind::Paragraph, 4), (BlockKind::Paragraph, 2)]);
    }

    #[test]
    fn single_spaced_text_breaks_at_blank_lines_but_not_inside_sentences() {
        let text = "El informe que presentamos a con\ntinuación es producto del trabajo\nde investigación.\n\n\
                    La investigación tiene tam\nbién como objetivo el aporte de los gobier\n\nnos descentralizados.\n";
        let doc = lay_out(text);
        assert_eq!(kinds(&doc), vec![(BlockKind::Paragraph, 3), (BlockKind::Paragraph, 3)]);
    }

    #[test]
    fn page_numbers_and_headers_are_furniture() {
        let mut text = String::new();
        for page in 1..=5 {
            text.push_str(&format!("{page} | Fabián Novak y Sandra Namihas\n\n"));
            for k in 0..10 {
                text.push_str(&format!("Línea {k} del texto corrido de la página que sigue y sigue sin parar\n"));
            }
            text.push_str(&format!("\n{}\n\n", page + 10));
        }
        let doc = lay_out(&text);
        let all: Vec<BlockKind> = doc.pages.iter().flat_map(|p| p.blocks.iter().map(|b| b.kind)).collect();
        assert_eq!(all.iter().filter(|k| **k == BlockKind::Header).count(), 5, "{all:?}");
        assert_eq!(all.iter().filter(|k| **k == BlockKind::PageNumber).count(), 5, "{all:?}");
    }

    #[test]
    fn table_numbers_are_not_page_numbers() {
        let text = "Cuadro 1\n\n1\n2\n3\n4\n\nTexto final del documento.\n";
        let doc = lay_out(text);
        assert!(doc.pages.iter().all(|p| p.blocks.iter().all(|b| b.kind != BlockKind::PageNumber)));
    }

    #[test]
    fn form_feeds_split_pages_and_paragraphs_continue() {
        let text = "Primera página con un párrafo que\n\x0cPágina 2 de 2\ncontinúa en la segunda página.\n";
        let doc = lay_out(text);
        assert_eq!(doc.pages.len(), 2);
        let first = &doc.pages[0].blocks[0];
        assert!(first.continues);
        assert_eq!(first.lines.len(), 2);
        assert_eq!(doc.pages[1].blocks.len(), 1);
        assert_eq!(doc.pages[1].blocks[0].kind, BlockKind::PageNumber);
    }

    #[test]
    fn marks_and_note_starts() {
        let m = marks_in("herencia de la colonia1. Su estructura, Pública12, en 2002)3 y COVID-19 o 1.5 km, OE1 y G20");
        let nums: Vec<u32> = m.iter().map(|m| m.number).collect();
        assert_eq!(nums, vec![1, 12, 3]);
        assert_eq!(note_start("4 Como afirma Julio Cotler"), Some(4));
        assert_eq!(note_start("2.\tEn relación con el desarrollo"), Some(2));
        assert_eq!(note_start("11 . La función judicial"), Some(11));
        assert_eq!(note_start("2015 fue un año"), None);
        assert_eq!(note_start("12"), None);
        assert_eq!(note_start("3,5 millones"), None);
    }

    #[test]
    fn footnotes_are_taken_out_of_the_body_with_their_marks() {
        let text = "El Perú republicano es una herencia de la colonia1. Su estructura virreinal\n\
                    estaba diseñada para que Lima sirviera de control2 administrativo y\n\
                    \n\
                    1 Como afirma Julio Cotler en su libro.\n\
                    2 Véase Basadre, 1998,\n\
                    p. 42.\n\
                     político de todo el territorio.\n";
        let doc = lay_out(text);
        let body: Vec<&LaidBlock> = doc.pages[0].blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).collect();
        assert_eq!(body.len(), 1, "{:?}", doc.pages[0].blocks);
        assert_eq!(body[0].lines.len(), 3);
        assert!(body[0].lines[0].contains("colonia. Su"));
        assert!(body[0].lines[1].contains("control administrativo"));
        assert_eq!(body[0].footnote_refs, vec![1, 2]);
        assert_eq!(doc.footnotes.len(), 2);
        assert_eq!(doc.footnotes[0].lines, vec!["Como afirma Julio Cotler en su libro.".to_string()]);
        assert_eq!(doc.footnotes[1].lines.len(), 2);
        let notes = doc.pages[0].blocks.iter().filter(|b| b.kind == BlockKind::Footnote).count();
        assert_eq!(notes, 2);
    }

    #[test]
    fn numbered_lists_are_not_footnotes() {
        let doc = lay_out("Los pasos son:\n\n1 Primero se mide.\n\n2 Luego se decide.\n");
        assert!(doc.footnotes.is_empty());
    }

    #[test]
    fn captions_and_two_line_headings_stand_apart() {
        let text = "el texto de un párrafo largo que sigue y sigue por toda la línea completa de la\n\n\
                    página y termina aquí con su punto final correspondiente y bien puesto.\n\n\
                    Fuente: Elaboración propia.\n\n\
                    Una vez hecho el análisis comparativo del proceso se puede llegar a una línea\n\n\
                    conclusión que también es larga y ocupa buena parte de la línea.  \n\n\
                    1.3. Análisis comparado del proceso de descentralización en los\n\n\
                    países de la Alianza\n\n\
                    La Alianza del Pacífico se ha constituido como uno de los espacios de la\n\n\
                    integración comercial más fuerte en América Latina con proyección clara.\n";
        let doc = lay_out(text);
        let k: Vec<BlockKind> = doc.pages[0].blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            k,
            vec![
                BlockKind::Paragraph,
                BlockKind::Caption,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph
            ],
            "{:?}",
            doc.pages[0].blocks
        );
        assert_eq!(doc.pages[0].blocks[3].level, Some(2));
    }

    #[test]
    fn a_line_that_ends_open_does_not_end_its_block() {
        // A table flattened into double-spaced lines: a norm's name wrapped in a cell.
        let long = "Delimita las competencias exclusivas y compartidas que tienen los gobiernos";
        let text = format!(
            "{long}\n\nregionales en el ámbito de su territorio y de sus funciones.\n\n\
             2002 Ley Orgánica de\n\nGobiernos Regionales\n\n{long}\n\nlocales del país.\n\n\
             Según la Ley N°\n\n27867 y sus normas,\n\nLa Ley Orgánica de Municipalidades rige.\n"
        );
        let doc = lay_out(&text);
        let blocks: Vec<String> = doc.pages[0].blocks.iter().map(|b| b.lines.join(" ")).collect();
        assert!(blocks.iter().any(|b| b.contains("2002 Ley Orgánica de Gobiernos Regionales")), "{blocks:#?}");
        assert!(blocks.iter().any(|b| b.contains("Según la Ley N° 27867 y sus normas, La Ley")), "{blocks:#?}");
        let rec = crate::pipeline::process("t.txt", text.as_bytes(), &crate::config::Config::default());
        let ids: Vec<&str> = rec.legal_references.iter().map(|r| r.canonical.as_str()).collect();
        assert!(ids.contains(&"pe:ley:27867"), "{ids:?}");
        // Ending open is about words: a label letter (`Anexo A`) and a sentence's end are not.
        assert!(ends_open("2002 Ley Orgánica de") && ends_open("la Ley N°") && ends_open("Arequipa,"));
        assert!(!ends_open("Anexo A") && !ends_open("y así terminó.") && !ends_open("Gobiernos Regionales"));
    }

    #[test]
    fn norm_names_wrapped_before_a_capital_are_found_whole() {
        // Names wrapped in table cells and short lines, the next line opening with a capital
        // word of the name (the block may end there; the detector reads across it).
        let long =
            "El documento revisa el marco normativo que rige la gestión descentralizada de los servicios públicos.";
        let cells = [
            ("2002 Ley Orgánica de Gobiernos\nRegionales\nEstablece la organización.", "pe:ley:27867"),
            ("2004 Ley Marco del Empleo\nPúblico\nRegula el empleo.", "pe:ley:28175"),
            ("según la Ley del Procedimiento Administrativo\nGeneral. La norma rige.", "pe:ley:27444"),
            ("conforme a la Ley de Transparencia y Acceso a la\nInformación Pública", "pe:ley:27806"),
            ("1\tDecreto\nLegislativo N° 1057\t2008", "pe:dleg:1057"),
            ("Resolución\n\nMinisterial N° 045-2015-MINAM\n\nAprueba la guía.", "pe:rm:045-2015-minam"),
            (
                "2010 Ley de Promoción del Uso de la Información\nPública\nEstablece reglas.",
                "pe:ley:@ley-de-promocion-del-uso-de-la-informacion-publica",
            ),
        ];
        for (cell, want) in cells {
            let text = format!("{long}\n{cell}\n");
            let rec = crate::pipeline::process("t.txt", text.as_bytes(), &crate::config::Config::default());
            let ids: Vec<&str> = rec.legal_references.iter().map(|r| r.canonical.as_str()).collect();
            assert_eq!(ids, [want], "{cell}");
        }
    }

    #[test]
    fn a_line_opening_with_a_number_sign_goes_on_from_a_short_line() {
        let text = "El plan se alinea con el Decreto Supremo\nN° 029-2018-PCM que aprueba el Reglamento que regula las Políticas Nacionales.\n";
        let doc = lay_out(text);
        assert_eq!(doc.pages[0].blocks.len(), 1, "{:#?}", doc.pages[0].blocks);
        assert!(starts_number("Nº 27444 y") && starts_number("27444") && starts_number("N.° 5"));
        assert!(!starts_number("Norma técnica") && !starts_number("N de casos") && !starts_number("Nro. de orden"));
    }

    #[test]
    fn a_line_ending_in_a_cut_word_goes_on() {
        // A code cut at the line end continues on the next line, even before a capital.
        let long = "El sector educación aprobó su plan estratégico multianual con metas e indicadores para el periodo siguiente.";
        let text = format!("{long}\nPor Decreto Supremo N° 012-2016-MIN-\nEDU se aprobó el reglamento.\n");
        let doc = lay_out(&text);
        let blocks: Vec<String> = doc.pages[0].blocks.iter().map(|b| b.lines.join(" ")).collect();
        assert_eq!(blocks.len(), 1, "{blocks:#?}");
        assert!(ends_open("N° 012-2016-MIN-") && ends_open("Su-"));
        assert!(!ends_open("Capítulo 1 -") && !ends_open("-"));
    }

    #[test]
    fn hostile_texts_do_not_panic() {
        let numbers: String = (0..20_000).map(|i| format!("{}\n", i % 97)).collect();
        let doc = lay_out(&numbers);
        assert!(!doc.pages.is_empty());
        for t in ["\x0c\x0c\x0c", "\r\n\r\n", "1\n", "• \n-\n–", "1 a\n2 b\n3 c", "Página 1 de\n\u{FFFD}"] {
            let _ = lay_out(t);
        }
    }

    #[test]
    fn lists_and_empty_input() {
        let doc = lay_out("Los objetivos son:\n• primero\n• segundo\n");
        assert_eq!(kinds(&doc), vec![(BlockKind::Paragraph, 1), (BlockKind::ListItem, 1), (BlockKind::ListItem, 1)]);
        assert_eq!(doc.pages[0].blocks[1].lines[0], "primero");
        let empty = lay_out("");
        assert_eq!(empty.pages.len(), 1);
        assert!(empty.pages[0].blocks.is_empty());
    }
}
