//! Names an anonymous speaker gives of their own (issue 9, session 17, attr2): "a market trader who gave
//! her name only as X said …", "A fuel carrier who gave only his first name, X, said …", '"…," said a
//! teacher in Y, who gave only his first name, X, for fear of reprisals.' The one capitalised word after
//! the phrase is a person, recorded before the speakers are looked for, so that the cue's subject search
//! and a pronoun after it find that person. Verbs in `name_giving_verbs.txt`, the words between in
//! `name_giving_words.txt`.

use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// How many words may stand between the verb and the name.
const MAX_WORDS: usize = 5;

/// The token of the name given by the phrase opening at token `v` (a verb of `name_giving_verbs.txt`):
/// words of `name_giving_words.txt` holding "name", an optional comma, then one capitalised word that no
/// other capitalised word follows; `None` otherwise ("gave the name Dawn to the operation" is none).
fn given_name(text: &Text, v: usize) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    if !w.name_giving_verbs.contains(toks[v].lower()) {
        return None;
    }
    let sent = toks[v].sentence;
    let same = |m: usize| toks.get(m).filter(|t| t.sentence == sent);
    let mut m = v + 1;
    let mut named = false;
    while m <= v + MAX_WORDS
        && same(m)
            .is_some_and(|t| t.kind == TokKind::Word && w.name_giving_words.contains(t.lower()))
    {
        named |= toks[m].lower() == "name";
        m += 1;
    }
    if !named {
        return None;
    }
    if same(m)?.text == "," {
        m += 1;
    }
    let name = same(m)?;
    let two_words = same(m + 1).is_some_and(|t| t.is_capitalized());
    (name.is_capitalized() && !two_words && !w.pronouns.contains(&name.text)).then_some(m)
}

/// Records every name given this way as a person: a new one, or a single-mention entity of another
/// type on exactly that word ("Awa" read as a place). A person already known stays; a longer mention or
/// an entity named elsewhere too is left alone.
pub(super) fn record(text: &Text, ents: &mut Entities) {
    let w = words();
    for v in 0..text.tokens.len() {
        if !w.name_giving_verbs.contains(text.tokens[v].lower()) {
            continue;
        }
        let Some(m) = given_name(text, v) else {
            continue;
        };
        let t = &text.tokens[m];
        match ents.covering(t.start) {
            None => {
                ents.add(
                    &format!("person:{}", t.text),
                    EntityType::Person,
                    &t.text,
                    (t.start, t.end),
                    &t.text,
                );
            }
            Some((s, e, i)) if s == t.start && e == t.end && ents.list[i].mentions.len() == 1 => {
                let ent = &mut ents.list[i];
                ent.kind = EntityType::Person;
                ent.country = None;
                ent.coords = None;
            }
            Some(_) => {}
        }
    }
}

/// Whether a name-giving phrase opens at a token of `from..to` ("who gave his name only as X").
pub(super) fn gives_name(text: &Text, from: usize, to: usize) -> bool {
    (from..to.min(text.tokens.len())).any(|v| given_name(text, v).is_some())
}

/// The person who gave their name in the inverted subject after the cue at token `k`: '…," said a
/// teacher in Y, who gave only his first name, X, …' (the subject opens with "a"/"an", the phrase within
/// the next sixteen tokens of the sentence, no quote between).
pub(super) fn inverted(text: &Text, ents: &Entities, k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    if !toks
        .get(k + 1)
        .is_some_and(|t| t.sentence == sent && matches!(t.lower(), "a" | "an"))
    {
        return None;
    }
    (k + 2..(k + 18).min(toks.len()))
        .take_while(|&m| toks[m].sentence == sent && toks[m].kind != TokKind::Quote)
        .find_map(|m| given_name(text, m))
        .and_then(|n| ents.covering(toks[n].start))
        .map(|(_, _, i)| i)
        .filter(|&i| ents.list[i].kind == EntityType::Person)
}

/// How many sentences before the cue's the phrase that gave the name may stand in.
const REACH: usize = 2;

/// "A woman who gave only her first name, X, said …. “…,” the woman said": the person who gave their
/// name in this sentence or the [`REACH`] before, introduced by "a"/"an" and the same noun (at most three
/// words before it), for a cue whose subject is "the NOUN" ending before token `j`.
pub(super) fn definite(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 2 || toks[j - 2].lower() != "the" || toks[j - 1].kind != TokKind::Word {
        return None;
    }
    let noun = toks[j - 1].lower();
    let sent = toks[j - 1].sentence;
    let first = text.sentences[sent.saturating_sub(REACH)].tok_start;
    let verbs = &words().name_giving_verbs;
    (first..j - 2)
        .rev()
        .filter(|&v| verbs.contains(toks[v].lower()))
        .find_map(|v| {
            let n = given_name(text, v)?;
            let lo = v
                .saturating_sub(8)
                .max(text.sentences[toks[v].sentence].tok_start);
            let introduced = (lo..v).any(|m| {
                toks[m].lower() == noun
                    && (m.saturating_sub(3).max(lo)..m)
                        .any(|a| matches!(toks[a].lower(), "a" | "an"))
            });
            if !introduced {
                return None;
            }
            ents.covering(toks[n].start)
                .map(|(_, _, i)| i)
                .filter(|&i| ents.list[i].kind == EntityType::Person)
        })
}
