"""Mentions -> statements: what the article says of each entity, with the span that says it.

A project's region, sector, status, company, figures and dates come from its sentence (and,
with the model, from the dependency parse: ``relations.company``, ``statuses.status``); a
program's period and its projects from the sentences that name it; a titled person's role and
the region an akim governs from the title. Each step returns its statements and the quantity
and date mentions it used, so the figures and dates no entity took are the article's own.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from ..model import Article, Mention, Statement, Value
from . import (
    changes,
    context,
    fields,
    later,
    markers,
    ours,
    places,
    reference,
    relations,
    sectors,
    sentenced,
    shares,
    statuses,
    trailing,
)
from .clauses import a_product, apart
from .entities import Ref, project_ref, ref
from .handed import handed, item_business
from .mentions import Mentions
from .text import byline_end, dateline_end

_FIGURE_PROPS = {"KZT": "investment", "USD": "investment", "EUR": "investment", "HUF": "investment", "KRW": "investment", "jobs": "jobs",
                 "t/year": "capacity", "t/day": "capacity", "t/hour": "capacity", "units/year": "capacity",
                 "kg/year": "capacity", "MW": "capacity", "GW": "capacity", "kW": "capacity"}
_NOT_YET = ("launch-put-off", "completion-to-come")
"""How the rules of a launch put off or a completion to come end (``markers.status``,
``statuses``): "the launch was postponed to 2027", "is to be completed in May" say that a project
is not working, no more: a plan that a later sentence saying it is being built overrules."""
_STATUS = {"planned": "Planned", "under construction": "UnderConstruction",
           "launched": "Launched"}
_PROJECTS = re.compile(r"\bprojects?\b", re.IGNORECASE)
# Rules only, a project's own words after it that say it is being built, before the clause's
# other verbs ("will supply turbines for the power plant being built in Turkestan", "will now
# focus on its plant in X, which is being built").
_BUILDING_AFTER = re.compile(rf"{shares.PLACE_AFTER},?\s*(?:(?:which|that)\s+(?:is|are)\s+)?"
                             r"(?:being\s+(?:built|constructed|erected)|under\s+construction)\b")
# a bracket right after a project (and its owner) that says in a few words only how far it is:
# "a meat plant of X LLP (launched)", "a feed mill (under construction)", "a hub (memorandum
# signed)"; not an aside ("a plant (the owner plans to export bricks)")
_STATUS_BRACKET = re.compile(r"(?:\s+(?:of|by)\s+[^()\n.;]{1,60}?)?\s*\(([a-z][\w-]*(?:[ \t]+"
                             r"[\w-]+){0,3})\)")
_OPERATING_AFTER = re.compile(r"(?:\s+(?:in|near)\s+[^,.;]{1,40}?)?(?:,\s+[^,.;]{1,30}?)?,\s+"
                             r"(?:which|that)\s+(?:(?:has|have|had)\s+been\s+(?:operating|running|"
                             r"working|in\s+operation)|(?:was|were)\s+(?:launched|commissioned|"
                             r"opened|put\s+into\s+operation))\b")  # "which was launched in 2019"


def statements(article: Article, spans: list[tuple[int, int]], found: Mentions,
               entities: set[Ref], doc=None) -> list[Statement]:
    """Every statement of one article, the article's own figures and dates last."""
    projects_, used = _project_statements(article, spans, found, doc)
    programs, used_by_programs = _program_statements(article, spans, found, used)
    used |= used_by_programs
    article_ref = Ref("article", article.key)
    leftovers = [Statement(article_ref, "reportsFigure", v, m)
                 for m, v in found.quantities if m not in used]
    for m, v in found.dates:
        if m not in used:  # a period's two ends are two dates the article states
            leftovers += [Statement(article_ref, "mentionsDate", Value(lexical, v.datatype), m)
                          for lexical in filter(None, (v.lexical, v.end))]
    return [*_person_statements(found, entities), *projects_, *programs, *leftovers]


def _person_statements(found: Mentions, entities: set[Ref]) -> list[Statement]:
    """A titled person's role, and the region an akim or governor governs."""
    out = []
    for m in found.roles:
        person = ref("person", m.key)
        if person not in entities:
            continue
        out.append(Statement(person, "role", Value(" ".join(m.text.split()).strip(" ,")), m))
        title = m.text.split()[0].lower()
        for r in found.regions:
            if m.start <= r.start < m.end and title in reference.rules()["governing_titles"]:
                out.append(Statement(person, "governs", ref("region", r.key), m))
    return out


def _project_statements(article: Article, spans, found: Mentions,
                        doc) -> tuple[list[Statement], set[Mention]]:
    """Each project's region, sector, status, company, figures and dates, from its sentence."""
    text = article.text
    story = dateline_end(text) or byline_end(text)
    lead = next((e for b, e in spans if e > story and text[max(b, story):e].strip()), 0)
    where = places.Whereabouts(text, found, lead, article.title or "")
    counts = [q for q, value in found.quantities if value.unit == "projects"]
    launch_dates = [(m, v) for m, v in found.dates  # a day, a month or a year; no period
                    if not v.end and _has_launch_word(text, spans, m.start)
                    and not _sentence_has(found.projects, spans, m.start)]
    out: list[Statement] = []
    used: set[Mention] = set()
    has_status: set[Ref] = set()  # kz:status is functional: a project's first mention decides,
    not_yet: dict[Ref, int] = {}  # but a plan of a launch or an end only until another says
    # the project is being built (``_NOT_YET``)
    for m in found.projects:
        subject = project_ref(article, m)
        begin, end = spans[context.sentence_at(spans, m.start)]
        clause_start, clause_end = context.clause(text, m, begin, end, found.projects)
        referred = context.referred(text, spans, m.start, counts)
        if (region := where.of(m, begin, clause_end, referred)):
            out.append(Statement(subject, "locatedIn", region[0], _span(text, *region[1:])))
        for sector, rule_id in sectors.product_sectors(m.key)[:1]:
            out.append(Statement(subject, "inSector", Ref("sector", sector.split("/", 1)[1]),
                                 _span(text, m.start, m.end, rule_id)))
        state = statuses.status(doc, m) if doc is not None else None
        if state and state[0] and (halted := markers.status(shares.own_part(
                text, m, found.projects, begin, end))) and not halted[0]:  # "was started in
            state = ("", f"status-{halted[1].replace(' ', '-')}")  # 2020 and frozen in 2022"
        settled = subject in has_status and subject not in not_yet
        if state is None and not settled:
            marker = (bracket := _STATUS_BRACKET.match(text, m.end, clause_end)) and (
                said := markers.status(bracket.group(1))) and (  # "a plant of X (launched)."
                said[0], f"bracketed {said[1]}")  # its own rule id: "status-bracketed-launched"
            marker = marker or _BUILDING_AFTER.match(text, m.end, clause_end) and (
                "under construction", "being-built-after")  # "the plant being built in X"
            marker = marker or _OPERATING_AFTER.match(text, m.end, clause_end) and (
                "launched", "operating-after")  # "a plant in X, which has been operating since"
            marker = marker or (markers.status(context.no_asides(text[clause_start:clause_end], m))
                      if not shares.others_in(found.projects, m, clause_start, clause_end) else
                      markers.status(context.no_asides(shares.own_part(
                          text, m, found.projects, clause_start, clause_end), m)))
            marker = marker or markers.status(context.no_asides(
                shares.own_part(text, m, found.projects, begin, end), m))
            state = marker and (marker[0], f"status-{marker[1].replace(' ', '-')}")
        if not (state and state[0]) and (said := markers.status(fields.lead(text, m, found))):
            state = (said[0], f"status-list-{said[1].replace(' ', '-')}")
        if not (state and state[0]) and not settled and referred and (
                said := markers.status(text[referred[0]:referred[1]])):
            state = (said[0], f"status-before-{said[1].replace(' ', '-')}")
        if not (state and state[0]) and not settled and (
                said := markers.status(context.continued(text, spans, m, found.projects))):
            state = (said[0], f"status-after-{said[1].replace(' ', '-')}")
        rest = context.rest_of_item(text, spans, m, found.projects)
        if not settled and (latest := next(filter(None, (
                markers.status(text[b:e]) for b, e in reversed(rest))), None)) and _moved_on(
                    state[0] if state else "", latest[0]):
            state = (latest[0], f"status-latest-{latest[1].replace(' ', '-')}")  # an item's
            # story ends where the project stands: "frozen in 2022 ... works resumed in August"
        if state and state[1].endswith(_NOT_YET):  # "its launch was postponed, the works are
            # 85 percent complete", or so the next sentences: being built
            building = [(said[0], f"status-{how}{said[1].replace(' ', '-')}") for how, part in (
                ("", shares.own_part(text, m, found.projects, begin, end)),
                ("after-", context.continued(text, spans, m, found.projects)),
                ("after-", context.of_its_head(text, spans, m, found.projects)))
                if (said := markers.status(part)) and said[0] == "under construction"]
            state = building[0] if building else state
        if state and state[0] and not settled and (
                subject not in not_yet or state[0] == "under construction"):
            statement = Statement(subject, "status", Value(_STATUS[state[0]], "status"),
                                  _span(text, begin, end, state[1]))
            if subject in not_yet:
                out[not_yet.pop(subject)] = statement
            else:
                has_status.add(subject)
                out.append(statement)
                if state[1].endswith(_NOT_YET):
                    not_yet[subject] = len(out) - 1
        out += _company(text, m, subject, found, begin, end, doc, rest[-1][1] if rest else end,
                        article.title or "") or [
            Statement(subject, "company", ref("organization", org.key),
                      _span(text, org.start, org.end, "project-company-labelled"))
            for org in [fields.labelled_company(text, found, spans, m)] if org]
        own = [p for p in found.projects if begin <= p.start < end]
        for qm, value in found.quantities:  # not what a change starts from ("from 400,000 to")
            prop = _FIGURE_PROPS.get(value.unit) if qm.rule != changes.FROM else None
            if (prop and begin <= qm.start < end and qm not in used
                    and context.figure_of(text, own, qm) is m):
                used.add(qm)
                out.append(Statement(subject, prop, value, qm))
        for dm, value in found.dates:
            if begin <= dm.start < end and dm not in used and value.end == "":
                prop = {"planned": "plannedDate", "under construction": "constructionStart"}.get(
                    state[0] if state else "", "launchDate")
                used.add(dm)
                out.append(Statement(subject, prop, value, dm))
        if state and state[0] == "launched" and (launched := [  # the project told of before
                (dm, v) for dm, v in launch_dates if max(
                    (p for p in found.projects if p.start < dm.start), default=m,
                    key=lambda p: p.start).key == m.key]):
            dm, value = launched[0]
            used.add(dm)
            out.append(Statement(subject, "launchDate", value, dm))
    if article.title and (about := ours.titled(article.title, found.organizations)):
        owned = {s.subject for s in out if s.prop == "company"}  # the rest are the article's
        for m in found.projects:  # business's, said at each one's first mention
            if (subject := project_ref(article, m)) not in owned:
                owned.add(subject)
                out.append(Statement(subject, "company", ref("organization", about.key),
                                     _span(text, m.start, m.end, "project-company-titled")))
    return out, used


def _moved_on(before: str, after: str) -> bool:
    """Whether a later status of a project tells where it moved on to: a launch or a halt after
    anything, work under way after anything but a launch (not "opened in 2019 ... its expansion
    is under way"), a plan only after none or a halt (not "being built ... due in 2026")."""
    return after in ("launched", "") or after == "under construction" and before != "launched" \
        or after == "planned" and not before


def _company(text: str, m: Mention, subject: Ref, found: Mentions, begin: int, end: int,
             doc, item_end: int, title: str) -> list[Statement]:
    """The project's company (``_owner``), or the client of a contractor that built it ("It
    was built by X for Y LLP": Y's); none that a later sentence calls a contractor."""
    owner = _owner(text, m, found, begin, end, doc, item_end, title)
    if owner is None or owner[1] >= end and _CONTRACTOR.search(
            text, max(0, owner[0].start - 40), owner[0].start):
        return []  # a later "The plant was built by the Chinese contractor X": not whose it is
    org, start, stop, rule_id = owner
    if (client := sentenced.client(text, org, found.organizations)) is not None:
        org, stop, rule_id = client, max(stop, client.end), "project-company-client"
    return [Statement(subject, "company", ref("organization", org.key),
                      _span(text, start, stop, rule_id))]


_CONTRACTOR = re.compile(r"\bcontractor,?\s+(?:is\s+)?(?:the\s+)?$")
_FINANCED_BY = re.compile(r"\b(?:co-)?(?:financed|funded|credited|backed|guaranteed)\s+by\s+"
                          r"(?:the\s+)?$")


def _owner(text: str, m: Mention, found: Mentions, begin: int, end: int, doc,
           item_end: int, title: str) -> tuple[Mention, int, int, str] | None:
    """The project's company, where its evidence starts and ends, and the rule: as the parse
    ties them, with the model, else (and rules only) the company its sentence names for it,
    else the business "we" stands for where the parse ties nothing (a quotation's speaker's, or
    the text's), or an owner's word before it ("the holding's plant", ``ours``), or the one
    business its list item's later sentences (to ``item_end``) open with. A business the item
    hands it to comes first (``handed``), then one its sentence says runs it
    (``sentenced.operator``), then a group's part a later sentence says runs it
    (``later.subsidiary_after``)."""
    owner = handed(text, m, found.organizations, begin, end, item_end)
    if owner is None and (org := sentenced.operator(text, m, found, end)):
        return org, m.start, org.end, "project-company-operator"
    if owner is None and (org := later.subsidiary_after(text, m, found.projects,
                                                         found.organizations, end)):
        return org, end, org.end, "project-company-subsidiary"
    if doc is not None and owner is None:
        owner = (sentenced.built_for(text, m, found)
                 or relations.company(doc, m, found.organizations, title)
                 or trailing.company(text, m, found.organizations)
                 or fields.bracketed(text, m, found))
        owner = None if owner and a_product(owner[0], m) else owner  # "PVC pipe plant"
        if owner is None:
            others = [p.start for p in found.projects if p.start > m.end and p.key != m.key]
            told = later.company(doc, end, min(others, default=len(text)),
                                 found.organizations, m, title)
            if told is not None:  # the evidence is the later sentence: "The project ... by X"
                org, rule_id, anaphor = told
                return org, anaphor, org.end, rule_id
    if owner is None:
        near = found if doc is None else dataclasses.replace(found, organizations=[
            o for o in found.organizations if not apart(doc, o, m)])
        owner = sentenced.company(text, m, near, begin, end)
        if owner and _FINANCED_BY.search(text, max(0, owner[0].start - 30), owner[0].start):
            owner = None  # "a plant financed by the X Fund": its lender's, not whose it is
    if owner is None and (org := ours.before(text, begin, m.start, found.organizations, title)):
        owner = (org, "project-company-ours")  # "we opened a plant": the text's business
    # the next sentence's builder before a memorandum's parties ("we signed a memorandum with X
    # on a centre. This one will be built by Y directly"; "X and Y have signed a memorandum to
    # build a plant. The plant will be built by Z LLP") or what "the group" stands for
    if (owner is None or owner[1] == "dep:the-company-before" or owner[1] in (
            "project-company-sentence", "dep:nsubj") and (
            sentenced.SIGNED_WITH.search(text, max(begin, owner[0].start - 40), owner[0].start)
            or sentenced.SIGNED.search(text, begin, m.start))) and (
            org := later.told_after(text, m, found.projects, found.organizations, end)):
        return org, end, org.end, "project-company-after"
    if owner is None and (org := ours.venture(text, begin, m, found.organizations)):
        return org, org.start, m.end, "project-company-venture"
    if owner is None and (org := ours.owners_word(text, m, found.organizations)):
        return org, org.start, m.end, "project-company-owners-word"
    if owner is None and (org := ours.group_word(text, begin, end, found.projects,
                                                  found.organizations)):
        return org, m.start, m.end, "project-company-group-word"
    if owner is None and (org := item_business(text, found.organizations, end, item_end)):
        return org, org.start, org.end, "project-company-item"
    if owner is None:
        return None
    org, rule_id = owner
    if not begin <= org.start < end:  # the parse's sentence is longer than ours: the name alone
        return org, org.start, org.end, rule_id
    return org, min(org.start, m.start), max(org.end, m.end), rule_id


def _program_statements(article: Article, spans, found: Mentions,
                        used: set[Mention]) -> tuple[list[Statement], set[Mention]]:
    """A program's period, and the program of the projects where a sentence ties them."""
    text = article.text
    out: list[Statement] = []
    taken: set[Mention] = set()
    program_sentences = set()
    for p in found.programs:
        begin, end = spans[context.sentence_at(spans, p.start)]
        if _PROJECTS.search(text[begin:end]):
            program_sentences.add(ref("program", p.key))
        for dm, value in found.dates:
            if begin <= dm.start < end and value.end and dm not in used | taken:
                taken.add(dm)
                program = ref("program", p.key)
                out.append(Statement(program, "startDate", Value(value.lexical, value.datatype),
                                     dm))
                out.append(Statement(program, "endDate", Value(value.end, value.datatype), dm))
    for program in sorted(program_sentences):
        for m in found.projects:
            out.append(Statement(project_ref(article, m), "partOfProgram", program,
                                 _span(text, m.start, m.end, "project-program-article")))
    return out, taken


def _sentence_has(mentions: list[Mention], spans: list[tuple[int, int]], offset: int) -> bool:
    begin, end = spans[context.sentence_at(spans, offset)]
    return any(begin <= m.start < end for m in mentions)


def _has_launch_word(text: str, spans: list[tuple[int, int]], offset: int) -> bool:
    begin, end = spans[context.sentence_at(spans, offset)]
    return _launch_words().search(text[begin:end]) is not None


@cache
def _launch_words() -> re.Pattern:
    words = "|".join(re.escape(w) for w in reference.rules()["launch_event_words"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _span(text: str, start: int, end: int, rule: str) -> Mention:
    return Mention(start, end, text[start:end], "evidence", rule)
