ID = "inv30-kosovoonline-serbia-kosovo-northern-grid-arrangement-2026-10-14"
TITLE = "Belgrade and Pristina agree interim power arrangement for the north as EU pushes energy roadmap"
PUB = "2026-10-14"
TEXT = """PRISTINA (Kosovo Online) - Serbia and Kosovo have agreed an interim arrangement under which electricity in four northern municipalities will be billed by a Kosovo-licensed supplier from January, the Office of the Deputy Prime Minister for European Integration and Regional Dialogue said on Wednesday.

The arrangement was reached in Brussels after two days of talks facilitated by the European Union, the office said. It added that the old supplier would keep its staff but hand over its metering data by the end of November.

Kosovo's Energy Regulatory Office said the new tariff would be phased in over three years so that households in the north would not face a sudden jump in their bills. Its chairwoman, Arbenita Gashi, told Kosovo Online that unpaid bills from earlier years would not be collected. "Nobody will be asked to pay for the past," Gashi said.

Belgrade has welcomed the deal but insists it does not amount to recognition. Serbia's Ministry of Mining and Energy said the arrangement was "technical, not political." A ministry spokesperson said Serbian engineers would keep working at the Valac substation until a joint team was formed.

A diplomat in Brussels who follows the talks said both delegations had nearly walked out on Tuesday night. The diplomat said the European Union had offered grants for new meters to close the gap.

In Zvecan, shopkeeper Dragan Milosavljevic said he had not received a proper bill in ten years. "I want one bill, one price and no politics," he said. His daughter, Jelena Milosavljevic, teaches at a primary school in the town. She said families worried most about cuts in the winter.

Ibar Power Distribution, the company that has supplied the north since 2013, said it would cooperate with the handover. A company lawyer said the firm would still ask the Basic Court in Mitrovica to rule on who owns its cables.

The Independent Union of Energy Workers of Kosovo has warned that it will strike if any of the 300 workers at the northern supplier lose their jobs. Its president, Besnik Morina, said the union had not been consulted "even once."

The Serbian Businesswomen's Association in North Mitrovica said the arrangement could help small firms that run generators during cuts. According to the association, about 400 shops lost power for more than a week last winter.

Analyst Dardan Hoxha of the Pristina Institute for Policy Studies said the deal was the first energy promise from years of talks to be carried out. He added that both governments needed a success before local elections. Economist Nikola Ristic said the harder test would be collecting payments from households that had not paid for a decade.

Talks on the management of the Gazivode reservoir will resume in December, EU officials said."""
ENTITIES = [
    ("Serbia", "State", ["Belgrade"], "Q403"),
    ("Kosovo", "State", [], "Q1246"),
    ("Pristina", "Location", ["PRISTINA"], None),
    ("Kosovo Online", "Organization", [], None),
    ("Office of the Deputy Prime Minister for European Integration and Regional Dialogue", "Organization", ["the office"], None),
    ("Brussels", "Location", [], None),
    ("European Union", "Organization", ["EU"], "Q458"),
    ("Kosovo's Energy Regulatory Office", "Organization", [], None),
    ("Arbenita Gashi", "Person", ["Gashi"], None),
    ("Serbia's Ministry of Mining and Energy", "Organization", [], None),
    ("Valac", "Location", [], None),
    ("A diplomat in Brussels who follows the talks", "Group", [], None),
    ("Zvecan", "Location", [], None),
    ("Dragan Milosavljevic", "Person", [], None),
    ("Jelena Milosavljevic", "Person", [], None),
    ("Ibar Power Distribution", "Organization", ["the company"], None),
    ("Basic Court in Mitrovica", "Organization", [], None),
    ("Independent Union of Energy Workers of Kosovo", "Organization", ["the union"], None),
    ("Besnik Morina", "Person", [], None),
    ("Serbian Businesswomen's Association", "Organization", ["the association"], None),
    ("North Mitrovica", "Location", [], None),
    ("Dardan Hoxha", "Person", [], None),
    ("Pristina Institute for Policy Studies", "Organization", [], None),
    ("Nikola Ristic", "Person", [], None),
    ("Gazivode reservoir", "Location", [], None),
]
O = "Office of the Deputy Prime Minister for European Integration and Regional Dialogue"
R = "Kosovo's Energy Regulatory Office"
S = "Serbia's Ministry of Mining and Energy"
G = "A diplomat in Brussels who follows the talks"
STATEMENTS = [
    ("indirect", O, "said on Wednesday", ["Serbia and Kosovo have agreed an interim arrangement under which electricity in four northern municipalities will be billed by a Kosovo-licensed supplier from January"]),
    ("indirect", O, "the office said", ["The arrangement was reached in Brussels after two days of talks facilitated by the European Union"]),
    ("indirect", O, "It added", ["the old supplier would keep its staff but hand over its metering data by the end of November"]),
    ("indirect", R, "said", ["the new tariff would be phased in over three years so that households in the north would not face a sudden jump in their bills"]),
    ("indirect", "Arbenita Gashi", "told Kosovo Online", ["unpaid bills from earlier years would not be collected"]),
    ("direct", "Arbenita Gashi", "Gashi said", ["Nobody will be asked to pay for the past,"]),
    ("indirect", "Serbia", "insists", ["it does not amount to recognition"]),
    ("partial", S, "said", ['the arrangement was "technical, not political."']),
    ("indirect", S, "A ministry spokesperson said", ["Serbian engineers would keep working at the Valac substation until a joint team was formed"]),
    ("indirect", G, "said", ["both delegations had nearly walked out on Tuesday night"]),
    ("indirect", G, "The diplomat said", ["the European Union had offered grants for new meters to close the gap"]),
    ("indirect", "Dragan Milosavljevic", "said", ["he had not received a proper bill in ten years"]),
    ("direct", "Dragan Milosavljevic", "he said", ["I want one bill, one price and no politics,"]),
    ("indirect", "Jelena Milosavljevic", "She said", ["families worried most about cuts in the winter"]),
    ("indirect", "Ibar Power Distribution", "said", ["it would cooperate with the handover"]),
    ("indirect", "Ibar Power Distribution", "A company lawyer said", ["the firm would still ask the Basic Court in Mitrovica to rule on who owns its cables"]),
    ("indirect", "Independent Union of Energy Workers of Kosovo", "has warned", ["it will strike if any of the 300 workers at the northern supplier lose their jobs"]),
    ("partial", "Besnik Morina", "said", ['the union had not been consulted "even once."']),
    ("indirect", "Serbian Businesswomen's Association", "said", ["the arrangement could help small firms that run generators during cuts"]),
    ("indirect", "Serbian Businesswomen's Association", "According to", ["about 400 shops lost power for more than a week last winter"]),
    ("indirect", "Dardan Hoxha", "said", ["the deal was the first energy promise from years of talks to be carried out"]),
    ("indirect", "Dardan Hoxha", "He added", ["both governments needed a success before local elections"]),
    ("indirect", "Nikola Ristic", "said", ["the harder test would be collecting payments from households that had not paid for a decade"]),
    ("indirect", "European Union", "EU officials said", ["Talks on the management of the Gazivode reservoir will resume in December"]),
]
AGREEMENTS = [
    ("other", "an interim arrangement under which electricity in four northern municipalities will be billed by a Kosovo-licensed supplier", ["Serbia", "Kosovo"], "reached", "2026-10", "Brussels"),
]
