//! "The truce held nine days": an agreement told in the simple past to have held for a span of time
//! held no longer, so it collapsed (issue 9, session 14, set 10).

use crate::model::AgreementStatus;
use crate::text::{Segment, Text, TokKind};
use crate::words::words;

/// How many tokens after a mention its "held" may stand.
const WINDOW: usize = 14;

/// The span (first token, end token) of "held [for] [only] NINE DAYS" after the mention ending at token
/// `me_t` in the sentence `seg`, with its status (collapsed): only names, their connectors and a comma
/// stand between (no finite verb, no relative word: "a truce that the army held" is another clause),
/// and no "has"/"have" before the verb ("has held for nine days" still holds).
pub(super) fn held_for_a_time(
    text: &Text,
    seg: Segment,
    me_t: usize,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let w = &words().lasting_words;
    let end = seg.tok_end.min(me_t + WINDOW);
    let v = (me_t..end).find(|&m| w.contains(&format!("verb:{}", toks[m].lower())))?;
    let between_ok = toks[me_t..v].iter().all(|t| {
        t.text == ","
            || t.kind == TokKind::Number
            || t.kind == TokKind::Word
                && !words().finite_verbs.contains(t.lower())
                && !matches!(t.lower(), "that" | "which" | "who" | "it" | "they")
    });
    if !between_ok || v == seg.tok_start {
        return None;
    }
    // "held for only nine days": "for" and "only" may stand before the count
    let mut m = v + 1;
    for skip in ["for", "only"] {
        m += usize::from(m < seg.tok_end && toks[m].lower() == skip);
    }
    if m + 1 >= seg.tok_end {
        return None;
    }
    let counted =
        toks[m].kind == TokKind::Number || w.contains(&format!("count:{}", toks[m].lower()));
    let unit = w.contains(&format!("unit:{}", toks[m + 1].lower()));
    (counted && unit).then_some((v, m + 2, AgreementStatus::Collapsed))
}
