"""Commands that talk to servers: ``load`` (the store onto a triple store) and ``serve``.
"""

from __future__ import annotations

import click

from ..wording import plural
from .group import command
from .options import server_option, store_option


@command("load")
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's SPARQL query URL; the other URLs follow from it and the server.")
@click.option("--graph-store", metavar="URL", help="The Graph Store URL, if the guess is wrong.")
@server_option()
@click.option("--graph", "graphs", multiple=True, metavar="IRI",
              help="Load only this named graph (IRI, or e.g. article/KEY). Repeatable.")
@click.option("--method", type=click.Choice(["auto", "put", "bulk"]), default="auto",
              show_default=True,
              help="put: one Graph Store PUT per graph; bulk: a DROP, then one streamed "
                   "N-Quads POST (Oxigraph only); auto: bulk for Oxigraph, else put.")
@click.option("--dry-run", is_flag=True,
              help="Say what would be sent; send nothing (but the probe, without --server).")
@store_option()
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
    from ..remote.graphs import short
    from ..remote.load import load, plan

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


@command()
@store_option()
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
