//! Rule- and lexicon-based extraction: text → [`crate::model::Extraction`].

pub mod dates;
