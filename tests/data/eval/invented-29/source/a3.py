ID = "inv29-gulfnews-uganda-rwenzori-rebels-prisoner-swap-deal-2026-12-03"
TITLE = "Uganda and Rwenzori rebels agree prisoner swap in Abu Dhabi as ceasefire frays"
PUB = "2026-12-03"
TEXT = """ABU DHABI: Uganda's government and the Rwenzori People's Army rebel group agreed on Wednesday to exchange 120 prisoners, the UAE Ministry of Foreign Affairs said, in the first deal between the two sides since a ceasefire they signed in June began to fray.

The ministry said the exchange would take place in stages over the next month, with the first 30 detainees to be flown to Entebbe and to a rebel-held area near Kasese. The United Arab Emirates has hosted three rounds of talks between the two sides since April.

Uganda's chief negotiator, Security Minister Edward Kato, told Gulf News that the swap was a humanitarian step and not a political one. He said the government would not discuss the rebels' demand for regional autonomy until the ceasefire was fully respected.

The ceasefire, signed in Abu Dhabi on June 12, was meant to end four years of fighting in the foothills of the Rwenzori mountains. It has been violated repeatedly since September, when rebels attacked an army post near Bundibugyo and the army answered with air strikes. Each side blames the other.

The rebels' spokesman, Moses Bwambale, said by telephone that the army had broken the ceasefire first. "We signed in good faith and we were bombed in our villages," he said. He added that the group would keep its side of the prisoner deal.

The Uganda People's Defence Forces said its air strikes had targeted rebel camps, not villages.

The Abu Dhabi talks follow the collapse of an earlier truce brokered in 2024 by the Inter-Religious Council of Uganda. That truce held for barely five weeks before it broke down in a dispute over the release of two rebel commanders. Bishop Stephen Mugisha, who led the council's mediation at the time, said the new track had learned from that failure. "This time the prisoners come first and the speeches come later," he said.

In Kasese, families of detainees gathered outside the district office after the news broke. Jovia Biira said her son had been held by the rebels since 2023. "I will believe it when I see him at this gate," she said. Another mother, who did not give her name, said she had not heard from her husband, a soldier, in eleven months.

Analyst Kenneth Ssebagala of Makerere University said the prisoner deal was the easiest part of a long road. He said the real test would come when the two sides tried to talk about autonomy, which neither the government nor the rebels had been willing to discuss in public.

The UAE Ministry of Foreign Affairs said the next round would open in Abu Dhabi on December 15."""
ENTITIES = [
    ("Abu Dhabi", "Location", ["ABU DHABI"], None),
    ("Uganda", "State", [], "Q1036"),
    ("Rwenzori People's Army", "ArmedGroup", [], None),
    ("UAE Ministry of Foreign Affairs", "Organization", ["The ministry"], None),
    ("Entebbe", "Location", [], None),
    ("Kasese", "Location", [], None),
    ("United Arab Emirates", "State", [], "Q878"),
    ("Edward Kato", "Person", [], None),
    ("Gulf News", "Organization", [], None),
    ("Rwenzori mountains", "Location", [], None),
    ("Bundibugyo", "Location", [], None),
    ("Moses Bwambale", "Person", [], None),
    ("Uganda People's Defence Forces", "Organization", [], None),
    ("Inter-Religious Council of Uganda", "Organization", [], None),
    ("Stephen Mugisha", "Person", [], None),
    ("Jovia Biira", "Person", [], None),
    ("Another mother, who did not give her name", "Group", [], None),
    ("Kenneth Ssebagala", "Person", [], None),
    ("Makerere University", "Organization", [], None),
]
U = "UAE Ministry of Foreign Affairs"
R = "Rwenzori People's Army"
STATEMENTS = [
    ("indirect", U, "the UAE Ministry of Foreign Affairs said", ["Uganda's government and the Rwenzori People's Army rebel group agreed on Wednesday to exchange 120 prisoners", "in the first deal between the two sides since a ceasefire they signed in June began to fray"]),
    ("indirect", U, "The ministry said", ["the exchange would take place in stages over the next month, with the first 30 detainees to be flown to Entebbe and to a rebel-held area near Kasese"]),
    ("indirect", "Edward Kato", "told Gulf News", ["the swap was a humanitarian step and not a political one"]),
    ("indirect", "Edward Kato", "He said", ["the government would not discuss the rebels' demand for regional autonomy until the ceasefire was fully respected"]),
    ("indirect", "Moses Bwambale", "said", ["the army had broken the ceasefire first"]),
    ("direct", "Moses Bwambale", "he said", ["We signed in good faith and we were bombed in our villages,"]),
    ("indirect", "Moses Bwambale", "He added", ["the group would keep its side of the prisoner deal"]),
    ("indirect", "Uganda People's Defence Forces", "said", ["its air strikes had targeted rebel camps, not villages"]),
    ("indirect", "Stephen Mugisha", "said", ["the new track had learned from that failure"]),
    ("direct", "Stephen Mugisha", "he said", ["This time the prisoners come first and the speeches come later,"]),
    ("indirect", "Jovia Biira", "said", ["her son had been held by the rebels since 2023"]),
    ("direct", "Jovia Biira", "she said", ["I will believe it when I see him at this gate,"]),
    ("indirect", "Another mother, who did not give her name", "said", ["she had not heard from her husband, a soldier, in eleven months"]),
    ("indirect", "Kenneth Ssebagala", "said", ["the prisoner deal was the easiest part of a long road"]),
    ("indirect", "Kenneth Ssebagala", "He said", ["the real test would come when the two sides tried to talk about autonomy, which neither the government nor the rebels had been willing to discuss in public"]),
    ("indirect", U, "said", ["the next round would open in Abu Dhabi on December 15"]),
]
AGREEMENTS = [
    ("deal", "the first deal between the two sides", ["Uganda", R], "reached", "2026-12-02", "Abu Dhabi"),
    ("ceasefire", "a ceasefire they signed in June", ["Uganda", R], "violated", "2026-06-12", "Abu Dhabi"),
    ("truce", "an earlier truce brokered in 2024", ["Uganda", R], "collapsed", "2024", None),
]
