//! The closed-class word lists and small tables of the extractor, `data/extract/` (compiled in), read by
//! the one data loader ([`crate::model::data`]) into [`Words`], once.
//!
//! Every file of `data/extract/` is listed in [`FILES`] and parsed by [`Words::parse`]; a bad row is an
//! error naming the file and line ([`try_words`]), which `tests/data_files.rs` checks for the bundled
//! copies. [`words`] never panics: should the bundled data be bad, it prints the error and uses empty
//! lists.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::data::{self, DataError, Record, Row};
use crate::model::{AgreementStatus, EntityType};

/// The unit of a relative period ("last week", "earlier this month").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodUnit {
    /// An ISO week (Monday to Sunday).
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

/// The word lists and tables.
#[derive(Debug, Default)]
pub struct Words {
    /// Lowercase particles inside personal names.
    pub name_particles: HashSet<String>,
    /// Lowercase words inside place names, for names written in capitals (`place_name_particles.txt`).
    pub place_name_particles: HashSet<String>,
    /// Elided particles joined to the next name word by an apostrophe ("d" of "Côte d'Ivoire").
    pub elided_particles: HashSet<String>,
    /// Lowercase connectors inside organisation or place names.
    pub name_connectors: HashSet<String>,
    /// Head nouns of place names.
    pub location_heads: HashSet<String>,
    /// Prepositions that introduce a place.
    pub locative_prepositions: HashSet<String>,
    /// Direction adjectives.
    pub directions: HashSet<String>,
    /// Pronouns that can be speakers.
    pub pronouns: HashSet<String>,
    /// Auxiliaries and adverbs between a subject and its verb (single words).
    pub auxiliaries: HashSet<String>,
    /// Words after a capital that make it act as its government.
    pub metonymy_verbs: HashSet<String>,
    /// Lowercase nouns that make a preceding unknown name a place.
    pub location_nouns: HashSet<String>,
    /// Nouns of settlement or district before "of" and a place's name (`settlement_nouns.txt`).
    pub settlement_nouns: HashSet<String>,
    /// Nouns of the people or the head of a place before "of" and a place's name (`resident_nouns.txt`).
    pub resident_nouns: HashSet<String>,
    /// Compass words before "of" and a place's name (`compass_of_words.txt`: "west of Hodeidah").
    pub compass_of_words: HashSet<String>,
    /// Words that may follow the head noun of a place apposition (`place_apposition_followers.txt`).
    pub place_apposition_followers: HashSet<String>,
    /// Heads of a body's own staff after its acronym ("the MRU Secretariat": `staff_heads.txt`).
    pub staff_heads: HashSet<String>,
    /// Nouns heading an apposition that makes the name before it a company (`company_appositives.txt`).
    pub company_appositives: HashSet<String>,
    /// Nouns of a body of people heading an apposition that make a "person" an organisation
    /// (`group_appositives.txt`).
    pub group_appositives: HashSet<String>,
    /// Nouns heading an apposition that make a "person" an armed group (`armed_group_heads.txt`).
    pub armed_group_heads: HashSet<String>,
    /// Words that may follow the head of a group apposition (`group_apposition_followers.txt`).
    pub group_apposition_followers: HashSet<String>,
    /// Plural nouns of fighters before "of" and an armed group's name (`armed_member_nouns.txt`).
    pub armed_member_nouns: HashSet<String>,
    /// Nouns of commanders before "of" and an armed group's name (`armed_commander_nouns.txt`).
    pub armed_commander_nouns: HashSet<String>,
    /// Words of a state force's or office's name (`state_force_name_words.txt`).
    pub state_force_name_words: HashSet<String>,
    /// Determiners after which a cue-verb form is a noun.
    pub noun_determiners: HashSet<String>,
    /// Words opening an adverbial clause.
    pub subordinators: HashSet<String>,
    /// Words that end an agreement's noun phrase (`np_stop_words.txt`).
    pub np_stop_words: HashSet<String>,
    /// Determiners that open an agreement's noun phrase (`np_determiners.txt`).
    pub np_determiners: HashSet<String>,
    /// Triggers that name an agreement only with support (`weak_triggers.txt`).
    pub weak_triggers: HashSet<String>,
    /// Words that set an agreement mention apart (`distinct_modifiers.txt`).
    pub distinct_modifiers: HashSet<String>,
    /// Words before a status phrase that put it in the future (`status_future_markers.txt`).
    pub status_future_markers: HashSet<String>,
    /// Conditional subordinators that put a status phrase after them in doubt
    /// (`status_conditional_markers.txt`).
    pub status_conditional_markers: HashSet<String>,
    /// Present-tense verbs of having that make a standing agreement in force (`status_standing_verbs.txt`).
    pub status_standing_verbs: HashSet<String>,
    /// Nouns of what is owed under an agreement that tell it stands whatever the clause's mood
    /// ("its commitments under the 2020 accord"; `obligation_nouns.txt`).
    pub obligation_nouns: HashSet<String>,
    /// Verbs that open talks still to come ("to open talks on a permanent ceasefire"; `talk_opening_verbs.txt`).
    pub talk_opening_verbs: HashSet<String>,
    /// Verbs whose subject is a party of the agreement (`party_verbs.txt`).
    pub party_verbs: HashSet<String>,
    /// Participles whose agent is a party (`agent_participles.txt`).
    pub agent_participles: HashSet<String>,
    /// Determiners that refer back to an agreement (`anaphoric_determiners.txt`).
    pub anaphoric_determiners: HashSet<String>,
    /// Verbs and the status they tell of their object (`status_object_verbs.tsv`).
    pub status_object_verbs: HashMap<String, AgreementStatus>,
    /// Negators of status phrases and the status a negated signed/reached/in-force phrase means
    /// (`status_negators.txt`).
    pub status_negators: HashMap<String, AgreementStatus>,
    /// Institutions and the larger actor they act for (`org_parents.tsv`).
    pub org_parents: HashMap<String, String>,
    /// Capitals that act for the international organisation seated there ("Brussels said"):
    /// `seat_metonyms.tsv`.
    pub seat_metonyms: HashMap<String, String>,
    /// Words that name a government (`government_words.txt`).
    pub government_words: HashSet<String>,
    /// Institution heads after a state's possessive: head words and type (`possessive_org_heads.tsv`).
    pub possessive_org_heads: Vec<(Vec<String>, EntityType)>,
    /// Lowercase institution heads right after a state's demonym: head words, type, and whether
    /// lowercase modifiers may stand before the head (`demonym_org_heads.tsv`).
    pub demonym_org_heads: Vec<(Vec<String>, EntityType, bool)>,
    /// Capitalised nouns ending an office's name (`office_words.txt`).
    pub office_words: HashSet<String>,
    /// Lowercase nouns before an unknown name that make it an organisation (`org_nouns_before.txt`).
    pub org_nouns_before: HashSet<String>,
    /// Nouns after a name that make it an outlet (`media_nouns.txt`).
    pub media_nouns: HashSet<String>,
    /// Verbs after which "on X" names a platform (`platform_verbs.txt`).
    pub platform_verbs: HashSet<String>,
    /// Cue lemmas that do not introduce reported speech (`indirect_cue_exclusions.txt`).
    pub indirect_cue_exclusions: HashSet<String>,
    /// Past forms of excluded cue lemmas that report a claim when "that" follows at once (`that_clause_cues.txt`).
    pub that_clause_cues: HashSet<String>,
    /// Document nouns that speak for the actor named before them (`speaker_documents.txt`).
    pub speaker_documents: HashSet<String>,
    /// Words that introduce a person's descriptor ("X, a political scientist"):
    /// `descriptor_introducers.txt`.
    pub descriptor_introducers: HashSet<String>,
    /// Phrases of a parenthetical keeping a source anonymous ("who asked not to be named"), as lowercase
    /// words: `anonymity_phrases.txt`.
    pub anonymity_phrases: Vec<Vec<String>>,
    /// Parenthetical adverbs between a subject and its cue ("however", "for its part"), as lowercase
    /// words: `parenthetical_adverbs.txt`.
    pub parenthetical_adverbs: Vec<Vec<String>>,
    /// Two-word quantity phrases that may open a clause after a cue ("at least"):
    /// `quantity_openers.txt`.
    pub quantity_openers: HashSet<String>,
    /// Words before a title that date the role ("former"): `role_time_modifiers.txt`.
    pub role_time_modifiers: HashSet<String>,
    /// Singular nouns of anonymous sources ("a senior official", "a diplomat"):
    /// `anonymous_source_nouns.txt`.
    pub anonymous_source_nouns: HashSet<String>,
    /// Nouns after an institution head that make it a modifier ("Niger's military government"):
    /// `institution_modifier_followers.txt`.
    pub institution_modifier_followers: HashSet<String>,
    /// Last words of a capitalised run naming an event, never a person ("the Korean War"):
    /// `event_heads.txt`.
    pub event_heads: HashSet<String>,
    /// Common nouns of an organisation before an unknown name in apposition ("the rail operator, X,"):
    /// `org_common_nouns.txt`.
    pub org_common_nouns: HashSet<String>,
    /// Lowercase nouns of a company right before a name of two to four words that make it the
    /// company ("construction firm Velbeck Holt"): `company_nouns_before.txt`.
    pub company_nouns_before: HashSet<String>,
    /// Words that open an unknown place's name ("Mount …", "Cape …", "Ras …"):
    /// `place_name_openers.txt`.
    pub place_name_openers: HashSet<String>,
    /// Words that close an unknown place's name ("… Jiao", "… Dao"): `place_name_closers.txt`.
    pub place_name_closers: HashSet<String>,
    /// Ordinals that open a numbered military unit's name ("Third Army Region"): `unit_ordinals.txt`.
    pub unit_ordinals: HashSet<String>,
    /// Prepositions besides `place_prepositions.txt` after which an unknown name of two or three words
    /// is a place ("at Varno Viejo"): `name_place_prepositions.txt`.
    pub name_place_prepositions: HashSet<String>,
    /// Words of an apposition that make an organisation an armed group ("…, a local militia"):
    /// `armed_group_appositives.txt`.
    pub armed_group_appositives: HashSet<String>,
    /// Organisation heads that take a place complement into the name ("Mission in South Sudan"):
    /// `place_complement_heads.txt`.
    pub place_complement_heads: HashSet<String>,
    /// Capitalised heads of a public body or association whose name a state's possessive or demonym
    /// opens ("Peru's National Water Authority") (`possessed_name_heads.txt`).
    pub possessed_name_heads: HashSet<String>,
    /// Capitalised institution heads a city's name may open ("the Cairo Centre for Strategic Studies")
    /// (`city_org_heads.txt`).
    pub city_org_heads: HashSet<String>,
    /// Endings of plurals formed without an "s" ("people", "women") whose possessive stays inside an
    /// organisation's name (`irregular_plural_endings.txt`).
    pub irregular_plural_endings: HashSet<String>,
    /// Object pronouns that can be a cue's audience ("told them …"): `object_pronouns.txt`.
    pub object_pronouns: HashSet<String>,
    /// Words after a cue's audience that open no reported clause ("told him to leave"):
    /// `non_clause_openers.txt`.
    pub non_clause_openers: HashSet<String>,
    /// Words opening an adverbial phrase before a sentence's subject ("On Tuesday, X said"):
    /// `adverbial_lead_words.txt`.
    pub adverbial_lead_words: HashSet<String>,
    /// Participles whose agent or hyphenated modifier is a mediator, no party ("U.S.-brokered",
    /// "mediated by Qatar"): `mediation_participles.txt`.
    pub mediation_participles: HashSet<String>,
    /// Phrases before an actor that make it a mediator ("with the help of", "under the auspices of"):
    /// `mediation_phrases.txt`.
    pub mediation_phrases: HashSet<String>,
    /// Prepositions before "which" whose relative clause's subject the agreement binds ("under which X
    /// and Y share"): `binding_relative_prepositions.txt`.
    pub binding_relative_prepositions: HashSet<String>,
    /// Prepositions inside an agreement's phrase that open its topic ("a memorandum on sharing data about
    /// the river"): `topic_prepositions.txt`.
    pub topic_prepositions: HashSet<String>,
    /// Prepositions whose object is an action's target, no side ("operations against X and Y"):
    /// `target_prepositions.txt`.
    pub target_prepositions: HashSet<String>,
    /// Nouns of a proposal whose "for"/"on" object names the agreement proposed ("a proposal for a
    /// truce"): `proposal_heads.txt`.
    pub proposal_heads: HashSet<String>,
    /// Contrast words after which a second speaker's cue ends a reported clause ("…, while Y said"):
    /// `contrast_words.txt`.
    pub contrast_words: HashSet<String>,
    /// Indefinite determiners that open an anonymous source ("a", "an", "one", "another"):
    /// `source_determiners.txt`.
    pub source_determiners: HashSet<String>,
    /// Coordinating conjunctions that may open a sentence before its subject ("But a commander …
    /// said"): `sentence_conjunctions.txt`.
    pub sentence_conjunctions: HashSet<String>,
    /// Lowercase nouns ending a cue's audience after capitalised words ("told Colombian media"):
    /// `audience_nouns.txt`.
    pub audience_nouns: HashSet<String>,
    /// Capitalised region or bloc adjectives that name no organisation before a title ("a Western
    /// diplomat"): `bloc_adjectives.txt`.
    pub bloc_adjectives: HashSet<String>,
    /// Endings of capitalised creed or ideology adjectives that name no organisation before a title ("a
    /// Maoist commander"): `adjective_suffixes.txt`.
    pub adjective_suffixes: Vec<String>,
    /// Auxiliary and modal verbs that cannot follow a reporting verb directly ("Member states would"):
    /// `modal_verbs.txt`.
    pub modal_verbs: HashSet<String>,
    /// Lowercase nouns of organisation that make the capitalised name before them an organisation's
    /// ("his Civil Contract party"): `org_nouns_after.txt`.
    pub org_nouns_after: HashSet<String>,
    /// Head nouns of a descriptor after an organisation's name ("the X monitoring group said"):
    /// `org_descriptor_heads.txt`.
    pub org_descriptor_heads: HashSet<String>,
    /// Nouns of an armed body heading an apposition after a lone name ("the Asayish, the internal
    /// security force"): `armed_apposition_nouns.txt`.
    pub armed_apposition_nouns: HashSet<String>,
    /// Nouns of a civil organisation heading an apposition after a lone name ("Avanzà, a small
    /// independence party that …"): `org_apposition_nouns.txt`.
    pub org_apposition_nouns: HashSet<String>,
    /// Words opening a restrictive modifier of an anonymous source ("a diplomat in the capital", "an aide
    /// familiar with the talks"): `source_modifier_openers.txt`.
    pub source_modifier_openers: HashSet<String>,
    /// Nouns of a delegate speaking for the state or organisation after "of" ("the representative of
    /// X"): `delegate_nouns.txt`.
    pub delegate_nouns: HashSet<String>,
    /// Nouns of an unnamed spokesperson speaking for the organisation or state after "for" ("a
    /// spokesperson for the ministry"): `spokesperson_nouns.txt`.
    pub spokesperson_nouns: HashSet<String>,
    /// Nouns of a business that, before a spokesperson noun or after "for the", mean the company that
    /// spoke last ("a company spokeswoman said"): `business_nouns.txt`.
    pub business_nouns: HashSet<String>,
    /// Last words of an organisation's name that make it no business ("Ministry", "Institute"):
    /// `public_body_heads.txt`.
    pub public_body_heads: HashSet<String>,
    /// Prepositions whose object "the HEAD" before a cue is no subject ("familiar with the
    /// investigation said"): `object_prepositions.txt`.
    pub object_prepositions: HashSet<String>,
    /// Heads (one or two words) of a person's staff speaking after the person's possessive ("X's office",
    /// "X's press service"): `person_office_heads.txt`.
    pub person_office_heads: HashSet<String>,
    /// Quantifiers opening a partitive collective ("one of the diplomats"):
    /// `partitive_quantifiers.txt`.
    pub partitive_quantifiers: HashSet<String>,
    /// Cue lemmas whose first object is the audience (`addressee_verbs.txt`).
    pub addressee_verbs: HashSet<String>,
    /// Cue lemmas that often take a noun-phrase object (`object_cues.txt`).
    pub object_cues: HashSet<String>,
    /// Nouns that after a state's demonym stand for its government as a speaker ("the Chinese side",
    /// `side_nouns.txt`).
    pub side_nouns: HashSet<String>,
    /// Nouns whose "that" clause is their own, not a cue's content (`complement_nouns.txt`).
    pub complement_nouns: HashSet<String>,
    /// Finite auxiliaries, modals and copulas (`finite_verbs.txt`).
    pub finite_verbs: HashSet<String>,
    /// Words that make an agreement noun refer to no agreement (`nonreferring_words.txt`).
    pub nonreferring_words: HashSet<String>,
    /// Two-word agreement triggers whose head noun is no trigger alone ("road map", "cease fire";
    /// `compound_head_triggers.txt`).
    pub compound_head_triggers: HashSet<String>,
    /// Copulas whose complement is a description, no mention (`predicate_copulas.txt`).
    pub predicate_copulas: HashSet<String>,
    /// Verbs, counts and units of "held nine days" (`lasting_words.txt`, "verb:"/"count:"/"unit:").
    pub lasting_words: HashSet<String>,
    /// Verbs of proposing a plan (`proposing_verbs.txt`).
    pub proposing_verbs: HashSet<String>,
    /// Adverbs between an auxiliary and its verb ("has instead proposed"; `verb_adverbs.txt`).
    pub verb_adverbs: HashSet<String>,
    /// Verbs whose object an agreement binds ("the treaty binds both states"; `binding_verbs.txt`).
    pub binding_verbs: HashSet<String>,
    /// Words that make a signing verb say its subject did not sign (`signer_negators.txt`).
    pub signer_negators: HashSet<String>,
    /// Prepositions that put an agreement against what happened (`violation_prepositions.txt`).
    pub violation_prepositions: HashSet<String>,
    /// Quantifiers that make a plural agreement noun a count of agreements, none in particular
    /// (`generic_quantifiers.txt`).
    pub generic_quantifiers: HashSet<String>,
    /// Nouns of negotiation before an agreement still to be made (`negotiation_nouns.txt`).
    pub negotiation_nouns: HashSet<String>,
    /// Modifiers that make an agreement one side's act (`one_sided_modifiers.txt`).
    pub one_sided_modifiers: HashSet<String>,
    /// Verbs of reacting to an agreement others made (`reaction_verbs.txt`).
    pub reaction_verbs: HashSet<String>,
    /// Words through which an organisation's name runs on into its complement
    /// (`org_name_connectors.txt`).
    pub org_name_connectors: HashSet<String>,
    /// Legal-form words that close a company's name ("Limited") (`corporate_suffixes.txt`).
    pub corporate_suffixes: HashSet<String>,
    /// Capitalised words that open a longer organisation's name before a known one
    /// (`org_name_left_modifiers.txt`).
    pub org_name_left_modifiers: HashSet<String>,
    /// Field nouns that close a two-word second conjunct of an organisation's purpose complement ("the
    /// Centre for Research and Security Studies") (`org_field_nouns.txt`).
    pub org_field_nouns: HashSet<String>,
    /// Modifiers that with a noun of organisation beside a name make it armed (`armed_modifiers.txt`).
    pub armed_modifiers: HashSet<String>,
    /// Heads of a treaty's name after the city it was signed in (`signing_place_heads.txt`).
    pub signing_place_heads: HashSet<String>,
    /// Last words of newspaper names, which after "told" make a name an outlet (`outlet_heads.txt`).
    pub outlet_heads: HashSet<String>,
    /// Media nouns right before a name that make it an outlet (`media_nouns_before.txt`).
    pub media_nouns_before: HashSet<String>,
    /// Interview verbs that before "to" and a name make it an outlet, as "told" does
    /// (`interview_verbs.txt`).
    pub interview_verbs: HashSet<String>,
    /// Prepositions through which an organisation's name runs on into a place after a purpose
    /// complement (`org_name_place_connectors.txt`).
    pub org_name_place_connectors: HashSet<String>,
    /// Head words of a regional government's name (`regional_government_heads.txt`).
    pub regional_government_heads: HashSet<String>,
    /// Two-word verbs whose subject is a party (`party_phrasal_verbs.txt`), "verb particle".
    pub party_phrasal_verbs: HashSet<String>,
    /// Modifiers of "government" that make it a region's (`regional_government_modifiers.txt`).
    pub regional_government_modifiers: HashSet<String>,
    /// ISO 3166-2 kinds of regions with a government of their own (`self_governing_region_kinds.txt`).
    pub self_governing_region_kinds: HashSet<String>,
    /// Copulas between a subject agreement and its status phrase (`status_copulas.txt`).
    pub status_copulas: HashSet<String>,
    /// Adverbs before an agreement's verb that make it another agreement (`distinct_adverbs.txt`).
    pub distinct_adverbs: HashSet<String>,
    /// Verbs of wanting whose indefinite object is an agreement still to be made (`desire_verbs.txt`).
    pub desire_verbs: HashSet<String>,
    /// Party verbs a go-between may have as its subject (`go_between_verbs.txt`).
    pub go_between_verbs: HashSet<String>,
    /// Modifiers that introduce a past agreement ("an earlier deal"; `earlier_modifiers.txt`).
    pub earlier_modifiers: HashSet<String>,
    /// Nouns for a state's forces (`state_force_nouns.txt`).
    pub state_force_nouns: HashSet<String>,
    /// Past participles not in -ed (`irregular_participles.txt`).
    pub irregular_participles: HashSet<String>,
    /// Irregular verbs in the simple past, not in -ed (`irregular_past.txt`).
    pub irregular_past: HashSet<String>,
    /// Words before "accused" that make it a passive (`accusation_passives.txt`).
    pub accusation_passives: HashSet<String>,
    /// Last words of a reciprocal object ("the other", `reciprocal_objects.txt`).
    pub reciprocal_objects: HashSet<String>,
    /// Last words of a Group that names an institution ("X's office", `institutional_group_heads.txt`).
    pub institutional_group_heads: HashSet<String>,
    /// Plural heads of organised collectives ("groups", "unions": `association_heads.txt`).
    pub association_heads: HashSet<String>,
    /// Plural nouns for unnamed people that name counted sources ("people": `source_people_nouns.txt`).
    pub source_people_nouns: HashSet<String>,
    /// Source modifiers that need no count before a bare people noun ("familiar":
    /// `bare_source_modifiers.txt`).
    pub bare_source_modifiers: HashSet<String>,
    /// Cues that give an unnamed actor its own name (`self_naming_cues.txt`), as word sequences.
    pub self_naming_cues: Vec<Vec<String>>,
    /// Present-tense status phrases that tell a schedule when a time follows
    /// (`scheduled_status_phrases.txt`).
    pub scheduled_status_phrases: HashSet<String>,
    /// Phrases after which an unknown name is a polity that acts (`polity_openers.txt`), as words.
    pub polity_openers: Vec<Vec<String>>,
    /// Nouns that after "the" refer to the article's only armed group (`armed_group_anaphors.txt`).
    pub armed_group_anaphors: HashSet<String>,
    /// Prepositions after which an unknown name of two or three words is a place (`place_prepositions.txt`).
    pub place_prepositions: HashSet<String>,
    /// Prepositions before "the" after which an unknown name is a place (`definite_place_prepositions.txt`).
    pub definite_place_prepositions: HashSet<String>,
    /// Lowercase words that may follow such a name (`definite_name_followers.txt`).
    pub definite_name_followers: HashSet<String>,
    /// Heads of a geographic name that runs through "of" into a known place (`place_of_heads.txt`).
    pub place_of_heads: HashSet<String>,
    /// Head words of legal texts, whose names are no entity (`document_heads.txt`).
    pub document_heads: HashSet<String>,
    /// Head nouns of unnamed collective parties (words) → whether reciprocal (`collective_heads.txt`).
    pub collective_heads: HashMap<Vec<String>, bool>,
    /// Modifiers that make such a head a collective actor (`collective_modifiers.txt`).
    pub collective_modifiers: HashSet<String>,
    /// Group nouns that stand for the article's only armed group (`rebel_nouns.txt`).
    pub rebel_nouns: HashSet<String>,
    /// Relative day phrases (words) and their offset in days, in file order (`relative_dates.tsv`).
    pub relative_dates: Vec<(Vec<String>, i64)>,
    /// Relative periods (words), unit and offset, in file order (`relative_periods.tsv`).
    pub relative_periods: Vec<(Vec<String>, PeriodUnit, i64)>,
    /// Words that make a year-less date point forward (`future_cues.txt`).
    pub future_cues: HashSet<String>,
    /// Words after which a lone month name is a date (`month_leads.txt`).
    pub month_leads: HashSet<String>,
    /// Endings that make a state's name a demonym the lexicon does not list ("Slovenia" + "n"):
    /// `demonym_endings.txt`.
    pub demonym_endings: HashSet<String>,
    /// Collective nouns whose members act for their state ("Slovenian officials said"):
    /// `state_agent_nouns.txt`.
    pub state_agent_nouns: HashSet<String>,
    /// Verbs with which an anonymous speaker gives a name of their own ("who gave her name only as X"):
    /// `name_giving_verbs.txt`.
    pub name_giving_verbs: HashSet<String>,
    /// Words between such a verb and the name ("only his first name,"): `name_giving_words.txt`.
    pub name_giving_words: HashSet<String>,
    /// Predicates that tell an agreement's status when they govern its mention (`status_predicates.tsv`).
    pub status_predicates: Vec<StatusPredicate>,
    /// Irregular verb forms and their lemma (`verb_forms.tsv`).
    pub verb_forms: HashMap<String, String>,
    /// The closed-class words the clause reader reads, by class (`clause_words.tsv`).
    pub clause_words: ClauseWords,
}

/// How an agreement stands to the verb of a predicate of `status_predicates.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PredicateRole {
    /// The subject of the active verb ("the truce collapsed").
    Subject,
    /// The subject of the passive, or the noun its participle is attached to ("was suspended").
    Passive,
    /// After the active verb and its particles ("withdrew from the accord").
    Object,
    /// After "by" of a passive ("governed by the treaty").
    Agent,
}

/// A row of `status_predicates.tsv`: the predicate's words (the verb's lemma first), the agreement's role,
/// the status it tells, and the status it tells negated (`Unknown`: none).
#[derive(Debug, Clone, Deserialize)]
pub struct StatusPredicate {
    /// The predicate, space-separated: the lemma, then its particles or complement.
    pub predicate: String,
    /// The agreement's role.
    pub role: PredicateRole,
    /// The status told.
    pub status: AgreementStatus,
    /// The status told when negated (`Unknown`: none).
    pub negated: AgreementStatus,
}

impl Record for StatusPredicate {
    const COLUMNS: &'static [&'static str] = &["predicate", "role", "status", "negated"];
    const HEADER: bool = false;
}

/// `verb_forms.tsv`.
#[derive(Deserialize)]
struct VerbForm(String, String);

impl Record for VerbForm {
    const COLUMNS: &'static [&'static str] = &["form", "lemma"];
    const HEADER: bool = false;
}

/// `clause_words.tsv`.
#[derive(Deserialize)]
struct ClauseWord(String, String);

impl Record for ClauseWord {
    const COLUMNS: &'static [&'static str] = &["class", "word"];
    const HEADER: bool = false;
}

/// The closed-class words of `clause_words.tsv`, one set per class (the class names are the fields').
#[derive(Debug, Default)]
pub struct ClauseWords {
    /// Forms of "be" (a passive's auxiliary).
    pub be: HashSet<String>,
    /// Other auxiliaries of a verb group, "have" and "do".
    pub have_do: HashSet<String>,
    /// Modals: the verb group tells what may or will happen, not what did.
    pub modal: HashSet<String>,
    /// Negators of a verb group.
    pub negator: HashSet<String>,
    /// Adverbs that tell an event came close but did not happen ("had nearly fallen apart").
    pub hedge: HashSet<String>,
    /// Prepositions that may open the mention's extension ("an agreement between …", "a plan to canton …").
    pub preposition: HashSet<String>,
    /// Determiners: a word before one, in the mention's extension, is a verb with an object ("the
    /// memorandum filled a gap"), so the mention's verb group is not further on.
    pub determiner: HashSet<String>,
    /// Words before "to" that put the verb after it in the future ("is expected to take effect", "has yet
    /// to be ratified").
    pub future_before_to: HashSet<String>,
    /// Adverbs a verb group may hold, besides any word in "-ly".
    pub adverb: HashSet<String>,
    /// Relative words that open an insertion about the mention (", which both sides signed in June,").
    pub relative: HashSet<String>,
    /// Subordinators that make the mention's clause a condition ("until the accord is ratified").
    pub condition: HashSet<String>,
    /// Pronouns and quantifiers that may open the subject of a relative clause ("which they", "which both").
    pub subject_opener: HashSet<String>,
}

impl ClauseWords {
    /// The set of class `class`; `None` for a class the clause reader does not read.
    fn class_mut(&mut self, class: &str) -> Option<&mut HashSet<String>> {
        Some(match class {
            "be" => &mut self.be,
            "have_do" => &mut self.have_do,
            "modal" => &mut self.modal,
            "negator" => &mut self.negator,
            "hedge" => &mut self.hedge,
            "preposition" => &mut self.preposition,
            "determiner" => &mut self.determiner,
            "future_before_to" => &mut self.future_before_to,
            "adverb" => &mut self.adverb,
            "relative" => &mut self.relative,
            "condition" => &mut self.condition,
            "subject_opener" => &mut self.subject_opener,
            _ => return None,
        })
    }
}

macro_rules! files {
    ($($name:literal),* $(,)?) => {
        /// Every file of `data/extract/` (name, compiled-in text), in the order [`Words::parse`] reads them.
        pub const FILES: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../../data/extract/", $name)))),*
        ];
    };
}

files!(
    "name_particles.txt",
    "place_name_particles.txt",
    "elided_particles.txt",
    "name_connectors.txt",
    "location_heads.txt",
    "locative_prepositions.txt",
    "directions.txt",
    "pronouns.txt",
    "auxiliaries.txt",
    "metonymy_verbs.txt",
    "location_nouns.txt",
    "settlement_nouns.txt",
    "resident_nouns.txt",
    "compass_of_words.txt",
    "place_apposition_followers.txt",
    "staff_heads.txt",
    "company_appositives.txt",
    "group_appositives.txt",
    "armed_group_heads.txt",
    "group_apposition_followers.txt",
    "armed_member_nouns.txt",
    "armed_commander_nouns.txt",
    "state_force_name_words.txt",
    "noun_determiners.txt",
    "subordinators.txt",
    "np_stop_words.txt",
    "np_determiners.txt",
    "weak_triggers.txt",
    "distinct_modifiers.txt",
    "status_future_markers.txt",
    "status_conditional_markers.txt",
    "status_standing_verbs.txt",
    "obligation_nouns.txt",
    "talk_opening_verbs.txt",
    "party_verbs.txt",
    "agent_participles.txt",
    "anaphoric_determiners.txt",
    "status_object_verbs.tsv",
    "status_negators.txt",
    "org_parents.tsv",
    "seat_metonyms.tsv",
    "government_words.txt",
    "possessive_org_heads.tsv",
    "demonym_org_heads.tsv",
    "office_words.txt",
    "org_nouns_before.txt",
    "media_nouns.txt",
    "platform_verbs.txt",
    "indirect_cue_exclusions.txt",
    "that_clause_cues.txt",
    "speaker_documents.txt",
    "descriptor_introducers.txt",
    "anonymity_phrases.txt",
    "parenthetical_adverbs.txt",
    "quantity_openers.txt",
    "role_time_modifiers.txt",
    "anonymous_source_nouns.txt",
    "source_modifier_openers.txt",
    "bloc_adjectives.txt",
    "adjective_suffixes.txt",
    "modal_verbs.txt",
    "org_nouns_after.txt",
    "org_descriptor_heads.txt",
    "armed_apposition_nouns.txt",
    "org_apposition_nouns.txt",
    "audience_nouns.txt",
    "adverbial_lead_words.txt",
    "contrast_words.txt",
    "source_determiners.txt",
    "sentence_conjunctions.txt",
    "proposal_heads.txt",
    "mediation_participles.txt",
    "mediation_phrases.txt",
    "binding_relative_prepositions.txt",
    "topic_prepositions.txt",
    "target_prepositions.txt",
    "object_pronouns.txt",
    "non_clause_openers.txt",
    "place_complement_heads.txt",
    "possessed_name_heads.txt",
    "city_org_heads.txt",
    "irregular_plural_endings.txt",
    "org_common_nouns.txt",
    "company_nouns_before.txt",
    "place_name_openers.txt",
    "place_name_closers.txt",
    "unit_ordinals.txt",
    "name_place_prepositions.txt",
    "armed_group_appositives.txt",
    "event_heads.txt",
    "institution_modifier_followers.txt",
    "delegate_nouns.txt",
    "spokesperson_nouns.txt",
    "business_nouns.txt",
    "public_body_heads.txt",
    "object_prepositions.txt",
    "person_office_heads.txt",
    "partitive_quantifiers.txt",
    "addressee_verbs.txt",
    "object_cues.txt",
    "complement_nouns.txt",
    "side_nouns.txt",
    "finite_verbs.txt",
    "nonreferring_words.txt",
    "compound_head_triggers.txt",
    "predicate_copulas.txt",
    "lasting_words.txt",
    "proposing_verbs.txt",
    "verb_adverbs.txt",
    "signer_negators.txt",
    "binding_verbs.txt",
    "violation_prepositions.txt",
    "generic_quantifiers.txt",
    "negotiation_nouns.txt",
    "one_sided_modifiers.txt",
    "reaction_verbs.txt",
    "org_name_connectors.txt",
    "corporate_suffixes.txt",
    "org_name_left_modifiers.txt",
    "org_field_nouns.txt",
    "armed_modifiers.txt",
    "signing_place_heads.txt",
    "outlet_heads.txt",
    "media_nouns_before.txt",
    "interview_verbs.txt",
    "org_name_place_connectors.txt",
    "regional_government_heads.txt",
    "polity_openers.txt",
    "party_phrasal_verbs.txt",
    "regional_government_modifiers.txt",
    "self_governing_region_kinds.txt",
    "status_copulas.txt",
    "distinct_adverbs.txt",
    "desire_verbs.txt",
    "go_between_verbs.txt",
    "earlier_modifiers.txt",
    "state_force_nouns.txt",
    "irregular_participles.txt",
    "irregular_past.txt",
    "accusation_passives.txt",
    "reciprocal_objects.txt",
    "institutional_group_heads.txt",
    "association_heads.txt",
    "source_people_nouns.txt",
    "bare_source_modifiers.txt",
    "self_naming_cues.txt",
    "scheduled_status_phrases.txt",
    "armed_group_anaphors.txt",
    "place_prepositions.txt",
    "definite_place_prepositions.txt",
    "definite_name_followers.txt",
    "place_of_heads.txt",
    "document_heads.txt",
    "collective_heads.txt",
    "collective_modifiers.txt",
    "rebel_nouns.txt",
    "relative_dates.tsv",
    "relative_periods.tsv",
    "future_cues.txt",
    "month_leads.txt",
    "demonym_endings.txt",
    "state_agent_nouns.txt",
    "name_giving_verbs.txt",
    "name_giving_words.txt",
    "status_predicates.tsv",
    "verb_forms.tsv",
    "clause_words.tsv",
);

/// `pronouns.txt`: a pronoun and the kind of antecedent it takes.
#[derive(Deserialize)]
struct PronounRow {
    pronoun: String,
    #[serde(rename = "antecedent")]
    _antecedent: Antecedent,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum Antecedent {
    Person,
    Actor,
}

impl Record for PronounRow {
    const COLUMNS: &'static [&'static str] = &["pronoun", "antecedent"];
    const HEADER: bool = false;
}

/// A word and the agreement status it stands for (`status_object_verbs.tsv`, `status_negators.txt`).
#[derive(Deserialize)]
struct WordStatus(String, AgreementStatus);

impl Record for WordStatus {
    const COLUMNS: &'static [&'static str] = &["word", "status"];
    const HEADER: bool = false;
}

/// `org_parents.tsv`.
#[derive(Deserialize)]
struct OrgParent(#[serde(deserialize_with = "data::nonempty")] String, String);

impl Record for OrgParent {
    const COLUMNS: &'static [&'static str] = &["institution", "parent"];
    const HEADER: bool = false;
}

/// `possessive_org_heads.tsv`.
#[derive(Deserialize)]
struct PossessiveHead(String, EntityType);

impl Record for PossessiveHead {
    const COLUMNS: &'static [&'static str] = &["head", "type"];
    const HEADER: bool = false;
}

/// `demonym_org_heads.tsv`: a head, its type, and whether lowercase modifiers may stand before it.
#[derive(Deserialize)]
struct DemonymHead(
    String,
    EntityType,
    #[serde(deserialize_with = "data::nonempty")] String,
);

impl Record for DemonymHead {
    const COLUMNS: &'static [&'static str] = &["head", "type", "modifiers"];
    const HEADER: bool = false;
}

/// `collective_heads.txt`: whether the head stands for one actor or for the sides of a conflict.
#[derive(Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Collective {
    Actor,
    Reciprocal,
}

#[derive(Deserialize)]
struct CollectiveHead(String, Collective);

impl Record for CollectiveHead {
    const COLUMNS: &'static [&'static str] = &["head", "kind"];
    const HEADER: bool = false;
}

/// `relative_dates.tsv`.
#[derive(Deserialize)]
struct RelativeDate(String, i64);

impl Record for RelativeDate {
    const COLUMNS: &'static [&'static str] = &["phrase", "days"];
    const HEADER: bool = false;
}

/// `relative_periods.tsv`.
#[derive(Deserialize)]
struct RelativePeriod(String, PeriodUnit, i64);

impl Record for RelativePeriod {
    const COLUMNS: &'static [&'static str] = &["phrase", "unit", "offset"];
    const HEADER: bool = false;
}

fn split_words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_string).collect()
}

/// The files' texts by name, each taken once.
struct Texts<'a>(HashMap<&'a str, &'a str>);

impl<'a> Texts<'a> {
    fn get(&self, name: &str) -> Result<(&'a str, &'a str), DataError> {
        self.0
            .get_key_value(name)
            .map(|(k, v)| (*k, *v))
            .ok_or_else(|| DataError::new(name, 0, "file missing"))
    }

    fn list(&self, name: &str) -> Result<HashSet<String>, DataError> {
        let (name, text) = self.get(name)?;
        Ok(data::read_list(name, text)?
            .into_iter()
            .map(|r| r.value)
            .collect())
    }

    /// The words of `name` (class, word) by class; a class [`ClauseWords`] has no field for is an error
    /// naming its line.
    fn clause_words(&self, name: &str) -> Result<ClauseWords, DataError> {
        let (name, text) = self.get(name)?;
        let mut out = ClauseWords::default();
        for r in data::read::<ClauseWord>(name, text)? {
            let ClauseWord(class, word) = r.value;
            let Some(set) = out.class_mut(&class) else {
                return Err(DataError::new(
                    name,
                    r.line,
                    format!("unknown class {class:?}"),
                ));
            };
            set.insert(word);
        }
        Ok(out)
    }

    fn rows<T: Record>(&self, name: &str) -> Result<Vec<T>, DataError> {
        let (name, text) = self.get(name)?;
        Ok(data::read::<T>(name, text)?
            .into_iter()
            .map(|r: Row<T>| r.value)
            .collect())
    }
}

impl Words {
    // over 80 lines: one field initialiser per list file of `data/extract/`, nothing to split out
    /// Parses the files (name, text) of `data/extract/`; errors name the file and line.
    pub fn parse(files: &[(&str, &str)]) -> Result<Words, DataError> {
        let t = Texts(files.iter().copied().collect());
        Ok(Words {
            name_particles: t.list("name_particles.txt")?,
            place_name_particles: t.list("place_name_particles.txt")?,
            elided_particles: t.list("elided_particles.txt")?,
            name_connectors: t.list("name_connectors.txt")?,
            location_heads: t.list("location_heads.txt")?,
            locative_prepositions: t.list("locative_prepositions.txt")?,
            directions: t.list("directions.txt")?,
            pronouns: (t.rows::<PronounRow>("pronouns.txt")?)
                .into_iter()
                .map(|r| r.pronoun)
                .collect(),
            auxiliaries: t
                .list("auxiliaries.txt")?
                .iter()
                .flat_map(|l| split_words(l))
                .collect(),
            metonymy_verbs: t.list("metonymy_verbs.txt")?,
            location_nouns: t.list("location_nouns.txt")?,
            settlement_nouns: t.list("settlement_nouns.txt")?,
            resident_nouns: t.list("resident_nouns.txt")?,
            compass_of_words: t.list("compass_of_words.txt")?,
            place_apposition_followers: t.list("place_apposition_followers.txt")?,
            staff_heads: t.list("staff_heads.txt")?,
            company_appositives: t.list("company_appositives.txt")?,
            group_appositives: t.list("group_appositives.txt")?,
            armed_group_heads: t.list("armed_group_heads.txt")?,
            group_apposition_followers: t.list("group_apposition_followers.txt")?,
            armed_member_nouns: t.list("armed_member_nouns.txt")?,
            armed_commander_nouns: t.list("armed_commander_nouns.txt")?,
            state_force_name_words: t.list("state_force_name_words.txt")?,
            noun_determiners: t.list("noun_determiners.txt")?,
            subordinators: t.list("subordinators.txt")?,
            np_stop_words: t.list("np_stop_words.txt")?,
            np_determiners: t.list("np_determiners.txt")?,
            weak_triggers: t.list("weak_triggers.txt")?,
            distinct_modifiers: t.list("distinct_modifiers.txt")?,
            status_future_markers: t.list("status_future_markers.txt")?,
            status_conditional_markers: t.list("status_conditional_markers.txt")?,
            status_standing_verbs: t.list("status_standing_verbs.txt")?,
            obligation_nouns: t.list("obligation_nouns.txt")?,
            talk_opening_verbs: t.list("talk_opening_verbs.txt")?,
            party_verbs: t.list("party_verbs.txt")?,
            agent_participles: t.list("agent_participles.txt")?,
            anaphoric_determiners: t.list("anaphoric_determiners.txt")?,
            status_object_verbs: (t.rows::<WordStatus>("status_object_verbs.tsv")?)
                .into_iter()
                .map(|WordStatus(w, s)| (w, s))
                .collect(),
            status_negators: (t.rows::<WordStatus>("status_negators.txt")?)
                .into_iter()
                .map(|WordStatus(w, s)| (w, s))
                .collect(),
            org_parents: (t.rows::<OrgParent>("org_parents.tsv")?)
                .into_iter()
                .map(|OrgParent(a, b)| (a, b))
                .collect(),
            seat_metonyms: (t.rows::<OrgParent>("seat_metonyms.tsv")?)
                .into_iter()
                .map(|OrgParent(a, b)| (a, b))
                .collect(),
            government_words: t.list("government_words.txt")?,
            possessive_org_heads: (t.rows::<PossessiveHead>("possessive_org_heads.tsv")?)
                .into_iter()
                .map(|PossessiveHead(h, k)| (split_words(&h), k))
                .collect(),
            demonym_org_heads: (t.rows::<DemonymHead>("demonym_org_heads.tsv")?)
                .into_iter()
                .map(|DemonymHead(h, k, m)| (split_words(&h), k, m == "yes"))
                .collect(),
            office_words: t.list("office_words.txt")?,
            org_nouns_before: t.list("org_nouns_before.txt")?,
            media_nouns: t.list("media_nouns.txt")?,
            platform_verbs: t.list("platform_verbs.txt")?,
            indirect_cue_exclusions: t.list("indirect_cue_exclusions.txt")?,
            that_clause_cues: t.list("that_clause_cues.txt")?,
            speaker_documents: t.list("speaker_documents.txt")?,
            descriptor_introducers: t.list("descriptor_introducers.txt")?,
            quantity_openers: t.list("quantity_openers.txt")?,
            role_time_modifiers: t.list("role_time_modifiers.txt")?,
            parenthetical_adverbs: (t.list("parenthetical_adverbs.txt")?)
                .iter()
                .map(|p| split_words(p))
                .collect(),
            anonymity_phrases: (t.list("anonymity_phrases.txt")?)
                .iter()
                .map(|p| split_words(p))
                .collect(),
            anonymous_source_nouns: t.list("anonymous_source_nouns.txt")?,
            source_modifier_openers: t.list("source_modifier_openers.txt")?,
            bloc_adjectives: t.list("bloc_adjectives.txt")?,
            adjective_suffixes: t.list("adjective_suffixes.txt")?.into_iter().collect(),
            modal_verbs: t.list("modal_verbs.txt")?,
            org_nouns_after: t.list("org_nouns_after.txt")?,
            org_descriptor_heads: t.list("org_descriptor_heads.txt")?,
            armed_apposition_nouns: t.list("armed_apposition_nouns.txt")?,
            org_apposition_nouns: t.list("org_apposition_nouns.txt")?,
            audience_nouns: t.list("audience_nouns.txt")?,
            adverbial_lead_words: t.list("adverbial_lead_words.txt")?,
            contrast_words: t.list("contrast_words.txt")?,
            source_determiners: t.list("source_determiners.txt")?,
            sentence_conjunctions: t.list("sentence_conjunctions.txt")?,
            proposal_heads: t.list("proposal_heads.txt")?,
            mediation_participles: t.list("mediation_participles.txt")?,
            mediation_phrases: t.list("mediation_phrases.txt")?,
            binding_relative_prepositions: t.list("binding_relative_prepositions.txt")?,
            topic_prepositions: t.list("topic_prepositions.txt")?,
            target_prepositions: t.list("target_prepositions.txt")?,
            object_pronouns: t.list("object_pronouns.txt")?,
            non_clause_openers: t.list("non_clause_openers.txt")?,
            place_complement_heads: t.list("place_complement_heads.txt")?,
            possessed_name_heads: t.list("possessed_name_heads.txt")?,
            city_org_heads: t.list("city_org_heads.txt")?,
            irregular_plural_endings: t.list("irregular_plural_endings.txt")?,
            org_common_nouns: t.list("org_common_nouns.txt")?,
            company_nouns_before: t.list("company_nouns_before.txt")?,
            place_name_openers: t.list("place_name_openers.txt")?,
            place_name_closers: t.list("place_name_closers.txt")?,
            unit_ordinals: t.list("unit_ordinals.txt")?,
            name_place_prepositions: t.list("name_place_prepositions.txt")?,
            armed_group_appositives: t.list("armed_group_appositives.txt")?,
            event_heads: t.list("event_heads.txt")?,
            institution_modifier_followers: t.list("institution_modifier_followers.txt")?,
            delegate_nouns: t.list("delegate_nouns.txt")?,
            spokesperson_nouns: t.list("spokesperson_nouns.txt")?,
            business_nouns: t.list("business_nouns.txt")?,
            public_body_heads: t.list("public_body_heads.txt")?,
            object_prepositions: t.list("object_prepositions.txt")?,
            person_office_heads: t.list("person_office_heads.txt")?,
            partitive_quantifiers: t.list("partitive_quantifiers.txt")?,
            addressee_verbs: t.list("addressee_verbs.txt")?,
            object_cues: t.list("object_cues.txt")?,
            complement_nouns: t.list("complement_nouns.txt")?,
            side_nouns: t.list("side_nouns.txt")?,
            finite_verbs: t.list("finite_verbs.txt")?,
            nonreferring_words: t.list("nonreferring_words.txt")?,
            compound_head_triggers: t.list("compound_head_triggers.txt")?,
            predicate_copulas: t.list("predicate_copulas.txt")?,
            lasting_words: t.list("lasting_words.txt")?,
            proposing_verbs: t.list("proposing_verbs.txt")?,
            verb_adverbs: t.list("verb_adverbs.txt")?,
            signer_negators: t.list("signer_negators.txt")?,
            binding_verbs: t.list("binding_verbs.txt")?,
            violation_prepositions: t.list("violation_prepositions.txt")?,
            generic_quantifiers: t.list("generic_quantifiers.txt")?,
            negotiation_nouns: t.list("negotiation_nouns.txt")?,
            one_sided_modifiers: t.list("one_sided_modifiers.txt")?,
            reaction_verbs: t.list("reaction_verbs.txt")?,
            org_name_connectors: t.list("org_name_connectors.txt")?,
            corporate_suffixes: t.list("corporate_suffixes.txt")?,
            org_name_left_modifiers: t.list("org_name_left_modifiers.txt")?,
            org_field_nouns: t.list("org_field_nouns.txt")?,
            armed_modifiers: t.list("armed_modifiers.txt")?,
            signing_place_heads: t.list("signing_place_heads.txt")?,
            outlet_heads: t.list("outlet_heads.txt")?,
            media_nouns_before: t.list("media_nouns_before.txt")?,
            interview_verbs: t.list("interview_verbs.txt")?,
            org_name_place_connectors: t.list("org_name_place_connectors.txt")?,
            regional_government_heads: t.list("regional_government_heads.txt")?,
            party_phrasal_verbs: t.list("party_phrasal_verbs.txt")?,
            regional_government_modifiers: t.list("regional_government_modifiers.txt")?,
            self_governing_region_kinds: t.list("self_governing_region_kinds.txt")?,
            status_copulas: t.list("status_copulas.txt")?,
            distinct_adverbs: t.list("distinct_adverbs.txt")?,
            desire_verbs: t.list("desire_verbs.txt")?,
            go_between_verbs: t.list("go_between_verbs.txt")?,
            earlier_modifiers: t.list("earlier_modifiers.txt")?,
            state_force_nouns: t.list("state_force_nouns.txt")?,
            irregular_participles: t.list("irregular_participles.txt")?,
            irregular_past: t.list("irregular_past.txt")?,
            accusation_passives: t.list("accusation_passives.txt")?,
            reciprocal_objects: t.list("reciprocal_objects.txt")?,
            institutional_group_heads: t.list("institutional_group_heads.txt")?,
            association_heads: t.list("association_heads.txt")?,
            source_people_nouns: t.list("source_people_nouns.txt")?,
            bare_source_modifiers: t.list("bare_source_modifiers.txt")?,
            self_naming_cues: t
                .list("self_naming_cues.txt")?
                .into_iter()
                .map(|l| l.split_whitespace().map(str::to_string).collect())
                .collect(),
            scheduled_status_phrases: t.list("scheduled_status_phrases.txt")?,
            polity_openers: t
                .list("polity_openers.txt")?
                .iter()
                .map(|l| split_words(l))
                .collect(),
            armed_group_anaphors: t.list("armed_group_anaphors.txt")?,
            place_prepositions: t.list("place_prepositions.txt")?,
            definite_place_prepositions: t.list("definite_place_prepositions.txt")?,
            definite_name_followers: t.list("definite_name_followers.txt")?,
            place_of_heads: t.list("place_of_heads.txt")?,
            document_heads: t.list("document_heads.txt")?,
            collective_heads: (t.rows::<CollectiveHead>("collective_heads.txt")?)
                .into_iter()
                .map(|CollectiveHead(h, k)| (split_words(&h), k == Collective::Reciprocal))
                .collect(),
            collective_modifiers: t.list("collective_modifiers.txt")?,
            rebel_nouns: t.list("rebel_nouns.txt")?,
            relative_dates: (t.rows::<RelativeDate>("relative_dates.tsv")?)
                .into_iter()
                .map(|RelativeDate(p, d)| (split_words(&p), d))
                .collect(),
            relative_periods: (t.rows::<RelativePeriod>("relative_periods.tsv")?)
                .into_iter()
                .map(|RelativePeriod(p, u, n)| (split_words(&p), u, n))
                .collect(),
            future_cues: t.list("future_cues.txt")?,
            month_leads: t.list("month_leads.txt")?,
            demonym_endings: t.list("demonym_endings.txt")?,
            state_agent_nouns: t.list("state_agent_nouns.txt")?,
            name_giving_verbs: t.list("name_giving_verbs.txt")?,
            name_giving_words: t.list("name_giving_words.txt")?,
            status_predicates: t.rows::<StatusPredicate>("status_predicates.tsv")?,
            verb_forms: (t.rows::<VerbForm>("verb_forms.tsv")?)
                .into_iter()
                .map(|VerbForm(f, l)| (f, l))
                .collect(),
            clause_words: t.clause_words("clause_words.tsv")?,
        })
    }
}

static WORDS: OnceLock<Result<Words, DataError>> = OnceLock::new();

/// The bundled word lists, parsed on first use, or the error of the first bad row.
pub fn try_words() -> Result<&'static Words, &'static DataError> {
    WORDS.get_or_init(|| Words::parse(FILES)).as_ref()
}

/// The bundled word lists, loaded once (empty lists, and the error on stderr, should they not parse).
pub fn words() -> &'static Words {
    static EMPTY: OnceLock<Words> = OnceLock::new();
    match try_words() {
        Ok(w) => w,
        Err(e) => EMPTY.get_or_init(|| data::or_report(Err(e.clone()))),
    }
}
