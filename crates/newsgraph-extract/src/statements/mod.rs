//! Statements: direct quotes (straight and typographic marks, split and multi-paragraph quotes,
//! quote-only paragraphs continuing the last speaker), partial quotes and reported speech with a cue
//! verb, each attributed to a speaker (named actor, pronoun, relative "who", or role phrase).

//!
//! [`extract`] walks the cue verbs and the quotes ([`quotes`]) in document order: a cue ([`cues`]) outside
//! quotes gives reported speech ([`reported`]), a quote gives a direct or partial statement ([`direct`]),
//! both with a speaker ([`speakers`]); "according to X" statements follow, and nested partials go.

mod accusations;
mod anonymity;
mod armed_anaphors;
mod asides;
mod cues;
mod demonyms;
mod descriptors;
mod direct;
mod documents;
mod gender;
mod given_names;
mod governments;
mod groups;
mod inverted;
mod lead_sources;
mod led_subjects;
mod offices;
mod org_descriptors;
mod plural_pronouns;
mod plural_subjects;
mod quotes;
mod reported;
mod role_anaphors;
mod speakers;
mod spokespeople;

pub use quotes::{Quote, Quotes, find_quotes};

use crate::entities::Entities;
use crate::model::{EntityType, StatementKind};
use crate::text::{Text, TokKind};

/// Spans recorded one by one, asked whether any overlaps a range: a Fenwick tree of the largest end per
/// start offset (a prefix maximum), so a question costs O(log n) where a scan of every span so far made
/// statement extraction quadratic in the length of the article.
struct Spans {
    /// 1-based: `tree[i]` holds the largest end of a range of start offsets ending at `i - 1`.
    tree: Vec<usize>,
}

impl Spans {
    /// For spans of a text of `n` characters.
    fn new(n: usize) -> Self {
        Spans {
            tree: vec![0; n + 2],
        }
    }

    /// Records the span `[start, end)`.
    fn insert(&mut self, start: usize, end: usize) {
        let mut i = start + 1;
        while i < self.tree.len() {
            self.tree[i] = self.tree[i].max(end);
            i += i & i.wrapping_neg();
        }
    }

    /// Whether some recorded span `[a, b)` overlaps `[lo, hi)`: `a < hi` and `lo < b`.
    fn overlaps(&self, lo: usize, hi: usize) -> bool {
        let mut i = hi.min(self.tree.len() - 1);
        let mut max_end = 0;
        while i > 0 {
            max_end = max_end.max(self.tree[i]);
            i -= i & i.wrapping_neg();
        }
        max_end > lo
    }
}

/// A statement before ids are assigned.
#[derive(Debug, Clone)]
pub struct RawStatement {
    /// Kind.
    pub kind: StatementKind,
    /// Speaker entity index.
    pub speaker: Option<usize>,
    /// Cue.
    pub cue: Option<String>,
    /// Content span.
    pub start: usize,
    /// Content end.
    pub end: usize,
    /// Sentence index of the cue (for the date), or of the content.
    pub sentence: usize,
}

/// Speaker resolution state, in document order.
struct Speakers {
    last_person: Option<usize>,
    last_any: Option<usize>,
    /// The last business that spoke ("A company spokeswoman said" means it; issue 9, session 16, set 31).
    last_business: Option<usize>,
}

/// The words and numbers of the text between two offsets.
fn word_count(text: &Text, start: usize, end: usize) -> usize {
    let a = text.token_at_or_after(start);
    let b = text.token_at_or_after(end);
    text.tokens[a..b]
        .iter()
        .filter(|t| matches!(t.kind, TokKind::Word | TokKind::Number))
        .count()
}

/// Extracts all statements.
pub fn extract(text: &Text, ents: &mut Entities) -> Vec<RawStatement> {
    // "a trader who gave her name only as X said": X is a person before any speaker is looked for
    given_names::record(text, ents);
    let quotes = Quotes::new(text, find_quotes(text));
    let mut found = Found {
        sp: Speakers {
            last_person: None,
            last_any: None,
            last_business: None,
        },
        out: Vec::new(),
        used_quotes: vec![false; quotes.len()],
        covered: Spans::new(text.chars.len()),
        out_spans: Spans::new(text.chars.len()),
    };
    for ev in events(text, &quotes) {
        match ev {
            Event::Cue(k) => found.cue(text, ents, &quotes, k),
            Event::Quote(qi) => found.quote(text, ents, &quotes, qi),
        }
    }
    let mut out = found.out;
    reported::according_to(text, ents, &quotes, &mut out);
    out.sort_by_key(|s| (s.start, s.end));
    out.dedup_by_key(|s| (s.start, s.end));
    crate::nested::drop_nested_partials(&mut out);
    out
}

/// What [`extract`] meets in document order.
#[derive(Clone, Copy)]
enum Event {
    /// A cue verb outside quotes, at this token.
    Cue(usize),
    /// A quote, by index.
    Quote(usize),
}

/// The cue verbs outside quotes and the quotes, in document order (a cue before a quote at the same
/// offset).
fn events(text: &Text, quotes: &Quotes) -> Vec<Event> {
    let mut evs: Vec<(usize, Event)> = Vec::new();
    for (k, t) in text.tokens.iter().enumerate() {
        if !quotes.marks_cover(t.start) && cues::cue_at(text, k).is_some() {
            evs.push((t.start, Event::Cue(k)));
        }
    }
    for (qi, q) in quotes.iter().enumerate() {
        evs.push((q.open, Event::Quote(qi)));
    }
    evs.sort_by_key(|e| e.0);
    evs.into_iter().map(|(_, ev)| ev).collect()
}

/// The statements found so far, and what the next ones depend on.
struct Found {
    /// The last speakers.
    sp: Speakers,
    /// The statements.
    out: Vec<RawStatement>,
    /// The quotes already part of a statement.
    used_quotes: Vec<bool>,
    /// The contents of the reported clauses.
    covered: Spans,
    /// The spans of the statements.
    out_spans: Spans,
}

impl Found {
    /// Records `i` as the last speaker (and the last person, for a person).
    fn note(&mut self, ents: &Entities, i: Option<usize>) {
        if let Some(i) = i {
            self.sp.last_any = Some(i);
            if ents.list[i].kind == EntityType::Person {
                self.sp.last_person = Some(i);
            }
            if spokespeople::is_business(ents, i) {
                self.sp.last_business = Some(i);
            }
        }
    }

    /// The reported speech of the cue at token `k`, unless it attributes a quote beside it (handled
    /// with the quote), cannot report, or lies inside the content of an earlier reported clause.
    fn cue(&mut self, text: &Text, ents: &mut Entities, quotes: &Quotes, k: usize) {
        let toks = &text.tokens;
        // a cue that attributes an adjacent quote is handled with the quote
        if cues::cue_attributes_quote(text, k, quotes) || !cues::indirect_cue_at(text, k) {
            return;
        }
        // a cue inside the content of an earlier reported clause belongs to that content
        if self.covered.overlaps(toks[k].start, toks[k].start + 1) {
            return;
        }
        let Some(mut speaker) = speakers::subject_before(text, ents, k, &self.sp, quotes) else {
            // "…, said Shirin Aziz, a teacher in X." (issue 9, session 17, set 40)
            if let Some((i, cs, ce)) = inverted::inverted_attribution(text, ents, k, quotes)
                && !self.covered.overlaps(cs, ce)
                && !self.out_spans.overlaps(cs, ce)
            {
                self.clause(text, quotes, i, k, (cs, ce));
                self.note(ents, Some(i));
            }
            return;
        };
        let as_clause = reported::in_as_clause(text, ents, k);
        let mut clauses = if as_clause {
            Vec::new()
        } else {
            reported::reported_clauses(text, ents, k, quotes)
        };
        if clauses.is_empty()
            && !as_clause
            && let Some((cs, ce)) = reported::postposed_content(text, ents, k, quotes)
            && !self.covered.overlaps(cs, ce)
            && !self.out_spans.overlaps(cs, ce)
        {
            clauses.push((k, cs, ce));
        }
        // "The army, he said, would …": the sentence around a parenthetical attribution (issue 9,
        // session 13, third invented set)
        if clauses.is_empty()
            && !as_clause
            && let Some((cs, ce)) = reported::parenthetical_content(text, k, quotes)
            && !self.covered.overlaps(cs, ce)
            && !self.out_spans.overlaps(cs, ce)
        {
            clauses.push((k, cs, ce));
        }
        // "As X noted, …": the content after the comma (issue 9, session 12, second invented set)
        if as_clause
            && let Some((cs, ce)) = reported::as_clause_content(text, k, quotes)
            && !self.covered.overlaps(cs, ce)
            && !self.out_spans.overlaps(cs, ce)
        {
            speaker = reported::as_subject(text, ents, k).unwrap_or(speaker);
            clauses.push((k, cs, ce));
        }
        for (cue_k, cs, ce) in clauses {
            let ce = reported::relative_clause_end(text, cue_k, quotes, (cs, ce));
            let ce = accusations::before_charge_apposition(text, cue_k, (cs, ce));
            if word_count(text, cs, ce) >= 2 {
                self.clause(text, quotes, speaker, cue_k, (cs, ce));
            }
        }
        self.note(ents, Some(speaker));
    }

    /// One reported clause of `speaker` with the cue at token `cue_k`: an indirect statement, or the
    /// partial quotes inside it when they make most of it.
    fn clause(
        &mut self,
        text: &Text,
        quotes: &Quotes,
        speaker: usize,
        cue_k: usize,
        (cs, ce): (usize, usize),
    ) {
        let toks = &text.tokens;
        self.covered.insert(cs, ce);
        // a quote inside the clause: partial when it is most of the clause
        let inner: Vec<usize> = quotes.within(cs, ce);
        let qwords: usize = inner
            .iter()
            .map(|qi| word_count(text, quotes[*qi].start, quotes[*qi].end))
            .sum();
        let cwords = word_count(text, cs, ce);
        let cue = Some(toks[cue_k].text.clone());
        // an accusation names its object in the reporter's words: indirect, whatever it quotes
        if !inner.is_empty() && qwords * 2 >= cwords && !accusations::is_accusation(text, cue_k) {
            for qi in inner {
                self.used_quotes[qi] = true;
                self.out_spans.insert(quotes[qi].start, quotes[qi].end);
                self.out.push(RawStatement {
                    kind: StatementKind::Partial,
                    speaker: Some(speaker),
                    cue: cue.clone(),
                    start: quotes[qi].start,
                    end: quotes[qi].end,
                    sentence: toks[cue_k].sentence,
                });
            }
        } else {
            for qi in inner {
                self.used_quotes[qi] = true;
            }
            self.out_spans.insert(cs, ce);
            self.out.push(RawStatement {
                kind: StatementKind::Indirect,
                speaker: Some(speaker),
                cue,
                start: cs,
                end: ce,
                sentence: toks[cue_k].sentence,
            });
        }
    }

    /// The statement of quote `qi` (with the quote that continues it), unless a reported clause took it.
    fn quote(&mut self, text: &Text, ents: &mut Entities, quotes: &Quotes, qi: usize) {
        if self.used_quotes[qi] {
            return;
        }
        if let Some(mut st) = direct::quote_statement(text, ents, quotes, qi, &self.sp) {
            self.used_quotes[qi] = true;
            if let Some(next) = direct::continuation(text, quotes, qi, &st) {
                self.used_quotes[next] = true;
                st.end = quotes[next].end;
            }
            self.note(ents, st.speaker);
            self.out_spans.insert(st.start, st.end);
            self.out.push(st);
        }
    }
}
