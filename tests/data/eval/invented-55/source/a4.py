ID = "inv55-afp-comoros-france-mayotte-returns-protocol-moroni-2026-11-19"
TITLE = "Comoros, France sign protocol on Mayotte returns and joint sea patrols"
PUB = "2026-11-19"
TEXT = """Moroni (AFP) - The Comoros and France on Wednesday signed a protocol under which the archipelago will take back its citizens expelled from the French island of Mayotte in exchange for more aid and joint patrols against smuggling boats, Comorian officials said.

The text, signed in Moroni after three months of talks, sets a ceiling of 80 returns a day through the port of Mutsamudu on Anjouan and commits France to paying 45 million euros over three years for clinics, schools and the coast guard on the island.

"We have not given up a single word of our position on Mayotte," Comorian Foreign Minister Dhoihir Mohamed Soilihi said at the signing ceremony. "We have signed a text that protects our citizens at sea."

France's interior ministry said in a statement that the protocol would "put an end to the deadly crossings" between Anjouan and Mayotte, about 70 kilometres apart, and that joint patrols would start in January.

Hundreds of people die each year trying to reach Mayotte in kwassa-kwassa, the narrow fibreglass boats used by smugglers, according to aid groups.

French Minister for Overseas Territories Claire Vautrin, who signed for Paris, told AFP the protocol was "a partnership, not a favour". She said France would also fund a fish market in Mutsamudu.

The Comoros has never recognised French rule over Mayotte, which voted to stay French when the rest of the archipelago became independent in 1975. Successive Comorian governments have proposed a joint commission on the island's status, an idea Paris has always refused.

In Mamoudzou, the main town of Mayotte, the Citizens' Collective of Mayotte said the aid amounted to "paying the Comoros to do its job" and accused Paris of bargaining with a country that claims the island.

Its spokeswoman, Safina Ahmed, said the collective would keep blocking the entrance to the Mamoudzou migrant centre until the first boats were turned back.

In the Comoros, the opposition Juwa party accused the government of trading the dignity of Comorians for "a few million euros".

A French diplomat in Moroni said the ceiling of 80 returns a day had been the last point agreed, late on Tuesday. "The Comorians wanted 50, we wanted 120," the diplomat said.

The French rights group La Cimade warned that the protocol said nothing about children born in Mayotte to Comorian parents and urged both governments to publish the full text.

The protocol sits under a partnership framework the two countries signed in 2019, which remains in force.

At the port of Mutsamudu, boat owner Ali Combo said business had already slowed since the patrols were announced.

"Before, I took passengers to Mohéli and to Mayotte. Now I will only go to Mohéli," he said."""
ENTITIES = [
    ("Moroni", "Location", [], None),
    ("AFP", "Organization", [], None),
    ("Comoros", "State", ["The Comoros", "Comorians"], "Q970"),
    ("France", "State", ["Paris"], "Q142"),
    ("Mayotte", "Location", [], None),
    ("Mutsamudu", "Location", [], None),
    ("Anjouan", "Location", [], None),
    ("Dhoihir Mohamed Soilihi", "Person", [], None),
    ("France's interior ministry", "Organization", [], None),
    ("aid groups", "Group", [], None),
    ("Claire Vautrin", "Person", [], None),
    ("Mamoudzou", "Location", [], None),
    ("Citizens' Collective of Mayotte", "Organization", ["the collective"], None),
    ("Safina Ahmed", "Person", [], None),
    ("Juwa party", "Organization", [], None),
    ("A French diplomat in Moroni", "Group", ["the diplomat"], None),
    ("La Cimade", "Organization", [], None),
    ("Ali Combo", "Person", [], None),
    ("Moh\u00e9li", "Location", [], None),
]
FD = "A French diplomat in Moroni"
STATEMENTS = [
    ("indirect", "Comoros", "Comorian officials said", ["The Comoros and France on Wednesday signed a protocol under which the archipelago will take back its citizens expelled from the French island of Mayotte in exchange for more aid and joint patrols against smuggling boats"]),
    ("direct", "Dhoihir Mohamed Soilihi", "said at the signing ceremony", ["We have not given up a single word of our position on Mayotte,", "We have signed a text that protects our citizens at sea."]),
    ("partial", "France's interior ministry", "said in a statement", ['the protocol would "put an end to the deadly crossings" between Anjouan and Mayotte, about 70 kilometres apart']),
    ("indirect", "France's interior ministry", "said in a statement", ["joint patrols would start in January"]),
    ("indirect", "aid groups", "according to", ["Hundreds of people die each year trying to reach Mayotte in kwassa-kwassa, the narrow fibreglass boats used by smugglers"]),
    ("partial", "Claire Vautrin", "told AFP", ['the protocol was "a partnership, not a favour"']),
    ("indirect", "Claire Vautrin", "She said", ["France would also fund a fish market in Mutsamudu"]),
    ("partial", "Citizens' Collective of Mayotte", "said", ['the aid amounted to "paying the Comoros to do its job"']),
    ("indirect", "Citizens' Collective of Mayotte", "accused", ["Paris of bargaining with a country that claims the island"]),
    ("indirect", "Safina Ahmed", "said", ["the collective would keep blocking the entrance to the Mamoudzou migrant centre until the first boats were turned back"]),
    ("partial", "Juwa party", "accused", ['the government of trading the dignity of Comorians for "a few million euros"']),
    ("indirect", FD, "said", ["the ceiling of 80 returns a day had been the last point agreed, late on Tuesday"]),
    ("direct", FD, "the diplomat said", ["The Comorians wanted 50, we wanted 120,"]),
    ("indirect", "La Cimade", "warned", ["the protocol said nothing about children born in Mayotte to Comorian parents"]),
    ("indirect", "La Cimade", "urged", ["both governments to publish the full text"]),
    ("indirect", "Ali Combo", "said", ["business had already slowed since the patrols were announced"]),
    ("direct", "Ali Combo", "he said", ["Before, I took passengers to Moh\u00e9li and to Mayotte. Now I will only go to Moh\u00e9li,"]),
]
AGREEMENTS = [
    ("protocol", "a protocol", ["Comoros", "France"], "signed", "2026-11-18", "Moroni"),
    ("framework", "a partnership framework", ["Comoros", "France"], "in-force", "2019", None),
    ("proposal", "a joint commission on the island's status", ["Comoros"], "proposed", None, None),
]
