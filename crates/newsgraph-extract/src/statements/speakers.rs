//! Speakers: the subject of a cue verb, looked for to its left in the sentence (a named actor, a
//! pronoun, a relative "who", a collective, an institution's head noun, a document, a role phrase, an
//! apposition).

use super::Speakers;
use super::cues::cue_at;
use super::quotes::Quotes;
use crate::entities::Entities;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// Finds the speaker of a cue at token `k` by looking left within the sentence.
pub(super) fn subject_before(
    text: &Text,
    ents: &mut Entities,
    k: usize,
    sp: &Speakers,
    quotes: &Quotes,
) -> Option<usize> {
    let w = words();
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    let mut j = k;
    // skip auxiliaries/adverbs
    while j > 0 && toks[j - 1].sentence == sent && w.auxiliaries.contains(&toks[j - 1].lower()) {
        j -= 1;
    }
    if j == 0 || toks[j - 1].sentence != sent {
        return None;
    }
    // a bracketed acronym after the subject: "The World Food Programme (WFP) warned that …" (issue 9,
    // session 12)
    if toks[j - 1].text == ")"
        && let Some(o) = (j.saturating_sub(5)..j - 1)
            .rev()
            .find(|&m| toks[m].text == "(" && toks[m].sentence == sent)
        && o > 0
        && toks[o - 1].sentence == sent
        && (o + 1..j - 1).all(|m| toks[m].kind == TokKind::Word)
    {
        j = o;
    }
    let prev = &toks[j - 1];
    // ", saying …" after a clause: the subject that opens the sentence ("Ethiopia withdrew from the
    // talks, saying the text favoured Egypt") (issue 9, session 12)
    if prev.text == ","
        && toks[k].lower().ends_with("ing")
        && lexicon()
            .cue_verb(&toks[k].lower())
            .is_some_and(|cv| matches!(cv.class.as_str(), "say" | "assert" | "warn"))
        && j >= 2
        && toks[j - 2].kind == TokKind::Word
    {
        let seg = text.sentences[sent];
        return ents
            .within(toks[seg.tok_start].start, prev.start)
            .into_iter()
            .next()
            .filter(|&(ms, me, i)| {
                text.token_at_or_after(ms) <= seg.tok_start + 1
                    // a clause stands between the subject and the comma (not "X, saying …, did")
                    && text.token_at_or_after(me) + 1 < j - 1
                    && ents.is_actor(i)
                    && ents.list[i].kind != EntityType::Group
            })
            .map(|(_, _, i)| i);
    }
    // a second verb of the same subject: "X called the deal historic and insisted …" takes the subject
    // of an earlier cue verb of the sentence, else the actor that opens the sentence
    if prev.lower() == "and" {
        return coordinated_subject(text, ents, j - 1, sp, quotes);
    }
    if w.pronouns.contains(&prev.text) {
        return pronoun_speaker(text, ents, j - 1, sp);
    }
    // relative "who": the actor right before ", who"
    if prev.lower() == "who" && j >= 2 && toks[j - 2].text == "," {
        if let Some((_, _, i)) = ents.covering(toks[j - 2].start.saturating_sub(1)) {
            return Some(i);
        }
    }
    // a place named after a preposition ("diplomats in Vienna said", "residents of X said") is no
    // subject: the subject is the collective or actor the phrase modifies, if any (issue 9, session 12)
    if let Some((ms, _, _)) = ents.covering(prev.end - 1)
        && let Some(p) = subject_preposition(text, ents, text.token_at_or_after(ms))
    {
        return head_before_preposition(text, ents, p, prev.end);
    }
    // a restrictive relative clause after a collective opening the sentence: "Diplomats who have read
    // the draft say …" (issue 9, session 12)
    if let Some(i) = relative_clause_subject(text, ents, j, false) {
        return Some(i);
    }
    // a named mention ending right here
    if let Some((_, _, i)) = ents.covering(prev.end - 1)
        && ents.is_actor(i)
    {
        return Some(i);
    }
    // a collective speaker: "officials said"; "U.S. officials said" speaks for the state named before it
    if let Some((gs, _, i)) = ents.covering(prev.end - 1)
        && ents.list[i].kind == EntityType::Group
    {
        let gt = text.token_at_or_after(gs);
        if gt > 0
            && toks[gt - 1].sentence == sent
            && let Some((_, _, st)) = ents.covering(toks[gt - 1].end.saturating_sub(1))
            && ents.list[st].kind == EntityType::State
        {
            return Some(st);
        }
        return Some(collective_speaker(text, ents, gt, i));
    }
    // an anonymous source: "a senior Thai official said" speaks for the state its phrase names, "a
    // diplomat said" for no one named (issue 9, session 12)
    if words().anonymous_source_nouns.contains(&prev.lower())
        && let Some(a) = (j.saturating_sub(7)..j - 1).rev().find(|&m| {
            toks[m].sentence == sent && matches!(toks[m].lower().as_str(), "a" | "an" | "one")
        })
        && !(a..j - 1).any(|m| toks[m].kind != TokKind::Word)
    {
        return anonymous_source_actor(text, ents, a, j - 1);
    }
    institution_by_head(text, ents, j)
        .or_else(|| document_author(text, ents, j))
        .or_else(|| role_phrase_speaker(text, ents, j))
        .or_else(|| appositive_speaker(text, ents, j))
        .or_else(|| collective_before_phrase(text, ents, j))
}

/// A collective before a short prepositional phrase naming no entity: "officials from both sides said",
/// "analysts at the two institutes say" (the phrase ends at token `j - 1`; at most five words, no
/// punctuation) (issue 9, session 12).
fn collective_before_phrase(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[j - 1].sentence;
    let mut p = j - 1;
    for _ in 0..5 {
        if p < 2 || toks[p - 1].sentence != sent || toks[p - 1].kind != TokKind::Word {
            return None;
        }
        p -= 1;
        let w = toks[p].lower();
        if w == "of" || w == "from" || words().place_prepositions.contains(&w) {
            if ents.covering(toks[p + 1].start).is_some() {
                return None;
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

/// The person a pronoun at token `p` means: a person just introduced as the only person of this or the
/// previous sentence, else the last person who spoke, the last person mentioned, the last speaker.
fn pronoun_speaker(text: &Text, ents: &Entities, p: usize, sp: &Speakers) -> Option<usize> {
    let toks = &text.tokens;
    // "An Ethiopian official, who asked not to be named, disputed that. He said …": the pronoun means
    // the anonymous source opening the previous sentence (issue 9, session 12)
    let seg = text.sentences[toks[p].sentence];
    if let Some(r) = anonymous_subject(text, ents, toks[p].sentence)
        && !ents
            .within(seg.start, toks[p].start)
            .into_iter()
            .any(|(_, _, i)| ents.list[i].kind == EntityType::Person)
    {
        return r;
    }
    // the last person who spoke, else the last person mentioned
    let before = toks[p].start;
    let last_mentioned = crate::pronouns::last_person_mention(ents, before);
    // a person just introduced as the only person of this or the previous sentence ("Minister X
    // spoke for an hour. “…,” he said.") is who the pronoun means (issue 9, session 6)
    if let Some(i) =
        crate::pronouns::introduced_person(text, ents, last_mentioned, toks[p].sentence, before)
    {
        return Some(i);
    }
    // "President X met Prime Minister Y. He said …": with no one who spoke before, the last person
    // mentioned is no guess when that sentence names another person too (issue 9, session 10)
    let last_mentioned = last_mentioned
        .filter(|&(start, i)| sp.last_person.is_some() || !shares_sentence(text, ents, start, i))
        .map(|(_, i)| i);
    sp.last_person.or(last_mentioned).or(sp.last_any)
}

/// Whether the sentence of the person mention starting at `start` (entity `i`) names another person.
fn shares_sentence(text: &Text, ents: &Entities, start: usize, i: usize) -> bool {
    let Some(t) = text.tokens.get(text.token_at_or_after(start)) else {
        return false;
    };
    let seg = text.sentences[t.sentence];
    ents.within(seg.start, seg.end)
        .into_iter()
        .any(|(_, _, j)| j != i && ents.list[j].kind == EntityType::Person)
}

/// "the ministry said", "the army says" (the subject's head at token `j - 1`): the latest institution
/// named with that head before.
fn institution_by_head(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let prev = &toks[j - 1];
    if !(j >= 2
        && matches!(toks[j - 2].lower().as_str(), "the" | "its")
        && prev.kind == TokKind::Word)
    {
        return None;
    }
    let head = prev.lower();
    let before = toks[j - 2].start;
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.kind, EntityType::Organization | EntityType::ArmedGroup))
        .filter(|(_, e)| {
            e.name
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.to_lowercase() == head)
        })
        .filter_map(|(i, e)| {
            e.mentions
                .iter()
                .filter(|m| m.1 <= before)
                .map(|m| m.0)
                .max()
                .map(|m| (m, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// A document that speaks for its author ("a State Department statement said", the document's noun at
/// token `j - 1`): the actor named within the seven tokens before it.
fn document_author(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if !SPEAKER_DOCUMENTS.contains(&toks[j - 1].lower()) {
        return None;
    }
    let s0 = text.sentences[toks[j - 1].sentence].tok_start;
    (s0.max(j.saturating_sub(7))..j - 1)
        .rev()
        .take_while(|m| toks[*m].kind != TokKind::Quote && toks[*m].text != ",")
        .find_map(|m| {
            ents.covering(toks[m].end.saturating_sub(1))
                .map(|(_, _, i)| i)
                .filter(|i| ents.is_actor(*i))
        })
}

/// A role phrase ending at token `j - 1`: "The prime minister", "the MILF leader".
fn role_phrase_speaker(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[j - 1].sentence;
    let mut a = j - 1;
    while a > 0 && toks[a - 1].sentence == sent && toks[a - 1].kind == TokKind::Word && a + 5 > j {
        a -= 1;
        if matches!(toks[a].lower().as_str(), "the" | "his" | "her" | "its") {
            break;
        }
    }
    if !matches!(toks[a].lower().as_str(), "the" | "his" | "her") {
        return None;
    }
    let phrase: Vec<String> = toks[a + 1..j].iter().map(|t| t.text.clone()).collect();
    resolve_role_phrase(ents, text, &phrase, toks[a].start, toks[j - 1].end)
}

/// An appositive between subject and verb (the comma at token `j - 1`): "Walcott, speaking at the
/// ceremony, said", "His counterpart, Therese Kayikwamba Wagner, highlighted".
fn appositive_speaker(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if !(toks[j - 1].text == "," && j >= 2) {
        return None;
    }
    let actor_before = |off: usize| {
        ents.covering(off)
            .map(|(_, _, i)| i)
            .filter(|i| ents.is_actor(*i) && ents.list[*i].kind != EntityType::Group)
    };
    // the object of a preposition ends no subject ("X, a researcher at the institute in Cairo, said")
    let after_preposition = |off: usize| {
        ents.covering(off).is_some_and(|(ms, _, _)| {
            subject_preposition(text, ents, text.token_at_or_after(ms)).is_some()
        })
    };
    let last = toks[j - 2].end.saturating_sub(1);
    if !after_preposition(last)
        && let Some(i) = actor_before(last)
    {
        return Some(i);
    }
    let s0 = text.sentences[toks[j - 1].sentence].tok_start;
    if let Some(c) = (s0..j - 1).rev().find(|m| toks[*m].text == ",")
        && c > s0
    {
        let before_comma = toks[c - 1].end.saturating_sub(1);
        if let Some(i) = actor_before(before_comma).filter(|_| !after_preposition(before_comma)) {
            return Some(i);
        }
        // "Residents of X, the nearest town, said": the collective the phrase before the comma opens
        // (issue 9, session 12)
        if let Some((ms, _, i)) = ents.covering(before_comma) {
            let mt = text.token_at_or_after(ms);
            if let Some(p) = subject_preposition(text, ents, mt) {
                return head_before_preposition(text, ents, p, toks[c - 1].end)
                    .filter(|&h| ents.list[h].kind == EntityType::Group);
            }
            if ents.list[i].kind == EntityType::Group && mt <= s0 + 1 {
                return Some(i);
            }
        }
        // "Two officials involved in the talks, who spoke on condition of anonymity, said"
        if toks[c + 1].lower() == "who" {
            return relative_clause_subject(text, ents, c + 1, true);
        }
    }
    None
}

/// The preposition token before the mention starting at token `mt` when it makes the mention no
/// subject of a following verb: a place preposition ("in", "at", "near": `place_prepositions.txt`)
/// always, "of"/"from" when the mention is a place or a collective ("residents of X", "officials from
/// both sides"; "the government of Sudan said" keeps Sudan).
fn subject_preposition(text: &Text, ents: &Entities, mt: usize) -> Option<usize> {
    let toks = &text.tokens;
    if mt == 0 || toks[mt - 1].sentence != toks[mt].sentence {
        return None;
    }
    let p = mt - 1;
    let prep = toks[p].lower();
    if words().place_prepositions.contains(&prep) {
        return Some(p);
    }
    let (_, _, i) = ents.covering(toks[mt].start)?;
    (matches!(prep.as_str(), "of" | "from")
        && matches!(ents.list[i].kind, EntityType::Location | EntityType::Group))
    .then_some(p)
}

/// The subject a prepositional phrase at token `p` (ending at character `end`) modifies: a collective,
/// named with the phrase ("diplomats in Vienna", "residents of X"), or an actor that is no place's object
/// itself, ending right before it.
fn head_before_preposition(
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
        EntityType::Group => {
            let g = collective_speaker(text, ents, ht, i);
            Some(group_with_phrase(text, ents, g, toks[p].start, end))
        }
        EntityType::Person | EntityType::Organization | EntityType::ArmedGroup => {
            match subject_preposition(text, ents, ht) {
                Some(_) => None,
                None => Some(i),
            }
        }
        _ => None,
    }
}

/// The collective or actor that opens the sentence and a relative clause: "Diplomats who have read the
/// draft say" (`comma` false: "who" must follow the subject directly and no comma stand before the cue
/// at token `j`) and "Two officials involved in the talks, who spoke …, said" (`comma` true: `j` is the
/// "who" after the comma; the subject opens the sentence and no comma stands between it and ", who").
fn relative_clause_subject(
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
    Some(if ents.list[i].kind == EntityType::Group {
        collective_speaker(text, ents, mt, i)
    } else {
        i
    })
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
        && !words().noun_determiners.contains(&toks[a - 1].lower())
        && !words().pronouns.contains(&toks[a - 1].text)
    {
        a -= 1;
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
    let name = text.slice(start, end);
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

/// The subject of a verb coordinated by the "and" at token `and`: the subject of the nearest earlier cue
/// verb outside quotes in the sentence, else an actor named within the sentence's first six tokens (the
/// sentence subject), when no comma or quote stands between it and the "and".
pub(super) fn coordinated_subject(
    text: &Text,
    ents: &mut Entities,
    and: usize,
    sp: &Speakers,
    quotes: &Quotes,
) -> Option<usize> {
    let toks = &text.tokens;
    let seg = text.sentences[toks[and].sentence];
    if let Some(c) = (seg.tok_start..and)
        .rev()
        .find(|&m| !quotes.marks_cover(toks[m].start) && cue_at(text, m).is_some())
    {
        return subject_before(text, ents, c, sp, quotes);
    }
    if (seg.tok_start..and).any(|m| toks[m].text == "," || toks[m].kind == TokKind::Quote) {
        return None;
    }
    ents.within(toks[seg.tok_start].start, toks[and].start)
        .into_iter()
        .next()
        .filter(|(s, _, i)| {
            text.token_at_or_after(*s) < seg.tok_start + 6
                && ents.is_actor(*i)
                && ents.list[*i].kind != EntityType::Group
        })
        .map(|(_, _, i)| i)
}

/// "the prime minister" → the person with that role, else the latest person without a role;
/// "the MILF leader" → the person affiliated with MILF.
pub(super) fn resolve_role_phrase(
    ents: &mut Entities,
    text: &Text,
    phrase: &[String],
    start: usize,
    end: usize,
) -> Option<usize> {
    let lex = lexicon();
    if phrase.is_empty() {
        return None;
    }
    let titled: Vec<String> = phrase
        .iter()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    // find a title at the end of the phrase
    for s in 0..phrase.len() {
        let tail: Vec<&str> = titled[s..].iter().map(String::as_str).collect();
        let tail_raw: Vec<&str> = phrase[s..].iter().map(String::as_str).collect();
        let m = lex
            .longest_title(&tail)
            .or_else(|| lex.longest_title(&tail_raw));
        if let Some((len, _)) = m
            && len == tail.len()
        {
            let role = tail.join(" ").to_lowercase();
            let modifier: String = phrase[..s].join(" ");
            let surface = text.slice(start, end);
            let found = if !modifier.is_empty() {
                ents.list.iter().position(|e| {
                    e.kind == EntityType::Person
                        && e.affiliation.is_some_and(|a| {
                            let ae = &ents.list[a];
                            ae.name == modifier || ae.aliases.contains(&modifier)
                        })
                })
            } else {
                ents.list
                    .iter()
                    .position(|e| {
                        e.kind == EntityType::Person
                            && e.roles.iter().any(|r| r.to_lowercase() == role)
                    })
                    .or_else(|| {
                        // the most recently mentioned person without a role
                        ents.list
                            .iter()
                            .enumerate()
                            .filter(|(_, e)| e.kind == EntityType::Person && e.roles.is_empty())
                            .filter_map(|(i, e)| {
                                e.mentions
                                    .iter()
                                    .filter(|m| m.0 < start)
                                    .map(|m| m.0)
                                    .max()
                                    .map(|m| (m, i))
                            })
                            .max()
                            .map(|(_, i)| i)
                    })
            };
            if let Some(i) = found {
                ents.list[i].aliases.insert(surface);
                ents.mention(i, (start, end), &text.slice(start, end));
            }
            return found;
        }
    }
    None
}

pub(super) static SPEAKER_DOCUMENTS: std::sync::LazyLock<&std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| &words().speaker_documents);

/// The state or institution an anonymous source's phrase (tokens `a..=n`, "a senior Thai official",
/// "a State Department spokesperson") names, the first one covering a token of it; `None` when it names
/// none ("a Western diplomat").
fn anonymous_source_actor(text: &Text, ents: &Entities, a: usize, n: usize) -> Option<usize> {
    let toks = &text.tokens;
    (a..=n).find_map(|m| {
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

/// When the sentence before sentence `sent` opens with an anonymous source ("An Ethiopian official,
/// who …, disputed that account."): `Some` of the actor its phrase names (or `Some(None)`), so that a
/// pronoun in `sent` does not fall back to a person named earlier.
fn anonymous_subject(text: &Text, ents: &Entities, sent: usize) -> Option<Option<usize>> {
    let toks = &text.tokens;
    let prev = text.sentences.get(sent.checked_sub(1)?)?;
    let a = (prev.tok_start..prev.tok_end)
        .find(|&m| !toks[m].text.chars().all(|c| c.is_ascii_digit() || c == ':'))?;
    if !matches!(toks[a].lower().as_str(), "a" | "an" | "one") {
        return None;
    }
    let n = (a + 1..prev.tok_end.min(a + 7))
        .take_while(|&m| toks[m].kind == TokKind::Word)
        .find(|&m| words().anonymous_source_nouns.contains(&toks[m].lower()))?;
    Some(anonymous_source_actor(text, ents, a, n))
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
    let name = text.slice(start, end);
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
