//! Detectors: findings made from the laid-out, normalised document.
//!
//! In: block texts. Out: legal-norm mentions with canonical ids. Each detector is its own
//! module. (Tables are found during layout: [`crate::layout::tables`].)

pub mod legal;
