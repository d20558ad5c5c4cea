"""Build a store from a corpus of articles: streaming, parallel, incremental, crash-safe.

``build(paths, store)`` walks the article files in a stable order and handles them in batches:

1. The parent reads and parses each article of a batch and compares its fingerprint (the
   ``kz:contentHash`` of its text and its header fields, as stored in its graph) with the store:
   an unchanged article is skipped without being extracted.
2. The rest are extracted by worker processes (``jobs``; one job runs in this process). Workers
   import only the extractor, and send back each article's graph as N-Quads bytes.
3. The parent writes each batch (``GraphStore.write_article_graphs``): graphs of changed
   articles are replaced in one transaction; new ones go in through pyoxigraph's bulk loader,
   each call one atomic file ingestion of whole article graphs (see ``store.py``).

At most a few batches are in flight at once, so memory stays flat however big the corpus is.
The content hash is a triple of the article's own graph, so it is committed with the article: a
build killed at any point (even with SIGKILL) leaves only complete articles, and running it
again extracts just what is missing or changed. ``prune`` drops the graphs of articles that are
no longer in the corpus; ``force`` re-extracts everything (after an extractor upgrade).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import layout
from .articles import find_articles, read_article
from .errors import ArticleError
from .layout import Fingerprint, StoredGraph, fingerprint
from .model import Article
from .namespaces import article_graph, resource
from .store import GraphStore

BATCH = 200
"""Articles per written batch."""
TASK = 25
"""Articles per task sent to a worker."""

@dataclass
class BuildReport:
    """What a build did; ``progress`` callbacks get it after every batch."""

    total: int = 0
    read: int = 0
    extracted: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    pruned: int = 0
    stale: int = 0
    quads: int = 0
    text_bytes: int = 0
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0

    def summary(self) -> str:
        """One plain line: what was read, extracted, skipped, replaced, pruned, in how long.

        >>> print(BuildReport(read=3, extracted=2, added=1, replaced=1, unchanged=1, quads=50,
        ...                   seconds=2.0).summary())  # doctest: +NORMALIZE_WHITESPACE
        3 articles read: 2 extracted (1 new, 1 replaced), 1 unchanged, 0 pruned;
        50 quads written in 2.0 s (1.5 articles/s)
        """
        line = (f"{self.read} articles read: {self.extracted} extracted ({self.added} new, "
                f"{self.replaced} replaced), {self.unchanged} unchanged, {self.pruned} pruned; "
                f"{self.quads} quads written in {self.seconds:.1f} s "
                f"({self.read / self.seconds if self.seconds else 0:.1f} articles/s)")
        if self.stale:
            line += f"; {self.stale} graphs of articles not in the corpus kept (--prune drops them)"
        return line


def stored_fingerprint(store: GraphStore, key: str) -> Fingerprint | None:
    """The fingerprint of an article as its graph in the store has it; None if it has none."""
    node = ox.NamedNode(resource("article", key))
    quads = store.store.quads_for_pattern(node, None, None, ox.NamedNode(article_graph(key)))
    return layout.stored_fingerprint((q.predicate.value, q.object.value) for q in quads)


def extract_nquads(articles: list[Article], model: str | None = None) -> list[StoredGraph]:
    """Extract articles into their graphs in the store's layout (``layout.py``).

    This is what a worker process runs; it imports only the extractor (and ``model``, the
    spaCy pipeline that reads the texts: ``extract.language.choose``).
    """
    from .triples import extract_graphs

    return [graph.stored() for graph in extract_graphs(articles, model=model)]


def _warm_up(model: str | None) -> None:
    """Worker initialiser: load the extractor, the model and the reference data once."""
    extract_nquads([Article(key="warm-up", text="Akmola Region.")], model)


def build(paths: Iterable[str | Path], store: GraphStore, *, jobs: int | None = None,
          prune: bool = False, force: bool = False, batch: int = BATCH, model: str | None = None,
          progress: Callable[[BuildReport], None] | None = None) -> BuildReport:
    """Extract the articles under ``paths`` into ``store``; see the module docstring.

    ``jobs`` is the number of extraction processes (None or 0: one per core; 1: in this process).
    ``model`` is the spaCy pipeline that reads the texts (``"none"``: the rules alone).
    A path ``-`` is one article read from standard input (its key: ``stdin_key``).
    """
    files = [Path(p) for given in paths
             for p in (["-"] if str(given) == "-" else find_articles([given]))]
    report = BuildReport(total=len(files))
    jobs = jobs or os.cpu_count() or 1
    seen: dict[str, str] = {}  # key -> file, to catch two files with one key
    store.remove_bulk_leftovers()
    pool = None
    try:
        pending: deque = deque()
        for chunk in _chunks(files, batch):
            todo = _plan(chunk, store, seen, report, force)
            if jobs > 1 and todo and pool is None:  # started only when there is work
                pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_warm_up,
                                                                 initargs=(model,))
            if pool is None:
                pending.append((todo, [extract_nquads(list(todo.values()), model)]))
            else:
                articles = list(todo.values())
                results = [pool.apply_async(extract_nquads, (articles[i:i + TASK], model))
                           for i in range(0, len(articles), TASK)]
                pending.append((todo, results))
            while len(pending) > (2 if pool else 0):
                _write(store, *pending.popleft(), report, progress)
        while pending:
            _write(store, *pending.popleft(), report, progress)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    prefix = article_graph("")
    stale = sorted({g[len(prefix):] for g in store.article_graphs()} - set(seen))
    if prune:
        store.drop_articles(key for key in stale)
        report.pruned = len(stale)
    else:
        report.stale = len(stale)
    if report.extracted or report.pruned:
        store.optimize()  # compact the bulk-loaded files, which every query would read
    store.store.flush()
    report.seconds = time.perf_counter() - report.started
    return report


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _plan(chunk: list[Path], store: GraphStore, seen: dict[str, str], report: BuildReport,
          force: bool) -> dict[str, Article]:
    """Read a batch of files; the articles among them that need extracting, by key."""
    todo = {}
    for path in chunk:
        article = read_article(path)
        if article.key in seen:
            raise ArticleError(f"two articles have the key {article.key!r} ({seen[article.key]} "
                               "and this one); rename one of them", location=str(path))
        seen[article.key] = str(path)
        report.read += 1
        report.text_bytes += len(article.text.encode("utf-8"))
        if not force and stored_fingerprint(store, article.key) == fingerprint(article):
            report.unchanged += 1
            continue
        todo[article.key] = article
    return todo


def _write(store: GraphStore, todo: dict[str, Article], results: list, report: BuildReport,
           progress: Callable[[BuildReport], None] | None) -> None:
    graphs: list[StoredGraph] = []
    for result in results:
        graphs.extend(result if isinstance(result, list) else result.get())
    report.quads += sum(g.quads for g in graphs)
    existing = store.write_article_graphs(graphs)
    report.extracted += len(todo)
    report.replaced += existing
    report.added += len(todo) - existing
    report.seconds = time.perf_counter() - report.started
    if progress:
        progress(report)
