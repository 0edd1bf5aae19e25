ID = "inv54-radioprague-czech-poland-turow-groundwater-annex-liberec-2026-11-06"
TITLE = "Czechia and Poland sign groundwater annex to Turów deal, but Uhelná residents say their wells are still dry"
PUB = "2026-11-06"
TEXT = """Czech and Polish ministers signed an annex to the Turów agreement in Liberec on Thursday, committing Poland to extend an underground barrier along the lignite mine and to share groundwater data from 40 new monitoring wells in real time. Villagers on the Czech side of the border say it comes years too late.

The annex was signed by the Czech Environment Minister, Tomáš Havránek, and Poland's deputy minister of climate, Agnieszka Wróblewska. It adds detailed technical obligations to the agreement the two governments concluded in February 2022, under which Poland paid 45 million euros and the Czech Republic withdrew its complaint against the mine from the EU Court of Justice.

"For the first time we will see the same numbers at the same moment as the Polish side," Havránek told Czech Radio. "If the water level falls, we will not have to wait half a year to find out why."

Poland's Ministry of Climate and Environment said in a statement that the annex showed the 2022 agreement was "working as intended" and that the mine was operating in line with all its permits.

The state-owned company PGE, which runs the Turów mine and the power plant next to it, said the barrier had already been extended by 1.2 kilometres since 2022. It said the new section would cost about 80 million zlotys and be finished by the end of 2028.

In Uhelná, a village of some 250 people a few hundred metres from the edge of the pit, the mood was sceptical. Residents of Uhelná said several private wells had dried up again this summer and that the water main promised to the village in 2022 had still not been connected to all houses.

The mayor of Hrádek nad Nisou, Josef Šorm, whose town includes Uhelná, accused PGE of releasing monitoring data "only when it suits them" and said the annex would mean nothing without independent inspections. "We have heard promises for six years. Now I want to see the wells full," he said.

The Czech side has proposed extending the monitoring network to the German side of the border, where the town of Zittau has also complained about subsidence. A Czech diplomat involved in the talks said Warsaw had agreed to discuss the idea "at the next meeting of the joint commission", but had not committed to anything.

Lawyers at the environmental organisation Frank Bold, which represented Czech municipalities during the dispute, warned that the annex does not change the mine's licence, which runs until 2044.

"The annex deals with the symptoms, not with the cause," said Petra Urbanová, a lawyer at Frank Bold. She added that the Czech government should ask for a binding date for the end of mining at Turów.

Havránek rejected that. He said the agreement had never been meant to close the mine, and that the Czech Republic would "insist on every line" of the annex being carried out.

The joint Czech-Polish commission overseeing the agreement is due to meet in Bogatynia in March."""
ENTITIES = [
    ("Turów", "Location", ["Turów mine"], None),
    ("Liberec", "Location", [], None),
    ("Poland", "State", ["Warsaw"], "Q36"),
    ("Czech Republic", "State", [], "Q213"),
    ("Tomáš Havránek", "Person", ["Havránek"], None),
    ("Agnieszka Wróblewska", "Person", [], None),
    ("EU Court of Justice", "Organization", [], None),
    ("Czech Radio", "Organization", [], None),
    ("Poland's Ministry of Climate and Environment", "Organization", [], None),
    ("PGE", "Organization", [], None),
    ("Uhelná", "Location", [], None),
    ("Villagers on the Czech side of the border", "Group", [], None),
    ("Residents of Uhelná", "Group", [], None),
    ("Hrádek nad Nisou", "Location", [], None),
    ("Josef Šorm", "Person", [], None),
    ("Zittau", "Location", [], None),
    ("A Czech diplomat involved in the talks", "Group", [], None),
    ("Frank Bold", "Organization", [], None),
    ("Lawyers at the environmental organisation Frank Bold", "Group", [], None),
    ("Petra Urbanová", "Person", [], None),
    ("Bogatynia", "Location", [], None),
]
CD = "A Czech diplomat involved in the talks"
STATEMENTS = [
    ("indirect", "Villagers on the Czech side of the border", "say", ["it comes years too late"]),
    ("direct", "Tomáš Havránek", "told Czech Radio", ["For the first time we will see the same numbers at the same moment as the Polish side,", "If the water level falls, we will not have to wait half a year to find out why."]),
    ("partial", "Poland's Ministry of Climate and Environment", "said in a statement", ["the annex showed the 2022 agreement was \"working as intended\""]),
    ("indirect", "Poland's Ministry of Climate and Environment", "said in a statement", ["the mine was operating in line with all its permits"]),
    ("indirect", "PGE", "said", ["the barrier had already been extended by 1.2 kilometres since 2022"]),
    ("indirect", "PGE", "It said", ["the new section would cost about 80 million zlotys and be finished by the end of 2028"]),
    ("indirect", "Residents of Uhelná", "said", ["several private wells had dried up again this summer"]),
    ("indirect", "Residents of Uhelná", "said", ["the water main promised to the village in 2022 had still not been connected to all houses"]),
    ("partial", "Josef Šorm", "accused", ["PGE of releasing monitoring data \"only when it suits them\""]),
    ("indirect", "Josef Šorm", "said", ["the annex would mean nothing without independent inspections"]),
    ("direct", "Josef Šorm", "he said", ["We have heard promises for six years. Now I want to see the wells full,"]),
    ("partial", CD, "said", ["Warsaw had agreed to discuss the idea \"at the next meeting of the joint commission\", but had not committed to anything"]),
    ("indirect", "Lawyers at the environmental organisation Frank Bold", "warned", ["the annex does not change the mine's licence, which runs until 2044"]),
    ("direct", "Petra Urbanová", "said", ["The annex deals with the symptoms, not with the cause,"]),
    ("indirect", "Petra Urbanová", "She added", ["the Czech government should ask for a binding date for the end of mining at Turów"]),
    ("indirect", "Tomáš Havránek", "He said", ["the agreement had never been meant to close the mine"]),
    ("partial", "Tomáš Havránek", "He said", ["the Czech Republic would \"insist on every line\" of the annex being carried out"]),
]
AGREEMENTS = [
    ("annex", "an annex to the Turów agreement", ["Czech Republic", "Poland"], "signed", "2026-11-05", "Liberec"),
    ("agreement", "the Turów agreement", ["Czech Republic", "Poland"], "in-force", "2022-02", None),
    ("proposal", "extending the monitoring network to the German side of the border", ["Czech Republic"], "proposed", None, None),
]
