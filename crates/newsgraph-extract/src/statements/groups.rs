//! Speakers that are groups: a collective named with its modifiers or a prepositional phrase
//! ("White House officials", "diplomats in Vienna"), a collective before a relative clause ("Diplomats
//! who have read the draft say"), and anonymous sources ("a senior Thai official").

use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// A collective before a short prepositional phrase naming no entity: "officials from both sides said",
/// "analysts at the two institutes say" (the phrase ends at token `j - 1`; at most five words, no
/// punctuation) (issue 9, session 12).
pub(super) fn collective_before_phrase(
    text: &Text,
    ents: &mut Entities,
    j: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[j - 1].sentence;
    // the phrase ends in a word: "X, which sits in opposition in the assembly, said" ends in a comma,
    // and its collective is inside a relative clause (issue 9, session 18, set 49)
    if toks[j - 1].kind != TokKind::Word {
        return None;
    }
    let mut p = j - 1;
    for _ in 0..5 {
        if p < 2 || toks[p - 1].sentence != sent || toks[p - 1].kind != TokKind::Word {
            return None;
        }
        p -= 1;
        let w = toks[p].lower();
        let opener = words().source_modifier_openers.contains(w);
        if w == "of" || w == "from" || words().place_prepositions.contains(w) || opener {
            if ents.covering(toks[p + 1].start).is_some() {
                return None;
            }
            // "four people familiar with the talks": a two-word opener (issue 9, session 13)
            if opener
                && p >= 2
                && words()
                    .source_modifier_openers
                    .contains(toks[p - 1].lower())
                && ents.covering(toks[p - 1].start).is_none()
            {
                p -= 1;
            }
            if let Some(g) = counted_people(text, ents, p, j) {
                return Some(g);
            }
            let (hs, _, i) = ents.covering(toks[p - 1].end.saturating_sub(1))?;
            if ents.list[i].kind != EntityType::Group {
                return None;
            }
            let g = collective_speaker(text, ents, text.token_at_or_after(hs), i);
            return Some(group_with_phrase(
                text,
                ents,
                g,
                toks[p].start,
                toks[j - 1].end,
            ));
        }
    }
    None
}

/// Anonymous sources counted before a source modifier opening at token `p` (no place preposition):
/// "three people familiar with the talks said", "several people close to the president said" (a count of
/// `partitive_quantifiers.txt` or digits, a noun of `source_people_nouns.txt`), named with the whole
/// phrase up to the cue at token `j` (issue 9, session 16, set 32). `None` otherwise.
fn counted_people(text: &Text, ents: &mut Entities, p: usize, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    if p < 1
        || w.place_prepositions.contains(toks[p].lower())
        || !w.source_people_nouns.contains(toks[p - 1].lower())
    {
        return None;
    }
    if let Some(g) = bare_people(text, ents, p, j) {
        return Some(g);
    }
    if p < 2 || toks[p - 2].sentence != toks[p].sentence {
        return None;
    }
    let count = &toks[p - 2];
    let counted = w.partitive_quantifiers.contains(count.lower())
        || count.text.chars().all(|c| c.is_ascii_digit());
    (counted && ents.within(count.start, toks[p - 1].end).is_empty())
        .then(|| group_named(text, ents, count.start, toks[j - 1].end))
}

/// Uncounted sources: a people noun at token `p - 1` opening its sentence or following a comma, before a
/// modifier of `bare_source_modifiers.txt` at token `p` ("…, people familiar with the matter said",
/// "People close to the minister said"), named with the phrase up to the cue at token `j`; "many people
/// familiar with …" is no source (issue 9, session 16, set 35). `None` otherwise.
fn bare_people(text: &Text, ents: &mut Entities, p: usize, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let noun = &toks[p - 1];
    let opens = p < 2 || toks[p - 2].sentence != noun.sentence || toks[p - 2].text == ",";
    (opens
        && words().bare_source_modifiers.contains(toks[p].lower())
        && ents.within(noun.start, noun.end).is_empty())
    .then(|| group_named(text, ents, noun.start, toks[j - 1].end))
}

/// The anonymous group of sources a definite "the people" takes up (its noun of `source_people_nouns.txt`
/// at token `j - 1`, "the" before it): the latest group whose mention holds that noun before a source
/// modifier ("people familiar with the matter", "three people close to the talks") in the three sentences
/// before; "the people said" with no such group stays unread (issue 9, session 16, set 35).
pub(super) fn definite_people_sources(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    if j < 2 || toks[j - 2].lower() != "the" || !w.source_people_nouns.contains(toks[j - 1].lower())
    {
        return None;
    }
    let noun = toks[j - 1].lower();
    let sent = toks[j - 1].sentence;
    for m in (sent.saturating_sub(3)..sent).rev() {
        let seg = text.sentences[m];
        for n in (seg.tok_start..seg.tok_end.saturating_sub(1)).rev() {
            if toks[n].lower() != noun || !w.source_modifier_openers.contains(toks[n + 1].lower()) {
                continue;
            }
            // a collective made by a statement rule is in its own mentions, not the mention index
            let at = toks[n].start;
            if let Some(i) = ents.list.iter().position(|e| {
                e.kind == EntityType::Group && e.mentions.iter().any(|&(s, e)| s <= at && at < e)
            }) {
                return Some(i);
            }
        }
    }
    None
}

/// The preposition token before the mention starting at token `mt` when it makes the mention no
/// subject of a following verb: a place preposition ("in", "at", "near": `place_prepositions.txt`)
/// always, "of"/"from" when the mention is a place or a collective ("residents of X", "officials from
/// both sides"; "the government of Sudan said" keeps Sudan).
pub(super) fn subject_preposition(text: &Text, ents: &Entities, mt: usize) -> Option<usize> {
    let toks = &text.tokens;
    if mt == 0 || toks[mt - 1].sentence != toks[mt].sentence {
        return None;
    }
    let p = mt - 1;
    let prep = toks[p].lower();
    if words().place_prepositions.contains(prep) {
        return Some(p);
    }
    // "Two officials at the Iraqi ministry said", "critics in the House said": "the" between; "at the"
    // too ("at X's invitation" keeps "at" out of `place_prepositions.txt`) (issue 9, session 15)
    if prep == "the"
        && p > 0
        && toks[p - 1].sentence == toks[mt].sentence
        && (words().place_prepositions.contains(toks[p - 1].lower()) || toks[p - 1].lower() == "at")
    {
        return Some(p - 1);
    }
    // "Analysts at Kestrel Capital Partners said": "at" right before an organisation's name (not its
    // possessive: "at X's invitation") (issue 9, session 17)
    if prep == "at" && organisation_not_possessive(text, ents, mt) {
        return Some(p);
    }
    // "Fishing groups in southern Honduras said": a direction word between (`directions.txt`; issue 9,
    // session 16, set 32)
    if words().directions.contains(prep)
        && p > 0
        && toks[p - 1].sentence == toks[mt].sentence
        && words().place_prepositions.contains(toks[p - 1].lower())
    {
        return Some(p - 1);
    }
    let (_, _, i) = ents.covering(toks[mt].start)?;
    (matches!(prep, "of" | "from")
        && matches!(ents.list[i].kind, EntityType::Location | EntityType::Group))
    .then_some(p)
}

/// Whether the mention starting at token `mt` is an organisation's, and not its possessive ("X's").
fn organisation_not_possessive(text: &Text, ents: &Entities, mt: usize) -> bool {
    let toks = &text.tokens;
    let Some((_, end, i)) = ents.covering(toks[mt].start) else {
        return false;
    };
    let after = text.token_at_or_after(end);
    ents.list[i].kind == EntityType::Organization
        && !toks
            .get(after)
            .is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s"))
}

/// The subject a prepositional phrase at token `p` (ending at character `end`) modifies: a collective,
/// named with the phrase ("diplomats in Vienna", "residents of X"), or an actor that is no place's object
/// itself, ending right before it.
pub(super) fn head_before_preposition(
    text: &Text,
    ents: &mut Entities,
    p: usize,
    end: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    if p == 0 || toks[p - 1].sentence != toks[p].sentence {
        return None;
    }
    let (hs, _, i) = ents.covering(toks[p - 1].end.saturating_sub(1))?;
    let ht = text.token_at_or_after(hs);
    match ents.list[i].kind {
        EntityType::Group => collective_before(text, ents, p, end),
        EntityType::Person | EntityType::Organization | EntityType::ArmedGroup => {
            match subject_preposition(text, ents, ht) {
                // "Researchers at the X Institute in Copenhagen said": the collective before the
                // organisation's own preposition (issue 9, session 16, set 31)
                Some(p2) => collective_before(text, ents, p2, end),
                None => Some(person_of_organization(text, ents, ht).unwrap_or(i)),
            }
        }
        _ => None,
    }
}

/// The collective ending right before the preposition at token `p`, named with the phrase up to
/// character `end` ("diplomats in Vienna"); `None` when no collective ends there.
fn collective_before(text: &Text, ents: &mut Entities, p: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    if p == 0 || toks[p - 1].sentence != toks[p].sentence {
        return None;
    }
    let (hs, _, i) = ents.covering(toks[p - 1].end.saturating_sub(1))?;
    if ents.list[i].kind != EntityType::Group {
        return None;
    }
    let g = collective_speaker(text, ents, text.token_at_or_after(hs), i);
    Some(group_with_phrase(text, ents, g, toks[p].start, end))
}

/// The person named right before "of" or "of the" and the organisation mention starting at token `ot`:
/// "Vesna Dimitrova of the Institute for Balkan Policy Studies said" is the researcher speaking, not
/// her institute (issue 9, session 14, ninth invented set). Reads the three tokens before the mention.
pub(super) fn person_of_organization(text: &Text, ents: &Entities, ot: usize) -> Option<usize> {
    let toks = &text.tokens;
    let (_, _, org) = ents.covering(toks.get(ot)?.start)?;
    if !matches!(
        ents.list[org].kind,
        EntityType::Organization | EntityType::ArmedGroup
    ) {
        return None;
    }
    // "X of the Dakar-based Institute for Y said": a "-based" modifier before the name (issue 9,
    // session 18, set 49)
    let ot = based_modifier_start(text, ot);
    let of_at = match ot.checked_sub(1).map(|m| toks[m].lower()) {
        Some("the") if ot >= 2 && toks[ot - 2].text == "of" => ot - 2,
        Some("of") => ot - 1,
        _ => return None,
    };
    if of_at == 0 || toks[of_at - 1].sentence != toks[ot].sentence {
        return None;
    }
    let (_, _, p) = ents.covering(toks[of_at - 1].end.saturating_sub(1))?;
    (ents.list[p].kind == EntityType::Person).then_some(p)
}

/// The first token of a "PLACE-based" modifier ending right before token `ot` ("the Dakar-based
/// Institute", written as one word or as "Dakar", "-", "based"), else `ot`.
fn based_modifier_start(text: &Text, ot: usize) -> usize {
    let toks = &text.tokens;
    let Some(b) = ot.checked_sub(1) else {
        return ot;
    };
    let l = toks[b].lower();
    if l.ends_with("-based") && toks[b].sentence == toks[ot].sentence {
        return b;
    }
    if l == "based" && b >= 2 && toks[b - 1].text == "-" && toks[b - 2].is_capitalized() {
        return b - 2;
    }
    ot
}

/// The collective or actor that opens the sentence and a relative clause: "Diplomats who have read the
/// draft say" (`comma` false: "who" must follow the subject directly and no comma stand before the cue
/// at token `j`) and "Two officials involved in the talks, who spoke …, said" (`comma` true: `j` is the
/// "who" after the comma; the subject opens the sentence and no comma stands between it and ", who").
pub(super) fn relative_clause_subject(
    text: &Text,
    ents: &mut Entities,
    j: usize,
    comma: bool,
) -> Option<usize> {
    let toks = &text.tokens;
    let seg = text.sentences[toks[j.saturating_sub(1)].sentence];
    let (ms, me, i) = ents
        .within(toks[seg.tok_start].start, toks[j - 1].end)
        .into_iter()
        .next()?;
    let mt = text.token_at_or_after(ms);
    if mt > seg.tok_start + 1 || !(ents.is_actor(i) || ents.list[i].kind == EntityType::Group) {
        return None;
    }
    let after = text.token_at_or_after(me);
    if comma {
        if (after..j - 1).any(|m| toks[m].text == "," || toks[m].kind == TokKind::Quote) {
            return None;
        }
    } else if after >= j
        || toks[after].lower() != "who"
        || (after..j).any(|m| toks[m].text == "," || toks[m].kind == TokKind::Quote)
    {
        return None;
    }
    if ents.list[i].kind != EntityType::Group {
        return Some(i);
    }
    let g = collective_speaker(text, ents, mt, i);
    // "Two officials involved in the talks, who …, said", "Diplomats who have read the draft say": named
    // with the restrictive modifier or relative clause (issue 9, session 13, third invented set)
    let end = if comma { j - 2 } else { j - 1 };
    if after < end
        && words()
            .source_modifier_openers
            .contains(toks[after].lower())
        && let Some(&(start, _)) = ents.list[g].mentions.range(..(me, 0)).next_back()
    {
        return Some(group_named(text, ents, start, toks[end].end));
    }
    Some(g)
}

/// "… four people familiar with the talks said. … the sources said": a definite bare plural at token `gt`
/// opening its phrase ("the sources", "the officials"; not "one of the sources") takes up the counted
/// collective named before it, a name of three words or more opening with a count
/// (`partitive_quantifiers.txt` or digits): for "sources" any such collective, for another noun one
/// whose noun it is; only when exactly one was named (issue 9, session 18, set 49). `None` otherwise.
pub(super) fn counted_source_antecedent(text: &Text, ents: &Entities, gt: usize) -> Option<usize> {
    let toks = &text.tokens;
    if gt == 0
        || toks[gt - 1].lower() != "the"
        || gt >= 2 && matches!(toks[gt - 2].lower(), "of" | "among")
    {
        return None;
    }
    let noun = toks[gt].lower();
    let at = toks[gt].start;
    let mut found = ents
        .list
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Group)
        .filter(|(_, e)| {
            let mut w = e.name.split(' ');
            let (Some(count), Some(own), Some(_)) = (w.next(), w.next(), w.next()) else {
                return false;
            };
            let count = count.to_lowercase();
            let counted = words().partitive_quantifiers.contains(count.as_str())
                || count.chars().all(|c| c.is_ascii_digit());
            counted
                && (noun == "sources" || own.eq_ignore_ascii_case(noun))
                && e.mentions.range(..(at, 0)).next().is_some()
        })
        .map(|(i, _)| i);
    let i = found.next()?;
    found.next().is_none().then_some(i)
}

/// The collective speaker whose group noun starts at token `gt` (entity `group`): when capitalised
/// modifiers name whose collective it is ("White House officials", "Southeast Asian leaders", "Trump
/// administration officials"), that whole phrase is its own collective, else the group itself. The
/// phrase entity keeps the group's mention map untouched (the modifiers stay mentions of their own).
pub(super) fn collective_speaker(
    text: &Text,
    ents: &mut Entities,
    gt: usize,
    group: usize,
) -> usize {
    let toks = &text.tokens;
    let sent = toks[gt].sentence;
    let mut a = gt;
    while a > 0
        && gt - a < 4
        && toks[a - 1].sentence == sent
        && toks[a - 1].kind == TokKind::Word
        && (toks[a - 1].is_capitalized() && !text.is_sentence_initial(a - 1)
            || (a >= 2 && toks[a - 2].is_capitalized() && toks[a - 1].lower() == "administration"))
    {
        a -= 1;
    }
    // a sentence-initial capitalised word that is no determiner opens the phrase too
    if a > 0
        && toks[a - 1].sentence == sent
        && toks[a - 1].kind == TokKind::Word
        && toks[a - 1].is_capitalized()
        && text.is_sentence_initial(a - 1)
        && !words().noun_determiners.contains(toks[a - 1].lower())
        && !words().pronouns.contains(&toks[a - 1].text)
    {
        a -= 1;
    }
    // a count: "four diplomats familiar with the talks", "both ministers", "all three governments"
    // (issue 9, session 13)
    while a == gt || gt - a == 1 && words().partitive_quantifiers.contains(toks[a].lower()) {
        if a == 0
            || toks[a - 1].sentence != sent
            || !words().partitive_quantifiers.contains(toks[a - 1].lower())
        {
            break;
        }
        a -= 1;
    }
    // a coordinated collective: "officials and diplomats in the region say" is one speaker (issue 9,
    // session 14, fifth invented set)
    if a >= 2
        && toks[a - 1].lower() == "and"
        && toks[a - 2].sentence == sent
        && let Some((cs, ce, c)) = ents.covering(toks[a - 2].start)
        && ce == toks[a - 2].end
        && c != group
        && ents.list[c].kind == EntityType::Group
    {
        a = text.token_at_or_after(cs);
    }
    // a partitive: "one of the diplomats", "two of the sources" (issue 9, session 12, second set)
    if a >= 3
        && toks[a - 3].sentence == sent
        && toks[a - 1].lower() == "the"
        && toks[a - 2].lower() == "of"
        && words().partitive_quantifiers.contains(toks[a - 3].lower())
    {
        a -= 3;
    }
    if a == gt {
        return group;
    }
    let start = toks[a].start;
    let end = ents.list[group]
        .mentions
        .iter()
        .find(|m| m.0 == toks[gt].start)
        .map_or(toks[gt].end, |m| m.1);
    group_named(text, ents, start, end)
}

/// The state or institution an unnamed spokesperson's phrase (tokens `a..=n`, "a State Department
/// spokesperson", "a Houthi military spokesman") names, the first one covering a token of it after the
/// article (an entity read on the article itself, "One" of "One sergeant", names nobody: issue 9, session
/// 15); `None` when it names none ("a Western diplomat") and for any other anonymous source ("a senior
/// Thai official", "an Egyptian diplomat"): one anonymous person is a collective of their own, as the dev
/// gold annotates "an administration official" and the speaker conventions of
/// `tests/data/eval/invented-9/README.md` say (the lead's decision, issue 9, session 16; the state before).
pub(super) fn anonymous_source_actor(
    text: &Text,
    ents: &Entities,
    a: usize,
    n: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    if !words().spokesperson_nouns.contains(toks[n].lower()) {
        return None;
    }
    (a + 1..=n).find_map(|m| {
        ents.covering(toks[m].start)
            .map(|(_, _, i)| i)
            .filter(|&i| {
                matches!(
                    ents.list[i].kind,
                    EntityType::State | EntityType::Organization
                )
            })
    })
}

/// The organisation or state an unnamed spokesperson at token `n` speaks for: "for" (and "the") right
/// after the noun (`spokesperson_nouns.txt`), then that entity ending the modifier at `end` ("a
/// spokesperson for the Kurdistan Regional Government"), or the institution named earlier whose head is the
/// one word after "the" ("a spokesperson for the ministry"). `None` for any other noun or modifier.
fn spokesperson_for(text: &Text, ents: &Entities, n: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    if !words().spokesperson_nouns.contains(toks[n].lower())
        || end < n + 3
        || toks[n + 1].lower() != "for"
    {
        return None;
    }
    let first = if toks[n + 2].lower() == "the" {
        n + 3
    } else {
        n + 2
    };
    if first >= end {
        return None;
    }
    // "a spokesperson for the department": the institution named before with that head (issue 9,
    // session 15, nineteenth invented set)
    if first == n + 3 && end == n + 4 && ents.covering(toks[first].start).is_none() {
        return super::speakers::institution_by_head(text, ents, end);
    }
    ents.covering(toks[first].start)
        .filter(|&(_, e, i)| {
            e == toks[end - 1].end
                && matches!(
                    ents.list[i].kind,
                    EntityType::State | EntityType::Organization
                )
        })
        .map(|(_, _, i)| i)
}

/// How many tokens an anonymous source's noun and restrictive modifier may hold together ("source close
/// to the talks between underwriters and the Joint War Committee in London": 13; issue 9, session 16,
/// set 31).
const MAX_MODIFIER_TOKENS: usize = 16;

/// An anonymous source opening the sentence whose subject ends before token `j` ("a"/"an"/"one", at
/// most five words, a noun of `anonymous_source_nouns.txt`) followed by a restrictive modifier ("in
/// Niamey", "who followed the talks": `source_modifier_openers.txt`), a parenthetical closed by the comma
/// at `j - 1` (", who asked not to be named,", ", speaking on condition of anonymity,"), or both: the
/// state or institution named before the noun ("An Iraqi official involved in the talks, who …, said"),
/// else a collective named by the phrase with its restrictive modifier ("A Western diplomat in Niamey").
/// `None` when the subject is no such source, or names a person ("A spokesperson for X, Jane Doe,")
/// (issue 9, session 13, third invented set).
pub(super) fn anonymous_source_subject(
    text: &Text,
    ents: &mut Entities,
    j: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    let seg = text.sentences[toks[j - 1].sentence];
    // "But a commander of X, who …, said": the subject starts after a sentence-opening conjunction
    // (`sentence_conjunctions.txt`; issue 9, session 16, set 36)
    let s0 = seg.tok_start
        + usize::from(
            seg.tok_start + 1 < j
                && w.sentence_conjunctions
                    .contains(toks[seg.tok_start].lower()),
        );
    // "…, an official at the Ministry of Energy said.": a postposed source opens after the last comma
    // before the cue (issue 9, session 16)
    let a = if words().source_determiners.contains(toks[s0].lower()) {
        s0
    } else {
        postposed_source_start(text, ents, seg, j).unwrap_or(s0)
    };
    if j < a + 3 {
        return None;
    }
    // any noun kept anonymous by its parenthetical: "One sergeant, who asked not to be named, said"
    // (issue 9, session 15)
    let n = anonymous_source_noun(text, a, j - 1)
        .or_else(|| super::anonymity::anonymity_noun(text, a, j))?;
    let comma = (n + 1..j).find(|&m| toks[m].text == ",");
    // the restrictive modifier: tokens n + 1 .. restrictive_end
    let restrictive_end = comma.unwrap_or(j);
    if restrictive_end > n + 1
        && (!w.source_modifier_openers.contains(toks[n + 1].lower())
            || restrictive_end - n > MAX_MODIFIER_TOKENS
            || (n + 1..restrictive_end).any(|m| {
                toks[m].kind == TokKind::Quote || matches!(toks[m].text.as_str(), ";" | ":" | "(")
            }))
    {
        return None;
    }
    match comma {
        // the parenthetical: opened by "who" or a participle, closed by the comma before the cue
        Some(c) => {
            // "…, and who asked not to be named, said" (issue 9, session 17, attr2)
            let and_who = toks[c + 1].lower() == "and" && toks[c + 2].lower() == "who";
            let open = toks[c + 1 + usize::from(and_who)].lower();
            if c + 2 >= j
                || toks[j - 1].text != ","
                || !(open == "who" || open.ends_with("ing"))
                || j - c > 24
                || (c + 1..j - 1).any(|m| toks[m].text == "," || toks[m].kind == TokKind::Quote)
            {
                return None;
            }
        }
        // a bare source ("a diplomat said") is `anonymous_source`'s
        None if restrictive_end == n + 1 => return None,
        None => {}
    }
    if ents
        .within(toks[a].start, toks[j - 1].end)
        .into_iter()
        .any(|(_, _, i)| ents.list[i].kind == EntityType::Person)
    {
        return None;
    }
    Some(
        anonymous_source_actor(text, ents, a, n)
            .or_else(|| spokesperson_for(text, ents, n, restrictive_end))
            .unwrap_or_else(|| anonymous_group(text, ents, a, n, restrictive_end - 1)),
    )
}

/// The first token of an anonymous source after the last comma before the cue at token `j` in the
/// sentence `seg` ("…, an official at the Ministry of Energy said."), when the cue ends the attribution.
fn postposed_source_start(
    text: &Text,
    ents: &Entities,
    seg: crate::text::Segment,
    j: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    (seg.tok_start..j - 1)
        .rev()
        .find(|&m| toks[m].text == ",")
        .map(|c| c + 1)
        .filter(|&x| {
            words().source_determiners.contains(toks[x].lower())
                && (ends_attribution(text, j, seg.tok_end)
                    || told_outlet(text, ents, j, seg.tok_end))
        })
}

/// Whether the cue at token `j` is "told" and an organisation's name (the outlet) runs from the next
/// token to the sentence's end at `s_end`: "…, a Moroccan official familiar with the matter told
/// Morocco World News." (issue 9, session 18, attr3).
fn told_outlet(text: &Text, ents: &Entities, j: usize, s_end: usize) -> bool {
    let toks = &text.tokens;
    if toks[j].lower() != "told" || j + 2 >= s_end {
        return false;
    }
    let Some((ms, me, i)) = ents.covering(toks[j + 1].start) else {
        return false;
    };
    let end = text.token_at_or_after(me);
    ms == toks[j + 1].start
        && ents.list[i].kind == EntityType::Organization
        && (end >= s_end || (end + 1 == s_end && toks[end].kind == TokKind::Punct))
}

/// Whether the cue at token `j` ends a postposed attribution: punctuation, a day ("on Monday",
/// "Wednesday", "yesterday") or an audience ("told reporters") follows it, or the sentence ends at
/// `s_end` ("…, a senior official of the ministry in charge of Japan." has no cue there).
fn ends_attribution(text: &Text, j: usize, s_end: usize) -> bool {
    let toks = &text.tokens;
    let Some(nx) = toks.get(j + 1).filter(|_| j + 1 < s_end) else {
        return true;
    };
    nx.kind == TokKind::Punct
        || crate::lexicon::lexicon().weekday(&nx.text).is_some()
        || matches!(
            nx.lower(),
            "on" | "late" | "earlier" | "last" | "this" | "yesterday" | "today" | "in" | "at"
        )
}

/// The noun of an anonymous source opened by "a"/"an"/"one" at token `a`: the first noun of
/// `anonymous_source_nouns.txt` among the words that follow, at most six of them and before token `end`.
fn anonymous_source_noun(text: &Text, a: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    if !words().source_determiners.contains(toks[a].lower()) {
        return None;
    }
    let nouns = &words().anonymous_source_nouns;
    (a + 1..(a + 7).min(end))
        .take_while(|&m| toks[m].kind == TokKind::Word)
        .find(|&m| nouns.contains(toks[m].lower()))
}

/// An anonymous source after the cue at token `k` ("…,” said a Western diplomat in Nairobi."): "a"/"an"/
/// "one", at most five words, a noun of `anonymous_source_nouns.txt`, and a restrictive modifier
/// (`source_modifier_openers.txt`) up to the sentence end or a comma: the state or institution named
/// before the noun, else the collective the phrase names (issue 9, session 13, third invented set).
pub(super) fn inverted_anonymous_source(
    text: &Text,
    ents: &mut Entities,
    k: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    let sent = toks[k].sentence;
    let a = k + 1;
    let in_sentence = |m: usize| m < toks.len() && toks[m].sentence == sent;
    if !in_sentence(a) {
        return None;
    }
    let n = anonymous_source_noun(text, a, text.sentences[sent].tok_end)?;
    let mut last = n;
    if in_sentence(n + 1) && w.source_modifier_openers.contains(toks[n + 1].lower()) {
        last = (n + 1..n + 9)
            .take_while(|&m| in_sentence(m) && toks[m].kind == TokKind::Word)
            .last()?;
    }
    if toks.get(last + 1).is_some_and(|t| {
        t.sentence == sent && !matches!(t.text.as_str(), "." | "," | ";" | "!" | "?")
    }) {
        return None;
    }
    Some(
        anonymous_source_actor(text, ents, a, n)
            .unwrap_or_else(|| anonymous_group(text, ents, a, n, last)),
    )
}

/// "Prime Minister X's office said", "X's press service said" (the subject ending before token `j` with
/// a head of `person_office_heads.txt` after a person's possessive): the office as a collective named
/// with the person's title phrase (issue 9, session 13, third invented set; the dev and set-2 gold name
/// such offices so).
pub(super) fn person_office(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    // the staff's head: one or two words of `person_office_heads.txt` ("office", "press service")
    let heads = &words().person_office_heads;
    let h = (1..=2).find(|&n| {
        j >= n + 2 && matches!(toks[j - n - 1].text.as_str(), "'s" | "’s") && {
            let head: Vec<&str> = toks[j - n..j].iter().map(|t| t.lower()).collect();
            heads.contains(&head.join(" "))
        }
    })?;
    let (ms, _, p) = ents.covering(toks[j - h - 2].start)?;
    if ents.list[p].kind != EntityType::Person {
        return None;
    }
    // the title phrase before the name: capitalised words in the sentence ("Prime Minister")
    let sent = toks[j - 1].sentence;
    let mut a = text.token_at_or_after(ms);
    while a > 0
        && toks[a - 1].sentence == sent
        && toks[a - 1].is_capitalized()
        && !text.is_sentence_initial(a - 1)
        && ents.covering(toks[a - 1].start).is_none()
    {
        a -= 1;
    }
    // a sentence-initial title word ("President X's office", "Prime Minister X's office") belongs to it
    if a > 0
        && toks[a - 1].sentence == sent
        && toks[a - 1].is_capitalized()
        && (lexicon_title(&[toks[a - 1].text.as_str()])
            || a < toks.len() && lexicon_title(&[toks[a - 1].text.as_str(), toks[a].text.as_str()]))
    {
        a -= 1;
    }
    Some(group_named(text, ents, toks[a].start, toks[j - 1].end))
}

/// Whether `words` are a title of the lexicon, whole ("President", "Prime Minister").
fn lexicon_title(words: &[&str]) -> bool {
    crate::lexicon::lexicon()
        .longest_title(words)
        .is_some_and(|(len, _)| len == words.len())
}

/// The collective an anonymous source names itself by, tokens `a..=last` (its noun at `n`): "A Western
/// diplomat in Niamey", also known without its article and by its head ("A Western diplomat"), so that
/// the group is found whichever the reader keeps (issue 9, session 13, third invented set).
pub(super) fn anonymous_group(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    n: usize,
    last: usize,
) -> usize {
    let toks = &text.tokens;
    let g = group_named(text, ents, toks[a].start, toks[last].end);
    let full = text.slice(toks[a].start, toks[last].end);
    let head = text.slice(toks[a].start, toks[n].end);
    let bare = |s: &str| s.split_once(' ').map(|(_, r)| r.to_string());
    let mut forms = vec![bare(&full)];
    if last > n {
        forms.push(bare(&head));
        forms.push(Some(head));
    }
    for f in forms.into_iter().flatten() {
        if f != ents.list[g].name {
            ents.list[g].aliases.insert(f);
        }
    }
    g
}

/// The anonymous source a definite "the official" (its noun at token `j - 1`, "the" before it) takes up:
/// the latest "a/an/one … NOUN" with the same noun in the three sentences before, as its state or
/// institution, else its collective (issue 9, session 13, third invented set).
pub(super) fn definite_source(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let (a, n) = definite_antecedent(text, j)?;
    anonymous_source_actor(text, ents, a, n).or_else(|| group_at(ents, text.tokens[a].start))
}

/// As `definite_source`, for a "the official" read before any other subject: only when no person is
/// named between the antecedent and the cue (then the noun may be that person's role: "… named a new
/// mediator, Jan Berg. “…,” the mediator said"), and the antecedent's collective is made when no
/// statement has made it yet ("… according to a diplomat in X. “…,” the diplomat said", issue 9,
/// session 14, ninth invented set).
pub(super) fn definite_source_first(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let (a, n) = definite_antecedent(text, j)?;
    let person_between = ents
        .within(toks[n].end, toks[j - 2].start)
        .into_iter()
        .any(|(_, _, i)| ents.list[i].kind == EntityType::Person);
    if person_between {
        return None;
    }
    // its restrictive modifier ("in Kuwait City") when it runs to the end of its clause
    let sent = toks[n].sentence;
    let mut last = n;
    if toks
        .get(n + 1)
        .is_some_and(|t| t.sentence == sent && words().source_modifier_openers.contains(t.lower()))
    {
        let end = (n + 1..n + 9)
            .take_while(|&m| {
                toks.get(m)
                    .is_some_and(|t| t.sentence == sent && t.kind == TokKind::Word)
            })
            .last()
            .unwrap_or(n);
        if toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.text.as_str(), "." | "," | ";"))
        {
            last = end;
        }
    }
    anonymous_source_actor(text, ents, a, n)
        .or_else(|| group_at(ents, toks[a].start))
        .or_else(|| Some(anonymous_group(text, ents, a, n, last)))
}

/// The tokens (article, noun) of the latest "a/an/one … NOUN" in the three sentences before a definite
/// "the NOUN" whose noun is at token `j - 1`: a noun of `anonymous_source_nouns.txt`, or any lowercase
/// noun whose antecedent opens its sentence kept anonymous by a parenthetical (`anonymity_phrases.txt`).
fn definite_antecedent(text: &Text, j: usize) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    if j < 2 {
        return None;
    }
    let noun = toks[j - 1].lower();
    // a noun of the list, or any lowercase noun whose antecedent was kept anonymous ("One sergeant, who
    // asked not to be named, said …. “…,” the sergeant said"; issue 9, session 15)
    let listed = words().anonymous_source_nouns.contains(noun);
    if !toks[j - 2].lower().eq("the") || (!listed && toks[j - 1].is_capitalized()) {
        return None;
    }
    let sent = toks[j - 1].sentence;
    for m in (sent.saturating_sub(3)..sent).rev() {
        let seg = text.sentences[m];
        let found = (seg.tok_start..seg.tok_end).rev().find_map(|n| {
            if toks[n].lower() != noun {
                return None;
            }
            let a = (n.saturating_sub(6).max(seg.tok_start)..n)
                .rev()
                .find(|&x| words().source_determiners.contains(toks[x].lower()))?;
            (a + 1..n)
                .all(|x| toks[x].kind == TokKind::Word)
                .then_some((a, n))
        });
        if let Some((a, n)) = found {
            let anonymous = listed
                || (super::anonymity::anonymity_noun(text, a, seg.tok_end) == Some(n)
                    && a == seg.tok_start);
            return anonymous.then_some((a, n));
        }
    }
    None
}

/// "Another said …" / "Another, asked whether …, said …" (the subject ending before token `j`): a second
/// anonymous source after "one …"/"a …" with a noun of `anonymous_source_nouns.txt` in the two sentences
/// before, as a collective named "Another" (issue 9, session 14, ninth invented set; the set-7 and set-9
/// gold name it so).
pub(super) fn another_source(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[j.checked_sub(1)?].sentence;
    let seg = text.sentences[sent];
    let a = seg.tok_start;
    if toks[a].lower() != "another" || !toks[a].is_capitalized() {
        return None;
    }
    // the subject is "Another" alone, or with a parenthetical closed right before the cue
    let bare = j == a + 1;
    let parenthetical = j > a + 3
        && j - a <= 26
        && toks[a + 1].text == ","
        && toks[j - 1].text == ","
        && !(a + 2..j - 1).any(|m| toks[m].text == "," || toks[m].kind == TokKind::Quote);
    if !(bare || parenthetical) {
        return None;
    }
    let nouns = &words().anonymous_source_nouns;
    let antecedent = (sent.saturating_sub(2)..sent).any(|m| {
        let p = text.sentences[m];
        (p.tok_start..p.tok_end).any(|n| {
            nouns.contains(toks[n].lower())
                && (n.saturating_sub(5).max(p.tok_start)..n)
                    .any(|x| matches!(toks[x].lower(), "one" | "a" | "an"))
        })
    });
    antecedent.then(|| group_named(text, ents, toks[a].start, toks[a].end))
}

/// The collective with a mention starting at character `start`.
fn group_at(ents: &Entities, start: usize) -> Option<usize> {
    ents.list
        .iter()
        .position(|e| e.kind == EntityType::Group && e.mentions.iter().any(|m| m.0 == start))
}

/// When the sentence before sentence `sent` opens with an anonymous source ("An Ethiopian official,
/// who …, disputed that account."): `Some` of the actor its phrase names (or `Some(None)`), so that a
/// pronoun in `sent` does not fall back to a person named earlier.
pub(super) fn anonymous_subject(
    text: &Text,
    ents: &Entities,
    sent: usize,
) -> Option<Option<usize>> {
    let toks = &text.tokens;
    let prev = text.sentences.get(sent.checked_sub(1)?)?;
    let mut a = (prev.tok_start..prev.tok_end)
        .find(|&m| !toks[m].text.chars().all(|c| c.is_ascii_digit() || c == ':'))?;
    // "But a commander of X, who asked not to be named, said …" (a word of `contrast_words.txt` first;
    // issue 9, session 17, attr2)
    if a + 1 < prev.tok_end && words().contrast_words.contains(toks[a].lower()) {
        a += 1;
    }
    // "Another said …. “…,” he said": the second anonymous source, when a statement made it (issue 9,
    // session 15)
    if toks[a].text == "Another" {
        return group_at(ents, toks[a].start).map(Some);
    }
    if !words().source_determiners.contains(toks[a].lower()) {
        return None;
    }
    // a noun of the list, or any noun kept anonymous by its parenthetical (issue 9, session 15)
    let n = (a + 1..prev.tok_end.min(a + 7))
        .take_while(|&m| toks[m].kind == TokKind::Word)
        .find(|&m| words().anonymous_source_nouns.contains(toks[m].lower()))
        .or_else(|| super::anonymity::anonymity_noun(text, a, prev.tok_end))?;
    // "A spokesman for X, Jane Doe, confirmed …": a source named in an apposition is no anonymous one
    // (issue 9, session 13, third invented set)
    let cue = (n + 1..prev.tok_end)
        .find(|&m| super::cues::cue_at(text, m).is_some())
        .unwrap_or(prev.tok_end);
    if ents
        .within(toks[n].end, toks[cue.min(prev.tok_end - 1)].start)
        .into_iter()
        .any(|(_, _, i)| ents.list[i].kind == EntityType::Person)
    {
        return None;
    }
    Some(anonymous_source_actor(text, ents, a, n).or_else(|| group_at(ents, toks[a].start)))
}

/// The collective `g` named with the prepositional phrase after it, up to character `end` ("officials
/// from both sides", "Residents of Ubari"): its latest mention starting before the phrase (at character
/// `p_start`) runs on to `end`. Like [`collective_speaker`], the phrase entity leaves the mention map
/// untouched (issue 9, session 12).
fn group_with_phrase(
    text: &Text,
    ents: &mut Entities,
    g: usize,
    p_start: usize,
    end: usize,
) -> usize {
    let Some(&(start, _)) = ents.list[g].mentions.range(..(p_start, 0)).next_back() else {
        return g;
    };
    group_named(text, ents, start, end)
}

/// The collective `g` named in the source phrase of tokens `[from, end)` ("according to a senior official
/// briefed on the talks") with the modifier after it, when a word of `source_modifier_openers.txt` follows
/// its mention there and no entity is named after it; `None` otherwise.
pub(super) fn group_with_source_phrase(
    text: &Text,
    ents: &mut Entities,
    g: usize,
    from: usize,
    end: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    if ents.list[g].kind != EntityType::Group || end <= from || end > toks.len() {
        return None;
    }

    let (ms, me) = ents.list[g]
        .mentions
        .range((toks[from].start, 0)..(toks[end - 1].end, usize::MAX))
        .next()
        .copied()?;
    let after = text.token_at_or_after(me);
    // the phrase ends with its last word (not the sentence's full stop)
    let last = (after..end)
        .rev()
        .find(|&m| toks[m].kind == TokKind::Word)?;
    if last <= after
        || !words()
            .source_modifier_openers
            .contains(toks[after].lower())
        // a place may sit in it ("according to a diplomat in Kuwait City", issue 9, session 14, ninth
        // invented set); an actor may not
        || ents
            .within(toks[after].start, toks[last].end)
            .into_iter()
            .any(|(_, _, i)| ents.list[i].kind != EntityType::Location)
    {
        return None;
    }
    // "according to two diplomats briefed on the discussions": a count right before the collective's
    // mention is part of its name, as annotators name it (issue 9, session 18, set 49)
    let first = text.token_at_or_after(ms);
    let start = if first > from
        && words()
            .partitive_quantifiers
            .contains(toks[first - 1].lower())
    {
        toks[first - 1].start
    } else {
        ms
    };
    Some(group_named(text, ents, start, toks[last].end))
}

/// The collective named by the characters `start..end`: the group entity of that name, given this mention,
/// else a new one with it as its only mention.
pub(super) fn group_named(text: &Text, ents: &mut Entities, start: usize, end: usize) -> usize {
    // a phrase broken across lines ("militants\r\n of the assembly") is named with single spaces, so
    // that LF, CRLF and CR texts name it alike (issue 9, session 17)
    let name = text
        .slice(start, end)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(i) = ents
        .list
        .iter()
        .position(|e| e.kind == EntityType::Group && e.name == name)
    {
        ents.list[i].mentions.insert((start, end));
        return i;
    }
    ents.list.push(crate::entities::Ent {
        kind: EntityType::Group,
        name,
        aliases: Default::default(),
        roles: Vec::new(),
        affiliation: None,
        mentions: [(start, end)].into_iter().collect(),
        country: None,
        coords: None,
    });
    ents.list.len() - 1
}

/// The state or organisation a "he"/"she" in sentence `sent` means when an earlier sentence opened with
/// a delegate speaking for it ("The representative of France said …. He said …", `delegate_nouns.txt`):
/// that sentence is one of the three before, names no person, and the sentences between name no person
/// and carry a "he"/"she" (the delegate speaking on). `None` otherwise (issue 9, session 12, second
/// invented set: UN meetings coverage).
pub(super) fn delegate_subject(text: &Text, ents: &Entities, sent: usize) -> Option<usize> {
    let toks = &text.tokens;
    for m in (sent.saturating_sub(3)..sent).rev() {
        let seg = text.sentences[m];
        let names_person = ents
            .within(seg.start, seg.end)
            .into_iter()
            .any(|(_, _, j)| ents.list[j].kind == EntityType::Person);
        if names_person {
            return None;
        }
        let lead = seg.tok_start..seg.tok_end.min(seg.tok_start + 14);
        let found = lead.clone().find(|&n| {
            n > seg.tok_start
                && toks[n - 1].lower() == "the"
                && words().delegate_nouns.contains(toks[n].lower())
                && toks.get(n + 1).is_some_and(|t| t.lower() == "of")
        });
        if let Some(n) = found {
            let a = if toks.get(n + 2).is_some_and(|t| t.lower() == "the") {
                n + 3
            } else {
                n + 2
            };
            return toks
                .get(a)
                .filter(|t| t.sentence == m)
                .and_then(|t| ents.covering(t.start))
                .map(|(_, _, i)| i)
                .filter(|&i| {
                    matches!(
                        ents.list[i].kind,
                        EntityType::State | EntityType::Organization
                    )
                });
        }
        let pronoun = toks[seg.tok_start..seg.tok_end]
            .iter()
            .any(|t| matches!(t.lower(), "he" | "she"));
        if !pronoun {
            return None;
        }
    }
    None
}
