//! Every file of ../shared/corpus/adversarial goes through `ingest`: no panic, no hang, one
//! record each, and the outcome its manifest.json expects.

use std::process::Command;
use std::time::{Duration, Instant};

use unicode_normalization::UnicodeNormalization;

use crate::common::{bin, shared};

fn squash(s: &str) -> String {
    s.nfc().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn adversarial_files_yield_one_classified_record_each() {
    let Some(dir) = shared("adversarial") else { return };
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let mut child =
        Command::new(bin()).args(["ingest", "--quiet", "--jobs", "2", "-o"]).arg(&out).arg(&dir).spawn().unwrap();
    let t0 = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if t0.elapsed() > Duration::from_secs(300) {
            let _ = child.kill();
            panic!("ingest of the adversarial corpus did not finish in 300 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.code() == Some(1), "some files must fail, none may crash: {status:?}");

    let run: legajo::model::RunManifest =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    let files = manifest["files"].as_array().unwrap();
    assert_eq!(run.documents.len(), files.len(), "one record per file");
    let mut problems = Vec::new();
    for f in files {
        let name = f["file"].as_str().unwrap();
        let entry = run.documents.iter().find(|d| d.path.ends_with(&format!("/{name}"))).unwrap();
        let rec: legajo::model::Record =
            serde_json::from_slice(&std::fs::read(out.join("documents").join(format!("{}.json", entry.id))).unwrap())
                .unwrap();
        if rec.diagnostics.iter().any(|d| d.code == "internal.panic") {
            problems.push(format!("{name}: panicked: {:?}", rec.diagnostics));
            continue;
        }
        let text = squash(
            &rec.pages.iter().flat_map(|p| p.blocks.iter().map(|b| b.text.as_str())).collect::<Vec<_>>().join("\n"),
        );
        let expect = &f["expect"];
        let must_contain = |key: &str, problems: &mut Vec<String>| {
            for s in expect[key].as_array().into_iter().flatten() {
                let s = squash(s.as_str().unwrap());
                if !text.contains(&s) {
                    problems.push(format!("{name}: text lacks {s:?}"));
                }
            }
        };
        match expect["outcome"].as_str().unwrap() {
            "error" => {
                if rec.status != legajo::model::Status::Failed {
                    problems.push(format!("{name}: expected a failure, got {:?}", rec.status));
                } else if entry.reason.as_deref().unwrap_or("").len() < 10 {
                    problems.push(format!("{name}: failed without a reason"));
                }
            }
            "recover" => {
                if rec.status == legajo::model::Status::Failed {
                    problems.push(format!("{name}: expected recovery, failed: {:?}", entry.reason));
                }
                must_contain("text_contains", &mut problems);
                if let Some(p) = expect["pages"].as_u64() {
                    if rec.metadata.pages as u64 != p {
                        problems.push(format!("{name}: {} pages, expected {p}", rec.metadata.pages));
                    }
                }
            }
            _ => {
                if rec.status != legajo::model::Status::Failed {
                    must_contain("if_recovered_text_contains", &mut problems);
                } else if entry.reason.is_none() {
                    problems.push(format!("{name}: failed without a reason"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}
