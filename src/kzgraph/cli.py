"""The ``kzgraph`` command line: thin commands over the library.

This is the one place where library errors become messages and exit codes. Heavy modules
(the extractor, owlready2, rdflib) are imported inside the commands that need them, so that
``kzgraph --help`` and ``kzgraph query`` start fast.
"""

from __future__ import annotations

import sys
from functools import wraps

import click

from . import __version__
from .errors import KzgraphError

_STORE = click.option(
    "--store", "store_path", type=click.Path(file_okay=False), envvar="KZGRAPH_STORE",
    help="Store folder (or $KZGRAPH_STORE); without one, the bundled sample corpus.",
)


def _errors(command):
    """Turn a KzgraphError into one line on stderr and its exit code, with no traceback."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KzgraphError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzgraph")
def main() -> None:
    """Turn news about Kazakhstan's industrial development into a knowledge graph.

    \b
    Examples:
      kzgraph query sectors              # sectors in the sample corpus
      kzgraph build articles/ --store kz.store
      kzgraph query projects --store kz.store --format csv
    """


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "ntriples", "nquads",
                                                    "jsonld", "rdfxml"]),
              help="RDF format (default: from the file extension, else Turtle).")
@_errors
def extract(files: tuple[str, ...], output: str | None, fmt: str | None) -> None:
    """Extract articles into RDF: one named graph per article.

    FILES are article files or folders; `-` reads one article from stdin.

    \b
    Example:
      kzgraph extract article.txt -o article.ttl
    """
    from .articles import find_articles, read_article
    from .export import format_for, serialize, write_atomically
    from .extract.pipeline import extract as run_extract
    from .triples import extraction_quads

    paths = ["-"] if files == ("-",) else list(find_articles(list(files)))
    quads = []
    for path in paths:
        quads.extend(extraction_quads(run_extract(read_article(path))))
    data = serialize(quads, format_for(output or "", fmt))
    if output:
        write_atomically(output, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--store", "store_path", type=click.Path(file_okay=False), envvar="KZGRAPH_STORE",
              required=True, help="Store folder to create or update (or $KZGRAPH_STORE).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Extraction processes; 0: one per core, 1: no worker processes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Articles written per transaction.")
@click.option("--prune", is_flag=True,
              help="Drop the graphs of articles that are no longer under PATHS.")
@click.option("--force", is_flag=True,
              help="Re-extract unchanged articles too (e.g. after upgrading kzgraph).")
@_errors
def build(paths: tuple[str, ...], store_path: str, jobs: int, batch_size: int, prune: bool,
          force: bool) -> None:
    """Extract folders of articles into a persistent store, incrementally.

    Articles are read, extracted (in parallel) and written in batches; each
    article's graph is written whole or not at all, so an interrupted build
    is finished by running it again. An article whose text and header are
    unchanged since the last build is not extracted again; a changed one
    replaces its graph. PATHS are folders or article files; `-` reads one
    article from stdin. With no PATHS, builds the bundled sample corpus.
    On a terminal a progress bar shows on stderr; a summary line always ends.

    \b
    Examples:
      kzgraph build corpus/articles --store kz.store
      kzgraph build corpus/articles --store kz.store --jobs 2 --prune
    """
    from .build import build as run_build
    from .resources import sample_dir
    from .store import GraphStore

    store = GraphStore(store_path)
    paths_ = list(paths) or [sample_dir()]
    options = {"jobs": jobs, "batch": batch_size, "prune": prune, "force": force}
    if sys.stderr.isatty():
        report = _build_with_bar(run_build, paths_, store, **options)
    else:
        report = run_build(paths_, store, **options)
    click.echo(f"{report.summary()} -> {store_path}", err=True)


def _build_with_bar(run_build, paths, store, **options):
    """Run a build under a progress bar: articles, quads, rate and ETA."""
    with click.progressbar(length=1, label="Building", file=sys.stderr, show_pos=True,
                           item_show_func=lambda text: text) as bar:
        def progress(report) -> None:
            bar.length = report.total
            done = report.extracted + report.unchanged
            rate = done / report.seconds if report.seconds else 0.0
            bar.update(done - bar.pos,
                       f"{report.quads:,} quads, {rate:.0f} articles/s")

        return run_build(paths, store, progress=progress, **options)


@main.command()
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter (as an RDF term). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
              default="table", show_default=True)
@_STORE
@_errors
def query(name: str, params: tuple[str, ...], fmt: str, store_path: str | None) -> None:
    """Run a saved query (NAME or NAME.rq) or any .rq file.

    \b
    Examples:
      kzgraph query sectors.rq
      kzgraph query evidence --param entity=kzid:region/akmola
      kzgraph query my-query.rq --store kz.store --format csv
    """
    from .errors import ParameterError
    from .queries import find_query, format_results, run
    from .store import open_store

    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ParameterError(f"--param {item!r} must be NAME=VALUE")
        values[key.strip()] = value
    saved = find_query(name)
    store = open_store(store_path)
    click.echo(format_results(run(store, saved, values), fmt), nl=False)


@main.command()
@_errors
def queries() -> None:
    """List the saved queries with their titles and parameters.

    \b
    Example:
      kzgraph queries
    """
    from .queries import saved_queries

    for q in saved_queries():
        click.echo(f"{q.name:<10} {q.title}")
        if q.description:
            click.echo(f"{'':<10} {q.description}")
        for p in q.params:
            flag = "optional" if p.optional else "required"
            click.echo(f"{'':<10} --param {p.name}=<{p.type}> ({flag}) {p.doc}")


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "ntriples", "nquads",
                                                    "jsonld", "rdfxml"]),
              help="RDF format (default: from the file extension, else Turtle).")
@_STORE
@_errors
def export(output: str | None, fmt: str | None, store_path: str | None) -> None:
    """Export the store (or the sample corpus) as RDF; Turtle output is deterministic.

    \b
    Examples:
      kzgraph export -o sample.ttl
      kzgraph export --store kz.store --format nquads -o kz.nq
    """
    from .export import format_for, serialize, write_atomically
    from .store import open_store

    data = serialize(open_store(store_path).quads(), format_for(output or "", fmt))
    if output:
        write_atomically(output, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)
