//! Acronyms written as words (issue 9, session 6): British style writes "Farc", "Nato", "Isis" where the
//! organisation list has "FARC", "NATO", "ISIS". After the lexicon pass, every organisation the article
//! names in full lends its all-caps aliases in that form: a later "Farc’s fighters" is a mention of the
//! Revolutionary Armed Forces of Colombia. Only organisations already found count, so a common word that
//! happens to spell an acronym ("Who", "Aid") is never taken unless the article names that organisation.

use super::entities::Entities;
use super::text::{Text, TokKind};
use crate::lexicon::lexicon;
use std::collections::HashMap;

/// Adds a mention for every word (capital + lowercase letters) that spells, in capitals, an all-caps
/// alias of an organisation already among `ents`; the tokens become `taken`. One pass over the tokens.
pub fn word_acronyms(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let lex = lexicon();
    // "Farc" → entity, for the organisations found so far
    let mut forms: HashMap<String, usize> = HashMap::new();
    for (i, e) in ents.list.iter().enumerate() {
        let Some(org) = lex.organization(&e.name) else {
            continue;
        };
        for a in &org.aliases {
            let letters = a.chars().count();
            if (3..=6).contains(&letters) && a.chars().all(|c| c.is_ascii_uppercase()) {
                let mut w = a.to_lowercase();
                w[..1].make_ascii_uppercase();
                forms.entry(w).or_insert(i);
            }
        }
    }
    if forms.is_empty() {
        return;
    }
    for (k, t) in text.tokens.iter().enumerate() {
        if taken[k] || t.kind != TokKind::Word {
            continue;
        }
        if let Some(&i) = forms.get(&t.text) {
            ents.mention(i, (t.start, t.end), &t.text);
            taken[k] = true;
        }
    }
}
