//! The legal-reference detector on the [`Detector`] contract.
//!
//! In: the document's block texts. Out: one [`LegalReference`] per norm mentioned (canonical
//! id, type, number, year, issuer, article and its sub-unit, surface text), located, and,
//! apart, one [`ShortFormReference`] per short form (`la citada Ley`) with its antecedent.
//! The finding itself is [`legal::analyse`]'s; this file only connects it.

use super::legal::{self, shortforms::ShortForm, Mention};
use super::{Anchor, Detector, Document, Location, Outputs};
use crate::model::{LegalReference, ShortFormReference};

/// A full mention, or a short form with the index (among this detector's mentions, in order)
/// of its antecedent mention.
pub enum LegalFinding {
    /// A full mention.
    Mention(Mention),
    /// A short form.
    Short(ShortForm, Option<usize>),
}

/// Mentions of legal norms ([`legal`]).
pub struct LegalReferences;

impl Detector for LegalReferences {
    type Finding = LegalFinding;
    const NAME: &'static str = "legal_references";

    fn find(&self, doc: &Document) -> Vec<(Anchor, LegalFinding)> {
        let texts: Vec<&str> = doc.texts.iter().map(|t| t.text).collect();
        let found = legal::analyse(&texts);
        let mut out = Vec::new();
        let mut first_of = Vec::with_capacity(texts.len());
        let mut count = 0;
        for (text, mentions) in found.mentions.into_iter().enumerate() {
            first_of.push(count);
            count += mentions.len();
            out.extend(
                mentions.into_iter().map(|m| (Anchor { text, start: m.start, end: m.end }, LegalFinding::Mention(m))),
            );
        }
        for (text, forms) in found.short_forms.into_iter().enumerate() {
            out.extend(forms.into_iter().map(|s| {
                let ante = s.antecedent_ref.and_then(|(t, k)| first_of.get(t).map(|f| f + k));
                (Anchor { text, start: s.start, end: s.end }, LegalFinding::Short(s, ante))
            }));
        }
        out
    }

    fn record(&self, found: Vec<(Location, LegalFinding)>, out: &mut Outputs) {
        let base = out.legal_references.len();
        for (at, f) in found {
            match f {
                LegalFinding::Mention(m) => out.legal_references.push(LegalReference {
                    canonical: m.canonical,
                    norm_type: m.norm_type,
                    number: m.number,
                    year: m.year,
                    issuer: m.issuer,
                    article: m.article,
                    subunit: m.subunit,
                    text: m.text,
                    page: at.page,
                    block: Some(at.block),
                    start: at.start,
                    end: at.end,
                }),
                LegalFinding::Short(s, ante) => out.short_forms.push(ShortFormReference {
                    text: s.text,
                    kind: s.kind.as_str().to_string(),
                    antecedent: s.antecedent,
                    antecedent_ref: ante.map(|k| base + k),
                    article: s.article,
                    inciso: s.subunit,
                    page: at.page,
                    block: Some(at.block),
                    start: at.start,
                    end: at.end,
                }),
            }
        }
    }
}
