"""`kzgraph load` and `kzgraph query --endpoint` against a real Oxigraph server.

The server is started per test on a free loopback port with an empty store (tests/servers.py).
Failures a healthy server will not produce on demand (a 500, a 401, a PUT refused half way)
come from a small standard-library HTTP server that answers with the statuses it is given.
"""

from __future__ import annotations

import io
import json
import urllib.parse

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from servers import canonical_dataset, free_port, store_dataset

from conftest import one_line_error
from kzgraph.cli import main
from kzgraph.errors import RemoteError
from kzgraph.graph.store import GraphStore, sample_store
from kzgraph.namespaces import article_graph
from kzgraph.query.saved import as_json_rows, find_query, read_query, run, saved_queries
from kzgraph.remote import bulk
from kzgraph.remote.endpoints import call, endpoint
from kzgraph.remote.graphs import local_graphs, remote_counts
from kzgraph.remote.load import SendFailed, load, pipelined, plan
from kzgraph.remote.protocol import remote_query, sparql
from kzgraph.resources import sample_dir

SAMPLE_KEY = "tca-2016-12-07-industrialization-map"
PARAMS = {"evidence": {"entity": "kzid:region/akmola"}}
NO_ROWS_ON_SAMPLE = {"companies"}  # the seed names no company; test_query_engines has a fixture


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch):
    for name in ("KZGRAPH_STORE", "KZGRAPH_USER", "KZGRAPH_PASSWORD", "KZGRAPH_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def local():
    return sample_store()


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def one_error_line(result: Result, *fragments: str) -> str:
    """Exit 1 and one Error line; a load reports its progress (stderr) and table (stdout) first."""
    return one_line_error(result, *fragments, progress_before=True, output_allowed=True)


def server_dataset(url: str) -> ox.Dataset:
    """Everything in the server's named graphs, blank nodes canonicalised."""
    rows = sparql(endpoint(url), "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return canonical_dataset(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)


# ---- load ----

@pytest.mark.parametrize("method", ["auto", "put", "bulk"])
def test_load_then_counts_per_graph_match_the_store(oxigraph, local, method):
    result = invoke("load", "--endpoint", oxigraph, "--method", method)
    assert result.exit_code == 0, result.stderr
    expected = {g.graph: g.local for g in local_graphs(local)}
    assert remote_counts(endpoint(oxigraph), list(expected)) == expected
    assert len(result.stdout.splitlines()) == len(expected)
    assert f"article/{SAMPLE_KEY}" in result.stdout
    assert f"by {'bulk' if method == 'auto' else method}" in result.stderr
    assert server_dataset(oxigraph) == store_dataset(local)


def test_a_bulk_load_in_parts_sends_each_graph_once(oxigraph, local, monkeypatch):
    """Parts of at most ``BULK_PART`` quads, two in flight: every graph in one part only."""
    monkeypatch.setattr(bulk, "BULK_PART", 100)
    graphs = local_graphs(local)
    posts = [line for line in plan(local, endpoint(oxigraph), method="bulk")
             if "store?no_transaction" in line]
    assert len(posts) == len(graphs)  # each graph is over 100 quads, so each goes alone
    assert sum(int(line.split("(")[1].split()[0]) for line in posts) \
        == sum(g.local for g in graphs)
    load(local, endpoint(oxigraph), method="bulk").check()
    assert server_dataset(oxigraph) == store_dataset(local)


@pytest.mark.parametrize("method", ["put", "bulk"])
def test_a_second_load_changes_nothing(oxigraph, local, method):
    server = endpoint(oxigraph)
    load(local, server, method=method)
    before = server_dataset(oxigraph)
    report = load(local, server, method=method)
    report.check()
    assert server_dataset(oxigraph) == before == store_dataset(local)


@pytest.mark.parametrize("method", ["put", "bulk"])
def test_a_changed_article_replaces_its_graph(oxigraph, tmp_path, method):
    article = next(sample_dir().glob("*.txt"))
    original, changed = tmp_path / "original", tmp_path / "changed"
    for folder, text in [(original, article.read_text(encoding="utf-8")),
                         (changed, article.read_text(encoding="utf-8").replace(
                             " production of aluminum in the Pavlodar region;", ""))]:
        folder.mkdir()
        (folder / article.name).write_text(text, encoding="utf-8")
        build = invoke("build", str(folder), "--store", str(folder / "kz.store"))
        assert build.exit_code == 0, build.stderr
    assert invoke("load", "--endpoint", oxigraph, "--store", str(original / "kz.store"),
                  "--method", method).exit_code == 0
    assert "production of aluminum" in _remote_sectors(oxigraph)
    result = invoke("load", "--endpoint", oxigraph, "--store", str(changed / "kz.store"),
                    "--graph", f"article/{SAMPLE_KEY}", "--method", method)
    assert result.exit_code == 0, result.stderr
    assert "production of aluminum" not in _remote_sectors(oxigraph)
    graph = ox.NamedNode(article_graph(SAMPLE_KEY))
    store = GraphStore(changed / "kz.store")
    here = ox.Dataset(store.quads_for_pattern(None, None, None, graph))
    there = ox.Dataset(q for q in server_dataset(oxigraph) if q.graph_name == graph)
    here.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    there.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    assert there == here


def _remote_sectors(url: str) -> str:
    result = invoke("query", "sectors", "--endpoint", url, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_dry_run_sends_nothing(oxigraph):
    result = invoke("load", "--endpoint", oxigraph, "--dry-run", "--method", "put")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and all(line.startswith("PUT ") for line in lines)
    assert "/store?graph=" in lines[0] and "triples" in lines[0]
    assert remote_counts(endpoint(oxigraph), [article_graph(SAMPLE_KEY)]) == {}


def test_dry_run_of_the_bulk_path_names_its_two_requests(oxigraph):
    result = invoke("load", "--endpoint", oxigraph, "--dry-run")
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"POST {oxigraph[:-len('query')]}update")
    assert lines[-1].startswith(f"POST {oxigraph[:-len('query')]}store?no_transaction ")
    assert remote_counts(endpoint(oxigraph), [article_graph(SAMPLE_KEY)]) == {}


def test_load_of_a_graph_the_store_lacks_is_one_error(oxigraph):
    result = invoke("load", "--endpoint", oxigraph, "--graph", "article/nope")
    one_error_line(result, "article/nope")


# ---- remote queries ----

@pytest.fixture
def loaded(oxigraph, local) -> str:
    load(local, endpoint(oxigraph)).check()
    return oxigraph


@pytest.fixture(scope="module")
def reasoned():
    """The sample corpus with its inferred graph (HermiT and the rules), which `inferred` reads."""
    from kzgraph.check.reason import reason

    store = sample_store()
    reason(store)
    return store


@pytest.mark.parametrize("query", saved_queries(), ids=lambda q: q.name)
def test_every_saved_query_gives_the_same_rows_remotely(oxigraph, reasoned, query):
    load(reasoned, endpoint(oxigraph)).check()
    values = PARAMS.get(query.name, {})
    here = as_json_rows(run(reasoned, query, values))
    there = as_json_rows(remote_query(endpoint(oxigraph), query, values))
    assert here or query.name in NO_ROWS_ON_SAMPLE, "no rows on the sample proves little"
    assert sorted(map(unordered, there)) == sorted(map(unordered, here))


def unordered(row: dict[str, str]) -> list[tuple[str, str]]:
    """A row comparable across engines: GROUP_CONCAT lists ("a | b") have no set order."""
    return sorted((k, " | ".join(sorted(v.split(" | ")))) for k, v in row.items())


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_query_command_prints_the_same_remotely(loaded, fmt):
    there = invoke("query", "sectors", "--endpoint", loaded, "--format", fmt)
    here = invoke("query", "sectors", "--format", fmt)
    assert there.exit_code == 0, there.stderr
    assert there.stdout == here.stdout
    assert there.stderr == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ASK { ?r a kz:Region }", "true\n"),
     ("ASK { ?r a kz:Nothing }", "false\n"),
     ("CONSTRUCT { ?r a kz:Region } WHERE { ?r a kz:Region ; rdfs:label 'Akmola Region'@en }",
      "<https://w3id.org/kzgraph/id/region/akmola> a "
      "<https://w3id.org/kzgraph/ontology#Region> .\n")],
    ids=["ask-true", "ask-false", "construct"],
)
def test_ask_and_construct_work_remotely(loaded, tmp_path, text, expected):
    path = tmp_path / "q.rq"
    path.write_text(f"# title: q\n{text}\n", encoding="utf-8")
    result = invoke("query", str(path), "--endpoint", loaded)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == expected == invoke("query", str(path)).stdout


INJECTIONS = {
    "double-quote": 'Akmola Region" || true || "',
    "single-quote": "Akmola Region' || true || '",
    "close-brace": "Akmola Region } UNION { ?r ?p ?word }",
    "newline": "Akmola Region\n} ; DROP ALL ; INSERT DATA { <x:a> <x:b> <x:c> }",
    "drop-all": "Akmola Region> ; DROP ALL",
}


@pytest.fixture
def label_query(tmp_path):
    path = tmp_path / "label.rq"
    path.write_text("# title: By label\n# description: Resources with exactly this label.\n"
                    "# param: word (string) a label\n"
                    "SELECT DISTINCT ?r WHERE { ?r rdfs:label ?label . "
                    "FILTER(STR(?label) = ?word) }\n", encoding="utf-8")
    return path


def test_a_plain_param_matches_remotely(loaded, label_query):
    """The control for the injection cases: the same query does find a plain label."""
    result = invoke("query", str(label_query), "--endpoint", loaded,
                    "--param", "word=Akmola Region", "--format", "csv")
    assert result.stdout == "r\nhttps://w3id.org/kzgraph/id/region/akmola\n"  # W3C CSV: full IRIs


@pytest.mark.parametrize("value", INJECTIONS.values(), ids=INJECTIONS.keys())
def test_param_injection_is_bound_as_a_literal_and_harms_nothing(loaded, local, label_query,
                                                                 value):
    result = invoke("query", str(label_query), "--endpoint", loaded, "--param", f"word={value}",
                    "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "r\n"
    assert server_dataset(loaded) == store_dataset(local)
    bound = remote_query(endpoint(loaded), read_query(label_query), {"word": value})
    assert bound.rows == ()


def test_an_iri_param_that_is_no_iri_is_refused_before_sending(loaded):
    result = invoke("query", "evidence", "--endpoint", loaded,
                    "--param", "entity=kzid:x> } ; DROP ALL ; #")
    assert result.exit_code == 2
    assert "is not a valid iri" in result.stderr


# ---- errors: one line naming the endpoint and the status ----

def test_a_server_that_is_down():
    root = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    one_error_line(invoke("load", "--endpoint", f"{root}/query"),
                   f"{root}/query", "connection refused for the probe query")
    line = one_error_line(invoke("load", "--endpoint", f"{root}/query", "--method", "put",
                                 "--server", "oxigraph"),
                          f"{root}/store", "connection refused", "not loaded 4 graph")
    assert "loaded no graph" in line
    one_error_line(invoke("query", "sectors", "--endpoint", f"{root}/query"),
                   f"{root}/query", "connection refused")


def test_a_server_that_answers_500(status_server):
    server = status_server([500])
    line = one_error_line(invoke("load", "--endpoint", f"{server.url}/query", "--method", "put",
                                 "--server", "oxigraph"),
                          f"{server.url}/store", "HTTP 500", "something broke on the server")
    assert "loaded no graph; not loaded 4 graph(s)" in line
    one_error_line(invoke("query", "sectors", "--endpoint", f"{server.url}/query",
                          "--server", "oxigraph"), f"{server.url}/query", "HTTP 500")


@pytest.mark.parametrize(
    ("counted", "said"),
    [("all", f"loaded 1 graph(s) (article/{SAMPLE_KEY})"),
     ("none", f"loaded no graph; sent but not held with the same triple count 1 graph(s) "
              f"(article/{SAMPLE_KEY})"),
     ("refused", f"sent 1 graph(s) (article/{SAMPLE_KEY}), which the server could not be asked")],
    ids=["server-holds-it", "server-lost-it", "cannot-count"],
)
def test_a_put_refused_half_way_says_which_graphs_made_it(status_server, local, counted, said):
    """After a failure the graphs sent before are counted on the server: a success status is
    no proof (Virtuoso answers a chunked PUT with 201 and stores nothing)."""
    article = len(local.quads(article_graph(SAMPLE_KEY)))
    answer = {"all": counts_answer({article_graph(SAMPLE_KEY): article}),
              "none": counts_answer({}), "refused": 503}[counted]
    server = status_server([204, 503, answer])
    one_error_line(invoke("load", "--endpoint", f"{server.url}/query", "--method", "put",
                          "--server", "oxigraph"),
                   "HTTP 503", said,
                   "not loaded 3 graph(s) (entities, ontology, reference)")
    assert [(m, p.split("?")[0]) for m, p, _, _ in server.requests] \
        == [("PUT", "/store")] * 2 + [("POST", "/query")]
    assert server.requests[0][3].count(b" .\n") == article  # the article's triples
    assert server.requests[0][2]["Content-Length"] == str(len(server.requests[0][3]))
    assert "Transfer-Encoding" not in server.requests[0][2]


VIRTUOSO_PAGE = (b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html>\n  <head>\n'
                 b"    <title>SPARQL Graph Protocol request failed</title>\n  </head>\n  <body>\n"
                 b"    <h1>HTTP/1.1 500 Request Failed</h1>\n    <h3>Error %s</h3>\n"
                 b"<xmp>%s</xmp></body></html>")


@pytest.mark.parametrize("state, message", [
    (b"40001", b"SR172: Transaction deadlocked"),
    (b"23000", b"SR197: Non unique primary key on DB.DBA.RDF_LANGUAGE."),
], ids=["deadlock", "new-language-tag"])
def test_a_put_the_server_rolled_back_for_a_conflict_is_sent_again(status_server, local, state,
                                                                   message):
    """Virtuoso rolls one of two concurrent PUTs back when they deadlock (SQL state 40001) or
    both register the same new language tag (SR197; seen here in a load of the sample into a
    fresh Virtuoso); a PUT replaces its graph whole, so it is simply sent again."""
    article = len(local.quads(article_graph(SAMPLE_KEY)))
    conflict = (500, "text/html", VIRTUOSO_PAGE % (state, message))
    server = status_server([conflict, 201, counts_answer({article_graph(SAMPLE_KEY): article})])
    result = invoke("load", "--endpoint", f"{server.url}/query", "--method", "put",
                    "--server", "oxigraph", "--graph", f"article/{SAMPLE_KEY}")
    assert result.exit_code == 0, result.stderr
    assert [m for m, _, _, _ in server.requests] == ["PUT", "PUT", "POST"]
    assert server.requests[0][3] == server.requests[1][3]


def test_another_server_error_page_is_shown_as_its_text_and_not_retried(status_server):
    page = VIRTUOSO_PAGE % (b"22023", b"SR601: Bad graph")
    server = status_server([(500, "text/html", page), 201])
    one_error_line(invoke("load", "--endpoint", f"{server.url}/query", "--method", "put",
                          "--server", "oxigraph", "--graph", f"article/{SAMPLE_KEY}"),
                   "HTTP 500", "(HTTP/1.1 500 Request Failed Error 22023 SR601: Bad graph)")
    assert [m for m, _, _, _ in server.requests] == ["PUT"]


@pytest.mark.parametrize("senders", [1, 3])
@pytest.mark.parametrize("fails", [None, 0, 2, 5], ids=["none", "first", "third", "last"])
def test_pipelined_yields_in_order_and_stops_at_the_first_failure(senders, fails):
    """Bodies are written here while up to ``senders`` threads send; the failure names its item
    and how many had been handed over (after it, none is written)."""
    written, closed = [], []

    def write(item):
        written.append(item)
        return io.BytesIO()

    def send(item, body):
        with body:
            closed.append(item)
            if item == fails:
                raise RemoteError(f"item {item} refused")

    landed = []
    if fails is None:
        landed = list(pipelined(range(6), write, send, senders=senders))
        assert landed == list(range(6))
        return
    with pytest.raises(SendFailed) as failed:
        landed.extend(pipelined(range(6), write, send, senders=senders))
    assert failed.value.item == fails
    assert landed == list(range(fails))
    assert failed.value.sent >= fails + 1
    assert failed.value.sent <= min(fails + senders + 1, 6)
    assert sorted(closed) == written[:failed.value.sent]


def counts_answer(graphs: dict[str, int]) -> tuple[int, str, bytes]:
    """A SPARQL JSON answer to the triple-count query, as a server holding ``graphs`` gives."""
    rows = [{"g": {"type": "uri", "value": g},
             "n": {"type": "literal", "value": str(n),
                   "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}
            for g, n in graphs.items()]
    body = json.dumps({"head": {"vars": ["g", "n"]}, "results": {"bindings": rows}})
    return 200, "application/sparql-results+json", body.encode()


@pytest.mark.parametrize(
    ("fails", "fragments"),
    [("drop", ["the DROP of 2 graphs", "nothing was loaded; 0 of the 2 graphs to replace"]),
     ("post", ["the POST of N-Quads", "may be empty or partly loaded",
               "run the same load again", "not loaded 4 graph(s)"])],
    ids=["drop-fails", "post-fails"],
)
def test_a_bulk_load_that_fails_says_what_to_do(status_server, local, fails, fragments):
    held = {g.graph: g.local for g in local_graphs(local)[:2]}  # the server has two of three
    server = status_server([counts_answer(held), 500] if fails == "drop"
                           else [counts_answer(held), 204, 500])
    one_error_line(invoke("load", "--endpoint", f"{server.url}/query", "--server", "oxigraph"),
                   "HTTP 500", *fragments)
    drop = server.requests[1]
    assert drop[:2] == ("POST", "/update")
    assert drop[3].decode().count("DROP SILENT GRAPH") == 2
    if fails == "post":
        assert server.requests[2][1] == "/store?no_transaction"
        assert server.requests[2][2]["Content-Type"] == "application/n-quads"
        assert server.requests[2][3].count(b" .\n") == sum(g.local for g in local_graphs(local))


def test_a_bulk_load_stopped_while_writing_sends_no_whole_body(oxigraph, local):
    """The body is chunked and written while it is sent: stopped half way (Ctrl-C, a store
    that cannot be read), it must end without its last chunk, so the server takes nothing."""
    class Stop(Exception):
        pass

    def stop_after_the_first(graph):
        raise Stop(graph.graph)

    with pytest.raises(Stop):
        load(local, endpoint(oxigraph), method="bulk", progress=stop_after_the_first)
    assert remote_counts(endpoint(oxigraph), [g.graph for g in local_graphs(local)]) == {}
    load(local, endpoint(oxigraph), method="bulk").check()  # and the same load then succeeds


def test_a_server_that_never_answers_times_out(silent_port):
    server = endpoint(f"http://127.0.0.1:{silent_port}/query")
    with pytest.raises(RemoteError, match=r"no answer within 0\.5 s for the query"):
        remote_query(server, find_query("sectors"), timeout=0.5)


def test_a_server_that_rejects_the_content_type(oxigraph):
    with pytest.raises(RemoteError) as caught:
        call(oxigraph.replace("/query", "/store?default"), method="POST", body=b"x",
             headers={"Content-Type": "application/x-unknown"}, what="the POST")
    assert str(caught.value).startswith(oxigraph.replace("/query", "/store") + ": HTTP 415")
    assert "rejects the content type" in str(caught.value)


# ---- credentials: from the environment, sent as a header, never shown ----

@pytest.mark.parametrize(
    ("env", "header"),
    [({"KZGRAPH_TOKEN": "s3cret-token"}, "Bearer s3cret-token"),
     ({"KZGRAPH_USER": "ann", "KZGRAPH_PASSWORD": "s3cret-pw"}, "Basic YW5uOnMzY3JldC1wdw==")],
    ids=["bearer", "basic"],
)
def test_credentials_come_from_the_environment_and_are_never_printed(status_server, monkeypatch,
                                                                     env, header):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    server = status_server([401])
    result = invoke("load", "--endpoint", f"{server.url}/query", "--method", "put",
                                 "--server", "oxigraph")
    line = one_error_line(result, "HTTP 401", "KZGRAPH_USER")
    assert server.requests[0][2]["Authorization"] == header
    assert "s3cret" not in result.stdout + result.stderr + line


@pytest.mark.parametrize(
    ("endpoint_url", "fragments"),
    [("http://[::1:7878/query", ["http://[::1:7878/query", "IPv6 host goes in brackets"]),
     ("http://127.0.0.1:99999/query", ["http://127.0.0.1:99999/query", "port must be 1-65535"]),
     ("ftp://127.0.0.1/query", ["must be an http:// or https:// URL"])],
    ids=["ipv6-unclosed", "port-99999", "not-http"],
)
@pytest.mark.parametrize("command", ["load", "query"])
def test_a_bad_endpoint_url_is_one_line(command, endpoint_url, fragments):
    args = ["query", "sectors"] if command == "query" else ["load"]
    one_error_line(invoke(*args, "--endpoint", endpoint_url), *fragments)


@pytest.mark.parametrize(
    ("env", "answer", "fragment"),
    [({}, 401, "set $KZGRAPH_USER and $KZGRAPH_PASSWORD, or $KZGRAPH_TOKEN"),
     ({"KZGRAPH_USER": "user-s3cret", "KZGRAPH_PASSWORD": "pw-s3cret"}, 401,
      "the server refused the credentials in $KZGRAPH_USER/$KZGRAPH_PASSWORD"),
     ({"KZGRAPH_TOKEN": "token-s3cret"}, 401, "the server refused the credentials"),
     ({"KZGRAPH_USER": "user-s3cret", "KZGRAPH_PASSWORD": "pw-s3cret"},
      (401, "text/plain", b"", {"WWW-Authenticate": 'Digest realm="SPARQL", nonce="x"'}),
      "wants HTTP Digest authentication, which kzgraph does not send")],
    ids=["no-credentials", "wrong-password", "wrong-token", "digest-wanted"],
)
def test_a_401_says_what_to_do(status_server, monkeypatch, env, answer, fragment):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    server = status_server([answer])
    for args in (["load"], ["query", "sectors"]):
        result = invoke(*args, "--endpoint", f"{server.url}/query")
        line = one_error_line(result, "HTTP 401", "the probe query", fragment)
        assert all(value not in line for value in env.values())


def test_credentials_in_the_url_are_refused_and_not_echoed():
    result = invoke("query", "sectors", "--endpoint", "http://ann:s3cret@127.0.0.1:9/query")
    one_error_line(result, "http://127.0.0.1:9/query", "KZGRAPH_USER")
    assert "s3cret" not in result.stderr


# ---- server dialects ----

@pytest.mark.parametrize(
    ("url", "dialect", "store"),
    [("http://h:7878/query", "oxigraph", "http://h:7878/store"),
     ("http://h:3030/kz/sparql", "fuseki", "http://h:3030/kz/data"),
     ("http://h:3030/kz/query", "fuseki", "http://h:3030/kz/data"),
     ("http://h:7200/repositories/kz", "graphdb", "http://h:7200/repositories/kz/rdf-graphs/service"),
     ("http://h:8890/sparql", "virtuoso", "http://h:8890/sparql-graph-crud"),
     ("http://h:7001/", "qlever", "http://h:7001/"),
     ("https://h/a/b/c", "generic", None)],
    ids=["oxigraph", "fuseki-sparql", "fuseki-query", "graphdb", "virtuoso", "qlever", "generic"],
)
def test_the_store_url_is_guessed_from_the_query_url(url, dialect, store):
    guessed = endpoint(url)
    assert (guessed.dialect, guessed.store) == (dialect, store)
    assert endpoint(url, graph_store="http://x/gsp").store == "http://x/gsp"


def test_an_unguessable_store_url_asks_for_graph_store(local):
    result = invoke("load", "--endpoint", "https://h/a/b/c", "--server", "generic")
    one_error_line(result, "--graph-store", "--server")


# ---- answers as real servers give them ----

def rows_answer(values: list[dict], cap: int | None = None) -> tuple:
    """A SPARQL JSON answer of rows of ?s, with Virtuoso's row-cap header when ``cap``."""
    body = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": values}}).encode()
    headers = {"X-SPARQL-MaxRows": str(cap)} if cap else {}
    return 200, "application/sparql-results+json", body, headers


def iri(n: int) -> dict:
    return {"s": {"type": "uri", "value": f"https://w3id.org/kzgraph/id/region/r{n}"}}


@pytest.fixture
def region_query(tmp_path):
    path = tmp_path / "regions.rq"
    path.write_text("# title: Regions\nSELECT ?s WHERE { ?s a kz:Region } ORDER BY ?s\n",
                    encoding="utf-8")
    return path


def test_an_answer_cut_at_the_servers_row_cap_is_fetched_in_pages(status_server, region_query):
    """As Virtuoso answers with ResultSetMaxRows 2: every page but the last is full."""
    server = status_server([200, rows_answer([iri(1), iri(2)], cap=2),
                            rows_answer([iri(3), iri(4)], cap=2), rows_answer([iri(5)], cap=2)],
                           server="Virtuoso/07.20.3229 (Linux)")
    result = invoke("query", str(region_query), "--endpoint", f"{server.url}/sparql",
                    "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["s"] + [iri(n)["s"]["value"] for n in range(1, 6)]
    assert result.stderr == ("Warning: the server stops at 2 rows per answer; 5 rows were "
                             "fetched in 3 pages\n")
    sent = [urllib.parse.parse_qs(r[3].decode())["query"][0] for r in server.requests[1:]]
    assert [s.split("ORDER BY ?s")[1].strip() for s in sent] == \
        ["", "LIMIT 2 OFFSET 2", "LIMIT 2 OFFSET 4"]


def test_a_capped_answer_that_cannot_be_paged_says_it_is_cut(status_server, tmp_path):
    path = tmp_path / "top.rq"
    path.write_text("# title: Top\nSELECT ?s WHERE { ?s a kz:Region } LIMIT 50\n",
                    encoding="utf-8")
    server = status_server([200, rows_answer([iri(1), iri(2)], cap=2)],
                           server="Virtuoso/07.20.3229 (Linux)")
    result = invoke("query", str(path), "--endpoint", f"{server.url}/sparql", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    assert "Warning: the server stops at 2 rows per answer and this query cannot be paged" \
        in result.stderr
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "answer",
    [rows_answer([{"s": {"type": "bnode", "value": "nodeID://b10223"}},
                  {"s": {"type": "bnode", "value": "nodeID://b10224"}}]),
     (200, "application/sparql-results+xml",
      b'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
      b'<head><variable name="s"/></head><results>'
      b'<result><binding name="s"><bnode>nodeID://b10223</bnode></binding></result>'
      b'<result><binding name="s"><bnode>nodeID://b10224</bnode></binding></result>'
      b'</results></sparql>')],
    ids=["json", "xml"],
)
def test_virtuoso_blank_node_labels_are_read(status_server, region_query, answer):
    server = status_server([200, answer], server="Virtuoso/07.20.3229 (Linux)")
    result = invoke("query", str(region_query), "--endpoint", f"{server.url}/sparql",
                    "--format", "sparql-json")
    assert result.exit_code == 0, result.stderr
    labels = [row["s"]["value"] for row in json.loads(result.stdout)["results"]["bindings"]]
    assert len(set(labels)) == 2 and all("b1022" in label for label in labels)
