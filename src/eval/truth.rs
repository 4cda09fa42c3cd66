//! Ground-truth files (`*.truth.json`, format in `../shared/corpus/seeds/README.md`).
//!
//! In: the JSON text of one truth file. Out: a [`Truth`] with the content a reader must get
//! (title block, headings, paragraphs, footnotes, tables as cell grids) and the page
//! furniture that must not appear in body text; plus [`Truth::as_text`], the truth rendered
//! as the text a perfect extractor would print, which the self-test scores against itself.
//! Unknown fields are ignored and missing ones are empty, so a truth file written by another
//! tool with fewer fields still loads.

use serde::Deserialize;

use crate::model::{MergedCell, Table};

/// One truth file.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct Truth {
    /// Physical pages of the PDF.
    pub pages: u32,
    /// Title of the work (title page or first lines).
    pub title: Option<String>,
    /// Subtitle.
    pub subtitle: Option<String>,
    /// Author line(s) as printed.
    #[serde(deserialize_with = "string_or_list")]
    pub author: Vec<String>,
    /// Other lines of the title block ("Lima, 2018").
    #[serde(deserialize_with = "string_or_list")]
    pub front_matter: Vec<String>,
    /// Body paragraphs (list items included) in reading order, de-hyphenated.
    pub paragraphs: Vec<String>,
    /// Start page of each paragraph.
    pub paragraph_pages: Vec<u32>,
    /// Heading texts in order.
    pub headings: Vec<String>,
    /// Footnotes.
    pub footnotes: Vec<TruthFootnote>,
    /// Tables as cell grids.
    pub tables: Vec<TruthTable>,
    /// Every distinct running header/footer string.
    pub headers_footers: Vec<String>,
    /// Typed reading order (used only to interleave headings, paragraphs and tables in
    /// [`Truth::as_text`]).
    pub blocks: Vec<TruthBlock>,
    /// The program that typeset the document (table zoo), e.g. `pdfTeX (pdflatex)`.
    pub producer: Option<String>,
    /// The document has no table on purpose (table zoo): any table found is a false table.
    pub table_free: bool,
}

/// A footnote of the truth.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct TruthFootnote {
    /// Printed number.
    pub number: u32,
    /// Text without the mark.
    pub text: String,
    /// Page it is printed on.
    pub page: u32,
}

/// A table of the truth.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct TruthTable {
    /// Identifier in the truth file.
    pub id: String,
    /// First page.
    pub page: u32,
    /// First and last page (`[0, 0]` when the file does not say: then `page` is used).
    pub pages: [u32; 2],
    /// Caption line printed with the table.
    pub caption: Option<String>,
    /// Header rows (counted once).
    pub header_rows: usize,
    /// Cell texts; a merged cell's text is in its first cell, covered cells are `""`.
    pub rows: Vec<Vec<String>>,
    /// Spanning cells.
    pub merged_cells: Vec<TruthMerged>,
    /// Notes under the table.
    pub notes: Vec<String>,
    /// How the table is drawn (table zoo), e.g. `booktabs (horizontal rules only)`.
    pub style: Option<String>,
    /// What is special about it (table zoo), e.g. `wrapped cells`, `merged cells`.
    pub features: Vec<String>,
}

/// A spanning cell of the truth (`rowspan` defaults to 1).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct TruthMerged {
    /// Row of the top-left cell.
    pub row: usize,
    /// Column of the top-left cell.
    pub col: usize,
    /// Rows covered.
    #[serde(default = "one")]
    pub rowspan: usize,
    /// Columns covered.
    #[serde(default = "one")]
    pub colspan: usize,
}

fn one() -> usize {
    1
}

/// One entry of the typed reading order.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct TruthBlock {
    /// `heading`, `paragraph`, `list_item` or `table`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Index into `tables` for a table block.
    pub index: Option<usize>,
    /// A paragraph's text with `[^N]` where footnote N is referenced.
    pub text_with_refs: Option<String>,
}

fn string_or_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(match v {
        serde_json::Value::String(s) => vec![s],
        serde_json::Value::Array(items) => items.into_iter().filter_map(|i| i.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    })
}

impl Truth {
    /// Parses a truth file.
    pub fn parse(json: &str) -> Result<Truth, String> {
        serde_json::from_str(json).map_err(|e| format!("not a truth file: {e}"))
    }

    /// Every content string a reader must get, one per unit: title block lines, headings,
    /// paragraphs, table captions, cells and notes, footnotes. The word-F1 reference.
    pub fn content_units(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        out.extend(self.title.as_deref());
        out.extend(self.subtitle.as_deref());
        out.extend(self.author.iter().map(String::as_str));
        out.extend(self.front_matter.iter().map(String::as_str));
        out.extend(self.headings.iter().map(String::as_str));
        out.extend(self.paragraphs.iter().map(String::as_str));
        for t in &self.tables {
            out.extend(t.caption.as_deref());
            out.extend(t.rows.iter().flatten().map(String::as_str));
            out.extend(t.notes.iter().map(String::as_str));
        }
        out.extend(self.footnotes.iter().map(|f| f.text.as_str()));
        out
    }

    /// The truth as a perfect extractor would print it: title block, then headings,
    /// paragraphs and tables in the order of `blocks` (a table as caption, one line per row
    /// with cells separated by tabs, notes), then whatever `blocks` did not place, then the
    /// footnotes; one unit per line, a blank line between units. Its words are exactly those
    /// of [`Truth::content_units`].
    pub fn as_text(&self) -> String {
        let mut units: Vec<String> = Vec::new();
        units.extend(self.title.iter().cloned());
        units.extend(self.subtitle.iter().cloned());
        units.extend(self.author.iter().cloned());
        units.extend(self.front_matter.iter().cloned());
        let (mut h, mut p) = (0usize, 0usize);
        let mut table_done = vec![false; self.tables.len()];
        for b in &self.blocks {
            match b.kind.as_str() {
                "heading" => {
                    if let Some(s) = self.headings.get(h) {
                        units.push(s.clone());
                        h += 1;
                    }
                }
                "paragraph" | "list_item" => {
                    if let Some(s) = self.paragraphs.get(p) {
                        units.push(s.clone());
                        p += 1;
                    }
                }
                "table" => {
                    if let Some(i) = b.index.filter(|&i| i < self.tables.len() && !table_done[i]) {
                        table_done[i] = true;
                        units.push(table_text(&self.tables[i]));
                    }
                }
                _ => {}
            }
        }
        units.extend(self.headings.iter().skip(h).cloned());
        units.extend(self.paragraphs.iter().skip(p).cloned());
        for (t, done) in self.tables.iter().zip(&table_done) {
            if !done {
                units.push(table_text(t));
            }
        }
        units.extend(self.footnotes.iter().map(|f| f.text.clone()));
        let mut s = units.join("\n\n");
        s.push('\n');
        s
    }

    /// The truth tables in the model's form (for scoring the truth against itself).
    pub fn model_tables(&self) -> Vec<Table> {
        self.tables
            .iter()
            .enumerate()
            .map(|(i, t)| Table {
                id: format!("t{}", i + 1),
                page: t.page,
                pages: t.page_range(),
                bbox: None,
                caption: t.caption.clone(),
                notes: t.notes.clone(),
                header_rows: t.header_rows,
                rows: t.rows.clone(),
                merged_cells: t.model_merged(),
                method: "truth".to_string(),
            })
            .collect()
    }
}

impl TruthTable {
    /// First and last page, falling back on `page` when `pages` is missing.
    pub fn page_range(&self) -> [u32; 2] {
        if self.pages[0] == 0 {
            [self.page, self.page]
        } else {
            [self.pages[0], self.pages[1].max(self.pages[0])]
        }
    }

    /// The spanning cells in the model's form.
    pub fn model_merged(&self) -> Vec<MergedCell> {
        self.merged_cells
            .iter()
            .map(|m| MergedCell { row: m.row, col: m.col, rowspan: m.rowspan.max(1), colspan: m.colspan.max(1) })
            .collect()
    }
}

fn table_text(t: &TruthTable) -> String {
    let mut lines: Vec<String> = Vec::new();
    lines.extend(t.caption.iter().cloned());
    lines.extend(t.rows.iter().map(|r| r.join("\t")));
    lines.extend(t.notes.iter().cloned());
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{
        "pages": 2, "title": "Título", "author": ["A", "B"], "front_matter": ["Lima, 2018"],
        "paragraphs": ["Uno dos.", "Tres."], "headings": ["Intro"],
        "footnotes": [{"number": 1, "text": "Nota.", "page": 1}],
        "tables": [{"id": "x", "page": 2, "pages": [2, 2], "caption": "Cuadro 1",
                    "rows": [["a", "b"], ["c", ""]], "merged_cells": [{"row": 1, "col": 0, "colspan": 2}],
                    "notes": ["Fuente: yo"]}],
        "headers_footers": ["Cabecera", "Página 2 de 2"],
        "blocks": [{"type": "heading", "level": 1, "text": "Intro", "page": 1},
                   {"type": "paragraph", "text": "Uno dos.", "page": 1},
                   {"type": "table", "index": 0, "page": 2},
                   {"type": "paragraph", "text": "Tres.", "page": 2}],
        "unknown_field": 3
    }"#;

    #[test]
    fn parses_and_renders_in_block_order() {
        let t = Truth::parse(SMALL).unwrap();
        assert_eq!(t.author, vec!["A", "B"]);
        assert_eq!(t.tables[0].merged_cells[0].rowspan, 1);
        let text = t.as_text();
        let order: Vec<usize> = ["Título", "Intro", "Uno dos.", "Cuadro 1", "a\tb", "Fuente: yo", "Tres.", "Nota."]
            .iter()
            .map(|s| text.find(s).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    }

    #[test]
    fn author_may_be_a_string_and_fields_may_be_missing() {
        let t = Truth::parse(r#"{"author": "Una", "paragraphs": ["x"]}"#).unwrap();
        assert_eq!(t.author, vec!["Una"]);
        assert!(t.as_text().contains('x'));
        assert!(Truth::parse("3").is_err());
        assert!(Truth::parse("{").is_err());
    }

    #[test]
    fn page_range_falls_back_on_page() {
        let t = TruthTable { page: 4, ..Default::default() };
        assert_eq!(t.page_range(), [4, 4]);
    }
}
