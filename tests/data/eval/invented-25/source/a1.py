ID = "inv25-civilge-georgia-abkhazia-enguri-crossing-closure-2026-11-03"
TITLE = "Enguri bridge crossing stays shut for a second week, Tbilisi says talks in Gali failed"
PUB = "2026-11-03"
TEXT = """TBILISI (Civil.ge) - The crossing point on the Enguri bridge will remain closed for at least another week, the Office of the State Minister for Reconciliation and Civic Equality said on Monday, after a meeting in Gali ended without result.

The office said in a statement that residents of the Gali district had been left without access to pensions, hospitals and schools on the Georgian-controlled side. It added that more than 400 pupils crossed the bridge every day before the closure.

State Minister Tamar Kvaratskhelia told Civil.ge that Tbilisi had asked the EU Monitoring Mission to raise the matter with Moscow. "Closing a bridge is not a security measure, it is a punishment of ordinary people," she said. Kvaratskhelia said her office would pay for buses to take patients from Zugdidi to the crossing once it reopened.

The de facto authorities in Sukhumi have accused Georgian police of detaining two Abkhaz residents near the village of Khurcha. The de facto foreign ministry in Sukhumi said the closure would last until both men were released, and that no talks on the crossing would take place before then.

A Russian border guard officer at the bridge, who spoke on condition of anonymity, said the order had come from Sukhumi rather than from his command. The officer said the guards were "only following instructions."

Nino Gegia, a teacher from the village of Nabakevi, said half of her class had not come to school since the closure. "The children ask me every morning when the bridge will open," Gegia said. Her husband, Zurab Gegia, works at a market in Zugdidi. He said he had slept at a cousin's house for nine nights. "I cannot go home and I cannot bring my family here," he said.

The EU Monitoring Mission has urged both sides to use the hotline agreed at the Incident Prevention and Response Mechanism in Gali. A spokesman for the mission said the monitors had patrolled along the boundary line on Sunday and had seen no unusual troop movements.

The Georgian Young Lawyers' Association has estimated that about 1,800 people are stranded on either side of the boundary line. According to the association, many of them are elderly people who need regular medical care.

Analyst Levan Tsereteli of the Caucasus Policy Institute said the closure fits a pattern of pressure before the next round of the Geneva International Discussions. He added that Sukhumi wanted to show it controls the crossing, "whatever Moscow says in Geneva."

Georgian officials said they would raise the detentions and the closure at the Geneva talks later this month. The bridge must reopen without conditions, the office said."""
ENTITIES = [
    ("Georgia", "State", ["Tbilisi", "TBILISI"], "Q230"),
    ("Civil.ge", "Organization", [], None),
    ("Enguri", "Location", [], None),
    ("Office of the State Minister for Reconciliation and Civic Equality", "Organization", ["the office"], None),
    ("Gali", "Location", [], None),
    ("Tamar Kvaratskhelia", "Person", ["Kvaratskhelia"], None),
    ("EU Monitoring Mission", "Organization", [], None),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("Zugdidi", "Location", [], None),
    ("Sukhumi", "Location", [], None),
    ("The de facto authorities in Sukhumi", "Group", [], None),
    ("Khurcha", "Location", [], None),
    ("The de facto foreign ministry in Sukhumi", "Organization", [], None),
    ("A Russian border guard officer at the bridge", "Group", ["The officer"], None),
    ("Nino Gegia", "Person", ["Gegia"], None),
    ("Nabakevi", "Location", [], None),
    ("Zurab Gegia", "Person", [], None),
    ("Incident Prevention and Response Mechanism", "Organization", [], None),
    ("Georgian Young Lawyers' Association", "Organization", ["the association"], None),
    ("Levan Tsereteli", "Person", [], None),
    ("Caucasus Policy Institute", "Organization", [], None),
    ("Geneva", "Location", [], None),
]
O = "Office of the State Minister for Reconciliation and Civic Equality"
M = "EU Monitoring Mission"
STATEMENTS = [
    ("indirect", O, "said on Monday", ["The crossing point on the Enguri bridge will remain closed for at least another week"]),
    ("indirect", O, "said in a statement", ["residents of the Gali district had been left without access to pensions, hospitals and schools on the Georgian-controlled side"]),
    ("indirect", O, "It added", ["more than 400 pupils crossed the bridge every day before the closure"]),
    ("indirect", "Tamar Kvaratskhelia", "told Civil.ge", ["Tbilisi had asked the EU Monitoring Mission to raise the matter with Moscow"]),
    ("direct", "Tamar Kvaratskhelia", "she said", ["Closing a bridge is not a security measure, it is a punishment of ordinary people,"]),
    ("indirect", "Tamar Kvaratskhelia", "Kvaratskhelia said", ["her office would pay for buses to take patients from Zugdidi to the crossing once it reopened"]),
    ("indirect", "The de facto authorities in Sukhumi", "have accused", ["Georgian police of detaining two Abkhaz residents near the village of Khurcha"]),
    ("indirect", "The de facto foreign ministry in Sukhumi", "said", ["the closure would last until both men were released"]),
    ("indirect", "The de facto foreign ministry in Sukhumi", "said", ["no talks on the crossing would take place before then"]),
    ("indirect", "A Russian border guard officer at the bridge", "said", ["the order had come from Sukhumi rather than from his command"]),
    ("partial", "A Russian border guard officer at the bridge", "The officer said", ['the guards were "only following instructions."']),
    ("indirect", "Nino Gegia", "said", ["half of her class had not come to school since the closure"]),
    ("direct", "Nino Gegia", "Gegia said", ["The children ask me every morning when the bridge will open,"]),
    ("indirect", "Zurab Gegia", "He said", ["he had slept at a cousin's house for nine nights"]),
    ("direct", "Zurab Gegia", "he said", ["I cannot go home and I cannot bring my family here,"]),
    ("indirect", M, "has urged", ["both sides to use the hotline agreed at the Incident Prevention and Response Mechanism in Gali"]),
    ("indirect", M, "A spokesman for the mission said", ["the monitors had patrolled along the boundary line on Sunday and had seen no unusual troop movements"]),
    ("indirect", "Georgian Young Lawyers' Association", "has estimated", ["about 1,800 people are stranded on either side of the boundary line"]),
    ("indirect", "Georgian Young Lawyers' Association", "According to", ["many of them are elderly people who need regular medical care"]),
    ("indirect", "Levan Tsereteli", "said", ["the closure fits a pattern of pressure before the next round of the Geneva International Discussions"]),
    ("partial", "Levan Tsereteli", "He added", ['Sukhumi wanted to show it controls the crossing, "whatever Moscow says in Geneva."']),
    ("indirect", "Georgia", "Georgian officials said", ["they would raise the detentions and the closure at the Geneva talks later this month"]),
    ("indirect", O, "the office said", ["The bridge must reopen without conditions"]),
]
AGREEMENTS = [
    ("other", "the hotline agreed at the Incident Prevention and Response Mechanism in Gali", ["Georgia", "The de facto authorities in Sukhumi"], "in-force", None, "Gali"),
]
