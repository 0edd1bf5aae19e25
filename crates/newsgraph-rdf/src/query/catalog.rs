//! The bundled queries (`queries/*.rq`, compiled in) and their parameters: headers, types, binding.

use super::*;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_queries.rs"));
}

/// The type of a query parameter, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    /// An IRI.
    Iri,
    /// A plain string literal.
    String,
    /// An `xsd:integer`.
    Integer,
    /// An `xsd:date`.
    Date,
    /// An `xsd:decimal`.
    Decimal,
}

/// A declared parameter of a bundled query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// Variable name (without `?`).
    pub name: String,
    /// Its type.
    pub kind: ParamType,
    /// Default value, as text.
    pub default: Option<String>,
    /// Whether it may be left unset.
    pub optional: bool,
    /// What it means.
    pub description: String,
}

/// A bundled query with its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundledQuery {
    /// File stem (`who-said-what`).
    pub name: String,
    /// `# title:` line.
    pub title: String,
    /// `# description:` line.
    pub description: String,
    /// `# param:` lines.
    pub params: Vec<Param>,
    /// The SPARQL text.
    pub sparql: String,
}

/// All bundled queries, sorted by name.
pub fn bundled() -> Vec<BundledQuery> {
    bundled::BUNDLED
        .iter()
        .map(|(name, text)| parse_header(name, text))
        .collect()
}

/// The bundled query called `name`.
pub fn find(name: &str) -> Result<BundledQuery> {
    let name = name.trim_end_matches(".rq");
    bundled()
        .into_iter()
        .find(|q| q.name == name)
        .ok_or_else(|| {
            let names: Vec<String> = bundled().into_iter().map(|q| q.name).collect();
            Error::Invalid(format!(
                "no bundled query `{name}`; available: {}",
                names.join(", ")
            ))
        })
}

/// Parses the comment header of a query file.
pub fn parse_header(name: &str, text: &str) -> BundledQuery {
    let mut q = BundledQuery {
        name: name.to_string(),
        title: name.to_string(),
        description: String::new(),
        params: Vec::new(),
        sparql: text.to_string(),
    };
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix('#') else {
            if line.trim().is_empty() {
                continue;
            }
            break;
        };
        let rest = rest.trim();
        if let Some(t) = rest.strip_prefix("title:") {
            q.title = t.trim().to_string();
        } else if let Some(d) = rest.strip_prefix("description:") {
            q.description = d.trim().to_string();
        } else if let Some(p) = rest.strip_prefix("param:") {
            q.params.push(parse_param(p.trim()));
        }
    }
    q
}

/// Parses `name (TYPE, optional|default X) — description`.
fn parse_param(text: &str) -> Param {
    let (head, description) = match text.split_once('—').or_else(|| text.split_once(" - ")) {
        Some((h, d)) => (h.trim(), d.trim().to_string()),
        None => (text, String::new()),
    };
    let (name, spec) = match head.split_once('(') {
        Some((n, s)) => (n.trim(), s.trim_end_matches(')').trim()),
        None => (head.trim(), ""),
    };
    let mut kind = ParamType::String;
    let mut default = None;
    let mut optional = false;
    for part in spec.split(',').map(str::trim) {
        let lower = part.to_ascii_lowercase();
        match lower.as_str() {
            "iri" => kind = ParamType::Iri,
            "string" | "literal" | "text" => kind = ParamType::String,
            "integer" | "int" => kind = ParamType::Integer,
            "date" => kind = ParamType::Date,
            "decimal" | "number" => kind = ParamType::Decimal,
            "optional" => optional = true,
            _ => {
                if let Some(d) = part.strip_prefix("default") {
                    default = Some(d.trim().trim_matches('"').to_string());
                }
            }
        }
    }
    Param {
        name: name.trim_start_matches('?').to_string(),
        kind,
        default,
        optional,
        description,
    }
}

/// Turns a parameter value into the RDF term of its declared type.
pub fn bind_param(param: &Param, value: &str) -> Result<Term> {
    let bad = |why: &str| Error::Invalid(format!("parameter `{}`: {why}: `{value}`", param.name));
    Ok(match param.kind {
        ParamType::Iri => NamedNode::new(value.trim_matches(['<', '>']))
            .map_err(|_| bad("not an absolute IRI"))?
            .into(),
        ParamType::String => Literal::new_simple_literal(value).into(),
        ParamType::Integer => {
            let n: i64 = value.parse().map_err(|_| bad("not an integer"))?;
            Literal::new_typed_literal(n.to_string(), xsd::INTEGER).into()
        }
        ParamType::Decimal => {
            let n: f64 = value
                .parse()
                .ok()
                .filter(|n: &f64| n.is_finite())
                .ok_or_else(|| bad("not a finite number"))?;
            Literal::new_typed_literal(n.to_string(), xsd::DECIMAL).into()
        }
        ParamType::Date => {
            crate::model::parse_iso_date(value).ok_or_else(|| bad("not a YYYY-MM-DD date"))?;
            Literal::new_typed_literal(value, xsd::DATE).into()
        }
    })
}

/// Resolves `--param k=v` pairs against a bundled query's declared parameters (defaults filled in).
pub fn resolve_params(
    query: &BundledQuery,
    given: &[(String, String)],
) -> Result<Vec<(String, Term)>> {
    for (k, _) in given {
        if !query.params.iter().any(|p| &p.name == k) {
            let names: Vec<&str> = query.params.iter().map(|p| p.name.as_str()).collect();
            return Err(Error::Invalid(format!(
                "query `{}` has no parameter `{k}` (parameters: {})",
                query.name,
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            )));
        }
    }
    let mut out = Vec::new();
    for p in &query.params {
        let value = given
            .iter()
            .find(|(k, _)| k == &p.name)
            .map(|(_, v)| v.clone())
            .or_else(|| p.default.clone());
        match value {
            Some(v) => out.push((p.name.clone(), bind_param(p, &v)?)),
            None if p.optional => {}
            None => {
                return Err(Error::Invalid(format!(
                    "query `{}` needs --param {}=… ({})",
                    query.name, p.name, p.description
                )));
            }
        }
    }
    Ok(out)
}
