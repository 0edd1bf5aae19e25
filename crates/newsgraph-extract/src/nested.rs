//! Partial quotes inside reported speech (issue 9, session 6).
//!
//! "X said Y had “agreed to the full normalisation”": the quoted fragment is part of the reported
//! content, and an analyst wants one statement — the reported speech — not a second, partial one with
//! the same speaker (the annotation guidelines keep `partial` for a fragment in the reporter's own
//! prose). A partial statement that starts inside an indirect statement of the same speaker is dropped.

use super::statements::RawStatement;
use crate::model::StatementKind;

/// Drops every partial statement that starts inside the content of an indirect statement with the same
/// speaker. `out` must be sorted by start offset; one pass, linear in the number of statements.
pub fn drop_nested_partials(out: &mut Vec<RawStatement>) {
    // the indirect statement reaching furthest among those started so far: (end, speaker)
    let mut open: Option<(usize, Option<usize>)> = None;
    out.retain(|s| {
        let inside = open.is_some_and(|(end, speaker)| {
            s.start < end && s.speaker.is_some() && s.speaker == speaker
        });
        if s.kind == StatementKind::Indirect && open.is_none_or(|(end, _)| s.end > end) {
            open = Some((s.end, s.speaker));
        }
        !(inside && s.kind == StatementKind::Partial)
    });
}
