//! Institutions whose name a city opens: "the Cairo Centre for Strategic Studies", "the Pristina Institute
//! for Policy Studies", "the Nairobi Chamber of Commerce" (issue 9, session 16, set 30).

use super::known::of_complement;
use crate::text::Text;
use crate::text::TokKind;
use crate::words::words;

/// The end of the institution that a city's or capital's name ending before token `end` opens: the next
/// word is a capitalised head of `city_org_heads.txt` (in the city's sentence), with its "of"/"for"
/// complement of capitalised words when one follows; `None` when no such head follows.
pub(super) fn city_org_end(text: &Text, k: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    let head = toks.get(end)?;
    let heads = &words().city_org_heads;
    (head.kind == TokKind::Word
        && head.sentence == toks[k].sentence
        && head.start > toks[end - 1].end
        && heads.contains(&head.text))
    .then(|| of_complement(text, end).unwrap_or(end + 1))
}
