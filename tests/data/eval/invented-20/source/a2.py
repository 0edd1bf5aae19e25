ID = "inv20-business-bolivia-chile-lithium-export-corridor-2026-09-03"
TITLE = "Bolivia and Chile sign lithium corridor memorandum; traders eye faster exports"
PUB = "2026-09-03"
TEXT = """LA PAZ, Sept 3 - Bolivia and Chile signed a memorandum of understanding in Santiago on Tuesday to study a shared export corridor for lithium carbonate through the Chilean port of Antofagasta, a step that traders said could cut shipping times for Bolivian producers by a week. Tariffs and port fees will be negotiated separately, officials from both countries said.

Shares in Chilean logistics firms rose on the news. Bolivia's state lithium company, Salares Andinos Bolivianos, produced about 4,000 tonnes of lithium carbonate last year from the Uyuni salt flat, most of it trucked to Arica under a 2019 transit agreement that lets Bolivian cargo pass through the port free of storage charges. That agreement remains in force, and the new memorandum does not change it, said Chile's deputy foreign minister, Ignacio Barros Leiva.

Bolivia's minister of hydrocarbons and energy, Teresa Quispe Mamani, called the memorandum "the first time we have sat at the same table on lithium and not only on the sea". Relations between the two countries have been strained for decades over Bolivia's lost coastline.

The corridor study comes a year after Bolivia's biggest foreign lithium venture fell apart. A 2023 deal between Salares Andinos Bolivianos and a Chinese consortium, Huaxin Andes Mining, to build two extraction plants collapsed last year after the consortium failed to secure financing. Quispe said Bolivia would seek new partners "with money on the table, not only on paper".

In Chile, mining companies are watching water. Minera Atacama Nacional, the state-controlled producer that operates on the Atacama salt flat, and the Indigenous council of the village of Peine reached an agreement in August on monitoring groundwater levels near the village. Council president Rosa Cruz Anza said the council would "check every well, every month".

Argentina, the third member of what traders call the lithium triangle, has proposed a regional price forum for lithium producers. Neither Bolivia nor Chile has replied to the proposal, and analysts in Buenos Aires said a forum was unlikely before 2028.

Analysts were cautious about the corridor. "A memorandum is a promise to study, not a road," said Martin Elgueta, a commodities analyst at Andes Research in Santiago. He said road upgrades near the border at Ollague would take at least three years.

The study is due to be finished by June 2027. A joint technical committee of the two governments will meet in La Paz in October to set its terms.
"""
ENTITIES = [
  ("Bolivia", "State", ["Bolivian"], None),
  ("Chile", "State", ["Chilean"], None),
  ("La Paz", "Location", [], None),
  ("Santiago", "Location", [], None),
  ("Antofagasta", "Location", [], None),
  ("Salares Andinos Bolivianos", "Organization", [], None),
  ("Uyuni", "Location", [], None),
  ("Arica", "Location", [], None),
  ("Ignacio Barros Leiva", "Person", [], None),
  ("Teresa Quispe Mamani", "Person", ["Quispe"], None),
  ("Huaxin Andes Mining", "Organization", [], None),
  ("Minera Atacama Nacional", "Organization", [], None),
  ("Atacama", "Location", [], None),
  ("Indigenous council of the village of Peine", "Organization", [], None),
  ("Peine", "Location", [], None),
  ("Rosa Cruz Anza", "Person", [], None),
  ("Argentina", "State", [], None),
  ("Buenos Aires", "Location", [], None),
  ("Martin Elgueta", "Person", [], None),
  ("Andes Research", "Organization", [], None),
  ("Ollague", "Location", [], None),
]
STATEMENTS = [
  ("indirect", "Ignacio Barros Leiva", "said", ["That agreement remains in force, and the new memorandum does not change it"]),
  ("partial", "Teresa Quispe Mamani", "called", ['the memorandum "the first time we have sat at the same table on lithium and not only on the sea"']),
  ("partial", "Teresa Quispe Mamani", "said", ['Bolivia would seek new partners "with money on the table, not only on paper"']),
  ("partial", "Rosa Cruz Anza", "said", ['the council would "check every well, every month"']),
  ("direct", "Martin Elgueta", "said", ["A memorandum is a promise to study, not a road,"]),
  ("indirect", "Martin Elgueta", "said", ["road upgrades near the border at Ollague would take at least three years"]),
]
AGREEMENTS = [
  ("memorandum", "a memorandum of understanding", ["Bolivia", "Chile"], "signed", "2026-09-01", "Santiago"),
  ("agreement", "a 2019 transit agreement", ["Bolivia", "Chile"], "in-force", "2019", None),
  ("deal", "A 2023 deal between Salares Andinos Bolivianos and a Chinese consortium, Huaxin Andes Mining", ["Salares Andinos Bolivianos", "Huaxin Andes Mining"], "collapsed", "2023", None),
  ("agreement", "reached an agreement in August on monitoring groundwater levels", ["Minera Atacama Nacional", "Indigenous council of the village of Peine"], "reached", "2026-08", None),
  ("proposal", "a regional price forum for lithium producers", ["Argentina"], "proposed", None, None),
]
