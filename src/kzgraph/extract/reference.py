"""The reference data (``ontology/reference/*.ttl``) as the gazetteers the extractor matches.

Regions, programs, heads of state and the sector vocabulary are read from the same RDF that is
loaded into every store, so the names the extractor knows and the labels queries show are one
source. Rules that are not reference data (role titles, status words...) are in ``rules.json``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..namespaces import ID, SPARQL_PREFIXES
from ..reference import reference_store

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Named:
    """A reference resource: its IRI key (``region/akmola``), label and known names."""

    kind: str
    key: str
    label: str
    names: tuple[str, ...]
    is_city: bool = False
    blocked: tuple[str, ...] = ()  # strings that look like its name but denote another unit
    role: str = ""
    start: str = ""
    end: str = ""


@cache
def rules() -> dict:
    """The pattern vocabulary of ``rules.json``."""
    return json.loads((_HERE / "rules.json").read_text(encoding="utf-8"),
                      object_pairs_hook=_once)


@cache
def escaped(*keys: str) -> str:
    """A regex for any of the words the rules list under ``keys``, as written, longest first
    ("Co., Ltd." before "Co.").

    >>> re.match(escaped("org_legal_forms"), "Co., Ltd. of Ningbo").group()
    'Co., Ltd.'
    """
    words = [word for key in keys for word in rules()[key]]
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _once(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object whose keys are each given once: a second one would hide the first.

    >>> _once([("a", 1), ("b", 2)])
    {'a': 1, 'b': 2}
    >>> _once([("a", 1), ("a", 2)])
    Traceback (most recent call last):
    ValueError: rules.json gives 'a' twice
    """
    found = dict(pairs)
    if len(found) < len(pairs):
        twice = next(k for i, (k, _) in enumerate(pairs) if k in dict(pairs[:i]))
        raise ValueError(f"rules.json gives {twice!r} twice")
    return found


@cache
def generic_words() -> frozenset[str]:
    """Words that say what kind of body a name is, no name of one (``org_generic_words``):
    "the Group" of a text's own business, "the company Director"."""
    return frozenset(rules()["org_generic_words"])


@cache
def building_verbs() -> frozenset[str]:
    """The lemmas of verbs that build, open, run or plan a facility (``building_verbs``)."""
    return frozenset(rules()["building_verbs"])


@cache
def products() -> tuple[dict, ...]:
    """Product-to-sector rules of ``products.jsonl``, each with an ``id``."""
    lines = (_HERE / "products.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())




def _select(query: str) -> list[dict[str, str]]:
    solutions = reference_store().query(SPARQL_PREFIXES + query)
    names = [v.value for v in solutions.variables]
    return [
        {n: row[n].value for n in names if row[n] is not None}
        for row in solutions
    ]


def _collect(kind: str, cls: str, extra: str = "") -> dict[str, dict]:
    found: dict[str, dict] = {}
    rows = _select(
        f"""SELECT ?s ?label ?alt ?extra WHERE {{
              ?s a {cls} ; rdfs:label ?label .
              OPTIONAL {{ ?s skos:altLabel ?alt }}
              {extra}
            }}"""
    )
    for row in rows:
        item = found.setdefault(
            row["s"], {"label": row["label"], "names": {row["label"]}, "extra": set()}
        )
        if "alt" in row:
            item["names"].add(row["alt"])
        if "extra" in row:
            item["extra"].add(row["extra"])
    return found


def _key(iri: str) -> str:
    return iri[len(ID) :] if iri.startswith(ID) else iri


@cache
def regions() -> tuple[Named, ...]:
    """Regions and cities of republican significance."""
    blocked: dict[str, set[str]] = defaultdict(set)
    for row in _select(
        """SELECT ?s ?name WHERE { ?s a kz:Region .
             { ?s kz:confusableName ?name } UNION { ?s kz:centreName ?name }
             UNION { ?s kz:administrativeCentre ?name } }"""
    ):
        blocked[row["s"]].add(row["name"])
    result = []
    for iri, item in sorted(_collect("region", "kz:Region").items()):
        result.append(
            Named(
                kind="region",
                key=_key(iri),
                label=item["label"],
                names=tuple(sorted(item["names"])),
                is_city=not item["label"].endswith("Region"),
                blocked=tuple(sorted(blocked[iri])),
            )
        )
    return tuple(result)


@cache
def place_names() -> frozenset[str]:
    """Every name of a region or city of republican significance, and of the towns that are a
    region's centre ("Kostanay"): a place, never a business's whole name.

    >>> {"Kostanay", "Akmola Region", "Shymkent"} <= place_names()
    True
    """
    return frozenset(n for r in regions() for n in (*r.names, *r.blocked, r.label))


@cache
def centres() -> dict[str, str]:
    """The key of the region each town that is a region's centre lies in, by every name of it
    (``kz:administrativeCentre``, ``kz:centreName``: "Taraz", "Uralsk"), for the regions of
    today; a former centre now another region's ("Taldykorgan": Almaty Region's until 2022,
    Jetisu's now) is the latter's, and a name two regions claim otherwise is none.

    >>> centres()["Taraz"], centres()["Taldykorgan"], centres()["Uralsk"]
    ('region/jambyl', 'region/jetisu', 'region/west-kazakhstan')
    """
    now: dict[str, str] = {}
    named: dict[str, set[str]] = defaultdict(set)
    for row in _select(
        """SELECT ?s ?name ?now WHERE { ?s a kz:Region .
             FILTER NOT EXISTS { ?s dcterms:isReplacedBy ?later }
             { ?s kz:administrativeCentre ?name BIND(true AS ?now) }
             UNION { ?s kz:centreName ?name } }"""
    ):
        key = _key(row["s"])
        if "now" in row:
            now[row["name"]] = key
        named[row["name"]].add(key)
    return {**{name: next(iter(keys)) for name, keys in named.items() if len(keys) == 1},
            **now}


@cache
def programs() -> tuple[Named, ...]:
    """State programs with their known names and periods."""
    result = []
    items = _collect("program", "kz:Program")
    dates = {
        row["s"]: row
        for row in _select(
            """SELECT ?s ?start ?end WHERE { ?s a kz:Program .
                 OPTIONAL { ?s schema:startDate ?start } OPTIONAL { ?s schema:endDate ?end } }"""
        )
    }
    for iri, item in sorted(items.items()):
        period = dates.get(iri, {})
        result.append(
            Named(
                kind="program",
                key=_key(iri),
                label=item["label"],
                names=tuple(sorted(item["names"])),
                start=period.get("start", ""),
                end=period.get("end", ""),
            )
        )
    return tuple(result)


@cache
def persons() -> tuple[Named, ...]:
    """Heads of state (and others the reference data knows), with their role."""
    result = []
    for iri, item in sorted(
        _collect("person", "kz:Person", "OPTIONAL { ?s kz:role ?extra }").items()
    ):
        result.append(
            Named(
                kind="person",
                key=_key(iri),
                label=item["label"],
                names=tuple(sorted(item["names"])),
                role=min(item["extra"], default=""),
            )
        )
    return tuple(result)


@cache
def sectors() -> tuple[Named, ...]:
    """The sectors the extractor names: the headings of the sector scheme (``sector:headings``,
    what a reader files news under) and any industry filed under none, each with its own names
    and those of the narrower industries filed under it ("steel industry" is metallurgy).

    >>> metallurgy = next(s for s in sectors() if s.key == "sector/metallurgy")
    >>> "steel industry" in metallurgy.names, any(s.key == "sector/steel-industry" for s in sectors())
    (True, False)
    """
    items = _collect("sector", "kz:Sector", "FILTER NOT EXISTS { ?s skos:notation ?code }")
    names: dict[str, set[str]] = defaultdict(set)
    for iri, item in items.items():
        names[_heading(iri)] |= item["names"]
    return tuple(
        Named(kind="sector", key=_key(iri), label=items[iri]["label"], names=tuple(sorted(found)))
        for iri, found in sorted(names.items())
    )


def _heading(iri: str) -> str:
    """The heading an industry is filed under: itself if it is one, else the nearest heading up
    its ``skos:broader`` links (one reached directly before one that is the ``skos:closeMatch``
    of an ISIC node on the way), else itself."""
    up = _sector_links()
    level, seen = [iri], {iri}
    while level:
        for found in ([s for s in level if s in up.headings],
                      [h for s in level for h in up.close_heading.get(s, ())]):
            if found:
                return min(found)
        level = sorted({b for s in level for b in up.broader.get(s, ())} - seen)
        seen.update(level)  # a cycle of broader links in the data ends the walk
    return iri


@dataclass(frozen=True)
class _SectorLinks:
    headings: frozenset[str]
    broader: dict[str, tuple[str, ...]]
    close_heading: dict[str, tuple[str, ...]]  # ISIC node -> the headings close to it


@cache
def _sector_links() -> _SectorLinks:
    headings = {r["s"] for r in _select("SELECT ?s WHERE { sector:headings skos:member ?s }")}
    broader: dict[str, list[str]] = defaultdict(list)
    for row in _select("SELECT ?s ?b WHERE { ?s a kz:Sector ; skos:broader ?b }"):
        broader[row["s"]].append(row["b"])
    close: dict[str, list[str]] = defaultdict(list)
    for row in _select("SELECT ?s ?m WHERE { ?s skos:closeMatch ?m }"):
        if row["s"] in headings:
            close[row["m"]].append(row["s"])
    return _SectorLinks(frozenset(headings), {k: tuple(v) for k, v in broader.items()},
                        {k: tuple(v) for k, v in close.items()})
