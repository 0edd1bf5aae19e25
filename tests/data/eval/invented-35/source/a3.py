ID = "inv35-nation-kenya-uganda-migingo-fishermen-joint-patrols-2026-08-19"
TITLE = "Migingo fishermen cry foul as Kenya, Uganda delay joint patrol pact"
PUB = "2026-08-19"
TEXT = """By OTIENO WAFULA

Fishermen on Migingo Island have accused Ugandan marine police of seizing their nets and demanding bribes, even as Nairobi and Kampala missed another deadline to sign a joint patrol agreement on Lake Victoria.

The agreement, which was to be signed in Kisumu last Friday, would set up shared patrols and a single permit for fishermen working the waters around the tiny rock island. Both governments have claimed it since 2008.

Speaking to the Nation on the island yesterday, the chairman of the Migingo Beach Management Unit, Joseph Ochieng, said at least 40 boats had been detained since June. "They come at night, they take the engine, and they tell you to collect it in Uganda. Who will pay the fare to go and beg for your own property?" he said.

Mr Ochieng said fishermen had been asked to pay up to Sh20,000 to recover a boat.

Migori County Commissioner Ruth Chepkemoi said the government was aware of the complaints and had raised them with Ugandan authorities. "Our people must be able to fish without fear while the talks go on," she said.

A senior officer at the Uganda Police Force marine unit denied the claims, saying the boats had been seized for using illegal nets. "We enforce the fisheries law. We do not ask for money," the officer said by phone from Jinja.

The Ministry of Foreign and Diaspora Affairs said the signing had been postponed "for technical reasons" and would take place before the end of September. A ministry official, who asked not to be named, said the two sides still disagreed on who would command the joint patrols.

Uganda's State Minister for Fisheries, Moses Kiggundu, told journalists in Entebbe that his country remained committed to the pact. He said the delay was caused by "last-minute changes" proposed by the Kenyan side.

Kenyan and Ugandan surveyors concluded in 2009 that the island lies about 500 metres inside Kenya, but a joint commission set up to mark the border on the water never finished its work. The two countries signed a memorandum in 2016 to manage the island jointly, but it has never been applied.

Fishermen from Sori and Muhuru Bay say the uncertainty has kept them away from the island's richer waters.

"I used to bring back 200 kilos of Nile perch. Now I bring back fear," said Beatrice Akinyi, a fish trader who buys from boats at the island's single landing beach.

Homa Bay Town MP Peter Kaluma accused the government of "sleeping on the job" and said he would table a question in Parliament.

Researchers at the Kenya Marine and Fisheries Research Institute have said Nile perch stocks in the Kenyan part of the lake fell by a third in the past decade.

Once the pact is signed, police from both countries will patrol together for six months before a review, according to a draft seen by the Nation."""
ENTITIES = [
    ("Migingo Island", "Location", ["Migingo"], None),
    ("Otieno Wafula", "Person", ["OTIENO WAFULA"], None),
    ("Kenya", "State", ["Nairobi", "the Kenyan side"], "Q114"),
    ("Uganda", "State", ["Kampala"], "Q1036"),
    ("Lake Victoria", "Location", [], None),
    ("Kisumu", "Location", [], None),
    ("Nation", "Organization", [], None),
    ("Migingo Beach Management Unit", "Organization", [], None),
    ("Joseph Ochieng", "Person", ["Mr Ochieng"], None),
    ("Ruth Chepkemoi", "Person", [], None),
    ("A senior officer at the Uganda Police Force marine unit", "Group", ["the officer"], None),
    ("Uganda Police Force", "Organization", [], None),
    ("Jinja", "Location", [], None),
    ("Ministry of Foreign and Diaspora Affairs", "Organization", [], None),
    ("A ministry official", "Group", [], None),
    ("Moses Kiggundu", "Person", [], None),
    ("Sori", "Location", [], None),
    ("Muhuru Bay", "Location", [], None),
    ("Fishermen from Sori and Muhuru Bay", "Group", [], None),
    ("Beatrice Akinyi", "Person", [], None),
    ("Homa Bay Town", "Location", [], None),
    ("Peter Kaluma", "Person", [], None),
    ("Parliament", "Organization", [], None),
    ("Kenya Marine and Fisheries Research Institute", "Organization", [], None),
    ("Researchers at the Kenya Marine and Fisheries Research Institute", "Group", [], None),
    ("Fishermen on Migingo Island", "Group", [], None),
    ("Migori County", "Location", [], None),
    ("Entebbe", "Location", [], None),
]
F = "Fishermen on Migingo Island"
J = "Joseph Ochieng"
R = "Ruth Chepkemoi"
U = "A senior officer at the Uganda Police Force marine unit"
STATEMENTS = [
    ("indirect", F, "accused", ["Ugandan marine police of seizing their nets and demanding bribes"]),
    ("indirect", J, "said", ["at least 40 boats had been detained since June"]),
    ("direct", J, "he said", ["They come at night, they take the engine, and they tell you to collect it in Uganda. Who will pay the fare to go and beg for your own property?"]),
    ("indirect", J, "Mr Ochieng said", ["fishermen had been asked to pay up to Sh20,000 to recover a boat"]),
    ("indirect", R, "said", ["the government was aware of the complaints and had raised them with Ugandan authorities"]),
    ("direct", R, "she said", ["Our people must be able to fish without fear while the talks go on,"]),
    ("indirect", U, "saying", ["the boats had been seized for using illegal nets"]),
    ("direct", U, "the officer said", ["We enforce the fisheries law. We do not ask for money,"]),
    ("partial", "Ministry of Foreign and Diaspora Affairs", "said", ['the signing had been postponed "for technical reasons" and would take place before the end of September']),
    ("indirect", "A ministry official", "said", ["the two sides still disagreed on who would command the joint patrols"]),
    ("indirect", "Moses Kiggundu", "told journalists", ["his country remained committed to the pact"]),
    ("partial", "Moses Kiggundu", "He said", ['the delay was caused by "last-minute changes" proposed by the Kenyan side']),
    ("indirect", "Fishermen from Sori and Muhuru Bay", "say", ["the uncertainty has kept them away from the island's richer waters"]),
    ("direct", "Beatrice Akinyi", "said", ["I used to bring back 200 kilos of Nile perch. Now I bring back fear,"]),
    ("partial", "Peter Kaluma", "accused", ['the government of "sleeping on the job"']),
    ("indirect", "Peter Kaluma", "said", ["he would table a question in Parliament"]),
    ("indirect", "Researchers at the Kenya Marine and Fisheries Research Institute", "have said", ["Nile perch stocks in the Kenyan part of the lake fell by a third in the past decade"]),
]
AGREEMENTS = [
    ("agreement", "a joint patrol agreement", ["Kenya", "Uganda"], "negotiating", None, "Kisumu"),
    ("memorandum", "a memorandum in 2016 to manage the island jointly", ["Kenya", "Uganda"], "signed", "2016", None),
]
