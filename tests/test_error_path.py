"""One error path: every command's errors become one line in one place, and each kind of
message (a file that cannot be read, a parse error's line and column) is written once."""

from __future__ import annotations

import inspect

import pytest

from conftest import one_line_error
from kzgraph import cli
from kzgraph.articles import read_article
from kzgraph.errors import (
    ArticleError,
    GoldError,
    KzgraphError,
    RdfError,
    StoreError,
    syntax_position,
)
from kzgraph.evaluation.gold import read_gold
from kzgraph.graph.rdfio import read_rdf
from kzgraph.graph.store import store_errors


@pytest.fixture
def new_command():
    """A command added to the group the way a new feature would be: no error handling."""

    @cli.main.command("fails-for-the-test")
    def fails() -> None:
        raise KzgraphError("it failed; do this instead", location="x.txt")

    @cli.main.command("interrupted-for-the-test")
    def interrupted() -> None:
        raise KeyboardInterrupt

    yield
    del cli.main.commands["fails-for-the-test"], cli.main.commands["interrupted-for-the-test"]


def test_a_new_command_is_covered_by_the_group(runner, new_command):
    one_line_error(runner.invoke(cli.main, ["fails-for-the-test"]),
                   "x.txt: it failed; do this instead")
    result = runner.invoke(cli.main, ["interrupted-for-the-test"])
    one_line_error(result, "interrupted", exit_code=130)


def test_no_command_converts_errors_or_exits_by_hand():
    """The group converts; commands raise (``validate`` sets its status: 0 or 1 findings)."""
    for name, command in cli.main.commands.items():
        source = inspect.getsource(command.callback)
        assert 'echo(f"Error' not in source and "click.echo(\"Error" not in source, name
        if name != "validate":
            assert "sys.exit" not in source, name


def test_store_errors_become_store_errors_with_the_folder(tmp_path):
    with pytest.raises(StoreError, match=f"^{tmp_path}: the disk is full"):
        with store_errors(tmp_path):
            raise OSError("IO error: No space left on device")


@pytest.mark.parametrize("reader, error", [(read_article, ArticleError), (read_rdf, RdfError),
                                           (read_gold, GoldError)],
                         ids=["article", "rdf", "gold"])
def test_a_file_that_cannot_be_read_says_so_in_one_way(tmp_path, reader, error):
    folder = tmp_path / "a.ttl"  # a folder where a file was expected
    folder.mkdir()
    with pytest.raises(error) as raised:
        reader(folder)
    assert str(raised.value) == f"{folder}: cannot read it (Is a directory)"


@pytest.mark.parametrize("message, position", [
    ("error at 3:7: expected one of LATERAL", (3, 7, "expected one of LATERAL")),
    ("Parser error at line 2 column 5: bad IRI", (2, 5, "bad IRI")),
    ("Parser error at line 2 between columns 5 and 9: bad", (2, 5, "bad")),
    ("@id value must be a string", (None, None, "@id value must be a string")),
], ids=["sparql", "rdf", "rdf-range", "none"])
def test_parse_error_positions_are_read_in_one_place(message, position):
    assert syntax_position(SyntaxError(message)) == position

