//! Named-entity recognition and document-level coreference: lexicon matches (countries, capitals,
//! demonyms, organisations, cities, regions), capitalised-name runs split at titles, acronym and
//! "known as" aliases, surname and honorific mentions, capital-for-government metonymy and
//! collective actors.
//!
//! [`recognize`] runs the phases in order: [`known`] (names the lexicon knows), acronyms and seats,
//! [`runs`] (capitalised runs, classified by [`segments`] into places, persons ([`persons`]) and
//! organisations), [`groups`] (lowercase group nouns), [`institutions`] (a state's possessive
//! institutions), collectives, and last the capitals' role. [`names`] holds the look-ups they share.

mod appositions;
mod armed_cues;
mod city_orgs;
mod group_appositions;
mod groups;
mod institutions;
mod known;
mod long_names;
mod names;
mod outlets;
mod persons;
mod place_nouns;
mod possessed;
mod regional;
mod state_governments;
pub(crate) use regional::regional_governments;
mod runs;
mod segments;
mod short_heads;
mod small_places;
mod told_outlets;

use crate::model::EntityType;
use crate::text::{Text, TokKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// An entity under construction.
#[derive(Debug, Clone)]
pub struct Ent {
    /// Type.
    pub kind: EntityType,
    /// Fullest name.
    pub name: String,
    /// Surface forms seen.
    pub aliases: BTreeSet<String>,
    /// Roles / titles.
    pub roles: Vec<String>,
    /// Index of the affiliated entity.
    pub affiliation: Option<usize>,
    /// Mentions as character spans.
    pub mentions: BTreeSet<(usize, usize)>,
    /// ISO country code (states, places).
    pub country: Option<String>,
    /// Coordinates (places).
    pub coords: Option<(f64, f64)>,
}

/// The entities of a document and an index of their mentions.
#[derive(Debug, Default)]
pub struct Entities {
    /// Entities in creation order.
    pub list: Vec<Ent>,
    keys: HashMap<String, usize>,
    /// start offset → (end offset, entity index).
    pub mentions: BTreeMap<usize, (usize, usize)>,
    /// Collective parties ("six powers", "Yemen's warring parties"; see `collectives`): entity index →
    /// whether the collective is reciprocal (stands for the sides of a conflict).
    pub collectives: BTreeMap<usize, bool>,
}

impl Entities {
    /// Adds (or finds) the organisation named `surface` at `span`, keyed by its surface ("org:…").
    pub fn add_org(&mut self, surface: &str, span: (usize, usize)) -> usize {
        self.add(
            &format!("org:{surface}"),
            EntityType::Organization,
            surface,
            span,
            surface,
        )
    }

    /// Adds (or finds) the entity with `key` and records a mention.
    pub fn add(
        &mut self,
        key: &str,
        kind: EntityType,
        name: &str,
        span: (usize, usize),
        surface: &str,
    ) -> usize {
        let idx = match self.keys.get(key) {
            Some(i) => *i,
            None => {
                self.list.push(Ent {
                    kind,
                    name: name.to_string(),
                    aliases: BTreeSet::new(),
                    roles: Vec::new(),
                    affiliation: None,
                    mentions: BTreeSet::new(),
                    country: None,
                    coords: None,
                });
                self.keys.insert(key.to_string(), self.list.len() - 1);
                self.list.len() - 1
            }
        };
        self.mention(idx, span, surface);
        idx
    }

    /// Records a mention of entity `idx` (replacing any overlapping weaker mention).
    pub fn mention(&mut self, idx: usize, span: (usize, usize), surface: &str) {
        // drop overlapping mentions that are shorter. The recorded mentions never overlap (each insertion
        // first removes what it overlaps), so their ends grow with their starts: walking back from the
        // span's end, the overlapping ones are those met before the first that ends by the span's start
        // (a scan of every earlier mention made recognition quadratic in the article's length).
        let mut overlapping: Vec<usize> = self
            .mentions
            .range(..span.1)
            .rev()
            .take_while(|(_, (e, _))| *e > span.0)
            .map(|(s, _)| *s)
            .collect();
        overlapping.reverse();
        for s in overlapping {
            let (e, ent) = self.mentions[&s];
            if e - s >= span.1 - span.0 && ent != idx {
                return;
            }
            self.mentions.remove(&s);
            self.list[ent].mentions.remove(&(s, e));
        }
        self.mentions.insert(span.0, (span.1, idx));
        self.list[idx].mentions.insert(span);
        if surface != self.list[idx].name {
            self.list[idx].aliases.insert(surface.to_string());
        }
    }

    /// The entity index for `key`.
    pub fn get(&self, key: &str) -> Option<usize> {
        self.keys.get(key).copied()
    }

    /// The mention covering character `offset`, as (start, end, entity).
    pub fn covering(&self, offset: usize) -> Option<(usize, usize, usize)> {
        self.mentions
            .range(..=offset)
            .next_back()
            .filter(|(_, (e, _))| *e > offset)
            .map(|(s, (e, i))| (*s, *e, *i))
    }

    /// Every mention of a state, in text order: (start, end, entity).
    pub fn state_mentions(&self) -> Vec<(usize, usize, usize)> {
        self.mentions
            .iter()
            .filter(|(_, (_, i))| self.list[*i].kind == EntityType::State)
            .map(|(s, (e, i))| (*s, *e, *i))
            .collect()
    }

    /// Mentions inside `[start, end)`.
    pub fn within(&self, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
        self.mentions
            .range(start..end)
            .filter(|(_, (e, _))| *e <= end)
            .map(|(s, (e, i))| (*s, *e, *i))
            .collect()
    }

    /// Whether entity `i` is an actor (can speak or be a party).
    pub fn is_actor(&self, i: usize) -> bool {
        matches!(
            self.list[i].kind,
            EntityType::Person
                | EntityType::Organization
                | EntityType::State
                | EntityType::ArmedGroup
        )
    }

    /// The state or organisation a person acts for (itself for non-persons).
    pub fn party_of(&self, i: usize) -> Option<usize> {
        if self.list[i].kind == EntityType::Person {
            return self.list[i].affiliation.filter(|a| self.is_actor(*a));
        }
        Some(i)
    }
}

/// Runs entity recognition over a document.
pub fn recognize(text: &Text) -> Entities {
    let toks = &text.tokens;
    let mut ents = Entities::default();
    // tokens already part of a name
    let mut taken = vec![false; toks.len()];
    // the words the article writes in lowercase somewhere (a capitalised one is then no name)
    let lower_words: BTreeSet<String> = toks
        .iter()
        .filter(|t| t.kind == TokKind::Word && !t.is_capitalized())
        .map(|t| t.text.clone())
        .collect();
    // session 16, set 27: the outlet in a wire dateline (`outlets`)
    outlets::dateline_outlet(text, &mut ents, &mut taken);
    // session 17, set 39: an unknown place opening a dateline (`outlets`)
    outlets::dateline_place(text, &mut ents, &mut taken);
    let capitals = known::recognize(text, &mut ents, &mut taken, &lower_words);
    crate::acronyms::word_acronyms(text, &mut ents, &mut taken);
    crate::seats::recognize(text, &mut ents, &mut taken);
    appositions::recognize(text, &mut ents, &mut taken);
    appositions::armed_name_first(text, &mut ents, &mut taken);
    // session 18, set 49: "Avanzà, a small independence party that …" (`appositions`)
    appositions::org_name_first(text, &mut ents, &mut taken);
    runs::recognize(text, &mut ents, &mut taken, &lower_words);
    // session 14, set 6: names that run on through "of"/"for"/"in" (`long_names`)
    long_names::extend(text, &mut ents, &mut taken);
    regional::recognize(text, &mut ents);
    groups::recognize(text, &mut ents, &mut taken);
    // session 17, ent2: "Nigeria's Federal Government" is Nigeria (`state_governments`)
    state_governments::fold_state_governments(text, &mut ents);
    possessed::extend_possessed_names(text, &mut ents);
    institutions::possessive_institutions(text, &mut ents);
    crate::collectives::recognize(text, &mut ents);
    known::resolve_capitals(&mut ents, capitals);
    // session 14, set 6: a capital in a signing subject (`regional`)
    regional::signing_capitals(text, &mut ents);
    // session 15, set 15: "the Moei river" also names the Moei (`place_nouns`)
    place_nouns::alias_place_nouns(text, &mut ents);
    // session 15, set 21: "the Commission" after "the European Commission" (`short_heads`)
    short_heads::fold_bare_heads(&mut ents);
    // session 18, set 56: "the MRU Secretariat" is the Mano River Union (`short_heads`)
    short_heads::fold_staff_heads(&mut ents);
    // session 17, set 39: "the militant group X" is an armed group (`armed_cues`)
    armed_cues::retype_armed(text, &mut ents);
    // session 18, types2: "the Korvel rebel movement" after "Korvel had proposed" (`armed_cues`)
    armed_cues::armed_names_before_cues(text, &mut ents);
    // session 17, types: "the X Council, a local militia" is an armed group (`appositions`)
    appositions::armed_by_apposition(text, &mut ents);
    // session 18, set 56: "X, a Bangkok-listed company," is a company (`appositions`)
    appositions::company_by_apposition(text, &mut ents);
    // session 18, types2: "X, a self-defence militia accused of …" is an armed group (`group_appositions`)
    group_appositions::group_by_apposition(text, &mut ents);
    ents
}

/// `word` capitalised, the rest lowercase ("spokesman" → "Spokesman"): how the lexicon writes titles and
/// organisation heads.
pub(crate) fn title_word(word: &str) -> String {
    names::title_case(word)
}
