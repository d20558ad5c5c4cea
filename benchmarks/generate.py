"""Write N synthetic news articles for scale tests: ``generate.py N OUT_DIR [--seed S]``.

The articles have the file format of ``src/kzgraph/sample/*.txt`` (a ``url:``/``title:``/
``published:``/``source:`` header, a blank line, the text) and read like regional industry news:
companies (made of syllables and a legal form), products, regions and programs from the reference
data, amounts in tenge and dollars, jobs, capacities, officials with titles, dates, and filler
sentences of several shapes. Article ``i`` depends only on ``(seed, i)``, so a smaller corpus is a
prefix of a larger one and the same seed gives the same bytes. They exercise the build at scale;
they are not a measure of extraction quality (use ``../shared/corpus`` for that).

Files go into folders of 1,000 (``OUT_DIR/000/gen-000000.txt``) so no folder gets huge.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

REFERENCE = Path(__file__).resolve().parents[1] / "ontology" / "reference"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

SYLLABLES = ("ak", "tas", "kara", "tau", "bay", "nur", "ka", "zhol", "sar", "y", "ar", "ka",
             "tem", "ir", "kok", "she", "al", "tyn", "ba", "las", "ey", "mir", "ust", "ort", "sa")
BRANDS = ("Steel", "Agro", "Metals", "Chemicals", "Energy", "Cement", "Foods", "Textile",
          "Machinery", "Mining", "Polymers", "Glass", "Dairy", "Pharm", "Logistics", "Invest")
LEGAL = ("LLP", "JSC", "Ltd", "LLC", "GmbH", "Group JSC", "Holding JSC", "Corp.")
FOREIGN = ("", "", "", "China's ", "Turkish ", "German ", "Korean ", "Russian ", "Italian ")
FIRST = ("Nurlan", "Aidar", "Yerlan", "Serik", "Marat", "Bolat", "Askar", "Daniyar", "Gulnara",
         "Aigerim", "Saule", "Dinara", "Kairat", "Timur", "Azamat", "Zhanna", "Ruslan", "Asel")
SURNAME = ("bek", "tay", "sul", "zhan", "mukh", "kas", "ser", "ali", "tok", "bay", "erm", "sag")
SURNAME_END = ("ov", "ev", "enov", "ayev", "baev", "uly", "kyzy", "ova", "eva")
TITLES = ("Akim of {region}", "Deputy Akim of {region}", "Minister of Industry",
          "Vice Minister of Industry and Infrastructure Development",
          "Chairman of the Board of {co}", "General Director of {co}", "Governor of {region}")
PRODUCTS = (("glyphosate herbicides", "plant"), ("aluminum", "smelter"), ("steel pipes", "plant"),
            ("cement", "plant"), ("polypropylene", "plant"), ("mineral fertilizers", "plant"),
            ("dairy products", "complex"), ("sunflower oil", "plant"), ("flour", "mill"),
            ("copper cathodes", "plant"), ("ferroalloys", "plant"), ("glass containers", "factory"),
            ("pharmaceuticals", "plant"), ("cotton yarn", "factory"), ("railway cars", "plant"),
            ("tractors", "plant"), ("batteries", "factory"), ("beef", "complex"),
            ("greenhouse vegetables", "greenhouse"), ("iron ore concentrate", "complex"),
            ("bitumen", "plant"), ("sugar", "plant"), ("poultry meat", "farm"),
            ("wind power", "station"), ("solar panels", "plant"),
            ("caviar and sturgeon", "complex"))
OUTLETS = ("Kazinform", "The Astana Times", "Kapital.kz", "Inform.kz", "Kursiv", "Tengri News",
           "Times of Central Asia", "Kazakh TV", "BNews", "Interfax-Kazakhstan")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FILLER = (
    "The region's industrial output grew by {pct} percent in {year}, officials said.",
    "Local authorities have allocated {area} hectares of land for the industrial zone.",
    "Raw materials will come from deposits in the region, the company said.",
    "The products are to be supplied to the domestic market and exported to {country}.",
    "Residents of nearby villages will be trained to work at the new facilities.",
    "According to the press service, the investor has already received all permits.",
    "Experts note that demand for such products has grown in recent years.",
    "The meeting also discussed the supply of gas and electricity to the site.",
    "Earlier, the government approved a list of {n} priority investment projects.",
    "Financing is provided by the Development Bank of Kazakhstan and second-tier banks.",
)
COUNTRIES = ("China", "Russia", "Uzbekistan", "Kyrgyzstan", "Turkey", "Afghanistan", "Iran",
             "Central Asian countries", "the European Union")


def reference_labels(name: str) -> list[str]:
    """English labels of the reference resources in ``ontology/reference/NAME.ttl``."""
    labels = {q.object.value for q in ox.parse(path=str(REFERENCE / f"{name}.ttl"),
                                               format=ox.RdfFormat.TURTLE)
              if q.predicate == LABEL and getattr(q.object, "language", None) == "en"}
    return sorted(labels)


class Vocabulary:
    """The names the generator draws from: reference data plus the tables above."""

    def __init__(self) -> None:
        regions = [r for r in reference_labels("regions") if r not in ("Kazakhstan", "Baikonur")]
        self.regions = [r for r in regions if r != "South Kazakhstan Region"]
        self.programs = [p for p in reference_labels("programs") if len(p) < 60]


def company(rng: random.Random) -> str:
    """A company name: two or three syllables, a trade word and a legal form.

    >>> company(random.Random(1))
    'Basa Metals GmbH'
    """
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize()
    return f"{stem} {rng.choice(BRANDS)} {rng.choice(LEGAL)}"


def person(rng: random.Random) -> str:
    """A first name and a surname built from a stem and an ending.

    >>> person(random.Random(3))
    'Marat Zhaneva'
    """
    surname = (rng.choice(SURNAME) + rng.choice(SURNAME_END)).capitalize()
    return f"{rng.choice(FIRST)} {surname}"


def amount(rng: random.Random) -> str:
    """An investment as a news text writes it (tenge or dollars, with a scale word)."""
    if rng.random() < 0.6:
        value = rng.choice((1.2, 2.5, 4.6, 7, 12, 18.5, 25, 36, 48, 120, 250, 430))
        return f"{value:g} {rng.choice(('billion', 'billion', 'million', 'trillion'))} tenge"
    value = rng.choice((3.5, 12, 40, 85, 150, 220, 310, 500, 1.1))
    unit = "billion" if value < 2 else "million"
    return rng.choice((f"${value:g} {unit}", f"{value:g} {unit} US dollars"))


def article(index: int, seed: int, vocab: Vocabulary) -> tuple[str, str]:
    """The key and the full file text of article ``index``."""
    rng = random.Random(f"{seed}:{index}")
    published = date(2010, 1, 1) + timedelta(days=rng.randrange(5400))
    region = rng.choice(vocab.regions)
    other_region = rng.choice(vocab.regions)
    co = company(rng)
    product, head = rng.choice(PRODUCTS)
    official = person(rng)
    title_ = rng.choice(TITLES).format(region=region, co=co)
    jobs = rng.choice((50, 120, 200, 350, 500, 800, 1200, 2000))
    year = published.year + rng.choice((0, 1, 1, 2, 3))
    slots = {"region": region, "co": co, "product": product, "head": head, "jobs": jobs,
             "money": amount(rng), "official": official, "title": title_,
             "program": rng.choice(vocab.programs), "year": year,
             "month": rng.choice(MONTHS), "capacity": rng.choice((10, 30, 60, 100, 250, 500)),
             "other_region": other_region, "co2": company(rng), "product2": rng.choice(PRODUCTS)[0],
             "pct": rng.choice((2.1, 3.4, 5, 6.8, 9.2, 12)), "area": rng.choice((15, 40, 120)),
             "country": rng.choice(COUNTRIES), "n": rng.choice((30, 45, 60, 90))}
    status = rng.choice(("launched", "planned", "construction"))
    lead = {
        "launched": "{co} has launched a {product} {head} in {region} worth {money}.",
        "planned": "{co} will build a {product} {head} in {region} worth {money}.",
        "construction": "A {product} {head} is being built in {region} by {co} at a cost of "
                        "{money}.",
    }[status]
    body = [
        lead,
        rng.choice(("The project will create {jobs} permanent jobs.",
                    "About {jobs} new jobs will be created at the {head}.",
                    "The {head} will employ {jobs} people.")),
        rng.choice(("The design capacity of the {head} is {capacity} thousand tonnes of "
                    "{product} per year.",
                    "It will produce {capacity} thousand tonnes of {product} a year.")),
        rng.choice(("The project is implemented under the {program}.",
                    "The {head} is included in the {program}.",
                    "The initiative is part of the {program}.")),
        rng.choice(("{title} {official} said the {head} would start operating in {month} "
                    "{year}.",
                    "\u201cThis is an important project for the region,\u201d said {title} "
                    "{official}.",
                    "{official}, {title}, visited the construction site in {month} {year}.")),
    ]
    for _ in range(rng.randint(2, 5)):
        body.append(rng.choice(FILLER))
    if rng.random() < 0.5:
        body.append("In {other_region}, {co2} is planning a {product2} plant for {year}.")
    rng.shuffle(body[2:])
    paragraphs, sentence_list = [], [s.format(**slots) for s in body]
    while sentence_list:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(sentence_list[:take]))
        sentence_list = sentence_list[take:]
    key = f"gen-{index:06d}"
    headline = {"launched": "{co} launches {product} {head} in {region}",
                "planned": "{region} to get a new {product} {head}",
                "construction": "Construction of {product} {head} under way in {region}"}[status]
    header = (f"url: https://news.example.org/{published.year}/{key}\n"
              f"title: {headline.format(**slots)}\n"
              f"published: {published.isoformat()}\n"
              f"source: {rng.choice(OUTLETS)}\n\n")
    return key, header + "\n\n".join(paragraphs) + "\n"


def generate(count: int, out_dir: Path, *, seed: int = 0) -> int:
    """Write ``count`` articles under ``out_dir``; returns the number of bytes of text written."""
    vocab = Vocabulary()
    written = 0
    for index in range(count):
        key, text = article(index, seed, vocab)
        folder = out_dir / f"{index // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{key}.txt").write_bytes(data)
        written += len(data)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("out_dir", type=Path, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same articles")
    args = parser.parse_args(argv)
    written = generate(args.count, args.out_dir, seed=args.seed)
    print(f"{args.count} articles, {written} bytes -> {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
