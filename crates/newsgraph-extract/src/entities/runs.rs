//! Phase B: runs of capitalised tokens the lexicon did not take, split at titles and honorifics into
//! segments, each classified by [`segments`](super::segments); full names first, so that a surname
//! mentioned before the full name still finds its person.

use super::Entities;
use super::names::{is_name_token, lookup, title_case, typo_title};
use super::segments::classify_segment;
use crate::lexicon::lexicon;
use crate::text::{Text, TokKind};
use crate::words::words;
use std::collections::BTreeSet;

/// Which segments a pass over the runs handles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// Segments of two or more tokens, or with a title.
    Names,
    /// Single-token segments without a title.
    Singles,
}

/// Recognizes the names of the capitalised runs not `taken`, and marks their tokens taken.
pub(super) fn recognize(
    text: &Text,
    ents: &mut Entities,
    taken: &mut [bool],
    lower_words: &BTreeSet<String>,
) {
    let runs = name_runs(text, taken);
    for pass in [Pass::Names, Pass::Singles] {
        for &(a, b) in &runs {
            handle_run(text, ents, taken, a, b, lower_words, pass);
        }
    }
}

/// Whether the possessive at token `end` of the run starting at token `k` is inside a name the
/// lexicon's patterns know ("Donetsk People's Republic") (issue 9, session 9).
fn possessive_in_known_name(text: &Text, taken: &[bool], k: usize, end: usize) -> bool {
    let toks = &text.tokens;
    matches!(toks[end].text.as_str(), "'s" | "’s")
        && end + 1 < toks.len()
        && toks[end + 1].sentence == toks[k].sentence
        && !taken[end + 1]
        && (lexicon()
            .org_head_entry(&format!("{}'s {}", toks[end - 1].text, toks[end + 1].text))
            .is_some()
            || titled_office(text, end))
}

/// Whether the possessive at token `end` stays inside the run starting at token `k`: in a name the
/// lexicon's patterns know, or a plural possessive before an organisation head.
fn possessive_inside(text: &Text, taken: &[bool], k: usize, end: usize) -> bool {
    possessive_in_known_name(text, taken, k, end)
        || plural_possessive(text, taken, k, end)
        || irregular_plural_possessive(text, taken, k, end)
}

/// "the People's National Party", "the Serbian Businesswomen's Association": the "'s" at token `end`
/// after a plural without an "s" (a word ending in one of `irregular_plural_endings.txt`, no name the
/// lexicon knows) stays inside the name when one to three capitalised words after it end in an
/// organisation head (issue 9, session 16, set 30).
fn irregular_plural_possessive(text: &Text, taken: &[bool], k: usize, end: usize) -> bool {
    let toks = &text.tokens;
    let lex = lexicon();
    if !matches!(toks[end].text.as_str(), "'s" | "’s") || end == 0 || end <= k {
        return false;
    }
    let noun = &toks[end - 1];
    let lower = noun.lower();
    let irregular = is_name_token(noun)
        && words()
            .irregular_plural_endings
            .iter()
            .any(|e| lower.ends_with(e.as_str()))
        && lookup(&noun.text).is_none();
    irregular
        && (end + 1..(end + 4).min(toks.len()))
            .take_while(|&m| {
                !taken[m] && toks[m].sentence == toks[k].sentence && is_name_token(&toks[m])
            })
            .any(|m| lex.org_head(&toks[m].text).is_some())
}

/// "the Kurdistan Workers' Party", "the Farmers' Union": a plural possessive's apostrophe at token `end`
/// (written against the name word before it, which ends in "s") before an organisation head stays inside
/// the name (issue 9, session 15, set 16).
fn plural_possessive(text: &Text, taken: &[bool], k: usize, end: usize) -> bool {
    let toks = &text.tokens;
    matches!(toks[end].text.as_str(), "'" | "’")
        && end > k
        && toks[end].start == toks[end - 1].end
        && toks[end - 1].text.ends_with('s')
        && is_name_token(&toks[end - 1])
        && toks.get(end + 1).is_some_and(|t| {
            t.sentence == toks[k].sentence
                && t.start > toks[end].end
                && lexicon().org_head(&t.text).is_some()
        })
        && !taken[end + 1]
}

/// "the Ombudsman's Office", "the Prosecutor's Office": a one-word title before the possessive at token
/// `p` and the organisation head "Office" after it name an institution (issue 9, session 14, seventh
/// invented set).
fn titled_office(text: &Text, p: usize) -> bool {
    let toks = &text.tokens;
    p >= 1
        && toks.get(p + 1).is_some_and(|t| t.text == "Office")
        && lexicon()
            .longest_title(&[toks[p - 1].text.as_str()])
            .is_some_and(|(len, _)| len == 1)
}

/// Whether the "and" at token `end` of the run starting at token `k` joins two capitalised words of an
/// organisation head's "of" complement ("the Ministry of Water and Energy"), unless the second is a
/// country or a possessive follows it ("the Ministry of Defence and Chile's army") (issue 9, session 12).
fn and_in_of_complement(text: &Text, taken: &[bool], k: usize, end: usize) -> bool {
    let lex = lexicon();
    let toks = &text.tokens;
    let n = toks.len();
    toks[end].text == "and"
        && end + 1 < n
        && (k + 1..end.saturating_sub(1)).any(|o| {
            let of = toks[o].text == "of";
            // a "for" complement too, of words no title opens ("the National Institute for Studies and
            // Research"; not "the Movement for Justice and Dignity"; issue 9, session 16, set 30)
            // and a one-word second conjunct that ends the name ("the Council for Civic Reform and Tomas
            // Verin" joins a person), or a two-word one closed by a field noun ("the Centre for Research
            // and Security Studies"; session 17, set 39)
            let field = field_conjunct(text, end);
            let purpose = toks[o].text == "for"
                && toks[o + 1..end + 2 + usize::from(field)]
                    .iter()
                    .all(|t| lex.longest_title(&[t.text.as_str()]).is_none())
                && (field
                    || !toks.get(end + 2).is_some_and(|t| {
                        t.sentence == toks[end].sentence && (is_name_token(t) || t.text == "'s")
                    }));
            (of || purpose)
                && lex.org_head(&toks[o - 1].text).is_some()
                && end - o <= 4
                && toks[o + 1..end].iter().all(is_name_token)
        })
        && is_name_token(&toks[end + 1])
        && !taken[end + 1]
        && toks[end + 1].sentence == toks[k].sentence
        && lex.country_by_name(&toks[end + 1].text).is_none()
        && lex.country_by_demonym(&toks[end + 1].text).is_none()
        && !(end + 2 < n && matches!(toks[end + 2].text.as_str(), "'s" | "’s"))
}

/// Whether the two name tokens after the "and" at token `and` end in a field noun of
/// `org_field_nouns.txt` with no name token or possessive after them: "… and Security Studies".
fn field_conjunct(text: &Text, and: usize) -> bool {
    let toks = &text.tokens;
    let sent = toks[and].sentence;
    let in_name = |m: usize| {
        toks.get(m)
            .is_some_and(|t| t.sentence == sent && (is_name_token(t) || t.text == "'s"))
    };
    in_name(and + 1)
        && in_name(and + 2)
        && words().org_field_nouns.contains(&toks[and + 2].text)
        && !in_name(and + 3)
}

/// The end of a name that runs on through "and" or a comma list at token `end` (the run so far is
/// `[k, end)`), else `None`: an "of" complement's second name, a list of portfolios, or words before an
/// organisation head.
fn joined_end(text: &Text, taken: &[bool], k: usize, end: usize) -> Option<usize> {
    if and_in_of_complement(text, taken, k, end) {
        return Some(end + 2);
    }
    list_in_of_complement(text, taken, k, end).or_else(|| and_before_org_head(text, taken, k, end))
}

/// "the Ministry of Industry, Trade and Investment": the comma at token `end` opens a list of portfolios
/// inside an organisation head's "of" complement (at most three words after "of"): one name token (no
/// title), "and", and one more name token, none a country or demonym, with no name token or possessive
/// after it. The end of the list, else `None` (issue 9, session 15, set 21).
fn list_in_of_complement(text: &Text, taken: &[bool], k: usize, end: usize) -> Option<usize> {
    let lex = lexicon();
    let toks = &text.tokens;
    let item = |m: usize| {
        toks.get(m).is_some_and(|t| {
            is_name_token(t)
                && !taken[m]
                && t.sentence == toks[k].sentence
                && lex.country_by_name(&t.text).is_none()
                && lex.country_by_demonym(&t.text).is_none()
        })
    };
    if toks[end].text != ","
        || !(k + 1..end.saturating_sub(1)).any(|o| {
            toks[o].text == "of"
                && lex.org_head(&toks[o - 1].text).is_some()
                && end - o <= 4
                && toks[o + 1..end].iter().all(is_name_token)
        })
    {
        return None;
    }
    // one word each side of "and", and no name token after the last: "the Ministry of Finance, Pavel
    // Orlan and Mira Tesk" lists people, not portfolios
    let (and, last) = (end + 2, end + 3);
    (item(end + 1)
        && lex.longest_title(&[toks[end + 1].text.as_str()]).is_none()
        && toks.get(and).is_some_and(|t| t.text == "and")
        && item(last)
        && !toks
            .get(last + 1)
            .is_some_and(|t| is_name_token(t) || matches!(t.text.as_str(), "'s" | "’s")))
    .then_some(last + 1)
}

/// "the Maritime Affairs and Fisheries Ministry", "the Asian and Oceanian Affairs Bureau": the "and" at
/// token `end` joins the run `[k, end)` (after "the" or a possessive; one to three capitalised words, no
/// organisation head, title, country or demonym among them) to one to three name tokens after it whose
/// last is an organisation head: the end of the joined name, else `None` (issue 9, session 15, set 15).
fn and_before_org_head(text: &Text, taken: &[bool], k: usize, end: usize) -> Option<usize> {
    let lex = lexicon();
    let toks = &text.tokens;
    let plain = |t: &crate::text::Token| {
        t.kind == TokKind::Word
            && t.is_capitalized()
            && lex.org_head(&t.text).is_none()
            && lex.longest_title(&[t.text.as_str()]).is_none()
            && lex.country_by_name(&t.text).is_none()
            && lex.country_by_demonym(&t.text).is_none()
    };
    // after "the" or a possessive: no person's name takes the article ("Lina Varga and Dravik Water
    // Agency staff" stays two names)
    // (a run may open with a sentence's "The")
    let (k, opened) = if toks[k].lower() == "the" {
        (k + 1, true)
    } else {
        let opened = k > 0
            && (toks[k - 1].lower() == "the" || matches!(toks[k - 1].text.as_str(), "'s" | "’s"));
        (k, opened)
    };
    if toks[end].text != "and"
        || !opened
        || !(1..=3).contains(&(end.saturating_sub(k)))
        || !toks[k..end].iter().all(plain)
    {
        return None;
    }
    let sent = toks[k].sentence;
    let tail = (end + 1..(end + 4).min(toks.len()))
        .take_while(|&m| !taken[m] && toks[m].sentence == sent && is_name_token(&toks[m]))
        .collect::<Vec<_>>();
    let head = tail
        .iter()
        .position(|&m| lex.org_head(&toks[m].text).is_some())?;
    tail[..head]
        .iter()
        .all(|&m| plain(&toks[m]))
        .then(|| tail[head] + 1)
}

/// Whether the run `[k, end)` reads as a person's name (two or three name tokens, none an organisation
/// head, a title or a country) and the complement after the connector at `end` opens with an
/// organisation head at token `m`: "Vesna Dimitrova of the Institute for Balkan Policy Studies" is a
/// person of an institute, not one long name; "Bank of the South" and "Minister of the Interior" are
/// not (issue 9, session 14, ninth invented set). The head may also close a short name there ("Lena
/// Okafor of the Mbeya Policy Centre", "Tomas Berg of Hallstrand University": session 17, set 39).
fn person_before_institution(text: &Text, k: usize, end: usize, m: usize) -> bool {
    let lex = lexicon();
    let toks = &text.tokens;
    // a one-word civilian title before the name ("MP Rita Haddad of the Kataeb party"; issue 9, session
    // 18, set 49); an officer of an army is left to the army ("Colonel X of the Royal Thai Army said")
    let civilian_title = lex
        .longest_title(&[toks[k].text.as_str()])
        .is_some_and(|(_, t)| t.category != crate::lexicon::TitleCategory::Military);
    let k = if end > k + 2 && civilian_title {
        k + 1
    } else {
        k
    };
    (2..=3).contains(&(end - k))
        && toks[end].text == "of"
        && institution_from(text, m)
        && toks[k..end].iter().all(|t| {
            t.kind == TokKind::Word
                && lex.org_head(&t.text).is_none()
                && lex.longest_title(&[t.text.as_str()]).is_none()
                && lex.country_by_name(&t.text).is_none()
                && lex.country_by_demonym(&t.text).is_none()
                && !lex.is_non_name(&t.text)
        })
}

/// Whether the name tokens from token `m` (at most four, in one sentence) hold an organisation head:
/// "Institute for Balkan Policy Studies", "Tahrir Institute", "Mbeya Fisheries Cooperative Association";
/// or one to three of them are followed by a lowercase organisation head ("the Kataeb party"; issue 9,
/// session 18, set 49).
fn institution_from(text: &Text, m: usize) -> bool {
    let lex = lexicon();
    let toks = &text.tokens;
    let names = toks[m..]
        .iter()
        .take(4)
        .take_while(|t| t.sentence == toks[m].sentence && is_name_token(t))
        .count();
    toks[m..m + names]
        .iter()
        .any(|t| lex.org_head(&t.text).is_some())
        || (1..=3).contains(&names)
            && toks.get(m + names).is_some_and(|t| {
                t.sentence == toks[m].sentence
                    && t.kind == TokKind::Word
                    && !t.is_capitalized()
                    && lex.org_head(&super::title_word(&t.text)).is_some()
            })
}

/// The runs of name tokens not taken, as token ranges `[a, b)`: particles and connectors inside ("von
/// der", "of") when a name token follows.
fn name_runs(text: &Text, taken: &[bool]) -> Vec<(usize, usize)> {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let n = toks.len();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < n {
        if taken[k] || !is_name_token(&toks[k]) {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < n && toks[end].sentence == toks[k].sentence && !taken[end] {
            let t = &toks[end];
            if is_name_token(t)
                || (t.kind == TokKind::Word && t.text.ends_with('.') && t.is_capitalized())
            {
                end += 1;
                continue;
            }
            if possessive_inside(text, taken, k, end) {
                end += 2;
                continue;
            }
            // particles / connectors followed by a name token
            let connector =
                w.name_particles.contains(&t.text) || w.name_connectors.contains(&t.text);
            if connector {
                // a chain of particles ("von der") must end in a name token
                let mut m = end;
                while m < n
                    && m < end + 3
                    && (w.name_particles.contains(&toks[m].text)
                        || w.name_connectors.contains(&toks[m].text))
                {
                    m += 1;
                }
                if m < n
                    && m > end
                    && is_name_token(&toks[m])
                    && !taken[m]
                    && toks[m].sentence == toks[k].sentence
                    // "the Ministry of Foreign Affairs": after an organisation head, a common word
                    // opens its complement (issue 9, session 10)
                    && (!lex.is_non_name(&toks[m].text) || lex.org_head(&toks[end - 1].text).is_some())
                    // "Wales on Sept. 4", "Statement of Oct. 3": a date after a connector is no part
                    // of the name (issue 9, session 6)
                    && lex.month(&toks[m].text).is_none()
                    && lex.weekday(&toks[m].text).is_none()
                    && !person_before_institution(text, k, end, m)
                {
                    end = m;
                    continue;
                }
            }
            if let Some(e) = joined_end(text, taken, k, end) {
                end = e;
                continue;
            }
            if connector
                && t.text == "the"
                && end + 2 < n
                && w.name_connectors.contains(&toks[end - 1].text)
            {
                end += 1;
                continue;
            }
            break;
        }
        runs.push((k, end));
        k = end.max(k + 1);
    }
    runs
}

/// Classifies one run of capitalised tokens `[a, b)`.
fn handle_run(
    text: &Text,
    ents: &mut Entities,
    taken: &mut [bool],
    a: usize,
    b: usize,
    lower_words: &BTreeSet<String>,
    pass: Pass,
) {
    let a = trim_start(text, a, b, lower_words);
    if a >= b {
        return;
    }
    for (s, e, role) in split_at_titles(text, a, b) {
        let (ta, tb) = (a + s, a + e);
        let single = tb - ta == 1 && role.is_none();
        if (pass == Pass::Singles) != single || taken[ta] {
            continue;
        }
        if role.is_none() && portfolio(text, ta, tb) {
            for t in taken.iter_mut().take(tb).skip(ta) {
                *t = true;
            }
            continue;
        }
        classify_segment(text, ents, ta, tb, role, lower_words);
        for t in taken.iter_mut().take(tb).skip(ta) {
            *t = true;
        }
    }
}

/// "Border Affairs Minister X", "Tajik Energy and Water Resources Minister X": two or more capitalised
/// words right before a title (or before "and" and such words and a title) are the office's portfolio,
/// no one's name, when none (but a demonym opening them) is an organisation or place head, a country or a
/// demonym; whether the segment `[a, b)` is one
/// (issue 9, session 15, set 16).
fn portfolio(text: &Text, a: usize, b: usize) -> bool {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let plain = |t: &crate::text::Token| {
        lex.org_head(&t.text).is_none()
            && !w.location_heads.contains(&t.text)
            && lex.country_by_name(&t.text).is_none()
            && lex.country_by_demonym(&t.text).is_none()
    };
    // a demonym may open it ("Tajik Energy and Water Resources Minister")
    let start = a + usize::from(lex.country_by_demonym(&toks[a].text).is_some());
    if b < a + 2 || !toks[start..b].iter().all(plain) {
        return false;
    }
    let sent = toks[a].sentence;
    // the length in words of the title starting at token `k`
    let title_at = |k: usize| {
        let strs: Vec<&str> = toks[k..(k + 4).min(toks.len())]
            .iter()
            .take_while(|t| t.sentence == sent)
            .map(|t| t.text.as_str())
            .collect();
        lex.longest_title(&strs).map(|(len, _)| len)
    };
    if b < toks.len() && title_at(b).is_some() {
        return true;
    }
    // "Rishi Sunak and European Commission President …", "X and Irish Foreign Minister …": the second
    // conjunct must be a plain portfolio too (no organisation head, country or demonym), before a
    // one-word title
    toks.get(b).is_some_and(|t| t.text == "and")
        && (b + 2..(b + 5).min(toks.len()))
            .take_while(|&k| {
                is_name_token(&toks[k - 1]) && toks[k - 1].sentence == sent && plain(&toks[k - 1])
            })
            .find_map(title_at)
            == Some(1)
}

/// The first token of the run `[a, b)` that may start a name: sentence-initial common words ("Firstly",
/// "Previous", "The"), non-names and connectors are dropped, unless a title starts there.
fn trim_start(text: &Text, a: usize, b: usize, lower_words: &BTreeSet<String>) -> usize {
    let lex = lexicon();
    let w = words();
    let toks = &text.tokens;
    let mut a = a;
    // drop a sentence-initial common word ("Firstly", "Previous", "The")
    // "Fighters of the Popular Liberation Front": a sentence-initial common noun before "of" is no name
    if a + 1 < b
        && text.is_sentence_initial(a)
        && matches!(toks[a + 1].text.as_str(), "of" | "for")
        && lex.organization(&toks[a].text).is_none()
        && lookup(&toks[a].text).is_none()
        // "Secretary of State X", "Secretery of State X": a title (misspelt or not) is no common noun
        // (issue 9, session 9)
        && typo_title(&toks[a].text).is_none()
        && lex
            .longest_title(&toks[a..b].iter().map(|t| t.text.as_str()).collect::<Vec<_>>())
            .is_none()
    {
        a += 2;
        while a < b && w.name_connectors.contains(&toks[a].text) {
            a += 1;
        }
    }
    // a title, or one whose second word is misspelt ("Prime Minster X", issue 9, session 10)
    let title_at = |a: usize| {
        let strs: Vec<&str> = toks[a..b].iter().map(|t| t.text.as_str()).collect();
        lex.longest_title(&strs).is_some() || typo_second_word(&strs).is_some()
    };
    // "the Defence Ministry", "Foreign Office": a word that is no name alone (a determiner aside: "The
    // Ministry of …") modifies the organisation head after it (issue 9, session 9)
    let title_at = |a: usize| {
        title_at(a)
            || (a + 1 < b
                && lex.org_head(&toks[a + 1].text).is_some()
                && !w.np_determiners.contains(toks[a].lower())
                // "Several Council members": a quantifier is no modifier of the head (issue 9,
                // session 15, set 15)
                && !w.generic_quantifiers.contains(toks[a].lower()))
    };
    // a clause opens at the sentence's start or after a dash or colon (a live blog's "14:20 GMT –
    // Analysts said …", a list's "Critics: …")
    let opens_clause = |k: usize| {
        text.is_sentence_initial(k)
            || (k > 0
                && toks[k - 1].sentence == toks[k].sentence
                && matches!(toks[k - 1].text.as_str(), "–" | "—" | "-" | "--" | ":"))
    };
    // a collective noun ("Officials", "Analysts") opening a clause, or alone, is the group, not a name
    // (issue 9, session 9)
    let group_word =
        |k: usize| (opens_clause(k) || b - k == 1) && lex.group_noun(toks[k].lower()).is_some();
    let group_word = |k: usize| group_word(k) || (opens_clause(k) && occupation(text, k, b));
    while a < b
        && ((text.is_sentence_initial(a)
            && (lower_words.contains(toks[a].lower()) || lex.is_non_name(&toks[a].text)))
            || group_word(a))
        && !title_at(a)
    {
        a += 1;
    }
    while a < b
        && (lex.is_non_name(&toks[a].text) || w.name_connectors.contains(&toks[a].text))
        && !title_at(a)
    {
        a += 1;
    }
    // "the Government" alone names nothing (issue 9, session 12)
    if b - a == 1 && w.government_words.contains(toks[a].lower()) {
        return b;
    }
    a
}

/// "Lawyer Ana Ruiz said": whether token `k`, a capitalised singular whose plural is a collective noun,
/// opens the run `[k, b)` before a two- or three-word name with no organisation head, so that it is the
/// person's occupation, not part of the name (issue 9, session 16, set 27). The caller checks that it
/// opens a clause. The name may be followed by "of" and the organisation ("Analyst Levan X of the Y
/// Institute"; issue 9, session 16, set 30).
fn occupation(text: &Text, k: usize, b: usize) -> bool {
    let lex = lexicon();
    let toks = &text.tokens;
    let b = (k + 1..b).find(|&m| toks[m].text == "of").unwrap_or(b);
    (3..=4).contains(&(b - k))
        && toks[k..b].iter().all(|t| lex.org_head(&t.text).is_none())
        && lex.group_noun(&format!("{}s", toks[k].lower())).is_some()
}

/// The segments of the run `[a, b)` between its titles, as (start, end) relative to `a` with the role the
/// title before gives; a run that ends in a title adds nothing for it.
fn split_at_titles(text: &Text, a: usize, b: usize) -> Vec<(usize, usize, Option<String>)> {
    let lex = lexicon();
    let toks = &text.tokens;
    let strs: Vec<&str> = toks[a..b].iter().map(|t| t.text.as_str()).collect();
    let mut i = 0;
    let mut pending_role: Option<String> = None;
    let mut seg_start = 0;
    let mut segments: Vec<(usize, usize, Option<String>)> = Vec::new();
    while i < strs.len() {
        // an all-caps title ("PRESIDENT EMMANUEL Macron") reads as its title-case form
        let caps = toks[a + i].is_all_caps() && strs[i].chars().count() > 2;
        let titled = if caps {
            title_case(strs[i])
        } else {
            String::new()
        };
        let typo = if i == 0
            && strs.len() >= 3
            && strs[i].len() >= 6
            && lex.longest_title(&strs).is_none()
        {
            typo_title(strs[i]).filter(|_| lookup(strs[i]).is_none())
        } else {
            None
        };
        // "Secretery of State X": the misspelt first word of a title of several words
        let typo_long = typo
            .as_ref()
            .and_then(|t| {
                let mut fixed: Vec<&str> = vec![t.as_str()];
                fixed.extend(&strs[i + 1..]);
                lex.longest_title(&fixed)
                    .filter(|(len, _)| *len > 1)
                    .map(|(len, _)| (len, fixed[..len].join(" ")))
            })
            .or_else(|| (i == 0).then(|| typo_second_word(&strs)).flatten());
        let found = lex
            .longest_title(&strs[i..])
            .map(|(len, _)| len)
            .or_else(|| typo_long.as_ref().map(|(len, _)| *len))
            .or_else(|| {
                (caps && lex.longest_title(&[titled.as_str()]).is_some()
                    || typo.is_some() && lex.longest_title(&strs[i + 1..]).is_none())
                .then_some(1)
            });
        // "Ombudsman's Office": a title before a possessive office is the institution's name
        if found.is_some_and(|len| {
            i + len + 1 < strs.len()
                && matches!(strs[i + len], "'s" | "’s")
                && titled_office(text, a + i + len)
        }) {
            i += 1;
            continue;
        }
        if let Some(len) = found {
            if i > seg_start {
                segments.push((seg_start, i, pending_role.take()));
            }
            let role = if let Some((_, t)) = typo_long.as_ref().filter(|(l, _)| *l == len) {
                t.clone()
            } else if let Some(t) = typo.as_ref().filter(|_| len == 1) {
                t.clone()
            } else if caps && len == 1 {
                titled.clone()
            } else {
                strs[i..i + len].join(" ")
            };
            pending_role = Some(role.trim_end_matches('.').to_string());
            i += len;
            seg_start = i;
            continue;
        }
        i += 1;
    }
    if seg_start < strs.len() {
        segments.push((seg_start, strs.len(), pending_role.take()));
    }
    segments
}

/// The first words of the lexicon's titles of several words ("Prime", "Foreign", "Secretary"): a cheap test
/// before the one-edit search of `typo_second_word`.
static MULTI_WORD_TITLE_STARTS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        lexicon()
            .titles()
            .iter()
            .filter(|t| t.words > 1)
            .filter_map(|t| t.title.split_whitespace().next().map(str::to_string))
            .collect()
    });

/// "Prime Minster X": a title of several words whose second word is misspelt by one letter (a one-word title
/// of six letters or more, `typo_title`), opening a run of three words or more that reads as no title as
/// written. Returns the title's length in words and its spelling.
fn typo_second_word(strs: &[&str]) -> Option<(usize, String)> {
    let lex = lexicon();
    if strs.len() < 3
        || strs[1].len() < 6
        || !MULTI_WORD_TITLE_STARTS.contains(strs[0])
        || lex.longest_title(strs).is_some()
    {
        return None;
    }
    let fixed_word = typo_title(strs[1]).filter(|_| lookup(strs[1]).is_none())?;
    let mut fixed: Vec<&str> = vec![strs[0], fixed_word.as_str()];
    fixed.extend(&strs[2..]);
    lex.longest_title(&fixed)
        .filter(|(len, _)| *len > 1)
        .map(|(len, _)| (len, fixed[..len].join(" ")))
}
