//! Layout: from positioned glyphs to the structure a reader perceives.
//!
//! In: the [`TextPage`]s of a document (and the tables found on them). Out: a
//! [`LaidDocument`]: per page, blocks in reading order (headings with levels, paragraphs,
//! list items, captions, footnotes, tables, and the page furniture: running headers,
//! footers, page numbers) whose text is still a list of raw lines, so that line-end
//! hyphens can be decided by `normalize`; and the footnotes with their numbers.
//!
//! - [`page_lines`]: glyphs → words → lines (one page).
//! - [`build_document`]: lines of all pages → blocks, reading order, furniture, footnotes.

mod blocks;
mod ellipsis;
mod figures;
pub(crate) mod footnotes;
mod forms;
pub(crate) mod furniture;
mod hanging;
pub mod headings;
mod interleaved;
mod language;
mod limits;
pub mod lines;
mod order;
mod overlays;
mod overscripts;
mod rowmates;
mod spacing;
mod stacked;
mod subfigures;
pub mod tables;
#[doc(hidden)]
pub mod testutil;
pub(crate) mod tuning;

use crate::layout::tables::PageTable;
use crate::model::BlockKind;
use crate::pdf::TextPage;

/// A word: glyphs with no gap between them on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Text of the word (no spaces).
    pub text: compact_str::CompactString,
    /// `[x0, top, x1, bottom]`, displayed page space.
    pub bbox: [f32; 4],
    /// Baseline y.
    pub baseline: f32,
    /// Dominant font size.
    pub size: f32,
    /// Index into `TextPage::fonts` of the first glyph.
    pub font: u32,
    /// Bold (from the font).
    pub bold: bool,
    /// Italic (from the font).
    pub italic: bool,
    /// Raised above the baseline and smaller (a footnote mark or exponent).
    pub superscript: bool,
    /// Content-stream position of its first glyph (the order the producer drew it in):
    /// formulas and figure labels are read in this order ([`blocks`]' stacked runs).
    pub seq: u32,
}

/// A line of words on one baseline, left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Words in order.
    pub words: Vec<Word>,
    /// `[x0, top, x1, bottom]`.
    pub bbox: [f32; 4],
    /// Baseline y.
    pub baseline: f32,
    /// Dominant font size.
    pub size: f32,
}

impl Line {
    /// Words joined with single spaces.
    pub fn text(&self) -> String {
        let len = self.words.iter().map(|w| w.text.len() + 1).sum::<usize>();
        let mut s = String::with_capacity(len.saturating_sub(1));
        for (i, w) in self.words.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(&w.text);
        }
        s
    }
}

/// A block before normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidBlock {
    /// Role of the block.
    pub kind: BlockKind,
    /// Raw text lines, top to bottom (a paragraph continued from the previous page has the
    /// continuation's lines appended here, and the continuation is not a separate block).
    pub lines: Vec<String>,
    /// `[x0, top, x1, bottom]` on its page.
    pub bbox: [f32; 4],
    /// Heading level.
    pub level: Option<u8>,
    /// True when the paragraph continues on a later page.
    pub continues: bool,
    /// Footnote numbers whose marks were removed from the lines.
    pub footnote_refs: Vec<u32>,
    /// For `Table` blocks: index into the document's tables.
    pub table: Option<usize>,
    /// A paragraph joined across pages: where each later page's lines begin (index into
    /// `lines`) and that page's number.
    pub page_breaks: Vec<(usize, usize)>,
}

/// A page of blocks in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidPage {
    /// 1-based page number.
    pub number: u32,
    /// Displayed width.
    pub width: f32,
    /// Displayed height.
    pub height: f32,
    /// Blocks in reading order, furniture included.
    pub blocks: Vec<LaidBlock>,
}

/// A footnote before normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidFootnote {
    /// Its number.
    pub number: u32,
    /// Raw lines.
    pub lines: Vec<String>,
    /// 1-based page.
    pub page: u32,
}

/// The laid-out document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LaidDocument {
    /// Pages in order.
    pub pages: Vec<LaidPage>,
    /// Footnotes in order.
    pub footnotes: Vec<LaidFootnote>,
}

/// Groups one page's glyphs into words and lines (reading order is not decided here).
/// See [`lines`] for the rules (what happens to rotated and invisible glyphs, word and
/// line cuts, superscripts).
pub fn page_lines(page: &TextPage) -> Vec<Line> {
    lines::page_lines(page)
}

/// [`page_lines`] that stops its one costly step (attaching raised and lowered small glyphs
/// to their rows) at `deadline`; the flag says it did (every glyph still makes its line).
pub fn page_lines_within(page: &TextPage, deadline: Option<std::time::Instant>) -> (Vec<Line>, bool) {
    lines::page_lines_within(page, deadline)
}

/// Builds blocks for every page. `tables[i]` are the tables found on page `i`, each with the
/// index it has in the document's table list; lines inside a table's area become that table's
/// block, not paragraphs. The lines are consumed: each page's words are freed as soon as
/// that page is laid out, so a long document never holds two copies of all its words.
pub fn build_document(pages: &[TextPage], lines: Vec<Vec<Line>>, tables: &[Vec<(usize, PageTable)>]) -> LaidDocument {
    blocks::build_document(pages, lines, tables)
}
