//! The plan of a query: its ORDER BY read for the weight (and a constant key before it), and the parts of the
//! co-occurrence group's pattern.

use super::walk::Walk;
use super::*;

impl CoOccurrence {
    /// The plan of `query`, when it is a SELECT with a `LIMIT`, sorted first by a co-occurrence weight
    /// (see the module documentation).
    pub fn find(query: &Query) -> Option<CoOccurrence> {
        let Ordered {
            start,
            length,
            distinct,
            variables,
            order: expression,
            body: inner,
            dataset: None,
        } = window::ordered(query)?
        else {
            return None;
        };
        // Child indices from the slice down to the body below the ORDER BY.
        let mut path = vec![0];
        if distinct {
            path.push(0);
        }
        path.extend([0, 0]);
        // The weight leads, or follows a key the co-occurrence binds to a constant.
        let mut readings = Vec::new();
        if let [OrderExpression::Desc(Expression::Variable(w)), ..] = expression {
            readings.push((None, w.clone(), false));
        }
        if let [first, OrderExpression::Desc(Expression::Variable(w)), ..] = expression
            && let OrderExpression::Asc(Expression::Variable(r))
            | OrderExpression::Desc(Expression::Variable(r)) = first
        {
            let descending = matches!(first, OrderExpression::Desc(_));
            readings.push((Some(r.clone()), w.clone(), descending));
        }
        readings
            .into_iter()
            .find_map(|(relation, weight, descending)| {
                let projected = variables.contains(&weight)
                    && relation.as_ref().is_none_or(|r| variables.contains(r));
                if !projected {
                    return None;
                }
                let mut walk = Walk {
                    weight: weight.clone(),
                    relation: relation.clone(),
                    path: path.clone(),
                    extends: Vec::new(),
                    siblings: Vec::new(),
                    found: None,
                };
                walk.visit(inner);
                let found = walk.found?;
                let (relation, after) = match relation {
                    None => (None, Vec::new()),
                    Some(r) => {
                        let constant = found.constant?;
                        let after = found
                            .siblings
                            .into_iter()
                            .filter(|(_, c)| {
                                c.as_ref()
                                    .is_some_and(|c| sorts_after(c, &constant, descending))
                            })
                            .map(|(path, _)| path)
                            .collect();
                        (Some((r, constant, descending)), after)
                    }
                };
                Some(CoOccurrence {
                    relation,
                    after,
                    start,
                    length,
                    ..found.plan
                })
            })
    }
}

/// Takes the two co-occurrence triples (`?a p ?x`, `?b p ?x`) out of a group's pattern.
pub(super) struct Strip<'a> {
    pub(super) a: &'a Variable,
    pub(super) b: &'a Variable,
    pub(super) x: &'a Variable,
    pub(super) predicate: Option<NamedNode>,
    pub(super) found: (bool, bool),
}

impl Strip<'_> {
    /// The pattern without the co-occurrence triples, if it is a conjunction of triples, `VALUES` and
    /// filters.
    pub(super) fn strip(&mut self, p: &GraphPattern) -> Option<GraphPattern> {
        match p {
            GraphPattern::Bgp { patterns } => {
                let mut rest = Vec::with_capacity(patterns.len());
                for t in patterns {
                    match self.side(t) {
                        Some(true) => self.found.0 = true,
                        Some(false) => self.found.1 = true,
                        None => rest.push(t.clone()),
                    }
                }
                Some(GraphPattern::Bgp { patterns: rest })
            }
            GraphPattern::Join { left, right } => Some(GraphPattern::Join {
                left: Box::new(self.strip(left)?),
                right: Box::new(self.strip(right)?),
            }),
            GraphPattern::Filter { expr, inner } => Some(GraphPattern::Filter {
                expr: expr.clone(),
                inner: Box::new(self.strip(inner)?),
            }),
            GraphPattern::Values { .. } => Some(p.clone()),
            _ => None,
        }
    }

    /// `Some(true)` for `?a p ?x`, `Some(false)` for `?b p ?x` (one predicate for both).
    fn side(&mut self, t: &TriplePattern) -> Option<bool> {
        let (TermPattern::Variable(s), NamedNodePattern::NamedNode(p), TermPattern::Variable(o)) =
            (&t.subject, &t.predicate, &t.object)
        else {
            return None;
        };
        if o != self.x || (s != self.a && s != self.b) {
            return None;
        }
        if self.predicate.as_ref().is_some_and(|q| q != p) {
            return None;
        }
        self.predicate = Some(p.clone());
        Some(s == self.a)
    }
}

/// The triples and `VALUES` of a conjunction (`rest`) that constrain `v` without `other`: those connected
/// to `v` through shared variables, leaving out any that mentions `other`. Filters are left out too: any
/// part of a conjunction is a necessary condition for `v` to take part in a solution (not a sufficient
/// one), which is all the candidates need.
pub(super) fn unary(rest: &GraphPattern, v: &Variable, other: &Variable) -> Option<GraphPattern> {
    let mut items: Vec<(GraphPattern, Vec<Variable>)> = Vec::new();
    collect_items(rest, &mut items);
    // Grow the part from `v` through shared variables other than `v` and `other`.
    let mut reached: Vec<Variable> = vec![v.clone()];
    let mut taken = vec![false; items.len()];
    let mut grew = true;
    while grew {
        grew = false;
        for (i, (_, vars)) in items.iter().enumerate() {
            if !taken[i] && !vars.contains(other) && vars.iter().any(|x| reached.contains(x)) {
                taken[i] = true;
                grew = true;
                for x in vars {
                    if !reached.contains(x) {
                        reached.push(x.clone());
                    }
                }
            }
        }
    }
    let mut part: Option<GraphPattern> = None;
    for (i, (item, _)) in items.into_iter().enumerate() {
        if !taken[i] {
            continue;
        }
        part = Some(match part {
            None => item,
            Some(p) => GraphPattern::Join {
                left: Box::new(p),
                right: Box::new(item),
            },
        });
    }
    part
}

/// The triples (one `Bgp` each) and `VALUES` of a conjunction, with their variables; filters are skipped.
fn collect_items(p: &GraphPattern, items: &mut Vec<(GraphPattern, Vec<Variable>)>) {
    match p {
        GraphPattern::Bgp { patterns } => {
            for t in patterns {
                let mut vars = Vec::new();
                for term in [&t.subject, &t.object] {
                    if let TermPattern::Variable(x) = term {
                        vars.push(x.clone());
                    }
                }
                if let NamedNodePattern::Variable(x) = &t.predicate {
                    vars.push(x.clone());
                }
                items.push((
                    GraphPattern::Bgp {
                        patterns: vec![t.clone()],
                    },
                    vars,
                ));
            }
        }
        GraphPattern::Values { variables, .. } => items.push((p.clone(), variables.clone())),
        GraphPattern::Join { left, right } => {
            collect_items(left, items);
            collect_items(right, items);
        }
        GraphPattern::Filter { inner, .. } => collect_items(inner, items),
        _ => {}
    }
}
