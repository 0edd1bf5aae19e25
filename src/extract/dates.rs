//! Date expressions (temporary stub by the lead; the dates helper replaces this file).

use chrono::NaiveDate;

/// Precision of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePrecision {
    /// A day.
    Day,
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

/// Finds date expressions (stub: none).
pub fn find_dates(_text: &str, _published: Option<NaiveDate>) -> Vec<DateMention> {
    Vec::new()
}
