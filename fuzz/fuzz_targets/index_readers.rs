//! Fuzz target `index_readers`: see [`newsgraph_fuzz::index_readers`].
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsgraph_fuzz::run("index_readers", data));
