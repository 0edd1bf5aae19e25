//! The explorer page in a real browser: starts `newsgraph serve` on the seed example and drives headless
//! Chromium with Selenium (`tests/browser/explorer.py`): a bundled query and its table, the actor network
//! and an actor's statements, the timeline, and the article view's highlights at their exact offsets. A
//! second store holds an article with text outside the Basic Multilingual Plane (emoji, 𝔸), where NIF's
//! code-point offsets and JavaScript's UTF-16 indexes part ways.
//!
//! Skipped with a message when python3 with selenium, or chromium and chromedriver, are missing, unless
//! `NEWSGRAPH_REQUIRE_PYTHON_CHECKS` is set (CI sets it): then that is a failure. Screenshots of each view
//! go to a temporary directory, or to `$NEWSGRAPH_SCREENSHOTS` when set (the README's come from
//! `NEWSGRAPH_SCREENSHOTS=docs/screenshots cargo test --release --test explorer`).

mod served;
use served::serve;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newsgraph(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(root())
        .stdout(Stdio::null())
        .output()
        .expect("run newsgraph");
    assert!(
        out.status.success(),
        "newsgraph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Whether python3 with selenium, chromium and chromedriver are all here.
fn browser_available() -> Result<(), String> {
    let python = Command::new("python3")
        .args(["-c", "import selenium"])
        .output();
    if !python.map(|o| o.status.success()).unwrap_or(false) {
        return Err("python3 with selenium not found".into());
    }
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    if !Path::new(&driver).exists() {
        return Err(format!("chromedriver not found at {driver}"));
    }
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .any(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    if !browser && std::env::var_os("CHROMIUM_BINARY").is_none() {
        return Err("chromium not found".into());
    }
    Ok(())
}

fn run_script(args: &[&str]) {
    let out = Command::new("python3")
        .arg(root().join("tests/browser/explorer.py"))
        .args(args)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "tests/browser/explorer.py {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    eprint!("{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn explorer_in_a_real_browser() {
    if let Err(why) = browser_available() {
        assert!(
            std::env::var_os("NEWSGRAPH_REQUIRE_PYTHON_CHECKS").is_none(),
            "{why} (scripts/setup.sh installs chromium, chromedriver and selenium)"
        );
        eprintln!("skipped: {why}");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // The seed example, linked offline against the bundled starter index (so Wikidata links show).
    let seed = tmp.path().join("seed");
    newsgraph(&[
        "run",
        "examples/lavrov-aleppo-2016-12-06.txt",
        "--store",
        seed.to_str().unwrap(),
        "--link",
        "offline",
    ]);
    // An article whose code points and UTF-16 units differ before every mention.
    let astral = tmp.path().join("astral-2016-12-07.txt");
    std::fs::write(
        &astral,
        "😀 \"We will not leave 𝔸leppo to the militants,\" Sergei Lavrov said on Tuesday 🇷🇺. \
         Russia and the United States agreed a ceasefire in Syria.\n",
    )
    .unwrap();
    let other = tmp.path().join("astral");
    newsgraph(&[
        "load",
        astral.to_str().unwrap(),
        "--store",
        other.to_str().unwrap(),
    ]);
    let shots = std::env::var("NEWSGRAPH_SCREENSHOTS")
        .map(|d| root().join(d))
        .unwrap_or_else(|_| tmp.path().join("screenshots"));
    {
        let server = serve(&seed, &[]);
        run_script(&[
            &server.base,
            "lavrov-aleppo-2016-12-06",
            "--screenshots",
            shots.to_str().unwrap(),
        ]);
    }
    let server = serve(&other, &[]);
    run_script(&[&server.base, "astral-2016-12-07", "--articles-only"]);
    for view in ["query", "network", "actor", "timeline", "article"] {
        assert!(
            shots.join(format!("{view}.png")).is_file(),
            "no screenshot of the {view} view"
        );
    }
}
