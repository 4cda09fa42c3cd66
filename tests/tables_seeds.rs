//! Tables through the whole pipeline: the seed PDFs scored with the ICDAR 2013 adjacency
//! measure (the one definition in `legajo::eval::tables`, tables paired by page, spanning
//! cells as ICDAR counts them) against `corpus/*.truth.json`; and real PDFs of
//! ../shared/corpus/real (skipped without it): the ICDAR 2013 document keeps its seven tables
//! apart, and prose, multi-column, bilingual and mathematical documents yield no false tables.

use legajo::config::Config;
use legajo::eval::adjacency::AdjacencyScore;
use legajo::eval::truth::Truth;

use rayon::prelude::*;

use crate::common::{repo, shared};

#[test]
fn seed_tables_score_at_least_098() {
    let mut scored = 0;
    for n in 0..5 {
        let dir = repo().join("corpus");
        let pdf = dir.join(format!("seed00{n}_dev.pdf"));
        let bytes = std::fs::read(&pdf).expect("the seed PDFs are in corpus/");
        let truth = std::fs::read_to_string(dir.join(format!("seed00{n}_dev.truth.json"))).expect("truth in corpus/");
        let rec = legajo::pipeline::process(&pdf.to_string_lossy(), &bytes, &Config::default());
        assert!(rec.pages.iter().any(|p| !p.blocks.is_empty()), "seed00{n}: no text");
        let truth = Truth::parse(&truth).expect("truth parses");
        let s: AdjacencyScore = legajo::eval::score_tables(&truth, &rec.tables).into();
        eprintln!(
            "seed00{n}: {} tables expected, {} found; adjacency P {:.3} R {:.3} F1 {:.3}",
            truth.tables.len(),
            rec.tables.len(),
            s.precision,
            s.recall,
            s.f1
        );
        assert_eq!(rec.tables.len(), truth.tables.len(), "seed00{n}: table count");
        assert!(s.f1 >= 0.98, "seed00{n}: adjacency F1 {:.3} < 0.98 ({s:?})", s.f1);
        scored += 1;
    }
    assert_eq!(scored, 5, "seed documents scored");
}

/// The tables of a real PDF of ../shared/corpus/real, as `(first page, last page)`.
fn real_tables(dir: &std::path::Path, name: &str) -> Vec<[u32; 2]> {
    let path = dir.join(format!("{name}.pdf"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rec = legajo::pipeline::process(&path.to_string_lossy(), &bytes, &Config::default());
    rec.tables.iter().map(|t| t.pages).collect()
}

#[test]
fn prose_and_multi_column_documents_have_no_false_tables() {
    let Some(dir) = shared("real") else { return };
    // Each document with the pages of its real tables (every other table is false).
    let cases: &[(&str, &[u32])] = &[
        ("en-tracemonkey-two-column", &[12]),
        ("en-federal-register-three-column", &[5]),
        ("en-multicolumn-latex", &[3]),
        ("es-pe-constitucion-1993-quechua-castellano", &[]),
        ("es-bo-constitucion-aymara-castellano", &[]),
        ("es-pe-ley-29073-artesano-shipibo-castellano", &[]),
        ("de-geotopo-komprimiert", &[]),
        ("es-lure-of-the-temptress-manual", &[30, 30]),
        ("es-rcmdr-empezando", &[]),
    ];
    let found: Vec<Vec<[u32; 2]>> = cases.par_iter().map(|(name, _)| real_tables(&dir, name)).collect();
    for (&(name, want), got) in cases.iter().zip(found) {
        let starts: Vec<u32> = got.iter().map(|p| p[0]).collect();
        eprintln!("{name}: tables on pages {starts:?}");
        assert_eq!(starts, want, "{name}: tables found on pages {starts:?}, real ones on {want:?}");
    }
}

#[test]
fn icdar_eu001_keeps_its_seven_tables_apart() {
    let Some(dir) = shared("real") else { return };
    let got = real_tables(&dir, "en-icdar2013-eu-001");
    // Each table has its own title, even the ones at the top of pages 2 and 3.
    assert_eq!(got, vec![[1, 1], [1, 1], [1, 1], [2, 2], [2, 2], [3, 3], [3, 3]]);
}
