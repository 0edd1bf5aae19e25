ID = "inv3-aljazeera-niger-air-ceasefire-2026-11-04"
TITLE = "Niger and Tuareg-led rebels agree ceasefire in Algiers weeks after truce collapse"
PUB = "2026-11-04"
TEXT = """Niger’s military government and a Tuareg-led rebel group have agreed a ceasefire after talks in Algeria, weeks after an earlier truce between them collapsed amid fighting near the uranium mining town of Arlit.

The agreement between Niamey and the Movement for Justice and Dignity in the Aïr (MJDA) was reached late on Tuesday in Algiers, Algeria’s foreign ministry said in a statement, adding that both delegations had committed to “a complete halt to hostilities” from Friday.

The MJDA, which says it defends nomadic communities in the north, took up arms last year, accusing the government of seizing grazing land for new mines. Its spokesman, Moussa Ag Alhassane, told Al Jazeera by phone from an undisclosed location that the group would respect the ceasefire “as long as the army stays in its barracks”.

“We did not sign anything in Algiers. We gave our word, and our word is older than any paper,” he said.

Niger’s military spokesman, Colonel Ibrahim Sanda Moumouni, read a statement on state television on Wednesday welcoming the deal. The army, he said, would “suspend offensive operations” in the Aïr mountains but would keep pursuing “terrorist groups” that were not party to the agreement.

The earlier truce, brokered by community elders in Agadez in August, lasted less than three weeks. Fighters attacked an army convoy near Arlit in September, killing 11 soldiers, according to security sources. The MJDA denied carrying out the attack and blamed a splinter faction.

Algeria’s envoy for the Sahel, Karim Benmansour, said the new ceasefire would be monitored by a joint committee including representatives of the army, the rebels and local chiefs, and that Algiers would host its first meeting in December.

Speaking to Al Jazeera in Algiers, Benmansour said the hardest part was still ahead. “A ceasefire is a pause, not a peace. The two sides must now talk about land, about water, about who governs the north.”

The MJDA has also put forward a power-sharing plan for the Agadez region, under which the group’s commanders would join the regional council. The government has yet to answer it.

A Western diplomat in Niamey, who requested anonymity because he was not authorised to speak publicly, said the military authorities needed calm in the north to restart uranium exports, which have been halted since the fighting began.

The Alliance of Sahel States (AES), the confederation Niger formed with Mali and Burkina Faso, said it “takes note” of the agreement. Neither Mali nor Burkina Faso took part in the talks.

The ceasefire does not cover the Tillabéri region in the southwest, where the army is fighting the Sahel Dawn Brigade, an armed group that has killed hundreds of civilians this year. The group has rejected any negotiation with the government.

Some 40,000 herders have fled the fighting in the Aïr, according to the United Nations refugee agency (UNHCR). Talks on their return have not begun, and aid agencies say many families have lost most of their animals.

In Agadez, residents greeted the news with cautious relief. Aminatou Wallet Ibrahim, who heads a women’s cooperative in the city, said traders had stopped travelling north since the summer.

“If the roads open, we live. If they stay closed, we wait,” she told Al Jazeera.
"""
ENTITIES = [
  ("Niger","State",["Niamey"],"Q1032"),
  ("Algeria","State",["Algiers"],"Q262"),
  ("Arlit","Location",[],None),
  ("Movement for Justice and Dignity in the Aïr","ArmedGroup",["MJDA"],None),
  ("Algeria’s foreign ministry","Organization",[],None),
  ("Moussa Ag Alhassane","Person",[],None),
  ("Al Jazeera","Organization",[],None),
  ("Ibrahim Sanda Moumouni","Person",[],None),
  ("Aïr mountains","Location",["Aïr"],None),
  ("Agadez","Location",[],None),
  ("security sources","Group",[],None),
  ("Sahel","Location",[],None),
  ("Karim Benmansour","Person",["Benmansour"],None),
  ("A Western diplomat in Niamey","Group",[],None),
  ("Alliance of Sahel States","Organization",["AES"],None),
  ("Mali","State",[],"Q912"),
  ("Burkina Faso","State",[],"Q965"),
  ("Tillabéri","Location",[],None),
  ("Sahel Dawn Brigade","ArmedGroup",[],None),
  ("UNHCR","Organization",["United Nations refugee agency"],None),
  ("aid agencies","Group",[],None),
  ("Aminatou Wallet Ibrahim","Person",[],None),
]
STATEMENTS = [
  ("indirect","Algeria’s foreign ministry","said in a statement",["The agreement between Niamey and the Movement for Justice and Dignity in the Aïr (MJDA) was reached late on Tuesday in Algiers"]),
  ("indirect","Algeria’s foreign ministry","adding",["both delegations had committed to “a complete halt to hostilities” from Friday"]),
  ("indirect","Movement for Justice and Dignity in the Aïr","says",["it defends nomadic communities in the north"]),
  ("indirect", "Movement for Justice and Dignity in the Aïr", "accusing", ["the government of seizing grazing land for new mines"]),
  ("indirect","Moussa Ag Alhassane","told Al Jazeera",["the group would respect the ceasefire “as long as the army stays in its barracks”"]),
  ("direct","Moussa Ag Alhassane","said",["We did not sign anything in Algiers. We gave our word, and our word is older than any paper,"]),
  ("indirect","Ibrahim Sanda Moumouni","said",["The army,", "would “suspend offensive operations” in the Aïr mountains but would keep pursuing “terrorist groups” that were not party to the agreement"]),
  ("indirect","security sources","according to",["Fighters attacked an army convoy near Arlit in September, killing 11 soldiers"]),
  ("indirect","Movement for Justice and Dignity in the Aïr","denied",["carrying out the attack"]),
  ("indirect","Karim Benmansour","said",["the new ceasefire would be monitored by a joint committee including representatives of the army, the rebels and local chiefs"]),
  ("indirect","Karim Benmansour","said",["Algiers would host its first meeting in December"]),
  ("indirect","Karim Benmansour","said",["the hardest part was still ahead"]),
  ("direct","Karim Benmansour","",["A ceasefire is a pause, not a peace. The two sides must now talk about land, about water, about who governs the north."]),
  ("indirect","A Western diplomat in Niamey","said",["the military authorities needed calm in the north to restart uranium exports, which have been halted since the fighting began"]),
  ("indirect","Alliance of Sahel States","said",["it “takes note” of the agreement"]),
  ("indirect","UNHCR","according to",["Some 40,000 herders have fled the fighting in the Aïr"]),
  ("indirect","aid agencies","say",["many families have lost most of their animals"]),
  ("indirect","Aminatou Wallet Ibrahim","said",["traders had stopped travelling north since the summer"]),
  ("direct","Aminatou Wallet Ibrahim","told Al Jazeera",["If the roads open, we live. If they stay closed, we wait,"]),
]
AGREEMENTS = [
  ("ceasefire","a ceasefire",["Niger","Movement for Justice and Dignity in the Aïr"],"reached","2026-11-03","Algiers"),
  ("truce","an earlier truce",["Niger","Movement for Justice and Dignity in the Aïr"],"collapsed",None,"Agadez"),
  ("plan","a power-sharing plan for the Agadez region",["Movement for Justice and Dignity in the Aïr"],"proposed",None,None),
]
