//! Linking entities that are already in a store (`newsgraph link --store`): each article graph's
//! entities are read back, handed to a linker, and the links it makes are added to that graph. Entities
//! that already carry a Wikidata link keep it; the others are tried again, so a later run fills in what a
//! failed run left unlinked.

use crate::error::{Error, Result};
use crate::model::{Entity, EntityType, Extraction};
use crate::rdf::vocab::{GEO, NG, OWL, SCHEMA, SKOS};
use crate::store::GraphStore;
use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::collections::BTreeMap;

/// What linking a store did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoreLinkSummary {
    /// Article graphs visited.
    pub graphs: usize,
    /// Entities that were unlinked before the run.
    pub candidates: usize,
    /// Entities linked by this run.
    pub linked: usize,
}

fn entity_type(class: &str) -> Option<EntityType> {
    let local = class.strip_prefix(NG)?;
    EntityType::ALL.into_iter().find(|t| t.as_str() == local)
}

fn literal(t: Option<&Term>) -> Option<String> {
    match t {
        Some(Term::Literal(l)) => Some(l.value().to_string()),
        _ => None,
    }
}

/// Reads the unlinked entities of every article graph as one extraction per graph (entities only, ids are
/// the entity IRIs; affiliations point at entity IRIs).
pub fn unlinked_entities(store: &GraphStore) -> Result<Vec<(NamedNode, Extraction)>> {
    let q = format!(
        "SELECT ?g ?e ?class ?name ?alias ?role ?aff ?lat ?long ?cc WHERE {{
           GRAPH ?g {{
             ?e a ?class ; <{SCHEMA}name> ?name .
             FILTER(STRSTARTS(STR(?class), \"{NG}\"))
             FILTER NOT EXISTS {{ ?e <{OWL}sameAs> ?wd }}
             OPTIONAL {{ ?e <{SKOS}altLabel> ?alias }}
             OPTIONAL {{ ?e <{NG}role> ?role }}
             OPTIONAL {{ ?e <{NG}affiliation> ?aff }}
             OPTIONAL {{ ?e <{GEO}lat> ?lat ; <{GEO}long> ?long }}
             OPTIONAL {{ ?e <{NG}countryCode> ?cc }}
           }}
         }}"
    );
    let err = |e: &dyn std::fmt::Display| Error::Sparql {
        origin: "link --store".into(),
        message: e.to_string(),
    };
    let results = SparqlEvaluator::new()
        .parse_query(&q)
        .map_err(|e| err(&e))?
        .on_store(store.inner())
        .execute()
        .map_err(|e| err(&e))?;
    let QueryResults::Solutions(solutions) = results else {
        return Err(err(&"expected solutions"));
    };
    let mut graphs: BTreeMap<String, BTreeMap<String, Entity>> = BTreeMap::new();
    for s in solutions {
        let s = s.map_err(|e| err(&e))?;
        let (Some(Term::NamedNode(g)), Some(Term::NamedNode(e)), Some(Term::NamedNode(class))) =
            (s.get("g"), s.get("e"), s.get("class"))
        else {
            continue;
        };
        let Some(kind) = entity_type(class.as_str()) else {
            continue;
        };
        if kind == EntityType::Group {
            continue;
        }
        let Some(name) = literal(s.get("name")) else {
            continue;
        };
        let ent = graphs
            .entry(g.as_str().to_string())
            .or_default()
            .entry(e.as_str().to_string())
            .or_insert_with(|| Entity {
                id: e.as_str().to_string(),
                kind,
                name,
                aliases: Vec::new(),
                roles: Vec::new(),
                affiliation: None,
                wikidata: None,
                wikidata_confidence: None,
                wikidata_method: None,
                coordinates: None,
                country: None,
                mentions: Vec::new(),
            });
        if let Some(a) = literal(s.get("alias"))
            && !ent.aliases.contains(&a)
        {
            ent.aliases.push(a);
        }
        if let Some(r) = literal(s.get("role"))
            && !ent.roles.contains(&r)
        {
            ent.roles.push(r);
        }
        if let Some(Term::NamedNode(a)) = s.get("aff") {
            ent.affiliation = Some(a.as_str().to_string());
        }
        // What the graph already says stays as it is: the linker only fills what is missing.
        if let (Some(lat), Some(long)) = (literal(s.get("lat")), literal(s.get("long")))
            && let (Ok(lat), Ok(long)) = (lat.parse::<f64>(), long.parse::<f64>())
        {
            ent.coordinates.get_or_insert((lat, long));
        }
        if let Some(cc) = literal(s.get("cc")) {
            ent.country.get_or_insert(cc);
        }
    }
    let mut out = Vec::with_capacity(graphs.len());
    for (g, ents) in graphs {
        let mut ex = Extraction::empty(&crate::model::Document {
            id: g.clone(),
            ..Default::default()
        });
        ex.entities = ents.into_values().collect();
        for e in &mut ex.entities {
            e.aliases.sort();
            e.roles.sort();
        }
        out.push((NamedNode::new_unchecked(g), ex));
    }
    Ok(out)
}

/// Links the unlinked entities of every article graph with `link` (which sets `wikidata` and friends on
/// the entities it can link) and writes the new links into the graphs.
pub fn link_store(
    store: &GraphStore,
    link: &mut dyn FnMut(&mut Extraction),
) -> Result<StoreLinkSummary> {
    let mut summary = StoreLinkSummary::default();
    for (graph, mut ex) in unlinked_entities(store)? {
        summary.graphs += 1;
        summary.candidates += ex.entities.len();
        link(&mut ex);
        let mut quads = Vec::new();
        for ent in ex.entities.iter().filter(|e| e.wikidata.is_some()) {
            let node = NamedNode::new(ent.id.clone()).map_err(|e| Error::Rdf(e.to_string()))?;
            quads.extend(crate::rdf::entity_link_quads(&node, ent, &graph)?);
            summary.linked += 1;
        }
        store.insert_all(&quads)?;
    }
    Ok(summary)
}
