//! Institutions whose name a city opens: "the Cairo Centre for Strategic Studies", "the Pristina Institute
//! for Policy Studies", "the Nairobi Chamber of Commerce" (issue 9, session 16, set 30), and newspapers
//! whose name a city opens: "the Bangkok Post", "told the Kyiv Post" (issue 9, session 18, set 56).

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

/// The end of the newspaper that a city's or capital's name ending before token `end` opens: the next
/// word is a capitalised last word of a newspaper's name (`outlet_heads.txt`: "Post", "Times", "Tribune")
/// in the city's sentence, and the name ends there (no capitalised word after it): "the Bangkok Post",
/// "Buenos Aires Times"; not "the Kinshasa Times Square Mall". `None` otherwise.
pub(super) fn city_outlet_end(text: &Text, k: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    let head = toks.get(end)?;
    let sent = toks[k].sentence;
    (head.kind == TokKind::Word
        && head.sentence == sent
        && head.start > toks[end - 1].end
        && words().outlet_heads.contains(&head.text)
        && !toks
            .get(end + 1)
            .is_some_and(|t| t.sentence == sent && t.kind == TokKind::Word && t.is_capitalized()))
    .then_some(end + 1)
}
