ID = "inv47-inquirer-gph-ndfp-oslo-ceasefire-framework-2026-11-03"
TITLE = "GRP, NDFP sign ceasefire framework in Oslo; holiday truce not renewed"
PUB = "2026-11-03"
TEXT = """MANILA, Philippines — Government and communist negotiators have signed a framework for a nationwide ceasefire in Oslo, but the truce will only begin once President Ramon Villaflor and the rebels' leadership issue matching declarations, the Office of the Presidential Adviser on Peace, Reconciliation and Unity (OPAPRU) said on Monday.

The framework, signed on Sunday by government panel chair Teresita Manalastas and National Democratic Front of the Philippines (NDFP) chief negotiator Julieta de Guzman, lays down rules for troop movements, monitoring and the handling of violations. The Royal Norwegian Government, which has hosted the talks on and off since 2001, witnessed the signing.

"This is not yet peace. This is the instruction manual for it," Manalastas told the Inquirer by phone from Oslo.

De Guzman, in a statement posted on the NDFP website, said the framework was "a product of hard bargaining" and that the New People's Army (NPA) would observe it once the declarations were made.

Both panels say The Hague Joint Declaration of 1992, which set the agenda for the talks, remains binding. The NDFP also insists on the 1995 Joint Agreement on Safety and Immunity Guarantees, which protects its consultants from arrest. The government withdrew from that agreement in 2019 and has not rejoined it, a senior OPAPRU official said, adding that the issue would be "handled separately."

The new framework replaces nothing on the ground yet. A holiday truce declared by both sides last December expired on January 7 and was not renewed, and clashes resumed in Samar and Negros within days.

The Armed Forces of the Philippines (AFP) said it would abide by any ceasefire the President declares. "Until then, our operations continue," AFP spokesperson Colonel Danilo Pacheco said in a press briefing at Camp Aguinaldo.

Not everyone welcomed the deal. Senator Marites Lacson said the government should not sign "another paper with people who burn cell towers," and vowed to ask the Senate to look into the talks.

In Catbalogan, Samar, a farmers' group said residents of upland villages wanted both sides to keep their word this time. "We have been promised ceasefires before. The soldiers leave, the rebels come, the soldiers come back," said Nestor Abella, a coconut farmer from Gandara.

The Comprehensive Agreement on Respect for Human Rights and International Humanitarian Law (CARHRIHL), signed in 1998, is the only substantive agreement the two sides have ever concluded. Its joint monitoring committee has not met since 2017.

Peace advocate Fr. Leonardo Sison of the Ecumenical Bishops Forum said the framework could fail "if either side treats the declaration as a bargaining chip."

The talks are expected to resume in January, when the panels will take up a draft agreement on social and economic reforms that has been under negotiation since 2017."""
ENTITIES = [
    ("Philippines", "State", [], "Q928"),
    ("National Democratic Front of the Philippines", "Organization", ["NDFP"], "Q6970977"),
    ("Oslo", "Location", [], None),
    ("Ramon Villaflor", "Person", [], None),
    ("Office of the Presidential Adviser on Peace, Reconciliation and Unity", "Organization", ["OPAPRU"], None),
    ("Teresita Manalastas", "Person", ["Manalastas"], None),
    ("Julieta de Guzman", "Person", ["De Guzman"], None),
    ("Royal Norwegian Government", "State", [], None),
    ("Inquirer", "Organization", [], None),
    ("New People's Army", "ArmedGroup", ["NPA"], "Q1154960"),
    ("a senior OPAPRU official", "Group", [], None),
    ("Samar", "Location", [], None),
    ("Negros", "Location", [], None),
    ("Armed Forces of the Philippines", "Organization", ["AFP"], "Q1131370"),
    ("Danilo Pacheco", "Person", [], None),
    ("Camp Aguinaldo", "Location", [], None),
    ("Marites Lacson", "Person", [], None),
    ("Senate", "Organization", [], None),
    ("Catbalogan", "Location", [], None),
    ("a farmers' group", "Group", [], None),
    ("Nestor Abella", "Person", [], None),
    ("Gandara", "Location", [], None),
    ("Leonardo Sison", "Person", [], None),
    ("Ecumenical Bishops Forum", "Organization", [], None),
]
STATEMENTS = [
    ("indirect", "Office of the Presidential Adviser on Peace, Reconciliation and Unity", "said", ["Government and communist negotiators have signed a framework for a nationwide ceasefire in Oslo, but the truce will only begin once President Ramon Villaflor and the rebels' leadership issue matching declarations"]),
    ("direct", "Teresita Manalastas", "Manalastas told the Inquirer", ["This is not yet peace. This is the instruction manual for it,"]),
    ("partial", "Julieta de Guzman", "said", ['the framework was "a product of hard bargaining"']),
    ("indirect", "Julieta de Guzman", "said", ["the New People's Army (NPA) would observe it once the declarations were made"]),
    ("indirect", "a senior OPAPRU official", "said", ["The government withdrew from that agreement in 2019 and has not rejoined it"]),
    ("partial", "a senior OPAPRU official", "adding", ['the issue would be "handled separately."']),
    ("indirect", "Armed Forces of the Philippines", "said", ["it would abide by any ceasefire the President declares"]),
    ("direct", "Danilo Pacheco", "said in a press briefing", ["Until then, our operations continue,"]),
    ("partial", "Marites Lacson", "said", ['the government should not sign "another paper with people who burn cell towers,"']),
    ("indirect", "a farmers' group", "said", ["residents of upland villages wanted both sides to keep their word this time"]),
    ("direct", "Nestor Abella", "said", ["We have been promised ceasefires before. The soldiers leave, the rebels come, the soldiers come back,"]),
    ("partial", "Leonardo Sison", "said", ['the framework could fail "if either side treats the declaration as a bargaining chip."']),
]
AGREEMENTS = [
    ("framework", "a framework for a nationwide ceasefire", ["Philippines", "National Democratic Front of the Philippines"], "signed", "2026-11-01", "Oslo"),
    ("declaration", "The Hague Joint Declaration of 1992", ["Philippines", "National Democratic Front of the Philippines"], "in-force", "1992", None),
    ("agreement", "the 1995 Joint Agreement on Safety and Immunity Guarantees", ["Philippines", "National Democratic Front of the Philippines"], "withdrawn", "1995", None),
    ("truce", "A holiday truce", ["Philippines", "National Democratic Front of the Philippines"], "abandoned", "2025-12", None),
    ("agreement", "The Comprehensive Agreement on Respect for Human Rights and International Humanitarian Law", ["Philippines", "National Democratic Front of the Philippines"], "signed", "1998", None),
    ("agreement", "a draft agreement on social and economic reforms", ["Philippines", "National Democratic Front of the Philippines"], "negotiating", None, None),
]
