//! A leading key bound in an `OPTIONAL`, and the subjects that have none.

use super::*;

/// The required triple pattern `?s <q> O` that binds the subject of an `OPTIONAL` anchor
/// `OPTIONAL { ?s <p> ?k }`. Its subjects without any `<p>` (found with one `MINUS`, on stored ids) are the
/// rows whose key is unbound, which sort before every other row in ascending order and after every other
/// in descending order.
#[derive(Debug, Clone)]
pub(super) struct Source {
    /// The anchor's subject variable.
    pub(super) subject: Variable,
    /// The pattern's predicate.
    pub(super) predicate: NamedNode,
    /// The pattern's object when it is a constant (a class, say).
    pub(super) object: Option<GroundTerm>,
}

impl Source {
    /// The site matcher of this source pattern.
    pub(super) fn matches(&self, t: &TriplePattern) -> Option<(Variable, NamedNode)> {
        let TermPattern::Variable(s) = &t.subject else {
            return None;
        };
        let NamedNodePattern::NamedNode(p) = &t.predicate else {
            return None;
        };
        let object_matches = match (&self.object, &t.object) {
            (Some(GroundTerm::NamedNode(a)), TermPattern::NamedNode(b)) => a == b,
            (Some(GroundTerm::Literal(a)), TermPattern::Literal(b)) => a == b,
            (None, TermPattern::Variable(_)) => true,
            _ => false,
        };
        (*s == self.subject && *p == self.predicate && object_matches)
            .then(|| (s.clone(), p.clone()))
    }
}

/// The `OPTIONAL { ?s <p> ?object }` on the spine of `p` (its `FILTER`s, `BIND`s and the left sides of its
/// `OPTIONAL`s), with the pattern it extends, its subject and predicate. The pattern it extends must not
/// mention `?object`: there the restricted query binds it earlier than the query as written.
pub(super) fn optional_site<'a>(
    p: &'a GraphPattern,
    object: &Variable,
) -> Option<(&'a GraphPattern, Variable, NamedNode)> {
    match p {
        GraphPattern::LeftJoin {
            left,
            right,
            expression: None,
        } => match optional_anchor(right, object) {
            Some((s, predicate)) => {
                (!mentions(left, object)).then(|| (left.as_ref(), s, predicate))
            }
            None => optional_site(left, object),
        },
        GraphPattern::LeftJoin { left, .. } => optional_site(left, object),
        GraphPattern::Filter { inner, .. } => optional_site(inner, object),
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != object => optional_site(inner, object),
        _ => None,
    }
}

/// The mutable pattern that [`optional_site`] finds the `OPTIONAL` anchor to extend.
pub(super) fn optional_left_mut<'a>(
    p: &'a mut GraphPattern,
    object: &Variable,
) -> Option<&'a mut GraphPattern> {
    match p {
        GraphPattern::LeftJoin {
            left,
            right,
            expression,
        } => {
            if expression.is_none() && optional_anchor(right, object).is_some() {
                Some(left.as_mut())
            } else {
                optional_left_mut(left, object)
            }
        }
        GraphPattern::Filter { inner, .. } => optional_left_mut(inner, object),
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != object => optional_left_mut(inner, object),
        _ => None,
    }
}

/// `?s <p> ?object` when `p` is that single triple pattern.
pub(super) fn optional_anchor(
    p: &GraphPattern,
    object: &Variable,
) -> Option<(Variable, NamedNode)> {
    match p {
        GraphPattern::Bgp { patterns } if patterns.len() == 1 => anchor_of(&patterns[0], object),
        _ => None,
    }
}

/// The required pattern `?subject <q> O` of `left` that an optional anchor's subject comes from, with a
/// constant predicate; one with a constant object (a class) is preferred.
pub(super) fn source_of(left: &GraphPattern, subject: &Variable) -> Option<Source> {
    let mut best: Option<Source> = None;
    for constant in [true, false] {
        let site = |t: &TriplePattern| -> Option<(Variable, NamedNode)> {
            let (TermPattern::Variable(s), NamedNodePattern::NamedNode(p)) =
                (&t.subject, &t.predicate)
            else {
                return None;
            };
            let object_is_constant = !matches!(t.object, TermPattern::Variable(_));
            (s == subject && object_is_constant == constant).then(|| (s.clone(), p.clone()))
        };
        let mut sites = Vec::new();
        if required_sites(left, &site, subject, &mut sites).is_some()
            && let Some((_, predicate)) = sites.first()
        {
            let object = find_object(left, subject, predicate);
            if constant && object.is_none() {
                continue;
            }
            best = Some(Source {
                subject: subject.clone(),
                predicate: predicate.clone(),
                object,
            });
            break;
        }
    }
    best
}

/// The constant object of the first triple pattern `?subject <predicate> O` in `p`'s basic patterns.
pub(super) fn find_object(
    p: &GraphPattern,
    subject: &Variable,
    predicate: &NamedNode,
) -> Option<GroundTerm> {
    let mut found = None;
    visit_bgps(p, &mut |patterns| {
        for t in patterns {
            if found.is_none()
                && t.subject == TermPattern::Variable(subject.clone())
                && t.predicate == NamedNodePattern::NamedNode(predicate.clone())
            {
                found = match &t.object {
                    TermPattern::NamedNode(n) => Some(GroundTerm::NamedNode(n.clone())),
                    TermPattern::Literal(l) => Some(GroundTerm::Literal(l.clone())),
                    _ => None,
                };
            }
        }
    });
    found
}

/// Calls `f` on the basic graph patterns on the required paths of `p` (as [`required_sites`] walks).
pub(super) fn visit_bgps(p: &GraphPattern, f: &mut dyn FnMut(&[TriplePattern])) {
    match p {
        GraphPattern::Bgp { patterns } => f(patterns),
        GraphPattern::Join { left, right } | GraphPattern::Union { left, right } => {
            visit_bgps(left, f);
            visit_bgps(right, f);
        }
        GraphPattern::LeftJoin { left, .. } | GraphPattern::Minus { left, .. } => {
            visit_bgps(left, f)
        }
        GraphPattern::Filter { inner, .. } | GraphPattern::Extend { inner, .. } => {
            visit_bgps(inner, f)
        }
        _ => {}
    }
}

impl Anchor {
    /// The subjects of an `OPTIONAL` anchor's source pattern that have no key, or `None` when there are
    /// more than [`MAX_VALUES`] of them.
    pub(super) fn unbound_subjects<E>(
        &self,
        source: &Source,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<Term>>, E> {
        let object = match &source.object {
            Some(o) => o.to_string(),
            None => "?o".to_owned(),
        };
        // MINUS compares stored ids: no string is read, where `FILTER NOT EXISTS` looks each subject up.
        let text = format!(
            "SELECT DISTINCT ?s WHERE {{ ?s <{}> {object} MINUS {{ ?s <{}> ?k }} }} LIMIT {}",
            source.predicate.as_str(),
            self.predicate.as_str(),
            MAX_VALUES + 1
        );
        let (_, rows) = run(self.parse(&text))?;
        if rows.len() > MAX_VALUES {
            return Ok(None);
        }
        Ok(Some(
            rows.iter()
                .filter_map(|r| r.values().first().cloned().flatten())
                .collect(),
        ))
    }
}
