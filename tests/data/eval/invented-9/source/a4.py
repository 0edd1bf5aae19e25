ID = "inv9-toi-india-china-corps-commander-talks-ladakh-2026-08-04"
TITLE = "India, China agree to 'maintain momentum' after 11-hour corps commander talks; Congress seeks statement in Parliament"
PUB = "2026-08-04"
TEXT = """NEW DELHI: India and China held the 24th round of corps commander-level talks at the Chushul-Moldo border meeting point on Monday. Both sides agreed to "maintain the momentum" towards restoring patrolling in the remaining friction areas in eastern Ladakh, officials said.

The talks lasted nearly eleven hours, a senior official said, adding that the Indian side had pressed for a return to patrolling at two points in the Depsang plains.

"The atmosphere was candid and constructive, but nobody should expect a breakthrough in one round," the official told TOI. "The Chinese side listened. That is itself something."

In a joint press release issued late on Tuesday, the two sides said they had "agreed to stay in communication through military and diplomatic channels".

External affairs ministry spokesperson Ranjan Mehra said at the weekly briefing that India's position was "clear and consistent": peace in the border areas was the basis for normal ties.

"We have made progress since 2024, and we want to build on it. But the relationship cannot be normal if the border is not normal," Mehra said.

Asked whether external affairs minister Vikram Sethi would travel to Beijing next month, the spokesperson said dates were "being worked out through diplomatic channels".

In Beijing, Chinese foreign ministry spokesperson Liu Jianhong said the talks were "positive and in-depth" and that both sides had agreed to "properly handle" the remaining issues. She said China hoped India would "meet China halfway".

China's defence ministry said in a statement on its website that the border situation was "generally stable".

A former Army commander, Lt Gen (retd) Harinder Sandhu, said the outcome was in line with expectations. "China has always preferred slow talks. Every month without a deal is a month in which its infrastructure on the other side grows," he said.

The former general added that India had also strengthened roads and airstrips along the Line of Actual Control since 2020 and could "afford to be patient".

In Leh, the anger is more local. Graziers in villages near the LAC have been unable to take their herds to winter pastures in the buffer zones since 2020, said Tsering Angchuk, a councillor of the Ladakh Autonomous Hill Development Council. "Our animals do not know what a buffer zone is. Every winter we lose more of them," he said. He said the council had written to the Centre three times and received no reply. Angchuk, who attended a briefing by army officers in Leh last week, said he had been told patrolling would resume "step by step".

The Congress, however, said the government was hiding the details. Party general secretary Meenakshi Rao said the Centre had "surrendered buffer zones" in earlier rounds and that the government must make a statement in Parliament.

"Why is the government afraid of telling the people where our soldiers can and cannot go?" she asked at a press conference at the AICC headquarters.

Government sources dismissed the charge. One official said the buffer zones were "temporary and mutually agreed" and would be reviewed once patrolling resumed.

The next round is expected before the winter sets in, officials said."""
ENTITIES = [
    ("India", "State", [], "Q668"),
    ("China", "State", [], "Q148"),
    ("Chushul-Moldo", "Location", [], None),
    ("Ladakh", "Location", [], None),
    ("a senior official", "Group", [], None),
    ("Depsang plains", "Location", [], None),
    ("TOI", "Organization", [], None),
    ("the two sides", "Group", [], None),
    ("External affairs ministry", "Organization", [], None),
    ("Ranjan Mehra", "Person", ["Mehra"], None),
    ("Vikram Sethi", "Person", [], None),
    ("Beijing", "Location", [], "Q956"),
    ("Chinese foreign ministry", "Organization", [], None),
    ("Liu Jianhong", "Person", [], None),
    ("China's defence ministry", "Organization", [], None),
    ("Harinder Sandhu", "Person", [], None),
    ("Line of Actual Control", "Location", ["LAC"], None),
    ("Leh", "Location", [], None),
    ("Tsering Angchuk", "Person", ["Angchuk"], None),
    ("Ladakh Autonomous Hill Development Council", "Organization", [], None),
    ("Congress", "Organization", [], None),
    ("Meenakshi Rao", "Person", [], None),
    ("Parliament", "Organization", [], None),
    ("AICC", "Organization", [], None),
    ("One official", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "India", "officials said", ["Both sides agreed to \"maintain the momentum\" towards restoring patrolling in the remaining friction areas in eastern Ladakh"]),
    ("indirect", "a senior official", "said", ["The talks lasted nearly eleven hours"]),
    ("indirect", "a senior official", "adding", ["the Indian side had pressed for a return to patrolling at two points in the Depsang plains"]),
    ("direct", "a senior official", "told TOI", ["The atmosphere was candid and constructive, but nobody should expect a breakthrough in one round,", "The Chinese side listened. That is itself something."]),
    ("indirect", "the two sides", "said", ["they had \"agreed to stay in communication through military and diplomatic channels\""]),
    ("indirect", "Ranjan Mehra", "said at the weekly briefing", ["India's position was \"clear and consistent\": peace in the border areas was the basis for normal ties"]),
    ("direct", "Ranjan Mehra", "said", ["We have made progress since 2024, and we want to build on it. But the relationship cannot be normal if the border is not normal,"]),
    ("indirect", "Ranjan Mehra", "said", ["dates were \"being worked out through diplomatic channels\""]),
    ("indirect", "Liu Jianhong", "said", ["the talks were \"positive and in-depth\""]),
    ("indirect", "Liu Jianhong", "said", ["both sides had agreed to \"properly handle\" the remaining issues"]),
    ("indirect", "Liu Jianhong", "said", ["China hoped India would \"meet China halfway\""]),
    ("indirect", "China's defence ministry", "said in a statement", ["the border situation was \"generally stable\""]),
    ("indirect", "Harinder Sandhu", "said", ["the outcome was in line with expectations"]),
    ("direct", "Harinder Sandhu", "he said", ["China has always preferred slow talks. Every month without a deal is a month in which its infrastructure on the other side grows,"]),
    ("indirect", "Harinder Sandhu", "added", ["India had also strengthened roads and airstrips along the Line of Actual Control since 2020 and could \"afford to be patient\""]),
    ("indirect", "Tsering Angchuk", "said", ["Graziers in villages near the LAC have been unable to take their herds to winter pastures in the buffer zones since 2020"]),
    ("direct", "Tsering Angchuk", "he said", ["Our animals do not know what a buffer zone is. Every winter we lose more of them,"]),
    ("indirect", "Tsering Angchuk", "said", ["the council had written to the Centre three times and received no reply"]),
    ("indirect", "Tsering Angchuk", "said", ["he had been told patrolling would resume \"step by step\""]),
    ("indirect", "Congress", "said", ["the government was hiding the details"]),
    ("indirect", "Meenakshi Rao", "said", ["the Centre had \"surrendered buffer zones\" in earlier rounds"]),
    ("indirect", "Meenakshi Rao", "said", ["the government must make a statement in Parliament"]),
    ("direct", "Meenakshi Rao", "asked", ["Why is the government afraid of telling the people where our soldiers can and cannot go?"]),
    ("indirect", "One official", "said", ["the buffer zones were \"temporary and mutually agreed\" and would be reviewed once patrolling resumed"]),
    ("indirect", "India", "officials said", ["The next round is expected before the winter sets in"]),
]
AGREEMENTS = []
