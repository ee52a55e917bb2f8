import datetime as dt

from cairn.plans.demo import build_demo
from cairn.reviews.demo import add_demo_round
from cairn.reviews.tasks import send_due_reminders


def test_demo_round_is_open_for_this_quarter_and_idempotent(plan_a, coordinator):
    review_round = add_demo_round(plan_a, today=dt.date(2016, 8, 15))
    assert (review_round.period, review_round.state) == ("2016/17 Q2", "open")
    assert review_round.closes_on == dt.date(2016, 8, 25)
    assert add_demo_round(plan_a, today=dt.date(2016, 8, 15)) == review_round


def test_the_demo_rounds_reminders_go_out_three_days_after_it_opens(db, mailoutbox):
    """What `cairn demo` builds: the scheduler's job reminds each demo lead once the round
    is within seven days of closing, and sends the coordinator a digest."""
    opened = dt.date(2016, 8, 15)
    partnership, _ = build_demo(today=opened)
    add_demo_round(partnership.plans.get(), today=opened)
    assert send_due_reminders.call("2016-08-17") == 0
    assert send_due_reminders.call("2016-08-18") == 3
    assert sorted(m.to[0] for m in mailoutbox) == [
        "coordinator@exampleshire.example",
        "health.lead@exampleshire.example",
        "lead@exampleshire.example",
    ]
    reminder = next(m for m in mailoutbox if m.to == ["lead@exampleshire.example"])
    assert reminder.subject == "Reminder: 10 actions need your update"
    assert "closes on 25 August 2016" in reminder.body
    assert "/sign-in/link/?sesame=" in reminder.body
    digest = next(m for m in mailoutbox if m.to == ["coordinator@exampleshire.example"])
    assert "Demo Lead (Police): 10 actions outstanding" in digest.body
    assert send_due_reminders.call("2016-08-18") == 0
