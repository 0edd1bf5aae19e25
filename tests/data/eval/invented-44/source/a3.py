ID = "inv44-news24-cape-town-taxi-associations-peace-deal-mfuleni-2026-09-08"
TITLE = "Taxi bosses sign peace deal after Mfuleni route war claims 11 lives"
PUB = "2026-09-08"
TEXT = """Two rival taxi associations signed a peace agreement in Cape Town on Monday, after a fight over the Mfuleni-Bellville route left 11 people dead, among them two commuters, in less than two months.

The agreement between the Cape Amalgamated Taxi Association (CATA) and the Congress for Democratic Taxi Association (Codeta) was signed at the offices of the Western Cape Mobility Department. Under its terms, the route will be closed to minibus taxis from both associations for 14 days, after which each will load from a separate rank in Mfuleni, with marshals from both sides at the Bellville terminus.

Mobility MEC Thandeka Mgoqi said the two associations had committed to handing over to police any of their members implicated in the killings.

"Commuters are not pawns in a fight over ranks. From today, anyone who picks up a gun on this route will face the full might of the law, and his own association," Mgoqi said.

She said her department would ask the provincial regulatory entity to suspend the operating licences of any association found to have broken the deal.

CATA chairperson Xolani Ntshinga said the association had signed "with a heavy heart" because its own members had also been buried.

"We did not start this war. But we will be the ones who finish it, by keeping our side of the agreement," he told News24.

Codeta spokesperson Lwazi Mtshemla accused CATA of "sending hired guns to our ranks" in July, but said Codeta would respect the closure.

The violence is the worst in the Western Cape's taxi industry since 2023. SAPS spokesperson Captain Nomawethu Dyantyi said detectives from the provincial taxi violence task team had arrested four suspects, aged between 24 and 41, and seized three firearms, including an R5 rifle.

"The investigation is far from over. We are looking at who paid for these hits," Dyantyi said.

Golden Arrow Bus Services said it would add 40 buses to the route while it was closed.

Commuters at the Mfuleni rank said they had been spending up to R80 a day on e-hailing trips and lifts since the shootings began.

"I leave home at four in the morning and I still come late to work. My boss does not want to hear about taxi wars," said Nomvula Jacobs, a domestic worker who travels to Bellville every day.

A route-sharing deal between the two associations, brokered by the department in 2023, collapsed in July after a rank marshal was shot dead in Mfuleni, News24 previously reported.

The South African National Taxi Council (Santaco) has since proposed a memorandum of understanding with the Mobility Department under which route disputes in the province would go to binding arbitration. Its provincial chairperson, Mzukisi Gaba, said the council hoped the memorandum would be signed before the end of the year.

Dr Anele Sotashe, a transport researcher at the University of Cape Town, said peace deals in the industry rarely lasted because they did not touch the money behind the violence.

"A route like this one is worth millions a year. As long as the owners who fund the hitmen are not in court, the peace is a pause," she said."""
ENTITIES = [
    ("Cape Town", "Location", [], None),
    ("Mfuleni", "Location", [], None),
    ("Bellville", "Location", [], None),
    ("Cape Amalgamated Taxi Association", "Organization", ["CATA"], None),
    ("Congress for Democratic Taxi Association", "Organization", ["Codeta"], None),
    ("Western Cape Mobility Department", "Organization", ["Mobility Department"], None),
    ("Thandeka Mgoqi", "Person", ["Mgoqi"], None),
    ("Xolani Ntshinga", "Person", [], None),
    ("News24", "Organization", [], None),
    ("Lwazi Mtshemla", "Person", [], None),
    ("Western Cape", "Location", [], None),
    ("SAPS", "Organization", [], None),
    ("Nomawethu Dyantyi", "Person", ["Dyantyi"], None),
    ("Golden Arrow Bus Services", "Organization", [], None),
    ("Commuters at the Mfuleni rank", "Group", [], None),
    ("Nomvula Jacobs", "Person", [], None),
    ("South African National Taxi Council", "Organization", ["Santaco"], None),
    ("Mzukisi Gaba", "Person", [], None),
    ("Anele Sotashe", "Person", [], None),
    ("University of Cape Town", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Thandeka Mgoqi", "said", ["the two associations had committed to handing over to police any of their members implicated in the killings"]),
    ("direct", "Thandeka Mgoqi", "Mgoqi said", ["Commuters are not pawns in a fight over ranks. From today, anyone who picks up a gun on this route will face the full might of the law, and his own association,"]),
    ("indirect", "Thandeka Mgoqi", "She said", ["her department would ask the provincial regulatory entity to suspend the operating licences of any association found to have broken the deal"]),
    ("partial", "Xolani Ntshinga", "said", ['the association had signed "with a heavy heart" because its own members had also been buried']),
    ("direct", "Xolani Ntshinga", "he told News24", ["We did not start this war. But we will be the ones who finish it, by keeping our side of the agreement,"]),
    ("partial", "Lwazi Mtshemla", "accused", ['CATA of "sending hired guns to our ranks" in July']),
    ("indirect", "Lwazi Mtshemla", "said", ["Codeta would respect the closure"]),
    ("indirect", "Nomawethu Dyantyi", "said", ["detectives from the provincial taxi violence task team had arrested four suspects, aged between 24 and 41, and seized three firearms, including an R5 rifle"]),
    ("direct", "Nomawethu Dyantyi", "Dyantyi said", ["The investigation is far from over. We are looking at who paid for these hits,"]),
    ("indirect", "Golden Arrow Bus Services", "said", ["it would add 40 buses to the route while it was closed"]),
    ("indirect", "Commuters at the Mfuleni rank", "said", ["they had been spending up to R80 a day on e-hailing trips and lifts since the shootings began"]),
    ("direct", "Nomvula Jacobs", "said", ["I leave home at four in the morning and I still come late to work. My boss does not want to hear about taxi wars,"]),
    ("indirect", "News24", "previously reported", ["A route-sharing deal between the two associations, brokered by the department in 2023, collapsed in July after a rank marshal was shot dead in Mfuleni"]),
    ("indirect", "Mzukisi Gaba", "said", ["the council hoped the memorandum would be signed before the end of the year"]),
    ("indirect", "Anele Sotashe", "said", ["peace deals in the industry rarely lasted because they did not touch the money behind the violence"]),
    ("direct", "Anele Sotashe", "she said", ["A route like this one is worth millions a year. As long as the owners who fund the hitmen are not in court, the peace is a pause,"]),
]
AGREEMENTS = [
    ("agreement", "a peace agreement", ["Cape Amalgamated Taxi Association", "Congress for Democratic Taxi Association"], "signed", "2026-09-07", "Cape Town"),
    ("deal", "A route-sharing deal between the two associations", ["Cape Amalgamated Taxi Association", "Congress for Democratic Taxi Association"], "collapsed", "2023", None),
    ("memorandum", "a memorandum of understanding with the Mobility Department", ["South African National Taxi Council", "Western Cape Mobility Department"], "proposed", None, None),
]
