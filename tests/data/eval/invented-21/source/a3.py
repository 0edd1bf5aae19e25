ID = "inv21-graphic-ghana-togo-joint-patrols-aflao-memorandum-2026-09-10"
TITLE = "Ghana, Togo sign MoU on joint patrols along eastern frontier"
PUB = "2026-09-10"
TEXT = """Ghana and Togo yesterday signed a memorandum of understanding on joint patrols along their shared border, in a move officials said would help stop armed groups from the Sahel moving south towards the coast.

The agreement was signed in Lomé by Ghana's Minister for the Interior, Mr Yusif Adamu Tahiru, and his Togolese counterpart, General Koffi Agbéyomé, at a ceremony attended by security chiefs from both countries.

Under the MoU, soldiers and police officers of the two countries will patrol together in the northern districts, share intelligence within twenty-four hours and set up a joint command post at Cinkassé, near the point where the borders of Ghana, Togo and Burkina Faso meet.

Speaking after the ceremony, Mr Tahiru said the threat "does not respect the lines drawn on our maps." He said Ghana had so far been spared the attacks suffered by its neighbours, but that "being lucky is not a security policy."

General Agbéyomé said Togo had lost more than forty soldiers in attacks in its Savanes region since 2022, most of them claimed by Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the al-Qaeda affiliate active across the Sahel. "Our soldiers have paid the price. Cooperation cannot wait for the next funeral," he said.

The Ghana Armed Forces will deploy an additional battalion to the Upper East Region under the deal, the Chief of the Defence Staff, Lieutenant General Samuel Owusu-Nyarko, told the Daily Graphic. He said troops would also receive training from Togolese units with experience in the north.

The MoU builds on the Accra Initiative, a security arrangement launched in 2017 by Ghana, Togo, Benin, Burkina Faso and Côte d'Ivoire. Burkina Faso's military government has since drifted away from the group, and officials in Accra admit that cooperation with Ouagadougou is now limited.

Not everyone welcomed the signing. The Member of Parliament for Bawku Central, Mr Abdulai Zakari, said residents were "tired of promises made in capital cities." He urged the government to address the chieftaincy conflict in Bawku, which he said armed groups could exploit.

Traders at the Aflao border also raised concerns. The chairperson of the Aflao Market Women Association, Madam Esi Agbodza, said stricter checks had already slowed the movement of goods. "If they close the small paths, our children will not eat," she said.

The Ghana Immigration Service said in a statement that the patrols would not affect the free movement of ECOWAS citizens through approved border posts.

The West Africa Centre for Counter-Extremism, a think tank in Accra, said the agreement was a good start but warned that "patrols alone will not win back the trust of border communities." Its executive director, Dr Mutaru Mumuni Muqthar, told the Daily Graphic that young men in the border districts needed jobs more than checkpoints.

The two ministers agreed to review the MoU after one year. A joint technical committee is expected to meet in Tamale next month to draw up the patrol schedule."""
ENTITIES = [
    ("Ghana", "State", [], "Q117"),
    ("Togo", "State", [], "Q945"),
    ("Sahel", "Location", [], None),
    ("Lomé", "Location", [], "Q3792"),
    ("Yusif Adamu Tahiru", "Person", ["Mr Tahiru", "Mr Yusif Adamu Tahiru"], None),
    ("Koffi Agbéyomé", "Person", ["General Agbéyomé", "General Koffi Agbéyomé"], None),
    ("Cinkassé", "Location", [], None),
    ("Burkina Faso", "State", ["Ouagadougou"], "Q965"),
    ("Savanes", "Location", [], None),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "ArmedGroup", ["JNIM"], None),
    ("al-Qaeda", "ArmedGroup", [], "Q34490"),
    ("Ghana Armed Forces", "Organization", [], None),
    ("Upper East Region", "Location", [], None),
    ("Samuel Owusu-Nyarko", "Person", ["Lieutenant General Samuel Owusu-Nyarko"], None),
    ("Daily Graphic", "Organization", [], None),
    ("Accra Initiative", "Organization", [], None),
    ("Benin", "State", [], "Q962"),
    ("Côte d'Ivoire", "State", [], "Q1008"),
    ("Bawku Central", "Location", [], None),
    ("Abdulai Zakari", "Person", ["Mr Abdulai Zakari"], None),
    ("Bawku", "Location", [], None),
    ("Aflao", "Location", [], None),
    ("Aflao Market Women Association", "Organization", [], None),
    ("Esi Agbodza", "Person", ["Madam Esi Agbodza"], None),
    ("Ghana Immigration Service", "Organization", [], None),
    ("ECOWAS", "Organization", [], "Q83276"),
    ("West Africa Centre for Counter-Extremism", "Organization", [], None),
    ("Mutaru Mumuni Muqthar", "Person", ["Dr Mutaru Mumuni Muqthar"], None),
    ("Tamale", "Location", [], None),
    ("Accra", "Location", [], "Q3761"),
    ("officials in Accra", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "officials in Accra", "admit", ["cooperation with Ouagadougou is now limited"]),
    ("indirect", "Yusif Adamu Tahiru", "said", ["the threat \"does not respect the lines drawn on our maps.\""]),
    ("indirect", "Yusif Adamu Tahiru", "He said", ["Ghana had so far been spared the attacks suffered by its neighbours, but that \"being lucky is not a security policy.\""]),
    ("indirect", "Koffi Agbéyomé", "said", ["Togo had lost more than forty soldiers in attacks in its Savanes region since 2022, most of them claimed by Jama'at Nusrat al-Islam wal-Muslimin (JNIM), the al-Qaeda affiliate active across the Sahel"]),
    ("direct", "Koffi Agbéyomé", "he said", ["Our soldiers have paid the price. Cooperation cannot wait for the next funeral,"]),
    ("indirect", "Samuel Owusu-Nyarko", "told the Daily Graphic", ["The Ghana Armed Forces will deploy an additional battalion to the Upper East Region under the deal"]),
    ("indirect", "Samuel Owusu-Nyarko", "He said", ["troops would also receive training from Togolese units with experience in the north"]),
    ("indirect", "Abdulai Zakari", "said", ["residents were \"tired of promises made in capital cities.\""]),
    ("indirect", "Abdulai Zakari", "urged", ["the government to address the chieftaincy conflict in Bawku, which he said armed groups could exploit"]),
    ("indirect", "Esi Agbodza", "said", ["stricter checks had already slowed the movement of goods"]),
    ("direct", "Esi Agbodza", "she said", ["If they close the small paths, our children will not eat,"]),
    ("indirect", "Ghana Immigration Service", "said in a statement", ["the patrols would not affect the free movement of ECOWAS citizens through approved border posts"]),
    ("indirect", "West Africa Centre for Counter-Extremism", "said", ["the agreement was a good start but warned that \"patrols alone will not win back the trust of border communities.\""]),
    ("indirect", "Mutaru Mumuni Muqthar", "told the Daily Graphic", ["young men in the border districts needed jobs more than checkpoints"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding on joint patrols", ["Ghana", "Togo"], "signed", "2026-09-09", "Lomé"),
    ("other", "the Accra Initiative", ["Ghana", "Togo", "Benin", "Burkina Faso", "Côte d'Ivoire"], "in-force", None, None),
]
