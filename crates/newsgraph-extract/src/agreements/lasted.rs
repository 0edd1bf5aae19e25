//! Statuses told later in a subject agreement's clause: "the truce held nine days" (told in the simple
//! past to have held for a span of time, it held no longer: collapsed), and a terminal verb coordinated
//! with its first one ("was never put into effect and was quietly shelved") (issue 9, session 14,
//! set 10).

use super::status::stage;
use crate::lexicon::lexicon;
use crate::model::AgreementStatus;
use crate::text::{Segment, Text, TokKind};
use crate::words::words;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// The "verb:" words of `lasting_words.txt` ("held", "lasted"), without the prefix.
static LASTING_VERBS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    words()
        .lasting_words
        .iter()
        .filter_map(|w| w.strip_prefix("verb:").map(str::to_string))
        .collect()
});

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
    let v = (me_t..end).find(|&m| LASTING_VERBS.contains(toks[m].lower()))?;
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

/// How many tokens the predicate before the "and" may have ("was never put into effect").
const PREDICATE_MAX: usize = 8;

/// A terminal status (abandoned, collapsed, withdrawn, violated) in a verb coordinated with the
/// predicate of a subject agreement whose mention ends at token `me_t`: the first "and" after it whose
/// stretch back to the last comma (or to the mention) opens with a finite auxiliary ("was never put
/// into effect and"; a stretch opening otherwise may be a new clause with its own subject), then
/// auxiliaries and "-ly" adverbs, then the phrase ("A similar memorandum, signed in 2021, was never
/// put into effect and was quietly shelved"). Nothing after a negated auxiliary ("and was never
/// abandoned").
pub(super) fn coordinated_terminal(
    text: &Text,
    seg: Segment,
    me_t: usize,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let end = seg.tok_end;
    let and = (me_t..end).find(|&m| toks[m].lower() == "and")?;
    let open = (me_t..and)
        .rev()
        .find(|&m| toks[m].text == ",")
        .map_or(me_t, |c| c + 1);
    // a short predicate with no clause of its own inside ("is the only arrangement that has survived
    // since Russia withdrew … and suspended visits": the "and" joins another clause's verbs)
    let subordinators = &words().subordinators;
    if open >= and
        || and - open > PREDICATE_MAX
        || !words().finite_verbs.contains(toks[open].lower())
        || toks[open..and].iter().any(|t| {
            subordinators.contains(t.lower()) || matches!(t.lower(), "that" | "which" | "who")
        })
    {
        return None;
    }
    let aux = &words().auxiliaries;
    let lasting = &words().lasting_words;
    // auxiliaries, "-ly" adverbs and the time adverbs of `lasting_words.txt` ("has since been quietly
    // shelved")
    let skippable = |w: &str| {
        aux.contains(w) || w.ends_with("ly") || lasting.contains(&format!("adverb:{w}"))
    };
    let mut m = and + 1;
    while m < end.min(and + 5) && skippable(toks[m].lower()) {
        // "and was never shelved" tells the opposite
        if matches!(toks[m].lower(), "not" | "never") {
            return None;
        }
        m += 1;
    }
    let lex = lexicon();
    let phrases = lex.status_phrases();
    lex.status_phrases_opening_with(toks.get(m)?.lower())
        .iter()
        .map(|&i| &phrases[i])
        .filter(|ph| stage(ph.1).is_none() && m + ph.0.len() <= end)
        .filter(|ph| {
            toks[m..m + ph.0.len()]
                .iter()
                .zip(&ph.0)
                .all(|(t, w)| t.lower() == w)
        })
        .max_by_key(|ph| ph.0.len())
        .map(|ph| (m, m + ph.0.len(), ph.1))
}
