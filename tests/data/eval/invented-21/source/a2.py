ID = "inv21-lsm-latvia-russia-border-markers-terehova-2026-06-03"
TITLE = "Border guard: Russian side moved markers on Lake Pitalovo shore; Riga sends note"
PUB = "2026-06-03"
TEXT = """Latvia has sent a diplomatic note to Russia after border guards found that several buoys marking the frontier on a lake in Ludza municipality had been moved onto the Latvian side, the Foreign Ministry said on Tuesday.

According to the State Border Guard, patrols first noticed the change on May 28. Of the fourteen markers on the lake, six were found between thirty and ninety metres inside Latvian waters, border guard spokeswoman Ilze Kalniņa told Latvian Radio.

"We documented everything, took photographs and informed the Russian border representative the same day," Kalniņa said. "There was no answer."

The ministry said the note asked Moscow to explain the move and to return the buoys to the line fixed by the 2007 border treaty between the two countries. Foreign Minister Baiba Braže called the incident "another attempt to test us" and said Latvia would coordinate its response with Estonia and Lithuania.

Russia's embassy in Riga did not reply to questions from LSM. Earlier this year, Moscow's foreign ministry spokeswoman Maria Zakharova accused the Baltic states of "militarising the border under invented pretexts."

The lake lies a few kilometres from the Terehova crossing point, the last road crossing still open between Latvia and Russia for lorries. Interior Minister Kārlis Ozoliņš said the government was not planning to close it for now, but that "every option remains on the table."

For people in the border villages the move felt familiar. Aina Zariņa, who runs a guest house near the lake, said her guests had asked whether the area was safe. "I tell them the border guards are here every day. I hope that is true," she said.

The National Alliance, a member of the ruling coalition, demanded that the crossing be shut at once. Its parliamentary group leader, Raivis Dzintars, said in a statement that "a country that moves our border markers has no business sending lorries through our customs."

Logistics companies warned of the cost. Baltic Transit Union, which represents around two hundred hauliers, said a closure would add at least a day to deliveries to Belarus and Russia for goods still allowed under sanctions.

The State Border Guard plans to install cameras along the lake by the autumn, its chief, General Guntis Pujāts, told the Saeima's defence committee. He said the agency was also asking the European Border and Coast Guard Agency, Frontex, for a second surveillance aircraft.

Security experts say the buoys are part of a wider pattern. Last year Russian border guards removed about two dozen buoys from the Narva River on the Estonian border, a move Tallinn called a provocation. "The method is cheap, deniable and annoying," said Diāna Kalnača, an analyst at the Latvian Institute of International Affairs. "It tests the reaction without firing a shot."

The joint Latvian-Russian demarcation commission, which under the treaty should meet once a year, has not met since 2021."""
ENTITIES = [
    ("Latvia", "State", [], "Q211"),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("Ludza", "Location", [], None),
    ("Foreign Ministry", "Organization", [], None),
    ("State Border Guard", "Organization", [], None),
    ("Ilze Kalniņa", "Person", ["Kalniņa"], None),
    ("Latvian Radio", "Organization", [], None),
    ("Baiba Braže", "Person", ["Foreign Minister Baiba Braže"], None),
    ("Estonia", "State", ["Tallinn"], "Q191"),
    ("Lithuania", "State", [], "Q37"),
    ("Russia's embassy in Riga", "Organization", [], None),
    ("Riga", "Location", [], "Q1773"),
    ("LSM", "Organization", [], None),
    ("Moscow's foreign ministry", "Organization", [], None),
    ("Maria Zakharova", "Person", [], None),
    ("Terehova", "Location", [], None),
    ("Kārlis Ozoliņš", "Person", ["Interior Minister Kārlis Ozoliņš"], None),
    ("Aina Zariņa", "Person", [], None),
    ("National Alliance", "Organization", [], None),
    ("Raivis Dzintars", "Person", [], None),
    ("Baltic Transit Union", "Organization", [], None),
    ("Belarus", "State", [], "Q184"),
    ("Guntis Pujāts", "Person", ["General Guntis Pujāts"], None),
    ("Saeima", "Organization", [], None),
    ("European Border and Coast Guard Agency", "Organization", ["Frontex"], None),
    ("Narva River", "Location", [], None),
    ("Diāna Kalnača", "Person", [], None),
    ("Latvian Institute of International Affairs", "Organization", [], None),
    ("Security experts", "Group", [], None),
    ("Logistics companies", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "Foreign Ministry", "said", ["Latvia has sent a diplomatic note to Russia after border guards found that several buoys marking the frontier on a lake in Ludza municipality had been moved onto the Latvian side"]),
    ("indirect", "Ilze Kalniņa", "told Latvian Radio", ["Of the fourteen markers on the lake, six were found between thirty and ninety metres inside Latvian waters"]),
    ("direct", "Ilze Kalniņa", "Kalniņa said", ["We documented everything, took photographs and informed the Russian border representative the same day,", "There was no answer."]),
    ("indirect", "Foreign Ministry", "said", ["the note asked Moscow to explain the move and to return the buoys to the line fixed by the 2007 border treaty between the two countries"]),
    ("partial", "Baiba Braže", "called", ["another attempt to test us"]),
    ("indirect", "Baiba Braže", "said", ["Latvia would coordinate its response with Estonia and Lithuania"]),
    ("indirect", "Maria Zakharova", "accused", ["the Baltic states of \"militarising the border under invented pretexts.\""]),
    ("indirect", "Kārlis Ozoliņš", "said", ["the government was not planning to close it for now, but that \"every option remains on the table.\""]),
    ("indirect", "Aina Zariņa", "said", ["her guests had asked whether the area was safe"]),
    ("direct", "Aina Zariņa", "she said", ["I tell them the border guards are here every day. I hope that is true,"]),
    ("indirect", "National Alliance", "demanded", ["the crossing be shut at once"]),
    ("indirect", "Raivis Dzintars", "said in a statement", ["\"a country that moves our border markers has no business sending lorries through our customs.\""]),
    ("indirect", "Baltic Transit Union", "said", ["a closure would add at least a day to deliveries to Belarus and Russia for goods still allowed under sanctions"]),
    ("indirect", "Guntis Pujāts", "told the Saeima's defence committee", ["The State Border Guard plans to install cameras along the lake by the autumn"]),
    ("indirect", "Guntis Pujāts", "He said", ["the agency was also asking the European Border and Coast Guard Agency, Frontex, for a second surveillance aircraft"]),
    ("indirect", "Security experts", "say", ["the buoys are part of a wider pattern"]),
    ("direct", "Diāna Kalnača", "said", ["The method is cheap, deniable and annoying,", "It tests the reaction without firing a shot."]),
]
AGREEMENTS = [
    ("treaty", "the 2007 border treaty", ["Latvia", "Russia"], "in-force", None, None),
]
