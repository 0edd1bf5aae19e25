ID = "inv49-lemonde-corsica-land-housing-powers-protocol-ajaccio-2026-03-21"
TITLE = "Corsica: the State and the island's executive sign a protocol on land and housing powers, nationalists divided"
PUB = "2026-03-21"
TEXT = """The French government and the Collectivity of Corsica signed a protocol in Ajaccio on Friday, March 20, transferring to the island's authorities part of the State's powers over land use and housing, a first step in the autonomy process launched three years ago.

The text, which still needs a vote in Parliament, allows the Corsican Assembly to adapt national rules on second homes and coastal building to the island's situation.

"We are not handing over the Republic, we are handing over tools," Interior Minister Laurent Vidal told reporters after the signing ceremony at the prefecture. Asked whether the government would go further, the minister insisted that any change to the Constitution would be "a matter for the French people as a whole."

Sitting beside him, Marie-Ange Santoni, the president of the Executive Council of Corsica, called the protocol "an irreversible step." She said her majority would present the first local rules on second homes before the summer and that the island's young people "can no longer afford to live where they were born."

Not everyone on the nationalist side shared her enthusiasm. Avanzà, a small independence party that sits in opposition in the Corsican Assembly, said in a statement that the text was "a dressing-up of centralism" and announced that its four members would vote against the local rules.

Two men with the same name embody the divide. Jean-Baptiste Orsini, the mayor of Borgo and a supporter of the process, said the protocol would "finally let villages keep their children." His cousin, Paul Orsini, who chairs a farmers' union in the Balagne, warned that wealthy buyers from mainland France would find new ways around the rules.

"A rule on paper is only worth the checks behind it," Paul Orsini said. "Who will check?"

The mayor, for his part, sees a change of era. "Three years ago, nobody in Paris would even say the word autonomy," he said.

The National Front for the Liberation of Corsica (FLNC), which laid down its arms in 2014 but claimed a series of arson attacks on holiday homes last autumn, has not yet reacted. According to investigators in Ajaccio, 14 second homes were damaged in attacks claimed by the group between September and December.

The prefect of Corsica, Hélène Marchetti, told Corse-Matin that security around the signing had been "proportionate to the context" and that no incident had been reported.

In the Assemblée nationale, the Republicans (LR) said they would table amendments to limit the transfer of powers, while the Socialist Party called the text "balanced."

The Conseil d'Etat must give its opinion before the bill goes to the Council of Ministers. The government hopes to put the text to a vote in Parliament before the end of the year, an adviser to the minister said."""
ENTITIES = [
    ("France", "State", ["The French government", "Paris"], "Q142"),
    ("Collectivity of Corsica", "Organization", [], None),
    ("Corsica", "Location", [], None),
    ("Ajaccio", "Location", [], None),
    ("Parliament", "Organization", [], None),
    ("Corsican Assembly", "Organization", [], None),
    ("Laurent Vidal", "Person", ["the minister"], None),
    ("Marie-Ange Santoni", "Person", [], None),
    ("Executive Council of Corsica", "Organization", [], None),
    ("Avanzà", "Organization", [], None),
    ("Jean-Baptiste Orsini", "Person", ["The mayor"], None),
    ("Borgo", "Location", [], None),
    ("Paul Orsini", "Person", [], None),
    ("Balagne", "Location", [], None),
    ("National Front for the Liberation of Corsica", "ArmedGroup", ["FLNC", "the group"], None),
    ("investigators in Ajaccio", "Group", [], None),
    ("Hélène Marchetti", "Person", [], None),
    ("Corse-Matin", "Organization", [], None),
    ("Assemblée nationale", "Organization", [], None),
    ("Republicans", "Organization", ["LR"], None),
    ("Socialist Party", "Organization", [], None),
    ("Conseil d'Etat", "Organization", [], None),
    ("Council of Ministers", "Organization", [], None),
    ("an adviser to the minister", "Group", [], None),
]
STATEMENTS = [
    ("direct", "Laurent Vidal", "told reporters", ["We are not handing over the Republic, we are handing over tools,"]),
    ("partial", "Laurent Vidal", "insisted", ['any change to the Constitution would be "a matter for the French people as a whole."']),
    ("partial", "Marie-Ange Santoni", "called", ['the protocol "an irreversible step."']),
    ("indirect", "Marie-Ange Santoni", "said", ["her majority would present the first local rules on second homes before the summer"]),
    ("partial", "Marie-Ange Santoni", "said", ['the island\'s young people "can no longer afford to live where they were born."']),
    ("partial", "Avanzà", "said in a statement", ['the text was "a dressing-up of centralism"']),
    ("indirect", "Avanzà", "announced", ["its four members would vote against the local rules"]),
    ("partial", "Jean-Baptiste Orsini", "said", ['the protocol would "finally let villages keep their children."']),
    ("indirect", "Paul Orsini", "warned", ["wealthy buyers from mainland France would find new ways around the rules"]),
    ("direct", "Paul Orsini", "Paul Orsini said", ["A rule on paper is only worth the checks behind it,", "Who will check?"]),
    ("direct", "Jean-Baptiste Orsini", "he said", ["Three years ago, nobody in Paris would even say the word autonomy,"]),
    ("indirect", "investigators in Ajaccio", "According to", ["14 second homes were damaged in attacks claimed by the group between September and December"]),
    ("partial", "Hélène Marchetti", "told Corse-Matin", ['security around the signing had been "proportionate to the context"']),
    ("indirect", "Hélène Marchetti", "told Corse-Matin", ["no incident had been reported"]),
    ("indirect", "Republicans", "said", ["they would table amendments to limit the transfer of powers"]),
    ("partial", "Socialist Party", "called", ['the text "balanced."']),
    ("indirect", "an adviser to the minister", "said", ["The government hopes to put the text to a vote in Parliament before the end of the year"]),
]
AGREEMENTS = [
    ("protocol", "a protocol", ["France", "Collectivity of Corsica"], "signed", "2026-03-20", "Ajaccio"),
]
