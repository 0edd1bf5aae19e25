//! Regional, autonomous and de facto governments as actors (issue 9, session 14, set 6). Four readings,
//! the first three run after the capitalised runs, the fourth after the capitals' role is resolved:
//!
//! - [`polities`]: a capitalised name the lexicon does not know, right after a phrase of
//!   `polity_openers.txt` ("the government of Puntland", "the breakaway region of Somaliland"), is a
//!   polity that acts: an organisation (the type `../shared/corpus/GUIDELINES.md` gives a regional
//!   government), with every other bare mention of the name in the article;
//! - [`regions_to_governments`]: when the article names a regional government
//!   (`regional_government_heads.txt`: "Autonomous Bougainville Government", "Revolutionary Government
//!   of Zanzibar") and its region acts somewhere ("Bougainville's President", "Zanzibar's minister"), the
//!   region's mentions are that government, as a capital that acts anywhere is its state
//!   (`known::resolve_capitals`); a region of a kind with its own government (ISO 3166-2 kinds from
//!   pycountry, `self_governing_region_kinds.txt`) that acts with no government named is an
//!   organisation itself ("Abkhazia's leader said");
//! - [`lowercase_governments`]: a place right before a lowercase regional modifier and government head
//!   ("the Batken regional administration") is that region's government, an organisation;
//! - [`signing_capitals`]: a capital coordinated with another actor as the subject of a party verb, or
//!   as the agent after a party participle and "by", is its state ("Jakarta and the Government of Aceh
//!   signed a pact", "a deal reached by Abuja and Yaounde").

use super::Entities;
use super::names::is_name_token;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::Text;
use crate::words::words;

/// The most tokens a polity's name may hold.
const MAX_NAME: usize = 3;

/// Runs the readings of polities and regions (after the capitalised runs).
pub(super) fn recognize(text: &Text, ents: &mut Entities) {
    polities(text, ents);
    lowercase_governments(text, ents);
    regions_to_governments(text, ents);
}

/// A capital coordinated with another actor as the subject of a party verb ("Jakarta and the Government
/// of Aceh signed a pact"), or as the agent after a party participle ("a deal reached by Abuja and
/// Yaounde"), acts: it is its state, with every mention but a dateline, as
/// `known::resolve_capitals` does for a capital that acts in other ways.
///
/// Runs after the capitals' role is resolved (`known::resolve_capitals`).
pub(super) fn signing_capitals(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let lex = lexicon();
    let party_verbs = &words().party_verbs;
    for l in 0..ents.list.len() {
        if ents.list[l].kind != EntityType::Location {
            continue;
        }
        let Some(country) = lex.country_by_capital(&ents.list[l].name) else {
            continue;
        };
        let iso2 = country.iso2.clone();
        let spans: Vec<(usize, usize)> = ents.list[l].mentions.iter().copied().collect();
        // "a deal reached by Abuja and Yaounde", "signed by Paris and the Government of X": a party
        // participle and "by" right before the tokens starting at `m` (issue 9, session 16, set 26)
        let agent_of_party_verb = |m: usize| {
            m >= 2 && toks[m - 1].lower() == "by" && party_verbs.contains(toks[m - 2].lower())
        };
        let signs = spans.iter().any(|&(s, e)| {
            let k = text.token_at_or_after(e);
            if toks.get(k).is_none_or(|t| t.text != "and") || k + 1 >= toks.len() {
                return false;
            }
            // the other actor, then its verb right after it
            let Some((_, oe, o)) = ents.covering(toks[k + 1].start).or_else(|| {
                toks.get(k + 2)
                    .filter(|_| toks[k + 1].lower() == "the")
                    .and_then(|t| ents.covering(t.start))
            }) else {
                return false;
            };
            let v = text.token_at_or_after(oe);
            ents.is_actor(o)
                && (toks.get(v).is_some_and(|t| party_verbs.contains(t.lower()))
                    || agent_of_party_verb(text.token_at_or_after(s)))
        });
        if !signs {
            continue;
        }
        for (s, e) in spans {
            let k = text.token_at_or_after(s);
            let dateline = toks[k].paragraph == 0
                && s == text.paragraphs[0].start
                && toks.get(k + 1).is_some_and(|t| t.text == ",");
            if dateline {
                continue;
            }
            let surface = text.slice(s, e);
            ents.mentions.remove(&s);
            ents.list[l].mentions.remove(&(s, e));
            super::names::add_country(ents, &iso2, (s, e), &surface);
        }
    }
}

/// Names after a polity opener ("the government of Puntland") that no mention covers become
/// organisations, with their other bare mentions.
fn polities(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let n = toks.len();
    let lex = lexicon();
    let mut names: Vec<Vec<String>> = Vec::new();
    for opener in &words().polity_openers {
        let m = opener.len();
        if m == 0 {
            continue;
        }
        for k in 0..n.saturating_sub(m) {
            if !(0..m).all(|o| toks[k + o].text.eq_ignore_ascii_case(&opener[o])) {
                continue;
            }
            let a = k + m;
            let mut b = a;
            while b < n
                && b < a + MAX_NAME
                && toks[b].sentence == toks[a].sentence
                && is_name_token(&toks[b])
                && ents.covering(toks[b].start).is_none()
                && !lex.is_non_name(&toks[b].text)
                && lex.month(&toks[b].text).is_none()
            {
                b += 1;
            }
            if b > a {
                let name: Vec<String> = toks[a..b].iter().map(|t| t.text.clone()).collect();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    for name in names {
        let full = name.join(" ");
        let m = name.len();
        let mut org = None;
        for k in 0..n.saturating_sub(m - 1) {
            if !(0..m).all(|o| toks[k + o].text == name[o]) {
                continue;
            }
            let span = (toks[k].start, toks[k + m - 1].end);
            // a bare mention: not inside another name, nor running on into one
            if ents.covering(span.0).is_some()
                || ents.covering(span.1 - 1).is_some()
                || (k + m < n && is_name_token(&toks[k + m]))
                || (k > 0
                    && is_name_token(&toks[k - 1])
                    && toks[k - 1].sentence == toks[k].sentence)
            {
                continue;
            }
            org = Some(ents.add(
                &format!("org:{full}"),
                EntityType::Organization,
                &full,
                span,
                &full,
            ));
        }
        // a polity that acts is one actor: a place of the same name ("students from X"), or a lone
        // "person" of that one name ("X said"), folds in
        if let Some(g) = org {
            for l in 0..ents.list.len() {
                let same = ents.list[l].name == full
                    && match ents.list[l].kind {
                        EntityType::Location => true,
                        EntityType::Person => m == 1,
                        _ => false,
                    };
                if same && l != g {
                    move_mentions(text, ents, l, g);
                }
            }
        }
    }
}

/// "The Batken regional administration", "the Fergana provincial government": a place named right before a
/// lowercase modifier of `regional_government_modifiers.txt` and a head of
/// `regional_government_heads.txt` (in lowercase) is that region's government, an organisation named by
/// the three words (issue 9, session 15, set 20).
fn lowercase_governments(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let w = words();
    let spans: Vec<(usize, usize)> = ents
        .mentions
        .iter()
        .filter(|(_, (_, i))| ents.list[*i].kind == EntityType::Location)
        .filter_map(|(&s, &(e, _))| {
            let m = text.token_at_or_after(e);
            let (modifier, head) = (toks.get(m)?, toks.get(m + 1)?);
            let same =
                modifier.sentence == toks[m - 1].sentence && head.sentence == modifier.sentence;
            let lower = |t: &crate::text::Token| t.text.chars().all(|c| c.is_lowercase());
            (same
                && lower(modifier)
                && lower(head)
                && w.regional_government_modifiers.contains(modifier.lower())
                && w.regional_government_heads
                    .iter()
                    .any(|h| h.eq_ignore_ascii_case(&head.text)))
            .then_some((s, head.end))
        })
        .collect();
    for span in spans {
        let surface = text.slice(span.0, span.1);
        ents.add_org(&surface, span);
    }
}

/// Moves every mention of entity `from` to entity `to`.
fn move_mentions(text: &Text, ents: &mut Entities, from: usize, to: usize) {
    let spans: Vec<(usize, usize)> = ents.list[from].mentions.iter().copied().collect();
    for (s, e) in spans {
        let surface = text.slice(s, e);
        ents.mentions.remove(&s);
        ents.list[from].mentions.remove(&(s, e));
        ents.mention(to, (s, e), &surface);
    }
    // whoever acted for the place acts for the polity ("Zanzibar's minister")
    for ent in ents.list.iter_mut() {
        if ent.affiliation == Some(from) {
            ent.affiliation = Some(to);
        }
    }
}

/// The regional governments the article names: the organisations mentioned in the text whose name holds a
/// head of `regional_government_heads.txt` ("Government of Aceh", "Bougainville Administration").
pub(crate) fn regional_governments(ents: &Entities) -> Vec<usize> {
    let heads = &words().regional_government_heads;
    (0..ents.list.len())
        .filter(|&g| {
            ents.list[g].kind == EntityType::Organization
                && !ents.list[g].mentions.is_empty()
                && ents.list[g]
                    .name
                    .split_whitespace()
                    .any(|w| heads.contains(w))
        })
        .collect()
}

/// The regions whose government the article names and which act somewhere become that government.
fn regions_to_governments(text: &Text, ents: &mut Entities) {
    let govs = regional_governments(ents);
    for l in 0..ents.list.len() {
        if ents.list[l].kind != EntityType::Location || ents.list[l].mentions.is_empty() {
            continue;
        }
        let region = format!(" {} ", ents.list[l].name);
        let owners: Vec<usize> = govs
            .iter()
            .copied()
            .filter(|&g| format!(" {} ", ents.list[g].name).contains(&region))
            .collect();
        let acting = ents.list[l].mentions.iter().any(|&(_, e)| acts(text, e));
        match owners.as_slice() {
            [g] if acting => move_mentions(text, ents, l, *g),
            // no government named: a self-governing region (ISO 3166-2 kind) that acts is its own
            [] if acting && self_governing(&ents.list[l].name) => {
                ents.list[l].kind = EntityType::Organization;
            }
            _ => {}
        }
    }
}

/// Whether `name` is a region of a kind with a government of its own (`self_governing_region_kinds.txt`,
/// from the ISO 3166-2 kinds of `regions.tsv`).
fn self_governing(name: &str) -> bool {
    lexicon()
        .region(name)
        .is_some_and(|r| words().self_governing_region_kinds.contains(&r.kind))
}

/// Whether the mention ending at character `end` acts: a possessive before a title or a government
/// word ("Bougainville's President", "Zanzibar's minister", "the region's government").
fn acts(text: &Text, end: usize) -> bool {
    let toks = &text.tokens;
    let k = text.token_at_or_after(end);
    if k + 1 >= toks.len() || !matches!(toks[k].text.as_str(), "'s" | "’s") {
        return false;
    }
    let next = &toks[k + 1];
    lexicon().title(&next.text).is_some() || words().government_words.contains(next.lower())
}
