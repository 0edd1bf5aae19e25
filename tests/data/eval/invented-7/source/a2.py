ID = "inv7-france24-cameroon-anglophone-schools-memorandum-2026-08-19"
TITLE = "Cameroon: Yaoundé and anglophone separatists sign a memorandum to reopen schools in Geneva"
PUB = "2026-08-19"
TEXT = """Two weeks before the start of the school year, the Cameroonian government and the main armed separatist movement of the anglophone regions signed on Tuesday in Geneva a memorandum on the reopening of schools, the first written text between the two camps since the start of the conflict in 2017.

The document, which France 24 was able to consult, commits the two sides to stop all attacks on schools, teachers and pupils in the North-West and South-West regions, and to allow a joint committee to verify incidents. It was signed by the Minister of Territorial Administration, Jean-Baptiste Ekotto, and by a representative of the Ambazonia Defence Council, Emmanuel Tabe Ashu, in the presence of Swiss mediators.

"It is not peace. It is a promise made to children, and we intend to keep it," declared Ekotto at the end of the ceremony. The minister affirmed that the army would withdraw from the schools it occupies "as soon as the committee is in place".

On the separatist side, the tone was more reserved. "We signed for the children of Bamenda and Kumba, not for Yaoundé," Tabe Ashu told France 24 by telephone. He said the movement had "not renounced anything" and that its demands for self-determination remained intact.

The Swiss Federal Department of Foreign Affairs, which has facilitated the contacts since 2025, welcomed in a press release "a concrete and verifiable step" and indicated that the joint committee would hold its first meeting in Buea in September.

According to our information, the text was almost abandoned on Monday evening, when the separatist delegation demanded the release of eleven detainees held in the capital. A diplomat close to the mediation, who requested anonymity, affirmed that the question had been "put aside, not settled". "Everyone knows that it will come back to the table in the first month," he added.

The violence has not stopped for all that. On Sunday, an attack attributed to separatist fighters killed two gendarmes near Kumbo, according to the spokesman of the Cameroonian army, Colonel Serge Mbarga Nkodo. In a communiqué, the army specified that "no negotiation will prevent the defence forces from protecting the population".

The Ambazonia Defence Council is not the only armed group in the region. The Manyu Tigers, a militia active near the Nigerian border, rejected the text in a video posted on social networks, calling it "a betrayal". Its leader, who uses the name General Ayuk Free, affirmed that his men would continue to enforce the boycott of schools.

For Marie-Claire Ngo Bissa, researcher at the International Crisis Group, the memorandum remains fragile. "The previous attempt, the Christmas truce of 2024, held nine days. This one has a verification mechanism, which is new," she explained. Asked whether Yaoundé would go further, she answered: "The government has always said that the form of the state is not negotiable. Nothing in this text says otherwise."

In the anglophone regions, teachers are waiting to see. "They said 'never again' in 2019, and we buried two colleagues the following year," recounted a headmaster in Bamenda, who asked that his name not be published.

Switzerland has also proposed a roadmap towards wider talks, which would include a general amnesty and the return of displaced people. Yaoundé has not yet responded. Contacted by France 24, the office of Prime Minister Paul-Henri Mvondo did not wish to comment.

According to the United Nations Children's Fund (UNICEF), more than 700,000 children in the two regions have been deprived of school at some point since 2017."""
ENTITIES = [
    ("Cameroon", "State", ["Yaoundé"], "Q1009"),
    ("Geneva", "Location", [], "Q71"),
    ("France 24", "Organization", [], "Q189986"),
    ("North-West", "Location", [], None),
    ("South-West", "Location", [], None),
    ("Jean-Baptiste Ekotto", "Person", ["Ekotto"], None),
    ("Ambazonia Defence Council", "ArmedGroup", [], None),
    ("Emmanuel Tabe Ashu", "Person", ["Tabe Ashu"], None),
    ("Switzerland", "State", [], "Q39"),
    ("Bamenda", "Location", [], "Q816530"),
    ("Kumba", "Location", [], None),
    ("Swiss Federal Department of Foreign Affairs", "Organization", [], None),
    ("Buea", "Location", [], None),
    ("Kumbo", "Location", [], None),
    ("Serge Mbarga Nkodo", "Person", [], None),
    ("Manyu Tigers", "ArmedGroup", [], None),
    ("Ayuk Free", "Person", [], None),
    ("Marie-Claire Ngo Bissa", "Person", [], None),
    ("International Crisis Group", "Organization", [], "Q1191939"),
    ("Paul-Henri Mvondo", "Person", [], None),
    ("United Nations Children's Fund", "Organization", ["UNICEF"], "Q740308"),
    ("A diplomat close to the mediation", "Group", [], None),
    ("a headmaster in Bamenda", "Group", [], None),
]
STATEMENTS = [
    ("direct", "Jean-Baptiste Ekotto", "declared", ["It is not peace. It is a promise made to children, and we intend to keep it,"]),
    ("indirect", "Jean-Baptiste Ekotto", "affirmed", ["the army would withdraw from the schools it occupies \"as soon as the committee is in place\""]),
    ("direct", "Emmanuel Tabe Ashu", "told France 24", ["We signed for the children of Bamenda and Kumba, not for Yaoundé,"]),
    ("indirect", "Emmanuel Tabe Ashu", "said", ["the movement had \"not renounced anything\""]),
    ("indirect", "Emmanuel Tabe Ashu", "said", ["its demands for self-determination remained intact"]),
    ("partial", "Swiss Federal Department of Foreign Affairs", "welcomed", ["a concrete and verifiable step"]),
    ("indirect", "Swiss Federal Department of Foreign Affairs", "indicated", ["the joint committee would hold its first meeting in Buea in September"]),
    ("indirect", "A diplomat close to the mediation", "affirmed", ["the question had been \"put aside, not settled\""]),
    ("direct", "A diplomat close to the mediation", "added", ["Everyone knows that it will come back to the table in the first month,"]),
    ("indirect", "Serge Mbarga Nkodo", "according to", ["an attack attributed to separatist fighters killed two gendarmes near Kumbo"]),
    ("indirect", "Cameroon", "specified", ["\"no negotiation will prevent the defence forces from protecting the population\""]),
    ("partial", "Manyu Tigers", "calling", ["a betrayal"]),
    ("indirect", "Ayuk Free", "affirmed", ["his men would continue to enforce the boycott of schools"]),
    ("direct", "Marie-Claire Ngo Bissa", "explained", ["The previous attempt, the Christmas truce of 2024, held nine days. This one has a verification mechanism, which is new,"]),
    ("direct", "Marie-Claire Ngo Bissa", "answered", ["The government has always said that the form of the state is not negotiable. Nothing in this text says otherwise."]),
    ("direct", "a headmaster in Bamenda", "recounted", ["They said 'never again' in 2019, and we buried two colleagues the following year,"]),
    ("indirect", "United Nations Children's Fund", "According to", ["more than 700,000 children in the two regions have been deprived of school at some point since 2017"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum on the reopening of schools", ["Cameroon", "Ambazonia Defence Council"], "signed", "2026-08-18", "Geneva"),
    ("truce", "the Christmas truce of 2024", [], "collapsed", None, None),
    ("plan", "a roadmap towards wider talks", ["Switzerland"], "proposed", None, None),
]
