//! Actors: titles and offices (`titles.tsv`), named organisations and armed groups
//! (`organizations.tsv`), the head words that make a name an organisation
//! (`organization_patterns.tsv`) and unnamed collective actors (`group_nouns.tsv`).

use super::rows::{GroupNounRow, OrgHeadRow, OrgRow, TitleRow};
use super::{
    Lexicon, LexiconError, insert_unique, longest, lower_key, note_first, rows, title_key,
};
use crate::model::EntityType;

/// Category of a title or office (its name in `titles.tsv` is the kebab-case variant name).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[strum(serialize_all = "kebab-case")]
pub enum TitleCategory {
    /// President, King, Emir ...
    HeadOfState,
    /// Prime Minister, Chancellor, Premier ...
    HeadOfGovernment,
    /// Ministers and secretaries of state.
    Minister,
    /// Ambassadors, envoys, spokespersons of foreign ministries ...
    Diplomat,
    /// Military ranks and posts.
    Military,
    /// Heads and officers of organisations.
    OrganisationLeader,
    /// Members and officers of legislatures.
    Legislator,
    /// Judges and prosecutors.
    Judicial,
    /// Religious offices.
    Religious,
    /// Forms of address and honorifics (Mr., Dr., Sir).
    Honorific,
}

impl TitleCategory {
    /// The name used in `titles.tsv`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A title or office ("Foreign Minister").
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// The title as written in the file.
    pub title: String,
    /// Its category.
    pub category: TitleCategory,
    /// Number of whitespace-separated words.
    pub words: usize,
}

/// A named organisation or armed group.
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    /// Canonical name ("United Nations").
    pub name: String,
    /// Acronyms and other names ("UN", "U.N.").
    pub aliases: Vec<String>,
    /// `Organization` or `ArmedGroup`.
    pub kind: EntityType,
    /// Category ("intergovernmental", "news-agency", "armed-group", ...).
    pub category: String,
}

/// Where an organisation head word stands in a name (its name in `organization_patterns.tsv` is the
/// lowercase variant name).
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
pub enum HeadPosition {
    /// Begins the name ("Ministry of Defence").
    Prefix,
    /// Ends the name ("Labour Party").
    Suffix,
    /// Either.
    Either,
}

/// A head word that makes a capitalised phrase an organisation or armed group.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgHead {
    /// The head word ("Ministry").
    pub head: String,
    /// The type it implies.
    pub kind: EntityType,
    /// Where it stands.
    pub position: HeadPosition,
}

impl Lexicon {
    pub(super) fn parse_titles(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "titles.tsv";
        for r in rows::<TitleRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            let words = c.title.split_whitespace().count();
            insert_unique(
                &mut self.title_keys,
                title_key(c.title.split_whitespace()),
                self.titles.len(),
                F,
                l,
            )?;
            self.max_title_words = self.max_title_words.max(words);
            if let Some(w0) = c.title.split_whitespace().next() {
                note_first(&mut self.title_first, title_key(std::iter::once(w0)), words);
            }
            self.titles.push(Title {
                title: c.title,
                category: c.category,
                words,
            });
        }
        Ok(())
    }

    pub(super) fn parse_orgs(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "organizations.tsv";
        for r in rows::<OrgRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            if !matches!(c.kind, EntityType::Organization | EntityType::ArmedGroup) {
                return Err(LexiconError::new(
                    F,
                    l,
                    "type must be Organization or ArmedGroup",
                ));
            }
            let org = Org {
                name: c.name,
                aliases: c.aliases,
                kind: c.kind,
                category: c.category,
            };
            let idx = self.orgs.len();
            for n in std::iter::once(&org.name).chain(org.aliases.iter()) {
                self.max_org_words = self.max_org_words.max(n.split_whitespace().count());
                if let Some(w0) = n.split_whitespace().next() {
                    note_first(
                        &mut self.org_first,
                        w0.to_string(),
                        n.split_whitespace().count(),
                    );
                }
                insert_unique(&mut self.org_names, n.clone(), idx, F, l)?;
            }
            self.orgs.push(org);
        }
        Ok(())
    }

    pub(super) fn parse_org_heads(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "organization_patterns.tsv";
        for r in rows::<OrgHeadRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            insert_unique(
                &mut self.org_head_keys,
                c.head.clone(),
                self.org_heads.len(),
                F,
                l,
            )?;
            self.org_heads.push(OrgHead {
                head: c.head,
                kind: c.kind,
                position: c.position,
            });
        }
        Ok(())
    }

    pub(super) fn parse_group_nouns(&mut self, text: &str) -> Result<(), LexiconError> {
        const F: &str = "group_nouns.tsv";
        for r in rows::<GroupNounRow>(F, text)? {
            let (l, c) = (r.line, r.value);
            let words: Vec<&str> = c.noun.split_whitespace().collect();
            self.max_group_words = self.max_group_words.max(words.len());
            if !words.is_empty() {
                note_first(&mut self.group_first, lower_key(&words[..1]), words.len());
            }
            let key = lower_key(&words);
            let first = key.split(' ').next().unwrap_or_default();
            for (i, _) in first.char_indices().skip(1) {
                self.group_prefixes.insert(first[..i].to_string());
            }
            self.group_prefixes.insert(first.to_string());
            insert_unique(&mut self.group_nouns, key, c.canonical, F, l)?;
        }
        Ok(())
    }

    /// All titles.
    pub fn titles(&self) -> &[Title] {
        &self.titles
    }

    /// The category of a title; the first letter of each word is case-insensitive
    /// ("foreign minister" = "Foreign Minister"). Inner whitespace is normalised.
    pub fn title(&self, text: &str) -> Option<TitleCategory> {
        self.title_entry(text).map(|t| t.category)
    }

    /// The title entry for a text (same matching as [`Lexicon::title`]).
    pub fn title_entry(&self, text: &str) -> Option<&Title> {
        self.title_keys
            .get(&title_key(text.split_whitespace()))
            .map(|&i| &self.titles[i])
    }

    /// The longest title starting at `words[0]`: the number of words it spans and the entry.
    /// Words are tokens as in the text ("Lt.", "Gen."); the first letter of each is
    /// case-insensitive.
    pub fn longest_title(&self, words: &[&str]) -> Option<(usize, &Title)> {
        longest(
            words,
            &self.title_first,
            |ws| title_key(ws.iter().copied()),
            |k| self.title_keys.get(k).map(|&i| &self.titles[i]),
        )
    }

    /// All known organisations.
    pub fn organizations(&self) -> &[Org] {
        &self.orgs
    }

    /// Organisation by canonical name or alias, exact and case-sensitive ("UN", "Hamas").
    pub fn organization(&self, name: &str) -> Option<&Org> {
        self.org_names.get(name).map(|&i| &self.orgs[i])
    }

    /// The longest organisation name or alias starting at `words[0]` (exact words, joined by
    /// single spaces).
    pub fn longest_organization(&self, words: &[&str]) -> Option<(usize, &Org)> {
        longest(
            words,
            &self.org_first,
            |ws| ws.join(" "),
            |k| self.org_names.get(k).map(|&i| &self.orgs[i]),
        )
    }

    /// The type implied by an organisation head word ("Ministry" → Organization,
    /// "Brigades" → ArmedGroup); exact and case-sensitive.
    pub fn org_head(&self, word: &str) -> Option<EntityType> {
        self.org_head_entry(word).map(|h| h.kind)
    }

    /// The head-word entry, with its position.
    pub fn org_head_entry(&self, word: &str) -> Option<&OrgHead> {
        self.org_head_keys.get(word).map(|&i| &self.org_heads[i])
    }

    /// All organisation head words.
    pub fn org_heads(&self) -> &[OrgHead] {
        &self.org_heads
    }

    /// The canonical form of an unnamed collective actor ("Militants" → "militants",
    /// "government troops" → "government forces"); case-insensitive.
    pub fn group_noun(&self, text: &str) -> Option<&str> {
        if super::plain_word(text) {
            return self.group_nouns.get(text).map(String::as_str);
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        self.group_nouns.get(&lower_key(&words)).map(String::as_str)
    }

    /// Whether some group noun's first word starts with `word`, an ASCII word already lowercased: when
    /// not, no group noun starts at a token whose text is `word` (a cheap test before [`Self::group_noun`]).
    pub fn may_start_group_noun(&self, word: &str) -> bool {
        self.group_prefixes.contains(word)
    }

    /// The longest group noun starting at `words[0]`, with its canonical form.
    pub fn longest_group_noun(&self, words: &[&str]) -> Option<(usize, &str)> {
        longest(words, &self.group_first, lower_key, |k| {
            self.group_nouns.get(k).map(String::as_str)
        })
    }
}
