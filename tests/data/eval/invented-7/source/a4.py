ID = "inv7-efe-bolivia-altiplano-blockade-agreement-2026-09-24"
TITLE = "Bolivian government and Altiplano peasant federation sign agreement to lift road blockades"
PUB = "2026-09-24"
TEXT = """LA PAZ (EFE) — The Bolivian government and the Single Federation of Peasant Workers of the Altiplano signed early on Wednesday an eight-point agreement to lift the road blockades that have isolated La Paz from the rest of the country for twelve days, after a negotiation of more than fourteen hours in the headquarters of the Vice Presidency.

The agreement provides for a freeze on the price of diesel until the end of the year, the release of 23 peasants detained during the protests and the creation of a commission to review the distribution of fertiliser, according to the text read to the press by the minister of the Presidency, Rodrigo Quispe Mamani.

"The blockades will be lifted from midday today. We have given our word, and we expect the government to give its own," the executive secretary of the federation, Celestino Huanca, told reporters as he left the meeting. Huanca warned that the peasants would return to the roads "with more force" if the commitments were not fulfilled within thirty days.

Quispe, for his part, said the government had not given in to pressure. "Nobody has won here. The country has won," the minister declared, before adding that the release of the detainees depended on the courts and not on the executive.

Huanca and Quispe had already signed a similar document in March, which the federation considers broken. According to the peasant leader, the government violated that agreement by raising the price of diesel in July without consulting the communities. He said the new text included "guarantees that the previous one did not have."

The Minister of Government, Álvaro Choque, who is responsible for the police, defended the detentions. He told the state agency ABI that the arrested men had attacked a police post in Achica Arriba and that the state "cannot look the other way when public officials are assaulted."

The blockades caused shortages of fuel and food in La Paz and El Alto, where the price of chicken doubled in a week, according to the Bolivian Institute of Foreign Trade. The Bolivian Chamber of Commerce estimated losses at more than 400 million dollars and asked the government to "stop negotiating under blackmail."

The Ombudsman's Office, which acted as an observer, welcomed the signing in a statement and urged both parties to respect human rights during the lifting of the blockades. Its representative in La Paz, Nélida Villca, said that at least four people had died during the protests, two of them in ambulances that could not get through.

The Catholic Church had proposed on Sunday a humanitarian corridor for patients and medicine, which the federation accepted and the government described as "insufficient." The Bolivian Episcopal Conference said on Wednesday that the agreement showed that "dialogue is always possible when there is will."

Not all sectors are satisfied. The Federation of Neighbourhood Councils of El Alto, which supported the blockades in their first days, said in a communiqué that the agreement "ignores the cities" and announced a march for Friday. Its president, Zenón Apaza, asked: "Who pays for the twelve days that El Alto went hungry?"

Political scientist Verónica Rojas Salinas, of the Higher University of San Andrés, believes the conflict will return. "The government buys time until the elections. The federation knows it, and that is why it signed," she said.

Opposition deputies in the Plurinational Legislative Assembly demanded that Quispe appear before parliament to explain the costs of the diesel freeze, which analysts put at 90 million dollars. The minister said he was willing to go "whenever they call me.\""""
ENTITIES = [
    ("La Paz", "Location", [], "Q1491"),
    ("EFE", "Organization", [], "Q1053958"),
    ("Bolivia", "State", [], "Q750"),
    ("Single Federation of Peasant Workers of the Altiplano", "Organization", [], None),
    ("Vice Presidency", "Organization", [], None),
    ("Rodrigo Quispe Mamani", "Person", ["Quispe"], None),
    ("Celestino Huanca", "Person", ["Huanca"], None),
    ("Álvaro Choque", "Person", [], None),
    ("ABI", "Organization", [], None),
    ("Achica Arriba", "Location", [], None),
    ("El Alto", "Location", [], "Q192889"),
    ("Bolivian Institute of Foreign Trade", "Organization", [], None),
    ("Bolivian Chamber of Commerce", "Organization", [], None),
    ("Ombudsman's Office", "Organization", [], None),
    ("Nélida Villca", "Person", [], None),
    ("Catholic Church", "Organization", [], "Q9592"),
    ("Bolivian Episcopal Conference", "Organization", [], None),
    ("Federation of Neighbourhood Councils of El Alto", "Organization", [], None),
    ("Zenón Apaza", "Person", [], None),
    ("Verónica Rojas Salinas", "Person", [], None),
    ("Higher University of San Andrés", "Organization", [], None),
    ("Plurinational Legislative Assembly", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Rodrigo Quispe Mamani", "according to", ["The agreement provides for a freeze on the price of diesel until the end of the year, the release of 23 peasants detained during the protests and the creation of a commission to review the distribution of fertiliser"]),
    ("direct", "Celestino Huanca", "told reporters", ["The blockades will be lifted from midday today. We have given our word, and we expect the government to give its own,"]),
    ("indirect", "Celestino Huanca", "warned", ["the peasants would return to the roads \"with more force\" if the commitments were not fulfilled within thirty days"]),
    ("indirect", "Rodrigo Quispe Mamani", "said", ["the government had not given in to pressure"]),
    ("direct", "Rodrigo Quispe Mamani", "declared", ["Nobody has won here. The country has won,"]),
    ("indirect", "Rodrigo Quispe Mamani", "adding", ["the release of the detainees depended on the courts and not on the executive"]),
    ("indirect", "Celestino Huanca", "According to", ["the government violated that agreement by raising the price of diesel in July without consulting the communities"]),
    ("indirect", "Celestino Huanca", "said", ["the new text included \"guarantees that the previous one did not have.\""]),
    ("indirect", "Álvaro Choque", "told", ["the arrested men had attacked a police post in Achica Arriba"]),
    ("indirect", "Álvaro Choque", "told", ["the state \"cannot look the other way when public officials are assaulted.\""]),
    ("indirect", "Bolivian Institute of Foreign Trade", "according to", ["The blockades caused shortages of fuel and food in La Paz and El Alto, where the price of chicken doubled in a week"]),
    ("indirect", "Bolivian Chamber of Commerce", "asked", ["the government to \"stop negotiating under blackmail.\""]),
    ("indirect", "Ombudsman's Office", "urged", ["both parties to respect human rights during the lifting of the blockades"]),
    ("indirect", "Nélida Villca", "said", ["at least four people had died during the protests, two of them in ambulances that could not get through"]),
    ("partial", "Bolivia", "described", ["insufficient"]),
    ("indirect", "Bolivian Episcopal Conference", "said", ["the agreement showed that \"dialogue is always possible when there is will.\""]),
    ("indirect", "Federation of Neighbourhood Councils of El Alto", "said in a communiqué", ["the agreement \"ignores the cities\""]),
    ("direct", "Zenón Apaza", "asked", ["Who pays for the twelve days that El Alto went hungry?"]),
    ("indirect", "Verónica Rojas Salinas", "believes", ["the conflict will return"]),
    ("direct", "Verónica Rojas Salinas", "said", ["The government buys time until the elections. The federation knows it, and that is why it signed,"]),
    ("indirect", "Rodrigo Quispe Mamani", "said", ["he was willing to go \"whenever they call me.\""]),
]
AGREEMENTS = [
    ("agreement", "an eight-point agreement to lift the road blockades", ["Bolivia", "Single Federation of Peasant Workers of the Altiplano"], "signed", "2026-09-23", "La Paz"),
    ("agreement", "a similar document in March", ["Bolivia", "Single Federation of Peasant Workers of the Altiplano"], "violated", None, None),
    ("proposal", "a humanitarian corridor for patients and medicine", ["Catholic Church"], "proposed", None, None),
]
