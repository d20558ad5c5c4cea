"""The store's layout (``layout.py``): each fact once, every article replaceable whole.

The articles are generated (``benchmarks/generate.py``) and read by the rules-only extractor
(``--model none``): the layout does not depend on what the model finds, and the rules are fast.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
import pytest

from kzgraph.articles import find_articles, read_article
from kzgraph.graph.build import build, extract_nquads
from kzgraph.graph.layout import ASSERTS, ENTITIES_GRAPH, RULE, StoredGraph, fact_iri
from kzgraph.graph.store import GraphStore, sample_store
from kzgraph.graph.triples import extract_graphs
from kzgraph.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_graph

ROOT = Path(__file__).resolve().parents[1]
ENTITIES = ox.NamedNode(ENTITIES_GRAPH)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("corpus")
    module.generate(80, folder, seed=5)
    return folder


@pytest.fixture(scope="module")
def stored(corpus) -> dict[str, StoredGraph]:
    articles = [read_article(path) for path in find_articles([corpus])]
    return {graph.key: graph for graph in extract_nquads(articles, "none")}


def _build(corpus: Path, store: GraphStore) -> GraphStore:
    build([corpus], store, jobs=1, model="none")
    return store


def _triples(store: GraphStore, graph: ox.NamedNode | None = None) -> Counter:
    """Triples (as text) with the number of graphs that hold each; kz:assertsFact left out."""
    return Counter(f"{q.subject} {q.predicate} {q.object}"
                   for q in store.quads_for_pattern(None, None, None, graph)
                   if q.predicate.value != ASSERTS and q.graph_name != ox.DefaultGraph())


def _shared(graph: StoredGraph) -> set[str]:
    return {line.rsplit(" ", 2)[0] for line in graph.shared.decode().splitlines()}


def _expected_entities(stored: dict[str, StoredGraph], keys) -> set[str]:
    return set().union(*(_shared(stored[k]) for k in keys))


def _unfolded(triple: str) -> set[str]:
    """A stored triple in ``kzgraph extract``'s form: a span's rule taken out of its IRI."""
    subject, rest = triple.split(" ", 1)
    if ";rule=" not in subject:
        return {triple}
    span, rule = subject[:-1].split(";rule=")
    return {f"{span}> {rest}", f'{span}> {RULE} "{unquote(rule)}"'}


def test_the_union_holds_the_same_triples_as_self_contained_graphs(corpus, tmp_path):
    """Queries see what they saw with one self-contained graph per article, just once; with
    the spans' rules taken back out of their IRIs, not one triple more or less."""
    store = _build(corpus, GraphStore(tmp_path / "kz.store"))
    articles = [read_article(path) for path in find_articles([corpus])]
    extracted = {line.rsplit(" ", 2)[0] for graph in extract_graphs(articles, model="none")
                 for line in graph.nquads().splitlines()}
    fixed = set(_triples(store, ox.NamedNode(REFERENCE_GRAPH))) | set(
        _triples(store, ox.NamedNode(ONTOLOGY_GRAPH)))
    assert not any(f" {RULE} " in t for t in _triples(store))
    assert set().union(*map(_unfolded, _triples(store))) == extracted | fixed


def test_facts_about_shared_entities_are_stored_once(corpus, stored, tmp_path):
    store = _build(corpus, GraphStore(tmp_path / "kz.store"))
    entities = _triples(store, ENTITIES)
    assert entities and set(entities) == _expected_entities(stored, stored)
    everywhere = _triples(store)
    assert {t: everywhere[t] for t in entities if everywhere[t] > 1} == {}


def test_each_shared_fact_is_counted_by_the_articles_that_state_it(corpus, stored, tmp_path):
    store = _build(corpus, GraphStore(tmp_path / "kz.store"))
    for key, graph in stored.items():
        node = ox.NamedNode(article_graph(key))
        claims = {q.object.value for q in store.quads_for_pattern(
            None, ox.NamedNode(ASSERTS), None, node)}
        assert claims == graph.facts, key


def test_a_delete_keeps_facts_another_article_states_and_drops_the_rest(corpus, stored,
                                                                        tmp_path):
    store = _build(corpus, GraphStore(tmp_path / "kz.store"))
    by_fact = Counter(fact for graph in stored.values() for fact in graph.facts)
    twice = next(fact for fact, n in sorted(by_fact.items()) if n == 2)
    first, second = sorted(k for k, g in stored.items() if twice in g.facts)
    triple = next(t for t in _shared(stored[first]) if fact_iri(t) == twice)
    gone: set[str] = set()
    for what, keys, present in (("one of the two articles that state it", [first], True),
                                ("the other one", [second], False),
                                ("every article", sorted(stored), False)):
        store.drop_articles(keys)
        gone |= set(keys)
        entities = set(_triples(store, ENTITIES))
        assert entities == _expected_entities(stored, set(stored) - gone), what
        assert (triple in entities) is present, what
    assert _triples(store, ENTITIES) == Counter()
    assert store.article_graphs() == []


def test_a_replaced_article_drops_the_facts_only_its_old_version_stated(corpus, stored,
                                                                       tmp_path):
    store = _build(corpus, GraphStore(tmp_path / "kz.store"))
    key = next(k for k, g in sorted(stored.items())
               if any(sum(f in o.facts for o in stored.values()) == 1 for f in g.facts))
    replacement = next(iter(extract_nquads(
        [read_article(p) for p in find_articles([corpus]) if read_article(p).key != key][:1],
        "none")))
    new = StoredGraph(key, replacement.graph.replace(
        f"<{article_graph(replacement.key)}>".encode(), f"<{article_graph(key)}>".encode()),
        replacement.shared, replacement.facts, replacement.quads)
    assert store.write_article_graphs([new]) == 1
    others = set(stored) - {key}
    assert set(_triples(store, ENTITIES)) == _expected_entities(stored, others) | _shared(new)


def test_evidence_is_spans_in_the_article_graph_and_goes_with_it(corpus, stored, tmp_path):
    """Every span (``…#char=start,end``) is in its own article's graph, never in the entities
    graph; the evidence query gives the words of each span of a kept article, in its sentence,
    and nothing from an article once it is deleted."""
    from kzgraph.graph.spans import parse_span
    from kzgraph.namespaces import SPARQL_PREFIXES
    from kzgraph.query.saved import bind, find_query, with_values

    store = _build(corpus, GraphStore(tmp_path / "kz.store"))
    for quad in store.quads_for_pattern():
        span = parse_span(quad.subject.value) if isinstance(quad.subject, ox.NamedNode) else None
        if span is not None:
            key = span.article.rsplit("/", 1)[-1]
            assert quad.graph_name.value == article_graph(key), quad
    saved = find_query("evidence")
    text = SPARQL_PREFIXES + with_values(saved.text,
                                         bind(saved, {"entity": "kzid:region/akmola"}))
    rows = list(store.query(text))
    articles = sorted({row["article"].value for row in rows})
    assert len(articles) >= 2
    bodies = {q.subject.value: q.object.value for q in store.quads_for_pattern(
        None, ox.NamedNode("https://w3id.org/kzgraph/ontology#text"), None)}
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert row["text"].value == bodies[row["article"].value][start:end]
        assert row["text"].value in row["sentence"].value and row["rule"].value
    gone = articles[0]
    store.drop_articles([gone.rsplit("/", 1)[-1]])
    after = {row["article"].value for row in store.query(text)}
    assert after == set(articles[1:])
    assert not any(q.subject.value.startswith(gone + "#") for q in store.quads_for_pattern())


def test_an_unchanged_rebuild_changes_nothing(corpus, tmp_path):
    store = _build(corpus, GraphStore(tmp_path / "kz.store"))
    before = sorted(map(str, store.quads()))
    report = build([corpus], store, jobs=1, model="none")
    assert report.unchanged == 80 and report.extracted == 0
    assert sorted(map(str, store.quads())) == before


def test_the_sample_store_is_in_the_same_layout():
    store = sample_store()
    assert _triples(store, ENTITIES)
    assert any(True for _ in store.quads_for_pattern(None, ox.NamedNode(ASSERTS), None))


def test_an_export_loaded_elsewhere_answers_the_saved_queries_alike(corpus, tmp_path):
    """`kzgraph export --format nquads` of a store, loaded into a plain Oxigraph store."""
    from kzgraph.graph.export import ExportFormat, serialize
    from kzgraph.namespaces import SPARQL_PREFIXES
    from kzgraph.query.saved import bind, find_query, with_values
    from kzgraph.resources import queries_dir

    store = _build(corpus, GraphStore(tmp_path / "kz.store"))
    elsewhere = ox.Store()
    elsewhere.load(serialize(store.quads(), ExportFormat.NQUADS), format=ox.RdfFormat.N_QUADS)
    values = {"evidence": {"entity": "kzid:region/akmola"}}
    for path in sorted(queries_dir().glob("*.rq")):
        saved = find_query(str(path))
        text = SPARQL_PREFIXES + with_values(saved.text, bind(saved, values.get(path.stem, {})))
        here = _rows(store.query(text))
        assert here == _rows(elsewhere.query(text, use_default_graph_as_union=True)), path.stem


def _rows(solutions) -> Counter:
    """Rows as text, each GROUP_CONCAT's parts sorted (their order is the engine's choice)."""
    return Counter(tuple(" | ".join(sorted(str(v.value).split(" | "))) if v is not None else ""
                         for v in row) for row in solutions)
