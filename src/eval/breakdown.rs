//! Table figures per producer, per style and feature, and for a held-out producer.
//!
//! In: per document the truth's producer, the style and features of each truth table and the
//! table pairing of [`tables::score_document_detail`]. Out: a report section with one row per
//! group. Row labels start the lines (`producer`, `held-out`, `held-in`, `style`, `feature`,
//! `TOTAL`), so that `grep` finds them.
//!
//! - **tables / found / recall**: truth tables, and those whose paired output table shares at
//!   least half of their adjacency relations (the zoo README's "table found").
//! - **P / R / F1**: micro-averaged adjacency relations. For a producer (a document-level
//!   group) every output table of its documents counts, so false tables lower P; for a style
//!   or feature (a table-level group) only the output tables paired with its tables count.
//! - **mean F1**: per-document relation F1 averaged over the group's documents that have
//!   tables (an undefined F1 counts 0); for a style or feature the mean of per-table F1.
//! - **false**: output tables in table-free documents; **extra**: output tables paired with
//!   no truth table in documents that have tables.
//!
//! The held-out producer is named by the environment variable [`HELD_OUT_VAR`] (matched
//! case-insensitively inside the truth's producer): its documents form the `held-out` row and
//! all others the `held-in` row, so a detector tuned with one producer set aside can report
//! both.

use std::collections::BTreeMap;

use super::report;
use super::tables::DocumentDetail;
use super::text_metrics::Prf;
use super::truth::Truth;

/// Environment variable naming the held-out producer (e.g. `weasyprint`).
pub const HELD_OUT_VAR: &str = "LEGAJO_HELD_OUT";

/// One document's table facts.
#[derive(Debug, Clone, Default)]
pub struct DocTables {
    /// Producer as the truth names it (empty when unknown).
    pub producer: String,
    /// The truth says the document has no table.
    pub table_free: bool,
    /// Style (short form) and features of each truth table, in truth order.
    pub tags: Vec<(String, Vec<String>)>,
    /// The pairing of truth and output tables.
    pub detail: DocumentDetail,
}

impl DocTables {
    /// The facts of a document from its truth and the pairing.
    pub fn new(truth: &Truth, detail: DocumentDetail) -> DocTables {
        let tags =
            truth.tables.iter().map(|t| (short_style(t.style.as_deref().unwrap_or("")), t.features.clone())).collect();
        DocTables {
            producer: truth.producer.clone().unwrap_or_default(),
            table_free: truth.table_free || truth.tables.is_empty(),
            tags,
            detail,
        }
    }
}

/// `booktabs (horizontal rules only)` → `booktabs`.
fn short_style(s: &str) -> String {
    s.split(" (").next().unwrap_or(s).trim().to_string()
}

/// `pdfTeX (pdflatex)` → `pdftex`; `groff tbl (…)` → `groff`.
fn short_producer(s: &str) -> String {
    s.split_whitespace().next().unwrap_or("").to_lowercase()
}

fn found(p: &Prf) -> bool {
    p.expected > 0 && 2 * p.matched >= p.expected
}

/// Sums of one group.
#[derive(Debug, Clone, Default)]
struct Group {
    docs: usize,
    tables: usize,
    found: usize,
    prf: Prf,
    f1_sum: f64,
    f1_n: usize,
    false_tables: usize,
    extra: usize,
}

impl Group {
    fn add_doc(&mut self, d: &DocTables) {
        self.docs += 1;
        self.tables += d.detail.per_reference.len();
        self.found += d.detail.per_reference.iter().filter(|p| found(p)).count();
        self.prf.add(d.detail.total);
        if d.table_free {
            self.false_tables += d.detail.unpaired_outputs;
        } else {
            self.extra += d.detail.unpaired_outputs;
            self.f1_sum += d.detail.total.f1().unwrap_or(0.0);
            self.f1_n += 1;
        }
    }

    fn add_table(&mut self, p: &Prf) {
        self.tables += 1;
        self.found += usize::from(found(p));
        self.prf.add(*p);
        self.f1_sum += p.f1().unwrap_or(0.0);
        self.f1_n += 1;
    }

    fn row(&self, label: &str, name: &str, doc_level: bool) -> Vec<String> {
        let dash = || "–".to_string();
        let mean = (self.f1_n > 0).then(|| self.f1_sum / self.f1_n as f64);
        vec![
            label.to_string(),
            name.to_string(),
            if doc_level { self.docs.to_string() } else { dash() },
            self.tables.to_string(),
            self.found.to_string(),
            report::ratio((self.tables > 0).then(|| self.found as f64 / self.tables as f64)),
            report::ratio(self.prf.precision()),
            report::ratio(self.prf.recall()),
            report::ratio(self.prf.f1()),
            report::ratio(mean),
            if doc_level { self.false_tables.to_string() } else { dash() },
            if doc_level { self.extra.to_string() } else { dash() },
        ]
    }
}

/// The section, or an empty string when no document names a producer or a table style.
pub fn render(docs: &[DocTables], held_out: Option<&str>) -> String {
    if !tagged(docs) {
        return String::new();
    }
    let held_out = held_out.filter(|h| !h.is_empty());
    let header = ["group", "name", "docs", "tables", "found", "recall", "P", "R", "F1", "mean F1", "false", "extra"];
    let mut out = String::from(
        "\ntables by producer, style and feature (found: >= half of a table's adjacency relations; P/R/F1: \
         micro relations; mean F1: per document, or per table for styles and features; false: tables output on \
         table-free documents; extra: unpaired tables elsewhere)\n",
    );
    if held_out.is_none() {
        out.push_str(&format!("held-out producer: none ({HELD_OUT_VAR} not set)\n"));
    }
    out.push_str(&report::table(&header, &rows(docs, held_out), 2));
    out
}

/// One line per truth table (`LEGAJO_EVAL_VERBOSE`): document, table number, style, shared /
/// output / truth relations and F1, so that the tables a change moves can be named.
pub fn render_tables(docs: &[(&str, &DocTables)]) -> String {
    let mut out = String::from("\nper table (document, table, style, shared/output/truth relations, F1)\n");
    for (name, d) in docs {
        for (i, ((style, _), p)) in d.tags.iter().zip(&d.detail.per_reference).enumerate() {
            let f1 = report::ratio(p.f1());
            out.push_str(&format!(
                "table {name} T{} {style:<24} {}/{}/{} {f1}\n",
                i + 1,
                p.matched,
                p.predicted,
                p.expected
            ));
        }
    }
    out
}

/// True when some document names a producer or a table style (the section has rows).
pub fn tagged(docs: &[DocTables]) -> bool {
    docs.iter().any(|d| !d.producer.is_empty() || d.tags.iter().any(|t| !t.0.is_empty()))
}

/// The rows of [`render`]'s table: per producer, held-out and held-in, TOTAL, per style, per
/// feature; each row `[group, name, docs, tables, found, recall, P, R, F1, mean F1, false, extra]`.
pub fn rows(docs: &[DocTables], held_out: Option<&str>) -> Vec<Vec<String>> {
    let mut producers: BTreeMap<String, Group> = BTreeMap::new();
    let mut styles: BTreeMap<String, Group> = BTreeMap::new();
    let mut features: BTreeMap<String, Group> = BTreeMap::new();
    let (mut all, mut held, mut rest) = (Group::default(), Group::default(), Group::default());
    let held_out = held_out.map(str::to_lowercase).filter(|h| !h.is_empty());
    for d in docs {
        all.add_doc(d);
        producers.entry(short_producer(&d.producer)).or_default().add_doc(d);
        if let Some(h) = &held_out {
            if d.producer.to_lowercase().contains(h.as_str()) {
                held.add_doc(d);
            } else {
                rest.add_doc(d);
            }
        }
        for ((style, feats), p) in d.tags.iter().zip(&d.detail.per_reference) {
            styles.entry(style.clone()).or_default().add_table(p);
            for f in feats {
                features.entry(f.clone()).or_default().add_table(p);
            }
        }
    }
    let mut rows = Vec::new();
    for (name, g) in &producers {
        rows.push(g.row("producer", name, true));
    }
    if let Some(h) = &held_out {
        rows.push(held.row("held-out", h, true));
        rows.push(rest.row("held-in", "others", true));
    }
    rows.push(all.row("TOTAL", "all", true));
    for (name, g) in &styles {
        rows.push(g.row("style", name, false));
    }
    for (name, g) in &features {
        rows.push(g.row("feature", name, false));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(producer: &str, styles: &[&str], per: &[(usize, usize, usize)], unpaired: usize) -> DocTables {
        let per_reference: Vec<Prf> =
            per.iter().map(|&(matched, predicted, expected)| Prf { matched, predicted, expected }).collect();
        let mut total = Prf::default();
        for p in &per_reference {
            total.add(*p);
        }
        total.predicted += unpaired * 4;
        DocTables {
            producer: producer.to_string(),
            table_free: styles.is_empty(),
            tags: styles.iter().map(|s| (s.to_string(), vec!["wrapped cells".to_string()])).collect(),
            detail: DocumentDetail { total, per_reference, unpaired_outputs: unpaired },
        }
    }

    #[test]
    fn groups_count_found_tables_and_false_tables() {
        let docs = vec![
            doc("pdfTeX (pdflatex)", &["booktabs", "zebra"], &[(10, 10, 10), (2, 10, 10)], 0),
            doc("groff tbl", &["zebra"], &[(5, 10, 10)], 1),
            doc("groff tbl", &[], &[], 2),
        ];
        let r = render(&docs, Some("GROFF"));
        let line = |start: &str| r.lines().find(|l| l.starts_with(start)).unwrap_or_default().to_string();
        let cells = |l: String| l.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        // producer pdftex: 1 doc, 2 tables, 1 found.
        let p = cells(line("producer  pdftex"));
        assert_eq!(&p[2..5], &["1", "2", "1"], "{r}");
        // groff: 2 docs, 1 table found (5 of 10 is half), 2 false tables, 1 extra.
        let g = cells(line("producer  groff"));
        assert_eq!((g[2].as_str(), g[4].as_str(), g[10].as_str(), g[11].as_str()), ("2", "1", "2", "1"), "{r}");
        assert_eq!(cells(line("held-out"))[2], "2");
        assert_eq!(cells(line("held-in"))[2], "1");
        let z = cells(line("style     zebra"));
        assert_eq!(&z[3..5], &["2", "1"], "{r}");
        assert!(line("feature").contains("wrapped cells"));
        assert!(render(&[DocTables::default()], None).is_empty());
    }
}
