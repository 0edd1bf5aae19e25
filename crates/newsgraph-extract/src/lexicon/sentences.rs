//! Sentence-level data: abbreviations (`abbreviations.tsv`), capitalised words that are never a name
//! (`capitalised_non_names.txt`) and month and weekday names (`calendar.tsv`).

use std::collections::HashMap;

use super::rows::{AbbreviationRow, CalendarKind, CalendarRow};
use super::{Lexicon, LexiconError, insert_unique, rows};
use crate::model::data;

impl Lexicon {
    pub(super) fn parse_abbreviations(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "abbreviations.tsv";
        for r in rows::<AbbreviationRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            insert_unique(
                &mut self.abbreviations,
                c.abbreviation,
                c.may_end_sentence,
                F,
                l,
            )?;
        }
        Ok(())
    }

    pub(super) fn parse_non_names(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "capitalised_non_names.txt";
        for r in data::read_list(F, text)? {
            if !self.non_names.insert(r.value.clone()) {
                return Err(LexiconError::new(
                    F,
                    r.line,
                    format!("duplicate entry {:?}", r.value),
                ));
            }
        }
        Ok(())
    }

    pub(super) fn parse_calendar(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "calendar.tsv";
        let mut seen = HashMap::new();
        for r in rows::<CalendarRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            let (map, max) = match c.kind {
                CalendarKind::Month => (&mut self.months, 12),
                CalendarKind::Weekday => (&mut self.weekdays, 7),
            };
            if !(1..=max).contains(&c.value) {
                return Err(LexiconError::new(
                    F,
                    l,
                    format!("value out of range 1..={max}"),
                ));
            }
            insert_unique(&mut seen, c.word.clone(), (), F, l)?;
            map.insert(c.word, c.value);
        }
        Ok(())
    }

    /// Whether a token (with its final period, "Gen.") is a known abbreviation.
    pub fn is_abbreviation(&self, token: &str) -> bool {
        self.abbreviations.contains_key(token)
    }

    /// Whether an abbreviation may also end a sentence ("etc.", "U.S." at a sentence end);
    /// `None` when the token is not an abbreviation.
    pub fn abbreviation_may_end_sentence(&self, token: &str) -> Option<bool> {
        self.abbreviations.get(token).copied()
    }

    /// The month number (1..=12) of a month name or abbreviation ("September", "Sept.", "Sep"),
    /// exact and case-sensitive.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.months.get(word).copied()
    }

    /// The ISO weekday number (Monday = 1 .. Sunday = 7) of a weekday name or abbreviation.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        self.weekdays.get(word).copied()
    }

    /// Whether a capitalised word is never an entity name on its own ("Monday", "However").
    pub fn is_non_name(&self, word: &str) -> bool {
        self.non_names.contains(word)
    }
}
