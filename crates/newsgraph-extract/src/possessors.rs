//! Possessors and the article's government (issue 9, session 6).
//!
//! "Mali's rebel alliance signed the deal": the state before a possessive is not the subject of the
//! verb, the noun it possesses is — unless that noun is the state's government ("Mali's government
//! signed", `data/extract/government_words.txt`) or part of a named entity ("Sudan's army" is an entity
//! of its own, and its mention covers the possessive). And "the government" in a story about one country
//! is that country's government even when other states (mediators, neighbours) are mentioned in passing.

use super::entities::Entities;
use super::text::Text;
use crate::model::EntityType;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

static GOVERNMENT_WORDS: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &super::words::words().government_words);

/// How many times more often the main state must be mentioned than any other for "the government" to
/// refer to it.
const MAIN_STATE_RATIO: usize = 3;

/// Whether the entity mention ending at character `end` is a possessor of a noun that is neither a
/// government word nor inside another entity ("Mali's rebel alliance", but not "Mali's government").
pub fn possessor_of_other(text: &Text, ents: &Entities, end: usize) -> bool {
    let toks = &text.tokens;
    let k = text.token_at_or_after(end);
    if k + 1 >= toks.len() || toks[k].start != end || !matches!(toks[k].text.as_str(), "'s" | "’s")
    {
        return false;
    }
    let next = &toks[k + 1];
    !GOVERNMENT_WORDS.contains(next.lower()) && ents.covering(next.start).is_none()
}

/// The state "the government" refers to: the only state the article mentions, or the state mentioned
/// at least [`MAIN_STATE_RATIO`] times as often as every other.
pub fn main_state(ents: &Entities) -> Option<usize> {
    let mut states: Vec<(usize, usize)> = ents
        .list
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::State && !e.mentions.is_empty())
        .map(|(i, e)| (e.mentions.len(), i))
        .collect();
    states.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match states.as_slice() {
        [] => None,
        [(_, only)] => Some(*only),
        [(top, i), (second, _), ..] => (*top >= MAIN_STATE_RATIO * *second).then_some(*i),
    }
}
