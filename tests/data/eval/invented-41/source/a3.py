ID = "inv41-africanews-drc-ituri-codeco-zaire-djugu-truce-2026-09-17"
TITLE = "DR Congo: rival Ituri militias CODECO and Zaïre sign truce in Bunia"
PUB = "2026-09-17"
TEXT = """Two rival militias in the Democratic Republic of Congo's north-eastern Ituri province have signed a cessation of hostilities agreement, raising cautious hopes in a region where years of violence have killed thousands of civilians.

The agreement was signed on Tuesday in Bunia, the provincial capital, by representatives of the Cooperative for the Development of Congo (CODECO) and the Zaïre self-defence group, in the presence of the provincial military governor and officials of the UN peacekeeping mission, MONUSCO.

Under the deal, both groups commit to stop attacks on villages and displacement camps in Djugu territory, to free hostages within 30 days and to send their fighters to assembly sites where they can be disarmed.

"Today, the guns must fall silent in Djugu," said Lieutenant General Jean-Marie Kasongo, Ituri's military governor, who chaired the ceremony. "Whoever breaks this commitment will find the army in front of him."

Ituri has been run by military governors under a state of siege since May 2021, but the measure has not stopped the killings.

A CODECO commander who signed the document, Justin Ngabu, told Africanews that his men had taken up arms only to defend their communities and would respect the truce "as long as the other side respects it".

The Zaïre group said in a statement read by its spokesman in Bunia that it accepted the deal. It accused the Armed Forces of the Democratic Republic of Congo (FARDC) of turning a blind eye to CODECO fighters in the hills around Fataki.

The army's spokesman in Ituri, Lieutenant Jules Ngongo, called the accusation "pure propaganda" and said soldiers would "treat every armed man the same way".

MONUSCO welcomed the agreement and said its peacekeepers would help monitor the assembly sites, in particular around Fataki and Largu.

The two groups signed a similar agreement in Aru in 2022, but it collapsed within weeks after an attack on a displacement camp killed more than 40 people.

A humanitarian worker in Djugu, who asked not to be named for security reasons, said the roads to several camps had been quiet since Sunday. "People are waiting to see if it lasts more than a week. Nobody is packing yet," she said.

At the Plaine Savo camp, Marie Ngave, a mother of five who fled her village in 2023, said she would not go home while fighters still held the hills above it.

"They signed paper before, and then they came back at night," she told Africanews.

According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), more than 1.5 million people are displaced in Ituri, most of them in Djugu and neighbouring Mahagi territory.

Civil society groups in Bunia say the truce must be followed by trials for those behind the worst massacres. "Peace without justice is only a pause," said Pastor Emmanuel Dhetchuvi, who coordinates a network of local associations.

The agreement comes as Kinshasa is also trying to contain the M23 rebels in North Kivu, further south."""
ENTITIES = [
    ("Democratic Republic of Congo", "State", ["Kinshasa"], "Q974"),
    ("Ituri", "Location", [], None),
    ("Bunia", "Location", [], None),
    ("Cooperative for the Development of Congo", "ArmedGroup", ["CODECO"], None),
    ("Zaïre", "ArmedGroup", ["the Zaïre self-defence group", "The Zaïre group"], None),
    ("United Nations", "Organization", ["UN"], "Q1065"),
    ("MONUSCO", "Organization", ["the UN peacekeeping mission"], None),
    ("Djugu", "Location", [], None),
    ("Jean-Marie Kasongo", "Person", ["Lieutenant General Jean-Marie Kasongo", "the provincial military governor", "Ituri's military governor"], None),
    ("Justin Ngabu", "Person", [], None),
    ("Africanews", "Organization", [], None),
    ("Armed Forces of the Democratic Republic of Congo", "Organization", ["FARDC", "the army"], None),
    ("Fataki", "Location", [], None),
    ("Jules Ngongo", "Person", ["Lieutenant Jules Ngongo"], None),
    ("Largu", "Location", [], None),
    ("Aru", "Location", [], None),
    ("A humanitarian worker in Djugu", "Group", [], None),
    ("Plaine Savo", "Location", [], None),
    ("Marie Ngave", "Person", [], None),
    ("UN Office for the Coordination of Humanitarian Affairs", "Organization", ["OCHA"], None),
    ("Mahagi", "Location", [], None),
    ("Civil society groups in Bunia", "Group", [], None),
    ("Emmanuel Dhetchuvi", "Person", ["Pastor Emmanuel Dhetchuvi"], None),
    ("M23", "ArmedGroup", [], None),
    ("North Kivu", "Location", [], None),
]
HW = "A humanitarian worker in Djugu"
STATEMENTS = [
    ("direct", "Jean-Marie Kasongo", "said", ["Today, the guns must fall silent in Djugu,", "Whoever breaks this commitment will find the army in front of him."]),
    ("partial", "Justin Ngabu", "told Africanews", ['his men had taken up arms only to defend their communities and would respect the truce "as long as the other side respects it"']),
    ("indirect", "Zaïre", "said in a statement", ["it accepted the deal"]),
    ("indirect", "Zaïre", "It accused", ["the Armed Forces of the Democratic Republic of Congo (FARDC) of turning a blind eye to CODECO fighters in the hills around Fataki"]),
    ("partial", "Jules Ngongo", "called", ['the accusation "pure propaganda"']),
    ("partial", "Jules Ngongo", "said", ['soldiers would "treat every armed man the same way"']),
    ("indirect", "MONUSCO", "said", ["its peacekeepers would help monitor the assembly sites, in particular around Fataki and Largu"]),
    ("indirect", HW, "said", ["the roads to several camps had been quiet since Sunday"]),
    ("direct", HW, "she said", ["People are waiting to see if it lasts more than a week. Nobody is packing yet,"]),
    ("indirect", "Marie Ngave", "said", ["she would not go home while fighters still held the hills above it"]),
    ("direct", "Marie Ngave", "she told Africanews", ["They signed paper before, and then they came back at night,"]),
    ("indirect", "UN Office for the Coordination of Humanitarian Affairs", "According to", ["more than 1.5 million people are displaced in Ituri, most of them in Djugu and neighbouring Mahagi territory"]),
    ("indirect", "Civil society groups in Bunia", "say", ["the truce must be followed by trials for those behind the worst massacres"]),
    ("direct", "Emmanuel Dhetchuvi", "said", ["Peace without justice is only a pause,"]),
]
AGREEMENTS = [
    ("agreement", "a cessation of hostilities agreement", ["Cooperative for the Development of Congo", "Zaïre"], "signed", "2026-09-15", "Bunia"),
    ("agreement", "a similar agreement", ["Cooperative for the Development of Congo", "Zaïre"], "collapsed", "2022", "Aru"),
]
