//! Direct and partial quotes as statements: attributed after the quote (`," X said`) or before it
//! (`X told the Commons: “`), quote-only paragraphs continuing the last speaker, fragments in the
//! reporter's prose, and a quote split by its attribution.

use super::cues::{cue_at, cue_phrase};
use super::quotes::{Quote, Quotes};
use super::speakers::subject_before;
use super::{RawStatement, Speakers, word_count};
use crate::entities::Entities;
use crate::model::{EntityType, StatementKind};
use crate::text::{Text, TokKind};

/// The quote that continues a direct quote attributed after it, as one statement: `“A,” X said. “B.”`
/// (the guidelines' quote split by an attribution). The attribution ends its sentence, the next quote
/// opens right after it in the same paragraph, and nothing but the paragraph's end follows that quote
/// (else it has its own attribution). Returns the continuing quote's index.
pub(super) fn continuation(
    text: &Text,
    quotes: &[Quote],
    qi: usize,
    st: &RawStatement,
) -> Option<usize> {
    if st.kind != StatementKind::Direct || st.cue.is_none() || st.speaker.is_none() {
        return None;
    }
    let (q, next) = (quotes[qi], *quotes.get(qi + 1)?);
    let para = text
        .paragraphs
        .iter()
        .find(|p| p.start <= q.open && q.open < p.end)?;
    if next.open >= para.end || next.after > para.end {
        return None;
    }
    let gap = text.slice(q.after, next.open);
    let gap = gap.trim_end();
    // the attribution sentence between the two: one sentence, ending in a period
    if !gap.ends_with('.') || gap[..gap.len() - 1].contains(['.', '!', '?']) {
        return None;
    }
    let rest = text.slice(next.after, para.end);
    rest.trim()
        .chars()
        .all(|c| c.is_ascii_punctuation())
        .then_some(qi + 1)
}

/// A statement for quote `qi`: attributed after or before, a continuation paragraph, or a partial.
pub(super) fn quote_statement(
    text: &Text,
    ents: &mut Entities,
    quotes: &Quotes,
    qi: usize,
    sp: &Speakers,
) -> Option<RawStatement> {
    let q = quotes[qi];
    let toks = &text.tokens;
    let first = text.token_at_or_after(q.start);
    let sent = toks.get(first)?.sentence;
    // paragraphs are in document order: the first that ends after the opening mark
    let para = text
        .paragraphs
        .get(text.paragraphs.partition_point(|p| p.end <= q.open))
        .filter(|p| p.start <= q.open && q.open < p.end)?;
    // after: `," Lavrov said` / `," said Lavrov` / `," he added`
    let after_tok = text.token_at_or_after(q.after);
    let mut speaker = None;
    let mut cue = None;
    let mut cue_sent = sent;
    let q_para = toks[text.token_at_or_after(q.open).min(toks.len() - 1)].paragraph;
    for k in after_tok..(after_tok + 10).min(toks.len()) {
        if toks[k].kind == TokKind::Quote || toks[k].paragraph != q_para {
            break;
        }
        if matches!(toks[k].text.as_str(), "." | "!" | "?") && k > after_tok {
            break;
        }
        if cue_at(text, k).is_some() {
            let sp_tok = Speakers {
                last_person: sp.last_person,
                last_any: sp.last_any,
            };
            speaker = subject_before(text, ents, k, &sp_tok, quotes).filter(|_| k > after_tok);
            if speaker.is_none() {
                // "said Lavrov"
                if let Some(t) = toks.get(k + 1)
                    && let Some((_, _, i)) = ents.covering(t.start)
                    && ents.is_actor(i)
                {
                    // "said Singapore Prime Minister Lee Hsien Loong": the person the state's
                    // title phrase names, when one follows before any punctuation
                    let person = (k + 1..(k + 8).min(toks.len()))
                        .take_while(|m| toks[*m].kind == TokKind::Word)
                        .find_map(|m| {
                            ents.covering(toks[m].start)
                                .map(|(_, _, p)| p)
                                .filter(|p| ents.list[*p].kind == EntityType::Person)
                        });
                    speaker = Some(person.unwrap_or(i));
                }
            }
            // a subject found must lie between the quote and the cue
            cue = Some(cue_phrase(text, k));
            cue_sent = toks[k].sentence;
            break;
        }
    }
    let attributed_after = cue.is_some();
    // before: `Sir Keir told the Commons: “`
    if !attributed_after {
        speaker = None;
        cue = None;
        let open_tok = text.token_at_or_after(q.open);
        let lo = open_tok.saturating_sub(12);
        for k in (lo..open_tok).rev() {
            if toks[k].paragraph != toks[open_tok].paragraph || toks[k].kind == TokKind::Quote {
                break;
            }
            if cue_at(text, k).is_some() {
                let gap = text.slice(toks[k].end, q.open);
                if gap.trim_end().ends_with(':') || gap.trim_end().ends_with(',') {
                    speaker = subject_before(text, ents, k, sp, quotes);
                    cue = Some(cue_phrase(text, k));
                    cue_sent = toks[k].sentence;
                }
                break;
            }
        }
    }
    let before_text = text.slice(para.start, q.open);
    let para_level = before_text.trim().is_empty() || before_text.trim_end().ends_with(':');
    let after_text = text.slice(q.after.min(para.end), para.end);
    let closes_sentence = after_text.trim().is_empty()
        || after_text.trim_start().starts_with(['.', ',', '!', '?'])
        || cue.is_some();
    let (kind, speaker, cue) = if speaker.is_some()
        && (para_level
            || before_text.trim_end().ends_with([':', ','])
            || (cue.is_some() && q_is_sentence(text, q)))
    {
        (StatementKind::Direct, speaker, cue)
    } else if para_level && closes_sentence {
        // quote-only paragraph: the last speaker goes on
        (
            StatementKind::Direct,
            speaker.or(sp.last_person).or(sp.last_any),
            cue,
        )
    } else {
        // a fragment inside the reporter's prose
        if word_count(text, q.start, q.end) > 12 && speaker.is_none() {
            return None;
        }
        let open_tok = text.token_at_or_after(q.open).min(toks.len() - 1);
        let s0 = text.sentences[toks[open_tok].sentence].tok_start;
        let mut found = (speaker, cue);
        if found.0.is_none() {
            for k in (s0..open_tok).rev() {
                if cue_at(text, k).is_some() {
                    match subject_before(text, ents, k, sp, quotes) {
                        Some(i) => found = (Some(i), Some(cue_phrase(text, k))),
                        // the sentence's "speaker" is no actor ("The deal calls for …")
                        None => return None,
                    }
                    break;
                }
            }
        }
        (
            StatementKind::Partial,
            found.0.or(sp.last_person).or(sp.last_any),
            found.1,
        )
    };
    // an unattributed fragment is dropped; an attributed quote stays even when its speaker is unknown
    if speaker.is_none() && (kind == StatementKind::Partial || cue.is_none()) {
        return None;
    }
    // a quote with no cue takes the publication date, not a date its own words mention
    let sentence = if cue.is_some() { cue_sent } else { usize::MAX };
    Some(RawStatement {
        kind,
        speaker,
        cue,
        start: q.start,
        end: q.end,
        sentence,
    })
}

pub(super) fn q_is_sentence(text: &Text, q: Quote) -> bool {
    let s = text.slice(q.start, q.end);
    s.chars().next().is_some_and(char::is_uppercase)
}
