"""Regular expressions for lists of names, as the name finders match them.

``flex`` writes one name so that spelling variants match it, ``fold`` is the form two such
variants share (to look a matched surface up), ``alternation`` joins many names so that the
regex engine tries only those that can start where it is, ``starts_with`` is a look-ahead
on first characters that lets a pattern be tried at fewer places, and ``Caseless`` searches
ASCII text for a case-insensitive pattern without folding each character.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable


def flex(name: str) -> str:
    """A regex for a name that tolerates hyphen/space variation, typographic apostrophes and
    the two romanisations of Russian я ("-skaja" / "-skaya").

    >>> bool(re.fullmatch(flex("Akmolinskaja oblast'"), "Akmolinskaya oblast’"))
    True
    """
    parts = re.split(r"[\s-]+", name.strip())
    return r"[\s-]+".join(
        re.sub(r"(?<=[a-z])[jy]a", "[jy]a", re.escape(p)).replace("'", "['’]") for p in parts
    )


_LATIN = [chr(code) for code in range(0xC0, 0x250)]  # Latin-1 and Latin Extended-A and -B
UPPER = string.ascii_uppercase + "".join(c for c in _LATIN if c.isupper())
"""The capital letters of Latin names, for a character class: A-Z and "Ö", "İ", "Ł", "Ş"...
(investors' and their managers' names are Turkish, German, Polish as often as English)."""
LOWER = string.ascii_lowercase + "".join(c for c in _LATIN if c.islower())
"""The small letters of Latin names, for a character class: a-z and "ö", "ı", "ł", "ş"..."""


SPACES = re.compile(r"[\s-]+")
_YA = re.compile(r"(?<=[a-z])ya")


def fold(name: str) -> str:
    """A name as ``flex`` compares it: spaces and hyphens, apostrophes and я folded.

    >>> fold("Akmolinskaya  oblast’")
    "akmolinskaja oblast'"
    """
    return _YA.sub("ja", SPACES.sub(" ", name).replace("’", "'").lower())


def folded(table: dict[str, str]) -> dict[str, str]:
    """``table`` keyed by folded names, to look up a surface form that ``flex`` matched; where
    two names fold alike, the first in the table's order wins.

    >>> folded({"Akmolinskaya": "region/akmola", "akmolinskaja": "other"})
    {'akmolinskaja': 'region/akmola'}
    """
    result: dict[str, str] = {}
    for name, key in table.items():
        result.setdefault(fold(name), key)
    return result


def alternation(names: Iterable[str]) -> str:
    """A regex for any of ``names`` (each as ``flex`` writes it), the longest tried first.

    The names are grouped by initial, each group behind a look-ahead on it (one group for the
    initials that are not ASCII letters or digits), and the whole behind a look-ahead on any of
    them, so that the regex engine tries only the names that can start where it is. A name
    matches only where its group's look-ahead holds and no two look-aheads hold at one place,
    so the name that matches is the one a plain alternation would give. If an initial that is
    not ASCII can match an ASCII letter (the Kelvin sign matches "k" when case is ignored), the
    names stay a plain alternation.

    >>> alternation(["Abai", "Oral", "Aktobe"])
    '(?=[AOao])(?:(?=[Aa])(?:Aktobe|Abai)|(?=[Oo])(?:Oral))'
    >>> alternation(["Abai", "«Baiterek»"])
    '(?=[Aa]|(?![A-Za-z0-9]))(?:(?![A-Za-z0-9])(?:«Baiterek»)|(?=[Aa])(?:Abai))'
    >>> alternation(["\u212aazakh", "Abai"]) == "\u212aazakh|Abai"
    True
    """
    ordered = sorted(set(names), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    initials = ""
    for name in ordered:
        initial = name.strip()[:1]
        if initial.isascii() and initial.isalnum():
            guard = f"(?=[{initial.upper()}{initial.lower()}])"
            initials += initial.upper() + initial.lower()
        elif initial and not _ASCII_ALNUM.match(initial):
            guard = _OTHER_INITIAL
        else:
            return "|".join(flex(n) for n in ordered)
        groups.setdefault(guard, []).append(flex(name))
    any_initial = [f"[{''.join(sorted(set(initials)))}]"] if initials else []
    if _OTHER_INITIAL in groups:
        any_initial.append(_OTHER_INITIAL)
    grouped = "|".join(f"{guard}(?:{'|'.join(group)})" for guard, group in groups.items())
    return f"(?={'|'.join(any_initial)})(?:{grouped})"


_ASCII_ALNUM = re.compile("[A-Za-z0-9]", re.IGNORECASE)
_OTHER_INITIAL = "(?![A-Za-z0-9])"


def starts_with(words: Iterable[str]) -> str:
    """A look-ahead on the first characters of ``words``. Put first in a pattern that must
    start with one of them, it only makes the search faster: the regex engine then tries the
    rest of the pattern at far fewer places.

    >>> starts_with(["Minister", "akim", "Mayor"])
    '(?=[Ma])'
    """
    return f"(?=[{''.join(sorted({re.escape(w[0]) for w in words}))}])"


class Caseless:
    """Whether a case-insensitive pattern is found in a text, faster where both are ASCII.

    Where the pattern is written in lowercase ASCII and the text is ASCII, a case-sensitive
    copy of the pattern searches the text in lowercase, which finds the same (for ASCII,
    ignoring case is comparing lowercase letters, and lowercasing keeps every offset) several
    times faster: the engine compares characters without folding each one. Other texts (and
    other patterns) are searched by the pattern itself.

    >>> plant = Caseless(re.compile(r"\\bplants?\\b", re.IGNORECASE))
    >>> plant.found("A new PLANT."), plant.found("Planting"), plant.found("Ünited plant")
    (True, False, True)
    """

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        text = pattern.pattern
        self._lowercase = (re.compile(text, pattern.flags & ~re.IGNORECASE)
                           if pattern.flags & re.IGNORECASE and text.isascii()
                           and text == text.lower() else None)

    def found(self, text: str) -> bool:
        if self._lowercase is not None and text.isascii():
            return self._lowercase.search(text.lower()) is not None
        return self.pattern.search(text) is not None
