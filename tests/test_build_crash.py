"""Kill `kzgraph build` with SIGKILL mid-build: the store must hold only whole articles.

A real build runs as a subprocess (with its worker processes) on a generated corpus and is killed
several times in the middle of its work. After each kill the store must open, both reference graphs
must be there or neither, and every article graph in it must equal a fresh extraction of that
article, quad for quad. Re-running then finishes the job; a further run extracts nothing.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kzgraph.articles import read_article
from kzgraph.graph.build import extract_nquads
from kzgraph.graph.layout import ENTITIES_GRAPH
from kzgraph.graph.store import GraphStore
from kzgraph.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_graph

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = 240
KILLS = 3  # kills in the middle of a build, on the same store
ATTEMPTS = 12


def _generator():
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_build(corpus: Path, store: Path, *extra: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "KZGRAPH_STORE"}
    env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.Popen(
        [sys.executable, "-m", "kzgraph", "build", str(corpus), "--store", str(store), "--jobs",
         "2", "--batch-size", "10", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True,  # so the kill reaches the worker processes too
    )


def _finish(corpus: Path, store: Path, *extra: str) -> str:
    process = _run_build(corpus, store, *extra)
    out, err = process.communicate(timeout=180)
    assert process.returncode == 0, err
    assert out == ""
    return err


def _graphs(store_path: Path) -> dict[str, set[str]]:
    """Every named graph in the store, as a set of N-Quads lines."""
    store = GraphStore(store_path)
    graphs: dict[str, set[str]] = {}
    for quad in store:
        graphs.setdefault(quad.graph_name.value, set()).add(str(quad))
    del store
    return graphs


def _expected(paths: list[Path]) -> dict[str, set[str]]:
    """Each article's graph in the store's layout, and (under the article's graph IRI with
    ``#shared``) the quads it puts in the entities graph."""
    out = {}
    for graph in extract_nquads([read_article(p) for p in paths]):
        for part, data in (("", graph.graph), ("#shared", graph.shared)):
            quads = ox.parse(input=data, format=ox.RdfFormat.N_QUADS)
            out[article_graph(graph.key) + part] = {str(q) for q in quads}
    return out


def _check_whole(graphs: dict[str, set[str]], expected: dict[str, set[str]]) -> None:
    """Every article graph is whole, and the entities graph holds exactly what they state."""
    shared = set()
    for graph, quads in graphs.items():
        if graph in (ONTOLOGY_GRAPH, REFERENCE_GRAPH, ENTITIES_GRAPH):
            continue
        assert quads == expected[graph], f"{graph} is incomplete after a kill"
        shared |= expected[graph + "#shared"]
    assert graphs.get(ENTITIES_GRAPH, set()) == shared


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    _generator().generate(ARTICLES, folder, seed=7)
    return folder


@pytest.fixture(scope="module")
def expected(corpus) -> dict[str, set[str]]:
    return _expected(sorted(corpus.rglob("*.txt")))


def test_sigkill_leaves_whole_articles_and_a_rerun_finishes(corpus, expected, tmp_path):
    store = tmp_path / "kz.store"
    delay, middles, before = 1.0, [], 0
    for _ in range(ATTEMPTS):
        process = _run_build(corpus, store)
        time.sleep(delay)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=60)
        graphs = _graphs(store) if store.exists() else {}
        assert (ONTOLOGY_GRAPH in graphs) == (REFERENCE_GRAPH in graphs)
        _check_whole(graphs, expected)
        articles = len([g for g in graphs if g.startswith(article_graph(""))])
        # The build's speed depends on the machine: aim the next kill by what this one hit.
        if articles == ARTICLES:  # it finished first: start again, kill sooner
            shutil.rmtree(store)
            delay, articles = delay * 0.6, 0
        elif articles == before:  # killed before it wrote anything: kill later
            delay *= 1.5
        else:
            middles.append(articles)
            if len(middles) == KILLS:
                break
        before = articles
    print("article graphs after each kill in the middle of a build:", middles)
    assert middles, f"no kill hit the middle of a build in {ATTEMPTS} attempts"

    summary = _finish(corpus, store)
    assert f"{ARTICLES} articles read" in summary
    assert not list(store.glob("bulk-*.sst")), "files of killed bulk loads were left behind"
    graphs = _graphs(store)
    assert {g: q for g, q in graphs.items() if g.startswith(article_graph(""))} == {
        g: q for g, q in expected.items() if not g.endswith("#shared")}
    _check_whole(graphs, expected)
    assert "0 extracted" in _finish(corpus, store)


def test_rerun_skips_unchanged_replaces_changed_and_prunes_deleted(corpus, expected, tmp_path):
    local = tmp_path / "corpus"
    local.mkdir()
    files = sorted(corpus.rglob("*.txt"))[:30]
    for path in files:
        (local / path.name).write_bytes(path.read_bytes())
    store = tmp_path / "kz.store"
    assert "30 extracted (30 new, 0 replaced)" in _finish(local, store)
    assert "0 extracted (0 new, 0 replaced), 30 unchanged" in _finish(local, store)

    changed = local / files[3].name
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("\n\n", "\n\nPavlodar Region hosts a new plant. ", 1),
                       encoding="utf-8")
    assert "1 extracted (0 new, 1 replaced), 29 unchanged" in _finish(local, store)
    graph = article_graph(read_article(changed).key)
    assert _graphs(store)[graph] == _expected([changed])[graph]

    deleted = local / files[5].name
    deleted.unlink()
    kept = _finish(local, store)
    assert "0 pruned" in kept and "1 graph of an article not in the corpus kept" in kept
    assert article_graph(read_article(files[5]).key) in _graphs(store)
    assert "1 pruned" in _finish(local, store, "--prune")
    graphs = _graphs(store)
    assert article_graph(read_article(files[5]).key) not in graphs
    _check_whole(graphs, _expected([local / path.name for path in files if path != files[5]]))


BULK_SCRIPT = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[1])
data = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" <http://example.org/g> .\\n'
               for i in range(600_000))
store.bulk_load(input=data.encode(), format=ox.RdfFormat.N_QUADS)
"""


def test_files_of_a_killed_bulk_load_are_removed_and_nothing_of_it_is_stored(tmp_path):
    path = tmp_path / "kz.store"
    quads = len(GraphStore(path))
    process = subprocess.Popen([sys.executable, "-c", BULK_SCRIPT, str(path)])
    while not list(path.glob("bulk-*.sst")) and process.poll() is None:
        time.sleep(0.005)
    process.kill()
    process.wait()
    assert list(path.glob("bulk-*.sst")), "the bulk load finished before it could be killed"
    store = GraphStore(path)
    assert len(store) == quads
    assert store.remove_bulk_leftovers() >= 1
    assert not list(path.glob("bulk-*.sst"))
    assert len(store) == quads
