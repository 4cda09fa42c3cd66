//! The data model: every type that legajo emits, in one place.
//!
//! In: nothing (this module only declares types). Out: the [`Record`] written for each
//! input document (`output/documents/<id>.json`, one line of `output/documents.jsonl`) and
//! the [`RunManifest`] written as `output/run.json`. The JSON Schemas in `schemas/` are
//! generated from these types (`legajo schema`), and a test fails when the committed
//! schemas and these types drift apart.
//!
//! Conventions, valid for every field below:
//! - Coordinates are PDF points (1/72 inch) in the page's *displayed* orientation (after
//!   `/Rotate` and relative to the CropBox), origin at the **top-left** corner, `y` growing
//!   downwards: `bbox = [x0, top, x1, bottom]`.
//! - Page numbers are 1-based physical page indices, not printed folio numbers.
//! - Text is Unicode NFC; character offsets (`start`, `end`) count Unicode scalar values
//!   (Python `str` indices), not bytes.
//! - A stage that did not run, or found nothing, emits an empty array or `null`: never
//!   invented data.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the record format. Bump the minor on additive changes, the major on
/// anything that can break a reader.
pub const SCHEMA_VERSION: &str = "1.1.0";

/// Version of the pipeline that produced a record (the crate version). A record made by
/// another pipeline version is reprocessed by an incremental `ingest`.
pub const PIPELINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One input document, as extracted.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Version of this format ([`SCHEMA_VERSION`]).
    pub schema_version: String,
    /// Version of the pipeline that made this record ([`PIPELINE_VERSION`]).
    pub pipeline_version: String,
    /// Stable identifier: the lower-case hex SHA-256 of the input bytes.
    pub id: String,
    /// Where the document came from.
    pub source: Source,
    /// `ok`: fully processed; `partial`: processed, but some pages, fonts or streams could
    /// not be read (see `diagnostics`); `failed`: nothing could be extracted.
    pub status: Status,
    /// Everything worth telling a person about this document, worst first.
    pub diagnostics: Vec<Diagnostic>,
    /// Catalogue metadata.
    pub metadata: Metadata,
    /// Pages in physical order, each with its blocks in reading order.
    pub pages: Vec<Page>,
    /// Tables found in the document, as cell grids.
    pub tables: Vec<Table>,
    /// Footnotes, in order of appearance.
    pub footnotes: Vec<Footnote>,
    /// Every mention of a legal norm, in reading order.
    pub legal_references: Vec<LegalReference>,
    /// Later short references to a norm cited in full (`la citada Ley`, `dicho decreto`),
    /// kept apart from `legal_references`, in reading order.
    #[serde(default)]
    pub short_forms: Vec<ShortFormReference>,
    /// Counts of what the normaliser changed, so repairs are never silent.
    pub normalization: NormalizationStats,
    /// Pages whose text was recognised by OCR from their image (absent when none was).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ocr_pages: Vec<u32>,
    /// The options the record was made with: a `failed` or `partial` record made with other
    /// options is processed again by `ingest` (a password given, a limit raised).
    #[serde(default)]
    pub options: ProcessingOptions,
}

/// Options that can change a document's result.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ProcessingOptions {
    /// Whether a password was given (the password itself is never written).
    pub password: bool,
    /// Most pages read.
    pub max_pages: u64,
    /// Seconds allowed per document.
    pub max_seconds: u64,
    /// Largest decompressed stream, in bytes.
    pub max_stream_bytes: u64,
    /// Largest input file, in bytes.
    pub max_file_bytes: u64,
}

/// Where a record's bytes came from.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Path as given on the command line (or found under a given folder), with `/` separators.
    pub path: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Lower-case hex SHA-256 of the bytes (equal to the record id).
    pub sha256: String,
    /// How the input was read.
    pub format: SourceFormat,
    /// Every path these bytes were found at in the collection, sorted (`path` is the first);
    /// empty only in records written before this field existed.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Text input: the encoding its bytes were read in (`UTF-8`, `UTF-16LE`, `UTF-16BE`,
    /// `windows-1252`, `ISO-8859-1`); absent for PDFs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
}

/// How an input was read.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    /// A PDF file (recognised by its `%PDF-` header, wherever the file name says otherwise).
    Pdf,
    /// UTF-8 plain text; the PDF stages are skipped.
    Text,
    /// Neither: the record is `failed`.
    Unknown,
}

/// Outcome of processing one document.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Fully processed.
    Ok,
    /// Processed, but something was lost; the diagnostics say what.
    Partial,
    /// Nothing could be extracted; the diagnostics say why.
    Failed,
}

/// Severity of a diagnostic.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Something was wrong and data was lost (a page, a font, the whole document).
    Error,
    /// Something was odd or repaired; the data is believed right.
    Warning,
    /// For the curious.
    Info,
}

/// A message about a document, with a stable machine-readable code.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Diagnostic {
    /// How bad it is.
    pub level: Level,
    /// Stable code, `stage.what` (e.g. `pdf.encrypted`, `font.no_unicode`, `limit.time`).
    pub code: String,
    /// A sentence a person understands.
    pub message: String,
    /// 1-based page the message is about, if any.
    pub page: Option<u32>,
}

impl Diagnostic {
    /// A diagnostic with no page.
    pub fn new(level: Level, code: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { level, code: code.into(), message: message.into(), page: None }
    }

    /// The same diagnostic, about page `page`.
    pub fn on_page(mut self, page: u32) -> Self {
        self.page = Some(page);
        self
    }
}

/// Catalogue metadata, from the title page and front matter, with the PDF Info dictionary
/// as further evidence. Every field is `null` (or empty) when unknown; `sources` says where
/// each filled field came from.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// Title of the work.
    pub title: Option<String>,
    /// Subtitle, e.g. "Tesis para optar el grado de …", "Informe".
    pub subtitle: Option<String>,
    /// Authors (people or corporate authors), in the order given.
    pub authors: Vec<String>,
    /// Thesis advisor (asesor).
    pub advisor: Option<String>,
    /// Degree a thesis is presented for ("Magíster en Diplomacia y Relaciones Internacionales").
    pub degree: Option<String>,
    /// Institution: university, ministry, NGO, publisher.
    pub institution: Option<String>,
    /// Place of publication ("Lima").
    pub place: Option<String>,
    /// Year of publication.
    pub year: Option<u16>,
    /// Date of the front matter's imprint: `2019-03` (`Lima, marzo de 2019`), or the year.
    pub date: Option<String>,
    /// Software that wrote the PDF (Info `/Producer`).
    pub producer: Option<String>,
    /// Software that made the original (Info `/Creator`).
    pub creator: Option<String>,
    /// Creation date as ISO 8601 when it could be parsed, else as written.
    pub created: Option<String>,
    /// Number of pages (0 for text input).
    pub pages: u32,
    /// Kind of document: `tesis`, `plan`, `informe`, `libro`, `norma`, `otro`.
    pub doc_type: Option<String>,
    /// What decided `doc_type` (the words found, and where).
    pub doc_type_evidence: Option<String>,
    /// Main language of the body text (ISO 639-1: `es`, `en`, …), if detected.
    pub language: Option<String>,
    /// Text of the abstract (RESUMEN / ABSTRACT section), if any.
    pub abstract_text: Option<String>,
    /// Keywords ("Palabras clave:", "Keywords:").
    pub keywords: Vec<String>,
    /// The heading tree, flattened in reading order.
    pub sections: Vec<Section>,
    /// Where each filled field came from: field name → `title_page`, `front_matter`,
    /// `pdf_info`, `body`.
    pub sources: std::collections::BTreeMap<String, String>,
}

/// One heading of the document's section tree.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Heading text.
    pub title: String,
    /// Level (1 = chapter).
    pub level: u8,
    /// 1-based page where it starts (`null` for text input).
    pub page: Option<u32>,
}

/// One page and what a reader sees on it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// 1-based physical page number.
    pub number: u32,
    /// Width in points as displayed (`null` for text input).
    pub width: Option<f64>,
    /// Height in points as displayed (`null` for text input).
    pub height: Option<f64>,
    /// Blocks in reading order, furniture included (with its own kinds).
    pub blocks: Vec<Block>,
}

/// What a block is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A section heading; see `level`.
    Heading,
    /// Body text.
    Paragraph,
    /// One item of a bulleted or numbered list.
    ListItem,
    /// A table or figure caption ("CUADRO 3 …") or a note under a table ("Fuente: …").
    Caption,
    /// A footnote's text (also listed in `footnotes`).
    Footnote,
    /// A table; its text is the rows, one per line, cells separated by tabs.
    Table,
    /// Running header (page furniture: not body text).
    Header,
    /// Running footer (page furniture: not body text).
    Footer,
    /// A page number or folio (page furniture: not body text).
    PageNumber,
    /// Text whose role could not be decided.
    Other,
}

impl BlockKind {
    /// True for running headers, footers and page numbers.
    pub fn is_furniture(self) -> bool {
        matches!(self, BlockKind::Header | BlockKind::Footer | BlockKind::PageNumber)
    }
}

/// A run of text with one role: a paragraph, a heading, a list item, …
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Normalised text (NFC, de-hyphenated, lines joined with spaces; a table's rows
    /// joined with `\n` and its cells with `\t`).
    pub text: String,
    /// `[x0, top, x1, bottom]` in points on this page, `null` for text input.
    pub bbox: Option<[f64; 4]>,
    /// Heading level (1 = chapter) for headings, else `null`.
    pub level: Option<u8>,
    /// True when this block continues on the next page (the next page's first body block
    /// holds the rest, and `text` here holds the whole joined paragraph only on the first part).
    pub continues: bool,
    /// Footnote numbers referenced from this block (marks removed from `text`).
    pub footnote_refs: Vec<u32>,
    /// Index into `tables` for `table` blocks.
    pub table: Option<usize>,
    /// Language of the block (ISO 639-1) when it can be told from its words, else `null`.
    pub lang: Option<String>,
    /// Present when the block's text was recognised by OCR: the mean confidence (0–1) of
    /// its words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr_confidence: Option<f64>,
    /// Present on a paragraph joined across pages (`continues`): where in `text` each later
    /// page's part begins, so that page's furniture can be placed there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub page_breaks: Vec<PageBreak>,
}

/// Where a paragraph joined across pages passes onto a later page.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PageBreak {
    /// 1-based physical number of the page whose part begins here.
    pub page: u32,
    /// Byte offset in the block's `text` where that part begins: a word start (after the
    /// whole word when a word is broken across the pages).
    pub at: usize,
}

impl Block {
    /// A block with only a kind and a text.
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Block {
            kind,
            text: text.into(),
            bbox: None,
            level: None,
            continues: false,
            footnote_refs: Vec::new(),
            table: None,
            lang: None,
            ocr_confidence: None,
            page_breaks: Vec::new(),
        }
    }
}

/// A footnote.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    /// The number printed as its mark.
    pub number: u32,
    /// Its text, normalised.
    pub text: String,
    /// 1-based page where it is printed.
    pub page: u32,
}

/// A merged (spanning) cell.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct MergedCell {
    /// 0-based row of its top-left cell.
    pub row: usize,
    /// 0-based column of its top-left cell.
    pub col: usize,
    /// Rows it covers (≥ 1).
    pub rowspan: usize,
    /// Columns it covers (≥ 1).
    pub colspan: usize,
}

/// A table as a grid of cells.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Identifier within the document: `t1`, `t2`, … in reading order.
    pub id: String,
    /// 1-based page where the table starts.
    pub page: u32,
    /// First and last page (equal for a one-page table).
    pub pages: [u32; 2],
    /// `[x0, top, x1, bottom]` of the part on the first page.
    pub bbox: Option<[f64; 4]>,
    /// Caption ("Cuadro N° 4. …"), if any.
    pub caption: Option<String>,
    /// Notes under the table ("Fuente: …", "Elaboración propia").
    pub notes: Vec<String>,
    /// How many of the first rows are header rows (counted once for multi-page tables).
    pub header_rows: usize,
    /// Rows of cell texts; every row has the same number of cells; a merged cell's text sits
    /// in its top-left cell and the cells it covers are `""`.
    pub rows: Vec<Vec<String>>,
    /// Spanning cells.
    pub merged_cells: Vec<MergedCell>,
    /// How the table was found: `lattice` (ruling lines) or `stream` (text alignment).
    pub method: String,
}

/// One mention of a legal norm.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LegalReference {
    /// Canonical norm-level id, e.g. `pe:ley:27783`, `pe:ds:004-2013-pcm`, `pe:const:1993`.
    pub canonical: String,
    /// Norm type id, e.g. `ley`, `decreto_supremo`, `constitucion`, `tratado`.
    #[serde(rename = "type")]
    pub norm_type: String,
    /// Number as written (`27783`, `004`), `null` if none.
    pub number: Option<String>,
    /// Four-digit year of the norm when stated.
    pub year: Option<u16>,
    /// Issuing sector or organ as written (`PCM`, `CEPLAN/PCD`).
    pub issuer: Option<String>,
    /// Article designation cited with the mention (`192`, `2, 3`), if any.
    pub article: Option<String>,
    /// Sub-unit of the article cited (`inciso c`, `numeral 6`, `literal a`), if any.
    pub subunit: Option<String>,
    /// The text of the mention (line breaks inside it become one space).
    pub text: String,
    /// 1-based page of the block holding the mention (`null` for text input without form
    /// feeds: one page).
    pub page: Option<u32>,
    /// Index of the block within `pages[page-1].blocks`.
    pub block: Option<usize>,
    /// Start offset (characters) of the mention in that block's `text`.
    pub start: usize,
    /// End offset (characters, exclusive) in that block's `text`.
    pub end: usize,
}

/// A short form: a later reference to a norm already cited in full (`la citada Ley`,
/// `dicho decreto`, `la misma`, `el artículo 5 de la citada Ley`).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ShortFormReference {
    /// The text of the short form.
    pub text: String,
    /// How it refers back: `anaphoric`, `pronoun`, `bare`, `alias` or `self`.
    pub kind: String,
    /// Canonical id of the norm it refers back to; `null` when no norm fits.
    pub antecedent: Option<String>,
    /// Index in `legal_references` of the mention chosen as antecedent.
    pub antecedent_ref: Option<usize>,
    /// Article cited with it (`el artículo 5 de la citada Ley` → `5`).
    pub article: Option<String>,
    /// Sub-unit cited with the article (`inciso c`, `numeral 6`).
    pub inciso: Option<String>,
    /// 1-based page of the block holding it (`null` for text input without pages).
    pub page: Option<u32>,
    /// Index of the block within `pages[page-1].blocks`.
    pub block: Option<usize>,
    /// Start offset (characters) in that block's `text`.
    pub start: usize,
    /// End offset (characters, exclusive).
    pub end: usize,
}

/// What the normaliser changed in a document.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct NormalizationStats {
    /// Ligature characters expanded (ﬁ → fi).
    pub ligatures: u64,
    /// Soft hyphens, zero-width characters and BOMs removed.
    pub invisible_removed: u64,
    /// Words rejoined across a line break.
    pub dehyphenated: u64,
    /// Line-end hyphens kept because the word is a real compound.
    pub hyphens_kept: u64,
    /// Replacement characters (U+FFFD) and stray combining marks repaired.
    pub replacement_repaired: u64,
    /// Replacement characters left in place (not repairable with certainty).
    pub replacement_left: u64,
    /// Mojibake sequences repaired (UTF-8 read as Latin-1/CP1252).
    pub mojibake_repaired: u64,
}

impl NormalizationStats {
    /// Adds another document part's counts to these.
    pub fn add(&mut self, o: &NormalizationStats) {
        self.ligatures += o.ligatures;
        self.invisible_removed += o.invisible_removed;
        self.dehyphenated += o.dehyphenated;
        self.hyphens_kept += o.hyphens_kept;
        self.replacement_repaired += o.replacement_repaired;
        self.replacement_left += o.replacement_left;
        self.mojibake_repaired += o.mojibake_repaired;
    }
}

/// `output/run.json`: what one `ingest` did.
///
/// Everything but `run` depends only on the inputs and the pipeline version, so it is
/// byte-identical between an uninterrupted run, a resumed run and a run with other `--jobs`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RunManifest {
    /// Version of the record format ([`SCHEMA_VERSION`]).
    pub schema_version: String,
    /// Version of the pipeline ([`PIPELINE_VERSION`]).
    pub pipeline_version: String,
    /// One entry per input document, sorted by path.
    pub documents: Vec<RunEntry>,
    /// Totals over `documents`.
    pub counts: RunCounts,
    /// What this particular invocation did (times, reuse of earlier records, removals).
    pub run: RunActivity,
}

/// One document in the run manifest.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RunEntry {
    /// Input path.
    pub path: String,
    /// Record id (SHA-256 of the bytes); the record is `documents/<id>.json`.
    pub id: String,
    /// Outcome.
    pub status: Status,
    /// Pages in the document.
    pub pages: u32,
    /// Why the document failed or is partial: the worst diagnostic's message.
    pub reason: Option<String>,
    /// Stable code of that diagnostic.
    pub reason_code: Option<String>,
    /// Number of tables found.
    pub tables: usize,
    /// Number of legal references found.
    pub legal_references: usize,
    /// What a person must act on, as diagnostic codes: `text.none` (no text layer: needs
    /// OCR), `font.no_unicode` (text not readable), `limit.*` (truncated), …
    #[serde(default)]
    pub attention: Vec<String>,
    /// Pages recognised by OCR.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub ocr_pages: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Totals of a run.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RunCounts {
    /// Documents in the run.
    pub documents: usize,
    /// Documents with status `ok`.
    pub ok: usize,
    /// Documents with status `partial`.
    pub partial: usize,
    /// Documents with status `failed`.
    pub failed: usize,
    /// Pages over all documents.
    pub pages: u64,
    /// Pages recognised by OCR over all documents.
    #[serde(default)]
    pub ocr_pages: u64,
}

/// What one invocation did: the only part of the manifest that changes from run to run.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RunActivity {
    /// Start, RFC 3339 UTC.
    pub started: String,
    /// End, RFC 3339 UTC.
    pub finished: String,
    /// Worker threads used.
    pub jobs: usize,
    /// Paths processed in this invocation.
    pub processed: Vec<String>,
    /// Paths whose earlier record was reused (same bytes, same pipeline version).
    pub skipped: Vec<String>,
    /// Paths whose records were removed in this run: the file changed (its new bytes have a
    /// new record), or `--prune`/`--mirror` found its source gone.
    pub removed: Vec<String>,
    /// Paths of the collection that no longer exist; their records are kept until `--prune`.
    #[serde(default)]
    pub missing: Vec<String>,
    /// Files found in the inputs but not read, with the reason.
    #[serde(default)]
    pub ignored: Vec<IgnoredFile>,
    /// Seconds spent on each processed document, by path.
    pub seconds: std::collections::BTreeMap<String, f64>,
    /// The collection's root: the absolute folder its relative paths are relative to (the
    /// working folder of its first run, carried from run to run), so a run started from
    /// another folder finds the same files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root: Option<String>,
}

/// A file of the inputs that was not read.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct IgnoredFile {
    /// Path as found.
    pub path: String,
    /// Why it was not read.
    pub reason: String,
}

/// One line of `output/citations.jsonl`: a cited norm and the documents that cite it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CitationLine {
    /// Canonical norm id (as in `legal_references[].canonical`).
    pub canonical: String,
    /// Norm type id.
    #[serde(rename = "type")]
    pub norm_type: String,
    /// Mentions over all documents.
    pub count: usize,
    /// Short forms resolved to this norm over all documents (`la citada Ley`; record's
    /// `short_forms[].antecedent`), counted apart from `count`.
    #[serde(default)]
    pub short_forms: usize,
    /// The citing documents, by record id.
    pub documents: Vec<CitingDocument>,
}

/// A document citing a norm, in `citations.jsonl`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CitingDocument {
    /// Record id.
    pub id: String,
    /// The record's first path.
    pub path: String,
    /// Mentions in this document.
    pub count: usize,
    /// Short forms resolved to this norm in this document.
    #[serde(default)]
    pub short_forms: usize,
}

/// One line of `output/tables.jsonl`: a table of a document and where its CSV file is.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TableLine {
    /// Record id of the document.
    pub document: String,
    /// The record's first path.
    pub path: String,
    /// The table's id in the record (`tables[].id`).
    pub table: String,
    /// First and last page.
    pub pages: [u32; 2],
    /// `[x0, top, x1, bottom]` of the part on the first page, if known.
    pub bbox: Option<[f64; 4]>,
    /// Caption, if any.
    pub caption: Option<String>,
    /// Notes under the table.
    pub notes: Vec<String>,
    /// Rows of the record's grid that are header rows (flattened into the CSV's one header line).
    pub header_rows: usize,
    /// Rows of the record's grid, header rows included; the CSV has `rows - header_rows` data lines.
    pub rows: usize,
    /// Columns (of the grid and of every CSV line).
    pub columns: usize,
    /// The CSV's column names, as in its first line: header cells over several rows joined by
    /// ` / `, empty names `col_N`, repeated names suffixed `_2`, `_3`, ….
    pub header: Vec<String>,
    /// Path of the CSV file relative to the output folder (`tables/<id>-<table>.csv`).
    pub csv: String,
    /// How the table was found (`tables[].method`: `lattice`, `stream`, …).
    pub method: String,
}
