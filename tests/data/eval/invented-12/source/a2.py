ID = "inv12-afp-benin-niger-malanville-border-2026-06-22"
TITLE = "Benin and Niger agree to reopen Malanville crossing after two years"
PUB = "2026-06-22"
TEXT = """Benin and Niger reached a deal on Monday to reopen their main border crossing at Malanville, closed since the military takeover in Niamey in 2023, officials from both countries said.

The deal was reached in Parakou after two days of talks between Benin's foreign minister, Olushegun Adjadi Bakari, and Niger's minister of commerce, Seydou Asman. It still has to be signed by the two heads of state, a Beninese government spokesman, Wilfried Houngbedji, told AFP.

Under the text, trucks carrying food and fuel will be allowed to cross the Niger River bridge between Malanville and Gaya from the first day after signature, and customs officers from both countries will work side by side at a single post.

"The border was never a wall between our peoples. It was a wall between two governments, and today we have opened a door in it," Bakari said at a news conference in Parakou.

Traders in Malanville, where hundreds of lorries have waited for months on the roadside, greeted the news with relief. "We have lost two harvests of onions already," said Rasmane Idrissou, who heads the town's association of transporters. "If the trucks move in July, we can still save this year."

Oil is the other half of the story. The pipeline agreement that the two countries signed in 2019 to carry Nigerien crude to the port of Seme was suspended in 2024 when Niamey accused Cotonou of blocking its exports. Niger's oil ministry said on Monday that loadings at Seme had resumed last week and that the agreement was again fully in force.

Not all disputes are settled. Niger has long demanded that Benin expel French soldiers it says are based near the border, an accusation Cotonou denies. Benin has proposed a joint patrol memorandum to fight armed groups in the W and Pendjari parks, where soldiers were killed in attacks in 2025. Niamey has not yet answered the proposal, Houngbedji said.

Niger's ties with its Sahel neighbours are closer. A customs accord that Niger and Burkina Faso signed in 2024 lets goods from Ouagadougou reach Niamey with a single inspection, and Nigerien officials cited it during the Parakou talks as an example.

The Economic Community of West African States, which Niger left in 2025, welcomed the deal. Its commission president said in a statement that the reopening would "bring relief to millions of people on both banks of the river".

Analysts said the agreement's fate would depend on politics in Niamey. "The junta needs the pipeline money more than it needs a quarrel with Cotonou," said Aminata Diallo-Kone, a researcher at the Sahel Policy Centre in Dakar. "But the last deal on the border lasted three weeks."

That earlier deal, a border arrangement announced in Niamey in March 2024, was never implemented and was quietly dropped after both governments blamed each other for new closures.

The two heads of state are expected to sign the new text in Cotonou in July.
"""
ENTITIES = [
  ("Benin", "State", ["Cotonou"], None),
  ("Niger", "State", ["Niamey"], None),
  ("Malanville", "Location", [], None),
  ("Niamey", "Location", [], None),
  ("Parakou", "Location", [], None),
  ("Olushegun Adjadi Bakari", "Person", ["Bakari"], None),
  ("Seydou Asman", "Person", [], None),
  ("Wilfried Houngbedji", "Person", ["Houngbedji"], None),
  ("AFP", "Organization", [], None),
  ("Niger River", "Location", [], None),
  ("Gaya", "Location", [], None),
  ("Rasmane Idrissou", "Person", [], None),
  ("Seme", "Location", [], None),
  ("W", "Location", [], None),
  ("Pendjari", "Location", [], None),
  ("Burkina Faso", "State", [], None),
  ("Ouagadougou", "Location", [], None),
  ("Economic Community of West African States", "Organization", [], None),
  ("Aminata Diallo-Kone", "Person", [], None),
  ("Sahel Policy Centre", "Organization", [], None),
  ("Dakar", "Location", [], None),
  ("Cotonou", "Location", [], None),
]
STATEMENTS = [
  ("indirect", "Wilfried Houngbedji", "told", ["It still has to be signed by the two heads of state"]),
  ("direct", "Olushegun Adjadi Bakari", "said", ["The border was never a wall between our peoples. It was a wall between two governments, and today we have opened a door in it,"]),
  ("direct", "Rasmane Idrissou", "said", ["We have lost two harvests of onions already,", "If the trucks move in July, we can still save this year."]),
  ("indirect", "Niger", "accused", ["Cotonou of blocking its exports"]),
  ("indirect", "Niger", "said", ["loadings at Seme had resumed last week"]),
  ("indirect", "Niger", "said", ["the agreement was again fully in force"]),
  ("indirect", "Wilfried Houngbedji", "said", ["Niamey has not yet answered the proposal"]),
  ("partial", "Economic Community of West African States", "said", ['the reopening would "bring relief to millions of people on both banks of the river"']),
  ("direct", "Aminata Diallo-Kone", "said", ["The junta needs the pipeline money more than it needs a quarrel with Cotonou,", "But the last deal on the border lasted three weeks."]),
]
AGREEMENTS = [
  ("deal", "a deal on Monday to reopen their main border crossing at Malanville", ["Benin", "Niger"], "reached", "2026-06-22", "Parakou"),
  ("agreement", "The pipeline agreement that the two countries signed in 2019", ["Benin", "Niger"], "in-force", "2019", None),
  ("memorandum", "a joint patrol memorandum to fight armed groups in the W and Pendjari parks", ["Benin"], "proposed", None, None),
  ("accord", "A customs accord that Niger and Burkina Faso signed in 2024", ["Niger", "Burkina Faso"], "in-force", "2024", None),
  ("deal", "a border arrangement announced in Niamey in March 2024", ["Benin", "Niger"], "abandoned", "2024-03", "Niamey"),
]
