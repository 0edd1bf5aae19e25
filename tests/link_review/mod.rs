//! Review of the links that disagree with the dev gold, shared by the offline and online linking tests.

fn rows(file: &str) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/link")
            .join(file),
    )
    .unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert!(c.len() >= 4, "{file}: {l}");
            (c[0].to_string(), c[1].to_string(), c[2].to_string())
        })
        .collect()
}

/// Links that disagree with the gold: a wrong QID (the gold has another) always fails; a link where the gold
/// has no QID fails unless `tests/data/link/gold_null_links.tsv` lists it as reviewed (correct identities the
/// gold leaves null: `score.py` counts them against precision all the same) or
/// `tests/data/link/known_wrong_links.tsv` lists it as a known linker error (reported, counted against
/// precision, not failed: the work list for the linker).
pub fn unreviewed_disagreements(r: &newsgraph::eval::EvalReport) -> Vec<String> {
    let reviewed = rows("gold_null_links.tsv");
    let known_wrong = rows("known_wrong_links.tsv");
    let listed = |list: &[(String, String, String)], a: &str, n: &str, q: &str| {
        list.iter().any(|(x, y, z)| x == a && y == n && z == q)
    };
    let mut out = Vec::new();
    for d in &r.link_disagreements {
        eprintln!("  link disagreement: {d:?}");
        match (&d.predicted, &d.gold) {
            (Some(p), Some(g)) => {
                out.push(format!("{}: {} linked to {p}, gold {g}", d.article, d.name))
            }
            (Some(p), None) if listed(&known_wrong, &d.article, &d.name, p) => {
                eprintln!(
                    "  known wrong link (known_wrong_links.tsv): {} {} {p}",
                    d.article, d.name
                );
            }
            (Some(p), None) if !listed(&reviewed, &d.article, &d.name, p) => {
                out.push(format!(
                    "{}: {} linked to {p}, gold null, in neither gold_null_links.tsv nor known_wrong_links.tsv",
                    d.article, d.name
                ));
            }
            // A missed gold link: counted by the accuracy floor.
            _ => {}
        }
    }
    out
}
