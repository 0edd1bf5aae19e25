ID = "inv48-rnzpacific-marshall-islands-kwajalein-landowners-land-use-deal-2026-10-02"
TITLE = "Kwajalein landowners and Majuro sign land-use deal; US base lease talks next"
PUB = "2026-10-02"
TEXT = """Landowners on Kwajalein Atoll have signed a new land-use agreement with the Marshall Islands government, ending a two-year stand-off over rent for the islands leased to the US Army.

The agreement was signed in Majuro on Wednesday by Finance Minister Kalani Jibas and Iroij Lukas Laelang, chairman of the Kwajalein Atoll Landowners Association.

It raises the annual payments to landowners by about 40 percent and sets aside US$2 million a year for housing on the crowded island of Ebeye, where many of the atoll's 11,000 people live.

The Council of Iroij, the Marshall Islands' upper house of traditional chiefs, brokered the final round of talks. The council said in a statement that it had "only held the door open" and that the credit belonged to both sides.

Mr Jibas told RNZ Pacific the deal showed that the government "listens to the people whose land carries the country's biggest contract."

Iroij Laelang said landowners had accepted less than they wanted. "Our grandparents were moved off these islands with a handshake. This time at least there is a signature," he said.

The landowners had proposed that a share of the rent go directly to Ebeye families rather than through the government, but Majuro refused. The final text is silent on the idea.

The United States is not a party to the land-use agreement, but the money comes largely from Washington under the Military Use and Operating Rights Agreement, which the two governments extended in 2016 and which runs until 2066. Washington pays the Marshall Islands for use of the Ronald Reagan Ballistic Missile Defense Test Site; Majuro then pays the landowners.

A spokesperson for the US Embassy in Majuro said the United States "welcomes any arrangement that provides certainty" for the test site's operations.

Talks between the two governments on the lease's environmental clauses are due to begin in November. Officials in Majuro said they would seek compensation for damage to the lagoon from missile debris.

The dispute has dragged on since the Compact of Free Association was renewed. Under the amended compact, which Washington and Majuro signed in 2023, the Marshall Islands receives US$2.3 billion over 20 years, but landowners on Kwajalein said the deal did nothing for them and threatened to stop cooperating with the base.

Some Ebeye residents remain unconvinced. "Rent goes up, but the water still comes out brown," said Mary Anjain, who runs a small store near the dock.

Opposition senator Hilda Lometo said the Nitijela, the parliament, would examine the agreement closely. He said it "cannot be a private deal between the government and a few chiefs.\""""
ENTITIES = [
    ("Kwajalein Atoll", "Location", [], None),
    ("Marshall Islands", "State", ["Majuro"], "Q709"),
    ("US Army", "Organization", [], None),
    ("Kalani Jibas", "Person", ["Mr Jibas"], None),
    ("Lukas Laelang", "Person", ["Iroij Laelang"], None),
    ("Kwajalein Atoll Landowners Association", "Organization", [], None),
    ("Ebeye", "Location", [], None),
    ("Council of Iroij", "Organization", [], None),
    ("RNZ Pacific", "Organization", [], None),
    ("United States", "State", ["Washington"], "Q30"),
    ("Ronald Reagan Ballistic Missile Defense Test Site", "Location", [], None),
    ("US Embassy in Majuro", "Organization", [], None),
    ("A spokesperson for the US Embassy in Majuro", "Group", [], None),
    ("Mary Anjain", "Person", [], None),
    ("Hilda Lometo", "Person", [], None),
    ("Nitijela", "Organization", [], None),
    ("landowners on Kwajalein", "Group", [], None),
]
STATEMENTS = [
    ("partial", "Council of Iroij", "said in a statement", ['it had "only held the door open"']),
    ("indirect", "Council of Iroij", "said in a statement", ["the credit belonged to both sides"]),
    ("partial", "Kalani Jibas", "told RNZ Pacific", ['the deal showed that the government "listens to the people whose land carries the country\'s biggest contract."']),
    ("indirect", "Lukas Laelang", "said", ["landowners had accepted less than they wanted"]),
    ("direct", "Lukas Laelang", "he said", ["Our grandparents were moved off these islands with a handshake. This time at least there is a signature,"]),
    ("partial", "A spokesperson for the US Embassy in Majuro", "said", ['the United States "welcomes any arrangement that provides certainty" for the test site\'s operations']),
    ("indirect", "Marshall Islands", "said", ["they would seek compensation for damage to the lagoon from missile debris"]),
    ("indirect", "landowners on Kwajalein", "said", ["the deal did nothing for them"]),
    ("direct", "Mary Anjain", "said", ["Rent goes up, but the water still comes out brown,"]),
    ("indirect", "Hilda Lometo", "said", ["the Nitijela, the parliament, would examine the agreement closely"]),
    ("partial", "Hilda Lometo", "He said", ['it "cannot be a private deal between the government and a few chiefs."']),
]
AGREEMENTS = [
    ("agreement", "a new land-use agreement", ["Marshall Islands", "Kwajalein Atoll Landowners Association"], "signed", "2026-09-30", "Majuro"),
    ("proposal", "a share of the rent go directly to Ebeye families", ["Kwajalein Atoll Landowners Association"], "proposed", None, None),
    ("agreement", "the Military Use and Operating Rights Agreement", ["United States", "Marshall Islands"], "in-force", "2016", None),
    ("agreement", "the Compact of Free Association", ["United States", "Marshall Islands"], "in-force", "2023", None),
]
