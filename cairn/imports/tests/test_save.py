"""Saving Plan JSON as a draft plan: the seeds' truths, leads, statuses, history, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from cairn.accounts.models import Agency
from cairn.imports import save
from cairn.imports.save import IGNORE, NEW, normal, period_dates, preview_issues, save_plan
from cairn.imports.tests.seeds import seed_params, truth_by_name, truth_of
from cairn.plans.models import Action, Milestone, Objective, Plan, Status, Theme

pytestmark = pytest.mark.django_db


def truth(name: str) -> dict:
    return truth_by_name(name)


def counts() -> tuple[int, ...]:
    return tuple(
        model.objects.count() for model in (Plan, Theme, Objective, Action, Milestone, Agency)
    )


def actions_in(plan_json: dict) -> list[dict]:
    return [a for t in plan_json["themes"] for o in t["objectives"] for a in o["actions"]]


@pytest.mark.parametrize(("seed", "extension"), seed_params())
def test_each_seed_truth_saves_as_a_draft_with_every_item(
    seed, extension, partnership_a, coordinator
):
    plan_json = truth_of(seed)
    plan = save_plan(plan_json, partnership_a, by=coordinator, source_name=seed.name)

    actions = actions_in(plan_json)
    assert plan.state == Plan.State.DRAFT
    assert plan.title == plan_json["title"]
    assert plan.themes.count() == len(plan_json["themes"])
    assert Action.objects.filter(theme__plan=plan).count() == len(actions)
    assert Milestone.objects.filter(action__theme__plan=plan).count() == sum(
        len(a["milestones"]) for a in actions
    )
    saved = list(Action.objects.filter(theme__plan=plan).in_tree_order())
    assert [a.title for a in saved] == [a["title"] for a in actions]
    assert [a.ref for a in saved] == [(a["ref"] or "")[:20] for a in actions]
    assert [a.deadline_text for a in saved] == [a["deadline_text"] or "" for a in actions]
    names = {normal(n) for n in save.lead_names(plan_json)} - {"police"}
    new_agencies = Agency.objects.filter(partnership=partnership_a).exclude(name="Police")
    assert {normal(a.name) for a in new_agencies} == names


def test_plan_start_comes_from_the_period_and_relative_deadlines_use_it(partnership_a, coordinator):
    plan = save_plan(truth("000_1f7791e6c0a63dfb.json"), partnership_a, by=coordinator)
    assert plan.period_text == "2010-2011"
    assert (plan.starts_on, plan.ends_on) == (dt.date(2010, 4, 1), dt.date(2011, 3, 31))


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("2016/17", dt.date(2016, 4, 1), dt.date(2017, 3, 31)),
        ("16/17", dt.date(2016, 4, 1), dt.date(2017, 3, 31)),
        ("2010-2011", dt.date(2010, 4, 1), dt.date(2011, 3, 31)),
        ("2008 -2009", dt.date(2008, 4, 1), dt.date(2009, 3, 31)),
        ("2015 - 2020", dt.date(2015, 4, 1), dt.date(2020, 3, 31)),
        ("2012 – 2015", dt.date(2012, 4, 1), dt.date(2015, 3, 31)),
        ("Action plan", None, None),
        (None, None, None),
    ],
)
def test_period_text_gives_the_plan_dates(text, start, end):
    assert period_dates(text) == (start, end)


def test_leads_match_agencies_by_name_or_short_name_ignoring_case_and_punctuation(
    partnership_a, coordinator
):
    harbour = Agency.objects.create(partnership=partnership_a, name="HARBOUR.")
    commissioner = Agency.objects.create(
        partnership=partnership_a,
        name="Office of the Police and Crime Commissioner",
        short_name="Office of Police and Crime Commissioner",
    )
    plan = save_plan(truth("002_726ba4a502844253.json"), partnership_a, by=coordinator)
    first = Action.objects.filter(theme__plan=plan).in_tree_order().first()
    leads = set(first.lead_agencies.all())
    assert {harbour, commissioner} <= leads
    assert (
        Agency.objects.filter(partnership=partnership_a, name__istartswith="harbour").count() == 1
    )


def test_lead_mapping_chooses_an_agency_or_ignores_a_lead(partnership_a, coordinator, police_a):
    plan_json = truth("002_726ba4a502844253.json")
    mapping = {"Harbour": str(police_a.pk), "Ruby Poppleton": IGNORE, "SBC comms": NEW}
    plan = save_plan(plan_json, partnership_a, by=coordinator, lead_mapping=mapping)
    first = Action.objects.filter(theme__plan=plan).in_tree_order().first()
    names = {agency.name for agency in first.lead_agencies.all()}
    assert "Police" in names
    assert "Harbour" not in names and "Ruby Poppleton" not in names
    assert "SBC comms" in names
    assert not Agency.objects.filter(name__in=["Harbour", "Ruby Poppleton"]).exists()


def test_a_lead_mapping_to_another_partnerships_agency_is_refused(
    partnership_a, partnership_b, coordinator
):
    other = Agency.objects.create(partnership=partnership_b, name="Elsewhere")
    with pytest.raises(ValueError):
        save_plan(
            truth("002_726ba4a502844253.json"),
            partnership_a,
            by=coordinator,
            lead_mapping={"Harbour": str(other.pk)},
        )
    assert not Plan.objects.exists()


def test_collaborators_and_milestone_leads_are_agencies_too(partnership_a, coordinator):
    plan_json = truth("002_726ba4a502844253.json")
    plan = save_plan(plan_json, partnership_a, by=coordinator)
    first = Action.objects.filter(theme__plan=plan).in_tree_order().first()
    assert "Stockton Safer Partnership" in {a.name for a in first.collaborators.all()}
    with_lead = [m for a in actions_in(plan_json) for m in a["milestones"] if m.get("lead")]
    if with_lead:
        saved = Milestone.objects.get(action__theme__plan=plan, title=with_lead[0]["title"])
        assert saved.lead_agency is not None


def plan_with_statuses(words: list[str | None]) -> dict:
    plan_json = truth("000_1f7791e6c0a63dfb.json")
    for action, word in zip(actions_in(plan_json), words, strict=False):
        action["status_text"] = word
        action["progress_text"] = f"Progress said {word}" if word else None
    return plan_json


def test_status_words_map_to_the_scheme_and_unknown_ones_are_reported(partnership_a, coordinator):
    words = [
        "Green",
        "AMBER",
        "red",
        "Completed",
        "Achieved",
        "On track",
        "Sparkly",
        None,
        "Started",
        "B",
        "Not due",
    ]
    plan_json = plan_with_statuses(words)
    issues = preview_issues(plan_json, partnership_a)
    assert [i.message for i in issues if i.kind == "status"] == [
        "Status “Sparkly” is not in the status scheme: the action will have no status."
    ]
    plan = save_plan(plan_json, partnership_a, by=coordinator)
    saved = list(Action.objects.filter(theme__plan=plan).in_tree_order()[: len(words)])
    categories = [a.status.category if a.status else None for a in saved]
    C = Status.Category
    assert categories == [
        C.ON_TRACK,
        C.AT_RISK,
        C.OFF_TRACK,
        C.COMPLETE,
        C.COMPLETE,
        C.ON_TRACK,
        None,
        None,
        C.ON_TRACK,  # a tracker's "Started"
        C.COMPLETE,  # BRAG's "B": blue, delivered
        C.NOT_STARTED,
    ]


def test_achieved_matches_the_schemes_own_label_first(db, coordinator):
    from cairn.plans.factories import make_partnership

    stockton = make_partnership("Stockton", "stockton", scheme="achieved-slipped")
    plan = save_plan(plan_with_statuses(["Achieved", "Slipped"]), stockton, by=coordinator)
    saved = list(Action.objects.filter(theme__plan=plan).in_tree_order()[:2])
    assert [a.status.label for a in saved] == ["Achieved", "Slipped"]


def test_imported_status_and_progress_are_the_first_history_entry_marked_imported(
    partnership_a, coordinator
):
    plan = save_plan(
        plan_with_statuses(["Amber"]), partnership_a, by=coordinator, source_name="plan.txt"
    )
    action = Action.objects.filter(theme__plan=plan).in_tree_order().first()
    assert action.progress_note == "Progress said Amber"
    first = action.history.order_by("history_date", "history_id").first()
    assert first.history_change_reason == "Imported from plan.txt"
    assert first.status_id == action.status_id
    assert first.progress_note == "Progress said Amber"
    assert first.history_user == coordinator


def test_a_trackers_quarterly_updates_are_each_an_imported_history_entry(
    partnership_a, coordinator
):
    plan_json = plan_with_statuses(["Blue"])
    action_json = actions_in(plan_json)[0]
    action_json["progress_text"] = "Published"
    action_json["updates"] = [
        {"period": "Q1", "status_text": "Green", "progress_text": "Scoped"},
        {"period": "Q2", "status_text": None, "progress_text": "Drafted"},
        {"period": "Q3", "status_text": "Blue", "progress_text": "Published"},
    ]
    plan = save_plan(plan_json, partnership_a, by=coordinator, source_name="tracker.xlsx")

    action = Action.objects.filter(theme__plan=plan).in_tree_order().first()
    entries = list(action.history.order_by("history_date", "history_id"))
    entries = entries[:3]  # then the leads are set, as for any imported action
    assert [(e.history_change_reason, e.progress_note) for e in entries] == [
        ("Imported from tracker.xlsx (Q1)", "Scoped"),
        ("Imported from tracker.xlsx (Q2)", "Drafted"),
        ("Imported from tracker.xlsx", "Published"),
    ]
    assert [e.status.category for e in entries] == [
        Status.Category.ON_TRACK,
        Status.Category.ON_TRACK,  # no RAG given in Q2: the status stands
        Status.Category.COMPLETE,
    ]
    assert action.progress_note == "Published"
    assert action.status.category == Status.Category.COMPLETE


def test_preview_lists_new_leads_flagged_deadlines_and_missing_leads(partnership_a):
    plan_json = truth("000_1f7791e6c0a63dfb.json")
    action = actions_in(plan_json)[0]
    action["deadline_text"] = "Oct 208"
    action["leads"] = []
    kinds = {issue.kind for issue in preview_issues(plan_json, partnership_a)}
    assert {"lead", "deadline", "no_lead"} <= kinds


def test_a_failure_half_way_leaves_nothing_saved(partnership_a, coordinator, monkeypatch):
    before = counts()
    original = save.Saver.action
    calls = {"n": 0}

    def tenth_fails(self, *args):
        calls["n"] += 1
        if calls["n"] == 10:
            raise RuntimeError("disk full")
        return original(self, *args)

    monkeypatch.setattr(save.Saver, "action", tenth_fails)
    with pytest.raises(RuntimeError):
        save_plan(truth("001_95eb676d993ff8a0.json"), partnership_a, by=coordinator)
    assert calls["n"] == 10
    assert counts() == before
