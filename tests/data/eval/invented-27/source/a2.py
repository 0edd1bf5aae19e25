ID = "inv27-agenciabrasil-brazil-amazon-land-demarcation-pact-2026-08-11"
TITLE = "Pará signs demarcation pact with Kayapó associations as loggers' federation objects"
PUB = "2026-08-11"
TEXT = """BELÉM (Agência Brasil) - The government of Pará and three Kayapó associations signed a pact on Monday to mark out the boundaries of the Rio Fresco indigenous territory within eighteen months, the National Foundation of Indigenous Peoples said.

The pact commits the state to remove illegal settlers from the area and to fund river patrols, Funai said in a note. It said the demarcation team would begin work in the dry season.

Governor Paulo Ribeiro Lima said at the signing ceremony that the agreement was "a debt paid late, but paid." He said the state would hire 200 new environmental inspectors. "No one will be evicted without a hearing," Lima said.

Raoni Kôkôti Metuktire, president of the Kayapó Rio Fresco Association, said his people had waited thirty years for the line to be drawn. "The forest does not move. The fences do," he said.

The Federation of Timber Producers of Pará has warned that the pact will put some 4,000 jobs at risk. Its director, Carlos Menezes, said sawmills in São Félix do Xingu had been given no time to adapt.

A federal prosecutor who follows the case said the pact left open who would pay compensation to settlers with valid titles. The prosecutor said the matter could end up before the Federal Supreme Court.

Mining company Serra Dourada Mineração, which holds two exploration licences inside the area, said it would respect the demarcation. A spokesman for the company said the licences had been suspended since 2025.

In Tucumã, cattle rancher Elias Monteiro said his family had bought their land legally in 1988. "We have papers older than the map," he said. His neighbour, Rosa Farias, said she would wait for the court before leaving.

Researchers at the Amazon Environmental Research Institute have estimated that deforestation inside the territory rose by 40 percent last year. According to the institute, most of the cleared land was turned into pasture.

The Ministry of Indigenous Peoples welcomed the pact. A ministry spokesperson said Brasília would send federal agents to support the patrols.

The Workers' Party, which governs at federal level, praised the deal, while the Liberal Party said it would challenge it in the state assembly. Deputy Marcos Tavares of the Liberal Party said the state had "signed away land it does not own."

An armed group known as the Bonde do Xingu has been blamed for attacks on inspectors in the area, the Federal Police said.

The first boundary posts are due to go up in September, Brazilian officials said."""
ENTITIES = [
    ("Brazil", "State", ["Brasília"], "Q155"),
    ("Belém", "Location", ["BELÉM"], None),
    ("Agência Brasil", "Organization", [], None),
    ("Pará", "Location", [], None),
    ("Rio Fresco", "Location", [], None),
    ("National Foundation of Indigenous Peoples", "Organization", ["Funai"], None),
    ("Paulo Ribeiro Lima", "Person", ["Lima"], None),
    ("Raoni Kôkôti Metuktire", "Person", [], None),
    ("Kayapó Rio Fresco Association", "Organization", [], None),
    ("Federation of Timber Producers of Pará", "Organization", [], None),
    ("Carlos Menezes", "Person", [], None),
    ("São Félix do Xingu", "Location", [], None),
    ("A federal prosecutor who follows the case", "Group", [], None),
    ("Federal Supreme Court", "Organization", [], None),
    ("Serra Dourada Mineração", "Organization", ["the company"], None),
    ("Tucumã", "Location", [], None),
    ("Elias Monteiro", "Person", [], None),
    ("Rosa Farias", "Person", [], None),
    ("Amazon Environmental Research Institute", "Organization", ["the institute"], None),
    ("Researchers at the Amazon Environmental Research Institute", "Group", [], None),
    ("Ministry of Indigenous Peoples", "Organization", [], None),
    ("Workers' Party", "Organization", [], None),
    ("Liberal Party", "Organization", [], None),
    ("Marcos Tavares", "Person", [], None),
    ("Bonde do Xingu", "ArmedGroup", [], None),
    ("Federal Police", "Organization", [], None),
]
F = "National Foundation of Indigenous Peoples"
P = "A federal prosecutor who follows the case"
STATEMENTS = [
    ("indirect", F, "the National Foundation of Indigenous Peoples said", ["The government of Pará and three Kayapó associations signed a pact on Monday to mark out the boundaries of the Rio Fresco indigenous territory within eighteen months"]),
    ("indirect", F, "Funai said", ["The pact commits the state to remove illegal settlers from the area and to fund river patrols"]),
    ("indirect", F, "It said", ["the demarcation team would begin work in the dry season"]),
    ("partial", "Paulo Ribeiro Lima", "said", ['the agreement was "a debt paid late, but paid."']),
    ("indirect", "Paulo Ribeiro Lima", "He said", ["the state would hire 200 new environmental inspectors"]),
    ("direct", "Paulo Ribeiro Lima", "Lima said", ["No one will be evicted without a hearing,"]),
    ("indirect", "Raoni Kôkôti Metuktire", "said", ["his people had waited thirty years for the line to be drawn"]),
    ("direct", "Raoni Kôkôti Metuktire", "he said", ["The forest does not move. The fences do,"]),
    ("indirect", "Federation of Timber Producers of Pará", "has warned", ["the pact will put some 4,000 jobs at risk"]),
    ("indirect", "Carlos Menezes", "said", ["sawmills in São Félix do Xingu had been given no time to adapt"]),
    ("indirect", P, "said", ["the pact left open who would pay compensation to settlers with valid titles"]),
    ("indirect", P, "The prosecutor said", ["the matter could end up before the Federal Supreme Court"]),
    ("indirect", "Serra Dourada Mineração", "said", ["it would respect the demarcation"]),
    ("indirect", "Serra Dourada Mineração", "A spokesman for the company said", ["the licences had been suspended since 2025"]),
    ("indirect", "Elias Monteiro", "said", ["his family had bought their land legally in 1988"]),
    ("direct", "Elias Monteiro", "he said", ["We have papers older than the map,"]),
    ("indirect", "Rosa Farias", "said", ["she would wait for the court before leaving"]),
    ("indirect", "Researchers at the Amazon Environmental Research Institute", "have estimated", ["deforestation inside the territory rose by 40 percent last year"]),
    ("indirect", "Amazon Environmental Research Institute", "According to", ["most of the cleared land was turned into pasture"]),
    ("indirect", "Ministry of Indigenous Peoples", "A ministry spokesperson said", ["Brasília would send federal agents to support the patrols"]),
    ("indirect", "Liberal Party", "said", ["it would challenge it in the state assembly"]),
    ("partial", "Marcos Tavares", "said", ['the state had "signed away land it does not own."']),
    ("indirect", "Federal Police", "the Federal Police said", ["An armed group known as the Bonde do Xingu has been blamed for attacks on inspectors in the area"]),
    ("indirect", "Brazil", "Brazilian officials said", ["The first boundary posts are due to go up in September"]),
]
AGREEMENTS = [
    ("agreement", "a pact on Monday to mark out the boundaries of the Rio Fresco indigenous territory", ["Pará", "Kayapó Rio Fresco Association"], "signed", "2026-08-10", None),
]
