"""Where a project is: the region its clause or sentence names, a town its sentence names that
the article places in a region ("Zhanatas, a town ... in the Jambyl Region", "in the Turkistan
Region village of Sastobe", "in Konaev, Almaty Region": a city counts as its region where the
text says which region it is in, and a journalist says it once), its paragraph's heading,
the sentence it refers back to, the one region its paragraph names before it, or the region the
whole article is about.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..model import Mention
from . import context, fields, reference
from .entities import Ref, ref
from .months import MONTHS
from .regions import regions as regions_named

_WORD = r"[A-Z][\w'’-]+"
_TOWN = rf"(?P<town>{_WORD}(?:-{_WORD})?)"
_PLACE_NOUNS = r"(?:town|village|city|settlement|aul|district centre|district center)"
# the town before its region: "Oskemen in East Kazakhstan Region", "Konaev, Almaty Region",
# "Aral (Kyzylorda Region)", "Zhanatas, a town of 22,000 people ... in the Jambyl Region"
_BEFORE = re.compile(
    rf"(?<![\w'’-]){_TOWN}(?:\s+in\s+(?:the\s+)?|,\s+|\s+\(|,\s+an?\s+(?:small\s+|mining\s+|"
    rf"industrial\s+|district\s+)?{_PLACE_NOUNS}\b[^.;:!?\n]{{0,80}}?\s+in\s+(?:the\s+)?)$")
# the town after its region: "the Turkistan Region village of Sastobe"
_AFTER = re.compile(rf"\s+{_PLACE_NOUNS}\s+of\s+{_TOWN}(?![\w'’-])")
_THE_REGION = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Tt]his) region\b")
_NOT_TOWNS = frozenset({"The", "A", "An", "In", "At", "Near", "Its", "This", "That", "It", "He",
                        "She", "They", "We", "Our", "And", "But", "Region"})


class Whereabouts:
    """What one article says of where its projects are."""

    def __init__(self, text: str, found, lead_end: int, title: str = ""):
        self.text, self.found = text, found
        # a region in a business's name ("PolyForm Astana LLP") places nothing; its akimat's
        # does ("the akimat of Turkistan region signed a memorandum on a plant in Shardara")
        self.regions = [r for r in found.regions if not any(
            o.start <= r.start < o.end and o.rule != "org-akimat" for o in found.organizations)]
        self.dominant = dominant_region(
            self.regions, lead_end, len(_THE_REGION.findall(text, lead_end)),
            scene=not any(p.start < lead_end for p in found.projects),
            title=title)
        self.towns = towns(text, self.regions,
                           found.organizations + found.persons + found.projects)

    def of(self, m: Mention, begin: int, clause_end: int,
           referred: tuple[int, int] | None) -> tuple[Ref, int, int, str] | None:
        """The region of project ``m`` (its sentence from ``begin``, its clause to
        ``clause_end``) with the span that says so and its rule: named after it in its clause,
        else before it in its sentence with no other project between (and before one named
        after the next project: "X in A runs a line, and its new line in B"), else a town of its
        clause, its paragraph's heading, the one region of the sentence its sentence refers
        back to ("The largest of them, a X"), its paragraph's one region, the article's."""
        text, found = self.text, self.found
        after = next((r for r in self.regions if m.end <= r.start < clause_end), None)
        before = next((r for r in reversed(self.regions) if begin <= r.start < m.start
                       and not any(r.end <= p.start < m.start for p in found.projects)), None)
        if after is not None and (before is None or not any(
                m.end <= p.start < after.start for p in found.projects)):
            return _said(m, after, after.start, after.end, "project-region-clause")
        if before is not None:
            return _said(m, before, before.start, before.end, "project-region-sentence")
        if (card := fields.card(text, m)) and len(carded := {
                r.key: r for r in self.regions if card[0] <= r.start < card[1]}) == 1:
            region = next(iter(carded.values()))  # "Project: X\nRegion: Y Region"
            return _said(m, region, region.start, region.end, "project-region-card")
        if (town := town_region(text, begin, clause_end, self.towns,
                                found.organizations + found.persons)) is not None:
            start, end, region = town
            return _said(m, region, start, end, "project-region-town")
        if (centre := centre_region(text, begin, clause_end, self.regions,
                                    found.organizations + found.persons)) is not None:
            start, end, region = centre  # a region's centre: "a plant in Taraz"
            return _said(m, region, start, end, "project-region-centre")
        if (region := context.heading_region(text, m.start, self.regions)) is not None:
            return ref("region", region.key), region.start, m.end, "project-region-heading"
        named = {ref("region", r.key): r for r in self.regions
                 if referred and referred[0] <= r.start < referred[1]}
        if len(named) == 1:
            (region_ref, region), = named.items()
            return region_ref, region.start, m.end, "project-region-before"
        if (region := context.paragraph_region(text, m.start, self.regions)) is not None:
            return ref("region", region.key), m.start, m.end, "project-region-paragraph"
        if self.dominant:
            return self.dominant, m.start, m.end, "project-region-article"
        return None


def _said(m: Mention, region: Mention, start: int, end: int,
          rule: str) -> tuple[Ref, int, int, str]:
    return ref("region", region.key), min(m.start, start), max(m.end, end), rule


def dominant_region(regions: list[Mention], lead_end: int, anaphora: int,
                    scene: bool, title: str = "") -> Ref | None:
    """The region an article is about: the only one it names; the one its lead names alone and
    names again; the one its lead names alone and that is named as often as any other, where
    the lead tells of no project but sets the ``scene`` ("X Region remains the centre of the
    country's metallurgy") or the text speaks of "the region" (``anaphora`` times after the
    lead, counted as naming it); the one its ``title`` names alone ("Five agro projects
    to feed Ulytau region") where the text names it too; or one it names three times or more
    and twice as often as any other."""
    counts = Counter(ref("region", m.key) for m in regions)
    if len(counts) == 1:
        return next(iter(counts))
    in_lead = {ref("region", m.key) for m in regions if m.start < lead_end}
    if len(in_lead) == 1:
        lead = next(iter(in_lead))
        named = counts[lead] + anaphora
        if counts[lead] >= 2 or (scene or anaphora) and named >= max(
                n for r, n in counts.items() if r != lead):
            return lead
    titled = {ref("region", m.key) for m in regions_named(title)} if title else set()
    if len(titled) == 1 and (named_in_title := next(iter(titled))) in counts:
        return named_in_title
    (top, named), (_, next_most) = (counts.most_common(2) + [(None, 0)] * 2)[:2]
    return top if named >= 3 and named >= 2 * next_most else None


def towns(text: str, regions: list[Mention], names: list[Mention]) -> dict[str, Mention]:
    """Each town the text places in one region, with that region's mention; ``names`` are the
    spans that are no town (organizations, persons, projects), so a business's name before
    its region ("Aksukent Textile LLP in Turkistan Region") teaches nothing.

    >>> t = "Zhanatas, a town in the Jambyl Region, lives by its plant. A mill opened in Zhanatas."
    >>> r = Mention(24, 37, "Jambyl Region", "region", "t", "jambyl")
    >>> towns(t, [r], []) == {"Zhanatas": r}
    True
    """
    found: dict[str, set[str]] = {}
    placed: dict[str, Mention] = {}
    for r in regions:
        before = _BEFORE.search(text, max(0, r.start - 140), r.start)
        after = _AFTER.match(text, r.end)
        for match in (before, after):
            if match is None:
                continue
            town = match.group("town")
            at = match.start("town")
            if (town in _NOT_TOWNS or town.isupper() or town.lower() in MONTHS
                    or town in reference.rules()["countries"]
                    or any(n.start <= at < n.end for n in names)
                    or _part_of_name(text, at)):
                continue
            found.setdefault(town, set()).add(r.key)
            placed[town] = r
    return {town: placed[town] for town, keys in found.items() if len(keys) == 1}


def _part_of_name(text: str, at: int) -> bool:
    """Whether the word at ``at`` ends a longer name ("Industry Cluster", "Dzungarian Gate")."""
    before = text[max(0, at - 30):at].split()
    return text[at - 1:at] == " " and bool(before) and before[-1][:1].isupper() and (
        before[-1] not in _NOT_TOWNS)


def town_region(text: str, begin: int, end: int, placed: dict[str, Mention],
                names: list[Mention]) -> tuple[int, int, Mention] | None:
    """The one region the towns named in ``text[begin:end]`` (a project's sentence) lie in,
    with the first such town's span; None where they name none or several regions, or only
    inside a name ("PolyForm Astana LLP")."""
    hits = []
    for town, region in placed.items():
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(town)}(?![\w'’-])",
                                 text[begin:end]):
            at = begin + match.start()
            if not any(n.start <= at < n.end for n in names):
                hits.append((at, at + len(town), region))
    if len({region.key for _, _, region in hits}) != 1:
        return None
    return min(hits, key=lambda hit: hit[0])


def centre_region(text: str, begin: int, end: int, regions: list[Mention],
                  names: list[Mention]) -> tuple[int, int, Mention] | None:
    """The one region whose centre ``text[begin:end]`` names (``reference.centres``: "Taraz"),
    outside a name ("Taraz Bio Products LLP"), where the text names that region too (a city
    is its region only where the text says which region it is in), with the first such town's
    span and the region's first mention; None where it names none or the centres of several."""
    named = {r.key: r for r in reversed(regions)}
    hits = [(match.start(), match.end(), reference.centres()[match.group()])
            for match in _centre_names().finditer(text, begin, end)
            if not any(n.start <= match.start() < n.end for n in names)]
    if len({key for *_, key in hits}) != 1 or hits[0][2] not in named:
        return None
    return hits[0][0], hits[0][1], named[hits[0][2]]


@cache
def _centre_names() -> re.Pattern:
    names = sorted(reference.centres(), key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, names))})(?![\w'’-])")

