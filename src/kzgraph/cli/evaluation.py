"""The command that scores the extractor: ``evaluate``.
"""

from __future__ import annotations

import sys

import click

from .group import command
from .options import format_option, model_option

SCORE_FORMATS = ("table", "json")  # evaluation.scores.ScoreFormat


@command()
@click.option("--gold", "gold_dirs", multiple=True, required=True, metavar="DIR",
              help="Folder of gold NAME.json files. Repeatable.")
@click.option("--articles", "article_dirs", multiple=True, required=True, metavar="DIR",
              help="Folder of NAME.txt articles. Repeatable.")
@format_option(SCORE_FORMATS, "table", None, aliases=False)
@click.option("--min-f1", type=click.FloatRange(0, 1), metavar="X",
              help="Exit 1 when the overall F1 is below X (a CI guard).")
@click.option("-v", "--verbose", is_flag=True, help="List every false positive and negative.")
@model_option()
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
