//! Number signs (`N°`, `Nº`, `No.`): one list for every stage of the table finder.
//!
//! In: one word. Out: whether it is a number sign, the abbreviation that stands for "number"
//! before an identifier (`Ley N° 27444`, `Anexo N° 2`) or alone over a column of numbers.

/// Number signs, lower-cased: `N°` with the degree sign or the masculine ordinal, with or
/// without a point, `No.`, `Nr.`, `Nro.`, `Núm.` and `#`.
const NUMBER_SIGNS: &[&str] = &["n°", "nº", "n.°", "n.º", "no.", "nr.", "nro.", "núm.", "#"];

/// True when `word` is a number sign (any letter case).
pub(crate) fn is_number_sign(word: &str) -> bool {
    // Compared char by char, lower-cased on the fly: no string is built for the words of
    // every table row.
    word.len() <= 6 && NUMBER_SIGNS.iter().any(|s| s.chars().eq(word.chars().flat_map(char::to_lowercase)))
}

#[cfg(test)]
mod tests {
    use super::is_number_sign;

    #[test]
    fn number_signs_in_any_case() {
        for s in ["N°", "Nº", "n°", "N.°", "N.º", "No.", "NO.", "Nr.", "Nro.", "Núm.", "#"] {
            assert!(is_number_sign(s), "{s}");
        }
        for s in ["No", "N", "Nota", "°", "Nro", "núm"] {
            assert!(!is_number_sign(s), "{s}");
        }
    }
}
