//! A small clause reader for agreement status (issue 9, session 18, set 47): for a mention of an agreement
//! it finds the predicate that governs it and reads the status from the predicate's lemma, the
//! agreement's role, and the verb group's tense, negation and modality.
//!
//! The governing predicate is, in this order: the verb group whose subject the mention is ("the truce
//! collapsed", "The Hague Joint Declaration of 1992, which set the agenda, remains binding", "A maritime
//! agreement signed in 2009 was struck down"), reached over the mention's extension (a prepositional
//! phrase, a participle phrase) and over insertions set off by commas that open with a relative word, a
//! preposition and a relative word, or a participle; the verb before the mention ("suspended a 2023
//! protocol", "relies on the 1890 agreement"); the passive verb before "by" ("relations have been governed
//! since 1996 by a treaty"); and the participle attached to the mention ("an accord signed in 2014").
//! Session 18, status3: a subject passes over a restrictive relative to its main verb ("A ceasefire that
//! the two governments agreed in October 2022 has been broken") and reads a copula's complement ("is in
//! force"); a restrictive relative whose object is the mention tells in every tense, with a predicate
//! coordinated with it ("a protocol that the three states signed in 2023 and have applied since").
//!
//! What the predicate tells comes from `data/extract/status_predicates.tsv` (lemma, role, status, negated
//! status). Tense and modality are grammar, read here: the past, present and perfect tell the status; a
//! negator ("not", "never", "n't", "no longer") turns it into the file's negated status; the future, a
//! modal ("will", "could", "would"), "yet to", "expected to", "due to", "set to", "likely to", a "be to"
//! infinitive, an infinitive after the predicate ("failed to stop the raids") or a conditional
//! subordinator before the mention ("until", "once", "if") tell nothing, and the window rules of
//! [`super::status`] decide.

use crate::model::AgreementStatus;
use crate::text::{Segment, Text, TokKind};
use crate::words::{PredicateRole, StatusPredicate, words};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// How many tokens after a mention the subject's verb group may start, insertions between commas
/// aside (the mention's extension: "between the government and the Oromo Liberation Front (OLF)").
const EXTENSION_REACH: usize = 20;

/// How many tokens an insertion set off by commas may hold.
const INSERTION_MAX: usize = 24;

/// The predicates of `status_predicates.tsv` by their lemma (first word).
static BY_LEMMA: LazyLock<HashMap<&'static str, Vec<&'static StatusPredicate>>> =
    LazyLock::new(|| {
        let mut m: HashMap<&str, Vec<&StatusPredicate>> = HashMap::default();
        for p in &words().status_predicates {
            let lemma = p.predicate.split(' ').next().unwrap_or_default();
            m.entry(lemma).or_default().push(p);
        }
        m
    });

/// What the governing predicate of a mention tells: the token span of its verb and the status.
pub(super) type Reading = (usize, usize, AgreementStatus);

/// What the clause reader finds about a mention: the verb of the predicate governing it, when found,
/// with the status that predicate tells (`None`: a verb the data file does not list, the future, a
/// modal, a negation the file gives no status), and the status a participle attached to it tells.
pub(super) struct Reader {
    /// The governing verb's token and its reading.
    pub governing: Option<(usize, Option<Reading>)>,
    /// The readings of a participle or a relative clause attached to the mention, and of a predicate
    /// coordinated with the governing one.
    pub attached: Vec<Reading>,
}

/// What the predicates about the mention at tokens `mt..me_t` (in the sentence `seg`) tell: first the
/// governing predicate (the subject's verb group when `subject`, the mention opening its clause; else the
/// verb before it, or the passive before "by" it follows), then a participle attached to it.
pub(super) fn readings(
    text: &Text,
    seg: Segment,
    (mt, me_t): (usize, usize),
    subject: bool,
) -> Reader {
    let as_governing = |r: Reading| (r.0, Some(r));
    let subject = (subject && !conditional_before(text, seg, mt))
        .then(|| subject_reading(text, seg, me_t))
        .flatten();
    let governing = subject
        .map(|(verb, r, _)| (verb, r))
        .or_else(|| object_reading(text, seg, mt).map(as_governing))
        .or_else(|| agent_reading(text, seg, mt).map(as_governing));
    Reader {
        governing,
        attached: attached_participle(text, seg, me_t)
            .into_iter()
            .chain(relative_reading(text, seg, me_t))
            .chain(subject.and_then(|(_, _, c)| c))
            .collect(),
    }
}

/// Whether a window phrase starting at token `at` stands outside the clause of the governing verb at token
/// `verb` that told a status: before the verb (an insertion's earlier events: "The Hague Joint
/// Declaration, which set the agenda for the talks, remains binding"), or in a clause a subordinator or
/// relative word after the verb opens, up to its comma ("was suspended … when funding ran short, and
/// restored in September" keeps "restored"; a relative after the mention, ending at token `me_t`, is about
/// the mention and does not count: "signed a deal in 2019, which collapsed last year").
pub(super) fn outside_clause(text: &Text, verb: usize, me_t: usize, at: usize) -> bool {
    let toks = &text.tokens;
    if at <= verb {
        return true;
    }
    let opener = (verb + 1..at).rev().find(|&j| {
        let w = toks[j].lower();
        let relative = words().clause_words.relative.contains(w);
        (relative && j < me_t) || (!relative && words().subordinators.contains(w))
    });
    opener.is_some_and(|j| !(j + 1..at).any(|c| toks[c].text == ","))
}

/// Whether a conditional subordinator stands in the three words before the mention.
fn conditional_before(text: &Text, seg: Segment, mt: usize) -> bool {
    (mt.saturating_sub(3).max(seg.tok_start)..mt).any(|k| {
        words()
            .clause_words
            .condition
            .contains(text.tokens[k].lower())
    })
}

/// Every form of the lemmas of `status_predicates.tsv` with its lemma: the lemma itself, its regular
/// forms ("-s", "-es", "-ed", "-d", "-ing", "y" → "-ies"/"-ied", a doubled final consonant, a dropped final
/// "e"), and the irregular forms of `verb_forms.tsv`; built once, so reading a word is one lookup.
static FORMS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut m: HashMap<String, &'static str> = HashMap::default();
    // "be" is read by [`copula`] only, from the auxiliary before its complement
    for &l in BY_LEMMA.keys().filter(|&&l| l != "be") {
        let mut forms = vec![
            l.to_string(),
            format!("{l}s"),
            format!("{l}es"),
            format!("{l}ed"),
            format!("{l}d"),
            format!("{l}ing"),
        ];
        if let Some(stem) = l.strip_suffix('y') {
            forms.extend([format!("{stem}ies"), format!("{stem}ied")]);
        }
        if let Some(stem) = l.strip_suffix('e') {
            forms.push(format!("{stem}ing"));
        }
        if let Some(last) = l.chars().last().filter(|c| !"aeiouwy".contains(*c)) {
            forms.extend([format!("{l}{last}ed"), format!("{l}{last}ing")]);
        }
        for f in forms {
            m.entry(f).or_insert(l);
        }
    }
    for (form, l) in &words().verb_forms {
        if let Some((&k, _)) = BY_LEMMA.get_key_value(l.as_str()) {
            m.insert(form.clone(), k);
        }
    }
    m
});

/// The lemma of the word `w` that a predicate of the data file starts with ([`FORMS`]).
fn lemma(w: &str) -> Option<&'static str> {
    FORMS.get(w).copied()
}

/// Whether the word `w` is a past participle: in "-ed" or of `irregular_participles.txt` or
/// `verb_forms.tsv`.
fn participle(w: &str) -> bool {
    w.ends_with("ed")
        || words().irregular_participles.contains(w)
        || words().verb_forms.contains_key(w)
}

/// The predicate of role `role` whose lemma is `lemma` and whose further words follow from token `k`
/// (in the sentence ending at `end`), the longest first, with the token after it.
fn predicate_at(
    text: &Text,
    lemma: &str,
    role: PredicateRole,
    k: usize,
    end: usize,
) -> Option<(&'static StatusPredicate, usize)> {
    let toks = &text.tokens;
    BY_LEMMA
        .get(lemma)?
        .iter()
        .filter(|p| p.role == role)
        .filter_map(|p| {
            // an opening quotation mark may stand before the complement ("remained \"the only road
            // map\"")
            let mut j = k;
            for w in p.predicate.split(' ').skip(1) {
                if j < end && is_quote(&toks[j].text) {
                    j += 1;
                }
                if j >= end || toks[j].lower() != w {
                    return None;
                }
                j += 1;
            }
            Some((*p, j))
        })
        .max_by_key(|(_, after)| *after)
}

/// Whether a token is a quotation mark.
fn is_quote(t: &str) -> bool {
    matches!(
        t,
        "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}"
    )
}

/// A verb group read from token `k`: where its main verb stands, and whether it is passive, negated, or
/// unrealised (future, modal, "yet to").
struct Group {
    verb: usize,
    passive: bool,
    negated: bool,
    unreal: bool,
}

/// Reads the auxiliaries, adverbs and negators from token `k` up to the main verb, in the sentence
/// ending at `end`; `None` when no word follows them.
fn verb_group(text: &Text, k: usize, end: usize) -> Option<Group> {
    let toks = &text.tokens;
    let (mut passive, mut negated, mut unreal) = (false, false, false);
    let mut i = k;
    while i < end {
        let w = toks[i].lower();
        // a quotation mark may open the main verb ("was \"holding but fragile\"")
        if is_quote(&toks[i].text) && i > k {
            i += 1;
            continue;
        }
        if toks[i].kind != TokKind::Word {
            return None;
        }
        if words().clause_words.be.contains(w) {
            passive = true;
            // "was to take effect": a plan, not a fact
            unreal |= toks.get(i + 1).is_some_and(|t| t.lower() == "to");
        } else if words().clause_words.modal.contains(w) || words().clause_words.hedge.contains(w) {
            unreal = true;
        } else if words().clause_words.negator.contains(w) {
            negated = true;
        } else if words().clause_words.future_before_to.contains(w)
            && toks.get(i + 1).is_some_and(|t| t.lower() == "to")
        {
            unreal = true;
            i += 1;
        } else if !(words().clause_words.have_do.contains(w)
            || words().clause_words.adverb.contains(w)
            || w.ends_with("ly"))
        {
            // the main verb: passive only right after a form of "be" (adverbs aside)
            let passive = passive && participle(w);
            return Some(Group {
                verb: i,
                passive,
                negated,
                unreal,
            });
        }
        if !words().clause_words.be.contains(w)
            && !words().clause_words.adverb.contains(w)
            && !w.ends_with("ly")
            && !words().clause_words.negator.contains(w)
        {
            passive = false;
        }
        i += 1;
    }
    None
}

/// The status a predicate `p` tells in the verb group `g` ending at token `after`: none when unrealised
/// or followed by an infinitive ("failed to"), the negated status when negated.
fn tell(text: &Text, p: &StatusPredicate, g: &Group, after: usize, end: usize) -> Option<Reading> {
    let to_follows = after < end && text.tokens[after].lower() == "to";
    if g.unreal || to_follows || scheduled(text, p, g, after, end) {
        return None;
    }
    let st = if g.negated { p.negated } else { p.status };
    (st != AgreementStatus::Unknown).then_some((g.verb, after, st))
}

/// The token after a comma insertion opening at the comma at token `k` (in the sentence ending at `end`):
/// one opening with a relative word, a preposition and a relative word, a participle, or an adverb and a
/// participle, closed by the next comma within [`INSERTION_MAX`] tokens; `None` for any other comma.
fn past_insertion(text: &Text, k: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    let n = toks.get(k + 1)?.lower();
    let n2 = toks.get(k + 2).map(|t| t.lower()).unwrap_or_default();
    let adverb = words().clause_words.adverb.contains(n) || n.ends_with("ly");
    let opens = words().clause_words.relative.contains(n)
        || (matches!(n, "under" | "by" | "in" | "with" | "for" | "of")
            && matches!(n2, "which" | "whom"))
        || participle(n)
        || (adverb && participle(n2));
    if !opens {
        return None;
    }
    let mut close = (k + 1..end.min(k + 1 + INSERTION_MAX)).find(|&j| toks[j].text == ",")?;
    // a name in apposition closes the insertion at its own comma ("brokered in 2019 by the then
    // regent of Nduga, Marthen Tabuni, collapsed")
    if toks.get(close + 1).is_some_and(|t| t.is_capitalized()) {
        close = (close + 1..end.min(close + 1 + INSERTION_MAX)).find(|&j| toks[j].text == ",")?;
    }
    Some(close + 1)
}

/// The token where the subject mention ending at token `me_t` meets its verb group: past its extension
/// (at most [`EXTENSION_REACH`] tokens with no finite auxiliary and no predicate verb of the subject
/// role), brackets, and comma insertions opening with a relative word, a preposition and a relative word,
/// or a participle; `None` at a quotation mark, a semicolon or colon, or a comma opening anything else.
fn subject_verb_start(text: &Text, seg: Segment, me_t: usize) -> Option<usize> {
    let toks = &text.tokens;
    let end = seg.tok_end;
    let (mut k, mut plain) = (me_t, 0);
    while k < end {
        let t = &toks[k];
        let w = t.lower();
        match t.text.as_str() {
            "(" => k = (k..end).find(|&j| toks[j].text == ")")? + 1,
            // after an insertion the verb group follows at once
            "," => return past_insertion(text, k, end),
            _ if !matches!(t.kind, TokKind::Word | TokKind::Number) => return None,
            _ => {
                // an adverb right after a preposition belongs to the extension ("on jointly
                // developing the field")
                let after_preposition = k > me_t
                    && words()
                        .clause_words
                        .preposition
                        .contains(toks[k - 1].lower());
                let finite = words().finite_verbs.contains(w)
                    || words().clause_words.modal.contains(w)
                    || words().clause_words.hedge.contains(w)
                    || words().clause_words.negator.contains(w)
                    || ((words().clause_words.adverb.contains(w) || w.ends_with("ly"))
                        && !after_preposition);
                let subject_verb = lemma(w).is_some_and(|l| {
                    BY_LEMMA
                        .get(l)
                        .is_some_and(|ps| ps.iter().any(|p| p.role == PredicateRole::Subject))
                });
                if finite || subject_verb {
                    return Some(k);
                }
                let before_det = toks
                    .get(k + 1)
                    .is_some_and(|n| words().clause_words.determiner.contains(n.lower()));
                let infinitive = k > 0 && toks[k - 1].lower() == "to";
                // "that" before a noun and a comma is a determiner ("on developing that field,")
                let demonstrative = w == "that"
                    && toks.get(k + 2).is_some_and(|t| t.text == ",")
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized());
                if !demonstrative && (w == "that" || (w == "which" && plain == 0)) {
                    // a restrictive relative: the main verb group follows it
                    return past_restrictive(text, k, end);
                }
                if !demonstrative
                    && (words().subordinators.contains(w)
                        || words().clause_words.relative.contains(w))
                {
                    return None;
                }
                // a verb with its object ("the memorandum filled a gap")
                if before_det && !words().clause_words.preposition.contains(w) && !infinitive {
                    return Some(k);
                }
                plain += 1;
                if plain > EXTENSION_REACH {
                    return None;
                }
                k += 1;
            }
        }
    }
    None
}

/// How many tokens may stand between a restrictive relative's verb and the main verb group after it
/// ("that the two governments agreed in October 2022 has been broken").
const RELATIVE_TAIL_MAX: usize = 10;

/// Whether the word `w` may be the verb of a relative clause: a finite auxiliary or modal, a word in
/// "-ed", an irregular past or participle.
fn verb_like(w: &str) -> bool {
    let ws = words();
    ws.finite_verbs.contains(w)
        || w.ends_with("ed")
        || ws.irregular_past.contains(w)
        || ws.irregular_participles.contains(w)
        || ws.verb_forms.contains_key(w)
}

/// Where the main verb group starts after a restrictive relative clause opening at token `r` right after
/// a subject mention (issue 9, session 18, status3): "A ceasefire that the two governments agreed in
/// October 2022 has been broken", "a truce that collapsed in May was replaced": the relative's subject (a
/// determiner, a pronoun or a name and a few words) and its verb, then at most [`RELATIVE_TAIL_MAX`]
/// words or numbers (no punctuation, no other relative or subordinator) up to a finite auxiliary, a
/// modal or a verb of a subject predicate, lowercase. `None` when no such verb follows.
fn past_restrictive(text: &Text, r: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    let first = toks.get(r + 1).filter(|_| r + 1 < end)?;
    let fl = first.lower();
    let opener = words().clause_words.determiner.contains(fl)
        || words().clause_words.subject_opener.contains(fl)
        || first.is_capitalized();
    // the relative's own verb: right after it (its subject is the mention), or after its subject
    let verb = if opener {
        (r + 2..end.min(r + 2 + RESTRICTIVE_SUBJECT_MAX))
            .take_while(|&j| toks[j].kind == TokKind::Word)
            .find(|&j| !toks[j].is_capitalized() && verb_like(toks[j].lower()))?
    } else {
        r + 1
    };
    let g = verb_group(text, verb, end)?;
    (g.verb + 1..end.min(g.verb + 1 + RELATIVE_TAIL_MAX))
        .take_while(|&j| {
            let t = &toks[j];
            let w = t.lower();
            // a possessive ending belongs to a name ("with Chad's telecoms operators")
            let possessive = matches!(w, "'s" | "\u{2019}s" | "'" | "\u{2019}");
            (matches!(t.kind, TokKind::Word | TokKind::Number) || possessive)
                && !words().clause_words.relative.contains(w)
                && !words().subordinators.contains(w)
        })
        .find(|&j| {
            let t = &toks[j];
            let w = t.lower();
            !t.is_capitalized()
                && (words().finite_verbs.contains(w)
                    || words().clause_words.modal.contains(w)
                    || lemma(w).is_some_and(|l| {
                        BY_LEMMA
                            .get(l)
                            .is_some_and(|ps| ps.iter().any(|p| p.role == PredicateRole::Subject))
                    }))
        })
}

/// A subject's verb group: its main verb, what it tells, and what a predicate coordinated with it tells.
type SubjectReading = (usize, Option<Reading>, Option<Reading>);

/// The verb group of the subject mention ending at token `me_t`: its main verb and the status it tells
/// (active: subject role; passive: passive role), and the status a predicate coordinated with it tells
/// ([`coordinated`]).
fn subject_reading(text: &Text, seg: Segment, me_t: usize) -> Option<SubjectReading> {
    let end = seg.tok_end;
    let k = subject_verb_start(text, seg, me_t)?;
    let g = verb_group(text, k, end)?;
    let (reading, after) = read_group(text, &g, end, false);
    // "is in force": the complement of a form of "be" the group took for its main verb
    let (reading, after) = match reading {
        None => copula(text, &g, end).unwrap_or((None, after)),
        told => (told, after),
    };
    Some((g.verb, reading, coordinated(text, &g, after, end, false)))
}

/// What a form of "be" before the word the verb group `g` took for its main verb tells, that word
/// opening a complement of a "be" predicate of the data file ("is in force", "was in effect"; issue 9,
/// session 18, status3), with the token after it.
fn copula(text: &Text, g: &Group, end: usize) -> Option<(Option<Reading>, usize)> {
    if g.verb == 0
        || !words()
            .clause_words
            .be
            .contains(text.tokens[g.verb - 1].lower())
    {
        return None;
    }
    let (p, after) = predicate_at(text, "be", PredicateRole::Subject, g.verb, end)?;
    let g = Group {
        verb: g.verb - 1,
        passive: false,
        negated: g.negated,
        unreal: g.unreal,
    };
    Some((tell(text, p, &g, after, end), after))
}

/// What the verb group `g` tells with the role its voice gives the subject (the object role in an
/// active relative clause whose relative word is the object: `gap`), and the token after its predicate
/// (after the verb when the data file does not list it).
fn read_group(text: &Text, g: &Group, end: usize, gap: bool) -> (Option<Reading>, usize) {
    let role = if g.passive {
        PredicateRole::Passive
    } else if gap {
        PredicateRole::Object
    } else {
        PredicateRole::Subject
    };
    lemma(text.tokens[g.verb].lower())
        .and_then(|l| predicate_at(text, l, role, g.verb + 1, end))
        .map_or((None, g.verb + 1), |(p, after)| {
            (tell(text, p, g, after, end), after)
        })
}

/// How many tokens after a predicate the "and" or "but" of a predicate coordinated with it may stand.
const COORDINATION_REACH: usize = 6;

/// The status told by a predicate coordinated with the verb group `first` after token `from`: "and" or
/// "but" within [`COORDINATION_REACH`] words (a comma right before it aside), then a verb group with the
/// same subject ("was rejected by Tanzania in March and has not been raised since", "was signed in
/// 2014 and ratified in 2016": a bare participle keeps the first group's passive). Not across a
/// subordinator or a relative word, nor when a determiner or a name opens a new subject. In a relative
/// clause whose relative word is the object (`gap`), the coordinated verb has it as object too ("that
/// the three states signed in 2023 and have applied since").
fn coordinated(text: &Text, first: &Group, from: usize, end: usize, gap: bool) -> Option<Reading> {
    let toks = &text.tokens;
    let c = (from..end.min(from + COORDINATION_REACH))
        .take_while(|&j| {
            let t = &toks[j];
            let w = t.lower();
            matches!(t.kind, TokKind::Word | TokKind::Number)
                && !words().subordinators.contains(w)
                && !words().clause_words.relative.contains(w)
                || (t.text == ","
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| matches!(n.lower(), "and" | "but")))
        })
        .find(|&j| matches!(toks[j].lower(), "and" | "but"))?;
    let next = toks.get(c + 1).filter(|_| c + 1 < end)?;
    if words().clause_words.determiner.contains(next.lower()) || next.is_capitalized() {
        return None;
    }
    let mut g = verb_group(text, c + 1, end)?;
    if g.verb == c + 1 {
        g.passive = first.passive && participle(toks[g.verb].lower());
        g.unreal |= first.unreal;
    }
    // a bare verb in "-ed" after a passive is a participle ("was signed in 2014 and ratified in 2016")
    // unless its verb has no passive ("was never ratified by Vanuatu and lapsed two years later")
    let read = read_group(text, &g, end, gap).0;
    if read.is_some() || !(g.passive && g.verb == c + 1) {
        return read;
    }
    g.passive = false;
    read_group(text, &g, end, gap).0
}

/// The status told by the verb before the mention starting at token `mt` (object role), its particles
/// between ("withdrew from the accord"), read with the auxiliaries before the verb.
fn object_reading(text: &Text, seg: Segment, mt: usize) -> Option<Reading> {
    let toks = &text.tokens;
    (1..=3usize).find_map(|back| {
        let v = mt.checked_sub(back).filter(|&v| v >= seg.tok_start)?;
        let l = lemma(toks[v].lower())?;
        let (p, after) = predicate_at(text, l, PredicateRole::Object, v + 1, mt)?;
        if after != mt {
            return None;
        }
        let g = group_before(text, seg, v, false)?;
        tell(text, p, &g, mt, mt)
    })
}

/// How many tokens an adverbial may hold between a passive verb and its "by" ("governed since 1996 by").
const AGENT_GAP: usize = 3;

/// The status told by the passive verb whose "by" agent the mention starting at token `mt` is
/// (agent role): "Relations have been governed since 1996 by a treaty".
fn agent_reading(text: &Text, seg: Segment, mt: usize) -> Option<Reading> {
    let toks = &text.tokens;
    if mt < seg.tok_start + 2 || toks[mt - 1].lower() != "by" {
        return None;
    }
    let by = mt - 1;
    (by.saturating_sub(AGENT_GAP + 1).max(seg.tok_start)..by)
        .rev()
        .find_map(|v| {
            let l = lemma(toks[v].lower())?;
            let (p, _) = predicate_at(text, l, PredicateRole::Agent, v + 1, by)?;
            let gap_plain = toks[v + 1..by]
                .iter()
                .all(|t| t.kind != TokKind::Punct && !words().finite_verbs.contains(t.lower()));
            if !gap_plain {
                return None;
            }
            let g = group_before(text, seg, v, true)?;
            tell(text, p, &g, mt, mt)
        })
}

/// The verb group that ends with the verb at token `v`, read backwards over auxiliaries, adverbs and
/// negators; `None` for an infinitive or a gerund's object ("to sign the deal", "signing the deal"), an
/// attributive participle ("the signed accord"), or a passive where the agent role is not wanted.
fn group_before(text: &Text, seg: Segment, v: usize, agent: bool) -> Option<Group> {
    let toks = &text.tokens;
    let vw = toks[v].lower();
    if vw.ends_with("ing") {
        return None;
    }
    let (mut passive, mut negated, mut unreal) = (false, false, false);
    let mut j = v;
    while j > seg.tok_start {
        j -= 1;
        let w = toks[j].lower();
        if w == "," {
            // "did not, in the end, sign the accord": the group goes on before the insertion
            match insertion_before(text, seg, j + 1) {
                Some(open) => {
                    j = open;
                    continue;
                }
                None => break,
            }
        }
        if w == "to" {
            return None;
        } else if words().clause_words.be.contains(w) {
            passive = true;
        } else if words().clause_words.modal.contains(w) || words().clause_words.hedge.contains(w) {
            unreal = true;
        } else if words().clause_words.negator.contains(w) {
            negated = true;
        } else if !(words().clause_words.have_do.contains(w)
            || words().clause_words.adverb.contains(w)
            || w.ends_with("ly"))
        {
            break;
        }
    }
    if passive != agent {
        return None;
    }
    Some(Group {
        verb: v,
        passive,
        negated,
        unreal,
    })
}

/// The status told by a participle right after the mention ending at token `me_t` (passive role): "an
/// accord signed in 2014", "a plan put forward by X"; not when a form of "be" or a name follows it as
/// its object.
fn attached_participle(text: &Text, seg: Segment, me_t: usize) -> Option<Reading> {
    let toks = &text.tokens;
    let end = seg.tok_end;
    let k = if toks.get(me_t).is_some_and(|t| t.text == ",") {
        me_t + 1
    } else {
        me_t
    };
    if k >= end {
        return None;
    }
    let w = toks[k].lower();
    if !participle(w) || toks[k].is_capitalized() {
        return None;
    }
    let l = lemma(w)?;
    let (p, after) = predicate_at(text, l, PredicateRole::Passive, k + 1, end)?;
    // "the accord signed the …": a determiner after it makes it an active verb with an object
    if after < end && matches!(toks[after].lower(), "the" | "a" | "an" | "its" | "their") {
        return None;
    }
    let g = Group {
        verb: k,
        passive: true,
        negated: false,
        unreal: false,
    };
    tell(text, p, &g, after, end)
}

/// Whether an entry into force in the simple present is followed by a date still to come: "on", "in",
/// "at", "from" and a month or a number, or "next" ("The arrangement takes effect on January 1", "in
/// March", "next year"): a schedule, not yet in force. A weekday is the imminent start the article
/// reports as in force ("takes effect on Friday").
fn scheduled(text: &Text, p: &StatusPredicate, g: &Group, after: usize, end: usize) -> bool {
    let toks = &text.tokens;
    let verb = toks[g.verb].lower();
    let present = verb.ends_with('s') && !verb.ends_with("ss") && !g.passive;
    if p.status != AgreementStatus::InForce || !present || after + 1 >= end {
        return false;
    }
    let (prep, next) = (toks[after].lower(), &toks[after + 1]);
    prep == "next"
        || (matches!(prep, "on" | "in" | "at" | "from")
            && (crate::lexicon::lexicon().month(&next.text).is_some()
                || next.kind == TokKind::Number
                || next.lower() == "next"))
}

/// How many words the subject of a relative clause about the mention may hold ("which both governments").
const RELATIVE_SUBJECT_MAX: usize = 4;

/// How many tokens the subject of a restrictive relative clause may hold, a list of names with its
/// commas included ("that Greece, Turkey and Bulgaria signed").
const RESTRICTIVE_SUBJECT_MAX: usize = 6;

/// The statuses told by a relative clause after the mention ending at token `me_t` (right after it, or
/// after its extension and a comma) whose relative word is the object of its verb (object role). Set
/// off by a comma ("the 1988 memorandum, which both governments still regard as valid"), only the simple
/// present tells (a state now; the past and the perfect tell earlier events, which the window rules
/// read: "which both parliaments have ratified"). Restrictive, right after the mention or its
/// prepositional extension ("a memorandum on security cooperation that both sides stopped applying", "a protocol that the three states signed in 2023 and have
/// applied since"), the clause defines the agreement by what was done to it, so every tense tells, and
/// a predicate coordinated with it too (issue 9, session 18, status3). The subject is a few words with
/// no auxiliary, opening with a determiner, a pronoun or a name.
fn relative_reading(text: &Text, seg: Segment, me_t: usize) -> Vec<Reading> {
    let toks = &text.tokens;
    let end = seg.tok_end;
    // past the mention's extension ("between Ostravia and Belmark"), words only, to its relative word
    let Some(r) = (me_t..end.min(me_t + EXTENSION_REACH))
        .take_while(|&j| {
            let t = &toks[j];
            (t.kind == TokKind::Word && !words().finite_verbs.contains(t.lower())) || t.text == ","
        })
        .find(|&j| matches!(toks[j].lower(), "which" | "that"))
    else {
        return Vec::new();
    };
    let commas = toks[me_t..r].iter().filter(|t| t.text == ",").count();
    // restrictive: right after the mention or its prepositional extension, no comma between
    let restrictive = commas == 0
        && (r == me_t
            || words()
                .clause_words
                .preposition
                .contains(toks[me_t].lower()));
    if (!restrictive && r > me_t && toks[r - 1].text != ",") || commas > 1 {
        return Vec::new();
    }
    // the subject opens with a determiner, a pronoun or a name ("both governments", "they", "Greece"):
    // a lowercase word after the relative is its own verb ("that requires troops to withdraw")
    let Some(first) = toks.get(r + 1).filter(|_| r + 1 < end) else {
        return Vec::new();
    };
    if !(words().clause_words.determiner.contains(first.lower())
        || words().clause_words.subject_opener.contains(first.lower())
        || first.is_capitalized())
    {
        return Vec::new();
    }
    let max = if restrictive {
        RESTRICTIVE_SUBJECT_MAX
    } else {
        RELATIVE_SUBJECT_MAX
    };
    (r + 2..(r + 2 + max).min(end))
        .find_map(|k| {
            let subject_plain = (r + 1..k).all(|j| {
                let t = &toks[j];
                // a comma only between names of a list ("Greece, Turkey and Bulgaria")
                let list_comma = restrictive
                    && t.text == ","
                    && toks[j - 1].is_capitalized()
                    && toks.get(j + 1).is_some_and(|n| n.is_capitalized());
                list_comma
                    || (t.kind == TokKind::Word
                        && !words().finite_verbs.contains(t.lower())
                        && t.lower() != "to")
            });
            if !subject_plain {
                return None;
            }
            let g = verb_group(text, k, end)?;
            let v = toks[g.verb].lower();
            let past = v.ends_with("ed") || words().verb_forms.contains_key(v);
            let aux = toks[k..g.verb].iter().any(|t| {
                words().clause_words.have_do.contains(t.lower())
                    || words().clause_words.be.contains(t.lower())
            });
            if g.passive || (!restrictive && (past || aux)) {
                return None;
            }
            let l = lemma(v)?;
            let (p, after) = predicate_at(text, l, PredicateRole::Object, g.verb + 1, end)?;
            let told = tell(text, p, &g, after, end);
            let more = restrictive
                .then(|| coordinated(text, &g, after, end, true))
                .flatten();
            Some(told.into_iter().chain(more).collect())
        })
        .unwrap_or_default()
}

/// How many words an insertion between commas right before a status phrase may hold.
const INSERTION_BEFORE_MAX: usize = 5;

/// The opening comma of an insertion that ends with a comma right before token `at`: at most
/// [`INSERTION_BEFORE_MAX`] words or numbers between, opening with a preposition or an adverb in "-ly"
/// ("within sixty days", "however", "eventually"), the comma before it preceded by a word.
pub(super) fn insertion_before(text: &Text, seg: Segment, at: usize) -> Option<usize> {
    let toks = &text.tokens;
    if at < seg.tok_start + 3 || toks[at - 1].text != "," {
        return None;
    }
    let open = (at
        .saturating_sub(INSERTION_BEFORE_MAX + 2)
        .max(seg.tok_start)..at - 1)
        .rev()
        .take_while(|&j| {
            toks[j].text == "," || matches!(toks[j].kind, TokKind::Word | TokKind::Number)
        })
        .find(|&j| toks[j].text == ",")?;
    let first = toks.get(open + 1)?.lower();
    let opens = matches!(
        first,
        "within" | "in" | "by" | "after" | "before" | "over" | "however" | "on" | "at" | "from"
    ) || first.ends_with("ly");
    (opens && open > seg.tok_start && toks[open - 1].kind == TokKind::Word).then_some(open)
}
