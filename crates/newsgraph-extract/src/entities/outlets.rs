//! The outlet in a wire dateline: "KITWE (Lusaka Times) - …", "KATHMANDU (The Kathmandu Post) - …".
//! The capitalised words in brackets after the all-caps place that opens the article, right before a
//! dash, name the news organisation that filed the story, even where they hold a city's or a capital's
//! name (issue 9, session 16, set 27). Runs first, so the lexicon does not read the city inside.

use super::Entities;
use crate::text::Text;

/// The most tokens the all-caps place of a dateline holds ("KATIMA MULILO").
const MAX_PLACE: usize = 4;
/// The most tokens an outlet's name holds.
const MAX_OUTLET: usize = 5;

/// Adds the outlet of the article's dateline as an organisation and marks its tokens taken; an outlet of
/// one token in capitals ("(AP)", "(NRK)") or known to the lexicon is left to the acronym and name
/// passes.
pub(super) fn dateline_outlet(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let toks = &text.tokens;
    let Some(open) = toks.iter().take(MAX_PLACE + 1).position(|t| t.text == "(") else {
        return;
    };
    if open == 0 || !toks[..open].iter().all(|t| t.is_all_caps()) {
        return;
    }
    let Some(close) = toks
        .iter()
        .enumerate()
        .skip(open + 1)
        .take(MAX_OUTLET + 1)
        .find(|(_, t)| t.text == ")")
        .map(|(i, _)| i)
    else {
        return;
    };
    let inner = &toks[open + 1..close];
    let dash = toks
        .get(close + 1)
        .is_some_and(|t| matches!(t.text.as_str(), "-" | "–" | "—"));
    // one token in capitals ("(AP)", "(NRK)") or one the lexicon knows ("(Reuters)") is left to the
    // acronym and name passes; any other one word names the outlet too ("(Andavo)"; issue 9, session
    // 17, set 39)
    let one_word = inner.len() == 1
        && !inner[0].is_all_caps()
        && super::names::lookup(&inner[0].text).is_none();
    if (inner.len() < 2 && !one_word) || !dash || !inner.iter().all(|t| t.is_capitalized()) {
        return;
    }
    let span = (inner[0].start, inner[inner.len() - 1].end);
    let surface = text.slice(span.0, span.1);
    ents.add_org(&surface, span);
    for t in taken.iter_mut().take(close).skip(open + 1) {
        *t = true;
    }
}
