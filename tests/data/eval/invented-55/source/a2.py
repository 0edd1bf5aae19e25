ID = "inv55-nunatsiaq-canada-greenland-kane-basin-polar-bear-memorandum-2026-03-26"
TITLE = "Canada, Nunavut and Greenland sign memorandum splitting Kane Basin polar bear quota"
PUB = "2026-03-26"
TEXT = """Canada, the Government of Nunavut and Greenland have signed a memorandum that splits the polar bear quota for Kane Basin evenly between hunters in Grise Fiord and Qaanaaq, ending nearly four years of argument over bears that move freely across Nares Strait.

The memorandum was signed in Iqaluit on Tuesday by Nunavut's environment minister, Jeannie Akavak, Greenland's minister for fisheries and hunting, Nivi Kristiansen, and an assistant deputy minister from Environment and Climate Change Canada.

Under the deal, each side may take six bears a year from the Kane Basin subpopulation for the next five years. A joint scientific working group will survey the bears again in 2029.

"Our hunters have waited a long time for something they can plan around," Akavak said after the signing. "This gives them a number, and it gives them a say."

Kristiansen said Greenland had accepted an equal split even though more of the bears are believed to den on its side of the strait. She told Nunatsiaq News that her government wanted "a quota that both communities can defend."

Denmark, which handles Greenland's foreign affairs, is not a party to the memorandum.

The talks stalled in 2024 after Greenland raised its own quota without consulting Canada, a move the Iviq Hunters and Trappers Organization in Grise Fiord called "a slap in the face."

Noah Ningiuk, who chairs the Iviq HTO, said the community of about 130 people still had doubts about how the bears would be counted.

"Scientists fly over once every ten years and tell us how many bears there are," he said in an interview. "Our hunters are out on the ice every spring. Nobody asks them."

Ningiuk said the HTO would ask the Nunavut Wildlife Management Board to hold a hearing in Grise Fiord before the next survey, and that elders should sit on the working group.

Across the strait, Karl Jensen, who represents Qaanaaq hunters in KNAPK, the Greenlandic association of fishers and hunters, said by phone that the quota was "not generous, but fair." He accused Canadian officials of dragging out the talks until the spring hunt had already begun.

A Government of Nunavut official who worked on the file said the hardest point had been how to count bears killed in defence of life and property. Under the memorandum, those bears will come off the quota of the side where they are killed, the official said.

A spokesperson for Environment and Climate Change Canada said in an email that Ottawa would pay half the cost of the 2029 survey.

The new memorandum builds on a 2009 memorandum of understanding between Canada, Nunavut and Greenland on the conservation of polar bears, which set up the joint commission that oversees the populations the two sides share.

The Inuit Circumpolar Council, which has pushed for more Inuit-to-Inuit arrangements across the Arctic, welcomed the signing. Its Canadian president, Lisa Qamaniq, said in a statement that hunters on both sides of Nares Strait "have always been one people on one ice.\""""
ENTITIES = [
    ("Canada", "State", ["Ottawa"], "Q16"),
    ("Government of Nunavut", "Organization", ["Nunavut"], None),
    ("Greenland", "State", [], "Q223"),
    ("Kane Basin", "Location", [], None),
    ("Grise Fiord", "Location", [], None),
    ("Qaanaaq", "Location", [], None),
    ("Nares Strait", "Location", [], None),
    ("Iqaluit", "Location", [], None),
    ("Jeannie Akavak", "Person", ["Akavak"], None),
    ("Nivi Kristiansen", "Person", ["Kristiansen"], None),
    ("Environment and Climate Change Canada", "Organization", [], None),
    ("Nunatsiaq News", "Organization", [], None),
    ("Denmark", "State", [], "Q35"),
    ("Iviq Hunters and Trappers Organization", "Organization", ["Iviq HTO", "the HTO"], None),
    ("Noah Ningiuk", "Person", ["Ningiuk"], None),
    ("Nunavut Wildlife Management Board", "Organization", [], None),
    ("Karl Jensen", "Person", [], None),
    ("KNAPK", "Organization", [], None),
    ("A Government of Nunavut official who worked on the file", "Group", ["the official"], None),
    ("Inuit Circumpolar Council", "Organization", [], None),
    ("Arctic", "Location", [], None),
    ("Lisa Qamaniq", "Person", [], None),
]
GN = "A Government of Nunavut official who worked on the file"
STATEMENTS = [
    ("direct", "Jeannie Akavak", "Akavak said", ["Our hunters have waited a long time for something they can plan around,", "This gives them a number, and it gives them a say."]),
    ("indirect", "Nivi Kristiansen", "Kristiansen said", ["Greenland had accepted an equal split even though more of the bears are believed to den on its side of the strait"]),
    ("partial", "Nivi Kristiansen", "told Nunatsiaq News", ['her government wanted "a quota that both communities can defend."']),
    ("partial", "Iviq Hunters and Trappers Organization", "called", ["a slap in the face"]),
    ("indirect", "Noah Ningiuk", "said", ["the community of about 130 people still had doubts about how the bears would be counted"]),
    ("direct", "Noah Ningiuk", "he said in an interview", ["Scientists fly over once every ten years and tell us how many bears there are,", "Our hunters are out on the ice every spring. Nobody asks them."]),
    ("indirect", "Noah Ningiuk", "Ningiuk said", ["the HTO would ask the Nunavut Wildlife Management Board to hold a hearing in Grise Fiord before the next survey"]),
    ("indirect", "Noah Ningiuk", "Ningiuk said", ["elders should sit on the working group"]),
    ("partial", "Karl Jensen", "said by phone", ['the quota was "not generous, but fair."']),
    ("indirect", "Karl Jensen", "accused", ["Canadian officials of dragging out the talks until the spring hunt had already begun"]),
    ("indirect", GN, "said", ["the hardest point had been how to count bears killed in defence of life and property"]),
    ("indirect", GN, "the official said", ["Under the memorandum, those bears will come off the quota of the side where they are killed"]),
    ("indirect", "Environment and Climate Change Canada", "said in an email", ["Ottawa would pay half the cost of the 2029 survey"]),
    ("partial", "Lisa Qamaniq", "said in a statement", ['hunters on both sides of Nares Strait "have always been one people on one ice."']),
]
AGREEMENTS = [
    ("memorandum", "a memorandum that splits the polar bear quota for Kane Basin", ["Canada", "Government of Nunavut", "Greenland"], "signed", "2026-03-24", "Iqaluit"),
    ("memorandum", "a 2009 memorandum of understanding", ["Canada", "Government of Nunavut", "Greenland"], "in-force", "2009", None),
]
