//! Coreference of agreement mentions: which kinds may name one agreement, and generic mentions ("a
//! ceasefire", "the accord") joining the agreement they refer to.

use super::RawAgreement;
use super::vocab::DISTINCT;
use crate::model::AgreementKind;

/// The coreference class of a kind: generic mentions merge within a class. Ceasefires and truces are one
/// class, agreements, deals, accords and pacts another; every other kind is a class of its own.
pub(super) fn class(k: AgreementKind) -> u8 {
    match k {
        AgreementKind::Ceasefire | AgreementKind::Truce => 2,
        AgreementKind::Agreement | AgreementKind::Deal | AgreementKind::Accord => 1,
        other => 10 + other as u8,
    }
}

/// Whether a generic mention of kind `from` may be another mention of an agreement of kind `to`: the
/// same class, or a generic agreement/deal/accord ("the accord") that refers to a ceasefire, or to a named
/// framework, declaration or treaty.
pub(super) fn may_refer(from: AgreementKind, to: &RawAgreement) -> bool {
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
pub(super) fn merge_generic(out: Vec<RawAgreement>, published: Option<i32>) -> Vec<RawAgreement> {
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
            .filter(|&t| !older_named_after(&out[j], &out[t], published))
            .filter(|&t| {
                out[j].parties.is_empty()
                    || out[t].parties.is_empty()
                    || !out[j].parties.is_disjoint(&out[t].parties)
            })
            // "an arrangement between the EU and Norway" after a deal of Norway, Iceland and Britain:
            // two sides of its own, one of them no party of the other, make another agreement (issue 9,
            // session 14, set 8)
            .filter(|&t| {
                out[j].parties.len() < 2
                    || out[t].parties.len() < 2
                    || out[j].parties.is_subset(&out[t].parties)
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
    merge(out, &into)
}

/// "a fisheries deal reached in September … the 2006 Greentree Agreement": an indefinite generic mention
/// does not join a named agreement first mentioned after it whose name carries a year before the year of
/// publication; that is an older agreement the article recalls (issue 9, session 16, set 26).
fn older_named_after(g: &RawAgreement, t: &RawAgreement, published: Option<i32>) -> bool {
    let Some(year) = published else {
        return false;
    };
    let first = |x: &RawAgreement| x.mentions.first().map_or(usize::MAX, |m| m.0);
    let indefinite = g.name.starts_with("a ") || g.name.starts_with("an ");
    indefinite
        && t.named
        && first(t) > first(g)
        && t.name
            .split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4 && w.parse::<i32>().is_ok_and(|y| y < year))
}

/// Definite echoes of an earlier agreement (issue 9, session 14, set 6): "the rail deal" after "a
/// protocol to reopen a freight rail line". A mention "the MODIFIER… NOUN" whose lowercase modifiers
/// (three letters or more, none contrastive: `distinct_modifiers.txt`) all occur in lowercase in the name
/// of exactly one earlier agreement is that agreement, whatever its trigger noun.
pub(super) fn merge_echoes(out: Vec<RawAgreement>) -> Vec<RawAgreement> {
    let n = out.len();
    let mut into: Vec<Option<usize>> = vec![None; n];
    let first = |g: &RawAgreement| g.mentions.first().map_or(usize::MAX, |m| m.0);
    // the target's lowercase words ("New" in "the New York City Protocol" is a name's, not a modifier)
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty() && w.chars().all(|c| !c.is_uppercase()))
            .map(str::to_string)
            .collect()
    };
    for j in 0..n {
        let name: Vec<&str> = out[j].name.split_whitespace().collect();
        if out[j].mentions.len() != 1
            || name.len() < 3
            || name[0] != "the"
            || !name[1..name.len() - 1]
                .iter()
                .all(|w| w.len() >= 3 && w.chars().all(|c| c.is_lowercase() || c == '-'))
        {
            continue;
        }
        let mods = &name[1..name.len() - 1];
        // "the new treaty", "the second deal": a contrastive modifier sets it apart
        if mods.iter().any(|m| DISTINCT.contains(*m)) {
            continue;
        }
        let echoed: Vec<usize> = (0..n)
            .filter(|&t| t != j && into[t].is_none() && first(&out[t]) < first(&out[j]))
            .filter(|&t| {
                let tw = words(&out[t].name);
                mods.iter().all(|m| tw.iter().any(|w| w == m))
            })
            .collect();
        if let [t] = echoed.as_slice() {
            into[j] = Some(*t);
        }
    }
    merge(out, &into)
}

/// Merges each agreement `j` with `into[j]` set into that agreement.
fn merge(out: Vec<RawAgreement>, into: &[Option<usize>]) -> Vec<RawAgreement> {
    let n = out.len();
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
            dst.pair_subject |= g.pair_subject;
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
