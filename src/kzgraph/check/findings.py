"""Findings and the validation report: text grouped by rule, JSON, or SHACL-style Turtle."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import Enum

import pyoxigraph as ox

from ..namespaces import RDF, compact

SH = "http://www.w3.org/ns/shacl#"
SHAPES = "https://w3id.org/kzgraph/shapes#"


class ReportFormat(Enum):
    """How ``format_report`` writes a validation report; the value is ``--format``'s name."""

    TEXT = "text"
    JSON = "json"
    TURTLE = "turtle"


FORMATS = tuple(f.value for f in ReportFormat)


@dataclass(frozen=True)
class Finding:
    """One problem: the rule that found it, the node, what is wrong and where it came from."""

    rule: str
    part: str
    node: str
    message: str
    value: str = ""
    article: str = ""
    severity: str = "Violation"  # or "Warning": reported, but the data still conforms


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    parts: tuple[str, ...]

    @property
    def conforms(self) -> bool:
        """No violation; warnings (e.g. a project the text does not place) are allowed."""
        return all(f.severity != "Violation" for f in self.findings)



def format_report(report: Report, fmt: ReportFormat | str = ReportFormat.TEXT) -> str:
    """The report as text grouped by rule, as JSON, or as a SHACL-style Turtle report (``fmt``:
    a ``ReportFormat`` or its name).

    >>> found = Finding("S01", "shapes", "https://w3id.org/kzgraph/id/region/x", "needs a label")
    >>> print(format_report(Report((found,), ("shapes",))), end="")
    S01 (shapes): 1 finding
      kzid:region/x: needs a label
    1 finding in 1 rule
    """
    fmt = ReportFormat(fmt)
    if fmt is ReportFormat.JSON:
        return json.dumps({"conforms": report.conforms, "parts": list(report.parts),
                           "findings": [asdict(f) for f in report.findings]},
                          indent=2, ensure_ascii=False) + "\n"
    if fmt is ReportFormat.TURTLE:
        return _turtle(report)
    if not report.findings:
        return f"conforms: no findings ({', '.join(report.parts)})\n"
    lines = []
    by_rule: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    for rule, findings in by_rule.items():
        kind = "warning" if findings[0].severity == "Warning" else "finding"
        lines.append(f"{rule} ({findings[0].part}): {len(findings)} {kind}"
                     + ("s" if len(findings) != 1 else ""))
        for f in findings:
            where = f" [article {compact(f.article)}]" if f.article else ""
            value = f" value {_short(f.value)}" if f.value else ""
            lines.append(f"  {compact(f.node) or '-'}{where}{value}: {f.message}")
    count = len(report.findings)
    warnings = sum(f.severity == "Warning" for f in report.findings)
    lines.append(f"{count} finding{'s' if count != 1 else ''} in {len(by_rule)} rule"
                 f"{'s' if len(by_rule) != 1 else ''}"
                 + (f" ({warnings} warnings: the data conforms)" if report.conforms else ""))
    return "\n".join(lines) + "\n"


def _short(value: str) -> str:
    value = compact(value)
    return value if len(value) <= 60 else value[:57] + "..."


def _turtle(report: Report) -> str:
    """A ``sh:ValidationReport`` with one ``sh:result`` per finding, in a stable order."""
    def n(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    root = ox.BlankNode("report")
    triples = [ox.Triple(root, n(RDF + "type"), n(SH + "ValidationReport")),
               ox.Triple(root, n(SH + "conforms"),
                         ox.Literal(str(report.conforms).lower(),
                                    datatype=n("http://www.w3.org/2001/XMLSchema#boolean")))]
    for index, f in enumerate(report.findings, 1):
        result = ox.BlankNode(f"result{index}")
        triples += [ox.Triple(root, n(SH + "result"), result),
                    ox.Triple(result, n(RDF + "type"), n(SH + "ValidationResult")),
                    ox.Triple(result, n(SH + "resultSeverity"), n(SH + f.severity)),
                    ox.Triple(result, n(SH + "sourceShape"), n(SHAPES + f.rule)),
                    ox.Triple(result, n(SH + "resultMessage"), ox.Literal(f.message))]
        if f.node.startswith(("http://", "https://")):
            triples.append(ox.Triple(result, n(SH + "focusNode"), n(f.node)))
        if f.value:
            triples.append(ox.Triple(result, n(SH + "value"), ox.Literal(f.value)))
        if f.article:
            triples.append(ox.Triple(result, n("http://www.w3.org/ns/prov#wasDerivedFrom"),
                                     n(f.article)))
    prefixes = {"sh": SH, "kzsh": SHAPES, "prov": "http://www.w3.org/ns/prov#"}
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
