"""Settings: the partnership's settings and its status scheme (templates, edits, mapping)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from cairn.accounts.factories import make_person
from cairn.accounts.models import Partnership, Role
from cairn.plans import statuses
from cairn.plans.factories import make_partnership, status
from cairn.plans.models import Status, StatusScheme
from cairn.reviews.models import ReviewRound, Update
from cairn.reviews.timeline import action_timeline

pytestmark = pytest.mark.django_db


def _pages(slug: str) -> list[tuple[str, str]]:
    return [
        ("get", reverse("plans:settings", args=[slug])),
        ("get", reverse("plans:status_scheme", args=[slug])),
        ("get", reverse("plans:status_templates", args=[slug])),
        ("post", reverse("plans:status_scheme_confirm", args=[slug])),
    ]


def test_coordinator_opens_the_settings_pages(client_for, coordinator):
    client = client_for(coordinator)
    for method, url in _pages("partnership-a")[:-1]:
        assert getattr(client, method)(url).status_code == 200, url


def test_anonymous_is_sent_to_sign_in(client, partnership_a):
    for method, url in _pages("partnership-a"):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("person", ["lead", "viewer"])
def test_other_roles_are_refused(request, client_for, person):
    client = client_for(request.getfixturevalue(person))
    for method, url in _pages("partnership-a"):
        assert getattr(client, method)(url).status_code == 403, url


def test_another_partnership_gets_not_found(client_for, lead_b, partnership_a):
    client = client_for(lead_b)
    for method, url in _pages("partnership-a"):
        assert getattr(client, method)(url).status_code == 404, url


def test_partnership_page_links_to_settings(client_for, coordinator):
    page = client_for(coordinator).get(reverse("accounts:partnership", args=["partnership-a"]))
    assert reverse("plans:settings", args=["partnership-a"]) in page.content.decode()


# ---------------------------------------------------------------- partnership settings


def test_coordinator_changes_the_partnership_settings(client_for, coordinator, partnership_a):
    response = client_for(coordinator).post(
        reverse("plans:settings", args=["partnership-a"]),
        {
            "name": "Partnership A Board",
            "financial_year_start": "1",
            "small_count_threshold": "10",
            "public_contact_name": "Community Safety Team",
            "public_contact_email": "csp@a.example",
        },
    )
    assert response.status_code == 302
    partnership_a.refresh_from_db()
    assert partnership_a.name == "Partnership A Board"
    assert partnership_a.financial_year_start == 1
    assert partnership_a.small_count_threshold == 10
    assert partnership_a.history.first().history_user == coordinator


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "Partnership B"}, "Another partnership in Cairn has this name."),
        ({"name": " "}, "Enter the partnership&#x27;s name."),
        ({"small_count_threshold": "2"}, "Enter 5 or more"),
        ({"small_count_threshold": "many"}, "Enter a whole number"),
        ({"financial_year_start": "13"}, "Select a valid choice"),
        ({"public_contact_email": "nobody"}, "Enter a valid email address."),
    ],
)
def test_bad_settings_are_refused(client_for, coordinator, partnership_b, change, message):
    data = {"name": "Partnership A", "financial_year_start": "4", **change}
    response = client_for(coordinator).post(reverse("plans:settings", args=["partnership-a"]), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Partnership.objects.get(slug="partnership-a").name == "Partnership A"


@pytest.mark.parametrize(
    ("start", "day", "quarter"),
    [
        (4, dt.date(2016, 4, 1), "2016/17 Q1"),
        (4, dt.date(2016, 9, 30), "2016/17 Q2"),
        (4, dt.date(2017, 3, 31), "2016/17 Q4"),
        (1, dt.date(2016, 5, 1), "2016 Q2"),
        (7, dt.date(2016, 6, 30), "2015/16 Q4"),
    ],
)
def test_quarters_count_from_the_partnerships_year_start(start, day, quarter):
    assert Partnership(financial_year_start=start).quarter_of(day) == quarter


def test_public_page_uses_the_partnerships_threshold_and_contact(
    client, coordinator, partnership_a, plan_a
):
    from cairn.reports.publishing import publish, small_count_threshold

    partnership_a.small_count_threshold = 10
    partnership_a.public_contact_name = "Community Safety Team"
    partnership_a.public_contact_email = "csp@a.example"
    partnership_a.save()
    assert small_count_threshold(partnership_a) == 10
    publication = publish(plan_a, by=coordinator)
    page = client.get(reverse("reports:public", args=[publication.token])).content.decode()
    assert publication.snapshot["threshold"] == 10  # indicators' counts about people
    assert "Community Safety Team" in page
    assert "mailto:csp@a.example" in page


# ---------------------------------------------------------------- status scheme


def _formset_data(rows: list[dict], name: str = "RAG", action: str = "save") -> dict:
    data = {
        "name": name,
        "status-TOTAL_FORMS": str(len(rows)),
        "status-INITIAL_FORMS": "0",
        "status-MIN_NUM_FORMS": "0",
        "status-MAX_NUM_FORMS": "1000",
        action: "1",
    }
    for n, row in enumerate(rows):
        for key, value in row.items():
            data[f"status-{n}-{key}"] = value
        data.setdefault(f"status-{n}-ORDER", str(n + 1))
    return data


def _rows_of(scheme: StatusScheme) -> list[dict]:
    return [
        {
            "pk": str(s.pk),
            "label": s.label,
            "code": s.code,
            "category": s.category,
            "colour": s.colour,
            "description": s.description,
        }
        for s in scheme.statuses.all()
    ]


def test_editing_labels_codes_colours_and_order(client_for, coordinator, partnership_a):
    scheme = partnership_a.status_scheme
    rows = _rows_of(scheme)
    rows[1]["label"] = "Green: on track"
    rows[1]["colour"] = "blue"
    rows[1]["ORDER"] = "1"
    rows[0]["ORDER"] = "2"
    url = reverse("plans:status_scheme", args=["partnership-a"])
    response = client_for(coordinator).post(url, _formset_data(rows))
    assert response.status_code == 302
    labels = list(scheme.statuses.values_list("label", "colour"))
    assert labels[0] == ("Green: on track", "blue")
    assert labels[1][0] == "Not started"


def test_preview_shows_the_tags_and_saves_nothing(client_for, coordinator, partnership_a):
    rows = _rows_of(partnership_a.status_scheme)
    rows[0]["label"] = "Waiting to start"
    url = reverse("plans:status_scheme", args=["partnership-a"])
    response = client_for(coordinator).post(url, _formset_data(rows, action="preview"))
    page = response.content.decode()
    assert '<strong class="govuk-tag govuk-tag--grey">Waiting to start</strong>' in page
    assert not Status.objects.filter(label="Waiting to start").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"label": ""}, "Give the status a label: colour is never enough alone."),
        ({"code": ""}, "Give the status a short code."),
        ({"label": "on track"}, "Two statuses have the label On track."),
        ({"code": "g"}, "Two statuses have the short code G."),
        ({"colour": "pink"}, "Select a valid choice."),
        ({"category": "great"}, "Select a valid choice."),
    ],
)
def test_bad_statuses_are_refused(client_for, coordinator, partnership_a, change, message):
    scheme = partnership_a.status_scheme
    before = list(scheme.statuses.values_list("label", "code", "colour"))
    rows = _rows_of(scheme)
    rows[0].update(change)
    url = reverse("plans:status_scheme", args=["partnership-a"])
    response = client_for(coordinator).post(url, _formset_data(rows))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "There is a problem" in response.content.decode()
    assert list(scheme.statuses.values_list("label", "code", "colour")) == before


def test_a_scheme_with_no_statuses_is_refused(client_for, coordinator, partnership_a):
    rows = [dict(row, DELETE="on") for row in _rows_of(partnership_a.status_scheme)]
    response = client_for(coordinator).post(
        reverse("plans:status_scheme", args=["partnership-a"]), _formset_data(rows)
    )
    assert "Give the scheme at least one status." in response.content.decode()
    assert partnership_a.status_scheme.statuses.count() == 7


@pytest.mark.parametrize("name", ["plans:status_scheme", "plans:status_scheme_confirm"])
def test_a_post_without_the_form_is_refused_and_changes_nothing(
    client_for, coordinator, partnership_a, name
):
    # Found by the permission matrix: an empty POST used to raise AttributeError (a 500).
    response = client_for(coordinator).post(reverse(name, args=["partnership-a"]), {})
    assert response.status_code == 200
    assert partnership_a.status_scheme.statuses.count() == 7


def test_a_status_of_another_partnership_cannot_be_edited(
    client_for, coordinator, partnership_a, partnership_b
):
    rows = _rows_of(partnership_a.status_scheme)
    rows[0]["pk"] = str(partnership_b.status_scheme.statuses.first().pk)
    rows[0]["label"] = "Hijacked"
    client_for(coordinator).post(
        reverse("plans:status_scheme", args=["partnership-a"]), _formset_data(rows)
    )
    assert not Status.objects.filter(label="Hijacked").exists()


def test_choosing_a_template_fills_the_editor(client_for, coordinator):
    client = client_for(coordinator)
    response = client.post(
        reverse("plans:status_templates", args=["partnership-a"]),
        {"template": "achieved-slipped"},
    )
    assert response.url.endswith("?template=achieved-slipped")
    page = client.get(response.url).content.decode()
    assert 'value="Achieved"' in page
    assert 'value="Slipped"' in page


def test_an_unknown_template_is_refused(client_for, coordinator):
    response = client_for(coordinator).post(
        reverse("plans:status_templates", args=["partnership-a"]), {"template": "sparkly"}
    )
    assert "Choose one of the templates." in response.content.decode()


def test_changing_scheme_with_statuses_in_use_asks_where_they_go_and_keeps_history(
    client_for, coordinator, partnership_a, plan_a, lead
):
    on_track, at_risk = status(partnership_a, "on_track"), status(partnership_a, "at_risk")
    first, second, *_ = plan_a.themes.first().actions.all()
    for action, given in ((first, on_track), (second, at_risk)):
        action.status = given
        action.save()
    review_round = ReviewRound.objects.create(
        plan=plan_a,
        period="2016/17 Q2",
        opens_on=dt.date(2016, 7, 1),
        closes_on=dt.date(2016, 7, 14),
        opened_by=coordinator,
    )
    Update.objects.create(
        round=review_round, action=first, status=on_track, state=Update.State.SUBMITTED
    )
    _, rows = statuses.template_rows("achieved-slipped")
    data = _formset_data(
        [
            {"label": r.label, "code": r.code, "category": r.category, "colour": r.colour}
            for r in rows
        ],
        name="Achieved / Slipped / Failed / Stalled",
    )
    client = client_for(coordinator)
    page = client.post(reverse("plans:status_scheme", args=["partnership-a"]), data)
    text = page.content.decode()
    assert "Move actions to the new statuses" in text
    assert "On track (1 action) becomes" in text
    # Nothing changes until the coordinator confirms.
    first.refresh_from_db()
    assert first.status == on_track

    confirm = {key: value for key, value in data.items() if key != "save"}
    achieved, slipped = "1", "2"  # row indexes in the template
    confirm.update({f"map_{on_track.pk}": achieved, f"map_{at_risk.pk}": slipped})
    response = client.post(reverse("plans:status_scheme_confirm", args=["partnership-a"]), confirm)
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status.label == "Achieved"
    assert second.status.label == "Slipped"
    scheme = StatusScheme.objects.get(partnership=partnership_a)
    assert scheme.name == "Achieved / Slipped / Failed / Stalled"
    assert list(scheme.statuses.values_list("label", flat=True))[:3] == [
        "Not started",
        "Achieved",
        "Slipped",
    ]
    # The old statuses are kept, in a former scheme: history still reads their labels.
    on_track.refresh_from_db()
    assert on_track.scheme.former_partnership == partnership_a
    assert on_track.label == "On track"
    assert [event.what for event in action_timeline(first)] == ["Update submitted: On track"]


def test_a_missing_mapping_is_refused_and_nothing_changes(
    client_for, coordinator, partnership_a, plan_a
):
    on_track = status(partnership_a, "on_track")
    action = plan_a.themes.first().actions.first()
    action.status = on_track
    action.save()
    data = _formset_data([{"label": "Done", "code": "D", "category": "complete", "colour": "blue"}])
    data.pop("save")
    response = client_for(coordinator).post(
        reverse("plans:status_scheme_confirm", args=["partnership-a"]), data
    )
    assert response.status_code == 200
    assert "Choose the new status for actions that are On track." in response.content.decode()
    action.refresh_from_db()
    assert action.status == on_track
    assert partnership_a.status_scheme.statuses.count() == 7


def test_removing_an_unused_status_needs_no_mapping(client_for, coordinator, partnership_a):
    rows = _rows_of(partnership_a.status_scheme)
    rows[-1]["DELETE"] = "on"  # Closed: no action has it
    response = client_for(coordinator).post(
        reverse("plans:status_scheme", args=["partnership-a"]), _formset_data(rows)
    )
    assert response.status_code == 302
    assert "Closed" not in partnership_a.status_scheme.statuses.values_list("label", flat=True)


def test_labels_can_swap_between_statuses(coordinator, partnership_a):
    scheme = partnership_a.status_scheme
    rows = statuses.current_rows(scheme)
    first, second = rows[0], rows[1]
    rows[0] = statuses.StatusRow(first.pk, second.label, second.code, first.category, "grey")
    rows[1] = statuses.StatusRow(second.pk, first.label, first.code, second.category, "green")
    statuses.change_scheme(partnership_a, scheme.name, rows, {}, by=coordinator)
    assert list(scheme.statuses.values_list("label", flat=True))[:2] == ["On track", "Not started"]


def test_status_choices_offer_only_the_current_scheme(coordinator, partnership_a):
    old = status(partnership_a, "closed")
    rows = [r for r in statuses.current_rows(partnership_a.status_scheme) if r.pk != old.pk]
    statuses.change_scheme(partnership_a, "RAG", rows, {}, by=coordinator)
    current = Status.objects.filter(scheme__partnership=partnership_a)
    assert old not in current
    assert old in Status.objects.ever_used_by(partnership_a.pk)


def test_a_viewer_of_b_is_not_shown_as_a_status_of_a(partnership_a):
    other = make_partnership("Partnership C", "partnership-c")
    make_person("c@c.example", "Cee", other, Role.COORDINATOR)
    assert not Status.objects.ever_used_by(partnership_a.pk).filter(scheme__partnership=other)
