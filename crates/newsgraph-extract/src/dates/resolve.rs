//! Dates written without a year or relative to the publication date, resolved against it.

use super::Unit;
use chrono::{Datelike, Duration, NaiveDate};

/// The first day of the period `offset` units away from the one holding `p`.
pub(super) fn period_start(p: NaiveDate, unit: Unit, offset: i64) -> Option<NaiveDate> {
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
pub(super) fn resolve_month(
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

/// How far ahead (in days) a year-less date may be read as upcoming without a future cue.
pub(super) const NEAR_FUTURE_DAYS: i64 = 90;

/// The year of a year-less `month`/`day`: the most recent such day on or before publication, unless the
/// next one is nearer and within [`NEAR_FUTURE_DAYS`], or a future cue precedes it in its sentence.
pub(super) fn resolve_year(
    month: u32,
    day: u32,
    published: NaiveDate,
    future_cue: bool,
) -> Option<NaiveDate> {
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
