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
/// Pages with more filled bands than this skip joining a band over several rows with the
/// bands beside it (bounds the quadratic work).
pub(crate) const MAX_NESTED_BANDS: usize = 200;
/// A chunk overlaps a column's body text when they share more than this (points).
pub(crate) const EXTENT_TOL: f32 = 0.5;
/// A rule or band this close (points) to another table's box is in that table.
pub(crate) const TAKEN_TOL_PT: f32 = 2.0;
/// Filled bands lower than this (points) are rules or strokes, not row bands.
pub(crate) const FILL_MIN_PT: f32 = 3.0;
/// Filled bands taller than this fraction of the page height are backgrounds, not row bands.
pub(crate) const FILL_MAX_PAGE: f32 = 0.6;
/// Page height (points) assumed at least when judging a band's height against the page.
pub(crate) const FILL_PAGE_FLOOR_PT: f32 = 100.0;
/// Filled pieces whose tops and bottoms differ by at most this (points) are on one row...
pub(crate) const FILL_ROW_TOL_PT: f32 = 1.0;
/// ...and are joined into one band when at most this far apart (points) across.
pub(crate) const FILL_JOIN_GAP_PT: f32 = 2.0;
/// Tolerance (points) across when a band lies beside or within another band's sides.
pub(crate) const NEST_SIDE_TOL_PT: f32 = 2.0;
/// Tolerance (points) down when a band lies within another band's top and bottom.
pub(crate) const NEST_EDGE_TOL_PT: f32 = 1.0;
/// A word whose centre is at most this far (points) outside an area's sides is inside it.
pub(crate) const CLIP_TOL_PT: f32 = 1.0;
/// A single-chunk row of at least this many words...
pub(crate) const PROSE_MIN_WORDS: usize = 8;
/// ...over at least this fraction of the area's width is running prose, not a table row.
pub(crate) const PROSE_WIDTH_SHARE: f32 = 0.75;
/// Cues whose left and right ends differ by at most this (points)...
pub(crate) const CUE_ALIGN_TOL_PT: f32 = 4.0;
/// ...or this fraction of the cue's width (whichever is larger) have one width.
pub(crate) const CUE_ALIGN_TOL_WIDTH: f32 = 0.04;
/// A cue starting at most this far (points) below a group's bottom touches the group.
pub(crate) const CUE_TOUCH_PT: f32 = 1.0;
/// Gaps between words narrower than this (em) are word spaces when measuring an area's spacing.
pub(crate) const AREA_SPACE_MAX: f32 = 0.6;
/// Word space (em) assumed in an area with no measurable spaces.
pub(crate) const AREA_SPACE_DEFAULT: f32 = 0.25;
/// An area's chunk gap is this many word spaces...
pub(crate) const AREA_CHUNK_SPACES: f32 = 2.2;
/// ...but at least this (em)...
pub(crate) const AREA_CHUNK_MIN: f32 = 0.45;
/// ...and at most this (em).
pub(crate) const AREA_CHUNK_MAX: f32 = 0.8;
/// A header line above an area's first cue is at most this far (em of the line) above it.
pub(crate) const HEADER_UP_GAP: f32 = 1.2;
/// A line under an area's last cue is at most this far (em of the line) below the area.
pub(crate) const BELOW_GAP: f32 = 1.6;
/// A wrapped line of an area's last row is at most this far (em of the line) under the line
/// above it (a cell's own leading, less than a row's padding plus a note's spacing).
pub(crate) const WRAP_TAIL_GAP: f32 = 0.6;
/// A wrapped line of an area's last row starts within this distance (em) of the start of a
/// chunk of the row's first line.
pub(crate) const WRAP_TAIL_ALIGN: f32 = 0.3;
/// Text outside an area's sides nearer than this (em) means the area cuts a line of text.
pub(crate) const WHOLE_GUTTER: f32 = 1.5;
/// A rule or line edge this far (points) inside an area's top or bottom is inside it.
pub(crate) const SEP_INSIDE_TOL_PT: f32 = 0.5;
/// Column separators narrower than this (em) are ignored.
pub(crate) const MIN_SEPARATOR: f32 = 0.3;
/// At most this many passes dropping column cuts that are almost never filled.
pub(crate) const MAX_CUT_PASSES: usize = 64;
/// With at least this many multi-chunk rows, a column needs two rows filled to stay.
pub(crate) const BUSY_ROWS: usize = 5;
/// A plain gap between two filled bands is a row when at most this many times the tallest band.
pub(crate) const FILL_BETWEEN_MAX: f32 = 1.5;
/// A grid is a table of contents, not a table, when more than this share (num, den) of its
/// cells holds dot leaders.
pub(crate) const LEADER_SHARE: (usize, usize) = (1, 10);
/// A grid with no strong cue is a table only with at least this many rows of two filled cells.
pub(crate) const MIN_FULL_ROWS: usize = 3;
/// A separator marks the end of the header only within this many leading rows.
pub(crate) const HEADER_MAX_ROWS: usize = 4;
/// A separator this far (points) beyond the gap between two rows still falls between them.
pub(crate) const SEP_TOL_PT: f32 = 1.0;
/// Font size (points) assumed for text whose size is not measured.
pub(crate) const SIZE_DEFAULT_PT: f32 = 10.0;
/// A row with an empty first cell joins the group of the label above when at least this many
/// of its other cells hold text ([`add_stub_groups`](super::spans::add_stub_groups)).
pub(crate) const STUB_GROUP_MIN_CELLS: usize = 2;
/// Groups of rows under a first-column label are looked for in tables of at least this many
/// columns.
pub(crate) const STUB_GROUP_MIN_COLUMNS: usize = 3;
/// A chunk over two columns splits into pieces whose edges lie within this distance (em) of
/// their columns' body text edges (labels right-aligned over right-aligned numbers).
pub(crate) const SPLIT_ALIGN: f32 = 0.3;
/// A chunk's ends are taken this far (points) inside when finding the column it lies in.
pub(crate) const EDGE_INSET_PT: f32 = 0.5;

/// An area is prose under a band or rule, not a table, when more than this share of its lines
/// (numerator, denominator) run on beyond its sides: a table's lines end at its edges, a
/// paragraph behind a coloured box or under a long rule is cut by them.
pub(crate) const CUT_OFF_SHARE: (usize, usize) = (1, 4);

/// Rules at most this far apart (points) are one rule when counting a plot's grid lines.
pub(crate) const GRID_SAME_PT: f32 = 1.0;
/// Gaps between rules narrower than this (em) are double rules, not grid cells.
pub(crate) const GRID_GAP_MIN: f32 = 0.5;
/// Rules with at least this many empty gaps between them (and more empty gaps than filled
/// ones) are a plot's grid lines.
pub(crate) const GRID_EMPTY_GAPS: usize = 2;

// ---- channels (narrow column gaps found by alignment) ----
/// A gap of at least this many em between two words may separate columns when it lines up
/// with gaps of the rows around it.
pub(crate) const CHANNEL_MIN_GAP: f32 = 0.4;
/// Sides or centres of words beside two gaps at most this far apart (points) line up.
pub(crate) const CHANNEL_EDGE_TOL_PT: f32 = 0.5;
/// A channel runs down at least this many consecutive rows...
pub(crate) const CHANNEL_MIN_ROWS: usize = 3;
/// ...with at least this many narrow gaps (not column gaps anyway).
pub(crate) const CHANNEL_MIN_NARROW: usize = 2;
/// Rows of one channel differ in font size by at most this share.
pub(crate) const CHANNEL_SIZE_TOL: f32 = 0.1;
/// A channel passes over at most this many rows in a row that have no word under it (the
/// second lines of wrapped cells beside it).
pub(crate) const CHANNEL_MAX_SKIP: usize = 2;
/// A narrow gap cuts a row only when it is at least this many times the row's widest other
/// (narrow) word space.
pub(crate) const CHANNEL_SPACE_RATIO: f32 = 1.2;
/// A narrow gap running down a whole rule or fill area separates columns when the words on
/// one side of it line up on its edge in at least this share (num, den) of the lines with
/// words on both sides.
pub(crate) const HOLE_ALIGNED_SHARE: (usize, usize) = (3, 4);

// ---- labels (label | text lists) ----
/// The identifier of a label cell (`1.6`, `3b`, `IV`) has at most this many characters.
pub(crate) const LABEL_ID_MAX_CHARS: usize = 8;
/// A label column has at least this many label cells.
pub(crate) const LABEL_MIN_CELLS: usize = 3;

// ---- sides (a label column beside an area's rule) ----
/// A label column stands beside at least this many of the area's lines...
pub(crate) const SIDE_MIN_LINES: usize = 3;
/// ...and beside at least this share (num, den) of them.
pub(crate) const SIDE_LINE_SHARE: (usize, usize) = (1, 2);
/// A label beside the area has at most this many words.
pub(crate) const SIDE_MAX_WORDS: usize = 4;
/// The label column ends at most this many em from the area's text.
pub(crate) const SIDE_MAX_GAP: f32 = 8.0;
/// At least this share (num, den) of the labels hold a word of three letters or more.
pub(crate) const SIDE_WORDED_SHARE: (usize, usize) = (1, 2);

// ---- header lines (over an area's first rule) ----
/// A wrapped header label's line holds at most this many words.
pub(crate) const HEADER_WRAP_WORDS: usize = 3;

// ---- columns (tables set inside one text column) ----
/// Lines of at least this many words are running text when looking for column margins.
pub(crate) const COLUMN_LINE_WORDS: usize = 4;
/// A column's margin: at least this many lines of running text start there, and as many end
/// short of it beside them.
pub(crate) const COLUMN_MIN_LINES: usize = 5;
/// Line starts at most this far apart (points) are one margin.
pub(crate) const COLUMN_MARGIN_TOL_PT: f32 = 1.5;
/// An inner margin lies right of the page's left margin by at least this share of the width
/// of its text.
pub(crate) const COLUMN_INNER_SHARE: f32 = 0.25;
/// Lines of the column on the left end at least this far (em) short of the margin.
pub(crate) const COLUMN_GUTTER: f32 = 1.0;
/// Lines crossing the margin beside its lines are fewer than this share (num, den) of them.
pub(crate) const COLUMN_CROSSING_SHARE: (usize, usize) = (1, 2);
/// A line starting less than this far (em) left of a margin's lines, beside them, marks the
/// margin as an indent inside a column...
pub(crate) const COLUMN_INDENT_BAND: f32 = 3.0;
/// ...when at least this many lines do.
pub(crate) const COLUMN_INDENT_MIN_LINES: usize = 2;

// ---- spans (spanning cells implied by the layout) ----
/// An upper header label spans a range of columns when its centre is at most this far (em)
/// from the range's centre...
pub(crate) const SPAN_CENTRE_TOL: f32 = 1.5;
/// ...or at most this share of the range's width (wide ranges, centred by cell not by text).
pub(crate) const SPAN_CENTRE_SHARE: f32 = 0.15;

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
/// A rule is horizontal (vertical) when it is at most this thick (points) across...
pub(crate) const RULE_THICK: f32 = 1.5;
/// ...and at least this long (points) along.
pub(crate) const RULE_MIN_LEN: f32 = 1.0;
/// Extra distance (points) over [`POS_TOL`] at which a rule still borders a cell.
pub(crate) const BORDER_POS_SLACK: f32 = 0.5;
/// Two cells are apart when rules cover at least this fraction of the edge between them.
pub(crate) const BORDER_COVERAGE: f32 = 0.5;
/// Tolerance (points) when one grid's box lies inside another's.
pub(crate) const CONTAIN_TOL: f32 = 1.0;
/// A grid holds text in at least this many cells...
pub(crate) const MIN_FILLED: usize = 2;
/// ...and in at least this fraction of its cells (merged cells counted once).
pub(crate) const MIN_FILL: f32 = 0.25;
/// A grid has at least this many cells (merged cells counted once).
pub(crate) const MIN_CELLS: usize = 3;
/// A one-column grid is a table only with at least this many rows holding text.
pub(crate) const ONE_COLUMN_MIN_ROWS: usize = 3;
/// A grid with text in less than this fraction of its cells is a figure's frame when a row
/// or column is empty or most rows have at most one filled cell.
pub(crate) const SPARSE_FILL: f32 = 0.6;
/// Lines of a cell further apart than this many em are a figure's labels, not cell text...
pub(crate) const LOOSE_GAP: f32 = 2.5;
/// ...when at least 1/this of the filled cells have them.
pub(crate) const LOOSE_CELLS_DIV: usize = 4;
/// A row is shaded (a header) when filled boxes cover at least this fraction of it.
pub(crate) const SHADED_SHARE: f32 = 0.5;
/// Least width (em) of a whitespace gutter inside a ruled column band that makes it two
/// columns.
pub(crate) const GUTTER_GAP: f32 = 1.0;
/// Least number of text lines with substantive words on both sides of such a gutter.
pub(crate) const GUTTER_MIN_LINES: usize = 2;
/// Largest gap (em) between most lines of a ruled row band that are cut into stacked rows
/// (labels further apart are a figure's, not table rows).
pub(crate) const STACK_GAP: f32 = 1.0;

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
/// Horizontal rules shorter than this (points) are not booktabs rules of an unruled table.
pub(crate) const STREAM_RULE_MIN_PT: f32 = 40.0;
/// A column separator may be crossed by one multi-chunk row in this many.
pub(crate) const CROSSING_ROWS_DIV: usize = 10;
/// A column whose lines never share a baseline with other columns (cells centred on their
/// rows, each wrapped onto two lines) stands beside at least this many several-chunk lines...
pub(crate) const LONE_MIN_ROWS: usize = 2;
/// ...and beside one in this many of them.
pub(crate) const LONE_ROWS_DIV: usize = 4;
/// A caption label (`Cuadro N° 3:`) is read in this many leading words of a row.
pub(crate) const CAPTION_HEAD_WORDS: usize = 4;
/// At most this many single-chunk rows in a row inside a run (wrapped cells, group labels).
pub(crate) const RUN_MAX_SINGLE: usize = 2;
/// A booktabs rule is at most this far (points) inside the run's top or bottom...
pub(crate) const BOOKTABS_TOL_PT: f32 = 1.0;
/// ...and at most this far (em) outside it.
pub(crate) const BOOKTABS_REACH: f32 = 2.5;
/// A middle rule lies at least this far (em) inside the run's top and bottom.
pub(crate) const MID_RULE_INSET: f32 = 0.5;
/// Multi-chunk rows an unruled run needs...
pub(crate) const STREAM_MIN_ROWS: usize = 3;
/// ...or this many between a top, a middle and a bottom rule.
pub(crate) const RULED_MIN_ROWS: usize = 2;
/// A column stays when it is filled in at least this many rows...
pub(crate) const COLUMN_MIN_ROWS: usize = 2;
/// ...and in at least one in this many multi-chunk rows.
pub(crate) const COLUMN_ROWS_DIV: usize = 5;
/// An unruled grid fills at least this share (num, den) of its positions.
pub(crate) const MIN_GRID_FILL: (usize, usize) = (6, 10);
/// A rule ends the header only under one of this many leading rows.
pub(crate) const MIDRULE_MAX_ROWS: usize = 3;
/// A rule at most this far (points) beyond half the gap between two rows lies between them.
pub(crate) const MIDRULE_TOL_PT: f32 = 1.5;
/// A header (bold rows) covers at most this share (num, den) of the run.
pub(crate) const HEADER_SHARE: (usize, usize) = (1, 3);
/// Columns of prose side by side: at least this share (num, den) of the rows go on in
/// lower case in two cells or more.
pub(crate) const PARALLEL_SHARE: (usize, usize) = (3, 10);
/// A unit or currency beside a number has at most this many characters.
pub(crate) const UNIT_MAX_CHARS: usize = 4;
/// A numeric column has at least this many numeric cells...
pub(crate) const NUMERIC_MIN_CELLS: usize = 2;
/// ...and numbers in at least this share (num, den) of its cells.
pub(crate) const NUMERIC_SHARE: (usize, usize) = (6, 10);
/// A cell of at least this many words is wordy.
pub(crate) const WORDY_CELL_WORDS: usize = 6;
/// A grid reads as prose (or a table of contents) when more than this share (num, den) of its
/// cells is wordy (or holds dot leaders).
pub(crate) const PROSE_CELL_SHARE: (usize, usize) = (3, 10);
/// Chunk edges within this distance (em) of a column's median edge are aligned...
pub(crate) const ALIGN_TOL: f32 = 0.8;
/// ...and a column is aligned when at least this share (num, den) of its chunks are.
pub(crate) const ALIGNED_SHARE: (usize, usize) = (6, 10);

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
/// Words of a row whose centre lies within this fraction of the table's width outside it
/// still sit over the table.
pub(crate) const CAPTION_CLIP_SLACK: f32 = 0.1;
/// Font size (points) assumed for a page without text rows.
pub(crate) const CAPTION_SIZE_DEFAULT: f32 = 10.0;
/// Rows reaching this far (points) into the table's box still count as above or below it.
pub(crate) const CAPTION_EDGE_TOL_PT: f32 = 2.0;
/// Rows above a table that may be its caption: the first within this many em of the table,
/// the next within [`CAPTION_ABOVE_GAP`] em of each other, at most [`CAPTION_ABOVE_ROWS`].
pub(crate) const CAPTION_ABOVE_FIRST_GAP: f32 = 3.0;
/// See [`CAPTION_ABOVE_FIRST_GAP`].
pub(crate) const CAPTION_ABOVE_GAP: f32 = 0.8;
/// See [`CAPTION_ABOVE_FIRST_GAP`].
pub(crate) const CAPTION_ABOVE_ROWS: usize = 4;
/// A caption below a table: its label row within this many em of the table...
pub(crate) const CAPTION_BELOW_FIRST_GAP: f32 = 3.0;
/// ...its rows within this many em of each other...
pub(crate) const CAPTION_BELOW_GAP: f32 = 1.0;
/// ...at most this many rows.
pub(crate) const CAPTION_BELOW_ROWS: usize = 3;
/// An unlabelled caption (a title over the table) has at most this many rows...
pub(crate) const TITLE_MAX_ROWS: usize = 2;
/// ...at most this many words...
pub(crate) const TITLE_MAX_WORDS: usize = 40;
/// ...and, when not bold, every row centred on the table within this fraction of its width,
/// one of them indented by at least [`TITLE_INDENT`] of it on both sides.
pub(crate) const TITLE_CENTRE_TOL: f32 = 0.06;
/// See [`TITLE_CENTRE_TOL`].
pub(crate) const TITLE_INDENT: f32 = 0.04;
/// Fraction of the page height at the top (running headers) where an unlabelled title is not
/// taken, unless it is a heading right above the grid; the same band counts as furniture
/// when deciding whether a table starts its page.
pub(crate) const PAGE_TOP_BAND: f32 = 0.1;
/// The same at the bottom (folios, footers): rows below this fraction of the page height.
pub(crate) const PAGE_BOTTOM_BAND: f32 = 0.9;
/// A heading right above the grid: within this many em of it...
pub(crate) const HEADING_ABOVE_GAP: f32 = 1.5;
/// ...bold, or at least this many points bigger than the body text.
pub(crate) const HEADING_LARGER_PT: f32 = 1.0;
/// Rows of one caption group differ in size by at most this many points.
pub(crate) const GROUP_SAME_SIZE_PT: f32 = 0.8;
/// A note under a table starts within this many em below the table (or caption)...
pub(crate) const NOTE_FIRST_GAP: f32 = 3.0;
/// ...and the next note within this many em of the one before.
pub(crate) const NOTE_NEXT_GAP: f32 = 1.6;
/// A first row labelled like a note is one when it is within this many em of the table and
/// smaller than the page's body text by more than [`NOTE_SMALLER_PT`].
pub(crate) const NOTE_LABEL_GAP: f32 = 2.0;
/// Points by which a note's type is smaller than the body text.
pub(crate) const NOTE_SMALLER_PT: f32 = 0.3;
/// A note goes on over rows whose size differs from its first row's by at most this many
/// points...
pub(crate) const NOTE_SAME_SIZE_PT: f32 = 0.6;
/// ...with at most this many em between rows.
pub(crate) const NOTE_LINE_GAP: f32 = 0.6;
/// Tolerance (points) when deciding whether a table starts or ends its page's text.
pub(crate) const PLACEMENT_TOL_PT: f32 = 1.0;
/// Rows under the table smaller than the body text by more than this many points
/// (footnotes) do not stop it ending the page.
pub(crate) const PLACEMENT_SMALLER_PT: f32 = 0.5;

// ---- joins over pages ----
/// Two parts of a table on consecutive pages have the same columns when every column edge
/// moved by the same shift within this many points: (both ruled, otherwise).
pub(crate) const JOIN_EDGE_TOL_PT: (f32, f32) = (4.0, 15.0);
/// When a table's header was not told (no bold, no shading: an OCR page), at most this many
/// leading rows that the next page repeats above its continuation are taken for its header.
pub(crate) const JOIN_REPEATED_HEADER_MAX: usize = 3;
/// A repeated header row read differently on the next page (OCR) is still the same row
/// when it has at least this many characters…
pub(crate) const JOIN_FUZZY_MIN_CHARS: usize = 5;
/// …and its readings differ by at most one edit (a character inserted, dropped or changed)
/// per this many characters of the row.
pub(crate) const JOIN_FUZZY_CHARS_PER_EDIT: usize = 6;
/// Header cells longer than this (characters) are compared exactly (bounds the work).
pub(crate) const JOIN_FUZZY_MAX_CHARS: usize = 120;

// ---- words and rows (mod) ----
/// Font sizes at most this (points) are unset: the glyph box height stands in.
pub(crate) const MIN_SIZE_PT: f32 = 0.5;
/// A raised glyph at most this far (em) from the word before it is glued to that word.
pub(crate) const GLUE_TOUCH: f32 = 0.15;
/// A word's centre at most this far (points) outside a box is inside it.
pub(crate) const INSIDE_TOL_PT: f32 = 0.5;
/// Words whose baselines differ by at most this (em of the word) are on one text row...
pub(crate) const ROW_BASELINE_TOL: f32 = 0.35;
/// ...with the word's size taken as at least this (points).
pub(crate) const ROW_SIZE_FLOOR_PT: f32 = 2.0;
/// A cell says something when it holds a digit or a run of at least this many letters.
pub(crate) const SUBSTANTIVE_LETTERS: usize = 3;
/// A grid is a table only when at least this share (num, den) of its filled cells says something.
pub(crate) const SUBSTANTIVE_SHARE: (usize, usize) = (4, 10);

// ---- logical rows ----
/// A loose line between two anchors joins the one below when it is nearer to it by more
/// than this (em of the line).
pub(crate) const NEARER_BELOW: f32 = 0.15;
/// Padded rows are looked for only in segments of at least this many lines...
pub(crate) const PADDED_MIN_LINES: usize = 3;
/// A header of at most this many lines over a table's first rule is split into two rows
/// where its cells stand at different heights (`logical::level_split`).
pub(crate) const LEVEL_MAX_LINES: usize = 4;
/// ...where a baseline step wider than the least by more than this (em) starts a row...
pub(crate) const PADDED_STEP: f32 = 0.25;
/// ...or a step wider than the leading by this much (em) when it parts two lines that are
/// rows for certain (`logical::padded_threshold`).
pub(crate) const PADDED_MIN_STEP: f32 = 0.1;
/// Two lines of different columns whose baselines are closer than this (em) are interleaved:
/// a spanning cell's lines run between padded rows, and columns are followed on their own.
pub(crate) const INTERLEAVE_STEP: f32 = 0.8;
/// ...and the rows so cut have on average at most this many lines.
pub(crate) const PADDED_MAX_LINES: usize = 3;
/// A row holding only a first-column label is a section row spanning the row in tables of
/// at least this many columns (columns).
pub(crate) const SECTION_MIN_COLUMNS: usize = 3;
/// First cells under a lone label indented by more than this (em of the label) are entries
/// of a stub's hierarchy under it: the label is not a section row spanning the row.
pub(crate) const STUB_INDENT: f32 = 0.5;

// ---- inner cuts (unruled splits inside ruled cells) ----
/// A column band or row band is split only when it holds at least this many words.
pub(crate) const INNER_MIN_WORDS: usize = 4;
/// A word crossing an unruled border by more than this (points) on both sides joins the cells.
pub(crate) const CUT_CROSS_TOL_PT: f32 = 1.0;

// ---- justified cell lines (`justified`) ----
/// A justified run has at least this many stretched word spaces (one gap cannot show that
/// the slack was spread evenly).
pub(crate) const JUSTIFIED_MIN_GAPS: usize = 2;
/// The gaps of one justified run are this close in width (em): the slack is spread evenly.
pub(crate) const JUSTIFIED_GAP_TOL: f32 = 0.05;
/// A space glyph typeset after a word starts this close (em) to the word's right edge.
pub(crate) const SPACE_AFTER_TOL: f32 = 0.15;
/// A gap is closed up only when it is wider than its space glyph by more than this (em).
pub(crate) const JUSTIFIED_MIN_STRETCH: f32 = 0.1;
/// The next line of a justified paragraph starts this close (em) to the line's left edge,
/// and a justified line below it ends this close to its right edge.
pub(crate) const JUSTIFIED_EDGE_TOL: f32 = 0.3;
/// ...on a row at most this far below (em, baseline to baseline; rows of other cells may
/// stand between, set at half steps when cells are centred vertically).
pub(crate) const JUSTIFIED_LINE_REACH: f32 = 2.0;
/// At most this many justified lines of one paragraph are followed down to its last line.
pub(crate) const JUSTIFIED_MAX_LINES: usize = 40;

// ---- rows of vertically centred cells (`centred`) ----
/// A segment of fewer lines than this is left to the other row groupings.
pub(crate) const CENTRED_MIN_LINES: usize = 3;
/// Middles (and a lone cell halfway between two lines) match within this share of the
/// leading.
pub(crate) const CENTRED_TOL: f32 = 0.2;

/// Body edges within this distance (em) of their column's median edge are aligned on that
/// side ([`gutters`](super::gutters): who owns the gutter between two columns)...
pub(crate) const GUTTER_ALIGN_TOL: f32 = 0.15;
/// ...when at least this share (num, den) of the column's body pieces are.
pub(crate) const GUTTER_ALIGN_SHARE: (usize, usize) = (3, 4);
