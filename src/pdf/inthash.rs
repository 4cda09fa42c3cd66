//! A hash for small integer keys (character codes, CIDs, font slots and object ids).
//!
//! In: the keys' bytes as `Hash` feeds them. Out: a 64-bit hash, one multiply per word
//! (the multiplicative mix rustc uses for its own tables). The standard SipHash resists
//! hash flooding, which a map of at most a few thousand codes per font does not need, and
//! costs more than the lookup itself on every glyph a ToUnicode CMap maps.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` keyed by small integers (or tuples and enums of them).
pub type IntMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

/// See the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct IntHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl IntHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for IntHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_find_what_was_put_and_spread_neighbouring_codes() {
        let mut m: IntMap<u32, u32> = IntMap::default();
        for c in 0..5000u32 {
            m.insert(c, c * 3);
        }
        assert!((0..5000u32).all(|c| m.get(&c) == Some(&(c * 3))));
        assert_eq!(m.get(&5000), None);
        // Neighbouring codes land in different buckets (hashbrown's index is the low bits:
        // an odd multiplier keeps them a bijection) and their control bytes (the top seven
        // bits) spread, where an identity hash would give every small code the same one.
        let hashes: Vec<u64> = (0..128u32)
            .map(|c| {
                let mut h = IntHasher::default();
                h.write_u32(c);
                h.finish()
            })
            .collect();
        let low: std::collections::BTreeSet<u64> = hashes.iter().map(|h| h & 127).collect();
        assert_eq!(low.len(), 128);
        let tops: std::collections::BTreeSet<u64> = hashes.iter().map(|h| h >> 57).collect();
        assert!(tops.len() > 32, "{}", tops.len());
    }
}
