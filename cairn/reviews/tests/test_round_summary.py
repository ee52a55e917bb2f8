"""The round's figures, counted by the database: the totals count each action once; the
tables by lead agency and by lead count an action once for each of its leads."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from cairn.accounts.models import Agency, Role
from cairn.plans.factories import make_action, make_person, status
from cairn.reviews.leads import actions_by_lead, is_asked, updates_by_action
from cairn.reviews.models import Update
from cairn.reviews.rounds import NO_LEAD_AGENCY, NOBODY_TO_ASK, round_summary
from cairn.reviews.updates import UpdateInput, save_update

pytestmark = pytest.mark.django_db
ON = dt.date(2016, 9, 5)


@pytest.fixture
def mixed_round(round_a, lead, police_a, partnership_a, coordinator, on_track):
    """Actions with one lead, two agencies, a lead named and through their agency, nobody,
    finished before the round, finished but updated anyway, a leaver, and every state."""
    health = Agency.objects.create(partnership=partnership_a, name="NHS Trust", short_name="NHS")
    nurse = make_person("nurse@a.example", "Nia Nurse", partnership_a, Role.LEAD, agency=health)
    leaver = make_person("gone@a.example", "Gil Gone", partnership_a, Role.LEAD)
    theme = round_a.plan.themes.first()
    complete = status(partnership_a, "complete")
    both = make_action(theme, "Named and by agency", leads=[police_a], lead_people=[lead])
    two = make_action(theme, "Two agencies", leads=[police_a, health])
    make_action(theme, "Nobody", deadline_text="Mar 2017")
    make_action(theme, "Finished before", leads=[health], status=complete)
    finished_updated = make_action(theme, "Finished, updated", lead_people=[nurse], status=complete)
    make_action(theme, "Led by a leaver", lead_people=[leaver])
    leaver.memberships.update(deactivated_at=timezone.now())
    save_update(round_a, both, lead, UpdateInput(on_track, "done"), version=0, submit=True)
    save_update(round_a, two, nurse, UpdateInput(on_track, "half"), version=0, submit=False)
    save_update(
        round_a, finished_updated, nurse, UpdateInput(on_track, "ok"), version=0, submit=True
    )
    returned = make_action(theme, "Returned", leads=[health])
    save_update(round_a, returned, nurse, UpdateInput(on_track, "x"), version=0, submit=True)
    Update.objects.filter(action=returned).update(state=Update.State.RETURNED)
    return round_a


def bucket(update):
    if update is None or update.state == Update.State.RETURNED:
        return "outstanding"
    return "draft" if update.state == Update.State.DRAFT else "updated"


def test_totals_count_each_asked_action_once(mixed_round):
    summary = round_summary(mixed_round, on=ON)
    updates = updates_by_action(mixed_round)
    asked = [a for a, u, _ in summary.rows if is_asked(a, u)]
    assert summary.overall.total == len(asked)
    assert summary.not_asked == len(summary.rows) - len(asked) == 1
    expected = {"updated": 0, "draft": 0, "outstanding": 0}
    for action in asked:
        expected[bucket(updates.get(action.pk))] += 1
    overall = summary.overall
    assert (overall.updated, overall.draft, overall.outstanding) == tuple(expected.values())


def test_agency_table_counts_an_action_once_per_lead_agency_and_adds_up(mixed_round):
    summary = round_summary(mixed_round, on=ON)
    asked = [(a, u) for a, u, _ in summary.rows if is_asked(a, u)]
    by_agency = {t.name: (t.updated, t.draft, t.outstanding) for t in summary.by_agency}
    assert by_agency == {
        "Police": (1, 1, 0),  # "Named and by agency" updated, "Two agencies" in draft
        "NHS": (0, 1, 1),  # "Two agencies" in draft, "Returned" outstanding
        # finished-but-updated; the plan's own 4 actions, "Nobody", the leaver's
        NO_LEAD_AGENCY: (1, 0, 6),
    }
    assert sum(t.total for t in summary.by_agency) == sum(
        max(1, a.lead_agencies.count()) for a, _ in asked
    )


def test_lead_table_counts_an_action_once_per_lead_and_adds_up(mixed_round, lead):
    summary = round_summary(mixed_round, on=ON)
    updates = updates_by_action(mixed_round)
    # The reference: who the reminders ask about what (reviews/leads.py), counted here.
    expected: dict[str, list[int]] = {}
    led = set()
    for person in actions_by_lead(mixed_round.plan).values():
        counts = expected.setdefault(person.person.name, [0, 0, 0])
        for action in person.actions:
            if is_asked(action, updates.get(action.pk)):
                led.add(action.pk)
                counts[
                    ["updated", "draft", "outstanding"].index(bucket(updates.get(action.pk)))
                ] += 1
    nobody = [0, 0, 0]
    for action, update, _ in summary.rows:
        if action.pk not in led and is_asked(action, update):
            nobody[["updated", "draft", "outstanding"].index(bucket(update))] += 1
    expected[NOBODY_TO_ASK] = nobody
    found = {t.name: [t.updated, t.draft, t.outstanding] for t in summary.by_lead}
    assert found == {k: v for k, v in expected.items() if sum(v)}
    # "Named and by agency" names Lee and is Lee's agency's: once for Lee; with "Two
    # agencies" (police) in draft.
    assert found["Lee Lead"] == [1, 1, 0]
    assert found[NOBODY_TO_ASK] == [0, 0, 6]  # the plan's own 4, "Nobody", the leaver's
    assert summary.by_lead[-1].person_pk is None and summary.by_lead[0].person_pk == lead.pk
    asked_leads = sum(t.total for t in summary.by_lead)
    assert asked_leads >= summary.overall.total
    assert [a.title for a, _, _ in summary.rows if a.pk in summary.left_action_ids] == [
        "Led by a leaver"
    ]


def test_round_summary_reads_in_three_queries_at_any_size(
    mixed_round, police_a, django_assert_num_queries
):
    theme = mixed_round.plan.themes.first()
    with django_assert_num_queries(3):
        round_summary(mixed_round, on=ON)
    for n in range(15):
        make_action(theme, f"More {n}", leads=[police_a])
    # 1 actions with statuses, their update's state and bucket, a lead agency and leavers
    # (the totals are counted from these), 2 by agency, 3 by lead
    with django_assert_num_queries(3):
        round_summary(mixed_round, on=ON)


def test_round_page_says_an_action_counts_once_per_lead(client_for, coordinator, mixed_round):
    from django.urls import reverse

    page = client_for(coordinator).get(reverse("reviews:round", args=[mixed_round.pk]))
    assert "An action counts once for each of its lead agencies" in page.content.decode()
