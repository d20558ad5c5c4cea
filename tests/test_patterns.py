"""The extractor's pattern families, one table each, on sentences written for these tests.

None of these sentences comes from the dev corpus: they are the kind of text the extractor
must read, with made-up companies, people and figures, so a pass here is not a memorised article.
"""

from __future__ import annotations

from datetime import date

import pytest
from cases import missed

from kzgraph.extract import (
    called,
    changes,
    dates,
    facilities,
    fields,
    markers,
    merging,
    names,
    numbers,
    organizations,
    programs,
    projects,
    regions,
    sectors,
)
from kzgraph.extract import text as text_module
from kzgraph.extract.pipeline import extract
from kzgraph.model import Article, Value

PUBLISHED = date(2019, 6, 14)


def _owners(text: str, model: str | None) -> dict[str, str]:
    """Each project's company as the extractor states it: {project slug: company label}."""
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    return {s.subject[1].split("/")[-1]: labels[s.obj[1]] for s in found.statements
            if s.prop == "company"}


def _one(text: str) -> tuple[int, int]:
    return [(0, len(text))]


# ---- persons: (text, expected full names) ----

PERSONS = [
    pytest.param("Minister of Energy Bolat Aliyev opened the plant.", {"Bolat Aliyev"},
                 id="minister-of"),
    pytest.param("The akim of Kostanay region Arman Seitov said the plant will open.",
                 {"Arman Seitov"}, id="akim-of-region"),
    pytest.param("Governor of Atyrau Region Serik Dauletov visited the site.", {"Serik Dauletov"},
                 id="governor-of-region"),
    pytest.param("Deputy Prime Minister Yerlan Kassenov chaired the meeting.",
                 {"Yerlan Kassenov"}, id="deputy-prime-minister"),
    pytest.param("Chairman of the Board of Steppe Metals JSC Timur Nurlanov reported.",
                 {"Timur Nurlanov"}, id="chairman-of-company"),
    pytest.param("President of Aral Rail JSC Dana Omarova said the line is ready.",
                 {"Dana Omarova"}, id="name-after-legal-form"),
    pytest.param("The Head of State launched the plant by teleconference.",
                 {"Kassym-Jomart Tokayev"}, id="head-of-state-in-june-2019"),
    pytest.param("President N. Nazarbayev took part in the ceremony.", {"Nursultan Nazarbayev"},
                 id="initial-and-surname"),
    pytest.param("It met the Head of State. \n\nPresident Aigerim Sadykova spoke.",
                 {"Aigerim Sadykova", "Kassym-Jomart Tokayev"}, id="title-stops-at-sentence-end"),
    pytest.param("Aidar Nurov, the akim of Kostanay region, said the plant is ready.",
                 {"Aidar Nurov"}, id="name-then-title"),
    pytest.param("In Astana, Minister of Trade Alua Sarsen said so.", {"Alua Sarsen"},
                 id="place-before-a-comma-is-no-name"),
    pytest.param("Director of Steppe Copper Holding (SCH) Murat Zhaksy said so.",
                 {"Murat Zhaksy"}, id="title-of-an-organization-with-its-acronym"),
    pytest.param("It was shown by Aliya Nurova, Deputy Chairman of the Board of Steppe Invest, "
                 "in May.", {"Aliya Nurova"}, id="a-business-after-a-title-is-no-person"),
    pytest.param("Chairman of Taraz Cement Group Erlan Oral said so.", {"Erlan Oral"},
                 id="a-business-inside-the-title-is-kept"),
    pytest.param("He toured Oskemen, the centre of the East Kazakhstan Region, akim of the region "
                 "Serik Nurov said.", {"Serik Nurov"}, id="a-region-before-a-title-is-no-name"),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_person_patterns(text, expected):
    found = {e.label for e in extract(Article("t", text, published=PUBLISHED)).entities
             if e.kind == "person"}
    assert found == expected


# ---- organizations: (text, expected keys) ----

ORGANIZATIONS = [
    pytest.param("Steppe Metals LLP will build it.", {"company:Steppe Metals"}, id="llp-suffix"),
    pytest.param("The investor is JSC Aral Rail.", {"company:Aral Rail"}, id="jsc-prefix"),
    pytest.param('The plant of "Kokshe Milk" LLP opened.', {"company:Kokshe Milk"},
                 id="quoted-with-suffix"),
    pytest.param('the company "Tobol Agro" signed', {"company:Tobol Agro"}, id="quoted-after-cue"),
    pytest.param("NC Temir Oil JSC and JSC NC Temir Oil", {"company:Temir Oil"},
                 id="one-company-two-spellings"),
    pytest.param("approved by the Ministry of Agriculture and Water Resources.",
                 {"ministry:Ministry of Agriculture and Water Resources"}, id="ministry"),
    pytest.param("The Caspian Energy Council (CEC) met; CEC agreed.",
                 {"other:Caspian Energy Council"}, id="acronym-definition"),
    pytest.param("Gross Regional Product (GRP) grew.", set(), id="acronym-of-a-concept"),
    pytest.param("the Ulan Holding and the Beket group", {"company:Ulan Holding",
                                                          "company:Beket group"},
                 id="holding-and-group"),
    pytest.param("A loan of the Steppe Development Bank of Kazakhstan was granted.",
                 {"agency:Steppe Development Bank of Kazakhstan"}, id="a-bank-of-a-country"),
    pytest.param("Titanium of Kazakhstan JSC and Zinc of the Republic of Kazakhstan LLP signed.",
                 {"company:Titanium of Kazakhstan", "company:Zinc of the Republic of Kazakhstan"},
                 id="a-company-of-a-country-with-a-legal-form"),
    pytest.param("Kazakh Leather LLP will open a tannery.", {"company:Kazakh Leather"},
                 id="a-nationality-before-one-word-is-part-of-the-name"),
    pytest.param("The Kazakh company Orda Leather LLP will open a tannery.",
                 {"company:Orda Leather"}, id="a-nationality-before-a-kind-word-is-not"),
    pytest.param("TOO Polymer Production commissioned a plant.", {"company:Polymer Production"},
                 id="too-as-a-legal-form-first"),
    pytest.param("Head of Steppe Metals LLP Aidar Amanov spoke.", {"company:Steppe Metals"},
                 id="a-title-of-a-company-is-not-part-of-it"),
    pytest.param("The National Bank of Kazakhstan raised its rate.",
                 {"agency:National Bank of Kazakhstan"}, id="national-is-part-of-the-name"),
]


# Legal forms of other countries' businesses.
FOREIGN_LEGAL_FORMS = [
    pytest.param("Talleres Norte S.L. will supply the lifts.", {"company:Talleres Norte"},
                 id="spanish-s-l"),
    pytest.param("Acciaierie Valle S.p.A. will supply the mill.", {"company:Acciaierie Valle"},
                 id="italian-s-p-a"),
    pytest.param("Nordvind Systems A/S will supply turbines.", {"company:Nordvind Systems"},
                 id="danish-a-s"),
    pytest.param("Huaxin Power Co., Ltd. will build it.", {"company:Huaxin Power"},
                 id="chinese-co-ltd"),
    # session 12
    pytest.param("Moravia Composites a.s. will supply the cylinders.",
                 {"company:Moravia Composites"}, id="czech-a-s"),
    pytest.param("Kuusi Paper Oy will supply the machine.", {"company:Kuusi Paper"},
                 id="finnish-oy"),
    pytest.param("The partner is Meridian Agri Pte. Ltd. of Singapore.",
                 {"company:Meridian Agri"}, id="singapore-pte-ltd"),
    pytest.param("The contractor is Sino-Kaz Metallurgical Construction Co.",
                 {"company:Sino-Kaz Metallurgical Construction"}, id="co-alone"),
    pytest.param("It is owned by Istanbul-based Demirsac Holding.", {"company:Demirsac Holding"},
                 id="a-based-before-the-name"),
]


# ---- quantities: (text, [(value, unit)]) ----

QUANTITIES = [
    pytest.param("worth KZT 12.5 bln", [("12500000000", "KZT")], id="kzt-bln"),
    pytest.param("an investment of $340 million", [("340000000", "USD")], id="usd-million"),
    pytest.param("cost 2.1 trillion tenge", [("2100000000000", "KZT")], id="trillion-tenge"),
    pytest.param("about 750 jobs will be created", [("750", "jobs")], id="about-jobs"),
    pytest.param("will employ 1,200 people", [("1200", "jobs")], id="employ-people"),
    pytest.param("capacity of 45,000 tonnes per year", [("45000", "t/year")], id="tonnes-per-year"),
    pytest.param("produce 120 thousand tons of cement a year", [("120000", "t/year")],
                 id="thousand-tons-a-year"),
    pytest.param("more than 30 projects", [("30", "projects")], id="more-than-projects"),
    pytest.param("from 300 to 400 jobs", [("400", "jobs")], id="range-upper-bound"),
    pytest.param("EUR 15 million", [("15000000", "EUR")], id="eur"),
    pytest.param("will invest €40m in", [("40000000", "EUR")], id="euro-sign-glued-m"),
    pytest.param("a $2b deal and KZT 300k", [("2000000000", "USD"), ("300000", "KZT")],
                 id="currency-first-glued-b-k"),
    pytest.param("KZT 12.5bn and US$ 300 million", [("12500000000", "KZT"), ("300000000", "USD")],
                 id="glued-bn-and-us-dollar-sign"),
    pytest.param("12.5 bln tenge", [("12500000000", "KZT")], id="bln-tenge"),
    pytest.param("up to 2,000 tonnes per annum", [("2000", "t/year")], id="tonnes-per-annum"),
    pytest.param("will create 150-200 jobs", [("200", "jobs")], id="hyphen-range-upper-bound"),
    pytest.param("(1 USD = 470.5 tenge)", [], id="exchange-rate-note"),
    pytest.param("One project is complete; 4 projects remain", [("4", "projects")],
                 id="one-project-is-not-a-figure"),
    pytest.param("will annually produce 9,000 tons of yarn and 600,000 units of clothing",
                 [("9000", "t/year"), ("600000", "units/year")], id="annually-applies-to-a-list"),
    pytest.param("a capacity of 12 000 metric tons per year", [("12000", "t/year")],
                 id="metric-tons"),
    pytest.param("a 36 MW wind farm and a 120 MW power plant", [("36", "MW"), ("120", "MW")],
                 id="power-of-a-facility"),
    pytest.param("it makes 10 kV cables and 630 kW transformers", [],
                 id="a-products-rating-is-no-capacity"),
    pytest.param("to produce 800 kilograms per year of saffron", [("800", "kg/year")],
                 id="kilograms-per-year"),
    pytest.param("the plant will employ 85 persons", [("85", "jobs")], id="persons-employed"),
]


# A number in words with its hundreds: "two hundred and fifty", not "hundred" alone.
HUNDREDS_IN_WORDS = [
    pytest.param("The farm will create more than two hundred jobs.", [("200", "jobs")],
                 id="two-hundred"),
    pytest.param("Two hundred and fifty jobs were created.", [("250", "jobs")],
                 id="with-and-and-tens"),
    pytest.param("It will employ a hundred people.", [("100", "jobs")], id="a-hundred"),
    pytest.param("Its capacity is nine hundred thousand tons a year.", [("900000", "t/year")],
                 id="hundreds-of-thousands"),
]


# Products counted a year, also two of them or with what they hold before "a year".
PRODUCTS_A_YEAR = [
    pytest.param("The plant will make up to 4,000 trucks and buses a year.",
                 [("4000", "units/year")], id="two-products"),
    pytest.param("It will fill 30 million bottles of mineral water a year.",
                 [("30000000", "units/year")], id="what-they-hold"),
    pytest.param("It makes 5 million bottles, and exports grew a year ago.", [("5000000", "units")],
                 id="no-year-after-them"),
]


# ---- dates: (text, [(value, end)]) against a publication date of 2019-06-14 ----

DATES = [
    pytest.param("on March 3 the plant opened", [("2019-03-03", "")], id="month-day"),
    pytest.param("on 3 March 2018", [("2018-03-03", "")], id="day-month-year"),
    pytest.param("in April 2020", [("2020-04", "")], id="month-year"),
    pytest.param("this May", [("2019-05", "")], id="this-month"),
    pytest.param("in 2021", [("2021", "")], id="year"),
    pytest.param("for 2020-2025", [("2020", "2025")], id="year-range"),
    pytest.param("between 2022 and 2026", [("2022", "2026")], id="between-years"),
    pytest.param("Posted 05/11/2017 by", [("2017-11-05", "")], id="day-slash-month-year"),
    pytest.param("factories24.03.2020", [("2020-03-24", "")], id="numeric-glued-to-a-word"),
    pytest.param("3.5 2019 figures", [], id="decimal-is-not-a-day"),
    pytest.param("put into operation in Q3 2025", [("2025-07", "2025-09")], id="q3-year"),
    pytest.param("results for 2Q 2024", [("2024-04", "2024-06")], id="2q-year"),
    pytest.param("Q5 2025", [], id="no-fifth-quarter"),
    pytest.param("by end-2026 and in mid-2024", [("2026", ""), ("2024", "")],
                 id="end-and-mid-glued-to-a-year"),
    pytest.param("in H1 2024 and by the end of 2026", [("2024", ""), ("2026", "")],
                 id="half-year-and-end-of-a-year"),
    pytest.param("in the first half of 2024", [("2024", "")], id="half-of-a-year-is-its-year"),
    pytest.param("on 12 March and on March 12, 2024", [("2019-03-12", ""), ("2024-03-12", "")],
                 id="day-month-and-month-day-year"),
    # the corpus counts no year the text does not write ("last year", "early next year")
    pytest.param("opened last year; due early next year", [], id="relative-years-are-no-dates"),
]


# ---- amounts, counts and dates as other outlets write them (tenth round) ----

OTHER_OUTLETS_QUANTITIES = [
    pytest.param("the T12.5bn plant and a ₸3 bln bakery", [("12500000000", "KZT"),
                 ("3000000000", "KZT")], id="tenge-t-and-tenge-sign"),
    pytest.param("the Tengiz 2bn barrels; T 5 million", [], id="a-t-needs-a-glued-figure"),
    pytest.param("will invest RUB 2 bn, then 1.5 billion roubles", [("2000000000", "RUB"),
                 ("1500000000", "RUB")], id="roubles-before-and-after"),
    pytest.param("CNY 500 million and RMB 2bn and 3 bln yuan", [("500000000", "CNY"),
                 ("2000000000", "CNY"), ("3000000000", "CNY")], id="yuan-codes"),
    pytest.param("the plant will cost $200-250 million", [("250000000", "USD")],
                 id="range-after-a-currency-is-its-upper-bound"),
    pytest.param("150 billion tenge ($330 million)", [("150000000000", "KZT"),
                 ("330000000", "USD")], id="tenge-with-its-dollars-in-brackets"),
    pytest.param("a 100-MW wind farm and the 1.2-GW power plant", [("100", "MW"), ("1.2", "GW")],
                 id="hyphenated-power"),
    pytest.param("about 1,500 workers will be hired during construction", [("1500", "jobs")],
                 id="workers-hired"),
    pytest.param("will employ 300 employees", [("300", "jobs")], id="employees-employed"),
    pytest.param("will employ 1,500 workers during construction and 300 permanent staff",
                 [("1500", "jobs"), ("300", "jobs")], id="permanent-staff-employed"),
    pytest.param("will employ 1,500 workers during construction and 300 permanent",
                 [("1500", "jobs"), ("300", "jobs")], id="a-count-whose-noun-is-left-out",
                 marks=pytest.mark.xfail(strict=True, reason="the second figure's noun is left "
                                         "out ('and 300 permanent'): the rules read a count only "
                                         "with its noun")),
    pytest.param("the plant's 1,500 workers went on strike", [], id="workers-not-hired-no-jobs"),
    pytest.param("a population of 150,000 people; output rose 12 percent", [],
                 id="population-and-percentage-are-no-figures"),
    pytest.param("the $1.2-billion complex, a 300,000-tonne plant", [("1200000000", "USD"),
                 ("300000", "t/year")], id="scale-and-unit-after-a-hyphen"),
    pytest.param("a loan of $150 million; revenue of KZT 1.2 trillion",
                 [("150000000", "USD"), ("1200000000000", "KZT")],
                 id="amounts-that-are-no-projects-are-still-amounts"),
    pytest.param("300 million US dollars and 1.2 billion U.S. dollars",
                 [("300000000", "USD"), ("1200000000", "USD")], id="us-dollars-after"),
    pytest.param("5 bln tg, Tg 2 billion, 3 billion tenges and the 7.5-billion-tenge plant",
                 [("5000000000", "KZT"), ("2000000000", "KZT"), ("3000000000", "KZT"),
                  ("7500000000", "KZT")], id="tenge-abbreviated-plural-and-hyphenated"),
    pytest.param("2 billion Chinese yuan", [("2000000000", "CNY")], id="chinese-yuan"),
    pytest.param("a capacity of 500 tons per day", [("500", "t/day")], id="a-daily-capacity"),
]


OTHER_OUTLETS_DATES = [
    pytest.param("published 2024-03-12 online", [("2024-03-12", "")], id="iso-date"),
    pytest.param("to be built in 2025-26", [("2025", "2026")], id="period-two-digit-end"),
    pytest.param("in 2025–2026 and 2019-21", [("2025", "2026"), ("2019", "2021")],
                 id="period-en-dash-and-two-digit-end"),
    pytest.param("2026-25 or 2020-2021-2022", [], id="no-backward-or-chained-period"),
    pytest.param("under way since March", [("2019-03", "")], id="since-a-month"),
    pytest.param("In September it opened; by the end of October", [("2019-09", ""),
                 ("2019-10", "")], id="month-after-a-preposition"),
    pytest.param("it may open in early May", [("2019-05", "")], id="early-month-not-modal-may"),
    pytest.param("in March 2021 and in May 12", [("2021-03", ""), ("2019-05-12", "")],
                 id="month-with-year-or-day-is-not-the-month-alone"),
    pytest.param("the Kazakhstan-2050 strategy and Steppe 2000 LLP", [],
                 id="years-in-names-are-no-dates"),
    pytest.param("on 5th March 2024 and the 1st June", [("2024-03-05", ""), ("2019-06-01", "")],
                 id="ordinal-day-before-a-month"),
    pytest.param("from 2021 through 2025", [("2021", "2025")], id="period-through"),
    pytest.param("due in autumn 2026, and in the spring of 2025", [("2026", ""), ("2025", "")],
                 id="season-of-a-year-is-its-year"),
    pytest.param("from January to March 2024", [("2024-01", "2024-03")],
                 id="months-of-one-year-as-a-period"),
    pytest.param("In January-September 2023 output grew; in Jan.-May it fell",
                 [("2023-01", "2023-09"), ("2019-01", "2019-05")],
                 id="months-with-a-dash-of-that-year-or-the-publication-year"),
    pytest.param("between March and May 2024, but in March and May 2024",
                 [("2024-03", "2024-05"), ("2019-03", ""), ("2024-05", "")],
                 id="and-joins-months-into-a-period-only-after-between"),
    pytest.param("in January-December and in October-February 2024",
                 [("2019-01", ""), ("2019-10", ""), ("2024-02", "")],
                 id="months-not-yet-ended-or-out-of-order-are-no-period"),
]


# A month named without its year, against the publication date (2019-06-14): last year's where
# it had not come yet and the sentence tells of what was done.
MONTHS_WITHOUT_A_YEAR = [
    pytest.param("The mill was opened in December.", [("2018-12", "")],
                 id="done-before-a-later-month"),
    pytest.param("The mill will be opened in December.", [("2019-12", "")], id="to-come"),
    pytest.param("The mill is due to open in November.", [("2019-11", "")], id="due"),
    pytest.param("The mill was opened in March.", [("2019-03", "")], id="an-earlier-month"),
    pytest.param("On December 6 the akim opened a mill.", [("2018-12-06", "")],
                 id="the-verb-after-the-date"),
    pytest.param("Construction began in October and the mill will open in May.",
                 [("2018-10", ""), ("2019-05", "")], id="the-words-before-each-month"),
    pytest.param("The two hundred workers of the mill expect a raise in August.", [("2019-08", "")],
                 id="no-verb-in-the-past"),
]


# ---- projects: (sentence, expected project labels) ----

PROJECTS = [
    pytest.param("A brick plant was opened in Kostanay region.", {"brick plant"},
                 id="head-noun-plant"),
    pytest.param("The company launched the production of copper cathodes.",
                 {"production of copper cathodes"}, id="production-of"),
    pytest.param("A plant for processing of sunflower seeds will be built.",
                 {"plant for processing of sunflower seeds"}, id="plant-for-processing"),
    pytest.param("The new greenhouse complex is under construction.", {"greenhouse complex"},
                 id="complex"),
    pytest.param("The plant that will produce copper wire was opened.",
                 {"plant producing copper wire"}, id="plant-that-will-produce"),
    pytest.param("Two investment projects and three brick plants were launched.", set(),
                 id="plurals-are-counts"),
    pytest.param("a project on construction of a glass container plant was approved",
                 {"glass container plant"}, id="head-inside-a-rejected-object"),
    pytest.param("It will launch a project with a capacity of 50,000 tons a year of quicklime.",
                 {"quicklime project"}, id="capacity-of-product"),
    pytest.param("The company is building the railway line Aral-Kazaly.",
                 {"railway line Aral-Kazaly"}, id="head-with-route-name"),
    pytest.param("Four projects were launched in the zone: production of soda ash, resins, "
                 "paints and dyes.", {"production of soda ash", "production of resins",
                                      "production of paints", "production of dyes"},
                 id="enumeration-after-colon"),
    pytest.param("The plant launched the production of yarn, cloth and felt.",
                 {"production of yarn"},
                 id="list-without-colon-is-one"),
    pytest.param("A poultry farm for 40,000 birds was opened.", {"poultry farm"},
                 id="a-number-after-for-is-no-product"),
    pytest.param("It supplies wheels to railway enterprises and was launched in May.", set(),
                 id="a-head-before-another-is-a-modifier"),
    pytest.param("Construction of the Kokzhar gold deposit has started.", {"Kokzhar gold deposit"},
                 id="a-named-deposit"),
    pytest.param("Construction of a deposit has started.", set(), id="a-deposit-needs-a-name"),
    pytest.param("It is the production of potash with a capacity of 5,000 tons per year.",
                 {"production of potash"}, id="a-capacity-says-it-is-a-project"),
    pytest.param("They are the rabbit production with capacity of 200 tons per year.",
                 {"rabbit production"}, id="production-with-a-capacity-needs-no-name"),
    pytest.param("A dairy plant with a capacity of 300 tons per year of 2,5 billion tenge "
                 "started.", {"dairy plant"}, id="a-sum-after-per-year-is-no-product"),
    pytest.param("Steppe Zinc will develop the Karaoba polymetallic deposit.",
                 {"Karaoba polymetallic deposit"}, id="a-deposit-to-develop"),
    pytest.param("A factory manufacturing plastic pipes opened in May.",
                 {"factory manufacturing plastic pipes"}, id="a-participle-says-what-it-makes"),
    pytest.param("The plant for production of glass fibre opened in Kostanay.",
                 {"plant for production of glass fibre"},
                 id="a-head-before-for-production-of"),
    pytest.param("The factory, which produces paper bags, was opened in May.",
                 {"factory producing paper bags"}, id="which-produces-after-a-comma"),
    pytest.param("A wind power station was commissioned near Yereymentau.",
                 {"wind power station"}, id="a-head-of-two-words-after-a-modifier"),
    pytest.param("The pumping station was commissioned near Yereymentau.", set(),
                 id="a-station-without-a-name-or-power"),
    pytest.param("Kazakh Leather LLP's tannery is scheduled to open in 2026.", {"tannery"},
                 id="a-named-owners-facility-is-one"),
    pytest.param("KEGOC's new substation is scheduled to open in 2026.", {"substation"},
                 id="a-named-owners-new-facility-is-one"),
    pytest.param("The 12.5 bln tenge bakery was put into operation.", {"bakery"},
                 id="a-priced-facility-is-one"),
    pytest.param("A $300m plant opened.", {"plant"}, id="no-modifier-starts-inside-a-number"),
    pytest.param("The 5 million plant opened.", set(), id="a-price-needs-a-currency"),
    pytest.param("The company's plant is scheduled to open in 2026.", set(),
                 id="a-common-owners-facility-is-no-project"),
    pytest.param("A plant producing PVC pipes and TV sets is scheduled to open.",
                 {"plant producing PVC pipes and TV sets"}, id="an-acronym-in-the-product"),
    pytest.param("The Baiterek bakery is scheduled to open in 2025.", {"Baiterek bakery"},
                 id="a-bakery"),
    pytest.param("The $450 million wind farm is due in 2025.", {"wind farm"},
                 id="an-amounts-scale-is-no-modifier"),
    pytest.param("A 12.5 bln tenge glass plant opened.", {"glass plant"},
                 id="an-amounts-currency-is-no-modifier"),
    pytest.param("KEGOC completed a 500 kV power line to Shulbinsk.", {"500 kV power line"},
                 id="a-number-and-unit-belong-to-the-label"),
    pytest.param("A 1,200 MW wind farm is planned near Ereymentau.", {"1,200 MW wind farm"},
                 id="a-number-with-a-comma-before-a-unit"),
    pytest.param("The 220 kV substation near Taraz was put into operation.",
                 {"220 kV substation"}, id="a-substation-with-its-voltage"),
    pytest.param("A plant of 40 tonnes opened in May.", set(),
                 id="a-number-without-a-unit-is-no-modifier"),
    pytest.param("The company commissioned an anode shop in Pavlodar.", {"anode shop"},
                 id="a-shop-of-a-plant"),
    pytest.param("A leather tannery was opened in Semey.", {"leather tannery"},
                 id="a-tannery"),
    # caught by fuzzing: a head noun glued to a word made the reader loop for ever
    pytest.param("A wheelset production complexTRUE was launched.", set(),
                 id="a-head-glued-to-a-word"),
    pytest.param("The copper concentrator at Aktogay reached full capacity.",
                 {"copper concentrator"}, id="a-concentrator"),
    pytest.param("A grain elevator for 60,000 tonnes was commissioned near Kokshetau.",
                 {"grain elevator"}, id="a-grain-elevator"),
    pytest.param("A craft brewery and a cattle feedlot will open in Kostanay.",
                 {"craft brewery", "cattle feedlot"}, id="a-brewery-and-a-feedlot"),
    pytest.param("A poultry slaughterhouse was built in Akmola region.",
                 {"poultry slaughterhouse"}, id="a-slaughterhouse"),
    # round nine: facilities named in other ways
    pytest.param("A data centre worth $50 million is being built in Ekibastuz.", {"data centre"},
                 id="a-head-of-two-words-needs-no-name"),
    pytest.param("Construction of a logistics centre began near Konaev.", {"logistics centre"},
                 id="a-logistics-centre"),
    pytest.param("A gas pipeline to Taraz was commissioned.", {"gas pipeline"},
                 id="a-gas-pipeline"),
    pytest.param("The Tengiz oil field resumed production in January.", {"Tengiz oil field"},
                 id="a-named-oil-field"),
    pytest.param("Work in the field of logistics was launched.", set(), id="a-field-is-no-head"),
    pytest.param('Temir Rail opened the "Zhaiyk" locomotive depot in Oral.',
                 {'"Zhaiyk" locomotive depot'}, id="a-depot-named-in-quotes"),
    pytest.param("The new cardboard factory in Taraz started production in April.",
                 {"cardboard factory"}, id="a-verb-before-production-is-no-modifier"),
    pytest.param("An industrial park will be established in Turkestan.", {"industrial park"},
                 id="an-industrial-park-being-created"),
    pytest.param("The akimat will create the Zhaiyk industrial zone near Oral.",
                 {"Zhaiyk industrial zone"}, id="an-industrial-zone-to-create"),
    pytest.param("The industrial zone is being built near Aktobe.", {"industrial zone"},
                 id="an-industrial-zone-being-built"),
    pytest.param("The creation of the Esil technology park was announced.",
                 {"Esil technology park"}, id="the-creation-of-a-technology-park"),
    pytest.param("The minister visited the Saran industrial zone and a tire plant there.",
                 {"tire plant"}, id="an-industrial-zone-visited-is-a-place"),
    pytest.param("A tyre plant opened in the Kostanay industrial zone.", {"tyre plant"},
                 id="an-industrial-zone-a-plant-opened-in-is-a-place"),
    pytest.param("He reviewed the development of the Saran industrial zone.", set(),
                 id="the-development-of-a-zone-is-no-creation"),
    pytest.param("The 120-km Aral-Kazaly road was built in 2022.", {"Aral-Kazaly road"},
                 id="a-named-road-and-no-modifier-inside-a-hyphenated-word"),
    pytest.param("Construction of a road was completed.", set(), id="a-road-needs-a-name"),
    pytest.param("The Business Road Map funded the Aral road map project.", set(),
                 id="a-road-map-is-no-road"),
    pytest.param("The Balkhash copper smelter's director said output would be launched.", set(),
                 id="a-facilitys-director-speaks-for-a-business"),
    pytest.param("The Shu sugar plant's workers built a new warehouse.", set(),
                 id="a-facilitys-workers"),
    pytest.param("The Shu sugar plant's owner said it would be launched.", {"Shu sugar plant"},
                 id="a-facilitys-owner-is-its-company"),
    pytest.param("A workshop for the production of school desks started work in May.",
                 {"workshop for the production of school desks"},
                 id="a-product-ends-before-a-verb"),
    pytest.param("A fire broke out at the Temirtau steel plant on Sunday.", set(),
                 id="a-plant-where-an-event-happened", marks=pytest.mark.xfail(
                     strict=True, reason="a named facility is taken as a project wherever the "
                                         "sentence has a cue word, also as the place of an event")),
    pytest.param("Kazzinc opened the Ridder Mining and Processing Complex.",
                 {"Ridder Mining and Processing Complex"}, id="a-capitalised-name-with-and"),
    pytest.param("A hotel complex for 300 guests will be built in Burabay.", set(),
                 id="a-hotel-is-no-project"),
    pytest.param("A sports centre and a brick plant will be built in Oral.", {"brick plant"},
                 id="a-sports-centre-is-no-project"),
    pytest.param("A new greenhouse in Semey will grow tomatoes.", {"greenhouse"},
                 id="a-bare-head"),  # a head that says what it is (since session 16)
]


# ---- programs: (text, expected (label key, rule)) ----

PROGRAMS = [
    pytest.param("It was built under the Clean Steppe programme.",
                 [("name:Clean Steppe", "program-word")], id="capitals-before-programme"),
    pytest.param('It was financed by the state program "Jobs Near Home".',
                 [("name:Jobs Near Home", "program-word")], id="quoted-after-program"),
    pytest.param("Under the Digital Farm 2030 program, 40 farms are connected.",
                 [("name:Digital Farm 2030", "program-word")], id="with-a-year"),
    pytest.param("The Kazakhstan program and the State program were adopted.", [],
                 id="a-country-or-generic-word-is-whose-not-which"),
    pytest.param("Loans under the Business Roadmap 2025 programme grew.",
                 [("name:Business Roadmap 2025", "program-edition")],
                 id="another-year-is-another-edition"),
    pytest.param("Loans under the Business Road Map 2020 grew.",
                 [("program/business-road-map-2020", "program-reference")],
                 id="the-years-own-edition"),
    # a wording several editions share: the years after it choose the edition
    pytest.param("It was built within the framework of the State Program of "
                 "Industrial-Innovative Development for 2015-2019.",
                 [("program/spiid-2015-2019", "program-wording-industrial-innovative")],
                 id="an-edition-by-its-years"),
    pytest.param("The state programme for industrial and innovative development of Kazakhstan "
                 "for 2020–2025 was approved.",
                 [("program/spiid-2020-2025", "program-wording-industrial-innovative")],
                 id="an-edition-by-its-years-after-the-country"),
    pytest.param("The State Programme of Industrial and Innovative Development of Kazakhstan "
                 "2015-2019 listed 14 sectors.",
                 [("program/spiid-2015-2019", "program-wording-industrial-innovative")],
                 id="a-title-around-the-wording"),
    pytest.param("Twelve projects were implemented under the SPIID 2020-2025.",
                 [("program/spiid-2020-2025", "program-wording-industrial-innovative")],
                 id="an-acronym-with-its-years"),
    pytest.param("Under the state program of industrial-innovative development, 130 projects "
                 "were launched.",
                 [("name:state program of industrial-innovative development",
                   "program-wording-industrial-innovative")],
                 id="without-years-the-wording-is-its-name"),
    pytest.param("The Program of Industrial-Innovative Development for 2030-2035 was drafted.",
                 [("name:Program of Industrial-Innovative Development",
                   "program-wording-industrial-innovative")],
                 id="years-of-no-known-edition"),
    pytest.param("Issues of FIID implementation and the FIID program were discussed.",
                 [("program/spaiid-2010-2014", "program-wording-forced"),
                  ("program/spaiid-2010-2014", "program-word")], id="an-acronym-alone-or-titled"),
    pytest.param("The National Program of Forced Industrial Innovation Development ended.",
                 [("program/spaiid-2010-2014", "program-wording-forced")],
                 id="innovation-for-innovative"),
    pytest.param("The plant is part of the Map of Industrialization of Kazakhstan.",
                 [("program/industrialization-map", "program-wording-map")],
                 id="map-of-industrialization"),
    pytest.param("The plant is one of the projects of the second five-year plan of "
                 "industrialization, after the 1st five-year plan.",
                 [("program/spiid-2015-2019", "program-five-year-plan"),
                  ("program/spaiid-2010-2014", "program-five-year-plan")],
                 id="an-ordinal-the-reference-data-gives-one-program"),
    pytest.param("Under the fifth five-year plan, more will come.",
                 [("name:fifth five-year plan", "program-five-year-plan")],
                 id="an-ordinal-no-program-has"),
    pytest.param("The 'Business Roadmap-2025' state program supported 500 firms.",
                 [("name:Business Roadmap-2025", "program-edition")],
                 id="another-edition-after-a-hyphen"),
    pytest.param("Grants were issued under the Road Map of Business 2020 and the Road Map of "
                 "Business 2025.",
                 [("program/business-road-map-2020", "program-wording-road-map"),
                  ("name:Road Map of Business 2025", "program-wording-road-map")],
                 id="a-wording-and-its-other-edition"),
    pytest.param("Within the Employment Roadmap, 1,200 jobs were created.",
                 [("name:Employment Roadmap", "program-title")], id="a-roadmap"),
    pytest.param("The road was rebuilt under the State Program of Infrastructure Development "
                 "'Nurly Zhol' for 2020-2025.",
                 [("program/nurly-zhol", "program-reference")], id="a-title-and-its-name"),
    pytest.param("Loans came under the State Program for the Development of the "
                 "Agro-Industrial Complex for 2017-2021 and the Program for Development of the "
                 "city.",
                 [("name:State Program for the Development of the Agro-Industrial Complex",
                   "program-title"), ("name:Program for Development", "program-title")],
                 id="a-title-with-the-and-of"),
    pytest.param("The Industrialization Program for 2020-2025 focuses on manufacturing.",
                 [("program/spiid-2020-2025", "program-reference")],
                 id="a-known-wording-with-another-editions-years",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the reference data gives 'industrialization program' to the first edition "
                     "only, and a period after a name that carries no years is not read"))),
    pytest.param("The National Project for the Development of Entrepreneurship for 2021-2025 "
                 "was approved.",
                 [("name:National Project for the Development of Entrepreneurship",
                   "program-title")], id="a-national-project"),  # read since session 15
    pytest.param("The project is included in the Industrialization Map for 2021-2025.",
                 [("program/industrialization-map", "program-reference")],
                 id="a-map-with-no-editions-keeps-its-name"),
    pytest.param("The Enbek program of productive employment trained 3,000 people.",
                 [("name:Enbek", "program-word")], id="a-name-no-reference-knows"),
]


# A wording's pattern runs only where the text, in lowercase, holds one of the words it needs
# (``needs`` in rules.json): in capitals it is found all the same.
WORDINGS_IN_CAPITALS = [
    pytest.param("Firms joined the STATE PROGRAMME OF INDUSTRIAL AND INNOVATIVE DEVELOPMENT for "
                 "2015-2019.",
                 [("program/spiid-2015-2019", "program-wording-industrial-innovative")],
                 id="a-programme"),
    pytest.param("It is on the ROAD MAP OF BUSINESS list.",
                 [("program/business-road-map-2020", "program-wording-road-map")], id="road-map"),
    pytest.param("FIID funds came.", [("program/spaiid-2010-2014", "program-wording-forced")],
                 id="an-acronym"),
]


def test_the_words_a_wording_needs_are_lowercase_words_of_its_pattern():
    for pattern, rule, _, needs in programs._program_wordings():
        assert all(w == w.lower() and w in pattern.pattern.lower() for w in needs), rule


# A plan, a strategy or a roadmap with what it is for, as a program or a concept has it.
PLANS_FOR_WHAT = [
    pytest.param("Funds come from the Comprehensive Plan for the Development of the Fishing and "
                 "Fish Processing Industry for 2021-2025.",
                 [("name:Comprehensive Plan for the Development of the Fishing and Fish "
                   "Processing Industry", "program-title")], id="a-plan-for-the-development"),
    pytest.param("The Regional Plan of the akimat was approved.",
                 [("name:Regional Plan", "program-title")], id="not-a-lowercase-of"),
]


# ---- sectors: (text, expected (surface, key)) ----

SECTORS = [
    pytest.param("Investors favour the energy, telecoms and agricultural sectors.",
                 [("energy", "sector/energy"), ("agricultural", "sector/agriculture")],
                 id="a-list-before-sectors"),
    pytest.param("Both the chemical and the mining industries grew.",
                 [("chemical", "sector/chemical-industry"), ("mining", "sector/mining")],
                 id="a-list-before-industries"),
    pytest.param("The mining and construction sector employs 9,000.",
                 [("mining", "sector/mining"),
                  ("construction sector", "sector/construction-industry")],
                 id="a-list-before-a-singular"),
    pytest.param("The chemical-pharmaceutical industry needs workers.",
                 [("chemical", "sector/chemical-industry"),
                  ("pharmaceutical", "sector/pharmaceutical-industry")],
                 id="two-joined-by-a-hyphen"),
    pytest.param("The agro-industrial complex grew.",
                 [("agro-industrial complex", "sector/agro-industrial-complex")],
                 id="a-hyphenated-name-is-one"),
    pytest.param("In these sectors and in new industries, prices rose.", [],
                 id="words-that-name-no-sector"),
    pytest.param("Sales of textiles, pharmaceuticals and beverages rose.", [],
                 id="products-listed-are-no-sectors"),
    pytest.param("Loans went to metallurgy, pharmaceuticals and textiles.",
                 [("metallurgy", "sector/metallurgy"),
                  ("pharmaceuticals", "sector/pharmaceutical-industry"),
                  ("textiles", "sector/light-industry")],
                 id="products-in-a-list-with-a-sector-are-sectors"),
    pytest.param("A fish farming complex and a cement plant will open.", [],
                 id="a-facility-named-by-its-product"),
    pytest.param("Fish farming has grown near the lake.", [("Fish farming", "sector/agriculture")],
                 id="the-same-words-alone"),
    pytest.param("Construction is one of the leading industries of the city.",
                 [("Construction", "sector/construction-industry")], id="said-to-be-a-sector"),
    pytest.param("Agriculture is a priority for the akimat.", [], id="a-priority-is-no-sector"),
    pytest.param("The new road will improve logistics for farmers.", [],
                 id="logistics-as-a-common-word"),
    pytest.param("Logistics, transport and trade grew by 4%.",
                 [("Logistics", "sector/transport"), ("transport", "sector/transport"),
                  ("trade", "sector/trade")], id="logistics-in-a-list"),
    # a narrower industry is filed under the heading a reader files it under
    pytest.param("The steel industry and coal mining need workers.",
                 [("steel industry", "sector/metallurgy"), ("coal mining", "sector/mining")],
                 id="narrower-industries-under-their-headings"),
    pytest.param("Fertilizer production and the beverage industry grew.",
                 [("Fertilizer production", "sector/chemical-industry"),
                  ("beverage industry", "sector/food-industry")],
                 id="filed-up-broader-links"),
    pytest.param("Investors look at the plastics industry.",
                 [("plastics industry", "sector/manufacturing")],
                 id="filed-through-its-isic-division"),
    pytest.param("Waste recycling is a growing sector.",
                 [("Waste recycling", "sector/waste-management")],
                 id="under-no-heading-it-stays-itself"),
    pytest.param("The aluminum industry grew.", [("aluminum industry", "sector/aluminum-industry")],
                 id="a-heading-under-a-heading-stays-itself"),
    # other outlets' names for the branches
    pytest.param("Mining and metals made half of the output.",
                 [("Mining", "sector/mining"), ("metals", "sector/metallurgy")],
                 id="mining-and-metals"),
    pytest.param("Exports of metals and grain grew.", [], id="metals-as-goods-are-no-sector"),
    pytest.param("The akimat will develop oil and gas chemistry.",
                 [("oil and gas chemistry", "sector/petrochemical-industry")],
                 id="oil-and-gas-chemistry-is-one-branch"),
    pytest.param("Investment in the country's machine-building sector rose.",
                 [("machine-building", "sector/mechanical-engineering")], id="machine-building"),
    pytest.param("Priority sectors: metallurgy, chemicals and mechanical engineering.",
                 [("metallurgy", "sector/metallurgy"), ("chemicals", "sector/chemical-industry"),
                  ("mechanical engineering", "sector/mechanical-engineering")],
                 id="a-list-after-a-sectors-heading"),
    pytest.param("Light industry enterprises got loans.",
                 [("Light industry", "sector/light-industry")], id="light-industry-enterprises"),
    pytest.param("The construction materials industry and the food processing industry grew.",
                 [("construction materials industry", "sector/building-materials"),
                  ("food processing industry", "sector/food-industry")],
                 id="industries-of-three-words"),
    pytest.param("Ten enterprises opened in the agro-industrial complex.",
                 [("agro-industrial complex", "sector/agro-industrial-complex")],
                 id="in-the-agro-industrial-complex"),
    # a common word as a branch of the economy: its figures, a heading
    pytest.param("Manufacturing grew by 5.6% and construction accounted for 6% of GDP.",
                 [("Manufacturing", "sector/manufacturing"),
                  ("construction", "sector/construction-industry")], id="a-branchs-figures"),
    pytest.param("Energy prices rose and imports of chemicals increased.", [],
                 id="figures-of-a-price-or-a-product"),
    pytest.param("AGRICULTURE: 23 projects were launched.\n- Construction: 5 projects.",
                 [("AGRICULTURE", "sector/agriculture"),
                  ("Construction", "sector/construction-industry")], id="headings"),
    pytest.param("Energy\nThe plant will need trade: it sells abroad.",
                 [("Energy", "sector/energy")], id="a-heading-line-not-a-colon-inside"),
    # "industry" and "sector" name the same branch; a field is no branch
    pytest.param("The uranium sector, the cement sector and the textile sector grew.",
                 [("uranium", "sector/mining"), ("cement", "sector/building-materials"),
                  ("textile", "sector/light-industry")], id="sector-for-industry"),
    pytest.param("The Kashagan oil field and the bank's Almaty branch opened.", [],
                 id="an-oil-field-and-a-branch-office"),
    pytest.param("The livestock sector, animal husbandry and crop production got loans.",
                 [("livestock", "sector/agriculture"), ("animal husbandry", "sector/agriculture"),
                  ("crop production", "sector/agriculture")], id="farming-branches"),
    pytest.param("The dairy industry and the meat processing industry import equipment.",
                 [("dairy industry", "sector/food-industry"),
                  ("meat processing industry", "sector/food-industry")],
                 id="food-branches-not-the-processing-industry"),
    pytest.param("The fuel and energy complex and the oil and gas complex of Kazakhstan grew.",
                 [("fuel and energy complex", "sector/energy"),
                  ("oil and gas complex", "sector/oil-and-gas")], id="a-branch-called-a-complex"),
    pytest.param("The mining of copper ore and the farming of fish will start; mining of "
                 "Kazakhstan grew.", [("mining", "sector/mining")],
                 id="the-work-itself-is-no-branch"),
    pytest.param("Investors prefer the oil and gas sector to manufacturing.",
                 [("oil and gas sector", "sector/oil-and-gas"),
                  ("manufacturing", "sector/manufacturing")], id="a-branch-set-against-a-sector",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a common word set against a sector ('prefer X to Y') is not read as a "
                     "branch; only lists, sector words, figures and headings are"))),
    # the branch's businesses together: a cluster, its enterprises
    pytest.param("The pharmaceutical cluster in Shymkent will grow.",
                 [("pharmaceutical", "sector/pharmaceutical-industry")], id="a-branch-cluster"),
    pytest.param("Agro-industrial enterprises received subsidies.",
                 [("Agro-industrial", "sector/agro-industrial-complex")],
                 id="a-branchs-enterprises"),
    pytest.param("Construction enterprises and the machine-building cluster hired 900 people.",
                 [("Construction", "sector/construction-industry"),
                  ("machine-building", "sector/mechanical-engineering")],
                 id="a-common-word-before-enterprises"),
    pytest.param("Enterprises of construction and small enterprises got loans.",
                 [("construction", "sector/construction-industry")], id="enterprises-of-a-branch"),
    # a sector's name before a business or a thing only describes it
    pytest.param("A mining company from Canada will develop the deposit.", [],
                 id="a-mining-company"),
    pytest.param("Mining equipment supplier Tau Drill LLP opened an office.", [],
                 id="mining-equipment"),
    pytest.param("ERG, a mining and metallurgical company, will invest $1 billion.", [],
                 id="a-business-of-two-branches"),
    pytest.param("Kazakhmys, the copper mining giant, and two metallurgy institutes signed it.",
                 [], id="a-giant-and-institutes"),
    pytest.param("The transport and logistics centre will open in 2025.", [],
                 id="a-centre-named-by-its-branch"),
    pytest.param("The Ministry of Energy and the Energy Minister approved it.", [],
                 id="a-ministry-and-a-minister"),
    pytest.param("Mining and other equipment makers met in Karaganda.", [],
                 id="equipment-of-a-branch-and-others"),
    pytest.param("Retail prices rose, and the automotive components plant opened.", [],
                 id="a-price-or-a-part-named-by-its-branch",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a branch's name before a price, a part or a line is no sector to a reader, "
                     "but both ways tried (these nouns after a name; 'retail', 'automotive', "
                     "'electric power' named only in context) lost a held-out sector"))),
    pytest.param("Oil and gas sector companies paid more tax.",
                 [("Oil and gas sector", "sector/oil-and-gas")],
                 id="a-sector-word-before-the-business-is-a-sector"),
    pytest.param("Mining companies and the mining sector grew.",
                 [("mining sector", "sector/mining")], id="companies-then-the-sector"),
    pytest.param("Output grew 3% in construction and 2% in trade.",
                 [("construction", "sector/construction-industry"), ("trade", "sector/trade")],
                 id="growth-in-a-branch"),
    pytest.param("Jobs in agriculture rose, and investment in energy efficiency and in trade "
                 "talks with China and in chemicals.",
                 [("agriculture", "sector/agriculture")], id="in-a-branch-that-ends-the-phrase"),
    # session 12: a branch's projects name it as a branch (not so its companies, above)
    pytest.param("Kazakhstan commissioned 94 manufacturing projects in 2025.",
                 [("manufacturing", "sector/manufacturing")], id="a-branchs-projects"),
]


@pytest.mark.parametrize(("text", "expected"), SECTORS)
def test_sector_patterns(text, expected):
    assert [(m.text, m.key) for m in sectors.sectors(text)] == expected


# The small model reads a product's acronym as an organization; since session 13 the rules'
# ``term_acronyms`` say which are technical terms (an acronym not listed is still kept).
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_an_acronym_in_a_product_is_no_organization(model):
    text = "A plant producing PVC pipes is scheduled to open in Aktobe Region in 2026."
    found = extract(Article("s1", text), model=model)
    assert [e.label for e in found.entities if e.kind == "organization"] == []
    assert [e.label for e in found.entities if e.kind == "project"] == [
        "plant producing PVC pipes"]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_sector_word_in_a_programs_name_is_no_sector(model):
    text = ("Farms got loans under the State Program for the Development of the Agro-Industrial "
            "Complex, and the agro-industrial complex grew.")
    found = extract(Article("s1", text), model=model)
    sectors_found = [e for e in found.entities if e.kind == "sector"]
    assert [[m.text for m in e.mentions] for e in sectors_found] == [["agro-industrial complex"]]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_sector_word_in_a_company_name_is_no_sector(model):
    text = "Steppe Construction Mining Company LLP will build a brick plant in Aktobe."
    found = extract(Article("s1", text), model=model)
    assert [e.label for e in found.entities if e.kind == "sector"] == []


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_sectors_name_is_no_project_unless_a_name_picks_one(model):
    text = ("Investment went to the mining and metallurgical complex and to trade, and the "
            "mining-metallurgical complex grew. Workers of the Saryarka mining and "
            "metallurgical complex were hired.")
    found = extract(Article("s2", text), model=model)
    assert [e.label for e in found.entities if e.kind == "project"] == [
        "Saryarka mining and metallurgical complex"]


# A facility's noun that only says whose or what another noun is ("the project cost", "a furnace
# maker"), and a time after "for" ("worked in the mine for thirty years"), name no project.
NO_FACILITY = [
    pytest.param("Total project cost is put at $210 million.", set(), id="project-cost"),
    pytest.param("A German furnace maker will supply a ferroalloy plant.", {"ferroalloy plant"},
                 id="a-furnace-maker"),
    pytest.param("The plant director said a cement plant was launched.", {"cement plant"},
                 id="the-plant-director"),
    pytest.param("He worked in the mine for thirty years before the copper mine opened.",
                 {"copper mine"}, id="for-a-time"),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTS + NO_FACILITY)
def test_project_patterns(text, expected):
    assert {m.key for m in projects.projects(text, _one(text))} == expected


# ---- project -> region ----

REGIONAL_REPORT = (
    "Kostanay region attracted 12 projects this year, the akim said. "
    "A brick plant was opened. A partner from Pavlodar region supplies clay. "
    "The region also plans a flour mill, according to the Kostanay region administration."
)


def test_projects_of_a_regional_report_are_in_its_region():
    """No region in the sentence: the region the lead names alone, and the text names again."""
    found = extract(Article("t", REGIONAL_REPORT, published=PUBLISHED))
    located = {s.subject[1].split("/")[-1]: s.obj[1] for s in found.statements
               if s.prop == "locatedIn"}
    assert located == {"brick-plant": "kostanay", "flour-mill": "kostanay"}


# The region an article names three times or more, twice as often as any other, where its lead
# names none.
NAMED_MOST = [
    pytest.param("SATPAYEV. A cable plant opened on Friday. The akim of Ulytau region attended. "
                 "The Ulytau region was formed in 2022. Copper comes from Pavlodar region. "
                 "Ten more projects are planned in the Ulytau region.",
                 {"cable-plant": "ulytau"}, id="three-times-against-once"),
    pytest.param("SATPAYEV. A cable plant opened on Friday. The akim of Ulytau region attended. "
                 "Copper comes from Pavlodar region. Ten more projects are planned in the Ulytau "
                 "region.", {}, id="twice-is-not-enough"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), NAMED_MOST)
def test_the_region_an_article_names_most(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert {s.subject[1].split("/")[-1]: s.obj[1] for s in found.statements
            if s.prop == "locatedIn"} == expected


# ---- project -> company, rules only: the company attached after the project, else the first ----

RULES_COMPANY = [
    pytest.param("New projects: a brick plant of Keramika LLP and a feed mill of Agro Feed LLP.",
                 {"brick-plant": "Keramika", "feed-mill": "Agro Feed"},
                 id="each-of-a-list-its-own"),
    pytest.param("Zhol Kurylys LLP praised the asphalt plant, owned by Taraz Asphalt LLP.",
                 {"asphalt-plant": "Taraz Asphalt"}, id="owned-by-after-the-project"),
    pytest.param("Otbasy Bank JSC lent 2 billion tenge for the construction of an asphalt plant "
                 "by Taraz Asphalt LLP.", {"asphalt-plant": "Taraz Asphalt"},
                 id="by-after-the-project"),
    pytest.param("Kaspi Cement LLP opened a cement plant in Aktau.",
                 {"cement-plant": "Kaspi Cement"}, id="otherwise-the-first"),
    pytest.param("With loans from Otbasy Bank JSC, a cement plant opened in Aktau.", {},
                 id="a-lender-is-no-company"),
    pytest.param("A tire plant in Saran will buy rubber from Polimer LLP.", {},
                 id="a-supplier-is-no-company"),
    pytest.param("A dairy plant opened in Aktau; its milk is sold to Magnum Cash LLP.", {},
                 id="a-buyer-is-no-company"),
]


LABELLED_COMPANY = [
    pytest.param("Investor: Steppe Wind LLP. The wind farm in Zhanatas will open in 2026.",
                 {"wind-farm": "Steppe Wind"}, id="investor-label-before"),
    pytest.param("A wind farm will open in Zhanatas. The initiator of the project is Steppe Wind "
                 "LLP.", {"wind-farm": "Steppe Wind"}, id="initiator-is-after"),
    pytest.param("A wind farm will open in Zhanatas. A solar power plant opened in Taraz. "
                 "Investor: Steppe Wind LLP.", {"solar-power-plant": "Steppe Wind"},
                 id="not-where-two-projects-are-named"),
    pytest.param("A wind farm opened in Zhanatas. The supplier is Vestas Wind LLP.", {},
                 id="a-supplier-is-no-label"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), LABELLED_COMPANY)
def test_labelled_company(text, expected, model):
    """A press release's "Investor: X." beside the project, with the model or without."""
    assert _owners(text, model) == expected


@pytest.mark.parametrize(("text", "expected"), RULES_COMPANY)
def test_rules_only_company(text, expected):
    assert _owners(text, "none") == expected


# ---- status: (clause, status) ----

STATUS = [
    pytest.param("The plant was launched yesterday", "launched", id="was-launched"),
    pytest.param("The plant was put into operation", "launched", id="put-into-operation"),
    pytest.param("The plant is under construction", "under construction", id="under-construction"),
    pytest.param("Construction of the plant is underway", "under construction", id="underway"),
    pytest.param("The plant will be commissioned in 2021", "planned", id="will-be-commissioned"),
    pytest.param("It is planned to build a plant", "planned", id="planned-to-build"),
    pytest.param("The plant opened in March", "launched", id="opened"),
    pytest.param("The smelter came on stream in May", "launched", id="came-on-stream"),
    pytest.param("The company broke ground on the plant", "under construction",
                 id="broke-ground"),
    pytest.param("The plant is set to open in 2026", "planned", id="set-to-open"),
    pytest.param("The plant is due to be commissioned in 2026", "planned", id="due-to"),
    pytest.param("Qarmet completed the construction of a rolling mill", "launched",
                 id="completed-the-construction-of"),
    pytest.param("The holding has finished construction of the terminal", "launched",
                 id="finished-construction-of"),
    pytest.param("Construction of the mill will be completed in 2026", "planned",
                 id="construction-to-be-completed-is-a-plan"),
    pytest.param("Construction of the mill has started", "under construction",
                 id="construction-started-is-still-construction"),
    pytest.param("The copper smelter is nearing completion", "under construction",
                 id="nearing-completion"),
    pytest.param("The hydropower plant came into operation in May", "launched",
                 id="came-into-operation"),
    pytest.param("The plant has been brought into operation", "launched",
                 id="brought-into-operation"),
    pytest.param("The leather plant started production in 2023", "launched",
                 id="started-production"),
    pytest.param("The new tile factory began production last month", "launched",
                 id="began-production"),
    pytest.param("The cable plant in Pavlodar is at the design stage", "planned",
                 id="design-stage"),
    pytest.param("A feasibility study for the gasification plant is being prepared", "planned",
                 id="feasibility-study"),
    pytest.param("The copper concentrator reached design capacity in March", "launched",
                 id="reached-design-capacity"),
    pytest.param("The wind farm was connected to the grid last week", "launched",
                 id="connected-to-the-grid"),
]


@pytest.mark.parametrize(("clause", "expected"), STATUS)
def test_status_patterns(clause, expected):
    found = markers.status(clause)
    assert found is not None and found[0] == expected


# ---- regions: (text, expected region keys) in the spellings news uses ----

REGIONS = [
    pytest.param("in Nur-Sultan", ["region/astana"], id="nur-sultan-is-astana"),
    pytest.param("in the Akmolinskaya oblast", ["region/akmola"], id="russian-transliteration"),
    pytest.param("Aqtobe region", ["region/aktobe"], id="kazakh-transliteration"),
    pytest.param("in Zhambyl oblast and Jambyl region", ["region/jambyl", "region/jambyl"],
                 id="two-spellings-one-region"),
    pytest.param("East-Kazakhstan region", ["region/east-kazakhstan"], id="hyphenated"),
    pytest.param("South Kazakhstan region", ["region/south-kazakhstan"], id="former-name"),
    pytest.param("in Almaty city", ["region/almaty-city"], id="city-of-republican-significance"),
    pytest.param("in Almaty region", ["region/almaty-region"], id="region-not-city"),
    pytest.param("Shymkent", ["region/shymkent"], id="shymkent"),
    pytest.param("Karim Pavlodarov said", [], id="name-is-not-a-region"),
    pytest.param("the Mangystau region's first plant", ["region/mangystau"], id="possessive"),
    pytest.param("the Kostanay regional akimat", ["region/kostanay"], id="regional"),
    pytest.param("in Aktobe, Kokshetau and Semey", [], id="a-centre-alone-is-no-region"),
]


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_region_spellings(text, expected):
    assert [m.key for m in regions.regions(text)] == expected


def test_dateline_city_is_not_a_region_mention():
    text = "ASTANA. KAZINFORM - A cement plant opened in Kostanay region."
    found = extract(Article("t", text, published=PUBLISHED))
    assert {e.key for e in found.entities if e.kind == "region"} == {"kostanay"}


# ---- a region's centre alone places a project in no region ----
# The corpus rules: a city counts as its region only where the text says which region it is in.

CENTRES = [
    pytest.param("A flour mill and a pasta factory were launched in Aktobe.", {},
                 id="a-centre-alone"),
    pytest.param("Steppe Agro plans a dairy farm near Kokshetau.", {}, id="near-a-centre"),
    pytest.param("A sugar factory opened in the city of Taldykorgan.", {}, id="the-city-of"),
    pytest.param("A glass plant opened in Oskemen, East Kazakhstan region.",
                 {"glass-plant": "east-kazakhstan"}, id="a-centre-with-its-region"),
    pytest.param("The Kostanay region's first pasta factory will open in 2026.",
                 {"pasta-factory": "kostanay"}, id="a-regions-possessive"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), CENTRES)
def test_a_regions_centre_alone_places_no_project(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    located = {s.subject[1].split("/")[-1]: s.obj[1].split("/")[-1] for s in found.statements
               if s.prop == "locatedIn"}
    assert located == expected
    if not expected:  # nor is the centre a mention of its region
        assert not [e for e in found.entities if e.kind == "region"]


# ---- status where a sentence lists several projects (rules only, no parse) ----

LISTED_STATUS = [
    pytest.param("The akim visited a brick plant (the owner plans to export bricks) and a tile "
                 "plant under construction.", {"brick plant": None,
                                               "tile plant": "UnderConstruction"},
                 id="an-aside-and-a-neighbour-say-nothing-of-the-first"),
    pytest.param("In May a brick plant and a tile plant were put into operation.",
                 {"brick plant": "Launched", "tile plant": "Launched"}, id="a-shared-verb"),
    pytest.param("The region opened a brick plant, a tile plant and a pipe plant.",
                 {"brick plant": "Launched", "tile plant": "Launched", "pipe plant": "Launched"},
                 id="a-shared-lead"),
    pytest.param("Siemens will supply turbines for the power plant being built in Turkestan.",
                 {"power plant": "UnderConstruction"}, id="being-built-after-it-beats-will"),
    pytest.param("The cement plant, which is being built near Kentau, will employ 300 people.",
                 {"cement plant": "UnderConstruction"}, id="which-is-being-built"),
    pytest.param("The cement plant will be built near Kentau.", {"cement plant": "Planned"},
                 id="will-be-built-is-still-a-plan"),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_STATUS)
def test_status_of_listed_projects(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    labels = {e.key: e.label for e in found.entities if e.kind == "project"}
    status = {labels[s.subject[1]]: s.obj.lexical for s in found.statements
              if s.prop == "status"}
    assert {label: status.get(label) for label in labels.values()} == expected


# ---- a person's role from the title before or after the name: (text, expected roles) ----

ROLES = [
    pytest.param("Akim (governor) Daniyar Serikov opened it.", {"Akim (governor)"},
                 id="lowercase-gloss-in-brackets"),
    pytest.param("The line was opened, said Aliya Bekova, Deputy Chairperson of the Board of "
                 "Steppe Rail JSC.", {"Deputy Chairperson of the Board of Steppe Rail JSC"},
                 id="title-after-to-the-comma"),
    pytest.param("So said Aliya Bekova, Director of the company at the opening.", {"Director"},
                 id="title-after-without-its-connectors"),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    assert {s.obj.lexical for s in found.statements if s.prop == "role"} == expected


# ---- organizations and persons in other outlets' shapes (eighth round) ----

ORGANIZATION_SHAPES = [
    pytest.param("Steppe Copper Corporation (SCC) will expand the mine.",
                 {"company:Steppe Copper Corporation"}, id="name-then-acronym"),
    pytest.param("The smelter is run by SCC (Steppe Copper Corporation), the region's largest.",
                 {"company:Steppe Copper Corporation"}, id="acronym-then-name"),
    pytest.param("KTR (Kazakh Tractor Works) and KTR's suppliers met.",
                 {"company:Kazakh Tractor Works"}, id="acronym-then-name-named-again"),
    pytest.param("WHO (World Health Organization) and the plant.",
                 {"other:World Health Organization"}, id="acronym-then-a-foreign-body"),
    pytest.param("It said AB (Kokshe Beton) would grow.", set(),
                 id="acronym-then-words-whose-initials-do-not-fit-are-no-name"),
    pytest.param("The Energy Ministry said the line is ready.", {"ministry:Energy Ministry"},
                 id="a-ministry-after-its-field"),
    pytest.param("Kazakhstan's Industry and Trade Ministry approved it.",
                 {"ministry:Industry and Trade Ministry"}, id="a-ministry-after-two-fields"),
    pytest.param("The Nursery of Kazakh Trees (NKT) opened.", {"other:Nursery of Kazakh Trees"},
                 id="an-adjective-inside-an-acronyms-name"),
    pytest.param('LLP "Kokshe Ecology" is building a plant.', {"company:Kokshe Ecology"},
                 id="quoted-after-a-legal-form"),
    pytest.param('JSC "Aral Glass" and TOO "Tobol Dairy" signed.',
                 {"company:Aral Glass", "company:Tobol Dairy"}, id="quoted-after-legal-forms"),
    pytest.param('The plant will make "Steppe Gold" butter.', set(),
                 id="a-quoted-brand-with-no-cue-is-no-company"),
    pytest.param("The State Revenue Committee checked the plant.",
                 {"agency:State Revenue Committee"}, id="state-is-part-of-an-agencys-name"),
    pytest.param("QazTechna and KazSteppeGas signed it; Saryarka AvtoProm did not.",
                 {"company:QazTechna", "company:KazSteppeGas"}, id="words-with-capitals-inside"),
    pytest.param("It was reported to CentralSteppe.news and McKinley's staff.", set(),
                 id="a-web-site-or-a-possessive-is-no-company"),
    pytest.param("The Ministry of Water of the Republic of Kazakhstan and the Ministry of "
                 "Kazakhstan", {"ministry:Ministry of Water", "ministry:Ministry of Kazakhstan"},
                 id="a-ministry-of-a-country-is-the-ministry"),
]


PERSON_SHAPES = [
    pytest.param("Olga Petrovna Ivanova, director of the plant, said so.",
                 {"Olga Petrovna Ivanova"}, id="a-patronymic-then-a-title"),
    pytest.param("Director Yerlan Kairatuly Seitkali opened the shop.",
                 {"Yerlan Kairatuly Seitkali"}, id="a-kazakh-patronymic-after-a-title"),
    pytest.param("Aidar Nurov, Minister of Industry and Infrastructure Development, came.",
                 {"Aidar Nurov"}, id="a-ministrys-last-words-after-and-are-no-person"),
    pytest.param("Minister of Industry and Trade Aidar Nurov came.",
                 {"Aidar Nurov"}, id="a-title-with-and-before-a-name"),
    pytest.param("Nazarbayev University will train the plant's engineers.", set(),
                 id="a-body-named-after-a-person-is-no-person"),
    pytest.param("The plant stands on Nazarbayev Avenue.", set(),
                 id="a-street-named-after-a-person-is-no-person"),
    pytest.param("President Nursultan Nazarbayev opened it; Nazarbayev University sent "
                 "engineers.", {"Nursultan Nazarbayev"},
                 id="a-surname-in-a-bodys-name-is-no-second-mention"),
    pytest.param("The akim of Abai region, Nurlan Urankhayev, visited the plant.",
                 {"Nurlan Urankhayev"}, id="a-title-then-the-name-between-commas"),
    pytest.param("Head of the company, Steppe Invest, said so.", set(),
                 id="a-business-between-commas-after-a-title-is-no-person"),
    pytest.param("It was signed by Wang Lei, chairman of Orda Energy, in May.", {"Wang Lei"},
                 id="a-lowercase-title-after-the-name"),
    pytest.param("Aidar Nurov, founder of Steppe Dairy LLP, said so.", {"Aidar Nurov"},
                 id="a-founder-after-the-name"),
    pytest.param("The plant was opened. Mr. Akhmetov, the chief engineer, said so.", {"Akhmetov"},
                 id="a-surname-after-mr"),
    pytest.param("According to Ms. Aliya Nurova, Dr Serik Abenov and Mrs. Kim, it is ready.",
                 {"Aliya Nurova", "Serik Abenov", "Kim"}, id="names-after-honorifics"),
    pytest.param("Mr Steppe Dairy LLP and Dr. Orda Holding are businesses.", set(),
                 id="a-business-after-an-honorific-is-no-person"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_surname_after_an_honorific_is_the_person_named_in_full(model):
    text = "Daniyar Akhmetov, the chief engineer, opened it. Later Mr. Akhmetov said so."
    people = [e for e in extract(Article("t", text, published=PUBLISHED), model=model).entities
              if e.kind == "person"]
    assert [(e.label, e.alt_labels) for e in people] == [("Daniyar Akhmetov", ("Akhmetov",))]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), PERSON_SHAPES)
def test_person_shapes(text, expected, model):
    found = {e.label for e in extract(Article("t", text, published=PUBLISHED), model=model)
             .entities if e.kind == "person"}
    assert found == expected


# ---- a region's name before a comma and a title stays a region: (text, region) ----

REGION_BEFORE_TITLE = [
    pytest.param("He toured Oskemen, the centre of the East Kazakhstan Region, akim of the region "
                 "Serik Nurov said.", "East Kazakhstan Region", id="east-kazakhstan-akim"),
    pytest.param("The mill is in the North Kazakhstan Region, the governor of the region Aidos "
                 "Beisenov told reporters.", "North Kazakhstan Region", id="north-governor"),
]


@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "region"), REGION_BEFORE_TITLE)
def test_a_region_before_a_title_stays_a_region(text, region, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert region in {e.label for e in found if e.kind == "region"}
    assert not {e.label for e in found if e.kind == "person"} & {region, region.split(" ", 1)[1]}


# ---- facilities named as proper nouns: (text, projects, organizations), both extractors ----

NAMED_FACILITIES = [
    pytest.param("The Zhanatas Phosphate Smelter was launched in 2021.",
                 {"Zhanatas Phosphate Smelter"}, set(), id="launched"),
    pytest.param("The Ekibastuz Wire Plant will be built by 2027.", {"Ekibastuz Wire Plant"},
                 set(), id="will-be-built"),
    pytest.param("Construction of the Aral Mining and Processing Complex began in May.",
                 {"Aral Mining and Processing Complex"}, set(), id="two-words-joined-by-and"),
    pytest.param("Steppe Metals opened the Karasu Copper Mine and the Taldy Flour Mill.",
                 {"Karasu Copper Mine", "Taldy Flour Mill"}, None, id="two-opened"),
    pytest.param("JSC Irtysh Electrolysis Plant was commissioned.", set(),
                 {"Irtysh Electrolysis Plant"}, id="a-legal-form-before-makes-a-business"),
    pytest.param("Orda Hot-dip Galvanizing Plant LLP opened a pipe shop in Aktobe.", {"pipe shop"},
                 {"Orda Hot-dip Galvanizing Plant"}, id="a-legal-form-after-makes-a-business"),
    pytest.param("Semey Titanium-Magnesium Plant signed a contract to build a furnace.",
                 {"furnace"}, None, id="a-name-that-signs-is-no-project"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "found", "organizations"), NAMED_FACILITIES)
def test_facilities_named_as_proper_nouns(text, found, organizations, model):
    """``None`` for organizations: the rules alone read no business there, the model may."""
    entities = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert {e.label for e in entities if e.kind == "project"} == found
    if organizations is not None:
        assert {e.label for e in entities if e.kind == "organization"} == organizations
    assert not {e.label for e in entities if e.kind == "person"}


@pytest.mark.parametrize("model", [
    pytest.param("none", marks=pytest.mark.xfail(strict=True, reason=(
        "rules only: a building verb with an object of its own after a named facility is not "
        "read as the business acting (only verbs of business and possessives are)"))),
    None], ids=["rules-only", "model"])
def test_a_named_facility_that_builds_is_a_business(model):
    text = "Ekibastuz Wire Plant will build a new rolling shop."
    entities = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert {e.label for e in entities if e.kind == "project"} == {"rolling shop"}


# ---- a product counted with a word of its own before it (twelfth round): (text, expected) ----

COUNTED_PRODUCTS = [
    pytest.param("The line will assemble 150,000 car batteries a year.",
                 {("150000", "units/year")}, id="car-batteries-a-year"),
    pytest.param("The works will turn out 600 freight wagons per year.",
                 {("600", "units/year")}, id="freight-wagons-per-year"),
    pytest.param("The depot received 40 electric buses.", {("40", "units")},
                 id="electric-buses"),
    pytest.param("It installed 12 kW transformers.", set(), id="a-rating-is-no-count"),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_PRODUCTS)
def test_a_counted_product_with_a_word_before_it(text, expected):
    assert {(v.lexical, v.unit) for _, v in numbers.quantities(text)} == expected


# ---- "the group" or "the Holding" alone names no organization (twelfth round) ----

GROUP_ALONE = [
    pytest.param("The group, founded in 2012, owns grain elevators.", set(), id="the-group"),
    pytest.param("In May the group launched a greenhouse.", set(), id="lowercase-group"),
    pytest.param("The Holding said it will build a mill.", set(), id="the-holding"),
    pytest.param("Steppe Agro Group said the group will build a mill.",
                 {"company:Steppe Agro Group"}, id="a-named-group-is-kept"),
]


# ---- a state "Concept" is a program as a "Program" or a "Strategy" is (twelfth round) ----

CONCEPTS = [
    pytest.param("It is funded under the Agro-Industrial Complex Development Concept for "
                 "2021-2030.", {"Agro-Industrial Complex Development Concept"},
                 id="development-concept-with-period"),
    pytest.param("The Investment Policy Concept was adopted in 2022.",
                 {"Investment Policy Concept"}, id="policy-concept"),
    pytest.param("The Concept of the plant was shown to the akim.", set(),
                 id="a-plants-concept-is-no-program"),
]


@pytest.mark.parametrize(("text", "expected"), CONCEPTS)
def test_a_concept_is_a_program(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none").entities
    assert {e.label for e in found if e.kind == "program"} == expected


# ---- thirteenth round: whole articles of four kinds, written here ----

ROUND13_QUANTITIES = [
    pytest.param("the dairy processes 60 tons of milk per day", [("60", "t/day")],
                 id="tons-of-a-product-per-day"),
    pytest.param("a mill grinding 400 tonnes a day and 90,000 tons of flour a year",
                 [("400", "t/day"), ("90000", "t/year")], id="a-day-beside-a-year"),
    pytest.param("the line will fill 200 million bottles a year", [("200000000", "units/year")],
                 id="bottles-a-year"),
    pytest.param("it can turn out 5,000 machines a year", [("5000", "units/year")],
                 id="machines-a-year"),
]


ROUND13_PROGRAMS = [
    pytest.param("Farms get loans under the State Program for the Development of the "
                 "Agro-Industrial Complex.",
                 [("name:State Program for the Development of the Agro-Industrial Complex",
                   "program-title")], id="state-program-for-the-development-keeps-state"),
    pytest.param("Under the State Programme on Development of Tourism, 12 hotels opened.",
                 [("name:State Programme on Development of Tourism", "program-title")],
                 id="state-programme-on-keeps-state"),
    pytest.param("The Kazakhstan program and the State program were adopted.", [],
                 id="state-alone-is-still-no-name"),
]


ROUND13_ORGANIZATIONS = [
    pytest.param("It employs 700 people.\n\nAbout Steppe Grain\nSteppe Grain LLP was founded "
                 "in 2012.", {"company:Steppe Grain"}, id="a-heading-does-not-run-into-a-name"),
    pytest.param("Built by Aral Cement JSC.\nOrda Trans LLP ships it.",
                 {"company:Aral Cement", "company:Orda Trans"}, id="one-name-a-line"),
]


ROUND13_PARTS = [
    pytest.param("Ertis Metals, a subsidiary of Orda Resources, will build a smelter in Pavlodar.",
                 ["Ertis Metals", "Orda Resources"], id="a-subsidiary-of"),
    pytest.param("Sarykol Metals, a subsidiary of Arlan Group, opened the mill.",
                 ["Arlan Group", "Sarykol Metals"], id="a-subsidiary-the-model-calls-a-person"),
    pytest.param("The plant belongs to Zhetysu Foods, an affiliate of Kaspi Agro.",
                 ["Kaspi Agro", "Zhetysu Foods"], id="an-affiliate-of"),
    pytest.param("The mine is run by Karatau Phosphates, a unit of Steppe Capital.",
                 ["Karatau Phosphates", "Steppe Capital"], id="a-unit-of"),
    pytest.param("The mine is operated by Tobol Mining, a unit of Steppe Capital.",
                 ["Steppe Capital", "Tobol Mining"], id="a-unit-named-after-a-place-and-a-sector"),
]


@pytest.mark.xfail(strict=True, reason="rules only: a name without a legal form or a kind word "
                   "is no organization; 'a subsidiary of' is read from the parse")
def test_rules_only_read_no_subsidiary():
    text = "Ertis Metals, a subsidiary of Orda Resources, will build a smelter in Pavlodar."
    found = extract(Article("t", text, published=PUBLISHED), model="none").entities
    assert sorted(e.label for e in found if e.kind == "organization") == [
        "Ertis Metals", "Orda Resources"]


ROUND13_TITLED_REGIONS = [
    pytest.param("Akim (governor) of Kostanay Region Kumar Aksakalov opened the mill.", [],
                 id="a-region-in-an-akims-title-is-no-organization"),
    pytest.param("Akim of Pavlodar Region Asain Baikhanov opened the plant.", [],
                 id="a-region-before-the-name-is-no-organization"),
    pytest.param("Director of KAZ Minerals Andrew Southam said so.", ["KAZ Minerals"],
                 id="a-business-in-a-title-still-is-one"),
]


# ---- fifteenth round: whole articles of four kinds, written here ----
# A release that reports by region heads each paragraph with the region and a colon; the
# paragraph's projects are in it, not in the region of the article or of the next paragraph.

ROUND15_HEADINGS = [
    pytest.param("Karaganda Region: 8 projects worth 90 billion tenge. In Temirtau, a pipe plant "
                 "of Steppe Pipe LLP was put into operation.\n\nJambyl Region: 5 projects. A "
                 "sugar factory in Merke started production.",
                 {"pipe-plant": "karaganda", "sugar-factory": "jambyl"},
                 id="two-headed-paragraphs"),
    pytest.param("Abai Region: 3 projects.\nIn Semey, a meat processing plant opened.",
                 {"meat-processing-plant": "abai"}, id="the-heading-on-its-own-line"),
    pytest.param("In Temirtau, a pipe plant opened. Karaganda Region: the akim of Abai Region "
                 "praised it.", {}, id="a-heading-after-the-project-places-nothing"),
    pytest.param("Pavlodar Region: 4 projects. A cement plant opened in Ekibastuz.\n\nA brick "
                 "factory opened in Semey, as the akim of Abai Region said.",
                 {"cement-plant": "pavlodar", "brick-factory": "abai"},
                 id="the-next-paragraph-has-no-heading"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), ROUND15_HEADINGS)
def test_a_paragraphs_region_heading_places_its_projects(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    located = {s.subject[1].split("/")[-1]: s.obj[1].split("/")[-1] for s in found.statements
               if s.prop == "locatedIn"}
    assert located == expected


# The owner a press release names in the sentence after a project ("Its investor is X"), where
# another project was named in the sentence before it.
ROUND15_NEXT_OWNER = [
    pytest.param("A flour mill was opened in Aral. A pipe plant is being built in Saran. Its "
                 "investor is Saran Pipe LLP.", {"pipe plant": ["Saran Pipe"]},
                 id="its-investor-after-another-project"),
    pytest.param("A pipe plant is being built in Saran and a flour mill in Aral. Its investor "
                 "is Saran Pipe LLP.", {}, id="two-projects-in-the-sentence-before"),
]


# What "was to be" done, or was postponed, is planned: not launched, whatever the verb.
ROUND15_STATUSES = [
    pytest.param("The gas processing plant in Zhanaozen was to be completed in 2025.",
                 "Planned", id="was-to-be-completed"),
    pytest.param("A cement plant in Saran was to be commissioned in 2024.", "Planned",
                 id="was-to-be-commissioned"),
    pytest.param("A brick factory and a tile plant in Taraz were to be launched in 2024.",
                 "Planned", id="were-to-be-launched"),
    pytest.param("The commissioning of a soda plant in Taraz has been postponed until 2027.",
                 "Planned", id="postponed"),
    pytest.param("A wire plant in Balkhash was launched in 2024. It was to be the first of three.",
                 "Launched", id="an-infinitive-in-the-next-sentence-is-not-the-plants"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), ROUND15_STATUSES)
def test_what_was_to_be_done_is_planned(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    said = [s.obj.lexical for s in found.statements if s.prop == "status"]
    assert said and set(said) == {expected}


# A line or a furnace put in at a plant is a project of its own (a line needs no name where it
# says what it does: "assembly line", "production line"); a line alone still needs one.
ROUND15_HEADS = [
    pytest.param("Orda Motors LLP opened a bus assembly line in Kostanay.", ["bus assembly line"],
                 id="an-assembly-line"),
    pytest.param("A new production line for glass bottles was put into operation.",
                 ["production line for glass bottles"], id="a-production-line"),
    pytest.param("Ertis Steel LLP launched a second electric arc furnace.",
                 ["electric arc furnace"], id="a-furnace"),
    pytest.param("The line was opened in May.", [], id="a-line-alone-needs-a-name"),
    pytest.param("A glass plant in the Ontustik special economic zone is under construction.",
                 ["glass plant"], id="an-economic-zone-where-a-plant-is-is-a-place"),
    pytest.param("A special economic zone will be established near Aktau.",
                 ["special economic zone"], id="an-economic-zone-created-is-a-project"),
]


# Rules only: work said to be under way before a plan in the same clause is the status; the
# plan is the work's end ("is being built and will be completed in 2027").
ROUND15_ONGOING = [
    pytest.param("a grain plant is being built by X and will be completed in 2027",
                 ("under construction", "is being built"), id="being-built-then-will"),
    pytest.param("a wind farm is under construction and is expected to come on stream in 2027",
                 ("under construction", "under construction"),
                 id="under-construction-then-expected"),
    pytest.param("a wind farm will be built next to the one under construction",
                 ("planned", "will be"), id="a-plan-first-stays-a-plan"),
    pytest.param("a copper plant built by X reached its design capacity",
                 ("launched", "reached its design capacity"), id="reached-its-design-capacity"),
]


# Misses the fifteenth round's articles leave, that a reader would expect.
ROUND15_QUANTITIES_LEFT = [pytest.param(  # read since session 16 ("measure_units")
    "a desalination plant with a capacity of 50,000 cubic meters a day", [("50000", "m3/day")],
    id="cubic-metres-a-day"), *missed("a count whose noun is left out after the first of a list "
                                      "is no figure", [
    pytest.param("the food industry accounts for 14 projects, the chemical industry for 7",
                 [("14", "projects"), ("7", "projects")], id="a-count-whose-noun-is-elided"),
])]


@pytest.mark.xfail(strict=True, reason="a product's name before 'producers' only describes the "
                   "businesses ('a mining company'); in a list by industry it names the branch")
def test_producers_of_a_branch_in_a_list_by_industry_name_it():
    text = ("By industry, metallurgy leads with 11 projects. Building materials producers "
            "completed 5 projects.")
    assert [m.key for m in sectors.sectors(text)] == ["sector/metallurgy",
                                                       "sector/building-materials"]


# ---- fourteenth round: whole articles of four kinds, written here ----

ROUND14_ORGANIZATIONS = [
    pytest.param("In September Steppe Zinc JSC opened a mill.", {"company:Steppe Zinc"},
                 id="a-month-before-a-name-is-no-part-of-it"),
    pytest.param("Kazakh Invest National Company JSC signed it.",
                 {"company:Kazakh Invest"},  # "National Company" is a legal form's place
                 id="a-nationality-before-a-business-word-is-part-of-the-name"),
    pytest.param("China's Orda Cement Ltd will build a kiln.", {"company:Orda Cement"},
                 id="a-countrys-possessive-is-no-part-of-the-name"),
    pytest.param("Turkey's Aral Kimya A.S. signed the deal.", {"company:Aral Kimya"},
                 id="a-turkish-legal-form"),
    pytest.param("Aral Kimya chairman Murat Demir said so.", {"company:Aral Kimya"},
                 id="a-name-before-an-officer-and-a-person"),
    pytest.param("Steppe Cathode President Kim Ji-hoon came.", {"company:Steppe Cathode"},
                 id="a-name-before-a-capitalised-officer"),
    pytest.param("Deputy Chairman Aidar Nurov met US President John Smith and Kazakhstan "
                 "President Ivan Petrov.", set(), id="a-title-or-a-country-before-an-officer"),
    pytest.param("Turkish President Ahmet Kaya came.", set(),
                 id="a-nationality-before-an-officer"),
]


NAMED_AGAIN = [
    pytest.param("Orda Steel JSC opened a mill. Orda Steel said it will grow.",
                 ["Orda Steel JSC", "Orda Steel"], id="a-name-said-again-without-its-form"),
    pytest.param("Qarasu LLP opened a mill; Qarasu will grow.", ["Qarasu LLP", "Qarasu"],
                 id="one-word-said-again"),
    pytest.param("Kazakhstan LLP opened a mill in Kazakhstan.", ["Kazakhstan LLP"],
                 id="a-country-is-not-said-again"),
    pytest.param("Aral Kimya chairman Murat Demir said Aral Kimya would build it.",
                 ["Aral Kimya", "Aral Kimya"], id="a-business-before-an-officer-said-again"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AGAIN)
def test_a_name_found_by_its_shape_is_found_again(text, expected):
    assert [m.text for m in organizations.organizations(text)] == expected


@pytest.mark.parametrize(("text", "expected", "model"), [
    pytest.param("Hanjin Steppe President Park Min-soo said so.", {"Park Min-soo"}, "none",
                 id="a-hyphenated-given-name-in-lowercase-rules-only"),
    pytest.param("Hanjin Steppe President Park Min-soo said so.", {"Park Min-soo"}, None,
                 id="a-hyphenated-given-name-in-lowercase-model"),
    pytest.param("Egemen Kimya chairman Mehmet Aksoy said Egemen Kimya saw a base for exports.",
                 {"Mehmet Aksoy"}, None, id="the-business-before-an-officer-is-no-person"),
])
def test_persons_of_the_fourteenth_round(text, expected, model):
    found = {e.label for e in extract(Article("t", text, published=PUBLISHED), model=model)
             .entities if e.kind == "person"}
    assert found == expected


ROUND14_SECTORS = [
    pytest.param("Growth was led by light industry and the production of building materials.",
                 ["sector/light-industry", "sector/building-materials"],
                 id="the-production-of-a-branchs-products"),
    pytest.param("The output of chemicals rose by 9%.", ["sector/chemical-industry"],
                 id="the-output-of-chemicals"),
    pytest.param("They opened a plant for the production of building materials.", [],
                 id="a-plants-product-is-no-sector"),
    pytest.param("It plans to raise the share of manufacturing to 15%.", ["sector/manufacturing"],
                 id="the-share-of-a-branch"),
    pytest.param("The growth of construction slowed; the construction of the plant did not.",
                 ["sector/construction-industry"], id="the-growth-of-a-branch"),
    pytest.param("The share of renewable energy is small.", [],
                 id="a-kind-of-energy-is-no-branch"),
    pytest.param("Building materials are the next bet.", ["sector/building-materials"],
                 id="a-products-name-as-a-sentences-subject",
                 marks=pytest.mark.xfail(strict=True, reason="a word that is also a product "
                                         "names a sector only beside a sector word, in a list, "
                                         "with its figures or as 'the production of'")),
]


@pytest.mark.parametrize(("text", "expected"), ROUND14_SECTORS)
def test_sectors_of_the_fourteenth_round(text, expected):
    assert [m.key for m in sectors.sectors(text)] == expected


def test_each_item_of_a_list_is_a_sentence_cued_by_its_lead():
    text = ("Planned for 2027:\n- a cotton processing cluster in Aral;\n"
            "- an oilseed processing plant in Taraz.\n\nIt also has a cluster of shops.")
    from kzgraph.extract.text import sentences
    spans = [(s.start, s.end) for s in sentences(text)]
    assert [text[b:e] for b, e in spans][:3] == [
        "Planned for 2027:", "- a cotton processing cluster in Aral;",
        "- an oilseed processing plant in Taraz."]
    assert {m.key for m in projects.projects(text, spans)} == {
        "cotton processing cluster", "oilseed processing plant"}


ROUND14_PROGRAMS = [
    pytest.param("It is funded under the Concept for the Development of the Manufacturing "
                 "Industry for 2023-2029.",
                 ["name:Concept for the Development of the Manufacturing Industry"],
                 id="a-concept-for-the-development-of"),
    pytest.param("The Concept of the new plant was shown to investors.", [],
                 id="a-plants-concept-of-is-still-no-program"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND14_PROGRAMS)
def test_programs_of_the_fourteenth_round(text, expected):
    assert [m.key for m in programs.programs(text)] == expected


BARE_HEADS_NAMED_BEFORE = [
    pytest.param("Orda Chem is building a caustic soda plant in Taraz. The $200 million plant "
                 "is 80% complete.", ["caustic soda plant"], id="the-priced-bare-head-again"),
    pytest.param("A cement plant opened in Taraz. The new plant employs 300 people.",
                 ["cement plant"], id="the-new-bare-head-again"),
]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("- a wind farm in Zhetysai district, being built by the Chinese company Sunway "
                 "Energy.", {"wind farm": "Sunway Energy"}, id="built-by-the-company-x"),
    pytest.param("- a meat processing complex of the company Orda Agro Invest in Shardara "
                 "district;", {"meat processing complex": "Orda Agro Invest"},
                 id="of-the-company-x"),
    pytest.param("The holding Kazakhstan plans a cement plant.", {},
                 id="a-country-after-a-cue-noun-is-no-name"),
])
def test_rules_only_read_a_name_a_cue_noun_calls_a_business(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    labels = {e.key: e.label for e in found.entities}
    assert {labels[s.subject.key]: labels[s.obj.key] for s in found.statements
            if s.prop == "company"} == expected


# ---- the sixteenth round's articles: owners as other outlets name them, figures ----

# Legal forms a regional paper writes: a limited partnership, a peasant farm, an individual
# entrepreneur; a nationality before a business word stays in the name.
ROUND16_ORGANIZATIONS = [
    pytest.param("The grain terminal of KazAgroTrade LP will open.", {"company:KazAgroTrade"},
                 id="lp-suffix"),
    pytest.param("Milk comes from the Bereke peasant farm and private households.",
                 {"company:Bereke"}, id="peasant-farm-after-the-name"),
    pytest.param("IE Kuanyshev is finishing a brick works.", {"company:Kuanyshev"},
                 id="ie-before-the-name"),
    pytest.param("The Emirati group Al Noor Holding signed it.", {"company:Al Noor Holding"},
                 id="a-nationality-before-group-is-no-name"),
]


ROUND16_PERSONS = [
    pytest.param("The glass is cheap, Kim Jae-won, chief executive of Daesan Glass, told "
                 "reporters.", {"Kim Jae-won"}, id="a-lowercase-part-after-a-hyphen"),
    pytest.param("It is the backbone, said the akim of Zhaksy district Nurlan Sadvakasov.",
                 {"Nurlan Sadvakasov"}, id="akim-of-a-district"),
    pytest.param("The mayor of Aksu city Arman Oraz came.", {"Arman Oraz"}, id="mayor-of-a-city"),
    pytest.param("It is the largest, Marat Zhaksy, the region's governor, said.", {"Marat Zhaksy"},
                 id="a-possessive-before-the-title-after-the-name"),
    pytest.param("The head of the farm, Marat Zhunusov, says the mill will open.",
                 {"Marat Zhunusov"}, id="head-of-a-common-noun-between-commas"),
    pytest.param("The owner, Serik Kuanyshev, has invested 520 million tenge.",
                 {"Serik Kuanyshev"}, id="the-owner-between-commas"),
    pytest.param("Its owner Steppe Metals has invested in it.", set(),
                 id="an-owner-with-a-business-word-is-no-person"),
    pytest.param("We started with one truck, recalls Gulnar Abdrakhmanova.",
                 {"Gulnar Abdrakhmanova"}, id="after-a-verb-of-saying-a-surname"),
    pytest.param("The plant opened, said Kazakh Invest.", set(),
                 id="after-a-verb-of-saying-a-business"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_an_owner_that_is_a_peasant_farm(model):
    text = "The third project is a feed mill of the Altyn Dala peasant farm, launched in July."
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [e.label for e in found.entities if e.kind == "project"] == ["feed mill"]
    assert [(labels[s.subject.key], labels[s.obj.key]) for s in found.statements
            if s.prop == "company"] == [("feed mill", "Altyn Dala")]


# A digest's paragraphs headed by a region and a full stop ("AKTOBE REGION. ...", or in capitals
# and a dash) place their projects in it, as a heading before a colon does.
ROUND16_DIGEST = (
    "Three regions reported. North Kazakhstan Region leads.\n\n"
    "AKTOBE REGION. A smelter opened. A cement plant is being built near Aktobe.\n\n"
    "JAMBYL REGION - A sugar factory will be built in Merke.\n\n"
    "Pavlodar Region. A feed mill opened in Aksu."
)


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_heading_in_capitals_places_its_paragraphs_projects(model):
    found = extract(Article("t", ROUND16_DIGEST, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert {labels[s.subject.key]: s.obj.key for s in found.statements
            if s.prop == "locatedIn"} == {"smelter": "aktobe",  # a smelter alone since
                                          "cement plant": "aktobe",  # session 16
                                          "sugar factory": "jambyl",
                                          "feed mill": "pavlodar"}


ROUND16_QUANTITIES = [
    pytest.param("The project gave work to 540 residents.", [("540", "jobs")],
                 id="work-to-residents"),
    pytest.param("The town is home to 7,000 residents.", [], id="residents-are-no-jobs"),
    pytest.param("It will make 12 million bricks annually.", [("12000000", "units/year")],
                 id="any-product-annually"),
    pytest.param("It will assemble 12 thousand pumps a year.", [("12000", "units/year")],
                 id="any-product-a-year"),
    pytest.param("The shop works 300 days a year, 3 shifts a day.", [],
                 id="time-counted-a-year-is-no-product"),
    pytest.param("Its capacity is 8 tons of compound feed an hour.", [("8", "t/hour")],
                 id="tons-an-hour"),
    pytest.param("Every day the plant turns 15 tons of milk into kefir.", [("15", "t/day")],
                 id="every-day-before-the-tons"),
]


# Rules only, a name a cue noun calls a business (before or after it), or the agent of a passive
# of building, is an organization; no place, title, nationality or government body.
ROUND16_CALLED = [
    pytest.param("Turkish contractor Yapi Merkezi will build the spur.", ["Yapi Merkezi"],
                 id="after-a-cue-noun"),
    pytest.param("South Korean glassmaker Daesan Glass will build it.", ["Daesan Glass"],
                 id="after-a-maker"),
    pytest.param("In Taraz, the Kazphosphate company is expanding.", ["Kazphosphate"],
                 id="between-the-and-a-cue-noun"),
    pytest.param("A solar plant to be built by Masdar Green Energy.", ["Masdar Green Energy"],
                 id="agent-of-a-passive-of-building"),
    pytest.param("The Aktobe company and the Kazakh firm met the company Director.", [],
                 id="a-town-a-nationality-a-title"),
    pytest.param("It was built by the Government of Kazakhstan.", [], id="a-government-body"),
    pytest.param("The Aral company Orda Leather opened a tannery.", ["Orda Leather"],
                 id="the-name-after-the-noun"),
    pytest.param("In January, Hanwul Chemical opened a PVC pipe plant.", ["Hanwul Chemical"],
                 id="a-name-opening-a-clause-that-opens-a-plant"),
    pytest.param("Steppe Agro will build a new dairy farm.", ["Steppe Agro"],
                 id="a-name-that-will-build-a-farm"),
    pytest.param("In May, Serik Akhmetov opened the new plant.", [],
                 id="a-name-ending-as-a-surname-is-no-business"),
    pytest.param("Orda Tulpar opened a school.", [], id="a-school-is-no-facility"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND16_CALLED)
def test_names_called_a_business_rules_only(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none").entities
    assert [e.label for e in found if e.kind == "organization"] == expected


# An owner attached to one listed project is not the next one's, with the model or without; a
# verb over both is both's.
ROUND16_LISTED_OWNER = [
    pytest.param("Another two, a poultry farm of Kus-Ata LLP and a meat-packing plant, are at "
                 "the design stage.", {"poultry farm": ["Kus-Ata"]}, id="of-the-first-only"),
    pytest.param("Orda Agro LLP will build a poultry farm and a feed mill.",
                 {"poultry farm": ["Orda Agro"], "feed mill": ["Orda Agro"]},
                 id="the-subject-builds-both"),
]


# Misses the sixteenth round's articles leave, that a reader would expect.
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The dairy of Gulnar Nurova opened its doors in March.", ["dairy"],
                 id="a-dairy-by-its-bare-noun"),
])  # ("a brick works" left this list in session 19: test_appositions_places_and_works)
@pytest.mark.xfail(strict=True, reason="a facility named by a bare noun ('the dairy') is no "
                   "project")
def test_projects_the_sixteenth_round_leaves(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert [e.label for e in found if e.kind == "project"] == expected


# An infinitive passive set off after the project and its places ("..., to be built by X") is
# a plan, though it hangs from the sentence's verb ("concerns"), which says no status (a known
# gap until session 18's "to be built" marker).
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_project_to_be_built_by_a_company_is_planned(model):
    text = ("The second memorandum concerns a wind farm of 50 MW in the Abai Region, near the "
            "town of Ayagoz, to be built by Orda Wind LLP.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [s.obj.lexical for s in found.statements if s.prop == "status"] == ["Planned"]


# Rules only, an active verb of building in progress is work under way, before a plan in the
# clause too ("X is building a plant, which is to be completed in 2025").
ROUND16_ONGOING = [
    pytest.param("Orda Cement is building a cement plant, which is to be completed in 2025",
                 ("under construction", "is building"), id="is-building-then-is-to-be"),
    pytest.param("the Orda company is expanding its soda plant; the expansion will add 210 jobs",
                 ("under construction", "is expanding"), id="is-expanding-then-will"),
    pytest.param("Orda Grain LP is finishing a grain terminal in Taiynsha",
                 ("under construction", "is finishing"), id="is-finishing"),
    pytest.param("Orda Grain LP will be building a terminal", ("planned", "will be"),
                 id="a-future-stays-a-plan"),
]


# ---- the seventeenth round: four whole articles written for it ----

def _companies(found) -> dict[str, str]:
    labels = {e.key: e.label for e in found.entities}
    return {labels[s.subject.key]: labels[s.obj.key] for s in found.statements
            if s.prop == "company"}


# A plant that resumes work after standing idle is launched again; a launch that slipped or was
# delayed is a plan; serial or commercial production started is a launch.
ROUND17_STATUSES = [
    pytest.param("A tile factory in Taraz resumed production in March after two idle years.",
                 "Launched", id="resumed-production"),
    pytest.param("The bakery plant of Nan Zhol LLP in Aral restarted operations in May.",
                 "Launched", id="restarted-operations"),
    pytest.param("The cable plant of Orda Cable LLP, which started serial production in May, "
                 "employs 200 people.", "Launched", id="started-serial-production"),
    pytest.param("The launch of a copper smelter in Aktogay was delayed until 2027.", "Planned",
                 id="a-launch-delayed"),
    pytest.param("The opening of a 50 MW solar power station near Balkhash slipped to 2026.",
                 "Planned", id="an-opening-slipped"),
    pytest.param("Balkhash Wire LLP resumed construction of a wire plant in Balkhash.",
                 "UnderConstruction", id="resumed-construction"),
    pytest.param("Steppe Glass LLP is constructing a float glass plant near Kentau.",
                 "UnderConstruction", id="is-constructing"),
    pytest.param("The fund lent 9 billion tenge for a pasta factory of Aral Foods LLP in Aralsk. "
                 "The factory will make 20,000 tons a year. Construction is to begin in October.",
                 "Planned", id="construction-is-to-begin-two-sentences-after"),
    pytest.param("A loan was approved for a pasta factory of Aral Foods LLP in Aralsk. Its "
                 "construction is to start in 2026.", "Planned", id="its-construction-is-to-start"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), ROUND17_STATUSES)
def test_statuses_of_the_seventeenth_round(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    said = [s.obj.lexical for s in found.statements if s.prop == "status"]
    assert said == [expected]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_work_named_three_sentences_after_is_not_the_projects(model):
    text = ("A loan was approved for a pasta factory in Aralsk. Flour prices rose. Exports grew. "
            "Construction is to begin in October.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [s for s in found.statements if s.prop == "status"] == []


# A sentence that opens by referring back to what the one before counted ("The largest of
# them", "Among them", "The biggest is") speaks of that sentence's region and status.
ROUND17_BACK_REFERENCE = [
    pytest.param("Abai Region opened a mill. Jambyl Region commissioned 9 projects in 2024. The "
                 "largest of them, a sugar factory in Merke, cost 20 billion tenge.",
                 {"sugar factory": ("jambyl", "Launched")}, id="the-largest-of-them"),
    pytest.param("Abai Region opened a mill. Jambyl Region commissioned 9 projects in 2024. The "
                 "biggest is a sugar factory in Merke.",
                 {"sugar factory": ("jambyl", "Launched")}, id="the-biggest-is"),
    pytest.param("Abai Region opened a mill. Jambyl Region commissioned 9 projects in 2024. A "
                 "sugar factory in Merke cost 20 billion tenge.",
                 {"sugar factory": (None, None)}, id="no-reference-back"),
    pytest.param("Abai Region and Jambyl Region commissioned 9 projects. The largest of them, a "
                 "sugar factory in Merke, cost 20 billion tenge.",
                 {"sugar factory": (None, "Launched")}, id="two-regions-before"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), ROUND17_BACK_REFERENCE)
def test_a_sentence_referring_back_takes_region_and_status(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    said = {labels[e.key]: [None, None] for e in found.entities
            if e.kind == "project" and e.label != "mill"}
    for s in found.statements:
        if labels.get(s.subject.key) in said and s.prop in ("locatedIn", "status"):
            value = s.obj[1] if s.prop == "locatedIn" else s.obj.lexical
            said[labels[s.subject.key]][s.prop == "status"] = value
    assert {k: tuple(v) for k, v in said.items()} == expected


# A facility named again by its place or owner ("the Temirtau mill"), or after "the" with
# participles only ("the relaunched plant"), is the project named with that head before (or,
# in a headline, the one a later sentence places there); a plant in another place is another.
ROUND17_NAMED_AGAIN = [
    pytest.param("Orda Steel LLP opened a wire rod mill in Temirtau in May. The Temirtau mill "
                 "employs 400 people.", ["wire rod mill"], id="by-its-place"),
    pytest.param("Ertis Alloys restarts the Aksu ferroalloy plant\n\nThe ferroalloy plant in "
                 "Aksu, Pavlodar Region, resumed production in May.", ["Aksu ferroalloy plant"],
                 id="a-headline-by-its-place"),
    pytest.param("Kazakhmys opened a copper rod plant in May. Two years on, the Kazakhmys plant "
                 "makes 60,000 tons a year.", ["copper rod plant"], id="by-its-owner"),
    pytest.param("A cement plant in Shieli resumed production in May. The relaunched plant "
                 "employs 300 people.", ["cement plant"], id="the-relaunched-plant"),
    pytest.param("A cement plant opened in Shieli. The Taraz plant will follow in 2026.",
                 ["Taraz plant", "cement plant"], id="another-place-another-plant"),
]


# Who owns a plant, told in the sentence after: "Its new owner, X," (model and rules) and,
# with the model, "The 5-billion-tenge mill of X" or "The project of X" opening that sentence.
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_its_new_owner_in_the_sentence_after(model):
    text = ("A brick plant in Arys resumed production in June. Its new owner, Arys Keramika LLP, "
            "spent 2 billion tenge on it.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _companies(found) == {"brick plant": "Arys Keramika"}


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The tile plant in Aksu, which stood idle for two years, resumed production in "
                 "May under a new owner, Ertis Keramika Group.",
                 {"tile plant": "Ertis Keramika Group"}, id="under-a-new-owner-x"),
    pytest.param("A glass plant in Kentau reopened in May under its new owner Kentau Glass LLP.",
                 {"glass plant": "Kentau Glass"}, id="under-its-new-owner-x"),
    pytest.param("A glass plant in Kentau reopened in May under a loan from Steppe Bank JSC.", {},
                 id="under-a-loan-from-a-lender"),
])
def test_a_plant_under_a_new_owner(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


BARE_HEAD_OF_X_AFTER = [
    pytest.param("A wool mill was opened in Kostanay Region. The 5-billion-tenge mill of Dala "
                 "Textile LLP employs 150 people.", {"wool mill": "Dala Textile"},
                 id="the-priced-head-of-x"),
    pytest.param("Work began on a soda ash plant near Zhanatas. The project of Zhanatas Soda LLP "
                 "will cost $200 million.", {"soda ash plant": "Zhanatas Soda"},
                 id="the-project-of-x"),
]


# With the model, the subject of a relative clause of building whose object is the project, on
# the project or on the place after it ("a plant near X, which Y will build").
BUILDERS_IN_RELATIVE_CLAUSES = [
    pytest.param("The largest is a wind farm near Arkalyk, which the Danish company Nordvind "
                 "Power will build in 2026.", {"wind farm": "Nordvind Power"},
                 id="on-the-place-after-the-project"),
    pytest.param("They include a pipe plant in Aksu, Pavlodar Region, which Aksu Pipe LLP is "
                 "building.", {"pipe plant": "Aksu Pipe"}, id="on-the-region-after-the-place"),
    pytest.param("A flour mill in Aral, which Aral Foods LLP built in 2019, was sold.",
                 {"flour mill": "Aral Foods"}, id="a-past-relative-clause"),
    pytest.param("A cement plant, which Orda Cement LLP is building in Shieli, will open in 2026.",
                 {"cement plant": "Orda Cement"}, id="on-the-project"),
    pytest.param("They include a copper cathode plant in Aktogay, which Ertis Minerals is "
                 "building.", {"copper cathode plant": "Ertis Minerals"},
                 id="the-eleventh-rounds-relative-clause"),
    pytest.param("A wind farm near Arkalyk, which Kazakhstan needs badly, will open in 2026.", {},
                 id="a-clause-of-no-building"),
]


# Rules only, in a sentence that names two projects, the words before ", and" after the first
# are the first's: its status and its company are not the second's; a company in the lead
# before both is both's.
ROUND17_TWO_CLAUSES = [
    pytest.param("A flour mill in Aral is under construction, and the launch of a 20 MW solar "
                 "power station near Aral slipped to 2027.",
                 {"flour mill": ("UnderConstruction", None),
                  "20 MW solar power station": ("Planned", None)}, id="a-status-per-clause"),
    pytest.param("A flour mill in Aral is under construction, and a brick plant of 3 billion "
                 "tenge is to open in Shieli.",
                 {"flour mill": ("UnderConstruction", None), "brick plant": ("Planned", None)},
                 id="is-to-open"),
    pytest.param("A cement plant in Shieli that Shieli Cement LLP is building is nearly done, and "
                 "a solar power station near Aral was postponed.",
                 {"cement plant": ("UnderConstruction", "Shieli Cement"),
                  "solar power station": ("Planned", None)}, id="a-company-per-clause"),
    pytest.param("Orda Group LLP will build a cement plant in Shieli and a lime plant in Aral.",
                 {"cement plant": ("Planned", "Orda Group"),
                  "lime plant": ("Planned", "Orda Group")},
                 id="the-leads-company-is-both"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND17_TWO_CLAUSES)
def test_rules_only_two_projects_in_two_clauses(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    labels = {e.key: e.label for e in found.entities}
    said = {e.label: [None, None] for e in found.entities if e.kind == "project"}
    for s in found.statements:
        if s.prop == "status":
            said[labels[s.subject.key]][0] = s.obj.lexical
        elif s.prop == "company":
            said[labels[s.subject.key]][1] = labels[s.obj.key]
    assert {k: tuple(v) for k, v in said.items()} == expected


# A plant that changed hands is one project: its buyer is its company (with the model, the
# subject of "bought", "acquired"), and its owner's word before its head names it again ("the
# company's new mill", "Its modernised plant") in the two sentences after; a plant with another
# head is another one.
BUYERS = [
    pytest.param("In 2021 Aksu Alloys LLP acquired the idle ferroalloy plant in Aksu.",
                 {"ferroalloy plant": "Aksu Alloys"}, id="acquired"),
    pytest.param("Orda Steel bought a wire plant in Temirtau in 2022.",
                 {"wire plant": "Orda Steel"}, id="bought"),
]


ROUND17_OWNED_AGAIN = [
    pytest.param("Orda Steel LLP bought a rolling mill in Temirtau in 2022. The company's new "
                 "mill will be relaunched in 2026.", {"rolling mill": "Planned"},
                 id="the-companys-new-mill"),
    pytest.param("Orda Steel LLP bought a wire plant in Temirtau in 2022. Its modernised plant "
                 "will be relaunched in 2026.", {"wire plant": "Planned"},
                 id="its-modernised-plant"),
    pytest.param("Orda Steel LLP opened a rolling mill in Temirtau. Its plant in Aral was to be "
                 "sold.", {"rolling mill": "Launched"}, id="its-plant-with-another-head"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), ROUND17_OWNED_AGAIN)
def test_a_plant_its_owner_names_again(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert sorted(e.label for e in found.entities if e.kind == "project") == sorted(expected)
    assert {labels[s.subject.key]: s.obj.lexical for s in found.statements
            if s.prop == "status"} == expected


# Misses the seventeenth round's articles leave, that a reader would expect.
# (A strict xfail until session 19: "brick works" and the like are now heads of two words, so
# "construction works" stays the work done.)
def test_brick_works_are_a_facility():
    found = extract(Article("t", "Keramika LLP is modernising the brick works in Arkalyk.",
                            published=PUBLISHED), model="none").entities
    assert [e.label for e in found if e.kind == "project"] == ["brick works"]


# A plant a company runs is read as held, not as operating ("X, which runs the mill, plans to
# double its output" must not launch the mill); since session 13 the clause the parse hangs on
# the plant's place ("in Pavlodar, which it modernised in 2022") tells of the plant.
def test_a_plant_a_company_runs_is_operating():
    found = extract(Article("t", "The group already runs a steel structures plant in Pavlodar, "
                            "which it modernised in 2022.", published=PUBLISHED))
    assert [s.obj.lexical for s in found.statements if s.prop == "status"] == ["Launched"]


# ---- the eighteenth round: owners as a business weekly, a holding and the farm press name them --

ROUND18_OWNERS = [
    pytest.param("The brick plant in the park belongs to Orda Keramika LLP.",
                 {"brick-plant": "Orda Keramika"}, id="belongs-to"),
    pytest.param("The brick plant sells its bricks to Orda Trade LLP.", {},
                 id="sold-to-is-still-a-buyer"),
    pytest.param("Altyn Dala Foods plans a dairy plant worth 3 billion tenge.",
                 {"dairy-plant": "Altyn Dala Foods"}, id="plans-a-plant-worth"),
    pytest.param("In May, the Kyzyl Tan agricultural cooperative, which unites nine farms, opened "
                 "a flour mill.", {"flour-mill": "Kyzyl Tan"}, id="the-x-agricultural-cooperative"),
    pytest.param("A feed mill of the Zhuldyz Et cooperative will open in 2027.",
                 {"feed-mill": "Zhuldyz Et"}, id="of-the-x-cooperative"),
    pytest.param("Qazaq Metals, a subsidiary of the holding, is building a steel plant in "
                 "Pavlodar.",
                 {"steel-plant": "Qazaq Metals"}, id="x-a-subsidiary-of"),
    pytest.param("Orda Gas, the group's gas transport unit, is building a gas processing plant "
                 "with its partner KazMunayGas.", {"gas-processing-plant": "Orda Gas"},
                 id="x-the-groups-unit"),
    pytest.param("Serik Akhmetov, the unit's head, opened the cement plant.", {},
                 id="a-person-before-a-units-title"),
    pytest.param("Next year, a railcar repair depot of Orda Rail will open in Ekibastuz.",
                 {"railcar-repair-depot": "Orda Rail"}, id="a-depot-of-a-two-word-name"),
    pytest.param("A bakery of Serik Akhmetov opened in Ekibastuz.", {},
                 id="a-bakery-of-a-person"),
]


ROUND18_FRONTED = [
    pytest.param("In Akmola Region, the Altyn Masak agricultural cooperative, which unites 11 "
                 "farms, opened a flour mill in May.", {"flour-mill": "Altyn Masak"},
                 id="the-subject-after-a-fronted-place"),
    pytest.param("In Kostanay Region, the peasant farm Bereke is building a flour mill.",
                 {"flour-mill": "Bereke"}, id="the-peasant-farm-x"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND18_FRONTED)
def test_owners_after_a_fronted_place_rules_only(text, expected):
    owners = _owners(text, "none")
    assert {k: owners.get(k) for k in expected} == expected  # "the peasant farm" is one too


ROUND18_FRONTED_WITH_THE_MODEL = missed("the small model tags 'Altyn Masak' a nationality (NORP) "
                                        "and finds no name after 'the peasant farm'; where it "
                                        "tags the name an ORG, relations.company takes the "
                                        "subject it hangs from the fronted place", ROUND18_FRONTED)


ROUND18_ORGANIZATIONS = [
    pytest.param("The plant was financed by the Asian Bank for Infrastructure and Trade.",
                 ["Asian Bank for Infrastructure and Trade"], id="a-bank-for-y-and-z"),
    pytest.param("The loan came from Orient Bank Kazakhstan.", ["Orient Bank Kazakhstan"],
                 id="a-bank-with-its-country"),
    pytest.param("The Development Bank of Kazakhstan lent 40 billion tenge.",
                 ["Development Bank of Kazakhstan"], id="a-bank-of-a-country"),
    pytest.param("It was signed by Kazakh Invest chairman Aidar Nurov.", ["Kazakh Invest"],
                 id="a-nationality-before-a-business-word-and-an-officer"),
    pytest.param("It was signed by the Kazakh Steppe chairman Aidar Nurov.", ["Steppe"],
                 id="a-nationality-before-another-word-is-dropped"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND18_ORGANIZATIONS)
def test_organizations_of_the_eighteenth_round(text, expected):
    assert [m.text for m in organizations.organizations(text)
            if m.rule != "org-named-again"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("It was signed by Orda Invest chairman Daniyar Tolegenov.", ["Daniyar Tolegenov"],
                 id="a-chairman-in-lowercase-before-the-name"),
    pytest.param("The chairman said the plant would open.", [], id="a-chairman-without-a-name"),
])
def test_persons_of_the_eighteenth_round(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none").entities
    assert [e.label for e in found if e.kind == "person"] == expected


# ---- the nineteenth round: four whole articles written for it ----

ROUND19_CALLED = [
    pytest.param("Kyzyl Zhar Mining, a Kazakh copper and zinc producer, plans a mine.",
                 ["Kyzyl Zhar Mining"], id="in-apposition-to-a-cue-after-a-coordination"),
    pytest.param("Orda Tyres, the largest tire producer in the country, grew.", ["Orda Tyres"],
                 id="in-apposition-with-words-after-the-cue"),
    pytest.param("Serik Akhmetov, a local steel producer, said so.", [],
                 id="a-person-in-apposition-to-a-cue"),
    pytest.param("Aidar Nurov, a company director, said so.", [], id="a-cue-before-a-title"),
]


@pytest.mark.parametrize("model", [None, "none"])
def test_a_sector_word_ends_a_business_name(model):
    text = "Kyzyl Zhar Mining, a Kazakh copper and zinc producer, plans a mine near Balkhash."
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert [e.label for e in found if e.kind == "organization"] == ["Kyzyl Zhar Mining"]


@pytest.mark.parametrize("model", [None, "none"])
def test_a_region_in_an_akims_title_is_a_region(model):
    text = "On Friday the akim of Pavlodar Region Asset Nurov opened a cable plant."
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert [e.label for e in found if e.kind == "region"] == ["Pavlodar Region"]


def test_a_title_a_name_follows_is_not_the_name_befores():
    text = "The plant is in the Industrialization Map, Deputy Minister of Energy Ayan Nurov said."
    assert [m.text for m in names.persons(text, None) if m.kind == "person"] == ["Ayan Nurov"]


ROUND19_OWNERS = [
    pytest.param("Kyzyl Zhar Mining plans to spend $1 billion on mines, its chief executive Aidar "
                 "Nurov said. The company will start building a copper mine in Abai Region in "
                 "2027.", {"copper-mine": "Kyzyl Zhar Mining"},
                 id="the-company-after-what-a-sentence-reports"),
    pytest.param("Ertis Foods was founded in 2004 and Ertis Foods sells pasta. Ertis Foods is "
                 "growing. The company plans to build a biscuit factory in Uralsk.",
                 {"biscuit-factory": "Ertis Foods"}, id="a-name-the-model-tags-once"),
]


def test_the_models_person_that_starts_a_business_name_is_that_business():
    text = ("Kyzyl Zhar Mining, a copper producer, plans a mine. Last year Kyzyl Zhar sold "
            "60,000 tons of copper.")
    found = extract(Article("t", text, published=PUBLISHED)).entities
    assert [e.label for e in found if e.kind == "person"] == []


@pytest.mark.xfail(strict=True, reason="rules only, 'the company' is not tied to the business "
                   "the sentence before names (the parse's _the_company_before has no rules-only "
                   "twin)")
def test_the_company_after_what_a_sentence_reports_rules_only():
    text = ("Kyzyl Zhar Mining plans to spend $1 billion on mines, its chief executive Aidar "
            "Nurov said. The company will start building a copper mine in Abai Region in 2027.")
    assert _owners(text, "none").get("copper-mine") == "Kyzyl Zhar Mining"


@pytest.mark.xfail(strict=True, reason="a project in apposition to another ('its third plant, "
                   "a pasta factory') is read as two projects, and 'the company' after a sentence "
                   "whose business is an object ('the family started X') is tied to none")
def test_a_plant_named_again_in_apposition_is_one_project():
    text = ("Ten years ago the Nurov family started Ertis Foods with a bakery. This month the "
            "company opened its third plant, a pasta factory in Uralsk.")
    assert _owners(text, None) == {"pasta-factory": "Ertis Foods"}


# ---- the twenty-first round: borrowers, stalled projects, new lines, a foreign outlet ----

ROUND21_OWNERS = [
    pytest.param("In Akmola Region, the bank lent 8 billion tenge to Kokshe Feed LLP for a feed "
                 "mill in Shchuchinsk.", {"feed-mill": "Kokshe Feed"}, id="lent-to-x-for-a-plant"),
    pytest.param("Halyk Bank approved a loan of 5 billion tenge to Karaganda Foods LLP for the "
                 "construction of a dairy plant in Temirtau.", {"dairy-plant": "Karaganda Foods"},
                 id="a-loan-to-x-for-the-construction"),
    pytest.param("The bank granted Aral Salt LLP a loan for a salt processing plant in Aralsk.",
                 {"salt-processing-plant": "Aral Salt"}, id="granted-x-a-loan"),
    pytest.param("Kazakh Grain LLP is building a flour mill in Kokshetau and will sell flour to "
                 "Baiterek Foods LLP.", {"flour-mill": "Kazakh Grain"},
                 id="sold-to-is-no-borrower"),
    pytest.param("The fund bought shares of Ertis Glass LLP, whose float glass plant in Pavlodar "
                 "opened in 2023.", {"float-glass-plant": "Ertis Glass"}, id="whose-plant"),
    pytest.param("The board approved a loan to Karaganda Foods LLP, whose new dairy plant is under "
                 "construction.", {"dairy-plant": "Karaganda Foods"}, id="a-loan-to-x-whose-plant"),
    pytest.param("The second borrower, Ertis Polymer, will build a film factory in Pavlodar.",
                 {"film-factory": "Ertis Polymer"}, id="the-borrower-x"),
    pytest.param("Agrotech Kostanay JSC is building a plant making seeders in Zatobolsk.",
                 {"plant-making-seeders": "Agrotech Kostanay"}, id="a-plant-making-x"),
]


ROUND21_STATUSES = [
    pytest.param("Construction of the ferrosilicon plant near Aksu was suspended in 2025 after the "
                 "investor lost its financing.", [], id="construction-was-suspended"),
    pytest.param("The sugar refinery in Merke has been cancelled.", [], id="has-been-cancelled"),
    pytest.param("Work on the copper plant in Balkhash is frozen.", [], id="work-is-frozen"),
    pytest.param("The wire rod plant in Balkhash is not stalled: its construction resumed in "
                 "September, and the plant is due to open in 2027.", ["UnderConstruction"],
                 id="construction-resumed-then-a-date"),
    pytest.param("The cement plant in Aktau has stalled.", [], id="has-stalled"),
    pytest.param("The glass plant in Kentau is delayed.", ["Planned"], id="is-delayed"),
    pytest.param("In Taraz, Orda Textile LLP has modernised its spinning mill.", ["Launched"],
                 id="has-modernised"),
    pytest.param("The cement plant in Kentau came back into operation in May.", ["Launched"],
                 id="back-into-operation"),
]


# rules only: "Construction of X resumed" is work under way (the words between are the
# project's: read since session 16), and the date after it is the work's end, no plan
def test_construction_of_a_plant_resumed_rules_only():
    text = ("Construction of the wire rod plant in Balkhash resumed in September, and the plant "
            "is due to open in 2027.")
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    assert [s.obj.lexical for s in found.statements if s.prop == "status"] == ["UnderConstruction"]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The bank lent 9 billion tenge to Orda Agro LLP for a plant making seeders in "
                 "Zatobolsk. The project, worth 12 billion tenge, was put into operation in May.",
                 ["Launched"], id="the-project-in-the-sentence-after"),
    pytest.param("The bank lent 9 billion tenge to Orda Agro LLP for a plant making seeders in "
                 "Zatobolsk. Its dairy farm opened in 2020. The project was put into operation.",
                 [], id="not-after-another-project"),
])
def test_the_project_opening_a_sentence_after_is_the_one_before(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    projects_ = {e.key for e in found.entities if e.kind == "project" and "seeders" in e.label}
    assert [s.obj.lexical for s in found.statements
            if s.prop == "status" and s.subject.key in projects_] == expected


def test_a_workshop_opened_at_a_plant_of_x_is_xs():
    text = ("At the Ekibastuz plant of Ertis Energy Equipment JSC, a new workshop for boiler tubes "
            "was opened in October.")
    assert _owners(text, None).get("workshop-for-boiler-tubes") == "Ertis Energy Equipment"


@pytest.mark.xfail(strict=True, reason="rules only, the business after a plant's 'of' is that "
                   "plant's, and no project after it takes it")
def test_a_workshop_opened_at_a_plant_of_x_is_xs_rules_only():
    text = ("At the Ekibastuz plant of Ertis Energy Equipment JSC, a new workshop for boiler tubes "
            "was opened in October.")
    assert _owners(text, "none").get("workshop-for-boiler-tubes") == "Ertis Energy Equipment"


CONTRACTOR_CLIENTS = [
    pytest.param("Turkish contractor Yapi Merkezi is building a cement plant in Kentau for Orda "
                 "Cement LLP.", {"cement-plant": "Orda Cement"}, id="contractor-x-builds-for-y"),
    pytest.param("The contractor, Sinoma, is building a cement plant for Orda Cement LLP in "
                 "Kentau.", {"cement-plant": "Orda Cement"}, id="the-contractor-x-builds-for-y"),
    pytest.param("Turkish contractor Yapi Merkezi is building a cement plant in Kentau.",
                 {"cement-plant": "Yapi Merkezi"}, id="a-contractor-for-no-one-named"),
    pytest.param("Orda Cement LLP is building a cement plant in Kentau for Aral Trade LLP.",
                 {"cement-plant": "Orda Cement"}, id="no-contractor-no-client"),
]


@pytest.mark.xfail(strict=True, reason="rules only, the first company of the sentence is the "
                   "project's, and a company after 'for' is another party, never the owner")
def test_a_contractor_builds_for_the_owner_rules_only():
    text = ("Turkish contractor Yapi Merkezi is building a cement plant in Kentau for Orda "
            "Cement LLP.")
    assert _owners(text, "none") == {"cement-plant": "Orda Cement"}


# The future of a verb of output says what a plant makes, not that it is planned.
OUTPUT_IS_NO_PLAN = [
    pytest.param("the truck plant of Orda Motors, which will produce 5,000 trucks a year", None,
                 id="which-will-produce"),
    pytest.param("the mill will process 300 tons of grain a day", None, id="will-process"),
    pytest.param("the plant will be able to produce 200 tons", None, id="will-be-able-to"),
    pytest.param("the plant will produce cement and will be built by 2027",
                 ("planned", "will be"), id="a-plan-beside-it-still-counts"),
]


# ---- the twentieth round: owners and operators, holdings, a zone's residents, an interview ----

def _statuses(text: str, model: str | None) -> dict[str, str]:
    """Each project's status as the extractor states it: {project slug: status}."""
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    return {s.subject[1].split("/")[-1]: s.obj.lexical for s in found.statements
            if s.prop == "status"}


ROUND20_OWNERS = [
    pytest.param("Nearby, Orda Roofing is putting up a plant for metal tiles.",
                 {"plant-for-metal-tiles": "Orda Roofing"}, id="putting-up"),
    pytest.param("In Abai Region, Semey Milk LLP, owned by the regional group Ertis Agro Holding, "
                 "opened a dairy plant in Semey.", {"dairy-plant": "Semey Milk"},
                 id="the-builder-not-its-owner-in-apposition"),
    pytest.param("Orda Foods LLP was founded in 2010. Orda Foods sells pasta.\n\nIn 2019 we "
                 "launched a pasta factory in Aksai, and this year we opened a biscuit factory "
                 "in Uralsk.",
                 {"pasta-factory": "Orda Foods", "biscuit-factory": "Orda Foods"},
                 id="we-in-an-interviews-answer"),
    pytest.param('Orda Foods LLP opened a flour mill in May.\n\n"Next year we will open a brick '
                 'plant in Taraz," the akim said.', {"flour-mill": "Orda Foods"},
                 id="we-in-quotation-marks"),
]


ROUND20_STATUSES = [
    pytest.param("Nearby, Orda Roofing is putting up a plant for metal tiles.",
                 {"plant-for-metal-tiles": "UnderConstruction"}, id="putting-up"),
    pytest.param("The park's newest project is a tractor assembly plant worth 9 billion tenge. "
                 "Steppe Machinery LLP will build it; work will start in 2027.",
                 {"tractor-assembly-plant": "Planned"}, id="a-business-will-build-it"),
    pytest.param("In Temirtau, the wire plant of Temir Wire JSC is managed by Ekin Tel. The plant "
                 "was relaunched in May after a stop.", {"wire-plant": "Launched"},
                 id="the-plant-was-relaunched"),
    pytest.param("Orda Foods owns a pasta factory in Uralsk. The factory has 200 workers.", {},
                 id="the-factory-has-no-event"),
]


def test_a_plant_a_company_agrees_to_sell_is_no_plan():
    text = ("Aral Glass LLP agreed in May to sell its glass plant to the Chinese company Hua "
            "Glass Group for $90 million.")
    assert _statuses(text, None) == {}


ROUND20_PARSED_OWNERS = [
    pytest.param("The holding plans to start construction of a cement plant in Zhanatas through "
                 "its subsidiary Karatau Cement LLP.", {"cement-plant": "Karatau Cement"},
                 id="through-its-subsidiary"),
    pytest.param("The park's newest project is a tractor assembly plant worth 9 billion tenge. "
                 "Steppe Machinery LLP will build it; work will start in 2027.",
                 {"tractor-assembly-plant": "Steppe Machinery"}, id="a-business-will-build-it"),
]


# (A strict xfail until session 19, when ``handed`` began reading "through its unit X".)
def test_through_its_unit_rules_only():
    text = "Orda Group will build a glass plant in Taraz through its unit Orda Glass LLP."
    assert _owners(text, "none") == {"glass-plant": "Orda Glass"}


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Interview by Aigerim Sadykova\n\nSteppe Mill Group opened a flour mill in Taraz.",
                 ["Steppe Mill Group"], id="a-byline-above-is-no-part-of-a-name"),
    pytest.param("It needs the consent of the Agency for Regulation of Natural Monopolies.",
                 ["Agency for Regulation of Natural Monopolies"], id="agency-for"),
])
def test_organizations_of_the_twentieth_round(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert [e.label for e in found if e.kind == "organization"] == expected


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_region_after_an_akims_title_and_before_a_comma_is_no_name(model):
    text = "The akim of North Kazakhstan Region, Aidos Serikov, visited the new mill."
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert sorted((e.kind, e.label) for e in found if e.kind in ("person", "region")) == [
        ("person", "Aidos Serikov"), ("region", "North Kazakhstan Region")]


CALLED_WITH_A_CENTRE = [
    pytest.param("Kostanay Agri, a joint venture of two farms, opened a feed mill.",
                 ["Kostanay Agri"], id="a-centres-name-starts-it"),
    pytest.param("Next to it, Polimer Pack Kostanay, a subsidiary of X, opened a plant.",
                 ["Polimer Pack Kostanay"], id="a-centres-name-ends-it"),
    pytest.param("It said the company Kostanay opened a plant.", [], id="a-centres-name-alone"),
    pytest.param("The holding's chemicals arm, Orda Polymers, opened a film plant.",
                 ["Orda Polymers"], id="set-off-by-commas-after-a-part-of-a-business"),
    pytest.param("The arm, and the leg, moved.", [], id="no-name-after-the-part"),
]


ROUND20_NAMED_AGAIN = [
    pytest.param("Aktobe Tube Works is building a plant for spiral-welded pipes. The pipe plant "
                 "is due to be completed in 2027.", ["plant for spiral-welded pipes"],
                 id="a-plant-named-again-by-its-product"),
    pytest.param("In August we opened a plant for breakfast cereals.\n\nWhat did the cereal plant "
                 "cost?\n\nWith our plant that money stays here. It began with a single mill.",
                 ["plant for breakfast cereals"], id="our-plant-a-single-mill"),
    pytest.param("Orda Glass opened a plant for flat glass. The brick plant next to it is older.",
                 ["brick plant", "plant for flat glass"], id="another-product-another-plant"),
]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The lines came from the Italian supplier Forno Tecnica.",
                 [("organization", "Forno Tecnica")], id="a-nationality-and-a-cue-noun"),
    pytest.param("The wire plant is managed by the Turkish group Ekin Tel. Ekin Tel runs "
                 "production there.", [("organization", "Ekin Tel")],
                 id="the-business-named-again-is-no-person"),
])
def test_a_business_a_nationality_and_a_cue_noun_call_one(text, expected):
    found = extract(Article("t", text, published=PUBLISHED)).entities
    assert [(e.kind, e.label) for e in found if e.kind in ("person", "organization")] == expected


COMPANIES_TOLD_AFTER = [
    pytest.param("The zone has a new project, a tractor plant worth 12 billion tenge. Orda "
                 "Machinery LLP will build it.", {"tractor-plant": "Orda Machinery"},
                 id="will-build-it"),
    pytest.param("Since May the brick plant in Saran has had two masters. The plant belongs to "
                 "Saran Keramika LLP, but Orda Build LLP runs it.",
                 {"brick-plant": "Saran Keramika"}, id="the-plant-belongs-to"),
    pytest.param("A cable plant is planned in Taraz. Steppe Cable LLP said prices rose.", {},
                 id="a-business-that-builds-nothing"),
]


BOARD_TITLES = [
    pytest.param("The holding's chairman of the board Aidar Nurov told a briefing.",
                 ["Aidar Nurov"], id="chairman-of-the-board"),
    pytest.param("The chairman of the board of directors of Orda Invest Aidar Nurov said so.",
                 ["Aidar Nurov"], id="of-the-board-of-directors-of-a-business"),
    pytest.param("The chairman of the board said so.", [], id="no-name-after-the-board"),
]


FOUNDERS_AND_ENTREPRENEURS = [
    pytest.param("Orda Brush, an enterprise of the entrepreneur Aliya Nurova, makes brushes.",
                 ["Aliya Nurova"], id="the-entrepreneur"),
    pytest.param("We asked its founder, Aidar Nurov, about the plants.", ["Aidar Nurov"],
                 id="its-founder-between-commas"),
    pytest.param("The founder of the company said so.", [], id="no-name-after-the-founder"),
]


# ---- the twenty-second round: grid and power projects, a livestock complex, a smelter's
# ---- loans, an akimat's half-year list of projects

ROUND22_QUANTITIES = [
    pytest.param("a farm for 3,500 head of cattle", [("3500", "head")], id="head-of-cattle"),
    pytest.param("a dairy unit for 600 dairy cows and 900 bulls",
                 [("600", "head"), ("900", "head")], id="cows-and-bulls"),
    pytest.param("a greenhouse of 8 hectares", [], id="an-area-is-no-figure-the-gold-lists"),
    pytest.param("a 40 million dollar loan", [("40000000", "USD")], id="dollar-singular"),
    pytest.param("seven renewable energy projects were launched", [("7", "projects")],
                 id="renewable-energy-projects"),
    pytest.param("a 120 MW gas turbine power plant", [("120", "MW")],
                 id="a-facility-three-words-after-the-power"),
    pytest.param("300 kW electric motors for the mine", [], id="a-rating-of-motors-stays-none"),
]


ROUND22_NAMED_SHORTER = [
    pytest.param("Orda Copper Group has opened a smelter in Aksu. Orda Copper is listed in "
                 "Astana.", ["Orda Copper Group"], id="a-group-named-again-without-group"),
]


ROUND22_DATELINES = [
    pytest.param("ALMATY (SteppeWire) - Orda Grid LLP has put into operation a 220 kV substation "
                 "near Aksu, the company said.", ["Orda Grid"],
                 id="no-organization-in-a-dateline"),
]


ROUND22_DATES = [
    pytest.param("The line was launched in March.\n4. A brick plant in Aksu.", [("2019-03", "")],
                 id="a-list-items-number-is-no-day"),
    pytest.param("Work ends in May.\n12. A mill.", [("2019-05", "")], id="month-then-item-12"),
    pytest.param("It opened on Mar. 5 and closed on June 7.", [("2019-03-05", ""),
                                                             ("2019-06-07", "")],
                 id="a-day-after-an-abbreviated-month-stays"),
]


ROUND22_WORK_STARTED = [
    pytest.param("Construction began last spring.", ("under construction", "construction began"),
                 id="construction-began"),
    pytest.param("Construction works started in 2023.",
                 ("under construction", "construction works started"),
                 id="construction-works-started"),
]


ROUND22_LABELLED_FIGURES = [
    pytest.param("2. A pasta plant (Orda LLP). Cost: 4 billion tenge. Jobs: 95.",
                 [("4000000000", "KZT"), ("95", "jobs")], id="jobs-label"),
    pytest.param("New jobs: 1,200. Status: planned.", [("1200", "jobs")], id="new-jobs-label"),
    pytest.param("Jobs were cut to 40 in 2020.", [], id="no-label-no-figure"),
]


ROUND22_STATUSES = [
    pytest.param("The projects are as follows:\n1. A brick plant in Aksu (Aksu Kirpich LLP). Cost: "
                 "3 billion tenge. Status: put into operation in April.\n2. A flour mill in "
                 "Taiynsha (Taiynsha Un LLP). Status: construction under way.",
                 {"brick-plant": "Launched", "flour-mill": "UnderConstruction"},
                 id="a-status-label-in-each-item"),
    pytest.param("Eight projects will be carried out this year:\n1. A glass plant in Kentau "
                 "(Kentau Glass LLP). Status: commissioned in June.",
                 {"glass-plant": "Launched"}, id="the-label-before-the-lists-lead"),
]


ROUND22_OWNERS = [
    pytest.param("1. A brick plant in the town of Aksu (Aksu Kirpich LLP). Cost: 3 billion "
                 "tenge.", {"brick-plant": "Aksu Kirpich"}, id="a-company-in-brackets"),
    pytest.param("3. Construction of a flour mill in Taiynsha district (Taiynsha Un LLP). "
                 "Jobs: 40.", {"flour-mill": "Taiynsha Un"}, id="construction-of-then-brackets"),
]


# with the model: a name without a legal form in brackets after the project and its place
ROUND22_BRACKETED_WITH_THE_MODEL = [
    pytest.param("2. Meat processing plant in the city of Aksu (Aksu Et Onimderi). Cost: 4.1 "
                 "billion tenge. Jobs: 90.", {"meat-processing-plant": "Aksu Et Onimderi"},
                 id="a-name-in-brackets-after-the-place"),
]


ROUND22_OWNERS_LEFT = missed("the owner named only through a person ('belongs to X, whose "
                             "company Y') or a contractor beside the owner is not read", [
    pytest.param("The farm belongs to the entrepreneur Aidos Nurlanov, whose company Orda Sut "
                 "LLP invested 2 billion tenge in it.", {"farm": "Orda Sut"},
                 id="owned-through-its-owners-company"),
])
# with the model since session 12, where "has opened a substation" names a project; rules only
# since session 15, where a substation is a facility a name before "has opened" builds
ROUND22_CONTRACTOR_BESIDE_THE_OWNER = [pytest.param(
    "Orda Grid has opened a substation in Aksu. The substation, built by the contractor Steppe "
    "Stroy LLP, cost 9 billion tenge.", model, {"substation": "Orda Grid"},
    id=f"a-contractor-beside-the-owner-{name}") for model, name in [
        (None, "model"), ("none", "rules-only")]]


ROUND22_STATUS_LEFT = missed("a facility named again by its bare noun and a modifier after it "
                             "is no mention, so a later sentence's work is not its status", [
    pytest.param("Orda Metals signed loans to finance a new copper smelter. The smelter near "
                 "Aksu will process ore. Its cost has risen. Construction started in 2024.",
                 {"copper-smelter": "UnderConstruction"}, id="the-smelter-near-x"),
])


ROUND22_IN_PASSING = [
    pytest.param("The new line will carry power to the Aksu ferroalloy plant.", [],
                 id="power-carried-to-a-plant"),
    pytest.param("Its grain goes to the Kostanay flour mill under a contract.", [],
                 id="goods-going-to-a-mill"),
    pytest.param("The region also helps the existing Pavlodar Tractor Plant with orders.", [],
                 id="an-existing-plant"),
    pytest.param("The lines are part of the Concept for the Development of the Fuel and Energy "
                 "Complex.", [], id="a-facility-word-in-a-programs-name"),
    pytest.param("Orda LLP will supply equipment to the new cement plant in Aksu.",
                 ["cement plant"], id="a-new-plant-supplied-stays"),
    pytest.param("Orda LLP has built a cement plant in Aksu; it sells clinker to the Shymkent "
                 "cement plant.", ["cement plant"], id="the-builders-own-plant-stays"),
]


# ---- the twenty-third round: a translated regional release, an industrial park's suppliers, an
# embassy's release, an economist's analysis ----

ROUND23_IN_PASSING = [
    pytest.param("Most of the machinery comes from abroad, since no local plant makes it.", [],
                 id="no-local-plant"),
    pytest.param("Tobol Steel will buy rebar from Steppe Cement, whose existing cement plant in "
                 "Kentau runs at full load.", [], id="an-existing-plant"),
    pytest.param("Orda Pumps LLP supplied pumps to the Atyrau oil refinery of Caspian Refining.",
                 [], id="supplied-to-a-refinery"),
    pytest.param("Orda Flour LLP opened a flour mill that takes wheat from the Kokshetau elevator "
                 "of Dala Grain.", ["flour mill"], id="takes-from-an-elevator"),
    pytest.param("Orda Chem LLP opened a soda plant in Taraz and will supply soda to glassworks.",
                 ["soda plant"], id="the-supplier-s-own-plant-stays"),
    pytest.param("Local firms supply pipes to Caspian Oil, the region's largest producer, whose "
                 "gas processing facility was modernised in 2019.", [],
                 id="the-customer-s-own-plant"),
    pytest.param("The mill runs at 80 percent of its design output of 40,000 tonnes a year.", [],
                 id="output-of-a-figure-is-no-product"),
    pytest.param("A brick plant by Orda Ceramics is under construction in Taraz and should start "
                 "production next year.", ["brick plant"], id="should-start-is-no-modifier"),
]

ROUND23_HEADS = [
    pytest.param("A supplier, Orda Polymer LLP, is building a line for PVC cable compounds in "
                 "Taraz.", ["line for PVC cable compounds"], id="building-a-line-for-x"),
    pytest.param("The bank opened a credit line for small businesses.", [],
                 id="a-credit-line-is-no-project"),
    pytest.param("The line for PVC compounds was mentioned in the report.", [],
                 id="a-line-for-x-not-built-is-none"),
]

ROUND23_OWNERS = [
    pytest.param("A glass plant that Steppe Glass intends to build in Kentau will cost $40 "
                 "million.", {"glass-plant": "Steppe Glass"}, id="that-x-intends-to-build"),
    pytest.param("The cement plant, which Orda Cement plans to set up near Zhanatas, is at the "
                 "design stage.", {"cement-plant": "Orda Cement"}, id="which-x-plans-to-set-up"),
    pytest.param("Since the Kostanay flour mill of Dala Grain LLP came on stream, imports fell.",
                 {"kostanay-flour-mill": "Dala Grain"}, id="a-town-before-the-plant-is-no-owner"),
    pytest.param("In Jambyl Region, the chemical company Danube Chem is building a plant for the "
                 "production of paints in Taraz.",
                 {"plant-for-the-production-of-paints": "Danube Chem"},
                 id="the-whole-name-a-cue-calls-a-business"),
    pytest.param("Tisza Agro Kft. has completed a seed plant near Saryagash.",
                 {"seed-plant": "Tisza Agro"}, id="hungarian-legal-form"),
    pytest.param('In 2026 it is planned to commission a plant for the production of paving slabs '
                 'of JSC "Orda Stone" in Taraz.',
                 {"plant-for-the-production-of-paving-slabs": "Orda Stone"},
                 id="of-a-company-after-the-product"),
]

ROUND23_STATUSES_AFTER = [
    pytest.param("The bank lent 9 billion tenge to Orda Agro LLP for a flour mill in Taraz. At "
                 "present, construction works are under way.", ["UnderConstruction"],
                 id="at-present-construction"),
    pytest.param("Steppe Paper LLP received a loan for a cardboard plant in Shymkent. Currently, "
                 "construction and installation works are being carried out.",
                 ["UnderConstruction"], id="currently-works-are-carried-out"),
]

ROUND23_QUANTITIES = [
    pytest.param("an investment of HUF 4.5 billion (about USD 12.5 million)",
                 [("4500000000", "HUF"), ("12500000", "USD")], id="forints-code-first"),
    pytest.param("It will cost 7.2 billion forints.", [("7200000000", "HUF")], id="forints-after"),
    pytest.param("a plant worth 300 billion won and KRW 50bn more",
                 [("300000000000", "KRW"), ("50000000000", "KRW")], id="won"),
    pytest.param("Orda, which in 2019 won a tender, employs 40 people.", [("40", "jobs")],
                 id="won-after-a-year-is-a-verb"),
]


@pytest.mark.xfail(strict=True, reason="a plan in the project's own sentence is kept over a later "
                   "'At present, construction works are being carried out at the facility': only "
                   "a project without a status of its own takes the sentences after it")
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_plan_then_works_under_way(model):
    text = ("In 2026 it is planned to commission a brick plant of Orda Ceramics JSC in Kentau. The "
            "cost of the project is 4 billion tenge. At present, construction and installation "
            "works are being carried out at the facility.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [s.obj.lexical for s in found.statements if s.prop == "status"] == ["UnderConstruction"]


@pytest.mark.xfail(strict=True, reason="a name that starts with a region's old or bare name "
                   "('Akmola Broiler') is read as the place, so its parent in apposition takes "
                   "the farm")
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_subsidiary_named_after_a_place_opens_a_farm(model):
    text = ("Akmola Broiler, a subsidiary of Steppe Agro Holding, opened a poultry farm near "
            "Kokshetau in 2023.")
    assert _owners(text, model) == {"poultry-farm": "Akmola Broiler"}


@pytest.mark.xfail(strict=True, reason="with the model, a name before ', which opened' that the "
                   "model reads as a person is kept as one: 'X, which' is no cue of a business")
def test_a_supplier_which_opened_a_workshop():
    text = ("The largest of the new suppliers is Irtysh Pallet, which opened a pallet workshop "
            "next to the plant in August.")
    assert _owners(text, None) == {"pallet-workshop": "Irtysh Pallet"}


# ---- the twenty-fourth round: an industrial zone's ground-breaking, an assembly partner, a
# ---- plant renamed twice, a state holding's joint venture

# The present perfect of "operate" tells of a working plant, as "is operating" and "operates" do.
ROUND24_STATUSES = [
    pytest.param("A pipe plant of Orda Plast has been operating in Taraz since 2020.",
                 ["Launched"], id="has-been-operating"),
    pytest.param("The cement plant in Shymkent has been operating for ten years.",
                 ["Launched"], id="has-been-operating-for"),
]

# A name before an officer's title keeps no possessive: "Orda Cable's chairman X" names Orda Cable.
ROUND24_ORGANIZATIONS = [
    pytest.param("\"We export half,\" said Kokshe Tile Works's general director Aidar Nurov.",
                 {"company:Kokshe Tile Works"}, id="possessive-before-an-officer"),
    pytest.param("Orda Cable’s chief executive Aidar Bekov said sales grew.",
                 {"company:Orda Cable"}, id="curly-possessive-before-an-officer"),
    pytest.param("Orda Cable chairman Aidar Bekov said sales grew.", {"company:Orda Cable"},
                 id="no-possessive"),
]


# ---- the twenty-fifth round: a second stage and a new workshop, a ministry's year-end list of
# ---- expansions, a plant between its suppliers and customers, an investment program

# A line (galvanising, packaging) being built, installed or launched is a project even without a
# name: what the sentence creates is the new part of a plant; a line only visited is not.
ROUND25_LINES = [
    pytest.param("Orda Steel Wire is building a galvanising line at its plant in Temirtau.",
                 ["galvanising line"], id="building-a-line"),
    pytest.param("In Kyzylorda, the dairy Kokshe Sut is installing a new packaging line.",
                 ["packaging line"], id="installing-a-new-line"),
    pytest.param("Ak Bulak LLP launched a tomato paste line in May.", ["tomato paste line"],
                 id="launched-a-line"),
    pytest.param("The delegation toured the packaging line of the dairy.", [],
                 id="a-line-only-toured"),
    pytest.param("Status: completed, the new tanning line was launched in March.", [],
                 id="the-line-a-list-told-of-before"),
]


# A builder's name whose first words the model parses as compounds of compounds ("Aktobe" of
# "Chrome" of "Compounds") keeps them all, a town's name first among them.
ROUND25_BUILDERS = [
    pytest.param("In Aktobe Region, Aktobe Chrome Compounds put into operation a second furnace "
                 "at its ferrochrome plant.", {"ferrochrome-plant": "Aktobe Chrome Compounds"},
                 id="a-town-first-in-a-builders-name"),
]


@pytest.mark.xfail(strict=True, reason="where the model's ORG starts after a town's name that "
                   "the parse makes a compound of it ('Pavlodar' + ORG 'Cable Systems'), the "
                   "name is kept without the town, and so is the plant's company")
def test_a_town_left_out_of_the_models_name():
    text = "In Pavlodar Region, Pavlodar Cable Systems launched a copper wire plant."
    assert _owners(text, None) == {"copper-wire-plant": "Pavlodar Cable Systems"}


# Work said to have begun keeps a project under construction when a date for its end follows,
# as work said to be under way does; a start still to come is a plan.
ROUND25_WORK_BEGUN = [
    pytest.param("Construction began in March, and the mill is scheduled to be commissioned in "
                 "2028.", ("under construction", "construction began"), id="began-then-scheduled"),
    pytest.param("Construction has started and the plant will open in 2027.",
                 ("under construction", "construction has started"), id="has-started-then-will"),
    pytest.param("Orda Foods started the reconstruction of its bakery, which will double output "
                 "by 2027.", ("under construction", "started the reconstruction"),
                 id="reconstruction-started-then-will"),
    pytest.param("Construction will start in 2027 and the plant is scheduled to open in 2029.",
                 ("planned", "is scheduled"), id="a-start-to-come-is-a-plan"),
]


# Installing a line is building it: "is installing" says the line is under construction.
ROUND25_INSTALLING = [
    pytest.param("Orda Dairy is installing a new packaging line in Kyzylorda.",
                 ["UnderConstruction"], id="is-installing"),
    pytest.param("In Taraz, Orda Glass is installing a tempering line.", ["UnderConstruction"],
                 id="is-installing-after-a-town"),
]


@pytest.mark.parametrize("model", [
    pytest.param("none", id="rules-only", marks=pytest.mark.xfail(
        strict=True, reason="rules only, the subject of 'is installing' is not linked to the line "
        "as its company, as the subject of 'is building' is")),
    # with the model, the sentence's business since session 12 (the parse ties none)
    pytest.param(None, id="model"),
])
def test_the_company_installing_a_line(model):
    text = "Orda Dairy is installing a new packaging line in Kyzylorda."
    assert _owners(text, model) == {"packaging-line": "Orda Dairy"}


# "X's subsidiary Y" before a project: Y's, as "its subsidiary Y" (``handed``), both modes
@pytest.mark.parametrize("model", [None, "none"])
def test_a_subsidiary_after_its_parents_possessive(model):
    text = "Orda Holding's subsidiary Kokshe Foods LLP opened a pasta factory in Kokshetau."
    assert _owners(text, model) == {"pasta-factory": "Kokshe Foods"}


# ---- the twenty-sixth round: a region's quarter of commissioned projects, an entrepreneur's four
# ---- plants, an investor's interview, a rebuilt workshop after a fire

# "the $40m plant" right after a project named in the same sentence is that project again; a
# priced plant that a sentence opens with, or that "a" introduces, is one of its own.
ROUND26_PRICED_AGAIN = [
    pytest.param("Orda Foods opened a pasta factory in Taraz; the 2.5 billion tenge plant employs "
                 "60 people.", ["pasta factory"], id="the-priced-plant-after-a-semicolon"),
    pytest.param("Kokshe Steel put into operation a rolling mill in Kokshetau, and the $40 "
                 "million plant will export half its output.", ["rolling mill"],
                 id="the-priced-plant-after-and"),
    pytest.param("The $95 million plant, owned by Orda Copper LLP, started production in June.",
                 ["plant"], id="a-priced-plant-a-sentence-opens-with"),
    pytest.param("Orda Foods opened a pasta factory, and a 3 billion tenge plant is planned in "
                 "Shymkent.", ["pasta factory", "plant"], id="a-priced-plant-of-its-own"),
]


# A facility noun before a hyphenated name after "by" is the business that did it ("built by the
# farm Dostyk-Agro"), not a project.
ROUND26_BY_THE_FARM = [
    pytest.param("A grain dryer complex was built by the farm Ak-Bidai near Zhitikara.",
                 ["grain dryer complex"], id="built-by-the-farm-x"),
    pytest.param("A new flour mill was opened by farm Sary-Arka in May.", ["flour mill"],
                 id="opened-by-farm-x"),
]


@pytest.mark.xfail(strict=True, reason="a facility noun before a hyphenated name that is the "
                   "subject of a building verb ('The farm X built a complex') is still read as a "
                   "project of its own: only the agent after 'by' is the business")
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_the_farm_that_built(model):
    text = "The farm Ak-Bidai built a grain dryer complex near Zhitikara."
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert sorted(e.label for e in found if e.kind == "project") == ["grain dryer complex"]


@pytest.mark.xfail(strict=True, reason="a line a company is studying or considering is no "
                   "project sentence: 'studying' and 'considering' are no cues of a project")
@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_line_being_studied(model):
    text = "Orda Steel is studying a steel sheet coating line with a steelmaker in Temirtau."
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert sorted(e.label for e in found if e.kind == "project") == ["steel sheet coating line"]


# ---- session 12: general readings checked on sets of articles nobody fitted ----

# A sentence that opens with "The $Xm plant" right after a sentence that names a project tells
# of that project; after a sentence with none, it is a project of its own.
# Counts with the words of a trade or a kind of work between the number and the noun.
COUNTS_OF_A_KIND = [
    pytest.param("The fund financed 14 manufacturing projects in 2024.", [("14", "projects")],
                 id="manufacturing-projects"),
    pytest.param("The region has 40 chemical and petrochemical projects.", [("40", "projects")],
                 id="chemical-and-petrochemical-projects"),
    pytest.param("Five new production facilities opened.", [("5", "projects")],
                 id="new-production-facilities"),
    pytest.param("It will create about 400 temporary jobs.", [("400", "jobs")],
                 id="temporary-jobs"),
    pytest.param("In 2024 the plant created jobs.", [], id="a-year-and-no-count"),
]


# A name that ends in a facility's or a trade's word is a business's, after a title too; a person
# addressed by first name and patronymic in an interview is the one named in full before.
NAMES_OF_BUSINESSES_AND_ADDRESSES = [
    pytest.param("The director of Irtysh Paper Mill, Viktor Lebedev, said the mill would reopen.",
                 {"Viktor Lebedev"}, id="a-mill-after-a-title"),
    pytest.param("Its panels were supplied by Longsun Photovoltaic.", set(),
                 id="a-photovoltaic-business"),
    pytest.param("We asked the akim of the region, Bauyrzhan Zhaksylykov, what was built. "
                 "Bauyrzhan Amanovich, which plant opened first?", {"Bauyrzhan Zhaksylykov"},
                 id="first-name-and-patronymic"),
]


# A facility noun alone that a creating verb takes with "a" is a new project ("opened a new
# plant"); not in "build a factory or plant", nor where "for production of X" is read instead.
MADE_WITHOUT_A_MODIFIER = [
    pytest.param("Orda Foods opened a new plant in Taraz.", ["plant"], id="opened-a-new-plant"),
    pytest.param("Aqtobe Chrome LLP commissioned a plant that turns chrome ore into briquettes.",
                 ["plant"], id="commissioned-a-plant-that"),
    pytest.param("Qyzyljar Rail LLP launched a foundry for cast bogie frames in September.",
                 ["foundry for cast bogie frames"], id="a-foundry"),
    pytest.param('"We will help those who want to build a factory or plant," he said.', [],
                 id="a-factory-or-plant"),
    pytest.param("Aqtobe Chrome LLP commissioned a plant in Aktobe. Ontustik Pharm LLP began "
                 "producing tablets at a 21.5 billion tenge plant in Shymkent.", ["plant", "plant"],
                 id="two-plants-named-by-the-head-alone"),
    pytest.param("Orda Foods opened a new plant in Taraz. Its new plant employs 60 people.",
                 ["plant"], id="the-plant-named-again"),
    pytest.param("In Atbasar, Atbasar Meat Company has expanded its slaughterhouse to 18,000 "
                 "tonnes of meat a year.", ["slaughterhouse"], id="expanded-its-facility"),
    pytest.param("Atbasar Meat Company sells meat from its slaughterhouse.", [],
                 id="its-facility-in-passing"),
]


# A line of a product is a project where the sentence adds it ("a second", "started a") or gives
# it a status; not a credit line, nor "the new line" told of before.
LINES_ADDED = [
    pytest.param("Zerno Pasta LLP launched a second pasta line in Rudny on October 15.",
                 ["pasta line"], id="a-second-pasta-line"),
    pytest.param("Talgar Fruit LLP has started a line producing apple juice for baby food.",
                 ["line producing apple juice"], id="started-a-line-producing"),
    pytest.param("A line for oncology drugs is planned for 2027 at the plant.",
                 ["line for oncology drugs"], id="a-line-for-a-product-is-planned"),
    pytest.param("The bank opened a credit line for the company.", [], id="a-credit-line"),
    pytest.param("The new pasta line is twice as fast.", [], id="the-new-line-told-of-before"),
    pytest.param("The venture also plans a second stage, a polyvinyl chloride unit with a capacity "
                 "of 150,000 tonnes a year.", ["polyvinyl chloride unit"],
                 id="a-unit-with-a-capacity"),
    pytest.param("The mine is run by Polymetal's former Kazakh unit Solidcore Resources.", [],
                 id="a-business-unit"),
]


# A shop or a line a facility is named "with" is a part of it, not a project of its own.
PARTS_NAMED_WITH = [
    pytest.param("In Kostanay, Tobol Motors JSC expanded its car assembly plant with a welding and "
                 "painting shop that opened in October.", ["car assembly plant"],
                 id="a-plant-with-a-shop"),
    pytest.param("Zatobol Milk LLP is finishing a dairy complex for 2,400 cows with its own milk "
                 "processing shop.", ["dairy complex"], id="with-its-own-shop"),
    pytest.param("Orda Steel will build a welding shop with a staff of 40.", ["welding shop"],
                 id="a-shop-with-no-part"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
def test_a_business_its_sentence_calls_a_contractor_is_not_the_projects_company(model):
    text = ("The Koktal concentrator will get a new flotation line worth $310 million, built with "
            "the contractor Sino-Kaz Construction Co.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert "Sino-Kaz Construction" in {e.label for e in found.entities}
    assert [s for s in found.statements if s.prop == "company"] == []


# "The plant, which will produce X" after a project whose words name X is that project again.
NAMED_AGAIN_BY_WHAT_IT_MAKES = [
    pytest.param("Construction of the Irtysh Paper cardboard plant has resumed. The plant, which "
                 "will produce corrugated cardboard and packaging, was launched in 2022.",
                 ["Irtysh Paper cardboard plant"], id="the-plant-which-will-produce-its-product"),
    pytest.param("Orda Glass opened a glass container plant. The plant, which will produce cement, "
                 "is another one.", ["glass container plant", "plant producing cement"],
                 id="another-product-another-plant"),
    pytest.param("Karatau Nitrogen LLP will build an ammonia complex in Zhanatas. The Zhanatas "
                 "project will cost $1 billion.", ["ammonia complex"],
                 id="the-place-project-named-again"),
    pytest.param("Ilek Motors is building an assembly shop for light commercial vehicles. Output "
                 "will grow once the Ilek Motors shop is running.",
                 ["assembly shop for light commercial vehicles"], id="the-owners-shop-named-again"),
    pytest.param("The Ekibastuz pipe plant grew. Next year the company will build a pipe coating "
                 "plant next to the Ekibastuz plant.",
                 ["Ekibastuz pipe plant", "pipe coating plant"], id="another-plant-beside-it"),
    pytest.param("The Koktal Smelter opened in May. The smelter, which will produce copper "
                 "cathodes, employs 300.", ["Koktal Smelter"], id="a-name-without-lowercase-words",
                 marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
                     "a facility's proper name says nothing of its product, so what the plant "
                     "after it makes is not compared with it"))),
]


# A quotation's words give no status to a project outside it; inside it they do.
QUOTED_STATUSES = [
    pytest.param('"Our copper will stay here": cable plant opens in Zhezkazgan', [],
                 id="a-quotation-before-the-project"),
    pytest.param('"We will open a cable plant in Zhezkazgan next year," the director said.',
                 ["Planned"], id="the-project-inside-the-quotation"),
]


# What a sentence around a project tells of it: a launch scheduled after another project is no
# launch date of the first; a figure in a clause after a project is that project's; the one
# region a paragraph names before a project is its region. (text, property, [(project, value)])
TOLD_OF_A_PROJECT = [
    pytest.param("Orda Foods opened a pasta factory in Taraz in May 2025. Orda Steel is building "
                 "a rolling mill in Temirtau. Launch is scheduled for the second quarter of 2026.",
                 "launchDate", [("pasta factory", "2025-05")],
                 id="a-launch-scheduled-after-another-project"),
    pytest.param("Among them he named a dairy plant of Soltustik Milk LLP in Petropavl, which "
                 "processes 20,000 tonnes of milk a year, and a poultry complex in Shymkent.",
                 "capacity", [("dairy plant", "20000")], id="a-figure-in-a-clause-after-a-project"),
    pytest.param("The group reported its half-year results.\nThe Koktal pit lies in the Ulytau "
                 "region. In June the company switched on a "
                 "40 MW solar plant next to the pit.\nThe group's other site is in Pavlodar "
                 "Region.\nIn May the company opened a cable plant in Ekibastuz.", "locatedIn",
                 [("40 MW solar plant", "Ulytau Region")],
                 id="the-region-a-paragraph-names-before"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "prop", "expected"), TOLD_OF_A_PROJECT)
def test_what_the_sentences_around_a_project_tell_of_it(text, prop, expected, model):
    assert _said_of_projects(extract(Article("t", text, published=PUBLISHED), model=model),
                             prop) == expected


def _said_of_projects(found, prop: str) -> list[tuple[str, str]]:
    """(project, value) of each statement ``prop`` of an extraction, sorted; a value that is an
    entity by its label."""
    labels = {e.key: e.label for e in found.entities}
    return sorted((labels[s.subject.key], labels[s.obj.key] if isinstance(s.obj, tuple)
                   else s.obj.lexical) for s in found.statements if s.prop == prop)


PRICED_NEXT_SENTENCE = [
    pytest.param("Orda Glass opened a glass container plant in Taraz. The 28 billion tenge "
                 "facility has created 300 jobs.", ["glass container plant"],
                 id="the-priced-facility-in-the-next-sentence"),
    pytest.param("Exports of glass doubled. The 28 billion tenge facility in Taraz has created 300 "
                 "jobs.", ["facility"], id="no-project-in-the-sentence-before"),
]


# ---- one test per component over the tables above ----


@pytest.mark.parametrize(("text", "model", "expected"), [
    pytest.param("The feed mill of Dala Feed was put into operation in 2024.", None,
                 {"feed-mill": "Dala Feed"}, id="a-business-the-model-reads-as-a-person"),
    pytest.param("The zone has a new project, a tractor plant worth 12 billion tenge. Kostanay "
                 "Agromash, a joint venture of the Belarusian company Gomel Agromash and a local "
                 "firm, will build it.", None, {"tractor-plant": "Kostanay Agromash"},
                 id="a-venture-the-model-reads-as-a-person"),  # a strict xfail until session
    # 19: what no person is said to be ("a joint venture") now keeps the business
    *ROUND22_CONTRACTOR_BESIDE_THE_OWNER,
])
def test_owners_read_with_or_without_the_model(text, model, expected):
    assert _owners(text, model) == expected


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), ROUND16_PERSONS + NAMES_OF_BUSINESSES_AND_ADDRESSES)
def test_persons_of_the_rounds(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert {e.label for e in found if e.kind == "person"} == expected


@pytest.mark.parametrize(("text", "expected"), (
    ORGANIZATIONS + ORGANIZATION_SHAPES + GROUP_ALONE + ROUND16_ORGANIZATIONS
    + ROUND13_ORGANIZATIONS + ROUND14_ORGANIZATIONS + FOREIGN_LEGAL_FORMS + ROUND24_ORGANIZATIONS))
def test_organization_patterns(text, expected):
    assert {m.key for m in organizations.organizations(text)} == expected


@pytest.mark.parametrize(("text", "expected"), (
    QUANTITIES + ROUND15_QUANTITIES_LEFT + OTHER_OUTLETS_QUANTITIES + ROUND13_QUANTITIES
    + ROUND16_QUANTITIES + HUNDREDS_IN_WORDS + ROUND23_QUANTITIES + ROUND22_QUANTITIES
    + PRODUCTS_A_YEAR + COUNTS_OF_A_KIND))
def test_quantity_patterns(text, expected):
    assert [(v.lexical, v.unit) for _, v in numbers.quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), (
    DATES + OTHER_OUTLETS_DATES + MONTHS_WITHOUT_A_YEAR + ROUND22_DATES))
def test_date_patterns(text, expected):
    assert [(v.lexical, v.end) for _, v in dates.dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(("text", "expected"), (
    PROGRAMS + ROUND13_PROGRAMS + WORDINGS_IN_CAPITALS + PLANS_FOR_WHAT))
def test_program_patterns(text, expected):
    assert [(m.key, m.rule) for m in programs.programs(text)] == expected


@pytest.mark.parametrize(("text", "expected"), (
    ROUND13_PARTS + ROUND13_TITLED_REGIONS + ROUND22_DATELINES + ROUND22_NAMED_SHORTER))
def test_organizations_of_the_thirteenth_round(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model=None).entities
    assert sorted(e.label for e in found if e.kind == "organization") == expected


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), ROUND15_NEXT_OWNER + ROUND16_LISTED_OWNER)
def test_owners_named_apart(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    said: dict[str, list[str]] = {}
    for s in found.statements:
        if s.prop == "company":
            said.setdefault(labels[s.subject.key], []).append(labels[s.obj.key])
    assert said == expected


@pytest.mark.parametrize(("clause", "expected"), (
    ROUND15_ONGOING + ROUND16_ONGOING + OUTPUT_IS_NO_PLAN + ROUND22_WORK_STARTED
    + ROUND25_WORK_BEGUN))
def test_status_of_a_clause(clause, expected):
    assert markers.status(clause) == expected


@pytest.mark.parametrize(("text", "expected"), (
    BARE_HEAD_OF_X_AFTER + BUILDERS_IN_RELATIVE_CLAUSES + BUYERS))
def test_companies_of_the_seventeenth_round(text, expected):
    assert _companies(extract(Article("t", text, published=PUBLISHED))) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND18_FRONTED_WITH_THE_MODEL + ROUND19_OWNERS)
def test_owners_the_model_reads(text, expected):
    owners = _owners(text, None)
    assert {k: owners.get(k) for k in expected} == expected  # "the peasant farm" is one too


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), (
    ROUND18_OWNERS + ROUND21_OWNERS + ROUND20_OWNERS + COMPANIES_TOLD_AFTER + ROUND22_OWNERS
    + ROUND22_OWNERS_LEFT))
def test_owners_of_the_rounds(text, expected, model):
    assert _owners(text, model) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND19_CALLED + CALLED_WITH_A_CENTRE)
def test_called_names(text, expected):
    assert [m.text for m in called.called(text)] == expected


@pytest.mark.parametrize(("text", "expected"), (
    CONTRACTOR_CLIENTS + ROUND20_PARSED_OWNERS + ROUND23_OWNERS
    + ROUND22_BRACKETED_WITH_THE_MODEL + ROUND25_BUILDERS))
def test_owners_with_the_model(text, expected):
    assert _owners(text, None) == expected


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), (
    ROUND20_NAMED_AGAIN + ROUND15_HEADS + BARE_HEADS_NAMED_BEFORE + ROUND17_NAMED_AGAIN
    + ROUND23_IN_PASSING + ROUND23_HEADS + ROUND22_IN_PASSING + ROUND25_LINES
    + ROUND26_PRICED_AGAIN + ROUND26_BY_THE_FARM + PRICED_NEXT_SENTENCE + MADE_WITHOUT_A_MODIFIER
    + LINES_ADDED + PARTS_NAMED_WITH + NAMED_AGAIN_BY_WHAT_IT_MAKES))
def test_project_labels_of_the_rounds(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model).entities
    assert sorted(e.label for e in found if e.kind == "project") == expected


@pytest.mark.parametrize(("text", "expected"), BOARD_TITLES + FOUNDERS_AND_ENTREPRENEURS)
def test_titles_before_a_name_rules_only(text, expected):
    assert [m.text for m in names.persons(text, None) if m.kind == "person"] == expected


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), (
    ROUND21_STATUSES + ROUND23_STATUSES_AFTER + ROUND24_STATUSES + ROUND25_INSTALLING
    + QUOTED_STATUSES))
def test_statuses_of_the_rounds(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [s.obj.lexical for s in found.statements if s.prop == "status"] == expected


@pytest.mark.parametrize(("text", "expected"), ROUND22_LABELLED_FIGURES)
def test_figures_a_report_gives_under_a_label(text, expected):
    found = fields.with_figures(text, numbers.quantities(text))
    assert [(v.lexical, v.unit) for _, v in found] == expected


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), (
    ROUND20_STATUSES + ROUND22_STATUSES + ROUND22_STATUS_LEFT))
def test_statuses_by_project(text, expected, model):
    assert _statuses(text, model) == expected


# ---- session 13: where a project is, read on sets of articles nobody fitted ----
# A town the text places in a region once places the projects told of in it later; a region
# named after the next project is that project's; an article's lead names the region it is
# about even where another region is named as often, if it tells of no project or the text
# calls that region "the region"; a region in a business's name places nothing.
WHERE_A_PROJECT_IS = [
    pytest.param("Two regions shared the week's launches.\nKentau, a mining town in the Turkistan "
                 "Region, waited long for work. In Ekibastuz, Pavlodar Region, a coal depot was "
                 "opened.\nIn May a cable plant opened in Kentau.",
                 [("cable plant", "Turkistan Region"), ("coal depot", "Pavlodar Region")],
                 id="a-town-the-text-placed-before"),
    pytest.param("Orda Cement in Shymkent runs a kiln line, and its new grinding plant in the "
                 "Turkistan Region opened in May.",
                 [("grinding plant", "Turkistan Region"), ("kiln line", "Shymkent")],
                 id="a-region-after-the-next-project"),
    pytest.param("Akim of Kostanay Region Arman Bekov visited Zhitikara district on Monday.\nThe "
                 "dairy plant of Zhitikara Sut LLP in the village of Tokhtarovo opened in March. "
                 "Its milk is sold in Astana.", [("dairy plant", "Kostanay Region")],
                 id="the-leads-region-named-as-often-as-another"),
    pytest.param("Abai Region opened a mill.\nThe dairy plant of Zhitikara Sut LLP in the village "
                 "of Tokhtarovo opened in March. Its milk is sold in Astana.",
                 [("mill", "Abai Region")], id="a-lead-that-places-its-own-project"),
    pytest.param("Abai Region opened a mill.\nThe dairy plant of Zhitikara Sut LLP in the village "
                 "of Tokhtarovo opened in March. Its milk is sold across the region and in Astana.",
                 [("dairy plant", "Abai Region"), ("mill", "Abai Region")],
                 id="a-lead-the-text-calls-the-region"),
    pytest.param("Tselinograd district is the leader of Akmola Region in investment.\nAstana "
                 "Polymer LLP opened a preform plant in Kosshy. Astana Polymer LLP also makes "
                 "caps.", [("preform plant", "Akmola Region")],
                 id="a-region-in-a-business-name"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "expected"), WHERE_A_PROJECT_IS)
def test_where_a_project_is(text, expected, model):
    assert _said_of_projects(extract(Article("t", text, published=PUBLISHED), model=model),
                             "locatedIn") == expected


# A project's status, read on the same sets: the future of what a plant makes is no plan; a
# clause the parse hangs on the plant's place tells of the plant; "the largest of them" refers
# back to the sentence that counted them, not to the one right before; a clause that opens
# with the work ("..., and construction is due to start") tells of the project told of before;
# a plant "which has been operating since" runs, whatever the sentence plans; a plant not
# completed is being built.
# (text, [(project, status)])
STATUS_READ_AROUND = [
    *(pytest.param(text, model, expected, id=f"{name}-{model or 'model'}")
      for text, expected, name in [
          ("The second site went on air. The new wire shop of Temir Kabel LLP will supply cable "
           "to the car plants of the city.", [], "what-a-plant-will-make"),
          ("In 2024, 9 investment projects were put into operation in Aktobe Region. Farming "
           "grew by 4 percent. The largest of them is a ferrochrome plant of Aktobe Alloys LLP.",
           [("ferrochrome plant", "Launched")], "the-sentence-that-counted-them"),
          ("The third project is a soda ash plant near Zhanatas. The akimat calls it the pride "
           "of the region, and construction is due to start in 2026.",
           [("soda ash plant", "Planned")], "a-clause-that-opens-with-the-work"),
          ("It will be the company's second site after its syrup plant in Talgar, Almaty "
           "region, which has been operating since 2016.", [("syrup plant", "Launched")],
           "a-plant-that-has-been-operating"),
          ("The wool plant in Uralsk, which was due to open in 2025, has not been completed.",
           [("wool plant", "UnderConstruction")], "not-completed")]
      for model in ("none", None)),
    pytest.param("The delegation was also shown a packaging plant in Aktau, built by Caspian "
                 "Pack.", None, [("packaging plant", "Launched")],
                 id="a-clause-on-the-plants-place-model"),
    pytest.param("The delegation was also shown a packaging plant in Aktau, built by Caspian "
                 "Pack.", "none", [("packaging plant", "Launched")],
                 id="a-clause-on-the-plants-place-none",
                 marks=pytest.mark.xfail(strict=True, reason="rules only, a participle after a "
                                         "place and a comma is not read as the plant's")),
]


@pytest.mark.parametrize(("text", "model", "expected"), STATUS_READ_AROUND)
def test_a_status_read_around_the_project(text, model, expected):
    assert _said_of_projects(extract(Article("t", text, published=PUBLISHED), model=model),
                             "status") == expected


# A project's company and its words, read on the same sets: a business named by its part in a
# later sentence of the project's paragraph ("The owner, X LLP,", "The client, X LLP,"), one a
# facility is built for (not the contractor that builds it), and no count word, end of a unit
# or judging word in a project's name ("Twelve production facilities", "t/y", "small").
# (text, projects, [(project, company)])
COMPANY_READ_AROUND = [
    pytest.param("Twelve production facilities worth 80 billion tenge were commissioned on "
                 "Friday.", [], [], id="a-count-word-names-no-project"),
    pytest.param("Orda Silicon LLP commissioned a 25,000 t/y silicon plant in Pavlodar.",
                 ["silicon plant"], [("silicon plant", "Orda Silicon")], id="after-a-unit"),
    pytest.param("The district already has a small factory and the newest car cluster.",
                 ["car cluster"], [], id="a-judging-word-names-nothing"),
    pytest.param("2. Tile plant \"Kokshe Tile\". The plant in the village of Zhibek makes 3 "
                 "million square metres of tiles a year. Investment: 4.1 billion tenge. The "
                 "owner, Kokshe Invest LLP, plans a second line.", ["Tile plant"],
                 [("Tile plant", "Kokshe Invest")], id="the-owner-later-in-the-paragraph"),
    pytest.param("The second site is a pipe plant in Aktobe. The client, Aktobe Pipe LLP, "
                 "raised its capacity in May.", ["pipe plant"], [("pipe plant", "Aktobe Pipe")],
                 id="the-client-in-the-next-sentence"),
    pytest.param("Orda Engineering is building a lime plant for Zhanatas Lime LLP near "
                 "Zhanatas.", ["lime plant"], [("lime plant", "Zhanatas Lime")],
                 id="built-for-a-business"),
    pytest.param("A wire plant in Satpayev is 60 percent complete. Kazakh Wire LLP is investing "
                 "26 billion tenge in the facility.", ["wire plant"],
                 [("wire plant", "Kazakh Wire")], id="the-business-investing-in-the-facility"),
    pytest.param("The company sells its tomatoes through the supermarket chain Dala Market LLP "
                 "and plans a new greenhouse complex near Taraz.", ["greenhouse complex"], [],
                 id="a-retail-chain-is-no-owner"),
    # a later stage of a facility is a project of its own, named with its stage
    pytest.param("Oskemen Zinc JSC is building the second stage of its smelter.",
                 ["second stage of smelter"], [("second stage of smelter", "Oskemen Zinc")],
                 id="the-second-stage-of-its-smelter"),
]


@pytest.mark.parametrize("model", ["none", None], ids=["rules-only", "model"])
@pytest.mark.parametrize(("text", "named", "expected"), COMPANY_READ_AROUND)
def test_a_company_read_around_the_project(text, named, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert sorted(e.label for e in found.entities if e.kind == "project") == named
    assert _said_of_projects(found, "company") == expected


# Rules only, a business's titles written in lowercase or after the name name a person too, as
# does a title set off by a comma before a name that ends the sentence.
BUSINESS_TITLES = [
    pytest.param("\"The money is downstream,\" chief executive Marat Kenzhin told reporters.",
                 ["Marat Kenzhin"], id="chief-executive"),
    pytest.param("Chief operating officer Dana Ismail said the line would restart.",
                 ["Dana Ismail"], id="chief-operating-officer"),
    pytest.param("Aidar Seitov, general manager of Orda Kimya, said so.", ["Aidar Seitov"],
                 id="general-manager-after-the-name"),
    pytest.param("Owner Ruslan Abenov says half of the output goes to mines.", ["Ruslan Abenov"],
                 id="owner-opening-a-sentence"),
    pytest.param("\"We kept the project,\" said the director of Orda Paper Mill, Viktor Lebed. "
                 "\"The walls stand.\"", ["Viktor Lebed"], id="a-title-and-a-comma-then-the-end"),
]


@pytest.mark.parametrize(("text", "expected"), BUSINESS_TITLES)
def test_business_titles_name_persons_without_the_model(text, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    assert [e.label for e in found.entities if e.kind == "person"] == expected


# Rules only, a run of capitalised words ending in a word that ends businesses' names
# (``org_name_ends``: Company, Corporation, Fund, Works, Trading, as Group and Holding before)
# is a business; a nationality before a business word stays in the name, not before "group".
NAMES_ENDING_IN_A_BUSINESS_WORD = [
    pytest.param("In Pavlodar, Irtysh Silicon Company commissioned a furnace.",
                 ["Irtysh Silicon Company"], id="company"),
    pytest.param("Aral Leather Works started production.", ["Aral Leather Works"], id="works"),
    pytest.param("The plant took a loan from Dala Credit Corporation.",
                 ["Dala Credit Corporation"], id="corporation"),
    pytest.param("Steppe Metal Trading bought ore.", ["Steppe Metal Trading"], id="trading"),
    pytest.param("Kazakh Cable Works opened a shop.", ["Kazakh Cable Works"],
                 id="a-nationality-before-a-business-word"),
    pytest.param("The kiln came from the Turkish group Ege Cement Holding.",
                 ["Ege Cement Holding"], id="a-nationality-before-group"),
    pytest.param("The Company said the Fund will pay.", [], id="the-word-alone"),
    # a registered name may start with the home country's word, not with another's
    pytest.param("Kazakh Copper Rod LLP is investing.", ["Kazakh Copper Rod LLP"],
                 id="kazakh-starts-a-registered-name"),
    pytest.param("Chinese Sinoma Steppe LLP is investing.", ["Sinoma Steppe LLP"],
                 id="a-foreign-nationality-describes-it"),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_ENDING_IN_A_BUSINESS_WORD)
def test_names_ending_in_a_business_word(text, expected):
    assert [m.text for m in organizations.organizations(text)] == expected


# ---- session 14 ----
# A word that names a sector only in context ("energy", "agriculture") is one as the topic a
# sentence opens with ("In energy, ...") and as the topic of an interviewer's question ("And
# agriculture?"), not in a phrase that merely starts the same way.
SECTORS_AS_TOPICS = [
    pytest.param("In energy, Dala Wind LLP is building a 50 MW wind farm.", ["sector/energy"],
                 id="in-x-opening-a-sentence"),
    pytest.param("– And agriculture?\n– Two dairies and a feed mill.", ["sector/agriculture"],
                 id="and-x-as-a-question"),
    pytest.param("What about manufacturing? Four plants opened.", ["sector/manufacturing"],
                 id="what-about-x"),
    pytest.param("In construction of the plant, 40 people work.", [],
                 id="in-x-of-something"),
    pytest.param("And energy prices? They rose.", [], id="a-question-on-something-else"),
    pytest.param("Energy was represented by a 100 MW wind farm.", ["sector/energy"],
                 id="a-sentences-subject-as-its-topic",
                 marks=pytest.mark.xfail(strict=True, reason="a common word opening a sentence "
                                         "is no sector unless a sector word or a list goes "
                                         "with it")),
]


@pytest.mark.parametrize(("text", "expected"), SECTORS_AS_TOPICS)
def test_sectors_as_topics(text, expected):
    assert [m.key for m in sectors.sectors(text)] == expected


# Rules only, names are written in Latin letters beyond A-Z as often as not (Turkish, German,
# Polish investors and their managers): a name with "ı", "ö" or "Ł" is read whole.
NAMES_IN_LATIN_LETTERS = [
    pytest.param("Emre Aydın, general manager of Anadolu Kimya, said the plant works.",
                 ["Emre Aydın"], [], id="a-dotless-i"),
    pytest.param("Stefan Kröger, Chief Executive Officer of the plant, spoke.",
                 ["Stefan Kröger"], [], id="an-umlaut"),
    pytest.param("Director Łukasz Wiśniewski said it works.", ["Łukasz Wiśniewski"], [],
                 id="a-capital-beyond-a-z"),
    pytest.param("The line was ordered, said Mr. Öztürk.", ["Öztürk"], [],
                 id="an-honorific-and-a-surname"),
    pytest.param("The plant of Ölmez Süt LLP opened.", [], ["Ölmez Süt"],
                 id="a-company-with-a-legal-form"),
    pytest.param("Ülker Group and Çelik Works signed.", [], ["Ülker Group", "Çelik Works"],
                 id="names-ending-in-a-business-word"),
]


@pytest.mark.parametrize(("text", "persons", "companies"), NAMES_IN_LATIN_LETTERS)
def test_names_in_latin_letters_without_the_model(text, persons, companies):
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    assert [e.label for e in found.entities if e.kind == "person"] == persons
    assert sorted(e.label for e in found.entities if e.kind == "organization") == sorted(companies)


# Legal forms of more countries (rules.json ``org_legal_forms``): French, Nordic, Polish,
# Russian, Malaysian, Spanish companies invest as often as German and Turkish ones.
MORE_LEGAL_FORMS = [
    pytest.param("The turbines came from France's Vent Boréal Énergies SAS.",
                 ["Vent Boréal Énergies SAS"], id="french-sas-and-capitals-beyond-a-z"),
    pytest.param("Nordic Steel AB and Lumo Paper Oyj signed.", ["Nordic Steel AB",
                                                               "Lumo Paper Oyj"], id="nordic"),
    pytest.param("The kiln was made by Krakow Piece Sp. z o.o. in Poland.",
                 ["Krakow Piece Sp. z o.o."], id="polish"),
    pytest.param("Ural Trubny PJSC supplies pipes.", ["Ural Trubny PJSC"], id="russian"),
    pytest.param("Selangor Palm Sdn Bhd invests.", ["Selangor Palm Sdn Bhd"], id="malaysian"),
    pytest.param("Iberia Solar SA will build it.", ["Iberia Solar SA"], id="spanish"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_LEGAL_FORMS)
def test_more_legal_forms(text, expected):
    assert [m.text for m in organizations.organizations(text)] == expected


# No project of its own: the site another facility stands at ("a plant at the Zhaksy deposit";
# a deposit named alone stays one), and equipment a plant works with ("using an electric arc
# furnace"). Both modes.
SITES_AND_EQUIPMENT = [
    pytest.param("Temir LLP plans a pelletizing plant at the Zhaksy iron ore deposit.",
                 ["pelletizing plant"], id="the-site-of-a-plant"),
    pytest.param("Temir LLP commissioned its concentrator at the Qyzyltas deposit.",
                 ["Qyzyltas deposit"], id="a-site-after-no-project-stays"),
    pytest.param("At the Kyzyltas deposit in Zharma district, Abai Gold JSC is building a gold "
                 "recovery plant.", ["gold recovery plant"], id="at-the-site-a-plant-is-built"),
    pytest.param("Temir LLP is building a steel plant to make steel using direct reduction and "
                 "an electric arc furnace.", ["steel plant"], id="equipment-a-plant-uses"),
]


@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), SITES_AND_EQUIPMENT)
def test_sites_and_equipment_are_no_projects(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert sorted(e.label for e in found.entities if e.kind == "project") == expected


# A period ("In January-June 2025, 12 projects were put into operation") is no launch date of
# the projects told of after it (it would keep only its start): the article mentions it whole.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_period_is_no_launch_date(model):
    text = ("In January-June 2025, 12 projects were put into operation in the regions.\n\n"
            "In Pavlodar, Ertis Silicon LLP launched a ferrosilicon plant.")
    found = extract(Article("t", text, published=date(2025, 7, 14)), model=model)
    assert sorted((s.prop, s.obj.lexical) for s in found.statements if s.prop.endswith("Date")) \
        == [("mentionsDate", "2025-01"), ("mentionsDate", "2025-06")]


# A change states two figures: "from 400,000 to 600,000 tonnes a year"; the first, written
# without its unit, takes the second's (and its scale: "from 2.5 to 4 million"); the article
# reports it, and the project's capacity is what it changes to. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_change_states_both_figures(model):
    text = ("Aral Chem LLP is expanding its sulphuric acid plant from 400,000 to 600,000 tonnes "
            "a year.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    figures = sorted((s.prop, s.obj.lexical, s.obj.unit) for s in found.statements
                     if isinstance(s.obj, Value) and s.obj.unit == "t/year")
    assert figures == [("capacity", "600000", "t/year"), ("reportsFigure", "400000", "t/year")]


# More facility words (rules.json ``project_heads``): a dairy, a creamery, a winery, a cannery,
# an abattoir, a shipyard, a dry port; not where the word describes something else.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The largest is a cheese dairy in the village of Uzynkol.", ["cheese dairy"],
                 id="a-dairy"),
    pytest.param("A dry port will open near Taraz in 2027.", ["dry port"], id="a-dry-port"),
    # a case the sixteenth round left (session 14 lists "dry port")
    pytest.param("A memorandum was signed with Orda Logistics LLP on a dry port.", ["dry port"],
                 id="a-dry-port-after-a-memorandum"),
    pytest.param("Sales of dairy products rose, and the dairy industry grew.", [],
                 id="dairy-describing-something-else"),
    # nor is a facility word before a figure's noun a facility ("project_head_not_before")
    pytest.param("Cement production capacity in the country now exceeds 16 million tonnes.", [],
                 id="production-capacity"),
    pytest.param("The grid company will take over substation projects that utilities fail to "
                 "complete.", [], id="a-verb-and-its-particle"),
    # "a plant of" what it makes, as a translated release writes it; not "a cluster of"
    pytest.param("Under construction is a plant of wind turbine towers of Steppe Wind LLP.",
                 ["plant of wind turbine towers"], id="a-plant-of-its-product"),
    pytest.param("The city is a cluster of ribbon-cuttings.", [], id="a-cluster-of-something"),
    # a headline's verb is no part of the name ("project_modifier_stop")
    pytest.param("Ertis Copper secures $300 million bank package to expand Koktau copper-gold "
                 "plant", ["Koktau copper-gold plant"], id="a-headlines-verb"),
])
def test_more_facility_words(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert sorted(e.label for e in found.entities if e.kind == "project") == expected


# Programs named in a list before the plural are each a program; a name of one word unknown to
# the reference data is none ("the State and Regional programs").
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Loans went out under the Economy of Simple Things, Business Road Map 2025 and "
                 "Auyl Amanaty programmes.",
                 ["Auyl Amanaty", "Business Road Map 2025", "Economy of Simple Things"],
                 id="three-names-before-programmes"),
    pytest.param("Funds came from the State and Regional programs.", [], id="kinds-of-programs"),
    pytest.param("In Aktobe and Atyrau programs were cut.", [], id="places-before-programs"),
    # named again alone, the same program
    pytest.param("Loans came under the Clean Steppe and Auyl Amanaty programmes. A workshop got "
                 "a microloan under Auyl Amanaty at 2.5% a year.",
                 ["Auyl Amanaty", "Auyl Amanaty", "Clean Steppe"], id="named-again-alone"),
])
def test_programs_listed_before_the_plural(text, expected):
    assert sorted(m.text for m in programs.programs(text)) == expected


# "X group of fields" is no business ("X group of companies" is one).
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Gas will come from the Amangeldy group of fields.", [], id="a-group-of-fields"),
    pytest.param("The Alageum group of companies builds it.", ["Alageum group"],
                 id="a-group-of-companies"),
])
def test_a_group_of_things_is_no_business(text, expected):
    assert [m.text for m in organizations.organizations(text)] == expected


# "X launched it in May" in the sentence after a project gives it its status and company, as
# "X will build it" did. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_business_launching_it(model):
    text = ("The largest is a cheese dairy in the village of Uzynkol. Uzynkol Sut LLP, founded "
            "by a local farmer, launched it in May 2025.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    said = {s.prop: labels.get(getattr(s.obj, "key", None), getattr(s.obj, "lexical", None))
            for s in found.statements if labels.get(s.subject.key) == "cheese dairy"}
    assert (said.get("status"), said.get("company")) == ("Launched", "Uzynkol Sut")


# A list's item tells its project's status in any sentence of its line, also without a subject
# ("1. A wind farm, Jambyl Region. Investor: X LLP. Cost: $1.1 billion. Launched in May 2025.").
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_list_items_status_later_on_its_line(model):
    text = ("The ten largest projects of the year:\n\n"
            "1. Kordai wind farm, Jambyl Region. Investor: Saryarka Wind LLP. Cost: $1.1 billion. "
            "Construction started in May 2025.\n\n"
            "2. Copper cathode plant near Ayagoz, Abai Region. Investor: Ayagoz Copper LLP. Cost: "
            "410 billion tenge. Launched in September 2025 with 1,200 jobs.\n\n"
            "3. Truck assembly plant in Kostanay. Investor: Kostanay Truck LLP. Cost: $300 million."
            " Opened in March 2025.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert {labels[s.subject.key]: s.obj.lexical for s in found.statements
            if s.prop == "status"} == {"Kordai wind farm": "UnderConstruction",
                                       "Copper cathode plant": "Launched",
                                       "Truck assembly plant": "Launched"}


# A part of a count of projects is a count too ("Fourteen of the 87 projects"); not of workers.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Fourteen of the 87 projects are behind schedule.",
                 [("14", "projects"), ("87", "projects")], id="a-part-of-a-count"),
    pytest.param("Four of the projects are on the Map.", [("4", "projects")], id="of-the-projects"),
    pytest.param("Two of the workers left.", [], id="not-of-workers"),
])
def test_parts_of_a_count(text, expected):
    assert [(v.lexical, v.unit) for _, v in changes.quantities(text)] == expected


# Rules only: a technical acronym is no business a cue noun calls one ("the EPC contractor"),
# and a country of two words before a name is its owner, not part of it ("South Korea's X").
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Chinese company Zhongxin Solar Engineering is the EPC contractor.",
                 ["Zhongxin Solar Engineering"], id="the-epc-contractor"),
    pytest.param("South Korea's Hanbit Energy Materials Co., Ltd. will build it.",
                 ["Hanbit Energy Materials Co., Ltd."], id="a-country-of-two-words-owns-it"),
])
def test_acronyms_and_owners_are_no_names(text, expected):
    assert sorted(m.text for m in [*organizations.organizations(text), *called.called(text)]) \
        == expected


# Rules only, the readings the model got this session: a plant on hold or not yet started is
# planned, one almost complete or whose ground was broken is being built, and an agreement
# signed for one plans it where nothing else in the clause says more.
@pytest.mark.parametrize(("text", "project", "expected"), [
    pytest.param("In Kurchatov, Polytech Kabel LLP has signed an agreement for a cable plant.",
                 "cable plant", "Planned", id="an-agreement-signed"),
    pytest.param("Orda Su LLP signed an agreement with the ministry on a desalination plant near "
                 "Aktau, construction of which began in August.", "desalination plant",
                 "UnderConstruction", id="an-agreement-and-work-begun"),
    pytest.param("A pelletizing plant near Satpayev has been put on hold.", "pelletizing plant",
                 "Planned", id="on-hold"),
    pytest.param("An aluminium profile plant built by Alu LLP is almost complete.",
                 "aluminium profile plant", "UnderConstruction", id="almost-complete"),
    pytest.param("The sulfuric acid plant has not yet started construction.",
                 "sulfuric acid plant", "Planned", id="not-yet-started"),
])
def test_rules_only_statuses_of_the_fourteenth_session(text, project, expected):
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    labels = {e.key: e.label for e in found.entities}
    assert [s.obj.lexical for s in found.statements
            if s.prop == "status" and labels[s.subject.key] == project] == [expected]


# ---- session 15 ----


def _companies_and_statuses(text: str, model) -> list[tuple[str, str | None, str | None]]:
    """Each project an article's extraction has, by label, with its company and status."""
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    said = {(labels[s.subject.key], s.prop): labels.get(getattr(s.obj, "key", None),
                                                        getattr(s.obj, "lexical", None))
            for s in found.statements if s.subject.key in labels}
    return [(p, said.get((p, "company")), said.get((p, "status")))
            for p in sorted(e.label for e in found.entities if e.kind == "project")]


# A facility named as a proper noun with any facility word the rules know as a named one
# ("named_facility_heads", now also heads of two words: "Dry Port", "Logistics Centre"), and
# named again by its bare head ("the dry port"), is one project, with its builder and status.
# A head of two words alone is no name ("The Dry Port"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tobol Rail LLP is building the Kostanay Dry Port near the border crossing. The "
                 "dry port will handle 90,000 containers a year.",
                 [("Kostanay Dry Port", "Tobol Rail", "UnderConstruction")], id="a-dry-port"),
    pytest.param("Caspian Marine JSC opened the Bautino Shipyard in Mangystau Region in June.",
                 [("Bautino Shipyard", "Caspian Marine", "Launched")], id="a-shipyard"),
    pytest.param("Work began on the Saryagash Logistics Centre, which Oasis Trans LLP is "
                 "building for $40 million.",
                 [("Saryagash Logistics Centre", "Oasis Trans", "UnderConstruction")],
                 id="a-logistics-centre"),
    pytest.param("Ertis Grain LLP will build the Shiderty Grain Elevator next year.",
                 [("Shiderty Grain Elevator", "Ertis Grain", "Planned")], id="an-elevator"),
])
def test_facilities_named_with_more_facility_words(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Dry Port opened in May.", [], id="the-head-alone"),
    pytest.param("Trains reach the Altynkol Dry Port daily.", ["Altynkol Dry Port"],
                 id="a-name-and-the-head"),
    pytest.param("JSC Zhetysu Power Station signed a loan.", [], id="a-legal-form-before"),
])
def test_heads_of_two_words_in_names(text, expected):
    assert [m.key for m in facilities.named(text, 0, text)] == expected


# A region's name before a media word is an outlet's, no region ("The Astana Times spoke with").
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Astana Times spoke with the akim.", [], id="an-outlet"),
    pytest.param("Kostanay News reported that a mill opened in Kostanay Region.",
                 ["Kostanay Region"], id="an-outlet-and-a-region"),
    pytest.param("The plant in Astana opened.", ["Astana"], id="a-city"),
])
def test_an_outlets_name_is_no_region(text, expected):
    assert [m.text for m in regions.regions(text)] == expected


# Jobs to come say whom a plant will employ, not how far it is: a plan only where the clause
# says nothing else ("job_verbs", "job_nouns").
@pytest.mark.parametrize(("clause", "expected"), [
    pytest.param("The plant, launched in May, will create 300 jobs.", "launched",
                 id="launched-and-jobs"),
    pytest.param("It costs $20 million and will employ about 90 people; construction is 70% done.",
                 "under construction", id="jobs-then-construction"),
    pytest.param("The plant will create 300 new jobs.", "planned", id="only-jobs"),
    pytest.param("The holding will create a new plant.", "planned", id="create-a-plant"),
])
def test_jobs_to_come_are_no_plan(clause, expected):
    assert markers.status(clause)[0] == expected


# A list item's sentences after its project each tell of it: its worth and jobs to come, then
# how far its construction is. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_every_sentence_of_a_list_item_tells_its_status(model):
    text = ("Projects of the year in the region:\n\n"
            "1. A cable plant in the industrial zone of Ekibastuz. The project of Ertis Kabel "
            "LLP is worth KZT 9 billion and will give 120 jobs. Construction is 80% complete.\n\n"
            "2. A flour mill in Aksu. The investor is Aksu Un LLP.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [(labels[s.subject.key], s.obj.lexical) for s in found.statements
            if s.prop == "status"] == [("cable plant", "UnderConstruction")]


# The sentences after a project tell of it also where its bare noun has an aside or a present
# or future verb ("The plant, worth X, was launched"), or where a business builds "the
# facility"; equipment being installed is construction, "started operating" a launch, "will
# turn wheat into gluten" what a plant makes. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("1. A dairy plant of Ak Bulak LLP in Sairam district. The plant, worth KZT 9 "
                 "billion, was launched in May.\n", "Launched", id="an-aside"),
    pytest.param("1. A dairy plant of Ak Bulak LLP in Sairam district. The plant, worth 14.7 "
                 "billion tenge, was launched in May.\n", "Launched", id="a-decimal-in-an-aside"),
    pytest.param("1. A tomato paste plant in Kazygurt district. Kazygurt Agro LLP is building "
                 "the facility for KZT 8 billion.\n", "UnderConstruction",
                 id="building-the-facility"),
    pytest.param("At a plant for drying fruit in Saryagash district, equipment is being "
                 "installed.", "UnderConstruction", id="being-installed"),
    pytest.param("1. A feed mill in Ordabasy district, which started operating in March.\n",
                 "Launched", id="started-operating"),
    pytest.param("The investor in a starch plant near Aksai is Batys Agro LLP. The plant will "
                 "turn 90,000 tonnes of wheat a year into starch.", None, id="turning-into"),
])
def test_more_sentences_telling_a_status(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [s.obj.lexical for s in found.statements if s.prop == "status"] == (
        [expected] if expected else [])


# "The investor is the Korean company X" after a project labels its company as "Investor: X"
# does; "a 300 MW project" (a figure and its unit before "project") is how big the one named is,
# no project of its own, while "a 100 MW wind project" is one. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_an_investor_said_with_its_kind(model):
    text = ("1. A 50 MW solar power plant near Zaisan. The investor is the Korean company Hanbit "
            "Solar, the cost is KZT 21 billion.\n\n2. A flour mill in Aksu.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [(labels[s.subject.key], labels[s.obj.key]) for s in found.statements
            if s.prop == "company"] == [("50 MW solar power plant", "Hanbit Solar")]


@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The biggest is the Sarybel wind farm near Ekibastuz. It is a 300 MW project "
                 "worth $380 million.", ["Sarybel wind farm"], id="how-big-the-one-named-is"),
    pytest.param("Construction of a 100 MW wind project began near Kordai.",
                 ["100 MW wind project"], id="a-wind-project"),
])
def test_a_figure_before_project_names_none(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert sorted(e.label for e in found.entities if e.kind == "project") == expected


# "X began building a plant" is construction under way ("will start building" a plan); a plant
# "on the outskirts of" a town is no production of outskirts ("on" takes only "on processing
# of"); a credit line is no project; "the solar plant" after "a 150 MW solar power plant" is
# that plant named again shorter. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ulytau Power LLP began building a 200 MW gas-turbine power plant on the "
                 "outskirts of Zhezkazgan in August.",
                 [("200 MW gas-turbine power plant", "UnderConstruction")], id="began-building"),
    pytest.param("Ulytau Power LLP will start building a gas-turbine power plant in 2026.",
                 [("gas-turbine power plant", "Planned")], id="will-start-building"),
    pytest.param("The bank opened a credit line of KZT 150 billion for a copper concentrator "
                 "that Kyzyl Ore LLP is building.",
                 [("copper concentrator", "UnderConstruction")], id="a-credit-line"),
    pytest.param("Kyzyl Ore LLP also intends to build a 150 MW solar power plant next to the "
                 "mine. The feasibility study for the solar plant will be ready in 2025.",
                 [("150 MW solar power plant", "Planned")], id="named-again-shorter"),
])
def test_begun_work_and_shorter_names(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    status = {labels[s.subject.key]: s.obj.lexical for s in found.statements if s.prop == "status"}
    assert [(e.label, status.get(e.label)) for e in found.entities if e.kind == "project"] == (
        expected)


@pytest.mark.parametrize(("label", "other", "expected"), [
    pytest.param("solar plant", "150 MW solar power plant", True, id="words-left-out"),
    pytest.param("power plant", "solar power plant", True, id="a-suffix"),
    pytest.param("gas plant", "gas field", False, id="another-head"),
    pytest.param("cement plant", "brick plant", False, id="another-product"),
    pytest.param("plant", "cement plant", False, id="the-head-alone"),
])
def test_a_project_named_again_shorter(label, other, expected):
    assert merging.shortened(label, other) is expected


# What an economy lives on is a sector ("better known for oil and gas", "depended on oil and
# gas", "the region's manufacturing output", "achieved in agriculture over the past year");
# a product's output is none ("cement output").
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The region is better known for oil and gas than for food.", ["oil and gas"],
                 id="known-for"),
    pytest.param("An economy that has long depended on oil and gas.", ["oil and gas"],
                 id="depended-on"),
    pytest.param("A fifth of the region's manufacturing output.", ["manufacturing"],
                 id="its-output"),
    pytest.param("What has the region achieved in agriculture over the past year?",
                 ["agriculture"], id="in-it-over-a-year"),
    pytest.param("Textiles are among the fastest-growing parts of the city's manufacturing.",
                 ["manufacturing"], id="a-places-own"),
    pytest.param("Cement output rose by 4%.", [], id="a-products-output"),
    pytest.param("Oil and gas prices fell.", [], id="a-products-prices"),
])
def test_what_an_economy_lives_on(text, expected):
    assert [m.text for m in sectors.sectors(text)] == expected


# A name and, in apposition, the kind of thing it is ("the Shelek Juice Plant, a facility for
# the production of juice") are one project, and a list of projects stays a list; "the second
# stage of the project", where the sentence names what the stage builds, is no project of its
# own. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Alma Fruit LLP commissioned the Shelek Juice Plant, a facility for the "
                 "production of apple juice, in Almaty Region.", ["Shelek Juice Plant"],
                 id="a-name-and-its-kind"),
    pytest.param("The projects launched include the Taraz Cement Plant, a brick factory and a "
                 "flour mill.", ["Taraz Cement Plant", "brick factory", "flour mill"],
                 id="a-list-of-plants"),
    pytest.param("As the second stage of the project, Alma Fruit LLP will build a fruit storage "
                 "facility next to the plant.", ["fruit storage facility"],
                 id="a-stage-and-what-it-builds"),
])
def test_a_name_and_the_kind_of_thing_it_is(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert sorted(e.label for e in found.entities if e.kind == "project") == expected


# A zone named as a place where plants stand is no project; one being created is.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Also in the Ontustik zone, Saule Textile LLP is building a knitwear factory.",
                 ["knitwear factory"], id="a-place"),
    pytest.param("The Kokshe zone will be built by 2027.", ["Kokshe zone"], id="being-created"),
])
def test_a_named_zone_is_a_place(text, expected):
    assert [m.key for m in projects.projects(text, [(0, len(text))])] == expected


# Whose a project is, in the sentence after it: "The project of X LLP is worth", "The complex,
# built by X LLP, will produce"; and "planned by X" names X a business. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("1. A cable plant in Oskemen. The project of Shygys Kabel LLP is worth KZT 14 "
                 "billion.\n", ("cable plant", "Shygys Kabel"), id="the-project-of"),
    pytest.param("1. A meat processing complex in Tolebi district. The complex, built by Lenger "
                 "Et LLP, will produce 12,000 tonnes of meat a year.\n",
                 ("meat processing complex", "Lenger Et"), id="built-by-in-an-aside"),
    pytest.param("The flagship is a new copper smelter in Zhezkazgan planned by Kengir Copper.",
                 ("copper smelter", "Kengir Copper"), id="planned-by"),
])
def test_whose_a_project_is_said_after_it(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [(labels[s.subject.key], labels[s.obj.key]) for s in found.statements
            if s.prop == "company"] == [expected]


# The outlet naming itself is no organization of the story ("Kazinform News Agency" in an
# article from inform.kz), a business sharing its word is one; a country before a longer name
# of proper nouns is part of it ("Kazakhstan Temir Zholy"). Both modes where the model reads it.
@pytest.mark.parametrize("model", [None, "none"])
def test_the_outlet_naming_itself(model):
    text = ("Kazinform News Agency reports that Aktobe Heavy Machinery LLP is building a dump "
            "truck plant in Aktobe.")
    article = Article("t", text, published=PUBLISHED, url="https://en.inform.kz/news/x")
    found = extract(article, model=model)
    assert sorted(e.label for e in found.entities if e.kind == "organization") == [
        "Aktobe Heavy Machinery"]


def test_a_country_starting_a_longer_name():
    found = extract(Article("t", "The terminal was built with Kazakhstan Temir Zholy and KTZ "
                                 "Express.", published=PUBLISHED))
    assert sorted(e.label for e in found.entities if e.kind == "organization") == [
        "KTZ Express", "Kazakhstan Temir Zholy"]


# "a plant to assemble mining dump trucks" is a plant with its product, named again as "the
# dump truck plant". Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_plant_to_make_something(model):
    text = ("Aktobe Heavy Machinery LLP is building a plant to assemble mining dump trucks in "
            "Aktobe. The akim said the dump truck plant would open in 2026.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [e.label for e in found.entities if e.kind == "project"] == [
        "plant to assemble mining dump trucks"]


# "we expect X to start building a plant" is no work begun.
def test_to_start_building_is_no_work_begun():
    text = "In 2025 we expect the Turkish company Demirel Kablo to start building a cable plant."
    found = extract(Article("t", text, published=PUBLISHED))
    assert "UnderConstruction" not in [s.obj.lexical for s in found.statements
                                       if s.prop == "status"]


# "a plant producing 400,000 tonnes of sulfuric acid" is a plant with its product; a bank that
# "will lend" for it says who pays, not that it is planned. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_plant_producing_a_measure_of_something(model):
    text = ("The bank will lend KZT 27 billion to Mugalzhar Chemical LLP for a plant producing "
            "400,000 tonnes of sulfuric acid a year near Kandyagash.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    said = {s.prop: labels.get(getattr(s.obj, "key", None), getattr(s.obj, "lexical", None))
            for s in found.statements if s.subject.kind == "project"}
    assert [e.label for e in found.entities if e.kind == "project"] == [
        "plant producing sulfuric acid"]
    assert (said.get("company"), said.get("status")) == ("Mugalzhar Chemical", None)


# A bank's borrower is the project's company ("The borrower is X LLP"); a "National Project for
# the Development of X" is a program, as state programs have been named since 2021, a
# facility's "Project" is none.
@pytest.mark.parametrize("model", [None, "none"])
def test_the_borrower_is_the_company(model):
    text = ("1. In Turkistan region, the bank is financing a 120 MW solar power plant in Shardara "
            "district. The borrower is Shardara Sun LLP, a subsidiary of a Chinese group.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [(labels[s.subject.key], labels[s.obj.key]) for s in found.statements
            if s.prop == "company"] == [("120 MW solar power plant", "Shardara Sun")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Loans came under the National Project for the Development of the "
                 "Agro-Industrial Complex.",
                 ["National Project for the Development of the Agro-Industrial Complex"],
                 id="a-national-project"),
    pytest.param("The Zhasyl Project is a plant near Taraz.", [], id="a-facilitys-project"),
])
def test_national_projects_are_programs(text, expected):
    assert [m.text for m in programs.programs(text)] == expected


# A share done is construction under way, rules only too ("is 60% complete", "85 percent
# ready"), and a plan after it is its end.
@pytest.mark.parametrize(("clause", "expected"), [
    pytest.param("The reconstruction of the plant is 60% complete.", "under construction",
                 id="percent-sign"),
    pytest.param("The plant is 85 percent ready and will open in May.", "under construction",
                 id="percent-word-and-a-plan"),
    pytest.param("Prices rose 5% and the plant was launched.", "launched", id="another-percent"),
])
def test_a_share_done(clause, expected):
    assert markers.status(clause)[0] == expected


# A count of projects of any kind a compound or an adjective in -al or -ing names ("27
# agro-industrial projects", "Eleven new engineering plants"); no figure of people.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The region has 27 agro-industrial projects.", [("27", "projects")],
                 id="a-compound"),
    pytest.param("Eleven new engineering plants were commissioned.", [("11", "projects")],
                 id="an-adjective-in-ing"),
    pytest.param("Seven agro-processing enterprises will open.", [("7", "projects")],
                 id="enterprises"),
    pytest.param("The plant hires 300 working people.", [], id="no-projects"),
])
def test_counts_of_projects_of_a_kind(text, expected):
    assert [(v.lexical, v.unit) for _, v in changes.quantities(text)] == expected


# "The plant, which will produce X" after "a glass container plant" is that plant; names with
# "&" or a foreign "and" inside before a legal form are whole, and a short form with initials
# after the first word is the full name's ("Sungjin E&C"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_plant_and_what_it_will_produce(model):
    text = ("Work continues on a glass container plant in Kyzylorda. The plant, which will "
            "produce 110,000 tonnes of bottles a year, is 70% complete.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [e.label for e in found.entities if e.kind == "project"] == ["glass container plant"]


@pytest.mark.parametrize("model", [None, "none"])
def test_names_with_ampersands_and_initials(model):
    text = ("The EPC contract went to Sungjin Engineering & Construction Co., Ltd.; the water "
            "works are by Ekinci Insaat ve Su Teknolojileri A.S. Sungjin E&C said it will hire "
            "locally.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert sorted(e.label for e in found.entities if e.kind == "organization") == [
        "Ekinci Insaat ve Su Teknolojileri", "Sungjin Engineering & Construction"]


# A program's name shortened ("the State Program of Industrial-Innovative Development" beside
# its full name with its years) is the program the full name is.
def test_a_programs_name_shortened():
    text = ("Under the State Program of Industrial-Innovative Development of the Republic of "
            "Kazakhstan for 2020-2025, loans went out. The State Program of Industrial-Innovative "
            "Development also paid for roads.")
    assert {m.key for m in programs.programs(text)} == {"program/spiid-2020-2025"}


# ---- session 16 ----


def _labels(text: str, model, kind: str) -> list[str]:
    """The labels of the entities of one kind an article's extraction has."""
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    return [e.label for e in found.entities if e.kind == kind]


# An author's line above a dateline ("By X in Business on 19 May 2022\n\nKOSTANAY –") is no
# part of the story: the dateline after it is no organization and no region, and the lead
# that says which region the article is about is the sentence after the dateline, also where
# the dateline opens it. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize("byline", ["", "By Aliya Serikova in Business on 3 May 2024\n\n"],
                         ids=["no-byline", "a-byline"])
def test_the_lead_after_a_byline_and_a_dateline(model, byline):
    text = (f"{byline}TARAZ – Investment in the factories of Zhambyl Region grew by a third in "
            "2024.\n\n\"Our region sits between Almaty and Shymkent,\" said the akim.\n\n"
            "In July, Tau-Gips LLP launched a gypsum board plant in the Zhualy district.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [(labels[s.subject.key], labels[s.obj.key]) for s in found.statements
            if s.prop == "locatedIn"] == [("gypsum board plant", "Jambyl Region")]
    assert "TARAZ" not in labels.values()


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("By Aliya Serikova\n\nPAVLODAR – The plant", "\nPAVLODAR –", id="a-dateline"),
    pytest.param("By Aliya Serikova\n\nThe plant opened.", "", id="no-dateline"),
    pytest.param("By 2027 the plant will run.\nIt", "", id="a-sentence-by-a-year"),
])
def test_a_dateline_after_a_byline(text, expected):
    assert text[text_module.byline_end(text):text_module.dateline_end(text)] == expected


# A list item whose heading is a project's name ("4. Aksai gas plant (West Kazakhstan
# Region).") tells of that project: the first project with its head after the heading is it,
# with its builder and status. Not where the first line is a sentence. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Projects to watch:\n\n1. Aksai gas processing plant (West Kazakhstan Region). "
                 "Ural Gas LLP is building a plant near Aksai that will process gas.\n\n"
                 "2. Terekti wind farm. Zhaiyk Wind LLP launched a 48 MW wind farm in "
                 "December.\n",
                 [("Aksai gas processing plant", "Ural Gas", "UnderConstruction"),
                  ("Terekti wind farm", "Zhaiyk Wind", "Launched")], id="headed-items"),
    pytest.param("Aral Salt LLP opened a salt plant in Aral in May. Kyzyl Tuz LLP is building a "
                 "plant near Kazaly.",
                 [("plant", "Kyzyl Tuz", "UnderConstruction"),
                  ("salt plant", "Aral Salt", "Launched")], id="a-sentence-is-no-heading"),
])
def test_a_list_item_headed_by_its_project(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# Work on a facility named before its verb is read as the markers read the work alone
# ("construction of the mill in Aral was completed", "construction of X by Y started"), not
# where it is still under way ("is being completed"); "put into commercial operation" is a
# launch; what a terminal "will handle" is its capacity, no plan.
@pytest.mark.parametrize(("clause", "expected"), [
    pytest.param("Construction of the flour mill in Aral was completed in May.", "launched",
                 id="finished"),
    pytest.param("Construction of the terminal by Rail LLP started in 2022, but its launch has "
                 "been pushed back to 2026.", "under construction", id="started-then-delayed"),
    pytest.param("The construction of the rod plant is being completed.", "under construction",
                 id="being-completed"),
    pytest.param("The wind farm has been put into commercial operation.", "launched",
                 id="commercial-operation"),
    pytest.param("The dry port, which will handle 2 million tonnes of cargo a year, is about 70% "
                 "complete.", "under construction", id="will-handle"),
])
def test_work_on_a_facility_named_between(clause, expected):
    assert markers.status(clause)[0] == expected


# With the model, what a verb does to a plan's noun between it and the facility is the plan's
# ("We have finished the feasibility study for a cement plant": still a plan, no launch).
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("We have finished the feasibility study for a cement plant near Satpayev.",
                 "Planned", id="a-study-finished"),
    pytest.param("The design of the new flour mill in Aral was completed in May.", "Planned",
                 id="a-design-completed"),
    pytest.param("We have finished the construction of a cement plant near Satpayev.",
                 "Launched", id="construction-finished"),
])
def test_a_plans_noun_between_a_verb_and_a_facility(text, expected):
    found = extract(Article("t", text, published=PUBLISHED))
    assert [s.obj.lexical for s in found.statements if s.prop == "status"] == [expected]


# A unit is no name's first word ("the 150 MW Tupkaragan Wind Farm"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_unit_before_a_named_facility(model):
    text = "Kaspiy Wind LLP commissioned the 150 MW Tupkaragan Wind Farm in Mangystau Region."
    assert _labels(text, model, "project") == ["Tupkaragan Wind Farm"]


# The short names a text defines for a business in brackets (X PLC ("MMG" or "the Group"))
# are that business where they stand again: "the Group's smelter" is its; "Group" is no
# other name of it. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_names_a_text_defines_for_a_business(model):
    text = ('Ak Su Mining PLC ("ASM" or "the Group") today publishes an update.\n\n'
            "Construction of the Group's ferrochrome smelter in Aktobe is 80% complete. ASM "
            "expects first metal in 2027.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    orgs = [e for e in found.entities if e.kind == "organization"]
    labels = {e.key: e.label for e in found.entities}
    assert [(e.label, e.alt_labels) for e in orgs] == [
        ("Ak Su Mining", ("ASM", "Ak Su Mining PLC"))]
    assert [(labels[s.subject.key], labels[s.obj.key]) for s in found.statements
            if s.prop == "company"] == [("ferrochrome smelter", "Ak Su Mining")]


# Rules only, a business and what it is, which builds the project ("X LLP, a joint venture that
# will build a plant") is the project's, not the partners named before it.
def test_a_joint_venture_that_builds_rules_only():
    text = ("Ertis Mining JSC and Kuat Energy LLP have agreed to create Khromtau Solar LLP, a "
            "50/50 joint venture that will build a 60 MW solar power plant in Khromtau.")
    found = extract(Article("t", text, published=PUBLISHED), model="none")
    labels = {e.key: e.label for e in found.entities}
    assert [labels[s.obj.key] for s in found.statements if s.prop == "company"] == [
        "Khromtau Solar"]


# A report by project, each under a heading on a line of its own, tells of the heading's
# project in the paragraph below ("the Group's chrome ore briquetting plant" under "Khromtau
# briquetting plant"); to suspend its construction is no work under way. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_heading_on_its_own_line(model):
    text = ("Khromtau briquetting plant\n\nThe Board has decided to suspend construction of the "
            "Group's chrome ore briquetting plant in Khromtau. Work is frozen until 2027.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [e.label for e in found.entities if e.kind == "project"] == [
        "Khromtau briquetting plant"]
    assert [s for s in found.statements if s.prop == "status"] == []


# In an interview, "you" in a question and "we" in an answer stand for the company the text
# names most often; a pronoun is no business's name (the model's "You are building"). Both
# modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_you_in_an_interviews_question(model):
    text = ("Nura Cement Holding runs a cement plant in Shakhtinsk. Nura Cement Holding is now "
            "expanding it.\n\n– You are building a second kiln line in Shakhtinsk. At what "
            "stage is it?\n\n– The shell is up.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [e.label for e in found.entities if e.kind == "organization"] == [
        "Nura Cement Holding"]
    assert ("kiln line", "Nura Cement Holding") in [
        (labels[s.subject.key], labels[s.obj.key]) for s in found.statements
        if s.prop == "company"]


# A head that says what a facility is ("project_heads_alone": a tannery, a smelter) is a project
# alone where a place or a verb follows it, not as a part of another ("a complex with a
# slaughterhouse") nor before another noun ("a greenhouse vegetables plant"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("2. A tannery in Semey, built by Ertis Leather LLP, will process 400,000 hides "
                 "a year.", ["tannery"], id="a-tannery-in-a-town"),
    pytest.param("Lenger Et LLP is building a meat processing complex with a slaughterhouse in "
                 "Lenger.", ["meat processing complex"], id="a-part-of-a-complex"),
    pytest.param("Aktyney LLP is planning a greenhouse vegetables plant in Taraz.",
                 ["vegetables plant"], id="before-another-noun"),
])
def test_heads_that_say_what_a_facility_is(text, expected, model):
    assert _labels(text, model, "project") == expected


# "the 15 billion tenge facility" after a project in its paragraph is that project (a head that
# only says what it is), with the builder and the stage its sentence gives. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_the_facility_after_a_project(model):
    text = ("6. A wholesale and logistics centre on the Semey bypass road. Semey Trade LLP has "
            "poured the foundations of the 15 billion tenge facility.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert "facility" not in labels.values()
    assert {(labels[s.subject.key], s.prop) for s in found.statements
            if s.prop in ("company", "status")} == {
        ("wholesale and logistics centre", "company"), ("wholesale and logistics centre", "status")}


# A road a facility stands on ("a logistics centre on the Semey bypass road") is its site, no
# project; foundations poured are construction under way.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_road_is_a_site_and_poured_foundations_are_construction(model):
    text = "Semey Trade LLP will open a logistics centre on the Semey bypass road in 2026."
    assert _labels(text, model, "project") == ["logistics centre"]
    assert markers.status("X LLP has poured the foundations of the facility, which will create "
                          "260 jobs.")[0] == "under construction"


# A digest by region with each region alone on the first line of its block of numbered items
# places every item of the block in it. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_region_alone_above_its_items(model):
    text = ("Launches by region:\n\nAlmaty Region\n1. In Konaev, Qazpharm LLP commissioned a "
            "plant for the production of antibiotics.\n2. Assembly of vans has begun at the "
            "Alatau Auto site in Ili district.\n\nJambyl Region\n3. Bereke Juice LLP opened a "
            "juice plant in Taraz.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _said_of_projects(found, "locatedIn") == [
        ("Assembly of vans", "Almaty Region"), ("juice plant", "Jambyl Region"),
        ("plant for the production of antibiotics", "Almaty Region")]


# Volumes, areas, lengths, energy and ounces ("measure_units"), a day or a year after them
# where the text says so; metres and litres only as a rate; a distance is no figure.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The plant will process 4 billion cubic metres of gas a year.",
                 [("4000000000", "m3/year")], id="cubic-metres-a-year"),
    pytest.param("It treats 15,000 m3 per day.", [("15000", "m3/day")], id="m3-a-day"),
    pytest.param("A 47-kilometre water pipeline and 96,000 MWh of electricity a year.",
                 [("47", "km"), ("96000", "MWh/year")], id="a-length-and-energy"),
    pytest.param("The mill makes 18 million metres of fabric a year; its 300-metre hall.",
                 [("18000000", "m/year")], id="metres-only-as-a-rate"),
    pytest.param("The quarry lies 25 km from the town.", [], id="a-distance"),
])
def test_measures(text, expected):
    assert [(v.lexical, v.unit) for _, v in numbers.quantities(text)] == expected


# A business named under a label ("Investor: Tobol Battery.") or after a cue noun with what it
# makes or an owner's word ("Chinese bus maker Zhonghua Coach", "our partner Huaxin Coach",
# "SK-Pharmacy, the single distributor of medicines") is an organization, whatever the model
# reads the name as. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Production of batteries, 300,000 a year. Investor: Tobol Battery. Jobs: 75.",
                 ["Tobol Battery"], id="a-label"),
    pytest.param("Chinese bus maker Zhonghua Coach signed an agreement in Kostanay.",
                 ["Zhonghua Coach"], id="a-maker-with-its-product"),
    pytest.param("Our partner Huaxin Coach has already sent its engineers.", ["Huaxin Coach"],
                 id="our-partner"),
    pytest.param("They sell under contracts with SK-Pharmacy, the single distributor of "
                 "medicines.", ["SK-Pharmacy"], id="a-distributor"),
])
def test_businesses_by_label_and_cue(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [e.label for e in found.entities if e.kind == "organization"] == expected
    assert [e.label for e in found.entities if e.kind == "person"] == []


# A term's acronym before a cue noun is no business ("the EPC contractor"); a ministry's name
# ends before a comma and a country ("the Ministry of Industry and Construction, Kazakhstan
# produced"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("China's Sichuan Huaxi Engineering Co. is the EPC contractor.",
                 ["Sichuan Huaxi Engineering"], id="an-acronym-before-a-cue"),
    pytest.param("According to the Ministry of Industry and Construction, Kazakhstan produced "
                 "cables worth 690 billion tenge.", ["Ministry of Industry and Construction"],
                 id="a-ministry-before-a-comma-and-a-country"),
])
def test_no_term_and_no_country_in_a_name(text, expected, model):
    assert _labels(text, model, "organization") == expected


# A digest's items under short headings of their parts ("Akmola Region") take what the list's
# lead says of them all ("Launches by region:"): launched. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_lead_above_headed_parts_of_a_list(model):
    text = ("Launches by region:\n\nAkmola Region\n1. A trailer plant of Sevkaz Trailer LLP in "
            "Kokshetau, 600 units a year.\n\nTurkistan Region\n2. A tomato paste plant in "
            "Saryagash district, built by Ontustik Agro LLP.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _said_of_projects(found, "status") == [("tomato paste plant", "Launched"),
                                                  ("trailer plant", "Launched")]


# A name of two words or more whose facility a possessive says it is ("Tobol Lubricants' base
# oil plant") is the plant's company, whatever the model reads the name as; not a person's name
# (a surname's ending). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("There is also Tobol Lubricants' base oil plant in Kostanay region.",
                 [("base oil plant", "Tobol Lubricants")], id="a-plural-possessive"),
    pytest.param("Serik Akhmetov's new flour mill opened in Aral.", [], id="a-persons-mill"),
])
def test_a_possessive_owner_of_a_facility(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [(labels[s.subject.key], labels[s.obj.key]) for s in found.statements
            if s.prop == "company"] == expected


# "Insulin production" and "Production of insulin" name one project (what is made before or
# after "of"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_production_of_x_is_x_production(model):
    text = ("Insulin production to be launched in Shymkent\n\nProduction of insulin will be "
            "launched in Shymkent by Biomedica LLP by the end of 2025.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert len([e for e in found.entities if e.kind == "project"]) == 1


# A time after "for" is no product ("talking about a refinery for years").
def test_a_time_after_for_is_no_product():
    text = "The government has been talking about a new oil refinery for years."
    assert [m.key for m in projects.projects(text, [(0, len(text))])] == ["oil refinery"]


# An association, a union or a federation "of" what it gathers is named as a ministry is, its
# country after "of" included. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_an_association_of(model):
    text = ("We spoke with Serik Kuanyshev, chairman of the Association of Oil Refiners of "
            "Kazakhstan, about new capacity.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [(e.label, e.alt_labels) for e in found.entities if e.kind == "organization"] == [
        ("Association of Oil Refiners", ("Association of Oil Refiners of Kazakhstan",))]


# Session 17. A part of a plant after "the" or an owner's word ("the main workshop", "the paint
# shop", "the first DC furnace", "the shaft furnace": ``project_part_heads``, or "main"), or one
# of what a facility "includes", is the plant told of last, not a project of its own. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize("text", [
    pytest.param("Shymkent Cement LLP is building a cement plant near Lenger. The frame of the "
                 "main workshop has been erected, and the first rotary kiln was installed in "
                 "May.", id="the-main-workshop-and-the-first-kiln"),
    pytest.param("Shymkent Cement LLP is building a cement plant near Lenger.\n\nThe paint shop "
                 "is ready, and the foundations of the packing shop have been poured.",
                 id="shops-in-the-next-paragraph"),
    pytest.param("Shymkent Cement LLP is building a cement plant near Lenger. The new plant "
                 "will include a clinker line, a grinding mill and a packing plant.",
                 id="what-it-includes"),
])
def test_the_parts_of_a_plant(text, model):
    assert _labels(text, model, "project") == ["cement plant"]


# A launch put off says only that a project is not working: it is being built where the same
# sentence, or one of the two after it that calls it by its head noun, says so, else it is a
# plan. A completion to come ("is to be completed in the autumn") says as much. "A memorandum
# on the construction of X was signed" is a plan (no "construction of" under way). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The launch of a copper smelter in Balkhash has been postponed to 2027.\n\n"
                 "\"The main hall of the smelter is 60% complete,\" the director said.",
                 "UnderConstruction", id="put-off-and-then-built"),
    pytest.param("The commissioning of a soda ash plant in Aral was postponed to 2026; the "
                 "installation works are completed by 85 percent.", "UnderConstruction",
                 id="put-off-and-percent-complete"),
    pytest.param("The launch of a glass plant in Taraz has been postponed to 2027 because the "
                 "investor is revising the design.", "Planned", id="put-off-alone"),
    pytest.param("A poultry farm in Zhambyl district is to be completed in the autumn. "
                 "Construction is 75% complete.", "UnderConstruction",
                 id="to-be-completed-and-then-built"),
    pytest.param("A poultry farm in Zhambyl district is to be completed in the autumn.",
                 "Planned", id="to-be-completed-alone"),
    pytest.param("A memorandum on the construction of a glass plant in Kentau was signed with "
                 "Turkish investors on Friday.", "Planned", id="a-memorandum-on-construction"),
    pytest.param("A brick plant in Kentau started pilot production in March.", "Launched",
                 id="pilot-production"),
    pytest.param("A cement plant near Semey was fired up last week.", "Launched",
                 id="fired-up"),
])
def test_a_launch_put_off_and_a_completion_to_come(text, expected, model):
    assert [status for *_, status in _companies_and_statuses(text, model)] == [expected]


# A clause after a semicolon that goes on of all the projects before it ("; both are under
# construction") is theirs; a clause joined after a project ("..., and construction of a Y
# began") is Y's, not the project's before it. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Among them are a cable plant in Ekibastuz and a paint line in Temirtau; both "
                 "are under construction.", [("cable plant", None, "UnderConstruction"),
                                             ("paint line", None, "UnderConstruction")],
                 id="both-after-a-semicolon"),
    pytest.param("In May a tyre plant in Saran was put into operation, and construction of a "
                 "battery plant began in Astana.", [("battery plant", None, "UnderConstruction"),
                                                    ("tyre plant", None, "Launched")],
                 id="the-next-projects-clause"),
])
def test_clauses_of_all_and_of_the_next(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# A company named by its part ("Its developer, X LLP,"; in apposition also "The group, X LLP,":
# ``owner_apposed_nouns``) in one of the two sentences after a project's, also in the next
# paragraph, is its company. Two plants with one head, each followed by another place, are two
# ("a sugar plant in Baizak district" and "the sugar plant in Shu district"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Construction of a cement plant near Sauran is under way. It will produce 1.2 "
                 "million tonnes a year. The group, Tianshan Materials LLP, is investing $185 "
                 "million.", [("cement plant", "Tianshan Materials", "UnderConstruction")],
                 id="the-group-named-after"),
    pytest.param("Construction of a sugar plant in Koksu district has been frozen.\n\nThe plant "
                 "was announced in 2021. Its developer, Sary Sugar LLP, estimated it at $180 "
                 "million.", [("sugar plant", "Sary Sugar", None)],
                 id="the-developer-in-the-next-paragraph"),
])
def test_an_owner_named_after(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


@pytest.mark.parametrize("model", [None, "none"])
def test_plants_placed_apart(model):
    text = ("A sugar plant in Baizak district is planned by Chinese investors. The sugar plant "
            "in Shu district, owned by Shu Kant LLP, is being rebuilt.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    said = sorted((s.subject.key, s.prop, getattr(s.obj, "key", getattr(s.obj, "lexical", "")))
                  for s in found.statements if s.prop in ("company", "status"))
    assert said == [("t/sugar-plant", "status", "Planned"),
                    ("t/sugar-plant-2", "company", "shu-kant"),
                    ("t/sugar-plant-2", "status", "UnderConstruction")]


# A farm that builds or owns a plant ("built by the X sheep farm", "the X farm's dairy plant")
# is a business without a legal form, named without "farm", and no project; a wind farm stays a
# project. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Urzhar district a wool washing plant built by the Zhanatalap sheep farm "
                 "opened in May.", [("wool washing plant", "Zhanatalap", "Launched")],
                 id="built-by-a-farm"),
    pytest.param("The Kok Tobe farm's cheese plant in Talgar district opened in May.",
                 [("cheese plant", "Kok Tobe", "Launched")], id="a-farms-plant"),
    pytest.param("The Aral wind farm opened in May.", [("Aral wind farm", None, "Launched")],
                 id="a-wind-farm"),
])
def test_a_farm_that_owns_a_plant(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# Figures as the trade press writes them ("5,000t/day", "2.1Mt/yr"), products a year after two
# words or after what they hold ("60 million ceramic bricks a year", "2,500 gondola cars and
# hopper wagons a year", "40 million bottles of saline and glucose solutions a year"), and a
# staff ("a staff of 210", "we have 160 employees") as jobs.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The new kiln fires 5,000t/day; the plant will reach 2.1Mt/yr and then 3 Mt "
                 "a year.", [("5000", "t/day"), ("2100000", "t/year"), ("3000000", "t/year")],
                 id="glued-tonnes-and-megatonnes"),
    pytest.param("It will make 60 million ceramic bricks a year.", [("60000000", "units/year")],
                 id="two-words-a-year"),
    pytest.param("The works will build 2,500 gondola cars and hopper wagons a year.",
                 [("2500", "units/year")], id="one-and-another-a-year"),
    pytest.param("It will fill 40 million bottles of saline and glucose solutions a year.",
                 [("40000000", "units/year")], id="what-they-hold-a-year"),
    pytest.param("The mill has a staff of 210. We have 160 employees.",
                 [("210", "jobs"), ("160", "jobs")], id="a-staff"),
    pytest.param("The line runs 300 days a year. Since May, 300 people have visited it.", [],
                 id="no-days-and-no-visitors"),
])
def test_trade_press_figures_products_a_year_and_a_staff(text, expected):
    assert [(v.lexical, v.unit) for _, v in numbers.quantities(text)] == expected


# "Our" stands for the text's own company, but not where what it qualifies is named in
# apposition: "Our neighbour, X LLP, is building a plant" is X's. "plc" in lowercase is a legal
# form as "PLC" is; with the short name the text defines for it ("the Company"), the business
# owns what "the Company's" names. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tau-Chem LLP makes formalin. Tau-Chem LLP sells resins. Our neighbour, Zhasyl "
                 "Panel LLP, is building a particle board plant next door.",
                 ("particle board plant", "Zhasyl Panel", "UnderConstruction"),
                 id="our-neighbour-named"),
    pytest.param('Irtysh Gold plc ("Irtysh Gold" or "the Company") reports for the quarter. The '
                 "Company's heap leach plant at Bakyrchik is being built.",
                 ("heap leach plant", "Irtysh Gold", "UnderConstruction"),
                 id="a-plc-in-lowercase"),
])
def test_our_neighbour_and_a_plc(text, expected, model):
    assert _companies_and_statuses(text, model) == [expected]


# A power glued to its figure is a modifier as one apart is ("a 100-MW wind farm"; a length is
# none: "a 64-km connecting pipeline" is as often a part of a plant), and a pipeline being laid
# is being built. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A 100-MW wind farm near Yereymentau was commissioned in June.",
                 [("100-MW wind farm", None, "Launched")], id="a-glued-power"),
    pytest.param("Ertis Su LLP is laying the Irtysh-Pavlodar water pipeline.",
                 [("Irtysh-Pavlodar water pipeline", "Ertis Su", "UnderConstruction")],
                 id="being-laid"),
])
def test_powers_and_pipelines_laid(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# A list's item of one project, its fields apart by semicolons, is that project's clause whole:
# a last field that is a share says it is being built, "foundations poured" so too, design
# documentation under development says it is planned. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_fields_of_a_listed_project(model):
    text = ("List of projects (name and place; investor; cost; status):\n\n"
            "1. Brick plant, Taraz; Taraz Kirpich LLP, Turkey; 5.1 bn tenge; 60%.\n"
            "2. Glass plant, Kentau; Kentau Glass LLP, China; 9.4 bn tenge; foundations poured.\n"
            "3. Paint plant, Shu; Shu Boya LLP, Turkey; 3.2 bn tenge; design and estimate "
            "documentation under development.\n")
    assert [status for *_, status in _companies_and_statuses(text, model)] == [
        "UnderConstruction", "UnderConstruction", "Planned"]


# A facility's acronym the text brackets after its words ("a combined-cycle gas turbine (CCGT)",
# "Ertis Concentrator expansion (ECX)") is no business, there or where it stands again; a
# business's own stays one. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_facilitys_acronym(model):
    text = ("Aktobe Energy LLP is building a combined-cycle gas turbine (CCGT) plant. The Ertis "
            "Concentrator expansion (ECX) is 88% complete, and ECX will lift output, Eurasian "
            "Resources Group (ERG) said.")
    assert _labels(text, model, "organization") == ["Aktobe Energy", "Eurasian Resources Group"]


# A later sentence that calls a project by a bare head noun gives it a company only where the
# noun is the project's own or one that says only what it is ("The plant belongs to X" after a
# plant; not "the deposit belongs to X"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("noun", "expected"), [
    pytest.param("plant", "Tobol Steel", id="its-own-noun"),
    pytest.param("deposit", None, id="another-noun"),
])
def test_a_later_owner_of_the_same_noun(noun, expected, model):
    text = (f"In Lisakovsk a grinding balls plant opened in 2022. The {noun} belongs to Tobol "
            "Steel LLP.")
    assert _companies_and_statuses(text, model) == [("grinding balls plant", expected, "Launched")]


# A region alone on a line above items that are each a paragraph ("ULYTAU REGION", a blank line,
# "- ...", a blank line, "- ...") places every item up to the next such heading. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_region_heading_above_items_each_a_paragraph(model):
    text = ("Our round-up of the month.\n\nKOSTANAY REGION\n\n- A pellet plant of Rudny Ore LLP "
            "opened in May.\n\n- A flour mill opened in the regional centre.\n\nTURKISTAN "
            "REGION\n\n- A tomato paste plant opened in June.\n")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _said_of_projects(found, "locatedIn") == [("flour mill", "Kostanay Region"),
                                                     ("pellet plant", "Kostanay Region"),
                                                     ("tomato paste plant", "Turkistan Region")]


# "signed an agreement with Y on the construction of X" is a plan (the construction is what was
# agreed), and "the foundations of X have been poured" is work under way. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The akimat signed an agreement with Turkish company Ekin Enerji A.S. on the "
                 "construction of the 60 MW Koksu hydropower plant.", "Planned",
                 id="an-agreement-on-the-construction"),
    pytest.param("Near Tekeli, the dam foundations of the 24 MW Kora hydropower plant have been "
                 "poured.", "UnderConstruction", id="the-foundations-of-x-poured"),
])
def test_an_agreement_on_the_construction_and_foundations_of(text, expected, model):
    assert [status for *_, status in _companies_and_statuses(text, model)] == [expected]


# "is going up" and "mechanically complete" tell of work under way. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize("text", [
    pytest.param("A 150 MW wind farm is going up near Fort-Shevchenko.", id="going-up"),
    pytest.param("The Ertis Copper Concentrator is 88% mechanically complete.",
                 id="mechanically-complete"),
])
def test_going_up_and_mechanically_complete(text, model):
    assert [status for *_, status in _companies_and_statuses(text, model)] == [
        "UnderConstruction"]


# Session 18. How far a project is, said in words the markers did not have or where they were
# read past: a place between a project and its ", which is being built"; "to be built by";
# "started the production of"; "remains suspended"; finishing a study is planning, not
# building; a next sentence that opens with the foundations, and none after a halt; a place
# after each of two projects before the verb they share; the verb of a project of or at another
# is its own too; "rolled out", "kicked off production" (no part of a name), "remains on
# paper", "yet to get off the ground", "broke ground" before a date to come, "was dropped", "a
# memorandum signed", "is completing", "started work" (on a plant: its construction), "is due
# in 2026". Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The holding will now focus on its asphalt plant in the Kurmangazy district of "
                 "Atyrau Region, which is being built with a Chinese partner and is due to open "
                 "next year.", ["UnderConstruction"], id="a-place-before-which-is-being-built"),
    pytest.param("4. A bakery in the Esik district for 9,000 tonnes of bread a year, to be built "
                 "by Esik Nan LLP for 2.1 billion tenge.", ["Planned"], id="to-be-built-by"),
    pytest.param("In March, Daewon Parts started the production of seat covers at its plant in "
                 "Kostanay.", ["Launched"], id="started-the-production-of"),
    pytest.param("Construction of the glass plant of Kostanay Glass LLP remains suspended "
                 "because the investor ran out of money.", [None], id="remains-suspended"),
    pytest.param("We are finishing a feasibility study for a cable plant in the Alatau industrial "
                 "zone.", ["Planned"], id="finishing-a-study"),
    pytest.param("Our second project is a resin plant for 50,000 tonnes a year. The foundations "
                 "were poured in March.", ["UnderConstruction"], id="the-foundations-next"),
    pytest.param("Construction of a pellet plant in Rudny was suspended in May. The foundations "
                 "were laid in 2022, and the site will be guarded.", [None],
                 id="nothing-after-a-halt"),
    pytest.param("In June a bearing workshop in Temirtau and a pipe line in Saran were put into "
                 "operation.", ["Launched", "Launched"], id="places-before-a-shared-verb"),
    pytest.param("In Kostanay, the painting complex of the tractor plant of Agromash Holding JSC "
                 "was commissioned in May.", ["Launched", "Launched"], id="a-complex-of-a-plant"),
    pytest.param("A 12 MW solar power plant with a 20 MWh battery at the Akbakai mine started "
                 "operating in April.", ["Launched", "Launched"], id="a-plant-at-a-mine"),
    pytest.param("Tabys Group rolled out a shoe factory in the Almaty industrial zone in March.",
                 ["Launched"], id="rolled-out"),
    pytest.param("In January, Kentau Tigin LLP kicked off production at a sewing factory in "
                 "Kentau.", ["Launched"], id="kicked-off-production"),
    pytest.param("A knitwear factory announced by Baqyt Textile LLP in 2023 remains on paper.",
                 ["Planned"], id="remains-on-paper"),
    pytest.param("A vaccine plant in Astana, announced in 2022 by Helvetia Bioscience AG, has yet "
                 "to get off the ground.", ["Planned"], id="yet-to-get-off-the-ground"),
    pytest.param("5. Furniture factory of Nura Mebel LLP; status: broke ground on 28 May, "
                 "completion scheduled for the end of 2026.", ["UnderConstruction"],
                 id="broke-ground-then-a-date-to-come"),
    pytest.param("A fertilizer plant, which Anadolu Gubre A.S. was to build under an agreement, "
                 "was dropped last year.", [None], id="was-dropped"),
    pytest.param("A licorice plant in Shardara district has not moved beyond a memorandum signed "
                 "in 2019 with Gansu Jinhe Biotech Co.", ["Planned"], id="a-memorandum-signed"),
    pytest.param("Hanul Chemical LLP is completing a chlor-alkali plant in Shymkent that will "
                 "supply caustic soda.", ["UnderConstruction"], id="is-completing"),
    pytest.param("In 2019 the holding's feed mill in the Terekti district started work.",
                 ["Launched"], id="started-work"),
    pytest.param("In May Orda Build LLP started work on a cement plant near Aral.",
                 ["UnderConstruction"], id="started-work-on"),
    pytest.param("A greenhouse complex of Syr Zhemis LLP in the Karmakshy district is due in "
                 "2026.", ["Planned"], id="is-due-in"),
])
def test_statuses_in_words_read_past(text, expected, model):
    assert [status for *_, status in _companies_and_statuses(text, model)] == expected


# A town that is a region's centre (the reference data's kz:administrativeCentre and
# kz:centreName: "Taraz", "Uralsk") places a project in that region where the text names the
# region too; a former centre now another region's ("Taldykorgan", Jetisu's since 2022) is the
# latter's; not inside a business's name, nor where the text never names the region (a city is
# its region only where the text says which region it is in). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Jambyl Region and Turkistan Region report. A glass plant opened in Taraz in "
                 "May.", [("glass plant", "Jambyl Region")], id="a-centre-of-a-region-named"),
    pytest.param("Jetisu Region and Almaty Region report. A bakery opened in Taldykorgan in May.",
                 [("bakery", "Jetisu Region")], id="a-former-centre-now-another-regions"),
    pytest.param("West Kazakhstan Region and Atyrau Region report. A pipe plant in Uralsk was "
                 "launched in May.",
                 [("pipe plant", "West Kazakhstan Region")], id="a-centre-by-its-old-name"),
    pytest.param("Jambyl Region and Turkistan Region report. Taraz Bio Products LLP opened a "
                 "yeast plant in May.", [], id="inside-a-business-name"),
    pytest.param("A glass plant opened in Taraz in May.", [], id="the-region-never-named"),
])
def test_a_town_that_is_a_regions_centre(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _said_of_projects(found, "locatedIn") == expected


# A company that "began construction" in the sentence after a project, saying of what not, began
# it (its company and status); "The investor is X" three sentences after a project, past a
# quote between, is its owner. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Karaganda region, the 300 MW gas-fired power plant near Saran shows how slow "
                 "such projects are. Saran Energy LLP began construction in 2022, but the "
                 "turbines are late.", ("Saran Energy", "UnderConstruction"),
                 id="began-construction-next"),
    pytest.param("Construction of a lime plant has started near Zharma, the akim said.\n\n\"We "
                 "gave the land in 2024. The kiln foundations have been poured,\" he said.\n\n"
                 "The investor is Zharma Lime LLP. The contractor is Hebei Build Co.",
                 ("Zharma Lime", "UnderConstruction"), id="the-investor-past-a-quote"),
])
def test_a_company_told_after_the_project(text, expected, model):
    assert [(company, status) for _, company, status in _companies_and_statuses(
        text, model)] == [expected]


# A quoted word with capitals inside that starts a project's name is the project's brand, no
# business: the investor a list's field names is its company. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_brand_in_quotes_before_a_project(model):
    text = ("1. «ShymPack» corrugated board plant; investor: Ontustik Karton LLP; jobs: 120; "
            "status: launched in May 2025.")
    assert _labels(text, model, "organization") == ["Ontustik Karton"]
    assert [company for _, company, _ in _companies_and_statuses(text, model)] == [
        "Ontustik Karton"]


# A name after where it is registered or based ("Swiss-registered X") is a business's, in both
# modes (the model may read it as a person's), and the project's company; its words may start
# with the capitals of Turkish or German ("Kaya Çimento").
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A vaccine plant in Astana, announced in 2022 by Swiss-registered Alpen "
                 "Bioscience, has yet to get off the ground.",
                 ("vaccine plant", "Alpen Bioscience", "Planned"), id="swiss-registered"),
    pytest.param("A cement plant in Munaily district is being built by Istanbul-based Kaya "
                 "Çimento, the akimat said.",
                 ("cement plant", "Kaya Çimento", "UnderConstruction"),
                 id="a-turkish-capital-in-the-name"),
])
def test_a_business_by_its_seat(text, expected, model):
    assert _labels(text, model, "person") == []
    assert _companies_and_statuses(text, model) == [expected]


# A plant "for production of" an amount of a product is a plant of that product. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_plant_for_production_of_an_amount(model):
    text = ("In February a memorandum was signed on a plant for production of 57,000 tonnes of "
            "butadiene a year in Atyrau region.")
    assert _labels(text, model, "project") == ["plant producing butadiene"]


# A solar or wind park is a project by its two words (a cue of its sentence, as a plant is), and
# a tender won or announced for a project is a plan. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Zhambyl region, Korea's Daebo Solar LLP won the tender for the 100 MW Shu "
                 "solar park in March.", ("Shu solar park", "Daebo Solar", "Planned"),
                 id="a-solar-park-and-a-tender-won"),
    pytest.param("The regional investment office has announced a tender to select an investor "
                 "for a caustic soda plant near Atyrau.", ("caustic soda plant", None, "Planned"),
                 id="a-tender-announced"),
])
def test_a_solar_park_and_tenders(text, expected, model):
    assert _companies_and_statuses(text, model) == [expected]


# A bracket right after a project (and its owner) that says only how far it is ("(launched)",
# "(under construction)") gives its status, though asides say nothing else of it; an adverb
# after the auxiliary is no part of a marker ("is already building"); a second verb of the same
# subject before the next project is that project's ("opened X in 2023 and is building Y").
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("1. Ayagoz – meat processing plant of Ayagoz Et LLP (launched). It has 85 jobs."
                 "\n2. Urzhar district – feed mill (under construction).",
                 {"meat processing plant": "Launched", "feed mill": "UnderConstruction"},
                 id="a-status-in-brackets"),
    pytest.param("Burabay Astyk LLP is already building a grain terminal in Shchuchinsk.",
                 {"grain terminal": "UnderConstruction"}, id="an-adverb-after-is"),
    pytest.param("The Kyzyljar dry port opened its container terminal in 2023 and is building a "
                 "bonded warehouse complex.", {"container terminal": "Launched",
                                               "bonded warehouse complex": "UnderConstruction"},
                 id="a-second-verb-of-the-subject"),
])
def test_statuses_in_brackets_and_second_verbs(text, expected, model):
    found = {label: status for label, _, status in _companies_and_statuses(text, model)}
    assert {label: found.get(label) for label in expected} == expected


# Projects "to be commissioned" are not working yet, which says nothing of their construction: a
# plan that a later mention of the same project saying it is being built overrules. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_launch_to_come_then_works_under_way(model):
    text = ("Five projects are to be commissioned in Kostanay region this year. The largest of "
            "them is the Rudny Pellet Plant, worth 80 billion tenge.\n\nWheat prices fell in the "
            "spring.\n\nConstruction of the pellet plant is 70% complete, the akimat said.")
    assert _companies_and_statuses(text, model) == [
        ("Rudny Pellet Plant", None, "UnderConstruction")]


# "National Company" before a name is a legal form's place, as "NC" is: one business with its
# name said alone. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_national_company_before_a_name(model):
    text = ("The plant belongs to National Company Altyn Zher JSC. Altyn Zher will double its "
            "output.")
    assert _labels(text, model, "organization") == ["Altyn Zher"]


# Every sentence of a list's item tells of its project, whatever it opens with ("Its developer,
# X LLP, plans to start construction in 2025."). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_every_sentence_of_an_item_is_its_projects(model):
    text = ("Projects discussed with the Ambassador:\n\n1. A 200 MW wind farm in the Shet "
            "district of Karaganda Region. Its developer, Shet Wind LLP, plans to start "
            "construction in 2025.\n\n2. A cement plant near Aral, launched in 2023.")
    assert _companies_and_statuses(text, model) == [
        ("200 MW wind farm", "Shet Wind", "Planned"), ("cement plant", None, "Launched")]


# No one's surname is a country's name: "Precision Kazakhstan" after a title's "of Daesan" is the
# end of a business's name, and "Kazakhstan" alone no person's mention. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_no_person_is_named_after_a_country(model):
    text = ('"Kostanay gave us a customer next door," said Yerlan Abenov, General Director of '
            "Daesan Precision Kazakhstan. Daesan Precision Kazakhstan LLP opened its plant in "
            "2023.")
    assert _labels(text, model, "person") == ["Yerlan Abenov"]


# Small businesses and their plants: a quoted name after "peasant farm", "cooperative" or "IE"
# is a business, and "peasant farm" no project; a grain dryer and a mini-dairy are projects.
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Before the harvest, the peasant farm "Ak Biday" commissioned a grain dryer in '
                 "Mikhaylovka village.", ("grain dryer", "Ak Biday", "Launched"),
                 id="a-peasant-farm-and-its-grain-dryer"),
    pytest.param('The agricultural cooperative "Kokterek Sut" has opened a mini-dairy in '
                 "Arykbalyk village.", ("mini-dairy", "Kokterek Sut", "Launched"),
                 id="a-cooperative-and-its-mini-dairy"),
])
def test_small_businesses_and_their_plants(text, expected, model):
    assert _companies_and_statuses(text, model) == [expected]


# A name before its title after a business's possessive and a word of rank ("X, Nordhavn's
# executive vice president for strategy, said") is a person's. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_title_after_a_possessive_and_a_rank(model):
    text = ('"A polyethylene plant no longer fits our portfolio," Ingrid Berge, Nordhavn\'s '
            "executive vice president for strategy, said on Tuesday.")
    assert _labels(text, model, "person") == ["Ingrid Berge"]


# A status read from a bracket after a project keeps a rule id of its own in its evidence.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_bracketed_status_says_so_in_its_evidence(model):
    text = "1. Ayagoz – meat processing plant of Ayagoz Et LLP (launched). It has 85 jobs."
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [s.evidence.rule for s in found.statements if s.prop == "status"] == [
        "status-bracketed-launched"]


# Session 19. A list's heading that names a project with its place ("4. Combined-cycle plant in
# Kyzylorda") is the project its paragraph then tells of; a size whose number the modifiers
# leave out is no part of a label ("the 240 MW combined-cycle gas turbine plant"); a dash joins
# two names in a project's label and in its IRI key, as a hyphen does. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("4. Combined-cycle plant in Kyzylorda\n\nThe 240 MW combined-cycle gas turbine "
                 "plant in Kyzylorda started operating in January 2025. The plant belongs to "
                 "Syrdarya Power JSC.",
                 [("Combined-cycle plant", "Syrdarya Power", "Launched")],
                 id="a-heading-with-its-place"),
    pytest.param("The 240 MW combined-cycle gas turbine plant in Kyzylorda started operating in "
                 "January 2025.", [("combined-cycle gas turbine plant", None, "Launched")],
                 id="a-size-cut-off-its-number"),
    pytest.param("5. Beineu–Zhanaozen power line\n\nBatys Grid Company plans to build a "
                 "high-voltage transmission line between Beineu and Zhanaozen by 2027.",
                 [("Beineu–Zhanaozen power line", "Batys Grid Company", "Planned")],
                 id="a-dash-between-two-names"),
])
def test_headings_sizes_and_dashes_in_project_labels(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


@pytest.mark.parametrize("model", [None, "none"])
def test_a_dash_in_a_label_is_a_hyphen_in_its_key(model):
    text = "Batys Grid Company is building the Beineu–Zhanaozen power line."
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert [e.key for e in found.entities if e.kind == "project"] == [
        "t/beineu-zhanaozen-power-line"]


# A capitalised word that opens a list's line before lowercase words ("• Tomato paste plant
# near Ushtobe") and stands nowhere else in the text is no business, whatever the model reads.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_line_opening_word_is_no_business(model):
    text = ("Projects presented by the akimat:\n\n"
            "• Cold storage warehouse near Zharkent, Panfilov district – Zharkent Fresh LLP "
            "[under construction]. It will cost KZT 4 billion.\n"
            "• Tomato paste plant near Ushtobe, Karatal district – investor Hongshan Food Co. "
            "from Xinjiang [feasibility study].\n"
            "• Apple juice plant in Sarkand – Sarkand Bagy LLP [delayed].\n")
    assert _labels(text, model, "organization") == [
        "Hongshan Food", "Sarkand Bagy", "Zharkent Fresh"]


# What no person is said to be makes a name the model reads as a person's a business's: "X, a
# subsidiary of Y", "X, a joint venture between Y and Z", "a German consultancy, X"; so do the
# words of light industry's business names ("Barys Knit", "Yassy Leather"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Almaty, Zhibek Biotech, a subsidiary of Turkey's Meditek Holding, says its "
                 "cephalosporin antibiotics plant is 60% complete.",
                 [("cephalosporin antibiotics plant", "Zhibek Biotech", "UnderConstruction")],
                 id="a-subsidiary-and-its-plant"),
    pytest.param("The insulin plant was built by Nur Biopharm, a joint venture between the Kazakh "
                 "holding Sary-Arka Med Group and Slovenia's Medoria. It opened in April.",
                 [("insulin plant", "Nur Biopharm", "Launched")], id="a-joint-venture-builds"),
    pytest.param("2. Socks. A hosiery factory being built by Barys Knit is at the equipment "
                 "installation stage. It is to produce 20 million pairs of socks a year.",
                 [("hosiery factory", "Barys Knit", "UnderConstruction")],
                 id="a-knitwear-maker-builds"),
])
def test_names_said_to_be_businesses(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


@pytest.mark.parametrize("model", [None, "none"])
def test_no_person_is_a_consultancy_or_a_leather_maker(model):
    text = ("A German consultancy, Textilberatung Hoffmann, is preparing the feasibility study. "
            "Work on a leather processing plant in the zone by Yassy Leather has been suspended.")
    assert _labels(text, model, "person") == []


# A line in capitals above a column ("FARMER TO FARMER") is a heading, no organization. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_heading_in_capitals_is_no_organization(model):
    text = ("FARMER TO FARMER\n\nIn this column members of the Union of Farmers of Kazakhstan "
            "share their experience. In 2021 the Nurbol peasant farm opened a feedlot for 2,000 "
            "head in Ayagoz district.")
    assert "FARMER TO FARMER" not in _labels(text, model, "organization")


# A named plant and a facility in apposition after "the largest" are one project, and "The
# investor is X" two sentences on is its company; a station or a zone named after "near" or
# "at" is where a project stands, no project; a brick works is a plant. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Altai Seed Plant, the largest facility for the preparation of seeds in the "
                 "east of the country, was commissioned in Glubokoye district. The plant will "
                 "treat 20,000 tonnes of seeds a year. The investor is Shygys Tukym LLP, a "
                 "subsidiary of Altai Silk Road Agro.",
                 [("Altai Seed Plant", "Shygys Tukym", "Launched")],
                 id="the-largest-facility-in-apposition"),
    pytest.param("Next year Shygys Tukym LLP plans to build a grain terminal with a capacity of "
                 "100,000 tonnes a year near Shemonaikha station.",
                 [("grain terminal", "Shygys Tukym", "Planned")], id="near-a-station"),
    pytest.param("Dala Transit LLP has commissioned a grain transshipment terminal at Altynkol "
                 "station.", [("grain transshipment terminal", "Dala Transit", "Launched")],
                 id="at-a-station"),
    pytest.param("Kirpich-Tobol LLP is building a brick works with a capacity of 6 million bricks "
                 "a year.", [("brick works", "Kirpich-Tobol", "UnderConstruction")],
                 id="a-brick-works"),
])
def test_appositions_places_and_works(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# Where a project is: the one region an article's title names is the article's, where its lead
# names another beside it ("Ulytau region, separated from Karaganda region in 2022"); a region in
# capitals on a line of its own heads the paragraphs after it, to the next line in capitals.
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_the_region_a_title_names(model):
    text = ("ZHEZKAZGAN. KAZINFORM – Ulytau region, separated from Karaganda region in 2022, "
            "still brings in most of its flour from outside, deputy akim of the region said.\n\n"
            "1. A flour mill with a bakery in Karazhal. A memorandum with Karazhal Nan LLP was "
            "signed in January.")
    article = Article("t", text, published=PUBLISHED, title="Five agro projects for Ulytau region")
    found = extract(article, model=model)
    assert _said_of_projects(found, "locatedIn") == [("flour mill", "Ulytau Region")]


@pytest.mark.parametrize("model", [None, "none"])
def test_a_region_in_capitals_heads_its_section(model):
    text = ("Our monthly review of the south-east.\n\nZHAMBYL REGION\n\nIn Merke district, Merke "
            "Agro LLP opened a feedlot for 10,000 head of cattle in June.\n\nA sugar plant in "
            "Shu district is being modernised.\n\nALMATY REGION\n\nIn Balkhash district, a "
            "farm has ordered a feasibility study for a rice seed plant.\n\nOTHER NEWS\n\nA "
            "brick plant opened in June.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _said_of_projects(found, "locatedIn") == [
        ("feedlot", "Jambyl Region"), ("rice seed plant", "Almaty Region"),
        ("sugar plant", "Jambyl Region")]


# "A memorandum with X LLP was signed" is a plan, as "a memorandum on X was signed" is; a
# business's name may end in "Kombinaty" (no person "Et Kombinaty" after "director of Ulytau").
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_memorandum_with_a_business_and_a_kombinat(model):
    text = ("5. A flour mill with a bakery in Karazhal. A memorandum with Karazhal Nan LLP was "
            "signed in January.\n\nBolat Amirov, director of Ulytau Et Kombinaty, assured the "
            "farmers.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _said_of_projects(found, "status") == [("flour mill", "Planned")]
    assert [e.label for e in found.entities if e.kind == "person"] == ["Bolat Amirov"]


# A launch to come of a plant that is its verb's subject ("the plant ... will now open in 2026")
# says when it starts, not that it is not being built: the next sentence's poured foundations
# say it is; "X will open a plant" stays a plan. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Maktaaral Tukym LLP's plant for the production of cotton seeds, originally due "
                 "in 2024, will now open in the first quarter of 2026 because of late deliveries. "
                 "The foundations have been poured and the building is 45% complete.",
                 "UnderConstruction", id="a-launch-to-come-then-foundations"),
    pytest.param("Kaz Agro LLP will open a flour mill in Kostanay in 2026. Its design is ready.",
                 "Planned", id="a-business-will-open-a-plant"),
])
def test_a_launch_to_come_and_the_work_under_way(text, expected, model):
    assert [s for *_, s in _companies_and_statuses(text, model)] == [expected]


# A name that ends in a word businesses end theirs with ("Aksu Pharm", "Barys Knit") is a
# business without a legal form, but not inside a facility's name ("Aktorgay Mining Plant").
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Aksu Pharm started commercial production at its infusion solutions plant in "
                 "Shymkent on May 28.", [("infusion solutions plant", "Aksu Pharm", "Launched")],
                 id="a-pharmaceutical-maker"),
    pytest.param("The Aktorgay Mining Plant was commissioned in 2017.",
                 [("Aktorgay Mining Plant", None, "Launched")], id="a-plant-named-for-mining"),
])
def test_business_name_endings(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# A joint venture named in apposition that will build the plant ("have set up a joint venture,
# Tobol Pasta LLP, which will build a pasta factory") is its company; a plant that "will not be
# built" has no status (given up). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kostanay Dan Onimderi JSC and the Italian pasta maker Pastificio Ferraresi S.p.A."
                 " have set up a joint venture, Tobol Pasta LLP, which will build a pasta factory "
                 "in Kostanay district.", [("pasta factory", "Tobol Pasta", "Planned")],
                 id="the-venture-which-will-build"),
    pytest.param("The akimat confirmed that a sausage plant in Rudny announced by Rudny Myaso LLP "
                 "in 2023 will not be built: the investor withdrew from the project.",
                 [("sausage plant", "Rudny Myaso", None)], id="will-not-be-built"),
])
def test_a_venture_that_builds_and_a_plant_given_up(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# A group's part it acts through ("through its subsidiary Y LLP", "its Kazakh unit, Y LLP,") and
# the buyer of a stake ("sold its 60% stake in the plant to Y") are the project's business.
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Altai Metals Group will build a copper rod plant in Ust-Kamenogorsk through its "
                 "subsidiary Ertis Rod LLP.", [("copper rod plant", "Ertis Rod", "Planned")],
                 id="through-its-subsidiary"),
    pytest.param("Qazaq Cement JSC said its Kazakh unit, Shymkent Cement LLP, had commissioned a "
                 "grinding plant.", [("grinding plant", "Shymkent Cement", "Launched")],
                 id="its-unit-in-apposition"),
    pytest.param("Altai Metals Group has sold its 60% stake in the copper rod plant to Baiterek "
                 "Metal LLP.", [("copper rod plant", "Baiterek Metal", None)],
                 id="a-stake-sold"),
])
def test_a_project_handed_to_a_part_or_a_buyer(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# What a facility is built for may be who it serves, not what it makes: "the factory for the
# joint venture", "the facility for us" name no product (and so no new project). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_facility_for_someone_names_no_product(model):
    text = ("The general contractor is Jiangsu Huaxin Construction, which is building the "
            "facility for us. Kuzey Yapi will build the factory for the joint venture.")
    assert _labels(text, model, "project") == []


# Water and power infrastructure is a project by its words ("irrigation system", "irrigation
# canal", "water pipeline", "storage system"), a stored energy a size ("a 60 MWh storage
# system"); two facilities of one kind told with different sizes are two. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Reconstruction of the Zhanatalap irrigation canal is 40% complete.",
                 ["Zhanatalap irrigation canal"], id="a-canal"),
    pytest.param("Kazvodkhoz will build a 38 km water pipeline from the river to Kyzyltas.",
                 ["water pipeline"], id="a-water-pipeline"),
    pytest.param("Samruk-Energy is building a 50 MW battery energy storage system near Konaev.",
                 ["50 MW battery energy storage system"], id="a-storage-system"),
    pytest.param("Hanseong Agritech has dropped its plan to build a 20-hectare greenhouse complex "
                 "in Baizak. In Karasai, Green Valley Agro is finishing a 5-hectare greenhouse "
                 "complex.", ["greenhouse complex", "greenhouse complex"],
                 id="two-sizes-two-facilities"),
])
def test_infrastructure_and_sizes(text, expected, model):
    assert _labels(text, model, "project") == expected


# A list item tells a project's story in the order it happened: where it ends is where the
# project stands ("started in 2020 and frozen in 2022 ... Works resumed in August, the plant is
# 65% complete"), and a business that took it over is its company. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("• Rapeseed processing. The plant for deep processing of rapeseed was started by "
                 "Esil Oil Seeds LLP in 2020 and frozen in 2022. This spring the project was "
                 "taken over by Qazaq-Heilong Agro LLP. Works resumed in August, and the plant "
                 "is 65% complete.",
                 [("plant for deep processing of rapeseed", "Qazaq-Heilong Agro",
                   "UnderConstruction")], id="frozen-taken-over-resumed"),
    pytest.param("• Sugar. A sugar refinery was started by Aulie Sugar LLP in 2019. Construction "
                 "was halted in 2021 when the investor ran out of money.",
                 [("sugar refinery", "Aulie Sugar", None)], id="started-then-halted"),
])
def test_where_an_items_story_ends(text, expected, model):
    assert _companies_and_statuses(text, model) == expected


# A nationality before a cue noun is no business ("the Spanish company X"); a business's seat
# is no part of its name ("Cyprus-registered Steppe Metals Holdings Ltd"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_nationalities_and_seats_are_no_names(model):
    text = ("The wind farm planned by the Spanish company Eolica Meseta S.L. was cancelled. "
            "Cyprus-registered Steppe Metals Holdings Ltd controls Temir Alloys.")
    assert [e.mentions[0].text for e in extract(Article("t", text, published=PUBLISHED),
                                                model=model).entities
            if e.kind == "organization" and "Temir" not in e.label] == [
        "Eolica Meseta S.L.", "Steppe Metals Holdings Ltd"]


# An article about one business (its title names it alone, its text names it most): a project
# no sentence gives a company is that business's; not a bank's, which lends. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("name", "title", "expected"), [
    pytest.param("QazKhim Holding", "QazKhim Holding seeks KZT 25 billion for its plants",
                 ["QazKhim Holding"], id="a-prospectus"),
    pytest.param("Altyn Dala Bank JSC", "Altyn Dala Bank lends KZT 25 billion to a plant", [],
                 id="a-lender-is-no-owner"),
])
def test_the_business_an_article_is_about(name, title, expected, model):
    text = (f"{name} is one of the country's larger groups. A plant producing water-soluble NPK "
            f"fertilisers near Taraz is to be financed. {name} expects demand to grow.")
    found = extract(Article("t", text, published=PUBLISHED, title=title), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert [labels[s.obj.key] for s in found.statements if s.prop == "company"] == expected


# Session 20. Whose a project is where the text says it by a word that stands for a business:
# "we" in a quotation is the business of whoever says it ('"We will build ...," said X, vice
# president of Y'), "we" and "our" outside quotations the article's business also with the
# model (an interview's answers), an owner's word before a project ("The holding's KZT 8.7
# billion plant") the last business its paragraph named, and a long name said again by its
# first words ("Tengri Qurylys" after "Tengri Qurylys Building Materials Group") is that
# business. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Baiterek Steel Holding has signed the deal. \"We will build a rolling mill of "
                 "400,000 tonnes a year. The furnace is ready,\" said Arman Seitov, vice "
                 "president of Qyzyl Tas Metals LLP.",
                 {"rolling mill": "Qyzyl Tas Metals"}, id="quoted-we-said-after"),
    pytest.param("Oleg Brandt, chief executive of Tobyl Agro Export LLP, said: \"The land is "
                 "ours. Next year we will open a grain terminal in Kostanay.\"",
                 {"grain terminal": "Tobyl Agro Export"}, id="quoted-we-said-before"),
    pytest.param("Dala Kurylys Group will put the money into its own projects. The holding's "
                 "KZT 6.1 billion aerated concrete plant in Shakhtinsk is 70% complete.",
                 {"aerated concrete plant": "Dala Kurylys Group"}, id="the-holdings-plant"),
    pytest.param("Tengri Qurylys Building Materials Group bought a stake last year. In 2022 "
                 "Tengri Qurylys launched a dry mix plant in Taraz.",
                 {"dry mix plant": "Tengri Qurylys Building Materials Group"},
                 id="a-long-name-by-its-first-words"),
])
def test_words_that_stand_for_a_business(text, expected, model):
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _companies(found) == expected


# An interview's answer: "our first asset is the X park" and "we won the right to build a Y"
# are the business the lead introduces, with the model as without it.
@pytest.mark.parametrize("model", [None, "none"])
def test_an_interviews_our_and_we(model):
    text = ("Istanbul-based Karadeniz Yenilenebilir entered Kazakhstan in 2020. Its director "
            "Mert Kaya spoke to us.\n\nWhat is already working?\n\nOur first asset is the 80 MW "
            "Zhanakorgan solar park in Kyzylorda Region. It has been running since 2023.\n\nAnd "
            "next?\n\nWe won the right to build a 120 MW wind farm near Aktau.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert set(_companies(found).values()) == {"Karadeniz Yenilenebilir"}
    assert len(_companies(found)) == 2


# A managing partner is a person's title, not a business the cue word "partner" introduces.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_managing_partner_is_a_person(model):
    text = "\"Our focus is blocks,\" managing partner Serik Dosmagambetov said of Orda Capital."
    assert _labels(text, model, "person") == ["Serik Dosmagambetov"]


# Rules only, a name opening a clause that finishes or widens a facility names a business as
# one that builds it does ("Tobyl Avto Zavody is completing a paint shop complex"), and so does
# one ending with a country's name ("Hanseo Seating Kazakhstan is building a plant"), or after
# a conjunction ("A year after X opened its plant"); an assembly line as a plant. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kostanay. Tobyl Avto Zavody is completing a body welding complex, the second "
                 "phase of its project.", {"body welding complex": "Tobyl Avto Zavody"},
                 id="is-completing"),
    pytest.param("Shymkent. Ordabasy Motor will build an assembly line for electric vans.",
                 {"assembly line for electric vans": "Ordabasy Motor"}, id="an-assembly-line"),
    pytest.param("A year after Saryagash Keramika opened its tile plant in Sairam, output grew.",
                 {"tile plant": "Saryagash Keramika"}, id="after-a-conjunction"),
])
def test_a_clauses_builder_is_a_business(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


@pytest.mark.parametrize("model", [
    pytest.param(None, marks=pytest.mark.xfail(strict=True, reason=(
        "the model tags 'Hanseo Seating' and 'Kazakhstan' as places (GPE), and builders.builders "
        "takes no builder the model tagged"))), "none"])
def test_a_builder_named_with_a_country(model):
    text = "In Petropavl, Hanseo Seating Kazakhstan is building a plant for car seats."
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == {
        "plant for car seats": "Hanseo Seating Kazakhstan"}


# A sentence after a project's that says with "it" what was done to it tells its status ("It
# has been in commercial operation since August 2023", "It was commissioned in 2016"). Both
# modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("said", "expected"), [
    pytest.param("It has been in commercial operation since August 2023.", "Launched",
                 id="in-operation-since"),
    pytest.param("It was commissioned in 2016 and employs 420 people.", "Launched",
                 id="it-was-commissioned"),
])
def test_what_was_done_to_it(said, expected, model):
    text = f"Our first asset is the 60 MW Shoktas solar park in Zhambyl Region. {said}"
    assert _companies_and_statuses(text, model) == [("Shoktas solar park", None, expected)]


# A group's release: a project "belongs to another subsidiary, X LLP" in the next sentence is
# X's; one bought "from its first owner, Y JSC" is not Y's; and "the group" in a project's
# sentence or the next is the one business named with that word. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_groups_release(model):
    text = ("ORAL, 2 May 2025 - Zhaiyk Agro Group announces its results.\n\n"
            "- Under construction: a feed mill in the industrial zone of Oral. The mill belongs "
            "to another subsidiary, Zhaiyk Zhem LLP, and is 60% complete.\n\n"
            "- Planned: a hatchery near Aksai. The group signed a memorandum in May.\n\n"
            "- Acquired: in March the group completed the purchase of the Chapaev grain "
            "elevator from its first owner, Oral Astyk JSC.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _companies(found) == {"feed mill": "Zhaiyk Zhem", "hatchery": "Zhaiyk Agro Group",
                                 "Chapaev grain elevator": "Zhaiyk Agro Group"}


# A railway spur is a facility; "any plant" names none. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_railway_spur_and_any_plant(model):
    text = ("The rail company Temir Zhol Service LLP will lay a 12 km railway spur to the new "
            "industrial site in 2026. Without better links, any plant here is hostage to one "
            "line.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _companies(found) == {"railway spur": "Temir Zhol Service"}


# A list item whose memorandum has three signers and whose next sentence says which of them
# "will build and operate the station" (a power plant called a station): that one's.
@pytest.mark.parametrize("model", [None, pytest.param("none", marks=pytest.mark.xfail(
    strict=True, reason="rules only, later.told_after reads only the sentence right after the "
    "project's, here the memorandum's"))])
def test_who_will_build_and_operate_the_station(model):
    text = ("3. Solar power plant with a capacity of 80 MW near Balkhash. On 3 May the akimat of "
            "Karaganda region, Qazaq Ondeu LLP and Aral Sun Energy signed a memorandum on the "
            "construction of the plant. Aral Sun Energy will build and operate the station.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _companies(found) == {"Solar power plant": "Aral Sun Energy"}


# A business a project "will supply" is its customer, not its owner. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_customer_is_no_owner(model):
    text = ("In Petropavl, a plant for car seats and wiring harnesses is being built that will "
            "supply Tobyl Avto Zavody.")
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == {}


# How far a plant is: "has completed about 60% of construction at its new terminal" is work
# under way, and "is expected to start production this year" a launch to come, which a later
# sentence saying the foundations were poured overrules. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kuryk Grain Gateway LLP has completed about 60% of construction at its new "
                 "grain terminal in the port of Kuryk.", "UnderConstruction", id="share-of-work"),
    pytest.param("A Korean metal structures plant is expected to start production this year in "
                 "the Khorgos zone. Foundations have also been poured for the metal structures "
                 "plant, which is investing $12 million.", "UnderConstruction",
                 id="a-launch-to-come-then-foundations"),
])
def test_how_far_a_plant_is(text, expected, model):
    assert [s for *_, s in _companies_and_statuses(text, model)] == [expected]


# A business's name may end with "Export" or "Services" ("Irtysh Agro Export", "Saryarka
# Blasting Services"), whole. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_names_ending_with_export_or_services(model):
    text = ("A grain terminal on the Irtysh River, proposed by Irtysh Agro Export, has been "
            "frozen. The region also hosts a plant for emulsion explosives of Balkhash Blasting "
            "Services in Balkhash.")
    assert sorted(_labels(text, model, "organization")) == ["Balkhash Blasting Services",
                                                            "Irtysh Agro Export"]


# A facility's word before what is made of it or for it is no facility ("bakery ingredients",
# "cement plant equipment", "farm machinery plant": a plant), and a verb is no modifier
# ("makes pasta"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kaya Gida, based in Konya, makes pasta and bakery ingredients.", [],
                 id="bakery-ingredients"),
    pytest.param("The firm supplies cement plant equipment to the region.", [],
                 id="plant-equipment"),
    pytest.param("Qyzylzhar Agromash will build a farm machinery plant in Petropavl.",
                 ["farm machinery plant"], id="a-farm-machinery-plant"),
])
def test_a_facility_word_before_a_noun(text, expected, model):
    assert _labels(text, model, "project") == expected


# A list whose items are headings over a paragraph each ("4. Taiynsha slaughterhouse, North
# Kazakhstan region" on a line of its own): the paragraph below tells the item's story, and
# "was bought in January by X" and "the new owner is rebuilding the facility" say whose it is
# and where it stands. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_headings_paragraph(model):
    text = ("Here are two projects to watch.\n\n"
            "1. Bulaevo slaughterhouse, North Kazakhstan region\n"
            "The slaughterhouse in the town of Bulaevo, idle since 2021, was bought in March by "
            "Gulf Meadow Agri, an investment company from Dubai, from its first owner, Esil Et. "
            "The new owner is rebuilding the facility, with work due to finish in 2026.\n\n"
            "2. Pasta factory, Kokshetau\n"
            "Oral Makaron LLP opened the factory in May.")
    assert _companies_and_statuses(text, model) == [
        ("Bulaevo slaughterhouse", "Gulf Meadow Agri", "UnderConstruction"),
        ("Pasta factory", "Oral Makaron", "Launched")]


# Wholesale distribution centres (WDCs), railway sidings and access tracks are facilities; "its
# next factory", "the zone's newest operating enterprise" and "Farmers want complex fertilisers"
# name none. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A fruit and vegetable WDC near Kokshetau is 78% complete.",
                 ["fruit and vegetable WDC"], id="a-wdc"),
    pytest.param("KTZ will lay a new access track to the port, and a railway siding to the zone "
                 "opened in June.", ["access track", "railway siding"], id="track-and-siding"),
    pytest.param("We spoke to its CEO about the owners and its next factory.", [],
                 id="next-factory"),
    pytest.param("\"Farmers want complex fertilisers,\" he said.", [], id="want-complex"),
])
def test_logistics_facilities_and_no_facilities(text, expected, model):
    assert _labels(text, model, "project") == expected


# A region's, district's or city's akimat named with its place is an organization, and the
# region in its name still places the projects of its sentence; no akimat is a project's
# company. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_akimats_are_organizations(model):
    text = ("In April, the Korean company Daon Solar and the akimat of Turkistan region signed a "
            "memorandum on a 60 MW solar power plant in the Shardara district. The Karabalyk "
            "district akimat and Almaty city akimat took part.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert sorted(e.label for e in found.entities if e.kind == "organization") == [
        "Almaty city akimat", "Daon Solar", "Karabalyk district akimat",
        "akimat of Turkistan region"]
    assert {(s.prop, labels[s.obj.key]) for s in found.statements
            if s.prop in ("company", "locatedIn")} == {("company", "Daon Solar"),
                                                       ("locatedIn", "Turkistan Region")}


# "Kazakh Invest" is a name whole (the home country's word and one name word), but "the Kazakh
# Ertis Copper Corporation" is "Ertis Copper Corporation"; and a memorandum's other party loses
# to the builder the next sentence names ("This one will be built by X directly"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_kazakh_invest_and_a_memorandums_other_party(model):
    text = ("Last year the regional akimat signed a memorandum with Kazakh Invest on a "
            "logistics centre near Aktobe. This one will be built by Ambalaj Sanayi directly. The "
            "Kazakh Ertis Copper Corporation is a customer.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert sorted(e.label for e in found.entities if e.kind == "organization") == [
        "Ambalaj Sanayi", "Ertis Copper Corporation", "Kazakh Invest"]
    assert _companies(found) == {"logistics centre": "Ambalaj Sanayi"}


# A person a noun describes: "Almaty businessman X Y", "says X Y, an analyst at Z", a release's
# "Media contact: X Y,"; not a business so described. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_persons_a_noun_describes(model):
    text = ("Zhetysu Kant LLP is a venture of Almaty businessman Nurbol Seitkali and a Chinese "
            "group. \"Demand grows,\" says Aidana Temirbek, an analyst at the Sugar Union.\n\n"
            "Media contact: Saltanat Zhumabek, press@zhetysukant.kz")
    assert sorted(_labels(text, model, "person")) == ["Aidana Temirbek", "Nurbol Seitkali",
                                                      "Saltanat Zhumabek"]


# A memorandum signed with many parties on the construction of a plant is a plan however long
# the list of parties; and "X's mine, also in Y Region, which was launched in 2019" is launched
# whatever the sentence's main verb says. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_long_memorandum_and_a_mine_launched_in_a_clause(model):
    text = ("Qazaq Coal Chemicals LLP today signed a memorandum of understanding with Shaanxi "
            "Hengda Chemical Engineering Co., Ltd., the national company Baiterek Invest and the "
            "Akimat of Pavlodar Region on the construction of a coal gasification complex near "
            "Ekibastuz. Coal for the complex will be supplied from Bayan Energy's Shoptykol "
            "open-pit mine, also in Pavlodar Region, which was launched in 2019.")
    assert [(p, s) for p, _, s in _companies_and_statuses(text, model)] == [
        ("Shoptykol open-pit mine", "Launched"), ("coal gasification complex", "Planned")]


# A plant that "never started construction" has no status; a substation "being built now; it
# will give residents 40 MW" is being built (what it will give is its output, not a plan).
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Aral Glass LLP received land in 2021 for a glass container plant but never "
                 "started construction, so we took the plot back.", None, id="never-started"),
    pytest.param("The siding opened in June, and residents already ship their goods by rail. A "
                 "110 kV substation worth KZT 3.7 billion from the city budget is being built "
                 "now; it will give residents 40 MW of additional power.", "UnderConstruction",
                 id="will-give"),
])
def test_never_started_and_what_a_plant_will_give(text, expected, model):
    assert [s for *_, s in _companies_and_statuses(text, model)] == [expected]


# Rules only, "X, the Astana-based developer of a wind farm" calls X a business and names no
# "Astana-based" one. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_seat_before_a_cue_noun_is_no_name(model):
    text = ("Few companies are closer to those targets than Dala Sun Power, the Astana-based "
            "developer of a 300 MW wind farm near Zhezkazgan.")
    assert _labels(text, model, "organization") == ["Dala Sun Power"]


# Turkish and Polish business words ("Gida", "Polska") and "Polymetal" make a name a business's
# the model reads as a person's; NPK and WDC are terms, no organizations. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_business_words_and_terms(model):
    text = ("The lines come from Konya's Ozturk Gida and from Agrotech Polska, and the ore from "
            "Altai Polymetal. NPK fertilisers are in demand, and a WDC near Kokshetau is 40% "
            "complete.")
    assert not {"NPK", "WDC"} & set(_labels(text, model, "organization"))
    assert not {"Ozturk Gida", "Agrotech Polska", "Altai Polymetal"} & set(
        _labels(text, model, "person"))


# An owner's possessive right before a project says whose it is, whatever the sentence says of
# the owner ("supplied from X Holding's Y mine"); "a plant of South Korea's X" is X's, the
# country's name no part of it. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Bayan Coal Holding JSC is the parent. Coal for the complex will be supplied "
                 "from Bayan Coal Holding's Shoptykol open-pit mine, which was launched in 2019.",
                 {"Shoptykol open-pit mine": "Bayan Coal Holding"}, id="a-possessive-owner"),
    pytest.param("Foundations have also been poured for a metal structures plant of South "
                 "Korea's Daeil Steel Structures, which is investing $12 million.",
                 {"metal structures plant": "Daeil Steel Structures"},
                 id="a-plant-of-a-countrys-business"),
])
def test_owners_by_possessives(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


# Session 21. Whose a project is where a text tells owners changing and groups acting through
# their parts: "X's subsidiary Y opened" and "It was built by X for Y" are Y's; a plant sold to
# Y ("sold a bankrupt pasta factory in Z to Y", "was sold in 2021 to Y") is Y's; "X LLP, which
# owns an idle plant" is X's; "It will build" after a joint venture named is the venture's; a
# later sentence that says a group's part runs the project ("The plant is operated by Y LLP, a
# wholly owned subsidiary of X") gives the part, not the group; a builder the next sentence
# names beats a memorandum's parties; a list item's later sentence that opens with a business
# gives it; "from the bankruptcy estate of X" names a seller. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Last year the fund sold a bankrupt macaroni factory in Kokshetau, Akmola "
                 "region, to Zhana Dala Milling LLP, which resumed production.",
                 {"macaroni factory": "Zhana Dala Milling"}, id="sold-to"),
    pytest.param("Its first asset, a cement grinding plant in Kentau, was sold in 2020 to "
                 "Turan Tas LLP, which still operates it.",
                 {"cement grinding plant": "Turan Tas"}, id="was-sold-to"),
    pytest.param("Altyn Qorgan Holding has bought Ertis Silicon Works LLP, which owns an idle "
                 "silicon metal plant in Ekibastuz.",
                 {"silicon metal plant": "Ertis Silicon Works"}, id="which-owns"),
    pytest.param("We agreed with Busan Pipe Co. to set up a joint venture, Oral Steel Pipe LLP. "
                 "It will build a plant for spiral pipes in Uralsk.",
                 {"plant for spiral pipes": "Oral Steel Pipe"}, id="it-after-a-venture"),
    pytest.param("Steppe Copper Group announced the launch of its copper rod plant in Balkhash."
                 "\n\nThe plant is operated by Balkhash Rod LLP, a wholly owned subsidiary of the "
                 "group.", {"copper rod plant": "Balkhash Rod"}, id="run-by-a-subsidiary"),
    pytest.param("Ulan Agro Group and Gansu Seed Co. have signed a memorandum to build a seed "
                 "cleaning plant in Taldykorgan. The plant will be built by Ulan Seed LLP, "
                 "their joint venture.", {"seed cleaning plant": "Ulan Seed"},
                 id="built-by-after-a-memorandum"),
    pytest.param("A 100 MW wind farm near Kordai feeds the grid. It was built by Hebei Wind "
                 "Construction for Kordai Wind Power LLP and connected in May.",
                 {"100 MW wind farm": "Kordai Wind Power"}, id="built-by-a-contractor-for"),
    pytest.param("3. A zinc concentrate plant at the Shalkiya deposit in Zhanakorgan district. "
                 "Shalkiya Zinc LLP has completed exploration.",
                 {"zinc concentrate plant": "Shalkiya Zinc"}, id="a-list-items-business"),
    pytest.param("The group acquired the idle cable plant in Taraz from the bankruptcy estate "
                 "of Taraz Kabel LLP. The plant will be restarted by Saryarka Cables LLP after "
                 "a new extrusion line is installed.",
                 {"cable plant": "Saryarka Cables", "extrusion line": "Saryarka Cables"},
                 id="restarted-by-after-a-seller"),
])
def test_owners_told_by_changes_and_parts(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


# A name defined by its initials that says it is a business ("Qazaq Copper Group (QCG)") is a
# company's, so "we" and a text's owner may be it; "X & Partners" is one name, and "says Y, a
# partner at" a person's; a quarry is a facility; "property complex" is none. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_group_initials_partners_and_quarries(model):
    text = ("Kaisar Metals Group (KMG) runs the smelter. \"Buyers want a plant with a railway,\" "
            "says Dina Ten, a partner at the law firm Ten & Partners. Limestone will come from a "
            "quarry in Bayanaul district operated by Bayan Tas LLP. KMG bought the property "
            "complex of the bankrupt Pavlodar Lime Plant.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    kinds = {e.label: e.mentions[0].key.split(":")[0] for e in found.entities
             if e.kind == "organization"}
    assert kinds["Kaisar Metals Group"] == "company"
    assert "Ten & Partners" in kinds
    assert "Dina Ten" in _labels(text, model, "person")
    assert _companies(found)["quarry"] == "Bayan Tas"
    assert not any("property" in e.label for e in found.entities if e.kind == "project")


# "We are finishing the environmental impact assessment and plan to start construction" is a
# plan: what is being finished is the planning. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_finishing_an_assessment_is_a_plan(model):
    text = ("We won the right to build a 90 MW solar plant near Shieli. We are finishing the "
            "environmental impact assessment and plan to start construction in 2026.")
    assert _statuses(text, model) == {"90-mw-solar-plant": "Planned"}


# More of the same round: a label's owner may be called by what it is ("Investor: the Turkish
# company X"); "The investor is Abu Dhabi-based X" after an agreement finalised on a project
# gives X, and "Abu Dhabi" before "-based" is a place; "The JV, X LLP, will build" is X's;
# "X Mining JSC (XM)" makes "XM's washing plant" X's; "the group's refinery" is the business
# named a group; what a maker supplies for a project makes it no owner ("The furnace is being
# manufactured by X"). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("- Assembly of tractors. Investor: the Belarusian company Minsk Traktor Works. "
                 "Cost: KZT 9 billion.", {"Assembly of tractors": "Minsk Traktor Works"},
                 id="investor-called-by-what-it-is"),
    pytest.param("Samruk-Energy has finalised an agreement with an investor from Qatar on the "
                 "construction of a 500 MW wind farm near Shu. The investor is Abu Dhabi-based "
                 "Al Noor Energy Holding, which will finance 80% of the cost.",
                 {"500 MW wind farm": "Al Noor Energy Holding"}, id="the-investor-is"),
    pytest.param("A venture was agreed with Korea's Daeil Materials. The JV, Qazaq Vanadium "
                 "LLP, will build a plant for vanadium pentoxide in Aktobe region.",
                 {"plant for vanadium pentoxide": "Qazaq Vanadium"}, id="the-jv-named-after"),
    pytest.param("Maikuben Komir Mining JSC (MKM) has begun stripping. MKM's washing plant at "
                 "Maikuben, commissioned in 2019, will get a second module.",
                 {"washing plant": "Maikuben Komir Mining"}, id="initials-of-a-business"),
    pytest.param("Zhaiyk Aluminium Smelter JSC (ZAS), a member of Caspian Light Metals Group "
                 "(CLMG), makes metal. Alumina comes from the group's Oral Alumina Refinery.",
                 {"Oral Alumina Refinery": "Caspian Light Metals Group"},
                 id="the-groups-refinery"),
    pytest.param("Ertis Steel LLP is building an electric steelmaking complex in Pavlodar. The "
                 "electric arc furnace is being manufactured by Danieli Forni in Italy.",
                 {"electric steelmaking complex": "Ertis Steel"}, id="a-maker-is-no-owner"),
])
def test_owners_by_labels_initials_and_groups(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


# Rules only, a clause whose subject is a speaker after a comma is its own: "X opened a line in
# June, and we will buy the rest" tells of the line's launch, not of a plan. With the model the
# parse reads it.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_speakers_clause_after_a_comma(model):
    text = ("In June, our recycling company Temir Lom LLP opened a new shredder line in "
            "Karaganda, and we will buy the rest on the domestic market.")
    assert _statuses(text, model) == {"shredder-line": "Launched"}


# Kazakh business words ("Sut", "Zhem") and "Holdings" make a name a business's (rules only,
# "Sut" makes it no person's; a cue finds the business); a facility's
# word before "group" or "projects" ("the Polish dairy group", "meat and dairy projects") and a
# headline's verb ("Minister checks dairy") make no project. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_business_words_and_no_projects(model):
    text = ("Region akim inspects meat and dairy projects\n\nThe owner, Kokzhar Sut, expects to "
            "open its plant in 2026. Gulf Agri Holdings signed a memorandum. The plant is run by "
            "a subsidiary of the Polish dairy group Mleczarnia Bug.")
    assert "Gulf Agri Holdings" in _labels(text, model, "organization")
    assert "Kokzhar Sut" not in _labels(text, model, "person")
    assert model == "none" or "Kokzhar Sut" in _labels(text, model, "organization")
    assert not any("dairy" in label for label in _labels(text, model, "project"))


# A project named shorter first (a headline, a recap's bullet) and longer later is one: "the
# Ekibastuz solar plant" in a title and "the 50 MW Ekibastuz solar power plant" in the text,
# "- Kentau rod plant: frozen" after "Kentau copper rod plant", "the rolling mill" after "a
# rolling mill for rebar and wire rod". Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "count"), [
    pytest.param("Decision on the Shu solar plant\n\nThe board approved the 40 MW Shu solar power "
                 "plant near Shu, Zhambyl region.", 1, id="a-title-then-longer"),
    pytest.param("Kentau copper rod plant. Orda Cathode LLP's copper rod project is frozen.\n\n"
                 "Status:\n- Kentau rod plant: frozen", 1, id="a-recaps-bullet"),
    pytest.param("Is there a second phase? Yes, a rolling mill for rebar and wire rod in Aksu. "
                 "The first phase means 900 jobs, the rolling mill another 300.", 1,
                 id="a-head-before-what-it-makes"),
])
def test_one_project_named_shorter_and_longer(text, count, model):
    assert len(_labels(text, model, "project")) == count


# Whose a project is where a group's part is told after it ("The plant, which the group's
# subsidiary X LLP is building", "Construction of the facility, owned by the subsidiary X LLP,"),
# where its investor is named a few sentences after an agreement among parties ("The investor
# is X"), or under a label with its country ("The investor, China's X,"), or as the one "which
# will implement it"; a business called a contractor is none. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Aral Oil Group expects to open its bitumen plant in Kyzylorda region in May.\n\n"
                 "The plant, which the group's subsidiary Zhosaly Bitumen LLP is building in "
                 "Zhalagash district, will process heavy oil.",
                 {"bitumen plant": "Zhosaly Bitumen"}, id="which-the-groups-subsidiary-builds"),
    pytest.param("The group is also building a plant for blasting agents near Ridder. "
                 "Construction of the facility, owned by the subsidiary Ridder Blast LLP, is 60% "
                 "complete.", {"plant for blasting agents": "Ridder Blast"},
                 id="owned-by-the-subsidiary"),
    pytest.param("Kazakh Invest, the akimat and a Turkish investor signed an investment "
                 "agreement on the construction of a glass plant in Kentau. The plant will make "
                 "bottles. It will cost $90 million.\n\nThe investor is Trakya Cam Yatirim A.S., "
                 "a glass maker.", {"glass plant": "Trakya Cam Yatirim"}, id="the-investor-later"),
    pytest.param("The launch of a polysilicon plant in Turkistan region has been postponed. The "
                 "investor, China's Shanxi Huaxin New Materials Co., has confirmed its "
                 "commitment.",
                 {"polysilicon plant": "Shanxi Huaxin New Materials"},
                 id="the-investor-of-a-country"),
    pytest.param("The group plans a gas processing plant near Aksai. A memorandum was signed by "
                 "Olga Rybakova, director of Burlin Gas Processing LLP, which will implement it.",
                 {"gas processing plant": "Burlin Gas Processing"}, id="which-will-implement-it"),
    pytest.param("A coke plant started in Shakhtinsk. The plant was built by the Chinese "
                 "contractor Shanxi Coking Engineering Co.", {}, id="a-contractor-is-none"),
])
def test_owners_told_of_a_groups_part_and_investor(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


# A program's name may hold "in" and "to a" ("Tariff in Exchange for Investment program",
# "Concept for Transition to a Green Economy"); a combined heat and power plant said "CHP" and
# a boiler house are facilities. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_program_names_with_in_and_to_and_heat_facilities(model):
    text = ("Money flows through the Tariff in Exchange for Investment program. Renewables "
            "grow under the Concept for Transition to a Green Economy. Construction of the "
            "120 MW CHP in Rudny was frozen, and the akimat will build a boiler house in "
            "Taiynsha.")
    assert set(_labels(text, model, "program")) == {
        "Tariff in Exchange for Investment", "Concept for Transition to a Green Economy"}
    assert set(_labels(text, model, "project")) == {"120 MW CHP", "boiler house"}


# What a later sentence says of whose a project is, a few sentences on: "The $150 million
# smelter will belong to X LLP"; "The facility is being built by X LLP" four sentences after the
# project; "The complex is being built by X LLP, a joint venture of Y and Z" after Y announced
# it. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Near Aksu, the investor will build a ferrosilicon smelter. The $150 million "
                 "smelter will belong to Aksu Ferro Alloys LLP, a joint venture.",
                 {"ferrosilicon smelter": "Aksu Ferro Alloys"}, id="will-belong-to"),
    pytest.param("Orda Gold plc reports on its quarter.\n\nKaragash Concentrator. Construction "
                 "of the concentrator is 80% complete. Mills were installed in May. Spending is "
                 "on budget. The facility is being built by Karagash Mining LLP, the group's "
                 "operating company.", {"Karagash Concentrator": "Karagash Mining"},
                 id="built-by-four-sentences-on"),
    pytest.param("Qazaq Khimiya JSC announced the start of construction of the Taraz Ammonia "
                 "Complex. The complex is being built by Taraz Nitrogen LLP, a joint venture of "
                 "Qazaq Khimiya and Korea's Daesan Agro Co.",
                 {"Taraz Ammonia Complex": "Taraz Nitrogen"}, id="a-joint-venture-builds-it"),
])
def test_owners_a_few_sentences_on(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


# A name after its country's possessive whose last word is a business's is a business ("South
# Korea's Hanbit Energy won the tender for the Sozak solar park"), as is one a relative clause
# says builds the facility before it ("a plant in Satpayev, which Hebei Huaxin Chemical had
# promised to build", rules only also "the complex that X was preparing"); "The investor is
# Korea's X". Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Turkistan region, South Korea's Hanwul Energy won the tender for the "
                 "200 MW Sozak solar park in March.", {"Sozak solar park": "Hanwul Energy"},
                 id="a-countrys-business"),
    pytest.param("A sulfuric acid plant in Satpayev, which Hebei Jinhua Chemical had promised to "
                 "build for $95 million, was cancelled in 2023.",
                 {"sulfuric acid plant": "Hebei Jinhua Chemical"}, id="which-x-had-promised"),
    pytest.param("A butadiene plant will be built in Atyrau. The investor is Korea's Hanseong "
                 "Chemical, and the investment is $370 million.",
                 {"butadiene plant": "Hanseong Chemical"}, id="the-investor-is-a-countrys"),
])
def test_owners_by_country_and_relative_clause(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


@pytest.mark.parametrize("model", [
    pytest.param(None, marks=pytest.mark.xfail(strict=True, reason=(
        "the model tags no entity in 'Shanxi Tongda Coal Chemical', and the relative clause's "
        "business is read by the rules only (called.called)"))), "none"])
def test_owner_a_relative_clause_names(model):
    text = ("The coal chemical complex near Ekibastuz that Shanxi Tongda Coal Chemical was "
            "preparing was put on hold in 2022.")
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == {
        "coal chemical complex": "Shanxi Tongda Coal Chemical"}


# "The company's" before a project is the business its paragraph opens with, not the last one
# it named (a lessor, a maker of its equipment); "The money will finance a 50 MW solar plant" is
# the paragraph's business's, the one that raised it. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Karatau Fosfor LLP has received dump trucks from DBK-Leasing JSC, the leasing "
                 "arm of a bank. The machines will work at the company's Koktal phosphorite mine "
                 "in Sarysu district.", {"Koktal phosphorite mine": "Karatau Fosfor"},
                 id="the-companys-after-a-lessor"),
    pytest.param("Shiili Solar LLP has placed green bonds worth KZT 9.4 billion. The money will "
                 "finance a 50 MW solar power plant in Shieli district.",
                 {"50 MW solar power plant": "Shiili Solar"}, id="the-money-will-finance"),
])
def test_owners_the_company_and_the_money(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


# A sentence after a project's that opens with "It" and what was done to it tells its status:
# "It opened in 2023", "It is being built by X LLP". Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_it_opened_and_it_is_being_built(model):
    text = ("A good example is the greenhouse complex of Agro Tole Invest in Karabulak. It opened "
            "in 2023 on 10 hectares.\n\nLight industry is new for us, so the textile factory in "
            "Karamurt is our priority. It is being built by Tole Tekstil LLP.")
    assert _statuses(text, model) == {"greenhouse-complex": "Launched",
                                      "textile-factory": "UnderConstruction"}


# "X Bank for Y and Z and KZT 12 billion" names the bank without the money; "The owner is our
# wholly owned subsidiary X LLP" names the owner. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_bank_before_money_and_an_owner_our_subsidiary(model):
    text = ("We are building a sulphuric acid plant in Zhanatas. It will cost KZT 40 billion, "
            "with loans from the European Bank for Reconstruction and Development and KZT 12 "
            "billion from Halyk Bank. The owner is our wholly owned subsidiary Karatau Acid LLP.")
    assert "European Bank for Reconstruction and Development" in _labels(text, model,
                                                                          "organization")
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == {
        "sulphuric acid plant": "Karatau Acid"}


# A facility's operator its sentence names after it comes before its owner: "The Kentau
# refinery, which processes 2 million tonnes a year, is owned by X Holding and operated by Y
# LLP" is Y's. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_an_operator_before_an_owner(model):
    text = ("The Kentau refinery, which processes 2 million tonnes of crude a year, is owned by "
            "Orda Energy Holding and operated by Kentau Refinery LLP.")
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == {
        "Kentau refinery": "Kentau Refinery"}


# Session 22. Universities and research institutes are organizations, named with "of" or "for"
# ("Institute of Chemical Sciences", "Kostanay University of Engineering and Economics"), in
# both modes; "of" in a name the model found makes it a role ("Head of ...") only where the name
# has no body's word (University, Institute, Bank, Agency...): "Akim of Pavlodar" stays a role.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The pilot line was designed with the Institute of Chemical Sciences.",
                 "Institute of Chemical Sciences", id="institute-of"),
    pytest.param("Students of Kostanay University of Engineering and Economics will train at "
                 "the mill.", "Kostanay University of Engineering and Economics",
                 id="town-university-of"),
    pytest.param("Toraighyrov University will test the catalyst samples.",
                 "Toraighyrov University", id="named-university"),
    pytest.param("The strains came from the Research Institute for Plant Protection.",
                 "Research Institute for Plant Protection", id="institute-for"),
])
def test_universities_and_institutes(text, expected, model):
    assert _labels(text, model, "organization") == [expected]


@pytest.mark.parametrize("model", [None, "none"])
def test_a_role_with_of_is_no_body(model):
    text = "Akim of Pavlodar Region Asain Baikhanov visited the plant of Pavlodar Pipe LLP."
    assert _labels(text, model, "organization") == ["Pavlodar Pipe"]


# Work said to be going on beats a plan said after it: the construction site of a plant someone
# visits, a project "being implemented" or equipment "being installed" in a list item's story,
# foundations "under" the turbines that "are poured". Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The akim also visited the construction site of a brick factory in Arys, where "
                 "Ontustik Kirpish LLP is investing KZT 2 billion. The factory is scheduled to "
                 "open in 2026.", {"brick-factory": "UnderConstruction"}, id="construction-site"),
    pytest.param("Projects of the year:\n\n1. A flour mill in Zhanakorgan district with a "
                 "capacity of 200 tonnes a day. The KZT 3 billion project is being implemented "
                 "by Syr Astyq LLP, and the mill is due to start operating in 2026.",
                 {"flour-mill": "UnderConstruction"}, id="being-implemented-in-an-item"),
    pytest.param("Projects of the year:\n\n1. A feed mill in Karabalyk district with a capacity "
                 "of 40,000 tonnes a year. Equipment is being installed in the main building, and "
                 "the mill will start operating in June.", {"feed-mill": "UnderConstruction"},
                 id="equipment-being-installed-in-an-item"),
    pytest.param("Projects of the year:\n\n- A 50 MW wind farm near Shelek. The foundations under "
                 "the turbines are poured, and the mounting of the towers will begin in May.",
                 {"50-mw-wind-farm": "UnderConstruction"}, id="foundations-under-are-poured"),
])
def test_work_going_on_beats_a_plan_after_it(text, expected, model):
    assert _statuses(text, model) == expected


# "The tannery of X LLP" is a project, X's, though its head is bare and definite; "Chinese-owned
# X LLP" is X (who owns it or where it is based is no part of its name). Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Merke district, the tannery of Merke Teri LLP is about 70% complete.",
                 {"tannery": "Merke Teri"}, id="the-head-of-a-business"),
    pytest.param("In Rudny, foundations have been poured for a steel wire plant that "
                 "Korean-owned Tobol Wire LLP is building.",
                 {"steel wire plant": "Tobol Wire"}, id="korean-owned"),
    pytest.param("UK-listed Saryarka Copper plc has opened a copper cathode plant in Balkhash.",
                 {"copper cathode plant": "Saryarka Copper"}, id="uk-listed"),
])
def test_the_head_of_a_business_and_an_owners_adjective(text, expected, model):
    assert _companies(extract(Article("t", text, published=PUBLISHED), model=model)) == expected


# A body's name keeps the country before it and the region after it ("the Kazakhstan Association
# of X", "the Union of X of Kostanay Region"); "Hong Kong-registered X Ltd" is X Ltd; "Co., Ltd"
# without its last full stop is a legal form. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The plant is backed by the Kazakhstan Association of Glass Makers.",
                 "Kazakhstan Association of Glass Makers", id="country-before"),
    pytest.param("The plant is backed by the Union of Livestock Breeders of Kostanay Region.",
                 "Union of Livestock Breeders of Kostanay Region", id="region-after"),
    pytest.param("Hong Kong-registered Altyn Dala Metals Ltd will build a zinc plant.",
                 "Altyn Dala Metals", id="two-word-place-registered"),
    pytest.param("Its partner, Ningbo Donghai Valves Co., Ltd, will supply the equipment.",
                 "Ningbo Donghai Valves", id="co-ltd-without-full-stop"),
])
def test_a_bodys_whole_name_and_a_registered_business(text, expected, model):
    assert _labels(text, model, "organization") == [expected]


# A dateline under a heading in capitals ("PRESS RELEASE\n\nSHYMKENT, Kazakhstan, 2 May 2025 -")
# is one all the same (what the model tags in it is no business); "we" in an interview stands
# for the business its title names, not the one its text names most (a customer asked about).
@pytest.mark.parametrize("heading", ["PRESS RELEASE", "FOR IMMEDIATE RELEASE",
                                     "PRESS RELEASE\n\nOntustik Valves opens a valve plant",
                                     "Shymkent gets its first valve plant"])
def test_a_dateline_under_a_heading(heading):
    text = f"{heading}\n\nSHYMKENT, Kazakhstan, 2 May 2025 – Ontustik Valves LLP opened a plant."
    assert text[len(heading):text_module.dateline_end(text)].strip() == (
        "SHYMKENT, Kazakhstan, 2 May 2025 –")


@pytest.mark.parametrize("model", [None, "none"])
def test_we_in_an_interview_is_the_titles_business(model):
    text = ("ASTANA – Kokshe Pumps LLP makes borehole pumps in Kokshetau. It supplies Ertis "
            "Water JSC and Aqmola Water JSC.\n\nWhat does Ertis Water JSC buy?\n\nMostly "
            "borehole pumps. Ertis Water JSC is our biggest client.\n\nWhat comes next?\n\n"
            "In 2023 we designed a foundry for pump casings in Kokshetau, worth $20 million.")
    found = extract(Article("t", text, title="Kokshe Pumps CEO on a foundry and new clients",
                            published=PUBLISHED), model=model)
    assert _companies(found).get("foundry for pump casings") == "Kokshe Pumps"


# What a project's label is not: where its equipment or maker comes from ("a Chinese washing
# line", "bought from a Russian plant"), "your" in an interviewer's question, an amount said as
# what is processed ("the processing of 120 thousand tonnes of corn"), a verb after a product
# ("the production of building materials remains"), a kind of business in a generic "a tannery
# or a wool factory needs...". Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The mill bought its grinders from a Russian plant and a Chinese washing line "
                 "from a trader.", [], id="nationalities"),
    pytest.param("Your plant opened three years ago. Where do you stand today?", [],
                 id="your-plant"),
    pytest.param("The Taraz starch plant is intended for the processing of 120 thousand tonnes "
                 "of corn a year.", ["Taraz starch plant"], id="an-amount-processed"),
    pytest.param("Light industry and the production of building materials remain the region's "
                 "drivers, and this year a brick plant was launched in Arys.", ["brick plant"],
                 id="a-verb-after-the-product"),
    pytest.param("A tannery or a shoe factory must buy a season's hides up front.",
                 ["shoe factory"], id="a-generic-or"),
])
def test_what_a_projects_label_is_not(text, expected, model):
    assert sorted(_labels(text, model, "project")) == expected


# A project card gives a field a line under the project's ("Project: a brick factory\nInvestor:
# X LLP\n...\nStatus: launched in May"), to a blank line: its status is that field's. "Land
# plot allocated" is a plan. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_project_cards_status_field(model):
    text = ("Cards of the region's projects:\n\n■ Project: brick factory\nInvestor: Arys Kirpish "
            "LLP\nCost: KZT 2 billion\nStatus: launched in May 2024\n\n■ Project: cement plant\n"
            "Location: Sozak district\nJobs: 200\nStatus: land plot allocated, investor being "
            "selected\n\n3) Glass container plant, Kentau\nInvestor: Kentau Glass LLP\nStatus: "
            "under construction, completion by the end of 2025")
    assert _statuses(text, model) == {"brick-factory": "Launched", "cement-plant": "Planned",
                                      "glass-container-plant": "UnderConstruction"}


# Persons the rules find without an office's title: a worker's trade before the name, also
# opening a sentence ("Welder X Y", "says site manager X Y"); a relative ("his wife, X Y"); a
# relative clause ("X Y, who grows wheat near Y"); "according to X Y, an analyst"; "said X Y
# from Z". Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Welder Nurlan Abenov has worked at the plant since it opened.",
                 ["Nurlan Abenov"], id="a-trade-opening-a-sentence"),
    pytest.param('"We picked Aktobe for the chrome," says site manager Murat Dauletov.',
                 ["Murat Dauletov"], id="a-trade-after-says"),
    pytest.param("The firm is a family affair: his wife, Aigerim Dauletova, keeps the books.",
                 ["Aigerim Dauletova"], id="a-relative"),
    pytest.param("Serik Abenov, who grows wheat near Esil, will sell grain to the mill.",
                 ["Serik Abenov"], id="who-grows"),
    pytest.param("According to Timur Bekov, an industry analyst, the plant is too small.",
                 ["Timur Bekov"], id="according-to"),
    pytest.param('"Prices fell," said Yerlan Zhaksybekov from Zhanakorgan.',
                 ["Yerlan Zhaksybekov"], id="said-from"),
])
def test_persons_without_an_office(text, expected, model):
    assert _labels(text, model, "person") == expected


# A business "studying" or "considering" a plant, and a project "in the pipeline", plan it; a
# headline's verb ("X commissions Y elevator") and "nearest", "full" are no part of a label.
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Looking ahead, Tobol Agro is studying a soybean crushing plant in Kostanay "
                 "region.", {"soybean-crushing-plant": "Planned"}, id="is-studying"),
    pytest.param("The largest project in the pipeline is a plywood plant in Ridder.",
                 {"plywood-plant": "Planned"}, id="in-the-pipeline"),
])
def test_studying_and_the_pipeline_are_plans(text, expected, model):
    assert _statuses(text, model) == expected


@pytest.mark.parametrize("model", [None, "none"])
def test_a_headlines_verb_and_nearest_are_no_label(model):
    text = ("Esil Grain commissions Zhaksy grain elevator\n\nThe farms used to truck grain to the "
            "nearest elevator, 90 km away.")
    assert _labels(text, model, "project") == ["Zhaksy grain elevator"]


# A project card's one region in its fields places the project ("Project: X\nRegion: Y
# Region, Z District\n..."), though the card's lines come after the project's. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_project_cards_region_field(model):
    text = ("Cards of the week:\n\n■ Project: pasta factory\nRegion: Akmola Region, Zerendi "
            "District\nInvestor: Zerendi Astyq LLP\nStatus: launched in May\n\n■ Project: "
            "cable plant\nRegion: Atyrau Region, Atyrau industrial park\nStatus: planned")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    labels = {e.key: e.label for e in found.entities}
    assert {labels[s.subject.key]: labels[s.obj.key] for s in found.statements
            if s.prop == "locatedIn"} == {"pasta factory": "Akmola Region",
                                          "cable plant": "Atyrau Region"}


# Projects coordinated before one plural predicate share it, past the last one's business, size
# and a comma ("a X in A and the Y of Z LLP in B with a capacity of N were launched", "..., were
# also put into operation"); "started up a line", "started supplying electricity" are launches.
# Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Two smaller facilities, a brick workshop in Aksu and a feed plant in Irtysh "
                 "district, were also put into operation.",
                 {"brick-workshop": "Launched", "feed-plant": "Launched"}, id="comma-also"),
    pytest.param('Also a plant for window profiles in Ekibastuz and the bakery of LLP "Aksu Nan" '
                 "in Aksu with a capacity of 5 tonnes of bread per day were launched.",
                 {"plant-for-window-profiles": "Launched", "bakery": "Launched"},
                 id="past-a-business-and-a-size"),
    pytest.param("Oskemen Kabel LLP started up a second line for copper wire in Oskemen in May.",
                 {"line-for-copper-wire": "Launched"}, id="started-up"),
    pytest.param("A 30 MW solar power plant near Balkhash started supplying electricity to the "
                 "grid in August.", {"30-mw-solar-power-plant": "Launched"},
                 id="started-supplying"),
])
def test_coordinated_projects_and_start_ups(text, expected, model):
    assert _statuses(text, model) == expected


# A plant "financed by" a fund is not the fund's: its owner a later sentence names is whose it
# is; a dateline with its date and outlet ("AKTOBE, 12 March (KazTAG) –") is one. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
def test_a_lender_is_no_owner(model):
    text = ("The launch of a lime plant in Khromtau district, financed by the Industrial "
            "Development Fund, has been postponed to 2026.\n\nThe plant, owned by Khromtau Lime "
            "LLP, is designed to produce 300,000 tonnes of lime a year.")
    found = extract(Article("t", text, published=PUBLISHED), model=model)
    assert _companies(found) == {"lime plant": "Khromtau Lime"}


@pytest.mark.parametrize("dateline", ["AKTOBE, 12 March (KazTAG) –", "ATYRAU, April 22, 2025 –",
                                      "ASTANA (TCA) —"])
def test_a_dateline_with_its_date_and_outlet(dateline):
    text = f"{dateline} The launch of a lime plant was postponed."
    assert text[:text_module.dateline_end(text)].strip() == dateline


# Yards, bases and docks of the Caspian's oil services are facilities: a fabrication yard, a
# ship repair yard, a marine supply base, a dry dock; a yard for machines or cattle at a plant
# is no project. Both modes.
@pytest.mark.parametrize("model", [None, "none"])
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Caspian Modules LLP is building a fabrication yard in Kuryk.",
                 ["fabrication yard"], id="fabrication-yard"),
    pytest.param("Bautino Marine LLP opened a ship repair yard in Bautino.",
                 ["ship repair yard"], id="ship-repair-yard"),
    pytest.param("Tupkaragan Logistics LLP will build a marine supply base in Bautino.",
                 ["marine supply base"], id="supply-base"),
    pytest.param("The cement plant of Aral Cement LLP has a machine yard and a cattle yard.",
                 ["cement plant"], id="no-yards-of-a-plant"),
])
def test_yards_bases_and_docks(text, expected, model):
    assert _labels(text, model, "project") == expected
