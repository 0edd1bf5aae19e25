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

/// The most tokens between a dateline's place and its dash ("TOKYO, Sept. 3 Kyodo -").
const MAX_DATELINE: usize = 8;

/// "Addis Abeba – …", "Nkhata Bay, Malawi — …": the capitalised words (not in capitals) that open the
/// article before a comma or a dash, with a dash in the first tokens, name the place it was filed from; an
/// unknown one is added as a place and its tokens marked taken. A known one is left to the lexicon, and so
/// is a dateline in capitals ("HARGEISA, Aug 4 (Reuters) -": the gold of some sets leaves those out, of
/// others keeps them; a convention still open) (issue 9, session 17, set 39).
pub(super) fn dateline_place(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let toks = &text.tokens;
    let is_dash = |t: &crate::text::Token| matches!(t.text.as_str(), "-" | "–" | "—");
    let Some(end) = toks
        .iter()
        .take(MAX_PLACE + 1)
        .position(|t| t.text == "," || is_dash(t))
    else {
        return;
    };
    if end == 0
        || !toks.iter().take(MAX_DATELINE + 1).any(is_dash)
        || taken[..end].iter().any(|&t| t)
        || !toks[..end].iter().all(|t| {
            super::names::is_name_token(t) && !t.is_all_caps() && t.sentence == toks[0].sentence
        })
    {
        return;
    }
    let span = (toks[0].start, toks[end - 1].end);
    let surface = text.slice(span.0, span.1);
    if super::names::lookup(&surface).is_some() {
        return;
    }
    super::names::add_place(ents, text, 0, span, &surface, &surface, None, None);
    for t in taken.iter_mut().take(end) {
        *t = true;
    }
}
