ID = "inv21-balkaninsight-montenegro-croatia-prevlaka-sea-border-court-2026-04-16"
TITLE = "Montenegro and Croatia Edge Towards Court Over Prevlaka Sea Border"
PUB = "2026-04-16"
TEXT = """Montenegro and Croatia have agreed in principle to ask an international court to draw their sea border off the Prevlaka peninsula, officials in Podgorica told BIRN on Wednesday, ending more than two decades in which the two neighbours relied on a temporary arrangement.

The two foreign ministries are now drafting a special agreement that would set out the questions for the judges, a senior Montenegrin diplomat said, speaking on condition of anonymity because the text is not final. He said the draft could be ready "before the summer holidays, if nobody changes their mind."

Montenegro's Foreign Minister, Vesna Radulović, confirmed the talks but gave no date. "We prefer a judge to a permanent quarrel," Radulović told reporters in Podgorica. "Both countries want to close this chapter before Montenegro finishes its accession talks."

Croatia's foreign ministry said in a written reply to BIRN that Zagreb remained "fully committed to a lasting solution based on international law." It did not say which court the two sides had in mind.

The dispute concerns the waters at the entrance to the Bay of Kotor, where the peninsula guards the narrow strait that leads to the Montenegrin ports of Herceg Novi, Kotor and Tivat. Since 2002 the area has been governed by a protocol on interim arrangements, which bars warships of either country from the disputed waters and sets up a joint fishing zone.

Fishermen in Herceg Novi say the protocol has not stopped incidents. Dragan Vujošević, who heads the local fishermen's association, said Croatian police boats had stopped three of its members last autumn. "We were told we were in Croatia. We were two miles from our own harbour," he said.

The European Commission, which follows the dispute as part of Montenegro's membership talks, said it welcomed "any step that brings the two neighbours closer to an agreed solution." A Commission spokesperson added that bilateral disputes should not hold up the enlargement process.

In Montenegro, the opposition Democratic Party of Socialists, DPS, accused the government of giving ground too early. The party's deputy leader, Marko Pejović, said the ministry had "not even told parliament what it is asking the judges." The government rejected the claim.

Some Croatian lawmakers are also uneasy. Ivana Šimić, a member of the parliament's foreign affairs committee, said Croatia should not "hand its coast to lawyers in The Hague."

Analysts see a pattern. "Slovenia and Croatia went to arbitration and ended up with a ruling that one side refused to accept," said Luka Bešić, a researcher at the Institute for European Affairs in Belgrade. "The lesson in Podgorica is to agree the rules first and argue later."

Cruise traffic adds urgency. The Port of Kotor, which received more than four hundred cruise ships last year, has warned that unclear rules at the strait could scare off shipping lines. Adriatic Marine Services, a Tivat company that pilots large vessels into the bay, told BIRN its captains were sometimes unsure which country's orders to follow.

Montenegro hopes to close all its accession chapters by the end of next year."""
ENTITIES = [
    ("Montenegro", "State", [], "Q236"),
    ("Croatia", "State", ["Zagreb"], "Q224"),
    ("Prevlaka", "Location", [], None),
    ("Podgorica", "Location", [], "Q23564"),
    ("officials in Podgorica", "Group", [], None),
    ("BIRN", "Organization", [], None),
    ("a senior Montenegrin diplomat", "Group", [], None),
    ("Vesna Radulović", "Person", ["Radulović", "Montenegro's Foreign Minister, Vesna Radulović"], None),
    ("Croatia's foreign ministry", "Organization", [], None),
    ("Bay of Kotor", "Location", [], None),
    ("Herceg Novi", "Location", [], None),
    ("Kotor", "Location", [], None),
    ("Tivat", "Location", [], None),
    ("Dragan Vujošević", "Person", [], None),
    ("European Commission", "Organization", ["Commission"], "Q8880"),
    ("A Commission spokesperson", "Group", [], None),
    ("Democratic Party of Socialists", "Organization", ["DPS"], None),
    ("Marko Pejović", "Person", [], None),
    ("Ivana Šimić", "Person", [], None),
    ("The Hague", "Location", [], None),
    ("Slovenia", "State", [], "Q215"),
    ("Luka Bešić", "Person", [], None),
    ("Institute for European Affairs", "Organization", [], None),
    ("Belgrade", "Location", [], None),
    ("Port of Kotor", "Organization", [], None),
    ("Adriatic Marine Services", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "officials in Podgorica", "told BIRN", ["Montenegro and Croatia have agreed in principle to ask an international court to draw their sea border off the Prevlaka peninsula"]),
    ("indirect", "a senior Montenegrin diplomat", "said", ["The two foreign ministries are now drafting a special agreement that would set out the questions for the judges"]),
    ("indirect", "a senior Montenegrin diplomat", "He said", ["the draft could be ready \"before the summer holidays, if nobody changes their mind.\""]),
    ("direct", "Vesna Radulović", "Radulović told reporters", ["We prefer a judge to a permanent quarrel,", "Both countries want to close this chapter before Montenegro finishes its accession talks."]),
    ("indirect", "Croatia's foreign ministry", "said in a written reply", ["Zagreb remained \"fully committed to a lasting solution based on international law.\""]),
    ("indirect", "Dragan Vujošević", "said", ["Croatian police boats had stopped three of its members last autumn"]),
    ("direct", "Dragan Vujošević", "he said", ["We were told we were in Croatia. We were two miles from our own harbour,"]),
    ("indirect", "European Commission", "said", ["it welcomed \"any step that brings the two neighbours closer to an agreed solution.\""]),
    ("indirect", "A Commission spokesperson", "added", ["bilateral disputes should not hold up the enlargement process"]),
    ("indirect", "Democratic Party of Socialists", "accused", ["the government of giving ground too early"]),
    ("indirect", "Marko Pejović", "said", ["the ministry had \"not even told parliament what it is asking the judges.\""]),
    ("indirect", "Ivana Šimić", "said", ["Croatia should not \"hand its coast to lawyers in The Hague.\""]),
    ("direct", "Luka Bešić", "said", ["Slovenia and Croatia went to arbitration and ended up with a ruling that one side refused to accept,", "The lesson in Podgorica is to agree the rules first and argue later."]),
    ("indirect", "Port of Kotor", "has warned", ["unclear rules at the strait could scare off shipping lines"]),
    ("indirect", "Adriatic Marine Services", "told BIRN", ["its captains were sometimes unsure which country's orders to follow"]),
]
AGREEMENTS = [
    ("agreement", "a special agreement", ["Montenegro", "Croatia"], "negotiating", None, None),
    ("protocol", "a protocol on interim arrangements", ["Montenegro", "Croatia"], "in-force", None, None),
]
