"""Push a store's named graphs to a remote triple store, each replaced whole.

Two ways to load, both replacing each named graph whole, so a re-run changes nothing:

``put`` (the portable default, and the only path for every server but Oxigraph)
    One SPARQL 1.1 Graph Store HTTP Protocol ``PUT`` per named graph, its triples as
    N-Triples; Virtuoso gets four at a time (``PUT_SENDERS``), and a ``PUT`` it rolls back for a
    conflict between them (a deadlock, or two registering one new language tag) is sent again.
    If one request fails, the graphs sent before it are counted on the server, and those not
    sent yet are untouched.
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
too, so an error only calls loaded the graphs the server really holds (``graphs``). The bulk
path is ``bulk``; saved queries on the server are ``protocol.remote_query``. They expect the
union of all graphs as the default graph: Oxigraph is asked for it per request; GraphDB,
Virtuoso and QLever do it by default; Fuseki needs ``unionDefaultGraph`` set.
"""

from __future__ import annotations

import gc
import tempfile
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox

from ..errors import RemoteError
from .bulk import bulk_parts, bulk_replace, bulk_url
from .endpoints import DEFAULT_TIMEOUT, Endpoint, call
from .graphs import GraphCount, graph_names, local_graphs, patience, remote_counts, short

METHODS = ("auto", "put", "bulk")
BATCH = 20_000
"""Quads serialised per chunk of an upload: memory stays flat whatever the graph's size."""
PUT_SENDERS = {"virtuoso": 4}
"""PUTs in flight per server (else one) while the next body is written."""
CONFLICT_RETRIES = 5
"""Times a PUT is sent again when the server rolled it back for a conflict with a concurrent one
(``endpoints.conflicted``: Virtuoso under concurrent PUTs; a PUT replaces its graph whole, so
sending it again is safe)."""
SPOOL_IN_MEMORY = 32 << 20
"""Bytes of a request body kept in memory; beyond this it goes to a temporary file."""
_WHY = {
    "generic": "the server may add inferred triples or have rejected some",
    "virtuoso": "Virtuoso keeps only one of \"2015\"^^xsd:gYear and \"2015-01\"^^xsd:gYearMonth "
                "on one subject and property (the README says more), and may have rejected "
                "others (its log says which)",
}


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
        + [f"POST {bulk_url(endpoint)}  ({sum(g.local for g in part)} triples in {len(part)} "
           "graphs, N-Quads, streamed)" for part in bulk_parts(todo)]


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
        bulk_replace(store, endpoint, todo, timeout, progress)
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
                 timeout=patience(timeout, graph.local), retries=CONFLICT_RETRIES,
                 what=f"PUT of graph {short(graph.graph)}")

    try:
        for graph in pipelined(todo, write, send, senders=PUT_SENDERS.get(endpoint.dialect, 1)):
            if progress:
                progress(graph)
    except SendFailed as failed:
        sent = [g for g in todo[:failed.sent] if g is not failed.item]
        done = _really_loaded(endpoint, sent, timeout)
        rest = [failed.item, *todo[failed.sent:]]
        raise RemoteError(f"{failed.error.message}; {done}; not loaded {graph_names(rest)}",
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
        return f"sent {graph_names(sent)}, which the server could not be asked to count"
    held = [g for g in sent if there.get(g.graph) == g.local]
    lost = [g for g in sent if there.get(g.graph) != g.local]
    return f"loaded {graph_names(held)}" + (f"; sent but not held with the same triple count "
                                       f"{graph_names(lost)}" if lost else "")


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
