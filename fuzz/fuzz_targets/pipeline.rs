//! One input through the whole pipeline. A crash is a panic (no panic may escape the
//! pipeline on any input) or a silent loss: a record that is `ok` although it has no text
//! and no diagnostic says why. The lowest bit of the first byte picks the name the input is
//! given (`.pdf` or `.txt`), so both input paths are explored.

#![no_main]

use std::time::Duration;

use legajo::config::Config;
use legajo::model::{Level, Status};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let name = if data.first().is_some_and(|b| b & 1 == 1) { "fuzz.txt" } else { "fuzz.pdf" };
    let mut cfg = Config::default();
    cfg.limits.max_seconds = Duration::from_secs(10);
    cfg.limits.max_stream_bytes = 16 << 20;
    cfg.limits.max_document_stream_bytes = 64 << 20;
    let rec = legajo::pipeline::process(name, data, &cfg);
    let text: usize = rec.pages.iter().flat_map(|p| &p.blocks).map(|b| b.text.len()).sum();
    let said = rec.diagnostics.iter().any(|d| d.level <= Level::Warning);
    if rec.status == Status::Ok && text == 0 && !rec.pages.is_empty() && !said && name == "fuzz.pdf" {
        panic!("silent loss: an ok record with pages and no text, and no diagnostic says why");
    }
    if rec.status == Status::Ok && rec.diagnostics.iter().any(|d| d.level == Level::Error) {
        panic!("an ok record with an error diagnostic");
    }
});
