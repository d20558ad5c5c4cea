"""The extraction pipeline: text -> mentions -> entities -> statements.

``extract(article)`` is the one entry point. Every stage is a pure function of the text and
the reference data; the result is a frozen ``Extraction`` that ``triples.py`` turns into RDF.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache

from ..model import Article, Entity, Extraction, Mention, Statement, Value
from . import names, numbers, organizations, projects, reference
from .text import dateline_end, sentences, slug, word_starts


@dataclass(frozen=True)
class _Found:
    """Every mention in one article, by kind (quantities and dates with their values)."""

    persons: list[Mention]
    roles: list[Mention]
    regions: list[Mention]
    programs: list[Mention]
    sectors: list[Mention]
    organizations: list[Mention]
    projects: list[Mention]
    quantities: list[tuple[Mention, Value]]
    dates: list[tuple[Mention, Value]]


def extract(article: Article) -> Extraction:
    """Extract entities and statements from one article."""
    sents = sentences(article.text)
    spans = [(s.start, s.end) for s in sents]
    found = _mentions(article, spans)
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    labels: dict[tuple[str, str], str] = {}
    for kind in ("region", "person", "program", "sector", "organization", "project"):
        for m in getattr(found, kind + "s"):
            ref = _project_ref(article, m) if kind == "project" else _ref(kind, m.key)
            groups[ref].append(m)
            if ref not in labels:
                labels[ref] = _label(kind, m)
    used: set[Mention] = set()
    statements = [
        *_person_statements(found, groups),
        *_project_statements(article, spans, found, used),
        *_program_statements(article, spans, found, used),
    ]
    article_ref = ("article", article.key)
    statements += [Statement(article_ref, "reportsFigure", v, m)
                   for m, v in found.quantities if m not in used]
    for m, v in found.dates:
        if m not in used:  # a period's two ends are two dates the article states
            statements += [Statement(article_ref, "mentionsDate", Value(lexical, v.datatype), m)
                           for lexical in filter(None, (v.lexical, v.end))]
    entities = tuple(
        Entity(kind=ref[0], key=ref[1], label=labels[ref],
               alt_labels=tuple(sorted({" ".join(m.text.split()) for m in ms} - {labels[ref]})),
               mentions=tuple(ms))
        for ref, ms in sorted(groups.items())
    )
    return Extraction(article, sents, entities, tuple(statements))


def _mentions(article: Article, spans: list[tuple[int, int]]) -> _Found:
    """All mentions, each kind kept out of the spans of the kinds that take precedence."""
    text = article.text
    skip = dateline_end(text)
    person_all = names.persons(text, article.published)
    program_m = names.programs(text)
    dates_from = _date_marker_end(text)
    org_m = [m for m in organizations.organizations(text) if not _inside(m, program_m)]
    return _Found(
        persons=_with_surnames(text, [m for m in person_all if m.kind == "person"]),
        roles=[m for m in person_all if m.kind == "role"],
        regions=[m for m in names.regions(text)
                 if m.start >= skip and not _overlaps(m, person_all)],
        programs=program_m,
        sectors=names.sectors(text),
        organizations=org_m,
        projects=_merge_projects([m for m in projects.projects(text, spans)
                                  if not _inside(m, org_m)]),
        quantities=numbers.quantities(text),
        dates=[(m, v) for m, v in numbers.dates(text, article.published)
               if not _inside(m, program_m) and m.start >= dates_from],
    )


def _person_statements(found: _Found, groups) -> list[Statement]:
    """A titled person's role, and the region an akim or governor governs."""
    statements = []
    for m in found.roles:
        person = _ref("person", m.key)
        if person not in groups:
            continue
        statements.append(Statement(person, "role", Value(_clean_role(m.text)), m))
        title = m.text.split()[0].lower()
        for r in found.regions:
            if m.start <= r.start < m.end and title in reference.rules()["governing_titles"]:
                statements.append(Statement(person, "governs", _ref("region", r.key), m))
    return statements


def _project_statements(article: Article, spans, found: _Found, used: set) -> list[Statement]:
    """Each project's region, sector, status, company, figures and dates, from its sentence."""
    text = article.text
    lead = next((e for b, e in spans if b >= dateline_end(text) and text[b:e].strip()), 0)
    dominant = _dominant_region(found.regions, lead)
    launch_dates = [
        (m, v) for m, v in found.dates
        if _has_launch_word(text, spans, m.start) and not _sentence_has(found.projects, spans,
                                                                        m.start)
    ]
    statements: list[Statement] = []
    for m in found.projects:
        ref = _project_ref(article, m)
        begin, end = spans[_sentence(spans, m.start)]
        clause_end = _clause_end(text, m.end, end)
        clause_start = _clause_start(text, m.start, begin)
        region = next((r for r in found.regions if m.end <= r.start < clause_end), None)
        rule = "project-region-clause"
        if region is None:
            region = next((r for r in reversed(found.regions) if begin <= r.start < m.start
                           and not _between(found.projects, r.end, m.start)), None)
            rule = "project-region-sentence"
        if region is not None:
            statements.append(Statement(ref, "locatedIn", _ref("region", region.key),
                                        _span(text, min(m.start, region.start),
                                              max(m.end, region.end), rule)))
        elif dominant:
            statements.append(Statement(ref, "locatedIn", dominant,
                                        _span(text, m.start, m.end, "project-region-article")))
        for sector, rule_id in projects.product_sectors(m.key)[:1]:
            statements.append(Statement(ref, "inSector", ("sector", sector.split("/", 1)[1]),
                                        _span(text, m.start, m.end, rule_id)))
        state = projects.status(text[clause_start:clause_end]) or projects.status(text[begin:end])
        if state:
            key = {"planned": "Planned", "under construction": "UnderConstruction",
                   "launched": "Launched"}[state[0]]
            statements.append(Statement(ref, "status", Value(key, "status"),
                                        _span(text, begin, end, f"status-{state[1].replace(' ', '-')}")))
        for org in found.organizations:
            if begin <= org.start < end and org.key.startswith("company:"):
                statements.append(Statement(ref, "company", _ref("organization", org.key),
                                            _span(text, min(org.start, m.start),
                                                  max(org.end, m.end), "project-company-sentence")))
                break
        own = [p for p in found.projects if begin <= p.start < end]
        for qm, value in found.quantities:
            if not begin <= qm.start < end:
                continue
            prop = _FIGURE_PROPS.get(value.unit)
            nearest = min(own, key=lambda p: abs(p.start - qm.start))
            if prop and nearest is m and qm not in used:
                used.add(qm)
                statements.append(Statement(ref, prop, value, qm))
        for dm, value in found.dates:
            if begin <= dm.start < end and dm not in used and value.end == "":
                prop = {"planned": "plannedDate", "under construction": "constructionStart"}.get(
                    state[0] if state else "", "launchDate")
                used.add(dm)
                statements.append(Statement(ref, prop, value, dm))
        if state and state[0] == "launched" and launch_dates:
            dm, value = launch_dates[0]
            used.add(dm)
            statements.append(Statement(ref, "launchDate", value, dm))
    return statements


def _dominant_region(regions: list[Mention], lead_end: int) -> tuple[str, str] | None:
    """The region an article is about: the only one it names, or the one its lead sentence
    names alone and the text names again (a regional report that mentions a partner region)."""
    counts = Counter(_ref("region", m.key) for m in regions)
    if len(counts) == 1:
        return next(iter(counts))
    in_lead = {_ref("region", m.key) for m in regions if m.start < lead_end}
    if len(in_lead) == 1 and counts[next(iter(in_lead))] >= 2:
        return next(iter(in_lead))
    return None


_FIGURE_PROPS = {"KZT": "investment", "USD": "investment", "EUR": "investment", "jobs": "jobs",
                 "t/year": "capacity", "units/year": "capacity"}


_PROJECTS = re.compile(r"\bprojects?\b", re.IGNORECASE)


def _program_statements(article: Article, spans, found: _Found, used: set) -> list[Statement]:
    """A program's period, and the program of the projects where a sentence ties them."""
    text = article.text
    statements: list[Statement] = []
    program_sentences = set()
    for p in found.programs:
        begin, end = spans[_sentence(spans, p.start)]
        if _PROJECTS.search(text[begin:end]):
            program_sentences.add(_ref("program", p.key))
        for dm, value in found.dates:
            if begin <= dm.start < end and value.end and dm not in used:
                used.add(dm)
                statements.append(Statement(_ref("program", p.key), "startDate",
                                            Value(value.lexical, value.datatype), dm))
                statements.append(Statement(_ref("program", p.key), "endDate",
                                            Value(value.end, value.datatype), dm))
    for program in sorted(program_sentences):
        for m in found.projects:
            statements.append(Statement(_project_ref(article, m), "partOfProgram",
                                        program, _span(text, m.start, m.end,
                                                       "project-program-article")))
    return statements


def _project_ref(article: Article, m: Mention) -> tuple[str, str]:
    """Projects are keyed within their article: two articles' "cement plant" are two plants."""
    return "project", f"{slug(article.key)}/{slug(m.key)}"


def _merge_projects(mentions: list[Mention]) -> list[Mention]:
    """Give later mentions of a project named earlier ("the Aral aluminum smelter" after
    "an aluminum smelter") the key of the first."""
    merged: list[Mention] = []
    for m in mentions:
        first = next((p for p in merged if projects.same_project(p.key, m.key)), None)
        merged.append(m if first is None else replace(m, key=first.key))
    return merged


def _ref(kind: str, key: str) -> tuple[str, str]:
    """(kind, IRI key) for a mention key: a reference key, ``name:...`` or ``<orgkind>:...``."""
    if "/" in key and not key.startswith(("name:", "company:", "ministry:", "agency:", "other:")):
        return (kind, key.split("/", 1)[1]) if key.startswith(kind + "/") else (kind, slug(key))
    return kind, slug(key.split(":", 1)[1] if ":" in key else key)


def _label(kind: str, m: Mention) -> str:
    label = _reference_labels().get((kind, m.key))
    if label is not None:
        return label
    value = m.key.split(":", 1)[1] if ":" in m.key else m.key
    return " ".join(value.split())


@cache
def _reference_labels() -> dict[tuple[str, str], str]:
    """(kind, key) -> label of the regions, persons, programs and sectors in the reference data."""
    labels: dict[tuple[str, str], str] = {}
    for kind, table in (("region", reference.regions()), ("person", reference.persons()),
                        ("program", reference.programs()), ("sector", reference.sectors())):
        for item in table:
            labels.setdefault((kind, item.key), item.label)
    return labels


def _clean_role(role: str) -> str:
    return " ".join(role.split()).strip(" ,")


def _with_surnames(text: str, people: list[Mention]) -> list[Mention]:
    """Add bare surname mentions ("Massimov") of persons named in full in the same article."""
    result = list(people)
    full = {m.key: m.text for m in people if " " in m.text and "." not in m.text}
    for key, name in full.items():
        surname = name.split()[-1]
        for start in word_starts(surname, text):
            if not any(p.start <= start < p.end for p in result):
                result.append(Mention(start, start + len(surname), surname, "person",
                                      "person-surname", key))
    return sorted(result, key=lambda m: m.start)


def _inside(m: Mention, others: list[Mention]) -> bool:
    return any(o.start <= m.start and m.end <= o.end and o is not m for o in others)


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def _sentence(spans: list[tuple[int, int]], offset: int) -> int:
    for i, (begin, end) in enumerate(spans):
        if begin <= offset < end:
            return i
    return max(0, len(spans) - 1)


def _clause_end(text: str, offset: int, limit: int) -> int:
    found = text.find(";", offset, limit)
    return found if found >= 0 else limit


def _clause_start(text: str, offset: int, limit: int) -> int:
    found = text.rfind(";", limit, offset)
    return found + 1 if found >= 0 else limit


def _between(mentions: list[Mention], start: int, end: int) -> bool:
    return any(start <= m.start < end for m in mentions)


def _sentence_has(mentions: list[Mention], spans: list[tuple[int, int]], offset: int) -> bool:
    begin, end = spans[_sentence(spans, offset)]
    return any(begin <= m.start < end for m in mentions)


def _has_launch_word(text: str, spans: list[tuple[int, int]], offset: int) -> bool:
    begin, end = spans[_sentence(spans, offset)]
    return _launch_words().search(text[begin:end]) is not None


@cache
def _launch_words() -> re.Pattern:
    words = "|".join(re.escape(w) for w in reference.rules()["launch_event_words"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _span(text: str, start: int, end: int, rule: str) -> Mention:
    return Mention(start, end, text[start:end], "evidence", rule)


_DATE_MARKER = re.compile(r"\s*date \d{4}-\d{2}-\d{2}")


def _date_marker_end(text: str) -> int:
    match = _DATE_MARKER.match(text)
    return match.end() if match else 0
