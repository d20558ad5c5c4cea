"""``kzgraph show``: pictures of an article, an entity's neighbourhood and a CONSTRUCT query.

SVGs are parsed (nodes and edges by their Graphviz titles and texts), never compared as bytes.
The HTML page is loaded in a real headless Chromium whose network log must show no request
from the page. Graphviz and Chromium are Debian packages (.ci/run installs them); where one is
missing the tests that need it are skipped with that reason.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO, one_line_error
from kzgraph.cli import main
from kzgraph.namespaces import compact
from kzgraph.pages.show import article_picture

SAMPLE = sorted((REPO / "src" / "kzgraph" / "sample").glob("*.txt"))[0]
README_PICTURE = REPO / "src" / "kzgraph" / "sample" / "seed-graph.svg"
SVG = "{http://www.w3.org/2000/svg}"
# The seed article's five projects, each with the region it is located in.
PROJECT_REGIONS = [
    ("production of aluminum", "kzid:region/pavlodar", "Pavlodar Region"),
    ("aquaculture complex for production of caviar and sturgeon",
     "kzid:region/west-kazakhstan", "West Kazakhstan Region"),
    ("production of glyphosate and glyphosate containing herbicides",
     "kzid:region/akmola", "Akmola Region"),
    ("plant for processing of oilseeds",
     "kzid:region/north-kazakhstan", "North Kazakhstan Region"),
    ("mining and iron processing complex",
     "kzid:region/almaty-region", "Almaty Region"),
]
needs_dot = pytest.mark.skipif(shutil.which("dot") is None,
                               reason="Graphviz's dot is not installed (apt-get install graphviz)")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium to load the page (apt-get install chromium)")


def svg_graph(svg: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """Nodes (title -> bold label text) and edges (source, target, label) of a kzgraph SVG."""
    root = ET.fromstring(svg)
    nodes, edges = {}, set()
    for g in root.iter(f"{SVG}g"):
        title = g.findtext(f"{SVG}title")
        texts = list(g.iter(f"{SVG}text"))
        if g.get("class") == "node":
            nodes[title] = " ".join(t.text for t in texts if t.get("font-weight") == "bold")
        elif g.get("class") == "edge":
            source, target = title.split("->")
            edges.add((source, target, " ".join(t.text for t in texts)))
    return nodes, edges


def show(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["show", *args], input=input)


def assert_one_line_error(result, *fragments: str) -> None:
    one_line_error(result, *fragments, output_allowed=True)


@pytest.fixture(scope="module")
def seed_svg(tmp_path_factory) -> str:
    if shutil.which("dot") is None:
        pytest.skip("Graphviz's dot is not installed (apt-get install graphviz)")
    out = tmp_path_factory.mktemp("svg") / "seed.svg"
    result = CliRunner().invoke(main, ["show", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert re.fullmatch(r"\d+ nodes, \d+ edges -> .*seed\.svg \(\d+ bytes\)\n", result.stderr)
    return out.read_text(encoding="utf-8")


@needs_dot
@pytest.mark.parametrize("project, region_iri, region", PROJECT_REGIONS,
                         ids=[p[1].split("/")[-1] for p in PROJECT_REGIONS])
def test_the_seed_svg_draws_each_project_located_in_its_region(seed_svg, project, region_iri,
                                                               region):
    nodes, edges = svg_graph(seed_svg)
    project_iri = next(t for t, label in nodes.items() if label == project)
    assert project_iri.startswith("kzid:project/")
    assert nodes[region_iri] == region
    assert (project_iri, region_iri, "located in") in edges


@needs_dot
def test_the_seed_svg_has_exactly_five_projects_and_five_regions(seed_svg):
    nodes, _ = svg_graph(seed_svg)
    assert len([t for t in nodes if t.startswith("kzid:project/")]) == 5
    assert len([t for t in nodes if t.startswith("kzid:region/")]) == 5


@needs_dot
@pytest.mark.parametrize("fact", ["reports figure: 4.6 trillion KZT",
                                  "reports figure: about 100,000 jobs",
                                  "launch date: 2016-12-06", "status: launched",
                                  "Wikidata: wd:Q485056"],
                         ids=["money", "jobs", "date", "status", "wikidata"])
def test_literals_are_folded_into_their_nodes(seed_svg, fact):
    texts = [t.text for t in ET.fromstring(seed_svg).iter(f"{SVG}text")]
    assert fact in texts
    nodes, _ = svg_graph(seed_svg)
    assert not any("quantity/" in t or "mention/" in t or "sentence/" in t for t in nodes)


def test_dot_output_needs_no_graphviz_and_reads_stdin(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no `dot` on the PATH
    out = tmp_path / "seed.dot"
    result = show("-", "-o", str(out), input=SAMPLE.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    dot = out.read_text(encoding="utf-8")
    assert dot.startswith("digraph kzgraph {")
    for _, region_iri, _ in PROJECT_REGIONS:
        assert f'"{region_iri}" [id=' in dot
    assert dot.count('label="located in"') == 5


def test_svg_without_graphviz_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = show(str(SAMPLE), "-o", str(tmp_path / "seed.svg"))
    assert_one_line_error(result, "apt-get install graphviz", ".dot")
    assert not (tmp_path / "seed.svg").exists()


@pytest.mark.parametrize("args, fragments", [
    (["-o", "x.svg"], ["either an ARTICLE"]),
    ([str(SAMPLE), "--entity", "Akmola Region", "-o", "x.svg"], ["not both"]),
    ([str(SAMPLE), "-o", "x.pdf"], ["x.pdf", ".svg, .png, .html, .dot"]),
    (["--entity", "Aqmola", "-o", "x.dot"],
     ["2 entities are called 'Aqmola'", "kzid:region/akmola", "kzid:region/astana"]),
    (["--entity", "manufacturing", "-o", "x.dot"],
     ["kzid:sector/isic-C", "kzid:sector/manufacturing"]),
    (["--entity", "Akmola regio", "-o", "x.dot"], ["no entity", "did you mean", "Akmola"]),
    (["--entity", "kzid:region/nowhere", "-o", "x.dot"], ["no entity"]),
    (["sectors.rq", "-o", "x.dot"], ["sectors.rq", "CONSTRUCT queries only", "rows"]),
    (["missing.rq", "-o", "x.dot"], ["no saved query"]),
    (["no-such-article.txt", "-o", "x.dot"], ["no-such-article.txt"]),
], ids=["no-source", "two-sources", "bad-extension", "ambiguous-label", "ambiguous-sector",
        "unknown-label", "unknown-iri", "select-query", "missing-query", "missing-article"])
def test_bad_input_is_one_line(tmp_path, monkeypatch, args, fragments):
    monkeypatch.chdir(tmp_path)
    result = show(*args)
    assert result.exit_code != 0
    if "no saved query" in fragments:
        assert result.exit_code == 2 and result.stderr.startswith("Error: ")
        return
    assert_one_line_error(result, *fragments)


GLYPHOSATE = "kzid:project/tca-2016-12-07-industrialization-map/production-of-glyphosate"


@pytest.mark.parametrize("name", ["Akmola Region", "akmola REGION", "kzid:region/akmola",
                                  "https://w3id.org/kzgraph/id/region/akmola",
                                  "<https://w3id.org/kzgraph/id/region/akmola>"],
                         ids=["label", "label-any-case", "prefixed", "iri", "iri-in-brackets"])
def test_an_entity_is_found_by_iri_or_label(tmp_path, name):
    out = tmp_path / "akmola.dot"
    result = show("--entity", name, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    dot = out.read_text(encoding="utf-8")
    assert '"kzid:region/akmola"' in dot
    assert (f'"{GLYPHOSATE}-and-glyphosate-containing-herbicides" -> '
            '"kzid:region/akmola" [id="e') in dot


@pytest.mark.parametrize("depth, present, absent", [
    (0, ["kzid:region/akmola"], ["kzid:project/", "kzid:sector/"]),
    (1, ["kzid:region/akmola", GLYPHOSATE],
     ["kzid:sector/chemical-industry"]),
    (2, ["kzid:sector/chemical-industry", "kzid:program/industrialization-map",
         "kzid:country/kazakhstan"], ["kzid:region/atyrau"]),  # a country is no path onwards
], ids=["depth-0", "depth-1", "depth-2"])
def test_depth_widens_the_neighbourhood(tmp_path, depth, present, absent):
    out = tmp_path / "n.dot"
    result = show("--entity", "kzid:region/akmola", "--depth", str(depth), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    names = set(re.findall(r'^  +"([^"]+)" \[id="n', out.read_text(encoding="utf-8"), re.M))
    for prefix in present:
        assert any(n.startswith(prefix) for n in names), (prefix, names)
    for prefix in absent:
        assert not any(n.startswith(prefix) for n in names), (prefix, names)


def test_a_hub_asked_for_lists_its_members(tmp_path):
    out = tmp_path / "kz.dot"
    result = show("--entity", "Kazakhstan", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    dot = out.read_text(encoding="utf-8")
    assert dot.count('label="in country"') >= 20
    assert '"kzid:region/atyrau" -> "kzid:country/kazakhstan"' in dot


def test_a_construct_query_is_drawn(tmp_path):
    query = tmp_path / "located.rq"
    query.write_text("# title: Projects and their regions\n"
                     "CONSTRUCT { ?p kz:locatedIn ?r . ?p rdfs:label ?l . ?p a kz:Project }\n"
                     "WHERE { ?p kz:locatedIn ?r ; rdfs:label ?l }\n", encoding="utf-8")
    out = tmp_path / "located.dot"
    result = show(str(query), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("10 nodes, 5 edges")
    dot = out.read_text(encoding="utf-8")
    assert 'label="Projects and their regions"' in dot
    assert "<b>Akmola Region</b>" in dot  # the region's label comes from the store


@needs_dot
def test_the_readme_picture_matches_the_extractor():
    """Regenerate with: kzgraph show src/kzgraph/sample/tca-2016-12-07-industrialization-map.txt
    -o src/kzgraph/sample/seed-graph.svg"""
    committed = svg_graph(README_PICTURE.read_text(encoding="utf-8"))
    picture = article_picture(str(SAMPLE))
    nodes = {compact(n.iri): n.label for n in picture.nodes}
    edges = {(compact(e.source), compact(e.target), e.label) for e in picture.edges}
    assert committed == (nodes, edges), "README picture is out of date; regenerate it (see README)"


# --- the HTML page in a real headless browser ----------------------------------------------

_BROWSER_OWN = re.compile(r"^https?://([\w.-]+\.)?(google\.com|googleapis\.com|gvt1\.com)/")


def load_in_chromium(page: Path, tmp_path: Path, fragment: str = "") -> tuple[str, list[str]]:
    """The DOM after the page's script ran, and the http(s) URLs the page asked for.

    DNS is mapped to nowhere, so nothing can leave the machine; the net log still records every
    request. Chromium's own background requests (updates, accounts) are not the page's.
    """
    netlog = tmp_path / f"netlog-{page.stem}.json"
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
         f"--log-net-log={netlog}", "--virtual-time-budget=5000", "--dump-dom",
         page.as_uri() + fragment],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    urls = set(re.findall(r'"url":"(https?://[^"]+)"', netlog.read_text(encoding="utf-8")))
    return done.stdout, sorted(u for u in urls if not _BROWSER_OWN.match(u))


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory) -> Path:
    if shutil.which("dot") is None:
        pytest.skip("Graphviz's dot is not installed (apt-get install graphviz)")
    out = tmp_path_factory.mktemp("html") / "seed.html"
    result = CliRunner().invoke(main, ["show", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


@needs_dot
def test_the_page_is_self_contained(seed_html):
    page = seed_html.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script src" not in page and "<link" not in page


@needs_dot
@needs_chromium
def test_the_page_renders_the_same_nodes_with_no_network_request(seed_html, seed_svg, tmp_path):
    dom, requests = load_in_chromium(seed_html, tmp_path)
    assert requests == []
    assert 'data-ready="true"' in dom
    listed = set(re.findall(r'<li data-iri="([^"]+)"', dom))
    nodes, _ = svg_graph(seed_svg)
    assert listed == set(nodes)


@needs_dot
@needs_chromium
def test_selecting_a_node_shows_its_facts_and_evidence(seed_html, tmp_path):
    dom, _ = load_in_chromium(seed_html, tmp_path, "#node=kzid:region/akmola")
    details = re.search(r'<section id="kz-details"[^>]*>(.*?)</section>', dom, re.S)
    assert 'data-selected="kzid:region/akmola"' in dom
    text = details.group(1)
    assert "<h2>Akmola Region</h2>" in text and "wd:Q485056" in text
    assert "glyphosate containing herbicides in the Akmola region" in text  # the evidence


@needs_chromium
def test_the_network_check_catches_a_page_that_fetches(tmp_path):
    page = tmp_path / "fetches.html"
    page.write_text('<img src="https://example.org/x.png">'
                    '<script>fetch("http://example.com/a")</script>', encoding="utf-8")
    _, requests = load_in_chromium(page, tmp_path)
    assert requests == ["http://example.com/a", "https://example.org/x.png"]


def test_the_page_data_is_json_that_cannot_close_its_script(tmp_path, monkeypatch):
    from kzgraph.pages.picture import Node, Picture
    from kzgraph.pages.render_html import html_page

    picture = Picture("</script><b>", (Node("https://w3id.org/kzgraph/id/x/y", "</script>",
                                            "other"),), ())
    svg = '<svg width="1pt" height="1pt" viewBox="0 0 1 1"><g id="n0" class="node"/></svg>'
    page = html_page(picture, svg)
    assert page.count("</script>") == 2  # the data block's and the code's own
    blob = re.search(r'<script type="application/json" id="kz-data">(.*?)</script>', page, re.S)
    assert json.loads(blob.group(1))["nodes"]["n0"]["label"] == "</script>"
    assert "<title>&lt;/script&gt;&lt;b&gt;</title>" in page


@needs_dot
def test_png_output_is_a_png(tmp_path):
    out = tmp_path / "akmola.png"
    result = show("--entity", "Akmola Region", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
