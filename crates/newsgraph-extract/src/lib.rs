//! Rule- and lexicon-based extraction: text → [`crate::model::Extraction`].
//!
//! Offline and deterministic. The steps, each in its own module: [`text`] (tokens, sentences,
//! paragraphs with character offsets), [`entities`] (names, aliases, roles, metonymy, groups),
//! [`statements`] (quotes and reported speech with speakers and cues), [`agreements`] (kind, parties,
//! status, date, place) and [`dates`] (date expressions normalised against the publication date).

pub mod acronyms;
pub mod agreements;
pub mod collectives;
pub mod dates;
pub mod entities;
pub mod lone_speakers;
pub mod nested;
pub mod passive;
pub mod possessors;
pub mod pronouns;
pub mod seats;
pub mod statements;
pub mod surnames;
pub mod text;
pub mod words;

pub mod lexicon;

// The contract, under the path this crate's modules use (`crate::model`).
use newsgraph_model as model;

use crate::model::{Agreement, Document, Entity, EntityType, Extraction, Mention, Statement};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Extracts entities, statements and agreements from one document.
pub fn extract(doc: &Document) -> Extraction {
    let text = text::Text::new(&doc.text);
    let published = doc
        .published
        .as_deref()
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
    let mut ents = entities::recognize(&text);
    let raw_statements = statements::extract(&text, &mut ents);
    let date_mentions = dates::find_dates(&doc.text, published);
    let raw_agreements =
        agreements::extract(&text, &ents, &date_mentions, &raw_statements, published);

    // entities in order of first mention; ids e1, e2, ...
    let mut order: Vec<(usize, usize)> = ents
        .list
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.mentions.iter().next().map(|m| (m.0, i)))
        .collect();
    order.sort();
    let ids: HashMap<usize, String> = order
        .iter()
        .enumerate()
        .map(|(n, (_, i))| (*i, format!("e{}", n + 1)))
        .collect();
    let mut ex = Extraction::empty(doc);
    for (_, i) in &order {
        let e = &ents.list[*i];
        let mut aliases: Vec<String> = e
            .aliases
            .iter()
            .filter(|a| **a != e.name)
            .cloned()
            .collect();
        aliases.sort();
        ex.entities.push(Entity {
            id: ids[i].clone(),
            kind: e.kind,
            name: e.name.clone(),
            aliases,
            roles: e.roles.clone(),
            affiliation: e.affiliation.and_then(|a| ids.get(&a).cloned()),
            wikidata: None,
            wikidata_confidence: None,
            wikidata_method: None,
            coordinates: e.coords,
            country: e.country.clone(),
            mentions: e
                .mentions
                .iter()
                .map(|(s, en)| Mention {
                    start: *s,
                    end: *en,
                    text: Some(text.slice(*s, *en)),
                })
                .collect(),
        });
    }

    // the dates by start offset, so that finding a statement's date does not scan every date
    let mut dates_by_start: Vec<usize> = (0..date_mentions.len()).collect();
    dates_by_start.sort_by_key(|&i| date_mentions[i].start);
    for (n, s) in raw_statements.iter().enumerate() {
        let date = statement_date(
            &text,
            s.sentence,
            (s.start, s.end),
            &date_mentions,
            &dates_by_start,
        )
        .or(published);
        let mut about: Vec<String> = ents
            .within(s.start, s.end)
            .into_iter()
            .filter(|(_, _, i)| Some(*i) != s.speaker && ents.list[*i].kind != EntityType::Group)
            .filter_map(|(_, _, i)| ids.get(&i).cloned())
            .collect();
        about.sort_by_key(|id| id[1..].parse::<usize>().unwrap_or(0));
        about.dedup();
        ex.statements.push(Statement {
            id: format!("s{}", n + 1),
            kind: s.kind,
            speaker: s.speaker.and_then(|i| ids.get(&i).cloned()),
            cue: s.cue.clone(),
            text: text.slice(s.start, s.end),
            start: s.start,
            end: s.end,
            date: date.map(|d| d.format("%Y-%m-%d").to_string()),
            about,
        });
    }

    for (n, a) in raw_agreements.iter().enumerate() {
        let mut parties: Vec<String> = a
            .parties
            .iter()
            .filter_map(|i| ids.get(i).cloned())
            .collect();
        parties.sort_by_key(|id| id[1..].parse::<usize>().unwrap_or(0));
        parties.dedup();
        ex.agreements.push(Agreement {
            id: format!("a{}", n + 1),
            kind: a.kind,
            name: a.name.clone(),
            parties,
            date: a.date.clone(),
            place: a.place.and_then(|i| ids.get(&i).cloned()),
            status: a.status,
            mentions: a
                .mentions
                .iter()
                .map(|(s, e)| Mention {
                    start: *s,
                    end: *e,
                    text: Some(text.slice(*s, *e)),
                })
                .collect(),
        });
    }
    ex
}

/// The date a statement's sentence gives it: the first (in `dates` order) day-precise date of the sentence
/// outside the statement's own text (a date inside a quote belongs to what is said, not to the saying).
/// `by_start`: the indices of `dates` sorted by start offset.
fn statement_date(
    text: &text::Text,
    sentence: usize,
    span: (usize, usize),
    dates: &[dates::DateMention],
    by_start: &[usize],
) -> Option<NaiveDate> {
    let seg = text.sentences.get(sentence)?;
    let from = by_start.partition_point(|&i| dates[i].start < seg.start);
    by_start[from..]
        .iter()
        .take_while(|&&i| dates[i].start <= seg.end)
        .filter(|&&i| {
            let d = &dates[i];
            d.precision == dates::DatePrecision::Day
                && (d.end <= span.0 || d.start >= span.1)
                && d.end <= seg.end
        })
        .min()
        .map(|&i| dates[i].date)
}
