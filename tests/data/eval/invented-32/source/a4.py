ID = "inv32-kyodo-japan-china-fisheries-commission-quota-boat-seizure-2026-10-22"
TITLE = "Japan, China fail to agree on East China Sea fishing quotas amid boat seizure row"
PUB = "2026-10-22"
TEXT = """TOKYO, Oct. 22 Kyodo - Japan and China failed to agree on catch quotas for the East China Sea at a meeting of their joint fisheries commission that ended Wednesday, the Fisheries Agency said, as Tokyo pressed Beijing over the seizure of a Japanese fishing boat earlier this month.

The two-day meeting in the Chinese capital was the first since the commission, set up under a 1997 fisheries agreement that took effect in 2000, skipped its annual session last year.

Tokyo has accused the China Coast Guard of boarding the trawler, from Nagasaki Prefecture, without warning on Oct. 9 and holding its crew of nine for 30 hours in waters east of Zhejiang Province that both countries fish.

Chief Cabinet Secretary Kenji Hayase told a press conference Thursday that Japan had lodged a protest through diplomatic channels. "It is extremely regrettable that a vessel operating lawfully under the agreement was stopped in this way," Hayase said.

Chinese Foreign Ministry spokesman Zhao Wenbo said in Beijing that the boat had been fishing illegally in waters under Chinese jurisdiction and that the coast guard had acted "in accordance with the law." He urged Japan to "educate its fishermen" and stop hyping the incident.

A Fisheries Agency official who attended the talks said the Chinese delegation had proposed cutting by a third the number of Japanese boats allowed in the so-called provisional measures zone. "We cannot accept a cut while our boats are being seized," the official said, speaking on condition of anonymity.

According to the agency, the two sides will hold working-level talks in Tokyo in December and try again to set quotas before the fishing season opens in January.

Beijing put forward a draft memorandum on joint resource surveys in the zone last year, which Tokyo has so far declined to sign, saying the survey areas reach too far east.

In Nagasaki, the captain's employer, Takeshi Murakami of the Tsushima Fisheries Cooperative Association, told Kyodo News that the crew had come home on Oct. 11 "shaken but unhurt." "We have fished those waters for three generations," he said. "Now the young men do not want to go out."

Fishermen's groups in Kyushu have urged the government to send Fisheries Agency patrol ships to escort Japanese boats in the zone. Agriculture minister Satomi Kurata said Tuesday the ministry was "considering all options" but gave no details.

Haruka Onishi, a professor of maritime law at Kobe University, said the quota dispute and the seizure were linked. "Beijing is using the commission to push its jurisdiction further east, one boat at a time," she said. She added that Japan had few tools other than protests, because the agreement leaves enforcement in the zone to each country's own vessels.

The Chinese side did not comment on the quota talks. Relations have been strained since Japan began releasing treated water from the Fukushima Daiichi nuclear plant in 2023, after which China banned Japanese seafood imports for more than a year."""
ENTITIES = [
    ("Japan", "State", ["Tokyo"], "Q17"),
    ("China", "State", ["Beijing"], "Q148"),
    ("Kyodo News", "Organization", ["Kyodo"], None),
    ("East China Sea", "Location", [], None),
    ("Fisheries Agency", "Organization", ["the agency"], None),
    ("China Coast Guard", "Organization", [], None),
    ("Nagasaki Prefecture", "Location", ["Nagasaki"], None),
    ("Zhejiang Province", "Location", [], None),
    ("Kenji Hayase", "Person", ["Hayase"], None),
    ("Chinese Foreign Ministry", "Organization", [], None),
    ("Zhao Wenbo", "Person", [], None),
    ("A Fisheries Agency official who attended the talks", "Group", ["the official"], None),
    ("Takeshi Murakami", "Person", [], None),
    ("Tsushima Fisheries Cooperative Association", "Organization", [], None),
    ("Fishermen's groups in Kyushu", "Group", [], None),
    ("Kyushu", "Location", [], None),
    ("Satomi Kurata", "Person", [], None),
    ("Haruka Onishi", "Person", [], None),
    ("Kobe University", "Organization", [], None),
    ("Fukushima Daiichi", "Location", [], None),
]
FA = "Fisheries Agency"
OF = "A Fisheries Agency official who attended the talks"
STATEMENTS = [
    ("indirect", FA, "said", ["Japan and China failed to agree on catch quotas for the East China Sea at a meeting of their joint fisheries commission that ended Wednesday"]),
    ("indirect", "Japan", "has accused", ["the China Coast Guard of boarding the trawler, from Nagasaki Prefecture, without warning on Oct. 9 and holding its crew of nine for 30 hours in waters east of Zhejiang Province that both countries fish"]),
    ("indirect", "Kenji Hayase", "told a press conference", ["Japan had lodged a protest through diplomatic channels"]),
    ("direct", "Kenji Hayase", "Hayase said", ["It is extremely regrettable that a vessel operating lawfully under the agreement was stopped in this way,"]),
    ("indirect", "Zhao Wenbo", "said in Beijing", ["the boat had been fishing illegally in waters under Chinese jurisdiction"]),
    ("partial", "Zhao Wenbo", "said in Beijing", ['the coast guard had acted "in accordance with the law."']),
    ("partial", "Zhao Wenbo", "He urged", ['Japan to "educate its fishermen" and stop hyping the incident']),
    ("indirect", OF, "said", ["the Chinese delegation had proposed cutting by a third the number of Japanese boats allowed in the so-called provisional measures zone"]),
    ("direct", OF, "the official said", ["We cannot accept a cut while our boats are being seized,"]),
    ("indirect", FA, "According to", ["the two sides will hold working-level talks in Tokyo in December and try again to set quotas before the fishing season opens in January"]),
    ("indirect", "Japan", "saying", ["the survey areas reach too far east"]),
    ("partial", "Takeshi Murakami", "told Kyodo News", ['the crew had come home on Oct. 11 "shaken but unhurt."']),
    ("direct", "Takeshi Murakami", "he said", ["We have fished those waters for three generations,", "Now the young men do not want to go out."]),
    ("indirect", "Fishermen's groups in Kyushu", "have urged", ["the government to send Fisheries Agency patrol ships to escort Japanese boats in the zone"]),
    ("partial", "Satomi Kurata", "said Tuesday", ['the ministry was "considering all options"']),
    ("indirect", "Haruka Onishi", "said", ["the quota dispute and the seizure were linked"]),
    ("direct", "Haruka Onishi", "she said", ["Beijing is using the commission to push its jurisdiction further east, one boat at a time,"]),
    ("indirect", "Haruka Onishi", "She added", ["Japan had few tools other than protests, because the agreement leaves enforcement in the zone to each country's own vessels"]),
]
AGREEMENTS = [
    ("agreement", "a 1997 fisheries agreement", ["Japan", "China"], "in-force", "1997", None),
    ("memorandum", "a draft memorandum on joint resource surveys in the zone", ["China"], "proposed", None, None),
]
