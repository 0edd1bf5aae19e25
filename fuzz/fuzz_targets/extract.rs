//! Fuzz target `extract`: see [`newsgraph_fuzz::extract`]. A structure-aware mutator: half of the
//! mutations insert a line ending, quote mark or awkward Unicode at a character boundary (where byte-level
//! mutation mostly breaks UTF-8 instead), the rest are libFuzzer's own.
#![no_main]

use libfuzzer_sys::{fuzz_mutator, fuzz_target, fuzzer_mutate};

fuzz_target!(|data: &[u8]| newsgraph_fuzz::run("extract", data));

/// What the structure-aware mutation inserts.
const INSERTS: &[&str] = &[
    "\r\n",
    "\r",
    "\n",
    "\r\n\r\n",
    "\n \n",
    "\r\n  \r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "e\u{301}",
    "\u{1f600}",
    "\u{1f1f7}\u{1f1fa}",
    "\u{0}",
    "\t",
    " said ",
    " told ",
    "Mr. ",
    "President ",
    "Foreign Minister ",
    ". ",
    ", ",
];

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    if seed % 2 == 0 {
        return fuzzer_mutate(data, size, max_size);
    }
    let ins = INSERTS[(seed as usize / 2) % INSERTS.len()].as_bytes();
    if size + ins.len() > max_size {
        return fuzzer_mutate(data, size, max_size);
    }
    let text = String::from_utf8_lossy(&data[..size]).into_owned();
    let mut bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bounds.push(text.len());
    let at = bounds[(seed as usize / 64) % bounds.len()];
    let mut out = Vec::with_capacity(text.len() + ins.len());
    out.extend_from_slice(&text.as_bytes()[..at]);
    out.extend_from_slice(ins);
    out.extend_from_slice(&text.as_bytes()[at..]);
    if out.len() > max_size {
        return fuzzer_mutate(data, size, max_size);
    }
    data[..out.len()].copy_from_slice(&out);
    out.len()
});
