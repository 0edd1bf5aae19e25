//! Places: countries (`countries.tsv`), cities (`cities.tsv`), first-level divisions and continents
//! (`regions.tsv`) and the seats of government that stand for a state (`metonyms.tsv`).

use std::collections::HashMap;

use super::rows::{CityRow, CountryRow, MetonymRow, RegionRow};
use super::{Lexicon, LexiconError, insert_unique, rows};

/// A country or territory.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// Canonical English short name ("Russia").
    pub name: String,
    /// ISO 3166-1 alpha-2 ("RU").
    pub iso2: String,
    /// ISO 3166-1 alpha-3 ("RUS").
    pub iso3: String,
    /// Capital city name ("Moscow"); empty when none.
    pub capital: String,
    /// Other spellings of the capital ("Bogotá" for "Bogota").
    pub capital_aliases: Vec<String>,
    /// Whether the capital's name stands for the government in news ("Moscow said"): states only,
    /// and not for capitals whose name is an everyday word or a common given name ("Male", "Victoria").
    pub capital_metonym: bool,
    /// Demonyms, adjective and people forms ("Russian", "Russians").
    pub demonyms: Vec<String>,
    /// Other names and short forms ("Russian Federation").
    pub aliases: Vec<String>,
    /// Latitude of the capital (or of the country when it has none).
    pub lat: f64,
    /// Longitude of the capital (or of the country when it has none).
    pub lon: f64,
    /// Sovereign state (including partially recognised states that act as states in news).
    pub sovereign: bool,
}

/// A populated place from GeoNames.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    /// Name as GeoNames spells it.
    pub name: String,
    /// ASCII folding of the name.
    pub ascii_name: String,
    /// ISO 3166-1 alpha-2 of its country.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population.
    pub population: u64,
    /// GeoNames id.
    pub geonameid: u64,
    /// GeoNames admin1 code.
    pub admin1: String,
}

/// A first-level administrative division or a continent.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Name.
    pub name: String,
    /// ISO 3166-1 alpha-2 of its country; empty for continents.
    pub country: String,
    /// ISO 3166-2 code ("US-TX"), or `CONT-XX` for continents.
    pub code: String,
    /// Kind of division ("State", "Province", "Continent", ...).
    pub kind: String,
    /// Other names.
    pub aliases: Vec<String>,
}

/// What a government metonym stands for (its name in `metonyms.tsv` is the lowercase variant name).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[strum(serialize_all = "lowercase")]
pub enum MetonymScope {
    /// The state's executive as a whole ("the Kremlin", "Downing Street").
    Government,
    /// A named institution of the state ("the Pentagon" = Department of Defense).
    Institution,
}

/// A seat or building of government whose name stands for a state or one of its institutions.
#[derive(Debug, Clone, PartialEq)]
pub struct Metonym {
    /// The surface form ("the Kremlin").
    pub text: String,
    /// ISO 3166-1 alpha-2 of the state.
    pub iso2: String,
    /// Whole government or one institution.
    pub scope: MetonymScope,
    /// The institution it names, when known ("Department of Defense").
    pub institution: String,
}

impl Lexicon {
    pub(super) fn parse_countries(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "countries.tsv";
        for r in rows::<CountryRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            let country = Country {
                name: c.name,
                iso2: c.iso2,
                iso3: c.iso3,
                capital: c.capital,
                capital_aliases: c.capital_aliases,
                capital_metonym: c.capital_metonym,
                demonyms: c.demonyms,
                aliases: c.aliases,
                lat: c.lat,
                lon: c.lon,
                sovereign: c.is_sovereign,
            };
            let idx = self.countries.len();
            insert_unique(&mut self.country_iso2, country.iso2.clone(), idx, F, l)?;
            insert_unique(&mut self.country_names, country.name.clone(), idx, F, l)?;
            for a in &country.aliases {
                insert_unique(&mut self.country_names, a.clone(), idx, F, l)?;
            }
            for d in &country.demonyms {
                insert_unique(&mut self.country_demonyms, d.clone(), idx, F, l)?;
            }
            if country.capital_metonym {
                for cap in std::iter::once(&country.capital).chain(&country.capital_aliases) {
                    // Two states may share a capital name: the first row wins.
                    self.country_capitals.entry(cap.clone()).or_insert(idx);
                }
            }
            self.countries.push(country);
        }
        Ok(())
    }

    pub(super) fn parse_cities(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "cities.tsv";
        let mut ids = HashMap::new();
        for r in rows::<CityRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            let city = City {
                name: c.name,
                ascii_name: c.ascii_name,
                country: c.country,
                lat: c.lat,
                lon: c.lon,
                population: c.population,
                geonameid: c.geonameid,
                admin1: c.admin1,
            };
            insert_unique(&mut ids, city.geonameid.to_string(), (), F, l)?;
            let idx = self.cities.len();
            self.cities.push(city);
            let city = &self.cities[idx];
            for key in [&city.name, &city.ascii_name] {
                if key.is_empty() {
                    continue;
                }
                let better = match self.city_names.get(key.as_str()) {
                    None => true,
                    Some(&j) => self.cities[j].population < city.population,
                };
                if better {
                    self.city_names.insert(key.clone(), idx);
                }
            }
        }
        Ok(())
    }

    pub(super) fn parse_regions(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "regions.tsv";
        let mut codes = HashMap::new();
        for r in rows::<RegionRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            let region = Region {
                name: c.name,
                country: c.country,
                code: c.code,
                kind: c.kind,
                aliases: c.aliases,
            };
            insert_unique(&mut codes, region.code.clone(), (), F, l)?;
            let idx = self.regions.len();
            for n in std::iter::once(&region.name).chain(region.aliases.iter()) {
                // Names shared by divisions of several countries: the first row (sorted) wins.
                self.region_names.entry(n.clone()).or_insert(idx);
            }
            self.regions.push(region);
        }
        Ok(())
    }

    pub(super) fn parse_metonyms(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "metonyms.tsv";
        for r in rows::<MetonymRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            if !self.country_iso2.contains_key(&c.iso2) {
                return Err(LexiconError::new(
                    F,
                    l,
                    format!("unknown country code {:?}", c.iso2),
                ));
            }
            let m = Metonym {
                text: c.metonym.clone(),
                iso2: c.iso2,
                scope: c.stands_for,
                institution: c.institution,
            };
            insert_unique(&mut self.metonyms, c.metonym, m, F, l)?;
        }
        Ok(())
    }

    /// All countries and territories, sorted by name.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Country by its name or an alias (exact, case-sensitive: "Russia", "US", "the UK").
    pub fn country_by_name(&self, name: &str) -> Option<&Country> {
        self.country_names.get(name).map(|&i| &self.countries[i])
    }

    /// Country by a demonym ("Russian", "Russians"), exact and case-sensitive.
    pub fn country_by_demonym(&self, demonym: &str) -> Option<&Country> {
        self.country_demonyms
            .get(demonym)
            .map(|&i| &self.countries[i])
    }

    /// Country whose capital has this name ("Moscow" → Russia, "Bogotá" → Colombia), exact and
    /// case-sensitive; only capitals marked `capital_metonym` (states, not everyday words).
    pub fn country_by_capital(&self, capital: &str) -> Option<&Country> {
        self.country_capitals
            .get(capital)
            .map(|&i| &self.countries[i])
    }

    /// Country by ISO 3166-1 alpha-2 code ("RU").
    pub fn country_by_iso2(&self, iso2: &str) -> Option<&Country> {
        self.country_iso2.get(iso2).map(|&i| &self.countries[i])
    }

    /// A seat of government standing for a state or institution ("the Kremlin", "Downing Street"),
    /// exact and case-sensitive.
    pub fn metonym(&self, text: &str) -> Option<&Metonym> {
        self.metonyms.get(text)
    }

    /// The country whose government a metonym stands for ("the Kremlin" → Russia).
    pub fn country_by_metonym(&self, text: &str) -> Option<&Country> {
        self.metonym(text)
            .and_then(|m| self.country_by_iso2(&m.iso2))
    }

    /// All cities (population ≥ the threshold in the README).
    pub fn cities(&self) -> &[City] {
        &self.cities
    }

    /// City by name or ASCII name, exact; the most populous when several share the name.
    pub fn city(&self, name: &str) -> Option<&City> {
        self.city_names.get(name).map(|&i| &self.cities[i])
    }

    /// All cities with this name or ASCII name, most populous first.
    pub fn cities_named(&self, name: &str) -> Vec<&City> {
        let mut v: Vec<&City> = self
            .cities
            .iter()
            .filter(|c| c.name == name || c.ascii_name == name)
            .collect();
        v.sort_by_key(|c| std::cmp::Reverse(c.population));
        v
    }

    /// All regions.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// A first-level division or continent by exact name ("Texas", "Europe").
    pub fn region(&self, name: &str) -> Option<&Region> {
        self.region_names.get(name).map(|&i| &self.regions[i])
    }
}
