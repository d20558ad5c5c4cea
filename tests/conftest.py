"""Shared fixtures: repository and corpus paths, the CLI runner, a clean environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed"


def one_line_error(result, *fragments: str, exit_code: int | None = 1,
                   progress_before: bool = False, output_allowed: bool = False) -> str:
    """The command failed (``exit_code``; None: any non-zero) with one ``Error:`` line on
    stderr holding every fragment, no traceback and, unless ``output_allowed``, no stdout.

    ``progress_before`` lets progress lines on stderr come before the error line.
    """
    if exit_code is None:
        assert result.exit_code not in (0, None), (result.stdout, result.stderr)
    else:
        assert result.exit_code == exit_code, (result.stdout, result.stderr, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    assert output_allowed or result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    if progress_before:
        lines = [line for line in lines if line.startswith("Error: ")] or lines
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


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


# Real servers (Oxigraph, Virtuoso, a status-code server) for the remote and serve tests.
from servers import oxigraph, silent_port, status_server, virtuoso  # noqa: E402, F401
