ID = "inv38-sudantribune-sudan-south-sudan-abyei-joint-police-2026-03-17"
TITLE = "Khartoum, Juba sign deal on joint police force for Abyei"
PUB = "2026-03-17"
TEXT = """ABYEI (Sudan Tribune) – Khartoum and Juba on Monday signed an agreement to set up a joint police force in the disputed Abyei area, ending nearly two years of deadlock over the security of the oil-rich region.

The deal was signed in the South Sudanese capital by Sudan's interior minister, Lt. Gen. Babiker Osman Hamid, and his South Sudanese counterpart, Angelina Deng Akol, in the presence of the African Union High-Level Implementation Panel (AUHIP), which has mediated between the two countries since 2010.

Under the agreement, both governments will contribute 300 officers each to the Abyei Joint Police Service, which will patrol the area's markets and the main road between Abyei town and Diffra. The United Nations Interim Security Force for Abyei (UNISFA) will train the new force and remain in charge of security until it is deployed.

A separate memorandum between Sudan, South Sudan and UNISFA, also signed on Monday, sets out how the police will share vehicles, radios and fuel with the peacekeepers.

Speaking to reporters after the ceremony, Hamid said Khartoum would "honour every line" of the deal despite the war at home. He accused "parties who profit from chaos" of wrecking earlier attempts to police the area.

Deng Akol said the first 150 South Sudanese officers would arrive in Abyei before the rainy season. "Our people in Abyei have waited too long for a policeman they can trust," she said.

A spokesperson for South Sudan's Ministry of Foreign Affairs said the agreement was "a practical step" that did not touch on the final status of Abyei, which both countries claim.

The joint force was first envisaged in a 2011 agreement on temporary arrangements for Abyei, signed in Addis Ababa by the Sudanese government and the Sudan People's Liberation Movement (SPLM) weeks before South Sudan's independence. That agreement still governs the area, but the police service it promised never took shape.

The two sides have also yet to settle a proposal by the panel's chairman, the Ghanaian diplomat Kwesi Addo-Mensah, to hold a joint census of Abyei's residents. Juba has backed the idea while Khartoum says the timing is wrong.

Leaders of the Misseriya, the Arab nomads who drive their cattle into Abyei in the dry season, said they had not been consulted. Misseriya chief Hamdan Abdelrahim Kuku told Sudan Tribune by telephone from Muglad that his people would not accept "a police that speaks only one language."

The Ngok Dinka paramount chief, Deng Mijak Kuol, welcomed the deal but urged both governments to pay the officers on time.

"If the salaries stop, the guns will be sold in the market," he said.

UNISFA said in a statement that it stood ready to support the two governments and that training would begin at its base in Abyei town in April. The mission lost two peacekeepers in an attack near Rumamier last month.

An AUHIP official, who asked not to be named, said the panel hoped the agreement would open the way for talks on a permanent administration for the area, which both sides agreed to discuss in Addis Ababa in June."""
ENTITIES = [
    ("Sudan Tribune", "Organization", [], None),
    ("Sudan", "State", ["Khartoum"], "Q1049"),
    ("South Sudan", "State", ["Juba"], "Q958"),
    ("Abyei", "Location", ["ABYEI"], None),
    ("Babiker Osman Hamid", "Person", ["Hamid"], None),
    ("Angelina Deng Akol", "Person", ["Deng Akol"], None),
    ("African Union High-Level Implementation Panel", "Organization", ["AUHIP"], None),
    ("Abyei Joint Police Service", "Organization", [], None),
    ("Diffra", "Location", [], None),
    ("United Nations Interim Security Force for Abyei", "Organization", ["UNISFA"], None),
    ("South Sudan's Ministry of Foreign Affairs", "Organization", [], None),
    ("Addis Ababa", "Location", [], "Q3624"),
    ("Sudan People's Liberation Movement", "Organization", ["SPLM"], None),
    ("Kwesi Addo-Mensah", "Person", [], None),
    ("Misseriya", "Group", [], None),
    ("Leaders of the Misseriya", "Group", [], None),
    ("Hamdan Abdelrahim Kuku", "Person", [], None),
    ("Muglad", "Location", [], None),
    ("Ngok Dinka", "Group", [], None),
    ("Deng Mijak Kuol", "Person", [], None),
    ("Rumamier", "Location", [], None),
    ("An AUHIP official", "Group", [], None),
]
STATEMENTS = [
    ("partial", "Babiker Osman Hamid", "said", ['Khartoum would "honour every line" of the deal despite the war at home']),
    ("partial", "Babiker Osman Hamid", "accused", ['"parties who profit from chaos" of wrecking earlier attempts to police the area']),
    ("indirect", "Angelina Deng Akol", "said", ["the first 150 South Sudanese officers would arrive in Abyei before the rainy season"]),
    ("direct", "Angelina Deng Akol", "she said", ["Our people in Abyei have waited too long for a policeman they can trust,"]),
    ("partial", "South Sudan's Ministry of Foreign Affairs", "said", ['the agreement was "a practical step" that did not touch on the final status of Abyei, which both countries claim']),
    ("indirect", "Sudan", "says", ["the timing is wrong"]),
    ("indirect", "Leaders of the Misseriya", "said", ["they had not been consulted"]),
    ("partial", "Hamdan Abdelrahim Kuku", "told Sudan Tribune", ['his people would not accept "a police that speaks only one language."']),
    ("indirect", "Deng Mijak Kuol", "urged", ["both governments to pay the officers on time"]),
    ("direct", "Deng Mijak Kuol", "he said", ["If the salaries stop, the guns will be sold in the market,"]),
    ("indirect", "United Nations Interim Security Force for Abyei", "said in a statement", ["it stood ready to support the two governments"]),
    ("indirect", "United Nations Interim Security Force for Abyei", "said in a statement", ["training would begin at its base in Abyei town in April"]),
    ("indirect", "An AUHIP official", "said", ["the panel hoped the agreement would open the way for talks on a permanent administration for the area, which both sides agreed to discuss in Addis Ababa in June"]),
]
AGREEMENTS = [
    ("agreement", "an agreement to set up a joint police force in the disputed Abyei area", ["Sudan", "South Sudan"], "signed", "2026-03-16", None),
    ("memorandum", "A separate memorandum between Sudan, South Sudan and UNISFA", ["Sudan", "South Sudan", "United Nations Interim Security Force for Abyei"], "signed", "2026-03-16", None),
    ("agreement", "a 2011 agreement on temporary arrangements for Abyei", ["Sudan", "Sudan People's Liberation Movement"], "in-force", "2011", "Addis Ababa"),
    ("proposal", "a proposal by the panel's chairman", ["Kwesi Addo-Mensah"], "proposed", None, None),
]
