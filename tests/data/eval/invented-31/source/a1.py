ID = "inv31-reuters-red-sea-insurer-houthi-war-risk-premiums-2026-12-02"
TITLE = "Red Sea insurer to raise war-risk premiums after Houthi strike on bulk carrier, sources say"
PUB = "2026-12-02"
TEXT = """DUBAI (Reuters) - Halvard Marine Assurance, one of the largest insurers of ships sailing through the Red Sea, will raise its war-risk premiums by a third from January after a Houthi drone struck a bulk carrier off Yemen last week, two officials familiar with the matter said.

The increase could still change before it is announced, the officials said, asking not to be named because talks with shipowners were private. They said the insurer had also told clients it would stop covering vessels that called at Israeli ports.

A company spokeswoman said Halvard did not comment on terms for individual clients. "Our priority is the safety of crews, and our prices reflect the risk as it stands," she said.

The carrier, the Liberian-flagged Coral Meridian, was hit on Nov. 26 about 60 nautical miles west of Hodeidah. Its manager, the Piraeus-based Kastellis Shipping, said none of the 21 crew had been hurt and that the ship had reached Djibouti under its own power.

Kastellis chief executive Andreas Moraitis said the company would keep sending ships through the strait for now. "We cannot price our way out of every danger," he said.

The Houthi movement, which controls much of northern Yemen, said it had targeted the ship because its owners traded with Israel. A Houthi military spokesman said attacks would continue until the war in Gaza ended.

A source close to the talks between underwriters and the Joint War Committee in London said other insurers were expected to follow Halvard within weeks. The source said the committee would review its list of high-risk areas on Dec. 10.

"Everyone is watching what Halvard does," the source added.

Researchers at the Nordhavn Maritime Institute in Copenhagen have estimated that traffic through the Bab el-Mandeb strait is still 55 percent below its 2023 level. According to the institute, most container lines now send their ships around the Cape of Good Hope.

A spokesman for Egypt's Suez Canal Authority said canal revenue had fallen again in November. He said the authority was offering new discounts to win back large tankers.

A Western diplomat in Riyadh said the attack had set back Oman's efforts to revive talks between Saudi Arabia and the Houthis. "The channel was open a month ago. Now it is very quiet," the diplomat said.

Oman said in a statement that it remained in contact with all parties.

The U.S. military's Central Command said its forces had shot down two drones over the southern Red Sea on Sunday.

Shipping executives in Dubai said they feared the higher premiums would be passed on to importers in East Africa, where fuel and grain arrive by sea."""
ENTITIES = [
    ("Dubai", "Location", ["DUBAI"], None),
    ("Reuters", "Organization", [], None),
    ("Halvard Marine Assurance", "Organization", ["Halvard"], None),
    ("Red Sea", "Location", [], None),
    ("Yemen", "State", [], "Q805"),
    ("two officials familiar with the matter", "Group", ["the officials"], None),
    ("Israel", "State", [], "Q801"),
    ("Hodeidah", "Location", [], None),
    ("Piraeus", "Location", [], None),
    ("Kastellis Shipping", "Organization", ["Kastellis"], None),
    ("Djibouti", "State", [], "Q977"),
    ("Andreas Moraitis", "Person", [], None),
    ("Houthi movement", "ArmedGroup", ["Houthis"], None),
    ("Gaza", "Location", [], None),
    ("A source close to the talks between underwriters and the Joint War Committee in London", "Group", ["The source"], None),
    ("Joint War Committee", "Organization", [], None),
    ("London", "Location", [], None),
    ("Nordhavn Maritime Institute", "Organization", ["the institute"], None),
    ("Researchers at the Nordhavn Maritime Institute in Copenhagen", "Group", [], None),
    ("Copenhagen", "Location", [], None),
    ("Bab el-Mandeb", "Location", [], None),
    ("Cape of Good Hope", "Location", [], None),
    ("Egypt", "State", [], "Q79"),
    ("Suez Canal Authority", "Organization", ["the authority"], None),
    ("A Western diplomat in Riyadh", "Group", ["the diplomat"], None),
    ("Riyadh", "Location", [], None),
    ("Oman", "State", [], "Q842"),
    ("Saudi Arabia", "State", [], "Q851"),
    ("United States", "State", ["U.S."], "Q30"),
    ("Central Command", "Organization", [], None),
    ("Shipping executives in Dubai", "Group", [], None),
    ("East Africa", "Location", [], None),
]
O = "two officials familiar with the matter"
S = "A source close to the talks between underwriters and the Joint War Committee in London"
H = "Halvard Marine Assurance"
STATEMENTS = [
    ("indirect", O, "two officials familiar with the matter said", ["Halvard Marine Assurance, one of the largest insurers of ships sailing through the Red Sea, will raise its war-risk premiums by a third from January after a Houthi drone struck a bulk carrier off Yemen last week"]),
    ("indirect", O, "the officials said", ["The increase could still change before it is announced"]),
    ("indirect", O, "They said", ["the insurer had also told clients it would stop covering vessels that called at Israeli ports"]),
    ("indirect", H, "A company spokeswoman said", ["Halvard did not comment on terms for individual clients"]),
    ("direct", H, "she said", ["Our priority is the safety of crews, and our prices reflect the risk as it stands,"]),
    ("indirect", "Kastellis Shipping", "said", ["none of the 21 crew had been hurt"]),
    ("indirect", "Kastellis Shipping", "said", ["the ship had reached Djibouti under its own power"]),
    ("indirect", "Andreas Moraitis", "said", ["the company would keep sending ships through the strait for now"]),
    ("direct", "Andreas Moraitis", "he said", ["We cannot price our way out of every danger,"]),
    ("indirect", "Houthi movement", "said", ["it had targeted the ship because its owners traded with Israel"]),
    ("indirect", "Houthi movement", "A Houthi military spokesman said", ["attacks would continue until the war in Gaza ended"]),
    ("indirect", S, "said", ["other insurers were expected to follow Halvard within weeks"]),
    ("indirect", S, "The source said", ["the committee would review its list of high-risk areas on Dec. 10"]),
    ("direct", S, "the source added", ["Everyone is watching what Halvard does,"]),
    ("indirect", "Researchers at the Nordhavn Maritime Institute in Copenhagen", "have estimated", ["traffic through the Bab el-Mandeb strait is still 55 percent below its 2023 level"]),
    ("indirect", "Nordhavn Maritime Institute", "According to", ["most container lines now send their ships around the Cape of Good Hope"]),
    ("indirect", "Suez Canal Authority", "A spokesman for Egypt's Suez Canal Authority said", ["canal revenue had fallen again in November"]),
    ("indirect", "Suez Canal Authority", "He said", ["the authority was offering new discounts to win back large tankers"]),
    ("indirect", "A Western diplomat in Riyadh", "said", ["the attack had set back Oman's efforts to revive talks between Saudi Arabia and the Houthis"]),
    ("direct", "A Western diplomat in Riyadh", "the diplomat said", ["The channel was open a month ago. Now it is very quiet,"]),
    ("indirect", "Oman", "said in a statement", ["it remained in contact with all parties"]),
    ("indirect", "Central Command", "said", ["its forces had shot down two drones over the southern Red Sea on Sunday"]),
    ("indirect", "Shipping executives in Dubai", "said", ["they feared the higher premiums would be passed on to importers in East Africa, where fuel and grain arrive by sea"]),
]
AGREEMENTS = []
