//! Unnamed spokespeople who speak for the organisation their phrase names (issue 9, session 16, set 31):
//! "A company spokeswoman said" (the company that spoke last), "An embassy spokesperson said" (the embassy
//! named before), "A Houthi military spokesman said" (the organisation or armed group whose name opens
//! with "Houthi"), "A spokesman for Egypt's Suez Canal Authority said" (the authority, not the state
//! before it), "A spokeswoman for the firm said". A later "she said" opening the next sentence means the
//! same organisation. Reads the few words of the subject; nouns in `spokesperson_nouns.txt` and
//! `business_nouns.txt`.

use super::Speakers;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// How many words may stand between the article and the spokesperson noun ("a Houthi military
/// spokesman").
const MAX_WORDS: usize = 3;

/// The organisation an unnamed spokesperson speaks for, the subject ending right before token `j`:
/// "a/an [words] NOUN" or "a/an NOUN for [the] [X's] NAME". `None` when the subject is no such phrase
/// or its words name no organisation (then the phrase stays an anonymous source).
pub(super) fn subject(text: &Text, ents: &Entities, j: usize, sp: &Speakers) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks.get(j.checked_sub(1)?)?.sentence;
    let nouns = &words().spokesperson_nouns;
    // "a company spokeswoman said": the noun right before the cue
    if nouns.contains(toks[j - 1].lower()) {
        let a = article_before(text, j - 1)?;
        return modifier_actor(text, ents, a, j - 1, sp);
    }
    // "a spokesman for Egypt's Suez Canal Authority said": the noun, "for", the organisation up to the cue
    let n = (j.saturating_sub(9)..j.saturating_sub(2))
        .find(|&m| toks[m].sentence == sent && nouns.contains(toks[m].lower()))?;
    let a = article_before(text, n)?;
    let (i, end) = for_actor(text, ents, n, sp)?;
    (end == j && (a + 1..n).all(|m| toks[m].kind == TokKind::Word)).then_some(i)
}

/// How many sentences before the cue's an unnamed spokesperson may have been introduced in.
const REACH: usize = 2;

/// "A spokesperson for the X Ministry said …. Asked about Y, the spokesperson said …": the organisation
/// the unnamed spokesperson introduced with "a"/"an" in this sentence or the [`REACH`] before spoke for,
/// the subject "the NOUN" ending right before token `j` (issue 9, session 17, attr2). `None` when the
/// sentence of that introduction names a person ("a spokesman for X, Jane Doe,") or its phrase names no
/// organisation.
pub(super) fn definite(text: &Text, ents: &Entities, j: usize, sp: &Speakers) -> Option<usize> {
    let toks = &text.tokens;
    let nouns = &words().spokesperson_nouns;
    if j < 2 || toks[j - 2].lower() != "the" || !nouns.contains(toks[j - 1].lower()) {
        return None;
    }
    let sent = toks[j - 1].sentence;
    let first = text.sentences[sent.saturating_sub(REACH)].tok_start;
    let n = (first..j - 2)
        .rev()
        .find(|&m| nouns.contains(toks[m].lower()) && article_before(text, m).is_some())?;
    let seg = text.sentences[toks[n].sentence];
    if ents
        .within(seg.start, seg.end)
        .into_iter()
        .any(|(_, _, i)| ents.list[i].kind == EntityType::Person)
    {
        return None;
    }
    let a = article_before(text, n)?;
    for_actor(text, ents, n, sp)
        .map(|(i, _)| i)
        .or_else(|| modifier_actor(text, ents, a, n, sp))
}

/// The organisation of the spokesperson who opens the sentence before sentence `sent` ("A company
/// spokeswoman said …. “…,” she said"), for a pronoun in `sent`; `None` when that sentence opens with
/// no such phrase or names a person.
pub(super) fn previous_opening(
    text: &Text,
    ents: &Entities,
    sent: usize,
    sp: &Speakers,
) -> Option<usize> {
    let toks = &text.tokens;
    let prev = text.sentences.get(sent.checked_sub(1)?)?;
    let a = prev.tok_start;
    if !matches!(toks[a].lower(), "a" | "an") {
        return None;
    }
    // "A spokesman for the ministry, Jane Doe, said …": a spokesperson named in the sentence is no
    // unnamed one
    if ents
        .within(prev.start, prev.end)
        .into_iter()
        .any(|(_, _, i)| ents.list[i].kind == EntityType::Person)
    {
        return None;
    }
    let nouns = &words().spokesperson_nouns;
    let n = (a + 1..(a + 2 + MAX_WORDS).min(prev.tok_end))
        .take_while(|&m| toks[m].kind == TokKind::Word)
        .find(|&m| nouns.contains(toks[m].lower()))?;
    modifier_actor(text, ents, a, n, sp).or_else(|| for_actor(text, ents, n, sp).map(|(i, _)| i))
}

/// Whether entity `i` is a business: an organisation no head of whose name is a word of
/// `public_body_heads.txt` ("Brannock Steel Holdings", not "Ministry of Labour").
pub(super) fn is_business(ents: &Entities, i: usize) -> bool {
    let e = &ents.list[i];
    e.kind == EntityType::Organization
        && !super::speakers::name_heads(&e.name).any(|h| {
            words()
                .public_body_heads
                .contains(h.to_lowercase().as_str())
        })
}

/// The article ("a"/"an", in the same sentence) at most [`MAX_WORDS`] plain words before the noun at
/// token `n`.
fn article_before(text: &Text, n: usize) -> Option<usize> {
    let toks = &text.tokens;
    (n.saturating_sub(MAX_WORDS + 1)..n)
        .rev()
        .take_while(|&m| toks[m].sentence == toks[n].sentence && toks[m].kind == TokKind::Word)
        .find(|&m| matches!(toks[m].lower(), "a" | "an"))
}

/// The organisation a word between the article at `a` and the spokesperson noun at `n` names: a
/// capitalised word naming an organisation or armed group, or opening the name of one named before ("A
/// Houthi military spokesman"), else the lowercase word right before the noun as a business noun (the
/// business that spoke last: "A company spokeswoman") or as the head of an institution named before
/// ("An embassy spokesperson").
fn modifier_actor(
    text: &Text,
    ents: &Entities,
    a: usize,
    n: usize,
    sp: &Speakers,
) -> Option<usize> {
    let toks = &text.tokens;
    if n <= a + 1 {
        return None;
    }
    let before = toks[a].start;
    if let Some(i) = (a + 1..n)
        .filter(|&m| toks[m].is_capitalized())
        .find_map(|m| {
            named_org(ents, toks[m].start).or_else(|| org_opened_by(ents, &toks[m].text, before))
        })
    {
        return Some(i);
    }
    let head = &toks[n - 1];
    if head.is_capitalized() || head.kind != TokKind::Word {
        return None;
    }
    business_or_head(text, ents, head.lower(), before, sp)
}

/// The organisation a lowercase noun means: a business noun the business that spoke last (else an
/// organisation named with that head), any other noun the institution named before with that head.
fn business_or_head(
    text: &Text,
    ents: &Entities,
    head: &str,
    before: usize,
    sp: &Speakers,
) -> Option<usize> {
    if words().business_nouns.contains(head)
        && let Some(i) = sp
            .last_business
            .or_else(|| sole_business(text, ents, before))
    {
        return Some(i);
    }
    super::speakers::latest_with_head(text, ents, head, before)
}

/// The one business mentioned before character `before` when no business has spoken yet ("Halvard
/// Marine Assurance … will raise its premiums, two officials said. … A company spokeswoman said"): an
/// organisation [`is_business`] the lexicon does not know (it knows institutions and news outlets) and
/// no news outlet of the text (named after "told" or in brackets); `None` when there are none or several
/// (issue 9, session 18, set 49).
fn sole_business(text: &Text, ents: &Entities, before: usize) -> Option<usize> {
    let lex = crate::lexicon::lexicon();
    let outlet = |i: usize| {
        ents.list[i].mentions.iter().any(|&(s, _)| {
            let t = text.token_at_or_after(s);
            t > 0 && matches!(text.tokens[t - 1].lower(), "told" | "(")
        })
    };
    let mut found = ents.list.iter().enumerate().filter(|&(i, e)| {
        e.mentions.range(..(before, 0)).next().is_some()
            && is_business(ents, i)
            && lex.organization(&e.name).is_none()
            && !outlet(i)
    });
    let (i, _) = found.next()?;
    found.next().is_none().then_some(i)
}

/// The organisation or armed group whose mention covers character `at`.
fn named_org(ents: &Entities, at: usize) -> Option<usize> {
    ents.covering(at).map(|(_, _, i)| i).filter(|&i| {
        matches!(
            ents.list[i].kind,
            EntityType::Organization | EntityType::ArmedGroup
        )
    })
}

/// The organisation or armed group with a mention before character `before` whose name opens with the
/// word `word` followed by more words ("Houthi" for "Houthi movement"); the one mentioned last.
fn org_opened_by(ents: &Entities, word: &str, before: usize) -> Option<usize> {
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            matches!(e.kind, EntityType::Organization | EntityType::ArmedGroup)
                && e.name
                    .split_once(' ')
                    .is_some_and(|(first, _)| first == word)
        })
        .filter_map(|(i, e)| {
            e.mentions
                .range(..(before, 0))
                .next_back()
                .map(|m| (m.0, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// "NOUN for [the] [X's] NAME" after the spokesperson noun at token `n`: the organisation or state named
/// (after a state's possessive, the organisation: "for Egypt's Suez Canal Authority"), or with "the" and
/// one lowercase word what that word means ("for the company", "for the ministry"); with the token
/// after the phrase.
fn for_actor(text: &Text, ents: &Entities, n: usize, sp: &Speakers) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let sent = toks[n].sentence;
    let at = |m: usize| toks.get(m).filter(|t| t.sentence == sent);
    if at(n + 1)?.lower() != "for" {
        return None;
    }
    let mut first = n + 2;
    if at(first)?.lower() == "the" {
        first += 1;
        let w = at(first)?;
        if !w.is_capitalized() && w.kind == TokKind::Word && ents.covering(w.start).is_none() {
            let i = business_or_head(text, ents, w.lower(), toks[n].start, sp)?;
            return Some((i, first + 1));
        }
    }
    let (_, mut e, mut i) = ents.covering(at(first)?.start)?;
    let mut next = text.token_at_or_after(e);
    // "Egypt's Suez Canal Authority": the organisation after the state's possessive
    if ents.list[i].kind == EntityType::State
        && at(next).is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s"))
        && let Some((_, e2, i2)) = at(next + 1).and_then(|t| ents.covering(t.start))
    {
        (e, i) = (e2, i2);
        next = text.token_at_or_after(e);
    }
    matches!(
        ents.list[i].kind,
        EntityType::State | EntityType::Organization | EntityType::ArmedGroup
    )
    .then_some((i, next))
}
