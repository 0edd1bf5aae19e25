//! The command-line front end: argument types ([`args`]), one function per subcommand ([`commands`]) and
//! the wiring of Wikidata linking ([`linking`]).

pub mod args;
pub mod commands;
pub mod linking;
pub mod output;
