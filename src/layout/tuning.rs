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

/// Band where furniture may sit: fraction of the page height from the top or bottom edge
/// (of the paper or of the text).
pub const FURNITURE_BAND: f32 = 0.15;
/// Rows counted from the top (and from the bottom) of a page that may be furniture.
pub const FURNITURE_ROWS: usize = 3;
/// Largest size of a running head, in body-text sizes (a chapter title is bigger).
pub const FURNITURE_HEAD_MAX: f32 = 1.3;
/// Lines whose baselines differ by at most this, in em of the bigger line, share a row.
pub const FURNITURE_ROW_BASELINE: f32 = 0.4;
/// A line bigger than this, in body-text sizes, is "big" (only a folio in sequence may be
/// furniture then).
pub const FURNITURE_BIG: f32 = 1.1;
/// Largest size of a folio, in body-text sizes.
pub const FURNITURE_FOLIO_MAX: f32 = 3.0;
/// Smallest size of a folio relative to the biggest line of its row (a fraction): smaller
/// is a mark beside bigger text.
pub const FURNITURE_FOLIO_ROW_SHARE: f32 = 0.7;
/// From this many pages on, a running head must repeat on [`FURNITURE_REPEAT_MANY`] pages
/// (count of pages).
pub const FURNITURE_MANY_PAGES: usize = 6;
/// Pages a running head repeats on in a document of [`FURNITURE_MANY_PAGES`] pages or more.
pub const FURNITURE_REPEAT_MANY: usize = 3;
/// Pages a running head repeats on in a shorter document.
pub const FURNITURE_REPEAT_FEW: usize = 2;
/// Pieces of a one-page running row beside a folio: fewest and most (count).
pub const FURNITURE_FOLIO_ROW_PIECES: (usize, usize) = (2, 4);
/// Largest size of a piece of such a row, in body-text sizes.
pub const FURNITURE_FOLIO_ROW_SIZE: f32 = 1.5;
/// Longest piece of such a row, in characters.
pub const FURNITURE_FOLIO_ROW_CHARS: usize = 60;
/// Smallest gap between two pieces of such a row, in body-text sizes.
pub const FURNITURE_FOLIO_ROW_GAP: f32 = 4.0;
/// A folio at the end of such a row is below this number (a bigger one reads as a year).
pub const FURNITURE_FOLIO_ROW_MAX_NUMBER: i64 = 1000;
/// Share of a line's glyphs marked `/Artifact` that makes it furniture (numerator,
/// denominator).
pub const FURNITURE_ARTIFACT_SHARE: (usize, usize) = (3, 5);

// ---- footnotes ----

/// Lines smaller than this fraction of the body size can be footnote text.
pub const NOTE_SMALLER: f32 = 0.95;

// ---- headings ----

/// Rows a caption label block may have ("Cuadro 3. …").
pub const HEADING_CAPTION_ROWS: usize = 3;
/// Rows a note under a table or figure may have ("Fuente: …").
pub const HEADING_NOTE_ROWS: usize = 4;
/// Heading styles are told apart by font size rounded to 1/this of a point (2: half points).
pub const HEADING_SIZE_STEPS_PER_POINT: f32 = 2.0;
/// Deepest heading level.
pub const HEADING_MAX_LEVEL: u8 = 6;

// ---- overlays (accents, negation slashes) ----

/// How many glyphs before and after an overlay (in content-stream order) are searched
/// for the glyph it is drawn over.
pub const OVERLAY_WINDOW: usize = 4;

// ---- stacked (formula rows read in drawing order) ----

/// Rows of one column closer than this fraction of the body's line pitch (scaled to their
/// font size), one of them holding a mathematical sign, are one formula's rows.
pub const STACK_PITCH: f32 = 0.75;
/// …and whose x extents overlap or are less than this many font sizes apart.
pub const STACK_GAP: f32 = 1.0;
/// Two lines that both hold a sign (the rows of a matrix or of cases, set a line apart)
/// are one formula up to this fraction of the line pitch.
pub const STACK_PITCH_MATH: f32 = 1.05;
/// …and up to this fraction when one holds a piece of a tall bracket (it spans the rows).
pub const STACK_PITCH_BRACKET: f32 = 1.6;
/// A line of at most this many words…
pub const SHORT_PIECES: usize = 6;
/// …each of at most this many characters counts as a formula's piece.
pub const SHORT_PIECE_CHARS: usize = 3;
/// A line with this many words of four letters or more is prose, never part of a formula.
pub const PROSE_WORDS: usize = 3;
