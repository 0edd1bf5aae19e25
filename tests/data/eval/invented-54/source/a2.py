ID = "inv54-thehindu-india-china-nathu-la-border-trade-protocol-sikkim-2026-05-20"
TITLE = "India, China sign protocol to resume Nathu La border trade from June; Sikkim traders seek more items"
PUB = "2026-05-20"
TEXT = """GANGTOK

India and China on Tuesday signed a protocol to resume border trade through the Nathu La pass in Sikkim from June 1, six years after the route was shut, the Ministry of External Affairs (MEA) said.

The protocol was signed in Beijing by officials of the two Commerce Ministries. It sets the trading season from June 1 to November 30 and allows traders holding permits to cross between the Sherathang trade mart on the Indian side and Renqinggang in the Tibet Autonomous Region on five days a week.

MEA spokesperson Anjali Mehrotra told reporters in New Delhi that the protocol carried forward "the understanding reached by the two Foreign Ministers in August last year" to reopen trade at three points along the boundary, including Lipulekh and Shipki La.

"Border trade is a livelihood for people on both sides, and we are glad it is coming back," she said. Asked whether the reopening was linked to the situation in eastern Ladakh, Ms. Mehrotra said the two sides had "discussed all aspects of the relationship" and that disengagement talks would continue separately.

A spokesperson for the Chinese Foreign Ministry said in Beijing that the resumption was "in the interest of the people of the two countries" and that China was ready to work with India to make trade "smooth and orderly".

Trade through Nathu La resumed in 2006 under a 2003 memorandum that added the pass to the list of trading points. The memorandum remains in force, but trade has been suspended since 2020, first because of the COVID-19 pandemic and then after the clashes in the Galwan Valley.

In Gangtok, traders welcomed the decision but said the list of goods allowed across the pass had barely changed since 2006.

"We are still allowed to export the same 36 items, and half of them nobody in Tibet wants any more," said Pemba Tshering Bhutia, president of the Nathu La Border Trade Association. He said the association had written to the Commerce Ministry asking for tea, processed food and medicines to be added.

Sikkim's Commerce and Industries Minister, Karma Namgyal Lepcha, said the State government would repair the road to Sherathang before June and open a help desk for permit holders at the Department of Commerce office in Gangtok. He said the State had lost close to ₹100 crore a year in trade since the pass was closed.

A senior official in the Union Commerce Ministry, who did not wish to be named, said the list of items would be reviewed "after one full season", adding that the government wanted to see how the new customs arrangements at Sherathang worked first.

The Congress criticised the move. Party general secretary Rohan Verma accused the government of "rewarding" China while Indian patrols were still unable to reach several points in eastern Ladakh. "Trade can wait. Territory cannot," he said at a press conference in New Delhi.

Officials said security at the pass would remain with the Indian Army and the Indo-Tibetan Border Police, and that traders would be escorted between Sherathang and the border post."""
ENTITIES = [
    ("Gangtok", "Location", ["GANGTOK"], None),
    ("India", "State", [], "Q668"),
    ("New Delhi", "Location", [], "Q987"),
    ("China", "State", [], "Q148"),
    ("Beijing", "Location", [], "Q956"),
    ("Nathu La", "Location", [], None),
    ("Sikkim", "Location", [], None),
    ("Ministry of External Affairs", "Organization", ["MEA"], None),
    ("Sherathang", "Location", [], None),
    ("Renqinggang", "Location", [], None),
    ("Tibet Autonomous Region", "Location", ["Tibet"], None),
    ("Anjali Mehrotra", "Person", ["MEA spokesperson Anjali Mehrotra", "Ms. Mehrotra"], None),
    ("Lipulekh", "Location", [], None),
    ("Shipki La", "Location", [], None),
    ("Ladakh", "Location", ["eastern Ladakh"], None),
    ("Chinese Foreign Ministry", "Organization", [], None),
    ("Galwan Valley", "Location", [], None),
    ("traders", "Group", [], None),
    ("Pemba Tshering Bhutia", "Person", [], None),
    ("Nathu La Border Trade Association", "Organization", [], None),
    ("Union Commerce Ministry", "Organization", ["Commerce Ministry"], None),
    ("Karma Namgyal Lepcha", "Person", [], None),
    ("Department of Commerce", "Organization", [], None),
    ("A senior official in the Union Commerce Ministry", "Group", [], None),
    ("Congress", "Organization", [], None),
    ("Rohan Verma", "Person", [], None),
    ("Indian Army", "Organization", [], None),
    ("Indo-Tibetan Border Police", "Organization", [], None),
]
SO = "A senior official in the Union Commerce Ministry"
STATEMENTS = [
    ("indirect", "Ministry of External Affairs", "said", ["India and China on Tuesday signed a protocol to resume border trade through the Nathu La pass in Sikkim from June 1, six years after the route was shut"]),
    ("partial", "Anjali Mehrotra", "told reporters", ["the protocol carried forward \"the understanding reached by the two Foreign Ministers in August last year\" to reopen trade at three points along the boundary, including Lipulekh and Shipki La"]),
    ("direct", "Anjali Mehrotra", "she said", ["Border trade is a livelihood for people on both sides, and we are glad it is coming back,"]),
    ("partial", "Anjali Mehrotra", "said", ["the two sides had \"discussed all aspects of the relationship\""]),
    ("indirect", "Anjali Mehrotra", "said", ["disengagement talks would continue separately"]),
    ("partial", "Chinese Foreign Ministry", "said", ["the resumption was \"in the interest of the people of the two countries\""]),
    ("partial", "Chinese Foreign Ministry", "said", ["China was ready to work with India to make trade \"smooth and orderly\""]),
    ("indirect", "traders", "said", ["the list of goods allowed across the pass had barely changed since 2006"]),
    ("direct", "Pemba Tshering Bhutia", "said", ["We are still allowed to export the same 36 items, and half of them nobody in Tibet wants any more,"]),
    ("indirect", "Pemba Tshering Bhutia", "He said", ["the association had written to the Commerce Ministry asking for tea, processed food and medicines to be added"]),
    ("indirect", "Karma Namgyal Lepcha", "said", ["the State government would repair the road to Sherathang before June and open a help desk for permit holders at the Department of Commerce office in Gangtok"]),
    ("indirect", "Karma Namgyal Lepcha", "He said", ["the State had lost close to ₹100 crore a year in trade since the pass was closed"]),
    ("partial", SO, "said", ["the list of items would be reviewed \"after one full season\""]),
    ("indirect", SO, "adding", ["the government wanted to see how the new customs arrangements at Sherathang worked first"]),
    ("partial", "Rohan Verma", "accused", ["the government of \"rewarding\" China while Indian patrols were still unable to reach several points in eastern Ladakh"]),
    ("direct", "Rohan Verma", "he said", ["Trade can wait. Territory cannot,"]),
    ("indirect", "India", "said", ["security at the pass would remain with the Indian Army and the Indo-Tibetan Border Police"]),
    ("indirect", "India", "said", ["traders would be escorted between Sherathang and the border post"]),
]
AGREEMENTS = [
    ("protocol", "a protocol to resume border trade", ["India", "China"], "signed", "2026-05-19", "Beijing"),
    ("agreement", "the understanding reached by the two Foreign Ministers", ["India", "China"], "reached", "2025-08", None),
    ("memorandum", "a 2003 memorandum", ["India", "China"], "in-force", "2003", None),
]
