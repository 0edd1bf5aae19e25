ID = "inv52-yonhap-korea-japan-jdz-data-memorandum-east-china-sea-2026-09-24"
TITLE = "S. Korea, Japan sign data-sharing memorandum on joint development zone, stay apart on pact's future"
PUB = "2026-09-24"
TEXT = """SEOUL, Sept. 24 (Yonhap) -- South Korea and Japan on Wednesday signed a memorandum to share geological survey data from their joint development zone in the East China Sea, but failed to narrow differences over the future of the 1974 agreement that created the zone, South Korea's Foreign Ministry said.

The memorandum was signed in Seoul by Park Ji-hoon, the ministry's director general for Asian and Pacific affairs, and Kenji Morikawa, a deputy director general at Japan's Foreign Ministry, after two days of talks.

Under the 1974 agreement, the two countries are to explore the 82,000-square-kilometer zone, known in South Korea as Mining Block 7, jointly for oil and gas. Either side has been able to give notice to end the pact since June 2025, and it will expire in June 2028 unless both sides agree otherwise.

"The memorandum is a small but meaningful step," Park told reporters after the signing. "Data that has sat in separate drawers for decades will now be on the same table."

He said South Korea had proposed an extension of the 1974 agreement beyond 2028, along with a joint seismic survey of the zone's southern section next year, and was waiting for Japan's reply.

Japanese officials said the memorandum covered only existing data and did not commit Tokyo to new exploration.

"We will study the proposal carefully," a Japanese foreign ministry official told Yonhap News Agency on condition of anonymity. "But any decision on the period after 2028 has to take into account the situation in the whole East China Sea."

Chief Cabinet Secretary Hiroshi Tanabe told a regular press conference that Japan would "respond appropriately" once the expert-level review was complete, without giving a date.

Most of the zone lies closer to Japan than to South Korea, and Korean lawmakers have long suspected that Tokyo is running down the clock so that it can claim a larger part of the seabed after 2028. Rep. Kim Do-hyun, a member of the National Assembly's foreign affairs committee, accused the Japanese government of "pretending to negotiate while waiting for the calendar to do its work."

Korea National Oil Corp. (KNOC), which holds the South Korean concession in the zone, said in a statement that it was ready to begin a survey "within months" if Japan agreed.

China, which regards part of the area as a natural extension of its own continental shelf, criticized the signing. Chinese Foreign Ministry spokesperson Chen Haoran told a daily briefing in Beijing that any arrangement between the two countries "cannot affect China's rights and interests" in the East China Sea.

Yoo Jae-hyun, a professor of international law at Korea University, said the memorandum showed that both governments wanted to avoid an open clash before 2028.

"Neither side wants this to become another Dokdo," Yoo said. "But sharing data is the easy part. The hard part is deciding who drills, and where."

He added that a decision by Japan to let the agreement lapse would leave the seabed without any agreed rules for the first time in half a century.

The two sides agreed to hold the next round of talks in the first half of next year, South Korea's Foreign Ministry said in a separate statement.

(END)"""
ENTITIES = [
    ("Seoul", "Location", ["SEOUL"], None),
    ("Yonhap News Agency", "Organization", ["Yonhap"], None),
    ("South Korea", "State", [], "Q884"),
    ("Japan", "State", ["Tokyo", "the Japanese government"], "Q17"),
    ("East China Sea", "Location", [], None),
    ("Park Ji-hoon", "Person", ["Park"], None),
    ("South Korea's Foreign Ministry", "Organization", [], None),
    ("Kenji Morikawa", "Person", [], None),
    ("Japan's Foreign Ministry", "Organization", [], None),
    ("Mining Block 7", "Location", [], None),
    ("a Japanese foreign ministry official", "Group", [], None),
    ("Hiroshi Tanabe", "Person", ["Chief Cabinet Secretary Hiroshi Tanabe"], None),
    ("Korean lawmakers", "Group", [], None),
    ("Kim Do-hyun", "Person", ["Rep. Kim Do-hyun"], None),
    ("National Assembly", "Organization", [], None),
    ("Korea National Oil Corp.", "Organization", ["KNOC"], None),
    ("China", "State", [], "Q148"),
    ("Chinese Foreign Ministry", "Organization", [], None),
    ("Chen Haoran", "Person", [], None),
    ("Beijing", "Location", [], None),
    ("Yoo Jae-hyun", "Person", ["Yoo"], None),
    ("Korea University", "Organization", [], None),
    ("Dokdo", "Location", [], None),
]
STATEMENTS = [
    ("indirect", "South Korea's Foreign Ministry", "said", ["South Korea and Japan on Wednesday signed a memorandum to share geological survey data from their joint development zone in the East China Sea, but failed to narrow differences over the future of the 1974 agreement that created the zone"]),
    ("direct", "Park Ji-hoon", "told reporters", ["The memorandum is a small but meaningful step,", "Data that has sat in separate drawers for decades will now be on the same table."]),
    ("indirect", "Park Ji-hoon", "He said", ["South Korea had proposed an extension of the 1974 agreement beyond 2028, along with a joint seismic survey of the zone's southern section next year, and was waiting for Japan's reply"]),
    ("indirect", "Japan", "said", ["the memorandum covered only existing data and did not commit Tokyo to new exploration"]),
    ("direct", "a Japanese foreign ministry official", "told Yonhap News Agency", ["We will study the proposal carefully,", "But any decision on the period after 2028 has to take into account the situation in the whole East China Sea."]),
    ("partial", "Hiroshi Tanabe", "told a regular press conference", ["Japan would \"respond appropriately\" once the expert-level review was complete"]),
    ("partial", "Kim Do-hyun", "accused", ["the Japanese government of \"pretending to negotiate while waiting for the calendar to do its work.\""]),
    ("partial", "Korea National Oil Corp.", "said in a statement", ["it was ready to begin a survey \"within months\" if Japan agreed"]),
    ("partial", "Chen Haoran", "told a daily briefing", ["any arrangement between the two countries \"cannot affect China's rights and interests\" in the East China Sea"]),
    ("indirect", "Yoo Jae-hyun", "said", ["the memorandum showed that both governments wanted to avoid an open clash before 2028"]),
    ("direct", "Yoo Jae-hyun", "Yoo said", ["Neither side wants this to become another Dokdo,", "But sharing data is the easy part. The hard part is deciding who drills, and where."]),
    ("indirect", "Yoo Jae-hyun", "He added", ["a decision by Japan to let the agreement lapse would leave the seabed without any agreed rules for the first time in half a century"]),
    ("indirect", "South Korea's Foreign Ministry", "said in a separate statement", ["The two sides agreed to hold the next round of talks in the first half of next year"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum to share geological survey data", ["South Korea", "Japan"], "signed", "2026-09-23", "Seoul"),
    ("agreement", "the 1974 agreement", ["South Korea", "Japan"], "in-force", "1974", None),
    ("proposal", "an extension of the 1974 agreement", ["South Korea"], "proposed", None, None),
]
