//! JSON Schemas of the emitted files, generated from the model.
//!
//! In: the types of [`crate::model`]. Out: `schemas/document.schema.json` (one record) and
//! `schemas/run.schema.json` (the run manifest) and `schemas/citations.schema.json` (one line of
//! `citations.jsonl`) and `schemas/tables.schema.json` (one line of `tables.jsonl`), JSON Schema 2020-12. `legajo schema --write`
//! rewrites them; a test fails when the committed files differ from what the types say.

use crate::model::{CitationLine, Record, RunManifest, TableLine};

/// Schema of a record, as pretty JSON.
pub fn document_schema() -> String {
    pretty(schemars::schema_for!(Record))
}

/// Schema of the run manifest, as pretty JSON.
pub fn run_schema() -> String {
    pretty(schemars::schema_for!(RunManifest))
}

fn pretty(schema: schemars::Schema) -> String {
    let mut s = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    s.push('\n');
    s
}

/// Schema of one line of `citations.jsonl`, as pretty JSON.
pub fn citations_schema() -> String {
    pretty(schemars::schema_for!(CitationLine))
}

/// Schema of one line of `tables.jsonl`, as pretty JSON.
pub fn tables_schema() -> String {
    pretty(schemars::schema_for!(TableLine))
}

/// File names under `schemas/` and their contents.
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("citations.schema.json", citations_schema()),
        ("document.schema.json", document_schema()),
        ("run.schema.json", run_schema()),
        ("tables.schema.json", tables_schema()),
    ]
}
