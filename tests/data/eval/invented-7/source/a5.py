ID = "inv7-thenational-iran-uae-hormuz-incidents-memorandum-2026-10-07"
TITLE = "Iran and UAE initial maritime incidents memorandum after Oman-hosted talks"
PUB = "2026-10-07"
TEXT = """ABU DHABI — The UAE and Iran have initialled a memorandum of understanding on preventing incidents at sea, officials from both countries said on Tuesday, three weeks after the seizure of an Emirati-flagged tanker in the Strait of Hormuz brought relations to their lowest point in years.

The text, negotiated over two rounds in Muscat with Omani mediation, sets out rules for communication between the two navies and the coast guards, and commits both sides to notify each other before boarding any commercial vessel flying the other's flag, according to a senior Gulf official briefed on the talks.

"This is not a treaty of friendship. It is a set of traffic rules for a very crowded sea," the official told The National, speaking on condition of anonymity because the memorandum has not yet been signed.

The UAE Ministry of Foreign Affairs said in a statement that the memorandum reflected "the UAE's firm commitment to de-escalation, good neighbourliness and the freedom of navigation", and thanked the Sultanate of Oman for "its sincere efforts".

In Tehran, the spokesman of the Iranian foreign ministry, Hamid Rezaei-Nejad, told his weekly press conference that the text would be signed "in the coming weeks" once it had been reviewed by the Supreme National Security Council. Asked whether Iran would release the tanker, the Sea Falcon, and its 21 crew members, he said the matter was "in the hands of the judiciary".

"Our neighbours know that the security of the Persian Gulf is the responsibility of the countries of the region, and of no one else," Rezaei-Nejad added, in an apparent reference to the presence of American warships.

The Islamic Revolutionary Guard Corps Navy, which seized the vessel on September 14, has said the tanker was smuggling fuel. The company that operates it, Dubai-based Khor Shipping, denies the accusation. Its chief executive, Fatima Al Mazrouei, told The National that the crew, most of them Indian and Filipino nationals, had been allowed only one call to their families.

"They are sailors, not smugglers. We want them home before anything else," she said.

The seizure came despite a hotline arrangement agreed in January between the two navies, which was supposed to prevent exactly such incidents. Gulf officials say Iran did not use the line before the boarding, a charge Tehran has not addressed.

Oman's Foreign Minister, Sayyid Khalid Al Busaidi, said in Muscat that both delegations had shown "a high sense of responsibility". He did not say when the signing would take place.

Saudi Arabia, which restored ties with Iran three years ago, welcomed the step. So did Qatar, which has proposed a regional maritime security dialogue that would bring together all eight states bordering the Gulf. Its Minister of State for Foreign Affairs, Maryam Al Khulaifi, said the Iran-UAE memorandum could become "the first brick" of such a framework.

Analysts are cautious. Ebtesam Al Ketbi, who heads the Emirates Policy Center in Abu Dhabi, said the memorandum dealt with symptoms rather than causes. "The disputes over the islands, over sanctions, over proxies — none of that is in this text," she said.

"But sometimes you start with the smallest thing you can agree on," she added. "And a phone call that is answered is not a small thing in the Gulf."

A Western diplomat in Abu Dhabi said Washington had been informed of the talks but had played no role in them. Asked whether the United States supported the memorandum, the diplomat said: "Nobody is going to object to fewer incidents at sea."

The UAE has long disputed Iran's control of Abu Musa and the two Tunb islands, which Iran seized in 1971. The memorandum, officials on both sides said, does not touch on sovereignty."""
ENTITIES = [
    ("Abu Dhabi", "Location", [], "Q1519"),
    ("United Arab Emirates", "State", ["UAE"], "Q878"),
    ("Iran", "State", ["Tehran"], "Q794"),
    ("Strait of Hormuz", "Location", [], "Q128716"),
    ("Muscat", "Location", [], "Q3826"),
    ("Oman", "State", ["Sultanate of Oman"], "Q842"),
    ("The National", "Organization", [], None),
    ("UAE Ministry of Foreign Affairs", "Organization", [], None),
    ("Iranian foreign ministry", "Organization", [], None),
    ("Hamid Rezaei-Nejad", "Person", ["Rezaei-Nejad"], None),
    ("Supreme National Security Council", "Organization", [], None),
    ("Persian Gulf", "Location", ["Gulf"], "Q34675"),
    ("Islamic Revolutionary Guard Corps Navy", "Organization", [], None),
    ("Khor Shipping", "Organization", [], None),
    ("Fatima Al Mazrouei", "Person", [], None),
    ("Khalid Al Busaidi", "Person", [], None),
    ("Saudi Arabia", "State", [], "Q851"),
    ("Qatar", "State", [], "Q846"),
    ("Maryam Al Khulaifi", "Person", [], None),
    ("Ebtesam Al Ketbi", "Person", [], None),
    ("Emirates Policy Center", "Organization", [], None),
    ("United States", "State", ["Washington"], "Q30"),
    ("Abu Musa", "Location", [], None),
    ("Tunb", "Location", [], None),
    ("Dubai", "Location", [], "Q612"),
    ("officials from both countries", "Group", [], None),
    ("a senior Gulf official briefed on the talks", "Group", [], None),
    ("Gulf officials", "Group", [], None),
    ("A Western diplomat in Abu Dhabi", "Group", [], None),
    ("officials on both sides", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "officials from both countries", "said", ["The UAE and Iran have initialled a memorandum of understanding on preventing incidents at sea"]),
    ("indirect", "a senior Gulf official briefed on the talks", "according to", ["The text, negotiated over two rounds in Muscat with Omani mediation, sets out rules for communication between the two navies and the coast guards, and commits both sides to notify each other before boarding any commercial vessel flying the other's flag"]),
    ("direct", "a senior Gulf official briefed on the talks", "told The National", ["This is not a treaty of friendship. It is a set of traffic rules for a very crowded sea,"]),
    ("indirect", "UAE Ministry of Foreign Affairs", "said in a statement", ["the memorandum reflected \"the UAE's firm commitment to de-escalation, good neighbourliness and the freedom of navigation\""]),
    ("indirect", "Hamid Rezaei-Nejad", "told his weekly press conference", ["the text would be signed \"in the coming weeks\" once it had been reviewed by the Supreme National Security Council"]),
    ("indirect", "Hamid Rezaei-Nejad", "said", ["the matter was \"in the hands of the judiciary\""]),
    ("direct", "Hamid Rezaei-Nejad", "added", ["Our neighbours know that the security of the Persian Gulf is the responsibility of the countries of the region, and of no one else,"]),
    ("indirect", "Islamic Revolutionary Guard Corps Navy", "has said", ["the tanker was smuggling fuel"]),
    ("indirect", "Fatima Al Mazrouei", "told The National", ["the crew, most of them Indian and Filipino nationals, had been allowed only one call to their families"]),
    ("direct", "Fatima Al Mazrouei", "said", ["They are sailors, not smugglers. We want them home before anything else,"]),
    ("indirect", "Gulf officials", "say", ["Iran did not use the line before the boarding"]),
    ("indirect", "Khalid Al Busaidi", "said", ["both delegations had shown \"a high sense of responsibility\""]),
    ("indirect", "Maryam Al Khulaifi", "said", ["the Iran-UAE memorandum could become \"the first brick\" of such a framework"]),
    ("indirect", "Ebtesam Al Ketbi", "said", ["the memorandum dealt with symptoms rather than causes"]),
    ("direct", "Ebtesam Al Ketbi", "said", ["The disputes over the islands, over sanctions, over proxies — none of that is in this text,"]),
    ("direct", "Ebtesam Al Ketbi", "added", ["But sometimes you start with the smallest thing you can agree on,", "And a phone call that is answered is not a small thing in the Gulf."]),
    ("indirect", "A Western diplomat in Abu Dhabi", "said", ["Washington had been informed of the talks but had played no role in them"]),
    ("direct", "A Western diplomat in Abu Dhabi", "said", ["Nobody is going to object to fewer incidents at sea."]),
    ("indirect", "officials on both sides", "said", ["The memorandum,", "does not touch on sovereignty"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding on preventing incidents at sea", ["United Arab Emirates", "Iran"], "reached", None, "Muscat"),
    ("other", "a hotline arrangement agreed in January", ["United Arab Emirates", "Iran"], "violated", None, None),
    ("proposal", "a regional maritime security dialogue", ["Qatar"], "proposed", None, None),
]
