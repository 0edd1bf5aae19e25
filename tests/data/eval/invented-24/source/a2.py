ID = "inv24-nrk-norway-svalbard-zone-trawler-inspections-2026-02-09"
TITLE = "Coast guard boards more foreign trawlers in the Svalbard zone"
PUB = "2026-02-09"
TEXT = """TROMSØ (NRK) - The Norwegian Coast Guard boarded 41 foreign trawlers in the fisheries protection zone around Svalbard last year, ten more than the year before, the Directorate of Fisheries said on Monday.

Most of the vessels were Russian, and six of them were ordered into port for breaking catch rules, the directorate said in its annual report. It said the number of inspections would rise again this year.

Fisheries Minister Ingrid Solheim told NRK that Norway would keep enforcing its rules in the zone "exactly as it always has." She said inspections were about fish stocks, not politics. "The cod does not care whose flag a trawler flies," Solheim said.

Moscow sees it differently. The Russian Embassy in Oslo accused the coast guard of harassing Russian crews and said the zone had no basis in the Svalbard Treaty. Russia does not recognise Norway's right to set rules in the zone, an embassy spokesman said.

A Norwegian diplomat who has followed the issue for years said the embassy's tone had hardened since the autumn. He said Oslo would not answer every statement. "We talk to Moscow through the fisheries commission, not through the newspapers," the diplomat said.

In Longyearbyen, the mood is calmer. Lars Eide, who has fished out of the town for 30 years, said he rarely saw Russian boats near the coast. "Out there, everybody just wants to get home," he said. His daughter, Marit Eide, works for the local council. She said the town worried more about the closing of the last coal mine than about trawlers.

Commander Tor Haugland of the coast guard said his crews had been "correct and professional" on every boarding. The commander added that no Russian captain had resisted an inspection.

The Norwegian Fishermen's Association has warned that quotas will be cut if foreign fleets keep overfishing. Its leader, Astrid Nygård, said Norway should share inspection data with the European Union. Nygård said the association would raise the matter with the ministry in March.

Researchers at the Institute of Marine Research have estimated that the cod stock in the Barents Sea has fallen by a fifth in five years. According to the institute, the decline is driven by warmer water as much as by fishing.

Analyst Jonas Vik of the Fridtjof Nansen Institute said the dispute was old but the tone was new. "Svalbard used to be the quiet corner of the relationship," the analyst said.

The boardings will continue, Norwegian officials said."""
ENTITIES = [
    ("Norway", "State", ["Oslo"], "Q20"),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("Tromsø", "Location", ["TROMSØ"], None),
    ("NRK", "Organization", [], None),
    ("Norwegian Coast Guard", "Organization", ["the coast guard"], None),
    ("Svalbard", "Location", [], None),
    ("Directorate of Fisheries", "Organization", ["the directorate"], None),
    ("Ingrid Solheim", "Person", ["Solheim"], None),
    ("Russian Embassy in Oslo", "Organization", ["the embassy"], None),
    ("A Norwegian diplomat who has followed the issue for years", "Group", [], None),
    ("Longyearbyen", "Location", [], None),
    ("Lars Eide", "Person", [], None),
    ("Marit Eide", "Person", [], None),
    ("Tor Haugland", "Person", [], None),
    ("Norwegian Fishermen's Association", "Organization", ["the association"], None),
    ("Astrid Nygård", "Person", ["Nygård"], None),
    ("European Union", "Organization", [], "Q458"),
    ("Researchers at the Institute of Marine Research", "Group", [], None),
    ("Institute of Marine Research", "Organization", ["the institute"], None),
    ("Barents Sea", "Location", [], None),
    ("Jonas Vik", "Person", [], None),
    ("Fridtjof Nansen Institute", "Organization", [], None),
]
D = "Directorate of Fisheries"
E = "Russian Embassy in Oslo"
G = "A Norwegian diplomat who has followed the issue for years"
STATEMENTS = [
    ("indirect", D, "said on Monday", ["The Norwegian Coast Guard boarded 41 foreign trawlers in the fisheries protection zone around Svalbard last year, ten more than the year before"]),
    ("indirect", D, "the directorate said", ["Most of the vessels were Russian, and six of them were ordered into port for breaking catch rules"]),
    ("indirect", D, "It said", ["the number of inspections would rise again this year"]),
    ("partial", "Ingrid Solheim", "told NRK", ['Norway would keep enforcing its rules in the zone "exactly as it always has."']),
    ("indirect", "Ingrid Solheim", "She said", ["inspections were about fish stocks, not politics"]),
    ("direct", "Ingrid Solheim", "Solheim said", ["The cod does not care whose flag a trawler flies,"]),
    ("indirect", E, "accused", ["the coast guard of harassing Russian crews"]),
    ("indirect", E, "said", ["the zone had no basis in the Svalbard Treaty"]),
    ("indirect", "Russian Embassy in Oslo", "an embassy spokesman said", ["Russia does not recognise Norway's right to set rules in the zone"]),
    ("indirect", G, "said", ["the embassy's tone had hardened since the autumn"]),
    ("indirect", G, "He said", ["Oslo would not answer every statement"]),
    ("direct", G, "the diplomat said", ["We talk to Moscow through the fisheries commission, not through the newspapers,"]),
    ("indirect", "Lars Eide", "said", ["he rarely saw Russian boats near the coast"]),
    ("direct", "Lars Eide", "he said", ["Out there, everybody just wants to get home,"]),
    ("indirect", "Marit Eide", "She said", ["the town worried more about the closing of the last coal mine than about trawlers"]),
    ("partial", "Tor Haugland", "said", ['his crews had been "correct and professional" on every boarding']),
    ("indirect", "Tor Haugland", "The commander added", ["no Russian captain had resisted an inspection"]),
    ("indirect", "Norwegian Fishermen's Association", "has warned", ["quotas will be cut if foreign fleets keep overfishing"]),
    ("indirect", "Astrid Nygård", "said", ["Norway should share inspection data with the European Union"]),
    ("indirect", "Astrid Nygård", "Nygård said", ["the association would raise the matter with the ministry in March"]),
    ("indirect", "Researchers at the Institute of Marine Research", "have estimated", ["the cod stock in the Barents Sea has fallen by a fifth in five years"]),
    ("indirect", "Institute of Marine Research", "According to", ["the decline is driven by warmer water as much as by fishing"]),
    ("indirect", "Jonas Vik", "said", ["the dispute was old but the tone was new"]),
    ("direct", "Jonas Vik", "the analyst said", ["Svalbard used to be the quiet corner of the relationship,"]),
    ("indirect", "Norway", "Norwegian officials said", ["The boardings will continue"]),
]
AGREEMENTS = []
