//! Metadata read from the title page agrees with the truth files of the bundled corpus:
//! title, subtitle, authors, place and year (the truth's `front_matter` holds "Lima, 2018").

use crate::common::repo;

#[test]
fn title_page_fields_match_the_truth() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    let mut truths: Vec<_> = std::fs::read_dir(repo().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".truth.json"))
        .collect();
    truths.sort();
    for t in truths {
        let truth: serde_json::Value = serde_json::from_slice(&std::fs::read(&t).unwrap()).unwrap();
        let pdf = t.with_file_name(t.file_name().unwrap().to_string_lossy().replace(".truth.json", ".pdf"));
        let rec = legajo::pipeline::process("x.pdf", &std::fs::read(&pdf).unwrap(), &legajo::config::Config::default());
        let m = &rec.metadata;
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        let mut check = |field: &str, got: Option<String>, want: Option<&str>| {
            if let Some(want) = want {
                checked += 1;
                if got.as_deref() != Some(want) {
                    wrong.push(format!("{name}: {field} = {got:?}, truth {want:?}"));
                }
            }
        };
        check("title", m.title.clone(), truth["title"].as_str());
        check("subtitle", m.subtitle.clone(), truth["subtitle"].as_str());
        check("authors", Some(m.authors.join(" y ")), truth["author"].as_str());
        let place_year = truth["front_matter"].as_array().into_iter().flatten().filter_map(|v| v.as_str()).next_back();
        check(
            "place, year",
            Some(format!("{}, {}", m.place.clone().unwrap_or_default(), m.year.unwrap_or(0))),
            place_year,
        );
    }
    assert!(checked >= 20, "only {checked} fields checked");
    assert!(wrong.is_empty(), "{} of {checked} fields wrong:\n{}", wrong.len(), wrong.join("\n"));
}
