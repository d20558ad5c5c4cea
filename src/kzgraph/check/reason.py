"""Materialise what the ontology implies into the graph ``https://w3id.org/kzgraph/graph/inferred``.

Two reasoners, each where it does best (measured on this project's 2-core machine):

- **HermiT** (through owlready2, Java) over the ontology and the reference data: a complete OWL 2
  DL reasoner, so it also proves them consistent. It costs a JVM start and grows with the data
  (about 7 s for the ontology and reference data), so it does not run over the articles.
- **Rules in the store** over everything, articles included: the OWL 2 RL rules that the
  ontology's axioms use (class and property hierarchies, inverses, chains of two, transitivity,
  domains and ranges), as SPARQL CONSTRUCT queries in ``ontology/rules/*.rq``. They read the
  axioms from the ontology graph, so a new axiom needs no new code. They run to a fixpoint in
  Oxigraph, which scales to large stores where owlrl's RDFS closure (quadratic in the number of
  distinct literals) did not finish on 100,000 triples.

Only triples that the asserted graphs do not already hold are written, and only about kzgraph's
own resources and terms: ``owl:sameAs`` links to Wikidata are not followed, so Wikidata items do
not turn into regions. The graph is replaced in one transaction, and the same store always gives
the same graph, so a re-run is safe.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import ValidationError
from ..namespaces import (
    DCTERMS,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    SPARQL_PREFIXES,
    WD,
)
from ..resources import ontology_dir

_OURS = "https://w3id.org/kzgraph/"
_MAX_ROUNDS = 50


@dataclass(frozen=True)
class ReasonResult:
    """What ``reason`` wrote: triples per source, rounds to the fixpoint and the time taken."""

    triples: int
    by_source: dict[str, int] = field(default_factory=dict)
    rounds: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    reasoners: str = ""


def rule_files() -> list[Path]:
    """The rules, sorted by name."""
    return sorted((ontology_dir() / "rules").glob("*.rq"))


def reason(store, *, progress=None) -> ReasonResult:
    """Replace the inferred graph of a ``GraphStore`` with what the ontology implies.

    The ontology and reference graphs are first refreshed from the files that ship with kzgraph,
    so that a store built by an older version reasons with the current axioms.
    """
    from .hermit import reasoner_name, run_hermit

    say = progress or (lambda message: None)
    store.load_reference()  # reason with the ontology this kzgraph ships, not a store's old copy
    inferred = ox.NamedNode(INFERRED_GRAPH)
    scratch = ox.Store()
    scratch.extend([ox.Quad(q.subject, q.predicate, q.object)
                    for q in store if q.graph_name != inferred])
    by_source: dict[str, int] = {}
    seconds: dict[str, float] = {}

    say("HermiT: ontology and reference data")
    start = time.perf_counter()
    schema = [ox.Triple(q.subject, q.predicate, q.object)
              for graph in (ONTOLOGY_GRAPH, REFERENCE_GRAPH)
              for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
    by_source["hermit"] = _add_new(scratch, run_hermit(schema, infer=True), inferred)
    seconds["hermit"] = round(time.perf_counter() - start, 2)

    start = time.perf_counter()
    rules = [(path.stem, SPARQL_PREFIXES + path.read_text(encoding="utf-8"))
             for path in rule_files()]
    rounds = 0
    while True:
        rounds += 1
        say(f"rules: round {rounds}")
        added = 0
        for name, text in rules:
            try:
                found = list(scratch.query(text, use_default_graph_as_union=True))
            except SyntaxError as error:
                raise ValidationError(f"rule cannot run: {error}",
                                      location=str(ontology_dir() / "rules" / f"{name}.rq")
                                      ) from None
            count = _add_new(scratch, found, inferred)
            by_source[name] = by_source.get(name, 0) + count
            added += count
        if not added or rounds >= _MAX_ROUNDS:
            break
    seconds["rules"] = round(time.perf_counter() - start, 2)

    description = (
        f"Inferred by kzgraph reason: {reasoner_name()} over the ontology and the reference data "
        "(complete for OWL 2 DL, but a JVM start and growing with the data); then the OWL 2 RL "
        f"rules in ontology/rules ({', '.join(n for n, _ in rules)}) as SPARQL CONSTRUCT in "
        "Oxigraph over all of it, articles included, to a fixpoint (they scale with the store). "
        "owl:sameAs is not followed.")
    quads = sorted(scratch.quads_for_pattern(None, None, None, inferred), key=str)
    quads.append(ox.Quad(inferred, ox.NamedNode(DCTERMS + "description"),
                         ox.Literal(description, language="en"), inferred))
    store.replace_graph(INFERRED_GRAPH, quads)
    return ReasonResult(triples=len(quads) - 1, by_source=by_source, rounds=rounds,
                        seconds=seconds, reasoners=description)


def _add_new(scratch: ox.Store, triples, graph: ox.NamedNode) -> int:
    """Add the triples the store lacks, about kzgraph's resources and not Wikidata's items."""
    new = set()
    for t in triples:
        if not (isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(_OURS)):
            continue
        if isinstance(t.object, ox.NamedNode) and t.object.value.startswith(WD):
            continue  # what HermiT derives through owl:sameAs
        if next(scratch.quads_for_pattern(t.subject, t.predicate, t.object, None), None) is None:
            new.add(ox.Quad(t.subject, t.predicate, t.object, graph))
    scratch.extend(new)
    return len(new)


def format_result(result: ReasonResult, *, kept: bool = True) -> str:
    """A short summary: triples per source and the time each part took; ``kept=False`` for
    a store in memory (the sample corpus), whose inferred graph goes nowhere.

    >>> print(format_result(ReasonResult(3, {"hermit": 1, "cax-sco": 2}, 2,
    ...                                  {"hermit": 7.0, "rules": 0.1})), end="")
    3 triples -> https://w3id.org/kzgraph/graph/inferred (rules: 2 rounds)
      hermit     1
      cax-sco    2
    time: hermit 7.0 s, rules 0.1 s
    >>> format_result(ReasonResult(1, {}, 1, {}), kept=False).split(";")[0]
    '1 triple inferred over the sample corpus in memory'
    """
    from ..wording import plural

    rounds = f"(rules: {plural(result.rounds, 'round')})"
    if kept:
        lines = [f"{plural(result.triples, 'triple')} -> {INFERRED_GRAPH} {rounds}"]
    else:
        lines = [f"{plural(result.triples, 'triple')} inferred over the sample corpus in memory; "
                 f"nothing was saved (--store keeps them) {rounds}"]
    lines += [f"  {name:<10} {count}" for name, count in result.by_source.items()]
    lines.append("time: " + ", ".join(f"{k} {v} s" for k, v in result.seconds.items()))
    return "\n".join(lines) + "\n"
