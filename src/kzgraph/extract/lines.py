"""A production line is a project where a sentence adds it: "launched a second pasta line",
"started a line producing juice", "a line for oncology drugs is planned" (its status is read
where ``projects`` reads one), not a "credit line" nor "the new line" told of before.
"""

from __future__ import annotations

import re
from functools import cache

from . import reference

_ADDED = re.compile(r"(?i:\b(?:an?\s+(?:second|third|fourth|fifth|new|further|additional)|another"
                    r"|(?:start|launch|open|commission)\w*\s+an?)\s+)$")
_THE = re.compile(r"(?i:\bthe\s+(?:new\s+)?)$")


def of_a_product(modifiers: list[str], product: str) -> bool:
    """Whether a line's words name what it makes: modifiers ("pasta line") or a product after
    it ("a line for X"), but none of ``line_not_modifiers`` ("credit line").

    >>> of_a_product(["pasta"], ""), of_a_product([], "oncology drugs"), of_a_product(["credit"], "")
    (True, True, False)
    """
    return bool(modifiers or product) and _not_line_words().isdisjoint(
        m.lower() for m in modifiers)


def added(sentence: str, start: int, said: str) -> bool:
    """Whether a sentence adds the line starting at ``start``: the words before it ("a second",
    "another", "started a"), or the status ``said`` of a line it does not call "the" line.

    >>> added("Orda launched a second pasta line", 23, ""), added("The new pasta line", 8, "")
    (True, False)
    >>> added("A pasta line is planned", 2, "planned"), added("the new line was launched", 8, "launched")
    (True, False)
    """
    return _ADDED.search(sentence, 0, start) is not None or bool(said) and (
        _THE.search(sentence, 0, start) is None)


@cache
def _not_line_words() -> frozenset[str]:
    return frozenset(reference.rules()["line_not_modifiers"])
