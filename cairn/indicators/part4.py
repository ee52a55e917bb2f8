"""The Domestic Abuse Act 2021 Part 4 annual return: support in safe accommodation.

Each Tier 1 local authority in England tells the Ministry of Housing, Communities and Local
Government (MHCLG) every year, April to March, about the support it commissions in safe
accommodation: households and people (adults and children) supported, by type of safe
accommodation; adults by gender and people with the "specialist characteristics" the
collection asks about; households that could not be supported, with the reason; and
households whose support ended, with the reason. MHCLG publishes the results as "Support in
Domestic Abuse Safe Accommodation" (the 2024-25 release, 16 October 2025, was read when
this was built; the release notes that some questions are voluntary).

The types of safe accommodation are those of the Domestic Abuse Support (Relevant
Accommodation ...) Regulations 2021 and the statutory guidance: refuges, specialist safe
accommodation (often "by and for" services), dispersed accommodation, sanctuary schemes,
second stage (move-on) accommodation, and other domestic abuse emergency accommodation.
The characteristics and reasons below follow the published release's headings. MHCLG's
form changes a little from year to year: check the year's form, and add an element to the
data set for anything new (the export lists every element).

`create_part4_data_set` sets it up as ordinary data elements, returned once a year by the
commissioned providers; `part4_figures` sums the approved returns for the year;
`part4_rows` and `part4_csv` lay the figures out section by section as the return does.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Sum

from cairn.accounts.models import Agency, Partnership, User
from cairn.indicators.models import DataElement, DataReturn, DataSet, DataValue
from cairn.indicators.periods import Period
from cairn.lib.spreadsheets import safe_text

NAME = "Part 4 safe accommodation annual return"

ACCOMMODATION_TYPES = [
    ("refuge", "Refuge accommodation"),
    ("specialist", "Specialist safe accommodation (including “by and for” services)"),
    ("dispersed", "Dispersed accommodation"),
    ("sanctuary", "Sanctuary schemes"),
    ("second_stage", "Second stage (move-on) accommodation"),
    ("other", "Other domestic abuse emergency accommodation"),
]
GENDERS = [
    ("adults_women", "Adults supported who are women"),
    ("adults_men", "Adults supported who are men"),
    ("adults_trans", "Adults supported who are trans"),
]
CHARACTERISTICS = [
    ("char_black_minoritised", "People supported who are Black or minoritised"),
    ("char_disabled", "People supported who are disabled"),
    ("char_lgbt", "People supported who are LGBT+"),
    ("char_mental_health", "People supported with mental health needs"),
    ("char_substance", "People supported with drug or alcohol needs"),
    ("char_nrpf", "People supported with no recourse to public funds"),
]
NOT_SUPPORTED = [
    ("not_supported_no_space", "Households not supported: no space"),
    ("not_supported_needs", "Households not supported: needs the service could not meet"),
    ("not_supported_eligibility", "Households not supported: not eligible"),
    ("not_supported_declined", "Households not supported: declined the offer"),
    ("not_supported_other", "Households not supported: another reason"),
]
ENDED = [
    ("ended_no_longer_needed", "Support ended: no longer needed"),
    ("ended_moved_on", "Support ended: moved on to other accommodation"),
    ("ended_left", "Support ended: left or stopped engaging"),
    ("ended_asked_to_leave", "Support ended: asked to leave"),
    ("ended_other", "Support ended: another reason"),
]


def _type_elements() -> list[tuple[str, str]]:
    found = []
    for code, name in ACCOMMODATION_TYPES:
        found += [
            (f"households_{code}", f"{name}: households supported"),
            (f"adults_{code}", f"{name}: adults supported"),
            (f"children_{code}", f"{name}: children supported"),
        ]
    return found


ELEMENTS = _type_elements() + GENDERS + CHARACTERISTICS + NOT_SUPPORTED + ENDED


@transaction.atomic
def create_part4_data_set(
    partnership: Partnership, agencies: list[Agency], first_year: Period, by: User
) -> DataSet:
    """The annual data set, returned by the agencies providing safe accommodation."""
    data_set = DataSet(
        partnership=partnership,
        name=NAME,
        description=(
            "Support in safe accommodation, April to March, for the Domestic Abuse Act 2021 "
            "Part 4 return to MHCLG. Count each household and person once in the year, under "
            "the accommodation they were supported in."
        ),
        frequency=DataSet.Frequency.ANNUAL,
        first_period=first_year.label,
    )
    data_set._history_user = by  # type: ignore[attr-defined]
    data_set.save()
    data_set.agencies.set(agencies)
    DataElement.objects.bulk_create(
        DataElement(data_set=data_set, code=code, name=name, order=order)
        for order, (code, name) in enumerate(ELEMENTS, start=1)
    )
    return data_set


def is_part4(data_set: DataSet) -> bool:
    codes = set(data_set.elements.values_list("code", flat=True))
    return {code for code, _ in ELEMENTS} <= codes


@dataclass(frozen=True)
class Part4Figures:
    year: Period
    returns: int  # approved returns the figures come from
    totals: dict[str, int]

    def count(self, code: str) -> int:
        return self.totals.get(code, 0)

    def by_type(self, measure: str) -> int:
        """Households, adults or children over every type of accommodation."""
        return sum(self.count(f"{measure}_{code}") for code, _ in ACCOMMODATION_TYPES)

    @property
    def people(self) -> int:
        return self.by_type("adults") + self.by_type("children")

    @property
    def not_supported(self) -> int:
        return sum(self.count(code) for code, _ in NOT_SUPPORTED)

    @property
    def ended(self) -> int:
        return sum(self.count(code) for code, _ in ENDED)

    def problems(self) -> list[str]:
        """Figures that do not agree with each other, to put right before sending."""
        found = []
        genders = sum(self.count(code) for code, _ in GENDERS)
        if genders != self.by_type("adults"):
            found.append(
                f"Adults by gender add up to {genders}, but {self.by_type('adults')} adults "
                "were supported by type of accommodation."
            )
        for code, name in CHARACTERISTICS:
            if self.count(code) > self.people:
                found.append(f"{name} ({self.count(code)}) is more than everyone supported.")
        if self.ended > self.by_type("households"):
            found.append(
                f"Support ended for {self.ended} households, more than the "
                f"{self.by_type('households')} supported."
            )
        return found


def part4_figures(data_set: DataSet, year: Period) -> Part4Figures:
    """The year's figures, summed over its approved returns (two queries)."""
    approved = DataReturn.objects.filter(
        data_set=data_set, period=year.label, state=DataReturn.State.APPROVED
    )
    totals = dict(
        DataValue.objects.filter(data_return__in=approved)
        .values("element__code")
        .annotate(total=Sum("value"))
        .values_list("element__code", "total")
    )
    return Part4Figures(year, approved.count(), {code: int(v) for code, v in totals.items()})


Section = tuple[str, list[str], list[list[str]]]  # title, column headings, rows


def part4_sections(figures: Part4Figures) -> list[Section]:
    """The return's tables, in its order."""
    types = [
        [
            name,
            str(figures.count(f"households_{code}")),
            str(figures.count(f"adults_{code}")),
            str(figures.count(f"children_{code}")),
        ]
        for code, name in ACCOMMODATION_TYPES
    ]
    types.append(
        [
            "All safe accommodation",
            str(figures.by_type("households")),
            str(figures.by_type("adults")),
            str(figures.by_type("children")),
        ]
    )

    def listed(pairs: list[tuple[str, str]], total: str | None, value: int) -> list[list[str]]:
        rows = [[name.split(": ", 1)[-1], str(figures.count(code))] for code, name in pairs]
        return [*rows, [total, str(value)]] if total else rows

    return [
        (
            "1. Households and people supported, by type of safe accommodation",
            ["Type of safe accommodation", "Households", "Adults", "Children"],
            types,
        ),
        (
            "2. Adults supported, by gender",
            ["Gender", "Adults"],
            listed(GENDERS, "All adults", sum(figures.count(c) for c, _ in GENDERS)),
        ),
        (
            "3. People supported with specialist characteristics",
            ["Characteristic", "People"],
            listed(CHARACTERISTICS, None, 0),
        ),
        (
            "4. Households that could not be supported, by reason",
            ["Reason", "Households"],
            listed(NOT_SUPPORTED, "All households not supported", figures.not_supported),
        ),
        (
            "5. Households whose support ended, by reason",
            ["Reason", "Households"],
            listed(ENDED, "All households whose support ended", figures.ended),
        ),
    ]


def part4_csv(figures: Part4Figures, partnership: Partnership) -> bytes:
    """The return laid out section by section, as the annual collection asks for it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Domestic Abuse Act 2021 Part 4: support in safe accommodation"])
    writer.writerow(["Partnership", safe_text(partnership.name)])
    writer.writerow(["Year", f"{figures.year.label} (1 April to 31 March)"])
    writer.writerow(["Approved returns", figures.returns])
    for title, headings, rows in part4_sections(figures):
        writer.writerow([])
        writer.writerow([title])
        writer.writerow(headings)
        writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")
