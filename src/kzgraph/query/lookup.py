"""Parameter values by name: ``--param region="Pavlodar Region"`` finds ``region:pavlodar``.

An IRI parameter's value that is not an IRI is looked up in the store by label, alternative
label or key, in any case and with any punctuation (``pavlodar``, ``PAVLODAR REGION``,
``Pavlodar oblysy``). A parameter named after a kind of resource (``region``, ``sector``,
``program``, ``company``, ``person``, ``project``, ``article``, ``status``) looks among that
kind only. One match is the value; several are an error listing them; none is an error that
suggests the nearest names. An IRI of kzgraph's that the store does not hold (a typo such as
``region:pavlodr``) is an error too, not an empty answer. The value never enters query text:
labels are read with a fixed query and compared here.
"""

from __future__ import annotations

import difflib
import re

import pyoxigraph as ox

from ..errors import ParameterError
from ..namespaces import ID, KZ, SPARQL_PREFIXES

_KINDS = {"region": "region", "sector": "sector", "program": "program", "company": "organization",
          "organization": "organization", "person": "person", "project": "project",
          "article": "article"}
_NAMES = """SELECT DISTINCT ?r ?name ?main WHERE {
  { ?r rdfs:label ?name BIND (1 AS ?main) } UNION { ?r skos:altLabel|skos:prefLabel ?name }
  FILTER (isIRI(?r)) %s
}"""


def normal(text: str) -> str:
    """A name reduced to lower-case words, for matching spellings.

    >>> normal("  Pavlodar-REGION ") == normal("pavlodar region")
    True
    """
    return " ".join(re.findall(r"\w+", text.casefold()))


def _scope(param: str) -> tuple[str, str]:
    """(a SPARQL filter for the parameter's kind, the kind's namespace or '')."""
    if param == "status":
        return f"?r a <{KZ}ProjectStatus> .", KZ
    kind = _KINDS.get(param)
    if kind is None:
        return "", ""
    return f'FILTER (STRSTARTS(STR(?r), "{ID}{kind}/"))', f"{ID}{kind}/"


def names(store, param: str) -> dict[str, dict[str, str]]:
    """Each resource of the parameter's kind -> {normalised name: name as written}: its key
    first, then its label, then its alternative labels."""
    where, space = _scope(param)
    rows = sorted((row["r"].value, row["main"] is None, row["name"].value)
                   for row in store.query(SPARQL_PREFIXES + _NAMES % where))
    found: dict[str, dict[str, str]] = {}
    for iri, _, name in rows:
        if iri not in found:
            key = iri[len(space):] if space and iri.startswith(space) else iri.rpartition("/")[2]
            found[iri] = {normal(key): key}
        found[iri].setdefault(normal(name), name)
    return found


def resolve(store, param: str, value: str, shown) -> str:
    """The IRI that ``value`` names for parameter ``param``; ``shown`` prints an IRI."""
    wanted = normal(value)
    known = names(store, param)
    matches = sorted(iri for iri, spellings in known.items() if wanted in spellings)
    by_key = [iri for iri in matches if next(iter(known[iri])) == wanted]
    if len(matches) == 1 or len(by_key) == 1:  # a key names one resource of its kind
        return (by_key or matches)[0]
    kind = param if param in _KINDS or param == "status" else "resource"
    if matches:
        listed = "; ".join(f"{shown(i)} ({_label(known[i])})" for i in matches[:8])
        raise ParameterError(f"--param {param}={value!r} is ambiguous: {len(matches)} of "
                             f"kind {kind} have that name ({listed}); give one of them")
    raise ParameterError(f"--param {param}={value!r} is not a valid iri (write an IRI or "
                         f"prefix:name) and no {kind} in the store has that label or key"
                         f"{_nearest(known, wanted, shown)}")


def check_exists(store, param: str, iri: str, shown) -> None:
    """An error with the nearest names when a kzgraph IRI is in no triple of the store."""
    if not iri.startswith((ID, KZ)):
        return
    node = ox.NamedNode(iri)  # serialised by pyoxigraph, so the text stays one IRI
    if bool(store.query(f"ASK {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} }}")):
        return
    known = names(store, param)
    tail = normal(iri.rpartition("/")[2].rpartition("#")[2])
    raise ParameterError(f"--param {param}={shown(iri)}: the store holds nothing with that "
                         f"IRI{_nearest(known, tail, shown)}")


def _label(spellings: dict[str, str]) -> str:
    """The label (the second name after the key), else the key."""
    return list(spellings.values())[1 if len(spellings) > 1 else 0]


def _nearest(known: dict[str, dict[str, str]], wanted: str, shown) -> str:
    owner = {n: iri for iri, spellings in known.items() for n in spellings}
    near = difflib.get_close_matches(wanted, list(owner), n=12, cutoff=0.6)
    iris = list(dict.fromkeys(owner[n] for n in near))[:3]
    if not iris:
        return ""
    listed = ", ".join(f"{shown(iri)} ({_label(known[iri])})" for iri in iris)
    return f"; did you mean {listed}?"
