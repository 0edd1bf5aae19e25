ID = "inv27-kathmandupost-nepal-china-korala-trade-route-protocol-2026-06-03"
TITLE = "Korala trade point to open year-round under new Nepal-China protocol, but Mustang traders wait for the road"
PUB = "2026-06-03"
TEXT = """KATHMANDU (The Kathmandu Post) - Nepal and China have signed a protocol to keep the Korala trade point in Upper Mustang open all year instead of only in summer, the Ministry of Industry, Commerce and Supplies said on Tuesday.

The protocol was signed in Lhasa last week by customs officials of both countries, the ministry said. It added that a joint inspection yard would be built on the Nepali side within two years.

Commerce Minister Sunita Gurung told the Post that the route could cut the cost of goods in Mustang by a third. She said the government would ask the Asian Development Bank to help pay for the yard. "Korala should be a door, not a gate that opens twice a year," Gurung said.

Beijing has urged Kathmandu to finish the road to the border quickly. The Chinese Embassy in Kathmandu said trade through Korala could reach 5 billion rupees a year once the road was paved. An embassy spokesperson said Chinese trucks would be ready to run as soon as the yard opened.

A customs officer at the Jomsom office said the staff there had not been told how the yard would be run. The officer, who spoke on condition of anonymity, said no budget had been set aside for winter housing.

In Lo Manthang, trader Tashi Bista said he had waited twelve winters for the border to stay open. "We carry salt and wool the way our grandfathers did," he said. His sister, Pema Bista, runs a guesthouse on the trail. She said trekkers would also use the route if permits were cheaper.

The Mustang Chamber of Commerce and Industry has warned that the protocol will mean little until the Kali Gandaki road is finished. Its chairman, Karma Thakali, said construction firm Himal Sadak Builders had missed three deadlines.

Himal Sadak Builders said landslides, not delays on its part, had held up the work. A company engineer said the last 18 kilometres would be paved by the end of next year.

The Nepali Congress, the main opposition party, said the government should table the protocol in Parliament. Lawmaker Bimala Adhikari of the Nepali Congress said the text had been "kept in a drawer."

A writ filed at the Supreme Court by a group of conservation lawyers argues that a wider road would harm the fragile valley. Lawyer Nirajan Shrestha said the court would hear the case in July.

Researchers at the International Centre for Integrated Mountain Development have estimated that landslides along the corridor have doubled in a decade. According to the centre, most of them followed road cutting.

The yard's design will be agreed in August, Nepali officials said."""
ENTITIES = [
    ("Nepal", "State", ["Kathmandu"], "Q837"),
    ("China", "State", ["Beijing"], "Q148"),
    ("The Kathmandu Post", "Organization", ["the Post"], None),
    ("Korala", "Location", [], None),
    ("Upper Mustang", "Location", [], None),
    ("Ministry of Industry, Commerce and Supplies", "Organization", ["the ministry"], None),
    ("Lhasa", "Location", [], None),
    ("Sunita Gurung", "Person", ["Gurung"], None),
    ("Mustang", "Location", [], None),
    ("Asian Development Bank", "Organization", [], None),
    ("Chinese Embassy in Kathmandu", "Organization", [], None),
    ("A customs officer at the Jomsom office", "Group", [], None),
    ("Jomsom", "Location", [], None),
    ("Lo Manthang", "Location", [], None),
    ("Tashi Bista", "Person", [], None),
    ("Pema Bista", "Person", [], None),
    ("Mustang Chamber of Commerce and Industry", "Organization", [], None),
    ("Kali Gandaki", "Location", [], None),
    ("Karma Thakali", "Person", [], None),
    ("Himal Sadak Builders", "Organization", [], None),
    ("Nepali Congress", "Organization", [], None),
    ("Parliament", "Organization", [], None),
    ("Bimala Adhikari", "Person", [], None),
    ("Supreme Court", "Organization", ["the court"], None),
    ("Nirajan Shrestha", "Person", [], None),
    ("International Centre for Integrated Mountain Development", "Organization", ["the centre"], None),
    ("Researchers at the International Centre for Integrated Mountain Development", "Group", [], None),
]
M = "Ministry of Industry, Commerce and Supplies"
E = "Chinese Embassy in Kathmandu"
G = "A customs officer at the Jomsom office"
STATEMENTS = [
    ("indirect", M, "said on Tuesday", ["Nepal and China have signed a protocol to keep the Korala trade point in Upper Mustang open all year instead of only in summer"]),
    ("indirect", M, "the ministry said", ["The protocol was signed in Lhasa last week by customs officials of both countries"]),
    ("indirect", M, "It added", ["a joint inspection yard would be built on the Nepali side within two years"]),
    ("indirect", "Sunita Gurung", "told the Post", ["the route could cut the cost of goods in Mustang by a third"]),
    ("indirect", "Sunita Gurung", "She said", ["the government would ask the Asian Development Bank to help pay for the yard"]),
    ("direct", "Sunita Gurung", "Gurung said", ["Korala should be a door, not a gate that opens twice a year,"]),
    ("indirect", "China", "has urged", ["Kathmandu to finish the road to the border quickly"]),
    ("indirect", E, "said", ["trade through Korala could reach 5 billion rupees a year once the road was paved"]),
    ("indirect", E, "An embassy spokesperson said", ["Chinese trucks would be ready to run as soon as the yard opened"]),
    ("indirect", G, "said", ["the staff there had not been told how the yard would be run"]),
    ("indirect", G, "said", ["no budget had been set aside for winter housing"]),
    ("indirect", "Tashi Bista", "said", ["he had waited twelve winters for the border to stay open"]),
    ("direct", "Tashi Bista", "he said", ["We carry salt and wool the way our grandfathers did,"]),
    ("indirect", "Pema Bista", "She said", ["trekkers would also use the route if permits were cheaper"]),
    ("indirect", "Mustang Chamber of Commerce and Industry", "has warned", ["the protocol will mean little until the Kali Gandaki road is finished"]),
    ("indirect", "Karma Thakali", "said", ["construction firm Himal Sadak Builders had missed three deadlines"]),
    ("indirect", "Himal Sadak Builders", "said", ["landslides, not delays on its part, had held up the work"]),
    ("indirect", "Himal Sadak Builders", "A company engineer said", ["the last 18 kilometres would be paved by the end of next year"]),
    ("indirect", "Nepali Congress", "said", ["the government should table the protocol in Parliament"]),
    ("partial", "Bimala Adhikari", "said", ['the text had been "kept in a drawer."']),
    ("indirect", "Nirajan Shrestha", "said", ["the court would hear the case in July"]),
    ("indirect", "Researchers at the International Centre for Integrated Mountain Development", "have estimated", ["landslides along the corridor have doubled in a decade"]),
    ("indirect", "International Centre for Integrated Mountain Development", "According to", ["most of them followed road cutting"]),
    ("indirect", "Nepal", "Nepali officials said", ["The yard's design will be agreed in August"]),
]
AGREEMENTS = [
    ("protocol", "a protocol to keep the Korala trade point in Upper Mustang open all year", ["Nepal", "China"], "signed", "2026-05", "Lhasa"),
]
