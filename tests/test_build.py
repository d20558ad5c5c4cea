"""`kzgraph build`: batches, worker processes, incremental re-runs, prune, force, errors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import one_line_error
from kzgraph.articles import read_article
from kzgraph.cli import main
from kzgraph.graph.build import BATCH, BuildReport, build, extract_nquads, stored_fingerprint
from kzgraph.graph.layout import StoredGraph, fingerprint
from kzgraph.graph.store import GraphStore
from kzgraph.graph.triples import extract_graph
from kzgraph.namespaces import article_graph

ROOT = Path(__file__).resolve().parents[1]


def _generate(count: int, folder: Path, seed: int = 3) -> Path:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(count, folder, seed=seed)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _generate(24, tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"KZGRAPH_STORE": None})


def _quads(store: Path) -> set[str]:
    """The article graphs' quads (the ontology's blank nodes differ from store to store)."""
    graph_store = GraphStore(store)
    prefix = article_graph("")
    quads = {str(q) for q in graph_store if q.graph_name.value.startswith(prefix)}
    del graph_store
    return quads


def _build(runner, *args: str):
    result = runner.invoke(main, ["build", *args])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    return result.stderr.splitlines()[-1]


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["in-process", "two-workers"])
def test_workers_and_batches_give_the_same_store(runner, corpus, tmp_path, jobs):
    reference = tmp_path / "one-batch.store"
    _build(runner, str(corpus), "--store", str(reference), "--jobs", "1", "--batch-size", "100")
    store = tmp_path / "kz.store"
    summary = _build(runner, str(corpus), "--store", str(store), "--jobs", jobs,
                     "--batch-size", "5")
    assert summary.startswith("24 articles read: 24 extracted (24 new, 0 replaced), 0 unchanged")
    assert summary.endswith(f" -> {store}")
    assert _quads(store) == _quads(reference)


def test_force_re_extracts_and_replaces_every_article(runner, corpus, tmp_path):
    store = tmp_path / "kz.store"
    _build(runner, str(corpus), "--store", str(store), "--jobs", "1")
    before = _quads(store)
    summary = _build(runner, str(corpus), "--store", str(store), "--jobs", "1", "--force")
    assert "24 extracted (0 new, 24 replaced), 0 unchanged" in summary
    assert _quads(store) == before


def test_a_header_change_alone_replaces_the_article(runner, tmp_path):
    corpus = _generate(3, tmp_path / "corpus")
    store = tmp_path / "kz.store"
    _build(runner, str(corpus), "--store", str(store), "--jobs", "1")
    path = sorted(corpus.rglob("*.txt"))[1]
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Update: ", 1),
                    encoding="utf-8")
    summary = _build(runner, str(corpus), "--store", str(store), "--jobs", "1")
    assert "1 extracted (0 new, 1 replaced), 2 unchanged" in summary
    assert any('"Update: ' in q and "headline" in q for q in _quads(store))


def test_two_articles_with_one_key_skip_the_second(runner, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("title: T\n\nAkmola Region.", "utf-8")
    args = ["build", str(tmp_path / "a"), str(tmp_path / "b"), "--store",
            str(tmp_path / "kz.store"), "--jobs", "1"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert result.stdout == ""
    first, summary, error = result.stderr.splitlines()
    assert first.startswith(f"{tmp_path / 'b' / 'same.txt'}: two articles have the key 'same'")
    assert summary.startswith("1 article read: 1 extracted") and "1 bad file skipped" in summary
    assert error.startswith("Error: 1 file skipped")
    strict = runner.invoke(main, [*args, "--strict"])
    one_line_error(strict, f"{tmp_path / 'b' / 'same.txt'}: two articles have the key 'same'")


@pytest.mark.parametrize("args", [["--jobs", "-1"], ["--batch-size", "0"]],
                         ids=["negative-jobs", "empty-batch"])
def test_bad_options_are_usage_errors(runner, tmp_path, args):
    result = runner.invoke(main, ["build", "--store", str(tmp_path / "s"), *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Invalid value" in result.stderr


def test_help_shows_options_and_an_example(runner):
    result = runner.invoke(main, ["build", "--help"])
    assert result.exit_code == 0
    for text in ("--jobs", "--prune", "--force", "--batch-size",
                 "kzgraph build corpus/articles --store kz.store --jobs 2 --prune"):
        assert text in result.stdout
    # the command's batch is the library's, measured in benchmarks/README.md
    assert f"[default: {BATCH};" in " ".join(result.stdout.split())


def test_library_build_reports_progress_per_batch(corpus, tmp_path):
    store = GraphStore(tmp_path / "kz.store")
    seen: list[tuple[int, int]] = []
    report = build([corpus], store, jobs=1, batch=10,
                   progress=lambda r: seen.append((r.extracted, r.quads)))
    assert [done for done, _ in seen] == [10, 20, 24]
    sent = extract_nquads([read_article(p) for p in sorted(corpus.rglob("*.txt"))])
    assert seen[-1][1] == report.quads == sum(g.quads for g in sent)
    assert isinstance(report, BuildReport) and report.total == report.read == 24


def test_stored_fingerprint_matches_the_article_it_came_from(corpus, tmp_path):
    store = GraphStore(tmp_path / "kz.store")
    path = sorted(corpus.rglob("*.txt"))[0]
    article = read_article(path)
    assert stored_fingerprint(store, article.key) is None
    store.add_article(extract_graph(article))
    assert stored_fingerprint(store, article.key) == fingerprint(article)
    assert store.has_graph(article_graph(article.key))


def test_articles_from_stdin_each_keep_their_own_graph(runner, corpus, tmp_path):
    first, second = sorted(corpus.rglob("*.txt"))[:2]
    one, two = (path.read_text(encoding="utf-8") for path in (first, second))
    edited = one.replace("\n\n", "\n\nA new first sentence. ", 1)
    store = tmp_path / "kz.store"
    for text, done in ((one, "1 extracted (1 new, 0 replaced)"),
                       (one, "0 extracted (0 new, 0 replaced), 1 unchanged"),
                       (two, "1 extracted (1 new, 0 replaced)"),
                       (edited, "1 extracted (0 new, 1 replaced)")):
        result = runner.invoke(main, ["build", "-", "--store", str(store), "--jobs", "1"],
                               input=text)
        assert result.exit_code == 0, result.stderr
        assert result.stderr.startswith(f"1 article read: {done}")
    keys = [read_article(path).url.rsplit("/", 1)[-1] for path in (first, second)]
    assert GraphStore(store).article_graphs() == sorted(article_graph(key) for key in keys)


def test_prune_with_stdin_is_refused_before_the_store_is_touched(runner, corpus, tmp_path):
    store = tmp_path / "kz.store"
    article = next(corpus.rglob("*.txt")).read_text(encoding="utf-8")
    result = runner.invoke(main, ["build", "-", "--prune", "--store", str(store)], input=article)
    assert result.exit_code == 2, result.stderr
    assert "Usage: " in result.stderr and "--prune with `-`" in result.stderr
    assert not store.exists()


def _stored(key: str, *objects: str) -> StoredGraph:
    """An article in the store's layout with one triple per object, and no shared ones."""
    graph = article_graph(key)
    data = "".join(f'<http://example.org/s> <http://example.org/p> "{o}" <{graph}> .\n'
                   for o in objects).encode()
    return StoredGraph(key, data, b"", frozenset(), len(objects))


class _CallLog:
    """The real pyoxigraph store, recording which write method took each call."""

    def __init__(self, store: ox.Store) -> None:
        self.inner, self.calls = store, []

    def __getattr__(self, name: str):
        method = getattr(self.inner, name)
        if name in ("load", "bulk_load"):
            self.calls.append(name)
        return method


def test_a_batch_replaces_old_graphs_and_bulk_loads_new_ones(tmp_path):
    old, new, other = (article_graph(k) for k in ("old", "new", "other"))
    store = GraphStore(tmp_path / "kz.store")
    store.write_article_graphs([_stored("old", "a", "b", "c")])
    log = store._store = _CallLog(store._store)
    replaced = store.write_article_graphs([_stored("old", "d", "e"), _stored("new", "f"),
                                           _stored("other", "g", "h")])
    assert replaced == 1
    assert log.calls == ["bulk_load"]  # the new ones in one atomic call; the old in an update
    got = {(q.graph_name.value, q.object.value) for g in (old, new, other)
           for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))}
    assert got == {(old, "d"), (old, "e"), (new, "f"), (other, "g"), (other, "h")}
