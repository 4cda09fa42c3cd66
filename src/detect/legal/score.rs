//! Scoring the detector against labelled data.
//!
//! In: a JSON-lines file, one object per text: `{"id": …, "text": …, "mentions":
//! [{"canonical": …, "type": …, "text": …}, …]}` (each line is scored as a document of
//! one text). Out: a [`Report`] with true/false positives and false negatives per norm
//! type — a found mention counts when its `(canonical, type)` pair is expected in that
//! text — plus how many matched mentions also have the expected surface text, and the
//! list of disagreements for inspection.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

/// Counts for one norm type (or all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Found and expected.
    pub tp: usize,
    /// Found, not expected.
    pub fp: usize,
    /// Expected, not found.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); 1 when nothing was found.
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }

    /// tp / (tp + fn); 1 when nothing was expected.
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// The result of scoring one labelled file.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Number of texts.
    pub texts: usize,
    /// Counts per norm type id.
    pub per_type: BTreeMap<String, Counts>,
    /// Counts over all types.
    pub total: Counts,
    /// Matched mentions whose surface text equals the expected one.
    pub surface_exact: usize,
    /// One line per disagreement: `id: missed|extra type canonical «text»`.
    pub disagreements: Vec<String>,
}

impl Report {
    /// A plain-text table: one row per type, then the total.
    pub fn table(&self) -> String {
        let mut s = format!("{:<42} {:>4} {:>4} {:>4} {:>9} {:>7}\n", "type", "tp", "fp", "fn", "precision", "recall");
        let row = |name: &str, c: &Counts| {
            format!("{:<42} {:>4} {:>4} {:>4} {:>9.3} {:>7.3}\n", name, c.tp, c.fp, c.fn_, c.precision(), c.recall())
        };
        for (t, c) in &self.per_type {
            s.push_str(&row(t, c));
        }
        s.push_str(&row("ALL", &self.total));
        s.push_str(&format!(
            "texts: {}; matched mentions with the expected surface text: {}/{}\n",
            self.texts, self.surface_exact, self.total.tp
        ));
        s
    }
}

/// Why a labelled file could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum ScoreError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line is not a labelled text.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// The parser's message.
        message: String,
    },
}

#[derive(Debug, Deserialize)]
struct Labelled {
    #[serde(default)]
    id: String,
    text: String,
    #[serde(default)]
    mentions: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
struct Expected {
    canonical: String,
    #[serde(rename = "type")]
    norm_type: String,
    #[serde(default)]
    text: String,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores the detector on the labelled JSON-lines file at `path`.
pub fn evaluate(path: &Path) -> Result<Report, ScoreError> {
    let shown = path.display().to_string();
    let data = std::fs::read_to_string(path).map_err(|source| ScoreError::Io { path: shown.clone(), source })?;
    let mut rep = Report::default();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item: Labelled = serde_json::from_str(line).map_err(|e| ScoreError::Parse {
            path: shown.clone(),
            line: i + 1,
            message: e.to_string(),
        })?;
        score_one(&item, &mut rep);
    }
    Ok(rep)
}

fn score_one(item: &Labelled, rep: &mut Report) {
    rep.texts += 1;
    let found = super::find(&item.text);
    let mut open: Vec<Option<&Expected>> = item.mentions.iter().map(Some).collect();
    for m in &found {
        let hit = open
            .iter_mut()
            .filter(|e| e.is_some_and(|e| e.canonical == m.canonical && e.norm_type == m.norm_type))
            .min_by_key(|e| usize::from(e.is_some_and(|e| squash(&e.text) != squash(&m.text))));
        let c = rep.per_type.entry(m.norm_type.clone()).or_default();
        match hit {
            Some(slot) => {
                c.tp += 1;
                rep.total.tp += 1;
                if slot.is_some_and(|e| squash(&e.text) == squash(&m.text)) {
                    rep.surface_exact += 1;
                }
                *slot = None;
            }
            None => {
                c.fp += 1;
                rep.total.fp += 1;
                rep.disagreements.push(format!("{}: extra {} {} «{}»", item.id, m.norm_type, m.canonical, m.text));
            }
        }
    }
    for e in open.into_iter().flatten() {
        rep.per_type.entry(e.norm_type.clone()).or_default().fn_ += 1;
        rep.total.fn_ += 1;
        rep.disagreements.push(format!("{}: missed {} {} «{}»", item.id, e.norm_type, e.canonical, e.text));
    }
}
