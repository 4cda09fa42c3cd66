//! Scores the legal-reference detector on the labelled sets in `tests/data/legal/` and
//! asserts floors, one table per format. `cargo test --test integration legal_eval --
//! --nocapture` prints the figures.

use legajo::detect::legal::score::{evaluate, Report};

use crate::common::repo;

/// A set in the project's own format (`tests/data/legal/<file>`) and its floors.
struct OwnSet {
    file: &'static str,
    min_texts: usize,
    precision: f64,
    recall: f64,
}

const OWN_SETS: &[OwnSet] = &[
    OwnSet { file: "heldout.jsonl", min_texts: 80, precision: 0.98, recall: 0.97 },
    // The seed passages are the development set (damaged real text, hard cases kept).
    OwnSet { file: "seeds.jsonl", min_texts: 80, precision: 0.93, recall: 0.90 },
    // First run, untouched: precision 1.000, recall 0.957 (two misses since fixed).
    OwnSet { file: "heldout2.jsonl", min_texts: 35, precision: 0.98, recall: 0.95 },
    // Forms of issue 19 (plural heads, elided heads, unnumbered approved instruments, dates,
    // damaged signs, ranges, municipal and regional types, decisions, foreign laws), written
    // by the author of the patterns before changing them: not a held-out set.
    OwnSet { file: "forms.jsonl", min_texts: 30, precision: 0.95, recall: 0.90 },
];

fn run(name: &str) -> Report {
    let path = repo().join("tests/data/legal").join(name);
    let rep = match evaluate(&path) {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    };
    println!("== {name}\n{}", rep.table());
    for d in &rep.disagreements {
        println!("  {d}");
    }
    rep
}

#[test]
fn legal_eval_own_sets() {
    let mut failed = Vec::new();
    for set in OWN_SETS {
        let rep = run(set.file);
        let (p, r) = (rep.total.precision(), rep.total.recall());
        if rep.texts < set.min_texts {
            failed.push(format!("{}: {} texts < {}", set.file, rep.texts, set.min_texts));
        }
        if p < set.precision || r < set.recall {
            failed.push(format!("{}: P={p:.3} R={r:.3} below {}/{}", set.file, set.precision, set.recall));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// A folder in the shared format (`tests/data/legal/<name>/`, scored by
/// `legajo::eval::legal_sets`) and its floors: (precision, recall) per row asserted, `None`
/// where the row is not asserted (no short forms in the set, or all scopes not required).
struct FreshSet {
    name: &'static str,
    /// `TOTAL citations scope=pe`.
    pe: (f64, f64),
    /// `TOTAL citations scope=all`.
    all: Option<(f64, f64)>,
    /// `TOTAL short`.
    short: Option<(f64, f64)>,
    /// Negative sentences with a pe id, as printed (`0/8`).
    negatives: &'static str,
}

/// Each set was written before the patterns it measures changed; its first-run figures are
/// in its README.
const FRESH_SETS: &[FreshSet] = &[
    // Issue 19's second session: first run citations 1.000/1.000, short forms 1.000/0.714.
    FreshSet { name: "fresh", pe: (0.98, 0.95), all: None, short: Some((0.95, 0.85)), negatives: "0/8" },
    // Third session: citations pe 0.933/0.894, short forms 1.000/0.875 (as corrected).
    FreshSet { name: "fresh2", pe: (0.98, 0.95), all: None, short: Some((0.95, 0.85)), negatives: "0/3" },
    // Sixth session: fresh3 citations pe 0.949/0.903, short forms 1.000/0.882; fresh4 (a
    // second batch) 0.968/0.910 and 1.000/0.909; fresh5 (third batch, after the first fixes)
    // 1.000/1.000 and 1.000/0.889; fresh6 (probes, citations only) 0.917/0.846.
    FreshSet { name: "fresh3", pe: (0.98, 0.97), all: None, short: Some((0.95, 0.90)), negatives: "0/5" },
    FreshSet { name: "fresh4", pe: (0.98, 0.97), all: None, short: Some((0.95, 0.90)), negatives: "0/4" },
    FreshSet { name: "fresh5", pe: (0.98, 0.97), all: None, short: Some((0.95, 0.85)), negatives: "0/2" },
    FreshSet { name: "fresh6", pe: (0.98, 0.97), all: None, short: None, negatives: "0/1" },
    // Seventh session: fresh7 citations pe 0.991/0.950, short forms 0.870/0.769 (1.000/0.958
    // and 0.913/0.808 with three labels corrected); fresh8 (after the fresh7 fixes)
    // 0.971/0.985 (0.986/1.000 with two labels corrected).
    FreshSet { name: "fresh7", pe: (0.98, 0.97), all: None, short: Some((0.95, 0.90)), negatives: "0/7" },
    FreshSet { name: "fresh8", pe: (0.98, 0.97), all: None, short: None, negatives: "0/4" },
    // Eighth session: fresh9 citations pe 0.987/0.962, short forms 0.923/0.857 (1.000/0.929
    // with one label corrected); fresh10 (after the fresh9 fixes) 0.955/0.977 (0.932/1.000
    // with one label corrected).
    FreshSet { name: "fresh9", pe: (0.98, 0.97), all: Some((0.98, 0.97)), short: Some((0.95, 0.90)), negatives: "0/9" },
    FreshSet { name: "fresh10", pe: (0.98, 0.97), all: None, short: None, negatives: "0/7" },
    // Ninth session, a blind writer who never saw the detector: first run citations pe
    // 1.000/0.989, all scopes 0.990/0.980, short forms 0.917/0.917 (0.958/0.920 with one
    // label corrected, see its README).
    FreshSet {
        name: "fresh11",
        pe: (0.98, 0.97),
        all: Some((0.98, 0.97)),
        short: Some((0.95, 0.90)),
        negatives: "0/14",
    },
    // Tenth session, a blind writer who never saw the detector: first run (base binary)
    // citations pe 0.974/0.991, all scopes 0.969/0.984, negatives 0/12, short forms
    // 1.000/0.760; after the session's fixes 1.000/1.000 and short forms 1.000/0.920 (two
    // acronym uses labelled short forms are named mentions by the rules doc).
    FreshSet {
        name: "fresh12",
        pe: (0.98, 0.97),
        all: Some((0.98, 0.97)),
        short: Some((0.95, 0.90)),
        negatives: "0/12",
    },
    // Eleventh session, a blind writer who never saw the detector: first run (base binary)
    // citations pe 0.993/1.000, all scopes 0.994/1.000, negatives 0/29, short forms
    // 0.967/0.935 (the one citation FP: a Norma Técnica given its approving resolution's id,
    // which the docs call the same norm and score.py does not; see its README).
    FreshSet {
        name: "fresh13",
        pe: (0.98, 0.97),
        all: Some((0.98, 0.97)),
        short: Some((0.95, 0.90)),
        negatives: "0/29",
    },
    // fresh14 (session 12, blind; resolutions, ordinances, reports, court and agency texts):
    // first run on the base binary, citations all 0.995/0.979, short forms 0.919/0.829. After
    // the rules taken from its dev half: citations 0.995/0.995, short forms 0.925/0.902 (its
    // held-out half unchanged at 0.850/0.810: a gap, see its README).
    // Session 13 (rules from fresh15's dev half, the docs and fresh14, all of it dev now):
    // short forms 0.975/0.951.
    FreshSet {
        name: "fresh14",
        pe: (0.98, 0.98),
        all: Some((0.98, 0.98)),
        short: Some((0.95, 0.93)),
        negatives: "0/35",
    },
    // fresh15 (session 13, blind; gazette notices, procurement, budget, plans, labour,
    // environment, courts, damaged PDF text; the split written into the data as `split:` tags,
    // ids ending in an even digit dev). First run on the base binary: citations all scopes
    // 0.986/0.968 (dev 0.990/0.981, held-out 0.982/0.956), negatives 1/48; short forms
    // 0.958/0.800 (dev 0.972/0.795, held-out 0.943/0.805). After the session: citations
    // 0.991/0.982 (dev 1.000/1.000, held-out 0.982/0.965), negatives 0/48; short forms
    // 0.975/0.906 (dev 1.000/0.955, held-out 0.946/0.854).
    FreshSet {
        name: "fresh15",
        pe: (0.98, 0.97),
        all: Some((0.98, 0.97)),
        short: Some((0.95, 0.90)),
        negatives: "0/48",
    },
];

/// P and R of the row of a `legal_sets` report that starts with `label`.
fn row_pr(report: &str, label: &str) -> Result<(f64, f64), String> {
    let line = report.lines().find(|l| l.starts_with(label)).ok_or_else(|| format!("no row {label}"))?;
    let num = |key: &str| -> Result<f64, String> {
        let from = line.find(key).ok_or_else(|| format!("no {key} in {line}"))? + key.len();
        line[from..]
            .split_whitespace()
            .next()
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| format!("bad {key} in {line}"))
    };
    Ok((num("P=")?, num("R=")?))
}

/// The failures of one set against its floors.
fn check(set: &FreshSet) -> Vec<String> {
    let report = match legajo::eval::legal_sets::run(&repo().join("tests/data/legal").join(set.name), false) {
        Ok(r) => r,
        Err(e) => return vec![format!("{}: {e}", set.name)],
    };
    println!("== {}\n{report}", set.name);
    let rows = [
        ("TOTAL citations      scope=pe", Some(set.pe)),
        ("TOTAL citations      scope=all", set.all),
        ("TOTAL short", set.short),
    ];
    let mut failed = Vec::new();
    for (label, floor) in rows {
        let Some((min_p, min_r)) = floor else { continue };
        match row_pr(&report, label) {
            Ok((p, r)) if p >= min_p && r >= min_r => {}
            Ok((p, r)) => failed.push(format!("{} {label}: P={p} R={r} below {min_p}/{min_r}", set.name)),
            Err(e) => failed.push(format!("{}: {e}", set.name)),
        }
    }
    // The whole count (`0/1` must not pass on `0/14`).
    let negatives = format!("negatives with a pe id: {}", set.negatives);
    if !report.lines().any(|l| l.starts_with("TOTAL citations      scope=pe") && l.ends_with(&negatives)) {
        failed.push(format!("{}: not {negatives}", set.name));
    }
    failed
}

#[test]
fn legal_eval_fresh_sets() {
    let failed: Vec<String> = FRESH_SETS.iter().flat_map(check).collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn legal_eval_floors_fail_when_missed() {
    // The checker itself: a floor above what a set reaches, or a wrong negative count, fails.
    let strict = FreshSet { name: "fresh6", pe: (1.01, 0.0), all: None, short: None, negatives: "9/9" };
    let failed = check(&strict);
    assert_eq!(failed.len(), 2, "{failed:?}");
    let missing = FreshSet { name: "fresh6", pe: (0.0, 0.0), all: None, short: Some((0.0, 0.0)), negatives: "0/1" };
    assert_eq!(check(&missing).len(), 1, "a set without short forms has no short row");
}
