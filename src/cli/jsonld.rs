//! Compacted, framed JSON-LD export (`newsgraph export --format jsonld --frame article`): the short keys
//! of the published context (`ontology/context.jsonld`, written inline so the file stands alone), one
//! object per article with its entities, statements, agreements and mentions nested as the frame
//! (`ontology/frame-article.jsonld`) asks. Every triple of the store is written exactly once, so the
//! document reads back (with any JSON-LD processor) as the same dataset as the N-Quads export.
//!
//! Like the other exports it streams: one graph is read and written at a time (named graphs in IRI order),
//! and the output is deterministic (properties and values sorted, nodes embedded in a fixed order).
//!
//! Within a graph, the root nodes are those of the frame's type (`Article`); under each, the nodes that
//! point to it by a reverse term of the frame (`entities`: `prov:wasDerivedFrom`, filtered by type …) are
//! nested, then each node's forward links to nodes of the same graph are embedded the first time they are
//! met. Nodes met by no root are written at the top of their graph (the shared entities graph, the runs).

use anyhow::{Context, Result, bail};
use newsgraph::store::GraphStore;
use oxigraph::model::{GraphName, GraphNameRef, NamedOrBlankNode, Term, Triple};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// The published context.
pub const CONTEXT: &str = include_str!("../../ontology/context.jsonld");
/// The article frame.
pub const FRAME_ARTICLE: &str = include_str!("../../ontology/frame-article.jsonld");

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

/// A term's value coercion.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Coerce {
    None,
    Id,
    Datatype(String),
}

/// A forward term of the context.
#[derive(Debug, Clone)]
struct TermDef {
    name: String,
    coerce: Coerce,
    set: bool,
}

/// The context, read for compaction.
struct JsonLdContext {
    /// Prefixes, longest namespace first.
    prefixes: Vec<(String, String)>,
    /// Forward terms by property IRI.
    properties: BTreeMap<String, TermDef>,
    /// Class terms by class IRI.
    classes: BTreeMap<String, String>,
    /// Reverse terms: name → (property IRI, set container).
    reverse: BTreeMap<String, String>,
}

impl JsonLdContext {
    fn parse(text: &str) -> Result<Self> {
        let v: Value = serde_json::from_str(text).context("ontology/context.jsonld")?;
        let ctx = v["@context"]
            .as_object()
            .context("ontology/context.jsonld: no @context object")?;
        let mut prefixes = Vec::new();
        for (k, def) in ctx {
            if let Some(iri) = def.as_str()
                && (iri.ends_with('/') || iri.ends_with('#'))
            {
                prefixes.push((k.clone(), iri.to_string()));
            }
        }
        prefixes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        let mut me = JsonLdContext {
            prefixes,
            properties: BTreeMap::new(),
            classes: BTreeMap::new(),
            reverse: BTreeMap::new(),
        };
        for (k, def) in ctx {
            if k.starts_with('@') {
                continue;
            }
            match def {
                Value::String(s) if s.starts_with('@') => {}
                Value::String(s) if s.ends_with('/') || s.ends_with('#') => {}
                Value::String(s) => {
                    let iri = me.expand(s.as_str())?;
                    // a capitalised term names a class, the others a property
                    if k.starts_with(|c: char| c.is_ascii_uppercase()) {
                        me.classes.insert(iri, k.clone());
                    } else {
                        me.add_property(k, iri, Coerce::None, false);
                    }
                }
                Value::Object(o) => {
                    let set = o.get("@container").and_then(Value::as_str) == Some("@set");
                    if let Some(r) = o.get("@reverse").and_then(Value::as_str) {
                        me.reverse.insert(k.clone(), me.expand(r)?);
                        continue;
                    }
                    let iri = me.expand(
                        o.get("@id")
                            .and_then(Value::as_str)
                            .with_context(|| format!("context term {k}: no @id"))?,
                    )?;
                    let coerce = match o.get("@type").and_then(Value::as_str) {
                        None => Coerce::None,
                        Some("@id") => Coerce::Id,
                        Some(t) => Coerce::Datatype(me.expand(t)?),
                    };
                    me.add_property(k, iri, coerce, set);
                }
                _ => bail!("context term {k}: not a string or an object"),
            }
        }
        Ok(me)
    }

    fn add_property(&mut self, name: &str, iri: String, coerce: Coerce, set: bool) {
        // one term per property: the first by name wins (the context has one)
        self.properties.entry(iri).or_insert(TermDef {
            name: name.to_string(),
            coerce,
            set,
        });
    }

    /// A compact IRI (`ng:Article`) or term-free IRI, expanded.
    fn expand(&self, s: &str) -> Result<String> {
        if let Some((p, local)) = s.split_once(':')
            && !local.starts_with("//")
            && let Some((_, ns)) = self.prefixes.iter().find(|(k, _)| k == p)
        {
            return Ok(format!("{ns}{local}"));
        }
        Ok(s.to_string())
    }

    /// An IRI as a compact IRI under the longest matching prefix, else as it is.
    fn compact(&self, iri: &str) -> String {
        for (p, ns) in &self.prefixes {
            if let Some(local) = iri.strip_prefix(ns.as_str())
                && !local.is_empty()
                && !local.starts_with("//")
            {
                return format!("{p}:{local}");
            }
        }
        iri.to_string()
    }

    /// The JSON-LD id of a node key (see [`key`]).
    fn node_id(&self, key: &str) -> String {
        match key.strip_prefix('<').and_then(|k| k.strip_suffix('>')) {
            Some(iri) => self.compact(iri),
            None => key.to_string(),
        }
    }
}

/// The frame: the root type and the reverse terms nested under each root, each with the type its nodes
/// must have.
struct Frame {
    root_type: String,
    nested: Vec<(String, String, String)>,
}

impl Frame {
    fn parse(text: &str, ctx: &JsonLdContext) -> Result<Self> {
        let v: Value = serde_json::from_str(text).context("ontology/frame-article.jsonld")?;
        let obj = v.as_object().context("frame: not an object")?;
        let ty = |v: &Value| -> Result<String> {
            let t = v
                .get("@type")
                .and_then(Value::as_str)
                .context("frame: no @type")?;
            Ok(ctx
                .classes
                .iter()
                .find(|(_, name)| *name == t)
                .map(|(iri, _)| iri.clone())
                .unwrap_or(ctx.expand(t)?))
        };
        let root_type = ty(&v)?;
        let mut nested = Vec::new();
        for (k, sub) in obj {
            if k.starts_with('@') {
                continue;
            }
            let prop = ctx
                .reverse
                .get(k)
                .with_context(|| format!("frame key {k}: not a reverse term of the context"))?;
            nested.push((k.clone(), prop.clone(), ty(sub)?));
        }
        // serde_json reads keys sorted: put them back in the frame's own order
        nested.sort_by_key(|(k, _, _)| text.find(&format!("\"{k}\"")).unwrap_or(usize::MAX));
        Ok(Frame { root_type, nested })
    }
}

/// A JSON value under construction, keys in insertion order.
enum J {
    Str(String),
    Obj(Vec<(String, J)>),
    Arr(Vec<J>),
}

impl J {
    fn write(&self, out: &mut dyn Write, indent: usize) -> std::io::Result<()> {
        match self {
            J::Str(s) => out.write_all(serde_json::to_string(s)?.as_bytes()),
            J::Arr(items) => {
                out.write_all(b"[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.write_all(b",")?;
                    }
                    write!(out, "\n{:w$}", "", w = indent + 2)?;
                    item.write(out, indent + 2)?;
                }
                write!(out, "\n{:w$}]", "", w = indent)
            }
            J::Obj(fields) => {
                out.write_all(b"{")?;
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.write_all(b",")?;
                    }
                    write!(
                        out,
                        "\n{:w$}{}: ",
                        "",
                        serde_json::to_string(k)?,
                        w = indent + 2
                    )?;
                    v.write(out, indent + 2)?;
                }
                write!(out, "\n{:w$}}}", "", w = indent)
            }
        }
    }
}

/// A node as a sortable key: its N-Triples form (`<iri>`, `_:label`).
type Key = String;

fn key(n: &NamedOrBlankNode) -> Key {
    n.to_string()
}

/// One graph's triples, by subject and by object, for embedding.
struct GraphIndex {
    /// Subject → (property, object), sorted.
    out: BTreeMap<Key, Vec<(String, Term)>>,
    /// (object, property) → subjects, for the reverse terms.
    back: BTreeMap<(Key, String), BTreeSet<Key>>,
    /// Subject → its types.
    types: BTreeMap<Key, BTreeSet<String>>,
}

fn term_node(t: &Term) -> Option<Key> {
    match t {
        Term::NamedNode(_) | Term::BlankNode(_) => Some(t.to_string()),
        _ => None,
    }
}

impl GraphIndex {
    fn new(triples: Vec<Triple>) -> Result<Self> {
        let mut me = GraphIndex {
            out: BTreeMap::new(),
            back: BTreeMap::new(),
            types: BTreeMap::new(),
        };
        for t in triples {
            let s = key(&t.subject);
            let p = t.predicate.as_str().to_string();
            if let Some(o) = term_node(&t.object) {
                me.back.entry((o, p.clone())).or_default().insert(s.clone());
            }
            if p == RDF_TYPE
                && let Term::NamedNode(c) = &t.object
            {
                me.types
                    .entry(s.clone())
                    .or_default()
                    .insert(c.as_str().to_string());
            }
            me.out.entry(s).or_default().push((p, t.object));
        }
        for v in me.out.values_mut() {
            v.sort_by(|a, b| {
                a.0.cmp(&b.0)
                    .then_with(|| a.1.to_string().cmp(&b.1.to_string()))
            });
            v.dedup();
        }
        Ok(me)
    }
}

/// Writes one graph's nodes, framed.
struct Framer<'a> {
    ctx: &'a JsonLdContext,
    frame: &'a Frame,
    index: GraphIndex,
    done: BTreeSet<Key>,
}

impl Framer<'_> {
    /// The top-level nodes of the graph: the roots (framed), then every node not yet written.
    fn nodes(&mut self) -> Vec<J> {
        let roots: Vec<Key> = self
            .index
            .types
            .iter()
            .filter(|(_, t)| t.contains(&self.frame.root_type))
            .map(|(s, _)| s.clone())
            .collect();
        let mut out = Vec::new();
        for r in roots {
            if !self.done.contains(&r) {
                out.push(self.embed(&r, None, true));
            }
        }
        let rest: Vec<Key> = self.index.out.keys().cloned().collect();
        for s in rest {
            if !self.done.contains(&s) {
                out.push(self.embed(&s, None, false));
            }
        }
        out
    }

    /// The node object of `node`, leaving out the triple `skip` (property, object) that its parent
    /// expresses by nesting it under a reverse term.
    fn embed(&mut self, node: &Key, skip: Option<(&str, &Key)>, root: bool) -> J {
        self.done.insert(node.clone());
        let mut fields = vec![("id".to_string(), J::Str(self.ctx.node_id(node)))];
        let triples = self.index.out.get(node).cloned().unwrap_or_default();
        // rdf:type first
        let types: Vec<J> = triples
            .iter()
            .filter(|(p, _)| p == RDF_TYPE)
            .filter_map(|(_, o)| match o {
                Term::NamedNode(c) => Some(
                    self.ctx
                        .classes
                        .get(c.as_str())
                        .cloned()
                        .unwrap_or_else(|| self.ctx.compact(c.as_str())),
                ),
                _ => None,
            })
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(J::Str)
            .collect();
        match types.len() {
            0 => {}
            1 => fields.push(("type".into(), types.into_iter().next().expect("one"))),
            _ => fields.push(("type".into(), J::Arr(types))),
        }
        // forward properties, grouped, in the order of their keys
        let mut groups: BTreeMap<String, (Option<TermDef>, Vec<Term>)> = BTreeMap::new();
        for (p, o) in &triples {
            if p == RDF_TYPE && matches!(o, Term::NamedNode(_)) {
                continue;
            }
            if let Some((sp, so)) = skip
                && sp == p
                && term_node(o).as_ref() == Some(so)
            {
                continue;
            }
            let def = self.ctx.properties.get(p).cloned();
            let key = def
                .as_ref()
                .map(|d| d.name.clone())
                .unwrap_or_else(|| self.ctx.compact(p));
            groups
                .entry(key)
                .or_insert_with(|| (def, Vec::new()))
                .1
                .push(o.clone());
        }
        for (key, (def, objects)) in groups {
            let set = def.as_ref().is_some_and(|d| d.set);
            let coerce = def.map(|d| d.coerce).unwrap_or(Coerce::None);
            let values: Vec<J> = objects.iter().map(|o| self.value(o, &coerce)).collect();
            fields.push((key, one_or_many(values, set)));
        }
        // nested under the frame's reverse terms
        if root {
            for (key, prop, ty) in &self.frame.nested {
                let subjects: Vec<Key> = self
                    .index
                    .back
                    .get(&(node.clone(), prop.clone()))
                    .map(|s| s.iter().cloned().collect())
                    .unwrap_or_default();
                let mut items = Vec::new();
                for s in subjects {
                    let typed = self.index.types.get(&s).is_some_and(|t| t.contains(ty));
                    if typed && !self.done.contains(&s) {
                        items.push(self.embed(&s, Some((prop, node)), false));
                    }
                }
                if !items.is_empty() {
                    fields.push((key.clone(), J::Arr(items)));
                }
            }
        }
        J::Obj(fields)
    }

    /// An object value: a nested node (first meeting of a subject of this graph), a reference or a literal.
    fn value(&mut self, o: &Term, coerce: &Coerce) -> J {
        if let Some(n) = term_node(o) {
            if self.index.out.contains_key(&n) && !self.done.contains(&n) {
                return self.embed(&n, None, false);
            }
            let id = self.ctx.node_id(&n);
            return if *coerce == Coerce::Id {
                J::Str(id)
            } else {
                J::Obj(vec![("id".into(), J::Str(id))])
            };
        }
        match o {
            Term::Literal(l) => {
                if let Some(lang) = l.language() {
                    return J::Obj(vec![
                        ("@value".into(), J::Str(l.value().into())),
                        ("@language".into(), J::Str(lang.into())),
                    ]);
                }
                let dt = l.datatype().as_str();
                match coerce {
                    Coerce::Datatype(c) if c == dt => J::Str(l.value().into()),
                    Coerce::None if dt == XSD_STRING => J::Str(l.value().into()),
                    _ => J::Obj(vec![
                        ("@value".into(), J::Str(l.value().into())),
                        ("@type".into(), J::Str(self.ctx.compact(dt))),
                    ]),
                }
            }
            other => J::Obj(vec![("@value".into(), J::Str(other.to_string()))]),
        }
    }
}

fn one_or_many(mut values: Vec<J>, set: bool) -> J {
    if values.len() == 1 && !set {
        values.pop().expect("one")
    } else {
        J::Arr(values)
    }
}

/// Exports `store` (or its graph `only`) as framed JSON-LD, one graph at a time; `on_graph` is called after
/// each graph (for progress, and to stop early: an error from it stops the export).
pub fn export(
    store: &GraphStore,
    only: Option<&oxigraph::model::NamedNode>,
    out: &mut dyn Write,
    on_graph: &mut dyn FnMut() -> Result<()>,
) -> Result<()> {
    let ctx = JsonLdContext::parse(CONTEXT)?;
    let frame = Frame::parse(FRAME_ARTICLE, &ctx)?;
    let context_value: Value = serde_json::from_str(CONTEXT)?;
    let names: Vec<GraphName> = match only {
        Some(g) => vec![g.clone().into()],
        None => std::iter::once(GraphName::DefaultGraph)
            .chain(
                newsgraph::export::graph_names(store)?
                    .into_iter()
                    .map(GraphName::from),
            )
            .collect(),
    };
    out.write_all(b"{\n  \"@context\": ")?;
    let ctx_text = serde_json::to_string_pretty(&context_value["@context"])?;
    out.write_all(ctx_text.replace('\n', "\n  ").as_bytes())?;
    out.write_all(b",\n  \"@graph\": [")?;
    let mut first = true;
    for name in names {
        let triples = graph_triples(store, name.as_ref())?;
        if triples.is_empty() {
            continue;
        }
        let mut framer = Framer {
            ctx: &ctx,
            frame: &frame,
            index: GraphIndex::new(triples)?,
            done: BTreeSet::new(),
        };
        let nodes = framer.nodes();
        let items: Vec<J> = match &name {
            GraphName::DefaultGraph => nodes,
            GraphName::NamedNode(g) => vec![J::Obj(vec![
                ("id".into(), J::Str(ctx.compact(g.as_str()))),
                ("@graph".into(), J::Arr(nodes)),
            ])],
            GraphName::BlankNode(b) => vec![J::Obj(vec![
                ("id".into(), J::Str(format!("_:{}", b.as_str()))),
                ("@graph".into(), J::Arr(nodes)),
            ])],
        };
        for item in items {
            out.write_all(if first { b"\n    " } else { b",\n    " })?;
            first = false;
            item.write(out, 4)?;
        }
        on_graph()?;
    }
    out.write_all(b"\n  ]\n}\n")?;
    Ok(())
}

/// The triples of one graph, datatypes restored as the other exports restore them.
fn graph_triples(store: &GraphStore, graph: GraphNameRef<'_>) -> Result<Vec<Triple>> {
    store
        .inner()
        .quads_for_pattern(None, None, None, Some(graph))
        .map(|q| {
            q.map(|q| Triple::from(newsgraph::export::restore_datatype(q)))
                .with_context(|| format!("reading store {}", store.label()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_context_and_frame_parse() {
        let ctx = JsonLdContext::parse(CONTEXT).unwrap();
        assert_eq!(
            ctx.compact("https://w3id.org/newsgraph/ontology#Article"),
            "ng:Article"
        );
        assert_eq!(
            ctx.classes["https://w3id.org/newsgraph/ontology#Article"],
            "Article"
        );
        assert_eq!(ctx.properties["https://schema.org/name"].name, "name");
        let frame = Frame::parse(FRAME_ARTICLE, &ctx).unwrap();
        assert_eq!(
            frame.root_type,
            "https://w3id.org/newsgraph/ontology#Article"
        );
        assert_eq!(frame.nested.len(), 4);
    }
}
