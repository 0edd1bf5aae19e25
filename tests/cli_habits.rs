//! Shell habits of the command line: exit codes as `--help` documents them (cases in
//! `tests/data/cli/exit-codes.tsv`), completion scripts that a real bash loads and answers from, man pages
//! that groff formats without a warning (with its UTF-8 preprocessor, as `man` runs it), and `NO_COLOR` / `--color` on a real terminal.

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newsgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .expect("run newsgraph")
}

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn exit_codes_are_as_documented() {
    let cases = std::fs::read_to_string(root().join("tests/data/cli/exit-codes.tsv"))
        .expect("exit-codes.tsv");
    let inputs = root().join("tests/data/cli/inputs");
    let mut failures = Vec::new();
    let mut codes = std::collections::BTreeSet::new();
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "exit-codes.tsv: bad line {line:?}");
        let want: i32 = cols[0].parse().expect("exit code");
        codes.insert(want);
        let tmp = tempfile::tempdir().unwrap();
        let store = tmp.path().join("store");
        let args: Vec<String> = cols[1]
            .split(' ')
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.replace("{store}", store.to_str().unwrap())
                    .replace("{in}", inputs.to_str().unwrap())
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = newsgraph(&args);
        let text = if want == 0 { &out.stdout } else { &out.stderr };
        let text = String::from_utf8_lossy(text);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(want) || !text.contains(cols[2]) || stderr.contains("panicked")
        {
            failures.push(format!(
                "newsgraph {}: exit {:?}, want {want} and {:?} in {text:?}",
                cols[1],
                out.status.code(),
                cols[2]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(codes.into_iter().collect::<Vec<_>>(), [0, 1, 2]);
    // and --help says so, for the top command and for each subcommand
    for args in [
        &["--help"][..],
        &["load", "--help"],
        &["wikidata", "index", "--help"],
    ] {
        let help = String::from_utf8(newsgraph(args).stdout).unwrap();
        let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            help.contains("Exit status: 0 success; 1 bad input or a failure")
                && help.contains("2 bad usage")
                && help.contains("130 interrupted by Ctrl-C"),
            "newsgraph {args:?}: {help}"
        );
    }
}

#[test]
fn bash_completion_completes_subcommands_and_options() {
    if !have("bash") {
        eprintln!("skipped: no bash");
        return;
    }
    let script = newsgraph(&["completions", "bash"]);
    assert!(script.status.success());
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("newsgraph.bash");
    std::fs::write(&file, &script.stdout).unwrap();
    // what bash offers after `newsgraph lo<TAB>` and `newsgraph query --fo<TAB>` (bash calls the
    // function with the command, the word being completed and the word before it)
    let complete = |words: &str, cword: usize| {
        let list: Vec<&str> = words.split(' ').collect();
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source {}; COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{words}'; \
                 COMP_POINT=${{#COMP_LINE}}; _newsgraph newsgraph '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                file.display(),
                list[cword],
                list[cword - 1]
            ))
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let subcommands = complete("newsgraph lo", 1);
    assert_eq!(
        subcommands.lines().collect::<Vec<_>>(),
        ["load"],
        "{subcommands}"
    );
    let options = complete("newsgraph query --fo", 2);
    assert!(options.lines().any(|l| l == "--format"), "{options}");
}

#[test]
fn completion_scripts_for_zsh_and_fish_name_every_subcommand() {
    for shell in ["zsh", "fish", "bash"] {
        let out = newsgraph(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        for sub in ["run", "load", "query", "export", "completions", "man"] {
            assert!(script.contains(sub), "{shell}: no {sub}");
        }
        // a real shell, when there is one, must at least parse the script
        if have(shell) {
            let flag = if shell == "fish" {
                "--no-execute"
            } else {
                "-n"
            };
            let tmp = tempfile::NamedTempFile::new().unwrap();
            std::fs::write(tmp.path(), &script).unwrap();
            let check = Command::new(shell)
                .arg(flag)
                .arg(tmp.path())
                .output()
                .unwrap();
            assert!(
                check.status.success(),
                "{shell} rejects its completion script"
            );
        }
    }
}

#[test]
fn man_pages_format_without_warnings() {
    let out = newsgraph(&["man"]);
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH newsgraph 1"), "{page}");
    assert!(page.contains(".SH \"EXIT STATUS\""), "{page}");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("man1");
    let out = newsgraph(&["man", "--dir", dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in [
        "newsgraph.1",
        "newsgraph-load.1",
        "newsgraph-query.1",
        "newsgraph-wikidata-index.1",
    ] {
        assert!(dir.join(name).is_file(), "no {name}");
    }
    let top = std::fs::read_to_string(dir.join("newsgraph.1")).unwrap();
    assert!(top.contains(".SH \"EXIT STATUS\""), "{top}");
    // deterministic: a second run writes the same page
    assert!(
        newsgraph(&["man"]).stdout == page.as_bytes(),
        "two runs, two pages"
    );
    if !have("groff") {
        eprintln!("skipped the groff check: no groff");
        return;
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let out = Command::new("groff")
            .args(["-k", "-man", "-Tutf8", "-ww", "-z"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `newsgraph ARGS` on a pseudo-terminal (util-linux `script`), with `NO_COLOR` set or not: whether the
/// output has ANSI escapes.
fn coloured_on_a_terminal(args: &str, no_color: Option<&str>) -> bool {
    let mut cmd = Command::new("script");
    cmd.args(["-qec"])
        .arg(format!("{} {args}", env!("CARGO_BIN_EXE_newsgraph")))
        .arg("/dev/null")
        .env_remove("NO_COLOR");
    if let Some(v) = no_color {
        cmd.env("NO_COLOR", v);
    }
    let out = cmd.output().expect("script");
    assert!(
        !out.stdout.is_empty(),
        "no output from `{args}` on a terminal"
    );
    out.stdout.contains(&0x1b)
}

#[test]
fn no_color_and_the_color_option_on_a_terminal() {
    if !have("script") {
        eprintln!("skipped: no `script` (util-linux) for a pseudo-terminal");
        return;
    }
    assert!(coloured_on_a_terminal("--help", None));
    assert!(!coloured_on_a_terminal("--help", Some("1")));
    assert!(!coloured_on_a_terminal("--color never --help", None));
    assert!(coloured_on_a_terminal("--color always --help", Some("1")));
    // usage errors too
    assert!(coloured_on_a_terminal("stats --bogus", None));
    assert!(!coloured_on_a_terminal("stats --bogus", Some("1")));
    // and off a terminal, never unless asked
    assert!(!newsgraph(&["--help"]).stdout.contains(&0x1b));
    assert!(
        newsgraph(&["--color", "always", "--help"])
            .stdout
            .contains(&0x1b)
    );
}
