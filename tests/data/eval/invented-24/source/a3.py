ID = "inv24-mwn-morocco-algeria-figuig-date-farmers-border-2026-10-05"
TITLE = "Figuig date farmers still cut off from their palm groves five years on"
PUB = "2026-10-05"
TEXT = """FIGUIG, Morocco - Five years after Algeria ordered them off land their families had farmed for generations, date growers in Figuig say they have received no compensation, and Rabat has quietly asked Algiers to let them harvest once a year.

The request was made through diplomatic channels in the spring, a Moroccan official familiar with the matter told Morocco World News. The official said Algiers had not replied.

Morocco's Ministry of Foreign Affairs declined to comment on the request. In a written answer to parliament in July, however, the ministry said it "follows the situation of the Figuig farmers closely" and that the border was "not open to negotiation."

Algeria has accused Morocco of using the farmers to reopen a settled border question. The land lies on Algerian territory under the 1972 border treaty, the Algerian Foreign Ministry said in a statement last year.

Mohamed Bouziane, 64, lost 300 palm trees. "My grandfather planted them and I watched them die from across a ditch," he said. Bouziane said he now works as a day labourer in the town.

His cousin, Fatima Bouziane, leads a women's cooperative that packs dates. She said the cooperative had lost more than half its supply. "We buy dates from Errachidia now, at twice the price," she said.

The mayor of Figuig, Driss Amrani, said the town had lost a quarter of its population in a decade. Young people leave because there is no water and no land, Amrani said.

The Moroccan Association for Human Rights has estimated that about 40 families lost access to their groves. According to the association, none of them has received land elsewhere.

An Algerian security source said the area was closed because of smuggling and would stay closed. The source said the farmers had been warned for years.

Political scientist Samira Lahlou, of Mohammed V University, said neither capital wanted to be seen giving ground. She added that the dispute was small but "carries the weight of everything else between the two countries."

The land border between the two countries has been closed since 1994, and Algiers cut diplomatic relations with Rabat in 2021. Moroccan officials said the ministry would raise the question again at the next Arab League meeting."""
ENTITIES = [
    ("Morocco", "State", ["Rabat"], "Q1028"),
    ("Algeria", "State", ["Algiers"], "Q262"),
    ("Figuig", "Location", ["FIGUIG"], None),
    ("date growers in Figuig", "Group", [], None),
    ("a Moroccan official familiar with the matter", "Group", [], None),
    ("Morocco World News", "Organization", [], None),
    ("Morocco's Ministry of Foreign Affairs", "Organization", ["the ministry"], None),
    ("Algerian Foreign Ministry", "Organization", [], None),
    ("Mohamed Bouziane", "Person", ["Bouziane"], None),
    ("Fatima Bouziane", "Person", [], None),
    ("Errachidia", "Location", [], None),
    ("Driss Amrani", "Person", ["Amrani"], None),
    ("Moroccan Association for Human Rights", "Organization", ["the association"], None),
    ("An Algerian security source", "Group", ["The source"], None),
    ("Samira Lahlou", "Person", [], None),
    ("Mohammed V University", "Organization", [], None),
    ("Arab League", "Organization", [], "Q7172"),
]
MF = "Morocco's Ministry of Foreign Affairs"
O = "a Moroccan official familiar with the matter"
S = "An Algerian security source"
STATEMENTS = [
    ("indirect", "date growers in Figuig", "say", ["they have received no compensation"]),
    ("indirect", O, "told Morocco World News", ["The request was made through diplomatic channels in the spring"]),
    ("indirect", O, "The official said", ["Algiers had not replied"]),
    ("partial", MF, "the ministry said", ['it "follows the situation of the Figuig farmers closely"']),
    ("partial", MF, "the ministry said", ['the border was "not open to negotiation."']),
    ("indirect", "Algeria", "has accused", ["Morocco of using the farmers to reopen a settled border question"]),
    ("indirect", "Algerian Foreign Ministry", "said in a statement", ["The land lies on Algerian territory under the 1972 border treaty"]),
    ("direct", "Mohamed Bouziane", "he said", ["My grandfather planted them and I watched them die from across a ditch,"]),
    ("indirect", "Mohamed Bouziane", "Bouziane said", ["he now works as a day labourer in the town"]),
    ("indirect", "Fatima Bouziane", "She said", ["the cooperative had lost more than half its supply"]),
    ("direct", "Fatima Bouziane", "she said", ["We buy dates from Errachidia now, at twice the price,"]),
    ("indirect", "Driss Amrani", "said", ["the town had lost a quarter of its population in a decade"]),
    ("indirect", "Driss Amrani", "Amrani said", ["Young people leave because there is no water and no land"]),
    ("indirect", "Moroccan Association for Human Rights", "has estimated", ["about 40 families lost access to their groves"]),
    ("indirect", "Moroccan Association for Human Rights", "According to", ["none of them has received land elsewhere"]),
    ("indirect", S, "said", ["the area was closed because of smuggling and would stay closed"]),
    ("indirect", S, "The source said", ["the farmers had been warned for years"]),
    ("indirect", "Samira Lahlou", "said", ["neither capital wanted to be seen giving ground"]),
    ("partial", "Samira Lahlou", "She added", ['the dispute was small but "carries the weight of everything else between the two countries."']),
    ("indirect", "Morocco", "Moroccan officials said", ["the ministry would raise the question again at the next Arab League meeting"]),
]
AGREEMENTS = [
    ("treaty", "the 1972 border treaty", ["Morocco", "Algeria"], "in-force", "1972", None),
]
