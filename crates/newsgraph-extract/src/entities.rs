//! Named-entity recognition and document-level coreference: lexicon matches (countries, capitals,
//! demonyms, organisations, cities, regions), capitalised-name runs split at titles, acronym and
//! "known as" aliases, surname and honorific mentions, capital-for-government metonymy and
//! collective actors.

use super::text::{Text, TokKind};
use super::words::words;
use crate::lexicon::lexicon;
use crate::model::EntityType;
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

static OFFICE_WORDS: std::sync::LazyLock<&std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| &words().office_words);
static ORG_NOUNS_BEFORE: std::sync::LazyLock<&std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| &words().org_nouns_before);
static MEDIA_NOUNS: std::sync::LazyLock<&std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| &words().media_nouns);
static PLATFORM_VERBS: std::sync::LazyLock<&std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| &words().platform_verbs);

/// Whether `a` and `b` are one edit apart (a substitution, insertion or deletion), case-insensitively.
fn one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p..], &b[p..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => ra[1..] == rb[1..],
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

/// A one-word title misspelt by one letter ("Chanceller Angela Merkel"): titles of six letters or more
/// with the same first letter.
fn typo_title(word: &str) -> Option<String> {
    if word.chars().count() < 6 || !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    lexicon()
        .titles()
        .iter()
        .filter(|t| t.words == 1 && t.title.chars().next() == word.chars().next())
        .find(|t| one_edit(&t.title, word))
        .map(|t| t.title.clone())
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn state_key(iso2: &str) -> String {
    format!("state:{iso2}")
}

/// What a lexicon lookup found.
enum Hit {
    Org(String, EntityType),
    Country(String),
    Capital(String),
    Demonym(String),
    City(String, String, f64, f64),
    Region(String, String),
}

fn lookup(surface: &str) -> Option<Hit> {
    let lex = lexicon();
    let cands: Vec<String> = {
        let mut v = vec![surface.to_string()];
        let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
            v.push(title_case(surface));
        }
        v
    };
    for s in &cands {
        if let Some(o) = lex.organization(s) {
            return Some(Hit::Org(o.name.clone(), o.kind));
        }

        if let Some(c) = lex.country_by_name(s) {
            return Some(Hit::Country(c.iso2.clone()));
        }
        if let Some(c) = lex.country_by_capital(s) {
            return Some(Hit::Capital(c.iso2.clone()));
        }
        if let Some(c) = lex.country_by_demonym(s) {
            return Some(Hit::Demonym(c.iso2.clone()));
        }
        if let Some(c) = lex.city(s) {
            return Some(Hit::City(c.name.clone(), c.country.clone(), c.lat, c.lon));
        }
        if let Some(r) = lex.region(s) {
            return Some(Hit::Region(r.name.clone(), r.country.clone()));
        }
    }
    None
}

/// A token that can be part of a name.
fn is_name_token(t: &super::text::Token) -> bool {
    if t.kind == TokKind::Number {
        return false;
    }
    if t.kind != TokKind::Word {
        return false;
    }
    if t.is_capitalized() {
        return true;
    }
    // al-Nusra, al-Qaeda, el-Sisi
    if let Some((pre, rest)) = t.text.split_once('-') {
        return words().name_particles.contains(pre)
            && rest.chars().next().is_some_and(char::is_uppercase);
    }
    // M23 style
    t.text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase())
}

/// Capital mentions whose role (place or government) is decided after all entities are known.
struct CapitalMention {
    iso2: String,
    span: (usize, usize),
    surface: String,
    metonymic: bool,
    dateline: bool,
}

/// Runs entity recognition over a document.
pub fn recognize(text: &Text) -> Entities {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let n = toks.len();
    let mut ents = Entities::default();
    let mut taken = vec![false; n];
    let mut capitals: Vec<CapitalMention> = Vec::new();
    let lower_words: BTreeSet<String> = toks
        .iter()
        .filter(|t| t.kind == TokKind::Word && !t.is_capitalized())
        .map(|t| t.text.clone())
        .collect();

    let add_country =
        |ents: &mut Entities, iso2: &str, span: (usize, usize), surface: &str| -> usize {
            let c = lex.country_by_iso2(iso2);
            let name = c
                .map(|c| c.name.clone())
                .unwrap_or_else(|| surface.to_string());
            let i = ents.add(&state_key(iso2), EntityType::State, &name, span, surface);
            ents.list[i].country = Some(iso2.to_string());
            i
        };

    // Phase A: lexicon matches, longest first, on runs of name tokens (with connectors inside).
    let surnames = super::surnames::marked_surnames(text);
    let mut k = 0;
    while k < n {
        if !is_name_token(&toks[k]) && !toks[k].text.contains('-') {
            k += 1;
            continue;
        }
        let mut matched = false;
        let max = (k + 7).min(n);
        for end in (k + 1..=max).rev() {
            // all tokens in [k, end) must be name tokens or connectors/particles (not first/last)
            let ok = (k..end).all(|j| {
                let t = &toks[j];
                is_name_token(t)
                    || (j > k
                        && j + 1 < end
                        && (w.name_connectors.contains(&t.text) || t.text == "-"))
                    || (end - k == 1)
            });
            if !ok || toks[end - 1].sentence != toks[k].sentence {
                continue;
            }
            let surface = text.slice(toks[k].start, toks[end - 1].end);
            let Some(hit) = lookup(&surface) else {
                continue;
            };
            let span = (toks[k].start, toks[end - 1].end);
            // a country after "of" inside an organisation name is part of that name
            if matches!(hit, Hit::Country(..))
                && k >= 2
                && toks[k - 1].text == "of"
                && toks[k.saturating_sub(6)..k - 1]
                    .iter()
                    .any(|t| t.is_capitalized() && lex.org_head(&t.text).is_some())
            {
                continue;
            }
            // a single organisation or place name inside a longer capitalised run is left to the run
            if end - k == 1 && matches!(hit, Hit::Org(..) | Hit::City(..) | Hit::Region(..)) {
                let joined = |j: usize| {
                    toks.get(j).is_some_and(|t| {
                        t.sentence == toks[k].sentence
                            && is_name_token(t)
                            && !(text.is_sentence_initial(j) && lower_words.contains(&t.lower()))
                            && !w.directions.contains(&t.lower())
                            && lex.longest_title(&[t.text.as_str()]).is_none()
                    })
                };
                if (k > 0 && joined(k - 1)) || joined(end) {
                    continue;
                }
            }
            // a one-word place that the text marks as a person's surname ("Mr Santos")
            if end - k == 1
                && matches!(hit, Hit::City(..) | Hit::Region(..))
                && super::surnames::is_surname_here(text, &surnames, k)
            {
                continue;
            }
            // a single sentence-initial common word is no name (e.g. "Previous")
            if end - k == 1 && text.is_sentence_initial(k) && lower_words.contains(&toks[k].lower())
            {
                continue;
            }
            match hit {
                Hit::Org(name, kind) => {
                    ents.add(&format!("org:{name}"), kind, &name, span, &surface);
                }
                Hit::Country(iso2) => {
                    let island =
                        k >= 2 && toks[k - 1].text == "of" && toks[k - 2].lower() == "island";
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
                        add_country(&mut ents, &iso2, span, &surface);
                    }
                }
                Hit::Demonym(iso2) => {
                    add_country(&mut ents, &iso2, span, &surface);
                }
                Hit::Capital(iso2) => {
                    let next = toks.get(end).map(|t| t.text.as_str()).unwrap_or("");
                    let next2 = toks
                        .get(end + 1)
                        .map(|t| t.text.to_lowercase())
                        .unwrap_or_default();
                    let prev = if k > 0 {
                        toks[k - 1].lower()
                    } else {
                        String::new()
                    };
                    let dateline = text.tokens[k].start == text.paragraphs[toks[k].paragraph].start
                        && (next == "," || next == "-" || next == "–" || next == "(")
                        && toks[k].paragraph == 0;
                    let metonymic = !dateline
                        && (w.metonymy_verbs.contains(next)
                            || (lex.cue_verb(next).is_some()
                                && !w.locative_prepositions.contains(&prev))
                            || matches!(prev.as_str(), "against" | "with" | "and" | "between")
                                && !w.locative_prepositions.contains(&prev)
                            || (next == "as" && next2 == "well"));
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
                        &mut ents,
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
                    add_place(&mut ents, text, k, span, &surface, &name, Some(cc), None);
                }
            }
            for t in taken.iter_mut().take(end).skip(k) {
                *t = true;
            }
            k = end;
            matched = true;
            break;
        }
        if !matched {
            // hyphenated compounds of known names: Russia-US, Belgrade-Pristina, GRP-MNLF
            let t = &toks[k];
            if t.kind == TokKind::Word && t.text.contains('-') {
                let mut off = t.start;
                for part in t.text.split('-') {
                    let len = part.chars().count();
                    let span = (off, off + len);
                    if part.chars().next().is_some_and(char::is_uppercase) {
                        match lookup(part) {
                            Some(Hit::Country(iso2)) | Some(Hit::Demonym(iso2)) => {
                                add_country(&mut ents, &iso2, span, part);
                            }
                            Some(Hit::Capital(iso2)) => capitals.push(CapitalMention {
                                iso2,
                                span,
                                surface: part.to_string(),
                                metonymic: true,
                                dateline: false,
                            }),
                            Some(Hit::Org(name, kind)) => {
                                ents.add(&format!("org:{name}"), kind, &name, span, part);
                            }
                            _ => {}
                        }
                    }
                    off += len + 1;
                }
            }
            k += 1;
        }
    }

    super::acronyms::word_acronyms(text, &mut ents, &mut taken);
    super::seats::recognize(text, &mut ents, &mut taken);

    // Phase B: runs of capitalised tokens not taken, split at titles and honorifics; full names
    // first, so that a surname mentioned before the full name still finds its person.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < n {
        if taken[k] || !is_name_token(&toks[k]) {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < n && toks[end].sentence == toks[k].sentence && !taken[end] {
            let t = &toks[end];
            if is_name_token(t)
                || (t.kind == TokKind::Word && t.text.ends_with('.') && t.is_capitalized())
            {
                end += 1;
                continue;
            }
            // particles / connectors followed by a name token
            let connector =
                w.name_particles.contains(&t.text) || w.name_connectors.contains(&t.text);
            if connector {
                // a chain of particles ("von der") must end in a name token
                let mut m = end;
                while m < n
                    && m < end + 3
                    && (w.name_particles.contains(&toks[m].text)
                        || w.name_connectors.contains(&toks[m].text))
                {
                    m += 1;
                }
                if m < n
                    && m > end
                    && is_name_token(&toks[m])
                    && !taken[m]
                    && toks[m].sentence == toks[k].sentence
                    && !lex.is_non_name(&toks[m].text)
                    // "Wales on Sept. 4", "Statement of Oct. 3": a date after a connector is no part
                    // of the name (issue 9, session 6)
                    && lex.month(&toks[m].text).is_none()
                    && lex.weekday(&toks[m].text).is_none()
                {
                    end = m;
                    continue;
                }
            }
            if connector
                && t.text == "the"
                && end + 2 < n
                && w.name_connectors.contains(&toks[end - 1].text)
            {
                end += 1;
                continue;
            }
            break;
        }
        runs.push((k, end));
        k = end.max(k + 1);
    }
    for pass in [Pass::Names, Pass::Singles] {
        for &(a, b) in &runs {
            handle_run(text, &mut ents, &mut taken, a, b, &lower_words, pass);
        }
    }

    // Phase C: collective actors (lowercase group nouns), one or two words.
    let mut k = 0;
    while k < n {
        if taken[k] || toks[k].kind != TokKind::Word {
            k += 1;
            continue;
        }
        let mut done = false;
        for len in [3usize, 2, 1] {
            if k + len > n {
                continue;
            }
            let surface = text.slice(toks[k].start, toks[k + len - 1].end);
            if let Some(canon) = lex.group_noun(&surface.to_lowercase()) {
                let canon = canon.to_string();
                ents.add(
                    &format!("group:{canon}"),
                    EntityType::Group,
                    &canon,
                    (toks[k].start, toks[k + len - 1].end),
                    &surface,
                );
                for t in taken.iter_mut().skip(k).take(len) {
                    *t = true;
                }
                k += len;
                done = true;
                break;
            }
        }
        if !done {
            k += 1;
        }
    }

    possessive_institutions(text, &mut ents);
    super::collectives::recognize(text, &mut ents);

    // Capitals: a capital that acts anywhere is its government; its other mentions follow, except datelines.
    let acting: BTreeSet<String> = capitals
        .iter()
        .filter(|c| c.metonymic)
        .map(|c| c.iso2.clone())
        .collect();
    for c in capitals {
        if (c.metonymic || acting.contains(&c.iso2)) && !c.dateline {
            add_country(&mut ents, &c.iso2, c.span, &c.surface);
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
        }
    }
    ents
}

/// Institution heads after a state's possessive (`data/extract/possessive_org_heads.tsv`): head words
/// (lowercase, one or two words) and the entity type of the institution.
static POSSESSIVE_HEADS: std::sync::LazyLock<&Vec<(Vec<String>, EntityType)>> =
    std::sync::LazyLock::new(|| &words().possessive_org_heads);

/// A state's institution named by its possessive: "Armenia's defense ministry", "Kazakhstan's Foreign
/// Ministry", "Sudan's army" become one entity each (an organisation, or an armed group for an army),
/// affiliated with the state, with the whole phrase as its name. Up to two modifier words may stand
/// between the possessive and the head.
fn possessive_institutions(text: &Text, ents: &mut Entities) {
    let toks = &text.tokens;
    let states: Vec<(usize, usize, usize)> = ents
        .mentions
        .iter()
        .filter(|(_, (_, i))| ents.list[*i].kind == EntityType::State)
        .map(|(s, (e, i))| (*s, *e, *i))
        .collect();
    for (s, e, state) in states {
        let k = text.token_at_or_after(e);
        // the possessive: "'s" or "’s" right after the name (one token or two)
        let mut m = k;
        let rest: String = toks
            .get(k..(k + 2).min(toks.len()))
            .unwrap_or_default()
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        if toks.get(k).is_none_or(|t| t.start != e) {
            continue;
        }
        if rest.starts_with("'s") || rest.starts_with("’s") {
            m += if toks[k].text.ends_with('s') { 1 } else { 2 };
        } else {
            continue;
        }
        let sent = toks[k].sentence;
        let found = (0..=2usize).find_map(|skip| {
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
                let ends = toks.get(to).is_none_or(|t| {
                    t.kind != TokKind::Word || lexicon().longest_title(&[t.text.as_str()]).is_none()
                });
                (words_match && ends).then_some((to, *kind))
            })
        });
        let Some((to, kind)) = found else { continue };
        let span = (s, toks[to - 1].end);
        let surface = text.slice(span.0, span.1);
        let i = ents.add(&format!("org:{surface}"), kind, &surface, span, &surface);
        if ents.list[i].affiliation.is_none() {
            ents.list[i].affiliation = Some(state);
        }
        // the state keeps its mention (the institution's span covers it for look-ups)
        ents.list[state].mentions.insert((s, e));
    }
}

#[allow(clippy::too_many_arguments)]
fn add_place(
    ents: &mut Entities,
    text: &Text,
    k: usize,
    span: (usize, usize),
    surface: &str,
    name: &str,
    cc: Option<String>,
    coords: Option<(f64, f64)>,
) {
    let w = words();
    // "eastern Aleppo": a direction adjective right before forms a sub-region
    if k > 0
        && w.directions.contains(&text.tokens[k - 1].lower())
        && text.tokens[k - 1].sentence == text.tokens[k].sentence
    {
        let d = &text.tokens[k - 1];
        let full = format!("{} {}", d.lower(), name);
        let surf = text.slice(d.start, span.1);
        let i = ents.add(
            &format!("loc:{}", full.to_lowercase()),
            EntityType::Location,
            &full,
            (d.start, span.1),
            &surf,
        );
        ents.list[i].country = cc;
        return;
    }
    let i = ents.add(
        &format!("loc:{name}"),
        EntityType::Location,
        name,
        span,
        surface,
    );
    if ents.list[i].country.is_none() {
        ents.list[i].country = cc;
        ents.list[i].coords = coords;
    }
}

/// Which segments a pass over the runs handles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// Segments of two or more tokens, or with a title.
    Names,
    /// Single-token segments without a title.
    Singles,
}

/// Classifies one run of capitalised tokens `[a, b)`.
fn handle_run(
    text: &Text,
    ents: &mut Entities,
    taken: &mut [bool],
    a: usize,
    b: usize,
    lower_words: &BTreeSet<String>,
    pass: Pass,
) {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let mut a = a;
    // drop a sentence-initial common word ("Firstly", "Previous", "The")
    // "Fighters of the Popular Liberation Front": a sentence-initial common noun before "of" is no name
    if a + 1 < b
        && text.is_sentence_initial(a)
        && matches!(toks[a + 1].text.as_str(), "of" | "for")
        && lex.organization(&toks[a].text).is_none()
        && lookup(&toks[a].text).is_none()
    {
        a += 2;
        while a < b && w.name_connectors.contains(&toks[a].text) {
            a += 1;
        }
    }
    let title_at = |a: usize| {
        let strs: Vec<&str> = toks[a..b].iter().map(|t| t.text.as_str()).collect();
        lex.longest_title(&strs).is_some()
    };
    while a < b
        && text.is_sentence_initial(a)
        && (lower_words.contains(&toks[a].lower()) || lex.is_non_name(&toks[a].text))
        && !title_at(a)
    {
        a += 1;
    }
    while a < b
        && (lex.is_non_name(&toks[a].text) || w.name_connectors.contains(&toks[a].text))
        && !title_at(a)
    {
        a += 1;
    }
    if a >= b {
        return;
    }
    // split at titles: find a title starting at some position
    let strs: Vec<&str> = toks[a..b].iter().map(|t| t.text.as_str()).collect();
    let mut i = 0;
    let mut pending_role: Option<String> = None;
    let mut seg_start = 0;
    let mut segments: Vec<(usize, usize, Option<String>)> = Vec::new();
    while i < strs.len() {
        // an all-caps title ("PRESIDENT EMMANUEL Macron") reads as its title-case form
        let caps = toks[a + i].is_all_caps() && strs[i].chars().count() > 2;
        let titled = if caps {
            title_case(strs[i])
        } else {
            String::new()
        };
        let typo = if i == 0
            && strs.len() >= 3
            && strs[i].len() >= 6
            && lex.longest_title(&strs).is_none()
        {
            typo_title(strs[i]).filter(|_| lookup(strs[i]).is_none())
        } else {
            None
        };
        let found = lex
            .longest_title(&strs[i..])
            .map(|(len, _)| len)
            .or_else(|| {
                (caps && lex.longest_title(&[titled.as_str()]).is_some()
                    || typo.is_some() && lex.longest_title(&strs[i + 1..]).is_none())
                .then_some(1)
            });
        if let Some(len) = found {
            if i > seg_start {
                segments.push((seg_start, i, pending_role.take()));
            }
            let role = if let Some(t) = typo.as_ref().filter(|_| len == 1) {
                t.clone()
            } else if caps && len == 1 {
                titled.clone()
            } else {
                strs[i..i + len].join(" ")
            };
            pending_role = Some(role.trim_end_matches('.').to_string());
            i += len;
            seg_start = i;
            continue;
        }
        i += 1;
    }
    if seg_start < strs.len() {
        segments.push((seg_start, strs.len(), pending_role.take()));
    } else if let Some(role) = pending_role {
        // a run that ends in a title: the name may follow in lowercase-free text; nothing to add
        let _ = role;
    }
    for (s, e, role) in segments {
        let (ta, tb) = (a + s, a + e);
        let single = tb - ta == 1 && role.is_none();
        if (pass == Pass::Singles) != single || taken[ta] {
            continue;
        }
        classify_segment(text, ents, ta, tb, role, lower_words);
        for t in taken.iter_mut().take(tb).skip(ta) {
            *t = true;
        }
    }
}

fn classify_segment(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    b: usize,
    role: Option<String>,
    lower_words: &BTreeSet<String>,
) {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let mut b = b;
    // trailing connectors
    while b > a
        && (w.name_connectors.contains(&toks[b - 1].text)
            || w.name_particles.contains(&toks[b - 1].text))
    {
        b -= 1;
    }
    if a >= b {
        return;
    }
    let surface = text.slice(toks[a].start, toks[b - 1].end);
    let span = (toks[a].start, toks[b - 1].end);
    let len = b - a;
    let heads: Vec<&str> = toks[a..b].iter().map(|t| t.text.as_str()).collect();
    // agreement names are not entities ("Good Friday Agreement", "Windsor Framework")
    if heads.iter().any(|h| {
        h.chars().next().is_some_and(char::is_uppercase)
            && lex.agreement_trigger(&h.to_lowercase()).is_some()
    }) {
        // a known place inside the name is still a mention ("Windsor Framework")
        if let Some(Hit::City(name, cc, lat, lon)) = lookup(heads[0]) {
            let t = &toks[a];
            add_place(
                ents,
                text,
                a,
                (t.start, t.end),
                &t.text,
                &name,
                Some(cc),
                Some((lat, lon)),
            );
        }
        return;
    }
    // "which is now known as X" / "also known as X": alias of the entity just before
    if a >= 2 && toks[a - 1].text == "as" && toks[a - 2].text == "known" {
        let before = ents
            .mentions
            .range(..toks[a].start)
            .next_back()
            .map(|(_, (_, i))| *i);
        if let Some(i) = before
            && ents.list[i].kind != EntityType::Person
        {
            ents.mention(i, span, &surface);
            return;
        }
    }
    let org_kind = heads.iter().find_map(|h| lex.org_head(h));
    let loc_head = heads.iter().any(|h| w.location_heads.contains(*h));
    let prev_lower = if a > 0 {
        toks[a - 1].lower()
    } else {
        String::new()
    };
    let next = toks.get(b).map(|t| t.text.clone()).unwrap_or_default();
    let next_is_title = lex.longest_title(&[next.as_str()]).is_some()
        && !next.chars().next().is_some_and(char::is_uppercase);
    let after_det = a > 0 && matches!(prev_lower.as_str(), "the");

    // words in capitals ("THE 12 DAY WAR", a shouted phrase or a heading): two or more such words the
    // lexicon does not know, or one the article also writes in lowercase, are no name
    if toks[a..b].iter().all(|t| t.is_all_caps())
        && (len >= 2
            || toks[a..b]
                .iter()
                .any(|t| lower_words.contains(&t.lower()) || t.lower() == "the"))
    {
        return;
    }
    // a news outlet or platform: "Channel NewsAsia television", "said on Truth Social"
    let media_after = toks
        .get(b)
        .is_some_and(|t| MEDIA_NOUNS.contains(&t.text) && t.sentence == toks[a].sentence);
    let platform_before = a >= 2
        && toks[a - 1].text == "on"
        && PLATFORM_VERBS.contains(&toks[a - 2].lower())
        && org_kind.is_none()
        && !loc_head
        && lookup(&surface).is_none();
    if role.is_none() && (media_after || platform_before) && lookup(&surface).is_none() {
        let i = ents.add(
            &format!("org:{surface}"),
            EntityType::Organization,
            &surface,
            span,
            &surface,
        );
        acronym_alias(text, ents, i, b);
        return;
    }
    // a compass word makes a place ("South Ossetia", "Middle East"), or, before a demonym-like
    // adjective ("Southeast Asian leaders", "Middle Eastern"), no name at all
    let compass = |t: &super::text::Token| {
        w.directions.contains(&t.lower())
            || matches!(
                t.lower().as_str(),
                "northeast" | "northwest" | "southeast" | "southwest" | "middle"
            )
    };
    if len > 1 && org_kind.is_none() && role.is_none() && toks[a..b - 1].iter().any(compass) {
        let last = toks[b - 1].lower();
        if last.ends_with("an") || last.ends_with("ern") || last.ends_with("ese") {
            return;
        }
        add_place(ents, text, a, span, &surface, &surface, None, None);
        return;
    }
    // the tail of an office before a name: "Minister of State for Foreign Affairs Anwar Gargash"
    // ("Director General of Military Operations Carlos Ruiz" after the title split)
    let mut a2 = a;
    while a2 < b && w.name_connectors.contains(&toks[a2].text) {
        a2 += 1;
    }
    let last_office = (a2..b)
        .rev()
        .find(|m| OFFICE_WORDS.contains(&toks[*m].text));
    if let Some(office) = last_office
        && (a2 > a
            || OFFICE_WORDS.contains(&toks[a2].text)
            || a > 0 && w.name_connectors.contains(&toks[a - 1].text))
        && len > 2
        && !loc_head
    {
        let c = office + 1;
        if b - c >= 2 {
            let span = (toks[c].start, toks[b - 1].end);
            let surface = text.slice(span.0, span.1);
            add_person(text, ents, c, b, span, &surface, role);
            return;
        }
    }
    if role.is_some() && org_kind.is_none() && !loc_head {
        add_person(text, ents, a, b, span, &surface, role);
        return;
    }
    if let Some(kind) = org_kind {
        if len > 1 || after_det {
            let i = ents.add(&format!("org:{surface}"), kind, &surface, span, &surface);
            acronym_alias(text, ents, i, b);
            return;
        }
    }
    if loc_head && len > 1 {
        add_place(ents, text, a, span, &surface, &surface, None, None);
        return;
    }
    // acronyms: organisations
    if len == 1
        && toks[a].is_all_caps()
        && toks[a].text.chars().count() <= 7
        && !(lower_words.contains(&toks[a].lower()) && toks[a].text.chars().count() > 2)
    {
        if let Some(i) = ents.get(&format!("acronym:{}", toks[a].text)) {
            ents.mention(i, span, &surface);
        } else {
            let i = ents.add(
                &format!("org:{surface}"),
                EntityType::Organization,
                &surface,
                span,
                &surface,
            );
            ents.keys.insert(format!("acronym:{surface}"), i);
        }
        return;
    }
    if len == 1 {
        // surname or first name of a known person
        let tok = &toks[a].text;
        if let Some(i) = person_with_token(ents, tok) {
            ents.mention(i, span, &surface);
            return;
        }
        if next_is_title {
            ents.add(
                &format!("org:{surface}"),
                EntityType::Organization,
                &surface,
                span,
                &surface,
            );
            return;
        }
        if (w.locative_prepositions.contains(&prev_lower)
            || w.location_nouns.contains(&next.to_lowercase()))
            && !lower_words.contains(&tok.to_lowercase())
        {
            add_place(ents, text, a, span, &surface, &surface, None, None);
            return;
        }
        // "the rebel movement Renamo", "the opposition party Frelimo": an unknown name right after a
        // lowercase noun of organisation (data/extract/org_nouns_before.txt) is that organisation
        if ORG_NOUNS_BEFORE.contains(&prev_lower)
            && !toks[a - 1].is_capitalized()
            && !lower_words.contains(&tok.to_lowercase())
        {
            ents.add(
                &format!("org:{surface}"),
                EntityType::Organization,
                &surface,
                span,
                &surface,
            );
            return;
        }
        // alphanumeric codes (M23): an armed group when "rebel(s)" follows
        // (a code or an acronym only: "Leftist rebels", "Islamist fighters" are adjectives)
        let next_l = next.to_lowercase();
        let code_like = tok.chars().any(|c| c.is_ascii_digit()) || toks[a].is_all_caps();
        if code_like
            && matches!(
                next_l.as_str(),
                "rebels" | "rebel" | "militia" | "fighters" | "insurgents"
            )
        {
            ents.add(
                &format!("org:{surface}"),
                EntityType::ArmedGroup,
                &surface,
                span,
                &surface,
            );
            return;
        }
        if let Some(i) = ents.get(&format!("org:{surface}")) {
            ents.mention(i, span, &surface);
            return;
        }
        // "Zelenskiy said …": a lone unknown name as the subject of a cue verb (issue 9, session 6)
        if super::lone_speakers::is_lone_speaker(text, a, lower_words) {
            add_person(text, ents, a, b, span, &surface, role);
        }
        return;
    }
    if (2..=5).contains(&len) && toks[a..b].iter().all(|t| !lex.is_non_name(&t.text)) {
        add_person(text, ents, a, b, span, &surface, role);
    }
}

fn acronym_alias(text: &Text, ents: &mut Entities, i: usize, b: usize) {
    let toks = &text.tokens;
    if b + 2 < toks.len()
        && toks[b].text == "("
        && toks[b + 2].text == ")"
        && toks[b + 1].is_all_caps()
    {
        let t = &toks[b + 1];
        ents.mention(i, (t.start, t.end), &t.text);
        ents.keys.insert(format!("acronym:{}", t.text), i);
    }
}

fn person_with_token(ents: &Entities, tok: &str) -> Option<usize> {
    if tok.chars().count() < 3 {
        return None;
    }
    ents.list.iter().position(|e| {
        e.kind == EntityType::Person && e.name.split(' ').any(|p| p == tok) && e.name != tok
    })
}

fn add_person(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    b: usize,
    span: (usize, usize),
    surface: &str,
    role: Option<String>,
) {
    let toks = &text.tokens;
    // "Ms von der Leyen", "Sir Keir": match a known person by the remaining tokens
    // a name in capitals ("EMMANUEL Macron" in a heading) is written in title case
    let name_toks: Vec<String> = toks[a..b]
        .iter()
        .map(|t| {
            if t.is_all_caps() && t.text.chars().count() > 2 {
                title_case(&t.text)
            } else {
                t.text.clone()
            }
        })
        .collect();
    let name = name_toks.join(" ");
    let existing = ents.list.iter().position(|e| {
        e.kind == EntityType::Person
            && (e.name == name
                || e.name.ends_with(&format!(" {name}"))
                || e.name.starts_with(&format!("{name} ")))
    });
    let i = match existing {
        Some(i) => {
            ents.mention(i, span, surface);
            i
        }
        None => ents.add(
            &format!("person:{name}"),
            EntityType::Person,
            &name,
            span,
            surface,
        ),
    };
    // a lowercase title right before the name: "(MILF) chairman Al Haj Murad Ebrahim"
    let role = role.or_else(|| lowercase_title_before(text, a));
    if let Some(role) = role {
        let role = role.trim().to_string();
        if !role.is_empty() && !ents.list[i].roles.contains(&role) {
            ents.list[i].roles.push(role);
        }
        // the role's affiliation: the entity mentioned right before the title
        if ents.list[i].affiliation.is_none() {
            let title_start = title_start_before(text, a);
            let before = ents
                .mentions
                .range(..title_start)
                .next_back()
                .map(|(s, (e, j))| (*s, *e, *j));
            // A mention that runs into the title (it overlaps it) is not "right before" it.
            if let Some((_, e, j)) = before.filter(|(_, e, _)| *e <= title_start) {
                let gap = text.slice(e, title_start);
                let close = gap.trim().is_empty()
                    || gap.trim() == "'s"
                    || gap.trim() == "’s"
                    || gap.trim() == ")"
                    || (gap.trim().starts_with('(') && gap.trim().ends_with(')') && gap.len() < 12);
                if close && j != i && ents.is_actor(j) {
                    ents.list[i].affiliation = Some(j);
                }
            }
        }
    }
}

/// A title written in lowercase right before token `a` ("chairman", "foreign minister"), the longest
/// of up to three lowercase words in the same sentence.
fn lowercase_title_before(text: &Text, a: usize) -> Option<String> {
    let toks = &text.tokens;
    let lex = lexicon();
    let sent = toks.get(a)?.sentence;
    (a.saturating_sub(3)..a)
        .filter(|&k| {
            toks[k..a].iter().all(|t| {
                t.kind == TokKind::Word
                    && t.sentence == sent
                    && t.text.chars().next().is_some_and(char::is_lowercase)
            })
        })
        .find_map(|k| {
            let strs: Vec<&str> = toks[k..a].iter().map(|t| t.text.as_str()).collect();
            lex.longest_title(&strs)
                .filter(|(len, _)| *len == strs.len())
                .map(|_| title_case(&strs.join(" ")))
        })
}

/// Start offset of the title phrase right before token `a` (walking back over title-ish tokens).
fn title_start_before(text: &Text, a: usize) -> usize {
    let toks = &text.tokens;
    let lex = lexicon();
    let mut k = a;
    let mut best = toks[a].start;
    let lo = a.saturating_sub(8);
    while k > lo {
        k -= 1;
        let strs: Vec<&str> = toks[k..a].iter().map(|t| t.text.as_str()).collect();
        if lex.longest_title(&strs).is_some() {
            best = toks[k].start;
        }
        if toks[k].kind != TokKind::Word {
            break;
        }
    }
    best
}
