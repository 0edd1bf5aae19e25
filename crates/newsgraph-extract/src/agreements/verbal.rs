//! Agreements told by a verb: "Namibia and Botswana have agreed to run joint boat patrols on the river
//! … The agreement should have been signed within days". A bare definite mention ("the agreement", "the
//! deal") that is the article's first agreement mention refers to what the lead told by a party verb
//! (`party_verbs.txt`) with an infinitive ("agreed to …", "agreed in principle on Wednesday to …") whose
//! subject is two or more named actors (issue 9, session 17, coref).

use super::RawAgreement;
use super::vocab::PARTY_VERBS;
use crate::entities::Entities;
use crate::model::{AgreementKind, AgreementStatus, EntityType};
use crate::text::Text;

/// How many opening sentences (the lead) may tell the agreement by a verb.
const LEAD_SENTENCES: usize = 2;
/// How many tokens may stand between the verb and its "to" ("in principle on Wednesday").
const TO_REACH: usize = 5;
/// Auxiliaries between the subject and the verb ("have agreed").
const AUXILIARIES: [&str; 5] = ["have", "has", "had", "also", "both"];

/// The agreement the lead tells by a verb, before any agreement mention: when a bare definite mention
/// opens the first-mentioned agreement, the verb's clause becomes that agreement's first mention and name
/// and its subject its sides; otherwise the clause is an agreement of its own, put first.
pub(super) fn lead_antecedent(out: &mut Vec<RawAgreement>, text: &Text, ents: &Entities) {
    let first_at = |g: &RawAgreement| g.mentions.first().map_or(usize::MAX, |m| m.0);
    let gi = (0..out.len()).min_by_key(|&i| first_at(&out[i]));
    let first = gi.map_or(usize::MAX, |i| first_at(&out[i]));
    let Some((span, sides, adjacent)) = told_by_verb(text, ents, first) else {
        return;
    };
    let name = text.slice(span.0, span.1);
    let sentence = text.tokens[text.token_at_or_after(span.0)].sentence;
    match gi {
        Some(i) if !out[i].named && bare_definite(&out[i].name) => {
            let g = &mut out[i];
            g.name = name;
            g.mentions.insert(0, span);
            g.sentences.insert(sentence);
            g.parties = sides.into_iter().collect();
        }
        // "have agreed in principle to ask a court …": words between the verb and its "to" hedge what
        // was agreed; only a bare mention makes such a clause an agreement
        _ if !adjacent => {}
        _ => out.insert(
            0,
            RawAgreement {
                kind: AgreementKind::Agreement,
                name,
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
            },
        ),
    }
}

/// "the agreement", "the deal": a definite article and the trigger noun alone.
fn bare_definite(name: &str) -> bool {
    let w: Vec<&str> = name.split_whitespace().collect();
    w.len() == 2 && w[0].eq_ignore_ascii_case("the")
}

/// The first "X and Y (have) agreed … to VERB …" of the lead before offset `before`: the span from the
/// verb's next word to the clause's end (a comma or the sentence's end), the subject's sides, and whether
/// "to" follows the verb at once.
fn told_by_verb(
    text: &Text,
    ents: &Entities,
    before: usize,
) -> Option<((usize, usize), Vec<usize>, bool)> {
    let toks = &text.tokens;
    for seg in text.sentences.iter().take(LEAD_SENTENCES) {
        if seg.end > before {
            return None;
        }
        for v in seg.tok_start + 1..seg.tok_end {
            if !PARTY_VERBS.contains(toks[v].lower()) {
                continue;
            }
            let reach = seg.tok_end.min(v + 2 + TO_REACH);
            let Some(to) = (v + 1..reach).find(|&m| toks[m].lower() == "to") else {
                continue;
            };
            if (v + 1..to).any(|m| toks[m].text == ",") {
                continue;
            }
            let sides = sides_before(text, ents, seg.tok_start, v);
            if sides.len() < 2 {
                continue;
            }
            let end = (to + 1..seg.tok_end)
                .find(|&m| toks[m].text == "," || toks[m].text == ".")
                .unwrap_or(seg.tok_end);
            if end <= to + 1 {
                continue;
            }
            return Some(((toks[v + 1].start, toks[end - 1].end), sides, to == v + 1));
        }
    }
    None
}

/// The named actors (no groups) joined by "and" or commas right before the verb at `v` (auxiliaries
/// between), from the sentence start `s0`; empty when anything else stands between.
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
