ID = "inv50-mercopress-argentina-chile-continental-shelf-memorandum-cape-horn-2026-10-08"
TITLE = "Argentina and Chile sign memorandum to take Cape Horn shelf dispute to technical commission"
PUB = "2026-10-08"
TEXT = """Argentina and Chile signed on Wednesday a memorandum of understanding creating a binational technical commission to study their overlapping claims to the continental shelf south and east of Cape Horn, in an attempt to cool a dispute that has soured relations between the two neighbours for five years.

The memorandum was signed in Santiago by Argentine Foreign Minister Gustavo Arrieta and his Chilean counterpart Paulina Vergara at the end of a two-day meeting at La Moneda palace. The commission will have twelve months to produce a joint report on the seabed both countries claim beyond the Drake Passage.

"We have chosen dialogue over decrees," Vergara told a joint press conference. "Chile is not giving up a single metre, but it will defend its rights at the table."

Arrieta described the memorandum as "a sign of maturity between two sister nations" and said Argentina's position, approved by a United Nations commission in 2016, remained unchanged. The commission, he added, "is not a court and will not redraw any map."

The dispute flared in 2021, when Chile published a decree extending its continental shelf into an area Argentina had included in its own submission. Buenos Aires called the decree "an attempt to appropriate" part of the Argentine shelf and lodged a formal protest.

The row falls under the 1984 Treaty of Peace and Friendship, signed at the Vatican after Pope John Paul II mediated the Beagle Channel conflict that nearly led to war in 1978.

A diplomatic source in Santiago told MercoPress that Argentina had proposed extending the commission's work to the last undemarcated stretch of the Southern Patagonian Ice Field. The Chilean side asked for time to consult the Navy, the source said.

The Chilean Navy said in a statement that its patrols in the Drake Passage would continue as normal while the commission worked.

Not everyone welcomed the deal. The governor of Argentina's Tierra del Fuego province, Ramiro Basualdo, accused the national government of "negotiating behind the backs of the Fueguinos" and said the province would ask Congress to review the memorandum before it comes into effect.

"Ushuaia is the gateway to the Antarctic. Nobody asked us what we think about the sea at our door," Basualdo told local radio.

On the Chilean side, fishermen in Puerto Williams say Argentine coastguard vessels have shadowed their boats more closely since the decree. "We only want to fish king crab in peace, like our fathers did," said Hernán Cárcamo, who has worked out of the port for thirty years.

Luis Mendizábal, an expert in the law of the sea at the Pontifical Catholic University of Chile, said the memorandum was a sensible way to buy time, since neither country wanted to take the case to an international court. He warned, however, that the commission could only recommend and that the final decision would rest with the two presidents.

"The technicians can agree on where the rocks are. Only politicians can agree on who owns them," he said."""
ENTITIES = [
    ("Argentina", "State", ["Buenos Aires"], "Q414"),
    ("Chile", "State", [], "Q298"),
    ("Cape Horn", "Location", [], None),
    ("Santiago", "Location", [], None),
    ("Gustavo Arrieta", "Person", ["Arrieta"], None),
    ("Paulina Vergara", "Person", ["Vergara"], None),
    ("La Moneda", "Location", [], None),
    ("Drake Passage", "Location", [], None),
    ("United Nations", "Organization", [], "Q1065"),
    ("Vatican", "Location", [], None),
    ("John Paul II", "Person", ["Pope John Paul II"], "Q989"),
    ("Beagle Channel", "Location", [], None),
    ("A diplomatic source in Santiago", "Group", ["the source"], None),
    ("MercoPress", "Organization", [], None),
    ("Southern Patagonian Ice Field", "Location", [], None),
    ("Chilean Navy", "Organization", ["the Navy"], None),
    ("Tierra del Fuego", "Location", [], None),
    ("Ramiro Basualdo", "Person", ["Basualdo"], None),
    ("Congress", "Organization", [], None),
    ("Ushuaia", "Location", [], None),
    ("Antarctic", "Location", [], None),
    ("fishermen in Puerto Williams", "Group", [], None),
    ("Puerto Williams", "Location", [], None),
    ("Hernán Cárcamo", "Person", [], None),
    ("Luis Mendizábal", "Person", [], None),
    ("Pontifical Catholic University of Chile", "Organization", [], None),
]
DS = "A diplomatic source in Santiago"
STATEMENTS = [
    ("direct", "Paulina Vergara", "told a joint press conference", ["We have chosen dialogue over decrees,", "Chile is not giving up a single metre, but it will defend its rights at the table."]),
    ("partial", "Gustavo Arrieta", "described", ["the memorandum as \"a sign of maturity between two sister nations\""]),
    ("indirect", "Gustavo Arrieta", "said", ["Argentina's position, approved by a United Nations commission in 2016, remained unchanged"]),
    ("partial", "Gustavo Arrieta", "he added", ["The commission,", "\"is not a court and will not redraw any map.\""]),
    ("partial", "Argentina", "called", ["the decree \"an attempt to appropriate\" part of the Argentine shelf"]),
    ("indirect", DS, "told MercoPress", ["Argentina had proposed extending the commission's work to the last undemarcated stretch of the Southern Patagonian Ice Field"]),
    ("indirect", DS, "the source said", ["The Chilean side asked for time to consult the Navy"]),
    ("indirect", "Chilean Navy", "said in a statement", ["its patrols in the Drake Passage would continue as normal while the commission worked"]),
    ("partial", "Ramiro Basualdo", "accused", ["the national government of \"negotiating behind the backs of the Fueguinos\""]),
    ("indirect", "Ramiro Basualdo", "said", ["the province would ask Congress to review the memorandum before it comes into effect"]),
    ("direct", "Ramiro Basualdo", "Basualdo told local radio", ["Ushuaia is the gateway to the Antarctic. Nobody asked us what we think about the sea at our door,"]),
    ("indirect", "fishermen in Puerto Williams", "say", ["Argentine coastguard vessels have shadowed their boats more closely since the decree"]),
    ("direct", "Hernán Cárcamo", "said", ["We only want to fish king crab in peace, like our fathers did,"]),
    ("indirect", "Luis Mendizábal", "said", ["the memorandum was a sensible way to buy time, since neither country wanted to take the case to an international court"]),
    ("indirect", "Luis Mendizábal", "He warned", ["the commission could only recommend"]),
    ("indirect", "Luis Mendizábal", "He warned", ["the final decision would rest with the two presidents"]),
    ("direct", "Luis Mendizábal", "he said", ["The technicians can agree on where the rocks are. Only politicians can agree on who owns them,"]),
]
AGREEMENTS = [
    ("memorandum", "a memorandum of understanding creating a binational technical commission", ["Argentina", "Chile"], "signed", "2026-10-07", "Santiago"),
    ("treaty", "the 1984 Treaty of Peace and Friendship", ["Argentina", "Chile"], "in-force", "1984", "Vatican"),
    ("proposal", "Argentina had proposed extending the commission's work", ["Argentina"], "proposed", None, None),
]
