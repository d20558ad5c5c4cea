"""kzgraph reason: what the ontology implies, in a graph of its own that a re-run replaces.

HermiT (through owlready2) reasons over the ontology and the reference data; the OWL 2 RL rules in
ontology/rules/*.rq run in the store over everything. Each rule is shown at work on the sample
corpus plus a small article graph made for it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import owlready2
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kzgraph.check.reason import reason, rule_files
from kzgraph.check.validate import validate
from kzgraph.cli import main
from kzgraph.graph.store import GraphStore, sample_store
from kzgraph.namespaces import INFERRED_GRAPH, SPARQL_PREFIXES, article_graph
from kzgraph.query.saved import as_json_rows, find_query, run

pytestmark = pytest.mark.skipif(shutil.which("java") is None,
                                reason="java not found: HermiT needs a Java runtime")

ID = "https://w3id.org/kzgraph/id/"
EXTRA = f"""GRAPH <{article_graph('t1')}> {{
  <{ID}project/x> kz:inPlace <{ID}place/ekibastuz> ; kz:capacity <{ID}quantity/1> ;
                  kz:company <{ID}organization/x-llp> .
  <{ID}place/ekibastuz> kz:inRegion <{ID}region/pavlodar> .
  <{ID}organization/x-llp> a kz:Company .
}}"""
SEED = "project/tca-2016-12-07-industrialization-map/"  # the seed article's projects
GLYPHOSATE = SEED + "production-of-glyphosate-and-glyphosate-containing-herbicides"
KZ = "https://w3id.org/kzgraph/ontology#"
INFERRED = [
    # (id, subject, predicate, object): prefixed as in the README
    ("class-hierarchy", "organization/x-llp", "rdf:type", "kz:Organization"),
    ("class-hierarchy-external", "organization/x-llp", "rdf:type", "schema:Organization"),
    ("property-hierarchy", "person/nursultan-nazarbayev", "schema:jobTitle", None),
    ("inverse", "region/akmola", "kz:locationOf", GLYPHOSATE),
    ("inverse-program", "program/industrialization-map", "kz:hasProject", GLYPHOSATE),
    ("chain-project-in-country", GLYPHOSATE, "kz:inCountry", "country/kazakhstan"),
    ("chain-place-in-region", "project/x", "kz:locatedIn", "region/pavlodar"),
    ("chain-place-in-country", "place/ekibastuz", "kz:inCountry", "country/kazakhstan"),
    ("chain-of-chains", "project/x", "kz:inCountry", "country/kazakhstan"),
    ("sector-hierarchy", SEED + "production-of-aluminum", "kz:withinSector", "sector/isic-C"),
    ("sector-transitive", "sector/aluminum-industry", "skos:broaderTransitive", "sector/isic-C"),
    ("domain", "project/x", "rdf:type", "kz:Project"),
    ("range", "quantity/1", "rdf:type", "schema:QuantitativeValue"),
    ("range-place", "place/ekibastuz", "rdf:type", "kz:Place"),
]


def term(text: str | None) -> str:
    if text is None:
        return "?any"
    if text.split(":")[0] in ("rdf", "kz", "schema", "skos"):
        return text
    return f"<{ID}{text}>"


@pytest.fixture(scope="module")
def reasoned() -> GraphStore:
    store = sample_store()
    store._store.update(f"{SPARQL_PREFIXES}INSERT DATA {{ {EXTRA} }}")
    reason(store)
    return store


def inferred_quads(store: GraphStore) -> list[ox.Quad]:
    return store.quads(INFERRED_GRAPH)


@pytest.mark.parametrize(("s", "p", "o"), [i[1:] for i in INFERRED], ids=[i[0] for i in INFERRED])
def test_reasoning_adds(reasoned: GraphStore, s: str, p: str, o: str | None):
    ask = (f"{SPARQL_PREFIXES}ASK {{ GRAPH <{INFERRED_GRAPH}> {{ {term(s)} {p} {term(o)} }} }}")
    assert reasoned.query(ask)


def test_only_new_triples_and_none_about_wikidata(reasoned: GraphStore):
    for quad in inferred_quads(reasoned)[:2000]:
        asserted = [q for q in reasoned.quads_for_pattern(quad.subject, quad.predicate,
                                                                quad.object, None)
                    if q.graph_name.value != INFERRED_GRAPH]
        assert asserted == [], quad
        assert "wikidata.org" not in str(quad.subject) + str(quad.object)


def test_inferred_graph_says_which_reasoners_and_why(reasoned: GraphStore):
    [description] = [q.object.value for q in inferred_quads(reasoned)
                     if q.subject.value == INFERRED_GRAPH]
    assert "HermiT (through owlready2" in description
    for path in rule_files():
        assert path.stem in description


def test_queries_can_leave_the_inferred_graph_out(reasoned: GraphStore):
    text = (f"{SPARQL_PREFIXES}SELECT ?g WHERE {{ GRAPH ?g {{ <{ID}{GLYPHOSATE}> kz:inCountry ?c }}"
            " FILTER_HERE }")
    union = [r["g"].value for r in reasoned.query(text.replace("FILTER_HERE", ""))]
    asserted = [r["g"].value for r in reasoned.query(
        text.replace("FILTER_HERE", f"FILTER (?g != <{INFERRED_GRAPH}>)"))]
    assert union == [INFERRED_GRAPH]
    assert asserted == []


def test_store_still_validates_after_reasoning(reasoned: GraphStore):
    findings = validate(reasoned, parts=("shapes",)).findings
    made_up = {f"{ID}{key}" for key in ("project/x", "quantity/1", "organization/x-llp",
                                         "place/ekibastuz")}
    assert findings and {f.node for f in findings} <= made_up  # none about inferred triples


def test_saved_query_shows_what_reasoning_added(reasoned: GraphStore):
    rows = as_json_rows(run(reasoned, find_query("inferred"), {"property": "kz:inCountry"}))
    assert [(r["predicate"], r["triples"]) for r in rows] == [("kz:inCountry", "7")]
    assert rows[0]["exampleObject"] == "kzid:country/kazakhstan"


def test_saved_query_is_empty_before_reasoning():
    assert as_json_rows(run(sample_store(), find_query("inferred"))) == []


def test_reason_twice_gives_the_same_graph_and_replaces_it(tmp_path: Path):
    path = tmp_path / "kz.store"
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--store", str(path)]).exit_code == 0
    first = runner.invoke(main, ["reason", "--store", str(path)])
    assert first.exit_code == 0, first.stderr
    store = GraphStore(path)
    before = inferred_quads(store)
    junk = ox.Quad(ox.NamedNode(f"{ID}junk"), ox.NamedNode(f"{KZ}inCountry"),
                   ox.NamedNode(f"{ID}nowhere"), ox.NamedNode(INFERRED_GRAPH))
    store._store.add(junk)
    del store
    second = runner.invoke(main, ["reason", "--store", str(path)])
    assert second.exit_code == 0, second.stderr
    after = inferred_quads(GraphStore(path))
    assert junk not in after
    assert after == before and len(after) > 300
    assert second.stdout == first.stdout.replace(first.stdout.splitlines()[-1],
                                                 second.stdout.splitlines()[-1])
    assert second.stdout.startswith(f"{len(after) - 1} triples -> {INFERRED_GRAPH}")
    assert second.stderr == "", "piped: no progress and no paragraph on stderr"


def test_reason_without_a_store_says_nothing_was_saved():
    result = CliRunner().invoke(main, ["reason"])
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "inferred over the sample corpus in memory; nothing was saved" in first
    assert INFERRED_GRAPH not in result.stdout
    assert result.stderr == ""


def test_reason_without_java_is_one_line(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(owlready2, "JAVA_EXE", str(tmp_path / "no-such-java"))
    result = CliRunner().invoke(main, ["reason"])
    assert result.exit_code == 2
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and "needs a Java runtime" in errors[0]
    assert "`kzgraph validate --skip owl`" in errors[0]
    assert "Traceback" not in result.stderr
