ID = "inv55-ap-us-canada-grey-zone-lobster-arrangement-machias-seal-2026-07-15"
TITLE = "US, Canada reach stopgap deal on lobster traps in disputed Grey Zone off Maine"
PUB = "2026-07-15"
TEXT = """CUTLER, Maine (AP) — The United States and Canada have agreed on temporary rules for lobster fishing in the disputed waters around Machias Seal Island, officials in both countries said Tuesday, after a summer of cut trap lines and shouting matches between boats from Maine and New Brunswick.

The interim arrangement, reached Monday after two days of talks in Saint John, New Brunswick, limits each boat to 400 traps in the so-called Grey Zone and gives Canadian fishermen the first two weeks of the season before American boats may set their gear. It still has to be signed by both governments, which negotiators expect to happen before the end of the month.

"Nobody got everything they wanted, and that is usually how you know it's fair," said Patrick Doucette, the Fisheries and Oceans Canada official who led his country's delegation. He told reporters that Ottawa would not give up its claim to the island.

The U.S. State Department said in a statement that the arrangement "does not change the position of either government on the boundary" and that it would be reviewed after one season.

Both countries claim the roughly 270-square-mile area, which was left out of the line the International Court of Justice drew through the Gulf of Maine in 1984. For decades, lobstermen from both sides fished it with few problems. That changed as lobster moved north into colder water and prices climbed.

In Cutler, a village of about 500 people, lobsterman Dana Lyons said he had lost more than 60 traps since May, most of them cut loose at night.

"You go out at five in the morning and your buoys are just gone," Lyons said. "That's twenty grand of gear at the bottom of the ocean."

He accused Canadian boats of setting gear on top of American lines to crowd them out.

Laurie Cormier, president of the Grand Manan Fishermen's Association, said her members had been "just as hurt" and urged U.S. authorities to enforce their own rules on trap tags. She said the two-week head start was fair because boats from Grand Manan had fished the zone first.

The Maine Lobstermen's Association welcomed the deal but warned that a single season would not settle anything.

"We need a permanent answer, not another Band-Aid," its executive director, Tom Haskell, said.

A 2002 understanding between the Maine Lobstermen's Association and the Grand Manan Fishermen's Association, worked out without any government help, collapsed within two years.

Canadian negotiators also proposed a joint management board for the zone, with seats for fishermen from both sides. U.S. officials said they would study the idea.

A U.S. Coast Guard official in Southwest Harbor, who was not authorized to speak publicly, said cutters would patrol the zone twice a week under the arrangement. The official said the U.S. Coast Guard and the Canadian Coast Guard would share sightings of damaged gear.

Rebecca Stein, who teaches maritime law at the University of Maine, said the arrangement was the first time Washington and Ottawa had put anything about the zone on paper.

"It's small, and it's temporary, but it exists," she said. "Twenty years ago nobody in either capital wanted to touch this.\""""
ENTITIES = [
    ("Cutler", "Location", ["CUTLER"], None),
    ("Maine", "Location", [], "Q724"),
    ("AP", "Organization", [], None),
    ("United States", "State", ["U.S.", "Washington"], "Q30"),
    ("Canada", "State", ["Ottawa"], "Q16"),
    ("Machias Seal Island", "Location", [], None),
    ("officials in both countries", "Group", [], None),
    ("New Brunswick", "Location", [], "Q1965"),
    ("Saint John", "Location", [], None),
    ("Grey Zone", "Location", [], None),
    ("Patrick Doucette", "Person", [], None),
    ("Fisheries and Oceans Canada", "Organization", [], None),
    ("U.S. State Department", "Organization", [], None),
    ("International Court of Justice", "Organization", [], "Q7801"),
    ("Gulf of Maine", "Location", [], None),
    ("Dana Lyons", "Person", ["Lyons"], None),
    ("Laurie Cormier", "Person", [], None),
    ("Grand Manan Fishermen's Association", "Organization", [], None),
    ("Grand Manan", "Location", [], None),
    ("Maine Lobstermen's Association", "Organization", [], None),
    ("Tom Haskell", "Person", [], None),
    ("A U.S. Coast Guard official in Southwest Harbor", "Group", ["The official"], None),
    ("Southwest Harbor", "Location", [], None),
    ("U.S. Coast Guard", "Organization", [], None),
    ("Canadian Coast Guard", "Organization", [], None),
    ("Rebecca Stein", "Person", [], None),
    ("University of Maine", "Organization", [], None),
]
CG = "A U.S. Coast Guard official in Southwest Harbor"
STATEMENTS = [
    ("indirect", "officials in both countries", "said Tuesday", ["The United States and Canada have agreed on temporary rules for lobster fishing in the disputed waters around Machias Seal Island"]),
    ("direct", "Patrick Doucette", "said", ["Nobody got everything they wanted, and that is usually how you know it's fair,"]),
    ("indirect", "Patrick Doucette", "told reporters", ["Ottawa would not give up its claim to the island"]),
    ("partial", "U.S. State Department", "said in a statement", ['the arrangement "does not change the position of either government on the boundary"']),
    ("indirect", "U.S. State Department", "said in a statement", ["it would be reviewed after one season"]),
    ("indirect", "Dana Lyons", "said", ["he had lost more than 60 traps since May, most of them cut loose at night"]),
    ("direct", "Dana Lyons", "Lyons said", ["You go out at five in the morning and your buoys are just gone,", "That's twenty grand of gear at the bottom of the ocean."]),
    ("indirect", "Dana Lyons", "accused", ["Canadian boats of setting gear on top of American lines to crowd them out"]),
    ("partial", "Laurie Cormier", "said", ['her members had been "just as hurt"']),
    ("indirect", "Laurie Cormier", "urged", ["U.S. authorities to enforce their own rules on trap tags"]),
    ("indirect", "Laurie Cormier", "She said", ["the two-week head start was fair because boats from Grand Manan had fished the zone first"]),
    ("indirect", "Maine Lobstermen's Association", "warned", ["a single season would not settle anything"]),
    ("direct", "Tom Haskell", "said", ["We need a permanent answer, not another Band-Aid,"]),
    ("indirect", "United States", "said", ["they would study the idea"]),
    ("indirect", CG, "said", ["cutters would patrol the zone twice a week under the arrangement"]),
    ("indirect", CG, "The official said", ["the U.S. Coast Guard and the Canadian Coast Guard would share sightings of damaged gear"]),
    ("indirect", "Rebecca Stein", "said", ["the arrangement was the first time Washington and Ottawa had put anything about the zone on paper"]),
    ("direct", "Rebecca Stein", "she said", ["It's small, and it's temporary, but it exists,", "Twenty years ago nobody in either capital wanted to touch this."]),
]
AGREEMENTS = [
    ("agreement", "interim arrangement", ["United States", "Canada"], "reached", "2026-07-13", "Saint John"),
    ("agreement", "A 2002 understanding", ["Maine Lobstermen's Association", "Grand Manan Fishermen's Association"], "collapsed", "2002", None),
    ("proposal", "a joint management board", ["Canada"], "proposed", None, None),
]
