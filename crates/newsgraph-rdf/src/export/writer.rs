//! [`DatasetWriter`]: writes a dataset one graph at a time in any [`ExportFormat`], holding at most one graph
//! (and only up to the sort budget: larger graphs are sorted on disk, see [`super::extsort`]).

use super::ExportFormat;
use super::extsort::{LineSorter, SortConfig};
use crate::error::{Error, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser, RdfSerializer, WriterQuadSerializer};
use oxigraph::model::{GraphName, GraphNameRef, QuadRef, Triple};
use std::io::{Read, Write};

fn write_err(source: std::io::Error) -> Error {
    Error::Output { source }
}

enum Sink<W: Write> {
    /// N-Triples or N-Quads, written as text.
    Lines(W),
    /// Turtle, TriG, RDF/XML or JSON-LD through Oxigraph's streaming serializers.
    Serializer(Box<WriterQuadSerializer<W>>),
}

/// A streaming writer of RDF datasets: create it on a [`Write`], give it one graph at a time with
/// [`DatasetWriter::write_graph`], then [`DatasetWriter::finish`] it.
///
/// Each graph's triples are sorted by their N-Triples text (subject, then predicate, then object) and
/// deduplicated, so the same graph content always gives the same bytes; graphs are written in the order they
/// are given. Turtle and TriG group the consecutive triples of a subject with `;` and `,` (Oxigraph's
/// serializers, with the prefixes of [`crate::prefixes`]); TriG writes `<graph> { … }` blocks without
/// the `GRAPH` keyword, which raptor reads too. JSON-LD is Oxigraph's streaming JSON-LD: an array of
/// `{"@id": graph, "@graph": [...]}` objects in expanded form.
///
/// The triple formats (Turtle, N-Triples, RDF/XML) merge the graphs into one: a triple held by two graphs
/// is then written twice. That is still the same RDF graph, since RDF graphs are sets, but a count of lines
/// can exceed a count of distinct triples.
pub struct DatasetWriter<W: Write> {
    format: ExportFormat,
    sort: SortConfig,
    sink: Sink<W>,
}

impl<W: Write> DatasetWriter<W> {
    /// A writer of `format` on `out`, with the default sort budget.
    pub fn new(format: ExportFormat, out: W) -> Result<Self> {
        let sink = match format {
            ExportFormat::NTriples | ExportFormat::NQuads => Sink::Lines(out),
            ExportFormat::Turtle
            | ExportFormat::TriG
            | ExportFormat::RdfXml
            | ExportFormat::JsonLd => {
                let rdf_format = match format {
                    ExportFormat::Turtle => RdfFormat::Turtle,
                    ExportFormat::TriG => RdfFormat::TriG,
                    ExportFormat::RdfXml => RdfFormat::RdfXml,
                    _ => RdfFormat::JsonLd {
                        profile: JsonLdProfileSet::empty(),
                    },
                };
                let mut ser = RdfSerializer::from_format(rdf_format);
                for (p, ns) in crate::prefixes() {
                    ser = ser
                        .with_prefix(*p, *ns)
                        .map_err(|e| Error::Rdf(format!("prefix {p}: {e}")))?;
                }
                Sink::Serializer(Box::new(ser.for_writer(out)))
            }
        };
        Ok(DatasetWriter {
            format,
            sort: SortConfig::default(),
            sink,
        })
    }

    /// Sets how graphs larger than memory are sorted.
    pub fn with_sort_config(mut self, config: SortConfig) -> Self {
        self.sort = config;
        self
    }

    /// The output of a line format (N-Triples, N-Quads), for a look at what has been written so far
    /// (e.g. through a counting writer); `None` for the other formats, whose serializer holds it.
    pub fn line_output(&self) -> Option<&W> {
        match &self.sink {
            Sink::Lines(out) => Some(out),
            Sink::Serializer(_) => None,
        }
    }

    /// The format written.
    pub fn format(&self) -> ExportFormat {
        self.format
    }

    /// Writes one graph: `triples` (in any order, repeats allowed) sorted and deduplicated under the name
    /// `graph`. An empty graph writes nothing. The first error of `triples` stops the writing and is returned.
    pub fn write_graph<I>(&mut self, graph: GraphNameRef<'_>, triples: I) -> Result<()>
    where
        I: IntoIterator<Item = Result<Triple>>,
    {
        self.write_graph_lines(graph, triples.into_iter().map(|t| t.map(|t| t.to_string())))
    }

    /// [`DatasetWriter::write_graph`] from the triples as N-Triples lines (without the final ` .`, as
    /// [`Triple`]'s `Display` writes them), in any order.
    pub(crate) fn write_graph_lines<I>(&mut self, graph: GraphNameRef<'_>, lines: I) -> Result<()>
    where
        I: IntoIterator<Item = Result<String>>,
    {
        let mut sorter = LineSorter::new(self.sort.clone());
        for line in lines {
            sorter.push(line?)?;
        }
        if sorter.pushed() == 0 {
            return Ok(());
        }
        self.write_sorted_lines(graph, sorter.finish()?)
    }

    /// Writes one graph from its triples as N-Triples lines (without the final ` .`), already sorted and
    /// deduplicated.
    pub(crate) fn write_sorted_lines<I>(&mut self, graph: GraphNameRef<'_>, lines: I) -> Result<()>
    where
        I: Iterator<Item = Result<String>>,
    {
        let graph_suffix = match graph {
            GraphNameRef::DefaultGraph => " .\n".to_string(),
            g => format!(" {g} .\n"),
        };
        match &mut self.sink {
            Sink::Lines(out) => {
                let suffix: &[u8] = if self.format == ExportFormat::NQuads {
                    graph_suffix.as_bytes()
                } else {
                    b" .\n"
                };
                for line in lines {
                    out.write_all(line?.as_bytes()).map_err(write_err)?;
                    out.write_all(suffix).map_err(write_err)?;
                }
                Ok(())
            }
            Sink::Serializer(ser) => {
                let keep_graph = self.format.is_dataset();
                let parser = RdfParser::from_format(RdfFormat::NTriples)
                    .lenient()
                    .for_reader(LinesReader::new(lines));
                for q in parser {
                    let q = q.map_err(reread_error)?;
                    if self.format == ExportFormat::RdfXml
                        && let oxigraph::model::Term::Literal(l) = &q.object
                        && let Some((at, c)) = xml_forbidden(l.value())
                    {
                        return Err(Error::Rdf(format!(
                            "cannot write RDF/XML: the literal of {} {} in graph {graph} holds U+{:04X} at \
                             character {at}, which XML 1.0 does not allow (export as ttl, nt, nq, trig or \
                             jsonld instead)",
                            q.subject, q.predicate, c as u32
                        )));
                    }
                    if keep_graph {
                        ser.serialize_quad(QuadRef::new(&q.subject, &q.predicate, &q.object, graph))
                    } else {
                        ser.serialize_triple(&Triple::from(q))
                    }
                    .map_err(write_err)?;
                }
                Ok(())
            }
        }
    }

    /// Ends the document (closing brackets, JSON arrays) and returns the output, flushed.
    pub fn finish(self) -> Result<W> {
        let mut out = match self.sink {
            Sink::Lines(out) => out,
            Sink::Serializer(ser) => ser.finish().map_err(write_err)?,
        };
        out.flush().map_err(write_err)?;
        Ok(out)
    }
}

/// The first character of `s` that XML 1.0 does not allow, with its character offset: the control
/// characters other than tab, LF and CR, and U+FFFE and U+FFFF (not even as character references).
fn xml_forbidden(s: &str) -> Option<(usize, char)> {
    s.chars().enumerate().find(|(_, c)| {
        matches!(*c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
    })
}

/// The graph name written as in N-Quads (`<iri>`, `_:id`), or `""` for the default graph.
pub(crate) fn graph_key(graph: GraphNameRef<'_>) -> String {
    match graph {
        GraphNameRef::DefaultGraph => String::new(),
        g => g.to_string(),
    }
}

/// The inverse of [`graph_key`] for the keys it writes.
pub(crate) fn graph_from_key(key: &str) -> Result<GraphName> {
    use oxigraph::model::{BlankNode, NamedNode};
    if key.is_empty() {
        Ok(GraphName::DefaultGraph)
    } else if let Some(iri) = key.strip_prefix('<').and_then(|k| k.strip_suffix('>')) {
        Ok(NamedNode::new(iri)
            .map_err(|e| Error::Rdf(format!("graph name {key}: {e}")))?
            .into())
    } else if let Some(id) = key.strip_prefix("_:") {
        Ok(BlankNode::new(id)
            .map_err(|e| Error::Rdf(format!("graph name {key}: {e}")))?
            .into())
    } else {
        Err(Error::Rdf(format!("not a graph name: {key}")))
    }
}

/// The error of re-reading the sorted lines: the library error that the lines gave (a sorted run that cannot
/// be read), taken back out of the parser's I/O error; otherwise the parser's own.
fn reread_error(e: oxigraph::io::RdfParseError) -> Error {
    if let oxigraph::io::RdfParseError::Io(io) = e {
        let text = io.to_string();
        return match io.into_inner().map(|inner| inner.downcast::<Error>()) {
            Some(Ok(inner)) => *inner,
            _ => Error::Rdf(format!("re-reading sorted triples: {text}")),
        };
    }
    Error::Rdf(format!("re-reading sorted triples: {e}"))
}

/// Reads lines (given without their `\n`) as one byte stream, for a parser.
struct LinesReader<I> {
    lines: I,
    current: Vec<u8>,
    pos: usize,
}

impl<I> LinesReader<I> {
    fn new(lines: I) -> Self {
        LinesReader {
            lines,
            current: Vec::new(),
            pos: 0,
        }
    }
}

impl<I: Iterator<Item = Result<String>>> Read for LinesReader<I> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.pos == self.current.len() {
            match self.lines.next() {
                None => return Ok(0),
                // Kept whole (a sorted run that cannot be read: its path, its I/O error's kind), for
                // `reread_error` to take back out of the parser's error.
                Some(Err(e)) => return Err(std::io::Error::other(e)),
                Some(Ok(line)) => {
                    self.current = line.into_bytes();
                    self.current.extend_from_slice(b" .\n");
                    self.pos = 0;
                }
            }
        }
        let n = buf.len().min(self.current.len() - self.pos);
        buf[..n].copy_from_slice(&self.current[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sorted run that cannot be read while a graph is re-read for a serializer: the error is the run's
    /// own (its path, its I/O error's kind), not a parser's message.
    #[test]
    fn a_run_read_error_keeps_its_path_and_kind() {
        for format in [
            ExportFormat::Turtle,
            ExportFormat::TriG,
            ExportFormat::JsonLd,
        ] {
            let mut w = DatasetWriter::new(format, Vec::new()).unwrap();
            let lines = vec![
                Ok("<http://example.org/a> <http://example.org/p> \"x\"".to_string()),
                Err(Error::io(
                    "/tmp/run-000002",
                    std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full"),
                )),
            ];
            let e = w
                .write_sorted_lines(GraphNameRef::DefaultGraph, lines.into_iter())
                .unwrap_err();
            match e {
                Error::Io { path, source } => {
                    assert_eq!(path, std::path::Path::new("/tmp/run-000002"));
                    assert_eq!(source.kind(), std::io::ErrorKind::StorageFull);
                }
                other => panic!("{format:?}: {other:?}"),
            }
        }
    }
}
