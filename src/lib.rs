//! # legajo
//!
//! Turns PDFs (and plain texts) of Peru's public sector — theses, sectoral strategic plans
//! (PESEM), policy reports, books — into structured JSON records.
//!
//! # Steps
//!
//! One document goes through these stages, in this order ([`pipeline::process`]):
//!
//! 1. **Load** ([`pdf::load`]): header sniffing, repair, decryption, page tree, limits.
//! 2. **Text layer** ([`pdf::extract_page`]): content streams → positioned glyphs with
//!    correct Unicode, plus ruling lines; pages that are scanned images are recognised by
//!    [`ocr`] into the same glyphs (cargo feature `ocr`).
//! 3. **Lines** ([`layout::page_lines`]): glyphs → words → lines.
//! 4. **Tables** ([`layout::tables`]): ruled and unruled tables as cell grids.
//! 5. **Blocks** ([`layout::build_document`]): lines → headings, paragraphs, lists,
//!    captions, footnotes and page furniture, in reading order.
//! 6. **Normalisation** ([`normalize`]): NFC, ligatures, de-hyphenation, repairs.
//! 7. **Legal references** ([`detect::legal`]): norms cited, with canonical ids.
//! 8. **Metadata** ([`metadata`]): title page, kind, abstract, sections, language.
//! 9. **Record** ([`model::Record`]): the one data model, written by the [`sink`]s.
//!
//! Plain-text input enters at step 5 through [`textinput`]. Batches ([`run`]) process
//! documents in parallel, isolate failures and panics per document, and write output
//! atomically and deterministically; [`shard`] splits a batch over machines and [`merge`]
//! joins the parts.

// Without OCR no unsafe code at all; with it, only `ocr::tesseract` (the engine's C API)
// may use it, by an `allow` on that module.
#![cfg_attr(not(feature = "ocr"), forbid(unsafe_code))]
#![cfg_attr(feature = "ocr", deny(unsafe_code))]

pub mod catalogue;
pub mod config;
pub mod detect;
pub mod eval;
pub mod layout;
pub mod merge;
pub mod metadata;
pub mod model;
pub mod normalize;
pub mod ocr;
pub mod pdf;
pub mod pipeline;
pub mod re;
pub mod run;
pub mod schema;
pub use run::discover;
pub mod shard;
pub mod sink;
pub mod textdecode;
pub mod textinput;
