//! Label | text lists: two columns that are a list, not a table.
//!
//! In: a candidate grid's cell texts. Out: whether its first column is a column of labels of
//! one pattern, a word and an identifier (`Abb. 1.6`, `Fig. 3b`, `Tabla 2`, `Anexo 4`), the
//! same word in every row. A list of figures, of picture credits or of annexes is set like
//! this: a label, then a line of text. Without a header over it, such a two-column grid is a
//! list; the identifiers are numbers, but they number the rows, they are not data.

use super::signs::is_number_sign;
use super::tuning::*;

/// The word of a label cell (`abb.` for `Abb. 1.6`), lower-cased, when the cell is a label:
/// a word of letters (a trailing `.` allowed) and a short identifier holding a digit
/// (digits, letters, `.`, `-`, `/`), optionally with a number sign (`N°`) between them.
fn label_word(cell: &str) -> Option<String> {
    let toks: Vec<&str> = cell.split_whitespace().collect();
    let (word, id) = match toks.as_slice() {
        [w, id] => (*w, *id),
        [w, sign, id] if is_number_sign(sign) => (*w, *id),
        _ => return None,
    };
    let core = word.strip_suffix('.').unwrap_or(word);
    let worded = !core.is_empty() && core.chars().all(char::is_alphabetic);
    let id_ok = id.chars().count() <= LABEL_ID_MAX_CHARS
        && id.chars().any(|c| c.is_ascii_digit())
        && id.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '/'));
    (worded && id_ok).then(|| core.to_lowercase())
}

/// The first column holds labels of one word and an identifier, the same word in each of at
/// least [`LABEL_MIN_CELLS`] non-empty cells (empty cells are continuation lines).
pub(crate) fn label_column(grid: &[Vec<String>]) -> bool {
    let firsts: Vec<&String> = grid.iter().filter_map(|r| r.first()).filter(|s| !s.is_empty()).collect();
    if firsts.len() < LABEL_MIN_CELLS {
        return false;
    }
    let words: Vec<Option<String>> = firsts.iter().map(|s| label_word(s)).collect();
    match words.first() {
        Some(Some(w)) => words.iter().all(|x| x.as_deref() == Some(w.as_str())),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
    }

    #[test]
    fn figure_labels_are_a_label_column() {
        let g = grid(&[
            &["Abb. 0.1a", "S2: Tom, tex.stackexchange.com/a/42865"],
            &["Abb. 1.6", "Stereographische Projektion: texample.net"],
            &["", "– Trivialer Knoten: commons.wikimedia.org"],
            &["Abb. 3.10", "Überlagerung von S1 mit R: Alex"],
        ]);
        assert!(label_column(&g));
        assert!(label_column(&grid(&[&["Anexo N° 1", "Actas"], &["Anexo N° 2", "Planos"], &["Anexo N° 3", "Fotos"]])));
    }

    #[test]
    fn data_columns_are_not_labels() {
        // Different words, amounts, plain names: a table's first column.
        assert!(!label_column(&grid(&[&["Lima 2017", "43,4"], &["Piura 2018", "60,5"], &["Cusco 2019", "12,1"]])));
        assert!(!label_column(&grid(&[&["S/ 1 200", "a"], &["S/ 300", "b"], &["S/ 45", "c"]])));
        assert!(!label_column(&grid(&[&["Salud", "610"], &["Educación", "953"], &["Vivienda", "12"]])));
        // Too few rows to call a list.
        assert!(!label_column(&grid(&[&["Abb. 1", "x"], &["Abb. 2", "y"]])));
    }
}
