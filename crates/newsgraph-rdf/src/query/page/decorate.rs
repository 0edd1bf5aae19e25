//! A page found without its decorations: the `OPTIONAL` sub-selects that add a few aggregated columns to
//! each subject are computed for the page's subjects only.
//!
//! `actors-roles` lists every actor with the roles and affiliations the articles give it, each gathered by
//! an `OPTIONAL { SELECT ?actor (GROUP_CONCAT(…) AS ?roles) … GROUP BY ?actor }`. Oxigraph evaluates such
//! a sub-select once, over every view of every actor (on 100,000 articles, 2 s each), before the page of
//! 100 actors is cut from the sorted answer.
//!
//! A sub-select grouped by the subject `?s` alone, and projecting `?s` and its aggregates, has at most one
//! row per subject, and in an `OPTIONAL` it neither drops nor repeats a row of what it extends. So when the
//! rest of the query (its `ORDER BY`, filters, aggregates) never reads the decorations' columns, the query
//! without them has the same rows, in the same order, less those columns:
//! 1. the query without its decorations (their `OPTIONAL`s, and their columns in the projection and the
//!    `GROUP BY`) is evaluated for the window;
//! 2. the query is evaluated again with `VALUES ?s { the page's subjects }` at the start of its group and
//!    in each decoration's sub-select;
//! 3. each row of the page is matched, on every column of step 1, with the one row of step 2 that extends
//!    it. A row that does not match exactly one leaves the query to the engine as written.
//!
//! Only the top-level group is looked at, below the top-level `ORDER BY`, `BIND`s, `FILTER`s and one
//! `GROUP BY`; the decorations are the right sides of its chain of `OPTIONAL`s (without a filter of their
//! own).

use super::*;
use std::collections::HashMap;

/// A query whose page can be found without its decorations (see the module documentation).
#[derive(Debug, Clone)]
pub struct Decorated {
    /// The subject the decorations are grouped by.
    subject: Variable,
    /// The query without its decorations.
    bare: Query,
}

impl Decorated {
    /// The decorations of `query`, when it is a SELECT with a `LIMIT` whose top-level group ends with
    /// `OPTIONAL` sub-selects grouped by one subject that nothing else reads.
    pub fn find(query: &Query) -> Option<Decorated> {
        let Ordered {
            distinct: false,
            variables,
            body: inner,
            ..
        } = window::ordered(query)?
        else {
            return None;
        };
        let mut subject = None;
        let mut columns = Vec::new();
        collect(group_of(inner)?, &mut subject, &mut columns);
        let subject = subject?;
        if !variables.contains(&subject) {
            return None;
        }
        let mut bare = query.clone();
        let Query::Select { pattern, .. } = &mut bare else {
            return None;
        };
        strip(pattern, &columns);
        if columns.iter().any(|c| mentions(pattern, c)) {
            return None;
        }
        Some(Decorated { subject, bare })
    }

    /// Finds the page of `query` (whose decorations these are) with `run`, which evaluates a query and
    /// returns its rows through the same path as any query.
    pub fn page<E>(
        &self,
        query: &Query,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Paged, E> {
        let (bare_vars, page) = run(self.bare.clone())?;
        let mut seen = std::collections::HashSet::new();
        let mut subjects = Vec::new();
        for row in &page {
            match row.get(&self.subject).and_then(ground) {
                Some(s) => {
                    if seen.insert(s.clone()) {
                        subjects.push(vec![Some(s)]);
                    }
                }
                None => return Ok(Paged::Unsupported),
            }
        }
        if subjects.len() > MAX_VALUES {
            return Ok(Paged::Unsupported);
        }
        let Some(restricted) = self.restricted(query, &subjects) else {
            return Ok(Paged::Unsupported);
        };
        let (vars, rows) = run(restricted)?;
        let key = |row: &QuerySolution| -> Vec<Option<Term>> {
            bare_vars.iter().map(|v| row.get(v).cloned()).collect()
        };
        let mut by_key: HashMap<Vec<Option<Term>>, Option<QuerySolution>> = HashMap::new();
        // (Each page row takes its match out: a page row repeated matches once, and leaves the page to
        // the engine.)
        for row in rows {
            // A key seen twice matches no page row: the page is then left to the engine.
            by_key
                .entry(key(&row))
                .and_modify(|r| *r = None)
                .or_insert(Some(row));
        }
        let mut decorated = Vec::with_capacity(page.len());
        for row in &page {
            match by_key.remove(&key(row)) {
                Some(Some(full)) => decorated.push(full),
                _ => return Ok(Paged::Unsupported),
            }
        }
        Ok(Paged::Rows((vars, decorated)))
    }

    /// `query` without its window, its group and its decorations restricted to `subjects`.
    fn restricted(&self, query: &Query, subjects: &[Vec<Option<GroundTerm>>]) -> Option<Query> {
        let mut q = query.clone();
        let Query::Select { pattern, .. } = &mut q else {
            return None;
        };
        let GraphPattern::Slice { inner, .. } = pattern else {
            return None;
        };
        *pattern = std::mem::replace(inner.as_mut(), GraphPattern::Bgp { patterns: vec![] });
        let GraphPattern::Project { inner, .. } = pattern else {
            return None;
        };
        let GraphPattern::OrderBy { inner, .. } = inner.as_mut() else {
            return None;
        };
        let mut p = group_of_mut(inner)?;
        while let GraphPattern::LeftJoin { left, right, .. } = p {
            restrict_grouped(right, &self.subject, subjects);
            p = left.as_mut();
        }
        let base = std::mem::replace(p, GraphPattern::Bgp { patterns: vec![] });
        *p = GraphPattern::Join {
            left: Box::new(GraphPattern::Values {
                variables: vec![self.subject.clone()],
                bindings: subjects.to_vec(),
            }),
            right: Box::new(base),
        };
        Some(q)
    }
}

/// The top-level group below the `ORDER BY`: through `BIND`s, `FILTER`s and one `GROUP BY`, down to the
/// chain of `OPTIONAL`s.
fn group_of(p: &GraphPattern) -> Option<&GraphPattern> {
    let mut p = p;
    for _ in 0..depth(p)? {
        p = match p {
            GraphPattern::Extend { inner, .. }
            | GraphPattern::Filter { inner, .. }
            | GraphPattern::Group { inner, .. } => inner,
            _ => return None,
        };
    }
    Some(p)
}

fn group_of_mut(p: &mut GraphPattern) -> Option<&mut GraphPattern> {
    let mut p = p;
    for _ in 0..depth(p)? {
        p = match p {
            GraphPattern::Extend { inner, .. }
            | GraphPattern::Filter { inner, .. }
            | GraphPattern::Group { inner, .. } => inner.as_mut(),
            _ => return None,
        };
    }
    Some(p)
}

/// How many `BIND`s, `FILTER`s and (one) `GROUP BY` lie above the chain of `OPTIONAL`s.
fn depth(mut p: &GraphPattern) -> Option<usize> {
    let (mut n, mut grouped) = (0, false);
    loop {
        p = match p {
            GraphPattern::Extend { inner, .. } | GraphPattern::Filter { inner, .. } => inner,
            GraphPattern::Group { inner, .. } if !grouped => {
                grouped = true;
                inner
            }
            GraphPattern::LeftJoin { .. } => return Some(n),
            _ => return None,
        };
        n += 1;
    }
}

/// The decorations at the end of a chain of `OPTIONAL`s: their common subject and their columns. Stops
/// at the first right side that is not one.
fn collect(mut p: &GraphPattern, subject: &mut Option<Variable>, columns: &mut Vec<Variable>) {
    while let GraphPattern::LeftJoin {
        left,
        right,
        expression: None,
    } = p
    {
        let Some((s, outputs)) = decoration(right) else {
            return;
        };
        if subject.as_ref().is_some_and(|x| *x != s) {
            return;
        }
        *subject = Some(s);
        columns.extend(outputs);
        p = left;
    }
}

/// `SELECT ?s (aggregates) WHERE { … } GROUP BY ?s`: the subject and the aggregates' columns.
fn decoration(p: &GraphPattern) -> Option<(Variable, Vec<Variable>)> {
    let GraphPattern::Project { inner, variables } = p else {
        return None;
    };
    let mut q = inner.as_ref();
    while let GraphPattern::Extend { inner, .. } = q {
        q = inner;
    }
    let GraphPattern::Group {
        variables: keys, ..
    } = q
    else {
        return None;
    };
    let [s] = keys.as_slice() else { return None };
    if !variables.contains(s) {
        return None;
    }
    let outputs = variables.iter().filter(|v| *v != s).cloned().collect();
    Some((s.clone(), outputs))
}

/// Removes the decorations (whose columns are `columns`) from a SELECT's pattern: the `OPTIONAL`s that
/// bring them, and their columns in the projection and the top-level `GROUP BY`.
fn strip(pattern: &mut GraphPattern, columns: &[Variable]) {
    let GraphPattern::Slice { inner, .. } = pattern else {
        return;
    };
    let GraphPattern::Project { inner, variables } = inner.as_mut() else {
        return;
    };
    variables.retain(|v| !columns.contains(v));
    let GraphPattern::OrderBy { inner, .. } = inner.as_mut() else {
        return;
    };
    let mut p = inner.as_mut();
    loop {
        p = match p {
            GraphPattern::Extend { inner, .. } | GraphPattern::Filter { inner, .. } => inner,
            GraphPattern::Group {
                inner, variables, ..
            } => {
                variables.retain(|v| !columns.contains(v));
                inner
            }
            _ => break,
        };
    }
    loop {
        let decorating = matches!(p, GraphPattern::LeftJoin { right, .. }
            if decoration(right).is_some_and(|(_, outputs)| outputs.iter().all(|o| columns.contains(o))));
        if !decorating {
            break;
        }
        let GraphPattern::LeftJoin { left, .. } =
            std::mem::replace(p, GraphPattern::Bgp { patterns: vec![] })
        else {
            unreachable!("checked above");
        };
        *p = *left;
    }
}
