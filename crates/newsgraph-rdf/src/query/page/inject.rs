//! The restricted query: `VALUES` put before each site of the anchor.

use super::*;

/// The columns of the `VALUES` block put before a site.
#[derive(Debug, Clone, Copy)]
pub(super) enum Columns {
    /// `(?s ?k)`: the anchor's pairs.
    Pair,
    /// `?s`: the site's subjects (a [`Grouped`] key's subjects).
    Subject,
}

/// Puts `VALUES (?s ?object) { bindings }` before the site's group (`LATERAL`) in each place
/// [`required_sites`] finds it (the same walk, so nothing outside those places changes), and restricts the
/// sub-selects grouped by the anchor's subject to its subjects (see [`restrict_grouped`]).
pub(super) fn inject(
    p: &mut GraphPattern,
    site: Site<'_>,
    object: &Variable,
    columns: Columns,
    bindings: &[Vec<Option<GroundTerm>>],
    injected: &mut usize,
) {
    match p {
        GraphPattern::Bgp { patterns } => {
            let Some((s, _)) = patterns.iter().find_map(site) else {
                return;
            };
            // LATERAL: the pairs are looked up one by one in the anchor's group, which is evaluated as one
            // unit whatever Oxigraph's optimizer starts the rest from (a small VALUES of classes, say).
            let bgp = std::mem::replace(p, GraphPattern::Bgp { patterns: vec![] });
            *p = GraphPattern::Lateral {
                left: Box::new(GraphPattern::Values {
                    variables: match columns {
                        Columns::Pair => vec![s, object.clone()],
                        Columns::Subject => vec![s],
                    },
                    bindings: bindings.to_vec(),
                }),
                right: Box::new(bgp),
            };
            *injected += 1;
        }
        GraphPattern::Join { left, right } => {
            let (there, other) = if required_sites(left, site, object, &mut Vec::new()).is_some() {
                (left, right)
            } else {
                (right, left)
            };
            let subject = site_subject(there, site, object);
            inject(there, site, object, columns, bindings, injected);
            if let Some(s) = subject {
                restrict_grouped(other, &s, bindings);
            }
        }
        GraphPattern::LeftJoin { left, right, .. } => {
            let subject = site_subject(left, site, object);
            inject(left, site, object, columns, bindings, injected);
            if let Some(s) = subject {
                restrict_grouped(right, &s, bindings);
            }
        }
        GraphPattern::Minus { left, .. } => inject(left, site, object, columns, bindings, injected),
        GraphPattern::Union { left, right } => {
            inject(left, site, object, columns, bindings, injected);
            inject(right, site, object, columns, bindings, injected);
        }
        GraphPattern::Filter { inner, .. } => {
            inject(inner, site, object, columns, bindings, injected)
        }
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != object => inject(inner, site, object, columns, bindings, injected),
        _ => {}
    }
}

/// The site's subject variable in `p`, when `p` holds a required site.
pub(super) fn site_subject(
    p: &GraphPattern,
    site: Site<'_>,
    object: &Variable,
) -> Option<Variable> {
    let mut sites = Vec::new();
    required_sites(p, site, object, &mut sites)?;
    sites.into_iter().next().map(|(s, _)| s)
}

/// A sub-select grouped by the anchor's subject `?s` and joined to it (`{ SELECT ?s (… AS ?x) WHERE { … }
/// GROUP BY ?s }`, or the same in an `OPTIONAL`) would otherwise be computed for every `?s` of the store
/// before the join keeps a few: only the anchor's subjects can join, so its groups are computed for those
/// alone (each group is computed from its own rows, so the groups kept are unchanged).
pub(super) fn restrict_grouped(
    p: &mut GraphPattern,
    subject: &Variable,
    bindings: &[Vec<Option<GroundTerm>>],
) {
    let GraphPattern::Project { inner, variables } = p else {
        return;
    };
    if !variables.contains(subject) {
        return;
    }
    let mut p = inner.as_mut();
    // The aggregates' outputs are renamed by `Extend`s above the group.
    while let GraphPattern::Extend {
        inner, variable, ..
    } = p
    {
        if variable == subject {
            return;
        }
        p = inner.as_mut();
    }
    let GraphPattern::Group {
        inner, variables, ..
    } = p
    else {
        return;
    };
    if !variables.contains(subject) {
        return;
    }
    let mut seen = std::collections::HashSet::new();
    let subjects: Vec<Vec<Option<GroundTerm>>> = bindings
        .iter()
        .filter_map(|row| row.first().cloned())
        .filter(|s| seen.insert(s.clone()))
        .map(|s| vec![s])
        .collect();
    let grouped = std::mem::replace(inner.as_mut(), GraphPattern::Bgp { patterns: vec![] });
    **inner = GraphPattern::Join {
        left: Box::new(GraphPattern::Values {
            variables: vec![subject.clone()],
            bindings: subjects,
        }),
        right: Box::new(grouped),
    };
}

/// The part of a SELECT's pattern below its slice, projection, `ORDER BY` and the path to the leading key
/// (as [`Anchor::find`] and [`key_source`] walk it), where the anchor is searched for.
pub(super) fn body_mut<'a>(
    pattern: &'a mut GraphPattern,
    key: &Variable,
) -> Option<&'a mut GraphPattern> {
    let mut p = match pattern {
        GraphPattern::Slice { inner, .. } => inner.as_mut(),
        _ => return None,
    };
    if let GraphPattern::Distinct { inner } | GraphPattern::Reduced { inner } = p {
        p = inner.as_mut();
    }
    let GraphPattern::Project { inner, .. } = p else {
        return None;
    };
    let GraphPattern::OrderBy { inner, .. } = inner.as_mut() else {
        return None;
    };
    descend_mut(inner.as_mut(), key)
}

pub(super) fn descend_mut<'a>(
    p: &'a mut GraphPattern,
    key: &Variable,
) -> Option<&'a mut GraphPattern> {
    let (through, next) = match &*p {
        GraphPattern::Extend { variable, .. } if variable != key => (true, key.clone()),
        GraphPattern::Extend {
            expression: Expression::Variable(renamed),
            ..
        } => (true, renamed.clone()),
        GraphPattern::Filter { .. } | GraphPattern::Group { .. } => (true, key.clone()),
        _ => (false, key.clone()),
    };
    if !through {
        return Some(p);
    }
    match p {
        GraphPattern::Extend { inner, .. } | GraphPattern::Filter { inner, .. } => {
            descend_mut(inner.as_mut(), &next)
        }
        GraphPattern::Group { inner, .. } => Some(inner.as_mut()),
        other => Some(other),
    }
}
