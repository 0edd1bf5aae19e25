ID = "inv43-euronews-hungary-ukraine-zakarpattia-schools-memorandum-2026-05-20"
TITLE = "Hungary and Ukraine sign schools memorandum, but Budapest keeps EU veto on the table"
PUB = "2026-05-20"
TEXT = """Ukraine and Hungary signed a memorandum on minority-language education on Tuesday, allowing schools in the western Ukrainian region of Zakarpattia to keep teaching most subjects in Hungarian, in an attempt to defuse a dispute that has held up Kyiv's path to the European Union for years.

The document, signed in Uzhhorod by the two countries' education ministers, exempts about 70 schools from a rule that requires at least 60% of lessons to be taught in Ukrainian from the fifth grade onwards.

Ukraine's Minister of Education and Science, Oksana Lysenko, said the memorandum showed that Kyiv "protects every minority, not only on paper".

"We have found a formula that keeps the state language strong and lets a child in Berehove learn chemistry in the language spoken at home," she told a press conference after the ceremony.

Her Hungarian counterpart, Gergely Farkas, called the signing "a good day for the Hungarians of Transcarpathia" but said it was only the first of eleven steps Budapest had asked Kyiv to take.

Hungary has for years blocked the opening of the first cluster of Ukraine's EU accession negotiations, which requires the unanimous backing of all 27 member states. In 2024 the Hungarian government sent Kyiv an 11-point list of demands on minority rights, covering education, the use of Hungarian in local offices and the restoration of Hungarian village names.

"We are not there yet. Education was point one, and there are ten more," Hungarian government spokesman Tamás Vida told Euronews. He said Hungary would decide on the accession cluster "when the whole package is on the table, not before".

Budapest has also argued that Kyiv is bound to protect minority languages under the EU–Ukraine Association Agreement, in force since 2017.

Kyiv denies that Hungarians in Zakarpattia face discrimination. A spokesperson for Ukraine's Ministry of Foreign Affairs said the country had already carried out "every recommendation" of the Venice Commission, the Council of Europe's advisory body on constitutional law, and accused Budapest of using the minority "as a lever" in its disputes with the EU.

The European Commission welcomed the memorandum. "This is exactly the kind of good-neighbourly dialogue we have encouraged," Commission spokesperson Anna Kellner said at the midday briefing in Brussels, adding that the Commission hoped the agreement would "unlock progress" in the accession talks.

In Berehove, the largest town of the Hungarian community, the reaction was cautious. The Hungarian Cultural Federation in Transcarpathia (KMKSZ), the minority's main organisation, said it would judge the document "by what happens in September in our classrooms".

Ilona Kovács, who heads a Hungarian-language secondary school in the town, said she had lost four teachers since 2022, most of them to Hungary. "A memorandum does not bring teachers back. Salaries do," she said.

Not everyone in Ukraine is pleased. Lawmaker Taras Hrytsenko of the European Solidarity party accused the government of "bargaining with the state language" and said his faction would ask the Constitutional Court of Ukraine to review the memorandum.

Péter Szalai, an analyst at the think tank Political Capital, said the document gave both governments something to show voters at home. He predicted, however, that Hungary would keep its veto on the accession cluster at least until the autumn."""
ENTITIES = [
    ("Ukraine", "State", ["Kyiv"], "Q212"),
    ("Hungary", "State", ["Budapest", "the Hungarian government"], "Q28"),
    ("Zakarpattia", "Location", ["Transcarpathia"], None),
    ("European Union", "Organization", ["EU"], "Q458"),
    ("Uzhhorod", "Location", [], None),
    ("Oksana Lysenko", "Person", [], None),
    ("Berehove", "Location", [], None),
    ("Gergely Farkas", "Person", [], None),
    ("Tamás Vida", "Person", [], None),
    ("Euronews", "Organization", [], None),
    ("Ukraine's Ministry of Foreign Affairs", "Organization", [], None),
    ("Venice Commission", "Organization", [], None),
    ("Council of Europe", "Organization", [], "Q8908"),
    ("European Commission", "Organization", ["the Commission"], "Q8880"),
    ("Anna Kellner", "Person", [], None),
    ("Brussels", "Location", [], None),
    ("Hungarian Cultural Federation in Transcarpathia", "Organization", ["KMKSZ"], None),
    ("Ilona Kovács", "Person", [], None),
    ("Taras Hrytsenko", "Person", [], None),
    ("European Solidarity", "Organization", [], None),
    ("Constitutional Court of Ukraine", "Organization", [], None),
    ("Péter Szalai", "Person", [], None),
    ("Political Capital", "Organization", [], None),
]
UMFA = "Ukraine's Ministry of Foreign Affairs"
KM = "Hungarian Cultural Federation in Transcarpathia"
STATEMENTS = [
    ("partial", "Oksana Lysenko", "said", ['the memorandum showed that Kyiv "protects every minority, not only on paper"']),
    ("direct", "Oksana Lysenko", "she told a press conference", ["We have found a formula that keeps the state language strong and lets a child in Berehove learn chemistry in the language spoken at home,"]),
    ("partial", "Gergely Farkas", "called", ['the signing "a good day for the Hungarians of Transcarpathia"']),
    ("indirect", "Gergely Farkas", "said", ["it was only the first of eleven steps Budapest had asked Kyiv to take"]),
    ("direct", "Tamás Vida", "told Euronews", ["We are not there yet. Education was point one, and there are ten more,"]),
    ("partial", "Tamás Vida", "He said", ['Hungary would decide on the accession cluster "when the whole package is on the table, not before"']),
    ("indirect", "Hungary", "argued", ["Kyiv is bound to protect minority languages under the EU–Ukraine Association Agreement, in force since 2017"]),
    ("indirect", "Ukraine", "denies", ["Hungarians in Zakarpattia face discrimination"]),
    ("partial", UMFA, "said", ['the country had already carried out "every recommendation" of the Venice Commission, the Council of Europe\'s advisory body on constitutional law']),
    ("partial", UMFA, "accused", ['Budapest of using the minority "as a lever" in its disputes with the EU']),
    ("direct", "Anna Kellner", "said", ["This is exactly the kind of good-neighbourly dialogue we have encouraged,"]),
    ("partial", "Anna Kellner", "adding", ['the Commission hoped the agreement would "unlock progress" in the accession talks']),
    ("partial", KM, "said", ['it would judge the document "by what happens in September in our classrooms"']),
    ("indirect", "Ilona Kovács", "said", ["she had lost four teachers since 2022, most of them to Hungary"]),
    ("direct", "Ilona Kovács", "she said", ["A memorandum does not bring teachers back. Salaries do,"]),
    ("partial", "Taras Hrytsenko", "accused", ['the government of "bargaining with the state language"']),
    ("indirect", "Taras Hrytsenko", "said", ["his faction would ask the Constitutional Court of Ukraine to review the memorandum"]),
    ("indirect", "Péter Szalai", "said", ["the document gave both governments something to show voters at home"]),
    ("indirect", "Péter Szalai", "He predicted", ["Hungary would keep its veto on the accession cluster at least until the autumn"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum on minority-language education", ["Ukraine", "Hungary"], "signed", "2026-05-19", "Uzhhorod"),
    ("agreement", "the EU–Ukraine Association Agreement", ["European Union", "Ukraine"], "in-force", "2017", None),
]
