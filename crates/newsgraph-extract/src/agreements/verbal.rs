//! Agreements told by a verb: "Namibia and Botswana have agreed to run joint boat patrols on the river
//! … The agreement should have been signed within days". The lead's party verb (`party_verbs.txt`) with
//! "to" right after it or after a day or month ("agreed to …", "agreed on Tuesday to …") and a subject
//! of two or more named actors tells an agreement when its clause ends before any agreement phrase; a bare definite mention ("the agreement", "the arrangement")
//! after it then refers back to it (issue 9, session 17, coref). Words between the verb and its "to"
//! ("have agreed in principle to ask a court …") hedge what was agreed and are left out.

use super::RawAgreement;
use super::find::opens_date;
use super::vocab::PARTY_VERBS;
use crate::entities::Entities;
use crate::model::{AgreementKind, AgreementStatus, EntityType};
use crate::text::Text;

/// How many opening sentences (the lead) may tell the agreement by a verb.
const LEAD_SENTENCES: usize = 2;
/// Auxiliaries and adverbs between the subject and the verb ("have agreed", "have both agreed").
const AUXILIARIES: [&str; 5] = ["have", "has", "had", "also", "both"];

/// The agreement the lead tells by a verb in a sentence that ends before offset `first` (the article's
/// first agreement phrase).
pub(super) fn lead_agreement(text: &Text, ents: &Entities, first: usize) -> Option<RawAgreement> {
    let (span, sides) = told_by_verb(text, ents, first)?;
    let sentence = text.tokens[text.token_at_or_after(span.0)].sentence;
    Some(RawAgreement {
        kind: AgreementKind::Agreement,
        name: text.slice(span.0, span.1),
        parties: sides.into_iter().collect(),
        status: AgreementStatus::Unknown,
        status_at: None,
        date: None,
        place: None,
        mentions: vec![span],
        sentences: [sentence].into_iter().collect(),
        named: false,
        generic: false,
        pair_subject: false,
    })
}

/// An article with no agreement phrase at all: the agreement its lead tells by a verb, if any.
pub(super) fn lead_only(out: &mut Vec<RawAgreement>, text: &Text, ents: &Entities) {
    if out.is_empty()
        && let Some(g) = lead_agreement(text, ents, usize::MAX)
    {
        out.push(g);
    }
}

/// The first "X and Y (have) agreed (on Tuesday) to VERB …" of the lead whose clause ends before offset
/// `before`: the span from "to" to the clause's end (a comma or the sentence's end), and the subject's
/// sides.
fn told_by_verb(
    text: &Text,
    ents: &Entities,
    before: usize,
) -> Option<((usize, usize), Vec<usize>)> {
    let toks = &text.tokens;
    for seg in text.sentences.iter().take(LEAD_SENTENCES) {
        if seg.start >= before {
            return None;
        }
        for v in seg.tok_start + 1..seg.tok_end.saturating_sub(2) {
            if !PARTY_VERBS.contains(toks[v].lower()) {
                continue;
            }
            // "agreed on Tuesday to restore …": a day or month between the verb and its "to"
            let to = if opens_date(text, v + 1) {
                v + 3
            } else {
                v + 1
            };
            if to + 1 >= seg.tok_end || toks[to].lower() != "to" {
                continue;
            }
            let sides = sides_before(text, ents, seg.tok_start, v);
            if sides.len() < 2 {
                continue;
            }
            let end = (to + 1..seg.tok_end)
                .find(|&m| toks[m].text == "," || toks[m].text == ".")
                .unwrap_or(seg.tok_end);
            if end <= to + 1 || toks[end - 1].end > before {
                return None;
            }
            return Some(((toks[to].start, toks[end - 1].end), sides));
        }
    }
    None
}

/// The named actors (no groups) joined by "and" or commas right before the verb at `v` (auxiliaries
/// between), from the sentence start `s0`; empty when a group stands among them.
fn sides_before(text: &Text, ents: &Entities, s0: usize, v: usize) -> Vec<usize> {
    let toks = &text.tokens;
    let mut a = v;
    while a > s0 && AUXILIARIES.contains(&toks[a - 1].lower()) {
        a -= 1;
    }
    let mut sides = Vec::new();
    let mut edge = toks[a].start;
    for (st, e, i) in ents.within(toks[s0].start, toks[a].start).into_iter().rev() {
        let gap = text.slice(e.min(edge), edge).trim().to_lowercase();
        let joined = if sides.is_empty() {
            gap.is_empty()
        } else {
            matches!(
                gap.as_str(),
                "and" | "and the" | "," | ", the" | ", and" | ", and the"
            )
        };
        if !joined {
            break;
        }
        if !ents.is_actor(i) || ents.list[i].kind == EntityType::Group {
            return Vec::new();
        }
        if !sides.contains(&i) {
            sides.push(i);
        }
        edge = st;
    }
    sides
}
