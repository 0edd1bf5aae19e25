//! Attribution and agreement vocabulary: cue verbs (`cue_verbs.tsv`), agreement triggers
//! (`agreements.tsv`) and status phrases (`agreement_status.tsv`).

use std::collections::HashMap;

use super::rows::{AgreementRow, CueVerbRow, StatusRow};
use super::{Lexicon, LexiconError, insert_unique, longest, lower_key, note_first, rows};
use crate::model::{AgreementKind, AgreementStatus};

/// A communication (attribution) verb.
#[derive(Debug, Clone, PartialEq)]
pub struct CueVerb {
    /// Lemma ("say", "point out").
    pub lemma: String,
    /// All listed forms, lowercase ("said", "says", "has said", ...).
    pub forms: Vec<String>,
    /// Semantic class ("say", "warn", "deny", ...).
    pub class: String,
    /// Whether it commonly takes a "that" clause (reported speech).
    pub takes_that_clause: bool,
}

/// A phrase that reports the status of an agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusPhrase {
    /// Lowercase words.
    pub words: Vec<String>,
    /// The status it signals.
    pub status: AgreementStatus,
    /// Notes on polarity and negation.
    pub polarity_note: String,
}

impl Lexicon {
    pub(super) fn parse_cue_verbs(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "cue_verbs.tsv";
        let mut lemmas = HashMap::new();
        for r in rows::<CueVerbRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            insert_unique(&mut lemmas, c.lemma.clone(), (), F, l)?;
            let forms: Vec<String> = c.forms.iter().map(|f| f.to_lowercase()).collect();
            if forms.is_empty() {
                return Err(LexiconError::new(F, l, "no forms"));
            }
            let idx = self.cue_verbs.len();
            for f in &forms {
                let words: Vec<&str> = f.split_whitespace().collect();
                self.max_cue_words = self.max_cue_words.max(words.len());
                if let Some(w0) = words.first() {
                    note_first(&mut self.cue_first, w0.to_string(), words.len());
                }
                insert_unique(&mut self.cue_forms, words.join(" "), idx, F, l)?;
            }
            self.cue_verbs.push(CueVerb {
                lemma: c.lemma,
                forms,
                class: c.class,
                takes_that_clause: c.takes_that_clause,
            });
        }
        Ok(())
    }

    pub(super) fn parse_agreements(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "agreements.tsv";
        for r in rows::<AgreementRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            let words: Vec<&str> = c.trigger.split_whitespace().collect();
            self.max_agreement_words = self.max_agreement_words.max(words.len());
            if !words.is_empty() {
                note_first(
                    &mut self.agreement_first,
                    lower_key(&words[..1]),
                    words.len(),
                );
            }
            insert_unique(&mut self.agreements, lower_key(&words), c.kind, F, l)?;
        }
        Ok(())
    }

    pub(super) fn parse_status(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "agreement_status.tsv";
        let mut seen = HashMap::new();
        for r in rows::<StatusRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            let words: Vec<String> = c.phrase.split_whitespace().map(str::to_lowercase).collect();
            insert_unique(&mut seen, words.join(" "), (), F, l)?;
            self.status_entries.push(StatusPhrase {
                words,
                status: c.status,
                polarity_note: c.polarity_note,
            });
        }
        self.status_entries.sort_by(|a, b| {
            b.words
                .len()
                .cmp(&a.words.len())
                .then(a.words.cmp(&b.words))
        });
        self.status_pairs = self
            .status_entries
            .iter()
            .map(|s| (s.words.clone(), s.status))
            .collect();
        for (i, (words, _)) in self.status_pairs.iter().enumerate() {
            if let Some(first) = words.first() {
                self.status_by_first
                    .entry(first.clone())
                    .or_default()
                    .push(i);
            }
        }
        Ok(())
    }

    /// All cue verbs.
    pub fn cue_verbs(&self) -> &[CueVerb] {
        &self.cue_verbs
    }

    /// The cue verb of a form ("said", "Says", "has said", "pointed out"); case-insensitive.
    pub fn cue_verb(&self, form: &str) -> Option<&CueVerb> {
        if super::plain_word(form) {
            return self.cue_forms.get(form).map(|&i| &self.cue_verbs[i]);
        }
        let words: Vec<&str> = form.split_whitespace().collect();
        self.cue_forms
            .get(&lower_key(&words))
            .map(|&i| &self.cue_verbs[i])
    }

    /// The longest cue-verb form starting at `words[0]` ("has said", "pointed out").
    pub fn longest_cue_verb(&self, words: &[&str]) -> Option<(usize, &CueVerb)> {
        longest(words, &self.cue_first, lower_key, |k| {
            self.cue_forms.get(k).map(|&i| &self.cue_verbs[i])
        })
    }

    /// The agreement kind of a trigger word or phrase ("ceasefire", "peace deal"); case-insensitive.
    pub fn agreement_trigger(&self, text: &str) -> Option<AgreementKind> {
        if super::plain_word(text) {
            return self.agreements.get(text).copied();
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        self.agreements.get(&lower_key(&words)).copied()
    }

    /// The longest agreement trigger starting at `words[0]`.
    pub fn longest_agreement_trigger(&self, words: &[&str]) -> Option<(usize, AgreementKind)> {
        longest(words, &self.agreement_first, lower_key, |k| {
            self.agreements.get(k).copied()
        })
    }

    /// Status phrases as (lowercase words, status), longest first.
    pub fn status_phrases(&self) -> &[(Vec<String>, AgreementStatus)] {
        &self.status_pairs
    }

    /// The indices into [`Self::status_phrases`] of the phrases whose first word is `word` (lowercase),
    /// ascending.
    pub fn status_phrases_opening_with(&self, word: &str) -> &[usize] {
        self.status_by_first.get(word).map_or(&[], Vec::as_slice)
    }

    /// Status phrases with their polarity notes, longest first.
    pub fn status_entries(&self) -> &[StatusPhrase] {
        &self.status_entries
    }
}
