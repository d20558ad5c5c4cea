"""The shared pass over an article's text: its words and where each starts, read once.

Most finders' patterns can only start where a word does, and only at some words: a month's
name, a title, a number, a name of a gazetteer. Instead of each finder scanning the whole text
with each of its patterns, ``scan(text)`` reads the text's words once (the finders of one
article share it) and ``Starts`` says at which of them a pattern is tried: by the first two
characters of the words it can start with (``Starts.of``). ``matches`` then tries the pattern
at those offsets alone and gives what ``pattern.finditer(text)`` gives.

A pattern served so must start at the start of a word (``\\w+``), which a ``\\b`` or a
``(?<![\\w-])`` before its first letter or digit guarantees.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"(?<!\d)\d")
# the characters that are no ASCII letter but match one where case is ignored (İ, ı, ſ and the
# Kelvin sign), and the one that is no word character but matches one (the combining iota,
# ι): in a text with one, a caseless pattern is tried everywhere
_CASE_ALIKE = re.compile("[\u0130\u0131\u017f\u212a\u0345]")


@dataclass(frozen=True)
class Starts:
    """The words a pattern can start at: those whose first two characters are in ``pairs``, or
    whose first is in ``firsts`` (the words it can start with that have no second word
    character), in lowercase where ``caseless``; and where ``foreign``, every word that starts
    with a character that is not ASCII.

    >>> starts = Starts.of(["Akmola", "Abai", "A-Z", "in"], caseless=True)
    >>> sorted(starts.pairs), sorted(starts.firsts)
    (['ab', 'ak', 'in'], ['a'])
    """

    pairs: frozenset[str]
    firsts: frozenset[str]
    caseless: bool
    foreign: bool = False

    @classmethod
    def of(cls, words: Iterable[str], *, caseless: bool = False) -> Starts:
        """The starts of ``words`` (each as a pattern matches it: its first two characters are
        the same in every spelling it accepts, and the first is a letter or a digit)."""
        pairs, firsts = set(), set()
        for word in words:
            word = word.lower() if caseless else word
            if not _WORD.match(word[:1]):
                raise ValueError(f"a word that starts with no word character: {word!r}")
            if len(word) > 1 and _WORD.match(word[1]):
                pairs.add(word[:2])
            else:
                firsts.add(word[:1])
        return cls(frozenset(pairs), frozenset(firsts), caseless)

    @classmethod
    def of_names(cls, names: Iterable[str], *, caseless: bool = False) -> Starts | None:
        """The starts of names as ``alternation.flex`` writes them (a space or a hyphen after
        the first letter may be either, "-ya" also "-ja"); None where one can start with no
        word character (the pattern is then tried everywhere). Ignoring case, a letter that is
        not ASCII may match others than its lowercase: one first makes every word that starts
        with such a letter a start, one second leaves the first letter alone.

        >>> sorted(Starts.of_names(["Kyzylorda", "Ayaguz", "E-Commerce"]).pairs)
        ['Aj', 'Ay', 'Ky']
        >>> Starts.of_names(["«Baiterek»"])
        >>> Starts.of_names(["Türkistan", "Öskemen"], caseless=True)
        Starts(pairs=frozenset(), firsts=frozenset({'t'}), caseless=True, foreign=True)
        """
        words, foreign = [], False
        for name in names:
            name = name.strip()
            if not _WORD.match(name[:1]):
                return None
            if caseless and not name[:1].isascii():
                foreign = True
                continue
            words.append(name[:1] if caseless and not name[1:2].isascii() else name)
            if name[1:2] in ("j", "y") and name[2:3] == "a":
                words.append(name[:1] + ("y" if name[1] == "j" else "j"))
        starts = cls.of(words, caseless=caseless)
        return cls(starts.pairs, starts.firsts, caseless, foreign)


class Scan:
    """One text's words, by their first characters (``scan`` makes it once per text).

    >>> s = Scan("In May, the plant in Aktobe; since 2019, 3Q")
    >>> s.at(Starts.of(["in", "since"], caseless=True))
    [0, 18, 29]
    >>> s.at(Starts.of(["May"])), s.digits
    ([3], [35, 41])
    """

    def __init__(self, text: str) -> None:
        self.text = text
        by_pair: dict[str, list[int]] = {}
        for match in _WORD.finditer(text):
            pair = match.group()[:2]
            if pair in by_pair:
                by_pair[pair].append(match.start())
            else:
                by_pair[pair] = [match.start()]
        self._by_pair = by_pair

    @cached_property
    def _by_lower_pair(self) -> dict[str, list[int]]:
        lowered: dict[str, list[int]] = {}
        for pair, starts in self._by_pair.items():
            lowered.setdefault(pair.lower(), []).extend(starts)
        return lowered

    @cached_property
    def _case_alike(self) -> bool:
        return case_alike(self.text)

    @cached_property
    def digits(self) -> list[int]:
        """Where a run of digits starts (also inside a word: "3Q", "a2019")."""
        return [match.start() for match in _DIGITS.finditer(self.text)]

    def at(self, starts: Starts) -> list[int] | None:
        """The offsets (ascending) of the words ``starts`` allows; None where a caseless
        pattern must be tried everywhere (``_CASE_ALIKE``)."""
        if starts.caseless:
            if self._case_alike:
                return None
            by_pair = self._by_lower_pair
        else:
            by_pair = self._by_pair
        found = [i for pair in starts.pairs if pair in by_pair for i in by_pair[pair]]
        if starts.firsts or starts.foreign:
            found += [i for pair, offsets in by_pair.items() if pair not in starts.pairs and (
                pair[:1] in starts.firsts or starts.foreign and not pair[:1].isascii())
                for i in offsets]
        return sorted(found)


def case_alike(text: str) -> bool:
    """Whether ``text`` has a character that, where case is ignored, matches a word character
    other than its lowercase (``_CASE_ALIKE``): comparing lowercase words does not then find
    all that a caseless pattern finds.

    >>> case_alike("Five-year plan"), case_alike("F\u0131ve-year plan")
    (False, True)
    """
    return not text.isascii() and _CASE_ALIKE.search(text) is not None


@lru_cache(maxsize=8)  # the finders of one article ask for the same text's
def scan(text: str) -> Scan:
    """The shared pass over ``text``."""
    return Scan(text)


def matches(pattern: re.Pattern, text: str, starts: list[int] | None) -> Iterator[re.Match]:
    """What ``pattern.finditer(text)`` gives, for a pattern that matches only at ``starts``
    (ascending; None: anywhere) and never matches an empty string: trying it at those offsets
    alone is faster than scanning the whole text for where it starts.

    >>> [m.group() for m in matches(re.compile("[0-9]+ t"), "5 t, 12 t 7 t", [0, 5, 6, 10])]
    ['5 t', '12 t', '7 t']
    """
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            yield match
            end = match.end()


class Cued:
    """A pattern that can start only at the words ``starts`` allows (None: anywhere),
    searched through the shared pass: ``finditer`` gives what the pattern's own gives.

    >>> month = Cued(re.compile(r"\\b(?:May|June) \\d+"), Starts.of(["May", "June"]))
    >>> [m.group() for m in month.finditer("Mayor said: May 5, June 6")]
    ['May 5', 'June 6']
    """

    def __init__(self, pattern: re.Pattern, starts: Starts | None) -> None:
        self.pattern = pattern
        self.starts = starts

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self.starts is None:
            return self.pattern.finditer(text)
        return matches(self.pattern, text, scan(text).at(self.starts))
