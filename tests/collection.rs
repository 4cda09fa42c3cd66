//! A collection built batch by batch: ingest only adds, paths are tracked, failures are
//! retried when the options change, odd inputs are skipped, one run per folder, a failed
//! write stops the run, closed streams lose nothing; the catalogue answers searches.

use std::path::Path;
use std::process::{Command, Output};

use legajo::model::{Record, RunManifest, Status};

use crate::common::bin;

fn legajo(args: &[&str], out: &Path, inputs: &[&Path]) -> Output {
    Command::new(bin()).args(args).arg("-o").arg(out).args(inputs).output().unwrap()
}

fn manifest(out: &Path) -> RunManifest {
    serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap()
}

fn records(out: &Path) -> Vec<Record> {
    let text = std::fs::read_to_string(out.join("documents.jsonl")).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// `documents.jsonl` and `citations.jsonl`, kept up to date incrementally, equal the files
/// rebuilt from every record (the index that makes them incremental deleted first).
fn assert_corpus_files_equal_a_rebuild(out: &Path) {
    let read = |name: &str| std::fs::read(out.join(name)).unwrap();
    let (docs, cites) = (read("documents.jsonl"), read("citations.jsonl"));
    let mut ids: Vec<String> = Vec::new();
    for e in manifest(out).documents {
        if !ids.contains(&e.id) {
            ids.push(e.id);
        }
    }
    std::fs::remove_file(out.join(legajo::sink::corpus::INDEX)).unwrap();
    let rebuilt = legajo::sink::corpus::update(out, &ids).unwrap();
    assert_eq!(rebuilt.copied, 0, "without the index every record is read");
    assert_eq!(String::from_utf8(read("documents.jsonl")).unwrap(), String::from_utf8(docs).unwrap());
    assert_eq!(String::from_utf8(read("citations.jsonl")).unwrap(), String::from_utf8(cites).unwrap());
    let again = legajo::sink::corpus::update(out, &ids).unwrap();
    assert!(again.unchanged, "nothing changed: nothing written");
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn ingesting_a_second_folder_keeps_the_first_and_a_moved_file_keeps_its_id() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b, out) = (tmp.path().join("a"), tmp.path().join("b"), tmp.path().join("out"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    std::fs::write(a.join("uno.txt"), "Ley N° 27444.\n").unwrap();
    std::fs::write(b.join("dos.txt"), "Ley N° 27783.\n").unwrap();
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&a]).status.code(), Some(0));
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&b]).status.code(), Some(0));
    let recs = records(&out);
    assert_eq!(recs.len(), 2, "both folders are in the collection");
    assert_eq!(manifest(&out).documents.len(), 2);
    assert_corpus_files_equal_a_rebuild(&out);
    // A file whose bytes change, one new file: their lines are replaced and added.
    std::fs::write(b.join("dos.txt"), "Ley N° 27783 y Ley N° 27444.\n").unwrap();
    std::fs::write(a.join("cero.txt"), "Decreto Supremo N° 004-2019-JUS.\n").unwrap();
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&a, &b]).status.code(), Some(0));
    assert_eq!(records(&out).len(), 3);
    assert_corpus_files_equal_a_rebuild(&out);
    std::fs::remove_file(a.join("cero.txt")).unwrap();
    assert_eq!(legajo(&["ingest", "-q", "--prune"], &out, &[&a, &b]).status.code(), Some(0));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    // uno.txt moves to b/tres.txt: the same record, with the new path only.
    let id = recs.iter().find(|r| r.source.path.ends_with("uno.txt")).unwrap().id.clone();
    std::fs::rename(a.join("uno.txt"), b.join("tres.txt")).unwrap();
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&b]).status.code(), Some(0));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    let moved = recs.iter().find(|r| r.id == id).unwrap();
    assert_eq!(moved.source.paths.len(), 1, "{:?}", moved.source.paths);
    assert!(moved.source.path.ends_with("b/tres.txt"), "{}", moved.source.path);
    assert_corpus_files_equal_a_rebuild(&out);
}

#[test]
fn prune_from_another_working_folder_sees_the_same_files() {
    let tmp = tempfile::tempdir().unwrap();
    let (root, other) = (tmp.path().join("archivo"), tmp.path().join("otro"));
    std::fs::create_dir_all(root.join("lote")).unwrap();
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(root.join("lote/uno.txt"), "Ley N° 27444.\n").unwrap();
    let run = |cwd: &Path, args: &[&str]| {
        Command::new(bin())
            .current_dir(cwd)
            .args(["ingest", "-q", "-o"])
            .arg(tmp.path().join("out"))
            .args(args)
            .output()
            .unwrap()
    };
    assert_eq!(run(&root, &["lote"]).status.code(), Some(0));
    let out = tmp.path().join("out");
    assert_eq!(records(&out)[0].source.paths, vec!["lote/uno.txt".to_string()]);
    // From another folder, the same file given by another relative path: the same path is
    // stored, and --prune removes nothing.
    std::fs::write(root.join("lote/dos.txt"), "Ley N° 27783.\n").unwrap();
    let o = run(&other, &["--prune", "../archivo/lote"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let m = manifest(&out);
    assert!(m.run.removed.is_empty() && m.run.missing.is_empty(), "{:?} {:?}", m.run.removed, m.run.missing);
    let paths: Vec<String> = m.documents.iter().map(|e| e.path.clone()).collect();
    assert_eq!(paths, vec!["lote/dos.txt".to_string(), "lote/uno.txt".to_string()]);
    // A run from another folder with no inputs there still finds the files under the root.
    let o = run(&other, &["--prune", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(manifest(&out).documents.len(), 2, "nothing pruned: the files exist");
    std::fs::remove_file(root.join("lote/uno.txt")).unwrap();
    assert_eq!(run(&other, &["--prune", "../archivo/lote"]).status.code(), Some(0));
    assert_eq!(manifest(&out).run.removed, vec!["lote/uno.txt".to_string()]);
}

/// `tables.jsonl` lists the tables of every record of the collection, also of those a later
/// run reused or did not see.
#[test]
fn the_table_index_covers_the_whole_collection() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b, out) = (tmp.path().join("a"), tmp.path().join("b"), tmp.path().join("out"));
    for (dir, name) in [(&a, "seed000_dev.pdf"), (&b, "seed004_dev.pdf")] {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::copy(crate::common::repo().join("corpus").join(name), dir.join(name)).unwrap();
    }
    let index = |out: &Path| -> Vec<legajo::model::TableLine> {
        let text = std::fs::read_to_string(out.join("tables.jsonl")).unwrap();
        text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&a]).status.code(), Some(0));
    let first = index(&out);
    assert!(!first.is_empty(), "seed000 has tables");
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&b]).status.code(), Some(0));
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&a]).status.code(), Some(0), "a reused record");
    let all = index(&out);
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    for r in &recs {
        let listed: Vec<&str> = all.iter().filter(|l| l.document == r.id).map(|l| l.table.as_str()).collect();
        let tables: Vec<&str> = r.tables.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(listed, tables, "{}", r.source.path);
        assert!(!tables.is_empty(), "{}", r.source.path);
    }
    assert!(first.iter().all(|l| all.contains(l)), "the first batch's lines are kept as they were");
    for l in &all {
        assert!(out.join(&l.csv).is_file(), "{}", l.csv);
        let rec = recs.iter().find(|r| r.id == l.document).unwrap();
        assert_eq!(l.path, rec.source.path);
    }
}

#[test]
fn a_failed_record_is_retried_with_a_password_and_a_partial_one_with_a_higher_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, out) = (tmp.path().join("in"), tmp.path().join("out"));
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("cifrado.pdf"), crate::pdf_crypt::encrypted("aes-128", "lector", "archivero")).unwrap();
    let o = legajo(&["ingest", "-q"], &out, &[&input]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(records(&out)[0].status, Status::Failed);
    // The same options again: the failed record is reused.
    legajo(&["ingest", "-q"], &out, &[&input]);
    assert_eq!(manifest(&out).run.processed.len(), 0);
    // --retry-failed tries again whatever the options.
    legajo(&["ingest", "-q", "--retry-failed"], &out, &[&input]);
    assert_eq!(manifest(&out).run.processed.len(), 1);
    // A password: processed again, and now readable.
    let o = legajo(&["ingest", "-q", "--password", "lector"], &out, &[&input]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(manifest(&out).run.processed.len(), 1);
    assert_eq!(records(&out)[0].status, Status::Ok);
    assert!(records(&out)[0].options.password);

    // A document cut by --max-pages is partial; raising the limit processes it again.
    let seeds = tmp.path().join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    std::fs::copy(crate::common::repo().join("corpus/seed000_dev.pdf"), seeds.join("s.pdf")).unwrap();
    let out2 = tmp.path().join("out2");
    legajo(&["ingest", "-q", "--max-pages", "1"], &out2, &[&seeds]);
    let m = manifest(&out2);
    assert_eq!(m.documents[0].status, Status::Partial);
    assert!(m.documents[0].attention.iter().any(|c| c == "limit.pages"), "{:?}", m.documents[0].attention);
    legajo(&["ingest", "-q"], &out2, &[&seeds]);
    let m = manifest(&out2);
    assert_eq!(m.run.processed.len(), 1);
    assert_eq!(m.documents[0].status, Status::Ok);
}

#[test]
fn closed_stderr_or_stdout_loses_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..6 {
        // Failing inputs make the run write a line per document to stderr.
        std::fs::write(input.join(format!("roto{i}.pdf")), format!("%PDF-1.4 roto {i}")).unwrap();
    }
    for (n, shell) in [
        (0, "\"$0\" ingest -o \"$1\" \"$2\" 2>&-; echo \"exit=$?\" > \"$1.code\""),
        (1, "\"$0\" ingest -o \"$1\" \"$2\" 2>&1 | head -c 1 >/dev/null; echo \"exit=${PIPESTATUS[0]}\" > \"$1.code\""),
        (2, "\"$0\" ingest -o \"$1\" \"$2\" >&- 2>&-; echo \"exit=$?\" > \"$1.code\""),
    ] {
        let out = tmp.path().join(format!("out{n}"));
        let status = Command::new("bash").args(["-c", shell]).arg(bin()).arg(&out).arg(&input).status().unwrap();
        assert!(status.success());
        let m = manifest(&out);
        assert_eq!(m.documents.len(), 6, "case {n}");
        let code = std::fs::read_to_string(format!("{}.code", out.display())).unwrap();
        assert!(code.trim() == "exit=1" || code.trim() == "exit=0", "case {n}: {code}");
    }
    // `| head -1` on stderr, through a real pipe whose reader is gone before the summary.
    let out = tmp.path().join("piped");
    let mut child = Command::new(bin())
        .args(["ingest", "-o"])
        .arg(&out)
        .arg(&input)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take()); // the reader goes away at once
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1), "every input failed, nothing else");
    assert_eq!(manifest(&out).documents.len(), 6);
}

#[cfg(unix)]
#[test]
fn odd_files_are_skipped_and_listed_and_a_pdf_without_extension_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, out) = (tmp.path().join("in"), tmp.path().join("out"));
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::copy(crate::common::repo().join("corpus/seed001_dev.pdf"), input.join("informe")).unwrap();
    std::fs::write(input.join("sub/nota.txt"), "Ley N° 27444.\n").unwrap();
    std::fs::write(input.join("foto.jpg"), b"\xff\xd8\xff\xe0 not a document").unwrap();
    std::os::unix::fs::symlink("/dev/zero", input.join("cero.pdf")).unwrap();
    std::os::unix::fs::symlink(&input, input.join("sub/bucle")).unwrap();
    let fifo = input.join("tubo.pdf");
    let made = Command::new("mkfifo").arg(&fifo).status().map(|s| s.success()).unwrap_or(false);
    let mut child = Command::new(bin())
        .args(["ingest", "-q", "-o"])
        .arg(&out)
        .arg(&input)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // A hang would be the failure here: give up (and fail) after a generous minute.
    let mut waited = 0;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(waited < 600, "ingest hangs on the odd files");
        std::thread::sleep(std::time::Duration::from_millis(100));
        waited += 1;
    };
    let mut err = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    let m = manifest(&out);
    let paths: Vec<&str> = m.documents.iter().map(|d| d.path.rsplit('/').next().unwrap()).collect();
    assert_eq!(paths, ["informe", "nota.txt"], "the loop is walked once, the device and FIFO skipped");
    let ignored: Vec<(&str, &str)> =
        m.run.ignored.iter().map(|i| (i.path.rsplit('/').next().unwrap(), i.reason.as_str())).collect();
    assert!(ignored.iter().any(|(p, r)| *p == "cero.pdf" && r.contains("device")), "{ignored:?}");
    assert!(ignored.iter().any(|(p, _)| *p == "foto.jpg"), "{ignored:?}");
    if made {
        assert!(ignored.iter().any(|(p, r)| *p == "tubo.pdf" && r.contains("FIFO")), "{ignored:?}");
    }
    assert!(err.contains("files not read: "), "{err}");
}

#[test]
fn a_second_run_on_a_locked_folder_stops_with_a_message() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, out) = (tmp.path().join("in"), tmp.path().join("out"));
    std::fs::create_dir_all(&input).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(input.join("a.txt"), "Ley N° 27444.\n").unwrap();
    let held = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(out.join(".lock")).unwrap();
    held.lock().unwrap();
    let o = legajo(&["ingest", "-q"], &out, &[&input]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("another legajo run"), "{}", stderr(&o));
    assert!(!out.join("run.json").exists());
    held.unlock().unwrap();
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&input]).status.code(), Some(0));
}

#[test]
fn a_failed_write_stops_the_run_names_the_file_and_leaves_no_temporaries() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, out) = (tmp.path().join("in"), tmp.path().join("out"));
    std::fs::create_dir_all(&input).unwrap();
    let text = "Ley N° 27444.\n";
    std::fs::write(input.join("a.txt"), text).unwrap();
    // A folder where the record file must go: the rename onto it fails, as a full disk would.
    let id = legajo::pipeline::sha256_hex(text.as_bytes());
    std::fs::create_dir_all(out.join("documents").join(format!("{id}.json"))).unwrap();
    let o = legajo(&["ingest", "-q"], &out, &[&input]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("{id}.json")), "the file is named: {}", stderr(&o));
    let mut left = Vec::new();
    for dir in [out.clone(), out.join("documents"), out.join("tables")] {
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.contains(".tmp-") {
                left.push(name);
            }
        }
    }
    assert!(left.is_empty(), "temporaries left: {left:?}");
}

/// A real full disk: the output folder on a small tmpfs (where mounting is permitted, as
/// root on Linux; otherwise the test says so and checks nothing). The run stops at the first
/// failed write with exit 2, names a file, and leaves no temporaries.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_stops_the_run_names_the_file_and_leaves_no_temporaries() {
    struct Mounted(std::path::PathBuf);
    impl Drop for Mounted {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let tmp = tempfile::tempdir().unwrap();
    let (input, out) = (tmp.path().join("in"), tmp.path().join("out"));
    std::fs::create_dir_all(&input).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=192k", "tmpfs"])
        .arg(&out)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("a_full_disk_stops_the_run…: mounting a tmpfs is not permitted here; not checked");
        return;
    }
    let _guard = Mounted(out.clone());
    // Twelve texts of ≈48 KB each: their records do not all fit in 192 KB.
    for i in 0..12 {
        let body: String =
            (0..600).map(|l| format!("Artículo {l} del documento {i}: la Ley N° 27444 se aplica.\n")).collect();
        std::fs::write(input.join(format!("doc{i:02}.txt")), body).unwrap();
    }
    let o = legajo(&["ingest", "-q", "-j", "1"], &out, &[&input]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains(&out.display().to_string()) && err.contains("space"), "names the file and the cause: {err}");
    // Stopped at the first failure: one error line about writing, not one per document.
    assert!(err.lines().filter(|l| l.contains("space")).count() <= 2, "{err}");
    let mut left = Vec::new();
    let mut stack = vec![out.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if e.path().is_dir() {
                stack.push(e.path());
            } else if name.contains(".tmp-") {
                left.push(name);
            }
        }
    }
    assert!(left.is_empty(), "temporaries left: {left:?}");
}

#[test]
fn search_ignores_accents_and_case_and_cites_reads_norms_as_people_write_them() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, out) = (tmp.path().join("in"), tmp.path().join("out"));
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(
        input.join("convenio.txt"),
        "Convenio de cooperación técnica\n\nEl presente convenio de Cooperación Técnica se rige por la Ley N° 27444, \
         Ley del Procedimiento Administrativo General.\n",
    )
    .unwrap();
    std::fs::write(input.join("otro.txt"), "Informe de gestión\n\nSin normas citadas; trata de presupuesto.\n")
        .unwrap();
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&input]).status.code(), Some(0));
    let schema = |name: &str| {
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(crate::common::repo().join("schemas").join(name)).unwrap()).unwrap();
        jsonschema::draft202012::new(&v).unwrap()
    };
    let (search_schema, cites_schema) = (schema("search.schema.json"), schema("cites.schema.json"));
    for q in ["cooperación técnica", "COOPERACION tecnica"] {
        let o = Command::new(bin()).args(["search", q, "--json", "-o"]).arg(&out).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{q}: {}", stderr(&o));
        let lines: Vec<serde_json::Value> =
            String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 1, "{q}: {lines:?}");
        assert!(search_schema.is_valid(&lines[0]), "search --json follows schemas/search.schema.json: {lines:?}");
        assert!(lines[0]["path"].as_str().unwrap().ends_with("convenio.txt"));
        assert!(lines[0]["snippet"].as_str().unwrap().contains("«"), "{lines:?}");
    }
    let o =
        Command::new(bin()).args(["search", "cooperación", "--year", "1990..1991", "-o"]).arg(&out).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "no document of those years");
    for norm in ["Ley 27444", "pe:ley:27444", "ley nº 27444"] {
        let o = Command::new(bin()).args(["cites", norm, "--json", "-o"]).arg(&out).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{norm}: {}", stderr(&o));
        let text = String::from_utf8(o.stdout).unwrap();
        assert_eq!(text.lines().count(), 1, "{norm}: {text}");
        let line: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert!(cites_schema.is_valid(&line), "cites --json follows schemas/cites.schema.json: {text}");
        assert!(text.contains("convenio.txt") && text.contains("Procedimiento"), "{norm}: {text}");
    }
    let o = Command::new(bin()).args(["show", "convenio.txt", "-o"]).arg(&out).output().unwrap();
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("⟦Ley N° 27444") && text.contains("General → pe:ley:27444⟧"), "{text}");
    // The catalogue equals one rebuilt from the JSON files.
    let incremental = legajo::catalogue::dump(&out).unwrap();
    assert!(incremental.iter().any(|r| r.starts_with("ref\t") && r.contains("pe:ley:27444")), "{incremental:?}");
    let o = Command::new(bin()).args(["catalogue", "--rebuild", "-o"]).arg(&out).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(legajo::catalogue::dump(&out).unwrap(), incremental);
}

#[cfg(unix)]
#[test]
fn killed_while_the_catalogue_is_written_a_rerun_equals_a_clean_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, reference, out) = (tmp.path().join("in"), tmp.path().join("ref"), tmp.path().join("out"));
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..8 {
        let text =
            format!("Informe {i}\n\nSegún la Ley N° {} y el D.S. N° 00{i}-2019-JUS, cooperación técnica.\n", 27440 + i);
        std::fs::write(input.join(format!("doc{i}.txt")), text).unwrap();
    }
    assert_eq!(legajo(&["ingest", "-q"], &reference, &[&input]).status.code(), Some(0));
    let expected = legajo::catalogue::dump(&reference).unwrap();
    let journal = |dir: &Path| dir.join(format!("{}-journal", legajo::catalogue::FILE));
    // Killed (abort: no clean-up, like kill -9) after 3 records were indexed by the run,
    // inside the open transaction; then again while `catalogue --rebuild` writes.
    let killed = |args: &[&str], inputs: &[&Path]| {
        let o = Command::new(bin())
            .args(args)
            .arg("-o")
            .arg(&out)
            .args(inputs)
            .env(legajo::catalogue::ABORT_AFTER, "3")
            .output()
            .unwrap();
        assert_eq!(o.status.code(), None, "killed by a signal: {}", stderr(&o));
        assert!(journal(&out).is_file(), "the kill came inside a transaction (a hot journal is left)");
    };
    killed(&["ingest", "-q", "-j", "1"], &[&input]);
    assert_eq!(legajo(&["ingest", "-q"], &out, &[&input]).status.code(), Some(0));
    assert!(!journal(&out).exists());
    assert_eq!(legajo::catalogue::dump(&out).unwrap(), expected, "resumed after the kill = clean build");
    killed(&["catalogue", "--rebuild"], &[]);
    let o = Command::new(bin()).args(["catalogue", "-o"]).arg(&out).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(legajo::catalogue::dump(&out).unwrap(), expected, "synced after the kill = clean build");
}
