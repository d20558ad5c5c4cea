"""The saved queries in queries/: their headers, their syntax, their parameters and their answers
on the bundled sample corpus (the seed article), run through kzgraph.query.saved on a real store.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kzgraph.articles import read_article
from kzgraph.errors import ParameterError, QueryError
from kzgraph.graph.store import GraphStore, sample_store
from kzgraph.query.saved import (
    Param,
    SavedQuery,
    as_json_rows,
    bind,
    check_syntax,
    find_query,
    read_query,
    run,
    saved_queries,
    with_values,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ARTICLE = sorted((ROOT / "src" / "kzgraph" / "sample").glob("*.txt"))[0]
SAVED = saved_queries()
REGIONS = {  # label -> ISO 3166-2 code
    "Akmola Region": "KZ-11",
    "Almaty Region": "KZ-19",
    "North Kazakhstan Region": "KZ-59",
    "Pavlodar Region": "KZ-55",
    "West Kazakhstan Region": "KZ-27",
}


@pytest.fixture(scope="module")
def store():
    return sample_store()


def rows(store, name: str, **params: str) -> list[dict[str, str]]:
    return as_json_rows(run(store, find_query(name), params))


def quad_total(store) -> int:
    return len(store.quads())


# ---- every saved query describes itself and parses ----

def test_the_saved_queries_are_found():
    assert [q.name for q in SAVED] == sorted(q.name for q in SAVED)
    assert {"articles", "companies", "evidence", "figures", "investments", "people", "programs",
            "projects", "regions", "sectors", "timeline"} <= {q.name for q in SAVED}
    assert {q.path for q in SAVED} == set((ROOT / "queries").glob("*.rq"))


@pytest.mark.parametrize("query", SAVED, ids=[q.name for q in SAVED])
def test_saved_query_has_title_and_description(query):
    assert query.title and query.title != query.name  # the title falls back to the file name
    assert len(query.description) > 20
    assert query.description.endswith(".")


@pytest.mark.parametrize("query", SAVED, ids=[q.name for q in SAVED])
def test_saved_query_parses(query):
    check_syntax(query)


@pytest.mark.parametrize("query", SAVED, ids=[q.name for q in SAVED])
def test_saved_query_params_are_used_and_documented(query):
    """A declared parameter that the query never mentions would bind nothing."""
    body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))
    for param in query.params:
        assert re.search(rf"\?{param.name}\b", body), f"?{param.name} unused in {query.path.name}"
        assert param.doc, f"param {param.name} of {query.name} has no description"


INJECTIONS = ['x" } ; DROP ALL ; SELECT * { "', "a'b\nc", "} > ; DROP ALL", '\\" }', "#"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_string_param_is_bound_as_one_literal(value):
    """Quotes, braces, newlines and comment marks stay inside the literal."""
    query = SavedQuery("q", Path("q.rq"), "SELECT ?v WHERE { }", "q", "",
                       (Param("v", "string", False, "a value"),))
    text = with_values(query.text, bind(query, {"v": value}))
    solutions = list(ox.Store().query(text))
    assert [s["v"] for s in solutions] == [ox.Literal(value)]


# ---- what each query answers on the sample corpus ----

SEED_SECTORS = {  # every sector the seed article names -> its project (region), "" for none
    "aluminum industry": "production of aluminum (Pavlodar Region)",
    "aquaculture": "aquaculture complex for production of caviar and sturgeon "
                   "(West Kazakhstan Region)",
    "chemical industry": "production of glyphosate and glyphosate containing herbicides "
                         "(Akmola Region)",
    "food industry": "plant for processing of oilseeds (North Kazakhstan Region)",
    "manufacturing": "",
    "mechanical engineering": "",
    "metallurgy": "",
    "mining": "mining and iron processing complex (Almaty Region)",
    "oil refining": "",
    "railway engineering": "",
}


def _sectors(found):
    assert [r["name"] for r in found] == sorted(SEED_SECTORS)
    assert {r["name"]: r.get("projects") for r in found} == SEED_SECTORS
    assert {r["name"]: r["projectCount"] for r in found} == {
        name: "1" if project else "0" for name, project in SEED_SECTORS.items()}
    assert {r["articles"] for r in found} == {SAMPLE_ARTICLE.stem}


def _companies(found):
    assert found == []  # the seed article names no company; the fixture's rows are below


def _investments(found):
    assert [(r["group"], r["projects"]) for r in found] == [(name, "1") for name in REGIONS]
    assert all(set(r) == {"group", "projects"} for r in found)  # no money stated: empty, not 0


def _timeline(found):
    assert len(found) == 5
    assert {(r["date"], r["event"], r["announced"]) for r in found} == {
        ("2016-12-06", "launch", "2016-12-07")}
    assert [r["project"] for r in found] == sorted(r["project"] for r in found)


def _articles(found):
    (row,) = found
    assert row["key"] == SAMPLE_ARTICLE.stem
    assert row["published"] == "2016-12-07"
    assert row["title"] == "Kazakhstan launches 23 innovative and industrial projects"
    assert row["url"].startswith("http://www.timesca.com/")
    assert (row["projects"], row["figures"]) == ("5", "5")
    assert int(row["entities"]) >= 20


def _projects(found):
    assert len({r["project"] for r in found}) == len(found) == 5
    assert {r["statusName"] for r in found} == {"launched"}
    assert {r["launched"] for r in found} == {"2016-12-06"}
    assert {r["regionName"] for r in found} == set(REGIONS)
    assert {r["programName"] for r in found} == {"Industrialization Map"}


def _regions(found):
    assert {r["name"]: r["iso"] for r in found} == REGIONS
    assert all(re.fullmatch(r"wd:Q\d+", r["wikidata"]) for r in found), found
    assert len({r["wikidata"] for r in found}) == 5
    assert all(r["region"].startswith("kzid:region/") for r in found)
    assert {r["projects"] for r in found} == {"1"}


def _people(found):
    nazarbayev = [r for r in found if r["name"] == "Nursultan Nazarbayev"]
    assert nazarbayev
    (row,) = nazarbayev  # one row per person, roles and aliases joined with " | "
    assert "President" in row["roles"].split(" | ")
    assert "Nazarbayev" in row["aliases"].split(" | ")
    assert {r["person"] for r in nazarbayev} == {"kzid:person/nursultan-nazarbayev"}


def _programs(found):
    by_name = {r["name"]: r for r in found}
    assert "Industrialization Map" in by_name
    assert by_name["Industrialization Map"]["projects"] == "5"
    (state,) = [r for r in found if "2010-2014" in r["name"]]
    assert (state["start"], state["end"]) == ("2010", "2014")


def _figures(found):
    facts = {(r["value"], r["unit"]) for r in found}
    assert {("23", "projects"), ("1000", "projects"), ("4600000000000", "KZT"),
            ("100000", "jobs"), ("30", "companies")} <= facts


def _evidence(found):
    assert found
    assert {r["entity"] for r in found} == {"kzid:region/akmola"}
    assert any("Akmola region" in r["sentence"] for r in found)


def _inferred(found):
    assert found == []  # nothing until `kzgraph reason`; tests/test_reason.py runs it after


EXPECTED = [
    pytest.param("sectors", {}, _sectors, id="sectors"),
    pytest.param("projects", {}, _projects, id="projects"),
    pytest.param("regions", {}, _regions, id="regions"),
    pytest.param("people", {}, _people, id="people"),
    pytest.param("programs", {}, _programs, id="programs"),
    pytest.param("figures", {}, _figures, id="figures"),
    pytest.param("evidence", {"entity": "kzid:region/akmola"}, _evidence, id="evidence"),
    pytest.param("inferred", {}, _inferred, id="inferred"),
    pytest.param("companies", {}, _companies, id="companies"),
    pytest.param("investments", {}, _investments, id="investments"),
    pytest.param("timeline", {}, _timeline, id="timeline"),
    pytest.param("articles", {}, _articles, id="articles"),
]


@pytest.mark.parametrize(("name", "params", "check"), EXPECTED)
def test_saved_query_answers_on_sample(store, name, params, check):
    check(rows(store, name, **params))


def test_every_saved_query_has_expected_answers():
    assert {p.values[0] for p in EXPECTED} == {q.name for q in SAVED}


def test_evidence_offsets_slice_the_article_text(store):
    text = read_article(SAMPLE_ARTICLE).text
    found = rows(store, "evidence", entity="kzid:region/akmola")
    akmola = [r for r in found if "Akmola region" in r["sentence"]]
    assert akmola
    for row in found:
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == row["text"]
        assert row["text"] in row["sentence"]
    assert any(r["text"] == "Akmola region" for r in akmola)


# ---- parameters filter ----

PARAM_FILTERS = [
    pytest.param("evidence", {"entity": "kzid:region/pavlodar"}, {"entity": "kzid:region/pavlodar"},
                 None, id="evidence-entity"),
    pytest.param("projects", {"status": "kz:Launched"}, {"statusName": "launched"}, 5,
                 id="projects-status-launched"),
    pytest.param("sectors", {"region": "kzid:region/pavlodar"},
                 {"name": "aluminum industry", "projectCount": "1"}, 1, id="sectors-region"),
    pytest.param("projects", {"status": "kz:Planned"}, {}, 0, id="projects-status-planned"),
    pytest.param("figures", {"unit": "KZT"}, {"value": "4600000000000", "unit": "KZT"}, 1,
                 id="figures-unit"),
    pytest.param("figures", {"unit": "jobs"}, {"value": "100000", "unit": "jobs"}, 1,
                 id="figures-unit-jobs"),
]


@pytest.mark.parametrize(("name", "params", "every_row", "count"), PARAM_FILTERS)
def test_param_restricts_rows(store, name, params, every_row, count):
    """Every row has the bound values; ``count`` rows (None: at least one)."""
    found = rows(store, name, **params)
    if count is None:
        assert found
    else:
        assert len(found) == count, found
    for row in found:
        assert {k: row.get(k) for k in every_row} == every_row


# ---- parameters are data, never query text ----

INJECTIONS = {
    "double-quote": 'KZT" || true || "',
    "single-quote": "KZT' || true || '",
    "close-brace": "KZT } UNION { ?q ?p ?unit }",
    "newline": "KZT\n} ; DROP ALL ; INSERT DATA { <x:a> <x:b> <x:c> }",
    "drop-all": "KZT> ; DROP ALL",
    "comment": "KZT # ",
}


@pytest.mark.parametrize("value", INJECTIONS.values(), ids=INJECTIONS.keys())
def test_string_param_injection_in_figures(store, value):
    before = quad_total(store)
    graphs = set(store.named_graphs())
    assert rows(store, "figures", unit=value) == []
    assert quad_total(store) == before
    assert set(store.named_graphs()) == graphs


@pytest.fixture(scope="module")
def label_query(tmp_path_factory) -> SavedQuery:
    """A query with a string param that matches labels, to see what the param is bound to."""
    path = tmp_path_factory.mktemp("rq") / "label.rq"
    path.write_text(
        "# title: By label\n"
        "# description: Resources with exactly this label.\n"
        "# param: word (string) a label\n"
        "SELECT DISTINCT ?word ?r WHERE { ?r rdfs:label ?label . FILTER(STR(?label) = ?word) }\n",
        encoding="utf-8",
    )
    return read_query(path)


def test_string_param_matches_a_label(store, label_query):
    """The control for the injection cases below: a plain value does match."""
    found = as_json_rows(run(store, label_query, {"word": "Akmola Region"}))
    assert found == [{"word": "Akmola Region", "r": "kzid:region/akmola"}]


@pytest.mark.parametrize("value", [v.replace("KZT", "Akmola Region") for v in INJECTIONS.values()],
                         ids=INJECTIONS.keys())
def test_string_param_injection_is_a_literal(store, label_query, value):
    before = quad_total(store)
    assert as_json_rows(run(store, label_query, {"word": value})) == []
    assert quad_total(store) == before


@pytest.mark.parametrize(
    "value",
    ["kzid:region/akmola> } ; DROP ALL ; #", "kzid:region/akmola>\n<x:y", "not an iri",
     '<kzid:x"y>', "", "{}"],
    ids=["drop-all", "inner-newline", "spaces", "quote", "empty", "braces"],
)
def test_iri_param_rejects_what_is_not_an_iri(store, value):
    before = quad_total(store)
    with pytest.raises(ParameterError, match="is not a valid iri"):
        run(store, find_query("evidence"), {"entity": value})
    assert quad_total(store) == before


# ---- errors carry their location ----

def test_check_syntax_reports_file_line_col(tmp_path):
    path = tmp_path / "broken.rq"
    path.write_text("# title: broken\nSELECT ?s\nWHEER { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError) as caught:
        check_syntax(read_query(path))
    assert re.fullmatch(rf"{re.escape(str(path))}:3:\d+", caught.value.location)
    assert str(caught.value).startswith(f"{path}:3:")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"region": "kzid:region/akmola", "colour": "red"}, "unknown parameter 'colour'"),
        ({"entity": "kzid:region/akmola"}, "this query takes: region"),
    ],
    ids=["one-unknown", "wrong-query"],
)
def test_unknown_param_names_the_allowed_ones(store, params, message):
    with pytest.raises(ParameterError, match=re.escape(message)):
        run(store, find_query("sectors"), params)


# ---- the analysts' queries on a fixture with money, jobs, companies and dates ----

FIXTURE = Path(__file__).with_name("data") / "analysts.trig"


@pytest.fixture(scope="module")
def analysts():
    """The ontology, the reference data and two made-up articles (tests/data/analysts.trig);
    the second repeats facts of the first, which must count once."""
    store = GraphStore()
    store._store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return store


def table(found: list[dict[str, str]], *columns: str) -> list[tuple[str, ...]]:
    return [tuple(r.get(c, "") for c in columns) for r in found]


STEEL, GLASS, CEMENT = "steel mill", "glass plant", "cement plant"
ANALYSTS = [
    pytest.param("companies", {}, ("companyName", "project", "regionName", "sectorName",
                                   "statusName", "kzt", "usd", "jobs"), [
        ("Qazaq Glass", GLASS, "Karaganda Region", "building materials", "under construction",
         "", "30000000", "200"),
        ("Steel Co", CEMENT, "Pavlodar Region", "building materials", "planned",
         "10000000000", "", "150"),
        ("Steel Co", STEEL, "Pavlodar Region", "metallurgy", "launched",
         "120000000000", "250000000", "300"),
    ], id="companies"),
    pytest.param("companies", {"company": "kzid:organization/qazaq-glass"},
                 ("companyName", "project"), [("Qazaq Glass", GLASS)], id="companies-company"),
    pytest.param("companies", {"status": "kz:Launched"}, ("companyName", "project"),
                 [("Steel Co", STEEL)], id="companies-status"),
    pytest.param("companies", {"sector": "sector:building-materials", "region": "region:pavlodar"},
                 ("companyName", "project"), [("Steel Co", CEMENT)], id="companies-sector-region"),
    pytest.param("investments", {}, ("group", "projects", "KZT", "USD", "jobs"), [
        ("Karaganda Region", "1", "", "30000000", "200"),
        ("Pavlodar Region", "2", "130000000000", "250000000", "450"),
    ], id="investments-by-region"),
    pytest.param("investments", {"by": "sector"}, ("group", "projects", "KZT", "USD", "jobs"), [
        ("building materials", "2", "10000000000", "30000000", "350"),
        ("metallurgy", "1", "120000000000", "250000000", "300"),
    ], id="investments-by-sector"),
    pytest.param("investments", {"by": "year"}, ("group", "projects", "KZT", "USD", "jobs"), [
        ("2016", "1", "", "30000000", "200"),
        ("2017", "1", "120000000000", "250000000", "300"),
        ("2019", "1", "10000000000", "", "150"),
    ], id="investments-by-year"),
    pytest.param("investments", {"from": "2017", "to": "2018"}, ("group", "KZT", "USD"),
                 [("Pavlodar Region", "120000000000", "250000000")], id="investments-years"),
    pytest.param("timeline", {}, ("date", "event", "project", "statusName", "announced"), [
        ("2016", "construction start", GLASS, "under construction", "2017-03-01"),
        ("2017-02-15", "launch", STEEL, "launched", "2017-03-01"),
        ("2019", "planned", CEMENT, "planned", "2018-05-10"),
    ], id="timeline"),
    pytest.param("timeline", {"from": "2017", "region": "region:pavlodar"}, ("date", "project"),
                 [("2017-02-15", STEEL), ("2019", CEMENT)], id="timeline-from-region"),
    pytest.param("articles", {}, ("key", "title", "published", "url", "entities", "projects"), [
        ("fix-a", "Fixture A: a steel mill and a glass plant", "2017-03-01",
         "https://example.org/news/fix-a", "9", "2"),
        ("fix-b", "Fixture B: a cement plant, and the steel mill again", "2018-05-10",
         "https://example.org/news/fix-b", "6", "2"),
    ], id="articles"),
    pytest.param("articles", {"from": "2018"}, ("key",), [("fix-b",)], id="articles-from"),
    pytest.param("sectors", {}, ("name", "projectCount", "articles"), [
        ("building materials", "2", "fix-a | fix-b"),
        ("metallurgy", "1", "fix-a | fix-b"),
        ("oil refining", "0", "fix-b"),
    ], id="sectors"),
    pytest.param("inferred", {}, ("predicate", "class", "triples"), [
        ("rdf:type", "schema:Organization", "2"),  # by IRI: https://schema.org/ first
        ("rdf:type", "kz:Organization", "1"),
        ("kz:inCountry", "", "2"),
    ], id="inferred-class-column"),
]


@pytest.mark.parametrize(("name", "params", "columns", "expected"), ANALYSTS)
def test_analysts_queries_on_the_fixture(analysts, name, params, columns, expected):
    found = table(rows(analysts, name, **params), *columns)
    if "articles" in columns:  # a GROUP_CONCAT list: its order is the engine's
        found = [tuple(" | ".join(sorted(c.split(" | "))) for c in row) for row in found]
    assert found == expected
