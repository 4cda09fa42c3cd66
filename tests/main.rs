//! The one integration-test binary. Each module covers one concern:
//!
//! - `common`: helpers (paths to the corpus and to ../shared, running the binary).
//! - `cli`: exit codes, stdout for data and stderr for messages.

mod cli;
mod common;
mod legal_eval;
mod legal_manifest;
