ID = "inv20-feature-peru-apurimac-mine-road-truce-2026-11-19"
TITLE = "On a mining road in Apurimac, a truce and old grievances"
PUB = "2026-11-19"
TEXT = """TAMBOBAMBA, Peru - The trucks are moving again on the dirt road that climbs from the Qollpa copper mine to the highway, but in the community of Pumamarca nobody calls it peace. For 23 days this autumn, villagers blocked the road with stones and tents, demanding that the mine's owner keep promises it made almost a decade ago.

The blockade ended last Thursday, when leaders of the Pumamarca peasant community and Minera Qollpa signed a 60-day truce in the parish hall of Tambobamba, with a regional human rights ombudsman present as a witness. Under the truce, the company will pay for water tanks in four villages and the community will keep the road open while talks continue.

It is not the first truce on this road. A truce signed in March between the same two parties broke down in September, when the company said it could not pay a cash bonus that community leaders said had been promised to every family.

The deeper quarrel goes back to a 2017 framework agreement between Minera Qollpa and the community, under which the company was to pave the road and hire local drivers. The ombudsman's office found last year that the company had breached the framework agreement by missing both deadlines. The company says heavy rains delayed the paving.

"We gave them our land and they gave us dust," said Hilaria Ccahuana, 52, who sells soup to drivers at a bend in the road. Her son drove for the mine for two years before his contract ended.

Community president Wilber Huaman said the talks in Lima would decide whether the truce became something more. Lawyers for both sides are negotiating a compensation agreement for grazing land lost to the mine's waste dump, a document the community wants signed before the truce expires in January.

In Lima, Peru's Ministry of Energy and Mines has proposed a development plan for the province that would fund a clinic and a school with part of the mine's taxes. The community assembly has not accepted it, saying the ministry wrote the plan without asking them.

Minera Qollpa said in a written reply that it was "committed to dialogue" and that paving of the first twelve kilometres would start in May. The company produced about 180,000 tonnes of copper concentrate last year, and the road is its only route to the coast.

On the hillside above the road, the stones from the blockade are still piled in a neat line. "We did not take them away," Huaman said. "We only moved them to the side."
"""
ENTITIES = [
  ("Tambobamba", "Location", [], None),
  ("Peru", "State", [], None),
  ("Qollpa copper mine", "Location", [], None),
  ("Pumamarca", "Location", [], None),
  ("Pumamarca peasant community", "Group", [], None),
  ("Minera Qollpa", "Organization", [], None),
  ("Hilaria Ccahuana", "Person", [], None),
  ("Wilber Huaman", "Person", ["Huaman"], None),
  ("Lima", "Location", [], None),
  ("Ministry of Energy and Mines", "Organization", [], None),
]
STATEMENTS = [
  ("indirect", "Minera Qollpa", "said", ["it could not pay a cash bonus"]),
  ("indirect", "Minera Qollpa", "says", ["heavy rains delayed the paving"]),
  ("direct", "Hilaria Ccahuana", "said", ["We gave them our land and they gave us dust,"]),
  ("indirect", "Wilber Huaman", "said", ["the talks in Lima would decide whether the truce became something more"]),
  ("partial", "Minera Qollpa", "said", ["it was \"committed to dialogue\""]),
  ("indirect", "Minera Qollpa", "said", ["paving of the first twelve kilometres would start in May"]),
  ("direct", "Wilber Huaman", "said", ["We did not take them away,", "We only moved them to the side."]),
]
AGREEMENTS = [
  ("truce", "a 60-day truce", ["Pumamarca peasant community", "Minera Qollpa"], "signed", "2026-11-12", "Tambobamba"),
  ("truce", "A truce signed in March between the same two parties", ["Pumamarca peasant community", "Minera Qollpa"], "collapsed", "2026-03", None),
  ("framework", "a 2017 framework agreement between Minera Qollpa and the community", ["Minera Qollpa", "Pumamarca peasant community"], "violated", "2017", None),
  ("agreement", "a compensation agreement for grazing land", ["Pumamarca peasant community", "Minera Qollpa"], "negotiating", None, None),
  ("plan", "a development plan for the province", ["Ministry of Energy and Mines"], "proposed", None, None),
]
