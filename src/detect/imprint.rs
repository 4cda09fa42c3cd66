//! The imprint of a thesis or report: the place and date of its front matter
//! (`Lima, marzo de 2019`, `Arequipa – 2018`, `Cusco, 12 de julio del 2021`).
//!
//! In: the first blocks of the document (its first two pages, at most [`FRONT_BLOCKS`]
//! blocks). Out: `metadata.place`, `metadata.year` (when the title page did not give them)
//! and `metadata.date` (`2019-03`, or `2018` without a month), from the first block that is
//! a place and a date and nothing else.

use std::sync::LazyLock;

use crate::re::Regex;

use super::{Anchor, Detector, Document, Location, Outputs};

/// Blocks of the front matter looked at.
const FRONT_BLOCKS: usize = 40;

/// Longest place name, in characters (a sentence is not a place).
const PLACE_MAX: usize = 40;

static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{L} ]*?\p{L})\s*(?P<sep>[,–—-]\s*(?:Perú|PERÚ|Peru)\s*)?(?P<sep2>[,–—-])?\s*(?:(?P<day>\d{1,2})\s+de\s+)?(?:(?P<month>(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|setiembre|septiembre|octubre|noviembre|diciembre))\s+(?i:del?\s+)?)?(?P<year>(?:19|20)\d\d)\.?$",
    )
    .expect("static regex")
});

/// A place and date found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imprint {
    /// Place as written (`Lima`).
    pub place: String,
    /// Year.
    pub year: u16,
    /// Month 1–12, when written.
    pub month: Option<u8>,
}

/// The imprint a block's whole text is, if it is one.
pub fn imprint(text: &str) -> Option<Imprint> {
    let c = IMPRINT.captures(text.trim())?;
    let place = c.name("place")?.as_str().trim();
    if place.chars().count() > PLACE_MAX || place.split_whitespace().count() > 4 {
        return None;
    }
    // A month is not a place (`Marzo de 2019`); without a comma, dash or month between them,
    // words and a year are a title (`Memoria Anual 2019`), not an imprint.
    let first = place.split_whitespace().next().unwrap_or("").to_lowercase();
    if super::spanish_month(&first).is_some() {
        return None;
    }
    if c.name("sep").is_none() && c.name("sep2").is_none() && c.name("month").is_none() {
        return None;
    }
    let month = c.name("month").and_then(|m| super::spanish_month(&m.as_str().to_lowercase()));
    Some(Imprint { place: place.to_string(), year: c.name("year")?.as_str().parse().ok()?, month })
}

/// Place and date of the front matter.
pub struct Imprints;

impl Detector for Imprints {
    type Finding = Imprint;
    const NAME: &'static str = "imprint";

    fn find(&self, doc: &Document) -> Vec<(Anchor, Imprint)> {
        let front = doc.texts.iter().enumerate().take(FRONT_BLOCKS).filter(|(_, t)| t.page <= 2);
        front
            .filter_map(|(i, t)| {
                let found = imprint(t.text)?;
                Some((Anchor { text: i, start: 0, end: t.text.chars().count() }, found))
            })
            .take(1)
            .collect()
    }

    fn record(&self, found: Vec<(Location, Imprint)>, out: &mut Outputs) {
        let Some((_, imp)) = found.into_iter().next() else { return };
        let meta = &mut *out.metadata;
        if meta.place.is_none() {
            meta.place = Some(imp.place);
            meta.sources.insert("place".into(), "front_matter".into());
        }
        if meta.year.is_none() {
            meta.year = Some(imp.year);
            meta.sources.insert("year".into(), "front_matter".into());
        }
        meta.date = Some(match imp.month {
            Some(m) => format!("{}-{m:02}", imp.year),
            None => imp.year.to_string(),
        });
        meta.sources.insert("date".into(), "front_matter".into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imprints_and_not() {
        let got = imprint("Arequipa, marzo de 2019").unwrap();
        assert_eq!(got, Imprint { place: "Arequipa".into(), year: 2019, month: Some(3) });
        let got = imprint("Lima – Perú, setiembre del 2020.").unwrap();
        assert_eq!((got.place.as_str(), got.month), ("Lima", Some(9)));
        assert_eq!(imprint("Cusco, 12 de julio de 2021").map(|i| i.month), Some(Some(7)));
        assert_eq!(imprint("LIMA - PERÚ 2018").map(|i| (i.place, i.month)), Some(("LIMA".into(), None)));
        for no in [
            "Ley N° 27444 de 2001",
            "La investigación se realizó en la ciudad de Lima durante 2019",
            "Lima, marzo de 2019, se inició el proceso",
            "lima 2019",
            "Memoria Anual 2019",
            "Marzo de 2019",
            "Diciembre, 2019",
        ] {
            assert_eq!(imprint(no), None, "{no}");
        }
    }
}
