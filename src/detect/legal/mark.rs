//! References shown in the text (`legajo text --mark`).
//!
//! In: a finished [`Record`]. Out: what `legajo text` prints, with every legal reference
//! marked in place as `[surface]{canonical}` and every short form as `[surface]{→ antecedent}`
//! (`{→ ?}` when it has none). Several ids on one span (a range's interior numbers) are
//! joined with `; `; a mention inside another (the law inside `Reglamento de la Ley N° …`)
//! is marked inside it. The detector runs again on the same block texts the pipeline gives
//! it, so the marks sit exactly on the spans the record reports.

use crate::model::Record;

/// One mark: character span and label.
struct Mark {
    start: usize,
    end: usize,
    label: String,
}

/// `text` with its marks inserted (spans in characters; crossing spans are left out).
fn marked(text: &str, mut marks: Vec<Mark>) -> String {
    // Identical spans become one mark with all their labels.
    marks.sort_by_key(|a| (a.start, std::cmp::Reverse(a.end)));
    let mut merged: Vec<Mark> = Vec::new();
    for m in marks {
        match merged.last_mut() {
            Some(l) if l.start == m.start && l.end == m.end => {
                if !l.label.split("; ").any(|x| x == m.label) {
                    l.label.push_str("; ");
                    l.label.push_str(&m.label);
                }
            }
            _ => merged.push(m),
        }
    }
    // Keep properly nested marks only.
    let mut kept: Vec<Mark> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for m in merged {
        while open.last().is_some_and(|&e| e <= m.start) {
            open.pop();
        }
        if open.last().is_some_and(|&e| m.end > e) {
            continue;
        }
        open.push(m.end);
        kept.push(m);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut opens: Vec<Vec<usize>> = vec![Vec::new(); chars.len() + 1];
    let mut closes: Vec<Vec<usize>> = vec![Vec::new(); chars.len() + 1];
    for (k, m) in kept.iter().enumerate() {
        if m.start < m.end && m.end <= chars.len() {
            opens[m.start].push(k);
            closes[m.end].push(k);
        }
    }
    let mut out = String::with_capacity(text.len() + kept.len() * 24);
    for i in 0..=chars.len() {
        // Inner marks close first (they were opened last).
        for &k in closes[i].iter().rev() {
            out.push_str("]{");
            out.push_str(&kept[k].label);
            out.push('}');
        }
        for _ in &opens[i] {
            out.push('[');
        }
        if let Some(c) = chars.get(i) {
            out.push(*c);
        }
    }
    out
}

/// The text of a record as `legajo text` prints it, with the references marked.
pub fn render(rec: &Record) -> String {
    let blocks: Vec<&str> =
        rec.pages.iter().flat_map(|p| &p.blocks).filter(|b| !b.kind.is_furniture()).map(|b| b.text.as_str()).collect();
    let analysis = super::analyse(&blocks);
    let mut out = String::new();
    for (i, text) in blocks.iter().enumerate() {
        if text.is_empty() {
            continue;
        }
        let mut marks: Vec<Mark> = analysis.mentions[i]
            .iter()
            .map(|m| Mark { start: m.start, end: m.end, label: m.canonical.clone() })
            .collect();
        marks.extend(analysis.short_forms[i].iter().map(|s| Mark {
            start: s.start,
            end: s.end,
            label: format!("→ {}", s.antecedent.as_deref().unwrap_or("?")),
        }));
        out.push_str(&marked(text, marks));
        out.push_str("\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_nest_and_merge() {
        let m = |s, e, l: &str| Mark { start: s, end: e, label: l.into() };
        assert_eq!(marked("ab cd ef", vec![m(0, 5, "x"), m(3, 5, "y")]), "[ab [cd]{y}]{x} ef");
        assert_eq!(marked("ab cd", vec![m(3, 5, "a"), m(3, 5, "b")]), "ab [cd]{a; b}");
        assert_eq!(marked("abcdef", vec![m(0, 3, "a"), m(2, 5, "b")]), "[abc]{a}def");
    }

    #[test]
    fn a_document_is_marked_with_ids_and_antecedents() {
        let texts = ["La Ley N° 27444 rige.", "El artículo 5 de la citada Ley exige motivar."];
        let a = super::super::analyse(&texts);
        let first: Vec<Mark> =
            a.mentions[0].iter().map(|m| Mark { start: m.start, end: m.end, label: m.canonical.clone() }).collect();
        assert_eq!(marked(texts[0], first), "La [Ley N° 27444]{pe:ley:27444} rige.");
        let s = &a.short_forms[1];
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].antecedent.as_deref(), Some("pe:ley:27444"));
    }
}
