"""The module paths of kzgraph 0.1, importable for one more release: they go in 0.3.

kzgraph 0.2 put its modules into packages named after what they do (see ARCHITECTURE.md):
``kzgraph.store`` is now ``kzgraph.graph.store``, ``kzgraph.queries`` is ``kzgraph.query.saved``,
and so on (``MOVED``). Importing an old path gives a module that hands out the new module's names
(the same functions and classes) and warns once, with a ``DeprecationWarning`` naming the new path.

>>> import warnings
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore", DeprecationWarning)
...     from kzgraph.store import GraphStore
>>> GraphStore.__module__
'kzgraph.graph.store'
"""

from __future__ import annotations

import importlib
import sys
import types
import warnings
from importlib.machinery import ModuleSpec

MOVED: dict[str, str | tuple[str, ...]] = {
    "triples": "graph.triples",
    "layout": "graph.layout",
    "spans": "graph.spans",
    "store": "graph.store",
    "rdfio": "graph.rdfio",
    "export": "graph.export",
    "build": "graph.build",
    "lockholder": "graph.lockholder",
    "queries": "query.saved",
    "guard": ("query.guard", "query.runner"),  # the safety check and the time limit, split
    "syntax": "query.syntax",
    "results": "query.results",
    "lookup": "query.lookup",
    "endpoints": "remote.endpoints",
    "protocol": "remote.protocol",
    "load": ("remote.load", "remote.graphs", "remote.bulk", "remote.protocol"),
    "serve": "remote.serve",
    "validate": "check.validate",
    "shacl": "check.shacl",
    "report": "check.findings",
    "reason": "check.reason",
    "hermit": "check.hermit",
    "evaluate": ("evaluation.evaluate", "evaluation.matching"),
    "gold": "evaluation.gold",
    "scores": "evaluation.scores",
    "assignment": "evaluation.assignment",
    "show": "pages.show",
    "picture": "pages.picture",
    "render_dot": "pages.render_dot",
    "render_html": "pages.render_html",
    "ontodocs": "pages.ontodocs",
    "refdocs": "pages.refdocs",
}


class _OldPaths:
    """Finds ``kzgraph.OLD`` for each old path and makes it a module that forwards to the new
    one (attribute access, ``from ... import``, ``dir()``)."""

    def find_spec(self, fullname: str, path=None, target=None) -> ModuleSpec | None:
        package, _, name = fullname.partition(".")
        if package != "kzgraph" or name not in MOVED:
            return None
        return ModuleSpec(fullname, self)

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        moved = MOVED[spec.name.removeprefix("kzgraph.")]
        new = ["kzgraph." + name for name in ((moved,) if isinstance(moved, str) else moved)]
        warnings.warn(f"{spec.name} is now {' and '.join(new)}; the old path goes in kzgraph 0.3",
                      DeprecationWarning, stacklevel=2)
        targets = [importlib.import_module(name) for name in new]
        alias = types.ModuleType(spec.name, f"Deprecated: {', '.join(new)} until kzgraph 0.3.")

        def forward(name: str):
            for target in targets:
                if hasattr(target, name):
                    return getattr(target, name)
            raise AttributeError(f"module {spec.name!r} has no attribute {name!r}")

        alias.__getattr__ = forward
        alias.__dir__ = lambda: sorted({n for target in targets for n in dir(target)})
        alias.__all__ = [n for target in targets for n in getattr(
            target, "__all__", [n for n in vars(target) if not n.startswith("_")])]
        return alias

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing to run: the alias forwards to a module that is already imported."""


def install() -> None:
    """Make the old paths importable (done once, by ``import kzgraph``)."""
    if not any(isinstance(finder, _OldPaths) for finder in sys.meta_path):
        sys.meta_path.append(_OldPaths())
