//! The committed JSON Schemas match the Rust types, and real output validates against them.

use std::path::Path;
use std::process::Command;

use crate::common::{bin, repo};

fn load(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema = load(&repo().join("schemas").join(name));
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{name} is not a valid schema: {e}"))
}

fn assert_valid(v: &jsonschema::Validator, doc: &serde_json::Value, what: &str) {
    let errors: Vec<String> = v.iter_errors(doc).map(|e| format!("{} at {}", e, e.instance_path())).take(5).collect();
    assert!(errors.is_empty(), "{what} does not validate:\n{}", errors.join("\n"));
}

/// Fails when the types in src/model.rs and the files in schemas/ drift apart.
/// Run `cargo run -- schema --write` to update the files after changing the model.
#[test]
fn committed_schemas_match_the_model() {
    for (name, generated) in legajo::schema::all() {
        let committed = std::fs::read_to_string(repo().join("schemas").join(name)).unwrap_or_default();
        assert!(
            committed == generated,
            "schemas/{name} is stale: run `cargo run -- schema --write` and commit the result"
        );
    }
}

/// Ingests the bundled corpus (and a text file and a non-PDF) and validates every emitted file.
#[test]
fn corpus_output_validates_against_the_schemas() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    std::fs::write(inputs.join("nota.txt"), "Según la Ley N° 27444, Ley del Procedimiento Administrativo General.\n")
        .unwrap();
    std::fs::write(inputs.join("roto.pdf"), "<html><body>404</body></html>").unwrap();
    let out = tmp.path().join("out");
    let status = Command::new(bin())
        .args(["ingest", "--quiet", "-o"])
        .arg(&out)
        .arg(repo().join("corpus"))
        .arg(&inputs)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1), "one input is not a PDF, so the run reports a failure");

    let doc_schema = validator("document.schema.json");
    let run_schema = validator("run.schema.json");
    let mut records = 0;
    for entry in std::fs::read_dir(out.join("documents")).unwrap() {
        let path = entry.unwrap().path();
        assert_valid(&doc_schema, &load(&path), &path.display().to_string());
        records += 1;
    }
    let pdfs = std::fs::read_dir(repo().join("corpus"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "pdf"))
        .count();
    assert_eq!(records, pdfs + 2, "one record per input");
    let jsonl = std::fs::read_to_string(out.join("documents.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), records);
    for line in jsonl.lines() {
        assert_valid(&doc_schema, &serde_json::from_str(line).unwrap(), "a documents.jsonl line");
    }
    let citations = validator("citations.schema.json");
    let lines = std::fs::read_to_string(out.join("citations.jsonl")).unwrap();
    assert!(lines.lines().count() > 0);
    for line in lines.lines() {
        assert_valid(&citations, &serde_json::from_str(line).unwrap(), "a citations.jsonl line");
    }
    let tables = validator("tables.schema.json");
    let lines = std::fs::read_to_string(out.join("tables.jsonl")).unwrap();
    let parsed: Vec<legajo::model::Record> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.lines().count(), parsed.iter().map(|r| r.tables.len()).sum::<usize>(), "one line per table");
    assert!(lines.lines().count() > 0, "the corpus has tables");
    for line in lines.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_valid(&tables, &v, "a tables.jsonl line");
        let l: legajo::model::TableLine = serde_json::from_value(v).unwrap();
        // The CSV it names: one header line with the listed names, then rows - header_rows
        // lines, every one with `columns` fields.
        let csv = std::fs::read_to_string(out.join(&l.csv)).unwrap_or_else(|e| panic!("{}: {e}", l.csv));
        let rows = legajo::eval::real::parse_csv(&csv);
        assert_eq!(rows.first(), Some(&l.header), "{}", l.csv);
        assert_eq!(rows.len(), 1 + l.rows - l.header_rows, "{}", l.csv);
        assert!(rows.iter().all(|r| r.len() == l.columns), "{}", l.csv);
    }
    let manifest = load(&out.join("run.json"));
    assert_valid(&run_schema, &manifest, "run.json");
    assert_eq!(manifest["counts"]["documents"], records);
    assert_eq!(manifest["counts"]["failed"], 1);
}

/// The validator really rejects a broken record (so the test above can fail).
#[test]
fn validator_rejects_a_record_without_status() {
    let v = validator("document.schema.json");
    let rec = legajo::pipeline::process("x.txt", b"Ley 27444", &legajo::config::Config::default());
    let mut value = serde_json::to_value(&rec).unwrap();
    assert!(v.is_valid(&value));
    value.as_object_mut().unwrap().remove("status");
    assert!(!v.is_valid(&value));
}
