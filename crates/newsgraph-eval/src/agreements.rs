//! Agreements: detection (party-set Jaccard > 0 or name token F1 ≥ 0.3), party sets, status.

use crate::gold::GoldAgreement;
use crate::text::{head, py_repr, token_f1};
use crate::{Article, Scores, pair_greedily};
use newsgraph_model::Agreement;
use std::collections::HashSet;

/// Scores the agreements of one article.
pub(crate) fn score(s: &mut Scores, a: &Article) {
    let id = a.gold.id.as_str();
    let (gag, pag) = (&a.gold.agreements, a.agreements);
    s.agr.n_gold += gag.len();
    s.agr.n_pred += pag.len();
    let gparties: Vec<HashSet<usize>> = gag
        .iter()
        .map(|ga| {
            ga.parties
                .iter()
                .filter_map(|p| a.gold_name_index(p.as_deref()))
                .collect()
        })
        .collect();
    let pparties: Vec<HashSet<usize>> = pag
        .iter()
        .map(|pa| {
            pa.parties
                .iter()
                .filter_map(|p| a.pred_entity_gold(Some(p.as_str())))
                .collect()
        })
        .collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, ga) in gag.iter().enumerate() {
        let gtext = ga.text.as_deref().unwrap_or("");
        for (pi, pa) in pag.iter().enumerate() {
            let pp = &pparties[pi];
            let union = gparties[gi].union(pp).count();
            let jac = if union > 0 {
                gparties[gi].intersection(pp).count() as f64 / union as f64
            } else {
                0.0
            };
            // the Python also compares a non-contract `text` key, absent here (token F1 0)
            let txt = token_f1(gtext, &pa.name).max(0.0);
            if jac > 0.0 || txt >= 0.3 {
                pairs.push((jac + txt, gi, pi));
            }
        }
    }
    let (done, used) = pair_greedily(pairs, f64::NEG_INFINITY);
    for (gi, ga) in gag.iter().enumerate() {
        let Some(&pi) = done.get(&gi) else {
            if s.verbose {
                s.diag.push(format!(
                    "  [{id}] missed agreement: {}",
                    head(ga.text.as_deref().unwrap_or(""), 70)
                ));
            }
            continue;
        };
        s.agr.tp_g += 1;
        s.agr.tp_p += 1;
        let parties_right = pparties[pi] == gparties[gi];
        let status_right = ga.status.as_deref() == Some(pag[pi].status.as_str());
        s.parties_ok.add(parties_right);
        s.status_ok.add(status_right);
        if s.verbose {
            let lines = wrong_parts(a, ga, &pag[pi], (parties_right, status_right));
            s.extra_diag.extend(lines);
        }
    }
    if s.verbose {
        for (pi, pa) in pag.iter().enumerate() {
            if !used.contains(&pi) {
                s.extra_diag.push(format!(
                    "  [{id}] spurious agreement: {} ({}, parties {})",
                    head(&pa.name, 60),
                    pa.status.as_str(),
                    party_list(pa.parties.iter().map(|p| a.pred_entity_name(p))),
                ));
            }
        }
    }
}

/// The `--verbose` lines of a matched pair (gold `ga`, predicted `pa`) whose party set or status (the two
/// flags, right or not) differs: "wrong parties [...] (gold [...])", "wrong status 'x' (gold 'y')".
fn wrong_parts(
    a: &Article,
    ga: &GoldAgreement,
    pa: &Agreement,
    (parties_right, status_right): (bool, bool),
) -> Vec<String> {
    let id = a.gold.id.as_str();
    let gtext = head(ga.text.as_deref().unwrap_or(""), 60);
    let mut out = Vec::new();
    if !parties_right {
        let gold: Vec<Option<&str>> = ga.parties.iter().map(|p| p.as_deref()).collect();
        out.push(format!(
            "  [{id}] wrong parties {} (gold {}): {gtext}",
            party_list(pa.parties.iter().map(|p| a.pred_entity_name(p))),
            party_list(gold.into_iter()),
        ));
    }
    if !status_right {
        out.push(format!(
            "  [{id}] wrong status {} (gold {}): {gtext}",
            py_repr(Some(pa.status.as_str())),
            py_repr(ga.status.as_deref()),
        ));
    }
    out
}

/// A party list as Python prints a list of optional names (`['A', None]`), sorted for a stable reading.
fn party_list<'n>(names: impl Iterator<Item = Option<&'n str>>) -> String {
    let mut shown: Vec<String> = names.map(py_repr).collect();
    shown.sort();
    format!("[{}]", shown.join(", "))
}
