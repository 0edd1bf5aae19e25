//! Fuzz target `ingest`: see [`newsgraph_fuzz::ingest`].
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsgraph_fuzz::run("ingest", data));
