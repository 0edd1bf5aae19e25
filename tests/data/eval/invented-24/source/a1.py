ID = "inv24-tap-tunisia-libya-ras-jedir-crossing-reopening-2026-09-14"
TITLE = "Ras Jedir crossing to reopen for goods after weeks of closure, Tunis says"
PUB = "2026-09-14"
TEXT = """TUNIS (TAP) - The Ras Jedir border crossing with Libya will reopen to goods traffic on Thursday after a closure of almost six weeks, the Tunisian Ministry of Interior said on Sunday.

The ministry said in a statement that customs and security teams from both sides had agreed on new procedures for lorries carrying fuel and food. Traders in Ben Guerdane had been told to prepare their papers in advance, it added.

Interior Ministry spokesman Faouzi Belhaj told TAP that the first convoys would be limited to 200 lorries a day. "We want the crossing to work properly before we open it fully," he said. Belhaj said travellers on foot could already cross since Saturday.

Tripoli has accused armed groups on its side of the border of taxing lorries without authority. The Libyan Government of National Unity said it had sent a new unit to run the post, and that salaries of the guards would be paid from Tripoli.

A Libyan official in Zuwara, who asked not to be named, said the new unit had been resisted by local fighters for several days. The official said the situation was now "calm but fragile."

Ben Guerdane has felt the closure badly. Slim Trabelsi, who sells spare parts in the town's market, said his income had fallen by half. "Without the crossing, this town has nothing," Trabelsi said. His neighbour, Nadia Hammami, runs a small pharmacy. She said medicines from Libya had stopped arriving and prices had doubled. "People come to me and I send them away," she said.

The regional trade union has warned that hundreds of jobs could be lost if the crossing closes again. Its secretary general in Medenine, Karim Ouni, said the government should sign a written protocol with Tripoli rather than rely on verbal promises. "Every summer we hear the same words," Ouni said.

The Tunisian Forum for Economic and Social Rights has estimated that about 20,000 families in the south live from cross-border trade. According to the forum, most of them have no other income.

Economist Hela Ben Salem said the closures cost the state millions in lost customs revenue. She added that smuggling grows whenever the official crossing is shut, "because the trade simply moves into the desert."

Tunisian officials said a joint committee would meet in Djerba next month to review the arrangement. The crossing will stay open only if both sides keep their commitments, the ministry said."""
ENTITIES = [
    ("Tunisia", "State", [], "Q948"),
    ("Tunis", "Location", ["TUNIS"], None),
    ("Libya", "State", ["Tripoli"], "Q1016"),
    ("TAP", "Organization", [], None),
    ("Ras Jedir", "Location", [], None),
    ("Tunisian Ministry of Interior", "Organization", ["Interior Ministry", "the ministry"], None),
    ("Ben Guerdane", "Location", [], None),
    ("Faouzi Belhaj", "Person", ["Belhaj"], None),
    ("Libyan Government of National Unity", "Organization", [], None),
    ("A Libyan official in Zuwara", "Group", [], None),
    ("Zuwara", "Location", [], None),
    ("Slim Trabelsi", "Person", ["Trabelsi"], None),
    ("Nadia Hammami", "Person", [], None),
    ("The regional trade union", "Organization", [], None),
    ("Karim Ouni", "Person", ["Ouni"], None),
    ("Medenine", "Location", [], None),
    ("Tunisian Forum for Economic and Social Rights", "Organization", ["the forum"], None),
    ("Hela Ben Salem", "Person", [], None),
    ("Djerba", "Location", [], None),
]
M = "Tunisian Ministry of Interior"
STATEMENTS = [
    ("indirect", M, "said on Sunday", ["The Ras Jedir border crossing with Libya will reopen to goods traffic on Thursday after a closure of almost six weeks"]),
    ("indirect", M, "said in a statement", ["customs and security teams from both sides had agreed on new procedures for lorries carrying fuel and food"]),
    ("indirect", M, "it added", ["Traders in Ben Guerdane had been told to prepare their papers in advance"]),
    ("indirect", "Faouzi Belhaj", "told TAP", ["the first convoys would be limited to 200 lorries a day"]),
    ("direct", "Faouzi Belhaj", "he said", ["We want the crossing to work properly before we open it fully,"]),
    ("indirect", "Faouzi Belhaj", "Belhaj said", ["travellers on foot could already cross since Saturday"]),
    ("indirect", "Libya", "has accused", ["armed groups on its side of the border of taxing lorries without authority"]),
    ("indirect", "Libyan Government of National Unity", "said", ["it had sent a new unit to run the post"]),
    ("indirect", "Libyan Government of National Unity", "said", ["salaries of the guards would be paid from Tripoli"]),
    ("indirect", "A Libyan official in Zuwara", "said", ["the new unit had been resisted by local fighters for several days"]),
    ("partial", "A Libyan official in Zuwara", "The official said", ['the situation was now "calm but fragile."']),
    ("indirect", "Slim Trabelsi", "said", ["his income had fallen by half"]),
    ("direct", "Slim Trabelsi", "Trabelsi said", ["Without the crossing, this town has nothing,"]),
    ("indirect", "Nadia Hammami", "She said", ["medicines from Libya had stopped arriving and prices had doubled"]),
    ("direct", "Nadia Hammami", "she said", ["People come to me and I send them away,"]),
    ("indirect", "The regional trade union", "has warned", ["hundreds of jobs could be lost if the crossing closes again"]),
    ("indirect", "Karim Ouni", "said", ["the government should sign a written protocol with Tripoli rather than rely on verbal promises"]),
    ("direct", "Karim Ouni", "Ouni said", ["Every summer we hear the same words,"]),
    ("indirect", "Tunisian Forum for Economic and Social Rights", "has estimated", ["about 20,000 families in the south live from cross-border trade"]),
    ("indirect", "Tunisian Forum for Economic and Social Rights", "According to", ["most of them have no other income"]),
    ("indirect", "Hela Ben Salem", "said", ["the closures cost the state millions in lost customs revenue"]),
    ("partial", "Hela Ben Salem", "She added", ['smuggling grows whenever the official crossing is shut, "because the trade simply moves into the desert."']),
    ("indirect", "Tunisia", "Tunisian officials said", ["a joint committee would meet in Djerba next month to review the arrangement"]),
    ("indirect", M, "the ministry said", ["The crossing will stay open only if both sides keep their commitments"]),
]
AGREEMENTS = []
