"""The benchmark suite cannot rot: the generator is reproducible and a small run completes.

No timings are asserted here (they belong in benchmarks/README.md); only that every measurement
ran, agreed on its results and was written in the documented shape.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kzgraph.articles import find_articles, read_article

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _texts(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


def test_generator_is_seeded_and_a_smaller_corpus_is_a_prefix(tmp_path):
    generate = _generator().generate
    generate(12, tmp_path / "a", seed=5)
    generate(12, tmp_path / "b", seed=5)
    generate(5, tmp_path / "c", seed=5)
    generate(12, tmp_path / "d", seed=6)
    a = _texts(tmp_path / "a")
    assert len(a) == 12 and a == _texts(tmp_path / "b")
    assert _texts(tmp_path / "c") == {k: v for k, v in a.items() if k in _texts(tmp_path / "c")}
    assert len(_texts(tmp_path / "c")) == 5
    assert _texts(tmp_path / "d") != a


def test_generated_articles_parse_and_vary(tmp_path):
    _generator().generate(40, tmp_path, seed=1)
    articles = [read_article(p) for p in find_articles([tmp_path])]
    assert len(articles) == 40
    assert all(a.url and a.title and a.published and a.outlet for a in articles)
    assert len({a.text for a in articles}) == 40
    assert len({a.title.split(" in ")[-1] for a in articles if " in " in a.title}) > 5


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory) -> tuple[dict, str]:
    work = tmp_path_factory.mktemp("bench")
    out = work / "results.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick",
                           "--work", str(work), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8")), done.stdout


def test_quick_run_builds_and_rebuilds_the_corpus(quick_run):
    results, _ = quick_run
    assert results["options"]["quick"] is True
    assert results["extraction"]["articles"] == 100
    assert results["extraction"]["quads_per_article"] > 50
    (build,) = results["builds"]
    assert build["articles"] == 100
    assert build["summary"].startswith("100 articles read: 100 extracted (100 new, 0 replaced)")
    assert build["unchanged_rebuild_summary"].startswith(
        "100 articles read: 0 extracted (0 new, 0 replaced), 100 unchanged")
    assert build["peak_rss_mb"] > 0 and build["store_mb"] > 0


def test_quick_run_engines_agree_on_every_query(quick_run):
    results, table = quick_run
    (queries,) = results["queries"]
    assert queries["quads"] > 100 * 50
    for name in ("sectors",):
        engines = queries[name]
        assert set(engines) == {"kzgraph", "oxigraph", "rdflib"}
        rows = {r["rows"] for r in engines.values() if r["seconds"] is not None}
        assert len(rows) == 1 and rows.pop() > 0, engines
        assert f"  {name}: kzgraph " in table


def test_quick_run_measures_start_up(quick_run):
    results, table = quick_run
    assert set(results["startup"]) == {"kzgraph_help_seconds", "kzgraph_query_seconds",
                                       "import_cli_seconds", "import_query_seconds",
                                       "python_bare_seconds"}
    assert all(v > 0 for v in results["startup"].values())
    assert table.splitlines()[-1].startswith("start-up: kzgraph --help ")


def test_a_small_load_benchmark_runs_against_a_real_server():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load_remote.py"),
                           "--triples", "2000", "--graphs", "10", "--methods", "engine,bulk"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    quads = int(lines[0].split()[1].replace(",", ""))
    assert lines[0].startswith("store: ") and quads > 2000  # with the ontology and reference
    assert [line.split()[:2] for line in lines[1:]] == [["engine", "first"], ["bulk", "first"],
                                                      ["bulk", "re-run"]]
    assert all(f"12 graphs, {quads} triples by bulk" in line for line in lines[2:])


def test_a_small_model_benchmark_runs(tmp_path):
    """The extractor against the bare model, the rules-only rate and the builds, on 12 articles."""
    _generator().generate(12, tmp_path / "corpus", seed=2)
    out = tmp_path / "model.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "model.py"),
                           str(tmp_path / "corpus"), "--runs", "1", "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["articles"] == 12
    assert results["kzgraph_over_bare"] > 0 and results["jobs2_speed_up"] > 0
    assert results["build_jobs2_peak_rss_with_workers_mb"] > 0
    assert results["build_model_none_jobs1_articles_per_s"] > 0
    assert done.stdout.splitlines()[1].startswith("extraction: kzgraph ")


def test_the_layout_benchmark_answers_each_query_alike_on_store_and_baseline(tmp_path):
    """A store of 30 generated articles (rules only): every saved query gives the same number of
    rows on the store as on its compact baseline, and each is timed."""
    from kzgraph.graph.build import build
    from kzgraph.graph.store import GraphStore

    _generator().generate(30, tmp_path / "corpus", seed=2)
    store = GraphStore(tmp_path / "kz.store")
    build([tmp_path / "corpus"], store, jobs=1, model="none")
    del store
    out = tmp_path / "layout.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "layout.py"),
                           str(tmp_path / "kz.store"), "--runs", "1", "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(out.read_text(encoding="utf-8"))
    assert result["baseline_triples"]["facts"] < result["baseline_triples"]["flat"]
    assert {"sectors", "projects", "evidence", "figures"} <= set(result["queries"])
    for name, timing in result["queries"].items():
        assert len(set(timing["rows"].values())) == 1, name
        assert timing["store_s"] > 0 and timing["baseline_s"] > 0, name
    assert result["queries"]["sectors"]["rows"]["store"] > 0

def test_a_small_server_load_benchmark_runs_both_ways():
    servers = "oxigraph,virtuoso" if shutil.which("virtuoso-t") else "oxigraph"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load_servers.py"),
                           "--triples", "2000", "--graphs", "5", "--runs", "1",
                           "--servers", servers], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    quads = int(lines[0].split()[1].replace(",", ""))
    assert [line.split()[0] for line in lines[1:]] == servers.split(",")
    assert all(f"[{quads:,} triples there;" in line for line in lines[1:])  # both ways, all


def test_a_short_serve_latency_benchmark_has_no_errors():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "serve_latency.py"),
                           "--clients", "3", "--seconds", "1", "--runs", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["kzgraph", "oxigraph"]
    assert all(line.endswith("errors 0") for line in lines[1:])
