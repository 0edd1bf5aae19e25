//! One segment of a capitalised run (between titles) → an entity: agreement names are skipped, "known
//! as" aliases join the entity before, and the rest becomes a news outlet, a place, a person (with the
//! role its title gives), an organisation, an acronym, or a lone name that joins a known person.

use super::Entities;
use super::names::{
    Hit, MEDIA_NOUNS, OFFICE_WORDS, ORG_NOUNS_BEFORE, PLATFORM_VERBS, add_place, lookup,
};
use super::persons::{add_person, person_with_token};
use super::told_outlets;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;
use std::collections::BTreeSet;

/// Classifies the segment `[a, b)` of a run, with the role of the title before it. Each rule below
/// either adds what the segment names and ends, or passes it on to the next.
// Over 80 lines: an ordered decision list whose order is the rule; each long rule is its own function.
pub(super) fn classify_segment(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    b: usize,
    role: Option<String>,
    lower_words: &BTreeSet<String>,
) {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let mut b = b;
    // trailing connectors
    while b > a
        && (w.name_connectors.contains(&toks[b - 1].text)
            || w.name_particles.contains(&toks[b - 1].text))
    {
        b -= 1;
    }
    if a >= b {
        return;
    }
    let surface = text.slice(toks[a].start, toks[b - 1].end);
    let span = (toks[a].start, toks[b - 1].end);
    let len = b - a;
    if agreement_name(text, ents, a, b) || known_as(text, ents, a, span, &surface) {
        return;
    }
    // "the AU Constitutive Act": a legal text's name is no entity (issue 9, session 15, set 15)
    if len > 1 && w.document_heads.contains(&toks[b - 1].text) {
        return;
    }
    if known_with_apostrophe(text, ents, a, b, span, &surface) {
        return;
    }
    // "CAIRO (Ahram Online) - … told Ahram Online": words of several tokens that already name an
    // organisation of the article (its dateline's outlet, say) name it again (issue 9, session 16, set 30)
    if role.is_none()
        && len > 1
        && let Some(i) = ents.get(&format!("org:{surface}"))
    {
        ents.mention(i, span, &surface);
        return;
    }
    let heads: Vec<&str> = toks[a..b].iter().map(|t| t.text.as_str()).collect();
    // a possessive head ("… People's Republic", joined by the name runs)
    let possessive_head = (b - a >= 3 && matches!(heads[len - 2], "'s" | "’s"))
        .then(|| lex.org_head(&format!("{}'s {}", heads[len - 3], heads[len - 1])))
        .flatten();
    let org_kind = possessive_head
        .or_else(|| heads.iter().find_map(|h| lex.org_head(h)))
        .map(|k| state_force_kind(&heads, k));
    let loc_head = heads.iter().any(|h| w.location_heads.contains(*h))
        || role.is_none() && place_edge(ents, &heads, &surface);
    if shouted(text, a, b, lower_words) {
        return;
    }
    if role.is_none()
        && outlet(text, ents, a, b, org_kind.is_some() || loc_head, &surface)
        && lookup(&surface).is_none()
    {
        // "wrote on X.": the full stop that ends the sentence is no part of the name (issue 9,
        // session 9)
        let ends_sentence = text
            .tokens
            .get(b)
            .is_none_or(|t| t.sentence != toks[b - 1].sentence);
        let (span, surface) = match surface.strip_suffix('.') {
            Some(s) if ends_sentence && !s.contains('.') => ((span.0, span.1 - 1), s.to_string()),
            _ => (span, surface),
        };
        // "KATHMANDU (The Kathmandu Post) … told the Post": the outlet named before, shortened
        // (issue 9, session 17, set 39)
        if let Some(i) = told_outlets::outlet_named_before(ents, &surface) {
            ents.mention(i, span, &surface);
            return;
        }
        add_org_with_acronym(text, ents, span, &surface, b);
        return;
    }
    if len > 1 && org_kind.is_none() && role.is_none() && compass_place(text, ents, a, b) {
        return;
    }
    // the tail of an office before a name: "Minister of State for Foreign Affairs Anwar Gargash"
    if !loc_head && let Some(c) = after_office(text, a, b) {
        let span = (toks[c].start, toks[b - 1].end);
        let surface = text.slice(span.0, span.1);
        add_person(text, ents, c, b, span, &surface, role);
        return;
    }
    // "the Director General of Military Operations, X": a segment opening with a connector after a
    // title completes the office, it names no one (issue 9, session 9)
    if role.is_some() && matches!(toks[a].text.as_str(), "of" | "for") {
        return;
    }
    // "The Minister of Foreign Affairs and International Cooperation, Hon. X": the office's second
    // portfolio names no one either (issue 9, session 18, set 56)
    if office_conjunct(text, a, b) {
        return;
    }
    if role.is_some() && org_kind.is_none() && !loc_head {
        add_person(text, ents, a, b, span, &surface, role);
        return;
    }
    let after_det = a > 0 && toks[a - 1].lower() == "the";
    // "the Office for the Coordination of Humanitarian Affairs (OCHA)": the organisation the bracketed
    // acronym already names, when its name ends with this one (issue 9, session 12)
    if org_kind.is_some()
        && b + 2 < toks.len()
        && toks[b].text == "("
        && toks[b + 2].text == ")"
        && let Some((_, _, j)) = ents.covering(toks[b + 1].start)
        && ents.list[j].name.ends_with(surface.as_str())
    {
        ents.mention(j, span, &surface);
        return;
    }
    // "told reporters at the White House": a seat of government the lexicon knows (`metonyms.tsv`)
    // after a locative preposition and "the" is the place; one that speaks was read before (`seats`)
    // (issue 9, session 17, types)
    if role.is_none()
        && len > 1
        && after_det
        && a >= 2
        && w.locative_prepositions.contains(toks[a - 2].lower())
        && lex.metonym(&surface).is_some()
    {
        add_place(ents, text, a, span, &surface, &surface, None, None);
        return;
    }
    if org_kind.is_some() && !after_det && person_of_the_org(text, ents, (a, b), &role, lower_words)
    {
        return;
    }
    if let Some(kind) = org_kind {
        // "the Council" after "the Security Council": the bare head names the organisation read
        // earlier whose name it ends (issue 9, session 15, set 15)
        if len == 1
            && after_det
            && let Some(j) = organisation_ending_in(ents, &surface)
        {
            ents.mention(j, span, &surface);
            return;
        }
        if len > 1 || after_det {
            let i = ents.add(&format!("org:{surface}"), kind, &surface, span, &surface);
            acronym_alias(text, ents, i, b);
            return;
        }
    }
    if len > 1 && role.is_none() && acronym_spelled_org(text, ents, a, b, span) {
        return;
    }
    // "the mining company Serra Azul Minas", "construction firm Velbeck Holt": a name of two to four
    // words right after a lowercase noun of a company (`company_nouns_before.txt`) is that company, not
    // a place or a person (issue 9, session 16, set 27)
    if role.is_none()
        && (2..=4).contains(&len)
        && a > 0
        && toks[a - 1].sentence == toks[a].sentence
        && !toks[a - 1].is_capitalized()
        && w.company_nouns_before.contains(toks[a - 1].lower())
        && lookup(&surface).is_none()
    {
        let i = ents.add_org(&surface, span);
        acronym_alias(text, ents, i, b);
        return;
    }
    if loc_head && len > 1 {
        add_place(ents, text, a, span, &surface, &surface, None, None);
        return;
    }
    if len == 1 {
        // "in Parliament" (issue 9, session 17, types)
        if !(acronym(text, ents, a, lower_words) || role.is_none() && lone_org_head(text, ents, a))
        {
            single_name(text, ents, a, role, lower_words);
        }
        return;
    }
    if (2..=5).contains(&len) && toks[a..b].iter().all(|t| !lex.is_non_name(&t.text)) {
        if role.is_none() && unknown_place(text, ents, a, b, &surface) {
            add_place(ents, text, a, span, &surface, &surface, None, None);
            return;
        }
        if role.is_none()
            && (definite_of_state(text, ents, a, b) || party_name(text, ents, b, span, &surface))
        {
            return;
        }
        if role.is_none() && definite_segment(text, ents, a, b) {
            return;
        }
        add_person(text, ents, a, b, span, &surface, role);
    }
}

/// The type of a name `heads` whose first organisation head word gave `kind`: a head of two words
/// (`organization_patterns.tsv`: "Armed Forces", "Air Force", "Liberation Front") decides over its
/// words alone ("Forces", "Force"), and a numbered military unit ("Third Army Region", "Fourth
/// Division": an ordinal of `unit_ordinals.txt` opens it) is a state's, so an Organization
/// (GUIDELINES: armed groups are those acting on their own) (issue 9, session 17, types).
fn state_force_kind(heads: &[&str], kind: EntityType) -> EntityType {
    let lex = lexicon();
    let two = heads
        .windows(2)
        .find_map(|p| lex.org_head(&format!("{} {}", p[0], p[1])));
    match two.unwrap_or(kind) {
        EntityType::ArmedGroup if words().unit_ordinals.contains(heads[0]) => {
            EntityType::Organization
        }
        k => k,
    }
}

/// "on Mount Varek", "at Ras Kedda", "the Haolan Jiao": whether the words `heads` of an unknown name of two
/// or three words open with a word only places' names open with (`place_name_openers.txt`) or close
/// with one only places' names close with (`place_name_closers.txt`), and no person read before is
/// named so ("El Amrani" after "Karim El Amrani") (issue 9, session 17, types).
fn place_edge(ents: &Entities, heads: &[&str], surface: &str) -> bool {
    let w = words();
    (2..=3).contains(&heads.len())
        && (w.place_name_openers.contains(heads[0])
            || w.place_name_closers.contains(heads[heads.len() - 1]))
        && !ents.list.iter().any(|e| {
            e.kind == EntityType::Person && (e.name == surface || e.name.ends_with(surface))
        })
}

/// "Anselmo Cal of the Toledo Fishers' Alliance said": a segment `[a, b)` whose organisation head comes
/// after "of the", and whose words before it are two or three name words (no organisation or place head,
/// no known name, no non-name word), is a person and the organisation he speaks for, not one
/// organisation: adds the person, classifies the rest, and says so (issue 9, session 15).
fn person_of_the_org(
    text: &Text,
    ents: &mut Entities,
    (a, b): (usize, usize),
    role: &Option<String>,
    lower_words: &BTreeSet<String>,
) -> bool {
    let toks = &text.tokens;
    let (lex, w) = (lexicon(), words());
    let Some(o) = (a + 2..(a + 4).min(b)).find(|&m| toks[m].text == "of") else {
        return false;
    };
    // after a title ("Deputy Helena Varga of the …") a word that is also a town's name is a person's
    // name ("Helena", "Tavares"); the title already says a person is named (issue 9, session 16, set 27)
    let known_ok = |hit: Option<Hit>| match hit {
        None => true,
        Some(Hit::City(..) | Hit::Region(..) | Hit::Capital(_)) => role.is_some(),
        Some(_) => false,
    };
    let name_word = |t: &crate::text::Token| {
        t.is_capitalized()
            && lex.org_head(&t.text).is_none()
            && !w.location_heads.contains(&t.text)
            && !lex.is_non_name(&t.text)
            && known_ok(lookup(&t.text))
            && lex.longest_title(&[t.text.as_str()]).is_none()
    };
    if !(o + 2 < b && toks[o + 1].text == "the" && toks[a..o].iter().all(name_word)) {
        return false;
    }
    let span = (toks[a].start, toks[o - 1].end);
    let surface = text.slice(span.0, span.1);
    add_person(text, ents, a, o, span, &surface, role.clone());
    classify_segment(text, ents, o + 2, b, None, lower_words);
    true
}

/// "the Kurdistan Workers' Party": a name the lexicon knows that its token matching missed (a plural
/// possessive inside the segment `[a, b)`, joined by the runs) is that organisation: adds it and says so
/// (issue 9, session 15, set 16).
fn known_with_apostrophe(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    b: usize,
    span: (usize, usize),
    surface: &str,
) -> bool {
    if b < a + 3
        || !text.tokens[a..b]
            .iter()
            .any(|t| matches!(t.text.as_str(), "'" | "’"))
    {
        return false;
    }
    let Some(Hit::Org(name, kind)) = lookup(surface) else {
        return false;
    };
    ents.add(&format!("org:{name}"), kind, &name, span, surface);
    true
}

/// "his Civil Contract party": a name (ending before token `b`) before a lowercase noun of organisation
/// is an organisation's: adds it and says so (issue 9, session 15, set 16).
fn party_name(
    text: &Text,
    ents: &mut Entities,
    b: usize,
    span: (usize, usize),
    surface: &str,
) -> bool {
    if !org_noun_after(text, b) {
        return false;
    }
    add_org_with_acronym(text, ents, span, surface, b);
    true
}

/// Whether token `b` is a lowercase noun of organisation (`org_nouns_after.txt`) in the sentence of the
/// name before it.
fn org_noun_after(text: &Text, b: usize) -> bool {
    let toks = &text.tokens;
    b > 0
        && toks.get(b).is_some_and(|t| {
            t.sentence == toks[b - 1].sentence
                && t.kind == TokKind::Word
                && !t.is_capitalized()
                && words().org_nouns_after.contains(t.text.as_str())
        })
}

/// "the ruling Georgian Dream party": a lone unknown name at token `a` between a demonym read as its
/// state and a lowercase noun of organisation names, with the demonym, an organisation: adds it and says
/// so (issue 9, session 15, set 16).
fn demonym_org_name(text: &Text, ents: &mut Entities, a: usize) -> bool {
    let toks = &text.tokens;
    if a == 0 || !org_noun_after(text, a + 1) || toks[a - 1].sentence != toks[a].sentence {
        return false;
    }
    let prev = &toks[a - 1];
    let Some((ms, me, k)) = ents.covering(prev.start) else {
        return false;
    };
    if me != prev.end
        || ents.list[k].kind != EntityType::State
        || lexicon().country_by_demonym(&text.slice(ms, me)).is_none()
    {
        return false;
    }
    let span = (ms, toks[a].end);
    let surface = text.slice(span.0, span.1);
    ents.add_org(&surface, span);
    true
}

/// "the Public Defender of Georgia": an unknown name of two or three plain capitalised words after "the"
/// (no person's name takes the article), then "of" and a state's mention, names an institution of that
/// state: adds the organisation (the state's mention becomes part of its name) and says so (issue 9,
/// session 15, set 16).
fn definite_of_state(text: &Text, ents: &mut Entities, a: usize, b: usize) -> bool {
    let toks = &text.tokens;
    let sent = toks[a].sentence;
    if !(2..=3).contains(&(b - a))
        || a == 0
        || toks[a - 1].lower() != "the"
        || !toks[a..b].iter().all(super::names::is_name_token)
        || toks
            .get(b)
            .is_none_or(|t| t.text != "of" || t.sentence != sent)
    {
        return false;
    }
    let Some(next) = toks.get(b + 1).filter(|t| t.sentence == sent) else {
        return false;
    };
    let Some((ms, me, k)) = ents.covering(next.start) else {
        return false;
    };
    if ms != next.start || ents.list[k].kind != EntityType::State {
        return false;
    }
    let span = (toks[a].start, me);
    let surface = text.slice(span.0, span.1);
    let i = ents.add_org(&surface, span);
    acronym_alias(text, ents, i, text.token_at_or_after(me));
    true
}

/// Adds the entity of an unknown name after "the" that [`definite_unknown`] types, and says so: the
/// entity of that name, or of a longer name it opens, read earlier ("the Episcopal Conference of Ecuador …
/// the Episcopal Conference"), else a new place or organisation (issue 9, session 15, set 15).
fn definite_segment(text: &Text, ents: &mut Entities, a: usize, b: usize) -> bool {
    let Some(kind) = definite_unknown(text, a, b) else {
        return false;
    };
    let toks = &text.tokens;
    let span = (toks[a].start, toks[b - 1].end);
    let surface = text.slice(span.0, span.1);
    if kind == EntityType::Location {
        add_place(ents, text, a, span, &surface, &surface, None, None);
        return true;
    }
    let prefix = format!("{surface} ");
    let longer = ents
        .list
        .iter()
        .position(|e| e.name == surface || e.name.starts_with(prefix.as_str()));
    if let Some(j) = longer {
        ents.mention(j, span, &surface);
        return true;
    }
    let i = ents.add(&format!("org:{surface}"), kind, &surface, span, &surface);
    acronym_alias(text, ents, i, b);
    true
}

/// "gathered in Nova Brava", "clashes near Port Halden": an unknown name of two or three words right after
/// a preposition of place (`data/extract/place_prepositions.txt`) or before a lowercase noun of place
/// (`location_nouns.txt`: "the Syr Darya basin") is a place, unless a possessive follows
/// ("in Lina Okafor's view") or a person of that name is known (issue 9, session 9).
fn unknown_place(text: &Text, ents: &Entities, a: usize, b: usize, surface: &str) -> bool {
    let toks = &text.tokens;
    // "the Syr Darya basin", "the Upper Kora valley": a lowercase noun of place after the name (issue
    // 9, session 12)
    let place_noun_after = toks.get(b).is_some_and(|t| {
        t.sentence == toks[a].sentence
            && !t.is_capitalized()
            && words().location_nouns.contains(&t.text)
    });
    // "the town of Goz Beïda", "the district of Upper Kora"
    let place_noun_of = a >= 2
        && toks[a - 1].text == "of"
        && toks[a - 2].sentence == toks[a].sentence
        && words().location_nouns.contains(&toks[a - 2].text)
        || super::small_places::settlement_of(text, a)
        // "Residents of Kerevo", "Dravenka, the disputed village on the river" (session 18, set 56)
        || super::small_places::resident_of(text, a)
        || super::small_places::apposed_settlement(text, b)
        // "the districts of Dulka and Ranno Veda" (session 17, set 39)
        || a >= 2 && toks[a - 1].text == "and" && super::small_places::settlement_of(text, a - 2)
        // "the districts of Varno, including Dulka Kot and Vesh" (session 17, ent2)
        || super::small_places::included_place(text, ents, a);
    b - a <= 3
        && (place_noun_after
            || place_noun_of
            // "In Lo Varesh, …": a sentence-initial preposition counts too (issue 9, session 16,
            // set 27)
            || a > 0
                && toks[a - 1].sentence == toks[a].sentence
                && (words().place_prepositions.contains(toks[a - 1].lower())
                    // "the border crossing at Varno Viejo" (issue 9, session 17, types)
                    || words().name_place_prepositions.contains(toks[a - 1].lower())))
        && !toks
            .get(b)
            .is_some_and(|t| t.text.starts_with("'s") || t.text.starts_with("’s") || t.text == "'")
        && !ents.list.iter().any(|e| {
            e.kind == EntityType::Person && (e.name == surface || e.name.ends_with(surface))
        })
}

/// Whether the name at tokens `[a, b)` ends its noun phrase: what follows in its sentence is no word, a
/// capitalised word, a noun of place (`location_nouns.txt`), a conjunction or preposition
/// (`definite_name_followers.txt`, `definite_place_prepositions.txt`, `locative_prepositions.txt`) or a
/// verb (`metonymy_verbs.txt`, cue verbs); not a lowercase noun the name modifies ("the Ana Velisar
/// case", "the Muslim world").
fn ends_phrase(text: &Text, a: usize, b: usize) -> bool {
    let toks = &text.tokens;
    let w = words();
    toks.get(b).is_none_or(|t| {
        t.sentence != toks[a].sentence
            || t.kind != TokKind::Word
            || t.is_capitalized()
            || w.location_nouns.contains(&t.text)
            || w.definite_name_followers.contains(t.lower())
            || w.definite_place_prepositions.contains(t.lower())
            || w.locative_prepositions.contains(t.lower())
            || w.metonymy_verbs.contains(t.lower())
            || lexicon().cue_verb(&t.text).is_some()
    })
}

/// "on the Amu Darya", "who heads the Varno Growers Union": an unknown name of two to five words right
/// after "the" names no person (no person's name takes the article; a title would have given the segment
/// a role): a place after a preposition of `definite_place_prepositions.txt` before "the", else an
/// organisation (an actor, so a statement it makes keeps its speaker). `None` when an "of"/"for"
/// complement or a lowercase word follows that is no noun of place (`location_nouns.txt`), preposition,
/// conjunction (`definite_name_followers.txt`) or verb (`metonymy_verbs.txt`, cue verbs): the
/// name runs on ("the Border Commandos of Putumayo", left to the rules after) or modifies it ("the
/// Hunter Biden case") (issue 9, session 15, set 15).
fn definite_unknown(text: &Text, a: usize, b: usize) -> Option<EntityType> {
    let toks = &text.tokens;
    let w = words();
    let sent = toks[a].sentence;
    let after_the = a > 0 && toks[a - 1].lower() == "the" && toks[a - 1].sentence == sent;
    let free_after = ends_phrase(text, a, b);
    // only capitalised words: a name with a connector inside ("the Line of Control") is left to the
    // rules after
    // … nor an event ("the Cold War", "the Olympic Games": `event_heads.txt`)
    let plain = toks[a..b].iter().all(super::names::is_name_token)
        && !w.event_heads.contains(toks[b - 1].lower());
    if !(after_the && free_after && plain) {
        return None;
    }
    let place = a > 1
        && toks[a - 2].sentence == sent
        && w.definite_place_prepositions.contains(toks[a - 2].lower());
    Some(if place {
        EntityType::Location
    } else {
        EntityType::Organization
    })
}

/// Words in capitals ("THE 12 DAY WAR", a shouted phrase or a heading): two or more such words the
/// lexicon does not know, or one the article also writes in lowercase, are no name.
fn shouted(text: &Text, a: usize, b: usize, lower_words: &BTreeSet<String>) -> bool {
    let toks = &text.tokens;
    toks[a..b].iter().all(|t| t.is_all_caps())
        && (b - a >= 2
            || toks[a..b]
                .iter()
                .any(|t| lower_words.contains(t.lower()) || t.lower() == "the"))
}

/// A compass word in the segment `[a, b)` (before its last word) makes a place ("South Ossetia",
/// "Middle East"), or, before a demonym-like adjective ("Southeast Asian leaders", "Middle Eastern"),
/// no name at all; whether the segment was one of these.
fn compass_place(text: &Text, ents: &mut Entities, a: usize, b: usize) -> bool {
    let w = words();
    let toks = &text.tokens;
    let compass = |t: &crate::text::Token| {
        w.directions.contains(t.lower())
            || matches!(
                t.lower(),
                "northeast" | "northwest" | "southeast" | "southwest" | "middle"
            )
    };
    if !toks[a..b - 1].iter().any(compass) {
        return false;
    }
    let last = toks[b - 1].lower();
    // "Asian", "Korean", "African" read as adjectives; another word in "-an" only when it is a demonym
    // ("Afghan"): "North Waziristan", "South Kordofan" are places (session 17, ent2)
    let adjective_an = ["ian", "ean", "can"].iter().any(|e| last.ends_with(e))
        || last.ends_with("an") && lexicon().country_by_demonym(&toks[b - 1].text).is_some();
    if adjective_an || last.ends_with("ern") || last.ends_with("ese") {
        return true;
    }
    let span = (toks[a].start, toks[b - 1].end);
    let surface = text.slice(span.0, span.1);
    add_place(ents, text, a, span, &surface, &surface, None, None);
    true
}

/// An agreement's name ("Good Friday Agreement", "Windsor Framework") is no entity; a known city at its
/// start is still a mention ("Windsor", "Entebbe Declaration"), unless a treaty head of
/// `signing_place_heads.txt` follows it ("Doha Agreement"). Whether the segment `[a, b)` is one.
fn agreement_name(text: &Text, ents: &mut Entities, a: usize, b: usize) -> bool {
    let toks = &text.tokens;
    let is_agreement = toks[a..b].iter().any(|t| {
        t.text.chars().next().is_some_and(char::is_uppercase)
            && lexicon()
                .agreement_trigger(&t.text.to_lowercase())
                .is_some()
    });
    if !is_agreement {
        return false;
    }
    // "The Entebbe Declaration": a city the known pass left (`signing_place_heads.txt` names the heads
    // it leaves) is still a mention
    if let Some(Hit::City(name, cc, lat, lon)) = lookup(&toks[a].text)
        && !toks[a + 1..b]
            .iter()
            .any(|t| words().signing_place_heads.contains(&t.text))
    {
        let t = &toks[a];
        add_place(
            ents,
            text,
            a,
            (t.start, t.end),
            &t.text,
            &name,
            Some(cc),
            Some((lat, lon)),
        );
    }
    true
}

/// "which is now known as X" / "also known as X": an alias of the (non-person) entity just before;
/// whether the segment at token `a` was one.
fn known_as(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    span: (usize, usize),
    surface: &str,
) -> bool {
    let toks = &text.tokens;
    if !(a >= 2 && toks[a - 1].text == "as" && toks[a - 2].text == "known") {
        return false;
    }
    let before = ents
        .mentions
        .range(..toks[a].start)
        .next_back()
        .map(|(_, (_, i))| *i);
    if let Some(i) = before
        && ents.list[i].kind != EntityType::Person
    {
        ents.mention(i, span, surface);
        return true;
    }
    false
}

/// Whether the segment `[a, b)` names a news outlet or platform: "Channel NewsAsia television", "said on
/// Truth Social" (`has_head`: it has an organisation or location head word).
fn outlet(text: &Text, ents: &Entities, a: usize, b: usize, has_head: bool, surface: &str) -> bool {
    let toks = &text.tokens;
    let media_after = toks
        .get(b)
        .is_some_and(|t| MEDIA_NOUNS.contains(&t.text) && t.sentence == toks[a].sentence);
    // "posted on his Kestrel Social platform": a determiner may stand after "on" (issue 9, session 17,
    // types)
    let det = usize::from(a >= 3 && words().noun_determiners.contains(toks[a - 1].lower()));
    let platform_before = a >= 2 + det
        && toks[a - 1 - det].text == "on"
        && PLATFORM_VERBS.contains(toks[a - 2 - det].lower())
        && !has_head
        && lookup(surface).is_none();
    media_after || platform_before || told_outlets::told_outlet(text, ents, a, b, has_head)
}

/// The portfolios of the two-word titles "X Minister" ("Labour Minister", "Trade Minister") whose first
/// word is no title of its own ("Deputy Minister" aside): what "Minister of X" names. Ranks that slip
/// through ("Prime", "Junior") never follow "of", where `after_office` looks for a portfolio.
static PORTFOLIO_WORDS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        let lex = lexicon();
        lex.titles()
            .iter()
            .filter(|t| t.words == 2)
            .filter_map(|t| t.title.strip_suffix(" Minister"))
            .filter(|p| lex.longest_title(&[*p]).is_none())
            .map(str::to_string)
            .collect()
    });

/// The first token of the name after an office's tail in the segment `[a, b)`: "Minister of State for
/// Foreign Affairs Anwar Gargash", "Director General of Military Operations Carlos Ruiz" after the title
/// split; `None` unless two or more tokens follow the last office word, none an organisation head.
fn after_office(text: &Text, a: usize, b: usize) -> Option<usize> {
    let w = words();
    let toks = &text.tokens;
    let mut a2 = a;
    while a2 < b && w.name_connectors.contains(&toks[a2].text) {
        a2 += 1;
    }
    // "Minister of Labour Ana Ruiz": after a connector, a portfolio the titles name ("Labour Minister")
    // ends the office too (issue 9, session 16, set 27)
    let office = (a2..b).rev().find(|m| {
        OFFICE_WORDS.contains(&toks[*m].text)
            || (a2 > a && *m == a2 && PORTFOLIO_WORDS.contains(toks[*m].text.as_str()))
    })?;
    let after_office_words = a2 > a
        || OFFICE_WORDS.contains(&toks[a2].text)
        || a > 0 && w.name_connectors.contains(&toks[a - 1].text);
    let c = office + 1;
    // "the Ministry of Foreign Affairs of Chad": a name never opens with a connector, so what follows is
    // the office's complement, not a person (issue 9, session 10)
    let connector = c < b && w.name_connectors.contains(&toks[c].text);
    // … nor one holding an organisation head ("the Multinational Security Support Mission"; issue 9,
    // session 15, set 16)
    let org = toks[c.min(b)..b]
        .iter()
        .any(|t| lexicon().org_head(&t.text).is_some());
    // … nor with punctuation or a lowercase word but a particle: "the Ministry of Agriculture, Fisheries
    // and Mining", "the Ministry of Fisheries, Commerce and Tourism" list the office's portfolios (issue 9,
    // session 16, set 30)
    let word = toks.get(c).is_some_and(|t| {
        t.kind == TokKind::Word && (t.is_capitalized() || w.name_particles.contains(&t.text))
    });
    (after_office_words && b - a > 2 && b - c >= 2 && !connector && !org && word).then_some(c)
}

/// The most capitalised words an office's first portfolio may hold ("of Foreign Affairs").
const OFFICE_COMPLEMENT_REACH: usize = 5;

/// Whether the segment `[a, b)` is the second portfolio of an office before a comma: "and" before it,
/// and before that up to a few capitalised words (or "the") after "of"/"for" right after a title ("The
/// Minister of Foreign Affairs and International Cooperation, Hon. X"); not when the segment's last word
/// is written elsewhere in the article, as a person named again is ("the Minister of Trade and Anna
/// Berg, the envoy, … Berg said") (issue 9, session 18, set 56).
fn office_conjunct(text: &Text, a: usize, b: usize) -> bool {
    let toks = &text.tokens;
    if a < 4 || toks[a - 1].text != "and" || toks.get(b).is_none_or(|t| t.text != ",") {
        return false;
    }
    let sent = toks[a].sentence;
    let mut k = a - 2;
    for _ in 0..OFFICE_COMPLEMENT_REACH {
        let t = &toks[k];
        if t.sentence != sent || k == 0 {
            return false;
        }
        if matches!(t.text.as_str(), "of" | "for") {
            let last = &toks[b - 1].text;
            return lexicon()
                .longest_title(&[toks[k - 1].text.as_str()])
                .is_some()
                && toks
                    .iter()
                    .enumerate()
                    .all(|(j, o)| j == b - 1 || &o.text != last);
        }
        if !(t.is_capitalized() || t.text == "the") {
            return false;
        }
        k -= 1;
    }
    false
}

/// An acronym (one all-caps token of up to seven letters the article does not write in lowercase) is an
/// organisation, or a mention of the one it abbreviates; whether token `a` was one.
fn acronym(text: &Text, ents: &mut Entities, a: usize, lower_words: &BTreeSet<String>) -> bool {
    let t = &text.tokens[a];
    if !(t.is_all_caps()
        && t.text.chars().count() <= 7
        && !(lower_words.contains(t.lower()) && t.text.chars().count() > 2))
        || shouted_word(text, a)
    {
        return false;
    }
    let span = (t.start, t.end);
    let surface = text.slice(span.0, span.1);
    if let Some(i) = ents.get(&format!("acronym:{}", t.text)) {
        ents.mention(i, span, &surface);
    } else {
        let i = ents.add_org(&surface, span);
        ents.keys.insert(format!("acronym:{surface}"), i);
    }
    true
}

/// An all-caps word that is no acronym (issue 9, session 12, second invented set): a name the article
/// also writes in title case ("MOROBO, South Sudan -" beside "Morobo"), or a word of a heading, a
/// paragraph of two or more words all in capitals ("PRESS RELEASE", "9914TH MEETING (AM)").
fn shouted_word(text: &Text, a: usize) -> bool {
    let toks = &text.tokens;
    let t = &toks[a];
    if t.text.chars().count() > 2 {
        let mut title: String = t.text.to_lowercase();
        if let Some(c) = title.get(..1).map(str::to_uppercase) {
            title.replace_range(..1, &c);
        }
        if toks.iter().any(|u| u.text == title) {
            return true;
        }
    }
    let p = text.paragraphs[t.paragraph];
    let mut words = toks[p.tok_start..p.tok_end]
        .iter()
        .filter(|u| u.kind == TokKind::Word && u.text.chars().any(char::is_alphabetic));
    let n = words.clone().count();
    n >= 2 && words.all(|u| !u.text.chars().any(char::is_lowercase))
}

/// "Party spokesman X said": whether token `a` is a bare organisation head ("Party", "Council"),
/// capitalised only because it opens the sentence: a common noun for an organisation named before, not a
/// name of its own (issue 9, session 16, set 27).
fn bare_org_head(text: &Text, a: usize) -> bool {
    text.is_sentence_initial(a) && lexicon().org_head(&text.tokens[a].text).is_some()
}

/// "Managing director X": whether the word `word` opens a title of two words whose second, `next`, is
/// written in lowercase after it (issue 9, session 16, set 30).
fn opens_lowercase_title(word: &str, next: &str) -> bool {
    let cased = super::names::title_case(next);
    lexicon()
        .longest_title(&[word, cased.as_str()])
        .is_some_and(|(len, _)| len == 2)
}

/// A single name token at `a` (no title, no head word): a known person's surname or first name, an
/// organisation before a lowercase title, a place after a locative preposition, an organisation after
/// an organisation noun, an armed group's code, a known organisation, or a lone speaker.
fn single_name(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    role: Option<String>,
    lower_words: &BTreeSet<String>,
) {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let b = a + 1;
    let span = (toks[a].start, toks[a].end);
    let surface = text.slice(span.0, span.1);
    let prev_lower = if a > 0 { toks[a - 1].lower() } else { "" };
    let next = toks.get(b).map(|t| t.text.clone()).unwrap_or_default();
    let next_is_title = lex.longest_title(&[next.as_str()]).is_some()
        && !next.chars().next().is_some_and(char::is_uppercase);
    let org = |ents: &mut Entities, kind: EntityType| {
        ents.add(&format!("org:{surface}"), kind, &surface, span, &surface);
    };
    // a known person's surname or first name, a company's first word (issue 9, session 17, types)
    let tok = &toks[a].text;
    if let Some(i) =
        person_with_token(ents, tok, span.0).or_else(|| company_opening_with(ents, tok))
    {
        ents.mention(i, span, &surface);
        return;
    }
    // "a Western diplomat", "a Maoist commander": a bloc or creed adjective before a title is no
    // organisation (issue 9, session 13, third invented set; session 15, set 16)
    if next_is_title && !adjective_before_title(&toks[a]) {
        org_before_title(text, ents, a, &next);
        return;
    }
    if lone_place(text, a, lower_words) || listed_lone_place(text, ents, a, lower_words) {
        add_place(ents, text, a, span, &surface, &surface, None, None);
        return;
    }
    if role.is_none() && demonym_org_name(text, ents, a) {
        return;
    }
    // "the rebel movement Renamo", "the opposition party Frelimo": an unknown name right after a
    // lowercase noun of organisation (data/extract/org_nouns_before.txt) is that organisation
    if ORG_NOUNS_BEFORE.contains(prev_lower)
        && !toks[a - 1].is_capitalized()
        && !lower_words.contains(&tok.to_lowercase())
    {
        org(ents, EntityType::Organization);
        return;
    }
    // alphanumeric codes (M23): an armed group when "rebel(s)" follows
    // (a code or an acronym only: "Leftist rebels", "Islamist fighters" are adjectives)
    let next_l = next.to_lowercase();
    let code_like = tok.chars().any(|c| c.is_ascii_digit()) || toks[a].is_all_caps();
    if code_like
        && matches!(
            next_l.as_str(),
            "rebels" | "rebel" | "militia" | "fighters" | "insurgents"
        )
    {
        org(ents, EntityType::ArmedGroup);
        return;
    }
    if let Some(i) = ents.get(&format!("org:{surface}")) {
        ents.mention(i, span, &surface);
        return;
    }
    // "Zelenskiy said …": a lone unknown name as the subject of a cue verb (issue 9, session 6); not
    // when a modal follows the cue word, which is then a plural noun ("Member states would have to …";
    // issue 9, session 15, set 16)
    let noun_cue = toks
        .get(b + 1)
        .is_some_and(|t| t.sentence == toks[a].sentence && w.modal_verbs.contains(t.lower()));
    if !noun_cue
        && !plural_subject(text, a)
        && crate::lone_speakers::is_lone_speaker(text, a, lower_words)
    {
        add_person(text, ents, a, b, span, &surface, role);
    }
}

/// The one word at token `a` before the lowercase title `next` ("Kastra chief executive X"): the company
/// read before that it opens, else a new organisation unless it is a bare head or opens the title.
fn org_before_title(text: &Text, ents: &mut Entities, a: usize, next: &str) {
    let t = &text.tokens[a];
    let (span, surface) = ((t.start, t.end), t.text.as_str());
    match company_named_before(ents, surface) {
        Some(i) => ents.mention(i, span, surface),
        None if !bare_org_head(text, a) && !opens_lowercase_title(surface, next) => {
            ents.add_org(surface, span);
        }
        None => {}
    }
}

/// "Kastra Shipping … Kastra chief executive X": the company read before whose name opens with the one
/// word `surface` and ends in a head that only ends names (`HeadPosition::Suffix`: not "the Tajik Foreign
/// Ministry" before "the Tajik minister"), else `None` (issue 9, session 17, set 39).
fn company_named_before(ents: &Entities, surface: &str) -> Option<usize> {
    let lex = lexicon();
    let prefix = format!("{surface} ");
    let company = |name: &str| {
        name.rsplit(' ').next().is_some_and(|last| {
            lex.org_head_entry(last)
                .is_some_and(|h| h.position == crate::lexicon::HeadPosition::Suffix)
        })
    };
    ents.list.iter().position(|e| {
        e.kind == EntityType::Organization
            && e.name.starts_with(prefix.as_str())
            && company(&e.name)
    })
}

/// "Transporters blame …", "Vendors have complained": the cue verb after the lone word at `a` agrees
/// with a plural subject (its bare lemma, or "have" and a form), so the word is a plural noun, no
/// person's name (issue 9, session 15, set 21).
fn plural_subject(text: &Text, a: usize) -> bool {
    let toks = &text.tokens;
    let Some(next) = toks.get(a + 1).filter(|t| t.sentence == toks[a].sentence) else {
        return false;
    };
    let lex = lexicon();
    if next.lower() == "have" {
        return toks
            .get(a + 2)
            .is_some_and(|t| lex.cue_verb(&format!("have {}", t.text)).is_some());
    }
    lex.cue_verb(&next.text)
        .is_some_and(|cv| cv.lemma == next.lower() && !cv.lemma.contains(' '))
}

/// A region or bloc adjective ("a Western diplomat": `bloc_adjectives.txt`; issue 9, session 13), a
/// name-opening modifier ("Provincial spokesman": `org_name_left_modifiers.txt`), or a
/// creed or ideology adjective ("a former Maoist commander": `adjective_suffixes.txt`; issue 9, session
/// 15, set 16): before a title it names no organisation.
fn adjective_before_title(t: &crate::text::Token) -> bool {
    let w = words();
    // "Provincial spokesman X", "a Federal official": a modifier that only opens a longer name
    // (`org_name_left_modifiers.txt`) names nothing alone (issue 9, session 17, set 39)
    w.org_name_left_modifiers.contains(&t.text)
        || w.bloc_adjectives.contains(t.lower())
        || w.adjective_suffixes
            .iter()
            .any(|s| t.lower().ends_with(s.as_str()))
}

/// The organisation or armed group read so far whose longer name ends in the head word `head` ("Security
/// Council" for "the Council"): the one most mentioned, the earliest on a tie; `None` when there is none.
fn organisation_ending_in(ents: &Entities, head: &str) -> Option<usize> {
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            matches!(e.kind, EntityType::Organization | EntityType::ArmedGroup)
                && e.name != head
                && e.name.rsplit(' ').next() == Some(head)
                && !e.mentions.is_empty()
        })
        .max_by_key(|(i, e)| (e.mentions.len(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

/// A lone unknown name at token `a` that is the next item of a list of places ("in Guanajuato and
/// Tolvar": `small_places`), not a word the article also writes in lowercase, nor a month.
fn listed_lone_place(
    text: &Text,
    ents: &Entities,
    a: usize,
    lower_words: &BTreeSet<String>,
) -> bool {
    let tok = &text.tokens[a].text;
    (super::small_places::listed_place(text, ents, a)
        || super::small_places::included_place(text, ents, a))
        && !lower_words.contains(&tok.to_lowercase())
        && lexicon().month(tok).is_none()
}

/// "table the protocol in Parliament": an organisation head alone at token `a` after a locative
/// preposition is that organisation, no place (the one read before whose name ends with it, if any):
/// adds it and says so (issue 9, session 17, types).
fn lone_org_head(text: &Text, ents: &mut Entities, a: usize) -> bool {
    let (lex, w) = (lexicon(), words());
    let toks = &text.tokens;
    let tok = toks[a].text.as_str();
    if a == 0
        || !w.locative_prepositions.contains(toks[a - 1].lower())
        || lex.org_head(tok) != Some(EntityType::Organization)
        || w.location_heads.contains(tok)
    {
        return false;
    }
    let span = (toks[a].start, toks[a].end);
    match organisation_ending_in(ents, tok) {
        Some(j) => ents.mention(j, span, tok),
        None => {
            ents.add_org(tok, span);
        }
    }
    true
}

/// The organisation read before whose name is two words, `first` and a head word that ends names
/// (`organization_patterns.tsv`, position suffix: "Shipping", "Mining"), when `first` is no known
/// name.
fn company_opening_with(ents: &Entities, first: &str) -> Option<usize> {
    let lex = lexicon();
    ents.list.iter().position(|e| {
        e.kind == EntityType::Organization
            && e.name
                .strip_prefix(first)
                .and_then(|r| r.strip_prefix(' '))
                .and_then(|h| lex.org_head_entry(h))
                .is_some_and(|h| h.position == crate::lexicon::HeadPosition::Suffix)
            && lookup(first).is_none()
    })
}

/// A lone unknown name at token `a` that is a place: after a locative preposition ("clashes near
/// Kordo"), before a noun of place ("the Hidd port"), or after a preposition of place and "the" when it
/// ends its phrase ("into the Tigris"; not a modifier, compass word or bare head: "in the Muslim world",
/// "in the North", "across the Gulf"; issue 9, session 15, set 15); not a word the article also writes in
/// lowercase, nor a month ("held in May").
fn lone_place(text: &Text, a: usize, lower_words: &BTreeSet<String>) -> bool {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let tok = &toks[a].text;
    let prev_lower = if a > 0 { toks[a - 1].lower() } else { "" };
    let next = toks
        .get(a + 1)
        .map(|t| t.text.to_lowercase())
        .unwrap_or_default();
    let definite_place = prev_lower == "the"
        && a > 1
        && toks[a - 2].sentence == toks[a].sentence
        && w.definite_place_prepositions.contains(toks[a - 2].lower())
        && !tok.contains('-')
        && lex.country_by_demonym(tok).is_none()
        && !w.directions.contains(toks[a].lower())
        && !w.location_heads.contains(tok)
        && !w.place_of_heads.contains(tok)
        && ends_phrase(text, a, a + 1)
        && toks
            .get(a + 1)
            .is_none_or(|t| !t.is_capitalized() || t.sentence != toks[a].sentence);
    (w.locative_prepositions.contains(prev_lower)
        || w.location_nouns.contains(&next)
        || definite_place
        || super::small_places::settlement_of(text, a)
        || super::small_places::resident_of(text, a)
        // a lone word after no capitalised one: "Maseru Bridge, the busiest crossing" is no "Bridge"
        || (a == 0 || !toks[a - 1].is_capitalized() || prev_lower == "the")
            && super::small_places::apposed_settlement(text, a + 1)
        || super::small_places::before_plural_settlement(text, a))
        && !lower_words.contains(&tok.to_lowercase())
        && lex.month(tok).is_none()
}

/// "the Inter-Services Public Relations (ISPR)": a bracketed acronym spelling the run's initials names
/// an organisation, never a person; adds it (with the acronym as alias) and says so (issue 9, session
/// 14, fifth invented set).
fn acronym_spelled_org(
    text: &Text,
    ents: &mut Entities,
    a: usize,
    b: usize,
    span: (usize, usize),
) -> bool {
    if !spelled_by_acronym(text, a, b) {
        return false;
    }
    add_org_with_acronym(text, ents, span, &text.slice(span.0, span.1), b);
    true
}

/// Adds the organisation named `surface` at `span` (a run ending before token `b`), with the bracketed
/// acronym after the run as its alias.
fn add_org_with_acronym(
    text: &Text,
    ents: &mut Entities,
    span: (usize, usize),
    surface: &str,
    b: usize,
) {
    let i = ents.add_org(surface, span);
    acronym_alias(text, ents, i, b);
}

/// Whether "(ACRONYM)" follows the run `[a, b)` and spells the initials of its capitalised words (the
/// parts of a hyphenated word each give one: "Inter-Services Public Relations (ISPR)").
pub(super) fn spelled_by_acronym(text: &Text, a: usize, b: usize) -> bool {
    let toks = &text.tokens;
    if b + 2 >= toks.len() || toks[b].text != "(" || toks[b + 2].text != ")" {
        return false;
    }
    let acr = &toks[b + 1];
    if !acr.is_all_caps() || acr.text.chars().count() < 3 {
        return false;
    }
    let initials: String = toks[a..b]
        .iter()
        .filter(|t| t.kind == TokKind::Word && t.is_capitalized())
        .flat_map(|t| {
            t.text
                .split('-')
                .filter_map(|p| p.chars().next())
                .collect::<Vec<_>>()
        })
        .collect();
    initials == acr.text
}

/// An acronym in parentheses right after an organisation's name at token `b` ("(MILF)") is its alias;
/// so is one between commas that spells the name's initials ("…, DPS,").
fn acronym_alias(text: &Text, ents: &mut Entities, i: usize, b: usize) {
    let toks = &text.tokens;
    let bracketed = b + 2 < toks.len()
        && toks[b].text == "("
        && toks[b + 2].text == ")"
        && toks[b + 1].is_all_caps();
    if bracketed || comma_acronym(text, &ents.list[i].name, b) {
        let t = &toks[b + 1];
        ents.mention(i, (t.start, t.end), &t.text);
        ents.keys.insert(format!("acronym:{}", t.text), i);
    }
}

/// "the Democratic Party of Socialists, DPS, said": an acronym of three or more capitals between commas
/// (or before the sentence's end) right after the organisation `name` ending before token `b`, spelling
/// the initials of its capitalised words (issue 9, session 15, set 21).
fn comma_acronym(text: &Text, name: &str, b: usize) -> bool {
    let toks = &text.tokens;
    let (Some(comma), Some(acr), Some(after)) = (toks.get(b), toks.get(b + 1), toks.get(b + 2))
    else {
        return false;
    };
    if comma.text != ","
        || !acr.is_all_caps()
        || acr.text.chars().count() < 3
        || !matches!(after.text.as_str(), "," | "." | ";")
    {
        return false;
    }
    let initials: String = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .flat_map(|w| w.split('-').filter_map(|p| p.chars().next()))
        .collect();
    initials == acr.text
}
