ID = "inv38-eltiempo-colombia-venezuela-border-security-accord-cucuta-2026-09-12"
TITLE = "Colombia and Venezuela sign border security accord in Cúcuta; ELN calls it 'a declaration of war'"
PUB = "2026-09-12"
TEXT = """The governments of Colombia and Venezuela signed on Friday in Cúcuta a border security accord that creates a binational command against armed groups and drug traffickers along the 2,219-kilometre frontier, the first pact of its kind in more than a decade.

The text was signed on the Simón Bolívar International Bridge by Colombia's Defence Minister, Andrés Felipe Rincón, and the Venezuelan Defence Minister, General Néstor Ramírez Castillo. It provides for coordinated patrols on each side of the line, the exchange of intelligence on armed groups and a direct telephone line between the military commands.

Diplomats from Bogotá and Caracas had worked on the document since March, in two rounds hosted by Brazil in Brasília. Brazil will follow the implementation as an observer, the Brazilian Foreign Ministry said, but it did not sign the accord.

"Today the border stops being a no man's land," Rincón told EL TIEMPO after the ceremony. "The criminals who crossed from one country to the other to escape justice have run out of places to hide."

Ramírez Castillo said Venezuela would deploy 4,000 troops to the states of Zulia, Táchira and Apure under the accord, and accused "certain sectors in Colombia" of having used the border for years to destabilise his country.

The National Liberation Army (ELN), the largest guerrilla group still active on the border, rejected the pact in a statement posted on its website. The rebels called the accord "a declaration of war against the people of Catatumbo" and said they would not give up their positions in the region.

Colombia suspended its own talks with the ELN in January after the group attacked a military base in Arauca, ending a ceasefire that had been in place for five months.

The governor of Norte de Santander, William Villamizar Peña, welcomed the agreement but warned that it would mean little without investment. "Soldiers alone do not replace roads, schools and jobs," he said.

Not everything Caracas wanted made it into the final text. A Venezuelan proposal to create a demilitarised strip along the Arauca River was left out and will be discussed again in December, according to two officials who took part in the talks.

The two countries last had a similar arrangement in 2011, when they signed a memorandum on security cooperation that both sides stopped applying after relations broke down. Consular offices in Cúcuta and San Antonio del Táchira reopened only three years ago.

Analysts were cautious. Laura Camacho, a researcher at the Peace and Reconciliation Foundation in Bogotá, said the accord could cut smuggling but that the binational command would depend on trust "that does not exist yet between the two armies."

The Ombudsman's Office said it had registered 31 displacements of families in Catatumbo since August and asked both governments to include human rights monitors in the new command."""
ENTITIES = [
    ("Colombia", "State", ["Bogotá"], "Q739"),
    ("Venezuela", "State", ["Caracas"], "Q717"),
    ("Cúcuta", "Location", [], None),
    ("Simón Bolívar International Bridge", "Location", [], None),
    ("Andrés Felipe Rincón", "Person", ["Rincón"], None),
    ("Néstor Ramírez Castillo", "Person", ["Ramírez Castillo"], None),
    ("Brazil", "State", [], "Q155"),
    ("Brasília", "Location", [], "Q2844"),
    ("Brazilian Foreign Ministry", "Organization", [], None),
    ("El Tiempo", "Organization", ["EL TIEMPO"], None),
    ("Zulia", "Location", [], None),
    ("Táchira", "Location", [], None),
    ("Apure", "Location", [], None),
    ("National Liberation Army", "ArmedGroup", ["ELN", "The rebels"], None),
    ("Catatumbo", "Location", [], None),
    ("Arauca", "Location", [], None),
    ("Norte de Santander", "Location", [], None),
    ("William Villamizar Peña", "Person", [], None),
    ("Arauca River", "Location", [], None),
    ("two officials who took part in the talks", "Group", [], None),
    ("San Antonio del Táchira", "Location", [], None),
    ("Laura Camacho", "Person", [], None),
    ("Peace and Reconciliation Foundation", "Organization", [], None),
    ("Ombudsman's Office", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Brazilian Foreign Ministry", "said", ["Brazil will follow the implementation as an observer"]),
    ("direct", "Andrés Felipe Rincón", "told EL TIEMPO", ["Today the border stops being a no man's land,", "The criminals who crossed from one country to the other to escape justice have run out of places to hide."]),
    ("indirect", "Néstor Ramírez Castillo", "said", ["Venezuela would deploy 4,000 troops to the states of Zulia, Táchira and Apure under the accord"]),
    ("partial", "Néstor Ramírez Castillo", "accused", ['"certain sectors in Colombia" of having used the border for years to destabilise his country']),
    ("partial", "National Liberation Army", "called", ['the accord "a declaration of war against the people of Catatumbo"']),
    ("indirect", "National Liberation Army", "said", ["they would not give up their positions in the region"]),
    ("indirect", "William Villamizar Peña", "warned", ["it would mean little without investment"]),
    ("direct", "William Villamizar Peña", "he said", ["Soldiers alone do not replace roads, schools and jobs,"]),
    ("indirect", "two officials who took part in the talks", "according to", ["A Venezuelan proposal to create a demilitarised strip along the Arauca River was left out and will be discussed again in December"]),
    ("partial", "Laura Camacho", "said", ['the accord could cut smuggling but that the binational command would depend on trust "that does not exist yet between the two armies."']),
    ("indirect", "Ombudsman's Office", "said", ["it had registered 31 displacements of families in Catatumbo since August"]),
    ("indirect", "Ombudsman's Office", "asked", ["both governments to include human rights monitors in the new command"]),
]
AGREEMENTS = [
    ("accord", "a border security accord", ["Colombia", "Venezuela"], "signed", "2026-09-11", "Cúcuta"),
    ("proposal", "A Venezuelan proposal to create a demilitarised strip along the Arauca River", ["Venezuela"], "proposed", None, None),
    ("ceasefire", "a ceasefire that had been in place for five months", ["Colombia", "National Liberation Army"], "collapsed", None, None),
    ("memorandum", "a memorandum on security cooperation", ["Colombia", "Venezuela"], "abandoned", "2011", None),
]
