"""What a report gives under a label, item by item ("1. A cement plant in X district (Y LLP).
Cost: N tenge. Jobs: 420. Status: put into operation in May."): the figure after "Jobs:", the
status after "Status:" in the project's own line, the company in brackets right after the
project, and the company a press release names under a label ("Investor: X LLP.").
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention, Value
from . import context, reference
from .numbers import NUMBER, XSD, parse_number

_JOBS = re.compile(rf"(?<![\w-])(?:(?:new|permanent)\s+)?(?:jobs|workplaces|employees|workers|"
                   rf"staff)(?:\s+created)?\s*:\s*{NUMBER}\b", re.IGNORECASE)
_STATUS = re.compile(r"(?<![\w-])(?:current\s+)?status\s*:\s*", re.IGNORECASE)
_FIELD_LINE = re.compile(r"[ \t]*[A-Z][\w ]{1,24}:[ \t]")  # a card's line: "Investor: X LLP"
# a company in brackets after the project and its place: "a plant in X district (Y LLP)"
_BRACKETED = re.compile(r"[^.;:()\n]{0,80}\(\s*$")


def with_figures(text: str, found: list[tuple[Mention, Value]]) -> list[tuple[Mention, Value]]:
    """The quantities ``found`` and the jobs a report gives under a label, in text order.

    >>> [(m.text, v.lexical, v.unit) for m, v in with_figures("Cost: N. Jobs: 1,150.", [])]
    [('Jobs: 1,150', '1150', 'jobs')]
    """
    found = list(found)
    for match in _JOBS.finditer(text):
        value = parse_number(match["num"], match["scale"])
        found.append((Mention(match.start(), match.end(), match.group(), "quantity",
                              "count-jobs-labelled", "jobs"),
                      Value(format(value.normalize(), "f"), XSD + "decimal", "jobs")))
    return sorted(found, key=lambda pair: pair[0].start)


def lead(text: str, m: Mention, found) -> str:
    """What a report says of the project's state: after "Status:" in its line, or else the
    lead of the list it is an item of (``context.list_lead``)."""
    return status(text, m, found.projects) or context.list_lead(text, m.start)


def status(text: str, m: Mention, projects: list[Mention]) -> str:
    """The sentence after "Status:" in the project's line, where no other project is named
    between them; empty otherwise.

    >>> t = "2. A mill (X LLP). Jobs: 50. Status: launched in May.\\n3. A farm. Status: planned."
    >>> mill = Mention(5, 9, "mill", "project", "t", "mill")
    >>> status(t, mill, [mill])
    'launched in May.'

    A card gives a field a line, to a blank line:

    >>> t = "Project: a mill\\nCost: N\\nStatus: launched in May\\nJobs: 9\\n\\nProject: a farm"
    >>> status(t, Mention(11, 15, "mill", "project", "t", "mill"), [])
    'launched in May'
    """
    stop = text.find("\n", m.end) % (len(text) + 1)
    label = _STATUS.search(text, m.end, stop)
    if label is None and (fields := card(text, m)):
        stop = fields[1]
        label = _STATUS.search(text, m.end, stop)
    if label is None or any(m.end <= p.start < label.start() and p.key != m.key
                            for p in projects):
        return ""
    if (line_end := text.find("\n", label.end(), stop)) >= 0:
        stop = line_end  # a card's field ends with its line
    end = text.find(". ", label.end(), stop)
    return text[label.end():stop if end < 0 else end + 1].strip()


def card(text: str, m: Mention) -> tuple[int, int] | None:
    """Where the fields of a project card are, when ``m``'s line is one's first: a field a
    line after it ("Investor: X LLP", "Region: Y Region"), to a blank line.

    >>> t = "Project: a mill\\nRegion: Akmola Region\\nJobs: 9\\n\\nOther news"
    >>> fields = card(t, Mention(11, 15, "mill", "project", "t", "mill"))
    >>> t[slice(*fields)]
    'Region: Akmola Region\\nJobs: 9'
    """
    stop = text.find("\n", m.end) % (len(text) + 1)
    if not _FIELD_LINE.match(text, stop + 1):
        return None
    return stop + 1, text.find("\n\n", stop) % (len(text) + 1)


def bracketed(text: str, m: Mention, found) -> tuple[Mention, str] | None:
    """A company in brackets right after the project (and its place), in its sentence.

    >>> t = "1. A cement plant in Ayagoz district (Ayagoz Cement LLP). Cost: N."
    >>> plant = Mention(5, 17, "cement plant", "project", "t", "cement plant")
    >>> org = Mention(38, 55, "Ayagoz Cement LLP", "organization", "t", "company:Ayagoz Cement")
    >>> from types import SimpleNamespace
    >>> bracketed(t, plant, SimpleNamespace(organizations=[org]))[1]
    'project-company-bracketed'
    """
    return next(((o, "project-company-bracketed") for o in found.organizations
                 if o.start > m.end and o.key.startswith("company:")
                 and _BRACKETED.fullmatch(text, m.end, o.start)), None)


def labelled_company(text: str, found, spans, m: Mention) -> Mention | None:
    """A company a press release names under a label beside the project ``m``, in its sentence,
    the one before, the three after (past a quote between) or the rest of its paragraph:
    "Investor: X LLP.", "The initiator of the project is X", "The owner, X LLP, is designing a
    second line" (the rules' ``owner_nouns``; in apposition also ``owner_apposed_nouns``: "The
    group, X, is investing"), "The project of X LLP", "The complex, built by X LLP,"
    (``project_agent_participles``), where no other project is named between them ("An engine
    plant is being built. Its investor is X." after another plant)."""
    index = context.sentence_at(spans, m.start)
    named = {p.key: p for p in found.projects}.values()
    later = index + 4  # the three sentences after it, and the rest of its paragraph
    while later < len(spans) and "\n" not in text[spans[index][1]:spans[later][0]]:
        later += 1
    for near in (index, index + 1, index - 1, *range(index + 2, later)):
        if not 0 <= near < len(spans):
            continue
        begin, end = spans[min(index, near)][0], spans[max(index, near)][1]
        if sum(begin <= p.start < end for p in named) > 1:
            continue
        for org in found.organizations:
            if spans[near][0] <= org.start < spans[near][1] and org.key.startswith(
                    "company:") and _labelled().search(text, max(begin, org.start - 40),
                                                       org.start) and not _FORMER.search(
                    text, max(begin, org.start - 40), org.start):
                return org
    return None


# an owner a project was bought from is none now: "from its first owner, X JSC"
_FORMER = re.compile(r"\bfrom\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?[a-z]+,?\s*$")


@cache
def _labelled() -> re.Pattern:
    nouns = "|".join(reference.rules()["owner_nouns"])
    cues = "|".join(reference.rules()["org_cue_nouns"])  # "is the Korean company X", "Investor:
    # the Turkish company X", "The owner is our wholly owned subsidiary X"
    # also whose the project is and who builds it: "The project of X LLP", "The complex,
    # built by X LLP, will produce"
    by = "|".join(reference.rules()["project_agent_participles"])
    # and the business the text first calls by what it is: "The group, X, is investing"
    apposed = "|".join(reference.rules()["owner_apposed_nouns"])
    countries = "|".join(map(re.escape, reference.rules()["countries"]))  # "The investor,
    # China's X,"
    return re.compile(rf"\b(?:(?i:{nouns})s?(?:\s+of\s+the\s+project)?\s*(?:(?::|(?i:is))"
                      rf"(?:\s+(?:the|an?)\s+(?:[A-Z][\w-]*\s+)?(?:{cues})|\s+(?:our|its|their)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|affiliate))?|-|–|,)"
                      rf"|(?i:project)\s+of|(?:{by})\s+by(?:\s+the)?"
                      rf"|(?:[Tt]he|[Ii]ts)\s+(?:{apposed}),)(?:\s+(?:{countries})['’]s)?\s*$")
