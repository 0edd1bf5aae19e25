ID = "inv40-thehindu-india-pakistan-indus-commission-flood-data-2026-05-14"
TITLE = "India, Pakistan agree on flood data schedule at Indus Commission meet; Kishanganga row unresolved"
PUB = "2026-05-14"
TEXT = """NEW DELHI

India and Pakistan have agreed on a schedule for sharing flood data on the Indus, Jhelum and Chenab rivers during the coming monsoon, the Ministry of Jal Shakti said on Tuesday after a two-day meeting of the Permanent Indus Commission here.

The commission, made up of the two Indus Commissioners, had not met since May 2022. Its sessions are held under the Indus Waters Treaty of 1960, and Pakistan has accused India of breaching the treaty through the design of the Kishanganga and Ratle hydroelectric projects in Jammu and Kashmir.

India's Commissioner for Indus Waters, R.K. Venkatesan, told The Hindu that the schedule would allow both sides to exchange hourly readings from 14 gauging stations between July 1 and October 10. "Floods do not wait for diplomacy. This was the part where agreement was possible," he said.

He said the Indian side had also raised Pakistan's delay in clearing a visit by Indian engineers to the Jhelum, and that the matter would be taken up "at the next meeting."

Pakistan's Commissioner for Indus Waters, Syed Mehr Ali Jafri, who led an eight-member delegation, told reporters at the Attari-Wagah border on Wednesday that the meeting had been "cordial but incomplete." He accused India of sharing "only the data that suits it" during the floods of 2025.

In New Delhi, a spokesperson for the Ministry of External Affairs said India remained ready to discuss Pakistan's concerns "within the four corners of the treaty." Asked whether India would attend the neutral expert's hearings in Vienna, the spokesperson said the government had "nothing to add" to its earlier position.

In Islamabad, Foreign Office spokesperson Tahira Qureshi welcomed the flood data arrangement but said Pakistan would continue to seek a ruling from the neutral expert on Kishanganga. She said the treaty "cannot be rewritten by one party."

A senior official who was part of the Indian delegation said most of the second day went into the wording of a single paragraph on the Jhelum visit. "Every comma was negotiated," the official said.

Indian officials said the next meeting of the commission was expected in Lahore before the end of the year.

In Jammu, Baldev Singh Manhas, president of the Jammu Kisan Morcha, said the talks meant little to farmers in R.S. Pura, where canals ran dry in April. "We hear about treaties. We do not see water," he said.

Shripad Kulkarni, a water policy researcher at the Centre for Policy Research who advised the Jal Shakti Ministry on the 2023 notice to Pakistan, called the agreement "modest but real." According to him, the 2022 meeting had ended without even agreed minutes.

The World Bank, which brokered the 1960 treaty and appoints the neutral expert, declined to comment."""
ENTITIES = [
    ("New Delhi", "Location", ["NEW DELHI"], None),
    ("India", "State", [], "Q668"),
    ("Pakistan", "State", [], "Q843"),
    ("Indus", "Location", [], None),
    ("Jhelum", "Location", [], None),
    ("Chenab", "Location", [], None),
    ("Ministry of Jal Shakti", "Organization", ["Jal Shakti Ministry"], None),
    ("Permanent Indus Commission", "Organization", [], None),
    ("Kishanganga", "Location", [], None),
    ("Ratle", "Location", [], None),
    ("Jammu and Kashmir", "Location", [], None),
    ("R.K. Venkatesan", "Person", [], None),
    ("The Hindu", "Organization", [], None),
    ("Syed Mehr Ali Jafri", "Person", [], None),
    ("Attari-Wagah", "Location", [], None),
    ("Ministry of External Affairs", "Organization", [], None),
    ("Vienna", "Location", [], None),
    ("Islamabad", "Location", [], None),
    ("Foreign Office", "Organization", [], None),
    ("Tahira Qureshi", "Person", [], None),
    ("A senior official who was part of the Indian delegation", "Group", ["the official"], None),
    ("Lahore", "Location", [], None),
    ("Jammu", "Location", [], None),
    ("Baldev Singh Manhas", "Person", [], None),
    ("Jammu Kisan Morcha", "Organization", [], None),
    ("R.S. Pura", "Location", [], None),
    ("Shripad Kulkarni", "Person", [], None),
    ("Centre for Policy Research", "Organization", [], None),
    ("World Bank", "Organization", [], None),
]
SO = "A senior official who was part of the Indian delegation"
STATEMENTS = [
    ("indirect", "Ministry of Jal Shakti", "said on Tuesday", ["India and Pakistan have agreed on a schedule for sharing flood data on the Indus, Jhelum and Chenab rivers during the coming monsoon"]),
    ("indirect", "Pakistan", "accused", ["India of breaching the treaty through the design of the Kishanganga and Ratle hydroelectric projects in Jammu and Kashmir"]),
    ("indirect", "R.K. Venkatesan", "told The Hindu", ["the schedule would allow both sides to exchange hourly readings from 14 gauging stations between July 1 and October 10"]),
    ("direct", "R.K. Venkatesan", "he said", ["Floods do not wait for diplomacy. This was the part where agreement was possible,"]),
    ("indirect", "R.K. Venkatesan", "He said", ["the Indian side had also raised Pakistan's delay in clearing a visit by Indian engineers to the Jhelum"]),
    ("partial", "R.K. Venkatesan", "He said", ["the matter would be taken up \"at the next meeting.\""]),
    ("partial", "Syed Mehr Ali Jafri", "told reporters", ['the meeting had been "cordial but incomplete."']),
    ("partial", "Syed Mehr Ali Jafri", "accused", ['India of sharing "only the data that suits it" during the floods of 2025']),
    ("partial", "Ministry of External Affairs", "said", ['India remained ready to discuss Pakistan\'s concerns "within the four corners of the treaty."']),
    ("partial", "Ministry of External Affairs", "the spokesperson said", ['the government had "nothing to add" to its earlier position']),
    ("indirect", "Tahira Qureshi", "said", ["Pakistan would continue to seek a ruling from the neutral expert on Kishanganga"]),
    ("partial", "Tahira Qureshi", "She said", ['the treaty "cannot be rewritten by one party."']),
    ("indirect", SO, "said", ["most of the second day went into the wording of a single paragraph on the Jhelum visit"]),
    ("direct", SO, "the official said", ["Every comma was negotiated,"]),
    ("indirect", "India", "said", ["the next meeting of the commission was expected in Lahore before the end of the year"]),
    ("indirect", "Baldev Singh Manhas", "said", ["the talks meant little to farmers in R.S. Pura, where canals ran dry in April"]),
    ("direct", "Baldev Singh Manhas", "he said", ["We hear about treaties. We do not see water,"]),
    ("partial", "Shripad Kulkarni", "called", ['the agreement "modest but real."']),
    ("indirect", "Shripad Kulkarni", "According to", ["the 2022 meeting had ended without even agreed minutes"]),
]
AGREEMENTS = [
    ("agreement", "a schedule for sharing flood data", ["India", "Pakistan"], "reached", "2026-05-12", "New Delhi"),
    ("treaty", "Indus Waters Treaty", ["India", "Pakistan"], "in-force", "1960", None),
]
