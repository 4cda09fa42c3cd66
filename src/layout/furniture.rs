//! Page furniture: running headers, running footers and page numbers.
//!
//! In: every page's lines (and which lines belong to tables, never furniture). Out: for
//! every line, `Some(Header | Footer | PageNumber)` when it is furniture.
//!
//! A line is furniture when it sits in the top or bottom band of its page (the first or
//! last [`ROWS`] rows, within [`BAND`] of the page height from the edge), is not bigger
//! than the body text, and
//! - the same text — compared with digits and roman numerals replaced by `#`, so "Página 5
//!   de 24" matches "Página 6 de 24" — appears at about the same height on other pages
//!   (two pages in a short document, three from six pages on; pages that are copies of
//!   each other, line for line, count once); or
//! - it is the outermost row and reads as a page number ("7", "- 7 -", "xii", "Pág. 7"); or
//! - most of its glyphs are marked `/Artifact` by the producer.
//!
//! Page numbers get `PageNumber`; other furniture gets `Header` in the top band and
//! `Footer` in the bottom band.

use std::collections::HashMap;

use super::headings::is_page_number;
use super::Line;
use crate::model::BlockKind;
use crate::pdf::TextPage;

/// Fraction of the page height, from the top or bottom edge, where furniture may sit.
const BAND: f32 = 0.15;
/// Rows from the top (and from the bottom) looked at.
const ROWS: usize = 3;

/// Repetition key of a line: lower case, digit runs and roman numerals as `#`, single spaces.
pub fn furniture_key(text: &str) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        let lw = word.to_lowercase();
        let core = lw.trim_matches(|c: char| !c.is_alphanumeric());
        let roman = !core.is_empty() && core.len() <= 7 && core.chars().all(|c| "ivxlcdm".contains(c));
        if !out.is_empty() {
            out.push(' ');
        }
        if roman {
            out.push('#');
            continue;
        }
        let mut last_digit = false;
        for c in lw.chars() {
            if c.is_ascii_digit() {
                if !last_digit {
                    out.push('#');
                }
                last_digit = true;
            } else {
                out.push(c);
                last_digit = false;
            }
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
    y: f32,
    size: f32,
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
            Some(r) if (l.baseline - base).abs() <= 0.4 * l.size.max(size) => {
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
    for (p, ls) in lines.iter().enumerate() {
        let empty = Vec::new();
        let rs = rows(ls, skip.get(p).unwrap_or(&empty));
        if rs.is_empty() {
            continue;
        }
        let (lo, hi) = page_extent(pages.get(p), ls);
        let h = hi - lo;
        let n = rs.len();
        for (k, r) in rs.iter().enumerate() {
            let from_top = k < ROWS;
            let from_bottom = k + ROWS >= n;
            for &i in r {
                let l = &ls[i];
                let in_top = from_top && l.bbox[1] <= lo + BAND * h;
                let in_bottom = from_bottom && l.bbox[3] >= hi - BAND * h;
                // Running heads are not set bigger than the text (a chapter title is).
                if (in_top || in_bottom) && l.size <= 1.1 * body {
                    let top_band = in_top && (!in_bottom || l.bbox[1] - lo < hi - l.bbox[3]);
                    // A page number on the outermost row, not a small mark beside bigger text.
                    let row_size = r.iter().map(|&j| ls[j].size).fold(0.0f32, f32::max);
                    let outermost = (if top_band { k == 0 } else { k + 1 == n }) && l.size >= 0.7 * row_size;
                    let y = if top_band { l.bbox[1] - lo } else { hi - l.bbox[3] };
                    cands.push(Cand { page: p, line: i, top_band, outermost, y, size: l.size });
                }
            }
        }
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
    let mut classes: HashMap<Vec<String>, usize> = HashMap::new();
    let class_of: Vec<usize> = lines
        .iter()
        .map(|ls| {
            let mut keys: Vec<String> = ls.iter().map(|l| furniture_key(&l.text())).collect();
            keys.sort_unstable();
            let next = classes.len();
            *classes.entry(keys).or_insert(next)
        })
        .collect();
    let n_pages = lines.len();
    let min_rep = if n_pages >= 6 { 3 } else { 2 };
    let mut by_key: HashMap<(String, bool), Vec<usize>> = HashMap::new();
    for (ci, c) in cands.iter().enumerate() {
        let key = furniture_key(&lines[c.page][c.line].text());
        if !key.is_empty() {
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
            if pages_seen.len() >= min_rep && near.len() > best.len() {
                best = near;
            }
        }
        for ci in best {
            let c = &cands[ci];
            let text = lines[c.page][c.line].text();
            marks[c.page][c.line] = Some(kind_of(c, &text));
        }
    }
    // Page numbers and artifacts.
    for c in &cands {
        if marks[c.page][c.line].is_some() {
            continue;
        }
        let line = &lines[c.page][c.line];
        let text = line.text();
        if (c.outermost && is_page_number(&text)) || pages.get(c.page).is_some_and(|pg| mostly_artifact(pg, line)) {
            marks[c.page][c.line] = Some(kind_of(c, &text));
        }
    }
    marks
}

/// Top and bottom of the page (the page box, or the lines' extent when it is unknown).
fn page_extent(page: Option<&TextPage>, ls: &[Line]) -> (f32, f32) {
    if let Some(p) = page {
        if p.height.is_finite() && p.height > 1.0 {
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
    all > 0 && art * 5 >= all * 3
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
        assert_ne!(furniture_key("Informe anual"), furniture_key("Informe final"));
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
