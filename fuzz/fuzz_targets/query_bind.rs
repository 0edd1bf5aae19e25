//! Fuzz target `query_bind`: see [`newsgraph_fuzz::query_bind`].
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsgraph_fuzz::run("query_bind", data));
