"""How a prediction and a gold item are compared as text: folded, found as whole words, dated.

The rules are the corpus README's; ``evaluate`` applies them category by category.
"""

from __future__ import annotations

import re
import unicodedata

_QUARTER = re.compile(r"(\d{4})-Q([1-4])")


def normalise(text: str) -> str:
    """Fold a string for comparison: NFKC, case-folded, punctuation and spaces collapsed.

    >>> normalise('  "Baiterek"  Holding ')
    'baiterek holding'
    >>> normalise("ＮＣ Kazakhstan Temir-Zholy JSC.")
    'nc kazakhstan temir zholy jsc'
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


def occurs(keyword: str, text: str) -> bool:
    """Whether a keyword occurs in a text as whole words, after normalising both.

    >>> occurs("Coke Calcination", "Units of Coke-Calcination Refinery")
    True
    >>> occurs("ore", "more plants")
    False
    """
    word = normalise(keyword)
    return bool(word) and f" {word} " in f" {normalise(text)} "


def gold_date(value: str) -> str:
    """A gold date value in the form predictions take; a period is ``start/end``.

    >>> gold_date("2014-Q1"), gold_date("2010/2014"), gold_date(" 2016-12-06 ")
    ('2014-01/2014-03', '2010/2014', '2016-12-06')
    """
    value = str(value).strip()
    quarter = _QUARTER.fullmatch(value)
    if quarter:
        year, q = quarter.group(1), int(quarter.group(2))
        return f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}"
    return "/".join(part.strip() for part in value.split("/"))
