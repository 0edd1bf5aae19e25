//! The name look-ups recognition shares: the lexicon (organisations, countries, capitals, demonyms,
//! cities, regions), titles (misspelt or in capitals), which tokens can be part of a name, and adding a
//! country or a place.

use super::Entities;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

pub(super) static OFFICE_WORDS: std::sync::LazyLock<&rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| &words().office_words);
pub(super) static ORG_NOUNS_BEFORE: std::sync::LazyLock<&rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| &words().org_nouns_before);
pub(super) static MEDIA_NOUNS: std::sync::LazyLock<&rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| &words().media_nouns);
pub(super) static PLATFORM_VERBS: std::sync::LazyLock<&rustc_hash::FxHashSet<String>> =
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
pub(super) fn typo_title(word: &str) -> Option<String> {
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

/// An all-caps place name as the lexicon writes it: each word and each part of a hyphenated word
/// capitalised, but the particles of place names (`place_name_particles.txt`) lowercase after the first
/// part ("DAR ES SALAAM" = "Dar es Salaam", "PORT-AU-PRINCE" = "Port-au-Prince", "PORT OF SPAIN" = "Port
/// of Spain") (issue 9, session 17).
pub(super) fn place_case(s: &str) -> String {
    let particles = &words().place_name_particles;
    let mut out = String::with_capacity(s.len());
    let mut first = true;
    for part in s.split_inclusive([' ', '-']) {
        let (word, sep) = match part.char_indices().last() {
            Some((i, c)) if c == ' ' || c == '-' => (&part[..i], &part[i..]),
            _ => (part, ""),
        };
        let lower = word.to_lowercase();
        if !first && particles.contains(&lower) {
            out.push_str(&lower);
        } else {
            let mut c = lower.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
        }
        out.push_str(sep);
        first = first && word.is_empty();
    }
    out
}

/// `s` with each space-separated word capitalised and the rest of it lowercase.
pub(super) fn title_case(s: &str) -> String {
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

/// The key of the state with ISO code `iso2`.
fn state_key(iso2: &str) -> String {
    format!("state:{iso2}")
}

/// What a lexicon lookup found.
pub(super) enum Hit {
    Org(String, EntityType),
    Country(String),
    Capital(String),
    Demonym(String),
    City(String, String, f64, f64),
    Region(String, String),
}

/// What the lexicon knows of a name (an all-caps name is also looked up in title case).
pub(super) fn lookup(surface: &str) -> Option<Hit> {
    let lex = lexicon();
    let mut letters = surface.chars().filter(|c| c.is_alphabetic());
    let all_caps = letters.clone().count() > 3 && letters.all(char::is_uppercase);
    let title_cased = all_caps.then(|| title_case(surface));
    let place_cased = all_caps
        .then(|| place_case(surface))
        .filter(|p| Some(p) != title_cased.as_ref());
    for s in std::iter::once(surface)
        .chain(title_cased.as_deref())
        .chain(place_cased.as_deref())
    {
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
pub(super) fn is_name_token(t: &crate::text::Token) -> bool {
    if t.kind == TokKind::Number {
        return false;
    }
    if t.kind != TokKind::Word {
        return false;
    }
    if t.is_capitalized() {
        // "Dubai-based", "Iran-backed", "Paris-born": a name with a lowercase participle after its
        // hyphen is a modifier, no name's word (issue 9, session 14, seventh invented set)
        return !t.text.rsplit_once('-').is_some_and(|(_, last)| {
            last.chars().all(char::is_lowercase) && (last.ends_with("ed") || last == "born")
        });
    }
    // al-Nusra, al-Qaeda, el-Sisi
    if let Some((pre, rest)) = t.text.split_once('-') {
        return words().name_particles.contains(pre)
            && rest.chars().next().is_some_and(char::is_uppercase);
    }
    // "d'Ivoire", "l'Ouest": an elided particle (`elided_particles.txt`) before a capitalised word
    // (issue 9, session 15, set 21)
    if let Some((pre, rest)) = t.text.split_once(['\'', '’']) {
        return words().elided_particles.contains(pre)
            && rest.chars().next().is_some_and(char::is_uppercase);
    }
    // M23 style
    t.text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase())
}

/// Adds (or finds) a place and records a mention; a direction adjective right before it ("eastern
/// Aleppo") makes a sub-region.
#[allow(clippy::too_many_arguments)]
pub(super) fn add_place(
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
        && w.directions.contains(text.tokens[k - 1].lower())
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

/// Adds (or finds) the state with ISO code `iso2` and records a mention of it.
pub(super) fn add_country(
    ents: &mut Entities,
    iso2: &str,
    span: (usize, usize),
    surface: &str,
) -> usize {
    let c = lexicon().country_by_iso2(iso2);
    let name = c
        .map(|c| c.name.clone())
        .unwrap_or_else(|| surface.to_string());
    let i = ents.add(&state_key(iso2), EntityType::State, &name, span, surface);
    ents.list[i].country = Some(iso2.to_string());
    i
}
