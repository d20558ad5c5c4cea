"""The year of months a text names: a period of months ("January-September 2023"), and a month
named without its year, which news reads against the publication date ("was opened in
December" in a January article is last December; "will open in December" is this one)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..model import Value
from ..namespaces import XSD
from . import reference

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def number(name: str) -> int:
    """The month's number from its name or its first three letters."""
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name.lower()[:3]))


def year_of(text: str, start: int, month: int, published: date | None) -> int | None:
    """The year of a month named at ``start`` without one: the publication year, or the year
    before where that month had not yet come at publication and its sentence tells of what was
    done, not of what is to come (read up to the month, or after it where the words before say
    neither: "On December 6 the akim opened a mill").

    >>> jan = date(2024, 1, 25)
    >>> text = "The plant was opened in December. A second will open in December."
    >>> year_of(text, 24, 12, jan), year_of(text, 57, 12, jan), year_of(text, 24, 1, jan)
    (2023, 2024, 2024)
    >>> year_of("On December 6 the akim opened a mill.", 3, 12, jan)
    2023
    """
    if published is None:
        return None
    if month <= published.month:
        return published.year
    begin = max(text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    end = min(i for i in (text.find(". ", start), text.find("\n", start), len(text)) if i >= 0)
    done, to_come = _tense()
    for words in (text[begin:start], text[start:end]):
        if to_come.search(words):
            return published.year
        if done.search(words):
            return published.year - 1
    return published.year


@cache
def _tense() -> tuple[re.Pattern, re.Pattern]:
    """The words that tell of what was done (``month_year_words``, and a word in -ed but
    "hundred" or one in -eed) and of what is to come: "will open in", "is due in", "by"."""
    words = reference.rules()["month_year_words"]
    done, to_come = ("|".join(words[k]) for k in ("done", "to_come"))
    return (re.compile(rf"\b(?:{done})\b|\b(?!hundred\b)[a-z]{{2,}}(?<!e)ed\b", re.IGNORECASE),
            re.compile(rf"\b(?:{to_come})\b", re.IGNORECASE))


def period(g: dict, year: int | None, published: date | None) -> Value | None:
    """The period of months a "January-September 2023" or "from January to March" says: of
    the year after them, or else of the publication year where its months have begun by then;
    None for months out of order ("December-February" spans two years) or with no year to take.

    >>> v = period({"month": "Jan", "month2": "September", "y": "2023"}, None, None)
    >>> v.lexical, v.end
    ('2023-01', '2023-09')
    >>> period({"month": "January", "month2": "October", "y": None}, 2024, date(2024, 11, 5)).end
    '2024-10'
    >>> period({"month": "May", "month2": "April", "y": "2023"}, 2024, None) is None
    True
    """
    first, last = number(g["month"]), number(g["month2"])
    if g["y"]:
        year = int(g["y"])
    elif not (published and last <= published.month):
        return None
    if first >= last or year is None:
        return None
    return Value(f"{year}-{first:02d}", XSD + "gYearMonth", end=f"{year}-{last:02d}")
