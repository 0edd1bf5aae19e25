//! Long organisation names: an organisation's or armed group's name that runs on through a lowercase
//! connector into a capitalised complement, where the capitalised runs stopped (issue 9, session 14,
//! set 6). The runs end at a place the lexicon knows ("Revolutionary Government of | Zanzibar") and at
//! "in" ("Movement for Unity | in Sool and Sanaag"); this pass, run after them, joins the complement
//! when the name so far holds an organisation head (`organization_patterns.tsv`):
//!
//! - through `org_name_connectors.txt` ("of", "for"): into any capitalised complement that names no
//!   person, but not a state after a government head ("the Government of Ghana" is Ghana);
//! - through `org_name_place_connectors.txt` ("in"): only after a purpose complement ("for …"), and never
//!   into a city or a capital ("the Committee for Refugees in Geneva": Geneva is where it sits).
//!
//! The complement may coordinate two names ("in Sool and Sanaag", "for Justice and Dignity"). The entity
//! takes the long name (its short name becomes an alias) and the complement's own mention is dropped.

use super::Entities;
use super::names::is_name_token;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::Text;
use crate::words::words;

/// The most tokens a complement may hold.
const MAX_COMPLEMENT: usize = 6;

/// Extends the organisation and armed-group mentions whose names run on into a complement.
pub(super) fn extend(text: &Text, ents: &mut Entities, taken: &mut [bool]) {
    let toks = &text.tokens;
    let snapshot: Vec<(usize, usize, usize)> = ents
        .mentions
        .iter()
        .map(|(s, (e, i))| (*s, *e, *i))
        .collect();
    for (s, e, i) in snapshot {
        if !matches!(
            ents.list[i].kind,
            EntityType::Organization | EntityType::ArmedGroup
        ) || !ents.list[i].mentions.contains(&(s, e))
        {
            continue;
        }
        let a = text.token_at_or_after(s);
        let mut b = text.token_at_or_after(e);
        if a >= b
            || !toks[a..b]
                .iter()
                .any(|t| lexicon().org_head(&t.text).is_some())
        {
            continue;
        }
        let mut grew = false;
        while let Some(end) = complement(text, ents, a, b)
            .or_else(|| compass_place(text, ents, a, b))
            .or_else(|| country_before_acronym(text, ents, a, b))
            .or_else(|| bracketed_qualifier(text, ents, b))
            .or_else(|| corporate_suffix(text, b))
        {
            b = end;
            grew = true;
        }
        if !grew {
            continue;
        }
        let span = (s, toks[b - 1].end);
        let long = text.slice(span.0, span.1);
        let short = ents.list[i].name.clone();
        ents.mention(i, span, &long);
        if ents.list[i].mentions.contains(&span) && short == text.slice(s, e) {
            // the short name stays an alias where another mention still reads so
            let short_used = ents.list[i]
                .mentions
                .iter()
                .any(|&(ms, me)| text.slice(ms, me) == short);
            let ent = &mut ents.list[i];
            ent.aliases.remove(&long);
            if short_used {
                ent.aliases.insert(short);
            }
            ent.name = long;
        }
        for t in taken.iter_mut().take(b).skip(a) {
            *t = true;
        }
        absorb_acronym(text, ents, i, b);
    }
}

/// "Border Guard Bangladesh (BGB) … the BGB": the bracketed acronym right after a name that grew (token
/// `b`), read earlier as an organisation of its own, names entity `i`: its mentions move there (issue 9,
/// session 15, set 16).
fn absorb_acronym(text: &Text, ents: &mut Entities, i: usize, b: usize) {
    let toks = &text.tokens;
    if b + 2 >= toks.len()
        || toks[b].text != "("
        || toks[b + 2].text != ")"
        || !toks[b + 1].is_all_caps()
    {
        return;
    }
    let key = format!("acronym:{}", toks[b + 1].text);
    if let Some(j) = ents.get(&key).filter(|&j| j != i) {
        let spans: Vec<(usize, usize)> = ents.list[j].mentions.iter().copied().collect();
        for (s, e) in spans {
            ents.mentions.remove(&s);
            ents.list[j].mentions.remove(&(s, e));
            ents.mention(i, (s, e), &text.slice(s, e));
        }
    }
    ents.keys.insert(key, i);
}

/// "the Ghanaian National Cocoa Company Limited": a legal-form word (`corporate_suffixes.txt`) right after
/// an organisation's name (token `b`) closes it: the token after it, else `None` (issue 9, session 16, ent3).
fn corporate_suffix(text: &Text, b: usize) -> Option<usize> {
    let toks = &text.tokens;
    let t = toks.get(b)?;
    (b > 0
        && t.sentence == toks[b - 1].sentence
        && words().corporate_suffixes.contains(t.text.as_str()))
    .then_some(b + 1)
}

/// The most words a bracketed qualifier may hold.
const MAX_QUALIFIER: usize = 4;

/// "the Workers' Front of Veldania (Revolutionary Left)": capitalised words in brackets right after an
/// organisation's name (token `b` is the opening bracket) are part of the name, the qualifier that tells
/// one faction of a party or body from another: the token after the closing bracket, else `None` (issue 9,
/// session 16, ent3). A lone capitals acronym ("(BGB)") is an alias, not a qualifier, and a bracket naming a
/// state or a place ("(Kenya)"), or an entity mentioned elsewhere, stands on its own; so does one word without a
/// hyphen, an acronym written as a word ("(Ecowas)").
fn bracketed_qualifier(text: &Text, ents: &Entities, b: usize) -> Option<usize> {
    let toks = &text.tokens;
    let open = toks.get(b)?;
    if open.text != "(" {
        return None;
    }
    let sentence = open.sentence;
    let lex = lexicon();
    let mut j = b + 1;
    while j < toks.len()
        && j <= b + MAX_QUALIFIER
        && toks[j].sentence == sentence
        && is_name_token(&toks[j])
        && !toks[j].is_all_caps()
        && lex.month(&toks[j].text).is_none()
        && lex.weekday(&toks[j].text).is_none()
    {
        j += 1;
    }
    // one word without a hyphen is an acronym written as a word ("(Ecowas)"), an alias
    if j == b + 1
        || (j == b + 2 && !toks[b + 1].text.contains('-'))
        || toks.get(j).is_none_or(|t| t.text != ")")
    {
        return None;
    }
    let (cs, ce) = (toks[b + 1].start, toks[j - 1].end);
    let stands_alone = ents.within(cs, ce).iter().any(|&(_, _, k)| {
        !matches!(
            ents.list[k].kind,
            EntityType::Person | EntityType::Organization
        ) || ents.list[k].mentions.len() > 1
            || !ents.list[k].roles.is_empty()
    }) || ents.covering(cs).is_some_and(|(ms, _, _)| ms < cs)
        || ents.covering(ce - 1).is_some_and(|(_, me, _)| me > ce);
    (!stands_alone).then_some(j + 1)
}

/// "Border Guard Bangladesh (BGB)": a state's name right after the name, when the bracketed acronym after
/// it spells the initials of both, is part of the name: the end token of the state's mention, else `None`
/// (issue 9, session 15, set 16).
fn country_before_acronym(text: &Text, ents: &Entities, a: usize, b: usize) -> Option<usize> {
    let next = text.tokens.get(b)?;
    let (ms, me, k) = ents.covering(next.start)?;
    if ms != next.start || ents.list[k].kind != EntityType::State {
        return None;
    }
    let c = text.token_at_or_after(me);
    super::segments::spelled_by_acronym(text, a, c).then_some(c)
}

/// "the Autonomous Administration of North and East Syria": a name with an "of"/"for" complement that
/// ends in a compass word (`directions.txt`) runs on into the state or place mention right after it (the
/// runs stop at the place the lexicon knows): the end token of that mention, else `None` (issue 9,
/// session 15, set 16).
fn compass_place(text: &Text, ents: &Entities, a: usize, b: usize) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    let next = toks.get(b)?;
    if b < a + 3
        || next.sentence != toks[b - 1].sentence
        || !w.directions.contains(toks[b - 1].lower())
        || !toks[a..b - 1]
            .iter()
            .any(|t| w.org_name_connectors.contains(t.text.as_str()))
    {
        return None;
    }
    let (ms, me, k) = ents.covering(next.start)?;
    (ms == next.start && matches!(ents.list[k].kind, EntityType::State | EntityType::Location))
        .then(|| text.token_at_or_after(me))
}

/// The end token of the complement that continues the name at tokens `[a, b)`: a connector at `b`, an
/// optional "the", and a run of name tokens (two joined by "and"); `None` when there is none.
fn complement(text: &Text, ents: &Entities, a: usize, b: usize) -> Option<usize> {
    let toks = &text.tokens;
    let w = words();
    let n = toks.len();
    // the head's sentence: a dotted abbreviation opening the name ("U.N. Office for …") may end a
    // sentence for the splitter (issue 9, session 15, set 16)
    let sentence = toks[b - 1].sentence;
    let conn = toks.get(b)?.text.as_str();
    let place_only = w.org_name_place_connectors.contains(conn);
    if !w.org_name_connectors.contains(conn) && !place_only {
        return None;
    }
    // "in" only after a purpose complement ("Movement for Unity in …")
    if place_only && !toks[a..b].iter().any(|t| t.text == "for") {
        return None;
    }
    let mut j = b + 1;
    if j < n && toks[j].text == "the" {
        j += 1;
    }
    let start = j;
    let lex = lexicon();
    let name_at = |k: usize| {
        k < n
            && toks[k].sentence == sentence
            && is_name_token(&toks[k])
            && lex.month(&toks[k].text).is_none()
            && lex.weekday(&toks[k].text).is_none()
    };
    while j < start + MAX_COMPLEMENT && name_at(j) {
        j += 1;
        // "Sool and Sanaag", "Justice and Dignity": a second name, not a country nor one with a possessive
        if j + 1 < n
            && toks[j].text == "and"
            && name_at(j + 1)
            && lex.country_by_name(&toks[j + 1].text).is_none()
            && !matches!(toks.get(j + 2).map(|t| t.text.as_str()), Some("'s" | "’s"))
        {
            j += 1;
        }
    }
    if j == start || matches!(toks.get(j).map(|t| t.text.as_str()), Some("'s" | "’s")) {
        return None;
    }
    let (cs, ce) = (toks[start].start, toks[j - 1].end);
    let words_of = text.slice(cs, ce);
    // no person inside, and no mention that runs past the complement
    let inside = ents.within(cs, ce);
    if inside.iter().any(|&(ms, me, k)| {
        ents.list[k].kind == EntityType::Person && !stray_conjunct(text, ents, (ms, me), k, cs)
    }) || ents
        .covering(ce.saturating_sub(1))
        .is_some_and(|(_, me, _)| me > ce)
        || ents.covering(cs).is_some_and(|(ms, _, _)| ms < cs)
    {
        return None;
    }
    let is_state = lex.country_by_name(&words_of).is_some()
        || inside
            .iter()
            .any(|(ms, me, k)| (*ms, *me) == (cs, ce) && ents.list[*k].kind == EntityType::State);
    let government_head = toks[a..b]
        .iter()
        .any(|t| w.government_words.contains(t.lower()));
    if is_state && government_head {
        return None;
    }
    if place_only && (lex.city(&words_of).is_some() || lex.country_by_capital(&words_of).is_some())
    {
        return None;
    }
    Some(j)
}

/// "the Office of the Special Envoy for Maritime Affairs and Caribbean Cooperation": a "person" the runs
/// read in a complement (which starts at offset `cs`) after its "and" is the complement's second
/// portfolio when it has no role and no other mention (issue 9, session 16, set 30).
fn stray_conjunct(text: &Text, ents: &Entities, span: (usize, usize), k: usize, cs: usize) -> bool {
    let toks = &text.tokens;
    let first = text.token_at_or_after(span.0);
    span.0 > cs
        && first >= 1
        && toks[first - 1].text == "and"
        && ents.list[k].roles.is_empty()
        && ents.list[k].mentions.len() == 1
}
