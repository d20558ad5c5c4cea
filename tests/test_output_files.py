"""Files kzgraph writes (`export -o`, `extract -o`, `show -o`): the mode a user expects, and no
temporary files left behind by a write that was killed."""

from __future__ import annotations

import fcntl
import os
import stat
from pathlib import Path

import pytest

from kzgraph.cli import main
from kzgraph.graph.export import write_atomically

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = sorted((ROOT / "src" / "kzgraph" / "sample").glob("*.txt"))[0]

WRITERS = [  # the command's arguments before the output file, the output file's name
    pytest.param(["export", "-o"], "kz.ttl", id="export"),
    pytest.param(["extract", str(ARTICLE), "--model", "none", "-o"], "article.ttl", id="extract"),
    pytest.param(["show", str(ARTICLE), "-o"], "article.dot", id="show"),
]


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    before = os.umask(0o022)
    yield os.umask
    os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)],
                         ids=["022", "027", "002"])
@pytest.mark.parametrize("args, name", WRITERS)
def test_a_new_file_gets_the_umasks_mode(runner, tmp_path, umask, args, name, mask, mode):
    umask(mask)
    output = tmp_path / name
    result = runner.invoke(main, [*args, str(output)])
    assert result.exit_code == 0, result.stderr
    assert _mode(output) == mode


@pytest.mark.parametrize("args, name", WRITERS)
def test_a_replaced_file_keeps_its_mode(runner, tmp_path, umask, args, name):
    output = tmp_path / name
    output.write_bytes(b"old")
    output.chmod(0o600)
    result = runner.invoke(main, [*args, str(output)])
    assert result.exit_code == 0, result.stderr
    assert _mode(output) == 0o600 and output.read_bytes() != b"old"


def test_leftovers_of_killed_writes_are_removed_by_the_next_write(tmp_path):
    target = tmp_path / "kz.ttl"
    killed = tmp_path / ".kz.ttl.k1ll3d.tmp"  # as a SIGKILL mid-write leaves it: unlocked
    killed.write_bytes(b"half an exp")
    running = tmp_path / ".kz.ttl.runn1ng.tmp"  # another write, still going: locked
    running.write_bytes(b"half")
    other = tmp_path / ".other.ttl.k1ll3d.tmp"  # another target's: not this write's business
    other.write_bytes(b"x")
    with running.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        write_atomically(target, b"whole\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [running.name, other.name, "kz.ttl"]
    assert target.read_bytes() == b"whole\n"
