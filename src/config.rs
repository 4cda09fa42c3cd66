//! Limits and tunables for one run, with documented safe defaults.
//!
//! In: command-line options. Out: a [`Config`] read by every stage. Nothing here is global:
//! the config is passed down explicitly.

use std::time::{Duration, Instant};

/// Bounds that keep one hostile or huge document from stalling or exhausting a batch.
/// A document that reaches one is recorded as `partial` (or `failed`) with the limit named
/// in a `limit.*` diagnostic; the batch goes on.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest input file read, in bytes (default 512 MiB).
    pub max_file_bytes: u64,
    /// Largest size any one stream may decompress to (default [`Limits::DEFAULT_MAX_STREAM_MIB`] MiB).
    pub max_stream_bytes: usize,
    /// Total decompressed content-stream bytes per document (default 512 MiB).
    pub max_document_stream_bytes: usize,
    /// Pages processed per document; later pages are dropped with a diagnostic (default
    /// [`Limits::DEFAULT_MAX_PAGES`]).
    pub max_pages: usize,
    /// Content-stream operators interpreted per page, form XObjects included (default 2 000 000).
    pub max_operators_per_page: usize,
    /// Nesting depth of form XObjects, and of arrays/dictionaries in content streams (default 32).
    pub max_depth: usize,
    /// Glyphs kept per page (default 200 000).
    pub max_glyphs_per_page: usize,
    /// Wall time per document; pages not reached in time are dropped with a diagnostic
    /// (default [`Limits::DEFAULT_MAX_SECONDS`] s).
    pub max_seconds: Duration,
    /// Wall time one page's OCR may take; each page sent to OCR also adds this much to the
    /// document's `max_seconds` (a 300-page scan is not cut at two minutes) (default 60 s).
    pub max_ocr_seconds_per_page: Duration,
    /// When the document being read must be finished (its start plus `max_seconds`), set by
    /// the pipeline for each document so that stages can stop inside a page; `None`: no
    /// clock is read.
    pub deadline: Option<Instant>,
}

impl Limits {
    /// Default of [`Limits::max_seconds`] (also the `--max-seconds` default).
    pub const DEFAULT_MAX_SECONDS: u64 = 120;
    /// Default of [`Limits::max_stream_bytes`], in MiB (also the `--max-stream-mib` default).
    pub const DEFAULT_MAX_STREAM_MIB: usize = 64;
    /// Default of [`Limits::max_pages`] (also the `--max-pages` default).
    pub const DEFAULT_MAX_PAGES: usize = 5000;

    /// Whether the deadline has passed.
    pub fn out_of_time(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 512 << 20,
            max_stream_bytes: Limits::DEFAULT_MAX_STREAM_MIB << 20,
            max_document_stream_bytes: 512 << 20,
            max_pages: Limits::DEFAULT_MAX_PAGES,
            max_operators_per_page: 2_000_000,
            max_depth: 32,
            max_glyphs_per_page: 200_000,
            max_seconds: Duration::from_secs(Limits::DEFAULT_MAX_SECONDS),
            max_ocr_seconds_per_page: Duration::from_secs(60),
            deadline: None,
        }
    }
}

/// Everything a stage may need to know about the run.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Resource bounds.
    pub limits: Limits,
    /// Password tried on encrypted PDFs after the empty one.
    pub password: Option<String>,
    /// When and how pages that are images are recognised (see `crate::ocr`).
    pub ocr: OcrOptions,
    /// Only the stages that make the blocks' text (what `legajo text` prints): pages, layout,
    /// tables, footnotes and normalisation. The record's id and `source.sha256` stay empty,
    /// blocks carry no `lang`, and the catalogue metadata of the title page and the
    /// detectors (legal references, imprint) are not run; none of them changes a block's
    /// text or kind. Default `false`: the whole record.
    pub text_only: bool,
}

/// When pages are sent to OCR.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum OcrMode {
    /// Pages that are images without a usable text layer (the default).
    #[default]
    Auto,
    /// Every page covered by an image, its text layer (an OCR layer) set aside.
    Always,
    /// No page: image pages are only reported.
    Never,
}

/// OCR settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OcrOptions {
    /// When pages are recognised.
    pub mode: OcrMode,
    /// Tesseract languages, `+`-joined (default `spa+eng`).
    pub lang: String,
}

impl Default for OcrOptions {
    fn default() -> Self {
        OcrOptions { mode: OcrMode::Auto, lang: "spa+eng".to_string() }
    }
}

impl Config {
    /// The options of this configuration that can change a result, as every record states
    /// them (`Record.options`); set by [`crate::pipeline::process`], whatever the entry point.
    pub fn record_options(&self) -> crate::model::ProcessingOptions {
        crate::model::ProcessingOptions {
            password: self.password.is_some(),
            max_pages: self.limits.max_pages as u64,
            max_seconds: self.limits.max_seconds.as_secs(),
            max_stream_bytes: self.limits.max_stream_bytes as u64,
            max_file_bytes: self.limits.max_file_bytes,
        }
    }
}
