ID = "inv36-ukrinform-black-sea-corridor-demining-memorandum-odesa-2026-05-27"
TITLE = "Ukraine, Türkiye and Romania sign memorandum on demining Black Sea corridor"
PUB = "2026-05-27"
TEXT = """ODESA, May 27 (Ukrinform) - Ukraine, Türkiye and Romania have signed a memorandum on joint demining of the sea lanes leading to the ports of Greater Odesa, the Ministry of Infrastructure of Ukraine said on Tuesday.

Under the document, signed in Constanța, the navies of the three countries will share sonar data and take turns sweeping the approaches to the corridor, which has carried more than 100 million tonnes of cargo since it opened.

Deputy Minister of Infrastructure Oleksandr Bereza said the memorandum would cut the time ships spend waiting at anchor off Chornomorsk by at least a third.

"Every mine we remove is a lower insurance premium and a cheaper loaf of bread somewhere in Africa," Bereza told an Ukrinform correspondent. "This is how a wartime corridor becomes a normal trade route."

Türkiye's Ministry of National Defense said in a written statement that Turkish minehunters would operate only in international waters and in the territorial waters of the other two states "at their request." It said the agreement did not change Türkiye's obligations under the Montreux Convention.

Romanian Defence Minister Andrei Mocanu told reporters in Constanța that Romania had already cleared more than 60 drifting mines off its own coast since 2022. He said the new arrangement would let Bucharest "plan rather than react."

Russia, which has struck port infrastructure in Odesa and Izmail repeatedly, did not comment on the memorandum. The Ukrainian Navy accused Russia of laying new mines from civilian-flagged vessels in April.

Navy spokesman Captain Third Rank Serhii Danylenko said two mines had been found north of Zmiinyi Island in the past month. "They are not old mines. Someone put them there recently," he said.

A source in the Ukrainian Navy told Ukrinform that the first joint sweep was planned for June, weather permitting.

Shipowners welcomed the news. The Ukrainian Sea Ports Authority said 41 vessels had left the ports of Greater Odesa in the past week, the highest number since January.

Ihor Koval, who heads a grain terminal in Pivdennyi, said his company had lost two contracts this spring because buyers feared the route. "Now I can show them a paper signed by three navies," he said.

Maritime law expert Valeriia Hnatiuk said the memorandum filled a gap left when the Black Sea Grain Initiative collapsed in July 2023 after Russia withdrew from it. She noted, however, that the document set up no system of inspections and left the corridor outside any guarantee by Moscow.

The three countries first discussed joint demining in January 2024 and have since run a smaller task group in Romanian and Bulgarian waters. Bulgaria, which took part in that group, did not sign the memorandum but may join later, the ministry said."""
ENTITIES = [
    ("Odesa", "Location", ["ODESA"], None),
    ("Ukrinform", "Organization", [], None),
    ("Ukraine", "State", [], "Q212"),
    ("Türkiye", "State", [], "Q43"),
    ("Romania", "State", ["Bucharest"], "Q218"),
    ("Ministry of Infrastructure of Ukraine", "Organization", ["the ministry"], None),
    ("Greater Odesa", "Location", [], None),
    ("Constanța", "Location", [], None),
    ("Oleksandr Bereza", "Person", ["Bereza"], None),
    ("Chornomorsk", "Location", [], None),
    ("Africa", "Location", [], None),
    ("Türkiye's Ministry of National Defense", "Organization", [], None),
    ("Andrei Mocanu", "Person", [], None),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("Izmail", "Location", [], None),
    ("Ukrainian Navy", "Organization", [], None),
    ("Serhii Danylenko", "Person", [], None),
    ("Zmiinyi Island", "Location", [], None),
    ("A source in the Ukrainian Navy", "Group", [], None),
    ("Ukrainian Sea Ports Authority", "Organization", [], None),
    ("Ihor Koval", "Person", [], None),
    ("Pivdennyi", "Location", [], None),
    ("Valeriia Hnatiuk", "Person", [], None),
    ("Bulgaria", "State", [], "Q219"),
]
MI = "Ministry of Infrastructure of Ukraine"
TD = "Türkiye's Ministry of National Defense"
STATEMENTS = [
    ("indirect", MI, "said on Tuesday", ["Ukraine, Türkiye and Romania have signed a memorandum on joint demining of the sea lanes leading to the ports of Greater Odesa"]),
    ("indirect", "Oleksandr Bereza", "said", ["the memorandum would cut the time ships spend waiting at anchor off Chornomorsk by at least a third"]),
    ("direct", "Oleksandr Bereza", "told an Ukrinform correspondent", ["Every mine we remove is a lower insurance premium and a cheaper loaf of bread somewhere in Africa,", "This is how a wartime corridor becomes a normal trade route."]),
    ("partial", TD, "said in a written statement", ['Turkish minehunters would operate only in international waters and in the territorial waters of the other two states "at their request."']),
    ("indirect", TD, "It said", ["the agreement did not change Türkiye's obligations under the Montreux Convention"]),
    ("indirect", "Andrei Mocanu", "told reporters", ["Romania had already cleared more than 60 drifting mines off its own coast since 2022"]),
    ("partial", "Andrei Mocanu", "He said", ['the new arrangement would let Bucharest "plan rather than react."']),
    ("indirect", "Ukrainian Navy", "accused", ["Russia of laying new mines from civilian-flagged vessels in April"]),
    ("indirect", "Serhii Danylenko", "said", ["two mines had been found north of Zmiinyi Island in the past month"]),
    ("direct", "Serhii Danylenko", "he said", ["They are not old mines. Someone put them there recently,"]),
    ("indirect", "A source in the Ukrainian Navy", "told Ukrinform", ["the first joint sweep was planned for June, weather permitting"]),
    ("indirect", "Ukrainian Sea Ports Authority", "said", ["41 vessels had left the ports of Greater Odesa in the past week, the highest number since January"]),
    ("indirect", "Ihor Koval", "said", ["his company had lost two contracts this spring because buyers feared the route"]),
    ("direct", "Ihor Koval", "he said", ["Now I can show them a paper signed by three navies,"]),
    ("indirect", "Valeriia Hnatiuk", "said", ["the memorandum filled a gap left when the Black Sea Grain Initiative collapsed in July 2023 after Russia withdrew from it"]),
    ("indirect", "Valeriia Hnatiuk", "noted", ["the document set up no system of inspections and left the corridor outside any guarantee by Moscow"]),
    ("indirect", MI, "the ministry said", ["Bulgaria, which took part in that group, did not sign the memorandum but may join later"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum on joint demining", ["Ukraine", "Türkiye", "Romania"], "signed", None, "Constanța"),
    ("treaty", "the Montreux Convention", ["Türkiye"], "in-force", None, None),
    ("other", "the Black Sea Grain Initiative", ["Ukraine", "Russia", "Türkiye"], "collapsed", "2023-07", None),
]
