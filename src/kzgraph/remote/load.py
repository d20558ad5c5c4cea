"""Push a store's named graphs to a remote triple store, and run saved queries on a remote one.

Two ways to load, both replacing each named graph whole, so a re-run changes nothing:

``put`` (the portable default, and the only path for every server but Oxigraph)
    One SPARQL 1.1 Graph Store HTTP Protocol ``PUT`` per named graph, its triples as
    N-Triples; Virtuoso gets four at a time (``PUT_SENDERS``), and a ``PUT`` it rolls back to
    break a deadlock between them is sent again. If one request fails, the graphs sent before
    it are counted on the server, and those not sent yet are untouched.
``bulk`` (Oxigraph only: its ``PUT`` is slow on big graphs, and it has a bulk loader)
    One SPARQL Update dropping every graph about to be sent, then ``POST`` requests of their
    quads as N-Quads to Oxigraph's bulk loader (``/store?no_transaction``, about 3x faster than
    its transactional load), ``BULK_PART`` quads each and two in flight, each body chunked and
    sent while pyoxigraph's serialiser writes it, so reading the store and the server's loading
    overlap. If a ``POST`` fails half way, the dropped graphs are empty
    or partly loaded (the bulk loader commits in parts): the error says so, and running the
    same ``kzgraph load`` again repairs them, since it drops them first. Other servers answer
    such a ``POST`` in ways that lose data (Virtuoso: 200 and nothing stored), so it is refused.

A ``PUT``'s body is serialised a batch of quads at a time into a temporary file (in memory
while small) and sent with its ``Content-Length``. Either way the triples of each graph are
then counted on the server and compared with the store's own counts; after a failed request
too, so an error only calls loaded the graphs the server really holds. Queries go over the
SPARQL 1.1 Protocol (``protocol.sparql``) with their parameters bound exactly as for the
embedded store (a ``VALUES`` block of terms serialised by pyoxigraph). Saved queries expect the
union of all graphs as the default graph: Oxigraph is asked for it per request; GraphDB,
Virtuoso and QLever do it by default; Fuseki needs ``unionDefaultGraph`` set.
"""

from __future__ import annotations

import contextlib
import gc
import os
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox

from ..errors import RemoteError, StoreError
from ..namespaces import GRAPH, SPARQL_PREFIXES
from ..query.saved import SavedQuery, bind, check_syntax, with_values
from .endpoints import DEFAULT_TIMEOUT, Endpoint, call
from .protocol import sparql

METHODS = ("auto", "put", "bulk")
BATCH = 20_000
"""Quads serialised per chunk of an upload: memory stays flat whatever the graph's size."""
DROP_BATCH = 100_000
"""Triples dropped per SPARQL Update on the bulk path (Oxigraph deletes some 20 k/s here)."""
STREAM_CHUNK = 1 << 20
"""Bytes read from the serialiser per chunk of the bulk path's streamed body."""
BULK_PART = 50_000
"""Quads per ``POST`` on the bulk path (whole graphs; a bigger graph goes alone)."""
BULK_IN_FLIGHT = 2
"""Bulk ``POST`` requests in flight: the server loads one while the next is written."""
PUT_SENDERS = {"virtuoso": 4}
"""PUTs in flight per server (else one) while the next body is written."""
DEADLOCK_RETRIES = 5
"""Times a PUT is sent again when the server rolled it back to break a deadlock (Virtuoso does
under concurrent PUTs; a PUT replaces its graph whole, so sending it again is safe)."""

SPOOL_IN_MEMORY = 32 << 20
"""Bytes of a request body kept in memory; beyond this it goes to a temporary file."""
COUNT_BATCH = 500
"""Graphs counted per query: their rows stay far below any server's row cap."""


@dataclass(frozen=True)
class GraphCount:
    """One named graph: its triples in the store and, after a load, on the server."""

    graph: str
    local: int
    remote: int | None = None


@dataclass(frozen=True)
class LoadReport:
    endpoint: Endpoint
    method: str
    graphs: tuple[GraphCount, ...]
    seconds: float

    @property
    def triples(self) -> int:
        return sum(g.local for g in self.graphs)

    @property
    def differences(self) -> list[GraphCount]:
        return [g for g in self.graphs if g.remote != g.local]

    def check(self) -> None:
        """Raise ``RemoteError`` naming the graphs whose counts differ on the server."""
        if self.differences:
            shown = ", ".join(f"{short(g.graph)} {g.local} here, {g.remote or 0} there"
                              for g in self.differences[:5])
            more = len(self.differences) - 5
            raise RemoteError(
                f"after the load, {len(self.differences)} graph(s) hold other counts on the "
                f"server: {shown}{f' and {more} more' if more > 0 else ''}; "
                f"{_WHY.get(self.endpoint.dialect, _WHY['generic'])}",
                location=self.endpoint.query)


_WHY = {
    "generic": "the server may add inferred triples or have rejected some",
    "virtuoso": "Virtuoso keeps only one of \"2015\"^^xsd:gYear and \"2015-01\"^^xsd:gYearMonth "
                "on one subject and property (the README says more), and may have rejected "
                "others (its log says which)",
}


def short(graph: str) -> str:
    """A graph IRI as messages show it.

    >>> short("https://w3id.org/kzgraph/graph/article/a02")
    'article/a02'
    >>> short("http://example.org/g")
    '<http://example.org/g>'
    """
    return graph[len(GRAPH):] if graph.startswith(GRAPH) else f"<{graph}>"


def graph_iri(name: str) -> str:
    """A ``--graph`` value as an IRI: a full IRI, or a name under the kzgraph graph namespace.

    >>> graph_iri("article/a02")
    'https://w3id.org/kzgraph/graph/article/a02'
    >>> graph_iri("http://example.org/g")
    'http://example.org/g'
    """
    name = name.strip().removeprefix("<").removesuffix(">")
    return name if ":" in name else GRAPH + name


def local_graphs(store, graphs: Sequence[str] = ()) -> list[GraphCount]:
    """The store's named graphs (or those asked for) with their triple counts, by IRI."""
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                       "GROUP BY ?g")
    counts = {row["g"].value: int(row["n"].value) for row in rows}
    if not graphs:
        return [GraphCount(g, counts[g]) for g in sorted(counts)]
    wanted = [graph_iri(g) for g in graphs]
    for graph in wanted:
        if graph not in counts:
            raise StoreError(f"the store has no graph <{graph}>; its graphs start with "
                             f"{GRAPH}", location=str(store.path or "sample corpus"))
    return [GraphCount(g, counts[g]) for g in dict.fromkeys(wanted)]


def choose_method(endpoint: Endpoint, method: str = "auto") -> str:
    """``bulk`` for Oxigraph, else ``put``; ``bulk`` is refused where the server has none."""
    if method == "auto":
        return "bulk" if endpoint.bulk else "put"
    if method == "bulk" and not endpoint.bulk:
        raise RemoteError(f"--method bulk is Oxigraph's path; this server ({endpoint.dialect}) "
                          "has no bulk load over HTTP that kzgraph can check, use --method put "
                          "(or the server's own loader on an export)", location=endpoint.query)
    return method


def plan(store, endpoint: Endpoint, *, graphs: Sequence[str] = (),
         method: str = "auto") -> list[str]:
    """What ``load`` would send, one line per request, sending nothing (for ``--dry-run``)."""
    todo = local_graphs(store, graphs)
    if choose_method(endpoint, method) == "put":
        return [f"PUT {endpoint.graph_url(g.graph)}  ({g.local} triples, N-Triples)"
                for g in todo]
    return [f"POST {endpoint.update}  (DROP SILENT GRAPH, for those of these {len(todo)} "
            "graphs the server has)"]\
        + [f"  drop {short(g.graph)}" for g in todo]\
        + [f"POST {_bulk_url(endpoint)}  ({sum(g.local for g in part)} triples in {len(part)} "
           "graphs, N-Quads, streamed)" for part in _bulk_parts(todo)]


def load(store, endpoint: Endpoint, *, graphs: Sequence[str] = (), method: str = "auto",
         timeout: float = DEFAULT_TIMEOUT,
         progress: Callable[[GraphCount], None] | None = None) -> LoadReport:
    """Replace each named graph of ``store`` (or those in ``graphs``) on the server.

    Returns the local and remote triple counts per graph; ``LoadReport.check`` raises if they
    differ. A failed request raises ``RemoteError`` saying which graphs were loaded.
    """
    todo = local_graphs(store, graphs)
    chosen = choose_method(endpoint, method)
    start = time.perf_counter()
    if chosen == "put":
        _put_each(store, endpoint, todo, timeout, progress)
    else:
        _bulk(store, endpoint, todo, timeout, progress)
    seconds = time.perf_counter() - start
    remote = remote_counts(endpoint, [g.graph for g in todo], timeout=timeout)
    counted = tuple(GraphCount(g.graph, g.local, remote.get(g.graph, 0)) for g in todo)
    return LoadReport(endpoint, chosen, counted, seconds)


def _put_each(store, endpoint, todo, timeout, progress) -> None:
    def write(graph: GraphCount) -> BinaryIO:
        return spooled(store, [graph], ox.RdfFormat.N_TRIPLES)

    def send(graph: GraphCount, body: BinaryIO) -> None:
        with body:
            call(endpoint.graph_url(graph.graph), method="PUT", body=body,
                 headers={"Content-Type": "application/n-triples"},
                 timeout=patience(timeout, graph.local), retries=DEADLOCK_RETRIES,
                 what=f"PUT of graph {short(graph.graph)}")

    try:
        for graph in pipelined(todo, write, send, senders=PUT_SENDERS.get(endpoint.dialect, 1)):
            if progress:
                progress(graph)
    except SendFailed as failed:
        sent = [g for g in todo[:failed.sent] if g is not failed.item]
        done = _really_loaded(endpoint, sent, timeout)
        rest = [failed.item, *todo[failed.sent:]]
        raise RemoteError(f"{failed.error.message}; {done}; not loaded {_names(rest)}",
                          location=failed.error.location) from None


class SendFailed(Exception):
    """A request of ``pipelined`` failed: ``item`` is its part, ``sent`` how many parts had
    been handed to the senders by then (every request in flight has ended)."""

    def __init__(self, error: RemoteError, item, sent: int) -> None:
        super().__init__(error.message)
        self.error, self.item, self.sent = error, item, sent


def pipelined(items: Sequence, write: Callable, send: Callable, *, senders: int = 1):
    """Write each item's request body here while up to ``senders`` threads send the bodies
    before it (``send(item, body)``, which closes the body); yields each item once its request
    has succeeded, in order. The first failure stops the writing and is raised as
    ``SendFailed`` once the requests in flight have ended."""
    gc.collect()  # pyoxigraph objects must be freed in this thread, not by a collection there
    flying: deque = deque()
    with ThreadPoolExecutor(senders) as pool:  # leaving it waits for the requests in flight
        for count, item in enumerate(items):
            body = write(item)
            if len(flying) == senders:
                try:
                    landed = _landed(flying, count)
                except SendFailed:
                    body.close()
                    raise
                yield landed
            flying.append((item, pool.submit(send, item, body)))
        while flying:
            yield _landed(flying, len(items))


def _landed(flying: deque, sent: int):
    item, future = flying.popleft()
    try:
        future.result()
    except RemoteError as error:
        raise SendFailed(error, item, sent) from None
    return item


def _really_loaded(endpoint: Endpoint, sent: Sequence[GraphCount], timeout: float) -> str:
    """Which of the graphs sent the server holds with the store's count, in words: a server may
    answer a ``PUT`` with success and store nothing, so a success status proves nothing."""
    if not sent:
        return "loaded no graph"
    try:
        there = remote_counts(endpoint, [g.graph for g in sent], timeout=timeout)
    except RemoteError:
        return f"sent {_names(sent)}, which the server could not be asked to count"
    held = [g for g in sent if there.get(g.graph) == g.local]
    lost = [g for g in sent if there.get(g.graph) != g.local]
    return f"loaded {_names(held)}" + (f"; sent but not held with the same triple count "
                                       f"{_names(lost)}" if lost else "")


def _bulk(store, endpoint, todo, timeout, progress) -> None:
    there = remote_counts(endpoint, [g.graph for g in todo], timeout=timeout)
    dropped = 0
    for batch in drop_batches([GraphCount(g.graph, g.local, there[g.graph])
                               for g in todo if g.graph in there]):
        drops = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(g.graph)}" for g in batch)
        try:
            call(endpoint.update, method="POST", body=drops.encode("utf-8"),
                 timeout=patience(timeout, sum(g.remote or 0 for g in batch)),
                 headers={"Content-Type": "application/sparql-update"},
                 what=f"the DROP of {len(batch)} graphs")
        except RemoteError as error:
            raise RemoteError(
                f"{error.message}; nothing was loaded; {dropped} of the {len(there)} graphs to "
                "replace were dropped before (a DROP that timed out may still finish): run the "
                "same load again", location=error.location) from None
        dropped += len(batch)
    try:
        _streamed_posts(store, endpoint, todo, timeout, progress)
    except RemoteError as error:
        raise RemoteError(f"{error.message}; the {len(todo)} graphs were dropped and may "
                          f"be empty or partly loaded: run the same load again (not loaded "
                          f"{_names(todo)})", location=error.location) from None


def _streamed_posts(store, endpoint: Endpoint, todo: Sequence[GraphCount], timeout: float,
                    progress: Callable[[GraphCount], None] | None) -> None:
    """The quads of ``todo`` in ``POST`` requests to the bulk loader of at most ``BULK_PART``
    quads each (whole graphs), each body written here by pyoxigraph's N-Quads serialiser into a
    pipe that a second thread sends as it fills; ``BULK_IN_FLIGHT`` at a time.

    The server does most of a bulk load's work once a body has ended (it sorts and writes the
    quads then), so while it does that for one part, the next is read from the store and sent.
    If a request ends early (the server refused it, the connection broke), its pipe breaks and
    its error is raised; if writing fails, the body is cut off before its last chunk, so the
    server never takes a part of it for the whole."""
    parts = _bulk_parts(todo)
    with ThreadPoolExecutor(BULK_IN_FLIGHT) as pool:
        flying: deque[Future] = deque()
        try:
            for part in parts:
                if len(flying) == BULK_IN_FLIGHT:
                    flying.popleft().result()
                flying.append(_post_part(pool, store, endpoint, part, timeout, progress))
            while flying:
                flying.popleft().result()
        finally:
            for request in flying:
                request.cancel()


def _bulk_parts(todo: Sequence[GraphCount]) -> list[list[GraphCount]]:
    return drop_batches(todo, BULK_PART, size=lambda g: g.local)


def _post_part(pool: ThreadPoolExecutor, store, endpoint: Endpoint, part: Sequence[GraphCount],
               timeout: float, progress: Callable[[GraphCount], None] | None) -> Future:
    """Write the quads of ``part`` into the body of a ``POST`` that ``pool`` sends; the
    request's future, once the body has ended."""
    read_end, write_end = os.pipe()
    reader = os.fdopen(read_end, "rb")
    unfinished = threading.Event()

    def chunks() -> Iterator[bytes]:
        while chunk := reader.read(STREAM_CHUNK):
            yield chunk
        if unfinished.is_set():
            raise RemoteError("the request body was cut off: writing it failed")

    def send() -> None:
        with reader:  # closed however the request ends, so the writer never waits for ever
            call(_bulk_url(endpoint), method="POST", body=chunks(),
                 timeout=patience(timeout, sum(g.local for g in part)),
                 headers={"Content-Type": "application/n-quads"}, what="the POST of N-Quads")

    request = pool.submit(send)
    pipe = os.fdopen(write_end, "wb")
    try:
        for graph in part:
            quads = store.quads_for_pattern(None, None, None, ox.NamedNode(graph.graph))
            ox.serialize(quads, pipe, format=ox.RdfFormat.N_QUADS)
            if progress:
                progress(graph)
    except BrokenPipeError:
        pass  # the request ended before its body: its own error says why
    except BaseException:
        unfinished.set()  # before the pipe closes, so the body never ends well
        raise
    finally:
        with contextlib.suppress(BrokenPipeError):
            pipe.close()
    return request


def patience(timeout: float, triples: int) -> float:
    """The time-out for a request that writes ``triples``: a server answers only once all are
    stored (or deleted), so big requests get at least a second per 5,000 triples.

    >>> patience(60, 1_000), patience(60, 1_000_000)
    (60, 200.0)
    """
    return max(timeout, triples / 5_000)


def drop_batches(graphs: Sequence[GraphCount], limit: int = DROP_BATCH, *,
                 size: Callable[[GraphCount], int] = lambda g: g.remote or 0,
                 ) -> list[list[GraphCount]]:
    """Graphs in groups of at most ``limit`` triples on the server (a bigger graph goes alone),
    so that each DROP request ends well within the time-out (``size`` counts another way).

    >>> sizes = [GraphCount(str(n), 0, n) for n in (60, 30, 20, 150, 10)]
    >>> [[g.remote for g in batch] for batch in drop_batches(sizes, limit=100)]
    [[60, 30], [20], [150], [10]]
    """
    batches: list[list[GraphCount]] = []
    total = 0
    for graph in graphs:
        triples = size(graph)
        if not batches or total + triples > limit:
            batches.append([])
            total = 0
        batches[-1].append(graph)
        total += triples
    return batches


def _bulk_url(endpoint: Endpoint) -> str:
    """Where the N-Quads go: Oxigraph's bulk loader (``no_transaction``) is 3x faster here.

    >>> from kzgraph.remote.endpoints import endpoint
    >>> _bulk_url(endpoint("http://h:7878/query"))
    'http://h:7878/store?no_transaction'
    """
    return endpoint.store + ("&" if "?" in endpoint.store else "?") + "no_transaction"


def _names(graphs: Sequence[GraphCount]) -> str:
    """``N graph(s)`` and the first few names.

    >>> _names([GraphCount(GRAPH + "a", 1), GraphCount(GRAPH + "b", 2)])
    '2 graph(s) (a, b)'
    >>> _names([])
    'no graph'
    """
    if not graphs:
        return "no graph"
    shown = ", ".join(short(g.graph) for g in graphs[:8])
    more = f", and {len(graphs) - 8} more" if len(graphs) > 8 else ""
    return f"{len(graphs)} graph(s) ({shown}{more})"


def spooled(store, graphs: Sequence[GraphCount], fmt: ox.RdfFormat,
            progress: Callable[[GraphCount], None] | None = None) -> BinaryIO:
    """The quads of ``graphs`` (triples, for a graph format) in a temporary file at its start,
    serialised a batch at a time so memory stays flat; ``progress`` hears of each graph once its
    quads are written. Use it as a context manager: closing it removes the file."""
    body = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    batch: list = []
    for graph in graphs:
        for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(graph.graph)):
            batch.append(quad if fmt.supports_datasets else quad.triple)
            if len(batch) >= BATCH:
                body.write(ox.serialize(batch, format=fmt))
                batch = []
        if progress:
            progress(graph)
    if batch:
        body.write(ox.serialize(batch, format=fmt))
    body.seek(0)
    return body


def remote_counts(endpoint: Endpoint, graphs: Sequence[str], *,
                  timeout: float = DEFAULT_TIMEOUT) -> dict[str, int]:
    """The number of triples in each of ``graphs`` on the server (absent graphs are left out),
    asked ``COUNT_BATCH`` graphs at a time so no answer meets a row cap. Virtuoso is asked about
    one graph at a time: here the ``VALUES`` form, right after a load, now and then went
    unanswered for over a minute (cause unknown; nothing in its log)."""
    counts: dict[str, int] = {}
    if endpoint.dialect == "virtuoso":
        for graph in graphs:
            results = sparql(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH "
                                       f"{ox.NamedNode(graph)} {{ ?s ?p ?o }} }}", timeout=timeout)
            found = int(next(iter(results))["n"].value)
            if found:
                counts[graph] = found
        return counts
    for start in range(0, len(graphs), COUNT_BATCH):
        values = " ".join(str(ox.NamedNode(g)) for g in graphs[start:start + COUNT_BATCH])
        results = sparql(endpoint, f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }}"
                                   " GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", timeout=timeout)
        counts.update((row["g"].value, int(row["n"].value)) for row in results)
    return counts


def remote_query(endpoint: Endpoint, query: SavedQuery, values: dict[str, str] | None = None,
                 *, timeout: float | None = DEFAULT_TIMEOUT, allow_service: bool = False,
                 warn: Callable[[str], None] | None = None):
    """Run a saved query on a remote endpoint with its parameters bound as RDF terms; read-only,
    like a local query (updates refused; SERVICE and foreign FROM only with ``allow_service``).
    ``warn`` hears when the server capped the rows (see ``protocol.sparql``)."""
    from ..query.guard import check_query

    check_syntax(query)
    check_query(query.text, allow_service=allow_service, where=str(query.path))
    text = with_values(query.text, bind(query, values or {}))
    check_query(text, allow_service=allow_service, where=str(query.path))
    return sparql(endpoint, SPARQL_PREFIXES + text, timeout=timeout or DEFAULT_TIMEOUT,
                  warn=warn)


__all__ = ["GraphCount", "LoadReport", "load", "local_graphs", "plan", "remote_counts",
           "remote_query", "sparql"]
