//! Statements: direct quotes (straight and typographic marks, split and multi-paragraph quotes,
//! quote-only paragraphs continuing the last speaker), partial quotes and reported speech with a cue
//! verb, each attributed to a speaker (named actor, pronoun, relative "who", or role phrase).

use super::entities::Entities;
use super::text::{Text, TokKind};
use super::words::words;
use crate::lexicon::lexicon;
use crate::model::{EntityType, StatementKind};

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
    fn marks_cover(&self, off: usize) -> bool {
        if !self.sorted {
            return self.list.iter().any(|q| q.open <= off && off < q.after);
        }
        let n = self.list.partition_point(|q| q.open <= off);
        n > 0 && self.max_after[n - 1] > off
    }

    /// Whether `off` lies inside some quote's content (`start <= off < end`).
    fn content_covers(&self, off: usize) -> bool {
        if !self.sorted {
            return self.list.iter().any(|q| q.start <= off && off < q.end);
        }
        let n = self.list.partition_point(|q| q.start <= off);
        n > 0 && self.max_end[n - 1] > off
    }

    /// The indices of the quotes whose content lies within `[cs, ce]`, in order.
    fn within(&self, cs: usize, ce: usize) -> Vec<usize> {
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
    fn in_paragraph(&self, p: usize) -> impl Iterator<Item = (&Quote, usize)> {
        let range = if self.sorted {
            self.para.partition_point(|x| *x < p)..self.para.partition_point(|x| *x <= p)
        } else {
            0..self.list.len()
        };
        range.map(|i| (&self.list[i], self.para[i]))
    }
}

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

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Finds the quoted spans of the text.
pub fn find_quotes(text: &Text) -> Vec<Quote> {
    let chars = &text.chars;
    let mut quotes = Vec::new();
    let mut pi = 0;
    let paras = &text.paragraphs;
    // carried over from a paragraph that ended inside a quote with no reopening mark next
    let mut carry: Option<usize> = None;
    while pi < paras.len() {
        let p = paras[pi];
        let mut open: Option<usize> = carry.take().map(|o| o.min(p.start));
        let carried = open.is_some();
        let mut i = p.start;
        while i < p.end {
            let c = chars[i];
            if super::text::is_quote_char(c) {
                let prev = if i > p.start {
                    Some(chars[i - 1])
                } else {
                    None
                };
                let next = chars.get(i + 1).copied();
                match open {
                    None => {
                        let opener = is_opening(c)
                            || (c == '"'
                                && prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p)))
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
                            || (c == '“'
                                && next.is_none_or(|n| n.is_whitespace() || ".,;:!?".contains(n)));
                        if closer {
                            let start =
                                if carried && o < p.start && quotes_start_is_carry(o, &quotes) {
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
            i += 1;
        }
        if let Some(o) = open {
            // unclosed at paragraph end: continues into the next paragraph unless that one reopens
            let next_reopens = paras.get(pi + 1).is_some_and(|np| {
                let c = chars[np.start];
                super::text::is_quote_char(c)
            });
            let next_has_closer = paras.get(pi + 1).is_some_and(|np| {
                (np.start..np.end).any(|j| {
                    super::text::is_quote_char(chars[j])
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
        pi += 1;
    }
    // merge carried placeholders with the quote that closes them
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
    out.retain(|q| q.end > q.start);
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

fn quotes_start_is_carry(o: usize, quotes: &[Quote]) -> bool {
    quotes
        .last()
        .is_some_and(|q| q.open == o && q.start == q.end)
}

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

/// Speaker resolution state, in document order.
struct Speakers {
    last_person: Option<usize>,
    last_any: Option<usize>,
}

fn word_count(text: &Text, start: usize, end: usize) -> usize {
    let a = text.token_at_or_after(start);
    let b = text.token_at_or_after(end);
    text.tokens[a..b]
        .iter()
        .filter(|t| matches!(t.kind, TokKind::Word | TokKind::Number))
        .count()
}

/// Whether token `k` is a cue verb form; returns the number of tokens of the cue.
fn cue_at(text: &Text, k: usize) -> Option<usize> {
    let lex = lexicon();
    let t = &text.tokens[k];
    if t.kind != TokKind::Word {
        return None;
    }
    // "Secretary of State": a capitalised word is a verb only at the start of a sentence
    if t.is_capitalized() && !text.is_sentence_initial(k) {
        return None;
    }
    let lower = t.lower();
    let cv = lex.cue_verb(&lower)?;
    if !cue_class_ok(&cv.class) || cue_is_noun(text, k, cv.lemma == lower) {
        return None;
    }
    // "boasting of", "complained about": keep a following preposition out of the content
    Some(1)
}

/// Whether the cue-verb form at `k` is a noun: right after a determiner ("the report"), or, when it is
/// the bare form, after a determiner and one singular word ("the Serbian state": a singular subject would
/// take "states"). Determiners are in `data/extract/noun_determiners.txt`.
fn cue_is_noun(text: &Text, k: usize, bare: bool) -> bool {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    let is_det =
        |m: usize| toks[m].sentence == sent && words().noun_determiners.contains(&toks[m].lower());
    if k >= 1 && is_det(k - 1) {
        return true;
    }
    bare && k >= 2
        && is_det(k - 2)
        && toks[k - 1].kind == TokKind::Word
        && !toks[k - 1].lower().ends_with('s')
}

fn cue_class_ok(class: &str) -> bool {
    !class.is_empty()
}

static INDIRECT_EXCLUDED: std::sync::LazyLock<&std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| &words().indirect_cue_exclusions);

/// Whether the cue at `k` can introduce reported speech (not only attribute a quote).
fn indirect_cue_at(text: &Text, k: usize) -> bool {
    let t = &text.tokens[k];
    if t.kind != TokKind::Word {
        return false;
    }
    match lexicon().cue_verb(&t.lower()) {
        Some(cv) => cv.takes_that_clause && !INDIRECT_EXCLUDED.contains(&cv.lemma),
        None => false,
    }
}

/// Finds the speaker of a cue at token `k` by looking left within the sentence.
fn subject_before(
    text: &Text,
    ents: &mut Entities,
    k: usize,
    sp: &Speakers,
    quotes: &Quotes,
) -> Option<usize> {
    let w = words();
    let lex = lexicon();
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    let mut j = k;
    // skip auxiliaries/adverbs
    while j > 0 && toks[j - 1].sentence == sent && w.auxiliaries.contains(&toks[j - 1].lower()) {
        j -= 1;
    }
    if j == 0 || toks[j - 1].sentence != sent {
        return None;
    }
    let prev = &toks[j - 1];
    // a second verb of the same subject: "X called the deal historic and insisted …" takes the subject
    // of an earlier cue verb of the sentence, else the actor that opens the sentence
    if prev.lower() == "and" {
        return coordinated_subject(text, ents, j - 1, sp, quotes);
    }
    // pronouns
    if w.pronouns.contains(&prev.text) {
        // the last person who spoke, else the last person mentioned
        let before = prev.start;
        let last_mentioned = ents
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person)
            .filter_map(|(i, e)| {
                // the latest start among mentions ending by `before` (all start before it): walk back
                // from the mentions that start before it instead of over every mention of the article
                e.mentions
                    .range(..(before, 0))
                    .rev()
                    .find(|m| m.1 <= before)
                    .map(|m| (m.0, i))
            })
            .max();
        // a person just introduced as the only person of this or the previous sentence ("Minister X
        // spoke for an hour. “…,” he said.") is who the pronoun means (issue 9, session 6)
        if let Some(i) =
            super::pronouns::introduced_person(text, ents, last_mentioned, sent, before)
        {
            return Some(i);
        }
        let last_mentioned = last_mentioned.map(|(_, i)| i);
        return sp.last_person.or(last_mentioned).or(sp.last_any);
    }
    // relative "who": the actor right before ", who"
    if prev.lower() == "who" && j >= 2 && toks[j - 2].text == "," {
        if let Some((_, _, i)) = ents.covering(toks[j - 2].start.saturating_sub(1)) {
            return Some(i);
        }
    }
    // a named mention ending right here
    if let Some((_, _, i)) = ents.covering(prev.end - 1)
        && ents.is_actor(i)
    {
        return Some(i);
    }
    // a collective speaker: "officials said"; "U.S. officials said" speaks for the state named before it
    if let Some((gs, _, i)) = ents.covering(prev.end - 1)
        && ents.list[i].kind == EntityType::Group
    {
        let gt = text.token_at_or_after(gs);
        if gt > 0
            && toks[gt - 1].sentence == sent
            && let Some((_, _, st)) = ents.covering(toks[gt - 1].end.saturating_sub(1))
            && ents.list[st].kind == EntityType::State
        {
            return Some(st);
        }
        return Some(collective_speaker(text, ents, gt, i));
    }
    // "the ministry said", "the army says": the latest institution named with that head before
    if j >= 2 && matches!(toks[j - 2].lower().as_str(), "the" | "its") && prev.kind == TokKind::Word
    {
        let head = prev.lower();
        let before = toks[j - 2].start;
        let latest = ents
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, EntityType::Organization | EntityType::ArmedGroup))
            .filter(|(_, e)| {
                e.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.to_lowercase() == head)
            })
            .filter_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(|m| m.1 <= before)
                    .map(|m| m.0)
                    .max()
                    .map(|m| (m, i))
            })
            .max()
            .map(|(_, i)| i);
        if latest.is_some() {
            return latest;
        }
    }
    // a document that speaks for its author: "a State Department statement said"
    if SPEAKER_DOCUMENTS.contains(&prev.lower()) {
        let s0 = text.sentences[sent].tok_start;
        let author = (s0.max(j.saturating_sub(7))..j - 1)
            .rev()
            .take_while(|m| toks[*m].kind != TokKind::Quote && toks[*m].text != ",")
            .find_map(|m| {
                ents.covering(toks[m].end.saturating_sub(1))
                    .map(|(_, _, i)| i)
                    .filter(|i| ents.is_actor(*i))
            });
        if author.is_some() {
            return author;
        }
    }
    // a role phrase: "The prime minister", "the MILF leader"
    let mut a = j - 1;
    while a > 0 && toks[a - 1].sentence == sent && toks[a - 1].kind == TokKind::Word && a + 5 > j {
        a -= 1;
        if matches!(toks[a].lower().as_str(), "the" | "his" | "her" | "its") {
            break;
        }
    }
    if matches!(toks[a].lower().as_str(), "the" | "his" | "her") {
        let phrase: Vec<String> = toks[a + 1..j].iter().map(|t| t.text.clone()).collect();
        if let Some(i) = resolve_role_phrase(ents, text, &phrase, toks[a].start, toks[j - 1].end) {
            return Some(i);
        }
    }
    // an appositive between subject and verb: "Walcott, speaking at the ceremony, said",
    // "His counterpart, Therese Kayikwamba Wagner, highlighted"
    if prev.text == "," && j >= 2 {
        let actor_before = |ents: &Entities, off: usize| {
            ents.covering(off)
                .map(|(_, _, i)| i)
                .filter(|i| ents.is_actor(*i) && ents.list[*i].kind != EntityType::Group)
        };
        if let Some(i) = actor_before(ents, toks[j - 2].end.saturating_sub(1)) {
            return Some(i);
        }
        let s0 = text.sentences[sent].tok_start;
        if let Some(c) = (s0..j - 1).rev().find(|m| toks[*m].text == ",")
            && c > s0
            && let Some(i) = actor_before(ents, toks[c - 1].end.saturating_sub(1))
        {
            return Some(i);
        }
    }
    let _ = (lex, quotes);
    None
}

/// The collective speaker whose group noun starts at token `gt` (entity `group`): when capitalised
/// modifiers name whose collective it is ("White House officials", "Southeast Asian leaders", "Trump
/// administration officials"), that whole phrase is its own collective, else the group itself. The
/// phrase entity keeps the group's mention map untouched (the modifiers stay mentions of their own).
fn collective_speaker(text: &Text, ents: &mut Entities, gt: usize, group: usize) -> usize {
    let toks = &text.tokens;
    let sent = toks[gt].sentence;
    let mut a = gt;
    while a > 0
        && gt - a < 4
        && toks[a - 1].sentence == sent
        && toks[a - 1].kind == TokKind::Word
        && (toks[a - 1].is_capitalized() && !text.is_sentence_initial(a - 1)
            || (a >= 2 && toks[a - 2].is_capitalized() && toks[a - 1].lower() == "administration"))
    {
        a -= 1;
    }
    // a sentence-initial capitalised word that is no determiner opens the phrase too
    if a > 0
        && toks[a - 1].sentence == sent
        && toks[a - 1].kind == TokKind::Word
        && toks[a - 1].is_capitalized()
        && text.is_sentence_initial(a - 1)
        && !words().noun_determiners.contains(&toks[a - 1].lower())
        && !words().pronouns.contains(&toks[a - 1].text)
    {
        a -= 1;
    }
    if a == gt {
        return group;
    }
    let start = toks[a].start;
    let end = ents.list[group]
        .mentions
        .iter()
        .find(|m| m.0 == toks[gt].start)
        .map_or(toks[gt].end, |m| m.1);
    let name = text.slice(start, end);
    if let Some(i) = ents
        .list
        .iter()
        .position(|e| e.kind == EntityType::Group && e.name == name)
    {
        ents.list[i].mentions.insert((start, end));
        return i;
    }
    ents.list.push(super::entities::Ent {
        kind: EntityType::Group,
        name,
        aliases: Default::default(),
        roles: Vec::new(),
        affiliation: None,
        mentions: [(start, end)].into_iter().collect(),
        country: None,
        coords: None,
    });
    ents.list.len() - 1
}

/// The subject of a verb coordinated by the "and" at token `and`: the subject of the nearest earlier cue
/// verb outside quotes in the sentence, else an actor named within the sentence's first six tokens (the
/// sentence subject), when no comma or quote stands between it and the "and".
fn coordinated_subject(
    text: &Text,
    ents: &mut Entities,
    and: usize,
    sp: &Speakers,
    quotes: &Quotes,
) -> Option<usize> {
    let toks = &text.tokens;
    let seg = text.sentences[toks[and].sentence];
    if let Some(c) = (seg.tok_start..and)
        .rev()
        .find(|&m| !quotes.marks_cover(toks[m].start) && cue_at(text, m).is_some())
    {
        return subject_before(text, ents, c, sp, quotes);
    }
    if (seg.tok_start..and).any(|m| toks[m].text == "," || toks[m].kind == TokKind::Quote) {
        return None;
    }
    ents.within(toks[seg.tok_start].start, toks[and].start)
        .into_iter()
        .next()
        .filter(|(s, _, i)| {
            text.token_at_or_after(*s) < seg.tok_start + 6
                && ents.is_actor(*i)
                && ents.list[*i].kind != EntityType::Group
        })
        .map(|(_, _, i)| i)
}

/// "the prime minister" → the person with that role, else the latest person without a role;
/// "the MILF leader" → the person affiliated with MILF.
fn resolve_role_phrase(
    ents: &mut Entities,
    text: &Text,
    phrase: &[String],
    start: usize,
    end: usize,
) -> Option<usize> {
    let lex = lexicon();
    if phrase.is_empty() {
        return None;
    }
    let titled: Vec<String> = phrase
        .iter()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    // find a title at the end of the phrase
    for s in 0..phrase.len() {
        let tail: Vec<&str> = titled[s..].iter().map(String::as_str).collect();
        let tail_raw: Vec<&str> = phrase[s..].iter().map(String::as_str).collect();
        let m = lex
            .longest_title(&tail)
            .or_else(|| lex.longest_title(&tail_raw));
        if let Some((len, _)) = m
            && len == tail.len()
        {
            let role = tail.join(" ").to_lowercase();
            let modifier: String = phrase[..s].join(" ");
            let surface = text.slice(start, end);
            let found = if !modifier.is_empty() {
                ents.list.iter().position(|e| {
                    e.kind == EntityType::Person
                        && e.affiliation.is_some_and(|a| {
                            let ae = &ents.list[a];
                            ae.name == modifier || ae.aliases.contains(&modifier)
                        })
                })
            } else {
                ents.list
                    .iter()
                    .position(|e| {
                        e.kind == EntityType::Person
                            && e.roles.iter().any(|r| r.to_lowercase() == role)
                    })
                    .or_else(|| {
                        // the most recently mentioned person without a role
                        ents.list
                            .iter()
                            .enumerate()
                            .filter(|(_, e)| e.kind == EntityType::Person && e.roles.is_empty())
                            .filter_map(|(i, e)| {
                                e.mentions
                                    .iter()
                                    .filter(|m| m.0 < start)
                                    .map(|m| m.0)
                                    .max()
                                    .map(|m| (m, i))
                            })
                            .max()
                            .map(|(_, i)| i)
                    })
            };
            if let Some(i) = found {
                ents.list[i].aliases.insert(surface);
                ents.mention(i, (start, end), &text.slice(start, end));
            }
            return found;
        }
    }
    None
}

/// Extracts all statements.
pub fn extract(text: &Text, ents: &mut Entities) -> Vec<RawStatement> {
    let quotes = Quotes::new(text, find_quotes(text));
    let toks = &text.tokens;
    let mut sp = Speakers {
        last_person: None,
        last_any: None,
    };
    let mut out: Vec<RawStatement> = Vec::new();
    let mut used_quotes = vec![false; quotes.len()];
    // the contents of reported clauses so far, and the spans of the statements so far
    let mut covered = Spans::new(text.chars.len());
    let mut out_spans = Spans::new(text.chars.len());

    // Events in document order: cue verbs outside quotes, and quotes.
    #[derive(Clone, Copy)]
    enum Ev {
        Cue(usize),
        Quote(usize),
    }
    let mut evs: Vec<(usize, Ev)> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if !quotes.marks_cover(t.start) && cue_at(text, k).is_some() {
            evs.push((t.start, Ev::Cue(k)));
        }
    }
    for (qi, q) in quotes.iter().enumerate() {
        evs.push((q.open, Ev::Quote(qi)));
    }
    evs.sort_by_key(|e| e.0);

    let note = |sp: &mut Speakers, ents: &Entities, i: Option<usize>| {
        if let Some(i) = i {
            sp.last_any = Some(i);
            if ents.list[i].kind == EntityType::Person {
                sp.last_person = Some(i);
            }
        }
    };

    for (_, ev) in evs {
        match ev {
            Ev::Cue(k) => {
                // a cue that attributes an adjacent quote is handled with the quote
                if cue_attributes_quote(text, k, &quotes) || !indirect_cue_at(text, k) {
                    continue;
                }
                // a cue inside the content of an earlier reported clause belongs to that content
                if covered.overlaps(toks[k].start, toks[k].start + 1) {
                    continue;
                }
                let Some(speaker) = subject_before(text, ents, k, &sp, &quotes) else {
                    continue;
                };
                let mut clauses = reported_clauses(text, k, &quotes);
                if clauses.is_empty()
                    && let Some((cs, ce)) = postposed_content(text, k, &quotes)
                    && !covered.overlaps(cs, ce)
                    && !out_spans.overlaps(cs, ce)
                {
                    clauses.push((k, cs, ce));
                }
                for (cue_k, cs, ce) in clauses {
                    if word_count(text, cs, ce) < 2 {
                        continue;
                    }
                    covered.insert(cs, ce);
                    // a quote inside the clause: partial when it is most of the clause
                    let inner: Vec<usize> = quotes.within(cs, ce);
                    let qwords: usize = inner
                        .iter()
                        .map(|qi| word_count(text, quotes[*qi].start, quotes[*qi].end))
                        .sum();
                    let cwords = word_count(text, cs, ce);
                    let cue = Some(toks[cue_k].text.clone());
                    if !inner.is_empty() && qwords * 2 >= cwords {
                        for qi in inner {
                            used_quotes[qi] = true;
                            out_spans.insert(quotes[qi].start, quotes[qi].end);
                            out.push(RawStatement {
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
                            used_quotes[qi] = true;
                        }
                        out_spans.insert(cs, ce);
                        out.push(RawStatement {
                            kind: StatementKind::Indirect,
                            speaker: Some(speaker),
                            cue,
                            start: cs,
                            end: ce,
                            sentence: toks[cue_k].sentence,
                        });
                    }
                }
                note(&mut sp, ents, Some(speaker));
            }
            Ev::Quote(qi) => {
                if used_quotes[qi] {
                    continue;
                }
                let q = quotes[qi];
                if let Some(mut st) = quote_statement(text, ents, &quotes, qi, &sp) {
                    used_quotes[qi] = true;
                    if let Some(next) = continuation(text, &quotes, qi, &st) {
                        used_quotes[next] = true;
                        st.end = quotes[next].end;
                    }
                    note(&mut sp, ents, st.speaker);
                    out_spans.insert(st.start, st.end);
                    out.push(st);
                } else {
                    let _ = q;
                }
            }
        }
    }
    according_to(text, ents, &quotes, &mut out);
    out.sort_by_key(|s| (s.start, s.end));
    out.dedup_by_key(|s| (s.start, s.end));
    super::nested::drop_nested_partials(&mut out);
    out
}

/// Reported speech with "according to X": "According to a statement from X, the talks failed." (the
/// content follows the source and an apposition of it) and "The talks failed, according to X." (the
/// content precedes it). The source is the first actor named within ten words after "to" (a collective
/// such as "officials" when no actor is named); without one, nothing is reported. Content inside a quote
/// or overlapping a statement already found is left alone.
fn according_to(text: &Text, ents: &Entities, quotes: &[Quote], out: &mut Vec<RawStatement>) {
    let toks = &text.tokens;
    let in_quote = |off: usize| quotes.iter().any(|q| q.open <= off && off < q.after);
    for k in 0..toks.len().saturating_sub(1) {
        // "according" ending one sentence and "to" starting the next is no source phrase (it gave an
        // inverted span below, and a panic; found by fuzzing).
        if !toks[k].text.eq_ignore_ascii_case("according")
            || !toks[k + 1].text.eq_ignore_ascii_case("to")
            || toks[k + 1].sentence != toks[k].sentence
            || in_quote(toks[k].start)
        {
            continue;
        }
        let seg = text.sentences[toks[k].sentence];
        // the source phrase: up to the next comma or the sentence end
        let src_end = (k + 2..seg.tok_end)
            .take(12)
            .find(|m| toks[*m].text == "," || toks[*m].kind == TokKind::Quote)
            .unwrap_or(seg.tok_end);
        let mentioned: Vec<usize> = ents
            .within(toks[k + 1].end, toks[src_end - 1].end)
            .into_iter()
            .map(|(_, _, i)| i)
            .collect();
        let Some(speaker) = mentioned
            .iter()
            .copied()
            .find(|i| ents.is_actor(*i))
            .or_else(|| {
                mentioned
                    .iter()
                    .copied()
                    .find(|i| ents.list[*i].kind == EntityType::Group)
            })
        else {
            continue;
        };
        let (cs_tok, ce_tok) = if k == seg.tok_start {
            // "According to X, the chair, CONTENT."
            if src_end >= seg.tok_end || toks[src_end].text != "," {
                continue;
            }
            let mut c = src_end + 1;
            // an apposition of the source: a short phrase opened by a determiner, closed by a comma
            if c < seg.tok_end
                && matches!(toks[c].lower().as_str(), "the" | "a" | "an")
                && let Some(next) = (c..seg.tok_end).take(8).find(|m| toks[*m].text == ",")
            {
                c = next + 1;
            }
            let mut e = seg.tok_end;
            while e > c && toks[e - 1].kind == TokKind::Punct {
                e -= 1;
            }
            (c, e)
        } else if k > seg.tok_start && toks[k - 1].text == "," {
            // "CONTENT, according to X."
            (seg.tok_start, k - 1)
        } else {
            continue;
        };
        if cs_tok >= ce_tok || toks[cs_tok].kind == TokKind::Quote {
            continue;
        }
        let (cs, ce) = (toks[cs_tok].start, toks[ce_tok - 1].end);
        if word_count(text, cs, ce) < 4
            || in_quote(cs)
            || out.iter().any(|s| s.start < ce && cs < s.end)
        {
            continue;
        }
        out.push(RawStatement {
            kind: StatementKind::Indirect,
            speaker: Some(speaker),
            cue: Some("according to".to_string()),
            start: cs,
            end: ce,
            sentence: toks[k].sentence,
        });
    }
}

/// Reported speech before a postposed attribution, without "that" and without quotation marks:
/// "The leaders have agreed on a plan, EU envoy Jane Doe said on Saturday." The content runs from the
/// sentence start (after a dateline such as "OHRID (AP) –") to the comma before the subject; the subject
/// is at most ten words with no punctuation; nothing after the cue may be a clause ("that", a quote); the
/// content has at least four words and does not open with a subordinator
/// (`data/extract/subordinators.txt`).
fn postposed_content(text: &Text, k: usize, quotes: &Quotes) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    let w = words();
    let seg = text.sentences[toks[k].sentence];
    if toks[k + 1..seg.tok_end]
        .iter()
        .any(|t| t.kind == TokKind::Quote || t.lower() == "that")
    {
        return None;
    }
    // the subject between the comma and the cue
    let mut c = k;
    while c > seg.tok_start && w.auxiliaries.contains(&toks[c - 1].lower()) {
        c -= 1;
    }
    let comma = (seg.tok_start..c)
        .rev()
        .take(11)
        .find(|&m| toks[m].kind != TokKind::Word)?;
    if toks[comma].text != "," || comma + 1 >= c {
        return None;
    }
    // the content's first token: after a dateline ("BRUSSELS -", "OHRID, NORTH MACEDONIA (AP) –")
    let mut start = seg.tok_start;
    let first = &toks[start];
    if first.is_all_caps()
        && first.text.chars().count() > 1
        && text.tokens[start].start == text.paragraphs[first.paragraph].start
        && let Some(dash) = (start..comma.min(start + 12))
            .find(|&m| matches!(toks[m].text.as_str(), "–" | "—" | "-" | "--"))
    {
        start = dash + 1;
    }
    if start >= comma
        || toks[start].kind == TokKind::Quote
        || w.subordinators.contains(&toks[start].lower())
        || quotes.marks_cover(toks[start].start)
    {
        return None;
    }
    let (cs, ce) = (toks[start].start, toks[comma - 1].end);
    (word_count(text, cs, ce) >= 4).then_some((cs, ce))
}

/// Whether the cue at `k` belongs to the attribution of a quote right before or after it.
fn cue_attributes_quote(text: &Text, k: usize, quotes: &Quotes) -> bool {
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    // quote closing shortly before the cue in the same sentence: `," Lavrov said`
    for (q, q_para) in quotes.in_paragraph(toks[k].paragraph) {
        if q_para != toks[k].paragraph {
            continue;
        }
        if q.after <= toks[k].start {
            let between = text.token_at_or_after(q.after);
            if between <= k
                && k - between <= 8
                && toks[between..k].iter().all(|t| t.kind != TokKind::Quote)
            {
                let gap = text.slice(q.after, toks[k].start);
                if !gap.contains('.') || gap.trim_start().starts_with(',') || gap.trim().is_empty()
                {
                    // and nothing clause-like follows the cue
                    let next = toks.get(k + 1);
                    if next.is_none_or(|t| {
                        t.sentence != sent
                            || t.kind == TokKind::Punct
                            || !starts_clause(text, k + 1)
                    }) {
                        return true;
                    }
                }
            }
        }
        // cue followed by ':' or ',' and an opening quote: `told the Commons: “`
        if q.open > toks[k].end {
            let gap = text.slice(toks[k].end, q.open);
            if gap.chars().count() <= 24
                && (gap.trim_end().ends_with(':')
                    || gap.trim_end().ends_with(',')
                    || gap.trim().is_empty())
                && !gap.contains('.')
            {
                return true;
            }
        }
    }
    false
}

/// Whether the tokens from `k` on look like the start of a reported clause (not an adverbial).
fn starts_clause(text: &Text, k: usize) -> bool {
    let Some(t) = text.tokens.get(k) else {
        return false;
    };
    let l = t.lower();
    // "announced Thursday at a press conference": a bare weekday before an adverbial
    if lexicon().weekday(&t.text).is_some() {
        return text
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.sentence == t.sentence)
            && starts_clause(text, k + 1);
    }
    !matches!(
        l.as_str(),
        "on" | "in"
            | "at"
            | "after"
            | "before"
            | "during"
            | "late"
            | "earlier"
            | "later"
            | "while"
            | "when"
            | "as"
            | ","
            | "."
    )
}

static SPEAKER_DOCUMENTS: std::sync::LazyLock<&std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| &words().speaker_documents);

static ADDRESSEE_VERBS: std::sync::LazyLock<&std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| &words().addressee_verbs);

/// Whether the cue at `k` takes its addressee as first object (`data/extract/addressee_verbs.txt`).
fn addressee_cue(text: &Text, k: usize) -> bool {
    lexicon()
        .cue_verb(&text.tokens[k].lower())
        .is_some_and(|cv| ADDRESSEE_VERBS.contains(&cv.lemma))
}

/// The reported clauses governed by the cue at `k`: (cue token, content start, content end).
fn reported_clauses(text: &Text, k: usize, quotes: &Quotes) -> Vec<(usize, usize, usize)> {
    let toks = &text.tokens;
    let lex = lexicon();
    let w = words();
    let sent = toks[k].sentence;
    let s_end_tok = text.sentences[sent].tok_end;
    let mut out = Vec::new();
    let mut cue_k = k;
    let mut j = k + 1;
    loop {
        // skip an object and "that": within 6 tokens
        let mut start_tok = j;
        let mut introduced_by_that = false;
        let window = j..(j + 7).min(s_end_tok);
        for (m, tok) in toks[window.clone()]
            .iter()
            .enumerate()
            .map(|(o, t)| (window.start + o, t))
        {
            if tok.lower() == "that" && tok.kind == TokKind::Word {
                // "said the talks were intense and that …": this "that" opens a second clause; the
                // first starts right after the cue
                if m > j + 1 && matches!(toks[m - 1].lower().as_str(), "and" | "but") {
                    break;
                }
                // only when what precedes is short (an object, a date)
                start_tok = m + 1;
                introduced_by_that = true;
                break;
            }
            if tok.kind == TokKind::Quote || tok.text == "," && m > j {
                break;
            }
        }
        // "told reporters in Istanbul on Tuesday": without "that", the object is the audience
        if !introduced_by_that && addressee_cue(text, cue_k) {
            break;
        }
        if !introduced_by_that {
            // skip a date phrase: "on Monday evening", "on Thursday"
            let mut m = j;
            if m < s_end_tok && toks[m].lower() == "on" {
                m += 1;
                while m < s_end_tok
                    && (toks[m].is_capitalized()
                        || matches!(
                            toks[m].lower().as_str(),
                            "evening" | "morning" | "night" | "afternoon"
                        ))
                {
                    m += 1;
                }
                if m > j + 1 {
                    start_tok = m;
                }
            }
        }
        if start_tok >= s_end_tok {
            break;
        }
        // attribution after the content: "X, Borrell said on Saturday." handled by the caller's fallback
        if !introduced_by_that && !starts_clause(text, start_tok) {
            break;
        }
        // "said of the general, who …": the person spoken about, no content ("boasting of securing
        // …" keeps its content: only "say" takes "of" this way)
        if !introduced_by_that
            && toks[start_tok].lower() == "of"
            && lex
                .cue_verb(&toks[cue_k].lower())
                .is_some_and(|cv| cv.lemma == "say")
        {
            break;
        }
        // find the end: sentence end or a clause break
        let mut end_tok = s_end_tok;
        let mut next_cue: Option<(usize, usize)> = None; // (break token, cue token)
        let mut m = start_tok;
        while m < s_end_tok {
            let t = &toks[m];
            if quotes.content_covers(t.start) {
                m += 1;
                continue;
            }
            let l = t.lower();
            if (t.text == "–" || t.text == "—" || t.text == "-" || t.text == "--")
                && m > start_tok + 2
            {
                end_tok = m;
                break;
            }
            if t.text == ";" {
                end_tok = m;
                break;
            }
            if (l == "and" || l == "but") && m > start_tok {
                let comma = toks[m - 1].text == ",";
                let mut c = m + 1;
                let mut adverb = false;
                while c < s_end_tok && w.auxiliaries.contains(&toks[c].lower()) {
                    adverb = adverb || !matches!(toks[c].lower().as_str(), "has" | "have" | "had");
                    c += 1;
                }
                if c < s_end_tok && toks[c].lower() == "that" && l == "and" {
                    end_tok = if comma { m - 1 } else { m };
                    next_cue = Some((m, cue_k));
                    // same cue, new clause starting at "that"
                    out.push((cue_k, toks[start_tok].start, toks[end_tok - 1].end));
                    j = c;
                    start_tok = usize::MAX;
                    break;
                }
                if c < s_end_tok
                    && cue_at(text, c).is_some()
                    && (comma || l == "but" || !introduced_by_that || adverb)
                {
                    end_tok = if comma { m - 1 } else { m };
                    next_cue = Some((m, c));
                    break;
                }
            }
            // ", describing ..." participle clause ends the content
            if t.text == ","
                && m + 1 < s_end_tok
                && toks[m + 1].lower().ends_with("ing")
                && toks[m + 1].kind == TokKind::Word
                && m > start_tok + 3
            {
                end_tok = m;
                break;
            }
            // ", from which", ", which": relative clause ends it for long contents
            if t.text == ","
                && m + 1 < s_end_tok
                && matches!(toks[m + 1].lower().as_str(), "from" | "thanking")
                && m > start_tok + 3
            {
                end_tok = m;
                break;
            }
            m += 1;
        }
        if start_tok == usize::MAX {
            // "and that" restarted the clause with the same cue
            continue;
        }
        // strip a final period
        let mut e = end_tok;
        while e > start_tok
            && toks[e - 1].kind == TokKind::Punct
            && matches!(toks[e - 1].text.as_str(), "." | "," | "!" | "?")
        {
            e -= 1;
        }
        if e > start_tok {
            let mut end_off = toks[e - 1].end;
            // keep a closing quote mark with its content
            if e < s_end_tok && toks[e].kind == TokKind::Quote && toks[e].start == end_off {
                end_off = toks[e].end;
            }
            out.push((cue_k, toks[start_tok].start, end_off));
        }
        match next_cue {
            Some((_, c)) if c != cue_k => {
                cue_k = c;
                j = c + 1;
            }
            _ => break,
        }
        let _ = lex;
    }
    out
}

/// The quote that continues a direct quote attributed after it, as one statement: `“A,” X said. “B.”`
/// (the guidelines' quote split by an attribution). The attribution ends its sentence, the next quote
/// opens right after it in the same paragraph, and nothing but the paragraph's end follows that quote
/// (else it has its own attribution). Returns the continuing quote's index.
fn continuation(text: &Text, quotes: &[Quote], qi: usize, st: &RawStatement) -> Option<usize> {
    if st.kind != StatementKind::Direct || st.cue.is_none() || st.speaker.is_none() {
        return None;
    }
    let (q, next) = (quotes[qi], *quotes.get(qi + 1)?);
    let para = text
        .paragraphs
        .iter()
        .find(|p| p.start <= q.open && q.open < p.end)?;
    if next.open >= para.end || next.after > para.end {
        return None;
    }
    let gap = text.slice(q.after, next.open);
    let gap = gap.trim_end();
    // the attribution sentence between the two: one sentence, ending in a period
    if !gap.ends_with('.') || gap[..gap.len() - 1].contains(['.', '!', '?']) {
        return None;
    }
    let rest = text.slice(next.after, para.end);
    rest.trim()
        .chars()
        .all(|c| c.is_ascii_punctuation())
        .then_some(qi + 1)
}

/// A statement for quote `qi`: attributed after or before, a continuation paragraph, or a partial.
fn quote_statement(
    text: &Text,
    ents: &mut Entities,
    quotes: &Quotes,
    qi: usize,
    sp: &Speakers,
) -> Option<RawStatement> {
    let q = quotes[qi];
    let toks = &text.tokens;
    let first = text.token_at_or_after(q.start);
    let sent = toks.get(first)?.sentence;
    // paragraphs are in document order: the first that ends after the opening mark
    let para = text
        .paragraphs
        .get(text.paragraphs.partition_point(|p| p.end <= q.open))
        .filter(|p| p.start <= q.open && q.open < p.end)?;
    // after: `," Lavrov said` / `," said Lavrov` / `," he added`
    let after_tok = text.token_at_or_after(q.after);
    let mut speaker = None;
    let mut cue = None;
    let mut cue_sent = sent;
    let q_para = toks[text.token_at_or_after(q.open).min(toks.len() - 1)].paragraph;
    for k in after_tok..(after_tok + 10).min(toks.len()) {
        if toks[k].kind == TokKind::Quote || toks[k].paragraph != q_para {
            break;
        }
        if matches!(toks[k].text.as_str(), "." | "!" | "?") && k > after_tok {
            break;
        }
        if cue_at(text, k).is_some() {
            let sp_tok = Speakers {
                last_person: sp.last_person,
                last_any: sp.last_any,
            };
            speaker = subject_before(text, ents, k, &sp_tok, quotes).filter(|_| k > after_tok);
            if speaker.is_none() {
                // "said Lavrov"
                if let Some(t) = toks.get(k + 1)
                    && let Some((_, _, i)) = ents.covering(t.start)
                    && ents.is_actor(i)
                {
                    // "said Singapore Prime Minister Lee Hsien Loong": the person the state's
                    // title phrase names, when one follows before any punctuation
                    let person = (k + 1..(k + 8).min(toks.len()))
                        .take_while(|m| toks[*m].kind == TokKind::Word)
                        .find_map(|m| {
                            ents.covering(toks[m].start)
                                .map(|(_, _, p)| p)
                                .filter(|p| ents.list[*p].kind == EntityType::Person)
                        });
                    speaker = Some(person.unwrap_or(i));
                }
            }
            // a subject found must lie between the quote and the cue
            cue = Some(cue_phrase(text, k));
            cue_sent = toks[k].sentence;
            break;
        }
    }
    let attributed_after = cue.is_some();
    // before: `Sir Keir told the Commons: “`
    if !attributed_after {
        speaker = None;
        cue = None;
        let open_tok = text.token_at_or_after(q.open);
        let lo = open_tok.saturating_sub(12);
        for k in (lo..open_tok).rev() {
            if toks[k].paragraph != toks[open_tok].paragraph || toks[k].kind == TokKind::Quote {
                break;
            }
            if cue_at(text, k).is_some() {
                let gap = text.slice(toks[k].end, q.open);
                if gap.trim_end().ends_with(':') || gap.trim_end().ends_with(',') {
                    speaker = subject_before(text, ents, k, sp, quotes);
                    cue = Some(cue_phrase(text, k));
                    cue_sent = toks[k].sentence;
                }
                break;
            }
        }
    }
    let before_text = text.slice(para.start, q.open);
    let para_level = before_text.trim().is_empty() || before_text.trim_end().ends_with(':');
    let after_text = text.slice(q.after.min(para.end), para.end);
    let closes_sentence = after_text.trim().is_empty()
        || after_text.trim_start().starts_with(['.', ',', '!', '?'])
        || cue.is_some();
    let (kind, speaker, cue) = if speaker.is_some()
        && (para_level
            || before_text.trim_end().ends_with([':', ','])
            || (cue.is_some() && q_is_sentence(text, q)))
    {
        (StatementKind::Direct, speaker, cue)
    } else if para_level && closes_sentence {
        // quote-only paragraph: the last speaker goes on
        (
            StatementKind::Direct,
            speaker.or(sp.last_person).or(sp.last_any),
            cue,
        )
    } else {
        // a fragment inside the reporter's prose
        if word_count(text, q.start, q.end) > 12 && speaker.is_none() {
            return None;
        }
        let open_tok = text.token_at_or_after(q.open).min(toks.len() - 1);
        let s0 = text.sentences[toks[open_tok].sentence].tok_start;
        let mut found = (speaker, cue);
        if found.0.is_none() {
            for k in (s0..open_tok).rev() {
                if cue_at(text, k).is_some() {
                    match subject_before(text, ents, k, sp, quotes) {
                        Some(i) => found = (Some(i), Some(cue_phrase(text, k))),
                        // the sentence's "speaker" is no actor ("The deal calls for …")
                        None => return None,
                    }
                    break;
                }
            }
        }
        (
            StatementKind::Partial,
            found.0.or(sp.last_person).or(sp.last_any),
            found.1,
        )
    };
    // an unattributed fragment is dropped; an attributed quote stays even when its speaker is unknown
    if speaker.is_none() && (kind == StatementKind::Partial || cue.is_none()) {
        return None;
    }
    // a quote with no cue takes the publication date, not a date its own words mention
    let sentence = if cue.is_some() { cue_sent } else { usize::MAX };
    Some(RawStatement {
        kind,
        speaker,
        cue,
        start: q.start,
        end: q.end,
        sentence,
    })
}

fn q_is_sentence(text: &Text, q: Quote) -> bool {
    let s = text.slice(q.start, q.end);
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The cue verb with a following object of "told" ("told reporters", "told the Commons").
fn cue_phrase(text: &Text, k: usize) -> String {
    let toks = &text.tokens;
    let t = &toks[k];
    let mut s = t.text.clone();
    if t.lower() == "told" {
        let mut m = k + 1;
        let mut parts = Vec::new();
        while m < toks.len()
            && m < k + 4
            && toks[m].kind == TokKind::Word
            && toks[m].lower() != "that"
        {
            parts.push(toks[m].text.clone());
            m += 1;
        }
        if !parts.is_empty() {
            s = format!("{} {}", s, parts.join(" "));
        }
    }
    s
}
