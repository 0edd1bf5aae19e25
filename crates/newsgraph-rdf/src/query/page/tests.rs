use super::*;
use oxigraph::model::vocab::rdf;
use spargebra::SparqlParser;

fn parsed(q: &str) -> Query {
    SparqlParser::new().parse_query(q).unwrap()
}

#[test]
fn a_required_anchor_is_found() {
    let q = parsed(
        "SELECT ?d ?t WHERE { ?s <http://x/date> ?d ; <http://x/text> ?t } ORDER BY ?d ?s LIMIT 10 OFFSET 5",
    );
    let a = Anchor::find(&q).expect("anchor");
    assert_eq!(a.predicate.as_str(), "http://x/date");
    assert_eq!((a.window, a.length), (15, 10));
}

#[test]
fn an_optional_key_is_found_from_the_pattern_that_binds_its_subject() {
    let q = parsed(
        "SELECT ?d WHERE { ?s a <http://x/C> ; <http://x/t> ?t OPTIONAL { ?s <http://x/label> ?l } \
         OPTIONAL { ?s <http://x/date> ?d } } ORDER BY DESC(?d) LIMIT 10",
    );
    let a = Anchor::find(&q).expect("anchor");
    assert_eq!(a.predicate.as_str(), "http://x/date");
    let source = a.optional().cloned().expect("optional");
    assert_eq!(source.predicate.as_str(), rdf::TYPE.as_str());
    assert_eq!(
        source.object,
        Some(GroundTerm::NamedNode(NamedNode::new_unchecked(
            "http://x/C"
        )))
    );
    let q = parsed(
        "SELECT ?d WHERE { ?s <http://x/t> ?t OPTIONAL { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 10",
    );
    let source = Anchor::find(&q)
        .expect("anchor")
        .optional()
        .cloned()
        .expect("optional");
    assert_eq!(
        (source.predicate.as_str(), source.object),
        ("http://x/t", None)
    );
}

#[test]
fn an_optional_key_used_before_its_optional_has_no_anchor() {
    for q in [
        // The key is filtered on inside the OPTIONAL, or used by what the OPTIONAL extends.
        "SELECT ?d WHERE { ?s <http://x/t> ?t OPTIONAL { ?s <http://x/date> ?d FILTER(?d > 3) } } ORDER BY ?d LIMIT 10",
        "SELECT ?d WHERE { ?s <http://x/t> ?t OPTIONAL { ?s <http://x/u> ?d } OPTIONAL { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 10",
        "SELECT ?d WHERE { ?s <http://x/t> ?t BIND(BOUND(?d) AS ?b) OPTIONAL { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 10",
        // Two patterns in the OPTIONAL, or no required pattern for its subject.
        "SELECT ?d WHERE { ?s <http://x/t> ?t OPTIONAL { ?s <http://x/date> ?d ; <http://x/u> ?u } } ORDER BY ?d LIMIT 10",
        "SELECT ?d WHERE { ?x <http://x/t> ?t OPTIONAL { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 10",
    ] {
        assert!(Anchor::find(&parsed(q)).is_none(), "{q}");
    }
}

#[test]
fn an_aggregated_or_unreachable_key_has_no_anchor() {
    for q in [
        "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s <http://x/p> ?o } GROUP BY ?s ORDER BY ?n LIMIT 10",
        "SELECT ?d WHERE { ?s <http://x/date> ?d } ORDER BY ?d",
        "SELECT ?d WHERE { { ?s <http://x/date> ?d } UNION { ?s <http://x/t> ?d } } ORDER BY ?d LIMIT 3",
        "SELECT ?d WHERE { GRAPH ?g { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 3",
    ] {
        assert!(Anchor::find(&parsed(q)).is_none(), "{q}");
    }
}

#[test]
fn the_least_name_of_a_linked_subject_is_an_anchor() {
    let q = parsed(
        "SELECT (MIN(?n) AS ?name) ?s WHERE { ?s <http://x/by> ?a . ?a <http://x/name> ?n } \
         GROUP BY ?s ?a ORDER BY ?name ?s LIMIT 5",
    );
    let a = Anchor::find(&q).expect("anchor");
    let g = a.grouped().cloned().expect("grouped");
    assert_eq!(
        (g.predicate.as_str(), g.link.as_str()),
        ("http://x/name", "http://x/by")
    );
    for q in [
        // ?n used elsewhere, ?a not a grouping key, MAX rather than MIN.
        "SELECT (MIN(?n) AS ?name) WHERE { ?s <http://x/by> ?a . ?a <http://x/name> ?n FILTER(?n != \"x\") } GROUP BY ?s ?a ORDER BY ?name LIMIT 5",
        "SELECT (MIN(?n) AS ?name) WHERE { ?s <http://x/by> ?a . ?a <http://x/name> ?n } GROUP BY ?s ORDER BY ?name LIMIT 5",
        "SELECT (MAX(?n) AS ?name) WHERE { ?s <http://x/by> ?a . ?a <http://x/name> ?n } GROUP BY ?s ?a ORDER BY ?name LIMIT 5",
    ] {
        assert!(Anchor::find(&parsed(q)).is_none(), "{q}");
    }
}

#[test]
fn an_aggregated_key_has_no_anchor() {
    let q = "SELECT (MIN(?n) AS ?name) ?a WHERE { ?a <http://x/name> ?n } GROUP BY ?a ORDER BY ?name LIMIT 5";
    assert!(Anchor::find(&parsed(q)).is_none());
    let renamed =
        "SELECT ?a ?d WHERE { ?a <http://x/date> ?d0 BIND(?d0 AS ?d) } ORDER BY ?d LIMIT 5";
    assert!(Anchor::find(&parsed(renamed)).is_some());
}

#[test]
fn windows_compose_with_the_query_slice() {
    let mut q = parsed("SELECT ?s WHERE { ?s ?p ?o } LIMIT 50 OFFSET 10");
    set_window(&mut q, 20, Some(100));
    let Query::Select { pattern, .. } = &q else {
        unreachable!()
    };
    let GraphPattern::Slice { start, length, .. } = pattern else {
        panic!("{pattern:?}")
    };
    assert_eq!((*start, *length), (30, Some(30)));
    let mut q = parsed("SELECT ?s WHERE { ?s ?p ?o }");
    set_window(&mut q, 0, Some(7));
    assert!(q.to_string().contains("LIMIT 7"), "{q}");
}

#[test]
fn the_bundled_actor_network_is_a_co_occurrence() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../queries/actor-network.rq"
    ))
    .unwrap();
    let mut q = parsed(&text.replace("?min", "1"));
    set_window(&mut q, 0, Some(100));
    assert!(CoOccurrence::find(&q).is_some());
}
