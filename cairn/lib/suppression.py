"""Small-number suppression for published tables of counts about people.

A table is an array of counts (two or three ways, e.g. age band x sex) published with all
its totals: row, column and grand totals (and, for three ways, every two-way table of
totals). Publishing it:

- **primary suppression**: every count from 1 to `threshold - 1` (totals included) is
  hidden and shown as "<5";
- **secondary suppression**: more counts are hidden (shown as "[c]") until no hidden count
  can be worked out from the published ones. For each hidden count we solve the linear
  programs an attacker would, with scipy's HiGHS: the smallest and largest the count can be,
  given every published count and total and that counts are not negative. While that
  interval is not wider than the threshold, one more count sharing a row, column or total
  with a hidden one is hidden (see `_complement` for which), and the audit runs again.

Zeros are published: suppression protects people counted, and hiding every zero would hide
much and protect nothing more. Percentages and rates made from a hidden count are hidden
too (`suppressed_figure`).

**Linked tables** (`suppress_linked`): the same figures broken down several ways (cases by
period and age band, and by period and sex) share their totals, so a count hidden in one
table could be narrowed with the other. They are published as the margins of one table
with an axis per breakdown, whose inner cells are never released: the attacker's linear
programs then see every released table at once.

**Rounding** (`Publication.base`): with base 5, each count shown is rounded to the nearest
multiple of 5 (totals rounded on their own, so they need not add up), after suppression.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

Cell = tuple[int | None, ...]  # an index on each axis; None: the total over that axis
PRIMARY, SECONDARY = "<", "[c]"


@dataclass
class Publication:
    """A table as the public may see it."""

    shape: tuple[int, ...]
    threshold: int
    values: dict[Cell, int]  # every cell's true count (not published where suppressed)
    suppressed: dict[Cell, str] = field(default_factory=dict)  # cell -> PRIMARY or SECONDARY
    released: frozenset[Cell] | None = None  # the cells published at all (None: every one)
    base: int = 1  # 5: counts shown rounded to the nearest multiple of 5

    def shown(self, cell: Cell) -> str:
        """What the public sees in a cell: the count (rounded to the base), "<5", or "[c]"."""
        kind = self.suppressed.get(cell)
        if kind == PRIMARY:
            return f"<{self.threshold}"
        if kind == SECONDARY:
            return SECONDARY
        return str(round_to_base(self.values[cell], self.base))

    def is_released(self, cell: Cell) -> bool:
        return self.released is None or cell in self.released

    def published(self) -> dict[Cell, int]:
        """The true counts of the cells the public may see (before rounding), by cell."""
        return {
            cell: v
            for cell, v in self.values.items()
            if cell not in self.suppressed and self.is_released(cell)
        }

    def grid(self) -> list[list[str]]:
        """A two-way table with its totals as text rows (the totals last), for pages."""
        if len(self.shape) != 2:
            raise ValueError("grid() lays out two-way tables.")
        rows, columns = self.shape
        return [[self.shown((r, c)) for c in [*range(columns), None]] for r in [*range(rows), None]]


def cells_of(shape: tuple[int, ...]) -> list[Cell]:
    """Every cell of a table with its totals: each axis an index or None (total)."""
    return list(itertools.product(*[[*range(n), None] for n in shape]))


def interior_of(shape: tuple[int, ...], cell: Cell) -> list[tuple[int, ...]]:
    """The interior cells a cell adds up."""
    axes = [range(n) if i is None else [i] for n, i in zip(shape, cell, strict=True)]
    return list(itertools.product(*axes))


def value_of(counts: np.ndarray, cell: Cell) -> int:
    index = tuple(slice(None) if i is None else i for i in cell)
    return int(np.sum(counts[index]))


def is_total(cell: Cell) -> bool:
    return any(i is None for i in cell)


def feasible_interval(
    shape: tuple[int, ...], published: dict[Cell, int], target: Cell
) -> tuple[float, float]:
    """The smallest and largest `target` can be, given the published counts and totals and
    that counts are not negative (math.inf when nothing bounds it)."""
    # Imported here: scipy is large, and only publishing needs it.
    from scipy.optimize import linprog

    size = int(np.prod(shape))
    rows = [_indicator(shape, cell) for cell in published]
    right = list(published.values())
    objective = _indicator(shape, target)
    equalities = {"A_eq": np.array(rows), "b_eq": np.array(right)} if rows else {}
    bounds = [(0, None)] * size
    low = linprog(objective, bounds=bounds, method="highs", **equalities)
    high = linprog(-objective, bounds=bounds, method="highs", **equalities)
    if low.status != 0:
        raise ValueError(f"The published counts contradict each other ({low.message}).")
    top = math.inf if high.status == 3 else -high.fun
    return low.fun, top


def _indicator(shape: tuple[int, ...], cell: Cell) -> np.ndarray:
    """1 for each interior cell (in C order) that `cell` adds up, else 0."""
    row = np.ones(1)
    for n, i in zip(shape, cell, strict=True):
        axis = np.ones(n) if i is None else np.eye(n)[i]
        row = np.multiply.outer(row, axis).ravel()
    return row


def is_protected(interval: tuple[float, float], threshold: int) -> bool:
    low, high = interval
    return high - low > threshold + 1e-7


def round_to_base(value: int, base: int) -> int:
    """The nearest multiple of `base`, halves up: 7 -> 5, 8 -> 10, 12 -> 10, 0 -> 0."""
    return value if base <= 1 else (value + base // 2) // base * base


def suppress(
    counts: Iterable,
    threshold: int = 5,
    *,
    released: frozenset[Cell] | None = None,
    base: int = 1,
) -> Publication:
    """Publish a table of counts about people: primary, then secondary suppression.
    `released`: only these cells are published (the others are neither shown nor hidden)."""
    array = np.asarray(counts, dtype=np.int64)
    if array.ndim < 1 or array.size == 0 or (array < 0).any():
        raise ValueError("A table of counts has at least one count, and no negative ones.")
    shape = tuple(array.shape)
    values = {cell: value_of(array, cell) for cell in cells_of(shape)}
    publication = Publication(shape, threshold, values, released=released, base=base)
    for cell, value in values.items():
        if 0 < value < threshold and publication.is_released(cell):
            publication.suppressed[cell] = PRIMARY
    # Hiding more only widens every interval, so a count once protected stays protected:
    # each hidden count is checked until it is, and each newly hidden one is checked too.
    unchecked = sorted(publication.suppressed, key=_order)
    while unchecked:
        cell = unchecked.pop(0)
        while not is_protected(feasible_interval(shape, publication.published(), cell), threshold):
            extra = _complement(publication, cell)
            publication.suppressed[extra] = SECONDARY
            unchecked.append(extra)
    return publication


def _complement(publication: Publication, weak: Cell) -> Cell:
    """The next count to hide to protect `weak` (the audit then checks it again).

    Candidates share a row, column or total with a hidden count (differ from it on one
    axis), or are any count when none is left. Counts come before totals; then the one
    that pairs up most lines holding a single hidden count, less the lines it would leave
    with one (a hidden count alone in its line is given away by the line's total; this
    closes rectangles); then the smallest count of at least the threshold (it hides the
    most for the least lost); then the largest smaller one."""
    hidden = list(publication.suppressed)
    open_cells = [
        c
        for c in publication.values
        if c not in publication.suppressed and publication.is_released(c)
    ]
    if not open_cells:  # cannot happen: with everything hidden, nothing is bounded
        raise RuntimeError("Nothing left to suppress.")
    threshold = publication.threshold
    hidden_set = set(hidden)

    def cost(cell: Cell) -> tuple:
        value = publication.values[cell]
        big_enough = value >= threshold
        return (
            _aggregation(cell) if publication.released is not None else is_total(cell),
            -_pairing(cell, hidden_set, publication.shape),
            not big_enough,
            value if big_enough else -value,
            _order(cell),
        )

    aligned = [c for c in open_cells if any(_aligned(c, h) for h in hidden)]
    return min(aligned or open_cells, key=cost)


def _aggregation(cell: Cell) -> int:
    """How many axes a cell adds up over: a linked table's counts before its totals."""
    return sum(i is None for i in cell)


def _pairing(cell: Cell, hidden: set[Cell], shape: tuple[int, ...]) -> int:
    """Lines through `cell` with one hidden count (hiding it pairs them), less those with
    none (hiding it leaves it alone there)."""
    score = 0
    for axis, size in enumerate(shape):
        line = [cell[:axis] + (i,) + cell[axis + 1 :] for i in [*range(size), None]]
        count = sum(other in hidden for other in line if other != cell)
        score += 1 if count == 1 else -1 if count == 0 else 0
    return score


def _aligned(a: Cell, b: Cell) -> bool:
    """In the same row, column or total: the cells differ on exactly one axis."""
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _order(cell: Cell) -> tuple:
    return tuple(-1 if i is None else i for i in cell)


def suppressed_figure(numerator_suppressed: bool, denominator_suppressed: bool = False) -> bool:
    """A percentage or rate made from a hidden count is hidden too."""
    return numerator_suppressed or denominator_suppressed


# ---------------------------------------------------------------- linked tables


@dataclass
class LinkedPublication:
    """Tables of the same counts by period, broken down several ways, as the public sees them.

    `table(d)` is breakdown d's table: a row per period, a column per category, then the
    period's total; its last row is the total of every period."""

    publication: Publication
    categories: list[int]  # the number of categories of each breakdown

    def total(self, period: int | None) -> str:
        """A period's figure (None: all the periods together)."""
        return self.publication.shown((period, *[None] * len(self.categories)))

    def table(self, breakdown: int) -> list[list[str]]:
        periods = self.publication.shape[0]
        rows = []
        for period in [*range(periods), None]:
            cells = []
            for category in [*range(self.categories[breakdown]), None]:
                cell: list[int | None] = [None] * len(self.categories)
                cell[breakdown] = category
                cells.append(self.publication.shown((period, *cell)))
            rows.append(cells)
        return rows


def linked_cells(shape: tuple[int, ...]) -> frozenset[Cell]:
    """The cells of the released tables: any period (or all), at most one breakdown."""
    return frozenset(cell for cell in cells_of(shape) if sum(i is not None for i in cell[1:]) <= 1)


def joint_table(margins: list[np.ndarray]) -> np.ndarray:
    """A table of non-negative counts, with an axis per breakdown, whose margins are the
    given ones (each a row per period, adding up to the same totals): the north-west
    corner rule, one breakdown at a time. Any such table gives the released cells the same
    values; it only gives the attacker's linear programs a shape to work in."""
    periods = margins[0].shape[0]
    joint = margins[0].astype(np.int64)
    for margin in margins[1:]:
        combined = np.zeros((periods, joint[0].size, margin.shape[1]), dtype=np.int64)
        for p in range(periods):
            left, right = joint[p].ravel().copy(), margin[p].astype(np.int64).copy()
            i = j = 0
            while i < left.size and j < right.size:
                amount = min(left[i], right[j])
                combined[p, i, j] = amount
                left[i] -= amount
                right[j] -= amount
                if left[i] == 0:
                    i += 1
                else:
                    j += 1
        joint = combined.reshape((periods, *joint.shape[1:], margin.shape[1]))
    return joint


def suppress_linked(margins: list, threshold: int = 5, *, base: int = 1) -> LinkedPublication:
    """Publish breakdowns of the same counts together: each margin is a row per period and a
    column per category, and every margin's rows add up to the same period totals."""
    arrays = [np.asarray(m, dtype=np.int64) for m in margins]
    if not arrays or any(a.ndim != 2 or (a < 0).any() for a in arrays):
        raise ValueError("Each breakdown is a table of counts: a row per period.")
    totals = arrays[0].sum(axis=1)
    if any(a.shape[0] != len(totals) or (a.sum(axis=1) != totals).any() for a in arrays):
        raise ValueError("Every breakdown must add up to the same figure for each period.")
    joint = joint_table(arrays)
    publication = suppress(joint, threshold, released=linked_cells(tuple(joint.shape)), base=base)
    return LinkedPublication(publication, [a.shape[1] for a in arrays])
