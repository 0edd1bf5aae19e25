//! A pronoun opening the sentence right after one that introduces a person as its subject behind an
//! adverbial lead and a lowercase descriptor: "In the village of Tarn, former fisherman Olek Varsen waited
//! at the quay. He said …" means Varsen, not the last person who spoke (issue 9, session 16, set 28).

use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// How many tokens the adverbial lead may take before its comma.
const LEAD_REACH: usize = 8;

/// How many lowercase descriptor words may stand between the lead's comma and the name.
const DESCRIPTOR_REACH: usize = 3;

/// The person the sentence-initial pronoun at token `p` means when the sentence right before it (same
/// paragraph) opens with an adverbial lead (a word of `adverbial_lead_words.txt`, at most
/// [`LEAD_REACH`] tokens, no comma or quote inside) closed by a comma, then one to
/// [`DESCRIPTOR_REACH`] lowercase words that are no verb (no `finite_verbs.txt`, `irregular_past.txt`
/// or "-ed" word, no pronoun), then the mention of the only person of that sentence.
pub(super) fn led_subject(text: &Text, ents: &Entities, p: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[p].sentence;
    if !text.is_sentence_initial(p) || sent == 0 {
        return None;
    }
    let seg = text.sentences[sent - 1];
    if toks[seg.tok_start].paragraph != toks[p].paragraph {
        return None;
    }
    let w = words();
    if !w.adverbial_lead_words.contains(toks[seg.tok_start].lower()) {
        return None;
    }
    let comma = (seg.tok_start + 1..(seg.tok_start + LEAD_REACH + 1).min(seg.tok_end))
        .take_while(|&m| toks[m].kind != TokKind::Quote)
        .find(|&m| toks[m].text == ",")?;
    let persons: Vec<(usize, usize)> = ents
        .within(seg.start, seg.end)
        .into_iter()
        .filter(|&(_, _, i)| ents.list[i].kind == EntityType::Person)
        .map(|(s, _, i)| (s, i))
        .collect();
    let &(start, i) = persons.first()?;
    if persons.iter().any(|&(_, j)| j != i) {
        return None;
    }
    let mt = text.token_at_or_after(start);
    let descriptor = toks.get(comma + 1..mt)?;
    let plain = |t: &crate::text::Token| {
        let l = t.lower();
        t.kind == TokKind::Word
            && !t.is_capitalized()
            && !l.ends_with("ed")
            && !w.finite_verbs.contains(l)
            && !w.irregular_past.contains(l)
            && !w.pronouns.contains(&t.text)
    };
    (!descriptor.is_empty() && descriptor.len() <= DESCRIPTOR_REACH && descriptor.iter().all(plain))
        .then_some(i)
}
