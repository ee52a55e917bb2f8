"""Start next year's plan from this one: carry the unfinished work, keep its history."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from cairn.accounts.models import Membership, Role
from cairn.imports.tests.seeds import needs_seeds, seed_file
from cairn.plans.demo import build_demo
from cairn.plans.factories import make_action, make_milestone, make_plan, status
from cairn.plans.models import Action, Milestone, Plan, Theme
from cairn.plans.rollforward import (
    Choices,
    RollForwardRefused,
    carried_label,
    ordinal,
    preview,
    roll_forward,
)
from cairn.reports.data import report_data
from cairn.reports.render import render
from cairn.reports.tests.readers import csv_rows, docx_rows, pdf_text, xlsx_rows
from cairn.reviews.models import ReviewRound
from cairn.reviews.updates import UpdateInput, save_update

pytestmark = pytest.mark.django_db

# The demo is built as if on 1 October 2025: its plan is "2025/26".
DEMO_DAY = dt.date(2025, 10, 1)
REPORT_DAY = dt.date(2026, 3, 1)


def url(plan: Plan) -> str:
    return reverse("plans:roll_forward", args=[plan.pk])


def form_data(actions, **overrides) -> dict:
    data = {
        "title": "Action plan 2017/18",
        "period_text": "2017/18",
        "starts_on_day": "1",
        "starts_on_month": "4",
        "starts_on_year": "2017",
        "ends_on_day": "31",
        "ends_on_month": "3",
        "ends_on_year": "2018",
        "actions": [a.pk for a in actions],
        "refs": "keep",
        "statuses": "reset",
        "keep_leads": "on",
    }
    data.update(overrides)
    return data


def choices(actions, **overrides) -> Choices:
    values = {
        "title": "Action plan 2017/18",
        "period_text": "2017/18",
        "starts_on": dt.date(2017, 4, 1),
        "ends_on": dt.date(2018, 3, 31),
        "action_ids": [a.pk for a in actions],
    }
    values.update(overrides)
    return Choices(**values)


# ---------------------------------------------------------------- the demo, after two rounds


def two_rounds(plan: Plan) -> list[ReviewRound]:
    """Q1 and Q2 of the demo plan: leads' updates submitted on half the actions each time."""
    coordinator = Membership.objects.get(partnership=plan.partnership, role=Role.COORDINATOR).user
    actions = list(Action.objects.filter(theme__plan=plan).in_tree_order())
    on_track = status(plan.partnership, "on_track")
    at_risk = status(plan.partnership, "at_risk")
    rounds = []
    for n, period in enumerate(["2025/26 Q1", "2025/26 Q2"]):
        review_round = ReviewRound.objects.create(
            plan=plan,
            period=period,
            opens_on=dt.date(2025, 6 + 3 * n, 1),
            closes_on=dt.date(2025, 6 + 3 * n, 28),
            opened_by=coordinator,
        )
        for action in actions[n::2]:
            if action.is_finished:
                continue
            save_update(
                review_round,
                action,
                coordinator,
                UpdateInput(
                    status=at_risk if n else on_track, note=f"{period}: update on {action.ref}"
                ),
                version=0,
                submit=True,
            )
        rounds.append(review_round)
    return rounds


def board_report(plan: Plan) -> tuple[object, bytes, bytes]:
    data = report_data(plan, on=REPORT_DAY)
    return data, render(data, "csv"), render(data, "xlsx")


def test_demo_plan_after_two_rounds_carries_every_unfinished_action_and_keeps_its_history(
    client_for,
):
    partnership, _ = build_demo(today=DEMO_DAY)
    plan = Plan.objects.get(partnership=partnership)
    two_rounds(plan)
    coordinator = Membership.objects.get(partnership=partnership, role=Role.COORDINATOR).user
    data_before, csv_before, _ = board_report(plan)
    history_before = Action.history.filter(theme__plan=plan).count()
    actions = list(Action.objects.filter(theme__plan=plan).in_tree_order())
    unfinished = [a for a in actions if not a.is_finished]
    assert 0 < len(unfinished) < len(actions)
    client = client_for(coordinator)

    page = client.get(url(plan))
    assert page.status_code == 200
    html = page.content.decode()
    for action in actions:  # unfinished ticked, finished shown but not ticked
        box = f'id="carry-{action.pk}" name="actions" type="checkbox" value="{action.pk}"'
        assert (box + " checked" in html) == (not action.is_finished), action
        assert box in html

    data = form_data(unfinished, title="Domestic Abuse Action Plan 2026/27")
    data.update(
        period_text="2026/27",
        starts_on_year="2026",
        ends_on_year="2027",
    )
    summary = client.post(url(plan), data)
    assert summary.status_code == 200, summary.context["form"].errors
    assert "Check next year's plan before it is saved" in summary.content.decode()
    assert Plan.objects.filter(partnership=partnership).count() == 1  # nothing saved yet

    saved = client.post(url(plan), {**data, "confirm": "1"})
    new = Plan.objects.get(partnership=partnership, previous=plan)
    assert saved.status_code == 302 and saved.url == reverse("plans:plan", args=[new.pk])
    assert new.state == Plan.State.DRAFT and new.period_text == "2026/27"
    carried = list(Action.objects.filter(theme__plan=new).in_tree_order())
    assert [a.carried_from_id for a in carried] == [a.pk for a in unfinished]
    assert {a.year_number for a in carried} == {2}
    not_started = status(partnership, "not_started")
    assert {a.status for a in carried} == {not_started}

    # The history reads across years from the new plan's action page.
    updated = next(a for a in carried if "Q2" in (a.carried_from.progress_note or ""))
    action_page = client.get(reverse("plans:action", args=[updated.pk])).content.decode()
    assert "Carried from 2025/26, 2nd year" in action_page
    assert updated.carried_from.progress_note in action_page
    assert reverse("plans:action", args=[updated.carried_from_id]) in action_page

    # Nothing of the old plan changed: the board report says exactly what it said.
    data_after, csv_after, _ = board_report(plan)
    assert data_after == data_before
    assert csv_after == csv_before
    assert Action.history.filter(theme__plan=plan).count() == history_before
    plan.refresh_from_db()
    assert plan.state == Plan.State.ACTIVE


def every_format(plan: Plan) -> dict[str, object]:
    """The plan's board report in its four formats, as their readers see them: the CSV as
    bytes, the others as the rows and text they hold (Excel, Word and PDF files also stamp
    the time they were written, which is not content)."""
    data = report_data(plan, on=REPORT_DAY)
    return {
        "data": data,
        "csv": render(data, "csv"),
        "xlsx": [xlsx_rows(render(data, "xlsx"), sheet) for sheet in ("Summary", "Actions")],
        "docx": docx_rows(render(data, "docx")),
        "pdf": pdf_text(render(data, "pdf")),
    }


@needs_seeds
def test_a_seed_plan_after_two_rounds_rolls_forward_leaving_its_report_unchanged(coordinator, lead):
    """A real plan, as imported from a seed document, through two review rounds: every
    unfinished action is carried, and the old plan's board report is the same before and
    after in each format."""
    from cairn.imports.parse import parse_file
    from cairn.imports.save import save_plan

    seed = parse_file(seed_file("000_1f7791e6c0a63dfb.txt"))
    plan = save_plan(seed, coordinator.memberships.get().partnership, by=coordinator)
    Plan.objects.filter(pk=plan.pk).update(
        state=Plan.State.ACTIVE, starts_on=dt.date(2025, 4, 1), ends_on=dt.date(2026, 3, 31)
    )
    plan.refresh_from_db()
    two_rounds(plan)
    before = every_format(plan)
    history_before = Action.history.filter(theme__plan=plan).count()
    unfinished = [
        a for a in Action.objects.filter(theme__plan=plan).in_tree_order() if not a.is_finished
    ]
    assert len(unfinished) > 10

    new = roll_forward(
        plan,
        choices(
            unfinished,
            period_text="2026/27",
            starts_on=dt.date(2026, 4, 1),
            ends_on=dt.date(2027, 3, 31),
        ),
        by=coordinator,
    )
    carried = list(Action.objects.filter(theme__plan=new).in_tree_order())
    assert [a.carried_from_id for a in carried] == [a.pk for a in unfinished]
    assert every_format(plan) == before
    assert Action.history.filter(theme__plan=plan).count() == history_before


def test_a_third_year_reads_as_such_in_reports_and_on_the_action_page(coordinator, plan_a):
    first = plan_a.themes.get().actions.first()
    second_plan = roll_forward(plan_a, choices([first]), by=coordinator)
    Plan.objects.filter(pk=second_plan.pk).update(state=Plan.State.ACTIVE)
    second_plan.refresh_from_db()
    second = Action.objects.get(theme__plan=second_plan)
    third_plan = roll_forward(
        second_plan,
        choices(
            [second],
            period_text="2018/19",
            starts_on=dt.date(2018, 4, 1),
            ends_on=dt.date(2019, 3, 31),
        ),
        by=coordinator,
    )
    third = Action.objects.select_related("carried_from__theme__plan").get(theme__plan=third_plan)
    assert third.year_number == 3
    assert carried_label(third) == "carried from 2017/18, 3rd year"
    data = report_data(third_plan, on=REPORT_DAY)
    assert [r.carried for r in data.actions] == ["carried from 2017/18, 3rd year"]
    # The board report says it in each of its four formats.
    assert any(
        "carried from 2017/18, 3rd year" in c for r in docx_rows(render(data, "docx")) for c in r
    )
    assert "carried from 2017/18, 3rd year" in " ".join(pdf_text(render(data, "pdf")).split())
    for format, read in (("csv", csv_rows), ("xlsx", xlsx_rows)):
        [header, row] = read(render(data, format))
        assert row[header.index("Carried forward")] == "Carried from 2017/18, 3rd year", format


@pytest.mark.parametrize(
    ("n", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (22, "22nd")]
)
def test_ordinal(n, text):
    assert ordinal(n) == text


# ---------------------------------------------------------------- what is carried, and how


def test_deadlines_move_with_the_plan_continue_or_are_flagged(coordinator, plan_a):
    theme = plan_a.themes.get()
    relative = make_action(theme, "Relative", deadline_text="End of year one")
    recurring = make_action(theme, "Recurring", deadline_text="Quarterly")
    fixed = make_action(theme, "Fixed", deadline_text="Sep 2016")
    later = make_action(theme, "Later", deadline_text="Dec 2017")
    assert relative.deadline_end == dt.date(2017, 3, 31)

    summary = preview(plan_a, choices([relative, recurring, fixed, later]))
    flags = {c.action.title: c.flag for c in summary.carried}
    assert flags["Fixed"].startswith("Was due 30 September 2016, before the new plan starts")
    assert flags["Relative"] == flags["Recurring"] == flags["Later"] == ""

    new = roll_forward(plan_a, choices([relative, recurring, fixed, later]), by=coordinator)
    by_title = {a.title: a for a in Action.objects.filter(theme__plan=new)}
    assert by_title["Relative"].deadline_end == dt.date(2018, 3, 31)
    assert by_title["Recurring"].deadline_kind == "recurring"
    assert by_title["Fixed"].deadline_text == "Sep 2016"
    assert "before the new plan starts" in by_title["Fixed"].deadline_warning
    assert by_title["Later"].deadline_end == dt.date(2017, 12, 31)


def test_refs_are_kept_or_renumbered(coordinator, plan_a):
    actions = list(plan_a.themes.get().actions.all())
    kept = preview(plan_a, choices(actions[1:3]))
    assert [c.ref for c in kept.carried] == ["1.1.2", "1.1.3"]
    renumbered = preview(plan_a, choices(actions[1:3], renumber=True))
    assert [(c.theme_ref, c.objective_ref, c.ref) for c in renumbered.carried] == [
        ("1", "1.1", "1.1.1"),
        ("1", "1.1", "1.1.2"),
    ]


def test_statuses_reset_or_kept_and_leads_kept_or_left(coordinator, lead, plan_a, police_a):
    action = plan_a.themes.get().actions.first()
    action.status = status(plan_a.partnership, "at_risk")
    action.progress_note = "Slipped a month."
    action.save()
    action.lead_agencies.set([police_a])
    action.lead_people.set([lead])
    action.collaborators.set([police_a])

    reset = roll_forward(plan_a, choices([action]), by=coordinator)
    copy = Action.objects.get(theme__plan=reset)
    assert copy.status.category == "not_started" and copy.progress_note == ""
    assert list(copy.lead_people.all()) == [lead]
    assert list(copy.collaborators.all()) == [police_a]

    Action.objects.filter(theme__plan=reset).delete()
    reset.delete()
    kept = roll_forward(
        plan_a, choices([action], keep_statuses=True, keep_leads=False), by=coordinator
    )
    copy = Action.objects.get(theme__plan=kept)
    assert copy.status.category == "at_risk" and copy.progress_note == "Slipped a month."
    assert not copy.lead_people.exists() and not copy.lead_agencies.exists()


def test_unfinished_milestones_come_along_and_done_ones_stay(coordinator, plan_a):
    action = plan_a.themes.get().actions.first()
    make_milestone(action, "Done already", "Jun 2016", done_on=dt.date(2016, 6, 1))
    make_milestone(action, "Still to do", "End of year one")
    new = roll_forward(plan_a, choices([action]), by=coordinator)
    copied = Milestone.objects.filter(action__theme__plan=new)
    assert [(m.title, m.deadline_end) for m in copied] == [("Still to do", dt.date(2018, 3, 31))]


# ---------------------------------------------------------------- bad input


def nothing_saved(plan: Plan) -> bool:
    return not Plan.objects.filter(previous=plan).exists() and Plan.objects.count() == 1


def test_a_draft_plan_is_refused(client_for, coordinator, plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(state=Plan.State.DRAFT)
    client = client_for(coordinator)
    page = client.get(url(plan_a)).content.decode()
    assert "This plan is still a draft" in page
    response = client.post(
        url(plan_a), {**form_data(plan_a.themes.get().actions.all()), "confirm": "1"}
    )
    assert response.status_code == 200
    assert nothing_saved(plan_a)
    with pytest.raises(RollForwardRefused, match="still a draft"):
        roll_forward(plan_a, choices(plan_a.themes.get().actions.all()), by=coordinator)


def test_nothing_ticked_is_refused(client_for, coordinator, plan_a):
    response = client_for(coordinator).post(url(plan_a), {**form_data([]), "confirm": "1"})
    assert response.status_code == 400
    assert "Tick at least one action" in response.content.decode()
    assert nothing_saved(plan_a)


def test_a_period_that_already_has_a_plan_is_refused(client_for, coordinator, plan_a):
    make_plan(plan_a.partnership, "Action plan 2017/18", starts_on=dt.date(2017, 4, 1))
    actions = plan_a.themes.get().actions.all()
    response = client_for(coordinator).post(url(plan_a), {**form_data(actions), "confirm": "1"})
    assert response.status_code == 400
    assert "already covers 2017/18" in response.content.decode()
    assert Plan.objects.count() == 2 and not Plan.objects.filter(previous=plan_a).exists()


def test_an_action_carried_twice_is_refused(client_for, coordinator, plan_a):
    actions = list(plan_a.themes.get().actions.all())
    roll_forward(plan_a, choices(actions[:1]), by=coordinator)
    again = choices(actions[:2], period_text="2018/19", starts_on=dt.date(2018, 4, 1))
    again.ends_on = dt.date(2019, 3, 31)
    with pytest.raises(RollForwardRefused, match="Already carried into 2017/18"):
        roll_forward(plan_a, again, by=coordinator)
    # The same action ticked twice in one post.
    data = form_data([actions[1], actions[1]], period_text="2018/19")
    data.update(starts_on_year="2018", ends_on_year="2019", confirm="1")
    response = client_for(coordinator).post(url(plan_a), data)
    assert response.status_code == 400
    assert "ticked twice" in response.content.decode()
    assert Plan.objects.filter(previous=plan_a).count() == 1
    assert Theme.objects.filter(plan__previous=plan_a).count() == 1


def test_a_failure_half_way_saves_nothing(coordinator, plan_a, monkeypatch):
    from cairn.plans import rollforward

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(rollforward, "_carry_milestones", broken)
    with pytest.raises(RuntimeError):
        roll_forward(plan_a, choices(plan_a.themes.get().actions.all()), by=coordinator)
    assert nothing_saved(plan_a)
    assert Action.objects.count() == 4


# ---------------------------------------------------------------- who may


def test_the_plan_page_offers_next_years_plan_to_the_coordinator(
    client_for, coordinator, viewer, plan_a
):
    link = url(plan_a)
    assert (
        link
        in client_for(coordinator).get(reverse("plans:plan", args=[plan_a.pk])).content.decode()
    )
    assert (
        link not in client_for(viewer).get(reverse("plans:plan", args=[plan_a.pk])).content.decode()
    )


def test_anonymous_is_sent_to_sign_in(client, plan_a):
    response = client.get(url(plan_a))
    assert response.status_code == 302 and "sign-in" in response.url or "login" in response.url


def test_a_viewer_is_refused(client_for, viewer, plan_a):
    assert client_for(viewer).get(url(plan_a)).status_code == 403
    assert client_for(viewer).post(url(plan_a), form_data([])).status_code == 403


def test_another_partnership_gets_not_found(client_for, lead_b, plan_a):
    assert client_for(lead_b).get(url(plan_a)).status_code == 404
