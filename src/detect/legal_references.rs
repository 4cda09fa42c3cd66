//! The legal-reference detector on the [`Detector`] contract.
//!
//! In: the document's block texts. Out: one [`LegalReference`] per norm mentioned (canonical
//! id, type, number, year, issuer, article and its sub-unit, surface text), located. The
//! finding itself is [`legal::find_in_document`]'s; this file only connects it.

use super::legal::{self, Mention};
use super::{Anchor, Detector, Document, Location, Outputs};
use crate::model::LegalReference;

/// Mentions of legal norms ([`legal`]).
pub struct LegalReferences;

impl Detector for LegalReferences {
    type Finding = Mention;
    const NAME: &'static str = "legal_references";

    fn find(&self, doc: &Document) -> Vec<(Anchor, Mention)> {
        let texts: Vec<&str> = doc.texts.iter().map(|t| t.text).collect();
        let found = legal::find_in_document(&texts);
        let mut out = Vec::new();
        for (text, mentions) in found.into_iter().enumerate() {
            out.extend(mentions.into_iter().map(|m| (Anchor { text, start: m.start, end: m.end }, m)));
        }
        out
    }

    fn record(&self, found: Vec<(Location, Mention)>, out: &mut Outputs) {
        out.legal_references.extend(found.into_iter().map(|(at, m)| LegalReference {
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
        }));
    }
}
