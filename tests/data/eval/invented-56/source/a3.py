ID = "inv56-bangkokpost-thailand-laos-sanakham-dam-monitoring-memorandum-2026-11-05"
TITLE = "Thailand, Laos sign Sanakham dam monitoring pact; Loei villagers say too little, too late"
PUB = "2026-11-05"
TEXT = """LOEI: Thailand and Laos have signed a memorandum of understanding on monitoring the cross-border effects of the planned Sanakham dam on the Mekong, but villagers in Chiang Khan district say they were never asked what they thought of the project.

The memorandum was signed in Vientiane on Wednesday by Thailand's Natural Resources and Environment Minister, Pol Gen Wiroj Saengthong, and Lao Deputy Minister of Energy and Mines Khamphet Vongsamphanh, Thailand's Ministry of Natural Resources and Environment said in a statement.

Under the deal, Thai and Lao officials will jointly run water level and sediment stations on both banks between Sanakham on the Lao bank and Pak Chom district in Loei, and the dam's developer will compensate fishing households if catches fall.

Speaking to the Bangkok Post after the signing, Pol Gen Wiroj said the memorandum gave Thai communities "a legal door to knock on" for the first time. "Until now a fisherman in Chiang Khan had nobody in Laos to complain to," he said.

Mr Khamphet told reporters that Laos had met every requirement of the Mekong River Commission (MRC) and that the project would go ahead on schedule. He said power from the dam would be sold mainly to Thailand.

The MRC Secretariat, in a technical review released last year, warned that the dam, less than two kilometres from the Thai border, could cut the flow of sediment to the lower river by a fifth.

The Electricity Generating Authority of Thailand (Egat) has not yet signed a power purchase agreement for Sanakham. An Egat executive, who asked not to be named, said the utility was in no hurry to sign while demand in the Northeast was flat.

The Thai Mekong People's Network for the Conservation of Natural Resources said it would ask the Administrative Court to order a full public hearing in the eight riverside provinces.

Its coordinator, Ms Duangkamol Phanthaboun-Smith, accused the two governments of treating the memorandum as "a receipt for a dam that is already paid for".

In Ban Huai Sai, a village of about 60 households on the riverbank opposite the site, fishermen said their catch had already halved since the upstream Xayaburi dam began operating in 2019.

"The river goes up and down like someone is playing with a tap," said Mr Somsak Inthavong, 58, who has fished the Mekong all his life. "My son works in Bangkok now. There is nothing here for him."

The chief of Chiang Khan district, Mr Thanakorn Siriwattana, said the district office had not received a copy of the memorandum.

Researchers at Ubon Ratchathani University said the monitoring stations would be useful only if the data were published in Thai and Lao within days, not months.

The memorandum takes effect once both cabinets approve it, possibly before the end of the year."""
ENTITIES = [
    ("Loei", "Location", [], None),
    ("Thailand", "State", [], "Q869"),
    ("Laos", "State", [], "Q819"),
    ("Sanakham", "Location", [], None),
    ("Mekong", "Location", [], "Q41179"),
    ("Chiang Khan", "Location", [], None),
    ("Wiroj Saengthong", "Person", ["Wiroj"], None),
    ("Khamphet Vongsamphanh", "Person", ["Khamphet"], None),
    ("Ministry of Natural Resources and Environment", "Organization", [], None),
    ("Vientiane", "Location", [], "Q9326"),
    ("Pak Chom", "Location", [], None),
    ("Bangkok Post", "Organization", [], None),
    ("Mekong River Commission", "Organization", ["MRC"], None),
    ("Electricity Generating Authority of Thailand", "Organization", ["Egat"], None),
    ("An Egat executive", "Group", [], None),
    ("Northeast", "Location", [], None),
    ("Thai Mekong People's Network for the Conservation of Natural Resources", "Organization", [], None),
    ("Administrative Court", "Organization", [], None),
    ("Duangkamol Phanthaboun-Smith", "Person", [], None),
    ("Ban Huai Sai", "Location", [], None),
    ("Xayaburi", "Location", [], None),
    ("Somsak Inthavong", "Person", [], None),
    ("Bangkok", "Location", [], "Q1861"),
    ("Thanakorn Siriwattana", "Person", [], None),
    ("Researchers at Ubon Ratchathani University", "Group", [], None),
    ("Ubon Ratchathani University", "Organization", [], None),
    ("fishermen", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "Ministry of Natural Resources and Environment", "said in a statement", ["The memorandum was signed in Vientiane on Wednesday by Thailand's Natural Resources and Environment Minister, Pol Gen Wiroj Saengthong, and Lao Deputy Minister of Energy and Mines Khamphet Vongsamphanh"]),
    ("partial", "Wiroj Saengthong", "said", ['the memorandum gave Thai communities "a legal door to knock on" for the first time']),
    ("direct", "Wiroj Saengthong", "he said", ["Until now a fisherman in Chiang Khan had nobody in Laos to complain to,"]),
    ("indirect", "Khamphet Vongsamphanh", "told reporters", ["Laos had met every requirement of the Mekong River Commission (MRC)"]),
    ("indirect", "Khamphet Vongsamphanh", "told reporters", ["the project would go ahead on schedule"]),
    ("indirect", "Khamphet Vongsamphanh", "He said", ["power from the dam would be sold mainly to Thailand"]),
    ("indirect", "Mekong River Commission", "warned", ["the dam, less than two kilometres from the Thai border, could cut the flow of sediment to the lower river by a fifth"]),
    ("indirect", "An Egat executive", "said", ["the utility was in no hurry to sign while demand in the Northeast was flat"]),
    ("indirect", "Thai Mekong People's Network for the Conservation of Natural Resources", "said", ["it would ask the Administrative Court to order a full public hearing in the eight riverside provinces"]),
    ("partial", "Duangkamol Phanthaboun-Smith", "accused", ['the two governments of treating the memorandum as "a receipt for a dam that is already paid for"']),
    ("direct", "Somsak Inthavong", "said", ["The river goes up and down like someone is playing with a tap,", "My son works in Bangkok now. There is nothing here for him."]),
    ("indirect", "fishermen", "said", ["their catch had already halved since the upstream Xayaburi dam began operating in 2019"]),
    ("indirect", "Thanakorn Siriwattana", "said", ["the district office had not received a copy of the memorandum"]),
    ("indirect", "Researchers at Ubon Ratchathani University", "said", ["the monitoring stations would be useful only if the data were published in Thai and Lao within days, not months"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding", ["Thailand", "Laos"], "signed", "2026-11-04", "Vientiane"),
]
