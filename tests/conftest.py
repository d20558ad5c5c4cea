"""Shared fixtures: paths to the repository, the sample article and the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed"


@pytest.fixture(scope="session")
def shared_seed() -> Path:
    """The seed article and its gold file in ../shared, or a skip where that is absent."""
    if not SEED.is_dir():
        pytest.skip(f"{SEED} is absent (a clone outside the kzgraph workspace)")
    return SEED


# Real servers (Oxigraph, a status-code server) for the remote and serve tests.
from servers import oxigraph, silent_port, status_server  # noqa: E402, F401
