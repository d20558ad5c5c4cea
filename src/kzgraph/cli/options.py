"""The options that several commands share, each defined once: ``--format``, ``-o/--output``,
``--store``, ``--model`` and ``--server``."""

from __future__ import annotations

import click

SERVERS = ("oxigraph", "fuseki", "virtuoso", "graphdb", "qlever", "generic")


def store_option(*, created: bool = False):
    """``--store DIR`` (or ``$KZGRAPH_STORE``). ``created``: the store a command builds, so
    required and never a file; otherwise optional, and without it the bundled sample corpus."""
    if created:
        return click.option("--store", "store_path", type=click.Path(file_okay=False),
                            envvar="KZGRAPH_STORE", required=True,
                            help="Store folder to create or update (or $KZGRAPH_STORE).")
    return click.option(
        "--store", "store_path", type=click.Path(), envvar="KZGRAPH_STORE",
        help="Store folder (or $KZGRAPH_STORE); without one, the bundled sample corpus.")


def output_option(help: str = "Write here (`-`: standard output, the default).", *,
                  dash: bool = True, required: bool = False, folder: bool = False):
    """``-o/--output``: a file (``-`` for standard output where ``dash``), or with ``folder`` a
    folder, given to the command as ``out_dir``."""
    if folder:
        return click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False),
                            required=required, help=help)
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=dash),
                        required=required, help=help)


def format_option(choices: tuple[str, ...], default: str | None, what: str | None, *,
                  aliases: bool = True):
    """``--format``, given to the command as ``fmt``. With ``aliases`` it takes any case and the
    usual aliases (ttl, nt, nq, jsonld, srj...); without, exactly one of ``choices``."""
    if not aliases:
        return click.option("--format", "fmt", type=click.Choice(list(choices)), default=default,
                            show_default=True, help=what)

    def check(ctx, param, value):
        if value is None:
            return None
        from ..query.results import format_name

        name = value.lower() if value.lower() in choices else format_name(value)
        if name not in choices:
            raise click.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
        return name

    return click.option("--format", "fmt", default=default, callback=check, metavar="FORMAT",
                        show_default=default is not None,
                        help=f"{what}: {', '.join(choices)} (any case; aliases such as ttl, nt, "
                             "nq, jsonld, srj).")


def model_option():
    """``--model NAME`` (or ``$KZGRAPH_MODEL``): the spaCy pipeline under the extractor."""
    return click.option(
        "--model", metavar="NAME", envvar="KZGRAPH_MODEL",
        help="spaCy pipeline that reads the text (or $KZGRAPH_MODEL): an installed package such "
             "as en_core_web_md, or `none` for the rules alone (fastest). Default: "
             "en_core_web_sm where installed, else the copy of it that kzgraph installs.")


def server_option():
    """``--server NAME``: the kind of server behind ``--endpoint``."""
    return click.option(
        "--server", type=click.Choice(list(SERVERS)),
        help="The server behind --endpoint, if not the one it says it is (asked by default).")
