ID = "inv5-bbc-explainer-guyana-venezuela-cuyuni-island-2026-09-03"
TITLE = "Guyana and Venezuela: What is behind the new Essequibo row?"
PUB = "2026-09-03"
TEXT = """Tensions between Venezuela and Guyana over the oil-rich Essequibo region have flared again after Venezuelan troops set up a camp on a river island near the border. Guyana says the island lies inside its territory. Venezuela says it has always been Venezuelan.

Here is what we know so far.

What has happened?

On Sunday, the Guyana Defence Force reported that about 60 Venezuelan soldiers had landed on Anacoco Chico island in the Cuyuni river and raised a flag.

Guyana's President, Marcus Rampersaud, called the landing “a flagrant violation” of the Port of Spain Understanding, a pledge signed by both governments in 2025 not to use force or threaten each other.

“We will not be intimidated. Every inch of the Essequibo is Guyanese, and the world knows it,” he said in a televised address on Sunday night.

In Caracas, Foreign Minister Alejandro Briceño Mata told state television that the deployment was “a routine exercise of sovereignty” and accused Georgetown of acting on behalf of foreign oil companies.

Why is the Essequibo disputed?

The Essequibo covers about two-thirds of Guyana's land and is home to around 125,000 people. Venezuela has claimed it for more than a century and rejects the border drawn by an arbitration tribunal in 1899.

The dispute sharpened after large offshore oil finds from 2015. Guyana's economy has since become one of the fastest-growing in the world.

The case is now before the International Court of Justice (ICJ) in The Hague. Venezuela says it does not recognise the court's jurisdiction.

What are the two sides saying?

Mariana Colmenares, a Latin America analyst at the International Crisis Group, believes neither government wants a war.

“This is about signalling, not conquest,” she told the BBC. “Caracas wants to remind everyone that the dispute is alive. They keep saying ‘historic rights’, but history will not pay for a war.”

Guyana's closest ally, the United States, said it was “monitoring the situation closely”. A State Department spokesperson told the BBC that Washington stood by “Guyana's sovereignty and territorial integrity”.

Brazil, which borders both countries, moved troops to its northern state of Roraima last week. Its foreign ministry, Itamaraty, said in a note that dialogue remained “the only acceptable path”.

The Caribbean Community (Caricom) has also called for calm. Its secretary-general, Denise Holder, said the bloc would convene an emergency summit of its leaders in Bridgetown.

What happens next?

Guyana has asked the ICJ to order Venezuela to withdraw from the island. The court is expected to hold hearings within weeks.

Diplomats say a joint river patrol plan, which Brazil proposed last year, could be revived if both sides agree to talks. Brasília has not said whether it will table it again.

For people living along the river, the stand-off is already real. In Bartica, a mining town on the Essequibo river, residents told the BBC they were worried about what comes next.

“We hear helicopters every night. Nobody tells us anything,” said Shondelle Persaud, who runs a shop near the jetty.

Her neighbour, Kevin Dhanraj, said miners had stopped travelling upriver. “Nobody wants to be the one caught in the middle,” he added.

Guyana's government says it will not hold direct talks while Venezuelan soldiers remain on the island. Venezuela's President has so far not commented publicly."""
ENTITIES = [
    ("Venezuela", "State", ["Caracas"], "Q717"),
    ("Guyana", "State", ["Georgetown"], "Q734"),
    ("Essequibo", "Location", [], None),
    ("Guyana Defence Force", "Organization", [], None),
    ("Anacoco Chico", "Location", [], None),
    ("Cuyuni", "Location", [], None),
    ("Marcus Rampersaud", "Person", [], None),
    ("Alejandro Briceño Mata", "Person", [], None),
    ("International Court of Justice", "Organization", ["ICJ"], "Q7801"),
    ("The Hague", "Location", [], "Q36600"),
    ("Mariana Colmenares", "Person", [], None),
    ("International Crisis Group", "Organization", [], None),
    ("BBC", "Organization", [], "Q9531"),
    ("United States", "State", ["Washington"], "Q30"),
    ("State Department", "Organization", [], None),
    ("Brazil", "State", ["Brasília"], "Q155"),
    ("Roraima", "Location", [], None),
    ("Itamaraty", "Organization", [], None),
    ("Caribbean Community", "Organization", ["Caricom"], None),
    ("Denise Holder", "Person", [], None),
    ("Bridgetown", "Location", [], None),
    ("Bartica", "Location", [], None),
    ("Shondelle Persaud", "Person", [], None),
    ("Kevin Dhanraj", "Person", [], None),
    ("Diplomats", "Group", [], None),
    ("residents", "Group", [], None),
]
STATEMENTS = [
    ("indirect", "Guyana", "says", ["the island lies inside its territory"]),
    ("indirect", "Venezuela", "says", ["it has always been Venezuelan"]),
    ("indirect", "Guyana Defence Force", "reported", ["about 60 Venezuelan soldiers had landed on Anacoco Chico island in the Cuyuni river and raised a flag"]),
    ("partial", "Marcus Rampersaud", "called", ["a flagrant violation"]),
    ("direct", "Marcus Rampersaud", "said", ["We will not be intimidated. Every inch of the Essequibo is Guyanese, and the world knows it,"]),
    ("indirect", "Alejandro Briceño Mata", "told state television", ["the deployment was “a routine exercise of sovereignty”"]),
    ("indirect", "Alejandro Briceño Mata", "accused", ["Georgetown of acting on behalf of foreign oil companies"]),
    ("indirect", "Venezuela", "says", ["it does not recognise the court's jurisdiction"]),
    ("indirect", "Mariana Colmenares", "believes", ["neither government wants a war"]),
    ("direct", "Mariana Colmenares", "told the BBC", ["This is about signalling, not conquest,", "Caracas wants to remind everyone that the dispute is alive. They keep saying ‘historic rights’, but history will not pay for a war."]),
    ("indirect", "United States", "said", ["it was “monitoring the situation closely”"]),
    ("indirect", "State Department", "told the BBC", ["Washington stood by “Guyana's sovereignty and territorial integrity”"]),
    ("indirect", "Itamaraty", "said in a note", ["dialogue remained “the only acceptable path”"]),
    ("indirect", "Denise Holder", "said", ["the bloc would convene an emergency summit of its leaders in Bridgetown"]),
    ("indirect", "Diplomats", "say", ["a joint river patrol plan, which Brazil proposed last year, could be revived if both sides agree to talks"]),
    ("indirect", "residents", "told the BBC", ["they were worried about what comes next"]),
    ("direct", "Shondelle Persaud", "said", ["We hear helicopters every night. Nobody tells us anything,"]),
    ("indirect", "Kevin Dhanraj", "said", ["miners had stopped travelling upriver"]),
    ("direct", "Kevin Dhanraj", "added", ["Nobody wants to be the one caught in the middle,"]),
    ("indirect", "Guyana", "says", ["it will not hold direct talks while Venezuelan soldiers remain on the island"]),
]
AGREEMENTS = [
    ("agreement", "the Port of Spain Understanding", ["Guyana", "Venezuela"], "violated", None, None),
    ("plan", "a joint river patrol plan", ["Brazil"], "proposed", None, None),
]
