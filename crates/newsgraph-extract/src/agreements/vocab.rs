//! The word lists and tables of agreement finding (`data/extract/`): noun-phrase stop words and
//! determiners, weak triggers, status markers, party verbs, institutions' parents, negators.

use crate::model::AgreementStatus;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The lines of a word list, trimmed, without blanks and `#` comments.
fn list(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}
pub(super) static STOP: LazyLock<HashSet<String>> =
    LazyLock::new(|| list(include_str!("../../../../data/extract/np_stop_words.txt")));
pub(super) static DETS: LazyLock<HashSet<String>> =
    LazyLock::new(|| list(include_str!("../../../../data/extract/np_determiners.txt")));
pub(super) static WEAK: LazyLock<HashSet<String>> =
    LazyLock::new(|| list(include_str!("../../../../data/extract/weak_triggers.txt")));
pub(super) static DISTINCT: LazyLock<HashSet<String>> = LazyLock::new(|| {
    list(include_str!(
        "../../../../data/extract/distinct_modifiers.txt"
    ))
});
pub(super) static FUTURE: LazyLock<HashSet<String>> = LazyLock::new(|| {
    list(include_str!(
        "../../../../data/extract/status_future_markers.txt"
    ))
});
pub(super) static PARTY_VERBS: LazyLock<HashSet<String>> =
    LazyLock::new(|| list(include_str!("../../../../data/extract/party_verbs.txt")));

pub(super) static AGENT_PARTICIPLES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    list(include_str!(
        "../../../../data/extract/agent_participles.txt"
    ))
});

/// Verbs whose object's status they tell (`data/extract/status_object_verbs.tsv`).
pub(super) static OBJECT_VERBS: LazyLock<HashMap<String, AgreementStatus>> = LazyLock::new(|| {
    include_str!("../../../../data/extract/status_object_verbs.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (verb, status) = l.split_once('\t')?;
            let status = match status.trim() {
                "in-force" => AgreementStatus::InForce,
                "signed" => AgreementStatus::Signed,
                "reached" => AgreementStatus::Reached,
                "abandoned" => AgreementStatus::Abandoned,
                "violated" => AgreementStatus::Violated,
                "withdrawn" => AgreementStatus::Withdrawn,
                _ => return None,
            };
            Some((verb.trim().to_string(), status))
        })
        .collect()
});

pub(super) static ANAPHORIC: LazyLock<HashSet<String>> = LazyLock::new(|| {
    list(include_str!(
        "../../../../data/extract/anaphoric_determiners.txt"
    ))
});

pub(super) static ORG_PARENTS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    include_str!("../../../../data/extract/org_parents.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        .collect()
});

pub(super) static GOVERNMENT_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    list(include_str!(
        "../../../../data/extract/government_words.txt"
    ))
});

/// Negators of status phrases, from `data/extract/status_negators.txt`, with the status a negated
/// signed/reached/in-force phrase means after them (not formalized unless the file says otherwise).
pub(super) static NEGATORS: LazyLock<HashMap<String, AgreementStatus>> = LazyLock::new(|| {
    include_str!("../../../../data/extract/status_negators.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let word = cols.next().unwrap_or("").trim().to_string();
            let status = match cols.next().map(str::trim) {
                Some("negotiating") => AgreementStatus::Negotiating,
                Some("proposed") => AgreementStatus::Proposed,
                _ => AgreementStatus::NotFormalized,
            };
            (word, status)
        })
        .collect()
});
