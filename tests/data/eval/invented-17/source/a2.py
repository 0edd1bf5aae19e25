ID = "inv17-lrt-lithuania-belarus-stranded-lorries-crossings-2026-02-18"
TITLE = "Lithuania to reopen two Belarus crossings for stranded lorries after talks in Vilnius"
PUB = "2026-02-18"
TEXT = """VILNIUS (LRT) - Lithuania will reopen two border crossings with Belarus for six weeks so that about 1,400 lorries stranded on the Belarusian side can return, the government said on Wednesday, after two days of talks between the countries' border agencies.

Interior Minister Aistė Mickevičienė said the checkpoints at Medininkai and Šalčininkai would open to lorries only, from Monday, and that no passenger traffic would cross. "This is a door for Lithuanian drivers and Lithuanian trucks, not a change of policy," she told LRT.

She added that every lorry would be searched and that the crossings would close again if a single balloon carrying contraband crossed the border in that time.

Minsk said the decision was "long overdue" and blamed Vilnius for the backlog. In a statement, the Belarusian State Border Committee said its officers had kept the lorries parked in guarded areas and that the drivers were free to leave at any time.

Lithuanian officials said the talks had been technical and that no minister had met a Belarusian counterpart. A Lithuanian diplomat familiar with the talks said Minsk had asked for a permanent reopening and had been refused. "They wanted a photograph and a signature. They got neither," the diplomat said.

According to the State Border Guard Service, the two crossings will be staffed by an extra 120 officers. Its spokesman, Giedrius Lapinskas, said the checks would take about forty minutes for each vehicle.

The hauliers are counting the cost. The Baltic Road Carriers' Association said its members had lost more than 30 million euros since the crossings closed in October. Its chairman, Marius Dambrauskas, said several smaller firms had gone bankrupt while their trucks stood in Belarus. He said the government should pay compensation.

At a lay-by near Medininkai, Rasa Venclovienė waited for her husband, a driver who has been stuck near Hrodna since the autumn. "He calls me every night and says: maybe tomorrow. I stopped believing tomorrow in November," she said.

Her husband's employer, Tomas Griškevičius, said the firm still paid him a daily allowance. He said he would sell two of his lorries if the crossings closed again.

Poland, which has kept its own main crossing with Belarus open for freight, said it would watch the Lithuanian checks closely. A European Commission spokesperson said Brussels had been informed and that the reopening did not change the bloc's sanctions on Belarus.

Laura Kairytė, a researcher at the Eastern Europe Studies Centre in Vilnius, said Minsk had used the stranded lorries as a bargaining chip. "Every week the trucks stayed there, the pressure on Vilnius grew. That was the point," the researcher said. She said the government had now shown it would bend for its own citizens, which Minsk would remember.

The opposition Homeland Union said the reopening was a mistake. Its leader in parliament, Algirdas Stasiūnas, said the lorries should have been brought home through Latvia instead.

The government said the crossings would close again on April 1."""
SB = "State Border Guard Service"
DIP = "A Lithuanian diplomat familiar with the talks"
ENTITIES = [
    ("Lithuania", "State", ["Vilnius"], "Q37"),
    ("Belarus", "State", ["Minsk"], "Q184"),
    ("Aistė Mickevičienė", "Person", [], None),
    ("Medininkai", "Location", [], None),
    ("Šalčininkai", "Location", [], None),
    ("LRT", "Organization", [], None),
    ("Belarusian State Border Committee", "Organization", [], None),
    (DIP, "Group", [], None),
    (SB, "Organization", [], None),
    ("Giedrius Lapinskas", "Person", [], None),
    ("Baltic Road Carriers' Association", "Organization", [], None),
    ("Marius Dambrauskas", "Person", [], None),
    ("Rasa Venclovienė", "Person", [], None),
    ("Hrodna", "Location", [], None),
    ("Tomas Griškevičius", "Person", [], None),
    ("Poland", "State", [], "Q36"),
    ("European Commission", "Organization", ["Brussels"], "Q8880"),
    ("Laura Kairytė", "Person", [], None),
    ("Eastern Europe Studies Centre", "Organization", [], None),
    ("Homeland Union", "Organization", [], None),
    ("Algirdas Stasiūnas", "Person", [], None),
    ("Latvia", "State", [], "Q211"),
]
STATEMENTS = [
    ("indirect", "Lithuania", "said on Wednesday", ["Lithuania will reopen two border crossings with Belarus for six weeks so that about 1,400 lorries stranded on the Belarusian side can return"]),
    ("indirect", "Aistė Mickevičienė", "said", ["the checkpoints at Medininkai and Šalčininkai would open to lorries only, from Monday"]),
    ("indirect", "Aistė Mickevičienė", "said", ["no passenger traffic would cross"]),
    ("direct", "Aistė Mickevičienė", "she told LRT", ["This is a door for Lithuanian drivers and Lithuanian trucks, not a change of policy,"]),
    ("indirect", "Aistė Mickevičienė", "She added", ["every lorry would be searched"]),
    ("indirect", "Aistė Mickevičienė", "She added", ["the crossings would close again if a single balloon carrying contraband crossed the border in that time"]),
    ("partial", "Belarus", "said", ['the decision was "long overdue" and blamed Vilnius for the backlog']),
    ("indirect", "Belarusian State Border Committee", "said", ["its officers had kept the lorries parked in guarded areas"]),
    ("indirect", "Belarusian State Border Committee", "said", ["the drivers were free to leave at any time"]),
    ("indirect", "Lithuania", "said", ["the talks had been technical"]),
    ("indirect", "Lithuania", "said", ["no minister had met a Belarusian counterpart"]),
    ("indirect", DIP, "said", ["Minsk had asked for a permanent reopening and had been refused"]),
    ("direct", DIP, "the diplomat said", ["They wanted a photograph and a signature. They got neither,"]),
    ("indirect", SB, "According to", ["the two crossings will be staffed by an extra 120 officers"]),
    ("indirect", "Giedrius Lapinskas", "said", ["the checks would take about forty minutes for each vehicle"]),
    ("indirect", "Baltic Road Carriers' Association", "said", ["its members had lost more than 30 million euros since the crossings closed in October"]),
    ("indirect", "Marius Dambrauskas", "said", ["several smaller firms had gone bankrupt while their trucks stood in Belarus"]),
    ("indirect", "Marius Dambrauskas", "He said", ["the government should pay compensation"]),
    ("direct", "Rasa Venclovienė", "she said", ["He calls me every night and says: maybe tomorrow. I stopped believing tomorrow in November,"]),
    ("indirect", "Tomas Griškevičius", "said", ["the firm still paid him a daily allowance"]),
    ("indirect", "Tomas Griškevičius", "He said", ["he would sell two of his lorries if the crossings closed again"]),
    ("indirect", "Poland", "said", ["it would watch the Lithuanian checks closely"]),
    ("indirect", "European Commission", "said", ["Brussels had been informed"]),
    ("indirect", "European Commission", "said", ["the reopening did not change the bloc's sanctions on Belarus"]),
    ("indirect", "Laura Kairytė", "said", ["Minsk had used the stranded lorries as a bargaining chip"]),
    ("direct", "Laura Kairytė", "the researcher said", ["Every week the trucks stayed there, the pressure on Vilnius grew. That was the point,"]),
    ("indirect", "Laura Kairytė", "She said", ["the government had now shown it would bend for its own citizens, which Minsk would remember"]),
    ("indirect", "Homeland Union", "said", ["the reopening was a mistake"]),
    ("indirect", "Algirdas Stasiūnas", "said", ["the lorries should have been brought home through Latvia instead"]),
    ("indirect", "Lithuania", "said", ["the crossings would close again on April 1"]),
]
AGREEMENTS = []
