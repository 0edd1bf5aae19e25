ID = "inv23-kuensel-bhutan-china-boundary-expert-group-talks-2026-11-20"
TITLE = "Boundary experts end Thimphu round with 'positive progress' on three-step roadmap"
PUB = "2026-11-20"
TEXT = """Bhutan and China concluded the latest round of their Expert Group Meeting on the boundary in Thimphu yesterday, with both delegations saying they had made progress on the second step of the three-step roadmap signed in 2021.

The Bhutanese delegation was led by the Secretary of the International Boundaries, Letho Tobgay, and the Chinese side by Hua Zhenming, director general of the Department of Boundary and Ocean Affairs at the Chinese Ministry of Foreign Affairs.

A joint press release issued by the Ministry of Foreign Affairs and External Trade said the two sides had held "cordial and constructive" discussions and agreed to complete the joint field survey of the northern sector before the next round. The release did not give a date.

Speaking to Kuensel after the closing session, Letho Tobgay said the talks had focused on the pastures of the northern valleys, which herders from Haa and Paro have used for generations. "Our aim is a boundary that is settled, mapped and respected, so that our herders can graze in peace," he said.

The Chinese Embassy in New Delhi, which also handles relations with Bhutan, said in a statement that Beijing was willing to work with Thimphu to "finish the demarcation at an early date" and to establish diplomatic relations.

Yak herders in Haa said they had seen road construction on the far side of the ridge in recent summers. Dorji Wangmo, 61, a herder from Bji gewog, said she no longer took her animals beyond the second pass. "My father went further. Now we stay where the soldiers tell us," she said.

The Opposition Leader in the National Assembly, Kinga Dorji, said Parliament should be briefed before any map was agreed. He said the Druk Phuensum Tshogpa would support a settlement "that does not trade away an inch for promises".

India, which has close security ties with Bhutan and fought Chinese troops at Doklam in 2017, has been watching the talks closely. An Indian official familiar with the discussions said New Delhi had been kept informed by Thimphu and had "full confidence" in its neighbour.

Prime Minister Tshering Tobgay told the National Council last week that the government would not sign any agreement that harmed the interests of the country. The 1998 agreement on maintaining peace and tranquillity along the border remained in force, he said.

The two sides agreed to hold the next round in Kunming next spring."""
ENTITIES = [
    ("Bhutan", "State", ["Thimphu"], "Q917"),
    ("China", "State", ["Beijing"], "Q148"),
    ("Expert Group Meeting", "Organization", [], None),
    ("Letho Tobgay", "Person", [], None),
    ("Hua Zhenming", "Person", [], None),
    ("Department of Boundary and Ocean Affairs", "Organization", [], None),
    ("Chinese Ministry of Foreign Affairs", "Organization", [], None),
    ("Ministry of Foreign Affairs and External Trade", "Organization", [], None),
    ("Kuensel", "Organization", [], None),
    ("Haa", "Location", [], None),
    ("Paro", "Location", [], None),
    ("Chinese Embassy in New Delhi", "Organization", [], None),
    ("Yak herders in Haa", "Group", [], None),
    ("Dorji Wangmo", "Person", [], None),
    ("Bji gewog", "Location", [], None),
    ("Kinga Dorji", "Person", [], None),
    ("National Assembly", "Organization", [], None),
    ("Druk Phuensum Tshogpa", "Organization", [], None),
    ("India", "State", ["New Delhi"], "Q668"),
    ("Doklam", "Location", [], None),
    ("An Indian official familiar with the discussions", "Group", [], None),
    ("Tshering Tobgay", "Person", [], None),
    ("National Council", "Organization", [], None),
    ("Kunming", "Location", [], None),
]
STATEMENTS = [
    ("indirect", "Ministry of Foreign Affairs and External Trade", "said", ["the two sides had held \"cordial and constructive\" discussions and agreed to complete the joint field survey of the northern sector before the next round"]),
    ("indirect", "Letho Tobgay", "said", ["the talks had focused on the pastures of the northern valleys, which herders from Haa and Paro have used for generations"]),
    ("direct", "Letho Tobgay", "he said", ["Our aim is a boundary that is settled, mapped and respected, so that our herders can graze in peace,"]),
    ("indirect", "Chinese Embassy in New Delhi", "said in a statement", ["Beijing was willing to work with Thimphu to \"finish the demarcation at an early date\" and to establish diplomatic relations"]),
    ("indirect", "Yak herders in Haa", "said", ["they had seen road construction on the far side of the ridge in recent summers"]),
    ("indirect", "Dorji Wangmo", "said", ["she no longer took her animals beyond the second pass"]),
    ("direct", "Dorji Wangmo", "she said", ["My father went further. Now we stay where the soldiers tell us,"]),
    ("indirect", "Kinga Dorji", "said", ["Parliament should be briefed before any map was agreed"]),
    ("indirect", "Kinga Dorji", "He said", ["the Druk Phuensum Tshogpa would support a settlement \"that does not trade away an inch for promises\""]),
    ("indirect", "An Indian official familiar with the discussions", "said", ["New Delhi had been kept informed by Thimphu and had \"full confidence\" in its neighbour"]),
    ("indirect", "Tshering Tobgay", "told", ["the government would not sign any agreement that harmed the interests of the country"]),
    ("indirect", "Tshering Tobgay", "he said", ["The 1998 agreement on maintaining peace and tranquillity along the border remained in force"]),
]
AGREEMENTS = [
    ("roadmap", "the three-step roadmap", ["Bhutan", "China"], "signed", "2021", None),
    ("agreement", "agreed to complete the joint field survey of the northern sector", ["Bhutan", "China"], "reached", None, "Thimphu"),
    ("agreement", "The 1998 agreement on maintaining peace and tranquillity along the border", ["Bhutan", "China"], "in-force", "1998", None),
    ("agreement", "agreed to hold the next round in Kunming", ["Bhutan", "China"], "reached", None, "Kunming"),
]
