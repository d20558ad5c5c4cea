"""Text-level helpers: sentence boundaries, list items, the dateline, slugs for IRIs.

All functions work on the original text and return offsets into it, so every fact keeps the
exact span it came from.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from ..model import Mention, Sentence

# A sentence ends at . ! ? (optionally followed by a closing quote) before white space and a
# capital, digit or opening quote; or at a blank line or a line that starts a list's item.
# Initials ("N. Nazarbayev") and common abbreviations do not end a sentence.
_END = re.compile(r"[.!?][\"”’']?(?=\s+[\"“‘«(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z0-9\"“])"
                  r"|\n(?=[ \t]*[-–•*][ \t])")  # or before a list's item ("- a plant of X")
_ABBREVIATIONS = (r"Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co|Corp|No|Nos|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
                  r"|Sep|Sept|Oct|Nov|Dec|bln|mln|tn|B\.V|U\.S|e\.g|i\.e|approx").split("|")
_NO_BREAK_BEFORE = re.compile(rf"(?:\b[A-Z]|\b(?:{'|'.join(_ABBREVIATIONS)}))\.$")
# how far before a full stop _NO_BREAK_BEFORE can start (an abbreviation is no longer than
# the regex that writes it)
_NO_BREAK_REACH = max(map(len, _ABBREVIATIONS))
_DATELINE = re.compile(
    r"\s*(?:date \d{4}-\d{2}-\d{2}\s+)?"
    r"(?P<line>[A-Z][A-Z\-]+(?:[ ,][A-Za-z][A-Za-z\-]+)?"
    r"(?:\.\s*[A-Z]{3,}|,\s*[A-Z][a-z]+)?"
    r"(?:,?\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?"  # a date
    r"(?:\s*\([A-Za-z]+\))?\s*(?:[-–—,]|\.))"  # "ASTANA (TCA) —", "X, 12 May (KazTAG) –"
)
# An author's line above the story: "By Aigerim Tulegenova in Business on 19 May 2022".
_BYLINE = re.compile(r"\s*By[ \t]+[A-Z][^\n.!?]{0,100}\n")
# A dateline on a line of its own: "Astana, Kazakhstan • 28 August, 2023 | 19:04".
_DATELINE_LINE = re.compile(r"\s*[A-Z][\w-]+,\s*[A-Z][\w ]+?\s*[•|,][^\n]{0,40}\d[^\n]{0,30}\n")


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences, as offsets.

    >>> t = "President N. Nazarbayev came. He spoke.\\n\\nNew paragraph"
    >>> [t[s.start:s.end] for s in sentences(t)]
    ['President N. Nazarbayev came.', 'He spoke.', 'New paragraph']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end() if text[match.start()] in ".!?" else match.start()
        # an initial or abbreviation before the full stop, searched for only as far back as one
        # reaches (before a sentence's start is a full stop, quote or line break: no word, so
        # \b reads the same as at the start of the sentence alone)
        if text[match.start()] == "." and _NO_BREAK_BEFORE.search(
                text, max(start, match.start() - _NO_BREAK_REACH), match.start() + 1):
            continue
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if begin < end:
            result.append(Sentence(len(result), begin, end))
    return tuple(result)


_BULLET = re.compile(r"[-–•*][ \t]")


def cued_items(text: str, spans: list[tuple[int, int]], cue: re.Pattern) -> set[int]:
    """Where the items of a list start (each item is a sentence) whose line before ("Planned
    for 2027:") and items together have a ``cue``: the list is one statement.

    >>> t = "Planned:\\n- a cluster in Aral;\\n- a plant in Taraz."
    >>> sorted(cued_items(t, [(0, 8), (9, 29), (30, 49)], re.compile("plant")))
    [9, 30]
    """
    cued: set[int] = set()
    for i, (begin, end) in enumerate(spans):
        if not text[begin:end].endswith(":"):
            continue
        items = list(itertools.takewhile(lambda s: _BULLET.match(text, s[0]), spans[i + 1:]))
        if items and cue.search(text, begin, items[-1][1]):
            cued.update(s[0] for s in items)
    return cued


_CAPITALS = re.compile(r"[A-Z][A-Z\-]+")
_DATELINE_END = re.compile(r"[-–—,.(]")


def byline_end(text: str) -> int:
    """The offset where an author's line at the start of ``text`` ends, or 0.

    >>> t = "By Aigerim Tulegenova in Business on 19 May 2022\\n\\nPAVLODAR – The plant"
    >>> t[byline_end(t):dateline_end(t)]
    '\\nPAVLODAR –'
    >>> byline_end("By 2025 the plant will run.\\nIt"), byline_end("The plant")
    (0, 0)
    """
    match = _BYLINE.match(text)
    return match.end() if match else 0


def dateline_end(text: str) -> int:
    """The offset where a leading dateline ("ASTANA (TCA) —", "PAVLODAR –") ends, or 0; it
    may follow an author's line (``byline_end``).

    A dateline names where the story was filed, not a place the story is about.

    >>> t = " date 2016-12-07 ASTANA (TCA) — On December 6, the President"
    >>> t[dateline_end(t):]
    ' On December 6, the President'
    >>> dateline_end("ASTANA. KAZINFORM - The Day")
    19
    >>> dateline_end("Kazakh leader launches")
    0
    >>> dateline_end("Aktau, Kazakhstan • 3 May, 2024 | 10:15\\nThe plant")
    40

    A heading or two may come first (a line with no full stop: "PRESS RELEASE", the title):

    >>> t = "PRESS RELEASE\\n\\nX opens a mill\\n\\nTARAZ, Kazakhstan, 4 June 2025 – X LLP"
    >>> t[31:dateline_end(t)]
    'TARAZ, Kazakhstan, 4 June 2025 –'
    >>> t = "ARYKBALYK, North Kazakhstan region – The cooperative"
    >>> t[:dateline_end(t)]
    'ARYKBALYK,'
    """
    begin = byline_end(text)
    end = _dateline_at(text, begin)
    for _ in range(2):
        if end or not (heading := _HEADING_LINE.match(text, begin)):
            break
        begin = heading.end()
        end = _dateline_at(text, begin)
    return end


_HEADING_LINE = re.compile(r"\s*[^\n]{3,150}(?<![.!?:;,])\n")


def _dateline_at(text: str, begin: int) -> int:
    """Where a dateline that starts at ``begin`` ends, or 0."""
    own_line = _DATELINE_LINE.match(text, begin)
    if own_line:
        return own_line.end()
    match = _DATELINE.match(text, begin)
    if not match:
        return 0
    line = match.group("line")
    word = _CAPITALS.match(line)
    if not word or len(word.group()) < 3 or not _DATELINE_END.search(line):
        return 0
    return match.end()


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_DASHES = str.maketrans("‐‑‒–—", "-----")


@lru_cache(maxsize=4096)  # the same names recur in an article and across articles
def slug(name: str) -> str:
    """A lowercase ASCII slug for an IRI key (transliterated, punctuation folded).

    >>> slug("Orda Glass Ltd")
    'orda-glass-ltd'
    >>> slug("Aqtöbe oblysy")
    'aqtobe-oblysy'
    >>> slug("«Baiterek» Holding")
    'baiterek-holding'
    >>> slug("Beineu–Zhanaozen line")  # a dash joins, as a hyphen does
    'beineu-zhanaozen-line'
    """
    ascii_text = unicodedata.normalize("NFKD", name.translate(_DASHES)).encode(
        "ascii", "ignore").decode()
    key = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    return key[:80].rstrip("-") or "x"


def word_starts(word: str, text: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a word of its own: not inside a longer word nor
    joined to one by a hyphen (``re.finditer`` of ``(?<![\\w-])WORD(?![\\w-])``, without
    compiling a pattern for each word).

    >>> list(word_starts("SGW", "SGW, SGWs, pre-SGW and SGW"))
    [0, 23]
    """
    if not word:
        raise ValueError("word_starts needs a word, not an empty string")
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _joins(text[start - 1]) or end < len(text) and _joins(text[end])):
            yield start
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)


def _joins(char: str) -> bool:
    """Whether a character next to a word makes it part of a longer one (regex ``[\\w-]``)."""
    return char.isalnum() or char in "_-"


def named_by_product(short: str, long: str) -> bool:
    """Whether a project's label is another's head after its product's words: "the pipe plant"
    after "a plant for spiral-welded pipes" (each word the start of one after the head).

    >>> named_by_product("pipe plant", "plant for spiral-welded pipes")
    True
    >>> named_by_product("brick plant", "plant for pipes"), named_by_product("", "plant")
    (False, False)
    """
    if len(short.split()) < 2:
        return False  # no product's words, or none at all
    *product, head = short.lower().split()
    words = long.lower().split()
    rest = words[words.index(head) + 1:] if head in words[:-1] else []
    return bool(product) and all(any(r.startswith(w) and len(r) - len(w) <= 2 for r in rest)
                                 for w in product)


def longest(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions that overlap a longer (or earlier equal) one."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)
