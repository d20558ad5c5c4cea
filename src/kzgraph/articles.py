"""Read article files: a ``key: value`` header, a blank line, then the text as published.

The header fields are ``url``, ``title``, ``published`` (``YYYY-MM-DD`` or ``unknown``) and
``source`` (the outlet).
A body that starts with `` date YYYY-MM-DD`` gives the publication date where the header has none.

What is refused, each with an ``ArticleError`` that names the file and says what to do: an empty
file, a PDF, a binary file (NUL bytes), text that is not in the given encoding (UTF-8 by default; a
UTF-8 byte order mark is allowed; other encodings are read with ``encoding=``, never guessed),
HTML instead of plain text, a file with no header (unless its text opens with the
`` date YYYY-MM-DD`` mark, as some corpus texts do), a file larger than ``MAX_ARTICLE_BYTES``
(checked from the file's size before anything is read), and a file that vanished between being
listed and being read. Unicode noncharacters in the text become U+FFFD.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import os
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from .errors import ArticleError, cannot_read
from .model import Article

_HEADER = re.compile(r"^(url|title|published|source):[ \t]*(.*)$")
_DATE_MARK = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s")
_KEY_CHARS = re.compile(r"[^a-z0-9]+")
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|br|span|script|table|meta)\b[^<>]*>",
                   re.IGNORECASE)
_NONCHARACTERS = re.compile("[\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17)) + "]")
_AT_OR_ABOVE_U_FDD0 = re.compile("[\ufdd0-\U0010ffff]")
"""A quick test before ``_NONCHARACTERS``, whose class of 34 characters is five times slower."""
_WEB_SUFFIX = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp)$", re.IGNORECASE)
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""The largest article read (5 MiB, a thousand long news stories): a larger file is refused."""


def article_key(name: str) -> str:
    """A stable lowercase slug for an article, from its file name.

    >>> article_key("TCA 2016-12-07 Industrialization_Map.txt")
    'tca-2016-12-07-industrialization-map'
    """
    stem = name[:-4] if name.lower().endswith(".txt") else name
    return _KEY_CHARS.sub("-", stem.lower()).strip("-") or "article"


def stdin_key(article: Article, longest: int = 80) -> str:
    """A key for an article that has no file name (read from stdin), from what identifies it.

    The last part of its URL (with the query, if any), else its title, else a hash of its text;
    cut to ``longest`` characters at a hyphen. So two different articles piped in one after the
    other get two graphs, and the same article piped again replaces its own.

    >>> stdin_key(Article(key="", text="x", url="https://astanatimes.com/2013/03/new-plant/"))
    'new-plant'
    >>> stdin_key(Article(key="", text="x", url="http://x.kz/news.php?id=17", title="T"))
    'news-id-17'
    >>> stdin_key(Article(key="", text="x", url="http://x.kz/", title="Plant opens"))
    'plant-opens'
    >>> stdin_key(Article(key="", text="Akmola Region."))
    'stdin-c669179d520a'
    """
    names = [article.title or ""]
    if article.url:
        parts = urlsplit(article.url)
        last = _WEB_SUFFIX.sub("", parts.path.rstrip("/").rsplit("/", 1)[-1])
        names.insert(0, f"{last} {parts.query}")
    for name in names:
        key = article_key(name)
        if key != "article":  # the slug of nothing
            if len(key) <= longest:
                return key
            head = key[:longest + 1]  # a hyphen just after the cut still ends a word
            return head.rsplit("-", 1)[0] if "-" in head else key[:longest]
    return "stdin-" + hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:12]


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
    if not fields and not _DATE_MARK.match(content):
        raise ArticleError(
            "no header; start the file with 'url: ...', 'title: ...' and 'published: YYYY-MM-DD' "
            "lines, then a blank line, then the text",
            location=where,
        )
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


def read_article(path: str | Path, *, encoding: str = "utf-8") -> Article:
    """Read one article file; ``-`` reads standard input.

    ``encoding`` names the file's text encoding (e.g. ``cp1251``); UTF-8 by default.

    >>> from kzgraph.resources import sample_dir
    >>> article = read_article(sample_dir() / "tca-2016-12-07-industrialization-map.txt")
    >>> article.key, article.published
    ('tca-2016-12-07-industrialization-map', datetime.date(2016, 12, 7))
    """
    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        raw = stream.read(MAX_ARTICLE_BYTES + 1) if stream else \
            sys.stdin.read(MAX_ARTICLE_BYTES + 1).encode("utf-8")
        content = decode_article(raw, where="<stdin>", encoding=encoding)
        article = parse_article(content, key="stdin", source="<stdin>")
        return dataclasses.replace(article, key=stdin_key(article))
    path = Path(path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_ARTICLE_BYTES:
                raise ArticleError(
                    f"the file is {size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES >> 20} MiB "
                    "limit for one article; is it really one article? split it into one file "
                    "per article", location=str(path))
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError("no such file (was it moved or deleted while kzgraph ran?); restore "
                           "it or leave it out", location=str(path)) from None
    except OSError as error:
        raise ArticleError(cannot_read(error), location=str(path)) from None
    content = decode_article(raw, where=str(path), encoding=encoding)
    return parse_article(content, key=article_key(path.name), source=str(path))


def decode_article(raw: bytes, *, where: str, encoding: str = "utf-8") -> str:
    """An article file's bytes as text, or an ``ArticleError`` saying why it is not an article.

    >>> decode_article("Алматы".encode("utf-8"), where="a.txt")
    'Алматы'
    >>> decode_article("Алматы".encode("cp1251"), where="a.txt", encoding="cp1251")
    'Алматы'
    >>> decode_article("Алматы".encode("cp1251"), where="a.txt")
    Traceback (most recent call last):
    kzgraph.errors.ArticleError: a.txt: not UTF-8 text (byte 0 is 0xc0); read it with \
--encoding NAME (e.g. --encoding cp1251) or convert it to UTF-8 (iconv -t utf-8)
    """
    if not raw.strip():
        raise ArticleError("the file is empty; an article is a header, a blank line and its "
                           "text", location=where)
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"over the {MAX_ARTICLE_BYTES >> 20} MiB limit for one article; "
                           "split it into one file per article", location=where)
    if raw.lstrip()[:5] == b"%PDF-":
        raise ArticleError("a PDF file, not a text article; save its text (e.g. `pdftotext "
                           "FILE.pdf FILE.txt`), add a header, then try again", location=where)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) and not encoding.lower().startswith("utf-16"):
        raise ArticleError("UTF-16 text; read it with --encoding utf-16 or convert it to UTF-8",
                           location=where)
    if b"\x00" in raw and not encoding.lower().startswith(("utf-16", "utf-32")):
        raise ArticleError(f"a binary file (NUL byte at {raw.index(0)}), not a text "
                           "article; give kzgraph the article's plain text", location=where)
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise ArticleError(f"unknown encoding {encoding!r}; use a Python codec name such as "
                           "utf-8, cp1251 or koi8-r", location=where) from None
    try:
        content = raw.decode("utf-8-sig" if codec.name == "utf-8" else codec.name)
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"not {codec.name.upper() if codec.name == 'utf-8' else encoding} text (byte "
            f"{error.start} is 0x{raw[error.start]:02x}); read it with --encoding NAME (e.g. "
            "--encoding cp1251) or convert it to UTF-8 (iconv -t utf-8)", location=where,
        ) from None
    content = without_noncharacters(content)
    if "<" in content and (content.lstrip()[:9].lower().startswith(("<!doctype", "<html"))
                           or len(_HTML.findall(content, 0, 65536)) >= 3):
        raise ArticleError("HTML, not plain text; save the article's text (e.g. the browser's "
                           "reader view, or `html2text`) with a header, then try again",
                           location=where)
    return content


def without_noncharacters(text: str) -> str:
    """``text`` with Unicode noncharacters (U+FFFE, U+FDD0...) replaced by U+FFFD, one for one.

    They are not text, and other RDF tools (rapper) refuse them; offsets stay the same.

    >>> without_noncharacters("a\ufffeb\U0010ffff")
    'a\ufffdb\ufffd'
    """
    return _NONCHARACTERS.sub("\ufffd", text) if _AT_OR_ABOVE_U_FDD0.search(text) else text


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
