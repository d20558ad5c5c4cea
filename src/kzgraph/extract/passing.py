"""Facilities a text names only in passing: no projects of the article's (the corpus README: a
customer's or a supplier's plant, a plant that merely exists).

A plant the text denies ("goods that no local plant makes") or calls existing ("the existing
Aksu mill", "whose existing pipe plant"); one that goods or power go to or come from ("supplied
pumps to the Shymkent refinery", "The milk goes to the X dairy plant", "takes copper from the
Ekibastuz smelter"; not a new one: "will supply equipment to the new plant"), also a customer's
or a supplier's own after "whose"; a site another facility stands at ("a plant at the Zhaksy
deposit") or equipment it uses ("using an electric arc furnace"); and a facility word inside a
program's name ("the Concept for the Development of the Fuel and Energy Complex"). With the
model and without.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention
from . import reference
from .alternation import Caseless

_NEW = re.compile(r"\b(?:new|future|planned)\b", re.IGNORECASE)


def projects(text: str, found: list[Mention], programs: list[Mention]) -> list[Mention]:
    """The project mentions ``found`` but those named in passing (see the module docstring).

    >>> t = "The milk goes to the Berkut dairy plant. The existing Aksu mill was sold."
    >>> plant = Mention(21, 39, "Berkut dairy plant", "project", "t", "Berkut dairy plant")
    >>> mill = Mention(54, 63, "Aksu mill", "project", "t", "Aksu mill")
    >>> projects(t, [plant, mill], [])
    []
    >>> t = "Kaz LLP will supply equipment to the new Berkut dairy plant."
    >>> plant = Mention(41, 59, "Berkut dairy plant", "project", "t", "Berkut dairy plant")
    >>> projects(t, [plant], []) == [plant]
    True
    """
    return [m for m in found if not in_passing(text, m) and not _site(text, m, found)
            and not any(p.start <= m.start and m.end <= p.end for p in programs)]


_AT_THE = re.compile(r"\s+(?:at|on|along|near)\s+the\s+")
_AT_THE_BEFORE = re.compile(r"(?<![\w-])[Aa]t\s+the\s+$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _site(text: str, m: Mention, found: list[Mention]) -> bool:
    """Whether ``m`` is the site another project stands at ("a pelletizing plant at the Zhaksy
    iron ore deposit", "a logistics centre on the Semey bypass road", "At the Kyzyltas deposit,
    X is building a plant"), no project itself."""
    if m.text.split()[-1].lower() not in reference.rules()["project_site_heads"]:
        return False
    if any(p.end < m.start and _AT_THE.fullmatch(text, p.end, m.start) for p in found):
        return True
    return bool(_AT_THE_BEFORE.search(text, max(0, m.start - 8), m.start)) and any(
        p.start > m.end and not _SENTENCE_END.search(text, m.end, p.start) for p in found)


def in_passing(text: str, m: Mention) -> bool:
    """Whether the project mention ``m`` is a facility named only in passing.

    >>> t = "Imports are machines that no local plant makes."
    >>> in_passing(t, Mention(29, 40, "local plant", "project", "t", "local plant"))
    True
    >>> in_passing(t, Mention(26, 40, "no local plant", "project", "t", "no local plant"))
    True
    >>> t = "X supplied pumps to the Shymkent oil refinery of Y. Z built a cement plant."
    >>> in_passing(t, Mention(24, 45, "Shymkent oil refinery", "project", "t", "oil refinery"))
    True
    >>> in_passing(t, Mention(62, 74, "cement plant", "project", "t", "cement plant"))
    False
    >>> t = "X sells pipes to Y, an oil producer, whose field facility was modernised."
    >>> in_passing(t, Mention(43, 57, "field facility", "project", "t", "field facility"))
    True
    """
    leading = {w.lower() for w in m.text.split()[:3][:-1]}  # "since no local plant"
    before = text[max(0, m.start - 200):m.start]
    return not leading.isdisjoint(reference.rules()["project_passing_words"]) or bool(
        _denied().search(before)) or bool(_trade().found(before) and not _NEW.search(m.text)) or bool(
        _used().search(before))


@cache
def _used() -> re.Pattern:
    """What a plant works with: "to make steel using direct reduction and an electric arc
    furnace" names equipment, no project."""
    words = "|".join(map(re.escape, reference.rules()["project_equipment_words"]))
    return re.compile(rf"\b(?:{words})\s+(?:[\w-]+\s+){{0,4}}$", re.IGNORECASE)


@cache
def _denied() -> re.Pattern:
    words = "|".join(map(re.escape, reference.rules()["project_passing_words"]))
    return re.compile(rf"\b(?:{words})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)


@cache
def _trade() -> Caseless:
    verbs = reference.rules()["passing_trade_verbs"]
    to = "|".join(map(re.escape, verbs["to"]))
    source = "|".join(map(re.escape, verbs["from"]))
    # in the sentence: right after "to" or "from", or the customer's or supplier's own ("to X,
    # the largest producer, whose oil field facility")
    return Caseless(re.compile(
        rf"\b(?:(?:{to})\b[^.;]*?\bto|(?:{source})\b[^.;]*?\bfrom)(?:\s+(?:the|a|an))?\s+$"
        rf"|\b(?:(?:{to})\b[^.;]*?\bto|(?:{source})\b[^.;]*?\bfrom)\b[^.;]*?,\s+whose\s+$",
        re.IGNORECASE))
