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
    ents: &Entities,
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
        // the source phrase: up to the next comma or the sentence end
        let src_end = (k + 2..seg.tok_end)
            .take(12)
            .find(|m| toks[*m].text == "," || toks[*m].kind == TokKind::Quote)
            .unwrap_or(seg.tok_end);
        let mentioned: Vec<usize> = ents
            .within(toks[k + 1].end, toks[src_end - 1].end)
            .into_iter()
            .map(|(_, _, i)| i)
            .collect();
        let Some(speaker) = mentioned
            .iter()
            .copied()
            .find(|i| ents.is_actor(*i))
            .or_else(|| {
                mentioned
                    .iter()
                    .copied()
                    .find(|i| ents.list[*i].kind == EntityType::Group)
            })
        else {
            continue;
        };
        let (cs_tok, ce_tok) = if k == seg.tok_start {
            // "According to X, the chair, CONTENT."
            if src_end >= seg.tok_end || toks[src_end].text != "," {
                continue;
            }
            let mut c = src_end + 1;
            // an apposition of the source: a short phrase opened by a determiner, closed by a comma
            if c < seg.tok_end
                && matches!(toks[c].lower().as_str(), "the" | "a" | "an")
                && let Some(next) = (c..seg.tok_end).take(8).find(|m| toks[*m].text == ",")
            {
                c = next + 1;
            }
            let mut e = seg.tok_end;
            while e > c && toks[e - 1].kind == TokKind::Punct {
                e -= 1;
            }
            (c, e)
        } else if k > seg.tok_start && toks[k - 1].text == "," {
            // "CONTENT, according to X."
            (seg.tok_start, k - 1)
        } else {
            continue;
        };
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

/// Reported speech before a postposed attribution, without "that" and without quotation marks:
/// "The leaders have agreed on a plan, EU envoy Jane Doe said on Saturday." The content runs from the
/// sentence start (after a dateline such as "OHRID (AP) –") to the comma before the subject; the subject
/// is at most ten words with no punctuation; nothing after the cue may be a clause ("that", a quote); the
/// content has at least four words and does not open with a subordinator
/// (`data/extract/subordinators.txt`).
pub(super) fn postposed_content(text: &Text, k: usize, quotes: &Quotes) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let w = words();
    let seg = text.sentences[toks[k].sentence];
    if toks[k + 1..seg.tok_end]
        .iter()
        .any(|t| t.kind == TokKind::Quote || t.lower() == "that")
    {
        return None;
    }
    // the subject between the comma and the cue
    let mut c = k;
    while c > seg.tok_start && w.auxiliaries.contains(&toks[c - 1].lower()) {
        c -= 1;
    }
    let comma = (seg.tok_start..c)
        .rev()
        .take(11)
        .find(|&m| toks[m].kind != TokKind::Word)?;
    if toks[comma].text != "," || comma + 1 >= c {
        return None;
    }
    // the content's first token: after a dateline ("BRUSSELS -", "OHRID, NORTH MACEDONIA (AP) –")
    let mut start = seg.tok_start;
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
        || w.subordinators.contains(&toks[start].lower())
        || quotes.marks_cover(toks[start].start)
    {
        return None;
    }
    let (cs, ce) = (toks[start].start, toks[comma - 1].end);
    (word_count(text, cs, ce) >= 4).then_some((cs, ce))
}

/// The reported clauses governed by the cue at `k`: (cue token, content start, content end).
pub(super) fn reported_clauses(
    text: &Text,
    k: usize,
    quotes: &Quotes,
) -> Vec<(usize, usize, usize)> {
    let toks = &text.tokens;
    let lex = lexicon();
    let w = words();
    let sent = toks[k].sentence;
    let s_end_tok = text.sentences[sent].tok_end;
    let mut out = Vec::new();
    let mut cue_k = k;
    let mut j = k + 1;
    loop {
        // skip an object and "that": within 6 tokens
        let mut start_tok = j;
        let mut introduced_by_that = false;
        let window = j..(j + 7).min(s_end_tok);
        for (m, tok) in toks[window.clone()]
            .iter()
            .enumerate()
            .map(|(o, t)| (window.start + o, t))
        {
            if tok.lower() == "that" && tok.kind == TokKind::Word {
                // "said the talks were intense and that …": this "that" opens a second clause; the
                // first starts right after the cue
                if m > j + 1 && matches!(toks[m - 1].lower().as_str(), "and" | "but") {
                    break;
                }
                // only when what precedes is short (an object, a date)
                start_tok = m + 1;
                introduced_by_that = true;
                break;
            }
            if tok.kind == TokKind::Quote || tok.text == "," && m > j {
                break;
            }
        }
        // "told reporters in Istanbul on Tuesday": without "that", the object is the audience
        if !introduced_by_that && addressee_cue(text, cue_k) {
            break;
        }
        if !introduced_by_that {
            // skip a date phrase: "on Monday evening", "on Thursday"
            let mut m = j;
            if m < s_end_tok && toks[m].lower() == "on" {
                m += 1;
                while m < s_end_tok
                    && (toks[m].is_capitalized()
                        || matches!(
                            toks[m].lower().as_str(),
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
            break;
        }
        // attribution after the content: "X, Borrell said on Saturday." handled by the caller's fallback
        if !introduced_by_that && !starts_clause(text, start_tok) {
            break;
        }
        // "said of the general, who …": the person spoken about, no content ("boasting of securing
        // …" keeps its content: only "say" takes "of" this way)
        if !introduced_by_that
            && toks[start_tok].lower() == "of"
            && lex
                .cue_verb(&toks[cue_k].lower())
                .is_some_and(|cv| cv.lemma == "say")
        {
            break;
        }
        // find the end: sentence end or a clause break
        let mut end_tok = s_end_tok;
        let mut next_cue: Option<(usize, usize)> = None; // (break token, cue token)
        let mut m = start_tok;
        while m < s_end_tok {
            let t = &toks[m];
            if quotes.content_covers(t.start) {
                m += 1;
                continue;
            }
            let l = t.lower();
            if (t.text == "–" || t.text == "—" || t.text == "-" || t.text == "--")
                && m > start_tok + 2
            {
                end_tok = m;
                break;
            }
            if t.text == ";" {
                end_tok = m;
                break;
            }
            if (l == "and" || l == "but") && m > start_tok {
                let comma = toks[m - 1].text == ",";
                let mut c = m + 1;
                let mut adverb = false;
                while c < s_end_tok && w.auxiliaries.contains(&toks[c].lower()) {
                    adverb = adverb || !matches!(toks[c].lower().as_str(), "has" | "have" | "had");
                    c += 1;
                }
                if c < s_end_tok && toks[c].lower() == "that" && l == "and" {
                    end_tok = if comma { m - 1 } else { m };
                    next_cue = Some((m, cue_k));
                    // same cue, new clause starting at "that"
                    out.push((cue_k, toks[start_tok].start, toks[end_tok - 1].end));
                    j = c;
                    start_tok = usize::MAX;
                    break;
                }
                if c < s_end_tok
                    && cue_at(text, c).is_some()
                    && (comma || l == "but" || !introduced_by_that || adverb)
                {
                    end_tok = if comma { m - 1 } else { m };
                    next_cue = Some((m, c));
                    break;
                }
            }
            // ", describing ..." participle clause ends the content
            if t.text == ","
                && m + 1 < s_end_tok
                && toks[m + 1].lower().ends_with("ing")
                && toks[m + 1].kind == TokKind::Word
                && m > start_tok + 3
            {
                end_tok = m;
                break;
            }
            // ", from which", ", which": relative clause ends it for long contents
            if t.text == ","
                && m + 1 < s_end_tok
                && matches!(toks[m + 1].lower().as_str(), "from" | "thanking")
                && m > start_tok + 3
            {
                end_tok = m;
                break;
            }
            m += 1;
        }
        if start_tok == usize::MAX {
            // "and that" restarted the clause with the same cue
            continue;
        }
        // strip a final period
        let mut e = end_tok;
        while e > start_tok
            && toks[e - 1].kind == TokKind::Punct
            && matches!(toks[e - 1].text.as_str(), "." | "," | "!" | "?")
        {
            e -= 1;
        }
        if e > start_tok {
            let mut end_off = toks[e - 1].end;
            // keep a closing quote mark with its content
            if e < s_end_tok && toks[e].kind == TokKind::Quote && toks[e].start == end_off {
                end_off = toks[e].end;
            }
            out.push((cue_k, toks[start_tok].start, end_off));
        }
        match next_cue {
            Some((_, c)) if c != cue_k => {
                cue_k = c;
                j = c + 1;
            }
            _ => break,
        }
        let _ = lex;
    }
    out
}
