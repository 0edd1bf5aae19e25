ID = "inv42-balkaninsight-serbia-croatia-missing-persons-protocol-2026-11-10"
TITLE = "Serbia, Croatia Sign Protocol on Search for War Missing"
PUB = "2026-11-10"
TEXT = """Serbia and Croatia on Monday signed a protocol to open wartime archives and carry out joint exhumations in the search for some 1,800 people still missing from the 1991-95 war, the first such document between the two neighbours in seven years.

The protocol, signed in Novi Sad by Croatia's Minister of Croatian Veterans, Tomislav Jurić, and the head of the Serbian government's Missing Persons Commission, Dragan Pavković, obliges both sides to answer requests for documents within 60 days and to let forensic teams work on both banks of the Danube.

"Families have waited 35 years. Every year we bury mothers who never had a grave to visit," Jurić told BIRN after the ceremony. "Politics has to stop at the cemetery gate."

Pavković called the protocol "a test of good faith on both sides" and said Serbia expected Croatia to provide information on around 500 Serbs who went missing in 1995.

Under the deal, the International Commission on Missing Persons, ICMP, will carry out DNA analysis of remains at its laboratory in The Hague. The organisation said in a statement that it already held blood samples from more than 6,000 relatives of the missing in both countries.

Zagreb has long accused Belgrade of withholding the files of the former Yugoslav army, which it says would show where bodies from Vukovar were taken in 1991.

A Serbian official familiar with the talks told BIRN that military archives had been partly opened to Croatian researchers in September, but that some files were still classified by the Military Security Agency.

"We will give what we can find. Some of those boxes have not been opened since 1992," the official added.

Serbian officials said Belgrade would hand over the first batch of documents by the end of January.

The two governments signed a cooperation agreement in 2019, but Zagreb withdrew from it in 2022 after a dispute over access to a suspected grave site near Sotin.

Vesna Kolar, president of the Association of Families of Missing Croatian Defenders in Vukovar, said the protocol came "too late for half of our members" and urged both governments to publish the list of sites they plan to dig.

"Ovčara taught us that the truth is under the ground, not in the ministries," she said.

On the Serbian side, the Krajina Families Association accused Zagreb of treating Serb victims as "second-class dead" and demanded that Croatian prosecutors reopen cases closed in the 2000s.

The European Commission, which has funded part of ICMP's work in the region, has proposed paying for a joint database of unidentified remains held in mortuaries in both countries. Neither government has yet accepted the idea.

Marko Ilić, a political analyst at the Centre for Regional Dialogue in Novi Sad, said the missing were one of the few issues on which both governments could gain at home by cooperating.

"Nobody in Zagreb or Belgrade loses votes by finding the dead," he told BIRN. "The question is whether they will still care when the cameras leave."

Croatia joined the European Union in 2013. Serbia has been a candidate for membership since 2012."""
ENTITIES = [
    ("Serbia", "State", ["Belgrade"], "Q403"),
    ("Croatia", "State", ["Zagreb"], "Q224"),
    ("Novi Sad", "Location", [], None),
    ("Tomislav Jurić", "Person", ["Jurić"], None),
    ("Missing Persons Commission", "Organization", [], None),
    ("Dragan Pavković", "Person", ["Pavković"], None),
    ("Danube", "Location", [], None),
    ("BIRN", "Organization", [], None),
    ("International Commission on Missing Persons", "Organization", ["ICMP"], None),
    ("The Hague", "Location", [], None),
    ("Vukovar", "Location", [], None),
    ("A Serbian official familiar with the talks", "Group", ["the official"], None),
    ("Military Security Agency", "Organization", [], None),
    ("Sotin", "Location", [], None),
    ("Vesna Kolar", "Person", [], None),
    ("Association of Families of Missing Croatian Defenders", "Organization", [], None),
    ("Ovčara", "Location", [], None),
    ("Krajina Families Association", "Organization", [], None),
    ("European Commission", "Organization", [], "Q8880"),
    ("Marko Ilić", "Person", [], None),
    ("Centre for Regional Dialogue", "Organization", [], None),
    ("European Union", "Organization", [], "Q458"),
]
SO = "A Serbian official familiar with the talks"
STATEMENTS = [
    ("direct", "Tomislav Jurić", "told BIRN", ["Families have waited 35 years. Every year we bury mothers who never had a grave to visit,", "Politics has to stop at the cemetery gate."]),
    ("partial", "Dragan Pavković", "called", ["a test of good faith on both sides"]),
    ("indirect", "Dragan Pavković", "said", ["Serbia expected Croatia to provide information on around 500 Serbs who went missing in 1995"]),
    ("indirect", "International Commission on Missing Persons", "said in a statement", ["it already held blood samples from more than 6,000 relatives of the missing in both countries"]),
    ("indirect", "Croatia", "accused", ["Belgrade of withholding the files of the former Yugoslav army, which it says would show where bodies from Vukovar were taken in 1991"]),
    ("indirect", SO, "told BIRN", ["military archives had been partly opened to Croatian researchers in September, but that some files were still classified by the Military Security Agency"]),
    ("direct", SO, "the official added", ["We will give what we can find. Some of those boxes have not been opened since 1992,"]),
    ("indirect", "Serbia", "said", ["Belgrade would hand over the first batch of documents by the end of January"]),
    ("partial", "Vesna Kolar", "said", ['the protocol came "too late for half of our members"']),
    ("indirect", "Vesna Kolar", "urged", ["both governments to publish the list of sites they plan to dig"]),
    ("direct", "Vesna Kolar", "she said", ["Ovčara taught us that the truth is under the ground, not in the ministries,"]),
    ("partial", "Krajina Families Association", "accused", ['Zagreb of treating Serb victims as "second-class dead"']),
    ("indirect", "Krajina Families Association", "demanded", ["Croatian prosecutors reopen cases closed in the 2000s"]),
    ("indirect", "Marko Ilić", "said", ["the missing were one of the few issues on which both governments could gain at home by cooperating"]),
    ("direct", "Marko Ilić", "he told BIRN", ["Nobody in Zagreb or Belgrade loses votes by finding the dead,", "The question is whether they will still care when the cameras leave."]),
]
AGREEMENTS = [
    ("protocol", "a protocol to open wartime archives", ["Serbia", "Croatia"], "signed", "2026-11-09", "Novi Sad"),
    ("agreement", "a cooperation agreement in 2019", ["Serbia", "Croatia"], "withdrawn", "2019", None),
    ("proposal", "a joint database of unidentified remains", ["European Commission"], "proposed", None, None),
]
