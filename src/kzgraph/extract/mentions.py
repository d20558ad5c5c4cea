"""Text -> mentions: what the rules and the model find, and which wins where they overlap.

The rules (gazetteers of the reference data, patterns of ``rules.json``) and the model's entities
(``parse``) both propose mentions. ``prefer`` is the one precedence policy: a model mention is kept
only where no rule mention covers any of its characters (the rules know Kazakhstan's regions,
programs and titles; the model does not). Within the rules, each kind is kept out of the spans of
the kinds that take precedence (a region in a person's title, an organization in a program's name).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from ..model import Article, Mention, Value
from . import (
    aliases,
    called,
    changes,
    facilities,
    fields,
    names,
    numbers,
    organizations,
    parse,
    passing,
    programs,
    projects,
    regions,
    ruler,
    sectors,
)
from .organizations import business_name
from .projects import named_by_place
from .text import byline_end, dateline_end, named_by_product, word_starts


@dataclass(frozen=True)
class Mentions:
    """Every mention in one article, by kind (quantities and dates with their values)."""

    persons: list[Mention]
    roles: list[Mention]
    regions: list[Mention]
    programs: list[Mention]
    sectors: list[Mention]
    organizations: list[Mention]
    projects: list[Mention]
    quantities: list[tuple[Mention, Value]]
    dates: list[tuple[Mention, Value]]

    def by_kind(self) -> dict[str, list[Mention]]:
        """The mentions that name entities, by entity kind."""
        return {"person": self.persons, "region": self.regions, "program": self.programs,
                "sector": self.sectors, "organization": self.organizations,
                "project": self.projects}


def find(article: Article, spans: list[tuple[int, int]], doc=None) -> Mentions:
    """All mentions of an article; ``doc`` is the model's reading of its text (None: rules only)."""
    text = article.text
    skip = dateline_end(text)
    person_all = names.persons(text, article.published, ruled(doc, "person"))
    program_m = programs.programs(text)
    sector_m = sectors.sectors(text, ruled(doc, "sector"))
    publisher = organizations.publisher_word(article.url, article.outlet)
    org_m = [m for m in organizations.organizations(text) if not inside(m, program_m)
             and not organizations.outlets_own(m, publisher)]
    region_all = regions.regions(text, ruled(doc, "region"))
    # a region in a person's title is one all the same ("the akim of Kostanay Region X Y")
    region_m = [m for m in region_all
                if not overlaps(m, [p for p in person_all if p.kind == "person"])]
    if doc is not None:
        # a facility named as a proper noun is no person, and no business where it is built
        named = [f for begin, end in spans for f in facilities.named(text, begin, text[begin:end])]
        acting = [f for f in named if facilities.acting(doc, f)]
        built = [f for f in named if f not in acting]
        called_orgs = [m for m in parse.called_companies(doc) if m.start >= skip]
        byline = byline_end(text)  # an author above the dateline is a person all the same
        model_persons = [m for m in parse.persons(doc) if (m.start >= skip or m.end <= byline)
                         and not overlaps(m, named)]
        person_all += prefer([*person_all, *program_m, *org_m, *region_m, *called_orgs],
                             model_persons)
        named_people = {m.text for m in person_all if m.kind == "person"}
        people = [m for m in person_all if m.kind == "person"]
        model_orgs = [before_person(m, people) for m in parse.organizations(doc, publisher)
                      if m.start >= skip and m.text not in named_people
                      and not overlaps(m, built) and not any(  # not a person named again,
                          inside(m, [o]) and o.end - o.start > len(m.text) for o in called_orgs)]  # nor a part of a called name
        region_m = [r for r in region_m if not part_of_a_name(r, model_orgs)]
        # a word with capitals inside is a name's start where the model reads a longer one
        org_m = [m for m in org_m if not (m.rule == "org-camel" and inside(m, model_orgs))]
        model_orgs += listed_beside(text, org_m, model_orgs)
        # a body inside a person's title is an organization ("Director of KAZ Minerals X Y"),
        # a region there is not ("Akim of Kostanay Region X Y" read as one name)
        titled = [r for r in region_all if r not in region_m and not part_of_a_name(r, model_orgs)]
        # a sector word inside a name is part of it ("Altyn Tau Mining")
        outer = outside(sector_m, [*model_orgs, *called_orgs])
        org_m += prefer([*people, *program_m, *org_m, *region_m, *titled, *outer], model_orgs)
        org_m += prefer([*person_all, *program_m, *org_m, *region_m, *outer],
                        parse.builders(doc))
        # where the model reads a person and the sentence calls a business, neither is kept
        # (unless it builds a facility: parse.builders took it above); a person that is only a
        # part of the name ("Pack Kostanay" in "Polimer Pack Kostanay, a subsidiary of X") or
        # one a nationality and a cue noun call a business ("the Turkish group X") is none
        whole = [p for p in model_persons if not any(inside(p, [o]) and (o.end - o.start > len(
            p.text) or called.after_a_foreign_cue(text, o.start)) for o in called_orgs)]
        org_m += prefer([*person_all, *program_m, *org_m, *region_m, *outer, *whole],
                        called_orgs)
        org_m += prefer([*person_all, *program_m, *org_m, *region_m, *outer,
                         *model_persons], parse.listed_with(doc, org_m))
    else:  # rules only, what parse.called_companies reads with the model
        cued = [m for m in called.called(text) if m.start >= skip]
        org_m += [m for m in cued if not overlaps(
            m, [*org_m, *person_all, *program_m, *region_m, *outside(sector_m, cued)])]
    org_m += aliases.said_again(text, org_m, [*person_all, *program_m, *region_m])
    org_m += [replace(p, kind="organization", rule="org-short-for", key=o.key) for p in person_all
              if p.kind == "person" and (o := _short_for(p, org_m))]  # "Altyn Dala switched on"
    # "Kazakh Mining Company LLP", "the Program for the Development of the Agro-Industrial Complex"
    sector_m = [m for m in sector_m if not inside(m, org_m) and not inside(m, program_m)]
    project_m = [m for m in projects.projects(text, spans)
                 if not inside(m, org_m) and not a_sectors_name(m, sector_m)]
    if doc is not None:
        project_m += prefer([*project_m, *org_m, *person_all, *program_m, *region_m],
                            facilities.parsed(doc))
        project_m = [m for m in project_m if not overlaps(m, acting)]
    project_m = passing.projects(text, project_m, program_m)
    dates_from = _date_marker_end(text)
    return Mentions(
        persons=_with_surnames(text, [m for m in person_all if m.kind == "person"
                                      and not _short_for(m, org_m)]),
        roles=[m for m in person_all if m.kind == "role"],
        regions=[m for m in region_m if m.start >= skip],
        programs=program_m,
        sectors=sector_m,
        organizations=sorted((m for m in org_m if m.start >= skip), key=lambda m: m.start),
        projects=_merge_projects(text, spans, sorted(project_m, key=lambda m: m.start)),
        quantities=fields.with_figures(text, changes.quantities(text)),
        dates=[(m, v) for m, v in numbers.dates(text, article.published)
               if not inside(m, program_m) and m.start >= dates_from],
    )


def ruled(doc, label: str) -> list[Mention] | None:
    """The gazetteer ruler's mentions of one label, or None where no ruler read the text (the
    rules-only extractor, a pipeline without it): the finders then match the names themselves."""
    if doc is None or ruler.SPANS_KEY not in doc.spans:
        return None
    return ruler.gazetteer(doc, label)


def prefer(rules: list[Mention], model: list[Mention]) -> list[Mention]:
    """The precedence policy: the model's mentions that no rule mention overlaps.

    >>> rule = Mention(0, 12, "Akmola Region", "region", "region-with-word")
    >>> ner = [Mention(0, 6, "Akmola", "organization", "ner:ORG"),
    ...        Mention(20, 27, "Tatneft", "organization", "ner:ORG")]
    >>> [m.text for m in prefer([rule], ner)]
    ['Tatneft']
    """
    return [m for m in model if not overlaps(m, rules)]


def before_person(org: Mention, people: list[Mention]) -> Mention:
    """A model organization that runs on into the name of a person the rules found ("KAZ
    Minerals Andrew Southam" after a title) is the words before it.

    >>> ner = Mention(0, 27, "KAZ Minerals Andrew Southam", "organization", "ner:ORG")
    >>> before_person(ner, [Mention(13, 27, "Andrew Southam", "person", "person-title-name")])
    Mention(start=0, end=12, text='KAZ Minerals', kind='organization', rule='ner:ORG', key='company:KAZ Minerals')
    """
    cut = min((p.start for p in people if org.start < p.start < org.end <= p.end),
              default=org.end)
    text = org.text[:cut - org.start].rstrip(" ,")
    if cut == org.end or not text[:1].isupper():
        return org
    return replace(org, end=org.start + len(text), text=text,
                   key=f"{organizations.org_kind(text)}:{organizations.core_name(text)}")


def listed_beside(text: str, rules: list[Mention], model: list[Mention]) -> list[Mention]:
    """The other names of a model organization that lists a rule's organization with them
    ("Kazzinc Holding and Glencore" read as one): each is an organization of the model's.

    >>> rule = Mention(0, 15, "Kazzinc Holding", "organization", "org-group")
    >>> ner = Mention(0, 28, "Kazzinc Holding and Glencore", "organization", "ner:ORG")
    >>> [m.text for m in listed_beside(ner.text, [rule], [ner])]
    ['Glencore']
    """
    found = []
    for m in model:
        inner = [r for r in rules if m.start <= r.start and r.end <= m.end]
        if not inner:
            continue
        cut = sorted({m.start, m.end, *(r.start for r in inner), *(r.end for r in inner)})
        for start, end in itertools.pairwise(cut):
            if any(r.start == start for r in inner):
                continue  # the rule's own name
            part = _LISTED.fullmatch(text, start, end)
            if part:
                name = part.group("name")
                first = part.start("name")
                found.append(Mention(first, first + len(name), name, "organization", m.rule,
                                     f"{organizations.org_kind(name)}:"
                                     f"{organizations.core_name(name)}"))
    return found


_LISTED = re.compile(r"(?:\s*(?:,|and|&)\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
                     r"(?:\s*,|\s+and)?\s*")


def part_of_a_name(region: Mention, organizations: list[Mention]) -> bool:
    """The one exception to ``prefer``: a bare place name inside a longer organization name
    with a business word is part of that name ("Air Astana", "Astana Motors").

    >>> astana = Mention(4, 10, "Astana", "region", "ruler:region")
    >>> part_of_a_name(astana, [Mention(0, 10, "Air Astana", "organization", "ner:ORG")])
    True
    >>> part_of_a_name(astana, [Mention(4, 17, "Astana Akimat", "organization", "ner:ORG")])
    False
    """
    return region.rule in ("region-name", "ruler:region") and any(
        o.start <= region.start and region.end <= o.end and o.end - o.start > len(region.text)
        and business_name(o.text) for o in organizations)


def inside(m: Mention, others: list[Mention]) -> bool:
    return any(o.start <= m.start and m.end <= o.end and o is not m for o in others)


def a_sectors_name(project: Mention, sectors: list[Mention]) -> bool:
    """A project whose head noun ends a sector's name and that no proper name picks out: "the
    agro-industrial complex", "the processing industry and the mining and metallurgical
    complex", "the mining-metallurgical complex" name sectors, "the Zhezkazgan mining complex"
    a facility.

    >>> sector = Mention(13, 34, "metallurgical complex", "sector", "ruler:sector")
    >>> a_sectors_name(Mention(2, 34, "mining and metallurgical complex", "project",
    ...                        "project-head"), [sector])
    True
    >>> a_sectors_name(Mention(0, 34, "Temir mining and metallurgical complex", "project",
    ...                        "project-head"), [sector])
    False
    """
    return not any(w[:1].isupper() for w in project.text.split()) and any(
        project.start <= s.start and (s.end == project.end or s.rule == "sector-joined"
                                      and s.end < project.end) for s in sectors)


def _short_for(person: Mention, organizations: list[Mention]) -> Mention | None:
    """The organization the model's person names again by its name or its first words
    ("Altyn Tau" after "Altyn Tau Mining", "Ekin Tel runs it" after "the Turkish group Ekin
    Tel"), if any.

    >>> org = Mention(0, 16, "Altyn Tau Mining", "organization", "org-called", "company:Altyn Tau Mining")
    >>> _short_for(Mention(40, 49, "Altyn Tau", "person", "ner:PERSON"), [org]).key
    'company:Altyn Tau Mining'
    """
    return next((o for o in organizations if person.rule.startswith("ner:")
                 and f"{o.text} ".startswith(person.text + " ")), None)


def outside(sectors: list[Mention], names: list[Mention]) -> list[Mention]:
    """The sector mentions no name holds: one inside a name is a word of it ("Altyn Tau Mining").

    >>> mining = Mention(10, 16, "Mining", "sector", "sector")
    >>> outside([mining], [Mention(0, 16, "Altyn Tau Mining", "organization", "ner:ORG")])
    []
    """
    return [s for s in sectors if not inside(s, names)]


def overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def _with_surnames(text: str, people: list[Mention]) -> list[Mention]:
    """Add bare surname mentions ("Massimov") of persons named in full in the same article; a
    surname found alone ("Mr. Massimov") is that person too (the first named, like the rest)."""
    full = {m.key: m.text for m in people if " " in m.text and "." not in m.text}
    surnames: dict[str, str] = {}
    for key, name in full.items():
        surnames.setdefault(name.split()[-1], key)
    result = [replace(m, key=surnames.get(m.text, m.key)) for m in people]
    for key, name in full.items():
        surname = name.split()[-1]
        for start in word_starts(surname, text):
            if not any(p.start <= start < p.end for p in result) and not names.named_after(
                    text, start + len(surname)):
                result.append(Mention(start, start + len(surname), surname, "person",
                                      "person-surname", key))
    return sorted(result, key=lambda m: m.start)


def _merge_projects(text: str, spans: list[tuple[int, int]],
                    mentions: list[Mention]) -> list[Mention]:
    """Give later mentions of a project named earlier ("the Aral aluminum smelter" after "an
    aluminum smelter") the key of the first; a head after "the" and nothing but participles ("The
    $200 million plant is 80% complete") is the last project named with that head; a facility
    named by its place or owner after "the" ("the Ekibastuz plant") is the project with that head
    whose sentence names the place or owner; so is one named again shorter after "the"."""
    merged: list[Mention] = []
    for m in sorted([*mentions, *_owned_again(text, spans, mentions)], key=lambda m: m.start):
        if m.rule == "project-owned-again":  # keyed by the project it names again, or none
            if first := next((p for p in reversed(merged) if p.end <= m.start
                              and _head(p.key) == m.key), None):
                merged.append(replace(m, key=first.key))
            continue
        first = next((p for p in merged if projects.same_project(p.key, m.key)), None)
        words = m.key.lower().split()
        if first is None and all(_PARTICIPLE.fullmatch(w) for w in words[:-1]) and (
                _definite(text, m)):
            first = next((p for p in reversed(merged) if _head(p.key) == words[-1]), None)
        if first is None and _definite(text, m):  # "the pipe plant" after "a plant for pipes",
            # "The plant, which will produce cardboard" after "the X cardboard plant", "the
            # solar plant" after "a 150 MW solar power plant"
            first = next((p for p in reversed(merged) if named_by_product(m.key, p.key) or
                          named_by_product(_lowercase(p.key), m.key)
                          or projects.shortened(m.key, p.key)), None)
        if first is None:  # "the Ekibastuz plant" after "a pipe plant in Ekibastuz"
            first = next((p for p in reversed(merged) if _definite(text, m) and named_by_place(
                text, spans, m, p) or _definite(text, p) and named_by_place(text, spans, p, m)),
                None)
        if first is None and merged and merged[-1].text[:1].isupper() and _APPOSED.fullmatch(
                text, merged[-1].end, m.start) and projects.generic(m.key):
            first = merged[-1]  # "the Shelek Juice Plant, a facility for the production of"
        if first is None and not _definite(text, m):  # "2. Makat power plant (Atyrau
            first = _headed(text, merged, m)  # Region). X LLP plans a 250 MW gas plant there"
        if first is None and " " not in m.key and not _definite(text, m) and any(
                p.key == m.key for p in merged):  # "a plant" again: another, "plant #2"
            others = {p.key for p in merged if _head(p.key) == words[-1]}
            m = replace(m, key=f"{m.key} #{1 + len(others)}")
        merged.append(m if first is None else replace(m, key=first.key))
    return merged


def _headed(text: str, merged: list[Mention], m: Mention) -> Mention | None:
    """The project a paragraph's heading is the name of ("4. Aksai gas processing plant (West
    Kazakhstan Region)."), where ``m`` is the first project with its head in the paragraph
    after the heading: a list of projects names each, then tells of it.

    >>> def at(t, w):  # the last mention of w
    ...     return Mention(t.rindex(w), t.rindex(w) + len(w), w, "project", "r", w)
    >>> t = "1. Aral salt plant (Kyzylorda Region). X LLP is building a plant near Aral."
    >>> _headed(t, [at(t, "Aral salt plant")], at(t, "plant")).text
    'Aral salt plant'
    >>> t = "Aral salt plant opened in May. X LLP is building a plant near Aral."
    >>> _headed(t, [at(t, "Aral salt plant")], at(t, "plant")) is None
    True
    """
    start = text.rfind("\n", 0, m.start) + 1
    heading = _HEADING.match(text, start)
    if heading is None or heading.end() > m.start:
        return None
    named = [p for p in merged if start <= p.start < m.start]
    if len(named) == 1 and named[0].start == heading.end("name") and _head(named[0].key) == (
            _head(m.key)) and _HEADING_END.fullmatch(text, named[0].end, heading.end()):
        return named[0]
    return None


_HEADING = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-–•*])[ \t]+)?(?P<name>)[^\n.:!?]{3,100}[.:](?=\s)")
_HEADING_END = re.compile(r"\s*(?:\([^()\n]*\))?\s*[.:]")


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
    ``_merge_projects`` to give it the key of the project before with that head."""
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


def _definite(text: str, m: Mention) -> bool:
    """Whether "the", "this" or an owner's word ("its", "the company's") is before a mention."""
    return (_DEFINITE.search(text, max(0, m.start - 30), m.start) is not None
            or _OWNER_BEFORE.search(text, max(0, m.start - 30), m.start) is not None)


_PARTICIPLE = re.compile(r"[a-z]+ed")
_APPOSED = re.compile(r",\s+an?\s+(?:new\s+)?")
_DEFINITE = re.compile(r"(?<![\w-])(?:the|The|this|This)(?:[ \t]+[$€₸\d][^\s]*){0,3}"
                       r"(?:[ \t]+(?:million|billion|mln|bln|bn|tenge|new))*[ \t]+$")


def _date_marker_end(text: str) -> int:
    """Where a leading `` date YYYY-MM-DD`` marker ends (the publication date, not a fact)."""
    match = _DATE_MARKER.match(text)
    return match.end() if match else 0


_DATE_MARKER = re.compile(r"\s*date \d{4}-\d{2}-\d{2}")
