//! Statuses told later in a subject agreement's clause: "the truce held nine days" (told in the simple
//! past to have held for a span of time, it held no longer: collapsed), and a terminal verb coordinated
//! with its first one ("was never put into effect and was quietly shelved") (issue 9, session 14,
//! set 10); the status of its predicate however long the subject ("A 2019 protocol on the gas field,
//! which lies on the mainland, remains in force") (issue 9, session 15, set 14); in force, what is done
//! or owed under it ("obligations under the Montreux Convention") (issue 9, session 17, set 37).

use super::status::stage;
use super::vocab::NEGATORS;
use crate::lexicon::lexicon;
use crate::model::{AgreementKind, AgreementStatus};
use crate::text::{Segment, Text, TokKind};
use crate::words::words;
use rustc_hash::FxHashSet as HashSet;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The "verb:" words of `lasting_words.txt` ("held", "lasted"), without the prefix.
static LASTING_VERBS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    words()
        .lasting_words
        .iter()
        .filter_map(|w| w.strip_prefix("verb:").map(str::to_string))
        .collect()
});

/// The words of `lasting_words.txt` by their prefix ("verb", "ago", "does", …), read once: a look-up
/// costs no allocation.
static LASTING: LazyLock<HashMap<String, HashSet<String>>> = LazyLock::new(|| {
    let mut by_prefix: HashMap<String, HashSet<String>> = HashMap::new();
    for entry in &words().lasting_words {
        if let Some((prefix, word)) = entry.split_once(':') {
            by_prefix
                .entry(prefix.to_string())
                .or_default()
                .insert(word.to_string());
        }
    }
    by_prefix
});

/// Whether `word` is a `lasting_words.txt` word of `prefix` ("ago" and "later": "ago:later").
pub(super) fn lasting(prefix: &str, word: &str) -> bool {
    LASTING.get(prefix).is_some_and(|s| s.contains(word))
}

/// Modal verbs that leave what is done under an agreement undone ("would free them under the deal").
const MODALS: &[&str] = &["could", "would", "may", "might", "will", "should", "can"];

/// How many tokens after a mention its "held" may stand.
const WINDOW: usize = 14;

/// The span (first token, end token) of "held [for] [only] NINE DAYS" after the mention ending at token
/// `me_t` in the sentence `seg`, with its status (collapsed): only names, their connectors and a comma
/// stand between (no finite verb, no relative word: "a truce that the army held" is another clause),
/// and no "has"/"have" before the verb ("has held for nine days" still holds).
pub(super) fn held_for_a_time(
    text: &Text,
    seg: Segment,
    me_t: usize,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let end = seg.tok_end.min(me_t + WINDOW);
    let v = (me_t..end).find(|&m| LASTING_VERBS.contains(toks[m].lower()))?;
    let between_ok = toks[me_t..v].iter().all(|t| {
        t.text == ","
            || t.kind == TokKind::Number
            || t.kind == TokKind::Word
                && !words().finite_verbs.contains(t.lower())
                && !matches!(t.lower(), "that" | "which" | "who" | "it" | "they")
    });
    if !between_ok || v == seg.tok_start {
        return None;
    }
    // "held for only nine days": "for" and "only" may stand before the count
    let mut m = v + 1;
    for skip in ["for", "only"] {
        m += usize::from(m < seg.tok_end && toks[m].lower() == skip);
    }
    if m + 1 >= seg.tok_end {
        return None;
    }
    let counted = toks[m].kind == TokKind::Number || lasting("count", toks[m].lower());
    let unit = lasting("unit", toks[m + 1].lower());
    (counted && unit).then_some((v, m + 2, AgreementStatus::Collapsed))
}

/// How many tokens the predicate before the "and" may have ("was never put into effect").
const PREDICATE_MAX: usize = 8;

/// A terminal status (abandoned, collapsed, withdrawn, violated) in a verb coordinated with the
/// predicate of a subject agreement whose mention ends at token `me_t`: the first "and" after it whose
/// stretch back to the last comma (or to the mention) opens with a finite auxiliary ("was never put
/// into effect and"; a stretch opening otherwise may be a new clause with its own subject), then
/// auxiliaries and "-ly" adverbs, then the phrase ("A similar memorandum, signed in 2021, was never
/// put into effect and was quietly shelved"). Nothing after a negated auxiliary ("and was never
/// abandoned").
pub(super) fn coordinated_terminal(
    text: &Text,
    seg: Segment,
    me_t: usize,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let end = seg.tok_end;
    let and = (me_t..end).find(|&m| toks[m].lower() == "and")?;
    let open = (me_t..and)
        .rev()
        .find(|&m| toks[m].text == ",")
        .map_or(me_t, |c| c + 1);
    // a short predicate with no clause of its own inside ("is the only arrangement that has survived
    // since Russia withdrew … and suspended visits": the "and" joins another clause's verbs)
    let subordinators = &words().subordinators;
    if open >= and
        || and - open > PREDICATE_MAX
        || !words().finite_verbs.contains(toks[open].lower())
        || toks[open..and].iter().any(|t| {
            subordinators.contains(t.lower()) || matches!(t.lower(), "that" | "which" | "who")
        })
    {
        return None;
    }
    let aux = &words().auxiliaries;
    // auxiliaries, "-ly" adverbs and the time adverbs of `lasting_words.txt` ("has since been quietly
    // shelved")
    let skippable = |w: &str| aux.contains(w) || w.ends_with("ly") || lasting("adverb", w);
    let mut m = and + 1;
    while m < end.min(and + 5) && skippable(toks[m].lower()) {
        // "and was never shelved" tells the opposite
        if matches!(toks[m].lower(), "not" | "never") {
            return None;
        }
        m += 1;
    }
    let lex = lexicon();
    let phrases = lex.status_phrases();
    lex.status_phrases_opening_with(toks.get(m)?.lower())
        .iter()
        .map(|&i| &phrases[i])
        .filter(|ph| stage(ph.1).is_none() && m + ph.0.len() <= end)
        .filter(|ph| {
            toks[m..m + ph.0.len()]
                .iter()
                .zip(&ph.0)
                .all(|(t, w)| t.lower() == w)
        })
        .max_by_key(|ph| ph.0.len())
        .map(|ph| (m, m + ph.0.len(), ph.1))
}

/// Whether a word after a comma opens an insertion in the subject: a relative pronoun, or a participle
/// ("-ed" or `irregular_participles.txt`).
fn opens_insertion(w: &str) -> bool {
    matches!(w, "which" | "who")
        || w.len() > 4 && w.ends_with("ed")
        || words().irregular_participles.contains(w)
}

/// How many tokens after a subject mention its predicate's status phrase may stand.
const PREDICATE_WINDOW: usize = 30;

/// How many tokens after the predicate's first auxiliary its status phrase may start ("was never put
/// into effect").
const AFTER_AUXILIARY: usize = 4;

/// The status phrase of the predicate of a subject agreement whose mention ends at token `me_t` (of
/// agreement `gi`; `mention_starts`: the first token of every agreement mention), however long its
/// subject: the first status phrase after the mention, skipping a relative or participle clause between
/// commas (", which lies on the mainland,", ", brokered in 2024,"), when it stands beyond the reach of
/// the phrases read near the mention, and within four tokens of the first finite auxiliary
/// (`finite_verbs.txt`), read with the words before it (negators, future markers). Nothing past a
/// restrictive relative ("that Chad signed"), a subordinator ("after the president withdrew"), a
/// semicolon or colon, or another agreement's mention; a phrase ending in a preposition ("withdrew
/// from") or a one-word verb before a determiner ("withdrew his backing") tells of what follows it.
pub(super) fn predicate_status(
    text: &Text,
    seg: Segment,
    me_t: usize,
    gi: usize,
    mention_starts: &HashMap<usize, usize>,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let mut end = seg.tok_end.min(me_t + PREDICATE_WINDOW);
    let mut m = me_t;
    while m < end {
        let w = toks[m].lower();
        // ", which lies on the mainland,", ", brokered by the initiative in 2024,": a relative or
        // participle clause between commas
        if toks[m].text == "," && toks.get(m + 1).is_some_and(|t| opens_insertion(t.lower())) {
            m = (m + 1..end).find(|&c| toks[c].text == ",")? + 1;
            continue;
        }
        if w == "that"
            && let Some(f) = object_relative_end(text, m, end)
        {
            m = f;
            continue;
        }
        if mention_starts.get(&m).is_some_and(|&o| o != gi)
            || matches!(w, "that" | "which" | "who" | ";" | ":")
            || words().subordinators.contains(w)
        {
            return None;
        }
        let found = longest_phrase_at(text, m, end);
        // "A supply deal signed in January between …, has largely held": a participle with its
        // complement right after the head belongs to the subject
        let participle = m == me_t
            && found.is_some_and(|ph| ph.0.len() == 1 && ph.0[0].ends_with("ed"))
            && toks.get(m + 1).is_some_and(|t| {
                matches!(
                    t.lower(),
                    "in" | "on" | "at" | "by" | "with" | "between" | "last"
                )
            });
        if participle {
            m += 1;
            continue;
        }
        if let Some(ph) = found {
            let needs_object = ph.0.last().is_some_and(|l| {
                matches!(l.as_str(), "from" | "of" | "on" | "upon" | "over" | "about")
            });
            // "withdrew his backing": a one-word verb with an object of its own tells of that object
            let object_after = ph.0.len() == 1
                && toks.get(m + 1).is_some_and(|t| {
                    super::vocab::DETS.contains(t.lower()) && !opens_time_adverbial(text, m + 1)
                });
            if needs_object || object_after {
                return None;
            }
            // a phrase near the mention is read there, with its schedules and objects
            if m + ph.0.len() <= me_t + super::status::STATUS_WINDOW {
                return None;
            }
            // the words before it in the predicate ("in May, came into force": not the insertion's)
            let lo = m.saturating_sub(3).max(me_t);
            let lo = (lo..m)
                .rev()
                .find(|&c| toks[c].text == ",")
                .map_or(lo, |c| c + 1);
            let before: Vec<String> = toks[lo..m].iter().map(|t| t.lower().to_string()).collect();
            let status = super::status::phrase_status(&ph.0, ph.1, &before)?;
            return Some((m, m + ph.0.len(), status));
        }
        if words().finite_verbs.contains(w) {
            end = end.min(m + 1 + AFTER_AUXILIARY);
        }
        m += 1;
    }
    None
}

/// How many tokens a subject may have in an object relative ("that the two governments").
const RELATIVE_SUBJECT_MAX: usize = 5;

/// How many tokens of complement may follow the relative's verb ("in 2021", "last year").
const RELATIVE_COMPLEMENT_MAX: usize = 4;

/// The first token of the main predicate after an object relative opened by "that" at token `that`
/// whose own verb is a status phrase: "A memorandum that the two governments signed in 2021 was
/// suspended" — a subject opening with a determiner or a capitalised name, the status verb, a short
/// complement with no comma or finite verb, then a finite auxiliary (`finite_verbs.txt`: "was", "has"),
/// which opens the subject agreement's predicate (issue 9, session 15, set 18).
/// None for any other "that" ("a deal that ended the war", "said that …").
fn object_relative_end(text: &Text, that: usize, end: usize) -> Option<usize> {
    let toks = &text.tokens;
    let first = toks.get(that + 1).filter(|_| that + 1 < end)?;
    let opens_subject = super::vocab::DETS.contains(first.lower())
        || first.text.chars().next().is_some_and(char::is_uppercase);
    if !opens_subject {
        return None;
    }
    let plain = |t: &crate::text::Token| {
        t.kind == TokKind::Word && !words().finite_verbs.contains(t.lower())
    };
    let v = (that + 2..end.min(that + 2 + RELATIVE_SUBJECT_MAX))
        .take_while(|&m| toks[m].kind == TokKind::Word)
        .find(|&m| longest_phrase_at(text, m, end).is_some())?;
    if !toks[that + 1..v].iter().all(plain) {
        return None;
    }
    let after = v + longest_phrase_at(text, v, end)?.0.len();
    let f = (after..end.min(after + RELATIVE_COMPLEMENT_MAX + 1))
        .find(|&m| toks[m].kind != TokKind::Number && !plain(&toks[m]))?;
    words().finite_verbs.contains(toks[f].lower()).then_some(f)
}

/// The longest status phrase of the lexicon that starts at token `m` and ends by token `end`.
fn longest_phrase_at(
    text: &Text,
    m: usize,
    end: usize,
) -> Option<&'static (Vec<String>, AgreementStatus)> {
    let toks = &text.tokens;
    let lex = lexicon();
    let phrases = lex.status_phrases();
    lex.status_phrases_opening_with(toks[m].lower())
        .iter()
        .map(|&i| &phrases[i])
        .filter(|ph| m + ph.0.len() <= end)
        .filter(|ph| {
            toks[m..m + ph.0.len()]
                .iter()
                .zip(&ph.0)
                .all(|(t, pw)| t.lower() == pw)
        })
        .max_by_key(|ph| ph.0.len())
}

/// How many tokens after a subject mention the "and" of a coordinated resumption may stand.
const RESUMPTION_REACH: usize = 20;

/// "The deal was suspended for six weeks when funding ran short, and restored in September": a
/// resumption verb (`lasting_words.txt`, "resumption:", with an in-force phrase of the lexicon)
/// coordinated right after "and" (auxiliaries and "-ly" adverbs between) in the clause of a subject
/// agreement whose mention ends at token `me_t`; in force, which then follows the suspension (issue 9,
/// session 15, set 14). Nothing past another agreement's mention or a semicolon, nor after a negator
/// ("and has not been restored").
pub(super) fn coordinated_resumption(
    text: &Text,
    seg: Segment,
    me_t: usize,
    gi: usize,
    mention_starts: &HashMap<usize, usize>,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let end = seg.tok_end.min(me_t + RESUMPTION_REACH);
    let stop = (me_t..end)
        .find(|&m| toks[m].text == ";" || mention_starts.get(&m).is_some_and(|&o| o != gi))
        .unwrap_or(end);
    let and = (me_t..stop).find(|&m| toks[m].lower() == "and")?;
    let aux = &words().auxiliaries;
    let v = (and + 1..stop)
        .find(|&m| !(aux.contains(toks[m].lower()) || toks[m].lower().ends_with("ly")))?;
    // "and has not been restored" tells the suspension goes on (issue 9, session 15, set 18)
    if toks[and + 1..v]
        .iter()
        .any(|t| NEGATORS.contains_key(t.lower()))
    {
        return None;
    }
    let w = toks[v].lower();
    let resumes = lasting("resumption", w)
        && longest_phrase_at(text, v, v + 1).is_some_and(|ph| ph.1 == AgreementStatus::InForce);
    resumes.then_some((v, v + 1, AgreementStatus::InForce))
}

/// How many tokens after the mention's end the comma opening a "which" relative may stand.
const RELATIVE_REACH: usize = 16;

/// How many tokens between "which" and the relative's copula ("which both governments say is").
const RELATIVE_COPULA_REACH: usize = 6;

/// How many tokens after the copula the status phrase may start ("is still in force").
const AFTER_COPULA: usize = 3;

/// The state a non-restrictive relative tells of the agreement whose mention ends at token `me_t`
/// (agreement `gi`): ", which both governments say is still in force", ", which remains in force" — the
/// first comma after the mention (no finite verb, relative word or other agreement's mention before
/// it) followed by "which", a copula ("is", "was" or `status_copulas.txt`) within a few words with no
/// comma or other finite verb before it, and a status phrase right after it or opening with it ("which
/// remains the basis of the talks"), read with its negators (issue 9, session 15, set 18; session 17,
/// set 37). An active verb ("which both parliaments have ratified") tells
/// nothing here.
pub(super) fn relative_state(
    text: &Text,
    seg: Segment,
    (me_t, gi): (usize, usize),
    mention_starts: &HashMap<usize, usize>,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let w = words();
    let c = which_after(text, seg, (me_t, gi), mention_starts, false)?;
    let end = seg.tok_end;
    let copula = (c + 2..end.min(c + 2 + RELATIVE_COPULA_REACH)).find(|&m| {
        let l = toks[m].lower();
        toks[m].kind != TokKind::Word || w.finite_verbs.contains(l) || w.status_copulas.contains(l)
    })?;
    let l = toks[copula].lower();
    if !(matches!(l, "is" | "are" | "was" | "were") || w.status_copulas.contains(l)) {
        return None;
    }
    // the phrase may open with the copula itself: "which remains the basis of the peace process"
    // (issue 9, session 17, set 37)
    let (m, ph) = (copula..end.min(copula + 1 + AFTER_COPULA))
        .take_while(|&m| toks[m].kind == TokKind::Word)
        .find_map(|m| longest_phrase_at(text, m, end).map(|ph| (m, ph)))?;
    let before: Vec<String> = toks[copula..m]
        .iter()
        .map(|t| t.lower().to_string())
        .collect();
    let status = super::status::phrase_status(&ph.0, ph.1, &before)?;
    Some((m, m + ph.0.len(), status))
}

/// How many tokens after a subject agreement's mention its present-tense verb may stand ("A customs
/// accord that the two states signed in 2024 lets").
const EFFECT_REACH: usize = 14;

/// In force, a subject agreement (its mention ending at token `me_t`) told signed in a past year and
/// said to do something now, in the present tense: "A customs accord that the two states signed in 2024
/// lets goods cross with one inspection" — within a few tokens after the mention, words, commas and
/// numbers only, no auxiliary or modal (`finite_verbs.txt`: "would let" is no effect now), no "which"
/// or other agreement's mention ("builds on an agreement reached in 2012, which still governs"), holding a
/// signing or reaching phrase and a four-digit year, then a third-person present verb of
/// `lasting_words.txt` "does:" (issue 9, session 17, status2). An agreement only signed this week
/// ("The deal signed on Wednesday gives the islands 60 percent") may still wait to come into force.
pub(super) fn present_effect(
    text: &Text,
    seg: Segment,
    (me_t, gi): (usize, usize),
    mention_starts: &HashMap<usize, usize>,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let w = words();
    let end = seg.tok_end.min(me_t + EFFECT_REACH);
    let v = (me_t..end)
        .take_while(|&m| {
            let l = toks[m].lower();
            (toks[m].kind != TokKind::Punct && !w.finite_verbs.contains(l) || l == ",")
                && !matches!(l, "which" | "who")
                && mention_starts.get(&m).is_none_or(|&o| o == gi)
        })
        .find(|&m| lasting("does", toks[m].lower()))?;
    let year = toks[me_t..v]
        .iter()
        .any(|t| t.kind == TokKind::Number && t.text.len() == 4);
    let signed = (me_t..v).any(|m| {
        longest_phrase_at(text, m, v)
            .is_some_and(|ph| matches!(ph.1, AgreementStatus::Signed | AgreementStatus::Reached))
    });
    (year && signed).then_some((v, v + 1, AgreementStatus::InForce))
}

/// The comma of ", which" that opens a non-restrictive relative about the agreement whose mention ends
/// at token `me_t` (agreement `gi`): the first punctuation after the mention, with no finite verb,
/// relative word or other agreement's mention before it; with `past_commas`, the first such comma
/// before "which" past any commas of an apposition ("the 1904 convention between the colonial powers,
/// Portugal and the Netherlands, which both sides accept").
fn which_after(
    text: &Text,
    seg: Segment,
    (me_t, gi): (usize, usize),
    mention_starts: &HashMap<usize, usize>,
    past_commas: bool,
) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    let which =
        |m: usize| toks[m].text == "," && toks.get(m + 1).is_some_and(|t| t.lower() == "which");
    let c = (me_t..seg.tok_end.min(me_t + RELATIVE_REACH))
        .take_while(|&m| {
            let l = toks[m].lower();
            !w.finite_verbs.contains(l)
                && !matches!(l, "that" | "which" | "who")
                && (m == me_t || mention_starts.get(&m).is_none_or(|&o| o == gi))
                && (toks[m].kind != TokKind::Punct || toks[m].text == "," || !past_commas)
        })
        .find(|&m| toks[m].kind == TokKind::Punct && (!past_commas || which(m)))?;
    which(c).then_some(c)
}

/// How many words the subject of a relative may have before its verb ("which both governments").
const RELATIVE_SUBJECT_WORDS: usize = 3;

/// In force, an agreement a non-restrictive relative says its parties keep now, in the present tense:
/// ", which both sides accept", ", which the two states still respect" — ", which" (past the commas of
/// an apposition), a subject of at
/// most three words with no auxiliary or negator ("still" may stand), then a verb of
/// `lasting_words.txt` "keeps:" (present forms only: "which both sides accepted" tells a past event,
/// "which neither side accepts" nothing) (issue 9, session 17, status2).
pub(super) fn relative_keeping(
    text: &Text,
    seg: Segment,
    (me_t, gi): (usize, usize),
    mention_starts: &HashMap<usize, usize>,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let w = words();
    let c = which_after(text, seg, (me_t, gi), mention_starts, true)?;
    let v = (c + 2..seg.tok_end.min(c + 3 + RELATIVE_SUBJECT_WORDS))
        .take_while(|&m| toks[m].kind == TokKind::Word)
        .find(|&m| lasting("keeps", toks[m].lower()))?;
    let plain = toks[c + 2..v].iter().all(|t| {
        let l = t.lower();
        !(w.finite_verbs.contains(l)
            || NEGATORS.contains_key(l)
            || matches!(l, "neither" | "none" | "nobody"))
    });
    (plain && v > c + 2).then_some((v, v + 1, AgreementStatus::InForce))
}

/// Whether the agreement of `kind` can have something done under it: not a proposal, plan, roadmap or
/// framework ("the first session under the framework, if it goes ahead" is still planned).
fn operates(kind: AgreementKind) -> bool {
    !matches!(
        kind,
        AgreementKind::Proposal
            | AgreementKind::Plan
            | AgreementKind::Roadmap
            | AgreementKind::Framework
    )
}

/// In force, from "under" right before the mention starting at token `mt` (in the sentence `seg`) of an
/// agreement of `kind`: what is done or owed under an agreement tells it operates ("already cooperate
/// under a 2019 protocol", "obligations under the Montreux Convention", "exchanged 46 prisoners on
/// Saturday under a deal brokered by Angola", "set up under an agreement signed in Jeddah"). Only inside
/// a clause, after a word ("Under the deal, X will …" opening its clause tells the content of a deal that
/// may not apply yet), and with no future marker, modal or condition (`status_future_markers.txt`)
/// between the clause's start (the sentence's, or its last comma, semicolon or colon; not a comma listing
/// names, "to Zulia, Táchira and Apure") and "under" ("would
/// free 120 fighters under the deal" is not done yet; "to" counts before a verb, not before a name,
/// determiner or number: "trucked to Arica under a transit agreement") (issue 9, session 17, set 37).
pub(super) fn done_under(
    text: &Text,
    seg: Segment,
    mt: usize,
    kind: AgreementKind,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    if mt < seg.tok_start + 2 || toks[mt - 1].lower() != "under" || !operates(kind) {
        return None;
    }
    let u = mt - 1;
    if toks[u - 1].kind != TokKind::Word {
        return None;
    }
    let w = words();
    // what a party owes under it tells the agreement stands, whatever the mood of the clause ("expected
    // the government to honour its commitments under the 2020 accord"), unless the mention names a text
    // still to be agreed ("obligations under the draft accord"; issue 9, session 18, status3)
    if owed_before(text, seg, u) {
        let unsettled = (mt..(mt + 4).min(seg.tok_end))
            .any(|j| matches!(toks[j].lower(), "draft" | "proposed" | "new" | "future"));
        return (!unsettled).then_some((u, mt, AgreementStatus::InForce));
    }
    // a comma between two capitalised words lists names ("to Zulia, Táchira and Apure"), no clause
    // boundary (issue 9, session 17)
    let list_comma = |m: usize| {
        toks[m].text == ","
            && m > seg.tok_start
            && toks[m - 1].is_capitalized()
            && toks.get(m + 1).is_some_and(|t| t.is_capitalized())
    };
    let not_yet = (seg.tok_start..u)
        .rev()
        .take_while(|&m| !matches!(toks[m].text.as_str(), "," | ";" | ":") || list_comma(m))
        .any(|m| {
            let l = toks[m].lower();
            if l == "to" {
                return toks.get(m + 1).is_some_and(|t| {
                    t.kind == TokKind::Word
                        && !t.is_capitalized()
                        && !super::vocab::DETS.contains(t.lower())
                });
            }
            w.status_future_markers.contains(l) || MODALS.contains(&l)
        });
    (!not_yet).then_some((u, mt, AgreementStatus::InForce))
}

/// A state that has lasted since the agreement at tokens `mt..me_t` of `kind` was made: "the border had been
/// calm since a ceasefire agreed by the two armies in April" (issue 9, session 18, status3): "been", a word
/// that is no participle (a state: "calm", "quiet"; "been closed since" is an act), then "since" right
/// before the mention, which is a noun phrase, not a clause (nothing after it but a participle phrase or
/// a prepositional one: "since a ceasefire they signed began to fray" tells another thing; "since the
/// truce collapsed" adds in force, which the terminal the window rules read outranks). The agreement
/// has stood since: in force.
pub(super) fn state_since(
    text: &Text,
    seg: Segment,
    (mt, me_t): (usize, usize),
    kind: AgreementKind,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    if mt < seg.tok_start + 3 || toks[mt - 1].lower() != "since" || !operates(kind) {
        return None;
    }
    let state = toks[mt - 2].lower();
    let w = words();
    if toks[mt - 3].lower() != "been"
        || toks[mt - 2].kind != TokKind::Word
        || state.ends_with("ed")
        || w.irregular_participles.contains(state)
        || matches!(state, "in" | "there" | "no" | "not")
    {
        return None;
    }
    // after the mention: the clause ends, or a phrase with no finite verb, no subject pronoun and no word
    // in "-ed" but a participle right after the mention ("agreed by the two armies in April") runs to it
    let clause_end = (me_t..seg.tok_end)
        .find(|&j| toks[j].kind == TokKind::Punct)
        .unwrap_or(seg.tok_end);
    let verbless = (me_t..clause_end).all(|j| {
        let l = toks[j].lower();
        // a capitalised word is a name or a month ("in May"), not a verb
        (toks[j].is_capitalized() || !w.finite_verbs.contains(l))
            && !matches!(l, "they" | "it" | "he" | "she" | "we")
            && (j == me_t || !l.ends_with("ed"))
    });
    if !verbless {
        return None;
    }
    Some((mt - 1, mt, AgreementStatus::InForce))
}

/// How many tokens the party a commitment is owed to may hold ("commitments to the United States under").
const OWED_TO_MAX: usize = 5;

/// Whether a noun of what is owed (`obligation_nouns.txt`) stands right before the "under" at token `u`,
/// or before a phrase naming whom it is owed to ("its commitments to the United States under"): "to"
/// and capitalised words or "the".
fn owed_before(text: &Text, seg: Segment, u: usize) -> bool {
    let toks = &text.tokens;
    let nouns = &words().obligation_nouns;
    if nouns.contains(toks[u - 1].lower()) {
        return true;
    }
    (u.saturating_sub(OWED_TO_MAX + 2).max(seg.tok_start)..u.saturating_sub(2)).any(|j| {
        nouns.contains(toks[j].lower())
            && matches!(toks[j + 1].lower(), "to" | "towards" | "toward")
            && toks[j + 2..u]
                .iter()
                .all(|t| t.kind == TokKind::Word && (t.is_capitalized() || t.lower() == "the"))
    })
}

/// How many words after "a"/"an" the word closing a time adverbial may stand ("a long time ago").
const TIME_ADVERBIAL_REACH: usize = 4;

/// Whether the determiner at token `d` opens a time adverbial, not an object: "a"/"an" with an "ago:"
/// word of `lasting_words.txt` ("ago", "later", "earlier") within a few words and no punctuation between
/// ("was dropped a year later", "had been dropped a long time ago") (issue 9, session 17, set 37).
pub(super) fn opens_time_adverbial(text: &Text, d: usize) -> bool {
    let toks = &text.tokens;
    matches!(toks[d].lower(), "a" | "an")
        && toks[d + 1..toks.len().min(d + 1 + TIME_ADVERBIAL_REACH)]
            .iter()
            .take_while(|t| t.kind == TokKind::Word)
            .any(|t| lasting("ago", t.lower()))
}

/// In force, from an annex added to the agreement whose mention starts at token `mt` (in the sentence
/// `seg`), of `kind`: "signed an annex to the 1973 treaty" — "to" right before the mention and an annex
/// trigger (`agreements.tsv`) right before it; an annex presupposes the agreement it is added to stands
/// (a proposal or plan excepted: "an annex to the plan" leaves it a plan), when the annex is another
/// agreement than this one, `gi` (`mention_starts`: the first token of every agreement mention)
/// (issue 9, session 17, set 37).
pub(super) fn annexed_to(
    text: &Text,
    seg: Segment,
    (mt, gi): (usize, usize),
    kind: AgreementKind,
    mention_starts: &HashMap<usize, usize>,
) -> Option<(usize, usize, AgreementStatus)> {
    let toks = &text.tokens;
    let own_annex = (mt.saturating_sub(4)..mt - 1).any(|m| mention_starts.get(&m) == Some(&gi));
    (mt >= seg.tok_start + 2
        && toks[mt - 1].lower() == "to"
        && lexicon().agreement_trigger(toks[mt - 2].lower()) == Some(AgreementKind::Annex)
        && operates(kind)
        && !own_annex)
        .then_some((mt - 2, mt, AgreementStatus::InForce))
}
