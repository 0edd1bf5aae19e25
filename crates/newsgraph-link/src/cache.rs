//! The on-disk cache of Wikidata API replies: one file per request (named by the SHA-256 of the request
//! URL), written to a temporary file and renamed, so a crash never leaves half a reply. Only successful
//! replies are stored; a second run over the same articles sends no request. Entries carry their age (the
//! file's modification time), so that the client can ask again for answers it trusts only for a while.

use super::LinkError;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// A reply cache in a directory.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// Opens (creating) the cache directory, and tags it.
    pub fn open(dir: &Path) -> Result<Self, LinkError> {
        std::fs::create_dir_all(dir).map_err(|source| LinkError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let cache = Cache {
            dir: dir.to_path_buf(),
        };
        // Tagged at once, so that `load` skips the directory whatever is put in it. A tag that cannot be
        // written now (a full disk) is no error yet: `put` writes it before the first reply, and a failure
        // there is the caller's to warn about.
        cache.tag().ok();
        Ok(cache)
    }

    /// The cache directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Tags the directory as a cache (https://bford.info/cachedir/), unless it is: backup tools skip it, and
    /// so does `newsgraph load DIR` (its replies are `.json` files that are not articles). Written whole or
    /// not at all, so that a full disk never leaves an empty tag (which tags nothing).
    fn tag(&self) -> Result<(), LinkError> {
        if crate::ingest::is_cache_dir(&self.dir) {
            return Ok(());
        }
        let tag = self.dir.join(crate::ingest::CACHEDIR_TAG);
        newsgraph_model::atomic::write(&tag, crate::ingest::CACHEDIR_TAG_CONTENT.as_bytes())
            .map_err(|source| LinkError::Io { path: tag, source })
    }

    fn path(&self, key: &str) -> PathBuf {
        let digest = Sha256::digest(key.as_bytes());
        let name: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.json"))
    }

    /// The stored reply for a request and its age, if any (a file whose time cannot be read counts as
    /// just written).
    pub fn get(&self, key: &str) -> Option<(String, std::time::Duration)> {
        let path = self.path(key);
        let body = std::fs::read_to_string(&path).ok()?;
        let age = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .unwrap_or_default();
        Some((body, age))
    }

    /// Stores a reply (tagging the directory first). On an error (a full disk) nothing is stored under the
    /// reply's name.
    pub fn put(&self, key: &str, body: &str) -> Result<(), LinkError> {
        self.tag()?;
        // A temporary file of its own for each writer: threads storing the same key never collide.
        let path = self.path(key);
        newsgraph_model::atomic::write(&path, body.as_bytes())
            .map_err(|source| LinkError::Io { path, source })
    }
}

#[cfg(test)]
mod tests {
    use super::Cache;

    /// Threads storing replies at once, several of them under the same key: every entry read back is one
    /// whole reply that was stored for its key (never a mix, never half), and no temporary file is left.
    #[test]
    fn concurrent_writers_never_share_a_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path()).unwrap();
        let body = |key: usize, writer: usize| {
            format!(
                "{{\"key\":{key},\"writer\":{writer},\"pad\":\"{}\"}}",
                "x".repeat(20_000 * (1 + writer % 3))
            )
        };
        // Eight threads of their own, not rayon: the point is eight writers at the same moment, and rayon's
        // global pool has as many threads as the machine has cores (two in CI).
        std::thread::scope(|s| {
            for writer in 0..8 {
                let cache = &cache;
                s.spawn(move || {
                    for round in 0..20 {
                        for key in 0..4 {
                            cache.put(&format!("k{key}"), &body(key, writer)).unwrap();
                        }
                        cache
                            .put(&format!("own{writer}-{round}"), &body(99, writer))
                            .unwrap();
                    }
                });
            }
        });
        for key in 0..4 {
            let (got, _) = cache.get(&format!("k{key}")).expect("stored");
            assert!(
                (0..8).any(|w| got == body(key, w)),
                "k{key}: a reply no writer stored"
            );
        }
        for writer in 0..8 {
            for round in 0..20 {
                let (got, _) = cache.get(&format!("own{writer}-{round}")).unwrap();
                assert_eq!(got, body(99, writer));
            }
        }
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "temporary files left: {left:?}");
    }
}
