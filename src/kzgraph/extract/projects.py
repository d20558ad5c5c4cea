"""Projects: the plants, complexes and productions an article describes (``markers``: the
status a clause's words give one).

A project is found by its head noun ("cement plant", "aquaculture complex for production of
caviar") or by a production phrase ("production of aluminum") in a sentence about projects.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ..model import Mention
from . import facilities, lines, reference
from .alternation import Caseless, starts_with
from .markers import status
from .numbers import NUMBER
from .text import cued_items

_OBJECT = r"(?:[a-z][\w-]*|[A-Z]{2,}(?=\s+[a-z])|\d+|and|,)(?:\s+(?:[a-z][\w-]*|[A-Z]{2,}(?=\s+[a-z])|\d+(?:\s+and\s+\d+)?|kW|MW|and|,\s*)){0,7}"
_CUE_WORDS = (r"projects?|launch\w*|construct\w*|built|build\w*|commission\w*|operation"
              r"|capacity|start(?:s|ed)?|develop(?:s|ed|ing)?"
              r"|include[sd]?|organi[sz]ed|established|assembly|install(?:s|ed|ing)?"
              r"|open(?:s|ed)?|laid|laying"
              r"|produc\w+ (?:was|were|will|has|have) (?:launched|started)")
_THAT = re.compile(r",?\s+(?:that|which)\s")
_TO_MAKE = re.compile(r"\s+to\s")
_THE_BEFORE = re.compile(r"(?<![\w-])(?i:the)\s+$")
_OBJECT_END = {"in", "at", "near", "with", "which", "that", "for", "by", "to", "from", "on", "as",
               "is", "are", "was", "were", "will", "has", "have", "its", "the", "of", "a", "an",
               "started", "began", "opened", "launched", "resumed", "produces", "makes", "remain",
               "remains", "up"}


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The head-noun, production, capacity patterns, the cue a project sentence has, and where
    a head noun starts (which every head-noun and capacity match has)."""
    rules = reference.rules()
    heads = "|".join(sorted(rules["project_heads"], key=len, reverse=True))
    making = "|".join(rules["production_words"])
    # a modifier run does not cross a preposition: "plant | for production of" is one project
    # (nor starts inside a word: not "or plant" in "for plant"); a number belongs to it before
    # a unit ("a 500 kV power line")
    units = "|".join(rules["project_modifier_units"])
    modified = "|".join(rules["project_head_modified_nouns"])
    modifier = (r"(?:[\"“«][^\"”»\n]{2,40}[\"”»]|(?<![\w–-])(?!for\s)[A-Za-z][\w–-]*"
                rf"|\d[\d.,]*(?=\s+(?:{units})\b)|\d[\d.,]*-(?:{units})(?![\w-]))")  # "a 100-MW"
    headed = re.compile(
        rf"(?P<mods>(?:{modifier}\s+(?:and\s+)?){{0,4}})(?P<head>{heads})(?P<plural>s?)\b"
        rf"(?![ \t]+(?:{modified})\b)"  # not "bakery ingredients", "cement plant equipment"
        r"(?P<named>\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)+)?"
        rf"(?:(?:\s+for\s+(?:the\s+)?(?:(?:deep\s+)?(?:{making})\s+(?:and\s+(?:{making})\s+)?of\s+"
        r"(?:[\d.,]+\s+(?:thousand\s+|million\s+)?(?:[a-z]+\s+){1,2}?of\s+)?)?"  # "for production
        # of 57,000 tonnes of butadiene"
        rf"|\s+on\s+(?:the\s+)?(?:deep\s+)?(?:{making})\s+(?:and\s+(?:{making})\s+)?of\s+"  # not "on the outskirts"
        r"|(?:(?<=plant)|(?<=factory)|(?<=workshop))\s+of\s+(?=[a-z])"  # "a plant of syringes",
        r"(?!(?:the|a|an|its|their|our|this|that|which)\s)"  # not "a cluster of ribbon-cuttings"
        rf"|(?:,?\s+(?:that|which)\s+(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?produce[sd]?"
        r"|\s+(?:producing|manufacturing|making)"
        r"|\s+to\s+(?:produce|manufacture|make|assemble))\s+"  # "a plant to assemble trucks"
        r"(?:[\d.,]+\s+(?:thousand\s+|million\s+)?(?:[a-z]+\s+){1,2}?of\s+)?)"  # "producing
        # 400,000 tonnes of sulfuric acid"
        rf"(?P<obj>{_OBJECT}))?"
    )
    # the look-aheads on first letters (of a production word, a cue, a head) only make the
    # search faster
    production = re.compile(
        rf"{starts_with(rules['production_words'])}\b(?P<head>(?:{making}))\s+"
        rf"(?:and\s+(?:{making})\s+)?of\s+(?P<obj>{_OBJECT})",
        re.IGNORECASE,
    )
    capacity = re.compile(
        rf"\b(?P<head>{heads})\s+with\s+(?:an?\s+)?(?:(?:annual|production|design|total)\s+)*"
        r"capacity\s+of\s+[\d][\d.,\s]*(?:thousand|million|mln|bln)?\s*(?:[a-z]+\s+){0,2}?"
        rf"(?:(?:a|per)\s+year\s+)?of\s+(?P<obj>{_OBJECT})"
    )
    concrete = "|".join(h.lower() for h in rules["project_heads"]  # in lowercase: ``Caseless``
                        if h not in rules["project_head_needs_name"] + rules["project_head_not_cue"])
    cue = re.compile(rf"{starts_with([*_CUE_WORDS.split('|'), *concrete.split('|')])}"
                     rf"\b(?:{_CUE_WORDS}|(?:{concrete})s?)\b", re.IGNORECASE)
    head_start = re.compile(rf"{starts_with(rules['project_heads'])}(?=(?:{heads}))")
    return headed, production, capacity, cue, head_start


@cache
def _sentence_cue() -> Caseless:
    """The cue a project sentence has (``_patterns``), as each sentence is searched for it."""
    return Caseless(_patterns()[3])


_VERB_AFTER = re.compile(r"(?<!e)ed$")


def _trim_object(obj: str) -> str:
    words = obj.replace(",", " , ").split()
    kept: list[str] = []
    for word in words:
        if word.lower() in _OBJECT_END:
            break
        kept.append(word)
    while kept and (kept[-1] in {"and", ","} or len(kept) > 1 and _VERB_AFTER.search(kept[-1])):
        kept.pop()  # not "pipes opened": a product ends with a noun
    return " ".join(kept).replace(" , ", ", ")


def projects(text: str, sentence_spans: list[tuple[int, int]]) -> list[Mention]:
    """Project mentions; ``key`` is the label built from the text.

    >>> t = "The projects launched include a plant for processing of oilseeds in the North region."
    >>> [m.key for m in projects(t, [(0, len(t))])]
    ['plant for processing of oilseeds']
    >>> t = "The President launched the production of aluminum in the Pavlodar region."
    >>> [m.key for m in projects(t, [(0, len(t))])]
    ['production of aluminum']
    """
    rules = reference.rules()
    stop = set(rules["project_modifier_stop"])
    needs_name = set(rules["project_head_needs_name"])
    heads_of_two = {h for h in rules["project_heads"] if " " in h}
    when_created = set(rules["project_heads_when_created"])
    not_before = set(rules["project_head_not_before"])
    possessed_people = set(rules["project_possessed_people"])
    not_modifiers = set(rules["project_not_modifiers"])
    not_products = set(rules["count_not_products"])  # "for years"
    served = {*rules["org_cue_nouns"], "us", "them", "it", "you"}  # "the facility for us"
    alone = set(rules["project_heads_alone"])  # "a tannery in Semey": it says what it is
    units = set(rules["project_modifier_units"])
    nations = set(rules["name_nationality_words"])
    headed, production, capacity, cue, head_start = _patterns()
    found: list[Mention] = []
    cued = cued_items(text, sentence_spans, cue)
    sentence_cue, before = _sentence_cue(), 0  # before: where the sentence before starts
    for begin, end in sentence_spans:
        sentence, before, lead = text[begin:end], begin, before
        if not (begin in cued or sentence_cue.found(sentence)):
            continue
        # a head-noun match has its head at or after where it starts: none after the last head
        heads = [m.start() for m in head_start.finditer(sentence)]
        last_head = heads[-1] if heads else -1
        words = _WORD_OR_QUOTE.finditer(sentence, 0, last_head + 1)
        starts = sorted({*heads, *(m.start() for m in words)})
        position = 0
        while position <= last_head and (
                match := _first_headed(headed, sentence, position, starts)):
            # a rejected match must not hide the heads inside its object: resume after its head
            previous, position = position, match.end("head")
            if match.group("plural"):
                continue  # a count: "three plants"
            after = _NEXT_WORD.match(sentence, match.end("head"))
            owner_of = _POSSESSED.match(sentence, match.end("head"))
            if (after and after.group(1) in not_before
                    or owner_of and not possessed_people.isdisjoint(owner_of.groups())):
                continue  # "road map"; "the smelter's director": the plant as a business
            if after and after.group(1).rstrip("s") in head_words():
                # a head that modifies another ("railway line"): read again from it, once
                if match.start("head") > previous:
                    position = match.start("head")
                continue
            mods = match.group("mods").split()
            head, mods_end = match.group("head"), len(match.group("mods"))
            if mods and f"{mods[-1].lower()} {head}" in heads_of_two:
                # "solar power station", "an industrial park": the head is of two words, even
                # where its first is a stop word alone
                mods_end = match.group("mods").rfind(mods[-1])
                head = f"{mods.pop()} {head}"
            if mods and sentence[match.start("mods") - 1:match.start("mods")] == "/":
                mods.pop(0)  # the end of a unit: "a 25,000 t/y silicon plant"
            while mods and (mods[0].lower() in stop or mods[0] == "and" or mods[0] in nations
                            and (len(mods) == 1 or mods[1].islower())):
                mods.pop(0)  # "a Chinese washing line": where it comes from is no part of it
            # a modifier run must not reach back over a stop word ("built a cement plant")
            for i in range(len(mods) - 1, -1, -1):
                if mods[i].lower() in stop:
                    mods = mods[i + 1 :]
                    break
            if len(mods) > 1 and mods[0] in units:
                mods.pop(0)  # its number left out of the run: "the 240 MW combined-cycle gas
                # turbine plant" is no "MW ... plant"
            while len(mods) > 1 and (mods[0][0].isdigit() or mods[0] in units) and any(
                    m[0].isupper() for m in mods[1:] if m not in units):
                mods.pop(0)  # a size is no part of a name: "a 150 MW Sarysu wind farm"
            if any(m.lower() in not_modifiers for m in mods):
                continue  # "a hotel complex", "a sports centre": no industrial project
            obj = _trim_object(match.group("obj") or "")
            if obj[:1].isdigit() or _COUNTED.match(obj) or obj.partition(" ")[0] in not_products \
                    or obj.rpartition(" ")[2].lower() in served:
                obj = ""  # "a farm for 1,200 heads", "in the mine for thirty years", "a
                # refinery for years", "the factory for the joint venture": no product
            link = sentence[match.end("head"):match.start("obj")] if obj else ""
            measured = re.search(r"\d", link) is not None  # "producing 400,000 t of X"
            if mods and _TO_MAKE.match(link) or not mods and measured and (
                    _THE_BEFORE.search(sentence, 0, match.start("head"))):
                obj = ""  # "a steel plant to make steel": its product is said; "The plant,
                # which will produce 110,000 t of bottles": the one named before, not another
            named = (match.group("named") or "").strip()
            if named and not mods and _AGENT.search(sentence, 0, match.start("head")):
                continue  # "built by the farm Dostyk-Agro": the business that built, by its name
            priced = _PRICED.search(sentence, 0, match.start("head"))
            if (priced and not mods and not obj and not named
                    and sentence[: priced.start()].lower().endswith("the ")
                    and any(f.start >= (lead if priced.start() < 5 else begin) for f in found)):
                continue  # "a cheese factory ...; the $3m plant employs 45", or a sentence
                # that starts "The $3m plant": the one just named
            owned = _OWNED.search(sentence, 0, match.start("head")) or priced or (
                lines.creating()[2].search(sentence, 0, match.start("head"))
                and not (after and after.group(1) in ("or", "for", "of"))) or (
                after and after.group(1) == "of" and _of_a_business().match(
                    sentence, match.end("head")))  # "the tannery of X LLP"
            if not mods and not obj and not named and not owned and " " not in head and not (
                    head in alone and (after is None or after.group(1) in stop - {"or"})
                    and _INDEFINITE.search(sentence, 0, match.start("head"))
                    and not _WITH_PART.search(sentence, 0, match.start("head"))):
                continue  # but "Kazakh Leather LLP's tannery", "the $300m plant", "a data
                # centre", "opened a new plant", "a tannery in Semey" (not "build a factory or
                # plant", "built a plant for production of X": the production is read; nor "a
                # complex with a slaughterhouse", "sells meat from its slaughterhouse")
            first = match.group("mods").find(mods[0]) if mods else mods_end
            if head in rules["project_heads_where"] and not named and _BY_A_PLACE.search(
                    sentence, 0, match.start("mods") + first):
                continue  # "a terminal near Shemonaikha station": where one stands
            if head == "unit" and not (mods and _WITH_CAPACITY.match(sentence, match.end("head"))):
                continue  # "a PVC unit with a capacity of", not "its former Kazakh unit X"
            added = head == "line" and lines.of_a_product(mods, obj) and lines.added(
                sentence, match.start("mods") + first, (status(sentence) or ("",))[0])
            if head in needs_name and not named and not added and not _name_like(mods) and not (
                    mods and _WITH_CAPACITY.match(sentence, match.end("head"))) and not (
                    obj and not mods and lines.created(sentence, match, mods_end)) and not (
                    mods and lines.creating()[0].search(  # "is building a galvanising line"
                        sentence, 0, match.start("mods") + match.group("mods").find(mods[0]))):
                continue  # but "poultry production with a capacity of" is a project; "the new
                # tanning line was launched" is the part of one told of before
            if head in when_created and not lines.created(sentence, match, mods_end if not mods else
                                                     match.group("mods").find(mods[0])):
                continue  # "visited the industrial zone": a place, not a project
            if named:
                head = f"{head} {named}"
            if head == "production" and match.group("obj"):
                continue  # "X production of Y" is read by the production pattern
            if head.split()[-1] in _PART_HEADS and _WITH_PART.search(
                    sentence, 0, match.start("mods") + first) and any(f.start >= begin for f in found):
                continue  # "a dairy complex with its own milk shop": a part of the one named
            label = " ".join(mods + [head])
            start = begin + match.start("mods") + first
            head_end = match.end("named") if named else match.end("head")
            stop_at = begin + head_end
            if obj:
                tail = sentence[head_end:]
                label_tail = tail[: tail.find(obj) + len(obj)] if obj in tail else ""
                if label_tail:
                    producing = _THAT.match(label_tail) or measured
                    label = f"{label} producing {obj}" if producing else f"{label}{label_tail}"
                    stop_at = begin + head_end + len(label_tail)
            found.append(Mention(start, stop_at, text[start:stop_at], "project", "project-head",
                                 " ".join(label.split())))
            position = match.end()
        found += facilities.named(text, begin, sentence) + lines.stages(text, begin, sentence)
        for match in capacity.finditer(sentence) if "capacity" in sentence else ():
            obj = _trim_object(match.group("obj"))
            if obj and not obj[:1].isdigit():  # "... per year of 1,7 billion tenge": no product
                start, stop_at = begin + match.start(), begin + match.end("obj")
                found.append(Mention(start, stop_at, text[start:stop_at], "project",
                                     "project-capacity", f"{obj} {match.group('head')}"))
        for match in production.finditer(sentence):
            obj = _trim_object(match.group("obj"))
            if not obj or obj.replace(",", "").replace(".", "").isdigit() or _AN_AMOUNT.match(
                    obj) or obj.split()[0] in {"its", "their", "the"}:
                continue  # "output of 40,000 t", "processing of 120 thousand tonnes of grain"
            start = begin + match.start()
            stop_at = begin + match.start("obj") + match.group("obj").find(obj) + len(obj)
            found.append(Mention(start, stop_at, text[start:stop_at], "project",
                                 "project-production", " ".join(text[start:stop_at].split())))
            if sentence[: match.start()].rstrip().endswith(":"):  # an enumeration of projects
                found += _listed_products(text, stop_at, end, match.group("head").lower())
    return _outermost(found)


_AGENT = re.compile(r"\bby\s+(?:the\s+)?$")
_BY_A_PLACE = re.compile(r"\b(?:near|at|next\s+to|outside|beside)\s+(?:the\s+)?$")
_OWNED = re.compile(r"[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+)?$")
# an amount before the head ("the 12.5 bln tenge bakery", "a $300m plant") names one facility
_PRICED = re.compile(
    r"(?:[$€]\s?\d[\d.,]*\s?(?:million|billion|mln|bln|bn|m)?|\d[\d.,]*\s?"
    r"(?:million|billion|trillion|mln|bln|bn|trln)\s+(?:tenge|dollars?|euros?|KZT|USD|EUR))"
    r"\s+(?:[a-z]+\s+)?$")
_WITH_PART = re.compile(r"\bwith\s+(?:an?|its(?:\s+own)?|their(?:\s+own)?)\s+(?:new\s+)?$")
_WITH_CAPACITY = re.compile(r"\s+with\s+(?:an?\s+)?(?:[a-z]+\s+)?capacity\b")
_POSSESSED = re.compile(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?")
_NEXT_WORD = re.compile(r"\s+([a-z]+)(?![\w-])")
_INDEFINITE = re.compile(r"(?<![\w-])[Aa]n?\s+(?:new\s+)?$")
# heads that may name a part of a facility told before: "a plant with a supply base"
_PART_HEADS = frozenset({"shop", "workshop", "line", "system", "base", "yard", "dock"})
_AN_AMOUNT = re.compile(r"[\d.,]+\s+(?:thousand|million|billion|mln|bln|tonnes?|tons?|t)\b")
_COUNTED = re.compile(rf"{NUMBER}\s", re.IGNORECASE)  # "thirty years", "two months"


def _name_like(mods: list[str]) -> bool:
    """Whether modifiers name a project whose head needs a name ("Kordai wind project", "the
    "Zhasyl" project"): a capitalised or quoted word, or a unit with words beside its figure ("a
    100 MW wind project"; "a 300 MW project" alone is how big the one named is).

    >>> _name_like(["300", "MW"]), _name_like(["100", "MW", "wind"]), _name_like(["Kordai"])
    (False, True, True)
    """
    units = set(reference.rules()["project_modifier_units"])
    words = [m for m in mods if m not in units and not m[0].isdigit()]
    return any(m[0].isupper() or m[0] in "\"“«" for m in words) or (
        len(words) < len(mods) and bool(words))


@cache
def _of_a_business() -> re.Pattern:
    """"of" and a name with a legal form after a head: whose the facility is ("the tannery of X
    LLP", "the bakery of LLP "X""; not "a plant of X LLP for processing wheat", where the
    product names it)."""
    legal, prefix = reference.escaped("org_legal_forms"), reference.escaped("org_prefix_forms")
    return re.compile(rf"\s+of\s+(?:(?:[A-Z][\w’'&-]*\s+){{1,4}}(?:{legal})(?![\w-])|"
                      rf"(?:{prefix})\s+[\"“«][^\"”»\n]{{2,40}}[\"”»])(?!\s+for\b)")


@cache
def head_words() -> frozenset[str]:
    """Head nouns that, after another, make it a modifier ("railway enterprise"); "production"
    and "project" do not ("cement plant project" is the plant)."""
    return frozenset(reference.rules()["project_heads"]) - {"production", "project"}


# Where a head-noun match can start first (see _first_headed), besides at a head.
_WORD_OR_QUOTE = re.compile(r"(?<![A-Za-z])[A-Za-z]|(?<!\d)\d|[\"“«]")


def _first_headed(headed: re.Pattern, text: str, position: int,
                  starts: list[int]) -> re.Match | None:
    """``headed.search(text, position)``, trying only ``position`` and ``starts`` (ascending:
    the heads, the quotes, the first letters of words and the first digits of numbers).

    A match that starts after a letter, with modifiers before its head, would also match from
    that letter (its first modifier one letter longer). So the first match starts where the
    search does, at a head, at a quote or at a word's first letter, and the regex engine need
    not try every other character.
    """
    for start in (position, *starts[bisect_right(starts, position):]):
        if match := headed.match(text, start):
            return match
    return None


_LIST_ITEM = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<item>[a-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*)?)(?=[\s,.;:]|$)"
)


def _listed_products(text: str, offset: int, limit: int, making: str) -> list[Mention]:
    """After "...: production of A and B, C, D and E", C, D and E are productions of their own.

    >>> t = "production of soda, resins and dyes."
    >>> [m.key for m in _listed_products(t, 18, len(t), "production")]
    ['production of resins', 'production of dyes']
    """
    items = []
    while match := _LIST_ITEM.match(text, offset, limit):
        if not items and not match.group().startswith(","):
            break  # "A and B" alone is one production
        item = _trim_object(match.group("item"))
        if not item or item.split()[0] in _OBJECT_END:
            break
        items.append(Mention(match.start("item"), match.start("item") + len(item), item,
                             "project", "project-production-list", f"{making} of {item}"))
        offset = match.end()
    return items


def _outermost(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept
