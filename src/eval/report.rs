//! Plain-text report tables.
//!
//! In: a header and rows of already formatted cells. Out: the table as aligned text (first
//! column left-aligned, the others right-aligned, two spaces between columns), plus the
//! number formats every evaluation table uses.

/// Formats a ratio with three decimals, `–` when undefined.
pub fn ratio(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| format!("{v:.3}"))
}

/// `legajo/pdftotext` for two already formatted figures; the legajo figure alone when
/// pdftotext is not in the run.
pub fn pair(ours: String, theirs: Option<String>) -> String {
    match theirs {
        Some(t) => format!("{ours}/{t}"),
        None => ours,
    }
}

/// Lays out `rows` under `header` as aligned columns: the first `left` columns
/// left-aligned (names), the others right-aligned (figures).
pub fn table(header: &[&str], rows: &[Vec<String>], left: usize) -> String {
    let cols = header.len().max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let cell = |r: &[String], i: usize| r.get(i).map_or("", String::as_str).to_string();
    let head: Vec<String> = header.iter().map(|s| s.to_string()).collect();
    let mut widths = vec![0usize; cols];
    for r in std::iter::once(&head).chain(rows) {
        for (i, w) in widths.iter_mut().enumerate() {
            *w = (*w).max(cell(r, i).chars().count());
        }
    }
    let line = |r: &[String]| {
        let mut s = String::new();
        for (i, w) in widths.iter().enumerate() {
            let c = cell(r, i);
            let pad = " ".repeat(w.saturating_sub(c.chars().count()));
            if i > 0 {
                s.push_str("  ");
            }
            if i < left {
                s.push_str(&c);
                s.push_str(&pad);
            } else {
                s.push_str(&pad);
                s.push_str(&c);
            }
        }
        s.trim_end().to_string()
    };
    let mut out = line(&head);
    out.push('\n');
    let total: usize = widths.iter().sum::<usize>() + 2 * cols.saturating_sub(1);
    out.push_str(&"-".repeat(total));
    out.push('\n');
    for r in rows {
        out.push_str(&line(r));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_columns() {
        let t = table(&["doc", "F1"], &[vec!["a".into(), "0.5".into()], vec!["long name".into(), "1".into()]], 1);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0], "doc         F1");
        assert_eq!(lines[1], "--------------");
        assert_eq!(lines[2], "a          0.5");
        assert_eq!(lines[3], "long name    1");
        let t = table(&["a", "b"], &[vec!["x".into(), "y".into()]], 2);
        assert_eq!(t.lines().nth(2), Some("x  y"));
    }

    #[test]
    fn formats_figures() {
        assert_eq!(ratio(Some(2.0 / 3.0)), "0.667");
        assert_eq!(ratio(None), "–");
        assert_eq!(pair("1".into(), Some("2".into())), "1/2");
        assert_eq!(pair("1".into(), None), "1");
    }
}
