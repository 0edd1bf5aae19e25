//! The lookup key of a name: lowercase, accents removed, punctuation dropped, a leading or inner "the"
//! ignored ("the United States", "U.S.", "Côte d'Ivoire" → "united states", "us", "cote divoire"); and the
//! keys a candidate is found under, the same for the in-memory index and the on-disk key table.

use super::Candidate;
use unicode_normalization::UnicodeNormalization;

/// The normalised lookup key of a label, alias or name.
pub fn key(s: &str) -> String {
    let folded: String = s
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == '-' || c == '/' { ' ' } else { c })
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect();
    folded
        .split_whitespace()
        .filter(|w| *w != "the")
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lookup keys of a candidate: its label's and aliases', deduplicated, never empty strings.
pub fn candidate_keys(c: &Candidate) -> Vec<String> {
    let mut keys: Vec<String> = std::iter::once(&c.label)
        .chain(&c.aliases)
        .map(|s| key(s))
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn keys() {
        assert_eq!(key("the United States"), "united states");
        assert_eq!(key("U.S."), "us");
        assert_eq!(key("Côte d’Ivoire"), "cote divoire");
        assert_eq!(
            key("Democratic Republic of the Congo"),
            key("Democratic Republic of Congo")
        );
        assert_eq!(key("Guinea-Bissau"), "guinea bissau");
    }
}
