"""The embedded pyoxigraph store: the ontology, the reference data and one graph per article.

Articles are stored in the layout of ``layout.py``: each article's own graph, and the triples
about shared entities once in the entities graph, counted by the articles that assert them. An
article (its graph and its share of the entities graph) is written whole or not at all, so a
re-run is idempotent and a crash never leaves half an article. Queries see the union of all
graphs.

Writes and atomicity (pyoxigraph 0.5): ``Store.extend``, ``Store.load`` and ``Store.update`` each
run in one transaction, and so does ``bulk_load`` in its own way: since Oxigraph 0.5.0 a bulk
load is atomic (its changelog: "if it fails no triple will be added"); it sorts the quads into
files, one set per million of them, and hands all of them to RocksDB in one
``IngestExternalFiles`` call at its end, which RocksDB records atomically: after a crash either
all of them are in the database or none. So the new graphs of a batch are written with one
``bulk_load`` call; graphs that a batch replaces (changed articles, rare) go in one ``update``
that drops and re-inserts them and drops the shared triples only their old versions asserted
(14k quads/s, but all in one transaction). An article's ``kz:contentHash`` lives in its own
graph, so the record that says "this article is stored" is written with the article.
``tests/test_build_crash.py`` kills builds with SIGKILL to check it.
Measured on this machine for 1,000 generated articles in batches of 200 (283k quads):
``load`` 35k quads/s, ``bulk_load`` 113k quads/s.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import StoreError
from ..namespaces import KZ, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_graph, resource
from ..resources import ontology_file, reference_files, sample_graphs_file
from .layout import ASSERTS, ENTITIES_GRAPH, StoredGraph, fact_iri, split_extracted
from .rdfio import read_rdf

if TYPE_CHECKING:  # the extractor is the caller's: `kzgraph query` imports none of it
    from .triples import ArticleGraph

STORE_ENV = "KZGRAPH_STORE"


class GraphStore:
    """A kzgraph store, in memory (``path=None``) or on disk."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            _check_folder(self.path)
        with store_errors(self.path):
            self._store = ox.Store(str(path)) if path is not None else ox.Store()
            have = [self._store.contains_named_graph(ox.NamedNode(g))
                    for g in (REFERENCE_GRAPH, ONTOLOGY_GRAPH)]
            if not all(have):
                if not any(have) and next(iter(self._store), None) is not None:
                    raise StoreError("an Oxigraph store, but not kzgraph's (no ontology graph); "
                                     "give kzgraph a new or empty folder", location=str(path))
                self.load_reference()

    def load_reference(self) -> None:
        """(Re)load the ontology and the reference data, each into its own named graph.

        Both graphs are written in one transaction, so a store stopped while it was being created
        (a full disk, a kill) has both or neither, and gets them when it is next opened.
        """
        parts = [(ONTOLOGY_GRAPH, [ontology_file()]), (REFERENCE_GRAPH, reference_files())]
        graphs = {}
        for graph, files in parts:
            graphs[graph] = [ox.Quad(quad.subject, quad.predicate, quad.object, ox.NamedNode(graph))
                             for path in files for quad in read_rdf(path)]
        self.replace_graphs(graphs)

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace one named graph with ``quads`` atomically."""
        self.replace_graphs({graph: quads})

    def replace_graphs(self, graphs: dict[str, Iterable[ox.Quad]]) -> None:
        """Replace each named graph with its quads, all of them in one transaction."""
        graphs = {graph: list(quads) for graph, quads in graphs.items()}
        with store_errors(self.path):
            if not any(self._store.contains_named_graph(ox.NamedNode(g)) for g in graphs):
                self._store.extend(q for quads in graphs.values() for q in quads)
                return
            self._store.update(_replace_update(graphs))

    def write_article_graphs(self, graphs: Iterable[StoredGraph]) -> int:
        """Write a batch of articles in the store's layout (``layout.py``); returns how many
        of them replaced an article the store had.

        Articles the store already has are replaced in one transaction (an update that drops
        their graphs, drops the shared triples no other article asserts, and inserts the new
        versions). New articles are bulk-loaded with their shared triples, in one call.
        """
        graphs = list(graphs)
        old = [g for g in graphs if self._has(article_graph(g.key))]
        with store_errors(self.path):
            if old:
                self._store.update(self._articles_update([g.key for g in old], old))
            stored = {g.key for g in old}
            new = b"".join(g.graph + g.shared for g in graphs if g.key not in stored)
            if new:
                self._store.bulk_load(input=new, format=ox.RdfFormat.N_QUADS, lenient=True)
        return len(old)

    def drop_articles(self, keys: Iterable[str]) -> None:
        """Remove articles (that are stored or not) whole, in one transaction: their graphs and
        the shared triples that no other article asserts."""
        keys = list(keys)
        if not keys:
            return
        with store_errors(self.path):
            self._store.update(self._articles_update(keys, []))

    def _has(self, graph: str) -> bool:
        with store_errors(self.path):
            return self._store.contains_named_graph(ox.NamedNode(graph))

    def _articles_update(self, drop: list[str], add: list[StoredGraph]) -> str:
        """One SPARQL update that removes the articles ``drop`` and stores ``add`` in their
        place, keeping the entities graph counted (see ``layout.py``)."""
        graphs = {article_graph(key): key for key in drop}
        keep = frozenset().union(*(g.facts for g in add))
        operations = [f"DROP SILENT GRAPH <{g}>" for g in graphs]
        orphans = self._orphans(graphs, keep)
        if orphans:
            operations.append(f"DELETE DATA {{ GRAPH <{ENTITIES_GRAPH}> {{\n"
                              + "".join(f"{t} .\n" for t in orphans) + "} }")
        for g in add:
            operations.append(f"INSERT DATA {{ GRAPH <{article_graph(g.key)}> {{\n"
                              f"{_triples_of(g.graph)}}} }}")
            if g.shared:
                operations.append(f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{\n"
                                  f"{_triples_of(g.shared)}}} }}")
        return " ;\n".join(operations)

    def _orphans(self, graphs: dict[str, str], keep: frozenset[str]) -> list[str]:
        """The entities graph's triples that only the article graphs ``graphs`` assert (and
        that ``keep``, the facts of their new versions, does not name), as N-Triples text."""
        asserts, mentions = ox.NamedNode(ASSERTS), ox.NamedNode(KZ + "mentions")
        facts, subjects = set(), set()
        for graph, key in graphs.items():
            node, name = ox.NamedNode(resource("article", key)), ox.NamedNode(graph)
            facts.update(q.object for q in self._store.quads_for_pattern(node, asserts, None, name))
            subjects.update(q.object for q in self._store.quads_for_pattern(node, mentions, None,
                                                                             name))
        gone = {fact.value for fact in facts if fact.value not in keep and all(
            q.graph_name.value in graphs
            for q in self._store.quads_for_pattern(None, asserts, fact, None))}
        if not gone:
            return []
        entities = ox.NamedNode(ENTITIES_GRAPH)
        triples = (f"{q.subject} {q.predicate} {q.object}" for subject in subjects
                   for q in self._store.quads_for_pattern(subject, None, None, entities))
        return sorted(t for t in triples if fact_iri(t) in gone)

    def remove_bulk_leftovers(self) -> int:
        """Delete the files of bulk loads that were killed before RocksDB took them in.

        ``bulk_load`` writes its sorted files (``bulk-*.sst``) into the store folder and then
        ingests them; a kill in between leaves them there, unused and never cleaned up by
        RocksDB. This store holds the folder's lock, so no other load can be writing them.
        Returns how many were deleted.
        """
        leftovers = list(self.path.glob("bulk-*.sst")) if self.path else []
        for path in leftovers:
            path.unlink(missing_ok=True)
        return len(leftovers)

    def optimize(self) -> None:
        """Compact the store's files (``StoreError`` when the disk refuses).

        Each bulk load adds its own sorted files, which overlap: a query reads every one of
        them. After a build of 10,000 articles (95 files) a saved query took 3-5x the time it
        takes once they are compacted (31 files, 20 s); see ``benchmarks/README.md``.
        """
        with store_errors(self.path):
            self._store.optimize()

    def flush(self) -> None:
        """Write everything buffered to disk (``StoreError`` when the disk refuses)."""
        with store_errors(self.path):
            self._store.flush()

    def add_article(self, graph: ArticleGraph) -> int:
        """Store one article's graph (``triples.extract_graph``), replacing the version the
        store had; returns the number of quads written."""
        stored = graph.stored()
        self.write_article_graphs([stored])
        return stored.quads

    def article_graphs(self) -> list[str]:
        """The IRIs of the per-article named graphs, sorted."""
        prefix = article_graph("")
        return sorted(g.value for g in self.named_graphs() if g.value.startswith(prefix))

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """All quads (of one graph), in a stable order."""
        node = ox.NamedNode(graph) if graph else None
        return sorted(self.quads_for_pattern(graph=node),
                      key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                     str(q.object)))

    def query(self, sparql: str, *,
              substitutions: dict[ox.Variable, ox.NamedNode | ox.Literal] | None = None):
        """Run a SPARQL query over the union of all graphs (``substitutions``: variables bound
        to terms before it runs)."""
        with store_errors(self.path):
            return self._store.query(sparql, use_default_graph_as_union=True,
                                     substitutions=substitutions)

    def quads_for_pattern(self, subject: ox.NamedNode | ox.BlankNode | None = None,
                          predicate: ox.NamedNode | None = None,
                          object: ox.NamedNode | ox.BlankNode | ox.Literal | None = None,
                          graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """The quads that match a pattern (None matches anything; no ``graph``: every graph).
        """
        with store_errors(self.path):
            return self._store.quads_for_pattern(subject, predicate, object, graph)

    def __iter__(self) -> Iterator[ox.Quad]:
        """Every quad of every graph, in the store's order."""
        return self.quads_for_pattern()

    def __len__(self) -> int:
        with store_errors(self.path):
            return len(self._store)

    def named_graphs(self) -> list[ox.NamedNode]:
        """The named graphs the store holds."""
        with store_errors(self.path):
            return list(self._store.named_graphs())

    def has_graph(self, graph: str) -> bool:
        """Whether the store holds the named graph ``graph`` (an IRI)."""
        return self._has(graph)


def _check_folder(path: Path) -> None:
    """Refuse a file, and a folder that holds other things than an Oxigraph store."""
    if path.exists() and not path.is_dir():
        raise StoreError("a file, not a store folder; give a new or existing store folder",
                         location=str(path))
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").is_file():
        raise StoreError("this folder holds other files and is not a kzgraph store; give a new "
                         "or empty folder, or an existing store", location=str(path))


@contextmanager
def store_errors(path: Path | None) -> Iterator[None]:
    """Run the block; an ``OSError`` of the store in it becomes a ``StoreError``."""
    try:
        yield
    except OSError as error:
        raise store_error(error, path) from None


def store_error(error: OSError, path: Path | None) -> StoreError:
    """The store's I/O error as a message that says what happened and what to do.

    >>> print(store_error(OSError("IO error: While lock file: s/LOCK: Resource temporarily "
    ...                           "unavailable"), Path("s")))
    s: another process holds this store (a running kzgraph build?); a store cannot be read while \
it is written: wait for it to finish, or use another --store
    """
    text = str(error)
    if "LOCK" in text or "Resource temporarily unavailable" in text:
        from .lockholder import holder

        who = holder(path / "LOCK") if path else None
        what = (f"another process holds this store ({who or 'a running kzgraph build?'}); a "
                "store cannot be read while it is written: wait for it to finish, or use "
                "another --store")
    elif "Read-only file system" in text or "Permission denied" in text:
        what = "cannot write here (read-only); give a --store folder you can write to"
    elif "No space left" in text or "Disk quota" in text:
        what = ("the disk is full; the last change was not stored (the store keeps what was "
                "written before it): free some space and run the command again")
    else:
        what = f"the store failed ({text.splitlines()[0] if text else 'I/O error'})"
    return StoreError(what, location=str(path) if path else None)


def _triples_of(nquads: bytes) -> str:
    """N-Quads lines of one graph as the N-Triples lines of a SPARQL ``INSERT DATA`` block.

    >>> print(_triples_of(b'<http://e/s> <http://e/p> "o" <http://e/g> .\\n'), end="")
    <http://e/s> <http://e/p> "o" .
    """
    return "".join(line.rsplit(" ", 2)[0] + " .\n"
                   for line in nquads.decode("utf-8").splitlines())


def _replace_update(graphs: dict[str, Iterable[ox.Quad]]) -> str:
    """One SPARQL update that replaces each graph with its quads (their own graph is ignored).

    >>> g = "http://example.org/g"
    >>> q = ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
    ...             ox.Literal("o"), ox.NamedNode(g))
    >>> print(_replace_update({g: [q]}))
    DROP SILENT GRAPH <http://example.org/g> ;
    INSERT DATA { GRAPH <http://example.org/g> {
    <http://example.org/s> <http://example.org/p> "o" .
    } }
    """
    operations = []
    for graph, quads in graphs.items():
        node = ox.NamedNode(graph)
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        operations.append(f"DROP SILENT GRAPH {node} ;\n"
                          f"INSERT DATA {{ GRAPH {node} {{\n{body}\n}} }}")
    return " ;\n".join(operations)


def sample_store(path: str | Path | None = None) -> GraphStore:
    """The bundled sample corpus in a new store (in memory, or at ``path``), without extracting.

    Its article graphs come from the shipped N-Quads file (see ``sample_graphs_file``), as
    ``kzgraph extract`` writes them, and are stored in the store's layout (``layout.py``).
    """
    store = GraphStore(path)
    reference = frozenset(f"{q.subject} {q.predicate} {q.object}" for q in
                          store.quads_for_pattern(graph=ox.NamedNode(REFERENCE_GRAPH)))
    store.write_article_graphs(split_extracted(sample_graphs_file().read_bytes(),
                                               reference=reference))
    return store


def open_store(path: str | Path | None) -> GraphStore:
    """The store at ``path`` (or ``$KZGRAPH_STORE``); with neither, the sample corpus."""
    path = path or os.environ.get(STORE_ENV)
    if not path:
        return sample_store()
    if not (Path(path) / "CURRENT").is_file():
        what = "no store here" if not Path(path).exists() else "not a kzgraph store"
        raise StoreError(f"{what}; create one with `kzgraph build ARTICLES --store "
                         f"{path}`", location=str(path))
    return GraphStore(path)
