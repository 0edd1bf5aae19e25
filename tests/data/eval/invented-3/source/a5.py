ID = "inv3-ap-iraq-kurdistan-sinjar-police-deal-2026-05-12"
TITLE = "Iraq and Kurdish region sign deal on joint police force for Sinjar; Turkey warns militia"
PUB = "2026-05-12"
TEXT = """BAGHDAD (AP) — Iraq’s federal government and the semi-autonomous Kurdish region in the north signed an agreement Monday to deploy a joint police force in the district of Sinjar, aiming to end years of rivalry over an area that remains largely in ruins.

The deal was signed in Baghdad by Iraq’s Interior Minister Sattar Hamid al-Jubouri and the interior minister of the Kurdistan Regional Government, Rebwar Salih Mustafa. It replaces a 2023 security arrangement that collapsed last year after the two sides’ forces exchanged fire at a checkpoint outside the town of Sinuni.

Iraq’s Interior Ministry said in a statement that the new force would number 2,500 officers, half of them recruited from the district’s own residents, and that it would take over all checkpoints within six months.

A spokesman for the Kurdistan Regional Government, Dilshad Kamal Aziz, confirmed that Kurdish Peshmerga units would pull back from positions on Mount Sinjar once the police were in place. “This is the first time Baghdad and Erbil have sat at one table on Sinjar and left with one signature,” he said.

Not everyone in Sinjar welcomed the deal. The Shingal Protection Council, a local militia that controls much of the town and has links to Kurdish insurgents in Turkey, said it had not been consulted. Its commander, Khalil Dakhil Murad, said in a video posted on Telegram that his fighters would not hand over their positions “to anyone who was not here when the town was burning.”

A truce between the Iraqi army and the Shingal Protection Council, agreed after deadly clashes in March, has largely held, according to local officials.

Turkey, which regards the militia as a terrorist organization, has carried out repeated drone strikes in the district. Turkey’s Defense Ministry said on X that Ankara would “not allow a terror corridor” on its southern border and would continue its operations until the militia withdraws.

An Iraqi official involved in the negotiations, who spoke on condition of anonymity because he was not authorized to brief reporters, said the United States had pressed both sides to sign before the summer. The official said Washington had also promised to help pay for the force’s first year.

The U.N. Development Programme announced that it would rebuild 300 homes and two schools in Sinjar over the next year, provided the security situation allowed it.

The agreement comes two months after another deal between Baghdad and Erbil took effect. That accord, on the resumption of Kurdish oil exports through the Turkish port of Ceyhan, ended a two-year dispute over payments. Exports were halted in 2023 after an arbitration ruling in Paris.

Sinjar’s mayor, Nayef Qassim Haddo, told The Associated Press that families would not return “until there is one flag and one police force.” More than 180,000 people from the district still live in camps for displaced people in the Kurdish region, according to the International Organization for Migration.

Haddo said he had been invited to the signing in Baghdad but chose to stay in Sinjar. “I wanted to be here when people heard the news,” he said.

Analysts were cautious. Lina Saeed Hamdan, a researcher at the Middle East Research Institute in Erbil, said previous plans for Sinjar had failed because the militia was left out of them.

“You can sign in Baghdad, but the keys to the checkpoints are in Sinuni,” she said.

Iraqi lawmakers are also expected to debate a long-delayed oil and gas law this month. Talks between Baghdad and Erbil on the law have dragged on for more than a decade.
"""
ENTITIES = [
  ("Iraq","State",["Baghdad","Iraqi"],"Q796"),
  ("Associated Press","Organization",["AP","The Associated Press"],"Q40469"),
  ("Kurdistan Regional Government","Organization",["Erbil"],None),
  ("Sinjar","Location",[],None),
  ("Mount Sinjar","Location",[],None),
  ("Sattar Hamid al-Jubouri","Person",[],None),
  ("Rebwar Salih Mustafa","Person",[],None),
  ("Sinuni","Location",[],None),
  ("Interior Ministry","Organization",["Iraq’s Interior Ministry"],None),
  ("Dilshad Kamal Aziz","Person",[],None),
  ("Peshmerga","Organization",[],None),
  ("Shingal Protection Council","ArmedGroup",[],None),
  ("Khalil Dakhil Murad","Person",[],None),
  ("Telegram","Organization",[],None),
  ("Turkey","State",["Ankara","Turkish"],"Q43"),
  ("local officials","Group",[],None),
  ("An Iraqi official involved in the negotiations","Group",[],None),
  ("Turkey’s Defense Ministry","Organization",[],None),
  ("X","Organization",[],None),
  ("United States","State",["Washington"],"Q30"),
  ("U.N. Development Programme","Organization",[],None),
  ("Ceyhan","Location",[],None),
  ("Paris","Location",[],"Q90"),
  ("Nayef Qassim Haddo","Person",["Haddo"],None),
  ("International Organization for Migration","Organization",[],None),
  ("Lina Saeed Hamdan","Person",[],None),
  ("Middle East Research Institute","Organization",[],None),
]
STATEMENTS = [
  ("indirect","Interior Ministry","said in a statement",["the new force would number 2,500 officers, half of them recruited from the district’s own residents"]),
  ("indirect","Interior Ministry","said in a statement",["it would take over all checkpoints within six months"]),
  ("indirect","Dilshad Kamal Aziz","confirmed",["Kurdish Peshmerga units would pull back from positions on Mount Sinjar once the police were in place"]),
  ("direct","Dilshad Kamal Aziz","said",["This is the first time Baghdad and Erbil have sat at one table on Sinjar and left with one signature,"]),
  ("indirect","Shingal Protection Council","said",["it had not been consulted"]),
  ("indirect","Khalil Dakhil Murad","said in a video posted on Telegram",["his fighters would not hand over their positions “to anyone who was not here when the town was burning.”"]),
  ("indirect","local officials","according to",["A truce between the Iraqi army and the Shingal Protection Council, agreed after deadly clashes in March, has largely held"]),
  ("indirect","Turkey’s Defense Ministry","said on X",["Ankara would “not allow a terror corridor” on its southern border and would continue its operations until the militia withdraws"]),
  ("indirect","An Iraqi official involved in the negotiations","said",["the United States had pressed both sides to sign before the summer"]),
  ("indirect","An Iraqi official involved in the negotiations","said",["Washington had also promised to help pay for the force’s first year"]),
  ("indirect","U.N. Development Programme","announced",["it would rebuild 300 homes and two schools in Sinjar over the next year, provided the security situation allowed it"]),
  ("indirect","Nayef Qassim Haddo","told The Associated Press",["families would not return “until there is one flag and one police force.”"]),
  ("indirect","International Organization for Migration","according to",["More than 180,000 people from the district still live in camps for displaced people in the Kurdish region"]),
  ("indirect","Nayef Qassim Haddo","said",["he had been invited to the signing in Baghdad but chose to stay in Sinjar"]),
  ("direct","Nayef Qassim Haddo","said",["I wanted to be here when people heard the news,"]),
  ("indirect","Lina Saeed Hamdan","said",["previous plans for Sinjar had failed because the militia was left out of them"]),
  ("direct","Lina Saeed Hamdan","said",["You can sign in Baghdad, but the keys to the checkpoints are in Sinuni,"]),
]
AGREEMENTS = [
  ("agreement","an agreement Monday to deploy a joint police force",["Iraq","Kurdistan Regional Government"],"signed","2026-05-11","Baghdad"),
  ("agreement","a 2023 security arrangement",["Iraq","Kurdistan Regional Government"],"collapsed",None,None),
  ("truce","A truce between the Iraqi army and the Shingal Protection Council",["Iraq","Shingal Protection Council"],"in-force",None,None),
  ("deal","another deal between Baghdad and Erbil",["Iraq","Kurdistan Regional Government"],"in-force",None,None),
]
