//! Quoted spans: straight and typographic marks, quotes split over paragraphs, unclosed quotes that run
//! into their own attribution.

use crate::lexicon::lexicon;
use crate::text::Text;
use crate::words::words;

/// A quoted span: content offsets (without the marks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Offset of the opening mark.
    pub open: usize,
    /// Content start.
    pub start: usize,
    /// Content end (exclusive).
    pub end: usize,
    /// Offset just past the closing mark (or the paragraph end when unclosed).
    pub after: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
}

/// The quotes of an article with lookups that do not scan every quote for every token: quotes are found
/// in document order, so their opening marks and content starts are sorted, and a lookup is a binary search
/// (on a list that is not sorted, which `find_quotes` does not produce, every lookup scans as before).
/// Dereferences to the list.
pub struct Quotes {
    list: Vec<Quote>,
    sorted: bool,
    /// `max_after[i]`: the largest `after` of quotes `0..=i`.
    max_after: Vec<usize>,
    /// `max_end[i]`: the largest content `end` of quotes `0..=i`.
    max_end: Vec<usize>,
    /// The paragraph of each quote (of the first token at or after its opening mark).
    para: Vec<usize>,
}

impl std::ops::Deref for Quotes {
    type Target = [Quote];
    fn deref(&self) -> &[Quote] {
        &self.list
    }
}

impl Quotes {
    /// Indexes `list` (as [`find_quotes`] returns it) over `text`.
    pub fn new(text: &Text, list: Vec<Quote>) -> Self {
        let sorted = list
            .windows(2)
            .all(|w| w[0].open <= w[1].open && w[0].start <= w[1].start);
        let running_max = |f: fn(&Quote) -> usize| -> Vec<usize> {
            list.iter()
                .scan(0usize, |m, q| {
                    *m = (*m).max(f(q));
                    Some(*m)
                })
                .collect()
        };
        let max_after = running_max(|q| q.after);
        let max_end = running_max(|q| q.end);
        let toks = &text.tokens;
        let para = list
            .iter()
            .map(|q| {
                if toks.is_empty() {
                    0
                } else {
                    toks[text.token_at_or_after(q.open).min(toks.len() - 1)].paragraph
                }
            })
            .collect();
        Quotes {
            list,
            sorted,
            max_after,
            max_end,
            para,
        }
    }

    /// Whether `off` lies inside some quote, marks included (`open <= off < after`).
    pub(super) fn marks_cover(&self, off: usize) -> bool {
        if !self.sorted {
            return self.list.iter().any(|q| q.open <= off && off < q.after);
        }
        let n = self.list.partition_point(|q| q.open <= off);
        n > 0 && self.max_after[n - 1] > off
    }

    /// Whether `off` lies inside some quote's content (`start <= off < end`).
    pub(super) fn content_covers(&self, off: usize) -> bool {
        if !self.sorted {
            return self.list.iter().any(|q| q.start <= off && off < q.end);
        }
        let n = self.list.partition_point(|q| q.start <= off);
        n > 0 && self.max_end[n - 1] > off
    }

    /// The indices of the quotes whose content lies within `[cs, ce]`, in order.
    pub(super) fn within(&self, cs: usize, ce: usize) -> Vec<usize> {
        let range = if self.sorted {
            self.list.partition_point(|q| q.start < cs)
                ..self.list.partition_point(|q| q.start <= ce)
        } else {
            0..self.list.len()
        };
        range
            .filter(|qi| self.list[*qi].start >= cs && self.list[*qi].end <= ce)
            .collect()
    }

    /// The quotes (with their paragraph) that can be in paragraph `p`: those of that paragraph when the
    /// list is sorted (a quote's paragraph grows with its opening mark), else all.
    pub(super) fn in_paragraph(&self, p: usize) -> impl Iterator<Item = (&Quote, usize)> {
        let range = if self.sorted {
            self.para.partition_point(|x| *x < p)..self.para.partition_point(|x| *x <= p)
        } else {
            0..self.list.len()
        };
        range.map(|i| (&self.list[i], self.para[i]))
    }
}

/// An opening typographic mark.
fn is_opening(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}
/// A closing typographic mark.
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Finds the quoted spans of the text.
pub fn find_quotes(text: &Text) -> Vec<Quote> {
    let chars = &text.chars;
    let mut quotes = Vec::new();
    let paras = &text.paragraphs;
    // carried over from a paragraph that ended inside a quote with no reopening mark next
    let mut carry: Option<usize> = None;
    for (pi, &p) in paras.iter().enumerate() {
        let open = scan_paragraph(chars, p, carry.take(), &mut quotes);
        if let Some(o) = open {
            // unclosed at paragraph end: continues into the next paragraph unless that one reopens
            let next_reopens = paras.get(pi + 1).is_some_and(|np| {
                let c = chars[np.start];
                crate::text::is_quote_char(c)
            });
            let next_has_closer = paras.get(pi + 1).is_some_and(|np| {
                (np.start..np.end).any(|j| {
                    crate::text::is_quote_char(chars[j])
                        && j > np.start
                        && !chars[j - 1].is_whitespace()
                })
            });
            if !next_reopens && next_has_closer {
                carry = Some(o);
                // remember where the quote opened: encode as a pending quote starting at o
                quotes.push(Quote {
                    open: o,
                    start: o + 1,
                    end: o + 1,
                    after: o + 1,
                    closed: false,
                });
            } else if let Some(comma) = attribution_inside(chars, o + 1, p.end) {
                // An unbalanced quote that runs into its own attribution ("We will never agree, Lavrov
                // said …" with no closing mark) ends at the comma before the attribution.
                quotes.push(trimmed(chars, o, o + 1, comma + 1, comma + 1, true));
            } else {
                quotes.push(trimmed(chars, o, o + 1, p.end, p.end, false));
            }
        }
    }
    let mut out = merge_carried(quotes);
    out.retain(|q| q.end > q.start);
    out
}

/// The quotes of paragraph `p`, pushed to `quotes`: `carry` is the opening mark of a quote carried over
/// from the paragraph before. Returns the opening mark of a quote still open at the paragraph's end.
fn scan_paragraph(
    chars: &[char],
    p: crate::text::Segment,
    carry: Option<usize>,
    quotes: &mut Vec<Quote>,
) -> Option<usize> {
    let mut open: Option<usize> = carry.map(|o| o.min(p.start));
    let carried = open.is_some();
    for i in p.start..p.end {
        let c = chars[i];
        if !crate::text::is_quote_char(c) {
            continue;
        }
        let prev = if i > p.start {
            Some(chars[i - 1])
        } else {
            None
        };
        let next = chars.get(i + 1).copied();
        match open {
            None => {
                let opener = is_opening(c)
                    || (c == '"' && prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p)))
                    || (c == '”'
                        && prev.is_none_or(char::is_whitespace)
                        && next.is_some_and(char::is_alphanumeric));
                if opener {
                    open = Some(i);
                }
            }
            Some(o) => {
                let closer = is_closing(c)
                    || c == '"'
                    || (c == '“' && next.is_none_or(|n| n.is_whitespace() || ".,;:!?".contains(n)));
                if closer {
                    let start = if carried && o < p.start && quotes_start_is_carry(o, quotes) {
                        o
                    } else {
                        o + 1
                    };
                    quotes.push(trimmed(chars, o, start, i, i + 1, true));
                    open = None;
                } else if is_opening(c) {
                    // an opening mark inside an open quote: a new quote (the previous was unclosed)
                    quotes.push(trimmed(chars, o, o + 1, i, i, false));
                    open = Some(i);
                }
            }
        }
    }
    open
}

/// Merges each carried placeholder (an empty unclosed quote) with the quote that closes it.
fn merge_carried(quotes: Vec<Quote>) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    for q in quotes {
        if let Some(last) = out.last_mut()
            && last.start == last.end
            && !last.closed
            && q.open == last.open
        {
            *last = Quote {
                open: last.open,
                start: last.start,
                end: q.end,
                after: q.after,
                closed: q.closed,
            };
            continue;
        }
        out.push(q);
    }
    out
}

/// In an unclosed quote's span, the comma that an attribution follows: `, NAME said`, `, he said`,
/// `, said NAME`, `, Foreign Minister Dmytro Kuleba said` (a cue verb within the six words after the
/// comma, the first of them capitalised or a pronoun).
fn attribution_inside(chars: &[char], start: usize, end: usize) -> Option<usize> {
    let lex = lexicon();
    let pronouns = &words().pronouns;
    (start..end).filter(|&i| chars[i] == ',').find(|&i| {
        let rest: String = chars[i + 1..end].iter().take(80).collect();
        let ws: Vec<&str> = rest
            .split_whitespace()
            .take(7)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let Some(first) = ws.first() else {
            return false;
        };
        let subject_like = first.chars().next().is_some_and(char::is_uppercase)
            || pronouns.contains(&first.to_lowercase());
        subject_like && ws.iter().take(6).any(|w| lex.cue_verb(w).is_some())
    })
}

/// Whether the last quote is the placeholder of a quote carried over, opened at `o`.
fn quotes_start_is_carry(o: usize, quotes: &[Quote]) -> bool {
    quotes
        .last()
        .is_some_and(|q| q.open == o && q.start == q.end)
}

/// A quote with its content trimmed of whitespace.
fn trimmed(
    chars: &[char],
    open: usize,
    start: usize,
    end: usize,
    after: usize,
    closed: bool,
) -> Quote {
    let mut s = start;
    let mut e = end;
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    Quote {
        open,
        start: s,
        end: e,
        after,
        closed,
    }
}
