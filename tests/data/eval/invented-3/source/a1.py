ID = "inv3-afp-korea-hotline-sea-accord-2026-03-09"
TITLE = "South Korea says North agrees to reopen military hotline, hints at sea accord talks"
PUB = "2026-03-09"
TEXT = """SEOUL, March 9, 2026 (AFP) - South Korea said Monday that North Korea had accepted its request to reopen a military hotline that has been silent for almost three years, the first sign of a thaw since a maritime safety accord between the two was shelved in 2024.

The Unification Ministry said in a statement that liaison officers from both sides would test the line at the border truce village of Panmunjom on Thursday morning. The ministry added that the North had "responded positively" to a proposal for talks on the return of six South Korean fishermen held in the North since October.

"This is a small door, but it is a door," Unification Minister Han Jae-seon told reporters in Seoul on Monday. "We intend to walk through it carefully and without illusions."

Han said the government was ready to discuss restoring the Yellow Sea Maritime Safety Accord, a 2021 agreement under which both navies pledged to keep warships out of a buffer zone around the disputed sea border. The accord was suspended by Seoul in May 2024 after North Korean coastal batteries fired more than 200 shells into the zone.

There was no immediate comment from Pyongyang. But in a statement carried by the official Korean Central News Agency (KCNA) late on Sunday, Ri Kyong-ok, a vice director of the international department of the Workers' Party of Korea, said the North would judge Seoul "by its actions at sea, not by its words in the capital".

A senior official at the presidential office in Seoul, speaking on condition of anonymity, said the breakthrough had come through the United Nations Command, which has overseen the border since the 1950-53 Korean War. The official said the North's military had sent its reply by fax to the command's liaison office at Panmunjom.

The United Nations Command confirmed that it had passed messages between the two militaries but declined to give details. "We facilitate communication; we do not negotiate for either side," a spokesperson for the command, Colonel Dana Whitfield, said in an email to AFP.

The hotline, which links offices on each side of the demarcation line, was once tested twice a day. North Korea stopped answering calls in April 2023, and the last attempt by the South to reach the North's military went unanswered in December.

Analysts cautioned against reading too much into the move. Park Min-seo, a researcher at the Asan Institute for Policy Studies in Seoul, said the North often reopened channels "when it needs something, usually food or fertiliser, before the spring planting season".

"Talks about talks are not a peace process," she told AFP. "But in Korea, even a phone ringing is news."

In Washington, the State Department said it welcomed "any step that lowers the risk of miscalculation" on the peninsula and remained in close contact with Seoul and Tokyo. Japan's foreign ministry said separately that it had not been told about the contacts in advance.

The South's Defence Ministry said the military would keep its readiness posture unchanged along the border. Seoul is also waiting for an answer to a plan it put forward in January for quarterly meetings of generals from both armies, a format last used in 2018. Pyongyang has not responded to that plan, a ministry official said.
"""
ENTITIES = [
  ("South Korea","State",["Seoul","the South","South Korean"],"Q884"),
  ("North Korea","State",["Pyongyang","the North","North Korean"],"Q423"),
  ("AFP","Organization",[],"Q40464"),
  ("Unification Ministry","Organization",[],None),
  ("Panmunjom","Location",[],None),
  ("Han Jae-seon","Person",["Han"],None),
  ("Korean Central News Agency","Organization",["KCNA"],None),
  ("Ri Kyong-ok","Person",[],None),
  ("Workers' Party of Korea","Organization",[],None),
  ("United Nations Command","Organization",["the command"],None),
  ("Dana Whitfield","Person",[],None),
  ("Park Min-seo","Person",[],None),
  ("Asan Institute for Policy Studies","Organization",[],None),
  ("Korea","Location",[],None),
  ("Washington","Location",[],None),
  ("State Department","Organization",[],None),
  ("Japan","State",["Tokyo"],"Q17"),
  ("Japan's foreign ministry","Organization",[],None),
  ("Defence Ministry","Organization",[],None),
  ("a ministry official","Group",[],None),
  ("A senior official at the presidential office in Seoul","Group",[],None),
]
STATEMENTS = [
  ("indirect","South Korea","said",["North Korea had accepted its request to reopen a military hotline that has been silent for almost three years"]),
  ("indirect","Unification Ministry","said in a statement",["liaison officers from both sides would test the line at the border truce village of Panmunjom on Thursday morning"]),
  ("indirect","Unification Ministry","added",['the North had "responded positively" to a proposal for talks on the return of six South Korean fishermen held in the North since October']),
  ("direct","Han Jae-seon","told reporters",["This is a small door, but it is a door,", "We intend to walk through it carefully and without illusions."]),
  ("indirect","Han Jae-seon","said",["the government was ready to discuss restoring the Yellow Sea Maritime Safety Accord, a 2021 agreement under which both navies pledged to keep warships out of a buffer zone around the disputed sea border"]),
  ("indirect","Ri Kyong-ok","said",['the North would judge Seoul "by its actions at sea, not by its words in the capital"']),
  ("indirect","A senior official at the presidential office in Seoul","said",["the breakthrough had come through the United Nations Command, which has overseen the border since the 1950-53 Korean War"]),
  ("indirect","A senior official at the presidential office in Seoul","said",["the North's military had sent its reply by fax to the command's liaison office at Panmunjom"]),
  ("indirect","United Nations Command","confirmed",["it had passed messages between the two militaries"]),
  ("direct","Dana Whitfield","said in an email",["We facilitate communication; we do not negotiate for either side,"]),
  ("indirect","Park Min-seo","said",['the North often reopened channels "when it needs something, usually food or fertiliser, before the spring planting season"']),
  ("direct","Park Min-seo","told AFP",["Talks about talks are not a peace process,", "But in Korea, even a phone ringing is news."]),
  ("indirect","State Department","said",['it welcomed "any step that lowers the risk of miscalculation" on the peninsula and remained in close contact with Seoul and Tokyo']),
  ("indirect","Japan's foreign ministry","said",["it had not been told about the contacts in advance"]),
  ("indirect","Defence Ministry","said",["the military would keep its readiness posture unchanged along the border"]),
  ("indirect","a ministry official","said",["Pyongyang has not responded to that plan"]),
]
AGREEMENTS = [
  ("agreement","a maritime safety accord",None,None,None,None),  # placeholder replaced below
]
AGREEMENTS = [
  ("accord","the Yellow Sea Maritime Safety Accord",["South Korea","North Korea"],"withdrawn",None,None),
  ("plan","a plan it put forward in January",["South Korea"],"proposed",None,None),
]
