//! Shared helpers for the integration tests.

use std::path::PathBuf;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// True under CI (`CI=true` or `CI=1`): then a test that needs `../shared` fails when it is
/// missing instead of skipping, so no test passes without running.
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// `<shared>/corpus/<sub>`, where `<shared>` is `$LEGAJO_SHARED` or the `shared` folder
/// beside the checkout (or beside the folder of worktrees). When it is missing a test prints
/// why it is skipped and gets `None`, except under CI ([`ci`]), where this panics.
#[allow(dead_code)]
pub fn shared(sub: &str) -> Option<PathBuf> {
    let mut roots: Vec<PathBuf> = std::env::var_os("LEGAJO_SHARED").map(PathBuf::from).into_iter().collect();
    roots.push(repo().join("..").join("shared"));
    roots.push(repo().join("..").join("..").join("shared"));
    if let Some(p) = roots.iter().map(|r| r.join("corpus").join(sub)).find(|p| p.is_dir()) {
        return Some(p);
    }
    let msg = format!("shared/corpus/{sub} is not beside the checkout (looked in {roots:?})");
    assert!(!ci(), "{msg}: under CI=true the tests over ../shared must run");
    eprintln!("SKIPPED: {msg}; tests over ../shared run only beside the shared corpus");
    None
}

/// Fills a fresh input folder `dir` with the repository's corpus PDFs and a text file citing a
/// norm (`sub/nota.txt`): the batch tests' inputs.
#[allow(dead_code)]
pub fn corpus_inputs(dir: &std::path::Path) {
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for e in std::fs::read_dir(repo().join("corpus")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "pdf") {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(dir.join("sub").join("nota.txt"), "Decreto Supremo N° 004-2013-PCM.\n").unwrap();
}

/// Makes `page` the only page of a document built in a test: the page tree node `pages`
/// holds it, and a catalog over that node is the document's root.
#[allow(dead_code)]
pub fn set_one_page(doc: &mut lopdf::Document, pages: lopdf::ObjectId, page: lopdf::ObjectId) {
    let node = lopdf::dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 };
    doc.objects.insert(pages, lopdf::Object::Dictionary(node));
    let catalog = doc.add_object(lopdf::dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
}

/// The built `legajo` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_legajo"))
}

/// Every output file except `run.json`'s run section, as (name, bytes); the catalogue as its
/// dump, the run lock and SQLite's journal left out.
#[allow(dead_code)]
pub fn snapshot(out: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let name = p.strip_prefix(out).unwrap().to_string_lossy().into_owned();
            // The run lock is no output, nor the index of documents.jsonl (file stamps); the
            // catalogue is a database (its pages depend on the order of writes), compared by
            // its contents below.
            if name == ".lock" || name == ".corpus.idx" || name.starts_with("catalogue.sqlite-") {
                continue;
            }
            let mut bytes = std::fs::read(&p).unwrap();
            if name == "catalogue.sqlite" {
                bytes = legajo::catalogue::dump(out).unwrap().join("\n").into_bytes();
            }
            if name == "run.json" {
                let mut v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                v.as_object_mut().unwrap().remove("run");
                bytes = serde_json::to_vec_pretty(&v).unwrap();
            }
            files.push((name, bytes));
        }
    }
    files.sort();
    files
}
