//! Reported speech: the clauses a cue verb governs ("said that …", "said the talks …"), content before a
//! postposed attribution ("…, X said."), and "according to X".

use super::cues::{addressee_cue, cue_at, starts_clause};
use super::quotes::{Quote, Quotes};
use super::{RawStatement, word_count};
use crate::entities::Entities;
use crate::lexicon::lexicon;
use crate::model::{EntityType, StatementKind};
use crate::text::{Text, TokKind};
use crate::words::words;

/// Reported speech with "according to X": "According to a statement from X, the talks failed." (the
/// content follows the source and an apposition of it) and "The talks failed, according to X." (the
/// content precedes it). The source is the first actor named within ten words after "to" (a collective
/// such as "officials" when no actor is named); without one, nothing is reported. Content inside a quote
/// or overlapping a statement already found is left alone.
pub(super) fn according_to(
    text: &Text,
    ents: &mut Entities,
    quotes: &[Quote],
    out: &mut Vec<RawStatement>,
) {
    let toks = &text.tokens;
    let in_quote = |off: usize| quotes.iter().any(|q| q.open <= off && off < q.after);
    for k in 0..toks.len().saturating_sub(1) {
        // "according" ending one sentence and "to" starting the next is no source phrase (it gave an
        // inverted span below, and a panic; found by fuzzing).
        if !toks[k].text.eq_ignore_ascii_case("according")
            || !toks[k + 1].text.eq_ignore_ascii_case("to")
            || toks[k + 1].sentence != toks[k].sentence
            || in_quote(toks[k].start)
        {
            continue;
        }
        let seg = text.sentences[toks[k].sentence];
        // the source phrase: up to the next comma or the sentence end, within 16 tokens ("according to
        // the text read to the press by the minister of the Presidency, NAME"; issue 9, session 14, set 7)
        let src_end = (k + 2..seg.tok_end)
            .take(16)
            .find(|m| toks[*m].text == "," || toks[*m].kind == TokKind::Quote)
            .unwrap_or(seg.tok_end);
        // "according to a senior official briefed on …": an anonymous source the subject search would
        // name (issue 9, session 14, seventh invented set)
        let Some(speaker) = according_source(text, ents, k, src_end)
            .or_else(|| {
                (k + 2..src_end)
                    .find(|&m| words().anonymous_source_nouns.contains(toks[m].lower()))
                    .and_then(|m| super::speakers::anonymous_source(text, ents, m + 1))
            })
            // "An official who attended the talks said …. According to the official, …": the
            // anonymous source introduced shortly before (issue 9, session 17, attr2)
            .or_else(|| {
                (src_end == k + 4 && toks[k + 2].lower() == "the")
                    .then(|| super::groups::definite_source(text, ents, k + 4))
                    .flatten()
            })
            .or_else(|| head_noun_back_reference(text, ents, k, src_end))
            .or_else(|| pronoun_source(text, ents, k, src_end, out))
        else {
            continue;
        };
        let Some((cs_tok, ce_tok)) = according_content(text, k, src_end) else {
            continue;
        };
        // "according to a senior official briefed on the talks": the group is named with its phrase
        // (issue 9, session 14, seventh invented set)
        let speaker = super::groups::group_with_source_phrase(text, ents, speaker, k + 2, src_end)
            .unwrap_or(speaker);
        if cs_tok >= ce_tok || toks[cs_tok].kind == TokKind::Quote {
            continue;
        }
        let (cs, ce) = (toks[cs_tok].start, toks[ce_tok - 1].end);
        if word_count(text, cs, ce) < 4
            || in_quote(cs)
            || out.iter().any(|s| s.start < ce && cs < s.end)
        {
            continue;
        }
        out.push(RawStatement {
            kind: StatementKind::Indirect,
            speaker: Some(speaker),
            cue: Some("according to".to_string()),
            start: cs,
            end: ce,
            sentence: toks[k].sentence,
        });
    }
}

/// The source of "according to" at token `k`, its phrase ending at token `src_end`: a bracketed acronym
/// in the phrase ("the UN refugee agency (UNHCR)"), a name in apposition right after it when the phrase
/// closes the sentence ("…, according to X's rail company, NAME."), else the first actor the phrase names,
/// else a collective (issue 9, session 13, third invented set, for the first two).
/// "according to the forum": "the" and one lowercase noun naming a word of exactly one organisation
/// mentioned before ("the Tunisian Forum for Economic and Social Rights … According to the forum"; issue
/// 9, session 15, twenty-fourth invented set).
fn head_noun_back_reference(
    text: &Text,
    ents: &Entities,
    k: usize,
    src_end: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    if src_end != k + 4 || toks[k + 2].lower() != "the" || toks[k + 3].is_capitalized() {
        return None;
    }
    let noun = toks[k + 3].lower();
    let before = toks[k].start;
    // or an organisation named before with that noun heading a descriptor ("the X monitoring group";
    // issue 9, session 16, set 25)
    let mut found = ents.list.iter().enumerate().filter(|(i, e)| {
        e.kind == EntityType::Organization
            && e.mentions.iter().any(|&(_, me)| me <= before)
            && (e.name.split_whitespace().any(|w| {
                w.chars().next().is_some_and(char::is_uppercase) && w.eq_ignore_ascii_case(noun)
            }) || super::org_descriptors::described_before(text, ents, *i, noun, before))
    });
    let first = found.next()?.0;
    found.next().is_none().then_some(first)
}

/// "According to him, …": the one person who speaks in the sentence before (a statement of `out` there),
/// when the pronoun ("him", "her") agrees with what is known of the person's gender; `None` for any other
/// source phrase, or when no person or two people speak there (issue 9, session 17, set 40).
fn pronoun_source(
    text: &Text,
    ents: &Entities,
    k: usize,
    src_end: usize,
    out: &[RawStatement],
) -> Option<usize> {
    let toks = &text.tokens;
    let p = k + 2;
    if src_end != k + 3 || !matches!(toks[p].lower(), "him" | "her") {
        return None;
    }
    let prev = toks[k].sentence.checked_sub(1)?;
    let mut people = out
        .iter()
        .filter(|s| s.sentence == prev)
        .filter_map(|s| s.speaker)
        .filter(|&i| ents.list[i].kind == EntityType::Person);
    let i = people.next()?;
    (people.all(|o| o == i) && !super::gender::object_disagrees(text, ents, p, i)).then_some(i)
}

fn according_source(text: &Text, ents: &Entities, k: usize, src_end: usize) -> Option<usize> {
    let toks = &text.tokens;
    let seg = text.sentences[toks[k].sentence];
    let mentioned: Vec<usize> = ents
        .within(toks[k + 1].end, toks[src_end - 1].end)
        .into_iter()
        .map(|(_, _, i)| i)
        .collect();
    // "according to the UN refugee agency (UNHCR)": the bracketed acronym names the whole source
    // (issue 9, session 13, third invented set)
    let acronym = ents
        .within(toks[k + 1].end, toks[src_end - 1].end)
        .into_iter()
        .find(|&(ms, me, i)| {
            ents.is_actor(i)
                && text.slice(ms.saturating_sub(1), ms) == "("
                && text.slice(me, me + 1) == ")"
        })
        .map(|(_, _, i)| i);
    // "…, according to Moldova's state railway company, Calea Ferata din Moldova.": a name in apposition
    // after the source phrase names it (issue 9, session 13)
    // (after a title at most: "…, according to the army's spokesman, Colonel NAME."; issue 9, session 14,
    // seventh invented set)
    let name_at = apposed_name_start(text, ents, src_end + 1, seg.tok_end);
    let apposed = (k > text.sentences[toks[k].sentence].tok_start
        && name_at < seg.tok_end
        && toks[src_end].text == ",")
        .then(|| ents.covering(toks[name_at].start))
        .flatten()
        .filter(|&(ms, me, i)| {
            ms == toks[name_at].start
                && ents.is_actor(i)
                && toks
                    .get(text.token_at_or_after(me))
                    .is_none_or(|t| matches!(t.text.as_str(), "." | "," | ";"))
        })
        .map(|(_, _, i)| i);
    // "according to a fact sheet released by the ministry": an institution taken up by its head noun
    // (issue 9, session 14, fifth invented set)
    let by_head = (k + 3..src_end)
        .filter(|&m| matches!(toks[m - 1].lower(), "the" | "its"))
        .find_map(|m| super::speakers::institution_by_head(text, ents, m + 1));
    acronym
        .into_iter()
        .chain(apposed)
        .chain(mentioned.iter().copied())
        .chain(by_head)
        .find(|i| ents.is_actor(*i))
        .or_else(|| {
            mentioned
                .iter()
                .copied()
                .find(|i| ents.list[*i].kind == EntityType::Group)
        })
        // "X, a lawyer for the families, said …. According to the lawyer, …" (issue 9, session 15)
        .or_else(|| super::descriptors::described_person(text, ents, src_end))
}

/// The token at which a name in apposition starts at token `a` or after up to three title words the
/// lexicon knows that no mention covers ("Colonel", "Deputy Minister"), before `end`.
fn apposed_name_start(text: &Text, ents: &Entities, a: usize, end: usize) -> usize {
    let toks = &text.tokens;
    let lex = crate::lexicon::lexicon();
    let titles = (a..(a + 3).min(end))
        .take_while(|&m| {
            toks[m].is_capitalized()
                && ents.covering(toks[m].start).is_none()
                && lex
                    .longest_title(&[crate::entities::title_word(&toks[m].text).as_str()])
                    .is_some()
        })
        .count();
    a + titles
}

/// The content tokens `[start, end)` of "according to" at token `k`, its source phrase ending at token
/// `src_end`: after the source (and an apposition of it) when the phrase opens the sentence ("According to
/// X, the chair, CONTENT."), before it after a comma ("CONTENT, according to X.").
fn according_content(text: &Text, k: usize, src_end: usize) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let seg = text.sentences[toks[k].sentence];
    if k == seg.tok_start {
        // "According to X, the chair, CONTENT."
        if src_end >= seg.tok_end || toks[src_end].text != "," {
            return None;
        }
        let mut c = src_end + 1;
        // an apposition of the source: a short phrase opened by a determiner, closed by a comma
        if c < seg.tok_end
            && matches!(toks[c].lower(), "the" | "a" | "an")
            && let Some(next) = (c..seg.tok_end).take(8).find(|m| toks[*m].text == ",")
        {
            c = next + 1;
        }
        let mut e = seg.tok_end;
        while e > c && toks[e - 1].kind == TokKind::Punct {
            e -= 1;
        }
        Some((c, e))
    } else if k > seg.tok_start && toks[k - 1].text == "," {
        // "CONTENT, according to X." — a phrase opened by a preposition, without a verb, is an
        // adverbial ("Under the envoy's proposal, according to a summary, both sides would …"; issue 9,
        // session 14)
        let adverbial = matches!(
            toks[seg.tok_start].lower(),
            "under"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "after"
                | "before"
                | "during"
                | "despite"
        ) && !toks[seg.tok_start..k - 1].iter().any(|t| {
            let l = t.lower();
            l.ends_with("ed") || words().finite_verbs.contains(l)
        });
        (!adverbial).then_some((seg.tok_start, k - 1))
    } else {
        None
    }
}

/// Reported speech before a postposed attribution, without "that" and without quotation marks:
/// "The leaders have agreed on a plan, EU envoy Jane Doe said on Saturday." The content runs from the
/// sentence start (after a dateline such as "OHRID (AP) –") to the comma before the subject; the subject
/// is at most ten words with no punctuation; nothing after the cue may be a clause ("that", a quote); the
/// content has at least four words and does not open with a subordinator
/// (`data/extract/subordinators.txt`). A bracketed acronym may close the subject ("…, the Police and
/// Border Guard Board (PPA) said"), and a subject that is one named mention may be longer ("…, the Office
/// of the State Minister for Reconciliation and Civic Equality said"; issue 9, session 17, set 40).
pub(super) fn postposed_content(
    text: &Text,
    ents: &Entities,
    k: usize,
    quotes: &Quotes,
) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let w = words();
    let seg = text.sentences[toks[k].sentence];
    let tail_end = attribution_tail_end(text, k, seg.tok_end);
    if toks[k + 1..tail_end]
        .iter()
        .any(|t| t.kind == TokKind::Quote || t.lower() == "that")
    {
        return None;
    }
    // the subject between the comma and the cue
    let mut c = k;
    while c > seg.tok_start && w.auxiliaries.contains(toks[c - 1].lower()) {
        c -= 1;
    }
    c = super::speakers::before_acronym(text, c);
    if c <= seg.tok_start {
        return None;
    }
    // a named mention ending the subject is read whole, however long its name
    let named_from = ents
        .covering(toks[c - 1].end - 1)
        .map(|(s, _, _)| text.token_at_or_after(s))
        .filter(|&s| s > seg.tok_start && s < c)
        .unwrap_or(c);
    let comma = (seg.tok_start..named_from)
        .rev()
        .take(11)
        .find(|&m| toks[m].kind != TokKind::Word)?;
    // a closing quote mark after the comma ('… "in the coming days," X said') closes the content
    // (issue 9, session 13)
    let quoted_end = toks[comma].kind == TokKind::Quote
        && comma > seg.tok_start + 1
        && toks[comma - 1].text == ",";
    if !(toks[comma].text == "," || quoted_end) || comma + 1 >= c {
        return None;
    }
    if clause_like_subject(&toks[comma + 1..c]) {
        return None;
    }
    // the content ends before the comma, or with the closing mark after it
    let (comma, last) = if quoted_end {
        (comma - 1, comma)
    } else {
        (comma, comma.saturating_sub(1))
    };
    content_before_comma(text, seg.tok_start, (comma, last), quotes)
}

/// The content of a postposed attribution: from the sentence's first token `s0` (after a dateline such
/// as "BRUSSELS -") to token `last`, the comma at token `comma` closing it; `None` when it is empty, opens
/// with a quote mark or a subordinator, or has fewer than four words.
pub(super) fn content_before_comma(
    text: &Text,
    s0: usize,
    (comma, last): (usize, usize),
    quotes: &Quotes,
) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let w = words();
    // the content's first token: after a dateline ("BRUSSELS -", "OHRID, NORTH MACEDONIA (AP) –")
    let mut start = s0;
    let first = &toks[start];
    if first.is_all_caps()
        && first.text.chars().count() > 1
        && text.tokens[start].start == text.paragraphs[first.paragraph].start
        && let Some(dash) = (start..comma.min(start + 12))
            .find(|&m| matches!(toks[m].text.as_str(), "–" | "—" | "-" | "--"))
    {
        start = dash + 1;
    }
    if start >= comma
        || toks[start].kind == TokKind::Quote
        || w.subordinators.contains(toks[start].lower())
        || quotes.marks_cover(toks[start].start)
    {
        return None;
    }
    // `start < comma` here, so `last` is a token
    let (cs, ce) = (toks[start].start, toks[last].end);
    (word_count(text, cs, ce) >= 4).then_some((cs, ce))
}

/// The end of the attribution after a postposed cue at `k` (its sentence ending at token `s_end`): a
/// comma before a participle cue ("…, the ministry said in a statement, adding that …": the participle
/// clause is its own statement; issue 9, session 13) or before an adverbial clause ("…, officials say,
/// even as fresh clashes threaten a truce that …": a subordinator, after "even" at most; issue 9,
/// session 14) or any other participle ("…, ending a ban that …"), else the sentence end.
fn attribution_tail_end(text: &Text, k: usize, s_end: usize) -> usize {
    let toks = &text.tokens;
    let w = words();
    let adverbial_clause = |m: usize| {
        let at = |x: usize| toks.get(x).filter(|t| t.sentence == toks[k].sentence);
        let first = at(m + 1).map(|t| t.lower());
        let w1 = if first == Some("even") {
            at(m + 2).map(|t| t.lower())
        } else {
            first
        };
        w1.is_some_and(|x| w.subordinators.contains(x))
    };
    // any other participle clause ends it too: "…, the government said Thursday, ending a ban that …"
    // (issue 9, session 14, seventh invented set)
    let participle = |m: usize| {
        toks.get(m + 1).is_some_and(|t| {
            t.kind == TokKind::Word
                && t.sentence == toks[k].sentence
                && !t.is_capitalized()
                && t.text.len() > 4
                && t.text.ends_with("ing")
        })
    };
    (k + 1..s_end)
        .find(|&m| {
            toks[m].text == ","
                && (participle_cue_at(text, m + 1) || adverbial_clause(m) || participle(m))
        })
        .unwrap_or(s_end)
}

/// Whether the words between a comma and a postposed cue are a clause or a reduced relative clause, no
/// subject: "…, was shelved when Ethiopia insisted on …", "…, a charge Algeria denies" (issue 9, session
/// 14, fifth invented set).
fn clause_like_subject(subject: &[crate::text::Token]) -> bool {
    let w = words();
    subject.iter().any(|t| {
        let l = t.lower();
        w.subordinators.contains(l) || w.finite_verbs.contains(l)
    }) || (subject.len() >= 3
        && matches!(subject[0].lower(), "a" | "an")
        && !subject[1].is_capitalized()
        && subject[2].is_capitalized())
}

/// The end of a reported clause of a cue in a non-restrictive relative clause ("The group, which says it
/// defends the herders, took up arms"): the relative clause ends at its next comma outside quotes, so the
/// content `[cs, ce)` does too; `ce` for any other cue (issue 9, session 13, third invented set).
pub(super) fn relative_clause_end(
    text: &Text,
    k: usize,
    quotes: &Quotes,
    (cs, ce): (usize, usize),
) -> usize {
    let toks = &text.tokens;
    let relative =
        k >= 2 && matches!(toks[k - 1].lower(), "who" | "which") && toks[k - 2].text == ",";
    if !relative {
        return ce;
    }
    toks[text.token_at_or_after(cs)..]
        .iter()
        .take_while(|t| t.start < ce)
        .find(|t| t.text == "," && !quotes.content_covers(t.start))
        .map_or(ce, |t| t.start)
}

/// Whether token `m` is a cue verb's participle ("adding", "saying").
pub(super) fn participle_cue_at(text: &Text, m: usize) -> bool {
    text.tokens
        .get(m)
        .is_some_and(|t| t.lower().ends_with("ing") && cue_at(text, m).is_some())
}

/// Reported speech around a parenthetical attribution: "The army, he said, would suspend its
/// operations." The sentence opens with a subject of at most eight words and no comma, then ", PRONOUN
/// or NAME CUE," (the cue at `k`, its subject one to four words); the content is the whole sentence
/// (after a dateline), attribution included, and goes on for at least three words after it (issue 9,
/// session 13, third invented set).
pub(super) fn parenthetical_content(
    text: &Text,
    k: usize,
    quotes: &Quotes,
) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let w = words();
    let seg = text.sentences[toks[k].sentence];
    if toks.get(k + 1).is_none_or(|t| t.text != ",") || k + 2 >= seg.tok_end {
        return None;
    }
    let c0 = (seg.tok_start..k)
        .rev()
        .find(|&m| toks[m].kind != TokKind::Word)?;
    if toks[c0].text != ","
        || k - c0 > 5
        || c0 <= seg.tok_start
        || c0 - seg.tok_start > 8
        || (seg.tok_start..c0).any(|m| toks[m].kind != TokKind::Word)
        || w.subordinators.contains(toks[seg.tok_start].lower())
        || quotes.marks_cover(toks[seg.tok_start].start)
    {
        return None;
    }
    let ce = content_end(text, k + 2, seg.tok_end, seg.tok_end)?;
    (word_count(text, toks[k + 2].start, ce) >= 3).then_some((toks[seg.tok_start].start, ce))
}

/// Reported speech after an "As X noted," clause: "As Jane Doe, an analyst at the institute, noted in
/// an interview, the group uses each release to win recognition." The sentence opens with "As", the cue
/// `k` (within its first twenty tokens) is followed by a comma, directly or after a short adjunct that
/// opens with a preposition or a time word ("in a report in March"); the content runs from that comma to
/// the sentence end and has at least four words (issue 9, session 12, second invented set).
pub(super) fn as_clause_content(text: &Text, k: usize, quotes: &Quotes) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let seg = text.sentences[toks[k].sentence];
    if toks[seg.tok_start].text != "As" || k > seg.tok_start + 20 {
        return None;
    }
    let comma = (k + 1..seg.tok_end.min(k + 10)).find(|&m| toks[m].kind != TokKind::Word)?;
    if toks[comma].text != ","
        || comma > k + 1
            && !matches!(
                toks[k + 1].lower(),
                "in" | "on" | "at" | "during" | "last" | "earlier" | "recently"
            )
    {
        return None;
    }
    let start = comma + 1;
    if start >= seg.tok_end
        || toks[start].kind == TokKind::Quote
        || quotes.marks_cover(toks[start].start)
    {
        return None;
    }
    let ce = content_end(text, start, seg.tok_end, seg.tok_end)?;
    let cs = toks[start].start;
    (word_count(text, cs, ce) >= 4).then_some((cs, ce))
}

/// The actor right after the "As" opening the sentence of the cue at `k` ("As Jane Doe, an analyst at
/// the institute, noted," is Jane Doe's, not the institute's), after "the" at most.
pub(super) fn as_subject(text: &Text, ents: &Entities, k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let seg = text.sentences[toks[k].sentence];
    let mut a = seg.tok_start + 1;
    if toks.get(a).is_some_and(|t| t.lower() == "the") {
        a += 1;
    }
    let t = toks
        .get(a)
        .filter(|t| t.sentence == toks[k].sentence && a < k)?;
    ents.covering(t.start).map(|(_, _, i)| i)
}

/// Whether the cue at `k` is the verb of an "As X …," clause opening its sentence: an actor right after
/// "As" (see [`as_subject`]) and, between "As" and the cue, no comma or the two of an apposition ("As
/// X, an analyst, noted"). Such a cue reports only what [`as_clause_content`] finds: "As X said she
/// would, the army withdrew" reports nothing (issue 9, session 12, second invented set).
pub(super) fn in_as_clause(text: &Text, ents: &Entities, k: usize) -> bool {
    let toks = &text.tokens;
    let seg = text.sentences[toks[k].sentence];
    toks[seg.tok_start].text == "As"
        && k <= seg.tok_start + 20
        && as_subject(text, ents, k).is_some()
        && matches!(
            toks[seg.tok_start..k]
                .iter()
                .filter(|t| t.text == ",")
                .count(),
            0 | 2
        )
}

/// The reported clauses governed by the cue at `k`: (cue token, content start, content end). A clause
/// may end at a second cue of the same subject ("said … and added …"), whose clauses follow.
pub(super) fn reported_clauses(
    text: &Text,
    ents: &Entities,
    k: usize,
    quotes: &Quotes,
) -> Vec<(usize, usize, usize)> {
    let toks = &text.tokens;
    let s_end_tok = text.sentences[toks[k].sentence].tok_end;
    let mut out = Vec::new();
    let mut cue_k = k;
    let mut j = k + 1;
    while let Some((start_tok, introduced_by_that)) = clause_start(text, cue_k, j, s_end_tok) {
        match clause_end(text, ents, quotes, start_tok, introduced_by_that, s_end_tok) {
            ClauseEnd::AndThat { end_tok, that } => {
                // "and that" restarts the clause with the same cue
                out.push((cue_k, toks[start_tok].start, toks[end_tok - 1].end));
                j = that;
            }
            ClauseEnd::At { end_tok, next_cue } => {
                // a second verb that reports no speech ("… and invited Thai officials to …",
                // `indirect_cue_exclusions.txt`) keeps only a clause with a quote in it (a partial:
                // "and committed not to “play political games”"; issue 9, session 14)
                let reports = cue_k == k
                    || super::cues::indirect_cue_at(text, cue_k)
                    || !quotes
                        .within(toks[start_tok].start, toks[end_tok - 1].end)
                        .is_empty();
                if reports && let Some(end_off) = content_end(text, start_tok, end_tok, s_end_tok) {
                    out.push((cue_k, toks[start_tok].start, end_off));
                }
                match next_cue {
                    Some(c) if c != cue_k => {
                        cue_k = c;
                        j = c + 1;
                    }
                    _ => break,
                }
            }
        }
    }
    out
}

/// How many tokens may stand between a cue and its "that": an object and adverbials ("told reporters
/// on his flight back from Baku that"; nine since issue 9, session 16, six before).
const THAT_REACH: usize = 9;

/// The content start after an object and "that" within [`THAT_REACH`] tokens of token `j` (`(j,
/// false)` without such a "that"): "said on Monday that …", "told the council that …".
fn that_start(text: &Text, j: usize, s_end_tok: usize) -> (usize, bool) {
    let toks = &text.tokens;
    let mut start_tok = j;
    let mut introduced_by_that = false;
    let window = j..(j + THAT_REACH + 1).min(s_end_tok);
    for (m, tok) in toks[window.clone()]
        .iter()
        .enumerate()
        .map(|(o, t)| (window.start + o, t))
    {
        if tok.lower() == "that" && tok.kind == TokKind::Word {
            // "said the talks were intense and that …": this "that" opens a second clause; the
            // first starts right after the cue
            if m > j + 1 && matches!(toks[m - 1].lower(), "and" | "but") {
                break;
            }
            // "said the council had known for months that …": a verb between the cue and "that" makes
            // the "that" its own; the clause starts right after the cue (issue 9, session 15)
            let w = words();
            if toks[j..m]
                .iter()
                .any(|t| w.auxiliaries.contains(t.lower()) || w.finite_verbs.contains(t.lower()))
            {
                break;
            }
            // beyond six tokens, a comma, a relative word or an irregular past makes the "that" another
            // verb's ("say, even as boats clash in waters that both claim"):
            // "told reporters the envoy who visited Nairobi last week knew that …" (a word in "-ed" may
            // be a participle: "said in a voice message shared with journalists that …"; issue 9,
            // session 16)
            if m > j + 6
                && toks[j..m].iter().any(|t| {
                    let l = t.lower();
                    matches!(l, "who" | "which" | "whom" | ",") || w.irregular_past.contains(l)
                })
            {
                break;
            }
            // only when what precedes is short (an object, a date)
            start_tok = m + 1;
            introduced_by_that = true;
            break;
        }
        // "said, adding that …": the "that" is the participle's (issue 9, session 13)
        if tok.kind == TokKind::Quote
            || tok.text == "," && (m > j || participle_cue_at(text, m + 1))
        {
            break;
        }
    }
    (start_tok, introduced_by_that)
}

/// Whether token `m` is a one-word relative day of `relative_dates.tsv` ("said yesterday, …", "said
/// today it would …") and no possessive follows it ("today's talks"; issue 9, session 15, seventeenth
/// invented set).
fn one_word_relative_day(text: &Text, m: usize) -> bool {
    let toks = &text.tokens;
    let t = toks[m].lower();
    !toks
        .get(m + 1)
        .is_some_and(|n| matches!(n.text.as_str(), "'s" | "’s"))
        && words()
            .relative_dates
            .iter()
            .any(|(phrase, _)| phrase.len() == 1 && phrase[0] == t)
}

/// Where the content of a clause of the cue at `cue_k` starts, looking from token `j`: after an object
/// and "that" (within six tokens), or after a date phrase ("on Monday evening"); with whether "that"
/// introduced it. `None` when no content follows (an addressee without "that", an adverbial, "said of
/// the general").
fn clause_start(text: &Text, cue_k: usize, j: usize, s_end_tok: usize) -> Option<(usize, bool)> {
    let toks = &text.tokens;
    // "called on both sides to …", "has accused Y of Z": the content opens with the object
    if let Some(a) = super::cues::object_first_content(text, cue_k, j) {
        return Some((a, false));
    }
    let (mut start_tok, introduced_by_that) = that_start(text, j, s_end_tok);
    if !introduced_by_that {
        // "told reporters in Istanbul on Tuesday": without "that", the object is the audience; content
        // follows it only as a clause with a finite verb ("told reporters the talks would resume")
        if addressee_cue(text, cue_k) {
            return addressee_content(text, j, s_end_tok).map(|a| (a, false));
        }
        // skip a date phrase: "on Monday evening", "on Thursday"; a bare weekday too ("said Thursday
        // it would …", issue 9, session 14, ninth invented set)
        let mut m = j;
        if m + 1 < s_end_tok
            && (lexicon().weekday(&toks[m].text).is_some() || one_word_relative_day(text, m))
        {
            start_tok = m + 1;
        } else if m < s_end_tok && toks[m].lower() == "on" {
            m += 1;
            while m < s_end_tok
                && (toks[m].is_capitalized()
                    || matches!(
                        toks[m].lower(),
                        "evening" | "morning" | "night" | "afternoon"
                    ))
            {
                m += 1;
            }
            if m > j + 1 {
                start_tok = m;
            }
        }
    }
    if start_tok >= s_end_tok {
        return None;
    }
    // attribution after the content: "X, Borrell said on Saturday." handled by the caller's fallback
    if !introduced_by_that && !starts_clause(text, start_tok) {
        return None;
    }
    // "announced a truce on Monday", "confirmed the deaths of two soldiers": without "that", the object
    // of a cue that often takes one is reported speech only when a finite verb follows in the clause, or
    // a gerund opens it ("denied supporting the rebels") (issue 9, session 9)
    if !introduced_by_that
        && object_cue(text, cue_k)
        && !finite_verb_follows(text, start_tok, s_end_tok)
        && !gerund_at(text, start_tok, s_end_tok)
    {
        return None;
    }
    // "rejected … allegations that …": a "that" clause after a noun such as "allegations" is the noun's
    // (`complement_nouns.txt`), no content of the cue (issue 9, session 14)
    if introduced_by_that
        && start_tok >= 2
        && start_tok > j + 1
        && words()
            .complement_nouns
            .contains(toks[start_tok - 2].lower())
    {
        return None;
    }
    // "has not said whether it will …": an indirect question reports no statement (issue 9, session 14)
    if !introduced_by_that && matches!(toks[start_tok].lower(), "whether" | "if") {
        return None;
    }
    // "said of the general, who …": the person spoken about, no content ("boasting of securing
    // …" keeps its content: only "say" takes "of" this way)
    if !introduced_by_that
        && toks[start_tok].lower() == "of"
        && lexicon()
            .cue_verb(toks[cue_k].lower())
            .is_some_and(|cv| cv.lemma == "say")
    {
        return None;
    }
    Some((start_tok, introduced_by_that))
}

/// The content start after the audience of a cue like "told" at token `j` when no "that" follows:
/// "told reporters the two leaders would meet again", "told Reuters he had resigned", "told the AP the
/// road was closed", "told Colombian media he had …". The audience is an object pronoun
/// (`object_pronouns.txt`), a lowercase plural noun, or a capitalised name of up to three words (after
/// "the" at most, before a plural or an `audience_nouns.txt` noun at most); the content opens a clause (no word
/// of `non_clause_openers.txt`, no preposition) with a
/// finite auxiliary, modal or copula before its first comma. `None` otherwise: "told reporters in
/// Istanbul on Tuesday", "told him to leave" (issue 9, session 13, third invented set).
fn addressee_content(text: &Text, j: usize, s_end_tok: usize) -> Option<usize> {
    let toks = &text.tokens;
    let word = |m: usize| m < s_end_tok && toks[m].kind == TokKind::Word;
    if !word(j) {
        return None;
    }
    let l = toks[j].lower();
    let mut a = j;
    if words().object_pronouns.contains(l)
        || !toks[j].is_capitalized() && l.ends_with('s') && l != "this"
    {
        a += 1;
    } else {
        if l == "the" {
            a += 1;
        }
        let run = (a..(a + 3).min(s_end_tok))
            .take_while(|&m| word(m) && toks[m].is_capitalized())
            .count();
        if run == 0 {
            return None;
        }
        a += run;
        // "told Colombian media he had …": a lowercase noun ending the audience
        if word(a) && !toks[a].is_capitalized() && {
            let n = toks[a].lower();
            words().audience_nouns.contains(n) || n.ends_with('s') && n != "this"
        } {
            a += 1;
        }
    }
    if !word(a)
        || !starts_clause(text, a)
        || words().non_clause_openers.contains(toks[a].lower())
        || !finite_verb_follows(text, a, s_end_tok.min(a + 12))
    {
        return None;
    }
    Some(a)
}

/// How a reported clause ends.
enum ClauseEnd {
    /// At token `end_tok` (exclusive), the sentence end or a clause break; `next_cue`: the cue of the
    /// next clause ("… and added …").
    At {
        end_tok: usize,
        next_cue: Option<usize>,
    },
    /// At "and that" (the token `end_tok`): a second clause of the same cue starts at the token `that`.
    AndThat { end_tok: usize, that: usize },
}

/// The end of the clause content starting at token `start_tok`: the sentence end, a dash or semicolon,
/// "and"/"but" before "that" or another cue verb, a participle clause (", describing …"), ", from …".
/// Quoted words do not end it.
fn clause_end(
    text: &Text,
    ents: &Entities,
    quotes: &Quotes,
    start_tok: usize,
    introduced_by_that: bool,
    s_end_tok: usize,
) -> ClauseEnd {
    let toks = &text.tokens;
    let at = |end_tok: usize| ClauseEnd::At {
        end_tok,
        next_cue: None,
    };
    let mut m = start_tok;
    while m < s_end_tok {
        let t = &toks[m];
        if quotes.content_covers(t.start) {
            m += 1;
            continue;
        }
        let l = t.lower();
        if (t.text == "–" || t.text == "—" || t.text == "-" || t.text == "--") && m > start_tok + 2
        {
            return at(m);
        }
        if t.text == ";" {
            return at(m);
        }
        if (l == "and" || l == "but")
            && m > start_tok
            && let Some(end) = coordinated_cue(text, m, introduced_by_that, s_end_tok)
        {
            return end;
        }
        // "X said the vote was fair, while Y said it was rigged": a second speaker with a cue of its
        // own after a contrast word ends the content; its statement is found from its own cue (issue
        // 9, session 15)
        if m > start_tok + 1 && second_speaker_cue(text, ents, m, s_end_tok).is_some() {
            return at(if toks[m - 1].text == "," { m - 1 } else { m });
        }
        // "X said A, while the Health Ministry put the toll at B": a named actor acting in a clause
        // after ", while" is the reporter's juxtaposition, no part of what X said (issue 9, session 16)
        if m > start_tok + 2 && contrast_clause_of_actor(text, ents, m, s_end_tok) {
            return at(m - 1);
        }
        if let Some(end) = punctuation_break(text, start_tok, m, s_end_tok) {
            return and_that_after_break(text, end, s_end_tok)
                .map_or(at(end), |that| ClauseEnd::AndThat { end_tok: end, that });
        }
        m += 1;
    }
    at(s_end_tok)
}

/// The "that" of an "and that" later in the sentence than a break at token `end` (no quotation mark
/// between): "said the crossings would open to lorries only, from Monday, and that no passenger traffic
/// would cross" still reports its second clause (issue 9, session 15, seventeenth invented set).
fn and_that_after_break(text: &Text, end: usize, s_end_tok: usize) -> Option<usize> {
    let toks = &text.tokens;
    (end..s_end_tok.saturating_sub(1))
        .take_while(|&x| toks[x].kind != TokKind::Quote)
        .find(|&x| toks[x].lower() == "and" && toks[x + 1].lower() == "that")
        .map(|x| x + 1)
}

/// Where a comma or a closing quote mark at token `m` ends the content started at token `start_tok`
/// (exclusive end token): a participle clause (", describing …"), ", before adding that …", a quoted
/// fragment before a participle cue, ", from which …". `None` when it does not.
fn punctuation_break(text: &Text, start_tok: usize, m: usize, s_end_tok: usize) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    let t = &toks[m];
    // ", describing ..." participle clause ends the content, once it has a verb ("the convoy,
    // carrying food, left on Friday" keeps its subject's participle, issue 9, session 12)
    if t.text == ","
        && m + 1 < s_end_tok
        && toks[m + 1].lower().ends_with("ing")
        && toks[m + 1].kind == TokKind::Word
        && m > start_tok + 3
        && toks[start_tok..m].iter().any(|x| {
            let l = x.lower();
            // "it struck a depot, adding …": an irregular past counts too (issue 9, session 16)
            l.ends_with("ed") || w.finite_verbs.contains(l) || w.irregular_past.contains(l)
        })
    {
        return Some(m);
    }
    // "…, before adding that …" ends it at the comma (issue 9, session 14, seventh invented set)
    if t.text == ","
        && m + 2 < s_end_tok
        && toks[m + 1].lower() == "before"
        && participle_cue_at(text, m + 2)
    {
        return Some(m);
    }
    // '… conclude the code "at an early date," adding that …': a quoted fragment ending in a comma
    // before a participle cue ends the content with its closing mark (issue 9, session 14)
    if t.kind == TokKind::Quote
        && m > start_tok + 3
        && toks[m - 1].text == ","
        && participle_cue_at(text, m + 1)
    {
        return Some(m + 1);
    }
    // ", from which", ", which": relative clause ends it for long contents
    if t.text == ","
        && m + 1 < s_end_tok
        && matches!(toks[m + 1].lower(), "from" | "thanking")
        && m > start_tok + 3
    {
        return Some(m);
    }
    None
}

/// Whether a capitalised name of at most four words (after "the" at most) starts at token `a` and a cue
/// verb follows it: "Eritrea said", "the Foreign Ministry said".
fn named_subject_cue(text: &Text, a: usize, s_end_tok: usize) -> bool {
    let toks = &text.tokens;
    let first = a + usize::from(toks.get(a).is_some_and(|t| t.lower() == "the"));
    let c = (first..(first + 4).min(s_end_tok))
        .find(|&m| !toks[m].is_capitalized())
        .unwrap_or((first + 4).min(s_end_tok));
    c > first && c < s_end_tok && cue_at(text, c).is_some()
}

/// The clause end at "and"/"but" (token `m`) when a second clause follows it: "and that …" restarts
/// the clause with the same cue; "and CUE …" (after a comma, "but", an adverb, without "that" before, or
/// a cue with its own "that" or a second "say") ends it at a next cue; ", and NAME CUE …" ends it at the
/// comma. `None` otherwise.
fn coordinated_cue(
    text: &Text,
    m: usize,
    introduced_by_that: bool,
    s_end_tok: usize,
) -> Option<ClauseEnd> {
    let toks = &text.tokens;
    let l = toks[m].lower();
    let comma = toks[m - 1].text == ",";
    // "…, and Eritrea said …": a second subject with its own cue ends the clause at the comma; that
    // cue reports its own clause (issue 9, session 15)
    if comma && m >= 2 && named_subject_cue(text, m + 1, s_end_tok) {
        return Some(ClauseEnd::At {
            end_tok: m - 1,
            next_cue: None,
        });
    }
    let mut c = m + 1;
    let mut adverb = false;
    while c < s_end_tok && words().auxiliaries.contains(toks[c].lower()) {
        adverb = adverb || !matches!(toks[c].lower(), "has" | "have" | "had");
        c += 1;
    }
    let end_tok = if comma { m - 1 } else { m };
    if c < s_end_tok && toks[c].lower() == "that" && l == "and" {
        return Some(ClauseEnd::AndThat { end_tok, that: c });
    }
    // "said that it would … and warned that …", "warned that … and said the group …": a second cue
    // that opens its own "that" clause, or a second "say" (issue 9, session 14), or an accusation with
    // its object ("told X that … and accused Y of …"; issue 9, session 16)
    let own_that = c < s_end_tok
        && (toks.get(c + 1).is_some_and(|x| x.lower() == "that")
            || lexicon()
                .cue_verb(toks[c].lower())
                .is_some_and(|cv| cv.lemma == "say")
            || super::accusations::accused_object(text, c).is_some());
    (c < s_end_tok
        && cue_at(text, c).is_some()
        && (comma || l == "but" || !introduced_by_that || adverb || own_that))
        .then_some(ClauseEnd::At {
            end_tok,
            next_cue: Some(c),
        })
}

/// Whether ", while" / ", whereas" at token `m` opens a clause whose subject is a named actor (after
/// "the" at most) followed by a verb: a past tense ("-ed", an irregular past), a finite verb or an
/// auxiliary.
fn contrast_clause_of_actor(text: &Text, ents: &Entities, m: usize, s_end_tok: usize) -> bool {
    let toks = &text.tokens;
    if toks[m - 1].text != "," || !matches!(toks[m].lower(), "while" | "whereas") {
        return false;
    }
    let first = m + 1 + usize::from(toks.get(m + 1).is_some_and(|t| t.lower() == "the"));
    if first >= s_end_tok {
        return false;
    }
    let Some((ms, me, i)) = ents.covering(toks[first].start) else {
        return false;
    };
    if ms != toks[first].start || !ents.is_actor(i) {
        return false;
    }
    let v = text.token_at_or_after(me);
    let w = words();
    v < s_end_tok
        && toks[v].kind == TokKind::Word
        && !toks[v].is_capitalized()
        && (toks[v].lower().ends_with("ed")
            || w.irregular_past.contains(toks[v].lower())
            || w.finite_verbs.contains(toks[v].lower())
            || w.auxiliaries.contains(toks[v].lower()))
}

/// The cue of a second speaker after the contrast word at token `m` ("…, while Ms Okafor said …",
/// "… but the ministry insisted …", `contrast_words.txt`, or ", and"): an actor, a collective or a pronoun of at most six
/// tokens, then a cue verb (auxiliaries between). `None` otherwise: "while troops
/// withdrew", "but that was denied".
fn second_speaker_cue(text: &Text, ents: &Entities, m: usize, s_end_tok: usize) -> Option<usize> {
    let toks = &text.tokens;
    // ", and Y said …" too; a bare "and" may join two subjects ("… Russia and Turkey said …")
    let comma_and = toks[m].lower() == "and" && m > 0 && toks[m - 1].text == ",";
    if !(comma_and || words().contrast_words.contains(toks[m].lower())) {
        return None;
    }
    let w = words();
    let mut c = m + 2;
    while c < s_end_tok.min(m + 9) {
        if matches!(toks[c - 1].text.as_str(), "," | ";" | ":")
            || toks[c - 1].kind == TokKind::Quote
        {
            return None;
        }
        let mut v = c;
        while v < s_end_tok && w.auxiliaries.contains(toks[v].lower()) {
            v += 1;
        }
        let subject = &toks[c - 1];
        let named = ents.covering(subject.end - 1).is_some_and(|(ms, _, i)| {
            ms >= toks[m + 1].start && (ents.is_actor(i) || ents.list[i].kind == EntityType::Group)
        });
        let pronoun = c == m + 2 && w.pronouns.contains(&subject.text);
        // after ", and" the second cue must report a clause with a finite verb ("…, and Chile had
        // recalled its envoy" goes on with the first content)
        if v < s_end_tok
            && (named || pronoun)
            && cue_at(text, v).is_some()
            && (!comma_and || finite_verb_follows(text, v + 1, s_end_tok.min(v + 14)))
        {
            return Some(v);
        }
        c += 1;
    }
    None
}

/// The end offset of the content `[start_tok, end_tok)` without its final punctuation, with a closing
/// quote mark right after it; `None` when nothing is left.
fn content_end(text: &Text, start_tok: usize, end_tok: usize, s_end_tok: usize) -> Option<usize> {
    let toks = &text.tokens;
    // strip a final period
    let mut e = end_tok;
    while e > start_tok
        && toks[e - 1].kind == TokKind::Punct
        && matches!(toks[e - 1].text.as_str(), "." | "," | "!" | "?")
    {
        e -= 1;
    }
    if e <= start_tok {
        return None;
    }
    let mut end_off = toks[e - 1].end;
    // keep a closing quote mark with its content
    if e < s_end_tok && toks[e].kind == TokKind::Quote && toks[e].start == end_off {
        end_off = toks[e].end;
    }
    Some(end_off)
}

/// Whether the cue at `k` often takes a noun-phrase object (`data/extract/object_cues.txt`).
fn object_cue(text: &Text, k: usize) -> bool {
    lexicon()
        .cue_verb(text.tokens[k].lower())
        .is_some_and(|cv| words().object_cues.contains(&cv.lemma))
}

/// Whether a finite auxiliary, modal or copula (`data/extract/finite_verbs.txt`) stands between token `a`
/// and the next comma, semicolon or dash, before token `end`.
fn finite_verb_follows(text: &Text, a: usize, end: usize) -> bool {
    let finite = &words().finite_verbs;
    text.tokens[a..end.min(text.tokens.len())]
        .iter()
        .take_while(|t| !matches!(t.text.as_str(), "," | ";" | "–" | "—"))
        .any(|t| t.kind == TokKind::Word && finite.contains(&t.lower().replace('’', "'")))
}

/// Whether a gerund opens the content at token `a` (after one adverb at most): "has denied directly
/// supporting the rebels", "admitted sending troops" report speech without a finite verb.
fn gerund_at(text: &Text, a: usize, end: usize) -> bool {
    text.tokens[a..end.min(text.tokens.len())]
        .iter()
        .take(2)
        .any(|t| t.kind == TokKind::Word && t.text.len() > 5 && t.lower().ends_with("ing"))
}
