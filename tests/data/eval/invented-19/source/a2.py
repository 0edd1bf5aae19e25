ID = "inv19-rnz-tonga-samoa-fisheries-patrol-arrangement-2026-09-22"
TITLE = "Tonga and Samoa agree to share fisheries patrols after boat seizures"
PUB = "2026-09-22"
TEXT = """Tonga and Samoa have agreed to share patrol boats and surveillance flights over the waters between the two countries, after a year in which both governments seized foreign longliners fishing without licences.

Tonga's Minister of Fisheries, Sione Vaipulu, and his Samoan counterpart, Faleolo Tuilagi, signed the arrangement in Apia on Monday. He told RNZ Pacific the two navies would swap schedules every month so that one of them was always at sea.

"Our boats are small and the ocean is big. Sharing is the only way we can watch it," Vaipulu said.

Tuilagi said Samoa would pay for half of the fuel, and that the arrangement would be reviewed after two years. "We are not building a navy. We are sharing what we have," he said.

Samoa's Ministry of Foreign Affairs and Trade said in a statement that the arrangement was "a practical step between neighbours" and was not aimed at any other country.

The Pacific Islands Forum Fisheries Agency, which is based in Honiara, welcomed the deal. Its director-general, Mereani Kautoga, said illegal fishing cost the region hundreds of millions of dollars a year. She said the agency would share satellite data with both patrol centres free of charge.

The arrangement builds on a 2019 memorandum between the two countries on search and rescue, which has never been used. A senior Tongan official, who asked not to be named because he was not allowed to speak to the media, said the memorandum had "stayed in a drawer" because neither side had the boats to carry it out.

"This time the boats exist," the official said.

Two longliners seized by Tongan patrols in March are still held in Nuku'alofa. The vessels' owners, a company registered in Vanuatu, have said the vessels were in international waters. The company's lawyer, Peter Manase, told RNZ Pacific that his clients would challenge the seizures in court. "They were arrested on a line that nobody has agreed on," he said.

Tongan officials said the seizures were lawful and that the vessels had switched off their tracking beacons.

Fishers on Samoa's Savai'i island said the foreign boats had been coming closer every season. Lupe Fa'asalele, who sells tuna at the Salelologa market, said catches had halved in five years. "My father fished the same reef for forty years. Now he comes back with nothing," she said.

New Zealand's Ministry of Foreign Affairs and Trade said it would fund training for crews from both countries. A spokesperson for the ministry said Wellington had "supported the idea from the beginning."

Not everyone is convinced. Anna Leota, a researcher in ocean governance at the University of the South Pacific, said the two countries still had not settled where their maritime boundary ran. "You can share a patrol, but you still need to know whose water you are standing in," the researcher said.

She added that the arrangement could become a model for other small island states if it worked.

Vaipulu said the first joint patrol would leave Nuku'alofa in October."""
O = "A senior Tongan official"
ENTITIES = [
    ("Tonga", "State", [], "Q678"),
    ("Samoa", "State", [], "Q683"),
    ("Sione Vaipulu", "Person", ["Vaipulu"], None),
    ("Faleolo Tuilagi", "Person", ["Tuilagi"], None),
    ("Apia", "Location", [], None),
    ("RNZ Pacific", "Organization", [], None),
    ("Samoa's Ministry of Foreign Affairs and Trade", "Organization", [], None),
    ("Pacific Islands Forum Fisheries Agency", "Organization", [], None),
    ("Honiara", "Location", [], None),
    ("Mereani Kautoga", "Person", [], None),
    (O, "Group", [], None),
    ("Nuku'alofa", "Location", [], None),
    ("The vessels' owners", "Group", [], None),
    ("Vanuatu", "State", [], "Q686"),
    ("Peter Manase", "Person", [], None),
    ("Savai'i", "Location", [], None),
    ("Lupe Fa'asalele", "Person", [], None),
    ("Salelologa", "Location", [], None),
    ("New Zealand's Ministry of Foreign Affairs and Trade", "Organization", [], None),
    ("New Zealand", "State", ["Wellington"], "Q664"),
    ("Anna Leota", "Person", [], None),
    ("University of the South Pacific", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Sione Vaipulu", "He told", ["the two navies would swap schedules every month so that one of them was always at sea"]),
    ("direct", "Sione Vaipulu", "Vaipulu said", ["Our boats are small and the ocean is big. Sharing is the only way we can watch it,"]),
    ("indirect", "Faleolo Tuilagi", "Tuilagi said", ["Samoa would pay for half of the fuel"]),
    ("indirect", "Faleolo Tuilagi", "Tuilagi said", ["the arrangement would be reviewed after two years"]),
    ("direct", "Faleolo Tuilagi", "he said", ["We are not building a navy. We are sharing what we have,"]),
    ("partial", "Samoa's Ministry of Foreign Affairs and Trade", "said in a statement", ['the arrangement was "a practical step between neighbours" and was not aimed at any other country']),
    ("indirect", "Mereani Kautoga", "said", ["illegal fishing cost the region hundreds of millions of dollars a year"]),
    ("indirect", "Mereani Kautoga", "She said", ["the agency would share satellite data with both patrol centres free of charge"]),
    ("partial", O, "said", ['the memorandum had "stayed in a drawer" because neither side had the boats to carry it out']),
    ("direct", O, "the official said", ["This time the boats exist,"]),
    ("indirect", "The vessels' owners", "have said", ["the vessels were in international waters"]),
    ("indirect", "Peter Manase", "told", ["his clients would challenge the seizures in court"]),
    ("direct", "Peter Manase", "he said", ["They were arrested on a line that nobody has agreed on,"]),
    ("indirect", "Tonga", "said", ["the seizures were lawful"]),
    ("indirect", "Tonga", "said", ["the vessels had switched off their tracking beacons"]),
    ("indirect", "Lupe Fa'asalele", "said", ["catches had halved in five years"]),
    ("direct", "Lupe Fa'asalele", "she said", ["My father fished the same reef for forty years. Now he comes back with nothing,"]),
    ("indirect", "New Zealand's Ministry of Foreign Affairs and Trade", "said", ["it would fund training for crews from both countries"]),
    ("partial", "New Zealand's Ministry of Foreign Affairs and Trade", "said", ['Wellington had "supported the idea from the beginning."']),
    ("indirect", "Anna Leota", "said", ["the two countries still had not settled where their maritime boundary ran"]),
    ("direct", "Anna Leota", "the researcher said", ["You can share a patrol, but you still need to know whose water you are standing in,"]),
    ("indirect", "Anna Leota", "She added", ["the arrangement could become a model for other small island states if it worked"]),
    ("indirect", "Sione Vaipulu", "Vaipulu said", ["the first joint patrol would leave Nuku'alofa in October"]),
]
AGREEMENTS = [
    ("agreement", "share patrol boats and surveillance flights over the waters between the two countries", ["Tonga", "Samoa"], "signed", "2026-09-21", "Apia"),
    ("memorandum", "a 2019 memorandum between the two countries on search and rescue", ["Tonga", "Samoa"], "signed", "2019", None),
]
