//! The word lists and tables of agreement finding (`data/extract/`): noun-phrase stop words and
//! determiners, weak triggers, status markers, party verbs, institutions' parents, negators.

use crate::model::AgreementStatus;
use crate::words::words;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

pub(super) static STOP: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().np_stop_words);
pub(super) static DETS: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().np_determiners);
pub(super) static WEAK: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().weak_triggers);
pub(super) static DISTINCT: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().distinct_modifiers);
pub(super) static FUTURE: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().status_future_markers);
pub(super) static CONDITIONAL: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().status_conditional_markers);
pub(super) static STANDING_VERBS: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().status_standing_verbs);
pub(super) static PARTY_VERBS: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().party_verbs);

pub(super) static AGENT_PARTICIPLES: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().agent_participles);

/// Verbs whose object's status they tell (`data/extract/status_object_verbs.tsv`).
pub(super) static OBJECT_VERBS: LazyLock<&HashMap<String, AgreementStatus>> =
    LazyLock::new(|| &words().status_object_verbs);

pub(super) static ANAPHORIC: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().anaphoric_determiners);

pub(super) static ORG_PARENTS: LazyLock<&HashMap<String, String>> =
    LazyLock::new(|| &words().org_parents);

/// Two-word party verbs, "verb particle" (`data/extract/party_phrasal_verbs.txt`).
pub(super) static PARTY_PHRASAL_VERBS: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().party_phrasal_verbs);

/// Modifiers of "government" that make it a region's (`data/extract/regional_government_modifiers.txt`).
pub(super) static REGIONAL_MODIFIERS: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().regional_government_modifiers);

/// Verbs of reacting to an agreement others made (`data/extract/reaction_verbs.txt`).
pub(super) static REACTION_VERBS: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().reaction_verbs);

pub(super) static GOVERNMENT_WORDS: LazyLock<&HashSet<String>> =
    LazyLock::new(|| &words().government_words);

/// Negators of status phrases, from `data/extract/status_negators.txt`, with the status a negated
/// signed/reached/in-force phrase means after them (not formalized unless the file says otherwise).
pub(super) static NEGATORS: LazyLock<&HashMap<String, AgreementStatus>> =
    LazyLock::new(|| &words().status_negators);
