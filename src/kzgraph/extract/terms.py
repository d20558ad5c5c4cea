"""One-word names the model calls organizations that name none: a heading alone on its line in
capitals ("PROFILE", "INTERVIEW" above a story), a technical term's acronym its sentence
spells out in lowercase words ("UAN (urea ammonium nitrate) solution"; a business's acronym is
spelled out in capitals: "KTZ (Kazakhstan Temir Zholy)"), and a facility's acronym the text
brackets after the facility's words ("a combined-cycle gas turbine (CCGT)", "the Tupkaragan
Wind Project (TWP)", "Mugalzhar Concentrator expansion (MCX)"), wherever it stands; and a word
whose capital is only its line's or sentence's, modifying the lowercase words after it ("•
Tomato paste plant near Ushtobe"), that the text writes nowhere else.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from . import reference
from .text import word_starts

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPELLED_OUT = re.compile(r"\s*\(\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*)+\s*\)")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_MARKER = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-–•*])[ \t]+)?")  # "1. ", "• " opening a line


def no_business(token: Token) -> bool:
    """Whether a one-word name is a heading or a term's acronym (see the module docstring)."""
    text, start = token.doc.text, token.idx
    end = start + len(token.text)
    if _SPELLED_OUT.match(text, end) or token.text.isupper() and facility_acronym(text, token.text):
        return True
    if token.text.isupper():
        return a_heading(start, end, text)
    line_start = text.rfind("\n", 0, start) + 1
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return bool(following and following.is_lower and token.dep_ in ("compound", "amod", "nmod")
                and token.head.i > token.i and (  # a modifier of the noun after it
                    token.is_sent_start or _MARKER.fullmatch(text, line_start, start))) and len(
        list(word_starts(token.text, text))) == 1


def heading(tokens: list[Token]) -> bool:
    """Whether a run of the model's tokens is a line of its own in capitals (``a_heading``)."""
    return a_heading(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), tokens[0].doc.text)


def a_heading(start: int, end: int, text: str) -> bool:
    """Whether ``text[start:end]`` is a line of its own in capitals: a heading.

    >>> t = "FARMER TO FARMER\\n\\nIn this column KAZ MINERALS said"
    >>> a_heading(0, 16, t), a_heading(32, 44, t)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    return text[start:end].isupper() and not text[line_start:start].strip() and bool(
        _LINE_END.match(text, end))


def facility_acronym(text: str, acronym: str) -> bool:
    """Whether a text brackets ``acronym`` after the words of a facility: a facility's word
    last (``project_heads``, or expansion, stage, phase), or lowercase words it is the
    initials of.

    >>> facility_acronym("a combined-cycle gas turbine (CCGT) plant", "CCGT")
    True
    >>> facility_acronym("Eurasian Resources Group (ERG) said", "ERG")
    False
    """
    for bracketed in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        words = _WORD.findall(text, max(0, bracketed.start() - 80), bracketed.start())
        last = words[-len(acronym):]
        if words and (words[-1].lower() in _facility_words() or len(last) == len(acronym) and all(
                w.islower() for w in last) and "".join(w[0] for w in last) == acronym.lower()):
            return True
    return False


_WORD = re.compile(r"[A-Za-z]+")


@cache
def _facility_words() -> frozenset[str]:
    return frozenset([*reference.rules()["project_heads"], "expansion", "stage", "phase"])
