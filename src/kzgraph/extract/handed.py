"""A project's business where its text hands it on: the group's part it acts through ("X will
build a plant through its subsidiary Y LLP", "X said its Kazakh unit, Y LLP, had opened a mill":
Y's plant), the buyer of a stake in it or of it ("X sold its 60% stake in the plant to Y", "X
sold a pasta factory in Z to Y": Y's now), or the one its list item later says took it over
("This spring the project was taken over by Y").
Both modes; it comes before what the parse or the sentence's first business would say.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention
from . import reference


def handed(text: str, project: Mention, organizations: list[Mention], begin: int,
           end: int, item_end: int = 0) -> tuple[Mention, str] | None:
    """The business a sentence (``begin`` to ``end``) hands ``project`` to, with the rule id;
    also the last one a list item's later sentences (to ``item_end``) say took it over ("This
    spring the project was taken over by Y LLP").

    >>> t = "Altai Group will build a rod plant through its subsidiary Ertis Rod LLP."
    >>> org = Mention(t.index("Ertis"), len(t) - 1, "Ertis Rod LLP", "organization", "r",
    ...               "company:Ertis Rod")
    >>> plant = Mention(t.index("rod plant"), t.index(" through"), "rod plant", "project", "r")
    >>> handed(t, plant, [org], 0, len(t))[1]
    'project-company-part'
    >>> t = "Altai Group sold its 60% stake in the rod plant to Baiterek Metal LLP."
    >>> org = Mention(t.index("Baiterek"), len(t) - 1, "Baiterek Metal LLP", "organization", "r",
    ...               "company:Baiterek Metal")
    >>> handed(t, plant, [org], 0, len(t))[1]
    'project-company-buyer'
    """
    taken = [o for o in organizations if end <= o.start < item_end and o.key.startswith(
        "company:") and _patterns()[2].search(text, max(end, o.start - 40), o.start)]
    if taken:
        return taken[-1], "project-company-taken-over"
    for org in organizations:
        if not (begin <= org.start < end and org.key.startswith("company:")):
            continue
        if _patterns()[0].search(text, max(begin, org.start - 60), org.start):
            return org, "project-company-part"
        sold = _patterns()[1].search(text, begin, org.start)
        if sold and sold.start() < project.start < org.start or project.end <= org.start and (
                _patterns()[3].search(text, begin, project.start)
                and _patterns()[4].match(text, project.end, org.start)
                or _patterns()[5].match(text, project.end, org.start)):
            return org, "project-company-buyer"
    return None


def item_business(text: str, organizations: list[Mention], end: int,
                  item_end: int) -> Mention | None:
    """The one business a list item's sentences after a project's (``end`` to ``item_end``)
    name, where a sentence opens with it: "4. A tungsten plant at the X deposit. Y LLP has
    completed exploration." (Y's plant).

    >>> t = "4. A tungsten plant. Orda LLP has finished exploration."
    >>> orda = Mention(21, 29, "Orda LLP", "organization", "r", "company:Orda")
    >>> item_business(t, [orda], 20, len(t)).text
    'Orda LLP'
    """
    named = [o for o in organizations if end <= o.start < item_end and o.key.startswith(
        "company:")]
    if len({o.key for o in named}) != 1 or not text[:named[0].start].rstrip().endswith(
            (".", "!", "?")):
        return None
    return named[0]


@cache
def _patterns() -> tuple[re.Pattern, ...]:
    """The words before a group's part ("through its subsidiary", "its Kazakh unit,", "X's
    subsidiary"), before the buyer of a stake ("sold its 60% stake in X to"), before who took a
    project over, and around a project sold ("sold a bankrupt pasta factory in Y, Z region,
    to", "a plant in Y, Z region, was sold in 2021 to")."""
    parts = "|".join(map(re.escape, reference.rules()["org_part_nouns"]))
    return (re.compile(rf"\b(?:[Tt]hrough\s+)?(?:its|their|['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
                       rf"(?:{parts})\s*,?\s*$"),
            re.compile(r"\bsold\s+(?:its|their|a|the)\s+[^.;]{0,30}?\b(?:stake|share|interest)\s+"
                       r"in\s+[^.;]{1,120}?\s+to\s+(?:the\s+)?$"),
            re.compile(r"\b(?:taken\s+over|bought|acquired|purchased|revived|restarted)\s+by\s+"
                       r"(?:the\s+)?$"),
            re.compile(r"\bsold\s+(?:(?:its|their|an?|the)\s+)?(?:[\w-]+\s+){0,3}$"),
            re.compile(r"(?:(?:\s+in|,)\s+[^.;:()]{1,60}?)?,?\s+to\s+(?:the\s+)?$"),
            re.compile(r"(?:(?:\s+in|,)\s+[^.;:()]{1,60}?)?,?\s+(?:was|were|has\s+been|had\s+been)"
                       r"\s+sold\s+(?:in\s+[\w ]{1,20}?\s+)?to\s+(?:the\s+)?$"))
