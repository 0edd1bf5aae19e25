ID = "inv56-pap-poland-germany-szczecin-lagoon-monitoring-protocol-2026-09-15"
TITLE = "Poland, Germany sign Szczecin Lagoon monitoring protocol as Świnoujście terminal row simmers"
PUB = "2026-09-15"
TEXT = """Szczecin, Sept. 15 (PAP) - Poland and Germany on Tuesday signed a protocol on joint water-quality monitoring in the Szczecin Lagoon, but the two sides remain at odds over the deep-water container terminal planned in Świnoujście.

The protocol was signed in Szczecin by Poland's deputy infrastructure minister, Arkadiusz Wierzchoń-Kalisz, and by Jan-Hendrik ter Beek, a state secretary at Germany's Federal Ministry for the Environment, Climate Action, Nature Conservation and Nuclear Safety (BMUKN). It obliges both sides to share readings from 14 measuring stations between Ueckermünde and the mouth of the Świna every week and to warn each other within 24 hours of any fish die-off.

"We learned in 2022 that a river does not stop at a border post," Wierzchoń-Kalisz told PAP after the ceremony. "From now on a reading taken in Trzebież will be on a desk in Schwerin the same morning."

The mass death of fish in the Oder two summers ago, blamed on salty discharges and a toxic algal bloom, strained relations between Warsaw and Berlin for months.

Ter Beek said the protocol was "a good first step." He added that Germany still expected a full cross-border environmental assessment of the terminal, which is to be built on the eastern tip of Usedom island, on the Polish side of the border.

The BMUKN said in a statement that dredging a deeper fairway to Świnoujście could push salt water into the lagoon and hurt the fisheries of Anklam and Ueckermünde.

The Szczecin and Świnoujście Seaports Authority, the state-owned company behind the project, rejected the criticism. Its management board president, Bartosz Nowacki-Zięba, said the terminal would handle its first ships in 2029. He accused the German side of "moving the goalposts" each time a document was delivered.

A spokeswoman for Wody Polskie, Poland's state water company, said the agency would publish the joint readings online.

On the German shore of the island the mood is darker.

"We live from visitors who come for the beaches and the quiet. Nobody books a holiday to look at cranes," said Ole Christiansen-Roth, the mayor of Heringsdorf.

Residents of Kamminke, a fishing village of about 200 people across the bay from the site, said they had not been told where the dredged sand would be dumped.

Friends of the Earth Germany (BUND) welcomed the monitoring protocol but warned that it did not cover the terminal itself. BUND's regional chair in Mecklenburg-Western Pomerania, Dr. Wiebke Albers-Ncube, said the group was preparing a complaint to the European Commission.

An official in the state chancellery in Schwerin, who asked not to be named, said the state government would join any legal action Berlin took. The official said talks with Warsaw on the terminal were "going nowhere."

The first joint readings under the protocol are due in October."""
ENTITIES = [
    ("Szczecin", "Location", [], "Q393"),
    ("PAP", "Organization", [], None),
    ("Poland", "State", ["Warsaw"], "Q36"),
    ("Germany", "State", ["Berlin"], "Q183"),
    ("Szczecin Lagoon", "Location", [], None),
    ("Świnoujście", "Location", [], None),
    ("Arkadiusz Wierzchoń-Kalisz", "Person", ["Wierzchoń-Kalisz"], None),
    ("Jan-Hendrik ter Beek", "Person", ["Ter Beek"], None),
    ("Federal Ministry for the Environment, Climate Action, Nature Conservation and Nuclear Safety", "Organization", ["BMUKN"], None),
    ("Ueckermünde", "Location", [], None),
    ("Świna", "Location", [], None),
    ("Trzebież", "Location", [], None),
    ("Schwerin", "Location", [], None),
    ("Oder", "Location", [], None),
    ("Usedom", "Location", [], None),
    ("Anklam", "Location", [], None),
    ("Szczecin and Świnoujście Seaports Authority", "Organization", [], None),
    ("Bartosz Nowacki-Zięba", "Person", [], None),
    ("Wody Polskie", "Organization", [], None),
    ("Ole Christiansen-Roth", "Person", [], None),
    ("Heringsdorf", "Location", [], None),
    ("Residents of Kamminke", "Group", [], None),
    ("Kamminke", "Location", [], None),
    ("Friends of the Earth Germany", "Organization", ["BUND"], None),
    ("Mecklenburg-Western Pomerania", "Location", [], None),
    ("Wiebke Albers-Ncube", "Person", [], None),
    ("European Commission", "Organization", [], "Q8880"),
    ("An official in the state chancellery in Schwerin", "Group", ["The official"], None),
]
OF = "An official in the state chancellery in Schwerin"
STATEMENTS = [
    ("direct", "Arkadiusz Wierzchoń-Kalisz", "told PAP", ["We learned in 2022 that a river does not stop at a border post,", "From now on a reading taken in Trzebież will be on a desk in Schwerin the same morning."]),
    ("partial", "Jan-Hendrik ter Beek", "said", ['the protocol was "a good first step."']),
    ("indirect", "Jan-Hendrik ter Beek", "He added", ["Germany still expected a full cross-border environmental assessment of the terminal, which is to be built on the eastern tip of Usedom island, on the Polish side of the border"]),
    ("indirect", "Federal Ministry for the Environment, Climate Action, Nature Conservation and Nuclear Safety", "said in a statement", ["dredging a deeper fairway to Świnoujście could push salt water into the lagoon and hurt the fisheries of Anklam and Ueckermünde"]),
    ("indirect", "Bartosz Nowacki-Zięba", "said", ["the terminal would handle its first ships in 2029"]),
    ("partial", "Bartosz Nowacki-Zięba", "accused", ['the German side of "moving the goalposts" each time a document was delivered']),
    ("indirect", "Wody Polskie", "said", ["the agency would publish the joint readings online"]),
    ("direct", "Ole Christiansen-Roth", "said", ["We live from visitors who come for the beaches and the quiet. Nobody books a holiday to look at cranes,"]),
    ("indirect", "Residents of Kamminke", "said", ["they had not been told where the dredged sand would be dumped"]),
    ("indirect", "Friends of the Earth Germany", "warned", ["it did not cover the terminal itself"]),
    ("indirect", "Wiebke Albers-Ncube", "said", ["the group was preparing a complaint to the European Commission"]),
    ("indirect", OF, "said", ["the state government would join any legal action Berlin took"]),
    ("partial", OF, "The official said", ['talks with Warsaw on the terminal were "going nowhere."']),
]
AGREEMENTS = [
    ("protocol", "a protocol on joint water-quality monitoring", ["Poland", "Germany"], "signed", "2026-09-15", "Szczecin"),
]
