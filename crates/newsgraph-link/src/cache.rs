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
    /// Opens (creating) the cache directory.
    pub fn open(dir: &Path) -> Result<Self, LinkError> {
        std::fs::create_dir_all(dir).map_err(|source| LinkError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        // Tag the directory as a cache (https://bford.info/cachedir/): backup tools skip it, and so does
        // `newsgraph load DIR` (its replies are `.json` files that are not articles).
        let tag = dir.join(crate::ingest::CACHEDIR_TAG);
        if !tag.exists() {
            std::fs::write(&tag, crate::ingest::CACHEDIR_TAG_CONTENT).map_err(|source| {
                LinkError::Io {
                    path: tag.clone(),
                    source,
                }
            })?;
        }
        Ok(Cache {
            dir: dir.to_path_buf(),
        })
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

    /// Stores a reply.
    pub fn put(&self, key: &str, body: &str) -> Result<(), LinkError> {
        // A temporary file of its own for each writer: threads storing the same key never collide.
        let path = self.path(key);
        newsgraph_model::atomic::write(&path, body.as_bytes())
            .map_err(|source| LinkError::Io { path, source })
    }
}
