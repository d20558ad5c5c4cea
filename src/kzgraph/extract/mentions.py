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
    builders,
    called,
    changes,
    dates,
    facilities,
    fields,
    merging,
    names,
    organizations,
    orgnames,
    parse,
    passing,
    programs,
    projects,
    reference,
    regions,
    ruler,
    sectors,
)
from .organizations import business_name
from .text import byline_end, dateline_end, word_starts


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
    publisher = orgnames.publisher_word(article.url, article.outlet)
    org_m = [m for m in organizations.organizations(text) if not inside(m, program_m)
             and not orgnames.outlets_own(m, publisher)]
    region_all = regions.regions(text, ruled(doc, "region"))
    farms = called.farms(text)  # "built by the Sarybel sheep farm": a business, no project
    # a region in a person's title is one all the same ("the akim of Kostanay Region X Y")
    region_m = [m for m in region_all
                if not overlaps(m, [p for p in person_all if p.kind == "person"])]
    if doc is not None:
        # a facility named as a proper noun is no person, and no business where it is built
        named = [f for begin, end in spans for f in facilities.named(text, begin, text[begin:end])]
        acting = [f for f in named if facilities.acting(doc, f)]
        built = [f for f in named if f not in acting]
        called_orgs = [m for m in [*parse.called_companies(doc), *called.labelled(text),
                                   *called.seated(text), *farms]
                       if m.start >= skip and not called.no_name(m.text)]  # "EPC contractor"
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
                        builders.builders(doc))
        # where the model reads a person and the sentence calls a business, neither is kept
        # (unless it builds a facility: builders.builders took it above); a person that is only a
        # part of the name ("Pack Kostanay" in "Polimer Pack Kostanay, a subsidiary of X") or
        # one a nationality and a cue noun, a label or what only a business is call a business
        # ("the Turkish group X", "Investor: X", "X, a subsidiary of Y") is none
        whole = [p for p in model_persons if not any(inside(p, [o]) and (o.end - o.start > len(
            p.text) or o.rule == "org-labelled" or called.called_by_a_cue(text, o.start)
            or called.called_a_business(text, o.end)) for o in called_orgs)]
        org_m += prefer([*person_all, *program_m, *org_m, *region_m, *outer, *whole],
                        called_orgs)
        org_m += prefer([*person_all, *program_m, *org_m, *region_m, *outer,
                         *model_persons], parse.listed_with(doc, org_m))
    else:  # rules only, what parse.called_companies reads with the model
        cued = [m for m in [*called.called(text), *called.labelled(text), *called.seated(text)]
                if m.start >= skip]
        cued += [f for f in farms if f.start >= skip and not overlaps(f, cued)]
        org_m += [m for m in cued if not overlaps(
            m, [*org_m, *person_all, *program_m, *region_m, *outside(sector_m, cued)])]
    org_m += [a for a in regions.akimats(text) if not overlaps(a, org_m)]
    org_m += aliases.said_again(text, org_m, [*person_all, *program_m, *region_m])
    org_m = aliases.defined(text, org_m, [*person_all, *program_m, *region_m])
    org_m += [replace(p, kind="organization", rule="org-short-for", key=o.key) for p in person_all
              if p.kind == "person" and (o := _short_for(p, org_m))]  # "Altyn Dala switched on"
    # "Kazakh Mining Company LLP", "the Program for the Development of the Agro-Industrial Complex"
    sector_m = [m for m in sector_m if not inside(m, org_m) and not inside(m, program_m)]
    project_m = [m for m in projects.projects(text, spans)  # not a farm that owns a plant
                 if not inside(m, org_m) and not a_sectors_name(m, sector_m)
                 and not any(inside(f, [m]) for f in farms)]
    if doc is not None:
        project_m += prefer([*project_m, *org_m, *person_all, *program_m, *region_m],
                            facilities.parsed(doc))
        project_m = [m for m in project_m if not overlaps(m, acting)]
    project_m = passing.projects(text, project_m, program_m)
    # a quoted word with capitals inside that starts a project's name is its brand, no business
    # ("«KaragandaPack» corrugated cardboard plant")
    brands = {o.key for o in org_m if o.rule == "org-camel"
              and text[o.start - 1:o.start] in "\"“«"
              and any(p.start < o.start and o.end < p.end for p in project_m)}
    org_m = [o for o in org_m if o.key not in brands]
    dates_from = _date_marker_end(text)
    countries = set(reference.rules()["countries"])
    return Mentions(  # (no one's surname is a country's name: "Precision Kazakhstan")
        persons=_with_surnames(text, [m for m in person_all if m.kind == "person"
                                      and not _short_for(m, org_m)
                                      and m.text.split()[-1] not in countries]),
        roles=[m for m in person_all if m.kind == "role"],
        regions=[m for m in region_m if m.start >= skip],
        programs=program_m,
        sectors=sector_m,
        organizations=sorted((m for m in org_m if m.start >= skip), key=lambda m: m.start),
        projects=merging.merge_projects(text, spans, sorted(project_m, key=lambda m: m.start)),
        quantities=fields.with_figures(text, changes.quantities(text)),
        dates=[(m, v) for m, v in dates.dates(text, article.published)
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
                   key=f"{orgnames.org_kind(text)}:{orgnames.core_name(text)}")


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
                                     f"{orgnames.org_kind(name)}:"
                                     f"{orgnames.core_name(name)}"))
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


def _date_marker_end(text: str) -> int:
    """Where a leading `` date YYYY-MM-DD`` marker ends (the publication date, not a fact)."""
    match = _DATE_MARKER.match(text)
    return match.end() if match else 0


_DATE_MARKER = re.compile(r"\s*date \d{4}-\d{2}-\d{2}")
