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
    /// For a key bound in an `OPTIONAL`, the required pattern that binds the anchor's subject (see
    /// [`Source`]); `None` for a required anchor.
    optional: Option<Source>,
    /// For a key that is the `MIN` of a name over a grouped subject, how to find each subject's key (see
    /// [`Grouped`]); `None` otherwise.
    grouped: Option<Grouped>,
}

/// A leading key `MIN(?n)` grouped by `?t`, where `?n` is bound by one required pattern `?t <p> ?n` and
/// used nowhere else, so that a group's key is the least of all of `?t`'s values of `<p>` whatever the
/// rest of the query keeps (`ORDER BY ?speaker` over `(MIN(?speakerName) AS ?speaker)`). `?t` must also be
/// the object of a required pattern `?x <q> ?t`, which gives the subjects a row can have: their keys are
/// computed on stored ids and decoded once per subject, the subjects sorted by key, and the query evaluated
/// for the first of them (and every subject tied with the last) with `VALUES ?t`.
#[derive(Debug, Clone)]
struct Grouped {
    /// The predicate `<p>` of the aggregated values.
    predicate: NamedNode,
    /// The predicate `<q>` of the pattern whose objects are the candidate subjects.
    link: NamedNode,
}

/// The required triple pattern `?s <q> O` that binds the subject of an `OPTIONAL` anchor
/// `OPTIONAL { ?s <p> ?k }`. Its subjects without any `<p>` (found with one `MINUS`, on stored ids) are the
/// rows whose key is unbound, which sort before every other row in ascending order and after every other
/// in descending order.
#[derive(Debug, Clone)]
struct Source {
    /// The anchor's subject variable.
    subject: Variable,
    /// The pattern's predicate.
    predicate: NamedNode,
    /// The pattern's object when it is a constant (a class, say).
    object: Option<GroundTerm>,
}

/// One evaluation of a query: its variables and rows.
pub type Rows = (Vec<Variable>, Vec<QuerySolution>);

/// What [`Anchor::page`] found.
pub enum Paged {
    /// The exact page: the rows the query as written would return.
    Rows(Rows),
    /// The anchor cannot decide the page: evaluate the query as written.
    Unsupported,
}

/// Sets the window (`OFFSET start`, `LIMIT length`) of a SELECT query's answer, within any slice the query
/// already has: the query's own `OFFSET`/`LIMIT` select rows first, then the window selects among those.
/// Other query forms are left as they are.
pub fn set_window(query: &mut Query, start: usize, length: Option<usize>) {
    let Query::Select { pattern, .. } = query else {
        return;
    };
    let taken = std::mem::replace(pattern, GraphPattern::Bgp { patterns: vec![] });
    *pattern = match taken {
        GraphPattern::Slice {
            inner,
            start: s0,
            length: l0,
        } => {
            let remaining = l0.map(|l| l.saturating_sub(start));
            let length = match (remaining, length) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            GraphPattern::Slice {
                inner,
                start: s0 + start,
                length,
            }
        }
        other if start == 0 && length.is_none() => other,
        other => GraphPattern::Slice {
            inner: Box::new(other),
            start,
            length,
        },
    };
}

impl Anchor {
    /// The anchor of `query`, when it is a SELECT with a `LIMIT` whose first `ORDER BY` key can be found
    /// from one required triple pattern (see the module documentation).
    pub fn find(query: &Query) -> Option<Anchor> {
        let Query::Select {
            pattern, dataset, ..
        } = query
        else {
            return None;
        };
        let GraphPattern::Slice {
            inner,
            start,
            length: Some(length),
        } = pattern
        else {
            return None;
        };
        let mut p: &GraphPattern = inner;
        if let GraphPattern::Distinct { inner } | GraphPattern::Reduced { inner } = p {
            p = inner;
        }
        let GraphPattern::Project { inner, .. } = p else {
            return None;
        };
        let GraphPattern::OrderBy { inner, expression } = inner.as_ref() else {
            return None;
        };
        let (key, descending) = match expression.first()? {
            OrderExpression::Asc(Expression::Variable(v)) => (v.clone(), false),
            OrderExpression::Desc(Expression::Variable(v)) => (v.clone(), true),
            _ => return None,
        };
        let window = start.checked_add(*length)?;
        let Some((object, body)) = key_source(inner, &key) else {
            let (name, grouped) = Grouped::find(inner, &key)?;
            return Some(Anchor {
                key,
                predicate: grouped.predicate.clone(),
                object: name,
                descending,
                window,
                length: *length,
                dataset: dataset.clone(),
                optional: None,
                grouped: Some(grouped),
            });
        };
        let mut sites = Vec::new();
        let (predicate, optional) =
            if required_sites(body, &|t| anchor_of(t, &object), &object, &mut sites).is_some() {
                let predicate = sites.first()?.1.clone();
                if sites.iter().any(|(_, p)| *p != predicate) {
                    return None;
                }
                (predicate, None)
            } else {
                let (left, subject, predicate) = optional_site(body, &object)?;
                (predicate, Some(source_of(left, &subject)?))
            };
        Some(Anchor {
            key,
            predicate,
            object,
            descending,
            window,
            length: *length,
            dataset: dataset.clone(),
            optional,
            grouped: None,
        })
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
        if let Some(grouped) = &self.grouped {
            return self.page_grouped(grouped, query, run);
        }
        let Some((kind, large)) = self.key_kind(run)? else {
            return Ok(Paged::Unsupported);
        };
        if large {
            if self.optional.is_some() {
                return Ok(Paged::Unsupported);
            }
            return self.page_by_keys(kind, query, run);
        }
        let unbound = match &self.optional {
            None => Vec::new(),
            Some(source) => match self.unbound_subjects(source, run)? {
                Some(subjects) => subjects,
                None => return Ok(Paged::Unsupported),
            },
        };
        let mut n = self.window;
        loop {
            let (_, first) = run(self.first_pairs(n, kind))?;
            let exhausted = first.len() < n;
            let mut pairs: Vec<(Term, Term)> = first
                .iter()
                .filter_map(|s| Some((s.values().first()?.clone()?, s.values().get(1)?.clone()?)))
                .collect();
            if pairs.len() != first.len() {
                return Ok(Paged::Unsupported);
            }
            if let Some((_, c)) = pairs.last().cloned()
                && !exhausted
            {
                let (_, ties) = run(self.ties(&c))?;
                if ties.len() > MAX_VALUES {
                    return Ok(Paged::Unsupported);
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

    /// [`Anchor::page`] for an anchor of IRIs or strings too large to sort pair by pair (`?agreement
    /// prov:wasDerivedFrom ?article` holds 500,000 triples at 20,000 articles, for 20,000 articles): its
    /// distinct keys are found on stored ids and decoded once each, sorted, and the query is evaluated for
    /// the pairs of the first keys (every subject of those keys, so no tie is left out).
    fn page_by_keys<E>(
        &self,
        kind: KeyKind,
        query: &Query,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Paged, E> {
        let text = format!(
            "SELECT DISTINCT ?k WHERE {{ ?s <{}> ?k }}",
            self.predicate.as_str()
        );
        let (_, rows) = run(self.parse(&text))?;
        let mut keys = Vec::with_capacity(rows.len());
        for row in &rows {
            // Every key of the probe's kind, ordered by its text as SPARQL orders IRIs and simple literals.
            match row.values().first() {
                Some(Some(t @ Term::NamedNode(n))) if kind == KeyKind::Iri => {
                    keys.push((n.as_str().to_owned(), t.clone()));
                }
                Some(Some(t @ Term::Literal(l))) if KeyKind::of(t) == Some(KeyKind::String) => {
                    keys.push((l.value().to_owned(), t.clone()));
                }
                _ => return Ok(Paged::Unsupported),
            }
        }
        keys.sort_by(|a: &(String, Term), b| a.0.cmp(&b.0));
        if self.descending {
            keys.reverse();
        }
        let mut m = (self.window / 4).max(1);
        loop {
            let end = m.min(keys.len());
            if end > MAX_VALUES {
                return Ok(Paged::Unsupported);
            }
            // The pairs of those keys, so that sub-selects grouped by the subject are restricted too.
            let values: Vec<String> = keys[..end].iter().map(|(_, k)| k.to_string()).collect();
            let text = format!(
                "SELECT ?s ?k WHERE {{ VALUES ?k {{ {} }} ?s <{}> ?k }}",
                values.join(" "),
                self.predicate.as_str()
            );
            let (_, found) = run(self.parse(&text))?;
            if found.len() > MAX_VALUES {
                return Ok(Paged::Unsupported);
            }
            let mut pairs = Vec::with_capacity(found.len());
            for row in &found {
                let (Some(Some(s)), Some(Some(k))) = (row.values().first(), row.values().get(1))
                else {
                    return Ok(Paged::Unsupported);
                };
                pairs.push((s.clone(), Some(k.clone())));
            }
            let Some(q) = self.restrict(query, &pairs) else {
                return Ok(Paged::Unsupported);
            };
            let rows = run(q)?;
            if end == keys.len() || rows.1.len() >= self.length {
                return Ok(Paged::Rows(rows));
            }
            m = end.saturating_mul(4);
        }
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

    /// [`Anchor::page`] for a [`Grouped`] key.
    fn page_grouped<E>(
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

    /// The subjects of an `OPTIONAL` anchor's source pattern that have no key, or `None` when there are
    /// more than [`MAX_VALUES`] of them.
    fn unbound_subjects<E>(
        &self,
        source: &Source,
        run: &mut dyn FnMut(Query) -> Result<Rows, E>,
    ) -> Result<Option<Vec<Term>>, E> {
        let object = match &source.object {
            Some(o) => o.to_string(),
            None => "?o".to_owned(),
        };
        // MINUS compares stored ids: no string is read, where `FILTER NOT EXISTS` looks each subject up.
        let text = format!(
            "SELECT DISTINCT ?s WHERE {{ ?s <{}> {object} MINUS {{ ?s <{}> ?k }} }} LIMIT {}",
            source.predicate.as_str(),
            self.predicate.as_str(),
            MAX_VALUES + 1
        );
        let (_, rows) = run(self.parse(&text))?;
        if rows.len() > MAX_VALUES {
            return Ok(None);
        }
        Ok(Some(
            rows.iter()
                .filter_map(|r| r.values().first().cloned().flatten())
                .collect(),
        ))
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
        let mut q = query.clone();
        let Query::Select { pattern, .. } = &mut q else {
            return None;
        };
        let body = body_mut(pattern, &self.key)?;
        let mut injected = 0usize;
        match &self.optional {
            None => inject(
                body,
                &|t| anchor_of(t, &self.object),
                &self.object,
                Columns::Pair,
                &bindings,
                &mut injected,
            ),
            Some(source) => {
                let left = optional_left_mut(body, &self.object)?;
                inject(
                    left,
                    &|t| source.matches(t),
                    &self.object,
                    Columns::Pair,
                    &bindings,
                    &mut injected,
                );
            }
        }
        (injected > 0).then_some(q)
    }
}

/// The kinds of anchor key whose SPARQL ordering is total and whose equality is identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    Iri,
    String,
    /// `xsd:date` without timezone, written `YYYY-MM-DD`.
    Date,
    /// `xsd:integer` (counts).
    Integer,
}

impl KeyKind {
    fn of(term: &Term) -> Option<KeyKind> {
        match term {
            Term::NamedNode(_) => Some(KeyKind::Iri),
            Term::Literal(l) if l.datatype() == oxigraph::model::vocab::xsd::STRING => {
                Some(KeyKind::String)
            }
            Term::Literal(l) if is_plain_date(l) => Some(KeyKind::Date),
            Term::Literal(l) if l.datatype() == oxigraph::model::vocab::xsd::INTEGER => {
                Some(KeyKind::Integer)
            }
            _ => None,
        }
    }

    /// A SPARQL expression true when `var` is of this kind.
    fn test(self, var: &str) -> String {
        match self {
            KeyKind::Iri => format!("isIRI({var})"),
            KeyKind::String => format!(
                "isLiteral({var}) && DATATYPE({var}) = <http://www.w3.org/2001/XMLSchema#string>"
            ),
            KeyKind::Date => format!(
                "isLiteral({var}) && DATATYPE({var}) = <http://www.w3.org/2001/XMLSchema#date> && STRLEN(STR({var})) = 10"
            ),
            KeyKind::Integer => format!(
                "isLiteral({var}) && DATATYPE({var}) = <http://www.w3.org/2001/XMLSchema#integer>"
            ),
        }
    }
}

fn is_plain_date(l: &Literal) -> bool {
    l.datatype() == oxigraph::model::vocab::xsd::DATE && l.value().len() == 10
}

fn ground(t: &Term) -> Option<GroundTerm> {
    match t {
        Term::NamedNode(n) => Some(GroundTerm::NamedNode(n.clone())),
        Term::Literal(l) => Some(GroundTerm::Literal(l.clone())),
        _ => None,
    }
}

/// Below the top-level `ORDER BY`: the variable the anchor must bind (the key, through renamings) and the
/// pattern to search for the anchor in.
fn key_source<'a>(body: &'a GraphPattern, key: &Variable) -> Option<(Variable, &'a GraphPattern)> {
    match body {
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != key => key_source(inner, key),
        // `(?d AS ?date)` and aggregates: an expression to a fresh variable, then this renaming.
        GraphPattern::Extend {
            inner,
            expression: Expression::Variable(renamed),
            ..
        } => key_source(inner, renamed),
        GraphPattern::Filter { inner, .. } => key_source(inner, key),
        GraphPattern::Group {
            inner, variables, ..
        } => variables
            .contains(key)
            .then(|| (key.clone(), inner.as_ref() as &GraphPattern)),
        other => Some((key.clone(), other)),
    }
}

/// The columns of the `VALUES` block put before a site.
#[derive(Debug, Clone, Copy)]
enum Columns {
    /// `(?s ?k)`: the anchor's pairs.
    Pair,
    /// `?s`: the site's subjects (a [`Grouped`] key's subjects).
    Subject,
}

/// Recognises a site: the triple pattern's subject variable and predicate when it is one.
type Site<'a> = &'a dyn Fn(&TriplePattern) -> Option<(Variable, NamedNode)>;

/// Collects the sites (anchors `?s <p> ?object`, or an optional anchor's source) that every solution of
/// `p` needs; `None` when a solution could do without one (or the pattern is of a kind this module does
/// not look into). `object` is the anchor's variable: an `Extend` that binds it hides what is below.
fn required_sites(
    p: &GraphPattern,
    site: Site<'_>,
    object: &Variable,
    sites: &mut Vec<(Variable, NamedNode)>,
) -> Option<()> {
    match p {
        GraphPattern::Bgp { patterns } => {
            let found = patterns.iter().find_map(site)?;
            sites.push(found);
            Some(())
        }
        GraphPattern::Join { left, right } => {
            let before = sites.len();
            if required_sites(left, site, object, sites).is_some() {
                return Some(());
            }
            sites.truncate(before);
            required_sites(right, site, object, sites)
        }
        GraphPattern::LeftJoin { left, .. } | GraphPattern::Minus { left, .. } => {
            required_sites(left, site, object, sites)
        }
        GraphPattern::Union { left, right } => {
            required_sites(left, site, object, sites)?;
            required_sites(right, site, object, sites)
        }
        GraphPattern::Filter { inner, .. } => required_sites(inner, site, object, sites),
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != object => required_sites(inner, site, object, sites),
        _ => None,
    }
}

fn anchor_of(t: &TriplePattern, object: &Variable) -> Option<(Variable, NamedNode)> {
    match (&t.subject, &t.predicate, &t.object) {
        (TermPattern::Variable(s), NamedNodePattern::NamedNode(p), TermPattern::Variable(o))
            if o == object && s != object =>
        {
            Some((s.clone(), p.clone()))
        }
        _ => None,
    }
}

/// The `OPTIONAL { ?s <p> ?object }` on the spine of `p` (its `FILTER`s, `BIND`s and the left sides of its
/// `OPTIONAL`s), with the pattern it extends, its subject and predicate. The pattern it extends must not
/// mention `?object`: there the restricted query binds it earlier than the query as written.
fn optional_site<'a>(
    p: &'a GraphPattern,
    object: &Variable,
) -> Option<(&'a GraphPattern, Variable, NamedNode)> {
    match p {
        GraphPattern::LeftJoin {
            left,
            right,
            expression: None,
        } => match optional_anchor(right, object) {
            Some((s, predicate)) => {
                (!mentions(left, object)).then(|| (left.as_ref(), s, predicate))
            }
            None => optional_site(left, object),
        },
        GraphPattern::LeftJoin { left, .. } => optional_site(left, object),
        GraphPattern::Filter { inner, .. } => optional_site(inner, object),
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != object => optional_site(inner, object),
        _ => None,
    }
}

/// The mutable pattern that [`optional_site`] finds the `OPTIONAL` anchor to extend.
fn optional_left_mut<'a>(
    p: &'a mut GraphPattern,
    object: &Variable,
) -> Option<&'a mut GraphPattern> {
    match p {
        GraphPattern::LeftJoin {
            left,
            right,
            expression,
        } => {
            if expression.is_none() && optional_anchor(right, object).is_some() {
                Some(left.as_mut())
            } else {
                optional_left_mut(left, object)
            }
        }
        GraphPattern::Filter { inner, .. } => optional_left_mut(inner, object),
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != object => optional_left_mut(inner, object),
        _ => None,
    }
}

impl Grouped {
    /// The aggregated variable `?n` and the [`Grouped`] key of `key` in `p` (below the `ORDER BY`).
    fn find(p: &GraphPattern, key: &Variable) -> Option<(Variable, Grouped)> {
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
fn aggregate_source<'a>(
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

/// `?s <p> ?object` when `p` is that single triple pattern.
fn optional_anchor(p: &GraphPattern, object: &Variable) -> Option<(Variable, NamedNode)> {
    match p {
        GraphPattern::Bgp { patterns } if patterns.len() == 1 => anchor_of(&patterns[0], object),
        _ => None,
    }
}

/// Whether `v` occurs anywhere in `p`.
fn mentions(p: &GraphPattern, v: &Variable) -> bool {
    occurrences(p, v) > 0
}

/// How often `v` occurs in `p` (in its SPARQL text, as `?name` not followed by a name character).
fn occurrences(p: &GraphPattern, v: &Variable) -> usize {
    let text = p.to_string();
    let needle = format!("?{}", v.as_str());
    text.match_indices(&needle)
        .filter(|(i, _)| {
            !text[i + needle.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .count()
}

/// The required pattern `?subject <q> O` of `left` that an optional anchor's subject comes from, with a
/// constant predicate; one with a constant object (a class) is preferred.
fn source_of(left: &GraphPattern, subject: &Variable) -> Option<Source> {
    let mut best: Option<Source> = None;
    for constant in [true, false] {
        let site = |t: &TriplePattern| -> Option<(Variable, NamedNode)> {
            let (TermPattern::Variable(s), NamedNodePattern::NamedNode(p)) =
                (&t.subject, &t.predicate)
            else {
                return None;
            };
            let object_is_constant = !matches!(t.object, TermPattern::Variable(_));
            (s == subject && object_is_constant == constant).then(|| (s.clone(), p.clone()))
        };
        let mut sites = Vec::new();
        if required_sites(left, &site, subject, &mut sites).is_some()
            && let Some((_, predicate)) = sites.first()
        {
            let object = find_object(left, subject, predicate);
            if constant && object.is_none() {
                continue;
            }
            best = Some(Source {
                subject: subject.clone(),
                predicate: predicate.clone(),
                object,
            });
            break;
        }
    }
    best
}

/// The constant object of the first triple pattern `?subject <predicate> O` in `p`'s basic patterns.
fn find_object(p: &GraphPattern, subject: &Variable, predicate: &NamedNode) -> Option<GroundTerm> {
    let mut found = None;
    visit_bgps(p, &mut |patterns| {
        for t in patterns {
            if found.is_none()
                && t.subject == TermPattern::Variable(subject.clone())
                && t.predicate == NamedNodePattern::NamedNode(predicate.clone())
            {
                found = match &t.object {
                    TermPattern::NamedNode(n) => Some(GroundTerm::NamedNode(n.clone())),
                    TermPattern::Literal(l) => Some(GroundTerm::Literal(l.clone())),
                    _ => None,
                };
            }
        }
    });
    found
}

/// Calls `f` on the basic graph patterns on the required paths of `p` (as [`required_sites`] walks).
fn visit_bgps(p: &GraphPattern, f: &mut dyn FnMut(&[TriplePattern])) {
    match p {
        GraphPattern::Bgp { patterns } => f(patterns),
        GraphPattern::Join { left, right } | GraphPattern::Union { left, right } => {
            visit_bgps(left, f);
            visit_bgps(right, f);
        }
        GraphPattern::LeftJoin { left, .. } | GraphPattern::Minus { left, .. } => {
            visit_bgps(left, f)
        }
        GraphPattern::Filter { inner, .. } | GraphPattern::Extend { inner, .. } => {
            visit_bgps(inner, f)
        }
        _ => {}
    }
}

impl Source {
    /// The site matcher of this source pattern.
    fn matches(&self, t: &TriplePattern) -> Option<(Variable, NamedNode)> {
        let TermPattern::Variable(s) = &t.subject else {
            return None;
        };
        let NamedNodePattern::NamedNode(p) = &t.predicate else {
            return None;
        };
        let object_matches = match (&self.object, &t.object) {
            (Some(GroundTerm::NamedNode(a)), TermPattern::NamedNode(b)) => a == b,
            (Some(GroundTerm::Literal(a)), TermPattern::Literal(b)) => a == b,
            (None, TermPattern::Variable(_)) => true,
            _ => false,
        };
        (*s == self.subject && *p == self.predicate && object_matches)
            .then(|| (s.clone(), p.clone()))
    }
}

/// Puts `VALUES (?s ?object) { bindings }` before the site's group (`LATERAL`) in each place
/// [`required_sites`] finds it (the same walk, so nothing outside those places changes), and restricts the
/// sub-selects grouped by the anchor's subject to its subjects (see [`restrict_grouped`]).
fn inject(
    p: &mut GraphPattern,
    site: Site<'_>,
    object: &Variable,
    columns: Columns,
    bindings: &[Vec<Option<GroundTerm>>],
    injected: &mut usize,
) {
    match p {
        GraphPattern::Bgp { patterns } => {
            let Some((s, _)) = patterns.iter().find_map(site) else {
                return;
            };
            // LATERAL: the pairs are looked up one by one in the anchor's group, which is evaluated as one
            // unit whatever Oxigraph's optimizer starts the rest from (a small VALUES of classes, say).
            let bgp = std::mem::replace(p, GraphPattern::Bgp { patterns: vec![] });
            *p = GraphPattern::Lateral {
                left: Box::new(GraphPattern::Values {
                    variables: match columns {
                        Columns::Pair => vec![s, object.clone()],
                        Columns::Subject => vec![s],
                    },
                    bindings: bindings.to_vec(),
                }),
                right: Box::new(bgp),
            };
            *injected += 1;
        }
        GraphPattern::Join { left, right } => {
            let (there, other) = if required_sites(left, site, object, &mut Vec::new()).is_some() {
                (left, right)
            } else {
                (right, left)
            };
            let subject = site_subject(there, site, object);
            inject(there, site, object, columns, bindings, injected);
            if let Some(s) = subject {
                restrict_grouped(other, &s, bindings);
            }
        }
        GraphPattern::LeftJoin { left, right, .. } => {
            let subject = site_subject(left, site, object);
            inject(left, site, object, columns, bindings, injected);
            if let Some(s) = subject {
                restrict_grouped(right, &s, bindings);
            }
        }
        GraphPattern::Minus { left, .. } => inject(left, site, object, columns, bindings, injected),
        GraphPattern::Union { left, right } => {
            inject(left, site, object, columns, bindings, injected);
            inject(right, site, object, columns, bindings, injected);
        }
        GraphPattern::Filter { inner, .. } => {
            inject(inner, site, object, columns, bindings, injected)
        }
        GraphPattern::Extend {
            inner, variable, ..
        } if variable != object => inject(inner, site, object, columns, bindings, injected),
        _ => {}
    }
}

/// The site's subject variable in `p`, when `p` holds a required site.
fn site_subject(p: &GraphPattern, site: Site<'_>, object: &Variable) -> Option<Variable> {
    let mut sites = Vec::new();
    required_sites(p, site, object, &mut sites)?;
    sites.into_iter().next().map(|(s, _)| s)
}

/// A sub-select grouped by the anchor's subject `?s` and joined to it (`{ SELECT ?s (… AS ?x) WHERE { … }
/// GROUP BY ?s }`, or the same in an `OPTIONAL`) would otherwise be computed for every `?s` of the store
/// before the join keeps a few: only the anchor's subjects can join, so its groups are computed for those
/// alone (each group is computed from its own rows, so the groups kept are unchanged).
fn restrict_grouped(
    p: &mut GraphPattern,
    subject: &Variable,
    bindings: &[Vec<Option<GroundTerm>>],
) {
    let GraphPattern::Project { inner, variables } = p else {
        return;
    };
    if !variables.contains(subject) {
        return;
    }
    let mut p = inner.as_mut();
    // The aggregates' outputs are renamed by `Extend`s above the group.
    while let GraphPattern::Extend {
        inner, variable, ..
    } = p
    {
        if variable == subject {
            return;
        }
        p = inner.as_mut();
    }
    let GraphPattern::Group {
        inner, variables, ..
    } = p
    else {
        return;
    };
    if !variables.contains(subject) {
        return;
    }
    let mut seen = std::collections::HashSet::new();
    let subjects: Vec<Vec<Option<GroundTerm>>> = bindings
        .iter()
        .filter_map(|row| row.first().cloned())
        .filter(|s| seen.insert(s.clone()))
        .map(|s| vec![s])
        .collect();
    let grouped = std::mem::replace(inner.as_mut(), GraphPattern::Bgp { patterns: vec![] });
    **inner = GraphPattern::Join {
        left: Box::new(GraphPattern::Values {
            variables: vec![subject.clone()],
            bindings: subjects,
        }),
        right: Box::new(grouped),
    };
}

/// The part of a SELECT's pattern below its slice, projection, `ORDER BY` and the path to the leading key
/// (as [`Anchor::find`] and [`key_source`] walk it), where the anchor is searched for.
fn body_mut<'a>(pattern: &'a mut GraphPattern, key: &Variable) -> Option<&'a mut GraphPattern> {
    let mut p = match pattern {
        GraphPattern::Slice { inner, .. } => inner.as_mut(),
        _ => return None,
    };
    if let GraphPattern::Distinct { inner } | GraphPattern::Reduced { inner } = p {
        p = inner.as_mut();
    }
    let GraphPattern::Project { inner, .. } = p else {
        return None;
    };
    let GraphPattern::OrderBy { inner, .. } = inner.as_mut() else {
        return None;
    };
    descend_mut(inner.as_mut(), key)
}

fn descend_mut<'a>(p: &'a mut GraphPattern, key: &Variable) -> Option<&'a mut GraphPattern> {
    let (through, next) = match &*p {
        GraphPattern::Extend { variable, .. } if variable != key => (true, key.clone()),
        GraphPattern::Extend {
            expression: Expression::Variable(renamed),
            ..
        } => (true, renamed.clone()),
        GraphPattern::Filter { .. } | GraphPattern::Group { .. } => (true, key.clone()),
        _ => (false, key.clone()),
    };
    if !through {
        return Some(p);
    }
    match p {
        GraphPattern::Extend { inner, .. } | GraphPattern::Filter { inner, .. } => {
            descend_mut(inner.as_mut(), &next)
        }
        GraphPattern::Group { inner, .. } => Some(inner.as_mut()),
        other => Some(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::vocab::rdf;
    use spargebra::SparqlParser;

    fn parsed(q: &str) -> Query {
        SparqlParser::new().parse_query(q).unwrap()
    }

    #[test]
    fn a_required_anchor_is_found() {
        let q = parsed(
            "SELECT ?d ?t WHERE { ?s <http://x/date> ?d ; <http://x/text> ?t } ORDER BY ?d ?s LIMIT 10 OFFSET 5",
        );
        let a = Anchor::find(&q).expect("anchor");
        assert_eq!(a.predicate.as_str(), "http://x/date");
        assert_eq!((a.window, a.length), (15, 10));
    }

    #[test]
    fn an_optional_key_is_found_from_the_pattern_that_binds_its_subject() {
        let q = parsed(
            "SELECT ?d WHERE { ?s a <http://x/C> ; <http://x/t> ?t OPTIONAL { ?s <http://x/label> ?l } \
             OPTIONAL { ?s <http://x/date> ?d } } ORDER BY DESC(?d) LIMIT 10",
        );
        let a = Anchor::find(&q).expect("anchor");
        assert_eq!(a.predicate.as_str(), "http://x/date");
        let source = a.optional.expect("optional");
        assert_eq!(source.predicate.as_str(), rdf::TYPE.as_str());
        assert_eq!(
            source.object,
            Some(GroundTerm::NamedNode(NamedNode::new_unchecked(
                "http://x/C"
            )))
        );
        let q = parsed(
            "SELECT ?d WHERE { ?s <http://x/t> ?t OPTIONAL { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 10",
        );
        let source = Anchor::find(&q)
            .expect("anchor")
            .optional
            .expect("optional");
        assert_eq!(
            (source.predicate.as_str(), source.object),
            ("http://x/t", None)
        );
    }

    #[test]
    fn an_optional_key_used_before_its_optional_has_no_anchor() {
        for q in [
            // The key is filtered on inside the OPTIONAL, or used by what the OPTIONAL extends.
            "SELECT ?d WHERE { ?s <http://x/t> ?t OPTIONAL { ?s <http://x/date> ?d FILTER(?d > 3) } } ORDER BY ?d LIMIT 10",
            "SELECT ?d WHERE { ?s <http://x/t> ?t OPTIONAL { ?s <http://x/u> ?d } OPTIONAL { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 10",
            "SELECT ?d WHERE { ?s <http://x/t> ?t BIND(BOUND(?d) AS ?b) OPTIONAL { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 10",
            // Two patterns in the OPTIONAL, or no required pattern for its subject.
            "SELECT ?d WHERE { ?s <http://x/t> ?t OPTIONAL { ?s <http://x/date> ?d ; <http://x/u> ?u } } ORDER BY ?d LIMIT 10",
            "SELECT ?d WHERE { ?x <http://x/t> ?t OPTIONAL { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 10",
        ] {
            assert!(Anchor::find(&parsed(q)).is_none(), "{q}");
        }
    }

    #[test]
    fn an_aggregated_or_unreachable_key_has_no_anchor() {
        for q in [
            "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s <http://x/p> ?o } GROUP BY ?s ORDER BY ?n LIMIT 10",
            "SELECT ?d WHERE { ?s <http://x/date> ?d } ORDER BY ?d",
            "SELECT ?d WHERE { { ?s <http://x/date> ?d } UNION { ?s <http://x/t> ?d } } ORDER BY ?d LIMIT 3",
            "SELECT ?d WHERE { GRAPH ?g { ?s <http://x/date> ?d } } ORDER BY ?d LIMIT 3",
        ] {
            assert!(Anchor::find(&parsed(q)).is_none(), "{q}");
        }
    }

    #[test]
    fn the_least_name_of_a_linked_subject_is_an_anchor() {
        let q = parsed(
            "SELECT (MIN(?n) AS ?name) ?s WHERE { ?s <http://x/by> ?a . ?a <http://x/name> ?n } \
             GROUP BY ?s ?a ORDER BY ?name ?s LIMIT 5",
        );
        let a = Anchor::find(&q).expect("anchor");
        let g = a.grouped.expect("grouped");
        assert_eq!(
            (g.predicate.as_str(), g.link.as_str()),
            ("http://x/name", "http://x/by")
        );
        for q in [
            // ?n used elsewhere, ?a not a grouping key, MAX rather than MIN.
            "SELECT (MIN(?n) AS ?name) WHERE { ?s <http://x/by> ?a . ?a <http://x/name> ?n FILTER(?n != \"x\") } GROUP BY ?s ?a ORDER BY ?name LIMIT 5",
            "SELECT (MIN(?n) AS ?name) WHERE { ?s <http://x/by> ?a . ?a <http://x/name> ?n } GROUP BY ?s ORDER BY ?name LIMIT 5",
            "SELECT (MAX(?n) AS ?name) WHERE { ?s <http://x/by> ?a . ?a <http://x/name> ?n } GROUP BY ?s ?a ORDER BY ?name LIMIT 5",
        ] {
            assert!(Anchor::find(&parsed(q)).is_none(), "{q}");
        }
    }

    #[test]
    fn an_aggregated_key_has_no_anchor() {
        let q = "SELECT (MIN(?n) AS ?name) ?a WHERE { ?a <http://x/name> ?n } GROUP BY ?a ORDER BY ?name LIMIT 5";
        assert!(Anchor::find(&parsed(q)).is_none());
        let renamed =
            "SELECT ?a ?d WHERE { ?a <http://x/date> ?d0 BIND(?d0 AS ?d) } ORDER BY ?d LIMIT 5";
        assert!(Anchor::find(&parsed(renamed)).is_some());
    }

    #[test]
    fn windows_compose_with_the_query_slice() {
        let mut q = parsed("SELECT ?s WHERE { ?s ?p ?o } LIMIT 50 OFFSET 10");
        set_window(&mut q, 20, Some(100));
        let Query::Select { pattern, .. } = &q else {
            unreachable!()
        };
        let GraphPattern::Slice { start, length, .. } = pattern else {
            panic!("{pattern:?}")
        };
        assert_eq!((*start, *length), (30, Some(30)));
        let mut q = parsed("SELECT ?s WHERE { ?s ?p ?o }");
        set_window(&mut q, 0, Some(7));
        assert!(q.to_string().contains("LIMIT 7"), "{q}");
    }
}
