ID = "inv25-sta-slovenia-croatia-piran-bay-fishing-fines-2026-05-27"
TITLE = "Ljubljana protests after Croatian police fine two Slovenian trawlers in Piran Bay"
PUB = "2026-05-27"
TEXT = """LJUBLJANA (STA) - Slovenia has sent a protest note to Zagreb after Croatian police boats fined two Slovenian fishing vessels in the Bay of Piran on Tuesday, the Slovenian Foreign Ministry said on Wednesday.

The ministry said in a statement that the trawlers had been fishing in Slovenian waters as defined by the 2017 ruling of the arbitration tribunal in The Hague. It added that the fines would not be paid.

Foreign Minister Maja Zupančič told STA that Croatia was once again ignoring a binding decision. "The border was drawn by a court, not by a police patrol," she said. Zupančič said she would raise the incident with the European Commission next week.

Zagreb has accused Slovenia of sending its own police boats into Croatian waters to escort the trawlers. The Croatian Ministry of Foreign and European Affairs said the fines were issued under Croatian law, and that Croatia did not recognise the tribunal's ruling.

A Croatian diplomat in Ljubljana, who asked not to be named, said the two governments had been close to a quiet arrangement on fishing before the incident. The diplomat said the fines had come "at the worst possible moment."

In Piran, fishermen gathered at the harbour on Wednesday morning. Marko Kocjančič, the owner of one of the fined trawlers, said his crew had been stopped for more than two hours. "They took our papers and told us to go home," Kocjančič said. His daughter, Eva Kocjančič, keeps the accounts of the family business. She said the fine was larger than a month of their earnings. "We cannot fish if every trip ends with a fine," she said.

The Slovenian Fishermen's Association has warned that the small fleet in Piran could disappear within ten years. Its president, Boris Mahnič, said only eleven boats still fished from the town. "My father had forty colleagues here," Mahnič said.

The European Commission has called on both countries to settle the dispute through dialogue. A Commission spokesperson said the Commission was in contact with both capitals and had asked them to avoid steps that raise tension.

The Institute for Strategic Studies in Ljubljana has estimated that Slovenian boats lose about 300,000 euros a year because of the dispute. According to the institute, most of the loss comes from fishing grounds near the Croatian cape of Savudrija.

Legal scholar Ana Polak of the University of Ljubljana said the 2009 arbitration agreement still binds both states. She added that Croatia had signed the agreement, "and a state cannot leave a court only because it dislikes the result."

Slovenian officials said they expected a reply from Zagreb within a week. Slovenia will keep protecting its fishermen, the ministry said."""
ENTITIES = [
    ("Slovenia", "State", ["Ljubljana", "LJUBLJANA"], "Q215"),
    ("STA", "Organization", [], None),
    ("Croatia", "State", ["Zagreb"], "Q224"),
    ("Bay of Piran", "Location", [], None),
    ("Slovenian Foreign Ministry", "Organization", ["the ministry"], None),
    ("The Hague", "Location", [], None),
    ("Maja Zupančič", "Person", ["Zupančič"], None),
    ("European Commission", "Organization", ["the Commission"], None),
    ("Croatian Ministry of Foreign and European Affairs", "Organization", [], None),
    ("A Croatian diplomat in Ljubljana", "Group", ["The diplomat"], None),
    ("Piran", "Location", [], None),
    ("Marko Kocjančič", "Person", ["Kocjančič"], None),
    ("Eva Kocjančič", "Person", [], None),
    ("Slovenian Fishermen's Association", "Organization", [], None),
    ("Boris Mahnič", "Person", ["Mahnič"], None),
    ("Institute for Strategic Studies", "Organization", ["the institute"], None),
    ("Savudrija", "Location", [], None),
    ("Ana Polak", "Person", [], None),
    ("University of Ljubljana", "Organization", [], None),
]
M = "Slovenian Foreign Ministry"
STATEMENTS = [
    ("indirect", M, "said on Wednesday", ["Slovenia has sent a protest note to Zagreb after Croatian police boats fined two Slovenian fishing vessels in the Bay of Piran on Tuesday"]),
    ("indirect", M, "said in a statement", ["the trawlers had been fishing in Slovenian waters as defined by the 2017 ruling of the arbitration tribunal in The Hague"]),
    ("indirect", M, "It added", ["the fines would not be paid"]),
    ("indirect", "Maja Zupančič", "told STA", ["Croatia was once again ignoring a binding decision"]),
    ("direct", "Maja Zupančič", "she said", ["The border was drawn by a court, not by a police patrol,"]),
    ("indirect", "Maja Zupančič", "Zupančič said", ["she would raise the incident with the European Commission next week"]),
    ("indirect", "Croatia", "has accused", ["Slovenia of sending its own police boats into Croatian waters to escort the trawlers"]),
    ("indirect", "Croatian Ministry of Foreign and European Affairs", "said", ["the fines were issued under Croatian law"]),
    ("indirect", "Croatian Ministry of Foreign and European Affairs", "said", ["Croatia did not recognise the tribunal's ruling"]),
    ("indirect", "A Croatian diplomat in Ljubljana", "said", ["the two governments had been close to a quiet arrangement on fishing before the incident"]),
    ("partial", "A Croatian diplomat in Ljubljana", "The diplomat said", ['the fines had come "at the worst possible moment."']),
    ("indirect", "Marko Kocjančič", "said", ["his crew had been stopped for more than two hours"]),
    ("direct", "Marko Kocjančič", "Kocjančič said", ["They took our papers and told us to go home,"]),
    ("indirect", "Eva Kocjančič", "She said", ["the fine was larger than a month of their earnings"]),
    ("direct", "Eva Kocjančič", "she said", ["We cannot fish if every trip ends with a fine,"]),
    ("indirect", "Slovenian Fishermen's Association", "has warned", ["the small fleet in Piran could disappear within ten years"]),
    ("indirect", "Boris Mahnič", "said", ["only eleven boats still fished from the town"]),
    ("direct", "Boris Mahnič", "Mahnič said", ["My father had forty colleagues here,"]),
    ("indirect", "European Commission", "has called on", ["both countries to settle the dispute through dialogue"]),
    ("indirect", "European Commission", "A Commission spokesperson said", ["the Commission was in contact with both capitals and had asked them to avoid steps that raise tension"]),
    ("indirect", "Institute for Strategic Studies", "has estimated", ["Slovenian boats lose about 300,000 euros a year because of the dispute"]),
    ("indirect", "Institute for Strategic Studies", "According to", ["most of the loss comes from fishing grounds near the Croatian cape of Savudrija"]),
    ("indirect", "Ana Polak", "said", ["the 2009 arbitration agreement still binds both states"]),
    ("partial", "Ana Polak", "She added", ['Croatia had signed the agreement, "and a state cannot leave a court only because it dislikes the result."']),
    ("indirect", "Slovenia", "Slovenian officials said", ["they expected a reply from Zagreb within a week"]),
    ("indirect", M, "the ministry said", ["Slovenia will keep protecting its fishermen"]),
]
AGREEMENTS = [
    ("agreement", "the 2009 arbitration agreement", ["Slovenia", "Croatia"], "in-force", "2009", None),
]
