//! The first rows of a co-occurrence listing — pairs of entities ranked by the articles they share — found
//! from the article counts the store keeps ("top-k by bound").
//!
//! `actor-network` counts, for every pair of actors, the articles that mention both
//! (`?a ng:mentionedIn ?x . ?b ng:mentionedIn ?x`, `COUNT(DISTINCT ?x)` grouped by `?a ?b`). As written,
//! that joins every mention with every other mention of its article: 47 s on 20,000 articles for a page
//! of 100 pairs, most of it on pairs far below the page.
//!
//! A pair's weight is at most the article count of either entity, and the store keeps that count
//! (`ng:articleCount`: the distinct `?x` with `?e ng:mentionedIn ?x`, see `store::shared`). So every pair
//! of weight ≥ T is a pair of *candidates*, the entities whose count is ≥ T:
//! 1. T is chosen from the histogram of kept counts so that a few dozen entities are candidates;
//! 2. the articles each pair of candidates shares are counted in one pass over the candidates' mentions:
//!    each candidate gets one bit, each article the sum of its candidates' distinct bits (62 bits to an
//!    integer column, so the engine decodes no IRI), and the distinct sums with their numbers of articles
//!    give every pair's weight; each candidate's own total must equal its kept count, or the plan gives up;
//! 3. the `GROUP BY ?a ?b` is replaced by `VALUES (?a ?b ?n) { the pairs of weight ≥ T }` laterally joined
//!    to the group's other patterns (types, filters: none of them may mention `?x`), and the query so
//!    changed is evaluated for its first `OFFSET + LIMIT` rows;
//! 4. if the last of those rows has the weight variable ≥ T (and, when the first sort key is a variable
//!    the co-occurrence binds to a constant, that constant), the page is exact: every row the change left
//!    out comes from a pair of weight < T and sorts after it. Otherwise T is lowered (four times the
//!    candidates) and the page is tried again; at T = 1 nothing is left out.
//!
//! Step 4 holds only where leaving out rows of the co-occurrence can only leave out rows of the answer,
//! each with its weight: between the top of the query and the group, only joins, unions, filters,
//! extensions, projections keeping the weight (and the constant's variable), the left side of an
//! `OPTIONAL`, and groupings whose keys include them. Anything else, a dataset other than the whole
//! store, counts marked pending (a stopped load), or more than [`MAX_CANDIDATES`] candidates leaves the
//! query to the engine as written.

use super::*;

mod page;
mod plan;
mod walk;
mod weights;

/// Predicates whose distinct objects per subject the store keeps counted, with the counting predicate.
const KEPT_COUNTS: [(&str, &str); 1] = [("mentionedIn", "articleCount")];

/// Bits of one integer column of the article masks (an `xsd:integer` holds 63 bits and a sign).
const BITS: usize = 62;

/// Above this many candidates the masks and the pairs cost more than they save.
const MAX_CANDIDATES: usize = 1_024;

/// Entities of the first round (of every kind: fewer may fit the group's patterns).
const FIRST_CANDIDATES: usize = 192;

/// Rounds before the plan gives up (each lowers the threshold by a quarter at least).
const MAX_ROUNDS: usize = 12;

/// The sides of a pair an entity can take.
#[derive(Debug, Clone, Copy)]
struct Sides {
    a: bool,
    b: bool,
}

/// A query whose page can be found from kept counts (see the module documentation).
#[derive(Debug, Clone)]
pub struct CoOccurrence {
    /// The grouped subjects.
    a: Variable,
    b: Variable,
    /// `?s predicate ?x`, and the predicate the store keeps each subject's count of `?x` by.
    predicate: NamedNode,
    count: NamedNode,
    /// The group's aggregate variable, and the variable the query sorts by that takes its value.
    aggregate: Variable,
    weight: Variable,
    /// A leading sort key the co-occurrence binds to a constant, and whether it is descending.
    relation: Option<(Variable, Term, bool)>,
    /// The branches of `UNION`s on the way down whose rows all bind that key to a constant sorting after
    /// the co-occurrence's: child indices from the top, like `path`.
    after: Vec<Vec<usize>>,
    /// The group's patterns other than the two co-occurrence triples.
    rest: GraphPattern,
    /// The parts of `rest` about `?a` alone and about `?b` alone (see [`plan::unary`]).
    unary_a: Option<GraphPattern>,
    unary_b: Option<GraphPattern>,
    /// Where the group is: child indices from the top of the query's pattern.
    path: Vec<usize>,
    /// `OFFSET` and `LIMIT` of the query.
    start: usize,
    length: usize,
}

/// Whether rows keyed `c` sort after rows keyed `first` (both plain strings, compared by code points as
/// SPARQL orders them), in the given direction.
fn sorts_after(c: &Term, first: &Term, descending: bool) -> bool {
    let string = |t: &Term| match t {
        Term::Literal(l) if l.datatype() == oxigraph::model::vocab::xsd::STRING => {
            Some(l.value().to_owned())
        }
        _ => None,
    };
    match (string(c), string(first)) {
        (Some(c), Some(first)) if descending => c < first,
        (Some(c), Some(first)) => c > first,
        _ => false,
    }
}

fn parse(text: &str) -> Query {
    spargebra::SparqlParser::new()
        .parse_query(text)
        .expect("the plan's own queries are well-formed")
}

fn integer(value: Option<&Option<Term>>) -> Option<i64> {
    match value? {
        Some(Term::Literal(l)) => integer_literal(l),
        _ => None,
    }
}

fn integer_literal(l: &Literal) -> Option<i64> {
    (l.datatype() == oxigraph::model::vocab::xsd::INTEGER)
        .then(|| l.value().parse().ok())
        .flatten()
}

const NG: &str = crate::vocab::NG;
