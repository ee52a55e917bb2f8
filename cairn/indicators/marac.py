"""The quarterly MARAC data set (SafeLives' definitions), ready to use, and its figures.

A case is one victim and perpetrator(s) discussed at the Multi-Agency Risk Assessment
Conference. A repeat is a case referred again within 12 months of its last referral.
SafeLives expects about 40 cases a year per 10,000 women aged 16 and over (10 a quarter).
Partner agency referrals are those from agencies other than the police.

`create_marac_data_set` sets the data set up as ordinary data elements (each checked like
any other: a referral route or victim group is part of the cases); `marac_figures` makes the
quarter's figures from the approved returns, and `marac_csv` writes them one measure a row,
in the order of SafeLives' quarterly return.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.db.models import Sum

from cairn.accounts.models import Agency, Partnership, User
from cairn.indicators.models import DataElement, DataReturn, DataSet, DataValue
from cairn.indicators.periods import Period

NAME = "MARAC quarterly data set"
EXPECTED_PER_10000_A_YEAR = Decimal(40)

# code, name, part of (code)
ELEMENTS = [
    ("cases", "Cases discussed", None),
    (
        "repeat_cases",
        "Repeat cases (referred again within 12 months of the last referral)",
        "cases",
    ),
    ("referred_police", "Cases referred by the police", "cases"),
    ("referred_idva", "Cases referred by IDVA services", "cases"),
    ("referred_health", "Cases referred by health services", "cases"),
    ("referred_childrens_services", "Cases referred by children's services", "cases"),
    ("referred_housing", "Cases referred by housing", "cases"),
    ("referred_others", "Cases referred by other agencies", "cases"),
    ("cases_with_children", "Cases with children in the household", "cases"),
    ("children", "Children in those households", None),
    ("victim_black_asian_minoritised", "Victim is Black, Asian or racially minoritised", "cases"),
    ("victim_lgbt", "Victim is LGBT+", "cases"),
    ("victim_disabled", "Victim has a disability", "cases"),
    ("victim_male", "Victim is male", "cases"),
    ("victim_aged_16_17", "Victim is aged 16 or 17", "cases"),
]
REFERRAL_ROUTES = [code for code, _, _ in ELEMENTS if code.startswith("referred_")]
VICTIM_GROUPS = [code for code, _, _ in ELEMENTS if code.startswith("victim_")]


@transaction.atomic
def create_marac_data_set(
    partnership: Partnership, agencies: list[Agency], first_period: Period, by: User
) -> DataSet:
    data_set = DataSet(
        partnership=partnership,
        name=NAME,
        description="Cases discussed at MARAC each quarter, as SafeLives collects them.",
        frequency=DataSet.Frequency.QUARTERLY,
        first_period=first_period.label,
    )
    data_set._history_user = by  # type: ignore[attr-defined]
    data_set.save()
    data_set.agencies.set(agencies)
    made: dict[str, DataElement] = {}
    for order, (code, name, part_of) in enumerate(ELEMENTS, start=1):
        made[code] = DataElement.objects.create(
            data_set=data_set, code=code, name=name, part_of=made.get(part_of or ""), order=order
        )
    return data_set


@dataclass(frozen=True)
class MaracFigures:
    period: Period
    returns: int  # approved returns the figures come from
    totals: dict[str, int]
    adult_women: int | None

    def count(self, code: str) -> int:
        return self.totals.get(code, 0)

    @property
    def cases_per_10000(self) -> Decimal | None:
        if not self.adult_women:
            return None
        return _round(Decimal(self.count("cases")) * 10000 / self.adult_women)

    @property
    def expected_cases(self) -> Decimal | None:
        """SafeLives' expected cases for the quarter: 40 a year per 10,000 adult women."""
        if not self.adult_women:
            return None
        return _round(EXPECTED_PER_10000_A_YEAR / 4 * self.adult_women / 10000)

    def percent(self, code: str) -> Decimal | None:
        cases = self.count("cases")
        return _round(Decimal(100 * self.count(code)) / cases) if cases else None

    @property
    def partner_agency_referrals(self) -> int:
        return sum(self.count(code) for code in REFERRAL_ROUTES if code != "referred_police")


def marac_figures(data_set: DataSet, period: Period, adult_women: int | None) -> MaracFigures:
    """The quarter's figures, summed over its approved returns (two queries)."""
    approved = DataReturn.objects.filter(
        data_set=data_set, period=period.label, state=DataReturn.State.APPROVED
    )
    totals = dict(
        DataValue.objects.filter(data_return__in=approved)
        .values("element__code")
        .annotate(total=Sum("value"))
        .values_list("element__code", "total")
    )
    return MaracFigures(
        period, approved.count(), {code: int(v) for code, v in totals.items()}, adult_women
    )


def marac_rows(figures: MaracFigures) -> list[tuple[str, str]]:
    """(measure, figure) in the order of the quarterly return."""

    def show(value) -> str:
        return "" if value is None else f"{value}"

    names = {code: name for code, name, _ in ELEMENTS}
    rows = [
        ("Quarter", figures.period.long_label),
        ("Cases discussed", show(figures.count("cases"))),
        ("Cases per 10,000 adult women", show(figures.cases_per_10000)),
        ("Expected cases (40 a year per 10,000 adult women)", show(figures.expected_cases)),
        ("Repeat cases", show(figures.count("repeat_cases"))),
        ("Repeat rate (%)", show(figures.percent("repeat_cases"))),
    ]
    rows += [(names[code], show(figures.count(code))) for code in REFERRAL_ROUTES]
    rows.append(("Partner agency referrals (not police)", show(figures.partner_agency_referrals)))
    rows.append(
        (
            "Partner agency referrals (%)",
            show(
                _round(Decimal(100 * figures.partner_agency_referrals) / figures.count("cases"))
                if figures.count("cases")
                else None
            ),
        )
    )
    rows += [
        (names["cases_with_children"], show(figures.count("cases_with_children"))),
        (names["children"], show(figures.count("children"))),
    ]
    for code in VICTIM_GROUPS:
        rows.append((names[code], show(figures.count(code))))
        rows.append((f"{names[code]} (%)", show(figures.percent(code))))
    return rows


def marac_csv(figures: MaracFigures) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["measure", "figure"])
    writer.writerows(marac_rows(figures))
    return buffer.getvalue().encode("utf-8-sig")


def _round(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def is_marac(data_set: DataSet) -> bool:
    """Does the data set hold the MARAC elements (so its figures can be made)?"""
    codes = set(data_set.elements.values_list("code", flat=True))
    return {code for code, _, _ in ELEMENTS} <= codes
