ID = "inv14-localpaper-tigray-detainees-talks-mekelle-2026-10-15"
TITLE = "Federal government and Tigray interim administration agree in principle to free detainees"
PUB = "2026-10-15"
TEXT = """MEKELLE - The federal government and the Tigray Interim Administration agreed in principle on Wednesday to release people detained during the war, but officials said the details had still to be written down, leaving families across the region waiting.

The announcement came after two days of talks in Mekelle mediated by the African Union, the latest round held under the 2022 peace agreement signed in Pretoria between the federal government and the Tigray People's Liberation Front (TPLF). That agreement ended two years of war and remains in force, although each side accuses the other of stalling on parts of it.

"An agreement in principle is not a release," said Hagos Gebremedhin, whose brother has been held in a military camp near Addis Ababa since 2021. "We have heard promises before."

The head of the interim administration, Gebrekidan Tesfay, told reporters the talks had also covered the return of people displaced from Western Tigray. The two sides have been negotiating a roadmap for their return since last year, but competing land claims by the Amhara regional government have slowed it. A federal government spokesman, Dawit Alemu, said the roadmap would be "completed step by step" and that no date had been fixed.

Aid groups estimate that more than 600,000 people from Western Tigray still live in camps and host communities around Shire. Many say they will not go back without guarantees for their safety.

Further south, a local truce between Tigrayan forces and the Fano militia around Korem, agreed by elders in March, has been violated several times since August, according to residents and local officials. Two farmers were killed in an exchange of fire near the town last week, a local official said.

There was better news on fuel. A supply deal signed in January between the interim administration and the Ethiopian Petroleum Supply Enterprise has largely held, and queues at petrol stations in Mekelle have shortened. Traders said prices were still twice those in the capital.

The TPLF, which has been split by a leadership dispute since last year, has proposed a plan to demobilise its remaining fighters under the watch of African Union observers. Federal officials have not yet answered the proposal. The plan would see about 40,000 fighters hand over their weapons at six sites over a year.

The African Union envoy, Amara Diallo, said in a statement that the agreement on detainees was "an important step that now needs a signature". Diplomats in Addis Ababa said the United States and the European Union had urged both sides to publish a list of those held.

Eritrea, whose troops fought alongside federal forces during the war and which was not a party to the Pretoria agreement, made no comment. The next round of talks is due in Addis Ababa in November.
"""
ENTITIES = [
  ("Ethiopia", "State", ["federal government"], None),
  ("Tigray Interim Administration", "Organization", ["interim administration"], None),
  ("Mekelle", "Location", [], None),
  ("African Union", "Organization", [], None),
  ("Pretoria", "Location", [], None),
  ("Tigray People's Liberation Front", "ArmedGroup", ["TPLF"], None),
  ("Hagos Gebremedhin", "Person", [], None),
  ("Addis Ababa", "Location", [], None),
  ("Gebrekidan Tesfay", "Person", [], None),
  ("Western Tigray", "Location", [], None),
  ("Amhara regional government", "Organization", [], None),
  ("Dawit Alemu", "Person", [], None),
  ("Aid groups", "Group", [], None),
  ("Shire", "Location", [], None),
  ("Tigrayan forces", "ArmedGroup", [], None),
  ("Fano", "ArmedGroup", [], None),
  ("Korem", "Location", [], None),
  ("Ethiopian Petroleum Supply Enterprise", "Organization", [], None),
  ("Traders", "Group", [], None),
  ("Amara Diallo", "Person", [], None),
  ("Diplomats", "Group", [], None),
  ("United States", "State", [], None),
  ("European Union", "Organization", [], None),
  ("Eritrea", "State", [], None),
  ("federal forces", "Group", [], None),
  ("Tigray", "Location", [], None),
]
STATEMENTS = [
  ("indirect", "Ethiopia", "said", ["the details had still to be written down"]),
  ("direct", "Hagos Gebremedhin", "said", ["An agreement in principle is not a release,", "We have heard promises before."]),
  ("indirect", "Gebrekidan Tesfay", "told", ["the talks had also covered the return of people displaced from Western Tigray"]),
  ("partial", "Dawit Alemu", "said", ["the roadmap would be \"completed step by step\""]),
  ("indirect", "Dawit Alemu", "said", ["no date had been fixed"]),
  ("indirect", "Traders", "said", ["prices were still twice those in the capital"]),
  ("partial", "Amara Diallo", "said", ['the agreement on detainees was "an important step that now needs a signature"']),
  ("indirect", "Diplomats", "said", ["the United States and the European Union had urged both sides to publish a list of those held"]),
]
AGREEMENTS = [
  ("agreement", "agreed in principle on Wednesday to release people detained during the war", ["Ethiopia", "Tigray Interim Administration"], "not-formalized", "2026-10-14", "Mekelle"),
  ("agreement", "the 2022 peace agreement signed in Pretoria", ["Ethiopia", "Tigray People's Liberation Front"], "in-force", "2022", "Pretoria"),
  ("roadmap", "a roadmap for their return", ["Ethiopia", "Tigray Interim Administration"], "negotiating", None, None),
  ("truce", "a local truce between Tigrayan forces and the Fano militia around Korem", ["Tigrayan forces", "Fano"], "violated", None, None),
  ("deal", "A supply deal signed in January", ["Tigray Interim Administration", "Ethiopian Petroleum Supply Enterprise"], "in-force", "2026-01", None),
  ("plan", "a plan to demobilise its remaining fighters", ["Tigray People's Liberation Front"], "proposed", None, None),
]
