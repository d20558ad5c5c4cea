"""The extractor against its floor, the bare model: ratios measured in one run.

- extraction: kzgraph's whole extraction (``extract_all`` and the N-Quads text of each article,
  what a build's worker sends) over the same texts as the bare ``nlp.pipe`` of the same
  pipeline, loaded once; the order of the timings alternates from run to run;
- ``--model none``: the rules-only extractor's articles per second in one process and in two
  (one per core, each extracting half the articles);
- ``kzgraph build`` as a process with ``--jobs 1`` and ``--jobs 2``, runs alternating: wall
  time, and the peak RSS of the build with its workers; and ``--model none`` with ``--jobs 1``
  and ``--jobs 2``.

    python benchmarks/generate.py 300 /tmp/corpus --seed 0
    python benchmarks/model.py /tmp/corpus/000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from run import kzgraph, median, run_process  # noqa: E402

from kzgraph.articles import find_articles, read_article  # noqa: E402
from kzgraph.extract import language  # noqa: E402
from kzgraph.extract.pipeline import extract_all  # noqa: E402
from kzgraph.graph.build import extract_nquads  # noqa: E402
from kzgraph.model import Article  # noqa: E402


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _rules_only(articles: list[Article]) -> int:
    """One worker's share of the rules-only extraction, as a build's worker makes it (N-Quads
    text in the store's layout); its quad count, so nothing is skipped."""
    return sum(graph.quads for graph in extract_nquads(articles, language.NONE))


def measure(folder: Path, runs: int) -> dict:
    articles = [read_article(p) for p in find_articles([str(folder)])]
    texts = [a.text for a in articles]
    name = language.choose()
    nlp = language.load(name)
    halves = [articles[0::2], articles[1::2]]
    bare, ours, rules, rules_two = [], [], [], []
    list(nlp.pipe(texts[:8]))  # warm up: the first texts pay for lazy initialisation
    list(extract_all(articles[:8]))
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_rules_only, [articles[:2], articles[2:4]]))  # start both workers first
        for run in range(runs):
            timings = [(bare, lambda: list(nlp.pipe(texts))),
                       (ours, lambda: extract_nquads(articles)),
                       (rules, lambda: _rules_only(articles)),
                       (rules_two, lambda: list(pool.map(_rules_only, halves)))]
            for found, work in timings if run % 2 == 0 else reversed(timings):
                found.append(_timed(work))
    builds: dict[str, list[dict]] = {"1": [], "2": [], "none-1": [], "none-2": []}
    options = {"1": ["--jobs", "1"], "2": ["--jobs", "2"],
               "none-1": ["--jobs", "1", "--model", "none"],
               "none-2": ["--jobs", "2", "--model", "none"]}
    with tempfile.TemporaryDirectory() as work:
        for run in range(runs):
            for key, extra in options.items() if run % 2 == 0 else reversed(options.items()):
                store = Path(work) / f"s{key}"
                shutil.rmtree(store, ignore_errors=True)
                builds[key].append(run_process(kzgraph("build", str(folder), "--store",
                                                       str(store), *extra), timeout=3600))
    seconds = {key: median([b["seconds"] for b in found]) for key, found in builds.items()}
    count = len(articles)
    return {
        "articles": count, "model": name, "runs": runs,
        "bare_pipe_s": median(bare), "kzgraph_s": median(ours),
        "kzgraph_over_bare": median(ours) / median(bare),
        "rules_only_articles_per_s_one_process": count / median(rules),
        "rules_only_articles_per_s_two_processes": count / median(rules_two),
        "build_jobs1_s": seconds["1"], "build_jobs2_s": seconds["2"],
        "jobs2_speed_up": seconds["1"] / seconds["2"],
        "build_jobs2_peak_rss_with_workers_mb":
            max(b["peak_rss_with_workers_mb"] for b in builds["2"]),
        "build_model_none_jobs1_s": seconds["none-1"],
        "build_model_none_jobs2_s": seconds["none-2"],
        "build_model_none_jobs1_articles_per_s": count / seconds["none-1"],
        "build_model_none_jobs2_articles_per_s": count / seconds["none-2"],
    }


def report(results: dict) -> str:
    """The figures as the lines benchmarks/README.md quotes."""
    r = results
    return "\n".join([
        f"{r['articles']} articles, {r['model']}, medians of {r['runs']} runs",
        f"extraction: kzgraph {r['kzgraph_s']:.2f} s, bare nlp.pipe {r['bare_pipe_s']:.2f} s "
        f"({r['kzgraph_over_bare']:.2f}x)",
        f"--model none: {r['rules_only_articles_per_s_one_process']:.0f} articles/s in one "
        f"process, {r['rules_only_articles_per_s_two_processes']:.0f} in two",
        f"build: --jobs 1 {r['build_jobs1_s']:.1f} s, --jobs 2 {r['build_jobs2_s']:.1f} s "
        f"({r['jobs2_speed_up']:.2f}x), peak RSS with workers "
        f"{r['build_jobs2_peak_rss_with_workers_mb']:.0f} MB",
        f"build --model none: --jobs 1 {r['build_model_none_jobs1_s']:.1f} s "
        f"({r['build_model_none_jobs1_articles_per_s']:.0f} articles/s), --jobs 2 "
        f"{r['build_model_none_jobs2_s']:.1f} s "
        f"({r['build_model_none_jobs2_articles_per_s']:.0f} articles/s)",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of articles")
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    results = measure(args.folder, args.runs)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
