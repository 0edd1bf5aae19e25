ID = "inv19-rferl-chechnya-ingushetia-border-commission-2026-04-16"
TITLE = "Chechnya, Ingushetia Revive Border Commission As Protest Anniversary Nears"
PUB = "2026-04-16"
TEXT = """MAGAS, Russia -- Ingushetia's government and the government of neighboring Chechnya have agreed to revive a joint commission on the disputed stretch of their border in the Sunzha district, the Ingush government said in a statement on April 15, more than seven years after a land swap set off the largest street protests the small republic had seen in decades.

The head of Ingushetia, Magomed Dzhabrailov, met the Chechen parliament speaker, Ruslan Aldamov, in Grozny on April 14. He said afterward that the commission would hold its first session in Magas "before the summer" and that its work would be "open to the public this time."

Aldamov's press service said the Chechen side saw the commission as "a technical body" and that the 2018 agreement on the border remained in force.

That agreement, signed by the then heads of the two republics, handed Chechnya a strip of forest and farmland in the Sunzha and Malgobek districts. Russia's Constitutional Court upheld it months later, and dozens of protesters were jailed.

"People here have not forgotten 2018, and they will not accept another deal signed at night," said Zarema Outlieva, a lawyer in Nazran who defended several of the jailed protesters. She told RFE/RL's North Caucasus Service that the families of the convicted activists had not been invited to the talks.

Ingushetia's Ministry of Justice said the commission would include "representatives of civil society," but it did not say who would choose them. A ministry spokeswoman, Leila Baisarova, said the names would be published within a month.

The Kremlin declined to comment. A federal official in Moscow, who spoke on condition of anonymity because he was not authorized to discuss the matter, said the presidential administration wanted calm on the border before the parliamentary elections in September. "Nobody in Moscow wants to see crowds in Magas again," the official said.

In Arshty, a village that sits on the disputed line, the mood was wary. Akhmed Tsechoev, a retired schoolteacher, and his daughter Madina walked RFE/RL's correspondent to the edge of the family's hayfields. He said the road to the fields had been closed by Chechen police twice this year. "We used to drive there without asking anyone," he said.

Madina Tsechoeva said she hoped the commission would at least reopen the road. "We are not asking for land. We are asking for a road," she said.

Chechnya's Interior Ministry said in a statement that the checkpoints near Arshty were "temporary" and had been set up to stop illegal logging.

Analysts were skeptical. Timur Gazdiev, a researcher at the Terek Center for Regional Studies in Vladikavkaz, said the commission gave both leaders a way to show Moscow that the issue was under control.

"A commission is a way of postponing a decision, not of taking one," the researcher said. He added that no body of this kind had ever moved a line on the map in the North Caucasus.

Two members of Ingushetia's parliament, who asked not to be named, said they had learned of the talks from social media. "We were not consulted, again," one of them said.

Officials in Grozny said the first session would be chaired by the Chechen side and that the commission would report to both heads by the end of the year."""
F = "A federal official in Moscow"
P = "Two members of Ingushetia's parliament"
ENTITIES = [
    ("Ingushetia's government", "Organization", ["Ingush government"], None),
    ("government of neighboring Chechnya", "Organization", [], None),
    ("Ingushetia", "Location", [], None),
    ("Chechnya", "Location", [], None),
    ("Magas", "Location", [], None),
    ("Sunzha", "Location", [], None),
    ("Magomed Dzhabrailov", "Person", [], None),
    ("Ruslan Aldamov", "Person", ["Aldamov"], None),
    ("Grozny", "Location", [], None),
    ("Aldamov's press service", "Group", [], None),
    ("Malgobek", "Location", [], None),
    ("Russia", "State", [], "Q159"),
    ("Constitutional Court", "Organization", [], None),
    ("Zarema Outlieva", "Person", [], None),
    ("Nazran", "Location", [], None),
    ("RFE/RL", "Organization", [], None),
    ("Ingushetia's Ministry of Justice", "Organization", [], None),
    ("Leila Baisarova", "Person", [], None),
    ("Kremlin", "Organization", [], None),
    (F, "Group", [], None),
    ("Moscow", "Location", [], None),
    ("Arshty", "Location", [], None),
    ("Akhmed Tsechoev", "Person", [], None),
    ("Madina Tsechoeva", "Person", [], None),
    ("Chechnya's Interior Ministry", "Organization", [], None),
    ("Timur Gazdiev", "Person", [], None),
    ("Terek Center for Regional Studies", "Organization", [], None),
    ("Vladikavkaz", "Location", [], None),
    ("North Caucasus", "Location", [], None),
    (P, "Group", [], None),
    ("one of them", "Group", [], None),
    ("Officials in Grozny", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "Ingushetia's government", "said in a statement", ["Ingushetia's government and the government of neighboring Chechnya have agreed to revive a joint commission on the disputed stretch of their border in the Sunzha district"]),
    ("partial", "Magomed Dzhabrailov", "He said", ['the commission would hold its first session in Magas "before the summer"']),
    ("partial", "Magomed Dzhabrailov", "He said", ['its work would be "open to the public this time."']),
    ("partial", "Aldamov's press service", "said", ['the Chechen side saw the commission as "a technical body"']),
    ("indirect", "Aldamov's press service", "said", ["the 2018 agreement on the border remained in force"]),
    ("direct", "Zarema Outlieva", "said", ["People here have not forgotten 2018, and they will not accept another deal signed at night,"]),
    ("indirect", "Zarema Outlieva", "She told", ["the families of the convicted activists had not been invited to the talks"]),
    ("partial", "Ingushetia's Ministry of Justice", "said", ['the commission would include "representatives of civil society,"']),
    ("indirect", "Leila Baisarova", "said", ["the names would be published within a month"]),
    ("indirect", F, "said", ["the presidential administration wanted calm on the border before the parliamentary elections in September"]),
    ("direct", F, "the official said", ["Nobody in Moscow wants to see crowds in Magas again,"]),
    ("indirect", "Akhmed Tsechoev", "He said", ["the road to the fields had been closed by Chechen police twice this year"]),
    ("direct", "Akhmed Tsechoev", "he said", ["We used to drive there without asking anyone,"]),
    ("indirect", "Madina Tsechoeva", "said", ["she hoped the commission would at least reopen the road"]),
    ("direct", "Madina Tsechoeva", "she said", ["We are not asking for land. We are asking for a road,"]),
    ("partial", "Chechnya's Interior Ministry", "said in a statement", ['the checkpoints near Arshty were "temporary" and had been set up to stop illegal logging']),
    ("indirect", "Timur Gazdiev", "said", ["the commission gave both leaders a way to show Moscow that the issue was under control"]),
    ("direct", "Timur Gazdiev", "the researcher said", ["A commission is a way of postponing a decision, not of taking one,"]),
    ("indirect", "Timur Gazdiev", "He added", ["no body of this kind had ever moved a line on the map in the North Caucasus"]),
    ("indirect", P, "said", ["they had learned of the talks from social media"]),
    ("direct", "one of them", "one of them said", ["We were not consulted, again,"]),
    ("indirect", "Officials in Grozny", "said", ["the first session would be chaired by the Chechen side"]),
    ("indirect", "Officials in Grozny", "said", ["the commission would report to both heads by the end of the year"]),
]
AGREEMENTS = [
    ("agreement", "revive a joint commission on the disputed stretch of their border in the Sunzha district", ["Ingushetia's government", "government of neighboring Chechnya"], "reached", "2026-04", "Grozny"),
    ("agreement", "the 2018 agreement on the border", ["Ingushetia's government", "government of neighboring Chechnya"], "in-force", "2018", None),
]
