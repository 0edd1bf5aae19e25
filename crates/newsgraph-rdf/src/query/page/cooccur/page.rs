//! The page executor: rounds of lowering thresholds, the restricted query and its exactness check (steps 3
//! and 4 of the module documentation).

use super::walk::child_mut;
use super::*;

impl CoOccurrence {
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
        if self.counts_pending(run)? {
            return Ok(Paged::Unsupported);
        }
        let Some(histogram) = self.histogram(run)? else {
            return Ok(Paged::Unsupported);
        };
        let mut threshold = first_threshold(&histogram);
        for _ in 0..MAX_ROUNDS {
            threshold = threshold.max(1);
            let Some(candidates) = self.candidates(threshold, run)? else {
                return Ok(Paged::Unsupported);
            };
            let Some(weights) = self.weights(&candidates, run)? else {
                return Ok(Paged::Unsupported);
            };
            let bindings = heavy_pairs(&candidates, &weights, threshold);
            if bindings.len() > MAX_VALUES {
                return Ok(Paged::Unsupported);
            }
            if let Some(rows) = self.round(query, bindings, window, threshold, run)? {
                return Ok(Paged::Rows(rows));
            }
            threshold = lowered(&candidates, &weights, window, threshold);
        }
        Ok(Paged::Unsupported)
    }

    /// Whether the store marks its kept counts pending (a stopped load): then they cannot be trusted.
    fn counts_pending<E>(&self, run: &mut dyn FnMut(Query) -> Result<Rows, E>) -> Result<bool, E> {
        let (_, pending) = run(parse(&format!(
            "SELECT ?g WHERE {{ ?g <{NG}countsPending> ?v }} LIMIT 1"
        )))?;
        Ok(!pending.is_empty())
    }

    /// One round at `threshold`: the restricted query evaluated for the first `window` rows, and the page
    /// when they decide it (exact, or complete at threshold 1); `None` when the threshold must be lowered.
    fn round<E>(
        &self,
        query: &Query,
        bindings: Vec<Vec<Option<GroundTerm>>>,
        window: usize,
        threshold: i64,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Rows>, E> {
        let (vars, rows) = run(self.restricted(query, bindings.clone(), window, true))?;
        let exact = rows.len() == window
            && rows
                .last()
                .is_some_and(|row| self.sorts_before_left_out(row, threshold));
        if exact {
            let rows = rows.into_iter().skip(self.start).collect();
            return Ok(Some((vars, rows)));
        }
        if threshold <= 1 {
            // Every pair is there: the answer is complete once the branches left out are back.
            let (vars, rows) = if self.after.is_empty() {
                (vars, rows)
            } else {
                run(self.restricted(query, bindings, window, false))?
            };
            let rows = rows.into_iter().skip(self.start).collect();
            return Ok(Some((vars, rows)));
        }
        Ok(None)
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

/// The first threshold: the least count that gives [`FIRST_CANDIDATES`] entities (all at the end), from
/// the histogram of kept counts, largest count first.
fn first_threshold(histogram: &[(i64, usize)]) -> i64 {
    let mut total = 0usize;
    let mut threshold = 1i64;
    for (count, entities) in histogram {
        total += entities;
        threshold = *count;
        if total >= FIRST_CANDIDATES {
            break;
        }
    }
    threshold
}

/// The `VALUES` rows `(?a ?b ?n)` of the ordered pairs of candidates that can take their sides and weigh
/// at least `threshold` (and more than nothing).
fn heavy_pairs(
    candidates: &[(NamedNode, Sides)],
    weights: &[u64],
    threshold: i64,
) -> Vec<Vec<Option<GroundTerm>>> {
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
    bindings
}

/// The next round's threshold: the `window`-th weight among the pairs counted so far, a bound the true
/// weight of that rank can only exceed (a quarter of `threshold` if there are too few pairs), and a
/// quarter below `threshold` at least.
fn lowered(
    candidates: &[(NamedNode, Sides)],
    weights: &[u64],
    window: usize,
    threshold: i64,
) -> i64 {
    let n = candidates.len();
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
    next.min(threshold - (threshold / 4).max(1))
}
