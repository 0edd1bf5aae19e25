ID = "inv13-reuters-ethiopia-eritrea-bure-border-committee-2026-05-27"
TITLE = "Ethiopia, Eritrea agree to survey disputed border near Bure after Nairobi talks"
PUB = "2026-05-27"
TEXT = """ADDIS ABABA, May 27 (Reuters) - Ethiopia and Eritrea have agreed to set up a joint committee to survey the disputed stretch of their border near Bure, Ethiopian officials said on Wednesday, after two days of talks in Nairobi that diplomats described as the first serious contact between the neighbours in more than two years.

Redwan Abdi Kedir, the spokesman for Ethiopia's Ministry of Foreign Affairs, told a news conference in Addis Ababa that the committee would meet for the first time "within thirty days" and report to both foreign ministers by the end of the year.

"We did not solve everything in two days, and nobody expected us to," he said. "But for the first time in a long while the two delegations sat at the same table and looked at the same map."

According to Redwan, each side will name five surveyors and the two delegations will take turns to chair the committee.

Eritrea's Ministry of Information confirmed the meeting in a short statement posted online. The talks had been "frank and useful," the statement said, adding that Asmara remained committed to the ruling of the boundary commission of 2002.

Eritrean officials rarely speak to foreign reporters. A senior Eritrean diplomat in Nairobi, who asked not to be named because he was not authorised to brief the media, said the committee was "a technical step, not a political one" and that Eritrea would not discuss the port of Assab.

"Assab is not on the table. It was never on the table," the diplomat said.

Ethiopia's repeated calls for access to the Red Sea have alarmed Asmara over the past year. The Ethiopian prime minister's office said on Wednesday that the country sought access "through peaceful means and mutual benefit only."

In Bure, residents are cautious. Mulu Gebremedhin, who runs a tea house near the old front line, said traders had waited for an open road since the war of 1998. "Every year someone tells us the border will open. My sons grew up hearing it," she said.

Her neighbour, Tesfaye Alemu, a lorry driver, said the road used to carry ten lorries an hour to the coast. He said he would believe in the talks when he saw the first checkpoint taken down.

Kenya, which hosted the talks, said in a statement that Nairobi stood ready to host the committee "for as long as the two neighbours need a room."

Analysts warned against expecting quick results. Hana Worku, a researcher at the Horn Policy Institute in Addis Ababa, said both governments had reasons to show progress, Ethiopia to calm fears of a new war and Eritrea to ease its isolation.

"A committee is cheap. The test is whether surveyors are allowed to walk the line," the researcher said. She added that the ruling of 2002, which placed Badme in Eritrea, had never been fully carried out.

Two officials in Ethiopia's Tigray region, which borders Eritrea, said they had not been consulted about the talks. "Decisions about our border are again made far from our border," one of them said.

The African Union Commission said the agreement was "a welcome sign for the whole Horn of Africa" and offered to send technical experts to help the surveyors.

Ethiopian officials said the committee's first meeting would take place in Nairobi in June."""
G = "A senior Eritrean diplomat in Nairobi"
T = "Two officials in Ethiopia's Tigray region"
ENTITIES = [
    ("Reuters", "Organization", [], None),
    ("Ethiopia", "State", [], "Q115"),
    ("Eritrea", "State", ["Asmara"], "Q986"),
    ("Bure", "Location", [], None),
    ("Nairobi", "Location", [], None),
    ("Redwan Abdi Kedir", "Person", ["Redwan"], None),
    ("Ethiopia's Ministry of Foreign Affairs", "Organization", [], None),
    ("Addis Ababa", "Location", [], None),
    ("Eritrea's Ministry of Information", "Organization", [], None),
    (G, "Group", [], None),
    ("Assab", "Location", [], None),
    ("Red Sea", "Location", [], None),
    ("The Ethiopian prime minister's office", "Group", [], None),
    ("Mulu Gebremedhin", "Person", [], None),
    ("Tesfaye Alemu", "Person", [], None),
    ("Kenya", "State", [], "Q114"),
    ("Hana Worku", "Person", [], None),
    ("Horn Policy Institute", "Organization", [], None),
    ("Badme", "Location", [], None),
    (T, "Group", [], None),
    ("Tigray", "Location", [], None),
    ("one of them", "Group", [], None),
    ("African Union Commission", "Organization", [], None),
    ("Horn of Africa", "Location", [], None),
]
STATEMENTS = [
    ("indirect", "Ethiopia", "said on Wednesday", ["Ethiopia and Eritrea have agreed to set up a joint committee to survey the disputed stretch of their border near Bure"]),
    ("partial", "Redwan Abdi Kedir", "told a news conference", ['the committee would meet for the first time "within thirty days" and report to both foreign ministers by the end of the year']),
    ("direct", "Redwan Abdi Kedir", "he said", ["We did not solve everything in two days, and nobody expected us to,", "But for the first time in a long while the two delegations sat at the same table and looked at the same map."]),
    ("indirect", "Redwan Abdi Kedir", "According to", ["each side will name five surveyors and the two delegations will take turns to chair the committee"]),
    ("partial", "Eritrea's Ministry of Information", "the statement said", ['The talks had been "frank and useful,"']),
    ("indirect", "Eritrea's Ministry of Information", "adding", ["Asmara remained committed to the ruling of the boundary commission of 2002"]),
    ("partial", G, "said", ['the committee was "a technical step, not a political one"']),
    ("indirect", G, "said", ["Eritrea would not discuss the port of Assab"]),
    ("direct", G, "the diplomat said", ["Assab is not on the table. It was never on the table,"]),
    ("partial", "The Ethiopian prime minister's office", "said on Wednesday", ['the country sought access "through peaceful means and mutual benefit only."']),
    ("indirect", "Mulu Gebremedhin", "said", ["traders had waited for an open road since the war of 1998"]),
    ("direct", "Mulu Gebremedhin", "she said", ["Every year someone tells us the border will open. My sons grew up hearing it,"]),
    ("indirect", "Tesfaye Alemu", "said", ["the road used to carry ten lorries an hour to the coast"]),
    ("indirect", "Tesfaye Alemu", "He said", ["he would believe in the talks when he saw the first checkpoint taken down"]),
    ("partial", "Kenya", "said in a statement", ['Nairobi stood ready to host the committee "for as long as the two neighbours need a room."']),
    ("indirect", "Hana Worku", "said", ["both governments had reasons to show progress, Ethiopia to calm fears of a new war and Eritrea to ease its isolation"]),
    ("direct", "Hana Worku", "the researcher said", ["A committee is cheap. The test is whether surveyors are allowed to walk the line,"]),
    ("indirect", "Hana Worku", "She added", ["the ruling of 2002, which placed Badme in Eritrea, had never been fully carried out"]),
    ("indirect", T, "said", ["they had not been consulted about the talks"]),
    ("direct", "one of them", "one of them said", ["Decisions about our border are again made far from our border,"]),
    ("partial", "African Union Commission", "said", ['the agreement was "a welcome sign for the whole Horn of Africa" and offered to send technical experts to help the surveyors']),
    ("indirect", "Ethiopia", "said", ["the committee's first meeting would take place in Nairobi in June"]),
]
AGREEMENTS = [
    ("agreement", "a joint committee to survey the disputed stretch of their border near Bure", ["Ethiopia", "Eritrea"], "reached", "2026-05", "Nairobi"),
]
