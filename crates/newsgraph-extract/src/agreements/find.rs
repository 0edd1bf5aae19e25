//! Agreement mentions: each trigger noun's phrase becomes a new agreement or another mention of one found
//! before (an apposition, the same name, a definite reference), with the parties, date and place the
//! phrase gives.

use super::vocab::{ANAPHORIC, DETS, DISTINCT, STOP, WEAK};
use super::{RawAgreement, coref, parties, status, verbal};
use crate::dates::{DateMention, DatePrecision};
use crate::entities::Entities;
use crate::lexicon::lexicon;
use crate::model::{AgreementKind, AgreementStatus, EntityType};
use crate::statements::RawStatement;
use crate::text::{Text, TokKind};
use crate::words::words;
use std::collections::{BTreeSet, HashMap};

/// The noun phrase of one trigger, and what it says.
pub(super) struct Phrase {
    /// The trigger (head) token.
    pub(super) k: usize,
    /// The first token of the phrase.
    pub(super) a: usize,
    /// The token after the phrase with its right extension ("… between X and Y").
    pub(super) b: usize,
    /// The token after the phrase with a date that follows it ("… on March 3").
    date_end: usize,
    /// The sentence, its first token and its end token.
    pub(super) sent: usize,
    pub(super) s0: usize,
    pub(super) s1: usize,
    /// The kind the trigger (or its compound) gives.
    pub(super) kind: AgreementKind,
    /// A weak trigger that names an agreement only as a reference back to one of its kind.
    weak: bool,
    /// The trigger word, lowercase.
    lower: String,
    /// The first word of the phrase, lowercase (a determiner, or the head itself).
    pub(super) det: String,
    /// The phrase with its right extension.
    name: String,
    /// Whether it is a capitalised name (and not an anaphoric reference).
    capital_name: bool,
    /// A bare trigger after a determiner ("the deal", "this Agreement"): it refers back.
    anaphoric: bool,
    /// What a named agreement is known by: its capitalised words outside entity names and numbers.
    name_key: String,
    /// The actor entities inside the phrase (groups excepted).
    pub(super) inner: Vec<usize>,
}

// over 80 lines: one pass over the tokens that keeps the state its steps share (the subject mention, the
// list entry, the first named agreement per key, the proposal's object), each step a few lines
/// Finds the agreements of a text, in order of first mention.
pub(super) fn find(
    text: &Text,
    ents: &Entities,
    dates: &[DateMention],
    statements: &[RawStatement],
) -> Vec<RawAgreement> {
    let mut out: Vec<RawAgreement> = Vec::new();
    let heads = parties::appositive_heads(text, ents);
    // lookups that would otherwise scan every agreement or date found so far (quadratic in the length of
    // the article): the first named agreement of each key, and the dates by start offset
    let mut named_first: HashMap<String, usize> = HashMap::new();
    let mut dates_by_start: Vec<usize> = (0..dates.len()).collect();
    dates_by_start.sort_by_key(|&i| dates[i].start);
    // the sentence of the latest agreement mention that opened its sentence as the subject, and its
    // agreement: "It" in the next sentence may refer to it
    let mut subject_mention: Option<(usize, usize)> = None;
    // the sentence of the latest timeline or list entry naming an agreement, and its agreement
    let mut entry: Option<(usize, usize)> = None;
    // the words after a proposal's "for"/"on" (see `proposal_object`)
    let mut proposed_object: Option<(usize, usize)> = None;
    // once the first phrase is met, the agreement the lead told by a verb before it, until a phrase refers
    // to it and names its kind ("… agreed to reopen the crossing, in the first deal between the two sides")
    let mut told: Option<Option<usize>> = None;
    for k in 0..text.tokens.len() {
        if let Some((sent, gi)) = subject_mention
            && let Some(p) = pronoun_phrase(text, k, sent)
        {
            let g = &mut out[gi];
            g.mentions.push((text.tokens[k].start, text.tokens[k].end));
            g.sentences.insert(p.sent);
            parties::from_phrase(g, &p, text, ents, statements, &heads);
            continue;
        }
        let Some(kind) = trigger_at(text, k) else {
            continue;
        };
        if inside_actor_name(text, ents, k) {
            continue;
        }
        if proposed_object.is_some_and(|(t, b)| t < k && k < b) {
            continue;
        }
        let Some(p) = phrase(text, ents, k, kind) else {
            continue;
        };
        let told = told.get_or_insert_with(|| {
            let g = verbal::lead_agreement(text, ents, text.tokens[p.a].start);
            g.map(|g| out.push(g)).map(|()| out.len() - 1)
        });
        if let Some(object) = proposal_object(text, &p) {
            proposed_object = Some(object);
        }
        let entry_ref = entry_referent(text, &p, entry);
        if entry_ref.is_some() {
            entry = None;
        }
        let found = entry_ref.or_else(|| named_as(text, &p, &out));
        let idx = match found.or_else(|| referent(&p, text, ents, &out, &named_first)) {
            Some(i) if !p.weak || out[i].kind == p.kind => i,
            _ if p.weak => continue,
            Some(i) => i,
            // "could become the first brick of such a framework": "such" with nothing of the kind's
            // class before names no agreement (issue 9, session 17)
            None if after_such(text, &p) => continue,
            None => {
                out.push(new_agreement(&p, text, ents));
                if p.capital_name {
                    named_first
                        .entry(p.name_key.clone())
                        .or_insert(out.len() - 1);
                }
                out.len() - 1
            }
        };
        if told.take_if(|&mut t| t == idx).is_some() {
            out[idx].kind = p.kind;
        }
        if list_entry(text, &p) {
            entry = Some((p.sent, idx));
        }
        let opens_sentence = text.tokens[p.s0..p.a]
            .iter()
            .all(|t| matches!(t.kind, TokKind::Quote | TokKind::Punct));
        if opens_sentence {
            subject_mention = Some((p.sent, idx));
        }
        let g = &mut out[idx];
        let toks = &text.tokens;
        g.mentions.push((toks[p.a].start, toks[p.k].end));
        g.sentences.insert(p.sent);
        parties::from_phrase(g, &p, text, ents, statements, &heads);
        if g.date.is_none() {
            g.date = phrase_date(&p, text, dates, &dates_by_start);
        }
        if g.place.is_none() {
            g.place = sentence_place(p.sent, text, ents);
        }
    }
    out
}

/// Whether the phrase is an indefinite after "such" ("such a truce", "such an agreement").
fn after_such(text: &Text, p: &Phrase) -> bool {
    matches!(p.det.as_str(), "a" | "an") && p.a > p.s0 && text.tokens[p.a - 1].lower() == "such"
}

/// "A ceasefire was agreed on Sunday. It was signed by X and Y.": a sentence-initial "It" right after the
/// sentence `prev` that an agreement opened as its subject, followed by a passive with an agent, is a
/// mention of that agreement (issue 9, session 9); the phrase of the pronoun, for its parties.
fn pronoun_phrase(text: &Text, k: usize, prev: usize) -> Option<Phrase> {
    let toks = &text.tokens;
    let t = &toks[k];
    if t.text != "It" || t.sentence != prev + 1 || !text.is_sentence_initial(k) {
        return None;
    }
    let seg = text.sentences[t.sentence];
    let same_paragraph = text.sentences[prev].tok_end > 0
        && toks[text.sentences[prev].tok_end - 1].paragraph == t.paragraph;
    crate::passive::agent_by(text, k + 1, seg.tok_end, &super::vocab::AGENT_PARTICIPLES)
        .filter(|_| same_paragraph)?;
    Some(Phrase {
        k,
        a: k,
        b: k + 1,
        date_end: k + 1,
        sent: t.sentence,
        s0: seg.tok_start,
        s1: seg.tok_end,
        kind: AgreementKind::Agreement,
        weak: false,
        lower: "it".into(),
        det: "it".into(),
        name: t.text.clone(),
        capital_name: false,
        anaphoric: true,
        name_key: String::new(),
        inner: Vec::new(),
    })
}

/// The kind of agreement a trigger noun at token `k` heads: `None` when the token is no trigger, modifies
/// a following trigger ("ceasefire agreement"), or is a verb ("plans to", "deal with").
pub(super) fn trigger_at(text: &Text, k: usize) -> Option<AgreementKind> {
    let lex = lexicon();
    let toks = &text.tokens;
    let t = &toks[k];
    if t.kind != TokKind::Word {
        return None;
    }
    let lower = t.lower();
    // a two-word trigger whose head is no trigger alone ("road map", "cease fire") names its kind at
    // the head (issue 9, session 14, set 10)
    let own = lex.agreement_trigger(lower);
    let kind = own.or_else(|| compound_with_previous(text, k))?;
    // "a cessation of hostilities agreement": a compound before a trigger noun is its modifier (issue
    // 9, session 16)
    if own.is_none()
        && toks.get(k + 1).is_some_and(|nx| {
            nx.kind == TokKind::Word
                && nx.sentence == t.sentence
                && lex.agreement_trigger(nx.lower()).is_some()
        })
    {
        return None;
    }
    // a trigger that modifies a following one ("ceasefire agreement", "truce deal") is part of that
    // head's phrase; the head takes the compound's kind
    if let Some(nx) = toks.get(k + 1)
        && nx.kind == TokKind::Word
        && nx.sentence == t.sentence
        && lex
            .agreement_trigger(&format!("{lower} {}", nx.lower()))
            .is_some()
    {
        return None;
    }
    // The longest compound trigger wins ("peace deal" over "deal").
    let kind = (1..=2)
        .rev()
        .filter(|n| k >= *n && toks[k - n].sentence == t.sentence)
        .filter(|n| toks[k - n..k].iter().all(|x| x.kind == TokKind::Word))
        .filter_map(|n| {
            let words: Vec<String> = toks[k - n..=k]
                .iter()
                .map(|x| x.lower().to_string())
                .collect();
            lex.agreement_trigger(&words.join(" "))
        })
        .next()
        .unwrap_or(kind);
    if is_verb_use(text, k, lower) {
        return None;
    }
    // a trigger before another trigger noun is its modifier ("a ceasefire protocol", "the truce
    // memorandum"): the second heads the phrase (issue 9, session 13)
    if let Some(nx) = toks.get(k + 1)
        && nx.kind == TokKind::Word
        && nx.sentence == t.sentence
        && !t.text.ends_with('s')
        && lex.agreement_trigger(nx.lower()).is_some()
        && !WEAK.contains(nx.lower())
        && !is_verb_use(text, k + 1, nx.lower())
    {
        return None;
    }
    Some(kind)
}

/// The last words of `compound_head_triggers.txt` ("map" of "road map").
static COMPOUND_HEADS: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| {
        words()
            .compound_head_triggers
            .iter()
            .filter_map(|c| c.split_whitespace().last().map(str::to_string))
            .collect()
    });

/// The kind of the two-word trigger that ends at token `k` (the word before it and its own, in one
/// sentence) when it is one of `compound_head_triggers.txt` ("road map"; "joint statement" is left out:
/// "said in a joint statement" names no agreement).
fn compound_with_previous(text: &Text, k: usize) -> Option<AgreementKind> {
    compound_at(text, k).map(|(_, kind)| kind)
}

/// The first token and kind of the compound trigger of `compound_head_triggers.txt` that ends at token
/// `k`: two words ("road map") or three ("cessation of hostilities", issue 9, session 16), in one
/// sentence.
fn compound_at(text: &Text, k: usize) -> Option<(usize, AgreementKind)> {
    let toks = &text.tokens;
    // most words head no compound: a look-up of the head alone spares building the words
    if !COMPOUND_HEADS.contains(toks[k].lower()) {
        return None;
    }
    (1..=2).find_map(|n| {
        let c = k.checked_sub(n)?;
        let run = &toks[c..k];
        if run
            .iter()
            .any(|x| x.kind != TokKind::Word || x.sentence != toks[k].sentence)
        {
            return None;
        }
        let ws: Vec<&str> = toks[c..=k].iter().map(|x| x.lower()).collect();
        let joined = ws.join(" ");
        if !words().compound_head_triggers.contains(&joined) || predicate_nominal(text, c) {
            return None;
        }
        lexicon().agreement_trigger(&joined).map(|kind| (c, kind))
    })
}

/// Whether the phrase whose first noun is token `m` is the complement of a copula ("remained the only
/// road map the country has"): a description, no agreement of its own. The copula stands right before
/// the phrase's determiner (or before a quotation mark that opens it), at most two words before `m`.
fn predicate_nominal(text: &Text, m: usize) -> bool {
    let toks = &text.tokens;
    (m.saturating_sub(4)..m).any(|c| {
        // an opening quotation mark may stand between ("remained \"the only road map …\"")
        let d = c + 1 + usize::from(matches!(toks[c + 1].text.as_str(), "\"" | "“"));
        toks[c].sentence == toks[m].sentence
            && words().predicate_copulas.contains(toks[c].lower())
            && d < m
            && DETS.contains(toks[d].lower())
    })
}

/// A weak trigger with a modifier whose status the next words tell, a status only a made agreement has ("A separate customs arrangement,
/// which took effect on Sept. 1", "a 2023 security arrangement collapsed"): a status phrase of the
/// lexicon starts within eight tokens after the trigger at `k`, in its sentence (before token `s1`)
/// (issue 9, session 14, set 6).
fn modified_with_status(text: &Text, a: usize, k: usize, s1: usize) -> bool {
    let toks = &text.tokens;
    if a + 1 >= k {
        return false;
    }
    let phrases = crate::lexicon::lexicon().status_phrases();
    (k + 1..(k + 9).min(s1)).any(|m| {
        phrases.iter().any(|(words, status)| {
            // a status only an agreement has, not the talks' ("was tried at the talks")
            !matches!(
                status,
                AgreementStatus::Proposed
                    | AgreementStatus::Negotiating
                    | AgreementStatus::NotFormalized
                    | AgreementStatus::Unknown
            ) && !words.is_empty()
                && m + words.len() <= s1
                && words
                    .iter()
                    .enumerate()
                    .all(|(o, w)| toks[m + o].text.eq_ignore_ascii_case(w))
        })
    })
}

/// "An arrangement between the EU and Norway": a weak trigger followed by "between" and two different
/// named sides (inside the phrase ending at token `b`) names an agreement (issue 9, session 14, set 8).
fn between_named(text: &Text, ents: &Entities, k: usize, b: usize) -> bool {
    let toks = &text.tokens;
    if k + 3 >= b || toks[k + 1].lower() != "between" {
        return false;
    }
    let sides: BTreeSet<usize> = inner_actors(text, ents, k + 1, b)
        .into_iter()
        .filter_map(|i| ents.party_of(i))
        .collect();
    sides.len() >= 2
}

/// Whether the trigger at token `k` is a word inside the name of an actor that runs on after it ("the
/// Collective Security Treaty Organization", "the Peace Agreement Monitoring Commission"): part of a
/// name, no agreement (issue 9, session 13).
///
/// Also when the entity was not recognised: a capitalised trigger followed, through up to three
/// capitalised words, by an organisation head (`organization_patterns.tsv`: "Organization",
/// "Commission", …).
fn inside_actor_name(text: &Text, ents: &Entities, k: usize) -> bool {
    let toks = &text.tokens;
    let t = &toks[k];
    let in_entity = ents.covering(t.start).is_some_and(|(_, e, i)| {
        e > t.end
            && matches!(
                ents.list[i].kind,
                EntityType::Organization | EntityType::ArmedGroup | EntityType::Person
            )
    });
    in_entity
        || t.is_capitalized()
            && toks[k + 1..]
                .iter()
                .take(4)
                // a title-case headline runs on over verbs and function words ("Peace Deal Signed
                // By Sudan Army"): a name does not
                .take_while(|x| {
                    x.sentence == t.sentence
                        && x.is_capitalized()
                        && !x.lower().ends_with("ed")
                        && !words().np_stop_words.contains(x.lower())
                })
                .any(|x| lexicon().org_head(&x.text).is_some())
}

/// Whether the trigger `lower` at token `k` is a verb ("plans to", "deal with", "would deal only
/// with"), no agreement.
fn is_verb_use(text: &Text, k: usize, lower: &str) -> bool {
    let toks = &text.tokens;
    // "Bangkok would deal \"only with …\"", "they will plan": a base form right after a modal verb
    // (`modal_verbs.txt`, the forms of "have" and "be" left out) is a verb (issue 9, session 17)
    if matches!(lower, "deal" | "plan" | "offer")
        && k > 0
        && words().modal_verbs.contains(toks[k - 1].lower())
        && !matches!(toks[k - 1].lower(), "have" | "has" | "had" | "are" | "were")
    {
        return true;
    }
    let Some(nx) = toks.get(k + 1) else {
        return false;
    };
    if !((lower == "plan" || lower == "plans") && nx.lower() == "to"
        || (lower == "deal" || lower == "deals") && nx.lower() == "with")
    {
        return false;
    }
    // "deal with X" after a determiner is a noun ("a deal with Iran"); so is a singular "plan" or
    // "deal" inside a noun phrase opened by a determiner ("an 11-point EU plan to normalise …", "a
    // new peace deal with …"), unless a plural word stands right before it ("the rebels plan to …")
    // "Norway's deal with Russia": a possessive before it makes it a noun too (issue 9, session 14,
    // set 8)
    let det_before = k > 0
        && (DETS.contains(toks[k - 1].lower()) || matches!(toks[k - 1].text.as_str(), "'s" | "’s"));
    let np_before = (lower == "plan" || lower == "deal")
        && k > 0
        && !toks[k - 1].text.ends_with('s')
        && (k.saturating_sub(5)..k).rev().any(|m| {
            DETS.contains(toks[m].lower())
                && toks[m + 1..k].iter().all(|x| {
                    (x.kind == TokKind::Word || x.kind == TokKind::Number || x.text == "-")
                        && !STOP.contains(x.lower())
                })
        });
    !det_before && !np_before
}

/// The left edge of the noun phrase headed by token `k`, in the sentence starting at token `s0`. A stop
/// word that is also a determiner ("that") opens the phrase only as the sentence's first word right
/// before the head ("That protocol remained in force"; mid-sentence it is a conjunction: "said that
/// peace …") (issue 9, session 15, set 14). A verb before a phrase with no determiner is left out
/// ([`verb_before_phrase`]).
fn left_edge(text: &Text, k: usize, s0: usize) -> usize {
    let toks = &text.tokens;
    let mut a = k;
    while a > s0 && a + 6 > k {
        let p = &toks[a - 1];
        let pl = p.lower();
        if p.kind == TokKind::Punct && p.text != "-" || p.kind == TokKind::Quote {
            break;
        }
        if verb_before_phrase(text, a - 1, s0) {
            break;
        }
        if STOP.contains(pl) {
            if a - 1 == s0 && a == k && DETS.contains(pl) {
                a -= 1;
            }
            break;
        }
        a -= 1;
        if DETS.contains(pl) {
            break;
        }
    }
    a
}

/// Whether token `m` (in the sentence from `s0`), met while walking left from a trigger, is the verb whose
/// object the phrase is, not a modifier in it: a cue verb form (`cue_verbs.tsv`) not after a determiner
/// or an adverb ("…, said previous plans for the valley had failed"; but "the said agreement"), a past
/// participle after an auxiliary ("has rejected earlier ceasefire plans", "has studied every agreement"),
/// or a word after a negator ("will not accept another deal"); never a determiner ("has a treaty")
/// (issue 9, session 17).
fn verb_before_phrase(text: &Text, m: usize, s0: usize) -> bool {
    let toks = &text.tokens;
    let t = &toks[m];
    if t.kind != TokKind::Word || t.is_capitalized() || m == s0 || DETS.contains(t.lower()) {
        return false;
    }
    let before = &toks[m - 1];
    let bl = before.lower();
    if before.kind != TokKind::Word {
        return before.text == "," && lexicon().cue_verb(t.lower()).is_some();
    }
    let w = words();
    if matches!(bl, "not" | "never") || bl.ends_with("n't") {
        return !w.auxiliaries.contains(t.lower()) && !w.modal_verbs.contains(t.lower());
    }
    if w.auxiliaries.contains(bl) && t.lower().ends_with("ed") {
        return true;
    }
    lexicon().cue_verb(t.lower()).is_some() && !DETS.contains(bl) && !bl.ends_with("ly")
}

/// The end (exclusive) of the phrase headed by token `k` with its right extension, a prepositional phrase
/// "on …", "with … on DATE", "between X and Y", "to normalise …", in the sentence ending at token `s1`.
fn right_edge(text: &Text, k: usize, s1: usize, cut_dates: bool) -> usize {
    let toks = &text.tokens;
    let b = k + 1;
    if !(b < s1 && matches!(toks[b].lower(), "on" | "with" | "between" | "to" | "for")) {
        return b;
    }
    // "a deal with the help of the AU": the mediator is no part of the name (issue 9, session 16)
    if super::mediators::opens_mediation_phrase(text, b) {
        return b;
    }
    // "present the protocol to the National Assembly": "to" before a name or a determiner names a
    // recipient, not an infinitive ("a plan to normalise …") (issue 9, session 13)
    if toks[b].lower() == "to"
        && toks
            .get(b + 1)
            .is_some_and(|t| t.is_capitalized() || DETS.contains(t.lower()))
    {
        return b;
    }
    let between = toks[b].lower() == "between";
    let mut m = b + 1;
    while m < s1 && m < b + 7 {
        let x = &toks[m];
        // a hyphen inside a word does not end it ("a proposal for a 90-day truce"; issue 9, session 15)
        let inner_hyphen = x.text == "-"
            && x.start == toks[m - 1].end
            && toks.get(m + 1).is_some_and(|n| n.start == x.end);
        if (x.kind == TokKind::Punct && !inner_hyphen) || x.kind == TokKind::Quote {
            break;
        }
        // "… on Aleppo and promised to …": a conjunction starts a new clause, except the one
        // joining the two sides of "between X and Y".
        if matches!(x.lower(), "and" | "but" | "or") && !(between && x.lower() == "and") {
            break;
        }
        // "a protocol on glacier monitoring on Friday", "a truce with the government in January": a
        // date after the complement tells when, it is no part of the name; "… between X and Y
        // stalled": a past-tense verb after a name opens the clause's predicate (issue 9, session 16)
        if m > b + 1 && (cut_dates && opens_date(text, m) || past_verb_after_name(text, m)) {
            break;
        }
        if matches!(
            x.lower(),
            "that" | "which" | "who" | "has" | "have" | "had" | "was" | "is" | "will" | "would"
        ) {
            break;
        }
        // "a memorandum on demining proposed by X": a participle opens a clause of its own, whose
        // agent the parties take (issue 9, session 13)
        if m > b + 1 && super::vocab::AGENT_PARTICIPLES.contains(x.lower()) {
            break;
        }
        m += 1;
    }
    m
}

/// How many words the longest trigger of the lexicon opening at token `k` has, within the sentence
/// ending at `s1` (one at least: the head's own).
fn trigger_run(text: &Text, k: usize, s1: usize) -> usize {
    let toks = &text.tokens;
    let end = (k + 4).min(s1);
    let n = toks[k..end]
        .iter()
        .take_while(|t| t.kind == TokKind::Word)
        .count();
    if n < 3 {
        return 1;
    }
    let ws: Vec<&str> = toks[k..k + n].iter().map(|t| t.lower()).collect();
    lexicon()
        .longest_agreement_trigger(&ws)
        .map_or(1, |(len, _)| len.max(1))
}

/// Whether token `m` is a preposition or "last" before a weekday, a month or a year ("on Friday", "in
/// January", "in 2015", "last March").
pub(super) fn opens_date(text: &Text, m: usize) -> bool {
    let toks = &text.tokens;
    let Some(nx) = toks.get(m + 1) else {
        return false;
    };
    let lex = lexicon();
    matches!(toks[m].lower(), "on" | "in" | "since" | "last" | "until")
        && (lex.month(&nx.text).is_some()
            || lex.weekday(&nx.text).is_some()
            || nx.text.len() == 4 && nx.text.bytes().all(|c| c.is_ascii_digit()))
}

/// Whether token `m` is a lowercase word in "-ed" right after a capitalised word ("India stalled"): the
/// verb of the clause the phrase is the subject of.
fn past_verb_after_name(text: &Text, m: usize) -> bool {
    let toks = &text.tokens;
    let x = &toks[m];
    x.kind == TokKind::Word
        && !x.is_capitalized()
        && x.text.len() > 4
        && x.text.ends_with("ed")
        && toks[m - 1].is_capitalized()
}

/// A multi-word trigger with a preposition that modifies the head at token `k` ("a cessation of
/// hostilities agreement"), in the sentence from token `s0`: its first token and kind. The phrase opens
/// before it and takes its kind (issue 9, session 13).
fn modifying_compound(text: &Text, k: usize, s0: usize) -> Option<(usize, AgreementKind)> {
    let toks = &text.tokens;
    (3..=4)
        .filter(|n| k >= s0 + n)
        .filter(|n| toks[k - n..k].iter().all(|x| x.kind == TokKind::Word))
        .find_map(|n| {
            let words: Vec<String> = toks[k - n..k]
                .iter()
                .map(|x| x.lower().to_string())
                .collect();
            lexicon()
                .agreement_trigger(&words.join(" "))
                .map(|kd| (k - n, kd))
        })
}

/// The end (exclusive) of the capitalised "of"/"on" complement that names the capitalised trigger at
/// token `k` ("the Declaration of Principles", "the Treaty of Rome"), in the sentence ending at token
/// `s1`; `None` when there is none.
fn named_complement_end(text: &Text, k: usize, s1: usize) -> Option<usize> {
    let toks = &text.tokens;
    let named = toks[k].is_capitalized()
        && k + 2 < s1
        && matches!(toks[k + 1].lower(), "of" | "on")
        && toks[k + 2].is_capitalized();
    if !named {
        return None;
    }
    let mut e = k + 2;
    while e < s1 && (toks[e].is_capitalized() || matches!(toks[e].lower(), "of" | "and")) {
        e += 1;
    }
    while e > k + 2 && !toks[e - 1].is_capitalized() {
        e -= 1;
    }
    Some(e)
}

/// Whether the phrase opening at token `a` (sentence from `s0`) is the indefinite object of a signing
/// verb ("signed a declaration", "reached an understanding"), also through "on"/"to" ("agreed on a
/// revenue-sharing arrangement"; issue 9, session 14, set 6).
fn signed_object(text: &Text, a: usize, s0: usize) -> bool {
    let toks = &text.tokens;
    a > s0
        && matches!(toks[a].lower(), "a" | "an")
        && (super::vocab::PARTY_VERBS.contains(toks[a - 1].lower())
            || a > s0 + 1
                && matches!(toks[a - 1].lower(), "on" | "to")
                && super::vocab::PARTY_VERBS.contains(toks[a - 2].lower()))
}

/// The words after a proposal's "for"/"on" that name what it proposes: "a proposal for a 90-day truce" is
/// one agreement, the truce no second one (`proposal_heads.txt`; issue 9, session 15). The object runs to
/// the next punctuation but a hyphen, eight words at most: (the proposal's trigger, the object's end).
fn proposal_object(text: &Text, p: &Phrase) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    if !(words().proposal_heads.contains(&p.lower)
        && toks
            .get(p.k + 1)
            .is_some_and(|t| matches!(t.lower(), "for" | "on")))
    {
        return None;
    }
    let limit = (p.k + 10).min(p.s1);
    let end = (p.k + 2..limit)
        .find(|&m| toks[m].kind == TokKind::Punct && toks[m].text != "-")
        .unwrap_or(limit);
    Some((p.k, end.max(p.b)))
}

/// The phrase of the trigger at token `k`; `None` when it names no agreement (a weak trigger neither
/// capitalised nor signed, a predicate noun after "it is").
fn phrase(text: &Text, ents: &Entities, k: usize, kind: AgreementKind) -> Option<Phrase> {
    let toks = &text.tokens;
    let t = &toks[k];
    let lower = t.lower();
    let sent = t.sentence;
    let s0 = text.sentences[sent].tok_start;
    let s1 = text.sentences[sent].tok_end;
    let (a, kind) = phrase_start(text, k, s0, kind);
    // "a memorandum of understanding on energy", "a declaration of principles": a trigger of several
    // words opening at the head ends the head (issue 9, session 16)
    let kh = k + trigger_run(text, k, s1) - 1;
    let mut b = right_edge(text, kh, s1, true);
    // the date of the agreement may follow its name ("a truce with the rebels on March 3")
    let date_end = right_edge(text, kh, s1, false);
    let det = toks[a].lower();
    let capital_name = capitalised_name(text, a, k);
    let inner = inner_actors(text, ents, a, b);
    let inner = super::mediators::without_mediators(text, ents, (a, b), kind, inner);
    // a weak trigger names an agreement with a capitalised name, or as the object of a signing
    // verb ("signed a declaration", "reached an understanding")
    let signed_object = signed_object(text, a, s0);
    // "the declaration", "this understanding": a bare weak trigger after an anaphoric determiner may
    // refer back to an agreement of its kind found before (`find` keeps it only then; issue 9,
    // session 13)
    let weak_anaphor = ANAPHORIC.contains(det) && a + 1 == k && !t.is_capitalized();
    let with_status = WEAK.contains(lower)
        && (modified_with_status(text, a, k, s1) || between_named(text, ents, k, b));
    if WEAK.contains(lower) && !capital_name && !signed_object && !weak_anaphor && !with_status {
        return None;
    }
    if no_agreement_meant(text, a, b, k, s0, s1, det) {
        return None;
    }
    if !capital_name && inner.is_empty() && counts_agreements(text, a, k, s0) {
        return None;
    }
    // "the deal", "this Agreement": a bare trigger after a determiner refers back
    // ("the Declaration of Principles", "the Treaty of Rome": a capitalised trigger with a capitalised
    // "of" complement is a name; issue 9, session 13)
    let complement_end = named_complement_end(text, k, s1);
    let named_by_complement = complement_end.is_some();
    if let Some(e) = complement_end {
        b = b.max(e);
    }
    let anaphoric = ANAPHORIC.contains(det) && a + 1 == k && !named_by_complement
        || a == k && bare_after_determiner(text, k, s0);
    let capital_name = capital_name && !anaphoric;
    let name = text.slice(toks[a].start, toks[b - 1].end);
    let name_key = name_key(text, ents, a, k);
    // "it is an agreement that …": a predicate noun describes what the pronoun refers to
    if matches!(det, "a" | "an")
        && a >= 2
        && matches!(toks[a - 1].lower(), "is" | "was" | "'s" | "’s")
        && matches!(toks[a - 2].lower(), "it" | "this" | "that")
    {
        return None;
    }
    let weak = WEAK.contains(lower) && !capital_name && !signed_object && !with_status;
    Some(Phrase {
        k,
        a,
        b,
        date_end: date_end.max(b),
        sent,
        s0,
        s1,
        kind,
        weak,
        lower: lower.to_string(),
        det: det.to_string(),
        name,
        capital_name,
        anaphoric,
        name_key,
        inner,
    })
}

/// Whether the phrase of tokens `a..=k` is written as a name: its trigger capitalised and a capitalised word
/// in it other than its determiner; a heading in capitals ("JOINT COMMUNIQUE") is typography, not a name
/// (issue 9, session 17).
fn capitalised_name(text: &Text, a: usize, k: usize) -> bool {
    let toks = &text.tokens;
    let (t, det) = (&toks[k], toks[a].lower());
    let shouted = t.text.len() > 1 && !t.text.chars().any(char::is_lowercase);
    toks[a..=k]
        .iter()
        .any(|x| x.is_capitalized() && x.lower() != det)
        && t.is_capitalized()
        && !shouted
}

/// A bare lowercase trigger (its phrase opening at it) right after "the" or a demonstrative the phrase
/// left out refers back.
fn bare_after_determiner(text: &Text, k: usize, s0: usize) -> bool {
    let toks = &text.tokens;
    let after_the = !toks[k].is_capitalized() && k > 0 && toks[k - 1].lower() == "the";
    after_the || demonstrative_before(text, k, s0)
}

/// "Senegal withdrew from that accord": a bare lowercase trigger right after a demonstrative that the
/// phrase left out (a stop word as a complementizer, "that"/"this"/"those"; `anaphoric_determiners.txt`)
/// and after a preposition or a verb inside its sentence refers back like "the accord" does, to the
/// latest of its kind, not to the article's first agreement (issue 9, session 16, set 34).
fn demonstrative_before(text: &Text, k: usize, s0: usize) -> bool {
    let toks = &text.tokens;
    k >= s0 + 2
        && !toks[k].is_capitalized()
        && STOP.contains(toks[k - 1].lower())
        && ANAPHORIC.contains(toks[k - 1].lower())
        && toks[k - 2].kind == TokKind::Word
        && !toks[k - 2].is_capitalized()
        && k + 1 < text.sentences[toks[k].sentence].tok_end
        && !toks[k].lower().ends_with('s')
}

/// The first token of the phrase headed by token `k` (sentence from `s0`) and its kind: before a
/// compound that modifies the head ("a cessation of hostilities agreement", the compound's kind), at
/// the first word of a three-word compound head ("a cessation of hostilities"), else by the words
/// before the head.
fn phrase_start(text: &Text, k: usize, s0: usize, kind: AgreementKind) -> (usize, AgreementKind) {
    match modifying_compound(text, k, s0) {
        Some((c, kd)) => (left_edge(text, c, s0), kd),
        None => match compound_at(text, k) {
            Some((c, _)) if c + 1 < k && c >= s0 => (left_edge(text, c, s0), kind),
            _ => (left_edge(text, k, s0), kind),
        },
    }
}

/// The actor entities inside the phrase of tokens `a..b` (groups excepted).
fn inner_actors(text: &Text, ents: &Entities, a: usize, b: usize) -> Vec<usize> {
    let toks = &text.tokens;
    ents.within(toks[a].start, toks[b - 1].end)
        .into_iter()
        .map(|(_, _, i)| i)
        .filter(|i| ents.is_actor(*i) && ents.list[*i].kind != EntityType::Group)
        .collect()
}

/// Whether the phrase (first token `a`, end `b`, trigger `k`, in the sentence of tokens `s0..s1`, first
/// word `det`) means no agreement: a nonreferring word before the trigger, or an indefinite subject whose
/// predicate is negated.
fn no_agreement_meant(
    text: &Text,
    a: usize,
    b: usize,
    k: usize,
    s0: usize,
    s1: usize,
    det: &str,
) -> bool {
    let toks = &text.tokens;
    // "said in a communique", "in a joint communiqué": a document that carries what someone said is
    // the medium of a statement, no agreement (issue 9, session 16)
    if a > s0 && toks[a - 1].lower() == "in" && words().speaker_documents.contains(toks[k].lower())
    {
        return true;
    }
    // "the protocol provides for a complete cessation of hostilities": what an agreement provides for
    // is its content, no agreement of its own (issue 9, session 16)
    if a >= s0 + 2
        && toks[a - 1].lower() == "for"
        && matches!(
            toks[a - 2].lower(),
            "provides" | "provide" | "provided" | "providing"
        )
    {
        return true;
    }
    if idiom_or_mediator(text, a, k, s0) {
        return true;
    }
    // "no deal", "any ceasefire", "without a deal", "signed every treaty": no agreement is meant (issue 9,
    // session 9; "every", session 17)
    let nonreferring = &words().nonreferring_words;
    if toks[a.saturating_sub(1).max(s0)..k]
        .iter()
        .any(|x| nonreferring.contains(x.lower()))
    {
        return true;
    }
    // "the guns will be quiet by agreement", "by mutual agreement": a lowercase trigger with no
    // determiner after "by" is a manner, no agreement (issue 9, session 14, set 8)
    if a > s0
        && toks[a - 1].lower() == "by"
        && !DETS.contains(det)
        && !ANAPHORIC.contains(det)
        && !toks[k].is_capitalized()
        && toks[a..k]
            .iter()
            .all(|x| x.kind == TokKind::Word && !x.is_capitalized())
    {
        return true;
    }
    // "it was never backed by a plan", "they have not signed a deal", "will not accept another deal": an
    // indefinite object of a negated verb (a negator up to four words before it, in its clause) refers to
    // no agreement (issue 9, session 13; "another", session 17)
    if matches!(det, "a" | "an" | "another")
        && toks[a.saturating_sub(4).max(s0)..a]
            .iter()
            .rev()
            .take_while(|x| x.kind == TokKind::Word)
            .any(|x| matches!(x.lower(), "not" | "never" | "n't") || x.lower().ends_with("n't"))
    {
        return true;
    }
    // "A deal is not in sight", "but an agreement was never within reach": an indefinite subject whose
    // finite verb (`finite_verbs.txt`) is negated refers to no agreement (issue 9, session 10)
    matches!(det, "a" | "an")
        && (a == s0 || matches!(toks[a - 1].lower(), "but" | "and" | "yet" | "that"))
        && negated_predicate(text, b, s1)
}

/// Whether the phrase of tokens `a..=k` (in the sentence from token `s0`) is no agreement by the words
/// right before it: "acted according to protocol", "went according to plan" (a bare trigger after
/// "according to" is the idiom), or "an earlier accord brokered by the Crisis Management Initiative" (a
/// name after a mediation participle and "by", `mediation_participles.txt`, is the mediator) (issue 9,
/// session 17).
fn idiom_or_mediator(text: &Text, a: usize, k: usize, s0: usize) -> bool {
    let toks = &text.tokens;
    if a < s0 + 2 {
        return false;
    }
    let (before, two_before) = (toks[a - 1].lower(), toks[a - 2].lower());
    a == k && before == "to" && two_before == "according"
        || toks[k].is_capitalized()
            && before == "by"
            && words().mediation_participles.contains(two_before)
}

/// Whether the plural phrase of tokens `a..=k` (in the sentence from token `s0`) speaks of agreements in
/// general or counts them, naming none: a bare plural that is no signing verb's object ("ceasefires in
/// the valley have rarely lasted", "bound by deals made abroad", a heading "A decade of accords"; but
/// "signed agreements here"), or a plural after a quantifier with no determiner ("at least five accords",
/// "several truces"; `generic_quantifiers.txt`) (issue 9, session 13).
fn counts_agreements(text: &Text, a: usize, k: usize, s0: usize) -> bool {
    let toks = &text.tokens;
    let head = toks[k].lower();
    if !head.ends_with('s') || head.ends_with("ss") {
        return false;
    }
    let object_of_party_verb = a > s0 && super::vocab::PARTY_VERBS.contains(toks[a - 1].lower());
    if a == k {
        return !object_of_party_verb;
    }
    let quantifiers = &words().generic_quantifiers;
    toks[a..k].iter().all(|x| !DETS.contains(x.lower()))
        && toks[a..k].iter().any(|x| {
            quantifiers.contains(x.lower()) || x.kind == TokKind::Number && x.text.len() < 4
        })
}

/// What a named agreement of tokens `a..=k` is known by: its capitalised words outside entity names and
/// numbers ("the 1996 GRP-MNLF Final Peace Agreement" = "the 1996 Final Peace Agreement").
fn name_key(text: &Text, ents: &Entities, a: usize, k: usize) -> String {
    text.tokens[a..=k]
        .iter()
        .filter(|x| {
            x.is_capitalized()
                && ents.covering(x.start).is_none()
                && !x.text.contains('-')
                && !DETS.contains(x.lower())
        })
        .map(|x| x.lower().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

// over 80 lines: one ladder over the kinds of mention (apart by a year or a past modifier, "such", an
// apposition, a name, named sides, a bare definite), each rung a few lines calling a helper
/// The agreement found before that the phrase refers to: the one an apposition names ("the Good Friday
/// Agreement, a treaty which …"), the first one of the same name, or, for a definite reference, the latest
/// one of the kind (or of the parties named).
fn referent(
    p: &Phrase,
    text: &Text,
    ents: &Entities,
    out: &[RawAgreement],
    named_first: &HashMap<String, usize>,
) -> Option<usize> {
    let toks = &text.tokens;
    let (a, k, kind) = (p.a, p.k, p.kind);
    if dated_apart(text, p, out) || year_premodified_apart(text, p, out) {
        return None;
    }
    if let Some(earlier) = introduced_as_earlier(text, p, out) {
        return earlier;
    }
    let indefinite = matches!(p.det.as_str(), "a" | "an");
    if after_such(text, p) {
        // "negotiating such an agreement": the latest agreement of the kind's class (issue 9, session
        // 14, set 8)
        out.iter()
            .rposition(|g| coref::class(g.kind) == coref::class(kind))
    } else if indefinite && a >= 2 && toks[a - 1].text == "," {
        // an apposition names the agreement before it
        out.iter()
            .position(|g| g.mentions.iter().any(|m| m.1 == toks[a - 2].end))
    } else if p.capital_name {
        named_first.get(&p.name_key).copied()
    } else if ANAPHORIC.contains(&p.det) && !p.inner.is_empty() && !p.anaphoric {
        // "the EU plan": the latest agreement of the kind whose parties include those named
        let named: BTreeSet<usize> = p.inner.iter().filter_map(|i| ents.party_of(*i)).collect();
        out.iter()
            .rposition(|g| g.kind == kind && !named.is_empty() && named.is_subset(&g.parties))
    } else if p.anaphoric
        || (ANAPHORIC.contains(&p.det)
            && p.inner.is_empty()
            && toks[a + 1..k].iter().all(|x| !x.is_capitalized()))
            && !out.is_empty()
    {
        // the latest agreement of the same kind; a bare "the agreement" may refer to any kind, but a
        // bare "the proposal" after a proposing verb in its sentence or the one before is what was
        // proposed there ("X has proposed a joint fund … Y has not responded to the plan"; issue 9,
        // session 14, set 10)
        let bare = a + 1 == k || a == k;
        if let Some(v) = proposal_after_proposing(text, p).filter(|_| bare) {
            // the plan proposed there, if it was named as one ("Malaysia has proposed a patrol
            // plan … Jakarta has not responded to the proposal") or as the proposing verb's object
            // ("Benin has proposed a joint patrol memorandum"; issue 9, session 15, set 14), else a
            // new one
            let from = text.sentences[toks[k].sentence.saturating_sub(1)].start;
            return out.iter().rposition(|g| {
                g.mentions.iter().any(|m| {
                    m.0 >= from && matches!(g.kind, AgreementKind::Plan | AgreementKind::Proposal)
                        || text.token_at_or_after(m.0) == v + 1
                })
            });
        }
        if let Some(i) = echoed_with_head(text, p, out).filter(|_| !bare) {
            return Some(i);
        }
        if let Some(i) = meant_referent(p, out).filter(|_| bare && !demonstrative(text, p)) {
            return Some(i);
        }
        out.iter()
            .rposition(|g| coref::class(g.kind) == coref::class(kind))
            .or_else(|| {
                if bare {
                    out.iter().rposition(|g| coref::may_refer(kind, g))
                } else {
                    None
                }
            })
            // a bare generic word ("the deal", "the agreement", "the plan") may name the latest
            // agreement of any kind; "the ceasefire" with no ceasefire before is a ceasefire of its
            // own, not an earlier proposal (issue 9, session 15)
            .or(if out.is_empty() || !bare || coref::class(kind) == 2 {
                None
            } else {
                Some(out.len() - 1)
            })
    } else {
        None
    }
}

/// "Indonesia and the rebels agreed a ceasefire … The last ceasefire between the army and the rebels,
/// brokered in 2019, collapsed": a definite, uncapitalised mention with a modifier that makes it a past
/// agreement (`earlier_modifiers.txt`: "the previous truce", "the last ceasefire") is not the latest of its
/// kind, whatever sides it names, but the latest of its class introduced as past itself ("an earlier
/// truce … the previous truce", "the last deal … That earlier deal"), else another agreement
/// (`Some(None)`). `None` when the rule does not
/// apply (issue 9, session 16, set 34).
fn introduced_as_earlier(text: &Text, p: &Phrase, out: &[RawAgreement]) -> Option<Option<usize>> {
    let earlier_words = &words().earlier_modifiers;
    let toks = &text.tokens;
    if p.capital_name || p.a >= p.k {
        return None;
    }
    // "the previous truce", or "That earlier deal" (the phrase opens at the modifier after a
    // demonstrative left out of it)
    let after_the = p.det == "the"
        && toks[p.a + 1..p.k]
            .iter()
            .any(|t| earlier_words.contains(t.lower()));
    let after_demonstrative = earlier_words.contains(p.det.as_str())
        && p.a > p.s0
        && ANAPHORIC.contains(toks[p.a - 1].lower());
    if !(after_the || after_demonstrative) {
        return None;
    }
    let introduced_earlier = |g: &RawAgreement| {
        coref::class(g.kind) == coref::class(p.kind)
            && g.name
                .split_whitespace()
                .any(|w| earlier_words.contains(w.to_lowercase().as_str()))
    };
    Some(out.iter().rposition(introduced_earlier))
}

/// "Lima said it had abandoned that agreement": the distal demonstrative points at the agreement just
/// told of, the latest of its class, even one introduced as past; it is the determiner that also opens
/// clauses (both `anaphoric_determiners.txt` and `np_stop_words.txt` hold "that"). A proximal "This
/// accord ends a dispute" in a quote still means the article's accord (issue 9, session 16, set 34).
fn demonstrative(text: &Text, p: &Phrase) -> bool {
    STOP.contains(&p.det) && ANAPHORIC.contains(&p.det) || demonstrative_before(text, p.k, p.s0)
}

/// "Peru and Ecuador signed an accord …, a year after an earlier cleaning deal collapsed … The accord was
/// signed in Tumbes", "Pakistan and Iran signed an agreement …, a year after an earlier barter arrangement
/// collapsed … the deal would hold only if": a bare definite agreement, deal or accord is, when the latest
/// agreement of its class does not hold its word, the latest that does ("the accord"); else, when the
/// latest was introduced as a past one (`earlier_modifiers.txt`: "an earlier …", "a previous …"), the
/// latest that was not (issue 9, session 16, set 29). Ceasefires and truces are left to the latest of
/// their class.
fn meant_referent(p: &Phrase, out: &[RawAgreement]) -> Option<usize> {
    if coref::class(p.kind) != 1 {
        return None;
    }
    let words = |g: &RawAgreement| {
        g.name
            .split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let holds = |g: &RawAgreement| words(g).contains(&p.lower);
    let earlier = |g: &RawAgreement| {
        words(g)
            .iter()
            .any(|w| crate::words::words().earlier_modifiers.contains(w))
    };
    let in_class = |g: &RawAgreement| coref::class(g.kind) == 1;
    let latest = out.iter().rposition(in_class)?;
    if holds(&out[latest]) {
        return None;
    }
    out.iter()
        .rposition(|g| in_class(g) && holds(g))
        .or_else(|| {
            if earlier(&out[latest]) {
                out.iter().rposition(|g| in_class(g) && !earlier(g))
            } else {
                None
            }
        })
}

/// "The earlier deal" after "an earlier cleaning deal": a definite mention whose lowercase modifiers and
/// head word all occur in the name of an agreement found before is the latest such agreement (issue 9,
/// session 16, set 26).
fn echoed_with_head(text: &Text, p: &Phrase, out: &[RawAgreement]) -> Option<usize> {
    if p.a >= p.k {
        return None;
    }
    let mods = &text.tokens[p.a + 1..p.k];
    if mods.is_empty()
        || mods
            .iter()
            .any(|t| t.kind != TokKind::Word || t.is_capitalized())
    {
        return None;
    }
    out.iter().rposition(|g| {
        let words: Vec<&str> = g.name.split_whitespace().collect();
        words.contains(&p.lower.as_str()) && mods.iter().all(|t| words.contains(&t.lower()))
    })
}

/// The token of the last proposing verb ("proposed", "suggested"; `proposing_verbs.txt`) before a
/// plan's or proposal's phrase, in its sentence or the sentence before; `None` for other kinds.
pub(super) fn proposal_after_proposing(text: &Text, p: &Phrase) -> Option<usize> {
    if !matches!(p.kind, AgreementKind::Plan | AgreementKind::Proposal) {
        return None;
    }
    let toks = &text.tokens;
    let sent = toks[p.k].sentence;
    let from = if sent > 0 {
        text.sentences[sent - 1].tok_start
    } else {
        p.s0
    };
    (from..p.a)
        .rev()
        .find(|&m| words().proposing_verbs.contains(toks[m].lower()))
}

/// The year of "in YEAR" in the phrase's clause after its head (up to twelve tokens, no punctuation
/// between): "signed a peace agreement with the government in Bangui in 2019", "an agreement that the
/// movement signed with the regional government in 2023".
fn year_in_clause<'t>(text: &'t Text, p: &Phrase) -> Option<&'t str> {
    let toks = &text.tokens;
    let s_end = text.sentences[toks[p.k].sentence].tok_end;
    toks[(p.k + 1).min(s_end)..(p.k + 12).min(s_end)]
        .iter()
        .take_while(|t| t.kind != TokKind::Punct && t.kind != TokKind::Quote)
        .collect::<Vec<_>>()
        .windows(2)
        .find(|w| w[0].lower() == "in" && w[1].kind == TokKind::Number && w[1].text.len() == 4)
        .map(|w| w[1].text.as_str())
}

/// "The pipeline agreement that the two countries signed in 2019" after "a deal reached on Monday": a
/// definite mention dated by a year in a relative or participle clause right after its head (no other
/// trigger noun between) is another agreement than those found before, unless one of them carries that
/// year in its name (issue 9, session 15, set 14).
fn dated_apart(text: &Text, p: &Phrase, out: &[RawAgreement]) -> bool {
    let toks = &text.tokens;
    if !ANAPHORIC.contains(&p.det) || p.capital_name || p.k + 1 >= p.s1 {
        return false;
    }
    let next = toks[p.k + 1].lower();
    if !(matches!(next, "that" | "which") || next.len() > 4 && next.ends_with("ed")) {
        return false;
    }
    let Some(y) = year_in_clause(text, p) else {
        return false;
    };
    let own = (p.k + 1..p.s1)
        .take_while(|&m| toks[m].text != y)
        .all(|m| trigger_at(text, m).is_none());
    own && out.iter().all(|g| !g.name.contains(y))
}

/// "the 1998 peace agreement" after "an accord signed on Thursday": a definite, uncapitalised mention
/// with a year among its modifiers is another agreement than those found before, unless one of them
/// carries that year in its name, date or sentences (issue 9, session 16, set 26).
fn year_premodified_apart(text: &Text, p: &Phrase, out: &[RawAgreement]) -> bool {
    if !ANAPHORIC.contains(&p.det) || p.capital_name || p.a + 1 >= p.k {
        return false;
    }
    let Some(y) = text.tokens[p.a + 1..p.k]
        .iter()
        .find(|t| t.kind == TokKind::Number && t.text.len() == 4)
        .map(|t| t.text.as_str())
    else {
        return false;
    };
    // the year in an earlier sentence of an agreement ("put forward a proposal in 2023 … the 2023
    // proposal") makes it that agreement
    let in_sentences = |g: &RawAgreement| {
        g.sentences.iter().filter(|&&s| s != p.sent).any(|&s| {
            let seg = text.sentences[s];
            text.tokens[seg.tok_start..seg.tok_end]
                .iter()
                .any(|t| t.text == y)
        })
    };
    out.iter().all(|g| {
        !g.name.contains(y)
            && !g.date.as_deref().is_some_and(|d| d.starts_with(y))
            && !in_sentences(g)
    })
}

/// A new agreement for a phrase that refers to none found before.
fn new_agreement(p: &Phrase, text: &Text, ents: &Entities) -> RawAgreement {
    let toks = &text.tokens;
    // "a deal reached in 2022", "A ceasefire signed in Doha in 2023": a participle after the head
    // dating it by a year sets the mention apart (issue 9, session 12)
    let s_end = text.sentences[toks[p.k].sentence].tok_end;
    let dated_after = toks
        .get(p.k + 1)
        .is_some_and(|t| t.kind == TokKind::Word && t.lower().ends_with("ed"))
        && toks[(p.k + 2).min(s_end)..(p.k + 8).min(s_end)]
            .iter()
            .take_while(|t| t.kind != TokKind::Punct && t.kind != TokKind::Quote)
            .any(|t| t.kind == TokKind::Number && t.text.len() == 4);
    // "signed a peace agreement with the government in Bangui in 2019": "in" and a year later in
    // the phrase's clause date it too (issue 9, session 13), also at the end of a relative clause ("an
    // agreement that the movement signed with the regional government in 2023"; session 14, set 6)
    let dated_in = year_in_clause(text, p).is_some();
    // "a ceasefire it had signed with army commanders last year" (issue 9, session 14, set 8)
    let last_year = toks[(p.k + 1).min(s_end)..(p.k + 12).min(s_end)]
        .iter()
        .take_while(|t| t.kind != TokKind::Punct && t.kind != TokKind::Quote)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[0].lower() == "last" && w[1].lower() == "year");
    let dated_after =
        dated_after || dated_in || last_year || dated_before(text, p) || month_after(text, p);
    RawAgreement {
        kind: p.kind,
        name: p.name.clone(),
        parties: BTreeSet::new(),
        status: status::default_status(p.kind),
        status_at: None,
        date: None,
        place: None,
        mentions: Vec::new(),
        sentences: BTreeSet::new(),
        named: p.capital_name,
        pair_subject: false,
        generic: !p.capital_name
            && !dated_after
            && !prospective(text, p)
            && !list_entry(text, p)
            && !made_also(text, p)
            && !possessed_with_side(text, ents, p)
            && !own_unnamed_sides(text, ents, p)
            && (!p.lower.ends_with('s') || p.lower.ends_with("ss"))
            && toks[p.a..p.k]
                .iter()
                .all(|x| x.kind != TokKind::Number && !DISTINCT.contains(x.lower())),
    }
}

/// "An earlier offer, floated in 2025 as the Red Sea Corridor Initiative": a named phrase after "as" and
/// a participle (up to four tokens before "as", in its clause) names the latest agreement already
/// mentioned in its sentence (issue 9, session 14, set 8).
fn named_as(text: &Text, p: &Phrase, out: &[RawAgreement]) -> Option<usize> {
    let toks = &text.tokens;
    if !p.capital_name || p.a < p.s0 + 2 || toks[p.a - 1].lower() != "as" {
        return None;
    }
    let irregular = &words().irregular_participles;
    let participle = (p.a.saturating_sub(5).max(p.s0)..p.a - 1)
        .filter(|&m| toks[m..p.a - 1].iter().all(|t| t.text != ","))
        .any(|m| {
            let w = toks[m].lower();
            toks[m].kind == TokKind::Word && (w.ends_with("ed") || irregular.contains(w))
        });
    if !participle {
        return None;
    }
    out.iter().rposition(|g| g.sentences.contains(&p.sent))
}

/// "A truce signed in March between the same two parties", "reached an agreement in August on
/// monitoring": an indefinite mention dated by "in" and a month right after its head (through one
/// participle, and "early", "mid" or "late" before the month) is an agreement of its own, not a generic
/// mention of one found before, unless an earlier sentence names that month (issue 9, session 15, set 20).
fn month_after(text: &Text, p: &Phrase) -> bool {
    let toks = &text.tokens;
    if !matches!(p.det.as_str(), "a" | "an") {
        return false;
    }
    let at = |m: usize| toks.get(m).filter(|t| t.sentence == toks[p.k].sentence);
    let mut m = p.k + 1;
    if at(m).is_some_and(|t| {
        t.kind == TokKind::Word
            && (t.lower().len() > 4 && t.lower().ends_with("ed")
                || words().irregular_participles.contains(t.lower()))
    }) {
        m += 1;
    }
    if at(m).is_none_or(|t| t.lower() != "in") {
        return false;
    }
    m += 1;
    if at(m).is_some_and(|t| matches!(t.lower(), "early" | "mid" | "late")) {
        m += 1;
    }
    let month = |t: &crate::text::Token| {
        t.text
            .starts_with(|c: char| c.is_uppercase())
            .then(|| lexicon().month(&t.text))
            .flatten()
    };
    let Some(mo) = at(m).and_then(month) else {
        return false;
    };
    // "a truce in June … under a truce signed in June": a month the article named before may date the
    // agreement already found
    let s0 = text.sentences[toks[p.k].sentence].tok_start;
    toks[..s0].iter().all(|t| month(t) != Some(mo))
}

/// "In 2025 the three sides reached a technical deal": a sentence opening with "in" and a year dates the
/// agreements it makes, so they stand apart from the article's main one (issue 9, session 14, set 8).
/// So does "in" and a year later in the stretch before the phrase with no comma or semicolon between
/// ("Talks in Accra in 2016 between the unions produced a deal"; issue 9, session 15, set 14).
fn dated_before(text: &Text, p: &Phrase) -> bool {
    let toks = &text.tokens;
    let year_at = |m: usize| {
        toks[m].lower() == "in"
            && toks[m + 1].kind == TokKind::Number
            && toks[m + 1].text.len() == 4
    };
    if p.a >= p.s0 + 2 && year_at(p.s0) {
        return true;
    }
    (p.s0..p.a.saturating_sub(1))
        .rev()
        .take_while(|&m| !matches!(toks[m + 1].text.as_str(), "," | ";"))
        .any(year_at)
}

/// "A supply deal signed in January between the interim administration and the fuel enterprise": an
/// indefinite phrase naming two sides of its own ("between X and Y") of which fewer than two are known
/// actors is its own agreement, not a generic mention of one found before (its sides cannot be
/// compared; issue 9, session 15, set 14). A definite one ("the understanding … between …") may still
/// refer back.
fn own_unnamed_sides(text: &Text, ents: &Entities, p: &Phrase) -> bool {
    matches!(p.det.as_str(), "a" | "an") && own_unnamed_sides_after(text, ents, p.k)
}

/// Whether the agreement phrase headed by token `k` names two sides of its own ("between X and Y" in
/// the clause after the head) of which fewer than two are known actors (see [`own_unnamed_sides`]).
pub(super) fn own_unnamed_sides_after(text: &Text, ents: &Entities, k: usize) -> bool {
    let toks = &text.tokens;
    let s1 = text.sentences[toks[k].sentence].tok_end;
    // the clause after the head, through a participle and its date ("signed in January between")
    let end = (k + 1..s1.min(k + 20))
        .find(|&m| toks[m].kind == TokKind::Punct || toks[m].kind == TokKind::Quote)
        .unwrap_or(s1.min(k + 20));
    let Some(bt) = (k + 1..end.min(k + 8)).find(|&m| toks[m].lower() == "between") else {
        return false;
    };
    let coordinated = (bt + 1..end).any(|m| toks[m].lower() == "and");
    if !coordinated && !plural_group_after(text, bt + 1, end) {
        return false;
    }
    let sides: BTreeSet<usize> = ents
        .within(toks[bt].end, toks[end - 1].end)
        .into_iter()
        .filter(|&(_, _, i)| ents.is_actor(i))
        .filter_map(|(_, _, i)| ents.party_of(i))
        .collect();
    sides.len() < 2
}

/// "a local deal between elders of the two camps", "a truce between herders": "between" followed at once
/// by a bare plural noun ("-s" but not "-ss", or "-men"; no determiner of `np_determiners.txt`, no number) that opens the rest of the
/// clause names two groups as sides of their own, not the article's known sides ("between the two
/// countries" keeps its determiner and may still refer back; issue 9, session 15, set 22).
fn plural_group_after(text: &Text, m: usize, end: usize) -> bool {
    let Some(t) = text.tokens.get(m).filter(|_| m < end) else {
        return false;
    };
    t.kind == TokKind::Word
        && !t.is_capitalized()
        && !DETS.contains(t.lower())
        && t.lower().len() > 3
        && (t.lower().ends_with('s') && !t.lower().ends_with("ss") || t.lower().ends_with("men"))
}

/// "Norway's deal with Russia", "the council's accord with the archdiocese": an agreement owned by an
/// actor and made with another actor named right after "with" is that pair's, not a generic mention of the article's main
/// agreement (issue 9, session 14, set 8).
fn possessed_with_side(text: &Text, ents: &Entities, p: &Phrase) -> bool {
    let toks = &text.tokens;
    let owned = (p.a + 1..p.k).any(|m| matches!(toks[m].text.as_str(), "'s" | "’s"));
    // the other side: an actor named right after "with" (or "with the")
    let w = p.k + 1;
    let other = (w + 1..(w + 3).min(p.s1))
        .take_while(|&m| m == w + 1 || toks[w + 1].lower() == "the")
        .any(|m| {
            ents.covering(toks[m].start)
                .is_some_and(|(st, _, i)| st == toks[m].start && ents.is_actor(i))
        });
    owned && toks.get(w).is_some_and(|t| t.lower() == "with") && other
}

/// "The two sides also reached a deal": an adverb of `distinct_adverbs.txt` right before the party verb
/// (up to two tokens before the phrase) that makes this agreement sets it apart from the ones before it
/// (issue 9, session 14, set 6).
fn made_also(text: &Text, p: &Phrase) -> bool {
    let toks = &text.tokens;
    let adverbs = &words().distinct_adverbs;
    (p.a.saturating_sub(3).max(p.s0)..p.a)
        .rev()
        .find(|&m| super::vocab::PARTY_VERBS.contains(toks[m].lower()))
        .is_some_and(|v| v > p.s0 && adverbs.contains(toks[v - 1].lower()))
}

/// The agreement of a timeline entry (`entry`: its sentence and agreement) that the phrase refers to: the
/// sentence after an entry ("2016 - The Yei Accord. X and Y sign a ceasefire in Yei.") describes the
/// entry's agreement, so its first indefinite mention is that agreement (issue 9, session 13).
fn entry_referent(text: &Text, p: &Phrase, entry: Option<(usize, usize)>) -> Option<usize> {
    entry
        .filter(|&(es, _)| p.sent == es + 1 && same_paragraph(text, es, p.sent))
        .filter(|_| matches!(p.det.as_str(), "a" | "an") && !p.capital_name)
        .map(|(_, ei)| ei)
}

/// Whether sentences `s` and `t` are in one paragraph.
fn same_paragraph(text: &Text, s: usize, t: usize) -> bool {
    let toks = &text.tokens;
    let (a, b) = (text.sentences[s], text.sentences[t]);
    a.tok_start < a.tok_end
        && b.tok_start < b.tok_end
        && toks[a.tok_start].paragraph == toks[b.tok_start].paragraph
}

/// Whether the phrase makes its sentence alone, after at most a year or number and a dash ("2020 - A
/// cessation of hostilities agreement."): an entry of a timeline or list, which introduces an agreement
/// of its own (issue 9, session 13).
fn list_entry(text: &Text, p: &Phrase) -> bool {
    let toks = &text.tokens;
    let lead = toks[p.s0..p.a]
        .iter()
        .all(|t| t.kind == TokKind::Number || matches!(t.text.as_str(), "-" | "–" | "—" | ":"));
    let tail = toks[p.b..p.s1].iter().all(|t| t.kind == TokKind::Punct);
    lead && tail
}

/// Whether the phrase is the object of negotiations ("open negotiations on a comprehensive peace
/// agreement", "talks over a new truce"; `negotiation_nouns.txt`) or of a negotiating verb ("negotiate a
/// new ceasefire"): it names an agreement still to be made, not one found before (issue 9, session 13).
fn prospective(text: &Text, p: &Phrase) -> bool {
    let toks = &text.tokens;
    if !matches!(p.det.as_str(), "a" | "an") || p.a < p.s0 + 1 {
        return false;
    }
    // the object of a negotiating verb ("negotiate a new ceasefire": a one-word phrase of the status
    // lexicon whose status is negotiating)
    let verb = toks[p.a - 1].lower();
    let negotiated = lexicon()
        .status_phrases()
        .iter()
        .any(|(ph, st)| *st == AgreementStatus::Negotiating && ph.len() == 1 && ph[0] == verb)
        && !words().negotiation_nouns.contains(verb);
    // the object of a verb of wanting ("Egypt and Sudan want a binding agreement";
    // `desire_verbs.txt`; issue 9, session 14, set 8)
    // the object of a proposing verb up to four tokens before it in its clause ("proposed on Monday a
    // national stability pact"; `proposing_verbs.txt`): a proposal of its own (issue 9, session 16,
    // set 26)
    let proposed = (p.a.saturating_sub(4).max(p.s0)..p.a)
        .rev()
        .take_while(|&m| toks[m].kind != TokKind::Punct && toks[m].kind != TokKind::Quote)
        .any(|m| words().proposing_verbs.contains(toks[m].lower()));
    negotiated
        || proposed
        || words().desire_verbs.contains(verb)
        || p.a >= p.s0 + 2
            && matches!(verb, "on" | "over" | "for" | "about" | "towards" | "toward")
            && words().negotiation_nouns.contains(toks[p.a - 2].lower())
}

/// The date inside the phrase or right before it: the first day-precise date (in list order) within
/// three tokens before the phrase and its end. `by_start`: the indices of `dates` sorted by start offset.
fn phrase_date(
    p: &Phrase,
    text: &Text,
    dates: &[DateMention],
    by_start: &[usize],
) -> Option<String> {
    let toks = &text.tokens;
    let lo = toks[p.a.saturating_sub(3).max(p.s0)].start;
    let hi = toks[p.date_end - 1].end;
    // the first date (in list order) inside [lo, hi]: among those starting there
    let from = by_start.partition_point(|&i| dates[i].start < lo);
    by_start[from..]
        .iter()
        .take_while(|&&i| dates[i].start <= hi)
        .filter(|&&i| dates[i].end <= hi && dates[i].precision == DatePrecision::Day)
        .min()
        .map(|&i| dates[i].date.format("%Y-%m-%d").to_string())
}

/// The place of a sentence: the first location after "in" ("in X").
fn sentence_place(sent: usize, text: &Text, ents: &Entities) -> Option<usize> {
    let toks = &text.tokens;
    for (s, _, i) in ents.within(text.sentences[sent].start, text.sentences[sent].end) {
        if ents.list[i].kind == EntityType::Location {
            let ti = text.token_at_or_after(s);
            if ti > 0 && toks[ti - 1].lower() == "in" {
                return Some(i);
            }
        }
    }
    None
}

/// Whether the tokens from `b` (before the sentence end `s1`) open a negated predicate: a finite verb
/// (`finite_verbs.txt`) that is itself negative ("isn't", "cannot") or is followed by "not", "never" or "n't".
fn negated_predicate(text: &Text, b: usize, s1: usize) -> bool {
    let toks = &text.tokens;
    let Some(verb) = toks
        .get(b)
        .filter(|_| b < s1)
        .map(|t| t.lower().to_string())
    else {
        return false;
    };
    if !words().finite_verbs.contains(&verb) {
        return false;
    }
    verb.ends_with("n't")
        || verb == "cannot"
        || toks
            .get(b + 1)
            .filter(|_| b + 1 < s1)
            .is_some_and(|t| matches!(t.lower(), "not" | "never" | "n't"))
}
