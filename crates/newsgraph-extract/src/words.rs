//! Closed-class word lists of the extractor, read from `data/extract/` (compiled in).

use std::collections::HashSet;
use std::sync::LazyLock;

/// The word lists.
#[derive(Debug)]
pub struct Words {
    /// Lowercase particles inside personal names.
    pub name_particles: HashSet<String>,
    /// Lowercase connectors inside organisation or place names.
    pub name_connectors: HashSet<String>,
    /// Head nouns of place names.
    pub location_heads: HashSet<String>,
    /// Prepositions that introduce a place.
    pub locative_prepositions: HashSet<String>,
    /// Direction adjectives.
    pub directions: HashSet<String>,
    /// Pronouns that can be speakers.
    pub pronouns: HashSet<String>,
    /// Auxiliaries and adverbs between a subject and its verb (single words).
    pub auxiliaries: HashSet<String>,
    /// Words after a capital that make it act as its government.
    pub metonymy_verbs: HashSet<String>,
    /// Lowercase nouns that make a preceding unknown name a place.
    pub location_nouns: HashSet<String>,
    /// Determiners after which a cue-verb form is a noun.
    pub noun_determiners: HashSet<String>,
    /// Words opening an adverbial clause.
    pub subordinators: HashSet<String>,
}

/// The entries of a word-list file: the first tab-separated column of each line, trimmed, without blank
/// lines and `#` comments.
pub(crate) fn list(text: &str) -> HashSet<String> {
    text.lines()
        .map(|l| l.split('\t').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

fn single_words(text: &str) -> HashSet<String> {
    list(text)
        .into_iter()
        .flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

static WORDS: LazyLock<Words> = LazyLock::new(|| Words {
    name_particles: list(include_str!("../../../data/extract/name_particles.txt")),
    name_connectors: list(include_str!("../../../data/extract/name_connectors.txt")),
    location_heads: list(include_str!("../../../data/extract/location_heads.txt")),
    locative_prepositions: list(include_str!(
        "../../../data/extract/locative_prepositions.txt"
    )),
    directions: list(include_str!("../../../data/extract/directions.txt")),
    pronouns: list(include_str!("../../../data/extract/pronouns.txt")),
    auxiliaries: single_words(include_str!("../../../data/extract/auxiliaries.txt")),
    metonymy_verbs: list(include_str!("../../../data/extract/metonymy_verbs.txt")),
    location_nouns: list(include_str!("../../../data/extract/location_nouns.txt")),
    noun_determiners: list(include_str!("../../../data/extract/noun_determiners.txt")),
    subordinators: list(include_str!("../../../data/extract/subordinators.txt")),
});

/// The word lists, loaded once.
pub fn words() -> &'static Words {
    &WORDS
}
