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
//!    correct Unicode, plus ruling lines.
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
//! atomically and deterministically.

#![forbid(unsafe_code)]

pub mod config;
pub mod detect;
pub mod eval;
pub mod layout;
pub mod metadata;
pub mod model;
pub mod normalize;
pub mod pdf;
pub mod pipeline;
pub mod run;
pub mod schema;
pub use run::discover;
pub mod sink;
pub mod textdecode;
pub mod textinput;
