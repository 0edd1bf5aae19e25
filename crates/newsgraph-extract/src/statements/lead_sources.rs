//! A bare "the ministry said" late in an article whose lead quoted a ministry: wire copy names its main
//! source in the lead ("…, the Slovenian Foreign Ministry said on Wednesday.") and takes it up later as
//! "the ministry", even after another ministry spoke paragraphs before ("The Croatian Ministry of Foreign
//! and European Affairs said …. … Slovenia will keep protecting its fishermen, the ministry said.").
//! The lead's institution wins unless the institution mentioned last stands in the cue's sentence or the
//! one before (issue 9, session 17, set 40). Reads the lead paragraph's mentions of the candidates only.

use super::cues::cue_at;
use super::speakers::name_heads;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::Text;

/// The fewest tokens a sentence needs to be the lead (a dateline alone is no lead).
const LEAD_MIN_TOKENS: usize = 8;

/// The institution with head noun `head` that spoke in the article's lead, when it is not `latest` (the
/// one mentioned last before the subject at token `the`) and `latest` has no mention in the subject's
/// sentence or the one before; `None` otherwise.
pub(super) fn lead_instead(
    text: &Text,
    ents: &Entities,
    head: &str,
    the: usize,
    latest: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    let lead = text
        .sentences
        .iter()
        .find(|s| s.tok_end - s.tok_start >= LEAD_MIN_TOKENS)?;
    let para = toks[lead.tok_start].paragraph;
    let sent = toks[the].sentence;
    if toks[the].paragraph == para {
        return None;
    }
    // the institution mentioned last is near: it is the one meant
    let near_from = text.sentences[sent.saturating_sub(1)].start;
    if ents.list[latest]
        .mentions
        .range((near_from, 0)..(toks[the].start, 0))
        .next()
        .is_some()
    {
        return None;
    }
    let para_end = text.paragraphs[para].end;
    ents.list
        .iter()
        .enumerate()
        .filter(|&(i, e)| {
            i != latest
                && e.kind == EntityType::Organization
                && name_heads(&e.name).any(|w| w.eq_ignore_ascii_case(head))
        })
        .find(|(_, e)| {
            // a mention in the lead paragraph that a cue verb follows: the institution spoke there
            e.mentions
                .range((lead.start, 0)..(para_end, 0))
                .any(|&(_, me)| {
                    let t = text.token_at_or_after(me);
                    t < toks.len() && toks[t].paragraph == para && cue_at(text, t).is_some()
                })
        })
        .map(|(i, _)| i)
}
