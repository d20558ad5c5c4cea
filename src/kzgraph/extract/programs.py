"""Mentions of programs: names from the reference data, descriptive wordings from ``rules.json``
and names found by pattern ("the Third Five-Year Plan", "the Clean Steppe programme")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..model import Mention
from . import reference
from .alternation import SPACES, alternation
from .names import stop_words
from .regions import regions
from .scan import case_alike
from .text import longest, word_starts


@cache
def _program_pattern(generic: bool = True, titled: bool = True,
                     ordinal: bool = True) -> re.Pattern:
    """A program's name: a known one, a five-year plan by its ordinal, a generic one in
    capitals, one titled before "program" or quoted after it. A text without the words each of
    the last three needs (``_possible``) is searched without it: its group never matches."""
    names = {n: p.key for p in reference.programs() for n in p.names if len(n) > 4}
    suffix = r"(?:\s+(?:State\s+)?Program(?:me)?)?"
    ordinal_words = (
        r"(?:the\s+)?(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+five[\s-]year\s+"
        r"(?:plan|program(?:me)?|stage)(?:\s+of\s+industriali[sz]ation)?"
        r"|(?:the\s+)?(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+five[\s-]year\s+"
        r"industriali[sz]ation\s+(?:plan|program(?:me)?)"
    )
    stop = "|".join(reference.rules()["name_stop_words"])
    # a stop word ("State", "The") starts no run of capitalised words, but "State Program for
    # the Development of ..." keeps its "State"
    of_what = (r"\s+(?:of|for|on)\s+(?:(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and|of|to(?:\s+an?)?)"
               r"(?=\s+(?:the\s+)?[A-Z]))?\s*){1,6}")  # "Concept for Transition to a Green Economy"
    generic_words = (  # "Comprehensive Plan for the Development of the X Industry": what it is for too
        rf"(?!(?:{stop})\s)(?:[A-Z][\w-]*\s+){{1,5}}"
        rf"(?:Program|Programme|Plan|Strategy|Roadmap|Concept)(?:{of_what}|\s+20\d\d)?"
        rf"|(?:State\s+)?(?:Program(?:me)?|Concept){of_what}"
        rf"|National\s+Project{of_what}"  # the name state programs have had since 2021
    )
    # a name in capitals before a lowercase "program" or in quotes after it: "Comfortable School
    # programme", "Tariff in Exchange for Investment program", "program \"Road to Work\"" (the name
    # without the word is the program's label)
    titled_words = (r"(?:[A-Z][\w-]*\s+(?:(?:of|and|for|the|in|to)\s+)?){0,4}[A-Z][\w-]*"
                    r"(?:[\s-]+20\d\d)?")
    # the look-aheads on first letters (an ordinal, "the"; a capital) only make it faster
    return re.compile(
        rf"(?<![\w-])(?:(?i:(?P<known>{alternation(names)}){suffix})"
        + (rf"|(?i:(?=[tfs1-5])(?P<ordinal>{ordinal_words}))" if ordinal else _never("ordinal"))
        + (rf"|(?=[A-Z])(?P<generic>{generic_words})" if generic else _never("generic"))
        + (rf"|(?=[A-Z])(?!(?:{stop})\s)(?P<titled>{titled_words})\s+program(?:me)?"
           rf"|program(?:me)?\s+[\"“«](?P<quoted>{titled_words})[\"”»]" if titled
           else _never("titled") + _never("quoted"))
        + r")(?!\w|-(?!20\d\d(?!\w)))"
    )


def _never(group: str) -> str:
    """An alternative that never matches, with the group the code reads."""
    return f"|(?P<{group}>(?!))"


_GENERIC_WORDS = ("Program", "Plan", "Strategy", "Roadmap", "Concept", "National Project")


def _possible(text: str, lowered: str) -> tuple[bool, bool, bool]:
    """Which of ``_program_pattern``'s alternatives can match ``text``: each needs a word
    (a generic name one of ``_GENERIC_WORDS``, a titled or quoted one "program", an ordinal
    one "five" in any case).

    >>> _possible("the Kazakhstan-2050 Strategy", "the kazakhstan-2050 strategy")
    (True, False, False)
    """
    return (any(word in text for word in _GENERIC_WORDS), "program" in text,
            "five" in lowered or case_alike(text))


@cache
def _program_names() -> dict[str, str]:
    """Lowercased program names, spaces and hyphens folded -> program key."""
    return {SPACES.sub(" ", n.lower()): p.key for p in reference.programs() for n in p.names}


@cache
def _program_wordings() -> tuple[tuple[re.Pattern, str, tuple[str, ...], tuple[str, ...]], ...]:
    """(pattern, rule id, program keys, needs) of each descriptive wording in ``rules.json``; a
    wording that several editions share lists them all. ``needs``: words of which a text, in
    lowercase, must hold one for the pattern to match (none: no such test)."""
    return tuple((re.compile(w["pattern"], re.IGNORECASE), w["id"], tuple(w["programs"]),
                  tuple(w.get("needs", ()))) for w in reference.rules()["program_wordings"])


def _worded(name: str, text: str, end: int) -> str | None:
    """The program a name before "program" is a wording of ("the FIID program").

    >>> _worded("FIID", "the FIID program", 16)
    'program/spaiid-2010-2014'
    """
    return next((_edition(text, end, keys) for pattern, _, keys, _ in _program_wordings()
                 if pattern.fullmatch(name)), None)


_PERIOD_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Kazakhstan)?\s*(?:for|in|of)?\s*"
    r"(?:the\s+years\s+)?(20\d\d)\s*[-–—]\s*(20\d\d)(?![\w-])", re.IGNORECASE)


def _edition(text: str, end: int, keys: tuple[str, ...]) -> str | None:
    """The edition of a wording that several share: the one whose period the years after it
    give ("... development for 2015-2019"); None where no years, or none of theirs, follow.

    >>> keys = ("program/spiid-2015-2019", "program/spiid-2020-2025")
    >>> t = "the state program of industrial-innovative development for 2020–2025"
    >>> _edition(t, t.index(" for"), keys), _edition(t, len(t), keys)
    ('program/spiid-2020-2025', None)
    """
    if len(keys) == 1:
        return keys[0]
    period = _PERIOD_AFTER.match(text, end)
    if period is None:
        return None
    periods = {(p.start, p.end): p.key for p in reference.programs() if p.key in keys}
    return periods.get(period.groups())


_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def programs(text: str) -> list[Mention]:
    """Program mentions; ``key`` is the reference key or ``name:<text>`` for one found by pattern.

    >>> [(m.text, m.key) for m in programs("the state program of forced industrial-innovative "
    ...     "development and the Industrialization Map")][1]
    ('Industrialization Map', 'program/industrialization-map')
    >>> [(m.text, m.key) for m in programs("under the Third Five-Year Plan, and the programme of "
    ...     "rapid industrial and innovative development")]
    [('Third Five-Year Plan', 'program/spiid-2020-2025'), ('programme of rapid industrial and innovative development', 'program/spaiid-2010-2014')]
    """
    names = _program_names()
    found = []
    lowered = text.lower()
    for pattern, rule, keys, needs in _program_wordings():
        if needs and not any(word in lowered for word in needs):
            continue  # none of the words it needs: it cannot match
        for match in pattern.finditer(text):
            surface = _LEADING_THE.sub("", match.group())
            key = _edition(text, match.end(), keys) or f"name:{surface}"
            if edition := _another_edition(text, match.end(), key):
                surface, key = surface + edition, f"name:{surface + edition}"
            found.append(Mention(match.start(), match.start() + len(surface), surface, "program",
                                 rule, key))
    for match in _program_pattern(*_possible(text, lowered)).finditer(text):
        surface = _LEADING_THE.sub("", match.group().strip())
        start = match.end() - len(match.group()) + match.group().find(surface)
        if match.group("known"):
            key = names.get(SPACES.sub(" ", match.group("known").lower()))
            rule = "program-reference"
            if edition := _another_edition(text, match.end(), key):
                surface += edition
                key, rule = f"name:{surface}", "program-edition"
        elif match.group("ordinal"):
            key, rule = _ordinal_edition(surface) or f"name:{surface}", "program-five-year-plan"
        elif named := match.group("titled") or match.group("quoted"):
            words = named.split()
            while len(words) > 1 and (words[0] in stop_words() or words[0] == "the"):
                words.pop(0)  # "Under the Clean Steppe programme"
            cut = named.index(words[0]) if match.group("titled") else 0
            named, surface, start = named[cut:], surface[cut:], start + cut
            if _not_a_program_name(named):
                continue
            key = (names.get(SPACES.sub(" ", named.lower())) or _worded(named, text, match.end())
                   or f"name:{named}")
            rule = "program-word"
        else:
            key, rule = f"name:{surface}", "program-title"
        if key:
            found.append(Mention(start, start + len(surface), surface, "program", rule, key))
    found += _listed(text, names) if "rogram" in text else []
    found += _again(text, [m for m in found if m.rule == "program-listed"])
    known = {m.start for m in found if m.rule == "program-reference"}
    return _shortened(longest([_as_worded(m, found) for m in found if not (
        m.rule == "program-title" and (quote := _QUOTE_AFTER.match(text, m.end))
        and quote.end() in known)]))


def _shortened(found: list[Mention]) -> list[Mention]:
    """A name the reference data does not know that starts the name of a known program the text
    names ("State Program of Industrial-Innovative Development" beside the same "... for
    2020-2025") is that program, where it starts one only.

    >>> long = Mention(0, 20, "X Program for 2020-2025", "program", "r", "program/x-2020")
    >>> short = Mention(40, 49, "X Program", "program", "g", "name:X Program")
    >>> [m.key for m in _shortened([long, short])]
    ['program/x-2020', 'program/x-2020']
    """
    known = {m.key: m.text.lower() for m in found if not m.key.startswith("name:")}
    out = []
    for m in found:
        starts = {k for k, t in known.items() if t.startswith(f"{m.text.lower()} ")}
        out.append(replace(m, key=starts.pop()) if m.key.startswith("name:")
                   and len(starts) == 1 else m)
    return out


_ITEM = r"[A-Z][\w-]*(?:\s+(?:(?:of|for|and|the|to|in)\s+)*[A-Z0-9][\w-]*)*"
_PLURAL_LIST = re.compile(rf"(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})"
                          r"\s+program(?:me)?s(?![\w-])")


def _listed(text: str, names: dict[str, str]) -> list[Mention]:
    """Programs named in a list before the plural ("under the Economy of Simple Things,
    Business Road Map 2025 and Auyl Amanaty programmes"): each is one.

    >>> [m.text for m in _listed("under the Clean Steppe, Road to Work and Auyl Amanaty "
    ...                          "programmes", {})]
    ['Clean Steppe', 'Road to Work', 'Auyl Amanaty']
    """
    found = []
    for match in _PLURAL_LIST.finditer(text):
        items = match.group("items")
        *first, last = [p.strip() for p in items.split(",")]
        head, _, tail = last.rpartition(" and ")
        for item in [*first, head.strip(), tail.strip()]:
            while item.split(" ", 1)[0] in stop_words():  # "In Aktobe and ...": no name's
                item = item.partition(" ")[2]
            key = names.get(SPACES.sub(" ", item.lower()))
            if not key and (" " not in item or _not_a_program_name(item)):
                continue  # a name of one word is as often a kind: "the State and Regional ..."
            start = match.start() + items.index(item)
            key = key or f"name:{item}"
            found.append(Mention(start, start + len(item), item, "program", "program-listed", key))
    return found


def _again(text: str, listed: list[Mention]) -> list[Mention]:
    """A program named in a list, named again alone ("... under Auyl Amanaty at 2.5%"): the
    same program (its name says nothing of what it is, so the model may read a person's)."""
    again = []
    for name, key in {m.text: m.key for m in listed}.items():
        for start in word_starts(name, text):
            if not any(m.start <= start < m.end for m in listed):
                again.append(Mention(start, start + len(name), name, "program",
                                     "program-named-again", key))
    return again


def _as_worded(title: Mention, found: list[Mention]) -> Mention:
    """A title over a wording of a known program is that program: "the State Programme of
    Industrial and Innovative Development of Kazakhstan 2015-2019"."""
    if title.rule == "program-title":
        for m in found:
            if (m.rule.startswith("program-wording") and not m.key.startswith("name:")
                    and m.start < title.end and title.start < m.end):
                return Mention(title.start, title.end, title.text, "program", m.rule, m.key)
    return title


# a title before the name in quotes: "the State Program of Infrastructure Development 'Nurly
# Zhol'" is one program, the one named
_QUOTE_AFTER = re.compile(r"\s*[\"'“«‘]")
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}


def _ordinal_edition(surface: str) -> str | None:
    """The program the reference data calls by an ordinal ("the first five-year plan", "the
    second phase", "the third stage of industrialization"), where one program has it.

    >>> _ordinal_edition("2nd Five-Year Plan of Industrialization")
    'program/spiid-2015-2019'
    >>> _ordinal_edition("fifth five-year plan") is None
    True
    """
    first = surface.split()[0].lower()
    return _program_of_ordinal(_ORDINALS.get(first, first))


@cache
def _program_of_ordinal(ordinal: str) -> str | None:
    called = re.compile(rf"\b{ordinal}\s+(?:five[\s-]year|5-year|stage|phase)\b", re.IGNORECASE)
    keys = {p.key for p in reference.programs() if any(called.search(n) for n in p.names)}
    return keys.pop() if len(keys) == 1 else None


_YEAR_AFTER = re.compile(r"[\s-]+(20\d\d)(?![\w-])")


def _another_edition(text: str, end: int, key: str | None) -> str:
    """The year after a program's name where the program's names carry other years: "Business
    Roadmap 2025" is the successor of the "Business Road Map 2020", not it ("" otherwise).

    >>> t = "the Business Roadmap 2025 program"
    >>> _another_edition(t, t.index(" 2025"), "program/business-road-map-2020")
    ' 2025'
    >>> _another_edition(t, t.index(" 2025"), "program/industrialization-map")
    ''
    """
    year = _YEAR_AFTER.match(text, end)
    years = _program_years().get(key, frozenset())
    return year.group() if year and years and year.group(1) not in years else ""


@cache
def _program_years() -> dict[str, frozenset[str]]:
    """The years each program's names carry (``Business Road Map 2020``: 2020)."""
    return {p.key: frozenset(y for n in p.names for y in re.findall(r"20\d\d", n))
            for p in reference.programs()}


def _not_a_program_name(name: str) -> bool:
    """A country, a region or a generic word before "program" says whose program, not which.

    >>> _not_a_program_name("Kazakhstan"), _not_a_program_name("Akmola region")
    (True, True)
    >>> _not_a_program_name("Comfortable School")
    False
    """
    rules = reference.rules()
    common = {*rules["countries"], *rules["org_generic_words"], *rules["name_stop_words"]}
    words = [w for w in name.split() if w not in common]
    return not words or any(len(m.text) == len(name) for m in regions(name))
