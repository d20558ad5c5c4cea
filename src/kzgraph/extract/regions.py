"""Mentions of regions and cities of republican significance: a name with its region word
("Akmola region", "West-Kazakhstan oblast"), names listed before a plural ("Zhambyl and Pavlodar
regions"), and the names safe to match alone (cities, names with a word), from the reference
data; none of them does I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..model import Mention
from . import reference
from .alternation import SPACES, alternation, fold, folded
from .scan import Cued, Starts
from .text import longest

_CAP = r"[A-Z][\w’'-]*"


class _Worded:
    """A core name before a region word ("Akmola region"), sought back from the region words,
    which are few in a text, rather than tried at every word that starts like a name (the
    pattern ignores case, so most words do): ``finditer`` gives what ``pattern``'s gives.

    >>> w = _region_patterns().with_word
    >>> [m.group("core") for m in w.finditer("North Kazakhstan region, Akmola oblast; region")]
    ['North Kazakhstan', 'Akmola']
    """

    def __init__(self, pattern: re.Pattern, word: re.Pattern, core_before: re.Pattern,
                 reach: int) -> None:
        self.pattern, self.word, self.core_before, self.reach = pattern, word, core_before, reach

    def finditer(self, text: str) -> Iterator[re.Match]:
        end = 0
        for word in self.word.finditer(text):
            core = self.core_before.search(text, max(end, word.start() - self.reach),
                                           word.start())
            if core is not None and (match := self.pattern.match(text, core.start())):
                yield match
                end = match.end()


@dataclass(frozen=True)
class _RegionPatterns:
    with_word: _Worded  # a core name and a region word: "Akmola region"
    listed: re.Pattern  # core names listed before a plural: "Zhambyl and Pavlodar regions"
    listed_end: re.Pattern  # the plural, which ``listed`` needs somewhere in a text
    core: re.Pattern  # one core name, inside a ``listed`` match
    alone: Cued  # a name safe to match alone (cities, names with a word)
    cores: dict[str, str]  # lowercased core name -> region key (regions before cities)
    cores_folded: dict[str, str]
    bare_folded: dict[str, str]  # the names of ``alone``, folded -> key
    bare: dict[str, str]  # the names of ``alone`` as written -> key


@cache
def _region_patterns() -> _RegionPatterns:
    words = reference.rules()["region_words"]
    word_re = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    strip = re.compile(rf"[\s-]+(?:{word_re})$", re.IGNORECASE)
    cores: dict[str, str] = {}  # core name -> region key (regions before cities)
    bare: dict[str, str] = {}  # names safe to match alone (lowercased -> key)
    bare_names: dict[str, str] = {}  # the same names as written, for the case-sensitive pattern
    blocked = {b.lower() for r in reference.regions() for b in r.blocked}
    city_names = {n.lower() for r in reference.regions() if r.is_city for n in r.names}
    for region in sorted(reference.regions(), key=lambda r: r.is_city):
        for name in region.names:
            if "(" in name:
                continue
            core = strip.sub("", name)
            if not region.is_city:
                cores.setdefault(core.lower(), region.key)
            has_word = core != name
            single = len(core.split()) == 1 and "-" not in core
            if region.is_city:
                if core.lower() not in blocked or core.lower() == region.label.lower():
                    bare.setdefault(name.lower(), region.key)
                    bare_names.setdefault(name, region.key)
            elif has_word or (
                not single and core.lower() not in blocked and core.lower() not in city_names
            ):
                bare.setdefault(name.lower(), region.key)
                bare_names.setdefault(name, region.key)
    core_re = alternation(cores)
    plural = r"\s+(?:regions|oblasts|provinces)\b"
    return _RegionPatterns(
        with_word=_Worded(
            re.compile(rf"\b(?P<core>{core_re})[\s-]+(?:{word_re})\b", re.IGNORECASE),
            re.compile(rf"[\s-]+(?:{word_re})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{core_re})\Z", re.IGNORECASE), max(map(len, cores)) + 1),
        listed=re.compile(
            rf"\b(?P<list>(?:(?:{core_re}|{_CAP})(?:,\s*|\s+and\s+))+(?:{core_re})){plural}",
            re.IGNORECASE,
        ),
        listed_end=re.compile(plural, re.IGNORECASE),
        core=re.compile(core_re, re.IGNORECASE),
        alone=Cued(re.compile(rf"(?<![\w-])(?P<name>{alternation(bare_names)})(?![\w-])"),
                   Starts.of_names(bare_names)),
        cores=cores,
        cores_folded=folded(cores),
        bare_folded=folded(bare),
        bare=bare_names,
    )


def bare_region_names() -> dict[str, str]:
    """The region and city names safe to match alone, as written -> region key."""
    return _region_patterns().bare


def regions(text: str, alone: list[Mention] | None = None) -> list[Mention]:
    """Region and city mentions, with the region key. ``alone`` are the names safe to match
    alone as the gazetteer ruler found them (``ruler.gazetteer``); by default they are matched
    here.

    >>> [(m.text, m.key) for m in regions("in the Akmola region and West-Kazakhstan oblast")]
    [('Akmola region', 'region/akmola'), ('West-Kazakhstan oblast', 'region/west-kazakhstan')]
    >>> [(m.text, m.key) for m in regions("in Zhambyl and Pavlodar regions; Almaty city")]
    [('Zhambyl', 'region/jambyl'), ('Pavlodar', 'region/pavlodar'), ('Almaty city', 'region/almaty-city')]
    >>> # a name before a media word is an outlet's ("The Astana Times spoke with"), no region

    >>> [m.text for m in regions("The Astana Times met the akim in Astana.")]
    ['Astana']
    """
    found = _regions_by_name(text) if alone is None else longest([*_regions_worded(text), *alone])
    media = _media_after()
    return [m for m in found if not media.match(text, m.end)]


@cache
def _media_after() -> re.Pattern:
    """A capitalised media word right after a name (``media_name_words``)."""
    return re.compile(rf"[ \t]+(?:{'|'.join(reference.rules()['media_name_words'])})(?![\w-])")


@lru_cache(maxsize=256)
def _regions_by_name(text: str) -> tuple[Mention, ...]:
    """``regions(text)`` with the names safe alone matched here; the last texts' are kept, as
    the finders of persons, of mentions and of businesses ask for the same text's."""
    p = _region_patterns()
    found = _regions_worded(text)
    for match in p.alone.finditer(text):
        key = p.bare_folded.get(fold(match.group("name")))
        if key:
            found.append(Mention(match.start(), match.end(), match.group(), "region",
                                 "region-name", key))
    return tuple(longest(found))


def _regions_worded(text: str) -> list[Mention]:
    """The regions named with a region word, alone or listed before a plural."""
    p = _region_patterns()
    found: list[Mention] = []
    listed = p.listed.finditer(text) if p.listed_end.search(text) else ()
    for match in listed:
        for part in p.core.finditer(match.group("list")):
            key = p.cores.get(SPACES.sub(" ", part.group()).lower()) or p.cores_folded.get(
                fold(part.group())
            )
            if key:
                start = match.start("list") + part.start()
                found.append(Mention(start, start + len(part.group()), part.group(), "region",
                                     "region-list", key))
    for match in p.with_word.finditer(text):
        key = p.cores_folded.get(fold(match.group("core")))
        if key:
            found.append(Mention(match.start(), match.end(), match.group(), "region",
                                 "region-with-word", key))
    return found


def akimats(text: str) -> list[Mention]:
    """The administrations of regions, districts and cities named with their place: "Zhambyl
    region akimat", "the Akimat of Pavlodar Region", "Almaty city akimat" (an organization
    each, named as the text names it).

    >>> [m.text for m in akimats("The Zhambyl region akimat and the akimat of Ulytau region")]
    ['Zhambyl region akimat', 'akimat of Ulytau region']
    """
    if "kimat" not in text:
        return []
    return [Mention(m.start(), m.end(), m.group(), "organization", "org-akimat",
                    f"agency:{m.group()}") for m in _AKIMAT.finditer(text)]


_PLACE_WORD = r"(?:[Rr]egion(?:al)?|[Dd]istrict|[Cc]ity|[Oo]blast)"
_AKIMAT = re.compile(rf"(?<![\w-])(?:(?!(?:The|This|Its)\b){_CAP}(?:[ \t]+{_CAP})?[ \t]+"
                     rf"{_PLACE_WORD}[ \t]+[Aa]kimat"
                     rf"|[Aa]kimat[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP})?[ \t]+"
                     rf"{_PLACE_WORD})(?![\w-])")
