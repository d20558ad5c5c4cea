"""Score extractions against gold annotations, by the rules of the corpus README.

:func:`score_article` compares ONE article's RDF graph (the quads ``kzgraph extract`` writes for
it) with its gold JSON and returns, per category, the hits (gold, prediction), the false
positives and the false negatives. It reads only what the graph says, as an independent scorer
of the RDF would: the ``kz:`` types, ``rdfs:label`` and ``skos:altLabel``, ``owl:sameAs``,
``kz:locatedIn``, quantity nodes (``schema:value`` with ``schema:currency`` or
``schema:unitText``), typed date literals and the words of the evidence spans (``spans.py``).
:func:`evaluate` extracts and scores a set of articles; :class:`Report` micro-averages them.

Rules (``../shared/corpus/README.md``) and the choices made where they leave room:

- Strings are compared after NFKC, case-folding, and turning every run of punctuation and white
  space into one space (:func:`normalise`). "Occurs in" (project keywords) means a whole-word
  occurrence in the normalised text: ``ore`` does not occur in ``more``.
- One-to-one: each gold item and each prediction is used once, chosen by a maximum-weight
  assignment (:mod:`.assignment`), never first-come. The number of hits is maximised
  first; then, among equally many, label hits over evidence hits and projects placed in the
  gold region (projects), or matches of optional bylines (persons: a prediction that matches
  a byline or photo credit is then neither a hit nor a false positive).
- Persons: gold items whose role contains ``(byline)`` or ``(photo credit)`` are optional:
  unmatched, they are not false negatives; matched, not hits.
- Regions: same Wikidata item (``owl:sameAs`` in the graph; the gold name's item comes from
  the reference data shipped with kzgraph, which agrees with ``kz-facts.json``), or the
  region's ``rdfs:label`` equals the canonical name.
- Projects: a prediction qualifies for a gold project when one of its keywords occurs in the
  prediction's label or alternative labels (first pass) or, failing that, in its evidence
  text: the words of the spans that are ``kz:mentionOf`` it, or that name it as
  ``kz:evidenceSubject`` / ``kz:evidenceObject`` of a statement (not their sentences).
- Project -> region is scored over matched gold projects that have a region: a hit when the
  prediction is ``kz:locatedIn`` that region; otherwise a false negative, plus a false positive
  when the prediction is placed in some other region.
- Project -> company and project -> status are scored over every matched project: a hit when
  the prediction's ``kz:company`` has the gold company's name (or, where the gold lists that
  organization, one of its aliases) as a label or alternative label, or its ``kz:status`` is
  the gold status's individual (``kz:Launched``...); a false negative where the gold has a value
  and no prediction hits it; a false positive for a wrong value, or a value where the gold has
  none. The three relations are reported but left out of the overall figure.
- Quantities: same unit (normalised string: ``KZT``, ``t/year``...) and value within 0.5 % of
  the gold value. Each quantity node is one prediction, except that the same figure said in
  the same words twice ("1,450 new jobs" in the lead and in the body) counts once, as the
  gold lists it once: predictions (and gold items) with the same value, unit and normalised
  text are one.
- Dates: predictions are the distinct normalised values (``YYYY-MM-DD``, ``YYYY-MM``,
  ``YYYY``) of the typed date literals in the graph; gold dates are deduplicated the same
  way. The publication date (the gold's ``published`` and the graph's
  ``schema:datePublished``) is left out of both sides. A gold period ``A/B`` is a hit when
  both ``A`` and ``B`` are predictions (e.g. a program's ``schema:startDate`` and
  ``schema:endDate``); it then uses both. A quarter ``YYYY-Qn`` is the period of its first
  and last month (``2014-Q1`` is ``2014-01/2014-03``).
- Overall ("micro-averaged over the entity categories"): the sums of hits, false positives
  and false negatives over persons, regions, sectors, programs, organizations, projects,
  quantities and dates, over all articles; precision, recall and F1 from those sums.
- With nothing to count, a measure is 1.0 (no prediction: precision 1; no gold: recall 1);
  F1 is 0 when precision and recall are both 0.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import combinations

import pyoxigraph as ox

from ..graph.spans import parse_span
from ..namespaces import KZ, OWL, RDF, RDFS, SCHEMA, SKOS, XSD
from ..schema import subclasses
from .assignment import pair
from .gold import Pair
from .matching import gold_date, normalise, occurs
from .scores import CATEGORIES, COMPANY, RELATION, STATUS, ArticleScore, CategoryScore, Report

_CLASS_OF = {"persons": "Person", "regions": "Region", "sectors": "Sector",
             "programs": "Program", "organizations": "Organization", "projects": "Project"}
_DATE_TYPES = {XSD + t for t in ("date", "gYearMonth", "gYear", "dateTime")}
_DATE = re.compile(r"-?\d{4}(?:-\d\d(?:-\d\d)?)?")
_OPTIONAL_ROLES = ("(byline)", "(photo credit)")
_TOLERANCE = Decimal("0.005")


@dataclass(frozen=True)
class _Entity:
    iri: str
    label: str
    names: frozenset[str]  # normalised label and alternative labels


class _Graph:
    """What one article's graph says, indexed for the scorer."""

    def __init__(self, quads: Iterable[ox.Quad | ox.Triple]) -> None:
        self.out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        self.into: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.literals: list[ox.Literal] = []
        for q in quads:
            self.out[q.subject.value][q.predicate.value].append(q.object)
            if isinstance(q.object, ox.Literal):
                self.literals.append(q.object)
            else:
                self.into[q.object.value][q.predicate.value].append(q.subject.value)

    def values(self, iri: str, prop: str) -> list[str]:
        return sorted(o.value for o in self.out.get(iri, {}).get(prop, ()))

    def entities(self, category: str) -> list[_Entity]:
        classes = subclasses(KZ + _CLASS_OF[category])
        found = []
        for iri in sorted(self.out):
            if classes & set(self.values(iri, RDF + "type")):
                labels = self.values(iri, RDFS + "label")
                names = [*labels, *self.values(iri, SKOS + "altLabel")]
                found.append(_Entity(iri, labels[0] if labels else iri,
                                     frozenset(normalise(n) for n in names)))
        return found

    def label(self, iri: str) -> str:
        labels = self.values(iri, RDFS + "label")
        return labels[0] if labels else iri

    def names(self, iri: str) -> frozenset[str]:
        """The normalised label and alternative labels of a resource."""
        return frozenset(normalise(n) for p in (RDFS + "label", SKOS + "altLabel")
                         for n in self.values(iri, p))

    def region_keys(self, iri: str) -> set[str]:
        return {*self.values(iri, OWL + "sameAs"),
                *(f"label:{normalise(n)}" for n in self.values(iri, RDFS + "label"))}

    def evidence(self, iri: str) -> list[str]:
        """The words of the spans that mention a resource or are evidence of its statements."""
        spans = {n for p in ("mentionOf", "evidenceSubject", "evidenceObject")
                 for n in self.into.get(iri, {}).get(KZ + p, ())}
        return [span.text(body) for n in sorted(spans) for span in [parse_span(n)] if span
                for body in self.values(span.article, KZ + "text")]

    def quantities(self) -> list[tuple[Decimal, str, str]]:
        """(value, unit, text) of each quantity node."""
        kinds = {SCHEMA + "MonetaryAmount", SCHEMA + "QuantitativeValue"}
        found = []
        for iri in sorted(self.out):
            if kinds & set(self.values(iri, RDF + "type")):
                units = [*self.values(iri, SCHEMA + "currency"),
                         *self.values(iri, SCHEMA + "unitText")]
                for value in self.values(iri, SCHEMA + "value"):
                    text = " / ".join(self.evidence(iri))
                    found.append((_decimal(value), units[0] if units else "", text))
        return found

    def dates(self) -> set[str]:
        return {m.group() for lit in self.literals if lit.datatype.value in _DATE_TYPES
                for m in [_DATE.match(lit.value.strip())] if m}

    def published(self) -> set[str]:
        return {v for s in self.out for v in self.values(s, SCHEMA + "datePublished")}


def score_article(quads: Iterable[ox.Quad | ox.Triple], gold: dict, *,
                  article_id: str = "") -> ArticleScore:
    """Score one article's graph against its (checked) gold annotation, per category."""
    graph = _Graph(quads)
    scores = {c: _names(c, graph.entities(c), gold[c])
              for c in ("persons", "sectors", "programs", "organizations")}
    scores["regions"] = _regions(graph, gold["regions"])
    scores["projects"], scores[RELATION], scores[COMPANY], scores[STATUS] = _projects(
        graph, gold["projects"], gold.get("organizations") or [])
    scores["quantities"] = _quantities(graph.quantities(), gold["quantities"])
    published = graph.published() | ({str(gold["published"])} if gold.get("published") else set())
    scores["dates"] = _dates(graph.dates() - published, gold["dates"], published)
    return ArticleScore(article_id, {c: scores[c] for c in CATEGORIES})


def evaluate(pairs: Iterable[Pair], *, model: str | None = None) -> Report:
    """Extract each paired article and score it against its gold file."""
    from ..articles import read_article
    from ..graph.triples import extract_graphs

    pairs = list(pairs)
    found = extract_graphs((read_article(item.article) for item in pairs), model=model)
    return Report(tuple(score_article(graph.quads(), item.gold, article_id=item.id)
                        for item, graph in zip(pairs, found, strict=True)))


def _names(category: str, predicted: list[_Entity], gold: list) -> CategoryScore:
    """Persons, sectors, programs, organizations: a label or alternative label equals a name."""
    wanted = [frozenset(normalise(n) for n in _gold_names(g)) for g in gold]
    optional = [isinstance(g, dict) and any(r in str(g.get("role") or "") for r in _OPTIONAL_ROLES)
                for g in gold]
    pairs = pair(range(len(gold)), predicted,
                 lambda i, p: (int(not optional[i]), 1) if wanted[i] & p.names else None)
    return _score(category, [_gold_names(g)[0] for g in gold], [p.label for p in predicted],
                  pairs, skip=optional)


def _regions(graph: _Graph, gold: list[str]) -> CategoryScore:
    predicted = graph.entities("regions")
    keys = [graph.region_keys(p.iri) for p in predicted]
    pairs = pair(gold, range(len(predicted)),
                 lambda g, j: (1,) if _gold_region_keys(g) & keys[j] else None)
    return _score("regions", gold, [p.label for p in predicted], pairs)


def _projects(graph: _Graph, gold: list[dict], organizations: list) -> tuple[CategoryScore, ...]:
    """Projects, and the region, company and status of each matched one."""
    predicted = graph.entities("projects")
    evidence = [graph.evidence(p.iri) for p in predicted]
    placed = [[graph.region_keys(r) for r in graph.values(p.iri, KZ + "locatedIn")]
              for p in predicted]

    def in_region(g: dict, j: int) -> bool:
        return bool(g.get("region")) and any(_gold_region_keys(g["region"]) & k for k in placed[j])

    def rank(g: dict, j: int) -> tuple[int, ...] | None:
        keywords = [k for k in g["keywords"] if normalise(k)]
        if any(occurs(k, n) for k in keywords for n in predicted[j].names):
            return 1, 1, int(in_region(g, j))
        if any(occurs(k, t) for k in keywords for t in evidence[j]):
            return 1, 0, int(in_region(g, j))
        return None

    pairs = pair(gold, range(len(predicted)), rank)
    shown = [f"{g['label']} [{', '.join(g['keywords'])}]" for g in gold]
    projects = _score("projects", shown, [p.label for p in predicted], pairs)
    regions: list[tuple[str, str | None, bool]] = []
    companies: list[tuple[str, str | None, bool]] = []
    statuses: list[tuple[str, str | None, bool]] = []
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        if g.get("region"):
            where = [graph.label(r) for r in graph.values(p.iri, KZ + "locatedIn")]
            regions.append((f"{g['label']} -> {g['region']}",
                            f"{p.label} -> {', '.join(sorted(where))}" if where else None,
                            in_region(g, j)))
        wanted = _company_names(g.get("company"), organizations)
        owners = graph.values(p.iri, KZ + "company")
        companies.append((f"{g['label']} -> {g['company']}" if g.get("company") else "",
                          f"{p.label} -> {', '.join(graph.label(o) for o in owners)}"
                          if owners else None,
                          bool(wanted) and any(wanted & graph.names(o) for o in owners)))
        state = _STATUS.get(str(g.get("status") or "").strip().lower(), "")
        found = [v.rsplit("#", 1)[-1] for v in graph.values(p.iri, KZ + "status")]
        statuses.append((f"{g['label']} -> {g['status']}" if state else "",
                         f"{p.label} -> {', '.join(found)}" if found else None,
                         bool(state) and state in found))
    return (projects, _relation(RELATION, regions), _relation(COMPANY, companies),
            _relation(STATUS, statuses))


# A gold project's status -> the local name of the kz: individual that says it.
_STATUS = {"launched": "Launched", "under construction": "UnderConstruction",
           "planned": "Planned"}


def _relation(category: str, rows: list[tuple[str, str | None, bool]]) -> CategoryScore:
    """A relation of matched projects from rows (gold, prediction, hit): a hit, or a false
    negative where the gold has a value, plus a false positive where a prediction is wrong
    or the gold has none. A row with neither is not counted."""
    hits = [(g, p) for g, p, hit in rows if hit and p]
    fps = [p for g, p, hit in rows if p and not hit]
    fns = [g for g, p, hit in rows if g and not hit]
    return CategoryScore(category, tuple(hits), tuple(fps), tuple(fns))


def _company_names(company: str | None, organizations: list) -> frozenset[str]:
    """The normalised names of a gold project's company: its name and, where the gold lists
    that organization, the organization's aliases."""
    if not company:
        return frozenset()
    wanted = {normalise(company)}
    for org in organizations:
        names = {normalise(n) for n in _gold_names(org)}
        if wanted & names:
            wanted |= names
    return frozenset(wanted)


def _quantities(found: list[tuple[Decimal, str, str]], gold: list[dict]) -> CategoryScore:
    texts: dict[tuple[Decimal, str, str], str] = {}  # one per value, unit and wording
    for value, unit, text in found:
        texts.setdefault((value, unit, normalise(text)), text)
    predicted = list(texts)
    distinct: dict[tuple[str, str, str], dict] = {}
    for g in gold:
        key = (str(_decimal(g["value"])), normalise(str(g["unit"])), normalise(g.get("text", "")))
        distinct.setdefault(key, g)
    gold = list(distinct.values())

    def rank(g: dict, p: tuple[Decimal, str, str]) -> tuple[int] | None:
        value = _decimal(g["value"])
        if value.is_nan() or p[0].is_nan() or normalise(str(g["unit"])) != normalise(p[1]):
            return None
        return (1,) if abs(p[0] - value) <= abs(value) * _TOLERANCE else None

    pairs = pair(gold, predicted, rank)
    shown = [f"{_plain(_decimal(g['value']))} {g['unit']} ({g.get('text', '')})" for g in gold]
    return _score("quantities", shown,
                  [f"{_plain(v)} {u} ({texts[v, u, t]})" for v, u, t in predicted], pairs)


def _dates(predicted: set[str], gold: list[dict], published: set[str]) -> CategoryScore:
    wanted: dict[str, str] = {}
    for g in gold:
        value = gold_date(g["value"])
        if value not in published:
            wanted.setdefault(value, f"{g['value']} ({g.get('text', '')})")
    singles = [v for v in wanted if "/" not in v]
    periods = [v for v in wanted if "/" in v and set(v.split("/")) <= predicted]
    best: tuple[tuple[int, int], list[str], list[str]] = ((-1, -1), [], [])
    # Periods per article are few; trying every subset finds the most hits, then the
    # fewest unused predictions, where a period and a single date want the same value.
    for size in range(len(periods) + 1):
        for chosen in combinations(periods, size):
            ends = [e for p in chosen for e in p.split("/")]
            if len(set(ends)) < len(ends):
                continue
            hit = [s for s in singles if s in predicted and s not in ends]
            rank = (len(chosen) + len(hit), len(ends) + len(hit))
            if rank > best[0]:
                best = (rank, list(chosen), hit)
    _, chosen, hit = best
    used = {e for p in chosen for e in p.split("/")} | set(hit)
    return CategoryScore(
        "dates",
        tuple((wanted[v], v.replace("/", " + ")) for v in [*chosen, *hit]),
        tuple(sorted(predicted - used)),
        tuple(wanted[v] for v in wanted if v not in chosen and v not in hit),
    )


def _score(category: str, gold: list[str], predicted: list[str], pairs: list[tuple[int, int]],
           skip: list[bool] | None = None) -> CategoryScore:
    skip = skip or [False] * len(gold)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    return CategoryScore(
        category,
        tuple((gold[i], predicted[j]) for i, j in pairs if not skip[i]),
        tuple(p for j, p in enumerate(predicted) if j not in matched_pred),
        tuple(g for i, g in enumerate(gold) if i not in matched_gold and not skip[i]),
    )


def _gold_names(item: str | dict) -> list[str]:
    if isinstance(item, str):
        return [item]
    return [str(item["name"]), *(str(a) for a in item.get("aliases") or ())]


@cache
def _gold_region_keys(name: str) -> frozenset[str]:
    """The Wikidata items of a canonical region name, and the name itself.

    The items are the region's ``owl:sameAs`` in the reference data or, where it has none,
    its ``skos:closeMatch`` (South Kazakhstan Region: Q815330, as ``kz-facts.json`` says).
    """
    from ..reference import reference_store

    store, wanted = reference_store(), normalise(name)
    regions = {q.subject for q in store.quads_for_pattern(
        None, ox.NamedNode(RDF + "type"), ox.NamedNode(KZ + "Region"))}
    found: list = []
    for prop in (RDFS + "label", SKOS + "altLabel"):  # a label match wins over an altLabel
        found = found or [q.subject for q in store.quads_for_pattern(None, ox.NamedNode(prop), None)
                          if q.subject in regions and normalise(q.object.value) == wanted]
    items: set[str] = set()
    for region in found:
        for prop in (OWL + "sameAs", SKOS + "closeMatch"):
            links = {q.object.value
                     for q in store.quads_for_pattern(region, ox.NamedNode(prop), None)}
            if links:
                items |= links
                break
    return frozenset({*items, f"label:{wanted}"})


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal("NaN")


def _plain(value: Decimal) -> str:
    """A number as plain digits.

    >>> _plain(Decimal("4.6E+12")), _plain(Decimal("41.50"))
    ('4600000000000', '41.5')
    """
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
