ID = "inv26-premiumtimes-nigeria-cameroon-bakassi-fisheries-deal-2026-10-08"
TITLE = "Bakassi fishermen wait as Nigeria-Cameroon fisheries deal stalls"
PUB = "2026-10-08"
TEXT = """Fishermen from Nigeria who work the creeks of the Bakassi peninsula say a fisheries deal reached by Abuja and Yaounde in September has changed nothing on the water.

The deal, agreed at a meeting of the Nigeria-Cameroon Mixed Commission in Yaounde on September 12, was meant to let Nigerian fishermen renew their permits at a fixed fee. It has yet to take effect, because neither government has published the new fee scale.

Nigeria's Ministry of Foreign Affairs told PREMIUM TIMES that the delay was technical. "The agreement stands, and the fee scale will be out before the end of the month," a spokesperson for the ministry, Aisha Bello-Danjuma, said. She said Nigerian officials had raised the matter with their counterparts twice.

Cameroon has accused Nigerian trawler owners of fishing in its waters without any permit. The Cameroonian Ministry of Livestock, Fisheries and Animal Industries said in a statement that its patrols would continue until the deal was applied in full.

Bakassi passed to Cameroon under the 2006 Greentree Agreement, which remains in force and which both governments say they respect. A local arrangement between the Cross River State government and the authorities of Cameroon's South-West Region, signed in 2019 to let fishermen land their catch at either shore, was violated last week when gendarmes seized six Nigerian canoes at Idabato, fishermen said.

One of the owners, Okon Effiong, said he had paid for his permit in June. "They took the boat and the nets and gave me no paper," he said. His wife, Blessing Effiong, sells smoked fish in Ikang. She said she had not been able to pay school fees since the seizure.

The Bakassi Fishermen's Union has warned that its members will stop paying any fee if the canoes are not returned. Its chairman, Edet Asuquo, said the union had written to the governor of Cross River State.

A Cameroonian gendarmerie officer in Idabato, who spoke on condition of anonymity, said the canoes had been held because they carried no valid licence. "When the new permits exist, we will respect them," the officer said.

The Cross River State government said it had asked the federal government to raise the seizure at the next session of the commission. Researchers at the Nigerian Institute of International Affairs have estimated that about 40,000 Nigerians still live on the peninsula.

Maritime lawyer Ngozi Ekpo said the deal was sound but that "a deal nobody applies is just a letter." Nigerian officials said the commission would meet again in Calabar in November."""
ENTITIES = [
    ("Nigeria", "State", ["Abuja"], "Q1033"),
    ("Cameroon", "State", ["Yaounde"], "Q1009"),
    ("Bakassi", "Location", [], None),
    ("Nigeria-Cameroon Mixed Commission", "Organization", ["the commission"], None),
    ("Nigeria's Ministry of Foreign Affairs", "Organization", ["the ministry"], None),
    ("PREMIUM TIMES", "Organization", [], None),
    ("Aisha Bello-Danjuma", "Person", [], None),
    ("Cameroonian Ministry of Livestock, Fisheries and Animal Industries", "Organization", [], None),
    ("Cross River State government", "Organization", [], None),
    ("authorities of Cameroon's South-West Region", "Organization", [], None),
    ("Idabato", "Location", [], None),
    ("fishermen", "Group", [], None),
    ("Okon Effiong", "Person", [], None),
    ("Blessing Effiong", "Person", [], None),
    ("Ikang", "Location", [], None),
    ("Bakassi Fishermen's Union", "Organization", ["the union"], None),
    ("Edet Asuquo", "Person", [], None),
    ("A Cameroonian gendarmerie officer in Idabato", "Group", [], None),
    ("Nigerian Institute of International Affairs", "Organization", [], None),
    ("Researchers at the Nigerian Institute of International Affairs", "Group", [], None),
    ("Ngozi Ekpo", "Person", [], None),
    ("Calabar", "Location", [], None),
]
G = "A Cameroonian gendarmerie officer in Idabato"
STATEMENTS = [
    ("indirect", "fishermen", "say", ["a fisheries deal reached by Abuja and Yaounde in September has changed nothing on the water"]),
    ("indirect", "Nigeria's Ministry of Foreign Affairs", "told PREMIUM TIMES", ["the delay was technical"]),
    ("direct", "Aisha Bello-Danjuma", "said", ["The agreement stands, and the fee scale will be out before the end of the month,"]),
    ("indirect", "Aisha Bello-Danjuma", "She said", ["Nigerian officials had raised the matter with their counterparts twice"]),
    ("indirect", "Cameroon", "has accused", ["Nigerian trawler owners of fishing in its waters without any permit"]),
    ("indirect", "Cameroonian Ministry of Livestock, Fisheries and Animal Industries", "said in a statement", ["its patrols would continue until the deal was applied in full"]),
    ("indirect", "fishermen", "fishermen said", ["A local arrangement between the Cross River State government and the authorities of Cameroon's South-West Region, signed in 2019 to let fishermen land their catch at either shore, was violated last week when gendarmes seized six Nigerian canoes at Idabato"]),
    ("indirect", "Okon Effiong", "said", ["he had paid for his permit in June"]),
    ("direct", "Okon Effiong", "he said", ["They took the boat and the nets and gave me no paper,"]),
    ("indirect", "Blessing Effiong", "She said", ["she had not been able to pay school fees since the seizure"]),
    ("indirect", "Bakassi Fishermen's Union", "has warned", ["its members will stop paying any fee if the canoes are not returned"]),
    ("indirect", "Edet Asuquo", "said", ["the union had written to the governor of Cross River State"]),
    ("indirect", G, "said", ["the canoes had been held because they carried no valid licence"]),
    ("direct", G, "the officer said", ["When the new permits exist, we will respect them,"]),
    ("indirect", "Cross River State government", "said", ["it had asked the federal government to raise the seizure at the next session of the commission"]),
    ("indirect", "Researchers at the Nigerian Institute of International Affairs", "have estimated", ["about 40,000 Nigerians still live on the peninsula"]),
    ("partial", "Ngozi Ekpo", "said", ['the deal was sound but that "a deal nobody applies is just a letter."']),
    ("indirect", "Nigeria", "Nigerian officials said", ["the commission would meet again in Calabar in November"]),
]
AGREEMENTS = [
    ("deal", "a fisheries deal", ["Nigeria", "Cameroon"], "reached", "2026-09-12", "Yaounde"),
    ("agreement", "the 2006 Greentree Agreement", ["Nigeria", "Cameroon"], "in-force", "2006", None),
    ("other", "A local arrangement between the Cross River State government and the authorities of Cameroon's South-West Region", ["Cross River State government", "authorities of Cameroon's South-West Region"], "violated", "2019", None),
]
