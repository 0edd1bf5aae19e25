ID = "inv7-wapo-bosnia-state-property-framework-2026-05-27"
TITLE = "Analysis: Inside the quiet U.S. push to keep Bosnia from splitting over state property"
PUB = "2026-05-27"
TEXT = """SARAJEVO — For six weeks this spring, a small team of American diplomats shuttled between Sarajevo and Banja Luka with a 14-page paper that, if it works, would defuse the most serious threat to Bosnia's unity in a generation.

The paper, a framework on state property drafted by the State Department, would divide ownership of forests, rivers and military barracks between Bosnia's central institutions and its two entities, according to three U.S. officials and two European diplomats, who spoke on the condition of anonymity to discuss private negotiations.

Whether it works depends largely on one man. Milorad Jekić, the president of Republika Srpska and leader of the Alliance for Serb Unity, has threatened for two years to pull the Serb-run entity out of Bosnia's army, courts and tax system if the property question is settled against him.

"We are not leaving anything. We are taking back what the constitution already gave us," Jekić told reporters in Banja Luka last week. "If they want a war of paper, they will get one."

One senior administration official said the framework was "the last serious offer on the table" and that Washington had no fallback plan. Another, asked whether the United States would impose new sanctions if the talks failed, said only that "every option remains open."

The official who leads the effort, Deputy Assistant Secretary of State Karen Holloway, has met Jekić four times since March. People who attended those meetings describe long sessions over maps and land registers, with Holloway pressing for a deal before the October general election.

"She thinks the window closes once the campaign starts, and she is probably right. After that, nobody in Banja Luka can be seen to compromise," said a European diplomat who has followed the talks closely.

"What happens on the morning after he says no?" the diplomat asked.

Not everyone in Sarajevo welcomes the American approach. The chairman of Bosnia's three-member presidency, Adnan Hodžić, warned in a television interview that a deal "written for one man" would reward years of obstruction. He said the central state could not give up land it needed to defend the country.

The Office of the High Representative, the international body that oversees civilian peace implementation in Bosnia, has kept a lower profile. Its spokesperson, Ingrid Sæther, said in an email that the office "supports any solution that respects the constitutional order" and would assess the final text once both sides had seen it.

The stakes are not only legal. An earlier attempt, the Mostar understanding that the European Union brokered between the central government and Republika Srpska in 2024, collapsed within weeks when Jekić's party walked out over the treatment of defence property. Two U.S. officials said the new framework borrowed heavily from that text but added a fund, financed by Washington and Brussels, to compensate municipalities that lose land.

Jekić's allies say the fund is beside the point.

"Money does not buy a constitution. The question is who owns the land, and the answer was written down thirty years ago," said Nenad Ristić, who heads the Alliance for Serb Unity's group in the state parliament.

Russia, which has backed Jekić throughout the dispute, has also weighed in. Its Foreign Ministry said in a statement on Tuesday that outside powers should stop "dictating" to the peoples of Bosnia, and that any settlement imposed from abroad would not last.

Inside the administration, officials are divided over how hard to push. According to one person familiar with the internal discussions, some officials at the National Security Council have argued that Washington should let the European Union take the lead after the election.

Asked on Monday whether the framework could be signed before the summer, a State Department spokesperson said the United States did not comment on "private diplomatic conversations.\""""
ENTITIES = [
    ("Sarajevo", "Location", [], "Q11194"),
    ("Banja Luka", "Location", [], "Q132875"),
    ("Bosnia", "State", [], "Q225"),
    ("State Department", "Organization", [], None),
    ("Milorad Jekić", "Person", ["Jekić"], None),
    ("Republika Srpska", "Organization", [], None),
    ("Alliance for Serb Unity", "Organization", [], None),
    ("United States", "State", ["Washington", "U.S."], "Q30"),
    ("Karen Holloway", "Person", ["Holloway"], None),
    ("Adnan Hodžić", "Person", [], None),
    ("Office of the High Representative", "Organization", [], None),
    ("Ingrid Sæther", "Person", [], None),
    ("Mostar", "Location", [], None),
    ("European Union", "Organization", ["Brussels"], "Q458"),
    ("Nenad Ristić", "Person", [], None),
    ("Russia", "State", [], "Q159"),
    ("Foreign Ministry", "Organization", [], None),
    ("National Security Council", "Organization", [], None),
    ("three U.S. officials and two European diplomats", "Group", [], None),
    ("a European diplomat who has followed the talks closely", "Group", [], None),
    ("One senior administration official", "Group", [], None),
    ("Another", "Group", [], None),
    ("Jekić's allies", "Group", [], None),
    ("one person familiar with the internal discussions", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "three U.S. officials and two European diplomats", "according to", ["The paper, a framework on state property drafted by the State Department, would divide ownership of forests, rivers and military barracks between Bosnia's central institutions and its two entities"]),
    ("direct", "Milorad Jekić", "told reporters", ["We are not leaving anything. We are taking back what the constitution already gave us,", "If they want a war of paper, they will get one."]),
    ("indirect", "One senior administration official", "said", ["the framework was \"the last serious offer on the table\""]),
    ("indirect", "One senior administration official", "said", ["Washington had no fallback plan"]),
    ("indirect", "Another", "said only", ["\"every option remains open.\""]),
    ("direct", "a European diplomat who has followed the talks closely", "said", ["She thinks the window closes once the campaign starts, and she is probably right. After that, nobody in Banja Luka can be seen to compromise,"]),
    ("direct", "a European diplomat who has followed the talks closely", "asked", ["What happens on the morning after he says no?"]),
    ("indirect", "Adnan Hodžić", "warned", ["a deal \"written for one man\" would reward years of obstruction"]),
    ("indirect", "Adnan Hodžić", "said", ["the central state could not give up land it needed to defend the country"]),
    ("indirect", "Ingrid Sæther", "said in an email", ["the office \"supports any solution that respects the constitutional order\" and would assess the final text once both sides had seen it"]),
    ("indirect", "United States", "said", ["the new framework borrowed heavily from that text but added a fund, financed by Washington and Brussels, to compensate municipalities that lose land"]),
    ("indirect", "Jekić's allies", "say", ["the fund is beside the point"]),
    ("direct", "Nenad Ristić", "said", ["Money does not buy a constitution. The question is who owns the land, and the answer was written down thirty years ago,"]),
    ("indirect", "Foreign Ministry", "said in a statement", ["outside powers should stop \"dictating\" to the peoples of Bosnia"]),
    ("indirect", "Foreign Ministry", "said in a statement", ["any settlement imposed from abroad would not last"]),
    ("indirect", "one person familiar with the internal discussions", "According to", ["some officials at the National Security Council have argued that Washington should let the European Union take the lead after the election"]),
    ("indirect", "State Department", "said", ["the United States did not comment on \"private diplomatic conversations.\""]),
]
AGREEMENTS = [
    ("framework", "a framework on state property", ["United States"], "proposed", None, None),
    ("other", "the Mostar understanding", ["Bosnia", "Republika Srpska"], "collapsed", None, None),
]
