"""The ontology (ontology/kzgraph.ttl) and its reference data (ontology/reference/*.ttl).

Checks that the files parse, that every kz: term is labelled and defined, that the axioms the
extractor relies on are there, that the reference data says what ../shared/reference/kz-facts.json
says (and no Wikidata id that it does not give), and that HermiT finds the whole consistent.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import time
from pathlib import Path

import owlready2
import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
ONTOLOGY = ONTOLOGY_DIR / "kzgraph.ttl"
REFERENCE = {name: ONTOLOGY_DIR / "reference" / f"{name}.ttl"
             for name in ("regions", "programs", "sectors", "persons")}
FACTS_PATH = Path(__file__).resolve().parents[2] / "shared" / "reference" / "kz-facts.json"
FACTS = json.loads(FACTS_PATH.read_text(encoding="utf-8")) if FACTS_PATH.exists() else None
NO_FACTS = f"{FACTS_PATH} not found: the shared reference facts are not beside the repository"
NO_JAVA = "java not found: HermiT (through owlready2) needs a Java runtime"

KZ = Namespace("https://w3id.org/kzgraph/ontology#")
ID = Namespace("https://w3id.org/kzgraph/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's closed XSD warns under pytest
COUNTRY = ID["country/kazakhstan"]
WOF_BLOB = ("https://github.com/whosonfirst-data/whosonfirst-data-admin-kz/blob/"
            "65a9c3ae2290e0deac0b0d6e8867b04f0ba9bf57/")
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                OWL.NamedIndividual)
CORE = ("Person", "Region", "Project", "Sector", "Program")

# The sector names of the gold vocabulary (shared/corpus/README.md): exact labels.
GOLD_SECTORS = (
    "metallurgy", "mining", "chemical industry", "petrochemical industry", "oil refining",
    "oil and gas", "mechanical engineering", "railway engineering", "automotive industry",
    "food industry", "agriculture", "agro-industrial complex", "light industry",
    "pharmaceutical industry", "construction industry", "building materials", "energy",
    "manufacturing", "aluminum industry", "trade", "transport",
)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def ref() -> Graph:
    graph = Graph()
    for path in REFERENCE.values():
        graph.parse(path)
    return graph


@pytest.fixture(scope="module")
def everything(onto: Graph, ref: Graph) -> Graph:
    return onto + ref


def facts_params(items_of, id_of=lambda item: item["id"]) -> list:
    """One test case per kz-facts item, or one skipped case where kz-facts is absent."""
    if FACTS is None:
        return [pytest.param(None, id="no-facts", marks=pytest.mark.skip(reason=NO_FACTS))]
    return [pytest.param(item, id=id_of(item)) for item in items_of(FACTS)]


def slug(fact_id: str) -> str:
    return fact_id.replace("_", "-")


def one(graph: Graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    assert len(values) == 1, f"{subject} {predicate}: expected one value, got {values}"
    return values[0]


def source_keys(record) -> set[str]:
    """Source keys that a kz-facts record cites in its source lists."""
    return set(record.get("source", [])) | set(record.get("qid_sources", []))


def assert_sources(graph: Graph, subject, keys: set[str]) -> None:
    urls = {str(u) for u in graph.objects(subject, DCTERMS.source)}
    cites = [str(c) for c in graph.objects(subject, DCTERMS.bibliographicCitation)]
    for key in keys:
        if key.startswith("wof:"):
            assert WOF_BLOB + key[len("wof:"):] in urls, key
        elif "url" in FACTS["sources"][key]:
            assert FACTS["sources"][key]["url"] in urls, key
        else:
            assert any(c.startswith(f"{key}: ") for c in cites), key


# Parsing ---------------------------------------------------------------------------------------

FILES = {"kzgraph": ONTOLOGY, **REFERENCE}


@pytest.mark.parametrize("path", FILES.values(), ids=FILES.keys())
def test_parses_with_rdflib(path: Path):
    assert len(Graph().parse(path)) > 0


@pytest.mark.parametrize("path", FILES.values(), ids=FILES.keys())
def test_parses_with_pyoxigraph(path: Path):
    assert len(list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))) > 0


# The ontology ----------------------------------------------------------------------------------

HEADER = [
    ("versionInfo", OWL.versionInfo, Literal("0.2.0")),
    ("versionIRI", OWL.versionIRI, URIRef("https://w3id.org/kzgraph/ontology/0.2.0")),
    ("license", DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")),
    ("creator", DCTERMS.creator, Literal("kzgraph contributors")),
    ("created", DCTERMS.created, Literal("2026-11-26", datatype=XSD.date)),
    ("modified", DCTERMS.modified, Literal("2026-11-26", datatype=XSD.date)),
    ("prefix", URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix"), Literal("kz")),
]


@pytest.mark.parametrize(
    ("predicate", "value"), [h[1:] for h in HEADER], ids=[h[0] for h in HEADER]
)
def test_ontology_header(onto: Graph, predicate, value):
    assert (URIRef("https://w3id.org/kzgraph/ontology"), RDF.type, OWL.Ontology) in onto
    assert list(onto.objects(URIRef("https://w3id.org/kzgraph/ontology"), predicate)) == [value]


def test_ontology_has_title_and_description(onto: Graph):
    iri = URIRef("https://w3id.org/kzgraph/ontology")
    assert one(onto, iri, DCTERMS.title).language == "en"
    assert one(onto, iri, DCTERMS.description).language == "en"


def kz_terms(graph: Graph) -> set[URIRef]:
    return {s for t in DECLARATIONS for s in graph.subjects(RDF.type, t)
            if isinstance(s, URIRef) and s.startswith(KZ)}


def test_every_kz_term_has_one_english_label_and_one_definition(onto: Graph):
    terms = kz_terms(onto)
    assert len(terms) >= 50
    bad = []
    for term in sorted(terms):
        labels = list(onto.objects(term, RDFS.label))
        definitions = list(onto.objects(term, SKOS.definition))
        if len(labels) != 1 or labels[0].language != "en":
            bad.append(f"{term}: labels {labels}")
        if len(definitions) != 1 or definitions[0].language != "en":
            bad.append(f"{term}: definitions {definitions}")
    assert not bad, "\n".join(bad)


def test_every_kz_term_used_is_declared(onto: Graph, ref: Graph):
    declared = kz_terms(onto)
    used = {t for graph in (onto, ref) for triple in graph for t in triple
            if isinstance(t, URIRef) and t.startswith(KZ)}
    assert used - declared == set()


CONTRACT_TERMS = (
    [(c, OWL.Class) for c in CORE + ("Organization", "Company", "GovernmentBody", "Place",
                                     "Country", "Article", "Sentence", "Mention",
                                     "ProjectStatus")]
    + [(p, OWL.ObjectProperty) for p in (
        "locatedIn", "inPlace", "inRegion", "inCountry", "inSector", "partOfProgram", "company",
        "investor", "investment", "jobs", "capacity", "status", "worksFor", "governs",
        "reportsFigure", "mentions", "inArticle", "mentionOf", "evidenceSubject",
        "evidenceObject", "locationOf", "sectorOf", "withinSector", "hasProject", "mentionedIn",
        "hasMention")]
    + [(p, OWL.DatatypeProperty) for p in (
        "role", "isoCode", "formerIsoCode", "administrativeCentre", "text", "rule", "launchDate",
        "plannedDate", "constructionStart", "mentionsDate", "valueQualifier", "contentHash")]
    + [(p, OWL.AnnotationProperty) for p in ("evidenceProperty", "confusableName", "centreName")]
    + [(i, OWL.NamedIndividual) for i in ("Planned", "UnderConstruction", "Launched")]
)


@pytest.mark.parametrize(("name", "kind"), CONTRACT_TERMS, ids=[t[0] for t in CONTRACT_TERMS])
def test_contract_term_is_declared(onto: Graph, name: str, kind):
    assert (KZ[name], RDF.type, kind) in onto


DOMAIN_RANGE = [
    ("locatedIn", KZ.Project, KZ.Region), ("inPlace", KZ.Project, KZ.Place),
    ("inRegion", KZ.Place, KZ.Region),
    ("inSector", KZ.Project, KZ.Sector), ("partOfProgram", KZ.Project, KZ.Program),
    ("company", KZ.Project, KZ.Organization), ("investor", KZ.Project, KZ.Organization),
    ("investment", KZ.Project, SCHEMA.MonetaryAmount),
    ("jobs", KZ.Project, SCHEMA.QuantitativeValue),
    ("capacity", KZ.Project, SCHEMA.QuantitativeValue),
    ("status", KZ.Project, KZ.ProjectStatus), ("worksFor", KZ.Person, KZ.Organization),
    ("governs", KZ.Person, KZ.Region), ("inArticle", KZ.Sentence, KZ.Article),
    ("role", KZ.Person, XSD.string), ("isoCode", KZ.Region, XSD.string),
    ("formerIsoCode", KZ.Region, XSD.string), ("administrativeCentre", KZ.Region, XSD.string),
    ("rule", KZ.Mention, XSD.string), ("contentHash", KZ.Article, XSD.string),
    ("text", KZ.Article, XSD.string),
    ("mentions", KZ.Article, None), ("mentionOf", KZ.Mention, None),
    ("launchDate", KZ.Project, None), ("mentionsDate", KZ.Article, None),
]


@pytest.mark.parametrize(
    ("name", "domain", "range_"), DOMAIN_RANGE, ids=[d[0] for d in DOMAIN_RANGE]
)
def test_domain_and_range(onto: Graph, name: str, domain, range_):
    assert list(onto.objects(KZ[name], RDFS.domain)) == [domain]
    assert list(onto.objects(KZ[name], RDFS.range)) == ([range_] if range_ else [])


def union_members(graph: Graph, node) -> set:
    lists = list(graph.objects(node, OWL.unionOf))
    return set(Collection(graph, lists[0])) if lists else set()


UNIONS = [
    ("reportsFigure", RDFS.range, {SCHEMA.MonetaryAmount, SCHEMA.QuantitativeValue}),
    ("valueQualifier", RDFS.domain, {SCHEMA.MonetaryAmount, SCHEMA.QuantitativeValue}),
    ("inCountry", RDFS.domain, {KZ.Place, KZ.Project}),
]


@pytest.mark.parametrize(("name", "axis", "members"), UNIONS, ids=[u[0] for u in UNIONS])
def test_union_domain_or_range(onto: Graph, name: str, axis, members: set):
    assert union_members(onto, one(onto, KZ[name], axis)) == members


def chains(graph: Graph, prop) -> set[tuple]:
    return {tuple(Collection(graph, node)) for node in graph.objects(prop, OWL.propertyChainAxiom)}


CHAINS = [
    ("locatedIn", {(KZ.inPlace, KZ.inRegion)}),
    ("inCountry", {(KZ.locatedIn, KZ.inCountry), (KZ.inRegion, KZ.inCountry)}),
    ("withinSector", {(KZ.inSector, SKOS.broaderTransitive)}),
]


@pytest.mark.parametrize(("name", "expected"), CHAINS, ids=[c[0] for c in CHAINS])
def test_property_chains(onto: Graph, name: str, expected: set):
    assert chains(onto, KZ[name]) == expected


INVERSES = [("locationOf", KZ.locatedIn), ("sectorOf", KZ.inSector),
            ("hasProject", KZ.partOfProgram), ("mentionedIn", KZ.mentions),
            ("hasMention", KZ.mentionOf)]


@pytest.mark.parametrize(("name", "inverse"), INVERSES, ids=[i[0] for i in INVERSES])
def test_inverse_properties(onto: Graph, name: str, inverse):
    assert list(onto.objects(KZ[name], OWL.inverseOf)) == [inverse]


def test_sector_hierarchy_axioms(onto: Graph):
    assert (SKOS.broader, RDFS.subPropertyOf, SKOS.broaderTransitive) in onto
    assert (SKOS.broaderTransitive, RDF.type, OWL.TransitiveProperty) in onto
    assert (KZ.inSector, RDFS.subPropertyOf, KZ.withinSector) in onto


def test_status_is_functional(onto: Graph):
    assert (KZ.status, RDF.type, OWL.FunctionalProperty) in onto


def test_project_status_has_exactly_three_individuals(onto: Graph):
    expected = {KZ.Planned: "planned", KZ.UnderConstruction: "under construction",
                KZ.Launched: "launched"}
    assert set(onto.subjects(RDF.type, KZ.ProjectStatus)) == set(expected)
    for individual, label in expected.items():
        assert one(onto, individual, RDFS.label) == Literal(label, lang="en")
    one_of = [union for eq in onto.objects(KZ.ProjectStatus, OWL.equivalentClass)
              for union in onto.objects(eq, OWL.oneOf)]
    assert [set(Collection(onto, node)) for node in one_of] == [set(expected)]


def disjoint_pairs(graph: Graph) -> set[frozenset]:
    pairs = {frozenset(p) for p in graph.subject_objects(OWL.disjointWith)}
    for axiom in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(graph, one(graph, axiom, OWL.members)))
        pairs |= {frozenset(p) for p in itertools.combinations(members, 2)}
    return pairs


DISJOINT = list(itertools.combinations(CORE + ("Organization",), 2))


@pytest.mark.parametrize(("a", "b"), DISJOINT, ids=[f"{a}-{b}" for a, b in DISJOINT])
def test_core_classes_are_pairwise_disjoint(onto: Graph, a: str, b: str):
    assert frozenset((KZ[a], KZ[b])) in disjoint_pairs(onto)


def test_core_classes_share_one_all_disjoint_axiom(onto: Graph):
    core = {KZ[c] for c in CORE}
    member_sets = [set(Collection(onto, one(onto, axiom, OWL.members)))
                   for axiom in onto.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert any(core <= members for members in member_sets)


def test_region_is_a_place_and_not_disjoint_with_it(onto: Graph):
    assert (KZ.Region, RDFS.subClassOf, KZ.Place) in onto
    assert frozenset((KZ.Region, KZ.Place)) not in disjoint_pairs(onto)


ALIGNMENTS = [
    ("Person", RDFS.subClassOf, SCHEMA.Person),
    ("Person", RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Person")),
    ("Organization", RDFS.subClassOf, SCHEMA.Organization),
    ("Article", RDFS.subClassOf, SCHEMA.NewsArticle),
    ("Article", RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")),
    ("Mention", RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")),
    ("Sector", RDFS.subClassOf, SKOS.Concept),
    ("Place", RDFS.subClassOf, SCHEMA.Place),
    ("mentions", RDFS.subPropertyOf, SCHEMA.mentions),
    ("role", RDFS.subPropertyOf, SCHEMA.jobTitle),
]


@pytest.mark.parametrize(("name", "axis", "target"), ALIGNMENTS,
                         ids=[f"{a[0]}-{a[2].split('/')[-1]}" for a in ALIGNMENTS])
def test_alignment(onto: Graph, name: str, axis, target):
    assert (KZ[name], axis, target) in onto


def test_external_terms_are_declared(onto: Graph, ref: Graph):
    """Every predicate and class used is declared (OWL 2 DL), none both object and data property."""
    builtin = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
               "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2002/07/owl#")
    kinds = {t: set(onto.objects(t, RDF.type)) for t in set(onto.subjects())}
    used = {p for graph in (onto, ref) for p in graph.predicates()}
    used |= {o for graph in (onto, ref) for o in graph.objects(None, RDF.type)}
    undeclared = {t for t in used if not str(t).startswith(builtin) and not kinds.get(t)}
    assert undeclared == set()
    both = {t for t, k in kinds.items() if {OWL.ObjectProperty, OWL.DatatypeProperty} <= k}
    assert both == set()


def test_evidence_design_is_documented(onto: Graph):
    comment = str(one(onto, KZ.Mention, RDFS.comment))
    for term in ("mentionOf", "evidenceSubject", "evidenceProperty", "evidenceObject", "inArticle",
                 "text", "rule"):
        assert f"kz:{term}" in comment
    assert "#char={start},{end}" in comment and ";fact={hash}" in comment


# Regions ---------------------------------------------------------------------------------------


def test_region_counts(ref: Graph):
    regions = set(ref.subjects(RDF.type, KZ.Region))
    assert len(regions) == 21  # 17 regions + 3 cities + South Kazakhstan (historical)
    assert len({r for r in regions if (r, KZ.isoCode, None) in ref}) == 20
    assert (ID["place/baikonur"], RDF.type, KZ.Place) in ref
    assert (ID["place/baikonur"], RDF.type, KZ.Region) not in ref


@pytest.mark.skipif(FACTS is None, reason=NO_FACTS)
def test_region_groups_match_facts(ref: Graph):
    groups = {"region current": 17, "city current": 3, "region historical (renamed)": 1}
    found = {}
    for r in FACTS["regions"]:
        if r["status"] == "special":
            continue
        kind = "region" if r["type"] == "region" else "city"
        found[f"{kind} {r['status']}"] = found.get(f"{kind} {r['status']}", 0) + 1
        assert (ID[f"region/{slug(r['id'])}"], RDF.type, KZ.Region) in ref, r["id"]
    assert found == groups


def test_region_labels_are_unique(ref: Graph):
    labels = [one(ref, r, RDFS.label) for r in ref.subjects(RDF.type, KZ.Region)]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("region", facts_params(lambda facts: facts["regions"]))
def test_region_matches_facts(ref: Graph, region: dict):
    if region["status"] == "special":
        iri = ID[f"place/{slug(region['id'])}"]
        assert (iri, RDF.type, KZ.Place) in ref
        assert set(ref.objects(iri, OWL.sameAs)) == {WD[region["qid"]]}
        assert one(ref, iri, RDFS.label) == Literal(region["name"], lang="en")
        return
    iri = ID[f"region/{slug(region['id'])}"]
    assert one(ref, iri, RDFS.label) == Literal(region["name"], lang="en")
    assert one(ref, iri, KZ.inCountry) == COUNTRY
    iso = [str(c) for c in ref.objects(iri, KZ.isoCode)]
    assert iso == ([region["iso"]] if region["iso"] else [])
    former = {h["code"] for h in region["iso_history"]} - {region["iso"]}
    assert {str(c) for c in ref.objects(iri, KZ.formerIsoCode)} == former
    same = set(ref.objects(iri, OWL.sameAs))
    if region["id"] == "south_kazakhstan":  # same Wikidata item as Turkistan Region
        assert same == set()
        assert set(ref.objects(iri, SKOS.closeMatch)) == {WD[region["qid"]]}
    else:
        assert same == ({WD[region["qid"]]} if region["qid"] else set())
    names = {str(n) for p in (RDFS.label, SKOS.altLabel) for n in ref.objects(iri, p)}
    assert set(region["variants"]) <= names
    confusable = {str(n) for n in ref.objects(iri, KZ.confusableName)}
    assert confusable == {c["text"] for c in region["confusable_names"]}
    if region["type"] == "region":
        centres = {str(n) for n in ref.objects(iri, KZ.centreName)}
        assert {c["text"] for c in region["centre_variants"]} <= centres
        assert str(one(ref, iri, KZ.administrativeCentre)) in centres
    assert_sources(ref, iri, source_keys(region))


@pytest.mark.parametrize("city", ["astana", "almaty-city", "shymkent"])
def test_city_has_city_alt_label(ref: Graph, city: str):
    iri = ID[f"region/{city}"]
    label = str(one(ref, iri, RDFS.label))
    assert Literal(f"{label} (city)", lang="en") in set(ref.objects(iri, SKOS.altLabel))


def test_country(ref: Graph):
    assert (COUNTRY, RDF.type, KZ.Country) in ref
    assert one(ref, COUNTRY, RDFS.label) == Literal("Kazakhstan", lang="en")
    assert one(ref, COUNTRY, OWL.sameAs) == WD.Q232


@pytest.mark.skipif(FACTS is None, reason=NO_FACTS)
def test_wikidata_links_are_exactly_those_in_facts(ref: Graph):
    expected = {(COUNTRY, FACTS["country"]["qid"])}
    for r in FACTS["regions"]:
        if r["qid"] and r["id"] != "south_kazakhstan":
            kind = "place" if r["status"] == "special" else "region"
            expected.add((ID[f"{kind}/{slug(r['id'])}"], r["qid"]))
    for p in FACTS["persons"]:
        if p["qid"]:
            expected.add((ID["person/" + re.sub(r"[^a-z0-9]+", "-", p["name"].lower())], p["qid"]))
    for p in FACTS["programs"]:
        assert p["qid"] is None  # if one appears, this test needs to learn it
    links = {(s, str(o)[len(WD):]) for s, o in ref.subject_objects(OWL.sameAs)}
    assert links == expected
    assert all(str(o).startswith(str(WD)) for o in ref.objects(None, OWL.sameAs))


# Persons and programs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "person", facts_params(lambda facts: facts["persons"], lambda p: p["name"])
)
def test_person_matches_facts(ref: Graph, person: dict):
    iri = ID["person/" + re.sub(r"[^a-z0-9]+", "-", person["name"].lower())]
    assert (iri, RDF.type, KZ.Person) in ref
    assert one(ref, iri, RDFS.label) == Literal(person["name"], lang="en")
    assert one(ref, iri, KZ.role) == Literal(person["role"])
    alts = {str(a) for a in ref.objects(iri, SKOS.altLabel)}
    assert alts == set(person["variants"]) - {person["name"]}
    assert set(ref.objects(iri, OWL.sameAs)) == ({WD[person["qid"]]} if person["qid"] else set())
    assert_sources(ref, iri, source_keys(person))


@pytest.mark.parametrize("program", facts_params(lambda facts: facts["programs"]))
def test_program_matches_facts(ref: Graph, program: dict):
    iri = ID[f"program/{slug(program['id'])}"]
    assert (iri, RDF.type, KZ.Program) in ref
    assert one(ref, iri, RDFS.label) == Literal(program["name"], lang="en")
    assert (iri, OWL.sameAs, None) not in ref
    known = set(program["variants"]) | {program.get("official_name_ru"),
                                        program.get("official_name", "").split(" (")[0]}
    alts = {str(a) for a in ref.objects(iri, SKOS.altLabel)}
    assert alts and alts <= known  # nothing invented
    assert not alts & set(program.get("unverified_variants", []))
    for date in list(ref.objects(iri, SCHEMA.startDate)) + list(ref.objects(iri, SCHEMA.endDate)):
        assert date.datatype == XSD.gYear
    start = program["period"].get("from")
    if isinstance(start, int):
        assert one(ref, iri, SCHEMA.startDate) == Literal(str(start), datatype=XSD.gYear)
    assert_sources(ref, iri, source_keys(program))


def test_alt_labels_are_tagged_by_script(ref: Graph):
    """Latin-script names are @en; Cyrillic ones @kk (Kazakh letters) or @ru."""
    bad = []
    for s, alt in ref.subject_objects(SKOS.altLabel):
        cyrillic = re.search(r"[\u0400-\u04FF]", alt)
        kazakh = re.search(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]", alt)
        expected = ("kk" if kazakh else "ru") if cyrillic else "en"
        if alt.language != expected:
            bad.append(f"{s} {alt!r}")
    assert not bad, bad


@pytest.mark.parametrize("kind", ["Region", "Program", "Person", "Country", "Sector"])
def test_reference_resources_cite_a_source(ref: Graph, kind: str):
    unsourced = [s for s in ref.subjects(RDF.type, KZ[kind])
                 if (s, DCTERMS.source, None) not in ref
                 and (s, DCTERMS.bibliographicCitation, None) not in ref]
    assert unsourced == []


# Sectors ---------------------------------------------------------------------------------------

SCHEME = ID["sector/scheme"]


def industries(ref: Graph) -> set:
    """Sector concepts that are not ISIC codes (those carry a skos:notation)."""
    return {s for s in ref.subjects(RDF.type, KZ.Sector) if (s, SKOS.notation, None) not in ref}


@pytest.mark.parametrize("label", GOLD_SECTORS)
def test_gold_sector_exists_with_exact_label(ref: Graph, label: str):
    iri = ID["sector/" + label.replace(" ", "-")]
    assert (iri, RDF.type, KZ.Sector) in ref
    assert list(ref.objects(iri, RDFS.label)) == [Literal(label, lang="en")]
    assert (iri, SKOS.inScheme, SCHEME) in ref
    assert len(list(ref.objects(iri, SKOS.altLabel))) >= 2


# Alternative labels the contract names for the gold sectors.
CONTRACT_ALT_LABELS = [
    ("chemical industry", "chemicals"), ("chemical industry", "chemistry"),
    ("chemical industry", "chemical production"), ("mechanical engineering", "machine building"),
    ("mechanical engineering", "machine-building"),
    ("mechanical engineering", "engineering industry"), ("food industry", "food production"),
    ("food industry", "food processing"), ("manufacturing", "manufacturing industry"),
    ("manufacturing", "processing industry"), ("agriculture", "agrarian sector"),
    ("agriculture", "agricultural sector"), ("agriculture", "agro sector"),
    ("construction industry", "construction"), ("construction industry", "construction sector"),
    ("railway engineering", "railway machinery"),
    ("railway engineering", "railway machinery sector"), ("transport", "transport sector"),
    ("transport", "transportation"), ("oil and gas", "oil and gas industry"),
    ("oil and gas", "oil and gas sector"), ("energy", "power industry"),
    ("energy", "power generation"), ("energy", "electric power industry"),
]


@pytest.mark.parametrize(("label", "alt"), CONTRACT_ALT_LABELS,
                         ids=[f"{a}={b}" for a, b in CONTRACT_ALT_LABELS])
def test_gold_sector_alt_label(ref: Graph, label: str, alt: str):
    iri = ID["sector/" + label.replace(" ", "-")]
    assert Literal(alt, lang="en") in set(ref.objects(iri, SKOS.altLabel))


def test_the_headings_are_the_gold_vocabulary(ref: Graph):
    headings = set(ref.objects(ID["sector/headings"], SKOS.member))
    assert headings == {ID["sector/" + label.replace(" ", "-")] for label in GOLD_SECTORS}


def test_no_alt_label_is_shared_by_two_sectors(ref: Graph):
    owners: dict[str, set] = {}
    for s in ref.subjects(RDF.type, KZ.Sector):
        for alt in ref.objects(s, SKOS.altLabel):
            owners.setdefault(alt.casefold(), set()).add(s)
    shared = {alt: owner for alt, owner in owners.items() if len(owner) > 1}
    assert shared == {}


def test_no_alt_label_is_another_industry_label(ref: Graph):
    concepts = industries(ref)
    labels = {str(one(ref, s, RDFS.label)).casefold(): s for s in concepts}
    clashes = [(s, alt) for s in concepts for alt in ref.objects(s, SKOS.altLabel)
               if labels.get(alt.casefold(), s) != s]
    assert clashes == []


def test_every_industry_reaches_isic(ref: Graph):
    links = (SKOS.broader, SKOS.closeMatch, SKOS.related)
    concepts = industries(ref)
    assert len(concepts) > len(GOLD_SECTORS)
    for s in concepts:
        seen, todo = set(), [s]
        while todo:
            node = todo.pop()
            seen.add(node)
            todo += [o for p in links for o in ref.objects(node, p) if o not in seen]
        assert any((node, SKOS.notation, None) in ref for node in seen), s


def test_every_sector_is_in_the_scheme(ref: Graph):
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in ref
    outside = [s for s in ref.subjects(RDF.type, KZ.Sector)
               if (s, SKOS.inScheme, SCHEME) not in ref]
    assert outside == []
    tops = set(ref.subjects(SKOS.topConceptOf, SCHEME))
    assert not [t for t in tops if (t, SKOS.broader, None) in ref]


@pytest.mark.parametrize(
    "section", facts_params(lambda facts: facts["sectors"]["sections"], lambda s: s["code"])
)
def test_isic_section_and_divisions_match_facts(ref: Graph, section: dict):
    iri = ID[f"sector/isic-{section['code']}"]
    assert (iri, RDF.type, KZ.Sector) in ref
    assert one(ref, iri, SKOS.notation) == Literal(section["code"])
    assert one(ref, iri, RDFS.label) == Literal(section["label"], lang="en")
    assert one(ref, iri, SKOS.prefLabel) == Literal(section["label"], lang="en")
    assert (iri, SKOS.topConceptOf, SCHEME) in ref
    for division in section["divisions"]:
        div = ID[f"sector/isic-{division['code']}"]
        assert one(ref, div, SKOS.notation) == Literal(division["code"])
        assert one(ref, div, RDFS.label) == Literal(division["label"], lang="en")
        assert one(ref, div, SKOS.broader) == iri
    divisions = {d for d in ref.subjects(SKOS.broader, iri) if (d, SKOS.notation, None) in ref}
    assert len(divisions) == len(section["divisions"])


# OWL reasoning (HermiT through owlready2) ------------------------------------------------------


def hermit(graph: Graph, folder: Path) -> float:
    """Run HermiT on ``graph``; return the seconds it took, raise if inconsistent.

    Program periods are xsd:gYear (schema:startDate / schema:endDate), a datatype outside the
    OWL 2 datatype map, so HermiT is told to ignore unsupported datatypes.
    """
    path = folder / "kzgraph-all.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    start = time.perf_counter()
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                   ignore_unsupported_datatypes=True)
    return time.perf_counter() - start


@pytest.mark.skipif(shutil.which("java") is None, reason=NO_JAVA)
def test_ontology_and_reference_data_are_consistent(everything: Graph, tmp_path: Path):
    assert hermit(everything, tmp_path) < 60


X = URIRef("https://w3id.org/kzgraph/id/test/x")
INCONSISTENT = {
    "person-and-region": [(X, RDF.type, KZ.Person), (X, RDF.type, KZ.Region)],
    "sector-and-program": [(X, RDF.type, KZ.Sector), (X, RDF.type, KZ.Program)],
    "two-statuses": [(X, KZ.status, KZ.Planned), (X, KZ.status, KZ.Launched)],
    "located-in-a-person": [(X, KZ.locatedIn, ID["person/kassym-jomart-tokayev"])],
    "company-and-government-body": [(X, RDF.type, KZ.Company), (X, RDF.type, KZ.GovernmentBody)],
}


@pytest.mark.skipif(shutil.which("java") is None, reason=NO_JAVA)
@pytest.mark.parametrize("extra", INCONSISTENT.values(), ids=INCONSISTENT.keys())
def test_hermit_finds_inconsistency(everything: Graph, tmp_path: Path, extra: list):
    graph = Graph()
    for triple in itertools.chain(everything, extra):
        graph.add(triple)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        hermit(graph, tmp_path)


def test_no_blank_node_subjects_in_reference_data(ref: Graph):
    assert not [s for s in ref.subjects() if isinstance(s, BNode)]
