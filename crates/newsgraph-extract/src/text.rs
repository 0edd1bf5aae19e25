//! Character-indexed text with tokens, paragraphs and sentences. All offsets are character offsets
//! (Unicode scalar values), as in the extraction contract.

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (with inner hyphens, apostrophes or periods of abbreviations).
    Word,
    /// Digits (with inner separators).
    Number,
    /// A quotation mark.
    Quote,
    /// Any other punctuation.
    Punct,
}

/// A token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Start character offset.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
    /// The token text.
    pub text: String,
    /// Kind.
    pub kind: TokKind,
    /// Index of the sentence the token belongs to.
    pub sentence: usize,
    /// Index of the paragraph the token belongs to.
    pub paragraph: usize,
    /// The text lowercased (`str::to_lowercase`), computed once; `None` when it is the text itself.
    lowered: Option<String>,
}

impl Token {
    /// Whether the token starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// Whether every letter is uppercase (and there are at least two).
    pub fn is_all_caps(&self) -> bool {
        let letters: Vec<char> = self.text.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    }
    /// Lowercase text (`str::to_lowercase` of [`Token::text`]).
    pub fn lower(&self) -> &str {
        self.lowered.as_deref().unwrap_or(&self.text)
    }
}

/// A span of sentences or paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Start character offset.
    pub start: usize,
    /// End character offset.
    pub end: usize,
    /// First token index.
    pub tok_start: usize,
    /// One past the last token index.
    pub tok_end: usize,
}

/// A tokenised, segmented document.
#[derive(Debug, Clone)]
pub struct Text {
    /// The characters.
    pub chars: Vec<char>,
    /// Tokens in order.
    pub tokens: Vec<Token>,
    /// Sentences.
    pub sentences: Vec<Segment>,
    /// Paragraphs (split at line breaks).
    pub paragraphs: Vec<Segment>,
}

/// Whether a character is a quotation mark we treat as a quote delimiter.
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// A straight or typographic apostrophe.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

impl Text {
    /// Tokenises and segments `text`.
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let tokens = tokenize(&chars);
        let mut t = Text {
            chars,
            tokens,
            sentences: Vec::new(),
            paragraphs: Vec::new(),
        };
        t.split_paragraphs();
        t.split_sentences();
        t
    }

    /// Paragraphs: split at line breaks, LF, CRLF or a lone CR (old Mac files), which a paragraph does
    /// not include, so that the three give the same paragraphs; sets each token's paragraph.
    fn split_paragraphs(&mut self) {
        let n = self.chars.len();
        let mut para_bounds = Vec::new();
        let mut s = 0;
        for (i, c) in self.chars.iter().enumerate() {
            if *c == '\n' || *c == '\r' {
                if i > s {
                    para_bounds.push((s, i));
                }
                s = i + 1;
            }
        }
        if n > s {
            para_bounds.push((s, n));
        }
        let mut ti = 0;
        for (ps, pe) in &para_bounds {
            let tok_start = ti;
            // A line without tokens (blank, spaces, a lone `\r` of CRLF text) makes no paragraph, so a
            // token's paragraph is the index of the next one pushed, not of the line.
            let pi = self.paragraphs.len();
            while ti < self.tokens.len() && self.tokens[ti].start < *pe {
                self.tokens[ti].paragraph = pi;
                ti += 1;
            }
            if ti > tok_start {
                self.paragraphs.push(Segment {
                    start: *ps,
                    end: *pe,
                    tok_start,
                    tok_end: ti,
                });
            }
        }
    }

    /// Sentences within paragraphs; sets each token's sentence.
    fn split_sentences(&mut self) {
        let paragraphs = self.paragraphs.clone();
        for p in &paragraphs {
            let mut sent_start = p.tok_start;
            let mut k = p.tok_start;
            while k < p.tok_end {
                if let Some(e) = self.sentence_end(p, k) {
                    self.push_sentence(sent_start, e);
                    sent_start = e;
                    k = e;
                    continue;
                }
                k += 1;
            }
            if sent_start < p.tok_end {
                self.push_sentence(sent_start, p.tok_end);
            }
        }
    }

    /// Whether token `k` of paragraph `p` ends a sentence (a final mark, or an abbreviation before a
    /// capitalised word) followed by a sentence start; the end (exclusive), closing quotes and brackets
    /// included.
    fn sentence_end(&self, p: &Segment, k: usize) -> Option<usize> {
        let tok = &self.tokens[k];
        let is_end_punct =
            tok.kind == TokKind::Punct && matches!(tok.text.as_str(), "." | "!" | "?");
        let abbrev_end = tok.kind == TokKind::Word
            && tok.text.ends_with('.')
            && tok.text.chars().filter(|c| *c == '.').count() >= 2
            && k + 1 < p.tok_end
            && self.tokens[k + 1].is_capitalized()
            && !self.tokens[k + 1].text.ends_with('.')
            && !is_initials(&tok.text);
        if !(is_end_punct || abbrev_end) {
            return None;
        }
        // absorb closing quotes and brackets
        let mut e = k + 1;
        while e < p.tok_end
            && (self.tokens[e].kind == TokKind::Quote && self.is_closing_quote(e)
                || matches!(self.tokens[e].text.as_str(), ")" | "]"))
        {
            e += 1;
        }
        let next_ok = e >= p.tok_end || {
            let nt = &self.tokens[e];
            nt.is_capitalized()
                || nt.kind == TokKind::Quote
                || nt.kind == TokKind::Number
                || nt.text == "["
        };
        next_ok.then_some(e)
    }

    /// Whether the quote token `k` closes a quote (a closing mark, or a straight one with no space before).
    fn is_closing_quote(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        match t.text.as_str() {
            "”" | "»" => true,
            "\"" => {
                // closing if no space before it
                t.start > 0 && !self.chars[t.start - 1].is_whitespace()
            }
            _ => false,
        }
    }

    /// Records the sentence of tokens `[a, b)`.
    fn push_sentence(&mut self, a: usize, b: usize) {
        let idx = self.sentences.len();
        for t in &mut self.tokens[a..b] {
            t.sentence = idx;
        }
        self.sentences.push(Segment {
            start: self.tokens[a].start,
            end: self.tokens[b - 1].end,
            tok_start: a,
            tok_end: b,
        });
    }

    /// The characters `[start, end)` as a string (empty when the range is empty or reversed).
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.chars.len());
        let start = start.min(end);
        self.chars[start..end].iter().collect()
    }

    /// Index of the first token starting at or after `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }

    /// Whether token `k` is the first word of its sentence (skipping opening quotes and brackets).
    pub fn is_sentence_initial(&self, k: usize) -> bool {
        let s = self.sentences[self.tokens[k].sentence];
        let mut j = s.tok_start;
        while j < k && matches!(self.tokens[j].kind, TokKind::Quote | TokKind::Punct) {
            j += 1;
        }
        j == k
    }
}

/// The tokens of a text: words (with inner hyphens and apostrophes, abbreviations, a possessive `'s` on
/// its own), numbers, quote marks and punctuation, with their character spans.
fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    let n = chars.len();
    while i < n {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            i = word_end(chars, start);
            kind = TokKind::Word;
        } else if c.is_ascii_digit() {
            i += 1;
            while i < n
                && (chars[i].is_alphanumeric()
                    || ((chars[i] == ',' || chars[i] == '.' || chars[i] == '-')
                        && i + 1 < n
                        && chars[i + 1].is_ascii_digit()))
            {
                i += 1;
            }
            kind = if chars[start..i]
                .iter()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-'))
            {
                TokKind::Number
            } else {
                TokKind::Word
            };
        } else if is_quote_char(c) {
            i += 1;
            kind = TokKind::Quote;
        } else if c == '.' && i + 2 < n && chars[i + 1] == '.' && chars[i + 2] == '.' {
            i += 3;
            kind = TokKind::Punct;
        } else if is_apostrophe(c)
            && i + 1 < n
            && (chars[i + 1] == 's' || chars[i + 1] == 'S')
            && (i + 2 >= n || !chars[i + 2].is_alphanumeric())
            && start > 0
            && chars[start - 1].is_alphanumeric()
        {
            i += 2;
            kind = TokKind::Word;
        } else {
            i += 1;
            kind = TokKind::Punct;
        }
        let text: String = chars[start..i].iter().collect();
        tokens.push(Token {
            start,
            end: i,
            lowered: lowered(&text),
            text,
            kind,
            sentence: 0,
            paragraph: 0,
        });
    }
    tokens
}

/// `str::to_lowercase` of a token's text, or `None` when that is the text itself (no letter changes).
fn lowered(text: &str) -> Option<String> {
    if text.is_ascii() && !text.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let l = text.to_lowercase();
    (l != text).then_some(l)
}

/// The end (exclusive) of the word starting with the letter at `start`: inner hyphens and apostrophes
/// before a letter (al-Nusra, there's, O'Brien; a possessive 's is left out), abbreviations with inner
/// periods (U.S., e.g.), and the trailing period of an abbreviation or initial.
fn word_end(chars: &[char], start: usize) -> usize {
    let n = chars.len();
    let mut i = start + 1;
    loop {
        while i < n && (chars[i].is_alphanumeric() || chars[i] == '\u{301}') {
            i += 1;
        }
        // inner hyphen or apostrophe followed by a letter (al-Nusra, there's, O'Brien)
        if i + 1 < n
            && (chars[i] == '-' || chars[i] == '‑' || is_apostrophe(chars[i]))
            && chars[i + 1].is_alphanumeric()
        {
            // split the possessive 's / ’s into its own token
            if is_apostrophe(chars[i])
                && (chars[i + 1] == 's' || chars[i + 1] == 'S')
                && (i + 2 >= n || !chars[i + 2].is_alphanumeric())
            {
                break;
            }
            i += 1;
            continue;
        }
        // abbreviation with inner periods: U.S. U.N. e.g.
        if i + 1 < n && chars[i] == '.' && chars[i + 1].is_alphabetic() && i - start <= 2 {
            let mut j = i + 1;
            while j < n && chars[j].is_alphabetic() {
                j += 1;
            }
            if j - (i + 1) <= 2 {
                i = j;
                continue;
            }
        }
        break;
    }
    // trailing period of an abbreviation or initial
    if i < n && chars[i] == '.' {
        let word: String = chars[start..i].iter().collect();
        let with_dot = format!("{word}.");
        let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if word.contains('.')
            || crate::lexicon::lexicon().is_abbreviation(&with_dot)
            || single_initial
        {
            i += 1;
        }
    }
    i
}

/// Whether `word` is a person's initials ("S.M.", "J.R.R."): single capital letters, each with its
/// period, and no abbreviation the lexicon knows ("U.S." may end a sentence; initials before a
/// capitalised word open a name: "S.M. Rahman said", issue 9, session 17, ent2).
fn is_initials(word: &str) -> bool {
    let Some(body) = word.strip_suffix('.') else {
        return false;
    };
    body.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
        && !crate::lexicon::lexicon().is_abbreviation(word)
}

/// `w` with its first letter upper-cased ("minister" → "Minister").
pub(crate) fn capitalise_first(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::Text;

    #[test]
    fn initials_before_a_name_do_not_end_the_sentence() {
        let t =
            Text::new("Analyst R.K. Voltan of the Meridel Institute said the talks would resume.");
        assert_eq!(t.sentences.len(), 1);
        let t = Text::new("J.R.T. Ambeko told reporters that the deal held.");
        assert_eq!(t.sentences.len(), 1);
    }

    #[test]
    fn known_abbreviations_still_end_a_sentence() {
        let t = Text::new("The envoy flew to the U.S. Talks resume on Monday.");
        assert_eq!(t.sentences.len(), 2);
        let t = Text::new("The strike ended. Workers returned on Monday.");
        assert_eq!(t.sentences.len(), 2);
    }
}
