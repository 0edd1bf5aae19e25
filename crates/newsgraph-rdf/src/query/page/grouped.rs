//! A leading key that is the least name of a linked subject (`MIN(?n)` grouped by `?t`).

use super::*;

/// A leading key `MIN(?n)` grouped by `?t`, where `?n` is bound by one required pattern `?t <p> ?n` and
/// used nowhere else, so that a group's key is the least of all of `?t`'s values of `<p>` whatever the
/// rest of the query keeps (`ORDER BY ?speaker` over `(MIN(?speakerName) AS ?speaker)`). `?t` must also be
/// the object of a required pattern `?x <q> ?t`, which gives the subjects a row can have: their keys are
/// computed on stored ids and decoded once per subject, the subjects sorted by key, and the query evaluated
/// for the first of them (and every subject tied with the last) with `VALUES ?t`.
#[derive(Debug, Clone)]
pub(super) struct Grouped {
    /// The predicate `<p>` of the aggregated values.
    pub(super) predicate: NamedNode,
    /// The predicate `<q>` of the pattern whose objects are the candidate subjects.
    pub(super) link: NamedNode,
}

impl Grouped {
    /// The aggregated variable `?n` and the [`Grouped`] key of `key` in `p` (below the `ORDER BY`).
    pub(super) fn find(p: &GraphPattern, key: &Variable) -> Option<(Variable, Grouped)> {
        let (name, groups, body) = aggregate_source(p, key)?;
        let mut sites = Vec::new();
        required_sites(body, &|t| anchor_of(t, &name), &name, &mut sites)?;
        let [(subject, predicate)] = <[_; 1]>::try_from(sites).ok()?;
        if !groups.contains(&subject) || occurrences(body, &name) != 1 {
            return None;
        }
        let link = |t: &TriplePattern| match (&t.subject, &t.predicate, &t.object) {
            (
                TermPattern::Variable(x),
                NamedNodePattern::NamedNode(q),
                TermPattern::Variable(o),
            ) if *o == subject && *x != subject => Some((x.clone(), q.clone())),
            _ => None,
        };
        let mut links = Vec::new();
        required_sites(body, &link, &name, &mut links)?;
        let (_, link) = links.into_iter().next()?;
        Some((name, Grouped { predicate, link }))
    }
}

/// Below the top-level `ORDER BY`: for a key that is `MIN(?n)` of a `GROUP BY` (through renamings), `?n`,
/// the grouping variables and the pattern grouped.
pub(super) fn aggregate_source<'a>(
    p: &'a GraphPattern,
    key: &Variable,
) -> Option<(Variable, &'a [Variable], &'a GraphPattern)> {
    match p {
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != key => aggregate_source(inner, key),
        GraphPattern::Extend {
            inner,
            expression: Expression::Variable(renamed),
            ..
        } => aggregate_source(inner, renamed),
        GraphPattern::Filter { inner, .. } => aggregate_source(inner, key),
        GraphPattern::Group {
            inner,
            variables,
            aggregates,
        } => {
            let (_, aggregate) = aggregates.iter().find(|(v, _)| v == key)?;
            match aggregate {
                AggregateExpression::FunctionCall {
                    name: AggregateFunction::Min,
                    expr: Expression::Variable(n),
                    ..
                } => Some((n.clone(), variables.as_slice(), inner.as_ref())),
                _ => None,
            }
        }
        _ => None,
    }
}

impl Anchor {
    /// [`Anchor::page`] for a [`Grouped`] key.
    pub(super) fn page_grouped<E>(
        &self,
        grouped: &Grouped,
        query: &Query,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Paged, E> {
        // MIN and DISTINCT work on stored ids; only each subject's least value is decoded.
        let text = format!(
            "SELECT ?t (MIN(?n) AS ?k) WHERE {{ {{ SELECT DISTINCT ?t WHERE {{ ?x <{}> ?t }} }} ?t <{}> ?n }} GROUP BY ?t",
            grouped.link.as_str(),
            grouped.predicate.as_str()
        );
        let (_, rows) = run(self.parse(&text))?;
        let mut keyed = Vec::with_capacity(rows.len());
        for row in &rows {
            let (Some(Some(t)), Some(Some(k))) = (row.values().first(), row.values().get(1)) else {
                continue;
            };
            // Simple literals only: SPARQL orders them by their text, as `str` does.
            match k {
                Term::Literal(l) if l.datatype() == oxigraph::model::vocab::xsd::STRING => {
                    keyed.push((l.value().to_owned(), t.clone()));
                }
                _ => return Ok(Paged::Unsupported),
            }
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        if self.descending {
            keyed.reverse();
        }
        let mut m = (self.window / 4).max(1);
        loop {
            let mut end = m.min(keyed.len());
            if let Some(c) = end.checked_sub(1).map(|i| keyed[i].0.clone()) {
                while end < keyed.len() && keyed[end].0 == c {
                    end += 1;
                }
            }
            if end > MAX_VALUES {
                return Ok(Paged::Unsupported);
            }
            let mut bindings = Vec::with_capacity(end);
            for (_, t) in &keyed[..end] {
                let Some(t) = ground(t) else {
                    return Ok(Paged::Unsupported);
                };
                bindings.push(vec![Some(t)]);
            }
            let Some(q) = self.restricted(query, &bindings, Columns::Subject) else {
                return Ok(Paged::Unsupported);
            };
            let rows = run(q)?;
            if end == keyed.len() || rows.1.len() >= self.length {
                return Ok(Paged::Rows(rows));
            }
            m = end.saturating_mul(4);
        }
    }
}
