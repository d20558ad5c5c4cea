"""Scores of extractions against gold: counts per category, micro-averages, and the report.

``Report`` sums hits, false positives and false negatives over articles per category (micro
averaging); ``overall`` sums them over the entity categories (every category but the three
relations of a project: its region, company and status). ``format_report`` renders a report
as a table or as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum

ENTITY_CATEGORIES = ("persons", "regions", "sectors", "programs", "organizations", "projects",
                     "quantities", "dates")
RELATION = "project->region"
COMPANY = "project->company"
STATUS = "project->status"
RELATIONS = (RELATION, COMPANY, STATUS)
CATEGORIES = (*ENTITY_CATEGORIES[:6], *RELATIONS, *ENTITY_CATEGORIES[6:])


@dataclass(frozen=True)
class Counts:
    """Hits, false positives and false negatives, with the measures they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """Hits over predictions; 1.0 when nothing was predicted.

        >>> Counts(3, 1, 0).precision, Counts(0, 0, 2).precision
        (0.75, 1.0)
        """
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall.

        >>> round(Counts(3, 1, 1).f1, 3), Counts(0, 2, 2).f1
        (0.75, 0.0)
        """
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class CategoryScore:
    """One category of one article: hits as (gold, prediction), and the misses."""

    category: str
    hits: tuple[tuple[str, str], ...] = ()
    false_positives: tuple[str, ...] = ()
    false_negatives: tuple[str, ...] = ()

    @property
    def counts(self) -> Counts:
        return Counts(len(self.hits), len(self.false_positives), len(self.false_negatives))


@dataclass(frozen=True)
class ArticleScore:
    id: str
    categories: dict[str, CategoryScore] = field(default_factory=dict)


@dataclass(frozen=True)
class Report:
    """Scores of a set of articles, micro-averaged per category and overall."""

    articles: tuple[ArticleScore, ...]

    def counts(self, category: str) -> Counts:
        return sum((a.categories[category].counts for a in self.articles), Counts())

    def overall(self) -> Counts:
        return sum((self.counts(c) for c in ENTITY_CATEGORIES), Counts())

    def errors(self) -> list[tuple[str, str, str, str]]:
        """Every miss as (article, category, "FP" or "FN", item)."""
        return [(a.id, c, kind, item) for a in self.articles for c in CATEGORIES
                for kind, items in (("FN", a.categories[c].false_negatives),
                                    ("FP", a.categories[c].false_positives))
                for item in items]




class ScoreFormat(Enum):
    """How ``format_report`` writes the scores; the value is ``--format``'s name."""

    TABLE = "table"
    JSON = "json"


def format_report(report: Report, fmt: ScoreFormat | str = ScoreFormat.TABLE, *,
                  verbose: bool = False) -> str:
    """The report as a table (3 decimals) or JSON (``fmt``: a ``ScoreFormat`` or its name);
    ``verbose`` adds every miss.

    >>> one = ArticleScore("a1", {c: CategoryScore(c) for c in CATEGORIES})
    >>> print(format_report(Report((one,))).splitlines()[-1])
    overall             0    0    0     1.000  1.000 1.000
    """
    rows = [(c, report.counts(c)) for c in CATEGORIES] + [("overall", report.overall())]
    if ScoreFormat(fmt) is ScoreFormat.JSON:
        data: dict = {
            "articles": [a.id for a in report.articles],
            "categories": {c: _numbers(k) for c, k in rows[:-1]},
            "overall": _numbers(rows[-1][1]),
            "overall_categories": list(ENTITY_CATEGORIES),
        }
        if verbose:
            data["errors"] = [dict(zip(("article", "category", "kind", "item"), e, strict=True))
                              for e in report.errors()]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    lines = [f"{'category':<16} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>6} "
             f"{'f1':>5}"]
    for name, k in rows:
        lines.append(f"{name:<16} {k.tp:>4} {k.fp:>4} {k.fn:>4} {k.precision:>9.3f} "
                     f"{k.recall:>6.3f} {k.f1:>5.3f}")
    if verbose:
        errors = report.errors()
        width = max((len(e[0]) for e in errors), default=7)
        lines.append("")
        lines.extend(f"{a:<{width}}  {c:<15} {kind}  {item}" for a, c, kind, item in errors)
    return "\n".join(lines) + "\n"


def _numbers(k: Counts) -> dict:
    return {"tp": k.tp, "fp": k.fp, "fn": k.fn, "precision": k.precision, "recall": k.recall,
            "f1": k.f1}
