ID = "inv27-lusakatimes-zambia-copperbelt-strike-deal-2026-11-20"
TITLE = "Kitwe miners end strike as Nkana Copper Holdings and union sign wage deal"
PUB = "2026-11-20"
TEXT = """KITWE (Lusaka Times) - Miners at two shafts near Kitwe returned to work on Friday after Nkana Copper Holdings and the Mineworkers Union of Zambia signed a wage agreement ending an eleven-day strike, the Ministry of Labour and Social Security said.

The deal gives underground workers a rise of 14 percent over two years and restores a housing allowance cut in 2024, the ministry said in a statement. It said officials would check that the company paid the first instalment in December.

Union president Chanda Mwewa told reporters outside the Chamboli shaft that the strike had been "the last resort, not the first." He said his members had lost a month of pay to win back what was taken from them. "We did not ask for gifts. We asked for what we were promised," Mwewa said.

Nkana Copper Holdings, which is majority-owned by the Toronto-based firm Aldgate Resources, said the agreement would keep the mine competitive while copper prices stayed high. A company spokeswoman said output would return to normal within a week.

A senior official at the Ministry of Mines, who asked not to be named, said the government had pressed both sides to settle before the rainy season. The official said a longer strike would have cost the treasury millions in royalties.

Not every worker was satisfied. Mutale Banda, a winch operator with 19 years at the mine, said contract workers had been left out of the deal. "Half of us are hired through Copperline Labour Services, and nobody signed anything for us," he said. His wife, Grace Banda, runs a market stall in Chamboli. She said traders had given credit to miners' families throughout the strike.

The National Union of Miners and Allied Workers, a smaller rival union, has warned that it will call its own strike if contract staff are not covered by March. Its general secretary, Joseph Tembo, said the larger union had "sold the contractors short."

The opposition United Party for National Development said the government had taken too long to act. Party spokesman Kabwe Lungu said the ministry should publish the full agreement.

Analysts at the Zambia Institute for Policy Analysis have estimated that the strike cut national copper output by about 3,000 tonnes. According to the institute, the loss would show in export figures for the quarter.

In Lusaka, Minister of Labour Brenda Phiri said the dispute showed the need for a new collective bargaining law. She said a draft would go to cabinet early next year.

The Industrial Relations Court, which had been asked to rule on the legality of the strike, adjourned the case indefinitely on Friday.

The next round of talks, on pensions, will open in February, officials said."""
ENTITIES = [
    ("Zambia", "State", [], "Q953"),
    ("Kitwe", "Location", ["KITWE"], None),
    ("Lusaka Times", "Organization", [], None),
    ("Nkana Copper Holdings", "Organization", ["the company"], None),
    ("Mineworkers Union of Zambia", "Organization", [], None),
    ("Ministry of Labour and Social Security", "Organization", ["the ministry"], None),
    ("Chanda Mwewa", "Person", ["Mwewa"], None),
    ("Chamboli", "Location", [], None),
    ("Aldgate Resources", "Organization", [], None),
    ("Toronto", "Location", [], None),
    ("Ministry of Mines", "Organization", [], None),
    ("A senior official at the Ministry of Mines", "Group", [], None),
    ("Mutale Banda", "Person", [], None),
    ("Copperline Labour Services", "Organization", [], None),
    ("Grace Banda", "Person", [], None),
    ("National Union of Miners and Allied Workers", "Organization", [], None),
    ("Joseph Tembo", "Person", [], None),
    ("United Party for National Development", "Organization", [], None),
    ("Kabwe Lungu", "Person", [], None),
    ("Zambia Institute for Policy Analysis", "Organization", ["the institute"], None),
    ("Analysts at the Zambia Institute for Policy Analysis", "Group", [], None),
    ("Lusaka", "Location", [], None),
    ("Brenda Phiri", "Person", [], None),
    ("Industrial Relations Court", "Organization", [], None),
]
M = "Ministry of Labour and Social Security"
G = "A senior official at the Ministry of Mines"
STATEMENTS = [
    ("indirect", M, "the Ministry of Labour and Social Security said", ["Miners at two shafts near Kitwe returned to work on Friday after Nkana Copper Holdings and the Mineworkers Union of Zambia signed a wage agreement ending an eleven-day strike"]),
    ("indirect", M, "the ministry said", ["The deal gives underground workers a rise of 14 percent over two years and restores a housing allowance cut in 2024"]),
    ("indirect", M, "It said", ["officials would check that the company paid the first instalment in December"]),
    ("partial", "Chanda Mwewa", "told reporters", ['the strike had been "the last resort, not the first."']),
    ("indirect", "Chanda Mwewa", "He said", ["his members had lost a month of pay to win back what was taken from them"]),
    ("direct", "Chanda Mwewa", "Mwewa said", ["We did not ask for gifts. We asked for what we were promised,"]),
    ("indirect", "Nkana Copper Holdings", "said", ["the agreement would keep the mine competitive while copper prices stayed high"]),
    ("indirect", "Nkana Copper Holdings", "A company spokeswoman said", ["output would return to normal within a week"]),
    ("indirect", G, "said", ["the government had pressed both sides to settle before the rainy season"]),
    ("indirect", G, "The official said", ["a longer strike would have cost the treasury millions in royalties"]),
    ("indirect", "Mutale Banda", "said", ["contract workers had been left out of the deal"]),
    ("direct", "Mutale Banda", "he said", ["Half of us are hired through Copperline Labour Services, and nobody signed anything for us,"]),
    ("indirect", "Grace Banda", "She said", ["traders had given credit to miners' families throughout the strike"]),
    ("indirect", "National Union of Miners and Allied Workers", "has warned", ["it will call its own strike if contract staff are not covered by March"]),
    ("partial", "Joseph Tembo", "said", ['the larger union had "sold the contractors short."']),
    ("indirect", "United Party for National Development", "said", ["the government had taken too long to act"]),
    ("indirect", "Kabwe Lungu", "said", ["the ministry should publish the full agreement"]),
    ("indirect", "Analysts at the Zambia Institute for Policy Analysis", "have estimated", ["the strike cut national copper output by about 3,000 tonnes"]),
    ("indirect", "Zambia Institute for Policy Analysis", "According to", ["the loss would show in export figures for the quarter"]),
    ("indirect", "Brenda Phiri", "said", ["the dispute showed the need for a new collective bargaining law"]),
    ("indirect", "Brenda Phiri", "She said", ["a draft would go to cabinet early next year"]),
    ("indirect", "Zambia", "officials said", ["The next round of talks, on pensions, will open in February"]),
]
AGREEMENTS = [
    ("agreement", "a wage agreement", ["Nkana Copper Holdings", "Mineworkers Union of Zambia"], "signed", "2026-11", None),
]
