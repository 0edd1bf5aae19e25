ID = "inv9-dw-north-macedonia-bulgaria-eu-talks-stall-2026-10-06"
TITLE = "North Macedonia: EU accession talks stall again over Bulgarian objections"
PUB = "2026-10-06"
TEXT = """North Macedonia's hopes of opening the first chapters of its EU accession talks this year have faded again after Bulgaria said it would not lift its objections until North Macedonia changes its constitution. DW looks at what is behind the deadlock.

Speaking in Skopje on Monday, Prime Minister Aleksandar Petrovski said his government would "not amend the constitution under blackmail" and said Bulgaria was "rewriting history."

"We have changed our name, we have signed every treaty put in front of us. There is no end to these demands," Petrovski told reporters. "At some point, Brussels must ask itself who is blocking whom."

The dispute centers on Bulgaria's demand that North Macedonia recognize a Bulgarian minority in its constitution, a condition the other member states accepted four years ago.

In Sofia, Foreign Minister Kalina Georgieva said the condition was "part of a text that all 27 member states signed" and could not be reopened.

"Nobody in Sofia is against North Macedonia's future in Europe. We are against a future built on denying who our people are," she told DW.

A Bulgarian government official, who asked not to be named, said the government could not survive a vote in parliament if it softened its position. "Any minister who signs this will be gone within a week," the official said.

The European Commission has tried to keep the issue out of the headlines. Its spokesperson for enlargement, Ana Pinheiro, said the Commission "remains fully committed" to North Macedonia's path and urged both sides to "show leadership."

EU diplomats say privately that patience is running out. "Every six months we write the same conclusions with a new date," one diplomat told DW. Another said some member states wanted to set North Macedonia a deadline before the end of the year.

In the Old Bazaar in Skopje, few people expect change. "We were told to wait in 2005, and we are still waiting. My son went to Germany," said Elena Trajkovska, who runs a jewellery shop.

Opposition leader Goran Nikolovski, whose party supports a constitutional change in principle, said the government had "wasted two years on speeches." He told DW his party would vote for the amendment if the EU guaranteed that Bulgaria would raise no new conditions.

"A guarantee on paper. That is all we ask," he said.

Analysts see little room for movement before Bulgaria's next election. Vesna Dimitrova of the Institute for Balkan Policy Studies in Skopje said both governments used the dispute "to win votes at home."

"The tragedy is that the minority question could be solved in an afternoon by people of good will. But there is no afternoon in an election year," the analyst said.

She said the real risk was that young people would stop believing in the EU at all. According to a survey by her institute, support for membership has fallen from 80% to 58% in five years.

Petrovski's office said on Tuesday he would travel to the Belgian capital next week "to listen, not to bargain.\""""
ENTITIES = [
    ("North Macedonia", "State", [], "Q221"),
    ("European Union", "Organization", ["EU", "Brussels"], "Q458"),
    ("Bulgaria", "State", [], "Q219"),
    ("DW", "Organization", [], None),
    ("Skopje", "Location", [], "Q384"),
    ("Aleksandar Petrovski", "Person", ["Petrovski"], None),
    ("Sofia", "Location", [], "Q472"),
    ("Kalina Georgieva", "Person", [], None),
    ("A Bulgarian government official", "Group", [], None),
    ("European Commission", "Organization", ["Commission"], "Q8880"),
    ("Ana Pinheiro", "Person", [], None),
    ("EU diplomats", "Group", [], None),
    ("one diplomat", "Group", [], None),
    ("Another", "Group", [], None),
    ("Old Bazaar", "Location", [], None),
    ("Germany", "State", [], "Q183"),
    ("Elena Trajkovska", "Person", [], None),
    ("Goran Nikolovski", "Person", [], None),
    ("Vesna Dimitrova", "Person", [], None),
    ("Institute for Balkan Policy Studies", "Organization", [], None),
    ("Petrovski's office", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "Bulgaria", "said", ["it would not lift its objections until North Macedonia changes its constitution"]),
    ("indirect", "Aleksandar Petrovski", "said", ["his government would \"not amend the constitution under blackmail\""]),
    ("indirect", "Aleksandar Petrovski", "said", ["Bulgaria was \"rewriting history.\""]),
    ("direct", "Aleksandar Petrovski", "told reporters", ["We have changed our name, we have signed every treaty put in front of us. There is no end to these demands,", "At some point, Brussels must ask itself who is blocking whom."]),
    ("indirect", "Kalina Georgieva", "said", ["the condition was \"part of a text that all 27 member states signed\" and could not be reopened"]),
    ("direct", "Kalina Georgieva", "she told DW", ["Nobody in Sofia is against North Macedonia's future in Europe. We are against a future built on denying who our people are,"]),
    ("indirect", "A Bulgarian government official", "said", ["the government could not survive a vote in parliament if it softened its position"]),
    ("direct", "A Bulgarian government official", "the official said", ["Any minister who signs this will be gone within a week,"]),
    ("indirect", "Ana Pinheiro", "said", ["the Commission \"remains fully committed\" to North Macedonia's path"]),
    ("indirect", "Ana Pinheiro", "urged", ["both sides to \"show leadership.\""]),
    ("indirect", "EU diplomats", "say privately", ["patience is running out"]),
    ("direct", "one diplomat", "told DW", ["Every six months we write the same conclusions with a new date,"]),
    ("indirect", "Another", "said", ["some member states wanted to set North Macedonia a deadline before the end of the year"]),
    ("direct", "Elena Trajkovska", "said", ["We were told to wait in 2005, and we are still waiting. My son went to Germany,"]),
    ("indirect", "Goran Nikolovski", "said", ["the government had \"wasted two years on speeches.\""]),
    ("indirect", "Goran Nikolovski", "told DW", ["his party would vote for the amendment if the EU guaranteed that Bulgaria would raise no new conditions"]),
    ("direct", "Goran Nikolovski", "he said", ["A guarantee on paper. That is all we ask,"]),
    ("indirect", "Vesna Dimitrova", "said", ["both governments used the dispute \"to win votes at home.\""]),
    ("direct", "Vesna Dimitrova", "the analyst said", ["The tragedy is that the minority question could be solved in an afternoon by people of good will. But there is no afternoon in an election year,"]),
    ("indirect", "Vesna Dimitrova", "said", ["the real risk was that young people would stop believing in the EU at all"]),
    ("indirect", "Institute for Balkan Policy Studies", "According to", ["support for membership has fallen from 80% to 58% in five years"]),
    ("indirect", "Petrovski's office", "said on Tuesday", ["he would travel to the Belgian capital next week \"to listen, not to bargain.\""]),
]
AGREEMENTS = []
