//! Splitting a corpus across machines with no coordination: `--shard I/N` keeps exactly the articles whose
//! id hashes to shard I of N.
//!
//! The hash is stable and documented, so any job can compute it: the first 8 bytes of the SHA-256 of the
//! article id's UTF-8 bytes, read as a big-endian unsigned integer, modulo N, plus 1. Every article falls in
//! exactly one of the N shards, whatever the order or grouping of the inputs.

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};

/// Shard `index` of `count` (1-based: `1/4` … `4/4`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    index: u64,
    count: u64,
}

impl Shard {
    /// Shard `index` of `count`; `1 <= index <= count`.
    pub fn new(index: u64, count: u64) -> Result<Self> {
        if count == 0 || index == 0 || index > count {
            return Err(Error::Invalid(format!(
                "--shard {index}/{count}: expected I/N with 1 <= I <= N"
            )));
        }
        Ok(Shard { index, count })
    }

    /// The 1-based shard number.
    pub fn index(&self) -> u64 {
        self.index
    }

    /// How many shards there are.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// The shard (1..=`count`) that article `id` belongs to.
    pub fn of(id: &str, count: u64) -> u64 {
        let digest = Sha256::digest(id.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(first) % count.max(1) + 1
    }

    /// Whether article `id` belongs to this shard.
    pub fn contains(&self, id: &str) -> bool {
        Self::of(id, self.count) == self.index
    }
}

impl std::str::FromStr for Shard {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::Invalid(format!("--shard {s:?}: expected I/N, e.g. 2/8"));
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let i: u64 = i.trim().parse().map_err(|_| bad())?;
        let n: u64 = n.trim().parse().map_err(|_| bad())?;
        Shard::new(i, n)
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2/8".parse::<Shard>().unwrap(), Shard::new(2, 8).unwrap());
        for bad in ["0/4", "5/4", "1/0", "x/2", "3", "1/-2", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_id_in_exactly_one_shard() {
        for id in ["a", "lavrov-aleppo-2016-12-06", "ü", "x y", ""] {
            let n = 5;
            let owners: Vec<u64> = (1..=n)
                .filter(|i| Shard::new(*i, n).unwrap().contains(id))
                .collect();
            assert_eq!(owners.len(), 1, "{id}");
        }
    }

    #[test]
    fn the_documented_hash() {
        // SHA-256("a") starts ca978112ca1bbdca; 0xca978112ca1bbdca % 3 = 1, so shard 2 of 3.
        assert_eq!(0xca97_8112_ca1b_bdcau64 % 3, 1);
        assert_eq!(Shard::of("a", 3), 2);
        assert_eq!(Shard::of("a", 1), 1);
    }
}
