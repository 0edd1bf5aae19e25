//! Anonymous sources named by any noun (issue 9, session 15, thirteenth invented set): "One sergeant,
//! who asked not to be named, said …", "A woman from X, who asked not to be named, said …". The nouns of
//! `anonymous_source_nouns.txt` ("official", "diplomat") make an anonymous source by themselves; any other
//! noun does when a parenthetical of its sentence keeps the source anonymous (`anonymity_phrases.txt`).
//! Reads the few tokens of the subject and its parenthetical.

use super::groups::group_named;
use crate::entities::Entities;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;

/// How many words may stand between the article and the noun ("a retired army sergeant").
const MAX_WORDS: usize = 4;

/// Whether a phrase of `anonymity_phrases.txt` ("be named", "anonymity") lies within tokens
/// `from..to`.
pub(super) fn has_anonymity_phrase(text: &Text, from: usize, to: usize) -> bool {
    let toks = &text.tokens;
    let to = to.min(toks.len());
    (from..to).any(|m| {
        words().anonymity_phrases.iter().any(|p| {
            m + p.len() <= to && p.iter().enumerate().all(|(x, w)| toks[m + x].lower() == w)
        })
    })
}

/// The noun of an anonymous source opened by "a"/"an"/"one" at token `a` whatever the noun, when the
/// subject (ending before token `j`) carries a parenthetical that keeps it anonymous, or a restrictive
/// "who" follows the noun ("A federal prosecutor who follows the case said"): the last of at
/// most [`MAX_WORDS`] words after the article, lowercase, right before a comma or a restrictive
/// modifier (`source_modifier_openers.txt`). `None` otherwise.
pub(super) fn anonymity_noun(text: &Text, a: usize, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if !words().source_determiners.contains(toks[a].lower()) {
        return None;
    }
    let w = words();
    let stop = (a + 1..(a + 2 + MAX_WORDS).min(j)).find(|&m| {
        toks[m].kind != TokKind::Word || w.source_modifier_openers.contains(toks[m].lower())
    })?;
    let n = stop - 1;
    let noun_ok = n > a && toks[n].kind == TokKind::Word && !toks[n].is_capitalized();
    let stop_ok = toks[stop].text == "," || toks[stop].kind == TokKind::Word;
    // a restrictive "who" right after the noun makes a person of any noun: "A federal prosecutor who
    // follows the case said …" (issue 9, session 17, attr2)
    let restrictive_who = toks[stop].lower() == "who";
    (noun_ok && stop_ok && (restrictive_who || has_anonymity_phrase(text, stop, j))).then_some(n)
}

/// "One of them said", "“…,” one of them said" (the subject ending before token `j`): a member of a group
/// named before, unnamed, as a collective named by the phrase (the set-9 and set-13 gold name it so); a
/// quantifier of `partitive_quantifiers.txt`, "of", "them", opening the clause. `None` otherwise ("One of
/// them, X, said" names a person).
pub(super) fn one_of_them(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 3
        || toks[j - 1].lower() != "them"
        || toks[j - 2].lower() != "of"
        || !words().partitive_quantifiers.contains(toks[j - 3].lower())
    {
        return None;
    }
    let q = j - 3;
    let opens = text.is_sentence_initial(q)
        || (q > 0
            && toks[q - 1].sentence == toks[q].sentence
            && (toks[q - 1].kind == TokKind::Quote || toks[q - 1].text == ","));
    if !opens {
        return None;
    }
    Some(
        state_of_antecedent(text, ents, q)
            .unwrap_or_else(|| group_named(text, ents, toks[q].start, toks[j - 1].end)),
    )
}

/// The state whose demonym stands right before the latest collective named before token `q` in its
/// sentence or the two before ("two Egyptian officials … One of them said": Egypt, as for "an Egyptian
/// official"); `None` when that collective names no state.
fn state_of_antecedent(text: &Text, ents: &Entities, q: usize) -> Option<usize> {
    let toks = &text.tokens;
    let first = text.sentences[toks[q].sentence.saturating_sub(2)].start;
    let (gs, _, _) = ents
        .within(first, toks[q].start)
        .into_iter()
        .rfind(|&(_, _, i)| ents.list[i].kind == EntityType::Group)?;
    let gt = text.token_at_or_after(gs);
    let d = toks.get(gt.checked_sub(1)?)?;
    let (_, de, s) = ents.covering(d.start)?;
    (de == d.end && ents.list[s].kind == EntityType::State).then_some(s)
}
