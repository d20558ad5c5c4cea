"""Commands over saved queries: ``query`` (on the store or a remote endpoint) and ``queries``.
"""

from __future__ import annotations

import sys

import click

from .group import command
from .options import format_option, output_option, server_option, store_option


def _warn(message: str) -> None:
    click.echo(f"Warning: {message}", err=True)


_QUERY_FORMATS = ("table", "csv", "tsv", "json", "jsonl", "sparql-json", "xml", "turtle",
                  "ntriples", "jsonld", "rdfxml")


def _saved_query_names(ctx, param, incomplete: str):
    """Shell completion: the saved queries whose names start with what was typed."""
    from click.shell_completion import CompletionItem

    from ..query.saved import saved_queries

    return [CompletionItem(q.name, help=q.title) for q in saved_queries()
            if q.name.startswith(incomplete)]


@command()
@click.argument("name", required=False, shell_complete=_saved_query_names)
@click.option("-q", "--query", "text", metavar="SPARQL",
              help="Run this query text instead of a NAME, e.g. 'SELECT * { ?s ?p ?o } LIMIT 5'.")
@click.option("-p", "pairs", nargs=2, multiple=True, metavar="NAME VALUE",
              help="Bind a query parameter (as an RDF term). Repeatable.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="The same as -p NAME VALUE.")
@format_option(_QUERY_FORMATS, "table", "Output format")
@click.option("--csv", "fmt", flag_value="csv", help="Shortcut for --format csv.")
@click.option("--tsv", "fmt", flag_value="tsv", help="Shortcut for --format tsv.")
@click.option("--json", "fmt", flag_value="json", help="Shortcut for --format json.")
@click.option("--limit", type=click.IntRange(min=0), metavar="N",
              help="Show the first N rows (a table says how many it left out).")
@click.option("--max-width", type=click.IntRange(min=20), metavar="N",
              help="Cut a table's long cells with … to fit N columns (default: the terminal's "
                   "width on a terminal, else no limit).")
@output_option("Write the results to this file (`-`: standard output).")
@click.option("--timeout", type=click.FloatRange(min=0), default=60, show_default=True,
              metavar="SECONDS", help="Stop after this long (0: no limit).")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE calls and FROM graphs outside the store (web requests).")
@store_option()
@click.option("--endpoint", metavar="URL",
              help="Query this remote SPARQL endpoint instead of a store (see `kzgraph load`).")
@server_option()
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
    from ..query.saved import find_query, parse_query, run_with_timeout

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
        from ..remote.protocol import remote_query

        where = discover(endpoint, server=server, timeout=timeout or 60)
        results = remote_query(where, saved, values, timeout=timeout or None,
                               allow_service=allow_service, warn=_warn)
    else:
        results = run_with_timeout(lambda: open_store(store_path), saved, values,
                                   timeout=timeout or None, allow_service=allow_service)
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


def _output(text: str, output: str | None) -> None:
    """Write to ``output`` (a file written whole, or ``-`` for standard output)."""
    if output in (None, "-"):
        click.echo(text, nl=False)
    else:
        from ..graph.export import write_atomically

        write_atomically(output, text.encode("utf-8"))


@command()
@format_option(("text", "json"), "text", "Listing format")
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
