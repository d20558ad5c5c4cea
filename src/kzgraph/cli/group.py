"""The ``kzgraph`` click group: the one place where library errors become messages and exit codes.

Commands are registered on it in ``kzgraph.cli``; each is made with ``command`` so that its usage
errors are one line.
"""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import KzgraphError


def command(name: str | None = None):
    """``click.command`` for a kzgraph command: usage errors in one line (``_OneLineUsage``)."""
    return click.command(name, cls=_OneLineUsage)


class _OneLineUsage(click.Command):
    """A command whose usage errors (a bad option or value) are one line that says where the
    help is, not click's usage block of four lines."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as error:
            where = f"kzgraph {info_name}" if info_name else "kzgraph"
            message = error.format_message().rstrip(".")
            raise click.UsageError(f"{message}; see `{where} --help`") from None


class _Commands(click.Group):
    """kzgraph's command group: the one place where an error becomes a message and a status.

    Any command's ``KzgraphError`` (this group's commands, and any added later) becomes one
    ``Error: ...`` line on stderr and the error's exit code, with no traceback; a Ctrl-C that
    no command handled exits 130. Its commands' usage errors are one line (``_OneLineUsage``).
    """

    command_class = _OneLineUsage

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KzgraphError as error:
            click.echo(f"Error: {error}", err=True)
            code = error.exit_code
        except KeyboardInterrupt:
            click.echo("Error: interrupted (Ctrl-C); nothing more was done", err=True)
            code = 130
        sys.exit(code)  # outside the handler: the traceback (and an open store) is let go


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzgraph")
def main() -> None:
    """Turn news about Kazakhstan's industrial development into a knowledge graph.

    \b
    Examples:
      kzgraph query sectors              # sectors in the sample corpus
      kzgraph build articles/ --store kz.store
      kzgraph query projects --store kz.store --format csv
    """
