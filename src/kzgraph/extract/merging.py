"""Which project mentions are one project: a facility named again ("the Aral aluminum smelter"
after "an aluminum smelter", "the plant", "its new plant", "the Ekibastuz plant"), in apposition
("the Shelek Juice Plant, a facility for"), or told of under a list item's heading that names
it; ``merge_projects`` gives each mention the key of the project it names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from . import projects, reference
from .context import head_noun
from .text import named_by_product


def merge_projects(text: str, spans: list[tuple[int, int]],
                    mentions: list[Mention]) -> list[Mention]:
    """Give later mentions of a project named earlier ("the Aral aluminum smelter" after "an
    aluminum smelter") the key of the first; a head after "the" and nothing but participles ("The
    $200 million plant is 80% complete") is the last project named with that head, or in its
    paragraph the last named, where the head only says what it is ("the facility"); a facility
    named by its place or owner after "the" ("the Ekibastuz plant") is the project with that head
    whose sentence names the place or owner; so is one named again shorter after "the"."""
    merged: list[Mention] = []
    for m in sorted([*mentions, *_owned_again(text, spans, mentions)], key=lambda m: m.start):
        if m.rule == "project-owned-again":  # keyed by the project it names again, or none
            if first := next((p for p in reversed(merged) if p.end <= m.start
                              and _head(p.key) == m.key), None):
                merged.append(replace(m, key=first.key))
            continue
        first = next((p for p in merged if same_project(p.key, m.key)), None)
        words = m.key.lower().split()
        if first is None and all(_PARTICIPLE.fullmatch(w) for w in words[:-1]) and (
                _definite(text, m)):
            first = next((p for p in reversed(merged) if _head(p.key) == words[-1]), None)
            if first is None and generic(m.key) and merged and "\n" not in text[
                    merged[-1].end:m.start]:  # "the 15 billion tenge facility": the one before
                first = merged[-1]
        if first is None and _definite(text, m):  # "the pipe plant" after "a plant for pipes",
            # "The plant, which will produce cardboard" after "the X cardboard plant", "the
            # solar plant" after "a 150 MW solar power plant" and the other way round
            first = next((p for p in reversed(merged) if named_by_product(m.key, p.key) or
                          named_by_product(_lowercase(p.key), m.key)
                          or shortened(m.key, p.key) or shortened(p.key, m.key)), None)
        if first is None:  # "the Ekibastuz plant" after "a pipe plant in Ekibastuz"
            first = next((p for p in reversed(merged) if _definite(text, m) and named_by_place(
                text, spans, m, p) or _definite(text, p) and named_by_place(text, spans, p, m)),
                None)
        if first is None and merged and merged[-1].text[:1].isupper() and _APPOSED.fullmatch(
                text, merged[-1].end, m.start) and generic(m.key):
            first = merged[-1]  # "the Shelek Juice Plant, a facility for the production of"
        if first is None:  # "2. Makat power plant (Atyrau Region). X LLP plans a 250 MW gas
            first = _headed(text, merged, m)  # plant"
        if first is None and merged and _part(text, m):  # "the frame of the main workshop
            first = merged[-1]  # has been erected": of the plant told of last
        if first is not None and (_placed_apart(text, first, m) or _sized_apart(text, first, m)):
            first = None  # "the sugar plant in Shu district" after "a sugar plant in Baizak"
        same = next((p for p in merged if p.key == m.key), None)
        if first is None and same and (" " not in m.key and not _definite(text, m)
                                       or _placed_apart(text, m, same)
                                       or _sized_apart(text, m, same)):
            # "a plant" again: another, "plant #2"; so "the sugar plant in Shu district"
            others = {p.key for p in merged if (_head(p.key) == words[-1] if " " not in m.key
                                                else p.key.split(" #")[0] == m.key)}
            m = replace(m, key=f"{m.key} #{1 + len(others)}")
        merged.append(m if first is None else replace(m, key=first.key))
    return merged


def _headed(text: str, merged: list[Mention], m: Mention) -> Mention | None:
    """The project a paragraph's heading is the name of ("4. Aksai gas processing plant (West
    Kazakhstan Region)." before the paragraph's first sentence, or on a line of its own above
    it), where ``m`` is the first project with its head after the heading: a list of projects,
    or a report by project, names each, then tells of it.

    >>> def at(t, w):  # the last mention of w
    ...     return Mention(t.rindex(w), t.rindex(w) + len(w), w, "project", "r", w)
    >>> t = "1. Aral salt plant (Kyzylorda Region). X LLP is building a plant near Aral."
    >>> _headed(t, [at(t, "Aral salt plant")], at(t, "plant")).text
    'Aral salt plant'
    >>> t = "Aral salt plant\\n\\nWork on the Group's salt plant in Aral is frozen."
    >>> _headed(t, [at(t, "Aral salt plant")], at(t, "salt plant")).text
    'Aral salt plant'
    >>> t = "Aral salt plant opened in May. X LLP is building a plant near Aral."
    >>> _headed(t, [at(t, "Aral salt plant")], at(t, "plant")) is None
    True
    """
    start = text.rfind("\n", 0, m.start) + 1
    heading = _HEADING.match(text, start)
    if heading is None or heading.end() > m.start:  # else a heading on the line above
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        heading = _HEADING_LINE.fullmatch(text, text.rfind("\n", 0, end) + 1, end)
        if heading is None:
            return None
    named = [p for p in merged if heading.start() <= p.start < m.start]
    if len(named) == 1 and named[0].start == heading.start("name") and _head(
            named[0].key) == _head(m.key) and _HEADING_END.fullmatch(text, named[0].end,
                                                                      heading.end()):
        return named[0]
    return None


_HEADING = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-–•*])[ \t]+)?(?P<name>[^\n.:!?]{3,100})[.:](?=\s)")
_HEADING_LINE = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-–•*])[ \t]+)?(?P<name>[^\n.:!?]{3,100})[.:]?")
_HEADING_END = re.compile(r"(?:\s+(?:in|near|at)\s+[A-Z][\w'’-]*(?:\s+(?:[Rr]egion|[Dd]istrict))?)?"
                          r"\s*(?:\([^()\n]*\))?\s*[.:]?")  # "... plant in Kyzylorda (2025)"


def _lowercase(label: str) -> str:
    return " ".join(w for w in label.split() if not w[:1].isupper())


def _head(key: str) -> str:
    """The head word of a project's key, past the number of another with the same bare head."""
    words = key.lower().split()
    return words[-2] if len(words) > 1 and words[-1].startswith("#") else words[-1]


def _owned_again(text: str, spans: list[tuple[int, int]],
                 mentions: list[Mention]) -> list[Mention]:
    """A facility its owner's word names again by its head ("Its new plant", "the company's
    modernised mill", in the two sentences after a project): keyed by the head alone, for
    ``merge_projects`` to give it the key of the project before with that head."""
    found = []
    for match in _OWNED_AGAIN.finditer(text):
        head = match.group(1).lower()
        i = next((i for i, (b, e) in enumerate(spans) if b <= match.start() < e), 0)
        if head in projects.head_words() and not any(
                p.start < match.end() and match.start() < p.end for p in mentions) and any(
                spans[max(0, i - 2)][0] <= p.start < match.start() for p in mentions):
            found.append(Mention(match.start(), match.end(), match.group(0), "project",
                                 "project-owned-again", head))
    return found


_OWNER_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he\s+(?:company|group|holding|firm|"
                           r"investor|owner)['’]s)(?:\s+new)?\s+$")
_OWNED_AGAIN = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he\s+(?:company|group|holding|firm|"
                          r"investor|owner)['’]s)\s+(?:new\s+|[a-z]+ed\s+)?([a-z]+)\b")


def _placed_apart(text: str, m: Mention, other: Mention) -> bool:
    """Whether two mentions by common nouns are each followed by a place, and not the same: "a
    sugar plant in Baizak district" and "the sugar plant in Shu district" are two plants."""
    places = [_PLACE_AFTER.match(text, x.end) for x in (m, other) if x.text[:1].islower()]
    return len(places) == 2 and all(places) and places[0][1] != places[1][1]


_PLACE_AFTER = re.compile(r"\s+(?:in|near|at)\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _sized_apart(text: str, m: Mention, other: Mention) -> bool:
    """Whether two mentions are each right after a size, and not the same: "a 20-hectare
    greenhouse complex" and "a 5-hectare greenhouse complex" are two."""
    sizes = [_SIZE_BEFORE.search(text, max(0, x.start - 24), x.start) for x in (m, other)]
    return all(sizes) and sizes[0][0].strip() != sizes[1][0].strip()


_SIZE_BEFORE = re.compile(r"\d[\d.,]*[\s-]*(?:hectares?|ha|MW|MWh|GW|kV|km)[\s-]+$")


def _part(text: str, m: Mention) -> bool:
    """Whether a mention after "the" (or an owner's word) names a part of a plant, not a plant:
    its head is a part's (``project_part_heads``: "the paint shop", "the first DC furnace") or
    it is the main one ("the main workshops"); or one of what a facility is said to include
    ("the plant includes a press shop, a paint line and a warehouse")."""
    words = m.key.lower().split()
    a_part = (words[-1].removesuffix("s") in reference.rules()["project_part_heads"]
              or words[0] == "main" or _MAIN_BEFORE.search(text, max(0, m.start - 30), m.start))
    return bool(a_part and _PART_BEFORE.search(text, max(0, m.start - 40), m.start)
                or _INCLUDES.search(text, max(0, m.start - 200), m.start))


_PART_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)(?:\s+(?:main|first|second|third|new|"
                          r"two|three))*\s+$")
_MAIN_BEFORE = re.compile(r"\bmain\s+$")
# what a facility is made of: "The new facility includes a slaughter line, a deboning shop"
_INCLUDES = re.compile(r"\b(?:facility|plant|complex|project|stage|factory|enterprise)"
                       r"(?:,\s+which)?\s+(?:will\s+)?(?:also\s+)?(?:includes?|comprises?|"
                       r"consists\s+of)\s+[^.;:]*$")


def _definite(text: str, m: Mention) -> bool:
    """Whether "the", "this" or an owner's word ("its", "the company's") is before a mention, or
    a bullet that opens its line (a recap: "- Temirtau mini-mill: operating")."""
    return (_DEFINITE.search(text, max(0, m.start - 30), m.start) is not None
            or _OWNER_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
            or _BULLET.search(text, max(0, m.start - 10), m.start) is not None)


_BULLET = re.compile(r"(?:^|\n)[ \t]*[-•*–][ \t]+$")


_PARTICIPLE = re.compile(r"[a-z]+ed")
_APPOSED = re.compile(r",\s+(?:an?|the)\s+(?:(?:new|first|only|[a-z]+est)\s+)?")  # "the largest"
_DEFINITE = re.compile(r"(?<![\w-])(?:the|The|this|This)(?:[ \t]+[$€₸\d][^\s]*"
                       r"(?:[ \t]+(?:[kMG]W|MWh|kV|MVA))?){0,3}"  # "the 50 MW"
                       r"(?:[ \t]+(?:million|billion|mln|bln|bn|tenge|new))*[ \t]+$")


def same_project(label: str, other: str) -> bool:
    """Two labels name one project when one is the other with more modifiers in front, also
    where one says what is made after "of" ("production of insulin", "insulin production").

    >>> same_project("aluminum smelter", "Pavlodar aluminum smelter")
    True
    >>> same_project("cement plant", "brick plant")
    False
    >>> same_project("Insulin production", "production of insulin")
    True
    """
    short, long = sorted((_made_first(label), _made_first(other)), key=len)
    return len(short) >= 2 and long[-len(short):] == short


def _made_first(label: str) -> list[str]:
    """A label's words, what is made first: "production of insulin" -> "insulin production"."""
    made = _MAKING_OF.fullmatch(label.lower())
    return f"{made[2]} {made[1]}".split() if made else label.lower().split()


_MAKING_OF = re.compile(r"(production|assembly|processing|manufacture|manufacturing)\s+of\s+"
                        r"(?:the\s+)?([\w\s-]+)")


def generic(label: str) -> bool:
    """Whether a project's head says only what kind of thing it is (``project_generic_heads``):
    after a name, in apposition, it describes the one named ("X Plant, a facility for ...").

    >>> generic("facility for the production of juice"), generic("juice plant")
    (True, False)
    """
    return head_noun(label) in reference.rules()["project_generic_heads"]


def shortened(label: str, other: str) -> bool:
    """Whether ``label`` is ``other`` with words left out, its head kept ("solar plant" of
    "150 MW solar power plant"): a project named again shorter.

    >>> shortened("solar plant", "150 MW solar power plant"), shortened("gas plant", "gas field")
    (True, False)
    >>> shortened("rolling mill", "rolling mill for rebar and wire rod")
    True
    """
    other = _FOR_WHAT.split(other.lower())[0]  # what it makes is no part of its head
    words, others = label.lower().split(), iter(other.split()[:-1])
    return (len(words) >= 2 and words[-1] == other.split()[-1]
            and all(w in others for w in words[:-1]))


_FOR_WHAT = re.compile(r" (?:for|of|producing|making) ")


def named_by_place(text: str, spans: list[tuple[int, int]], named: Mention,
                    other: Mention) -> bool:
    """Whether ``named`` ("Ekibastuz plant", "Ilek Motors shop", "X project"), after "the", is
    ``other`` named again by a place or owner its sentence names, with its head (any: "project").

    >>> t = "A pipe plant in Ekibastuz opened. The Ekibastuz plant employs 400."
    >>> ms = [Mention(t.index(k), t.index(k) + len(k), k, "project", "r", k)
    ...       for k in ("pipe plant", "Ekibastuz plant")]
    >>> named_by_place(t, [(0, 34), (34, len(t))], ms[1], ms[0])
    True
    """
    words = named.key.split()  # the place or owner: its words in capitals ("Ilek Motors shop")
    n = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    place, tail = " ".join(words[:n]), words[n:]
    other_words = _FOR_WHAT.split(other.key.lower())[0].split()
    if not tail or not place[:1].isupper() or tail != ["project"] and other_words[-len(tail):] != [
            w.lower() for w in tail] or len(other_words) < len(tail):
        return False
    begin, end = next(((b, e) for b, e in spans if b <= other.start < e), (other.start, other.end))
    return re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text[begin:end]) is not None
