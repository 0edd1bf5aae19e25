ID = "inv6-reuters-somaliland-sool-ceasefire-2026-08-04"
TITLE = "Somaliland and Sool fighters agree ceasefire at talks in Addis Ababa"
PUB = "2026-08-04"
TEXT = """HARGEISA, Aug 4 (Reuters) - Forces of the breakaway region of Somaliland and the Movement for Unity in Sool and Sanaag agreed on Tuesday to a ceasefire around the town of Las Anod, after five days of talks hosted by Ethiopia in Addis Ababa.

The ceasefire took effect at dawn. It was signed for the armed group by its political leader, Abdiqani Farah Hirsi, and for the Hargeisa administration by its interior minister, Mahad Yusuf Warsame.

Ceasefires between the two sides collapsed twice last year, most recently in November, when fighting around the town displaced more than 100,000 people, the United Nations said.

"We have agreed to silence the guns so that families can go home," Hirsi told Reuters by telephone from Addis Ababa. "The hard questions are still on the table."

The breakaway region's leadership said the ceasefire did not change its claim to the whole of the Sool region. Warsame said Somaliland troops would stay in their positions east of Oog.

The two sides also reached a deal to exchange prisoners within 30 days under the supervision of the International Committee of the Red Cross, which said it had been asked to visit detainees held by both.

The government of Puntland, whose leaders are close to the movement, put forward a wider security plan for the Sool and Sanaag regions on Monday, under which African Union troops would patrol a buffer zone. Officials in Garowe said the plan had been sent to Mogadishu and Hargeisa.

Somalia's federal government, which regards Somaliland as part of its territory, welcomed the ceasefire but said it had not been consulted. Ethiopia, Djibouti and Kenya also welcomed the truce in a statement issued through the Intergovernmental Authority on Development, the regional bloc.

A trade memorandum between Hargeisa and Garowe, signed in 2024 to reopen the road through Las Anod, was suspended by Somaliland in January after Puntland officials were accused of arming the movement. Warsame said on Tuesday the memorandum would stay suspended "until the last gun is silent."

Hirsi said the movement, which holds most of the town, wanted a vote on the area's future under international supervision.

Fighting around Las Anod has closed the main road to the coast for most of the past two years and cut the town's trade in livestock and fuel. Schools in the town have been shut since the spring.

Diplomats in Addis Ababa said Ethiopia had pressed both sides hard, fearing that the fighting could spread towards its own border. A Western diplomat said the ceasefire was "fragile but real".
"""
ENTITIES = [
  ("Somaliland", "State", ["Hargeisa"], None),
  ("Reuters", "Organization", [], None),
  ("Movement for Unity in Sool and Sanaag", "ArmedGroup", [], None),
  ("Las Anod", "Location", [], None),
  ("Ethiopia", "State", [], None),
  ("Addis Ababa", "Location", [], None),
  ("Abdiqani Farah Hirsi", "Person", ["Hirsi"], None),
  ("Mahad Yusuf Warsame", "Person", ["Warsame"], None),
  ("United Nations", "Organization", [], None),
  ("Sool", "Location", [], None),
  ("Sanaag", "Location", [], None),
  ("Oog", "Location", [], None),
  ("International Committee of the Red Cross", "Organization", [], None),
  ("Puntland", "Organization", ["government of Puntland", "Garowe"], None),
  ("African Union", "Organization", [], None),
  ("Somalia", "State", ["Mogadishu"], None),
  ("Djibouti", "State", [], None),
  ("Kenya", "State", [], None),
  ("Intergovernmental Authority on Development", "Organization", [], None),
  ("Officials in Garowe", "Group", [], None),
  ("Diplomats in Addis Ababa", "Group", [], None),
  ("A Western diplomat", "Group", [], None),
]
STATEMENTS = [
  ("indirect", "United Nations", "said", ["Ceasefires between the two sides collapsed twice last year, most recently in November, when fighting around the town displaced more than 100,000 people"]),
  ("direct", "Abdiqani Farah Hirsi", "told Reuters", ["We have agreed to silence the guns so that families can go home,", "The hard questions are still on the table."]),
  ("indirect", "Somaliland", "said", ["the ceasefire did not change its claim to the whole of the Sool region"]),
  ("indirect", "Mahad Yusuf Warsame", "said", ["Somaliland troops would stay in their positions east of Oog"]),
  ("indirect", "International Committee of the Red Cross", "said", ["it had been asked to visit detainees held by both"]),
  ("indirect", "Officials in Garowe", "said", ["the plan had been sent to Mogadishu and Hargeisa"]),
  ("indirect", "Somalia", "said", ["it had not been consulted"]),
  ("indirect", "Mahad Yusuf Warsame", "said", ['the memorandum would stay suspended "until the last gun is silent."']),
  ("indirect", "Abdiqani Farah Hirsi", "said", ["the movement, which holds most of the town, wanted a vote on the area's future under international supervision"]),
  ("indirect", "Diplomats in Addis Ababa", "said", ["Ethiopia had pressed both sides hard, fearing that the fighting could spread towards its own border"]),
  ("indirect", "A Western diplomat", "said", ['the ceasefire was "fragile but real"']),
]
AGREEMENTS = [
  ("ceasefire", "a ceasefire around the town of Las Anod", ["Somaliland", "Movement for Unity in Sool and Sanaag"], "in-force", "2026-08-04", "Addis Ababa"),
  ("ceasefire", "Ceasefires between the two sides", ["Somaliland", "Movement for Unity in Sool and Sanaag"], "collapsed", None, None),
  ("deal", "a deal to exchange prisoners", ["Somaliland", "Movement for Unity in Sool and Sanaag"], "reached", None, None),
  ("plan", "a wider security plan for the Sool and Sanaag regions", ["Puntland"], "proposed", None, None),
  ("memorandum", "A trade memorandum between Hargeisa and Garowe", ["Somaliland", "Puntland"], "withdrawn", None, None),
]
