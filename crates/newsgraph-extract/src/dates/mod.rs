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

mod resolve;
mod tokens;

use crate::lexicon::lexicon;
use crate::text::Text;
use crate::words::PeriodUnit as Unit;
use chrono::{Datelike, Duration, NaiveDate};
use resolve::{period_start, resolve_month, resolve_year};
use tokens::{
    TABLES, Tok, day_number, day_range_first, future_cue_before, is_calendar_abbreviation, iso,
    lone_month, month_of, strip_possessive, words, year_number,
};

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

/// Finds date expressions in the document's `text` (its tokens and sentences), resolved against
/// `published` where needed, in text order.
pub fn find_dates(text: &Text, published: Option<NaiveDate>) -> Vec<DateMention> {
    let cx = Scan {
        chars: &text.chars,
        toks: words(text),
        published,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        // the rules in order; the first that matches at token `i` decides
        let step = cx
            .iso_date(i)
            .or_else(|| cx.month_first(i))
            .or_else(|| cx.lone_month(i))
            .or_else(|| cx.day_first(i))
            .or_else(|| cx.bare_year(i))
            .or_else(|| cx.relative_days(i))
            .or_else(|| cx.relative_period(i))
            .or_else(|| cx.weekday(i));
        let Some(step) = step else {
            i += 1;
            continue;
        };
        if let Some((start, end, date, precision)) = step.found {
            out.push(DateMention {
                start,
                end,
                text: cx.chars[start..end].iter().collect(),
                date,
                precision,
            });
        }
        i = step.next;
    }
    out
}

/// A document's words for [`find_dates`].
struct Scan<'a> {
    chars: &'a [char],
    toks: Vec<Tok<'a>>,
    published: Option<NaiveDate>,
}

/// What a rule matched: the date found, if any (start, end, date, precision), and the next token to look
/// at.
struct Step {
    found: Option<(usize, usize, NaiveDate, DatePrecision)>,
    next: usize,
}

impl Step {
    /// A date from `start` to `end`, the scan going on at token `next`.
    fn date(
        start: usize,
        end: usize,
        date: NaiveDate,
        precision: DatePrecision,
        next: usize,
    ) -> Self {
        Step {
            found: Some((start, end, date, precision)),
            next,
        }
    }
}

impl Scan<'_> {
    /// ISO 2016-12-03 (one token: the tokenizer keeps a number's inner hyphens), or a year starting one.
    fn iso_date(&self, i: usize) -> Option<Step> {
        let t = &self.toks[i];
        if t.text.len() == 10
            && let Ok(d) = NaiveDate::parse_from_str(&t.text, "%Y-%m-%d")
        {
            return Some(Step::date(t.start, t.end, d, DatePrecision::Day, i + 1));
        }
        year_number(&t.text)?;
        let (end, d) = iso(self.chars, t.start)?;
        let mut next = i;
        while next < self.toks.len() && self.toks[next].start < end {
            next += 1;
        }
        Some(Step::date(t.start, end, d, DatePrecision::Day, next))
    }

    /// Month Day[, Year] | Month Year.
    fn month_first(&self, i: usize) -> Option<Step> {
        let t = &self.toks[i];
        let m = month_of(t)?;
        let n = self.toks.get(i + 1).filter(|_| !t.comma_after)?;
        let after = self.toks.get(i + 2);
        if let Some(day) = day_number(&n.text).or_else(|| day_range_first(&n.text)) {
            let year = after.and_then(|a| year_number(&a.text));
            if let Some(d) = self.resolve_day(year, m, day, i) {
                let end = year.and(after).map_or(n.end, |a| a.end);
                let next = i + if year.is_some() { 3 } else { 2 };
                return Some(Step::date(t.start, end, d, DatePrecision::Day, next));
            }
        }
        let y = year_number(&n.text)?;
        let d = NaiveDate::from_ymd_opt(y, m, 1)?;
        Some(Step::date(t.start, n.end, d, DatePrecision::Month, i + 2))
    }

    /// A month alone after a preposition or modifier: "in March", "last March", "mid-December".
    fn lone_month(&self, i: usize) -> Option<Step> {
        let toks = &self.toks;
        let t = &toks[i];
        let m = lone_month(t)?;
        let p = self.published?;
        if !(t.text.starts_with("mid-")
            || i > 0
                && !t.sentence_start
                && TABLES.month_leads.contains(toks[i - 1].lower.as_ref()))
        {
            return None;
        }
        let lead = if t.text.starts_with("mid-") || i == 0 {
            ""
        } else {
            toks[i - 1].lower.as_ref()
        };
        let in_surface = matches!(lead, "last" | "next" | "this" | "early" | "late" | "mid");
        let d = resolve_month(m, p, lead, future_cue_before(toks, i))?;
        let start = if in_surface {
            toks[i - 1].start
        } else {
            t.start
        };
        let end = t.end - strip_possessive(&t.text).1;
        Some(Step::date(start, end, d, DatePrecision::Month, i + 1))
    }

    /// Day Month [Year].
    fn day_first(&self, i: usize) -> Option<Step> {
        let t = &self.toks[i];
        let day = day_number(&t.text).or_else(|| day_range_first(&t.text))?;
        let n = self.toks.get(i + 1).filter(|_| !t.comma_after)?;
        let m = month_of(n)?;
        let after = self.toks.get(i + 2);
        let year = after
            .filter(|_| !n.comma_after)
            .and_then(|a| year_number(&a.text));
        let d = self.resolve_day(year, m, day, i)?;
        let month_end = n.end - strip_possessive(&n.text).1;
        let end = year.and(after).map_or(month_end, |a| a.end);
        let next = i + if year.is_some() { 3 } else { 2 };
        Some(Step::date(t.start, end, d, DatePrecision::Day, next))
    }

    /// The date of day `day` of month `m` in `year`, or, without a year, in the year the publication
    /// date gives it (a future cue before token `i` looks ahead).
    fn resolve_day(&self, year: Option<i32>, m: u32, day: u32, i: usize) -> Option<NaiveDate> {
        match year {
            Some(y) => NaiveDate::from_ymd_opt(y, m, day),
            None => self
                .published
                .and_then(|p| resolve_year(m, day, p, future_cue_before(&self.toks, i))),
        }
    }

    /// A year after "in", "since", "until", "of": "in 2014".
    fn bare_year(&self, i: usize) -> Option<Step> {
        let t = &self.toks[i];
        let y = year_number(&t.text)?;
        if !(i > 0
            && matches!(
                self.toks[i - 1].lower.as_ref(),
                "in" | "since" | "until" | "of"
            ))
        {
            return None;
        }
        let d = NaiveDate::from_ymd_opt(y, 1, 1)?;
        Some(Step::date(t.start, t.end, d, DatePrecision::Year, i + 1))
    }

    /// The words of a table phrase starting at token `i`.
    fn phrase_at(&self, i: usize, words: &[String]) -> bool {
        words.iter().enumerate().all(|(k, word)| {
            self.toks
                .get(i + k)
                .is_some_and(|t| t.lower == word.as_str())
        })
    }

    /// Relative days: "yesterday", "last night", "tomorrow".
    fn relative_days(&self, i: usize) -> Option<Step> {
        let p = self.published?;
        if !TABLES
            .relative_first_words
            .contains(self.toks[i].lower.as_ref())
        {
            return None;
        }
        let (words, days) = TABLES.relative.iter().find(|(w, _)| self.phrase_at(i, w))?;
        let last = &self.toks[i + words.len() - 1];
        // No date beyond the calendar's ends (a publication date at its very edge).
        let found = p
            .checked_add_signed(Duration::days(*days))
            .map(|d| (self.toks[i].start, last.end, d, DatePrecision::Day));
        Some(Step {
            found,
            next: i + words.len(),
        })
    }

    /// Relative periods: "last week", "earlier this month", "last year".
    fn relative_period(&self, i: usize) -> Option<Step> {
        let p = self.published?;
        if !TABLES
            .relative_first_words
            .contains(self.toks[i].lower.as_ref())
        {
            return None;
        }
        let (words, unit, offset) = TABLES
            .periods
            .iter()
            .find(|(w, _, _)| self.phrase_at(i, w))?;
        let d = period_start(p, *unit, *offset)?;
        let last = &self.toks[i + words.len() - 1];
        let precision = match unit {
            Unit::Week => DatePrecision::Week,
            Unit::Month => DatePrecision::Month,
            Unit::Year => DatePrecision::Year,
        };
        Some(Step::date(
            self.toks[i].start,
            last.end,
            d,
            precision,
            i + words.len(),
        ))
    }

    /// Weekdays, capitalised ("Sunday's" too); a weekday right before an explicit date ("Mon. Dec. 5")
    /// leaves the day to that date.
    fn weekday(&self, i: usize) -> Option<Step> {
        let p = self.published?;
        let toks = &self.toks;
        let t = &toks[i];
        let (wd_text, dropped) = strip_possessive(&t.text);
        let before_date = toks
            .get(i + 1)
            .is_some_and(|n| month_of(n).is_some() || day_number(&n.text).is_some());
        // a capitalised word before a weekday makes it part of a name ("Good Friday", "Bloody Sunday"),
        // unless it is a lead word ("On Friday", "Last Friday") or a month or weekday abbreviation
        let in_name = i > 0
            && !(toks[i - 1].text.ends_with('.') && is_calendar_abbreviation(&toks[i - 1].text))
            && toks[i - 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !TABLES.month_leads.contains(toks[i - 1].lower.as_ref())
            && !matches!(
                toks[i - 1].lower.as_ref(),
                "on" | "every" | "each" | "since" | "by"
            );
        if !t.text.chars().next().is_some_and(char::is_uppercase) || before_date || in_name {
            return None;
        }
        let wd = lexicon().weekday(wd_text)?;
        let pub_wd = p.weekday().number_from_monday();
        let prev = if i > 0 {
            toks[i - 1].lower.as_ref()
        } else {
            ""
        };
        let modifier = if toks[i].sentence_start { "" } else { prev };
        let future = match modifier {
            "next" | "coming" => true,
            "last" | "past" | "previous" => false,
            _ => future_cue_before(toks, i),
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
        Some(Step {
            found: date.map(|d| (start, t.end - dropped, d, DatePrecision::Day)),
            next: i + 1,
        })
    }
}
