//! Shards: one batch split over many machines (`legajo ingest --shard K/N`).
//!
//! In: the discovered [`Input`]s and a [`Shard`] `K/N`. Out: the inputs whose record id (the
//! SHA-256 of their bytes, see [`document_id`]) falls in shard `K`, ingested by
//! [`crate::run::ingest`] into a partial output folder of its own, plus a `shard.json` stamp
//! ([`ShardStamp`]) written once that run has finished. [`crate::merge`] combines the parts.
//!
//! The shard of a document depends on its bytes only, never on its path or on the order of
//! the inputs: copies of one file land in the same shard (so their shared record names the
//! first path, as in one run), and adding or removing other inputs moves no document to
//! another shard. The stamp is removed before the shard starts and written after its
//! `run.json`, with that file's hash: a part whose shard was killed, or that a later plain
//! `ingest` overwrote, is never taken for a finished one.

use std::fmt;
use std::io::Read;
use std::path::Path;
use std::str::FromStr;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::discover::Input;
use crate::model::RunManifest;
use crate::run::{self, ExitStatus, IngestOptions};
use crate::sink;

/// Name of the stamp a finished shard leaves in its output folder.
pub const STAMP: &str = "shard.json";

/// Most shards a batch may be split into.
pub const MAX_SHARDS: u32 = 1_000_000;

/// Shard `index` of `count` (`index < count`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which shard, from 0.
    pub index: u32,
    /// How many shards.
    pub count: u32,
}

impl FromStr for Shard {
    type Err = String;

    /// Parses `K/N`, e.g. `0/4`.
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("'{s}' is not a shard: write K/N with 0 <= K < N <= {MAX_SHARDS}, e.g. 0/4");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u32 = k.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || count > MAX_SHARDS || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// True when the record id `id` (64 hex digits) belongs to this shard.
    pub fn owns(&self, id: &str) -> bool {
        shard_of(id, self.count) == self.index
    }
}

/// The shard of `count` that record id `id` falls in: its first 64 bits, modulo `count`.
pub fn shard_of(id: &str, count: u32) -> u32 {
    let head = id.get(..16).and_then(|h| u64::from_str_radix(h, 16).ok()).unwrap_or(0);
    (head % u64::from(count.max(1))) as u32
}

/// The id the record of `input` will have, without reading the whole file into memory: the
/// SHA-256 of its bytes, or, for a file that cannot be read or is over `max_file_bytes`
/// (which gets a `failed` record named after its path), the SHA-256 of its displayed path.
pub fn document_id(input: &Input, max_file_bytes: u64) -> String {
    let by_path = || hex(&Sha256::digest(input.display.as_bytes()));
    match std::fs::metadata(&input.path) {
        Ok(m) if m.len() <= max_file_bytes => hash_file(&input.path).unwrap_or_else(|_| by_path()),
        _ => by_path(),
    }
}

fn hash_file(path: &Path) -> std::io::Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The inputs of `shard`, in their order; files are hashed on `jobs` threads.
pub fn select(inputs: &[Input], shard: Shard, max_file_bytes: u64, jobs: usize) -> Result<Vec<Input>, String> {
    let keep: Vec<bool> = run::with_pool(run::resolve_jobs(jobs), || {
        inputs.par_iter().map(|i| shard.owns(&document_id(i, max_file_bytes))).collect()
    })?;
    Ok(inputs.iter().zip(keep).filter(|(_, k)| *k).map(|(i, _)| i.clone()).collect())
}

/// What a finished shard says about itself (`shard.json`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ShardStamp {
    /// `K/N`.
    pub shard: String,
    /// Inputs of the whole batch, before the shard was taken.
    pub inputs: usize,
    /// SHA-256 of the batch's input paths (sorted, one per line): every shard of one batch
    /// must have seen the same inputs.
    pub inputs_sha256: String,
    /// Inputs that fell in this shard.
    pub selected: usize,
    /// SHA-256 of the `run.json` this shard wrote.
    pub run_sha256: String,
}

impl ShardStamp {
    /// The shard named in the stamp.
    pub fn parsed(&self) -> Result<Shard, String> {
        self.shard.parse()
    }
}

/// SHA-256 of the input paths, one per line, in order (inputs come sorted from discovery).
pub fn inputs_digest(inputs: &[Input]) -> String {
    let mut h = Sha256::new();
    for i in inputs {
        h.update(i.display.as_bytes());
        h.update(b"\n");
    }
    hex(&h.finalize())
}

/// Reads a part's stamp; `None` when it has none (never finished, or killed).
pub fn read_stamp(part: &Path) -> Option<Result<ShardStamp, String>> {
    let bytes = std::fs::read(part.join(STAMP)).ok()?;
    Some(serde_json::from_slice(&bytes).map_err(|e| format!("{}: not a shard stamp: {e}", part.join(STAMP).display())))
}

/// SHA-256 of a file's bytes, as hex.
pub fn file_sha256(path: &Path) -> std::io::Result<String> {
    hash_file(path)
}

/// `legajo ingest --shard K/N`: ingests the inputs of `shard` into `out` and stamps it.
pub fn ingest(
    inputs: &[Input],
    shard: Shard,
    out: &Path,
    cfg: &Config,
    opts: &IngestOptions,
) -> Result<(RunManifest, ExitStatus), String> {
    // First of all: a part without a stamp is unfinished, whatever else it holds.
    match std::fs::remove_file(out.join(STAMP)) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("cannot remove {}: {e}", out.join(STAMP).display())),
    }
    let mine = select(inputs, shard, cfg.limits.max_file_bytes, opts.jobs)?;
    let (manifest, status) = run::ingest(&mine, out, cfg, opts)?;
    let stamp = ShardStamp {
        shard: shard.to_string(),
        inputs: inputs.len(),
        inputs_sha256: inputs_digest(inputs),
        selected: mine.len(),
        run_sha256: file_sha256(&out.join("run.json")).map_err(|e| format!("cannot read back run.json: {e}"))?,
    };
    let mut bytes = serde_json::to_vec_pretty(&stamp).map_err(|e| e.to_string())?;
    bytes.push(b'\n');
    sink::write_atomic(&out.join(STAMP), &bytes)
        .map_err(|e| format!("cannot write {}: {e}", out.join(STAMP).display()))?;
    Ok((manifest, status))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_specs_parse_and_reject() {
        assert_eq!("0/4".parse::<Shard>(), Ok(Shard { index: 0, count: 4 }));
        assert_eq!("3/4".parse::<Shard>().unwrap().to_string(), "3/4");
        for bad in ["4/4", "1/0", "-1/3", "a/b", "2", "", "1/2000000"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_id_falls_in_exactly_one_shard() {
        for n in 1..6u32 {
            for i in 0..50u32 {
                let id = hex(&Sha256::digest(i.to_le_bytes()));
                let owners = (0..n).filter(|&k| Shard { index: k, count: n }.owns(&id)).count();
                assert_eq!(owners, 1, "id {id} in {owners} of {n} shards");
            }
        }
    }

    #[test]
    fn shards_share_ids_out_roughly_evenly() {
        let mut per = [0usize; 4];
        for i in 0..4000u32 {
            per[shard_of(&hex(&Sha256::digest(i.to_le_bytes())), 4) as usize] += 1;
        }
        assert!(per.iter().all(|&c| (850..1150).contains(&c)), "{per:?}");
    }

    #[test]
    fn document_id_is_the_hash_of_the_bytes_or_of_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"Ley 27444").unwrap();
        let input = Input { display: "x/a.txt".into(), path: p };
        assert_eq!(document_id(&input, 1 << 20), crate::pipeline::sha256_hex(b"Ley 27444"));
        // Over the size limit or missing: named after the path, like its failed record.
        assert_eq!(document_id(&input, 3), crate::pipeline::sha256_hex(b"x/a.txt"));
        let gone = Input { display: "x/b.txt".into(), path: dir.path().join("b.txt") };
        assert_eq!(document_id(&gone, 1 << 20), crate::pipeline::sha256_hex(b"x/b.txt"));
    }
}
