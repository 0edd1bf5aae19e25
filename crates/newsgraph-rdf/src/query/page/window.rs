//! The window (`OFFSET`, `LIMIT`) of a SELECT's answer.

use spargebra::Query;
use spargebra::algebra::GraphPattern;

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
