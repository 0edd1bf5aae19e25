//! Lexicons loaded from the data files in `data/lexicon/` (compiled into the binary).
