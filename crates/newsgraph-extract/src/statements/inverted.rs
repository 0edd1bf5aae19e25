//! Inverted postposed attribution without quotation marks: "That agreement remains in force, said
//! Chile's deputy foreign minister, Ignacio Barros Leiva.", "Salaries are what people care about, said
//! Shirin Aziz, a teacher in Sulaymaniyah.", "…, added Rueda." The cue follows the comma closing the
//! content and a person named within a few words after the cue is the speaker (issue 9, session 17, set
//! 40). Reads the tokens between the cue and the sentence end only.

use super::quotes::Quotes;
use super::reported::content_before_comma;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// The most tokens between the cue and the speaker's name ("Chile's deputy foreign minister ,").
const MAX_ROLE_TOKENS: usize = 7;

/// For a cue at token `k` right after a comma: the person named after it (after at most a role phrase
/// of plain words, a possessive, and one comma before the name) and the content before the comma, when
/// the name is followed by the sentence end or by a comma and a descriptor without quotes.
pub(super) fn inverted_attribution(
    text: &Text,
    ents: &Entities,
    k: usize,
    quotes: &Quotes,
) -> Option<(usize, usize, usize)> {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    if k < 2 || toks[k - 1].text != "," || toks[k - 1].sentence != sent {
        return None;
    }
    let seg = text.sentences[sent];
    let in_sent = |m: usize| m < seg.tok_end;
    // the person: the first person's mention starting within the role window ("Chile's deputy foreign
    // minister, X": the state in the role phrase is no speaker)
    let (ms, me, i) = (k + 1..(k + 2 + MAX_ROLE_TOKENS).min(seg.tok_end)).find_map(|m| {
        ents.covering(toks[m].start)
            .filter(|c| c.0 == toks[m].start && ents.list[c.2].kind == EntityType::Person)
    })?;
    let mt = text.token_at_or_after(ms);
    // the role phrase before it: plain words and possessives, at most one comma right before the name
    let role_ok = (k + 1..mt).all(|m| {
        let t = &toks[m];
        t.kind == TokKind::Word
            || matches!(t.text.as_str(), "'s" | "’s")
            || (t.text == "," && m + 1 == mt)
    });
    // after the name: the sentence end, or a descriptor after a comma ("…, a teacher in X":
    // `descriptor_introducers.txt`) without quotes or "that" ("…, after meeting Y" is no descriptor)
    let after = text.token_at_or_after(me);
    let tail_ok = !in_sent(after)
        || toks[after].text == "."
        || (toks[after].text == ","
            && in_sent(after + 1)
            && words()
                .descriptor_introducers
                .contains(toks[after + 1].lower())
            && (after..seg.tok_end)
                .all(|m| toks[m].kind != TokKind::Quote && toks[m].lower() != "that"));
    if !role_ok || !tail_ok {
        return None;
    }
    let (cs, ce) = content_before_comma(text, seg.tok_start, (k - 1, k - 2), quotes)?;
    Some((i, cs, ce))
}
