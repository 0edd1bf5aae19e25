//! Statements: detection (token F1 of the texts ≥ 0.5), speaker attribution, kind.

use crate::text::{head, py_repr, py_str, token_f1};
use crate::{Article, Scores, pair_greedily};

/// Scores the statements of one article.
pub(crate) fn score(s: &mut Scores, a: &Article) {
    let id = a.gold.id.as_str();
    let (gst, pst) = (&a.gold.statements, a.statements);
    s.stmt.n_gold += gst.len();
    s.stmt.n_pred += pst.len();
    s.attributed.n_gold += gst.len();
    s.attributed.n_pred += pst.len();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::with_capacity(gst.len() * pst.len());
    for (gi, gs) in gst.iter().enumerate() {
        for (pi, ps) in pst.iter().enumerate() {
            pairs.push((token_f1(gs.text.as_deref().unwrap_or(""), &ps.text), gi, pi));
        }
    }
    let (done, used) = pair_greedily(pairs, 0.5);
    for (gi, gs) in gst.iter().enumerate() {
        let gtext = gs.text.as_deref().unwrap_or("");
        let Some(&pi) = done.get(&gi) else {
            if s.verbose {
                s.diag.push(format!(
                    "  [{id}] missed statement ({}): {}",
                    py_str(gs.speaker.as_deref()),
                    head(gtext, 70)
                ));
            }
            continue;
        };
        s.stmt.tp_g += 1;
        s.stmt.tp_p += 1;
        let ps = &pst[pi];
        let gold_speaker = a.gold_name_index(gs.speaker.as_deref());
        let right =
            a.pred_entity_gold(ps.speaker.as_deref()) == gold_speaker && gold_speaker.is_some();
        s.attr.add(right);
        s.kind.add(gs.kind.as_deref() == Some(ps.kind.as_str()));
        if right {
            s.attributed.tp_g += 1;
            s.attributed.tp_p += 1;
        } else if s.verbose {
            let sp = ps
                .speaker
                .as_deref()
                .and_then(|sp| a.by_id.get(sp))
                .map(|e| e.name.as_str());
            s.diag.push(format!(
                "  [{id}] wrong speaker {} (gold {}): {}",
                py_repr(sp),
                py_repr(gs.speaker.as_deref()),
                head(gtext, 60)
            ));
        }
    }
    if s.verbose {
        for (pi, ps) in pst.iter().enumerate() {
            if !used.contains(&pi) {
                s.diag.push(format!(
                    "  [{id}] spurious statement: {}",
                    head(&ps.text, 70)
                ));
            }
        }
    }
}
