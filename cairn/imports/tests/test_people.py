"""Leads that name people: split from their agency, listed in `lead_people`, saved as
proposed people (never agencies), not asked for updates and not named on the public page."""

from __future__ import annotations

import pytest

from cairn.accounts.models import Agency, User
from cairn.imports.interpret import interpret
from cairn.imports.leads import is_person, split_leads
from cairn.imports.readers.text import read_text
from cairn.imports.save import IGNORE, NEW_PERSON, lead_choices, preview_issues, save_plan
from cairn.plans.models import Action
from cairn.reports.publishing import people_of
from cairn.reviews.leads import actions_by_lead


@pytest.mark.parametrize(
    ("cell", "leads", "people"),
    [
        ("Jo Bloggs (Public Health)", ["Jo Bloggs", "Public Health"], ["Jo Bloggs"]),
        ("Jo Bloggs, SBC", ["Jo Bloggs", "SBC"], ["Jo Bloggs"]),
        (
            "Amara Okafor / Tomasz Nowak Housing Team",
            ["Amara Okafor", "Tomasz Nowak", "Housing Team"],
            ["Amara Okafor", "Tomasz Nowak"],
        ),
        ("Safeguarding Children Board", ["Safeguarding Children Board"], []),
        ("Ashram (FCH)", ["Ashram (FCH)"], []),
        ("Youth Council", ["Youth Council"], []),
        ("DA Manager", ["DA Manager"], []),
        ("Supporting People", ["Supporting People"], []),
        ("Northshire Observatory", ["Northshire Observatory"], []),
        ("Lead Cabinet Member for Community Safety", None, []),
    ],
)
def test_people_are_told_from_agencies_groups_and_roles(cell, leads, people):
    found = split_leads(cell)
    if leads is not None:
        assert found == leads
    assert [lead for lead in found if is_person(lead)] == people


def test_plan_json_lists_every_lead_and_which_are_people():
    plan = interpret(
        read_text(
            "Action\tLead\tDeadline\n"
            "Run a campaign\tPriya Shah (Public Health)\tMarch 2026\n"
            "Train staff\tPolice\tJune 2026\n"
        )
    )
    first, second = plan["themes"][0]["objectives"][0]["actions"]
    assert first["leads"] == ["Priya Shah", "Public Health"]
    assert first["lead_people"] == ["Priya Shah"]
    assert second["lead_people"] == []


def plan_with_person() -> dict:
    return interpret(
        read_text(
            "Action\tLead\tDeadline\n"
            "Run a campaign\tPriya Shah, Public Health\tMarch 2026\n"
            "Train staff\tPriya Shah\tJune 2026\n"
        )
    )


@pytest.mark.django_db
def test_saving_makes_a_lead_person_a_proposed_person_not_an_agency(partnership_a, coordinator):
    plan_json = plan_with_person()
    assert [c.decision for c in lead_choices(plan_json, partnership_a)][:1] == [NEW_PERSON]
    assert any(issue.kind == "person" for issue in preview_issues(plan_json, partnership_a))

    plan = save_plan(plan_json, partnership_a, by=coordinator)

    assert not Agency.objects.filter(partnership=partnership_a, name="Priya Shah").exists()
    person = User.objects.get(name="Priya Shah")
    assert not person.is_active and not person.has_usable_password()
    actions = list(Action.objects.filter(theme__plan=plan).order_by("order"))
    assert [list(a.lead_people.all()) for a in actions] == [[person], [person]]
    assert [a.name for a in actions[0].lead_agencies.all()] == ["Public Health"]
    assert "Priya Shah" in people_of(plan)  # so publishing scrubs the name
    assert person.pk not in actions_by_lead(plan)  # not asked until they have an email


@pytest.mark.django_db
def test_a_lead_person_who_is_a_member_is_that_member(partnership_a, coordinator):
    member = User.objects.create_user("priya@example.org", name="Priya Shah")
    partnership_a.memberships.create(user=member, role="lead")
    plan = save_plan(plan_with_person(), partnership_a, by=coordinator)
    action = Action.objects.filter(theme__plan=plan).first()
    assert list(action.lead_people.all()) == [member]
    assert User.objects.filter(name="Priya Shah").count() == 1


CROSS_REFERENCED = (
    "Ref\tAction\tLead\tMilestones\n"
    "\tPrevention\t\t\n"
    "1.1\tRun a campaign\tComms\tLaunch in May\n"
    "\tSupport\t\t\n"
    "2.1\tFund advocates\tCouncil\tSee Prevention 1.1\n"
    "2.2\tOpen a refuge\tHousing\tsee 2.1\n"
)


def test_a_cross_reference_is_kept_on_the_action_not_read_as_a_step():
    plan = interpret(read_text(CROSS_REFERENCED))
    support = plan["themes"][1]["objectives"][0]["actions"]
    assert support[0]["cross_references"] == ["Prevention 1.1"]
    assert support[0]["milestones"] == []
    assert support[1]["cross_references"] == ["2.1"]


@pytest.mark.django_db
def test_saving_links_cross_referenced_actions(partnership_a, coordinator):
    plan = save_plan(interpret(read_text(CROSS_REFERENCED)), partnership_a, by=coordinator)
    actions = {a.ref: a for a in Action.objects.filter(theme__plan=plan)}
    assert list(actions["2.1"].related_actions.all()) == [actions["1.1"]]
    assert list(actions["2.2"].related_actions.all()) == [actions["2.1"]]
    assert not actions["1.1"].related_actions.exists()


@pytest.mark.django_db
def test_a_partner_who_is_a_person_is_never_made_an_agency(partnership_a, coordinator):
    plan_json = interpret(
        read_text(
            "Action\tLead\tPartners\tDeadline\n"
            "Run a campaign\tPublic Health\tOkafor, Sam; Police\tMarch 2026\n"
            "Train staff\tPolice\tJo Bloggs\tJune 2026\n"
        )
    )

    save_plan(plan_json, partnership_a, by=coordinator)

    agencies = set(Agency.objects.filter(partnership=partnership_a).values_list("name", flat=True))
    assert {"Public Health", "Police"} <= agencies
    assert not agencies & {"Okafor, Sam", "Jo Bloggs"}


@pytest.mark.django_db
def test_a_partner_who_is_a_person_is_saved_as_the_preview_proposed(partnership_a, coordinator):
    member = User.objects.create_user("sam@example.org", name="Sam Okafor")
    partnership_a.memberships.create(user=member, role="lead")
    plan_json = interpret(
        read_text(
            "Action\tLead\tPartners\tDeadline\n"
            "Run a campaign\tPublic Health\tJo Bloggs; Police\tMarch 2026\n"
            "Train staff\tPolice\tJo Bloggs\tJune 2026\n"
            "Fund advocates\tCouncil\tSam Okafor\tJuly 2026\n"
            "Open a refuge\tHousing\tPriya Shah\tAugust 2026\n"
        )
    )
    proposed = {c.name: c.decision for c in lead_choices(plan_json, partnership_a)}
    assert proposed["Jo Bloggs"] == NEW_PERSON and proposed["Sam Okafor"] == "person"

    # The coordinator leaves Priya Shah out; the rest stay as the preview proposed.
    plan = save_plan(plan_json, partnership_a, by=coordinator, lead_mapping={"Priya Shah": IGNORE})

    campaign, training, advocates, refuge = Action.objects.filter(theme__plan=plan).order_by(
        "order"
    )
    jo = User.objects.get(name="Jo Bloggs")  # one proposed person for both actions
    assert not jo.is_active and not jo.has_usable_password()
    assert [list(a.collaborator_people.all()) for a in (campaign, training, advocates)] == [
        [jo],
        [jo],
        [member],
    ]
    assert [a.name for a in campaign.collaborators.all()] == ["Police"]
    assert not refuge.collaborator_people.exists()
    assert not User.objects.filter(name="Priya Shah").exists()
    assert "Jo Bloggs" in people_of(plan)  # so publishing scrubs the name
    assert jo.pk not in actions_by_lead(plan)  # a partner is not asked for updates
