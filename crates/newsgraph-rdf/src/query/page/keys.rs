//! Kinds of leading key, and the page of an anchor too large to sort pair by pair (sorted by its
//! distinct keys).

use super::*;

/// The kinds of anchor key whose SPARQL ordering is total and whose equality is identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum KeyKind {
    Iri,
    String,
    /// `xsd:date` without timezone, written `YYYY-MM-DD`.
    Date,
    /// `xsd:integer` (counts).
    Integer,
}

impl KeyKind {
    pub(super) fn of(term: &Term) -> Option<KeyKind> {
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
    pub(super) fn test(self, var: &str) -> String {
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

pub(super) fn is_plain_date(l: &Literal) -> bool {
    l.datatype() == oxigraph::model::vocab::xsd::DATE && l.value().len() == 10
}

impl Anchor {
    /// [`Anchor::page`] for an anchor of IRIs or strings too large to sort pair by pair (`?agreement
    /// prov:wasDerivedFrom ?article` holds 500,000 triples at 20,000 articles, for 20,000 articles): its
    /// distinct keys are found on stored ids and decoded once each, sorted, and the query is evaluated for
    /// the pairs of the first keys (every subject of those keys, so no tie is left out).
    pub(super) fn page_by_keys<E>(
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
}
