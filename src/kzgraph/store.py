"""The embedded pyoxigraph store: the ontology, the reference data and one graph per article.

An article's graph is replaced in one transaction, so a re-run is idempotent and a crash never
leaves half an article. Queries see the union of all graphs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .model import Article
from .namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_graph
from .resources import ontology_file, reference_files, sample_dir

STORE_ENV = "KZGRAPH_STORE"


class GraphStore:
    """A kzgraph store, in memory (``path=None``) or on disk."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        try:
            self.store = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as error:
            raise StoreError(
                f"cannot open the store ({error}); is another kzgraph using it?",
                location=str(path),
            ) from None
        if not self.store.contains_named_graph(ox.NamedNode(ONTOLOGY_GRAPH)):
            self.load_reference()

    def load_reference(self) -> None:
        """(Re)load the ontology and the reference data, each into its own named graph."""
        parts = [(ONTOLOGY_GRAPH, [ontology_file()]), (REFERENCE_GRAPH, reference_files())]
        for graph, files in parts:
            quads = []
            for path in files:
                for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                    quads.append(ox.Quad(triple.subject, triple.predicate, triple.object,
                                         ox.NamedNode(graph)))
            self.replace_graph(graph, quads)

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace one named graph with ``quads`` atomically."""
        node = ox.NamedNode(graph)
        quads = list(quads)
        try:
            if not self.store.contains_named_graph(node):
                self.store.extend(quads)
                return
            body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
            self.store.update(
                f"DROP SILENT GRAPH {node} ;\nINSERT DATA {{ GRAPH {node} {{\n{body}\n}} }}"
            )
        except OSError as error:
            raise StoreError(f"cannot write the store: {error}", location=str(self.path)) from None

    def add_article(self, article: Article) -> int:
        """Extract an article and store its graph; returns the number of quads written."""
        from .extract.pipeline import extract
        from .triples import extraction_quads

        quads = extraction_quads(extract(article))
        self.replace_graph(article_graph(article.key), quads)
        return len(quads)

    def article_graphs(self) -> list[str]:
        prefix = article_graph("")
        return sorted(g.value for g in self.store.named_graphs() if g.value.startswith(prefix))

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """All quads (of one graph), in a stable order."""
        node = ox.NamedNode(graph) if graph else None
        quads = self.store.quads_for_pattern(None, None, None, node)
        return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                            str(q.object)))

    def query(self, sparql: str):
        """Run a SPARQL query over the union of all graphs."""
        return self.store.query(sparql, use_default_graph_as_union=True)


def sample_store() -> GraphStore:
    """The bundled sample corpus, extracted into a store in memory."""
    from .articles import find_articles, read_article

    store = GraphStore()
    for path in find_articles([sample_dir()]):
        store.add_article(read_article(path))
    return store


def open_store(path: str | Path | None) -> GraphStore:
    """The store at ``path`` (or ``$KZGRAPH_STORE``); with neither, the sample corpus."""
    path = path or os.environ.get(STORE_ENV)
    if not path:
        return sample_store()
    if not Path(path).exists():
        raise StoreError("no store here; create one with `kzgraph build ARTICLES --store "
                         f"{path}`", location=str(path))
    return GraphStore(path)
