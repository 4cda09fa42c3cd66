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
/// A run of glyphs that opens a text object of its own, set more than this many font sizes
/// right of where the run before it stopped, was placed apart from it: two words although
/// the gap is under [`WORD_GAP`] (`lines::placed_apart`). A run set where the one before it
/// ended (a change of font, a kerning pair drawn as two runs) lands there up to kerning and
/// the rounding of the file's coordinates, a few hundredths of an em; kerning closes pairs
/// up (a gap it opens is smaller still).
pub const PLACED_APART_GAP: f32 = 0.1;
/// Three dots are one ellipsis when each gap between them is at most this (em; a formula's
/// thin space is 1/6 em)...
pub const ELLIPSIS_MAX_GAP: f32 = 0.3;
/// ...the two gaps differ by at most this (em)...
pub const ELLIPSIS_GAP_TOL: f32 = 0.05;
/// ...and their sizes and baselines by at most this share of the size.
pub const ELLIPSIS_SIZE_TOL: f32 = 0.1;
/// A glyph hangs from its baseline (a math extension font) when at most this much (em) of
/// its box is above the baseline...
pub const HANG_ASCENT: f32 = 0.15;
/// ...and at least this much (em) below it.
pub const HANG_DEPTH: f32 = 0.4;
/// A formula's axis (where big operators are centred) is this far (em) above its baseline.
pub const MATH_AXIS: f32 = 0.25;
/// A gap wider than this many font sizes (not filled by a space glyph) splits a row into
/// separate lines (LaTeX puts two columns 10 pt apart, under 1 em at 11 pt).
pub const SEGMENT_GAP: f32 = 0.7;
/// Baselines closer than this many font sizes (of the smaller glyph) are one row.
pub const ROW_TOL: f32 = 0.3;
/// Two glyphs side by side on a row between which the producer drew at least this many
/// glyphs elsewhere (count) are two pieces (`lines::drawn_apart`)...
pub const DETOUR_GLYPHS: usize = 10;
/// ...counting glyphs at least this share of the row's size (limits and indices are smaller).
pub const DETOUR_SIZE: f32 = 0.8;
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
/// Pages with a side at most this long (points) have no usable box: glyphs are not clipped.
pub const MIN_PAGE_SIDE_PT: f32 = 1.0;
/// Glyph sizes below this (points) are unset (the box height stands in) or unusable.
pub const MIN_GLYPH_SIZE_PT: f32 = 0.5;
/// A small glyph joins a bigger glyph's row when at most this far (em of the bigger) beside it...
pub const HOST_REACH: f32 = 0.6;
/// ...with its baseline at most this much (em) below the bigger glyph's (lowered)...
pub const HOST_LOWER_MAX: f32 = 0.4;
/// ...and at most this much (em) above it (raised)...
pub const HOST_RAISE_MAX: f32 = 0.75;
/// ...and moved by at least this much (em): on the same baseline it is not raised or lowered.
pub const HOST_MIN_SHIFT: f32 = 0.05;
/// A space glyph counts as reaching at most this far (em) right of its start.
pub const SPACE_MAX_WIDTH: f32 = 3.0;
/// A space glyph bridges a gap up to this many times the row's word spacing beyond its end...
pub const SPACE_STRETCH_REACH: f32 = 1.5;
/// ...plus this much (em).
pub const SPACE_BRIDGE_TOL: f32 = 0.1;
/// Glyphs on baselines at most this far apart (em of the smaller) may jump size ([`SIZE_JUMP`]).
pub const SIZE_JUMP_BASE_TOL: f32 = 0.1;
/// A row's word spacing is measured only over at least this many gaps.
pub const WORD_SPACING_MIN_GAPS: usize = 3;
/// Glyph sizes are bucketed to this step (points) when finding a line's dominant size.
pub const LINE_SIZE_STEP_PT: f32 = 0.25;
/// The line's baseline is taken from glyphs within this (em) of its dominant size.
pub const BASELINE_SIZE_TOL: f32 = 0.15;
/// The same glyph drawn twice (fake bold) starts and sits within this (em) of the first copy.
pub const DUP_GLYPH_TOL: f32 = 0.15;

// ---- blocks (lines → blocks) ----

/// Label–value rows (`forms`): a label and its value share a baseline within this many font
/// sizes.
pub const KV_BASELINE_TOL: f32 = 0.25;
/// A label's value is set in about the same size: smaller over larger at least this.
pub const KV_SIZE_RATIO: f32 = 0.8;
/// Consecutive label rows a form needs.
pub const KV_MIN_ROWS: usize = 2;
/// Labels (left or right edges) and values (left edges) of one form align within this many
/// font sizes.
pub const KV_ALIGN_TOL: f32 = 1.0;
/// Two label rows of one form are at most this many font sizes apart (a value wrapped over
/// a few lines between them).
pub const KV_MAX_ROW_DROP: f32 = 8.0;
/// A line ending in a colon at most this many body pitches under a line of its column set
/// alike goes on from it (closes a paragraph) and labels nothing.
pub const KV_PARAGRAPH_PITCH: f32 = 1.25;
/// Two lines are set alike when their sizes differ by at most this share.
pub const KV_STYLE_SIZE_TOL: f32 = 0.1;
/// A list of terms and their meanings (`forms`): the meanings' column starts at most this
/// many font sizes right of the widest term (a list of symbols: 0.8–1.9 em; the gutter of
/// two page columns lies beyond their lines' ragged ends).
pub const KV_TERM_GAP: f32 = 2.5;
/// A line aligned with a term of such a list at most this many body pitches above or below
/// it is a row of the list too (its term and meaning set close enough to make one line).
pub const KV_LIST_ROW_PITCH: f32 = 1.2;

/// The body font size is the size of most characters, counted in steps of 1/this of a point
/// (2: half points).
pub const BODY_SIZE_STEPS_PER_POINT: f32 = 2.0;
/// Body font size assumed for a document without text (points).
pub const BODY_SIZE_DEFAULT: f32 = 10.0;
/// Lines within this fraction of the body size are body-size lines when the line pitch is
/// measured.
pub const PITCH_BODY_SIZE_TOL: f32 = 0.1;
/// The line under a body-size line is at least this many em below it (a lower baseline of
/// the same row is not the next line).
pub const PITCH_MIN_DROP: f32 = 0.5;
/// Baseline distances above this many em (of the body size) are gaps, not the line pitch.
pub const PITCH_MAX_BODY: f32 = 2.5;
/// Baseline distances are counted in steps of 1/this of a point when the document's pitch
/// is measured (4: quarter points).
pub const PITCH_STEPS_PER_POINT: f32 = 4.0;
/// Smallest line pitch, in em: a measured pitch below it is not believed, and a paragraph's
/// rows may always be this far apart.
pub const PITCH_MIN: f32 = 0.8;
/// Line pitch assumed when none can be measured, in em.
pub const PITCH_DEFAULT: f32 = 1.2;
/// Largest baseline distance, in em, counted when a column's pitch is measured.
pub const PITCH_MAX_COLUMN: f32 = 3.0;
/// Two rows are one size for a column's pitch when their sizes differ by at most this
/// fraction.
pub const PITCH_SAME_SIZE: f32 = 0.05;
/// A column's pitch is counted in steps of 1/this of an em.
pub const PITCH_STEPS_PER_EM: f32 = 50.0;
/// A column's pitch is believed when at least this many row pairs show it (count).
pub const PITCH_MIN_PAIRS: usize = 2;
/// A row is bold when at least this share of its characters is bold (numerator,
/// denominator).
pub const BOLD_ROW_SHARE: (usize, usize) = (4, 5);
/// Tolerance (points) when deciding whether a line's centre lies in a table's area.
pub const AREA_TOL_PT: f32 = 1.0;
/// The reading order's smallest gutter between columns, as a share of [`SEGMENT_GAP`]
/// (em of the body size).
pub const GUTTER_SHARE: f32 = 0.9;
/// Lines of a caption or note area whose baselines differ by at most this, in em, are one
/// row.
pub const AREA_ROW_BASELINE: f32 = 0.4;
/// Sizes that differ by at most this fraction are one text style (body-size rows, same
/// style of two rows).
pub const STYLE_SIZE_TOL: f32 = 0.12;
/// A row at least this many times the body size is bigger than the body text (a heading
/// size).
pub const LARGER: f32 = 1.12;
/// The right edge of a column is the one that 1/this of its rows reach or pass (a row
/// sticking out does not move it).
pub const RIGHT_EDGE_RANK: usize = 5;
/// A row ending within this many em of the column's right edge is flush with it (when
/// deciding whether a column is justified).
pub const FLUSH_TOL: f32 = 0.5;
/// A column is justified when it has at least this many rows...
pub const JUSTIFIED_MIN_ROWS: usize = 3;
/// ...and at least this share of them is flush right (numerator, denominator).
pub const JUSTIFIED_FLUSH_SHARE: (usize, usize) = (1, 2);
/// A row is full when it ends within this many em of the column's right edge, in justified
/// text (where every row but a paragraph's last is flush).
pub const FULL_TOL_JUSTIFIED: f32 = 0.3;
/// The same in ragged text.
pub const FULL_TOL_RAGGED: f32 = 1.0;
/// A row starting this many em right of the column's left edge (or of the row above) is
/// indented.
pub const INDENT: f32 = 0.8;
/// A list item's row narrower than this share of its column (from the column's left edge)
/// is the item's last row in justified text, where the item's rows may be ragged but never
/// that short.
pub const ITEM_SHORT_ROW: f32 = 0.6;
/// A full row flows on (over a column or page break) only when it is at least this share of
/// the next row's width (a short line alone in its column fills it and continues nothing).
pub const FLOW_WIDTH_SHARE: f32 = 0.7;
/// A row less than this many em below the row above is not the next row of a block.
pub const ROW_MIN_DROP: f32 = 0.3;
/// Extra distance, in em, allowed over the column's pitch before a gap ends a block.
pub const PITCH_SLACK: f32 = 0.3;
/// A list item's rows go on at its hanging indent within this many em.
pub const HANGING_TOL: f32 = 1.0;
/// Rows starting within this many em of each other (or of the column's left edge) are
/// flush.
pub const FLUSH_LEFT_TOL: f32 = 0.5;
/// Centred rows share an axis when their middles differ by at most this many em.
pub const AXIS_TOL: f32 = 0.5;
/// A wrapped centred row starts and ends more than this many em away from the row above.
pub const CENTRED_SHIFT: f32 = 0.8;
/// A chapter heading ("CAPÍTULO II …") has at most this many rows and characters.
pub const CHAPTER_MAX: (usize, usize) = (2, 150);
/// A heading set bigger than the body has at most this many rows and characters.
pub const HEADING_LARGE_MAX: (usize, usize) = (5, 300);
/// A heading set in bold at body size has at most this many rows and characters.
pub const HEADING_BOLD_MAX: (usize, usize) = (3, 200);
/// A title page's rows are centred within this many em of the body size...
pub const TITLE_AXIS_TOL: f32 = 1.5;
/// ...or within this fraction of the page width, whichever is more.
pub const TITLE_AXIS_TOL_WIDTH: f32 = 0.03;
/// A title page opens with at least this many centred blocks.
pub const TITLE_MIN_BLOCKS: usize = 3;
/// Blocks after the title whose size differs by at most this fraction continue it.
pub const TITLE_SAME_SIZE: f32 = 0.05;

// ---- language (a block does not flow into another language, `language`) ----

/// Fewest words each of two texts needs before their languages are compared (count).
pub const LANG_MIN_WORDS: usize = 15;
/// A text's language is the one whose function words are this share of its words, at least.
pub const LANG_MIN_SHARE: f32 = 0.15;
/// A second text is in another language when its share of the first's function words is
/// under this fraction of the first's share.
pub const LANG_DROP: f32 = 0.4;

// ---- order (reading order) ----

/// Largest number of boxes ordered with XY-cut; beyond it boxes are read top to bottom.
pub const ORDER_MAX_ITEMS: usize = 5000;
/// A column holds a box at least this many times the minimum gutter wide.
pub const MIN_COLUMN: f32 = 6.0;
/// Deepest recursion.
pub const ORDER_MAX_DEPTH: usize = 48;
/// Smallest gutter (points) used when the caller gives none that is usable.
pub const ORDER_GUTTER_DEFAULT_PT: f32 = 10.0;
/// A box taller than this many em (of its font size) is a block, not a line of text...
pub const ORDER_TALL: f32 = 3.0;
/// ...and this fraction of its height is trimmed from its top and bottom when bands are
/// found (a line of text: [`ORDER_LINE_TRIM`]).
pub const ORDER_TALL_TRIM: f32 = 0.05;
/// Fraction of a line's height trimmed from its top and bottom when bands are found (its
/// middle half is what counts).
pub const ORDER_LINE_TRIM: f32 = 0.25;
/// Boxes whose baselines differ by at most this many em (of the smaller size) are one row.
pub const ORDER_ROW_BASELINE: f32 = 0.4;
/// A column section has at least this many bands...
pub const ORDER_MIN_BANDS: usize = 3;
/// ...and at least this many boxes on each side of every gutter...
pub const ORDER_MIN_SIDE: usize = 2;
/// ...and at least this many of its bands hold boxes on both sides of every gutter (count):
/// columns run side by side, while lines that only take turns left and right of a gap
/// (text and centred display formulas, items beside a figure's caption) are read down —
/// and so are they when one row of them holds a narrow box on one side (an end-of-proof
/// mark beside a paragraph's last line): both sides' boxes are [`MIN_COLUMN`] gutters wide.
pub const ORDER_MIN_SHARED_BANDS: usize = 1;

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
/// A row cut into at most this many lines is also read as one line for repetition (an OCR
/// layer cuts a running head at a wide word gap on some pages); pieces.
pub const FURNITURE_ROW_JOIN_PIECES: usize = 4;
/// A line bigger than this, in body-text sizes, is "big" (only a folio in sequence may be
/// furniture then).
pub const FURNITURE_BIG: f32 = 1.1;
/// Largest size of a folio, in body-text sizes.
pub const FURNITURE_FOLIO_MAX: f32 = 3.0;
/// Smallest size of a folio relative to the biggest line of its row (a fraction): smaller
/// is a mark beside bigger text.
pub const FURNITURE_FOLIO_ROW_SHARE: f32 = 0.7;
/// A word of at most this many letters i, v, x, l, c, d, m is a roman page number.
pub const ROMAN_MAX_CHARS: usize = 7;
/// A page number off the document's numbering counts when at least this many pages share
/// its offset (or its line holds other numbers).
pub const FOLIO_MIN_AGREE: usize = 2;
/// From this many pages on, a running head must repeat on [`FURNITURE_REPEAT_MANY`] pages
/// (count of pages).
pub const FURNITURE_MANY_PAGES: usize = 6;
/// Pages a running head repeats on in a document of [`FURNITURE_MANY_PAGES`] pages or more.
pub const FURNITURE_REPEAT_MANY: usize = 3;
/// Pages a running head repeats on in a shorter document.
pub const FURNITURE_REPEAT_FEW: usize = 2;
/// Fewest letters a repeated line needs to be a running head or foot by repetition alone
/// (count; a number counts whole): a lone symbol or letter that recurs at a page's edge is
/// a proof's end mark or a figure's label ("■", "∼", "A"), not a head.
pub const FURNITURE_MIN_LETTERS: usize = 2;
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
/// Lone numbers counting up by one at one right edge, this many in a row, are a page's line
/// numbers (a transcript's margin), never page numbers.
pub const LINE_NUMBER_MIN_RUN: usize = 5;
/// How far apart (font sizes) the right edges of one stack of line numbers may be.
pub const LINE_NUMBER_EDGE_TOL: f32 = 0.6;
/// Running text is never furniture: a line runs on into the line at most this many font
/// sizes under it…
pub const RUN_ON_PITCH: f32 = 1.8;
/// …when it is at least this share of the page's text width…
pub const RUN_ON_WIDTH: f32 = 0.85;
/// …and set in the body size (within this share of it).
pub const RUN_ON_SIZE_TOL: f32 = 0.1;

// ---- footnotes ----

/// Lines smaller than this fraction of the body size can be footnote text.
pub const NOTE_SMALLER: f32 = 0.95;
/// A footnote's number (its mark in the text, the number opening its text) has at most this
/// many digits.
pub const NOTE_NUMBER_DIGITS: usize = 3;
/// A separator rule is at most this thick (points)...
pub const NOTE_RULE_THICK_PT: f32 = 1.0;
/// ...at least this long (points)...
pub const NOTE_RULE_MIN_PT: f32 = 10.0;
/// ...at most this fraction of the page width long...
pub const NOTE_RULE_MAX_WIDTH: f32 = 0.6;
/// ...and lies below this fraction of the page height (from the top).
pub const NOTE_RULE_LOWEST: f32 = 0.4;
/// Another rule within this distance (points) of the separator's height and ends is the same
/// rule drawn again (height, ends).
pub const NOTE_RULE_COPY_PT: (f32, f32) = (1.5, 2.0);
/// A rule coming within this distance (points) of the separator meets it (a grid).
pub const NOTE_RULE_MEET_PT: f32 = 2.0;
/// A horizontal rule closer than this many em (body size) above or below runs parallel to
/// the separator (a grid).
pub const NOTE_RULE_PARALLEL: f32 = 3.0;
/// Lines under the separator: their top at most this many points above it...
pub const NOTE_BELOW_RULE_PT: f32 = 1.0;
/// ...and their left edge at most this many em (body size) left of its start.
pub const NOTE_LEFT_OF_RULE: f32 = 2.0;
/// Notes side by side under one separator: a line beside them starts at most this many em
/// under the lines of the zone above it.
pub const NOTE_BESIDE_PITCH: f32 = 1.6;
/// Prose under a separator that does not open with a note number is a note continued from
/// an earlier page only when it starts at most this many em (of the body) right of the
/// rule's left end.
pub const NOTE_CONTINUED_FROM_RULE: f32 = 1.0;
/// The first note of a page may skip at most this many numbers after the previous page's
/// last note.
pub const NOTE_SKIP_MAX: u32 = 3;

// ---- headings ----

/// Rows a caption label block may have ("Cuadro 3. …").
pub const HEADING_CAPTION_ROWS: usize = 3;
/// Rows a note under a table or figure may have ("Fuente: …").
pub const HEADING_NOTE_ROWS: usize = 4;
/// Heading styles are told apart by font size rounded to 1/this of a point (2: half points).
pub const HEADING_SIZE_STEPS_PER_POINT: f32 = 2.0;
/// Deepest heading level.
pub const HEADING_MAX_LEVEL: u8 = 6;
/// A line starting with a bullet glyph drawn twice is a bullet item when fewer than this
/// many characters follow the glyphs in its first word.
pub const BULLET_REPEAT_REST: usize = 3;
/// A line longer than this (bytes, brackets trimmed) is never a page number.
pub const FOLIO_MAX_BYTES: usize = 30;

// ---- overlays (accents, negation slashes) ----

/// How many glyphs before and after an overlay (in content-stream order) are searched
/// for the glyph it is drawn over.
pub const OVERLAY_WINDOW: usize = 4;
/// Horizontal slack, in sizes of the base glyph, when an overlay's centre is matched with
/// its base (an arrow's start: twice that to the left).
pub const OVERLAY_SLACK: f32 = 0.1;
/// A slash or an arrow's stem is on its base's baseline within this many sizes.
pub const OVERLAY_SAME_BASELINE: f32 = 0.3;
/// An accent sits at most this many sizes below its letter's baseline...
pub const OVERLAY_ACCENT_DROP: f32 = 0.1;
/// ...at most this many sizes above it...
pub const OVERLAY_ACCENT_RAISE: f32 = 1.2;
/// ...and its size is within this range of multiples of the letter's.
pub const OVERLAY_ACCENT_SIZE: (f32, f32) = (0.4, 2.5);
/// Two relation signs are stacked into one when their centres are less than this many
/// sizes apart horizontally...
pub const OVERLAY_STACK_SLACK: f32 = 0.2;
/// ...their baselines this many sizes apart (more than a row's jitter, less than a line)...
pub const OVERLAY_STACK_RISE: (f32, f32) = (0.1, 0.7);
/// ...and their sizes differ by less than this fraction.
pub const OVERLAY_STACK_SIZE: f32 = 0.3;

// ---- text (plain-text input, `textinput`: no geometry; lengths in characters, distances in
// lines) ----

/// Most non-blank lines between a footnote mark and the footnote's text.
pub const TEXT_NOTE_REACH: usize = 120;
/// Most lines looked at for statistics and sequences (bounds the work on huge inputs).
pub const TEXT_MAX_CANDIDATES: usize = 5_000;
/// The length of a full line of running text is the one this share of the lines reach or
/// fall short of (numerator, denominator: the third quartile).
pub const TEXT_FULL_LINE_RANK: (usize, usize) = (3, 4);
/// A text is double-spaced when it has at least this many lines...
pub const TEXT_DOUBLE_MIN_LINES: usize = 4;
/// ...and at least this share of them is followed by exactly one blank line (numerator,
/// denominator); the same share decides it around each line.
pub const TEXT_DOUBLE_SHARE: (usize, usize) = (6, 10);
/// Whether the text around a line is double-spaced is read from this many gaps before and
/// after it.
pub const TEXT_DOUBLE_WINDOW: usize = 4;
/// With fewer gaps than this around a line (at the start or end of a page), the document's
/// spacing style decides.
pub const TEXT_DOUBLE_MIN_WINDOW: usize = 5;
/// Indentation is a signal when fewer than this share of the lines are indented
/// (numerator, denominator).
pub const TEXT_INDENT_RARE_SHARE: (usize, usize) = (1, 5);
/// A running header or footer is at most this long.
pub const TEXT_RUNNING_MAX_CHARS: usize = 120;
/// A running header or footer repeats at least this many times.
pub const TEXT_RUNNING_MIN_REPEATS: usize = 3;
/// A line this close to a page number (in non-blank lines) sits beside it.
pub const TEXT_NEAR_FOLIO: usize = 2;
/// Share of a running line's occurrences that must sit at page edges, or beside a page
/// number (numerator, denominator).
pub const TEXT_RUNNING_EDGE_SHARE: (usize, usize) = (8, 10);
/// Pages a running line sits on, as a share of the pages (or of its occurrences, if fewer)
/// (numerator, denominator).
pub const TEXT_RUNNING_PAGES_SHARE: (usize, usize) = (1, 3);
/// The first and last this many non-blank lines of a form-feed page are its edges.
pub const TEXT_PAGE_EDGE: usize = 2;
/// Fewest numbers in a folio sequence (bare page numbers, or numbers growing in a running
/// line).
pub const TEXT_FOLIO_MIN_CHAIN: usize = 3;
/// Largest step between two numbers growing in a running line (`12 | Autor`).
pub const TEXT_RUNNING_FOLIO_STEP: i64 = 10;
/// Occurrences of such a line are at least this many lines apart...
pub const TEXT_RUNNING_FOLIO_SPREAD: usize = 8;
/// ...unless the text is shorter than this many non-blank lines.
pub const TEXT_SHORT_TEXT: usize = 30;
/// Largest step between two bare page numbers of a sequence.
pub const TEXT_FOLIO_STEP: u32 = 5;
/// Bare page numbers one step apart are at least 1/this of the mean distance between the
/// numbers found (lines / numbers) apart...
pub const TEXT_FOLIO_GAP_DIV: usize = 4;
/// ...clamped to this range of lines.
pub const TEXT_FOLIO_GAP: (usize, usize) = (4, 15);
/// Most lines a footnote runs over.
pub const TEXT_NOTE_MAX_LINES: usize = 15;
/// This many blank lines or more end a paragraph, and a footnote after a sentence's end.
pub const TEXT_BREAK_BLANKS: usize = 2;
/// A heading (or a numbered title wrapped once) has at most this many lines.
pub const TEXT_HEADING_MAX_LINES: usize = 2;
/// A heading line is this long (fewest, most).
pub const TEXT_HEADING_CHARS: (usize, usize) = (2, 100);
/// A heading line has at least this many letters...
pub const TEXT_HEADING_MIN_LETTERS: usize = 3;
/// ...at least this many when it is a heading because it is in capitals...
pub const TEXT_CAPS_HEADING_MIN_LETTERS: usize = 4;
/// ...and at most this many words when it is a heading because it is numbered.
pub const TEXT_NUMBERED_HEADING_MAX_WORDS: usize = 14;
/// A numbered title wrapped over two lines has at most this many words.
pub const TEXT_WRAPPED_HEADING_MAX_WORDS: usize = 25;
/// A short title-like line between paragraphs has this many words (fewest, most)...
pub const TEXT_TITLE_WORDS: (usize, usize) = (1, 10);
/// ...at least this share of letters among its characters (numerator, denominator)...
pub const TEXT_TITLE_LETTER_SHARE: (usize, usize) = (7, 10);
/// ...and is shorter than this share of a full line (numerator, denominator).
pub const TEXT_TITLE_LEN_SHARE: (usize, usize) = (1, 2);
/// Level of such a title-like heading.
pub const TEXT_TITLE_LEVEL: u8 = 2;
/// A line shorter than this share of a full line is short (it may end a paragraph)
/// (numerator, denominator).
pub const TEXT_SHORT_LINE_SHARE: (usize, usize) = (85, 100);
/// A line shorter than this share of a full line ends a title even without a sentence's
/// end (numerator, denominator).
pub const TEXT_VERY_SHORT_LINE_SHARE: (usize, usize) = (70, 100);
/// A line with at least this many trailing spaces ends its paragraph (before a capital).
pub const TEXT_TRAILING_SPACES: usize = 2;

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
/// A word of at least this many letters counts towards [`PROSE_WORDS`].
pub const PROSE_WORD_LETTERS: usize = 4;
/// A formula stacked over rows has at least this many lines.
pub const STACK_MIN_ROWS: usize = 2;
/// Pieces of a formula's row set apart by a wide gap are one formula when a line of prose
/// within this many body line pitches spans the gap ([`super::rowmates`]).
pub const ROWMATE_REACH: f32 = 8.0;

// ---- figures (labels of a drawing read in drawing order) ----

/// A label of a drawing has at most this many words…
pub const FIGURE_LABEL_WORDS: usize = 3;
/// …each of at most this many characters.
pub const FIGURE_LABEL_CHARS: usize = 6;
/// Two labels whose boxes are at most this many em (of the larger size) apart, across and
/// down, belong to one drawing…
pub const FIGURE_LINK: f32 = 2.5;
/// …or on one row at most this many em apart (tick labels along an axis).
pub const FIGURE_ROW_LINK: f32 = 6.0;
/// A drawing has at least this many labels (count).
pub const FIGURE_MIN_LABELS: usize = 5;
/// A tiny label's words have at most this many characters; most of a drawing's labels are.
pub const FIGURE_TINY_CHARS: usize = 2;
/// A drawing spreads across: at least this many rows with two labels side by side…
pub const FIGURE_SPREAD_ROWS: usize = 2;
/// …or one row with at least this many labels.
pub const FIGURE_SPREAD_ROW: usize = 3;
/// Strokes of a drawing at most this many points apart belong to one drawing area.
pub const DRAWING_LINK_PT: f32 = 6.0;
/// A drawing area is at least this many points wide and high (an arrow or a rounded
/// corner alone is no drawing).
pub const DRAWING_MIN_SIDE_PT: f32 = 24.0;
/// A line belongs to a drawing area when its middle is inside the area grown by this many
/// em (of the line's size) on every side (labels sit at the ends of axes and arrows).
pub const DRAWING_LABEL_MARGIN: f32 = 0.5;
/// A drawing area's text is read in drawing order when it holds at least this many lines
/// (count) and no line of prose.
pub const DRAWING_MIN_LINES: usize = 2;

// ---- overscripts (small text set over glyphs of its own row) ----

/// A raised label stands over its row (and is read before what it covers) when the row's
/// glyphs under it cover at least this fraction of its width.
pub const OVER_COVER: f32 = 0.5;
/// Share of a glyph's width under a label for the label to be read before it
/// ([`super::overscripts`]).
pub const UNDER_SHARE: f32 = 0.5;
/// …or at least this many em (of the glyph's size) of it, whatever its width: a
/// denominator's first glyph under a narrower numerator ([`super::overscripts`]).
pub const UNDER_MIN: f32 = 0.2;

// ---- limits (small lines under or over a formula's row: limits, brace labels) ----

/// A limit or brace label is at most this fraction of its formula row's size…
pub const LABEL_SMALL: f32 = 0.85;
/// …its baseline at most this many em (of the row's size) from the row's…
pub const LABEL_REACH: f32 = 2.0;
/// …and it lies within the row's extent, give or take this many em…
pub const LABEL_SLACK: f32 = 0.5;
/// …and it is at most this fraction of the row's width.
pub const LABEL_WIDTH: f32 = 0.6;
/// A big operator's limit is centred on it: the middles at most this many em (of the
/// operator's size) apart ([`super::limits`])…
pub const LIMIT_CENTRE: f32 = 0.15;
/// …and its baseline at most this many em from the operator's (whose baseline is near its
/// top: a display operator hangs), or [`LABEL_REACH`] em of its own size from the limit it
/// is stacked under or over.
pub const LIMIT_REACH: f32 = 2.5;

// ---- interleaved (captions side by side drawn one after the other) ----

/// A continuation line's baseline is at most this many em (of the piece's size) under the
/// row above it.
pub const INTERLEAVE_PITCH: f32 = 1.6;
/// A continuation line lies under its piece within this many em of the piece's sides; the
/// piece drawn after it on the row starts at most this far left of the piece's end.
pub const INTERLEAVE_SIDE: f32 = 1.0;
/// A line is drawn right after another when its first glyph comes at most this many glyphs
/// after the other's last (content-stream positions).
pub const INTERLEAVE_SEQ: u32 = 3;
/// Most continuation lines of one piece (a caption's; a column's foot is longer).
pub const INTERLEAVE_CHAIN: usize = 2;

// ---- subfigures (side by side, each read whole: labels, then caption) ----

/// A subcaption runs on for at most this many lines (the piece included).
pub const SUBFIG_CAPTION_LINES: usize = 4;
/// The first subfigure's labels reach up at most this many em (of the larger size) above
/// the labels gathered so far (the page's header above a figure is no label).
pub const SUBFIG_GAP: f32 = 2.5;
/// Side by side subfigures overlap each other by at most this many em (of the caption's
/// size).
pub const SUBFIG_OVERLAP: f32 = 0.5;
