//! Digit-group separators in recognised tables: one table writes its thousands one way.
//!
//! In: the cells of a table found on recognised pages. Out: the same cells where a number
//! whose groups are set apart by a mix of `.` and `,` (`219.700,000` beside `6,827,917`)
//! takes the separator the table's other numbers use, and a space the engine put inside
//! a number after a separator (`9,690, 103`) is removed. A period and a comma differ by a
//! few pixels of a scan; a number with every group of three digits and both signs is no
//! well-formed number in any convention, so the table's own usage decides. Numbers with a
//! decimal part (a last group of other than three digits) are left as they are.

/// Numbers written with one separator repeated (`1,234,567`) a table needs, at least,
/// to say which separator it groups digits with.
pub const MIN_EVIDENCE: usize = 2;
/// Share of those numbers that must use the same separator.
pub const MIN_SHARE: f32 = 0.8;

/// The groups of digits and the separators between them, when `s` (spaces removed) is a
/// number of groups: one to three digits, then groups of three, each after `.` or `,`.
fn groups(s: &str) -> Option<(Vec<&str>, Vec<char>)> {
    let mut parts = Vec::new();
    let mut seps = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == '.' || c == ',' {
            parts.push(&s[start..i]);
            seps.push(c);
            start = i + 1;
        } else if !c.is_ascii_digit() {
            return None;
        }
    }
    parts.push(&s[start..]);
    let first_ok = parts.first().is_some_and(|p| (1..=3).contains(&p.len()));
    (first_ok && !seps.is_empty() && parts[1..].iter().all(|p| p.len() == 3)).then_some((parts, seps))
}

/// The number inside `cell` without its spaces, with any sign or brackets around it, when
/// the cell is one such number.
fn split_cell(cell: &str) -> Option<(&str, String, &str)> {
    let t = cell.trim();
    let a = t.find(|c: char| c.is_ascii_digit())?;
    let b = t.rfind(|c: char| c.is_ascii_digit())? + 1;
    let (pre, core, post) = (&t[..a], &t[a..b], &t[b..]);
    if pre.chars().any(char::is_alphanumeric) || post.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some((pre, core.chars().filter(|c| !c.is_whitespace()).collect(), post))
}

/// The separator `rows` group digits with: the one most numbers repeating a single
/// separator use, when enough do ([`MIN_EVIDENCE`], [`MIN_SHARE`]).
fn table_separator(rows: &[Vec<String>]) -> Option<char> {
    let (mut commas, mut periods) = (0usize, 0usize);
    for cell in rows.iter().flatten() {
        let Some((_, core, _)) = split_cell(cell) else { continue };
        let Some((_, seps)) = groups(&core) else { continue };
        if seps.len() < 2 {
            continue;
        }
        if seps.iter().all(|&c| c == ',') {
            commas += 1;
        } else if seps.iter().all(|&c| c == '.') {
            periods += 1;
        }
    }
    let total = commas + periods;
    if total < MIN_EVIDENCE {
        return None;
    }
    let (sep, n) = if commas >= periods { (',', commas) } else { ('.', periods) };
    (n as f32 >= MIN_SHARE * total as f32).then_some(sep)
}

/// Puts right the numbers of a recognised table (see the module docs). Returns how many
/// cells changed.
pub fn fix_table(rows: &mut [Vec<String>]) -> usize {
    let sep = table_separator(rows);
    let mut changed = 0;
    for cell in rows.iter_mut().flatten() {
        let Some((pre, core, post)) = split_cell(cell) else { continue };
        let Some((parts, seps)) = groups(&core) else { continue };
        let mixed = seps.iter().any(|&c| c != seps[0]);
        let core = match sep {
            Some(s) if mixed => parts.join(&s.to_string()),
            _ => core,
        };
        let fixed = format!("{pre}{core}{post}");
        if fixed != *cell {
            *cell = fixed;
            changed += 1;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(cells: &[&[&str]]) -> Vec<Vec<String>> {
        cells.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
    }

    #[test]
    fn a_mixed_separator_takes_the_table_s_own() {
        let mut t = rows(&[
            &["Región", "2012", "2013"],
            &["Lima", "6,827,917", "219.700,000"],
            &["Junín", "9,690, 103", "(35.258,133)"],
            &["Total", "12,303,064", "1.5"],
        ]);
        assert_eq!(fix_table(&mut t), 3);
        assert_eq!(t[1][2], "219,700,000");
        assert_eq!(t[2][1], "9,690,103");
        assert_eq!(t[2][2], "(35,258,133)");
        // Words, years and decimals are left alone.
        assert_eq!((t[0][1].as_str(), t[3][2].as_str(), t[2][0].as_str()), ("2012", "1.5", "Junín"));
    }

    #[test]
    fn without_evidence_nothing_is_changed() {
        // One grouped number only, or as many of each kind: no separator is the table's.
        let mut t = rows(&[&["1,234,567", "219.700,000"]]);
        assert_eq!(fix_table(&mut t), 0);
        let mut t = rows(&[&["1,234,567", "7.654.321", "2,345,678", "8.765.432", "219.700,000"]]);
        assert_eq!(fix_table(&mut t), 0);
        // Decimal parts (a last group not of three digits) are no groups.
        let mut t = rows(&[&["1,234,567", "2,345,678", "1.234,56"]]);
        assert_eq!(fix_table(&mut t), 0);
    }
}
