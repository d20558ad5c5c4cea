"""Oxigraph's bulk path of ``kzgraph load``: drop the graphs, then stream their quads to its
bulk loader in ``POST`` requests of ``BULK_PART`` quads, ``BULK_IN_FLIGHT`` at a time (see
``load`` for when it is chosen and what a failure leaves)."""

from __future__ import annotations

import contextlib
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

import pyoxigraph as ox

from ..errors import RemoteError
from .endpoints import Endpoint, call
from .graphs import GraphCount, graph_names, patience, remote_counts

DROP_BATCH = 100_000
"""Triples dropped per SPARQL Update on the bulk path (Oxigraph deletes some 20 k/s here)."""
STREAM_CHUNK = 1 << 20
"""Bytes read from the serialiser per chunk of the bulk path's streamed body."""
BULK_PART = 50_000
"""Quads per ``POST`` on the bulk path (whole graphs; a bigger graph goes alone)."""
BULK_IN_FLIGHT = 2
"""Bulk ``POST`` requests in flight: the server loads one while the next is written."""


def bulk_replace(store, endpoint, todo, timeout, progress) -> None:
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
                          f"{graph_names(todo)})", location=error.location) from None


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
    parts = bulk_parts(todo)
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


def bulk_parts(todo: Sequence[GraphCount]) -> list[list[GraphCount]]:
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
            call(bulk_url(endpoint), method="POST", body=chunks(),
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


def bulk_url(endpoint: Endpoint) -> str:
    """Where the N-Quads go: Oxigraph's bulk loader (``no_transaction``) is 3x faster here.

    >>> from kzgraph.remote.endpoints import endpoint
    >>> bulk_url(endpoint("http://h:7878/query"))
    'http://h:7878/store?no_transaction'
    """
    return endpoint.store + ("&" if "?" in endpoint.store else "?") + "no_transaction"
