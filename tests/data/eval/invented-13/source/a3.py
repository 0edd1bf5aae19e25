ID = "inv13-ap-haiti-transitional-council-election-delay-2026-03-04"
TITLE = "Haiti's transitional council delays vote again as gangs tighten grip on capital"
PUB = "2026-03-04"
TEXT = """PORT-AU-PRINCE, Haiti (AP) — Haiti's transitional presidential council said Tuesday that it would push back the first round of general elections to November, the third delay since the council took power, as gangs extend their control over the capital and the roads that lead out of it.

In a statement read on national radio, the council said the vote could not be held "while a third of the country cannot reach a polling station safely." It said a new calendar would be published within two weeks.

Council member Jean-Robert Dorval told The Associated Press that the decision was unanimous but painful. "Nobody on this council wants to stay one day longer than necessary," Dorval said. "But an election that half the country cannot attend is not an election."

Another member, Nadège Pierre-Louis, disagreed with the timing. She said the council had known for months that the original date was impossible and should have said so earlier. "People stopped believing our dates a long time ago," she said.

The provisional electoral council, which organises the vote, has not yet said how many of its offices remain closed. A senior official at the electoral council said at least 40 of its 140 local offices had been looted or abandoned since January.

In the Solino neighborhood, where gunmen burned dozens of homes last month, residents said they had not seen a police officer in weeks. A woman who gave only her first name, Mirlande, for fear of reprisals, said her family now sleeps at a church. "We hear the shooting every night. An election is a dream for other people," the woman said.

The Kenyan-led security mission, which has about 1,000 officers in Haiti, said it had retaken two police stations in the capital this week. Its commander, Col. Daniel Kiprono, told reporters that his officers needed more armoured vehicles. The commander said the mission could hold the main roads but "not every street."

The U.S. State Department said in a statement that Washington supported "a credible electoral calendar" and urged the council to publish it quickly. A State Department spokesperson added that the United States had sent $20 million in new aid for the police.

The Dominican Republic's government said it would keep its border with Haiti closed to most travelers until the vote.

Gang leaders have mocked the council. In a video posted on social media, Wilson Tanis, who leads a coalition of gangs in the north of the capital, said the council "can move the date as many times as it wants." Police said the video was recorded last week.

Analysts say the delay was expected. Louis-Marc Gédéon, a political scientist at the State University of Haiti, said the council had spent more time arguing over posts than on security. He said the new date was realistic only if the mission doubled in size. "Every delay costs the council a little more of the trust it never fully had," the political scientist said.

According to the United Nations, more than a million Haitians have fled their homes because of the violence."""
ENTITIES = [
    ("Haiti", "State", [], "Q790"),
    ("Port-au-Prince", "Location", ["PORT-AU-PRINCE"], None),
    ("Haiti's transitional presidential council", "Organization", ["the council"], None),
    ("Jean-Robert Dorval", "Person", ["Dorval"], None),
    ("The Associated Press", "Organization", ["AP"], None),
    ("Nadège Pierre-Louis", "Person", [], None),
    ("The provisional electoral council", "Organization", [], None),
    ("A senior official at the electoral council", "Group", [], None),
    ("Solino", "Location", [], None),
    ("residents", "Group", [], None),
    ("Mirlande", "Person", [], None),
    ("The Kenyan-led security mission", "Organization", [], None),
    ("Daniel Kiprono", "Person", [], None),
    ("U.S. State Department", "Organization", ["State Department"], None),
    ("United States", "State", ["Washington"], "Q30"),
    ("Dominican Republic", "State", [], "Q786"),
    ("Wilson Tanis", "Person", [], None),
    ("Police", "Group", [], None),
    ("Analysts", "Group", [], None),
    ("Louis-Marc Gédéon", "Person", [], None),
    ("State University of Haiti", "Organization", [], None),
    ("United Nations", "Organization", [], "Q1065"),
]
C = "Haiti's transitional presidential council"
STATEMENTS = [
    ("indirect", C, "said Tuesday", ["it would push back the first round of general elections to November"]),
    ("partial", C, "the council said", ['the vote could not be held "while a third of the country cannot reach a polling station safely."']),
    ("indirect", C, "It said", ["a new calendar would be published within two weeks"]),
    ("indirect", "Jean-Robert Dorval", "told The Associated Press", ["the decision was unanimous but painful"]),
    ("direct", "Jean-Robert Dorval", "Dorval said", ["Nobody on this council wants to stay one day longer than necessary,", "But an election that half the country cannot attend is not an election."]),
    ("indirect", "Nadège Pierre-Louis", "She said", ["the council had known for months that the original date was impossible and should have said so earlier"]),
    ("direct", "Nadège Pierre-Louis", "she said", ["People stopped believing our dates a long time ago,"]),
    ("indirect", "A senior official at the electoral council", "said", ["at least 40 of its 140 local offices had been looted or abandoned since January"]),
    ("indirect", "residents", "said", ["they had not seen a police officer in weeks"]),
    ("indirect", "Mirlande", "said", ["her family now sleeps at a church"]),
    ("direct", "Mirlande", "the woman said", ["We hear the shooting every night. An election is a dream for other people,"]),
    ("indirect", "The Kenyan-led security mission", "said", ["it had retaken two police stations in the capital this week"]),
    ("indirect", "Daniel Kiprono", "told reporters", ["his officers needed more armoured vehicles"]),
    ("partial", "Daniel Kiprono", "The commander said", ['the mission could hold the main roads but "not every street."']),
    ("partial", "U.S. State Department", "said in a statement", ['Washington supported "a credible electoral calendar" and urged the council to publish it quickly']),
    ("indirect", "U.S. State Department", "added", ["the United States had sent $20 million in new aid for the police"]),
    ("indirect", "Dominican Republic", "said", ["it would keep its border with Haiti closed to most travelers until the vote"]),
    ("partial", "Wilson Tanis", "said", ['the council "can move the date as many times as it wants."']),
    ("indirect", "Police", "said", ["the video was recorded last week"]),
    ("indirect", "Analysts", "say", ["the delay was expected"]),
    ("indirect", "Louis-Marc Gédéon", "said", ["the council had spent more time arguing over posts than on security"]),
    ("indirect", "Louis-Marc Gédéon", "He said", ["the new date was realistic only if the mission doubled in size"]),
    ("direct", "Louis-Marc Gédéon", "the political scientist said", ["Every delay costs the council a little more of the trust it never fully had,"]),
    ("indirect", "United Nations", "According to", ["more than a million Haitians have fled their homes because of the violence"]),
]
AGREEMENTS = []
