"""Shared fixtures: repository and corpus paths, the CLI runner, a clean environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed"


@pytest.fixture(autouse=True)
def _no_store_from_environment(monkeypatch):
    """A KZGRAPH_STORE in the developer's shell must not change what the tests see."""
    monkeypatch.delenv("KZGRAPH_STORE", raising=False)


@pytest.fixture
def runner() -> CliRunner:
    """click's test runner; tests assert on its ``stdout`` and ``stderr`` separately."""
    return CliRunner()


@pytest.fixture(scope="session")
def shared_seed() -> Path:
    """The seed article and its gold file in ../shared, or a skip where that is absent."""
    if not SEED.is_dir():
        pytest.skip(f"{SEED} is absent (a clone outside the kzgraph workspace)")
    return SEED


# Real servers (Oxigraph, a status-code server) for the remote and serve tests.
from servers import oxigraph, silent_port, status_server  # noqa: E402, F401
