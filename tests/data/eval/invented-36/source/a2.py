ID = "inv36-guardianng-niger-delta-amnesty-deal-militants-bayelsa-2026-08-18"
TITLE = "FG, ex-militants sign new amnesty deal as Bayelsa communities demand jobs"
PUB = "2026-08-18"
TEXT = """Nigeria's Federal Government and leaders of two armed groups in the Niger Delta yesterday signed a new amnesty agreement in Yenagoa, under which about 3,000 fighters are to surrender their weapons within 90 days in exchange for training stipends and a share of pipeline surveillance contracts.

The deal was signed by the National Security Adviser, Malam Ibrahim Danjuma, for the government, and by commanders of the Niger Delta Liberation Front and the Creek Vanguard, which have attacked oil facilities in Bayelsa and Delta states since last year.

Speaking after the ceremony, Danjuma said the agreement was "not a reward for violence" but a way to bring young men "back into the economy."

"Nobody in this hall is going to be paid for carrying a gun. They will be paid for learning a trade and guarding the lines they once blew up," he told journalists.

The coordinator of the Presidential Amnesty Programme, Mrs Tonye Briggs, said the first disarmament camps would open in Ogbia and Warri next month. She said the programme had cleared its backlog of unpaid allowances, which was blamed for the collapse of a similar arrangement in 2024.

But a commander of the Creek Vanguard, who asked not to be named because he was not authorised to speak, said his men would keep their weapons until the first stipends were paid.

"We have signed papers before. Paper does not feed anybody," he said.

The Niger Delta Liberation Front, in a statement signed by its spokesman, Ebikabowei Tamuno, said the group had suspended attacks on pipelines "with immediate effect" and urged oil companies to hire local contractors.

The Ijaw Youth Council welcomed the agreement but warned that it would fail if host communities were left out again. Its president, Comrade Preye Ogbotobo, accused the government of negotiating "only with those who carry guns."

Residents of Oloibiri, where oil was first found in commercial quantities in 1956, said they had heard of the deal on the radio and had not been consulted.

"Our creeks are black, our fishermen have no catch, and now they bring money for the boys with guns," said Mrs Ebiere Dinyo, a fish trader.

The Nigerian National Petroleum Company Limited said in a statement that output from the affected fields had fallen by about 80,000 barrels a day because of the attacks, and that it expected production to recover once the ceasefire held.

A senior security official in Abuja said the military would keep its gunboats on the waterways during the 90 days. The official said soldiers had been told not to raid camps listed in the agreement.

Dr Kingsley Ebiowei, a political scientist at the Niger Delta University, said the deal repeated the mistakes of 2009. "Amnesty without clean water and jobs only buys time," he said."""
ENTITIES = [
    ("Nigeria", "State", ["Federal Government"], "Q1033"),
    ("Niger Delta", "Location", [], None),
    ("Yenagoa", "Location", [], None),
    ("Ibrahim Danjuma", "Person", ["Danjuma"], None),
    ("Niger Delta Liberation Front", "ArmedGroup", [], None),
    ("Creek Vanguard", "ArmedGroup", [], None),
    ("Bayelsa", "Location", [], None),
    ("Delta", "Location", [], None),
    ("Presidential Amnesty Programme", "Organization", [], None),
    ("Tonye Briggs", "Person", [], None),
    ("Ogbia", "Location", [], None),
    ("Warri", "Location", [], None),
    ("a commander of the Creek Vanguard", "Group", [], None),
    ("Ebikabowei Tamuno", "Person", [], None),
    ("Ijaw Youth Council", "Organization", [], None),
    ("Preye Ogbotobo", "Person", [], None),
    ("Residents of Oloibiri", "Group", [], None),
    ("Oloibiri", "Location", [], None),
    ("Ebiere Dinyo", "Person", [], None),
    ("Nigerian National Petroleum Company Limited", "Organization", [], None),
    ("A senior security official in Abuja", "Group", ["The official"], None),
    ("Abuja", "Location", [], None),
    ("Kingsley Ebiowei", "Person", [], None),
    ("Niger Delta University", "Organization", [], None),
]
CV = "a commander of the Creek Vanguard"
SO = "A senior security official in Abuja"
STATEMENTS = [
    ("partial", "Ibrahim Danjuma", "said", ['the agreement was "not a reward for violence" but a way to bring young men "back into the economy."']),
    ("direct", "Ibrahim Danjuma", "he told journalists", ["Nobody in this hall is going to be paid for carrying a gun. They will be paid for learning a trade and guarding the lines they once blew up,"]),
    ("indirect", "Tonye Briggs", "said", ["the first disarmament camps would open in Ogbia and Warri next month"]),
    ("indirect", "Tonye Briggs", "She said", ["the programme had cleared its backlog of unpaid allowances, which was blamed for the collapse of a similar arrangement in 2024"]),
    ("indirect", CV, "said", ["his men would keep their weapons until the first stipends were paid"]),
    ("direct", CV, "he said", ["We have signed papers before. Paper does not feed anybody,"]),
    ("partial", "Niger Delta Liberation Front", "said", ['the group had suspended attacks on pipelines "with immediate effect"']),
    ("indirect", "Niger Delta Liberation Front", "urged", ["oil companies to hire local contractors"]),
    ("indirect", "Ijaw Youth Council", "warned", ["it would fail if host communities were left out again"]),
    ("partial", "Preye Ogbotobo", "accused", ['the government of negotiating "only with those who carry guns."']),
    ("indirect", "Residents of Oloibiri", "said", ["they had heard of the deal on the radio and had not been consulted"]),
    ("direct", "Ebiere Dinyo", "said", ["Our creeks are black, our fishermen have no catch, and now they bring money for the boys with guns,"]),
    ("indirect", "Nigerian National Petroleum Company Limited", "said in a statement", ["output from the affected fields had fallen by about 80,000 barrels a day because of the attacks"]),
    ("indirect", "Nigerian National Petroleum Company Limited", "said in a statement", ["it expected production to recover once the ceasefire held"]),
    ("indirect", SO, "said", ["the military would keep its gunboats on the waterways during the 90 days"]),
    ("indirect", SO, "The official said", ["soldiers had been told not to raid camps listed in the agreement"]),
    ("indirect", "Kingsley Ebiowei", "said", ["the deal repeated the mistakes of 2009"]),
    ("direct", "Kingsley Ebiowei", "he said", ["Amnesty without clean water and jobs only buys time,"]),
]
AGREEMENTS = [
    ("agreement", "a new amnesty agreement", ["Nigeria", "Niger Delta Liberation Front", "Creek Vanguard"], "signed", "2026-08-17", "Yenagoa"),
    ("other", "a similar arrangement in 2024", ["Nigeria"], "collapsed", "2024", None),
]
