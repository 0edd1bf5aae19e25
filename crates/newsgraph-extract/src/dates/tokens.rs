//! The words of date expressions: a tokenizer of words and numbers, the tables of relative dates and
//! periods, future cues and month leads (`data/extract/`), and readers of days, months and years.

use super::Unit;
use crate::lexicon::lexicon;
use chrono::NaiveDate;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The tables of `data/extract/` that date finding reads.
pub(super) struct Tables {
    pub(super) relative: Vec<(Vec<String>, i64)>,
    pub(super) periods: Vec<(Vec<String>, Unit, i64)>,
    pub(super) future: HashSet<String>,
    pub(super) month_leads: HashSet<String>,
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
    Tables {
        relative,
        periods,
        future,
        month_leads,
    }
});

/// A word or number with its character span; `sentence_break` marks a token after `.`, `!`, `?`, newline.
#[derive(Debug)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: String,
    pub(super) comma_after: bool,
    pub(super) sentence_start: bool,
}

/// The words and numbers of `text` with their character spans, whether a comma follows each, and whether
/// each starts a sentence.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut toks: Vec<Tok> = Vec::new();
    let mut i = 0;
    let mut sentence_start = true;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || ((chars[i] == '\'' || chars[i] == '’' || chars[i] == '-')
                        && i + 1 < chars.len()
                        && chars[i + 1].is_alphanumeric()))
            {
                i += 1;
            }
            // An abbreviation's period belongs to it when the word is a known month/weekday abbreviation.
            let mut end = i;
            if i < chars.len() && chars[i] == '.' {
                let with_dot: String = chars[start..=i].iter().collect();
                let lex = lexicon();
                if lex.month(&with_dot).is_some() || lex.weekday(&with_dot).is_some() {
                    end = i + 1;
                    i += 1;
                }
            }
            toks.push(Tok {
                start,
                end,
                text: chars[start..end].iter().collect(),
                comma_after: false,
                sentence_start,
            });
            sentence_start = false;
        } else {
            if c == ',' {
                if let Some(t) = toks.last_mut() {
                    t.comma_after = true;
                }
            } else if matches!(c, '.' | '!' | '?' | '\n' | '\r') {
                sentence_start = true;
            }
            i += 1;
        }
    }
    toks
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
pub(super) fn lone_month(tok: &Tok) -> Option<u32> {
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
pub(super) fn month_of(tok: &Tok) -> Option<u32> {
    let first = tok.text.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    lexicon().month(strip_possessive(&tok.text).0)
}

/// Whether a future cue occurs in the sentence of token `i`, before it.
pub(super) fn future_cue_before(toks: &[Tok], lower: &[String], i: usize) -> bool {
    let mut k = i;
    while k > 0 && !toks[k].sentence_start {
        k -= 1;
        if TABLES.future.contains(&lower[k]) {
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
pub(super) fn iso(text: &str, start: usize) -> Option<(usize, NaiveDate)> {
    // `start` is a 4-digit year token; look for -MM-DD right after it.
    let rest: String = text.chars().skip(start).take(10).collect();
    if rest.len() == 10 && rest.as_bytes()[4] == b'-' && rest.as_bytes()[7] == b'-' {
        let d = NaiveDate::parse_from_str(&rest, "%Y-%m-%d").ok()?;
        return Some((start + 10, d));
    }
    None
}
