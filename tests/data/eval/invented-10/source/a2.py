ID = "inv10-unpress-eritrea-djibouti-ras-doumeira-briefing-2026-05-19"
TITLE = "Security Council hears Eritrea, Djibouti are drafting border road map; envoy warns of incidents at Ras Doumeira"
PUB = "2026-05-19"
TEXT = """SECURITY COUNCIL, 9861ST MEETING (AM)

Eritrea and Djibouti are drafting a road map for the demarcation of their border at Ras Doumeira, the Secretary-General's Special Envoy for the Horn of Africa told the Security Council this morning, but incidents along the disputed headland show how fragile the calm remains.

Briefing the 15-member body, Special Envoy Halvard Oyelaran said delegations of the two Governments had met four times since January in Nairobi and had agreed on the order of the work, starting with the mapping of the Doumeira islands. "The parties are talking about surveyors, not soldiers, and that is new," he said.

He recalled that an agreement mediated by Qatar in June 2010 had held for seven years before it collapsed, when the mediator withdrew its observers in 2017 and troops moved back onto the headland. Council members should not assume that the present talks would fare better without outside support, he cautioned.

On 12 March, the two Governments signed a joint declaration on the release of prisoners of war in Nairobi, under which Asmara freed 11 Djiboutian soldiers held since 2008. The envoy described the declaration as the first text both sides had signed in 16 years.

However, he said, a ceasefire that both Governments accepted in February had been breached at least three times. Despite the ceasefire, Djiboutian forces reported shots fired across the headland on 2 May, and Eritrea said a Djiboutian patrol had crossed into its territory on 9 May. Each side denied the other's account.

The African Union has proposed a small team of military observers to watch the headland while the surveyors work. Djibouti welcomed the proposal last week. Eritrea has not yet responded, the envoy said.

Speaking after the briefing, the representative of Djibouti, Fathia Ismael Robleh, said her Government was ready to sign the road map "tomorrow, if the other side is ready." She urged the Council to support the observer mission.

The representative of Eritrea, Yemane Tesfagiorgis, said his country had kept every commitment it had made since January. He accused Djibouti of breaking the February ceasefire by building a new post on the headland, and said observers would be "a solution looking for a problem."

Several Council members welcomed the prisoner declaration. The representative of Kenya, which hosts the talks, said her country would not take sides and would provide a venue "for as long as the parties want one."

The representative of the United Kingdom said the Council should review sanctions-related reporting on the two countries once the road map was signed.

The Council also heard that a 2019 memorandum between the two Governments on cross-border trade remained in force, allowing trucks to use the coastal road at Moulhoule.

The meeting began at 10:03 a.m. and ended at 11:48 a.m.
"""
ENTITIES = [
  ("Eritrea", "State", ["Asmara"], None),
  ("Djibouti", "State", [], None),
  ("Security Council", "Organization", ["Council"], None),
  ("Ras Doumeira", "Location", [], None),
  ("Halvard Oyelaran", "Person", [], None),
  ("Nairobi", "Location", [], "Q3870"),
  ("Doumeira islands", "Location", [], None),
  ("Qatar", "State", [], None),
  ("African Union", "Organization", [], None),
  ("Fathia Ismael Robleh", "Person", [], None),
  ("Yemane Tesfagiorgis", "Person", [], None),
  ("Kenya", "State", [], None),
  ("United Kingdom", "State", [], None),
  ("Moulhoule", "Location", [], None),
  ("Horn of Africa", "Location", [], None),
  ("Djiboutian forces", "Group", [], None),
]
STATEMENTS = [
  ("indirect", "Halvard Oyelaran", "told", ["Eritrea and Djibouti are drafting a road map for the demarcation of their border at Ras Doumeira"]),
  ("indirect", "Halvard Oyelaran", "said", ["delegations of the two Governments had met four times since January in Nairobi and had agreed on the order of the work, starting with the mapping of the Doumeira islands"]),
  ("direct", "Halvard Oyelaran", "said", ["The parties are talking about surveyors, not soldiers, and that is new,"]),
  ("indirect", "Halvard Oyelaran", "cautioned", ["Council members should not assume that the present talks would fare better without outside support"]),
  ("indirect", "Halvard Oyelaran", "said", ["a ceasefire that both Governments accepted in February had been breached at least three times"]),
  ("indirect", "Djiboutian forces", "reported", ["shots fired across the headland on 2 May"]),
  ("indirect", "Eritrea", "said", ["a Djiboutian patrol had crossed into its territory on 9 May"]),
  ("indirect", "Halvard Oyelaran", "said", ["Eritrea has not yet responded"]),
  ("partial", "Fathia Ismael Robleh", "said", ['her Government was ready to sign the road map "tomorrow, if the other side is ready."']),
  ("indirect", "Yemane Tesfagiorgis", "said", ["his country had kept every commitment it had made since January"]),
  ("indirect", "Yemane Tesfagiorgis", "accused", ["Djibouti of breaking the February ceasefire by building a new post on the headland"]),
  ("partial", "Yemane Tesfagiorgis", "said", ['observers would be "a solution looking for a problem."']),
  ("partial", "Kenya", "said", ['her country would not take sides and would provide a venue "for as long as the parties want one."']),
  ("indirect", "United Kingdom", "said", ["the Council should review sanctions-related reporting on the two countries once the road map was signed"]),
]
AGREEMENTS = [
  ("roadmap", "a road map for the demarcation of their border at Ras Doumeira", ["Eritrea", "Djibouti"], "negotiating", None, None),
  ("agreement", "an agreement mediated by Qatar in June 2010", ["Eritrea", "Djibouti"], "collapsed", "2010-06", None),
  ("declaration", "a joint declaration on the release of prisoners of war", ["Eritrea", "Djibouti"], "signed", "2026-03-12", "Nairobi"),
  ("ceasefire", "a ceasefire that both Governments accepted in February", ["Eritrea", "Djibouti"], "violated", "2026-02", None),
  ("proposal", "a small team of military observers to watch the headland", ["African Union"], "proposed", None, None),
  ("memorandum", "a 2019 memorandum between the two Governments on cross-border trade", ["Eritrea", "Djibouti"], "in-force", "2019", None),
]
