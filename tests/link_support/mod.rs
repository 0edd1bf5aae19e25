//! The dump excerpt's folder and the invented entities and extractions the offline linking tests
//! (`tests/link_offline.rs`, `tests/link_index.rs`) and the online ones (`tests/link_online.rs`) link.

#![allow(dead_code)]

use newsgraph::model::{Document, Entity, EntityType, Extraction};
use std::path::{Path, PathBuf};

pub fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/link")
}

pub fn entity(id: &str, kind: EntityType, name: &str, aliases: &[&str], roles: &[&str]) -> Entity {
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        roles: roles.iter().map(|s| s.to_string()).collect(),
        affiliation: None,
        wikidata: None,
        wikidata_confidence: None,
        wikidata_method: None,
        coordinates: None,
        country: None,
        mentions: Vec::new(),
    }
}

pub fn empty_extraction() -> Extraction {
    Extraction::empty(&Document {
        id: "case".into(),
        ..Default::default()
    })
}
