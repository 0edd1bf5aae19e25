//! Direct and partial quotes as statements: attributed after the quote (`," X said`) or before it
//! (`X told the Commons: “`), quote-only paragraphs continuing the last speaker, fragments in the
//! reporter's prose, and a quote split by its attribution.

use super::cues::{cue_at, cue_phrase};
use super::quotes::{Quote, Quotes};
use super::speakers::subject_before;
use super::{RawStatement, Speakers, word_count};
use crate::entities::Entities;
use crate::model::{EntityType, StatementKind};
use crate::text::{Text, TokKind};
use crate::words::words;

/// The quote that continues a direct quote attributed after it, as one statement: `“A,” X said. “B.”`
/// (the guidelines' quote split by an attribution). The attribution ends its sentence, the next quote
/// opens right after it in the same paragraph, and nothing but the paragraph's end follows that quote
/// (else it has its own attribution); or the attribution is a short phrase ending in a comma inside one
/// sentence (`“A,” X said, “B.”`). Returns the continuing quote's index.
pub(super) fn continuation(
    text: &Text,
    quotes: &[Quote],
    qi: usize,
    st: &RawStatement,
) -> Option<usize> {
    if st.kind != StatementKind::Direct || st.cue.is_none() || st.speaker.is_none() {
        return None;
    }
    let (q, next) = (quotes[qi], *quotes.get(qi + 1)?);
    let para = text
        .paragraphs
        .iter()
        .find(|p| p.start <= q.open && q.open < p.end)?;
    if next.open >= para.end || next.after > para.end {
        return None;
    }
    let gap = text.slice(q.after, next.open);
    let gap = gap.trim_end();
    // a quote split by its attribution inside one sentence: "“…,” she said, “and …”" (the guidelines'
    // "X," he said, "Y": one statement; issue 9, session 12, second invented set)
    if gap.ends_with(',')
        && !gap.contains(['.', '!', '?', ';', ':'])
        && gap.split_whitespace().count() <= 8
    {
        return Some(qi + 1);
    }
    // the attribution sentence between the two: one sentence, ending in a period
    if !gap.ends_with('.') || gap[..gap.len() - 1].contains(['.', '!', '?']) {
        return None;
    }
    let rest = text.slice(next.after, para.end);
    rest.trim()
        .chars()
        .all(|c| c.is_ascii_punctuation())
        .then_some(qi + 1)
}

/// A statement for quote `qi`: attributed after or before, a continuation paragraph, or a partial.
pub(super) fn quote_statement(
    text: &Text,
    ents: &mut Entities,
    quotes: &Quotes,
    qi: usize,
    sp: &Speakers,
) -> Option<RawStatement> {
    let q = quotes[qi];
    let toks = &text.tokens;
    let first = text.token_at_or_after(q.start);
    let sent = toks.get(first)?.sentence;
    // paragraphs are in document order: the first that ends after the opening mark
    let para = text
        .paragraphs
        .get(text.paragraphs.partition_point(|p| p.end <= q.open))
        .filter(|p| p.start <= q.open && q.open < p.end)?;
    let after = attribution_after(text, ents, quotes, q, sp);
    // a lowercase fragment ending a clause right before a postposed attribution ('The text will be
    // signed "in the coming days," X's office said.') is left to that attribution's reported speech,
    // which takes the whole clause (issue 9, session 13, third invented set)
    if after.as_ref().is_some_and(|a| a.0.is_some()) && clause_final_fragment(text, q) {
        return None;
    }
    let (speaker, cue, cue_sent) = after
        .or_else(|| attribution_before(text, ents, quotes, q, sp))
        .unwrap_or((None, None, sent));
    let before_text = text.slice(para.start, q.open);
    let para_level = before_text.trim().is_empty() || before_text.trim_end().ends_with(':');
    let after_text = text.slice(q.after.min(para.end), para.end);
    let closes_sentence = after_text.trim().is_empty()
        || after_text.trim_start().starts_with(['.', ',', '!', '?'])
        || cue.is_some();
    if speaker.is_none()
        && cue.is_none()
        && closes_sentence
        && let Some(st) = introduced_speaker_statement(text, ents, q, sent, &before_text)
    {
        return Some(st);
    }
    let (kind, speaker, cue) = if speaker.is_some()
        && (para_level
            || before_text.trim_end().ends_with([':', ','])
            || (cue.is_some() && q_is_sentence(text, q)))
    {
        (StatementKind::Direct, speaker, cue)
    } else if para_level && closes_sentence {
        // quote-only paragraph: the last speaker goes on
        (
            StatementKind::Direct,
            speaker.or(sp.last_person).or(sp.last_any),
            cue,
        )
    } else {
        let (speaker, cue) = fragment_speaker(text, ents, quotes, q, sp, (speaker, cue))?;
        (StatementKind::Partial, speaker, cue)
    };
    // an unattributed fragment is dropped; an attributed quote stays even when its speaker is unknown
    if speaker.is_none() && (kind == StatementKind::Partial || cue.is_none()) {
        return None;
    }
    // a quote with no cue takes the publication date, not a date its own words mention
    let sentence = if cue.is_some() { cue_sent } else { usize::MAX };
    Some(RawStatement {
        kind,
        speaker,
        cue,
        start: q.start,
        end: q.end,
        sentence,
    })
}

/// An unattributed quote (closing its sentence) that makes a sentence of its own (or follows a colon)
/// after a sentence whose subject and only person is someone just introduced: "Minister X was blunt. “The
/// truce is dead.”", "X put it plainly: “…”" (issue 9, session 9). `sent` is the quote's sentence,
/// `before_text` its paragraph before the opening mark.
fn introduced_speaker_statement(
    text: &Text,
    ents: &Entities,
    q: Quote,
    sent: usize,
    before_text: &str,
) -> Option<RawStatement> {
    if q_is_sentence(text, q)
        && (opens_sentence(text, q) || before_text.trim_end().ends_with(':'))
        && let Some(i) = crate::pronouns::introduced_person(
            text,
            ents,
            crate::pronouns::last_person_mention(ents, q.open),
            sent,
            q.open,
        )
    {
        return Some(RawStatement {
            kind: StatementKind::Direct,
            speaker: Some(i),
            cue: None,
            start: q.start,
            end: q.end,
            sentence: usize::MAX,
        });
    }
    None
}

/// A quote's speaker, cue and cue sentence.
type Attribution = (Option<usize>, Option<String>, usize);

/// The attribution after a quote: `," Lavrov said` / `," said Lavrov` / `," he added` (a cue within ten
/// tokens, in the paragraph, before the sentence ends); `None` without a cue.
fn attribution_after(
    text: &Text,
    ents: &mut Entities,
    quotes: &Quotes,
    q: Quote,
    sp: &Speakers,
) -> Option<Attribution> {
    let toks = &text.tokens;
    let after_tok = text.token_at_or_after(q.after);
    let q_para = toks[text.token_at_or_after(q.open).min(toks.len() - 1)].paragraph;
    // a short fragment (four words at most) whose words end with a full stop and after which a new
    // sentence starts ('… described as "insufficient." The Conference said …') takes no cue from that
    // sentence (issue 9, session 14, seventh invented set)
    if word_count(text, q.start, q.end) <= 4 && closes_sentence_before(text, q, after_tok) {
        return None;
    }
    // up to 16 tokens: "…,” a spokesperson for the command, Colonel X, said" (issue 9, session 13)
    for (k, tok) in toks.iter().enumerate().skip(after_tok).take(16) {
        if tok.kind == TokKind::Quote || tok.paragraph != q_para {
            break;
        }
        if matches!(tok.text.as_str(), "." | "!" | "?") && k > after_tok {
            break;
        }
        // a full stop right after the closing mark ends the sentence: '… calling it "a betrayal". Its
        // leader, X, said …' gives the fragment no cue of the next sentence (issue 9, session 14, set 7)
        if k == after_tok && tok.text == "." && tok.start == q.after {
            break;
        }
        if cue_at(text, k).is_some() {
            let sp_tok = Speakers {
                last_person: sp.last_person,
                last_any: sp.last_any,
                last_business: sp.last_business,
            };
            let mut speaker =
                subject_before(text, ents, k, &sp_tok, quotes).filter(|_| k > after_tok);
            // the object of "told" is its audience, never an inverted subject ('…," Xu told
            // Xinhua', issue 9, session 14)
            if speaker.is_none() && toks[k].lower() != "told" {
                speaker = inverted_subject(text, ents, k)
                    .or_else(|| super::given_names::inverted(text, ents, k))
                    .or_else(|| super::groups::inverted_anonymous_source(text, ents, k))
                    .or_else(|| inverted_document_author(text, ents, k));
            }
            // a subject found must lie between the quote and the cue
            return Some((speaker, Some(cue_phrase(text, k)), tok.sentence));
        }
    }
    None
}

/// '…," said a statement from the Sudanese foreign ministry': the actor whose document is the inverted
/// subject of the cue at token `k` ("a/the statement from/by/of X", `speaker_documents.txt`; issue 9,
/// session 15).
fn inverted_document_author(text: &Text, ents: &Entities, k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    let word = |m: usize, ok: &dyn Fn(&str) -> bool| {
        toks.get(m)
            .is_some_and(|t| t.sentence == sent && t.kind == TokKind::Word && ok(t.lower()))
    };
    if !(word(k + 1, &|l| matches!(l, "a" | "an" | "the"))
        && word(k + 2, &|l| words().speaker_documents.contains(l))
        && word(k + 3, &|l| matches!(l, "from" | "by" | "of")))
    {
        return None;
    }
    let first = if word(k + 4, &|l| l == "the") {
        k + 5
    } else {
        k + 4
    };
    ents.covering(toks.get(first)?.start)
        .map(|(_, _, i)| i)
        .filter(|&i| ents.is_actor(i) && ents.list[i].kind != EntityType::Group)
}

/// The subject after the cue at token `k` ("said Lavrov"): an actor; the person the state's title phrase
/// names when one follows before any punctuation ("said Singapore Prime Minister Lee Hsien Loong").
fn inverted_subject(text: &Text, ents: &Entities, k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let t = toks.get(k + 1)?;
    let Some((_, _, i)) = ents.covering(t.start) else {
        return titled_person_after(text, ents, k)
            .or_else(|| role_noun_person_after(text, ents, k));
    };
    if !ents.is_actor(i) {
        return titled_person_after(text, ents, k);
    }
    if let Some(p) = possessor_role_person(text, ents, k, i) {
        return Some(p);
    }
    let person = (k + 1..(k + 8).min(toks.len()))
        .take_while(|m| toks[*m].kind == TokKind::Word)
        .find_map(|m| {
            ents.covering(toks[m].start)
                .map(|(_, _, p)| p)
                .filter(|p| ents.list[*p].kind == EntityType::Person)
        });
    Some(person.unwrap_or(i))
}

/// '…," said fisherman Carlos Gauto.': the person after one or two lowercase role words after the cue at
/// token `k` (no word of `np_stop_words.txt` — "said to X", "said after meeting X" — nor an "-ing",
/// "-ly" or "-ed" word), when the person's name ends the clause (a comma or a sentence's end after it;
/// issue 9, session 18, attr3).
fn role_noun_person_after(text: &Text, ents: &Entities, k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    let role_word = |t: &crate::text::Token| {
        let l = t.lower();
        t.kind == TokKind::Word
            && t.sentence == sent
            && !t.is_capitalized()
            && l.chars().all(char::is_alphabetic)
            && !words().np_stop_words.contains(l)
            && !(l.ends_with("ing") || l.ends_with("ly") || l.ends_with("ed"))
    };
    let n = (k + 1..(k + 3).min(toks.len()))
        .take_while(|&m| role_word(&toks[m]))
        .count();
    let first = toks
        .get(k + 1 + n)
        .filter(|_| n > 0 && toks[k + 1 + n].sentence == sent)?;
    let (ms, me, p) = ents.covering(first.start)?;
    let after = toks.get(text.token_at_or_after(me));
    (ms == first.start
        && ents.list[p].kind == EntityType::Person
        && after
            .is_none_or(|a| a.sentence != sent || matches!(a.text.as_str(), "," | "." | "!" | "?")))
    .then_some(p)
}

/// '," said X's deputy, Y, who …': the person named in apposition after a possessor's role noun speaks, not
/// the possessor `i` right after the cue at token `k` (a person other than `i` within the sentence, the
/// role phrase two words at most before one comma; issue 9, session 14, seventh invented set).
fn possessor_role_person(text: &Text, ents: &Entities, k: usize, i: usize) -> Option<usize> {
    let toks = &text.tokens;
    let (_, me, _) = ents.covering(toks[k + 1].start)?;
    let poss = text.token_at_or_after(me);
    if !toks
        .get(poss)
        .is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s"))
    {
        return None;
    }
    let comma = (poss + 1..(poss + 4).min(toks.len()))
        .take_while(|&m| toks[m].sentence == toks[k].sentence)
        .find(|&m| toks[m].text == ",")?;
    if toks[poss + 1..comma]
        .iter()
        .any(|t| t.kind != TokKind::Word || t.is_capitalized())
        || comma == poss + 1
    {
        return None;
    }
    let next = toks.get(comma + 1)?;
    ents.covering(next.start)
        .map(|(_, _, p)| p)
        .filter(|&p| p != i && ents.list[p].kind == EntityType::Person)
        .or_else(|| titled_person_after(text, ents, comma))
        .filter(|&p| p != i)
}

/// "said Colonel X", "said army spokesman X": the person named after the cue at token `k` behind a title
/// phrase the mention does not cover, every word before the name a capitalised word or a title or
/// organisation-head word of the lexicon (issue 9, session 10).
fn titled_person_after(text: &Text, ents: &Entities, k: usize) -> Option<usize> {
    let toks = &text.tokens;
    let lex = crate::lexicon::lexicon();
    for m in k + 1..(k + 6).min(toks.len()) {
        let t = &toks[m];
        if t.kind != TokKind::Word || t.sentence != toks[k].sentence {
            return None;
        }
        match ents
            .covering(t.start)
            .map(|(_, _, p)| (p, ents.list[p].kind))
        {
            Some((p, EntityType::Person)) => return Some(p),
            // "army spokesman": a common noun the collectives took stays part of the title phrase
            Some((_, EntityType::Group)) => continue,
            Some(_) => return None,
            None => {}
        }
        let titled = crate::entities::title_word(&t.text);
        if !(t.is_capitalized()
            || lex.longest_title(&[titled.as_str()]).is_some()
            || lex.org_head(&titled).is_some())
        {
            return None;
        }
    }
    None
}

/// Whether quote `q`'s words end with a full stop and the token `k` after it lies in a later sentence
/// that starts with a capital: '… described as "insufficient." The Conference said …' (issue 9, session
/// 14, seventh invented set).
pub(super) fn closes_sentence_before(text: &Text, q: Quote, k: usize) -> bool {
    let toks = &text.tokens;
    if !text.slice(q.start, q.end).trim_end().ends_with('.') {
        return false;
    }
    let after = text.token_at_or_after(q.after);
    let Some(first) = toks.get(after) else {
        return false;
    };
    let last_inside = toks[..after]
        .iter()
        .rev()
        .find(|x| x.kind != TokKind::Quote && x.end <= q.end);
    first.is_capitalized()
        && k >= after
        && last_inside.is_some_and(|x| x.sentence != first.sentence && x.start >= q.start)
}

/// The attribution before a quote: `Sir Keir told the Commons: “` (the nearest cue within twelve tokens
/// before the opening mark, in the paragraph, with no quote between; it counts when a colon or comma
/// ends the gap). `None` without such a cue.
fn attribution_before(
    text: &Text,
    ents: &mut Entities,
    quotes: &Quotes,
    q: Quote,
    sp: &Speakers,
) -> Option<Attribution> {
    let toks = &text.tokens;
    let open_tok = text.token_at_or_after(q.open);
    let lo = open_tok.saturating_sub(12);
    for k in (lo..open_tok).rev() {
        if toks[k].paragraph != toks[open_tok].paragraph || toks[k].kind == TokKind::Quote {
            break;
        }
        if cue_at(text, k).is_some() {
            let gap = text.slice(toks[k].end, q.open);
            if gap.trim_end().ends_with(':') || gap.trim_end().ends_with(',') {
                let speaker = subject_before(text, ents, k, sp, quotes);
                return Some((speaker, Some(cue_phrase(text, k)), toks[k].sentence));
            }
            break;
        }
    }
    None
}

/// The speaker and cue of a fragment quoted inside the reporter's prose: those `found` by an
/// attribution, else the subject of the nearest cue before it in its sentence, else the last speaker.
/// `None` (no statement) for a long unattributed fragment, or when that cue's subject is no actor ("The
/// deal calls for …").
fn fragment_speaker(
    text: &Text,
    ents: &mut Entities,
    quotes: &Quotes,
    q: Quote,
    sp: &Speakers,
    found: (Option<usize>, Option<String>),
) -> Option<(Option<usize>, Option<String>)> {
    let toks = &text.tokens;
    let (speaker, cue) = found;
    if word_count(text, q.start, q.end) > 12 && speaker.is_none() {
        return None;
    }
    // '"…," the agent said' with no agent found: the reporter named someone else than the last
    // speaker, unless the last person was introduced with that noun (issue 9, session 15,
    // seventeenth invented set)
    if speaker.is_none()
        && cue.is_some()
        && let Some(head) = definite_subject_after(text, q)
        && !last_person_has_noun(text, ents, sp, q.open, head)
    {
        return None;
    }
    let open_tok = text.token_at_or_after(q.open).min(toks.len() - 1);
    let s0 = text.sentences[toks[open_tok].sentence].tok_start;
    let mut found = (speaker, cue);
    if found.0.is_none() {
        for k in (s0..open_tok).rev() {
            if cue_at(text, k).is_some() {
                match subject_before(text, ents, k, sp, quotes) {
                    Some(i) => found = (Some(i), Some(cue_phrase(text, k))),
                    // the sentence's "speaker" is no actor ("The deal calls for …")
                    None => return None,
                }
                break;
            }
        }
    }
    // a one-word quote with no cue before it in its sentence is a scare quote ("the two “motherlands”"),
    // no statement (issue 9, session 13, third invented set)
    if found.1.is_none() && word_count(text, q.start, q.end) <= 1 {
        return None;
    }
    Some((found.0.or(sp.last_person).or(sp.last_any), found.1))
}

/// The head token of a definite noun phrase of lowercase words ("the agent", "the senior engineer")
/// that a cue follows right after quote `q` (after a comma at most).
fn definite_subject_after(text: &Text, q: Quote) -> Option<usize> {
    let toks = &text.tokens;
    let mut k = text.token_at_or_after(q.after);
    if toks.get(k).is_some_and(|t| t.text == ",") {
        k += 1;
    }
    if toks.get(k).is_none_or(|t| t.lower() != "the") {
        return None;
    }
    (k + 2..toks.len().min(k + 5))
        .take_while(|&m| {
            let t = &toks[m - 1];
            t.kind == TokKind::Word && !t.is_capitalized()
        })
        .find(|&m| cue_at(text, m).is_some())
        .map(|m| m - 1)
}

/// Whether the sentence of the last speaking person's latest mention before `before` holds the noun
/// at token `head` ("The village headman, X, said …" for "the headman said").
fn last_person_has_noun(
    text: &Text,
    ents: &Entities,
    sp: &Speakers,
    before: usize,
    head: usize,
) -> bool {
    let toks = &text.tokens;
    let Some(p) = sp.last_person else {
        return false;
    };
    let Some(&(m, _)) = ents.list[p].mentions.range(..(before, 0)).next_back() else {
        return false;
    };
    let seg = text.sentences[toks[text.token_at_or_after(m).min(toks.len() - 1)].sentence];
    let noun = toks[head].lower();
    toks[seg.tok_start..seg.tok_end]
        .iter()
        .any(|t| t.lower() == noun)
}

/// Whether quote `q` is a lowercase fragment ending a clause of at least three words before it, with a
/// comma inside or right after its closing mark: 'The text will be signed "in the coming days," X said.'
/// A postposed attribution after it reports the whole clause, not the fragment (issue 9, session 13).
pub(super) fn clause_final_fragment(text: &Text, q: Quote) -> bool {
    let toks = &text.tokens;
    let Some(t) = toks.get(text.token_at_or_after(q.start)) else {
        return false;
    };
    !q_is_sentence(text, q)
        && word_count(text, text.sentences[t.sentence].start, q.open) >= 3
        && (text.slice(q.after, q.after + 1) == ","
            || text.slice(q.start, q.end).trim_end().ends_with(','))
}

/// Whether a quote reads as a sentence (it starts with a capital).
pub(super) fn q_is_sentence(text: &Text, q: Quote) -> bool {
    let s = text.slice(q.start, q.end);
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Whether only opening marks stand between the start of its sentence and the quote `q`.
fn opens_sentence(text: &Text, q: Quote) -> bool {
    let toks = &text.tokens;
    let open_tok = text.token_at_or_after(q.open);
    let Some(t) = toks.get(open_tok) else {
        return false;
    };
    let s0 = text.sentences[t.sentence].tok_start;
    toks[s0..open_tok]
        .iter()
        .all(|t| matches!(t.kind, TokKind::Quote | TokKind::Punct))
}
