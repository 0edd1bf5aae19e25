//! Date expressions, normalised against the publication date.
//!
//! Recognised: ISO dates (`2016-12-03`); month-day with an optional year (`December 3`, `Dec. 3, 2016`,
//! `September 9th`); day-month (`3 December 2016`); month-year (`March 2023`, month precision); bare years
//! after "in" (`in 2014`, year precision); weekdays (`on Wednesday`, `last Friday`, `next Monday`); and
//! relative days from `data/extract/relative_dates.tsv` (`yesterday`, `last night`, `tomorrow`); relative
//! periods from `data/extract/relative_periods.tsv` (`last week` → week precision, the Monday of that ISO
//! week; `earlier this month`, `last month` → month precision; `last year` → year precision); a month
//! without a day after a preposition or modifier (`in March`, `by December`, `last March`, `mid-December`,
//! `late November`; month precision); day ranges (`December 3-4` → the first day).
//!
//! Resolution: a date without a year takes the year that puts it closest to the publication date
//! ("September 9" in a December article is the past September; "January 10" in a late-December article is
//! next January). A bare weekday is the most recent such day on or before publication, unless a future cue
//! from `data/extract/future_cues.txt` precedes it in its sentence ("cannot begin Wednesday"), when it is the
//! next such day; "last"/"next" force the direction. Month names come from the lexicon
//! (`data/lexicon/calendar.tsv`) and must be capitalised; "May" needs a day or a year beside it.
//! Without a publication date only expressions with an explicit year resolve.

use crate::lexicon::lexicon;
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Precision of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePrecision {
    /// A day.
    Day,
    /// An ISO week (the date is its Monday).
    Week,
    /// A month (the date is its first day).
    Month,
    /// A year (the date is its first day).
    Year,
}

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Start character offset.
    pub start: usize,
    /// End character offset.
    pub end: usize,
    /// Surface text.
    pub text: String,
    /// Normalised date.
    pub date: NaiveDate,
    /// Precision.
    pub precision: DatePrecision,
}

use super::words::PeriodUnit as Unit;

struct Tables {
    relative: Vec<(Vec<String>, i64)>,
    periods: Vec<(Vec<String>, Unit, i64)>,
    future: HashSet<String>,
    month_leads: HashSet<String>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let w = super::words::words();
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
struct Tok {
    start: usize,
    end: usize,
    text: String,
    comma_after: bool,
    sentence_start: bool,
}

fn tokenize(text: &str) -> Vec<Tok> {
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

fn day_number(s: &str) -> Option<u32> {
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
fn day_range_first(s: &str) -> Option<u32> {
    let (a, b) = s.split_once('-')?;
    let (first, second) = (day_number(a)?, day_number(b)?);
    (first < second).then_some(first)
}

/// The first day of the period `offset` units away from the one holding `p`.
fn period_start(p: NaiveDate, unit: Unit, offset: i64) -> Option<NaiveDate> {
    match unit {
        Unit::Week => {
            let monday = p.checked_sub_signed(Duration::days(i64::from(
                p.weekday().num_days_from_monday(),
            )))?;
            monday.checked_add_signed(Duration::try_weeks(offset)?)
        }
        Unit::Month => {
            let m = i64::from(p.year()) * 12 + i64::from(p.month0()) + offset;
            let year = i32::try_from(m.div_euclid(12)).ok()?;
            NaiveDate::from_ymd_opt(year, u32::try_from(m.rem_euclid(12)).ok()? + 1, 1)
        }
        Unit::Year => {
            NaiveDate::from_ymd_opt(p.year().checked_add(i32::try_from(offset).ok()?)?, 1, 1)
        }
    }
}

/// The first day of a month named without a year: "last"/"past"/"previous" mean the latest such month
/// before the publication month, "next"/"coming" the first after it, "this" the publication year's;
/// otherwise the latest on or before the publication month, or the first on or after it when a future
/// cue precedes it.
fn resolve_month(
    month: u32,
    published: NaiveDate,
    modifier: &str,
    future_cue: bool,
) -> Option<NaiveDate> {
    let (y, pm) = (published.year(), published.month());
    let year = match modifier {
        "last" | "past" | "previous" => y - i32::from(month >= pm),
        "next" | "coming" => y + i32::from(month <= pm),
        "this" => y,
        _ if future_cue => y + i32::from(month < pm),
        _ => y - i32::from(month > pm),
    };
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// A full month name (not an abbreviation) standing alone: "March", "mid-December"; "May" is left out
/// (it needs a day or a year beside it).
fn lone_month(tok: &Tok) -> Option<u32> {
    let word = tok.text.strip_prefix("mid-").unwrap_or(&tok.text);
    if word.chars().count() < 4 || word.ends_with('.') || word == "Sept" {
        return None;
    }
    let m = lexicon().month(word)?;
    (word.chars().next()?.is_uppercase() && m != 5).then_some(m)
}

fn year_number(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

fn month_of(tok: &Tok) -> Option<u32> {
    let first = tok.text.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    lexicon().month(strip_possessive(&tok.text).0)
}

/// How far ahead (in days) a year-less date may be read as upcoming without a future cue.
const NEAR_FUTURE_DAYS: i64 = 90;

/// The year of a year-less `month`/`day`: the most recent such day on or before publication, unless the
/// next one is nearer and within [`NEAR_FUTURE_DAYS`], or a future cue precedes it in its sentence.
fn resolve_year(month: u32, day: u32, published: NaiveDate, future_cue: bool) -> Option<NaiveDate> {
    let candidates: Vec<NaiveDate> = [published.year() - 1, published.year(), published.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .collect();
    let past = candidates.iter().rev().find(|d| **d <= published).copied();
    let next = candidates.iter().find(|d| **d > published).copied();
    match (past, next) {
        (Some(p), Some(n)) => {
            let (dp, dn) = ((published - p).num_days(), (n - published).num_days());
            if future_cue || (dn <= NEAR_FUTURE_DAYS && dn < dp) {
                Some(n)
            } else {
                Some(p)
            }
        }
        (p, n) => p.or(n),
    }
}

/// Whether a future cue occurs in the sentence of token `i`, before it.
fn future_cue_before(toks: &[Tok], lower: &[String], i: usize) -> bool {
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
fn strip_possessive(s: &str) -> (&str, usize) {
    for suffix in ["'s", "’s"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            return (stem, 2);
        }
    }
    (s, 0)
}

fn iso(text: &str, start: usize) -> Option<(usize, NaiveDate)> {
    // `start` is a 4-digit year token; look for -MM-DD right after it.
    let rest: String = text.chars().skip(start).take(10).collect();
    if rest.len() == 10 && rest.as_bytes()[4] == b'-' && rest.as_bytes()[7] == b'-' {
        let d = NaiveDate::parse_from_str(&rest, "%Y-%m-%d").ok()?;
        return Some((start + 10, d));
    }
    None
}

/// Finds date expressions in `text`, resolved against `published` where needed, in text order.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    let toks = tokenize(text);
    let lex = lexicon();
    let tables = &*TABLES;
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    let lower: Vec<String> = toks.iter().map(|t| t.text.to_lowercase()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let next = toks.get(i + 1);
        let after = toks.get(i + 2);
        let mut push = |start: usize, end: usize, date: NaiveDate, precision: DatePrecision| {
            out.push(DateMention {
                start,
                end,
                text: slice(start, end),
                date,
                precision,
            });
        };
        // ISO 2016-12-03 (one token: the tokenizer keeps inner hyphens).
        if t.text.len() == 10
            && let Ok(d) = NaiveDate::parse_from_str(&t.text, "%Y-%m-%d")
        {
            push(t.start, t.end, d, DatePrecision::Day);
            i += 1;
            continue;
        }
        if year_number(&t.text).is_some()
            && let Some((end, d)) = iso(text, t.start)
        {
            push(t.start, end, d, DatePrecision::Day);
            while i < toks.len() && toks[i].start < end {
                i += 1;
            }
            continue;
        }
        // Month Day[, Year] | Month Year.
        if let Some(m) = month_of(t) {
            if let Some(n) = next
                && !t.comma_after
                && let Some(day) = day_number(&n.text).or_else(|| day_range_first(&n.text))
            {
                let year = after.and_then(|a| year_number(&a.text));
                let resolved = match year {
                    Some(y) => NaiveDate::from_ymd_opt(y, m, day),
                    None => published
                        .and_then(|p| resolve_year(m, day, p, future_cue_before(&toks, &lower, i))),
                };
                if let Some(d) = resolved {
                    let end = if year.is_some() {
                        after.map(|a| a.end)
                    } else {
                        None
                    }
                    .unwrap_or(n.end);
                    push(t.start, end, d, DatePrecision::Day);
                    i += if year.is_some() { 3 } else { 2 };
                    continue;
                }
            }
            if let Some(n) = next
                && !t.comma_after
                && let Some(y) = year_number(&n.text)
                && let Some(d) = NaiveDate::from_ymd_opt(y, m, 1)
            {
                push(t.start, n.end, d, DatePrecision::Month);
                i += 2;
                continue;
            }
        }
        // A month alone after a preposition or modifier: "in March", "last March", "mid-December".
        if let Some(m) = lone_month(t)
            && let Some(p) = published
            && (t.text.starts_with("mid-")
                || i > 0 && !t.sentence_start && tables.month_leads.contains(&lower[i - 1]))
        {
            let lead = if t.text.starts_with("mid-") || i == 0 {
                ""
            } else {
                lower[i - 1].as_str()
            };
            let in_surface = matches!(lead, "last" | "next" | "this" | "early" | "late" | "mid");
            if let Some(d) = resolve_month(m, p, lead, future_cue_before(&toks, &lower, i)) {
                let start = if in_surface {
                    toks[i - 1].start
                } else {
                    t.start
                };
                push(
                    start,
                    t.end - strip_possessive(&t.text).1,
                    d,
                    DatePrecision::Month,
                );
                i += 1;
                continue;
            }
        }
        // Day Month [Year].
        if let Some(day) = day_number(&t.text).or_else(|| day_range_first(&t.text))
            && let Some(n) = next
            && !t.comma_after
            && let Some(m) = month_of(n)
        {
            let year = after
                .filter(|_| !n.comma_after)
                .and_then(|a| year_number(&a.text));
            let resolved = match year {
                Some(y) => NaiveDate::from_ymd_opt(y, m, day),
                None => published
                    .and_then(|p| resolve_year(m, day, p, future_cue_before(&toks, &lower, i))),
            };
            if let Some(d) = resolved {
                let month_end = n.end - strip_possessive(&n.text).1;
                let end = if year.is_some() {
                    after.map(|a| a.end)
                } else {
                    None
                }
                .unwrap_or(month_end);
                push(t.start, end, d, DatePrecision::Day);
                i += if year.is_some() { 3 } else { 2 };
                continue;
            }
        }
        // "in 2014".
        if let Some(y) = year_number(&t.text)
            && i > 0
            && matches!(lower[i - 1].as_str(), "in" | "since" | "until" | "of")
            && let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1)
        {
            push(t.start, t.end, d, DatePrecision::Year);
            i += 1;
            continue;
        }
        let Some(p) = published else {
            i += 1;
            continue;
        };
        // Relative days.
        if let Some((words, days)) = tables.relative.iter().find(|(w, _)| {
            w.iter()
                .enumerate()
                .all(|(k, word)| lower.get(i + k).is_some_and(|l| l == word))
        }) {
            let last = &toks[i + words.len() - 1];
            // No date beyond the calendar's ends (a publication date at its very edge).
            if let Some(d) = p.checked_add_signed(Duration::days(*days)) {
                push(t.start, last.end, d, DatePrecision::Day);
            }
            i += words.len();
            continue;
        }
        // Relative periods: "last week", "earlier this month", "last year".
        if let Some((words, unit, offset)) = tables.periods.iter().find(|(w, _, _)| {
            w.iter()
                .enumerate()
                .all(|(k, word)| lower.get(i + k).is_some_and(|l| l == word))
        }) && let Some(d) = period_start(p, *unit, *offset)
        {
            let last = &toks[i + words.len() - 1];
            let precision = match unit {
                Unit::Week => DatePrecision::Week,
                Unit::Month => DatePrecision::Month,
                Unit::Year => DatePrecision::Year,
            };
            push(t.start, last.end, d, precision);
            i += words.len();
            continue;
        }
        // Weekdays, capitalised ("Sunday's" too); a weekday right before an explicit date ("Mon. Dec. 5")
        // leaves the day to that date.
        let (wd_text, dropped) = strip_possessive(&t.text);
        let before_date =
            next.is_some_and(|n| month_of(n).is_some() || day_number(&n.text).is_some());
        // a capitalised word before a weekday makes it part of a name ("Good Friday", "Bloody Sunday"),
        // unless it is a lead word ("On Friday", "Last Friday")
        let in_name = i > 0
            && !toks[i - 1].text.ends_with('.')
            && toks[i - 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !tables.month_leads.contains(&lower[i - 1])
            && !matches!(
                lower[i - 1].as_str(),
                "on" | "every" | "each" | "since" | "by"
            );
        if t.text.chars().next().is_some_and(char::is_uppercase)
            && !before_date
            && !in_name
            && let Some(wd) = lex.weekday(wd_text)
        {
            let pub_wd = p.weekday().number_from_monday();
            let prev = if i > 0 { lower[i - 1].as_str() } else { "" };
            let modifier = if toks[i].sentence_start { "" } else { prev };
            let future = match modifier {
                "next" | "coming" => true,
                "last" | "past" | "previous" => false,
                _ => future_cue_before(&toks, &lower, i),
            };
            let forced = matches!(modifier, "next" | "coming" | "last" | "past" | "previous");
            let start = if forced { toks[i - 1].start } else { t.start };
            let delta = if future {
                let d = (wd + 7 - pub_wd) % 7;
                if d == 0 { 7 } else { d }
            } else {
                let d = (pub_wd + 7 - wd) % 7;
                if d == 0 && forced { 7 } else { d }
            } as i64;
            let date = if future {
                p.checked_add_signed(Duration::days(delta))
            } else {
                p.checked_sub_signed(Duration::days(delta))
            };
            if let Some(date) = date {
                push(start, t.end - dropped, date, DatePrecision::Day);
            }
            i += 1;
            continue;
        }
        i += 1;
    }
    out
}
