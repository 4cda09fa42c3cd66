//! Table thresholds, named in one place.
//!
//! In: nothing (constants only). Out: every number the table finder (areas, ruled grids,
//! unruled columns, logical rows, captions, multi-page joins) compares a measurement with,
//! each with a line saying what it measures and in what unit (em = multiples of the body font
//! size of the text concerned, pt = PDF points).

// ---- area (where a table is) ----

// ---- lattice (ruled grids) ----

// ---- stream (unruled columns) ----

// ---- logical rows (wrapped cells) ----

// ---- captions ----

// ---- joins over pages ----
