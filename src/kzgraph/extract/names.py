"""Mentions of persons, with their titles and roles (regions, programs, sectors and organizations
are in their own modules).

Each finder takes the text and returns ``Mention`` values; none of them does I/O. Reference
names come from ``reference.py``; company, person and project names are found by patterns only.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..model import Mention
from . import reference
from .alternation import LOWER, UPPER, alternation, starts_with
from .regions import regions
from .scan import Cued, Starts
from .text import longest

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
    legal = reference.escaped("org_legal_forms")
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
    # after a possessive and a word of rank ("Aidar Nurov, the region's governor, said", "X,
    # Nordhavn's executive vice president")
    titled_after = re.compile(
        rf"(?=[{UPPER}])(?<![\w-]){person_name},\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z]+\s+)??"
        rf"(?P<role>(?:{after_re})"
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
    legal = reference.escaped("org_legal_forms")
    word = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    return Cued(re.compile(
        rf"{starts_with(honorifics)}(?<![\w-])(?:{alternation(honorifics)})\.?[ \t]+"
        rf"(?P<name>(?:{word}[ \t]){{0,2}}{word})"
        rf"(?![\w-]|[ \t]+[A-Z][a-z]|[ \t]+(?:{legal})(?![\w-])|{_ACRONYM_AFTER})"),
        Starts.of_names(honorifics))


@cache
def _said_pattern() -> Cued:
    """A name right after a verb of saying that ends the clause ("said Aigul Nurova.",
    "recalls Marat Nurov,", "said Marat Nurov from Aral"); ``persons`` keeps it where it ends as
    a surname does.

    >>> [m.group("name") for m in _said_pattern().finditer("it will open, recalls Marat Nurov.")]
    ['Marat Nurov']
    """
    verbs = ["said", "says", "recalls", "recalled", "noted", "notes", "added", "adds", "stressed",
             "explained", "explains"]
    return Cued(re.compile(rf"(?<![\w-])(?:{'|'.join(verbs)})[ \t]+{_person_name()}"
                           r"(?=[ \t]*[,.;]|[ \t]+(?:from|of|at)\b)"), Starts.of(verbs))


@cache
def _described_pattern() -> Cued:
    """A name a person's noun describes (``person_nouns``): after it ("Almaty businessman Bakhyt
    Ospanov"), or in apposition after a verb of saying ("says Aidos Kenesbek, an analyst at";
    also ``person_said_nouns``: "says Olga Pak, a partner at"),
    and a release's contact ("Media contact: Saule Abdrakhmanova,").

    >>> text = "says Aidos Kenesbek, an analyst at X, and businessman Bakhyt Ospanov"
    >>> [next(filter(None, m.group("name", "said", "contact")))
    ...  for m in _described_pattern().finditer(text)]
    ['Aidos Kenesbek', 'Bakhyt Ospanov']
    """
    person_nouns = reference.rules()["person_nouns"]  # also opening a sentence: "Welder X Y"
    nouns = "|".join([*person_nouns, *(n.capitalize() for n in person_nouns)])
    said_nouns = "|".join(reference.rules()["person_said_nouns"])  # "says X, a partner at"
    verbs = "said|says|told|added|noted|explained|explains|According to|according to"
    name = _person_name()
    return Cued(re.compile(
        rf"(?<![\w-])(?:(?:{nouns}),?[ \t]+{name}(?![\w-]|[ \t]+[A-Z])"
        rf"|(?:{verbs})[ \t]+{name.replace('<name>', '<said>')},[ \t]+(?:(?:an?|the)[ \t]+)?"
        rf"(?:[\w-]+[ \t]+){{0,2}}?(?:{nouns}|{said_nouns})(?![\w-])"
        rf"|(?:Media|Press)[ \t]+contact:[ \t]+{name.replace('<name>', '<contact>')}(?=,|\n|$))"),
        Starts.of(["Media", "Press", *verbs.split("|"), *nouns.split("|")]))


@cache
def _who_pattern() -> re.Pattern:
    """A name a relative clause for a person follows ("Aigul Nurova, who heads the farm");
    ``persons`` keeps it where it ends as a surname does.

    >>> [m.group("name") for m in _who_pattern().finditer("as Marat Nurov, who runs it, said")]
    ['Marat Nurov']
    """
    return re.compile(rf"(?<![\w-]){_person_name()},[ \t]+who\b")


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
    who = _who_pattern().finditer(text) if ", who" in text else ()  # "X Y, who heads it"
    for match in [*_said_pattern().finditer(text), *who]:
        name = match.group("name")
        if name.endswith(surname) and not set(name.split()) & (business | stop) and not place(
                match):
            found.append(Mention(match.start("name"), match.end("name"), name, "person",
                                 "person-said", known.get(name.lower(), f"name:{name}")))
    for match in _described_pattern().finditer(text):  # "says X Y, an analyst at"
        group = next(g for g in ("name", "said", "contact") if match.group(g))
        name = match.group(group)
        if not set(name.split()) & (business | stop):
            found.append(Mention(match.start(group), match.end(group), name, "person",
                                 "person-described", known.get(name.lower(), f"name:{name}")))
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
