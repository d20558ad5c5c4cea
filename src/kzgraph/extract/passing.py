"""Facilities named in passing, which are no projects (the corpus README: a customer's or a
supplier's plant, a plant that merely exists): a facility the text calls "existing" ("the
existing Semey Machine-Building Plant, which received orders"), one that goods or power go to
("The milk goes to the X dairy plant", "will carry power to the Y refinery"; not a new one),
and a facility word inside a program's name ("the Concept for the Development of the Fuel and
Energy Complex"). With the model and without; a module of its own because mentions.py is at
the line limit.
"""

from __future__ import annotations

import re

from ..model import Mention

_EXISTING = re.compile(r"\bexisting\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_EXISTING_IN = re.compile(r"\s*existing\b", re.IGNORECASE)
# a verb of supplying, then (within its clause) "to" right before the facility
_SUPPLIED = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|sell(?:s|ing)?|sold|"
                       r"go(?:es|ing)?|went|carr(?:y|ies|ied|ying)|ship(?:s|ped|ping)?|"
                       r"send(?:s|ing)?|sent)\b[^.;:]{0,80}?\bto\s+(?:the\s+)?$", re.IGNORECASE)
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
    return [m for m in found if not _in_passing(text, m, programs)]


def _in_passing(text: str, m: Mention, programs: list[Mention]) -> bool:
    before = text[max(0, m.start - 120):m.start]
    return (any(p.start <= m.start and m.end <= p.end for p in programs)
            or bool(_EXISTING.search(before[-40:]) or _EXISTING_IN.match(m.text))
            or bool(_SUPPLIED.search(before) and not _NEW.search(m.text)))
