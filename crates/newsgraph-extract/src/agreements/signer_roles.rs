//! Signers named by their role: "signed by government panel chair Teresita Manalastas and NDFP chief
//! negotiator Julieta de Guzman" — a person the article gives no affiliation signs for the government
//! when a government word (`government_words.txt`) opens the role before the name (issue 9, session 18,
//! party3).

use super::vocab::GOVERNMENT_WORDS;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};

/// How many lowercase role words may stand between the government word and the person's name.
const ROLE_WORDS: usize = 3;

/// How many tokens a dateline ("MANILA, Philippines —") takes at most before its dash.
const DATELINE_TOKENS: usize = 6;

/// The government's state for each person mention in the tokens `from..to` (an agent phrase) that has
/// no affiliation and whose role opens with a government word ("government negotiator X", "government
/// panel chair X"): the article's only or main state, else the state of its dateline.
pub(super) fn government_signers(
    text: &Text,
    ents: &Entities,
    from: usize,
    to: usize,
    only_state: impl Fn() -> Option<usize>,
) -> Vec<usize> {
    let toks = &text.tokens;
    if from >= to {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (s, _, i) in ents.within(toks[from].start, toks[to - 1].end) {
        if ents.list[i].kind != EntityType::Person || ents.party_of(i).is_some() {
            continue;
        }
        let k = text.token_at_or_after(s);
        // the role: lowercase words right before the name, back to the phrase's start or an "and"
        let government = (from.max(k.saturating_sub(ROLE_WORDS + 1))..k)
            .rev()
            .take_while(|&m| {
                toks[m].kind == TokKind::Word
                    && !toks[m].is_capitalized()
                    && toks[m].lower() != "and"
                    && ents.covering(toks[m].start).is_none()
            })
            .any(|m| GOVERNMENT_WORDS.contains(toks[m].lower()));
        if government && let Some(state) = government_state(text, ents, &only_state) {
            out.push(state);
        }
    }
    out
}

/// The state "the government" stands for: `only_state` (the article's only or main state), else the
/// state of the article's dateline (see [`dateline_state`]), else the first state the article names
/// with a government word (see [`first_named_government`]).
pub(super) fn government_state(
    text: &Text,
    ents: &Entities,
    only_state: impl Fn() -> Option<usize>,
) -> Option<usize> {
    only_state()
        .or_else(|| dateline_state(text, ents))
        .or_else(|| first_named_government(text, ents))
}

/// The first state the article names as one side by its government ("talks between the Ethiopian
/// government and the OLA", "Chad's government and the front met"), when it is also the state the
/// article mentions most (more often than any other): a host ("the government of Algeria hosted …") is
/// no side.
fn first_named_government(text: &Text, ents: &Entities) -> Option<usize> {
    let first = first_government_side(text, ents)?;
    let n = ents.list[first].mentions.len();
    (0..ents.list.len())
        .all(|i| {
            i == first || ents.list[i].kind != EntityType::State || ents.list[i].mentions.len() < n
        })
        .then_some(first)
}

/// The state of the article's first "the X government" or "X's government" (a demonym or name before
/// a government word) that is coordinated with another side: "and" after it, or "between" before it.
fn first_government_side(text: &Text, ents: &Entities) -> Option<usize> {
    let toks = &text.tokens;
    let state_at = |k: usize| {
        ents.covering(toks[k].start)
            .filter(|&(s, _, i)| s == toks[k].start && ents.list[i].kind == EntityType::State)
            .map(|(_, _, i)| i)
    };
    (2..toks.len())
        .filter(|&k| GOVERNMENT_WORDS.contains(toks[k].lower()))
        .find_map(|k| {
            // "the Ethiopian government" or "Chad's government": the phrase's first token and state
            let (open, state) = if matches!(toks[k - 1].text.as_str(), "'s" | "’s" | "'" | "’")
            {
                (k - 2, state_at(k - 2)?)
            } else if toks[k - 2].lower() == "the" {
                (k - 2, state_at(k - 1)?)
            } else {
                return None;
            };
            let and_after = toks.get(k + 1).is_some_and(|t| t.lower() == "and");
            let between_before = open > 0 && toks[open - 1].lower() == "between";
            (and_after || between_before).then_some(state)
        })
}

/// The state a dateline names before its dash: "MANILA, Philippines — …" that state, "Addis Ababa – …"
/// the one state of the place's country.
fn dateline_state(text: &Text, ents: &Entities) -> Option<usize> {
    let toks = &text.tokens;
    let dash = (0..toks.len().min(DATELINE_TOKENS + 1))
        .find(|&m| matches!(toks[m].text.as_str(), "-" | "–" | "—"))?;
    let found = ents.within(0, toks[dash].start);
    if let Some(&(_, _, i)) = found
        .iter()
        .find(|&&(_, _, i)| ents.list[i].kind == EntityType::State)
    {
        return Some(i);
    }
    let country = found
        .iter()
        .find_map(|&(_, _, i)| ents.list[i].country.as_deref())?;
    let mut states = (0..ents.list.len()).filter(|&i| {
        ents.list[i].kind == EntityType::State && ents.list[i].country.as_deref() == Some(country)
    });
    match (states.next(), states.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}
