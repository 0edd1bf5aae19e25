"""Drives the explorer page in real headless Chromium, as a person would: runs a bundled query, opens the
actor network and clicks an actor, opens the timeline and an article view, and checks what is on screen.

Usage: explorer.py BASE_URL ARTICLE_ID [EXTRA_ARTICLE_ID ...] [--screenshots DIR] [--articles-only]

BASE_URL is a running `newsgraph serve` over the seed example; ARTICLE_ID the seed article (screenshots, to
DIR or $NEWSGRAPH_SCREENSHOTS, are of it); each EXTRA_ARTICLE_ID is checked in the article view too. With
--articles-only, only the article views are checked (the Rust test uses it on a store holding an article with
text outside the Basic Multilingual Plane, where NIF code-point offsets and JavaScript's UTF-16 indexes
differ). Offsets are checked
against the article text fetched independently (Python strings index code points, as NIF does).
Exits non-zero with a message on the first failed check.
"""

import json
import os
import sys
import time
import urllib.parse
import urllib.request

os.environ.setdefault("SE_AVOID_STATS", "true")  # Selenium Manager: no calls home (offline)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

WAIT = 20


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def sparql(base, query):
    req = urllib.request.Request(
        base + "/sparql",
        data=query.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        data = json.load(r)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def article_truth(base, article_id):
    """The article text and its mention / statement offsets, straight from the endpoint."""
    lit = json.dumps(article_id)
    text = sparql(base, f"""PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?t WHERE {{ ?a dcterms:identifier {lit} ; nif:isString ?t }}""")[0]["t"]
    spans = sparql(base, f"""PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        SELECT DISTINCT ?n ?b ?e ?anchor WHERE {{ ?a dcterms:identifier {lit} .
          ?n nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e .
          {{ ?n a ng:Mention }} UNION {{ ?n a ng:Statement }} OPTIONAL {{ ?n nif:anchorOf ?anchor }} }}""")
    return text, {s["n"]: (int(s["b"]), int(s["e"]), s.get("anchor")) for s in spans}


def main():
    args = sys.argv[1:]
    shots = None
    if "--screenshots" in args:
        i = args.index("--screenshots")
        shots = args[i + 1]
        del args[i : i + 2]
    articles_only = "--articles-only" in args
    args = [a for a in args if a != "--articles-only"]
    base, seed, extra = args[0].rstrip("/"), args[1], args[2:]
    shots = shots or os.environ.get("NEWSGRAPH_SCREENSHOTS")
    if shots:
        os.makedirs(shots, exist_ok=True)

    opts = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1400,900", "--force-device-scale-factor=1"]:
        opts.add_argument(flag)
    binary = os.environ.get("CHROMIUM_BINARY")
    if binary:
        opts.binary_location = binary
    service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=opts, service=service)
    wait = WebDriverWait(driver, WAIT)
    started = time.time()

    def shot(name):
        if shots:
            driver.save_screenshot(os.path.join(shots, name + ".png"))

    def js_errors():
        try:
            return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        except Exception:  # noqa: BLE001 - not every driver keeps logs
            return []

    try:
        if not articles_only:
            check_views(driver, wait, base, shot)
        check_articles(driver, wait, base, [seed] + extra, shot if not articles_only else (lambda _n: None), not articles_only)
        errors = js_errors()
        check(not errors, f"errors in the browser console: {errors}")
        print(f"explorer: all checks passed in {time.time() - started:.1f} s" + (f"; screenshots in {shots}" if shots else ""))
    finally:
        driver.quit()


def check_views(driver, wait, base, shot):
    """The query editor, the network with an actor clicked, and the timeline."""
    # 1. the query editor: one click on a bundled query fills the editor and shows its table
    driver.get(base + "/#/query")
    button = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, '#bundled-list button[data-query="who-said-what"]'))
    button.click()
    wait.until(lambda d: "#/query/who-said-what" in d.current_url)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#result-table tbody tr"))
    heads = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#result-table th")]
    check(len(heads) >= 2, f"who-said-what table has columns {heads}")
    table = driver.find_element(By.ID, "result-table").text
    check("Sergei Lavrov" in table, "who-said-what table does not name Sergei Lavrov")
    check("who-said-what" in driver.find_element(By.ID, "sparql").get_attribute("value") or
          "SELECT" in driver.find_element(By.ID, "sparql").get_attribute("value"), "editor not filled")
    status = driver.find_element(By.ID, "query-status").text
    check(status.split()[0].isdigit() and int(status.split()[0]) > 0, f"query status: {status!r}")
    shot("query")

    # an ad-hoc query typed into the editor
    editor = driver.find_element(By.ID, "sparql")
    editor.clear()
    editor.send_keys("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/newsgraph/ontology#Statement> }")
    driver.find_element(By.ID, "run").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#result-table tbody td"))
    n = int(driver.find_element(By.CSS_SELECTOR, "#result-table tbody td").text)
    check(n > 0, "ad-hoc count of statements is 0")

    # 2. the network: nodes sized and coloured, edges of both kinds; clicking an actor shows its statements
    driver.get(base + "/#/network")
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#network g.node")) >= 2)
    names = [g.get_attribute("data-name") for g in driver.find_elements(By.CSS_SELECTOR, "#network g.node")]
    check("Sergei Lavrov" in names and "Russia" in names, f"network nodes: {names}")
    edges = driver.find_elements(By.CSS_SELECTOR, "#network line.edge")
    relations = {e.get_attribute("data-relation") for e in edges}
    check({"co-mention", "co-party"} <= relations, f"edge kinds: {relations}")
    fills = {c.get_attribute("fill") for c in driver.find_elements(By.CSS_SELECTOR, "#network circle")}
    check(len(fills) >= 2, "all nodes have one colour")
    radii = {float(c.get_attribute("r")) for c in driver.find_elements(By.CSS_SELECTOR, "#network circle")}
    check(len(radii) >= 2, "all nodes have one size")
    shot("network")
    lavrov = driver.find_element(By.CSS_SELECTOR, '#network g.node[data-name="Sergei Lavrov"] circle')
    lavrov.click()
    wait.until(lambda d: "#/actor/" in d.current_url)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#actor-statements li.statement-item"))
    check(driver.find_element(By.ID, "actor-name").text == "Sergei Lavrov", "actor panel names someone else")
    said = driver.find_element(By.ID, "actor-statements").text
    check("There is no other way out" in said, "Lavrov's statements do not show his first quote")
    iri = urllib.parse.unquote(driver.current_url.split("#/actor/", 1)[1])
    expected = sparql(base, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <https://w3id.org/newsgraph/ontology#speaker> <{iri}> }}")
    shown = len(driver.find_elements(By.CSS_SELECTOR, "#actor-statements li.statement-item"))
    check(shown == int(expected[0]["n"]), f"actor panel shows {shown} statements, the store has {expected[0]['n']}")
    shot("actor")
    # the actor view is reachable by URL too (a fresh load)
    driver.get(driver.current_url)
    driver.refresh()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#actor-statements li.statement-item"))

    # 3. the timeline: statements and agreements in date order
    driver.get(base + "/#/timeline")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#timeline-list li.event"))
    dates = [li.get_attribute("data-date") for li in driver.find_elements(By.CSS_SELECTOR, "#timeline-list li.day")]
    check(dates == sorted(dates), f"timeline out of order: {dates}")
    kinds = {li.get_attribute("class") for li in driver.find_elements(By.CSS_SELECTOR, "#timeline-list li.event")}
    check({"event statement", "event agreement"} <= kinds, f"timeline kinds: {kinds}")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#timeline-axis circle.dot")) ==
          len(driver.find_elements(By.CSS_SELECTOR, "#timeline-list li.event")), "axis dots and list differ")
    shot("timeline")



def check_articles(driver, wait, base, articles, shot, seed_checks):
    """Article views: every highlight sits on exactly the text at its NIF offsets."""
    # 4. article views: every highlight sits on exactly the text at its NIF offsets
    for i, article in enumerate(articles):
        text, truth = article_truth(base, article)
        driver.get(base + "/#/article/" + urllib.parse.quote(article))
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-text [data-node]"))
        shown = driver.execute_script("""
            return [...document.querySelectorAll('#article-text [data-node]')].map(e => {
              const c = e.cloneNode(true); c.querySelectorAll('.wd').forEach(w => w.remove());
              return [e.dataset.node, +e.dataset.begin, +e.dataset.end, c.textContent, e.className,
                      e.getAttribute('href'), e.dataset.wikidata || null];
            });""")
        check(len(shown) == len(truth), f"{article}: {len(shown)} highlights drawn, {len(truth)} in the store")
        for node, b, e, txt, cls, href, wd in shown:
            check(node in truth, f"{article}: highlight of unknown node {node}")
            tb, te, anchor = truth[node]
            check((b, e) == (tb, te), f"{article}: {node} drawn at {b}-{e}, stored {tb}-{te}")
            check(txt == text[b:e], f"{article}: highlight {node} shows {txt!r}, the text at {b}-{e} is {text[b:e]!r}")
            if anchor is not None:
                check(txt == anchor, f"{article}: highlight {node} shows {txt!r}, anchorOf is {anchor!r}")
            if "mention" in cls:
                check(href, f"{article}: mention {node} links nowhere")
        page_text = driver.execute_script("""
            const c = document.getElementById('article-text').cloneNode(true);
            c.querySelectorAll('.wd').forEach(w => w.remove()); return c.textContent;""")
        check(page_text == text, f"{article}: the page text is not the article text")
        check(driver.find_elements(By.CSS_SELECTOR, "#article-text .statement"), f"{article}: no statement highlighted")
        check(driver.find_elements(By.CSS_SELECTOR, "#article-text a.mention.actor"), f"{article}: no actor highlighted")
        if i == 0 and seed_checks:
            check(driver.find_elements(By.CSS_SELECTOR, "#article-text a.mention.agreement"), "no agreement highlighted")
            shot("article")
            # a mention leads to its actor
            link = driver.find_element(By.CSS_SELECTOR, '#article-text a.mention.cls-Person')
            name = link.text
            link.click()
            wait.until(lambda d: "#/actor/" in d.current_url)
            wait.until(lambda d: d.find_elements(By.ID, "actor-name"))
            wait.until(lambda d: d.find_element(By.ID, "actor-name").text != "")
            check(name.split()[-1] in driver.find_element(By.ID, "actor-name").text,
                  f"the mention {name!r} led to {driver.find_element(By.ID, 'actor-name').text!r}")



if __name__ == "__main__":
    main()
