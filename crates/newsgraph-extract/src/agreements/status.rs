//! The status of each agreement: the status phrases reported near its mentions (within the sentence, up
//! to [`STATUS_WINDOW`] tokens away), turned by negators and future markers; the latest terminal status
//! wins, else the furthest stage reached.

use super::RawAgreement;
use super::vocab::{CONDITIONAL, FUTURE, NEGATORS, OBJECT_VERBS, STANDING_VERBS};
use crate::lexicon::lexicon;
use crate::model::{AgreementKind, AgreementStatus};
use crate::text::{Segment, Text, TokKind};
use std::collections::HashMap;

/// How far from a mention a status phrase may stand, in tokens.
pub(super) const STATUS_WINDOW: usize = 10;

/// Modal verbs after a signing noun that leave it in the future ("a signing could come").
const MODALS: &[&str] = &["could", "would", "may", "might", "will", "should", "can"];

/// A status phrase found: (start token, end token, status).
type Found = (usize, usize, AgreementStatus);

/// Sets the status of every agreement from the status phrases near its mentions.
pub(super) fn assign(out: &mut [RawAgreement], text: &Text, published: Option<chrono::NaiveDate>) {
    let toks = &text.tokens;
    // status: the latest status phrase near a mention (within its sentence, up to STATUS_WINDOW
    // tokens away); a phrase contained in a longer one found at the same place does not count
    // how many agreements each sentence mentions
    let mut per_sentence: HashMap<usize, usize> = HashMap::new();
    for g in out.iter() {
        for s in &g.sentences {
            *per_sentence.entry(*s).or_default() += 1;
        }
    }
    // the first token of every agreement mention, with its agreement: a status verb whose object is
    // another agreement ("signed a declaration that … a ceasefire") tells that one's status
    let mention_starts: HashMap<usize, usize> = out
        .iter()
        .enumerate()
        .flat_map(|(i, g)| {
            g.mentions
                .iter()
                .map(move |m| (text.token_at_or_after(m.0), i))
        })
        .collect();
    let pronoun_statuses = pronoun_statuses(out, text);
    for (gi, g) in out.iter_mut().enumerate() {
        let mut found: Vec<Found> = pronoun_statuses
            .iter()
            .filter(|(i, _)| *i == gi)
            .map(|(_, f)| *f)
            .collect();
        for &(ms, me) in &g.mentions {
            let mt = text.token_at_or_after(ms);
            let me_t = text.token_at_or_after(me);
            let seg = text.sentences[toks[mt].sentence];
            // a verb whose object the mention is: "to change the protocol"
            if mt > seg.tok_start
                && let Some(&st) = OBJECT_VERBS.get(toks[mt - 1].lower())
            {
                found.push((mt - 1, mt, st));
            }
            found.extend(despite(text, seg, mt, me_t));
            if standing(text, seg, g.kind, (mt, me_t)) {
                found.push((mt - 1, mt, AgreementStatus::InForce));
            }
            clause_then_window(
                text,
                seg,
                (mt, me_t, gi),
                (&per_sentence, &mention_starts),
                &mut found,
            );
            found.extend(lasting_statuses(
                text,
                seg,
                (mt, me_t, gi),
                g.kind,
                &mention_starts,
            ));
        }
        drop_wished(&mut found, g, text);
        let old = standing_since(g, text, published);
        drop_claimed_violations(&mut found, text, old);
        drop_earlier_ends(&mut found, text);
        resumed_after_terminal(&mut found, text);
        drop_reached_in_principle(&mut found, text);
        let offered = found.iter().any(|f| f.2 == AgreementStatus::Proposed);
        let never = found.iter().any(|&f| never_took_effect(text, f));
        let best = choose(found);
        if let Some(best) = best {
            g.status = best.2;
            g.status_at = Some(toks[best.0].start);
        }
        g.status = final_status(g, (best, offered, never), text, published);
    }
}

/// The clause reader first (session 18, set 47; [`super::clause`]): the status the predicate governing
/// the mention at tokens `mt..me_t` of agreement `gi` tells, and a participle attached to it; then the
/// window rules ([`window_statuses`]): all of them where no predicate governing the mention tells a
/// status, and where one does, only the phrases of its own clause told after its verb ("was suspended
/// … when funding ran short, and restored in September").
fn clause_then_window(
    text: &Text,
    seg: Segment,
    (mt, me_t, gi): (usize, usize, usize),
    (per_sentence, mention_starts): (&HashMap<usize, usize>, &HashMap<usize, usize>),
    found: &mut Vec<Found>,
) {
    let opens = opens_clause(text, seg, mt);
    let reader = super::clause::readings(text, seg, (mt, me_t), opens);
    found.extend(reader.governing.and_then(|(_, r)| r));
    found.extend(reader.attached);
    let mut window = Vec::new();
    window_statuses(
        text,
        seg,
        (mt, me_t, gi),
        opens,
        per_sentence,
        mention_starts,
        &mut window,
    );
    found.extend(window.into_iter().filter(|f| {
        reader.governing.is_none_or(|(verb, r)| {
            r.is_none() || !super::clause::outside_clause(text, verb, me_t, f.0)
        })
    }));
}

/// The window rules, where the clause reader finds no predicate governing the mention at tokens `mt..me_t`
/// of agreement `gi`: a completed signing or a terminal anywhere in a sentence that mentions no other
/// agreement, the status phrases near the mention (running on after a participle insertion), and, when
/// the mention opens its clause (`opens`), what its clause tells later.
fn window_statuses(
    text: &Text,
    seg: Segment,
    (mt, me_t, gi): (usize, usize, usize),
    opens: bool,
    per_sentence: &HashMap<usize, usize>,
    mention_starts: &HashMap<usize, usize>,
    found: &mut Vec<Found>,
) {
    // a completed signing anywhere in a sentence that mentions no other agreement ("…," he said
    // at the signing of the document)
    if per_sentence.get(&text.tokens[mt].sentence) == Some(&1) {
        signings_in_sentence(text, seg, mt, me_t, found);
        terminals_after(text, seg, me_t, mt == seg.tok_start, found);
    }
    let spans = ((mt, me_t), me_t);
    phrases_near(text, seg, spans, gi, mention_starts, found);
    if opens {
        subject_statuses(text, seg, (me_t, gi), mention_starts, found);
    }
}

/// The status of the agreement `g` once its phrases are read (`best` the phrase chosen, `offered` whether
/// a phrase told it was put forward, `never` whether one told it was never put into effect): an
/// agreement named with a past year is signed at least ([`dated_status`]; "the 2023 proposal": a
/// proposal's year dates the offer, not a signing: issue 9, session 15, set 18); one the simple past says
/// was never put into effect was dropped, whatever stage it had reached ("A similar agreement, reached in
/// 2018, was never carried out", "signed a repatriation arrangement in November 2017 … the arrangement
/// was never put into effect": abandoned; issue 9, session 17, set 37), unless an end came later; an
/// offer talked about is still proposed ([`offer_status`]).
fn final_status(
    g: &RawAgreement,
    (best, offered, never): (Option<Found>, bool, bool),
    text: &Text,
    published: Option<chrono::NaiveDate>,
) -> AgreementStatus {
    let status = if g.kind != AgreementKind::Proposal && dated_before(g, text, published) {
        dated_status(g, best, text, published)
    } else {
        g.status
    };
    if never && stage(status).is_some() {
        return AgreementStatus::Abandoned;
    }
    offer_status(g.kind, status, offered)
}

/// The status of an offer, `kind` a proposal or a plan, from the status `status` read for it (`offered`:
/// whether a phrase told it was put forward): talks about a proposal, or a signing it has not had, leave
/// it on the table ("would present new proposals at the next round of talks"), and a proposal is never
/// in force itself ("renewed its proposal for a referendum" offers it again): proposed. A plan one side
/// put forward and both discuss is still proposed ("proposed a joint patrol plan, and both governments
/// are discussing it"), but one the sides negotiate together is being negotiated ("have been
/// negotiating a plan for joint patrols"). A proposal or plan accepted stays reached, one dropped
/// abandoned or withdrawn (issue 9, session 17, set 37).
fn offer_status(kind: AgreementKind, status: AgreementStatus, offered: bool) -> AgreementStatus {
    use AgreementStatus as S;
    match (kind, status) {
        (AgreementKind::Proposal, S::Negotiating | S::NotFormalized | S::InForce) => S::Proposed,
        (AgreementKind::Plan, S::Negotiating | S::NotFormalized) if offered => S::Proposed,
        _ => status,
    }
}

/// The statuses [`super::lasted`] reads around the mention at tokens `mt..me_t` of agreement `gi`, of
/// `kind`: a span it held for, what is done under it or annexed to it, a non-restrictive relative's state
/// or the parties' keeping it.
fn lasting_statuses(
    text: &Text,
    seg: Segment,
    (mt, me_t, gi): (usize, usize, usize),
    kind: AgreementKind,
    mention_starts: &HashMap<usize, usize>,
) -> Vec<Found> {
    use super::lasted as l;
    [
        l::held_for_a_time(text, seg, me_t),
        l::done_under(text, seg, mt, kind),
        l::state_since(text, seg, (mt, me_t), kind),
        l::annexed_to(text, seg, (mt, gi), kind, mention_starts),
        l::relative_state(text, seg, (me_t, gi), mention_starts),
        l::relative_keeping(text, seg, (me_t, gi), mention_starts),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// "wanted the memorandum signed": a stage wished for right after a mention is not reached (issue 9,
/// session 16, set 29; [`super::wished`]).
fn drop_wished(found: &mut Vec<Found>, g: &RawAgreement, text: &Text) {
    let wished: Vec<usize> = g
        .mentions
        .iter()
        .filter_map(|m| {
            super::wished::wished_stage_at(
                text,
                text.token_at_or_after(m.0),
                text.token_at_or_after(m.1),
            )
        })
        .collect();
    found.retain(|f| !wished.contains(&f.0));
}

/// "It no longer considered itself bound by the ceasefire … Its leader said the army had broken the deal
/// first": a violation one side reports (a reporting verb, "according" or "accused" before the phrase in
/// its sentence) is a claim, and gives way to another terminal status the article reports itself
/// (issue 9, session 15, set 14), or to its being in force ("the accord remains in force …; the front
/// says soldiers broke the accord, a charge the army denies"), also as an old treaty meant to last
/// (`old`, [`standing_since`]: "He accused Athens of militarising the islands in breach of the 1923
/// Treaty of Lausanne") (issue 9, session 17, set 37).
fn drop_claimed_violations(found: &mut Vec<Found>, text: &Text, old: bool) {
    let toks = &text.tokens;
    let claimed = |f: &Found| {
        f.2 == AgreementStatus::Violated && {
            let s0 = text.sentences[toks[f.0].sentence].tok_start;
            toks[s0..f.0].iter().any(|t| {
                matches!(t.lower(), "according" | "accused" | "accuses")
                    || lexicon().cue_verb(t.lower()).is_some()
            })
        }
    };
    let other_terminal = found
        .iter()
        .any(|f| stage(f.2).is_none() && f.2 != AgreementStatus::Violated);
    let standing = old || found.iter().any(|f| f.2 == AgreementStatus::InForce);
    if other_terminal || standing {
        found.retain(|f| !claimed(f));
    }
}

/// How many tokens before an end phrase the subordinator opening its clause may stand, words only ("after
/// fighters of the front violated it").
const EARLIER_REACH: usize = 6;

/// Ends told as earlier than another end leave, so the end that came last is the status (issue 9,
/// session 17, status2): an end (a violation too) in a clause opened by a `lasting_words.txt` "earlier:"
/// subordinator after another end of the same sentence is its cause ("the initiative collapsed in July
/// 2023 after Russia withdrew from it": collapsed; "suspended the truce after the rebels violated it":
/// withdrawn); an end noun after an "nominal:" determiner and before "of"
/// names an end already told, as a withdrawal or abandonment before it ("said it had suspended a
/// ceasefire … The collapse of the truce is a setback": withdrawn, one side left it).
fn drop_earlier_ends(found: &mut Vec<Found>, text: &Text) {
    let toks = &text.tokens;
    let is = |prefix: &str, m: usize| super::lasted::lasting(prefix, toks[m].lower());
    let ends: Vec<Found> = found
        .iter()
        .copied()
        .filter(|f| stage(f.2).is_none() && f.2 != AgreementStatus::Violated)
        .collect();
    let cause = |f: &Found| {
        let s0 = text.sentences[toks[f.0].sentence].tok_start;
        let Some(sub) = (f.0.saturating_sub(EARLIER_REACH).max(s0)..f.0)
            .rev()
            .take_while(|&m| toks[m].kind == TokKind::Word)
            .find(|&m| is("earlier", m))
        else {
            return false;
        };
        ends.iter().any(|o| s0 <= o.0 && o.1 <= sub)
    };
    let retold = |f: &Found| {
        f.0 > 0
            && is("nominal", f.0 - 1)
            && toks.get(f.1).is_some_and(|t| t.lower() == "of")
            && ends.iter().any(|o| o.1 < f.0 && o.2 != f.2)
    };
    found.retain(|f| {
        let end = stage(f.2).is_none();
        !(end && cause(f) || end && f.2 != AgreementStatus::Violated && retold(f))
    });
}

/// How many tokens after a reaching phrase its "in principle" may stand ("reached an agreement on the
/// border in principle").
const IN_PRINCIPLE_REACH: usize = 8;

/// "The two sides reached an agreement in principle on the border": "in principle" (a not-formalized
/// phrase of `agreement_status.tsv`) a few tokens after a reaching phrase in its sentence qualifies it,
/// so the reaching phrase leaves (the golds' "agreed in principle" is not formalized; issue 9, session
/// 17).
fn drop_reached_in_principle(found: &mut Vec<Found>, text: &Text) {
    let toks = &text.tokens;
    let qualifiers: Vec<usize> = found
        .iter()
        .filter(|f| {
            f.2 == AgreementStatus::NotFormalized
                && toks[f.0].lower() == "in"
                && toks.get(f.0 + 1).is_some_and(|t| t.lower() == "principle")
        })
        .map(|f| f.0)
        .collect();
    found.retain(|r| {
        r.2 != AgreementStatus::Reached
            || !qualifiers.iter().any(|&q| {
                q >= r.1 && q - r.1 <= IN_PRINCIPLE_REACH && toks[q].sentence == toks[r.0].sentence
            })
    });
}

/// "The deal was suspended for six weeks … and restored in September", "loadings had resumed and the
/// agreement was again fully in force": an in-force phrase after the latest withdrawal, abandonment or
/// collapse, that is a resumption word or follows one (`lasting_words.txt`, "resumption:"), is the
/// status now; the terminal phrases before it leave (issue 9, session 15, set 14).
fn resumed_after_terminal(found: &mut Vec<Found>, text: &Text) {
    let toks = &text.tokens;
    let resumption = |m: usize| super::lasted::lasting("resumption", toks[m].lower());
    let Some(last_terminal) = found
        .iter()
        .filter(|f| stage(f.2).is_none())
        .map(|f| f.0)
        .max()
    else {
        return;
    };
    let resumed = found.iter().any(|f| {
        f.2 == AgreementStatus::InForce
            && f.0 > last_terminal
            && (f.0.saturating_sub(2)..=f.0).any(resumption)
    });
    if resumed {
        found.retain(|f| stage(f.2).is_some());
    }
}

/// The statuses told of a subject agreement (its mention ending at token `me_t`, agreement `gi`) later
/// in its clause: "A memorandum …, was never put into effect and was quietly shelved", a terminal verb
/// coordinated with the subject's predicate (issue 9, session 14, set 10); and the predicate's own
/// status, which tells the status now: the stages the subject's insertion before it tells (",
/// announced by the authority,") are earlier events and leave (issue 9, session 15, set 14).
fn subject_statuses(
    text: &Text,
    seg: Segment,
    (me_t, gi): (usize, usize),
    mention_starts: &HashMap<usize, usize>,
    found: &mut Vec<Found>,
) {
    found.extend(super::lasted::coordinated_terminal(text, seg, me_t));
    found.extend(super::lasted::present_effect(
        text,
        seg,
        (me_t, gi),
        mention_starts,
    ));
    found.extend(super::lasted::coordinated_resumption(
        text,
        seg,
        me_t,
        gi,
        mention_starts,
    ));
    if let Some(f) = super::lasted::predicate_status(text, seg, me_t, gi, mention_starts) {
        found.retain(|o| !(me_t <= o.0 && o.0 < f.0 && stage(o.2).is_some()));
        found.push(f);
    }
}

/// The status of an agreement named with a past year ("the 1996 Final Peace Agreement"), `status` from
/// the phrase `best`: it was concluded then, signed at least; but one whose signing the article negates
/// was not ("a 2019 draft that was never signed" stays not formalised), and one whose entry into force
/// it negates in the simple past was dropped ("a 2021 memorandum … was never put into effect":
/// abandoned) (issue 9, session 15, set 14). With no phrase at all, an old one meant to last is in
/// force ([`standing_since`]).
fn dated_status(
    g: &RawAgreement,
    best: Option<Found>,
    text: &Text,
    published: Option<chrono::NaiveDate>,
) -> AgreementStatus {
    let status = g.status;
    if best.is_none() && standing_since(g, text, published) {
        return AgreementStatus::InForce;
    }
    if best.is_some_and(|b| never_took_effect(text, b)) {
        return AgreementStatus::Abandoned;
    }
    let negated = best
        .filter(|b| b.2 == AgreementStatus::NotFormalized)
        .and_then(|b| lexicon_status(text, b));
    let below_signed =
        stage(status).is_some_and(|st| st < stage(AgreementStatus::Signed).unwrap_or(5));
    if below_signed
        && !matches!(
            negated,
            Some(AgreementStatus::Signed | AgreementStatus::Reached)
        )
    {
        AgreementStatus::Signed
    } else {
        status
    }
}

/// The status the lexicon gives the words of a phrase found, `(start, end, _)`, before any negator or
/// future marker turned it.
fn lexicon_status(text: &Text, (s, e, _): Found) -> Option<AgreementStatus> {
    let toks = &text.tokens;
    let lex = lexicon();
    lex.status_phrases_opening_with(toks[s].lower())
        .iter()
        .map(|&i| &lex.status_phrases()[i])
        .find(|ph| ph.0.len() == e - s && toks[s..e].iter().zip(&ph.0).all(|(t, w)| t.lower() == w))
        .map(|ph| ph.1)
}

/// Whether the mention starting at token `mt` opens its clause as the subject: first in the sentence,
/// or right after "that" or a reporting verb ("Residents say a 2019 plan … was never carried out")
/// (issue 9, session 15, set 14), or as the object of a draft that does ([`draft_subject`]).
fn opens_clause(text: &Text, seg: Segment, mt: usize) -> bool {
    let toks = &text.tokens;
    mt == seg.tok_start
        || toks[mt - 1].lower() == "that"
        || lexicon().cue_verb(toks[mt - 1].lower()).is_some()
        || draft_subject(text, seg, mt)
        || after_opening_phrase(text, seg, mt)
}

/// How many tokens the phrase before a sentence's first comma may have for the mention after it to
/// open the clause ("A previous attempt to settle the boundary, a memorandum …").
const OPENER_MAX: usize = 12;

/// Whether the mention starting at token `mt` stands right after the sentence's first comma, with a
/// short stretch before it that has no auxiliary or relative word: an opening noun phrase it stands in
/// apposition to ("A previous attempt to settle the boundary, a memorandum initialled in 2014, was never
/// ratified and lapsed two years later") or an opening adverbial ("Last year, the truce collapsed"):
/// the mention is the clause's subject (issue 9, session 17, status2).
fn after_opening_phrase(text: &Text, seg: Segment, mt: usize) -> bool {
    let toks = &text.tokens;
    let w = crate::words::words();
    mt > seg.tok_start + 1
        && mt - 1 - seg.tok_start <= OPENER_MAX
        && toks[mt - 1].text == ","
        && toks[seg.tok_start..mt - 1].iter().all(|t| {
            t.kind == TokKind::Word
                && !w.finite_verbs.contains(t.lower())
                && !matches!(t.lower(), "that" | "which" | "who")
        })
}

/// How many tokens may open a clause before a proposal noun ("A Beninese draft of").
const DRAFT_OPENER: usize = 3;

/// Whether the mention starting at token `mt` is the "of" object of a proposal noun
/// (`proposal_heads.txt`) that opens its clause within a few words ("A Beninese draft of a wider pact,
/// presented in 2023, was withdrawn"): the draft's predicate tells the agreement's status (issue 9,
/// session 15, set 18).
fn draft_subject(text: &Text, seg: Segment, mt: usize) -> bool {
    let toks = &text.tokens;
    if mt < seg.tok_start + 2
        || toks[mt - 1].lower() != "of"
        || !crate::words::words()
            .proposal_heads
            .contains(toks[mt - 2].lower())
    {
        return false;
    }
    let h = mt - 2;
    h - seg.tok_start <= DRAFT_OPENER || (h - DRAFT_OPENER..h).any(|k| toks[k].lower() == "that")
}

/// Whether the status phrase found, `(start, end, status)`, is an entry into force negated in the
/// simple past ("was never put into effect", "were never implemented"): not formalised, from an
/// in-force phrase after "was"/"were" "never" and at most one more word that is not "fully" or "yet"
/// ("was never fully implemented" may be in force in part) (issue 9, session 15, set 14).
fn never_took_effect(text: &Text, (s, e, st): Found) -> bool {
    let toks = &text.tokens;
    if st != AgreementStatus::NotFormalized || s < 2 {
        return false;
    }
    let in_force = lexicon_status(text, (s, e, st)) == Some(AgreementStatus::InForce);
    let never = (s.saturating_sub(2)..s)
        .rev()
        .find(|&m| toks[m].lower() == "never")
        .filter(|&n| n > 0 && matches!(toks[n - 1].lower(), "was" | "were"));
    in_force
        && never.is_some_and(|n| {
            toks[n + 1..s]
                .iter()
                .all(|t| t.kind == TokKind::Word && !matches!(t.lower(), "fully" | "yet"))
        })
}

// Over 80 lines (88, since session 14, set 8 read the word before the pronoun and status copulas, and
// session 16, set 29 a violation of "it" in the antecedent's sentence): one
// pass over the pronouns whose steps (antecedent, auxiliaries, phrase, tense and negation) read in order;
// split, each part would take the same six locals.
/// Statuses told of an agreement through the pronoun "it" ("the truce had shown …, but that it had
/// collapsed", "It took effect at midnight"): a status phrase right after "it" (and auxiliaries or
/// adverbs, `auxiliaries.txt`) that needs no object (collapsed, in force, or any in the passive)
/// belongs to the agreement mentioned last before the pronoun, in its sentence or the sentence before
/// (issue 9, session 13). Pairs of (agreement index, status found).
fn pronoun_statuses(out: &[RawAgreement], text: &Text) -> Vec<(usize, Found)> {
    let toks = &text.tokens;
    let aux = &crate::words::words().auxiliaries;
    let mut mentions: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .flat_map(|(i, g)| {
            g.mentions
                .iter()
                .map(move |m| (text.token_at_or_after(m.1), i))
        })
        .collect();
    mentions.sort_unstable();
    let mut res = Vec::new();
    for k in 0..toks.len() {
        if !toks[k].text.eq_ignore_ascii_case("it") {
            continue;
        }
        let sent = toks[k].sentence;
        // the mention ending last at or before the pronoun (mentions are sorted by their end)
        let before = mentions.partition_point(|(e, _)| *e <= k);
        let Some(&(_, gi)) = before
            .checked_sub(1)
            .map(|i| &mentions[i])
            .filter(|(e, _)| toks[e.saturating_sub(1)].sentence + 1 >= sent)
        else {
            continue;
        };
        // "The deal was signed in May, but X says Y has violated it": the antecedent in the pronoun's
        // own sentence (issue 9, session 16, set 29)
        let same_sentence = toks[mentions[before - 1].0.saturating_sub(1)].sentence == sent;
        if let Some(f) = object_pronoun_status(text, k)
            .or_else(|| same_sentence.then(|| violated_it(text, k)).flatten())
        {
            res.push((gi, f));
            continue;
        }
        let end = text.sentences[sent].tok_end;
        let mut m = k + 1;
        let mut passive = false;
        // "It remains in force": a status copula as an auxiliary (issue 9, session 14, set 8)
        let copulas = &crate::words::words().status_copulas;
        while m < end
            && m < k + 5
            && (aux.contains(toks[m].lower()) || copulas.contains(toks[m].lower()))
        {
            passive |= matches!(toks[m].lower(), "was" | "were" | "been" | "is" | "are");
            m += 1;
        }
        let words: Vec<String> = toks[m..end.min(m + 4)]
            .iter()
            .map(|t| t.lower().to_string())
            .collect();
        let best = lexicon()
            .status_phrases()
            .iter()
            .filter(|(ph, _)| !ph.is_empty() && words.starts_with(ph))
            .max_by_key(|(ph, _)| ph.len());
        if let Some((ph, st)) = best
            && (matches!(st, AgreementStatus::Collapsed | AgreementStatus::InForce) || passive)
            && !ph.last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "from" | "of" | "on" | "upon" | "over" | "about" | "to"
                )
            })
        {
            // "it will enter into force", "it has not taken effect": future and negation turn it
            // the word before the pronoun too: "once it takes effect", "before it takes effect"
            // (issue 9, session 14, set 8)
            let before: Vec<String> = toks[k.saturating_sub(1)..m]
                .iter()
                .filter(|t| t.start != toks[k].start)
                .map(|t| t.lower().to_string())
                .collect();
            if let Some(st) = phrase_status(ph, *st, &before) {
                // "It takes effect in January": a schedule (issue 9, session 14, set 6)
                let st = if scheduled(text, ph, m + ph.len(), end) {
                    postpone(st)
                } else {
                    st
                };
                res.push((gi, (m, m + ph.len(), st)));
            }
        }
    }
    res
}

/// A status phrase ending in a preposition whose object is the pronoun "it" at token `k` ("withdrew from
/// it", "pulled out of it"), in its sentence, neither negated nor in the future (issue 9, session 13).
fn object_pronoun_status(text: &Text, k: usize) -> Option<Found> {
    let toks = &text.tokens;
    let s0 = text.sentences[toks[k].sentence].tok_start;
    let words: Vec<String> = toks[k.saturating_sub(6).max(s0)..k]
        .iter()
        .map(|t| t.lower().to_string())
        .collect();
    let (ph, st) = lexicon()
        .status_phrases()
        .iter()
        .filter(|(ph, _)| {
            ph.last().is_some_and(|w| {
                matches!(w.as_str(), "from" | "of" | "on" | "upon" | "over" | "about")
            }) && words.ends_with(ph)
        })
        .max_by_key(|(ph, _)| ph.len())?;
    let at = words.len() - ph.len();
    let status = phrase_status(ph, *st, &words[at.saturating_sub(3)..at])?;
    Some((k - ph.len(), k, status))
}

/// A one-word violation verb right before the pronoun "it" at token `k`, its object ("has violated it",
/// "breached it"), neither negated nor in the future (issue 9, session 16, set 29).
fn violated_it(text: &Text, k: usize) -> Option<Found> {
    let toks = &text.tokens;
    let s0 = text.sentences[toks[k].sentence].tok_start;
    if k < s0 + 1 {
        return None;
    }
    let verb = toks[k - 1].lower().to_string();
    let (ph, st) = lexicon()
        .status_phrases()
        .iter()
        .find(|(ph, st)| *st == AgreementStatus::Violated && ph.len() == 1 && ph[0] == verb)?;
    let before: Vec<String> = toks[k.saturating_sub(4).max(s0)..k - 1]
        .iter()
        .map(|t| t.lower().to_string())
        .collect();
    let status = phrase_status(ph, *st, &before)?;
    (status == AgreementStatus::Violated).then_some((k - 1, k, status))
}

/// The completed signings ("signed", "signing") of a sentence, outside the window around the mention
/// (tokens `mt..me_t`), neither negated nor in the future nor the end of a longer phrase ("for signing").
fn signings_in_sentence(text: &Text, seg: Segment, mt: usize, me_t: usize, found: &mut Vec<Found>) {
    let toks = &text.tokens;
    let lex = lexicon();
    for m in seg.tok_start..seg.tok_end {
        let w = toks[m].lower();
        let done = w.ends_with("ed") || w.ends_with("ing");
        let negated = toks[m.saturating_sub(3).max(seg.tok_start)..m]
            .iter()
            .any(|t| NEGATORS.contains_key(t.lower()));
        // "we hope it can be signed", "it would be signed": a modal or future signing is
        // not completed (issue 9, session 6)
        // "a signing could come in October": a modal right after the noun (issue 9, session 13)
        let future = toks[m.saturating_sub(3).max(seg.tok_start)..m]
            .iter()
            .any(|t| FUTURE.contains(t.lower()))
            || toks
                .get(m + 1)
                .is_some_and(|t| m + 1 < seg.tok_end && MODALS.contains(&t.lower()));
        // "no date has been set for signing": the word ends a longer phrase of another status
        // (issue 9, session 15, set 18)
        let in_longer = m > seg.tok_start
            && lexicon_status(text, (m - 1, m + 1, AgreementStatus::Signed))
                .is_some_and(|st| st != AgreementStatus::Signed);
        if done
            && !negated
            && !future
            && !in_longer
            && (m + STATUS_WINDOW < mt || m > me_t + STATUS_WINDOW)
            && lex
                .status_phrases()
                .iter()
                .any(|ph| ph.1 == AgreementStatus::Signed && ph.0.len() == 1 && ph.0[0] == w)
        {
            found.push((m, m + 1, AgreementStatus::Signed));
        }
    }
}

/// A status that needs no object (collapsed; a passive "was violated"), or any status when the mention opens
/// the sentence as its subject, reported after the mention ending at
/// token `me_t` and beyond the window, in a sentence that mentions no other agreement: the main verb
/// after a relative clause ("A memorandum that the two armies signed in 2024 collapsed when …", "A
/// ceasefire concluded in 2022, after the clashes, was repeatedly violated") (issue 9, session 12).
fn terminals_after(text: &Text, seg: Segment, me_t: usize, subject: bool, found: &mut Vec<Found>) {
    let toks = &text.tokens;
    let lo = me_t + STATUS_WINDOW;
    if lo >= seg.tok_end {
        return;
    }
    let words: Vec<String> = toks[seg.tok_start..seg.tok_end]
        .iter()
        .map(|t| t.lower().to_string())
        .collect();
    // a mention opening the sentence is its subject: the first status phrase after its phrase is its
    // verb ("A truce between X and Y took effect at midnight")
    let mut verbs: Vec<Found> = Vec::new();
    for ph in lexicon().status_phrases() {
        let n = ph.0.len();
        let preposition_final = ph.0.last().is_some_and(|w| {
            matches!(w.as_str(), "from" | "of" | "on" | "upon" | "over" | "about")
        });
        if n == 0 || (stage(ph.1).is_some() && !subject) || preposition_final {
            continue;
        }
        for m in lo..=seg.tok_end.saturating_sub(n) {
            let s = m - seg.tok_start;
            if words[s..s + n] != ph.0[..] {
                continue;
            }
            // only what needs no object: "collapsed", a passive "was violated" ("withdrew US
            // support", "violated international law" tell nothing of the agreement)
            let passive = words[s.saturating_sub(2)..s]
                .iter()
                .any(|w| matches!(w.as_str(), "was" | "were" | "been" | "is" | "are"));
            let Some(status) = phrase_status(&ph.0, ph.1, &words[s.saturating_sub(3)..s]) else {
                continue;
            };
            if status == AgreementStatus::Collapsed
                || status == AgreementStatus::Violated && passive
            {
                found.push((m, m + n, status));
            } else if subject
                // any status of a subject, terminal ones too ("A memorandum …, reached in 2016, was
                // abandoned two years later"; issue 9, session 14, set 6)
                && ph.0.last().is_none_or(|w| w != "to")
                // only names and their connectors stand between ("between X and the Y"); a subject
                // past its extension and a participle clause between commas is the clause reader's
                // ([`super::clause`]; session 18, status3)
                && (toks[me_t..m].iter().all(|t| {
                    t.kind == TokKind::Word
                        && (t.is_capitalized()
                            || matches!(
                                t.lower(),
                                "between" | "and" | "the" | "of" | "with" | "for"
                            ))
                }))
            {
                verbs.push((m, m + n, status));
            }
        }
    }
    if let Some(first) = verbs
        .into_iter()
        .min_by_key(|f| (f.0, std::cmp::Reverse(f.1)))
    {
        found.push(first);
    }
}

/// "despite a hotline arrangement", "Despite the ceasefire, shells fell": a mention (tokens `mt..me_t`)
/// right after a preposition of `violation_prepositions.txt` was violated, unless it possesses what
/// follows ("despite the deal's signing") (issue 9, session 14, set 10).
fn despite(text: &Text, seg: Segment, mt: usize, me_t: usize) -> Option<Found> {
    let toks = &text.tokens;
    let possessive = toks
        .get(me_t)
        .is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s" | "'" | "’"));
    (mt > seg.tok_start
        && !possessive
        && crate::words::words()
            .violation_prepositions
            .contains(toks[mt - 1].lower()))
    .then_some((mt - 1, mt, AgreementStatus::Violated))
}

/// "the first deal … since a ceasefire they signed in June": a phrase at token `at` after a pronoun
/// subject that follows another agreement's mention, starting after this one's start `mt` (a long name
/// may hold it), tells of that one, in its relative clause (issue 9, session 16, set 29).
fn in_others_relative(
    text: &Text,
    mention_starts: &HashMap<usize, usize>,
    (mt, gi): (usize, usize),
    at: usize,
) -> bool {
    let toks = &text.tokens;
    at > mt + 1
        && super::parties::PRONOUN_SUBJECTS.contains(&toks[at - 1].lower())
        && (mt + 1..at - 1)
            .rev()
            .take(6)
            .any(|m| mention_starts.get(&m).is_some_and(|&o| o != gi))
}

/// The status phrases of the lexicon within [`STATUS_WINDOW`] tokens of the mention of agreement `gi`
/// spanning tokens `mention` (start, end), or after `named_end`, the end of the phrase naming it, with
/// their negation and future.
fn phrases_near(
    text: &Text,
    seg: Segment,
    (mention, named_end): ((usize, usize), usize),
    gi: usize,
    mention_starts: &HashMap<usize, usize>,
    found: &mut Vec<Found>,
) {
    let toks = &text.tokens;
    let (mt, me_t) = mention;
    let lo = mt.saturating_sub(STATUS_WINDOW).max(seg.tok_start);
    // the window ends STATUS_WINDOW tokens after the mention or after the phrase naming it
    let hi = (me_t.max(named_end) + STATUS_WINDOW).min(seg.tok_end);
    let words = window_words(text, seg, lo, hi);
    let phrases = lexicon().status_phrases();
    // the phrases that match somewhere, in the lexicon's order and then the text's
    let mut matches: Vec<(usize, usize)> = Vec::new();
    for (s, w) in words.iter().enumerate() {
        for &pi in lexicon().status_phrases_opening_with(w) {
            let n = phrases[pi].0.len();
            if s + n <= words.len() && words[s..s + n] == phrases[pi].0[..] {
                matches.push((pi, s));
            }
        }
    }
    matches.sort_unstable();
    for (pi, s) in matches {
        let ph = &phrases[pi];
        let n = ph.0.len();
        // A word of the agreement's own name ("the implementation annex") is not a status.
        if lo + s < me_t && lo + s + n > mt {
            continue;
        }
        // the object of the phrase is another agreement's mention, in its sentence ("… collapsed. The
        // agreement was signed …" is none; issue 9, session 16, set 29)
        let other_object = (lo + s + n..(lo + s + n + 3).min(seg.tok_end))
            .find_map(|m| mention_starts.get(&m))
            .is_some_and(|&o| o != gi);
        let needs_object = needs_object(ph) && !object_at(text, lo + s + n, mt);
        let other_clause = other_clause(text, lo + s + n, mt);
        let others_relative = in_others_relative(text, mention_starts, (mt, gi), lo + s);
        let others = [
            breaks_other,
            goal_of,
            takes_other_object,
            label,
            sign_as_noun,
        ];
        if other_object
            || others_relative
            || needs_object
            || other_clause
            || others.iter().any(|f| f(text, me_t, lo + s, ph))
        {
            continue;
        }
        let before = words_before(text, seg, (&words, lo), lo + s, (mt, me_t));
        if let Some(status) = phrase_status(&ph.0, ph.1, &before) {
            // "a signing could come in October": a modal right after the phrase
            let modal_after = toks
                .get(lo + s + n)
                .is_some_and(|t| lo + s + n < seg.tok_end && MODALS.contains(&t.lower()));
            let hypothetical = gerund_subject(text, seg, (lo + s, lo + s + n), (mt, me_t));
            // "breaking the truce would bring sanctions": a violation only spoken of
            if hypothetical && stage(status).is_none() {
                continue;
            }
            let status = if conditional(text, seg, lo + s)
                || modal_after
                || hypothetical
                || scheduled(text, &ph.0, lo + s + n, seg.tok_end)
            {
                postpone(status)
            } else {
                status
            };
            found.push((lo + s, lo + s + n, status));
        }
    }
}

/// The words before a status phrase at token `at` that may negate or postpone it: the three before
/// it, also when they stand before the window `words` (which opens at token `lo`; issue 9, session 16),
/// after the three before the mention `(mt, me_t)` when the phrase follows the mention right away.
fn words_before(
    text: &Text,
    seg: Segment,
    (words, lo): (&[String], usize),
    at: usize,
    (mt, me_t): (usize, usize),
) -> Vec<String> {
    let s = at - lo;
    let mut before: Vec<String> = Vec::new();
    // "to put the agreement into force": a phrase right after the mention takes the words
    // before the mention too (issue 9, session 14, set 6)
    if at == me_t && mt > lo {
        before.extend_from_slice(&words[(mt - lo).saturating_sub(3)..mt - lo]);
    }
    let from = at.saturating_sub(3).max(seg.tok_start);
    if from < lo {
        before.extend(window_words(text, seg, from, lo));
    }
    before.extend_from_slice(&words[s.saturating_sub(3)..s]);
    // "agree to open, within sixty days, negotiations on": an insertion between commas right before the
    // phrase leaves the words before it to negate or postpone it (issue 9, session 18, status3)
    if let Some(open) = super::clause::insertion_before(text, seg, at) {
        before = window_words(text, seg, open.saturating_sub(3).max(seg.tok_start), open);
    }
    before
}

/// The lowercase words of tokens `lo..hi` in the sentence `seg`; the month "May" inside the sentence
/// is left blank, no modal ("suspended in May and restored"; issue 9, session 15, set 14).
fn window_words(text: &Text, seg: Segment, lo: usize, hi: usize) -> Vec<String> {
    let toks = &text.tokens;
    (lo..hi)
        .map(|m| match toks[m].text.as_str() {
            "May" if m > seg.tok_start => String::new(),
            _ => toks[m].lower().to_string(),
        })
        .collect()
}

/// Whether a status phrase tells of what follows it, so counts only with the agreement's mention
/// right after it: "withdraw from", "pull out of", a phrase ending in a preposition ("to withdraw from
/// south Lebanon" is no withdrawal from the deal), and "close to a deal", a negotiating phrase ending in
/// "to" ("whose leaders are close to the movement" tells nothing; issue 9, session 15, set 14).
fn needs_object(ph: &(Vec<String>, AgreementStatus)) -> bool {
    ph.0.last().is_some_and(|w| {
        matches!(w.as_str(), "from" | "of" | "on" | "upon" | "over" | "about")
            || ph.1 == AgreementStatus::Negotiating && w == "to"
    })
}

/// Whether a status phrase ending before token `after`, before the mention starting at token `mt`, is
/// another clause's: "X was violated …, and that a memorandum …", across a comma and a conjunction or a
/// semicolon (issue 9, session 13); or another predicate's, across "and" and a finite verb ("A 2019
/// protocol … remains in force and is not affected by the new deal": the protocol's, not the deal's;
/// issue 9, session 17, status2).
fn other_clause(text: &Text, after: usize, mt: usize) -> bool {
    let toks = &text.tokens;
    let finite = &crate::words::words().finite_verbs;
    let next = |m: usize| toks.get(m + 1).map(|t| t.lower()).unwrap_or("");
    after <= mt
        && (after..mt).any(|m| {
            toks[m].text == ";"
                || toks[m].text == "," && matches!(next(m), "and" | "but" | "while" | "whereas")
                || toks[m].lower() == "and" && finite.contains(next(m))
        })
}

/// Whether the mention starting at token `mt` is the object of a phrase ending before token `after`:
/// at most three tokens after it, none a finite verb ("pull out of the new deal"; in "What came out of
/// the meeting was an agreement in principle" the meeting is the object, the agreement the predicate's:
/// issue 9, session 17, status2).
fn object_at(text: &Text, after: usize, mt: usize) -> bool {
    let finite = &crate::words::words().finite_verbs;
    after <= mt
        && mt <= after + 3
        && !text.tokens[after..mt]
            .iter()
            .any(|t| finite.contains(t.lower()))
}

/// Whether a mention (tokens `[mt, me_t)`) is a standing agreement one side has with another: "X, which
/// has a mutual defence treaty with Y" (`status_standing_verbs.txt` right before an indefinite mention of a
/// treaty, accord, agreement, protocol or memorandum, and "with" after its first word), which is in force
/// (issue 9, session 14). Deals, plans and proposals one "has" are not.
fn standing(text: &Text, seg: Segment, kind: AgreementKind, (mt, me_t): (usize, usize)) -> bool {
    let toks = &text.tokens;
    mt > seg.tok_start
        && matches!(
            kind,
            AgreementKind::Treaty
                | AgreementKind::Accord
                | AgreementKind::Agreement
                | AgreementKind::Protocol
                | AgreementKind::Memorandum
        )
        && STANDING_VERBS.contains(toks[mt - 1].lower())
        && matches!(toks[mt].lower(), "a" | "an")
        && (mt + 1..=me_t.min(seg.tok_end - 1)).any(|j| toks[j].lower() == "with")
}

/// "The council said the pact broke promises": a one-word violation verb right after the mention, with
/// an object of its own (a word after it, not a particle such as "down"), has the agreement as its
/// subject: the agreement broke something, it was not broken (issue 9, session 14, set 6).
fn breaks_other(text: &Text, me_t: usize, at: usize, ph: &(Vec<String>, AgreementStatus)) -> bool {
    let toks = &text.tokens;
    at == me_t
        && ph.0.len() == 1
        && ph.1 == AgreementStatus::Violated
        && toks.get(at + 1).is_some_and(|t| {
            t.kind == TokKind::Word
                && !matches!(t.lower(), "down" | "apart" | "up" | "off" | "out")
                && !crate::words::words().auxiliaries.contains(t.lower())
        })
}

/// "… all but collapsed after Trump withdrew US support", "after the president withdrew his backing",
/// "officials restored the old tariffs": a one-word withdrawal, violation, abandonment or in-force verb
/// after the mention (ending at token `me_t`) whose object is a determiner's noun phrase or a name tells
/// of that object, not of the agreement (issue 9, session 15, set 14).
fn takes_other_object(
    text: &Text,
    me_t: usize,
    at: usize,
    ph: &(Vec<String>, AgreementStatus),
) -> bool {
    let toks = &text.tokens;
    at > me_t
        && ph.0.len() == 1
        && matches!(
            ph.1,
            AgreementStatus::Withdrawn
                | AgreementStatus::Violated
                | AgreementStatus::Abandoned
                | AgreementStatus::InForce
        )
        && toks.get(at + 1).is_some_and(|t| {
            t.kind == TokKind::Word
                && (super::vocab::DETS.contains(t.lower())
                    && !super::lasted::opens_time_adverbial(text, at + 1)
                    || t.is_capitalized() && lexicon().month(&t.text).is_none())
        })
}

/// Whether the status phrase at token `at` is a label, a word before a colon ("14:26 Breaking: the two
/// delegations have signed a protocol"), not a predicate (issue 9, session 17, set 37).
fn label(text: &Text, _me_t: usize, at: usize, ph: &(Vec<String>, AgreementStatus)) -> bool {
    text.tokens
        .get(at + ph.0.len())
        .is_some_and(|t| t.text == ":")
}

/// Whether the status phrase at token `at` is the noun "sign" ("a sign", "a welcome sign of progress"): after a
/// determiner, or after "a"/"an"/"the" and one lowercase word, "sign" signals; it signs nothing (issue 9,
/// session 17).
fn sign_as_noun(text: &Text, _me_t: usize, at: usize, ph: &(Vec<String>, AgreementStatus)) -> bool {
    let toks = &text.tokens;
    let dets = &super::vocab::DETS;
    ph.0.len() == 1
        && matches!(ph.0[0].as_str(), "sign" | "signs")
        && at > 0
        && (dets.contains(toks[at - 1].lower())
            || at > 1
                && matches!(toks[at - 2].lower(), "a" | "an" | "the")
                && toks[at - 1].kind == TokKind::Word
                && !toks[at - 1].is_capitalized())
}

/// "a roadmap towards wider talks", "a plan for negotiations": a negotiating phrase right after the
/// mention (ending at token `me_t`), after "towards" or "for" and at most one more word, names the goal
/// of the text, not its status (issue 9, session 15, set 14).
fn goal_of(text: &Text, me_t: usize, at: usize, ph: &(Vec<String>, AgreementStatus)) -> bool {
    let toks = &text.tokens;
    ph.1 == AgreementStatus::Negotiating
        && at > me_t
        && at <= me_t + 2
        && matches!(toks[me_t].lower(), "towards" | "toward" | "for")
        && toks[me_t + 1..at].iter().all(|t| t.kind == TokKind::Word)
}

/// Whether a present-tense status phrase (`scheduled_status_phrases.txt`) ending before token `end` is
/// followed by a month, a number or "next" ("takes effect on January 1", "in January", "next year"): a
/// schedule, not yet in force (issue 9, session 14, set 6).
fn scheduled(text: &Text, phrase: &[String], end: usize, seg_end: usize) -> bool {
    let toks = &text.tokens;
    if end + 1 >= seg_end
        || !crate::words::words()
            .scheduled_status_phrases
            .contains(&phrase.join(" "))
        || !matches!(toks[end].lower(), "on" | "in" | "at" | "from" | "next")
    {
        return false;
    }
    let next = &toks[end + 1];
    let lex = lexicon();
    // a month or a year away; a weekday or "midnight" is the imminent start the article reports as
    // in force ("takes effect on Friday", session 13)
    toks[end].lower() == "next" || lex.month(&next.text).is_some() || next.kind == TokKind::Number
}

/// Whether the status phrase at token `m` stands in a conditional clause ("once the treaty was in force",
/// "until both parliaments ratify it"): a conditional subordinator (`status_conditional_markers.txt`:
/// until, unless, once, if) between the clause's start (the last comma or semicolon of the sentence before
/// it) and the phrase (issue 9, session 13).
fn conditional(text: &Text, seg: Segment, m: usize) -> bool {
    let toks = &text.tokens;
    (seg.tok_start..m)
        .rev()
        .take_while(|&i| !matches!(toks[i].text.as_str(), "," | ";"))
        .any(|i| CONDITIONAL.contains(toks[i].lower()))
}

/// What a status phrase (`phrase`, of status `status`) says after the words `before` it (up to three): a
/// negator turns or cancels it, a future marker postpones a stage and cancels an end ("would withdraw
/// from", "threatened to pull out of": issue 9, session 17, set 37).
pub(super) fn phrase_status(
    phrase: &[String],
    status: AgreementStatus,
    before: &[String],
) -> Option<AgreementStatus> {
    // A phrase that carries its own negation ("has not signed") stands as it is;
    // otherwise a negator just before it turns or cancels it.
    let own_negation = phrase.iter().any(|w| NEGATORS.contains_key(w.as_str()));
    // the nearest negator before the phrase decides
    let negator = before
        .iter()
        .rev()
        .find_map(|w| NEGATORS.get(w.as_str()))
        .filter(|_| !own_negation);
    let result = match negator {
        Some(&neg) => negate(status, neg),
        None => Some(status),
    };
    // "will sign", "to sign", "would be signed", "will take effect": not yet
    // "before it takes effect": a present tense after "before" is not yet ("before the truce took
    // effect" tells it did; issue 9, session 14, set 8)
    let future =
        before.iter().any(|w| FUTURE.contains(w.as_str())) || temporal_present(phrase, before);
    // "proposed that the truce be extended": a bare "be" (no modal, no "to") before a participle is
    // a wish, a proposal (issue 9, session 16)
    if !future
        && negator.is_none()
        && before.last().is_some_and(|w| w == "be")
        && status != AgreementStatus::Negotiating
    {
        return Some(AgreementStatus::Proposed);
    }
    // "the plan would be discussed", "the accord will be discussed": the text is the object of talks
    // still to come, so still a proposal ("will work towards a ceasefire" stays negotiating; issue 9,
    // session 14, set 12)
    let passive = before.last().is_some_and(|w| w == "be");
    // "agree to open negotiations on a comprehensive peace agreement", "are to open talks on a permanent
    // ceasefire": talks still to be opened leave the text they are about on the table (issue 9,
    // session 18, status3)
    let opening = before.last().is_some_and(|w| {
        crate::words::words()
            .talk_opening_verbs
            .contains(w.as_str())
    });
    if future
        && negator.is_none()
        && !own_negation
        && (passive || opening)
        && status == AgreementStatus::Negotiating
    {
        Some(AgreementStatus::Proposed)
    } else if future && negator.is_none() && !own_negation {
        // "would withdraw from", "threatened to pull out of": an end still to come tells nothing
        // (issue 9, session 17, set 37)
        result.filter(|&s| stage(s).is_some()).map(postpone)
    } else {
        result
    }
}

/// The status phrase that decides, among those found: phrases inside a longer one at the same place do
/// not count; a terminal status (withdrawn, abandoned, collapsed, violated) reported last wins; otherwise
/// the furthest stage reached (proposed < negotiating < not formalised < reached < signed < in force).
fn choose(mut found: Vec<Found>) -> Option<Found> {
    found.sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
    found.dedup();
    let kept: Vec<&Found> = found
        .iter()
        .filter(|f| {
            !found
                .iter()
                .any(|o| o != *f && o.0 <= f.0 && f.1 <= o.1 && (o.1 - o.0) > (f.1 - f.0))
        })
        .collect();
    let terminal = kept
        .iter()
        .filter(|f| stage(f.2).is_none())
        .max_by_key(|f| (f.0, f.1));
    terminal
        .or_else(|| kept.iter().max_by_key(|f| (stage(f.2), f.0)))
        .map(|f| **f)
}

/// How many years before publication a treaty stands as a fact of the past when the article tells
/// nothing of it: "the 1904 convention, which both sides accept", "wanted the 1950 Treaty of Peace and
/// Friendship reviewed".
const STANDING_AGE: i32 = 10;

/// Whether an agreement meant to last (a treaty, accord, agreement, protocol or memorandum) carries in
/// a mention's name a year at least [`STANDING_AGE`] years before publication: with no status phrase
/// anywhere it is in force rather than only signed, an old settlement the article refers to as standing
/// (issue 9, session 16, agr4).
fn standing_since(g: &RawAgreement, text: &Text, published: Option<chrono::NaiveDate>) -> bool {
    use chrono::Datelike;
    let Some(p) = published else {
        return false;
    };
    matches!(
        g.kind,
        AgreementKind::Treaty
            | AgreementKind::Accord
            | AgreementKind::Agreement
            | AgreementKind::Protocol
            | AgreementKind::Memorandum
    ) && year_in_mention(g, text, 1900..=p.year() - STANDING_AGE)
}

/// Whether a mention of the agreement carries a year before the publication year in its name.
fn dated_before(g: &RawAgreement, text: &Text, published: Option<chrono::NaiveDate>) -> bool {
    use chrono::Datelike;
    let Some(p) = published else {
        return false;
    };
    year_in_mention(g, text, 1900..=p.year() - 1)
}

/// Whether a mention of the agreement holds a four-digit year in `years` ("the 2007 border treaty").
fn year_in_mention(g: &RawAgreement, text: &Text, years: std::ops::RangeInclusive<i32>) -> bool {
    g.mentions.iter().any(|&(ms, me)| {
        let (a, b) = (text.token_at_or_after(ms), text.token_at_or_after(me));
        text.tokens[a..b].iter().any(|t| {
            t.kind == TokKind::Number
                && t.text.len() == 4
                && t.text.parse::<i32>().is_ok_and(|y| years.contains(&y))
        })
    })
}

/// What a phrase of status `s` says after the negator `neg`: for signing, reaching or entering into
/// force, the negator's status; nothing for the rest.
fn negate(s: AgreementStatus, neg: AgreementStatus) -> Option<AgreementStatus> {
    match s {
        AgreementStatus::Signed | AgreementStatus::Reached | AgreementStatus::InForce => Some(neg),
        AgreementStatus::NotFormalized => Some(AgreementStatus::NotFormalized),
        _ => None,
    }
}

/// Whether the status phrase at tokens `at..end` is a gerund ("breaking", "signing") whose object is the
/// mention at tokens `mt..me_t` and whose clause goes on with a modal right after the mention: the gerund
/// clause is the subject of something that may happen ("breaking the truce would bring sanctions",
/// "signing the deal could take months"), which tells no stage reached (issue 9, session 17, set 37).
fn gerund_subject(
    text: &Text,
    seg: Segment,
    (at, end): (usize, usize),
    (mt, me_t): (usize, usize),
) -> bool {
    let toks = &text.tokens;
    end == mt
        && toks[end - 1].lower().ends_with("ing")
        && me_t > at
        && toks
            .get(me_t)
            .is_some_and(|t| me_t < seg.tok_end && MODALS.contains(&t.lower()))
}

/// Whether a status phrase follows "before" or "after" in the present tense, which tells a time still to
/// come: "before it takes effect", "after it is ratified by both parliaments" ("after it was ratified"
/// is past) (issue 9, session 14, set 8; "after" and the present passive: issue 9, session 17, set 37).
fn temporal_present(phrase: &[String], before: &[String]) -> bool {
    before.iter().any(|w| w == "before" || w == "after")
        && (phrase.first().is_some_and(|w| w.ends_with('s'))
            || before.iter().any(|w| w == "is" || w == "are"))
}

/// What a status phrase in the future or in doubt says ("will sign", "will take effect"): a signing or an
/// agreement still being negotiated, an entry into force of an agreement reached.
fn postpone(s: AgreementStatus) -> AgreementStatus {
    match s {
        AgreementStatus::Signed | AgreementStatus::Reached => AgreementStatus::Negotiating,
        AgreementStatus::InForce => AgreementStatus::Reached,
        other => other,
    }
}

/// The stage of a non-terminal status; `None` for terminal ones.
pub(super) fn stage(s: AgreementStatus) -> Option<u8> {
    Some(match s {
        AgreementStatus::Unknown => 0,
        AgreementStatus::Proposed => 1,
        AgreementStatus::Negotiating => 2,
        AgreementStatus::NotFormalized => 3,
        AgreementStatus::Reached => 4,
        AgreementStatus::Signed => 5,
        AgreementStatus::InForce => 6,
        AgreementStatus::Withdrawn
        | AgreementStatus::Abandoned
        | AgreementStatus::Violated
        | AgreementStatus::Collapsed => return None,
    })
}

/// The status of an agreement no phrase tells: proposed for proposals, plans and roadmaps, else unknown.
pub(super) fn default_status(kind: AgreementKind) -> AgreementStatus {
    match kind {
        AgreementKind::Proposal | AgreementKind::Plan | AgreementKind::Roadmap => {
            AgreementStatus::Proposed
        }
        _ => AgreementStatus::Unknown,
    }
}
