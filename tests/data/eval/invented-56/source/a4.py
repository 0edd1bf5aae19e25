ID = "inv56-afp-colombia-comandos-frontera-putumayo-river-protocol-2026-06-18"
TITLE = "Colombia, Putumayo armed group sign protocol to reopen river to boats and health brigades"
PUB = "2026-06-18"
TEXT = """Puerto Leguízamo, Colombia, June 18, 2026 (AFP) - Colombia's government and the Comandos de la Frontera, an armed group that controls much of the border river trade in the Amazon department of Putumayo, signed a humanitarian protocol on Wednesday to reopen the Putumayo River to passenger boats, food barges and health brigades.

The protocol, signed in Puerto Leguízamo after four days of talks, ends a two-month ban on night travel that the group imposed after clashes with the Carolina Ramírez Front, a faction of FARC dissidents.

The Comandos are part of the Coordinadora Nacional Ejército Bolivariano (CNEB), which has been in talks with the government since 2023.

"Today we are not talking about the big peace. We are talking about a mother who needs to take her child to the hospital in Puerto Asís," the government's chief negotiator, Ana Lucía de la Espriella, told reporters.

She said the army and the navy would not patrol the stretch of river between La Tagua and Puerto Leguízamo for as long as the protocol held.

The CNEB said in a statement that it would lift its checkpoints on the river by Friday and that it would "respect the life and movement of the civilian population."

The group's commander, who goes by the single name Faiber, said in a video posted on social media that his fighters would not hand over their weapons "while the dissidents remain on the other bank."

Colombia's navy said its river patrol boats were ready to escort the first convoy of barges to Puerto Leguízamo on Saturday.

The Ombudsman's Office, which monitors human rights, said at least 1,200 people had been confined to their villages along the river since April. It warned that schools in 14 Indigenous communities had stayed closed for weeks.

The Organization of Indigenous Peoples of the Colombian Amazon (OPIAC) said in a statement that its communities had been "treated as hostages by both sides" and demanded a place at the table. OPIAC's coordinator in Putumayo, Jhon Fredy Yaiguaje Piaguaje, said Indigenous guards would keep watch on the river banks.

In Puerto Leguízamo, a river port of 15,000 people that sits across from Peru, shopkeepers said prices for rice and fuel had doubled since the ban.

"We have been eating plantain and fish for two months because the boats with flour stopped," said María del Pilar Tovar Mutumbajoy, who runs a bakery near the pier.

An analyst at the Foundation for Peace and Reconciliation (Pares) in Bogotá, Camilo Andrés Quintero, said the deal showed the limits of local agreements. "The Carolina Ramírez Front did not sign anything, and it still controls the Caquetá side," he said.

Peru's foreign ministry said it had reinforced its border posts on the southern bank of the Putumayo."""
ENTITIES = [
    ("Puerto Leguízamo", "Location", [], None),
    ("Colombia", "State", [], "Q739"),
    ("AFP", "Organization", [], "Q40464"),
    ("Comandos de la Frontera", "ArmedGroup", ["Comandos"], None),
    ("Amazon", "Location", [], None),
    ("Putumayo", "Location", [], None),
    ("Putumayo River", "Location", [], None),
    ("Carolina Ramírez Front", "ArmedGroup", [], None),
    ("FARC", "ArmedGroup", [], None),
    ("Coordinadora Nacional Ejército Bolivariano", "ArmedGroup", ["CNEB"], None),
    ("Puerto Asís", "Location", [], None),
    ("Ana Lucía de la Espriella", "Person", [], None),
    ("La Tagua", "Location", [], None),
    ("Faiber", "Person", [], None),
    ("Colombia's navy", "Organization", [], None),
    ("Ombudsman's Office", "Organization", [], None),
    ("Organization of Indigenous Peoples of the Colombian Amazon", "Organization", ["OPIAC"], None),
    ("Jhon Fredy Yaiguaje Piaguaje", "Person", [], None),
    ("Peru", "State", [], "Q419"),
    ("shopkeepers", "Group", [], None),
    ("María del Pilar Tovar Mutumbajoy", "Person", [], None),
    ("Foundation for Peace and Reconciliation", "Organization", ["Pares"], None),
    ("Bogotá", "Location", [], "Q2841"),
    ("Camilo Andrés Quintero", "Person", [], None),
    ("Caquetá", "Location", [], None),
    ("Peru's foreign ministry", "Organization", [], None),
]
CM = "Faiber"
STATEMENTS = [
    ("direct", "Ana Lucía de la Espriella", "told reporters", ["Today we are not talking about the big peace. We are talking about a mother who needs to take her child to the hospital in Puerto Asís,"]),
    ("indirect", "Ana Lucía de la Espriella", "She said", ["the army and the navy would not patrol the stretch of river between La Tagua and Puerto Leguízamo for as long as the protocol held"]),
    ("indirect", "Coordinadora Nacional Ejército Bolivariano", "said in a statement", ["it would lift its checkpoints on the river by Friday"]),
    ("partial", "Coordinadora Nacional Ejército Bolivariano", "said in a statement", ['it would "respect the life and movement of the civilian population."']),
    ("partial", CM, "said", ['his fighters would not hand over their weapons "while the dissidents remain on the other bank."']),
    ("indirect", "Colombia's navy", "said", ["its river patrol boats were ready to escort the first convoy of barges to Puerto Leguízamo on Saturday"]),
    ("indirect", "Ombudsman's Office", "said", ["at least 1,200 people had been confined to their villages along the river since April"]),
    ("indirect", "Ombudsman's Office", "It warned", ["schools in 14 Indigenous communities had stayed closed for weeks"]),
    ("partial", "Organization of Indigenous Peoples of the Colombian Amazon", "said in a statement", ['its communities had been "treated as hostages by both sides"']),
    ("indirect", "Organization of Indigenous Peoples of the Colombian Amazon", "demanded", ["a place at the table"]),
    ("indirect", "Jhon Fredy Yaiguaje Piaguaje", "said", ["Indigenous guards would keep watch on the river banks"]),
    ("indirect", "shopkeepers", "said", ["prices for rice and fuel had doubled since the ban"]),
    ("direct", "María del Pilar Tovar Mutumbajoy", "said", ["We have been eating plantain and fish for two months because the boats with flour stopped,"]),
    ("indirect", "Camilo Andrés Quintero", "said", ["the deal showed the limits of local agreements"]),
    ("direct", "Camilo Andrés Quintero", "he said", ["The Carolina Ramírez Front did not sign anything, and it still controls the Caquetá side,"]),
    ("indirect", "Peru's foreign ministry", "said", ["it had reinforced its border posts on the southern bank of the Putumayo"]),
]
AGREEMENTS = [
    ("protocol", "a humanitarian protocol", ["Colombia", "Comandos de la Frontera"], "signed", "2026-06-17", "Puerto Leguízamo"),
]
