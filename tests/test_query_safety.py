"""Hostile and broken queries: refused before they reach the store, stopped at the time limit,
and parameters that stay RDF terms whatever their text. Real stores, a real HTTP server on
127.0.0.1 (to prove that a refused SERVICE sends nothing), real child processes for timeouts.
"""

from __future__ import annotations

import gc
import http.server
import os
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from conftest import one_line_error
from kzgraph.cli import main
from kzgraph.errors import ParameterError, QueryError, QueryRefused, QueryTimeout
from kzgraph.graph.store import GraphStore, sample_store
from kzgraph.query.guard import check_query
from kzgraph.query.runner import call_with_timeout
from kzgraph.query.saved import find_query, read_query, run, run_with_timeout


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("q") / "kz.store"
    assert CliRunner().invoke(main, ["build", "--store", str(path)]).exit_code == 0
    gc.collect()
    return path


def quads_of(path: Path) -> list[str]:
    gc.collect()
    return [str(q) for q in GraphStore(path).quads()]


def refused(result: Result, exit_code: int, *fragments: str) -> str:
    return one_line_error(result, *fragments, exit_code=exit_code)


def write_query(folder: Path, text: str, name: str = "q.rq") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- updates are refused ----

UPDATES = [
    ("insert-data", "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }", "2:1"),
    ("delete-where", "DELETE WHERE { ?s ?p ?o }", "1:1"),
    ("drop-all", "DROP ALL", "1:1"),
    ("drop-lowercase", "  drop silent graph <https://w3id.org/kzgraph/graph/reference>", "1:3"),
    ("clear", "CLEAR DEFAULT", "1:1"),
    ("load", "LOAD <http://example.org/data.ttl>", "1:1"),
    ("with-delete-insert", "WITH <http://e/g>\nDELETE { ?s ?p ?o } INSERT { ?s ?p 1 }\n"
     "WHERE { ?s ?p ?o }", "1:1"),
    ("after-a-query", "SELECT * WHERE { ?s ?p ?o } ;\nDROP ALL", "2:1"),
    ("create", "CREATE GRAPH <http://e/g>", "1:1"),
    ("copy", "COPY DEFAULT TO <http://e/g>", "1:1"),
]


@pytest.mark.parametrize("text, position", [u[1:] for u in UPDATES], ids=[u[0] for u in UPDATES])
def test_updates_are_refused_and_the_store_is_unchanged(runner, tmp_path, store_dir, text,
                                                        position):
    before = quads_of(store_dir)
    path = write_query(tmp_path, text)
    result = runner.invoke(main, ["query", str(path), "--store", str(store_dir)])
    refused(result, 2, f"{path}:{position}:", "SPARQL Update", "read-only")
    assert quads_of(store_dir) == before


def test_the_store_query_api_cannot_run_an_update_either():
    """Defence in depth: even unchecked, pyoxigraph's query() only parses queries."""
    store = sample_store()
    size = len(store)
    with pytest.raises(SyntaxError):
        store.query("DROP ALL")
    assert len(store) == size


# ---- the tokenizer: tricky cases ----

ALLOWED = [  # keywords where they are not keywords
    ("in-string", 'SELECT * WHERE { ?s ?p "SERVICE <http://x> { DROP ALL }" }'),
    ("in-long-string", "SELECT * WHERE { ?s ?p '''a\nSERVICE <http://x> {\n}''' }"),
    ("escaped-quote", r'SELECT * WHERE { ?s ?p "a\" SERVICE <http://x> { }" }'),
    ("in-comment", "SELECT * # SERVICE <http://x> { } INSERT DROP\nWHERE { ?s ?p ?o }"),
    ("in-iri", "SELECT * WHERE { ?s <http://example.org/SERVICE/DROP> ?o }"),
    ("prefixed-name", "PREFIX ex: <http://example.org/>\n"
     "SELECT * WHERE { ?s ex:service ex:DROP . ?s ex:from ex:insert }"),
    ("variables", "SELECT ?service ?from ?drop WHERE { ?service ?from ?drop }"),
    ("lang-tag", 'SELECT * WHERE { ?s ?p "x"@service }'),
    ("from-kzgraph-graph", "SELECT * FROM <https://w3id.org/kzgraph/graph/reference> "
     "WHERE { ?s ?p ?o }"),
    ("from-named-kzgraph", "SELECT * FROM NAMED <https://w3id.org/kzgraph/graph/ontology> "
     "WHERE { GRAPH ?g { ?s ?p ?o } }"),
    ("less-than", "SELECT * WHERE { ?s ?p ?o FILTER(?o<5 && ?o>1) }"),
    ("blank-node-label", "SELECT * WHERE { _:drop ?p _:service }"),
    ("empty-prefix", "PREFIX : <http://example.org/>\nSELECT * WHERE { ?s :insert :from }"),
]
REFUSED = [  # (id, text, what, line:col)
    ("service", "SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }", "SERVICE", "1:18"),
    ("service-lowercase", "select * where { service <http://x/> { ?s ?p ?o } }", "SERVICE",
     "1:18"),
    ("service-silent", "SELECT * WHERE {\n  SERVICE SILENT <http://x/> { ?s ?p ?o } }",
     "SERVICE", "2:3"),
    ("service-variable", "SELECT * WHERE { ?e ?p ?o SERVICE ?e { ?s ?p ?o } }", "SERVICE",
     "1:27"),
    ("service-in-subquery", "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x/> "
     "{ ?s ?p ?o } } } }", "SERVICE", "1:38"),
    ("service-after-string", 'SELECT * WHERE { ?s ?p "}" SERVICE <http://x/> { ?s ?p ?o } }',
     "SERVICE", "1:28"),
    ("from-http", "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }", "FROM",
     "1:10"),
    ("from-named", "SELECT * FROM NAMED <https://example.org/d> WHERE { ?s ?p ?o }", "FROM",
     "1:10"),
    ("from-pname", "PREFIX ev: <http://evil.example/>\nSELECT * FROM ev:doc WHERE { ?s ?p ?o }",
     "FROM", "2:10"),
    ("from-relative-base", "BASE <http://evil.example/>\nSELECT * FROM <doc> WHERE { ?s ?p ?o }",
     "FROM", "2:10"),
]


@pytest.mark.parametrize("text", [a[1] for a in ALLOWED], ids=[a[0] for a in ALLOWED])
def test_keywords_inside_other_tokens_are_not_refused(text):
    check_query(text)
    ox.Store().query(text)  # and it is a query pyoxigraph accepts


@pytest.mark.parametrize("text, word, position", [r[1:] for r in REFUSED],
                         ids=[r[0] for r in REFUSED])
def test_federation_is_refused_where_it_is(text, word, position):
    with pytest.raises(QueryRefused) as raised:
        check_query(text, where="q.rq")
    assert str(raised.value).startswith(f"q.rq:{position}: {word}")
    assert "--allow-service" in str(raised.value)
    check_query(text, allow_service=True)  # allowed when asked for


class _Endpoint(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        _Endpoint.hits.append(self.path)
        body = b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", ' \
               b'"value": "http://example.org/from-the-endpoint"}}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def endpoint():
    _Endpoint.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/sparql", _Endpoint.hits
    server.shutdown()


def test_service_sends_nothing_unless_allowed(runner, tmp_path, endpoint):
    url, hits = endpoint
    path = write_query(tmp_path, f"SELECT ?s WHERE {{\n  SERVICE <{url}> {{ ?s ?p ?o }}\n}}\n")
    refused(runner.invoke(main, ["query", str(path)]), 2, f"{path}:2:3:", "SERVICE")
    assert hits == []
    allowed = runner.invoke(main, ["query", str(path), "--allow-service", "--format", "csv"])
    assert allowed.exit_code == 0, allowed.stderr
    assert allowed.stdout == "s\nhttp://example.org/from-the-endpoint\n"
    assert len(hits) == 1  # the guard, not a network failure, is what stopped the first run


# ---- the time limit ----

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n"


def test_a_runaway_query_is_stopped(runner, tmp_path):
    """A cartesian product of the sample with itself three times (5e10 rows) never ends."""
    path = write_query(tmp_path, CARTESIAN)
    result = runner.invoke(main, ["query", str(path), "--timeout", "1"])
    refused(result, 3, f"{path}:", "stopped after 1 s", "--timeout")


def test_a_runaway_query_is_stopped_in_the_library(tmp_path):
    query = read_query(write_query(tmp_path, CARTESIAN))
    with pytest.raises(QueryTimeout, match="stopped after 0.5 s"):
        run_with_timeout(sample_store, query, timeout=0.5)


def test_the_child_process_reports_errors_and_answers():
    assert call_with_timeout(lambda: b"answer", 10) == b"answer"

    def fails() -> bytes:
        raise ParameterError("bad value", location="q.rq")

    with pytest.raises(ParameterError, match="q.rq: bad value"):
        call_with_timeout(fails, 10)

    def crashes() -> bytes:
        raise ZeroDivisionError("boom")

    with pytest.raises(QueryError, match="ZeroDivisionError: boom"):
        call_with_timeout(crashes, 10)


def test_a_store_on_disk_is_opened_in_the_child_that_runs_the_query(store_dir, tmp_path):
    """Forking with a RocksDB store open can leave the child waiting forever on a lock a
    background thread held (seen: 2 of 34 queries on fresh stores hung); so the child opens it."""
    opened_in = tmp_path / "pid"

    def open_here() -> GraphStore:
        opened_in.write_text(str(os.getpid()))
        return GraphStore(store_dir)

    gc.collect()
    answer = run_with_timeout(open_here, find_query("sectors"), timeout=30)
    assert len(answer.rows) == 10
    assert int(opened_in.read_text()) != os.getpid()
    opened = GraphStore(store_dir)
    with pytest.raises(ValueError, match="pass a function that opens the store"):
        run_with_timeout(opened, find_query("sectors"), timeout=30)
    assert len(run(opened, find_query("sectors")).rows) == 10  # no time limit: no child


@pytest.mark.parametrize("timeout", [None, 30], ids=["in-process", "child-process"])
@pytest.mark.parametrize("text, expected", [
    ("SELECT ?s WHERE { ?s a kz:Region } ORDER BY ?s LIMIT 2",
     ["https://w3id.org/kzgraph/id/region/abai", "https://w3id.org/kzgraph/id/region/akmola"]),
    ("ASK { ?s a kz:Project }", True),
    ("CONSTRUCT { ?s a kz:Sector } WHERE { ?s a kz:Sector } LIMIT 1", 1),
], ids=["select", "ask", "construct"])
def test_answers_are_the_same_with_or_without_a_time_limit(tmp_path, timeout, text, expected):
    answer = run_with_timeout(sample_store, read_query(write_query(tmp_path, text)),
                              timeout=timeout)
    if isinstance(expected, list):
        assert [row["s"].value for row in answer.records()] == expected
    elif isinstance(expected, bool):
        assert answer.boolean is expected
    else:
        assert len(answer.triples) == expected


def test_the_default_time_limit_is_shown_in_help(runner):
    result = runner.invoke(main, ["query", "--help"])
    text = " ".join(result.stdout.split())  # help wraps where the terminal's width says
    assert "--timeout SECONDS" in text and "default: 60" in text
    assert "--allow-service" in text


# ---- names and parameters ----

def test_syntax_error_gives_file_line_column(runner, tmp_path):
    path = write_query(tmp_path, "# title: t\nSELECT ?s WHERE {\n  ?s ?p \n}\n")
    refused(runner.invoke(main, ["query", str(path)]), 2, f"{path}:4:",
                   "SPARQL syntax error")


@pytest.mark.parametrize("name, suggestion", [
    ("sector", "did you mean sectors"),
    ("projcts.rq", "did you mean projects"),
    ("nothing-like-it", "saved queries: articles, companies, evidence, figures"),
], ids=["missing-s", "typo-with-rq", "far"])
def test_unknown_query_name_suggests_the_nearest(runner, name, suggestion):
    refused(runner.invoke(main, ["query", name]), 2, name, suggestion)
    with pytest.raises(QueryError, match=suggestion):
        find_query(name)


TYPED = """# title: typed
# param: when (date) a day
# param: count (integer, optional) a number
# param: who (iri, optional) an IRI
SELECT ?when ?count ?who WHERE { BIND(1 AS ?x) }
"""


@pytest.mark.parametrize("params, fragments", [
    ([], ["missing --param when"]),
    (["when=2020-01-02", "colour=red"], ["unknown parameter 'colour'", "when, count, who"]),
    (["when=yesterday"], ["when='yesterday' is not a valid date"]),
    (["when=2020-01-02", "count=12abc"], ["count='12abc' is not a valid integer"]),
    (["when=2020-01-02", "who=not an iri"], ["not a valid iri", "prefix:name"]),
    (["when=2020-01-02", "who=nocolon"], ["not a valid iri"]),
    (["when=2020-01-02", "who=<http://e/a> } ; DROP ALL ; {"], ["not a valid iri"]),
    (["when=2020-01-02", 'who=http://e/a"'], ["not a valid iri"]),
    (["when"], ["must be NAME=VALUE"]),
], ids=["missing", "unknown", "bad-date", "bad-integer", "iri-with-space", "iri-no-scheme",
        "iri-injection", "iri-quote", "no-equals"])
def test_bad_parameters_are_one_line(runner, tmp_path, params, fragments):
    path = write_query(tmp_path, TYPED)
    args = ["query", str(path)] + [a for p in params for a in ("--param", p)]
    refused(runner.invoke(main, args), 2, *fragments)


INJECTIONS = [
    'KZT" } } ; DROP ALL ; #',
    "KZT' } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #",
    'x"""^^<http://e/t> } INSERT DATA { <http://e/a> <http://e/b> <http://e/c> } #',
    "\\u0022 } DROP ALL",
    "KZT\n} DROP ALL #",
]


@pytest.mark.parametrize("value", INJECTIONS, ids=["quote-drop", "single-quote-service",
                                                  "long-quote-insert", "escape", "newline"])
def test_injection_through_a_string_parameter_is_inert(runner, store_dir, value):
    before = quads_of(store_dir)
    result = runner.invoke(main, ["query", "figures", "--param", f"unit={value}",
                                  "--store", str(store_dir), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "article,about,property,value,unit,qualifier,text\n"  # no rows
    assert quads_of(store_dir) == before
