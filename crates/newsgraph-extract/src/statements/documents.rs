//! A definite document taking up the author of an earlier one (issue 9, session 15, thirteenth invented
//! set): "X's Ministry of Information confirmed the meeting in a short statement. The talks had been
//! “frank,” the statement said" — the statement is the ministry's. Reads the sentence or two before the
//! cue, only for a definite document subject ("the statement", "the communique": `speaker_documents.txt`).

use crate::entities::Entities;
use crate::text::Text;
use crate::words::words;

/// How many sentences before the cue's own the earlier document may lie.
const SENTENCES_BACK: usize = 2;

/// The author of the document a definite "the NOUN" (its noun at token `j - 1`) takes up: the latest
/// earlier mention of the same noun in the sentences before, written "… NOUN issued/released by X" (X),
/// else the actor that opens that mention's sentence ("X confirmed the meeting in a statement"). `None`
/// when the subject is no definite document or no such mention has an author.
pub(super) fn earlier_document_author(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 2
        || toks[j - 2].lower() != "the"
        || !words().speaker_documents.contains(toks[j - 1].lower())
    {
        return None;
    }
    let noun = toks[j - 1].lower();
    let sent = toks[j - 1].sentence;
    let first = text.sentences[sent.saturating_sub(SENTENCES_BACK)].tok_start;
    let seg_start = text.sentences[sent].tok_start;
    let d = (first..seg_start)
        .rev()
        .find(|&m| toks[m].lower() == noun)?;
    let seg = text.sentences[toks[d].sentence];
    // "a joint statement issued by the three nations"
    if let Some(by) = (d + 1..(d + 4).min(seg.tok_end)).find(|&m| toks[m].lower() == "by")
        && let Some(t) = toks.get(by + 1)
        && let Some((_, _, i)) = ents.covering(t.start)
    {
        return Some(i);
    }
    // the actor opening the sentence, before the document
    ents.within(seg.start, toks[d].start)
        .into_iter()
        .next()
        .filter(|&(s, _, i)| text.token_at_or_after(s) <= seg.tok_start + 1 && ents.is_actor(i))
        .map(|(_, _, i)| i)
}
