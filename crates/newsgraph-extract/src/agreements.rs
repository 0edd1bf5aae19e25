//! Agreements: trigger nouns (agreement, deal, ceasefire, proposal, plan, protocol, …) with their noun
//! phrase, parties (compound modifiers, "between X and Y", "with X", the subject of "signed"), status
//! (the latest status phrase reported about it), date and place. Definite references ("the deal")
//! refer back to the latest agreement, and generic mentions ("a ceasefire", "the truce", "the accord") join
//! the agreement they may refer to (`merge_generic`).

use super::entities::Entities;
use super::text::{Text, TokKind};
use super::words::words;
use crate::lexicon::lexicon;
use crate::model::{AgreementKind, AgreementStatus, EntityType};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

static STOP: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().np_stop_words);
static DETS: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().np_determiners);
static WEAK: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().weak_triggers);
static DISTINCT: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().distinct_modifiers);
static FUTURE: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().status_future_markers);
static PARTY_VERBS: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().party_verbs);
/// How far from a mention a status phrase may stand, in tokens.
const STATUS_WINDOW: usize = 10;

static AGENT_PARTICIPLES: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().agent_participles);

/// Verbs whose object's status they tell (`data/extract/status_object_verbs.tsv`).
static OBJECT_VERBS: LazyLock<&HashMap<String, AgreementStatus>> =
    LazyLock::new(|| &words().status_object_verbs);

static ANAPHORIC: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().anaphoric_determiners);

/// An agreement before ids are assigned.
#[derive(Debug, Clone)]
pub struct RawAgreement {
    /// Kind.
    pub kind: AgreementKind,
    /// Name (the first naming phrase).
    pub name: String,
    /// Party entity indices.
    pub parties: BTreeSet<usize>,
    /// Status.
    pub status: AgreementStatus,
    /// Status found at this offset (latest wins).
    status_at: Option<usize>,
    /// Date.
    pub date: Option<String>,
    /// Place entity index.
    pub place: Option<usize>,
    /// Mention spans.
    pub mentions: Vec<(usize, usize)>,
    /// Sentences where it is mentioned.
    sentences: BTreeSet<usize>,
    /// Whether the article names it (a capitalised name).
    named: bool,
    /// A generic mention ("a ceasefire", "the accord"): unnamed, singular, with no year or modifier that
    /// sets it apart, so it may be another mention of an agreement the article names elsewhere.
    generic: bool,
}

/// Extracts agreements.
pub fn extract(
    text: &Text,
    ents: &Entities,
    dates: &[super::dates::DateMention],
    statements: &[super::statements::RawStatement],
    published: Option<chrono::NaiveDate>,
) -> Vec<RawAgreement> {
    let lex = lexicon();
    let toks = &text.tokens;
    let mut out: Vec<RawAgreement> = Vec::new();
    // lookups that would otherwise scan every agreement or date found so far (quadratic in the length of
    // the article): the first named agreement of each key, and the dates by start offset
    let mut named_first: HashMap<String, usize> = HashMap::new();
    let mut latest_of_kind: HashMap<AgreementKind, usize> = HashMap::new();
    let mut dates_by_start: Vec<usize> = (0..dates.len()).collect();
    dates_by_start.sort_by_key(|&i| dates[i].start);
    for k in 0..toks.len() {
        let t = &toks[k];
        if t.kind != TokKind::Word {
            continue;
        }
        let lower = t.lower();
        let Some(kind) = lex.agreement_trigger(&lower) else {
            continue;
        };
        // a trigger that modifies a following one ("ceasefire agreement", "truce deal") is part of that
        // head's phrase; the head takes the compound's kind
        if let Some(nx) = toks.get(k + 1)
            && nx.kind == TokKind::Word
            && nx.sentence == t.sentence
            && lex
                .agreement_trigger(&format!("{lower} {}", nx.lower()))
                .is_some()
        {
            continue;
        }
        // The longest compound trigger wins ("peace deal" over "deal").
        let kind = (1..=2)
            .rev()
            .filter(|n| k >= *n && toks[k - n].sentence == t.sentence)
            .filter(|n| toks[k - n..k].iter().all(|x| x.kind == TokKind::Word))
            .filter_map(|n| {
                let words: Vec<String> = toks[k - n..=k].iter().map(|x| x.lower()).collect();
                lex.agreement_trigger(&words.join(" "))
            })
            .next()
            .unwrap_or(kind);
        // a verb use ("plans to", "deal with") is no agreement
        if let Some(nx) = toks.get(k + 1)
            && ((lower == "plan" || lower == "plans") && nx.lower() == "to"
                || (lower == "deal" || lower == "deals") && nx.lower() == "with")
        {
            // "deal with X" after a determiner is a noun ("a deal with Iran"); so is a singular "plan" or
            // "deal" inside a noun phrase opened by a determiner ("an 11-point EU plan to normalise …", "a
            // new peace deal with …"), unless a plural word stands right before it ("the rebels plan to …")
            let det_before = k > 0 && DETS.contains(&toks[k - 1].lower());
            let np_before = (lower == "plan" || lower == "deal")
                && k > 0
                && !toks[k - 1].text.ends_with('s')
                && (k.saturating_sub(5)..k).rev().any(|m| {
                    DETS.contains(&toks[m].lower())
                        && toks[m + 1..k].iter().all(|x| {
                            (x.kind == TokKind::Word || x.kind == TokKind::Number || x.text == "-")
                                && !STOP.contains(&x.lower())
                        })
                });
            if !det_before && !np_before {
                continue;
            }
        }
        let sent = t.sentence;
        let s0 = text.sentences[sent].tok_start;
        // left edge of the noun phrase
        let mut a = k;
        while a > s0 && a + 6 > k {
            let p = &toks[a - 1];
            let pl = p.lower();
            if p.kind == TokKind::Punct && p.text != "-" || p.kind == TokKind::Quote {
                break;
            }
            if STOP.contains(&pl) {
                break;
            }
            a -= 1;
            if DETS.contains(&pl) {
                break;
            }
        }
        // right extension: a prepositional phrase "on …", "with … on DATE", "between X and Y", "to normalise …"
        let s1 = text.sentences[sent].tok_end;
        let mut b = k + 1;
        if b < s1
            && matches!(
                toks[b].lower().as_str(),
                "on" | "with" | "between" | "to" | "for"
            )
        {
            let between = toks[b].lower() == "between";
            let mut m = b + 1;
            while m < s1 && m < b + 7 {
                let x = &toks[m];
                if x.kind == TokKind::Punct || x.kind == TokKind::Quote {
                    break;
                }
                // "… on Aleppo and promised to …": a conjunction starts a new clause, except the one
                // joining the two sides of "between X and Y".
                if matches!(x.lower().as_str(), "and" | "but" | "or")
                    && !(between && x.lower() == "and")
                {
                    break;
                }
                if matches!(
                    x.lower().as_str(),
                    "that"
                        | "which"
                        | "who"
                        | "has"
                        | "have"
                        | "had"
                        | "was"
                        | "is"
                        | "will"
                        | "would"
                ) {
                    break;
                }
                m += 1;
            }
            b = m;
        }
        let span = (toks[a].start, toks[k].end);
        let name = text.slice(toks[a].start, toks[b - 1].end);
        let det = toks[a].lower();
        let capital_name = toks[a..=k]
            .iter()
            .any(|x| x.is_capitalized() && x.lower() != det)
            && t.is_capitalized();
        // entities inside the phrase
        let inner: Vec<usize> = ents
            .within(toks[a].start, toks[b - 1].end)
            .into_iter()
            .map(|(_, _, i)| i)
            .filter(|i| ents.is_actor(*i) && ents.list[*i].kind != EntityType::Group)
            .collect();
        // a weak trigger names an agreement with a capitalised name, or as the object of a signing
        // verb ("signed a declaration", "reached an understanding")
        let signed_object = a > s0
            && matches!(toks[a].lower().as_str(), "a" | "an")
            && PARTY_VERBS.contains(&toks[a - 1].lower());
        if WEAK.contains(&lower) && !capital_name && !signed_object {
            continue;
        }
        // "the deal", "this Agreement": a bare trigger after a determiner refers back
        let anaphoric = ANAPHORIC.contains(&det) && a + 1 == k
            || (a == k && !t.is_capitalized() && k > 0 && toks[k - 1].lower() == "the");
        let capital_name = capital_name && !anaphoric;
        // a named agreement is known by its capitalised words outside entity names and numbers
        // ("the 1996 GRP-MNLF Final Peace Agreement" = "the 1996 Final Peace Agreement")
        let name_key: String = toks[a..=k]
            .iter()
            .filter(|x| {
                x.is_capitalized()
                    && ents.covering(x.start).is_none()
                    && !x.text.contains('-')
                    && !DETS.contains(&x.lower())
            })
            .map(|x| x.lower())
            .collect::<Vec<_>>()
            .join(" ");
        let indefinite = matches!(det.as_str(), "a" | "an");
        // "it is an agreement that …": a predicate noun describes what the pronoun refers to
        if indefinite
            && a >= 2
            && matches!(toks[a - 1].lower().as_str(), "is" | "was" | "'s" | "’s")
            && matches!(toks[a - 2].lower().as_str(), "it" | "this" | "that")
        {
            continue;
        }
        // an apposition names the agreement before it: "the Good Friday Agreement, a treaty which …"
        let apposition = if indefinite && a >= 2 && toks[a - 1].text == "," {
            out.iter()
                .position(|g| g.mentions.iter().any(|m| m.1 == toks[a - 2].end))
        } else {
            None
        };
        let target = if apposition.is_some() {
            apposition
        } else if capital_name {
            named_first.get(&name_key).copied()
        } else if ANAPHORIC.contains(&det) && !inner.is_empty() && !anaphoric {
            // "the EU plan": the latest agreement of the kind whose parties include those named
            let named: BTreeSet<usize> = inner.iter().filter_map(|i| ents.party_of(*i)).collect();
            out.iter()
                .rposition(|g| g.kind == kind && !named.is_empty() && named.is_subset(&g.parties))
        } else if anaphoric
            || (ANAPHORIC.contains(&det)
                && inner.is_empty()
                && toks[a + 1..k].iter().all(|x| !x.is_capitalized()))
                && !out.is_empty()
        {
            // the latest agreement of the same kind; a bare "the agreement" may refer to any kind
            let bare = a + 1 == k || a == k;
            out.iter()
                .rposition(|g| class(g.kind) == class(kind))
                .or_else(|| {
                    if bare {
                        out.iter().rposition(|g| may_refer(kind, g))
                    } else {
                        None
                    }
                })
                .or(if out.is_empty() || !bare {
                    None
                } else {
                    Some(out.len() - 1)
                })
        } else {
            None
        };
        let idx = match target {
            Some(i) => i,
            None => {
                out.push(RawAgreement {
                    kind,
                    name: name.clone(),
                    parties: BTreeSet::new(),
                    status: default_status(kind),
                    status_at: None,
                    date: None,
                    place: None,
                    mentions: Vec::new(),
                    sentences: BTreeSet::new(),
                    named: capital_name,
                    generic: !capital_name
                        && (!lower.ends_with('s') || lower.ends_with("ss"))
                        && toks[a..k]
                            .iter()
                            .all(|x| x.kind != TokKind::Number && !DISTINCT.contains(&x.lower())),
                });
                if capital_name {
                    named_first.entry(name_key.clone()).or_insert(out.len() - 1);
                }
                latest_of_kind.insert(kind, out.len() - 1);
                out.len() - 1
            }
        };
        // collective parties inside the phrase ("a deal between Iran and six powers", "with 14 armed
        // groups", "between Yemen's warring parties"; see `collectives`)
        let collective_parties: Vec<usize> = ents
            .within(toks[a].start, toks[b - 1].end)
            .into_iter()
            .filter(|(_, _, i)| ents.collectives.contains_key(i))
            .flat_map(|(_, _, i)| super::collectives::parties_for(ents, text, i))
            .collect();
        let g = &mut out[idx];
        g.mentions.push(span);
        g.sentences.insert(sent);
        for i in &inner {
            g.parties.extend(ents.party_of(*i));
        }
        g.parties.extend(collective_parties);
        // the subject of a signing verb: "X and Y signed a peace agreement"
        // (up to four tokens before the phrase, or up to eight when only words stand between:
        // "signed in Maputo on Tuesday evening an Agreement on …")
        let sign_verb = (s0..a)
            .rev()
            .take(4)
            .find(|m| PARTY_VERBS.contains(&toks[*m].lower()))
            .or_else(|| {
                (s0..a)
                    .rev()
                    .take(8)
                    .take_while(|m| toks[*m].kind == TokKind::Word)
                    .find(|m| PARTY_VERBS.contains(&toks[*m].lower()))
            });
        if let Some(v) = sign_verb {
            // the subject: from the last clause boundary before the verb; a comma right before the verb
            // closes an apposition ("X and the leader of Y, Z Z, signed"), so the subject runs from the
            // boundary before the apposition
            let appositive = v > s0 && toks[v - 1].text == ",";
            let search_to = if appositive {
                (s0..v - 1)
                    .rev()
                    .find(|m| toks[*m].text == ",")
                    .unwrap_or(s0)
            } else {
                v
            };
            let clause_start = (s0..search_to)
                .rev()
                .find(|m| {
                    matches!(
                        toks[*m].text.as_str(),
                        "–" | "—" | "-" | ";" | ":" | "," | "that"
                    )
                })
                .map(|m| toks[m].end)
                .unwrap_or(text.sentences[sent].start);
            let subj: Vec<usize> = ents
                .within(clause_start, toks[v].start)
                .into_iter()
                .filter(|&(_, e, _)| !super::possessors::possessor_of_other(text, ents, e))
                .map(|(_, _, i)| i)
                .flat_map(|i| {
                    if ents.collectives.contains_key(&i) {
                        super::collectives::parties_for(ents, text, i)
                    } else if ents.list[i].kind == EntityType::Group {
                        named_for_group(ents, text, i)
                            .or_else(|| super::collectives::armed_group_for(ents, i))
                            .into_iter()
                            .collect()
                    } else {
                        vec![i]
                    }
                })
                .filter(|i| ents.is_actor(*i) || ents.collectives.contains_key(i))
                .collect();
            for i in subj {
                g.parties.extend(ents.party_of(i));
            }
        }
        // possessive "its proposals": the nearest actor before in the sentence
        // "our agreements" inside a quote: the speaker's side
        if det == "our"
            && let Some(sp) = statements
                .iter()
                .find(|s| s.start <= toks[a].start && toks[k].end <= s.end)
                .and_then(|s| s.speaker)
        {
            g.parties.extend(ents.party_of(sp));
        }
        if matches!(det.as_str(), "its" | "their") {
            if let Some((_, _, i)) = ents
                .within(text.sentences[sent].start, toks[a].start)
                .into_iter()
                .rev()
                .find(|(_, _, i)| ents.is_actor(*i) && ents.list[*i].kind != EntityType::Group)
            {
                g.parties.extend(ents.party_of(i));
            }
        }
        // the agent of a participle after the phrase: "the accord signed by X and Y"
        // (also in the passive, "the agreement had already been signed in May by X", see
        // `passive`)
        if let Some(by) = super::passive::agent_by(text, b, s1, &AGENT_PARTICIPLES) {
            let mut end = by + 1;
            while end < s1
                && end < by + 12
                && toks[end].kind != TokKind::Punct
                && !super::words::words()
                    .auxiliaries
                    .contains(&toks[end].lower())
                && !matches!(
                    toks[end].lower().as_str(),
                    "that"
                        | "which"
                        | "who"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "for"
                        | "after"
                        | "are"
                        | "but"
                        | "while"
                        | "whereas"
                )
            {
                end += 1;
            }
            if end > by + 1 {
                let mut agents: Vec<usize> = ents
                    .within(toks[by + 1].start, toks[end - 1].end)
                    .into_iter()
                    .flat_map(|(_, _, i)| super::collectives::parties_for(ents, text, i))
                    .collect();
                // "by the government and …": the article's government
                if (by + 1..end).any(|m| {
                    toks[m].lower() == "the"
                        && toks
                            .get(m + 1)
                            .is_some_and(|t| GOVERNMENT_WORDS.contains(&t.lower()))
                        && ents.covering(toks[m + 1].start).is_none()
                }) {
                    agents.extend(only_state(ents));
                }
                for i in agents {
                    g.parties.extend(ents.party_of(i));
                }
            }
        }
        // date inside the phrase or right before it
        if g.date.is_none() {
            let lo = toks[a.saturating_sub(3).max(s0)].start;
            let hi = toks[b - 1].end;
            // the first date (in list order) inside [lo, hi]: among those starting there
            let from = dates_by_start.partition_point(|&i| dates[i].start < lo);
            if let Some(d) = dates_by_start[from..]
                .iter()
                .take_while(|&&i| dates[i].start <= hi)
                .filter(|&&i| {
                    dates[i].end <= hi && dates[i].precision == super::dates::DatePrecision::Day
                })
                .min()
                .map(|&i| &dates[i])
            {
                g.date = Some(d.date.format("%Y-%m-%d").to_string());
            }
        }
        // place: "in X" in the same sentence
        if g.place.is_none() {
            for (s, _, i) in ents.within(text.sentences[sent].start, text.sentences[sent].end) {
                if ents.list[i].kind == EntityType::Location {
                    let ti = text.token_at_or_after(s);
                    if ti > 0 && toks[ti - 1].lower() == "in" {
                        g.place = Some(i);
                        break;
                    }
                }
            }
        }
    }
    let mut out = merge_generic(out);
    // status: the latest status phrase near a mention (within its sentence, up to STATUS_WINDOW
    // tokens away); a phrase contained in a longer one found at the same place does not count
    // how many agreements each sentence mentions
    let mut per_sentence: HashMap<usize, usize> = HashMap::new();
    for g in &out {
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
    for (gi, g) in out.iter_mut().enumerate() {
        let mut found: Vec<(usize, usize, AgreementStatus)> = Vec::new(); // (start token, end token, status)
        for &(ms, me) in &g.mentions {
            let mt = text.token_at_or_after(ms);
            let me_t = text.token_at_or_after(me);
            let seg = text.sentences[toks[mt].sentence];
            // a verb whose object the mention is: "to change the protocol"
            if mt > seg.tok_start
                && let Some(&st) = OBJECT_VERBS.get(&toks[mt - 1].lower())
            {
                found.push((mt - 1, mt, st));
            }
            // a completed signing anywhere in a sentence that mentions no other agreement ("…," he said
            // at the signing of the document)
            if per_sentence.get(&toks[mt].sentence) == Some(&1) {
                for m in seg.tok_start..seg.tok_end {
                    let w = toks[m].lower();
                    let done = w.ends_with("ed") || w.ends_with("ing");
                    let negated = toks[m.saturating_sub(3).max(seg.tok_start)..m]
                        .iter()
                        .any(|t| NEGATORS.contains_key(t.lower().as_str()));
                    // "we hope it can be signed", "it would be signed": a modal or future signing is
                    // not completed (issue 9, session 6)
                    let future = toks[m.saturating_sub(3).max(seg.tok_start)..m]
                        .iter()
                        .any(|t| FUTURE.contains(t.lower().as_str()));
                    if done
                        && !negated
                        && !future
                        && (m + STATUS_WINDOW < mt || m > me_t + STATUS_WINDOW)
                        && lex.status_phrases().iter().any(|ph| {
                            ph.1 == AgreementStatus::Signed && ph.0.len() == 1 && ph.0[0] == w
                        })
                    {
                        found.push((m, m + 1, AgreementStatus::Signed));
                    }
                }
            }
            let lo = mt.saturating_sub(STATUS_WINDOW).max(seg.tok_start);
            let hi = (me_t + STATUS_WINDOW).min(seg.tok_end);
            let words: Vec<String> = toks[lo..hi].iter().map(|t| t.lower()).collect();
            for ph in lex.status_phrases() {
                let n = ph.0.len();
                if n == 0 || n > words.len() {
                    continue;
                }
                for s in 0..=(words.len() - n) {
                    // A word of the agreement's own name ("the implementation annex") is not a status.
                    let inside_mention = lo + s < me_t && lo + s + n > mt;
                    if words[s..s + n] != ph.0[..] || inside_mention {
                        continue;
                    }
                    // the object of the phrase is another agreement's mention
                    let other_object = (lo + s + n..(lo + s + n + 3).min(toks.len()))
                        .find_map(|m| mention_starts.get(&m))
                        .is_some_and(|&o| o != gi);
                    // "withdraw from", "pull out of": a phrase ending in a preposition tells the status
                    // of what follows it ("to withdraw from south Lebanon" is no withdrawal from the deal)
                    let needs_object = ph.0.last().is_some_and(|w| {
                        matches!(w.as_str(), "from" | "of" | "on" | "upon" | "over" | "about")
                    }) && !(lo + s + n <= mt && mt <= lo + s + n + 3);
                    if !other_object && !needs_object {
                        // A phrase that carries its own negation ("has not signed") stands as it is;
                        // otherwise a negator just before it turns or cancels it.
                        let own_negation = ph.0.iter().any(|w| NEGATORS.contains_key(w.as_str()));
                        // the nearest negator before the phrase decides
                        let negator = words[s.saturating_sub(3)..s]
                            .iter()
                            .rev()
                            .find_map(|w| NEGATORS.get(w.as_str()))
                            .filter(|_| !own_negation);
                        let status = match negator {
                            Some(&neg) => negate(ph.1, neg),
                            None => Some(ph.1),
                        };
                        // "will sign", "to sign", "would be signed", "will take effect": not yet
                        let future = words[s.saturating_sub(3)..s]
                            .iter()
                            .any(|w| FUTURE.contains(w.as_str()));
                        let status = if future && negator.is_none() && !own_negation {
                            status.map(postpone)
                        } else {
                            status
                        };
                        if let Some(status) = status {
                            found.push((lo + s, lo + s + n, status));
                        }
                    }
                }
            }
        }
        found.sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
        found.dedup();
        let kept: Vec<&(usize, usize, AgreementStatus)> = found
            .iter()
            .filter(|f| {
                !found
                    .iter()
                    .any(|o| o != *f && o.0 <= f.0 && f.1 <= o.1 && (o.1 - o.0) > (f.1 - f.0))
            })
            .collect();
        // a terminal status (withdrawn, abandoned, collapsed, violated) reported last wins; otherwise
        // the furthest stage reached (proposed < negotiating < not formalised < reached < signed < in force)
        let terminal = kept
            .iter()
            .filter(|f| stage(f.2).is_none())
            .max_by_key(|f| (f.0, f.1));
        let best = terminal.or_else(|| kept.iter().max_by_key(|f| (stage(f.2), f.0)));
        if let Some(best) = best {
            g.status = best.2;
            g.status_at = Some(toks[best.0].start);
        }
        // an agreement named with a past year ("the 1996 Final Peace Agreement") was concluded then
        if dated_before(g, text, published)
            && stage(g.status).is_some_and(|st| st < stage(AgreementStatus::Signed).unwrap_or(5))
        {
            g.status = AgreementStatus::Signed;
        }
    }
    for g in out.iter_mut() {
        parties_from_sentences(g, ents, text);
        institutions_to_parents(g, ents);
    }
    article_parties(&mut out, ents, text);

    out
}

/// The coreference class of a kind: generic mentions merge within a class. Ceasefires and truces are one
/// class, agreements, deals, accords and pacts another; every other kind is a class of its own.
fn class(k: AgreementKind) -> u8 {
    match k {
        AgreementKind::Ceasefire | AgreementKind::Truce => 2,
        AgreementKind::Agreement | AgreementKind::Deal | AgreementKind::Accord => 1,
        other => 10 + other as u8,
    }
}

/// Whether a generic mention of kind `from` may be another mention of an agreement of kind `to`: the
/// same class, or a generic agreement/deal/accord ("the accord") that refers to a ceasefire, or to a named
/// framework, declaration or treaty.
fn may_refer(from: AgreementKind, to: &RawAgreement) -> bool {
    class(from) == class(to.kind)
        || class(from) == 1
            && (class(to.kind) == 2
                || to.named
                    && matches!(
                        to.kind,
                        AgreementKind::Framework
                            | AgreementKind::Declaration
                            | AgreementKind::Treaty
                    ))
}

/// Coreference of generic mentions. A news article speaks of one ceasefire as "a ceasefire", "the
/// truce", "a ceasefire deal", and of its main agreement as "a deal", "the accord" beside its name: each
/// generic mention (see [`RawAgreement::generic`]) joins an agreement it may refer to ([`may_refer`])
/// whose parties do not contradict its own (either side unknown, or a party in common): a named one
/// first (the earliest named), else the earliest one before it, the same kind's class before another.
/// Plurals ("previous ceasefires"), years ("the 1996 accord") and contrastive modifiers ("a new deal",
/// `data/extract/distinct_modifiers.txt`) keep a mention apart.
fn merge_generic(out: Vec<RawAgreement>) -> Vec<RawAgreement> {
    let n = out.len();
    let mut into: Vec<Option<usize>> = vec![None; n];
    let first = |g: &RawAgreement| g.mentions.first().map_or(usize::MAX, |m| m.0);
    for j in 0..n {
        if !out[j].generic {
            continue;
        }
        let best = (0..n)
            .filter(|&t| t != j && into[t].is_none() && (out[t].named || t < j))
            .filter(|&t| may_refer(out[j].kind, &out[t]))
            .filter(|&t| {
                out[j].parties.is_empty()
                    || out[t].parties.is_empty()
                    || !out[j].parties.is_disjoint(&out[t].parties)
            })
            .min_by_key(|&t| {
                (
                    !out[t].named,
                    class(out[t].kind) != class(out[j].kind),
                    first(&out[t]),
                )
            });
        if let Some(t) = best {
            into[j] = Some(t);
        }
    }
    let mut kept: Vec<Option<RawAgreement>> = out.into_iter().map(Some).collect();
    for j in 0..n {
        let Some(t) = into[j] else { continue };
        let Some(g) = kept[j].take() else { continue };
        if let Some(dst) = kept[t].as_mut() {
            dst.mentions.extend(g.mentions);
            dst.mentions.sort_unstable();
            dst.sentences.extend(g.sentences);
            // a generic mention's parties fill in sides the agreement lacks; two known sides stay
            if dst.parties.len() < 2 {
                dst.parties.extend(g.parties);
            }
            if dst.date.is_none() {
                dst.date = g.date;
            }
            if dst.place.is_none() {
                dst.place = g.place;
            }
        }
    }
    kept.into_iter().flatten().collect()
}

/// Whether a mention of the agreement carries a year before the publication year in its name.
fn dated_before(g: &RawAgreement, text: &Text, published: Option<chrono::NaiveDate>) -> bool {
    use chrono::Datelike;
    let Some(p) = published else {
        return false;
    };
    g.mentions.iter().any(|&(ms, me)| {
        let (a, b) = (text.token_at_or_after(ms), text.token_at_or_after(me));
        text.tokens[a..b].iter().any(|t| {
            t.kind == TokKind::Number
                && t.text.len() == 4
                && t.text
                    .parse::<i32>()
                    .is_ok_and(|y| (1900..p.year()).contains(&y))
        })
    })
}

/// The named actor a collective noun stands for when the article puts the two side by side: "the
/// opposition Unitary Platform" makes every "opposition" that actor. The named actor's mention must
/// start right after a mention of the group (one space between).
fn named_for_group(ents: &Entities, text: &Text, group: usize) -> Option<usize> {
    ents.list[group].mentions.iter().find_map(|&(_, e)| {
        let next = text.token_at_or_after(e);
        let t = text.tokens.get(next)?;
        if t.start != e + 1 {
            return None;
        }
        ents.covering(t.start)
            .map(|(_, _, i)| i)
            .filter(|&i| i != group && ents.is_actor(i) && ents.list[i].kind != EntityType::Group)
    })
}

static ORG_PARENTS: LazyLock<&HashMap<String, String>> = LazyLock::new(|| &words().org_parents);

static GOVERNMENT_WORDS: LazyLock<&HashSet<String>> = LazyLock::new(|| &words().government_words);

/// An institution party becomes the larger actor it acts for (`data/extract/org_parents.tsv`), when the
/// article names that actor.
fn institutions_to_parents(g: &mut RawAgreement, ents: &Entities) {
    let parties: Vec<usize> = g.parties.iter().copied().collect();
    for p in parties {
        let Some(parent) = ORG_PARENTS.get(&ents.list[p].name) else {
            continue;
        };
        if let Some(q) = ents
            .list
            .iter()
            .position(|e| &e.name == parent || e.aliases.iter().any(|a| a == parent))
        {
            g.parties.remove(&p);
            g.parties.insert(q);
        }
    }
}

/// The state "the government" refers to: the article's only state, or the one it mentions far more
/// than any other (`possessors::main_state`).
fn only_state(ents: &Entities) -> Option<usize> {
    super::possessors::main_state(ents)
}

/// The actor a span of tokens names: an actor entity mentioned in it (a person's affiliation), or
/// "the government" for the article's only state.
fn side(text: &Text, ents: &Entities, from: usize, to: usize) -> Option<usize> {
    let toks = &text.tokens;
    if from >= to {
        return None;
    }
    if let Some(i) = ents
        .within(toks[from].start, toks[to - 1].end)
        .into_iter()
        .map(|(_, _, i)| i)
        .find(|&i| ents.is_actor(i) || ents.collectives.get(&i) == Some(&false))
    {
        return ents.party_of(i);
    }
    let words: Vec<String> = toks[from..to].iter().map(|t| t.lower()).collect();
    if words.len() == 2 && words[0] == "the" && GOVERNMENT_WORDS.contains(&words[1]) {
        return only_state(ents);
    }
    None
}

/// Parties an agreement's sentences give when its own phrase gave fewer than two: "between X and Y"
/// anywhere in a mention's sentence ("the signing of the document between the MILF and the government"),
/// or, for a definite mention ("the deal"), two actors coordinated in its sentence ("allow the UK and EU
/// to …").
fn parties_from_sentences(g: &mut RawAgreement, ents: &Entities, text: &Text) {
    if g.parties.len() >= 2 || g.kind == AgreementKind::Proposal {
        return;
    }
    let toks = &text.tokens;
    for &(ms, me) in &g.mentions.clone() {
        let mt = text.token_at_or_after(ms);
        if mt >= toks.len() {
            continue;
        }
        let seg = text.sentences[toks[mt].sentence];
        let stop = |k: usize| toks[k].kind == TokKind::Punct && toks[k].text != "-";
        // "between X and Y"
        for b in seg.tok_start..seg.tok_end {
            if toks[b].lower() != "between" {
                continue;
            }
            // the two sides end at punctuation or at a preposition or relative word ("… and the
            // government in Manila on Thursday")
            let preps = &super::words::words().locative_prepositions;
            let mut end = b + 1;
            while end < seg.tok_end
                && end < b + 14
                && !stop(end)
                && !(end > b + 1
                    && (preps.contains(&toks[end].lower())
                        || matches!(
                            toks[end].lower().as_str(),
                            "on" | "to"
                                | "for"
                                | "with"
                                | "over"
                                | "after"
                                | "that"
                                | "which"
                                | "who"
                        )))
            {
                end += 1;
            }
            let Some(and) = (b + 1..end).find(|&k| toks[k].lower() == "and") else {
                continue;
            };
            if let (Some(x), Some(y)) =
                (side(text, ents, b + 1, and), side(text, ents, and + 1, end))
                && x != y
            {
                g.parties = [x, y].into_iter().collect();
                return;
            }
        }
        // a definite mention: two actors coordinated in its sentence, outside the mention
        let first = text
            .slice(ms, me)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !(first == "the" || ANAPHORIC.contains(&first)) {
            continue;
        }
        let me_t = text.token_at_or_after(me);
        let in_sentence = ents.within(toks[seg.tok_start].start, toks[seg.tok_end - 1].end);
        for w in in_sentence.windows(2) {
            let ((s1, e1, i1), (s2, _, i2)) = (w[0], w[1]);
            let (a, b) = (text.token_at_or_after(e1), text.token_at_or_after(s2));
            let joined = toks.get(a).is_some_and(|t| t.lower() == "and")
                && (b == a + 1 || (b == a + 2 && toks[a + 1].lower() == "the"));
            let outside = text.token_at_or_after(s1) >= me_t || b < mt;
            let kinds = [i1, i2].iter().all(|&i| {
                matches!(
                    ents.list[i].kind,
                    EntityType::State | EntityType::Organization | EntityType::ArmedGroup
                )
            });
            if joined && outside && kinds && i1 != i2 {
                g.parties.insert(i1);
                g.parties.insert(i2);
                return;
            }
        }
    }
}

/// Parties from the article's main agreement. News about one process names the sides once, at its main
/// agreement, and then speaks of "the implementation annex" or "the deal": an agreement whose parties were
/// not found (or only one side of them) takes the sides of the first agreement the article gives two or
/// more parties to, its states and armed groups when there are two of them (a mediating organisation is
/// not a side of every text). Proposals (one side's offers) and bare plurals ("previous ceasefires",
/// generic) are left as they are, as is an agreement whose party is not one of those sides.
fn article_parties(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    let Some(main) = out.iter().find(|g| g.parties.len() >= 2) else {
        return;
    };
    let sides: BTreeSet<usize> = main
        .parties
        .iter()
        .copied()
        .filter(|&i| {
            matches!(
                ents.list[i].kind,
                EntityType::State | EntityType::ArmedGroup
            )
        })
        .collect();
    let sides = if sides.len() >= 2 {
        sides
    } else {
        main.parties.clone()
    };
    for g in out.iter_mut() {
        if g.kind == AgreementKind::Proposal
            || g.parties.len() >= sides.len()
            || !g.parties.is_subset(&sides)
        {
            continue;
        }
        let Some(&(ms, me)) = g.mentions.first() else {
            continue;
        };
        let mention = text.slice(ms, me);
        let first = mention
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        let head = mention.split_whitespace().last().unwrap_or("");
        let bare_plural =
            !DETS.contains(&first) && !ANAPHORIC.contains(&first) && head.ends_with('s');
        if bare_plural {
            continue;
        }
        g.parties = sides.clone();
    }
}

/// Negators of status phrases, from `data/extract/status_negators.txt`, with the status a negated
/// signed/reached/in-force phrase means after them (not formalized unless the file says otherwise).
static NEGATORS: LazyLock<&HashMap<String, AgreementStatus>> =
    LazyLock::new(|| &words().status_negators);

/// What a phrase of status `s` says after the negator `neg`: for signing, reaching or entering into
/// force, the negator's status; nothing for the rest.
fn negate(s: AgreementStatus, neg: AgreementStatus) -> Option<AgreementStatus> {
    match s {
        AgreementStatus::Signed | AgreementStatus::Reached | AgreementStatus::InForce => Some(neg),
        AgreementStatus::NotFormalized => Some(AgreementStatus::NotFormalized),
        _ => None,
    }
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
fn stage(s: AgreementStatus) -> Option<u8> {
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

fn default_status(kind: AgreementKind) -> AgreementStatus {
    match kind {
        AgreementKind::Proposal | AgreementKind::Plan | AgreementKind::Roadmap => {
            AgreementStatus::Proposed
        }
        _ => AgreementStatus::Unknown,
    }
}
