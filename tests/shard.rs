//! Sharded batches: `ingest --shard K/N` parts merged equal one run, byte for byte; the job
//! files of deploy/ run locally with the commands they give a cluster.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::common::{bin, corpus_inputs, repo, snapshot};

/// The corpus PDFs, a copy of one of them under another name, a text file and a file that
/// fails (not a PDF), in a fresh input folder.
fn inputs(dir: &Path) {
    corpus_inputs(dir);
    std::fs::copy(repo().join("corpus/seed001_dev.pdf"), dir.join("sub").join("copia.pdf")).unwrap();
    std::fs::write(dir.join("roto.pdf"), "<html>not a pdf</html>").unwrap();
}

fn legajo(args: &[&str], paths: &[&Path]) -> i32 {
    let mut c = Command::new(bin());
    c.args(args);
    for p in paths {
        c.arg(p);
    }
    c.status().unwrap().code().unwrap_or(-1)
}

fn shard(input: &Path, out: &Path, spec: &str) -> i32 {
    legajo(&["ingest", "--quiet", "--jobs", "2", "--shard", spec, "-o"], &[out, input])
}

fn merge(out: &Path, parts: &[PathBuf]) -> (i32, String) {
    let o = Command::new(bin()).arg("merge").arg(out).args(parts).output().unwrap();
    (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stderr).into_owned())
}

pub fn assert_same(got: &Path, expected: &[(String, Vec<u8>)], what: &str) {
    let got = snapshot(got);
    let names = |s: &[(String, Vec<u8>)]| s.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(expected), "{what}: different files");
    for (g, e) in got.iter().zip(expected) {
        assert!(g.1 == e.1, "{what}: {} differs from one run over all inputs", g.0);
    }
}

/// One run over everything, as the reference; returns the input folder and the snapshot.
fn reference(tmp: &Path) -> (PathBuf, Vec<(String, Vec<u8>)>) {
    let input = tmp.join("in");
    inputs(&input);
    let all = tmp.join("all");
    assert_eq!(legajo(&["ingest", "--quiet", "-o"], &[&all, &input]), 1, "roto.pdf fails");
    let snap = snapshot(&all);
    assert!(snap.iter().any(|f| f.0.starts_with("tables")), "the inputs should have a table");
    (input, snap)
}

#[test]
fn one_two_and_three_shards_merged_equal_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, expected) = reference(tmp.path());
    for n in 1..=3 {
        let parts: Vec<PathBuf> = (0..n).map(|k| tmp.path().join(format!("p{n}-{k}"))).collect();
        let mut documents = 0;
        for (k, part) in parts.iter().enumerate() {
            assert!(shard(&input, part, &format!("{k}/{n}")) <= 1);
            let run: legajo::model::RunManifest =
                serde_json::from_slice(&std::fs::read(part.join("run.json")).unwrap()).unwrap();
            documents += run.documents.len();
        }
        assert_eq!(documents, 8, "{n} shards: every input in exactly one shard");
        let out = tmp.path().join(format!("m{n}"));
        // Given in any order.
        let mut given = parts.clone();
        given.reverse();
        let (code, err) = merge(&out, &given);
        assert_eq!(code, 1, "a failed document makes exit 1, as for ingest: {err}");
        assert_same(&out, &expected, &format!("{n} shards merged"));
        // A merge repeated gives the same output.
        assert_eq!(merge(&out, &given).0, 1);
        assert_same(&out, &expected, &format!("{n} shards merged twice"));
    }
}

#[test]
fn shards_ingested_with_html_merge_to_the_html_pages_of_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    inputs(&input);
    let all = tmp.path().join("all");
    assert_eq!(legajo(&["ingest", "--quiet", "--html", "-o"], &[&all, &input]), 1, "roto.pdf fails");
    // The hidden index of html/ holds file stamps (times): compared without it.
    let pages = |out: &Path| -> Vec<(String, Vec<u8>)> {
        snapshot(out).into_iter().filter(|f| f.0.starts_with("html") && !f.0.ends_with(".html.idx")).collect()
    };
    let expected = pages(&all);
    assert!(expected.len() >= 8, "one page per record and the index: {:?}", expected.len());
    let parts: Vec<PathBuf> = (0..2).map(|k| tmp.path().join(format!("p{k}"))).collect();
    for (k, part) in parts.iter().enumerate() {
        let spec = format!("{k}/2");
        assert!(legajo(&["ingest", "--quiet", "--html", "--shard", &spec, "-o"], &[part, &input]) <= 1);
    }
    let out = tmp.path().join("out");
    assert_eq!(merge(&out, &parts).0, 1);
    let got = pages(&out);
    let names = |s: &[(String, Vec<u8>)]| s.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&expected));
    for (g, e) in got.iter().zip(&expected) {
        assert!(g.1 == e.1, "{} differs from one run's", g.0);
    }
}

#[test]
fn a_shard_killed_and_run_again_merges_to_the_same_output() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, expected) = reference(tmp.path());
    let p0 = tmp.path().join("p0");
    assert!(shard(&input, &p0, "0/2") <= 1);
    for delay_ms in [0u64, 40, 150] {
        let p1 = tmp.path().join(format!("p1-{delay_ms}"));
        // A finished shard, then killed during its next run: its stamp is gone at once.
        assert!(shard(&input, &p1, "1/2") <= 1);
        let mut child = Command::new(bin())
            .args(["ingest", "--quiet", "--force", "--jobs", "2", "--shard", "1/2", "-o"])
            .arg(&p1)
            .arg(&input)
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix
        let finished = child.wait().unwrap().code().is_some();
        let out = tmp.path().join(format!("m{delay_ms}"));
        if !finished && !p1.join("shard.json").exists() {
            let (code, err) = merge(&out, &[p0.clone(), p1.clone()]);
            assert_eq!(code, 2, "a killed shard must not be merged");
            assert!(err.contains("not a finished shard"), "{err}");
        }
        assert!(shard(&input, &p1, "1/2") <= 1);
        merge(&out, &[p0.clone(), p1.clone()]);
        assert_same(&out, &expected, &format!("shard killed after {delay_ms} ms, run again, merged"));
    }
}

#[test]
fn a_merge_repeated_after_a_failure_repairs_the_output() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, expected) = reference(tmp.path());
    let parts = [tmp.path().join("p0"), tmp.path().join("p1")];
    for (k, p) in parts.iter().enumerate() {
        shard(&input, p, &format!("{k}/2"));
    }
    let out = tmp.path().join("out");
    merge(&out, &parts);
    // As a merge killed half-way might leave it: a record and a table missing, a temporary,
    // a stale record, documents.jsonl cut short.
    let rec = std::fs::read_dir(out.join("documents")).unwrap().next().unwrap().unwrap().path();
    std::fs::remove_file(rec).unwrap();
    let table = std::fs::read_dir(out.join("tables")).unwrap().next().unwrap().unwrap().path();
    std::fs::remove_file(table).unwrap();
    std::fs::write(out.join("documents").join(".x.json.tmp-1"), "{").unwrap();
    std::fs::write(out.join("documents").join(format!("{}.json", "ab".repeat(32))), "{}").unwrap();
    std::fs::write(out.join("documents.jsonl"), "{\n").unwrap();
    assert_eq!(merge(&out, &parts).0, 1);
    assert_same(&out, &expected, "merge repeated after a failure");
}

#[test]
fn merge_refuses_parts_that_do_not_make_one_batch() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    inputs(&input);
    let p = |name: &str| tmp.path().join(name);
    for (dir, spec) in [("a0", "0/2"), ("a1", "1/2"), ("b0", "0/3")] {
        shard(&input, &p(dir), spec);
    }
    let out = p("out");
    let refused = |parts: &[PathBuf], why: &str| {
        let (code, err) = merge(&out, parts);
        assert_eq!(code, 2, "{why}: {err}");
        assert!(err.contains(why), "expected '{why}' in: {err}");
        assert!(!out.join("run.json").exists(), "nothing is written when the parts are refused");
    };
    refused(&[p("a0")], "shards missing: 1/2");
    refused(&[p("a0"), p("a0")], "given twice");
    refused(&[p("a0"), p("b0")], "of 2 shards");
    refused(&[p("a0"), p("a1"), p("a0")], "given twice");
    // A plain ingest over a part: its run.json no longer is the shard's.
    legajo(&["ingest", "--quiet", "-o"], &[&p("a1"), &input.join("sub")]);
    refused(&[p("a0"), p("a1")], "changed after its shard");
    // A shard over other inputs.
    shard(&input.join("sub"), &p("a1"), "1/2");
    refused(&[p("a0"), p("a1")], "other inputs");
    // No stamp at all: an ordinary output folder.
    legajo(&["ingest", "--quiet", "-o"], &[&p("plain"), &input.join("sub")]);
    refused(&[p("plain")], "not a finished shard");
    refused(&[p("a0"), p("missing")], "not a finished shard");
}

/// Runs the Slurm script as the array's tasks and then as the merge job, with the variables
/// Slurm would set.
#[test]
fn the_slurm_script_parses_and_its_commands_shard_and_merge() {
    let script = repo().join("deploy/slurm/legajo.sbatch");
    let ok = Command::new("bash").arg("-n").arg(&script).status().unwrap();
    assert!(ok.success(), "bash -n {}", script.display());
    let text = std::fs::read_to_string(&script).unwrap();
    assert!(text.contains("#SBATCH "), "sbatch directives");
    let tmp = tempfile::tempdir().unwrap();
    let (input, expected) = reference(tmp.path());
    let run = |args: &[&str], envs: &[(&str, String)]| {
        let mut c = Command::new("bash");
        c.arg(&script).args(args).current_dir(tmp.path());
        c.env("LEGAJO", bin()).env("LEGAJO_INPUT", &input);
        c.env("LEGAJO_PARTS", tmp.path().join("parts")).env("LEGAJO_OUT", tmp.path().join("out"));
        c.env("SLURM_CPUS_PER_TASK", "1");
        for (k, v) in envs {
            c.env(k, v);
        }
        c.status().unwrap()
    };
    // An array submitted as --array=5-7: three tasks, shards 0..2.
    for id in 5..8 {
        let env = [
            ("SLURM_ARRAY_TASK_ID", id.to_string()),
            ("SLURM_ARRAY_TASK_MIN", "5".into()),
            ("SLURM_ARRAY_TASK_COUNT", "3".into()),
        ];
        assert!(run(&[], &env).success(), "task {id} (a failed document is no failed task)");
    }
    assert!(tmp.path().join("parts/2/shard.json").is_file());
    assert!(run(&["merge", "3"], &[]).success());
    assert_same(&tmp.path().join("out"), &expected, "Slurm script: 3 shards merged");
    assert!(!run(&["merge", "4"], &[]).success(), "a missing shard fails the merge job");
}

/// The shard and merge commands of the Kubernetes Jobs, run with the variables Kubernetes
/// would set (the paths moved to a temporary folder).
#[test]
fn the_kubernetes_jobs_parse_and_their_commands_shard_and_merge() {
    let text = std::fs::read_to_string(repo().join("deploy/k8s/legajo-job.yaml")).unwrap();
    let docs: Vec<serde_json::Value> = serde_norway::Deserializer::from_str(&text)
        .map(|d| serde::Deserialize::deserialize(d).expect("valid YAML"))
        .collect();
    let job = |name: &str| {
        docs.iter()
            .find(|d| d["kind"] == "Job" && d["metadata"]["name"] == name)
            .unwrap_or_else(|| panic!("no Job {name}"))
            .clone()
    };
    let shards = job("legajo-shards");
    assert_eq!(shards["spec"]["completionMode"], "Indexed");
    let n = shards["spec"]["completions"].as_u64().unwrap();
    assert_eq!(shards["spec"]["parallelism"].as_u64(), Some(n));
    let merge = job("legajo-merge");
    let wait = merge["spec"]["template"]["spec"]["initContainers"][0]["command"].to_string();
    assert!(wait.contains("job/legajo-shards"), "the merge waits for the shards: {wait}");
    for d in &docs {
        assert!(d["apiVersion"].is_string() && d["kind"].is_string(), "{d}");
    }

    let tmp = tempfile::tempdir().unwrap();
    let (input, expected) = reference(tmp.path());
    // `legajo` on PATH, as in the image.
    let bindir = tmp.path().join("bin");
    std::fs::create_dir_all(&bindir).unwrap();
    std::os::unix::fs::symlink(bin(), bindir.join("legajo")).unwrap();
    let path = format!("{}:{}", bindir.display(), std::env::var("PATH").unwrap_or_default());
    let run = |job: &serde_json::Value, index: Option<u64>| {
        let c = &job["spec"]["template"]["spec"]["containers"][0];
        let argv: Vec<String> = c["command"]
            .as_array()
            .unwrap()
            .iter()
            .chain(c["args"].as_array().unwrap())
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        let mut cmd = Command::new(&argv[0]);
        cmd.args(&argv[1..]).env("PATH", &path);
        for e in c["env"].as_array().unwrap() {
            let (k, v) = (e["name"].as_str().unwrap(), e["value"].as_str().unwrap());
            if k == "SHARDS" {
                assert_eq!(v, n.to_string(), "SHARDS of {} is completions", job["metadata"]["name"]);
            }
            // The volume's paths, moved here.
            let v = v.replace("/data/in", &input.to_string_lossy()).replace("/data", &tmp.path().to_string_lossy());
            cmd.env(k, v);
        }
        if let Some(i) = index {
            cmd.env("JOB_COMPLETION_INDEX", i.to_string());
        }
        cmd.status().unwrap()
    };
    for i in 0..n {
        assert!(run(&shards, Some(i)).success(), "index {i}");
    }
    assert!(run(&merge, None).success());
    assert_same(&tmp.path().join("output"), &expected, "Kubernetes Jobs: shards merged");
}
