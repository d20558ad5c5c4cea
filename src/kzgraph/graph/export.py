"""Serialise a store in every RDF format, deterministically (same input, same bytes).

Dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs; graph formats (Turtle,
N-Triples, RDF/XML) hold the union of all graphs. Quads are sorted before writing, and files
are written to a temporary name and renamed, so an interrupted export leaves no partial file.
"""

from __future__ import annotations

import fcntl
import glob
import os
import tempfile
from enum import Enum
from pathlib import Path

import pyoxigraph as ox

from ..errors import KzgraphError
from ..namespaces import PREFIXES


class ExportFormat(Enum):
    """An RDF format ``serialize`` writes; its value is the name ``--format`` takes.

    >>> ExportFormat("nquads").rdf_format.supports_datasets
    True
    """

    TURTLE = "turtle"
    TRIG = "trig"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @property
    def rdf_format(self) -> ox.RdfFormat:
        """pyoxigraph's name for it."""
        return _RDF_FORMATS[self]


_RDF_FORMATS = {
    ExportFormat.TURTLE: ox.RdfFormat.TURTLE,
    ExportFormat.TRIG: ox.RdfFormat.TRIG,
    ExportFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
    ExportFormat.NQUADS: ox.RdfFormat.N_QUADS,
    ExportFormat.JSONLD: ox.RdfFormat.JSON_LD,
    ExportFormat.RDFXML: ox.RdfFormat.RDF_XML,
}
_WITH_PREFIXES = (ExportFormat.TURTLE, ExportFormat.TRIG, ExportFormat.RDFXML)
EXTENSIONS = {"ttl": ExportFormat.TURTLE, "trig": ExportFormat.TRIG, "nt": ExportFormat.NTRIPLES,
              "nq": ExportFormat.NQUADS, "jsonld": ExportFormat.JSONLD,
              "json": ExportFormat.JSONLD, "rdf": ExportFormat.RDFXML,
              "xml": ExportFormat.RDFXML, "owl": ExportFormat.RDFXML}


def serialize(quads: list[ox.Quad], fmt: ExportFormat | str) -> bytes:
    """Serialise quads deterministically: blank nodes canonicalised (RDFC-1.0), quads sorted;
    ``fmt`` is an ``ExportFormat`` or its name.

    >>> label = ox.Quad(ox.NamedNode("https://w3id.org/kzgraph/id/region/akmola"),
    ...                 ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
    ...                 ox.Literal("Akmola Region", language="en"))
    >>> print(serialize([label], ExportFormat.TURTLE).decode().splitlines()[-1])
    kzid:region\\/akmola rdfs:label "Akmola Region"@en .
    """
    fmt = ExportFormat(fmt)
    rdf_format = fmt.rdf_format
    if any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object)):
        dataset = ox.Dataset(quads)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)  # stable blank node ids
        quads = list(dataset)
    ordered = sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                           str(q.object)))
    if rdf_format.supports_datasets:
        data = ordered
    else:
        seen: dict[tuple[str, str, str], ox.Triple] = {}
        for q in ordered:
            seen.setdefault((str(q.subject), str(q.predicate), str(q.object)), q.triple)
        data = [seen[k] for k in sorted(seen)]
    kwargs = {}
    if fmt in _WITH_PREFIXES:
        kwargs["prefixes"] = PREFIXES
    return ox.serialize(data, format=rdf_format, **kwargs)


def format_for(path: str, given: str | None) -> ExportFormat:
    """The format named (a ``--format`` value), or the one a file extension implies (Turtle by
    default).

    >>> format_for("kz.nq", None), format_for("kz.nq", "trig"), format_for("-", None)
    (<ExportFormat.NQUADS: 'nquads'>, <ExportFormat.TRIG: 'trig'>, <ExportFormat.TURTLE: 'turtle'>)
    """
    if given:
        return ExportFormat(given)
    return EXTENSIONS.get(Path(path).suffix.lstrip(".").lower(), ExportFormat.TURTLE)


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place.

    A new file gets the mode the umask gives (``0644`` for the usual ``022``); a replaced file
    keeps its mode. The temporary file (``.NAME.*.tmp``) is locked while it is written, so the
    ones that killed writes left behind (unlocked) are removed by the next write to ``path``.
    """
    target = Path(path)
    _remove_leftovers(target)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise KzgraphError(f"cannot write here ({error.strerror}); check that the folder "
                           "exists and is writable", location=str(target)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            os.fchmod(handle.fileno(), _mode(target))
            handle.write(data)
        os.replace(tmp, target)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise KzgraphError(f"cannot write ({error.strerror}); nothing was changed",
                           location=str(target)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode(target: Path) -> int:
    """The mode a written file gets: the replaced file's, else what the umask allows."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_leftovers(target: Path) -> None:
    """Delete the temporary files of killed writes to ``target``: those nobody has locked."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        try:
            with leftover.open("rb") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while being written
                leftover.unlink()
        except OSError:
            continue
