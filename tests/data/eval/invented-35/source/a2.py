ID = "inv35-baherald-argentina-uk-falklands-squid-data-sharing-2026-06-03"
TITLE = "Argentina and UK to share squid stock data again, two decades after fisheries commission went quiet"
PUB = "2026-06-03"
TEXT = """BY LUCÍA FERRARI
Herald Staff

Argentina and the United Kingdom have agreed in principle to resume exchanging scientific data on squid and hake stocks in the South Atlantic, the Foreign Ministry confirmed yesterday, in the first fisheries cooperation between the two countries since talks in the South Atlantic Fisheries Commission stopped in 2005.

Under a draft protocol still being negotiated in London, researchers from both sides would share catch figures and survey results for the Illex squid, which migrates between Argentine waters and the seas around the Malvinas/Falkland Islands, twice a year. Sovereignty would not be discussed.

"This is about fish, not flags," a Foreign Ministry spokesperson said. "Argentina's claim is untouched by a spreadsheet."

Foreign Minister Martín Echeverría told radio Mitre that the government had insisted on an "umbrella" clause, a formula first used in the 1989 Madrid joint statement, so that nothing in the protocol could be read as a concession. He said Buenos Aires expected to sign before the squid season opens in February.

The British Embassy in Buenos Aires said in a statement that the United Kingdom welcomed "practical cooperation that benefits both fishing industries" and that the Falkland Islands Government had been consulted throughout.

In Stanley, the islands' government was more guarded. Its fisheries director, Helen Marsh, said the islanders would judge the protocol "on the detail". She added that the data would go to scientists, not to ministries.

The deal has been criticised at home. Deputies from the opposition bloc accused Echeverría of "handing the British a free survey" and demanded that he appear before Congress. Senator Graciela Ibarra, who chairs the Senate's foreign affairs committee, said the committee would call him next week.

The fishing industry, which has seen squid catches swing by as much as 60 percent from one season to the next, is broadly in favour. The Chamber of Patagonian Shipowners said in a statement that better data meant "fewer surprises and fewer empty holds".

Rodolfo Sanz, a captain who has fished out of Puerto Madryn for thirty years, said he had lost two seasons to stocks that "vanished" across the line. "We fish the same animal. It does not carry a passport," Sanz said.

Researchers at the National Institute for Fisheries Research and Development (INIDEP) in Mar del Plata have warned that the squid stock could collapse if both sides keep setting quotas blind. A scientist at the institute, who asked not to be named because she was not authorised to speak, said the first exchange could take place within weeks of signing.

The commission, set up in 1990, met regularly for fifteen years before Argentina pulled out. Diplomats in London say the new protocol would not revive it.

Echeverría is due in London on June 18 for what his office called a "technical round"."""
ENTITIES = [
    ("Argentina", "State", ["Buenos Aires"], "Q414"),
    ("United Kingdom", "State", ["the British"], "Q145"),
    ("Lucía Ferrari", "Person", ["LUCÍA FERRARI"], None),
    ("Foreign Ministry", "Organization", [], None),
    ("South Atlantic Fisheries Commission", "Organization", ["The commission"], None),
    ("South Atlantic", "Location", [], None),
    ("London", "Location", [], None),
    ("Malvinas/Falkland Islands", "Location", [], None),
    ("Martín Echeverría", "Person", ["Echeverría"], None),
    ("Mitre", "Organization", [], None),
    ("Madrid", "Location", [], None),
    ("British Embassy in Buenos Aires", "Organization", [], None),
    ("Falkland Islands Government", "Organization", ["the islands' government"], None),
    ("Stanley", "Location", [], None),
    ("Helen Marsh", "Person", [], None),
    ("Deputies from the opposition bloc", "Group", [], None),
    ("Congress", "Organization", [], None),
    ("Graciela Ibarra", "Person", [], None),
    ("Senate", "Organization", [], None),
    ("Chamber of Patagonian Shipowners", "Organization", [], None),
    ("Rodolfo Sanz", "Person", ["Sanz"], None),
    ("Puerto Madryn", "Location", [], None),
    ("Researchers at the National Institute for Fisheries Research and Development (INIDEP)", "Group", [], None),
    ("National Institute for Fisheries Research and Development", "Organization", ["INIDEP"], None),
    ("Mar del Plata", "Location", [], None),
    ("A scientist at the institute", "Group", [], None),
    ("Diplomats in London", "Group", [], None),
]
FM = "Foreign Ministry"
E = "Martín Echeverría"
STATEMENTS = [
    ("indirect", FM, "confirmed yesterday", ["Argentina and the United Kingdom have agreed in principle to resume exchanging scientific data on squid and hake stocks in the South Atlantic"]),
    ("direct", FM, "a Foreign Ministry spokesperson said", ["This is about fish, not flags,", "Argentina's claim is untouched by a spreadsheet."]),
    ("partial", E, "told radio Mitre", ['the government had insisted on an "umbrella" clause, a formula first used in the 1989 Madrid joint statement, so that nothing in the protocol could be read as a concession']),
    ("indirect", E, "He said", ["Buenos Aires expected to sign before the squid season opens in February"]),
    ("partial", "British Embassy in Buenos Aires", "said in a statement", ["the United Kingdom welcomed \"practical cooperation that benefits both fishing industries\""]),
    ("indirect", "British Embassy in Buenos Aires", "said in a statement", ["the Falkland Islands Government had been consulted throughout"]),
    ("partial", "Helen Marsh", "said", ['the islanders would judge the protocol "on the detail"']),
    ("indirect", "Helen Marsh", "She added", ["the data would go to scientists, not to ministries"]),
    ("partial", "Deputies from the opposition bloc", "accused", ['Echeverría of "handing the British a free survey"']),
    ("indirect", "Graciela Ibarra", "said", ["the committee would call him next week"]),
    ("partial", "Chamber of Patagonian Shipowners", "said in a statement", ['better data meant "fewer surprises and fewer empty holds"']),
    ("partial", "Rodolfo Sanz", "said", ['he had lost two seasons to stocks that "vanished" across the line']),
    ("direct", "Rodolfo Sanz", "Sanz said", ["We fish the same animal. It does not carry a passport,"]),
    ("indirect", "Researchers at the National Institute for Fisheries Research and Development (INIDEP)", "have warned", ["the squid stock could collapse if both sides keep setting quotas blind"]),
    ("indirect", "A scientist at the institute", "said", ["the first exchange could take place within weeks of signing"]),
    ("indirect", "Diplomats in London", "say", ["the new protocol would not revive it"]),
]
AGREEMENTS = [
    ("protocol", "a draft protocol", ["Argentina", "United Kingdom"], "negotiating", None, "London"),
    ("declaration", "the 1989 Madrid joint statement", ["Argentina", "United Kingdom"], "unknown", "1989", "Madrid"),
]
