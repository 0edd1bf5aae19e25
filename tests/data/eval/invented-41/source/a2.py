ID = "inv41-kathmandupost-nepal-india-pancheshwar-dpr-roadmap-2026-03-26"
TITLE = "Nepal, India agree on six-month roadmap to finish Pancheshwar project report"
PUB = "2026-03-26"
TEXT = """Nepal and India have agreed to complete the long-delayed detailed project report of the Pancheshwar Multipurpose Project within six months, ending a two-year pause in talks on the 6,480-megawatt scheme on the Mahakali River.

Water resources secretaries of the two countries signed a six-month roadmap on Wednesday at the end of a two-day meeting in Kathmandu, according to the Ministry of Energy, Water Resources and Irrigation.

Under the roadmap, the Pancheshwar Development Authority, the bi-national body set up under the 1996 Mahakali Treaty, will hire a consultant by May to resolve the technical issues that have held up the report, and the authority's governing body will meet in June in Dehradun.

"We have not solved the old disputes, but for the first time in years we have a calendar," Energy Minister Deepak Bahadur Karki told The Kathmandu Post after the meeting. Karki said the two sides had "agreed to disagree" for now on how the project's benefits would be shared, and would leave that question to the political leadership.

The sticking point is how much water each side already uses downstream, which the treaty says must be protected before the rest is divided equally. Nepal says India's existing use has been overstated; New Delhi has rejected that claim in past meetings.

At this week's meeting, Nepal proposed that an independent panel of experts measure the flows at Brahmadev, but the Indian side did not accept the idea, according to an official at the ministry who was part of the Nepali delegation.

"They said it was a matter for the authority, not for outsiders," the official told the Post, requesting anonymity as he was not authorised to speak to the media. "We will raise it again in June."

In a statement issued on Wednesday evening, the Embassy of India in Kathmandu said the talks had been held "in a warm and cordial atmosphere" and that India remained committed to taking the project forward "at the earliest". The Indian delegation was led by Rajiv Khanna, secretary at India's Ministry of Jal Shakti.

The roadmap drew a sharp reaction from the opposition. Lawmakers of the CPN (Maoist Centre) accused the government of "mortgaging the Mahakali" by accepting a timetable before the water-sharing question was settled.

"A report written on India's terms will decide our rights for a hundred years," said Ram Kumari Joshi, a lawmaker from Darchula, where the reservoir would submerge dozens of villages. She said people in the district had not been consulted, and demanded that the roadmap be tabled in Parliament.

Gopal Prasad Adhikari, a former water resources secretary who took part in the treaty negotiations in the 1990s, said the roadmap was a modest but necessary step.

"Pancheshwar has been on paper longer than most people in Darchula have been alive," he said. He argued that Nepal should focus on securing a fair price for its electricity rather than trying to reopen the treaty.

The project, first studied in the 1970s, would create one of the largest reservoirs in South Asia. Its cost was last estimated at more than Rs 500 billion."""
ENTITIES = [
    ("Nepal", "State", [], "Q837"),
    ("India", "State", ["New Delhi", "the Indian side"], "Q668"),
    ("Pancheshwar Multipurpose Project", "Location", ["Pancheshwar"], None),
    ("Mahakali River", "Location", ["the Mahakali"], None),
    ("Kathmandu", "Location", [], None),
    ("Ministry of Energy, Water Resources and Irrigation", "Organization", ["the ministry"], None),
    ("Pancheshwar Development Authority", "Organization", ["the authority"], None),
    ("Dehradun", "Location", [], None),
    ("Deepak Bahadur Karki", "Person", ["Karki", "Energy Minister Deepak Bahadur Karki"], None),
    ("The Kathmandu Post", "Organization", ["the Post"], None),
    ("Brahmadev", "Location", [], None),
    ("an official at the ministry who was part of the Nepali delegation", "Group", ["the official"], None),
    ("Embassy of India in Kathmandu", "Organization", [], None),
    ("Rajiv Khanna", "Person", [], None),
    ("India's Ministry of Jal Shakti", "Organization", [], None),
    ("CPN (Maoist Centre)", "Organization", [], None),
    ("Lawmakers of the CPN (Maoist Centre)", "Group", [], None),
    ("Ram Kumari Joshi", "Person", [], None),
    ("Darchula", "Location", [], None),
    ("Parliament", "Organization", [], None),
    ("Gopal Prasad Adhikari", "Person", [], None),
    ("South Asia", "Location", [], None),
]
OFF = "an official at the ministry who was part of the Nepali delegation"
STATEMENTS = [
    ("indirect", "Ministry of Energy, Water Resources and Irrigation", "according to", ["Water resources secretaries of the two countries signed a six-month roadmap on Wednesday at the end of a two-day meeting in Kathmandu"]),
    ("direct", "Deepak Bahadur Karki", "told The Kathmandu Post", ["We have not solved the old disputes, but for the first time in years we have a calendar,"]),
    ("partial", "Deepak Bahadur Karki", "said", ['the two sides had "agreed to disagree" for now on how the project\'s benefits would be shared, and would leave that question to the political leadership']),
    ("indirect", "Nepal", "says", ["India's existing use has been overstated"]),
    ("indirect", OFF, "according to", ["Nepal proposed that an independent panel of experts measure the flows at Brahmadev, but the Indian side did not accept the idea"]),
    ("direct", OFF, "the official told the Post", ["They said it was a matter for the authority, not for outsiders,", "We will raise it again in June."]),
    ("partial", "Embassy of India in Kathmandu", "said", ["the talks had been held \"in a warm and cordial atmosphere\""]),
    ("partial", "Embassy of India in Kathmandu", "said", ["India remained committed to taking the project forward \"at the earliest\""]),
    ("partial", "Lawmakers of the CPN (Maoist Centre)", "accused", ['the government of "mortgaging the Mahakali" by accepting a timetable before the water-sharing question was settled']),
    ("direct", "Ram Kumari Joshi", "said", ["A report written on India's terms will decide our rights for a hundred years,"]),
    ("indirect", "Ram Kumari Joshi", "She said", ["people in the district had not been consulted"]),
    ("indirect", "Ram Kumari Joshi", "demanded", ["the roadmap be tabled in Parliament"]),
    ("indirect", "Gopal Prasad Adhikari", "said", ["the roadmap was a modest but necessary step"]),
    ("direct", "Gopal Prasad Adhikari", "he said", ["Pancheshwar has been on paper longer than most people in Darchula have been alive,"]),
    ("indirect", "Gopal Prasad Adhikari", "He argued", ["Nepal should focus on securing a fair price for its electricity rather than trying to reopen the treaty"]),
]
AGREEMENTS = [
    ("roadmap", "a six-month roadmap", ["Nepal", "India"], "signed", "2026-03-25", "Kathmandu"),
    ("treaty", "the 1996 Mahakali Treaty", ["Nepal", "India"], "in-force", "1996", None),
    ("proposal", "an independent panel of experts", ["Nepal"], "proposed", None, None),
]
