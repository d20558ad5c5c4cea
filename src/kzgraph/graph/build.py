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
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..articles import find_articles, read_article
from ..errors import ArticleError, BuildInterrupted, KzgraphError
from ..model import Article
from ..namespaces import article_graph, resource
from ..wording import plural
from . import layout
from .layout import Fingerprint, StoredGraph, fingerprint
from .store import GraphStore

BATCH = 1000
"""Articles per written batch: one bulk load each. Every load adds files that the store's
compaction merges again (in RocksDB's background threads as they pile up, then
``store.optimize``), so fewer, bigger loads cost less: on 5,000 generated articles 1,000 a
batch took 0.93x the CPU of 500 (the background compaction 3.2 s instead of 5.5 s) and 0.96x
the time, for 275 MB instead of 160 MB in the writing process; 2,500 took longer again (one
core alone loads the last batch) and 540 MB (benchmarks/README.md, sessions 12 and 15)."""
TASK = 25
"""Articles per task sent to a worker (fewer at the end of a build: ``_tasks``)."""

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
    skipped: list[str] = field(default_factory=list)
    """``file: reason`` for each file left out (not an article, unreadable, vanished)."""
    prunable: bool = True
    """False when the build read ``-``: then ``--prune`` is refused, so it is not suggested."""
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0

    def summary(self) -> str:
        """One plain line: what was read, extracted, skipped, replaced, pruned, in how long.

        >>> print(BuildReport(read=3, extracted=2, added=1, replaced=1, unchanged=1, quads=50,
        ...                   seconds=2.0).summary())  # doctest: +NORMALIZE_WHITESPACE
        3 articles read: 2 extracted (1 new, 1 replaced), 1 unchanged, 0 pruned;
        50 quads written in 2.0 s (1.5 articles/s)
        >>> print(BuildReport(read=1, extracted=1, added=1, stale=1, skipped=["x.txt: empty"],
        ...                   prunable=False).summary())  # doctest: +NORMALIZE_WHITESPACE
        1 article read: 1 extracted (1 new, 0 replaced), 0 unchanged, 0 pruned;
        1 bad file skipped; 0 quads written in 0.0 s (0.0 articles/s);
        1 graph of an article not in the corpus kept
        """
        line = (f"{plural(self.read, 'article')} read: {self.extracted} extracted "
                f"({self.added} new, {self.replaced} replaced), {self.unchanged} unchanged, "
                f"{self.pruned} pruned; ")
        if self.skipped:
            line += f"{plural(len(self.skipped), 'bad file')} skipped; "
        line += (f"{self.quads} quads written in {self.seconds:.1f} s "
                 f"({self.read / self.seconds if self.seconds else 0:.1f} articles/s)")
        if self.stale:
            line += (f"; {plural(self.stale, 'graph')} of "
                     f"{'an article' if self.stale == 1 else 'articles'} not in the corpus kept")
            if self.prunable:
                line += " (--prune drops them)"
        return line


def stored_fingerprint(store: GraphStore, key: str) -> Fingerprint | None:
    """The fingerprint of an article as its graph in the store has it; None if it has none."""
    graph = article_graph(key)
    if not store.has_graph(graph):  # a new article: one cheap look instead of a pattern scan
        return None
    node = ox.NamedNode(resource("article", key))
    quads = store.quads_for_pattern(node, None, None, ox.NamedNode(graph))
    return layout.stored_fingerprint((q.predicate.value, q.object.value) for q in quads)


def extract_nquads(articles: list[Article], model: str | None = None) -> list[StoredGraph]:
    """Extract articles into their graphs in the store's layout (``layout.py``).

    This is what a worker process runs; it imports only the extractor (and ``model``, the
    spaCy pipeline that reads the texts: ``extract.language.choose``).
    """
    from .triples import extract_graphs

    return [graph.stored() for graph in extract_graphs(articles, model=model)]


def _warm_up(model: str | None) -> None:
    """Worker initialiser: leave signals to the parent (which stops the workers), then load the
    extractor, the model and the reference data once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    extract_nquads([Article(key="warm-up", text="Akmola Region.")], model)


class _Stop(BaseException):
    """Raised in the building thread by SIGINT or SIGTERM; becomes ``BuildInterrupted``."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number


class _Stopper:
    """Turns SIGINT and SIGTERM into ``_Stop``, except inside ``held()``, where a signal waits
    for the end of the block: a batch's write and its count happen together or not at all."""

    def __init__(self) -> None:
        self.received: int | None = None
        self.holding = 0

    def __call__(self, signal_number: int, frame) -> None:
        self.received = signal_number
        if not self.holding:
            raise _Stop(signal_number)

    @contextmanager
    def held(self) -> Iterator[None]:
        self.holding += 1
        try:
            yield
        finally:
            self.holding -= 1
        if self.received is not None and not self.holding:
            raise _Stop(self.received)


@contextmanager
def _stopped_by_signals() -> Iterator[_Stopper]:
    """SIGINT and SIGTERM raise ``_Stop`` while the block runs (in the main thread only)."""
    stopper = _Stopper()
    if threading.current_thread() is not threading.main_thread():
        yield stopper  # signals go to the main thread; nothing to catch here
        return
    before = {number: signal.signal(number, stopper)
              for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stopper
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


@contextmanager
def _masked_for_workers() -> Iterator[None]:
    """Block SIGINT and SIGTERM while worker processes are started: they inherit the mask, so
    a Ctrl-C before their initialiser has run cannot print a traceback from them."""
    held = {signal.SIGINT, signal.SIGTERM}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def build(paths: Iterable[str | Path], store: GraphStore | Callable[[], GraphStore], *,
          jobs: int | None = None, prune: bool = False, force: bool = False, batch: int = BATCH,
          model: str | None = None, strict: bool = False,
          progress: Callable[[BuildReport], None] | None = None,
          skip: Callable[[str], None] | None = None) -> BuildReport:
    """Extract the articles under ``paths`` into ``store``; see the module docstring.

    ``store`` may be a function that opens it: it is then called only once an article has been
    read, so a build that fails before that (no such folder, no articles) creates no store.
    ``jobs`` is the number of extraction processes (None or 0: one per core; 1: in this process).
    ``model`` is the spaCy pipeline that reads the texts (``"none"``: the rules alone).
    A path ``-`` is one article read from standard input (its key: ``stdin_key``).
    A file that is not an article (or cannot be read, or vanished) is skipped, listed in
    ``report.skipped`` and passed to ``skip`` as ``file: reason``; with ``strict`` its
    ``ArticleError`` stops the build instead. SIGINT and SIGTERM stop the build with a
    ``BuildInterrupted`` that says what was stored; the workers are stopped quietly.
    """
    files = [Path(p) for given in paths
             for p in (["-"] if str(given) == "-" else find_articles([given]))]
    report = BuildReport(total=len(files), prunable=not any(str(p) == "-" for p in files))
    jobs = jobs or os.cpu_count() or 1
    seen: dict[str, str] = {}  # key -> file, to catch two files with one key
    opened: list[GraphStore] = [store] if isinstance(store, GraphStore) else []

    def the_store() -> GraphStore:
        if not opened:
            opened.append(store())
            opened[0].remove_bulk_leftovers()
        return opened[0]

    if opened:
        opened[0].remove_bulk_leftovers()
    pool = None

    def start_workers() -> None:
        """Start the workers once a first article needs them, while the rest are read."""
        nonlocal pool
        if jobs > 1 and pool is None:
            pool = ProcessPoolExecutor(jobs, multiprocessing.get_context("spawn"),
                                       initializer=_warm_up, initargs=(model,))
            with _masked_for_workers():  # submit starts a worker
                for _ in range(jobs):
                    pool.submit(int)

    try:
        with _stopped_by_signals() as stopper:
            try:
                pending: deque = deque()
                for start in range(0, len(files), batch):
                    chunk = files[start:start + batch]
                    todo = _plan(chunk, the_store, seen, report, force, strict, skip,
                                 start_workers)
                    articles = list(todo.values())
                    final = start + batch >= len(files)
                    if pool is None:
                        pending.append((todo, [extract_nquads(articles, model)]))
                    else:
                        pending.append((todo, [pool.submit(extract_nquads, task, model)
                                               for task in _tasks(articles, jobs, final)]))
                        if final:  # the workers exit once done, while the parent writes
                            pool.shutdown(wait=False)
                    while len(pending) > (2 if pool else 0):
                        _write(the_store, *pending.popleft(), report, progress, stopper.held)
                while pending:
                    _write(the_store, *pending.popleft(), report, progress, stopper.held)
            finally:
                if pool is not None:  # tasks not started are dropped; running ones finish
                    pool.shutdown(wait=True, cancel_futures=True)
    except _Stop as stop:
        raise _interrupted(report, stop.signal_number) from None
    except BrokenProcessPool:
        raise KzgraphError(
            f"an extraction process died (killed, or out of memory?) after "
            f"{plural(report.extracted, 'article')} were stored; every stored article is whole: "
            "run the same command again (with fewer --jobs if memory is short)") from None
    if not opened:  # nothing was read: no store is created
        report.seconds = time.perf_counter() - report.started
        return report
    graph_store = opened[0]
    prefix = article_graph("")
    stale = sorted({g[len(prefix):] for g in graph_store.article_graphs()} - set(seen))
    if prune:
        graph_store.drop_articles(stale)
        report.pruned = len(stale)
    else:
        report.stale = len(stale)
    if report.extracted or report.pruned:
        graph_store.optimize()  # compact the bulk-loaded files, which every query would read
    graph_store.flush()
    report.seconds = time.perf_counter() - report.started
    return report


def _interrupted(report: BuildReport, signal_number: int) -> BuildInterrupted:
    """What an interrupted build says: what it stored, and that a re-run finishes it."""
    by = "Ctrl-C" if signal_number == signal.SIGINT else signal.Signals(signal_number).name
    done = report.extracted + report.unchanged
    skipped = f", {plural(len(report.skipped), 'bad file')} skipped" if report.skipped else ""
    return BuildInterrupted(
        f"stopped by {by}: {plural(report.extracted, 'article')} stored by this run "
        f"({done} of {report.total} done{skipped}); every stored article is whole, and "
        "running the same command again finishes the job", signal_number=signal_number)


def _tasks(articles: list[Article], jobs: int, final: bool) -> Iterator[list[Article]]:
    """A batch's tasks for the workers: ``TASK`` articles each, but in the final batch a share of
    what is left for each worker, shrinking to one article, so that the workers run out of
    work together rather than one finishing a whole task alone while the others wait.

    >>> [len(t) for t in _tasks(list(range(100)), 2, final=False)]
    [25, 25, 25, 25]
    >>> [len(t) for t in _tasks(list(range(100)), 2, final=True)]
    [25, 19, 14, 11, 8, 6, 5, 3, 3, 2, 1, 1, 1, 1]
    """
    start = 0
    while start < len(articles):
        size = min(TASK, -(-(len(articles) - start) // (2 * jobs))) if final else TASK
        yield articles[start:start + size]
        start += size


def _plan(chunk: list[Path], store: Callable[[], GraphStore], seen: dict[str, str],
          report: BuildReport, force: bool, strict: bool = True,
          skip: Callable[[str], None] | None = None,
          work: Callable[[], None] | None = None) -> dict[str, Article]:
    """Read a batch of files; the articles among them that need extracting, by key.

    A file that is not an article is skipped (``report.skipped``, ``skip``) unless ``strict``.
    ``work`` is called at each article that needs extracting.
    """
    todo = {}
    for path in chunk:
        try:
            article = read_article(path)
            if article.key in seen:
                raise ArticleError(f"two articles have the key {article.key!r} "
                                   f"({seen[article.key]} and this one); rename one of them",
                                   location=str(path))
        except ArticleError as error:
            if strict:
                raise
            report.skipped.append(str(error))
            if skip:
                skip(str(error))
            continue
        seen[article.key] = str(path)
        report.read += 1
        report.text_bytes += len(article.text.encode("utf-8"))
        if not force and stored_fingerprint(store(), article.key) == fingerprint(article):
            report.unchanged += 1
            continue
        todo[article.key] = article
        if work:
            work()
    return todo


def _write(store: Callable[[], GraphStore], todo: dict[str, Article], results: list,
           report: BuildReport, progress: Callable[[BuildReport], None] | None,
           held: Callable[[], AbstractContextManager] = nullcontext) -> None:
    """Wait for a batch's graphs, write them, count them (``held``: signals wait meanwhile)."""
    graphs: list[StoredGraph] = []
    for result in results:
        graphs.extend(result if isinstance(result, list) else result.result())
    report.quads += sum(g.quads for g in graphs)
    with held():  # a stop signal waits until the batch is written and counted
        existing = store().write_article_graphs(graphs) if graphs else 0
        report.extracted += len(todo)
        report.replaced += existing
        report.added += len(todo) - existing
    report.seconds = time.perf_counter() - report.started
    if progress:
        progress(report)
