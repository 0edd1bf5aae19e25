ID = "inv6-explainer-zanzibar-offshore-revenue-deal-2026-09-10"
TITLE = "Explainer: What is in the Zanzibar offshore revenue deal, and why it matters"
PUB = "2026-09-10"
TEXT = """DAR ES SALAAM, Sept 10 - Tanzania's union government and the Revolutionary Government of Zanzibar signed a deal on Wednesday to share revenue from any oil and gas found off the islands. Here is what we know.

WHAT WAS SIGNED?

The Stone Town Revenue Agreement gives Zanzibar 60 percent of the royalties from any offshore field within 12 nautical miles of the islands and splits the rest with the union treasury. It was signed in Zanzibar City by Tanzania's finance minister, Hamisi Mwakyusa, and Zanzibar's minister for finance, Fatma Said Khamis.

Dodoma must still pass a law to put the agreement into force. Mwakyusa said the bill would go to parliament in November.

WHY DID IT TAKE SO LONG?

Zanzibar, which has its own president and legislature within the union, has argued for decades that oil and gas should be a matter for the islands alone. A memorandum of understanding on a joint petroleum authority, reached in 2016, was abandoned two years later, when the islands' leadership set up its own regulator. Talks on the question resumed in 2024 after a change of leadership on the islands.

WHO ELSE IS INVOLVED?

The opposition Movement for Democracy in the Isles, which holds 19 seats in the Zanzibar House of Representatives, says the share is too small. The party has proposed a framework under which the islands would license offshore blocks themselves, and says it will challenge the deal in court.

Norway, which advised both governments on the terms, and the World Bank welcomed the agreement. Neither took part in the talks.

WHAT ABOUT THE EXISTING FIELDS?

A 2019 protocol between the two governments on the Mnazi Bay gas field, which lies on the mainland, remains in force and is not affected by the new deal, officials said.

WHAT HAPPENS NEXT?

Negotiators from both governments are still talking about a second deal, on fishing licences in deep water, which both sides hope to conclude by the end of the year. The revenue bill is expected to pass easily, since the ruling party holds a large majority in the union parliament, and the first offshore licences could then be offered next year.

"The islands have waited thirty years for this," Khamis told reporters after the signing. "We will not wait thirty more for the fishing deal."

Abdallah Mzee, a lecturer at the State University of Zanzibar, said the deal "settles money, not sovereignty" and that the dispute over who controls the seabed would return once oil was found.
"""
ENTITIES = [
    ("Dar es Salaam", "Location", ["DAR ES SALAAM"], None),
  ("Tanzania", "State", ["Dodoma"], None),
  ("Revolutionary Government of Zanzibar", "Organization", ["Zanzibar"], None),
  ("Zanzibar City", "Location", [], None),
  ("Hamisi Mwakyusa", "Person", ["Mwakyusa"], None),
  ("Fatma Said Khamis", "Person", ["Khamis"], None),
  ("Movement for Democracy in the Isles", "Organization", [], None),
  ("Zanzibar House of Representatives", "Organization", [], None),
  ("Norway", "State", [], None),
  ("World Bank", "Organization", [], None),
  ("Mnazi Bay", "Location", [], None),
  ("Abdallah Mzee", "Person", [], None),
  ("State University of Zanzibar", "Organization", [], None),
  ("officials", "Group", [], None),
]
STATEMENTS = [
  ("indirect", "Hamisi Mwakyusa", "said", ["the bill would go to parliament in November"]),
  ("indirect", "Movement for Democracy in the Isles", "says", ["the share is too small"]),
  ("indirect", "Movement for Democracy in the Isles", "says", ["it will challenge the deal in court"]),
  ("indirect", "officials", "said", ["A 2019 protocol between the two governments on the Mnazi Bay gas field, which lies on the mainland, remains in force and is not affected by the new deal"]),
  ("direct", "Fatma Said Khamis", "told reporters", ["The islands have waited thirty years for this,", "We will not wait thirty more for the fishing deal."]),
  ("indirect", "Abdallah Mzee", "said", ["the deal \"settles money, not sovereignty\""]),
  ("indirect", "Abdallah Mzee", "said", ["the dispute over who controls the seabed would return once oil was found"]),
]
AGREEMENTS = [
  ("agreement", "The Stone Town Revenue Agreement", ["Tanzania", "Revolutionary Government of Zanzibar"], "signed", "2026-09-09", "Zanzibar City"),
  ("memorandum", "A memorandum of understanding on a joint petroleum authority", ["Tanzania", "Revolutionary Government of Zanzibar"], "abandoned", None, None),
  ("framework", "a framework under which the islands would license offshore blocks themselves", ["Movement for Democracy in the Isles"], "proposed", None, None),
  ("protocol", "A 2019 protocol between the two governments on the Mnazi Bay gas field", ["Tanzania", "Revolutionary Government of Zanzibar"], "in-force", None, None),
  ("deal", "a second deal, on fishing licences in deep water", ["Tanzania", "Revolutionary Government of Zanzibar"], "negotiating", None, None),
]
