ID = "inv39-mnd-mexico-us-security-cooperation-pact-sinaloa-2026-06-11"
TITLE = "Mexico and US sign security pact on fentanyl, arms trafficking"
PUB = "2026-06-11"
TEXT = """Mexico and the United States signed a bilateral security cooperation agreement in Mexico City on Wednesday that commits both governments to share intelligence on fentanyl production and to curb the flow of U.S.-made firearms across the border.

The pact, negotiated over five months by a high-level group of security officials, replaces the Bicentennial Framework of October 2021, from which both governments formally withdrew at the same ceremony. It creates a joint committee that will meet every three months, alternating between the two capitals.

Security Minister Omar de la Garza Villarreal told reporters at the National Palace that the agreement "respects Mexico's sovereignty in every line" and does not allow U.S. troops or agents to operate on Mexican soil.

"We will cooperate, we will coordinate, but we will not be subordinated," he said. "That was our red line from the first meeting."

U.S. Deputy Secretary of State Daniel J. Whitcombe, who signed for Washington, said the accord would give U.S. agencies "faster and better information" about the laboratories supplying the precursors that end up in American cities.

The Drug Enforcement Administration (DEA) said in a statement that it welcomed the new channel but would continue to pursue the leaders of the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) in U.S. courts.

Critics on both sides were quick to raise objections. Senator Marisol Íñiguez-Robles of the opposition National Action Party (PAN) accused the government of signing "a blank check" without consulting Congress.

In Culiacán, where a war between two factions of the Sinaloa Cartel, Los Chapitos and La Mayiza, has left more than 1,800 people dead since September 2024, residents said the deal meant little on the street.

"My son's school closed for two weeks in May because of the shootouts in the Tierra Blanca neighborhood. A paper signed in Mexico City does not change that," said María Guadalupe Ochoa, who sells tamales near the Humaya River.

An official at the Secretariat of Foreign Affairs (SRE) who asked not to be named said the two governments had agreed to set up a working group on weapons traced to gun stores in Arizona and Texas.

Rocío van der Linden-Farías, head of security research at the Center for U.S.-Mexican Studies at the University of California San Diego, said the agreement put on paper what the two countries were already doing.

"The real test is whether Washington moves against the gun trafficking corridors. Mexico has delivered extraditions; the United States has delivered very little on arms," she said.

The Mexican Employers' Association (Coparmex) said in a statement that insecurity on highways in Guanajuato and Michoacán cost businesses billions of pesos a year, and urged authorities to publish the text of the pact.

The agreement will be reviewed after 12 months."""
ENTITIES = [
    ("Mexico", "State", [], "Q96"),
    ("United States", "State", ["Washington", "U.S."], "Q30"),
    ("Mexico City", "Location", [], None),
    ("Omar de la Garza Villarreal", "Person", [], None),
    ("National Palace", "Location", [], None),
    ("Daniel J. Whitcombe", "Person", [], None),
    ("Drug Enforcement Administration", "Organization", ["DEA"], "Q622899"),
    ("Sinaloa Cartel", "ArmedGroup", [], None),
    ("Jalisco New Generation Cartel", "ArmedGroup", ["CJNG"], None),
    ("Marisol Íñiguez-Robles", "Person", [], None),
    ("National Action Party", "Organization", ["PAN"], None),
    ("Congress", "Organization", [], None),
    ("Culiacán", "Location", [], None),
    ("Los Chapitos", "ArmedGroup", [], None),
    ("La Mayiza", "ArmedGroup", [], None),
    ("residents", "Group", [], None),
    ("Tierra Blanca", "Location", [], None),
    ("María Guadalupe Ochoa", "Person", [], None),
    ("Humaya River", "Location", [], None),
    ("An official at the Secretariat of Foreign Affairs (SRE) who asked not to be named", "Group", [], None),
    ("Secretariat of Foreign Affairs", "Organization", ["SRE"], None),
    ("Arizona", "Location", [], None),
    ("Texas", "Location", [], None),
    ("Rocío van der Linden-Farías", "Person", [], None),
    ("Center for U.S.-Mexican Studies", "Organization", [], None),
    ("University of California San Diego", "Organization", [], None),
    ("Mexican Employers' Association", "Organization", ["Coparmex"], None),
    ("Guanajuato", "Location", [], None),
    ("Michoacán", "Location", [], None),
]
SRE = "An official at the Secretariat of Foreign Affairs (SRE) who asked not to be named"
STATEMENTS = [
    ("partial", "Omar de la Garza Villarreal", "told reporters", ['the agreement "respects Mexico\'s sovereignty in every line" and does not allow U.S. troops or agents to operate on Mexican soil']),
    ("direct", "Omar de la Garza Villarreal", "he said", ["We will cooperate, we will coordinate, but we will not be subordinated,", "That was our red line from the first meeting."]),
    ("partial", "Daniel J. Whitcombe", "said", ['the accord would give U.S. agencies "faster and better information" about the laboratories supplying the precursors that end up in American cities']),
    ("indirect", "Drug Enforcement Administration", "said in a statement", ["it welcomed the new channel but would continue to pursue the leaders of the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) in U.S. courts"]),
    ("partial", "Marisol Íñiguez-Robles", "accused", ['the government of signing "a blank check" without consulting Congress']),
    ("indirect", "residents", "said", ["the deal meant little on the street"]),
    ("direct", "María Guadalupe Ochoa", "said", ["My son's school closed for two weeks in May because of the shootouts in the Tierra Blanca neighborhood. A paper signed in Mexico City does not change that,"]),
    ("indirect", SRE, "said", ["the two governments had agreed to set up a working group on weapons traced to gun stores in Arizona and Texas"]),
    ("indirect", "Rocío van der Linden-Farías", "said", ["the agreement put on paper what the two countries were already doing"]),
    ("direct", "Rocío van der Linden-Farías", "she said", ["The real test is whether Washington moves against the gun trafficking corridors. Mexico has delivered extraditions; the United States has delivered very little on arms,"]),
    ("indirect", "Mexican Employers' Association", "said in a statement", ["insecurity on highways in Guanajuato and Michoacán cost businesses billions of pesos a year"]),
    ("indirect", "Mexican Employers' Association", "urged", ["authorities to publish the text of the pact"]),
]
AGREEMENTS = [
    ("agreement", "a bilateral security cooperation agreement", ["Mexico", "United States"], "signed", "2026-06-10", "Mexico City"),
    ("agreement", "the Bicentennial Framework", ["Mexico", "United States"], "withdrawn", "2021-10", None),
]
