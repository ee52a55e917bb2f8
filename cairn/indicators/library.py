"""A starter library of common domestic abuse indicators, with their public definitions.

A coordinator adds any of them to the partnership; each becomes an ordinary indicator that
they can edit (population, baseline and target are the partnership's own).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from cairn.accounts.models import Partnership, User
from cairn.indicators.models import Indicator

U, D = Indicator.Unit, Indicator.Direction


@dataclass(frozen=True)
class StarterIndicator:
    key: str
    name: str
    definition: str
    unit: str
    direction: str
    data_source: str
    population_description: str = ""


LIBRARY = [
    StarterIndicator(
        "marac-cases-rate",
        "MARAC cases per 10,000 adult women",
        "Cases discussed at the Multi-Agency Risk Assessment Conference in the period, per "
        "10,000 women aged 16 and over in the area (SafeLives' MARAC data set). SafeLives "
        "recommends about 40 cases per 10,000 adult women a year.",
        U.RATE_10000,
        D.HIGHER,
        "MARAC coordinator; ONS mid-year population estimates",
        "women aged 16 and over",
    ),
    StarterIndicator(
        "marac-repeat-rate",
        "MARAC repeat rate within 12 months",
        "Of the cases discussed at MARAC in the period, the percentage that are repeats: a "
        "case referred again within 12 months of its last referral (SafeLives' definition). "
        "SafeLives expects 28% to 40%; a rate below that can mean repeats are not identified.",
        U.PERCENTAGE,
        D.LOWER,
        "MARAC coordinator",
    ),
    StarterIndicator(
        "idva-referrals",
        "Referrals to the IDVA service",
        "Referrals received by the Independent Domestic Violence Advisor service in the "
        "period, from every source.",
        U.COUNT,
        D.HIGHER,
        "IDVA service",
    ),
    StarterIndicator(
        "da-incidents",
        "Domestic abuse-related incidents recorded by the police",
        "Incidents the police recorded and flagged as domestic abuse-related in the period, "
        "crimes and non-crimes (Home Office data requirement; ONS 'Domestic abuse in England "
        "and Wales'). A rise often means more confidence to report.",
        U.COUNT,
        D.HIGHER,
        "Police crime and incident records",
    ),
    StarterIndicator(
        "da-crimes",
        "Domestic abuse-related crimes recorded by the police",
        "Notifiable crimes the police recorded and flagged as domestic abuse-related in the "
        "period (Home Office Counting Rules; ONS 'Domestic abuse in England and Wales').",
        U.COUNT,
        D.HIGHER,
        "Police crime records",
    ),
    StarterIndicator(
        "da-incidents-rate",
        "Domestic abuse-related incidents and crimes per 1,000 people",
        "Domestic abuse-related incidents and crimes recorded by the police in the period, "
        "per 1,000 of the population (as ONS publishes by police force area).",
        U.RATE_1000,
        D.HIGHER,
        "Police records; ONS mid-year population estimates",
        "residents",
    ),
    StarterIndicator(
        "da-charge-rate",
        "Charge rate for domestic abuse-related crimes",
        "Of the domestic abuse-related crimes given an outcome in the period, the percentage "
        "charged or summonsed (Home Office crime outcomes framework, outcome 1).",
        U.PERCENTAGE,
        D.HIGHER,
        "Police crime outcomes",
    ),
    StarterIndicator(
        "da-conviction-rate",
        "Conviction rate for domestic abuse prosecutions",
        "Of the domestic abuse-flagged prosecutions completed in the period, the percentage "
        "ending in a conviction (Crown Prosecution Service).",
        U.PERCENTAGE,
        D.HIGHER,
        "Crown Prosecution Service",
    ),
    StarterIndicator(
        "self-referrals",
        "Self-referrals to specialist domestic abuse services",
        "Referrals to the area's specialist domestic abuse services made by the victim or "
        "survivor themselves in the period.",
        U.COUNT,
        D.HIGHER,
        "Specialist domestic abuse services",
    ),
]
BY_KEY = {starter.key: starter for starter in LIBRARY}


@transaction.atomic
def add_from_library(partnership: Partnership, keys: list[str], by: User) -> list[Indicator]:
    """Add the chosen starter indicators; one the partnership already has is left alone."""
    existing = set(partnership.indicators.values_list("name", flat=True))
    added = []
    for key in keys:
        starter = BY_KEY[key]
        if starter.name in existing:
            continue
        indicator = Indicator(
            partnership=partnership,
            name=starter.name,
            definition=starter.definition,
            unit=starter.unit,
            direction=starter.direction,
            data_source=starter.data_source,
            population_description=starter.population_description,
        )
        indicator._history_user = by  # type: ignore[attr-defined]
        indicator.save()
        added.append(indicator)
    return added
