//! Namespaces and the prefixes written in Turtle, TriG and query output.

/// The newsgraph ontology namespace.
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
/// schema.org.
pub const SCHEMA: &str = "https://schema.org/";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// Simple Event Model.
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
/// NIF 2.0 core.
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
/// OWL-Time.
pub const TIME: &str = "http://www.w3.org/2006/time#";
/// WGS84 positions.
pub const GEO: &str = "http://www.w3.org/2003/01/geo/wgs84_pos#";
/// SKOS.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDFS.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// Dublin Core terms.
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
/// Wikidata entities.
pub const WD: &str = "http://www.wikidata.org/entity/";

/// Prefixes used when writing RDF and query results, in output order.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("sem", SEM),
    ("nif", NIF),
    ("time", TIME),
    ("geo", GEO),
    ("skos", SKOS),
    ("owl", OWL),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("dcterms", DCTERMS),
    ("wd", WD),
];

/// Properties whose values the mapping types with an integer-derived datatype, which the store reads back
/// as `xsd:integer` (see [`crate::export::restore_datatype`]): (property, datatype).
pub const DERIVED_INTEGER_PROPERTIES: &[(&str, &str)] = &[
    (
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex",
        "http://www.w3.org/2001/XMLSchema#nonNegativeInteger",
    ),
    (
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex",
        "http://www.w3.org/2001/XMLSchema#nonNegativeInteger",
    ),
];
