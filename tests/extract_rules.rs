//! Rule cases for the extractor, read from `tests/data/extract/cases.jsonl`: each case gives a text and
//! the entities, statements and agreements that must (or must not) be extracted from it.

use newsgraph::model::{Document, Extraction};
use serde_json::Value;

fn entity_named<'a>(ex: &'a Extraction, name: &str) -> Option<&'a newsgraph::model::Entity> {
    ex.entities
        .iter()
        .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
}

// Over 80 lines: the checks of one case, in the order of the case format; split, one would jump between
// helpers to see how a case is judged.
fn check_case(case: &Value) -> Vec<String> {
    let name = case["name"].as_str().unwrap_or("?");
    let doc = Document {
        id: "case".into(),
        published: case["published"].as_str().map(str::to_string),
        text: case["text"].as_str().expect("text").to_string(),
        ..Default::default()
    };
    let ex = newsgraph::extract::extract(&doc);
    let mut errs = Vec::new();
    let speaker_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|i| ex.entity(i))
            .map(|e| e.name.clone())
            .unwrap_or_default()
    };
    for want in case["entities"].as_array().into_iter().flatten() {
        let n = want["name"].as_str().unwrap();
        match entity_named(&ex, n) {
            None => errs.push(format!("{name}: no entity {n}")),
            Some(e) => {
                if let Some(t) = want["type"].as_str()
                    && e.kind.as_str() != t
                {
                    errs.push(format!("{name}: {n} is {:?}, want {t}", e.kind));
                }
                if let Some(a) = want["alias"].as_str()
                    && e.name != a
                    && !e.aliases.iter().any(|x| x == a)
                {
                    errs.push(format!("{name}: {n} lacks alias {a} (has {:?})", e.aliases));
                }
                if let Some(r) = want["role"].as_str()
                    && !e.roles.iter().any(|x| x == r)
                {
                    errs.push(format!("{name}: {n} lacks role {r} (has {:?})", e.roles));
                }
                if let Some(a) = want["affiliation"].as_str() {
                    let got = e
                        .affiliation
                        .as_ref()
                        .and_then(|i| ex.entity(i))
                        .map(|x| x.name.as_str());
                    if got != Some(a) {
                        errs.push(format!("{name}: {n} affiliation {got:?}, want {a}"));
                    }
                }
            }
        }
    }
    // "not_people": names that may be extracted, but never as a Person
    for n in case["not_people"].as_array().into_iter().flatten() {
        let n = n.as_str().unwrap();
        if let Some(e) = entity_named(&ex, n)
            && e.kind.as_str() == "Person"
        {
            errs.push(format!("{name}: {n} is a Person"));
        }
    }
    for n in case["absent_entities"].as_array().into_iter().flatten() {
        let n = n.as_str().unwrap();
        if entity_named(&ex, n).is_some() {
            errs.push(format!("{name}: unexpected entity {n}"));
        }
    }
    for want in case["statements"].as_array().into_iter().flatten() {
        let t = want["text"].as_str().unwrap();
        match ex.statements.iter().find(|s| s.text == t) {
            None => errs.push(format!(
                "{name}: no statement {t:?}; got {:?}",
                ex.statements.iter().map(|s| &s.text).collect::<Vec<_>>()
            )),
            Some(s) => {
                if let Some(k) = want["kind"].as_str()
                    && s.kind.as_str() != k
                {
                    errs.push(format!("{name}: {t:?} is {:?}, want {k}", s.kind));
                }
                if let Some(sp) = want["speaker"].as_str()
                    && speaker_name(&s.speaker) != sp
                {
                    errs.push(format!(
                        "{name}: {t:?} speaker {:?}, want {sp}",
                        speaker_name(&s.speaker)
                    ));
                }
                if let Some(c) = want["cue"].as_str()
                    && s.cue.as_deref() != Some(c)
                {
                    errs.push(format!("{name}: {t:?} cue {:?}, want {c}", s.cue));
                }
                if let Some(d) = want["date"].as_str()
                    && s.date.as_deref() != Some(d)
                {
                    errs.push(format!("{name}: {t:?} date {:?}, want {d}", s.date));
                }
            }
        }
    }
    // "statement_count": how many statements the text holds
    if let Some(n) = case["statement_count"].as_u64()
        && ex.statements.len() as u64 != n
    {
        let texts: Vec<&String> = ex.statements.iter().map(|s| &s.text).collect();
        errs.push(format!(
            "{name}: {} statements {texts:?}, want {n}",
            ex.statements.len()
        ));
    }
    // "not_speakers": a statement (if extracted) that must not be given this speaker
    for want in case["not_speakers"].as_array().into_iter().flatten() {
        let t = want["text"].as_str().unwrap();
        let sp = want["speaker"].as_str().unwrap();
        if ex
            .statements
            .iter()
            .any(|s| s.text == t && speaker_name(&s.speaker) == sp)
        {
            errs.push(format!("{name}: {t:?} attributed to {sp}"));
        }
    }
    for n in case["absent_statements"].as_array().into_iter().flatten() {
        let n = n.as_str().unwrap();
        if ex.statements.iter().any(|s| s.text.contains(n)) {
            errs.push(format!("{name}: unexpected statement containing {n:?}"));
        }
    }
    for want in case["agreements"].as_array().into_iter().flatten() {
        let k = want["kind"].as_str().unwrap();
        let Some(a) = ex.agreements.iter().find(|a| a.kind.as_str() == k) else {
            errs.push(format!("{name}: no {k} agreement; got {:?}", ex.agreements));
            continue;
        };
        if let Some(st) = want["status"].as_str()
            && a.status.as_str() != st
        {
            errs.push(format!("{name}: {k} status {:?}, want {st}", a.status));
        }
        if let Some(n) = want["name"].as_str()
            && a.name != n
        {
            errs.push(format!("{name}: {k} name {:?}, want {n:?}", a.name));
        }
        if let Some(ps) = want["parties"].as_array() {
            let mut want_p: Vec<&str> = ps.iter().filter_map(Value::as_str).collect();
            want_p.sort();
            let mut got: Vec<String> = a
                .parties
                .iter()
                .map(|p| speaker_name(&Some(p.clone())))
                .collect();
            got.sort();
            if got != want_p {
                errs.push(format!("{name}: {k} parties {got:?}, want {want_p:?}"));
            }
        }
        if let Some(pl) = want["place"].as_str()
            && speaker_name(&a.place) != pl
        {
            errs.push(format!(
                "{name}: {k} place {:?}, want {pl}",
                speaker_name(&a.place)
            ));
        }
    }
    // "absent_statuses": statuses no agreement of the text may have
    for st in case["absent_statuses"].as_array().into_iter().flatten() {
        let st = st.as_str().unwrap();
        if let Some(a) = ex.agreements.iter().find(|a| a.status.as_str() == st) {
            errs.push(format!("{name}: {:?} has status {st}", a.name));
        }
    }
    // "agreement_count": how many agreements the text holds (coreferent mentions are one)
    if let Some(n) = case["agreement_count"].as_u64()
        && ex.agreements.len() as u64 != n
    {
        let names: Vec<&str> = ex.agreements.iter().map(|a| a.name.as_str()).collect();
        errs.push(format!(
            "{name}: {} agreements {names:?}, want {n}",
            names.len()
        ));
    }
    errs
}

#[test]
fn rule_cases_from_file() {
    let text = include_str!("data/extract/cases.jsonl");
    let mut errs = Vec::new();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("case JSON");
        errs.extend(check_case(&case));
        n += 1;
    }
    assert!(n >= 20, "expected at least 20 cases, read {n}");
    assert!(
        errs.is_empty(),
        "{} failures in {n} cases:\n{}",
        errs.len(),
        errs.join("\n")
    );
}

/// The invented suite of `tests/data/extract/generalise.jsonl`: several cases for each kind of miss seen
/// on unseen reporting (issue 9), each tagged with its `kind`. Every case must pass, except those marked
/// `"open"` (a known miss, with the reason): those must still fail, so that a fix is noticed and the mark
/// removed. Prints the pass count per kind.
#[test]
fn invented_suite_per_miss_kind() {
    let text = include_str!("data/extract/generalise.jsonl");
    let mut per_kind: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut errs = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("generalise.jsonl:{}: {e}", i + 1));
        let kind = case["kind"].as_str().expect("kind").to_string();
        let case_errs = check_case(&case);
        let entry = per_kind.entry(kind).or_default();
        entry.1 += 1;
        if case_errs.is_empty() {
            entry.0 += 1;
        }
        match (case["open"].as_str(), case_errs.is_empty()) {
            (None, false) => errs.extend(case_errs),
            (Some(_), true) => errs.push(format!(
                "generalise.jsonl:{}: {} passes now; remove its \"open\" mark",
                i + 1,
                case["name"]
            )),
            _ => {}
        }
    }
    for (kind, (pass, all)) in &per_kind {
        println!("{kind:32} {pass}/{all}");
    }
    assert!(per_kind.len() >= 10, "expected at least 10 kinds of miss");
    assert!(
        errs.is_empty(),
        "{} failures:\n{}",
        errs.len(),
        errs.join("\n")
    );
}
