//! Detectors: findings made from the finished, normalised document.
//!
//! In: a [`Document`] — the record's pages once every block text is final (normalised),
//! read-only. Out: findings anchored to a block text ([`Anchor`]: which text, character
//! offsets), which [`run_all`] turns into [`Location`]s (page, block, offsets) and hands
//! back to their detector to put into the record ([`Outputs`]).
//!
//! # The contract
//!
//! A detector is a type implementing [`Detector`]: `find` reads the document and returns
//! `(Anchor, Finding)` pairs; `record` receives them located and writes them into the
//! record. Detectors run in the order of [`DETECTORS`], after the metadata of the title page
//! and the body is read (`metadata::enrich`), so a detector may fill a metadata field that
//! is still empty.
//!
//! To add one: a file in this folder with a unit struct implementing [`Detector`], and one
//! line `file::Struct` in the `detectors!` list below, which declares the module and puts
//! the detector in [`DETECTORS`]. Tables are not detectors: they are found during layout
//! ([`crate::layout::tables`]), because they need the page geometry and become blocks.

pub mod legal;

use crate::model::{BlockKind, LegalReference, Metadata, Page, Record, ShortFormReference};

/// The number (1–12) of a Spanish month name in lower case (`setiembre` and `septiembre`).
pub fn spanish_month(name: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    if name == "septiembre" {
        return Some(9);
    }
    MONTHS.iter().position(|m| *m == name).map(|i| i as u8 + 1)
}

/// Declares each detector's module (`file` in this folder) and lists its detector (`Struct`)
/// in [`DETECTORS`], in the order given: adding a detector is one line here.
macro_rules! detectors {
    ($($file:ident :: $detector:ident),* $(,)?) => {
        $(pub mod $file;)*
        /// Every detector, in the order they run.
        pub const DETECTORS: &[&dyn Run] = &[$(&$file::$detector),*];
    };
}

detectors! {
    legal_references::LegalReferences,
    imprint::Imprints,
}

/// One block's final text, as detectors see it.
#[derive(Debug, Clone, Copy)]
pub struct BlockText<'a> {
    /// 1-based page.
    pub page: u32,
    /// Index of the block within its page's blocks.
    pub block: usize,
    /// Role of the block.
    pub kind: BlockKind,
    /// The block's text (normalised; what the record holds).
    pub text: &'a str,
}

/// The finished document a detector reads.
#[derive(Debug)]
pub struct Document<'a> {
    /// The record's pages, blocks in reading order, furniture included.
    pub pages: &'a [Page],
    /// Every block that is not page furniture, in reading order ([`Anchor::text`] indexes it).
    pub texts: Vec<BlockText<'a>>,
}

impl<'a> Document<'a> {
    /// The document of `pages`.
    pub fn new(pages: &'a [Page]) -> Document<'a> {
        let texts = pages
            .iter()
            .flat_map(|p| {
                p.blocks.iter().enumerate().filter(|(_, b)| !b.kind.is_furniture()).map(|(bi, b)| BlockText {
                    page: p.number,
                    block: bi,
                    kind: b.kind,
                    text: b.text.as_str(),
                })
            })
            .collect();
        Document { pages, texts }
    }

    /// Whether findings carry their page: the pages are real (PDF input, pages have a size)
    /// or the text was split into pages at form feeds. Text input without form feeds is one
    /// unsized page, and its findings carry no page.
    fn is_paged(&self) -> bool {
        self.pages.len() > 1 || self.pages.iter().any(|p| p.width.is_some())
    }
}

/// Where a finding is, as the detector says it: `text` indexes [`Document::texts`], `start`
/// and `end` are character offsets into that text (`end` exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// Index into [`Document::texts`].
    pub text: usize,
    /// Start, in characters.
    pub start: usize,
    /// End, in characters (exclusive).
    pub end: usize,
}

/// Where a finding is, as the record says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// 1-based page (`None` for text input without pages).
    pub page: Option<u32>,
    /// Index of the block within `pages[page-1].blocks`.
    pub block: usize,
    /// Start offset (characters) in that block's text.
    pub start: usize,
    /// End offset (characters, exclusive).
    pub end: usize,
}

/// The parts of the record detectors write.
#[derive(Debug)]
pub struct Outputs<'r> {
    /// Legal references (see [`crate::model::Record::legal_references`]).
    pub legal_references: &'r mut Vec<LegalReference>,
    /// Short forms of legal references (see [`crate::model::Record::short_forms`]).
    pub short_forms: &'r mut Vec<ShortFormReference>,
    /// The document's metadata, as the title page and body reading left it.
    pub metadata: &'r mut Metadata,
}

/// A detector (see the module docs).
pub trait Detector: Sync {
    /// What it finds, apart from where.
    type Finding: Send;
    /// A short name (`legal_references`).
    const NAME: &'static str;
    /// Finds in the document.
    fn find(&self, doc: &Document) -> Vec<(Anchor, Self::Finding)>;
    /// Writes the findings, located, into the record.
    fn record(&self, found: Vec<(Location, Self::Finding)>, out: &mut Outputs);
}

/// A detector behind one object-safe call (what [`DETECTORS`] lists); implemented for every
/// [`Detector`].
pub trait Run: Sync {
    /// The detector's name.
    fn name(&self) -> &'static str;
    /// Finds, locates and records.
    fn run(&self, doc: &Document, out: &mut Outputs);
}

impl<D: Detector> Run for D {
    fn name(&self) -> &'static str {
        D::NAME
    }

    fn run(&self, doc: &Document, out: &mut Outputs) {
        let found = self.find(doc);
        self.record(locate(doc, found), out);
    }
}

/// Maps anchors to record locations; an anchor to a text that does not exist is dropped.
pub fn locate<F>(doc: &Document, found: Vec<(Anchor, F)>) -> Vec<(Location, F)> {
    let paged = doc.is_paged();
    found
        .into_iter()
        .filter_map(|(a, f)| {
            let t = doc.texts.get(a.text)?;
            let page = paged.then_some(t.page);
            Some((Location { page, block: t.block, start: a.start, end: a.end }, f))
        })
        .collect()
}

/// Runs every detector of [`DETECTORS`] over the record's pages, into the record.
pub fn run_all(rec: &mut Record) {
    let Record { pages, legal_references, short_forms, metadata, .. } = rec;
    let doc = Document::new(pages);
    let mut out = Outputs { legal_references, short_forms, metadata };
    for d in DETECTORS {
        d.run(&doc, &mut out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    fn page(number: u32, sized: bool, texts: &[(BlockKind, &str)]) -> Page {
        Page {
            number,
            width: sized.then_some(595.0),
            height: sized.then_some(842.0),
            blocks: texts
                .iter()
                .map(|&(kind, text)| Block {
                    kind,
                    text: text.to_string(),
                    bbox: None,
                    level: None,
                    continues: false,
                    footnote_refs: Vec::new(),
                    lang: None,
                    table: None,
                    ocr_confidence: None,
                    page_breaks: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn anchors_become_page_block_and_offsets_furniture_skipped() {
        let pages = [
            page(1, true, &[(BlockKind::Header, "Informe"), (BlockKind::Paragraph, "uno")]),
            page(2, true, &[(BlockKind::PageNumber, "2"), (BlockKind::Heading, "dos"), (BlockKind::Paragraph, "tres")]),
        ];
        let doc = Document::new(&pages);
        assert_eq!(doc.texts.iter().map(|t| t.text).collect::<Vec<_>>(), ["uno", "dos", "tres"]);
        let found = vec![(Anchor { text: 2, start: 1, end: 3 }, 'a'), (Anchor { text: 9, start: 0, end: 1 }, 'b')];
        let located = locate(&doc, found);
        assert_eq!(located, vec![(Location { page: Some(2), block: 2, start: 1, end: 3 }, 'a')]);
        // One unsized page (text input without form feeds) gives no page; two (a text split
        // at a form feed) give theirs.
        let unsized_pages = [page(1, false, &[(BlockKind::Paragraph, "uno")])];
        let doc = Document::new(&unsized_pages);
        let located = locate(&doc, vec![(Anchor { text: 0, start: 0, end: 3 }, ())]);
        assert_eq!(located[0].0.page, None);
        let two = [page(1, false, &[(BlockKind::Paragraph, "uno")]), page(2, false, &[(BlockKind::Paragraph, "dos")])];
        let located = locate(&Document::new(&two), vec![(Anchor { text: 1, start: 0, end: 3 }, ())]);
        assert_eq!(located[0].0.page, Some(2));
    }

    #[test]
    fn legal_references_carry_every_field_into_the_record() {
        let text = "El sector ejerce la función rectora (Ley Nº 29357, Art.5, Inciso 7).";
        let pages = [page(1, true, &[(BlockKind::Header, "Ley Nº 1"), (BlockKind::Paragraph, text)])];
        let doc = Document::new(&pages);
        let (mut refs, mut short, mut meta) = (Vec::new(), Vec::new(), Metadata::default());
        let mut out = Outputs { legal_references: &mut refs, short_forms: &mut short, metadata: &mut meta };
        legal_references::LegalReferences.run(&doc, &mut out);
        let r = refs.first().expect("one reference");
        assert_eq!(refs.len(), 1, "{refs:?}");
        assert_eq!(r.canonical, "pe:ley:29357");
        assert_eq!((r.article.as_deref(), r.subunit.as_deref()), (Some("5"), Some("Inciso 7")));
        assert_eq!((r.page, r.block), (Some(1), Some(1)));
        let surface: String = text.chars().skip(r.start).take(r.end - r.start).collect();
        assert_eq!(surface, r.text);
    }
}
