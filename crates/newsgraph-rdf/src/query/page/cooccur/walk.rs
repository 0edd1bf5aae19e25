//! The walk from the top of a query down to its co-occurrence group, through the nodes that keep the page
//! exact (step 4 of the module documentation), and the numbering of children it records.

use super::plan::{Strip, unary};
use super::*;

/// What the walk down the query found: the plan (its slice still to be filled in) and the constant the
/// co-occurrence binds its relation variable to, if any.
pub(super) struct Found {
    pub(super) plan: CoOccurrence,
    pub(super) constant: Option<Term>,
    /// The other branches of the `UNION`s on the way down, with the constant each binds the leading key to.
    pub(super) siblings: Vec<(Vec<usize>, Option<Term>)>,
}

/// The walk from the top of a query to its co-occurrence group, through the nodes that keep step 4 of the
/// module documentation sound.
pub(super) struct Walk {
    pub(super) weight: Variable,
    pub(super) relation: Option<Variable>,
    pub(super) path: Vec<usize>,
    /// The `BIND`s on the way down: variable and expression.
    pub(super) extends: Vec<(Variable, Expression)>,
    /// The other branches of the `UNION`s on the way down (see [`Found`]).
    pub(super) siblings: Vec<(Vec<usize>, Option<Term>)>,
    pub(super) found: Option<Found>,
}

impl Walk {
    pub(super) fn visit(&mut self, p: &GraphPattern) {
        if self.found.is_some() {
            return;
        }
        let keeps = |vars: &[Variable], w: &Variable, r: &Option<Variable>| {
            vars.contains(w) && r.as_ref().is_none_or(|r| vars.contains(r))
        };
        match p {
            GraphPattern::Join { left, right } => {
                self.child(left, 0);
                self.child(right, 1);
            }
            GraphPattern::Union { left, right } => {
                for (i, (branch, sibling)) in [(left, right), (right, left)].into_iter().enumerate()
                {
                    let mut path = self.path.clone();
                    path.push(1 - i);
                    let constant = self.relation.as_ref().and_then(|r| constant_of(sibling, r));
                    self.siblings.push((path, constant));
                    self.child(branch, i);
                    if self.found.is_none() {
                        self.siblings.pop();
                    } else {
                        return;
                    }
                }
            }
            GraphPattern::LeftJoin { left, .. } => self.child(left, 0),
            GraphPattern::Filter { inner, .. }
            | GraphPattern::Distinct { inner }
            | GraphPattern::Reduced { inner } => self.child(inner, 0),
            GraphPattern::Extend {
                inner,
                variable,
                expression,
            } => {
                self.extends.push((variable.clone(), expression.clone()));
                self.child(inner, 0);
                self.extends.pop();
            }
            GraphPattern::Project { inner, variables }
                if keeps(variables, &self.weight, &self.relation) =>
            {
                self.child(inner, 0)
            }
            GraphPattern::Group {
                inner,
                variables,
                aggregates,
            } => {
                if let Some(found) = self.group(inner, variables, aggregates) {
                    self.found = Some(found);
                } else if keeps(variables, &self.weight, &self.relation) {
                    self.child(inner, 0);
                }
            }
            _ => {}
        }
    }

    fn child(&mut self, p: &GraphPattern, i: usize) {
        self.path.push(i);
        self.visit(p);
        if self.found.is_none() {
            self.path.pop();
        }
    }

    /// The plan, if this group is a co-occurrence count whose weight the walk's `BIND`s give the sort
    /// variable.
    fn group(
        &self,
        inner: &GraphPattern,
        variables: &[Variable],
        aggregates: &[(Variable, AggregateExpression)],
    ) -> Option<Found> {
        let [a, b] = variables else { return None };
        let [
            (
                aggregate,
                AggregateExpression::FunctionCall {
                    name: AggregateFunction::Count,
                    expr: Expression::Variable(x),
                    distinct: true,
                },
            ),
        ] = aggregates
        else {
            return None;
        };
        if a == b || a == x || b == x {
            return None;
        }
        // The sort variable must be the aggregate, renamed by the BIND the parser writes for `AS ?w`.
        let bound = |v: &Variable| {
            self.extends
                .iter()
                .rev()
                .find(|(var, _)| var == v)
                .map(|(_, e)| e)
        };
        if bound(&self.weight) != Some(&Expression::Variable(aggregate.clone())) {
            return None;
        }
        let constant = match &self.relation {
            None => None,
            Some(r) => match bound(r)? {
                Expression::Literal(l) => Some(Term::Literal(l.clone())),
                Expression::NamedNode(n) => Some(Term::NamedNode(n.clone())),
                _ => return None,
            },
        };
        let mut site = Strip {
            a,
            b,
            x,
            predicate: None,
            found: (false, false),
        };
        let rest = site.strip(inner)?;
        if site.found != (true, true) || mentions(&rest, x) {
            return None;
        }
        let predicate = site.predicate?;
        let count = KEPT_COUNTS.iter().find_map(|(p, c)| {
            (predicate.as_str().strip_prefix(NG) == Some(p))
                .then(|| NamedNode::new_unchecked(format!("{NG}{c}")))
        })?;
        Some(Found {
            plan: CoOccurrence {
                a: a.clone(),
                b: b.clone(),
                predicate,
                count,
                aggregate: aggregate.clone(),
                weight: self.weight.clone(),
                relation: None,
                after: Vec::new(),
                unary_a: unary(&rest, a, b),
                unary_b: unary(&rest, b, a),
                rest,
                path: self.path.clone(),
                start: 0,
                length: 0,
            },
            constant,
            siblings: self.siblings.clone(),
        })
    }
}

/// The constant every row of `p` binds `v` to, when `p` is a sub-select or a `BIND` of one.
fn constant_of(p: &GraphPattern, v: &Variable) -> Option<Term> {
    match p {
        GraphPattern::Project { inner, variables } if variables.contains(v) => {
            constant_of(inner, v)
        }
        GraphPattern::Extend {
            variable,
            expression,
            ..
        } if variable == v => match expression {
            Expression::Literal(l) => Some(Term::Literal(l.clone())),
            Expression::NamedNode(n) => Some(Term::NamedNode(n.clone())),
            _ => None,
        },
        GraphPattern::Extend { inner, .. }
        | GraphPattern::Filter { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner } => constant_of(inner, v),
        _ => None,
    }
}

/// The `i`-th child of a pattern, in the order [`Walk`] numbers them.
pub(super) fn child_mut(p: &mut GraphPattern, i: usize) -> Option<&mut GraphPattern> {
    Some(match (p, i) {
        (
            GraphPattern::Join { left, .. }
            | GraphPattern::Union { left, .. }
            | GraphPattern::LeftJoin { left, .. },
            0,
        ) => left.as_mut(),
        (GraphPattern::Join { right, .. } | GraphPattern::Union { right, .. }, 1) => right.as_mut(),
        (
            GraphPattern::Filter { inner, .. }
            | GraphPattern::Distinct { inner }
            | GraphPattern::Reduced { inner }
            | GraphPattern::Extend { inner, .. }
            | GraphPattern::Project { inner, .. }
            | GraphPattern::Group { inner, .. }
            | GraphPattern::OrderBy { inner, .. }
            | GraphPattern::Slice { inner, .. },
            0,
        ) => inner.as_mut(),
        _ => return None,
    })
}
