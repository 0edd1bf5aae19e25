//! The `newsgraph` command line.

mod cli;

use clap::FromArgMatches;
use cli::args::{Cli, Command};

fn main() -> std::process::ExitCode {
    let color = cli::habits::color_choice(std::env::args_os(), std::env::var_os("NO_COLOR"));
    // Usage errors exit with status 2, --help and --version with 0 (clap's `exit`).
    let matches = cli::habits::command().color(color).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // The commands that bulk-load, before any thread starts (the Ctrl-C handler's, rayon's, RocksDB's):
    // glibc's arenas and mmap threshold set for long loads. The others keep glibc's defaults, with which
    // their memory was measured.
    if matches!(cli.command, Command::Run(_) | Command::Load(_)) {
        newsgraph::store::tune_heap_for_loads();
    }
    cli::progress::init(cli.quiet, cli.progress);
    // Commands that stop cleanly at an article (or graph) boundary on Ctrl-C; the others keep the default
    // (the process ends at once).
    let stops_cleanly = matches!(
        cli.command,
        Command::Run(_)
            | Command::Load(_)
            | Command::Export(_)
            | Command::Eval(_)
            | Command::Extract(_)
            | Command::Link(_)
            | Command::Wikidata(_)
    );
    if stops_cleanly {
        cli::interrupt::install();
    }
    let result = match &cli.command {
        Command::Run(a) => cli::commands::run(a),
        Command::Extract(a) => cli::commands::extract(a),
        Command::Load(a) => cli::commands::load(a),
        Command::Remove(a) => cli::commands::remove(a),
        Command::Query(a) => cli::commands::query(a),
        Command::Export(a) => cli::commands::export(a),
        Command::Stats(a) => cli::commands::stats(a),
        Command::Recount(a) => cli::commands::recount(a),
        Command::Serve(a) => cli::commands::serve(a),
        Command::Push(a) => cli::commands::push(a),
        Command::Bulk(a) => cli::commands::bulk(a),
        Command::Link(a) => cli::commands::link(a),
        Command::Wikidata(c) => cli::commands::wikidata(c),
        Command::Eval(a) => cli::commands::eval(a),
        Command::Plot(a) => cli::commands::plot(a),
        Command::Completions { shell } => cli::habits::completions(*shell),
        Command::Man { dir } => cli::habits::man(dir.as_deref()),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            if e.is::<cli::interrupt::Interrupted>() {
                // the command has said what it committed
                return std::process::ExitCode::from(cli::interrupt::EXIT_INTERRUPTED);
            }
            // A closed pipe (`newsgraph export | head`) is not an error worth reporting.
            if is_broken_pipe(&e) {
                return std::process::ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: error: {}", message(&e));
            std::process::ExitCode::FAILURE
        }
    }
}

/// Whether an error was caused by writing to a closed pipe: some error of its chain (the library errors keep
/// their I/O error as their `source`) is an I/O error of kind `BrokenPipe`. Decided by kind, never by the
/// message (a file named `Broken pipe.txt` that does not exist is an error like any other).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes, `: `-separated; a cause whose text the message already holds is not repeated
/// (`FILE: No such file or directory (os error 2)`, whose source is the I/O error it names; a locked store's
/// message, which quotes RocksDB's).
fn message(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let s = cause.to_string();
        if text.is_empty() {
            text = s;
        } else if !text.contains(&s) {
            text.push_str(": ");
            text.push_str(&s);
        }
    }
    text
}
