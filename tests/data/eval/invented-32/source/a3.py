ID = "inv32-afp-mauritania-mali-herders-killed-border-envoy-2026-02-10"
TITLE = "Mauritania summons Mali envoy after herders killed near border"
PUB = "2026-02-10"
TEXT = """Nouakchott (AFP) - Mauritania on Monday summoned Mali's ambassador after at least seven Mauritanian herders were killed near the border between the two countries, the Mauritanian foreign ministry said.

The bodies were found on Saturday near Adel Bagrou, in the Hodh Ech Chargui region, after the herders had taken their camels to water on the Malian side, according to a local official.

"They were shot and their animals were taken," the official told AFP by telephone, asking not to be named.

The ministry said it had asked Bamako for "a full and transparent investigation" and that Mauritania reserved the right to protect its citizens "by all means".

The Association of Livestock Breeders of Hodh Ech Chargui accused Malian soldiers and Russian paramilitaries of carrying out the killings. Its president, Sidi Ould Bilal, said survivors had seen men in uniform arrive in pick-up trucks at dawn.

"These were not bandits. Bandits do not come with an army's vehicles," he told AFP.

The Malian army, known by its French acronym FAMa, denied any involvement. In a statement read on state television ORTM, it said its units had been "nowhere near" the area and that "terrorist groups" were trying to turn the two peoples against each other.

Mali's junta has relied on Russian fighters of the Africa Corps since the departure of the Wagner group in 2025. Rights groups have accused them of abuses against civilians in central and northern Mali, which Bamako denies.

In 2022, after a similar killing, the two countries signed a security agreement that set up joint border patrols and a hotline between regional governors. The agreement is still in force, but a Mauritanian security source said the joint patrols had stopped at the end of 2024.

Nouakchott also said it would put forward a protocol on seasonal grazing corridors at the next meeting of the joint border commission, due in March.

The Mbera camp near Bassikounou, some 60 kilometres from the border, already shelters more than 100,000 Malian refugees, and aid workers say new families arrive every week.

Aminata Kane, a researcher at the Sahel Security Observatory in Dakar, said the killings put Nouakchott in a difficult position. "Mauritania has tried to stay neutral in Mali's war. That is getting harder every month," she said.

Kane said many herders had no choice but to cross into Mali in the dry season, when wells on the Mauritanian side run low.

In Adel Bagrou, relatives of the dead gathered on Sunday outside the prefecture. Mohamed Lemine Ould Sidi, whose two sons were among the victims, said the family had buried them without knowing who had fired.

"I want the name of the man who did this," he said. "Not an apology from a government."

Mali's transitional government has not commented directly on the summons."""
ENTITIES = [
    ("Mauritania", "State", ["Nouakchott"], "Q1025"),
    ("Mali", "State", ["Bamako", "Mali's junta", "Mali's transitional government"], "Q912"),
    ("Mauritanian foreign ministry", "Organization", ["The ministry"], None),
    ("Adel Bagrou", "Location", [], None),
    ("Hodh Ech Chargui", "Location", [], None),
    ("a local official", "Group", ["the official"], None),
    ("AFP", "Organization", [], None),
    ("Association of Livestock Breeders of Hodh Ech Chargui", "Organization", [], None),
    ("Sidi Ould Bilal", "Person", [], None),
    ("Malian army", "Organization", ["FAMa"], None),
    ("ORTM", "Organization", [], None),
    ("Africa Corps", "ArmedGroup", [], None),
    ("Wagner group", "ArmedGroup", [], None),
    ("Rights groups", "Group", [], None),
    ("a Mauritanian security source", "Group", [], None),
    ("Mbera", "Location", [], None),
    ("Bassikounou", "Location", [], None),
    ("aid workers", "Group", [], None),
    ("Aminata Kane", "Person", ["Kane"], None),
    ("Sahel Security Observatory", "Organization", [], None),
    ("Dakar", "Location", [], None),
    ("Mohamed Lemine Ould Sidi", "Person", [], None),
]
FM = "Mauritanian foreign ministry"
LO = "a local official"
STATEMENTS = [
    ("indirect", FM, "said", ["Mauritania on Monday summoned Mali's ambassador after at least seven Mauritanian herders were killed near the border between the two countries"]),
    ("indirect", LO, "according to", ["The bodies were found on Saturday near Adel Bagrou, in the Hodh Ech Chargui region, after the herders had taken their camels to water on the Malian side"]),
    ("direct", LO, "told AFP", ["They were shot and their animals were taken,"]),
    ("partial", FM, "said", ['it had asked Bamako for "a full and transparent investigation"']),
    ("partial", FM, "said", ['Mauritania reserved the right to protect its citizens "by all means"']),
    ("indirect", "Association of Livestock Breeders of Hodh Ech Chargui", "accused", ["Malian soldiers and Russian paramilitaries of carrying out the killings"]),
    ("indirect", "Sidi Ould Bilal", "said", ["survivors had seen men in uniform arrive in pick-up trucks at dawn"]),
    ("direct", "Sidi Ould Bilal", "he told AFP", ["These were not bandits. Bandits do not come with an army's vehicles,"]),
    ("partial", "Malian army", "it said", ['its units had been "nowhere near" the area']),
    ("partial", "Malian army", "it said", ['"terrorist groups" were trying to turn the two peoples against each other']),
    ("indirect", "Rights groups", "have accused", ["them of abuses against civilians in central and northern Mali"]),
    ("indirect", "a Mauritanian security source", "said", ["the joint patrols had stopped at the end of 2024"]),
    ("indirect", "Mauritania", "also said", ["it would put forward a protocol on seasonal grazing corridors at the next meeting of the joint border commission, due in March"]),
    ("indirect", "aid workers", "say", ["new families arrive every week"]),
    ("indirect", "Aminata Kane", "said", ["the killings put Nouakchott in a difficult position"]),
    ("direct", "Aminata Kane", "she said", ["Mauritania has tried to stay neutral in Mali's war. That is getting harder every month,"]),
    ("indirect", "Aminata Kane", "Kane said", ["many herders had no choice but to cross into Mali in the dry season, when wells on the Mauritanian side run low"]),
    ("indirect", "Mohamed Lemine Ould Sidi", "said", ["the family had buried them without knowing who had fired"]),
    ("direct", "Mohamed Lemine Ould Sidi", "he said", ["I want the name of the man who did this,", "Not an apology from a government."]),
]
AGREEMENTS = [
    ("agreement", "a security agreement", ["Mauritania", "Mali"], "in-force", "2022", None),
    ("protocol", "a protocol on seasonal grazing corridors", ["Mauritania"], "proposed", None, None),
]
