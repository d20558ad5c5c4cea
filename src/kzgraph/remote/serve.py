"""``kzgraph serve``: a read-only SPARQL endpoint and a query page over the embedded store.

The design: the SPARQL engine is the Oxigraph server itself (``oxigraph serve-read-only`` from
the ``oxigraph`` package), run as a child process on the store, on a free loopback port, with
the union of all graphs as the default graph (as ``kzgraph query`` sees it) and a query time
limit (``--timeout-s``). In front of it, a small standard-library HTTP server listens on
``--bind`` (loopback by default) and

* serves ``/``, kzgraph's own query page: one self-contained HTML file (``serve_page.html``,
  inline CSS and JavaScript, nothing fetched from elsewhere, so it works with no network,
  unlike Oxigraph's page, which loads YASGUI from a CDN): a picker of the saved queries that
  fills a textarea, and a table of results;
* serves ``/queries.json``, the saved queries with their titles, parameters and text;
* passes ``/query`` (SPARQL 1.1 Protocol, GET or POST, a body with a ``Content-Length`` or
  chunked) to the child, with the kzgraph prefixes predeclared as for ``kzgraph query`` (error
  positions are given in the query as sent, not counting those prefix lines), after the checks
  of ``kzgraph query`` (``guard.check_query``): ``SERVICE`` and ``FROM`` of a graph that is not
  kzgraph's are refused with 403 unless the server was started with ``allow_service``;
* refuses ``/update`` and ``/store`` with 403: the endpoint is read-only twice over, since the
  child opened the store read-only;
* answers ``HEAD`` as ``GET`` without the body, and ``OPTIONS`` with the methods a path takes.

A build into the served store is picked up: before a query, when the store's files changed
(looked at once a second at most), a new child is opened on it and takes the following queries;
the old one is stopped once the queries it was answering had their time (if the new one cannot
open the store yet, a build still writing, the old one goes on answering). Without a store, the
sample corpus is built into a temporary store first. Ctrl-C (or ``Server.close``) stops the
children and removes the temporary store.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import QueryRefused, ServeError, StoreError
from ..namespaces import PREFIXES, SPARQL_PREFIXES
from ..query.guard import check_query

PAGE = Path(__file__).with_name("serve_page.html")
DEFAULT_BIND = "127.0.0.1:7878"
DEFAULT_TIMEOUT = 30.0


def parse_bind(bind: str) -> tuple[str, int]:
    """``HOST:PORT`` as a tuple; IPv6 hosts in brackets.

    >>> parse_bind("127.0.0.1:7878")
    ('127.0.0.1', 7878)
    >>> parse_bind("[::1]:8000")
    ('::1', 8000)
    """
    host, sep, port = bind.rpartition(":")
    if not sep or not port.isdigit() or not host or int(port) > 65535:
        raise ServeError(f"--bind {bind!r} must be HOST:PORT, e.g. {DEFAULT_BIND}")
    return host.strip("[]"), int(port)


def oxigraph_command() -> str:
    """The ``oxigraph`` server command: beside this Python (a venv), else on ``PATH``."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed; pip install oxigraph")
    return found


class Server:
    """The child Oxigraph server and the front server; use as a context manager."""

    def __init__(self, store_path: str | Path | None = None, *, bind: str = DEFAULT_BIND,
                 timeout: float = DEFAULT_TIMEOUT, allow_service: bool = False) -> None:
        self.timeout = timeout
        self.allow_service = allow_service
        self._temporary: str | None = None
        self._child: subprocess.Popen | None = None
        self._log = None
        self._retired: list[tuple[subprocess.Popen, object]] = []
        self._swap = threading.Lock()
        host, port = parse_bind(bind)
        self._oxigraph = oxigraph_command()
        if store_path is None:
            self._temporary = tempfile.mkdtemp(prefix="kzgraph-serve-")
            self.store_path = Path(self._temporary) / "sample.store"
            _build_sample(self.store_path)
        else:
            self.store_path = Path(store_path)
            if not self.store_path.is_dir():
                self.close()
                raise StoreError("no store here; create one with `kzgraph build ARTICLES "
                                 f"--store {store_path}`", location=str(store_path))
        try:
            self.front = _Front((host, port), _handler(self))
        except OSError as error:
            self.close()
            raise ServeError(f"cannot listen on {bind} ({error.strerror}); is the port in use? "
                             "choose another with --bind HOST:PORT") from None
        self.front.daemon_threads = True
        self._seen, self._looked = self._store_stamp(), time.monotonic()
        try:
            self.child_url, self._child, self._log = self._start_child()
        except ServeError:
            self.close()
            raise
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self.front.server_address[1]}/"

    def _store_stamp(self) -> int:
        """A fingerprint of the store's files (RocksDB's own log files apart): a write adds,
        grows or replaces some of them."""
        try:
            return hash(tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns)
                                     for e in os.scandir(self.store_path)
                                     if not e.name.startswith("LOG"))))
        except OSError:
            return 0

    def current_child(self) -> str:
        """The child's URL, after opening a new child where the store changed since (looked at
        once a second at most)."""
        now = time.monotonic()
        if now - self._looked < 1:
            return self.child_url
        with self._swap:
            self._looked = now
            stamp = self._store_stamp()
            if stamp != self._seen:
                try:
                    url, child, log = self._start_child()
                except ServeError:  # a build still writing, say: keep the old snapshot
                    return self.child_url
                old = (self._child, self._log)
                self.child_url, self._child, self._log, self._seen = url, child, log, stamp
                self._retired.append(old)
                timer = threading.Timer(self.timeout + 10, self._stop_retired, [old])
                timer.daemon = True
                timer.start()
        return self.child_url

    def _stop_retired(self, retired) -> None:
        child, log = retired
        _stop(child)
        log.close()
        if retired in self._retired:
            self._retired.remove(retired)

    def _start_child(self) -> tuple[str, subprocess.Popen, object]:
        """A new read-only Oxigraph server on the store: its URL, process and stderr file."""
        with ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) as probe:
            port = probe.server_address[1]
        log = tempfile.TemporaryFile()  # the child's stderr: a file never blocks it
        child = subprocess.Popen(
            [self._oxigraph, "serve-read-only", "--location", str(self.store_path),
             "--bind", f"127.0.0.1:{port}", "--union-default-graph",
             "--timeout-s", str(max(1, round(self.timeout)))],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if child.poll() is not None:
                log.seek(0)
                why = log.read().decode("utf-8", "replace").strip()
                log.close()
                first = why.splitlines()[0] if why else f"exit code {child.returncode}"
                raise ServeError(f"the Oxigraph server stopped at once ({first}); is this a "
                                 "kzgraph store?", location=str(self.store_path))
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).close()
                return url, child, log
            except OSError:
                time.sleep(0.1)
        _stop(child)
        log.close()
        raise ServeError("the Oxigraph server did not answer within 30 s")

    def serve_forever(self) -> None:
        """Answer requests until Ctrl-C (or SIGTERM), then stop the child. Both are handled here,
        as ``kzgraph build`` does, also where the shell that started it ignores SIGINT (a
        script's background job): ``kill -INT`` stops it too."""
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, _interrupt)
        try:
            self.front.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self.close()

    def close(self) -> None:
        if getattr(self, "front", None) is not None:
            self.front.server_close()
        for retired in list(self._retired):
            self._stop_retired(retired)
        if self._child is not None:
            _stop(self._child)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._temporary:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Front(ThreadingHTTPServer):
    """The front server: a thread per request, and room for many clients connecting at once
    (the standard library's queue of 5 resets the rest)."""

    request_queue_size = 128


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


PREFIX_LINES = SPARQL_PREFIXES.count("\n")


def shift_positions(message: str, lines: int = PREFIX_LINES) -> str:
    """An engine's error message with its ``error at LINE:COLUMN`` counted in the query as the
    user sent it, without the ``lines`` predeclared prefix lines.

    >>> shift_positions("error at 15:2: expected one of ABS", lines=11)
    'error at 4:2: expected one of ABS'
    >>> shift_positions("no position here", lines=11)
    'no position here'
    """
    def back(match: re.Match) -> str:
        line = int(match.group(1)) - lines
        return f"error at {line}:{match.group(2)}" if line > 0 else match.group()

    return re.sub(r"error at (\d+):(\d+)", back, message)


def _build_sample(path: Path) -> None:
    from ..graph.store import sample_store

    store = sample_store(path)
    store.flush()
    del store  # closes the store, so the child can open it


def saved_queries_json() -> bytes:
    """The saved queries and the prefix map, as the page's picker reads them."""
    from ..query.saved import saved_queries

    queries = [
        {"name": q.name, "title": q.title, "description": q.description, "text": q.text,
         "params": [{"name": p.name, "type": p.type, "optional": p.optional, "doc": p.doc}
                    for p in q.params]}
        for q in saved_queries()]
    return json.dumps({"queries": queries, "prefixes": PREFIXES},
                      ensure_ascii=False).encode("utf-8")


def with_prefixes(query: str) -> str:
    """The query with the kzgraph prefixes declared in front (a later PREFIX wins).

    >>> with_prefixes("SELECT * WHERE {}").splitlines()[0]
    'PREFIX kz: <https://w3id.org/kzgraph/ontology#>'
    """
    return SPARQL_PREFIXES + query


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kzgraph"

        def do_GET(self) -> None:
            path, _, query = self.path.partition("?")
            if path == "/":
                self._send(200, PAGE.read_bytes(), "text/html; charset=utf-8")
            elif path == "/queries.json":
                self._send(200, saved_queries_json(), "application/json")
            elif path == "/query":
                self._proxy(urllib.parse.parse_qsl(query, keep_blank_values=True))
            else:
                self._refuse(path)

        do_HEAD = do_GET

        def do_OPTIONS(self) -> None:
            path = self.path.partition("?")[0]
            allowed = "GET, HEAD, POST, OPTIONS" if path == "/query" else "GET, HEAD, OPTIONS"
            self.send_response(204 if path in ("/", "/query", "/queries.json") else 404)
            self.send_header("Allow", allowed)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _body(self) -> bytes:
            """The request body, sent with a ``Content-Length`` or in chunks."""
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                parts = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass  # trailers
                        return b"".join(parts)
                    parts.append(self.rfile.read(size))
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def do_POST(self) -> None:
            path, _, query = self.path.partition("?")
            try:
                body = self._body().decode("utf-8", "replace")
            except ValueError:
                return self._send(400, b"the chunked body is malformed\n")
            if path != "/query":
                return self._refuse(path)
            fields = urllib.parse.parse_qsl(query, keep_blank_values=True)
            kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if kind == "application/x-www-form-urlencoded":
                fields += urllib.parse.parse_qsl(body, keep_blank_values=True)
            elif kind == "application/sparql-query":
                fields.append(("query", body))
            else:
                return self._send(415, b"send application/sparql-query or a form with query=\n")
            self._proxy(fields)

        def do_PUT(self) -> None:
            self._refuse("/store")

        do_DELETE = do_PATCH = do_PUT

        def _refuse(self, path: str) -> None:
            if path in ("/update", "/store"):
                self._send(403, b"this endpoint is read-only: no updates, no Graph Store "
                                b"writes\n")
            else:
                self._send(404, b"not found: try / (the query page) or /query\n")

        def _proxy(self, fields: list[tuple[str, str]]) -> None:
            queries = [v for k, v in fields if k == "query"]
            if len(queries) != 1:
                return self._send(400, b"give exactly one query parameter\n")
            try:
                check_query(queries[0], allow_service=server.allow_service, where="query")
            except QueryRefused as error:
                return self._send(403, f"{error}\n".encode())
            rest = urllib.parse.urlencode([(k, v) for k, v in fields if k != "query"])
            request = urllib.request.Request(
                f"{server.current_child()}/query" + (f"?{rest}" if rest else ""),
                data=with_prefixes(queries[0]).encode("utf-8"), method="POST",
                headers={"Content-Type": "application/sparql-query",
                         "Accept": self.headers.get("Accept") or "*/*"})
            try:
                with urllib.request.urlopen(request, timeout=server.timeout + 5) as answer:
                    self._send(answer.status, answer.read(), answer.headers["Content-Type"])
            except urllib.error.HTTPError as error:
                text = shift_positions(error.read().decode("utf-8", "replace"))
                self._send(error.code, text.encode("utf-8"), "text/plain; charset=utf-8")
            except OSError as error:
                self._send(504 if "timed out" in str(error) else 502,
                           f"the SPARQL engine did not answer ({error})\n".encode())

        def _send(self, status: int, body: bytes, kind: str = "text/plain; charset=utf-8"):
            self.send_response(status)
            self.send_header("Content-Type", kind or "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return Handler
