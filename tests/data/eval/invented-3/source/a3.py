ID = "inv3-reuters-moldova-transnistria-rail-protocol-2026-09-22"
TITLE = "Moldova, breakaway Transnistria sign rail protocol as OSCE pushes wider package"
PUB = "2026-09-22"
TEXT = """CHISINAU, Sept 22 (Reuters) - Moldova and its breakaway region of Transnistria signed a protocol on Monday to reopen a freight rail line closed since 2022, officials from both sides said, a rare sign of cooperation as mediators push for a broader package of measures.

The protocol, signed at the office of the Organization for Security and Co-operation in Europe (OSCE) in the town of Bender, allows cargo trains to run from Chisinau to the Ukrainian border across Transnistrian territory under joint customs checks, Moldova's Bureau for Reintegration Policies said in a statement.

Moldova's deputy prime minister for reintegration, Radu Cebotari, told reporters in Chisinau on Monday that the line would open to traffic within a month. "The rails do not care about politics, and for one afternoon neither did we," he said.

Transnistria's chief negotiator, Vitalie Grusha, took questions from reporters in Tiraspol on Monday evening but did not mention the wider settlement talks. The region's leader, Vadim Krasnov, said on Telegram that the protocol was "purely technical" and did not change Transnistria's position on its status.

Transnistria, a strip of land between the Dniester river and Ukraine, broke away from Moldova in a brief war in 1992 and is not recognised by any member of the United Nations. Russia keeps about 1,500 troops there.

Freight traffic through the region fell by two thirds after the line was closed, according to Moldova's state railway company, Calea Ferata din Moldova. Ukraine's rail operator, Ukrzaliznytsia, confirmed that trains from Moldova would be able to reach the port of Odesa through the Kuchurhan crossing once the line reopens.

A separate customs arrangement, which took effect on Sept. 1, lets companies registered in the region export to the European Union if they clear their goods at Moldovan posts. It was agreed in July by Chisinau and Tiraspol, with help from the European Union Border Assistance Mission to Moldova and Ukraine (EUBAM).

An OSCE spokesperson, Marta Lindqvist, said the organisation hoped the rail protocol would give "fresh momentum" to the Bender package, a set of proposals the OSCE put forward in March covering telephone roaming, vehicle plates and school fees.

"Every train that crosses the river makes the next step easier," Lindqvist said. "The hard questions remain hard."

The Moldovan government announced on Monday that it would also scrap exam fees for students from Transnistria who sit national exams in Chisinau.

Two Western diplomats in Chisinau said Russia had not tried to block the rail deal, although Moscow has criticised Moldova's bid to join the European Union. One of them said Tiraspol needed the revenue after losing cheap Russian gas at the start of last year.

Earlier efforts to link the two banks of the Dniester have had mixed results. A 2019 deal on mobile phone roaming collapsed within a year after the operators on both sides failed to agree on fees, and talks in the so-called 5+2 format, which includes Russia, Ukraine, the OSCE, the United States and the EU, have been frozen since 2022.

Transnistria's foreign ministry said in a statement that the region was ready for "further practical steps" but would not discuss political questions "under pressure from Brussels". Cebotari said Chisinau would present new proposals on vehicle plates at the next round of talks, planned for November in Bender.

Moldova, which became a candidate for EU membership in 2022, says reintegrating the region peacefully is a condition for joining the bloc.

(Reporting by Reuters staff; editing by the Chisinau desk)
"""
ENTITIES = [
  ("Moldova","State",["Chisinau","Moldovan government","Moldovan"],"Q217"),
  ("Transnistria","Organization",["Tiraspol","Transnistrian"],None),
  ("Reuters","Organization",[],"Q130879"),
  ("officials from both sides","Group",[],None),
  ("Organization for Security and Co-operation in Europe","Organization",["OSCE"],"Q81299"),
  ("Bender","Location",[],None),
  ("Ukraine","State",["Ukrainian"],"Q212"),
  ("Bureau for Reintegration Policies","Organization",[],None),
  ("Radu Cebotari","Person",["Cebotari"],None),
  ("Vitalie Grusha","Person",[],None),
  ("Vadim Krasnov","Person",[],None),
  ("Telegram","Organization",[],None),
  ("Dniester","Location",[],None),
  ("United Nations","Organization",[],"Q1065"),
  ("Russia","State",["Moscow","Russian"],"Q159"),
  ("Calea Ferata din Moldova","Organization",[],None),
  ("Ukrzaliznytsia","Organization",[],None),
  ("Odesa","Location",[],"Q1874"),
  ("Kuchurhan","Location",[],None),
  ("European Union","Organization",["EU"],"Q458"),
  ("European Union Border Assistance Mission to Moldova and Ukraine","Organization",["EUBAM"],None),
  ("Marta Lindqvist","Person",["Lindqvist"],None),
  ("Two Western diplomats in Chisinau","Group",[],None),
  ("One of them","Group",[],None),
  ("United States","State",[],"Q30"),
  ("Transnistria's foreign ministry","Organization",[],None),
  ("Brussels","Location",[],"Q239"),
]
STATEMENTS = [
  ("indirect","officials from both sides","said",["Moldova and its breakaway region of Transnistria signed a protocol on Monday to reopen a freight rail line closed since 2022"]),
  ("indirect","Bureau for Reintegration Policies","said in a statement",["The protocol, signed at the office of the Organization for Security and Co-operation in Europe (OSCE) in the town of Bender, allows cargo trains to run from Chisinau to the Ukrainian border across Transnistrian territory under joint customs checks"]),
  ("indirect","Radu Cebotari","told reporters",["the line would open to traffic within a month"]),
  ("direct","Radu Cebotari","said",["The rails do not care about politics, and for one afternoon neither did we,"]),
  ("indirect","Vadim Krasnov","said on Telegram",['the protocol was "purely technical" and did not change Transnistria\'s position on its status']),
  ("indirect","Calea Ferata din Moldova","according to",["Freight traffic through the region fell by two thirds after the line was closed"]),
  ("indirect","Ukrzaliznytsia","confirmed",["trains from Moldova would be able to reach the port of Odesa through the Kuchurhan crossing once the line reopens"]),
  ("indirect","Marta Lindqvist","said",['the organisation hoped the rail protocol would give "fresh momentum" to the Bender package, a set of proposals the OSCE put forward in March covering telephone roaming, vehicle plates and school fees']),
  ("direct","Marta Lindqvist","said",["Every train that crosses the river makes the next step easier,", "The hard questions remain hard."]),
  ("indirect","Moldova","announced",["it would also scrap exam fees for students from Transnistria who sit national exams in Chisinau"]),
  ("indirect","Two Western diplomats in Chisinau","said",["Russia had not tried to block the rail deal, although Moscow has criticised Moldova's bid to join the European Union"]),
  ("indirect","One of them","said",["Tiraspol needed the revenue after losing cheap Russian gas at the start of last year"]),
  ("indirect","Transnistria's foreign ministry","said in a statement",['the region was ready for "further practical steps" but would not discuss political questions "under pressure from Brussels"']),
  ("indirect","Radu Cebotari","said",["Chisinau would present new proposals on vehicle plates at the next round of talks, planned for November in Bender"]),
  ("indirect","Moldova","says",["reintegrating the region peacefully is a condition for joining the bloc"]),
]
AGREEMENTS = [
  ("protocol","a protocol on Monday to reopen a freight rail line",["Moldova","Transnistria"],"signed","2026-09-21","Bender"),
  ("agreement","A separate customs arrangement",["Moldova","Transnistria"],"in-force","2026-09-01",None),
  ("proposal","the Bender package",["Organization for Security and Co-operation in Europe"],"proposed",None,None),
  ("proposal","new proposals on vehicle plates",["Moldova"],"proposed",None,None),
  ("deal","A 2019 deal on mobile phone roaming",[],"collapsed",None,None),
]
