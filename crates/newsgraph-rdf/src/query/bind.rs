//! Binding query parameters as RDF terms, on the parsed query: a `VALUES` block ([`GraphPattern::Values`],
//! one row) joined as the first operand of the query's top-level `WHERE` group, where a `VALUES` block
//! written first in that group would be, so every pattern, `OPTIONAL`, `BIND` and `FILTER` of the group
//! sees the bound value (Oxigraph's own substitution only accepts projected variables). A value is a term
//! of the algebra, never text, so it cannot change the query's structure; nothing is looked for in the
//! text (a prefix named `where:`, a `WHERE {` in a comment or string, a `CONSTRUCT` template are parsed
//! as what they are).
//!
//! Where the group is in the algebra: below the solution modifiers (`LIMIT`/`OFFSET`, `DISTINCT`, the
//! projection, `ORDER BY`), the select expressions, a trailing `VALUES`, `HAVING` and `GROUP BY`, then
//! down the group's own chain (its `FILTER`s, `BIND`s, and the left operand of each join, `OPTIONAL`,
//! `MINUS` and `LATERAL`) to the group's first element. A sub-select, a `UNION`, a `GRAPH` or `SERVICE`
//! block there is one element: the values are joined to it, not put inside it. The parser does not keep
//! the braces of a nested group that comes first in the `WHERE` group (`{ { A OPTIONAL { B } } C }` has the
//! algebra of `{ A OPTIONAL { B } C }`), so there the values go first in the nested group, as substituting
//! the value into the query would.
//!
//! The projection is the query's: a `CONSTRUCT` projects what its group binds, so the parameters join it
//! (a template may use one); a `SELECT *` lists the variables of the pattern as written, so a parameter
//! used only in a `FILTER` or expression is not a column (a `VALUES` block pasted into the text made it
//! one).

use crate::error::{Error, Result};
use oxigraph::model::{Term, Variable};
use spargebra::algebra::{AggregateExpression, Expression, GraphPattern, OrderExpression};
use spargebra::term::{GroundTerm, NamedNodePattern, TermPattern, TriplePattern};
use spargebra::{Query, SparqlParser};

/// Binds `params` in `query` (see the module documentation); nothing changes when there are none.
///
/// Errors (naming `origin`, the query's name or file): a name that is not a SPARQL variable name, a value
/// that is not one ground RDF term (a blank node), a parameter the query does not use outside its
/// sub-selects (nor projects, nor puts in its `CONSTRUCT` template), and one the query assigns itself
/// (`BIND(… AS ?p)` or `(… AS ?p)` in its top-level group or select clause).
pub fn bind(query: &mut Query, origin: &str, params: &[(String, Term)]) -> Result<()> {
    if params.is_empty() {
        return Ok(());
    }
    let mut variables = Vec::with_capacity(params.len());
    let mut row = Vec::with_capacity(params.len());
    for (name, term) in params {
        let variable =
            Variable::new(name).map_err(|e| Error::Invalid(format!("parameter `{name}`: {e}")))?;
        if !uses(query, &variable) {
            return Err(Error::Sparql {
                origin: origin.to_string(),
                message: format!("the query does not use the parameter ?{name}"),
            });
        }
        row.push(Some(ground(name, term)?));
        variables.push(variable);
    }
    let construct = matches!(query, Query::Construct { .. });
    let (Query::Select { pattern, .. }
    | Query::Construct { pattern, .. }
    | Query::Describe { pattern, .. }
    | Query::Ask { pattern, .. }) = query;
    if construct {
        project_for_template(pattern, &variables);
    }
    let first = first_element(pattern, &variables).map_err(|v| Error::Sparql {
        origin: origin.to_string(),
        message: format!(
            "the parameter {v} is assigned in the query (BIND or AS): it cannot be bound"
        ),
    })?;
    let values = GraphPattern::Values {
        variables,
        bindings: vec![row],
    };
    // As the parser joins a group's elements: an empty first element (`{ OPTIONAL { … } }`) is left out.
    *first = match std::mem::take(first) {
        GraphPattern::Bgp { patterns } if patterns.is_empty() => values,
        element => GraphPattern::Join {
            left: Box::new(values),
            right: Box::new(element),
        },
    };
    Ok(())
}

/// The query text with `params` bound: parsed, bound by [`bind`], written back as SPARQL (for a remote
/// endpoint, which takes text); the text unchanged when there are none.
pub fn bind_text(sparql: &str, origin: &str, params: &[(String, Term)]) -> Result<String> {
    if params.is_empty() {
        return Ok(sparql.to_string());
    }
    let mut query = SparqlParser::new()
        .parse_query(sparql)
        .map_err(|e| Error::Sparql {
            origin: origin.to_string(),
            message: e.to_string(),
        })?;
    bind(&mut query, origin, params)?;
    Ok(query.to_string())
}

/// A `CONSTRUCT`'s pattern projects the variables its `WHERE` group binds (sorted, as the parser lists
/// them): the parameters join them, so that a template that uses one gets its value.
fn project_for_template(pattern: &mut GraphPattern, params: &[Variable]) {
    let mut p = pattern;
    if let GraphPattern::Slice { inner, .. } = p {
        p = inner;
    }
    if let GraphPattern::Project { variables, .. } = p {
        for v in params {
            if !variables.contains(v) {
                variables.push(v.clone());
            }
        }
        variables.sort();
    }
}

/// The term as a `VALUES` cell: an IRI or a literal.
fn ground(name: &str, term: &Term) -> Result<GroundTerm> {
    match term {
        Term::NamedNode(n) => Ok(GroundTerm::NamedNode(n.clone())),
        Term::Literal(l) => Ok(GroundTerm::Literal(l.clone())),
        other => Err(Error::Invalid(format!(
            "parameter `{name}`: {other} is not an IRI or a literal"
        ))),
    }
}

/// The first element of the top-level `WHERE` group, found from the query's pattern (see the module
/// documentation); `Err(variable)` when a `BIND` or select expression on the way assigns one of `bound`.
fn first_element<'a>(
    pattern: &'a mut GraphPattern,
    bound: &[Variable],
) -> std::result::Result<&'a mut GraphPattern, Variable> {
    // The solution modifiers, each at most once and in this order (below them, a projection or modifier
    // is a sub-select's), then the group's chain.
    let mut p = pattern;
    if let GraphPattern::Slice { inner, .. } = p {
        p = inner;
    }
    if let GraphPattern::Distinct { inner } | GraphPattern::Reduced { inner } = p {
        p = inner;
    }
    if let GraphPattern::Project { inner, .. } = p {
        p = inner;
    }
    if let GraphPattern::OrderBy { inner, .. } = p {
        p = inner;
    }
    loop {
        p = match p {
            GraphPattern::Extend {
                inner, variable, ..
            } => {
                if bound.contains(variable) {
                    return Err(variable.clone());
                }
                inner
            }
            GraphPattern::Filter { inner, .. } | GraphPattern::Group { inner, .. } => inner,
            GraphPattern::Join { left, .. }
            | GraphPattern::LeftJoin { left, .. }
            | GraphPattern::Minus { left, .. }
            | GraphPattern::Lateral { left, .. } => left,
            _ => return Ok(p),
        };
    }
}

/// Whether the query mentions `v` where a value joined to its top-level group reaches it: in its patterns
/// and expressions outside sub-selects, a sub-select's projection, the query's projection and its
/// `CONSTRUCT` template.
fn uses(query: &Query, v: &Variable) -> bool {
    let pattern = match query {
        Query::Construct {
            template, pattern, ..
        } => {
            if template.iter().any(|t| triple_uses(t, v)) {
                return true;
            }
            pattern
        }
        Query::Select { pattern, .. }
        | Query::Describe { pattern, .. }
        | Query::Ask { pattern, .. } => pattern,
    };
    // The solution modifiers as in `first_element`.
    let mut p = pattern;
    if let GraphPattern::Slice { inner, .. } = p {
        p = inner;
    }
    if let GraphPattern::Distinct { inner } | GraphPattern::Reduced { inner } = p {
        p = inner;
    }
    if let GraphPattern::Project { inner, variables } = p {
        if variables.contains(v) {
            return true;
        }
        p = inner;
    }
    if let GraphPattern::OrderBy { inner, expression } = p {
        if expression.iter().any(|e| order_uses(e, v)) {
            return true;
        }
        p = inner;
    }
    pattern_uses(p, v)
}

/// Whether `p` mentions `v` outside its sub-selects (whose projection counts).
fn pattern_uses(p: &GraphPattern, v: &Variable) -> bool {
    match p {
        GraphPattern::Bgp { patterns } => patterns.iter().any(|t| triple_uses(t, v)),
        // A property path has no variables.
        GraphPattern::Path {
            subject, object, ..
        } => term_uses(subject, v) || term_uses(object, v),
        GraphPattern::Join { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right }
        | GraphPattern::Lateral { left, right } => pattern_uses(left, v) || pattern_uses(right, v),
        GraphPattern::LeftJoin {
            left,
            right,
            expression,
        } => {
            pattern_uses(left, v)
                || pattern_uses(right, v)
                || expression.as_ref().is_some_and(|e| expression_uses(e, v))
        }
        GraphPattern::Filter { expr, inner } => expression_uses(expr, v) || pattern_uses(inner, v),
        GraphPattern::Graph { name, inner } | GraphPattern::Service { name, inner, .. } => {
            name_uses(name, v) || pattern_uses(inner, v)
        }
        GraphPattern::Extend {
            inner,
            variable,
            expression,
        } => variable == v || expression_uses(expression, v) || pattern_uses(inner, v),
        GraphPattern::Values { variables, .. } => variables.contains(v),
        GraphPattern::Project { variables, .. } => variables.contains(v),
        GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. } => pattern_uses(inner, v),
        GraphPattern::Group {
            inner,
            variables,
            aggregates,
        } => {
            variables.contains(v)
                || aggregates.iter().any(|(out, aggregate)| {
                    out == v
                        || matches!(aggregate, AggregateExpression::FunctionCall { expr, .. }
                            if expression_uses(expr, v))
                })
                || pattern_uses(inner, v)
        }
    }
}

fn triple_uses(t: &TriplePattern, v: &Variable) -> bool {
    term_uses(&t.subject, v) || name_uses(&t.predicate, v) || term_uses(&t.object, v)
}

fn term_uses(t: &TermPattern, v: &Variable) -> bool {
    matches!(t, TermPattern::Variable(x) if x == v)
}

fn name_uses(n: &NamedNodePattern, v: &Variable) -> bool {
    matches!(n, NamedNodePattern::Variable(x) if x == v)
}

fn order_uses(e: &OrderExpression, v: &Variable) -> bool {
    match e {
        OrderExpression::Asc(e) | OrderExpression::Desc(e) => expression_uses(e, v),
    }
}

fn expression_uses(e: &Expression, v: &Variable) -> bool {
    match e {
        Expression::NamedNode(_) | Expression::Literal(_) => false,
        Expression::Variable(x) | Expression::Bound(x) => x == v,
        Expression::Or(a, b)
        | Expression::And(a, b)
        | Expression::Equal(a, b)
        | Expression::SameTerm(a, b)
        | Expression::Greater(a, b)
        | Expression::GreaterOrEqual(a, b)
        | Expression::Less(a, b)
        | Expression::LessOrEqual(a, b)
        | Expression::Add(a, b)
        | Expression::Subtract(a, b)
        | Expression::Multiply(a, b)
        | Expression::Divide(a, b) => expression_uses(a, v) || expression_uses(b, v),
        Expression::In(a, list) => {
            expression_uses(a, v) || list.iter().any(|e| expression_uses(e, v))
        }
        Expression::UnaryPlus(a) | Expression::UnaryMinus(a) | Expression::Not(a) => {
            expression_uses(a, v)
        }
        Expression::Exists(p) => pattern_uses(p, v),
        Expression::If(a, b, c) => {
            expression_uses(a, v) || expression_uses(b, v) || expression_uses(c, v)
        }
        Expression::Coalesce(list) | Expression::FunctionCall(_, list) => {
            list.iter().any(|e| expression_uses(e, v))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNode, Literal, NamedNode};

    fn bound(sparql: &str, params: &[(&str, Term)]) -> Result<String> {
        let params: Vec<(String, Term)> = params
            .iter()
            .map(|(n, t)| (n.to_string(), t.clone()))
            .collect();
        bind_text(sparql, "test", &params)
    }

    #[test]
    fn values_are_terms_of_the_algebra() {
        let name = Term::from(Literal::new_simple_literal("\"} DROP ALL; {"));
        let mut query = SparqlParser::new()
            .parse_query("SELECT ?s WHERE { ?s ?p ?name }")
            .unwrap();
        bind(&mut query, "test", &[("name".into(), name)]).unwrap();
        let text = query.to_string();
        assert!(
            text.contains(r#"VALUES ( ?name ) { ( "\"} DROP ALL; {" )  } ?s ?p ?name"#),
            "{text}"
        );
        // What is written back parses to the same algebra.
        assert_eq!(SparqlParser::new().parse_query(&text).unwrap(), query);
    }

    #[test]
    fn bad_names_blank_nodes_unused_and_assigned_parameters_are_refused() {
        let iri = Term::from(NamedNode::new("http://ex.org/a").unwrap());
        let q = "SELECT ?s WHERE { ?s ?p ?o }";
        let e = bound(q, &[("not a name", iri.clone())]).unwrap_err();
        assert!(matches!(e, Error::Invalid(_)), "{e}");
        let e = bound(q, &[("o", Term::from(BlankNode::default()))]).unwrap_err();
        assert!(e.to_string().contains("not an IRI or a literal"), "{e}");
        let e = bound(q, &[("x", iri.clone())]).unwrap_err();
        assert!(
            e.to_string().contains("does not use the parameter ?x"),
            "{e}"
        );
        let e = bound(
            "SELECT ?s ?x WHERE { ?s ?p ?o BIND(1 AS ?x) }",
            &[("x", iri.clone())],
        )
        .unwrap_err();
        assert!(e.to_string().contains("?x is assigned"), "{e}");
        // Used in a sub-select that does not project it: the value would not reach it.
        let e = bound(
            "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?x } } }",
            &[("x", iri)],
        )
        .unwrap_err();
        assert!(e.to_string().contains("does not use"), "{e}");
    }
}
