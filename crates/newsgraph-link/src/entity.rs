//! The Wikidata JSON entity format, as in dumps and `wbgetentities` replies: an entity → the [`Candidate`]
//! it describes (English label and aliases, the classes, countries, citizenship and positions it claims,
//! coordinates on Earth, ISO code, sitelinks). Shared by the dump reader ([`super::dump`]) and the API client
//! ([`super::online`]).

use super::Candidate;
use serde_json::Value;

/// The statements of a property that count: preferred rank first, then normal; deprecated ones never.
fn statements<'a>(entity: &'a Value, property: &str) -> Vec<&'a Value> {
    let Some(all) = entity["claims"][property].as_array() else {
        return Vec::new();
    };
    let rank = |c: &Value| match c["rank"].as_str() {
        Some("preferred") => 0,
        Some("deprecated") => 2,
        _ => 1,
    };
    let mut out: Vec<&Value> = all.iter().filter(|c| rank(c) < 2).collect();
    out.sort_by_key(|c| rank(c));
    out
}

/// The item ids a property's statements point to (preferred, then normal rank; deprecated never), once each.
pub(crate) fn claim_ids(entity: &Value, property: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in statements(entity, property)
        .into_iter()
        .filter_map(|c| c["mainsnak"]["datavalue"]["value"]["id"].as_str())
    {
        if !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    }
    out
}

/// The candidate an entity of the Wikidata JSON format describes (as in dumps and `wbgetentities`), when
/// it has an English label.
pub fn candidate_from_entity(entity: &Value) -> Option<Candidate> {
    let qid = entity["id"].as_str()?.to_string();
    let label = entity["labels"]["en"]["value"].as_str()?.to_string();
    let aliases = entity["aliases"]["en"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v["value"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let coordinates = statements(entity, "P625").into_iter().find_map(|c| {
        let v = &c["mainsnak"]["datavalue"]["value"];
        // Only coordinates on Earth (Q2); the globe defaults to Earth when absent.
        let globe = v["globe"]
            .as_str()
            .unwrap_or("http://www.wikidata.org/entity/Q2");
        if !globe.ends_with("/Q2") {
            return None;
        }
        Some((v["latitude"].as_f64()?, v["longitude"].as_f64()?))
    });
    let iso2 = statements(entity, "P297")
        .into_iter()
        .find_map(|c| c["mainsnak"]["datavalue"]["value"].as_str())
        .map(str::to_string);
    Some(Candidate {
        qid,
        label,
        aliases,
        description: entity["descriptions"]["en"]["value"]
            .as_str()
            .map(str::to_string),
        instance_of: claim_ids(entity, "P31"),
        country: claim_ids(entity, "P17"),
        citizenship: claim_ids(entity, "P27"),
        positions: claim_ids(entity, "P39"),
        coordinates,
        iso2,
        sitelinks: entity["sitelinks"]
            .as_object()
            .map_or(0, |s| u32::try_from(s.len()).unwrap_or(u32::MAX)),
    })
}
