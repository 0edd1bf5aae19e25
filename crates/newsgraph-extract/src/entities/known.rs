//! Names the lexicon knows (organisations, countries, capitals, demonyms, cities, regions), longest first,
//! on runs of name tokens; a capital's mentions become its government or the city once all are found.

use super::Entities;
use super::names::{Hit, add_country, add_place, is_name_token, lookup, title_case};
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;
use std::collections::{BTreeSet, HashSet};

/// Capital mentions whose role (place or government) is decided after all entities are known.
pub(super) struct CapitalMention {
    iso2: String,
    span: (usize, usize),
    surface: String,
    metonymic: bool,
    dateline: bool,
}

/// Phase A: lexicon matches, longest first (up to nine tokens), on runs of name tokens (with connectors
/// and short lowercase words inside); marks the tokens matched in `taken` and returns the capitals'
/// mentions (see [`resolve_capitals`]).
pub(super) fn recognize(
    text: &Text,
    ents: &mut Entities,
    taken: &mut [bool],
    lower_words: &BTreeSet<String>,
) -> Vec<CapitalMention> {
    let toks = &text.tokens;
    let n = toks.len();
    let mut capitals: Vec<CapitalMention> = Vec::new();
    let surnames = crate::surnames::marked_surnames(text);
    let mut k = 0;
    while k < n {
        // a dateline's outlet, read before (`outlets`)
        if taken[k] {
            k += 1;
            continue;
        }
        if let Some((end, hit)) = particle_org(text, k) {
            add_hit(text, ents, &mut capitals, k, end, hit);
            for t in taken.iter_mut().take(end).skip(k) {
                *t = true;
            }
            k = end;
            continue;
        }
        if !is_name_token(&toks[k]) && !toks[k].text.contains('-') {
            k += 1;
            continue;
        }
        // "US$20 million", "NZ$5": capitals written against a dollar sign are a currency's prefix, no
        // name (issue 9, session 16, set 30)
        if toks[k].is_all_caps()
            && toks
                .get(k + 1)
                .is_some_and(|t| t.start == toks[k].end && t.text.starts_with('$'))
        {
            taken[k] = true;
            k += 1;
            continue;
        }
        // a match ends before the first token that can be neither a name's word nor inside one, and
        // in the sentence of its first token; past its first token it ends on a name token
        let bound = (k + 1..(k + 9).min(n))
            .find(|&j| {
                toks[j].sentence != toks[k].sentence
                    || !(is_name_token(&toks[j]) || may_be_inside_name(&toks[j]))
            })
            .unwrap_or((k + 9).min(n));
        let matched = lowercase_tail_alias(text, k, bound).or_else(|| {
            (k + 1..=bound).rev().find_map(|end| {
                if end - k > 1 && !is_name_token(&toks[end - 1]) {
                    return None;
                }
                let hit = match_at(text, k, end, lower_words, &surnames)?;
                Some((end, hit))
            })
        });
        // an organisation a country opens ("China Coast Guard") goes before a place it opens
        if let Some((end, hit)) = &matched
            && org_extension(text, k, *end, hit).is_none()
            && let Some((from, to)) = sea_extension(text, k, *end, hit, taken)
        {
            let span = (toks[from].start, toks[to - 1].end);
            let surface = text.slice(span.0, span.1);
            add_place(ents, text, from, span, &surface, &surface, None, None);
            for t in taken.iter_mut().take(to).skip(from) {
                *t = true;
            }
            k = to;
            continue;
        }
        if let Some((mut end, hit)) = matched {
            match org_extension(text, k, end, &hit) {
                Some(e) => {
                    let state = match &hit {
                        Hit::Country(iso2) | Hit::Demonym(iso2) => Some((end, iso2.as_str())),
                        _ => None,
                    };
                    let from = match state {
                        Some(_) => name_prefix(text, taken, k).unwrap_or(k),
                        None => k,
                    };
                    add_extended_org(text, ents, from, e, state);
                    end = e;
                }
                None => match head_of_place(text, k, &hit, taken) {
                    Some(from) => {
                        let span = (toks[from].start, toks[end - 1].end);
                        let surface = text.slice(span.0, span.1);
                        add_place(ents, text, from, span, &surface, &surface, None, None);
                        for t in taken.iter_mut().take(k).skip(from) {
                            *t = true;
                        }
                    }
                    None => add_hit(text, ents, &mut capitals, k, end, hit),
                },
            }
            for t in taken.iter_mut().take(end).skip(k) {
                *t = true;
            }
            k = end;
        } else {
            hyphenated(text, ents, &mut capitals, k);
            k += 1;
        }
    }
    capitals
}

/// "the Royal Thai Army": one capitalised word between "the" and the country's name or demonym at token
/// `k`, in its sentence, no title and in no other name, opens the organisation the country's words
/// open; its token, or `None` (issue 9, session 15, set 23).
fn name_prefix(text: &Text, taken: &[bool], k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let (the, word) = (toks.get(k.checked_sub(2)?)?, &toks[k - 1]);
    let sent = toks[k].sentence;
    (the.lower() == "the"
        && the.sentence == sent
        && word.sentence == sent
        && word.kind == TokKind::Word
        && word.is_capitalized()
        && !taken[k - 1]
        && lexicon().longest_title(&[word.text.as_str()]).is_none())
    .then_some(k - 1)
}

/// Adds the organisation of tokens `[k, e)` that [`org_extension`] found: the lexicon's organisation when
/// its acronym follows in brackets ("United Nations Support Mission in Libya (UNSMIL)"), else a new one
/// named by the text, which the bracketed acronym then names too ("… Mission to Moldova and Ukraine
/// (EUBAM)"). When a country's name or demonym opened it (`state`: the token after the country's words
/// and its ISO code), the organisation is affiliated with the state, which keeps its mention as an
/// institution's state does (so an agreement the ministry makes is the state's), and a later mention of
/// the words after the country alone is the same organisation ("the U.S. State Department … The State
/// Department said").
fn add_extended_org(
    text: &Text,
    ents: &mut Entities,
    k: usize,
    e: usize,
    state: Option<(usize, &str)>,
) {
    let toks = &text.tokens;
    let span = (toks[k].start, toks[e - 1].end);
    let surface = text.slice(span.0, span.1);
    let acronym = (e + 2 < toks.len()
        && toks[e].text == "("
        && toks[e + 2].text == ")"
        && toks[e + 1].is_all_caps())
    .then(|| toks[e + 1].text.clone());
    let (name, kind) = match acronym.as_deref().and_then(lookup) {
        Some(Hit::Org(name, kind)) => (name, kind),
        _ => (surface.clone(), EntityType::Organization),
    };
    let i = ents.add(&format!("org:{name}"), kind, &name, span, &surface);
    if let Some(a) = acronym {
        ents.keys.insert(format!("acronym:{a}"), i);
    }
    if let Some((t, iso2)) = state {
        let rest = text.slice(toks[t].start, toks[e - 1].end);
        ents.keys.entry(format!("org:{rest}")).or_insert(i);
        // "the Kenyan Ministry of Roads and Transport" is also the "Ministry of Roads and Transport"
        if toks[t..e]
            .iter()
            .any(|x| words().org_name_connectors.contains(&x.text))
        {
            ents.list[i].aliases.insert(rest.clone());
        }
        let cspan = (toks[k].start, toks[t - 1].end);
        let st = add_country(ents, iso2, cspan, &text.slice(cspan.0, cspan.1));
        ents.list[st].mentions.insert(cspan);
        if ents.list[i].affiliation.is_none() {
            ents.list[i].affiliation = Some(st);
        }
    }
}

/// The end of a longer organisation a known one opens: "United Nations Command", "U.N. Development
/// Programme", "European Union Border Assistance Mission" (the known organisation at tokens `[k, end)`
/// followed by up to four capitalised words in its sentence whose last is an organisation head word of
/// the lexicon). `None` when no such words follow (issue 9, session 13, third invented set). A country's
/// name or demonym opens such an organisation too: "China Coast Guard", "the Ethiopian Human Rights
/// Commission", "Guyana Defence Force" (issue 9, session 14, fifth invented set). A city opens one
/// before a head of `city_org_heads.txt` ("the Cairo Centre for Strategic Studies"; issue 9, session 16,
/// set 30).
fn org_extension(text: &Text, k: usize, end: usize, hit: &Hit) -> Option<usize> {
    if matches!(hit, Hit::City(..) | Hit::Capital(..)) {
        return super::city_orgs::city_org_end(text, k, end)
            .or_else(|| super::city_orgs::city_outlet_end(text, k, end));
    }
    if !matches!(hit, Hit::Org(..) | Hit::Country(..) | Hit::Demonym(..)) {
        return None;
    }
    let toks = &text.tokens;
    let lex = lexicon();
    // an abbreviation that may end a sentence ("U.N. Development Programme") does not end this one
    let last = &toks[end - 1];
    let sent = match toks.get(end) {
        Some(t)
            if last.text.len() > 1
                && last.text.ends_with('.')
                && t.paragraph == last.paragraph
                && t.start == last.end + 1 =>
        {
            t.sentence
        }
        _ => toks[k].sentence,
    };
    // "the Djibouti Dockers' Union", "the Senegalese Fishermen's Union", "the Uganda People's Defence
    // Forces": a possessive written against a capitalised word and followed by one stays inside the run
    // (one more token in reach for it); not after an organisation's head ("the Royal Thai Army's Third
    // Army Region" is two) (issue 9, session 18, sets 49 and 56, who wrote it each)
    let possessive_inside = |m: usize| {
        matches!(toks[m].text.as_str(), "'s" | "’s" | "'" | "’")
            && m > end
            && toks[m].start == toks[m - 1].end
            && lex.org_head(&toks[m - 1].text).is_none()
            && toks.get(m + 1).is_some_and(|t| {
                t.kind == TokKind::Word && t.is_capitalized() && t.sentence == sent
            })
    };
    let run = (end..(end + 5).min(toks.len()))
        .take_while(|&m| {
            toks[m].kind == TokKind::Word && toks[m].is_capitalized() && toks[m].sentence == sent
                || possessive_inside(m)
        })
        .count();
    let run = run + joined_org_words(text, end, run, sent);
    let head = (end..end + run)
        .rev()
        .find(|&m| lex.org_head(&toks[m].text).is_some())?;
    if matches!(hit, Hit::Country(..) | Hit::Demonym(..)) {
        let e = state_org_tail(text, end, head)?;
        if e != head + 1 {
            return Some(e);
        }
    }
    Some(place_complement(text, head + 1).unwrap_or(head + 1))
}

/// "the Kenya Marine and Fisheries Research Institute": when the one or two capitalised words after a
/// country (`run` of them from token `end`, in sentence `sent`) hold no organisation head, no title and no
/// country, an "and" after them and one to three capitalised words ending in an organisation head, none a
/// country or demonym, run the name on: the count of tokens added ("and" and those words), else 0
/// (issue 9, session 17, set 39).
fn joined_org_words(text: &Text, end: usize, run: usize, sent: usize) -> usize {
    let toks = &text.tokens;
    let lex = lexicon();
    let plain = |m: usize| {
        lex.org_head(&toks[m].text).is_none()
            && lex.longest_title(&[toks[m].text.as_str()]).is_none()
            && lex.country_by_name(&toks[m].text).is_none()
            && lex.country_by_demonym(&toks[m].text).is_none()
    };
    let and = end + run;
    if !(1..=2).contains(&run)
        || !(end..and).all(plain)
        || toks.get(and).is_none_or(|t| t.text != "and")
    {
        return 0;
    }
    let after = (and + 1..(and + 4).min(toks.len()))
        .take_while(|&m| {
            toks[m].kind == TokKind::Word && toks[m].is_capitalized() && toks[m].sentence == sent
        })
        .collect::<Vec<_>>();
    match after
        .iter()
        .rposition(|&m| lex.org_head(&toks[m].text).is_some())
    {
        Some(h)
            if after[..=h].iter().all(|&m| {
                lex.country_by_name(&toks[m].text).is_none()
                    && lex.country_by_demonym(&toks[m].text).is_none()
            }) =>
        {
            h + 2
        }
        _ => 0,
    }
}

/// The end of the "of"/"for" complement of an organisation head ending at token `head`: a word of
/// `org_name_connectors.txt` and up to three capitalised words in the sentence, with "and" and up to two
/// more that are no country ("Ministry of Water and Energy", "Federal Agency for Fishery"), or a list of
/// one word, a comma, one word and that "and" ("Ministry of Livestock, Fisheries and Animal Industries");
/// `None` when no such complement follows (issue 9, session 14, seventh invented set; session 16, set 30).
pub(super) fn of_complement(text: &Text, head: usize) -> Option<usize> {
    let toks = &text.tokens;
    let lex = lexicon();
    let sent = toks[head].sentence;
    let cap = |m: usize| {
        toks.get(m)
            .is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized() && t.sentence == sent)
    };
    let c = toks.get(head + 1)?;
    if c.kind != TokKind::Word || !words().org_name_connectors.contains(&c.text) {
        return None;
    }
    let first = (head + 2..head + 5).take_while(|&m| cap(m)).count();
    if first == 0 {
        return None;
    }
    let mut e = head + 2 + first;
    // "the Cameroonian Ministry of Livestock, Fisheries and Animal Industries": a list of portfolios, one
    // word before "and" (issue 9, session 16, set 30)
    let plain = |m: usize| {
        cap(m)
            && lex.country_by_name(&toks[m].text).is_none()
            && lex.country_by_demonym(&toks[m].text).is_none()
    };
    if first == 1
        && toks.get(e).is_some_and(|t| t.text == ",")
        && plain(e + 1)
        && toks.get(e + 2).is_some_and(|t| t.text == "and")
        && plain(e + 3)
    {
        e += 2;
    }
    if toks.get(e).is_some_and(|t| t.text == "and")
        && cap(e + 1)
        && lex.country_by_name(&toks[e + 1].text).is_none()
        && lex.country_by_demonym(&toks[e + 1].text).is_none()
    {
        e += 1 + (e + 1..e + 3).take_while(|&m| cap(m)).count();
    }
    Some(e)
}

/// The end of the organisation that the words `[end, head]` after a country's name or demonym join it
/// into, `None` when they may not: they are no organisation the lexicon knows by itself ("U.S. State
/// Department" stays the lexicon's "State Department"), and an "of"/"for" complement of capitalised words
/// is part of the name ("the Swiss Federal Department of Foreign Affairs", "the Ethiopian Ministry of Water
/// and Energy", unless the lexicon knows the words without the country: "the Russian Ministry of
/// Defence"); any other lowercase connector with a capitalised word after the head leaves the name to the
/// capitalised runs ("American University in Cairo"; a connector is a word of `name_connectors.txt` or
/// "in").
fn state_org_tail(text: &Text, end: usize, head: usize) -> Option<usize> {
    let toks = &text.tokens;
    if let Some(e) = of_complement(text, head) {
        let tail = text.slice(toks[end].start, toks[e - 1].end);
        let short = text.slice(toks[end].start, toks[head].end);
        return (!matches!(lookup(&tail), Some(Hit::Org(..)))
            && !matches!(lookup(&short), Some(Hit::Org(..))))
        .then_some(e);
    }
    let tail = text.slice(toks[end].start, toks[head].end);
    // "the U.S. Embassy in Baghdad": a head that takes a place complement (`place_complement_heads.txt`)
    // keeps it (issue 9, session 15)
    let place_head = words().place_complement_heads.contains(toks[head].lower());
    let connector_follows = !place_head
        && toks.get(head + 1).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.is_capitalized()
                && (words().name_connectors.contains(&t.text) || t.text == "in")
        })
        && toks
            .get(head + 2)
            .is_some_and(|t| t.is_capitalized() && t.sentence == toks[head].sentence);
    (!connector_follows && !matches!(lookup(&tail), Some(Hit::Org(..)))).then_some(head + 1)
}

/// "the South China Sea", "the West Philippine Sea": a country's name or demonym (tokens `[k, end)`)
/// before a capitalised place head of `location_heads.txt` that is no organisation head, with a
/// capitalised compass word before it at most, is one place: its tokens `(from, to)` (issue 9, session
/// 14, fifth invented set). So is a region the lexicon knows before such a head ("the Upper East
/// Region", issue 9, session 15, set 21), and a city or capital ("Port Louis Harbour", "San Pedro Bay";
/// issue 9, session 16, set 30).
fn sea_extension(
    text: &Text,
    k: usize,
    end: usize,
    hit: &Hit,
    taken: &[bool],
) -> Option<(usize, usize)> {
    if !matches!(
        hit,
        Hit::Country(..) | Hit::Demonym(..) | Hit::Region(..) | Hit::City(..) | Hit::Capital(..)
    ) {
        return None;
    }
    let toks = &text.tokens;
    toks.get(end).filter(|t| {
        t.sentence == toks[k].sentence
            && t.kind == TokKind::Word
            && t.is_capitalized()
            && words().location_heads.contains(&t.text)
            && lexicon().org_head(&t.text).is_none()
    })?;
    let from = if k > 0
        && !taken[k - 1]
        && toks[k - 1].sentence == toks[k].sentence
        && toks[k - 1].is_capitalized()
        && words().directions.contains(toks[k - 1].lower())
    {
        k - 1
    } else {
        k
    };
    Some((from, end + 1))
}

/// "the Gulf of Aden", "the Horn of Africa": a place the lexicon knows at token `k` after "of" and a
/// capitalised head of `place_of_heads.txt` in its sentence, not yet part of a name, is the tail of one
/// geographic name: the head's token (issue 9, session 15, set 15).
fn head_of_place(text: &Text, k: usize, hit: &Hit, taken: &[bool]) -> Option<usize> {
    if !matches!(
        hit,
        Hit::Country(..) | Hit::Capital(..) | Hit::City(..) | Hit::Region(..)
    ) || k < 2
    {
        return None;
    }
    let toks = &text.tokens;
    let (of, head) = (&toks[k - 1], &toks[k - 2]);
    (of.text == "of"
        && of.sentence == toks[k].sentence
        && head.sentence == toks[k].sentence
        && !taken[k - 2]
        && words().place_of_heads.contains(&head.text))
    .then_some(k - 2)
}

/// The end of a place complement after a head word of `place_complement_heads.txt` ending at token `a`
/// ("Mission in South Sudan", "Force in Cyprus", "Mission to Moldova and Ukraine"): "in"/"to" and one or
/// two capitalised runs of up to three words joined by "and", in the sentence (issue 9, session 13).
pub(super) fn place_complement(text: &Text, a: usize) -> Option<usize> {
    let toks = &text.tokens;
    if !words().place_complement_heads.contains(toks[a - 1].lower())
        || !toks
            .get(a)
            .is_some_and(|t| matches!(t.text.as_str(), "in" | "to"))
    {
        return None;
    }
    let caps = |from: usize| {
        (from..(from + 3).min(toks.len()))
            .take_while(|&m| {
                toks[m].kind == TokKind::Word
                    && toks[m].is_capitalized()
                    && toks[m].sentence == toks[a].sentence
            })
            .count()
    };
    let first = caps(a + 1);
    if first == 0 {
        return None;
    }
    let mut end = a + 1 + first;
    if toks.get(end).is_some_and(|t| t.text == "and") {
        let second = caps(end + 1);
        if second > 0 {
            end += 1 + second;
        }
    }
    Some(end)
}

/// A token that may stand inside a name the lexicon knows whole, though it is no name token: a connector
/// or hyphen, a possessive ("People's Republic of China", issue 9, session 9), a short lowercase word
/// ("Organization for Security and Co-operation in Europe": "in", "to", "de"; issue 9, session 13).
fn may_be_inside_name(t: &crate::text::Token) -> bool {
    words().name_connectors.contains(&t.text)
        || t.text == "-"
        || matches!(t.text.as_str(), "'s" | "’s")
        || (t.kind == TokKind::Word
            && t.text.chars().count() <= 3
            && t.text.chars().all(char::is_lowercase))
}

/// "al Qaeda", "al Shabaab": a lowercase name particle (`name_particles.txt`) at token `k` before name
/// tokens, naming an organisation the lexicon knows with the particle capitalised ("Al Qaeda"): the
/// match's end and hit, longest first (up to three name tokens; issue 9, session 15).
fn particle_org(text: &Text, k: usize) -> Option<(usize, Hit)> {
    let toks = &text.tokens;
    let t = &toks[k];
    if t.kind != TokKind::Word || t.is_capitalized() || !words().name_particles.contains(&t.text) {
        return None;
    }
    let names = (k + 1..(k + 4).min(toks.len()))
        .take_while(|&m| toks[m].sentence == t.sentence && is_name_token(&toks[m]))
        .count();
    (k + 2..=k + 1 + names).rev().find_map(|end| {
        let surface = format!(
            "{}{}",
            title_case(&t.text),
            text.slice(t.end, toks[end - 1].end)
        );
        match lookup(&surface)? {
            hit @ Hit::Org(..) => Some((end, hit)),
            _ => None,
        }
    })
}

/// The lowercase words inside the lexicon's organisation names and aliases ("refugee" of "UN refugee
/// agency", "movement" of "Houthi movement"): a run of name tokens followed by no such word names no
/// organisation with a lowercase tail, so [`lowercase_tail_alias`] looks nothing up there.
static LOWERCASE_NAME_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| {
        lexicon()
            .organizations()
            .iter()
            .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases))
            .flat_map(|n| n.split_whitespace().skip(1))
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .map(str::to_lowercase)
            .collect()
    });

/// An organisation the lexicon knows by a name with lowercase words after the run of name tokens
/// `[k, bound)`: "the UN refugee agency", "the Houthi movement", "the Islamic State group" (up to three
/// lowercase words, in the sentence): the match's end and hit, longest first (issue 9, session 15).
fn lowercase_tail_alias(text: &Text, k: usize, bound: usize) -> Option<(usize, Hit)> {
    let toks = &text.tokens;
    // only where the word after the run is a lowercase word of some organisation's name
    if !toks
        .get(bound)
        .is_some_and(|t| LOWERCASE_NAME_WORDS.contains(t.lower()))
    {
        return None;
    }
    let tail = (bound..(bound + 3).min(toks.len()))
        .take_while(|&m| {
            toks[m].kind == TokKind::Word
                && !toks[m].is_capitalized()
                && toks[m].sentence == toks[k].sentence
        })
        .count();
    (bound + 1..=bound + tail).rev().find_map(|end| {
        match lookup(&text.slice(toks[k].start, toks[end - 1].end))? {
            hit @ Hit::Org(..) => Some((end, hit)),
            _ => None,
        }
    })
}

/// What the lexicon knows of tokens `[k, end)`, unless the context says they are no such name.
fn match_at(
    text: &Text,
    k: usize,
    end: usize,
    lower_words: &BTreeSet<String>,
    surnames: &HashSet<String>,
) -> Option<Hit> {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    // all tokens in [k, end) must be name tokens or connectors/particles (not first/last)
    let ok = (k..end).all(|j| {
        let t = &toks[j];
        is_name_token(t) || (j > k && j + 1 < end && may_be_inside_name(t)) || (end - k == 1)
    });
    if !ok || toks[end - 1].sentence != toks[k].sentence {
        return None;
    }
    let surface = text.slice(toks[k].start, toks[end - 1].end);
    let hit = lookup(&surface)?;
    if matches!(hit, Hit::Country(..)) && country_in_org_name_at(text, k, end) {
        return None;
    }

    // "the National Security Council": a known organisation after a capitalised word that opens a
    // longer name (`org_name_left_modifiers.txt`) is left to the capitalised run
    if matches!(hit, Hit::Org(..))
        && k > 0
        && toks[k - 1].sentence == toks[k].sentence
        && w.org_name_left_modifiers.contains(&toks[k - 1].text)
    {
        return None;
    }
    // a single organisation or place name inside a longer capitalised run is left to the run
    if end - k == 1 && matches!(hit, Hit::Org(..) | Hit::City(..) | Hit::Region(..)) {
        let joined = |j: usize| {
            toks.get(j).is_some_and(|t| {
                t.sentence == toks[k].sentence
                    && is_name_token(t)
                    && !(text.is_sentence_initial(j) && lower_words.contains(t.lower()))
                    && !w.directions.contains(t.lower())
                    && lex.longest_title(&[t.text.as_str()]).is_none()
            })
        };
        // … unless it opens a longer organisation ("U.N. Development Programme", issue 9, session 13);
        // a name word before it means it opens nothing ("Charles Darwin University"; session 17, ent2)
        if (k > 0 && joined(k - 1)) || joined(end) && org_extension(text, k, end, &hit).is_none() {
            return None;
        }
    }
    // "the Centre for Basin Studies": a one-word place that is also an organisation head, before "for"
    // or "of" and a capitalised word, opens an organisation's name (issue 9, session 15, set 15)
    if end - k == 1
        && matches!(hit, Hit::City(..) | Hit::Region(..))
        && lex.org_head(&toks[k].text).is_some()
        && toks
            .get(end)
            .is_some_and(|t| matches!(t.text.as_str(), "for" | "of"))
        && toks.get(end + 1).is_some_and(|t| {
            t.sentence == toks[k].sentence && t.kind == TokKind::Word && t.is_capitalized()
        })
    {
        return None;
    }
    if place_in_other_name(text, k, end, &hit) {
        return None;
    }
    // a one-word place that the text marks as a person's surname ("Mr Santos")
    if end - k == 1
        && matches!(hit, Hit::City(..) | Hit::Region(..))
        && crate::surnames::is_surname_here(text, surnames, k)
    {
        return None;
    }
    // a single sentence-initial common word is no name (e.g. "Previous")
    if end - k == 1 && text.is_sentence_initial(k) && lower_words.contains(toks[k].lower()) {
        return None;
    }
    Some(hit)
}

/// Whether the place the lexicon matched at tokens `[k, end)` is part of another name, no place the
/// article mentions (issue 9, session 17, set 39): a one-word place after a name particle that follows a
/// capitalised name's word ends a person's name ("Imtiaz ul Hassan", "Khalid bin Tobruk"); a city before a
/// treaty's capitalised head (`signing_place_heads.txt`) names the treaty ("the 2020 Doha Agreement",
/// "the Montreux Convention").
fn place_in_other_name(text: &Text, k: usize, end: usize, hit: &Hit) -> bool {
    let toks = &text.tokens;
    let w = words();
    let after_particle = end - k == 1
        && matches!(hit, Hit::City(..) | Hit::Region(..))
        && k >= 2
        && toks[k - 1].sentence == toks[k].sentence
        && w.name_particles.contains(&toks[k - 1].text)
        && is_name_token(&toks[k - 2])
        && toks[k - 2].sentence == toks[k].sentence
        && lookup(&toks[k - 2].text).is_none();
    let treaty = matches!(hit, Hit::City(..) | Hit::Capital(..))
        && toks.get(end).is_some_and(|t| {
            t.sentence == toks[k].sentence && w.signing_place_heads.contains(&t.text)
        });
    after_particle || treaty
}

/// Whether the country at tokens `[k, end)` ends an organisation's name (`country_in_org_name`), or is
/// the tail of a longer country's name that does: "the University of Papua New Guinea" names no state
/// "Guinea" (session 17, ent2).
fn country_in_org_name_at(text: &Text, k: usize, end: usize) -> bool {
    country_in_org_name(text, k) || longer_country_in_org_name(text, k, end)
}

/// Whether a country's name of one or two more words before token `k` ("Papua New | Guinea") runs to
/// token `end` and ends an organisation's name (`country_in_org_name`).
fn longer_country_in_org_name(text: &Text, k: usize, end: usize) -> bool {
    let toks = &text.tokens;
    (k.saturating_sub(2)..k).any(|j| {
        toks[j].sentence == toks[k].sentence
            && toks[j..k].iter().all(is_name_token)
            && matches!(
                lookup(&text.slice(toks[j].start, toks[end - 1].end)),
                Some(Hit::Country(..))
            )
            && country_in_org_name(text, j)
    })
}

/// Whether the country at token `k` ends an organisation's name after "of" or "of the": the name runs on
/// to the country ("the Popular Liberation Front and the government of Chad" names Chad, issue 9,
/// session 9; "Armed Forces of the Philippines", issue 9, session 14); "the Government of Chad" is the
/// state (issue 9, session 12).
fn country_in_org_name(text: &Text, k: usize) -> bool {
    let toks = &text.tokens;
    let (lex, w) = (lexicon(), words());
    let of_at = if k >= 1 && toks[k - 1].text == "of" {
        k - 1
    } else if k >= 2 && toks[k - 1].text == "the" && toks[k - 2].text == "of" {
        k - 2
    } else {
        return false;
    };
    of_at >= 1
        && (of_at.saturating_sub(5)..of_at).any(|h| {
            toks[h].is_capitalized()
                && lex.org_head(&toks[h].text).is_some()
                && !(h + 1 == of_at && w.government_words.contains(toks[h].lower()))
                && toks[h + 1..k - 1]
                    .iter()
                    .all(|t| t.is_capitalized() || w.name_connectors.contains(&t.text))
        })
}

/// Adds the entity a lexicon match of tokens `[k, end)` names (a capital waits in `capitals`).
fn add_hit(
    text: &Text,
    ents: &mut Entities,
    capitals: &mut Vec<CapitalMention>,
    k: usize,
    end: usize,
    hit: Hit,
) {
    let toks = &text.tokens;
    let surface = text.slice(toks[k].start, toks[end - 1].end);
    let span = (toks[k].start, toks[end - 1].end);
    match hit {
        Hit::Org(name, kind) => {
            ents.add(&format!("org:{name}"), kind, &name, span, &surface);
        }
        Hit::Country(iso2) => {
            let island = k >= 2 && toks[k - 1].text == "of" && toks[k - 2].lower() == "island";
            if island {
                let i = ents.add(
                    &format!("loc:{surface}"),
                    EntityType::Location,
                    &surface,
                    span,
                    &surface,
                );
                ents.list[i].country = Some(iso2);
            } else {
                add_country(ents, &iso2, span, &surface);
            }
        }
        Hit::Demonym(iso2) => {
            add_country(ents, &iso2, span, &surface);
        }
        Hit::Capital(iso2) => {
            let (metonymic, dateline) = capital_role(text, k, end);
            capitals.push(CapitalMention {
                iso2,
                span,
                surface: surface.clone(),
                metonymic,
                dateline,
            });
        }
        Hit::City(name, cc, lat, lon) => {
            add_place(
                ents,
                text,
                k,
                span,
                &surface,
                &name,
                Some(cc),
                Some((lat, lon)),
            );
        }
        Hit::Region(name, cc) => {
            add_place(ents, text, k, span, &surface, &name, Some(cc), None);
        }
    }
}

/// Whether a capital's mention at tokens `[k, end)` acts (its government: "Moscow said", "talks with
/// Kyiv", "said Doha \"does not …\"", "accused Georgetown of", after a cue verb; issue 9, session 15,
/// set 15), and whether it is the article's dateline ("KYIV, …").
fn capital_role(text: &Text, k: usize, end: usize) -> (bool, bool) {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let next = toks.get(end).map(|t| t.text.as_str()).unwrap_or("");
    let next2 = toks
        .get(end + 1)
        .map(|t| t.text.to_lowercase())
        .unwrap_or_default();
    let prev = if k > 0 { toks[k - 1].lower() } else { "" };
    let dateline = text.tokens[k].start == text.paragraphs[toks[k].paragraph].start
        && (next == "," || next == "-" || next == "–" || next == "—" || next == "(")
        && toks[k].paragraph == 0;
    // "a diplomat in Oslo said": after a locative preposition the city is a place whatever verb follows
    // (issue 9, session 14, seventh invented set)
    let metonymic = !dateline
        && ((w.metonymy_verbs.contains(next) && !w.locative_prepositions.contains(prev))
            || (lex.cue_verb(next).is_some() && !w.locative_prepositions.contains(prev))
            || matches!(prev, "against" | "with" | "and" | "between")
                && !w.locative_prepositions.contains(prev)
            || (next == "as" && next2 == "well")
            || (k > 0
                && toks[k - 1].sentence == toks[k].sentence
                && toks[k - 1].kind == TokKind::Word
                && !toks[k - 1].is_capitalized()
                && lex.cue_verb(&toks[k - 1].text).is_some())
            || parenthetical_subject(text, k, end)
            || reported_subject(text, k, end));
    (metonymic, dateline)
}

/// "… said in a reply that Zagreb remained committed": a capital opening a "that" clause after a cue
/// verb earlier in its sentence, with a lowercase past-tense verb after it, acts (issue 9, session 15,
/// set 21).
fn reported_subject(text: &Text, k: usize, end: usize) -> bool {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    k >= 2
        && toks[k - 1].text == "that"
        && toks.get(end).is_some_and(|t| {
            t.sentence == sent
                && t.kind == TokKind::Word
                && !t.is_capitalized()
                && t.text.ends_with("ed")
        })
        && (k.saturating_sub(12)..k - 1).any(|m| {
            toks[m].sentence == sent
                && !toks[m].is_capitalized()
                && lexicon().cue_verb(&toks[m].text).is_some()
        })
}

/// "Bamako, for its part, insists": a capital opening its sentence, then a comma-bounded aside of up to
/// five tokens, then a verb (`metonymy_verbs.txt` or a cue verb) acts (issue 9, session 15, set 15).
fn parenthetical_subject(text: &Text, k: usize, end: usize) -> bool {
    let toks = &text.tokens;
    if !text.is_sentence_initial(k) || toks.get(end).is_none_or(|t| t.text != ",") {
        return false;
    }
    let sent = toks[k].sentence;
    let Some(close) = (end + 2..(end + 7).min(toks.len()))
        .take_while(|&m| toks[m].sentence == sent)
        .find(|&m| toks[m].text == ",")
    else {
        return false;
    };
    toks.get(close + 1).is_some_and(|t| {
        t.sentence == sent
            && !t.is_capitalized()
            && (words().metonymy_verbs.contains(t.lower()) || lexicon().cue_verb(&t.text).is_some())
    })
}

/// Hyphenated compounds of known names at token `k`: Russia-US, Belgrade-Pristina, GRP-MNLF.
fn hyphenated(text: &Text, ents: &mut Entities, capitals: &mut Vec<CapitalMention>, k: usize) {
    let t = &text.tokens[k];
    if t.kind != TokKind::Word || !t.text.contains('-') {
        return;
    }
    // "Oslo-based", "Paris-born": the capital is the city, not its government ("Moscow-backed" acts)
    let place = t
        .text
        .rsplit_once('-')
        .is_some_and(|(_, last)| matches!(last, "based" | "born"));
    let mut off = t.start;
    for part in t.text.split('-') {
        let len = part.chars().count();
        let span = (off, off + len);
        if part.chars().next().is_some_and(char::is_uppercase) {
            match lookup(part) {
                Some(Hit::Country(iso2)) | Some(Hit::Demonym(iso2)) => {
                    add_country(ents, &iso2, span, part);
                }
                Some(Hit::Capital(iso2)) => capitals.push(CapitalMention {
                    iso2,
                    span,
                    surface: part.to_string(),
                    metonymic: !place,
                    dateline: false,
                }),
                Some(Hit::Org(name, kind)) => {
                    ents.add(&format!("org:{name}"), kind, &name, span, part);
                }
                // "an Istanbul-based think tank": a city the lexicon knows, before "-based" or "-born",
                // is a place the article names (issue 9, session 15, set 15)
                Some(Hit::City(name, cc, lat, lon)) if place => {
                    let i = ents.add(
                        &format!("loc:{name}"),
                        EntityType::Location,
                        &name,
                        span,
                        part,
                    );
                    if ents.list[i].country.is_none() {
                        ents.list[i].country = Some(cc);
                        ents.list[i].coords = Some((lat, lon));
                    }
                }
                _ => {}
            }
        }
        off += len + 1;
    }
}

/// Capitals: a capital that acts anywhere is its government; its other mentions follow, except
/// datelines. The others are the city.
pub(super) fn resolve_capitals(ents: &mut Entities, capitals: Vec<CapitalMention>) {
    let lex = lexicon();
    let acting: BTreeSet<String> = capitals
        .iter()
        .filter(|c| c.metonymic)
        .map(|c| c.iso2.clone())
        .collect();
    for c in capitals {
        let acts = (c.metonymic || acting.contains(&c.iso2)) && !c.dateline;
        // "Brussels said": a capital seating an international organisation the article names acts for
        // it (`seat_metonyms.tsv`; issue 9, session 15, set 16)
        if acts
            && let Some(org) = words().seat_metonyms.get(&c.surface)
            && let Some(o) = lex.organization(org)
            && ents.get(&format!("org:{}", o.name)).is_some()
        {
            ents.add(
                &format!("org:{}", o.name),
                o.kind,
                &o.name,
                c.span,
                &c.surface,
            );
            continue;
        }
        if acts {
            add_country(ents, &c.iso2, c.span, &c.surface);
        } else {
            let name = lex
                .country_by_iso2(&c.iso2)
                .map(|x| x.capital.clone())
                .unwrap_or_else(|| c.surface.clone());
            let coords = lex.city(&name).map(|x| (x.lat, x.lon));
            let i = ents.add(
                &format!("loc:{name}"),
                EntityType::Location,
                &name,
                c.span,
                &c.surface,
            );
            ents.list[i].country = Some(c.iso2.clone());
            ents.list[i].coords = coords;
            // "Russia's embassy in Riga": a capital that ends an organisation's place complement is
            // still the city (its span stays the organisation's for look-ups; issue 9, session 15, set 21)
            if ents.list[i].mentions.is_empty()
                && ents.covering(c.span.0).is_some_and(|(_, e, o)| {
                    e == c.span.1 && ents.list[o].name.ends_with(&format!(" in {}", c.surface))
                })
            {
                ents.list[i].mentions.insert(c.span);
            }
        }
    }
}
