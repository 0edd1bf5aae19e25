//! Public bodies and associations whose name opens with a state's possessive or demonym ("Peru's National
//! Water Authority", "the Egyptian Truck Drivers' Association"): the capitalised runs read the name
//! after it; this pass gives the name back its opening (issue 9, session 16, set 30).

use super::Entities;
use super::institutions::head_start;
use crate::model::EntityType;
use crate::text::Text;
use crate::words::words;

/// Extends each organisation a run read right after a state's possessive or demonym, whose name holds a
/// head of `possessed_name_heads.txt` before any complement, to take the state's word: the whole phrase
/// becomes its name, the run's name an alias, and the state its affiliation (the state keeps its mention).
pub(super) fn extend_possessed_names(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let states = ents.state_mentions();
    for (s, e, state) in states {
        let Some((m, _, _)) = head_start(text, s, e) else {
            continue;
        };
        let Some(tok) = toks.get(m) else {
            continue;
        };
        let Some(&(end, org)) = ents.mentions.get(&tok.start) else {
            continue;
        };
        if ents.list[org].kind != EntityType::Organization
            || !tok.is_capitalized()
            || !has_body_head(&text.slice(tok.start, end))
        {
            continue;
        }
        let surface = text.slice(s, end);
        let run_name = text.slice(tok.start, end);
        ents.mentions.remove(&tok.start);
        ents.list[org].mentions.remove(&(tok.start, end));
        // "Qatar's Foreign Ministry … Kuwait's Foreign Ministry": the run's name is one entity, but another
        // state's body is another institution
        let org = if ents.list[org].affiliation.is_some_and(|a| a != state) {
            ents.add(
                &format!("org:{surface}"),
                EntityType::Organization,
                &surface,
                (s, end),
                &surface,
            )
        } else {
            if ents.list[org].name == run_name {
                ents.list[org].name = surface.clone();
                ents.list[org].aliases.insert(run_name);
            }
            ents.keys.insert(format!("org:{surface}"), org);
            ents.mention(org, (s, end), &surface);
            org
        };
        ents.list[org].affiliation.get_or_insert(state);
        ents.list[state].mentions.insert((s, e));
    }
}

/// Whether a word of `name` before its first "of", "for" or "in" is a public body's or association's head.
fn has_body_head(name: &str) -> bool {
    name.split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "for" | "in"))
        .any(|w| words().possessed_name_heads.contains(w))
}
