//! Small places the lexicon does not list, read from the few words around them (issue 9, session 17,
//! set 39): a noun of settlement or district before "of" ("the village of Tarvosh", "near the town of
//! Orvane", `settlement_nouns.txt`), and a name a list joins to a place after a preposition of place ("in
//! Tolvar and Meskine", "near Dorsa, Kelim or Vanth"); and (issue 9, session 18, set 56) a noun of the people
//! or the head of a place before "of" ("Residents of Kerevo", "the mayor of Brantsk", `resident_nouns.txt`)
//! and an apposition headed by a noun of settlement or place ("Dravenka, the disputed village on the
//! river").

use super::Entities;
use crate::model::EntityType;
use crate::text::Text;
use crate::words::words;

/// Whether "of" and a noun of settlement or district (`settlement_nouns.txt`) stand right before the name
/// at token `a`, in its sentence: "the village of Tarvosh", "the districts of Dulka".
pub(super) fn settlement_of(text: &Text, a: usize) -> bool {
    let toks = &text.tokens;
    a >= 2
        && toks[a - 1].text == "of"
        && toks[a - 2].sentence == toks[a].sentence
        && words().settlement_nouns.contains(&toks[a - 2].text)
}

/// Whether "of" and a noun of the people or the head of a place (`resident_nouns.txt`) stand right before
/// the name at token `a`, in its sentence, the noun lowercase or opening the sentence: "Residents of
/// Kerevo said", "the mayor of Brantsk"; or a lowercase compass word (`compass_of_words.txt`: "west of
/// Hodeidah") (issue 9, session 18, set 56).
pub(super) fn resident_of(text: &Text, a: usize) -> bool {
    let toks = &text.tokens;
    a >= 2
        && toks[a - 1].text == "of"
        && toks[a - 2].sentence == toks[a].sentence
        && (!toks[a - 2].is_capitalized() || text.is_sentence_initial(a - 2))
        && (words().resident_nouns.contains(toks[a - 2].lower())
            // "60 nautical miles west of Hodeidah", "east of Oog"
            || !toks[a - 2].is_capitalized() && words().compass_of_words.contains(&toks[a - 2].text))
}

/// The most lowercase words an apposition after a name may hold up to and with its head noun ("the
/// disputed village", "a small fishing town").
const APPOSITION_REACH: usize = 4;

/// Whether an apposition headed by a noun of settlement or place follows the name ending before token
/// `b`: a comma, "a", "an" or "the", at most a few lowercase words ending in a noun of
/// `settlement_nouns.txt` or `location_nouns.txt`, and after that noun punctuation or a word of
/// `place_apposition_followers.txt` ("Dravenka, the disputed village on the river", "Olsko, a fishing
/// town of 3,000 people"); not when the noun modifies a lowercase noun after it ("Peter Marlow, a village
/// elder") (issue 9, session 18, set 56).
pub(super) fn apposed_settlement(text: &Text, b: usize) -> bool {
    let toks = &text.tokens;
    let w = words();
    let Some(sent) = toks.get(b).filter(|t| t.text == ",").map(|t| t.sentence) else {
        return false;
    };
    if !toks
        .get(b + 1)
        .is_some_and(|t| t.sentence == sent && matches!(t.text.as_str(), "a" | "an" | "the"))
    {
        return false;
    }
    for k in b + 2..b + 2 + APPOSITION_REACH {
        let Some(t) = toks.get(k).filter(|t| t.sentence == sent) else {
            return false;
        };
        // a modifier or the head: no capital, no preposition or article ("Nino Vasa, a teacher from
        // the village of …" is no place)
        if t.is_capitalized()
            || !t.text.chars().all(|c| c.is_alphabetic() || c == '-')
            || matches!(t.text.as_str(), "a" | "an" | "the")
            || w.locative_prepositions.contains(&t.text)
            || w.place_apposition_followers.contains(&t.text)
        {
            return false;
        }
        if w.settlement_nouns.contains(&t.text) || w.location_nouns.contains(&t.text) {
            let follower_ok = toks.get(k + 1).is_none_or(|n| {
                n.sentence != sent
                    || matches!(n.text.as_str(), "," | "." | ";" | ":" | ")")
                    || w.place_apposition_followers.contains(&n.text)
            });
            if follower_ok {
                return true;
            }
        }
    }
    false
}

/// Whether the name at token `a` is the next item of a list of places: "and", "or" or a comma before it
/// closes a place mention, and the list (at most four items, each a place mention after "and", "or" or
/// a comma) opens right after a preposition of place (`locative_prepositions.txt`): "in Guanajuato and
/// Tolvar". Not when a possessive or a cue verb follows the name ("in Dorsa and Kelim said", a speaker).
pub(super) fn listed_place(text: &Text, ents: &Entities, a: usize) -> bool {
    let toks = &text.tokens;
    let w = words();
    let sent = toks[a].sentence;
    let joins = |k: usize| matches!(toks[k].text.as_str(), "and" | "or" | ",");
    if a < 3 || !joins(a - 1) || toks[a - 1].sentence != sent {
        return false;
    }
    if toks.get(a + 1).is_some_and(|t| {
        t.sentence == sent
            && (t.text.starts_with("'s")
                || t.text.starts_with("’s")
                || crate::lexicon::lexicon().cue_verb(&t.text).is_some())
    }) {
        return false;
    }
    let mut k = a - 1;
    for _ in 0..4 {
        // the item before the joining word at `k`: a place mention ending right there
        let Some((s, _, i)) = k
            .checked_sub(1)
            .and_then(|p| ents.covering(toks[p].start))
            .filter(|&(_, e, _)| e == toks[k - 1].end)
        else {
            return false;
        };
        if ents.list[i].kind != EntityType::Location {
            return false;
        }
        let first = text.token_at_or_after(s);
        if first == 0 || toks[first - 1].sentence != sent {
            return false;
        }
        let before = first - 1;
        if w.locative_prepositions.contains(toks[before].lower()) {
            return true;
        }
        if !joins(before) {
            return false;
        }
        k = before;
    }
    false
}

/// The most tokens between a plural noun of settlement or district and the ", including" that opens a
/// list of its places ("the tribal districts of Upper Varno, including …").
const INCLUDING_REACH: usize = 8;

/// Whether the name at token `a` is an item of a list after ", including" whose phrase names places by a
/// plural noun of settlement or district a few words before (`settlement_nouns.txt`): "the tribal
/// districts of Upper Varno, including Dulka Kot, Ranno and Vesh" (issue 9, session 17, ent2). Earlier
/// items must be place mentions joined by "and", "or" or a comma.
pub(super) fn included_place(text: &Text, ents: &Entities, a: usize) -> bool {
    let toks = &text.tokens;
    let sent = toks[a].sentence;
    let mut k = a;
    for _ in 0..4 {
        let Some(p) = k.checked_sub(1).filter(|&p| toks[p].sentence == sent) else {
            return false;
        };
        if toks[p].text == "including" {
            return plural_settlement_before(text, ents, p);
        }
        if !matches!(toks[p].text.as_str(), "and" | "or" | ",") || p == 0 {
            return false;
        }
        let Some((s, _, i)) = ents
            .covering(toks[p - 1].start)
            .filter(|&(_, e, _)| e == toks[p - 1].end)
        else {
            return false;
        };
        if ents.list[i].kind != EntityType::Location {
            return false;
        }
        k = text.token_at_or_after(s);
    }
    false
}

/// Whether a place mention and a comma stand right before "including" at token `p`, and a plural noun of
/// settlement or district a few words before them, in its sentence ("the districts of Upper Varno,
/// including"; not "delegates from the districts attended, including").
fn plural_settlement_before(text: &Text, ents: &Entities, p: usize) -> bool {
    let toks = &text.tokens;
    let nouns = &words().settlement_nouns;
    p >= 2
        && toks[p - 1].text == ","
        && ents.covering(toks[p - 2].start).is_some_and(|(_, e, i)| {
            e == toks[p - 2].end && ents.list[i].kind == EntityType::Location
        })
        && (p.saturating_sub(INCLUDING_REACH + 1)..p - 1).any(|j| {
            toks[j].sentence == toks[p].sentence
                && toks[j].text.ends_with('s')
                && nouns.contains(&toks[j].text)
        })
}

/// Whether the one-word name at token `a` is one of two names joined by "and", "or" or a comma before a
/// plural noun of settlement or district (`settlement_nouns.txt`): "the Dulka and Vesh districts" makes
/// both places (issue 9, session 17, ent2). A lone name before the noun is left alone ("the Hawar
/// islands" is one place, "Kurdish-run towns" none).
pub(super) fn before_plural_settlement(text: &Text, a: usize) -> bool {
    let toks = &text.tokens;
    let sent = toks[a].sentence;
    // a plural noun of settlement, or (issue 9, session 18, set 56) of place: "the Moa and Makona
    // rivers", "the Darsk and Omelin crossings"
    let plural_at = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.sentence == sent
                && t.text.strip_suffix('s').is_some_and(|one| {
                    words().settlement_nouns.contains(&t.text)
                        || words().location_nouns.contains(one)
                })
        })
    };
    let joins = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.text.as_str(), "and" | "or" | ","))
    };
    a >= 2
        && joins(a - 1)
        && toks[a - 2].sentence == sent
        && toks[a - 2].is_capitalized()
        && plural_at(a + 1)
        || toks
            .get(a + 1)
            .is_some_and(|t| matches!(t.text.as_str(), "and" | "or" | ","))
            && toks
                .get(a + 2)
                .is_some_and(|t| t.sentence == sent && t.is_capitalized())
            && plural_at(a + 3)
}
