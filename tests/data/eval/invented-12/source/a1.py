ID = "inv12-wire-tajikistan-afghanistan-panj-water-2026-04-14"
TITLE = "Tajikistan, Afghanistan sign Panj water-sharing agreement in Dushanbe"
PUB = "2026-04-14"
TEXT = """DUSHANBE, April 14 - Tajikistan and Afghanistan signed an agreement on Tuesday on sharing the waters of the Panj river, the first water accord between the two neighbours since the Taliban took power in Kabul in 2021.

The agreement was signed in Dushanbe by Tajik Energy and Water Resources Minister Farrukh Nazarov and Afghanistan's acting minister of energy and water, Mawlawi Abdul Rauf Haqqani. It sets seasonal limits on how much water each side may draw from the river for irrigation and obliges both to share flow readings from gauging stations every ten days.

"For thirty years the river was a line on a map. From today it is also a shared account," Nazarov told reporters after the signing. Haqqani said the deal showed that Afghanistan "can keep its word to its neighbours."

Farmers in the Khatlon region have complained for years that new Afghan canals upstream of Panji Poyon leave their cotton fields dry in August. A spokesman for the Tajik ministry, Daler Sharipov, said the new limits would apply from the summer season.

The two governments already cooperate under a 2019 protocol on cross-border markets, which allows traders from Badakhshan on both banks to meet at five bridge markets. That protocol remained in force after 2021 and officials said the markets at Ishkashim and Darvaz had reopened after the winter.

Kabul has also proposed a joint hydropower plant on the upper Panj, which would sell power to both countries. Tajik officials said on Tuesday they were studying the proposal but had made no commitment. Engineers in Dushanbe say a dam on the upper river would need the consent of states further downstream.

Those states are watching closely. A similar deal between Uzbekistan and Afghanistan on the Amu Darya, signed in 2023, collapsed last year after Tashkent accused Kabul of opening the Qosh Tepa canal without notice. Uzbekistan's foreign ministry said on Tuesday it hoped the Panj agreement would "be a model for the whole basin".

Water experts were more cautious. Nigora Saidova, a hydrologist at the Central Asian Water Institute in Almaty, said the text contained no way of settling disputes. "An agreement without a referee works only while the river is full," she said. "The test will be the first dry year."

Security along the border remains a concern. Tajik border guards reported two clashes with smugglers near Shuroobod in March, and the two sides have been negotiating a border security memorandum since January. Officials from both countries said talks on that memorandum would continue in Termez next month, with Uzbekistan as host.

Russia, which keeps a military base in Tajikistan, welcomed the water agreement. A Russian embassy statement said stability on the Panj was "in the interest of all the region".

The agreement will be reviewed by a joint commission after two seasons, according to the Tajik ministry.
"""
ENTITIES = [
  ("Tajikistan", "State", ["Tajik"], None),
  ("Afghanistan", "State", ["Kabul"], None),
  ("Kabul", "Location", [], None),
  ("Dushanbe", "Location", [], None),
  ("Panj", "Location", [], None),
  ("Taliban", "Group", [], None),
  ("Farrukh Nazarov", "Person", ["Nazarov"], None),
  ("Mawlawi Abdul Rauf Haqqani", "Person", ["Haqqani"], None),
  ("Khatlon", "Location", [], None),
  ("Panji Poyon", "Location", [], None),
  ("Daler Sharipov", "Person", [], None),
  ("Badakhshan", "Location", [], None),
  ("Ishkashim", "Location", [], None),
  ("Darvaz", "Location", [], None),
  ("Uzbekistan", "State", ["Tashkent"], None),
  ("Amu Darya", "Location", [], None),
  ("Qosh Tepa", "Location", [], None),
  ("Nigora Saidova", "Person", [], None),
  ("Central Asian Water Institute", "Organization", [], None),
  ("Almaty", "Location", [], None),
  ("Shuroobod", "Location", [], None),
  ("Termez", "Location", [], None),
  ("Russia", "State", [], None),
]
STATEMENTS = [
  ("direct", "Farrukh Nazarov", "told", ["For thirty years the river was a line on a map. From today it is also a shared account,"]),
  ("partial", "Mawlawi Abdul Rauf Haqqani", "said", ['the deal showed that Afghanistan "can keep its word to its neighbours."']),
  ("indirect", "Daler Sharipov", "said", ["the new limits would apply from the summer season"]),
  ("indirect", "Uzbekistan", "accused", ["Kabul of opening the Qosh Tepa canal without notice"]),
  ("partial", "Uzbekistan", "said", ['it hoped the Panj agreement would "be a model for the whole basin"']),
  ("indirect", "Nigora Saidova", "said", ["the text contained no way of settling disputes"]),
  ("direct", "Nigora Saidova", "said", ["An agreement without a referee works only while the river is full,", "The test will be the first dry year."]),
]
AGREEMENTS = [
  ("agreement", "an agreement on Tuesday on sharing the waters of the Panj river", ["Tajikistan", "Afghanistan"], "signed", "2026-04-14", "Dushanbe"),
  ("protocol", "a 2019 protocol on cross-border markets", ["Tajikistan", "Afghanistan"], "in-force", "2019", None),
  ("proposal", "a joint hydropower plant on the upper Panj", ["Afghanistan"], "proposed", None, None),
  ("deal", "A similar deal between Uzbekistan and Afghanistan on the Amu Darya", ["Uzbekistan", "Afghanistan"], "collapsed", "2023", None),
  ("memorandum", "a border security memorandum", ["Tajikistan", "Afghanistan"], "negotiating", None, None),
]
