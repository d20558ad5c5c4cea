"""Figures of a change, and parts of a count. "Capacity rises from 1.2 million to 2.5 million tonnes
a year" states two capacities, the first written without its unit: it takes the unit of the
figure it changes to (and its scale where it has none and is the smaller number: "from 2.5 to 4
million tons"); so does the figure after "up from" or "down from" ("90,000 vehicles a year, up
from 60,000"; its scale where it has none: "$2 billion, down from 2.5"). A part of a count of
projects is a count too: "Fourteen of the 87 projects", "Four of the projects".
"""

from __future__ import annotations

import re

from ..model import Mention, Value
from ..namespaces import XSD
from . import reference
from .numbers import NUMBER, parse_number, plain
from .numbers import quantities as figures

FROM = "quantity-change-from"
"""The rule of a figure a change starts from: the article reports it; it is no project's figure
(a plant's capacity is what it changes to)."""
_FROM = re.compile(rf"(?<![\w-])from\s+{NUMBER}\s+to\s+$", re.IGNORECASE)
_SCALE = re.compile(NUMBER, re.IGNORECASE)
_UP_FROM = re.compile(rf"(?:\s+[a-z]+){{0,3}},?\s+(?:up|down)\s+from\s+{NUMBER}"
                      r"(?![\w.,]*\s*(?:%|percent|per\s+cent))", re.IGNORECASE)


def quantities(text: str) -> list[tuple[Mention, Value]]:
    """``numbers.quantities`` and the figures a change starts from.

    >>> [(m.text, v.lexical, v.unit) for m, v in quantities(
    ...     "from 400,000 to 600,000 tonnes a year; from 2.5 to 4 million tons; 90,000 vehicles a "
    ...     "year, up from 60,000")]  # doctest: +NORMALIZE_WHITESPACE
    [('400,000', '400000', 't/year'), ('600,000 tonnes', '600000', 't/year'),
     ('2.5', '2500000', 't/year'), ('4 million tons', '4000000', 't/year'),
     ('90,000 vehicles', '90000', 'units/year'), ('60,000', '60000', 'units/year')]
    """
    found = figures(text)
    starts = []
    for m, value in found:
        match = _FROM.search(text, max(0, m.start - 60), m.start) or _UP_FROM.match(text, m.end)
        to = _SCALE.search(m.text)
        if match is None or to is None or any(
                o.start < match.end("num") and match.start("num") < o.end for o, _ in found):
            continue
        scale = match["scale"]
        if scale is None and to["scale"] and (match.re is _UP_FROM or (
                parse_number(match["num"]) < parse_number(to["num"]))):
            scale = to["scale"]  # "from 2.5 to 4 million", "$2 billion, down from 2.5": both
        number = parse_number(match["num"], scale)
        end = match.end("scale") if match["scale"] else match.end("num")
        start = match.start("num")
        starts.append((Mention(start, end, text[start:end], "quantity", FROM, value.unit),
                       Value(plain(number), value.datatype, value.unit)))
    return sorted(found + starts + _parts(text, found), key=lambda pair: pair[0].start)


_NUMBER_BEFORE = re.compile(rf"(?<![\w.,-]){NUMBER}\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"(?:\d[\d,]*\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)


def _parts(text: str, found: list[tuple[Mention, Value]]) -> list[tuple[Mention, Value]]:
    """The parts of a count of projects: "Fourteen of the 87 projects", "four of the plants"."""
    nouns = reference.rules()["count_nouns"]["projects"]
    parts = []
    at = text.find(" of the ")
    while at >= 0:  # a number before each " of the ", a count noun after it
        match = _NUMBER_BEFORE.search(text, max(0, at - 40), at + 1)
        noun = _NOUN_AFTER.match(text, at + 8)
        at = text.find(" of the ", at + 1)
        if match is None or noun is None or noun["noun"].lower() not in nouns:
            continue
        start, end = match.start("num"), match.end("scale") if match["scale"] else match.end("num")
        if any(m.start < end and start < m.end for m, _ in found):
            continue
        number = parse_number(match["num"].lower(), match["scale"])
        if number > 1:
            parts.append((Mention(start, end, text[start:end], "quantity", "count-part-of",
                                  "projects"),
                          Value(plain(number), XSD + "decimal", "projects")))
    return parts
