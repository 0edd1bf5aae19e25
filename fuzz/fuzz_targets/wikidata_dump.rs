//! Fuzz target `wikidata_dump`: see [`newsgraph_fuzz::wikidata_dump`].
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsgraph_fuzz::run("wikidata_dump", data));
