//! The aligned text table of `--format table`: terms shortened with the known prefixes, cells cut at 60
//! characters, columns padded to their widest cell, and a row count.

use super::Table;
use oxigraph::model::Term;
use std::io::Write;

/// Shortens a term for the table view: IRIs under known prefixes become `prefix:local`, literals their value.
pub fn short_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            for (p, ns) in crate::prefixes() {
                if let Some(local) = iri.strip_prefix(ns)
                    && !local.is_empty()
                    && !local.contains('/')
                    && !local.contains('#')
                {
                    return format!("{p}:{local}");
                }
            }
            format!("<{iri}>")
        }
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// Writes rows as an aligned text table.
pub fn write_table(table: &Table, out: &mut dyn Write) -> std::io::Result<()> {
    const MAX: usize = 60;
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| {
                    let s = c
                        .as_ref()
                        .map(short_term)
                        .unwrap_or_default()
                        .replace('\n', " ");
                    if s.chars().count() > MAX {
                        let cut: String = s.chars().take(MAX - 1).collect();
                        format!("{cut}…")
                    } else {
                        s
                    }
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = table.variables.iter().map(|v| v.chars().count()).collect();
    for row in &cells {
        for (i, c) in row.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, row: &[String]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in row.iter().enumerate() {
            if i > 0 {
                s.push_str(" | ");
            }
            s.push_str(c);
            if i + 1 < row.len() {
                s.push_str(&" ".repeat(widths[i] - c.chars().count()));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &table.variables)?;
    let sep: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", sep.join("-+-"))?;
    for row in &cells {
        line(out, row)?;
    }
    let n = table.rows.len();
    writeln!(out, "({n} {})", if n == 1 { "row" } else { "rows" })
}
