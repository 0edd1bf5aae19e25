//! Seats of government as speakers (issue 9, session 6): "the Kremlin said", "Downing Street said in a
//! statement", "according to the Pentagon". The lexicon's metonyms (`data/lexicon/metonyms.tsv`) name
//! the seats; one that speaks — a cue verb follows it, or "according to" stands before it — becomes an
//! `Organization` named by the seat without its article ("Kremlin"), as annotators name it, so that the
//! statement rules find a speaker. A seat used as a place ("at the White House") is left to the other
//! rules.

use super::entities::Entities;
use super::text::{Text, TokKind};
use crate::lexicon::lexicon;
use crate::model::EntityType;

/// Longest seat name, in words ("the Elysee Palace").
const MAX_WORDS: usize = 3;

/// Adds the seats of government that speak in the text (see the module documentation) and marks their
/// tokens `taken` (runs before the name rules, which would read "Downing Street" as a person). One pass
/// over the tokens, with a bounded lookup at each capitalised word.
pub fn recognize(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let lex = lexicon();
    let toks = &text.tokens;
    let n = toks.len();
    let mut k = 0;
    while k < n {
        if taken[k] || !toks[k].is_capitalized() || ents.covering(toks[k].start).is_some() {
            k += 1;
            continue;
        }
        // the longest seat name starting at k (all words in one sentence)
        let found = (1..=MAX_WORDS).rev().find(|&len| {
            k + len <= n
                && toks[k..k + len]
                    .iter()
                    .all(|t| t.kind == TokKind::Word && t.sentence == toks[k].sentence)
                && lex
                    .metonym(&text.slice(toks[k].start, toks[k + len - 1].end))
                    .is_some()
        });
        let Some(len) = found else {
            k += 1;
            continue;
        };
        let b = k + len;
        let cue_after = toks.get(b).is_some_and(|t| {
            t.sentence == toks[k].sentence
                && (lex.cue_verb(&t.text).is_some()
                    || toks
                        .get(b + 1)
                        .is_some_and(|u| lex.cue_verb(&format!("{} {}", t.text, u.text)).is_some()))
        });
        // "according to (the) Kremlin"
        let det = usize::from(k > 0 && toks[k - 1].lower() == "the");
        let according = k >= 2 + det
            && toks[k - 1 - det].lower() == "to"
            && toks[k - 2 - det].lower() == "according";
        if cue_after || according {
            let start = if det == 1 {
                toks[k - 1].start
            } else {
                toks[k].start
            };
            let name = text.slice(toks[k].start, toks[b - 1].end);
            let surface = text.slice(start, toks[b - 1].end);
            ents.add(
                &format!("org:{name}"),
                EntityType::Organization,
                &name,
                (start, toks[b - 1].end),
                &surface,
            );
            for t in taken.iter_mut().take(b).skip(k) {
                *t = true;
            }
        }
        k = b;
    }
}
