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
        if government && let Some(state) = only_state().or_else(|| dateline_state(text, ents)) {
            out.push(state);
        }
    }
    out
}

/// The state a dateline names before its dash ("MANILA, Philippines — …").
fn dateline_state(text: &Text, ents: &Entities) -> Option<usize> {
    let toks = &text.tokens;
    let dash = (0..toks.len().min(DATELINE_TOKENS + 1))
        .find(|&m| matches!(toks[m].text.as_str(), "-" | "–" | "—"))?;
    ents.within(0, toks[dash].start)
        .into_iter()
        .map(|(_, _, i)| i)
        .find(|&i| ents.list[i].kind == EntityType::State)
}
