//! Collective parties (issue 9, session 6): unnamed collective actors that an agreement binds.
//!
//! News names one side of a deal by a counted or qualified collective as often as by a name: "a nuclear
//! deal between Iran and six powers", "a peace deal with 14 armed groups", "signed by the government and
//! loyalist militias", "a deal between Western powers and Iran". A head noun from
//! `data/extract/collective_heads.txt` with a quantifier or a modifier from
//! `data/extract/collective_modifiers.txt` right before it becomes a `Group` entity named by the whole
//! phrase, and the agreement rules may take it as a party (bare "militias" or "officials" stay ordinary
//! groups that are never parties).
//!
//! Some collectives stand for the sides of a conflict rather than for one actor ("Yemen's warring
//! parties", "the rival factions"): those are *reciprocal* (second column `reciprocal` in the heads file).
//! As a party, a reciprocal collective is resolved to the sides it names ([`sides_of`]): the state before
//! its possessive and the article's most mentioned armed group. When either side is unknown it gives
//! nothing, so that a rule that is unsure leaves the parties to the other rules.

use super::entities::Entities;
use super::text::{Text, TokKind};
use crate::model::EntityType;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Head nouns (one or two words, lowercase) → whether the collective is reciprocal.
static HEADS: LazyLock<&HashMap<Vec<String>, bool>> =
    LazyLock::new(|| &super::words::words().collective_heads);

static MODIFIERS: LazyLock<&rustc_hash::FxHashSet<String>> =
    LazyLock::new(|| &super::words::words().collective_modifiers);

/// How many modifiers may stand before a head ("six major world powers").
const MAX_MODIFIERS: usize = 3;

/// Finds collective parties in the text and adds them to `ents` as `Group` entities (recorded in
/// [`Entities::collectives`]). A longer mention replaces a shorter group mention inside it ("14 armed
/// groups" over "armed groups"); a word already inside another kind of entity is never a modifier.
pub fn recognize(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let n = toks.len();
    let mut k = 0;
    while k < n {
        // the longest head starting at k
        let Some((len, reciprocal)) = [2usize, 1].into_iter().find_map(|len| {
            if k + len > n
                || toks[k..k + len]
                    .iter()
                    .any(|t| t.kind != TokKind::Word || t.sentence != toks[k].sentence)
            {
                return None;
            }
            let words: Vec<String> = toks[k..k + len]
                .iter()
                .map(|t| t.lower().to_string())
                .collect();
            HEADS.get(&words).map(|r| (len, *r))
        }) else {
            k += 1;
            continue;
        };
        // the modifiers right before it, in the same sentence and outside other entities
        let mut a = k;
        while a > 0 && k - a < MAX_MODIFIERS {
            let p = &toks[a - 1];
            let is_mod = (p.kind == TokKind::Number && p.text.chars().all(|c| c.is_ascii_digit()))
                || (p.kind == TokKind::Word && MODIFIERS.contains(p.lower()));
            let other_entity = ents
                .covering(p.start)
                .is_some_and(|(_, _, i)| ents.list[i].kind != EntityType::Group);
            if !is_mod || p.sentence != toks[k].sentence || other_entity {
                break;
            }
            a -= 1;
        }
        let b = k + len;
        if a == k {
            k = b;
            continue;
        }
        let start = toks[a].start;
        let end = toks[b - 1].end;
        let surface = text.slice(start, end);
        // a capital that only opens the sentence is not part of the name
        let name = if text.is_sentence_initial(a) {
            let mut c = surface.chars();
            c.next()
                .map(|f| f.to_lowercase().chain(c).collect())
                .unwrap_or_default()
        } else {
            surface.clone()
        };
        let key = format!("collective:{}", surface.to_lowercase());
        let i = ents.add(&key, EntityType::Group, &name, (start, end), &surface);
        ents.collectives.insert(i, reciprocal);
        k = b;
    }
}

/// The parties entity `i` stands for: itself when it is an actor or a (non-reciprocal) collective; the
/// sides of the conflict for a reciprocal collective ([`sides_of`]); nothing otherwise.
pub fn parties_for(ents: &Entities, text: &Text, i: usize) -> Vec<usize> {
    match ents.collectives.get(&i) {
        Some(false) => vec![i],
        Some(true) => sides_of(ents, text, i),
        None if ents.is_actor(i) => ents.party_of(i).into_iter().collect(),
        None => Vec::new(),
    }
}

/// The sides a reciprocal collective names: the actor whose possessive stands right before one of its
/// mentions ("Yemen's warring parties") and the article's most mentioned armed group (the first one on a
/// tie) — or nothing when either is missing or they are the same.
pub fn sides_of(ents: &Entities, text: &Text, i: usize) -> Vec<usize> {
    let toks = &text.tokens;
    let owner = ents.list[i].mentions.iter().find_map(|&(s, _)| {
        let k = text.token_at_or_after(s);
        if k < 2 || !matches!(toks[k - 1].text.as_str(), "'s" | "’s") {
            return None;
        }
        ents.covering(toks[k - 2].start)
            .map(|(_, _, o)| o)
            .filter(|&o| ents.is_actor(o))
            .and_then(|o| ents.party_of(o))
    });
    let Some(owner) = owner else {
        return Vec::new();
    };
    let armed = ents
        .list
        .iter()
        .enumerate()
        .filter(|(j, e)| e.kind == EntityType::ArmedGroup && *j != owner)
        .max_by_key(|(j, e)| (e.mentions.len(), std::cmp::Reverse(*j)))
        .map(|(j, _)| j);
    match armed {
        Some(g) => vec![owner, g],
        None => Vec::new(),
    }
}

static REBEL_NOUNS: LazyLock<&rustc_hash::FxHashSet<String>> =
    LazyLock::new(|| &super::words::words().rebel_nouns);

/// The armed group a bare rebel noun stands for ("the rebels", `data/extract/rebel_nouns.txt`): the
/// article's only armed group, when it is mentioned at least twice (an armed group named once in passing
/// is not what "the rebels" refers to); nothing otherwise.
pub fn armed_group_for(ents: &Entities, i: usize) -> Option<usize> {
    if ents.list[i].kind != EntityType::Group || !REBEL_NOUNS.contains(&ents.list[i].name) {
        return None;
    }
    let mut armed = ents
        .list
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::ArmedGroup && !e.mentions.is_empty());
    let (g, e) = armed.next()?;
    (armed.next().is_none() && e.mentions.len() >= 2).then_some(g)
}
