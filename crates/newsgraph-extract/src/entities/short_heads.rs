//! An organisation's bare head word ("the Commission", "a Commission spokesperson") after its full name
//! ("the European Commission"): a mention of that organisation, not a second one (issue 9, session 15,
//! set 21).

use super::Entities;
use crate::lexicon::lexicon;
use crate::model::EntityType;

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
}
