ID = "inv50-kyivindependent-poland-ukraine-grain-memorandum-dorohusk-blockade-2026-03-18"
TITLE = "Polish farmers lift Dorohusk blockade after Warsaw, Kyiv sign grain licensing memorandum"
PUB = "2026-03-18"
TEXT = """Polish farmers began lifting their blockade of the Dorohusk-Yahodyn border crossing on March 17, hours after Poland and Ukraine signed a memorandum on licensing Ukrainian grain imports, ending a standoff that had left more than 2,000 trucks stranded for almost three weeks.

The memorandum, signed in Lublin on Tuesday morning by Ukraine's Agriculture Minister Oksana Hnatiuk and her Polish counterpart, Tomasz Wrona, sets annual quotas for wheat, maize and rapeseed and requires Ukrainian exporters to obtain licenses before shipments cross into Poland.

"Nobody got everything they wanted, but the border is open, and that is what matters," Hnatiuk told the Kyiv Independent after the signing. "Our farmers can plan the spring again."

Wrona said the quotas would be reviewed every six months and that Warsaw would not hesitate to suspend them "if the market is flooded again."

The Lublin Farmers' Protest Committee, which organized the blockade, said on Facebook that its members would leave the crossing by the evening of March 18 but would come back if the licenses were not enforced.

Its leader, Marek Zielinski, accused the European Commission of "sacrificing Polish villages" to keep Ukraine's economy afloat. The fight, he said, would now move to the European Parliament.

Ukraine's State Border Guard Service said the line of trucks on the Ukrainian side had shrunk to about 1,400 by Tuesday night. Its spokesperson, Andrii Demchenko, said drivers had been sleeping in their cabs in freezing temperatures since late February and that two of them had died of heart failure.

"People have been living on the road for 20 days. This should never happen between allies," Demchenko said.

Ukrainian haulers were less enthusiastic. The Association of International Road Carriers of Ukraine called the deal "a fragile pause" and warned that the licensing system could slow exports as much as the blockade did.

A Polish government official involved in the talks said Warsaw had dropped its demand for a full ban on Ukrainian wheat after the European Commission threatened legal action.

"It was a choice between a memorandum and a courtroom," the official said, speaking on condition of anonymity because the talks were confidential.

The European Commission said in a statement that it welcomed the memorandum and would check that it was in line with the EU's trade agreement with Ukraine.

The dispute dates back to 2023, when Poland, Hungary, and Slovakia imposed their own bans on Ukrainian grain after the EU lifted tariffs on Ukrainian goods. An earlier understanding between Kyiv and Warsaw on grain transit, reached in late 2024, was suspended by Poland in January after farmers complained that it was not being enforced.

Olena Kravets, an agricultural economist at the Kyiv School of Economics, said the new quotas were "tight but predictable." She noted that grain sent through Poland made up less than 5% of Ukraine's exports, and that the blockade had hurt Polish trucking firms as much as Ukrainian ones.

In Dorohusk, the first trucks started moving shortly after dusk.

"I have been here since Feb. 28. I just want to see my daughter," said Serhii Boiko, a driver from Rivne."""
ENTITIES = [
    ("Dorohusk", "Location", [], None),
    ("Yahodyn", "Location", [], None),
    ("Poland", "State", ["Warsaw"], "Q36"),
    ("Ukraine", "State", ["Kyiv"], "Q212"),
    ("Lublin", "Location", [], None),
    ("Oksana Hnatiuk", "Person", ["Hnatiuk"], None),
    ("Tomasz Wrona", "Person", ["Wrona"], None),
    ("Kyiv Independent", "Organization", [], None),
    ("Lublin Farmers' Protest Committee", "Organization", [], None),
    ("Facebook", "Organization", [], "Q355"),
    ("Marek Zielinski", "Person", [], None),
    ("European Commission", "Organization", [], "Q8880"),
    ("European Parliament", "Organization", [], "Q8889"),
    ("State Border Guard Service", "Organization", [], None),
    ("Andrii Demchenko", "Person", ["Demchenko"], None),
    ("Association of International Road Carriers of Ukraine", "Organization", [], None),
    ("A Polish government official involved in the talks", "Group", ["the official"], None),
    ("European Union", "Organization", ["EU"], "Q458"),
    ("Hungary", "State", [], "Q28"),
    ("Slovakia", "State", [], "Q214"),
    ("Olena Kravets", "Person", [], None),
    ("Kyiv School of Economics", "Organization", [], None),
    ("Serhii Boiko", "Person", [], None),
    ("Rivne", "Location", [], None),
]
PO = "A Polish government official involved in the talks"
STATEMENTS = [
    ("direct", "Oksana Hnatiuk", "told the Kyiv Independent", ["Nobody got everything they wanted, but the border is open, and that is what matters,", "Our farmers can plan the spring again."]),
    ("indirect", "Tomasz Wrona", "said", ["the quotas would be reviewed every six months"]),
    ("partial", "Tomasz Wrona", "said", ["Warsaw would not hesitate to suspend them \"if the market is flooded again.\""]),
    ("indirect", "Lublin Farmers' Protest Committee", "said on Facebook", ["its members would leave the crossing by the evening of March 18 but would come back if the licenses were not enforced"]),
    ("partial", "Marek Zielinski", "accused", ["the European Commission of \"sacrificing Polish villages\" to keep Ukraine's economy afloat"]),
    ("indirect", "Marek Zielinski", "he said", ["The fight", "would now move to the European Parliament"]),
    ("indirect", "State Border Guard Service", "said", ["the line of trucks on the Ukrainian side had shrunk to about 1,400 by Tuesday night"]),
    ("indirect", "Andrii Demchenko", "said", ["drivers had been sleeping in their cabs in freezing temperatures since late February"]),
    ("indirect", "Andrii Demchenko", "said", ["two of them had died of heart failure"]),
    ("direct", "Andrii Demchenko", "Demchenko said", ["People have been living on the road for 20 days. This should never happen between allies,"]),
    ("partial", "Association of International Road Carriers of Ukraine", "called", ["the deal \"a fragile pause\""]),
    ("indirect", "Association of International Road Carriers of Ukraine", "warned", ["the licensing system could slow exports as much as the blockade did"]),
    ("indirect", PO, "said", ["Warsaw had dropped its demand for a full ban on Ukrainian wheat after the European Commission threatened legal action"]),
    ("direct", PO, "the official said", ["It was a choice between a memorandum and a courtroom,"]),
    ("indirect", "European Commission", "said in a statement", ["it welcomed the memorandum and would check that it was in line with the EU's trade agreement with Ukraine"]),
    ("partial", "Olena Kravets", "said", ["the new quotas were \"tight but predictable.\""]),
    ("indirect", "Olena Kravets", "She noted", ["grain sent through Poland made up less than 5% of Ukraine's exports"]),
    ("indirect", "Olena Kravets", "She noted", ["the blockade had hurt Polish trucking firms as much as Ukrainian ones"]),
    ("direct", "Serhii Boiko", "said", ["I have been here since Feb. 28. I just want to see my daughter,"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum on licensing Ukrainian grain imports", ["Poland", "Ukraine"], "signed", "2026-03-17", "Lublin"),
    ("agreement", "the EU's trade agreement with Ukraine", ["European Union", "Ukraine"], "in-force", None, None),
    ("agreement", "An earlier understanding between Kyiv and Warsaw on grain transit", ["Ukraine", "Poland"], "withdrawn", "2024", None),
]
