//! Page furniture: running headers, running footers and page numbers.
//!
//! In: every page's lines (and which lines belong to tables, never furniture). Out: for
//! every line, `Some(Header | Footer | PageNumber)` when it is furniture.
//!
//! A line is furniture when it sits in the top or bottom band of its page (the first or
//! last [`ROWS`] rows, within [`BAND`] of the page height from the paper's edge or from the
//! text's), is not bigger than the body text, and
//! - the same text — compared without case and accents, with digits and roman numerals
//!   replaced by `#`, so "Página 5 de 24" matches "Pagina 6 de 24" — appears at about the same height on other pages
//!   (two pages in a short document, three from six pages on; pages that are copies of
//!   each other, line for line, count once); a head set a little bigger than the body
//!   (up to [`HEAD_MAX`] times) counts when it repeats on at least half the pages, which a
//!   chapter title does not; or
//! - it reads as a page number ("7", "- 7 -", "xii", "Pág. 7", a gazette's "563245") on
//!   the outermost row (or with only band rows between it and the edge) and its numbers
//!   follow the pages — on one page only, when it is that page's own number; or
//! - it is printed once (page 1 of a short document carries none) on the outermost row,
//!   repeats a line of another page and lies in the margin of every other page; or
//! - most of its glyphs are marked `/Artifact` by the producer.
//!
//! Page numbers get `PageNumber`; other furniture gets `Header` in the top band and
//! `Footer` in the bottom band.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use rayon::prelude::*;

use super::headings::is_page_number;
use super::Line;
use crate::model::BlockKind;
use crate::pdf::TextPage;

use super::tuning::{
    FOLIO_MIN_AGREE, LINE_NUMBER_EDGE_TOL, LINE_NUMBER_MIN_RUN, MIN_PAGE_SIDE_PT, ROMAN_MAX_CHARS, RUN_ON_PITCH,
    RUN_ON_SIZE_TOL, RUN_ON_WIDTH,
};
use super::tuning::{
    FURNITURE_ARTIFACT_SHARE, FURNITURE_BAND as BAND, FURNITURE_BIG, FURNITURE_FOLIO_MAX, FURNITURE_FOLIO_ROW_CHARS,
    FURNITURE_FOLIO_ROW_GAP, FURNITURE_FOLIO_ROW_MAX_NUMBER, FURNITURE_FOLIO_ROW_PIECES, FURNITURE_FOLIO_ROW_SHARE,
    FURNITURE_FOLIO_ROW_SIZE, FURNITURE_HEAD_MAX as HEAD_MAX, FURNITURE_MANY_PAGES, FURNITURE_MIN_LETTERS,
    FURNITURE_REPEAT_FEW, FURNITURE_REPEAT_MANY, FURNITURE_ROWS as ROWS, FURNITURE_ROW_BASELINE,
    FURNITURE_ROW_JOIN_PIECES,
};

/// Repetition key of a line: lower case without accents (OCR drops and adds them: "Pagina
/// 3" among "Página N" lines), digit runs and roman numerals as `#`, single spaces.
pub fn furniture_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // One buffer for every word's lower case (an ASCII word is lowered in place).
    let mut lw = String::new();
    for word in text.split_whitespace() {
        lw.clear();
        if word.is_ascii() {
            lw.push_str(word);
            lw.make_ascii_lowercase();
        } else {
            lw.push_str(&crate::normalize::fold::fold(word));
        }
        let core = lw.trim_matches(|c: char| !c.is_alphanumeric());
        let roman = !core.is_empty()
            && core.len() <= ROMAN_MAX_CHARS
            && core.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'));
        if !out.is_empty() {
            out.push(' ');
        }
        if roman {
            out.push('#');
            continue;
        }
        // Runs without digits copied whole, each digit run one `#` (digits are ASCII: every
        // cut is at a character boundary).
        let mut rest = lw.as_str();
        while !rest.is_empty() {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                out.push('#');
                rest = &rest[digits..];
            }
            let text = rest.bytes().take_while(|b| !b.is_ascii_digit()).count();
            out.push_str(&rest[..text]);
            rest = &rest[text..];
        }
    }
    out
}

/// A furniture candidate: page, line, top or bottom band, outermost row, vertical position.
#[derive(Debug, Clone)]
struct Cand {
    page: usize,
    line: usize,
    top_band: bool,
    outermost: bool,
    /// Outermost, or only rows within the band lie between it and the edge.
    near_edge: bool,
    y: f32,
    size: f32,
    /// Bigger than the body text: only a folio in sequence can be furniture then.
    big: bool,
    /// A whole row read as one line: its other pieces, left to right after `line` (empty
    /// for a single line). An OCR layer may cut a running head at a wide word gap on one
    /// page ("Lineamientos y" · "aristas de la política…") and not on the others.
    pieces: Vec<usize>,
}

impl Cand {
    /// The candidate's text: its line, or its row's pieces joined left to right.
    fn text(&self, lines: &[Vec<Line>]) -> String {
        let ls = &lines[self.page];
        let mut t = ls[self.line].text();
        for &i in &self.pieces {
            t.push(' ');
            t.push_str(&ls[i].text());
        }
        t
    }

    /// Its lines: `line` and the row's other pieces.
    fn all_lines(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.line).chain(self.pieces.iter().copied())
    }
}

/// Rows of a page (line indices) top to bottom, ignoring `skip`ped lines.
fn rows(lines: &[Line], skip: &[bool]) -> Vec<Vec<usize>> {
    let mut idx: Vec<usize> = (0..lines.len()).filter(|&i| !skip.get(i).copied().unwrap_or(false)).collect();
    idx.retain(|&i| !lines[i].words.is_empty());
    idx.sort_by(|&a, &b| lines[a].baseline.total_cmp(&lines[b].baseline));
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut base = f32::NEG_INFINITY;
    let mut size = 0.0f32;
    for i in idx {
        let l = &lines[i];
        match out.last_mut() {
            Some(r) if (l.baseline - base).abs() <= FURNITURE_ROW_BASELINE * l.size.max(size) => {
                r.push(i);
                size = size.max(l.size);
            }
            _ => {
                out.push(vec![i]);
                base = l.baseline;
                size = l.size;
            }
        }
    }
    out
}

/// Marks the furniture lines of every page (see the module docs). `skip[p][i]` lines
/// (table cells) are never furniture.
pub fn find(pages: &[TextPage], lines: &[Vec<Line>], skip: &[Vec<bool>], body: f32) -> Vec<Vec<Option<BlockKind>>> {
    let mut marks: Vec<Vec<Option<BlockKind>>> = lines.iter().map(|ls| vec![None; ls.len()]).collect();
    let mut cands: Vec<Cand> = Vec::new();
    let mut bands: Vec<PageBands> = vec![PageBands::default(); lines.len()];
    for (p, ls) in lines.iter().enumerate() {
        let empty = Vec::new();
        let rs = rows(ls, skip.get(p).unwrap_or(&empty));
        if rs.is_empty() {
            continue;
        }
        let (lo, hi) = page_extent(pages.get(p), ls);
        let h = hi - lo;
        // The bands are also measured from the text's own top and bottom: wide margins (a
        // LaTeX page puts its folio 140 pt above the paper's edge) keep furniture away from
        // the paper's edges, not from the text.
        let in_rows = || rs.iter().flatten().map(|&i| &ls[i]);
        let text_lo = in_rows().map(|l| l.bbox[1]).fold(f32::INFINITY, f32::min);
        let text_hi = in_rows().map(|l| l.bbox[3]).fold(f32::NEG_INFINITY, f32::max);
        let n = rs.len();
        let in_band = |l: &Line, top: bool| {
            if top {
                l.bbox[1] <= lo + BAND * h || l.bbox[1] <= text_lo + BAND * h
            } else {
                l.bbox[3] >= hi - BAND * h || l.bbox[3] >= text_hi - BAND * h
            }
        };
        let row_in_band = |r: &Vec<usize>, top: bool| r.iter().all(|&i| in_band(&ls[i], top));
        let text_x0 = in_rows().map(|l| l.bbox[0]).fold(f32::INFINITY, f32::min);
        let text_x1 = in_rows().map(|l| l.bbox[2]).fold(f32::NEG_INFINITY, f32::max);
        let flow = Flow { ls, rs: &rs, width: text_x1 - text_x0, body };
        bands[p] = PageBands {
            in_band: rs.iter().map(|r| (row_in_band(r, true), row_in_band(r, false))).collect(),
            rows: rs.clone(),
            lo,
            hi,
            width: text_x1 - text_x0,
        };
        for (k, r) in rs.iter().enumerate() {
            let first = cands.len();
            let from_top = k < ROWS;
            let from_bottom = k + ROWS >= n;
            for &i in r {
                let l = &ls[i];
                let in_top = from_top && in_band(l, true);
                let in_bottom = from_bottom && in_band(l, false);
                // Running heads are not set bigger than the text (a chapter title is); a
                // folio may be, when its numbers follow the pages (checked below).
                let big = l.size > FURNITURE_BIG * body;
                let head_sized = l.size <= HEAD_MAX * body;
                if (in_top || in_bottom)
                    && !flow.runs_on(k, i)
                    && (!big || head_sized || (l.size <= FURNITURE_FOLIO_MAX * body && is_page_number(&l.text())))
                {
                    let top_band = in_top && (!in_bottom || l.bbox[1] - lo < hi - l.bbox[3]);
                    // A page number on the outermost row, not a small mark beside bigger text.
                    let row_size = r.iter().map(|&j| ls[j].size).fold(0.0f32, f32::max);
                    let sized = l.size >= FURNITURE_FOLIO_ROW_SHARE * row_size;
                    let outermost = (if top_band { k == 0 } else { k + 1 == n }) && sized;
                    // Or with only band rows between it and the edge: a folio set beside a
                    // two-line running head falls on the head's second row.
                    let outside = if top_band { &rs[..k] } else { &rs[k + 1..] };
                    let near_edge = sized && outside.iter().all(|r| row_in_band(r, top_band));
                    let y = if top_band { l.bbox[1] - lo } else { hi - l.bbox[3] };
                    cands.push(Cand {
                        page: p,
                        line: i,
                        top_band,
                        outermost,
                        near_edge,
                        y,
                        size: l.size,
                        big,
                        pieces: Vec::new(),
                    });
                }
            }
            if let Some(c) = row_cand(&cands[first..], r.len(), ls) {
                cands.push(c);
            }
        }
        beside_folio(p, ls, &rs, lo, h, body, skip.get(p).unwrap_or(&empty), &mut marks);
    }
    let kind_of = |c: &Cand, text: &str| {
        if is_page_number(text) {
            BlockKind::PageNumber
        } else if c.top_band {
            BlockKind::Header
        } else {
            BlockKind::Footer
        }
    };
    // Repetition, counted over distinct pages: a page whose every line repeats another
    // page's (a copy of an invoice, a duplicated sheet) does not count twice.
    // A page is known by a fingerprint of its sorted line keys (64 bits: two different
    // pages of one document meeting by chance is far less likely than a bit flip; it would
    // only count two pages as one), not by the keys themselves, which for a long document
    // were as large as its text.
    // Every line's key, kept as a 64-bit hash (also what a lone head is matched by).
    let line_keys: Vec<Vec<u64>> =
        lines.par_iter().map(|ls| ls.iter().map(|l| key_hash(&furniture_key(&l.text()))).collect()).collect();
    let page_keys: Vec<u64> = line_keys
        .iter()
        .map(|keys| {
            let mut keys = keys.clone();
            keys.sort_unstable();
            let mut h = std::hash::DefaultHasher::new();
            keys.hash(&mut h);
            h.finish()
        })
        .collect();
    let mut classes: HashMap<u64, usize> = HashMap::new();
    let class_of: Vec<usize> = page_keys
        .into_iter()
        .map(|keys| {
            let next = classes.len();
            *classes.entry(keys).or_insert(next)
        })
        .collect();
    drop(classes);
    let n_pages = lines.len();
    let min_rep = if n_pages >= FURNITURE_MANY_PAGES { FURNITURE_REPEAT_MANY } else { FURNITURE_REPEAT_FEW };
    let mut by_key: HashMap<(String, bool), Vec<usize>> = HashMap::new();
    for (ci, c) in cands.iter().enumerate() {
        let key = furniture_key(&c.text(lines));
        if has_letters(&key) && (!c.big || c.size <= HEAD_MAX * body) {
            by_key.entry((key, c.top_band)).or_default().push(ci);
        }
    }
    for group in by_key.values() {
        if group.len() < min_rep {
            continue;
        }
        let mut best: Vec<usize> = Vec::new();
        for &r in group {
            let rc = &cands[r];
            let tol = rc.size.max(1.0);
            let near: Vec<usize> = group.iter().copied().filter(|&o| (cands[o].y - rc.y).abs() <= tol).collect();
            let mut pages_seen: Vec<usize> =
                near.iter().map(|&o| class_of.get(cands[o].page).copied().unwrap_or(cands[o].page)).collect();
            pages_seen.sort_unstable();
            pages_seen.dedup();
            // A head bigger than the body must repeat on half the pages (chapter titles
            // repeat on a few).
            let needed = if near.iter().any(|&o| cands[o].big) { min_rep.max(n_pages.div_ceil(2)) } else { min_rep };
            if pages_seen.len() >= needed && near.len() > best.len() {
                best = near;
            }
        }
        let numbered: Vec<(usize, Vec<i64>)> =
            best.iter().map(|&ci| (cands[ci].page, numbers_in(&cands[ci].text(lines)))).collect();
        if !numbers_follow_pages(&numbered) {
            continue;
        }
        for ci in without_stray_folios(best, &cands, lines) {
            let c = &cands[ci];
            for i in c.all_lines() {
                let text = lines[c.page][i].text();
                marks[c.page][i] = Some(kind_of(c, &text));
            }
        }
    }
    // Page numbers and artifacts. In a document of several pages a folio is a page number
    // when its number follows the pages (number − page the same, in the same band, on
    // `min_rep` pages): a "2019" closing a title page or a list's last "3" is not one.
    // Folios set bigger than the text count only that way; the others also on the
    // outermost row of a one-page document.
    let mut folios: HashMap<(i64, bool, bool), Vec<usize>> = HashMap::new();
    for (ci, c) in cands.iter().enumerate() {
        if marks[c.page][c.line].is_some() || !c.pieces.is_empty() {
            continue;
        }
        let line = &lines[c.page][c.line];
        let text = line.text();
        if !c.big && pages.get(c.page).is_some_and(|pg| mostly_artifact(pg, line)) {
            marks[c.page][c.line] = Some(kind_of(c, &text));
            continue;
        }
        let placed = if c.big { c.near_edge } else { c.outermost || (n_pages > 1 && c.near_edge) };
        if placed && is_page_number(&text) {
            let n = numbers_in(&text).first().copied().unwrap_or(i64::MIN);
            folios.entry((n.saturating_sub(c.page as i64), c.top_band, c.big)).or_default().push(ci);
        }
    }
    for (&(offset, _, big), group) in &folios {
        let mut pages_seen: Vec<usize> = group.iter().map(|&ci| cands[ci].page).collect();
        pages_seen.dedup();
        // A folio printed on one page only (the first page of a short document carries
        // none) counts when it is the page's own number on the outermost row.
        let own_number = n_pages > 1 && offset == 1 && group.iter().all(|&ci| cands[ci].outermost);
        if pages_seen.len() >= min_rep || (n_pages == 1 && !big) || own_number {
            for &ci in group {
                let c = &cands[ci];
                marks[c.page][c.line] = Some(BlockKind::PageNumber);
            }
        }
    }
    lone_heads(&cands, lines, &line_keys, skip, body, &mut marks);
    grow_runs(lines, &bands, &class_of, min_rep, body, &mut marks);
    // Numbers of a line-numbered page (a transcript, a bill) are text, not folios.
    for (ls, m) in lines.iter().zip(marks.iter_mut()) {
        for i in line_numbers(ls) {
            m[i] = None;
        }
    }
    marks
}

/// A page's rows (top to bottom), whether each lies wholly in the top and in the bottom
/// band, and the page's vertical extent.
#[derive(Debug, Clone, Default)]
struct PageBands {
    rows: Vec<Vec<usize>>,
    in_band: Vec<(bool, bool)>,
    lo: f32,
    hi: f32,
    /// Width of the page's text (see [`Flow`]).
    width: f32,
}

/// Running heads and feet of more rows than [`ROWS`] (an archive stamp of six lines at the
/// foot of every page, in small print): the row right inside a band's furniture — every
/// row between it and the page's edge already furniture, it in the band itself — is
/// furniture too when each of its lines, with letters and set smaller than the body text
/// (a block of four rows or more in the body's size is text: a heading, a sentence that
/// opens pages), repeats word for word (not only its [`furniture_key`]: "CAPÍTULO II" is
/// no repeat of "CAPÍTULO I") at about the same distance from the edge, in the same place inside
/// the furniture, on `min_rep` distinct pages (copies of a page count once), and runs on
/// into no line next to it (see [`Flow`]). Grows row by
/// row, inward, until no page's band grows.
fn grow_runs(
    lines: &[Vec<Line>],
    bands: &[PageBands],
    class_of: &[usize],
    min_rep: usize,
    body: f32,
    marks: &mut [Vec<Option<BlockKind>>],
) {
    let max_rounds = bands.iter().map(|b| b.rows.len()).max().unwrap_or(0);
    for _ in 0..max_rounds {
        // (key, top band) -> (page, line, distance from the edge, size)
        let mut groups: HashMap<(u64, bool), Vec<(usize, usize, f32, f32)>> = HashMap::new();
        for (p, b) in bands.iter().enumerate() {
            let ls = &lines[p];
            let marked = |r: &Vec<usize>| r.iter().all(|&i| marks[p][i].is_some());
            let flow = Flow { ls, rs: &b.rows, width: b.width, body };
            for top in [true, false] {
                let order: Vec<usize> =
                    if top { (0..b.rows.len()).collect() } else { (0..b.rows.len()).rev().collect() };
                let inside = order.iter().position(|&k| !marked(&b.rows[k]));
                let Some(at) = inside.filter(|&at| at > 0) else { continue };
                let k = order[at];
                let banded = b.in_band.get(k).is_some_and(|&(t, f)| if top { t } else { f });
                if !banded {
                    continue;
                }
                for &i in &b.rows[k] {
                    let l = &ls[i];
                    if marks[p][i].is_some()
                        || l.size >= body
                        || flow.runs_on(k, i)
                        || !has_letters(&furniture_key(&l.text()))
                    {
                        continue;
                    }
                    let y = if top { l.bbox[1] - b.lo } else { b.hi - l.bbox[3] };
                    groups.entry((key_hash(&l.text()), top)).or_default().push((p, i, y, l.size));
                }
            }
        }
        let mut grown = false;
        for ((_, top), group) in &groups {
            let mut best: Vec<(usize, usize)> = Vec::new();
            for &(_, _, y, size) in group {
                let near: Vec<(usize, usize)> = group
                    .iter()
                    .filter(|&&(_, _, oy, _)| (oy - y).abs() <= size.max(1.0))
                    .map(|&(p, i, _, _)| (p, i))
                    .collect();
                let mut seen: Vec<usize> = near.iter().map(|&(p, _)| class_of.get(p).copied().unwrap_or(p)).collect();
                seen.sort_unstable();
                seen.dedup();
                if seen.len() >= min_rep && near.len() > best.len() {
                    best = near;
                }
            }
            for (p, i) in best {
                marks[p][i] = Some(if *top { BlockKind::Header } else { BlockKind::Footer });
                grown = true;
            }
        }
        if !grown {
            break;
        }
    }
}

/// Running heads and feet printed on one page only (a two-page document whose first page
/// carries none): a candidate on the outermost row of its band, not bigger than the body,
/// with letters, whose text is a line of another page (a head repeats the title, the author,
/// the chapter) and which lies wholly in the margin of every other page — above the top of
/// their text for a head, below its bottom for a foot. A page's text here is its lines not
/// yet marked as furniture. A heading opening a page is never above the other pages' text;
/// a cover's single top line does not repeat.
fn lone_heads(
    cands: &[Cand],
    lines: &[Vec<Line>],
    line_keys: &[Vec<u64>],
    skip: &[Vec<bool>],
    body: f32,
    marks: &mut [Vec<Option<BlockKind>>],
) {
    let extents: Vec<Option<(f32, f32)>> = lines
        .iter()
        .enumerate()
        .map(|(p, ls)| {
            let kept = ls.iter().enumerate().filter(|&(i, l)| {
                marks[p][i].is_none()
                    && !skip.get(p).and_then(|s| s.get(i)).copied().unwrap_or(false)
                    && !l.words.is_empty()
            });
            kept.fold(None, |acc: Option<(f32, f32)>, (_, l)| match acc {
                None => Some((l.bbox[1], l.bbox[3])),
                Some((t, b)) => Some((t.min(l.bbox[1]), b.max(l.bbox[3]))),
            })
        })
        .collect();
    // Candidates placed as a lone head or foot, with their keys.
    let mut placed: Vec<(&Cand, String)> = Vec::new();
    for c in cands {
        if !c.outermost || c.big || c.size > body * HEAD_MAX || marks[c.page][c.line].is_some() {
            continue;
        }
        let text = c.text(lines);
        let key = furniture_key(&text);
        if !has_letters(&key) || is_page_number(&text) {
            continue;
        }
        let ls = &lines[c.page];
        let top = c.all_lines().map(|i| ls[i].bbox[1]).fold(f32::INFINITY, f32::min);
        let bottom = c.all_lines().map(|i| ls[i].bbox[3]).fold(f32::NEG_INFINITY, f32::max);
        // Its own page has text beyond it (a page of one line has no margin).
        let beyond = ls.iter().enumerate().any(|(i, l)| {
            !c.all_lines().any(|j| j == i)
                && marks[c.page][i].is_none()
                && !l.words.is_empty()
                && if c.top_band { l.bbox[1] > bottom } else { l.bbox[3] < top }
        });
        if !beyond {
            continue;
        }
        let mut others = extents.iter().enumerate().filter(|&(q, _)| q != c.page).filter_map(|(_, e)| *e).peekable();
        let in_margin = others.peek().is_some() && others.all(|(t, b)| if c.top_band { bottom < t } else { top > b });
        if in_margin {
            placed.push((c, key));
        }
    }
    if placed.is_empty() {
        return;
    }
    let mut found: Vec<(usize, usize, BlockKind)> = Vec::new();
    // The same words (case aside), not only the same key: lines that differ in their
    // numbers ("Página 11 de …" on each page at another height) are no running head.
    let words = |t: &str| t.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    for (c, key) in &placed {
        let h = key_hash(key);
        let own = words(&c.text(lines));
        let same = |q: usize, i: usize| line_keys[q][i] == h && words(&lines[q][i].text()) == own;
        if (0..lines.len()).any(|q| q != c.page && (0..lines[q].len()).any(|i| same(q, i))) {
            let kind = if c.top_band { BlockKind::Header } else { BlockKind::Footer };
            found.extend(c.all_lines().map(|i| (c.page, i, kind)));
        }
    }
    for (p, i, kind) in found {
        marks[p][i] = Some(kind);
    }
}

/// The whole row as one more candidate, when the row is cut into 2 to
/// [`FURNITURE_ROW_JOIN_PIECES`] lines and each is a candidate in the same band (`row` the
/// candidates just made for a row of `n` lines): its pieces joined left to right are keyed
/// like one line, so a head cut on one page still repeats the uncut head of the others.
/// Whether a repetition key has the letters of a running head: a number (`#`), or at least
/// [`FURNITURE_MIN_LETTERS`] letters.
fn has_letters(key: &str) -> bool {
    key.contains('#') || key.chars().filter(|c| c.is_alphanumeric()).count() >= FURNITURE_MIN_LETTERS
}

fn row_cand(row: &[Cand], n: usize, ls: &[Line]) -> Option<Cand> {
    if row.len() != n || !(2..=FURNITURE_ROW_JOIN_PIECES).contains(&n) {
        return None;
    }
    let top_band = row[0].top_band;
    if row.iter().any(|c| c.top_band != top_band) {
        return None;
    }
    let mut order: Vec<usize> = row.iter().map(|c| c.line).collect();
    order.sort_by(|&a, &b| ls[a].bbox[0].total_cmp(&ls[b].bbox[0]));
    let y = row.iter().map(|c| c.y).fold(f32::INFINITY, f32::min);
    let size = row.iter().map(|c| c.size).fold(0.0f32, f32::max);
    Some(Cand {
        page: row[0].page,
        line: order[0],
        top_band,
        outermost: row.iter().any(|c| c.outermost),
        near_edge: row.iter().all(|c| c.near_edge),
        y,
        size,
        big: row.iter().any(|c| c.big),
        pieces: order[1..].to_vec(),
    })
}

/// The lines of a page that open with its line numbers: whole numbers (alone or first on
/// their line) stacked at one right edge that count up by one, top to bottom, at least
/// [`LINE_NUMBER_MIN_RUN`] in a row.
fn line_numbers(ls: &[Line]) -> Vec<usize> {
    // (line, number, right edge of the number)
    let mut nums: Vec<(usize, i64, f32)> = ls
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let w = l.words.first()?;
            let t = w.text.as_str();
            let whole = !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit());
            whole.then(|| (i, t.parse::<i64>().unwrap_or(-1), w.bbox[2]))
        })
        .collect();
    if nums.len() < LINE_NUMBER_MIN_RUN {
        return Vec::new();
    }
    nums.sort_by(|a, b| a.2.total_cmp(&b.2));
    let mut out = Vec::new();
    let mut start = 0;
    while start < nums.len() {
        // One stack: right edges within a fraction of the font size of the first one.
        let x1 = nums[start].2;
        let tol = LINE_NUMBER_EDGE_TOL * ls[nums[start].0].size;
        let mut end = start + 1;
        while end < nums.len() && nums[end].2 - x1 <= tol {
            end += 1;
        }
        let mut stack = nums[start..end].to_vec();
        stack.sort_by(|a, b| ls[a.0].baseline.total_cmp(&ls[b.0].baseline));
        let mut run: Vec<usize> = Vec::new();
        for (k, &(i, n, _)) in stack.iter().enumerate() {
            if k > 0 && stack[k - 1].1 + 1 != n {
                if run.len() >= LINE_NUMBER_MIN_RUN {
                    out.append(&mut run);
                }
                run.clear();
            }
            run.push(i);
        }
        if run.len() >= LINE_NUMBER_MIN_RUN {
            out.append(&mut run);
        }
        start = end;
    }
    out
}

/// One page's rows, to tell running text from furniture.
struct Flow<'a> {
    ls: &'a [Line],
    rs: &'a [Vec<usize>],
    /// Width of the page's text (leftmost start to rightmost end).
    width: f32,
    body: f32,
}

impl Flow<'_> {
    /// Whether line `i` (on row `k`) is running text: a full body line left open (ending in
    /// a letter, comma or hyphen) whose next line right below starts in lower case, or the
    /// line that such a line runs on into. A sentence that a document happens to repeat at
    /// the top of two pages ("El seguimiento trimestral permitió … adoptar medidas" /
    /// "correctivas. …") is no running head.
    fn runs_on(&self, k: usize, i: usize) -> bool {
        let l = &self.ls[i];
        let below = self.rs.get(k + 1).and_then(|r| self.next_to(l, r));
        let above = k.checked_sub(1).and_then(|j| self.rs.get(j)).and_then(|r| self.next_to(l, r));
        below.is_some_and(|m| self.open_full(l) && starts_lower(m))
            || above.is_some_and(|a| self.open_full(a) && starts_lower(l))
    }

    /// The leftmost line of row `r` under or over `l`, within [`RUN_ON_PITCH`] font sizes.
    fn next_to<'b>(&'b self, l: &Line, r: &[usize]) -> Option<&'b Line> {
        r.iter()
            .map(|&j| &self.ls[j])
            .filter(|o| (o.baseline - l.baseline).abs() <= RUN_ON_PITCH * l.size.max(o.size))
            .filter(|o| o.bbox[0] < l.bbox[2] && o.bbox[2] > l.bbox[0])
            .min_by(|a, b| a.bbox[0].total_cmp(&b.bbox[0]))
    }

    /// A body-sized line as wide as the text that ends open.
    fn open_full(&self, l: &Line) -> bool {
        let open = l
            .words
            .last()
            .and_then(|w| w.text.chars().last())
            .is_some_and(|c| c.is_alphabetic() || c == ',' || c == '-');
        open && (l.size - self.body).abs() <= RUN_ON_SIZE_TOL * self.body
            && l.bbox[2] - l.bbox[0] >= RUN_ON_WIDTH * self.width
    }
}

fn starts_lower(l: &Line) -> bool {
    l.words.first().and_then(|w| w.text.chars().next()).is_some_and(char::is_lowercase)
}

/// The numbers of a text, in order: digit runs and roman numerals (the parts that
/// [`furniture_key`] replaces by `#`).
pub(crate) fn numbers_in(text: &str) -> Vec<i64> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let lw = word.to_lowercase();
        let core = lw.trim_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() && core.len() <= ROMAN_MAX_CHARS && core.chars().all(|c| "ivxlcdm".contains(c)) {
            out.push(roman_value(core));
            continue;
        }
        let mut cur: Option<i64> = None;
        for c in lw.chars() {
            match (c.to_digit(10), cur) {
                (Some(d), Some(v)) => cur = Some(v.saturating_mul(10).saturating_add(d as i64)),
                (Some(d), None) => cur = Some(d as i64),
                (None, Some(v)) => {
                    out.push(v);
                    cur = None;
                }
                (None, None) => {}
            }
        }
        out.extend(cur);
    }
    out
}

fn roman_value(s: &str) -> i64 {
    let val = |c: char| match c {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        'd' => 500,
        'm' => 1000,
        _ => 0,
    };
    let v: Vec<i64> = s.chars().map(val).collect();
    let mut total = 0;
    for (k, &x) in v.iter().enumerate() {
        if v.get(k + 1).is_some_and(|&n| n > x) {
            total -= x;
        } else {
            total += x;
        }
    }
    total
}

/// `group` without its lone numbers that break the sequence the others follow (number −
/// page the same on at least two pages): the "2019" that closes a title page where the
/// folios of the next pages sit. A number off that sequence stays when it still grows with
/// the pages between its neighbours in it and it is not alone (a second page with its
/// offset, or a second number in the line): the folios of an excerpt, whose pages jump
/// ("Página 3 de 24", then "Página 9 de 24").
fn without_stray_folios(group: Vec<usize>, cands: &[Cand], lines: &[Vec<Line>]) -> Vec<usize> {
    let number = |ci: usize| {
        let c = &cands[ci];
        let text = c.text(lines);
        if !is_page_number(&text) {
            return None;
        }
        numbers_in(&text).first().copied()
    };
    let offset = |ci: usize| number(ci).map(|n| n.saturating_sub(cands[ci].page as i64));
    let offsets: Vec<Option<i64>> = group.iter().map(|&ci| offset(ci)).collect();
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for o in offsets.iter().flatten() {
        *counts.entry(*o).or_default() += 1;
    }
    let Some((mode, n)) = counts.iter().map(|(&o, &n)| (o, n)).max_by_key(|&(o, n)| (n, std::cmp::Reverse(o))) else {
        return group;
    };
    if n < 2 {
        return group;
    }
    // The sequence: (page, number) of the members on it.
    let on: Vec<(usize, i64)> = group
        .iter()
        .zip(&offsets)
        .filter(|(_, o)| **o == Some(mode))
        .filter_map(|(&ci, _)| Some((cands[ci].page, number(ci)?)))
        .collect();
    let grows = |ci: usize| {
        let (page, Some(n)) = (cands[ci].page, number(ci)) else { return false };
        let before = on.iter().filter(|(p, _)| *p < page).map(|(_, m)| *m).max();
        let after = on.iter().filter(|(p, _)| *p > page).map(|(_, m)| *m).min();
        let not_alone = counts.get(&(n - page as i64)).is_some_and(|&k| k >= FOLIO_MIN_AGREE)
            || numbers_in(&cands[ci].text(lines)).len() >= 2;
        not_alone && n > page as i64 && before.is_none_or(|b| n > b) && after.is_none_or(|a| n < a)
    };
    group
        .into_iter()
        .zip(offsets)
        .filter(|(ci, o)| o.is_none_or(|o| o == mode) || grows(*ci))
        .map(|(ci, _)| ci)
        .collect()
}

/// True when the numbers of a repeated line behave like running-head numbers from page to
/// page: each number either stays the same or grows with the page (a folio). Numbers that
/// jump otherwise ("Artículo 90." at the top of one page, "Artículo 113." on a later one)
/// mark body text that happens to start pages. Most steps between successive pages must
/// behave; lines without numbers always do.
fn numbers_follow_pages(numbered: &[(usize, Vec<i64>)]) -> bool {
    let mut v: Vec<&(usize, Vec<i64>)> = numbered.iter().filter(|(_, ns)| !ns.is_empty()).collect();
    v.sort_by_key(|(p, _)| *p);
    let (mut good, mut all) = (0usize, 0usize);
    for w in v.windows(2) {
        let ((pa, a), (pb, b)) = (w[0], w[1]);
        if pa == pb || a.len() != b.len() {
            continue;
        }
        let dp = (*pb - *pa) as i64;
        all += 1;
        if a.iter().zip(b).all(|(x, y)| y == x || y - x == dp) {
            good += 1;
        }
    }
    good * 2 >= all
}

/// Marks a running head or foot that a single page can show: a row in the top (bottom)
/// band cut into pieces set far apart — left, centre, right — one of which, at an end, is a
/// folio ("Page 1/1", "3"), together with whatever lies between that row and the page edge.
#[allow(clippy::too_many_arguments)]
fn beside_folio(
    p: usize,
    ls: &[Line],
    rs: &[Vec<usize>],
    lo: f32,
    h: f32,
    body: f32,
    skip: &[bool],
    marks: &mut [Vec<Option<BlockKind>>],
) {
    let n = rs.len();
    for top in [true, false] {
        for k in 0..ROWS.min(n) {
            let r = if top { &rs[k] } else { &rs[n - 1 - k] };
            let in_band = r.iter().all(|&i| {
                let b = ls[i].bbox;
                if top {
                    b[1] <= lo + BAND * h
                } else {
                    b[3] >= lo + (1.0 - BAND) * h
                }
            });
            if !in_band {
                break;
            }
            if !is_folio_row(ls, r, body) || r.iter().any(|&i| skip.get(i).copied().unwrap_or(false)) {
                continue;
            }
            let outer: Vec<usize> = if top { rs[..=k].concat() } else { rs[n - 1 - k..].concat() };
            for i in outer {
                let text = ls[i].text();
                let kind = if is_page_number(&text) {
                    BlockKind::PageNumber
                } else if top {
                    BlockKind::Header
                } else {
                    BlockKind::Footer
                };
                if let Some(m) = marks.get_mut(p).and_then(|m| m.get_mut(i)) {
                    m.get_or_insert(kind);
                }
            }
            break;
        }
    }
}

/// A row of two to four short pieces (not much bigger than the body text), at least four
/// body sizes apart, with a folio (under 1000) at its left or right end.
fn is_folio_row(ls: &[Line], r: &[usize], body: f32) -> bool {
    let mut pieces: Vec<&Line> = r.iter().map(|&i| &ls[i]).collect();
    if pieces.len() < FURNITURE_FOLIO_ROW_PIECES.0 || pieces.len() > FURNITURE_FOLIO_ROW_PIECES.1 {
        return false;
    }
    pieces.sort_by(|a, b| a.bbox[0].total_cmp(&b.bbox[0]));
    let short = pieces
        .iter()
        .all(|l| l.size <= FURNITURE_FOLIO_ROW_SIZE * body && l.text().chars().count() <= FURNITURE_FOLIO_ROW_CHARS);
    let apart = pieces.windows(2).all(|w| w[1].bbox[0] - w[0].bbox[2] >= FURNITURE_FOLIO_ROW_GAP * body);
    // A four-digit number at the end of a row is more likely a year than a folio.
    let folio = |l: &Line| {
        let t = l.text();
        is_page_number(&t) && numbers_in(&t).iter().all(|&n| n < FURNITURE_FOLIO_ROW_MAX_NUMBER)
    };
    let folio_end = [pieces.first(), pieces.last()].into_iter().flatten().any(|l| folio(l));
    short && apart && folio_end
}

/// Top and bottom of the page (the page box, or the lines' extent when it is unknown).
fn page_extent(page: Option<&TextPage>, ls: &[Line]) -> (f32, f32) {
    if let Some(p) = page {
        if p.height.is_finite() && p.height > MIN_PAGE_SIDE_PT {
            return (0.0, p.height);
        }
    }
    let lo = ls.iter().map(|l| l.bbox[1]).fold(f32::INFINITY, f32::min);
    let hi = ls.iter().map(|l| l.bbox[3]).fold(f32::NEG_INFINITY, f32::max);
    if lo.is_finite() && hi.is_finite() && hi > lo {
        (lo, hi)
    } else {
        (0.0, 1.0)
    }
}

/// True when most glyphs drawn inside `line`'s box are marked as artifacts.
fn mostly_artifact(page: &TextPage, line: &Line) -> bool {
    if !page.glyphs.iter().any(|g| g.artifact) {
        return false;
    }
    let [x0, t, x1, b] = line.bbox;
    let (mut all, mut art) = (0usize, 0usize);
    for g in &page.glyphs {
        if g.rotated || g.text.trim().is_empty() {
            continue;
        }
        let cx = 0.5 * (g.bbox[0] + g.bbox[2]);
        let cy = 0.5 * (g.bbox[1] + g.bbox[3]);
        if cx >= x0 && cx <= x1 && cy >= t && cy <= b {
            all += 1;
            if g.artifact {
                art += 1;
            }
        }
    }
    all > 0 && art * FURNITURE_ARTIFACT_SHARE.1 >= all * FURNITURE_ARTIFACT_SHARE.0
}

/// A repetition key as 64 bits (two keys of one document meeting by chance is far less
/// likely than a bit flip).
fn key_hash(key: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::lines::page_lines;
    use crate::layout::testutil::PageBuilder;

    #[test]
    fn keys_normalise_numbers() {
        assert_eq!(furniture_key("Página 5 de 24"), furniture_key("Página 6 de 24"));
        assert_eq!(furniture_key("Capítulo IV"), furniture_key("Capítulo II"));
        assert_eq!(furniture_key("Pagina 3 de 24"), furniture_key("Página 6 de 24"));
        assert_ne!(furniture_key("Informe anual"), furniture_key("Informe final"));
        assert_eq!(furniture_key("Página 5 de 24"), "pagina # de #");
        assert_eq!(furniture_key("  X-12a  2024-2025 IV 7b8"), "x-#a #-# # #b#");
    }

    fn doc(n: u32) -> (Vec<TextPage>, Vec<Vec<Line>>) {
        let mut pages = Vec::new();
        for k in 1..=n {
            let mut p = PageBuilder::numbered(k);
            if k > 1 {
                p.text(200.0, 40.0, 9.0, "Las ODE en las regiones");
                p.text(250.0, 810.0, 9.0, &format!("Página {k} de {n}"));
            }
            let w = ["alfa", "beta", "gama", "delta", "épsilon", "zeta", "eta", "theta"][(k as usize) % 8];
            p.text(72.0, 100.0, 11.0, &format!("Texto {w} del cuerpo que cambia"));
            p.text(72.0, 114.0, 11.0, &format!("en cada página {w}"));
            p.text(72.0, 780.0, 11.0, &format!("Una línea {w} al pie del cuerpo"));
            pages.push(p.page);
        }
        let lines = pages.iter().map(page_lines).collect();
        (pages, lines)
    }

    #[test]
    fn repeated_header_and_footer_are_found() {
        let (pages, lines) = doc(6);
        let skip: Vec<Vec<bool>> = lines.iter().map(|l| vec![false; l.len()]).collect();
        let marks = find(&pages, &lines, &skip, 11.0);
        for (p, ls) in lines.iter().enumerate() {
            for (i, l) in ls.iter().enumerate() {
                let t = l.text();
                let want = if p == 0 {
                    None
                } else if t.starts_with("Las ODE") {
                    Some(BlockKind::Header)
                } else if t.starts_with("Página") {
                    Some(BlockKind::PageNumber)
                } else {
                    None
                };
                assert_eq!(marks[p][i], want, "page {} line {t:?}", p + 1);
            }
        }
    }

    #[test]
    fn a_head_cut_in_two_on_one_page_is_still_furniture() {
        // An OCR layer cuts the running head at a wide word gap on page 4 only: the two
        // pieces, joined, repeat the head of the other pages.
        let mut pages = Vec::new();
        for k in 1..=6u32 {
            let mut p = PageBuilder::numbered(k);
            if k == 4 {
                let end = p.text(150.0, 40.0, 9.0, "Lineamientos y");
                p.text(end + 30.0, 40.0, 9.0, "aristas de la política exterior");
            } else {
                p.text(150.0, 40.0, 9.0, "Lineamientos y aristas de la política exterior");
            }
            let w = ["alfa", "beta", "gama", "delta", "épsilon", "zeta"][k as usize - 1];
            p.text(72.0, 100.0, 11.0, &format!("Texto {w} del cuerpo que cambia"));
            p.text(72.0, 114.0, 11.0, &format!("en cada página {w}"));
            pages.push(p.page);
        }
        let (lines, marks) = marks_of(&pages, 11.0);
        assert_eq!(lines[3].iter().filter(|l| l.baseline < 50.0).count(), 2, "the head is cut in two lines");
        for (p, ls) in lines.iter().enumerate() {
            for (l, m) in ls.iter().zip(&marks[p]) {
                let want = if l.baseline < 50.0 { Some(BlockKind::Header) } else { None };
                assert_eq!(*m, want, "page {} {:?}", p + 1, l.text());
            }
        }
    }

    #[test]
    fn a_lone_mark_at_the_foot_of_several_pages_is_no_footer() {
        // A proof's end mark "■" closes the last row of five pages, at the right margin of
        // the bottom band; the running head above repeats too and stays a head.
        let mut pages = Vec::new();
        for k in 1..=5u32 {
            let mut p = PageBuilder::numbered(k);
            p.text(150.0, 40.0, 9.0, "Topologische Grundbegriffe");
            let w = ["alfa", "beta", "gama", "delta", "épsilon"][k as usize - 1];
            p.text(72.0, 100.0, 11.0, &format!("Texto {w} del cuerpo que cambia"));
            p.text(72.0, 700.0, 11.0, &format!("y así termina la prueba {w}"));
            p.text(520.0, 700.0, 11.0, "■");
            pages.push(p.page);
        }
        let (lines, marks) = marks_of(&pages, 11.0);
        for (p, ls) in lines.iter().enumerate() {
            for (l, m) in ls.iter().zip(&marks[p]) {
                let want = if l.baseline < 50.0 { Some(BlockKind::Header) } else { None };
                assert_eq!(*m, want, "page {} {:?}", p + 1, l.text());
            }
        }
        assert!(!has_letters("∼") && !has_letters("a") && has_letters("#") && has_letters("informe anual"));
    }

    #[test]
    fn copies_of_one_page_are_not_furniture() {
        let mut pages = Vec::new();
        for k in 1..=2 {
            let mut p = PageBuilder::numbered(k);
            p.text(300.0, 40.0, 9.0, "Termin płatności: 2021-05-03");
            p.text(72.0, 100.0, 9.0, "Sprzedawca Nabywca");
            pages.push(p.page);
        }
        let lines: Vec<Vec<Line>> = pages.iter().map(page_lines).collect();
        let skip: Vec<Vec<bool>> = lines.iter().map(|l| vec![false; l.len()]).collect();
        let marks = find(&pages, &lines, &skip, 9.0);
        assert!(marks.iter().flatten().all(Option::is_none), "{marks:?}");
    }

    #[test]
    fn lone_number_at_the_bottom_is_a_page_number() {
        let mut p = PageBuilder::new();
        p.text(72.0, 100.0, 11.0, "Cuerpo");
        p.text(290.0, 820.0, 10.0, "17");
        let pages = vec![p.page];
        let lines: Vec<Vec<Line>> = pages.iter().map(page_lines).collect();
        let marks = find(&pages, &lines, &[vec![false; 2]], 11.0);
        assert_eq!(marks[0], vec![None, Some(BlockKind::PageNumber)]);
    }

    #[test]
    fn line_numbers_of_a_transcript_are_not_page_numbers() {
        // One page numbered 1–25 down its left margin (the numbers right-aligned at 104),
        // some alone on their line, some before text; a folio at the foot.
        let mut p = PageBuilder::new();
        for n in 1..=25 {
            let y = 70.0 + 25.0 * (n as f32);
            let t = n.to_string();
            let x = 104.0 - 6.0 * t.len() as f32;
            p.text(x, y, 12.0, &t);
            if n % 3 == 0 {
                p.text(126.0, y, 12.0, "texto del acta");
            }
        }
        p.text(320.0, 820.0, 12.0, "1");
        let (lines, marks) = marks_of(&[p.page], 12.0);
        for (l, m) in lines[0].iter().zip(&marks[0]) {
            if l.bbox[0] < 110.0 {
                assert_eq!(*m, None, "{}", l.text());
            }
        }
        assert_eq!(kind_of_text(&lines, &marks, 0, "1"), None);
        let folio = lines[0].iter().position(|l| l.bbox[0] > 300.0).unwrap();
        assert_eq!(marks[0][folio], Some(BlockKind::PageNumber));
    }

    #[test]
    fn a_sentence_repeated_at_the_top_of_two_pages_is_no_running_head() {
        // Pages 1 and 2 open with the same full line, left open and run on into the next
        // line in lower case; a real running head repeats above it.
        let mut pages = Vec::new();
        for n in 1..=2 {
            let mut p = PageBuilder::numbered(n);
            p.text(72.0, 40.0, 10.0, "Informe anual de gestión");
            p.text(
                72.0,
                80.0,
                10.0,
                "El seguimiento trimestral permitió identificar oportunamente las desviaciones y adoptar",
            );
            p.text(72.0, 92.0, 10.0, if n == 1 { "medidas. Luego otra frase" } else { "medidas. Y una distinta" });
            for k in 0..30 {
                p.text(
                    72.0,
                    120.0 + 20.0 * k as f32,
                    10.0,
                    &format!("Cuerpo {k} de la página {n} con texto corriente."),
                );
            }
            pages.push(p.page);
        }
        let (lines, marks) = marks_of(&pages, 10.0);
        for p in 0..2 {
            assert_eq!(kind_of_text(&lines, &marks, p, "Informe anual"), Some(BlockKind::Header));
            assert_eq!(kind_of_text(&lines, &marks, p, "El seguimiento"), None);
        }
    }

    /// A two-page report: page 1 opens with a title, its author line and a contents list;
    /// page 2 has a running head repeating the author line above its text, a folio "2"
    /// set a little bigger than the body, and `first2` as its first text line.
    fn two_pages(first2: &str) -> Vec<TextPage> {
        let mut p1 = PageBuilder::numbered(1);
        p1.text(72.0, 60.0, 16.0, "Informe de gestión 2019");
        p1.text(72.0, 85.0, 10.0, "Gobierno Regional de Junín");
        p1.text(72.0, 110.0, 10.0, "1. Antecedentes");
        for k in 0..25 {
            p1.text(72.0, 140.0 + 22.0 * k as f32, 10.0, &format!("Línea {k} del cuerpo de la primera página."));
        }
        let mut p2 = PageBuilder::numbered(2);
        p2.text(240.0, 30.0, 8.5, "Gobierno Regional de Junín");
        p2.text(72.0, 62.0, 10.0, first2);
        for k in 0..25 {
            p2.text(72.0, 90.0 + 22.0 * k as f32, 10.0, &format!("Línea {k} del cuerpo de la segunda página."));
        }
        p2.text(295.0, 800.0, 11.3, "2");
        vec![p1.page, p2.page]
    }

    #[test]
    fn a_head_and_a_folio_printed_once_are_furniture() {
        // Page 1 of a short document carries no furniture: the head on page 2 repeats a
        // line of page 1 and lies above page 1's text; the folio is page 2's own number.
        let pages = two_pages("1. Antecedentes");
        let (lines, marks) = marks_of(&pages, 10.0);
        assert_eq!(kind_of_text(&lines, &marks, 1, "Gobierno Regional"), Some(BlockKind::Header));
        assert_eq!(kind_of_text(&lines, &marks, 1, "2"), Some(BlockKind::PageNumber));
        // Page 1's author line and page 2's heading (listed on page 1) stay text: both are
        // inside the other page's text area.
        assert_eq!(kind_of_text(&lines, &marks, 0, "Gobierno Regional"), None);
        assert_eq!(kind_of_text(&lines, &marks, 1, "1. Antecedentes"), None);
    }

    #[test]
    fn a_lone_line_in_the_margin_that_repeats_nothing_is_text() {
        // The same two pages, the head's text on page 1 changed: nothing repeats it, so it is
        // no running head (a cover's top line); a last line "3" on page 2 is no folio.
        let mut pages = two_pages("1. Antecedentes");
        pages[0].glyphs.retain(|g| g.baseline != 85.0);
        pages[1].glyphs.retain(|g| g.baseline != 800.0);
        let mut p2 = PageBuilder::numbered(2);
        p2.page = pages[1].clone();
        p2.text(295.0, 800.0, 10.0, "3");
        pages[1] = p2.page;
        let (lines, marks) = marks_of(&pages, 10.0);
        assert_eq!(kind_of_text(&lines, &marks, 1, "Gobierno Regional"), None);
        assert_eq!(kind_of_text(&lines, &marks, 1, "3"), None);
    }

    fn marks_of(pages: &[TextPage], body: f32) -> (Vec<Vec<Line>>, Vec<Vec<Option<BlockKind>>>) {
        let lines: Vec<Vec<Line>> = pages.iter().map(page_lines).collect();
        let skip: Vec<Vec<bool>> = lines.iter().map(|l| vec![false; l.len()]).collect();
        let marks = find(pages, &lines, &skip, body);
        (lines, marks)
    }

    fn kind_of_text(lines: &[Vec<Line>], marks: &[Vec<Option<BlockKind>>], p: usize, start: &str) -> Option<BlockKind> {
        let i = lines[p].iter().position(|l| l.text().starts_with(start))?;
        marks[p][i]
    }

    #[test]
    fn a_foot_of_six_rows_repeated_on_every_page_is_furniture() {
        // An archive stamp of six rows at the foot of every page: the three outermost rows
        // are found as furniture by the band's row count, the three above them because
        // they repeat right inside that furniture. The body's last line, different on
        // each page, a line repeated in the body, and one repeated in the body's size right
        // above the stamp stay text.
        let foot = [
            (740.0, "EXPEDIENTE: OT2025-INT-1028844 CLAVE: 4E48F4"),
            (756.0, "Esto es una copia auténtica imprimible de un documento"),
            (768.0, "electrónico archivado en el Ministerio, según el D.S."),
            (780.0, "Su autenticidad e integridad pueden ser contrastadas"),
            (790.0, "en la siguiente dirección web:"),
            (805.0, "https://esinad.example.gob.pe/consulta"),
        ];
        let mut pages = Vec::new();
        for k in 1..=3u32 {
            let mut p = PageBuilder::numbered(k);
            for j in 0..20 {
                p.text(85.0, 100.0 + 25.0 * j as f32, 10.0, &format!("Línea {j} del cuerpo, página {k} de tres."));
            }
            p.text(85.0, 640.0, 10.0, "Atentamente, la Oficina General");
            p.text(85.0, 700.0, 10.0, ["Primer", "Segundo", "Tercer"][k as usize - 1]);
            p.text(85.0, 726.0, 10.0, "Firma del responsable de la oficina");
            for (y, t) in foot {
                p.text(118.0, y, 7.0, t);
            }
            pages.push(p.page);
        }
        let (lines, marks) = marks_of(&pages, 10.0);
        for p in 0..3 {
            for (_, t) in foot {
                assert_eq!(kind_of_text(&lines, &marks, p, &t[..12]), Some(BlockKind::Footer), "page {p} {t}");
            }
            assert_eq!(kind_of_text(&lines, &marks, p, ["Primer", "Segundo", "Tercer"][p]), None);
            assert_eq!(kind_of_text(&lines, &marks, p, "Atentamente"), None);
            assert_eq!(kind_of_text(&lines, &marks, p, "Firma del"), None);
            assert_eq!(kind_of_text(&lines, &marks, p, "Línea 19"), None);
        }
    }

    #[test]
    fn repeated_lines_whose_numbers_jump_are_body_text() {
        let mut pages = Vec::new();
        for (k, n) in [5, 9, 14, 15, 22, 30].into_iter().enumerate() {
            let mut p = PageBuilder::numbered(k as u32 + 1);
            p.text(72.0, 40.0, 11.0, &format!("Artículo {n}."));
            p.text(72.0, 100.0, 11.0, &format!("Texto del artículo {n} que cambia"));
            pages.push(p.page);
        }
        let (lines, marks) = marks_of(&pages, 11.0);
        for p in 0..pages.len() {
            assert_eq!(kind_of_text(&lines, &marks, p, "Artículo"), None, "page {}", p + 1);
        }
        assert!(numbers_follow_pages(&[(0, vec![5, 24]), (1, vec![6, 24]), (3, vec![8, 24])]));
        assert!(!numbers_follow_pages(&[(0, vec![90]), (1, vec![93]), (3, vec![113])]));
        assert_eq!(numbers_in("Página 5 de 24 – xii"), vec![5, 24, 12]);
    }

    #[test]
    fn folios_of_an_excerpt_whose_pages_jump_are_furniture() {
        // Pages 2-8 of an excerpt of a 24-page report: folios 2, 3, 9, 10, 21, 22, 23; and a
        // lone "2019" closing page 1 where the folios sit.
        let mut pages = Vec::new();
        for (k, n) in [0, 2, 3, 9, 10, 21, 22, 23].into_iter().enumerate() {
            let mut p = PageBuilder::numbered(k as u32 + 1);
            let w = ["alfa", "beta", "gama", "delta", "épsilon", "zeta", "eta", "theta"][k];
            p.text(72.0, 100.0, 11.0, &format!("Texto {w} del cuerpo que cambia"));
            p.text(72.0, 780.0, 11.0, &format!("Una línea {w} al pie del cuerpo"));
            p.text(250.0, 810.0, 9.0, &if n == 0 { "2019".to_string() } else { format!("Página {n} de 24") });
            pages.push(p.page);
        }
        let (lines, marks) = marks_of(&pages, 11.0);
        for p in 1..pages.len() {
            assert!(kind_of_text(&lines, &marks, p, "Página").is_some(), "page {}", p + 1);
        }
        assert_eq!(kind_of_text(&lines, &marks, 0, "2019"), None);
    }

    #[test]
    fn big_folios_in_sequence_are_page_numbers() {
        let mut pages = Vec::new();
        for k in 1..=4u32 {
            let mut p = PageBuilder::numbered(k);
            p.text(540.0, 40.0, 18.0, &format!("{}", k + 9));
            p.text(72.0, 100.0, 11.0, &format!("Cuerpo de la página {k} con texto"));
            p.text(72.0, 114.0, 11.0, "y otra línea más del cuerpo");
            pages.push(p.page);
        }
        // A big number on one page only (a chapter opener) is not a folio.
        let mut q = PageBuilder::numbered(5);
        q.text(72.0, 40.0, 30.0, "3");
        q.text(72.0, 100.0, 11.0, "Capítulo sobre otra cosa");
        pages.push(q.page);
        let (lines, marks) = marks_of(&pages, 11.0);
        for p in 0..4 {
            assert_eq!(kind_of_text(&lines, &marks, p, &format!("{}", p + 10)), Some(BlockKind::PageNumber));
        }
        assert_eq!(kind_of_text(&lines, &marks, 4, "3"), None);
    }

    #[test]
    fn pieces_beside_a_folio_on_one_page_are_furniture() {
        let mut p = PageBuilder::new();
        p.text(480.0, 25.0, 8.0, "Printed by");
        p.text(30.0, 50.0, 8.0, "Mai 30, 18 13:27");
        p.text(220.0, 50.0, 11.0, "notes.txt");
        p.text(480.0, 50.0, 8.0, "Page 1/1");
        for k in 0..5 {
            p.text(30.0, 70.0 + 9.0 * k as f32, 8.0, "Beautiful is better than ugly.");
        }
        p.text(30.0, 820.0, 8.0, "Mittwoch Mai 30, 2018");
        p.text(250.0, 820.0, 8.0, "notes.txt");
        p.text(540.0, 820.0, 8.0, "1/1");
        let (lines, marks) = marks_of(&[p.page], 8.0);
        for (l, k) in lines[0].iter().zip(&marks[0]) {
            let t = l.text();
            let want = if t.starts_with("Beautiful") {
                None
            } else if t.contains("1/1") {
                Some(BlockKind::PageNumber)
            } else if l.baseline < 100.0 {
                Some(BlockKind::Header)
            } else {
                Some(BlockKind::Footer)
            };
            assert_eq!(*k, want, "{t:?}");
        }
    }

    #[test]
    fn artifact_lines_are_furniture() {
        let mut p = PageBuilder::new();
        p.text(72.0, 30.0, 9.0, "Encabezado marcado");
        for g in p.page.glyphs.iter_mut() {
            g.artifact = true;
        }
        p.text(72.0, 100.0, 11.0, "Cuerpo");
        let pages = vec![p.page];
        let lines: Vec<Vec<Line>> = pages.iter().map(page_lines).collect();
        let marks = find(&pages, &lines, &[vec![false; 2]], 11.0);
        assert_eq!(marks[0], vec![Some(BlockKind::Header), None]);
    }
}
