ID = "inv35-ht-india-nepal-boundary-working-group-susta-2026-05-12"
TITLE = "India, Nepal revive boundary working group after seven years; Kalapani kept off agenda for now"
PUB = "2026-05-12"
TEXT = """By Anirban Sethi

NEW DELHI: India and Nepal on Tuesday agreed to revive a joint boundary working group that has not met since 2019, but kept the dispute over Kalapani and Lipulekh off the table for now, people familiar with the matter said.

The decision was taken at talks between foreign secretary Alok Varma and his Nepalese counterpart, Bishnu Prasad Ghimire, in New Delhi. The working group will first take up the shifting course of the Gandak river near Susta, where about 14,000 hectares are in dispute, the people said.

"We have chosen to begin where the maps agree more than they disagree," Varma told reporters after the meeting. "Once the surveyors have done their work on the ground, the harder questions will be easier to discuss."

Ghimire said Nepal had not given up its claim to the area around the Lipulekh pass and expected it to be taken up "at the appropriate stage". He said the two sides had signed a standstill understanding under which neither would build new roads or border posts in disputed areas while the group did its work.

The external affairs ministry spokesperson, Ritika Menon, said India's position on the boundary was "well known and consistent". She added that the revival of the group reflected "the maturity of the relationship".

A senior Nepalese official who attended the talks said the standstill was the most important result. "For us, the freeze matters more than the meeting itself. It is the first time India has accepted it in writing," the official said.

Relations soured in 2020 when Nepal's parliament approved a new political map that showed Kalapani, Lipulekh and Limpiyadhura as Nepalese territory, weeks after India opened a road to the Lipulekh pass on the route to Kailash Mansarovar. India said at the time that the map was "untenable".

Opposition leaders in Kathmandu accused the government of trading the claim for a committee. The Communist Party of Nepal (Unified Marxist-Leninist) said in a statement that any talks "without Kalapani at the centre" would betray the 2020 map.

Ghimire also said Nepal still wanted the 1950 Treaty of Peace and Friendship reviewed, a demand the two governments have parked for years.

Traders in Darchula, which faces the disputed area across the Mahakali river, say the bridge closures of recent years have cost them their seasonal business. Anita Bohara, who runs a guesthouse in Darchula bazaar, said the talk of maps meant little to her. "We need the bridge to stay open. Whoever draws the line, my guests come from both banks," she said.

Analysts cautioned against expecting quick results. Prakash Thapa, who teaches international relations at Tribhuvan University, said the Susta dispute alone had defeated two earlier committees. "The river moves every monsoon. The surveyors will be chasing it," Thapa said.

The two secretaries also signed a memorandum of understanding on sharing flood data from the Kosi and Gandak basins. Indian officials said it would take effect before the monsoon.

The working group will hold its first meeting in Kathmandu in July, the ministry said."""
ENTITIES = [
    ("India", "State", [], "Q668"),
    ("Nepal", "State", [], "Q837"),
    ("Anirban Sethi", "Person", [], None),
    ("New Delhi", "Location", ["NEW DELHI"], None),
    ("Kalapani", "Location", [], None),
    ("Lipulekh", "Location", ["Lipulekh pass"], None),
    ("people familiar with the matter", "Group", ["the people"], None),
    ("Alok Varma", "Person", ["Varma"], None),
    ("Bishnu Prasad Ghimire", "Person", ["Ghimire"], None),
    ("Gandak", "Location", [], None),
    ("Susta", "Location", [], None),
    ("external affairs ministry", "Organization", ["the ministry"], None),
    ("Ritika Menon", "Person", [], None),
    ("A senior Nepalese official who attended the talks", "Group", ["the official"], None),
    ("Limpiyadhura", "Location", [], None),
    ("Kailash Mansarovar", "Location", [], None),
    ("Opposition leaders in Kathmandu", "Group", [], None),
    ("Kathmandu", "Location", [], None),
    ("Communist Party of Nepal (Unified Marxist-Leninist)", "Organization", [], None),
    ("Traders in Darchula", "Group", [], None),
    ("Darchula", "Location", [], None),
    ("Mahakali", "Location", [], None),
    ("Anita Bohara", "Person", [], None),
    ("Prakash Thapa", "Person", ["Thapa"], None),
    ("Tribhuvan University", "Organization", [], None),
    ("Kosi", "Location", [], None),
]
P = "people familiar with the matter"
G = "Bishnu Prasad Ghimire"
O = "A senior Nepalese official who attended the talks"
STATEMENTS = [
    ("indirect", P, "people familiar with the matter said", ["India and Nepal on Tuesday agreed to revive a joint boundary working group that has not met since 2019, but kept the dispute over Kalapani and Lipulekh off the table for now"]),
    ("indirect", P, "the people said", ["The working group will first take up the shifting course of the Gandak river near Susta, where about 14,000 hectares are in dispute"]),
    ("direct", "Alok Varma", "told reporters", ["We have chosen to begin where the maps agree more than they disagree,", "Once the surveyors have done their work on the ground, the harder questions will be easier to discuss."]),
    ("partial", G, "said", ['Nepal had not given up its claim to the area around the Lipulekh pass and expected it to be taken up "at the appropriate stage"']),
    ("indirect", G, "He said", ["the two sides had signed a standstill understanding under which neither would build new roads or border posts in disputed areas while the group did its work"]),
    ("partial", "Ritika Menon", "said", ['India\'s position on the boundary was "well known and consistent"']),
    ("partial", "Ritika Menon", "She added", ['the revival of the group reflected "the maturity of the relationship"']),
    ("indirect", O, "said", ["the standstill was the most important result"]),
    ("direct", O, "the official said", ["For us, the freeze matters more than the meeting itself. It is the first time India has accepted it in writing,"]),
    ("partial", "India", "said at the time", ['the map was "untenable"']),
    ("indirect", "Opposition leaders in Kathmandu", "accused", ["the government of trading the claim for a committee"]),
    ("partial", "Communist Party of Nepal (Unified Marxist-Leninist)", "said in a statement", ['any talks "without Kalapani at the centre" would betray the 2020 map']),
    ("indirect", G, "also said", ["Nepal still wanted the 1950 Treaty of Peace and Friendship reviewed"]),
    ("indirect", "Traders in Darchula", "say", ["the bridge closures of recent years have cost them their seasonal business"]),
    ("indirect", "Anita Bohara", "said", ["the talk of maps meant little to her"]),
    ("direct", "Anita Bohara", "she said", ["We need the bridge to stay open. Whoever draws the line, my guests come from both banks,"]),
    ("indirect", "Prakash Thapa", "said", ["the Susta dispute alone had defeated two earlier committees"]),
    ("direct", "Prakash Thapa", "Thapa said", ["The river moves every monsoon. The surveyors will be chasing it,"]),
    ("indirect", "India", "Indian officials said", ["it would take effect before the monsoon"]),
    ("indirect", "external affairs ministry", "the ministry said", ["The working group will hold its first meeting in Kathmandu in July"]),
]
AGREEMENTS = [
    ("other", "a standstill understanding", ["India", "Nepal"], "signed", "2026-05-12", "New Delhi"),
    ("memorandum", "a memorandum of understanding on sharing flood data", ["India", "Nepal"], "signed", "2026-05-12", "New Delhi"),
    ("treaty", "1950 Treaty of Peace and Friendship", ["India", "Nepal"], "in-force", "1950", None),
]
