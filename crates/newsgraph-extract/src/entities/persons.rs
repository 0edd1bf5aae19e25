//! Persons: a name with its role (a title before it) and the affiliation the role gives; a surname or
//! first name mentioned alone joins the person already known.

use super::Entities;
use super::names::title_case;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::{Text, TokKind};

/// The person whose name has the word `tok` (of three letters or more, or a two-letter family name such
/// as "Xu" or "Ng": a capital and a lowercase letter, no name particle) without being it; of two such
/// persons ("Mizanur Rahman … Prof Farhana Rahman … Prof Rahman said"), the one mentioned last before
/// character `before` (issue 9, session 18, set 49), else the first.
pub(super) fn person_with_token(ents: &Entities, tok: &str, before: usize) -> Option<usize> {
    let n = tok.chars().count();
    let two_letter_name = n == 2
        && tok.chars().next().is_some_and(char::is_uppercase)
        && tok.chars().nth(1).is_some_and(char::is_lowercase)
        && !crate::words::words()
            .name_particles
            .contains(&tok.to_lowercase());
    if n < 3 && !two_letter_name {
        return None;
    }
    let mut holders = ents.list.iter().enumerate().filter(|(_, e)| {
        e.kind == EntityType::Person
            && e.name.split(' ').any(|p| is_name_word(p, tok))
            && e.name != tok
    });
    let (first, _) = holders.next()?;
    let last_before = |i: usize| ents.list[i].mentions.range(..(before, 0)).next_back();
    Some(
        std::iter::once(first)
            .chain(holders.map(|(i, _)| i))
            .filter_map(|i| last_before(i).map(|m| (m.0, i)))
            .max()
            .map_or(first, |(_, i)| i),
    )
}

/// Whether the word `p` of a person's name is `tok`, also after a joined name particle: "Burhan" is the
/// last word of "Abdel Fattah al-Burhan", "Sisi" of "el-Sisi" (`name_particles.txt`; issue 9, session
/// 15).
fn is_name_word(p: &str, tok: &str) -> bool {
    p == tok
        || p.split_once('-').is_some_and(|(pre, rest)| {
            rest == tok && crate::words::words().name_particles.contains(pre)
        })
}

/// Whether a capitalised run of two or more tokens names no person: "the Korean War" ends in an event
/// word (`event_heads.txt`); in "Republic of Northern" (before a known "Cyprus") "of" and "for" join
/// no person's names (issue 9, session 13, third invented set).
fn no_personal_name(run: &[crate::text::Token]) -> bool {
    run.len() > 1
        && (crate::words::words()
            .event_heads
            .contains(run[run.len() - 1].lower())
            || run.iter().any(|t| matches!(t.text.as_str(), "of" | "for")))
}

/// Adds (or finds) the person named by tokens `[a, b)` with its role (the title before it, or a
/// lowercase title) and the affiliation the role gives (the actor mentioned right before the title).
pub(super) fn add_person(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    b: usize,
    span: (usize, usize),
    surface: &str,
    role: Option<String>,
) {
    let toks = &text.tokens;
    if no_personal_name(&toks[a..b]) {
        return;
    }
    // "Ms von der Leyen", "Sir Keir": match a known person by the remaining tokens
    // a name in capitals ("EMMANUEL Macron" in a heading) is written in title case
    let name_toks: Vec<String> = toks[a..b]
        .iter()
        .map(|t| {
            if t.is_all_caps() && !keeps_capitals(&t.text) {
                title_case(&t.text)
            } else {
                t.text.clone()
            }
        })
        .collect();
    let name = name_toks.join(" ");
    let existing = known_person(ents, &name, span.0);
    let i = match existing {
        Some(i) => {
            ents.mention(i, span, surface);
            i
        }
        None => ents.add(
            &format!("person:{name}"),
            EntityType::Person,
            &name,
            span,
            surface,
        ),
    };
    // a lowercase title right before the name: "(MILF) chairman Al Haj Murad Ebrahim"
    let role = role.or_else(|| lowercase_title_before(text, a));
    if let Some(role) = role {
        let role = role.trim().to_string();
        if !role.is_empty() && !ents.list[i].roles.contains(&role) {
            ents.list[i].roles.push(role);
        }
        // the role's affiliation: the entity mentioned right before the title
        if ents.list[i].affiliation.is_none() {
            let title_start = title_start_before(text, a);
            let before = ents
                .mentions
                .range(..title_start)
                .next_back()
                .map(|(s, (e, j))| (*s, *e, *j));
            // A mention that runs into the title (it overlaps it) is not "right before" it.
            if let Some((_, e, j)) = before.filter(|(_, e, _)| *e <= title_start) {
                let gap = text.slice(e, title_start);
                let close = gap.trim().is_empty()
                    || gap.trim() == "'s"
                    || gap.trim() == "’s"
                    || gap.trim() == ")"
                    || (gap.trim().starts_with('(') && gap.trim().ends_with(')') && gap.len() < 12);
                if close && j != i && ents.is_actor(j) {
                    ents.list[i].affiliation = Some(j);
                }
            }
        }
    }
}

/// The person already known by `name` (a mention starting at character `at`): the one of that full name,
/// else one whose name starts or ends with it or whose last word is it; of several such ("Mizanur Rahman
/// … Prof Farhana Rahman … Prof Rahman said"), the one mentioned last before `at` (issue 9, session 18,
/// set 49), else the first.
fn known_person(ents: &Entities, name: &str, at: usize) -> Option<usize> {
    let persons = || {
        ents.list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person)
    };
    if let Some((i, _)) = persons().find(|(_, e)| e.name == name) {
        return Some(i);
    }
    let (suffix, prefix) = (format!(" {name}"), format!("{name} "));
    let mut holders = persons()
        .filter(|(_, e)| {
            e.name.ends_with(&suffix)
                || e.name.starts_with(&prefix)
                || e.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| is_name_word(last, name))
        })
        .map(|(i, _)| i);
    let first = holders.next()?;
    let last_before = |i: usize| {
        ents.list[i]
            .mentions
            .range(..(at, 0))
            .next_back()
            .map(|m| (m.0, i))
    };
    Some(
        std::iter::once(first)
            .chain(holders)
            .filter_map(last_before)
            .max()
            .map_or(first, |(_, i)| i),
    )
}

/// A title written in lowercase right before token `a` ("chairman", "foreign minister"), the longest
/// of up to three lowercase words in the same sentence.
fn lowercase_title_before(text: &Text, a: usize) -> Option<String> {
    let toks = &text.tokens;
    let lex = lexicon();
    let sent = toks.get(a)?.sentence;
    (a.saturating_sub(3)..a)
        .filter(|&k| {
            toks[k..a].iter().all(|t| {
                t.kind == TokKind::Word
                    && t.sentence == sent
                    && t.text.chars().next().is_some_and(char::is_lowercase)
            })
        })
        .find_map(|k| {
            let strs: Vec<&str> = toks[k..a].iter().map(|t| t.text.as_str()).collect();
            lex.longest_title(&strs)
                .filter(|(len, _)| *len == strs.len())
                .map(|_| title_case(&strs.join(" ")))
        })
}

/// Start offset of the title phrase right before token `a` (walking back over title-ish tokens).
fn title_start_before(text: &Text, a: usize) -> usize {
    let toks = &text.tokens;
    let lex = lexicon();
    let mut k = a;
    let mut best = toks[a].start;
    let lo = a.saturating_sub(8);
    while k > lo {
        k -= 1;
        let strs: Vec<&str> = toks[k..a].iter().map(|t| t.text.as_str()).collect();
        if lex.longest_title(&strs).is_some() {
            best = toks[k].start;
        }
        if toks[k].kind != TokKind::Word {
            break;
        }
    }
    best
}

/// Whether a name token in capitals keeps them in a person's name: initials ("R.K. Voltan"; session 17,
/// ent2), two letters, or a regnal numeral ("Tamba Lusso III"; session 18, set 56).
fn keeps_capitals(word: &str) -> bool {
    word.chars().count() <= 2
        || word.contains('.')
        || word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}
