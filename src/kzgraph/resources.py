"""Where the files that ship with kzgraph are: the ontology, the saved queries, the sample corpus.

In a wheel, ``ontology/`` and ``queries/`` are copied into the package; in a source checkout
(an editable install, or the tests) they are read from the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parents[1] / name


def ontology_dir() -> Path:
    """The folder holding ``kzgraph.ttl`` and ``reference/``."""
    return _shipped("ontology")


def queries_dir() -> Path:
    """The folder of saved ``.rq`` queries."""
    return _shipped("queries")


def sample_dir() -> Path:
    """The bundled sample corpus (the seed article)."""
    return _PACKAGE / "sample"


def sample_graphs_file() -> Path:
    """The sample corpus's article graphs as ``kzgraph extract`` writes them (N-Quads).

    Shipped so that commands without a store need not run the extractor; a test keeps it equal to
    a fresh extraction.
    """
    return sample_dir() / "sample-graphs.nq"


def reference_files() -> list[Path]:
    """The reference data files (regions, programs, sectors, persons), sorted."""
    return sorted((ontology_dir() / "reference").glob("*.ttl"))


def ontology_file() -> Path:
    """The one hand-edited OWL source."""
    return ontology_dir() / "kzgraph.ttl"
