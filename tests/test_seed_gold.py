"""The seed article's graph against its gold annotation, category by category."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal

import pytest

from kzgraph.articles import read_article
from kzgraph.graph.store import GraphStore
from kzgraph.graph.triples import extract_graph
from kzgraph.namespaces import SPARQL_PREFIXES, article_graph


def norm(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())

@pytest.fixture(scope="module")
def seed(shared_seed):
    article = read_article(next(shared_seed.glob("*.txt")))
    gold = json.loads(next(shared_seed.glob("*.json")).read_text(encoding="utf-8"))
    store = ArticleStore()  # the self-contained graph, as `kzgraph extract` writes it
    store._store.extend(extract_graph(article).quads())
    store.graph = article_graph(article.key)
    return store, gold

class ArticleStore(GraphStore):
    """A store whose queries name the seed article's graph as ``<urn:test>``."""

    graph = ""

    def query(self, sparql: str, **kwargs):
        return super().query(sparql.replace("urn:test", self.graph), **kwargs)

def names_of(store, cls: str) -> list[set[str]]:
    rows = store.query(SPARQL_PREFIXES + f"""
        SELECT ?e (GROUP_CONCAT(?n; separator="\\u0001") AS ?names) WHERE {{
          GRAPH <urn:test> {{ ?e a {cls} . {{ ?e rdfs:label ?n }} UNION {{ ?e skos:altLabel ?n }} }}
        }} GROUP BY ?e""")
    return [{norm(n) for n in row["names"].value.split("\u0001")} for row in rows]

@pytest.mark.parametrize(
    "cls, field",
    [("kz:Person", "persons"), ("kz:Program", "programs"), ("kz:Sector", "sectors")],
    ids=["persons", "programs", "sectors"],
)
def test_every_gold_name_is_found(seed, cls, field):
    store, gold = seed
    predicted = names_of(store, cls)
    for item in gold[field]:
        wanted = {norm(item)} if isinstance(item, str) else {
            norm(n) for n in [item["name"], *item.get("aliases", [])]}
        assert any(wanted & names for names in predicted), f"{item} not found in {predicted}"

def test_regions_are_the_five_and_link_to_wikidata(seed):
    store, gold = seed
    rows = store.query(SPARQL_PREFIXES + """SELECT ?label ?wd WHERE { GRAPH <urn:test> {
        ?r a kz:Region ; rdfs:label ?label ; owl:sameAs ?wd } }""")
    found = {row["label"].value: row["wd"].value for row in rows}
    assert set(found) == set(gold["regions"])
    assert all(v.startswith("http://www.wikidata.org/entity/Q") for v in found.values())

def test_each_gold_project_has_its_region_sector_program_and_status(seed):
    store, gold = seed
    rows = list(store.query(SPARQL_PREFIXES + """
        SELECT DISTINCT ?label ?region ?sector ?program ?status WHERE { GRAPH <urn:test> {
          ?p a kz:Project ; rdfs:label ?label ; kz:locatedIn ?r ; kz:inSector ?sector ;
             kz:partOfProgram ?program ; kz:status ?status .
        } GRAPH ?any { ?r rdfs:label ?region } }"""))
    assert len(rows) == len(gold["projects"]) == 5
    for project in gold["projects"]:
        match = [r for r in rows if any(norm(k) in norm(r["label"].value)
                                        for k in project["keywords"])]
        assert match, f"no project for {project['keywords']}"
        assert match[0]["region"].value == project["region"]
        assert match[0]["status"].value.endswith("#Launched")

def test_quantities_are_typed_values_with_units(seed):
    store, gold = seed
    rows = store.query(SPARQL_PREFIXES + """SELECT ?v ?u WHERE { GRAPH <urn:test> {
        ?q schema:value ?v . { ?q schema:currency ?u } UNION { ?q schema:unitText ?u } } }""")
    found = {(Decimal(r["v"].value), r["u"].value) for r in rows}
    for q in gold["quantities"]:
        assert (Decimal(q["value"]), q["unit"]) in found, q["text"]
    assert (Decimal(30), "companies") in found  # "around 30 multinational corporations"

def test_dates_launch_period_and_publication(seed):
    store, gold = seed
    rows = store.query(SPARQL_PREFIXES + """SELECT ?p ?v WHERE { GRAPH <urn:test> {
        ?s ?p ?v . FILTER(datatype(?v) IN (xsd:date, xsd:gYear, xsd:gYearMonth)) } }""")
    found = {(r["p"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], r["v"].value) for r in rows}
    assert ("launchDate", "2016-12-06") in found
    assert {("startDate", "2010"), ("endDate", "2014")} <= found
    assert ("datePublished", gold["published"]) in found

def test_every_entity_and_statement_has_evidence(seed):
    store, _ = seed
    missing = list(store.query(SPARQL_PREFIXES + """SELECT ?e WHERE { GRAPH <urn:test> {
        ?e a ?cls . FILTER(?cls IN (kz:Person, kz:Region, kz:Project, kz:Sector, kz:Program))
        FILTER NOT EXISTS { ?m kz:mentionOf ?e ; kz:rule ?rule . ?art kz:text ?body .
                            ?sentence kz:inArticle ?art .
                            FILTER(STRSTARTS(STR(?m), CONCAT(STR(?art), "#char="))) } } }"""))
    assert missing == []
    unsupported = list(store.query(SPARQL_PREFIXES + """SELECT ?s ?p WHERE { GRAPH <urn:test> {
        ?s ?p ?o . FILTER(?p IN (kz:locatedIn, kz:inSector, kz:partOfProgram, kz:status, kz:role))
        FILTER NOT EXISTS { ?m kz:evidenceSubject ?s ; kz:evidenceProperty ?p ; kz:rule ?r .
                            FILTER(CONTAINS(STR(?m), "#char=")) } } }"""))
    assert unsupported == []
