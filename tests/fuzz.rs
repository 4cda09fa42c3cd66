//! Mutation fuzzing: real PDFs with flipped bytes, truncations, spliced objects and damaged
//! compressed streams go through the whole pipeline in-process. No input may panic (a panic
//! would show as an `internal.panic` diagnostic), every input must finish, and no mutant may
//! come back `ok` with less text than its original unless a diagnostic (warning or error)
//! says why: nothing is lost silently.
//!
//! CI runs a brief pass. For a longer one:
//! `LEGAJO_FUZZ_ITERS=1000 LEGAJO_FUZZ_BASES=5 cargo test --release --test integration fuzz -- --nocapture`
//! prints a table of outcomes per kind of mutation (`LEGAJO_FUZZ_DUMP=DIR` keeps the silent
//! losses).

use legajo::config::Config;
use legajo::model::Status;

use crate::common::{repo, shared};

/// A small deterministic PRNG (xorshift64*), so failures reproduce from the printed seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// What a mutation does; `mutate` picks one uniformly.
const KINDS: [&str; 9] = [
    "bit flips",
    "truncation",
    "splice",
    "number",
    "duplicate",
    "deletion",
    "stream flip",
    "xref damage",
    "renumbering",
];

/// One mutation of `base`, drawing material from `other` for splices; also says which kind.
fn mutate(rng: &mut Rng, base: &[u8], other: &[u8]) -> (usize, Vec<u8>) {
    let mut b = base.to_vec();
    let kind = rng.below(KINDS.len());
    match kind {
        6 => {
            // Flip 8 bytes in the middle of a compressed stream.
            let spans = flate_streams(base);
            if !spans.is_empty() {
                let (s, e) = spans[rng.below(spans.len())];
                let mid = s + (e - s) / 2;
                b[mid..(mid + 8).min(e)].iter_mut().for_each(|x| *x ^= 0xFF);
            }
        }
        0 => {
            for _ in 0..1 + rng.below(16) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        1 => b.truncate(rng.below(b.len())),
        2 => {
            // Splice a run of another file over a run of this one.
            let len = 1 + rng.below(4096.min(other.len()));
            let from = rng.below(other.len().saturating_sub(len));
            let to = rng.below(b.len());
            let end = (to + len).min(b.len());
            b.splice(to..end, other[from..from + len].iter().copied());
        }
        3 => {
            // Replace a number with a huge or negative one (lengths, counts, offsets).
            let i = rng.below(b.len());
            if let Some(p) = b[i..].iter().position(u8::is_ascii_digit) {
                let at = i + p;
                let repl: &[u8] = [b"99999999999".as_slice(), b"-1", b"0", b"2147483648"][rng.below(4)];
                b.splice(at..at + 1, repl.iter().copied());
            }
        }
        4 => {
            // Duplicate a chunk (repeated objects, nested structures).
            let i = rng.below(b.len());
            let len = rng.below(2048).min(b.len() - i);
            let chunk = b[i..i + len].to_vec();
            b.splice(i..i, chunk);
        }
        5 => {
            // Delete a chunk.
            let i = rng.below(b.len());
            let len = rng.below(512).min(b.len() - i);
            b.drain(i..i + len);
        }
        7 => damage_xref(rng, &mut b),
        _ => renumber(rng, &mut b),
    }
    (kind, b)
}

/// Where `pat` occurs in `b` at or after `from`.
fn find(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(pat.len()).position(|w| w == pat).map(|p| from + p)
}

/// Damages the cross-reference data: an entry's offset rewritten (shifted a little or
/// replaced), the `startxref` offset moved, or the `xref` keyword broken.
fn damage_xref(rng: &mut Rng, b: &mut [u8]) {
    let Some(x) = b.windows(5).rposition(|w| w == b"\nxref") else { return };
    match rng.below(3) {
        0 => {
            // An in-use entry's ten-digit offset, shifted by up to ±99 or replaced by a random one.
            let entries: Vec<usize> = (x..b.len().saturating_sub(20))
                .filter(|&i| {
                    b[i - 1] == b'\n'
                        && b[i + 10] == b' '
                        && b[i + 17] == b'n'
                        && b[i..i + 10].iter().all(u8::is_ascii_digit)
                })
                .take(100_000)
                .collect();
            if entries.is_empty() {
                return;
            }
            let at = entries[rng.below(entries.len())];
            let old: usize = std::str::from_utf8(&b[at..at + 10]).unwrap().parse().unwrap();
            let new = if rng.below(2) == 0 { (old + rng.below(199)).saturating_sub(99) } else { rng.below(b.len()) };
            b[at..at + 10].copy_from_slice(format!("{new:010}").as_bytes());
        }
        1 => {
            // The startxref offset: one of its digits changed.
            if let Some(s) = find(b, x, b"startxref") {
                let digits: Vec<usize> = (s + 9..b.len().min(s + 40)).filter(|&i| b[i].is_ascii_digit()).collect();
                if !digits.is_empty() {
                    let i = digits[rng.below(digits.len())];
                    b[i] = b'0' + (b[i] - b'0' + 1 + rng.below(9) as u8) % 10;
                }
            }
        }
        _ => b[x + 1] = b'X',
    }
}

/// Gives one object another number: a number already used elsewhere (two objects with one
/// number) or a fresh one (references to the old number dangle).
fn renumber(rng: &mut Rng, b: &mut Vec<u8>) {
    let heads: Vec<(usize, usize)> = (1..b.len().saturating_sub(6))
        .filter(|&i| b[i - 1] == b'\n' && b[i].is_ascii_digit())
        .filter_map(|i| {
            let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            b[i + n..].starts_with(b" 0 obj").then_some((i, n))
        })
        .collect();
    if heads.is_empty() {
        return;
    }
    let (at, n) = heads[rng.below(heads.len())];
    let new = if rng.below(2) == 0 {
        let (o, on) = heads[rng.below(heads.len())];
        b[o..o + on].to_vec()
    } else {
        format!("{}", 1 + rng.below(heads.len() * 2)).into_bytes()
    };
    // Leading zeros keep the length (and so the xref offsets) where the new number is shorter.
    let pad = n.saturating_sub(new.len());
    b.splice(at..at + n, std::iter::repeat_n(b'0', pad).chain(new));
}

/// The data spans of the FlateDecode streams of `pdf`.
fn flate_streams(pdf: &[u8]) -> Vec<(usize, usize)> {
    let find = |from: usize, pat: &[u8]| pdf[from..].windows(pat.len()).position(|w| w == pat).map(|p| from + p);
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(f) = find(at, b"/FlateDecode") {
        let Some(s) = find(f, b"stream") else { break };
        let start = s + 6 + if pdf.get(s + 6) == Some(&b'\r') { 2 } else { 1 };
        let Some(end) = find(start.min(pdf.len()), b"endstream") else { break };
        if end > start + 16 {
            out.push((start, end));
        }
        at = end;
    }
    out
}

fn text_len(rec: &legajo::model::Record) -> usize {
    rec.pages.iter().flat_map(|p| &p.blocks).map(|b| b.text.chars().count()).sum()
}

/// The number in environment variable `k`, if set.
fn env<T: std::str::FromStr>(k: &str) -> Option<T> {
    std::env::var(k).ok().and_then(|v| v.parse().ok())
}

/// What became of a mutant, in the order of the report's columns.
const OUTCOMES: [&str; 5] = ["ok, text kept", "ok, less, said", "ok, less, silent", "partial", "failed"];

#[test]
fn mutated_pdfs_never_panic() {
    let iters: usize = env("LEGAJO_FUZZ_ITERS").unwrap_or(60);
    let seed: u64 = env("LEGAJO_FUZZ_SEED").unwrap_or(0x5EED_2026);
    // How many of corpus/'s seed PDFs serve as originals (besides ../shared's valid reference).
    let n_seeds: usize = env("LEGAJO_FUZZ_BASES").unwrap_or(2);
    // A folder to write the silent-loss mutants to, for a closer look.
    let dump = std::env::var_os("LEGAJO_FUZZ_DUMP").map(std::path::PathBuf::from);
    let mut bases: Vec<Vec<u8>> = Vec::new();
    if let Some(dir) = shared("adversarial") {
        bases.push(std::fs::read(dir.join("reference-valid-4-pages.pdf")).unwrap());
    }
    let mut seeds: Vec<_> = std::fs::read_dir(repo().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    seeds.sort();
    bases.extend(seeds.iter().take(n_seeds).map(|p| std::fs::read(p).unwrap()));
    let mut cfg = Config::default();
    cfg.limits.max_seconds = std::time::Duration::from_secs(20);
    let mut rng = Rng(seed);
    let mut table = [[0usize; OUTCOMES.len()]; KINDS.len()];
    let mut silent = Vec::new();
    legajo::run::with_pool(1, || {
        let originals: Vec<usize> =
            bases.iter().map(|b| text_len(&legajo::run::process_isolated("fuzz.pdf", b, &cfg))).collect();
        for i in 0..iters {
            let a = rng.below(bases.len());
            let b = rng.below(bases.len());
            let (kind, input) = mutate(&mut rng, &bases[a], &bases[b]);
            let rec = legajo::run::process_isolated("fuzz.pdf", &input, &cfg);
            let panicked = rec.diagnostics.iter().find(|d| d.code == "internal.panic");
            assert!(panicked.is_none(), "iteration {i} (seed {seed}) panicked: {:?}", panicked.map(|d| &d.message));
            let said = rec.diagnostics.iter().any(|d| d.level <= legajo::model::Level::Warning);
            let outcome = match rec.status {
                Status::Ok if text_len(&rec) >= originals[a] => 0,
                Status::Ok if said => 1,
                Status::Ok => 2,
                Status::Partial => 3,
                Status::Failed => 4,
            };
            table[kind][outcome] += 1;
            if outcome == 2 {
                silent.push(format!(
                    "iteration {i} ({}): {} of {} characters",
                    KINDS[kind],
                    text_len(&rec),
                    originals[a]
                ));
                if let Some(d) = &dump {
                    std::fs::create_dir_all(d).unwrap();
                    std::fs::write(d.join(format!("silent-{i}.pdf")), &input).unwrap();
                }
            }
        }
    })
    .unwrap();
    eprintln!("fuzz: {iters} mutated inputs of {} originals, seed {seed}, 0 panics", bases.len());
    eprintln!("{:<14}{}", "kind", OUTCOMES.map(|o| format!("{o:>18}")).concat());
    for (k, row) in table.iter().enumerate() {
        eprintln!("{:<14}{}", KINDS[k], row.map(|n| format!("{n:>18}")).concat());
    }
    let totals: Vec<usize> = (0..OUTCOMES.len()).map(|o| table.iter().map(|r| r[o]).sum()).collect();
    eprintln!("{:<14}{}", "all", totals.iter().map(|n| format!("{n:>18}")).collect::<String>());
    assert!(silent.is_empty(), "ok with less text and no diagnostic (seed {seed}): {silent:#?}");
}
