ID = "inv8-reuters-cameroon-anglophone-humanitarian-truce-2026-06-09"
TITLE = "Cameroon and separatist council agree 60-day truce in English-speaking regions"
PUB = "2026-06-09"
TEXT = """YAOUNDE, June 9 (Reuters) - Cameroon's government and a coalition of English-speaking separatist groups agreed on Tuesday to a 60-day humanitarian truce in the country's North-West and South-West regions, the first pause in fighting since the conflict began nearly a decade ago.

The truce, reached after four days of talks mediated by Switzerland in the town of Montreux, will take effect on Monday. It covers the separatist coalition, which calls itself the Southern Cameroons Defence Council, and the army's units in the two regions. Swiss officials said their country would not sign the text and would act only as a witness.

"This is not peace, but it is the first time the guns will be quiet by agreement," the council's spokesman, Ebenezer Tangwa, told Reuters. Cameroon's minister of territorial administration, Paul Ndongo Essomba, said the government "has not conceded anything on the unity of the nation."

Previous attempts ended badly. Talks on a framework for wider negotiations, which Switzerland hosted in 2021, collapsed in their second year when the government left the table, accusing the separatists of attacks on schools.

Not all fighters are covered. The Manyu Tigers, an armed group active near the Nigerian border, said on Sunday that it no longer considered itself bound by a local ceasefire it had signed with army commanders in Mamfe last year. Its leader, a man known as General Ayuk Ransome, said the army had broken the deal first.

Schools have been one bright spot. The council's accord with the Catholic Archdiocese of Bamenda, which allows mission schools to reopen without threats, has been in force since March and about 40,000 pupils have returned to classrooms, the archdiocese said.

The opposition Social Democratic Front has put forward a plan for a national dialogue on a return to a federal system, which the party says should follow the truce. The government has rejected federalism in the past, and the council wants full independence.

Nigeria, where more than 70,000 Cameroonians have fled, welcomed the truce. The United Nations refugee agency said many families would wait to see whether it held before going home.

Humanitarian groups said the pause would allow them to reach villages cut off for months. The International Crisis Group, a think tank, said any truce was "only as strong as the weakest commander on either side."

A diplomat in Yaounde said the real test would be the weekly market days in Bamenda and Buea, which separatists have often shut down with lockdowns. The truce text, seen by Reuters, says both sides will allow markets, clinics and schools to open and will let aid convoys pass checkpoints.

The conflict began in 2016 when protests by lawyers and teachers against the use of French in courts and schools in the English-speaking regions were put down by security forces. Separatists declared independence the following year. More than 6,000 people have been killed, according to rights groups.
"""
ENTITIES = [
  ("Cameroon", "State", ["Cameroon's government"], None),
  ("Reuters", "Organization", [], None),
  ("North-West", "Location", [], None),
  ("South-West", "Location", [], None),
  ("Switzerland", "State", [], None),
  ("Montreux", "Location", [], None),
  ("Southern Cameroons Defence Council", "ArmedGroup", [], None),
  ("Ebenezer Tangwa", "Person", [], None),
  ("Paul Ndongo Essomba", "Person", [], None),
  ("Manyu Tigers", "ArmedGroup", [], None),
  ("Mamfe", "Location", [], None),
  ("Ayuk Ransome", "Person", [], None),
  ("Catholic Archdiocese of Bamenda", "Organization", [], None),
  ("Social Democratic Front", "Organization", [], None),
  ("Nigeria", "State", [], None),
  ("United Nations refugee agency", "Organization", [], None),
  ("International Crisis Group", "Organization", [], None),
  ("Humanitarian groups", "Group", [], None),
  ("A diplomat in Yaounde", "Group", [], None),
  ("Bamenda", "Location", [], None),
  ("Buea", "Location", [], None),
  ("Yaounde", "Location", [], None),
]
STATEMENTS = [
  ("indirect", "Switzerland", "said", ["their country would not sign the text and would act only as a witness"]),
  ("direct", "Ebenezer Tangwa", "told Reuters", ["This is not peace, but it is the first time the guns will be quiet by agreement,"]),
  ("partial", "Paul Ndongo Essomba", "said", ['the government "has not conceded anything on the unity of the nation."']),
  ("indirect", "Manyu Tigers", "said", ["it no longer considered itself bound by a local ceasefire it had signed with army commanders in Mamfe last year"]),
  ("indirect", "Ayuk Ransome", "said", ["the army had broken the deal first"]),
  ("indirect", "Catholic Archdiocese of Bamenda", "said", ["about 40,000 pupils have returned to classrooms"]),
  ("indirect", "United Nations refugee agency", "said", ["many families would wait to see whether it held before going home"]),
  ("indirect", "Humanitarian groups", "said", ["the pause would allow them to reach villages cut off for months"]),
  ("partial", "International Crisis Group", "said", ['any truce was "only as strong as the weakest commander on either side."']),
  ("indirect", "A diplomat in Yaounde", "said", ["the real test would be the weekly market days in Bamenda and Buea, which separatists have often shut down with lockdowns"]),
]
AGREEMENTS = [
  ("truce", "a 60-day humanitarian truce in the country's North-West and South-West regions", ["Cameroon", "Southern Cameroons Defence Council"], "reached", "2026-06-09", "Montreux"),
  ("framework", "a framework for wider negotiations", ["Cameroon", "Southern Cameroons Defence Council"], "collapsed", None, None),
  ("ceasefire", "a local ceasefire it had signed with army commanders in Mamfe", ["Manyu Tigers", "Cameroon"], "withdrawn", None, "Mamfe"),
  ("accord", "The council's accord with the Catholic Archdiocese of Bamenda", ["Southern Cameroons Defence Council", "Catholic Archdiocese of Bamenda"], "in-force", None, None),
  ("plan", "a plan for a national dialogue on a return to a federal system", ["Social Democratic Front"], "proposed", None, None),
]
