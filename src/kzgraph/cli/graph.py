"""Commands that make article graphs and stores and write them out: ``extract``, ``build``,
``export``.
"""

from __future__ import annotations

import sys

import click

from ..wording import plural
from .group import command
from .options import format_option, model_option, output_option, store_option

RDF_FORMATS = ("turtle", "trig", "ntriples", "nquads", "jsonld", "rdfxml")  # export.ExportFormat


@command()
@click.argument("files", nargs=-1, required=True)
@output_option()
@format_option(RDF_FORMATS, None,
                "RDF format (default: from the file extension, else Turtle)")
@click.option("--encoding", default="utf-8", show_default=True,
              help="The articles' text encoding, e.g. cp1251.")
@model_option()
def extract(files: tuple[str, ...], output: str | None, fmt: str | None, encoding: str,
            model: str | None) -> None:
    """Extract articles into RDF: one named graph per article.

    FILES are article files or folders; `-` reads one article from stdin.

    \b
    Examples:
      kzgraph extract article.txt -o article.ttl
      kzgraph extract articles/ --model none -o rules-only.trig
    """
    from ..articles import find_articles, read_article
    from ..graph.export import format_for, serialize, write_atomically
    from ..graph.triples import extract_graphs

    paths = ["-"] if files == ("-",) else list(find_articles(list(files)))
    quads = []
    articles = (read_article(path, encoding=encoding) for path in paths)
    for graph in extract_graphs(articles, model=model):
        quads.extend(graph.quads())
    target = None if output == "-" else output
    data = serialize(quads, format_for(target or "", fmt))
    if target:
        write_atomically(target, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@command()
@click.argument("paths", nargs=-1)
@store_option(created=True)
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Extraction processes; 0: one per core, 1: no worker processes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Articles written per store load (fewer loads cost less CPU, bigger ones "
                   "more memory).")
@click.option("--prune", is_flag=True,
              help="Drop the graphs of articles that are no longer under PATHS.")
@click.option("--force", is_flag=True,
              help="Re-extract unchanged articles too (after upgrading kzgraph or its model, "
                   "or changing --model).")
@click.option("--strict", is_flag=True,
              help="Stop at the first file that is not an article (default: skip it, report "
                   "it and exit 1 at the end).")
@model_option()
def build(paths: tuple[str, ...], store_path: str, jobs: int, batch_size: int, prune: bool,
          force: bool, strict: bool, model: str | None) -> None:
    """Extract folders of articles into a persistent store, incrementally.

    Articles are read, extracted (in parallel) and written in batches; each
    article's graph is written whole or not at all, so an interrupted build
    (Ctrl-C: exit 130, SIGTERM: 143) is finished by running it again. An
    article whose text and header are unchanged since the last build is not
    extracted again; a changed one replaces its graph. A file that is not an
    article is reported as `file: reason` and skipped (exit 1 at the end;
    --strict stops there). PATHS are folders or article files; `-` reads one
    article from stdin. With no PATHS, builds the bundled sample corpus.
    On a terminal a progress bar shows on stderr; a summary line always ends.

    \b
    Examples:
      kzgraph build corpus/articles --store kz.store
      kzgraph build corpus/articles --store kz.store --jobs 2 --prune
    """
    from ..errors import SkippedFiles
    from ..graph.build import build as run_build
    from ..graph.store import GraphStore
    from ..resources import sample_dir

    if prune and "-" in paths:
        raise click.UsageError("--prune with `-` would drop every article graph but this one; "
                               "leave out --prune, or prune with the corpus folders as PATHS")
    paths_ = list(paths) or [sample_dir()]
    options = {"jobs": jobs, "batch": batch_size, "prune": prune, "force": force, "model": model,
               "strict": strict, "skip": lambda message: click.echo(message, err=True)}
    opener = lambda: GraphStore(store_path)  # noqa: E731 - opened once an article is read
    if sys.stderr.isatty():
        report = _build_with_bar(run_build, paths_, opener, **options)
    else:
        report = run_build(paths_, opener, **options)
    click.echo(f"{report.summary()} -> {store_path}", err=True)
    if report.skipped:
        raise SkippedFiles(f"{plural(len(report.skipped), 'file')} skipped (listed above): fix "
                           "or remove them and run again; --strict stops at the first")


def _build_with_bar(run_build, paths, store, **options):
    """Run a build under a progress bar: articles, quads, rate and ETA."""
    with click.progressbar(length=1, label="Building", file=sys.stderr, show_pos=True,
                           item_show_func=lambda text: text) as bar:
        def progress(report) -> None:
            bar.length = report.total
            done = report.extracted + report.unchanged + len(report.skipped)
            rate = done / report.seconds if report.seconds else 0.0
            bar.update(done - bar.pos,
                       f"{report.quads:,} quads, {rate:.0f} articles/s")

        def skip(message: str) -> None:  # on a line of its own, over the bar
            click.echo(f"\r\033[K{message}", err=True)

        return run_build(paths, store, progress=progress, **{**options, "skip": skip})


@command()
@output_option()
@format_option(RDF_FORMATS, None,
                "RDF format (default: from the file extension, else Turtle)")
@store_option()
def export(output: str | None, fmt: str | None, store_path: str | None) -> None:
    """Export the store (or the sample corpus) as RDF; Turtle output is deterministic.

    \b
    Examples:
      kzgraph export -o sample.ttl
      kzgraph export --store kz.store --format nq -o kz.nq
      kzgraph export --format ttl -o - | head
    """
    from ..graph.export import format_for, serialize, write_atomically
    from ..graph.store import open_store

    data = serialize(open_store(store_path).quads(), format_for(output or "", fmt))
    if output and output != "-":
        write_atomically(output, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)
