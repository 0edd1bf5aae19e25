ID = "inv22-feature-djibouti-tadjourah-port-deal-frud-ceasefire-2026-10-21"
TITLE = "In Tadjourah, a new port deal and a second ceasefire test Djibouti's northern peace"
PUB = "2026-10-21"
TEXT = """TADJOURAH, Djibouti - The cranes are not up yet, but the town already talks of little else. On the quay where dhows still unload goats from Yemen, Ethiopia and Djibouti signed a port deal on Monday that gives Ethiopian cargo a dedicated berth at Tadjourah for twenty years, the first new port accord between the two neighbours since a 2002 agreement on the port of Djibouti, which remains in force.

The deal was signed by Djibouti's ports minister, Ismail Houmed Ali, and Ethiopia's transport minister, Tsegaye Alemu. Under its terms Ethiopia will pay for a second berth and a road to the border at Balho, and Djibouti will keep control of customs. Tsegaye said the berth would "take a third of the pressure off the Djibouti corridor".

For the people of Tadjourah, the bigger question is whether the hills behind the town stay quiet. Last week the government and the armed opposition group FRUD signed a ceasefire in Obock, their second in two years. The first ceasefire, agreed in 2024 with Qatar as mediator, broke down in June when fighting resumed near Mabla.

Mohamed Daoud Kamil, who negotiated for FRUD, said his fighters would respect the new ceasefire "as long as the army stays in its barracks". A government spokeswoman, Hasna Moussa Ibrahim, said the army would withdraw from two positions under the agreement.

The Intergovernmental Authority on Development has proposed sending a small team to monitor the ceasefire, which the government says it is considering. An IGAD official, Peter Wanyama, said the team could be in place by December. A broader political accord that FRUD put forward in August, which would reserve seats for the north in parliament, is still being discussed by the two sides.

Not everyone is convinced. Fatouma Ali Saleh, who chairs the Tadjourah Women's Association, said a local deal between elders of the two camps, signed in March to reopen the market road, had been violated within days. "Every agreement here is a piece of paper until the trucks move," she said.

Port workers are hopeful. Abdourahman Said of the Djibouti Dockers' Union said a wage agreement between the union and the port authority, signed last year, had been honoured, and he expected the new berth to bring hiring.

In Addis Ababa, the Ethiopian foreign ministry said it also wanted a rail agreement with Djibouti and would propose one next year.
"""
ENTITIES = [
  ("Djibouti", "State", [], None),
  ("Ethiopia", "State", ["Ethiopian"], None),
  ("Tadjourah", "Location", [], None),
  ("Yemen", "State", [], None),
  ("Ismail Houmed Ali", "Person", [], None),
  ("Tsegaye Alemu", "Person", ["Tsegaye"], None),
  ("Balho", "Location", [], None),
  ("FRUD", "Organization", [], None),
  ("Obock", "Location", [], None),
  ("Qatar", "State", [], None),
  ("Mabla", "Location", [], None),
  ("Mohamed Daoud Kamil", "Person", [], None),
  ("Hasna Moussa Ibrahim", "Person", [], None),
  ("Intergovernmental Authority on Development", "Organization", ["IGAD"], None),
  ("Peter Wanyama", "Person", [], None),
  ("Fatouma Ali Saleh", "Person", [], None),
  ("Tadjourah Women's Association", "Organization", [], None),
  ("Abdourahman Said", "Person", [], None),
  ("Djibouti Dockers' Union", "Organization", [], None),
  ("Addis Ababa", "Location", [], None),
]
STATEMENTS = [
  ("partial", "Tsegaye Alemu", "said", ['the berth would "take a third of the pressure off the Djibouti corridor"']),
  ("partial", "Mohamed Daoud Kamil", "said", ['his fighters would respect the new ceasefire "as long as the army stays in its barracks"']),
  ("indirect", "Hasna Moussa Ibrahim", "said", ["the army would withdraw from two positions under the agreement"]),
  ("indirect", "Djibouti", "says", ["it is considering"]),
  ("indirect", "Peter Wanyama", "said", ["the team could be in place by December"]),
  ("indirect", "Fatouma Ali Saleh", "said", ["a local deal between elders of the two camps, signed in March to reopen the market road, had been violated within days"]),
  ("direct", "Fatouma Ali Saleh", "she said", ["Every agreement here is a piece of paper until the trucks move,"]),
  ("indirect", "Abdourahman Said", "said", ["a wage agreement between the union and the port authority, signed last year, had been honoured, and he expected the new berth to bring hiring"]),
  ("indirect", "Ethiopia", "said", ["it also wanted a rail agreement with Djibouti and would propose one next year"]),
]
AGREEMENTS = [
  ("deal", "a port deal", ["Ethiopia", "Djibouti"], "signed", "2026-10-19", "Tadjourah"),
  ("agreement", "a 2002 agreement on the port of Djibouti", ["Ethiopia", "Djibouti"], "in-force", "2002", None),
  ("ceasefire", "a ceasefire in Obock", ["Djibouti", "FRUD"], "signed", "2026-10", "Obock"),
  ("ceasefire", "The first ceasefire", ["Djibouti", "FRUD"], "collapsed", "2024", None),
  ("proposal", "sending a small team to monitor the ceasefire", ["Intergovernmental Authority on Development"], "proposed", None, None),
  ("accord", "A broader political accord", ["FRUD"], "negotiating", "2026-08", None),
  ("deal", "a local deal between elders of the two camps", [], "violated", "2026-03", None),
  ("agreement", "a wage agreement between the union and the port authority", ["Djibouti Dockers' Union"], "in-force", "2025", None),
  ("agreement", "a rail agreement", ["Ethiopia"], "proposed", None, None),
]
