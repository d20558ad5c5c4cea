"""Commands that check the graph: ``validate`` and ``reason``.
"""

from __future__ import annotations

import sys

import click

from .group import command
from .options import format_option, store_option

REPORT_FORMATS = ("text", "json", "turtle")  # check.findings.ReportFormat


@command()
@format_option(REPORT_FORMATS, "text",
               "Report format (turtle: a SHACL validation report).", aliases=False)
@click.option("--skip", "skip", multiple=True, type=click.Choice(["shapes", "checks", "owl"]),
              help="Leave out one part (repeatable); `--skip owl` runs without Java.")
@store_option()
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


@command()
@store_option()
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
