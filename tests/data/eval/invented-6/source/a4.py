ID = "inv6-afp-aceh-autonomy-pact-walkout-2026-10-20"
TITLE = "Jakarta and Aceh sign autonomy funding pact as former commanders walk out"
PUB = "2026-10-20"
TEXT = """BANDA ACEH, Oct 20, 2026 (AFP) - Jakarta and the Government of Aceh signed a pact on Tuesday extending the province's special autonomy funds for twenty years, but a coalition of former rebel commanders walked out of the ceremony, saying the deal ignored their demands.

The pact was signed by Home Affairs Minister Bambang Prasetyo and Aceh's governor, Teuku Rizal Hamdani, at the governor's office in Banda Aceh. It takes effect in January and replaces funding rules that expire at the end of next year. Aceh is the only province in the country allowed to apply Islamic law, a special status that dates from the end of the conflict between the army and separatist rebels.

The walkout was led by the Council of Veterans for Justice in Aceh, an alliance of former commanders and their families. The council said the pact broke promises made when the conflict ended and demanded a share of oil and gas revenue for the districts where the fighting was heaviest.

"Jakarta signs, the governor signs, and the men who fought are left outside the door," the council's chairman, Muzakir Ilyas, told AFP.

The council put forward its own plan last month, under which a fifth of the autonomy funds would go to a trust for veterans and widows. Hamdani said on Tuesday that his administration was ready to discuss that plan but would not reopen the pact.

Separately, a local truce between the provincial government and an armed splinter group, the Front for the Liberation of the People of Aceh, was violated on Sunday when gunmen fired on a police post in Pidie district, police said. No one was hurt. The front, which has fewer than a hundred fighters according to police estimates, denied any role in the attack.

An earlier memorandum on the return of the front's fighters to their villages, brokered by the Crisis Management Initiative in 2024, collapsed when the group refused to hand over its weapons.

The United States, Japan and Australia, which fund development programmes in the province, welcomed the pact in a joint statement. The European Union said it hoped the veterans would be heard.

The president's office in Jakarta did not comment on the walkout.

Analysts said the walkout showed how the politics of the province had changed since the war. "The old commanders are no longer the only voice in Aceh," said Siti Nurhaliza Rahman, a researcher at Syiah Kuala University in Banda Aceh. "But they can still make the pact hard to carry out."
"""
ENTITIES = [
  ("Banda Aceh", "Location", [], None),
  ("AFP", "Organization", [], None),
  ("Indonesia", "State", ["Jakarta"], None),
  ("Government of Aceh", "Organization", [], None),
  ("Bambang Prasetyo", "Person", [], None),
  ("Teuku Rizal Hamdani", "Person", ["Hamdani"], None),
  ("Aceh", "Location", [], None),
  ("Council of Veterans for Justice in Aceh", "Organization", [], None),
  ("Muzakir Ilyas", "Person", [], None),
  ("Front for the Liberation of the People of Aceh", "ArmedGroup", [], None),
  ("Pidie", "Location", [], None),
  ("Crisis Management Initiative", "Organization", [], None),
  ("United States", "State", [], None),
  ("Japan", "State", [], None),
  ("Australia", "State", [], None),
  ("European Union", "Organization", [], None),
  ("Siti Nurhaliza Rahman", "Person", [], None),
  ("Syiah Kuala University", "Organization", [], None),
  ("police", "Group", [], None),
]
STATEMENTS = [
  ("indirect", "Council of Veterans for Justice in Aceh", "said", ["the pact broke promises made when the conflict ended"]),
  ("direct", "Muzakir Ilyas", "told AFP", ["Jakarta signs, the governor signs, and the men who fought are left outside the door,"]),
  ("indirect", "Teuku Rizal Hamdani", "said", ["his administration was ready to discuss that plan but would not reopen the pact"]),
  ("indirect", "police", "said", ["a local truce between the provincial government and an armed splinter group, the Front for the Liberation of the People of Aceh, was violated on Sunday when gunmen fired on a police post in Pidie district"]),
  ("indirect", "European Union", "said", ["it hoped the veterans would be heard"]),
  ("direct", "Siti Nurhaliza Rahman", "said", ["The old commanders are no longer the only voice in Aceh,", "But they can still make the pact hard to carry out."]),
]
AGREEMENTS = [
  ("agreement", "a pact", ["Indonesia", "Government of Aceh"], "signed", "2026-10-20", "Banda Aceh"),
  ("plan", "its own plan", ["Council of Veterans for Justice in Aceh"], "proposed", None, None),
  ("truce", "a local truce", ["Government of Aceh", "Front for the Liberation of the People of Aceh"], "violated", None, None),
  ("memorandum", "An earlier memorandum on the return of the front's fighters", ["Government of Aceh", "Front for the Liberation of the People of Aceh"], "collapsed", None, None),
]
