//! Parties named twice: a side whose name lies inside another party's name ("Fano" beside the "Amhara Fano
//! Unity Command"), and a body a party state possesses ("Afghanistan's Taliban authorities" sign for
//! Afghanistan); and a reciprocal collective ("the two sides") no rule resolved, which names no one
//! (issue 9, session 18, set 48).

use super::RawAgreement;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::Text;

/// Drops, from every agreement with three or more parties, a party that only repeats another: a
/// non-state whose name's words lie, in order and together, inside another party's name, and a
/// non-state named right after a party state's possessive and before a government word
/// (`government_words.txt`: "Afghanistan's Taliban authorities").
pub(super) fn drop_repeated(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    for g in out.iter_mut() {
        g.parties
            .retain(|&i| !super::parties::counted_pair(ents, i));
    }
    for g in out.iter_mut().filter(|g| g.parties.len() >= 3) {
        let parties: Vec<usize> = g.parties.iter().copied().collect();
        let repeated: Vec<usize> = parties
            .iter()
            .copied()
            .filter(|&i| ents.list[i].kind != EntityType::State)
            .filter(|&i| {
                parties
                    .iter()
                    .any(|&j| j != i && (inside(&ents.list[i].name, &ents.list[j].name)))
                    || possessed_body(ents, text, i, &parties)
            })
            .collect();
        // never down to one side
        if parties.len() - repeated.len() >= 2 {
            for i in repeated {
                g.parties.remove(&i);
            }
        }
    }
}

/// The lowercase words of a name, split at spaces and hyphens.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the words of `short` stand together, in order, inside the longer name `long`.
fn inside(short: &str, long: &str) -> bool {
    let (s, l) = (name_words(short), name_words(long));
    !s.is_empty() && s.len() < l.len() && l.windows(s.len()).any(|w| w == s.as_slice())
}

/// Whether a mention of entity `i` follows the possessive of a state among `parties` and precedes a
/// government word ("Afghanistan's Taliban authorities").
fn possessed_body(ents: &Entities, text: &Text, i: usize, parties: &[usize]) -> bool {
    let toks = &text.tokens;
    let gov = &crate::words::words().government_words;
    ents.list[i].mentions.iter().any(|&(ms, me)| {
        let (m, after) = (text.token_at_or_after(ms), text.token_at_or_after(me));
        m >= 2
            && matches!(toks[m - 1].text.as_str(), "'s" | "’s")
            && toks.get(after).is_some_and(|t| gov.contains(t.lower()))
            && ents.covering(toks[m - 2].start).is_some_and(|(_, _, s)| {
                ents.list[s].kind == EntityType::State && parties.contains(&s)
            })
    })
}
