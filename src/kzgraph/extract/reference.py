"""The reference data (``ontology/reference/*.ttl``) as the gazetteers the extractor matches.

Regions, programs, heads of state and the sector vocabulary are read from the same RDF that is
loaded into every store, so the names the extractor knows and the labels queries show are one
source. Rules that are not reference data (role titles, status words...) are in ``rules.json``.
"""

from __future__ import annotations

import json
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
    return json.loads((_HERE / "rules.json").read_text(encoding="utf-8"))


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
    """The industry concepts of the sector scheme (not the ISIC codes themselves)."""
    result = []
    items = _collect("sector", "kz:Sector", "FILTER NOT EXISTS { ?s skos:notation ?code }")
    for iri, item in sorted(items.items()):
        result.append(
            Named(kind="sector", key=_key(iri), label=item["label"], names=tuple(item["names"]))
        )
    return tuple(result)
