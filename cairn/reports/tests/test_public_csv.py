"""The public CSV of the published indicators: linked from the public page, the same
suppressed (and, when chosen, rounded) figures, never the true small counts."""

from __future__ import annotations

import csv
import io

from django.urls import reverse

from cairn.indicators.models import Indicator, IndicatorSettings
from cairn.indicators.periods import Period
from cairn.indicators.tests.conftest import add_figures
from cairn.reports.publishing import publish


def referrals(partnership, plan):
    indicator = Indicator.objects.create(partnership=partnership, name="IDVA referrals")
    indicator.actions.add(plan.themes.first().actions.first())
    add_figures(indicator, Period(2016, 1), [12, 3, 20, 8])
    return indicator


def rows_of(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_public_page_links_its_csv_of_suppressed_figures(
    client, coordinator, partnership_a, plan_a
):
    referrals(partnership_a, plan_a)
    token = publish(plan_a, by=coordinator).token
    csv_url = reverse("reports:public_indicators_csv", args=[token])
    assert csv_url in client.get(reverse("reports:public", args=[token])).content.decode()
    response = client.get(csv_url)
    assert response["Content-Type"] == "text/csv"
    assert 'filename="partnership-a-indicators.csv"' in response["Content-Disposition"]
    rows = rows_of(response)
    figures = {r["period"]: r["figure"] for r in rows}
    assert figures["2016/17 Q2 (Jul–Sep)"] == "<5"
    assert "3" not in figures.values()
    assert "[c]" in figures.values()  # one more hidden, so the total does not give 3 away
    assert rows[0]["note"].startswith("<5: fewer than 5")


def test_the_csv_is_rounded_when_the_partnership_chose_it(
    client, coordinator, partnership_a, plan_a
):
    referrals(partnership_a, plan_a)
    IndicatorSettings.objects.create(partnership=partnership_a, round_to_5=True)
    token = publish(plan_a, by=coordinator).token
    rows = rows_of(client.get(reverse("reports:public_indicators_csv", args=[token])))
    shown = [r["figure"] for r in rows]
    assert all(s in ("<5", "[c]") or int(s) % 5 == 0 for s in shown)
    assert "rounded to the nearest 5" in rows[0]["note"]
    page = client.get(reverse("reports:public", args=[token])).content.decode()
    assert "Counts are rounded to the nearest 5" in page


def test_no_csv_for_an_unknown_token_or_a_deactivated_partnership(
    client, coordinator, partnership_a, plan_a
):
    assert client.get(reverse("reports:public_indicators_csv", args=["nope"])).status_code == 404
    token = publish(plan_a, by=coordinator).token
    partnership_a.deactivate(by=None)
    assert client.get(reverse("reports:public_indicators_csv", args=[token])).status_code == 404
