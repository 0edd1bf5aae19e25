ID = "inv51-ap-mexico-us-rio-grande-water-deliveries-chihuahua-2026-11-19"
TITLE = "Mexico agrees to speed water deliveries to US as Chihuahua farmers block dam"
PUB = "2026-11-19"
TEXT = """DELICIAS, Mexico (AP) — Mexico agreed Wednesday to send the United States more water from the Rio Grande basin over the next 11 months, a deal that angered farmers in the northern state of Chihuahua who have blocked the gates of a key dam since the weekend.

The agreement, signed in Ciudad Juárez by officials of the International Boundary and Water Commission, commits Mexico to deliver about 400 million cubic meters of water before October 2027, when the current five-year cycle of the 1944 Water Treaty ends. Mexico is far behind on its deliveries after three years of drought.

Mexico's Foreign Relations Department said in a statement that the deal "protects water for human consumption" in Mexican border cities and that no dam would be emptied below its safety level.

The U.S. State Department welcomed the agreement. A department spokesperson said Washington expected Mexico "to meet every commitment on time" and that farmers in South Texas had waited long enough.

In Delicias, about 250 farmers with tractors and pickup trucks kept blocking the access road to the La Boquilla dam on Wednesday. Their leader, Baltazar Ochoa, said nobody had asked the people who grow pecans, cotton and alfalfa what they thought.

"They are paying Texas with our water, and we are the ones who will lose the harvest," Ochoa told The Associated Press by phone. "We will not move until the government shows us the numbers."

The National Water Commission, known as Conagua, said the deliveries would come mostly from dams in Tamaulipas and Coahuila, not from La Boquilla. Its director, Rubén Aguirre Solís, accused "political interests" of spreading false information among growers.

Chihuahua Gov. Mariela Quintana said her state had not been consulted. She proposed that the federal government pay farmers who leave part of their land fallow next year, at a cost of about 2 billion pesos.

A Mexican official familiar with the negotiations, who was not authorized to speak publicly, said U.S. negotiators had threatened to raise tariffs on Mexican tomatoes if no deal was reached by December.

"It was not a friendly conversation," the official said.

Under the 1944 treaty, Mexico sends the United States an average of 350,000 acre-feet of water a year from six Mexican tributaries of the Rio Grande, while the U.S. sends Mexico water from the Colorado River. The treaty lets Mexico make up shortfalls in the next cycle only in cases of "extraordinary drought."

National Guard troops were posted near the dam on Wednesday but did not try to clear the road.

Irrigation experts say both governments have ignored how much the basin has changed since the treaty was signed.

"The treaty was written for rivers that no longer exist," said Rosa Elena Treviño, a water researcher at the Autonomous University of Chihuahua. She said Mexico would keep falling behind unless the two countries renegotiated how drought is defined."""
ENTITIES = [
    ("Delicias", "Location", ["DELICIAS"], None),
    ("The Associated Press", "Organization", ["AP"], "Q40469"),
    ("Mexico", "State", [], "Q96"),
    ("United States", "State", ["Washington", "the U.S."], "Q30"),
    ("Rio Grande", "Location", [], None),
    ("Chihuahua", "Location", [], None),
    ("Ciudad Juárez", "Location", [], None),
    ("International Boundary and Water Commission", "Organization", [], None),
    ("Mexico's Foreign Relations Department", "Organization", [], None),
    ("U.S. State Department", "Organization", [], None),
    ("South Texas", "Location", [], None),
    ("La Boquilla dam", "Location", ["La Boquilla"], None),
    ("Baltazar Ochoa", "Person", ["Ochoa"], None),
    ("Texas", "Location", [], None),
    ("National Water Commission", "Organization", ["Conagua"], None),
    ("Tamaulipas", "Location", [], None),
    ("Coahuila", "Location", [], None),
    ("Rubén Aguirre Solís", "Person", [], None),
    ("Mariela Quintana", "Person", [], None),
    ("A Mexican official familiar with the negotiations", "Group", ["the official"], None),
    ("Colorado River", "Location", [], None),
    ("National Guard", "Organization", [], None),
    ("Irrigation experts", "Group", [], None),
    ("Rosa Elena Treviño", "Person", [], None),
    ("Autonomous University of Chihuahua", "Organization", [], None),
]
MO = "A Mexican official familiar with the negotiations"
STATEMENTS = [
    ("partial", "Mexico's Foreign Relations Department", "said in a statement", ['the deal "protects water for human consumption" in Mexican border cities']),
    ("indirect", "Mexico's Foreign Relations Department", "said in a statement", ["no dam would be emptied below its safety level"]),
    ("partial", "U.S. State Department", "said", ['Washington expected Mexico "to meet every commitment on time"']),
    ("indirect", "U.S. State Department", "said", ["farmers in South Texas had waited long enough"]),
    ("indirect", "Baltazar Ochoa", "said", ["nobody had asked the people who grow pecans, cotton and alfalfa what they thought"]),
    ("direct", "Baltazar Ochoa", "told The Associated Press", ["They are paying Texas with our water, and we are the ones who will lose the harvest,", "We will not move until the government shows us the numbers."]),
    ("indirect", "National Water Commission", "said", ["the deliveries would come mostly from dams in Tamaulipas and Coahuila, not from La Boquilla"]),
    ("partial", "Rubén Aguirre Solís", "accused", ['"political interests" of spreading false information among growers']),
    ("indirect", "Mariela Quintana", "said", ["her state had not been consulted"]),
    ("indirect", "Mariela Quintana", "proposed", ["the federal government pay farmers who leave part of their land fallow next year, at a cost of about 2 billion pesos"]),
    ("indirect", MO, "said", ["U.S. negotiators had threatened to raise tariffs on Mexican tomatoes if no deal was reached by December"]),
    ("direct", MO, "the official said", ["It was not a friendly conversation,"]),
    ("indirect", "Irrigation experts", "say", ["both governments have ignored how much the basin has changed since the treaty was signed"]),
    ("direct", "Rosa Elena Treviño", "said", ["The treaty was written for rivers that no longer exist,"]),
    ("indirect", "Rosa Elena Treviño", "She said", ["Mexico would keep falling behind unless the two countries renegotiated how drought is defined"]),
]
AGREEMENTS = [
    ("agreement", "agreed Wednesday to send the United States more water", ["Mexico", "United States"], "signed", "2026-11-18", "Ciudad Juárez"),
    ("treaty", "the 1944 Water Treaty", ["Mexico", "United States"], "in-force", "1944", None),
]
