//! The content-stream interpreter.
//!
//! In: a page (or form XObject) content stream, its resources, the page's display
//! transform and the run's [`Limits`]. Out: glyphs (text, box in displayed page space,
//! font, flags), ruling segments and filled rectangles appended to a [`TextPage`], plus
//! diagnostics. It keeps the graphics state (CTM, colours, bounded `q`/`Q` stack) and the
//! text state (`Tf Tc Tw Tz TL Ts Tr`, text and line matrices), follows form XObjects to a
//! bounded depth without cycles, honours marked content (`/Artifact`, `/ActualText`) and
//! counts operators and glyphs against the limits.

use compact_str::CompactString;
use std::sync::{Arc, Mutex};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::filters::Problem;
use super::font::{Font, Raised, Shown};
use super::inthash::IntMap;
use super::lexer::{Lexer, Operand};
use super::load::{decode_text_string, resolve};
use super::{FilledRect, Glyph, PageImage, Rule, TextPage};
use crate::config::Limits;
use crate::model::{Diagnostic, Level};

/// Affine matrix `[a b c d e f]` (row-vector convention: `p' = p × M`).
pub type Matrix = [f64; 6];

/// The identity matrix.
pub const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m1 × m2`: apply `m1`, then `m2`.
pub fn mul(m1: &Matrix, m2: &Matrix) -> Matrix {
    [
        m1[0] * m2[0] + m1[1] * m2[2],
        m1[0] * m2[1] + m1[1] * m2[3],
        m1[2] * m2[0] + m1[3] * m2[2],
        m1[2] * m2[1] + m1[3] * m2[3],
        m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
        m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
    ]
}

/// Applies `m` to the point `(x, y)`.
pub fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

/// Operators between two readings of the clock.
const TIME_CHECK_OPS: usize = 1024;
/// Fewest words that are not PDF operators for a page's content to count as something else
/// (a font program or an image where a content stream should be); they must also be most
/// of its words.
const MIN_FOREIGN_OPS: usize = 64;

/// The operators of PDF content streams (ISO 32000-1, annex A).
const OPERATORS: [&[u8]; 73] = [
    b"b", b"B", b"b*", b"B*", b"BDC", b"BI", b"BMC", b"BT", b"BX", b"c", b"cm", b"CS", b"cs", b"d", b"d0", b"d1",
    b"Do", b"DP", b"EI", b"EMC", b"ET", b"EX", b"f", b"F", b"f*", b"G", b"g", b"gs", b"h", b"i", b"ID", b"j", b"J",
    b"K", b"k", b"l", b"m", b"M", b"MP", b"n", b"q", b"Q", b"re", b"RG", b"rg", b"ri", b"s", b"S", b"SC", b"sc",
    b"SCN", b"scn", b"sh", b"T*", b"Tc", b"Td", b"TD", b"Tf", b"Tj", b"TJ", b"TL", b"Tm", b"Tr", b"Ts", b"Tw", b"Tz",
    b"v", b"w", b"W", b"W*", b"y", b"'", b"\"",
];
/// Deepest `q` nesting kept; deeper saves are counted and ignored.
const MAX_SAVE_DEPTH: usize = 512;
/// Fonts remembered per page by where and under which name they were set (a longer list
/// starts again).
const FONT_MEMO: usize = 32;
/// Deepest marked-content nesting tracked.
const MAX_MARKED_DEPTH: usize = 512;
/// Points kept in one path.
const MAX_PATH_POINTS: usize = 100_000;
/// Rules and rectangles kept per page.
const MAX_GRAPHICS: usize = 100_000;
/// Image placements recorded per page.
const MAX_IMAGES: usize = 256;
/// Most drawing boxes recorded per page.
const MAX_DRAWINGS: usize = 20_000;
/// Bytes of a page's content stream per glyph room reserved before it runs (text shows a
/// glyph in a few bytes of a `TJ` string): the glyph list then grows without copies.
const RESERVE_BYTES_PER_GLYPH: usize = 4;
/// Most glyphs reserved that way (a page of vector graphics is long and shows few).
const RESERVE_MAX_GLYPHS: usize = 8192;
/// A filled rectangle thinner than this (points) is a rule.
const THIN: f64 = 2.0;
/// A TJ offset larger than this (in em) splits words.
const TJ_SPACE_EM: f64 = 0.25;

/// Font identity within a document, for the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FontKey {
    /// An indirect font object.
    Id(ObjectId),
    /// A direct font dictionary, by its address in the (immutable) document.
    Addr(usize),
}

/// Fonts decoded so far in one document, shared by the threads that read its pages: a font
/// used on every page is decoded once (two threads meeting a new font at the same moment
/// may both decode it; the first stored is the one every page then uses).
#[derive(Default)]
pub struct DocCache {
    fonts: Mutex<IntMap<FontKey, Arc<Font>>>,
}

impl DocCache {
    /// The font under `key`, decoded by `load` when no page has met it yet.
    fn font(&self, key: FontKey, load: impl FnOnce() -> Font) -> Arc<Font> {
        if let Some(f) = self.fonts.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return f.clone();
        }
        let f = Arc::new(load());
        self.fonts.lock().unwrap_or_else(|e| e.into_inner()).entry(key).or_insert(f).clone()
    }
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Arc<Font>>,
    font_slot: u32,
    size: f64,
    char_space: f64,
    word_space: f64,
    hscale: f64,
    leading: f64,
    rise: f64,
    render: i64,
    fill: u32,
    line_width: f64,
    tm: Matrix,
    tlm: Matrix,
}

impl GState {
    fn new(ctm: Matrix) -> Self {
        GState {
            ctm,
            font: None,
            font_slot: 0,
            size: 0.0,
            char_space: 0.0,
            word_space: 0.0,
            hscale: 1.0,
            leading: 0.0,
            rise: 0.0,
            render: 0,
            fill: 0,
            line_width: 1.0,
            tm: IDENTITY,
            tlm: IDENTITY,
        }
    }
}

struct Marked {
    artifact: bool,
    actual: Option<String>,
    start: usize,
}

#[derive(Default)]
struct SubPath {
    points: Vec<(f64, f64)>,
    closed: bool,
    curved: bool,
}

/// A resource lookup chain (innermost first).
#[derive(Clone)]
pub struct Resources<'a> {
    dicts: Vec<&'a Dictionary>,
}

impl<'a> Resources<'a> {
    /// Resources from the given dictionaries, searched in order.
    pub fn new(dicts: Vec<&'a Dictionary>) -> Self {
        Resources { dicts }
    }

    fn lookup(&self, doc: &'a Document, category: &[u8], name: &[u8]) -> Option<(Option<ObjectId>, &'a Object)> {
        for d in &self.dicts {
            let Some(cat) = d.get(category).ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_dict().ok()) else {
                continue;
            };
            if let Ok(v) = cat.get(name) {
                let id = match v {
                    Object::Reference(id) => Some(*id),
                    _ => None,
                };
                if let Some(obj) = resolve(doc, v) {
                    return Some((id, obj));
                }
            }
        }
        None
    }
}

/// A remembered `Tf`: the addresses of the resource dictionaries it was looked up in, the
/// resource name, the font and its slot on the page.
type FontMemo = (Vec<usize>, Vec<u8>, Arc<Font>, u32);

/// Interpreter for one page.
pub struct Interp<'a, 'c> {
    doc: &'a Document,
    limits: &'a Limits,
    cache: &'c DocCache,
    /// Bytes the page's content streams may still decompress to (its share of the
    /// per-document budget).
    stream_left: usize,
    /// The page being filled.
    pub page: TextPage,
    display: Matrix,
    gs: GState,
    stack: Vec<GState>,
    ignored_saves: usize,
    ops: usize,
    /// Words in operator position that are no PDF operator.
    foreign_ops: usize,
    /// Set when a limit stopped interpretation.
    pub stopped: bool,
    /// Where the glyphs of the current text object (`BT`) begin in `page.glyphs`; its first
    /// glyph is marked [`Glyph::object_start`] when the object ends (`ET`), which costs
    /// nothing per glyph.
    object_first: usize,
    forms: Vec<ObjectId>,
    marked: Vec<Marked>,
    ignored_marked: usize,
    path: Vec<SubPath>,
    path_points: usize,
    slots: IntMap<FontKey, u32>,
    unmapped: IntMap<u32, (usize, Vec<u32>)>,
    guessed: IntMap<u32, usize>,
    /// The fonts set (`Tf`) so far, up to [`FONT_MEMO`]: where each was looked up (the
    /// addresses of the resource dictionaries), its resource name, the font and its slot.
    /// Pages switch between a few fonts again and again; each is looked up once.
    font_memo: Vec<FontMemo>,
    shown: Vec<Shown>,
    depth_reported: bool,
    graphics_reported: bool,
    /// Where the page's characters went, to tell whether the frame suits them.
    pub view: TextView,
}

/// How the characters of a page sit in the frame they were read in (spaces and vertical
/// writing not counted).
#[derive(Debug, Clone, Copy)]
pub struct TextView {
    /// Characters by writing direction on the displayed page: right, down, left, up.
    pub dirs: [usize; 4],
    /// Characters wholly outside the displayed page.
    pub outside: usize,
    /// Characters at least partly inside.
    pub inside: usize,
    /// Union of the characters' boxes, `[x0, top, x1, bottom]` in displayed space.
    pub ink: [f64; 4],
}

impl Default for TextView {
    fn default() -> Self {
        TextView { dirs: [0; 4], outside: 0, inside: 0, ink: [f64::MAX, f64::MAX, f64::MIN, f64::MIN] }
    }
}

impl<'a, 'c> Interp<'a, 'c> {
    /// An interpreter that writes into `page`, mapping user space to displayed space by
    /// `display`; its content streams may decompress to `stream_budget` bytes in all.
    pub fn new(
        doc: &'a Document,
        limits: &'a Limits,
        cache: &'c DocCache,
        stream_budget: usize,
        page: TextPage,
        display: Matrix,
    ) -> Self {
        Interp {
            doc,
            limits,
            cache,
            stream_left: stream_budget,
            page,
            display,
            gs: GState::new(IDENTITY),
            stack: Vec::new(),
            ignored_saves: 0,
            ops: 0,
            foreign_ops: 0,
            stopped: false,
            object_first: usize::MAX,
            forms: Vec::new(),
            marked: Vec::new(),
            ignored_marked: 0,
            path: Vec::new(),
            path_points: 0,
            slots: IntMap::default(),
            unmapped: IntMap::default(),
            guessed: IntMap::default(),
            font_memo: Vec::new(),
            shown: Vec::new(),
            depth_reported: false,
            graphics_reported: false,
            view: TextView::default(),
        }
    }

    pub(crate) fn diag(&mut self, level: Level, code: &str, message: String) {
        let number = self.page.number;
        if self.page.diagnostics.iter().any(|d| d.code == code && d.message == message) {
            return;
        }
        self.page.diagnostics.push(Diagnostic::new(level, code, message).on_page(number));
    }

    /// Decodes a content stream within the remaining per-document budget and the
    /// per-stream limit. A stream that is cut short or damaged keeps what was decoded before
    /// the problem, which a diagnostic names (`what`: "content stream", "form XObject /Fm0";
    /// `id`: its object).
    pub fn stream_data(&mut self, s: &Stream, what: &str, id: Option<ObjectId>) -> Vec<u8> {
        let doc_left = self.stream_left;
        let limit = self.limits.max_stream_bytes.min(doc_left);
        let decoded = super::filters::decode(s, limit);
        let data = decoded.data;
        self.stream_left = self.stream_left.saturating_sub(data.len());
        self.page.stream_bytes += data.len();
        let number = self.page.number;
        let name = match id {
            Some((n, g)) => format!("{what} {n} {g} R of page {number}"),
            None => format!("{what} of page {number}"),
        };
        match decoded.problem {
            Some(Problem::Limit) => {
                let (code, what) = if doc_left < self.limits.max_stream_bytes {
                    ("limit.document_stream_bytes", "the document's content streams decompress")
                } else {
                    ("limit.stream_bytes", "a content stream decompresses")
                };
                let kept = if data.is_empty() {
                    "nothing of it could be read".to_string()
                } else {
                    format!("the first {} bytes were read", data.len())
                };
                self.diag(Level::Error, code, format!("{what} to more than {limit} bytes ({code}); {kept}"));
            }
            Some(Problem::Corrupt(why)) => {
                let kept = match data.len() {
                    0 => "nothing could be decoded".to_string(),
                    n => format!("the {n} bytes decoded were read"),
                };
                self.diag(Level::Error, "pdf.stream_corrupt", format!("the {name} is damaged ({why}); {kept}"));
            }
            Some(Problem::Unsupported(filter)) => {
                self.diag(
                    Level::Error,
                    "pdf.stream_corrupt",
                    format!("the {name} uses the filter {filter}, which a content stream cannot use; it was not read"),
                );
            }
            None => {}
        }
        data
    }

    /// Runs a content stream with `res`. `depth` is the form-XObject nesting level.
    pub fn run(&mut self, data: &[u8], res: &Resources<'a>, depth: usize) {
        if depth == 0 {
            self.page.glyphs.reserve((data.len() / RESERVE_BYTES_PER_GLYPH).min(RESERVE_MAX_GLYPHS));
        }
        let mut lexer = Lexer::new(data, self.limits.max_depth);
        let mut operands: Vec<Operand> = Vec::new();
        while let Some(op) = lexer.next_op(&mut operands) {
            if self.stopped {
                return;
            }
            self.ops += 1;
            // The clock is read every few thousand operators (form XObjects included).
            if self.ops.is_multiple_of(TIME_CHECK_OPS) && self.limits.out_of_time() {
                self.diag(
                    Level::Error,
                    "limit.time",
                    format!(
                        "the document took longer than {} s (limit.time) while page {} was being read, after {} content operators; the rest of the page was not read",
                        self.limits.max_seconds.as_secs(),
                        self.page.number,
                        self.ops
                    ),
                );
                self.stopped = true;
                return;
            }
            if self.ops > self.limits.max_operators_per_page {
                let max = self.limits.max_operators_per_page;
                self.diag(
                    Level::Error,
                    "limit.operators",
                    format!("the page has more than {max} content operators (limit.operators_per_page); the rest was not read"),
                );
                self.stopped = true;
                return;
            }
            self.op(op, &operands, res, depth);
        }
        if lexer.truncated && !self.depth_reported {
            self.depth_reported = true;
            self.diag(
                Level::Warning,
                "limit.depth",
                format!("a content stream nests arrays or dictionaries deeper than {} levels or holds oversized arrays; they were skipped (limit.depth)", self.limits.max_depth),
            );
        }
    }

    /// Emits what is left to say after the page was read.
    pub fn finish(&mut self) {
        if self.foreign_ops >= MIN_FOREIGN_OPS && self.foreign_ops * 2 > self.ops {
            let number = self.page.number;
            let message = format!(
                "the content of page {number} is mostly not PDF operators ({} of {} words; another kind of data where its content stream should be); its text may be lost",
                self.foreign_ops, self.ops
            );
            self.diag(Level::Error, "pdf.content_foreign", message);
        }
        let mut unmapped: Vec<(u32, (usize, Vec<u32>))> = self.unmapped.drain().collect();
        unmapped.sort();
        for (slot, (count, codes)) in unmapped {
            let codes: Vec<String> = codes.iter().map(|c| format!("{c:#04x}")).collect();
            let name = self.page.fonts.get(slot as usize).map(|f| f.name.clone()).unwrap_or_default();
            let number = self.page.number;
            self.page.diagnostics.push(
                Diagnostic::new(
                    Level::Warning,
                    "font.no_unicode",
                    format!(
                        "font {name} on page {number}: {count} glyph(s) have no Unicode mapping and were emitted as U+FFFD (codes {})",
                        codes.join(" ")
                    ),
                )
                .on_page(number),
            );
        }
        let mut guessed: Vec<(u32, usize)> = self.guessed.drain().collect();
        guessed.sort();
        for (slot, count) in guessed {
            let name = self.page.fonts.get(slot as usize).map(|f| f.name.clone()).unwrap_or_default();
            let number = self.page.number;
            self.page.diagnostics.push(
                Diagnostic::new(
                    Level::Info,
                    "font.guessed_unicode",
                    format!("font {name} on page {number}: {count} glyph(s) have only numbered glyph names; their codes were read as WinAnsi"),
                )
                .on_page(number),
            );
        }
        // Close marked-content spans left open.
        while !self.marked.is_empty() {
            self.end_marked();
        }
    }

    fn nums<const N: usize>(operands: &[Operand]) -> Option<[f64; N]> {
        let tail = operands.get(operands.len().checked_sub(N)?..)?;
        let mut out = [0.0; N];
        for (slot, o) in out.iter_mut().zip(tail) {
            *slot = o.num()?;
        }
        Some(out)
    }

    fn op(&mut self, op: &[u8], operands: &[Operand], res: &Resources<'a>, depth: usize) {
        // Byte patterns, not `b"cm"` literals: a decision on the length and the bytes
        // instead of one comparison per operator name in turn.
        match op {
            [b'q'] => {
                if self.stack.len() < MAX_SAVE_DEPTH {
                    self.stack.push(self.gs.clone());
                } else {
                    self.ignored_saves += 1;
                }
            }
            [b'Q'] => {
                if self.ignored_saves > 0 {
                    self.ignored_saves -= 1;
                } else if let Some(g) = self.stack.pop() {
                    self.gs = g;
                }
            }
            [b'c', b'm'] => {
                if let Some(m) = Self::nums::<6>(operands) {
                    self.gs.ctm = mul(&m, &self.gs.ctm);
                }
            }
            [b'w'] => {
                if let Some([w]) = Self::nums::<1>(operands) {
                    self.gs.line_width = w.abs();
                }
            }
            [b'B', b'T'] => {
                self.gs.tm = IDENTITY;
                self.gs.tlm = IDENTITY;
                self.object_first = self.page.glyphs.len();
            }
            [b'E', b'T'] => {
                if let Some(g) = self.page.glyphs.get_mut(self.object_first) {
                    g.object_start = true;
                }
                self.object_first = usize::MAX;
            }
            [b'T', b'f'] => self.set_font(operands, res),
            [b'T', b'c'] => {
                if let Some([v]) = Self::nums::<1>(operands) {
                    self.gs.char_space = v;
                }
            }
            [b'T', b'w'] => {
                if let Some([v]) = Self::nums::<1>(operands) {
                    self.gs.word_space = v;
                }
            }
            [b'T', b'z'] => {
                if let Some([v]) = Self::nums::<1>(operands) {
                    self.gs.hscale = v / 100.0;
                }
            }
            [b'T', b'L'] => {
                if let Some([v]) = Self::nums::<1>(operands) {
                    self.gs.leading = v;
                }
            }
            [b'T', b's'] => {
                if let Some([v]) = Self::nums::<1>(operands) {
                    self.gs.rise = v;
                }
            }
            [b'T', b'r'] => {
                if let Some([v]) = Self::nums::<1>(operands) {
                    self.gs.render = v as i64;
                }
            }
            [b'T', b'd'] => {
                if let Some([x, y]) = Self::nums::<2>(operands) {
                    self.move_line(x, y);
                }
            }
            [b'T', b'D'] => {
                if let Some([x, y]) = Self::nums::<2>(operands) {
                    self.gs.leading = -y;
                    self.move_line(x, y);
                }
            }
            [b'T', b'm'] => {
                if let Some(m) = Self::nums::<6>(operands) {
                    self.gs.tm = m;
                    self.gs.tlm = m;
                }
            }
            [b'T', b'*'] => self.move_line(0.0, -self.gs.leading),
            [b'T', b'j'] => {
                if let Some(Operand::Str(s)) = operands.last() {
                    self.show(s);
                }
            }
            [b'\''] => {
                self.move_line(0.0, -self.gs.leading);
                if let Some(Operand::Str(s)) = operands.last() {
                    self.show(s);
                }
            }
            [b'"'] => {
                if let [Operand::Num(aw), Operand::Num(ac), Operand::Str(s)] = operands {
                    self.gs.word_space = *aw;
                    self.gs.char_space = *ac;
                    self.move_line(0.0, -self.gs.leading);
                    self.show(s);
                }
            }
            [b'T', b'J'] => {
                if let Some(Operand::Array(items)) = operands.last() {
                    for item in items {
                        match item {
                            Operand::Str(s) => self.show(s),
                            Operand::Num(n) if n.is_finite() => self.kern(*n),
                            _ => {}
                        }
                        if self.stopped {
                            break;
                        }
                    }
                }
            }
            [b'g'] => {
                if let Some([v]) = Self::nums::<1>(operands) {
                    self.gs.fill = gray(v);
                }
            }
            [b'r', b'g'] => {
                if let Some([r, g, b]) = Self::nums::<3>(operands) {
                    self.gs.fill = rgb(r, g, b);
                }
            }
            [b'k'] => {
                if let Some([c, m, y, k]) = Self::nums::<4>(operands) {
                    self.gs.fill = cmyk(c, m, y, k);
                }
            }
            [b's', b'c'] | [b's', b'c', b'n'] => {
                let n: Vec<f64> = operands.iter().filter_map(Operand::num).collect();
                self.gs.fill = match n.as_slice() {
                    [v] => gray(*v),
                    [r, g, b] => rgb(*r, *g, *b),
                    [c, m, y, k] => cmyk(*c, *m, *y, *k),
                    _ => self.gs.fill,
                };
            }
            [b'c', b's'] => self.gs.fill = 0,
            [b'm'] => {
                if let Some([x, y]) = Self::nums::<2>(operands) {
                    let p = self.user_to_display(x, y);
                    self.path.push(SubPath { points: vec![p], ..Default::default() });
                    self.path_points += 1;
                }
            }
            [b'l'] => {
                if let Some([x, y]) = Self::nums::<2>(operands) {
                    let p = self.user_to_display(x, y);
                    self.add_point(p, false);
                }
            }
            [b'c'] | [b'v'] | [b'y'] => {
                let n = if op == b"c" { 6 } else { 4 };
                if let Some(tail) = operands.len().checked_sub(n).and_then(|s| operands.get(s..)) {
                    if let (Some(x), Some(y)) = (tail[n - 2].num(), tail[n - 1].num()) {
                        let p = self.user_to_display(x, y);
                        self.add_point(p, true);
                    }
                }
            }
            [b'r', b'e'] => {
                if let Some([x, y, w, h]) = Self::nums::<4>(operands) {
                    let pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)];
                    let points: Vec<(f64, f64)> = pts.iter().map(|&(px, py)| self.user_to_display(px, py)).collect();
                    if self.path_points < MAX_PATH_POINTS {
                        self.path_points += 4;
                        self.path.push(SubPath { points, closed: true, curved: false });
                    }
                }
            }
            [b'h'] => {
                if let Some(sp) = self.path.last_mut() {
                    sp.closed = true;
                }
            }
            [b'S'] | [b's'] => self.paint(op == b"s", false, true),
            [b'f'] | [b'F'] | [b'f', b'*'] => self.paint(true, true, false),
            [b'B'] | [b'B', b'*'] | [b'b'] | [b'b', b'*'] => self.paint(true, true, true),
            [b'n'] => self.paint(false, false, false),
            [b'B', b'M', b'C'] => {
                let artifact = matches!(operands.last(), Some(Operand::Name(n)) if n == b"Artifact");
                self.begin_marked(artifact, None);
            }
            [b'B', b'D', b'C'] => {
                let artifact = matches!(operands.first(), Some(Operand::Name(n)) if n == b"Artifact");
                let actual = match operands.get(1) {
                    Some(props @ Operand::Dict(_)) => match props.dict_get(b"ActualText") {
                        Some(Operand::Str(s)) => Some(decode_text_string(s)),
                        _ => None,
                    },
                    Some(Operand::Name(n)) => self.property_actual_text(res, n),
                    _ => None,
                };
                self.begin_marked(artifact, actual);
            }
            [b'E', b'M', b'C'] => {
                if self.ignored_marked > 0 {
                    self.ignored_marked -= 1;
                } else {
                    self.end_marked();
                }
            }
            [b'D', b'o'] => {
                if let Some(Operand::Name(n)) = operands.last() {
                    self.do_xobject(n, res, depth);
                }
            }
            other => {
                if !OPERATORS.contains(&other) {
                    self.foreign_ops += 1;
                }
            }
        }
    }

    fn property_actual_text(&self, res: &Resources<'a>, name: &[u8]) -> Option<String> {
        let (_, obj) = res.lookup(self.doc, b"Properties", name)?;
        let d = obj.as_dict().ok()?;
        match resolve(self.doc, d.get(b"ActualText").ok()?)? {
            Object::String(s, _) => Some(decode_text_string(s)),
            _ => None,
        }
    }

    fn begin_marked(&mut self, artifact: bool, actual: Option<String>) {
        if self.marked.len() >= MAX_MARKED_DEPTH {
            self.ignored_marked += 1;
            return;
        }
        let parent_artifact = self.marked.last().is_some_and(|m| m.artifact);
        self.marked.push(Marked { artifact: artifact || parent_artifact, actual, start: self.page.glyphs.len() });
    }

    fn end_marked(&mut self) {
        let Some(m) = self.marked.pop() else { return };
        let Some(actual) = m.actual else { return };
        let start = m.start.min(self.page.glyphs.len());
        let span: Vec<Glyph> = self.page.glyphs.drain(start..).collect();
        let Some(first) = span.first() else { return };
        let mut merged = first.clone();
        for g in &span[1..] {
            merged.bbox[0] = merged.bbox[0].min(g.bbox[0]);
            merged.bbox[1] = merged.bbox[1].min(g.bbox[1]);
            merged.bbox[2] = merged.bbox[2].max(g.bbox[2]);
            merged.bbox[3] = merged.bbox[3].max(g.bbox[3]);
        }
        let text: CompactString = actual
            .chars()
            .filter(|c| !matches!(*c as u32, 0xE000..=0xF8FF) && (!c.is_control() || *c == '\t'))
            .collect();
        if !text.is_empty() {
            merged.text = text;
            self.page.glyphs.push(merged);
        }
    }

    fn move_line(&mut self, x: f64, y: f64) {
        self.gs.tlm = mul(&[1.0, 0.0, 0.0, 1.0, x, y], &self.gs.tlm);
        self.gs.tm = self.gs.tlm;
    }

    fn set_font(&mut self, operands: &[Operand], res: &Resources<'a>) {
        let (Some(Operand::Name(name)), Some(size)) = (operands.first(), operands.get(1).and_then(Operand::num)) else {
            return;
        };
        self.gs.size = size;
        let addr = |d: &&Dictionary| *d as *const Dictionary as usize;
        let same_place =
            |at: &[usize]| at.len() == res.dicts.len() && at.iter().zip(&res.dicts).all(|(a, d)| *a == addr(d));
        if let Some((_, _, font, slot)) = self.font_memo.iter().find(|m| m.1 == *name && same_place(&m.0)) {
            self.gs.font = Some(font.clone());
            self.gs.font_slot = *slot;
            return;
        }
        let found = res.lookup(self.doc, b"Font", name);
        let (key, dict) = match found {
            Some((id, obj)) => match obj.as_dict() {
                Ok(d) => (id.map(FontKey::Id).unwrap_or(FontKey::Addr(d as *const Dictionary as usize)), Some(d)),
                Err(_) => (FontKey::Addr(0), None),
            },
            None => (FontKey::Addr(0), None),
        };
        if dict.is_none() {
            let n = String::from_utf8_lossy(name).into_owned();
            self.diag(
                Level::Warning,
                "font.missing",
                format!("font resource /{n} is missing; its text was read with a standard encoding"),
            );
        }
        let doc = self.doc;
        let font = self.cache.font(key, || match dict {
            Some(d) => Font::load(doc, d),
            None => Font::fallback(),
        });
        let slot = match self.slots.get(&key) {
            Some(s) => *s,
            None => {
                let mut info = font.info.clone();
                if info.name == "(unnamed)" {
                    info.name = format!("/{}", String::from_utf8_lossy(name));
                }
                let s = match self.page.fonts.iter().position(|f| *f == info) {
                    Some(p) => p as u32,
                    None => {
                        self.page.fonts.push(info);
                        (self.page.fonts.len() - 1) as u32
                    }
                };
                self.slots.insert(key, s);
                self.report_font_damage(&font, key, s);
                s
            }
        };
        if dict.is_some() {
            if self.font_memo.len() >= FONT_MEMO {
                self.font_memo.clear();
            }
            self.font_memo.push((res.dicts.iter().map(addr).collect(), name.clone(), font.clone(), slot));
        }
        self.gs.font = Some(font);
        self.gs.font_slot = slot;
    }

    /// Damaged streams of a font, said once per page that uses the font.
    fn report_font_damage(&mut self, font: &Font, key: FontKey, slot: u32) {
        let name = self.page.fonts.get(slot as usize).map(|f| f.name.clone()).unwrap_or_default();
        let object = match key {
            FontKey::Id((n, g)) => format!(" ({n} {g} R)"),
            FontKey::Addr(_) => String::new(),
        };
        let number = self.page.number;
        for what in &font.damaged {
            self.diag(Level::Error, "pdf.stream_corrupt", format!("font {name}{object} on page {number}: {what}"));
        }
    }

    fn kern(&mut self, n: f64) {
        let vertical = self.gs.font.as_ref().is_some_and(|f| f.vertical);
        let adj = -n / 1000.0 * self.gs.size;
        if vertical {
            self.gs.tm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, adj], &self.gs.tm);
            return;
        }
        let tx = adj * self.gs.hscale;
        if -n / 1000.0 > TJ_SPACE_EM {
            let last_is_space = self.page.glyphs.last().is_none_or(|g| g.text.ends_with(char::is_whitespace));
            if !last_is_space {
                let start = self.gs.tm;
                self.gs.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.gs.tm);
                self.push_glyph(CompactString::const_new(" "), &start, -n / 1000.0);
                return;
            }
        }
        self.gs.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.gs.tm);
    }

    fn show(&mut self, bytes: &[u8]) {
        let font = match &self.gs.font {
            Some(f) => f.clone(),
            None => {
                self.diag(Level::Warning, "font.missing", "text was shown before any font was set".to_string());
                let f = Arc::new(Font::fallback());
                self.gs.font = Some(f.clone());
                f
            }
        };
        let mut shown = std::mem::take(&mut self.shown);
        shown.clear();
        font.decode(bytes, &mut shown);
        let raising = font.has_raised();
        for s in shown.iter_mut() {
            if self.stopped {
                break;
            }
            let start = self.gs.tm;
            let size = self.gs.size;
            if font.vertical {
                let ty =
                    s.advance as f64 * size + self.gs.char_space + if s.word_space { self.gs.word_space } else { 0.0 };
                self.gs.tm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, ty], &self.gs.tm);
            } else {
                let tx = (s.advance as f64 * size
                    + self.gs.char_space
                    + if s.word_space { self.gs.word_space } else { 0.0 })
                    * self.gs.hscale;
                self.gs.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.gs.tm);
            }
            if s.guessed && s.text.is_some() {
                *self.guessed.entry(self.gs.font_slot).or_insert(0) += 1;
            }
            // Moved out, not cloned: `shown` is only a reused buffer.
            let text = match s.text.take() {
                Some(t) if t.is_empty() => continue,
                Some(t) => t,
                None => {
                    let entry = self.unmapped.entry(self.gs.font_slot).or_default();
                    entry.0 += 1;
                    if entry.1.len() < 8 && !entry.1.contains(&s.code) {
                        entry.1.push(s.code);
                    }
                    CompactString::const_new("\u{FFFD}")
                }
            };
            if raising {
                if let Some(r) = font.raised(s.code) {
                    self.push_raised(text, &start, s.advance as f64, r);
                    continue;
                }
            }
            self.push_glyph(text, &start, s.advance as f64);
        }
        self.shown = shown;
    }

    /// Emits a superscript figure that its font draws at full size ([`Raised`]) as what a
    /// reader sees: a smaller figure on a raised baseline, its advance unchanged.
    #[cold]
    #[inline(never)]
    fn push_raised(&mut self, text: CompactString, tm: &Matrix, advance: f64, r: Raised) {
        let (size, rise) = (self.gs.size, self.gs.rise);
        let scale = f64::from(r.scale);
        self.gs.size = size * scale;
        self.gs.rise = rise + f64::from(r.rise) * size;
        self.push_glyph(text, tm, advance / scale);
        self.gs.size = size;
        self.gs.rise = rise;
    }

    /// Emits a glyph whose origin is at text matrix `tm` and whose advance is `advance`
    /// (text space per unit size).
    fn push_glyph(&mut self, text: CompactString, tm: &Matrix, advance: f64) {
        if self.page.glyphs.len() >= self.limits.max_glyphs_per_page {
            let max = self.limits.max_glyphs_per_page;
            self.diag(
                Level::Error,
                "limit.glyphs",
                format!("the page shows more than {max} glyphs (limit.glyphs_per_page); the rest was not read"),
            );
            self.stopped = true;
            return;
        }
        let (ascent, descent, vertical) = self
            .gs
            .font
            .as_ref()
            .map(|f| (f.ascent as f64, f.descent as f64, f.vertical))
            .unwrap_or((0.8, -0.2, false));
        let size = self.gs.size;
        let h = self.gs.hscale;
        let trm = mul(&mul(&[size * h, 0.0, 0.0, size, 0.0, self.gs.rise], tm), &self.gs.ctm);
        let full = mul(&trm, &self.display);
        let corners: [(f64, f64); 4] = if vertical {
            [(-0.5, 0.0), (0.5, 0.0), (-0.5, -1.0), (0.5, -1.0)]
        } else {
            let w = advance;
            [(0.0, descent), (w, descent), (0.0, ascent), (w, ascent)]
        };
        let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for (x, y) in corners {
            let (px, py) = apply(&full, x, y);
            bbox[0] = bbox[0].min(px);
            bbox[1] = bbox[1].min(py);
            bbox[2] = bbox[2].max(px);
            bbox[3] = bbox[3].max(py);
        }
        let (_, baseline) = apply(&full, 0.0, 0.0);
        // Effective size: how long one unit of text-space height is on the page.
        let eff = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
        let dir = (full[0], full[1]);
        let rotated = vertical || dir.0 <= 0.0 || dir.1.abs() > dir.0.abs() * 0.05;
        // Upright text (no turn, the common case) has angle 0 without the cost of atan2.
        let angle = if vertical {
            std::f64::consts::FRAC_PI_2
        } else if dir.1 == 0.0 && dir.0 > 0.0 {
            0.0
        } else {
            dir.1.atan2(dir.0)
        };
        let invisible = matches!(self.gs.render, 3 | 7)
            || bbox[2] < 0.0
            || bbox[3] < 0.0
            || bbox[0] > self.page.width as f64
            || bbox[1] > self.page.height as f64;
        if !bbox.iter().all(|v| v.is_finite()) || !baseline.is_finite() {
            return;
        }
        if !super::is_blank(&text) {
            self.page.shown += 1;
            let v = &mut self.view;
            if !vertical {
                let q = if dir.0.abs() >= dir.1.abs() {
                    if dir.0 > 0.0 {
                        0
                    } else {
                        2
                    }
                } else if dir.1 > 0.0 {
                    1
                } else {
                    3
                };
                v.dirs[q] += 1;
            }
            let outside =
                bbox[2] < 0.0 || bbox[3] < 0.0 || bbox[0] > self.page.width as f64 || bbox[1] > self.page.height as f64;
            if outside {
                v.outside += 1;
            } else {
                v.inside += 1;
            }
            v.ink = [v.ink[0].min(bbox[0]), v.ink[1].min(bbox[1]), v.ink[2].max(bbox[2]), v.ink[3].max(bbox[3])];
        }
        let artifact = self.marked.last().is_some_and(|m| m.artifact);
        self.page.glyphs.push(Glyph {
            text,
            bbox: [bbox[0] as f32, bbox[1] as f32, bbox[2] as f32, bbox[3] as f32],
            baseline: baseline as f32,
            size: eff as f32,
            font: self.gs.font_slot,
            invisible,
            artifact,
            rotated,
            angle: angle as f32,
            color: self.gs.fill,
            object_start: false,
        });
    }

    fn user_to_display(&self, x: f64, y: f64) -> (f64, f64) {
        apply(&mul(&self.gs.ctm, &self.display), x, y)
    }

    fn add_point(&mut self, p: (f64, f64), curved: bool) {
        if self.path_points >= MAX_PATH_POINTS {
            return;
        }
        self.path_points += 1;
        match self.path.last_mut() {
            Some(sp) => {
                sp.points.push(p);
                sp.curved |= curved;
            }
            None => self.path.push(SubPath { points: vec![p], curved, ..Default::default() }),
        }
    }

    fn paint(&mut self, close: bool, fill: bool, stroke: bool) {
        let path = std::mem::take(&mut self.path);
        self.path_points = 0;
        if !fill && !stroke {
            return;
        }
        for sp in &path {
            self.note_drawing(sp);
            let rect = if sp.curved { None } else { axis_rect(&sp.points) };
            if let (true, Some(r)) = (fill, rect) {
                self.fill_rect(r);
            }
            if stroke && !sp.curved {
                let n = sp.points.len();
                let closing = (sp.closed || close) && n > 2;
                let segs = n.saturating_sub(1) + usize::from(closing);
                for i in 0..segs {
                    let a = sp.points[i % n];
                    let b = sp.points[(i + 1) % n];
                    self.stroke_segment(a, b);
                }
            }
        }
    }

    /// Records the box of a painted subpath that curves or has a slanted segment.
    fn note_drawing(&mut self, sp: &SubPath) {
        if self.page.drawings.len() >= MAX_DRAWINGS || sp.points.len() < 2 {
            return;
        }
        let slanted =
            sp.curved || sp.points.windows(2).any(|w| (w[1].0 - w[0].0).abs() > 0.5 && (w[1].1 - w[0].1).abs() > 0.5);
        if !slanted {
            return;
        }
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for &(x, y) in &sp.points {
            b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
        }
        let b = [b[0] as f32, b[1] as f32, b[2] as f32, b[3] as f32];
        if b.iter().all(|v| v.is_finite()) {
            self.page.drawings.push(b);
        }
    }

    fn stroke_segment(&mut self, a: (f64, f64), b: (f64, f64)) {
        let (dx, dy) = ((b.0 - a.0).abs(), (b.1 - a.1).abs());
        if dx.max(dy) < 1.0 {
            return;
        }
        if dy <= 0.5 || dx <= 0.5 {
            let (x0, y0, x1, y1) = if dy <= 0.5 {
                let y = (a.1 + b.1) / 2.0;
                (a.0.min(b.0), y, a.0.max(b.0), y)
            } else {
                let x = (a.0 + b.0) / 2.0;
                (x, a.1.min(b.1), x, a.1.max(b.1))
            };
            self.push_rule(Rule { x0: x0 as f32, y0: y0 as f32, x1: x1 as f32, y1: y1 as f32 });
        }
    }

    fn fill_rect(&mut self, r: [f64; 4]) {
        let (w, h) = (r[2] - r[0], r[3] - r[1]);
        if w < THIN && h < THIN {
            return;
        }
        if h < THIN {
            let y = (r[1] + r[3]) / 2.0;
            self.push_rule(Rule { x0: r[0] as f32, y0: y as f32, x1: r[2] as f32, y1: y as f32 });
        } else if w < THIN {
            let x = (r[0] + r[2]) / 2.0;
            self.push_rule(Rule { x0: x as f32, y0: r[1] as f32, x1: x as f32, y1: r[3] as f32 });
        } else if self.graphics_ok() {
            self.page
                .rects
                .push(FilledRect { bbox: [r[0] as f32, r[1] as f32, r[2] as f32, r[3] as f32], color: self.gs.fill });
        }
    }

    fn graphics_ok(&mut self) -> bool {
        if self.page.rules.len() + self.page.rects.len() < MAX_GRAPHICS {
            return true;
        }
        if !self.graphics_reported {
            self.graphics_reported = true;
            self.diag(
                Level::Warning,
                "limit.graphics",
                format!("the page draws more than {MAX_GRAPHICS} lines and rectangles; the rest were ignored"),
            );
        }
        false
    }

    fn push_rule(&mut self, r: Rule) {
        if [r.x0, r.y0, r.x1, r.y1].iter().all(|v| v.is_finite()) && self.graphics_ok() {
            self.page.rules.push(r);
        }
    }

    /// Records where an image XObject is painted (scans are found from these).
    fn place_image(&mut self, id: Option<ObjectId>, stream: &Stream) {
        if self.page.images.len() >= MAX_IMAGES {
            return;
        }
        let full = mul(&self.gs.ctm, &self.display);
        let doc = self.doc;
        let dim = |k: &[u8]| {
            let v = stream.dict.get(k).ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_i64().ok());
            v.unwrap_or(0).clamp(0, 1 << 20) as u32
        };
        let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for (x, y) in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)] {
            let (px, py) = apply(&full, x, y);
            bbox = [bbox[0].min(px), bbox[1].min(py), bbox[2].max(px), bbox[3].max(py)];
        }
        if !bbox.iter().chain(full.iter()).all(|v| v.is_finite()) {
            return;
        }
        self.page.images.push(PageImage {
            id,
            matrix: full.map(|v| v as f32),
            bbox: bbox.map(|v| v as f32),
            width: dim(b"Width"),
            height: dim(b"Height"),
        });
    }

    fn do_xobject(&mut self, name: &[u8], res: &Resources<'a>, depth: usize) {
        let doc = self.doc;
        let Some((id, Object::Stream(stream))) = res.lookup(doc, b"XObject", name) else { return };
        let subtype = stream.dict.get(b"Subtype").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_name().ok());
        if subtype == Some(b"Image") {
            self.place_image(id, stream);
            return;
        }
        if subtype != Some(b"Form") {
            return;
        }
        if depth + 1 > self.limits.max_depth {
            let max = self.limits.max_depth;
            self.diag(
                Level::Warning,
                "limit.depth",
                format!("form XObjects nest deeper than {max} levels (limit.depth); the deeper ones were skipped"),
            );
            return;
        }
        if let Some(id) = id {
            if self.forms.contains(&id) {
                self.diag(
                    Level::Warning,
                    "pdf.xobject_cycle",
                    "a form XObject draws itself (directly or through others); the loop was cut".to_string(),
                );
                return;
            }
            self.forms.push(id);
        }
        let what = format!("form XObject /{}", String::from_utf8_lossy(name));
        let data = self.stream_data(stream, &what, id);
        let matrix = stream
            .dict
            .get(b"Matrix")
            .ok()
            .and_then(|o| resolve(doc, o))
            .and_then(|o| o.as_array().ok())
            .and_then(|a| {
                let v: Vec<f64> = a
                    .iter()
                    .filter_map(|x| match resolve(doc, x) {
                        Some(Object::Integer(i)) => Some(*i as f64),
                        Some(Object::Real(r)) => Some(*r as f64),
                        _ => None,
                    })
                    .collect();
                <[f64; 6]>::try_from(v.as_slice()).ok()
            })
            .unwrap_or(IDENTITY);
        let inner =
            match stream.dict.get(b"Resources").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_dict().ok()) {
                Some(d) => {
                    let mut dicts = vec![d];
                    dicts.extend(res.dicts.iter().copied());
                    Resources::new(dicts)
                }
                None => res.clone(),
            };
        let saved = self.gs.clone();
        let saved_stack = self.stack.len();
        self.gs.ctm = mul(&matrix, &self.gs.ctm);
        self.path.clear();
        self.run(&data, &inner, depth + 1);
        self.stack.truncate(saved_stack);
        self.gs = saved;
        if id.is_some() {
            self.forms.pop();
        }
    }
}

/// `[x0, top, x1, bottom]` if `points` form an axis-aligned rectangle.
fn axis_rect(points: &[(f64, f64)]) -> Option<[f64; 4]> {
    let pts = match points {
        [a, b, c, d] => [*a, *b, *c, *d],
        [a, b, c, d, e] if (a.0 - e.0).abs() < 0.5 && (a.1 - e.1).abs() < 0.5 => [*a, *b, *c, *d],
        _ => return None,
    };
    let tol = 0.5;
    let axis = |p: (f64, f64), q: (f64, f64)| (p.0 - q.0).abs() < tol || (p.1 - q.1).abs() < tol;
    if !(axis(pts[0], pts[1]) && axis(pts[1], pts[2]) && axis(pts[2], pts[3]) && axis(pts[3], pts[0])) {
        return None;
    }
    let xs = pts.map(|p| p.0);
    let ys = pts.map(|p| p.1);
    let r = [
        xs.iter().copied().fold(f64::MAX, f64::min),
        ys.iter().copied().fold(f64::MAX, f64::min),
        xs.iter().copied().fold(f64::MIN, f64::max),
        ys.iter().copied().fold(f64::MIN, f64::max),
    ];
    r.iter().all(|v| v.is_finite()).then_some(r)
}

fn channel(v: f64) -> u32 {
    (v.clamp(0.0, 1.0) * 255.0).round() as u32
}

fn gray(v: f64) -> u32 {
    let c = channel(v);
    c << 16 | c << 8 | c
}

fn rgb(r: f64, g: f64, b: f64) -> u32 {
    channel(r) << 16 | channel(g) << 8 | channel(b)
}

fn cmyk(c: f64, m: f64, y: f64, k: f64) -> u32 {
    let k = k.clamp(0.0, 1.0);
    rgb(
        (1.0 - c.clamp(0.0, 1.0)) * (1.0 - k),
        (1.0 - m.clamp(0.0, 1.0)) * (1.0 - k),
        (1.0 - y.clamp(0.0, 1.0)) * (1.0 - k),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrices() {
        let t = mul(&[2.0, 0.0, 0.0, 2.0, 0.0, 0.0], &[1.0, 0.0, 0.0, 1.0, 10.0, 20.0]);
        assert_eq!(apply(&t, 1.0, 1.0), (12.0, 22.0));
    }

    #[test]
    fn rect_detection() {
        assert_eq!(axis_rect(&[(0.0, 0.0), (10.0, 0.0), (10.0, 5.0), (0.0, 5.0)]), Some([0.0, 0.0, 10.0, 5.0]));
        assert_eq!(axis_rect(&[(0.0, 0.0), (10.0, 3.0), (10.0, 5.0), (0.0, 5.0)]), None);
    }

    #[test]
    fn colours() {
        assert_eq!(rgb(1.0, 0.0, 0.0), 0xFF0000);
        assert_eq!(gray(1.0), 0xFFFFFF);
        assert_eq!(cmyk(0.0, 0.0, 0.0, 1.0), 0);
    }
}
