"""The named graphs a load moves: counted in the store and on the server, named in messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import StoreError
from ..namespaces import GRAPH
from .endpoints import DEFAULT_TIMEOUT, Endpoint
from .protocol import sparql

COUNT_BATCH = 500
"""Graphs counted per query: their rows stay far below any server's row cap."""


@dataclass(frozen=True)
class GraphCount:
    """One named graph: its triples in the store and, after a load, on the server."""

    graph: str
    local: int
    remote: int | None = None


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


def patience(timeout: float, triples: int) -> float:
    """The time-out for a request that writes ``triples``: a server answers only once all are
    stored (or deleted), so big requests get at least a second per 5,000 triples.

    >>> patience(60, 1_000), patience(60, 1_000_000)
    (60, 200.0)
    """
    return max(timeout, triples / 5_000)


def graph_names(graphs: Sequence[GraphCount]) -> str:
    """``N graph(s)`` and the first few names.

    >>> graph_names([GraphCount(GRAPH + "a", 1), GraphCount(GRAPH + "b", 2)])
    '2 graph(s) (a, b)'
    >>> graph_names([])
    'no graph'
    """
    if not graphs:
        return "no graph"
    shown = ", ".join(short(g.graph) for g in graphs[:8])
    more = f", and {len(graphs) - 8} more" if len(graphs) > 8 else ""
    return f"{len(graphs)} graph(s) ({shown}{more})"
