//! The plain-text path over the damaged seed texts (`../shared/corpus/seeds/text/*.txt`):
//! paragraphs rebuilt and normalised by the whole pipeline, compared with the truth
//! paragraphs of the PDF rebuilt from the same text.
//!
//! Counted per seed: truth paragraphs found exactly as one output block, body blocks that
//! still hold a line-break hyphen inside a word (`conti- nuación`), U+FFFD left, and
//! blocks holding a running header/footer string of the truth. Skips when ../shared is
//! missing (fails under `CI=true`, `common::shared`).

use std::collections::HashSet;
use std::path::PathBuf;

use legajo::config::Config;
use legajo::model::{BlockKind, NormalizationStats};
use legajo::normalize;
use legajo::pipeline;

use crate::normalize_seeds::seeds;

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

#[test]
fn seed_texts_paragraphs_against_truth() {
    let Some(dir) = seeds() else { return };
    let mut names: Vec<PathBuf> =
        std::fs::read_dir(dir.join("text")).expect("seeds/text lists").flatten().map(|e| e.path()).collect();
    names.sort();
    let (mut found_total, mut truth_total) = (0usize, 0usize);
    let mut broken_total = 0usize;
    for path in names {
        let Some(stem) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.get(..3)).map(str::to_string) else {
            continue;
        };
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let tj =
            std::fs::read_to_string(dir.join(format!("seed{stem}_dev.truth.json"))).expect("truth beside the text");
        let truth: serde_json::Value = serde_json::from_str(&tj).expect("truth parses");
        let rec = pipeline::process(&format!("{stem}.txt"), &bytes, &Config::default());
        let mut scratch = NormalizationStats::default();
        let body: Vec<&str> = rec
            .pages
            .iter()
            .flat_map(|p| p.blocks.iter())
            .filter(|b| !b.kind.is_furniture())
            .map(|b| b.text.as_str())
            .collect();
        let body_set: HashSet<&str> = body.iter().copied().collect();
        let paragraphs: Vec<String> =
            strings(&truth["paragraphs"]).iter().map(|p| normalize::normalize_text(p, &mut scratch)).collect();
        let found = paragraphs.iter().filter(|p| body_set.contains(p.as_str())).count();
        let broken = body
            .iter()
            .map(|t| {
                t.as_bytes()
                    .windows(3)
                    .enumerate()
                    .filter(|(i, w)| {
                        w[0].is_ascii_lowercase()
                            && w[1] == b'-'
                            && w[2] == b' '
                            && t.as_bytes().get(i + 3).is_some_and(|c| c.is_ascii_lowercase())
                    })
                    .count()
            })
            .sum::<usize>();
        let fffd: usize = body.iter().map(|t| t.matches('\u{FFFD}').count()).sum();
        let kinds = |k: BlockKind| rec.pages.iter().flat_map(|p| &p.blocks).filter(|b| b.kind == k).count();
        eprintln!(
            "seed {stem}: truth paragraphs found exactly {found}/{} ; body blocks {} (headings {}, list items {}, \
             page numbers {}, headers {}); 'x- y' left {broken}; U+FFFD left {fffd}; stats {:?}",
            paragraphs.len(),
            body.len(),
            kinds(BlockKind::Heading),
            kinds(BlockKind::ListItem),
            kinds(BlockKind::PageNumber),
            kinds(BlockKind::Header),
            rec.normalization
        );
        found_total += found;
        truth_total += paragraphs.len();
        broken_total += broken;
    }
    eprintln!("TOTAL truth paragraphs found exactly: {found_total}/{truth_total}; 'x- y' left {broken_total}");
    assert!(truth_total > 0);
    assert!(found_total * 2 >= truth_total, "{found_total}/{truth_total}");
}
