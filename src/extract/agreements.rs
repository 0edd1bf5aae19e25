//! Agreements: trigger nouns (agreement, deal, ceasefire, proposal, plan, protocol, …) with their noun
//! phrase, parties (compound modifiers, "between X and Y", "with X", the subject of "signed"), status
//! (the latest status phrase reported about it), date and place. Definite references ("the deal")
//! refer back to the latest agreement.

use super::entities::Entities;
use super::text::{Text, TokKind};
use crate::lexicon::lexicon;
use crate::model::{AgreementKind, AgreementStatus, EntityType};
use std::collections::{BTreeSet, HashSet};
use std::sync::LazyLock;

fn list(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}
static STOP: LazyLock<HashSet<String>> =
    LazyLock::new(|| list(include_str!("../../data/extract/np_stop_words.txt")));
static DETS: LazyLock<HashSet<String>> =
    LazyLock::new(|| list(include_str!("../../data/extract/np_determiners.txt")));
static WEAK: LazyLock<HashSet<String>> =
    LazyLock::new(|| list(include_str!("../../data/extract/weak_triggers.txt")));
static ANAPHORIC: LazyLock<HashSet<String>> =
    LazyLock::new(|| list(include_str!("../../data/extract/anaphoric_determiners.txt")));

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
    named: bool,
}

/// Extracts agreements.
pub fn extract(
    text: &Text,
    ents: &Entities,
    dates: &[super::dates::DateMention],
) -> Vec<RawAgreement> {
    let lex = lexicon();
    let toks = &text.tokens;
    let mut out: Vec<RawAgreement> = Vec::new();
    for k in 0..toks.len() {
        let t = &toks[k];
        if t.kind != TokKind::Word {
            continue;
        }
        let lower = t.lower();
        let Some(kind) = lex.agreement_trigger(&lower) else {
            continue;
        };
        // a verb use ("plans to", "deal with") is no agreement
        if let Some(nx) = toks.get(k + 1)
            && ((lower == "plan" || lower == "plans") && nx.lower() == "to"
                || (lower == "deal" || lower == "deals") && nx.lower() == "with")
        {
            // "deal with X" after a determiner is a noun ("a deal with Iran")
            let det_before = k > 0 && DETS.contains(&toks[k - 1].lower());
            if !det_before {
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
            let mut m = b + 1;
            while m < s1 && m < b + 7 {
                let x = &toks[m];
                if x.kind == TokKind::Punct || x.kind == TokKind::Quote {
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
        if WEAK.contains(&lower) && inner.is_empty() && !capital_name {
            continue;
        }
        let anaphoric = ANAPHORIC.contains(&det) && a + 1 == k
            || (a == k && !t.is_capitalized() && k > 0 && toks[k - 1].lower() == "the");
        let target = if capital_name {
            out.iter().position(|g| {
                g.named
                    && g.name.to_lowercase().contains(
                        &text
                            .slice(
                                toks[a + usize::from(DETS.contains(&det))].start,
                                toks[k].end,
                            )
                            .to_lowercase(),
                    )
            })
        } else if anaphoric
            || (ANAPHORIC.contains(&det)
                && inner.is_empty()
                && toks[a + 1..k].iter().all(|x| !x.is_capitalized()))
                && !out.is_empty()
        {
            // the latest agreement of a compatible kind, or the latest
            out.iter()
                .rposition(|g| g.kind == kind)
                .or(if out.is_empty() {
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
                });
                out.len() - 1
            }
        };
        let g = &mut out[idx];
        g.mentions.push(span);
        g.sentences.insert(sent);
        for i in &inner {
            g.parties.insert(ents.party_of(*i));
        }
        // the subject of a signing verb: "X and Y signed a peace agreement"
        let sign_verb = (s0..a).rev().take(4).find(|m| {
            matches!(
                toks[*m].lower().as_str(),
                "signed"
                    | "sign"
                    | "agreed"
                    | "reached"
                    | "struck"
                    | "inked"
                    | "concluded"
                    | "clinched"
                    | "withdrew"
            )
        });
        if let Some(v) = sign_verb {
            let subj: Vec<usize> = ents
                .within(text.sentences[sent].start, toks[v].start)
                .into_iter()
                .map(|(_, _, i)| i)
                .filter(|i| ents.is_actor(*i) && ents.list[*i].kind != EntityType::Group)
                .collect();
            for i in subj {
                g.parties.insert(ents.party_of(i));
            }
        }
        // possessive "its proposals": the nearest actor before in the sentence
        if matches!(det.as_str(), "its" | "their") {
            if let Some((_, _, i)) = ents
                .within(text.sentences[sent].start, toks[a].start)
                .into_iter()
                .rev()
                .find(|(_, _, i)| ents.is_actor(*i) && ents.list[*i].kind != EntityType::Group)
            {
                g.parties.insert(ents.party_of(i));
            }
        }
        // date inside the phrase or right before it
        if g.date.is_none() {
            let lo = toks[a.saturating_sub(3).max(s0)].start;
            let hi = toks[b - 1].end;
            if let Some(d) = dates.iter().find(|d| d.start >= lo && d.end <= hi) {
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
    // status: the latest status phrase in the sentences that mention each agreement, after its first mention
    for g in &mut out {
        for &sent in &g.sentences {
            let seg = text.sentences[sent];
            let sent_words: Vec<String> = toks[seg.tok_start..seg.tok_end]
                .iter()
                .map(|t| t.lower())
                .collect();
            for (pi, ph) in lex.status_phrases().iter().enumerate() {
                let n = ph.0.len();
                if n == 0 || n > sent_words.len() {
                    continue;
                }
                for s in 0..=(sent_words.len() - n) {
                    if sent_words[s..s + n] == ph.0[..] {
                        let off = toks[seg.tok_start + s].start;
                        // longer phrases win at the same place; later places win overall
                        let better = match g.status_at {
                            None => true,
                            Some(prev) => off > prev || (off == prev && n > 1),
                        };
                        if better {
                            g.status = ph.1;
                            g.status_at = Some(off);
                        }
                        let _ = pi;
                    }
                }
            }
        }
    }
    out
}

fn default_status(kind: AgreementKind) -> AgreementStatus {
    match kind {
        AgreementKind::Proposal | AgreementKind::Plan => AgreementStatus::Proposed,
        _ => AgreementStatus::Unknown,
    }
}
