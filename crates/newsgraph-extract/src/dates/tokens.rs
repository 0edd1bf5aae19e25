//! The words of date expressions: the document's words and numbers as the date rules read them, the tables of relative dates and
//! periods, future cues and month leads (`data/extract/`), and readers of days, months and years.

use super::Unit;
use crate::lexicon::lexicon;
use crate::text::{Text, TokKind, Token};
use chrono::NaiveDate;
use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The tables of `data/extract/` that date finding reads.
pub(super) struct Tables {
    pub(super) relative: Vec<(Vec<String>, i64)>,
    pub(super) periods: Vec<(Vec<String>, Unit, i64)>,
    pub(super) future: HashSet<String>,
    pub(super) month_leads: HashSet<String>,
    /// The first words of the relative dates and periods: no phrase of either table opens at any other word.
    pub(super) relative_first_words: HashSet<String>,
}

/// Relative dates and periods (longest phrases first), future cues and month leads.
pub(super) static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let w = crate::words::words();
    let mut relative = w.relative_dates.clone();
    relative.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let mut periods = w.relative_periods.clone();
    periods.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
    let future = w.future_cues.clone();
    let month_leads = w.month_leads.clone();
    let relative_first_words = relative
        .iter()
        .filter_map(|(words, _)| words.first())
        .chain(periods.iter().filter_map(|(words, _, _)| words.first()))
        .cloned()
        .collect();
    Tables {
        relative,
        periods,
        future,
        month_leads,
        relative_first_words,
    }
});

/// A word or number of the document with its character span, as the date rules read it: a possessive
/// `'s` stays on its word ("Sunday's"), `comma_after` says a comma follows before the next word, and
/// `sentence_start` that a sentence mark or a line break comes before it: `.`, `!` or `?` after the word
/// before (the period of "Mr." or "a.m." too, not that of a month or weekday abbreviation, "Dec."), or a
/// period inside the word itself ("U.S."). Marks are read as plainly as that, so that a date's sentence is
/// never longer than the text says; [`future_cue_before`] looks no further back. The text is the
/// document token's own (borrowed), copied only when a possessive joins it; `lower` is its lowercase form.
#[derive(Debug)]
pub(super) struct Tok<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: Cow<'a, str>,
    pub(super) lower: Cow<'a, str>,
    pub(super) comma_after: bool,
    pub(super) sentence_start: bool,
}

/// The words and numbers of the document's tokens (quotes and punctuation left out), with a possessive
/// `'s` joined to the word before it, whether a comma follows each, and whether each starts a sentence.
pub(super) fn words(text: &Text) -> Vec<Tok<'_>> {
    let mut toks: Vec<Tok<'_>> = Vec::new();
    let mut paragraph = None;
    let mut mark_before = true;
    for t in &text.tokens {
        match t.kind {
            TokKind::Word | TokKind::Number => {}
            TokKind::Punct | TokKind::Quote => {
                match t.text.as_str() {
                    "," => {
                        if let Some(last) = toks.last_mut() {
                            last.comma_after = true;
                        }
                    }
                    "." | "!" | "?" | "..." => mark_before = true,
                    _ => {}
                }
                continue;
            }
        }
        if let Some(last) = toks.last_mut()
            && is_possessive(t)
            && last.end == t.start
        {
            last.end = t.end;
            let joined = format!("{}{}", last.text, t.text);
            // the lowercase of the whole word (a context-dependent letter may read the suffix)
            last.lower = Cow::Owned(joined.to_lowercase());
            last.text = Cow::Owned(joined);
            continue;
        }
        let inner_period = t.text.trim_end_matches('.').contains('.');
        toks.push(Tok {
            start: t.start,
            end: t.end,
            text: Cow::Borrowed(t.text.as_str()),
            lower: Cow::Borrowed(t.lower()),
            comma_after: false,
            sentence_start: mark_before || inner_period || paragraph != Some(t.paragraph),
        });
        paragraph = Some(t.paragraph);
        mark_before = t.text.ends_with('.') && !is_calendar_abbreviation(&t.text);
    }
    toks
}

/// A month or weekday abbreviation with its period ("Dec.", "Mon."): the period is part of the date.
pub(super) fn is_calendar_abbreviation(word: &str) -> bool {
    let lex = lexicon();
    lex.month(word).is_some() || lex.weekday(word).is_some()
}

/// Whether a token is a possessive `'s` (the tokenizer splits it off its word).
fn is_possessive(t: &Token) -> bool {
    matches!(t.text.as_str(), "'s" | "'S" | "’s" | "’S")
}

/// A day of the month (1–31), with an optional ordinal suffix ("9th").
pub(super) fn day_number(s: &str) -> Option<u32> {
    let digits = s
        .strip_suffix("st")
        .or_else(|| s.strip_suffix("nd"))
        .or_else(|| s.strip_suffix("rd"))
        .or_else(|| s.strip_suffix("th"))
        .unwrap_or(s);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// The first day of a day range written as one token ("3-4" in "December 3-4").
pub(super) fn day_range_first(s: &str) -> Option<u32> {
    let (a, b) = s.split_once('-')?;
    let (first, second) = (day_number(a)?, day_number(b)?);
    (first < second).then_some(first)
}

/// A full month name (not an abbreviation) standing alone: "March", "mid-December"; "May" is left out
/// (it needs a day or a year beside it).
pub(super) fn lone_month(tok: &Tok<'_>) -> Option<u32> {
    let word = tok.text.strip_prefix("mid-").unwrap_or(&tok.text);
    if word.chars().count() < 4 || word.ends_with('.') || word == "Sept" {
        return None;
    }
    let m = lexicon().month(word)?;
    (word.chars().next()?.is_uppercase() && m != 5).then_some(m)
}

/// A four-digit year.
pub(super) fn year_number(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

/// The month a capitalised token names (full or abbreviated, "Dec.").
pub(super) fn month_of(tok: &Tok<'_>) -> Option<u32> {
    let first = tok.text.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    lexicon().month(strip_possessive(&tok.text).0)
}

/// Whether a future cue occurs in the sentence of token `i`, before it.
pub(super) fn future_cue_before(toks: &[Tok<'_>], i: usize) -> bool {
    let mut k = i;
    while k > 0 && !toks[k].sentence_start {
        k -= 1;
        if TABLES.future.contains(toks[k].lower.as_ref()) {
            return true;
        }
    }
    false
}

/// A token's text without a possessive `'s`, and the characters dropped.
pub(super) fn strip_possessive(s: &str) -> (&str, usize) {
    for suffix in ["'s", "’s"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            return (stem, 2);
        }
    }
    (s, 0)
}

/// An ISO date `YYYY-MM-DD` starting at character `start`: its end and the date.
pub(super) fn iso(chars: &[char], start: usize) -> Option<(usize, NaiveDate)> {
    // `start` is a 4-digit year token; look for -MM-DD right after it.
    let rest: String = chars.iter().skip(start).take(10).collect();
    if rest.len() == 10 && rest.as_bytes()[4] == b'-' && rest.as_bytes()[7] == b'-' {
        let d = NaiveDate::parse_from_str(&rest, "%Y-%m-%d").ok()?;
        return Some((start + 10, d));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a text as (text, comma after, sentence start).
    fn read(text: &str) -> Vec<(String, bool, bool)> {
        words(&Text::new(text))
            .into_iter()
            .map(|t| (t.text.into_owned(), t.comma_after, t.sentence_start))
            .collect()
    }

    #[test]
    fn words_keep_possessives_calendar_periods_and_commas() {
        let got = read("On Dec. 3, Sunday's \"talks\" (in Geneva) failed.");
        let want = [
            ("On", false, true),
            ("Dec.", false, false),
            ("3", true, false),
            ("Sunday's", false, false),
            ("talks", false, false),
            ("in", false, false),
            ("Geneva", false, false),
            ("failed", false, false),
        ];
        let want: Vec<(String, bool, bool)> = want
            .iter()
            .map(|(w, c, s)| (w.to_string(), *c, *s))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn periods_marks_and_line_breaks_start_sentences() {
        let starts: Vec<String> =
            read("At 4 a.m. local time Mr. Kerry and the U.S. team met! Then\nthey left")
                .into_iter()
                .filter(|(_, _, start)| *start)
                .map(|(w, _, _)| w)
                .collect();
        assert_eq!(
            starts,
            [
                "At", "a.m.", "local", "Kerry", "U.S.", "team", "Then", "they"
            ]
        );
    }
}
