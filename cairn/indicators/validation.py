"""Checking a data return's figures before anything is saved: a pure function.

Each element's figure must be a number (a count: a whole number), not negative, within the
element's minimum and maximum, a part not more than its whole, and the parts of one
breakdown (by age band, say) not more than their whole together. A figure far from the
agency's own recent figures is flagged: it is accepted once the contributor says why in a
comment.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

# Far from history: more than double, or less than half, the median of the agency's last
# figures (at least three of them), and by more than this many.
HISTORY_NEEDED = 3
HISTORY_MIN_DIFFERENCE = Decimal(5)


@dataclass(frozen=True)
class ElementRule:
    code: str
    name: str
    is_count: bool = True
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    part_of: str | None = None  # the code of the element this one is part of
    breakdown: str | None = None  # the breakdown this part belongs to (e.g. "Age band")
    history: tuple[Decimal, ...] = ()  # the agency's earlier approved figures, oldest first


@dataclass
class Checked:
    values: dict[str, Decimal] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # refused: nothing may be saved
    flags: dict[str, str] = field(default_factory=dict)  # far from history: needs a comment

    @property
    def ok(self) -> bool:
        return not self.errors and not self.needs_comment

    @property
    def needs_comment(self) -> dict[str, str]:
        return {code: message for code, message in self.flags.items() if code in self.errors}


def parse_figure(text: str) -> Decimal:
    """'1,234' -> 1234; raises ValueError for anything that is not a number."""
    cleaned = (text or "").strip().replace(",", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not number.is_finite():
        raise ValueError(text)
    return number


def check_values(
    rules: list[ElementRule],
    raw: Mapping[str, str],
    comments: Mapping[str, str] | None = None,
) -> Checked:
    """Check every element's figure in `raw` ({code: text}); comments explain flagged ones."""
    comments = comments or {}
    checked = Checked()
    for rule in rules:
        text = (raw.get(rule.code) or "").strip()
        if not text:
            checked.errors[rule.code] = f"Enter a figure for “{rule.name}” (0 if there were none)."
            continue
        try:
            number = parse_figure(text)
        except ValueError:
            checked.errors[rule.code] = (
                f"“{rule.name}” must be a number, for example 12: “{text}” is not."
            )
            continue
        message = _range_error(rule, number)
        if message:
            checked.errors[rule.code] = message
            continue
        checked.values[rule.code] = number
    by_code = {rule.code: rule for rule in rules}
    for rule in rules:
        part, whole = checked.values.get(rule.code), checked.values.get(rule.part_of or "")
        if part is not None and whole is not None and part > whole:
            checked.errors[rule.code] = (
                f"“{rule.name}” ({_show(part)}) is more than “{by_code[rule.part_of].name}” "
                f"({_show(whole)}), which it is part of."
            )
    _check_breakdowns(rules, checked)
    for rule in rules:
        number = checked.values.get(rule.code)
        if number is None or rule.code in checked.errors:
            continue
        flag = far_from_history(number, rule.history)
        if flag:
            checked.flags[rule.code] = f"“{rule.name}” is {_show(number)}: {flag}"
            if not (comments.get(rule.code) or "").strip():
                checked.errors[rule.code] = (
                    f"“{rule.name}” is {_show(number)}: {flag} If it is right, say why in "
                    "the comment."
                )
    return checked


def _check_breakdowns(rules: list[ElementRule], checked: Checked) -> None:
    """The parts of one breakdown of a whole may not add up to more than the whole."""
    by_code = {rule.code: rule for rule in rules}
    groups: dict[tuple[str, str], list[ElementRule]] = {}
    for rule in rules:
        if rule.breakdown and rule.part_of:
            groups.setdefault((rule.part_of, rule.breakdown), []).append(rule)
    for (whole_code, breakdown), parts in groups.items():
        whole = checked.values.get(whole_code)
        numbers = [checked.values.get(part.code) for part in parts]
        if whole is None or any(n is None for n in numbers):
            continue  # a part or the whole is already refused
        total = sum(numbers, Decimal(0))  # type: ignore[arg-type]
        if total > whole:
            checked.errors[parts[0].code] = (
                f"The parts of “{by_code[whole_code].name}” by {breakdown.lower()} add up to "
                f"{_show(total)}, more than “{by_code[whole_code].name}” ({_show(whole)})."
            )


def _range_error(rule: ElementRule, number: Decimal) -> str | None:
    if number < 0:
        return f"“{rule.name}” cannot be negative."
    if rule.is_count and number != number.to_integral_value():
        return f"“{rule.name}” is a count: enter a whole number."
    if rule.minimum is not None and number < rule.minimum:
        return f"“{rule.name}” must be at least {_show(rule.minimum)}."
    if rule.maximum is not None and number > rule.maximum:
        return f"“{rule.name}” must be at most {_show(rule.maximum)}."
    return None


def far_from_history(number: Decimal, history: tuple[Decimal, ...]) -> str | None:
    """Why `number` looks unusual against the agency's recent figures, or None."""
    recent = history[-4:]
    if len(recent) < HISTORY_NEEDED:
        return None
    usual = Decimal(statistics.median(recent))
    if abs(number - usual) <= HISTORY_MIN_DIFFERENCE:
        return None
    if number > 2 * usual or number < usual / 2:
        shown = ", ".join(_show(v) for v in recent)
        return f"far from this agency's recent figures ({shown})."
    return None


def _show(number: Decimal) -> str:
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
