"""Export: every RDF format parses back (with rdflib, an independent parser) to the store's graph;
Turtle is deterministic; files are written atomically.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kzgraph.articles import find_articles, read_article
from kzgraph.cli import main
from kzgraph.errors import KzgraphError
from kzgraph.graph.export import ExportFormat, format_for, serialize, write_atomically
from kzgraph.graph.store import GraphStore, sample_store
from kzgraph.graph.triples import extract_graph
from kzgraph.namespaces import article_graph
from kzgraph.resources import sample_dir, sample_graphs_file

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_KEY = sorted((ROOT / "src" / "kzgraph" / "sample").glob("*.txt"))[0].stem
RDFLIB_FORMAT = {"turtle": "turtle", "trig": "trig", "ntriples": "nt", "nquads": "nquads",
                 "jsonld": "json-ld", "rdfxml": "xml"}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term):
    """A pyoxigraph term as the rdflib term it must parse back to."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


@pytest.fixture(scope="module")
def store():
    return sample_store()


@pytest.fixture(scope="module")
def expected(store) -> tuple[rdflib.Graph, dict[str, rdflib.Graph]]:
    """The store's content in rdflib terms: the union graph, and each named graph."""
    union = rdflib.Graph()
    graphs: dict[str, rdflib.Graph] = {}
    for quad in store.quads():
        triple = (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
        union.add(triple)
        graphs.setdefault(quad.graph_name.value, rdflib.Graph()).add(triple)
    return union, graphs


def test_fixture_covers_what_the_formats_must_keep(expected):
    """The sample has named graphs, blank nodes, language tags and typed literals to round-trip."""
    union, graphs = expected
    assert set(graphs) >= {article_graph(SAMPLE_KEY), "https://w3id.org/kzgraph/graph/ontology",
                           "https://w3id.org/kzgraph/graph/reference"}
    terms = {t for triple in union for t in triple}
    assert any(isinstance(t, rdflib.BNode) for t in terms)
    assert any(isinstance(t, rdflib.Literal) and t.language for t in terms)
    assert any(isinstance(t, rdflib.Literal) and t.datatype for t in terms)


@pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
@pytest.mark.parametrize("fmt", list(ExportFormat), ids=lambda f: f.value)
def test_export_parses_back_isomorphic(store, expected, fmt):
    union, graphs = expected
    data = serialize(store.quads(), fmt)
    if fmt.rdf_format.supports_datasets:
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format=RDFLIB_FORMAT[fmt.value])
        parsed = {str(g.identifier): g for g in dataset.graphs() if len(g)}
        assert set(parsed) == set(graphs)
        for name, graph in graphs.items():
            assert isomorphic(parsed[name], graph), name
    else:
        graph = rdflib.Graph()
        graph.parse(data=data, format=RDFLIB_FORMAT[fmt.value])
        assert len(graph) == len(union)
        assert isomorphic(graph, union)


def test_formats_cover_the_extensions():
    assert {format_for(f"x.{ext}", None) for ext in ("ttl", "trig", "nt", "nq", "jsonld", "rdf")} \
        == set(ExportFormat)


@pytest.mark.parametrize(
    ("path", "given", "fmt"),
    [
        ("out.nt", None, "ntriples"),
        ("out.NQ", None, "nquads"),
        ("out.owl", None, "rdfxml"),
        ("out.json", None, "jsonld"),
        ("out.txt", None, "turtle"),
        ("", None, "turtle"),
        ("out.nt", "trig", "trig"),
    ],
    ids=["nt", "upper-case-nq", "owl", "json", "unknown-ext", "stdout", "explicit-wins"],
)
def test_format_for(path, given, fmt):
    assert format_for(path, given) is ExportFormat(fmt)


# ---- determinism ----

def test_turtle_export_of_one_store_is_stable(store):
    quads = store.quads()
    first = serialize(quads, ExportFormat.TURTLE)
    assert serialize(list(reversed(quads)), ExportFormat.TURTLE) == first
    assert serialize(store.quads(), ExportFormat.TURTLE) == first


def extracted_sample() -> GraphStore:
    """The sample corpus run through the extractor now (``sample_store`` reads shipped graphs)."""
    store = GraphStore()
    for path in find_articles([sample_dir()]):
        store.add_article(extract_graph(read_article(path)))
    return store


def article_quads(store: GraphStore) -> list[ox.Quad]:
    return [quad for graph in store.article_graphs() for quad in store.quads(graph)]


def test_turtle_export_of_article_graphs_is_identical_across_builds():
    """What the extractor writes (no blank nodes) is the same bytes from two builds."""
    graph = article_graph(SAMPLE_KEY)
    assert serialize(extracted_sample().quads(graph), ExportFormat.TURTLE) == \
        serialize(extracted_sample().quads(graph), ExportFormat.TURTLE)


def test_the_shipped_sample_graphs_are_what_the_extractor_writes(runner, tmp_path):
    """Regenerate with: kzgraph extract src/kzgraph/sample -o src/kzgraph/sample/sample-graphs.nq"""
    out = tmp_path / "sample-graphs.nq"
    result = runner.invoke(main, ["extract", str(sample_dir()), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    stale = "the shipped sample graphs are out of date; regenerate them (see README)"
    assert out.read_bytes() == sample_graphs_file().read_bytes(), stale
    shipped, extracted = sample_store(), extracted_sample()
    assert shipped.article_graphs() == extracted.article_graphs() != []
    assert article_quads(shipped) == article_quads(extracted), stale


def test_turtle_export_is_identical_across_builds():
    """The ontology's blank nodes get new labels per parse; export canonicalises them."""
    first, second = sample_store(), sample_store()
    turtle = ExportFormat.TURTLE
    assert serialize(first.quads(), turtle) == serialize(second.quads(), turtle)


# ---- the export command ----

def test_export_command_picks_ntriples_from_extension(tmp_path, expected):
    out = tmp_path / "sample.nt"
    result = CliRunner().invoke(main, ["export", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""
    text = out.read_text(encoding="utf-8")
    assert "@prefix" not in text
    assert all(line.endswith(" .") for line in text.splitlines())
    graph = rdflib.Graph()
    graph.parse(data=text, format="nt")
    assert isomorphic(graph, expected[0])
    assert sorted(os.listdir(tmp_path)) == ["sample.nt"]


def test_export_command_to_stdout_is_turtle(expected):
    result = CliRunner().invoke(main, ["export"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("@prefix")
    graph = rdflib.Graph()
    graph.parse(data=result.stdout, format="turtle")
    assert len(graph) == len(expected[0])


def test_export_into_missing_folder_is_one_line_error(tmp_path):
    target = tmp_path / "missing" / "out.ttl"
    result = CliRunner().invoke(main, ["export", "-o", str(target)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert not target.parent.exists()


# ---- write_atomically ----

@pytest.mark.parametrize("old", [None, b"old content"], ids=["new-file", "replace"])
def test_write_atomically_writes_and_leaves_no_temp_file(tmp_path, old):
    target = tmp_path / "out.ttl"
    if old is not None:
        target.write_bytes(old)
    write_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(tmp_path) == ["out.ttl"]


def test_write_atomically_accepts_a_str_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_atomically("out.nt", b"x")
    assert os.listdir(tmp_path) == ["out.nt"]


FAILING_WRITES = [
    # (target name, old content or None, data, the error)
    pytest.param("out.ttl", None, "not bytes", TypeError, id="data-not-bytes"),
    pytest.param("out.ttl", b"old content", "not bytes", TypeError, id="old-file-kept"),
    pytest.param("folder", None, b"data", KzgraphError, id="target-is-a-folder"),
]


@pytest.mark.parametrize(("name", "old", "data", "error"), FAILING_WRITES)
def test_failed_write_leaves_no_partial_target(tmp_path, name, old, data, error):
    (tmp_path / "folder").mkdir()
    target = tmp_path / name
    if old is not None:
        target.write_bytes(old)
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(error):
        write_atomically(target, data)
    assert sorted(os.listdir(tmp_path)) == before  # no temp file left, no new target
    if old is not None:
        assert target.read_bytes() == old
    if target.is_dir():
        assert os.listdir(target) == []


def test_failed_write_in_missing_folder_creates_nothing(tmp_path):
    with pytest.raises(KzgraphError, match="folder exists"):
        write_atomically(tmp_path / "missing" / "out.ttl", b"data")
    assert os.listdir(tmp_path) == []
