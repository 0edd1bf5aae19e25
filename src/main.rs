//! The `newsgraph` command line.

mod cli;

use clap::Parser;
use cli::args::{Cli, Command};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Run(a) => cli::commands::run(a),
        Command::Extract(a) => cli::commands::extract(a),
        Command::Load(a) => cli::commands::load(a),
        Command::Remove(a) => cli::commands::remove(a),
        Command::Query(a) => cli::commands::query(a),
        Command::Export(a) => cli::commands::export(a),
        Command::Stats(a) => cli::commands::stats(a),
        Command::Serve(a) => cli::commands::serve(a),
        Command::Push(a) => cli::commands::push(a),
        Command::Link(a) => cli::commands::link(a),
        Command::Wikidata(c) => cli::commands::wikidata(c),
        Command::Eval(a) => cli::commands::eval(a),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (`newsgraph export | head`) is not an error worth reporting.
            if format!("{e:#}").contains("Broken pipe") {
                return std::process::ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
