ID = "inv14-explainer-lesotho-southafrica-water-royalty-2026-06-16"
TITLE = "Explainer: what the new highlands water royalty deal means for Lesotho"
PUB = "2026-06-16"
TEXT = """Lesotho and South Africa signed a royalty deal in Maseru on Monday that raises what South Africa pays for water piped from the Lesotho highlands to Gauteng. Here is what it covers and what is still open.

What was signed?
The two governments agreed a new royalty formula for water delivered through the tunnels of the highlands scheme. Lesotho will receive about a fifth more a year from 2027, linked to the volume delivered rather than to a fixed tariff. The deal was signed by Lesotho's Minister of Natural Resources, Teboho Mokhele, and South Africa's Minister of Water and Sanitation, Nandi Khumalo.

What does it rest on?
The scheme is governed by a 1986 treaty between the two countries, which remains in force and sets out how the dams and tunnels are built and run. The royalty deal adds to that treaty rather than replacing it. "We did not reopen the treaty. We changed the price," Mokhele told a news conference in Maseru.

Why did it take so long?
Negotiators first met in 2023. Talks stalled for most of 2025 over how to index the payments, according to officials on both sides, and resumed after a change of ministers in Pretoria.

What about electricity?
Power is a separate and sorer subject. A supply agreement between the Lesotho Electricity Company and Eskom, under which surplus power from the Muela station was sold across the border, collapsed in 2024 after a dispute over unpaid bills. Lesotho now imports most of its electricity from South Africa and Mozambique. The company's chief executive, Palesa Ntho, said it wanted a new agreement "on terms that do not leave us owing our own customer".

And the border?
Queues at Maseru Bridge, the busiest crossing, can run to six hours at the end of the month. South Africa had drafted an agreement to set up a one-stop border post there, with officials of both countries working under one roof. Pretoria withdrew the draft in May, saying its home affairs department needed to rewrite the security chapters, and no new date has been set.

Lesotho has meanwhile proposed a special work permit for its citizens employed on South African mines and farms, which would let them cross without queuing for a stamp each time. South Africa's home affairs department said the proposal was under consideration.

What do critics say?
Thabo Lerotholi, an economist at the National University of Lesotho, said the royalty formula would help the budget but did little for villagers moved to make way for the dams. Community groups in Mokhotlong say a 2019 compensation plan for resettled households, announced by the Lesotho Highlands Development Authority, was never carried out and has since been quietly shelved. The authority did not respond to a request for comment.

What happens next?
The first payments under the new formula are due in April 2027. Both ministers said a joint technical committee would meet every quarter to check the volumes delivered.
"""
ENTITIES = [
  ("Lesotho", "State", [], None),
  ("South Africa", "State", ["Pretoria"], None),
  ("Maseru", "Location", [], None),
  ("Gauteng", "Location", [], None),
  ("Teboho Mokhele", "Person", ["Mokhele"], None),
  ("Nandi Khumalo", "Person", [], None),
  ("Pretoria", "Location", [], None),
  ("Lesotho Electricity Company", "Organization", [], None),
  ("Eskom", "Organization", [], None),
  ("Muela", "Location", [], None),
  ("Mozambique", "State", [], None),
  ("Palesa Ntho", "Person", [], None),
  ("Maseru Bridge", "Location", [], None),
  ("South Africa's home affairs department", "Organization", [], None),
  ("Thabo Lerotholi", "Person", [], None),
  ("National University of Lesotho", "Organization", [], None),
  ("Mokhotlong", "Location", [], None),
  ("Community groups", "Group", [], None),
  ("Lesotho Highlands Development Authority", "Organization", [], None),
  ("officials", "Group", [], None),
]
STATEMENTS = [
  ("direct", "Teboho Mokhele", "told", ["We did not reopen the treaty. We changed the price,"]),
  ("partial", "Palesa Ntho", "said", ['it wanted a new agreement "on terms that do not leave us owing our own customer".']),
  ("indirect", "South Africa's home affairs department", "said", ["the proposal was under consideration"]),
  ("indirect", "Thabo Lerotholi", "said", ["the royalty formula would help the budget but did little for villagers moved to make way for the dams"]),
  ("indirect", "Community groups", "say", ["a 2019 compensation plan for resettled households, announced by the Lesotho Highlands Development Authority, was never carried out and has since been quietly shelved"]),
]
AGREEMENTS = [
  ("deal", "a royalty deal in Maseru on Monday", ["Lesotho", "South Africa"], "signed", "2026-06-15", "Maseru"),
  ("treaty", "a 1986 treaty between the two countries", ["Lesotho", "South Africa"], "in-force", "1986", None),
  ("agreement", "A supply agreement between the Lesotho Electricity Company and Eskom", ["Lesotho Electricity Company", "Eskom"], "collapsed", "2024", None),
  ("agreement", "an agreement to set up a one-stop border post", ["South Africa"], "withdrawn", None, None),
  ("proposal", "a special work permit for its citizens", ["Lesotho"], "proposed", None, None),
  ("plan", "a 2019 compensation plan for resettled households", ["Lesotho Highlands Development Authority"], "abandoned", "2019", None),
]
