//! Cue verbs: which tokens are cues ("said", "told"), which can introduce reported speech, which
//! attribute a quote beside them, and the cue phrase recorded ("told reporters").

use super::quotes::Quotes;
use crate::lexicon::lexicon;
use crate::text::{Text, TokKind};
use crate::words::words;

/// Whether token `k` is a cue verb form; returns the number of tokens of the cue.
pub(super) fn cue_at(text: &Text, k: usize) -> Option<usize> {
    let lex = lexicon();
    let t = &text.tokens[k];
    if t.kind != TokKind::Word {
        return None;
    }
    // "Secretary of State": a capitalised word is a verb only at the start of a sentence
    if t.is_capitalized() && !text.is_sentence_initial(k) {
        return None;
    }
    let lower = t.lower();
    let cv = lex.cue_verb(lower)?;
    if !cue_class_ok(&cv.class) || cue_is_noun(text, k, cv.lemma == lower) {
        return None;
    }
    // "an official briefed on the talks", "diplomats informed about the plan": a verb whose first object
    // is its audience, with a preposition and no audience after it, is a passive participle, no speech
    // (issue 9, session 14, seventh invented set)
    if words().addressee_verbs.contains(&cv.lemma)
        && lower.ends_with("ed")
        && text
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.sentence == t.sentence && matches!(n.lower(), "on" | "about" | "of"))
    {
        return None;
    }
    // "boasting of", "complained about": keep a following preposition out of the content
    Some(1)
}

/// Whether the cue-verb form at `k` is a noun: right after a determiner ("the report"), or, when it is
/// the bare form, after a determiner and one singular word ("the Serbian state": a singular subject would
/// take "states"), or, an -s form, after a plural quantifier ("eight states"). Determiners are in
/// `data/extract/noun_determiners.txt`.
pub(super) fn cue_is_noun(text: &Text, k: usize, bare: bool) -> bool {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    let is_det =
        |m: usize| toks[m].sentence == sent && words().noun_determiners.contains(toks[m].lower());
    if k >= 1 && is_det(k - 1) {
        return true;
    }
    // "all eight states bordering the Gulf": an -s form after a plural quantifier
    // (`generic_quantifiers.txt`, or digits) is a plural noun, as no plural subject takes it (issue 9,
    // session 14, seventh invented set)
    if !bare
        && k >= 1
        && toks[k].lower().ends_with('s')
        && toks[k - 1].sentence == sent
        && (words().generic_quantifiers.contains(toks[k - 1].lower())
            || toks[k - 1].text.chars().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    bare && k >= 2
        && is_det(k - 2)
        && toks[k - 1].kind == TokKind::Word
        && !toks[k - 1].lower().ends_with('s')
        && !prepositional_object_of_plural(text, k - 2)
        && !in_relative_clause_of_plural(text, k - 2)
}

/// Whether the determiner at token `d` stands in a relative clause after a plural word: "Researchers
/// who follow the region say …" (the bare verb agrees with the plural; "who" within the six tokens
/// before, no comma between; issue 9, session 15, thirteenth invented set).
fn in_relative_clause_of_plural(text: &Text, d: usize) -> bool {
    let toks = &text.tokens;
    let sent = toks[d].sentence;
    (d.saturating_sub(6)..d)
        .rev()
        .take_while(|&m| toks[m].sentence == sent && toks[m].text != ",")
        .find(|&m| toks[m].lower() == "who")
        .is_some_and(|m| {
            m >= 1
                && toks[m - 1].sentence == sent
                && toks[m - 1].kind == TokKind::Word
                && toks[m - 1].lower().ends_with('s')
        })
}

/// Whether the determiner at token `d` opens the object of a preposition after a plural word:
/// "Diplomats from the region say …", "officials in the capital say …" (the bare verb agrees with the
/// plural; issue 9, session 14, fifth invented set).
fn prepositional_object_of_plural(text: &Text, d: usize) -> bool {
    let toks = &text.tokens;
    let w = words();
    d >= 2
        && toks[d - 1].sentence == toks[d].sentence
        && toks[d - 2].sentence == toks[d].sentence
        && {
            let p = toks[d - 1].lower();
            w.place_prepositions.contains(p) || matches!(p, "of" | "from" | "at")
        }
        && toks[d - 2].kind == TokKind::Word
        && toks[d - 2].lower().ends_with('s')
}

/// Whether a cue verb class may attribute speech (any class given).
pub(super) fn cue_class_ok(class: &str) -> bool {
    !class.is_empty()
}

pub(super) static INDIRECT_EXCLUDED: std::sync::LazyLock<&rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| &words().indirect_cue_exclusions);

/// Whether the cue at `k` can introduce reported speech (not only attribute a quote).
pub(super) fn indirect_cue_at(text: &Text, k: usize) -> bool {
    let t = &text.tokens[k];
    if t.kind != TokKind::Word {
        return false;
    }
    // "has accused Y of Z" (issue 9, session 16, set 28)
    if call_on_object(text, k).is_some() || super::accusations::accused_object(text, k).is_some() {
        return true;
    }
    match lexicon().cue_verb(t.lower()) {
        Some(cv) => {
            cv.takes_that_clause
                && (!INDIRECT_EXCLUDED.contains(&cv.lemma) || excluded_cue_with_that(text, k))
        }
        None => false,
    }
}

/// "has called on both sides to show restraint": a form of "call" at `k`, then "on", an object of one
/// to eight words (no weekday or month first, no comma or quote inside) and "to" before a lowercase word
/// that is no determiner, not right after "and". Returns the token opening the content (the object, as the dev gold has it;
/// issue 9, session 16, set 25).
pub(super) fn call_on_object(text: &Text, k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let t = &toks[k];
    if lexicon()
        .cue_verb(t.lower())
        .is_none_or(|cv| cv.lemma != "call")
    {
        return None;
    }
    let same = |m: usize| toks.get(m).filter(|n| n.sentence == t.sentence);
    // "said … and called on all parties to …": a second verb of a speaker, which the sets' gold leaves
    // out (sets 2, 5, 16)
    if k.checked_sub(1)
        .and_then(same)
        .is_some_and(|p| p.lower() == "and")
    {
        return None;
    }
    same(k + 1).filter(|n| n.lower() == "on")?;
    let first = same(k + 2).filter(|n| n.kind == TokKind::Word)?;
    if lexicon().weekday(&first.text).is_some() || lexicon().month(&first.text).is_some() {
        return None;
    }
    let to = (k + 3..k + 11)
        .take_while(|&m| same(m).is_some_and(|n| n.kind == TokKind::Word))
        .find(|&m| toks[m].lower() == "to")?;
    same(to + 1)
        .filter(|n| {
            n.kind == TokKind::Word
                && !n.is_capitalized()
                && !words().noun_determiners.contains(n.lower())
        })
        .map(|_| k + 2)
}

/// The content start of a "called on X to …" cue at `k` when its clause search starts right after it
/// (token `j`): the object (see [`call_on_object`]).
pub(super) fn call_on_content(text: &Text, k: usize, j: usize) -> Option<usize> {
    (j == k + 1).then(|| call_on_object(text, k)).flatten()
}

/// The content start of a cue at `k` whose content opens with its object, when its clause search starts
/// right after it (token `j`): "called on X to …" (issue 9, session 16, set 25) or "has accused X of …"
/// (set 28).
pub(super) fn object_first_content(text: &Text, k: usize, j: usize) -> Option<usize> {
    call_on_content(text, k, j).or_else(|| super::accusations::accusation_content(text, k, j))
}

/// Whether an excluded cue in a form listed in `that_clause_cues.txt` is followed at once by "that"
/// ("has estimated that about 20,000 families …", not "estimated the cost at …").
fn excluded_cue_with_that(text: &Text, k: usize) -> bool {
    words().that_clause_cues.contains(text.tokens[k].lower())
        && text
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.sentence == text.tokens[k].sentence && t.lower() == "that")
}

/// Whether the cue at `k` belongs to the attribution of a quote right before or after it.
pub(super) fn cue_attributes_quote(text: &Text, k: usize, quotes: &Quotes) -> bool {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    // quote closing shortly before the cue in the same sentence: `," Lavrov said`
    for (q, q_para) in quotes.in_paragraph(toks[k].paragraph) {
        if q_para != toks[k].paragraph {
            continue;
        }
        if q.after <= toks[k].start
            && !super::direct::clause_final_fragment(text, *q)
            && !super::direct::closes_sentence_before(text, *q, k)
        {
            let between = text.token_at_or_after(q.after);
            if between <= k
                && k - between <= 8
                && toks[between..k].iter().all(|t| t.kind != TokKind::Quote)
            {
                let gap = text.slice(q.after, toks[k].start);
                if !gap.contains('.') || gap.trim_start().starts_with(',') || gap.trim().is_empty()
                {
                    // and nothing clause-like follows the cue
                    let next = toks.get(k + 1);
                    if next.is_none_or(|t| {
                        t.sentence != sent
                            || t.kind == TokKind::Punct
                            || !starts_clause(text, k + 1)
                    }) {
                        return true;
                    }
                }
            }
        }
        // cue followed by ':' or ',' and an opening quote: `told the Commons: “`
        if q.open > toks[k].end {
            let gap = text.slice(toks[k].end, q.open);
            if gap.chars().count() <= 24
                && (gap.trim_end().ends_with(':')
                    || gap.trim_end().ends_with(',')
                    || gap.trim().is_empty())
                && !gap.contains('.')
            {
                return true;
            }
        }
    }
    false
}

/// Whether the tokens from `k` on look like the start of a reported clause (not an adverbial).
pub(super) fn starts_clause(text: &Text, k: usize) -> bool {
    let Some(t) = text.tokens.get(k) else {
        return false;
    };
    let l = t.lower();
    // "announced Thursday at a press conference": a bare weekday before an adverbial
    if lexicon().weekday(&t.text).is_some() {
        return text
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.sentence == t.sentence)
            && starts_clause(text, k + 1);
    }
    // "said at least 40 offices had been looted" (`quantity_openers.txt`; issue 9, session 15)
    if let Some(n) = text.tokens.get(k + 1)
        && n.sentence == t.sentence
        && words()
            .quantity_openers
            .contains(&format!("{l} {}", n.lower()))
    {
        return true;
    }
    !matches!(
        l,
        "on" | "in"
            | "at"
            | "after"
            | "before"
            | "during"
            | "late"
            | "earlier"
            | "later"
            | "while"
            | "when"
            | "as"
            | "against"
            // "should have said so earlier": the pro-form, no clause (issue 9, session 15)
            | "so"
            | ","
            | "."
    )
}

pub(super) static ADDRESSEE_VERBS: std::sync::LazyLock<&rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| &words().addressee_verbs);

/// Whether the cue at `k` takes its addressee as first object (`data/extract/addressee_verbs.txt`).
pub(super) fn addressee_cue(text: &Text, k: usize) -> bool {
    lexicon()
        .cue_verb(text.tokens[k].lower())
        .is_some_and(|cv| ADDRESSEE_VERBS.contains(&cv.lemma))
}

/// The cue verb with a following object of "told" ("told reporters", "told the Commons").
pub(super) fn cue_phrase(text: &Text, k: usize) -> String {
    let toks = &text.tokens;
    let t = &toks[k];
    let mut s = t.text.clone();
    if t.lower() == "told" {
        let mut m = k + 1;
        let mut parts = Vec::new();
        while m < toks.len()
            && m < k + 4
            && toks[m].kind == TokKind::Word
            && toks[m].lower() != "that"
        {
            parts.push(toks[m].text.clone());
            m += 1;
        }
        if !parts.is_empty() {
            s = format!("{} {}", s, parts.join(" "));
        }
    }
    s
}
