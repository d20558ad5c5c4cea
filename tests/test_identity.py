"""Cross-document identity: the dev articles and the seed built into one store give one node
per real-world person, region, program, sector and organization, whatever spelling each
article used, with the names it was seen under as alternative labels.
"""

from __future__ import annotations

import pytest

from conftest import SHARED
from kzgraph.articles import find_articles, read_article
from kzgraph.graph.store import GraphStore
from kzgraph.graph.triples import extract_graph
from kzgraph.namespaces import SPARQL_PREFIXES
from kzgraph.query.results import Answer
from kzgraph.query.saved import as_json_rows

DEV = SHARED / "corpus" / "dev" / "articles"


@pytest.fixture(scope="module")
def store(shared_seed):
    if not DEV.is_dir():
        pytest.skip(f"{DEV} is absent (a clone outside the kzgraph workspace)")
    built = GraphStore()
    for path in find_articles([DEV, shared_seed]):
        built.add_article(extract_graph(read_article(path)))
    return built


def _rows(store, body: str) -> list[dict[str, str]]:
    return as_json_rows(Answer.of(store.query(SPARQL_PREFIXES + body)))


@pytest.mark.parametrize("cls", ["Person", "Region", "Program", "Sector", "Organization",
                                 "Project"])
def test_every_entity_has_one_label_across_articles(store, cls):
    """Each article states the label it read; one node per thing means they all agree."""
    found = _rows(store, f"""
        SELECT ?e (COUNT(DISTINCT ?label) AS ?labels) WHERE {{
          GRAPH ?g {{ ?e a/rdfs:subClassOf* kz:{cls} ; rdfs:label ?label }}
          FILTER (STRSTARTS(STR(?g), "https://w3id.org/kzgraph/graph/article/"))
        }} GROUP BY ?e HAVING (COUNT(DISTINCT ?label) > 1)""")
    assert found == []


# (label of the one node, names it must also carry, how many articles it must be found in)
SAME_THING = [
    pytest.param("Nursultan Nazarbayev", {"N. Nazarbayev"}, 4, id="head-of-state"),
    pytest.param("Karim Massimov", {"Massimov"}, 3, id="prime-minister"),
    pytest.param("Kazakhstan Temir Zholy", {"NC Kazakhstan Temir Zholy JSC",
                                            "JSC NC Kazakhstan Temir Zholy"}, 2,
                 id="company-two-spellings"),
    pytest.param("Astana", set(), 2, id="capital"),
    pytest.param("Industrialization Map", set(), 3, id="program"),
    pytest.param("light industry", set(), 2, id="sector"),
]


@pytest.mark.parametrize(("label", "alt", "articles"), SAME_THING)
def test_one_node_for_one_thing(store, label, alt, articles):
    nodes = _rows(store, f"""
        SELECT DISTINCT ?e WHERE {{ ?e rdfs:label "{label}"@en }}""")
    assert len(nodes) == 1, nodes
    iri = nodes[0]["e"].replace("kzid:", "https://w3id.org/kzgraph/id/")
    seen = _rows(store, f"""
        SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a kz:mentions <{iri}> }}""")
    assert int(seen[0]["n"]) >= articles
    names = {r["alt"] for r in _rows(store, f"SELECT ?alt WHERE {{ <{iri}> skos:altLabel ?alt }}")}
    assert alt <= names
