//! A parenthetical adverb between a subject and its cue ("Indian officials, however, insisted …", "The
//! ministry, for its part, said …"): the subject search skips it, so the subject is read as it would be
//! right before the cue (issue 9, session 18, set 49). Phrases in `parenthetical_adverbs.txt`; reads the
//! few tokens before the cue.

use crate::text::Text;
use crate::words::words;

/// Token `j` (the end of a cue's subject search) moved back to the opening comma of ", PHRASE," when a
/// phrase of `parenthetical_adverbs.txt` stands between two commas right before it in one sentence; else
/// `j`.
pub(super) fn before_aside(text: &Text, j: usize) -> usize {
    let toks = &text.tokens;
    if j < 3 || toks[j - 1].text != "," {
        return j;
    }
    let sent = toks[j - 1].sentence;
    words()
        .parenthetical_adverbs
        .iter()
        .filter(|p| j >= p.len() + 3)
        .map(|p| (j - 2 - p.len(), p))
        .find(|&(c, p)| {
            toks[c].text == ","
                && toks[c].sentence == sent
                && p.iter()
                    .enumerate()
                    .all(|(x, w)| toks[c + 1 + x].lower() == w)
        })
        .map_or(j, |(c, _)| c)
}
