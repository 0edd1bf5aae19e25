ID = "inv34-dailysabah-turkiye-romania-bulgaria-black-sea-mine-pact-2026-12-02"
TITLE = "Türkiye, Romania, Bulgaria extend Black Sea mine-clearing pact; Kyiv pitches convoy plan"
PUB = "2026-12-02"
TEXT = """ISTANBUL - Türkiye, Romania and Bulgaria agreed on Tuesday to keep their joint minesweeping group at sea for another year, the Turkish Ministry of National Defence said, in the third extension of the pact since the three navies began clearing drifting mines in 2024.

The ministry said the group of six minehunters would rotate its command every four months and would now also patrol the approaches to the Bosphorus. The extended pact takes effect on January 1.

Romanian Defence Minister Andrei Popescu said the Black Sea was safer than a year ago but that fishermen still found mines in their nets. "One mine is enough to close a port for a week," he told Daily Sabah.

Ukraine's infrastructure minister, Oleh Kravets, proposed on Monday a convoy plan under which cargo ships leaving Odesa would sail in groups escorted by the minehunters as far as the Turkish strait. Ankara has not responded to the plan, and Sofia said it would need approval from the Bulgarian parliament.

Bulgarian Defence Minister Nikolai Stoyanov said his navy would keep its two ships in the group. He said the convoy idea was "interesting but premature" while fighting continued along the coast.

Shipowners have been waiting for a safer route since a private corridor arrangement between the Ukrainian Sea Ports Authority and a group of Greek shipowners fell apart in August. That arrangement, signed in Athens in April 2025, broke down when insurers raised war-risk premiums after two vessels were damaged near Izmail. Captain Yannis Markou, who speaks for the Greek shipowners, said his members would return only with naval escorts.

The Turkish ministry said on Tuesday that the pact remained open to other Black Sea states but that it would not include warships of countries from outside the region.

Analyst Deniz Aydın of the Istanbul Policy Center said the pact had become one of the few arrangements on the Black Sea that worked. She said Kravets' convoy plan would test whether the three navies wanted a wider role.

In the port of Constanța, fishermen said catches had improved since the minehunters began working. Mihai Stan, who runs a trawler, said he had pulled a mine from his net in 2024 and still checked the water every morning. "You never stop looking," he said."""
ENTITIES = [
    ("Istanbul", "Location", ["ISTANBUL"], None),
    ("Türkiye", "State", [], "Q43"),
    ("Romania", "State", [], "Q218"),
    ("Bulgaria", "State", [], "Q219"),
    ("Turkish Ministry of National Defence", "Organization", ["The ministry", "The Turkish ministry"], None),
    ("Bosphorus", "Location", [], None),
    ("Andrei Popescu", "Person", [], None),
    ("Black Sea", "Location", [], None),
    ("Daily Sabah", "Organization", [], None),
    ("Ukraine", "State", [], "Q212"),
    ("Oleh Kravets", "Person", ["Kravets"], None),
    ("Odesa", "Location", [], None),
    ("Ankara", "Location", [], None),
    ("Sofia", "Location", [], None),
    ("Nikolai Stoyanov", "Person", [], None),
    ("Ukrainian Sea Ports Authority", "Organization", [], None),
    ("a group of Greek shipowners", "Group", [], None),
    ("Athens", "Location", [], None),
    ("Izmail", "Location", [], None),
    ("Yannis Markou", "Person", [], None),
    ("Deniz Aydın", "Person", [], None),
    ("Istanbul Policy Center", "Organization", [], None),
    ("Constanța", "Location", [], None),
    ("Mihai Stan", "Person", [], None),
]
M = "Turkish Ministry of National Defence"
STATEMENTS = [
    ("indirect", M, "the Turkish Ministry of National Defence said", ["Türkiye, Romania and Bulgaria agreed on Tuesday to keep their joint minesweeping group at sea for another year", "in the third extension of the pact since the three navies began clearing drifting mines in 2024"]),
    ("indirect", M, "The ministry said", ["the group of six minehunters would rotate its command every four months and would now also patrol the approaches to the Bosphorus"]),
    ("indirect", "Andrei Popescu", "said", ["the Black Sea was safer than a year ago but that fishermen still found mines in their nets"]),
    ("direct", "Andrei Popescu", "he told Daily Sabah", ["One mine is enough to close a port for a week,"]),
    ("indirect", "Bulgaria", "said", ["it would need approval from the Bulgarian parliament"]),
    ("indirect", "Nikolai Stoyanov", "said", ["his navy would keep its two ships in the group"]),
    ("partial", "Nikolai Stoyanov", "He said", ["the convoy idea was \"interesting but premature\" while fighting continued along the coast"]),
    ("indirect", "Yannis Markou", "said", ["his members would return only with naval escorts"]),
    ("indirect", M, "The Turkish ministry said on Tuesday", ["the pact remained open to other Black Sea states but that it would not include warships of countries from outside the region"]),
    ("indirect", "Deniz Aydın", "said", ["the pact had become one of the few arrangements on the Black Sea that worked"]),
    ("indirect", "Deniz Aydın", "She said", ["Kravets' convoy plan would test whether the three navies wanted a wider role"]),
    ("indirect", "Mihai Stan", "said", ["he had pulled a mine from his net in 2024 and still checked the water every morning"]),
    ("direct", "Mihai Stan", "he said", ["You never stop looking,"]),
]
AGREEMENTS = [
    ("agreement", "the pact", ["Türkiye", "Romania", "Bulgaria"], "in-force", "2026-12-01", None),
    ("plan", "a convoy plan", ["Ukraine"], "proposed", "2026-11-30", None),
    ("other", "a private corridor arrangement", ["Ukrainian Sea Ports Authority", "a group of Greek shipowners"], "collapsed", "2025-04", "Athens"),
]
