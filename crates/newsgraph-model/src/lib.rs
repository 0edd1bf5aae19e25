//! The extraction model: the contract between extractors and everything downstream
//! (RDF mapping, store, linking, evaluation). Serialized as the extraction JSON of `DESIGN.md`.

use serde::{Deserialize, Serialize};

pub mod atomic;
pub mod data;
pub mod error;
pub mod extsort;
mod names;

/// An input document, as produced by ingest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Document {
    /// Stable document id (file stem or the `id` field of a JSON Lines record).
    pub id: String,
    /// Source URL, when known.
    #[serde(default)]
    pub url: Option<String>,
    /// Headline, when known.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date as `YYYY-MM-DD`, when known.
    #[serde(default)]
    pub published: Option<String>,
    /// Outlet or source description.
    #[serde(default)]
    pub source: Option<String>,
    /// Language code (defaults to `en`).
    #[serde(default)]
    pub lang: Option<String>,
    /// The article text; all offsets are character offsets into it.
    pub text: String,
}

/// A character span `[start, end)` into the document text (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Start offset, inclusive.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
}

/// The type of an entity, as in the contract (the variant names are the contract names).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
pub enum EntityType {
    /// A named person.
    Person,
    /// Ministries, agencies, companies, parties, international organisations.
    Organization,
    /// A country or its government (also when named by capital or demonym).
    State,
    /// Militias, rebel and jihadist groups, named armed forces acting on their own.
    ArmedGroup,
    /// A place that is not acting.
    Location,
    /// An unnamed collective actor ("militants", "civilians").
    Group,
}

contract_names!(EntityType);

impl EntityType {
    /// All types, in contract order.
    pub const ALL: &'static [EntityType] = <EntityType as strum::VariantArray>::VARIANTS;
}

/// One occurrence of an entity or agreement in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Start character offset, inclusive.
    pub start: usize,
    /// End character offset, exclusive.
    pub end: usize,
    /// The exact surface text (`text[start..end]` in characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// An extracted entity (document level, with all its mentions).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Document-local id (`e1`, `e2`, ...).
    pub id: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest proper name used in the article.
    pub name: String,
    /// Other surface forms referring to the same entity.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Roles or titles held ("Foreign Minister").
    #[serde(default)]
    pub roles: Vec<String>,
    /// Id of the entity this one is affiliated with (a minister's state).
    #[serde(default)]
    pub affiliation: Option<String>,
    /// Wikidata QID ("Q159"), when linked.
    #[serde(default)]
    pub wikidata: Option<String>,
    /// Confidence of the Wikidata link in `0..=1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata_confidence: Option<f64>,
    /// How the link was made (`online`, `offline`), when linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata_method: Option<String>,
    /// Latitude/longitude in WGS84, when known (places).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<(f64, f64)>,
    /// Country code (ISO 3166-1 alpha-2) for states and places, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Every occurrence in the text.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// Kind of a statement.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[strum(serialize_all = "lowercase")]
pub enum StatementKind {
    /// Text in quotation marks.
    Direct,
    /// A quoted fragment inside reporting prose.
    Partial,
    /// Reported speech.
    Indirect,
}

contract_names!(StatementKind);

/// An attributed statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Document-local id (`s1`, ...).
    pub id: String,
    /// direct / partial / indirect.
    pub kind: StatementKind,
    /// Id of the speaking entity, when found.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The cue verb or phrase ("said", "told reporters", "according to").
    #[serde(default)]
    pub cue: Option<String>,
    /// The statement content (quoted words without marks, or the reported clause).
    pub text: String,
    /// Start offset of `text` in the document.
    pub start: usize,
    /// End offset of `text` in the document (exclusive).
    pub end: usize,
    /// Date of the statement (`YYYY-MM-DD`).
    #[serde(default)]
    pub date: Option<String>,
    /// Ids of entities mentioned in the statement.
    #[serde(default)]
    pub about: Vec<String>,
}

/// Kind of an agreement.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[strum(serialize_all = "lowercase")]
pub enum AgreementKind {
    /// A generic agreement.
    Agreement,
    /// A ceasefire.
    Ceasefire,
    /// A truce (the article's word; a ceasefire by another name).
    Truce,
    /// A deal.
    Deal,
    /// A treaty.
    Treaty,
    /// An accord.
    Accord,
    /// Memorandum (of understanding).
    Memorandum,
    /// A proposal.
    Proposal,
    /// A plan or roadmap.
    Plan,
    /// A protocol.
    Protocol,
    /// A framework.
    Framework,
    /// An annex.
    Annex,
    /// A declaration (joint declaration, declaration of principles).
    Declaration,
    /// A roadmap.
    Roadmap,
    /// Another kind of arrangement.
    Other,
}

contract_names!(AgreementKind);

impl AgreementKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [AgreementKind] = <AgreementKind as strum::VariantArray>::VARIANTS;
}

/// Status of an agreement: the latest the article reports.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[strum(serialize_all = "kebab-case")]
pub enum AgreementStatus {
    /// Proposed by a party.
    Proposed,
    /// Under negotiation.
    Negotiating,
    /// Agreed in principle but not formalized.
    NotFormalized,
    /// Reached.
    Reached,
    /// Signed.
    Signed,
    /// In force.
    InForce,
    /// Withdrawn.
    Withdrawn,
    /// Abandoned.
    Abandoned,
    /// Violated.
    Violated,
    /// Collapsed.
    Collapsed,
    /// Unknown.
    Unknown,
}

contract_names!(AgreementStatus);

impl AgreementStatus {
    /// Every status, in declaration order.
    pub const ALL: &'static [AgreementStatus] = <AgreementStatus as strum::VariantArray>::VARIANTS;
}

/// An agreement, deal, ceasefire, proposal, ...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    /// Document-local id (`a1`, ...).
    pub id: String,
    /// The kind of agreement.
    pub kind: AgreementKind,
    /// The shortest phrase naming it in the article.
    pub name: String,
    /// Ids of the parties.
    #[serde(default)]
    pub parties: Vec<String>,
    /// ISO date, when given.
    #[serde(default)]
    pub date: Option<String>,
    /// Id of the place entity, when given.
    #[serde(default)]
    pub place: Option<String>,
    /// Latest reported status.
    pub status: AgreementStatus,
    /// Where it is named in the text.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// The extraction of one document: the extraction JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// Document id.
    pub id: String,
    /// Source URL.
    #[serde(default)]
    pub url: Option<String>,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
    /// Outlet.
    #[serde(default)]
    pub source: Option<String>,
    /// The article text.
    pub text: String,
    /// Entities.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Statements.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Agreements.
    #[serde(default)]
    pub agreements: Vec<Agreement>,
}

impl Extraction {
    /// An empty extraction carrying the document's metadata.
    pub fn empty(doc: &Document) -> Self {
        Extraction {
            id: doc.id.clone(),
            url: doc.url.clone(),
            title: doc.title.clone(),
            published: doc.published.clone(),
            source: doc.source.clone(),
            text: doc.text.clone(),
            entities: Vec::new(),
            statements: Vec::new(),
            agreements: Vec::new(),
        }
    }

    /// The entity with this document-local id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// Parses a date written exactly as `YYYY-MM-DD` (four-digit year, two-digit month and day), the only form
/// the contract and `xsd:date` output accept; `2016-1-6`, `+2016-12-06` or `2016-02-30` give `None`.
pub fn parse_iso_date(s: &str) -> Option<chrono::NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}
