//! Surnames that are also place names (issue 9, session 6).
//!
//! "President Juan Manuel Santos … Mr Santos said": a person's surname can be a city or region in the
//! gazetteer (Santos, Victoria, Jackson, Florence), and the lexicon pass would make every later "Santos"
//! a place and lose the person's statements. Before that pass, this module collects the surnames the
//! text itself marks as surnames: the last word of a name of two or more capitalised words after a title
//! ("President Juan Manuel Santos"), and the word after an honorific ("Mr Santos"). A one-word place
//! match on such a word is left to the name rules, which find the person — unless a locative preposition
//! stands before it ("in Santos", "near Victoria").
//!
//! A title may be written in lowercase ("Foreign Ministry spokesperson Gao Lifen"), and a two-word name
//! may put the family name first ("Gao Lifen … Gao said", where Gao is also a town in the gazetteer): the
//! first word of a two-word name after a title is marked too (issue 9, session 14, fifth invented set).

use super::text::{Text, TokKind};
use crate::lexicon::{TitleCategory, lexicon};
use std::collections::HashSet;

/// Longest name (in words) read after a title.
const MAX_NAME_WORDS: usize = 4;

/// The words the text marks as personal surnames (see the module documentation). One pass over the
/// tokens; each title lookup reads a bounded number of words.
pub fn marked_surnames(text: &Text) -> HashSet<String> {
    let lex = lexicon();
    let toks = &text.tokens;
    let n = toks.len();
    let mut out = HashSet::new();
    let mut k = 0;
    while k < n {
        if toks[k].kind != TokKind::Word
            || !(toks[k].is_capitalized() || lowercase_title_start(toks, k))
        {
            k += 1;
            continue;
        }
        // a lowercase title is read as one word ("spokesperson"), right before the name
        let span = if toks[k].is_capitalized() { 5 } else { 1 };
        let window: Vec<&str> = toks[k..(k + span).min(n)]
            .iter()
            .take_while(|t| t.sentence == toks[k].sentence)
            .map(|t| t.text.as_str())
            .collect();
        let Some((len, title)) = lex.longest_title(&window) else {
            k += 1;
            continue;
        };
        let start = k + len;
        let run = toks[start.min(n)..(start + MAX_NAME_WORDS).min(n)]
            .iter()
            .take_while(|t| {
                t.kind == TokKind::Word && t.is_capitalized() && t.sentence == toks[k].sentence
            })
            .count();
        let honorific = title.category == TitleCategory::Honorific;
        if run >= 2 || (honorific && run >= 1) {
            out.insert(toks[start + run - 1].text.clone());
        }
        // a family name written first ("spokesperson Gao Lifen")
        if run == 2 && !honorific {
            out.insert(toks[start].text.clone());
        }
        // a title with an "of" complement the lexicon does not know whole ("Deputy Assistant Secretary
        // of State Karen Holloway"): the name after the complement (issue 9, session 14, set 7)
        if let Some(e) = after_title_complement(toks, start + run, toks[k].sentence) {
            out.insert(toks[e - 1].text.clone());
        }
        k = start + run;
    }
    out
}

/// The end of a name of two or more capitalised words after an "of"/"for" complement of capitalised words
/// at token `at` ("of State Karen Holloway"), in sentence `sent`; `None` otherwise.
fn after_title_complement(toks: &[crate::text::Token], at: usize, sent: usize) -> Option<usize> {
    let cap = |m: usize| {
        toks.get(m)
            .is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized() && t.sentence == sent)
    };
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.text.as_str(), "of" | "for") && t.sentence == sent)
    {
        return None;
    }
    // the complement and the name are one capitalised run: whatever their split, a name of two words
    // or more ends it, so three words at least are needed
    let words = (at + 1..at + 3 + MAX_NAME_WORDS)
        .take_while(|&m| cap(m))
        .count();
    (words >= 3).then_some(at + 1 + words)
}

/// Whether the lowercase word at `k` may be a one-word title before a name: a capitalised word of its
/// sentence follows it directly (a cheap test before the title look-up, which most lowercase words skip).
fn lowercase_title_start(toks: &[crate::text::Token], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|t| {
        t.sentence == toks[k].sentence && t.kind == TokKind::Word && t.is_capitalized()
    })
}

/// Whether the one-word place match at token `k` should be left to the name rules: the word is a marked
/// surname and no locative preposition stands right before it.
pub fn is_surname_here(text: &Text, surnames: &HashSet<String>, k: usize) -> bool {
    let toks = &text.tokens;
    surnames.contains(&toks[k].text)
        && !(k > 0
            && super::words::words()
                .locative_prepositions
                .contains(toks[k - 1].lower()))
}
