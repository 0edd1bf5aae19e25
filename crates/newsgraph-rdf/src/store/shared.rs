//! The shared entities graph and the article graphs that support it.
//!
//! An article graph presents each entity through a view (`ng:EntityInArticle`, `prov:specializationOf` the
//! entity) that carries the names, aliases and link evidence the article gives. The shared entities graph
//! holds, once, the facts those views support: the entity's class and names, its aliases, `owl:sameAs` its
//! Wikidata item, coordinates and country code. When an article graph is replaced or removed, the facts it
//! supported are checked again: a fact no remaining view supports is removed, and an entity with no view
//! left loses every shared fact, so no orphan stays behind for a query to show.
//!
//! Each shared entity also has two counts over the whole store, `ng:articleCount` (articles that mention
//! it) and `ng:mentionCount` (mentions that refer to it), in a graph of their own (derived statistics, not
//! facts an article states: [`crate::iri::counts_graph`]), recounted for every entity an article change
//! touches, so that listings ordered by how often an entity occurs find their first page from one pattern
//! instead of counting every mention of the store. A change adjusts them by what the articles it replaces
//! or removes contributed and what the new versions contribute ([`Tally`], [`adjust_counts`]), so its cost
//! is that of the articles, not of the entities' whole history; [`counts`] counts from scratch. Each entity
//! and mentioned agreement also has its `ng:sortName` there, the least of its names, kept with the counts.

use crate::error::Result;
use crate::vocab::{GEO, NG, OWL, PROV, SCHEMA, SKOS};
use oxigraph::model::{
    GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, QuadRef,
    Term, TermRef,
};
use oxigraph::store::{StorageError, Store, Transaction};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Read access to quads, shared by the store and a transaction (which sees its own writes).
pub(crate) trait QuadRead {
    /// The quads matching a pattern.
    fn matching(
        &self,
        s: Option<NamedOrBlankNodeRef<'_>>,
        p: Option<NamedNodeRef<'_>>,
        o: Option<TermRef<'_>>,
        g: Option<GraphNameRef<'_>>,
    ) -> Box<dyn Iterator<Item = Result<Quad, StorageError>> + '_>;
    /// Whether the quad is there.
    fn has(&self, q: QuadRef<'_>) -> Result<bool, StorageError>;
}

/// The store and a transaction read quads through the same two calls.
macro_rules! quad_read {
    ($t:ty) => {
        impl QuadRead for $t {
            fn matching(
                &self,
                s: Option<NamedOrBlankNodeRef<'_>>,
                p: Option<NamedNodeRef<'_>>,
                o: Option<TermRef<'_>>,
                g: Option<GraphNameRef<'_>>,
            ) -> Box<dyn Iterator<Item = Result<Quad, StorageError>> + '_> {
                Box::new(self.quads_for_pattern(s, p, o, g))
            }
            fn has(&self, q: QuadRef<'_>) -> Result<bool, StorageError> {
                self.contains(q)
            }
        }
    };
}

quad_read!(Store);
quad_read!(Transaction<'_>);

fn n(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// (property on the view, property of the shared fact) for every fact a view supports besides the class.
fn supported_properties() -> [(NamedNode, NamedNode); 6] {
    [
        (n(SCHEMA, "name"), n(SCHEMA, "name")),
        (n(SKOS, "altLabel"), n(SKOS, "altLabel")),
        (n(NG, "linkedTo"), n(OWL, "sameAs")),
        (n(GEO, "lat"), n(GEO, "lat")),
        (n(GEO, "long"), n(GEO, "long")),
        (n(NG, "countryCode"), n(NG, "countryCode")),
    ]
}

/// The shared facts that one or more article graphs support: entity → (shared property, value).
#[derive(Debug, Default, Clone)]
pub(crate) struct Supported {
    facts: BTreeMap<NamedNode, HashSet<(NamedNode, Term)>>,
}

impl Supported {
    /// Adds what the views of `graph` support.
    pub(crate) fn read(&mut self, r: &dyn QuadRead, graph: &NamedNode) -> Result<(), StorageError> {
        let spec = n(PROV, "specializationOf");
        let g = GraphNameRef::NamedNode(graph.as_ref());
        let props = supported_properties();
        for q in r.matching(None, Some(spec.as_ref()), None, Some(g)) {
            let q = q?;
            let Term::NamedNode(entity) = q.object else {
                continue;
            };
            let facts = self.facts.entry(entity).or_default();
            for (view_p, shared_p) in &props {
                for f in r.matching(
                    Some(q.subject.as_ref()),
                    Some(view_p.as_ref()),
                    None,
                    Some(g),
                ) {
                    facts.insert((shared_p.clone(), f?.object));
                }
            }
        }
        Ok(())
    }

    /// Whether nothing was read.
    pub(crate) fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    /// The entities whose facts were read.
    pub(crate) fn entities(&self) -> impl Iterator<Item = &NamedNode> {
        self.facts.keys()
    }
}

/// What articles waiting in a bulk loader (not visible to reads yet) hold for the counts: the entities their
/// views present, and the least name each subject of theirs has (see [`super::BulkSession`]).
#[derive(Debug, Default, Clone)]
pub(crate) struct Pending {
    views: HashSet<NamedNode>,
    names: HashMap<NamedNode, String>,
}

impl Pending {
    /// Adds what `quads` (articles waiting in the loader) hold. Names are kept for what gets a sort name:
    /// entities (their names are in the shared graph `shared`) and mention targets (agreements), not the
    /// articles' views of entities.
    pub(crate) fn add(&mut self, quads: &[Quad], shared: &NamedNode) {
        let spec = n(PROV, "specializationOf");
        let name = n(SCHEMA, "name");
        let refers_to = n(NG, "refersTo");
        let targets: HashSet<&NamedNode> = quads
            .iter()
            .filter(|q| q.predicate == refers_to)
            .filter_map(|q| match &q.object {
                Term::NamedNode(t) => Some(t),
                _ => None,
            })
            .collect();
        for q in quads {
            if q.predicate == spec {
                if let Term::NamedNode(e) = &q.object {
                    self.views.insert(e.clone());
                }
                continue;
            }
            if q.predicate != name {
                continue;
            }
            let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&q.subject, &q.object) else {
                continue;
            };
            let in_shared =
                matches!(&q.graph_name, oxigraph::model::GraphName::NamedNode(g) if g == shared);
            if !in_shared && !targets.contains(s) {
                continue;
            }
            let v = l.value();
            match self.names.get_mut(s) {
                Some(least) if least.as_str() <= v => {}
                Some(least) => *least = v.to_string(),
                None => {
                    self.names.insert(s.clone(), v.to_string());
                }
            }
        }
    }

    /// Forgets everything (the articles were committed).
    pub(crate) fn clear(&mut self) {
        self.views.clear();
        self.names.clear();
    }
}

/// What article graphs contribute to the counts: entity → (articles that mention it, mentions of it), with
/// the sign of each contribution (+ for a version written, − for one replaced or removed).
#[derive(Debug, Default, Clone)]
pub(crate) struct Tally {
    delta: BTreeMap<NamedNode, (i64, i64)>,
}

impl Tally {
    fn add(&mut self, predicate: &NamedNode, subject: &NamedOrBlankNode, object: &Term, sign: i64) {
        match predicate.as_str().strip_prefix(NG) {
            Some("mentionedIn") => {
                if let NamedOrBlankNode::NamedNode(e) = subject {
                    self.delta.entry(e.clone()).or_default().0 += sign;
                }
            }
            Some("refersTo") => {
                if let Term::NamedNode(e) = object {
                    self.delta.entry(e.clone()).or_default().1 += sign;
                }
            }
            _ => {}
        }
    }

    /// Counts what article graph `graph`, as the store holds it now, contributes, with `sign`.
    pub(crate) fn read(
        &mut self,
        r: &dyn QuadRead,
        graph: &NamedNode,
        sign: i64,
    ) -> Result<(), StorageError> {
        let g = GraphNameRef::NamedNode(graph.as_ref());
        for p in [n(NG, "mentionedIn"), n(NG, "refersTo")] {
            for q in r.matching(None, Some(p.as_ref()), None, Some(g)) {
                let q = q?;
                self.add(&q.predicate, &q.subject, &q.object, sign);
            }
        }
        Ok(())
    }

    /// Includes `entity` even if nothing it counts changed (so that it loses its counts if no view
    /// presents it any more).
    pub(crate) fn touch(&mut self, entity: &NamedNode) {
        self.delta.entry(entity.clone()).or_default();
    }

    /// Counts what `quads` (a new version of article graphs) contribute, with `sign`.
    pub(crate) fn quads<'a>(&mut self, quads: impl IntoIterator<Item = &'a Quad>, sign: i64) {
        for q in quads {
            self.add(&q.predicate, &q.subject, &q.object, sign);
        }
    }
}

/// The quads of the counts graph `counts_graph` to remove and to insert so that each entity of `tally`
/// gets its count changed by the tally's contributions; an entity no view presents any more loses its
/// counts (it has no shared facts left, see [`unsupported`]). Each of them also gets its sort name again
/// ([`sort_name`]). `pending` holds what articles that `r` does not see yet contribute (articles waiting in
/// a bulk loader).
pub(crate) fn adjust_counts(
    r: &dyn QuadRead,
    counts_graph: &NamedNode,
    tally: &Tally,
    pending: &Pending,
) -> Result<(Vec<Quad>, Vec<Quad>), StorageError> {
    let (article_count, mention_count) = (n(NG, "articleCount"), n(NG, "mentionCount"));
    let cg = GraphNameRef::NamedNode(counts_graph.as_ref());
    let (mut remove, mut insert) = (Vec::new(), Vec::new());
    for (entity, (articles, mentions)) in &tally.delta {
        let e = NamedOrBlankNodeRef::NamedNode(entity.as_ref());
        // An article that mentions the entity presents it through a view: more mentioning articles than
        // before means a view exists, without looking.
        let has_view = *articles > 0 || pending.views.contains(entity) || has_view(r, entity)?;
        for (property, delta) in [(&article_count, *articles), (&mention_count, *mentions)] {
            let mut current = 0i64;
            let mut old = Vec::new();
            for q in r.matching(Some(e), Some(property.as_ref()), None, Some(cg)) {
                let q = q?;
                if let Term::Literal(l) = &q.object {
                    current += l.value().parse::<i64>().unwrap_or(0);
                }
                old.push(q);
            }
            if has_view && delta == 0 && old.len() == 1 {
                continue;
            }
            remove.extend(old);
            if has_view {
                insert.push(Quad::new(
                    entity.clone(),
                    property.clone(),
                    oxigraph::model::Literal::from((current + delta).max(0)),
                    counts_graph.clone(),
                ));
            }
        }
        let least = pending.names.get(entity).map(String::as_str);
        sort_name(r, counts_graph, entity, least, &mut remove, &mut insert)?;
    }
    Ok((remove, insert))
}

/// Brings `entity`'s `ng:sortName` in the counts graph in step with its names: the least of the
/// `schema:name` values it has in any graph (and `pending`, a name `r` does not see yet), in code point
/// order as SPARQL's `MIN` orders simple literals; none when it has no name. Listings of mentions sort by it
/// instead of computing every target's least name (`queries/mentions.rq`). Entities and agreements both get
/// one: an agreement's name is in its article's graph.
fn sort_name(
    r: &dyn QuadRead,
    counts_graph: &NamedNode,
    entity: &NamedNode,
    pending: Option<&str>,
    remove: &mut Vec<Quad>,
    insert: &mut Vec<Quad>,
) -> Result<(), StorageError> {
    let e = NamedOrBlankNodeRef::NamedNode(entity.as_ref());
    let mut least: Option<String> = pending.map(str::to_string);
    for q in r.matching(Some(e), Some(n(SCHEMA, "name").as_ref()), None, None) {
        if let Term::Literal(l) = q?.object {
            if least.as_deref().is_none_or(|m| l.value() < m) {
                least = Some(l.value().to_string());
            }
        }
    }
    let wanted = least.map(|name| oxigraph::model::Literal::new_simple_literal(name).into());
    set_value(
        r,
        counts_graph,
        entity,
        &n(NG, "sortName"),
        wanted,
        remove,
        insert,
    )
}

/// The quads to remove and to insert so that `entity` has exactly `wanted` (or nothing) for `property` in
/// the counts graph.
fn set_value(
    r: &dyn QuadRead,
    counts_graph: &NamedNode,
    entity: &NamedNode,
    property: &NamedNode,
    wanted: Option<Term>,
    remove: &mut Vec<Quad>,
    insert: &mut Vec<Quad>,
) -> Result<(), StorageError> {
    let wanted =
        wanted.map(|v| Quad::new(entity.clone(), property.clone(), v, counts_graph.clone()));
    let e = NamedOrBlankNodeRef::NamedNode(entity.as_ref());
    let cg = GraphNameRef::NamedNode(counts_graph.as_ref());
    let mut present = false;
    for q in r.matching(Some(e), Some(property.as_ref()), None, Some(cg)) {
        let q = q?;
        if Some(&q) == wanted.as_ref() {
            present = true;
        } else {
            remove.push(q);
        }
    }
    if let Some(q) = wanted.filter(|_| !present) {
        insert.push(q);
    }
    Ok(())
}

/// For each of `entities`, the quads of the counts graph `counts_graph` to remove and to insert so that
/// its `ng:articleCount` and `ng:mentionCount` state what the store holds now. An entity no view presents
/// any more has no shared facts left (see [`unsupported`]) and keeps no count.
pub(crate) fn counts(
    r: &dyn QuadRead,
    counts_graph: &NamedNode,
    entities: &BTreeSet<NamedNode>,
) -> Result<(Vec<Quad>, Vec<Quad>), StorageError> {
    let mentioned_in = n(NG, "mentionedIn");
    let refers_to = n(NG, "refersTo");
    let (article_count, mention_count) = (n(NG, "articleCount"), n(NG, "mentionCount"));
    let (mut remove, mut insert) = (Vec::new(), Vec::new());
    for entity in entities {
        let e = NamedOrBlankNodeRef::NamedNode(entity.as_ref());
        let has_view = has_view(r, entity)?;
        let mut articles = HashSet::new();
        let mut mentions = 0usize;
        if has_view {
            for q in r.matching(Some(e), Some(mentioned_in.as_ref()), None, None) {
                articles.insert(q?.object);
            }
            for q in r.matching(
                None,
                Some(refers_to.as_ref()),
                Some(entity.as_ref().into()),
                None,
            ) {
                q?;
                mentions += 1;
            }
        }
        for (property, value) in [(&article_count, articles.len()), (&mention_count, mentions)] {
            let wanted = has_view.then(|| oxigraph::model::Literal::from(value as i64).into());
            set_value(
                r,
                counts_graph,
                entity,
                property,
                wanted,
                &mut remove,
                &mut insert,
            )?;
        }
        sort_name(r, counts_graph, entity, None, &mut remove, &mut insert)?;
    }
    Ok((remove, insert))
}

/// Whether some article graph presents `entity` through a view (`prov:specializationOf` it).
fn has_view(r: &dyn QuadRead, entity: &NamedNode) -> Result<bool, StorageError> {
    let spec = n(PROV, "specializationOf");
    Ok(r.matching(
        None,
        Some(spec.as_ref()),
        Some(entity.as_ref().into()),
        None,
    )
    .next()
    .transpose()?
    .is_some())
}

/// After the article graphs that supported `old` were replaced or removed, removes from the shared graph
/// `shared` every fact of `old` that no view in the store supports any more (`kept` holds shared quads
/// known to be supported, e.g. those just written, which need no check). Returns the quads to remove.
pub(crate) fn unsupported(
    r: &dyn QuadRead,
    shared: &NamedNode,
    old: &Supported,
    kept: &HashSet<Quad>,
) -> Result<Vec<Quad>, StorageError> {
    let spec = n(PROV, "specializationOf");
    let sg = GraphNameRef::NamedNode(shared.as_ref());
    let props = supported_properties();
    let mut remove = Vec::new();
    for (entity, facts) in &old.facts {
        let e = NamedOrBlankNodeRef::NamedNode(entity.as_ref());
        let has_view = has_view(r, entity)?;
        if !has_view {
            for q in r.matching(Some(e), None, None, Some(sg)) {
                remove.push(q?);
            }
            continue;
        }
        for (shared_p, value) in facts {
            let quad = Quad::new(
                NamedOrBlankNode::NamedNode(entity.clone()),
                shared_p.clone(),
                value.clone(),
                shared.clone(),
            );
            if kept.contains(&quad) {
                continue;
            }
            let Some((view_p, _)) = props.iter().find(|(_, s)| s == shared_p) else {
                continue;
            };
            if !is_supported(r, &spec, entity, view_p, value, shared)? {
                remove.push(quad);
            }
        }
    }
    Ok(remove)
}

/// Whether some view of `entity`, in any graph, has `view_p value`. Walks the entity's views and the holders
/// of the value side by side, stopping when either walk finds support or ends: the cost is about twice the
/// smaller of the two, so a fact of an entity seen in many articles, or a value many entities share, is
/// settled quickly.
fn is_supported(
    r: &dyn QuadRead,
    spec: &NamedNode,
    entity: &NamedNode,
    view_p: &NamedNode,
    value: &Term,
    shared: &NamedNode,
) -> Result<bool, StorageError> {
    let mut views = r.matching(
        None,
        Some(spec.as_ref()),
        Some(entity.as_ref().into()),
        None,
    );
    let mut holders = r.matching(None, Some(view_p.as_ref()), Some(value.as_ref()), None);
    loop {
        match views.next().transpose()? {
            None => return Ok(false),
            Some(q) => {
                if r.has(QuadRef::new(
                    q.subject.as_ref(),
                    view_p.as_ref(),
                    value.as_ref(),
                    q.graph_name.as_ref(),
                ))? {
                    return Ok(true);
                }
            }
        }
        match holders.next().transpose()? {
            None => return Ok(false),
            Some(q) => {
                let in_shared = matches!(&q.graph_name, oxigraph::model::GraphName::NamedNode(g) if g == shared);
                if !in_shared
                    && r.has(QuadRef::new(
                        q.subject.as_ref(),
                        spec.as_ref(),
                        entity.as_ref(),
                        q.graph_name.as_ref(),
                    ))?
                {
                    return Ok(true);
                }
            }
        }
    }
}
