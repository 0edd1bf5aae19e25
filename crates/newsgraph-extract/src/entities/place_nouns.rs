//! A place's name with the lowercase noun of place after it ("the Moei river", "the Jubba valley") as an
//! alias: annotators name such places either way (issue 9, session 15, set 15).

use super::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// Adds "X noun" as an alias of each place X that a lowercase noun of `location_nouns.txt` follows in its
/// sentence ("the Moei river" → "Moei river"). One look at the token after each place mention.
pub(super) fn alias_place_nouns(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let mut found: Vec<(usize, String)> = Vec::new();
    for (&s, &(e, i)) in &ents.mentions {
        if ents.list[i].kind != EntityType::Location {
            continue;
        }
        let k = text.token_at_or_after(e);
        let Some(t) = toks.get(k) else { continue };
        let first = text.token_at_or_after(s);
        if t.kind == TokKind::Word
            && !t.is_capitalized()
            && t.sentence == toks[first].sentence
            && t.start == e + 1
            && words().location_nouns.contains(&t.text)
        {
            found.push((i, text.slice(s, t.end)));
        }
    }
    for (i, alias) in found {
        if alias != ents.list[i].name {
            ents.list[i].aliases.insert(alias);
        }
    }
}
