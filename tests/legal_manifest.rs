//! The legal references listed in ../shared/corpus/adversarial/manifest.json for the valid
//! control PDF must be found: in the texts the manifest says the file contains, and in the
//! file itself when the text layer yields text. Skips when ../shared is missing.

use std::collections::BTreeSet;

use legajo::detect::legal;

use crate::common::shared;

/// The control file's entry: (legal_refs, text_contains).
fn control_entry(dir: &std::path::Path) -> Option<(Vec<String>, Vec<String>)> {
    let data = std::fs::read_to_string(dir.join("manifest.json")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&data).ok()?;
    let files = v.get("files")?.as_array()?;
    let entry = files.iter().find(|f| f.get("file").and_then(|x| x.as_str()) == Some("reference-valid-4-pages.pdf"))?;
    let strings = |key: &str| -> Vec<String> {
        entry
            .get("expect")
            .and_then(|e| e.get(key))
            .and_then(|a| a.as_array())
            .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    Some((strings("legal_refs"), strings("text_contains")))
}

const EXPECTED: &[&str] =
    &["pe:const:1993", "pe:ds:004-2019-jus", "pe:ley:27444", "pe:ley:29733", "pe:rm:123-2020-minedu"];

#[test]
fn legal_manifest_control_pdf_refs_in_its_text() {
    let Some(dir) = shared("adversarial") else { return };
    let Some((refs, texts)) = control_entry(&dir) else {
        panic!("manifest.json has no legal_refs for reference-valid-4-pages.pdf");
    };
    assert_eq!(refs.len(), 5, "{refs:?}");
    // Each listed reference, detected on its own, is one mention of an expected norm.
    let mut wanted = BTreeSet::new();
    for r in &refs {
        let found = legal::find(r);
        assert_eq!(found.len(), 1, "{r}: {found:?}");
        wanted.insert(found[0].canonical.clone());
    }
    assert_eq!(wanted.iter().map(String::as_str).collect::<Vec<_>>(), EXPECTED);
    // All of them are found in the file's text, the Constitution with its article.
    let views: Vec<&str> = texts.iter().map(String::as_str).collect();
    let found: Vec<legal::Mention> = legal::find_in_document(&views).into_iter().flatten().collect();
    let got: BTreeSet<String> = found.iter().map(|m| m.canonical.clone()).collect();
    for w in &wanted {
        assert!(got.contains(w), "{w} not found in {texts:?}: {found:?}");
    }
    assert!(found.iter().any(|m| m.canonical == "pe:const:1993" && m.article.as_deref() == Some("2")));
    assert!(found.iter().any(|m| m.canonical == "pe:tuo:ds-004-2019-jus" || m.canonical == "pe:tuo:ley-27444"));
}

#[test]
fn legal_manifest_control_pdf_through_the_pipeline() {
    let Some(dir) = shared("adversarial") else { return };
    let bytes = std::fs::read(dir.join("reference-valid-4-pages.pdf")).expect("the control PDF is in the manifest");
    let rec = legajo::pipeline::process("reference-valid-4-pages.pdf", &bytes, &legajo::config::Config::default());
    let text = legajo::pipeline::render_text(&rec);
    assert!(text.contains("27444"), "the control PDF gave no text ({} chars)", text.len());
    let got: BTreeSet<&str> = rec.legal_references.iter().map(|r| r.canonical.as_str()).collect();
    for w in EXPECTED {
        assert!(got.contains(w), "{w} not among {got:?}");
    }
}
