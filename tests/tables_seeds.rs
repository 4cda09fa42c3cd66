//! Tables of the seed PDFs through the whole pipeline, scored with the ICDAR 2013 adjacency
//! measure against `corpus/*.truth.json`. Skips (with a message) while the text layer yields
//! no glyphs.

use legajo::config::Config;
use legajo::detect::tables::adjacency_score;

use crate::common::repo;

#[test]
fn seed_tables_score_at_least_095() {
    let mut scored = 0;
    for n in 0..5 {
        let dir = repo().join("corpus");
        let pdf = dir.join(format!("seed00{n}_dev.pdf"));
        let (Ok(bytes), Ok(truth)) =
            (std::fs::read(&pdf), std::fs::read_to_string(dir.join(format!("seed00{n}_dev.truth.json"))))
        else {
            eprintln!("SKIPPED: seed00{n} is not in corpus/");
            continue;
        };
        let rec = legajo::pipeline::process(&pdf.to_string_lossy(), &bytes, &Config::default());
        if rec.pages.iter().all(|p| p.blocks.is_empty()) {
            eprintln!("SKIPPED: seed00{n}: the text layer gave no text yet");
            continue;
        }
        let truth: serde_json::Value = serde_json::from_str(&truth).expect("truth is JSON");
        let expected: Vec<Vec<Vec<String>>> = truth["tables"]
            .as_array()
            .map(|ts| ts.iter().filter_map(|t| serde_json::from_value(t["rows"].clone()).ok()).collect())
            .unwrap_or_default();
        let e: Vec<&[Vec<String>]> = expected.iter().map(Vec::as_slice).collect();
        let f: Vec<&[Vec<String>]> = rec.tables.iter().map(|t| t.rows.as_slice()).collect();
        let s = adjacency_score(&e, &f);
        eprintln!(
            "seed00{n}: {} tables expected, {} found; adjacency P {:.3} R {:.3} F1 {:.3}",
            e.len(),
            f.len(),
            s.precision,
            s.recall,
            s.f1
        );
        assert!(s.f1 >= 0.95, "seed00{n}: adjacency F1 {:.3} < 0.95 ({s:?})", s.f1);
        scored += 1;
    }
    eprintln!("{scored} seed documents scored");
}
