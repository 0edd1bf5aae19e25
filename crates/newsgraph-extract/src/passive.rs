//! The agent of a participle after an agreement's phrase (issue 9, session 6): "the accord signed by X",
//! "the accord signed Friday by X", and in the passive, "the agreement was sealed by X and by Y", "the
//! agreement had already been signed in May by X and Y".

use super::text::{Text, TokKind};
use rustc_hash::FxHashSet as HashSet;

/// Auxiliaries and adverbs that may stand between the phrase and the participle.
const MAX_AUXILIARIES: usize = 4;
/// Words (a short adjunct: "in May", "on Friday", "last week") that may stand between the participle
/// and "by".
const MAX_ADJUNCT: usize = 3;

/// The index of the "by" that introduces the agent of a participle from `participles` after the phrase
/// ending before token `b` (sentence tokens end at `s1`): after up to [`MAX_AUXILIARIES`] auxiliaries
/// (`data/extract/auxiliaries.txt`), the participle, then up to [`MAX_ADJUNCT`] words or numbers.
pub fn agent_by(text: &Text, b: usize, s1: usize, participles: &HashSet<String>) -> Option<usize> {
    let toks = &text.tokens;
    let aux = &super::words::words().auxiliaries;
    let mut p = b;
    while p < s1 && p < b + MAX_AUXILIARIES && aux.contains(toks[p].lower()) {
        p += 1;
    }
    if p >= s1 || !participles.contains(toks[p].lower()) {
        return None;
    }
    (p + 1..s1)
        .take(MAX_ADJUNCT + 1)
        .take_while(|&m| matches!(toks[m].kind, TokKind::Word | TokKind::Number))
        .find(|&m| toks[m].lower() == "by")
}
