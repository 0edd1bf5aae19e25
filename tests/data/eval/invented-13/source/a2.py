ID = "inv13-guardian-solomon-islands-australia-policing-pact-2026-08-13"
TITLE = "Solomon Islands to sign new policing pact with Australia as China watches from Honiara"
PUB = "2026-08-13"
TEXT = """Solomon Islands will sign a new policing and security pact with Australia next month, its government has said, ending two years of uncertainty over whether Honiara would renew a treaty first signed in 2017.

The two governments finalised the text in Canberra last week. Under the new pact, Australian police advisers would stay in the country until 2031 and a joint training college would open outside the capital.

Lionel Tagini, the Solomon Islands foreign minister, told the Guardian the agreement was "written by us, for us" and that it did not close the door to other partners. "We are a small country in a busy ocean. We choose our friends; we do not choose their enemies," he said.

Canberra said on Thursday that it welcomed the decision and would fund the college for its first five years. A spokesperson for Australia's Department of Foreign Affairs and Trade said the pact would be tabled in parliament once it was signed.

Rachel Ashworth, Australia's minister for the Pacific, described the talks as long but friendly. "Nobody in this room wanted a headline. We wanted a police force that people trust," she told reporters in Canberra.

China, which signed its own security arrangement with Solomon Islands in 2022, has been watching closely. The Chinese embassy in Honiara said in a statement that Beijing respected the country's sovereign choices and hoped the new pact was "not aimed at any third party."

Not everyone in Honiara is convinced. Matilda Sogavare Kii, who leads the opposition in parliament, said the cabinet had kept the text from MPs for months. She said she would ask for a full debate before the signing.

"If this agreement is so good for us, why are we reading about it in Australian newspapers?" she said.

Her deputy, Joseph Ramo, took a softer line. He said the training college could give young people in Malaita a career, but he wanted the police advisers to answer to local courts.

Police officers in Honiara say the advisers have helped since the riots of 2021. One sergeant, who asked not to be named, said the force still lacked vehicles and radios. "The advisers are good people. But advice does not drive a car," the sergeant said.

The Pacific Islands Forum has tried to keep the region's security talks in its own hands. Its secretary general, Tevita Lolohea, said members had agreed at their last summit that outside partners should "come through the front door of the Forum." The secretary general added that he would raise the Solomon Islands pact at the Forum's next meeting in Nuku'alofa.

Researchers who follow the region say the pact is a compromise. Grace Hollis, a fellow at the Lowy Institute in Sydney, said the government had won more control over the advisers than it had under the old treaty. "Honiara has learned that it can bargain, and it has bargained well," the fellow said.

Lionel Tagini said on Wednesday that he expected the signing ceremony to take place in Honiara in the second week of September."""
ENTITIES = [
    ("Solomon Islands", "State", ["Honiara"], "Q685"),
    ("Australia", "State", ["Canberra"], "Q408"),
    ("Lionel Tagini", "Person", [], None),
    ("The Guardian", "Organization", ["the Guardian"], None),
    ("Australia's Department of Foreign Affairs and Trade", "Organization", [], None),
    ("Rachel Ashworth", "Person", [], None),
    ("China", "State", ["Beijing"], "Q148"),
    ("The Chinese embassy in Honiara", "Organization", [], None),
    ("Matilda Sogavare Kii", "Person", [], None),
    ("Joseph Ramo", "Person", [], None),
    ("Malaita", "Location", [], None),
    ("Police officers in Honiara", "Group", [], None),
    ("One sergeant", "Group", [], None),
    ("Pacific Islands Forum", "Organization", ["Forum"], None),
    ("Tevita Lolohea", "Person", [], None),
    ("Nuku'alofa", "Location", [], None),
    ("Researchers who follow the region", "Group", [], None),
    ("Grace Hollis", "Person", [], None),
    ("Lowy Institute", "Organization", [], None),
    ("Sydney", "Location", [], None),
]
STATEMENTS = [
    ("indirect", "Solomon Islands", "has said", ["Solomon Islands will sign a new policing and security pact with Australia next month"]),
    ("partial", "Lionel Tagini", "told the Guardian", ['the agreement was "written by us, for us"']),
    ("indirect", "Lionel Tagini", "told the Guardian", ["it did not close the door to other partners"]),
    ("direct", "Lionel Tagini", "he said", ["We are a small country in a busy ocean. We choose our friends; we do not choose their enemies,"]),
    ("indirect", "Australia", "said on Thursday", ["it welcomed the decision and would fund the college for its first five years"]),
    ("indirect", "Australia's Department of Foreign Affairs and Trade", "said", ["the pact would be tabled in parliament once it was signed"]),
    ("indirect", "Rachel Ashworth", "described", ["the talks as long but friendly"]),
    ("direct", "Rachel Ashworth", "she told reporters", ["Nobody in this room wanted a headline. We wanted a police force that people trust,"]),
    ("partial", "The Chinese embassy in Honiara", "said in a statement", ['Beijing respected the country\'s sovereign choices and hoped the new pact was "not aimed at any third party."']),
    ("indirect", "Matilda Sogavare Kii", "said", ["the cabinet had kept the text from MPs for months"]),
    ("indirect", "Matilda Sogavare Kii", "She said", ["she would ask for a full debate before the signing"]),
    ("direct", "Matilda Sogavare Kii", "she said", ["If this agreement is so good for us, why are we reading about it in Australian newspapers?"]),
    ("indirect", "Joseph Ramo", "He said", ["the training college could give young people in Malaita a career, but he wanted the police advisers to answer to local courts"]),
    ("indirect", "Police officers in Honiara", "say", ["the advisers have helped since the riots of 2021"]),
    ("indirect", "One sergeant", "said", ["the force still lacked vehicles and radios"]),
    ("direct", "One sergeant", "the sergeant said", ["The advisers are good people. But advice does not drive a car,"]),
    ("partial", "Tevita Lolohea", "said", ['members had agreed at their last summit that outside partners should "come through the front door of the Forum."']),
    ("indirect", "Tevita Lolohea", "added", ["he would raise the Solomon Islands pact at the Forum's next meeting in Nuku'alofa"]),
    ("indirect", "Researchers who follow the region", "say", ["the pact is a compromise"]),
    ("indirect", "Grace Hollis", "said", ["the government had won more control over the advisers than it had under the old treaty"]),
    ("direct", "Grace Hollis", "the fellow said", ["Honiara has learned that it can bargain, and it has bargained well,"]),
    ("indirect", "Lionel Tagini", "said on Wednesday", ["he expected the signing ceremony to take place in Honiara in the second week of September"]),
]
AGREEMENTS = [
    ("agreement", "a new policing and security pact with Australia", ["Solomon Islands", "Australia"], "reached", "2026-08", "Canberra"),
    ("treaty", "a treaty first signed in 2017", ["Solomon Islands", "Australia"], "in-force", "2017", None),
    ("other", "its own security arrangement with Solomon Islands in 2022", ["China", "Solomon Islands"], "signed", "2022", None),
]
