//! Review of the links that disagree with the dev gold, shared by the offline and online linking tests.

/// Links that disagree with the gold: a wrong QID (the gold has another) always fails; a link where the gold
/// has no QID fails unless `tests/data/link/gold_null_links.tsv` lists it as reviewed (correct identities the
/// gold leaves null: `score.py` counts them against precision all the same).
pub fn unreviewed_disagreements(r: &newsgraph::eval::EvalReport) -> Vec<String> {
    let reviewed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/link/gold_null_links.tsv"),
    )
    .unwrap();
    let reviewed: Vec<(&str, &str, &str)> = reviewed
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert!(c.len() >= 4, "gold_null_links.tsv: {l}");
            (c[0], c[1], c[2])
        })
        .collect();
    let mut out = Vec::new();
    for d in &r.link_disagreements {
        eprintln!("  link disagreement: {d:?}");
        match (&d.predicted, &d.gold) {
            (Some(p), Some(g)) => {
                out.push(format!("{}: {} linked to {p}, gold {g}", d.article, d.name))
            }
            (Some(p), None)
                if !reviewed.contains(&(d.article.as_str(), d.name.as_str(), p.as_str())) =>
            {
                out.push(format!(
                    "{}: {} linked to {p}, gold null, not in gold_null_links.tsv",
                    d.article, d.name
                ));
            }
            // A missed gold link: counted by the accuracy floor.
            _ => {}
        }
    }
    out
}
