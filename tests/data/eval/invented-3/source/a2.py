ID = "inv3-guardian-cyprus-crossings-deal-2026-06-17"
TITLE = "Cyprus leaders agree to open two new crossings after UN-hosted talks"
PUB = "2026-06-17"
TEXT = """The leaders of Cyprus’s two communities have agreed a deal to open two new crossing points along the UN-patrolled buffer zone, the first tangible result of contacts that resumed in Nicosia this spring after a four-year freeze.

Greek Cypriot leader Andreas Christoforou and Turkish Cypriot leader Mehmet Ersoylu announced the agreement at a joint press conference at the UN’s Ledra Palace compound on Tuesday evening, standing either side of the UN secretary general’s envoy, Ingrid Solheim-Castro.

“We have not solved the Cyprus problem tonight, and nobody should pretend we have,” Christoforou said. “But a grandmother in Louroujina will be able to visit her sister in Pyla without driving for two hours.”

Ersoylu said the deal showed that “practical cooperation is possible when politics is left at the door”, and that both sides had committed to open the crossings by the end of September.

The island has been split since 1974 along a ceasefire line monitored by the UN Peacekeeping Force in Cyprus (Unficyp). The Republic of Cyprus, a member of the European Union, controls the south; the north is run by the self-declared Turkish Republic of Northern Cyprus, which only Turkey recognises. Formal negotiations on reunifying the island broke down in 2017 and have not resumed since.

Solheim-Castro, a Norwegian diplomat who took up the post in January, described the deal as “modest but real”. She told reporters the two leaders would meet again in July to discuss a package of confidence-building measures proposed by the UN, including a joint committee on cultural heritage and the restoration of cemeteries on both sides.

Not everyone was convinced. A European diplomat who followed the talks said the crossings deal had nearly fallen apart on Monday night over who would staff the checkpoint at Louroujina.

Past efforts offer little comfort. A 2022 agreement to link the electricity grids of the two sides collapsed last year in a row over tariffs. It had been signed by the Electricity Authority of Cyprus and its Turkish Cypriot counterpart, Kib-Tek, after two years of talks. A protocol on joint patrols against smuggling, agreed by the two police forces in 2019, was suspended in 2024 after an officer was detained while crossing the buffer zone.

Reaction from the two “motherlands” was mixed. Greece’s foreign minister, Petros Kalamaras, was more guarded than the leaders in Nicosia. “Crossings are welcome. Crossings are not a settlement.”

Turkey’s foreign ministry said in a statement that the agreement proved “the realities on the island” had to be accepted, and repeated Ankara’s call for a two-state solution.

In Brussels, a spokesperson for the European Commission, Lotte Vermeulen, said the EU stood ready to pay for the roadworks at both crossings. The commission has funded earlier crossings, including the one at Deryneia that opened in 2018.

For residents of the mixed village of Pyla, the only settlement inside the buffer zone where both communities still live side by side, the news came as a relief. Stella Georgiou, who runs a bakery near the village square, said customers from the north had stopped coming after the nearest crossing was moved.

“My grandfather sold bread to both sides. I want to do the same,” she said.

Christoforou is expected to brief the House of Representatives on Thursday. Ersoylu said he would present the deal to his cabinet the same day.
"""
ENTITIES = [
  ("Cyprus","State",["Republic of Cyprus"],"Q229"),
  ("Nicosia","Location",[],"Q3856"),
  ("Andreas Christoforou","Person",["Christoforou"],None),
  ("Mehmet Ersoylu","Person",["Ersoylu"],None),
  ("United Nations","Organization",["UN"],"Q1065"),
  ("Ledra Palace","Location",[],None),
  ("Ingrid Solheim-Castro","Person",["Solheim-Castro"],None),
  ("Louroujina","Location",[],None),
  ("Pyla","Location",[],None),
  ("UN Peacekeeping Force in Cyprus","Organization",["Unficyp"],None),
  ("European Union","Organization",["EU"],"Q458"),
  ("Turkish Republic of Northern Cyprus","State",[],"Q23681"),
  ("Turkey","State",["Ankara"],"Q43"),
  ("A European diplomat who followed the talks","Group",[],None),
  ("Electricity Authority of Cyprus","Organization",[],None),
  ("Kib-Tek","Organization",[],None),
  ("Greece","State",[],"Q41"),
  ("Petros Kalamaras","Person",[],None),
  ("Turkey’s foreign ministry","Organization",[],None),
  ("Brussels","Location",[],"Q239"),
  ("European Commission","Organization",["commission"],"Q8880"),
  ("Lotte Vermeulen","Person",[],None),
  ("Deryneia","Location",[],None),
  ("Stella Georgiou","Person",[],None),
  ("House of Representatives","Organization",[],None),
]
STATEMENTS = [
  ("direct","Andreas Christoforou","said",["We have not solved the Cyprus problem tonight, and nobody should pretend we have,", "But a grandmother in Louroujina will be able to visit her sister in Pyla without driving for two hours."]),
  ("indirect","Mehmet Ersoylu","said",["the deal showed that “practical cooperation is possible when politics is left at the door”"]),
  ("indirect","Mehmet Ersoylu","said",["both sides had committed to open the crossings by the end of September"]),
  ("partial","Ingrid Solheim-Castro","described the deal as",["modest but real"]),
  ("indirect","Ingrid Solheim-Castro","told reporters",["the two leaders would meet again in July to discuss a package of confidence-building measures proposed by the UN, including a joint committee on cultural heritage and the restoration of cemeteries on both sides"]),
  ("indirect","A European diplomat who followed the talks","said",["the crossings deal had nearly fallen apart on Monday night over who would staff the checkpoint at Louroujina"]),
  ("direct","Petros Kalamaras","",["Crossings are welcome. Crossings are not a settlement."]),
  ("indirect","Turkey’s foreign ministry","said in a statement",["the agreement proved “the realities on the island” had to be accepted"]),
  ("indirect","Lotte Vermeulen","said",["the EU stood ready to pay for the roadworks at both crossings"]),
  ("indirect","Stella Georgiou","said",["customers from the north had stopped coming after the nearest crossing was moved"]),
  ("direct","Stella Georgiou","said",["My grandfather sold bread to both sides. I want to do the same,"]),
  ("indirect","Mehmet Ersoylu","said",["he would present the deal to his cabinet the same day"]),
]
AGREEMENTS = [
  ("deal","a deal to open two new crossing points",["Cyprus","Turkish Republic of Northern Cyprus"],"reached","2026-06-16","Nicosia"),
  ("proposal","a package of confidence-building measures",["United Nations"],"proposed",None,None),
  ("agreement","A 2022 agreement to link the electricity grids",["Electricity Authority of Cyprus","Kib-Tek"],"collapsed",None,None),
  ("protocol","A protocol on joint patrols against smuggling",["Cyprus","Turkish Republic of Northern Cyprus"],"withdrawn",None,None),
]
