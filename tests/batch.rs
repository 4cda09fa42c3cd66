//! Unattended batches: incremental, resumable after kill -9, deterministic across --jobs.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common::{bin, corpus_inputs, snapshot};

fn ingest(inputs: &Path, out: &Path, jobs: &str) -> std::process::ExitStatus {
    Command::new(bin()).args(["ingest", "--quiet", "--jobs", jobs, "-o"]).arg(out).arg(inputs).status().unwrap()
}

/// The catalogue's rows, without row numbers and file times.
fn catalogue_dump(out: &Path) -> Vec<String> {
    legajo::catalogue::dump(out).unwrap()
}

#[test]
fn jobs_1_and_jobs_2_give_identical_output() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_inputs(&input);
    ingest(&input, &tmp.path().join("a"), "1");
    ingest(&input, &tmp.path().join("b"), "2");
    let (a, b) = (snapshot(&tmp.path().join("a")), snapshot(&tmp.path().join("b")));
    assert!(a.len() > 5);
    assert_eq!(a.iter().map(|f| &f.0).collect::<Vec<_>>(), b.iter().map(|f| &f.0).collect::<Vec<_>>());
    for (x, y) in a.iter().zip(&b) {
        assert!(x.1 == y.1, "{} differs between --jobs 1 and --jobs 2", x.0);
    }
}

#[test]
fn second_run_reuses_records_and_reports_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_inputs(&input);
    let out = tmp.path().join("out");
    assert_eq!(ingest(&input, &out, "2").code(), Some(0));
    let first = snapshot(&out);
    // Unchanged: everything is reused and the output is the same.
    assert_eq!(ingest(&input, &out, "2").code(), Some(0));
    let run: legajo::model::RunManifest =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    assert!(run.run.processed.is_empty(), "nothing changed, nothing reprocessed: {:?}", run.run.processed);
    assert_eq!(run.run.skipped.len(), run.documents.len());
    assert!(first == snapshot(&out));
    // One changed, one removed, one added.
    std::fs::write(input.join("sub").join("nota.txt"), "Ley N° 27783.\n").unwrap();
    let removed = run.documents.iter().find(|d| d.path.ends_with(".pdf")).unwrap().path.clone();
    std::fs::remove_file(&removed).unwrap();
    std::fs::write(input.join("nueva.txt"), "Ley N° 27867.\n").unwrap();
    assert_eq!(ingest(&input, &out, "2").code(), Some(0));
    let run: legajo::model::RunManifest =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(run.run.processed.len(), 2, "{:?}", run.run.processed);
    // The collection only grows: the deleted file's record stays, listed as missing.
    assert!(run.run.removed.is_empty(), "{:?}", run.run.removed);
    assert_eq!(run.run.missing, vec![removed.clone()]);
    let records = std::fs::read_dir(out.join("documents")).unwrap().count();
    assert_eq!(
        records,
        run.documents.len(),
        "one record per path (no duplicates here), the changed file's old one gone"
    );
    // --prune removes it and lists it.
    let status =
        Command::new(bin()).args(["ingest", "--quiet", "--prune", "-o"]).arg(&out).arg(&input).status().unwrap();
    assert_eq!(status.code(), Some(0));
    let run: legajo::model::RunManifest =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(run.run.removed, vec![removed]);
    assert!(run.run.missing.is_empty());
    let records = std::fs::read_dir(out.join("documents")).unwrap().count();
    assert_eq!(records, run.documents.len(), "the pruned document's record is gone");
}

#[test]
fn a_run_killed_at_any_moment_resumes_to_the_same_output() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_inputs(&input);
    let reference = tmp.path().join("ref");
    ingest(&input, &reference, "1");
    let expected = snapshot(&reference);
    for delay_ms in [0u64, 30, 120, 400] {
        let out = tmp.path().join(format!("k{delay_ms}"));
        let mut child =
            Command::new(bin()).args(["ingest", "--quiet", "--jobs", "2", "-o"]).arg(&out).arg(&input).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        ingest(&input, &out, "2");
        let got = snapshot(&out);
        let names = |s: &[(String, Vec<u8>)]| s.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&got),
            names(&expected),
            "killed after {delay_ms} ms: different files (left-over temporaries?)"
        );
        assert!(got == expected, "killed after {delay_ms} ms: resumed output differs from an uninterrupted run");
        assert!(
            catalogue_dump(&out) == catalogue_dump(&reference),
            "killed after {delay_ms} ms: the resumed catalogue differs from an uninterrupted run's"
        );
        let incremental = catalogue_dump(&out);
        legajo::catalogue::rebuild(&out).unwrap();
        assert!(
            catalogue_dump(&out) == incremental,
            "killed after {delay_ms} ms: the catalogue differs from a rebuild"
        );
    }
}

#[test]
fn identical_files_under_two_paths_share_one_record_that_lists_every_path() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        std::fs::write(input.join(name), "Ley N° 27444.\n").unwrap();
    }
    let out = tmp.path().join("out");
    assert_eq!(ingest(&input, &out, "2").code(), Some(0));
    let jsonl = std::fs::read_to_string(out.join("documents.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), 1);
    let rec: legajo::model::Record = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert!(rec.source.path.ends_with("/a.txt"), "{}", rec.source.path);
    let names: Vec<&str> = rec.source.paths.iter().map(|p| p.rsplit('/').next().unwrap()).collect();
    assert_eq!(names, ["a.txt", "b.txt", "c.txt"]);
    let run: legajo::model::RunManifest =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(run.documents.len(), 3, "every input path is listed");
}

#[test]
fn a_lost_table_file_is_written_again_when_its_record_is_reused() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    corpus_inputs(&input);
    let out = tmp.path().join("out");
    assert_eq!(ingest(&input, &out, "2").code(), Some(0));
    let expected = snapshot(&out);
    let table = std::fs::read_dir(out.join("tables")).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).next();
    let Some(table) = table else { panic!("the inputs should have a table") };
    std::fs::remove_file(&table).unwrap();
    assert_eq!(ingest(&input, &out, "2").code(), Some(0));
    assert!(table.is_file(), "{} was not written again", table.display());
    assert!(snapshot(&out) == expected, "the output differs from the first run");
}
