ID = "inv53-rnz-australia-new-zealand-deportation-memorandum-queenstown-2026-10-16"
TITLE = "Australia, New Zealand sign deportation memorandum, but advocates say little will change"
PUB = "2026-10-16"
TEXT = """New Zealand and Australia have signed a memorandum that gives Wellington two months' notice before a New Zealander who has lived in Australia for years is deported, but advocates say it will do nothing to slow the removals.

The memorandum was signed in Queenstown on Thursday by Foreign Minister Sarah Whitcombe and Australia's Home Affairs Minister, Daniel Kovac, on the sidelines of the annual leaders' meeting.

"It's a step, not a solution," Whitcombe told RNZ. "We have always said that people who grew up in Australia should not be sent to a country they barely know."

Kovac said Australia would "always put the safety of the Australian community first", but that the notice period would help both governments plan.

Under the memorandum, Australia's Department of Home Affairs will share the criminal and health records of deportees at least 60 days before their removal, so that New Zealand agencies can arrange housing and supervision.

New Zealand had pushed for more. Its proposal to exempt people who moved to Australia before the age of 10 was left out of the document, and Whitcombe said the idea "remains on the table".

A senior New Zealand official familiar with the talks said Canberra had refused to discuss the exemption until after Australia's next federal election.

A spokesperson for the Department of Home Affairs said more than 3,000 New Zealanders had been deported under section 501 of the Migration Act since 2014. The department assessed "every case on its merits", the spokesperson said.

The deportations have strained a relationship built on the 1973 Trans-Tasman Travel Arrangement, which lets citizens of each country live and work in the other without a visa.

Filipa Tuilagi, who runs the Auckland support group Return Home Trust, said many of the people she worked with had left New Zealand as toddlers.

"Two months' notice just means two months of paperwork before a man lands at Auckland Airport with nothing," she said. "Nobody is asking why he was sent at all."

Rawiri Hemara, 38, was deported last year after 33 years in Brisbane. He said he had spent four months in the Villawood detention centre in Sydney before being put on a flight with a plastic bag of clothes and a phone number.

"I had never been to Auckland in my life. My kids are still over there," he told RNZ.

New Zealand Police said in a statement that deportees were now linked to a growing share of organised crime arrests, and urged Australia to share intelligence "much earlier than we get it now".

Labour's foreign affairs spokesperson, Priya Raman, called the memorandum "a press release dressed up as a deal" and said the government had given away its strongest card.

Whitcombe rejected that. She said the ministers would review the arrangement in a year and that New Zealand would keep raising individual cases with Canberra."""
ENTITIES = [
    ("New Zealand", "State", ["Wellington"], "Q664"),
    ("Australia", "State", ["Canberra"], "Q408"),
    ("advocates", "Group", [], None),
    ("Queenstown", "Location", [], None),
    ("Sarah Whitcombe", "Person", ["Whitcombe"], None),
    ("Daniel Kovac", "Person", ["Kovac"], None),
    ("RNZ", "Organization", [], None),
    ("Department of Home Affairs", "Organization", [], None),
    ("A senior New Zealand official familiar with the talks", "Group", [], None),
    ("Filipa Tuilagi", "Person", [], None),
    ("Auckland", "Location", [], "Q37100"),
    ("Return Home Trust", "Organization", [], None),
    ("Auckland Airport", "Location", [], None),
    ("Rawiri Hemara", "Person", [], None),
    ("Brisbane", "Location", [], "Q34932"),
    ("Villawood detention centre", "Location", [], None),
    ("Sydney", "Location", [], "Q3130"),
    ("New Zealand Police", "Organization", [], None),
    ("Labour", "Organization", [], None),
    ("Priya Raman", "Person", [], None),
]
STATEMENTS = [
    ("indirect", "advocates", "say", ["it will do nothing to slow the removals"]),
    ("direct", "Sarah Whitcombe", "told RNZ", ["It's a step, not a solution,", "We have always said that people who grew up in Australia should not be sent to a country they barely know."]),
    ("partial", "Daniel Kovac", "said", ['Australia would "always put the safety of the Australian community first"']),
    ("indirect", "Daniel Kovac", "said", ["the notice period would help both governments plan"]),
    ("partial", "Sarah Whitcombe", "said", ['the idea "remains on the table"']),
    ("indirect", "A senior New Zealand official familiar with the talks", "said", ["Canberra had refused to discuss the exemption until after Australia's next federal election"]),
    ("indirect", "Department of Home Affairs", "said", ["more than 3,000 New Zealanders had been deported under section 501 of the Migration Act since 2014"]),
    ("partial", "Department of Home Affairs", "the spokesperson said", ['The department assessed "every case on its merits"']),
    ("indirect", "Filipa Tuilagi", "said", ["many of the people she worked with had left New Zealand as toddlers"]),
    ("direct", "Filipa Tuilagi", "she said", ["Two months' notice just means two months of paperwork before a man lands at Auckland Airport with nothing,", "Nobody is asking why he was sent at all."]),
    ("indirect", "Rawiri Hemara", "He said", ["he had spent four months in the Villawood detention centre in Sydney before being put on a flight with a plastic bag of clothes and a phone number"]),
    ("direct", "Rawiri Hemara", "he told RNZ", ["I had never been to Auckland in my life. My kids are still over there,"]),
    ("indirect", "New Zealand Police", "said in a statement", ["deportees were now linked to a growing share of organised crime arrests"]),
    ("partial", "New Zealand Police", "urged", ['Australia to share intelligence "much earlier than we get it now"']),
    ("partial", "Priya Raman", "called", ['the memorandum "a press release dressed up as a deal"']),
    ("indirect", "Priya Raman", "said", ["the government had given away its strongest card"]),
    ("indirect", "Sarah Whitcombe", "She said", ["the ministers would review the arrangement in a year"]),
    ("indirect", "Sarah Whitcombe", "She said", ["New Zealand would keep raising individual cases with Canberra"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum", ["New Zealand", "Australia"], "signed", "2026-10-15", "Queenstown"),
    ("proposal", "Its proposal to exempt people who moved to Australia before the age of 10", ["New Zealand"], "proposed", None, None),
    ("agreement", "the 1973 Trans-Tasman Travel Arrangement", ["Australia", "New Zealand"], "in-force", "1973", None),
]
