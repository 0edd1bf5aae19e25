ID = "inv26-lusa-guinea-bissau-coalition-pact-2026-12-02"
TITLE = "Guinea-Bissau: two parties sign coalition pact, president proposes wider stability pact"
PUB = "2026-12-02"
TEXT = """BISSAU, Dec 2 (Lusa) - The African Union for Progress and the Movement for National Renewal signed a coalition pact in Bissau on Tuesday that would give them a majority of one seat in the National People's Assembly, the African Union for Progress said.

The pact would take effect if the Supreme Court confirms the results of the November legislative elections, the party said in a statement read to journalists. It added that the prime minister would come from the larger party.

UAP leader Ansumane Djalo told Lusa that the agreement ended "two years of paralysis." "We have a programme, a majority and a timetable," he said. Djalo said the cabinet would be named within ten days of the court ruling.

The same two parties signed a first pact in May 2025, but it was abandoned in January when the MRN withdrew its ministers over the budget. MRN president Fatumata Sanha said that break had taught both sides to write everything down. "This time every promise is on paper," she said.

President Umaro Gomes proposed on Monday a national stability pact that would bind all parties in parliament to pass a budget before March. The presidency said in a statement that the proposal was open to the opposition as well. A presidential adviser, who asked not to be named, said the president would not sign the decree appointing a prime minister before the stability pact was discussed. The adviser said the two processes were "complementary, not competing."

The Party for Social Renewal, which came first in the vote but lacks a majority, has accused the coalition of buying votes in the assembly. Its spokesman, Braima Cande, said the party would challenge the pact in court.

In the Bandim market, trader Cadi Balde said prices had doubled since the elections. "We need a government, any government," she said. Her brother, Seco Balde, drives a taxi. He said fuel queues had grown longer every week since October.

The Guinea-Bissau League for Human Rights has warned that the dispute could lead to unrest if the court delays its decision. The Economic Community of West African States said it was following the situation closely and urged all sides to respect the ruling.

Political analyst Rui Landim of the National Institute for Studies and Research said the coalition was fragile. He added that the new pact "depends on one deputy changing his mind." Portuguese officials said Lisbon was ready to support the budget talks."""
ENTITIES = [
    ("Guinea-Bissau", "State", [], "Q1007"),
    ("Bissau", "Location", ["BISSAU"], None),
    ("Lusa", "Organization", [], None),
    ("African Union for Progress", "Organization", ["UAP"], None),
    ("Movement for National Renewal", "Organization", ["MRN"], None),
    ("National People's Assembly", "Organization", ["the assembly"], None),
    ("Supreme Court", "Organization", ["the court"], None),
    ("Ansumane Djalo", "Person", ["Djalo"], None),
    ("Fatumata Sanha", "Person", [], None),
    ("Umaro Gomes", "Person", [], None),
    ("The presidency", "Organization", [], None),
    ("A presidential adviser", "Group", ["The adviser"], None),
    ("Party for Social Renewal", "Organization", [], None),
    ("Braima Cande", "Person", [], None),
    ("Bandim", "Location", [], None),
    ("Cadi Balde", "Person", [], None),
    ("Seco Balde", "Person", [], None),
    ("Guinea-Bissau League for Human Rights", "Organization", [], None),
    ("Economic Community of West African States", "Organization", [], None),
    ("Rui Landim", "Person", [], None),
    ("National Institute for Studies and Research", "Organization", [], None),
    ("Portugal", "State", ["Lisbon"], "Q45"),
]
U = "African Union for Progress"
V = "Movement for National Renewal"
STATEMENTS = [
    ("indirect", U, "the African Union for Progress said", ["The African Union for Progress and the Movement for National Renewal signed a coalition pact in Bissau on Tuesday that would give them a majority of one seat in the National People's Assembly"]),
    ("indirect", U, "the party said in a statement", ["The pact would take effect if the Supreme Court confirms the results of the November legislative elections"]),
    ("indirect", U, "It added", ["the prime minister would come from the larger party"]),
    ("partial", "Ansumane Djalo", "told Lusa", ['the agreement ended "two years of paralysis."']),
    ("direct", "Ansumane Djalo", "he said", ["We have a programme, a majority and a timetable,"]),
    ("indirect", "Ansumane Djalo", "Djalo said", ["the cabinet would be named within ten days of the court ruling"]),
    ("indirect", "Fatumata Sanha", "said", ["that break had taught both sides to write everything down"]),
    ("direct", "Fatumata Sanha", "she said", ["This time every promise is on paper,"]),
    ("indirect", "The presidency", "said in a statement", ["the proposal was open to the opposition as well"]),
    ("indirect", "A presidential adviser", "said", ["the president would not sign the decree appointing a prime minister before the stability pact was discussed"]),
    ("partial", "A presidential adviser", "The adviser said", ['the two processes were "complementary, not competing."']),
    ("indirect", "Party for Social Renewal", "has accused", ["the coalition of buying votes in the assembly"]),
    ("indirect", "Braima Cande", "said", ["the party would challenge the pact in court"]),
    ("indirect", "Cadi Balde", "said", ["prices had doubled since the elections"]),
    ("direct", "Cadi Balde", "she said", ["We need a government, any government,"]),
    ("indirect", "Seco Balde", "He said", ["fuel queues had grown longer every week since October"]),
    ("indirect", "Guinea-Bissau League for Human Rights", "has warned", ["the dispute could lead to unrest if the court delays its decision"]),
    ("indirect", "Economic Community of West African States", "said", ["it was following the situation closely"]),
    ("indirect", "Rui Landim", "said", ["the coalition was fragile"]),
    ("partial", "Rui Landim", "He added", ['the new pact "depends on one deputy changing his mind."']),
    ("indirect", "Portugal", "Portuguese officials said", ["Lisbon was ready to support the budget talks"]),
]
AGREEMENTS = [
    ("agreement", "a coalition pact", ["African Union for Progress", "Movement for National Renewal"], "signed", "2026-12-01", "Bissau"),
    ("agreement", "a first pact in May 2025", ["African Union for Progress", "Movement for National Renewal"], "abandoned", "2025-05", None),
    ("proposal", "a national stability pact", ["Umaro Gomes"], "proposed", "2026-11-30", None),
]
