//! Table thresholds, named in one place.
//!
//! In: nothing (constants only). Out: every number the table finder (areas, ruled grids,
//! unruled columns, logical rows, captions, multi-page joins) compares a measurement with,
//! each with a line saying what it measures and in what unit (em = multiples of the body font
//! size of the text concerned, pt = PDF points).

// ---- area (where a table is) ----
/// At most this many words on a page are considered (bounds the work on hostile pages).
pub(crate) const MAX_WORDS: usize = 50_000;
/// Rules and bands shorter than this (points) do not mark an area (they may still separate
/// rows inside one, as a rule under a spanning header does).
pub(crate) const MIN_CUE: f32 = 36.0;
/// Largest empty gap, in font sizes, between two parts of one area.
pub(crate) const MAX_GAP: f32 = 2.6;
/// At most this many cues on a page are looked at.
pub(crate) const MAX_CUES: usize = 2_000;
/// At most this many lines are added above an area's first cue (header lines).
pub(crate) const MAX_UP: usize = 4;
/// A chunk overlaps a column's body text when they share more than this (points).
pub(crate) const EXTENT_TOL: f32 = 0.5;

// ---- lattice (ruled grids) ----
/// Rules at most this far apart (points) across their direction are on one line.
pub(crate) const POS_TOL: f32 = 2.0;
/// Collinear pieces with at most this gap are joined.
pub(crate) const GAP_TOL: f32 = 3.0;
/// Rows/columns thinner than this are slivers between double borders.
pub(crate) const MIN_BAND: f32 = 4.0;
/// Merged rules shorter than this (points) are tick marks, bullets or glyph strokes, never
/// the border of a cell (a cell holds at least one line of text).
pub(crate) const MIN_RULE: f32 = 5.0;
/// At most this many rules are looked at on one page.
pub(crate) const MAX_RULES: usize = 20_000;
/// At most this many rows or columns in one grid.
pub(crate) const MAX_BANDS: usize = 1_000;

// ---- stream (unruled columns) ----
/// A gap of at least this many font sizes between two words splits a row into chunks.
pub(crate) const CHUNK_GAP: f32 = 0.8;
/// Gaps narrower than this many font sizes are word spaces (or thousands separators) when a
/// run's word space is measured.
pub(crate) const NARROW_GAP: f32 = 0.6;
/// Percentile (of a run's narrow gaps) taken as its word space: low, so that narrow column
/// gaps in a tight table do not raise it.
pub(crate) const SPACE_PERCENTILE: usize = 25;
/// A gap this many word spaces wide (or [`CHUNK_GAP`] font sizes) separates a run's columns.
pub(crate) const COL_GAP_SPACES: f32 = 1.3;
/// The column gap of a run is never below this many font sizes.
pub(crate) const MIN_COL_GAP: f32 = 0.35;
/// Rows further apart than this many font sizes do not belong to one table.
pub(crate) const ROW_GAP: f32 = 1.9;
/// At most this many rows in one run (bounds the work).
pub(crate) const MAX_RUN: usize = 2_000;
/// Largest gap (em) between a run's last row and a lower-case line under it that is kept as
/// the wrapped end of that row.
pub(crate) const TAIL_GAP: f32 = 0.8;

// ---- logical rows (wrapped cells) ----
/// At least this many rules between the lines of an area, with few lines between them, make
/// every stretch between two rules one row (a rule under every row).
pub(crate) const RULED_ROWS_MIN_RULES: usize = 3;
/// Most lines (median over the stretches between rules) for rules to be read as one per row.
pub(crate) const RULED_ROWS_MAX_MEDIAN_LINES: usize = 2;
/// A line of a filled band that fills at least this many columns left empty by the band's
/// lines above it starts a row of its own (a header's second level).
pub(crate) const NEW_COLUMNS: usize = 2;
/// Least word space (em of the line's size) assumed when testing whether a word would have
/// fitted at the end of the cell line above (a wrapped cell's next word did not).
pub(crate) const WRAP_SPACE: f32 = 0.15;

// ---- captions ----

// ---- joins over pages ----
