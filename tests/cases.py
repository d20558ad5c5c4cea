"""What the tables of cases in the extractor's tests share."""

from __future__ import annotations

import pytest


def missed(reason: str, cases: list) -> list:
    """The cases as strict xfails for one reason: a round's known misses, kept as its table."""
    return [pytest.param(*case.values, id=case.id,
                         marks=[*case.marks, pytest.mark.xfail(strict=True, reason=reason)])
            for case in cases]
