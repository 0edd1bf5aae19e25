//! States' institutions named by their possessive ("Armenia's defense ministry", "Sudan's army").

use super::Entities;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// Institution heads after a state's possessive (`data/extract/possessive_org_heads.tsv`): head words
/// (lowercase, one or two words) and the entity type of the institution.
static POSSESSIVE_HEADS: std::sync::LazyLock<&Vec<(Vec<String>, EntityType)>> =
    std::sync::LazyLock::new(|| &words().possessive_org_heads);

/// A state's institution named by its possessive: "Armenia's defense ministry", "Kazakhstan's Foreign
/// Ministry", "Sudan's army" become one entity each (an organisation, or an armed group for an army),
/// affiliated with the state, with the whole phrase as its name. Up to two modifier words may stand
/// between the possessive and the head. A demonym does the same before a capitalised phrase ("Ethiopian
/// Armed Forces", "Kenyan Defence Forces").
pub(super) fn possessive_institutions(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let states = ents.state_mentions();
    for (s, e, state) in states {
        let Some((m, sent, demonym)) = head_start(text, s, e) else {
            continue;
        };
        let found = listed_head(text, m, sent, demonym)
            .or_else(|| demonym_head(text, ents, m, sent, demonym));
        let Some((to, kind)) = found else {
            continue;
        };
        // "Lebanon's army" and "the Lebanese army" are one institution of the state (issue 9, session 10);
        // the modifiers before the head are part of it ("China's defence ministry" is not "the Chinese
        // foreign ministry"; issue 9, session 15, set 23)
        let head_words: Vec<&str> = toks[m..to].iter().map(|t| t.lower()).collect();
        let same_key = format!("institution:{state}:{}", head_words.join(" "));
        let to = with_complement(text, ents, m, to, sent);
        // "Russia's embassy in Riga": after a possessive too, a head that takes a place complement
        // (`place_complement_heads.txt`) keeps it, as after a demonym (issue 9, session 15, set 21)
        let to = if demonym {
            to
        } else {
            super::known::place_complement(text, to).unwrap_or(to)
        };
        let span = (s, toks[to - 1].end);
        let surface = text.slice(span.0, span.1);
        let i = match ents.get(&same_key) {
            Some(i) => {
                ents.mention(i, span, &surface);
                i
            }
            None => {
                let i = ents.add(&format!("org:{surface}"), kind, &surface, span, &surface);
                ents.keys.insert(same_key, i);
                i
            }
        };
        if ents.list[i].affiliation.is_none() {
            ents.list[i].affiliation = Some(state);
        }
        // "Ethiopia's Ministry of Foreign Affairs" is also the "Ministry of Foreign Affairs" the text
        // names later or elsewhere: a capitalised name after the possessive is an alias (issue 9,
        // session 15, set 15)
        if !demonym && toks[m].is_capitalized() {
            let tail = text.slice(toks[m].start, toks[to - 1].end);
            if tail != ents.list[i].name {
                ents.list[i].aliases.insert(tail);
            }
        }
        // the state keeps its mention (the institution's span covers it for look-ups)
        ents.list[state].mentions.insert((s, e));
    }
}

/// Where an institution's head may start after the state's mention `s..e`: past its possessive, or right
/// after it when it is a demonym; with the sentence and whether the mention is a demonym. `None` when
/// neither follows.
pub(super) fn head_start(text: &Text, s: usize, e: usize) -> Option<(usize, usize, bool)> {
    let toks = &text.tokens;
    let k = text.token_at_or_after(e);
    // the possessive: "'s" or "’s" right after the name (one token or two)
    let mut m = k;
    let rest: String = toks
        .get(k..(k + 2).min(toks.len()))
        .unwrap_or_default()
        .iter()
        .map(|t| t.text.as_str())
        .collect();
    // "Ethiopian Armed Forces", "Kenyan Defence Forces": a demonym before a capitalised head names
    // the state's institution too (a lowercase head only from `demonym_org_heads.tsv`, below)
    // (issue 9, session 9)
    let demonym = lexicon().country_by_demonym(&text.slice(s, e)).is_some();
    if toks.get(k).is_none_or(|t| t.start != e && !demonym) {
        return None;
    }
    if toks[k].start == e && (rest.starts_with("'s") || rest.starts_with("’s")) {
        m += if toks[k].text.ends_with('s') { 1 } else { 2 };
    } else if toks[k].start == e
        && matches!(toks[k].text.as_str(), "'" | "’")
        && text.slice(s, e).ends_with('s')
    {
        // a name ending in "s" takes a bare apostrophe ("Honduras' Directorate of Fisheries"; issue 9,
        // session 16, set 30)
        m += 1;
    } else if !demonym {
        return None;
    }
    Some((m, toks[k].sentence, demonym))
}

/// The head of `data/extract/possessive_org_heads.tsv` at `m` (or up to two modifier words after it, in
/// sentence `sent`) that ends the phrase: its end token and the institution's type.
fn listed_head(text: &Text, m: usize, sent: usize, demonym: bool) -> Option<(usize, EntityType)> {
    let toks = &text.tokens;
    (0..=2usize).find_map(|skip| {
        POSSESSIVE_HEADS.iter().find_map(|(head, kind)| {
            let from = m + skip;
            let to = from + head.len();
            if to > toks.len()
                || toks[m..to]
                    .iter()
                    .any(|t| t.kind != TokKind::Word || t.sentence != sent)
            {
                return None;
            }
            let words_match = toks[from..to]
                .iter()
                .zip(head)
                .all(|(t, h)| t.lower() == *h);
            // the head ends the phrase ("the army chief" is a person, not the army)
            // nor does a noun it modifies ("Niger's military government": the state; issue 9,
            // session 13)
            let ends = toks.get(to).is_none_or(|t| {
                t.kind != TokKind::Word
                    || lexicon().longest_title(&[t.text.as_str()]).is_none()
                        && !words().institution_modifier_followers.contains(t.lower())
            });
            let capitalised = toks[from..to].iter().all(|t| t.is_capitalized());
            let proper = !demonym || toks[m..to].iter().all(|t| t.is_capitalized());
            // a capitalised name after a demonym or a possessive stays one before a title ("Kenyan
            // Defence Forces spokesman X", "Qatar's Foreign Ministry spokesman"; issue 9, session 15)
            // a capitalised name before a lowercase head is a place the head classes, no institution
            // ("Colombia's Cauca department", "France's Var department"; issue 9, session 18, attr3)
            let place_kind = !capitalised && toks[m..from].iter().any(|t| t.is_capitalized());
            (words_match && (ends || demonym || capitalised) && proper && !place_kind)
                .then_some((to, *kind))
        })
    })
}

/// "The Nigerian army said": a lowercase head right after a demonym (`demonym_org_heads.tsv`) at `m`, in
/// sentence `sent`, that ends the phrase and is no other entity's name but a group's (issue 9, session
/// 10): its end token and the institution's type.
fn demonym_head(
    text: &Text,
    ents: &Entities,
    m: usize,
    sent: usize,
    demonym: bool,
) -> Option<(usize, EntityType)> {
    let toks = &text.tokens;
    // "the Ukrainian defence ministry", "the Turkish foreign ministry": up to two lowercase modifiers
    // before a head that allows them (issue 9, session 15)
    let modifier = |t: &crate::text::Token| {
        t.kind == TokKind::Word
            && t.sentence == sent
            && !t.is_capitalized()
            && !words().finite_verbs.contains(t.lower())
            && !words().auxiliaries.contains(t.lower())
            && !matches!(t.lower(), "the" | "a" | "an" | "and" | "or" | "of")
    };
    demonym
        .then(|| {
            words()
                .demonym_org_heads
                .iter()
                .find_map(|(head, kind, modified)| {
                    let max_skip = if *modified { 2 } else { 0 };
                    let skip = (0..=max_skip)
                        .take_while(|&n| n == 0 || toks.get(m + n - 1).is_some_and(modifier))
                        .find(|&n| {
                            toks.get(m + n..m + n + head.len()).is_some_and(|ts| {
                                ts.iter().zip(head).all(|(t, h)| {
                                    t.kind == TokKind::Word && t.sentence == sent && t.text == *h
                                })
                            })
                        })?;
                    let to = m + skip + head.len();
                    // the head ends the phrase ("the Lebanese army chief" is a person, "a Russian embassy
                    // statement" the state's document)
                    // … but a spokesperson noun after the head speaks for the institution ("a
                    // Vietnamese foreign ministry spokesperson said": the ministry; issue 9, session 15)
                    let ends = toks.get(to).is_none_or(|t| {
                        t.kind != TokKind::Word
                            || words().spokesperson_nouns.contains(t.lower())
                            || lexicon().longest_title(&[t.text.as_str()]).is_none()
                                && !words().institution_modifier_followers.contains(t.lower())
                                && !words().speaker_documents.contains(t.lower())
                    });
                    // "the Somali embassy in Nairobi": a head that takes a place complement keeps it
                    // (`place_complement_heads.txt`; issue 9, session 15)
                    let to = if words()
                        .place_complement_heads
                        .contains(toks[to - 1].lower())
                    {
                        super::known::place_complement(text, to).unwrap_or(to)
                    } else {
                        to
                    };
                    (ends
                        && ents
                            .covering(toks[m].start)
                            .is_none_or(|(_, _, i)| ents.list[i].kind == EntityType::Group))
                    .then_some((to, *kind))
                })
        })
        .flatten()
}

/// The end of the institution whose head ends before token `to` (its words start at `m`, in sentence
/// `sent`): "Ghana's Ministry of Foreign Affairs": a capitalised head takes its "of …" complement of
/// capitalised words (issue 9, session 9).
fn with_complement(text: &Text, ents: &Entities, m: usize, mut to: usize, sent: usize) -> usize {
    let toks = &text.tokens;
    if toks[to - 1].is_capitalized() {
        // the organisation a name run made of the head and its complement ("Ministry of Foreign
        // Affairs") is no stop: the institution takes it whole (issue 9, session 10)
        let head_org = ents
            .covering(toks[to - 1].start)
            .filter(|(start, _, _)| *start >= toks[m].start)
            .map(|(_, _, i)| i);
        let free = |x: usize| {
            ents.covering(toks[x].start)
                .is_none_or(|(_, _, i)| Some(i) == head_org)
        };
        let mut m = to;
        while m + 1 < toks.len()
            && toks[m].sentence == sent
            && matches!(toks[m].text.as_str(), "of" | "for")
            && toks[m + 1].is_capitalized()
            && toks[m + 1].kind == TokKind::Word
            && free(m + 1)
        {
            m += 2;
            while m < toks.len()
                && toks[m].sentence == sent
                && toks[m].kind == TokKind::Word
                && toks[m].is_capitalized()
                && free(m)
            {
                m += 1;
            }
            to = m;
        }
    }
    to
}
