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
from pathlib import Path

import pyoxigraph as ox

from ..errors import KzgraphError
from ..namespaces import PREFIXES

FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
EXTENSIONS = {"ttl": "turtle", "trig": "trig", "nt": "ntriples", "nq": "nquads",
              "jsonld": "jsonld", "json": "jsonld", "rdf": "rdfxml", "xml": "rdfxml",
              "owl": "rdfxml"}


def serialize(quads: list[ox.Quad], fmt: str) -> bytes:
    """Serialise quads deterministically: blank nodes canonicalised (RDFC-1.0), quads sorted."""
    rdf_format = FORMATS[fmt]
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
    if fmt in ("turtle", "trig", "rdfxml"):
        kwargs["prefixes"] = PREFIXES
    return ox.serialize(data, format=rdf_format, **kwargs)


def format_for(path: str, given: str | None) -> str:
    """The format named, or the one a file extension implies (Turtle by default)."""
    if given:
        return given
    return EXTENSIONS.get(Path(path).suffix.lstrip(".").lower(), "turtle")


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
