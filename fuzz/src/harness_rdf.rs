//! The entry points of the fuzz targets over newsgraph-rdf, which need Oxigraph (see `lib.rs`).

use crate::harness::doc;
use newsgraph_model::Extraction;

/// The targets of this file, by name.
pub const TARGETS: &[&str] = &["query_bind", "rdf_export"];

/// Runs target `name` of this file on `data`; `false` when it has no such target.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "query_bind" => query_bind(data),
        "rdf_export" => rdf_export(data),
        _ => return false,
    }
    true
}

/// Whether `s` is in the lexical space of `xsd:decimal`.
fn is_xsd_decimal(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    !(int.is_empty() && frac.is_empty())
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// A query parameter value (the first byte picks the declared type, the rest is the value): no panic; a
/// bound term is valid for its type (an `xsd:date` is `YYYY-MM-DD` and a real date, an `xsd:decimal` or
/// `xsd:integer` in its lexical space); bound into every bundled query that declares a parameter of
/// that type, the query still parses.
pub fn query_bind(data: &[u8]) {
    use newsgraph_rdf::query::{Param, ParamType, bind::bind_text, bind_param, bundled};
    use oxigraph::model::Term;
    let Some((&k, rest)) = data.split_first() else {
        return;
    };
    let kinds = [
        ParamType::Iri,
        ParamType::String,
        ParamType::Integer,
        ParamType::Date,
        ParamType::Decimal,
    ];
    let kind = kinds[usize::from(k) % kinds.len()];
    let value = String::from_utf8_lossy(rest);
    let param = Param {
        name: "p".into(),
        kind,
        default: None,
        optional: false,
        description: String::new(),
    };
    let Ok(term) = bind_param(&param, &value) else {
        return;
    };
    if let Term::Literal(l) = &term {
        let v = l.value();
        match kind {
            ParamType::Date => {
                let d = newsgraph_model::parse_iso_date(v);
                assert!(
                    d.is_some_and(|d| d.format("%Y-%m-%d").to_string() == v),
                    "bad xsd:date {v:?}"
                );
            }
            ParamType::Decimal => assert!(is_xsd_decimal(v), "bad xsd:decimal {v:?}"),
            ParamType::Integer => assert!(
                v.strip_prefix('-')
                    .unwrap_or(v)
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                    && !v.is_empty(),
                "bad xsd:integer {v:?}"
            ),
            _ => {}
        }
    }
    for q in bundled() {
        for p in q.params.iter().filter(|p| p.kind == kind) {
            let Ok(sparql) = bind_text(&q.sparql, &q.name, &[(p.name.clone(), term.clone())])
            else {
                continue;
            };
            if let Err(e) = spargebra::SparqlParser::new().parse_query(&sparql) {
                panic!(
                    "query {} with {}={term} does not parse: {e}\n{sparql}",
                    q.name, p.name
                );
            }
        }
    }
}

/// An extraction (the bytes as extraction JSON, or else as article text, extracted) → quads → every
/// export format → parsed back with Oxigraph's parsers: no panic; each export either fails with an
/// error or parses back to the same quads (named graphs merged for the triple formats).
pub fn rdf_export(data: &[u8]) {
    use newsgraph_rdf::export::{ExportFormat, write_quads};
    use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
    use oxigraph::model::{GraphName, Quad};
    use std::collections::BTreeSet;
    let ex: Extraction = match serde_json::from_slice(data) {
        Ok(ex) => ex,
        Err(_) => newsgraph_extract::extract(&doc(String::from_utf8_lossy(data).into_owned())),
    };
    let Ok(quads) = newsgraph_rdf::extraction_quads(&ex, &newsgraph_rdf::RdfOptions::default())
    else {
        return;
    };
    let formats = [
        (ExportFormat::Turtle, RdfFormat::Turtle),
        (ExportFormat::NTriples, RdfFormat::NTriples),
        (ExportFormat::NQuads, RdfFormat::NQuads),
        (ExportFormat::TriG, RdfFormat::TriG),
        (ExportFormat::RdfXml, RdfFormat::RdfXml),
        (
            ExportFormat::JsonLd,
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ),
    ];
    let has_blank = quads.iter().any(|q| {
        q.subject.is_blank_node() || q.object.is_blank_node() || q.graph_name.is_blank_node()
    });
    for (ours, theirs) in formats {
        let mut out = Vec::new();
        if write_quads(&quads, ours, &mut out).is_err() {
            continue;
        }
        let parsed: Vec<Quad> = RdfParser::from_format(theirs)
            .for_slice(&out)
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| {
                panic!(
                    "{ours:?} export does not parse: {e}\n{}",
                    String::from_utf8_lossy(&out)
                )
            });
        let norm = |q: &Quad| {
            let mut q = newsgraph_rdf::export::restore_datatype(q.clone());
            if !ours.is_dataset() {
                q.graph_name = GraphName::DefaultGraph;
            }
            q.to_string()
        };
        let want: BTreeSet<String> = quads.iter().map(norm).collect();
        let got: BTreeSet<String> = parsed.iter().map(norm).collect();
        if has_blank {
            assert_eq!(want.len(), got.len(), "{ours:?}: quad count");
        } else {
            assert_eq!(
                want, got,
                "{ours:?}: parsed quads differ from the mapped quads"
            );
        }
    }
}
