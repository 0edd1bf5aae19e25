//! Speakers: the subject of a cue verb, looked for to its left in the sentence (a named actor, a
//! pronoun, a relative "who", a collective, an institution's head noun, a document, a role phrase, an
//! apposition).

use super::Speakers;
use super::armed_anaphors;
use super::cues::cue_at;
use super::groups::{
    anonymous_group, anonymous_source_actor, anonymous_source_subject, anonymous_subject,
    collective_before_phrase, collective_speaker, definite_source, head_before_preposition,
    relative_clause_subject, subject_preposition,
};
use super::quotes::Quotes;
use crate::entities::Entities;
use crate::lexicon::lexicon;
use crate::model::EntityType;
use crate::text::{Text, TokKind};
use crate::words::words;
/// Finds the speaker of a cue at token `k` by looking left within the sentence.
pub(super) fn subject_before(
    text: &Text,
    ents: &mut Entities,
    k: usize,
    sp: &Speakers,
    quotes: &Quotes,
) -> Option<usize> {
    let w = words();
    let toks = &text.tokens;
    let sent = toks[k].sentence;
    let mut j = k;
    // skip auxiliaries/adverbs
    while j > 0 && toks[j - 1].sentence == sent && w.auxiliaries.contains(toks[j - 1].lower()) {
        j -= 1;
    }
    if j == 0 || toks[j - 1].sentence != sent {
        return None;
    }
    j = subject_end(text, ents, j);
    // "A company spokeswoman said", "A spokesman for Egypt's Suez Canal Authority said": the
    // organisation the spokesperson speaks for (issue 9, session 16, set 31)
    // "A spokesperson for the X Ministry said …. the spokesperson said" (issue 9, session 17, attr2)
    if let Some(i) = super::spokespeople::subject(text, ents, j, sp)
        .or_else(|| super::spokespeople::definite(text, ents, j, sp))
    {
        return Some(i);
    }
    if let Some(speaker) = participle_subject(text, ents, (k, j), sp, quotes) {
        return speaker;
    }
    if let Some(speaker) = coordinated_or_pronoun_subject(text, ents, j, sp, quotes) {
        return speaker;
    }
    // "X, of Y University, said"; "The officer, who spoke on condition of anonymity, said" (issue 9,
    // session 17, attr2)
    if let Some(i) = person_before_org_apposition(text, ents, j).or_else(|| {
        definite_before_parenthetical(text, j).and_then(|c| definite_source(text, ents, c))
    }) {
        return Some(i);
    }
    // relative "who" (or "which" for an institution): the actor right before ", who"; "X, a militia
    // that says it …", "The group, which says it …" (issue 9, session 14)
    if let Some(i) = relative_subject(text, ents, j) {
        return Some(i);
    }
    // a place named after a preposition ("diplomats in Vienna said", "residents of X said") is no
    // subject: the subject is the collective or actor the phrase modifies, if any (issue 9, session 12)
    if let Some(speaker) = place_phrase_subject(text, ents, j) {
        return speaker;
    }
    // a restrictive relative clause after a collective opening the sentence: "Diplomats who have read
    // the draft say …" (issue 9, session 12); "the armed group said": the armed group named last
    // (issue 9, session 14)
    if let Some(i) = relative_clause_subject(text, ents, j, false)
        .or_else(|| armed_anaphors::definite_armed_group(text, ents, j))
        // "… according to a diplomat in X. “…,” the diplomat said": the anonymous source named with
        // "a" shortly before, not a person the role noun was read as; "Another said" (issue 9, session
        // 14, ninth invented set)
        // "A woman who gave only her first name, X, said …. “…,” the woman said" (issue 9, session 17)
        .or_else(|| super::given_names::definite(text, ents, j))
        .or_else(|| super::groups::definite_source_first(text, ents, j))
        // "…, the people said": the group of sources "people familiar with …" named shortly before
        // (issue 9, session 16, set 35)
        .or_else(|| super::groups::definite_people_sources(text, ents, j))
        .or_else(|| super::groups::another_source(text, ents, j))
        .or_else(|| super::anonymity::one_of_them(text, ents, j))
    {
        return Some(i);
    }
    // '“…,” the trader said' right after the trader, named, spoke; "A lawyer who represents X said": the
    // name is the object of the restrictive clause of an anonymous source, which speaks (issue 9,
    // session 17, attr2)
    if let Some(i) = super::role_anaphors::last_speaker_by_role(text, ents, j, sp)
        .or_else(|| source_before_relative_object(text, ents, j))
    {
        return Some(i);
    }
    named_or_unnamed_subject(text, ents, j)
}

/// The subject ending before token `j` as a named mention (an actor; "X of the Institute said": the
/// person), a collective ("officials said"; "U.S. officials said" speaks for the state named before it),
/// else an unnamed subject ([`unnamed_subject`]).
fn named_or_unnamed_subject(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let prev = &toks[j - 1];
    let sent = prev.sentence;
    // a named mention ending right here ("X of the Institute said": the person, issue 9, session 14)
    if let Some((ms, _, i)) = ents.covering(prev.end - 1)
        && ents.is_actor(i)
    {
        let mt = text.token_at_or_after(ms);
        return Some(super::groups::person_of_organization(text, ents, mt).unwrap_or(i));
    }
    // "MP X of the Kataeb party said": the person before "of the" and an organisation closed by a
    // lowercase head (issue 9, session 18, set 49)
    if j >= 2
        && prev.kind == TokKind::Word
        && !prev.is_capitalized()
        && lexicon()
            .org_head(&crate::entities::title_word(&prev.text))
            .is_some()
        && let Some((ms, _, _)) = ents.covering(toks[j - 2].end - 1)
        && let Some(p) =
            super::groups::person_of_organization(text, ents, text.token_at_or_after(ms))
    {
        return Some(p);
    }
    // a collective speaker: "officials said"; "U.S. officials said" speaks for the state named before it
    if let Some((gs, _, i)) = ents.covering(prev.end - 1)
        && ents.list[i].kind == EntityType::Group
    {
        return Some(group_subject(
            text,
            ents,
            sent,
            text.token_at_or_after(gs),
            i,
        ));
    }
    unnamed_subject(text, ents, j)
}

/// The subject of a cue at token `j` whose subject search ends in a mention after a preposition that
/// makes it no subject ([`subject_preposition`]): `Some` of the collective or actor the phrase modifies
/// ([`head_before_preposition`]); when none stands there and the phrase names a place, an organised
/// collective opening the sentence, "Farm unions in Uruguay said" ("Researchers at the X Institute said"
/// is left to the institute; issue 9, session 16, set 32). `None` when no such phrase ends before `j`.
fn place_phrase_subject(text: &Text, ents: &mut Entities, j: usize) -> Option<Option<usize>> {
    let prev = &text.tokens[j - 1];
    let (ms, _, m) = ents.covering(prev.end - 1)?;
    let p = subject_preposition(text, ents, text.token_at_or_after(ms))?;
    let place = matches!(ents.list[m].kind, EntityType::Location | EntityType::State);
    Some(
        head_before_preposition(text, ents, p, prev.end).or_else(|| {
            place
                .then(|| super::plural_subjects::unlisted_collective(text, ents, j, true))
                .flatten()
        }),
    )
}

/// The subject ending before token `j` when no named actor or collective ends there: a government, an
/// office, an anonymous source, an institution by its head noun, a document, a descriptor, a role
/// phrase, an apposition, a collective before a phrase, a plural noun phrase (in that order).
fn unnamed_subject(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    // "the X monitoring group has estimated" (issue 9, session 16, set 25)
    super::org_descriptors::described_organisation(text, ents, j)
        .or_else(|| government_of_state(text, ents, j))
        .or_else(|| super::governments::bare_government(text, ents, j))
        .or_else(|| super::groups::person_office(text, ents, j))
        .or_else(|| super::offices::state_title_office(text, ents, j))
        .or_else(|| anonymous_source(text, ents, j))
        .or_else(|| definite_source(text, ents, j))
        .or_else(|| institution_subject(text, ents, j))
        .or_else(|| document_author(text, ents, j))
        .or_else(|| super::documents::earlier_document_author(text, ents, j))
        // "X, a political scientist, said …. “…,” the political scientist said" (issue 9, session 15)
        .or_else(|| super::descriptors::described_person(text, ents, j))
        .or_else(|| role_phrase_speaker(text, ents, j))
        .or_else(|| appositive_speaker(text, ents, j))
        .or_else(|| collective_before_phrase(text, ents, j))
        .or_else(|| super::plural_subjects::unlisted_collective(text, ents, j, false))
}

/// The subject of a cue right after "and" or a pronoun (the subject search ending before token `j`):
/// `Some` of what it stands for, `None` when the word before is neither. A second verb of the same subject
/// ("X called the deal historic and insisted …") takes the subject of an earlier cue verb of the sentence,
/// else the actor that opens the sentence; "he"/"she" a person; "It said …" the organisation or state
/// that spoke last (issue 9, session 14).
fn coordinated_or_pronoun_subject(
    text: &Text,
    ents: &mut Entities,
    j: usize,
    sp: &Speakers,
    quotes: &Quotes,
) -> Option<Option<usize>> {
    let prev = &text.tokens[j - 1];
    if prev.lower() == "and" {
        return Some(coordinated_subject(text, ents, j - 1, sp, quotes));
    }
    // "X welcomed the deal but said …": the subject of the first verb, as after "and", unless it is a
    // bare collective ("traders welcomed the news but said" is a loose reaction, no speaker; issue 9,
    // session 17, set 40)
    if prev.lower() == "but" {
        let i = coordinated_subject(text, ents, j - 1, sp, quotes);
        let bare =
            |i: usize| ents.list[i].kind == EntityType::Group && !ents.list[i].name.contains(' ');
        return Some(i.filter(|&i| !bare(i)));
    }
    if words().pronouns.contains(&prev.text) {
        return Some(pronoun_speaker(text, ents, j - 1, sp));
    }
    // "They said …" after a collective spoke (issue 9, session 16, set 31)
    if let Some(i) = super::plural_pronouns::they_speaker(text, ents, j - 1, sp) {
        return Some(Some(i));
    }
    (prev.lower() == "it").then(|| it_speaker(text, ents, j - 1, sp))
}

/// The token a subject search ends before, moved before a weekday after "on" that follows a named actor:
/// "The Foreign Office on Thursday said" ("A diplomat who visited the camp on Monday said" keeps its
/// phrase; issue 9, session 14, fifth invented set).
fn before_weekday(text: &Text, ents: &Entities, j: usize) -> usize {
    let toks = &text.tokens;
    let moved = j >= 3
        && toks[j - 2].lower() == "on"
        && toks[j - 3].sentence == toks[j - 1].sentence
        && lexicon().weekday(&toks[j - 1].text).is_some()
        && ents
            .covering(toks[j - 3].end - 1)
            .is_some_and(|(_, _, i)| ents.is_actor(i));
    if moved { j - 2 } else { j }
}

/// The anonymous source "a/an … NOUN who VERB … NAME" opening the sentence, the name ending right before
/// the cue's subject search ends at token `j` (a restrictive "who" right after the noun, no comma or
/// quote in the clause): the collective named by the phrase; `None` otherwise.
fn source_before_relative_object(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let s0 = text.sentences[toks[j - 1].sentence].tok_start;
    ents.covering(toks[j - 1].end - 1)?;
    let n = super::anonymity::anonymity_noun(text, s0, j)?;
    let clause = n + 1..j;
    // ("a shepherd who gave his name only as X said": X is the speaker, see `given_names`)
    if toks[n + 1].lower() != "who"
        || clause
            .clone()
            .any(|m| toks[m].text == "," || toks[m].kind == TokKind::Quote)
        || super::given_names::gives_name(text, n + 1, j)
    {
        return None;
    }
    Some(anonymous_group(text, ents, s0, n, j - 1))
}

/// The comma after "The NOUN" opening the sentence when a parenthetical ", who …," closes right before
/// the cue's subject search ends at token `j` ("The officer, who spoke on condition of anonymity, said"):
/// the token after the noun, so that the noun is the subject's last word; `None` otherwise.
fn definite_before_parenthetical(text: &Text, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 6 || toks[j - 1].text != "," {
        return None;
    }
    let s0 = text.sentences[toks[j - 1].sentence].tok_start;
    let c = (s0..j - 1).find(|&m| toks[m].text == ",")?;
    (c == s0 + 2
        && toks[s0].lower() == "the"
        && toks[s0 + 1].kind == TokKind::Word
        && toks[c + 1].lower() == "who"
        && !toks[c + 1..j - 1]
            .iter()
            .any(|t| t.text == "," || t.kind == TokKind::Quote))
    .then_some(c)
}

/// The person (or other actor) before an apposition ", of [the] ORG," that closes right before the cue's
/// subject search ends at token `j` ("Political scientist X, of Y University, said"; "The X Board, of the
/// Y Federation, said"): the apposition names only the organisation the subject belongs to (its mention
/// runs from after "of" or "of the" to the closing comma).
fn person_before_org_apposition(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j < 5 || toks[j - 1].text != "," {
        return None;
    }
    let sent = toks[j - 1].sentence;
    let c = (j.saturating_sub(12)..j - 1)
        .rev()
        .find(|&m| toks[m].text == "," && toks[m].sentence == sent)?;
    if c == 0 || toks[c + 1].lower() != "of" || toks[c - 1].sentence != sent {
        return None;
    }
    let first = if toks[c + 2].lower() == "the" {
        c + 3
    } else {
        c + 2
    };
    let (_, oe, org) = ents.covering(toks.get(first)?.start)?;
    let org_closes = matches!(
        ents.list[org].kind,
        EntityType::Organization | EntityType::ArmedGroup
    ) && text.token_at_or_after(oe) == j - 1;
    let (ps, _, p) = ents.covering(toks[c - 1].end.saturating_sub(1))?;
    // the subject opens the sentence, behind a short descriptor at most ("Political scientist X"), not
    // the object of a clause ("… had dinner with X, of Y University, said Z")
    let s0 = text.sentences[sent].tok_start;
    let pt = text.token_at_or_after(ps);
    let opens = pt >= s0
        && pt - s0 <= 4
        && toks[s0..pt].iter().all(|t| {
            t.kind == TokKind::Word
                && !t.lower().ends_with("ed")
                && !words().finite_verbs.contains(t.lower())
                && !words().object_prepositions.contains(t.lower())
        });
    (org_closes && opens && ents.is_actor(p)).then_some(p)
}

/// The subject of a cue after a relative pronoun (the cue's subject search ending before token `j`): the
/// actor an indefinite apposition with "that" follows ("X, a militia that says it …"), the actor right
/// before ", who"/", which", or the armed group a definite anaphor before ", which" takes up ("The group,
/// which says it …"; issue 9, session 14).
fn relative_subject(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if let Some(i) = armed_anaphors::apposition_relative_subject(text, ents, j) {
        return Some(i);
    }
    if !(matches!(toks[j - 1].lower(), "who" | "which") && j >= 2 && toks[j - 2].text == ",") {
        return None;
    }
    ents.covering(toks[j - 2].start.saturating_sub(1))
        .map(|(_, _, i)| i)
        .or_else(|| armed_anaphors::definite_armed_group(text, ents, j - 2))
}

/// The subject of a participle cue at `k` after a comma (the subject search ending before token `j`):
/// the subject of the attribution right before ("…, X said, adding that …", see
/// [`attribution_before_participle`]), else the actor opening the sentence ([`saying_subject`]). For
/// any other cue, an anonymous source with a modifier ([`anonymous_source_subject`]). `None` when
/// neither applies.
fn participle_subject(
    text: &Text,
    ents: &mut Entities,
    (k, j): (usize, usize),
    sp: &Speakers,
    quotes: &Quotes,
) -> Option<Option<usize>> {
    if let Some(c) = attribution_before_participle(text, k, j, quotes) {
        return Some(subject_before(text, ents, c, sp, quotes));
    }
    if let Some(speaker) = saying_subject(text, ents, k, j) {
        return Some(speaker);
    }
    // not a participle: "A Western diplomat in Niamey, who asked not to be named, said" (issue 9,
    // session 13)
    anonymous_source_subject(text, ents, j).map(Some)
}

/// The speaker "it" (token `p`) stands for: the last speaker, when it is an organisation, state or armed
/// group named in the pronoun's sentence or the two before (a person or a collective is no "it"; issue 9,
/// session 14, fifth invented set).
fn it_speaker(text: &Text, ents: &Entities, p: usize, sp: &Speakers) -> Option<usize> {
    let i = sp.last_any?;
    let sent = text.tokens[p].sentence;
    let from = text.sentences[sent.saturating_sub(2)].start;
    let recent = ents.list[i]
        .mentions
        .range((from, 0)..(text.tokens[p].start, 0))
        .next()
        .is_some();
    (recent
        && (ents.is_actor(i) && ents.list[i].kind != EntityType::Person
            || institutional_group(ents, i)))
    .then_some(i)
}

/// Whether entity `i` is a Group named by an institution: a possessive, then a last word of
/// `institutional_group_heads.txt` ("President X's office"), no preposition before ("A senior official in
/// the governor's office" is a person); "it" takes it up like an organisation (issue 9, session 16, set 28).
fn institutional_group(ents: &Entities, i: usize) -> bool {
    let e = &ents.list[i];
    let w = words();
    let parts: Vec<&str> = e.name.split(' ').collect();
    e.kind == EntityType::Group
        && parts.len() >= 2
        && w.institutional_group_heads
            .contains(&parts[parts.len() - 1].to_lowercase())
        && (parts[parts.len() - 2].ends_with("'s") || parts[parts.len() - 2].ends_with("’s"))
        && !parts.iter().any(|p| {
            let l = p.to_lowercase();
            w.locative_prepositions.contains(&l) || matches!(l.as_str(), "of" | "for" | "with")
        })
}

/// How far before a participle cue's comma the attribution it continues may stand: "X said it struck a
/// weapons depot near the border overnight, adding that …" (fourteen since issue 9, session 16; eight
/// before).
const PARTICIPLE_REACH: usize = 14;

/// "…, the ministry said in a statement, adding that …": for a participle cue at `k` right after a comma
/// or ", before" (the subject search ending before token `j`), the cue of the attribution just before it, within
/// [`PARTICIPLE_REACH`] tokens and with only words and numbers between (issue 9, session 13, third invented set).
fn attribution_before_participle(
    text: &Text,
    k: usize,
    j: usize,
    quotes: &Quotes,
) -> Option<usize> {
    let toks = &text.tokens;
    // "…, the minister declared, before adding that …" (issue 9, session 14, seventh invented set)
    let j = if j >= 3 && toks[j - 1].lower() == "before" && toks[j - 2].text == "," {
        j - 1
    } else {
        j
    };
    if toks[j - 1].text != "," || !super::reported::participle_cue_at(text, k) {
        return None;
    }
    let s0 = text.sentences[toks[k].sentence].tok_start;
    let c = (j.saturating_sub(PARTICIPLE_REACH).max(s0)..j - 1)
        .rev()
        .find(|&m| !quotes.marks_cover(toks[m].start) && cue_at(text, m).is_some())?;
    // numbers are words here: "… would pay the first compensation within 60 days, adding that …" (issue 9,
    // session 18, set 49)
    (c + 1..j - 1)
        .all(|m| matches!(toks[m].kind, TokKind::Word | TokKind::Number))
        .then_some(c)
}

/// "the Moldovan government said", "Chad's government said" (a government word at token `j - 1` after a
/// state's demonym or possessive): the state (issue 9, session 13, third invented set).
pub(super) fn government_of_state(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    // "the Chinese side said" too (`side_nouns.txt`; issue 9, session 14)
    if j < 2
        || !(words().government_words.contains(toks[j - 1].lower())
            || words().side_nouns.contains(toks[j - 1].lower()))
    {
        return None;
    }
    // up to two lowercase modifiers between: "Mali's transitional government", "Chad's military
    // government" (issue 9, session 14, ninth invented set)
    let w = words();
    let mut g = j - 1;
    while g >= 2
        && j - 1 - g < 2
        && toks[g - 1].kind == TokKind::Word
        && !toks[g - 1].is_capitalized()
        && toks[g - 1].sentence == toks[j - 1].sentence
        && !w.finite_verbs.contains(toks[g - 1].lower())
        && !w.auxiliaries.contains(toks[g - 1].lower())
        && !matches!(
            toks[g - 1].lower(),
            "the" | "a" | "an" | "and" | "or" | "of"
        )
    {
        g -= 1;
    }
    // "X will sign …, its government has said": the state opening the sentence (issue 9, session 15)
    if toks[g].lower() == "its" || toks[g - 1].lower() == "its" {
        return state_opening_sentence(text, ents, toks[j - 1].sentence);
    }
    let (_, _, st) = ents.covering(toks[g - 1].start).or_else(|| {
        (g >= 2 && matches!(toks[g - 1].text.as_str(), "'s" | "’s"))
            .then(|| ents.covering(toks[g - 2].start))
            .flatten()
    })?;
    (ents.list[st].kind == EntityType::State).then_some(st)
}

/// The state whose mention opens sentence `sent` (after opening quotes or punctuation at most).
pub(super) fn state_opening_sentence(text: &Text, ents: &Entities, sent: usize) -> Option<usize> {
    let seg = text.sentences[sent];
    let (s, _, i) = ents.within(seg.start, seg.end).into_iter().next()?;
    (ents.list[i].kind == EntityType::State && text.is_sentence_initial(text.token_at_or_after(s)))
        .then_some(i)
}

/// The token a speaker search starts before (`j`, the token after the subject), moved before a bracketed
/// acronym after the subject: "The World Food Programme (WFP) warned that …" (issue 9, session 12).
pub(super) fn before_acronym(text: &Text, j: usize) -> usize {
    let toks = &text.tokens;
    let sent = toks[j - 1].sentence;
    if toks[j - 1].text == ")"
        && let Some(o) = (j.saturating_sub(5)..j - 1)
            .rev()
            .find(|&m| toks[m].text == "(" && toks[m].sentence == sent)
        && o > 0
        && toks[o - 1].sentence == sent
        && (o + 1..j - 1).all(|m| toks[m].kind == TokKind::Word)
    {
        return o;
    }
    j
}

/// Where a cue's subject search ends (before token `j` after the auxiliaries): before a weekday, a
/// bracketed acronym ([`acronym_kept`]) and an aside ("Indian officials, however, insisted"; issue 9,
/// session 18, set 49).
fn subject_end(text: &Text, ents: &Entities, j: usize) -> usize {
    let j = acronym_kept(text, ents, before_weekday(text, ents, j));
    super::asides::before_aside(text, j)
}

/// [`before_acronym`], unless no entity ends before the bracket and the one-word acronym inside it is an
/// actor: "the Republicans (LR) said" ("Republicans" unknown) is said by LR, its subject ending at the
/// acronym (issue 9, session 18, set 49).
fn acronym_kept(text: &Text, ents: &Entities, j: usize) -> usize {
    let toks = &text.tokens;
    let o = before_acronym(text, j);
    let lone_actor = o + 3 == j
        && ents.covering(toks[o - 1].end - 1).is_none()
        && ents
            .covering(toks[o + 1].start)
            .is_some_and(|(_, _, i)| ents.is_actor(i));
    if lone_actor { j - 1 } else { o }
}

/// ", saying …" after a clause (the cue at token `k`, its subject search ending before token `j`): `Some`
/// of the subject that opens the sentence ("Ethiopia withdrew from the talks, saying the text favoured
/// Egypt"; the comma may follow a number, "withdrew in 2023, accusing …", issue 9, session 16,
/// accusations), `None` when the cue is not such a participle (issue 9, session 12).
fn saying_subject(text: &Text, ents: &Entities, k: usize, j: usize) -> Option<Option<usize>> {
    let toks = &text.tokens;
    let prev = &toks[j - 1];
    // the comma may close a quoted fragment: '… "at an early date," adding that …' (issue 9, session 14)
    let quoted_comma = prev.kind == TokKind::Quote && j >= 3 && toks[j - 2].text == ",";
    let before = if quoted_comma {
        j.saturating_sub(3)
    } else {
        j.saturating_sub(2)
    };
    if !((prev.text == "," || quoted_comma)
        && toks[k].lower().ends_with("ing")
        && lexicon()
            .cue_verb(toks[k].lower())
            .is_some_and(|cv| matches!(cv.class.as_str(), "say" | "assert" | "warn" | "accuse"))
        && j >= 2
        && matches!(toks[before].kind, TokKind::Word | TokKind::Number))
    {
        return None;
    }
    let seg = text.sentences[toks[k].sentence];
    Some(
        ents.within(toks[seg.tok_start].start, prev.start)
            .into_iter()
            .next()
            .filter(|&(ms, me, i)| {
                text.token_at_or_after(ms) <= seg.tok_start + 1
                    // a clause stands between the subject and the comma (not "X, saying …, did")
                    && text.token_at_or_after(me) + 1 < j - 1
                    && ents.is_actor(i)
                    && ents.list[i].kind != EntityType::Group
            })
            .map(|(_, _, i)| i),
    )
}

/// The speaker of a collective whose group noun starts at token `gt` (entity `group`) in sentence `sent`:
/// the state named right before it ("U.S. officials said"), else the collective with its modifiers.
fn group_subject(text: &Text, ents: &mut Entities, sent: usize, gt: usize, group: usize) -> usize {
    let toks = &text.tokens;
    // "four people familiar with the talks said …. the sources said" (issue 9, session 18, set 49)
    if let Some(g) = super::groups::counted_source_antecedent(text, ents, gt) {
        return g;
    }
    if gt > 0
        && toks[gt - 1].sentence == sent
        && let Some((_, _, st)) = ents.covering(toks[gt - 1].end.saturating_sub(1))
        && ents.list[st].kind == EntityType::State
    {
        return st;
    }
    // "Slovenian officials said": a demonym the lexicon does not list (issue 9, session 17, set 40)
    if let Some(st) = super::demonyms::derived_demonym_state(text, ents, gt) {
        return st;
    }
    collective_speaker(text, ents, gt, group)
}

/// An anonymous source ending before token `j`: `Some` of the state its phrase names ("a senior Thai
/// official said"), else the collective the phrase names ("a diplomatic source said": issue 9,
/// session 13); `None` when no anonymous source ends there (issue 9, session 12).
pub(super) fn anonymous_source(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[j - 1].sentence;
    if !words().anonymous_source_nouns.contains(toks[j - 1].lower()) {
        return None;
    }
    let a = (j.saturating_sub(7)..j - 1).rev().find(|&m| {
        toks[m].sentence == sent && words().source_determiners.contains(toks[m].lower())
    })?;
    if (a..j - 1).any(|m| toks[m].kind != TokKind::Word) {
        return None;
    }
    Some(
        anonymous_source_actor(text, ents, a, j - 1)
            .unwrap_or_else(|| anonymous_group(text, ents, a, j - 1, j - 1)),
    )
}

/// The person a pronoun at token `p` means: a person just introduced as the only person of this or the
/// previous sentence, else the last person who spoke, the last person mentioned, the last speaker.
fn pronoun_speaker(text: &Text, ents: &Entities, p: usize, sp: &Speakers) -> Option<usize> {
    let toks = &text.tokens;
    // "An Ethiopian official, who asked not to be named, disputed that. He said …": the pronoun means
    // the anonymous source opening the previous sentence (issue 9, session 12)
    let seg = text.sentences[toks[p].sentence];
    let no_person_before = || {
        !ents
            .within(seg.start, toks[p].start)
            .into_iter()
            .any(|(_, _, i)| ents.list[i].kind == EntityType::Person)
    };
    // "A company spokeswoman said …. “…,” she said": the organisation the spokesperson speaks for
    // (issue 9, session 16, set 31)
    if let Some(i) = super::spokespeople::previous_opening(text, ents, toks[p].sentence, sp)
        && no_person_before()
    {
        return Some(i);
    }
    // (for a pronoun after a quote of several sentences, the sentence before the quote: 'A commander …
    // said …. “A. B,” he said.'; issue 9, session 17, attr2)
    let quote_sent = crate::pronouns::attributed_quote_open(text, p)
        .map_or(toks[p].sentence, |q| toks[q].sentence.min(toks[p].sentence));
    if let Some(r) = anonymous_subject(text, ents, quote_sent)
        && no_person_before()
    {
        return r;
    }
    // "The representative of France said …. He said …": the pronoun means the delegate's state
    // (issue 9, session 12, second invented set)
    if let Some(i) = super::groups::delegate_subject(text, ents, toks[p].sentence)
        && no_person_before()
    {
        return Some(i);
    }
    // "The mayor, for his part, sees …. “…,” he said." (issue 9, session 18, attr3)
    if let Some(i) = super::role_anaphors::role_subject_before(text, ents, quote_sent, p)
        && no_person_before()
    {
        return Some(i);
    }
    // the last person who spoke, else the last person mentioned
    let before = toks[p].start;
    let last_mentioned = crate::pronouns::last_person_mention(ents, before);
    // a person just introduced as the only person of this or the previous sentence ("Minister X
    // spoke for an hour. “…,” he said.") is who the pronoun means (issue 9, session 6)
    if let Some(i) =
        crate::pronouns::introduced_person(text, ents, last_mentioned, toks[p].sentence, before)
    {
        return Some(i);
    }
    // the pronoun's gender must not rule the person out ("… she said. Her husband, Serhiy, … He said …",
    // issue 9, session 15)
    let agrees = |i: &usize| !super::gender::disagrees(text, ents, p, *i);
    // "In the village of X, former fisherman Y waited at the quay. He said …" (issue 9, session 16, set 28)
    if let Some(i) = super::led_subjects::led_subject(text, ents, p).filter(agrees) {
        return Some(i);
    }
    // "The head of the region, X, met the speaker, Y. He said afterward …": the subject of the sentence
    // before, when it names two people (issue 9, session 15, nineteenth invented set)
    // (abstaining when the other person is known to fit the pronoun: "X met Helga, who spoke before.
    // She said …")
    let fits = |i: usize| super::gender::fits(text, ents, p, i);
    // (only for a pronoun opening its sentence: "…. The union would wait, she said." may mean anyone)
    if text.is_sentence_initial(p)
        && let Some(i) =
            crate::pronouns::subject_of_pair(text, ents, toks[p].sentence, before, fits)
                .filter(agrees)
    {
        return Some(i);
    }
    // "President X met Prime Minister Y. He said …": with no one who spoke before, the last person
    // mentioned is no guess when that sentence names another person too (issue 9, session 10)
    let last_mentioned = last_mentioned
        .filter(|&(start, i)| sp.last_person.is_some() || !shares_sentence(text, ents, start, i))
        .map(|(_, i)| i);
    sp.last_person
        .or(last_mentioned)
        .or(sp.last_any)
        .filter(agrees)
}

/// Whether the sentence of the person mention starting at `start` (entity `i`) names another person.
fn shares_sentence(text: &Text, ents: &Entities, start: usize, i: usize) -> bool {
    let Some(t) = text.tokens.get(text.token_at_or_after(start)) else {
        return false;
    };
    let seg = text.sentences[t.sentence];
    ents.within(seg.start, seg.end)
        .into_iter()
        .any(|(_, _, j)| j != i && ents.list[j].kind == EntityType::Person)
}

/// [`institution_by_head`] for a cue's subject: not when "the HEAD" is the object of a preposition of
/// `object_prepositions.txt` ("Two officials familiar with the investigation said": no "National Bureau
/// of Investigation" named before; issue 9, session 16, set 31).
fn institution_subject(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if j >= 3
        && toks[j - 3].sentence == toks[j - 1].sentence
        && words().object_prepositions.contains(toks[j - 3].lower())
    {
        return None;
    }
    institution_by_head(text, ents, j)
}

/// "the ministry said", "the army says" (the subject's head at token `j - 1`): the latest institution
/// named with that head before (see [`name_heads`]), or described before with that head noun ("the X
/// monitoring group … the group said"; issue 9, session 16, set 25).
pub(super) fn institution_by_head(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let prev = &toks[j - 1];
    if !(j >= 2 && matches!(toks[j - 2].lower(), "the" | "its") && prev.kind == TokKind::Word) {
        return None;
    }
    let latest = latest_with_head(text, ents, prev.lower(), toks[j - 2].start)?;
    Some(
        super::lead_sources::lead_instead(text, ents, prev.lower(), j - 2, latest)
            .unwrap_or(latest),
    )
}

/// The organisation or armed group named (or described) with head noun `head` whose latest mention ends
/// by character `before`: the one mentioned last.
pub(super) fn latest_with_head(
    text: &Text,
    ents: &Entities,
    head: &str,
    before: usize,
) -> Option<usize> {
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.kind, EntityType::Organization | EntityType::ArmedGroup))
        .filter(|(i, e)| {
            name_heads(&e.name).any(|w| w.to_lowercase() == head)
                || super::org_descriptors::described_before(text, ents, *i, head, before)
        })
        .filter_map(|(i, e)| {
            e.mentions
                .iter()
                .filter(|m| m.1 <= before)
                .map(|m| m.0)
                .max()
                .map(|m| (m, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// The head nouns of an institution's name: its last word, the word before its first "of"
/// ("Uruguay's Ministry of Foreign Affairs" is "the ministry"; issue 9, session 15, seventeenth invented
/// set), and the word before its first "in" ("the Peruvian Embassy in Oslo" is "the embassy"; issue 9,
/// session 16, set 31).
pub(super) fn name_heads(name: &str) -> impl Iterator<Item = &str> {
    let before = |sep: &str| {
        name.split_once(sep)
            .and_then(|(head, _)| head.rsplit(' ').next())
    };
    name.rsplit(' ')
        .next()
        .into_iter()
        .chain(before(" of "))
        .chain(before(" in "))
}

/// A document that speaks for its author ("a State Department statement said", the document's noun at
/// token `j - 1`): the actor named within the seven tokens before it.
fn document_author(text: &Text, ents: &Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    if !SPEAKER_DOCUMENTS.contains(toks[j - 1].lower()) {
        return None;
    }
    let s0 = text.sentences[toks[j - 1].sentence].tok_start;
    (s0.max(j.saturating_sub(7))..j - 1)
        .rev()
        .take_while(|m| toks[*m].kind != TokKind::Quote && toks[*m].text != ",")
        .find_map(|m| {
            ents.covering(toks[m].end.saturating_sub(1))
                .map(|(_, _, i)| i)
                .filter(|i| ents.is_actor(*i))
        })
}

/// A role phrase ending at token `j - 1`: "The prime minister", "the MILF leader".
fn role_phrase_speaker(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let sent = toks[j - 1].sentence;
    let mut a = j - 1;
    while a > 0 && toks[a - 1].sentence == sent && toks[a - 1].kind == TokKind::Word && a + 5 > j {
        a -= 1;
        if matches!(toks[a].lower(), "the" | "his" | "her" | "its") {
            break;
        }
    }
    if !matches!(toks[a].lower(), "the" | "his" | "her") {
        return None;
    }
    let phrase: Vec<String> = toks[a + 1..j].iter().map(|t| t.text.clone()).collect();
    resolve_role_phrase(ents, text, &phrase, toks[a].start, toks[j - 1].end)
}

/// An appositive between subject and verb (the comma at token `j - 1`): "Walcott, speaking at the
/// ceremony, said", "His counterpart, Therese Kayikwamba Wagner, highlighted".
fn appositive_speaker(text: &Text, ents: &mut Entities, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    (toks[j - 1].text == "," && j >= 2).then_some(())?;
    let subject_at = |off: usize| subject_actor_at(text, ents, off);
    let s0 = text.sentences[toks[j - 1].sentence].tok_start;
    // an apposition that is a common noun phrase ("X, a vice director of the Y party, said", "X (XA),
    // the alliance Z formed with W, said"): the actor before it speaks, not one named inside it (issue
    // 9, session 13, third invented set)
    if let Some(c) = (s0..j - 1).rev().find(|m| toks[*m].text == ",")
        && c > s0 + 1
        && (matches!(toks[c + 1].text.as_str(), "a" | "an" | "the") || role_of(text, c + 1))
    {
        let e = if toks[c - 1].text == ")" {
            c - 2
        } else {
            c - 1
        };
        if let Some(i) = subject_at(toks[e].end.saturating_sub(1)) {
            return Some(i);
        }
    }
    // "Turkey, which regards the YPG, a militia, as an offshoot of the PKK, said": the actor opening the
    // sentence before its first comma and ", which/who" speaks, whatever the clause names after it
    // (issue 9, session 18, attr3)
    if let Some(i) = opener_before_relative(text, ents, s0, j) {
        return Some(i);
    }
    // "X, who heads the Y Cooperative, said": the actor before ", who" speaks, not the object of the
    // relative clause (issue 9, session 14, seventh invented set)
    if let Some(c) = (s0..j - 1).rev().find(|m| toks[*m].text == ",")
        && c > s0
        && matches!(toks[c + 1].lower(), "who" | "which")
        && let Some(i) = subject_at(toks[c - 1].end.saturating_sub(1))
    {
        return Some(i);
    }
    // "The X Front, in a statement signed by its spokesman, Y, said": the actor opening the sentence
    // before an adverbial parenthetical, not one named in it (issue 9, session 16, set 36)
    if let Some(i) = adverbial_parenthetical_subject(text, ents, s0, j) {
        return Some(i);
    }
    // "The representative of X, speaking also on behalf of A, B and C, said": the actor before the
    // participle parenthetical, not the last one named in it (issue 9, session 15)
    let parenthetical = participle_parenthetical(text, s0, j);
    if let Some(i) = parenthetical.and_then(|c1| subject_at(toks[c1 - 1].end.saturating_sub(1))) {
        return Some(i);
    }
    if parenthetical.is_none()
        && !closes_which_clause(text, s0, j)
        && !adverbial_apposition_before(text, s0, j)
        && let Some(i) = subject_at(toks[j - 2].end.saturating_sub(1))
    {
        return Some(i);
    }
    if let Some(c) = (s0..j - 1).rev().find(|m| toks[*m].text == ",")
        && c > s0
    {
        let before_comma = toks[c - 1].end.saturating_sub(1);
        if let Some(i) = subject_at(before_comma) {
            return Some(i);
        }
        // "Residents of X, the nearest town, said": the collective the phrase before the comma opens
        // (issue 9, session 12)
        if let Some((ms, _, i)) = ents.covering(before_comma) {
            let mt = text.token_at_or_after(ms);
            if let Some(p) = subject_preposition(text, ents, mt) {
                return head_before_preposition(text, ents, p, toks[c - 1].end)
                    .filter(|&h| ents.list[h].kind == EntityType::Group);
            }
            if ents.list[i].kind == EntityType::Group && mt <= s0 + 1 {
                return Some(collective_speaker(text, ents, mt, i));
            }
            if let Some(st) = counted_state_collective(text, ents, s0, mt, i) {
                return Some(st);
            }
        }
        return subject_before_relative(text, ents, c);
    }
    None
}

/// "Two U.S. officials, speaking on condition of anonymity, said": a count and a state before the
/// collective `i` whose mention starts at token `mt` (the sentence starting at token `s0`); the state
/// speaks, as in "Two U.S. officials said" (issue 9, session 15).
fn counted_state_collective(
    text: &Text,
    ents: &mut Entities,
    s0: usize,
    mt: usize,
    i: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    (ents.list[i].kind == EntityType::Group
        && mt == s0 + 2
        && words().partitive_quantifiers.contains(toks[s0].lower())
        && ents
            .covering(toks[mt - 1].start)
            .is_some_and(|(_, _, st)| ents.list[st].kind == EntityType::State))
    .then(|| group_subject(text, ents, toks[s0].sentence, mt, i))
}

/// Whether a lowercase title and "of"/"for"/"at" start at token `a`: an apposition naming a role ("X,
/// president of the Y Association, said": X speaks, not the association; issue 9, session 15).
fn role_of(text: &Text, a: usize) -> bool {
    let toks = &text.tokens;
    toks.get(a).is_some_and(|t| {
        t.kind == TokKind::Word
            && !t.is_capitalized()
            && lexicon().longest_title(&[t.text.as_str()]).is_some()
    }) && toks
        .get(a + 1)
        .is_some_and(|t| matches!(t.text.as_str(), "of" | "for" | "at"))
}

/// Whether the last comma before token `j - 1` in the sentence starting at token `s0` opens an
/// adverbial apposition ([`adverbial_apposition`]): "X, speaking after talks with Y, said", "X, in Geneva
/// for talks with Y, said" name nobody there, so an actor at its end is no subject (issue 9, session 15).
fn adverbial_apposition_before(text: &Text, s0: usize, j: usize) -> bool {
    (s0..j - 1)
        .rev()
        .find(|m| text.tokens[*m].text == ",")
        .is_some_and(|c| c > s0 && adverbial_apposition(text, c + 1))
}

/// Whether the apposition starting at token `a` opens with a participle or an adverbial word
/// ("speaking after talks with …", "in Geneva for talks …", "flanked by …"; `adverbial_lead_words.txt`).
fn adverbial_apposition(text: &Text, a: usize) -> bool {
    let toks = &text.tokens;
    let Some(t) = toks
        .get(a)
        .filter(|t| t.kind == TokKind::Word && !t.is_capitalized())
    else {
        return false;
    };
    let l = t.lower();
    (l.len() > 4 && l.ends_with("ing"))
        || words().adverbial_lead_words.contains(l)
        || (l.ends_with("ed") && toks.get(a + 1).is_some_and(|n| n.lower() == "by"))
}

/// The actor (no collective) whose mention covers character `off`, unless it is the object of a
/// preposition, which ends no subject ("X, a researcher at the institute in Cairo, said"); an
/// organisation after "NAME of [the]" stands for the person before it.
fn subject_actor_at(text: &Text, ents: &Entities, off: usize) -> Option<usize> {
    let (ms, _, i) = ents.covering(off)?;
    // "…, Takeshi Murakami of the X Association, told": the person before "of [the] ORG" (issue 9,
    // session 18, set 49)
    if let Some(p) = super::groups::person_of_organization(text, ents, text.token_at_or_after(ms)) {
        return Some(p);
    }
    let actor = ents.is_actor(i) && ents.list[i].kind != EntityType::Group;
    (actor && subject_preposition(text, ents, text.token_at_or_after(ms)).is_none()).then_some(i)
}

/// The actor whose mention opens the sentence (from token `s0`, after "The" at most) and ends at the
/// sentence's first comma, when ", which" or ", who" follows that comma and no quote stands between it
/// and the comma at token `j - 1` before the cue: "Turkey, which regards the YPG, a militia, as an
/// offshoot of the PKK, said". A collective or an actor after a preposition is none (`subject_actor_at`).
fn opener_before_relative(text: &Text, ents: &Entities, s0: usize, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let c1 = (s0 + 1..j - 1).find(|&m| toks[m].text == ",")?;
    // a second clause after the relative one has its own subject ("The LNA, which controls the south,
    // did not take part, but its spokesman, X, said"): a contrast word or ", and" between, or a person
    // named right before the cue's comma
    let second_clause = toks[c1..j - 1].iter().enumerate().any(|(x, t)| {
        words().contrast_words.contains(t.lower())
            || (t.lower() == "and" && toks[c1 + x - 1].text == ",")
    });
    if !matches!(toks[c1 + 1].lower(), "which" | "who")
        || second_clause
        || toks[c1..j].iter().any(|t| t.kind == TokKind::Quote)
        || ents
            .covering(toks[j - 2].end.saturating_sub(1))
            .is_some_and(|(_, me, i)| {
                me == toks[j - 2].end && ents.list[i].kind == EntityType::Person
            })
    {
        return None;
    }
    let (ms, me, _) = ents.covering(toks[c1 - 1].end.saturating_sub(1))?;
    let mt = text.token_at_or_after(ms);
    let opens = mt == s0 || (mt == s0 + 1 && toks[s0].lower() == "the");
    (opens && me == toks[c1 - 1].end)
        .then(|| subject_actor_at(text, ents, toks[c1 - 1].end.saturating_sub(1)))
        .flatten()
}

/// The subject before a relative clause opened after the comma at token `c`: "Two officials involved in
/// the talks, who spoke on condition of anonymity, said"; "Two officials in X's Y region, which borders
/// Z, said", a collective only ("The Kenyan-led mission, which …, said" is no Kenya; issue 9, session
/// 15); "Residents of X, where …, said", a collective only. `None` for any other comma.
fn subject_before_relative(text: &Text, ents: &mut Entities, c: usize) -> Option<usize> {
    match text.tokens[c + 1].lower() {
        "who" => relative_clause_subject(text, ents, c + 1, true),
        "which" => relative_clause_subject(text, ents, c + 1, true).filter(|&g| {
            ents.list[g].kind == EntityType::Group || demonym_of_head(text, ents, c, g)
        }),
        // "Residents of X, where oil was first found, said": a collective only (issue 9, session 16,
        // set 36)
        "where" => relative_clause_subject(text, ents, c + 1, true)
            .filter(|&g| ents.list[g].kind == EntityType::Group),
        _ => None,
    }
}

/// Whether the state `st` is named by the demonym right before the one-word head that ends at the comma
/// at token `c`: "The Israeli military, which …, said" speaks for Israel as "The Israeli military said"
/// does ("The Kenyan-led mission, which …" is no Kenya's; issue 9, session 16).
fn demonym_of_head(text: &Text, ents: &Entities, c: usize, st: usize) -> bool {
    let toks = &text.tokens;
    c >= 2
        && ents.list[st].kind == EntityType::State
        && toks[c - 1].kind == TokKind::Word
        && !toks[c - 1].is_capitalized()
        && ents
            .covering(toks[c - 2].start)
            .is_some_and(|(ms, me, i)| i == st && me == toks[c - 2].end && ms == toks[c - 2].start)
}

/// The actor opening the sentence (from token `s0`, its mention starting at most one token in) right
/// before the sentence's first comma, when a word of `adverbial_lead_words.txt` opens the parenthetical
/// after that comma and the comma at token `j - 1` closes it, no quote inside: "The X Front, in a
/// statement signed by its spokesman, Y, said", "Smith, in an interview with Jones, said". `None`
/// otherwise.
fn adverbial_parenthetical_subject(
    text: &Text,
    ents: &Entities,
    s0: usize,
    j: usize,
) -> Option<usize> {
    let toks = &text.tokens;
    let c1 = (s0 + 1..j - 1).find(|&m| toks[m].text == ",")?;
    let opens = words()
        .adverbial_lead_words
        .contains(toks.get(c1 + 1)?.lower());
    if !opens || c1 + 2 >= j - 1 || toks[c1..j].iter().any(|t| t.kind == TokKind::Quote) {
        return None;
    }
    let (ms, _, i) = ents.covering(toks[c1 - 1].end.saturating_sub(1))?;
    (text.token_at_or_after(ms) <= s0 + 1)
        .then(|| subject_actor_at(text, ents, toks[c1 - 1].end.saturating_sub(1)))
        .flatten()
        .filter(|&a| a == i)
}

/// The first comma of the sentence (from token `s0`) when it opens a participle parenthetical that the
/// comma at token `j - 1` closes: "X, speaking also on behalf of A, B and C, said" (a lowercase -ing word
/// after it, no quote inside). `None` otherwise.
fn participle_parenthetical(text: &Text, s0: usize, j: usize) -> Option<usize> {
    let toks = &text.tokens;
    let c1 = (s0 + 1..j - 1).find(|&m| toks[m].text == ",")?;
    let p = toks.get(c1 + 1)?;
    let participle = p.kind == TokKind::Word
        && !p.is_capitalized()
        && p.text.len() > 4
        && p.text.ends_with("ing");
    (participle && c1 + 2 < j - 1 && !toks[c1..j].iter().any(|t| t.kind == TokKind::Quote))
        .then_some(c1)
}

/// Whether the comma at token `j - 1` closes a "which" or "where" clause opened by the sentence's (from
/// token `s0`) last comma before it: the actor ending that clause is its object, no subject ("Two
/// officials in X's Y region, which borders Z, said"; "where" since set 36 of session 16; a "who" clause may end with the subject's own name: "Its leader, who
/// uses the name X, said"; issue 9, session 15).
fn closes_which_clause(text: &Text, s0: usize, j: usize) -> bool {
    let toks = &text.tokens;
    (s0..j - 1)
        .rev()
        .find(|m| toks[*m].text == ",")
        .is_some_and(|c| c > s0 && matches!(toks[c + 1].lower(), "which" | "where"))
}

/// The subject of a verb coordinated by the "and" (or "but") at token `and`: the subject of the nearest earlier cue
/// verb outside quotes in the sentence, else an actor named within the sentence's first six tokens (the
/// sentence subject), when no comma or quote stands between it and the "and".
pub(super) fn coordinated_subject(
    text: &Text,
    ents: &mut Entities,
    and: usize,
    sp: &Speakers,
    quotes: &Quotes,
) -> Option<usize> {
    let toks = &text.tokens;
    let seg = text.sentences[toks[and].sentence];
    if let Some(c) = (seg.tok_start..and)
        .rev()
        .find(|&m| !quotes.marks_cover(toks[m].start) && cue_at(text, m).is_some())
    {
        return subject_before(text, ents, c, sp, quotes);
    }
    if (seg.tok_start..and).any(|m| toks[m].text == "," || toks[m].kind == TokKind::Quote) {
        return None;
    }
    ents.within(toks[seg.tok_start].start, toks[and].start)
        .into_iter()
        .next()
        .filter(|(s, _, i)| {
            text.token_at_or_after(*s) < seg.tok_start + 6
                && ents.is_actor(*i)
                && ents.list[*i].kind != EntityType::Group
        })
        .map(|(_, _, i)| i)
}

/// "the prime minister" → the person with that role, else the latest person without a role;
/// "the MILF leader" → the person affiliated with MILF.
pub(super) fn resolve_role_phrase(
    ents: &mut Entities,
    text: &Text,
    phrase: &[String],
    start: usize,
    end: usize,
) -> Option<usize> {
    let lex = lexicon();
    if phrase.is_empty() {
        return None;
    }
    let titled: Vec<String> = phrase
        .iter()
        .map(|w| crate::text::capitalise_first(w))
        .collect();
    // find a title at the end of the phrase
    for s in 0..phrase.len() {
        let tail: Vec<&str> = titled[s..].iter().map(String::as_str).collect();
        let tail_raw: Vec<&str> = phrase[s..].iter().map(String::as_str).collect();
        let m = lex
            .longest_title(&tail)
            .or_else(|| lex.longest_title(&tail_raw));
        if let Some((len, _)) = m
            && len == tail.len()
        {
            let role = tail.join(" ").to_lowercase();
            // "the former general": a dating word names no affiliation (issue 9, session 15)
            let dating = phrase[..s]
                .iter()
                .all(|w| words().role_time_modifiers.contains(&w.to_lowercase()));
            let modifier: String = if dating {
                String::new()
            } else {
                phrase[..s].join(" ")
            };
            let surface = text.slice(start, end);
            let found = if !modifier.is_empty() {
                ents.list
                    .iter()
                    .position(|e| {
                        e.kind == EntityType::Person
                            && e.affiliation.is_some_and(|a| {
                                let ae = &ents.list[a];
                                ae.name == modifier || ae.aliases.contains(&modifier)
                            })
                    })
                    .or_else(|| unaffiliated_with_role(text, ents, &modifier, &role, start))
            } else {
                ents.list
                    .iter()
                    .position(|e| {
                        e.kind == EntityType::Person
                            && e.roles.iter().any(|r| r.to_lowercase() == role)
                    })
                    .or_else(|| latest_with_role_head(ents, &role, start))
                    .or_else(|| {
                        // the most recently mentioned person without a role
                        latest_person_before(ents, start, |e| e.roles.is_empty())
                    })
            };
            if let Some(i) = found {
                ents.list[i].aliases.insert(surface);
                ents.mention(i, (start, end), &text.slice(start, end));
            }
            return found;
        }
    }
    None
}

/// "the spokesperson" when no person has exactly that role: the person mentioned last before character
/// `start` whose role ends with the same word ("Ministry Spokesperson"), when one word makes the role
/// (issue 9, session 14, ninth invented set).
fn latest_with_role_head(ents: &Entities, role: &str, start: usize) -> Option<usize> {
    if role.contains(' ') {
        return None;
    }
    latest_person_before(ents, start, |e| {
        e.roles.iter().any(|r| {
            r.rsplit(' ')
                .next()
                .is_some_and(|h| h.eq_ignore_ascii_case(role))
        })
    })
}

/// The person satisfying `keep` whose last mention before character `start` is the latest.
fn latest_person_before(
    ents: &Entities,
    start: usize,
    keep: impl Fn(&crate::entities::Ent) -> bool,
) -> Option<usize> {
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person && keep(e))
        .filter_map(|(i, e)| {
            e.mentions
                .iter()
                .filter(|m| m.0 < start)
                .map(|m| m.0)
                .max()
                .map(|m| (m, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// "the Pakistani spokesperson" when no person is affiliated with Pakistan: the person mentioned last
/// before character `start` with that role and no affiliation whose first sentence names the state the
/// modifier names, and no other state before the person ("spokesperson X said Pakistan remained
/// committed"; issue 9, session 14, fifth invented set).
fn unaffiliated_with_role(
    text: &Text,
    ents: &Entities,
    modifier: &str,
    role: &str,
    start: usize,
) -> Option<usize> {
    let state = ents.list.iter().position(|e| {
        e.kind == EntityType::State && (e.name == modifier || e.aliases.contains(modifier))
    })?;
    // the state is named in the person's first sentence, and no other state before the person there
    // ("Russian President X" is no "French president")
    let in_first_sentence = |e: &crate::entities::Ent| {
        e.mentions.iter().next().is_some_and(|&(ms, _)| {
            let seg = text.sentences[text.tokens[text.token_at_or_after(ms)].sentence];
            let names_state = ents.list[state]
                .mentions
                .range((seg.start, 0)..(seg.end, 0))
                .next()
                .is_some();
            let other_before = ents
                .within(seg.start, ms)
                .into_iter()
                .any(|(_, _, o)| o != state && ents.list[o].kind == EntityType::State);
            names_state && !other_before
        })
    };
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.kind == EntityType::Person
                && e.affiliation.is_none()
                && e.roles.iter().any(|r| r.to_lowercase() == role)
                && in_first_sentence(e)
        })
        .filter_map(|(i, e)| e.mentions.range(..(start, 0)).next_back().map(|m| (m.0, i)))
        .max()
        .map(|(_, i)| i)
}

pub(super) static SPEAKER_DOCUMENTS: std::sync::LazyLock<&rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| &words().speaker_documents);
