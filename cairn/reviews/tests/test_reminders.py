"""Reminders: before and after close, one message per person per day, a coordinator's
digest, never a mail about nothing; the scheduler and the worker."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.tasks import task_backends
from django.urls import reverse

from cairn.plans.factories import make_plan
from cairn.reviews.models import ReminderLog, ReviewRound
from cairn.reviews.tasks import send_due_reminders
from cairn.reviews.updates import UpdateInput, save_update


def remind(day: str) -> int:
    return send_due_reminders.call(day)


def to(mailoutbox):
    return sorted(m.to[0] for m in mailoutbox)


def test_nothing_is_sent_before_the_reminder_window(round_a, action_a, mailoutbox):
    assert remind("2016-09-22") == 0
    assert mailoutbox == []


def test_the_lead_and_the_coordinator_are_reminded_once_before_close(round_a, action_a, mailoutbox):
    assert remind("2016-09-23") == 2
    assert to(mailoutbox) == ["coordinator@a.example", "lead@a.example"]
    reminder = next(m for m in mailoutbox if m.to == ["lead@a.example"])
    assert reminder.subject == "Reminder: 1 action needs your update"
    assert "closes on 30 September 2016" in reminder.body
    assert "1.1.1 Action number 1" in reminder.body
    digest = next(m for m in mailoutbox if m.to == ["coordinator@a.example"])
    assert "Lee Lead: 1 action outstanding" in digest.body
    # The scheduler runs the job every few minutes: nothing more today, nor tomorrow.
    assert remind("2016-09-23") == 0
    assert remind("2016-09-24") == 0
    assert len(mailoutbox) == 2


def test_the_round_page_says_when_reminders_start_and_who_was_reminded(
    client_for, coordinator, round_a, action_a, mailoutbox, time_machine
):
    url = reverse("reviews:round", args=[round_a.pk])
    client = client_for(coordinator)
    time_machine.move_to(dt.datetime(2016, 9, 10, 9, 0, tzinfo=dt.UTC))
    # In the coordinator's words: Cairn does it (the scheduler is how, for whoever runs it).
    assert (
        "None sent yet. From 23 Sep 2016, Cairn emails each lead"
        in client.get(url).content.decode()
    )
    time_machine.move_to(dt.datetime(2016, 9, 23, 9, 0, tzinfo=dt.UTC))
    assert "None sent yet: they are due" in client.get(url).content.decode()
    remind("2016-09-23")
    remind("2016-10-01")
    page = client.get(url).content.decode()
    assert "23 Sep 2016, before it closes: Lee Lead" in page
    assert "1 Oct 2016, after the round closed: Lee Lead" in page


def test_after_close_the_missing_updates_are_chased_once(round_a, action_a, mailoutbox):
    remind("2016-09-23")
    mailoutbox.clear()
    assert remind("2016-10-01") == 2
    reminder = next(m for m in mailoutbox if m.to == ["lead@a.example"])
    assert "closed on 30 September 2016" in reminder.body
    assert remind("2016-10-02") == 0


def test_reminders_for_several_rounds_go_in_one_message(
    round_a, action_a, lead, coordinator, partnership_a, mailoutbox
):
    other_plan = make_plan(partnership_a, "Stalking plan 2016/17")
    other_action = other_plan.themes.first().actions.first()
    other_action.lead_people.add(lead)
    ReviewRound.objects.create(
        plan=other_plan,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 26),
        opened_by=coordinator,
    )
    assert remind("2016-09-23") == 2
    reminder = next(m for m in mailoutbox if m.to == ["lead@a.example"])
    assert reminder.subject == "Reminder: 2 actions need your update"
    assert "Stalking plan 2016/17" in reminder.body and "Action plan 2016/17" in reminder.body
    assert ReminderLog.objects.filter(person=lead).count() == 2


def test_a_person_reminded_today_hears_of_a_new_round_tomorrow(
    round_a, action_a, lead, coordinator, partnership_a, mailoutbox
):
    remind("2016-09-23")
    other_plan = make_plan(partnership_a, "Stalking plan 2016/17")
    other_plan.themes.first().actions.first().lead_people.add(lead)
    ReviewRound.objects.create(
        plan=other_plan,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 9, 1),
        closes_on=dt.date(2016, 9, 26),
        opened_by=coordinator,
    )
    mailoutbox.clear()
    assert remind("2016-09-23") == 0
    assert remind("2016-09-24") == 2
    assert "Stalking plan 2016/17" in mailoutbox[0].body + mailoutbox[1].body


def test_nobody_is_told_of_zero_actions(round_a, action_a, lead, on_track, mailoutbox):
    save_update(round_a, action_a, lead, UpdateInput(status=on_track), version=0, submit=True)
    assert remind("2016-09-23") == 0
    assert mailoutbox == []


def test_a_closed_round_sends_no_reminders(round_a, action_a, coordinator, mailoutbox):
    round_a.close(by=coordinator)
    assert remind("2016-09-23") == 0


def test_today_is_the_default_day(round_a, action_a, mailoutbox, time_machine):
    time_machine.move_to(dt.datetime(2016, 9, 23, 9, 0, tzinfo=dt.UTC))
    assert send_due_reminders.call() == 2


@pytest.mark.django_db(transaction=True)  # the worker closes its database connection
def test_scheduler_enqueues_and_the_worker_sends_when_it_comes_back(
    round_a, action_a, mailoutbox, time_machine, settings
):
    """The scheduler only enqueues: with no worker running, the job waits in the database;
    the worker, once started, sends the mail."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    time_machine.move_to(dt.datetime(2016, 9, 23, 9, 0, tzinfo=dt.UTC), tick=True)
    call_command("schedule", "--once", stdout=io.StringIO())
    from django_tasks_db.models import DBTaskResult

    reminders = DBTaskResult.objects.filter(task_path__endswith="send_due_reminders")
    assert reminders.filter(status="READY").count() == 1
    assert mailoutbox == []
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert reminders.get().status == "SUCCESSFUL"
    assert to(mailoutbox) == ["coordinator@a.example", "lead@a.example"]
    assert task_backends["default"].__class__.__name__ == "DatabaseBackend"


@pytest.mark.parametrize("every", ["0", "-1"])
def test_scheduler_refuses_a_silly_interval(every):
    with pytest.raises(SystemExit):
        call_command("schedule", "--every", every, stderr=io.StringIO())
