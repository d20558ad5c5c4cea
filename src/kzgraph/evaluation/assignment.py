"""One-to-one assignment of gold items to predictions, by maximum total weight.

The scorer pairs each gold item with at most one prediction and each prediction with at most
one gold item. Greedy first-come pairing can lose a match ("Astana" taken by the wrong gold
item leaves another gold item unmatched), so pairs are chosen by the Hungarian method, which
finds the assignment of greatest total weight. Preferences between candidate pairs are
tuples compared lexicographically (``rank``); :func:`pair` turns them into weights so that
the first component always dominates the second, and so on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


def assign(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """The (row, column) pairs of a maximum-weight one-to-one assignment.

    A weight of 0 means the row and column may not be paired.

    >>> assign([[1, 1], [1, 0]])        # greedy (0, 0) would leave row 1 alone
    [(0, 1), (1, 0)]
    >>> assign([[0, 5], [0, 3], [0, 0]])
    [(0, 1)]
    >>> assign([])
    []
    """
    rows = len(weights)
    cols = max((len(r) for r in weights), default=0)
    size = max(rows, cols)
    if size == 0:
        return []

    def weight(i: int, j: int) -> int:
        return weights[i][j] if i < rows and j < len(weights[i]) else 0

    top = max(weight(i, j) for i in range(size) for j in range(size))
    # Minimise cost = top - weight over a square matrix (padding has weight 0), keeping
    # row potentials u and column potentials v; column 0 is a sentinel.
    u = [0] * (size + 1)
    v = [0] * (size + 1)
    row_of = [0] * (size + 1)
    for row in range(1, size + 1):
        row_of[0] = row
        col = 0
        slack = [float("inf")] * (size + 1)
        came_from = [0] * (size + 1)
        done = [False] * (size + 1)
        while row_of[col]:
            done[col] = True
            current = row_of[col]
            delta, nxt = float("inf"), 0
            for j in range(1, size + 1):
                if done[j]:
                    continue
                reduced = top - weight(current - 1, j - 1) - u[current] - v[j]
                if reduced < slack[j]:
                    slack[j], came_from[j] = reduced, col
                if slack[j] < delta:
                    delta, nxt = slack[j], j
            for j in range(size + 1):
                if done[j]:
                    u[row_of[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            col = nxt
        while col:
            previous = came_from[col]
            row_of[col] = row_of[previous]
            col = previous
    found = ((row_of[j] - 1, j - 1) for j in range(1, size + 1))
    return sorted((i, j) for i, j in found if weight(i, j) > 0)


def pair(
    gold: Sequence[G], predicted: Sequence[P], rank: Callable[[G, P], tuple[int, ...] | None]
) -> list[tuple[int, int]]:
    """Pair gold items with predictions; ``rank`` gives a tuple of 0/1 preferences or None.

    Each component counts over the whole assignment before the next one does: with
    ``(1, x)`` the number of pairs is maximised first, then the number with ``x`` set.

    >>> pair(["a", "b"], ["b", "a"], lambda g, p: (1,) if g == p else None)
    [(0, 1), (1, 0)]
    >>> pair(["x"], ["x1", "x2"], lambda g, p: (1, p == "x2"))   # prefer the second
    [(0, 1)]
    """
    ranks = [[rank(g, p) for p in predicted] for g in gold]
    base = min(len(gold), len(predicted)) + 1
    weights = [
        [0 if r is None else sum(int(c) * base ** (len(r) - 1 - i) for i, c in enumerate(r))
         for r in row]
        for row in ranks
    ]
    return assign(weights)
