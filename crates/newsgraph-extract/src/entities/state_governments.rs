//! A state's government under a capitalised name made of government words ("Nigeria's Federal
//! Government", "the Federal Government of Ruvalia"): the guidelines make it an alias of the state, not
//! an organisation of its own (issue 9, session 17, ent2). Names with any other word ("the Federal
//! Government of National Unity") stay organisations.

use super::Entities;
use super::institutions::head_start;
use crate::model::EntityType;
use crate::text::Text;
use crate::words::words;

/// Folds every organisation whose name is only government words into the state whose possessive or
/// demonym opens it or whose name follows it after "of" (or "of the"): all its mentions become the
/// state's.
pub(super) fn fold_state_governments(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    for (s, e, state) in ents.state_mentions() {
        let after = head_start(text, s, e)
            .and_then(|(m, _, _)| toks.get(m))
            .and_then(|t| ents.mentions.get(&t.start).map(|(_, org)| *org));
        let k = text.token_at_or_after(s);
        let of_at = match k.checked_sub(1).map(|i| toks[i].text.as_str()) {
            Some("of") => Some(k - 1),
            Some("the") if k >= 2 && toks[k - 2].text == "of" => Some(k - 2),
            _ => None,
        };
        let before = of_at
            .and_then(|o| o.checked_sub(1))
            .and_then(|h| {
                ents.covering(toks[h].start)
                    .filter(|(_, me, _)| *me == toks[h].end)
            })
            .map(|(_, _, org)| org);
        for org in [after, before].into_iter().flatten() {
            if ents.list[org].kind == EntityType::Organization
                && government_name(&ents.list[org].name)
            {
                fold(ents, org, state);
            }
        }
    }
}

/// Whether `name` is a government head ("Government") after only name-opening modifiers ("Federal",
/// "Transitional": `org_name_left_modifiers.txt`).
fn government_name(name: &str) -> bool {
    let w = words();
    let mut parts = name.split_whitespace().rev();
    parts.next() == Some("Government") && parts.all(|p| w.org_name_left_modifiers.contains(p))
}

/// Moves every mention of `org` to `state` (the name becomes one of the state's aliases).
fn fold(ents: &mut Entities, org: usize, state: usize) {
    let spans: Vec<(usize, usize)> = ents.list[org].mentions.iter().copied().collect();
    let name = ents.list[org].name.clone();
    for (ms, me) in spans {
        ents.mentions.remove(&ms);
        ents.list[org].mentions.remove(&(ms, me));
        ents.mention(state, (ms, me), &name);
    }
}
