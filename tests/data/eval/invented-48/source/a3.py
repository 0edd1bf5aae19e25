ID = "inv48-afp-mali-dogon-fulani-local-peace-pact-bandiagara-2026-07-08"
TITLE = "Mali: Dogon militia and Fulani association sign local peace pact in Bandiagara"
PUB = "2026-07-08"
TEXT = """BAMAKO, July 8, 2026 (AFP) - A Dogon militia and an association representing Fulani herders signed a local peace pact in central Mali on Tuesday, promising to reopen markets and grazing routes closed by years of massacres and reprisals, mediators said.

The pact was signed in Bandiagara after three weeks of talks in the presence of village chiefs, imams and hunters' leaders from 22 villages. Its signatories are Dan Na Ambassagou, a Dogon self-defence militia accused by rights groups of killing hundreds of Fulani civilians, and Tabital Pulaaku, a cultural association that speaks for Fulani communities across the Sahel.

The Geneva-based Centre for Humanitarian Dialogue, which brokered the talks, said in a statement that the text "belongs to the communities" and that it would not monitor it itself. Under the pact, each village will name two members to a joint committee that will handle disputes over stolen cattle and damaged fields.

"We are tired of burying our young men," Amadou Guindo, a spokesman for Dan Na Ambassagou, told AFP by telephone. He said his fighters would stay armed but would no longer stop herders on the roads.

Hamidou Barry, the Tabital Pulaaku coordinator in Mopti, said the association had signed "for the women and children who fled" and accused the army of doing nothing to bring back the displaced.

Dan Na Ambassagou had also proposed that its fighters and young Fulani men run joint patrols on the road to Bankass. The association turned the idea down. "We do not patrol with those who burned our villages," Barry said.

Mali's transitional authorities took no part in the talks. The governor of the Mopti region, Col. Moussa Kanté, welcomed "any initiative that brings back calm" but said security remained the task of the armed forces alone.

A local official, who asked not to be named because he was not authorised to speak to the press, said the jihadists of the Katiba Macina, linked to Al-Qaeda, had not been consulted and could wreck the deal. "They control the bush between the villages. Without them, the roads are open only on paper," he said.

Central Mali has seen several such pacts since 2019; most broke down within months. A similar deal that the two sides signed in Koro in 2021 collapsed after a wedding party was attacked.

The region's troubles grew after the collapse of the 2015 Algiers accord, under which Bamako and the Tuareg-led rebels of the Coordination of Azawad Movements had agreed to share power in the north. The junta abandoned that accord in January 2024.

Researchers at the Timbuktu Institute in Dakar said in a report last month that local pacts could save lives but warned they rarely outlast a change of commander on either side."""
ENTITIES = [
    ("Mali", "State", ["Bamako"], "Q912"),
    ("AFP", "Organization", [], None),
    ("Bandiagara", "Location", [], None),
    ("Dan Na Ambassagou", "ArmedGroup", [], None),
    ("Tabital Pulaaku", "Organization", [], None),
    ("Sahel", "Location", [], None),
    ("Centre for Humanitarian Dialogue", "Organization", [], None),
    ("Amadou Guindo", "Person", [], None),
    ("Hamidou Barry", "Person", ["Barry"], None),
    ("Mopti", "Location", [], None),
    ("Bankass", "Location", [], None),
    ("Moussa Kanté", "Person", [], None),
    ("A local official", "Group", [], None),
    ("Katiba Macina", "ArmedGroup", [], None),
    ("Al-Qaeda", "ArmedGroup", [], None),
    ("Koro", "Location", [], None),
    ("Coordination of Azawad Movements", "ArmedGroup", [], None),
    ("Timbuktu Institute", "Organization", [], None),
    ("Dakar", "Location", [], None),
    ("Geneva", "Location", [], None),
    ("Algiers", "Location", [], None),
    ("Researchers at the Timbuktu Institute", "Group", [], None),
    ("mediators", "Group", [], None),
]
LO = "A local official"
STATEMENTS = [
    ("indirect", "mediators", "said", ["A Dogon militia and an association representing Fulani herders signed a local peace pact in central Mali on Tuesday, promising to reopen markets and grazing routes closed by years of massacres and reprisals"]),
    ("partial", "Centre for Humanitarian Dialogue", "said in a statement", ['the text "belongs to the communities"']),
    ("indirect", "Centre for Humanitarian Dialogue", "said in a statement", ["it would not monitor it itself"]),
    ("direct", "Amadou Guindo", "told AFP", ["We are tired of burying our young men,"]),
    ("indirect", "Amadou Guindo", "He said", ["his fighters would stay armed but would no longer stop herders on the roads"]),
    ("partial", "Hamidou Barry", "said", ['the association had signed "for the women and children who fled"']),
    ("indirect", "Hamidou Barry", "accused", ["the army of doing nothing to bring back the displaced"]),
    ("direct", "Hamidou Barry", "Barry said", ["We do not patrol with those who burned our villages,"]),
    ("partial", "Moussa Kanté", "welcomed", ['"any initiative that brings back calm"']),
    ("indirect", "Moussa Kanté", "said", ["security remained the task of the armed forces alone"]),
    ("indirect", LO, "said", ["the jihadists of the Katiba Macina, linked to Al-Qaeda, had not been consulted and could wreck the deal"]),
    ("direct", LO, "he said", ["They control the bush between the villages. Without them, the roads are open only on paper,"]),
    ("indirect", "Researchers at the Timbuktu Institute", "said in a report", ["local pacts could save lives"]),
    ("indirect", "Researchers at the Timbuktu Institute", "warned", ["they rarely outlast a change of commander on either side"]),
]
AGREEMENTS = [
    ("agreement", "a local peace pact", ["Dan Na Ambassagou", "Tabital Pulaaku"], "signed", "2026-07-07", "Bandiagara"),
    ("proposal", "joint patrols on the road to Bankass", ["Dan Na Ambassagou"], "proposed", None, None),
    ("deal", "A similar deal", ["Dan Na Ambassagou", "Tabital Pulaaku"], "collapsed", "2021", "Koro"),
    ("accord", "the 2015 Algiers accord", ["Mali", "Coordination of Azawad Movements"], "abandoned", "2015", None),
]
