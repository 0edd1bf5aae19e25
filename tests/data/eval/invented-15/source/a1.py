ID = "inv15-lemonde-sahel-confederation-joint-force-2026-06-18"
TITLE = "In the Sahel, the juntas' confederation wants an army of its own"
PUB = "2026-06-18"
TEXT = """NIAMEY – Under the white awnings of the Mahatma Gandhi International Conference Centre, the three military regimes of the central Sahel celebrated on Tuesday what they call the birth of a common army. The Confederation of Sahel States, founded by Mali, Burkina Faso and Niger after their break with the Economic Community of West African States (Ecowas), announced a unified force of 5,000 soldiers, to be based in Niamey and commanded in turn by each of the three capitals.

The charter signed by the three defence ministers provides for joint operations against Jama'at Nusrat al-Islam wal-Muslimin and the Islamic State Sahel Province, whose fighters roam the border zone known as Liptako-Gourma. "Our soldiers no longer need anyone's permission to cross a line drawn in Paris," declared General Salifou Mahamane Garba, Niger's defence minister, to long applause.

Behind the ceremony, doubts persist. The new force has neither helicopters nor a budget of its own; the final communiqué mentions only "contributions from member states". A Malian colonel who took part in the drafting, and who asked not to be named, admitted that the three armies still used radio systems that cannot talk to each other. "We are building a house from the roof down," he confided.

Bamako, for its part, insists that the money will come. Finance Minister Aïssata Coulibaly-Sangaré told the state broadcaster ORTM that a confederal investment bank would open in the autumn, funded by a levy of 0.5 per cent on imports from outside the bloc. In Ouagadougou, Prime Minister Hermann Zongo's office announced that Burkina Faso would pay its first contribution "before the rainy season".

The force will lean heavily on Moscow. Some 200 instructors of the Africa Corps, the outfit that replaced the Wagner Group in Mali, are to train its officers at a camp near Sévaré. A Russian diplomat in Niamey, Igor Vasilchenko, described the partnership as "a relationship between equals, not a protectorate".

Western capitals are watching warily. The French foreign ministry declined to comment. In Brussels, a European Union official said the bloc would keep funding food aid in the three countries but would not "finance an army that answers to no parliament".

The jihadists have already given their answer. Two days before the ceremony, JNIM fighters ambushed a convoy of the Malian Armed Forces between Boni and Hombori, killing at least eleven soldiers, according to a local official. The group claimed the attack in a message on Telegram.

Civil society is divided. Ousmane Maïga, who heads the Bamako-based Observatory for Sahel Governance, said the juntas were "selling sovereignty to people who mostly want bread and safety". Yet in the markets of Niamey, many traders applaud. "At least the decisions are taken here now," said Mariama Issoufou Dan-Baba, a cloth seller.

Ecowas, which still hopes to bring the three states back, called the force "a matter for sovereign states" in a short statement from Abuja. Its commission president, Ahmadou Bello Touré, is expected in Niamey next month."""
ENTITIES = [
    ("Confederation of Sahel States", "Organization", [], None),
    ("Mali", "State", ["Bamako"], "Q912"),
    ("Burkina Faso", "State", [], "Q965"),
    ("Ouagadougou", "Location", [], "Q3777"),
    ("Niger", "State", [], "Q1032"),
    ("Economic Community of West African States", "Organization", ["Ecowas"], None),
    ("Niamey", "Location", [], "Q3674"),
    ("Sahel", "Location", ["central Sahel"], None),
    ("Mahatma Gandhi International Conference Centre", "Location", [], None),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "ArmedGroup", ["JNIM"], None),
    ("Islamic State Sahel Province", "ArmedGroup", [], None),
    ("Liptako-Gourma", "Location", [], None),
    ("Paris", "Location", [], "Q90"),
    ("Salifou Mahamane Garba", "Person", [], None),
    ("A Malian colonel who took part in the drafting", "Group", [], None),
    ("Aïssata Coulibaly-Sangaré", "Person", [], None),
    ("ORTM", "Organization", [], None),
    ("Hermann Zongo", "Person", [], None),
    ("Prime Minister Hermann Zongo's office", "Group", [], None),
    ("Russia", "State", ["Moscow"], "Q159"),
    ("Africa Corps", "ArmedGroup", [], None),
    ("Wagner Group", "ArmedGroup", [], None),
    ("Sévaré", "Location", [], None),
    ("Igor Vasilchenko", "Person", [], None),
    ("French foreign ministry", "Organization", [], None),
    ("Brussels", "Location", [], "Q239"),
    ("a European Union official", "Group", [], None),
    ("European Union", "Organization", [], "Q458"),
    ("Malian Armed Forces", "Organization", [], None),
    ("Boni", "Location", [], None),
    ("Hombori", "Location", [], None),
    ("a local official", "Group", [], None),
    ("Telegram", "Organization", [], None),
    ("Ousmane Maïga", "Person", [], None),
    ("Observatory for Sahel Governance", "Organization", [], None),
    ("Mariama Issoufou Dan-Baba", "Person", [], None),
    ("Abuja", "Location", [], "Q3787"),
    ("Ahmadou Bello Touré", "Person", [], None),
]
C = "A Malian colonel who took part in the drafting"
STATEMENTS = [
    ("direct", "Salifou Mahamane Garba", "declared", ["Our soldiers no longer need anyone's permission to cross a line drawn in Paris,"]),
    ("partial", "Confederation of Sahel States", "mentions", ["contributions from member states"]),
    ("indirect", C, "admitted", ["the three armies still used radio systems that cannot talk to each other"]),
    ("direct", C, "he confided", ["We are building a house from the roof down,"]),
    ("indirect", "Mali", "insists", ["the money will come"]),
    ("indirect", "Aïssata Coulibaly-Sangaré", "told the state broadcaster ORTM", ["a confederal investment bank would open in the autumn, funded by a levy of 0.5 per cent on imports from outside the bloc"]),
    ("indirect", "Prime Minister Hermann Zongo's office", "announced", ["Burkina Faso would pay its first contribution \"before the rainy season\""]),
    ("indirect", "Igor Vasilchenko", "described", ["the partnership as \"a relationship between equals, not a protectorate\""]),
    ("indirect", "a European Union official", "said", ["the bloc would keep funding food aid in the three countries but would not \"finance an army that answers to no parliament\""]),
    ("indirect", "a local official", "according to", ["JNIM fighters ambushed a convoy of the Malian Armed Forces between Boni and Hombori, killing at least eleven soldiers"]),
    ("indirect", "Ousmane Maïga", "said", ["the juntas were \"selling sovereignty to people who mostly want bread and safety\""]),
    ("direct", "Mariama Issoufou Dan-Baba", "said", ["At least the decisions are taken here now,"]),
    ("indirect", "Economic Community of West African States", "called", ["the force \"a matter for sovereign states\""]),
]
AGREEMENTS = [
    ("other", "The charter", ["Mali", "Burkina Faso", "Niger"], "signed", None, None),
]
