//! Deterministic IRIs: the same article, entity, mention or statement always gets the same IRI under a
//! given base, so re-running gives the same graph and two articles about one actor meet at one node.

use crate::error::{Error, Result};
use crate::model::EntityType;
use oxigraph::model::NamedNode;
use sha2::{Digest, Sha256};

/// Percent-encodes everything but RFC 3986 unreserved characters, so any document id is a safe path segment.
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A lowercase slug of a name: letters and digits kept (lowercased; non-ASCII letters as they are, which
/// IRIs allow), every other run of characters becomes one `-`. A name with no letter or digit gets a hash.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if c != '\'' && c != '’' && c != '.' {
            dash = true;
        }
    }
    if out.is_empty() {
        format!("h-{}", short_hash(name))
    } else {
        out
    }
}

/// First 12 hex digits of the SHA-256 of `s`.
pub fn short_hash(s: &str) -> String {
    let digest = Sha256::digest(s.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// Checks a base IRI (absolute, ending in `/` or `#`) and returns it.
pub fn check_base(base: &str) -> Result<String> {
    if !(base.ends_with('/') || base.ends_with('#')) {
        return Err(Error::Invalid(format!(
            "base IRI {base:?} must end with '/' or '#'"
        )));
    }
    NamedNode::new(format!("{base}x"))
        .map_err(|e| Error::Invalid(format!("base IRI {base:?}: {e}")))?;
    Ok(base.to_string())
}

fn node(iri: String) -> Result<NamedNode> {
    NamedNode::new(iri.clone()).map_err(|e| Error::Rdf(format!("invalid IRI <{iri}>: {e}")))
}

/// `{base}article/{id}`.
pub fn article(base: &str, id: &str) -> Result<NamedNode> {
    node(format!("{base}article/{}", encode_segment(id)))
}

/// `{base}graph/{id}`: the named graph holding everything extracted from one article.
pub fn article_graph(base: &str, id: &str) -> Result<NamedNode> {
    node(format!("{base}graph/{}", encode_segment(id)))
}

/// `{base}graph/runs`: the graph holding run provenance.
pub fn runs_graph(base: &str) -> Result<NamedNode> {
    node(format!("{base}graph/runs"))
}

/// `{base}graph/shared/entities`: the one graph holding what is true of an entity whatever the article
/// (its type, canonical name, Wikidata item, coordinates). An article id containing `/` is percent-encoded in
/// its graph IRI, so no article graph can take this name.
pub fn entities_graph(base: &str) -> Result<NamedNode> {
    node(format!("{base}graph/shared/entities"))
}

/// `{base}graph/shared/counts`: the store's counts per shared entity (`ng:articleCount`, `ng:mentionCount`),
/// derived from the articles it holds and kept up to date by every load and remove.
pub fn counts_graph(base: &str) -> Result<NamedNode> {
    node(format!("{base}graph/shared/counts"))
}

/// The counts graph beside the shared entities graph `entities` (see [`counts_graph`]).
pub fn counts_graph_beside(entities: &NamedNode) -> NamedNode {
    match entities.as_str().strip_suffix("graph/shared/entities") {
        Some(base) => NamedNode::new_unchecked(format!("{base}graph/shared/counts")),
        None => NamedNode::new_unchecked(format!("{}/counts", entities.as_str())),
    }
}

/// `{base}article/{id}/entity/{type}/{slug(name)}`: the entity as one article presents it (the names and
/// roles it uses, its link evidence), a `prov:specializationOf` the global entity.
pub fn entity_in_article(base: &str, id: &str, kind: EntityType, name: &str) -> Result<NamedNode> {
    node(format!(
        "{base}article/{}/entity/{}/{}",
        encode_segment(id),
        kind.as_str().to_ascii_lowercase(),
        slug(name)
    ))
}

/// `{base}entity/{type}/{slug(name)}`: global across articles.
pub fn entity(base: &str, kind: EntityType, name: &str) -> Result<NamedNode> {
    node(format!(
        "{base}entity/{}/{}",
        kind.as_str().to_ascii_lowercase(),
        slug(name)
    ))
}

/// `{base}article/{id}/{what}/{start}-{end}` for mentions, statements and agreements.
pub fn span(base: &str, id: &str, what: &str, start: usize, end: usize) -> Result<NamedNode> {
    node(format!(
        "{base}article/{}/{what}/{start}-{end}",
        encode_segment(id)
    ))
}

/// `{base}run/{hash(version + sorted ids)}`.
pub fn run(base: &str, version: &str, ids: &[String]) -> Result<NamedNode> {
    let mut sorted: Vec<&str> = ids.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let key = format!("{version}\n{}", sorted.join("\n"));
    node(format!("{base}run/{}", short_hash(&key)))
}
