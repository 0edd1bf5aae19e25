//! The actor network as a graph file for the tools analysts use: GraphML (Gephi, Cytoscape, networkx),
//! GEXF 1.3 (Gephi) and Graphviz DOT, and a picture drawn by Graphviz (`newsgraph plot`).
//!
//! The edges are the rows of a query with the columns `actorA`, `actorB`, `relation` and `weight` (the
//! bundled `actor-network`), as they come; the nodes are the names on those rows, each with what the store
//! says of the entity of that name (`actor-nodes.rq`): its class, its Wikidata item and the number of
//! articles that mention it. A name several entities share is one node (as it is one name in the query's
//! table): its classes and items are all listed, and its article count is the sum of theirs.
//! Output is deterministic: nodes sorted by name, edges in the query's order.

use anyhow::{Context, Result, bail};
use newsgraph::query::Table;
use newsgraph::store::GraphStore;
use oxigraph::model::Term;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// The query for the nodes' attributes.
const NODES_QUERY: &str = include_str!("actor-nodes.rq");

/// A graph file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    /// GraphML (<http://graphml.graphdrawing.org/>).
    GraphMl,
    /// GEXF 1.3 (<https://gexf.net/>).
    Gexf,
    /// Graphviz DOT.
    Dot,
}

impl GraphFormat {
    /// The format named `name` (`graphml`, `gexf`, `dot`, `gv`), if it is one.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().as_str() {
            "graphml" => Some(GraphFormat::GraphMl),
            "gexf" => Some(GraphFormat::Gexf),
            "dot" | "gv" => Some(GraphFormat::Dot),
            _ => None,
        }
    }
}

/// A node: one actor name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The node id in the file (`n0`, `n1` … in name order).
    pub id: String,
    /// The actor's name.
    pub name: String,
    /// Its classes (local names in the newsgraph ontology: `Person`, `State` …).
    pub types: Vec<String>,
    /// Its Wikidata items (`Q159`), when linked.
    pub qids: Vec<String>,
    /// Articles mentioning it.
    pub articles: u64,
}

/// An edge between two nodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Index of the source node.
    pub source: usize,
    /// Index of the target node.
    pub target: usize,
    /// The relation (`co-mention`, `co-party`).
    pub kind: String,
    /// Its weight (articles or agreements).
    pub weight: u64,
}

/// The network.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Network {
    /// Nodes, sorted by name.
    pub nodes: Vec<Node>,
    /// Edges, in the query's order.
    pub edges: Vec<Edge>,
}

fn literal(t: &Option<Term>) -> Option<&str> {
    match t {
        Some(Term::Literal(l)) => Some(l.value()),
        _ => None,
    }
}

/// Builds the network from the rows of `edges` (columns `actorA`, `actorB`, `relation`, `weight`) and the
/// node attributes in `store`.
pub fn from_table(store: &GraphStore, edges: &Table) -> Result<Network> {
    let col = |name: &str| {
        edges.variables.iter().position(|v| v == name).with_context(|| {
            format!(
                "a graph format needs a query with the columns actorA, actorB, relation and weight \
                 (such as the bundled actor-network); this one has {}",
                edges.variables.join(", ")
            )
        })
    };
    let (ca, cb, cr, cw) = (
        col("actorA")?,
        col("actorB")?,
        col("relation")?,
        col("weight")?,
    );
    let mut rows = Vec::with_capacity(edges.rows.len());
    let mut names = BTreeSet::new();
    for (i, row) in edges.rows.iter().enumerate() {
        let field = |c: usize, what: &str| {
            literal(&row[c])
                .map(str::to_string)
                .with_context(|| format!("result row {}: no {what}", i + 1))
        };
        let (a, b, kind) = (
            field(ca, "actorA")?,
            field(cb, "actorB")?,
            field(cr, "relation")?,
        );
        let weight_text = field(cw, "weight")?;
        let weight: u64 = weight_text.parse().with_context(|| {
            format!(
                "result row {}: weight {weight_text:?} is not a count",
                i + 1
            )
        })?;
        names.insert(a.clone());
        names.insert(b.clone());
        rows.push((a, b, kind, weight));
    }
    let attributes = node_attributes(store, &names)?;
    let nodes: Vec<Node> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let (types, qids, articles): NodeAttributes =
                attributes.get(name).cloned().unwrap_or_default();
            Node {
                id: format!("n{i}"),
                name: name.clone(),
                types: types.into_iter().collect(),
                qids: qids.into_iter().collect(),
                articles,
            }
        })
        .collect();
    let index: BTreeMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let edges = rows
        .into_iter()
        .map(|(a, b, kind, weight)| Edge {
            source: index[a.as_str()],
            target: index[b.as_str()],
            kind,
            weight,
        })
        .collect();
    Ok(Network { nodes, edges })
}

/// Classes, Wikidata items and article count of a name.
type NodeAttributes = (BTreeSet<String>, BTreeSet<String>, u64);

/// Classes, Wikidata items and article count (per entity) of a name.
type Attributes = (BTreeSet<String>, BTreeSet<String>, BTreeMap<String, u64>);

/// Classes, Wikidata items and article count of each name in `names`.
fn node_attributes(
    store: &GraphStore,
    names: &BTreeSet<String>,
) -> Result<BTreeMap<String, NodeAttributes>> {
    let table = newsgraph::query::select(store, "actor-nodes.rq", NODES_QUERY, &[])?;
    let col = |n: &str| {
        table
            .variables
            .iter()
            .position(|v| v == n)
            .with_context(|| format!("actor-nodes.rq: no ?{n}"))
    };
    let (ce, cn, ct, cq, ca) = (
        col("a")?,
        col("name")?,
        col("type")?,
        col("qid")?,
        col("articles")?,
    );
    let mut by_name: BTreeMap<String, Attributes> = BTreeMap::new();
    for row in &table.rows {
        let Some(name) = literal(&row[cn]) else {
            continue;
        };
        if !names.contains(name) {
            continue;
        }
        let entry = by_name.entry(name.to_string()).or_default();
        if let Some(Term::NamedNode(t)) = &row[ct] {
            let local = t.as_str().rsplit(['#', '/']).next().unwrap_or(t.as_str());
            entry.0.insert(local.to_string());
        }
        if let Some(Term::NamedNode(q)) = &row[cq] {
            entry
                .1
                .insert(q.as_str().rsplit('/').next().unwrap_or("").to_string());
        }
        let entity = row[ce].as_ref().map(|t| t.to_string()).unwrap_or_default();
        let articles: u64 = literal(&row[ca]).and_then(|v| v.parse().ok()).unwrap_or(0);
        entry.2.insert(entity, articles);
    }
    Ok(by_name
        .into_iter()
        .map(|(name, (types, qids, counts))| (name, (types, qids, counts.values().sum())))
        .collect())
}

/// Writes the network in `format`.
pub fn write(net: &Network, format: GraphFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        GraphFormat::GraphMl => write_graphml(net, out),
        GraphFormat::Gexf => write_gexf(net, out),
        GraphFormat::Dot => write_dot(net, out),
    }
    .context("writing the graph")
}

/// Text as XML character data or attribute value: markup characters escaped, characters XML 1.0 does
/// not allow (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Text as a DOT double-quoted string (quotes and backslashes escaped, line breaks as `\n`).
pub fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn write_graphml(net: &Network, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, for_, name, ty) in [
        ("label", "node", "label", "string"),
        ("name", "node", "name", "string"),
        ("type", "node", "type", "string"),
        ("qid", "node", "qid", "string"),
        ("articles", "node", "articles", "int"),
        ("kind", "edge", "kind", "string"),
        ("weight", "edge", "weight", "int"),
    ] {
        writeln!(
            w,
            r#"  <key id="{id}" for="{for_}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(
        w,
        r#"  <graph id="actor-network" edgedefault="undirected">"#
    )?;
    for n in &net.nodes {
        writeln!(w, r#"    <node id="{}">"#, n.id)?;
        // `label` for Gephi, `name` for Cytoscape
        writeln!(
            w,
            r#"      <data key="label">{}</data>"#,
            xml_escape(&n.name)
        )?;
        writeln!(
            w,
            r#"      <data key="name">{}</data>"#,
            xml_escape(&n.name)
        )?;
        if !n.types.is_empty() {
            writeln!(
                w,
                r#"      <data key="type">{}</data>"#,
                xml_escape(&n.types.join(" "))
            )?;
        }
        if !n.qids.is_empty() {
            writeln!(
                w,
                r#"      <data key="qid">{}</data>"#,
                xml_escape(&n.qids.join(" "))
            )?;
        }
        writeln!(w, r#"      <data key="articles">{}</data>"#, n.articles)?;
        writeln!(w, "    </node>")?;
    }
    for (i, e) in net.edges.iter().enumerate() {
        writeln!(
            w,
            r#"    <edge id="e{i}" source="{}" target="{}">"#,
            net.nodes[e.source].id, net.nodes[e.target].id
        )?;
        writeln!(
            w,
            r#"      <data key="kind">{}</data>"#,
            xml_escape(&e.kind)
        )?;
        writeln!(w, r#"      <data key="weight">{}</data>"#, e.weight)?;
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}

/// The actor network as GEXF 1.3 (Gephi): the declarations, the nodes, the edges.
fn write_gexf(net: &Network, w: &mut dyn Write) -> std::io::Result<()> {
    write_gexf_head(w)?;
    write_gexf_nodes(net, w)?;
    writeln!(w, "    <edges>")?;
    for (i, e) in net.edges.iter().enumerate() {
        writeln!(
            w,
            r#"      <edge id="e{i}" source="{}" target="{}" weight="{}">"#,
            net.nodes[e.source].id, net.nodes[e.target].id, e.weight
        )?;
        writeln!(
            w,
            r#"        <attvalues><attvalue for="kind" value="{}"/></attvalues>"#,
            xml_escape(&e.kind)
        )?;
        writeln!(w, "      </edge>")?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
}

/// GEXF's XML declaration, root, meta data and attribute declarations, up to the `<graph>` element's
/// content.
fn write_gexf_head(w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(w, "  <meta>")?;
    writeln!(
        w,
        "    <creator>newsgraph {}</creator>",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        w,
        "    <description>Actor network: co-mention (weight = articles) and co-party (weight = agreements)</description>"
    )?;
    writeln!(w, "  </meta>")?;
    writeln!(w, r#"  <graph defaultedgetype="undirected" mode="static">"#)?;
    writeln!(w, r#"    <attributes class="node" mode="static">"#)?;
    writeln!(
        w,
        r#"      <attribute id="type" title="type" type="string"/>"#
    )?;
    writeln!(
        w,
        r#"      <attribute id="qid" title="qid" type="string"/>"#
    )?;
    writeln!(
        w,
        r#"      <attribute id="articles" title="articles" type="integer"/>"#
    )?;
    writeln!(w, "    </attributes>")?;
    writeln!(w, r#"    <attributes class="edge" mode="static">"#)?;
    writeln!(
        w,
        r#"      <attribute id="kind" title="kind" type="string"/>"#
    )?;
    writeln!(w, "    </attributes>")?;
    Ok(())
}

/// GEXF's `<nodes>`: each with its label and `type`, `qid` and `articles` attributes.
fn write_gexf_nodes(net: &Network, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, "    <nodes>")?;
    for n in &net.nodes {
        writeln!(
            w,
            r#"      <node id="{}" label="{}">"#,
            n.id,
            xml_escape(&n.name)
        )?;
        writeln!(w, "        <attvalues>")?;
        if !n.types.is_empty() {
            writeln!(
                w,
                r#"          <attvalue for="type" value="{}"/>"#,
                xml_escape(&n.types.join(" "))
            )?;
        }
        if !n.qids.is_empty() {
            writeln!(
                w,
                r#"          <attvalue for="qid" value="{}"/>"#,
                xml_escape(&n.qids.join(" "))
            )?;
        }
        writeln!(
            w,
            r#"          <attvalue for="articles" value="{}"/>"#,
            n.articles
        )?;
        writeln!(w, "        </attvalues>")?;
        writeln!(w, "      </node>")?;
    }
    writeln!(w, "    </nodes>")?;
    Ok(())
}

/// Fill colours of node classes in DOT (a drawing aid; the class itself is the `type` attribute).
fn fill(types: &[String]) -> &'static str {
    match types.first().map(String::as_str) {
        Some("Person") => "#fde2b8",
        Some("State") => "#c6dbef",
        Some("Organization") => "#d9f0d3",
        Some("ArmedGroup") => "#f4c7c3",
        Some("Group") => "#e5d8f0",
        _ => "#eeeeee",
    }
}

fn write_dot(net: &Network, w: &mut dyn Write) -> std::io::Result<()> {
    writeln!(w, "graph \"actor-network\" {{")?;
    writeln!(
        w,
        "  graph [overlap=false, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\"];"
    )?;
    writeln!(
        w,
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];"
    )?;
    writeln!(w, "  edge [color=\"#00000066\"];")?;
    for n in &net.nodes {
        let qid = if n.qids.is_empty() {
            String::new()
        } else {
            format!(", qid={}", dot_escape(&n.qids.join(" ")))
        };
        writeln!(
            w,
            "  {} [label={}, type={}{qid}, articles={}, fillcolor=\"{}\"];",
            n.id,
            dot_escape(&n.name),
            dot_escape(&n.types.join(" ")),
            n.articles,
            fill(&n.types)
        )?;
    }
    for e in &net.edges {
        writeln!(
            w,
            "  {} -- {} [kind={}, weight={}, penwidth={}{}];",
            net.nodes[e.source].id,
            net.nodes[e.target].id,
            dot_escape(&e.kind),
            e.weight,
            e.weight.clamp(1, 6),
            if e.kind == "co-party" {
                ", style=dashed, color=\"#b2182b\""
            } else {
                ""
            }
        )?;
    }
    writeln!(w, "}}")
}

/// Runs Graphviz (`dot -K LAYOUT -T FORMAT`) on `dot_text` and returns the picture.
pub fn render(dot_text: &[u8], format: &str, layout: &str) -> Result<Vec<u8>> {
    use std::process::{Command, Stdio};
    let mut child = match Command::new("dot")
        .arg(format!("-K{layout}"))
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "Graphviz's `dot` is not installed (or not on PATH): install Graphviz (Debian/Ubuntu: \
             apt-get install graphviz), or write the DOT text with \
             `newsgraph query actor-network --format dot` and draw it elsewhere"
        ),
        Err(e) => return Err(e).context("cannot run Graphviz's `dot`"),
    };
    let mut stdin = child.stdin.take().expect("piped");
    let input = dot_text.to_vec();
    // One I/O thread, not a rayon job: it feeds `dot`'s stdin while this thread reads its stdout, so that
    // neither side blocks on a full pipe.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child
        .wait_with_output()
        .context("running Graphviz's `dot`")?;
    // Graphviz's own failure first: when it stops early, writing to it fails too, as a consequence.
    let written = writer.join();
    if !out.status.success() {
        bail!(
            "Graphviz's `dot -K{layout} -T{format}` failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    // A picture drawn from part of the DOT text would be wrong without a word: the write must have ended.
    match written {
        Ok(Ok(())) => Ok(out.stdout),
        Ok(Err(e)) => Err(e).context("writing the DOT text to Graphviz's `dot`"),
        Err(_) => bail!("writing the DOT text to Graphviz's `dot`: the writing thread panicked"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            xml_escape("AT&T <\"x\"> 'y'\u{1}\n"),
            "AT&amp;T &lt;&quot;x&quot;&gt; &apos;y&apos;\u{FFFD}&#10;"
        );
        assert_eq!(dot_escape("a \"b\" \\c\nd"), "\"a \\\"b\\\" \\\\c\\nd\"");
    }
}
