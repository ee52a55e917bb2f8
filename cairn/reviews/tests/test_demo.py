import datetime as dt

from cairn.reviews.demo import add_demo_round


def test_demo_round_is_open_for_this_quarter_and_idempotent(plan_a, coordinator):
    review_round = add_demo_round(plan_a, today=dt.date(2016, 8, 15))
    assert (review_round.period, review_round.state) == ("2016/17 Q2", "open")
    assert review_round.closes_on == dt.date(2016, 8, 25)
    assert add_demo_round(plan_a, today=dt.date(2016, 8, 15)) == review_round
