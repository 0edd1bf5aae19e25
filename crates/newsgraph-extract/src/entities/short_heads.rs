//! An organisation's bare head word ("the Commission", "a Commission spokesperson") after its full name
//! ("the European Commission"): a mention of that organisation, not a second one (issue 9, session 15,
//! set 21). Likewise a body's acronym and the head of its staff ("the MRU Secretariat" after "the Mano
//! River Union (MRU)") is a mention of the body (issue 9, session 18, set 56).

use super::Entities;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::words::words;

/// Folds each organisation named by one capitalised head word of the lexicon into the only other
/// organisation whose name ends in that word and whose first mention comes earlier; with two or more such
/// organisations ("Foreign Ministry", "Defence Ministry") the bare head stays as it is. One pass over the
/// entities per bare head.
pub(super) fn fold_bare_heads(ents: &mut Entities) {
    let lex = lexicon();
    for i in 0..ents.list.len() {
        let name = ents.list[i].name.clone();
        if ents.list[i].kind != EntityType::Organization
            || name.contains(' ')
            || !name.chars().next().is_some_and(char::is_uppercase)
            || lex.org_head(&name).is_none()
        {
            continue;
        }
        let Some(&first) = ents.list[i].mentions.iter().next() else {
            continue;
        };
        let suffix = format!(" {name}");
        let mut owners = (0..ents.list.len()).filter(|&k| {
            k != i
                && ents.list[k].kind == EntityType::Organization
                && ents.list[k].name.ends_with(&suffix)
                && ents.list[k]
                    .mentions
                    .iter()
                    .next()
                    .is_some_and(|m| *m < first)
        });
        let (Some(k), None) = (owners.next(), owners.next()) else {
            continue;
        };
        move_into(ents, i, k);
    }
}

/// Folds each organisation named by an acronym and a head of staff (`staff_heads.txt`: "MRU
/// Secretariat") into the other organisation the acronym names: one that has it as an alias, or whose
/// name's capitalised words spell it ("Shanghai Cooperation Organization" for "SCO"). One pass over the
/// entities per such name.
pub(super) fn fold_staff_heads(ents: &mut Entities) {
    let w = words();
    for i in 0..ents.list.len() {
        let e = &ents.list[i];
        let Some((acr, head)) = e.name.split_once(' ') else {
            continue;
        };
        if e.kind != EntityType::Organization
            || e.mentions.is_empty()
            || !w.staff_heads.contains(head)
            || acr.chars().count() < 2
            || !acr.chars().all(|c| c.is_ascii_uppercase())
        {
            continue;
        }
        let owner = (0..ents.list.len()).find(|&k| {
            let o = &ents.list[k];
            k != i
                && matches!(o.kind, EntityType::Organization | EntityType::ArmedGroup)
                && !o.mentions.is_empty()
                && (o.aliases.contains(acr) || o.name == acr || initials(&o.name) == acr)
        });
        if let Some(k) = owner {
            move_into(ents, i, k);
        }
    }
}

/// The first letters of the capitalised words of `name` ("Shanghai Cooperation Organization" → "SCO").
fn initials(name: &str) -> String {
    name.split(' ')
        .filter_map(|p| p.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Moves every mention and alias of entity `i` to entity `k` (its name becomes an alias of `k`).
fn move_into(ents: &mut Entities, i: usize, k: usize) {
    let name = ents.list[i].name.clone();
    let moved = std::mem::take(&mut ents.list[i].mentions);
    for (s, e) in moved {
        if let Some(v) = ents.mentions.get_mut(&s)
            && *v == (e, i)
        {
            v.1 = k;
        }
        ents.list[k].mentions.insert((s, e));
    }
    let aliases = std::mem::take(&mut ents.list[i].aliases);
    ents.list[k].aliases.extend(aliases);
    ents.list[k].aliases.insert(name);
}
