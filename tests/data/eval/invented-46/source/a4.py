ID = "inv46-ticotimes-costa-rica-nicaragua-san-juan-navigation-accord-2026-11-20"
TITLE = "Costa Rica and Nicaragua sign San Juan River navigation accord, but dredging dispute lingers"
PUB = "2026-11-20"
TEXT = """Costa Rica and Nicaragua signed an accord on Thursday that will let Costa Rican police and health boats travel on the San Juan River without a Nicaraguan escort, easing one of the oldest irritants between the two neighbors.

The accord was signed at the Peñas Blancas border post by Costa Rican Foreign Minister Andrea Solís Mora and Nicaraguan Foreign Minister Orlando Gutiérrez after four rounds of talks that began in March.

Under the 1858 Cañas-Jerez Treaty, which remains in force, the river belongs to Nicaragua but Costa Rica has the right to navigate it "for purposes of commerce." The two countries have argued for more than a century over what that means, and took the question to the International Court of Justice twice.

Solís told reporters after the ceremony that the new rules would allow ambulance boats to reach riverside communities in Sarapiquí "in hours instead of days."

"For the families on the river, this is not a question of sovereignty. It is a question of whether the doctor arrives," she said.

Gutiérrez said Nicaragua had agreed to the change "as a gesture of good faith" and that Costa Rican officers would still have to report to the Nicaraguan army post at San Juan de Nicaragua before entering the river. He did not take questions.

Nicaraguan officials said the accord did not give Costa Rican boats the right to carry weapons on the river.

A Costa Rican diplomat involved in the talks said Managua had dropped its demand that every boat carry a Nicaraguan flag only in the last round. "That was the whole negotiation, in the end," the diplomat said.

The accord leaves aside Nicaragua's dredging of the river's mouth. Costa Rica says the dredging has damaged wetlands on its side of the border near Isla Portillos. Solís said Costa Rica had proposed a joint environmental monitoring plan for the delta and that San José was waiting for Managua's answer.

Opposition lawmaker Rosaura Méndez of the Frente Amplio party accused the government of "trading our rights for a photo" and said the Legislative Assembly should review the accord before it takes effect.

In Barra del Colorado, boatmen who carry tourists along the border said they doubted the change would reach them.

"The police boat will pass. Our boats will still be stopped," said Wilberth Castro, who runs a fishing lodge near the river mouth. He said Nicaraguan soldiers had turned back two of his boats in October.

The Costa Rican Chamber of Tourism welcomed the accord in a statement and said it hoped tour operators would be next.

Carlos Murillo, a professor of international relations at the National University of Costa Rica, said the accord was small but significant.

"Twenty years ago these two governments could not agree on the color of a buoy," he said. He added that the real test would come in the dry season, when low water forces boats closer to the Nicaraguan bank.

Costa Rica's Foreign Ministry said the accord would take effect on Jan. 1."""
ENTITIES = [
    ("Costa Rica", "State", ["San José"], "Q800"),
    ("Nicaragua", "State", ["Managua"], "Q811"),
    ("San Juan River", "Location", ["the river"], None),
    ("Peñas Blancas", "Location", [], None),
    ("Andrea Solís Mora", "Person", ["Solís"], None),
    ("Orlando Gutiérrez", "Person", ["Gutiérrez"], None),
    ("International Court of Justice", "Organization", [], "Q7801"),
    ("Sarapiquí", "Location", [], None),
    ("San Juan de Nicaragua", "Location", [], None),
    ("A Costa Rican diplomat involved in the talks", "Group", ["the diplomat"], None),
    ("Isla Portillos", "Location", [], None),
    ("Rosaura Méndez", "Person", [], None),
    ("Frente Amplio", "Organization", [], None),
    ("Legislative Assembly", "Organization", [], None),
    ("Barra del Colorado", "Location", [], None),
    ("boatmen who carry tourists along the border", "Group", [], None),
    ("Wilberth Castro", "Person", [], None),
    ("Costa Rican Chamber of Tourism", "Organization", [], None),
    ("Carlos Murillo", "Person", [], None),
    ("National University of Costa Rica", "Organization", [], None),
    ("Costa Rica's Foreign Ministry", "Organization", [], None),
]
DIP = "A Costa Rican diplomat involved in the talks"
BOAT = "boatmen who carry tourists along the border"
STATEMENTS = [
    ("partial", "Andrea Solís Mora", "told reporters", ['the new rules would allow ambulance boats to reach riverside communities in Sarapiquí "in hours instead of days."']),
    ("direct", "Andrea Solís Mora", "she said", ["For the families on the river, this is not a question of sovereignty. It is a question of whether the doctor arrives,"]),
    ("partial", "Orlando Gutiérrez", "said", ['Nicaragua had agreed to the change "as a gesture of good faith"']),
    ("indirect", "Orlando Gutiérrez", "said", ["Costa Rican officers would still have to report to the Nicaraguan army post at San Juan de Nicaragua before entering the river"]),
    ("indirect", "Nicaragua", "said", ["the accord did not give Costa Rican boats the right to carry weapons on the river"]),
    ("indirect", DIP, "said", ["Managua had dropped its demand that every boat carry a Nicaraguan flag only in the last round"]),
    ("direct", DIP, "the diplomat said", ["That was the whole negotiation, in the end,"]),
    ("indirect", "Costa Rica", "says", ["the dredging has damaged wetlands on its side of the border near Isla Portillos"]),
    ("indirect", "Andrea Solís Mora", "said", ["Costa Rica had proposed a joint environmental monitoring plan for the delta"]),
    ("indirect", "Andrea Solís Mora", "said", ["San José was waiting for Managua's answer"]),
    ("partial", "Rosaura Méndez", "accused", ['the government of "trading our rights for a photo"']),
    ("indirect", "Rosaura Méndez", "said", ["the Legislative Assembly should review the accord before it takes effect"]),
    ("indirect", BOAT, "said", ["they doubted the change would reach them"]),
    ("direct", "Wilberth Castro", "said", ["The police boat will pass. Our boats will still be stopped,"]),
    ("indirect", "Wilberth Castro", "He said", ["Nicaraguan soldiers had turned back two of his boats in October"]),
    ("indirect", "Costa Rican Chamber of Tourism", "said", ["it hoped tour operators would be next"]),
    ("indirect", "Carlos Murillo", "said", ["the accord was small but significant"]),
    ("direct", "Carlos Murillo", "he said", ["Twenty years ago these two governments could not agree on the color of a buoy,"]),
    ("indirect", "Carlos Murillo", "He added", ["the real test would come in the dry season, when low water forces boats closer to the Nicaraguan bank"]),
    ("indirect", "Costa Rica's Foreign Ministry", "said", ["the accord would take effect on Jan. 1"]),
]
AGREEMENTS = [
    ("accord", "an accord", ["Costa Rica", "Nicaragua"], "signed", "2026-11-19", "Peñas Blancas"),
    ("treaty", "the 1858 Cañas-Jerez Treaty", ["Costa Rica", "Nicaragua"], "in-force", "1858", None),
    ("plan", "a joint environmental monitoring plan", ["Costa Rica"], "proposed", None, None),
]
