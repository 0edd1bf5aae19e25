//! Binding query parameters as RDF terms: a `VALUES` block placed first in the query's top-level `WHERE`
//! group, so every pattern and `FILTER` of the query sees the bound value (Oxigraph's own substitution only
//! accepts projected variables). Terms are written by Oxigraph's N-Triples serializer, which escapes
//! quotes, backslashes and line breaks, so a value is always one RDF term and can never change the query's
//! structure; the result is parsed by the SPARQL parser like any query.

use oxigraph::model::Term;

/// Where the top-level group starts: the character index just after the `{` that opens the `WHERE` clause
/// (or the first group of a query without the `WHERE` keyword), skipping comments, strings and IRIs.
pub fn where_group_start(sparql: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = sparql.char_indices().collect();
    let mut i = 0;
    let mut seen_where = false;
    let mut first_brace: Option<usize> = None;
    let mut depth = 0usize;
    let mut prev_word_end_is_where = false;
    while i < chars.len() {
        let (pos, c) = chars[i];
        match c {
            '#' => {
                while i < chars.len() && chars[i].1 != '\n' {
                    i += 1;
                }
                continue;
            }
            '"' | '\'' => {
                let q = c;
                let triple = i + 2 < chars.len() && chars[i + 1].1 == q && chars[i + 2].1 == q;
                i += if triple { 3 } else { 1 };
                while i < chars.len() {
                    if chars[i].1 == '\\' {
                        i += 2;
                        continue;
                    }
                    if chars[i].1 == q
                        && (!triple
                            || (i + 2 < chars.len() && chars[i + 1].1 == q && chars[i + 2].1 == q))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            '<' => {
                // An IRI has no spaces before its closing '>'; otherwise '<' is the comparison operator.
                let mut j = i + 1;
                while j < chars.len() && !matches!(chars[j].1, '>' | ' ' | '\n' | '\t' | '{' | '}')
                {
                    j += 1;
                }
                if j < chars.len() && chars[j].1 == '>' {
                    i = j + 1;
                    continue;
                }
            }
            '{' => {
                if depth == 0 {
                    if seen_where || prev_word_end_is_where {
                        return Some(pos + 1);
                    }
                    first_brace.get_or_insert(pos + 1);
                }
                depth += 1;
            }
            '}' => depth = depth.saturating_sub(1),
            c if c.is_alphabetic() => {
                let start = i;
                while i < chars.len() && (chars[i].1.is_alphanumeric() || chars[i].1 == '_') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().map(|(_, c)| *c).collect();
                let is_var = start > 0 && matches!(chars[start - 1].1, '?' | '$' | ':');
                if !is_var && depth == 0 && word.eq_ignore_ascii_case("where") {
                    seen_where = true;
                }
                prev_word_end_is_where = seen_where;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if seen_where { None } else { first_brace }
}

/// The query with `params` bound in a `VALUES` block at the top of its `WHERE` group; the query unchanged
/// when there are none. `None` when the query has no group to bind in.
pub fn bind_values(sparql: &str, params: &[(String, Term)]) -> Option<String> {
    if params.is_empty() {
        return Some(sparql.to_string());
    }
    let at = where_group_start(sparql)?;
    let vars: Vec<String> = params.iter().map(|(n, _)| format!("?{n}")).collect();
    let terms: Vec<String> = params.iter().map(|(_, t)| t.to_string()).collect();
    let block = format!(" VALUES ({}) {{ ({}) }} ", vars.join(" "), terms.join(" "));
    let mut out = String::with_capacity(sparql.len() + block.len());
    out.push_str(&sparql[..at]);
    out.push_str(&block);
    out.push_str(&sparql[at..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::Literal;

    #[test]
    fn finds_the_where_group_past_comments_strings_and_templates() {
        let q = "# WHERE { not this\nCONSTRUCT { ?s ?p \"WHERE {\" } WHERE { ?s ?p ?o }";
        let at = where_group_start(q).unwrap();
        assert_eq!(&q[at..], " ?s ?p ?o }");
        let q = "SELECT * { ?s ?p ?o FILTER(?x < 3) }";
        assert_eq!(
            &q[where_group_start(q).unwrap()..],
            " ?s ?p ?o FILTER(?x < 3) }"
        );
        let q = "PREFIX ex: <http://ex.org/where#>\nASK WHERE { ?s ex:where ?o }";
        assert_eq!(&q[where_group_start(q).unwrap()..], " ?s ex:where ?o }");
    }

    #[test]
    fn values_are_escaped_terms() {
        let p = vec![(
            "name".to_string(),
            Term::from(Literal::new_simple_literal("\"} DROP ALL; {")),
        )];
        let q = bind_values("SELECT ?s WHERE { ?s ?p ?name }", &p).unwrap();
        assert!(
            q.contains(r#"VALUES (?name) { ("\"} DROP ALL; {") }"#),
            "{q}"
        );
    }
}
