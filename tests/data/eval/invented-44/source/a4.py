ID = "inv44-irrawaddy-junta-kia-bhamo-truce-kunming-2026-10-27"
TITLE = "Junta and KIA Sign China-Brokered Truce for Bhamo, but Kachin Civilians Remain Wary"
PUB = "2026-10-27"
TEXT = """The Myanmar junta and the Kachin Independence Army (KIA) have signed a China-brokered truce for the besieged town of Bhamo, the regime said in a statement on Monday, nearly two years after the ethnic armed group launched its offensive on the town.

The five-point agreement, signed in the Chinese city of Kunming on Saturday, calls for a halt to air strikes and ground attacks in and around Bhamo from Nov. 1, a humanitarian corridor along the Irrawaddy River and the release of wounded prisoners held by both sides.

Junta spokesman Major General Aung Thura Kyaw told reporters in the capital that the military had agreed to the truce "out of goodwill toward the people of Bhamo" and at the request of "our friendly neighbor." He warned that troops would "respond decisively" if the KIA used the pause to reinforce its positions.

KIA spokesman Colonel Brang Hkawng confirmed that the group had signed the document, but said the truce applied only to Bhamo and not to fighting elsewhere in Kachin State or in northern Shan State.

"We signed for Bhamo because the people there have been living in bunkers for two years. This is not a peace agreement with the regime," he told The Irrawaddy.

"If the jets come back, the paper is finished."

A KIA officer on the Bhamo front, who asked not to be named, said his unit had received no order to pull back.

A Chinese Foreign Ministry spokesperson said on Monday that Beijing "welcomes the positive steps" taken by the two sides and would continue to play a constructive role in northern Myanmar.

The KIA, the armed wing of the Kachin Independence Organization (KIO), began its assault on Bhamo in December 2024. The junta has responded with near-daily air strikes. Rights groups say more than 300 civilians have been killed in the town since the offensive began.

Residents of Bhamo reached by phone said they had heard about the truce on Facebook but doubted the air strikes would stop.

"Every time they talk in China, the planes come the next day to show who is strong," said Daw Seng Mai, 52, who has sheltered with her grandchildren in a Baptist church compound since January. "We will believe it on Nov. 2, if we are still alive."

The civilian National Unity Government (NUG) said it had not been consulted on the deal. In a statement, it accused Beijing of using border closures and pressure on fuel supplies to force ethnic armed groups into deals with the junta.

The KIA's 17-year ceasefire with the military collapsed in 2011, and the group has since refused to join the regime's peace talks. Earlier this year, China closed several border gates with Kachin State, cutting off rare earth exports that fund the KIO, according to traders in the Chinese border town of Tengchong.

Sai Khun Mong, a Chiang Mai-based analyst who studies the conflict in northern Myanmar, said Beijing wanted the road through Bhamo reopened for trade with Yunnan Province before the end of the dry season.

"China does not care who holds Bhamo. It cares that the trucks move," he said. "The KIA knows this, and so does Naypyitaw."

He said the truce was likely to hold only as long as China kept both sides at the table."""
ENTITIES = [
    ("Myanmar", "State", ["the junta", "the regime", "Naypyitaw", "the military"], "Q836"),
    ("Kachin Independence Army", "ArmedGroup", ["KIA"], None),
    ("Bhamo", "Location", [], None),
    ("China", "State", ["Beijing"], "Q148"),
    ("Kunming", "Location", [], None),
    ("Irrawaddy River", "Location", [], None),
    ("Aung Thura Kyaw", "Person", [], None),
    ("Brang Hkawng", "Person", [], None),
    ("Kachin State", "Location", [], None),
    ("Shan State", "Location", [], None),
    ("The Irrawaddy", "Organization", [], None),
    ("A KIA officer on the Bhamo front", "Group", [], None),
    ("Chinese Foreign Ministry", "Organization", [], None),
    ("Kachin Independence Organization", "Organization", ["KIO"], None),
    ("Rights groups", "Group", [], None),
    ("Residents of Bhamo", "Group", [], None),
    ("Facebook", "Organization", [], None),
    ("Seng Mai", "Person", ["Daw Seng Mai"], None),
    ("National Unity Government", "Organization", ["NUG"], None),
    ("traders in the Chinese border town of Tengchong", "Group", [], None),
    ("Tengchong", "Location", [], None),
    ("Sai Khun Mong", "Person", [], None),
    ("Chiang Mai", "Location", [], None),
    ("Yunnan Province", "Location", [], None),
]
TR = "traders in the Chinese border town of Tengchong"
STATEMENTS = [
    ("indirect", "Myanmar", "said in a statement on Monday", ["The Myanmar junta and the Kachin Independence Army (KIA) have signed a China-brokered truce for the besieged town of Bhamo"]),
    ("partial", "Aung Thura Kyaw", "told reporters", ['the military had agreed to the truce "out of goodwill toward the people of Bhamo" and at the request of "our friendly neighbor."']),
    ("partial", "Aung Thura Kyaw", "warned", ['troops would "respond decisively" if the KIA used the pause to reinforce its positions']),
    ("indirect", "Brang Hkawng", "confirmed", ["the group had signed the document"]),
    ("indirect", "Brang Hkawng", "said", ["the truce applied only to Bhamo and not to fighting elsewhere in Kachin State or in northern Shan State"]),
    ("direct", "Brang Hkawng", "he told The Irrawaddy", ["We signed for Bhamo because the people there have been living in bunkers for two years. This is not a peace agreement with the regime,"]),
    ("direct", "Brang Hkawng", None, ["If the jets come back, the paper is finished."]),
    ("indirect", "A KIA officer on the Bhamo front", "said", ["his unit had received no order to pull back"]),
    ("partial", "Chinese Foreign Ministry", "said on Monday", ['Beijing "welcomes the positive steps" taken by the two sides and would continue to play a constructive role in northern Myanmar']),
    ("indirect", "Rights groups", "say", ["more than 300 civilians have been killed in the town since the offensive began"]),
    ("indirect", "Residents of Bhamo", "said", ["they had heard about the truce on Facebook but doubted the air strikes would stop"]),
    ("direct", "Seng Mai", "said", ["Every time they talk in China, the planes come the next day to show who is strong,", "We will believe it on Nov. 2, if we are still alive."]),
    ("indirect", "National Unity Government", "said", ["it had not been consulted on the deal"]),
    ("indirect", "National Unity Government", "accused", ["Beijing of using border closures and pressure on fuel supplies to force ethnic armed groups into deals with the junta"]),
    ("indirect", TR, "according to", ["Earlier this year, China closed several border gates with Kachin State, cutting off rare earth exports that fund the KIO"]),
    ("indirect", "Sai Khun Mong", "said", ["Beijing wanted the road through Bhamo reopened for trade with Yunnan Province before the end of the dry season"]),
    ("direct", "Sai Khun Mong", "he said", ["China does not care who holds Bhamo. It cares that the trucks move,", "The KIA knows this, and so does Naypyitaw."]),
    ("indirect", "Sai Khun Mong", "He said", ["the truce was likely to hold only as long as China kept both sides at the table"]),
]
AGREEMENTS = [
    ("truce", "a China-brokered truce", ["Myanmar", "Kachin Independence Army"], "signed", "2026-10-24", "Kunming"),
    ("ceasefire", "The KIA's 17-year ceasefire with the military", ["Kachin Independence Army", "Myanmar"], "collapsed", None, None),
]
