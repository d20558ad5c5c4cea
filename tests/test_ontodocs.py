"""``kzgraph docs``: every class, property, reference resource and saved query is documented.

The expected terms are read from the ontology and reference files with rdflib (a parser other
than the one the generator uses), and the pages are parsed as HTML.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import OWL, RDF, SKOS

from conftest import REPO
from kzgraph.cli import main
from kzgraph.namespaces import KZ, compact
from kzgraph.query.saved import saved_queries

ONTOLOGY = REPO / "ontology" / "kzgraph.ttl"
REFERENCE = REPO / "ontology" / "reference"
PAGES = ["index.html", "ontology.html", "regions.html", "sectors.html", "programs.html",
         "persons.html", "queries.html"]
KINDS = [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
         OWL.NamedIndividual]


class Page(HTMLParser):
    """The ids, links, tags and text of one HTML page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.sources: list[str] = []
        self.tags: set[str] = set()
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        values = dict(attrs)
        if "id" in values:
            self.ids.add(values["id"])
        if "href" in values:
            self.links.append(values["href"])
        if "src" in values:
            self.sources.append(values["src"])

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> dict[str, Page]:
    out = tmp_path_factory.mktemp("docs") / "site"
    result = CliRunner().invoke(main, ["docs", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"7 pages -> {out}\n"
    assert sorted(p.name for p in out.iterdir()) == sorted(PAGES)
    return {name: Page((out / name).read_text(encoding="utf-8")) for name in PAGES}


def declared(kind) -> list[str]:
    graph = rdflib.Graph().parse(ONTOLOGY)
    return sorted(str(s) for s in graph.subjects(RDF.type, kind) if isinstance(s, rdflib.URIRef))


def reference(kind: str) -> rdflib.Graph:
    return rdflib.Graph().parse(REFERENCE / f"{kind}.ttl")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: str(k).split("#")[-1])
def test_every_term_of_the_ontology_has_a_section_or_a_mention(site, kind):
    page = site["ontology.html"]
    text = " ".join(page.text)
    terms = declared(kind)
    assert terms
    for term in terms:
        if term.startswith(KZ):
            assert term[len(KZ):] in page.ids, term
            assert f"ontology.html#{term[len(KZ):]}" in page.links, term
        else:
            assert compact(term) in text or term in page.links, term


def test_a_class_section_shows_its_definition_and_axioms(site):
    page = site["ontology.html"]
    text = " ".join(page.text)
    assert "An industrial or infrastructure undertaking" in text  # kz:Project's definition
    assert "ontology.html#Region" in page.links  # the range of kz:locatedIn, linked


@pytest.mark.parametrize("query", saved_queries(), ids=lambda q: q.name)
def test_every_saved_query_is_documented_with_its_parameters(site, query):
    page = site["queries.html"]
    text = " ".join(page.text)
    assert query.name in page.ids
    assert query.title in text and query.description in text
    for param in query.params:
        assert param.name in text and param.doc in text


def test_regions_have_iso_codes_and_wikidata_links(site):
    graph = reference("regions")
    page = site["regions.html"]
    text = " ".join(page.text)
    regions = list(graph.subjects(RDF.type, rdflib.URIRef(KZ + "Region")))
    assert len(regions) >= 20
    for region in regions:
        assert str(region).rsplit("/", 1)[-1] in page.ids
        for code in graph.objects(region, rdflib.URIRef(KZ + "isoCode")):
            assert str(code) in text
        for link in graph.objects(region, OWL.sameAs):
            assert str(link) in page.links


@pytest.mark.parametrize("kind, cls, page", [
    ("sectors", KZ + "Sector", "sectors.html"),
    ("programs", KZ + "Program", "programs.html"),
    ("persons", KZ + "Person", "persons.html"),
], ids=["sectors", "programs", "persons"])
def test_every_reference_resource_has_an_anchor(site, kind, cls, page):
    graph = reference(kind)
    found = list(graph.subjects(RDF.type, rdflib.URIRef(cls)))
    assert found
    for node in found:
        assert str(node).rsplit("/", 1)[-1] in site[page].ids, node
    if kind == "sectors":
        notations = {str(n) for n in graph.objects(None, SKOS.notation)}
        assert notations <= set(" ".join(site[page].text).split())


def test_pages_are_self_contained_and_their_links_resolve(site):
    for name, page in site.items():
        assert page.sources == [], name
        assert not page.tags & {"script", "link", "img", "iframe"}, name
        for link in page.links:
            if re.match(r"https?:", link):
                continue  # an external link (Wikidata, a source): followed only by a click
            target, _, anchor = link.partition("#")
            target = target or name
            assert target in site, (name, link)
            assert not anchor or anchor in site[target].ids, (name, link)


def test_an_unwritable_folder_is_one_line(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["docs", "-o", str(blocker / "site")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert "cannot create the folder" in result.stderr
