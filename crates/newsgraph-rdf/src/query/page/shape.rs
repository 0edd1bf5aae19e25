//! Where the leading key is bound: the walks over a query's algebra that find the anchor's sites.

use super::*;

pub(super) fn ground(t: &Term) -> Option<GroundTerm> {
    match t {
        Term::NamedNode(n) => Some(GroundTerm::NamedNode(n.clone())),
        Term::Literal(l) => Some(GroundTerm::Literal(l.clone())),
        _ => None,
    }
}

/// Below the top-level `ORDER BY`: the variable the anchor must bind (the key, through renamings) and the
/// pattern to search for the anchor in.
pub(super) fn key_source<'a>(
    body: &'a GraphPattern,
    key: &Variable,
) -> Option<(Variable, &'a GraphPattern)> {
    match body {
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != key => key_source(inner, key),
        // `(?d AS ?date)` and aggregates: an expression to a fresh variable, then this renaming.
        GraphPattern::Extend {
            inner,
            expression: Expression::Variable(renamed),
            ..
        } => key_source(inner, renamed),
        GraphPattern::Filter { inner, .. } => key_source(inner, key),
        GraphPattern::Group {
            inner, variables, ..
        } => variables
            .contains(key)
            .then(|| (key.clone(), inner.as_ref() as &GraphPattern)),
        other => Some((key.clone(), other)),
    }
}

/// Recognises a site: the triple pattern's subject variable and predicate when it is one.
pub(super) type Site<'a> = &'a dyn Fn(&TriplePattern) -> Option<(Variable, NamedNode)>;

/// Collects the sites (anchors `?s <p> ?object`, or an optional anchor's source) that every solution of
/// `p` needs; `None` when a solution could do without one (or the pattern is of a kind this module does
/// not look into). `object` is the anchor's variable: an `Extend` that binds it hides what is below.
pub(super) fn required_sites(
    p: &GraphPattern,
    site: Site<'_>,
    object: &Variable,
    sites: &mut Vec<(Variable, NamedNode)>,
) -> Option<()> {
    match p {
        GraphPattern::Bgp { patterns } => {
            let found = patterns.iter().find_map(site)?;
            sites.push(found);
            Some(())
        }
        GraphPattern::Join { left, right } => {
            let before = sites.len();
            if required_sites(left, site, object, sites).is_some() {
                return Some(());
            }
            sites.truncate(before);
            required_sites(right, site, object, sites)
        }
        GraphPattern::LeftJoin { left, .. } | GraphPattern::Minus { left, .. } => {
            required_sites(left, site, object, sites)
        }
        GraphPattern::Union { left, right } => {
            required_sites(left, site, object, sites)?;
            required_sites(right, site, object, sites)
        }
        GraphPattern::Filter { inner, .. } => required_sites(inner, site, object, sites),
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != object => required_sites(inner, site, object, sites),
        _ => None,
    }
}

pub(super) fn anchor_of(t: &TriplePattern, object: &Variable) -> Option<(Variable, NamedNode)> {
    match (&t.subject, &t.predicate, &t.object) {
        (TermPattern::Variable(s), NamedNodePattern::NamedNode(p), TermPattern::Variable(o))
            if o == object && s != object =>
        {
            Some((s.clone(), p.clone()))
        }
        _ => None,
    }
}

/// Whether `v` occurs anywhere in `p`.
pub(super) fn mentions(p: &GraphPattern, v: &Variable) -> bool {
    occurrences(p, v) > 0
}

/// How often `v` occurs in `p` (in its SPARQL text, as `?name` not followed by a name character).
pub(super) fn occurrences(p: &GraphPattern, v: &Variable) -> usize {
    let text = p.to_string();
    let needle = format!("?{}", v.as_str());
    text.match_indices(&needle)
        .filter(|(i, _)| {
            !text[i + needle.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .count()
}
