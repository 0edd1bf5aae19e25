//! The candidates of a threshold and the weights of their pairs, counted in one pass of bit masks (steps 1
//! and 2 of the module documentation).

use super::*;
use std::collections::HashMap;

impl CoOccurrence {
    /// How many subjects have each kept count, largest count first; `None` if a count is not an integer
    /// or there is none.
    pub(super) fn histogram<E>(
        &self,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<(i64, usize)>>, E> {
        let (_, rows) = run(parse(&format!(
            "SELECT ?c (COUNT(*) AS ?k) WHERE {{ ?e <{}> ?c }} GROUP BY ?c",
            self.count.as_str()
        )))?;
        let mut histogram = Vec::with_capacity(rows.len());
        for row in &rows {
            match (integer(row.values().first()), integer(row.values().get(1))) {
                (Some(c), Some(k)) if k > 0 => histogram.push((c, k as usize)),
                _ => return Ok(None),
            }
        }
        histogram.sort_unstable_by(|x, y| y.cmp(x));
        Ok((!histogram.is_empty()).then_some(histogram))
    }

    /// The subjects whose kept count is at least `threshold`, in IRI order, with the side of the pair each
    /// can take (the group's patterns on `?a` alone, and on `?b` alone); `None` when there are too many or
    /// one is not an IRI. Subjects that can take neither side are left out.
    pub(super) fn candidates<E>(
        &self,
        threshold: i64,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<(NamedNode, Sides)>>, E> {
        let (_, rows) = run(parse(&format!(
            "SELECT ?e WHERE {{ ?e <{}> ?c FILTER(?c >= {threshold}) }}",
            self.count.as_str()
        )))?;
        if rows.len() > MAX_CANDIDATES {
            return Ok(None);
        }
        let mut subjects = Vec::with_capacity(rows.len());
        for row in &rows {
            match row.values().first() {
                Some(Some(Term::NamedNode(e))) => subjects.push(e.clone()),
                _ => return Ok(None),
            }
        }
        subjects.sort();
        subjects.dedup();
        let a = self.able(&self.a, &self.unary_a, &subjects, run)?;
        let b = self.able(&self.b, &self.unary_b, &subjects, run)?;
        Ok(Some(
            subjects
                .into_iter()
                .map(|e| {
                    let sides = Sides {
                        a: a.as_ref().is_none_or(|a| a.contains(&e)),
                        b: b.as_ref().is_none_or(|b| b.contains(&e)),
                    };
                    (e, sides)
                })
                .filter(|(_, sides)| sides.a || sides.b)
                .collect(),
        ))
    }

    /// The `subjects` that satisfy `unary` as `v` (`None`: no pattern, all of them).
    fn able<E>(
        &self,
        v: &Variable,
        unary: &Option<GraphPattern>,
        subjects: &[NamedNode],
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<std::collections::HashSet<NamedNode>>, E> {
        let Some(unary) = unary else {
            return Ok(None);
        };
        if subjects.is_empty() {
            return Ok(Some(Default::default()));
        }
        let query = Query::Select {
            dataset: None,
            base_iri: None,
            pattern: GraphPattern::Distinct {
                inner: Box::new(GraphPattern::Project {
                    variables: vec![v.clone()],
                    inner: Box::new(GraphPattern::Lateral {
                        left: Box::new(GraphPattern::Values {
                            variables: vec![v.clone()],
                            bindings: subjects
                                .iter()
                                .map(|e| vec![Some(GroundTerm::NamedNode(e.clone()))])
                                .collect(),
                        }),
                        right: Box::new(unary.clone()),
                    }),
                }),
            },
        };
        let (_, rows) = run(query)?;
        Ok(Some(
            rows.iter()
                .filter_map(|row| match row.values().first() {
                    Some(Some(Term::NamedNode(e))) => Some(e.clone()),
                    _ => None,
                })
                .collect(),
        ))
    }

    /// For every ordered pair of candidates `(i, j)` (at `i * n + j`), the number of distinct `?x` with
    /// `i predicate ?x` and `j predicate ?x`; `None` when a candidate's own number differs from its kept
    /// count (the counts are stale, so a pair above the threshold could be missing).
    pub(super) fn weights<E>(
        &self,
        candidates: &[(NamedNode, Sides)],
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<u64>>, E> {
        let n = candidates.len();
        if n == 0 {
            return Ok(Some(Vec::new()));
        }
        let columns = n.div_ceil(BITS);
        let (_, rows) = run(parse(&self.masks_query(candidates, columns)))?;
        let Some(weights) = pair_weights(&rows, n, columns) else {
            return Ok(None);
        };
        self.checked_against_kept(candidates, weights, run)
    }

    /// The query of the article masks: for every `?x` mentioned by candidates, the sum of their distinct
    /// bits in `columns` integer columns (candidate `i` is bit `i % BITS` of column `i / BITS`), and for
    /// every distinct row of sums the number of articles that have it.
    fn masks_query(&self, candidates: &[(NamedNode, Sides)], columns: usize) -> String {
        let mut text = String::from("SELECT");
        for c in 0..columns {
            text.push_str(&format!(" ?m{c}"));
        }
        text.push_str(" (COUNT(*) AS ?n) WHERE { { SELECT ?x");
        for c in 0..columns {
            text.push_str(&format!(" (SUM(DISTINCT ?b{c}) AS ?m{c})"));
        }
        text.push_str(" WHERE { VALUES (?e");
        for c in 0..columns {
            text.push_str(&format!(" ?b{c}"));
        }
        text.push_str(") {");
        for (i, (e, _)) in candidates.iter().enumerate() {
            text.push_str(&format!(" (<{}>", e.as_str()));
            for c in 0..columns {
                let bit = if i / BITS == c { 1i64 << (i % BITS) } else { 0 };
                text.push_str(&format!(" {bit}"));
            }
            text.push(')');
        }
        text.push_str(&format!(
            " }} ?e <{}> ?x }} GROUP BY ?x }} }} GROUP BY",
            self.predicate.as_str()
        ));
        for c in 0..columns {
            text.push_str(&format!(" ?m{c}"));
        }
        text
    }

    /// `weights` when every kept count read for the candidates equals that candidate's own number of
    /// articles (at `i * n + i`) and `n` of them are read; `None` otherwise (stale counts).
    fn checked_against_kept<E>(
        &self,
        candidates: &[(NamedNode, Sides)],
        weights: Vec<u64>,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<u64>>, E> {
        let n = candidates.len();
        let (_, kept) = run(parse(&format!(
            "SELECT ?e ?c WHERE {{ VALUES ?e {{ {} }} ?e <{}> ?c }}",
            candidates
                .iter()
                .map(|(e, _)| format!("<{}>", e.as_str()))
                .collect::<Vec<_>>()
                .join(" "),
            self.count.as_str()
        )))?;
        let index: HashMap<&NamedNode, usize> = candidates
            .iter()
            .enumerate()
            .map(|(i, (e, _))| (e, i))
            .collect();
        let mut checked = 0;
        for row in &kept {
            let (Some(Some(Term::NamedNode(e))), Some(c)) =
                (row.values().first(), integer(row.values().get(1)))
            else {
                return Ok(None);
            };
            match index.get(e) {
                Some(&i) if weights[i * n + i] == c as u64 => checked += 1,
                _ => return Ok(None),
            }
        }
        Ok((checked == n).then_some(weights))
    }
}

/// Every ordered pair's weight (at `i * n + j`) from the rows of the masks query: each row's articles
/// count for every pair of candidates whose bits its sums hold; `None` when a value is not an integer.
fn pair_weights(rows: &[QuerySolution], n: usize, columns: usize) -> Option<Vec<u64>> {
    let mut weights = vec![0u64; n * n];
    let mut members = Vec::new();
    for row in rows {
        members.clear();
        for c in 0..columns {
            let mask = integer(row.values().get(c))?;
            for bit in 0..BITS {
                if mask >> bit & 1 == 1 {
                    members.push(c * BITS + bit);
                }
            }
        }
        let articles = integer(row.values().get(columns))?;
        for &i in &members {
            for &j in &members {
                weights[i * n + j] += articles as u64;
            }
        }
    }
    Some(weights)
}
