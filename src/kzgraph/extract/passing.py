"""Facilities a text names only in passing: no project of the article's.

A plant the text denies ("goods that no local plant makes"), calls existing ("whose existing
pipe plant"), or names as where goods go or come from ("supplied equipment to the Shymkent
refinery", "takes copper from the Ekibastuz smelter") is a customer, a supplier or an asset,
which the corpus does not count as a project. Its own module: projects.py and mentions.py are
at the 400-line limit.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention
from . import reference


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
        _denied().search(before) or _trade().search(before))


@cache
def _denied() -> re.Pattern:
    words = "|".join(map(re.escape, reference.rules()["project_passing_words"]))
    return re.compile(rf"\b(?:{words})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@cache
def _trade() -> re.Pattern:
    verbs = reference.rules()["passing_trade_verbs"]
    to = "|".join(map(re.escape, verbs["to"]))
    source = "|".join(map(re.escape, verbs["from"]))
    # in the sentence: right after "to" or "from", or the customer's or supplier's own ("to X,
    # the largest producer, whose oil field facility")
    return re.compile(rf"\b(?:(?:{to})\b[^.;]*?\bto|(?:{source})\b[^.;]*?\bfrom)(?:\s+(?:the|a|an))?\s+$"
                      rf"|\b(?:(?:{to})\b[^.;]*?\bto|(?:{source})\b[^.;]*?\bfrom)\b[^.;]*?,\s+whose\s+$",
                      re.IGNORECASE)
