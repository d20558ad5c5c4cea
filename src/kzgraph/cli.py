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
@_errors
def build(paths: tuple[str, ...], store_path: str) -> None:
    """Extract a folder of articles into a persistent store.

    Each article replaces its own graph in one transaction, so a re-run is safe.
    With no PATHS, builds the bundled sample corpus.

    \b
    Example:
      kzgraph build corpus/articles --store kz.store
    """
    from .articles import find_articles, read_article
    from .resources import sample_dir
    from .store import GraphStore

    files = list(find_articles(list(paths) or [sample_dir()]))
    store = GraphStore(store_path)
    total = 0
    with click.progressbar(files, label="Extracting", file=sys.stderr,
                           show_pos=True) as bar:
        for path in bar:
            total += store.add_article(read_article(path))
    store.store.flush()
    click.echo(f"{len(files)} articles, {total} quads -> {store_path}", err=True)


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


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text",
              show_default=True, help="Report format (turtle: a SHACL validation report).")
@click.option("--skip", "skip", multiple=True, type=click.Choice(["shapes", "checks", "owl"]),
              help="Leave out one part (repeatable); `--skip owl` runs without Java.")
@_STORE
@_errors
def validate(fmt: str, skip: tuple[str, ...], store_path: str | None) -> None:
    """Check the graph: SHACL shapes, quality checks and OWL 2 DL consistency (HermiT).

    Findings are grouped by rule, each with the offending node and its article. Exit status:
    0 the graph conforms, 1 there are findings, 2 validation could not run (e.g. no Java).

    \b
    Examples:
      kzgraph validate                       # the sample corpus
      kzgraph validate --store kz.store --format json
      kzgraph validate --store kz.store --skip owl
    """
    from .store import open_store
    from .validate import PARTS, format_report
    from .validate import validate as run_validate

    parts = tuple(p for p in PARTS if p not in skip)
    report = run_validate(open_store(store_path), parts=parts)  # the store closes on return
    click.echo(format_report(report, fmt), nl=False)
    sys.exit(0 if report.conforms else 1)


@main.command()
@_STORE
@_errors
def reason(store_path: str | None) -> None:
    """Add what the ontology implies to the store, in a graph of its own.

    HermiT (through owlready2; needs Java) reasons over the ontology and the reference data;
    OWL 2 RL rules (SPARQL, ontology/rules/*.rq) then run in the store over all of it, articles
    included. The result replaces https://w3id.org/kzgraph/graph/inferred, so a re-run is safe;
    `kzgraph query inferred` shows what was added. Without --store it reasons over the sample
    corpus in memory and only reports.

    \b
    Examples:
      kzgraph reason --store kz.store
      kzgraph query inferred --store kz.store
    """
    from .reason import format_result
    from .reason import reason as run_reason
    from .store import open_store

    store = open_store(store_path)
    result = run_reason(store, progress=lambda message: click.echo(message, err=True))
    store.store.flush()
    click.echo(format_result(result), nl=False)
    click.echo(result.reasoners, err=True)
