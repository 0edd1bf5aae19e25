//! Entity linking to Wikidata, online (API) or offline (local index).
