//! Pronoun speakers (issue 9, session 6): "Irish Foreign Minister X spoke for an hour. “We are not there
//! yet,” he said." A pronoun normally means the last person who spoke; but a person the reporter has
//! just introduced as a subject — the only person named in the pronoun's sentence before it, or in the
//! sentence before, opening that sentence (after a title phrase at most) — is who the pronoun refers
//! to, even when someone else spoke earlier. A person named as an object ("She met X in Paris") is not.

use super::entities::Entities;
use super::text::Text;
use crate::model::EntityType;

/// The person a pronoun at character `before` in sentence `sent` refers to when `last` (the latest
/// person mention before it: start offset, entity) was introduced as the subject and only person of
/// that sentence or of the previous one; `None` otherwise. Reads only the mentions of those two sentences.
pub fn introduced_person(
    text: &Text,
    ents: &Entities,
    last: Option<(usize, usize)>,
    sent: usize,
    before: usize,
) -> Option<usize> {
    let (start, i) = last?;
    let toks = &text.tokens;
    let s = toks.get(text.token_at_or_after(start))?.sentence;
    if s > sent || s + 3 < sent {
        return None;
    }
    // sentences between (at most two) continue with the person as "he"/"she" and name no person:
    // "Minister X opened the session. He proposed …. “…,” he told the delegates." (issue 9, session 12)
    // or are the first sentences of the quote the pronoun attributes ("X, a researcher, doubts it. “A.
    // B,” she said."; issue 9, session 14, seventh invented set)
    let quote_open = attributed_quote_open(text, text.token_at_or_after(before));
    for m in s + 1..sent {
        let seg = text.sentences[m];
        let pronoun = toks[seg.tok_start..seg.tok_end]
            .iter()
            .take(8)
            .any(|t| matches!(t.lower(), "he" | "she"));
        let names_person = ents
            .within(seg.start, seg.end)
            .into_iter()
            .any(|(_, _, j)| ents.list[j].kind == EntityType::Person);
        let in_quote = quote_open.is_some_and(|q| seg.tok_start >= q);
        if !(pronoun || in_quote) || names_person {
            return None;
        }
    }
    let seg = text.sentences[s];
    let apposition = opens_as_subject(text, ents, seg, start)?;
    only_person(
        text,
        ents,
        (seg.start, before.min(seg.end)),
        (start, i),
        apposition,
    )
    .then_some(i)
}

/// The first person of the sentence before the pronoun at character `before` (sentence `sent`, same
/// paragraph) when that sentence opens with the person as its subject and names another person after it:
/// "The head of the region, X, met the speaker, Y, in the capital. He said afterward …" means X, the
/// subject, not Y (issue 9, session 15, nineteenth invented set). `None` when a person is named before
/// the pronoun in its own sentence, when the sentence before holds a quote or names one person only, or
/// when its first person is not its subject ("Police questioned X and Y. He said …"), or when `rival`
/// holds for another person of that sentence (the caller's test: a person the pronoun is known to fit).
/// Reads only the mentions of those two sentences.
pub fn subject_of_pair(
    text: &Text,
    ents: &Entities,
    sent: usize,
    before: usize,
    rival: impl Fn(usize) -> bool,
) -> Option<usize> {
    let toks = &text.tokens;
    let s = sent.checked_sub(1)?;
    let (seg, cur) = (text.sentences[s], text.sentences[sent]);
    if toks[seg.tok_start].paragraph != toks[cur.tok_start].paragraph
        || toks[seg.tok_start..seg.tok_end]
            .iter()
            .any(|t| t.kind == crate::text::TokKind::Quote)
    {
        return None;
    }
    let is_person = |j: usize| ents.list[j].kind == EntityType::Person;
    if ents
        .within(cur.start, before)
        .into_iter()
        .any(|(_, _, j)| is_person(j))
    {
        return None;
    }
    let persons: Vec<(usize, usize)> = ents
        .within(seg.start, seg.end)
        .into_iter()
        .filter(|&(_, _, j)| is_person(j))
        .map(|(ms, _, j)| (ms, j))
        .collect();
    let &(start, i) = persons.iter().min()?;
    if persons.iter().all(|&(_, j)| j == i) || persons.iter().any(|&(_, j)| j != i && rival(j)) {
        return None;
    }
    // "…, said X, after meeting Y. He said …" is no subject's sentence (the guard of issue 9, session 14)
    if inverted_attribution(text, text.token_at_or_after(start)) {
        return None;
    }
    opens_as_subject(text, ents, seg, start)?;
    Some(i)
}

/// Whether the person mention starting at character `start` opens the sentence `seg` as its subject:
/// only a title phrase stands before it, or it is the apposition of the sentence's first phrase, or an
/// adverbial lead, a descriptor or an inverted attribution comes first. `Some(true)` for an apposition,
/// `Some(false)` for the others, `None` when the mention is not the subject.
fn opens_as_subject(
    text: &Text,
    ents: &Entities,
    seg: crate::text::Segment,
    start: usize,
) -> Option<bool> {
    let toks = &text.tokens;
    let s = toks.get(text.token_at_or_after(start))?.sentence;
    // the subject: only a title phrase (capitalised words, an article, a live blog's time stamp) stands
    // before the name, or the name is an apposition of the sentence's first phrase ("Sudan's foreign
    // minister, Awadia X, stood beside him.", issue 9, session 12)
    let mt = text.token_at_or_after(start);
    // an adverbial lead closed by a comma opens the sentence before its subject: "Back in the office,
    // X's deputy, Jane Doe, was drafting …" (issue 9, session 15)
    let s0 = adverbial_lead_end(text, seg, mt).unwrap_or(seg.tok_start);
    let stamp = |t: &crate::text::Token| t.text.chars().all(|c| c.is_ascii_digit() || c == ':');
    let lead = toks[s0..mt]
        .iter()
        .skip_while(|t| stamp(t))
        .all(|t| t.is_capitalized() || matches!(t.lower(), "the" | "a" | "an" | "-"));
    // a title may stand between the comma and the name ("…'s military spokesman, Colonel X,", issue 9,
    // session 13)
    let comma_at = (mt.saturating_sub(3).max(s0)..mt)
        .rev()
        .find(|&m| toks[m].text == ",")
        .filter(|&c| toks[c + 1..mt].iter().all(|t| t.is_capitalized()))
        .map_or(mt, |c| c + 1);
    let apposition = comma_at > s0 + 1
        && comma_at - s0 <= 14
        && toks[comma_at - 1].text == ","
        && !toks[s0..comma_at - 1]
            .iter()
            .any(|t| t.text == "," || t.kind == crate::text::TokKind::Quote)
        && ents.covering(start).is_some_and(|(_, e, _)| {
            toks.get(text.token_at_or_after(e))
                .is_some_and(|t| t.text == "," && t.sentence == s)
        });
    let adverbial = adverbial_lead(text, seg, mt);
    let descriptor = descriptor_lead(text, seg, mt);
    (lead || apposition || adverbial || descriptor || inverted_attribution(text, mt))
        .then_some(apposition)
}

/// Whether person `i` (its mention starting at character `start`) is the only person named in the
/// characters `from..to`; with an apposition, a possessor before it ("X's deputy, Jane Doe,") does not
/// count (issue 9, session 15).
fn only_person(
    text: &Text,
    ents: &Entities,
    (from, to): (usize, usize),
    (start, i): (usize, usize),
    apposition: bool,
) -> bool {
    let possessor = |e: usize| {
        text.tokens
            .get(text.token_at_or_after(e))
            .is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s") && t.start == e)
    };
    ents.within(from, to)
        .into_iter()
        .filter(|&(_, e, j)| {
            ents.list[j].kind == EntityType::Person && !(apposition && e < start && possessor(e))
        })
        .all(|(_, _, j)| j == i)
}

/// Whether the person at token `mt` is named in an inverted attribution, right after ", said" (a cue verb
/// of `cue_verbs.tsv` after a comma): "Herders have lost their pastures, said X, a councillor. “…,” he
/// said." — the reporter has just introduced X as the one speaking (issue 9, session 14, ninth invented
/// set).
fn inverted_attribution(text: &Text, mt: usize) -> bool {
    let toks = &text.tokens;
    mt >= 2
        && toks[mt - 2].text == ","
        && toks[mt - 1].sentence == toks[mt].sentence
        && crate::lexicon::lexicon()
            .cue_verb(&toks[mt - 1].text)
            .is_some()
}

/// The token of the opening mark of the quote that closes right before the pronoun at token `p` (at
/// most three tokens between: `…,” she said`), in its paragraph; `None` when no quote closes there.
pub(crate) fn attributed_quote_open(text: &Text, p: usize) -> Option<usize> {
    let toks = &text.tokens;
    let para = toks.get(p)?.paragraph;
    let close = (p.saturating_sub(4)..p)
        .rev()
        .find(|&m| toks[m].kind == crate::text::TokKind::Quote)?;
    (0..close)
        .rev()
        .take_while(|&m| toks[m].paragraph == para)
        .find(|&m| toks[m].kind == crate::text::TokKind::Quote)
}

/// Whether a capitalised descriptor of up to three words with lowercase nouns and no verb opens the
/// sentence `seg` before the subject at token `mt`: "Political scientist X, of …, believes …" (issue 9,
/// session 14, seventh invented set).
fn descriptor_lead(text: &Text, seg: crate::text::Segment, mt: usize) -> bool {
    let toks = &text.tokens;
    let w = crate::words::words();
    mt > seg.tok_start
        && mt - seg.tok_start <= 3
        && toks[seg.tok_start].is_capitalized()
        && toks[seg.tok_start..mt].iter().all(|t| {
            t.kind == crate::text::TokKind::Word
                && !t.lower().ends_with("ed")
                && !w.finite_verbs.contains(t.lower())
                && !w.pronouns.contains(&t.text)
        })
}

/// The token after the comma closing an adverbial lead that opens the sentence `seg` before the token
/// `mt` with another comma between: "Back in the office, X's deputy, Jane Doe, …" (a word of
/// `adverbial_lead_words.txt` first or second, at most eight tokens, no quote) (issue 9, session 15,
/// thirteenth invented set). `None` when no such lead opens the sentence.
fn adverbial_lead_end(text: &Text, seg: crate::text::Segment, mt: usize) -> Option<usize> {
    let toks = &text.tokens;
    let lead_words = &crate::words::words().adverbial_lead_words;
    let opens =
        (seg.tok_start..(seg.tok_start + 2).min(mt)).any(|m| lead_words.contains(toks[m].lower()));
    if !opens {
        return None;
    }
    let c = (seg.tok_start + 1..(seg.tok_start + 9).min(mt))
        .take_while(|&m| toks[m].kind != crate::text::TokKind::Quote)
        .find(|&m| toks[m].text == ",")?;
    (c + 1 < mt && toks[c + 1..mt].iter().any(|t| t.text == ",")).then_some(c + 1)
}

/// Whether an adverbial or participle phrase opens the sentence `seg` before the subject at token `mt`:
/// "Speaking to reporters in Lusaka, X said …", "On Tuesday, X said …" (a participle or a word of
/// `adverbial_lead_words.txt`; at most eleven tokens, one comma, no quote) (issue 9, session 13, third
/// invented set).
fn adverbial_lead(text: &Text, seg: crate::text::Segment, mt: usize) -> bool {
    let toks = &text.tokens;
    mt > seg.tok_start + 1
        && mt - seg.tok_start <= 12
        && toks[mt - 1].text == ","
        && {
            let l = toks[seg.tok_start].lower();
            l.ends_with("ing") || crate::words::words().adverbial_lead_words.contains(l)
        }
        && !toks[seg.tok_start..mt - 1]
            .iter()
            .any(|t| t.text == "," || t.kind == crate::text::TokKind::Quote)
}

/// The latest mention of a person that ends by character `before`, as (start offset, entity).
pub fn last_person_mention(ents: &Entities, before: usize) -> Option<(usize, usize)> {
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person)
        .filter_map(|(i, e)| {
            // the latest start among mentions ending by `before` (all start before it): walk back
            // from the mentions that start before it instead of over every mention of the article
            e.mentions
                .range(..(before, 0))
                .rev()
                .find(|m| m.1 <= before)
                .map(|m| (m.0, i))
        })
        .max()
}
