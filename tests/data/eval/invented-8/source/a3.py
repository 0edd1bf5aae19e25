ID = "inv8-explainer-nile-dam-filling-talks-2026-02-17"
TITLE = "Explainer: Why Ethiopia, Egypt and Sudan still have no deal on the Nile dam"
PUB = "2026-02-17"
TEXT = """Explainer: Why Ethiopia, Egypt and Sudan still have no deal on the Nile dam

CAIRO, Feb 17 - Officials from Ethiopia, Egypt and Sudan met again this week in Kampala for talks on the huge hydropower dam that Ethiopia has built on the Blue Nile. Here is what is at stake.

What are the three countries discussing?

Egypt and Sudan, which lie downstream, want a binding agreement on how the reservoir is filled and run, above all in years of drought. The three governments have been negotiating such an agreement on and off for more than a decade, and this week's round in Kampala ended without a date for the next meeting.

Ethiopia says guidelines are enough. Its water minister, Tesfaye Gudeta, told state television that his country "will never hand the keys of its own dam to anyone else."

What have they already agreed?

More than people think. The Asosa Declaration, which the three governments signed in 2024, commits them to share data on rainfall and releases and to settle disputes by talks. It remains in force, officials in all three capitals say, even if each accuses the others of ignoring parts of it.

In 2025 the three sides reached a technical deal on drought rules at a meeting in Khartoum. Egypt pulled out of it three months later, saying the rules left too little water in the river in dry years. Cairo has not rejoined.

A separate data-sharing memorandum between Addis Ababa and Khartoum, meant to warn Sudan's dams of large releases, was quietly dropped last year after the war in Sudan made it hard for engineers to travel.

Who is trying to help?

The African Union, which chairs the talks, presented a draft compromise in January under which Ethiopia would release a minimum flow in drought years and a panel of experts would settle disputes. Egypt has said it is ready to study the draft; Ethiopia has not replied in public.

The United States and the World Bank attended earlier rounds as observers and are not parties to any of the texts. The European Union has offered money for a river monitoring network if a deal is reached.

What does Egypt fear?

Egypt gets almost all its fresh water from the Nile. Its foreign minister, Hisham Abdel-Rahman, said in Kampala that Egypt "cannot live with a tap that someone else opens and closes." Egyptian officials have in the past hinted that the country might take other steps if talks fail, without saying what they would be.

And Sudan?

Sudan is torn. The dam could reduce floods and give it cheaper electricity, but its own dams on the Blue Nile sit only a short distance downstream. A Sudanese engineer who took part in the talks said Khartoum mainly wanted "a phone call before the gates open."

What would a deal change?

Analysts say an agreement would matter less for the water itself than for trust. "Without a deal every dry year becomes a crisis," said Miriam Okello, a water law researcher at Makerere University in Kampala.
"""
ENTITIES = [
  ("Ethiopia", "State", ["Addis Ababa"], None),
  ("Egypt", "State", ["Cairo"], None),
  ("Sudan", "State", ["Khartoum"], None),
  ("Kampala", "Location", [], None),
  ("Blue Nile", "Location", [], None),
  ("Tesfaye Gudeta", "Person", [], None),
  ("African Union", "Organization", [], None),
  ("United States", "State", [], None),
  ("World Bank", "Organization", [], None),
  ("European Union", "Organization", [], None),
  ("Nile", "Location", [], None),
  ("Hisham Abdel-Rahman", "Person", [], None),
  ("Egyptian officials", "Group", [], None),
  ("A Sudanese engineer", "Group", [], None),
  ("Miriam Okello", "Person", [], None),
  ("Makerere University", "Organization", [], None),
  ("officials in all three capitals", "Group", [], None),
]
STATEMENTS = [
  ("indirect", "Ethiopia", "says", ["guidelines are enough"]),
  ("partial", "Tesfaye Gudeta", "told state television", ['his country "will never hand the keys of its own dam to anyone else."']),
  ("indirect", "officials in all three capitals", "say", ["It remains in force"]),
  ("indirect", "Egypt", "has said", ["it is ready to study the draft"]),
  ("partial", "Hisham Abdel-Rahman", "said", ['Egypt "cannot live with a tap that someone else opens and closes."']),
  ("partial", "A Sudanese engineer", "said", ['Khartoum mainly wanted "a phone call before the gates open."']),
  ("direct", "Miriam Okello", "said", ["Without a deal every dry year becomes a crisis,"]),
]
AGREEMENTS = [
  ("agreement", "a binding agreement on how the reservoir is filled and run", ["Ethiopia", "Egypt", "Sudan"], "negotiating", None, None),
  ("declaration", "The Asosa Declaration", ["Ethiopia", "Egypt", "Sudan"], "in-force", "2024", None),
  ("deal", "a technical deal on drought rules", ["Ethiopia", "Egypt", "Sudan"], "withdrawn", "2025", "Khartoum"),
  ("memorandum", "A separate data-sharing memorandum between Addis Ababa and Khartoum", ["Ethiopia", "Sudan"], "abandoned", None, None),
  ("proposal", "a draft compromise in January", ["African Union"], "proposed", None, None),
]
