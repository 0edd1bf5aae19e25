//! Tests of the lexicon files and loader: every file parses from disk, the embedded copies match
//! the files, keys are unique, and the lookups in `tests/data/lexicon/cases.tsv` hold.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use newsgraph::lexicon::{FILE_NAMES, Lexicon, LexiconFiles, lexicon, try_lexicon};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon")
}

fn read(name: &str) -> String {
    let path = data_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn files_on_disk_parse_and_match_embedded() {
    let texts: Vec<String> = FILE_NAMES.iter().map(|n| read(n)).collect();
    let files = LexiconFiles {
        countries: &texts[0],
        cities: &texts[1],
        regions: &texts[2],
        titles: &texts[3],
        cue_verbs: &texts[4],
        agreements: &texts[5],
        agreement_status: &texts[6],
        organizations: &texts[7],
        organization_patterns: &texts[8],
        group_nouns: &texts[9],
        abbreviations: &texts[10],
        non_names: &texts[11],
        metonyms: &texts[12],
        calendar: &texts[13],
    };
    if let Err(e) = Lexicon::parse(&files) {
        panic!("lexicon files do not parse: {e}");
    }
    let embedded = LexiconFiles::embedded();
    let emb = [
        embedded.countries,
        embedded.cities,
        embedded.regions,
        embedded.titles,
        embedded.cue_verbs,
        embedded.agreements,
        embedded.agreement_status,
        embedded.organizations,
        embedded.organization_patterns,
        embedded.group_nouns,
        embedded.abbreviations,
        embedded.non_names,
        embedded.metonyms,
        embedded.calendar,
    ];
    for ((name, disk), emb) in FILE_NAMES.iter().zip(&texts).zip(emb) {
        assert_eq!(
            disk.as_str(),
            emb,
            "{name}: embedded copy differs from the file"
        );
    }
    assert!(try_lexicon().is_ok());
}

#[test]
fn tsv_files_are_sorted_rectangular_and_have_unique_first_columns() {
    // cities and regions are keyed by id/code (names repeat); the others by their first column.
    for name in FILE_NAMES.iter().filter(|n| n.ends_with(".tsv")) {
        let text = read(name);
        let mut lines = text.lines();
        let header = lines.next().unwrap_or_default();
        let width = header.split('\t').count();
        let key_col = match *name {
            "cities.tsv" => 6,
            "regions.tsv" => 2,
            _ => 0,
        };
        let mut seen = HashSet::new();
        let mut prev: Option<String> = None;
        for (i, line) in lines.enumerate() {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), width, "{name}:{}: cell count", i + 2);
            let key = if matches!(
                *name,
                "agreements.tsv" | "agreement_status.tsv" | "group_nouns.tsv"
            ) {
                cells[key_col].to_lowercase()
            } else {
                cells[key_col].to_string()
            };
            assert!(
                seen.insert(key.clone()),
                "{name}:{}: duplicate key {key:?}",
                i + 2
            );
            let sort_key = cells[0].to_lowercase();
            if let Some(p) = &prev {
                if *name != "countries.tsv" && *name != "cities.tsv" && *name != "regions.tsv" {
                    assert!(
                        p <= &sort_key,
                        "{name}:{}: not sorted ({p:?} > {sort_key:?})",
                        i + 2
                    );
                }
            }
            prev = Some(sort_key);
        }
    }
}

#[test]
fn bad_rows_are_reported_with_file_and_line() {
    let mut files = LexiconFiles::embedded();
    files.titles = "title\tcategory\nPresident\thead-of-state\nKing\tmonarch\n";
    let err = Lexicon::parse(&files).err().map(|e| (e.file, e.line));
    assert_eq!(err, Some(("titles.tsv".to_string(), 3)));

    let mut files = LexiconFiles::embedded();
    files.group_nouns = "noun\tcanonical\nrebels\trebels\nRebels\trebels\n";
    let err = Lexicon::parse(&files).err().map(|e| (e.file, e.line));
    assert_eq!(err, Some(("group_nouns.tsv".to_string(), 3)));
}

#[test]
fn sizes_are_sensible() {
    let lx = lexicon();
    assert!(lx.countries().len() >= 245);
    assert!(lx.titles().len() >= 200);
    assert!(lx.cue_verbs().len() >= 100);
    assert!(lx.cities().len() >= 20_000);
    assert!(
        std::fs::metadata(data_dir().join("cities.tsv"))
            .map(|m| m.len())
            .unwrap_or(0)
            <= 3 * 1024 * 1024
    );
}

fn check(kind: &str, input: &str, expected: &str) -> Result<(), String> {
    let lx = lexicon();
    let none = expected == "-";
    let got: Option<String> = match kind {
        "demonym" => lx.country_by_demonym(input).map(|c| c.iso2.clone()),
        "capital" => lx.country_by_capital(input).map(|c| c.iso2.clone()),
        "country" => lx.country_by_name(input).map(|c| c.iso2.clone()),
        "month" => lx.month(input).map(|m| m.to_string()),
        "weekday" => lx.weekday(input).map(|m| m.to_string()),
        "metonym" => lx.country_by_metonym(input).map(|c| c.iso2.clone()),
        "sovereign" => lx
            .country_by_iso2(input)
            .map(|c| if c.sovereign { "yes" } else { "no" }.to_string()),
        "city" => lx.city(input).map(|c| c.country.clone()),
        "region" => lx.region(input).map(|r| r.code.clone()),
        "title" => lx.title(input).map(|c| c.as_str().to_string()),
        "longest_title" => {
            let words: Vec<&str> = input.split(' ').collect();
            lx.longest_title(&words).map(|(n, _)| n.to_string())
        }
        "cue" => lx.cue_verb(input).map(|v| v.class.clone()),
        "agreement" => lx.agreement_trigger(input).map(|k| k.as_str().to_string()),
        "status" => {
            let words: Vec<String> = input.split(' ').map(str::to_string).collect();
            lx.status_phrases()
                .iter()
                .find(|(w, _)| *w == words)
                .map(|(_, s)| s.as_str().to_string())
        }
        "org" => lx.organization(input).map(|o| o.kind.as_str().to_string()),
        "org_head" => lx.org_head(input).map(|t| t.as_str().to_string()),
        "group" => lx.group_noun(input).map(str::to_string),
        "abbrev" => lx
            .abbreviation_may_end_sentence(input)
            .map(|b| if b { "yes" } else { "no" }.to_string()),
        "non_name" => Some(if lx.is_non_name(input) { "yes" } else { "no" }.to_string()),
        other => return Err(format!("unknown case kind {other:?}")),
    };
    match (none, got) {
        (true, None) => Ok(()),
        (false, Some(g)) if g == expected => Ok(()),
        (_, g) => Err(format!(
            "{kind} {input:?}: expected {expected:?}, got {g:?}"
        )),
    }
}

#[test]
fn lookup_cases() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/lexicon/cases.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 3, "cases.tsv:{}: three cells expected", i + 1);
        n += 1;
        if let Err(e) = check(cells[0], cells[1], cells[2]) {
            failures.push(format!("cases.tsv:{}: {e}", i + 1));
        }
    }
    assert!(n > 50, "too few cases");
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn longest_matches_and_specific_lookups() {
    let lx = lexicon();
    let ru = lx.country_by_demonym("Russian").map(|c| c.name.as_str());
    assert_eq!(ru, Some("Russia"));
    let moscow = lx.country_by_capital("Moscow");
    assert_eq!(moscow.map(|c| c.capital.as_str()), Some("Moscow"));
    assert!(moscow.is_some_and(|c| (c.lat - 55.75).abs() < 0.1 && (c.lon - 37.62).abs() < 0.1));
    assert_eq!(lx.cue_verb("said").map(|v| v.lemma.as_str()), Some("say"));
    let words = ["has", "repeatedly", "said"];
    assert_eq!(
        lx.longest_cue_verb(&words)
            .map(|(n, v)| (n, v.lemma.as_str())),
        None
    );
    let words = ["has", "said", "that"];
    assert_eq!(
        lx.longest_cue_verb(&words)
            .map(|(n, v)| (n, v.lemma.as_str())),
        Some((2, "say"))
    );
    let words = ["peace", "deal", "signed"];
    assert_eq!(
        lx.longest_agreement_trigger(&words),
        Some((2, newsgraph::model::AgreementKind::Deal))
    );
    let words = ["UN", "Security", "Council", "said"];
    assert_eq!(
        lx.longest_organization(&words)
            .map(|(n, o)| (n, o.name.as_str())),
        Some((3, "UN Security Council"))
    );
    let words = ["government", "troops", "advanced"];
    assert_eq!(
        lx.longest_group_noun(&words),
        Some((2, "government forces"))
    );
    // status phrases come longest first
    let lens: Vec<usize> = lx.status_phrases().iter().map(|(w, _)| w.len()).collect();
    assert!(lens.windows(2).all(|w| w[0] >= w[1]));
}
