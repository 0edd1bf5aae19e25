ID = "inv28-kyivindependent-ukraine-russia-children-return-qatar-2026-06-17"
TITLE = "Nineteen Ukrainian children return home through Qatari mediation"
PUB = "2026-06-17"
TEXT = """Nineteen Ukrainian children who had been taken to Russia or to occupied territory returned to Ukraine on Tuesday, the Ukrainian Ombudsman's Office said on Wednesday.

The office said in a statement that the children, the youngest of them four years old, had crossed into Sumy Oblast through Belarus. Eleven of them will need medical care.

Ombudsman Oleksandr Dovhal told the Kyiv Independent that the return had taken five months of talks. "Every name on the list was checked three times," he said. The handovers follow a mechanism that Kyiv and Moscow agreed through Qatar in 2023 and that both still use.

Moscow has accused Kyiv of staging the handovers for Western cameras. The Russian Children's Rights Commissioner's office said the children had left "voluntarily, with their relatives," and that Russia had never refused a request from a parent.

Kyiv accuses Russia of changing the children's documents so that their families cannot trace them. A Ukrainian official involved in the talks, who spoke on condition of anonymity, said some children had been given new surnames. The official said the Russian side "only moves when Doha asks twice."

Qatar's Ministry of Foreign Affairs said the children were received at the Qatari embassy in Moscow before the journey. A ministry spokesman, Khalid Al-Mansouri, said Qatar would keep its channel open to both governments.

In the village of Yunakivka, Tetiana Moroz waited at the school gate for her grandson Maksym, who is twelve. The boy had been sent to a summer camp in Crimea in 2024 and was never brought back. She said she had not heard his voice for almost two years. Her son, Ihor Moroz, serves in the army. He said the family had written to four different agencies before the boy was found. "Nobody answered us for a year," he said.

The Regional Center for Human Rights has warned that thousands of children remain unaccounted for. Its director, Valentyna Kulyk, said the group had documented 2,300 cases in the Kherson region alone.

Ukrainian lawmakers have accused the government of moving too slowly on the cases of teenagers over sixteen. Deputy Prime Minister Iryna Sobko rejected the criticism on Wednesday, saying that older children were harder to find because many had been placed in Russian colleges far from the border.

Since the start of the full-scale invasion, 1,412 children have been brought back, according to the office. Ukrainian officials said the next handover could take place before the end of July."""
ENTITIES = [
    ("Ukraine", "State", ["Kyiv"], "Q212"),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("Ukrainian Ombudsman's Office", "Organization", ["The office", "the office"], None),
    ("Sumy Oblast", "Location", [], None),
    ("Belarus", "Location", [], None),
    ("Oleksandr Dovhal", "Person", [], None),
    ("Kyiv Independent", "Organization", [], None),
    ("Qatar", "State", ["Doha"], "Q846"),
    ("Russian Children's Rights Commissioner's office", "Organization", [], None),
    ("A Ukrainian official involved in the talks", "Group", ["The official"], None),
    ("Qatar's Ministry of Foreign Affairs", "Organization", [], None),
    ("Khalid Al-Mansouri", "Person", [], None),
    ("Yunakivka", "Location", [], None),
    ("Crimea", "Location", [], None),
    ("Tetiana Moroz", "Person", [], None),
    ("Maksym", "Person", [], None),
    ("Ihor Moroz", "Person", [], None),
    ("Regional Center for Human Rights", "Organization", [], None),
    ("Valentyna Kulyk", "Person", [], None),
    ("Kherson", "Location", [], None),
    ("Ukrainian lawmakers", "Group", [], None),
    ("Iryna Sobko", "Person", [], None),
]
O = "Ukrainian Ombudsman's Office"
STATEMENTS = [
    ("indirect", O, "said on Wednesday", ["Nineteen Ukrainian children who had been taken to Russia or to occupied territory returned to Ukraine on Tuesday"]),
    ("indirect", O, "said in a statement", ["the children, the youngest of them four years old, had crossed into Sumy Oblast through Belarus"]),
    ("indirect", "Oleksandr Dovhal", "told the Kyiv Independent", ["the return had taken five months of talks"]),
    ("direct", "Oleksandr Dovhal", "he said", ["Every name on the list was checked three times,"]),
    ("indirect", "Russia", "has accused", ["Kyiv of staging the handovers for Western cameras"]),
    ("partial", "Russian Children's Rights Commissioner's office", "said", ['the children had left "voluntarily, with their relatives,"']),
    ("indirect", "Russian Children's Rights Commissioner's office", "said", ["Russia had never refused a request from a parent"]),
    ("indirect", "Ukraine", "accuses", ["Russia of changing the children's documents so that their families cannot trace them"]),
    ("indirect", "A Ukrainian official involved in the talks", "said", ["some children had been given new surnames"]),
    ("partial", "A Ukrainian official involved in the talks", "The official said", ['the Russian side "only moves when Doha asks twice."']),
    ("indirect", "Qatar's Ministry of Foreign Affairs", "said", ["the children were received at the Qatari embassy in Moscow before the journey"]),
    ("indirect", "Khalid Al-Mansouri", "said", ["Qatar would keep its channel open to both governments"]),
    ("indirect", "Tetiana Moroz", "She said", ["she had not heard his voice for almost two years"]),
    ("indirect", "Ihor Moroz", "He said", ["the family had written to four different agencies before the boy was found"]),
    ("direct", "Ihor Moroz", "he said", ["Nobody answered us for a year,"]),
    ("indirect", "Regional Center for Human Rights", "has warned", ["thousands of children remain unaccounted for"]),
    ("indirect", "Valentyna Kulyk", "said", ["the group had documented 2,300 cases in the Kherson region alone"]),
    ("indirect", "Ukrainian lawmakers", "have accused", ["the government of moving too slowly on the cases of teenagers over sixteen"]),
    ("indirect", "Iryna Sobko", "saying that", ["older children were harder to find because many had been placed in Russian colleges far from the border"]),
    ("indirect", O, "according to", ["Since the start of the full-scale invasion, 1,412 children have been brought back"]),
    ("indirect", "Ukraine", "Ukrainian officials said", ["the next handover could take place before the end of July"]),
]
AGREEMENTS = [
    ("agreement", "a mechanism that Kyiv and Moscow agreed through Qatar in 2023", ["Ukraine", "Russia"], "in-force", "2023", None),
]
