//! Text as `score.py` sees it: Python's `\w` and `\s`, name normalisation, tokens and token F1, Python's
//! rounding, `str` and `repr`.

use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

fn word_class() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^[\p{L}\p{N}_]$").expect("static regex"))
}

/// Python's `\w` for one character: `[\p{L}\p{N}_]`.
fn is_word(c: char) -> bool {
    let mut buf = [0u8; 4];
    word_class().is_match(c.encode_utf8(&mut buf))
}

/// Python's `str.isspace`: `White_Space` plus U+001C..U+001F.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// NFKC then full Unicode lowercase, like Python's `unicodedata.normalize("NFKC", s).lower()`.
fn nfkc_lower(s: &str) -> String {
    s.nfkc().collect::<String>().to_lowercase()
}

/// Normalises a name for matching (the `norm` of `score.py`): NFKC, lowercase, curly apostrophes made
/// straight, double quotes and guillemets removed, possessive `'s` removed, other punctuation but `-` made
/// a space, spaces squeezed and trimmed, a leading `the ` removed.
pub fn norm(s: &str) -> String {
    static PUNCT: OnceLock<Regex> = OnceLock::new();
    static SPACES: OnceLock<Regex> = OnceLock::new();
    let s = nfkc_lower(s).replace(['\u{2019}', '\u{2018}'], "'");
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”' | '«' | '»'))
        .collect();
    // 's\b
    let chars: Vec<char> = s.chars().collect();
    let mut kept = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\''
            && chars.get(i + 1) == Some(&'s')
            && chars.get(i + 2).is_none_or(|c| !is_word(*c))
        {
            i += 2;
            continue;
        }
        kept.push(chars[i]);
        i += 1;
    }
    let punct =
        PUNCT.get_or_init(|| Regex::new(r"[^\p{L}\p{N}_\s\x1c-\x1f-]").expect("static regex"));
    let s = punct.replace_all(&kept, " ");
    let spaces = SPACES.get_or_init(|| Regex::new(r"[\s\x1c-\x1f]+").expect("static regex"));
    let s = spaces.replace_all(&s, " ");
    let s = s.trim_matches(is_space);
    s.strip_prefix("the ").unwrap_or(s).to_string()
}

/// The `\w+` tokens of the NFKC-lowercased text.
pub fn tokens(s: &str) -> Vec<String> {
    static TOK: OnceLock<Regex> = OnceLock::new();
    let tok = TOK.get_or_init(|| Regex::new(r"[\p{L}\p{N}_]+").expect("static regex"));
    let s = nfkc_lower(s);
    tok.find_iter(&s).map(|m| m.as_str().to_string()).collect()
}

/// Token F1 between two texts (bag of [`tokens`]); 0 when either is empty.
pub fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in &ta {
        *counts.entry(t.as_str()).or_default() += 1;
    }
    let mut common = 0usize;
    for t in &tb {
        if let Some(c) = counts.get_mut(t.as_str())
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / ta.len() as f64;
    let r = common as f64 / tb.len() as f64;
    2.0 * p * r / (p + r)
}

/// Python's `round(x, 3)`: correctly rounded from the exact binary value, ties to even.
pub(crate) fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

/// The first `n` characters of a string (Python `s[:n]`).
pub(crate) fn head(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Python's `str(x)` for an optional string (`None` when absent).
pub(crate) fn py_str(s: Option<&str>) -> String {
    s.unwrap_or("None").to_string()
}

/// Python's `repr(x)` for an optional string.
pub(crate) fn py_repr(s: Option<&str>) -> String {
    let Some(s) = s else {
        return "None".to_string();
    };
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !py_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for the characters news text carries: controls, separators other than the
/// space, and the common format characters are not printable.
fn py_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || is_space(c)
        || matches!(c as u32, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e
            | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff
            | 0xfff9..=0xfffb | 0xd800..=0xdfff | 0xe000..=0xf8ff))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_matches_python_rules() {
        assert_eq!(norm("The United States"), "united states");
        assert_eq!(norm("Russia’s"), "russia");
        assert_eq!(norm("«Kerry's»  plan!"), "kerry plan");
        assert_eq!(norm("Al-Nusra"), "al-nusra");
        assert_eq!(norm("'s's"), "");
    }

    #[test]
    fn token_f1_counts_bags() {
        assert_eq!(token_f1("a b c", "a b c"), 1.0);
        assert_eq!(token_f1("", "a"), 0.0);
        assert!((token_f1("a a b", "a b b") - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn round3_ties_to_even() {
        assert_eq!(round3(0.0625), 0.062);
        assert_eq!(round3(2.0 / 3.0), 0.667);
    }
}
