//! The contract's enum names (`tests/data/contract_names.tsv`, the names of DESIGN.md's extraction JSON)
//! are what `as_str`, `FromStr` and serde all speak, for every variant and no other.

use newsgraph_model::data::{self, Record};
use newsgraph_model::{AgreementKind, AgreementStatus, EntityType, StatementKind};
use serde::Deserialize;
use serde::de::DeserializeOwned;

#[derive(Deserialize)]
struct Case {
    kind: String,
    name: String,
}

impl Record for Case {
    const COLUMNS: &'static [&'static str] = &["enum", "name"];
    const HEADER: bool = false;
}

fn cases(kind: &str) -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/contract_names.tsv");
    let text = std::fs::read_to_string(path).expect("contract_names.tsv");
    data::read::<Case>("contract_names.tsv", &text)
        .expect("contract_names.tsv parses")
        .into_iter()
        .filter(|r| r.value.kind == kind)
        .map(|r| r.value.name)
        .collect()
}

fn check<T>(kind: &str, all: &[T], as_str: fn(T) -> &'static str)
where
    T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + DeserializeOwned,
    T: std::str::FromStr,
{
    let expected = cases(kind);
    let names: Vec<&str> = all.iter().map(|&v| as_str(v)).collect();
    assert_eq!(names, expected, "{kind}: names in declaration order");
    for &v in all {
        let name = as_str(v);
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, format!("\"{name}\""), "{kind}: serde name of {v:?}");
        let back: T = serde_json::from_str(&json).unwrap();
        assert_eq!(back, v);
        assert!(
            name.parse::<T>().ok() == Some(v),
            "{kind}: FromStr {name:?}"
        );
    }
    let err = serde_json::from_str::<T>("\"no-such-name\"").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("unknown variant `no-such-name`, expected one of"),
        "{kind}: {err}"
    );
    assert!("no-such-name".parse::<T>().is_err());
}

#[test]
fn every_enum_speaks_the_contract_names() {
    check("EntityType", EntityType::ALL, EntityType::as_str);
    check(
        "StatementKind",
        <StatementKind as strum::VariantArray>::VARIANTS,
        StatementKind::as_str,
    );
    check("AgreementKind", AgreementKind::ALL, AgreementKind::as_str);
    check(
        "AgreementStatus",
        AgreementStatus::ALL,
        AgreementStatus::as_str,
    );
}
