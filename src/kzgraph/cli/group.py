"""The ``kzgraph`` command line: thin commands over the library.

This is the one place where library errors become messages and exit codes. Heavy modules
(the extractor, owlready2, rdflib) are imported inside the commands that need them, so that
``kzgraph --help`` and ``kzgraph query`` start fast.
"""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import KzgraphError
from ..wording import plural

_STORE = click.option(
    "--store", "store_path", type=click.Path(), envvar="KZGRAPH_STORE",
    help="Store folder (or $KZGRAPH_STORE); without one, the bundled sample corpus.",
)


_SERVER = click.option(
    "--server", type=click.Choice(["oxigraph", "fuseki", "virtuoso", "graphdb", "qlever",
                                   "generic"]),
    help="The server behind --endpoint, if not the one it says it is (asked by default).")


def _warn(message: str) -> None:
    click.echo(f"Warning: {message}", err=True)


_MODEL = click.option(
    "--model", metavar="NAME", envvar="KZGRAPH_MODEL",
    help="spaCy pipeline that reads the text (or $KZGRAPH_MODEL): an installed package such as "
         "en_core_web_md, or `none` for the rules alone (fastest). Default: en_core_web_sm "
         "where installed, else the copy of it that kzgraph installs.")


class _OneLineUsage(click.Command):
    """A command whose usage errors (a bad option or value) are one line that says where the
    help is, not click's usage block of four lines."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as error:
            where = f"kzgraph {info_name}" if info_name else "kzgraph"
            message = error.format_message().rstrip(".")
            raise click.UsageError(f"{message}; see `{where} --help`") from None


def _format_option(choices: tuple[str, ...], default: str | None, what: str):
    """``--format`` that takes any case and the usual aliases (ttl, nt, nq, jsonld, srj...)."""

    def check(ctx, param, value):
        if value is None:
            return None
        from ..query.results import format_name

        name = value.lower() if value.lower() in choices else format_name(value)
        if name not in choices:
            raise click.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
        return name

    return click.option("--format", "fmt", default=default, callback=check, metavar="FORMAT",
                        show_default=default is not None,
                        help=f"{what}: {', '.join(choices)} (any case; aliases such as ttl, nt, "
                             "nq, jsonld, srj).")


class _Commands(click.Group):
    """kzgraph's command group: the one place where an error becomes a message and a status.

    Any command's ``KzgraphError`` (this group's commands, and any added later) becomes one
    ``Error: ...`` line on stderr and the error's exit code, with no traceback; a Ctrl-C that
    no command handled exits 130. Its commands' usage errors are one line (``_OneLineUsage``).
    """

    command_class = _OneLineUsage

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KzgraphError as error:
            click.echo(f"Error: {error}", err=True)
            code = error.exit_code
        except KeyboardInterrupt:
            click.echo("Error: interrupted (Ctrl-C); nothing more was done", err=True)
            code = 130
        sys.exit(code)  # outside the handler: the traceback (and an open store) is let go


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write here (`-`: standard output, the default).")
@_format_option(("turtle", "trig", "ntriples", "nquads", "jsonld", "rdfxml"), None,
                "RDF format (default: from the file extension, else Turtle)")
@click.option("--encoding", default="utf-8", show_default=True,
              help="The articles' text encoding, e.g. cp1251.")
@_MODEL
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
              help="Re-extract unchanged articles too (after upgrading kzgraph or its model, "
                   "or changing --model).")
@click.option("--strict", is_flag=True,
              help="Stop at the first file that is not an article (default: skip it, report "
                   "it and exit 1 at the end).")
@_MODEL
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


def _output(text: str, output: str | None) -> None:
    """Write to ``output`` (a file written whole, or ``-`` for standard output)."""
    if output in (None, "-"):
        click.echo(text, nl=False)
    else:
        from ..graph.export import write_atomically

        write_atomically(output, text.encode("utf-8"))


_QUERY_FORMATS = ("table", "csv", "tsv", "json", "jsonl", "sparql-json", "xml", "turtle",
                  "ntriples", "jsonld", "rdfxml")


def _saved_query_names(ctx, param, incomplete: str):
    """Shell completion: the saved queries whose names start with what was typed."""
    from click.shell_completion import CompletionItem

    from ..query.saved import saved_queries

    return [CompletionItem(q.name, help=q.title) for q in saved_queries()
            if q.name.startswith(incomplete)]


@main.command()
@click.argument("name", required=False, shell_complete=_saved_query_names)
@click.option("-q", "--query", "text", metavar="SPARQL",
              help="Run this query text instead of a NAME, e.g. 'SELECT * { ?s ?p ?o } LIMIT 5'.")
@click.option("-p", "pairs", nargs=2, multiple=True, metavar="NAME VALUE",
              help="Bind a query parameter (as an RDF term). Repeatable.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="The same as -p NAME VALUE.")
@_format_option(_QUERY_FORMATS, "table", "Output format")
@click.option("--csv", "fmt", flag_value="csv", help="Shortcut for --format csv.")
@click.option("--tsv", "fmt", flag_value="tsv", help="Shortcut for --format tsv.")
@click.option("--json", "fmt", flag_value="json", help="Shortcut for --format json.")
@click.option("--limit", type=click.IntRange(min=0), metavar="N",
              help="Show the first N rows (a table says how many it left out).")
@click.option("--max-width", type=click.IntRange(min=20), metavar="N",
              help="Cut a table's long cells with … to fit N columns (default: the terminal's "
                   "width on a terminal, else no limit).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the results to this file (`-`: standard output).")
@click.option("--timeout", type=click.FloatRange(min=0), default=60, show_default=True,
              metavar="SECONDS", help="Stop after this long (0: no limit).")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE calls and FROM graphs outside the store (web requests).")
@_STORE
@click.option("--endpoint", metavar="URL",
              help="Query this remote SPARQL endpoint instead of a store (see `kzgraph load`).")
@_SERVER
def query(name: str | None, text: str | None, pairs: tuple[tuple[str, str], ...],
          params: tuple[str, ...], fmt: str, limit: int | None, max_width: int | None,
          output: str | None, timeout: float, allow_service: bool, store_path: str | None,
          endpoint: str | None, server: str | None) -> None:
    """Run a saved query (NAME or NAME.rq), any .rq file, `-` (stdin) or --query TEXT;
    read-only, time-limited.

    Updates are refused; so are SERVICE and FROM <http://...> unless --allow-service.
    IRIs print so that they can be pasted back into a query or a parameter
    (region:akmola); CSV and TSV follow the W3C SPARQL 1.1 CSV/TSV formats.

    With --endpoint the query goes to a remote SPARQL 1.1 endpoint, parameters bound the same
    way; credentials come from $KZGRAPH_USER/$KZGRAPH_PASSWORD or $KZGRAPH_TOKEN.

    \b
    Examples:
      kzgraph query sectors.rq
      kzgraph query companies -p region region:pavlodar --csv -o companies.csv
      kzgraph query evidence --param entity=region:akmola --limit 5
      kzgraph query --query 'SELECT ?s WHERE { ?s a kz:Region }' --store kz.store
      kzgraph query sectors --endpoint http://localhost:7878/query
      echo 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' | kzgraph query -
    """
    from ..errors import ParameterError, QueryError
    from ..graph.store import open_store
    from ..query.results import format_results
    from ..query.saved import find_query, parse_query, run

    values: dict[str, str] = {}
    for key, _ in pairs:
        if "=" in key:
            raise ParameterError(f"-p takes NAME VALUE (two words), not {key!r}; write "
                                 f"-p {key.replace('=', ' ', 1)} or --param {key}")
    for key, value in [*pairs, *(_split_param(item) for item in params)]:
        if key in values:
            raise ParameterError(f"parameter {key!r} is given twice; give it once")
        values[key] = value
    if (name is None) == (text is None):
        raise QueryError("give a query NAME (or a .rq file, or `-`) or --query TEXT, not both "
                         "or neither; `kzgraph queries` lists the saved ones")
    saved = parse_query(text) if text is not None else find_query(name)
    if endpoint:
        from ..remote.endpoints import discover
        from ..remote.load import remote_query

        where = discover(endpoint, server=server, timeout=timeout or 60)
        results = remote_query(where, saved, values, timeout=timeout or None,
                               allow_service=allow_service, warn=_warn)
    else:
        results = run(lambda: open_store(store_path), saved, values, timeout=timeout or None,
                      allow_service=allow_service)
    if max_width is None and output in (None, "-") and sys.stdout.isatty():
        import shutil

        max_width = shutil.get_terminal_size().columns
    _output(format_results(results, fmt, limit=limit, max_width=max_width), output)


def _split_param(item: str) -> tuple[str, str]:
    from ..errors import ParameterError

    key, sep, value = item.partition("=")
    if not sep or not key.strip():
        raise ParameterError(f"--param {item!r} must be NAME=VALUE (or use -p NAME VALUE)")
    return key.strip(), value


@main.command("load")
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's SPARQL query URL; the other URLs follow from it and the server.")
@click.option("--graph-store", metavar="URL", help="The Graph Store URL, if the guess is wrong.")
@_SERVER
@click.option("--graph", "graphs", multiple=True, metavar="IRI",
              help="Load only this named graph (IRI, or e.g. article/KEY). Repeatable.")
@click.option("--method", type=click.Choice(["auto", "put", "bulk"]), default="auto",
              show_default=True,
              help="put: one Graph Store PUT per graph; bulk: a DROP, then one streamed "
                   "N-Quads POST (Oxigraph only); auto: bulk for Oxigraph, else put.")
@click.option("--dry-run", is_flag=True,
              help="Say what would be sent; send nothing (but the probe, without --server).")
@_STORE
def load_command(endpoint: str, graph_store: str | None, server: str | None,
                 graphs: tuple[str, ...], method: str, dry_run: bool,
                 store_path: str | None) -> None:
    """Replace the store's named graphs (or the sample corpus) on a triple store server.

    Each graph is replaced whole, so a re-run changes nothing; the triples of each graph
    are then counted on the server and any difference is an error. Which server it is comes
    from its answer to a probe query (or --server). Credentials come from
    $KZGRAPH_USER/$KZGRAPH_PASSWORD (HTTP basic) or $KZGRAPH_TOKEN (bearer).

    \b
    Examples:
      kzgraph load --endpoint http://localhost:7878/query --store kz.store
      kzgraph load --endpoint http://localhost:3030/kz/sparql --dry-run
      kzgraph load --endpoint http://localhost:7200/repositories/kz --graph article/a02
      kzgraph load --endpoint http://localhost:8890/sparql --server virtuoso
    """
    from ..graph.store import open_store
    from ..remote.endpoints import discover
    from ..remote.load import load, plan, short

    where = discover(endpoint, graph_store=graph_store, server=server)
    store = open_store(store_path)
    if dry_run:
        click.echo(f"# {where.dialect} at {where.query}", err=True)
        for line in plan(store, where, graphs=graphs, method=method):
            click.echo(line)
        return

    def progress(graph):
        click.echo(f"sent {short(graph.graph)} ({plural(graph.local, 'triple')})", err=True)

    report = load(store, where, graphs=graphs, method=method, progress=progress)
    width = max(len(short(g.graph)) for g in report.graphs)
    for g in report.graphs:
        click.echo(f"{short(g.graph):<{width}}  {g.local:>9} here  {g.remote:>9} on the server")
    rate = report.triples / report.seconds if report.seconds else 0
    click.echo(f"{plural(len(report.graphs), 'graph')}, {plural(report.triples, 'triple')} "
               f"by {report.method} "
               f"in {report.seconds:.1f} s ({rate:,.0f} triples/s)", err=True)
    report.check()


@main.command()
@_format_option(("text", "json"), "text", "Listing format")
def queries(fmt: str) -> None:
    """List the saved queries with their titles and parameters.

    \b
    Examples:
      kzgraph queries
      kzgraph queries --format json
    """
    from ..query.saved import saved_queries

    if fmt == "json":
        import json

        listing = [{"name": q.name, "title": q.title, "description": q.description,
                    "params": [{"name": p.name, "type": p.type, "optional": p.optional,
                                "doc": p.doc} for p in q.params]} for q in saved_queries()]
        click.echo(json.dumps(listing, ensure_ascii=False, indent=1))
        return
    for q in saved_queries():
        click.echo(f"{q.name:<11} {q.title}")
        if q.description:
            click.echo(f"{'':<11} {q.description}")
        for p in q.params:
            flag = "optional" if p.optional else "required"
            click.echo(f"{'':<11} --param {p.name}=<{p.type}> ({flag}) {p.doc}")


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write here (`-`: standard output, the default).")
@_format_option(("turtle", "trig", "ntriples", "nquads", "jsonld", "rdfxml"), None,
                "RDF format (default: from the file extension, else Turtle)")
@_STORE
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


@main.command()
@click.option("--gold", "gold_dirs", multiple=True, required=True, metavar="DIR",
              help="Folder of gold NAME.json files. Repeatable.")
@click.option("--articles", "article_dirs", multiple=True, required=True, metavar="DIR",
              help="Folder of NAME.txt articles. Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--min-f1", type=click.FloatRange(0, 1), metavar="X",
              help="Exit 1 when the overall F1 is below X (a CI guard).")
@click.option("-v", "--verbose", is_flag=True, help="List every false positive and negative.")
@_MODEL
def evaluate(gold_dirs: tuple[str, ...], article_dirs: tuple[str, ...], fmt: str,
             min_f1: float | None, verbose: bool, model: str | None) -> None:
    """Score the extractor against gold annotations, per category and overall.

    Each gold NAME.json is paired with the article NAME.txt; the article is extracted and
    its graph scored by the rules of the corpus README. Overall is the micro-average over
    the entity categories (a project's region, company and status are reported, not
    included).

    \b
    Examples:
      kzgraph evaluate --gold corpus/dev/gold --articles corpus/dev/articles
      kzgraph evaluate --gold gold/ --articles articles/ --verbose --min-f1 0.8
      kzgraph evaluate --gold dev/gold --gold seed --articles dev/articles --articles seed
      kzgraph evaluate --gold gold/ --articles articles/ --model none
    """
    from ..evaluation.evaluate import evaluate as run_evaluation
    from ..evaluation.gold import pair_files
    from ..evaluation.scores import format_report

    pairing = pair_files(list(gold_dirs), list(article_dirs))
    unpaired = [f"{p} (no article)" for p in pairing.gold_only] + [
        f"{p} (no gold)" for p in pairing.article_only]
    if unpaired:
        click.echo(f"Skipped, unpaired: {'; '.join(str(u) for u in unpaired)}", err=True)
    with click.progressbar(pairing.pairs, label="Evaluating", file=sys.stderr,
                           show_pos=True) as bar:
        report = run_evaluation(bar, model=model)
    click.echo(format_report(report, fmt, verbose=verbose), nl=False)
    overall = report.overall().f1
    if min_f1 is not None and overall < min_f1:
        from ..errors import EvaluationError

        raise EvaluationError(f"overall F1 {overall:.3f} is below --min-f1 {min_f1:g}")


@main.command()
@click.argument("source", required=False)
@click.option("--entity", metavar="IRI_OR_LABEL",
              help="Draw this entity's neighbourhood instead (an IRI, prefix:name or label).")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True,
              help="With --entity: how many relations away to follow.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="The picture: .svg, .png, .html (interactive, offline) or .dot.")
@_STORE
def show(source: str | None, entity: str | None, depth: int, output: str,
         store_path: str | None) -> None:
    """Draw a graph: one ARTICLE's, an --entity's neighbourhood, or a CONSTRUCT QUERY.rq's.

    SOURCE is an article file (`-` reads stdin) or a CONSTRUCT query (a saved name ending in
    .rq, or a path). Nodes are coloured and shaped by class and labelled in English; amounts,
    dates and statuses are folded into their node. SVG and PNG need Graphviz's `dot`; .dot
    output does not. --entity and queries use --store (default: the sample corpus).

    \b
    Examples:
      kzgraph show article.txt -o article.svg
      kzgraph show --entity "Akmola Region" --depth 2 -o akmola.html
      kzgraph show my-construct.rq --store kz.store -o result.png
    """
    from ..errors import ShowError
    from ..graph.store import open_store
    from ..pages.show import article_picture, entity_picture, query_picture, write_picture

    if (source is None) == (entity is None):
        raise ShowError("give either an ARTICLE (or QUERY.rq) or --entity, not both or neither")
    if entity is not None:
        picture = entity_picture(open_store(store_path), entity, depth=depth)
    elif source.endswith(".rq"):
        picture = query_picture(open_store(store_path), source)
    else:
        picture = article_picture(source)
    size = write_picture(picture, output)
    click.echo(f"{plural(len(picture.nodes), 'node')}, {plural(len(picture.edges), 'edge')} "
               f"-> {output} "
               f"({size} bytes)", err=True)


@main.command()
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), required=True,
              help="Folder to write the pages into (created if needed).")
def docs(out_dir: str) -> None:
    """Write HTML documentation: the ontology, the reference data and the saved queries.

    Pages: index, ontology (one anchor per class and property), regions (ISO codes, Wikidata
    links), sectors (the SKOS scheme as a tree), programs, persons and queries. Each page is
    self-contained and loads nothing from a network.

    \b
    Example:
      kzgraph docs -o site/ && xdg-open site/index.html
    """
    from ..pages.ontodocs import write_docs

    written = write_docs(out_dir)
    click.echo(f"{plural(len(written), 'page')} -> {out_dir}", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text",
              show_default=True, help="Report format (turtle: a SHACL validation report).")
@click.option("--skip", "skip", multiple=True, type=click.Choice(["shapes", "checks", "owl"]),
              help="Leave out one part (repeatable); `--skip owl` runs without Java.")
@_STORE
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
    from ..check.validate import PARTS, format_report
    from ..check.validate import validate as run_validate
    from ..graph.store import open_store

    parts = tuple(p for p in PARTS if p not in skip)
    say = (lambda message: click.echo(message, err=True)) if sys.stderr.isatty() else None
    report = run_validate(open_store(store_path), parts=parts, progress=say)  # closes on return
    click.echo(format_report(report, fmt), nl=False)
    sys.exit(0 if report.conforms else 1)


@main.command()
@_STORE
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
    from ..check.reason import format_result
    from ..check.reason import reason as run_reason
    from ..graph.store import open_store

    store = open_store(store_path)
    on_terminal = sys.stderr.isatty()  # progress and the reasoners' account: for a person
    say = (lambda message: click.echo(message, err=True)) if on_terminal else None
    result = run_reason(store, progress=say)
    store.flush()
    click.echo(format_result(result, kept=store.path is not None), nl=False)
    if on_terminal:
        click.echo(result.reasoners, err=True)


@main.command()
@_STORE
@click.option("--bind", default="127.0.0.1:7878", show_default=True, metavar="HOST:PORT",
              help="Where to listen; loopback by default, so only this machine can reach it.")
@click.option("--timeout", type=click.FloatRange(min=1), default=30, show_default=True,
              metavar="SECONDS", help="Time limit for one query.")
@click.option("--allow-service", is_flag=True,
              help="Pass on SERVICE calls and FROM graphs outside the store (web requests).")
def serve(store_path: str | None, bind: str, timeout: float, allow_service: bool) -> None:
    """Serve the store read-only: a SPARQL endpoint and a query page in the browser.

    The SPARQL engine is the Oxigraph server (the `oxigraph` package) run read-only on the
    store; the page (saved-query picker, editor, results table) needs no network. Queries are
    checked as by `kzgraph query`: SERVICE and FROM <http://...> are refused unless
    --allow-service. A build into the store is picked up by the next query. Without a store,
    serves the sample corpus. Ctrl-C stops it.

    \b
    Examples:
      kzgraph serve --store kz.store      # then open http://127.0.0.1:7878/
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 3' \\
        http://127.0.0.1:7878/query
    """
    from ..remote.serve import Server

    server = Server(store_path, bind=bind, timeout=timeout, allow_service=allow_service)
    what = store_path or "the sample corpus"
    click.echo(f"Serving {what} at {server.url} (SPARQL endpoint: {server.url}query); "
               "Ctrl-C stops it", err=True)
    server.serve_forever()
