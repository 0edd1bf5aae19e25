//! A collective of state agents after a demonym the country lexicon does not list: "Slovenian officials
//! said" and "…, Nepali officials said" speak for the state whose name the demonym extends ("Slovenia" +
//! "n", "Nepal" + "i"), when the article names that state, as "Indian officials said" speaks for India
//! (issue 9, session 17, set 40). Reads the collective's two words only; endings in
//! `demonym_endings.txt`, nouns in `state_agent_nouns.txt`.

use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// The state a collective mention opening at token `gt` speaks for when it is, or is preceded by, the
/// two words "DEMONYM NOUN": a state of the article whose name the capitalised demonym extends by a
/// demonym ending, the noun a state agent noun ("officials"). `None` for any other collective.
pub(super) fn derived_demonym_state(text: &Text, ents: &Entities, gt: usize) -> Option<usize> {
    let w = words();
    let toks = &text.tokens;
    let n = if w.state_agent_nouns.contains(toks.get(gt)?.lower()) {
        gt
    } else {
        gt + 1
    };
    let first = toks.get(n.checked_sub(1)?)?;
    let noun = toks.get(n)?;
    if first.kind != TokKind::Word
        || !first.is_capitalized()
        || noun.sentence != first.sentence
        || !w.state_agent_nouns.contains(noun.lower())
    {
        return None;
    }
    let word = first.text.as_str();
    ents.list.iter().position(|e| {
        e.kind == EntityType::State
            && !e.mentions.is_empty()
            && word
                .strip_prefix(e.name.as_str())
                .is_some_and(|rest| w.demonym_endings.contains(rest))
    })
}
