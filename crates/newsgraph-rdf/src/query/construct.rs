//! CONSTRUCT evaluated here rather than by Oxigraph, so that its memory stays flat however large its answer.
//!
//! Oxigraph's CONSTRUCT keeps every triple it has emitted, decoded, in a hash set of up to 1,048,576 triples
//! to drop repeats: several hundred MB on a large answer. Here the `WHERE` clause runs as the equivalent
//! SELECT (the same pattern, solution modifiers and dataset, projected on the template's variables), and the
//! template is instantiated for each solution as it streams:
//! - a triple whose variable is unbound, or whose subject is a literal or whose predicate is not an IRI, is
//!   left out (SPARQL 1.1, 16.2);
//! - each solution gets fresh blank nodes for the template's blank nodes, named from the solution's number
//!   and the blank node's place in the template, so the same store and query give the same labels;
//! - repeats are dropped as Oxigraph drops them (triples without blank nodes, among the last 1,048,576 kept),
//!   but remembered by a 128-bit digest of their N-Triples text rather than as triples: 16 bytes each.
//!
//! Writers that need a set (the CLI's Turtle and N-Triples) still sort and deduplicate the whole answer,
//! on disk beyond their budget (see [`crate::export::DatasetWriter`]).

use oxigraph::model::{BlankNode, NamedNode, NamedOrBlankNode, Term, Triple};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, QuerySolution, QueryTripleIter};
use sha2::{Digest, Sha256};
use spargebra::Query;
use spargebra::algebra::GraphPattern;
use spargebra::term::{NamedNodePattern, TermPattern, TriplePattern};
use std::collections::HashSet;

/// How many digests of emitted triples are kept before the set starts again (as Oxigraph's own bound).
const SEEN_LIMIT: usize = 1024 * 1024;

/// A CONSTRUCT template, to instantiate on the solutions of its `WHERE` clause.
pub(super) struct Template {
    triples: Vec<TriplePattern>,
    /// The template's distinct blank nodes, in order of first appearance.
    bnodes: Vec<spargebra::term::BlankNode>,
}

/// Splits a CONSTRUCT query into the SELECT of its `WHERE` clause and its template; any other query comes
/// back as it is, without a template.
pub(super) fn split(query: Query) -> (Query, Option<Template>) {
    let Query::Construct {
        template,
        dataset,
        mut pattern,
        base_iri,
    } = query
    else {
        return (query, None);
    };
    project_on_template(&mut pattern, &template);
    let mut bnodes = Vec::new();
    for t in &template {
        for term in [&t.subject, &t.object] {
            if let TermPattern::BlankNode(b) = term
                && !bnodes.contains(b)
            {
                bnodes.push(b.clone());
            }
        }
    }
    let select = Query::Select {
        dataset,
        pattern,
        base_iri,
    };
    (
        select,
        Some(Template {
            triples: template,
            bnodes,
        }),
    )
}

/// Narrows the projection the parser gives a CONSTRUCT's `WHERE` clause (every variable it binds, under the
/// optional `LIMIT`/`OFFSET`) to the variables the template uses, so that each solution carries only what
/// is instantiated. Without that projection the pattern is left as it is.
fn project_on_template(pattern: &mut GraphPattern, template: &[TriplePattern]) {
    let mut p = pattern;
    if let GraphPattern::Slice { inner, .. } = p {
        p = inner;
    }
    if let GraphPattern::Project { variables, .. } = p {
        variables.retain(|v| template.iter().any(|t| uses(t, v)));
    }
}

/// Whether the template triple `t` mentions the variable `v`.
fn uses(t: &TriplePattern, v: &spargebra::term::Variable) -> bool {
    let term = |p: &TermPattern| matches!(p, TermPattern::Variable(x) if x == v);
    term(&t.subject)
        || term(&t.object)
        || matches!(&t.predicate, NamedNodePattern::Variable(x) if x == v)
}

impl Template {
    /// The triples of the template instantiated on each solution of `results` (the answer of the SELECT
    /// [`split`] gave), as a graph result; a result that is not solutions comes back as it is.
    pub(super) fn instantiate(self, results: QueryResults<'static>) -> QueryResults<'static> {
        let QueryResults::Solutions(solutions) = results else {
            return results;
        };
        let mut seen = Seen::default();
        let mut number = 0u64;
        let triples = solutions.flat_map(move |solution| {
            let out: Vec<Result<Triple, QueryEvaluationError>> = match solution {
                Ok(solution) => {
                    let fresh = self.fresh_bnodes(number);
                    number += 1;
                    self.triples
                        .iter()
                        .filter_map(|t| self.triple(t, &solution, &fresh))
                        .filter(|t| seen.first_time(t))
                        .map(Ok)
                        .collect()
                }
                Err(e) => vec![Err(e)],
            };
            out
        });
        QueryResults::Graph(QueryTripleIter::new(triples))
    }

    /// The blank nodes of solution `number`, one for each of the template's.
    fn fresh_bnodes(&self, number: u64) -> Vec<BlankNode> {
        (0..self.bnodes.len() as u64)
            .map(|i| {
                let mut h = Sha256::new();
                h.update(b"newsgraph construct bnode");
                h.update(number.to_le_bytes());
                h.update(i.to_le_bytes());
                let digest = h.finalize();
                let label: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
                BlankNode::new_unchecked(label)
            })
            .collect()
    }

    /// The template triple `t` on `solution`, or `None` if it is left out (an unbound variable, a literal
    /// subject, a predicate that is not an IRI).
    fn triple(
        &self,
        t: &TriplePattern,
        solution: &QuerySolution,
        fresh: &[BlankNode],
    ) -> Option<Triple> {
        let subject = match self.term(&t.subject, solution, fresh)? {
            Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n),
            Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b),
            Term::Literal(_) => return None,
        };
        let predicate: NamedNode = match &t.predicate {
            NamedNodePattern::NamedNode(n) => n.clone(),
            NamedNodePattern::Variable(v) => match solution.get(v)? {
                Term::NamedNode(n) => n.clone(),
                _ => return None,
            },
        };
        let object = self.term(&t.object, solution, fresh)?;
        Some(Triple::new(subject, predicate, object))
    }

    /// A template term's value on `solution`.
    fn term(&self, p: &TermPattern, solution: &QuerySolution, fresh: &[BlankNode]) -> Option<Term> {
        match p {
            TermPattern::NamedNode(n) => Some(n.clone().into()),
            TermPattern::Literal(l) => Some(l.clone().into()),
            TermPattern::Variable(v) => solution.get(v).cloned(),
            TermPattern::BlankNode(b) => {
                let i = self.bnodes.iter().position(|x| x == b)?;
                Some(fresh[i].clone().into())
            }
        }
    }
}

/// Digests of the triples without blank nodes emitted lately, to drop repeats (see the module documentation).
#[derive(Default)]
struct Seen(HashSet<u128>);

impl Seen {
    /// Whether `t` is to be emitted: it holds a blank node (fresh for its solution), or its digest is new.
    fn first_time(&mut self, t: &Triple) -> bool {
        if t.subject.is_blank_node() || t.object.is_blank_node() {
            return true;
        }
        let digest = Sha256::digest(t.to_string().as_bytes());
        let mut key = [0u8; 16];
        key.copy_from_slice(&digest[..16]);
        if self.0.len() >= SEEN_LIMIT {
            self.0.clear();
        }
        self.0.insert(u128::from_le_bytes(key))
    }
}
