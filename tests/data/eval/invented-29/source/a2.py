ID = "inv29-dailymaverick-south-africa-zimbabwe-beitbridge-border-post-talks-2026-10-22"
TITLE = "Beitbridge: a one-stop border post still on paper as the truckers' truce is extended"
PUB = "2026-10-22"
TEXT = """At Beitbridge, the queue of lorries waiting to cross the Limpopo into Zimbabwe stretched 14 kilometres on Tuesday morning. Inside the cabs, drivers slept, cooked and waited. By Thursday most of them were still there.

South Africa and Zimbabwe have been negotiating a memorandum of understanding on a joint one-stop border post since March, when Harare proposed it at a meeting of the two countries' home affairs ministers. Officials from both governments met again in Musina on Monday, but the Department of Home Affairs said several questions remained open, including who would pay for the cargo scanners.

"We are close, but close is not a border post," Home Affairs Deputy Minister Nomvula Khumalo told Daily Maverick. She said South Africa wanted the memorandum signed before the December holiday rush.

Zimbabwe's Ministry of Home Affairs said in a statement that Harare was ready to sign as soon as the technical teams had finished their work.

The talks are overshadowed by a 2023 customs deal that was supposed to end the queues. Under it, the South African Revenue Service and the Zimbabwe Revenue Authority agreed to share cargo manifests electronically, so that a truck would be cleared once rather than twice. The deal was signed in Pretoria in May 2023, but the revenue service says its Zimbabwean counterpart has violated it by bringing back paper checks since July.

A spokesperson for the Zimbabwe Revenue Authority said the paper checks were temporary and were needed because the shared computer system kept failing.

The drivers, meanwhile, have an agreement of their own. In August, after a week-long blockade of the N1, the Cross-Border Drivers' Union and the Limpopo Hauliers' Association signed a truce under which companies pay drivers a daily allowance for every day spent in the queue beyond 48 hours. The Department of Employment and Labour brokered it. On Wednesday the two sides extended the truce until the end of January.

Union organiser Sipho Mahlangu said the allowance had kept the peace on the road. "A driver who is paid to wait does not block the highway," he said. But the association's chairperson, Annelie Botha, warned that members could not keep paying if the queues grew longer. "The truce was meant to be a bridge, not a salary," she said.

Economist Farai Moyo of the University of Zimbabwe said the memorandum would mean little unless the customs deal was repaired first. He said each day lost at the border cost exporters in the region millions of rand.

Back in the queue, driver Tendai Chikore said he had been waiting for 60 hours with a load of copper from Zambia. "They sign papers in offices, and we eat bread on the roadside," he said.

The Department of Home Affairs said the next round of talks would be held in Victoria Falls in November."""
ENTITIES = [
    ("Beitbridge", "Location", [], None),
    ("Limpopo", "Location", [], None),
    ("Zimbabwe", "State", ["Harare"], "Q954"),
    ("South Africa", "State", [], "Q258"),
    ("Musina", "Location", [], None),
    ("Department of Home Affairs", "Organization", [], None),
    ("Nomvula Khumalo", "Person", [], None),
    ("Daily Maverick", "Organization", [], None),
    ("Zimbabwe's Ministry of Home Affairs", "Organization", [], None),
    ("South African Revenue Service", "Organization", ["the revenue service"], None),
    ("Zimbabwe Revenue Authority", "Organization", [], None),
    ("Pretoria", "Location", [], None),
    ("N1", "Location", [], None),
    ("Cross-Border Drivers' Union", "Organization", [], None),
    ("Limpopo Hauliers' Association", "Organization", [], None),
    ("Department of Employment and Labour", "Organization", [], None),
    ("Sipho Mahlangu", "Person", [], None),
    ("Annelie Botha", "Person", [], None),
    ("Farai Moyo", "Person", [], None),
    ("University of Zimbabwe", "Organization", [], None),
    ("Tendai Chikore", "Person", [], None),
    ("Zambia", "State", [], "Q953"),
    ("Victoria Falls", "Location", [], None),
]
H = "Department of Home Affairs"
STATEMENTS = [
    ("indirect", H, "said", ["several questions remained open, including who would pay for the cargo scanners"]),
    ("direct", "Nomvula Khumalo", "told Daily Maverick", ["We are close, but close is not a border post,"]),
    ("indirect", "Nomvula Khumalo", "She said", ["South Africa wanted the memorandum signed before the December holiday rush"]),
    ("indirect", "Zimbabwe's Ministry of Home Affairs", "said in a statement", ["Harare was ready to sign as soon as the technical teams had finished their work"]),
    ("indirect", "South African Revenue Service", "says", ["its Zimbabwean counterpart has violated it by bringing back paper checks since July"]),
    ("indirect", "Zimbabwe Revenue Authority", "said", ["the paper checks were temporary and were needed because the shared computer system kept failing"]),
    ("indirect", "Sipho Mahlangu", "said", ["the allowance had kept the peace on the road"]),
    ("direct", "Sipho Mahlangu", "he said", ["A driver who is paid to wait does not block the highway,"]),
    ("indirect", "Annelie Botha", "warned", ["members could not keep paying if the queues grew longer"]),
    ("direct", "Annelie Botha", "she said", ["The truce was meant to be a bridge, not a salary,"]),
    ("indirect", "Farai Moyo", "said", ["the memorandum would mean little unless the customs deal was repaired first"]),
    ("indirect", "Farai Moyo", "He said", ["each day lost at the border cost exporters in the region millions of rand"]),
    ("indirect", "Tendai Chikore", "said", ["he had been waiting for 60 hours with a load of copper from Zambia"]),
    ("direct", "Tendai Chikore", "he said", ["They sign papers in offices, and we eat bread on the roadside,"]),
    ("indirect", H, "said", ["the next round of talks would be held in Victoria Falls in November"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding on a joint one-stop border post", ["South Africa", "Zimbabwe"], "negotiating", None, None),
    ("deal", "a 2023 customs deal", ["South African Revenue Service", "Zimbabwe Revenue Authority"], "violated", "2023-05", "Pretoria"),
    ("truce", "a truce under which companies pay drivers a daily allowance", ["Cross-Border Drivers' Union", "Limpopo Hauliers' Association"], "in-force", "2026-08", None),
]
