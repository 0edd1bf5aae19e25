//! Mapping of the extraction model to RDF quads under the newsgraph ontology.

// Placeholder added by the lead so the tree compiles; the rdf helper replaces it with the real module.
/// Vocabulary namespaces.
pub mod vocab {
    /// The newsgraph ontology namespace.
    pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
}

/// Prefixes used when writing RDF.
pub fn prefixes() -> &'static [(&'static str, &'static str)] {
    &[("ng", vocab::NG)]
}
