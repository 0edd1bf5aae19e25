//! Linking entities that are already in a store (`newsgraph link --store`): each article graph's
//! entities (their views) are read back, handed to a linker, and the links it makes are added to that
//! graph's views and to the shared entities graph. Entities
//! that already carry a Wikidata link keep it; the others are tried again, so a later run fills in what a
//! failed run left unlinked.

use crate::error::{Error, Result};
use crate::model::{Entity, EntityType, Extraction};
use crate::store::GraphStore;
use crate::vocab::{GEO, NG, PROV, RDF, SCHEMA, SKOS};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, NamedOrBlankNodeRef, Term};
use std::collections::BTreeMap;
use std::ops::ControlFlow;

/// What linking a store did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoreLinkSummary {
    /// Article graphs visited.
    pub graphs: usize,
    /// Entities that were unlinked before the run.
    pub candidates: usize,
    /// Entities linked by this run.
    pub linked: usize,
    /// The callback stopped the run: the graph in hand was left as it was, later graphs not visited.
    pub stopped: bool,
}

fn entity_type(class: &str) -> Option<EntityType> {
    let local = class.strip_prefix(NG)?;
    local.parse().ok()
}

fn nn(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// Reads what one article graph says of its entities that have no Wikidata link yet, as an extraction
/// (entities only; ids are the entity IRIs, affiliations point at entity IRIs), with the view of each.
pub fn unlinked_entities_of(
    store: &GraphStore,
    graph: &NamedNode,
    shared: &NamedNode,
) -> Result<(Extraction, Vec<NamedNode>)> {
    let st = store.inner();
    let err = |e: oxigraph::store::StorageError| store.error(e);
    let g = GraphNameRef::NamedNode(graph.as_ref());
    let sg = GraphNameRef::NamedNode(shared.as_ref());
    let (spec, linked, name, alias, role, aff, lat, long, cc, rdf_type) = (
        nn(PROV, "specializationOf"),
        nn(NG, "linkedTo"),
        nn(SCHEMA, "name"),
        nn(SKOS, "altLabel"),
        nn(NG, "role"),
        nn(NG, "affiliation"),
        nn(GEO, "lat"),
        nn(GEO, "long"),
        nn(NG, "countryCode"),
        nn(RDF, "type"),
    );
    let values = |s: NamedOrBlankNodeRef<'_>, p: &NamedNode| -> Result<Vec<Term>> {
        st.quads_for_pattern(Some(s), Some(p.as_ref()), None, Some(g))
            .map(|q| q.map(|q| q.object).map_err(err))
            .collect()
    };
    let text = |t: &Term| match t {
        Term::Literal(l) => Some(l.value().to_string()),
        _ => None,
    };
    let mut entities: BTreeMap<String, (Entity, NamedNode)> = BTreeMap::new();
    for q in st.quads_for_pattern(None, Some(spec.as_ref()), None, Some(g)) {
        let q = q.map_err(err)?;
        let (NamedOrBlankNode::NamedNode(view), Term::NamedNode(e)) = (&q.subject, &q.object)
        else {
            continue;
        };
        let v = NamedOrBlankNodeRef::NamedNode(view.as_ref());
        if st
            .quads_for_pattern(Some(v), Some(linked.as_ref()), None, Some(g))
            .next()
            .is_some()
        {
            continue;
        }
        let mut kind = None;
        for c in st.quads_for_pattern(
            Some(NamedOrBlankNodeRef::NamedNode(e.as_ref())),
            Some(rdf_type.as_ref()),
            None,
            Some(sg),
        ) {
            if let Term::NamedNode(c) = c.map_err(err)?.object {
                kind = kind.or(entity_type(c.as_str()));
            }
        }
        let Some(kind) = kind.filter(|k| *k != EntityType::Group) else {
            continue;
        };
        let Some(name) = values(v, &name)?.iter().filter_map(text).min() else {
            continue;
        };
        let mut aliases: Vec<String> = values(v, &alias)?.iter().filter_map(text).collect();
        let mut roles: Vec<String> = values(v, &role)?.iter().filter_map(text).collect();
        aliases.sort();
        roles.sort();
        let affiliation = values(v, &aff)?.into_iter().find_map(|t| match t {
            Term::NamedNode(a) => Some(a.into_string()),
            _ => None,
        });
        // What the graph already says stays as it is: the linker only fills what is missing.
        let number = |p: &NamedNode| -> Result<Option<f64>> {
            Ok(values(v, p)?
                .iter()
                .filter_map(text)
                .find_map(|s| s.parse::<f64>().ok()))
        };
        let coordinates = match (number(&lat)?, number(&long)?) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        };
        let country = values(v, &cc)?.iter().filter_map(text).min();
        entities.insert(
            e.as_str().to_string(),
            (
                Entity {
                    id: e.as_str().to_string(),
                    kind,
                    name,
                    aliases,
                    roles,
                    affiliation,
                    wikidata: None,
                    wikidata_confidence: None,
                    wikidata_method: None,
                    coordinates,
                    country,
                    mentions: Vec::new(),
                },
                view.clone(),
            ),
        );
    }
    let mut ex = Extraction::empty(&crate::model::Document {
        id: graph.as_str().to_string(),
        ..Default::default()
    });
    let mut views = Vec::with_capacity(entities.len());
    for (_, (ent, view)) in entities {
        ex.entities.push(ent);
        views.push(view);
    }
    Ok((ex, views))
}

/// Links the unlinked entities of every article graph with `link` (which sets `wikidata` and friends on
/// the entities it can link) and writes the new links: the evidence on the article's view, the facts in the
/// shared entities graph. One graph at a time, so memory does not grow with the store.
pub fn link_store(
    store: &GraphStore,
    base_iri: &str,
    link: &mut dyn FnMut(&mut Extraction) -> ControlFlow<()>,
) -> Result<StoreLinkSummary> {
    let shared = crate::entities_graph(base_iri)?;
    let runs = crate::iri::runs_graph(base_iri)?;
    let mut graphs = Vec::new();
    for g in store.inner().named_graphs() {
        let g = g.map_err(|e| Error::Store {
            path: store.label().to_string(),
            message: e.to_string(),
        })?;
        if let NamedOrBlankNode::NamedNode(g) = g
            && g != shared
            && g != runs
        {
            graphs.push(g);
        }
    }
    graphs.sort();
    // A store loaded with another base IRI has none of its graphs under this one: say so, rather than
    // read its entities graph as an article and link nothing.
    if let Some(first) = graphs.first()
        && !graphs.iter().any(|g| g.as_str().starts_with(base_iri))
    {
        return Err(Error::Invalid(format!(
            "store {}: no graph under the base IRI <{base_iri}> (the first is <{}>): link with the \
             --base-iri the store was loaded with",
            store.label(),
            first.as_str()
        )));
    }
    let mut summary = StoreLinkSummary::default();
    for graph in graphs {
        let (mut ex, views) = unlinked_entities_of(store, &graph, &shared)?;
        if ex.entities.is_empty() {
            continue;
        }
        if link(&mut ex).is_break() {
            summary.stopped = true;
            break;
        }
        summary.graphs += 1;
        summary.candidates += ex.entities.len();
        let mut quads = Vec::new();
        for (ent, view) in ex.entities.iter().zip(&views) {
            if ent.wikidata.is_none() {
                continue;
            }
            let node = NamedNode::new(ent.id.clone()).map_err(|e| Error::Rdf(e.to_string()))?;
            quads.extend(crate::entity_link_quads(&node, view, ent, &graph, &shared)?);
            summary.linked += 1;
        }
        store.insert_all(&quads)?;
    }
    Ok(summary)
}
