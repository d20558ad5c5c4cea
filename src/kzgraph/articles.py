"""Read article files: a ``key: value`` header, a blank line, then the text as published.

The header fields are ``url``, ``title``, ``published`` (``YYYY-MM-DD`` or ``unknown``) and
``source`` (the outlet).
A body that starts with `` date YYYY-MM-DD`` gives the publication date where the header has none.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from .errors import ArticleError
from .model import Article

_HEADER = re.compile(r"^(url|title|published|source):[ \t]*(.*)$")
_DATE_MARK = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s")
_KEY_CHARS = re.compile(r"[^a-z0-9]+")


def article_key(name: str) -> str:
    """A stable lowercase slug for an article, from its file name.

    >>> article_key("TCA 2016-12-07 Industrialization_Map.txt")
    'tca-2016-12-07-industrialization-map'
    """
    stem = name[:-4] if name.lower().endswith(".txt") else name
    return _KEY_CHARS.sub("-", stem.lower()).strip("-") or "article"


def parse_article(content: str, *, key: str, source: str | None = None) -> Article:
    """Split an article file's content into header fields and body text.

    >>> a = parse_article("url: http://x\\npublished: 2016-12-07\\n\\nHello.", key="k")
    >>> (a.url, a.published.isoformat(), a.text)
    ('http://x', '2016-12-07', 'Hello.')
    """
    where = source or key
    fields: dict[str, str] = {}
    lines = content.split("\n")
    body_start = 0
    for number, line in enumerate(lines):
        match = _HEADER.match(line.rstrip("\r"))
        if match:
            fields[match.group(1)] = match.group(2).strip()
            continue
        if line.strip() == "" and fields:
            body_start = number + 1
        else:
            body_start = number
        break
    else:
        body_start = len(lines)
    text = "\n".join(lines[body_start:])
    if not text.strip():
        raise ArticleError(
            "the article has no text; put the text after the header and a blank line",
            location=where,
        )
    return Article(
        key=key,
        text=text,
        url=fields.get("url") or None,
        title=fields.get("title") or None,
        outlet=fields.get("source") or None,
        published=_published(fields.get("published"), text, where),
        source=source,
    )


def _published(value: str | None, text: str, where: str) -> date | None:
    if value and value.lower() != "unknown":
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ArticleError(
                f"published: {value!r} is not a date; write YYYY-MM-DD or 'unknown'",
                location=where,
            ) from None
    mark = _DATE_MARK.match(text)
    return date.fromisoformat(mark.group(1)) if mark else None


def read_article(path: str | Path) -> Article:
    """Read one article file; ``-`` reads standard input."""
    if str(path) == "-":
        return parse_article(sys.stdin.read(), key="stdin", source="<stdin>")
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ArticleError("no such file", location=str(path)) from None
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"not UTF-8 text (byte {error.start}); convert it to UTF-8 first",
            location=str(path),
        ) from None
    except OSError as error:
        raise ArticleError(error.strerror or str(error), location=str(path)) from None
    return parse_article(content, key=article_key(path.name), source=str(path))


def find_articles(paths: list[str | Path]) -> Iterator[Path]:
    """The ``.txt`` article files named by ``paths`` (folders are searched recursively)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(path.rglob("*.txt"))
            if not found:
                raise ArticleError("no .txt articles in this folder", location=str(path))
            yield from found
        elif path.exists():
            yield path
        else:
            raise ArticleError("no such file or folder", location=str(path))
