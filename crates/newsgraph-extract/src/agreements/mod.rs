//! Agreements: trigger nouns (agreement, deal, ceasefire, proposal, plan, protocol, …) with their noun
//! phrase, parties (compound modifiers, "between X and Y", "with X", the subject of "signed"), status
//! (the latest status phrase reported about it), date and place. Definite references ("the deal")
//! refer back to the latest agreement, and generic mentions ("a ceasefire", "the truce", "the accord") join
//! the agreement they may refer to (`merge_generic`).
//!
//! The steps, in order: [`find`] (trigger phrases → agreements and their mentions, with what each phrase
//! says of parties, date and place), [`coref`] (generic mentions join the agreement they refer to),
//! [`status`] (first what [`clause`] reads from the predicate governing each mention, then the status
//! phrases near the mentions), [`parties`] (the sides the sentences and the article
//! give). [`vocab`] holds their word lists.

mod clause;
mod coref;
mod drafter;
mod find;
mod lasted;
mod mediators;
mod nested_parties;
mod parties;
mod pronoun_sides;
mod sides;
mod signer_roles;
mod status;
mod verbal;
mod vocab;
mod wished;

use super::dates::DateMention;
use super::entities::Entities;
use super::statements::RawStatement;
use super::text::Text;
use crate::model::{AgreementKind, AgreementStatus};
use std::collections::BTreeSet;

/// An agreement before ids are assigned.
#[derive(Debug, Clone)]
pub struct RawAgreement {
    /// Kind.
    pub kind: AgreementKind,
    /// Name (the first naming phrase).
    pub name: String,
    /// Party entity indices.
    pub parties: BTreeSet<usize>,
    /// Status.
    pub status: AgreementStatus,
    /// Status found at this offset (latest wins).
    status_at: Option<usize>,
    /// Date.
    pub date: Option<String>,
    /// Place entity index.
    pub place: Option<usize>,
    /// Mention spans.
    pub mentions: Vec<(usize, usize)>,
    /// Sentences where it is mentioned.
    sentences: BTreeSet<usize>,
    /// Whether the article names it (a capitalised name).
    named: bool,
    /// A generic mention ("a ceasefire", "the accord"): unnamed, singular, with no year or modifier that
    /// sets it apart, so it may be another mention of an agreement the article names elsewhere.
    generic: bool,
    /// Its signers are a reciprocal collective counted as two whose sides the phrase cannot name ("The
    /// two sides signed a standstill understanding"): the article's two sides, if two dominate.
    pair_subject: bool,
}

/// Extracts agreements.
pub fn extract(
    text: &Text,
    ents: &Entities,
    dates: &[DateMention],
    statements: &[RawStatement],
    published: Option<chrono::NaiveDate>,
) -> Vec<RawAgreement> {
    let found = find::find(text, ents, dates, statements);
    let mut out: Vec<RawAgreement> = coref::merge_echoes(coref::merge_generic(
        found,
        published.map(|d| chrono::Datelike::year(&d)),
    ));
    verbal::lead_only(&mut out, text, ents);
    status::assign(&mut out, text, published);
    pronoun_sides::under_it(&mut out, ents, text);
    for g in out.iter_mut() {
        parties::from_sentences(g, ents, text);
        parties::institutions_to_parents(g, ents);
        parties::short_forms_to_full(g, ents);
        parties::self_named_sides(g, ents, text);
    }
    parties::article_parties(&mut out, ents, text);
    parties::proposer_only(&mut out, ents, text);
    drafter::drafter_only(&mut out, ents, text);
    nested_parties::drop_repeated(&mut out, ents, text);
    out
}
