"""`kzgraph serve`: a real server process (kzgraph in front of a read-only Oxigraph child),
asked over HTTP, stopped with Ctrl-C (SIGINT), and its query page driven in headless Chromium.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from browser import Browser
from click.testing import CliRunner
from servers import free_port, oxigraph_binary, wait_until_up

from kzgraph.cli import main
from kzgraph.graph.store import sample_store
from kzgraph.query.results import Answer
from kzgraph.query.saved import as_json_rows, find_query, run

SRC = Path(__file__).resolve().parents[1] / "src"
REGIONS = "SELECT ?r WHERE { ?r a kz:Region } ORDER BY ?r"


def start_serve(*args: str, sigint_ignored: bool = False) -> tuple[subprocess.Popen, str]:
    """``kzgraph serve`` from the source tree as a real process; returns it and its URL.
    ``sigint_ignored``: started as a script's background job is, with SIGINT ignored."""
    oxigraph_binary()  # skips where the oxigraph server is not installed
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "KZGRAPH_STORE"}
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    process = subprocess.Popen(
        [sys.executable, "-c", "from kzgraph.cli import main; main()", "serve",
         "--bind", f"127.0.0.1:{port}", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint_ignored
        else None)
    url = f"http://127.0.0.1:{port}/"
    wait_until_up(url, process, seconds=60)
    return process, url


def interrupt(process: subprocess.Popen) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("kzgraph serve did not stop on Ctrl-C")
    return process.returncode, err


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """The sample corpus served; stopped with Ctrl-C after the module's tests."""
    process, url = start_serve()
    yield url
    interrupt(process)


def ask(url: str, *, data: bytes | None = None, headers: dict | None = None,
        method: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.headers["Content-Type"], answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def select(url: str, query: str) -> list[dict[str, str]]:
    status, kind, body = ask(f"{url}query?" + urllib.parse.urlencode({"query": query}),
                             headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return json_rows(body)


def json_rows(body: bytes) -> list[dict[str, str]]:
    """SPARQL JSON results as plain rows, as ``as_json_rows`` gives a local answer."""
    return as_json_rows(Answer.of(ox.parse_query_results(body, ox.QueryResultsFormat.JSON)))


# ---- the SPARQL endpoint ----

def test_serve_answers_a_sparql_query_over_http(served):
    rows = select(served, REGIONS)
    assert {"r": "kzid:region/akmola"} in rows
    assert len(rows) > 15


def test_serve_answers_a_saved_query_as_the_local_store_does(served):
    query = find_query("sectors")
    status, _, body = ask(f"{served}query", data=query.text.encode(),
                          headers={"Content-Type": "application/sparql-query",
                                   "Accept": "application/sparql-results+json"})
    assert status == 200, body
    there = json_rows(body)
    assert there == as_json_rows(run(sample_store(), query))


def test_serve_takes_a_form_post_and_other_result_formats(served):
    status, kind, body = ask(f"{served}query",
                             data=urllib.parse.urlencode({"query": REGIONS}).encode(),
                             headers={"Accept": "text/csv"})
    assert (status, kind.split(";")[0]) == (200, "text/csv")
    assert "https://w3id.org/kzgraph/id/region/akmola" in body.decode()


@pytest.mark.parametrize(
    ("path", "method", "body", "kind", "status"),
    [("update", "POST", b"update=DROP+ALL", "application/x-www-form-urlencoded", 403),
     ("update", "POST", b"DROP ALL", "application/sparql-update", 403),
     ("query", "POST", b"DROP ALL", "application/sparql-query", 403),
     ("query", "POST", b"DROP ALL", "application/sparql-update", 415),
     ("store?default", "PUT", b"<x:a> <x:b> <x:c> .", "application/n-triples", 403),
     ("store?default", "POST", b"<x:a> <x:b> <x:c> .", "application/n-triples", 403)],
    ids=["update-form", "update-body", "update-as-query", "update-type", "gsp-put", "gsp-post"],
)
def test_serve_refuses_an_update(served, path, method, body, kind, status):
    before = select(served, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    answer = ask(served + path, data=body, headers={"Content-Type": kind}, method=method)
    assert answer[0] == status, answer
    assert select(served, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == before
    assert int(before[0]["n"]) > 3000


# ---- what kzgraph query refuses, serve refuses too ----

@pytest.mark.parametrize(
    ("text", "status", "reason"),
    [("SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }", 403, "SERVICE would send"),
     ("SELECT * FROM <{url}/data.ttl> WHERE { ?s ?p ?o }", 403, "names a graph that is not"),
     ("SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/kzgraph/graph/reference> "
      "WHERE { ?s ?p ?o }", 200, ""),
     ("SELECT * WHERE { ?s ?p 'SERVICE <{url}/x>' }", 200, "")],
    ids=["service", "foreign-from", "kzgraph-from", "service-in-a-string"],
)
def test_serve_refuses_service_and_foreign_from(served, status_server, text, status, reason):
    """The query names a live loopback server: it must hear nothing."""
    target = status_server([200])
    answer = ask(f"{served}query", data=text.replace("{url}", target.url).encode(),
                 headers={"Content-Type": "application/sparql-query"})
    assert answer[0] == status, answer
    assert reason.encode() in answer[2]
    assert target.requests == []


def test_serve_with_allow_service_passes_service_on(status_server):
    target = status_server([(200, "application/sparql-results+json",
                             b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}')])
    process, url = start_serve("--allow-service")
    try:
        answer = ask(f"{url}query", data=f"SELECT * WHERE {{ SERVICE <{target.url}/sparql> "
                                         "{ ?s ?p ?o } }".encode(),
                     headers={"Content-Type": "application/sparql-query"})
    finally:
        interrupt(process)
    assert answer[0] == 200, answer
    assert [r[0] for r in target.requests] == ["POST"]


# ---- HTTP as clients send it ----

def test_serve_reads_a_chunked_post(served):
    body = iter([REGIONS[:20].encode(), REGIONS[20:].encode()])  # urllib sends it chunked
    request = urllib.request.Request(f"{served}query", data=body, method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        rows = json_rows(answer.read())
    assert {"r": "kzid:region/akmola"} in rows


@pytest.mark.parametrize("path", ["", "queries.json", "query?query=ASK%7B%7D"],
                         ids=["page", "queries", "query"])
def test_serve_answers_head_and_options(served, path):
    status, kind, body = ask(served + path, method="HEAD")
    assert (status, body) == (200, b"") and kind
    request = urllib.request.Request(served + path, method="OPTIONS")
    with urllib.request.urlopen(request, timeout=30) as answer:
        assert answer.status == 204
        assert ("POST" in answer.headers["Allow"]) == path.startswith("query")


def test_serve_error_positions_count_from_the_query_as_sent(served):
    status, _, body = ask(f"{served}query", data=b"SELECT * WHERE {\n  ?s ?p ?o\n  FILTER(\n}",
                          headers={"Content-Type": "application/sparql-query"})
    assert status == 400
    assert body.startswith(b"error at 4:"), body  # line 4 of what was sent, not 15


def test_serve_picks_up_a_build_into_its_store(tmp_path):
    generated = tmp_path / "more"
    generated.mkdir()
    (generated / "extra.txt").write_text(
        "url: https://news.example.org/extra\ntitle: A plant opens in Pavlodar\n"
        "published: 2020-05-04\nsource: Example News\n\nA new cement plant opened in the "
        "Pavlodar region, said the akim of Pavlodar Region.\n", encoding="utf-8")
    store = tmp_path / "kz.store"
    assert CliRunner().invoke(main, ["build", "--store", str(store)]).exit_code == 0
    process, url = start_serve("--store", str(store))
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    try:
        before = int(select(url, graphs)[0]["n"])
        built = CliRunner().invoke(main, ["build", str(generated), "--store", str(store),
                                          "--model", "none"])
        assert built.exit_code == 0, built.stderr
        time.sleep(1.1)  # the store is looked at once a second
        after = int(select(url, graphs)[0]["n"])
    finally:
        interrupt(process)
    assert after == before + 1


def test_twenty_clients_for_ten_seconds_get_no_error(served):
    """Load, not speed: every answer is 200 with the rows of the local run."""
    query = find_query("sectors")
    expected = as_json_rows(run(sample_store(), query))
    failures: list[str] = []
    answered = [0] * 20

    def client(number: int) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                status, _, body = ask(f"{served}query", data=query.text.encode(), headers={
                    "Content-Type": "application/sparql-query",
                    "Accept": "application/sparql-results+json"})
            except OSError as error:
                failures.append(repr(error))
                continue
            rows = json_rows(body) if status == 200 else None
            if rows != expected:
                failures.append(f"{status}: {body[:200]!r}")
            answered[number] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert all(count > 0 for count in answered)


def test_ctrl_c_stops_the_oxigraph_child(tmp_path):
    store = tmp_path / "kz.store"
    assert CliRunner().invoke(main, ["build", "--store", str(store)]).exit_code == 0
    process, url = start_serve("--store", str(store))
    assert {"r": "kzid:region/akmola"} in select(url, REGIONS)
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    assert len(children) == 1
    code, err = interrupt(process)
    assert code == 0, err
    assert "Traceback" not in err
    assert not Path(f"/proc/{children[0]}").exists()


def test_sigint_stops_a_serve_started_with_sigint_ignored():
    """A script's background job starts with SIGINT ignored; ``kill -INT`` still stops serve."""
    process, url = start_serve(sigint_ignored=True)
    assert select(url, REGIONS)
    code, err = interrupt(process)
    assert code == 0, err


def test_serve_without_a_store_there_is_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "kzgraph build" in result.stderr


def test_serve_on_a_port_in_use_is_one_line_error(served, tmp_path):
    store = tmp_path / "kz.store"
    assert CliRunner().invoke(main, ["build", "--store", str(store)]).exit_code == 0
    port = urllib.parse.urlsplit(served).port
    result = CliRunner().invoke(main, ["serve", "--store", str(store),
                                       "--bind", f"127.0.0.1:{port}"])
    assert result.exit_code == 1, result.stderr
    assert result.stderr.startswith("Error: cannot listen on 127.0.0.1:")
    assert result.stderr.count("\n") == 1


# ---- the query page, in a real headless Chromium ----

@pytest.fixture
def browser(tmp_path) -> Iterator[Browser]:
    page = Browser(tmp_path / "profile")
    yield page
    page.close()


def table(browser: Browser) -> list[list[str]]:
    return browser.evaluate("[...document.querySelectorAll('#results tr')].map("
                            "tr => [...tr.children].map(c => c.textContent))")


def test_the_query_page_runs_a_pasted_and_a_picked_query_offline(served, browser, tmp_path):
    browser.call("Page.navigate", url=served)
    browser.wait_for("document.body && document.body.dataset.ready === 'yes'")
    # paste the saved query's text into the editor, as a person would, and press Run
    browser.evaluate("(() => { const t = document.querySelector('#query'); t.focus(); "
                     "t.select(); })()")
    browser.call("Input.insertText", text=find_query("sectors").text)
    browser.click("#run")
    browser.wait_for("document.querySelectorAll('#results tbody tr').length > 0")
    rows = table(browser)
    assert rows[0] == ["sector", "name", "projectCount", "projects", "articles"]
    assert ["kzid:sector/aluminum-industry", "aluminum industry", "1",
            "production of aluminum (Pavlodar Region)",
            "tca-2016-12-07-industrialization-map"] in rows[1:]
    assert len(rows) == 11
    shot = browser.screenshot(tmp_path / "serve-page.png")
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000
    # pick another saved query from the list: it fills the editor; run it with Ctrl+Enter
    browser.evaluate("(() => { const s = document.querySelector('#saved'); s.value = 'regions';"
                     " s.dispatchEvent(new Event('change')); })()")
    assert "kz:Region" in browser.evaluate("document.querySelector('#query').value")
    browser.evaluate("document.querySelector('#query').focus()")
    for kind in ("keyDown", "keyUp"):
        browser.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                     windowsVirtualKeyCode=13, modifiers=2)
    browser.wait_for("document.querySelector('#results th') && "
                     "document.querySelector('#results th').textContent === 'region'")
    assert ["kzid:region/akmola"] == [r[0] for r in table(browser) if r[0].endswith("akmola")]
    # nothing was fetched from anywhere but this server
    urls = browser.requested_urls()
    assert urls and all(u.startswith(served) for u in urls), urls


def test_serve_on_a_folder_that_is_no_store_is_one_line_error(tmp_path):
    (tmp_path / "notes.txt").write_text("not a store\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path),
                                       "--bind", f"127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {tmp_path}: the Oxigraph server stopped at once")
