ID = "inv44-libyaobserver-zawiya-armed-groups-ceasefire-elders-2026-07-14"
TITLE = "Zawiya ceasefire holds as rival armed groups start pulling out of coastal road"
PUB = "2026-07-14"
TEXT = """A ceasefire between two rival armed groups in the city of Zawiya held for a second day on Tuesday, as fighters from both sides began withdrawing from the coastal road that links Tripoli with the Ras Jedir border crossing.

The agreement was signed on Sunday evening at the headquarters of the Zawiya Social Council by the commanders of the Al-Fajr Brigade and the Martyrs of Harsha Battalion, in the presence of representatives of the Presidential Council and the Tripoli-based Government of National Unity (GNU).

Under its terms, both groups are to pull their fighters and heavy weapons out of the coastal road and the area around the city's oil refinery within 72 hours and hand their checkpoints over to the Zawiya Security Directorate.

The head of the Social Council, Sheikh Mohamed Al-Buaishi, told The Libya Observer that the two commanders had signed "in front of the elders and the families of the dead." He said anyone who broke the truce would be handed over to the public prosecutor.

"Zawiya has buried enough of its sons over checkpoints and fuel. This time the whole city is a witness to the agreement," Al-Buaishi said.

The clashes erupted on Thursday after a member of the Al-Fajr Brigade was shot dead at a checkpoint near the refinery. The Zawiya Medical Centre said nine people had been killed and 31 wounded. Two of the dead were children hit by shrapnel in the Harsha neighbourhood, the centre said.

The Libyan Red Crescent said its volunteers had evacuated 64 families from the area and recovered four bodies.

The Al-Fajr Brigade accused the rival battalion of using the refinery's storage tanks as cover for its snipers. In a statement posted on Facebook, the Martyrs of Harsha Battalion said it had only responded to "an attack on its positions" and remained committed to the agreement.

A source in the Al-Fajr Brigade, speaking on condition of anonymity, told The Libya Observer that the brigade would not leave its base next to the refinery, which it considered outside the scope of the deal.

The National Oil Corporation (NOC) said operations at the refinery had been suspended on Friday as a precaution and would resume once the area was secure.

The Presidential Council welcomed the agreement in a statement and praised "the wise role of the elders of Zawiya." Its spokeswoman, Najwa Al-Sharif, said a committee would be formed to monitor the withdrawal.

The UN Support Mission in Libya (UNSMIL) also welcomed the ceasefire, but said the killing of civilians "must not go unpunished" and urged the authorities to investigate.

Residents said they doubted the calm would last. "We have seen this film before. They sign, they hug, and a month later the shells fall on our houses again," said Abdelsalam Al-Rabti, a teacher in the Jadida area who fled with his family to a relative's home in Sabratha.

Zawiya has been the scene of repeated fighting over checkpoints, fuel smuggling and control of the refinery. A similar truce between the same two groups, agreed under the auspices of the Social Council in 2023, collapsed within weeks. A security plan proposed by the Presidential Council in March, under which the city's armed groups would be placed under the Ministry of Defence, has yet to be implemented."""
ENTITIES = [
    ("Zawiya", "Location", [], None),
    ("Tripoli", "Location", [], None),
    ("Ras Jedir", "Location", [], None),
    ("Zawiya Social Council", "Organization", ["Social Council"], None),
    ("Al-Fajr Brigade", "ArmedGroup", [], None),
    ("Martyrs of Harsha Battalion", "ArmedGroup", [], None),
    ("Presidential Council", "Organization", [], None),
    ("Government of National Unity", "Organization", ["GNU"], None),
    ("Zawiya Security Directorate", "Organization", [], None),
    ("Mohamed Al-Buaishi", "Person", ["Al-Buaishi"], None),
    ("The Libya Observer", "Organization", [], None),
    ("Zawiya Medical Centre", "Organization", ["the centre"], None),
    ("Harsha", "Location", [], None),
    ("Libyan Red Crescent", "Organization", [], None),
    ("Facebook", "Organization", [], None),
    ("A source in the Al-Fajr Brigade", "Group", [], None),
    ("National Oil Corporation", "Organization", ["NOC"], None),
    ("Najwa Al-Sharif", "Person", [], None),
    ("UN Support Mission in Libya", "Organization", ["UNSMIL"], None),
    ("Residents", "Group", [], None),
    ("Abdelsalam Al-Rabti", "Person", [], None),
    ("Jadida", "Location", [], None),
    ("Sabratha", "Location", [], None),
    ("Ministry of Defence", "Organization", [], None),
]
STATEMENTS = [
    ("partial", "Mohamed Al-Buaishi", "told The Libya Observer", ['the two commanders had signed "in front of the elders and the families of the dead."']),
    ("indirect", "Mohamed Al-Buaishi", "He said", ["anyone who broke the truce would be handed over to the public prosecutor"]),
    ("direct", "Mohamed Al-Buaishi", "Al-Buaishi said", ["Zawiya has buried enough of its sons over checkpoints and fuel. This time the whole city is a witness to the agreement,"]),
    ("indirect", "Zawiya Medical Centre", "said", ["nine people had been killed and 31 wounded"]),
    ("indirect", "Zawiya Medical Centre", "the centre said", ["Two of the dead were children hit by shrapnel in the Harsha neighbourhood"]),
    ("indirect", "Libyan Red Crescent", "said", ["its volunteers had evacuated 64 families from the area and recovered four bodies"]),
    ("indirect", "Al-Fajr Brigade", "accused", ["the rival battalion of using the refinery's storage tanks as cover for its snipers"]),
    ("partial", "Martyrs of Harsha Battalion", "said", ['it had only responded to "an attack on its positions" and remained committed to the agreement']),
    ("indirect", "A source in the Al-Fajr Brigade", "told The Libya Observer", ["the brigade would not leave its base next to the refinery, which it considered outside the scope of the deal"]),
    ("indirect", "National Oil Corporation", "said", ["operations at the refinery had been suspended on Friday as a precaution and would resume once the area was secure"]),
    ("partial", "Presidential Council", "praised", ['"the wise role of the elders of Zawiya."']),
    ("indirect", "Najwa Al-Sharif", "said", ["a committee would be formed to monitor the withdrawal"]),
    ("partial", "UN Support Mission in Libya", "said", ['the killing of civilians "must not go unpunished"']),
    ("indirect", "UN Support Mission in Libya", "urged", ["the authorities to investigate"]),
    ("indirect", "Residents", "said", ["they doubted the calm would last"]),
    ("direct", "Abdelsalam Al-Rabti", "said", ["We have seen this film before. They sign, they hug, and a month later the shells fall on our houses again,"]),
]
AGREEMENTS = [
    ("ceasefire", "A ceasefire between two rival armed groups", ["Al-Fajr Brigade", "Martyrs of Harsha Battalion"], "in-force", "2026-07-12", "Zawiya"),
    ("truce", "A similar truce between the same two groups", ["Al-Fajr Brigade", "Martyrs of Harsha Battalion"], "collapsed", "2023", None),
    ("plan", "A security plan", ["Presidential Council"], "proposed", "2026-03", None),
]
