"""Mentions of sectors named as such: the sector scheme's names and, for common words
("construction", "energy"), only where the text says they are a sector; and the sectors a
project's product points to (``products.jsonl``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Mention
from . import reference
from .alternation import SPACES, alternation, fold, folded
from .scan import Cued, Starts
from .text import longest


@dataclass(frozen=True)
class _SectorPatterns:
    name: Cued  # any sector name
    names: dict[str, str]  # lowercased name -> sector key
    names_folded: dict[str, str]
    needs_context: frozenset[str]  # common words that name a sector only in context
    products: frozenset[str]  # of those, products ("textiles"): a list of products is no context
    context_after: re.Pattern  # "construction industry"
    grew: re.Pattern  # a branch's figures after it: "construction grew by 12%"
    context_before: re.Pattern  # "industries such as construction"
    listed_before: re.Pattern  # a plural or singular sector word after a list: "... sectors"
    collective: frozenset[str]  # words read as "industry" after a list: "the pharma cluster"
    joined: re.Pattern  # two words joined by a hyphen before a sector word: "mining-metallurgical"
    facility_after: re.Pattern  # a facility noun right after a name: "an aquaculture complex"
    modifies: re.Pattern  # a business or a thing after a name: "a mining (and steel) company"


_LIST_GAP = re.compile(r"[\s,]*(?:and|or|as well as)?[\s,]*")


@cache
def _sector_patterns() -> _SectorPatterns:
    rules = reference.rules()
    names = {n.lower(): s.key for s in reference.sectors() for n in s.names}
    context = "|".join(rules["sector_context_words"] + rules["sector_collective_words"])
    return _SectorPatterns(
        name=Cued(re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w-])", re.IGNORECASE),
                  Starts.of_names(names, caseless=True)),
        names=names,
        names_folded=folded(names),
        needs_context=frozenset(w.lower() for w in rules["sector_needs_context"]
                                + rules["sector_products"]),
        products=frozenset(w.lower() for w in rules["sector_products"]),
        context_after=re.compile(  # "construction industry", "agriculture is a key sector"
            rf"\s+(?:(?:is|was|remains|became|has\s+become)\s+(?:an?|the|one\s+of\s+the)\s+"
            rf"(?:[a-z]+\s+){{0,2}})?(?:{context})\b"),
        grew=re.compile(rf"\s+(?:{'|'.join(rules['sector_growth_verbs'])})\b"),
        context_before=re.compile(rf"\b(?:{context})\s+(?:of|such as|like|including)\s*$"),
        listed_before=re.compile(rf"(?<![\w-])(?:{context})(?![\w-])"),
        collective=frozenset(rules["sector_collective_words"]),
        joined=re.compile(rf"(?<![\w-])([a-z]+)-([a-z]+)\s+({context}|complex)(?![\w-])",
                          re.IGNORECASE),
        facility_after=re.compile(
            rf"\s+(?:{'|'.join(rules['named_facility_heads'])})(?:s|es)?(?![\w-])"),
        modifies=re.compile(
            rf"(?:\s+(?:and|&)\s+[a-z-]+)?\s+(?:{alternation(_modified_nouns(rules))})(?![\w-])"),
    )


def _modified_nouns(rules: dict) -> set[str]:
    """Nouns a sector's name only describes: a business ("company", "giant": the nouns that
    call a name a business) or a thing ("equipment", "ministry"), with their plurals."""
    nouns = [*rules["org_cue_nouns"], *rules["sector_modified_nouns"]]
    return {*nouns, *(n[:-1] + "ies" if n.endswith("y") else n + "s" for n in nouns)}


def sectors(text: str, names_found: list[Mention] | None = None) -> list[Mention]:
    """Sectors named as such; common words ("construction") count only with "industry",
    "sector"... next to them, in a list with another sector, with their figures ("grew by 5%",
    "2% in trade") or as a heading; no name counts before a facility, a business or a thing it
    only describes ("a mining company"). ``names_found`` are the sector names as the gazetteer
    ruler found them; by default they are matched here.

    >>> [m.key for m in sectors("sectors such as metallurgy, chemicals, and food production")]
    ['sector/metallurgy', 'sector/chemical-industry', 'sector/food-industry']
    >>> sectors("the construction of a plant")
    []
    >>> [m.text for m in sectors("projects in the energy, utilities, and agricultural sectors")]
    ['energy', 'agricultural']
    >>> sectors("an aquaculture complex for sturgeon")
    []
    """
    p = _sector_patterns()
    if names_found is not None:
        names_found = longest(names_found)  # "railway machinery building", not also its start
    else:
        names_found = []
        for match in p.name.finditer(text):
            surface = match.group()
            if key := _key(surface, p):
                names_found.append(Mention(match.start(), match.end(), surface, "sector",
                                           "sector-name", key))
    found = []
    lists = _lists(text, names_found)
    for m in names_found:
        if m.text.lower() in p.needs_context:
            after = text[m.end : m.end + 60]
            before = text[max(0, m.start - 40) : m.start]
            # in a list with another name; a product ("textiles") with a name that is no product
            listed = any(o is not m and not (m.text.lower() in p.products
                                              and o.text.lower() in p.products)
                         for o in lists[id(m)])
            # figures of a branch: "construction grew", "2% in trade." (not a product's sales)
            grew = m.text.lower() not in p.products and (
                p.grew.match(after) or (_IN_BEFORE.search(before) and _PHRASE_END.match(after))
                or _FIGURE_OF.search(before))  # "the share of manufacturing"
            # a branch's work, not a plant's product: "the production of building materials
            # grew" (not "a plant for the production of building materials")
            made = m.text.lower() in p.products and _PRODUCTION_OF.search(before)
            # the topic of a question, as an interviewer asks it: "And agriculture?"
            asked = _ASKED_BEFORE.search(before) and _QUESTION.match(after)
            # what an economy lives on: "better known for oil and gas", "the city's
            # manufacturing", "the manufacturing output" (not a product's: "cement output")
            economy = _ECONOMY_BEFORE.search(before) or (
                m.text.lower() not in p.products and _OUTPUT_AFTER.match(after))
            if not (p.context_after.match(after) or listed or p.context_before.search(before)
                    or grew or made or asked or economy or _heading(text, m)):
                continue
        if p.facility_after.match(text, m.end):  # the product of a plant, not a sector
            continue
        if p.modifies.match(text, m.end) and not p.listed_before.search(m.text.lower()):
            continue  # "a mining company", not "the oil and gas sector companies"
        if m.text.lower().endswith("ing") and _ACTIVITY_OF.match(text, m.end):
            continue  # the work itself: "the mining of copper ore" (not "mining of Kazakhstan")
        found.append(m)
    return longest(found + _listed(text, p) + _joined(text, p))


_FIGURE_OF = re.compile(r"(?<![\w-])(?:share|growth|output|volume|decline)\s+of\s+(?:the\s+)?$")
_PRODUCTION_OF = re.compile(r"(?<![\w-])(?<!for )(?<!for the )(?:the\s+)?(?:production|manufacture"
                            r"|manufacturing|output)\s+of\s+$")
_ACTIVITY_OF = re.compile(r"\s+of\s+(?:the\s+)?[a-z]")
_IN_BEFORE = re.compile(r"(?<![\w-])[Ii]n\s+$")  # "In energy, X is building ..."
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|(?:and|or|by|as|than|over|since|during)(?![\w-])|$)")
_ECONOMY_BEFORE = re.compile(r"(?<![\w-])(?:known\s+for|depends?\s+on|depended\s+on|"
                             r"dependent\s+on|dependence\s+on|reliant\s+on|reliance\s+on|"
                             r"dominated\s+by|driven\s+by|(?:region|city|country|oblast|"
                             r"economy|republic)['’]s)\s+$")
_OUTPUT_AFTER = re.compile(r"\s+(?:output|exports?)(?![\w-])")
_ASKED_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]nd|[Ww]hat\s+about|[Hh]ow\s+about)\s+$")
_QUESTION = re.compile(r"\s*\?")
_LINE_START = re.compile(r"(?:^|\n)[ \t\-–—•*]*$")
_HEADING_END = re.compile(r"[ \t]*(?::|\n|$)")


def _heading(text: str, m: Mention) -> bool:
    """Whether a name is a heading: alone on its line, or before a colon at a line's start
    ("AGRICULTURE: 23 projects", "- Construction: 5 projects")."""
    return bool(_LINE_START.search(text, 0, m.start)) and bool(_HEADING_END.match(text, m.end))


def _lists(text: str, names: list[Mention]) -> dict[int, list[Mention]]:
    """Each name's list: the names joined to it by commas and "and" / "or" (by ``id``)."""
    ordered = sorted(names, key=lambda m: m.start)
    groups: list[list[Mention]] = []
    for m in ordered:
        last = groups[-1][-1] if groups else None
        if last is not None and 0 < m.start - last.start < 60 and last.end <= m.start and (
                _LIST_GAP.fullmatch(text[last.end:m.start])):
            groups[-1].append(m)
        else:
            groups.append([m])
    return {id(m): group for group in groups for m in group}


_HEADS = frozenset({"industry", "sector", "branch", "sphere"})
_TOKEN = re.compile(r"[A-Za-z][\w-]*|\S")


def _listed(text: str, p: _SectorPatterns) -> list[Mention]:
    """Sectors in a list that a sector word ends: "the energy, utilities, and agricultural
    sectors" names energy and agriculture. Each item of one or two words is read with the
    sector word after it ("agricultural sector"), or alone where that is a sector's name; a
    word for the branch's businesses together ("cluster", "enterprises") is read as "industry"
    or "sector" ("the pharmaceutical cluster", "agro-industrial enterprises"), and so is each of
    those ("the uranium sector" is the scheme's "uranium industry").

    >>> [(m.text, m.key) for m in _listed("the mining and metallurgical industries",
    ...                                   _sector_patterns())]
    [('mining', 'sector/mining'), ('metallurgical', 'sector/metallurgy')]
    >>> [m.key for m in _listed("the pharmaceutical cluster", _sector_patterns())]
    ['sector/pharmaceutical-industry']
    """
    found = []
    for word in p.listed_before.finditer(text):
        head = word.group().lower()
        singular = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
        # "industry" and "sector" name the same ("the uranium sector" is the uranium industry);
        # "field" does not ("the oil field")
        heads = (singular, "industry", "sector") if singular in _HEADS or head in p.collective \
            else (singular,)
        begin = max(0, word.start() - 80)
        tokens = list(_TOKEN.finditer(text, begin, word.start()))
        items: list[list[re.Match]] = [[]]
        for token in reversed(tokens):
            if token.group() in (",", "and", "or"):
                if len(items) == 1 and not items[0]:
                    break  # the sector word comes right after an item
                if items[-1]:
                    items.append([])
            elif token.group()[0].isalpha() and len(items[-1]) < 2:
                items[-1].insert(0, token)
            else:
                break
        for item in items:
            for first in item:
                surface = text[first.start():item[-1].end()]
                key = next((k for h in heads if (k := _key(f"{surface} {h}", p))),
                           None) or _key(surface, p)
                if key:
                    found.append(Mention(first.start(), item[-1].end(), surface, "sector",
                                         "sector-listed", key))
                    break
    return sorted(found, key=lambda m: m.start)


def _joined(text: str, p: _SectorPatterns) -> list[Mention]:
    """Two sectors joined by a hyphen before a sector word, as Russian compounds are translated:
    "the mining-metallurgical complex" is mining and metallurgy (each part is read with the
    word after it, or alone).

    >>> [m.key for m in _joined("the mining-metallurgical complex", _sector_patterns())]
    ['sector/mining', 'sector/metallurgy']
    >>> _joined("the agro-industrial complex", _sector_patterns())
    []
    """
    found = []
    for match in p.joined.finditer(text):
        keys = [_key(f"{match.group(i)} {match.group(3)}", p) or _key(match.group(i), p)
                for i in (1, 2)]
        if all(keys):
            found += [Mention(match.start(i), match.end(i), match.group(i), "sector",
                              "sector-joined", key) for i, key in zip((1, 2), keys, strict=True)]
    return found


def _key(name: str, p: _SectorPatterns) -> str | None:
    return p.names.get(SPACES.sub(" ", name.lower())) or p.names_folded.get(fold(name))


def product_sectors(label: str) -> list[tuple[str, str]]:
    """The sectors a project's product points to, with the id of the rule that says so; a rule
    marked ``head`` names the sector of what the project is ("a copper mine" is mining) and
    comes first where it matches the label's head noun.

    >>> product_sectors("production of glyphosate and glyphosate containing herbicides")
    [('sector/chemical-industry', 'prod-agrochemicals')]
    >>> product_sectors("battery factory")
    [('sector/electrical-engineering', 'prod-electrical')]
    >>> product_sectors("cotton-textile enterprise")
    [('sector/light-industry', 'prod-light')]
    >>> product_sectors("Aktas copper mine")
    [('sector/mining', 'prod-mine'), ('sector/metallurgy', 'prod-steel')]
    """
    head = _TAIL.split(label, 1)[0].split()[-1:]
    found: dict[str, tuple[int, str]] = {}
    for pattern, key, rule_id, at_head in _product_rules():
        if at_head:
            if head and pattern.fullmatch(head[0]):
                found[key] = (-1, rule_id)
        elif key not in found and (match := pattern.search(label)):
            found[key] = (match.start(), rule_id)
    return [(key, rule_id) for key, (_, rule_id) in sorted(found.items(), key=lambda i: i[1])]


# where a project's head noun phrase ends: "plant | for processing of oilseeds"
_TAIL = re.compile(r"\s+(?:for|of|producing|manufacturing|making|that|which|with)\s")


@cache
def _product_rules() -> tuple[tuple[re.Pattern, str, str, bool], ...]:
    """(pattern, sector key, rule id, whether it reads the head noun) of each rule in
    ``products.jsonl``."""
    return tuple((re.compile(rf"(?<!\w)(?:{rule['pattern']})(?!\w)", re.IGNORECASE),
                  f"sector/{rule['sector']}", rule["id"], rule.get("head", False))
                 for rule in reference.products())
