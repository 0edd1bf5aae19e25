//! The window (`OFFSET`, `LIMIT`) of a SELECT's answer.

use spargebra::Query;
use spargebra::algebra::{GraphPattern, OrderExpression, QueryDataset};
use spargebra::term::Variable;

/// A SELECT whose answer is a window of an ordered listing, `SELECT … WHERE { body } ORDER BY … OFFSET
/// start LIMIT length`, read the way every page executor reads it.
pub(super) struct Ordered<'a> {
    /// `OFFSET` and `LIMIT`.
    pub start: usize,
    pub length: usize,
    /// Whether a `DISTINCT` or `REDUCED` stands between the slice and the projection.
    pub distinct: bool,
    /// The projected variables.
    pub variables: &'a [Variable],
    /// The `ORDER BY` keys.
    pub order: &'a [OrderExpression],
    /// The pattern below the `ORDER BY`.
    pub body: &'a GraphPattern,
    /// The dataset the query names (`FROM`).
    pub dataset: &'a Option<QueryDataset>,
}

/// The parts of `query`, when it is a SELECT with a `LIMIT` and an `ORDER BY` below its projection.
pub(super) fn ordered(query: &Query) -> Option<Ordered<'_>> {
    let Query::Select {
        pattern, dataset, ..
    } = query
    else {
        return None;
    };
    let GraphPattern::Slice {
        inner,
        start,
        length: Some(length),
    } = pattern
    else {
        return None;
    };
    let mut p: &GraphPattern = inner;
    let mut distinct = false;
    if let GraphPattern::Distinct { inner } | GraphPattern::Reduced { inner } = p {
        p = inner;
        distinct = true;
    }
    let GraphPattern::Project { inner, variables } = p else {
        return None;
    };
    let GraphPattern::OrderBy { inner, expression } = inner.as_ref() else {
        return None;
    };
    Some(Ordered {
        start: *start,
        length: *length,
        distinct,
        variables,
        order: expression,
        body: inner,
        dataset,
    })
}

/// Sets the window (`OFFSET start`, `LIMIT length`) of a SELECT query's answer, within any slice the query
/// already has: the query's own `OFFSET`/`LIMIT` select rows first, then the window selects among those.
/// Other query forms are left as they are.
pub fn set_window(query: &mut Query, start: usize, length: Option<usize>) {
    let Query::Select { pattern, .. } = query else {
        return;
    };
    let taken = std::mem::replace(pattern, GraphPattern::Bgp { patterns: vec![] });
    *pattern = match taken {
        GraphPattern::Slice {
            inner,
            start: s0,
            length: l0,
        } => {
            let remaining = l0.map(|l| l.saturating_sub(start));
            let length = match (remaining, length) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            GraphPattern::Slice {
                inner,
                start: s0 + start,
                length,
            }
        }
        other if start == 0 && length.is_none() => other,
        other => GraphPattern::Slice {
            inner: Box::new(other),
            start,
            length,
        },
    };
}
