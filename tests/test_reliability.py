"""Bad input gets one clear line and loses nothing: articles, stores, RDF files, output files.

Every case runs for real: real files (a sparse 50 MB file, cp1251 and UTF-16 bytes, HTML), real
pyoxigraph stores on disk, a real second process holding a store, real tmpfs mounts for a
read-only folder and a full disk (skipped, with the reason, where mounting is not allowed), a
real HTTP server on 127.0.0.1 to prove that nothing is fetched, and a real SIGKILL mid-write.
"""

from __future__ import annotations

import gc
import http.server
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from conftest import one_line_error
from kzgraph.articles import MAX_ARTICLE_BYTES, find_articles, parse_article, read_article
from kzgraph.cli import main
from kzgraph.errors import ArticleError, RdfError, StoreError
from kzgraph.graph.export import write_atomically
from kzgraph.graph.rdfio import parse_rdf, read_rdf
from kzgraph.graph.store import GraphStore
from kzgraph.graph.triples import extract_graph
from kzgraph.namespaces import article_graph

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ARTICLE = sorted((ROOT / "src" / "kzgraph" / "sample").glob("*.txt"))[0]
HEADER = "url: http://example.org/a\ntitle: A\npublished: 2020-01-02\n\n"
TEXT = "Kazakhstan launched a cement plant in Pavlodar Region."


def failed(result: Result, *fragments: str) -> str:
    """Any non-zero exit; ``kzgraph build`` may show progress on stderr before the error."""
    return one_line_error(result, *fragments, exit_code=None, progress_before=True)


# ---- articles ----

def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        handle.truncate(size)


ARTICLE_CASES = [  # (id, bytes or a writer, fragments of the message)
    ("empty", b"", ["is empty"]),
    ("blank", b"  \n\n \n", ["is empty"]),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ["binary", "plain text"]),
    ("cp1251", (HEADER + "Павлодар").encode("cp1251"), ["not UTF-8", "--encoding"]),
    ("utf16", (HEADER + TEXT).encode("utf-16"), ["UTF-16", "--encoding utf-16"]),
    ("html", b"<!DOCTYPE html><html><body><p>" + TEXT.encode() + b"</p></body></html>",
     ["HTML", "plain text"]),
    ("html-after-header", (HEADER + "<div class='a'><p>x</p><br/><p>y</p></div>").encode(),
     ["HTML"]),
    ("no-header", TEXT.encode(), ["no header", "url:"]),
    ("header-only", HEADER.encode(), ["no text"]),
    ("bad-date", HEADER.replace("2020-01-02", "2nd Jan").encode() + TEXT.encode(),
     ["not a date", "YYYY-MM-DD"]),
    ("50MB", lambda p: _sparse(p, 50_000_000), ["50.0 MB", "MiB limit"]),
]


@pytest.mark.parametrize("content, fragments", [c[1:] for c in ARTICLE_CASES],
                         ids=[c[0] for c in ARTICLE_CASES])
def test_bad_article_is_refused_by_read_article(tmp_path, content, fragments):
    path = tmp_path / "bad.txt"
    content(path) if callable(content) else path.write_bytes(content)
    with pytest.raises(ArticleError) as raised:
        read_article(path)
    assert str(raised.value).startswith(f"{path}: ")
    for fragment in fragments:
        assert fragment in str(raised.value)


@pytest.mark.parametrize("content, fragments", [c[1:] for c in ARTICLE_CASES],
                         ids=[c[0] for c in ARTICLE_CASES])
def test_bad_article_is_one_line_from_kzgraph_extract(runner, tmp_path, content, fragments):
    path = tmp_path / "bad.txt"
    content(path) if callable(content) else path.write_bytes(content)
    out = tmp_path / "out.ttl"
    result = runner.invoke(main, ["extract", str(path), "-o", str(out)])
    assert failed(result, *fragments).startswith(f"Error: {path}: ")
    assert not out.exists()


def test_bad_article_leaves_the_store_unchanged(runner, tmp_path):
    store = tmp_path / "kz.store"
    assert runner.invoke(main, ["build", "--store", str(store)]).exit_code == 0
    before = [str(q) for q in GraphStore(store).quads()]
    bad = tmp_path / "bad.txt"
    bad.write_bytes((HEADER + "Павлодар").encode("cp1251"))
    failed(runner.invoke(main, ["build", str(bad), "--store", str(store), "--strict"]),
           "not UTF-8")
    result = runner.invoke(main, ["build", str(bad), "--store", str(store)])
    assert result.exit_code == 1 and result.stderr.startswith(f"{bad}: not UTF-8")
    gc.collect()  # the failed command's traceback kept its store open
    assert [str(q) for q in GraphStore(store).quads()] == before


def test_a_50MB_article_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(HEADER, encoding="utf-8")
    with path.open("a", encoding="utf-8") as handle:  # real text, not a sparse file
        line = TEXT + " " * 10 + "\n"
        handle.write(line * (50_000_000 // len(line) + 1))
    tracemalloc.start()
    try:
        with pytest.raises(ArticleError, match="MiB limit"):
            read_article(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MAX_ARTICLE_BYTES // 10  # refused from its size, not after reading it


def test_an_article_just_under_the_limit_is_read(tmp_path):
    path = tmp_path / "long.txt"
    body = (TEXT + "\n") * ((MAX_ARTICLE_BYTES - 1000) // (len(TEXT) + 1))
    path.write_text(HEADER + body, encoding="utf-8")
    assert read_article(path).text == body


def test_other_encodings_are_read_with_encoding(runner, tmp_path):
    path = tmp_path / "kz.txt"
    path.write_bytes((HEADER + TEXT + " Павлодар.").encode("cp1251"))
    assert read_article(path, encoding="cp1251").text.endswith("Павлодар.")
    result = runner.invoke(main, ["extract", str(path), "--encoding", "cp1251"])
    assert result.exit_code == 0, result.stderr
    assert '"Pavlodar Region"@en' in result.stdout
    failed(runner.invoke(main, ["extract", str(path), "--encoding", "klingon"]),
                   "unknown encoding 'klingon'")


def test_a_utf8_byte_order_mark_is_allowed(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes((HEADER + TEXT).encode("utf-8-sig"))
    assert read_article(path).url == "http://example.org/a"


def test_a_folder_with_no_articles(runner, tmp_path):
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    with pytest.raises(ArticleError, match="no .txt articles"):
        list(find_articles([tmp_path]))
    failed(runner.invoke(main, ["extract", str(tmp_path)]),
                   str(tmp_path), "no .txt articles")


def test_a_file_that_vanishes_after_listing(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HEADER + TEXT, encoding="utf-8")
    listed = list(find_articles([tmp_path]))
    (tmp_path / "b.txt").unlink()
    assert read_article(listed[0]).key == "a"
    with pytest.raises(ArticleError, match="moved or deleted") as raised:
        read_article(listed[1])
    assert raised.value.location == str(listed[1])


def test_a_file_that_vanishes_mid_run_is_one_line_from_extract(runner, tmp_path, monkeypatch):
    """The second article is deleted while the first is being extracted (rules only, where
    articles are read one at a time; the model reads them in batches)."""
    import kzgraph.extract.pipeline as pipeline

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(HEADER + TEXT, encoding="utf-8")
    read = pipeline.read

    def read_then_delete(article, doc):
        (tmp_path / "b.txt").unlink(missing_ok=True)
        return read(article, doc)

    monkeypatch.setattr(pipeline, "read", read_then_delete)
    out = tmp_path / "out.ttl"
    result = runner.invoke(main, ["extract", str(tmp_path), "--model", "none", "-o", str(out)])
    failed(result, str(tmp_path / "b.txt"), "moved or deleted")
    assert not out.exists()


def test_stdin_is_checked_like_a_file(runner):
    result = runner.invoke(main, ["extract", "-"], input=b"\x00\x01binary")
    failed(result, "<stdin>", "binary")


def test_parse_article_still_reads_a_plain_article():
    article = parse_article(HEADER + TEXT, key="k")
    assert (article.title, article.text) == ("A", TEXT)


def test_a_text_opening_with_a_date_mark_needs_no_header():
    """Some corpus texts (the seed article) have no header but open with ' date YYYY-MM-DD'."""
    article = parse_article(" date 2016-12-07 ASTANA (TCA) - " + TEXT, key="k")
    assert article.published.isoformat() == "2016-12-07"


# ---- stores ----

@pytest.fixture(scope="module")
def sample_store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "kz.store"
    assert CliRunner().invoke(main, ["build", "--store", str(path)]).exit_code == 0
    return path


def test_a_folder_that_is_not_a_store(runner, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8")
    for args in (["query", "sectors"], ["export"], ["build"]):
        failed(runner.invoke(main, [*args, "--store", str(folder)]),
                       str(folder), "not a kzgraph store")
    assert sorted(p.name for p in folder.iterdir()) == ["cat.jpg"]  # nothing written into it


def test_a_file_is_not_a_store(runner, tmp_path):
    path = tmp_path / "kz.ttl"
    path.write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="a file, not a store folder"):
        GraphStore(path)
    for args in (["query", "sectors"], ["export"]):
        failed(runner.invoke(main, [*args, "--store", str(path)]), "not a kzgraph store")


def test_an_oxigraph_store_that_is_not_kzgraphs(tmp_path):
    other = ox.Store(str(tmp_path / "other"))
    other.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/b"), ox.Literal("c")))
    other.flush()
    del other
    with pytest.raises(StoreError, match="not kzgraph's"):
        GraphStore(tmp_path / "other")
    assert len(ox.Store(str(tmp_path / "other"))) == 1


HOLDER = """
import sys, time, pyoxigraph
store = pyoxigraph.Store(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


def test_a_store_another_process_holds(runner, sample_store_dir):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(sample_store_dir)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        # Linux names the holder (/proc/locks): its process id, how long it has run, its command.
        who = ([f"process {holder.pid}, running for ", "s: `python",
                "-c import sys, time, pyoxigraph"] if Path("/proc/locks").exists() else [])
        for args in (["query", "sectors"], ["build"], ["export"]):
            failed(runner.invoke(main, [*args, "--store", str(sample_store_dir)]),
                   str(sample_store_dir), "another process holds this store", *who,
                   "cannot be read while it is written")
    finally:
        holder.kill()
        holder.wait()
    result = runner.invoke(main, ["query", "sectors", "--store", str(sample_store_dir)])
    assert result.exit_code == 0 and "(10 rows)" in result.stdout  # the sectors of the sample


@pytest.fixture
def tmpfs(tmp_path):
    """Mount a small tmpfs: ``mount(options)`` returns its folder; unmounted afterwards."""
    mounted = []

    def mount(options: str) -> Path:
        point = tmp_path / f"mnt{len(mounted)}"
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}): needs root")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_read_only_folder(runner, tmpfs):
    folder = tmpfs("ro,size=1m")
    failed(runner.invoke(main, ["build", "--store", str(folder / "kz.store")]),
                   "read-only", "folder you can write to")
    assert list(folder.iterdir()) == []


def test_a_full_disk_keeps_every_article_whole(runner, tmpfs, tmp_path):
    """A 6 MiB tmpfs holds the reference data and a few articles, then fills up."""
    folder = tmpfs("size=6m")
    store = GraphStore(folder / "kz.store")
    body = (SAMPLE_ARTICLE.read_text(encoding="utf-8"))
    written, failed = [], None
    for number in range(400):
        article = parse_article(body, key=f"copy-{number}")
        try:
            store.add_article(extract_graph(article))
            store.flush()
            written.append(article)
        except StoreError as error:
            failed = (article, str(error))
            break
    assert failed is not None, "the tmpfs never filled up"
    assert "the disk is full" in failed[1]
    del store
    gc.collect()
    subprocess.run(["mount", "-o", "remount,size=64m", str(folder)], check=True)
    reopened = GraphStore(folder / "kz.store")
    expected = extract_graph(written[0]).stored().graph.count(b"\n")  # the store's layout
    graphs = reopened.article_graphs()
    assert len(graphs) >= len(written)
    for graph in graphs:  # every article is all there or not there at all
        assert len(reopened.quads(graph)) == expected, graph
    assert article_graph(failed[0].key) not in graphs or \
        len(reopened.quads(article_graph(failed[0].key))) == expected


def test_a_full_disk_is_one_line_from_build(runner, tmpfs, tmp_path):
    folder = tmpfs("size=6m")
    articles = tmp_path / "articles"
    articles.mkdir()
    body = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    for number in range(60):
        (articles / f"copy-{number:02}.txt").write_text(body, encoding="utf-8")
    result = runner.invoke(main, ["build", str(articles), "--store", str(folder / "kz.store")])
    failed(result, "the disk is full", "free some space")


# ---- RDF input ----

class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        _Recorder.hits.append(self.path)
        body = b'{"@context": {"name": "http://schema.org/name"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def web():
    """A real HTTP server on 127.0.0.1 that records every request it gets."""
    _Recorder.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", _Recorder.hits
    server.shutdown()


RDF_XML = ('<?xml version="1.0"?>\n{doctype}<rdf:RDF '
           'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns:ex="http://example.org/">\n<rdf:Description rdf:about="http://example.org/a">'
           '<ex:p>{value}</ex:p></rdf:Description>\n</rdf:RDF>\n')


def test_malformed_turtle_gives_file_line_column(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n  ex:d .\n",
                    encoding="utf-8")
    with pytest.raises(RdfError) as raised:
        read_rdf(path)
    assert str(raised.value).startswith(f"{path}:3:")
    assert "RDF syntax error" in str(raised.value)


@pytest.mark.parametrize("entity", ["file:///etc/passwd", "{web}/secret"], ids=["file", "http"])
def test_rdfxml_external_entities_are_never_read(tmp_path, web, entity):
    url, hits = web
    doctype = f'<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "{entity.format(web=url)}"> ]>\n'
    path = tmp_path / "xxe.rdf"
    path.write_text(RDF_XML.format(doctype=doctype, value="&xxe;"), encoding="utf-8")
    with pytest.raises(RdfError, match="external resource"):
        read_rdf(path)
    assert hits == []


def test_rdfxml_external_entities_are_refused_by_pyoxigraph_too(web):
    """The check above is a clear message; pyoxigraph itself never resolves them either."""
    url, hits = web
    doctype = f'<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "{url}/secret"> ]>\n'
    with pytest.raises(SyntaxError):
        list(ox.parse(RDF_XML.format(doctype=doctype, value="&xxe;").encode(),
                      format=ox.RdfFormat.RDF_XML))
    assert hits == []


def test_rdfxml_nested_entities_are_refused_before_parsing():
    """Billion laughs: pyoxigraph would try to allocate gigabytes; it never gets the data."""
    entities = '  <!ENTITY a "aaaaaaaaaa">\n' + "".join(
        f'  <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9))
    doctype = f"<!DOCTYPE rdf:RDF [\n{entities}]>\n"
    with pytest.raises(RdfError, match="nested entities"):
        parse_rdf(RDF_XML.format(doctype=doctype, value="&j;").encode(), ox.RdfFormat.RDF_XML)


def test_rdfxml_wide_entity_expansion_is_refused():
    doctype = f'<!DOCTYPE rdf:RDF [ <!ENTITY big "{"x" * 10_000}"> ]>\n'
    data = RDF_XML.format(doctype=doctype, value="&big;" * 200).encode()
    with pytest.raises(RdfError, match="byte limit"):
        parse_rdf(data, ox.RdfFormat.RDF_XML)


def test_rdfxml_with_a_plain_internal_entity_still_parses():
    doctype = '<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>\n'
    quads = parse_rdf(RDF_XML.format(doctype=doctype, value="&ex;x").encode(),
                      ox.RdfFormat.RDF_XML)
    assert [q.object.value for q in quads] == ["http://example.org/x"]


def test_jsonld_remote_context_is_never_fetched(tmp_path, web):
    url, hits = web
    path = tmp_path / "doc.jsonld"
    path.write_text(f'{{"@context": "{url}/context.jsonld", "@id": "http://example.org/a", '
                    '"name": "A"}', encoding="utf-8")
    with pytest.raises(RdfError, match="never fetches") as raised:
        read_rdf(path)
    assert raised.value.location == str(path)
    assert hits == []


def test_jsonld_inline_context_parses(tmp_path):
    path = tmp_path / "doc.jsonld"
    path.write_text('{"@context": {"name": "http://schema.org/name"}, '
                    '"@id": "http://example.org/a", "name": "A"}', encoding="utf-8")
    assert [q.object.value for q in read_rdf(path)] == ["A"]


# ---- output files are written atomically ----

WRITER = """
import sys
from kzgraph.graph.export import write_atomically
write_atomically(sys.argv[1], b"new " * (int(sys.argv[2]) // 4))
"""


def test_a_killed_export_leaves_the_old_file_whole(tmp_path):
    """SIGKILL while the temporary file is half written: the target keeps its old bytes."""
    target = tmp_path / "kz.ttl"
    target.write_bytes(b"old complete export\n")
    size = 400_000_000
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(size)], env=env)
    partial = None
    try:
        for _ in range(3000):  # at most 30 s
            temps = list(tmp_path.glob(".kz.ttl.*.tmp"))
            if temps and temps[0].stat().st_size > 0:
                partial = temps[0]
                break
            if writer.poll() is not None:
                break
            time.sleep(0.01)
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.wait()
    assert partial is not None, "the writer finished before it could be killed mid-write"
    assert writer.returncode == -signal.SIGKILL
    assert 0 < partial.stat().st_size < size  # the kill really landed mid-write
    assert target.read_bytes() == b"old complete export\n"
    write_atomically(target, b"next export\n")  # the next write cleans up after the killed one
    assert [p.name for p in tmp_path.iterdir()] == ["kz.ttl"]


def test_export_replaces_the_file_whole(runner, tmp_path):
    target = tmp_path / "kz.nt"
    target.write_bytes(b"old\n")
    result = runner.invoke(main, ["export", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert len(ox.parse(target.read_bytes(), format=ox.RdfFormat.N_TRIPLES).__iter__().__next__()
               .subject.value) > 0
    assert [p.name for p in tmp_path.iterdir()] == ["kz.nt"]  # no temporary file left


def test_rapper_is_where_ci_installs_it():
    """`.ci/run` installs raptor2-utils; test_fuzz.py uses it as the independent parser."""
    if os.environ.get("CI") and shutil.which("rapper") is None:
        pytest.fail("rapper is missing on CI: .ci/run must install raptor2-utils")
    if shutil.which("rapper") is None:
        pytest.skip("rapper is not installed (apt-get install raptor2-utils)")
    done = subprocess.run(["rapper", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip()


def test_noncharacters_in_an_article_become_replacement_characters(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text(HEADER + "Pavlodar\ufffe plant\U0001ffff.", encoding="utf-8")
    assert read_article(path).text == "Pavlodar\ufffd plant\ufffd."
