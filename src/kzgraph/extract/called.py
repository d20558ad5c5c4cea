"""Rules only: names the words around them call a business, where the model's parse would
read the same (``parse.called_companies``, ``builders.builders``): after or before a cue noun
("Turkish contractor Yapi Merkezi", "the Kazphosphate company"), the agent of a passive of
building ("to be built by Masdar Green Energy"), and a name opening a clause that opens or
builds a facility ("In May, Orda Glass opened a glass plant").
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention
from . import reference
from .alternation import UPPER
from .names import stop_words
from .orgnames import SEATS, core_name, org_kind
from .regions import regions
from .scan import Cued, Starts

# a name of one to four capitalised words, with the capitals of Turkish, German... ("Kaya
# Çimento")
_NAME = rf"(?P<name>[{UPPER}][\w&’'-]*(?:[ \t]+[{UPPER}][\w&’'-]*){{0,3}})"


@cache
def _called_patterns() -> tuple[tuple[re.Pattern | Cued, tuple[str, ...]], ...]:
    """Each pattern, with the words of which a text must hold one for it to match (none: no
    such test, as most texts hold a facility's head): a name after a cue noun or a maker
    ("contractor Yapi Merkezi", "glassmaker Daesan Glass"), one between "the" and a cue noun
    ("the Kazphosphate company", "the Zhana Omir agricultural cooperative"), the agent of a passive of building ("to be built by Masdar
    Green Energy"), a name opening a clause that opens or builds a facility ("Hanwul Chemical
    opened a PVC pipe plant"), one a part of a business follows in apposition ("Ertis
    Metals, a subsidiary of Y", "Orda Gas, the group's gas unit"), one of two words or more
    that owns a facility ("a depot of Turan Rail"), one after a legal form in lowercase
    words ("the peasant farm Akbidai"), one in apposition after a cue noun, set off by commas
    ("The third borrower, Ertis Polymer, will"), one set off by commas after a part of a
    business ("the holding's chemicals arm, KazChem Polymers, opened"), and one of two words or
    more whose facility a possessive says it is ("Tobol Lubricants' base oil plant"), and one
    a relative clause says builds the facility before it ("which X had promised to build")."""
    cue_words = (*reference.rules()["org_cue_nouns"], "maker")
    cues = "|".join(re.escape(c) for c in reference.rules()["org_cue_nouns"])
    cues += r"|[a-z]+maker"
    name = _NAME
    built_words = reference.rules()["project_agent_participles"]
    built = "|".join(built_words)
    heads = "|".join(re.escape(h) for h in (*reference.rules()["named_facility_heads"], "line",
                                            "workshop", "facility", "park", "centre", "center"))
    builds = (r"(?:(?:has|have|will|is|plans\s+to)\s+)?(?:opened|launched|built|commissioned|"
              r"constructed|inaugurated|open|launch|build|construct|building|putting[ \t]+up|plans|"
              r"completing|finishing|expanding|constructing)")
    part_words = tuple(reference.rules()["org_part_nouns"])
    parts = "|".join(re.escape(p) for p in part_words)
    project_heads = reference.rules()["project_heads"]
    projects = "|".join(re.escape(h) for h in project_heads)
    form_words = tuple(f for f in reference.rules()["org_legal_forms"] if f.islower())
    forms = "|".join(re.escape(f) for f in form_words)
    patterns = (re.compile(rf"(?<![\w-])(?:{cues})[ \t]+{name}(?![\w-])"),
                Cued(re.compile(rf"(?<![\w-])the[ \t]+{name}(?:[ \t]+[a-z]+al)?[ \t]+(?:{cues})"
                                rf"(?![\w-])(?![ \t]+[A-Z])"), Starts.of(["the"])),
                Cued(re.compile(rf"(?<![\w-])(?:{built})[ \t]+by[ \t]+(?:the[ \t]+)?{name}(?![\w-])"),
                     Starts.of(built_words)),
                re.compile(rf"(?=[{UPPER}])(?:(?<=[.,;:]\s)|(?<=\n)|^|{_CONJUNCTIONS})"
                           rf"{name.replace('{0,3}', '{1,3}')}\s+{builds}"
                           rf"\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,4}}(?:{heads})\b", re.MULTILINE),
                re.compile(rf"(?<![\w-]){name},[ \t]+(?:a|an|the|its|[A-Za-z]+['’]s)[ \t]+"
                           rf"(?:(?!of\b)[a-z-]+(?:['’]s)?[ \t]+){{0,3}}(?:{parts})(?![\w'’-])"),
                re.compile(rf"(?<![\w-]){name},[ \t]+(?:a|an|the)[ \t]+(?:[A-Z][\w-]+[ \t]+)?"
                           rf"(?:(?!of\b)[a-z-]+[ \t]+){{0,3}}(?:{cues})"
                           rf"(?=[ \t]*[,.;:)]|[ \t]+(?:of|in|from|with|that|which|based|and)\b)"),
                Cued(re.compile(rf"(?<![\w-])(?:{projects})[ \t]+of[ \t]+(?:the[ \t]+)?"
                                # past a country's possessive: "of South Korea's X"
                                rf"(?:(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+['’]s[ \t]+)?"
                                rf"{name.replace('{0,3}', '{1,3}')}(?![\w-])"),
                     Starts.of(project_heads)),
                Cued(re.compile(rf"(?<![\w-])(?:{forms})[ \t]+{name}(?![\w-])"),
                     Starts.of(form_words)),
                re.compile(rf"(?<![\w-])(?:{cues}|{parts}),[ \t]+{name}(?=,|\.(?:\s|$))"),
                # a name of two words or more whose facility it is: "Tobol Lubricants' plant"
                re.compile(rf"(?<![\w-]){name.replace('{0,3}', '{1,3}')}(?:['’]s?)[ \t]+"
                           rf"(?:[\w-]+[ \t]+){{0,4}}?(?:{projects})(?![\w-])"),
                # one that a relative clause says builds what it follows: "a plant, which
                # Hebei Huaxin Chemical had promised to build"
                re.compile(rf"(?<![\w-])(?:which|that)[ \t]+(?:[A-Z][a-z]+['’]s[ \t]+)?"
                           rf"{name.replace('{0,3}', '{1,3}')}[ \t]+(?:(?:was|is|had|has)[ \t]+)?"
                           r"(?:(?:promised|planned|plans|agreed|intended|intends)?[ \t]*to[ \t]+)?"
                           r"(?:build|construct|prepar)\w*"))
    needs = (cue_words, cue_words, (), (), part_words, cue_words, (), form_words,
             (*cue_words, *part_words), ("'", "’"), ("which", "that"))
    return tuple(zip(patterns, needs, strict=True))


# a clause's subject may follow its conjunction: "A year after Qazaq Keramika opened its plant"
_CONJUNCTIONS = "|".join(rf"(?<=\b{w}\s)" for w in ("after", "when", "as", "since", "before",
                                                      "while", "because", "and", "but", "once"))


def no_name(word: str) -> bool:
    """Whether a word is none of a name a cue noun calls a business ("the EPC contractor").

    >>> no_name("EPC"), no_name("Kazzinc")
    (True, False)
    """
    return word in _not_in_a_called_name()


@cache
def _not_in_a_called_name() -> frozenset[str]:
    """Words no name a cue noun calls a business has: sentence starters, nationalities,
    countries, titles, place words, technical acronyms ("the EPC contractor"), regions and their
    centres."""
    rules = reference.rules()
    return frozenset(stop_words()).union(
        rules["countries"], rules["name_nationality_words"], rules["model_title_words"],
        rules["org_place_words"], rules["org_not_words"], rules["term_acronyms"],
        (w for t in rules["role_titles"] for w in t.split()), _place_names())


@cache
def _countries() -> frozenset[str]:
    """Countries' names, which a business's name of two words or more may end with ("Daesung
    Seating Kazakhstan")."""
    return frozenset(reference.rules()["countries"])


@cache
def _place_names() -> frozenset[str]:
    """The regions' names and their centres' ("Kostanay"), which a business's name of two
    words or more may start or end with ("Kostanay Agromash", "Polimer Pack Kostanay")."""
    return frozenset(n for r in reference.regions() for n in (*r.names, *r.blocked))


def called(text: str) -> list[Mention]:
    """Rules only, names a cue noun (``org_cue_nouns``, or a maker) calls a business, right
    before or after it: "Turkish contractor Yapi Merkezi", "the Kazphosphate company" (with the
    model, ``parse.called_companies`` reads the same from the parse), the builder a passive
    names ("to be built by X"), and a name of two words or more opening a clause that opens,
    builds or finishes a facility ("In May, Orda Glass opened a glass plant") or one a part of
    a business (``org_part_nouns``) follows in apposition ("Ertis Metals, a subsidiary of Y")
    and one of two words or more after "a plant of", unless its last word ends as a surname
    does (``surname_endings``); and one after a legal form in lowercase words ("the peasant
    farm Akbidai"); no place, title or nationality (but a country's name may end a name of
    two words or more: "Daesung Seating Kazakhstan").

    >>> [m.key for m in called("Turkish contractor Yapi Merkezi and the Kazphosphate company")]
    ['company:Yapi Merkezi', 'company:Kazphosphate']
    >>> called("the Aktobe company, the company Director and the Kazakh firm")
    []
    """
    found = []
    banned = _not_in_a_called_name()
    surname = tuple(reference.rules()["surname_endings"])

    def bad(w: str) -> bool:
        return w in banned or set(w.split("-")) <= banned

    for index, (pattern, needs) in enumerate(_called_patterns()):
        if needs and not any(word in text for word in needs):
            continue  # none of the words it needs: it cannot match
        for match in pattern.finditer(text):
            start, end = _without_owner_or_base(text, *match.span("name"))
            words = text[start:end].split()
            # after a cue noun, only the first word is checked ("the company Jushi Kazakhstan");
            # a place's name is part of a longer name with a word of its own
            own = len(words) > 1 and not all(map(bad, words))
            if not words or words[-1].endswith(_SEAT_ENDS) or any(bad(w) and not (own and (
                    w in _place_names() or w is words[-1] and w in _countries()))
                    for w in (words[:1] if index == 0 else words)) or (
                    words[0] in reference.generic_words() or regions(text[start:end])):
                continue  # "the company Director", "built by the Government", "Kazakh-Korean"
            if index in (3, 4, 5, 6, 8, 9, 10) and words[-1].endswith(surname):
                continue  # "Serik Akhmetov opened the plant": a person
            found.append(Mention(start, end, text[start:end], "organization", "org-called",
                                 f"{org_kind(text[start:end])}:{core_name(text[start:end])}"))
    return sorted(found, key=lambda m: m.start)


def seated(text: str) -> list[Mention]:
    """In both modes, a name after where it is registered or based ("Swiss-registered Helvetia
    Bioscience"), or after its country's possessive where its last word is a business's
    ("Korea's Daesung Chemical"): a business's seat, whatever the model reads the name as.

    >>> [m.key for m in seated("announced by Swiss-registered Helvetia Bioscience in 2022")]
    ['company:Helvetia Bioscience']
    >>> [m.key for m in seated("South Korea's Hanbit Energy and Korea's President Yoon")]
    ['company:Hanbit Energy']
    """
    if "-" not in text and "'" not in text and "’" not in text:
        return []
    words = _business_words()
    return [Mention(m.start("name"), m.end("name"), m.group("name"), "organization",
                    "org-seated", f"{org_kind(m.group('name'))}:{core_name(m.group('name'))}")
            for m in _seat().finditer(text) if not regions(m.group("name")) and (
                m.group("seat") or m.group("name").split()[-1] in words
                and not _MORE.match(text, m.end()))]  # the whole name, no more than 4 words


_MORE = re.compile(rf"[ \t]+(?:[{UPPER}]|&)")


@cache
def _seat() -> re.Pattern:
    countries = "|".join(map(re.escape, sorted(_countries(), key=len, reverse=True)))
    return re.compile(rf"(?=[A-Z])(?<![\w-])(?:(?P<seat>[A-Za-z]+-(?:{_SEATED}))|(?:{countries})"
                      rf"['’]s)[ \t]+{_NAME}(?![\w-])")  # the look-ahead only makes it faster


@cache
def _business_words() -> frozenset[str]:
    """The last words that make a name a business's (``org_name_words``, ``org_name_ends``)."""
    rules = reference.rules()
    return frozenset([*rules["org_name_words"], *rules["org_name_ends"]])


def labelled(text: str) -> list[Mention]:
    """A name under a label of whose a project is (``owner_nouns``: "Investor: Tobol Battery."),
    in both modes: a release names the business there, whatever the model reads the name as.

    >>> [m.key for m in labelled("Cost: KZT 5 billion. Investor: Tobol Battery. Jobs: 75.")]
    ['company:Tobol Battery']
    """
    banned = _not_in_a_called_name()
    return [Mention(m.start("name"), m.end("name"), m.group("name"), "organization",
                    "org-labelled", f"company:{core_name(m.group('name'))}")
            for m in _labels().finditer(text) if not set(m.group("name").split()) & banned]


def farms(text: str) -> list[Mention]:
    """A farm's name where the farm owns or builds ("a plant built by the Sarybel sheep farm",
    "the Ak Bulak farm's dairy plant"), in both modes: a business without a legal form, and no
    project there.

    >>> [m.text for m in farms("A plant built by the Sarybel sheep farm. The Ak Bulak farm's "
    ...                        "dairy plant. The Aral wind farm is big.")]
    ['Sarybel', 'Ak Bulak']
    """
    if "farm" not in text:
        return []
    banned = _not_in_a_called_name()
    return [Mention(m.start("name"), m.end("name"), m.group("name"), "organization", "org-farm",
                    f"company:{core_name(m.group('name'))}") for m in _FARM.finditer(text)
            if (m.group("by") or m.group("owns")) and not set(m.group("name").split()) & banned]


_FARM = Cued(re.compile(r"(?:(?P<by>\bby[ \t]+)the|(?<![\w-])[Tt]he)[ \t]+(?P<name>[A-Z][\w’'-]*"
                        r"(?:[ \t]+[A-Z][\w’'-]*){0,2})(?:[ \t]+(?!wind\b|solar\b)[a-z]+)?"
                        r"[ \t]+farm(?:(?P<owns>['’]s\b)|(?![\w-]))"),
             Starts.of(["by", "the", "The"]))


@cache
def _labels() -> Cued:
    nouns = [n.title() for n in reference.rules()["owner_nouns"]]
    return Cued(re.compile(rf"(?<![\w-])(?:{'|'.join(nouns)})s?:[ \t]+{_NAME}"
                           r"(?=[ \t]*(?:[.;,\n]|$))"),
                Starts.of(nouns))


def called_by_a_cue(text: str, start: int) -> bool:
    """Whether a nationality or an owner's word and a cue noun come right before ``start``,
    maybe with words of what it makes between: "the Turkish group X", "Chinese bus maker X",
    "our partner X", or its seat: "Swiss-registered X" (no person is called that).

    >>> t = "the Turkish group Ekin Boru and the group Ekin Boru; our partner Huaxin Coach"
    >>> called_by_a_cue(t, 18), called_by_a_cue(t, 42), called_by_a_cue(t, 65)
    (True, False, True)
    """
    return _cue_before().search(text, max(0, start - 60), start) is not None


def called_a_business(text: str, end: int) -> bool:
    """Whether what is said of a name right after it is what no person is: a business's part
    (``org_part_nouns``: "X, a subsidiary of Y", "X, the local unit of Y") or a noun only a
    business is (``org_nouns_no_person``: "X, a joint venture between Y and Z").

    >>> t = "Zhibek Biotech, a subsidiary of Meditek Holding, and Aliya Nurova, its director"
    >>> called_a_business(t, 14), called_a_business(t, 60)
    (True, False)
    >>> called_a_business("Nur Biopharm, a joint venture between", 12)
    True
    """
    return _business_after().match(text, end) is not None


@cache
def _business_after() -> re.Pattern:
    rules = reference.rules()
    parts = "|".join(map(re.escape, rules["org_part_nouns"]))
    nouns = "|".join(map(re.escape, rules["org_nouns_no_person"]))
    return re.compile(rf",[ \t]+(?:an?|the|its)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
                      rf"(?:(?:{parts})[ \t]+of|(?:{nouns}))\b")


@cache
def _cue_before() -> re.Pattern:
    rules = reference.rules()
    nations = "|".join(map(re.escape, rules["name_nationality_words"]))
    cues = "|".join(map(re.escape, rules["org_cue_nouns"]))
    return re.compile(rf"\b(?:{nations}|[Oo]ur|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
                      rf"(?:{cues})[ \t]+$|\b[A-Za-z]+-(?:{_SEATED})[ \t]+$")


_SEATED = "|".join(SEATS)  # "Swiss-registered X": a business's seat
_SEAT_ENDS = tuple(f"-{w}" for w in SEATS)  # "the Astana-based developer": no name


def _without_owner_or_base(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's span without a possessive or an "X-based" before it ("China's Hunan Motors",
    "Shakhtinsk-based Qazaq Glass") or its own possessive ("Polymetal's").

    >>> t = "China's Hunan Motors and Polymetal's"
    >>> [t[slice(*_without_owner_or_base(t, *s))] for s in [(0, 20), (25, 36)]]
    ['Hunan Motors', 'Polymetal']
    """
    while owner := _OWNER_FIRST.match(text, start, end):
        start = owner.end()
    return start, end - len(_POSSESSIVE_END.search(text, start, end)[0])


_OWNER_FIRST = re.compile(r"[\w&-]+(?:['’]s|-based)[ \t]+")
_POSSESSIVE_END = re.compile(r"(?:['’]s)?$")
