//! Date expressions and their normalisation against the publication date (cases in
//! `tests/data/dates/cases.tsv`: published, sentence, expected first date's text, ISO date, precision).

use chrono::NaiveDate;
use newsgraph::extract::dates::{DateMention, DatePrecision};
use newsgraph::extract::text::Text;

#[test]
fn date_cases_from_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dates/cases.tsv");
    let text = std::fs::read_to_string(path).expect("cases.tsv");
    let mut failures = Vec::new();
    let mut n = 0;
    for (no, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        n += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        let published = NaiveDate::parse_from_str(cols[0], "%Y-%m-%d").expect("published");
        let found = find_dates(cols[1], Some(published));
        for d in &found {
            let slice: String = cols[1]
                .chars()
                .skip(d.start)
                .take(d.end - d.start)
                .collect();
            assert_eq!(
                slice,
                d.text,
                "line {}: offsets do not match the text",
                no + 1
            );
        }
        if cols[2] == "-" {
            if !found.is_empty() {
                failures.push(format!(
                    "line {}: {:?}: want no date, got {found:?}",
                    no + 1,
                    cols[1]
                ));
            }
            continue;
        }
        let want_precision = match cols[4] {
            "day" => DatePrecision::Day,
            "week" => DatePrecision::Week,
            "month" => DatePrecision::Month,
            "year" => DatePrecision::Year,
            other => panic!("line {}: bad precision {other}", no + 1),
        };
        let want_date = NaiveDate::parse_from_str(cols[3], "%Y-%m-%d").expect("date");
        match found.first() {
            Some(d)
                if d.text == cols[2] && d.date == want_date && d.precision == want_precision => {}
            other => failures.push(format!(
                "line {}: {:?}: want {:?} {} {:?}, got {other:?}",
                no + 1,
                cols[1],
                cols[2],
                cols[3],
                want_precision
            )),
        }
    }
    assert!(n >= 30, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn without_a_publication_date_only_explicit_years_resolve() {
    let found = find_dates(
        "On Monday and on December 3, 2016 and on May 4 the talks stalled.",
        None,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "December 3, 2016");
}

/// The dates of `text`, read off its tokens and sentences as the extractor does.
fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    newsgraph::extract::dates::find_dates(&Text::new(text), published)
}
