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

/// A gap wider than this many font sizes separates two words (when no space glyph does).
pub const WORD_GAP: f32 = 0.15;
/// The same, before closing punctuation or a hyphen.
pub const WORD_GAP_PUNCT: f32 = 0.3;
/// A gap wider than this many font sizes (not filled by a space glyph) splits a row into
/// separate lines (LaTeX puts two columns 10 pt apart, under 1 em at 11 pt).
pub const SEGMENT_GAP: f32 = 0.7;
/// Baselines closer than this many font sizes (of the smaller glyph) are one row.
pub const ROW_TOL: f32 = 0.3;
/// A page whose text runs at an angle up to this (radians, about 10°) is a skewed scan or
/// OCR layer and is straightened; text at a larger angle is rotated on purpose.
pub const MAX_SKEW: f32 = 0.175;
/// Skews smaller than this (about 0.1°) are left alone.
pub const MIN_SKEW: f32 = 0.002;
/// A glyph within this angle (about 2.9°) of the page's writing direction is upright text.
pub const SKEW_TOL: f32 = 0.05;
/// A glyph is raised (superscript) when its baseline is this many sizes above the line's.
pub const RAISED_BY: f32 = 0.12;
/// …and it is at most this fraction of the line's size.
pub const RAISED_SMALL: f32 = 0.9;
/// Sizes further apart than this factor on one baseline are different lines' sizes.
pub const SIZE_JUMP: f32 = 1.3;

// ---- blocks (lines → blocks) ----

// ---- order (reading order) ----

/// Largest number of boxes ordered with XY-cut; beyond it boxes are read top to bottom.
pub const ORDER_MAX_ITEMS: usize = 5000;
/// A column holds a box at least this many times the minimum gutter wide.
pub const MIN_COLUMN: f32 = 6.0;
/// Deepest recursion.
pub const ORDER_MAX_DEPTH: usize = 48;

// ---- furniture (running headers, footers, page numbers) ----

// ---- footnotes ----

/// Lines smaller than this fraction of the body size can be footnote text.
pub const NOTE_SMALLER: f32 = 0.95;

// ---- headings ----

// ---- overlays (accents, negation slashes) ----

/// How many glyphs before and after an overlay (in content-stream order) are searched
/// for the glyph it is drawn over.
pub const OVERLAY_WINDOW: usize = 4;
