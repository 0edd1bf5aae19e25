//! Organisations named in apposition to a common noun of organisation: "Ukraine's rail operator,
//! Ukrlinii, said", "the state railway company, Calea Ferata din Moldova." (issue 9, session 13, third
//! invented set).

use super::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// An unknown capitalised name (up to five tokens, short lowercase words such as "din", "de" inside, a
/// known name at its end: "… din Moldova") between commas, or a comma and the sentence end, right after a
/// noun of `org_common_nouns.txt` that a possessive or a determiner opens within four words: an
/// organisation. Its first token must be free (`taken` false); its tokens are marked taken.
pub(super) fn recognize(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let toks = &text.tokens;
    let w = words();
    for c in 1..toks.len().saturating_sub(2) {
        if toks[c].text != ","
            || !w.org_common_nouns.contains(toks[c - 1].lower())
            || !opened_noun_phrase(text, c - 1)
        {
            continue;
        }
        let a = c + 1;
        if taken[a]
            || !toks[a].is_capitalized()
            || toks[a].kind != TokKind::Word
            || apposed_to_a_person(text, c - 1, a)
        {
            continue;
        }
        let mut e = a + 1;
        while e < toks.len()
            && e - a < 5
            && toks[e].sentence == toks[a].sentence
            && toks[e].kind == TokKind::Word
            && (toks[e].is_capitalized()
                || toks[e].text.chars().count() <= 3
                    && toks[e].text.chars().all(char::is_lowercase))
        {
            e += 1;
        }
        while e > a + 1 && !toks[e - 1].is_capitalized() {
            e -= 1;
        }
        let closed = toks
            .get(e)
            .is_none_or(|t| matches!(t.text.as_str(), "," | "." | ";"));
        if !closed {
            continue;
        }
        let span = (toks[a].start, toks[e - 1].end);
        let surface = text.slice(span.0, span.1);
        ents.add_org(&surface, span);
        for t in taken.iter_mut().take(e).skip(a) {
            *t = true;
        }
    }
}

/// "the future of the Asayish, the internal security force that polices …": a lone unknown capitalised
/// word after "the", then a comma and "the"/"a"/"an" with up to three lowercase words before a noun of
/// `armed_apposition_nouns.txt`, is an armed group. Its token must be free (`taken` false) and becomes
/// taken (issue 9, session 15, set 16).
pub(super) fn armed_name_first(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let toks = &text.tokens;
    let w = words();
    for k in 1..toks.len().saturating_sub(3) {
        let t = &toks[k];
        if taken[k]
            || t.kind != TokKind::Word
            || !t.is_capitalized()
            || t.is_all_caps()
            || toks[k - 1].lower() != "the"
            || toks[k + 1].text != ","
            || !matches!(toks[k + 2].lower(), "the" | "a" | "an")
            || text.is_sentence_initial(k)
        {
            continue;
        }
        let armed = apposition_words(text, k + 2, t.sentence)
            .any(|m| w.armed_apposition_nouns.contains(toks[m].lower()));
        if !armed || crate::lexicon::lexicon().is_non_name(&t.text) {
            continue;
        }
        ents.add(
            &format!("org:{}", t.text),
            EntityType::ArmedGroup,
            &t.text,
            (t.start, t.end),
            &t.text,
        );
        taken[k] = true;
    }
}

/// "Avanzà, a small independence party that sits in opposition, said": a lone unknown capitalised word
/// opening its sentence (or after "the"), then a comma and "a"/"an"/"the" with up to three lowercase
/// words before a noun of `org_apposition_nouns.txt` that heads the apposition (no "of"/"for" before it,
/// no lowercase noun after it but a relative or a preposition), is an organisation. Appositions with a
/// noun of armed bodies are left to the armed rules. Its token must be free (`taken` false) and becomes
/// taken (issue 9, session 18, set 49).
pub(super) fn org_name_first(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let toks = &text.tokens;
    let w = words();
    let lex = crate::lexicon::lexicon();
    for k in 0..toks.len().saturating_sub(3) {
        let t = &toks[k];
        if toks[k + 1].text != ","
            || taken[k]
            || t.kind != TokKind::Word
            || !t.is_capitalized()
            || t.is_all_caps()
            || !matches!(toks[k + 2].lower(), "the" | "a" | "an")
            || !(text.is_sentence_initial(k) || k > 0 && toks[k - 1].lower() == "the")
            || lex.is_non_name(&t.text)
            || lex.longest_title(&[t.text.as_str()]).is_some()
        {
            continue;
        }
        let Some(n) = apposition_words(text, k + 2, t.sentence)
            .find(|&m| w.org_apposition_nouns.contains(toks[m].lower()))
        else {
            continue;
        };
        let heads = (k + 3..n).all(|m| !matches!(toks[m].lower(), "of" | "for" | "from"))
            && toks.get(n + 1).is_none_or(|nx| {
                nx.kind != TokKind::Word
                    || nx.is_capitalized()
                    || matches!(nx.lower(), "that" | "which" | "who")
                    || w.source_modifier_openers.contains(nx.lower())
            });
        let armed = apposition_words(text, k + 2, t.sentence)
            .any(|m| w.armed_apposition_nouns.contains(toks[m].lower()));
        if !heads || armed {
            continue;
        }
        ents.add(
            &format!("org:{}", t.text),
            EntityType::Organization,
            &t.text,
            (t.start, t.end),
            &t.text,
        );
        taken[k] = true;
    }
}

/// The lowercase words, up to four, that follow the determiner at token `det` of an apposition in sentence
/// `sent` (", a local militia that …": "local", "militia", "that"), which `armed_name_first` and
/// `armed_by_apposition` read for a word of armed bodies.
fn apposition_words(text: &Text, det: usize, sent: usize) -> impl Iterator<Item = usize> + '_ {
    let toks = &text.tokens;
    (det + 1..(det + 5).min(toks.len())).take_while(move |&k| {
        toks[k].sentence == sent && toks[k].kind == TokKind::Word && !toks[k].is_capitalized()
    })
}

/// Whether the name at token `a` after the organisation noun at token `n` is a person's: it opens with
/// a title ("…, Colonel Arvid Lunde,"), or the noun phrase is the object of "for"/"of"/"at" after another
/// head ("a spokesman for the ministry, NAME," names the spokesman; issue 9, session 14).
fn apposed_to_a_person(text: &Text, n: usize, a: usize) -> bool {
    let toks = &text.tokens;
    if crate::lexicon::lexicon()
        .longest_title(&[toks[a].text.as_str()])
        .is_some()
    {
        return true;
    }
    (n.saturating_sub(5)..n).rev().any(|m| {
        toks[m].sentence == toks[n].sentence
            && matches!(toks[m].lower(), "for" | "of" | "at")
            && toks[m + 1..n].iter().all(|t| t.kind == TokKind::Word)
    })
}

/// Whether the noun at token `n` ends a noun phrase a possessive ("Ukraine's rail operator") or a
/// determiner of `noun_determiners.txt` ("the state railway company", "its operator") opens within four
/// words before it.
fn opened_noun_phrase(text: &Text, n: usize) -> bool {
    let toks = &text.tokens;
    (n.saturating_sub(4)..n).rev().any(|m| {
        toks[m].sentence == toks[n].sentence
            && (matches!(toks[m].text.as_str(), "'s" | "’s")
                || words().noun_determiners.contains(toks[m].lower()))
    })
}

/// "the Varnok Defence Council, a local militia that …", "the Movement for X, an armed group that …": an
/// organisation the article itself calls an armed group (a comma, "a"/"an"/"the" and, within four
/// lowercase words, a word of `armed_group_appositives.txt`, after one of its mentions or the bracket
/// closing its acronym after it) is an armed group (issue 9, session 17, types).
pub(super) fn armed_by_apposition(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let w = words();
    for i in 0..ents.list.len() {
        if ents.list[i].kind != EntityType::Organization {
            continue;
        }
        let armed = ents.list[i].mentions.iter().any(|&(_, end)| {
            let mut m = toks.partition_point(|t| t.start < end);
            // "the X Movements (XM), a coalition of rebel groups": past the bracketed acronym
            if toks.get(m).is_some_and(|t| t.text == ")") {
                m += 1;
            }
            m + 2 < toks.len()
                && toks[m].text == ","
                && toks[m].sentence == toks[m - 1].sentence
                && matches!(toks[m + 1].lower(), "the" | "a" | "an")
                && apposition_words(text, m + 1, toks[m].sentence)
                    // "X, a former rebel group": it laid down its arms
                    .take_while(|&k| !w.earlier_modifiers.contains(toks[k].lower()))
                    .any(|k| w.armed_group_appositives.contains(toks[k].lower()))
        });
        if armed {
            ents.list[i].kind = EntityType::ArmedGroup;
        }
    }
}

/// The most words an apposition may hold before its head noun ("Poland's state water company").
const COMPANY_APPOSITION_REACH: usize = 5;

/// "Siam Riverpower, a Bangkok-listed company, is building …", "Vodo Lesne, Veldoria's state water
/// company, said": a "person" one of whose mentions a comma and an apposition headed by a noun of
/// `company_appositives.txt` follow is a company (an Organization). The apposition opens with "a", "an",
/// "the" or a possessive, holds up to a few words, and its noun ends it (punctuation or a word of
/// `place_apposition_followers.txt` after it: not "X, a company spokesman") (issue 9, session 18, set 56).
pub(super) fn company_by_apposition(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    for i in 0..ents.list.len() {
        if ents.list[i].kind != EntityType::Person || !ents.list[i].roles.is_empty() {
            continue;
        }
        let company = ents.list[i].mentions.iter().any(|&(_, end)| {
            let m = toks.partition_point(|t| t.start < end);
            toks.get(m).is_some_and(|t| t.text == ",")
                && company_apposition(text, m + 1, toks[m].sentence)
        });
        if company {
            ents.list[i].kind = EntityType::Organization;
        }
    }
}

/// Whether the apposition opening at token `det` in sentence `sent` is headed by a noun of a company.
fn company_apposition(text: &Text, det: usize, sent: usize) -> bool {
    let toks = &text.tokens;
    let w = words();
    let Some(first) = toks.get(det).filter(|t| t.sentence == sent) else {
        return false;
    };
    // "a", "an", "the", or a possessive a few words on ("Veldoria's state water company")
    let opened = matches!(first.lower(), "a" | "an" | "the");
    let mut possessive = false;
    for k in det + usize::from(opened)..(det + COMPANY_APPOSITION_REACH).min(toks.len()) {
        let t = &toks[k];
        if t.sentence != sent {
            return false;
        }
        if matches!(t.text.as_str(), "'s" | "’s") {
            possessive = true;
            continue;
        }
        if t.kind != TokKind::Word {
            return false;
        }
        if (opened || possessive) && w.company_appositives.contains(t.lower()) {
            return toks.get(k + 1).is_none_or(|n| {
                n.sentence != sent
                    || matches!(n.text.as_str(), "," | "." | ";" | ":" | ")")
                    || w.place_apposition_followers.contains(&n.text)
            });
        }
    }
    false
}
