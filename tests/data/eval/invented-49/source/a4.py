ID = "inv49-nassauguardian-bahamas-dominican-republic-fisheries-memorandum-2026-07-23"
TITLE = "Bahamas, DR sign fisheries MOU as poaching arrests climb"
PUB = "2026-07-23"
TEXT = """The Bahamas and the Dominican Republic signed a memorandum of understanding on fisheries enforcement yesterday, a move Minister of Agriculture and Marine Resources Jomo Cartwright said would "close the door" on foreign poachers in the southern Bahamas.

The agreement, signed at the Office of the Prime Minister in Nassau, commits Santo Domingo to register every Dominican vessel that fishes in the region and to share the boats' tracking data with the Royal Bahamas Defence Force (RBDF).

"For too long, our fishermen have watched other people's boats take our crawfish and our conch," Cartwright told The Nassau Guardian after the signing. "That ends with this document, but only if both sides live up to it."

He said the government would also station two new patrol craft at Matthew Town, Inagua, before the crawfish season opens on August 1.

Dominican Foreign Minister Rafael Almonte Peña, who signed for his government, said his country "does not protect those who break the law at sea" and that fishermen caught in Bahamian waters would face charges at home as well.

The Dominican Republic's Ministry of Foreign Affairs said in a statement that the memorandum also set up a joint committee that would meet twice a year, alternating between the two capitals.

The RBDF said it had arrested 187 foreign fishermen so far this year, more than in the whole of 2025, and had seized 14 vessels, most of them Dominican.

Commander Dwight Rolle, who heads the force's southern operations, said the numbers told only part of the story.

"For every boat we catch, three get away," he said. "The MOU will help, but the sea is big."

According to the Department of Marine Resources, poaching costs the country as much as $50 million a year in lost catch.

Keith Knowles, president of the Bahamas Fishers Association, welcomed the agreement but insisted that the government move faster on the fines it promised last year.

"Fines that nobody pays do not frighten anybody."

His daughter, Ava Knowles, who runs a seafood export business in Spanish Wells, said buyers in Florida were already asking whether Bahamian crawfish could be traced to the boat that caught it.

"The Americans want paperwork. This MOU gives us a chance to show them we are clean," she said.

The Free National Movement (FNM) said in a statement that the memorandum was "long overdue" but accused the government of ignoring complaints from Inagua residents for years.

Asked about the criticism, Cartwright told reporters the opposition had "five years to sign something and signed nothing."

Bahamian and Dominican officials are due to hold the first meeting of the joint committee in Santo Domingo in October, the Dominican Foreign Ministry confirmed."""
ENTITIES = [
    ("Bahamas", "State", [], "Q778"),
    ("Dominican Republic", "State", ["Santo Domingo"], "Q786"),
    ("Jomo Cartwright", "Person", ["Cartwright"], None),
    ("Office of the Prime Minister", "Organization", [], None),
    ("Nassau", "Location", [], None),
    ("Royal Bahamas Defence Force", "Organization", ["RBDF"], None),
    ("The Nassau Guardian", "Organization", [], None),
    ("Matthew Town", "Location", [], None),
    ("Inagua", "Location", [], None),
    ("Rafael Almonte Peña", "Person", [], None),
    ("Dominican Republic's Ministry of Foreign Affairs", "Organization", ["Dominican Foreign Ministry"], None),
    ("Dwight Rolle", "Person", [], None),
    ("Department of Marine Resources", "Organization", [], None),
    ("Keith Knowles", "Person", [], None),
    ("Bahamas Fishers Association", "Organization", [], None),
    ("Ava Knowles", "Person", [], None),
    ("Spanish Wells", "Location", [], None),
    ("Florida", "Location", [], None),
    ("United States", "State", ["The Americans"], "Q30"),
    ("Free National Movement", "Organization", ["FNM"], None),
]
STATEMENTS = [
    ("partial", "Jomo Cartwright", "said", ['would "close the door" on foreign poachers in the southern Bahamas']),
    ("direct", "Jomo Cartwright", "told The Nassau Guardian", ["For too long, our fishermen have watched other people's boats take our crawfish and our conch,", "That ends with this document, but only if both sides live up to it."]),
    ("indirect", "Jomo Cartwright", "He said", ["the government would also station two new patrol craft at Matthew Town, Inagua, before the crawfish season opens on August 1"]),
    ("partial", "Rafael Almonte Peña", "said", ['his country "does not protect those who break the law at sea"']),
    ("indirect", "Rafael Almonte Peña", "said", ["fishermen caught in Bahamian waters would face charges at home as well"]),
    ("indirect", "Dominican Republic's Ministry of Foreign Affairs", "said in a statement", ["the memorandum also set up a joint committee that would meet twice a year, alternating between the two capitals"]),
    ("indirect", "Royal Bahamas Defence Force", "said", ["it had arrested 187 foreign fishermen so far this year, more than in the whole of 2025, and had seized 14 vessels, most of them Dominican"]),
    ("indirect", "Dwight Rolle", "said", ["the numbers told only part of the story"]),
    ("direct", "Dwight Rolle", "he said", ["For every boat we catch, three get away,", "The MOU will help, but the sea is big."]),
    ("indirect", "Department of Marine Resources", "According to", ["poaching costs the country as much as $50 million a year in lost catch"]),
    ("indirect", "Keith Knowles", "insisted", ["the government move faster on the fines it promised last year"]),
    ("direct", "Keith Knowles", None, ["Fines that nobody pays do not frighten anybody."]),
    ("indirect", "Ava Knowles", "said", ["buyers in Florida were already asking whether Bahamian crawfish could be traced to the boat that caught it"]),
    ("direct", "Ava Knowles", "she said", ["The Americans want paperwork. This MOU gives us a chance to show them we are clean,"]),
    ("partial", "Free National Movement", "said in a statement", ['the memorandum was "long overdue"']),
    ("indirect", "Free National Movement", "accused", ["the government of ignoring complaints from Inagua residents for years"]),
    ("partial", "Jomo Cartwright", "told reporters", ['the opposition had "five years to sign something and signed nothing."']),
    ("indirect", "Dominican Republic's Ministry of Foreign Affairs", "confirmed", ["Bahamian and Dominican officials are due to hold the first meeting of the joint committee in Santo Domingo in October"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding on fisheries enforcement", ["Bahamas", "Dominican Republic"], "signed", "2026-07-22", "Nassau"),
]
