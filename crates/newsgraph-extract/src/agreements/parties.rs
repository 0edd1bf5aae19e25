//! The parties of each agreement: what its phrase says (actors inside it, the subject of a signing verb,
//! a possessive, the agent of "signed by"), then what its sentences say ("between X and Y"), then the sides
//! of the article's main agreement; institutions become the actors they act for.

use super::RawAgreement;
use super::find::Phrase;
use super::vocab::{
    AGENT_PARTICIPLES, ANAPHORIC, DETS, GOVERNMENT_WORDS, ORG_PARENTS, PARTY_PHRASAL_VERBS,
    PARTY_VERBS, REACTION_VERBS, REGIONAL_MODIFIERS,
};
use crate::entities::Entities;
use crate::model::{AgreementKind, AgreementStatus, EntityType};
use crate::statements::RawStatement;
use crate::text::{Segment, Text, TokKind};
use std::collections::{BTreeSet, HashMap};

/// Nouns appositions give named actors ("X, a coalition formed …"), with the actor's party (`None`: more
/// than one actor), from [`appositive_heads`].
pub(super) type AppositiveHeads = HashMap<String, Option<usize>>;

/// Adds the parties one mention's phrase gives to its agreement.
pub(super) fn from_phrase(
    g: &mut RawAgreement,
    p: &Phrase,
    text: &Text,
    ents: &Entities,
    statements: &[RawStatement],
    heads: &AppositiveHeads,
) {
    let toks = &text.tokens;
    let (a, b, k) = (p.a, p.b, p.k);
    // collective parties inside the phrase ("a deal between Iran and six powers", "with 14 armed
    // groups", "between Yemen's warring parties"; see `collectives`)
    let collective_parties: Vec<usize> = ents
        .within(toks[a].start, toks[b - 1].end)
        .into_iter()
        .filter(|(_, _, i)| ents.collectives.contains_key(i))
        .flat_map(|(_, _, i)| crate::collectives::parties_for(ents, text, i))
        .collect();
    let topics = topic_actors(p, text, ents);
    for i in p.inner.iter().filter(|i| !topics.contains(i)) {
        g.parties.extend(ents.party_of(*i));
    }
    g.parties.extend(collective_parties);
    for i in signers(p, text, ents, heads) {
        if counted_pair(ents, i) {
            g.pair_subject = true;
            continue;
        }
        g.parties.extend(ents.party_of(i));
    }
    // possessive "its proposals": the nearest actor before in the sentence
    // "our agreements" inside a quote: the speaker's side
    if p.det == "our"
        && let Some(sp) = statements
            .iter()
            .find(|s| s.start <= toks[a].start && toks[k].end <= s.end)
            .and_then(|s| s.speaker)
    {
        g.parties.extend(ents.party_of(sp));
    }
    if matches!(p.det.as_str(), "its" | "their") {
        if let Some((_, _, i)) = ents
            .within(text.sentences[p.sent].start, toks[a].start)
            .into_iter()
            .rev()
            .find(|(_, _, i)| ents.is_actor(*i) && ents.list[*i].kind != EntityType::Group)
        {
            g.parties.extend(ents.party_of(i));
        }
    }
    for i in agents(p, text, ents, false) {
        g.parties.extend(ents.party_of(i));
    }
    if binds_both(p, text) {
        g.pair_subject = true;
    }
    g.parties.extend(with_sides(p, text, ents, statements));
    g.parties.extend(relative_signers(p, text, ents));
    if g.parties.is_empty() {
        g.parties.extend(binding_relative_subjects(p, text, ents));
    }
    g.parties.extend(acting_under(p, text, ents));
    if g.parties.is_empty() {
        g.parties.extend(between_the_two(p, text, ents, statements));
    }
    if g.parties.is_empty() {
        g.parties.extend(reported_sides(p, text, ents));
    }
    // "a 2019 plan for resettled households, announced by the authority, was …": the participle may
    // open an insertion after a comma, for an agreement with no side known (issue 9, session 15,
    // set 14)
    if g.parties.is_empty() {
        for i in agents(p, text, ents, true) {
            g.parties.extend(ents.party_of(i));
        }
    }
    if g.parties.is_empty() && p.a + 1 >= p.k {
        g.parties.extend(proposer_before(p, text, ents));
    }
}

/// "the 2009 arbitration agreement still binds both states": the phrase as the subject of a binding verb
/// (`binding_verbs.txt`, an adverb of `verb_adverbs.txt` or an auxiliary between) whose object is "both"
/// or "the two" and a collective head (`collective_heads.txt`: states, sides, countries, …) is made by the
/// article's two sides (issue 9, session 17, set 38).
fn binds_both(p: &Phrase, text: &Text) -> bool {
    let toks = &text.tokens;
    let w = crate::words::words();
    let mut v = p.b;
    while v < p.s1
        && (w.verb_adverbs.contains(toks[v].lower()) || w.auxiliaries.contains(toks[v].lower()))
    {
        v += 1;
    }
    if v + 2 >= p.s1 || !w.binding_verbs.contains(toks[v].lower()) {
        return false;
    }
    let head = match toks[v + 1].lower() {
        "both" => v + 2,
        "the" if toks[v + 2].lower() == "two" => v + 3,
        _ => return false,
    };
    head < p.s1
        && w.collective_heads
            .contains_key(&vec![toks[head].lower().to_string()])
}

/// "Suriname's finance ministry has proposed a joint fund … Georgetown has not responded to the plan":
/// a bare plan or proposal is its proposer's, the first side named in the clause of the proposing verb
/// before it (in its sentence or the one before; the clause from the last comma, colon, semicolon or
/// "that") (issue 9, session 14, set 10).
fn proposer_before(p: &Phrase, text: &Text, ents: &Entities) -> Option<usize> {
    let toks = &text.tokens;
    let v = super::find::proposal_after_proposing(text, p)?;
    let s0 = text.sentences[toks[v].sentence].tok_start;
    let from = (s0..v)
        .rev()
        .find(|&m| matches!(toks[m].text.as_str(), ";" | ":" | "," | "that"))
        .map_or(s0, |m| m + 1);
    side(text, ents, from, v)
}

/// "Türkiye, Romania and Bulgaria agreed on Tuesday to keep their minesweeping group at sea for another
/// year, the ministry said, in the third extension of the pact": a definite mention in a later clause of
/// a sentence that opens with two or more named sides joined by "and" or commas as the subject of a party
/// verb (`party_verbs.txt`), no other agreement named between, is made by those sides (issue 9, session
/// 16, set 34).
fn reported_sides(p: &Phrase, text: &Text, ents: &Entities) -> Vec<usize> {
    let toks = &text.tokens;
    if !ANAPHORIC.contains(p.det.as_str()) || p.a <= p.s0 + 2 {
        return Vec::new();
    }
    let Some(v) = (p.s0 + 1..p.a).find(|&m| party_verb_at(text, p.s0, m) == Some(m)) else {
        return Vec::new();
    };
    let later_clause = toks[v + 1..p.a].iter().any(|t| t.text == ",");
    let other = (v + 1..p.a).any(|m| super::find::trigger_at(text, m).is_some());
    if !later_clause || other {
        return Vec::new();
    }
    // a dateline ("ISTANBUL - ") is no part of the subject
    let from = (p.s0..v)
        .rev()
        .find(|&m| toks[m].kind == TokKind::Punct && toks[m].text != ",")
        .map_or(p.s0, |m| m + 1);
    coordinated_subject(text, ents, from, v)
}

/// "TRIGGER between the two [NOUN]" right after the trigger ("a maritime accord between the two was
/// shelved", "the truce between the two sides"): the last two different actors named before the phrase,
/// in its sentence and then the sentence before (groups left out). Nothing unless there are two.
///
/// When a statement of the phrase's sentence opens before it, the text from the statement's start is
/// read first, its speaker left out: "Uganda's government and the rebels agreed …, the UAE Ministry of Foreign Affairs
/// said, in the first deal between the two sides" (the source of the report is no side); a statement that
/// names fewer than two ("South Korea said that North Korea had accepted … an accord between the two")
/// leaves the speaker a side (issue 9, session 16, set 29).
fn between_the_two(
    p: &Phrase,
    text: &Text,
    ents: &Entities,
    statements: &[RawStatement],
) -> Vec<usize> {
    let toks = &text.tokens;
    let bt = p.k + 1;
    if bt + 2 >= p.s1
        || toks[bt].lower() != "between"
        || toks[bt + 1].lower() != "the"
        || toks[bt + 2].lower() != "two"
    {
        return Vec::new();
    }
    let from = if p.sent > 0 {
        text.sentences[p.sent - 1].start
    } else {
        text.sentences[p.sent].start
    };
    let at = toks[p.a].start;
    if let Some(s) = statements
        .iter()
        .find(|s| s.speaker.is_some() && s.sentence == p.sent && s.start <= at)
    {
        let sides = last_two_sides(ents, s.start.max(from), at, s.speaker);
        if sides.len() == 2 {
            return sides;
        }
    }
    last_two_sides(ents, from, at, None)
}

/// The last two different sides named in the characters `from..to`, `skip` left out; empty unless two.
fn last_two_sides(ents: &Entities, from: usize, to: usize, skip: Option<usize>) -> Vec<usize> {
    let mut sides: Vec<usize> = Vec::new();
    for (_, _, i) in ents.within(from, to).into_iter().rev() {
        if Some(i) == skip {
            continue;
        }
        let Some(side) = side_of(ents, i) else {
            continue;
        };
        if !sides.contains(&side) {
            sides.push(side);
        }
        if sides.len() == 2 {
            return sides;
        }
    }
    Vec::new()
}

/// The two sides of "TRIGGER [PARTICIPLE] with X" ("a humanitarian agreement reached with the national
/// government", "the memorandum signed with Haiti", "a deal with Iran"): X, and the actor on the other
/// side, which the sentence names before the phrase, as the subject of the clause a statement reports
/// (the first actor of the statement's text before the mention), else as the statement's speaker, else
/// as the first actor of the sentence. Nothing when X names no actor (issue 9, session 13).
fn with_sides(p: &Phrase, text: &Text, ents: &Entities, statements: &[RawStatement]) -> Vec<usize> {
    let toks = &text.tokens;
    let mut w = p.k + 1;
    if w < p.s1 && AGENT_PARTICIPLES.contains(toks[w].lower()) {
        w += 1;
    }
    if w >= p.s1 || toks[w].lower() != "with" {
        return Vec::new();
    }
    let Some(x) = side_after_with(text, ents, w, p.s1) else {
        return Vec::new();
    };
    let start = toks[p.a].start;
    let first_actor = |from: usize, to: usize| {
        ents.within(from, to)
            .into_iter()
            .map(|(_, _, i)| i)
            .filter_map(|i| side_of(ents, i))
            .find(|&i| i != x)
    };
    let other = match statements
        .iter()
        .find(|s| s.start <= start && start < s.end)
    {
        Some(st) => first_actor(st.start, start).or_else(|| {
            st.speaker
                .and_then(|sp| ents.party_of(sp))
                .map(|i| state_of_institution(ents, i))
                .filter(|&i| i != x && ents.list[i].kind != EntityType::Group)
        }),
        None => nearest_actor(text, ents, p, x).or_else(|| {
            // "It recalled that a plan agreed with X …": a pronoun subject is the actor the sentence
            // before opened with
            let pronoun = PRONOUN_SUBJECTS.contains(&toks[p.s0].lower());
            let prev = text.sentences.get(p.sent.wrapping_sub(1))?;
            pronoun.then(|| first_actor(prev.start, prev.end)).flatten()
        }),
    };
    [Some(x), other].into_iter().flatten().collect()
}

/// Where the relative clause after a phrase opens: the relative word right after the head, or after
/// the phrase's right extension ("a protocol on flood warnings for the Evros river that Greece, Turkey and
/// Bulgaria signed"; issue 9, session 17, set 38), a comma before it skipped; or the head itself before a
/// clause with no relative word ("a local ceasefire it had signed with the army"). `None` when no
/// clause opens there or it is too short to hold a subject and a verb.
fn relative_opening(p: &Phrase, text: &Text) -> Option<usize> {
    let toks = &text.tokens;
    let contact = toks
        .get(p.k + 1)
        .is_some_and(|t| matches!(t.lower(), "it" | "they"));
    let after_comma = |m: usize| m + usize::from(toks.get(m).is_some_and(|t| t.text == ","));
    let relative = |m: usize| {
        toks.get(m)
            .is_some_and(|t| matches!(t.lower(), "that" | "which"))
    };
    let r = if contact {
        p.k
    } else if !relative(after_comma(p.k + 1)) && p.b > p.k + 1 && relative(after_comma(p.b)) {
        after_comma(p.b)
    } else {
        after_comma(p.k + 1)
    };
    (r + 2 < p.s1 && (contact || relative(r))).then_some(r)
}

/// The sides of a relative clause after the trigger, "TRIGGER that X signed with Y" ("a weapons disposal
/// agreement that the movement signed with the regional government"): X, named or by "the" and the head
/// of one actor's name ("the movement"), and Y. Nothing unless both are found (issue 9, session 14,
/// set 6).
fn relative_signers(p: &Phrase, text: &Text, ents: &Entities) -> Vec<usize> {
    let toks = &text.tokens;
    let Some(r) = relative_opening(p, text) else {
        return Vec::new();
    };
    let Some(v) = (r + 2..(r + 7).min(p.s1)).find(|&m| PARTY_VERBS.contains(toks[m].lower()))
    else {
        return Vec::new();
    };
    // "a joint patrol plan, which Brazil proposed last year": a plan's proposer alone (issue 9,
    // session 14, set 8)
    if matches!(p.kind, AgreementKind::Plan | AgreementKind::Proposal) && proposing(toks[v].lower())
    {
        return side(text, ents, r + 1, v).into_iter().collect();
    }
    // "The X Declaration, which the three governments signed in 2024": a counted collective's sides
    // (issue 9, session 14, set 8)
    if let Some(list) = ents
        .within(toks[r + 1].start, toks[v].start)
        .into_iter()
        .find_map(|(_, _, i)| counted_sides(ents, text, i))
    {
        return list;
    }
    // "a ceasefire that both Governments accepted in February": a collective counted as two, resolved
    // with the article's sides later ([`article_parties`]; issue 9, session 14, set 10)
    if let Some(i) = ents
        .within(toks[r + 1].start, toks[v].start)
        .into_iter()
        .map(|(_, _, i)| i)
        .find(|&i| counted_as(ents, i, 2))
    {
        return vec![i];
    }
    if v + 1 >= p.s1 || toks[v + 1].lower() != "with" {
        return coordinated_subject(text, ents, r + 1, v);
    }
    // "with army commanders", "with the military": the article's one state (issue 9, session 14,
    // set 8)
    let forces = &crate::words::words().state_force_nouns;
    let y = side_after_with(text, ents, v + 1, p.s1).or_else(|| {
        let n = v + 2 + usize::from(toks.get(v + 2).is_some_and(|t| t.lower() == "the"));
        toks.get(n)
            .filter(|t| n < p.s1 && forces.contains(t.lower()))
            .and_then(|_| only_state(ents, text))
    });
    // "which it agreed with Morocco": the pronoun is the nearest other side named before the phrase
    // in its sentence (issue 9, session 14, set 8)
    let pronoun = matches!(toks[r + 1].lower(), "it" | "they") && v <= r + 3;
    let x = side(text, ents, r + 1, v)
        .or_else(|| {
            (v == r + 3 && toks[r + 1].lower() == "the")
                .then(|| named_by_head(ents, &toks[r + 2].text))
                .flatten()
        })
        .or_else(|| {
            pronoun
                .then(|| y.and_then(|y| nearest_actor(text, ents, p, y)))
                .flatten()
        });
    match (x, y) {
        (Some(x), Some(y)) if x != y => vec![x, y],
        _ => Vec::new(),
    }
}

/// "the 1992 Almaty agreement, under which Kazakhstan, Kyrgyzstan and Uzbekistan divide the rivers": a
/// relative clause right after the phrase (a comma may stand between) opened by a preposition of
/// `binding_relative_prepositions.txt` and "which", whose subject is two or more named sides joined by
/// commas and "and" up to its first lowercase word outside a name (the verb or an auxiliary): those
/// sides, whatever the verb, since the agreement binds them. Nothing otherwise ("under which fighters
/// would be offered training") (issue 9, session 18, set 48).
fn binding_relative_subjects(p: &Phrase, text: &Text, ents: &Entities) -> Vec<usize> {
    let toks = &text.tokens;
    let preps = &crate::words::words().binding_relative_prepositions;
    let after_comma = |m: usize| m + usize::from(toks.get(m).is_some_and(|t| t.text == ","));
    let Some(r) = [p.k + 1, p.b].into_iter().map(after_comma).find(|&m| {
        m + 3 < p.s1 && preps.contains(toks[m].lower()) && toks[m + 1].lower() == "which"
    }) else {
        return Vec::new();
    };
    let Some(v) = (r + 2..p.s1.min(r + 24)).find(|&m| {
        toks[m].kind == TokKind::Word
            && !toks[m].is_capitalized()
            && !matches!(toks[m].lower(), "and" | "the")
            && ents.covering(toks[m].start).is_none()
    }) else {
        return Vec::new();
    };
    coordinated_subject(text, ents, r + 2, v)
}

/// The organisations and places named in the topic of a phrase: after its head, behind a preposition of
/// `topic_prepositions.txt` with no "between", "with" or "by" after it ("a memorandum on sharing data
/// about the Amu Darya"): what the agreement is about, not who it binds (issue 9, session 18, set 48).
fn topic_actors(p: &Phrase, text: &Text, ents: &Entities) -> Vec<usize> {
    let toks = &text.tokens;
    // most phrases name no actor after their head: no look at their mentions then
    if p.inner.is_empty() || p.k + 1 >= p.b {
        return Vec::new();
    }
    let topic = &crate::words::words().topic_prepositions;
    ents.within(toks[p.k + 1].start, toks[p.b - 1].end)
        .into_iter()
        .filter(|&(_, _, i)| {
            matches!(
                ents.list[i].kind,
                EntityType::Organization | EntityType::Location
            )
        })
        .filter(|&(ms, _, _)| {
            let m = text.token_at_or_after(ms);
            let last = (p.k + 1..m).rev().find(|&j| {
                let w = toks[j].lower();
                topic.contains(w) || matches!(w, "between" | "with" | "by" | "among")
            });
            last.is_some_and(|j| topic.contains(toks[j].lower()))
        })
        .map(|(_, _, i)| i)
        .collect()
}

/// Whether a one-word phrase of the status lexicon with the status `proposed` is `word` ("proposed",
/// "suggested").
fn proposing(word: &str) -> bool {
    crate::lexicon::lexicon()
        .status_phrases()
        .iter()
        .any(|(ph, st)| *st == AgreementStatus::Proposed && ph.len() == 1 && ph[0] == word)
}

/// The side an entity stands for in an agreement: the party it acts for (an institution's state), `None`
/// for what is no actor or an unnamed group.
fn side_of(ents: &Entities, i: usize) -> Option<usize> {
    if !ents.is_actor(i) || ents.list[i].kind == EntityType::Group {
        return None;
    }
    ents.party_of(i).map(|i| state_of_institution(ents, i))
}

/// The actor nearest before the phrase in its sentence, other than `x`, outside brackets (a dateline's
/// "(Reuters)" names no side).
fn nearest_actor(text: &Text, ents: &Entities, p: &Phrase, x: usize) -> Option<usize> {
    let toks = &text.tokens;
    ents.within(text.sentences[p.sent].start, toks[p.a].start)
        .into_iter()
        .rev()
        .filter(|&(s, _, _)| {
            let k = text.token_at_or_after(s);
            !(k > 0 && toks[k - 1].text == "(")
        })
        .map(|(_, _, i)| i)
        .filter_map(|i| side_of(ents, i))
        .find(|&i| i != x)
}

/// "X and Y exchanged prisoners under a deal brokered by Z": the actors of the clause before "under"
/// (from its last boundary: a dash, colon, semicolon, comma or "that") act under the agreement and are
/// its parties (issue 9, session 13).
fn acting_under(p: &Phrase, text: &Text, ents: &Entities) -> Vec<usize> {
    let toks = &text.tokens;
    if p.a <= p.s0 || toks[p.a - 1].lower() != "under" {
        return Vec::new();
    }
    let from = (p.s0..p.a - 1)
        .rev()
        .find(|&m| {
            matches!(
                toks[m].text.as_str(),
                "–" | "—" | "-" | ";" | ":" | "," | "that"
            )
        })
        .map_or(text.sentences[p.sent].start, |m| toks[m].end);
    ents.within(from, toks[p.a - 1].start)
        .into_iter()
        .map(|(_, _, i)| i)
        .filter_map(|i| side_of(ents, i))
        .collect()
}

/// Subject pronouns that stand for the actor the sentence before opened with.
pub(super) const PRONOUN_SUBJECTS: &[&str] = &["it", "they", "he", "she"];

/// The state an institution belongs to ("the Colombian Foreign Ministry" acts for Colombia), else the
/// actor itself.
fn state_of_institution(ents: &Entities, i: usize) -> usize {
    let e = &ents.list[i];
    match e.affiliation {
        Some(a) if e.kind == EntityType::Organization && ents.list[a].kind == EntityType::State => {
            a
        }
        _ => i,
    }
}

/// Words that end the side named after "with" ("… with Ecuador in Ipiales in 2024").
const STOP_AFTER_SIDE: &[&str] = &[
    "in", "on", "at", "to", "for", "over", "after", "before", "that", "which", "who", "and", "but",
    "under", "since", "last", "this", "by", "as", "was", "is", "had", "has", "would", "will",
];

/// The subject of a signing verb before the phrase: "X and Y signed a peace agreement" (up to four
/// tokens before the phrase, or up to eight when only words stand between: "signed in Maputo on Tuesday
/// evening an Agreement on …").
fn signers(p: &Phrase, text: &Text, ents: &Entities, heads: &AppositiveHeads) -> Vec<usize> {
    let Some(v) = signing_verb(p, text) else {
        return Vec::new();
    };
    let toks = &text.tokens;
    // "Brazil … did not sign the accord", "Kenya refused to sign it": who does not sign is no side
    // (`signer_negators.txt`, the three words before the verb; issue 9, session 17, set 38)
    let negators = &crate::words::words().signer_negators;
    if toks[v.saturating_sub(3).max(p.s0)..v]
        .iter()
        .any(|t| negators.contains(t.lower()))
    {
        return Vec::new();
    }
    // "Kenya has been negotiating a truce between Sudan and South Sudan": a go-between's verb with the
    // sides named after the head (issue 9, session 16, set 29)
    if crate::words::words()
        .go_between_verbs
        .contains(toks[v].lower())
        && toks.get(p.k + 1).is_some_and(|t| t.lower() == "between")
    {
        return Vec::new();
    }
    let (clause_start, subject_end) = subject_span(p, text, ents, v);
    if let Some(x) = pronoun_subject(text, ents, clause_start, subject_end) {
        return vec![x];
    }
    let subject = ents.within(clause_start, subject_end);
    let first_start = subject.first().map_or(usize::MAX, |m| m.0);
    subject
        .into_iter()
        .filter(|&(_, e, _)| {
            !crate::possessors::possessor_of_other(text, ents, e)
                || owns_modified_government(text, e)
        })
        // "the UN envoy for Western Sahara proposed": what a named actor's agent is "for" is no
        // signer (issue 9, session 14, set 8)
        .filter(|&(st, _, _)| {
            let k = text.token_at_or_after(st);
            st == first_start || k == 0 || toks[k - 1].lower() != "for"
        })
        .map(|(_, _, i)| i)
        .flat_map(|i| {
            if let Some(list) = counted_sides(ents, text, i) {
                list
            } else if ents.collectives.contains_key(&i) {
                let parties = crate::collectives::parties_for(ents, text, i);
                // "The two sides signed": kept unresolved, for the article's sides later
                if parties.is_empty() && counted_pair(ents, i) {
                    vec![i]
                } else {
                    parties
                }
            } else if ents.list[i].kind == EntityType::Group {
                named_for_group(ents, text, i)
                    .or_else(|| crate::collectives::armed_group_for(ents, i))
                    .into_iter()
                    .collect()
            } else {
                vec![i]
            }
        })
        .filter(|i| ents.is_actor(*i) || ents.collectives.contains_key(i))
        .chain(common_noun_subjects(
            text,
            ents,
            heads,
            clause_start,
            subject_end,
            v,
        ))
        .collect()
}

/// Whether entity `i` is a reciprocal collective counted as two ("the two sides"), which stands for the
/// article's two sides when it signs (`RawAgreement::pair_subject`; issue 9, session 16, agr4).
pub(super) fn counted_pair(ents: &Entities, i: usize) -> bool {
    ents.collectives.get(&i) == Some(&true) && counted_as(ents, i, 2)
}

/// "a security accord that Chad and Sudan signed in 2021": the sides of a relative clause's subject
/// (tokens `a..v`) that is only two or more named sides joined by "and" or commas ("the" may open it);
/// nothing otherwise (issue 9, session 14, set 10).
fn coordinated_subject(text: &Text, ents: &Entities, a: usize, v: usize) -> Vec<usize> {
    let toks = &text.tokens;
    let start = toks[a].start;
    let mut sides: Vec<usize> = Vec::new();
    let mut last_end = start;
    for (st, e, i) in ents.within(start, toks[v].start) {
        let gap = text.slice(last_end.min(st), st);
        let joined = if sides.is_empty() {
            gap.trim().is_empty() || gap.trim().eq_ignore_ascii_case("the")
        } else {
            matches!(gap.as_str(), " and " | ", " | ", and ")
        };
        let Some(sd) = side_of(ents, i).filter(|_| joined) else {
            return Vec::new();
        };
        if !sides.contains(&sd) {
            sides.push(sd);
        }
        last_end = e;
    }
    // the subject ends right before the verb
    if sides.len() < 2 || !text.slice(last_end, toks[v].start).trim().is_empty() {
        return Vec::new();
    }
    sides
}

/// "Tashkent is not a party to the agreement, but it has proposed a joint commission": a subject that
/// is only the pronoun "it" or "they" (in the characters `from..to`; conjunctions and auxiliaries
/// aside) is the nearest side named before it in its sentence (issue 9, session 14, set 8).
fn pronoun_subject(text: &Text, ents: &Entities, from: usize, to: usize) -> Option<usize> {
    let toks = &text.tokens;
    let (a, b) = (text.token_at_or_after(from), text.token_at_or_after(to));
    // "but it has", "and they will": conjunctions and auxiliaries aside
    let aux = &crate::words::words().auxiliaries;
    let words: Vec<usize> = (a..b)
        .filter(|&m| toks[m].kind == TokKind::Word)
        .filter(|&m| !aux.contains(toks[m].lower()))
        .filter(|&m| !matches!(toks[m].lower(), "but" | "and" | "yet" | "so" | "then"))
        .collect();
    let &[pr] = words.as_slice() else {
        return None;
    };
    if !matches!(toks[pr].lower(), "it" | "they") {
        return None;
    }
    let sent = text.sentences[toks[pr].sentence];
    ents.within(sent.start, toks[pr].start)
        .into_iter()
        .rev()
        .find_map(|(_, _, i)| side_of(ents, i))
}

/// Whether the mention ending at character `end` possesses a government with one lowercase modifier
/// ("Tanzania's union government", "Iraq's federal government"): it acts through it; a plural
/// ("Libya's rival authorities") may be several (issue 9, session 14, set 6).
fn owns_modified_government(text: &Text, end: usize) -> bool {
    let toks = &text.tokens;
    let k = text.token_at_or_after(end);
    k + 2 < toks.len()
        && matches!(toks[k].text.as_str(), "'s" | "’s")
        && toks[k + 1].kind == TokKind::Word
        && !toks[k + 1].is_capitalized()
        // one government, not "Libya's rival authorities"
        && matches!(toks[k + 2].lower(), "government" | "administration")
}

/// The signing (or proposing) verb whose subject names the phrase's parties: a party verb up to four
/// tokens before the phrase, or up to eight when only words stand between; for a proposal or plan in
/// apposition to a clause ("X proposed that …, a proposal the government has not answered"), the
/// clause's verb (issue 9, session 13).
fn signing_verb(p: &Phrase, text: &Text) -> Option<usize> {
    let toks = &text.tokens;
    let (s0, a) = (p.s0, p.a);
    (s0..a)
        .rev()
        .take(4)
        .find_map(|m| party_verb_at(text, s0, m))
        .or_else(|| {
            (s0..a)
                .rev()
                .take(8)
                .take_while(|m| toks[*m].kind == TokKind::Word)
                // "has proposed sending a small team to monitor the ceasefire": a noun phrase of its
                // own between the verb and the mention is the verb's object (issue 9, session 18,
                // party3)
                .take_while(|m| !matches!(toks[*m].lower(), "a" | "an"))
                .find_map(|m| party_verb_at(text, s0, m))
        })
        .or_else(|| {
            (matches!(p.kind, AgreementKind::Proposal | AgreementKind::Plan)
                && a > s0
                && toks[a - 1].text == ",")
                .then(|| (s0..a - 1).find(|m| PARTY_VERBS.contains(toks[*m].lower())))
                .flatten()
        })
}

/// The party verb at token `m`: `m` itself for a one-word verb ("signed"), the verb before it for a
/// two-word one ending there ("put forward", `party_phrasal_verbs.txt`; issue 9, session 14, set 6).
fn party_verb_at(text: &Text, s0: usize, m: usize) -> Option<usize> {
    let toks = &text.tokens;
    if PARTY_VERBS.contains(toks[m].lower()) {
        return Some(m);
    }
    (m > s0
        && PARTY_PHRASAL_VERBS.contains(&format!("{} {}", toks[m - 1].lower(), toks[m].lower())))
    .then(|| m - 1)
}

/// The character span (start, end) of the subject of the verb at token `v`: from the last clause
/// boundary before the verb; a comma right before the verb closes an apposition ("X and the leader of
/// Y, Z Z, signed"), so the subject runs from the boundary before the apposition, and a descriptive
/// apposition ("X, a coalition formed by A and B, proposes …") is left out: the actors it names are no
/// signers (issue 9, session 13). A comma that separates the first actors of a list ("Norway, Iceland
/// and Britain signed") is no boundary (issue 9, session 14, set 8).
fn subject_span(p: &Phrase, text: &Text, ents: &Entities, v: usize) -> (usize, usize) {
    let toks = &text.tokens;
    let s0 = p.s0;
    let appositive = v > s0 && toks[v - 1].text == ",";
    let search_to = if appositive {
        (s0..v - 1)
            .rev()
            .find(|m| toks[*m].text == ",")
            .unwrap_or(s0)
    } else {
        v
    };
    let clause_start = (s0..search_to)
        .rev()
        .find(|m| {
            matches!(
                toks[*m].text.as_str(),
                "–" | "—" | "-" | ";" | ":" | "," | "that"
            )
        })
        .map(|m| list_start(text, ents, s0, m, v))
        .unwrap_or(text.sentences[p.sent].start);
    let subject_end = if appositive
        && search_to + 2 < v
        && matches!(toks[search_to + 1].lower(), "a" | "an" | "the")
        && toks[search_to + 2].kind == TokKind::Word
        && !toks[search_to + 2].is_capitalized()
    {
        toks[search_to].start
    } else {
        toks[v].start
    };
    (clause_start, subject_end)
}

/// "The three governments signed", "the three sides reached": a collective counting three or more is
/// the first list of as many different sides the article coordinates ("officials from Ethiopia, Egypt
/// and Sudan met"); `None` when it counts fewer or no such list is found (issue 9, session 14, set 8).
fn counted_sides(ents: &Entities, text: &Text, i: usize) -> Option<Vec<usize>> {
    if !ents.collectives.contains_key(&i) {
        return None;
    }
    let first = ents.list[i].name.split_whitespace().next()?.to_lowercase();
    let n = counted(&first).filter(|&n| n >= 3)?;
    let mut run: Vec<usize> = Vec::new();
    let mut last_end = 0;
    for (st, e, j) in ents.within(0, text.chars.len()) {
        let gap: String = text.slice(last_end.min(st), st);
        let side = side_of(ents, j);
        match side {
            Some(sd) if !run.is_empty() && matches!(gap.as_str(), ", " | " and " | ", and ") => {
                if !run.contains(&sd) {
                    run.push(sd);
                }
                if gap != ", " && run.len() == n {
                    return Some(run);
                }
                if gap != ", " {
                    run.clear();
                }
            }
            Some(sd) => run = vec![sd],
            None => run.clear(),
        }
        last_end = e;
    }
    None
}

/// A collective party ("a coalition of separatist groups") that the article names elsewhere ("the
/// separatist coalition, which calls itself the Southern Cameroons Defence Council";
/// `self_naming_cues.txt`) becomes that named actor: the phrase before the cue ("the" and up to three
/// words, then a comma and "which"/"that" or none) shares a word with the collective's name (issue 9,
/// session 14, set 8).
pub(super) fn self_named_sides(g: &mut RawAgreement, ents: &Entities, text: &Text) {
    let groups: Vec<usize> = g
        .parties
        .iter()
        .copied()
        .filter(|i| ents.collectives.contains_key(i))
        .collect();
    for grp in groups {
        if let Some(x) = self_named(ents, text, grp)
            && !g.parties.contains(&x)
        {
            g.parties.remove(&grp);
            g.parties.insert(x);
        }
    }
}

/// The named actor a collective stands for by a self-naming cue (see [`self_named_sides`]).
fn self_named(ents: &Entities, text: &Text, grp: usize) -> Option<usize> {
    let toks = &text.tokens;
    let name_words: Vec<String> = ents.list[grp]
        .name
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let cues = &crate::words::words().self_naming_cues;
    (0..ents.list.len())
        .filter(|&j| {
            matches!(
                ents.list[j].kind,
                EntityType::Organization | EntityType::ArmedGroup
            )
        })
        .find(|&j| {
            ents.list[j].mentions.iter().any(|&(st, _)| {
                let mut k = text.token_at_or_after(st);
                if k > 0 && toks[k - 1].lower() == "the" {
                    k -= 1;
                }
                cues.iter().any(|cue| {
                    let n = cue.len();
                    if k < n + 3 || !toks[k - n..k].iter().zip(cue).all(|(t, w)| t.lower() == w) {
                        return false;
                    }
                    let mut c = k - n;
                    if matches!(toks[c - 1].lower(), "which" | "that") {
                        c -= 1;
                    }
                    if toks[c - 1].text != "," {
                        return false;
                    }
                    let Some(the) = (c.saturating_sub(5)..c - 1)
                        .rev()
                        .find(|&m| toks[m].lower() == "the")
                    else {
                        return false;
                    };
                    toks[the + 1..c - 1].iter().all(|t| t.kind == TokKind::Word)
                        && toks[the + 1..c - 1]
                            .iter()
                            .any(|t| name_words.iter().any(|w| w == t.lower()))
                })
            })
        })
}

/// Whether entity `i` is a collective whose first word counts `n` sides ("the two Governments").
fn counted_as(ents: &Entities, i: usize, n: usize) -> bool {
    ents.collectives.contains_key(&i)
        && ents.list[i]
            .name
            .split_whitespace()
            .next()
            .is_some_and(|w| counted(&w.to_lowercase()) == Some(n))
}

/// How many sides a collective's first word counts ("both", "two", "three", "four").
fn counted(word: &str) -> Option<usize> {
    match word {
        "both" | "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        _ => None,
    }
}

/// Where a subject whose last boundary before the verb at `v` is token `m` starts: after `m`, or, when `m`
/// is a comma inside a list of actors ("Norway, Iceland and Britain signed": an actor right before the
/// comma, and "and" between the comma and the verb), before the list's first actor, each item an actor
/// mention after a comma (issue 9, session 14, set 8).
fn list_start(text: &Text, ents: &Entities, s0: usize, m: usize, v: usize) -> usize {
    let toks = &text.tokens;
    let listed = |c: usize| {
        toks[c].text == ","
            && c > s0
            && ents
                .covering(toks[c - 1].start)
                .is_some_and(|(_, e, i)| e == toks[c - 1].end && side_of(ents, i).is_some())
    };
    if !listed(m) || !toks[m + 1..v].iter().any(|t| t.lower() == "and") {
        return toks[m].end;
    }
    let mut c = m;
    loop {
        // the first token of the actor before the comma `c`
        let Some((st, _, _)) = ents.covering(toks[c - 1].start) else {
            return toks[c].end;
        };
        let first = text.token_at_or_after(st);
        if first > s0 && listed(first - 1) {
            c = first - 1;
            continue;
        }
        // the list opens the clause: it starts at the sentence or after a boundary
        let opens = first == s0
            || matches!(
                toks[first - 1].text.as_str(),
                "–" | "—" | "-" | ";" | ":" | "," | "that"
            );
        return if opens {
            toks[first].start
        } else {
            toks[m].end
        };
    }
}

/// The actors a subject names by "the" and a common noun, in the characters `from..to` before the verb
/// at token `v` (issue 9, session 13): "the government" is the article's state ("The government and the
/// Y sign a ceasefire"), "the group" (`armed_group_anaphors.txt`) the article's only armed group, and a
/// noun an apposition gave a named actor ("the coalition" after "X, a coalition formed …") that actor.
fn common_noun_subjects(
    text: &Text,
    ents: &Entities,
    heads: &AppositiveHeads,
    from: usize,
    to: usize,
    v: usize,
) -> Vec<usize> {
    let toks = &text.tokens;
    let anaphors = &crate::words::words().armed_group_anaphors;
    let mut out = Vec::new();
    for m in text.token_at_or_after(from)..v {
        let Some(t) = toks.get(m + 1).filter(|t| {
            toks[m].lower() == "the"
                && t.start < to
                && t.kind == TokKind::Word
                && ents.covering(t.start).is_none()
        }) else {
            continue;
        };
        let noun = t.lower();
        // "the government of X" is X's, not the article's state (issue 9, session 14, set 6)
        let of_follows = toks.get(m + 2).is_some_and(|o| o.text == "of");
        if GOVERNMENT_WORDS.contains(noun) && !of_follows {
            // the dateline's state or the first named as a side by its government when no state
            // dominates (issue 9, session 18, party3)
            out.extend(super::signer_roles::government_state(text, ents, || {
                only_state(ents, text)
            }));
        } else if anaphors.contains(noun) {
            out.extend(only_armed_group(ents));
        } else if !t.is_capitalized() {
            out.extend(
                heads
                    .get(noun)
                    .copied()
                    .flatten()
                    .or_else(|| named_by_head(ents, &t.text)),
            );
        }
    }
    out
}

/// The one organisation or armed group of the article whose name opens with `noun` as its head ("the
/// council" for "the Council of Veterans for Justice in Aceh", "the movement" for "the Movement for
/// Unity in Sool and Sanaag"), when the name runs on past the head and no other actor's does
/// (issue 9, session 14, set 6).
fn named_by_head(ents: &Entities, noun: &str) -> Option<usize> {
    only_org_named(ents, noun, |name, head| {
        name.split_once(' ').is_some_and(|(first, _)| first == head)
    })
}

/// The one organisation or armed group of the article whose name of two words or more ends with `noun`
/// as its head ("the union" for the "Djibouti Dockers' Union"), when no other actor's does (issue 9,
/// session 18, set 48).
fn named_by_last_word(ents: &Entities, noun: &str) -> Option<usize> {
    only_org_named(ents, noun, |name, head| {
        name.rsplit_once(' ').is_some_and(|(_, last)| last == head)
    })
}

/// The one organisation or armed group of the article, mentioned, whose name `fits` the organisation head
/// `noun` (title-cased) stands for; `None` when `noun` is no organisation head or several actors fit.
fn only_org_named(ents: &Entities, noun: &str, fits: impl Fn(&str, &str) -> bool) -> Option<usize> {
    let head = crate::entities::title_word(noun);
    crate::lexicon::lexicon().org_head(&head)?;
    let found: Vec<usize> = (0..ents.list.len())
        .filter(|&i| {
            matches!(
                ents.list[i].kind,
                EntityType::Organization | EntityType::ArmedGroup
            ) && !ents.list[i].mentions.is_empty()
                && fits(&ents.list[i].name, &head)
        })
        .collect();
    match found.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// The article's only armed group, when it names it at least twice.
fn only_armed_group(ents: &Entities) -> Option<usize> {
    let mut armed = (0..ents.list.len()).filter(|&i| {
        ents.list[i].kind == EntityType::ArmedGroup && !ents.list[i].mentions.is_empty()
    });
    let g = armed.next()?;
    (armed.next().is_none() && ents.list[g].mentions.len() >= 2).then_some(g)
}

/// The nouns an article gives named actors in appositions ("the United Front, a coalition formed in
/// 2023 by …", "X, a clan militia that …"), each with the actor's party: the named actor right before ",
/// a/an/the [modifiers] NOUN", `None` when more than one actor is so described (issue 9, session 13).
/// One scan of the article, made once before its agreements are read.
pub(super) fn appositive_heads(text: &Text, ents: &Entities) -> AppositiveHeads {
    let toks = &text.tokens;
    let mut heads: AppositiveHeads = HashMap::new();
    for m in 1..toks.len().saturating_sub(2) {
        if toks[m].text != ","
            || !matches!(toks[m + 1].lower(), "a" | "an" | "the")
            || toks[m - 1].sentence != toks[m].sentence
        {
            continue;
        }
        let Some((_, e, i)) = ents.covering(toks[m - 1].start) else {
            continue;
        };
        if e != toks[m - 1].end || !ents.is_actor(i) || ents.list[i].kind == EntityType::Group {
            continue;
        }
        // the description's words up to a relative word, a participle, a preposition or punctuation
        let words = toks[m + 2..]
            .iter()
            .take(3)
            .take_while(|t| {
                t.kind == TokKind::Word
                    && !t.is_capitalized()
                    && !t.lower().ends_with("ed")
                    && !matches!(
                        t.lower(),
                        "that" | "which" | "who" | "of" | "in" | "for" | "from" | "with" | "and"
                    )
            })
            .count();
        // an apposition ends at a comma, a relative word or a participle ("X, a coalition formed
        // …"); "X, the government and Y" is a list
        let after = toks.get(m + 2 + words);
        let closes = after.is_some_and(|t| {
            t.text == ","
                || matches!(t.lower(), "that" | "which" | "who")
                || t.kind == TokKind::Word && t.lower().ends_with("ed")
        });
        if words == 0 || !closes {
            continue;
        }
        let party = ents.party_of(i);
        heads
            .entry(toks[m + 1 + words].lower().to_string())
            .and_modify(|h| {
                if *h != party {
                    *h = None;
                }
            })
            .or_insert(party);
    }
    heads
}

/// The agent of a participle after the phrase: "the accord signed by X and Y" (also in the passive,
/// "the agreement had already been signed in May by X", see `passive`); with `inserted`, of a participle
/// opening an insertion after a comma right after the phrase ("the plan, announced by X, …").
fn agents(p: &Phrase, text: &Text, ents: &Entities, inserted: bool) -> Vec<usize> {
    let toks = &text.tokens;
    let s1 = p.s1;
    if inserted && (p.b + 1 >= s1 || toks[p.b].text != ",") {
        return Vec::new();
    }
    let Some(by) =
        crate::passive::agent_by(text, p.b + usize::from(inserted), s1, &AGENT_PARTICIPLES)
    else {
        return Vec::new();
    };
    let end = agent_span_end(text, ents, by, s1);
    if end <= by + 1 {
        return Vec::new();
    }
    let mut agents: Vec<usize> = ents
        .within(toks[by + 1].start, toks[end - 1].end)
        .into_iter()
        .flat_map(|(_, _, i)| crate::collectives::parties_for(ents, text, i))
        .collect();
    // "by the government and …": the article's government; with one lowercase modifier, "by the
    // federal government and the TPLF" (a regional one: the article's regional government; issue 9,
    // session 18, set 48)
    let government = |m: usize| {
        m < end
            && GOVERNMENT_WORDS.contains(toks[m].lower())
            && ents.covering(toks[m].start).is_none()
    };
    let span = (by + 1..end)
        .filter(|&m| toks[m].lower() == "the")
        .find_map(|m| {
            if government(m + 1) {
                Some((m, m + 2))
            } else {
                (m + 2 < end
                    && toks[m + 1].kind == TokKind::Word
                    && !toks[m + 1].is_capitalized()
                    && government(m + 2))
                .then_some((m, m + 3))
            }
        });
    if let Some((from, to)) = span {
        agents.extend(side(text, ents, from, to));
    }
    agents.extend(super::signer_roles::government_signers(
        text,
        ents,
        by + 1,
        end,
        || only_state(ents, text),
    ));
    agents
}

/// The end (exclusive) of the agent phrase after the "by" at token `by`: up to twelve tokens, to the
/// first punctuation, auxiliary, relative word or preposition that opens another phrase.
fn agent_span_end(text: &Text, ents: &Entities, by: usize, s1: usize) -> usize {
    let toks = &text.tokens;
    let mut end = by + 1;
    while end < s1
        && end < by + 12
        && toks[end].kind != TokKind::Punct
        && !crate::words::words()
            .auxiliaries
            .contains(toks[end].lower())
        && !matches!(
            toks[end].lower(),
            "that"
                | "which"
                | "who"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "after"
                | "are"
                | "but"
                | "while"
                | "whereas"
        )
    {
        end += 1;
    }
    // a long name the window cuts ("… and National Democratic Front of the Philippines chief
    // negotiator X") is read to its end (issue 9, session 18, party3)
    if let Some((_, e, _)) = ents.covering(toks[end - 1].start)
        && e > toks[end - 1].end
    {
        end = text.token_at_or_after(e).min(s1);
    }
    end
}

/// The named actor a collective noun stands for when the article puts the two side by side: "the
/// opposition Unitary Platform" makes every "opposition" that actor. The named actor's mention must
/// start right after a mention of the group (one space between).
fn named_for_group(ents: &Entities, text: &Text, group: usize) -> Option<usize> {
    ents.list[group].mentions.iter().find_map(|&(_, e)| {
        let next = text.token_at_or_after(e);
        let t = text.tokens.get(next)?;
        // One space apart: a line break ends the phrase ("… civilians" / "Sergei Lavrov said" is no
        // "civilians Sergei Lavrov"), whether it is written LF, CRLF or CR.
        if t.start != e + 1 || matches!(text.chars.get(e), Some('\n' | '\r')) {
            return None;
        }
        ents.covering(t.start)
            .map(|(_, _, i)| i)
            .filter(|&i| i != group && ents.is_actor(i) && ents.list[i].kind != EntityType::Group)
    })
}

/// An institution party becomes the larger actor it acts for (`data/extract/org_parents.tsv`), when the
/// article names that actor; a state's own institution beside that state and another side is dropped.
pub(super) fn institutions_to_parents(g: &mut RawAgreement, ents: &Entities) {
    let parties: Vec<usize> = g.parties.iter().copied().collect();
    for p in parties {
        let Some(parent) = ORG_PARENTS.get(&ents.list[p].name) else {
            continue;
        };
        if let Some(q) = ents
            .list
            .iter()
            .position(|e| &e.name == parent || e.aliases.iter().any(|a| a == parent))
        {
            g.parties.remove(&p);
            g.parties.insert(q);
        }
    }
    // "Uzbekistan's parliament ratified the treaty" beside Kyrgyzstan and Uzbekistan: a state's own
    // institution (an organisation affiliated with a party state) is no side of its own when two sides
    // remain (issue 9, session 15, set 20)
    let within_state: Vec<usize> = g
        .parties
        .iter()
        .copied()
        .filter(|&p| {
            ents.list[p].kind == EntityType::Organization
                && ents.list[p].affiliation.is_some_and(|a| {
                    a != p && ents.list[a].kind == EntityType::State && g.parties.contains(&a)
                })
        })
        .collect();
    if g.parties.len() >= within_state.len() + 2 {
        for p in within_state {
            g.parties.remove(&p);
        }
    }
}

/// The parties of the article's main agreement, the first with two or more, after dropping a collective
/// counted as two from an agreement whose two sides are named ("The ceasefire, which the two sides
/// signed"); with none, the sides of the article's talks are given ([`talks_sides`]) and a collective
/// counted as two stands for the two dominant sides ([`counted_two_sides`]) (issue 9, session 14,
/// set 10).
fn main_parties(out: &mut [RawAgreement], ents: &Entities, text: &Text) -> Option<BTreeSet<usize>> {
    for g in out.iter_mut() {
        let named = g
            .parties
            .iter()
            .filter(|&&i| !counted_as(ents, i, 2))
            .count();
        if named >= 2 {
            g.parties.retain(|&i| !counted_as(ents, i, 2));
        } else if named == 1 && g.parties.len() == 2 {
            pair_with_named_side(g, ents, text);
        }
    }
    lead_to_dominant_pair(out, ents, text);
    if let Some(main) = out.iter().find(|g| g.parties.len() >= 2) {
        return Some(main.parties.clone());
    }
    talks_sides(out, ents, text);
    counted_two_sides(out, ents, text)
}

/// "A memorandum on search-and-rescue cooperation was initialled in Ankara on Tuesday. Athens and Ankara
/// both hailed it …": the article's lead agreement (its first, mentioned in the first three sentences)
/// with no side found, when no other agreement not dated by a year names two sides, is made by the two
/// states the article mentions most, when exactly two dominate ([`super::sides::dominant_pair`]); not a
/// proposal or plan (one side's) or a bare plural. A dated lead is included: "Japan and China failed to
/// agree … the commission, set up under a 1997 fisheries agreement" (issue 9, session 17, set 38).
fn lead_to_dominant_pair(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    // another current agreement that names two sides is the article's main one
    if out.iter().any(|g| g.parties.len() >= 2 && !dated(g, text)) {
        return;
    }
    let Some(g) = out.first() else {
        return;
    };
    let lead = g.mentions.first().is_some_and(|&(ms, _)| {
        let k = text.token_at_or_after(ms);
        k < text.tokens.len() && text.tokens[k].sentence < 3
    });
    // the article's only agreement, in an article that names no side but two states, is theirs
    // wherever it is first mentioned ("… under the Indus Waters Treaty" in an article about the two
    // states' commission; issue 9, session 18, party3)
    let only = out.len() == 1
        && ents
            .list
            .iter()
            .filter(|e| matches!(e.kind, EntityType::State | EntityType::ArmedGroup))
            .count()
            == 2;
    if !(lead || only)
        || !g.parties.is_empty()
        || matches!(g.kind, AgreementKind::Proposal | AgreementKind::Plan)
        || first_mention(g, text).is_none_or(|m| bare_plural(&m))
    {
        return;
    }
    // two states: a civil conflict's government and armed group share agreements with others
    if let Some(pair) = super::sides::dominant_pair(ents)
        && pair.iter().all(|&i| ents.list[i].kind == EntityType::State)
    {
        out[0].parties = BTreeSet::from(pair);
    }
}

/// "The MILF accused the government of falling behind on … the Comprehensive Agreement, which the two
/// sides signed in 2014": an agreement whose parties are one named side and a collective counted as two
/// is made by the two sides the article mentions most ([`super::sides::dominant_pair`]), when that side
/// is one of them (issue 9, session 17, set 38).
fn pair_with_named_side(g: &mut RawAgreement, ents: &Entities, text: &Text) {
    let Some(pair) = super::sides::counted_pair(ents, text) else {
        return;
    };
    if g.parties.iter().any(|&i| pair.contains(&i)) {
        g.parties = BTreeSet::from(pair);
    }
}

/// "On 12 March the two Governments signed a joint declaration" when no agreement names two parties:
/// a party that is a collective counted as two (or signers that are one, `RawAgreement::pair_subject`) ("the two Governments", "both sides") stands for the two
/// sides the article mentions most, when exactly two dominate ([`super::sides::dominant_pair`]); `None`
/// when no agreement has such a party or no two sides dominate (issue 9, session 14, set 10).
fn counted_two_sides(
    out: &[RawAgreement],
    ents: &Entities,
    text: &Text,
) -> Option<BTreeSet<usize>> {
    if !out
        .iter()
        .any(|g| g.pair_subject || g.parties.iter().any(|&i| counted_as(ents, i, 2)))
    {
        return None;
    }
    super::sides::counted_pair(ents, text).map(BTreeSet::from)
}

/// The sides of the article's talks when no agreement names two parties: "Y held talks with X"
/// (`negotiation_nouns.txt`: talks, negotiations, …), Y the nearest actor before the noun in its
/// sentence, X the actor after "with" ("Somalia's federal government has held secret talks with the Jubba
/// Valley Defence Forces"). An agreement whose parties were not found takes them, unless it is a
/// proposal, a bare plural, or dated by a year beside its mention (history, whose sides may be others)
/// (issue 9, session 13).
fn talks_sides(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    let Some((x, y)) = talks_pair(text, ents, 1, text.tokens.len()) else {
        return;
    };
    for g in out.iter_mut() {
        if !g.parties.is_empty() || g.kind == AgreementKind::Proposal || dated(g, text) {
            continue;
        }
        let Some(mention) = first_mention(g, text) else {
            continue;
        };
        if bare_plural(&mention) {
            continue;
        }
        g.parties = [x, y].into_iter().collect();
    }
}

/// The two sides of the first "Y … talks with X" whose noun (`negotiation_nouns.txt`) is among the tokens
/// `from..to`: X named after "with", Y the nearest other side before the noun in its sentence; or of the
/// first "talks between X and Y" that names two sides ("Kuwait has hosted three rounds of talks between
/// Bahrain and Qatar": the host is no side; issue 9, session 18, set 48).
fn talks_pair(text: &Text, ents: &Entities, from: usize, to: usize) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let nouns = &crate::words::words().negotiation_nouns;
    for n in from.max(1)..to.min(toks.len().saturating_sub(1)) {
        if toks[n + 1].sentence != toks[n].sentence || !nouns.contains(toks[n].lower()) {
            continue;
        }
        let seg = text.sentences[toks[n].sentence];
        if toks[n + 1].lower() == "between" {
            let rest = Segment {
                start: toks[n + 1].start,
                end: seg.end,
                tok_start: n + 1,
                tok_end: seg.tok_end,
            };
            match between_sides(text, ents, rest) {
                Some(pair) => return Some(pair),
                None => continue,
            }
        }
        if !toks[n + 1].text.eq_ignore_ascii_case("with") {
            continue;
        }
        let x = side_after_with(text, ents, n + 1, seg.tok_end)?;
        let y = ents
            .within(seg.start, toks[n].start)
            .into_iter()
            .rev()
            .map(|(_, _, i)| i)
            .filter_map(|i| side_of(ents, i))
            .find(|&i| i != x)?;
        return Some((x, y));
    }
    None
}

/// The actor the "with" at token `w` introduces: named in the tokens after it, up to punctuation, a word
/// that ends the side ([`STOP_AFTER_SIDE`]), eight tokens or token `limit`.
fn side_after_with(text: &Text, ents: &Entities, w: usize, limit: usize) -> Option<usize> {
    let toks = &text.tokens;
    // "signed a deal with the help of the AU": a mediator, no side (issue 9, session 16)
    if super::mediators::opens_mediation_phrase(text, w) {
        return None;
    }
    let mut end = w + 1;
    while end < limit
        && end < w + 8
        && toks[end].kind != TokKind::Punct
        && !(end > w + 1 && STOP_AFTER_SIDE.contains(&toks[end].lower()))
    {
        end += 1;
    }
    side(text, ents, w + 1, end)
}

/// The text of the agreement's first mention.
fn first_mention(g: &RawAgreement, text: &Text) -> Option<String> {
    let &(ms, me) = g.mentions.first()?;
    Some(text.slice(ms, me))
}

/// Whether a mention is a plural with no determiner or anaphoric word before it ("accords", not "the
/// accords" or "these accords"): agreements in general, not one.
fn bare_plural(mention: &str) -> bool {
    let first = mention
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let head = mention.split_whitespace().last().unwrap_or("");
    !DETS.contains(&first) && !ANAPHORIC.contains(&first) && head.ends_with('s')
}

/// How many tokens after its relative word a relative clause is read for a year (see [`dated`]).
const RELATIVE_REACH: usize = 14;

/// Whether a mention of the agreement is dated by a year inside it or in the eight tokens after it ("a
/// 2019 truce", "a deal signed in Kismayo in 2023"), or in a relative clause opening right after it or
/// its extension, up to its first punctuation and [`RELATIVE_REACH`] tokens ("a protocol … that Greece, Turkey and Bulgaria
/// signed in 2023"; issue 9, session 17, party2).
fn dated(g: &RawAgreement, text: &Text) -> bool {
    let toks = &text.tokens;
    g.mentions.iter().any(|&(ms, me)| {
        let (a, b) = (text.token_at_or_after(ms), text.token_at_or_after(me));
        let end = text.sentences[toks[a.min(toks.len() - 1)].sentence].tok_end;
        let mut reach = b + 8;
        // the relative word right after the mention or its extension ("on flood warnings for the
        // Evros river")
        let rel = (b..end.min(b + 8))
            .take_while(|&k| toks[k].kind != TokKind::Punct)
            .find(|&k| matches!(toks[k].lower(), "that" | "which"));
        if let Some(r) = rel {
            // a comma inside a list of sides ("Greece, Turkey and Bulgaria") does not close it
            reach = reach.max(
                (r + 1..end.min(r + RELATIVE_REACH))
                    .find(|&k| {
                        toks[k].kind == TokKind::Punct
                            && !(toks[k].text == ","
                                && toks[k + 1..end].iter().take(4).any(|t| t.lower() == "and"))
                    })
                    .unwrap_or(end.min(r + RELATIVE_REACH)),
            );
        }
        toks[a..reach.min(end).max(a)].iter().any(|t| {
            t.kind == TokKind::Number
                && t.text.len() == 4
                && t.text
                    .parse::<u32>()
                    .is_ok_and(|y| (1900..2100).contains(&y))
        })
    })
}

/// A party named by a one-word short form of another actor the article names in full ("the Front" for
/// "the Casamance Front for Dignity", "the Council" for "the Transitional Presidential Council") is that
/// actor, when exactly one actor of the same type carries the word in its name (issue 9, session 13).
/// A state's one-word name is its own, no short form ("Sudan" beside "South Sudan", "Guinea" beside
/// "Equatorial Guinea") (issue 9, session 17, set 38).
pub(super) fn short_forms_to_full(g: &mut RawAgreement, ents: &Entities) {
    let parties: Vec<usize> = g.parties.iter().copied().collect();
    for p in parties {
        let e = &ents.list[p];
        if e.name.contains(' ') || e.kind == EntityType::State {
            continue;
        }
        let full: Vec<usize> = (0..ents.list.len())
            .filter(|&i| i != p && ents.list[i].kind == e.kind)
            .filter(|&i| ents.list[i].name.split_whitespace().any(|w| w == e.name))
            .collect();
        if let [q] = full.as_slice() {
            g.parties.remove(&p);
            g.parties.insert(*q);
        }
    }
}

/// The state "the government" refers to: the article's only state, or the one it mentions far more
/// than any other (`possessors::main_state`).
///
/// Failing that, the only state that the article names other than as a place after a locative
/// preposition ("signed in Uganda" names a venue, not an actor) (issue 9, session 13).
fn only_state(ents: &Entities, text: &Text) -> Option<usize> {
    crate::possessors::main_state(ents).or_else(|| {
        let preps = &crate::words::words().locative_prepositions;
        let acting: Vec<usize> = (0..ents.list.len())
            .filter(|&i| ents.list[i].kind == EntityType::State)
            .filter(|&i| {
                ents.list[i].mentions.iter().any(|&(s, _)| {
                    let k = text.token_at_or_after(s);
                    k == 0 || !preps.contains(text.tokens[k - 1].lower())
                })
            })
            .collect();
        match acting.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    })
}

/// The actor a span of tokens names: an actor entity mentioned in it (a person's affiliation), or
/// "the government" for the article's only state.
fn side(text: &Text, ents: &Entities, from: usize, to: usize) -> Option<usize> {
    let toks = &text.tokens;
    if from >= to {
        return None;
    }
    if let Some(i) = ents
        .within(toks[from].start, toks[to - 1].end)
        .into_iter()
        .map(|(_, _, i)| i)
        .find(|&i| ents.is_actor(i) || ents.collectives.get(&i) == Some(&false))
    {
        return ents.party_of(i).map(|i| state_of_institution(ents, i));
    }
    // "between her union and the Ouanaminthe Vendors' Association": a determiner or possessive and
    // an organisation head name the one actor whose name ends or opens with it (issue 9, session 18,
    // set 48)
    if to == from + 2
        && matches!(toks[from].lower(), "the" | "her" | "his" | "its" | "their")
        && toks[from + 1].kind == TokKind::Word
        && !toks[from + 1].is_capitalized()
        && !GOVERNMENT_WORDS.contains(toks[from + 1].lower())
        && let Some(i) = named_by_head(ents, &toks[from + 1].text)
            .or_else(|| named_by_last_word(ents, &toks[from + 1].text))
    {
        return Some(i);
    }
    // "the government", and with one lowercase modifier, "the national government", "the
    // federal authorities"
    let words: Vec<String> = toks[from..to]
        .iter()
        .map(|t| t.lower().to_string())
        .collect();
    let modifier_ok = words.len() == 2
        || words.len() == 3
            && toks[from + 1].kind == TokKind::Word
            && !toks[from + 1].is_capitalized();
    if modifier_ok
        && words[0] == "the"
        && words.last().is_some_and(|w| GOVERNMENT_WORDS.contains(w))
    {
        if words.len() == 3 && REGIONAL_MODIFIERS.contains(&words[1]) {
            return only_regional_government(ents);
        }
        // the dateline's state or the first one named as a government when no state dominates
        // (issue 9, session 18, party3)
        return super::signer_roles::government_state(text, ents, || only_state(ents, text));
    }
    // "an armed splinter group, the Front for …": an apposition names the side (one that opens with a
    // determiner or a name: ", according to U.S. officials" is none; issue 9, session 15, set 14)
    if to + 1 < toks.len()
        && toks[to].text == ","
        && (DETS.contains(toks[to + 1].lower()) || toks[to + 1].is_capitalized())
    {
        let end = (to + 1..toks.len().min(to + 12))
            .find(|&k| toks[k].kind == TokKind::Punct && toks[k].text != "-")
            .unwrap_or(toks.len().min(to + 12));
        if to + 1 < end
            && let Some((_, _, i)) = ents
                .within(toks[to + 1].start, toks[end - 1].end)
                .into_iter()
                .find(|(_, _, i)| ents.is_actor(*i))
        {
            return ents.party_of(i);
        }
    }
    None
}

/// "The Batken administration and the Fergana administration agreed a ceasefire": an indefinite
/// mention starting at character `ms` right after a party verb whose subject (from the sentence start)
/// coordinates two phrases with "and", none of them a side of the article's main agreement (`sides`) or
/// a collective ("the two countries"), is made by sides of its own, even unknown ones (issue 9, session
/// 15, set 20).
fn own_subject_sides(text: &Text, ents: &Entities, sides: &BTreeSet<usize>, ms: usize) -> bool {
    let toks = &text.tokens;
    let mt = text.token_at_or_after(ms);
    if mt < 3 || mt >= toks.len() || !matches!(toks[mt].lower(), "a" | "an") {
        return false;
    }
    let s0 = text.sentences[toks[mt].sentence].tok_start;
    let verb = mt - 1;
    if verb <= s0 + 2 || !PARTY_VERBS.contains(toks[verb].lower()) {
        return false;
    }
    if !toks[s0..verb].iter().any(|t| t.lower() == "and") {
        return false;
    }
    ents.within(toks[s0].start, toks[verb - 1].end)
        .into_iter()
        .all(|(_, _, i)| {
            !ents.collectives.contains_key(&i)
                && !sides.contains(&i)
                && ents.party_of(i).is_none_or(|p| !sides.contains(&p))
        })
}

/// Whether the phrase whose head ends at character `me` names two sides of its own, not both known.
fn own_sides_before(text: &Text, ents: &Entities, me: usize) -> bool {
    let k = text.token_at_or_after(me);
    k > 0 && super::find::own_unnamed_sides_after(text, ents, k - 1)
}

/// The article's one regional government ("the provincial government" when it names the "Government of
/// Aceh"): the only organisation whose name holds a head of `regional_government_heads.txt` (issue 9,
/// session 14, set 6).
fn only_regional_government(ents: &Entities) -> Option<usize> {
    match crate::entities::regional_governments(ents).as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// Parties an agreement's sentences give when its own phrase gave fewer than two: "between X and Y"
/// anywhere in a mention's sentence ("the signing of the document between the MILF and the government"),
/// or, for a definite mention ("the deal"), two actors coordinated in its sentence ("allow the UK and EU
/// to …").
pub(super) fn from_sentences(g: &mut RawAgreement, ents: &Entities, text: &Text) {
    if g.parties.len() >= 2 || g.kind == AgreementKind::Proposal {
        return;
    }
    let toks = &text.tokens;
    for &(ms, me) in &g.mentions.clone() {
        let mt = text.token_at_or_after(ms);
        if mt >= toks.len() {
            continue;
        }
        let seg = text.sentences[toks[mt].sentence];
        if let Some(list) = between_list(text, ents, seg) {
            g.parties = list.into_iter().collect();
            return;
        }
        if let Some((x, y)) = between_sides(text, ents, seg) {
            g.parties = [x, y].into_iter().collect();
            return;
        }
        // a definite mention: two actors coordinated in its sentence, outside the mention
        let first = text
            .slice(ms, me)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !(first == "the" || ANAPHORIC.contains(&first)) {
            continue;
        }
        let me_t = text.token_at_or_after(me);
        if let Some((i1, i2)) = coordinated_actors(text, ents, seg, mt, me_t) {
            g.parties.insert(i1);
            g.parties.insert(i2);
            return;
        }
    }
}

/// The three or more sides of the first "between X, Y and Z" of a sentence ("A separate memorandum
/// between Sudan, South Sudan and UNISFA"): each item before the last a side's name alone (up to five
/// tokens, "the" may open it), the items joined by commas and the last by "and"; `None` for two sides
/// or an item that names none (issue 9, session 17, set 38).
fn between_list(text: &Text, ents: &Entities, seg: Segment) -> Option<Vec<usize>> {
    let toks = &text.tokens;
    let b = (seg.tok_start..seg.tok_end).find(|&m| toks[m].lower() == "between")?;
    let mut sides: Vec<usize> = Vec::new();
    let mut from = b + 1;
    loop {
        let end = (from..seg.tok_end.min(from + 6))
            .find(|&m| toks[m].text == "," || toks[m].lower() == "and")?;
        let x = ents
            .within(toks[from].start, toks[end.checked_sub(1)?].end)
            .into_iter()
            .find(|&(st, e, i)| {
                (st == toks[from].start
                    || toks[from].lower() == "the" && from + 1 < end && st == toks[from + 1].start)
                    && e == toks[end - 1].end
                    && ents.is_actor(i)
            })
            .and_then(|(_, _, i)| side_of(ents, i))?;
        if sides.contains(&x) {
            return None;
        }
        sides.push(x);
        // "X, Y, and Z": the serial comma before "and"
        let next = end
            + usize::from(
                toks[end].text == "," && toks.get(end + 1).is_some_and(|t| t.lower() == "and"),
            );
        if toks[next].lower() == "and" {
            let last = side(text, ents, next + 1, seg.tok_end.min(next + 6))?;
            if sides.contains(&last) || sides.len() < 2 {
                return None;
            }
            sides.push(last);
            return Some(sides);
        }
        from = end + 1;
        if from >= seg.tok_end {
            return None;
        }
    }
}

/// The two different sides of the first "between X and Y" of a sentence that names both.
fn between_sides(text: &Text, ents: &Entities, seg: Segment) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    // punctuation inside a name ("the Ouanaminthe Vendors' Association") does not end a side (issue
    // 9, session 18, set 48)
    let stop = |k: usize| {
        toks[k].kind == TokKind::Punct
            && toks[k].text != "-"
            && ents.covering(toks[k].start).is_none()
    };
    for b in seg.tok_start..seg.tok_end {
        if toks[b].lower() != "between" {
            continue;
        }
        // the two sides end at punctuation or at a preposition or relative word ("… and the
        // government in Manila on Thursday")
        let preps = &crate::words::words().locative_prepositions;
        let mut end = b + 1;
        while end < seg.tok_end
            && end < b + 14
            && !stop(end)
            && !(end > b + 1
                && (preps.contains(toks[end].lower())
                    || matches!(
                        toks[end].lower(),
                        "on" | "to" | "for" | "with" | "over" | "after" | "that" | "which" | "who"
                    )))
        {
            end += 1;
        }
        let Some(and) = (b + 1..end).find(|&k| toks[k].lower() == "and") else {
            continue;
        };
        if let (Some(x), Some(y)) = (side(text, ents, b + 1, and), side(text, ents, and + 1, end))
            && x != y
        {
            return Some((x, y));
        }
    }
    None
}

/// Two different states, organisations or armed groups coordinated in a sentence ("the UK and EU", "X
/// and the Y"), outside the mention at tokens `mt..me_t`.
///
/// Onlookers are no sides (issue 9, session 14, set 6): nothing when a verb of reacting
/// (`reaction_verbs.txt`) stands right before the mention ("Ethiopia, Djibouti and Kenya welcomed the
/// truce"), and a pair that closes a longer list ("the United States, Japan and Australia") is skipped.
fn coordinated_actors(
    text: &Text,
    ents: &Entities,
    seg: Segment,
    mt: usize,
    me_t: usize,
) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    if mt > seg.tok_start && REACTION_VERBS.contains(toks[mt - 1].lower()) {
        return None;
    }
    let in_sentence = ents.within(toks[seg.tok_start].start, toks[seg.tok_end - 1].end);
    for (n, w) in in_sentence.windows(2).enumerate() {
        if n > 0 && listed_after_comma(text, in_sentence[n - 1], w[0]) {
            continue;
        }
        let ((s1, e1, i1), (s2, _, i2)) = (w[0], w[1]);
        let (a, b) = (text.token_at_or_after(e1), text.token_at_or_after(s2));
        let joined = toks.get(a).is_some_and(|t| t.lower() == "and")
            && (b == a + 1 || (b == a + 2 && toks[a + 1].lower() == "the"));
        let outside = text.token_at_or_after(s1) >= me_t || b < mt;
        // "the ceasefire, brokered by Qatar and the United States, …": mediators, no sides (issue 9,
        // session 15)
        if super::mediators::agent_of_mediation(text, text.token_at_or_after(s1)) {
            continue;
        }
        // "joint operations against JNIM and the ISSP": targets, no sides (issue 9, session 18, set 48)
        if after_target_preposition(text, text.token_at_or_after(s1)) {
            continue;
        }
        let kinds = [i1, i2].iter().all(|&i| {
            matches!(
                ents.list[i].kind,
                EntityType::State | EntityType::Organization | EntityType::ArmedGroup
            )
        });
        if joined && outside && kinds && i1 != i2 {
            return Some((i1, i2));
        }
    }
    None
}

/// Whether the mention starting at token `m` follows a preposition of `target_prepositions.txt`
/// ("against", "the" may stand between).
fn after_target_preposition(text: &Text, m: usize) -> bool {
    let toks = &text.tokens;
    let p = if m >= 1 && toks[m - 1].lower() == "the" {
        m - 1
    } else {
        m
    };
    p >= 1
        && crate::words::words()
            .target_prepositions
            .contains(toks[p - 1].lower())
}

/// Whether the mention `next` follows the mention `prev` with only a comma between ("the United States,
/// Japan"): one item of a list.
fn listed_after_comma(
    text: &Text,
    prev: (usize, usize, usize),
    next: (usize, usize, usize),
) -> bool {
    let toks = &text.tokens;
    let (a, b) = (
        text.token_at_or_after(prev.1),
        text.token_at_or_after(next.0),
    );
    b == a + 1 && toks[a].text == ","
}

/// Parties from the article's main agreement. News about one process names the sides once, at its main
/// agreement, and then speaks of "the implementation annex" or "the deal": an agreement whose parties were
/// not found (or only one side of them) takes the sides of the first agreement the article gives two or
/// more parties to, its states and armed groups when there are two of them (a mediating organisation is
/// not a side of every text). Proposals (one side's offers) and bare plurals ("previous ceasefires",
/// generic) are left as they are, as is an agreement whose party is not one of those sides.
pub(super) fn article_parties(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    let toks = &text.tokens;
    let Some(main_parties) = main_parties(out, ents, text) else {
        return;
    };
    let sides: BTreeSet<usize> = main_parties
        .iter()
        .copied()
        .filter(|&i| {
            matches!(
                ents.list[i].kind,
                EntityType::State | EntityType::ArmedGroup
            )
        })
        .collect();
    let sides = if sides.len() >= 2 {
        sides
    } else {
        main_parties.clone()
    };
    counted_to_sides(out, ents, &sides);
    if sides.len() != 2 {
        pair_from_context(out, ents, text);
    }
    for g in out.iter_mut() {
        // a plan with its proposer named is that side's (issue 9, session 14, set 6)
        if g.kind == AgreementKind::Proposal
            || (g.kind == AgreementKind::Plan && !g.parties.is_empty())
            || g.parties.len() >= sides.len()
            // two sides of its own ("a memorandum between Addis Ababa and Khartoum") are complete,
            // whatever the main agreement's third side (issue 9, session 14, set 8)
            || g.parties.len() >= 2
            || !g.parties.is_subset(&sides)
        {
            continue;
        }
        let Some(mention) = first_mention(g, text) else {
            continue;
        };
        let bare_plural = bare_plural(&mention);
        // "a unilateral ceasefire" is one side's act (issue 9, session 13)
        let one_sided = mention.split_whitespace().any(|w| {
            crate::words::words()
                .one_sided_modifiers
                .contains(&w.to_lowercase())
        });
        // "an understanding that the EU brokered between the central government and the entity":
        // sides of its own, even unknown, are not the main agreement's (issue 9, session 15, set 14)
        let own_sides = g.mentions.first().is_some_and(|m| {
            own_sides_before(text, ents, m.1) || own_subject_sides(text, ents, &sides, m.0)
        });
        if bare_plural || one_sided || own_sides {
            continue;
        }
        // "Colombia suspended its talks with the ELN in January, ending a ceasefire": the sides of
        // talks in the mention's own sentence come before the article's (issue 9, session 17, party2)
        if let Some((x, y)) = g.mentions.first().and_then(|&(ms, _)| {
            let seg = text.sentences[toks[text.token_at_or_after(ms)].sentence];
            talks_pair(text, ents, seg.tok_start, seg.tok_end)
        }) && g.parties.iter().all(|p| [x, y].contains(p))
        {
            g.parties = BTreeSet::from([x, y]);
            continue;
        }
        g.parties = sides.clone();
    }
}

/// "concluded by the two countries", "both sides agreed": a collective counted as two is the two
/// `sides` of the article's main agreement (issue 9, session 12); "the three countries" the three sides
/// of a three-sided one (session 14, set 8); signers counted as two ("The two sides signed a standstill
/// understanding", `RawAgreement::pair_subject`) are its two sides (session 16, agr4).
fn counted_to_sides(out: &mut [RawAgreement], ents: &Entities, sides: &BTreeSet<usize>) {
    if (2..=4).contains(&sides.len()) {
        for g in out.iter_mut() {
            let pair: Vec<usize> = g
                .parties
                .iter()
                .copied()
                .filter(|&i| {
                    ents.collectives.contains_key(&i)
                        && ents.list[i]
                            .name
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| counted(&w.to_lowercase()) == Some(sides.len()))
                })
                .collect();
            if !pair.is_empty() {
                for i in pair {
                    g.parties.remove(&i);
                }
                g.parties.extend(sides.iter().copied());
            } else if g.pair_subject && sides.len() == 2 && g.parties.is_subset(sides) {
                // "The two sides signed a standstill understanding" (issue 9, session 16, agr4)
                g.parties.extend(sides.iter().copied());
            }
        }
    }
}

/// "Oslo says Moscow has broken a separate protocol … in violation of the protocol, which the two
/// countries signed in 2019", in an article whose main agreement has three sides: a collective counted
/// as two among an agreement's parties is the last two different states or armed groups named before it,
/// in its sentence and the one before; left as it is unless two are found (issue 9, session 17, party2).
fn pair_from_context(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    let toks = &text.tokens;
    for g in out.iter_mut() {
        let Some(c) = g.parties.iter().copied().find(|&i| counted_as(ents, i, 2)) else {
            continue;
        };
        // the collective's mention in the sentence of one of the agreement's mentions
        let at = g.mentions.iter().find_map(|&(ms, _)| {
            let sent = toks[text.token_at_or_after(ms).min(toks.len() - 1)].sentence;
            let seg = text.sentences[sent];
            let from = text.sentences[sent.saturating_sub(1)].start;
            ents.within(seg.start, seg.end)
                .into_iter()
                .find(|&(_, _, i)| i == c)
                .map(|(cs, _, _)| (from, cs))
        });
        let Some((from, cs)) = at else {
            continue;
        };
        // states and armed groups only, an institution or a state force for its state ("Norway's
        // coast guard", "Peru's navy")
        let mut pair: Vec<usize> = Vec::new();
        for (_, _, i) in ents.within(from, cs).into_iter().rev() {
            let Some(side) = side_of(ents, i).map(|s| {
                ents.list[s]
                    .affiliation
                    .filter(|&a| a != s && ents.list[a].kind == EntityType::State)
                    .unwrap_or(s)
            }) else {
                continue;
            };
            if matches!(
                ents.list[side].kind,
                EntityType::State | EntityType::ArmedGroup
            ) && !pair.contains(&side)
            {
                pair.push(side);
            }
            if pair.len() == 2 {
                break;
            }
        }
        if pair.len() == 2 {
            g.parties.remove(&c);
            g.parties.extend(pair);
        }
    }
}

/// "Colombo has proposed a three-year plan to phase out trawlers from Indian ports", "The front, which
/// has been split since last year, has proposed a plan to demobilise": an agreement still only proposed
/// whose first mention is the object of a proposing verb (`proposing_verbs.txt`) is its proposer's
/// alone, the one side named as the verb's subject (a relative clause between skipped); actors named in
/// the plan's purpose, and the sides of the article's main agreement, are not parties. Nothing when the
/// phrase names sides of its own ("a truce between X and Y") or the subject names two sides (issue 9,
/// session 15, set 14).
pub(super) fn proposer_only(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    let toks = &text.tokens;
    for g in out.iter_mut() {
        // a withdrawn draft keeps its proposer ("a draft protocol that X proposed in January was
        // withdrawn"; only through the relative clause, see [`relative_proposer`])
        if !matches!(
            g.status,
            AgreementStatus::Proposed | AgreementStatus::Withdrawn
        ) {
            continue;
        }
        let Some(&(ms, _)) = g.mentions.iter().min() else {
            continue;
        };
        let mt = text.token_at_or_after(ms);
        let seg = text.sentences[toks[mt].sentence];
        let Some(v) = proposing_verb_before(text, seg, mt) else {
            if let Some(x) = relative_proposer(text, ents, seg, g.mentions.iter().min()) {
                g.parties = BTreeSet::from([x]);
            }
            continue;
        };
        // the phrase's own sides, up to the clause's end
        let own_sides = toks[mt..seg.tok_end]
            .iter()
            .take_while(|t| t.kind != TokKind::Punct)
            .any(|t| matches!(t.lower(), "between" | "with"));
        if own_sides || g.status != AgreementStatus::Proposed {
            continue;
        }
        if let Some(x) = proposing_subject(text, ents, seg, v) {
            g.parties = BTreeSet::from([x]);
        }
    }
}

/// "a draft migration protocol that Valdoria proposed in January", "a plan it put forward in March": the
/// proposer of a relative clause right after the first mention `m` (characters), its relative word
/// ("that", "which") or none, whose verb is a proposing one (`proposing_verbs.txt`, one or two words,
/// within five tokens and no punctuation; auxiliaries and adverbs before it left out): the pronoun "it"
/// or "they" for the nearest side named before it in the sentence, or a subject of at most four tokens
/// that is one side's name alone (groups left out). `None` otherwise (issue 9, session 17, party2).
fn relative_proposer(
    text: &Text,
    ents: &Entities,
    seg: Segment,
    m: Option<&(usize, usize)>,
) -> Option<usize> {
    let toks = &text.tokens;
    let w = crate::words::words();
    let mut s = text.token_at_or_after(m?.1);
    if s < seg.tok_end && matches!(toks[s].lower(), "that" | "which") {
        s += 1;
    } else if let Some(w) = comma_which_after_extension(text, seg, s) {
        s = w + 1;
    }
    let limit = seg.tok_end.min(s + 6);
    let v = (s + 1..limit)
        .take_while(|&k| toks[k].kind != TokKind::Punct)
        .find(|&k| {
            w.proposing_verbs.contains(toks[k].lower())
                || (k + 1 < seg.tok_end
                    && w.proposing_verbs.contains(&format!(
                        "{} {}",
                        toks[k].lower(),
                        toks[k + 1].lower()
                    )))
        })?;
    let mut end = v;
    while end > s
        && (w.auxiliaries.contains(toks[end - 1].lower())
            || w.verb_adverbs.contains(toks[end - 1].lower()))
    {
        end -= 1;
    }
    if end <= s || end - s > 4 {
        return None;
    }
    if let Some(x) = pronoun_subject(text, ents, toks[s].start, toks[end - 1].end) {
        return Some(x);
    }
    // "which the government tabled": the article's government (issue 9, session 18, party3)
    if end == s + 2 && toks[s].lower() == "the" && GOVERNMENT_WORDS.contains(toks[s + 1].lower()) {
        return super::signer_roles::government_state(text, ents, || only_state(ents, text));
    }
    // the subject is one actor's name and nothing else ("the" may open it): "a rail agreement with
    // Djibouti and would propose one" names no proposer
    let from = if toks[s].lower() == "the" { s + 1 } else { s };
    match ents.within(toks[s].start, toks[end - 1].end).as_slice() {
        &[(a, b, i)]
            if from < end
                && a == toks[from].start
                && b == toks[end - 1].end
                && ents.is_actor(i)
                && ents.list[i].kind != EntityType::Group =>
        {
            ents.party_of(i).map(|p| state_of_institution(ents, p))
        }
        _ => None,
    }
}

/// How many words the phrase's extension ("a plan to canton the front's fighters in three camps") may
/// take before the comma of a relative clause.
const EXTENSION_WORDS: usize = 10;

/// "a plan to canton the front's fighters in three camps, which the government tabled …": the token of
/// "which" after the words of the phrase's extension (from token `s`, at most [`EXTENSION_WORDS`], no
/// punctuation) and a comma (issue 9, session 18, party3).
fn comma_which_after_extension(text: &Text, seg: Segment, s: usize) -> Option<usize> {
    let toks = &text.tokens;
    let limit = seg.tok_end.min(s + EXTENSION_WORDS + 1);
    let comma = (s..limit)
        .find(|&k| toks[k].kind != TokKind::Word && toks[k].kind != TokKind::Number)
        .filter(|&k| k > s && toks[k].text == ",")?;
    (comma + 1 < seg.tok_end && toks[comma + 1].lower() == "which").then_some(comma + 1)
}

/// The proposing verb (`proposing_verbs.txt`) right before the mention at token `mt`, or before a date
/// between them ("Kravets proposed on Monday a convoy plan"; issue 9, session 16, set 34).
fn proposing_verb_before(text: &Text, seg: Segment, mt: usize) -> Option<usize> {
    let proposing = &crate::words::words().proposing_verbs;
    let toks = &text.tokens;
    if mt > seg.tok_start + 1 && proposing.contains(toks[mt - 1].lower()) {
        return Some(mt - 1);
    }
    // "has put forward a plan": a two-word proposing verb (issue 9, session 17, set 38)
    if mt > seg.tok_start + 2
        && proposing.contains(&format!(
            "{} {}",
            toks[mt - 2].lower(),
            toks[mt - 1].lower()
        ))
    {
        return Some(mt - 2);
    }
    let v = mt.checked_sub(3).filter(|&v| v > seg.tok_start)?;
    (proposing.contains(toks[v].lower())
        && super::find::opens_date(text, v + 1)
        && toks[v + 1..mt].iter().all(|t| t.kind == TokKind::Word))
    .then_some(v)
}

/// The one side named as the subject of the verb at token `v` in the sentence `seg`: the actors of the
/// stretch before it back to the clause's start (a comma, colon, semicolon or "that"), skipping
/// auxiliaries and a relative clause (", which has been split …,"); `None` unless they name exactly one
/// side (groups left out).
fn proposing_subject(text: &Text, ents: &Entities, seg: Segment, v: usize) -> Option<usize> {
    let toks = &text.tokens;
    let w = crate::words::words();
    let mut end = v;
    // auxiliaries, and an adverb between one and the verb ("has instead put forward"; issue 9,
    // session 17, set 38)
    while end > seg.tok_start
        && (w.auxiliaries.contains(toks[end - 1].lower())
            || (end > seg.tok_start + 1
                && w.verb_adverbs.contains(toks[end - 1].lower())
                && w.auxiliaries.contains(toks[end - 2].lower())))
    {
        end -= 1;
    }
    if end > seg.tok_start && toks[end - 1].text == "," {
        let open = (seg.tok_start..end - 1)
            .rev()
            .find(|&i| toks[i].text == ",")?;
        // "Ukraine's infrastructure minister, Oleh Kravets, proposed": a person's name set off by commas
        // after a role is skipped like a relative clause, and the role's state proposes (issue 9,
        // session 16, set 34)
        let named_person = open + 1 < end - 1
            && ents
                .mentions
                .get(&toks[open + 1].start)
                .is_some_and(|&(e, i)| {
                    e == toks[end - 2].end && ents.list[i].kind == EntityType::Person
                });
        if !matches!(toks[open + 1].lower(), "which" | "who") && !named_person {
            return None;
        }
        end = open;
    }
    let from = (seg.tok_start..end)
        .rev()
        .find(|&i| matches!(toks[i].text.as_str(), ";" | ":" | ",") || toks[i].lower() == "that")
        .map_or(seg.tok_start, |i| i + 1);
    if from >= end {
        return None;
    }
    let sides: BTreeSet<usize> = ents
        .within(toks[from].start, toks[end - 1].end)
        .into_iter()
        .filter(|&(_, _, i)| ents.is_actor(i) && ents.list[i].kind != EntityType::Group)
        // a person who acts for no named actor proposes in their own name ("the security minister
        // Orit Mizrahi has put forward a plan"; issue 9, session 17, set 38)
        .filter_map(|(_, _, i)| {
            ents.party_of(i)
                .map(|p| state_of_institution(ents, p))
                .or_else(|| (ents.list[i].kind == EntityType::Person).then_some(i))
        })
        .collect();
    match sides.len() {
        1 => sides.into_iter().next(),
        0 => capital_subject(text, ents, from, end),
        _ => None,
    }
}

/// "Nouakchott also said it would put forward a protocol": a place that opens the clause `from..end`
/// (tokens) and then says what "it" will propose stands for the one state of its country the article
/// names (issue 9, session 18, party3).
fn capital_subject(text: &Text, ents: &Entities, from: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    if end < from + 2 || !matches!(toks[end - 1].lower(), "it" | "they") {
        return None;
    }
    let (s, _, place) = ents.covering(toks[from].start)?;
    let country = ents.list[place].country.as_deref()?;
    if s != toks[from].start || ents.list[place].kind != EntityType::Location {
        return None;
    }
    let mut states = (0..ents.list.len()).filter(|&i| {
        ents.list[i].kind == EntityType::State && ents.list[i].country.as_deref() == Some(country)
    });
    match (states.next(), states.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}
