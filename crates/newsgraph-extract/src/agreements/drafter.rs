//! The author of a draft: "A Belizean draft of a wider non-aggression pact … was withdrawn by Belize
//! City", "Malawi's proposal of a joint fund": an agreement still only proposed (or withdrawn) whose
//! first mention is the "of" object of a proposal noun (`proposal_heads.txt`) owned by one side is that
//! side's alone (issue 9, session 15, set 18).

use super::RawAgreement;
use crate::entities::Entities;
use crate::model::{AgreementStatus, EntityType};
use crate::text::Text;
use std::collections::BTreeSet;

/// How many tokens before the proposal noun its owner may stand ("A Belizean", "Belize 's").
const OWNER_REACH: usize = 3;

/// Makes the one side that owns the draft naming a proposed or withdrawn agreement its only party;
/// nothing when no side or two sides stand before the proposal noun.
pub(super) fn drafter_only(out: &mut [RawAgreement], ents: &Entities, text: &Text) {
    let toks = &text.tokens;
    let heads = &crate::words::words().proposal_heads;
    for g in out.iter_mut() {
        if !matches!(
            g.status,
            AgreementStatus::Proposed | AgreementStatus::Withdrawn
        ) {
            continue;
        }
        let Some(&(ms, _)) = g.mentions.iter().min() else {
            continue;
        };
        let mt = text.token_at_or_after(ms);
        let s0 = text.sentences[toks[mt].sentence].tok_start;
        if mt < s0 + 3 || toks[mt - 1].lower() != "of" || !heads.contains(toks[mt - 2].lower()) {
            continue;
        }
        let from = (mt - 2).saturating_sub(OWNER_REACH).max(s0);
        if from >= mt - 2 {
            continue;
        }
        let owners: BTreeSet<usize> = ents
            .within(toks[from].start, toks[mt - 3].end)
            .into_iter()
            .filter(|&(_, _, i)| ents.is_actor(i) && ents.list[i].kind != EntityType::Group)
            .filter_map(|(_, _, i)| ents.party_of(i))
            .collect();
        if owners.len() == 1 {
            g.parties = owners;
        }
    }
}
