ID = "inv56-awoko-sierra-leone-guinea-yenga-withdrawal-protocol-2026-10-12"
TITLE = "Sierra Leone, Guinea sign Yenga protocol; Kissi Teng chiefs want soldiers out before farming season"
PUB = "2026-10-12"
TEXT = """By Fatmata Sesay-Kanu

The Governments of Sierra Leone and Guinea on Friday signed a protocol in Guéckédou under which both countries will pull their troops out of Yenga, the disputed village at the meeting point of the Moa and Makona rivers in Kailahun District, and hand the area to a joint civilian administration within six months.

The document was signed for Sierra Leone by the Minister of Foreign Affairs and International Cooperation, Hon. Christiana Fornah-Bangura, and for Guinea by its Minister of Foreign Affairs, Ibrahima Sory Condé, in the presence of officials of the Mano River Union (MRU) and the Economic Community of West African States (ECOWAS).

Speaking to journalists at the Koindu border crossing on her way back to Freetown, Hon. Fornah-Bangura said: "Yenga is Sierra Leonean land and today Guinea has put its signature to that. What is left is for the soldiers to go home."

Minister Condé told the ceremony that Conakry had "never claimed one inch of Sierra Leonean soil" and that its troops had stayed only to keep the border safe.

Guinean soldiers first entered Yenga in 1998 to help push back fighters of the Revolutionary United Front (RUF) during Sierra Leone's civil war, and stayed after the RUF was disarmed in 2002. Repeated promises to leave since then have not been kept.

A spokesman for Guinea's army, Colonel Mamadi Kaba Keïta, said the first company would withdraw "as soon as the rains end."

A senior officer of the Republic of Sierra Leone Armed Forces (RSLAF), who spoke on condition of anonymity, said the RSLAF would not move troops into the village but would man checkpoints on the road from Koindu.

The Paramount Chief of Kissi Teng Chiefdom, P.C. Sahr Tamba Ngevao III, welcomed the protocol. "My people have been farming as strangers on their own land for twenty-eight years," he told Awoko by telephone. "If the soldiers are gone before we clear the swamps in March, we will believe it."

Traders in Koindu said the weekly market, one of the largest in the Mano River basin, had lost customers since Guinean troops put up a barrier on the Yenga bridge last year.

"I used to sell forty bags of rice on a Sunday. Now I sell ten, because the soldiers ask for money at the bridge," said Mamie Finda Kamara, who has sold rice at the market since the end of the war.

The MRU Secretariat said in a statement that its observers would visit Yenga every month and report to both heads of state.

Opposition MP for Kailahun, Hon. Alusine Jalloh-Kpaka, accused the government of signing "a paper that gives Guinea six more months for free." He said Parliament had not been shown the text.

The Ministry of Foreign Affairs and International Cooperation said the protocol would be laid before Parliament when the House returns from recess.

A joint technical committee is due to meet in Kailahun town in November to mark the boundary line."""
ENTITIES = [
    ("Fatmata Sesay-Kanu", "Person", [], None),
    ("Sierra Leone", "State", [], "Q1044"),
    ("Guinea", "State", ["Conakry"], "Q1006"),
    ("Guéckédou", "Location", [], None),
    ("Yenga", "Location", [], None),
    ("Moa", "Location", [], None),
    ("Makona", "Location", [], None),
    ("Kailahun District", "Location", [], None),
    ("Ministry of Foreign Affairs and International Cooperation", "Organization", [], None),
    ("Christiana Fornah-Bangura", "Person", ["Fornah-Bangura"], None),
    ("Ibrahima Sory Condé", "Person", ["Condé"], None),
    ("Mano River Union", "Organization", ["MRU"], None),
    ("Economic Community of West African States", "Organization", ["ECOWAS"], "Q161549"),
    ("Koindu", "Location", [], None),
    ("Freetown", "Location", [], "Q3780"),
    ("Revolutionary United Front", "ArmedGroup", ["RUF"], None),
    ("Guinea's army", "Organization", [], None),
    ("Mamadi Kaba Keïta", "Person", [], None),
    ("Republic of Sierra Leone Armed Forces", "Organization", ["RSLAF"], None),
    ("A senior officer of the Republic of Sierra Leone Armed Forces", "Group", [], None),
    ("Kissi Teng Chiefdom", "Location", [], None),
    ("Sahr Tamba Ngevao III", "Person", [], None),
    ("Awoko", "Organization", [], None),
    ("Traders in Koindu", "Group", [], None),
    ("Mano River", "Location", [], None),
    ("Mamie Finda Kamara", "Person", [], None),
    ("Alusine Jalloh-Kpaka", "Person", [], None),
    ("Kailahun", "Location", [], None),
    ("Parliament", "Organization", ["House"], None),
]
SO = "A senior officer of the Republic of Sierra Leone Armed Forces"
STATEMENTS = [
    ("direct", "Christiana Fornah-Bangura", "said", ["Yenga is Sierra Leonean land and today Guinea has put its signature to that. What is left is for the soldiers to go home."]),
    ("partial", "Ibrahima Sory Condé", "told the ceremony", ['Conakry had "never claimed one inch of Sierra Leonean soil"']),
    ("indirect", "Ibrahima Sory Condé", "told the ceremony", ["its troops had stayed only to keep the border safe"]),
    ("partial", "Mamadi Kaba Keïta", "said", ['the first company would withdraw "as soon as the rains end."']),
    ("indirect", SO, "said", ["the RSLAF would not move troops into the village but would man checkpoints on the road from Koindu"]),
    ("direct", "Sahr Tamba Ngevao III", "he told Awoko", ["My people have been farming as strangers on their own land for twenty-eight years,", "If the soldiers are gone before we clear the swamps in March, we will believe it."]),
    ("indirect", "Traders in Koindu", "said", ["the weekly market, one of the largest in the Mano River basin, had lost customers since Guinean troops put up a barrier on the Yenga bridge last year"]),
    ("direct", "Mamie Finda Kamara", "said", ["I used to sell forty bags of rice on a Sunday. Now I sell ten, because the soldiers ask for money at the bridge,"]),
    ("indirect", "Mano River Union", "said in a statement", ["its observers would visit Yenga every month and report to both heads of state"]),
    ("partial", "Alusine Jalloh-Kpaka", "accused", ['the government of signing "a paper that gives Guinea six more months for free."']),
    ("indirect", "Alusine Jalloh-Kpaka", "He said", ["Parliament had not been shown the text"]),
    ("indirect", "Ministry of Foreign Affairs and International Cooperation", "said", ["the protocol would be laid before Parliament when the House returns from recess"]),
]
AGREEMENTS = [
    ("protocol", "a protocol", ["Sierra Leone", "Guinea"], "signed", "2026-10-09", "Guéckédou"),
]
