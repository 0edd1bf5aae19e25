//! Phase C: collective actors named by lowercase group nouns ("the rebels", "the opposition"), up to
//! three words.

use super::Entities;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::{Text, TokKind};

/// Adds the group nouns among the tokens not `taken`, longest first, and marks their tokens taken.
pub(super) fn recognize(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let lex = lexicon();
    let toks = &text.tokens;
    let n = toks.len();
    let mut k = 0;
    while k < n {
        if taken[k] || toks[k].kind != TokKind::Word {
            k += 1;
            continue;
        }
        // a phrase's first word starts with its first token's text: skip tokens no group noun opens with
        // (ASCII only, where lowercasing goes letter by letter)
        if toks[k].text.is_ascii() && !lex.may_start_group_noun(&toks[k].text.to_ascii_lowercase())
        {
            k += 1;
            continue;
        }
        let mut done = false;
        for len in [3usize, 2, 1] {
            if k + len > n {
                continue;
            }
            let surface = text.slice(toks[k].start, toks[k + len - 1].end);
            if let Some(canon) = lex.group_noun(&surface.to_lowercase()) {
                let canon = canon.to_string();
                ents.add(
                    &format!("group:{canon}"),
                    EntityType::Group,
                    &canon,
                    (toks[k].start, toks[k + len - 1].end),
                    &surface,
                );
                for t in taken.iter_mut().skip(k).take(len) {
                    *t = true;
                }
                k += len;
                done = true;
                break;
            }
        }
        if !done {
            k += 1;
        }
    }
}
