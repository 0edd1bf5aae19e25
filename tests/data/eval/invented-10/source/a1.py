ID = "inv10-bloomberg-guyana-suriname-offshore-block-deal-2026-03-11"
TITLE = "Guyana, Suriname sign joint oil exploration pact for disputed offshore block"
PUB = "2026-03-11"
TEXT = """Guyana and Suriname signed an agreement to explore jointly for oil in a disputed offshore block on Wednesday, clearing the way for drilling in waters that both South American neighbours have claimed since independence.

The pact was signed in Paramaribo by Guyana's natural resources minister, Clement Rampersaud, and Suriname's minister of petroleum, Ivanna Doekhie, and covers about 4,200 square kilometres east of the Corentyne river mouth. Profits from any discovery will be split equally, according to a summary released by both governments.

"Investors have waited for this signal for a decade," Rampersaud told reporters in the Surinamese capital. Doekhie said the pact "turns a line on a map into a shared field."

Bonds of Suriname's state oil company rose after the announcement. Analysts at Caribbean Capital Partners said the deal could unlock as much as $3 billion in exploration spending over five years.

The two governments have been here before. A similar memorandum on offshore cooperation, signed in 2021, was never put into effect and was quietly shelved two years later, after a new government in Paramaribo questioned the split of revenue.

This time the texts go further. Suriname's finance ministry has proposed a joint sovereign fund to hold the revenue from the block, with seats for both treasuries. Georgetown has not yet responded to the plan, and a Guyanese official said the idea "needs a lot more work."

Relations on the river itself are less settled. Guyana says Surinamese navy boats broke the 2019 fishing protocol for the Corentyne by seizing three Guyanese trawlers in February. The protocol, which the two countries signed after a decade of disputes over fishing licences, allows boats from both banks to fish the lower river. Suriname's navy said the trawlers had used banned nets.

The New River Triangle, a forested area in the south that both countries claim, is not covered by the deal. Officials from both capitals said talks on a border commission for the triangle were continuing and that a third round would be held in Georgetown in May.

Oil companies have kept their distance from the block until now. Petronor Atlantic, a Norwegian explorer that holds a licence issued by Suriname in 2018, said it would review the agreement before committing to a seismic survey.

Guyana's production has risen to more than 900,000 barrels a day since its first offshore discovery, and Suriname hopes to start pumping from its own fields in 2028. Kwame Bissessar, an energy economist at the University of Guyana, said the deal mattered less for the oil than for the precedent. "If they can share this block, they can share a river," he said.

Both parliaments must approve the agreement before drilling permits can be issued. Suriname's National Assembly is expected to vote next month.
"""
ENTITIES = [
  ("Guyana", "State", ["Georgetown"], None),
  ("Suriname", "State", [], None),
  ("Paramaribo", "Location", [], "Q3001"),
  ("Corentyne", "Location", [], None),
  ("Clement Rampersaud", "Person", ["Rampersaud"], None),
  ("Ivanna Doekhie", "Person", ["Doekhie"], None),
  ("Caribbean Capital Partners", "Organization", [], None),
  ("Analysts at Caribbean Capital Partners", "Group", [], None),
  ("New River Triangle", "Location", [], None),
  ("Petronor Atlantic", "Organization", [], None),
  ("Kwame Bissessar", "Person", [], None),
  ("University of Guyana", "Organization", [], None),
  ("National Assembly", "Organization", [], None),
  ("a Guyanese official", "Group", [], None),
  ("Officials from both capitals", "Group", [], None),
  ("Suriname's navy", "Organization", [], None),
]
STATEMENTS = [
  ("direct", "Clement Rampersaud", "told reporters", ["Investors have waited for this signal for a decade,"]),
  ("partial", "Ivanna Doekhie", "said", ['the pact "turns a line on a map into a shared field."']),
  ("indirect", "Analysts at Caribbean Capital Partners", "said", ["the deal could unlock as much as $3 billion in exploration spending over five years"]),
  ("partial", "a Guyanese official", "said", ['the idea "needs a lot more work."']),
  ("indirect", "Guyana", "says", ["Surinamese navy boats broke the 2019 fishing protocol for the Corentyne by seizing three Guyanese trawlers in February"]),
  ("indirect", "Suriname's navy", "said", ["the trawlers had used banned nets"]),
  ("indirect", "Officials from both capitals", "said", ["talks on a border commission for the triangle were continuing"]),
  ("indirect", "Officials from both capitals", "said", ["a third round would be held in Georgetown in May"]),
  ("indirect", "Petronor Atlantic", "said", ["it would review the agreement before committing to a seismic survey"]),
  ("indirect", "Kwame Bissessar", "said", ["the deal mattered less for the oil than for the precedent"]),
  ("direct", "Kwame Bissessar", "said", ["If they can share this block, they can share a river,"]),
]
AGREEMENTS = [
  ("agreement", "an agreement to explore jointly for oil in a disputed offshore block", ["Guyana", "Suriname"], "signed", "2026-03-11", "Paramaribo"),
  ("memorandum", "A similar memorandum on offshore cooperation, signed in 2021", ["Guyana", "Suriname"], "abandoned", "2021", None),
  ("plan", "a joint sovereign fund to hold the revenue from the block", ["Suriname"], "proposed", None, None),
  ("protocol", "the 2019 fishing protocol for the Corentyne", ["Guyana", "Suriname"], "violated", "2019", None),
  ("other", "a border commission for the triangle", ["Guyana", "Suriname"], "negotiating", None, None),
]
