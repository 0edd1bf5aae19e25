//! Shell habits: colour choice (`--color`, `NO_COLOR`), completion scripts and man pages.

use super::args::Cli;
use anyhow::{Context, Result};
use clap::{ColorChoice, CommandFactory};
use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

/// The clap command of newsgraph, every (sub)command's `--help` ending with the exit status.
pub fn command() -> clap::Command {
    fn with_exit_status(cmd: clap::Command) -> clap::Command {
        cmd.after_help(super::args::EXIT_STATUS)
            .mut_subcommands(with_exit_status)
    }
    with_exit_status(Cli::command())
}

/// The colour choice for clap's help and errors, read from the raw arguments before parsing (so that a
/// usage error is already coloured as asked) and the environment: `--color always|never|auto` (the last one
/// given wins), and `NO_COLOR` (set and not empty: no colour unless `--color always`,
/// <https://no-color.org>).
pub fn color_choice(
    args: impl IntoIterator<Item = OsString>,
    no_color: Option<OsString>,
) -> ColorChoice {
    let mut choice = None;
    let mut args = args.into_iter().skip(1);
    while let Some(a) = args.next() {
        let Some(a) = a.to_str() else { continue };
        if a == "--" {
            break;
        }
        let value = if a == "--color" {
            args.next().and_then(|v| v.into_string().ok())
        } else {
            a.strip_prefix("--color=").map(str::to_string)
        };
        match value.as_deref() {
            Some("always") => choice = Some(ColorChoice::Always),
            Some("never") => choice = Some(ColorChoice::Never),
            Some("auto") => choice = Some(ColorChoice::Auto),
            _ => {}
        }
    }
    match choice.unwrap_or(ColorChoice::Auto) {
        ColorChoice::Auto if no_color.is_some_and(|v| !v.is_empty()) => ColorChoice::Never,
        c => c,
    }
}

/// `newsgraph completions SHELL`: the completion script on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    // into memory first: clap_complete panics on a write error (a closed pipe)
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(), "newsgraph", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)
        .and_then(|()| out.flush())
        .context("writing to stdout")
}

/// The top man page, newsgraph(1), with `--help`'s exit status under the heading EXIT STATUS.
pub fn man_page() -> Result<Vec<u8>> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command())
        .render(&mut page)
        .context("rendering the man page")?;
    let page = String::from_utf8(page).context("rendering the man page")?;
    Ok(exit_status_heading(&page).into_bytes())
}

/// clap_mangen puts `after_help` under the heading EXTRA; ours is the exit status.
fn exit_status_heading(page: &str) -> String {
    page.replacen(".SH EXTRA\n", ".SH \"EXIT STATUS\"\n", 1)
}

/// `newsgraph man [--dir DIR]`: the man page on stdout, or one page per (sub)command in `DIR`
/// (newsgraph.1, newsgraph-load.1 …).
pub fn man(dir: Option<&Path>) -> Result<()> {
    match dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("{}: cannot create the directory", dir.display()))?;
            clap_mangen::generate_to(command(), dir)
                .with_context(|| format!("{}: cannot write the man pages", dir.display()))?;
            for entry in std::fs::read_dir(dir)
                .with_context(|| format!("{}: cannot read the directory", dir.display()))?
            {
                let path = entry?.path();
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name.starts_with("newsgraph") && name.ends_with(".1") {
                    let text = std::fs::read_to_string(&path)
                        .with_context(|| format!("{}: cannot read", path.display()))?;
                    std::fs::write(&path, exit_status_heading(&text))
                        .with_context(|| format!("{}: cannot write", path.display()))?;
                }
            }
            Ok(())
        }
        None => {
            let page = man_page()?;
            let mut out = std::io::stdout().lock();
            out.write_all(&page)
                .and_then(|()| out.flush())
                .context("writing to stdout")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(args: &[&str], no_color: Option<&str>) -> ColorChoice {
        color_choice(
            std::iter::once("newsgraph")
                .chain(args.iter().copied())
                .map(OsString::from),
            no_color.map(OsString::from),
        )
    }

    #[test]
    fn no_color_turns_auto_off_but_not_always() {
        assert_eq!(choice(&["stats"], None), ColorChoice::Auto);
        assert_eq!(choice(&["stats"], Some("1")), ColorChoice::Never);
        assert_eq!(choice(&["stats"], Some("")), ColorChoice::Auto);
        assert_eq!(
            choice(&["--color", "always"], Some("1")),
            ColorChoice::Always
        );
        assert_eq!(
            choice(&["--color=never", "stats"], None),
            ColorChoice::Never
        );
        assert_eq!(
            choice(&["--color=never", "--color", "auto"], Some("1")),
            ColorChoice::Never
        );
        assert_eq!(choice(&["--", "--color=always"], None), ColorChoice::Auto);
    }
}
