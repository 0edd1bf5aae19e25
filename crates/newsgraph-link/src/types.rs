//! Which Wikidata classes (P31) fit which entity types, from `data/wikidata/types.tsv`.

use crate::model::EntityType;
use crate::model::data::{self, DataError, Record};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

/// A row of `types.tsv`: a class, its label, the entity types it admits (comma-separated).
#[derive(Deserialize)]
struct TypeRow {
    qid: String,
    _label: String,
    #[serde(deserialize_with = "data::comma_list")]
    types: Vec<String>,
}

impl Record for TypeRow {
    const COLUMNS: &'static [&'static str] = &["qid", "label", "types"];
    const HEADER: bool = false;
}

/// Parses `types.tsv` (its name is given for errors): class → entity types; an unknown type is an error.
pub(crate) fn parse_types(
    file: &str,
    text: &str,
) -> Result<HashMap<String, Vec<EntityType>>, DataError> {
    let mut map = HashMap::new();
    for r in data::read::<TypeRow>(file, text)? {
        let types = r
            .value
            .types
            .iter()
            .map(|t| {
                t.parse::<EntityType>()
                    .map_err(|_| DataError::new(file, r.line, format!("unknown entity type {t:?}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        map.insert(r.value.qid, types);
    }
    Ok(map)
}

/// The bundled `data/wikidata/types.tsv`.
pub(crate) const TYPES_TSV: &str = include_str!("../../../data/wikidata/types.tsv");

static TYPES: LazyLock<HashMap<String, Vec<EntityType>>> =
    LazyLock::new(|| data::or_report(parse_types("types.tsv", TYPES_TSV)));

/// The entity types an item with these P31 classes may be linked from.
pub fn types_of(instance_of: &[String]) -> Vec<EntityType> {
    let mut out: Vec<EntityType> = instance_of
        .iter()
        .filter_map(|q| TYPES.get(q))
        .flatten()
        .copied()
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether an item with these classes may be linked from an entity of type `kind`.
pub fn compatible(kind: EntityType, instance_of: &[String]) -> bool {
    types_of(instance_of).contains(&kind)
}

/// Whether `class` is listed in `data/wikidata/types.tsv`.
pub fn is_known_class(class: &str) -> bool {
    TYPES.contains_key(class)
}

/// Whether any of these classes is known (the index keeps only such items).
pub fn known(instance_of: &[String]) -> bool {
    instance_of.iter().any(|q| TYPES.contains_key(q))
}

/// Whether the classes make the item a country (sovereign state, country, state).
pub fn is_country(instance_of: &[String]) -> bool {
    instance_of.iter().any(|q| {
        matches!(
            q.as_str(),
            "Q6256" | "Q3624078" | "Q7275" | "Q3336843" | "Q15634554" | "Q112099"
        )
    })
}

/// The classes of the table that `class` reaches through `parents` (P279 subclass-of edges) within `depth`
/// levels, breadth first; cycles end by themselves. Empty for a class the table lists itself.
pub fn known_ancestors(
    class: &str,
    parents: &HashMap<String, Vec<String>>,
    depth: u32,
) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    if is_known_class(class) {
        return found;
    }
    let mut seen: BTreeSet<&str> = BTreeSet::from([class]);
    let mut level = vec![class];
    for _ in 0..depth {
        let mut up = Vec::new();
        for q in level {
            for p in parents.get(q).into_iter().flatten() {
                if is_known_class(p) {
                    found.insert(p.clone());
                } else if seen.insert(p.as_str()) {
                    up.push(p.as_str());
                }
            }
        }
        level = up;
    }
    found
}
