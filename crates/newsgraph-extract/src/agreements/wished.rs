//! Stages only wished for: "South Africa wanted the memorandum signed before December", "the rebels want
//! the truce extended": a status phrase right after an agreement that is the object of a verb of wanting
//! (`desire_verbs.txt`) tells what a side wants done, not what was done (issue 9, session 16, set 29).

use crate::text::Text;

/// The token where a wished-for stage of the mention at tokens `mt..me_t` would start: `me_t`, the
/// token right after the mention, when a verb of wanting stands right before it; `None` otherwise.
pub(super) fn wished_stage_at(text: &Text, mt: usize, me_t: usize) -> Option<usize> {
    let toks = &text.tokens;
    (mt > 0
        && toks[mt - 1].sentence == toks[mt].sentence
        && crate::words::words()
            .desire_verbs
            .contains(toks[mt - 1].lower()))
    .then_some(me_t)
}
