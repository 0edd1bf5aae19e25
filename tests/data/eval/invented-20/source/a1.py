ID = "inv20-parliament-kyrgyzstan-uzbekistan-kempir-abad-water-2026-06-11"
TITLE = "Kyrgyz deputies back water treaty with Uzbekistan after long debate"
PUB = "2026-06-11"
TEXT = """BISHKEK - Kyrgyzstan's parliament voted on Wednesday to ratify a water-sharing treaty with Uzbekistan, ending months of argument over the Kempir-Abad reservoir on the border between the two countries. Seventy-one deputies backed the text and eleven voted against it after a four-hour debate. The treaty still needs the president's signature before it takes effect.

The treaty was signed in Tashkent in March by the two foreign ministers, Kyrgyzstan's Ruslan Abdykaimov and Uzbekistan's Dilnoza Karimova. It replaces a 2022 deal under which Bishkek handed control of the reservoir to Tashkent in exchange for land elsewhere on the border. That deal was never put into effect, officials said, because the two sides could not agree on how much water should be released in summer.

Opening the debate, Abdykaimov told deputies that the new text "gives our farmers in Aravan a guaranteed share for the first time". Under the treaty, a joint commission will set release volumes each April, and either side may ask for an independent audit of the flows.

Opposition deputy Bakyt Osmonov said the government had given away too much. "We are signing away the water of the Kara-Darya for a promise," he said. His amendment requiring the commission to publish its figures every month was rejected.

The vote follows a tense spring in the valley. In April, villagers from Kyrgyzstan's Batken region and Uzbekistan's Fergana region clashed over an irrigation canal near the town of Sokh, and two men were injured. The Batken regional administration and the Fergana regional administration agreed a ceasefire two days later, and it has held since, according to local officials.

A second ceasefire, agreed by Kyrgyz and Uzbek border commanders after a shooting at a checkpoint in May, broke down within a week when shots were fired again near the same post. The commanders have since proposed a joint patrol plan for the canal, and both governments are still discussing it.

Uzbekistan's parliament ratified the treaty in April. The Uzbek foreign ministry said in a statement that it welcomed the vote and that the joint commission would hold its first meeting in Andijan in July.

Not everything is settled. A separate memorandum on electricity swaps, under which Kyrgyzstan would send power north in winter and receive Uzbek electricity in summer, was initialled in March but has not been signed. Energy officials said talks on prices were continuing.

Farmers near the reservoir were cautious. "We have seen papers before," said Nurlan Toktogulov, who grows cotton and apricots near Aravan. "We will believe it when the water comes in July."
"""
ENTITIES = [
  ("Kyrgyzstan", "State", ["Kyrgyz", "Bishkek"], None),
  ("Uzbekistan", "State", ["Uzbek", "Tashkent"], None),
  ("Bishkek", "Location", [], None),
  ("Tashkent", "Location", [], None),
  ("Kyrgyzstan's parliament", "Organization", [], None),
  ("Kempir-Abad reservoir", "Location", [], None),
  ("Ruslan Abdykaimov", "Person", ["Abdykaimov"], None),
  ("Dilnoza Karimova", "Person", [], None),
  ("Aravan", "Location", [], None),
  ("Bakyt Osmonov", "Person", [], None),
  ("Kara-Darya", "Location", [], None),
  ("Batken", "Location", [], None),
  ("Fergana", "Location", [], None),
  ("Sokh", "Location", [], None),
  ("Batken regional administration", "Organization", [], None),
  ("Fergana regional administration", "Organization", [], None),
  ("Uzbekistan's parliament", "Organization", [], None),
  ("Uzbek foreign ministry", "Organization", [], None),
  ("Andijan", "Location", [], None),
  ("Nurlan Toktogulov", "Person", [], None),
]
STATEMENTS = [
  ("partial", "Ruslan Abdykaimov", "told", ['the new text "gives our farmers in Aravan a guaranteed share for the first time"']),
  ("indirect", "Bakyt Osmonov", "said", ["the government had given away too much"]),
  ("direct", "Bakyt Osmonov", "said", ["We are signing away the water of the Kara-Darya for a promise,"]),
  ("indirect", "Uzbek foreign ministry", "said", ["it welcomed the vote"]),
  ("indirect", "Uzbek foreign ministry", "said", ["the joint commission would hold its first meeting in Andijan in July"]),
  ("direct", "Nurlan Toktogulov", "said", ["We have seen papers before,", "We will believe it when the water comes in July."]),
]
AGREEMENTS = [
  ("treaty", "a water-sharing treaty with Uzbekistan", ["Kyrgyzstan", "Uzbekistan"], "signed", "2026-03", "Tashkent"),
  ("deal", "a 2022 deal", ["Kyrgyzstan", "Uzbekistan"], "abandoned", "2022", None),
  ("ceasefire", "The Batken regional administration and the Fergana regional administration agreed a ceasefire", ["Batken regional administration", "Fergana regional administration"], "in-force", "2026-04", None),
  ("ceasefire", "A second ceasefire", ["Kyrgyzstan", "Uzbekistan"], "collapsed", "2026-05", None),
  ("plan", "a joint patrol plan for the canal", ["Kyrgyzstan", "Uzbekistan"], "proposed", None, None),
  ("memorandum", "A separate memorandum on electricity swaps", ["Kyrgyzstan", "Uzbekistan"], "negotiating", None, None),
]
