//! Rule- and lexicon-based extraction: text → [`crate::model::Extraction`].
//!
//! Offline and deterministic. [`extract`] runs the passes in order, each a module with one job, over the
//! shared document (its [`text::Text`] and what the passes before found):
//!
//! 1. [`text`]: segment — tokens, sentences, paragraphs with character offsets;
//! 2. [`entities`]: names → entities and their coreference (aliases, acronyms, surnames, roles and
//!    affiliations, capital-for-government metonymy, collective actors);
//! 3. [`statements`]: quotes and reported speech with their cues and speakers;
//! 4. [`dates`]: date expressions normalised against the publication date;
//! 5. [`agreements`]: agreement mentions and their coreference, status, parties, date and place;
//! 6. [`output`]: ids by first mention, and the contract's [`crate::model::Extraction`].
//!
//! The small modules beside them are rules the passes share (`acronyms`, `collectives`, `possessors`,
//! `pronouns`, `surnames`, …), and [`words`] and [`lexicon`] their word lists.

pub mod acronyms;
pub mod agreements;
pub mod collectives;
pub mod dates;
pub mod entities;
pub mod lone_speakers;
pub mod nested;
pub mod output;
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

use crate::model::{Document, Extraction};
use chrono::NaiveDate;

/// Extracts entities, statements and agreements from one document.
pub fn extract(doc: &Document) -> Extraction {
    let text = text::Text::new(&doc.text);
    let published = publication_date(doc);
    let mut ents = entities::recognize(&text);
    // statements may add collective speakers ("White House officials") to the entities
    let statements = statements::extract(&text, &mut ents);
    let dates = dates::find_dates(&text, published);
    let agreements = agreements::extract(&text, &ents, &dates, &statements, published);
    output::extraction(
        doc,
        &text,
        published,
        &ents,
        &statements,
        &dates,
        &agreements,
    )
}

/// The document's publication date, when it carries a valid `YYYY-MM-DD` one.
fn publication_date(doc: &Document) -> Option<NaiveDate> {
    doc.published
        .as_deref()
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
}
