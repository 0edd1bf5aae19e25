ID = "inv37-lusakatimes-zambia-drc-kasumbalesa-one-stop-border-2026-03-21"
TITLE = "Zambia, DRC sign Kasumbalesa one-stop border agreement"
PUB = "2026-03-21"
TEXT = """Zambia and the Democratic Republic of Congo (DRC) have signed an agreement to turn the Kasumbalesa border post into a one-stop border post, a move government says will cut the queues of copper trucks that often stretch for more than 50 kilometres.

The agreement was signed in Lubumbashi on Friday by Commerce, Trade and Industry Minister Chipo Mwansa and her Congolese counterpart, Jean-Pierre Ilunga Kasongo. It will come into force after it is ratified by the parliaments of the two countries, which officials expect to happen before the end of the year.

Speaking during the signing ceremony, Mrs Mwansa said the deal would allow customs and immigration officers from both countries to clear trucks at a single point. "A truck driver should not spend a week of his life at Kasumbalesa. Those days must end," she said.

And Mr Ilunga Kasongo said the DRC was ready to do its part. He said Kinshasa would deploy its officers to the Zambian side of the border "as soon as the buildings are ready."

The two ministers also agreed to extend by two years the 2022 memorandum on small-scale cross-border trade, which was due to expire in June. The memorandum allows traders carrying goods worth less than US$2,000 to cross with simplified papers, and it remains in force until June 2028.

But a plan announced in 2017 to build a railway line from Chililabombwe to Lubumbashi was not mentioned. A senior official at the Ministry of Transport, who asked not to be named, said the plan had been "dropped a long time ago" because neither country could find the money.

Meanwhile, the Truckers Association of Zambia has welcomed the agreement but warned that it would mean little if a 2023 deal capping the fees charged at Kasumbalesa was not respected. Association president Moses Tembo accused Congolese provincial officials of breaking the deal "almost every week" by introducing new levies.

"We have receipts for taxes that do not exist in any law," Mr Tembo said.

Zambia has also proposed that the border post operate 24 hours a day, a request Kinshasa has agreed to study. Talks on a power line between the Copperbelt and Haut-Katanga continued in Lubumbashi but ended without any agreement, the Ministry of Energy said.

Cross-border traders in Chililabombwe said they hoped the new post would end the harassment they face on the Congolese side. "They take a bag of mealie meal here, a bag of sugar there. By the time you reach the market, your profit is gone," said Mrs Grace Mulenga, who sells groceries in Kasumbalesa town.

University of Zambia economist Dr Bwalya Chanda said the agreement could add as much as 1 per cent to the value of copper exports by cutting waiting times. He cautioned, however, that one-stop border posts elsewhere in the region had taken years to work properly.

"Chirundu took five years to settle down. We should not expect miracles by Christmas," Dr Chanda said."""
ENTITIES = [
    ("Zambia", "State", [], "Q953"),
    ("Democratic Republic of Congo", "State", ["DRC", "Kinshasa"], "Q974"),
    ("Kasumbalesa", "Location", [], None),
    ("Lubumbashi", "Location", [], None),
    ("Chipo Mwansa", "Person", ["Mwansa"], None),
    ("Jean-Pierre Ilunga Kasongo", "Person", ["Ilunga Kasongo"], None),
    ("Chililabombwe", "Location", [], None),
    ("Ministry of Transport", "Organization", [], None),
    ("A senior official at the Ministry of Transport", "Group", [], None),
    ("Truckers Association of Zambia", "Organization", [], None),
    ("Moses Tembo", "Person", ["Tembo"], None),
    ("Copperbelt", "Location", [], None),
    ("Haut-Katanga", "Location", [], None),
    ("Ministry of Energy", "Organization", [], None),
    ("Cross-border traders in Chililabombwe", "Group", [], None),
    ("Grace Mulenga", "Person", [], None),
    ("University of Zambia", "Organization", [], None),
    ("Bwalya Chanda", "Person", ["Chanda"], None),
    ("Chirundu", "Location", [], None),
]
OFFICIAL = "A senior official at the Ministry of Transport"
STATEMENTS = [
    ("indirect", "Zambia", "says", ["will cut the queues of copper trucks that often stretch for more than 50 kilometres"]),
    ("indirect", "Chipo Mwansa", "said", ["the deal would allow customs and immigration officers from both countries to clear trucks at a single point"]),
    ("direct", "Chipo Mwansa", "she said", ["A truck driver should not spend a week of his life at Kasumbalesa. Those days must end,"]),
    ("indirect", "Jean-Pierre Ilunga Kasongo", "said", ["the DRC was ready to do its part"]),
    ("partial", "Jean-Pierre Ilunga Kasongo", "He said", ['Kinshasa would deploy its officers to the Zambian side of the border "as soon as the buildings are ready."']),
    ("partial", OFFICIAL, "said", ['the plan had been "dropped a long time ago" because neither country could find the money']),
    ("indirect", "Truckers Association of Zambia", "warned", ["it would mean little if a 2023 deal capping the fees charged at Kasumbalesa was not respected"]),
    ("partial", "Moses Tembo", "accused", ['Congolese provincial officials of breaking the deal "almost every week" by introducing new levies']),
    ("direct", "Moses Tembo", "Mr Tembo said", ["We have receipts for taxes that do not exist in any law,"]),
    ("indirect", "Ministry of Energy", "said", ["Talks on a power line between the Copperbelt and Haut-Katanga continued in Lubumbashi but ended without any agreement"]),
    ("indirect", "Cross-border traders in Chililabombwe", "said", ["they hoped the new post would end the harassment they face on the Congolese side"]),
    ("direct", "Grace Mulenga", "said", ["They take a bag of mealie meal here, a bag of sugar there. By the time you reach the market, your profit is gone,"]),
    ("indirect", "Bwalya Chanda", "said", ["the agreement could add as much as 1 per cent to the value of copper exports by cutting waiting times"]),
    ("indirect", "Bwalya Chanda", "He cautioned", ["one-stop border posts elsewhere in the region had taken years to work properly"]),
    ("direct", "Bwalya Chanda", "Dr Chanda said", ["Chirundu took five years to settle down. We should not expect miracles by Christmas,"]),
]
AGREEMENTS = [
    ("agreement", "an agreement to turn the Kasumbalesa border post into a one-stop border post", ["Zambia", "Democratic Republic of Congo"], "signed", "2026-03-20", "Lubumbashi"),
    ("memorandum", "the 2022 memorandum on small-scale cross-border trade", ["Zambia", "Democratic Republic of Congo"], "in-force", "2022", None),
    ("plan", "a plan announced in 2017 to build a railway line from Chililabombwe to Lubumbashi", ["Zambia", "Democratic Republic of Congo"], "abandoned", "2017", None),
    ("deal", "a 2023 deal capping the fees charged at Kasumbalesa", ["Zambia", "Democratic Republic of Congo"], "violated", "2023", None),
    ("proposal", "the border post operate 24 hours a day", ["Zambia"], "proposed", None, None),
]
