//! Rebuilding the kept counts and sort names of `graph/shared/counts` ([`shared::counts`]) and telling
//! when a store needs it.

use super::{GraphStore, pending_marker, shared, write_counts};
use crate::error::Result;
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, NamedOrBlankNodeRef};
use std::collections::BTreeSet;

impl GraphStore {
    /// Recounts every entity of the shared graph `shared` (see [`shared::counts`]): for a store written
    /// before the counts existed, or one whose bulk load was interrupted between its steps. Returns how
    /// many entities were counted.
    pub fn recount_all(&self, shared: &NamedNode) -> Result<usize> {
        let mut entities = BTreeSet::new();
        for q in self.inner.quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(shared.as_ref())),
        ) {
            if let NamedOrBlankNode::NamedNode(e) = q.map_err(|e| self.error(e))?.subject {
                entities.insert(e);
            }
        }
        // Agreements are mentioned too, and get a sort name.
        let refers_to = NamedNode::new_unchecked(format!("{}refersTo", crate::vocab::NG));
        for q in self
            .inner
            .quads_for_pattern(None, Some(refers_to.as_ref()), None, None)
        {
            if let oxigraph::model::Term::NamedNode(e) = q.map_err(|e| self.error(e))?.object {
                entities.insert(e);
            }
        }
        self.recount(&entities, shared)?;
        Ok(entities.len())
    }

    /// Whether the counts must be rebuilt: the store has entities but no counts graph (it was written
    /// before the counts existed), or counts without sort names (written before those existed), or a bulk
    /// load stopped before adjusting them.
    pub fn lacks_counts(&self, shared: &NamedNode) -> Result<bool> {
        let counts = crate::iri::counts_graph_beside(shared);
        let has = |g: &NamedNode| {
            self.inner
                .contains_named_graph(NamedOrBlankNodeRef::NamedNode(g.as_ref()))
                .map_err(|e| self.error(e))
        };
        let pending = self
            .inner
            .contains(&pending_marker(&counts))
            .map_err(|e| self.error(e))?;
        if pending || (has(shared)? && !has(&counts)?) {
            return Ok(true);
        }
        let sort_name = NamedNode::new_unchecked(format!("{}sortName", crate::vocab::NG));
        let sorted = self
            .inner
            .quads_for_pattern(
                None,
                Some(sort_name.as_ref()),
                None,
                Some(GraphNameRef::NamedNode(counts.as_ref())),
            )
            .next()
            .transpose()
            .map_err(|e| self.error(e))?
            .is_some();
        Ok(has(&counts)? && !sorted)
    }

    /// Brings the counts of `entities` in the shared graph up to date, in one transaction.
    fn recount(&self, entities: &BTreeSet<NamedNode>, shared: &NamedNode) -> Result<()> {
        let counts = crate::iri::counts_graph_beside(shared);
        let mut tx = self.inner.start_transaction().map_err(|e| self.error(e))?;
        let change = shared::counts(&tx, &counts, entities).map_err(|e| self.error(e))?;
        write_counts(&mut tx, change);
        tx.remove(&pending_marker(&counts));
        tx.commit().map_err(|e| self.error(e))
    }
}
