"""Gold annotations: read and check ``*.json`` files, and pair them with their articles.

The schema is the corpus's (``../shared/corpus/README.md``): ``persons``, ``regions``,
``sectors``, ``programs``, ``organizations``, ``projects``, ``quantities`` and ``dates``, each a
list (a missing list is an empty one), plus ``published``. Files pair by name:
``a03.json`` with ``a03.txt``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import GoldError, cannot_read

_LISTS = {
    # category: (item type, required keys of an object item)
    "persons": (dict, ("name",)),
    "regions": (str, ()),
    "sectors": (str, ()),
    "programs": (dict, ("name",)),
    "organizations": (dict, ("name",)),
    "projects": (dict, ("label", "keywords")),
    "quantities": (dict, ("value", "unit")),
    "dates": (dict, ("value",)),
}


def check_gold(data: object, *, source: str) -> dict:
    """Check parsed gold JSON against the schema; return it with every list present.

    >>> check_gold({"regions": ["Akmola Region"]}, source="g.json")["persons"]
    []
    >>> check_gold({"persons": [{"role": "x"}]}, source="g.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kzgraph.errors.GoldError: g.json: persons[0] has no 'name'; see the gold schema...
    """
    if not isinstance(data, dict):
        raise GoldError("the gold file must hold one JSON object", location=source)
    checked = dict(data)
    for category, (kind, keys) in _LISTS.items():
        items = checked.setdefault(category, [])
        if not isinstance(items, list):
            raise GoldError(f"'{category}' must be a list", location=source)
        for index, item in enumerate(items):
            where = f"{category}[{index}]"
            if not isinstance(item, kind):
                what = "a string" if kind is str else "an object"
                raise GoldError(f"{where} must be {what}", location=source)
            for key in keys:
                if key not in item:
                    raise GoldError(f"{where} has no '{key}'; see the gold schema in the corpus "
                                    "README", location=source)
    return checked


def read_gold(path: str | Path) -> dict:
    """Read and check one gold file; bad JSON is reported with its line and column."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(cannot_read(error), location=str(path)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GoldError(f"not valid JSON: {error.msg}; fix the gold file",
                        location=f"{path}:{error.lineno}:{error.colno}") from None
    return check_gold(data, source=str(path))


@dataclass(frozen=True)
class Pair:
    """An article file and its gold annotation (read and checked); ``id`` is their name."""

    id: str
    article: Path
    gold_file: Path
    gold: dict


@dataclass(frozen=True)
class Pairing:
    pairs: tuple[Pair, ...]
    gold_only: tuple[Path, ...]  # gold files with no article
    article_only: tuple[Path, ...]  # articles with no gold file


def pair_files(gold_dirs: list[str | Path], article_dirs: list[str | Path]) -> Pairing:
    """Pair ``NAME.json`` in the gold folders with ``NAME.txt`` in the article folders.

    Every paired gold file is read and checked here, so a bad one stops the run at once.
    """
    gold = _by_stem(gold_dirs, "json", "gold .json files")
    articles = _by_stem(article_dirs, "txt", ".txt articles")
    pairs = tuple(Pair(stem, articles[stem], gold[stem], read_gold(gold[stem]))
                  for stem in sorted(gold.keys() & articles))
    if not pairs:
        raise GoldError("no gold file has an article of the same name (NAME.json with NAME.txt)",
                        location=", ".join(str(d) for d in [*gold_dirs, *article_dirs]))
    return Pairing(
        pairs=pairs,
        gold_only=tuple(gold[s] for s in sorted(gold.keys() - articles.keys())),
        article_only=tuple(articles[s] for s in sorted(articles.keys() - gold.keys())),
    )


def _by_stem(dirs: list[str | Path], ext: str, what: str) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for given in dirs:
        folder = Path(given)
        if not folder.is_dir():
            raise GoldError(f"no such folder; give a folder of {what}", location=str(folder))
        for path in sorted(folder.glob(f"*.{ext}")):
            if path.stem in found:
                raise GoldError(f"two files are named {path.name}; names must be unique",
                                location=f"{found[path.stem]}, {path}")
            found[path.stem] = path
    return found
