//! Mutation fuzzing: real PDFs with flipped bytes, truncations, spliced objects and damaged
//! compressed streams go through the whole pipeline in-process. No input may panic (a panic
//! would show as an `internal.panic` diagnostic), every input must finish, and no mutant may
//! come back `ok` with less text than its original unless a diagnostic (warning or error)
//! says why: nothing is lost silently.
//!
//! CI runs a brief pass. For a longer one:
//! `LEGAJO_FUZZ_ITERS=20000 cargo test --release --test integration fuzz -- --nocapture`.

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

/// One mutation of `base`, drawing material from `other` for splices.
fn mutate(rng: &mut Rng, base: &[u8], other: &[u8]) -> Vec<u8> {
    let mut b = base.to_vec();
    match rng.below(7) {
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
        _ => {
            // Delete a chunk.
            let i = rng.below(b.len());
            let len = rng.below(512).min(b.len() - i);
            b.drain(i..i + len);
        }
    }
    b
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

#[test]
fn mutated_pdfs_never_panic() {
    let iters: usize = std::env::var("LEGAJO_FUZZ_ITERS").ok().and_then(|v| v.parse().ok()).unwrap_or(60);
    let seed: u64 = std::env::var("LEGAJO_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5EED_2026);
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
    bases.extend(seeds.iter().take(2).map(|p| std::fs::read(p).unwrap()));
    let mut cfg = Config::default();
    cfg.limits.max_seconds = std::time::Duration::from_secs(20);
    let mut rng = Rng(seed);
    let mut outcomes = [0usize; 3];
    let mut silent = Vec::new();
    legajo::run::with_pool(1, || {
        let originals: Vec<usize> =
            bases.iter().map(|b| text_len(&legajo::run::process_isolated("fuzz.pdf", b, &cfg))).collect();
        for i in 0..iters {
            let a = rng.below(bases.len());
            let b = rng.below(bases.len());
            let input = mutate(&mut rng, &bases[a], &bases[b]);
            let rec = legajo::run::process_isolated("fuzz.pdf", &input, &cfg);
            let panicked = rec.diagnostics.iter().find(|d| d.code == "internal.panic");
            assert!(panicked.is_none(), "iteration {i} (seed {seed}) panicked: {:?}", panicked.map(|d| &d.message));
            let said = rec.diagnostics.iter().any(|d| d.level <= legajo::model::Level::Warning);
            if rec.status == Status::Ok && !said && text_len(&rec) < originals[a] {
                silent.push(format!("iteration {i}: {} of {} characters", text_len(&rec), originals[a]));
            }
            outcomes[match rec.status {
                Status::Ok => 0,
                Status::Partial => 1,
                Status::Failed => 2,
            }] += 1;
        }
    })
    .unwrap();
    eprintln!(
        "fuzz: {iters} mutated inputs, seed {seed}: {} ok, {} partial, {} failed, 0 panics, {} silent losses",
        outcomes[0],
        outcomes[1],
        outcomes[2],
        silent.len()
    );
    assert!(silent.is_empty(), "ok with less text and no diagnostic (seed {seed}): {silent:#?}");
}
