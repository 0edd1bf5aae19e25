ID = "inv9-guardian-longread-nepal-madhesh-federal-talks-2026-04-18"
TITLE = "The long read: In Janakpur, a promise written in 2015 is still waiting"
PUB = "2026-04-18"
TEXT = """For a decade, the plains of southern Nepal have been told that the constitution would be amended. Now a new round of talks in Kathmandu is testing whether anyone still believes it.

JANAKPUR — Sunita Yadav keeps the leaflet in a plastic sleeve. It is from the autumn of 2015, when she marched with thousands of others along the highway that links Janakpur to the Indian border, and it lists six demands. "Not one of them has been met," she says, turning the sleeve over. "My daughter was born that year. She is ten now, and she asks me why we marched."

Yadav, a schoolteacher, is not a politician. But her frustration is shared by the parties that speak for the Madhesi people of the southern plains, and it is the reason the government has reopened talks on how provinces are drawn and funded.

The talks began in February. On one side sits the home minister, Rabindra Adhikari; on the other, Ram Kishor Mahato, who chairs the Madhesh Federal Alliance. Mahato has been here before. He says the government has offered commissions and studies for ten years and nothing else.

"We have attended forty meetings. We have a cupboard full of reports," he told me in the alliance's office, a rented house behind the old temple. "What we do not have is a single line changed in the constitution."

The minister sees it differently. In an interview in his office in Singha Durbar, Adhikari said the government had already raised the share of revenue that goes to provinces and would consider redrawing two districts. "The door is open. But a constitution is not a shop where you bargain over every shelf," he said.

He added that any amendment needed a two-thirds majority in parliament. The governing coalition does not have one.

Mahato called the offer "a sweet to keep the child quiet" and said the alliance would not accept another commission.

Two officials in the home ministry, who asked not to be named because they were not authorised to speak, said the cabinet was split. One of them said the prime minister, Keshav Thapa, had told colleagues he would not "reopen 2015" before the next election.

In Janakpur, that kind of remark travels fast. At a tea stall near the railway station, a group of students argued about whether the talks were worth following. "They are talking in Kathmandu, we are waiting in Madhesh. It is always like this," said Anil Shah, 21, who studies engineering. His friend Pooja Karna disagreed. She said the alliance had won more in six months of talks than in five years of protest.

"At least they listen now," she said. "Before, they sent the police."

India, whose border is a short drive away, is watched closely here. A blockade of the border crossings in 2015 was widely blamed on India. Asked about the talks this month, India's Ministry of External Affairs said it hoped for "an inclusive outcome that reflects the aspirations of all sections of Nepal's society."

Historians are less hopeful. Meera Bhattarai, who teaches at Tribhuvan University, has studied every agreement signed between the government and the Madhesi parties since 2007. She said most were signed "to end a protest, not to change a state."

"There is a pattern," the historian said. "A movement rises, an agreement is signed, the movement goes home, and the agreement goes into a drawer." She said the present talks were different only in one respect: the alliance now holds the provincial government in Madhesh and can bring its own budget figures to the table.

Back in the alliance's office, Mahato's deputy, Lalita Sah, was drafting a press statement. The alliance would give the government until the end of May, she said, before calling supporters back onto the highway.

"We are not threatening anyone. We are reminding them of a date they chose themselves," she said.

The home ministry's spokesperson, reached by phone, said the government "will not negotiate under the shadow of a blockade."

At dusk, Sunita Yadav walked her daughter home past the shuttered offices of the provincial assembly. Asked what she expected from the talks, the teacher shrugged. "I expect another leaflet," she said."""
ENTITIES = [
    ("Nepal", "State", [], "Q837"),
    ("Kathmandu", "Location", [], "Q3037"),
    ("Janakpur", "Location", [], None),
    ("Sunita Yadav", "Person", ["Yadav"], None),
    ("Rabindra Adhikari", "Person", ["Adhikari"], None),
    ("Ram Kishor Mahato", "Person", ["Mahato"], None),
    ("Madhesh Federal Alliance", "Organization", [], None),
    ("Singha Durbar", "Location", [], None),
    ("Two officials in the home ministry", "Group", [], None),
    ("One of them", "Group", [], None),
    ("home ministry", "Organization", [], None),
    ("Keshav Thapa", "Person", [], None),
    ("Madhesh", "Location", [], None),
    ("Anil Shah", "Person", [], None),
    ("Pooja Karna", "Person", [], None),
    ("India", "State", [], "Q668"),
    ("Ministry of External Affairs", "Organization", [], None),
    ("Meera Bhattarai", "Person", [], None),
    ("Tribhuvan University", "Organization", [], None),
    ("Lalita Sah", "Person", [], None),
]
STATEMENTS = [
    ("direct", "Sunita Yadav", "says", ["Not one of them has been met,", "My daughter was born that year. She is ten now, and she asks me why we marched."]),
    ("indirect", "Ram Kishor Mahato", "says", ["the government has offered commissions and studies for ten years and nothing else"]),
    ("direct", "Ram Kishor Mahato", "told me", ["We have attended forty meetings. We have a cupboard full of reports,", "What we do not have is a single line changed in the constitution."]),
    ("indirect", "Rabindra Adhikari", "said", ["the government had already raised the share of revenue that goes to provinces and would consider redrawing two districts"]),
    ("direct", "Rabindra Adhikari", "he said", ["The door is open. But a constitution is not a shop where you bargain over every shelf,"]),
    ("indirect", "Rabindra Adhikari", "added", ["any amendment needed a two-thirds majority in parliament"]),
    ("partial", "Ram Kishor Mahato", "called", ["a sweet to keep the child quiet"]),
    ("indirect", "Ram Kishor Mahato", "said", ["the alliance would not accept another commission"]),
    ("indirect", "Two officials in the home ministry", "said", ["the cabinet was split"]),
    ("indirect", "One of them", "said", ["the prime minister, Keshav Thapa, had told colleagues he would not \"reopen 2015\" before the next election"]),
    ("direct", "Anil Shah", "said", ["They are talking in Kathmandu, we are waiting in Madhesh. It is always like this,"]),
    ("indirect", "Pooja Karna", "said", ["the alliance had won more in six months of talks than in five years of protest"]),
    ("direct", "Pooja Karna", "she said", ["At least they listen now,", "Before, they sent the police."]),
    ("indirect", "Ministry of External Affairs", "said", ["it hoped for \"an inclusive outcome that reflects the aspirations of all sections of Nepal's society.\""]),
    ("indirect", "Meera Bhattarai", "said", ["most were signed \"to end a protest, not to change a state.\""]),
    ("direct", "Meera Bhattarai", "said", ["There is a pattern,", "A movement rises, an agreement is signed, the movement goes home, and the agreement goes into a drawer."]),
    ("indirect", "Meera Bhattarai", "said", ["the present talks were different only in one respect: the alliance now holds the provincial government in Madhesh and can bring its own budget figures to the table"]),
    ("indirect", "Lalita Sah", "she said", ["The alliance would give the government until the end of May", "before calling supporters back onto the highway"]),
    ("direct", "Lalita Sah", "she said", ["We are not threatening anyone. We are reminding them of a date they chose themselves,"]),
    ("indirect", "home ministry", "said", ["the government \"will not negotiate under the shadow of a blockade.\""]),
    ("direct", "Sunita Yadav", "she said", ["I expect another leaflet,"]),
]
AGREEMENTS = []
