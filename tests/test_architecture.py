"""The packages import only what ARCHITECTURE.md says they may, so its picture stays true.

Every ``import`` in ``src/kzgraph`` (at the top of a module or inside a function) is read with
``ast``. A module may import its own package and the packages ``MAY_IMPORT`` lists for it (that
table has no circle, so the packages have none), and no modules import each other in a circle.
The checker is also run on small made-up packages, so that a test that passes here could fail.
"""

from __future__ import annotations

import ast
import textwrap
import warnings
from pathlib import Path

import pytest

from kzgraph.old_paths import MOVED

SRC = Path(__file__).resolve().parents[1] / "src" / "kzgraph"

# What each package may import besides itself. "base" is the modules at the top of src/kzgraph
# (errors, namespaces, model...); ``__main__`` runs the command line, so it counts as ``cli``.
MAY_IMPORT = {
    "base": set(),
    "extract": {"base"},
    "graph": {"base", "extract"},
    "query": {"base"},
    "remote": {"base", "graph", "query"},
    "check": {"base", "graph", "query"},
    "evaluation": {"base", "extract", "graph"},
    "pages": {"base", "graph", "query"},
    "cli": {"base", "extract", "graph", "query", "remote", "check", "evaluation", "pages"},
}
MAX_LINES = 400


def modules(root: Path) -> dict[str, Path]:
    """Every module under ``root`` (a package folder) by its dotted name."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of the same project that ``name`` imports, as dotted names."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    top = name.split(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == top)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != top:
                continue
            for alias in node.names:  # `from . import store` imports the module kzgraph.store
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in known
                          else target)
    return {t for t in found if t != name}


def problems(root: Path, may_import: dict[str, set[str]]) -> list[str]:
    """Imports of a package its entry in ``may_import`` does not list, and circles of modules."""
    known = modules(root)
    graph = {name: imports(name, path, known) & known.keys() for name, path in known.items()}
    found = []
    for name, targets in sorted(graph.items()):
        mine = _family(name, root)
        for target in sorted(targets):
            theirs = _family(target, root)
            if theirs != mine and theirs not in may_import[mine]:
                found.append(f"{name} ({mine}) imports {target} ({theirs})")
    found += [" -> ".join(circle) for circle in circles(graph)]
    return found


def _family(name: str, root: Path) -> str:
    parts = name.split(".")
    if len(parts) == 1:
        return "base"
    if parts[1] == "__main__":
        return "cli"
    return parts[1] if (root / parts[1]).is_dir() else "base"


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle through each strongly connected group of more than one module (Tarjan)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group) + [min(group)])
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_every_package_has_a_layer_and_says_what_it_may_import():
    packages = {p.parent.name for p in SRC.glob("*/__init__.py")}
    assert packages == set(MAY_IMPORT) - {"base"}
    for name in packages:
        doc = ast.get_docstring(ast.parse((SRC / name / "__init__.py").read_text()))
        assert doc and "May import" in doc, name


def test_the_packages_allowed_imports_have_no_circle():
    assert circles(MAY_IMPORT) == []


def test_no_import_is_outside_the_table_or_round_a_circle():
    assert problems(SRC, MAY_IMPORT) == []


def test_no_module_is_longer_than_the_limit():
    lengths = {str(p.relative_to(SRC)): len(p.read_text(encoding="utf-8").splitlines())
               for p in SRC.rglob("*.py")}
    assert {p: n for p, n in lengths.items() if n > MAX_LINES} == {}


def test_the_command_line_offers_what_the_library_knows():
    """The commands spell out their choices (so that `kzgraph --help` imports no library
    module); they must stay those of the library's enums and tables."""
    from kzgraph.check.findings import ReportFormat
    from kzgraph.cli.check import REPORT_FORMATS
    from kzgraph.cli.evaluation import SCORE_FORMATS
    from kzgraph.cli.options import SERVERS
    from kzgraph.evaluation.scores import ScoreFormat
    from kzgraph.remote import endpoints

    assert SERVERS == endpoints.SERVERS
    assert REPORT_FORMATS == tuple(f.value for f in ReportFormat)
    assert SCORE_FORMATS == tuple(f.value for f in ScoreFormat)


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "kzgraph"
    for name, text in {"__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.mark.parametrize(("files", "expected"), [
    ({"errors.py": "", "graph/__init__.py": "", "graph/store.py": "from ..errors import E\n",
      "cli/__init__.py": "from ..graph.store import open_store\n"}, []),
    ({"errors.py": "", "graph/__init__.py": "", "query/__init__.py": "",
      "graph/store.py": "def f():\n    from ..query import saved\n", "query/saved.py": ""},
     ["kzgraph.graph.store (graph) imports kzgraph.query.saved (query)"]),
    ({"errors.py": "import kzgraph.cli\n", "cli/__init__.py": ""},
     ["kzgraph.errors (base) imports kzgraph.cli (cli)"]),
    ({"remote/__init__.py": "", "pages/__init__.py": "", "remote/load.py": "",
      "pages/show.py": "from kzgraph.remote.load import load\n"},
     ["kzgraph.pages.show (pages) imports kzgraph.remote.load (remote)"]),
    ({"pages/__init__.py": "", "pages/a.py": "from .b import x\n",
      "pages/b.py": "def f():\n    from . import a\n"},
     ["kzgraph.pages.a -> kzgraph.pages.b -> kzgraph.pages.a"]),
], ids=["downward-is-fine", "graph-imports-query", "base-imports-cli", "peer-packages",
        "circle-inside-a-function"])
def test_the_checker_finds_what_it_should(tmp_path, files, expected):
    assert problems(_package(tmp_path, files), MAY_IMPORT) == expected


@pytest.mark.parametrize("old", sorted(MOVED))
def test_the_old_module_paths_still_import_and_warn(old):
    new = MOVED[old]
    new = new if isinstance(new, str) else new[0]
    moved = __import__(f"kzgraph.{new}", fromlist=["_"])
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        alias = __import__(f"kzgraph.{old}", fromlist=["_"])
    public = [n for n in getattr(moved, "__all__", vars(moved)) if not n.startswith("_")]
    assert public and all(getattr(alias, n) is getattr(moved, n) for n in public)


def test_an_old_path_warns_with_the_new_one():
    import sys

    sys.modules.pop("kzgraph.export", None)
    with pytest.warns(DeprecationWarning, match=r"kzgraph\.export is now kzgraph\.graph\.export"):
        from kzgraph.export import serialize  # noqa: F401
