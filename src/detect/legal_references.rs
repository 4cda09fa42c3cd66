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
                LegalFinding::Mention(m) => {
                    // Every field of the mention, named: a field added to `Mention` does not
                    // compile until it is written into the record (or left out here on purpose).
                    let Mention { canonical, norm_type, number, year, issuer, article, subunit, text, start: _, end: _ } =
                        m;
                    out.legal_references.push(LegalReference {
                        canonical,
                        norm_type,
                        number,
                        year,
                        issuer,
                        article,
                        subunit,
                        text,
                        page: at.page,
                        block: Some(at.block),
                        start: at.start,
                        end: at.end,
                    })
                }
                LegalFinding::Short(s, ante) => {
                    // `antecedent_ref` (text, mention) is `ante`, counted over this detector's mentions.
                    let ShortForm { text, start: _, end: _, antecedent, antecedent_ref: _, article, subunit, kind } = s;
                    out.short_forms.push(ShortFormReference {
                        text,
                        kind: kind.as_str().to_string(),
                        antecedent,
                        antecedent_ref: ante.map(|k| base + k),
                        article,
                        inciso: subunit,
                        page: at.page,
                        block: Some(at.block),
                        start: at.start,
                        end: at.end,
                    })
                }
            }
        }
    }
}
