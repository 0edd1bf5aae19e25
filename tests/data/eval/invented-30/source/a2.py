ID = "inv30-ahramonline-egypt-libya-salloum-border-commission-2026-09-22"
TITLE = "Egypt, Libya revive joint border commission to ease Salloum crossing delays"
PUB = "2026-09-22"
TEXT = """CAIRO (Ahram Online) - Egypt and Libya have agreed to revive a joint border commission that will meet every two months to ease delays at the Salloum crossing, Egypt's Foreign Ministry said on Monday.

The agreement was signed in Alexandria on Sunday by the heads of the two delegations, the ministry said in a statement. It said the commission would also set rules for lorry drivers who wait for days on the Libyan side.

Assistant Foreign Minister for Neighbouring Countries and Border Affairs Hisham Radwan told Ahram Online that the commission had not met since 2019. "A border that only works when it is quiet is not a border policy," Radwan said.

The Ministry of Transport, Roads and Ports in Tripoli said Libyan customs would add a second inspection lane at Musaid by December. A ministry spokesman said the lane would be paid for from the Libyan customs budget.

A senior security official at the crossing, who was not authorised to speak to the press, said smuggling of fuel and medicines had fallen since the summer. The official said patrols on both sides of the frontier had been doubled.

The Egyptian Truck Drivers' Association has warned that its members will stop carrying goods to Libya if the waiting time is not cut to one day. Its chairman, Sayed Abdel Aal, said some drivers had slept in their cabs for a week.

Barqa Freight Services, a logistics firm based in Tobruk, said it had lost three contracts in August because of the delays. Managing director Faraj Bu Khatwa said the new lane would help, "but only if it is open at night."

The Tobruk Martyrs Brigade, an armed group that controls the coastal road west of the crossing, said it would not allow any inspection post to be moved without its consent. Analysts said the group was the main obstacle to a full reopening.

Analyst Mona Sherif of the Cairo Centre for Strategic Studies said the commission was "a tool, not a solution." She added that Cairo wanted a single partner in Libya, not several. Economist Karim el-Tahawy said trade through Salloum had fallen by half since 2022.

The Egyptian Union of Chambers of Commerce said its members were owed millions of pounds by Libyan importers. According to the union, many of the debts date back to the 2020 closure.

Lawyer Nadia Fathy said a case filed at the State Council by drivers who lost cargo would be heard in November.

In Salloum, fishmonger Ashraf Mansour said business had picked up since the border stayed open. "When the drivers wait, they eat, and they buy from us," he said. His wife, Samia Mansour, runs a cafe near the gate. She said most customers were drivers from Alexandria.

The commission's first meeting will take place in Tobruk in November, Libyan officials said."""
ENTITIES = [
    ("Egypt", "State", ["Cairo"], "Q79"),
    ("Libya", "State", [], "Q1016"),
    ("Ahram Online", "Organization", [], None),
    ("Salloum", "Location", [], None),
    ("Egypt's Foreign Ministry", "Organization", ["the ministry"], None),
    ("Alexandria", "Location", [], None),
    ("Hisham Radwan", "Person", ["Radwan"], None),
    ("Ministry of Transport, Roads and Ports", "Organization", [], None),
    ("Tripoli", "Location", [], None),
    ("Musaid", "Location", [], None),
    ("A senior security official at the crossing", "Group", [], None),
    ("Egyptian Truck Drivers' Association", "Organization", [], None),
    ("Sayed Abdel Aal", "Person", [], None),
    ("Barqa Freight Services", "Organization", [], None),
    ("Tobruk", "Location", [], None),
    ("Faraj Bu Khatwa", "Person", [], None),
    ("Tobruk Martyrs Brigade", "ArmedGroup", ["the group"], None),
    ("Analysts", "Group", [], None),
    ("Mona Sherif", "Person", [], None),
    ("Cairo Centre for Strategic Studies", "Organization", [], None),
    ("Karim el-Tahawy", "Person", [], None),
    ("Egyptian Union of Chambers of Commerce", "Organization", ["the union"], None),
    ("Nadia Fathy", "Person", [], None),
    ("State Council", "Organization", [], None),
    ("Ashraf Mansour", "Person", [], None),
    ("Samia Mansour", "Person", [], None),
]
F = "Egypt's Foreign Ministry"
T = "Ministry of Transport, Roads and Ports"
G = "A senior security official at the crossing"
STATEMENTS = [
    ("indirect", F, "said on Monday", ["Egypt and Libya have agreed to revive a joint border commission that will meet every two months to ease delays at the Salloum crossing"]),
    ("indirect", F, "the ministry said", ["The agreement was signed in Alexandria on Sunday by the heads of the two delegations"]),
    ("indirect", F, "It said", ["the commission would also set rules for lorry drivers who wait for days on the Libyan side"]),
    ("indirect", "Hisham Radwan", "told Ahram Online", ["the commission had not met since 2019"]),
    ("direct", "Hisham Radwan", "Radwan said", ["A border that only works when it is quiet is not a border policy,"]),
    ("indirect", T, "said", ["Libyan customs would add a second inspection lane at Musaid by December"]),
    ("indirect", T, "A ministry spokesman said", ["the lane would be paid for from the Libyan customs budget"]),
    ("indirect", G, "said", ["smuggling of fuel and medicines had fallen since the summer"]),
    ("indirect", G, "The official said", ["patrols on both sides of the frontier had been doubled"]),
    ("indirect", "Egyptian Truck Drivers' Association", "has warned", ["its members will stop carrying goods to Libya if the waiting time is not cut to one day"]),
    ("indirect", "Sayed Abdel Aal", "said", ["some drivers had slept in their cabs for a week"]),
    ("indirect", "Barqa Freight Services", "said", ["it had lost three contracts in August because of the delays"]),
    ("partial", "Faraj Bu Khatwa", "said", ['the new lane would help, "but only if it is open at night."']),
    ("indirect", "Tobruk Martyrs Brigade", "said", ["it would not allow any inspection post to be moved without its consent"]),
    ("indirect", "Analysts", "Analysts said", ["the group was the main obstacle to a full reopening"]),
    ("partial", "Mona Sherif", "said", ['the commission was "a tool, not a solution."']),
    ("indirect", "Mona Sherif", "She added", ["Cairo wanted a single partner in Libya, not several"]),
    ("indirect", "Karim el-Tahawy", "said", ["trade through Salloum had fallen by half since 2022"]),
    ("indirect", "Egyptian Union of Chambers of Commerce", "said", ["its members were owed millions of pounds by Libyan importers"]),
    ("indirect", "Egyptian Union of Chambers of Commerce", "According to", ["many of the debts date back to the 2020 closure"]),
    ("indirect", "Nadia Fathy", "said", ["a case filed at the State Council by drivers who lost cargo would be heard in November"]),
    ("indirect", "Ashraf Mansour", "said", ["business had picked up since the border stayed open"]),
    ("direct", "Ashraf Mansour", "he said", ["When the drivers wait, they eat, and they buy from us,"]),
    ("indirect", "Samia Mansour", "She said", ["most customers were drivers from Alexandria"]),
    ("indirect", "Libya", "Libyan officials said", ["The commission's first meeting will take place in Tobruk in November"]),
]
AGREEMENTS = [
    ("agreement", "The agreement", ["Egypt", "Libya"], "signed", "2026-09-20", "Alexandria"),
]
