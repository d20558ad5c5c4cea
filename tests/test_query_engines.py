"""Every saved query gives the same rows, in the same order, on Oxigraph and on Apache Jena (TDB2,
union default graph), on the sample corpus and on the analysts' fixture (tests/data). Lists that
GROUP_CONCAT joins with " | " are compared as sets: their order is the engine's. Numbers are
compared by value: Jena writes a sum of decimals as 450.0, Oxigraph as 450."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import jena
import pyoxigraph as ox
import pytest

from kzgraph.graph.store import GraphStore, sample_store
from kzgraph.namespaces import SPARQL_PREFIXES
from kzgraph.query.results import Answer
from kzgraph.query.saved import bind, run, saved_queries, with_values

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMBERS = {XSD + "decimal", XSD + "integer"}
FIXTURE = Path(__file__).with_name("data") / "analysts.trig"
SAVED = saved_queries()
PARAMS = {  # a query -> the parameters it runs with on every store
    "evidence": {"entity": "kzid:region/pavlodar"},
}


def fixture_store() -> GraphStore:
    """The ontology, the reference data and the analysts' two made-up articles."""
    store = GraphStore()
    store._store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return store


STORES = {"sample": sample_store, "fixture": fixture_store}


@pytest.fixture(scope="module", params=list(STORES))
def engines(request, tmp_path_factory):
    """(the Oxigraph store, its copy in a TDB2 folder)."""
    reason = jena.missing()
    if reason:
        pytest.skip(reason)
    store = STORES[request.param]()
    folder = tmp_path_factory.mktemp(f"jena-{request.param}")
    nquads = folder / "store.nq"
    nquads.write_bytes(ox.serialize(store, format=ox.RdfFormat.N_QUADS))
    return request.param, store, jena.load(nquads, folder / "tdb2")


def comparable(answer: Answer) -> list[list[tuple[str, str]]]:
    """Rows as (variable, N-Triples term) pairs in their order; " | " lists sorted, numbers
    in one form."""
    out = []
    for row in answer.rows:
        cells = []
        for name, term in zip(answer.variables, row, strict=True):
            if term is None:
                continue
            text = str(term)
            if isinstance(term, ox.Literal) and term.datatype.value in NUMBERS:
                text = f"{Decimal(term.value).normalize():f} ({term.datatype.value})"
            elif isinstance(term, ox.Literal) and " | " in term.value:
                text = " | ".join(sorted(term.value.split(" | ")))
            cells.append((name, text))
        out.append(cells)
    return out


@pytest.mark.parametrize("query", SAVED, ids=[q.name for q in SAVED])
def test_same_rows_on_oxigraph_and_jena(engines, query):
    name, store, tdb = engines
    values = PARAMS.get(query.name, {})
    here = comparable(run(store, query, values))
    text = SPARQL_PREFIXES + with_values(query.text, bind(query, values))
    there = comparable(Answer.of(jena.select(tdb, text)))
    assert there == here
