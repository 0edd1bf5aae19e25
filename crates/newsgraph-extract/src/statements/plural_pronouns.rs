//! "They said …" after a collective spoke (issue 9, session 16, set 31): "The increase could still change,
//! the officials said, asking not to be named. They said …" gives the second statement to the same
//! collective. Reads the last speaker and its recent mentions, nothing else.

use super::Speakers;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::Text;

/// How many sentences before the pronoun's the collective must have been named in.
const REACH: usize = 2;

/// The collective "they" (token `p`, right before a cue) stands for: the last speaker, when it is a
/// collective (a Group) named in the pronoun's sentence or the [`REACH`] before. `None` otherwise (a
/// person, an organisation or a state that spoke last is left to the other rules).
pub(super) fn they_speaker(text: &Text, ents: &Entities, p: usize, sp: &Speakers) -> Option<usize> {
    let toks = &text.tokens;
    if toks[p].lower() != "they" {
        return None;
    }
    let i = sp.last_any?;
    let sent = toks[p].sentence;
    let from = text.sentences[sent.saturating_sub(REACH)].start;
    let recent = ents.list[i]
        .mentions
        .range((from, 0)..(toks[p].start, 0))
        .next()
        .is_some();
    (recent && ents.list[i].kind == EntityType::Group).then_some(i)
}
