ID = "inv22-bulletin-haiti-dominican-republic-dajabon-market-accord-2026-03-19"
TITLE = "Haiti and Dominican Republic reopen Dajabon market under new border accord"
PUB = "2026-03-19"
TEXT = """Good evening. Our main story tonight comes from the northern border, where the binational market at Dajabon will reopen on Monday after Haiti and the Dominican Republic signed an accord on market days and crossing hours. The accord was signed on Wednesday in Ouanaminthe by the Dominican trade minister, Leonel Guzman Peralta, and the Haitian commerce minister, Claudette Jean-Baptiste.

Under the accord, Haitian vendors may cross on Mondays and Fridays with a market card issued in Ouanaminthe, and Dominican customs officers will no longer charge a fee at the bridge. Jean-Baptiste told our correspondent that the text "puts the market back in the hands of the women who run it".

The market was closed in October after a dispute over the canal that Haitian farmers were digging on the Massacre River. A 2021 understanding on sharing the river's water, which both governments had signed in Santo Domingo, collapsed during that dispute, and the canal is not covered by the new accord. Guzman Peralta said a separate water agreement was being negotiated by a binational commission, and that the commission would meet again in April.

An older arrangement on market security, agreed by the two governments in 2019, remains in force, the Dominican government said in a statement. Patrols on the bridge will continue as before.

In Dajabon, traders welcomed the news but said they had heard promises before. Marisol Tejeda of the Dajabon Merchants' Union said a deal between her union and the Ouanaminthe Vendors' Association on stall rents, reached last summer, was never carried out. "We signed it and then nobody came to collect the rents," she said.

The Caribbean Community, which offered to host the water talks, has proposed a regional code on border markets, which neither government has yet endorsed. A CARICOM spokesman, Desmond Alleyne, said the code could be ready by the end of the year.

Opposition deputies in Santo Domingo criticised the accord. Deputy Ramon Feliz said the government had given away control of the border "for the price of a few market cards". The Haitian government has not replied.

And finally on this story: a draft migration protocol that Port-au-Prince proposed in January was withdrawn last week, the Haitian foreign ministry said, after Dominican officials declined to discuss it before the market reopened.
"""
ENTITIES = [
  ("Haiti", "State", ["Haitian", "Port-au-Prince"], None),
  ("Dominican Republic", "State", ["Dominican", "Santo Domingo"], None),
  ("Dajabon", "Location", [], None),
  ("Ouanaminthe", "Location", [], None),
  ("Leonel Guzman Peralta", "Person", ["Guzman Peralta"], None),
  ("Claudette Jean-Baptiste", "Person", ["Jean-Baptiste"], None),
  ("Massacre River", "Location", [], None),
  ("Santo Domingo", "Location", [], None),
  ("Marisol Tejeda", "Person", [], None),
  ("Dajabon Merchants' Union", "Organization", [], None),
  ("Ouanaminthe Vendors' Association", "Organization", [], None),
  ("Caribbean Community", "Organization", ["CARICOM"], None),
  ("Desmond Alleyne", "Person", [], None),
  ("Ramon Feliz", "Person", [], None),
]
STATEMENTS = [
  ("partial", "Claudette Jean-Baptiste", "told our correspondent", ['the text "puts the market back in the hands of the women who run it"']),
  ("indirect", "Leonel Guzman Peralta", "said", ["a separate water agreement was being negotiated by a binational commission"]),
  ("indirect", "Leonel Guzman Peralta", "said", ["the commission would meet again in April"]),
  ("indirect", "Dominican Republic", "said in a statement", ["An older arrangement on market security, agreed by the two governments in 2019, remains in force"]),
  ("indirect", "Marisol Tejeda", "said", ["a deal between her union and the Ouanaminthe Vendors' Association on stall rents, reached last summer, was never carried out"]),
  ("direct", "Marisol Tejeda", "she said", ["We signed it and then nobody came to collect the rents,"]),
  ("indirect", "Desmond Alleyne", "said", ["the code could be ready by the end of the year"]),
  ("partial", "Ramon Feliz", "said", ['the government had given away control of the border "for the price of a few market cards"']),
  ("indirect", "Haiti", "said", ["a draft migration protocol that Port-au-Prince proposed in January was withdrawn last week"]),
]
AGREEMENTS = [
  ("accord", "an accord on market days and crossing hours", ["Haiti", "Dominican Republic"], "signed", "2026-03-18", "Ouanaminthe"),
  ("other", "A 2021 understanding on sharing the river's water", ["Haiti", "Dominican Republic"], "collapsed", "2021", "Santo Domingo"),
  ("agreement", "a separate water agreement", ["Haiti", "Dominican Republic"], "negotiating", None, None),
  ("other", "An older arrangement on market security", ["Haiti", "Dominican Republic"], "in-force", "2019", None),
  ("deal", "a deal between her union and the Ouanaminthe Vendors' Association on stall rents", ["Dajabon Merchants' Union", "Ouanaminthe Vendors' Association"], "abandoned", "2025", None),
  ("other", "a regional code on border markets", ["Caribbean Community"], "proposed", None, None),
  ("protocol", "a draft migration protocol", ["Haiti"], "withdrawn", "2026-01", None),
]
