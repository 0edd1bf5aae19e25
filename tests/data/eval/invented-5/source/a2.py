ID = "inv5-eastafrican-ethiopia-eritrea-assab-port-talks-2026-07-20"
TITLE = "Ethiopia, Eritrea edge towards Assab port deal as Afar border clashes test truce"
PUB = "2026-07-20"
TEXT = """ADDIS ABABA — Ethiopia and Eritrea are closer to a deal on Ethiopian access to the port of Assab than at any point since the two neighbours restored ties, officials and diplomats in the region say, even as fresh clashes along the Afar border threaten a truce that has held since February.

The talks, hosted by Kenya and backed by the Intergovernmental Authority on Development (IGAD), entered their fourth round in Nairobi last week. A draft framework seen by The EastAfrican would give Ethiopian cargo a 30-year lease on two berths at Assab in return for a share of port revenues and a joint commission to manage the border.

Ethiopia's Minister of Foreign Affairs, Dawit Alemu, told reporters in Addis Ababa on Friday that the remaining gaps were "technical, not political".

"We are not asking for anyone's land. We are asking for a door to the sea, and we are ready to pay for it," he said.

"It is in Eritrea's interest as much as ours. Ports make money when ships come."

Asmara has been more guarded. Information Minister Tesfalem Ghebre wrote on X that Eritrea "will never trade sovereignty for revenue", but added that the government remained committed to "good neighbourliness on the basis of international law".

A senior Eritrean official, who asked not to be named because he was not authorised to speak to the media, told The EastAfrican that Asmara would not sign anything before Ethiopian troops withdrew from two positions near Bure.

"The port is not the problem. The soldiers are the problem," the official said.

The truce in question was agreed in February between the Ethiopian National Defence Force and the Afar Border Defence Force, a militia that says it protects pastoralist communities on both sides of the frontier. Fighting broke out again on July 14 near Bure, killing at least 11 people, according to the Ethiopian Human Rights Commission.

The militia's commander, Ibrahim Hamadu, denied that his fighters had started the clashes. In a voice message shared with journalists, he accused the army of shelling grazing land and insisted that the truce "still stands, if the federal government wants it to stand".

Government spokesperson Selamawit Bekele said the army had "responded to provocations" and would respect the truce as long as the militia did.

Kenya's special envoy to the talks, Joseph Mwangangi, said in Nairobi on Saturday that both delegations had accepted the idea of a joint border commission, and that a fifth round would be held in Mombasa in August.

"Nobody expected this to be quick. What matters is that they are still in the same room," Mwangangi told The EastAfrican.

The African Union Commission said in a statement that it "welcomes the constructive spirit" of the Nairobi talks and called on both sides to avoid any step that could reverse recent gains.

Ethiopia has been landlocked since Eritrea became independent, and more than 90 percent of its trade passes through Djibouti. An earlier Eritrean offer, floated in 2025 as the Red Sea Corridor Initiative, was shelved after three months when Ethiopia insisted on a say in how the port would be run.

Not everyone is convinced the new framework will fare better. Hanna Woldemariam, a researcher at the Institute for Security Studies in Nairobi, argued that a port deal without a settled border would "build a house on sand".

"Both capitals want the money. Neither wants to be seen to blink first. That is a recipe for long talks," she said.

Traders in Addis Ababa say the cost of moving goods through Djibouti has risen by a third in two years. Abebe Tadesse, who runs a freight company in the city, said he would welcome any route that broke the monopoly.

"If Assab opens, we will be the first trucks on the road," he said. "But I have heard this story before."

The Eritrean information ministry did not respond to a request for comment on the draft framework."""
ENTITIES = [
    ("Ethiopia", "State", [], "Q115"),
    ("A senior Eritrean official", "Group", [], None),
    ("Eritrea", "State", ["Asmara"], "Q986"),
    ("Eritrean information ministry", "Organization", [], None),
    ("Addis Ababa", "Location", [], "Q3624"),
    ("Assab", "Location", [], None),
    ("Afar", "Location", [], None),
    ("Kenya", "State", [], "Q114"),
    ("Intergovernmental Authority on Development", "Organization", ["IGAD"], None),
    ("Nairobi", "Location", [], "Q3870"),
    ("The EastAfrican", "Organization", [], None),
    ("Dawit Alemu", "Person", [], None),
    ("Tesfalem Ghebre", "Person", [], None),
    ("Bure", "Location", [], None),
    ("Ethiopian National Defence Force", "Organization", [], None),
    ("Afar Border Defence Force", "ArmedGroup", [], None),
    ("Ethiopian Human Rights Commission", "Organization", [], None),
    ("Ibrahim Hamadu", "Person", [], None),
    ("Selamawit Bekele", "Person", [], None),
    ("Joseph Mwangangi", "Person", ["Mwangangi"], None),
    ("Mombasa", "Location", [], None),
    ("African Union Commission", "Organization", [], None),
    ("Djibouti", "Location", [], None),
    ("Hanna Woldemariam", "Person", [], None),
    ("Institute for Security Studies", "Organization", [], None),
    ("Abebe Tadesse", "Person", [], None),
    ("X", "Organization", [], None),
    ("officials and diplomats in the region", "Group", [], None),
    ("Traders in Addis Ababa", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "officials and diplomats in the region", "say", ["Ethiopia and Eritrea are closer to a deal on Ethiopian access to the port of Assab than at any point since the two neighbours restored ties"]),
    ("indirect", "Dawit Alemu", "told reporters", ["the remaining gaps were \"technical, not political\""]),
    ("direct", "Dawit Alemu", "said", ["We are not asking for anyone's land. We are asking for a door to the sea, and we are ready to pay for it,"]),
    ("direct", "Dawit Alemu", None, ["It is in Eritrea's interest as much as ours. Ports make money when ships come."]),
    ("indirect", "Tesfalem Ghebre", "wrote on X", ["Eritrea \"will never trade sovereignty for revenue\""]),
    ("indirect", "Tesfalem Ghebre", "added", ["the government remained committed to \"good neighbourliness on the basis of international law\""]),
    ("indirect", "A senior Eritrean official", "told The EastAfrican", ["Asmara would not sign anything before Ethiopian troops withdrew from two positions near Bure"]),
    ("direct", "A senior Eritrean official", "said", ["The port is not the problem. The soldiers are the problem,"]),
    ("indirect", "Afar Border Defence Force", "says", ["it protects pastoralist communities on both sides of the frontier"]),
    ("indirect", "Ethiopian Human Rights Commission", "according to", ["Fighting broke out again on July 14 near Bure, killing at least 11 people"]),
    ("indirect", "Ibrahim Hamadu", "denied", ["his fighters had started the clashes"]),
    ("indirect", "Ibrahim Hamadu", "accused", ["the army of shelling grazing land"]),
    ("indirect", "Ibrahim Hamadu", "insisted", ["the truce \"still stands, if the federal government wants it to stand\""]),
    ("indirect", "Selamawit Bekele", "said", ["the army had \"responded to provocations\" and would respect the truce as long as the militia did"]),
    ("indirect", "Joseph Mwangangi", "said", ["both delegations had accepted the idea of a joint border commission"]),
    ("indirect", "Joseph Mwangangi", "said", ["a fifth round would be held in Mombasa in August"]),
    ("direct", "Joseph Mwangangi", "told The EastAfrican", ["Nobody expected this to be quick. What matters is that they are still in the same room,"]),
    ("indirect", "African Union Commission", "said in a statement", ["it \"welcomes the constructive spirit\" of the Nairobi talks"]),
    ("indirect", "Hanna Woldemariam", "argued", ["a port deal without a settled border would \"build a house on sand\""]),
    ("direct", "Hanna Woldemariam", "said", ["Both capitals want the money. Neither wants to be seen to blink first. That is a recipe for long talks,"]),
    ("indirect", "Traders in Addis Ababa", "say", ["the cost of moving goods through Djibouti has risen by a third in two years"]),
    ("indirect", "Abebe Tadesse", "said", ["he would welcome any route that broke the monopoly"]),
    ("direct", "Abebe Tadesse", "said", ["If Assab opens, we will be the first trucks on the road,", "But I have heard this story before."]),
]
AGREEMENTS = [
    ("deal", "a deal on Ethiopian access to the port of Assab", ["Ethiopia", "Eritrea"], "negotiating", None, None),
    ("truce", "a truce that has held since February", ["Ethiopia", "Afar Border Defence Force"], "violated", None, None),
    ("proposal", "the Red Sea Corridor Initiative", ["Eritrea"], "abandoned", None, None),
]
