"""Mentions of named things: regions and persons (programs, sectors and organizations are in
their own modules).

Each finder takes the text and returns ``Mention`` values; none of them does I/O. Reference
names come from ``reference.py``; company, person and project names are found by patterns only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from ..model import Mention
from . import reference
from .alternation import LOWER, SPACES, UPPER, alternation, fold, folded, starts_with
from .scan import Cued, Starts

_CAP = r"[A-Z][\w’'-]*"

# Regions ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _RegionPatterns:
    with_word: Cued  # a core name and a region word: "Akmola region"
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
        with_word=Cued(re.compile(
            rf"\b(?P<core>{core_re})[\s-]+(?:{word_re})\b", re.IGNORECASE
        ), Starts.of_names(cores, caseless=True)),
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


def longest(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions that overlap a longer (or earlier equal) one."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# Persons ---------------------------------------------------------------------------------------

# An organization's name is followed by its acronym: "Eurasian Resources Group (ERG)" is no
# person's name
_ACRONYM_AFTER = r"\s*\([A-Z][\w&-]*[A-Z][\w&-]*\)"


@cache
def _person_name() -> str:
    """A first name or an initial, a patronymic maybe ("Nurlan Abdulovich Nogayev"), a surname
    (whose second part after a hyphen may be lowercase: "Kim Jae-won")."""
    endings = "|".join(reference.rules()["patronymic_endings"])
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?"  # "Min-soo" too
    return (rf"(?P<name>(?:[{UPPER}]\.\s?|{word}\s)"  # "Emre Aydın", "Stefan Kröger"
            rf"(?:[A-Z][a-z]+(?:{endings})\s)?{word})")


@cache
def _person_patterns() -> tuple[Cued, Cued, re.Pattern, Cued]:
    titles = reference.rules()["role_titles"]
    person_name = _person_name()
    title_re = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    after = [*titles, *reference.rules()["role_titles_after_name"]]
    after_re = "|".join(re.escape(t) for t in sorted(after, key=len, reverse=True))
    # the organization or region a title belongs to, within the sentence: no line break, and
    # no word ending in a full stop ("Head of State. President X" is two sentences)
    of_words = (r"(?:[ \t]+(?:of|for)(?:[ \t]+(?:the|and|of|for|board|directors|region|oblast"
                r"|district|city|town|[A-Z\"«“][\w\"»”’'&-]*"
                r"|\([A-Z][\w&-]*\))){1,8}LAZY)?")
    of_part, of_part_greedy = of_words.replace("LAZY", "?"), of_words.replace("LAZY", "")
    # between a title and a name set off by commas, what it is of may be a common noun ("The
    # head of the farm, Marat Nurov, says")
    of_common = (r"(?:[ \t]+(?:of|for)(?:[ \t]+(?:[a-z]+|[A-Z\"«“][\w\"»”’'&-]*"
                 r"|\([A-Z][\w&-]*\))){1,8})?")
    legal = "|".join(re.escape(f) for f in reference.rules()["org_legal_forms"])
    # each pattern starts with a look-ahead on its first character, which only makes it faster
    role = Cued(re.compile(
        rf"{starts_with(titles)}(?<![\w-])"
        rf"(?P<role>(?:{title_re})(?:\s*\([A-Za-z][a-z]+\))?{of_part})"
        r"(?<!\sand)(?<!\sof)(?<!\sthe)(?<!\sfor)\s+"  # "Minister of Industry and X Y" is no name
        rf"{person_name}(?![\w-]|\s+[A-Z][a-z]|\s+(?:{legal})(?![\w-])|{_ACRONYM_AFTER})"
    ), Starts.of(titles))
    # "The akim of Kostanay region, Aidar Nurov, said": a title, then the name between commas
    # (or ending the sentence: "said the director of X, Viktor Lebedev.")
    role_comma = Cued(re.compile(
        rf"{starts_with(titles)}(?<![\w-])"
        rf"(?P<role>(?:{title_re})(?:\s*\([A-Za-z][a-z]+\))?{of_common}),[ \t]+"
        rf"{person_name}(?=[ \t]*(?:,|\.(?:\s|$)))"
    ), Starts.of(titles))
    # "Aidar Nurov, the akim of Kostanay region, said": the name first, then its title, maybe
    # after a possessive ("Aidar Nurov, the region's governor, said")
    titled_after = re.compile(
        rf"(?=[{UPPER}])(?<![\w-]){person_name},\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?(?P<role>(?:{after_re})"
        rf"(?:\s*\([A-Za-z][a-z]+\))?{of_part_greedy})(?=[\s,.;])"
    )
    known = {n: p.key for p in reference.persons() for n in p.names if re.match(r"[A-Z]", n)}
    gazetteer = Cued(re.compile(rf"(?<![\w-])(?P<name>{alternation(known)})(?![\w-])"),
                     Starts.of_names(known))
    return role, role_comma, titled_after, gazetteer


@cache
def _honorific_pattern() -> Cued:
    """A name after "Mr", "Dr"... (``person_honorifics``), a surname alone too ("Mr. Akhmetov").

    >>> [m.group("name") for m in _honorific_pattern().finditer("said Mr. Akhmetov, Dr Ivan Petrov")]
    ['Akhmetov', 'Ivan Petrov']
    >>> list(_honorific_pattern().finditer("Mr Smith Steel LLP built it"))
    []
    """
    honorifics = reference.rules()["person_honorifics"]
    legal = "|".join(re.escape(f) for f in reference.rules()["org_legal_forms"])
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    return Cued(re.compile(
        rf"{starts_with(honorifics)}(?<![\w-])(?:{alternation(honorifics)})\.?[ \t]+"
        rf"(?P<name>(?:{word}[ \t]){{0,2}}{word})"
        rf"(?![\w-]|[ \t]+[A-Z][a-z]|[ \t]+(?:{legal})(?![\w-])|{_ACRONYM_AFTER})"),
        Starts.of_names(honorifics))


@cache
def _said_pattern() -> Cued:
    """A name right after a verb of saying that ends the clause ("said Aigul Nurova.",
    "recalls Marat Nurov,"); ``persons`` keeps it where it ends as a surname does.

    >>> [m.group("name") for m in _said_pattern().finditer("it will open, recalls Marat Nurov.")]
    ['Marat Nurov']
    """
    verbs = ["said", "says", "recalls", "recalled", "noted", "notes", "added", "adds", "stressed",
             "explained", "explains"]
    return Cued(re.compile(rf"(?<![\w-])(?:{'|'.join(verbs)})[ \t]+{_person_name()}"
                           r"(?=[ \t]*[,.;])"), Starts.of(verbs))


@cache
def _business_words() -> frozenset[str]:
    """Words that make a capitalised pair a business, not a person ("Kazakh Invest", "Financial
    Centre")."""
    rules = reference.rules()
    return frozenset(rules["org_name_words"]).union(*rules["org_kind_words"].values(),
                                                    rules["named_after_words"])


_TRAILING_CONNECTORS = re.compile(r"(?:\s+(?:of|for|the|and))+$")


@cache
def _known_persons() -> dict[str, str]:
    """Lowercased names of the persons in the reference data -> person key."""
    return {n.lower(): p.key for p in reference.persons() for n in p.names}


@cache
def _head_of_state_pattern() -> Cued:
    """A bare "the President", "Head of State"... (not followed by a name or another country)."""
    phrases = reference.rules()["head_of_state_phrases"]
    alt = "|".join(re.escape(p) for p in phrases)
    return Cued(re.compile(  # the look-ahead on the first character only makes it faster
        rf"{starts_with(['the', 'The', *phrases])}(?<![\w-])(?:(?:the|The)\s+)?(?:{alt})(?![\w-])"
        r"(?!\s+of\s+(?!Kazakhstan|the Republic))(?!\s+(?:[A-Z]\.\s?)?[A-Z][a-z])"
    ), Starts.of(["the", "The", *phrases]))


@cache
def stop_words() -> frozenset[str]:
    """Capitalised words that start sentences, not names ("The", "According", "State"...)."""
    return frozenset(reference.rules()["name_stop_words"])


def head_of_state(published: date | None) -> str | None:
    """The reference key of the head of state on a date (by default, today).

    >>> head_of_state(date(2016, 12, 7))
    'person/nursultan-nazarbayev'
    >>> head_of_state(date(2023, 1, 1))
    'person/kassym-jomart-tokayev'
    """
    when = (published or date.today()).isoformat()
    for term in reference.rules()["head_of_state_terms"]:
        if term["from"] <= when and (term["to"] is None or when < term["to"]):
            return term["person"]
    return None


@cache
def _named_after_pattern() -> re.Pattern:
    rules = reference.rules()
    words = {*rules["named_after_words"], *rules["org_not_words"], *rules["org_place_words"],
             *rules["org_name_words"], *(w for ws in rules["org_kind_words"].values() for w in ws)}
    return re.compile(rf"[ \t]+(?:{alternation(words)})(?![\w-])")


def named_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the start of a body's or a place's name
    ("Nazarbayev University", "Kunayev Street"), not the person.

    >>> named_after("Nazarbayev University signed", 10), named_after("Nazarbayev said", 10)
    (True, False)
    """
    return _named_after_pattern().match(text, end) is not None


def persons(text: str, published: date | None,
            known_names: list[Mention] | None = None) -> list[Mention]:
    """Person mentions. ``key`` is a reference key, ``name:<full name>`` or ``role:<title>``.

    A title followed by a name (``Prime Minister Karim Massimov``) gives the name and, in a
    second mention of kind ``role``, the title; a bare "the President" / "Head of State" is the
    head of state on the publication date.

    ``known_names`` are the reference persons as the gazetteer ruler found them; by default
    they are matched here.

    >>> [(m.kind, m.text, m.key) for m in persons("Minister of Energy Ivan Petrov said", None)]
    [('role', 'Minister of Energy', 'name:Ivan Petrov'), ('person', 'Ivan Petrov', 'name:Ivan Petrov')]
    """
    role, role_comma, titled_after, gazetteer = _person_patterns()
    known = _known_persons()
    found: list[Mention] = []
    stop = stop_words()
    business = _business_words()
    # a name inside a region's name is none: "the East Kazakhstan Region, akim of the region",
    # "The akim of North Kazakhstan Region, X" (the text's regions are found only where a name
    # follows or precedes a title)
    places: list[tuple[int, int]] | None = None

    def place(m: re.Match, inner: bool = True) -> bool:
        nonlocal places
        if places is None:
            places = [(r.start, r.end) for r in regions(text)]
        return any(s < m.end("name") and m.start("name") < e and (
            inner or s < m.start("name") or m.end("name") < e) for s, e in places)

    # after a title, only a region the name is a part of is no name ("President Nursultan X")
    titled = [(m, "person-title-name") for m in role.finditer(text)
              if not business.intersection(m.group("name").split())  # "...Board of Kazakh Invest"
              and not place(m, inner=False)]

    # a title a name follows is that name's ("the Map, Deputy Minister X Y told"), not the one's
    # before it
    named_titles = {m.start("role") for m, _ in titled}
    titled += [(m, "person-name-title") for m in titled_after.finditer(text)
               if m.group("name").split()[0] not in stop and not place(m)
               and m.start("role") not in named_titles]
    titled += [(m, "person-title-comma-name") for m in role_comma.finditer(text)
               if not set(m.group("name").split()) & (business | stop) and not place(m)]
    for match, rule in titled:
        name = match.group("name")
        key = known.get(name.lower(), f"name:{name}")
        title = _TRAILING_CONNECTORS.sub("", match.group("role"))  # "Chair of the" (company)
        found.append(Mention(match.start("role"), match.start("role") + len(title), title,
                             "role", rule, key))
        found.append(Mention(match.start("name"), match.end("name"), name, "person", rule, key))
    surname = tuple(reference.rules()["surname_endings"])
    for match in _said_pattern().finditer(text):  # "recalls Gulnar Abdrakhmanova."
        name = match.group("name")
        if name.endswith(surname) and not set(name.split()) & (business | stop) and not place(
                match):
            found.append(Mention(match.start("name"), match.end("name"), name, "person",
                                 "person-said", known.get(name.lower(), f"name:{name}")))
    for match in _honorific_pattern().finditer(text):  # an honorific is no role
        name = match.group("name")
        if not set(name.split()) & (business | stop) and not place(match):
            found.append(Mention(match.start("name"), match.end("name"), name, "person",
                                 "person-honorific", known.get(name.lower(), f"name:{name}")))
    if known_names is not None:
        found += [m for m in known_names if not named_after(text, m.end)]
    else:
        for match in gazetteer.finditer(text):
            if not named_after(text, match.end()):
                found.append(Mention(match.start(), match.end(), match.group(), "person",
                                     "person-reference", known[match.group().lower()]))
    chief = head_of_state(published)
    if chief:
        for match in _head_of_state_pattern().finditer(text):
            found.append(Mention(match.start(), match.end(), match.group(), "person",
                                 "person-head-of-state", chief))
    people = [m for m in found if m.kind == "person"]
    return [m for m in found if m.kind == "role"] + longest(people)
