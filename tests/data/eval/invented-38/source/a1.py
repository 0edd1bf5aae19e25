ID = "inv38-toi-israel-hamas-hostage-truce-deal-doha-cairo-2026-05-14"
TITLE = "Israel, Hamas agree to six-week truce, release of 18 hostages in deal brokered by Qatar, Egypt"
PUB = "2026-05-14"
TEXT = """Israel and Hamas have agreed to a six-week truce in the Gaza Strip under which the terror group will free 18 hostages in exchange for some 600 Palestinian prisoners, Qatari and Egyptian mediators announced late Wednesday.

The truce, hammered out over nine days of indirect talks in Doha and Cairo, is set to take effect at 8 a.m. on Sunday, Qatar's Foreign Ministry said in a statement. The United States, which pressed both sides to close the final gaps, will serve as a guarantor alongside Qatar and Egypt, the ministry said.

The Prime Minister's Office said shortly after midnight that the security cabinet had approved the agreement by a vote of eight to three and that the full government would vote on it Thursday evening.

"This is not a victory parade. It is bringing our people home," Strategic Affairs Minister Avner Golan told Channel 12 after the meeting. "Anyone who thinks we have given up on our war aims does not know this government."

Under the first phase, the terror group will release the hostages in six batches, starting with women and the elderly, while Israeli troops pull back from populated areas of Khan Younis and Rafah. The two sides are to open talks on a permanent ceasefire no later than the 16th day of the truce.

Senior Hamas official Khalil Abu Saada told Al Jazeera that the group had accepted the terms "to stop the bloodshed" but would not hand over its remaining captives without a full Israeli withdrawal. He accused Israel of dragging out the talks for weeks over the names of a few prisoners.

Qatari Foreign Ministry spokesman Salem Al-Kuwari said the mediators would set up a joint room in Cairo to monitor the truce and handle complaints from either side.

Egypt, which will also supervise the entry of 600 aid trucks a day through the Rafah crossing, said in a statement that it was "fully committed" to the success of the deal.

Not everyone in the coalition was on board. National Security Minister Orit Mizrahi, who voted against the agreement, said it "rewards terror." Mizrahi has instead put forward a plan to free the hostages in return for a halt to fuel deliveries alone, an idea the mediators and the defense establishment have both rejected.

The Hostages and Missing Families Forum said in a statement that it welcomed the agreement but feared a repeat of last year's truce, which Israel and Hamas each accused the other of breaking before it collapsed after eleven days.

"Every day that passes before Sunday is another day of risk," said Noa Peretz, whose brother is among those due to be freed in the first batch.

Opposition leader Gadi Lavon said his party would give the government a "safety net" in the Knesset if the far-right ministers walked out over the deal.

In Ramallah, the Palestinian Authority, which is not a party to the agreement, said it was ready to help run the Rafah crossing once the truce takes hold."""
ENTITIES = [
    ("Israel", "State", [], "Q801"),
    ("Hamas", "ArmedGroup", ["the terror group"], None),
    ("Gaza Strip", "Location", [], "Q39760"),
    ("Qatari and Egyptian mediators", "Group", [], None),
    ("Doha", "Location", [], "Q3861"),
    ("Cairo", "Location", [], "Q85"),
    ("Qatar's Foreign Ministry", "Organization", ["the ministry", "Qatari Foreign Ministry"], None),
    ("United States", "State", [], "Q30"),
    ("Qatar", "State", [], "Q846"),
    ("Egypt", "State", [], "Q79"),
    ("Prime Minister's Office", "Organization", [], None),
    ("Avner Golan", "Person", [], None),
    ("Channel 12", "Organization", [], None),
    ("Khan Younis", "Location", [], None),
    ("Rafah", "Location", [], None),
    ("Khalil Abu Saada", "Person", [], None),
    ("Al Jazeera", "Organization", [], None),
    ("Salem Al-Kuwari", "Person", [], None),
    ("Orit Mizrahi", "Person", ["Mizrahi"], None),
    ("Hostages and Missing Families Forum", "Organization", [], None),
    ("Noa Peretz", "Person", [], None),
    ("Gadi Lavon", "Person", [], None),
    ("Knesset", "Organization", [], None),
    ("Ramallah", "Location", [], None),
    ("Palestinian Authority", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Qatari and Egyptian mediators", "announced late Wednesday", ["Israel and Hamas have agreed to a six-week truce in the Gaza Strip under which the terror group will free 18 hostages in exchange for some 600 Palestinian prisoners"]),
    ("indirect", "Qatar's Foreign Ministry", "said in a statement", ["The truce, hammered out over nine days of indirect talks in Doha and Cairo, is set to take effect at 8 a.m. on Sunday"]),
    ("indirect", "Qatar's Foreign Ministry", "the ministry said", ["The United States, which pressed both sides to close the final gaps, will serve as a guarantor alongside Qatar and Egypt"]),
    ("indirect", "Prime Minister's Office", "said shortly after midnight", ["the security cabinet had approved the agreement by a vote of eight to three"]),
    ("indirect", "Prime Minister's Office", "said shortly after midnight", ["the full government would vote on it Thursday evening"]),
    ("direct", "Avner Golan", "told Channel 12", ["This is not a victory parade. It is bringing our people home,", "Anyone who thinks we have given up on our war aims does not know this government."]),
    ("partial", "Khalil Abu Saada", "told Al Jazeera", ['the group had accepted the terms "to stop the bloodshed" but would not hand over its remaining captives without a full Israeli withdrawal']),
    ("indirect", "Khalil Abu Saada", "accused", ["Israel of dragging out the talks for weeks over the names of a few prisoners"]),
    ("indirect", "Salem Al-Kuwari", "said", ["the mediators would set up a joint room in Cairo to monitor the truce and handle complaints from either side"]),
    ("partial", "Egypt", "said in a statement", ['it was "fully committed" to the success of the deal']),
    ("partial", "Orit Mizrahi", "said", ['it "rewards terror."']),
    ("indirect", "Hostages and Missing Families Forum", "said in a statement", ["it welcomed the agreement but feared a repeat of last year's truce, which Israel and Hamas each accused the other of breaking before it collapsed after eleven days"]),
    ("direct", "Noa Peretz", "said", ["Every day that passes before Sunday is another day of risk,"]),
    ("partial", "Gadi Lavon", "said", ['his party would give the government a "safety net" in the Knesset if the far-right ministers walked out over the deal']),
    ("indirect", "Palestinian Authority", "said", ["it was ready to help run the Rafah crossing once the truce takes hold"]),
]
AGREEMENTS = [
    ("truce", "a six-week truce", ["Israel", "Hamas"], "reached", "2026-05-13", None),
    ("ceasefire", "a permanent ceasefire", ["Israel", "Hamas"], "proposed", None, None),
    ("plan", "a plan to free the hostages in return for a halt to fuel deliveries alone", ["Orit Mizrahi"], "proposed", None, None),
    ("truce", "last year's truce", ["Israel", "Hamas"], "collapsed", None, None),
]
