//! Fuzz target `rdf_export`: see [`newsgraph_fuzz::rdf_export`].
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsgraph_fuzz::run("rdf_export", data));
