ID = "inv31-ap-baltic-undersea-cable-damage-finland-estonia-2026-12-08"
TITLE = "Finland detains cargo ship after undersea power cable to Estonia is cut"
PUB = "2026-12-08"
TEXT = """HELSINKI (AP) - Finnish authorities on Monday detained a cargo ship suspected of dragging its anchor across the seabed and cutting an undersea power cable between Finland and Estonia, the country's National Bureau of Investigation said.

The ship, the Cook Islands-flagged Vela Aurora, was escorted into Finnish waters near Porkkala after the Estlink-3 cable lost power early on Sunday, the bureau said. Detective Superintendent Mikko Halonen, who leads the inquiry, said a trail of marks on the seabed ran for almost 90 kilometers. "The anchor was down for hours, not minutes," he told reporters.

The cable's operator, Kanta Grid, said electricity supplies in both countries had not been affected. A spokeswoman for the company said repairs could take until March because a repair vessel was not available before then.

Two officials familiar with the investigation said the vessel's owner was registered in Hong Kong and had bought the ship only in October. The officials, who were not authorized to speak publicly, said the crew of 24 included Russian and Indian sailors. One of them said investigators had found the anchor chain badly damaged.

A spokesperson for the Chinese Embassy in Helsinki said China had no information about the ship and urged Finland to handle the case "objectively and fairly."

Estonia's defense minister, Kristjan Tamm, said the cut was the third such incident in the Gulf of Finland in two years. "We are not going to call it an accident until someone proves it was one," Tamm said. He said Estonia would ask NATO to extend its Baltic Sentry patrols into the winter.

A NATO official, speaking on condition of anonymity to discuss operational matters, said two allied frigates had been sent to the area on Sunday. The official said the alliance was also watching several ships that had left Russian ports in recent days.

The Kremlin said any suggestion of Russian involvement was "absurd." A spokesman for Russia's Foreign Ministry said Finland was using the incident to justify a military buildup on the border.

A senior European diplomat in Brussels said governments were losing patience with ships that sail under flags of convenience. "Every time, the flag state is a small island and the owner is a mailbox," the diplomat said.

Researchers at the University of Turku have estimated that more than 40 cables and pipelines cross the Baltic seabed. According to the university, only a few of them are watched by sensors.

The last incident, in 2025, ended without charges because intent could not be proved. Prosecutor Leena Virtanen, who will handle the new case, said she would decide on charges within weeks."""
ENTITIES = [
    ("Helsinki", "Location", ["HELSINKI"], None),
    ("AP", "Organization", [], None),
    ("Finland", "State", [], "Q33"),
    ("Estonia", "State", [], "Q191"),
    ("Cook Islands", "State", [], "Q26988"),
    ("Porkkala", "Location", [], None),
    ("National Bureau of Investigation", "Organization", ["the bureau"], None),
    ("Mikko Halonen", "Person", [], None),
    ("Kanta Grid", "Organization", ["the company"], None),
    ("Two officials familiar with the investigation", "Group", ["The officials"], None),
    ("One of them", "Group", [], None),
    ("Hong Kong", "Location", [], None),
    ("Chinese Embassy in Helsinki", "Organization", [], None),
    ("China", "State", [], "Q148"),
    ("Kristjan Tamm", "Person", ["Tamm"], None),
    ("Gulf of Finland", "Location", [], None),
    ("NATO", "Organization", [], None),
    ("A NATO official", "Group", ["The official"], None),
    ("Russia", "State", ["Kremlin"], "Q159"),
    ("Foreign Ministry", "Organization", [], None),
    ("A senior European diplomat in Brussels", "Group", ["the diplomat"], None),
    ("Brussels", "Location", [], None),
    ("University of Turku", "Organization", ["the university"], None),
    ("Researchers at the University of Turku", "Group", [], None),
    ("Leena Virtanen", "Person", [], None),
]
O = "Two officials familiar with the investigation"
N = "A NATO official"
STATEMENTS = [
    ("indirect", "National Bureau of Investigation", "the country's National Bureau of Investigation said", ["Finnish authorities on Monday detained a cargo ship suspected of dragging its anchor across the seabed and cutting an undersea power cable between Finland and Estonia"]),
    ("indirect", "National Bureau of Investigation", "the bureau said", ["The ship, the Cook Islands-flagged Vela Aurora, was escorted into Finnish waters near Porkkala after the Estlink-3 cable lost power early on Sunday"]),
    ("indirect", "Mikko Halonen", "said", ["a trail of marks on the seabed ran for almost 90 kilometers"]),
    ("direct", "Mikko Halonen", "he told reporters", ["The anchor was down for hours, not minutes,"]),
    ("indirect", "Kanta Grid", "said", ["electricity supplies in both countries had not been affected"]),
    ("indirect", "Kanta Grid", "A spokeswoman for the company said", ["repairs could take until March because a repair vessel was not available before then"]),
    ("indirect", O, "Two officials familiar with the investigation said", ["the vessel's owner was registered in Hong Kong and had bought the ship only in October"]),
    ("indirect", O, "said", ["the crew of 24 included Russian and Indian sailors"]),
    ("indirect", "One of them", "One of them said", ["investigators had found the anchor chain badly damaged"]),
    ("partial", "Chinese Embassy in Helsinki", "said", ['China had no information about the ship and urged Finland to handle the case "objectively and fairly."']),
    ("indirect", "Kristjan Tamm", "said", ["the cut was the third such incident in the Gulf of Finland in two years"]),
    ("direct", "Kristjan Tamm", "Tamm said", ["We are not going to call it an accident until someone proves it was one,"]),
    ("indirect", "Kristjan Tamm", "He said", ["Estonia would ask NATO to extend its Baltic Sentry patrols into the winter"]),
    ("indirect", N, "said", ["two allied frigates had been sent to the area on Sunday"]),
    ("indirect", N, "The official said", ["the alliance was also watching several ships that had left Russian ports in recent days"]),
    ("partial", "Russia", "The Kremlin said", ['any suggestion of Russian involvement was "absurd."']),
    ("indirect", "Foreign Ministry", "A spokesman for Russia's Foreign Ministry said", ["Finland was using the incident to justify a military buildup on the border"]),
    ("indirect", "A senior European diplomat in Brussels", "said", ["governments were losing patience with ships that sail under flags of convenience"]),
    ("direct", "A senior European diplomat in Brussels", "the diplomat said", ["Every time, the flag state is a small island and the owner is a mailbox,"]),
    ("indirect", "Researchers at the University of Turku", "have estimated", ["more than 40 cables and pipelines cross the Baltic seabed"]),
    ("indirect", "University of Turku", "According to the university", ["only a few of them are watched by sensors"]),
    ("indirect", "Leena Virtanen", "said", ["she would decide on charges within weeks"]),
]
AGREEMENTS = []
