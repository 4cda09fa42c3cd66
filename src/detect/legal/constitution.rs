//! The Constitution: `Constitución Política del Perú`, `Constitución de 1979`, `la Carta
//! Magna`, `Const. art. 2`, `la Constitución del Perú, promulgada en 1823`.
//!
//! In: a prepared text. Out: [`Cand`]idates with `pe:const:<year>` (1993 when no year is
//! given). Anaphora (`la mencionada Carta Magna`), other countries' constitutions
//! (`Constitución federal`, `Constitución de Cádiz`) and `constitución de una empresa` are
//! left out.

use super::canonical as canon;
use super::patterns::{gated, Gate};
use super::patterns::{
    CONST_ABBR, CONST_BARE, CONST_ELIDED_NEXT, CONST_FOREIGN, CONST_OF_PERU, CONST_OF_SOMETHING, CONST_PLURAL,
    CONST_PROMULGATED, CONST_TITLED, CONST_YEAR, FOREIGN_CONST_ADJ,
};
use super::{Cand, Kind};

fn cand(start: usize, end: usize, year: u16) -> Cand {
    let mut c = Cand::new(start, end, canon::CONST.id, canon::pe(canon::CONST, &year.to_string()), Kind::Constitution);
    c.year = Some(year);
    c
}

/// The year of the constitution in force of the States [`CONST_FOREIGN`] names (ISO code →
/// year): a present-tense reference to another State's constitution takes it, as `la
/// Constitución` takes 1993 for Peru (docs §6).
const IN_FORCE: &[(&str, u16)] = &[
    ("cl", 1980),
    ("ar", 1853),
    ("mx", 1917),
    ("co", 1991),
    ("es", 1978),
    ("ec", 2008),
    ("bo", 2009),
    ("br", 1988),
    ("uy", 1967),
    ("ve", 1999),
    ("py", 1992),
    ("cr", 1949),
];

/// Other States' constitutions (`Constitución Política de Colombia de 1991` → `co:const:1991`,
/// `la Constitución española` → `es:const:1978`): a foreign norm (docs §7, §10.5), keyed like
/// Peru's by its year — the one stated, else the year of the constitution in force.
fn foreign(text: &str) -> Vec<Cand> {
    // A word test first: the pattern is compiled and run only where a country word follows
    // the head word closely.
    let near_country = text.match_indices("onstituci").chain(text.match_indices("ONSTITUCI")).any(|(i, _)| {
        let mut to = (i + 80).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        super::intl::country_in(&text[i..to]).is_some()
    });
    if !near_country {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in CONST_FOREIGN.captures_iter(text) {
        let (Some(m), Some(word)) = (c.get(0), c.name("country").or_else(|| c.name("adj"))) else { continue };
        let Some(cc) = super::intl::country_in(word.as_str()) else { continue };
        let stated = c.name("year").and_then(|y| canon::year4(y.as_str()));
        let Some(year) = stated.or_else(|| IN_FORCE.iter().find(|(k, _)| *k == cc).map(|(_, y)| *y)) else { continue };
        let mut f =
            Cand::new(m.start(), m.end(), super::intl::EXTRANJERA, format!("{cc}:const:{year}"), Kind::International);
        f.year = stated;
        out.push(f);
    }
    out
}

/// Whether the text after a titled / bare mention names another state's constitution.
fn foreign_after(rest: &str) -> bool {
    let next: String = rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    if FOREIGN_CONST_ADJ.contains(&next.to_lowercase().as_str()) {
        return true;
    }
    CONST_OF_SOMETHING.is_match(rest) && !CONST_OF_PERU.is_match(rest) && !adverbial_de(rest)
}

/// Whether `rest` opens with an adverbial phrase in `de` (`de conformidad con`, `de acuerdo
/// con`, `de manera …`): not a complement of the noun, so no other state's constitution.
fn adverbial_de(rest: &str) -> bool {
    let mut w = rest.split_whitespace();
    w.next().is_some_and(|d| d.eq_ignore_ascii_case("de"))
        && w.next().is_some_and(|x| {
            matches!(x.to_lowercase().as_str(), "conformidad" | "acuerdo" | "manera" | "modo" | "forma")
        })
}

/// The participles [`CONST_PROMULGATED`] dates a constitution by.
const PROMULGATED: [&str; 5] = ["promulgada", "aprobada", "sancionada", "dada", "jurada"];

/// All Constitution candidates of a prepared text. Each pattern runs only on a text holding
/// a word all its matches hold ([`Gate`]): most texts name no constitution, and many
/// documents never write `Const.` or `Constituciones`.
pub fn find(text: &str) -> Vec<Cand> {
    let gate = Gate::new(text);
    let head = gate.has_ci("constituci");
    let mut out: Vec<Cand> = foreign(text);
    let year = head || gate.has_ci("carta");
    for c in gated(&CONST_YEAR, text, year) {
        let (Some(m), Some(y)) = (c.get(0), c.name("year")) else { continue };
        if out.iter().any(|o| o.start < m.end() && m.start() < o.end) {
            continue;
        }
        if let Some(year) = canon::year4(y.as_str()) {
            out.push(cand(m.start(), m.end(), year));
        }
    }
    let promulgated = head && PROMULGATED.iter().any(|w| gate.has_ci(w));
    for c in gated(&CONST_PROMULGATED, text, promulgated) {
        let (Some(m), Some(y)) = (c.name("name"), c.name("year")) else { continue };
        if out.iter().any(|o| o.start < m.end() && m.start() < o.end) {
            continue;
        }
        if let Some(year) = canon::year4(y.as_str()) {
            out.push(cand(m.start(), m.end(), year));
        }
    }
    let titled = head && gate.has_ci("pol");
    for c in gated(&CONST_TITLED, text, titled) {
        let Some(m) = c.get(0) else { continue };
        if out.iter().any(|o| o.start < m.end() && m.start() < o.end) {
            continue;
        }
        let year = c.name("year").and_then(|y| canon::year4(y.as_str())).unwrap_or(1993);
        if c.name("year").is_none() && m.as_str().split(' ').count() == 2 && foreign_after(&text[m.end()..]) {
            continue;
        }
        out.push(cand(m.start(), m.end(), year));
    }
    let bare = gate.has("Constituci") || gate.has("CONSTITUCI") || gate.has("Carta ");
    for c in gated(&CONST_BARE, text, bare) {
        let Some(m) = c.name("name") else { continue };
        if out.iter().any(|o| o.start < m.end() && m.start() < o.end) {
            continue;
        }
        let rest = &text[m.end()..];
        if foreign_after(rest) || canon::fold(rest).trim_start().starts_with("politica") {
            continue;
        }
        out.push(cand(m.start(), m.end(), 1993));
    }
    for c in gated(&CONST_ABBR, text, gate.has("Const.")) {
        let Some(m) = c.name("name").or_else(|| c.name("det")) else { continue };
        if out.iter().any(|o| o.start < m.end() && m.start() < o.end) {
            continue;
        }
        out.push(cand(m.start(), m.end(), 1993));
    }
    let plural = gate.has_ci("constituciones");
    for c in gated(&CONST_PLURAL, text, plural) {
        let (Some(m), Some(ys)) = (c.get(0), c.name("years")) else { continue };
        let bytes = ys.as_str().as_bytes();
        // The years are the four-digit runs of the group.
        let starts =
            (0..bytes.len()).filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()));
        for (k, at) in starts.enumerate() {
            let y_start = ys.start() + at;
            let Some(year) = text.get(y_start..y_start + 4).and_then(canon::year4) else { continue };
            out.push(cand(if k == 0 { m.start() } else { y_start }, y_start + 4, year));
        }
    }
    // `la Constitución de 1933 y la de 1979`: the elided head of the second.
    let mut k = 0;
    while k < out.len() {
        let end = out[k].end;
        if !out[k].canonical.starts_with("pe:") {
            k += 1;
            continue;
        }
        if let Some(c) = CONST_ELIDED_NEXT.captures(&text[end..]) {
            if let Some(y) = c.name("year") {
                let (s, e) = (end + y.start(), end + y.end());
                if let Some(year) = canon::year4(y.as_str()) {
                    if !out.iter().any(|o| o.start < e && s < o.end) {
                        out.push(cand(s, e, year));
                    }
                }
            }
        }
        k += 1;
    }
    out.sort_by_key(|c| c.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("el artículo 192 de la Constitución Política del Perú", &["pe:const:1993"]),
            ("la Constitución de 1979 y la Constitución Bolivariana de 1826", &["pe:const:1979", "pe:const:1826"]),
            ("conforme a la Constitución, el Presidente", &["pe:const:1993"]),
            ("CONSTITUCIÓN POLÍTICA DEL PERÚ", &["pe:const:1993"]),
            ("La primera Constitución del Perú, promulgada en 1823, adoptó", &["pe:const:1823"]),
            ("la Constitución Política, aprobada el 29 de diciembre de 1993", &["pe:const:1993"]),
            ("nuestra Carta Magna y la mencionada Carta Magna", &["pe:const:1993"]),
            ("(Const. art. 104)", &["pe:const:1993"]),
            ("el art. 2, inc. 20 de la Const.", &["pe:const:1993"]),
            ("la Constitución Política de 1933 y la de 1979", &["pe:const:1933", "pe:const:1979"]),
            ("tanto la Carta de 1979 como la de 1993", &["pe:const:1979", "pe:const:1993"]),
            ("las Constituciones de 1979 y 1993", &["pe:const:1979", "pe:const:1993"]),
            ("la Constitución de 1993 y la del Estado", &["pe:const:1993"]),
            ("su Constitución federal", &[]),
            ("la Constitución federal de los Estados", &[]),
            ("la Constitución de Cádiz", &[]),
            ("la constitución de una empresa", &[]),
            ("el Tribunal Constitucional y el orden constitucional", &[]),
            ("la Constitución Política de Colombia", &["co:const:1991"]),
            ("la Constitución Política de Colombia de 1886", &["co:const:1886"]),
            ("la Constitución Política de la República de Chile", &["cl:const:1980"]),
            ("la Constitución española y la Constitución del Perú", &["es:const:1978", "pe:const:1993"]),
            ("la Constitución Española de 1978", &["es:const:1978"]),
            ("la Constitución de la Nación Argentina", &["ar:const:1853"]),
            ("la Constitución de Bolivia de 2009", &["bo:const:2009"]),
            ("interpretar la Constitución de conformidad con los tratados", &["pe:const:1993"]),
            ("leer la Carta Magna de acuerdo con la ley", &["pe:const:1993"]),
            ("la Constitución de manera sistemática", &["pe:const:1993"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = find(text).into_iter().map(|c| c.canonical).collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
