ID = "inv41-rferl-tajikistan-gbao-khorugh-elders-weapons-deal-2026-05-06"
TITLE = "Tajik Authorities, Khorugh Elders Sign Weapons-For-Detainees Deal; Exiles Cry Foul"
PUB = "2026-05-06"
TEXT = """DUSHANBE -- Authorities in Tajikistan's restive Gorno-Badakhshan Autonomous Region (GBAO) have signed an agreement with local elders under which residents of the regional capital, Khorugh, are to hand over unregistered weapons in exchange for a review of the cases of men detained since 2022.

The GBAO administration said in a statement on May 5 that the document had been signed in Khorugh the previous day by its head, Davlatbek Saidzoda, and by seven members of the Khorugh Council of Elders, and that it "opens a new page of trust" between the state and the people of the Pamirs.

Under the agreement, weapons are to be handed in at police stations in Khorugh and the Rushan district by July 1. The Prosecutor-General's Office will then review the cases of 24 detainees, according to two people who attended the signing and spoke to RFE/RL's Tajik Service, known locally as Radio Ozodi, on condition of anonymity.

"We did not sign a surrender. We signed so that our sons come home," one of them said. The other said the elders had been given a list of names but no promise that anyone would actually be freed.

A spokesman for the Prosecutor-General's Office, Firuz Rahimzoda, told Radio Ozodi that each case would be reviewed "on its merits" and that nobody convicted of violent crimes would be released. He declined to say how many of the detainees had been convicted.

The elders have also proposed an amnesty that would let Pamiris who fled abroad after 2022 return home. The regional administration said it would pass the request on to President Emomali Rahmon.

In a post on Telegram, the Vienna-based Pamir Diaspora Council called the deal "a hostage exchange dressed up as reconciliation" and said several elders had been summoned by the State Committee for National Security (GKNB) in the days before the signing.

"Nobody in Khorugh could say no. When the GKNB invites you for tea, you go," Gulnora Shodmonova, a member of the council, told RFE/RL by phone from Vienna.

The GKNB did not respond to a request for comment. Tajik officials have long said that weapons held by civilians in GBAO fuel drug trafficking across the border with Afghanistan.

The region was the scene of deadly clashes in May 2022, when security forces killed dozens of people in what the government called an antiterrorist operation. An earlier agreement, reached in Khorugh in 2012 after fighting between government troops and local armed men, collapsed with that crackdown.

Nargis Qosimova, a Central Asia researcher at the Norwegian Institute of International Affairs, said the new deal reflected the weakness of the elders rather than a compromise between equals.

"This is a document between a state that has already won and a community that has nothing left to bargain with," she said. She added that Western governments and the Organization for Security and Cooperation in Europe (OSCE), which has an office in Dushanbe, had said little about the region since 2022.

Human Rights Watch has accused the Tajik authorities of torturing Pamiri detainees, an accusation the government rejects.

The next handover of weapons is scheduled for May 15 in Rushan, according to the regional administration."""
ENTITIES = [
    ("Dushanbe", "Location", ["DUSHANBE"], None),
    ("Tajikistan", "State", [], "Q863"),
    ("Gorno-Badakhshan Autonomous Region", "Location", ["GBAO"], None),
    ("Khorugh", "Location", [], None),
    ("GBAO administration", "Organization", ["the regional administration", "The regional administration"], None),
    ("Davlatbek Saidzoda", "Person", [], None),
    ("Khorugh Council of Elders", "Organization", [], None),
    ("Pamirs", "Location", [], None),
    ("Rushan", "Location", [], None),
    ("Prosecutor-General's Office", "Organization", [], None),
    ("two people who attended the signing", "Group", [], None),
    ("RFE/RL", "Organization", [], None),
    ("RFE/RL's Tajik Service", "Organization", ["Radio Ozodi"], None),
    ("one of them", "Group", [], None),
    ("The other", "Group", [], None),
    ("Firuz Rahimzoda", "Person", [], None),
    ("Emomali Rahmon", "Person", ["President Emomali Rahmon"], None),
    ("Telegram", "Organization", [], None),
    ("Vienna", "Location", [], None),
    ("Pamir Diaspora Council", "Organization", ["the council"], None),
    ("State Committee for National Security", "Organization", ["GKNB"], None),
    ("Gulnora Shodmonova", "Person", [], None),
    ("Afghanistan", "State", [], "Q889"),
    ("Nargis Qosimova", "Person", [], None),
    ("Central Asia", "Location", [], None),
    ("Norwegian Institute of International Affairs", "Organization", [], None),
    ("Organization for Security and Cooperation in Europe", "Organization", ["OSCE"], None),
    ("Human Rights Watch", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "GBAO administration", "said in a statement", ["the document had been signed in Khorugh the previous day by its head, Davlatbek Saidzoda, and by seven members of the Khorugh Council of Elders"]),
    ("partial", "GBAO administration", "said in a statement", ["it \"opens a new page of trust\" between the state and the people of the Pamirs"]),
    ("indirect", "two people who attended the signing", "according to", ["The Prosecutor-General's Office will then review the cases of 24 detainees"]),
    ("direct", "one of them", "one of them said", ["We did not sign a surrender. We signed so that our sons come home,"]),
    ("indirect", "The other", "The other said", ["the elders had been given a list of names but no promise that anyone would actually be freed"]),
    ("partial", "Firuz Rahimzoda", "told Radio Ozodi", ["each case would be reviewed \"on its merits\""]),
    ("indirect", "Firuz Rahimzoda", "told Radio Ozodi", ["nobody convicted of violent crimes would be released"]),
    ("indirect", "GBAO administration", "said", ["it would pass the request on to President Emomali Rahmon"]),
    ("partial", "Pamir Diaspora Council", "called", ['the deal "a hostage exchange dressed up as reconciliation"']),
    ("indirect", "Pamir Diaspora Council", "said", ["several elders had been summoned by the State Committee for National Security (GKNB) in the days before the signing"]),
    ("direct", "Gulnora Shodmonova", "told RFE/RL", ["Nobody in Khorugh could say no. When the GKNB invites you for tea, you go,"]),
    ("indirect", "Tajikistan", "said", ["weapons held by civilians in GBAO fuel drug trafficking across the border with Afghanistan"]),
    ("indirect", "Nargis Qosimova", "said", ["the new deal reflected the weakness of the elders rather than a compromise between equals"]),
    ("direct", "Nargis Qosimova", "she said", ["This is a document between a state that has already won and a community that has nothing left to bargain with,"]),
    ("indirect", "Nargis Qosimova", "She added", ["Western governments and the Organization for Security and Cooperation in Europe (OSCE), which has an office in Dushanbe, had said little about the region since 2022"]),
    ("indirect", "Human Rights Watch", "has accused", ["the Tajik authorities of torturing Pamiri detainees"]),
    ("indirect", "GBAO administration", "according to", ["The next handover of weapons is scheduled for May 15 in Rushan"]),
]
AGREEMENTS = [
    ("agreement", "an agreement with local elders", ["Tajikistan", "Khorugh Council of Elders"], "signed", "2026-05-04", "Khorugh"),
    ("proposal", "an amnesty that would let Pamiris who fled abroad after 2022 return home", ["Khorugh Council of Elders"], "proposed", None, None),
    ("agreement", "An earlier agreement", ["Tajikistan"], "collapsed", "2012", "Khorugh"),
]
