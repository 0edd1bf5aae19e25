//! The last pass: ids by first mention (`e1`, `s1`, `a1`, …) and the contract's [`Extraction`], with each
//! statement's date and the entities it is about.

use crate::agreements::RawAgreement;
use crate::dates::{DateMention, DatePrecision};
use crate::entities::Entities;
use crate::model::{Agreement, Document, Entity, EntityType, Extraction, Mention, Statement};
use crate::statements::RawStatement;
use crate::text::Text;
use chrono::NaiveDate;
use std::collections::HashMap;

/// The extraction of `doc` from what the passes found.
pub fn extraction(
    doc: &Document,
    text: &Text,
    published: Option<NaiveDate>,
    ents: &Entities,
    statements: &[RawStatement],
    dates: &[DateMention],
    agreements: &[RawAgreement],
) -> Extraction {
    let (order, ids) = entity_ids(ents);
    let mut ex = Extraction::empty(doc);
    ex.entities = order.iter().map(|i| entity(text, ents, &ids, *i)).collect();
    // the dates by start offset, so that finding a statement's date does not scan every date
    let mut dates_by_start: Vec<usize> = (0..dates.len()).collect();
    dates_by_start.sort_by_key(|&i| dates[i].start);
    for (n, s) in statements.iter().enumerate() {
        let date = statement_date(text, s.sentence, (s.start, s.end), dates, &dates_by_start)
            .or(published);
        ex.statements.push(statement(text, ents, &ids, n, s, date));
    }
    for (n, a) in agreements.iter().enumerate() {
        ex.agreements.push(agreement(text, &ids, n, a));
    }
    ex
}

/// The entities in order of first mention, and their ids `e1`, `e2`, … by index.
fn entity_ids(ents: &Entities) -> (Vec<usize>, HashMap<usize, String>) {
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
    (order.into_iter().map(|(_, i)| i).collect(), ids)
}

/// Mentions as the contract writes them, with their text.
fn mentions<'a>(text: &Text, spans: impl Iterator<Item = &'a (usize, usize)>) -> Vec<Mention> {
    spans
        .map(|(s, e)| Mention {
            start: *s,
            end: *e,
            text: Some(text.slice(*s, *e)),
        })
        .collect()
}

/// Entity `i` as the contract writes it (its aliases sorted, without its name).
fn entity(text: &Text, ents: &Entities, ids: &HashMap<usize, String>, i: usize) -> Entity {
    let e = &ents.list[i];
    let mut aliases: Vec<String> = e
        .aliases
        .iter()
        .filter(|a| **a != e.name)
        .cloned()
        .collect();
    aliases.sort();
    Entity {
        id: ids[&i].clone(),
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
        mentions: mentions(text, e.mentions.iter()),
    }
}

/// Statement `n` as the contract writes it: about the entities mentioned in it (groups and its speaker
/// excepted), in id order.
fn statement(
    text: &Text,
    ents: &Entities,
    ids: &HashMap<usize, String>,
    n: usize,
    s: &RawStatement,
    date: Option<NaiveDate>,
) -> Statement {
    let mut about: Vec<String> = ents
        .within(s.start, s.end)
        .into_iter()
        .filter(|(_, _, i)| Some(*i) != s.speaker && ents.list[*i].kind != EntityType::Group)
        .filter_map(|(_, _, i)| ids.get(&i).cloned())
        .collect();
    about.sort_by_key(|id| id[1..].parse::<usize>().unwrap_or(0));
    about.dedup();
    Statement {
        id: format!("s{}", n + 1),
        kind: s.kind,
        speaker: s.speaker.and_then(|i| ids.get(&i).cloned()),
        cue: s.cue.clone(),
        text: text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        date: date.map(|d| d.format("%Y-%m-%d").to_string()),
        about,
    }
}

/// Agreement `n` as the contract writes it (its parties in id order).
fn agreement(text: &Text, ids: &HashMap<usize, String>, n: usize, a: &RawAgreement) -> Agreement {
    let mut parties: Vec<String> = a
        .parties
        .iter()
        .filter_map(|i| ids.get(i).cloned())
        .collect();
    parties.sort_by_key(|id| id[1..].parse::<usize>().unwrap_or(0));
    parties.dedup();
    Agreement {
        id: format!("a{}", n + 1),
        kind: a.kind,
        name: a.name.clone(),
        parties,
        date: a.date.clone(),
        place: a.place.and_then(|i| ids.get(&i).cloned()),
        status: a.status,
        mentions: mentions(text, a.mentions.iter()),
    }
}

/// The date a statement's sentence gives it: the first (in `dates` order) day-precise date of the sentence
/// outside the statement's own text (a date inside a quote belongs to what is said, not to the saying).
/// `by_start`: the indices of `dates` sorted by start offset.
fn statement_date(
    text: &Text,
    sentence: usize,
    span: (usize, usize),
    dates: &[DateMention],
    by_start: &[usize],
) -> Option<NaiveDate> {
    let seg = text.sentences.get(sentence)?;
    let from = by_start.partition_point(|&i| dates[i].start < seg.start);
    by_start[from..]
        .iter()
        .take_while(|&&i| dates[i].start <= seg.end)
        .filter(|&&i| {
            let d = &dates[i];
            d.precision == DatePrecision::Day
                && (d.end <= span.0 || d.start >= span.1)
                && d.end <= seg.end
        })
        .min()
        .map(|&i| dates[i].date)
}
