"""Indicators for publication: small counts about people suppressed, true figures inside."""

from decimal import Decimal

from cairn.indicators.periods import Period
from cairn.indicators.publishing import public_indicator
from cairn.indicators.tests.conftest import add_figures, make_indicator
from cairn.indicators.trends import indicator_trend


def test_small_counts_are_suppressed_with_a_complement_so_the_total_gives_nothing_away(
    partnership_a,
):
    indicator = make_indicator(
        partnership_a,
        "Referrals",
        unit="count",
        direction="higher",
        target_kind="",
        target_value=None,
        baseline_value=None,
        baseline_period="",
    )
    add_figures(indicator, Period(2016, 1), [12, 3, 20, 8])
    public = public_indicator(indicator_trend(indicator), threshold=5)
    shown = [f["figure"] for f in public["figures"]]
    assert shown[1] == "<5"
    # 3 = total - 12 - 20 - 8 unless one more figure, or the total, is hidden too.
    assert "[c]" in [*shown, public["total"]]
    assert "3" not in shown
    assert public["figures"][0]["period"] == "2016/17 Q1 (Apr–Jun)"


def test_a_rate_of_a_small_count_is_suppressed(partnership_a):
    indicator = make_indicator(
        partnership_a,
        "Rate",
        unit="rate_10000",
        population=20_000,
        direction="higher",
        target_kind="",
        target_value=None,
        baseline_value=None,
        baseline_period="",
    )
    add_figures(indicator, Period(2016, 1), ["1.5", "40"])  # 3 people, then 80
    public = public_indicator(indicator_trend(indicator), threshold=5)
    assert [f["figure"] for f in public["figures"]] == ["<5", "40"]


def test_percentages_are_published_as_they_are(partnership_a):
    indicator = make_indicator(partnership_a)  # a percentage
    add_figures(indicator, Period(2016, 1), [Decimal("27.5")])
    public = public_indicator(indicator_trend(indicator), threshold=5)
    assert public["figures"][0]["figure"] == "27.5%" and public["status"] == "On course"
