//! Fuzz target `dates`: see [`newsgraph_fuzz::dates`].
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsgraph_fuzz::run("dates", data));
