ID = "inv53-afp-iraq-iran-protocol-disarm-kurdish-opposition-camps-2026-03-09"
TITLE = "Iraq, Iran agree three-month deadline to disarm Iranian Kurdish fighters"
PUB = "2026-03-09"
TEXT = """Baghdad (AFP) - Iraq and Iran signed a protocol on Sunday giving Iraqi forces three months to disarm Iranian Kurdish opposition fighters in the north of the country and move them away from the border, days after Tehran threatened to resume strikes on their camps.

The protocol, signed in Baghdad by Iraqi national security adviser Falih al-Saadi and Iranian deputy interior minister Majid Hosseini-Rad, extends a 2023 security agreement under which the Iraqi government pledged to stop armed groups from using its territory to attack Iran.

"Iraqi soil will not be a launch pad against any neighbour, and we have given our word on that," Saadi told a news conference after the signing. "But this must be done by the Iraqi state, not by drones."

Hosseini-Rad said the new timetable was "the last chance" for the camps to be emptied peacefully.

Iraqi officials said the fighters and their families, about 4,000 people in all, would be moved to sites far from the frontier under the watch of federal and Kurdish security forces.

Iranian Foreign Ministry spokesman Hamid Rezaei told his weekly briefing that Tehran "respects the sovereignty of Iraq" but would not tolerate "terrorist groups" on its western border. He accused the Kurdistan Regional Government, which runs the autonomous north, of dragging its feet for two years.

A spokesman for the Kurdistan Regional Government said in a statement that the authorities in Erbil had already moved several hundred fighters away from the border and would "cooperate fully" with the federal government.

The Democratic Party of Iranian Kurdistan (PDKI), the largest of the groups, rejected the deal. Its spokesman, Karim Mahmoudi, told AFP by telephone from Koya, where the party has its main base, that its members had "never fired a single bullet from Iraqi territory".

"We are refugees, not an army. This protocol is a gift to the executioners in Tehran," he said.

Komala, a smaller leftist group based near Sulaimaniyah, did not respond to a request for comment.

Iran's Islamic Revolutionary Guard Corps fired missiles and drones at the groups' camps in 2022, killing more than a dozen people, before the two governments reached the 2023 agreement. Iran has also proposed joint patrols along the mountainous frontier, a plan on which the Iraqi government has yet to give an answer.

An Iraqi security official, who asked not to be named, said the three-month deadline was "ambitious" because many fighters had families in the camps and nowhere else to go.

"If we push too hard, they scatter into the mountains, and then nobody controls them," the official said.

Residents of the camp at Koya said they had heard nothing from the authorities about where they would be sent.

Shirin Ahmadi, a researcher at the Middle East Research Institute in Erbil, said the Iraqi government was trying to keep the peace on the border without a war with the Kurdish parties.

"It is a very narrow path. One drone strike, and the whole arrangement falls apart," she said. She added that Washington, which has troops in the Kurdistan region, had quietly encouraged both sides to settle the dispute."""
ENTITIES = [
    ("Baghdad", "Location", [], "Q1530"),
    ("AFP", "Organization", [], "Q40464"),
    ("Iraq", "State", ["the Iraqi government"], "Q796"),
    ("Iran", "State", ["Tehran"], "Q794"),
    ("Falih al-Saadi", "Person", ["Saadi"], None),
    ("Majid Hosseini-Rad", "Person", ["Hosseini-Rad"], None),
    ("Iranian Foreign Ministry", "Organization", [], None),
    ("Hamid Rezaei", "Person", [], None),
    ("Kurdistan Regional Government", "Organization", [], None),
    ("Erbil", "Location", [], None),
    ("Democratic Party of Iranian Kurdistan", "ArmedGroup", ["PDKI"], None),
    ("Karim Mahmoudi", "Person", [], None),
    ("Koya", "Location", [], None),
    ("Komala", "ArmedGroup", [], None),
    ("Sulaimaniyah", "Location", [], None),
    ("Islamic Revolutionary Guard Corps", "Organization", [], None),
    ("An Iraqi security official", "Group", ["the official"], None),
    ("Residents of the camp at Koya", "Group", [], None),
    ("Shirin Ahmadi", "Person", [], None),
    ("Middle East Research Institute", "Organization", [], None),
    ("United States", "State", ["Washington"], "Q30"),
    ("Kurdistan region", "Location", [], None),
]
IO = "An Iraqi security official"
STATEMENTS = [
    ("direct", "Falih al-Saadi", "told a news conference", ["Iraqi soil will not be a launch pad against any neighbour, and we have given our word on that,", "But this must be done by the Iraqi state, not by drones."]),
    ("partial", "Majid Hosseini-Rad", "said", ['the new timetable was "the last chance" for the camps to be emptied peacefully']),
    ("indirect", "Iraq", "said", ["the fighters and their families, about 4,000 people in all, would be moved to sites far from the frontier under the watch of federal and Kurdish security forces"]),
    ("partial", "Hamid Rezaei", "told his weekly briefing", ['Tehran "respects the sovereignty of Iraq" but would not tolerate "terrorist groups" on its western border']),
    ("indirect", "Hamid Rezaei", "accused", ["the Kurdistan Regional Government, which runs the autonomous north, of dragging its feet for two years"]),
    ("partial", "Kurdistan Regional Government", "said in a statement", ['the authorities in Erbil had already moved several hundred fighters away from the border and would "cooperate fully" with the federal government']),
    ("partial", "Karim Mahmoudi", "told AFP", ['its members had "never fired a single bullet from Iraqi territory"']),
    ("direct", "Karim Mahmoudi", "he said", ["We are refugees, not an army. This protocol is a gift to the executioners in Tehran,"]),
    ("partial", IO, "said", ['the three-month deadline was "ambitious" because many fighters had families in the camps and nowhere else to go']),
    ("direct", IO, "the official said", ["If we push too hard, they scatter into the mountains, and then nobody controls them,"]),
    ("indirect", "Residents of the camp at Koya", "said", ["they had heard nothing from the authorities about where they would be sent"]),
    ("indirect", "Shirin Ahmadi", "said", ["the Iraqi government was trying to keep the peace on the border without a war with the Kurdish parties"]),
    ("direct", "Shirin Ahmadi", "she said", ["It is a very narrow path. One drone strike, and the whole arrangement falls apart,"]),
    ("indirect", "Shirin Ahmadi", "She added", ["Washington, which has troops in the Kurdistan region, had quietly encouraged both sides to settle the dispute"]),
]
AGREEMENTS = [
    ("protocol", "a protocol", ["Iraq", "Iran"], "signed", "2026-03-08", "Baghdad"),
    ("agreement", "a 2023 security agreement", ["Iraq", "Iran"], "in-force", "2023", None),
    ("proposal", "joint patrols along the mountainous frontier", ["Iran"], "proposed", None, None),
]
