//! The command-line front end: argument types ([`args`]), one function per subcommand ([`commands`]), the
//! wiring of Wikidata linking ([`linking`]), shell habits ([`habits`]: colour, completions, man pages),
//! the actor network as a graph file or picture ([`network`]), framed JSON-LD ([`jsonld`]), progress on stderr ([`progress`]) and Ctrl-C ([`interrupt`]).

pub mod args;
pub mod commands;
pub mod habits;
pub mod interrupt;
pub mod jsonld;
pub mod linking;
pub mod network;
pub mod output;
pub mod progress;
