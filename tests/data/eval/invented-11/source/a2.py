ID = "inv11-kyivpost-prisoner-exchange-uae-mediation-2026-05-19"
TITLE = "Ukraine brings home 146 defenders in UAE-brokered exchange"
PUB = "2026-05-19"
TEXT = """Ukraine and Russia exchanged 146 prisoners each on Monday in a swap brokered by the United Arab Emirates, the Coordination Headquarters for the Treatment of Prisoners of War said, the third such exchange this year.

The headquarters said in a statement that the returning Ukrainians included 19 soldiers who had been held since the first months of the war and eight civilians from the Kharkiv region. "Every name on the list was fought for," the statement said.

The exchange took place on the Belarusian border. Buses carrying the freed men arrived in the Chernihiv region in the afternoon, where relatives waited with flags and photographs.

Ukrainian Ombudsman Taras Voloshyn, who took part in the talks, said the Russian side had delayed the swap twice over the list of names. "They wanted to choose who comes home. We did not allow that," Voloshyn told the Kyiv Post.

He said Ukraine would press for the release of all civilians, whom he called "hostages, not prisoners." Voloshyn added that the next exchange was already being prepared.

Russia's Defence Ministry said 146 Russian servicemen had been returned and would receive medical care in Moscow. It thanked the Emirati mediators for their "humanitarian efforts."

The UAE Foreign Ministry said its mediation had now led to 13 exchanges between the two countries. In a statement, it said the country would "continue to support every initiative" to ease the human cost of the war.

For the families, the day brought joy and grief. Olena Marchuk, whose son Dmytro was captured near Mariupol, learned on Sunday that he was on the list. "I did not sleep. I kept reading his name again and again," she said.

Her husband, Serhiy, was more careful. He said the family would not believe it "until I hold him with my own hands." The couple travelled overnight to the border.

Others went home empty-handed. A woman from Zaporizhzhia, who asked not to be named, said her brother had been missing for two years. "Nobody can tell me if he is alive," the woman said.

Military analysts say the exchanges have become a rare channel between Kyiv and Moscow. Kateryna Bondar, a researcher at the Kyiv-based Centre for Security Dialogue, said the swaps showed that "quiet diplomacy still works where loud diplomacy has failed." She said the Emirati role was important because both sides trusted Abu Dhabi to keep the lists secret.

"The Emiratis do not make speeches. They make phone calls," the researcher said. "That is why both capitals use them."

A Ukrainian official involved in the talks said the number of Ukrainians held by Russia was still "in the thousands." The official said Kyiv had given the mediators a list of more than 800 civilians.

President Volodymyr Zelensky thanked the UAE in his evening address. "We bring our people home. Every one of them," Zelensky said. He said the state would not forget those still in captivity.

The Coordination Headquarters said the freed men would undergo medical checks and meet psychologists before they went home."""
ENTITIES = [
    ("Ukraine", "State", ["Kyiv"], "Q212"),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("United Arab Emirates", "State", ["UAE", "Abu Dhabi"], "Q878"),
    ("Coordination Headquarters for the Treatment of Prisoners of War", "Organization", ["Coordination Headquarters"], None),
    ("Kharkiv", "Location", [], None),
    ("Chernihiv", "Location", [], None),
    ("Taras Voloshyn", "Person", ["Voloshyn"], None),
    ("Kyiv Post", "Organization", [], None),
    ("Russia's Defence Ministry", "Organization", [], None),
    ("UAE Foreign Ministry", "Organization", [], None),
    ("Olena Marchuk", "Person", [], None),
    ("Dmytro", "Person", [], None),
    ("Mariupol", "Location", [], None),
    ("Serhiy", "Person", [], None),
    ("Zaporizhzhia", "Location", [], None),
    ("A woman from Zaporizhzhia", "Group", [], None),
    ("Military analysts", "Group", [], None),
    ("Kateryna Bondar", "Person", [], None),
    ("Centre for Security Dialogue", "Organization", [], None),
    ("A Ukrainian official involved in the talks", "Group", [], None),
    ("Volodymyr Zelensky", "Person", ["Zelensky"], "Q3874799"),
]
C = "Coordination Headquarters for the Treatment of Prisoners of War"
STATEMENTS = [
    ("indirect", C, "said", ["Ukraine and Russia exchanged 146 prisoners each on Monday in a swap brokered by the United Arab Emirates"]),
    ("indirect", C, "said in a statement", ["the returning Ukrainians included 19 soldiers who had been held since the first months of the war and eight civilians from the Kharkiv region"]),
    ("direct", C, "the statement said", ["Every name on the list was fought for,"]),
    ("indirect", "Taras Voloshyn", "said", ["the Russian side had delayed the swap twice over the list of names"]),
    ("direct", "Taras Voloshyn", "told the Kyiv Post", ["They wanted to choose who comes home. We did not allow that,"]),
    ("indirect", "Taras Voloshyn", "said", ["Ukraine would press for the release of all civilians"]),
    ("indirect", "Taras Voloshyn", "added", ["the next exchange was already being prepared"]),
    ("indirect", "Russia's Defence Ministry", "said", ["146 Russian servicemen had been returned and would receive medical care in Moscow"]),
    ("indirect", "UAE Foreign Ministry", "said", ["its mediation had now led to 13 exchanges between the two countries"]),
    ("indirect", "UAE Foreign Ministry", "said", ["the country would \"continue to support every initiative\" to ease the human cost of the war"]),
    ("direct", "Olena Marchuk", "she said", ["I did not sleep. I kept reading his name again and again,"]),
    ("indirect", "Serhiy", "said", ["the family would not believe it \"until I hold him with my own hands.\""]),
    ("indirect", "A woman from Zaporizhzhia", "said", ["her brother had been missing for two years"]),
    ("direct", "A woman from Zaporizhzhia", "the woman said", ["Nobody can tell me if he is alive,"]),
    ("indirect", "Military analysts", "say", ["the exchanges have become a rare channel between Kyiv and Moscow"]),
    ("indirect", "Kateryna Bondar", "said", ["the swaps showed that \"quiet diplomacy still works where loud diplomacy has failed.\""]),
    ("indirect", "Kateryna Bondar", "said", ["the Emirati role was important because both sides trusted Abu Dhabi to keep the lists secret"]),
    ("direct", "Kateryna Bondar", "the researcher said", ["The Emiratis do not make speeches. They make phone calls,", "That is why both capitals use them."]),
    ("indirect", "A Ukrainian official involved in the talks", "said", ["the number of Ukrainians held by Russia was still \"in the thousands.\""]),
    ("indirect", "A Ukrainian official involved in the talks", "said", ["Kyiv had given the mediators a list of more than 800 civilians"]),
    ("direct", "Volodymyr Zelensky", "said", ["We bring our people home. Every one of them,"]),
    ("indirect", "Volodymyr Zelensky", "said", ["the state would not forget those still in captivity"]),
    ("indirect", C, "said", ["the freed men would undergo medical checks and meet psychologists before they went home"]),
]
AGREEMENTS = []
