//! The one integration-test binary. Each module covers one concern:
//!
//! - `common`: helpers (paths to the corpus and to ../shared, running the binary).
//! - `cli`: exit codes, stdout for data and stderr for messages.
//! - `schema`: committed schemas match the model; real output validates.
//! - `snapshots`: whole records of a few documents against committed snapshots.
//! - `adversarial`: hostile files yield one classified record each, no panic, no hang.
//! - `batch`: incremental, resumable after kill -9, deterministic across --jobs.
//! - `collection`: a collection that only grows, retries, odd inputs, locks, the catalogue.
//! - `fuzz`: mutated real PDFs through the whole pipeline, no panic.
//! - `hostile`: hostile PDFs and texts built in the test (no ../shared needed), no panic.
//! - `real`: the real third-party PDFs of ../shared: records, encryption, expected snippets.
//! - `shard`: `ingest --shard` parts merged equal one run; the deploy/ job files run locally.
//! - `html`: the HTML pages of a collection, rendered by headless chromium.
//! - `page_joins`: paragraphs across page breaks on built pages (floats, labels, title rows).
//! - `pdf_crypt`: encrypted files (lopdf-made and real) open with the user or owner password.

mod adversarial;
mod batch;
mod cli;
mod collection;
mod common;
mod damage;
mod eval_cli;
mod fuzz;
mod hostile;
mod html;
mod layout_synth;
mod legal_eval;
mod legal_manifest;
mod metadata_seeds;
mod normalize_seeds;
mod page_joins;
mod pdf_crypt;
mod pdf_ops;
mod pdf_text;
mod real;
mod scans;
mod scans_synth;
mod schema;
mod shard;
mod snapshots;
mod tables_detect;
mod tables_seeds;
mod tables_synth;
mod textinput_seeds;
