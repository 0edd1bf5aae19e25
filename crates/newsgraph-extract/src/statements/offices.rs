//! "Iraqi Prime Minister's office said", "The Ethiopian prime minister's office said" (issue 9, session
//! 15, thirteenth invented set): the office of a state's unnamed office-holder, named by a demonym and a
//! title of the lexicon, speaks as a collective named by that phrase (the set-11 and set-13 gold name
//! it so; an office named with a person, "Prime Minister X's office", is `groups::person_office`'s, and
//! one named with an organisation, "The ASEAN Secretary-General's office", is left to the organisation).
//! Reads the five tokens before the cue.

use super::groups::group_named;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::Text;

/// The most words a title may have here ("Deputy Prime Minister").
const MAX_TITLE_WORDS: usize = 3;

/// The collective "DEMONYM TITLE's office" ending before token `j` (the demonym a mention of a state,
/// also in the possessive, "Thailand's Prime Minister's office"; the title one of the lexicon, in any
/// case), or "the TITLE's office" with a lowercase title; `None` for any other subject.
pub(super) fn state_title_office(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 4 || toks[j - 1].lower() != "office" || !matches!(toks[j - 2].text.as_str(), "'s" | "’s")
    {
        return None;
    }
    let sent = toks[j - 1].sentence;
    let title_end = j - 2;
    (1..=MAX_TITLE_WORDS)
        .filter(|&n| title_end > n && toks[title_end - n - 1].sentence == sent)
        .find_map(|n| {
            let t0 = title_end - n;
            if !is_title(text, t0, title_end) {
                return None;
            }
            let d = &toks[t0 - 1];
            // "The prime minister's office said": a bare "the" before a lowercase title names the
            // office of the article's office-holder (issue 9, session 16)
            if d.lower() == "the" && !toks[t0].is_capitalized() {
                return executive_title(text, t0, title_end).then_some(toks[t0].start);
            }
            // "Thailand's Prime Minister's office": the state in the possessive (issue 9, session 16)
            let d = if matches!(d.text.as_str(), "'s" | "’s") && t0 >= 2 {
                &toks[t0 - 2]
            } else {
                d
            };
            let (ds, de, s) = ents.covering(d.start)?;
            (de == d.end && ents.list[s].kind == EntityType::State && d.is_capitalized())
                .then_some(ds)
        })
        .map(|ds| group_named(text, ents, ds, toks[j - 1].end))
}

/// Whether tokens `a..b` make a title of a head of state or government or a minister ("the prime
/// minister's office said"; "the ombudsman's office found" is no government's voice).
fn executive_title(text: &Text, a: usize, b: usize) -> bool {
    use crate::lexicon::TitleCategory::{HeadOfGovernment, HeadOfState, Minister};
    let capitalised: Vec<String> = text.tokens[a..b]
        .iter()
        .map(|t| crate::text::capitalise_first(&t.text))
        .collect();
    let capitalised: Vec<&str> = capitalised.iter().map(String::as_str).collect();
    crate::lexicon::lexicon()
        .longest_title(&capitalised)
        .is_some_and(|(len, t)| {
            len == b - a && matches!(t.category, HeadOfState | HeadOfGovernment | Minister)
        })
}

/// Whether tokens `a..b` make a whole title of the lexicon, as written or capitalised ("prime minister").
fn is_title(text: &Text, a: usize, b: usize) -> bool {
    let toks = &text.tokens;
    if toks[a..b]
        .iter()
        .any(|t| t.kind != crate::text::TokKind::Word)
    {
        return false;
    }
    let raw: Vec<&str> = toks[a..b].iter().map(|t| t.text.as_str()).collect();
    let capitalised: Vec<String> = raw
        .iter()
        .map(|w| crate::text::capitalise_first(w))
        .collect();
    let capitalised: Vec<&str> = capitalised.iter().map(String::as_str).collect();
    let lex = crate::lexicon::lexicon();
    [raw, capitalised]
        .iter()
        .any(|w| lex.longest_title(w).is_some_and(|(len, _)| len == b - a))
}
