"""Real servers for the remote tests, on free loopback ports, stopped when the test ends.

``oxigraph`` runs the Oxigraph server from the ``oxigraph`` package (a dependency).
``virtuoso`` runs Debian's Virtuoso 7 (``virtuoso-opensource``) on a temporary database, its SQL
and HTTP ports on loopback, with SPARQL updates granted to the anonymous ``SPARQL`` user.
``status_server`` is a small standard-library HTTP server that answers every request with the
statuses it is given, for the failures a healthy triple store will not produce on demand
(a 500, a 401), and records what it received.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def oxigraph_binary() -> str:
    """The ``oxigraph`` command beside this Python, or on PATH; a skip where neither exists."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server is not installed (pip install '.[test]' brings it)")
    return found


def wait_until_up(url: str, process: subprocess.Popen | None = None, seconds: float = 20) -> None:
    """Poll ``url`` until it answers (any HTTP status), or fail the test."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode} before answering")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"nothing answered at {url} within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def oxigraph(tmp_path) -> Iterator[str]:
    """A read-write Oxigraph server on an empty store; yields its query URL."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(tmp_path / "server.store"),
         "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", process)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DisableTcpSocket = 0
DirsAllowed = ., {db}
NumberOfBuffers = 40000
MaxDirtyBuffers = 30000
CheckpointInterval = 60
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {db}
ServerThreads = 10
MaxClientConnections = 10
EnabledGzipContent = 0
[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 120
"""


class Virtuoso:
    """Debian's ``virtuoso-t`` on a fresh database in ``folder``, both ports on 127.0.0.1.

    Raises ``RuntimeError`` saying why when it cannot start (the fixture turns that into a skip).
    ``isql`` runs SQL as the database's administrator (the new database's ``dba``/``dba``).
    """

    def __init__(self, folder: Path, *, max_rows: int = 10_000) -> None:
        binary, self.isql_command = shutil.which("virtuoso-t"), shutil.which("isql-vt")
        if not binary or not self.isql_command:
            raise RuntimeError("Virtuoso is not installed (apt-get install virtuoso-opensource)")
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.sql_port, self.http_port = free_port(), free_port()
        ini = folder / "virtuoso.ini"
        ini.write_text(VIRTUOSO_INI.format(db=folder, sql=self.sql_port, http=self.http_port,
                                           max_rows=max_rows), encoding="utf-8")
        self.process = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)],
                                        cwd=folder, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.http_port}/sparql"
        try:
            self._wait(60)
            self.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
        except BaseException:
            self.stop()
            raise

    def _wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = self.folder / "virtuoso.log"
                tail = log.read_text(errors="replace").strip().splitlines()[-1:] \
                    if log.exists() else []
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}: "
                                   f"{tail[0] if tail else 'no log'}")
            try:
                urllib.request.urlopen(f"{self.url}?query=ASK%7B%7D", timeout=2).close()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"Virtuoso did not answer at {self.url} within {seconds:g} s")

    def isql(self, sql: str) -> str:
        """Run SQL statements through ``isql-vt``; its output, or ``RuntimeError`` on an error."""
        done = subprocess.run([self.isql_command, f"127.0.0.1:{self.sql_port}", "dba", "dba",
                               f"exec={sql}"], capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql-vt failed: {(done.stdout + done.stderr).strip()[-300:]}")
        return done.stdout

    def stop(self) -> None:
        stop(self.process)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[Virtuoso]:
    """A Virtuoso 7 server on a fresh database for the module's tests; skips saying why where
    it cannot start. Its ``url`` is the SPARQL endpoint (``/sparql``)."""
    try:
        server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    except (RuntimeError, OSError) as error:
        pytest.skip(f"Virtuoso cannot run here: {error}")
    try:
        yield server
    finally:
        server.stop()


class StatusServer:
    """Answers the n-th request with ``statuses[n]`` (the last one repeats).

    A status is a number (an empty 2xx body, or a two-line error text), or a tuple
    ``(status, content_type, body)``, or ``(status, content_type, body, {header: value})``.
    """

    def __init__(self, statuses: list[int | tuple[int, str, bytes]], *,
                 server: str = "kzgraph-test-stand-in") -> None:
        self.statuses = statuses
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def version_string(self) -> str:  # the Server header
                return server

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else self._chunked()
                owner.requests.append((self.command, self.path, dict(self.headers), body))
                status = owner.statuses[min(len(owner.requests), len(owner.statuses)) - 1]
                kind, extra = "text/plain", {}
                if isinstance(status, tuple):
                    status, kind, text, *more = status
                    extra = more[0] if more else {}
                else:
                    text = b"" if status < 300 else b"something broke on the server\nsecond line"
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(text)))
                self.end_headers()
                self.wfile.write(text)

            def _chunked(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() != "chunked":
                    return b""
                data = b""
                while True:
                    size = int(self.rfile.readline().strip(), 16)
                    data += self.rfile.read(size)
                    self.rfile.readline()
                    if size == 0:
                        return data

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def status_server() -> Iterator[type[StatusServer]]:
    """A factory: ``status_server([204, 500])`` starts one (``server=`` its Server header);
    all are stopped afterwards."""
    started: list[StatusServer] = []

    def start(statuses: list[int], **options) -> StatusServer:
        server = StatusServer(statuses, **options)
        threading.Thread(target=server.server.serve_forever, daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections and never answers (for time-outs)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def canonical_dataset(quads) -> ox.Dataset:
    """The quads as a dataset with blank nodes canonicalised, to compare a server with a store."""
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return dataset


def store_dataset(store) -> ox.Dataset:
    """A store's named graphs (not its default graph), canonicalised."""
    return canonical_dataset(q for q in store if not isinstance(q.graph_name,
                                                                       ox.DefaultGraph))
