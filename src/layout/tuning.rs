//! Layout thresholds, named in one place.
//!
//! In: nothing (constants only). Out: every number the layout stage (lines, blocks, reading
//! order, furniture, footnotes, headings, overlays) compares a measurement with, each with a
//! line saying what it measures and in what unit. Sizes are in em (multiples of the font size
//! of the text concerned) unless the name says points. Tables keep theirs in
//! `layout::tables::tuning`.
//!
//! A new threshold goes here, in the section of the module that uses it; the module imports it
//! with `use super::tuning::*` or by name.

// ---- lines (glyphs → words → lines) ----

// ---- blocks (lines → blocks) ----

// ---- order (reading order) ----

// ---- furniture (running headers, footers, page numbers) ----

// ---- footnotes ----

// ---- headings ----

// ---- overlays (accents, negation slashes) ----
