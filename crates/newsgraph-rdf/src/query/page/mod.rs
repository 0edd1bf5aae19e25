//! The first rows of an ordered answer, found from its leading sort key ("top-k by anchor").
//!
//! A listing such as `timeline` (`… ORDER BY ?date ?article ?begin LIMIT 100`) is evaluated by Oxigraph in
//! full before the slice: every dated statement of the store is joined to its text, kind, speaker and
//! article, then sorted, then all but 100 rows are dropped. On 20,000 articles that is 130,000 rows of
//! eight lookups each for a page of 100.
//!
//! When the first `ORDER BY` key is bound by one triple pattern `?s <p> ?k` that every solution needs (the
//! *anchor*), the page can be found from that pattern alone:
//!
//! 1. the engine sorts the anchor's `(?s, ?k)` pairs by `?k` and keeps the first `n = OFFSET + LIMIT`
//!    (cheap: one pattern, and dates are stored inline, so no string is read); `c` is the `n`-th key;
//! 2. every pair whose key equals `c` is added (`?s <p> c`, one index lookup), so the set `S` holds exactly
//!    the pairs with `?k ≤ c`;
//! 3. the query is evaluated with `VALUES (?s ?k) { S }` before the anchor's group of patterns, as the left
//!    side of a `LATERAL` join (SEP-0006, which Oxigraph implements), so each pair is looked up on its own
//!    whatever the optimizer starts the rest of the query from;
//! 4. its answer is the full answer's rows with `?k ≤ c`, in the same order. If that fills the page, the
//!    page is exact: every other row has `?k > c` and sorts after it. Otherwise `n` grows and step 1 runs
//!    again; once the anchor is exhausted the answer is complete, whatever its length.
//!
//! The leading key must be that variable itself (or a renaming of it), and under a `GROUP BY` a grouping
//! key, so that a group is kept or dropped whole. A sub-select grouped by the anchor's subject and joined
//! to it, plainly or in an `OPTIONAL` (`OPTIONAL { SELECT ?s (GROUP_CONCAT(…) AS ?x) WHERE { … } GROUP BY
//! ?s }`), is computed for the anchor's subjects only, since no other subject can join it.
//!
//! Three more shapes of leading key are found the same way:
//! - **a key in an `OPTIONAL`** (`OPTIONAL { ?s <p> ?k }` extending a required `?s <q> O`, as
//!   `who-said-what`'s date): the subjects without a key, found with one `MINUS` on stored ids, sort
//!   first in ascending order (they join every round) and last in descending order (they join once the
//!   keyed pairs are exhausted); see [`Source`];
//! - **the least name of a linked subject** (`MIN(?n)` grouped by `?t`, `?t <p> ?n`, `?x <q> ?t`): every
//!   candidate `?t`'s key is computed once, and the query is evaluated for the first subjects with
//!   `VALUES ?t`; see [`Grouped`];
//! - **IRIs or strings of a large anchor** (over [`MAX_DECODED`] triples, as `agreements`' articles): its
//!   distinct keys are sorted instead of its pairs, and the pairs of the first keys are used as above.
//!
//! The anchor must be required: in the top-level group, in the left side of every `OPTIONAL`, in every
//! branch of a `UNION`; never inside `GRAPH`, `SERVICE`, `MINUS`'s right side or a sub-select. `c` must be
//! a term that only its own copies equal in SPARQL's order (an IRI, a simple literal, an `xsd:integer` or
//! an `xsd:date` without timezone written `YYYY-MM-DD`), and every key of the anchor must be of that same
//! kind (one cheap scan of the pattern), so that the engine's order of the keys is a total order and `?k ≤ c` is the set
//! of the first rows. Keys stored as strings (IRIs, names) are only used when the anchor has at most
//! [`MAX_DECODED`] triples, since sorting them reads every one. Anything else, or a set `S` too large for
//! the `VALUES` block to lead the plan, leaves the query to the engine as written: the answer is always the
//! engine's.

use oxigraph::model::{Literal, NamedNode, Term, Variable};
use oxigraph::sparql::QuerySolution;
use spargebra::Query;
use spargebra::algebra::{
    AggregateExpression, AggregateFunction, Expression, GraphPattern, OrderExpression,
};
use spargebra::term::{GroundTerm, NamedNodePattern, TermPattern, TriplePattern};

mod cooccur;
mod decorate;
mod grouped;
mod inject;
mod keys;
mod optional;
mod shape;
#[cfg(test)]
mod tests;
mod window;

pub use cooccur::CoOccurrence;
pub use decorate::Decorated;
use grouped::*;
use inject::*;
use keys::*;
use optional::*;
use shape::*;
use window::Ordered;
pub use window::set_window;

/// The pairs are looked up one by one (a few store reads each, about 0.1 ms a pair for `who-said-what` at
/// 20,000 articles); above this many, the rounds cost a sizeable part of evaluating the query as written.
const MAX_VALUES: usize = 10_000;

/// Keys read from the string table (IRIs, strings) are sorted by reading each one, about 4 µs apiece on
/// RocksDB: above this many anchor triples that alone would cost more than the page is worth.
const MAX_DECODED: usize = 20_000;

/// A query whose page can be found from its anchor (see the module documentation).
#[derive(Debug, Clone)]
pub struct Anchor {
    /// The leading sort key.
    key: Variable,
    /// The anchor's predicate.
    predicate: NamedNode,
    /// The anchor's object variable (the key, or the variable the key aggregates).
    object: Variable,
    /// Whether the leading key is descending.
    descending: bool,
    /// `OFFSET + LIMIT` of the query.
    window: usize,
    /// `LIMIT` of the query.
    length: usize,
    /// The dataset the query names (`FROM`), used for the anchor's own queries.
    dataset: Option<spargebra::algebra::QueryDataset>,
    /// How the leading key is bound.
    shape: Shape,
}

/// How an anchor's leading key is bound (see the module documentation).
#[derive(Debug, Clone)]
enum Shape {
    /// By one required pattern `?s <p> ?k`.
    Required,
    /// By `OPTIONAL { ?s <p> ?k }`, extending the required pattern [`Source`].
    Optional(Source),
    /// As the `MIN` of a name over a grouped subject ([`Grouped`]).
    Grouped(Grouped),
}

/// One evaluation of a query: its variables and rows.
pub type Rows = (Vec<Variable>, Vec<QuerySolution>);

/// Anchor pairs `(subject, key)` in the key's order, and whether they are all the anchor's pairs.
type FirstPairs = (Vec<(Term, Term)>, bool);

/// What [`Anchor::page`] found.
pub enum Paged {
    /// The exact page: the rows the query as written would return.
    Rows(Rows),
    /// The anchor cannot decide the page: evaluate the query as written.
    Unsupported,
}

impl Anchor {
    /// The anchor of `query`, when it is a SELECT with a `LIMIT` whose first `ORDER BY` key can be found
    /// from one required triple pattern (see the module documentation).
    pub fn find(query: &Query) -> Option<Anchor> {
        let Ordered {
            start,
            length,
            order: expression,
            body: inner,
            dataset,
            ..
        } = window::ordered(query)?;
        let (key, descending) = match expression.first()? {
            OrderExpression::Asc(Expression::Variable(v)) => (v.clone(), false),
            OrderExpression::Desc(Expression::Variable(v)) => (v.clone(), true),
            _ => return None,
        };
        let window = start.checked_add(length)?;
        let Some((object, body)) = key_source(inner, &key) else {
            let (name, grouped) = Grouped::find(inner, &key)?;
            return Some(Anchor {
                key,
                predicate: grouped.predicate.clone(),
                object: name,
                descending,
                window,
                length,
                dataset: dataset.clone(),
                shape: Shape::Grouped(grouped),
            });
        };
        let mut sites = Vec::new();
        let (predicate, shape) =
            if required_sites(body, &|t| anchor_of(t, &object), &object, &mut sites).is_some() {
                let predicate = sites.first()?.1.clone();
                if sites.iter().any(|(_, p)| *p != predicate) {
                    return None;
                }
                (predicate, Shape::Required)
            } else {
                let (left, subject, predicate) = optional_site(body, &object)?;
                (predicate, Shape::Optional(source_of(left, &subject)?))
            };
        Some(Anchor {
            key,
            predicate,
            object,
            descending,
            window,
            length,
            dataset: dataset.clone(),
            shape,
        })
    }

    /// The source pattern of a key bound in an `OPTIONAL`.
    #[cfg(test)]
    fn optional(&self) -> Option<&Source> {
        match &self.shape {
            Shape::Optional(source) => Some(source),
            _ => None,
        }
    }

    /// The [`Grouped`] key, for a key that is the least name of a linked subject.
    #[cfg(test)]
    fn grouped(&self) -> Option<&Grouped> {
        match &self.shape {
            Shape::Grouped(grouped) => Some(grouped),
            _ => None,
        }
    }

    /// Finds the page of `query` (whose anchor this is) with `run`, which evaluates a query and returns its
    /// rows (through the same path as any query, so a top-level `ORDER BY` is applied as usual).
    pub fn page<E>(
        &self,
        query: &Query,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Paged, E> {
        if self.window == 0 || self.window > MAX_VALUES {
            return Ok(Paged::Unsupported);
        }
        if let Shape::Grouped(grouped) = &self.shape {
            return self.page_grouped(grouped, query, run);
        }
        let Some((kind, large)) = self.key_kind(run)? else {
            return Ok(Paged::Unsupported);
        };
        if large {
            if matches!(self.shape, Shape::Optional(_)) {
                return Ok(Paged::Unsupported);
            }
            return self.page_by_keys(kind, query, run);
        }
        let unbound = match &self.shape {
            Shape::Required | Shape::Grouped(_) => Vec::new(),
            Shape::Optional(source) => match self.unbound_subjects(source, run)? {
                Some(subjects) => subjects,
                None => return Ok(Paged::Unsupported),
            },
        };
        let mut n = self.window;
        loop {
            let Some((pairs, exhausted)) = self.pairs_through(n, kind, run)? else {
                return Ok(Paged::Unsupported);
            };
            let mut pairs: Vec<(Term, Option<Term>)> =
                pairs.into_iter().map(|(s, k)| (s, Some(k))).collect();
            // Rows without a key sort first in ascending order, so they are always part of the set; in
            // descending order they sort last, after every keyed row, so they join only once the keyed
            // pairs are exhausted.
            if !self.descending || exhausted {
                pairs.extend(unbound.iter().map(|s| (s.clone(), None)));
            }
            if pairs.len() > MAX_VALUES {
                return Ok(Paged::Unsupported);
            }
            let Some(restricted) = self.restrict(query, &pairs) else {
                return Ok(Paged::Unsupported);
            };
            let rows = run(restricted)?;
            if exhausted || rows.1.len() >= self.length {
                return Ok(Paged::Rows(rows));
            }
            // The last round takes as many pairs as a VALUES block may hold, rather than giving up on a
            // quadrupled set that would just exceed it.
            if n >= MAX_VALUES {
                return Ok(Paged::Unsupported);
            }
            n = n.saturating_mul(4).min(MAX_VALUES);
        }
    }

    /// The first `n` anchor pairs in the key's order and, unless that exhausts the anchor, every other pair
    /// whose key ties the last one (steps 1 and 2 of the module documentation); with whether the anchor is
    /// exhausted. `None` when a pair has an unbound term or the ties are too many.
    fn pairs_through<E>(
        &self,
        n: usize,
        kind: KeyKind,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<FirstPairs>, E> {
        let (_, first) = run(self.first_pairs(n, kind))?;
        let exhausted = first.len() < n;
        let mut pairs: Vec<(Term, Term)> = first
            .iter()
            .filter_map(|s| Some((s.values().first()?.clone()?, s.values().get(1)?.clone()?)))
            .collect();
        if pairs.len() != first.len() {
            return Ok(None);
        }
        if let Some((_, c)) = pairs.last().cloned()
            && !exhausted
        {
            let (_, ties) = run(self.ties(&c))?;
            if ties.len() > MAX_VALUES {
                return Ok(None);
            }
            let known: std::collections::HashSet<Term> = pairs
                .iter()
                .filter(|(_, k)| *k == c)
                .map(|(s, _)| s.clone())
                .collect();
            for t in ties {
                if let Some(Some(s)) = t.values().first()
                    && !known.contains(s)
                {
                    pairs.push((s.clone(), c.clone()));
                }
            }
        }
        Ok(Some((pairs, exhausted)))
    }

    /// The kind shared by every key of the anchor, and whether the anchor is too large to sort pair by pair
    /// (IRIs and strings over [`MAX_DECODED`] triples); `None` when there is no key, the keys differ in kind,
    /// or the kind is not one whose equality is identity.
    fn key_kind<E>(
        &self,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<(KeyKind, bool)>, E> {
        let probe = format!(
            "SELECT ?k WHERE {{ ?s <{}> ?k }} LIMIT 1",
            self.predicate.as_str()
        );
        let (_, rows) = run(self.parse(&probe))?;
        let Some(Some(first)) = rows.first().and_then(|r| r.values().first().cloned()) else {
            return Ok(None);
        };
        let Some(kind) = KeyKind::of(&first) else {
            return Ok(None);
        };
        if matches!(kind, KeyKind::Iri | KeyKind::String) {
            let count = format!(
                "SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{}> ?k }}",
                self.predicate.as_str()
            );
            let (_, rows) = run(self.parse(&count))?;
            let n = rows
                .first()
                .and_then(|r| r.values().first().cloned().flatten())
                .and_then(|t| match t {
                    Term::Literal(l) => l.value().parse::<usize>().ok(),
                    _ => None,
                });
            if n.is_none_or(|n| n > MAX_DECODED) {
                // The distinct keys are checked one by one where they are read (`page_by_keys`): a filter
                // over every triple would cost more than the page.
                return Ok(Some((kind, true)));
            }
        }
        // Every key of the anchor must be of the same kind; the query stops at the first counterexample.
        let other = format!(
            "SELECT ?k WHERE {{ ?s <{}> ?k FILTER(!({})) }} LIMIT 1",
            self.predicate.as_str(),
            kind.test("?k")
        );
        let (_, odd) = run(self.parse(&other))?;
        if !odd.is_empty() {
            return Ok(None);
        }
        Ok(Some((kind, false)))
    }

    /// `query` with `VALUES` of `bindings` (of `columns`) before each site of the anchor, or `None` when
    /// no site was found.
    fn restricted(
        &self,
        query: &Query,
        bindings: &[Vec<Option<GroundTerm>>],
        columns: Columns,
    ) -> Option<Query> {
        let mut q = query.clone();
        let Query::Select { pattern, .. } = &mut q else {
            return None;
        };
        let body = body_mut(pattern, &self.key)?;
        let mut injected = 0usize;
        inject(
            body,
            &|t| anchor_of(t, &self.object),
            &self.object,
            columns,
            bindings,
            &mut injected,
        );
        (injected > 0).then_some(q)
    }

    /// The first `n` anchor pairs in the key's order.
    fn first_pairs(&self, n: usize, kind: KeyKind) -> Query {
        let order = if self.descending { "DESC(?k)" } else { "?k" };
        let p = self.predicate.as_str();
        let text = match kind {
            // Dates and integers are stored inline: the engine compares them without reading strings.
            KeyKind::Date | KeyKind::Integer => format!(
                "SELECT ?s ?k WHERE {{ {{ SELECT ?s ?k WHERE {{ ?s <{p}> ?k }} ORDER BY {order} LIMIT {n} }} }}"
            ),
            // IRIs and strings are compared by their text: a top-level ORDER BY reads each key once.
            KeyKind::Iri | KeyKind::String => {
                format!("SELECT ?s ?k WHERE {{ ?s <{p}> ?k }} ORDER BY {order} LIMIT {n}")
            }
        };
        self.parse(&text)
    }

    /// The anchor's subjects whose key is `c`.
    fn ties(&self, c: &Term) -> Query {
        self.parse(&format!(
            "SELECT ?s WHERE {{ ?s <{}> {c} }}",
            self.predicate.as_str()
        ))
    }

    fn parse(&self, text: &str) -> Query {
        let mut q = spargebra::SparqlParser::new()
            .parse_query(text)
            .expect("the anchor's own queries are well-formed");
        if let Query::Select { dataset, .. } = &mut q {
            dataset.clone_from(&self.dataset);
        }
        q
    }

    /// `query` with `VALUES (?s ?k) { pairs }` joined to every site of the anchor (a pair without a key
    /// leaves `?k` unbound). For an `OPTIONAL` anchor the site is its source pattern, so the key is bound
    /// before the `OPTIONAL`, which then keeps exactly the rows of that key.
    fn restrict(&self, query: &Query, pairs: &[(Term, Option<Term>)]) -> Option<Query> {
        let mut bindings = Vec::with_capacity(pairs.len());
        for (s, k) in pairs {
            let k = match k {
                Some(k) => Some(ground(k)?),
                None => None,
            };
            bindings.push(vec![Some(ground(s)?), k]);
        }
        let Shape::Optional(source) = &self.shape else {
            return self.restricted(query, &bindings, Columns::Pair);
        };
        let mut q = query.clone();
        let Query::Select { pattern, .. } = &mut q else {
            return None;
        };
        let left = optional_left_mut(body_mut(pattern, &self.key)?, &self.object)?;
        let mut injected = 0usize;
        inject(
            left,
            &|t| source.matches(t),
            &self.object,
            Columns::Pair,
            &bindings,
            &mut injected,
        );
        (injected > 0).then_some(q)
    }
}
