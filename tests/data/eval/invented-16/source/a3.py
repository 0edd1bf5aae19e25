ID = "inv16-guardian-georgia-eu-visa-suspension-talks-2026-05-21"
TITLE = "Georgia offers Brussels concessions as EU weighs suspending visa-free travel"
PUB = "2026-05-21"
TEXT = """Georgia's government has offered to amend a contested law on foreign funding in an attempt to stop the European Union suspending visa-free travel for its citizens, as talks between Tbilisi and Brussels entered what one EU diplomat called "the last chance saloon".

The offer was made at a meeting in Brussels on Tuesday between Georgia's foreign minister, Maka Botchorishvili, and officials of the European Commission, according to two people briefed on the talks. Under the proposal, non-governmental organisations receiving more than a fifth of their money from abroad would no longer have to register as "pursuing the interests of a foreign power".

The commission has warned that it will recommend suspending the visa waiver for Georgian diplomats and officials, and possibly for all Georgians, unless the government reverses what it calls democratic backsliding. Member states would have to approve any suspension.

Speaking in Tbilisi on Wednesday, the prime minister, Irakli Kobakhidze, said Georgia remained committed to joining the EU but would "not accept lectures from bureaucrats who have never won an election". Kobakhidze, whose Georgian Dream party has governed since 2012, said the law was modelled on legislation in the United States and was "about transparency, nothing else".

His tone contrasted with that of his foreign minister. Botchorishvili told reporters after the Brussels meeting that she had "listened carefully" and that Georgia was ready to look at "technical adjustments". An aide described the talks as "difficult but not hopeless".

The EU's foreign policy chief, Kaja Kallas, has been more blunt. In a speech to the European Parliament last month she said Georgia's leaders were "walking their country away from Europe against the will of its people", and that the bloc would not reward them with business as usual.

Opinion polls consistently show that about four in five Georgians want their country to join the EU. Tens of thousands have taken to the streets of Tbilisi in recent months, many of them carrying EU flags. Police have detained more than 400 protesters since November, according to the Public Defender of Georgia, the country's ombudsman.

Nino Gelashvili, a 24-year-old student who has joined the protests on Rustaveli Avenue most nights, said she feared losing the right to travel freely. "My grandmother queued for Soviet exit papers," she said. "I do not want my children to queue for European visas."

Opposition parties are divided over how to respond. Levan Kiknadze, a leader of the opposition Coalition for Change, said the EU should target "the oligarch and his ministers, not ordinary Georgians". He was referring to Bidzina Ivanishvili, the billionaire founder of Georgian Dream, whom critics accuse of running the country from behind the scenes.

Russia, which has kept troops in the breakaway regions of Abkhazia and South Ossetia since the 2008 war, has accused the west of meddling. The Russian foreign ministry's spokeswoman, Maria Zakharova, said on Thursday that Brussels was "blackmailing a sovereign nation".

Georgia signed an association agreement with the EU in 2014 and was granted candidate status in December 2023, but accession talks have been frozen since last year.

Diplomats in Brussels said a decision on the visa waiver was unlikely before the summer. "Nobody wants to punish the students and the grandmothers," one said. "But the government has to give us something real, and soon.\""""
ENTITIES = [
    ("Georgia", "State", ["Tbilisi"], "Q230"),
    ("European Union", "Organization", ["EU", "Brussels"], "Q458"),
    ("one EU diplomat", "Group", [], None),
    ("Maka Botchorishvili", "Person", ["Botchorishvili"], None),
    ("European Commission", "Organization", ["The commission"], "Q8880"),
    ("two people briefed on the talks", "Group", [], None),
    ("Irakli Kobakhidze", "Person", ["Kobakhidze"], None),
    ("Georgian Dream", "Organization", [], None),
    ("United States", "State", [], "Q30"),
    ("An aide", "Group", [], None),
    ("Kaja Kallas", "Person", [], None),
    ("European Parliament", "Organization", [], "Q8889"),
    ("Europe", "Location", [], "Q46"),
    ("Public Defender of Georgia", "Organization", [], None),
    ("Nino Gelashvili", "Person", [], None),
    ("Rustaveli Avenue", "Location", [], None),
    ("Levan Kiknadze", "Person", [], None),
    ("Coalition for Change", "Organization", [], None),
    ("Bidzina Ivanishvili", "Person", [], None),
    ("critics", "Group", [], None),
    ("Russia", "State", [], "Q159"),
    ("Abkhazia", "Location", [], None),
    ("South Ossetia", "Location", [], None),
    ("Russian foreign ministry", "Organization", [], None),
    ("Maria Zakharova", "Person", [], None),
    ("Diplomats in Brussels", "Group", [], None),
]
STATEMENTS = [
    ("partial", "one EU diplomat", "called", ["the last chance saloon"]),
    ("indirect", "two people briefed on the talks", "according to", ["The offer was made at a meeting in Brussels on Tuesday between Georgia's foreign minister, Maka Botchorishvili, and officials of the European Commission"]),
    ("indirect", "European Commission", "has warned", ["it will recommend suspending the visa waiver for Georgian diplomats and officials, and possibly for all Georgians, unless the government reverses what it calls democratic backsliding"]),
    ("indirect", "Irakli Kobakhidze", "said", ["Georgia remained committed to joining the EU but would \"not accept lectures from bureaucrats who have never won an election\""]),
    ("indirect", "Irakli Kobakhidze", "said", ["the law was modelled on legislation in the United States and was \"about transparency, nothing else\""]),
    ("indirect", "Maka Botchorishvili", "told reporters", ["she had \"listened carefully\""]),
    ("indirect", "Maka Botchorishvili", "told reporters", ["Georgia was ready to look at \"technical adjustments\""]),
    ("partial", "An aide", "described", ["difficult but not hopeless"]),
    ("indirect", "Kaja Kallas", "she said", ["Georgia's leaders were \"walking their country away from Europe against the will of its people\""]),
    ("indirect", "Kaja Kallas", "she said", ["the bloc would not reward them with business as usual"]),
    ("indirect", "Public Defender of Georgia", "according to", ["Police have detained more than 400 protesters since November"]),
    ("indirect", "Nino Gelashvili", "said", ["she feared losing the right to travel freely"]),
    ("direct", "Nino Gelashvili", "she said", ["My grandmother queued for Soviet exit papers,", "I do not want my children to queue for European visas."]),
    ("indirect", "Levan Kiknadze", "said", ["the EU should target \"the oligarch and his ministers, not ordinary Georgians\""]),
    ("indirect", "critics", "accuse", ["of running the country from behind the scenes"]),
    ("indirect", "Russia", "has accused", ["the west of meddling"]),
    ("indirect", "Maria Zakharova", "said", ["Brussels was \"blackmailing a sovereign nation\""]),
    ("indirect", "Diplomats in Brussels", "said", ["a decision on the visa waiver was unlikely before the summer"]),
    ("direct", "Diplomats in Brussels", "one said", ["Nobody wants to punish the students and the grandmothers,", "But the government has to give us something real, and soon."]),
]
AGREEMENTS = [
    ("agreement", "an association agreement", ["Georgia", "European Union"], "signed", None, None),
]
