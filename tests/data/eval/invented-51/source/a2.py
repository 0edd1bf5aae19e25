ID = "inv51-afp-romania-ukraine-bystroe-canal-monitoring-protocol-2026-06-17"
TITLE = "Romania, Ukraine sign Danube delta monitoring protocol in canal row"
PUB = "2026-06-17"
TEXT = """Tulcea (Romania) (AFP) - Romania and Ukraine on Tuesday signed a protocol allowing joint inspections of the Bystroe canal, a shipping route through the Danube delta at the heart of a two-decade environmental dispute.

Under the deal, signed in the Romanian port town of Tulcea, teams from both countries will take water and sediment samples four times a year along the canal and at the Black Sea mouth of the Chilia branch, and publish the results.

"For the first time, Romanian experts will be able to stand on the Ukrainian bank and measure what is happening," Romanian Environment Minister Ioana Mărgineanu told AFP after the ceremony. "That is what we have asked for since 2004."

The head of the Ukrainian delegation, Deputy Infrastructure Minister Taras Ostapchuk, said Kyiv had "nothing to hide" and that the canal was vital for grain exports while Russian drones kept striking the ports of Izmail and Reni.

"The Danube is our lifeline now," he said.

Romania has long accused Ukraine of breaching the Espoo Convention by deepening the canal without consulting it. The convention, a United Nations treaty on projects with cross-border environmental effects, binds both countries, and its compliance committee has repeatedly faulted Kyiv over the canal.

The protocol does not settle that dispute. A European diplomat who followed the talks said the two sides had agreed to "park" the legal question so that sampling could start before the autumn dredging season.

Ukraine also proposed a second agreement, on a joint pilot service for ships using the Sulina channel. Romanian officials said they would study the proposal.

The Danube Delta Biosphere Reserve Authority, which manages the Romanian side of the wetland, welcomed the protocol but said the sampling points were too few. "Four samples a year will not show what dredging does to a spawning season," its director, Radu Ciobanu, said in a statement.

WWF Romania went further, accusing both governments of putting shipping ahead of the sturgeon that spawn in the delta. "A protocol is not a study," the group said.

In Sfântu Gheorghe, a fishing village at the southern edge of the delta, fishermen said catches of carp and shad had dropped sharply since the canal was deepened.

"The river belongs to nobody and the fish know no border," said Gheorghe Stoica, 61, mending nets on the bank. He said he had not heard of the agreement.

The European Commission, which has funded work on Danube navigation in both countries, said it welcomed "any step that builds trust" between the two neighbours.

Relations between Bucharest and Kyiv have warmed since Russia's full-scale invasion of Ukraine in 2022, with most Ukrainian grain now leaving by the Danube and through Romania's port of Constanța. Romanian officials said the canal row should not be allowed to spoil that cooperation.

The first joint sampling mission is due in September, Mărgineanu said."""
ENTITIES = [
    ("Tulcea", "Location", [], None),
    ("AFP", "Organization", [], "Q40464"),
    ("Romania", "State", ["Bucharest"], "Q218"),
    ("Ukraine", "State", ["Kyiv"], "Q212"),
    ("Bystroe canal", "Location", [], None),
    ("Danube delta", "Location", [], None),
    ("Black Sea", "Location", [], "Q166"),
    ("Chilia branch", "Location", [], None),
    ("Ioana Mărgineanu", "Person", ["Mărgineanu"], None),
    ("Taras Ostapchuk", "Person", [], None),
    ("Russia", "State", [], "Q159"),
    ("Izmail", "Location", [], None),
    ("Reni", "Location", [], None),
    ("Danube", "Location", [], None),
    ("United Nations", "Organization", [], "Q1065"),
    ("A European diplomat who followed the talks", "Group", [], None),
    ("Sulina channel", "Location", [], None),
    ("Danube Delta Biosphere Reserve Authority", "Organization", [], None),
    ("Radu Ciobanu", "Person", [], None),
    ("WWF Romania", "Organization", ["the group"], None),
    ("Sfântu Gheorghe", "Location", [], None),
    ("fishermen", "Group", [], None),
    ("Gheorghe Stoica", "Person", [], None),
    ("European Commission", "Organization", [], "Q8880"),
    ("Constanța", "Location", [], None),
]
DIP = "A European diplomat who followed the talks"
STATEMENTS = [
    ("direct", "Ioana Mărgineanu", "told AFP", ["For the first time, Romanian experts will be able to stand on the Ukrainian bank and measure what is happening,", "That is what we have asked for since 2004."]),
    ("partial", "Taras Ostapchuk", "said", ['Kyiv had "nothing to hide"']),
    ("indirect", "Taras Ostapchuk", "said", ["the canal was vital for grain exports while Russian drones kept striking the ports of Izmail and Reni"]),
    ("direct", "Taras Ostapchuk", "he said", ["The Danube is our lifeline now,"]),
    ("indirect", "Romania", "accused", ["Ukraine of breaching the Espoo Convention by deepening the canal without consulting it"]),
    ("partial", DIP, "said", ['the two sides had agreed to "park" the legal question so that sampling could start before the autumn dredging season']),
    ("indirect", "Romania", "said", ["they would study the proposal"]),
    ("indirect", "Danube Delta Biosphere Reserve Authority", "said", ["the sampling points were too few"]),
    ("direct", "Radu Ciobanu", "said in a statement", ["Four samples a year will not show what dredging does to a spawning season,"]),
    ("indirect", "WWF Romania", "accusing", ["both governments of putting shipping ahead of the sturgeon that spawn in the delta"]),
    ("direct", "WWF Romania", "the group said", ["A protocol is not a study,"]),
    ("indirect", "fishermen", "said", ["catches of carp and shad had dropped sharply since the canal was deepened"]),
    ("direct", "Gheorghe Stoica", "said", ["The river belongs to nobody and the fish know no border,"]),
    ("indirect", "Gheorghe Stoica", "He said", ["he had not heard of the agreement"]),
    ("partial", "European Commission", "said", ['it welcomed "any step that builds trust" between the two neighbours']),
    ("indirect", "Romania", "said", ["the canal row should not be allowed to spoil that cooperation"]),
    ("indirect", "Ioana Mărgineanu", "said", ["The first joint sampling mission is due in September"]),
]
AGREEMENTS = [
    ("protocol", "a protocol", ["Romania", "Ukraine"], "signed", "2026-06-16", "Tulcea"),
    ("treaty", "the Espoo Convention", ["Romania", "Ukraine"], "in-force", None, None),
    ("agreement", "a second agreement", ["Ukraine"], "proposed", None, None),
]
