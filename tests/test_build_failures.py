"""`kzgraph build` on real folders: bad files, files that vanish, nothing to build, Ctrl-C.

Bad files are real files (HTML, a text-only PDF, a folder named like an article, a file
without read permission); the interrupt tests run a real build as a process with its worker
processes and send it a real SIGINT (to its process group, as a terminal's Ctrl-C does) or
SIGTERM (to it alone, as `kill` does, or to the group, as a service manager does).
"""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import one_line_error
from kzgraph.cli import main
from kzgraph.errors import ArticleError
from kzgraph.graph.build import build
from kzgraph.graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]


def _generate(count: int, folder: Path, seed: int = 5) -> Path:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(count, folder, seed=seed)
    return folder


def _article_graphs(store: Path) -> int:
    graph_store = GraphStore(store)
    count = len(graph_store.article_graphs())
    del graph_store
    return count


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _generate(20, tmp_path_factory.mktemp("corpus"))


def _unreadable(path: Path) -> None:
    path.write_text("title: T\n\nAkmola Region.", encoding="utf-8")
    path.chmod(0)


BAD_FILES = [  # how to make it, a fragment of its reason; id
    pytest.param(lambda p: p.write_bytes(b"<!DOCTYPE html><html><body><p>x</p></body></html>"),
                 "HTML, not plain text", id="html"),
    pytest.param(lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"),
                 "a PDF file", id="text-only-pdf"),
    pytest.param(lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "binary", id="binary"),
    pytest.param(lambda p: p.mkdir(), "cannot read it", id="a-folder"),
    pytest.param(_unreadable, "cannot read it (Permission denied)", id="no-permission",
                 marks=pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")),
]


@pytest.mark.parametrize("make, reason", BAD_FILES)
def test_a_bad_file_is_skipped_and_every_good_article_stored(runner, corpus, tmp_path, make,
                                                             reason):
    folder = tmp_path / "articles"
    folder.mkdir()
    good = sorted(corpus.rglob("*.txt"))
    for path in good:
        (folder / path.name).write_bytes(path.read_bytes())
    bad = folder / (good[7].stem + "-bad.txt")  # sorted in the middle of the second batch
    make(bad)
    store = tmp_path / "kz.store"
    args = ["build", str(folder), "--store", str(store), "--batch-size", "5", "--jobs", "1",
            "--model", "none"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    line, summary, error = result.stderr.splitlines()
    assert line.startswith(f"{bad}: ") and reason in line
    assert summary.startswith(f"{len(good)} articles read: {len(good)} extracted")
    assert "1 bad file skipped" in summary
    assert error.startswith("Error: 1 file skipped") and "--strict" in error
    assert _article_graphs(store) == len(good)

    strict = tmp_path / "strict.store"
    result = runner.invoke(main, [*args[:3], str(strict), *args[4:], "--strict"])
    one_line_error(result, str(bad), reason)
    assert _article_graphs(strict) == 5, "the batch before the bad file is kept"


def test_a_file_that_vanishes_mid_build_is_skipped(corpus, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(corpus.rglob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    doomed = sorted(folder.glob("*.txt"))[-1]  # in the last batch: read after the first write
    skipped: list[str] = []
    report = build([folder], GraphStore(tmp_path / "kz.store"), jobs=1, batch=5, model="none",
                   progress=lambda report: doomed.unlink(missing_ok=True),
                   skip=skipped.append)
    assert report.read == report.extracted == 19
    assert skipped == report.skipped
    assert len(skipped) == 1 and skipped[0].startswith(f"{doomed}: no such file")
    doomed = sorted(folder.glob("*.txt"))[-1]
    with pytest.raises(ArticleError, match="no such file"):
        build([folder], GraphStore(tmp_path / "strict.store"), jobs=1, batch=5, model="none",
              progress=lambda report: doomed.unlink(missing_ok=True), strict=True)


@pytest.mark.parametrize("setup, fragment", [
    (lambda d: None, "no such file or folder"),
    (lambda d: d.mkdir(), "no .txt articles in this folder"),
], ids=["missing-folder", "empty-folder"])
def test_a_failed_build_creates_no_store(runner, tmp_path, setup, fragment):
    articles = tmp_path / "articles"
    setup(articles)
    store = tmp_path / "s1"
    one_line_error(runner.invoke(main, ["build", str(articles), "--store", str(store)]),
                   str(articles), fragment)
    assert not store.exists()


def test_a_build_of_only_bad_files_creates_no_store(runner, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    store = tmp_path / "s1"
    result = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "--store", str(store)])
    assert result.exit_code == 1
    assert "0 articles read" in result.stderr
    assert not store.exists()


def test_stdin_builds_do_not_suggest_prune(runner, corpus, tmp_path):
    store = tmp_path / "kz.store"
    first, second = sorted(corpus.rglob("*.txt"))[:2]
    for path in (first, second):
        result = runner.invoke(main, ["build", "-", "--store", str(store), "--jobs", "1",
                                      "--model", "none"], input=path.read_text("utf-8"))
        assert result.exit_code == 0, result.stderr
    assert "1 graph of an article not in the corpus kept" in result.stderr
    assert "--prune" not in result.stderr


# ---- interrupts: a real process, a real signal ----

INTERRUPTS = [  # (id, signal, to the process group?, --jobs, exit status)
    ("ctrl-c-two-workers", signal.SIGINT, True, "2", 130),
    ("ctrl-c-in-process", signal.SIGINT, True, "1", 130),
    ("kill-two-workers", signal.SIGTERM, False, "2", 143),
    ("sigterm-to-the-group", signal.SIGTERM, True, "2", 143),
]


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    return _generate(400, tmp_path_factory.mktemp("big"))


def _start(corpus: Path, store: Path, jobs: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "KZGRAPH_STORE"}
    env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.Popen(
        [sys.executable, "-m", "kzgraph", "build", str(corpus), "--store", str(store),
         "--jobs", jobs, "--batch-size", "10", "--model", "none"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True)  # its own process group, as a terminal gives a command


@pytest.mark.parametrize("signal_number, group, jobs, status",
                         [case[1:] for case in INTERRUPTS], ids=[case[0] for case in INTERRUPTS])
def test_an_interrupted_build_stops_quietly_and_says_what_it_stored(big_corpus, tmp_path,
                                                                   signal_number, group, jobs,
                                                                   status):
    store = tmp_path / "kz.store"
    process = _start(big_corpus, store, jobs)
    deadline = time.monotonic() + 60
    while not list(store.glob("[0-9]*.sst")) and time.monotonic() < deadline:  # a first write
        time.sleep(0.05)
    time.sleep(0.5)
    assert process.poll() is None, "the build finished before it could be interrupted"
    (os.killpg if group else os.kill)(process.pid, signal_number)
    out, err = process.communicate(timeout=60)
    assert process.returncode == status, err
    assert out == ""
    assert "Traceback" not in err and "Aborted" not in err
    assert len(err.splitlines()) == 1, err
    match = re.fullmatch(r"Error: stopped by (Ctrl-C|SIGTERM): (\d+) articles? stored by this "
                         r"run \(\d+ of 400 done\); .*running the same command again finishes "
                         r"the job\n", err)
    assert match, err
    assert int(match.group(2)) == _article_graphs(store) < 400
    if signal_number == signal.SIGINT and jobs == "2":
        process = _start(big_corpus, store, jobs)
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        assert f"{400 - int(match.group(2))} extracted" in err
        assert _article_graphs(store) == 400
