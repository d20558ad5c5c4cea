"""Commands that draw and document: ``show`` and ``docs``.
"""

from __future__ import annotations

import click

from ..wording import plural
from .group import command
from .options import output_option, store_option


@command()
@click.argument("source", required=False)
@click.option("--entity", metavar="IRI_OR_LABEL",
              help="Draw this entity's neighbourhood instead (an IRI, prefix:name or label).")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True,
              help="With --entity: how many relations away to follow.")
@output_option("The picture: .svg, .png, .html (interactive, offline) or .dot.", dash=False,
               required=True)
@store_option()
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


@command()
@output_option("Folder to write the pages into (created if needed).", folder=True, required=True)
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
