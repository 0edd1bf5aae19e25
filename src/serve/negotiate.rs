//! Content negotiation: which result or graph format an HTTP client asked for, from its `Accept` header (or
//! a `format` parameter, for browsers and `curl` users who cannot set headers easily).

use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

/// Media types offered for SELECT and ASK results, the first being the default.
const RESULT_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
    // after CSV and TSV, so that `text/*` means CSV (the text format people ask for), not legacy XML
    ("text/xml", QueryResultsFormat::Xml),
];

/// Short names accepted by the `format` parameter for results.
const RESULT_NAMES: &[(&str, QueryResultsFormat)] = &[
    ("json", QueryResultsFormat::Json),
    ("xml", QueryResultsFormat::Xml),
    ("csv", QueryResultsFormat::Csv),
    ("tsv", QueryResultsFormat::Tsv),
];

/// Media types offered for graphs (CONSTRUCT, DESCRIBE, Graph Store reads, the service description).
fn graph_types() -> Vec<(&'static str, RdfFormat)> {
    vec![
        ("text/turtle", RdfFormat::Turtle),
        ("application/x-turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("text/plain", RdfFormat::NTriples),
        ("application/ld+json", json_ld()),
        ("application/json", json_ld()),
        ("application/rdf+xml", RdfFormat::RdfXml),
        ("application/xml", RdfFormat::RdfXml),
        ("application/n-quads", RdfFormat::NQuads),
        ("application/trig", RdfFormat::TriG),
    ]
}

/// Short names accepted by the `format` parameter for graphs.
fn graph_names() -> Vec<(&'static str, RdfFormat)> {
    vec![
        ("ttl", RdfFormat::Turtle),
        ("turtle", RdfFormat::Turtle),
        ("nt", RdfFormat::NTriples),
        ("ntriples", RdfFormat::NTriples),
        ("jsonld", json_ld()),
        ("json", json_ld()),
        ("rdfxml", RdfFormat::RdfXml),
        ("xml", RdfFormat::RdfXml),
        ("nq", RdfFormat::NQuads),
        ("trig", RdfFormat::TriG),
    ]
}

/// JSON-LD as Oxigraph writes it (expanded, no profile).
fn json_ld() -> RdfFormat {
    RdfFormat::JsonLd {
        profile: oxigraph::io::JsonLdProfileSet::empty(),
    }
}

/// One entry of an `Accept` header.
#[derive(Debug, Clone, PartialEq)]
struct Range {
    media: String,
    q: f32,
}

/// Parses an `Accept` header into media ranges, best first (by `q`, then in the order written).
fn ranges(accept: &str) -> Vec<Range> {
    let mut out: Vec<Range> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim().to_ascii_lowercase();
            if media.is_empty() {
                return None;
            }
            let mut q = 1.0f32;
            for p in pieces {
                if let Some((k, v)) = p.split_once('=')
                    && k.trim().eq_ignore_ascii_case("q")
                {
                    q = v.trim().parse().unwrap_or(0.0);
                }
            }
            Some(Range { media, q })
        })
        .filter(|r| r.q > 0.0)
        .collect();
    // A stable sort keeps the client's order among equal weights.
    out.sort_by(|a, b| b.q.partial_cmp(&a.q).unwrap_or(std::cmp::Ordering::Equal));
    out
}

/// The first offer the `Accept` header allows; the default (first offer) without a header; `None` when the
/// header allows none of them (the caller answers 406).
fn pick<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let accept = match accept.map(str::trim) {
        None | Some("") => return offers.first().map(|(_, f)| *f),
        Some(a) => a,
    };
    for range in ranges(accept) {
        if range.media == "*/*" {
            return offers.first().map(|(_, f)| *f);
        }
        if let Some(kind) = range.media.strip_suffix("/*") {
            if let Some((_, f)) = offers
                .iter()
                .find(|(m, _)| m.split('/').next() == Some(kind))
            {
                return Some(*f);
            }
            continue;
        }
        if let Some((_, f)) = offers.iter().find(|(m, _)| *m == range.media) {
            return Some(*f);
        }
    }
    None
}

/// The format of SELECT/ASK results: the `format` parameter if given, else from `Accept`.
pub fn results_format(format: Option<&str>, accept: Option<&str>) -> Option<QueryResultsFormat> {
    if let Some(name) = format {
        return by_name(name, RESULT_NAMES, RESULT_TYPES);
    }
    pick(accept, RESULT_TYPES)
}

/// The format of a graph: the `format` parameter if given, else from `Accept`.
pub fn graph_format(format: Option<&str>, accept: Option<&str>) -> Option<RdfFormat> {
    let types = graph_types();
    if let Some(name) = format {
        return by_name(name, &graph_names(), &types);
    }
    pick(accept, &types)
}

/// A `format` parameter: a short name or a media type.
fn by_name<T: Copy>(name: &str, names: &[(&str, T)], types: &[(&str, T)]) -> Option<T> {
    let name = name.trim().to_ascii_lowercase();
    names
        .iter()
        .chain(types)
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// The media types offered for results, for 406 messages and the service description.
pub fn result_media_types() -> Vec<&'static str> {
    RESULT_TYPES.iter().map(|(m, _)| *m).collect()
}

/// The media types offered for graphs.
pub fn graph_media_types() -> Vec<&'static str> {
    graph_types().iter().map(|(m, _)| *m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_without_header() {
        assert_eq!(results_format(None, None), Some(QueryResultsFormat::Json));
        assert_eq!(graph_format(None, Some("")), Some(RdfFormat::Turtle));
    }

    #[test]
    fn weights_and_wildcards() {
        let a = "text/csv;q=0.5, application/sparql-results+xml";
        assert_eq!(results_format(None, Some(a)), Some(QueryResultsFormat::Xml));
        assert_eq!(
            results_format(None, Some("text/*")),
            Some(QueryResultsFormat::Csv)
        );
        assert_eq!(
            results_format(None, Some("image/png, */*;q=0.1")),
            Some(QueryResultsFormat::Json)
        );
        assert_eq!(results_format(None, Some("image/png")), None);
        assert_eq!(
            graph_format(None, Some("application/n-triples;q=0.9, text/turtle")),
            Some(RdfFormat::Turtle)
        );
    }

    #[test]
    fn format_parameter_wins() {
        assert_eq!(
            results_format(Some("tsv"), Some("application/json")),
            Some(QueryResultsFormat::Tsv)
        );
        assert_eq!(graph_format(Some("nt"), None), Some(RdfFormat::NTriples));
        assert_eq!(results_format(Some("png"), None), None);
    }
}
