//! The first rows of a co-occurrence listing — pairs of entities ranked by the articles they share — found
//! from the article counts the store keeps ("top-k by bound").
//!
//! `actor-network` counts, for every pair of actors, the articles that mention both
//! (`?a ng:mentionedIn ?x . ?b ng:mentionedIn ?x`, `COUNT(DISTINCT ?x)` grouped by `?a ?b`). As written,
//! that joins every mention with every other mention of its article: 47 s on 20,000 articles for a page
//! of 100 pairs, most of it on pairs far below the page.
//!
//! A pair's weight is at most the article count of either entity, and the store keeps that count
//! (`ng:articleCount`: the distinct `?x` with `?e ng:mentionedIn ?x`, see `store::shared`). So every pair
//! of weight ≥ T is a pair of *candidates*, the entities whose count is ≥ T:
//! 1. T is chosen from the histogram of kept counts so that a few dozen entities are candidates;
//! 2. the articles each pair of candidates shares are counted in one pass over the candidates' mentions:
//!    each candidate gets one bit, each article the sum of its candidates' distinct bits (62 bits to an
//!    integer column, so the engine decodes no IRI), and the distinct sums with their numbers of articles
//!    give every pair's weight; each candidate's own total must equal its kept count, or the plan gives up;
//! 3. the `GROUP BY ?a ?b` is replaced by `VALUES (?a ?b ?n) { the pairs of weight ≥ T }` laterally joined
//!    to the group's other patterns (types, filters: none of them may mention `?x`), and the query so
//!    changed is evaluated for its first `OFFSET + LIMIT` rows;
//! 4. if the last of those rows has the weight variable ≥ T (and, when the first sort key is a variable
//!    the co-occurrence binds to a constant, that constant), the page is exact: every row the change left
//!    out comes from a pair of weight < T and sorts after it. Otherwise T is lowered (four times the
//!    candidates) and the page is tried again; at T = 1 nothing is left out.
//!
//! Step 4 holds only where leaving out rows of the co-occurrence can only leave out rows of the answer,
//! each with its weight: between the top of the query and the group, only joins, unions, filters,
//! extensions, projections keeping the weight (and the constant's variable), the left side of an
//! `OPTIONAL`, and groupings whose keys include them. Anything else, a dataset other than the whole
//! store, counts marked pending (a stopped load), or more than [`MAX_CANDIDATES`] candidates leaves the
//! query to the engine as written.

use super::*;
use std::collections::HashMap;

/// Predicates whose distinct objects per subject the store keeps counted, with the counting predicate.
const KEPT_COUNTS: [(&str, &str); 1] = [("mentionedIn", "articleCount")];

/// Bits of one integer column of the article masks (an `xsd:integer` holds 63 bits and a sign).
const BITS: usize = 62;

/// Above this many candidates the masks and the pairs cost more than they save.
const MAX_CANDIDATES: usize = 1_024;

/// Entities of the first round (of every kind: fewer may fit the group's patterns).
const FIRST_CANDIDATES: usize = 192;

/// Rounds before the plan gives up (each lowers the threshold by a quarter at least).
const MAX_ROUNDS: usize = 12;

/// The sides of a pair an entity can take.
#[derive(Debug, Clone, Copy)]
struct Sides {
    a: bool,
    b: bool,
}

/// A query whose page can be found from kept counts (see the module documentation).
#[derive(Debug, Clone)]
pub struct CoOccurrence {
    /// The grouped subjects.
    a: Variable,
    b: Variable,
    /// `?s predicate ?x`, and the predicate the store keeps each subject's count of `?x` by.
    predicate: NamedNode,
    count: NamedNode,
    /// The group's aggregate variable, and the variable the query sorts by that takes its value.
    aggregate: Variable,
    weight: Variable,
    /// A leading sort key the co-occurrence binds to a constant, and whether it is descending.
    relation: Option<(Variable, Term, bool)>,
    /// The branches of `UNION`s on the way down whose rows all bind that key to a constant sorting after
    /// the co-occurrence's: child indices from the top, like `path`.
    after: Vec<Vec<usize>>,
    /// The group's patterns other than the two co-occurrence triples.
    rest: GraphPattern,
    /// The parts of `rest` about `?a` alone and about `?b` alone (see [`unary`]).
    unary_a: Option<GraphPattern>,
    unary_b: Option<GraphPattern>,
    /// Where the group is: child indices from the top of the query's pattern.
    path: Vec<usize>,
    /// `OFFSET` and `LIMIT` of the query.
    start: usize,
    length: usize,
}

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

    /// Finds the page of `query` (whose plan this is) with `run`, which evaluates a query and returns its
    /// rows through the same path as any query.
    pub fn page<E>(
        &self,
        query: &Query,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Paged, E> {
        let window = self.start.saturating_add(self.length);
        if self.length == 0 || window > MAX_VALUES {
            return Ok(Paged::Unsupported);
        }
        let (_, pending) = run(parse(&format!(
            "SELECT ?g WHERE {{ ?g <{NG}countsPending> ?v }} LIMIT 1"
        )))?;
        if !pending.is_empty() {
            return Ok(Paged::Unsupported);
        }
        let Some(histogram) = self.histogram(run)? else {
            return Ok(Paged::Unsupported);
        };
        // The first threshold: the least count that gives FIRST_CANDIDATES entities (all at the end).
        let mut total = 0usize;
        let mut threshold = 1i64;
        for (count, entities) in &histogram {
            total += entities;
            threshold = *count;
            if total >= FIRST_CANDIDATES {
                break;
            }
        }
        for _ in 0..MAX_ROUNDS {
            threshold = threshold.max(1);
            let Some(candidates) = self.candidates(threshold, run)? else {
                return Ok(Paged::Unsupported);
            };
            let Some(weights) = self.weights(&candidates, run)? else {
                return Ok(Paged::Unsupported);
            };
            let n = candidates.len();
            let mut bindings = Vec::new();
            for (i, (a, side)) in candidates.iter().enumerate() {
                for (j, (b, other)) in candidates.iter().enumerate() {
                    let w = weights[i * n + j];
                    if side.a && other.b && w > 0 && w >= threshold as u64 {
                        bindings.push(vec![
                            Some(GroundTerm::NamedNode(a.clone())),
                            Some(GroundTerm::NamedNode(b.clone())),
                            Some(GroundTerm::Literal(Literal::from(w as i64))),
                        ]);
                    }
                }
            }
            if bindings.len() > MAX_VALUES {
                return Ok(Paged::Unsupported);
            }
            let (vars, rows) = run(self.restricted(query, bindings.clone(), window, true))?;
            let exact = rows.len() == window
                && rows
                    .last()
                    .is_some_and(|row| self.sorts_before_left_out(row, threshold));
            if exact {
                let rows = rows.into_iter().skip(self.start).collect();
                return Ok(Paged::Rows((vars, rows)));
            }
            if threshold <= 1 {
                // Every pair is there: the answer is complete once the branches left out are back.
                let (vars, rows) = if self.after.is_empty() {
                    (vars, rows)
                } else {
                    run(self.restricted(query, bindings, window, false))?
                };
                let rows = rows.into_iter().skip(self.start).collect();
                return Ok(Paged::Rows((vars, rows)));
            }
            // Lower the threshold to the `window`-th weight among the pairs counted so far, a bound the
            // true weight of that rank can only exceed (a quarter of it if there are too few pairs).
            let mut ranked: Vec<u64> = Vec::new();
            for (i, (_, x)) in candidates.iter().enumerate() {
                for (j, (_, y)) in candidates.iter().enumerate().skip(i + 1) {
                    if (x.a && y.b) || (y.a && x.b) {
                        ranked.push(weights[i * n + j]);
                    }
                }
            }
            ranked.sort_unstable_by(|x, y| y.cmp(x));
            let next = match ranked.get(window - 1) {
                Some(&w) if w > 0 => w as i64,
                _ => threshold / 4,
            };
            threshold = next.min(threshold - (threshold / 4).max(1));
        }
        Ok(Paged::Unsupported)
    }

    /// How many subjects have each kept count, largest count first; `None` if a count is not an integer
    /// or there is none.
    fn histogram<E>(
        &self,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<(i64, usize)>>, E> {
        let (_, rows) = run(parse(&format!(
            "SELECT ?c (COUNT(*) AS ?k) WHERE {{ ?e <{}> ?c }} GROUP BY ?c",
            self.count.as_str()
        )))?;
        let mut histogram = Vec::with_capacity(rows.len());
        for row in &rows {
            match (integer(row.values().first()), integer(row.values().get(1))) {
                (Some(c), Some(k)) if k > 0 => histogram.push((c, k as usize)),
                _ => return Ok(None),
            }
        }
        histogram.sort_unstable_by(|x, y| y.cmp(x));
        Ok((!histogram.is_empty()).then_some(histogram))
    }

    /// The subjects whose kept count is at least `threshold`, in IRI order, with the side of the pair each
    /// can take (the group's patterns on `?a` alone, and on `?b` alone); `None` when there are too many or
    /// one is not an IRI. Subjects that can take neither side are left out.
    fn candidates<E>(
        &self,
        threshold: i64,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<(NamedNode, Sides)>>, E> {
        let (_, rows) = run(parse(&format!(
            "SELECT ?e WHERE {{ ?e <{}> ?c FILTER(?c >= {threshold}) }}",
            self.count.as_str()
        )))?;
        if rows.len() > MAX_CANDIDATES {
            return Ok(None);
        }
        let mut subjects = Vec::with_capacity(rows.len());
        for row in &rows {
            match row.values().first() {
                Some(Some(Term::NamedNode(e))) => subjects.push(e.clone()),
                _ => return Ok(None),
            }
        }
        subjects.sort();
        subjects.dedup();
        let a = self.able(&self.a, &self.unary_a, &subjects, run)?;
        let b = self.able(&self.b, &self.unary_b, &subjects, run)?;
        Ok(Some(
            subjects
                .into_iter()
                .map(|e| {
                    let sides = Sides {
                        a: a.as_ref().is_none_or(|a| a.contains(&e)),
                        b: b.as_ref().is_none_or(|b| b.contains(&e)),
                    };
                    (e, sides)
                })
                .filter(|(_, sides)| sides.a || sides.b)
                .collect(),
        ))
    }

    /// The `subjects` that satisfy `unary` as `v` (`None`: no pattern, all of them).
    fn able<E>(
        &self,
        v: &Variable,
        unary: &Option<GraphPattern>,
        subjects: &[NamedNode],
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<std::collections::HashSet<NamedNode>>, E> {
        let Some(unary) = unary else {
            return Ok(None);
        };
        if subjects.is_empty() {
            return Ok(Some(Default::default()));
        }
        let query = Query::Select {
            dataset: None,
            base_iri: None,
            pattern: GraphPattern::Distinct {
                inner: Box::new(GraphPattern::Project {
                    variables: vec![v.clone()],
                    inner: Box::new(GraphPattern::Lateral {
                        left: Box::new(GraphPattern::Values {
                            variables: vec![v.clone()],
                            bindings: subjects
                                .iter()
                                .map(|e| vec![Some(GroundTerm::NamedNode(e.clone()))])
                                .collect(),
                        }),
                        right: Box::new(unary.clone()),
                    }),
                }),
            },
        };
        let (_, rows) = run(query)?;
        Ok(Some(
            rows.iter()
                .filter_map(|row| match row.values().first() {
                    Some(Some(Term::NamedNode(e))) => Some(e.clone()),
                    _ => None,
                })
                .collect(),
        ))
    }

    /// For every ordered pair of candidates `(i, j)` (at `i * n + j`), the number of distinct `?x` with
    /// `i predicate ?x` and `j predicate ?x`; `None` when a candidate's own number differs from its kept
    /// count (the counts are stale, so a pair above the threshold could be missing).
    fn weights<E>(
        &self,
        candidates: &[(NamedNode, Sides)],
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<u64>>, E> {
        let n = candidates.len();
        if n == 0 {
            return Ok(Some(Vec::new()));
        }
        let columns = n.div_ceil(BITS);
        let mut text = String::from("SELECT");
        for c in 0..columns {
            text.push_str(&format!(" ?m{c}"));
        }
        text.push_str(" (COUNT(*) AS ?n) WHERE { { SELECT ?x");
        for c in 0..columns {
            text.push_str(&format!(" (SUM(DISTINCT ?b{c}) AS ?m{c})"));
        }
        text.push_str(" WHERE { VALUES (?e");
        for c in 0..columns {
            text.push_str(&format!(" ?b{c}"));
        }
        text.push_str(") {");
        for (i, (e, _)) in candidates.iter().enumerate() {
            text.push_str(&format!(" (<{}>", e.as_str()));
            for c in 0..columns {
                let bit = if i / BITS == c { 1i64 << (i % BITS) } else { 0 };
                text.push_str(&format!(" {bit}"));
            }
            text.push(')');
        }
        text.push_str(&format!(
            " }} ?e <{}> ?x }} GROUP BY ?x }} }} GROUP BY",
            self.predicate.as_str()
        ));
        for c in 0..columns {
            text.push_str(&format!(" ?m{c}"));
        }
        let (_, rows) = run(parse(&text))?;
        let mut weights = vec![0u64; n * n];
        let mut members = Vec::new();
        for row in &rows {
            members.clear();
            for c in 0..columns {
                let Some(mask) = integer(row.values().get(c)) else {
                    return Ok(None);
                };
                for bit in 0..BITS {
                    if mask >> bit & 1 == 1 {
                        members.push(c * BITS + bit);
                    }
                }
            }
            let Some(articles) = integer(row.values().get(columns)) else {
                return Ok(None);
            };
            for &i in &members {
                for &j in &members {
                    weights[i * n + j] += articles as u64;
                }
            }
        }
        // Each candidate's own number of articles must be its kept count.
        let (_, kept) = run(parse(&format!(
            "SELECT ?e ?c WHERE {{ VALUES ?e {{ {} }} ?e <{}> ?c }}",
            candidates
                .iter()
                .map(|(e, _)| format!("<{}>", e.as_str()))
                .collect::<Vec<_>>()
                .join(" "),
            self.count.as_str()
        )))?;
        let index: HashMap<&NamedNode, usize> = candidates
            .iter()
            .enumerate()
            .map(|(i, (e, _))| (e, i))
            .collect();
        let mut checked = 0;
        for row in &kept {
            let (Some(Some(Term::NamedNode(e))), Some(c)) =
                (row.values().first(), integer(row.values().get(1)))
            else {
                return Ok(None);
            };
            match index.get(e) {
                Some(&i) if weights[i * n + i] == c as u64 => checked += 1,
                _ => return Ok(None),
            }
        }
        Ok((checked == n).then_some(weights))
    }

    /// `query` with the group replaced by the pairs of `bindings` joined to the group's other patterns, its
    /// slice widened to the first `window` rows, and (if `drop_after`) the `UNION` branches whose rows sort
    /// after the co-occurrence's left out.
    fn restricted(
        &self,
        query: &Query,
        bindings: Vec<Vec<Option<GroundTerm>>>,
        window: usize,
        drop_after: bool,
    ) -> Query {
        let mut q = query.clone();
        let Query::Select { pattern, .. } = &mut q else {
            unreachable!("the plan was found on a SELECT");
        };
        if let GraphPattern::Slice { start, length, .. } = pattern {
            *start = 0;
            *length = Some(window);
        }
        for path in self.after.iter().filter(|_| drop_after) {
            let mut p: &mut GraphPattern = pattern;
            for &i in path {
                p = child_mut(p, i).expect("the path was walked on this query");
            }
            // No solutions: the branch's rows sort after every row the page can hold.
            *p = GraphPattern::Values {
                variables: Vec::new(),
                bindings: Vec::new(),
            };
        }
        let mut p: &mut GraphPattern = pattern;
        for &i in &self.path {
            p = child_mut(p, i).expect("the path was walked on this query");
        }
        let vars = vec![self.a.clone(), self.b.clone(), self.aggregate.clone()];
        *p = GraphPattern::Distinct {
            inner: Box::new(GraphPattern::Project {
                inner: Box::new(GraphPattern::Lateral {
                    left: Box::new(GraphPattern::Values {
                        variables: vars.clone(),
                        bindings,
                    }),
                    right: Box::new(self.rest.clone()),
                }),
                variables: vars,
            }),
        };
        q
    }

    /// Whether every row left out of the restricted query (a pair of weight below `threshold`) sorts after
    /// `row`: `row` has a weight ≥ `threshold` and the co-occurrence's constant, or a constant sorting
    /// before it.
    fn sorts_before_left_out(&self, row: &QuerySolution, threshold: i64) -> bool {
        let heavy = || match row.get(&self.weight) {
            Some(Term::Literal(l)) => integer_literal(l).is_some_and(|w| w >= threshold),
            _ => false,
        };
        match &self.relation {
            None => heavy(),
            Some((r, constant, descending)) => match row.get(r) {
                Some(value) if value == constant => heavy(),
                Some(value) => sorts_after(constant, value, *descending),
                None => false,
            },
        }
    }
}

/// What the walk down the query found: the plan (its slice still to be filled in) and the constant the
/// co-occurrence binds its relation variable to, if any.
struct Found {
    plan: CoOccurrence,
    constant: Option<Term>,
    /// The other branches of the `UNION`s on the way down, with the constant each binds the leading key to.
    siblings: Vec<(Vec<usize>, Option<Term>)>,
}

/// The walk from the top of a query to its co-occurrence group, through the nodes that keep step 4 of the
/// module documentation sound.
struct Walk {
    weight: Variable,
    relation: Option<Variable>,
    path: Vec<usize>,
    /// The `BIND`s on the way down: variable and expression.
    extends: Vec<(Variable, Expression)>,
    /// The other branches of the `UNION`s on the way down (see [`Found`]).
    siblings: Vec<(Vec<usize>, Option<Term>)>,
    found: Option<Found>,
}

impl Walk {
    fn visit(&mut self, p: &GraphPattern) {
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

/// Whether rows keyed `c` sort after rows keyed `first` (both plain strings, compared by code points as
/// SPARQL orders them), in the given direction.
fn sorts_after(c: &Term, first: &Term, descending: bool) -> bool {
    let string = |t: &Term| match t {
        Term::Literal(l) if l.datatype() == oxigraph::model::vocab::xsd::STRING => {
            Some(l.value().to_owned())
        }
        _ => None,
    };
    match (string(c), string(first)) {
        (Some(c), Some(first)) if descending => c < first,
        (Some(c), Some(first)) => c > first,
        _ => false,
    }
}

/// Takes the two co-occurrence triples (`?a p ?x`, `?b p ?x`) out of a group's pattern.
struct Strip<'a> {
    a: &'a Variable,
    b: &'a Variable,
    x: &'a Variable,
    predicate: Option<NamedNode>,
    found: (bool, bool),
}

impl Strip<'_> {
    /// The pattern without the co-occurrence triples, if it is a conjunction of triples, `VALUES` and
    /// filters.
    fn strip(&mut self, p: &GraphPattern) -> Option<GraphPattern> {
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
fn unary(rest: &GraphPattern, v: &Variable, other: &Variable) -> Option<GraphPattern> {
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

/// The `i`-th child of a pattern, in the order [`Walk`] numbers them.
fn child_mut(p: &mut GraphPattern, i: usize) -> Option<&mut GraphPattern> {
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

fn parse(text: &str) -> Query {
    spargebra::SparqlParser::new()
        .parse_query(text)
        .expect("the plan's own queries are well-formed")
}

fn integer(value: Option<&Option<Term>>) -> Option<i64> {
    match value? {
        Some(Term::Literal(l)) => integer_literal(l),
        _ => None,
    }
}

fn integer_literal(l: &Literal) -> Option<i64> {
    (l.datatype() == oxigraph::model::vocab::xsd::INTEGER)
        .then(|| l.value().parse().ok())
        .flatten()
}

const NG: &str = crate::vocab::NG;
