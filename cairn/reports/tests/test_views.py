"""The dashboard, board report downloads, publishing and the public page."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cairn.accounts.models import User
from cairn.reports.models import Publication
from cairn.reports.publishing import NOTES_AS_GIVEN, publish
from cairn.reports.tests.conftest import EXCEPTION_REFS, make_big_plan
from cairn.reports.tests.readers import docx_rows

TODAY = "2016-12-01 12:00"


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


def url(name, plan):
    return reverse(f"reports:{name}", args=[plan.pk])


# ---------------------------------------------------------------- dashboard


def test_dashboard_shows_exceptions_chart_and_table(client_for, viewer, report_plan):
    response = client_for(viewer).get(url("dashboard", report_plan))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'role="img"' in page and "<title id=" in page and "<desc id=" in page
    assert "Actions by status in each theme (the chart's figures)" in page
    exceptions = response.context["data"].exceptions
    assert {a.ref: a.status_text for a in exceptions} == EXCEPTION_REFS
    for title in ("Train GPs to ask about abuse", "Specialist court listings"):
        assert title in page
    assert "Update completeness by agency" in page


def test_dashboard_shows_the_indicators_measuring_the_plan(client_for, viewer, report_plan):
    from cairn.indicators.periods import Period
    from cairn.indicators.tests.conftest import add_figures, make_indicator

    indicator = make_indicator(report_plan.partnership, "Repeat MARAC cases")
    indicator.actions.add(report_plan.themes.first().actions.first())
    add_figures(indicator, Period(2016, 1), [31, 29, 28, 27.5])
    make_indicator(report_plan.partnership, "Not linked to this plan")
    response = client_for(viewer).get(url("dashboard", report_plan))
    page = response.content.decode()
    assert "Repeat MARAC cases" in page and "27.5%" in page and "On course" in page
    assert reverse("indicators:indicator", args=[indicator.pk]) in page
    assert "Not linked to this plan" not in page


def test_dashboard_filters_are_kept_in_the_url(client_for, viewer, report_plan, agencies):
    response = client_for(viewer).get(
        url("dashboard", report_plan), {"agency": agencies["police"].pk}
    )
    assert [a.ref for a in response.context["data"].actions] == ["2.1", "2.2"]
    assert f'<option value="{agencies["police"].pk}" selected>' in response.content.decode()
    assert "(optional)" not in response.content.decode()  # a filter is optional by nature


def test_plan_page_links_to_the_dashboard(client_for, viewer, report_plan):
    response = client_for(viewer).get(reverse("plans:plan", args=[report_plan.pk]))
    assert url("dashboard", report_plan) in response.content.decode()


def test_dashboard_chart_is_an_svg_template_with_the_tables_figures(
    client_for, viewer, report_plan, monkeypatch
):
    """The page draws the chart from a template: matplotlib is for documents only."""
    import re
    import xml.etree.ElementTree as ET

    from cairn.reports import charts

    monkeypatch.setattr(charts, "status_by_theme", lambda data: pytest.fail("matplotlib"))
    response = client_for(viewer).get(url("dashboard", report_plan))
    page = response.content.decode()
    svg = re.search(r"<svg .*?</svg>", page, re.S).group(0)
    root = ET.fromstring(svg)  # well-formed
    ns = "{http://www.w3.org/2000/svg}"
    assert root.find(f"{ns}title").text == "Actions by status in each theme"
    assert "style=" not in svg  # the Content-Security-Policy allows no inline styles
    data = response.context["data"]
    # Each segment names its status and count; together they are the table's figures.
    drawn = [
        rect.find(f"{ns}title").text
        for rect in root.iter(f"{ns}rect")
        if rect.find(f"{ns}title") is not None
    ]
    expected = [
        f"{label}: {n}" for _, counts in data.theme_counts for label, n in counts.items() if n
    ]
    assert drawn == expected
    assert sum(int(t.split(": ")[1]) for t in drawn) == len(data.actions)


def test_dashboard_query_count_does_not_grow_with_the_plan(
    client_for, viewer, partnership_a, django_assert_num_queries
):
    small = make_big_plan(partnership_a, 30)
    big = make_big_plan(partnership_a, 300)
    client = client_for(viewer)
    counts = []
    for plan in (small, big):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("dashboard", plan)).status_code == 200
        counts.append(len(queries))
    # 1 the session with its person, 2 plan with partnership, 3 the person's memberships
    # (their roles, and the navigation); report_data: 4 statuses, 5 rounds (no round: no
    # update query), 6 actions with statuses, 7 their lead agencies, 8 their lead people,
    # 9 themes, 10 objectives, 11 movement counts; the filter form's 12 themes, 13 agencies,
    # 14 statuses; 15 the plan's indicators with their figures (no indicator: no query for
    # which actions each measures).
    assert counts == [15, 15]


def test_the_dashboard_is_kept_until_its_plan_changes(
    client_for, coordinator, report_plan, agencies
):
    """Kept per plan revision (plans/versions.py): a second look reads only the plan and
    its indicators, and a change to an action, an agency or a deletion shows at once."""
    from cairn.plans.deleting import soft_delete

    client = client_for(coordinator)
    dashboard = url("dashboard", report_plan)
    client.get(dashboard)
    with CaptureQueriesContext(connection) as queries:
        assert "Train GPs to ask about abuse" in client.get(dashboard).content.decode()
    # 1 the session with its person, 2 plan with partnership, 3 the person's memberships
    # (their roles, and the navigation), 4 the plan's indicators: the figures come from
    # the cache.
    assert len(queries) == 4, "\n".join(q["sql"] for q in queries.captured_queries)

    action = report_plan.test_actions["1.1"]
    action.title = "Train every GP to ask about abuse"
    action.save()
    assert "Train every GP to ask about abuse" in client.get(dashboard).content.decode()

    agencies["council"].name = "Borough Council"
    agencies["council"].save()
    assert "Borough Council" in client.get(dashboard).content.decode()

    soft_delete(action, by=coordinator)
    assert "Train every GP" not in client.get(dashboard).content.decode()


def test_a_plan_saved_from_an_old_copy_keeps_its_revision(report_plan):
    """`revision` is only ever raised in the database, never written back from a copy."""
    from cairn.plans.models import Plan

    old_copy = Plan.objects.get(pk=report_plan.pk)
    report_plan.test_actions["1.1"].save()
    raised = Plan.objects.get(pk=report_plan.pk).revision
    assert raised > old_copy.revision
    old_copy.title = "Renamed"
    old_copy.save()
    assert Plan.objects.get(pk=report_plan.pk).revision > raised  # the save raises it again


def test_dashboard_anonymous_is_sent_to_sign_in(client, report_plan):
    response = client.get(url("dashboard", report_plan))
    assert response.status_code == 302 and "/sign-in" in response["Location"]


def test_dashboard_of_another_partnership_is_404(client_for, lead_b, report_plan):
    assert client_for(lead_b).get(url("dashboard", report_plan)).status_code == 404


# ---------------------------------------------------------------- board report


def test_board_report_form_then_download(client_for, viewer, report_plan):
    client = client_for(viewer)
    assert client.get(url("board_report", report_plan)).status_code == 200
    round_q1 = report_plan.rounds.get(period="2016/17 Q1")
    response = client.get(
        url("board_report", report_plan), {"format": "docx", "round": round_q1.pk}
    )
    assert response.status_code == 200
    name = "partnership-a-domestic-abuse-action-plan-2016-17-q1-board-report.docx"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    rows = docx_rows(response.content)
    assert any("2016/17 Q1" in row[0] for row in rows)


@pytest.mark.parametrize("format", ["pdf", "xlsx", "csv"])
def test_board_report_downloads_in_each_format(client_for, viewer, report_plan, format):
    response = client_for(viewer).get(url("board_report", report_plan), {"format": format})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'.{format}"')


def test_board_report_round_of_another_plan_is_refused(client_for, viewer, report_plan, plan_a):
    other = report_plan.rounds.first()
    response = client_for(viewer).get(
        url("board_report", plan_a), {"format": "csv", "round": other.pk}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_board_report_anonymous_and_other_partnership(client, client_for, lead_b, report_plan):
    assert client.get(url("board_report", report_plan)).status_code == 302
    assert client_for(lead_b).get(url("board_report", report_plan)).status_code == 404


# ---------------------------------------------------------------- publishing


def test_coordinator_publishes_after_confirming(client_for, coordinator, report_plan):
    client = client_for(coordinator)
    assert client.get(url("publication", report_plan)).status_code == 200
    assert not Publication.objects.exists()
    response = client.post(url("publication", report_plan), {"notes": "accepted"})
    assert response.status_code == 302
    publication = Publication.objects.get()
    assert publication.is_live and publication.published_by == coordinator
    public = client.get(reverse("reports:public", args=[publication.token]))
    assert "Specialist court listings" in public.content.decode()


def test_republishing_keeps_the_address_and_freezes_until_then(
    client_for, coordinator, report_plan
):
    client = client_for(coordinator)
    client.post(url("publication", report_plan), {"notes": "accepted"})
    token = Publication.objects.get().token
    action = report_plan.test_actions["1.2"]
    action.title = "A new title after publishing"
    action.save()
    public_url = reverse("reports:public", args=[token])
    assert "A new title after publishing" not in client.get(public_url).content.decode()
    client.post(url("publication", report_plan), {"notes": "accepted"})
    assert Publication.objects.get().token == token
    assert "A new title after publishing" in client.get(public_url).content.decode()


def test_withdrawn_publication_is_404(client, client_for, coordinator, report_plan):
    publication = publish(report_plan, by=coordinator)
    public_url = reverse("reports:public", args=[publication.token])
    assert client.get(public_url).status_code == 200
    coordinator_client = client_for(coordinator)
    assert coordinator_client.get(url("withdraw_publication", report_plan)).status_code == 200
    assert coordinator_client.post(url("withdraw_publication", report_plan)).status_code == 302
    client.logout()
    assert client.get(public_url).status_code == 404
    publication.refresh_from_db()
    assert publication.withdrawn_by == coordinator
    # The audit trail keeps who published and who withdrew.
    assert [h.history_user for h in publication.history.order_by("history_date")] == [
        coordinator,
        coordinator,
    ]


def test_unknown_token_is_404(client, db):
    assert client.get(reverse("reports:public", args=["not-a-token"])).status_code == 404


@pytest.mark.parametrize("name", ["publication", "withdraw_publication"])
def test_viewer_and_lead_may_not_publish_or_withdraw(client_for, viewer, lead, report_plan, name):
    publish(report_plan, by=User.objects.get(email="coordinator@a.example"))
    for person in (viewer, lead):
        client = client_for(person)
        assert client.get(url(name, report_plan)).status_code == 403
        assert client.post(url(name, report_plan)).status_code == 403
    assert Publication.objects.get().is_live


@pytest.mark.parametrize("name", ["publication", "withdraw_publication"])
def test_publishing_anonymous_and_other_partnership(client, client_for, lead_b, report_plan, name):
    assert client.post(url(name, report_plan)).status_code == 302
    assert client_for(lead_b).post(url(name, report_plan)).status_code == 404
    assert not Publication.objects.exists()


def test_public_page_names_no_person_and_no_email(client, coordinator, viewer, lead_b, report_plan):
    # Notes as given, so that the leads' unreviewed notes are published (and scrubbed) too.
    publication = publish(report_plan, by=coordinator, notes=NOTES_AS_GIVEN)
    page = client.get(reverse("reports:public", args=[publication.token])).content.decode()
    assert "NHS" in page and "Police" in page  # agencies are named
    people = list(User.objects.all())
    assert len(people) >= 4
    for person in people:
        assert person.name.lower() not in page.lower(), person.name
        assert person.email.lower() not in page.lower(), person.email
    assert "@a.example" not in page
    assert "[email address removed]" in page and "[name removed]" in page
    # The frozen snapshot itself holds no person either.
    stored = str(publication.snapshot).lower()
    assert not any(p.name.lower() in stored or p.email in stored for p in people)


def test_public_page_shows_counts_of_actions_as_they_are(client, coordinator, report_plan):
    # Actions are not people: small counts of them identify nobody, and hiding them beside
    # their total gave them away ("fewer than 5 ... 18 actions").
    publication = publish(report_plan, by=coordinator)
    page = client.get(reverse("reports:public", args=[publication.token])).content.decode()
    assert "fewer than" not in page
    counts = [item["count"] for item in publication.snapshot["counts"]]
    assert counts and all(isinstance(c, int) and 0 < c < 5 for c in counts)
    assert sum(counts) == publication.snapshot["total"] == 6


def test_public_page_shows_the_plans_indicators_with_small_counts_suppressed(
    client, coordinator, report_plan
):
    from cairn.indicators.periods import Period
    from cairn.indicators.tests.conftest import add_figures, make_indicator

    referrals = make_indicator(
        report_plan.partnership,
        "IDVA referrals",
        unit="count",
        direction="higher",
        target_kind="",
        target_value=None,
        baseline_value=None,
        baseline_period="",
    )
    referrals.actions.add(report_plan.themes.first().actions.first())
    add_figures(referrals, Period(2016, 1), [12, 3, 20, 8])
    make_indicator(report_plan.partnership, "Not about this plan")
    publication = publish(report_plan, by=coordinator)
    [published] = publication.snapshot["indicators"]
    shown = [row["figure"] for row in published["figures"]]
    assert published["name"] == "IDVA referrals" and shown[1] == "<5"
    assert "[c]" in [*shown, published["total"]] and "3" not in shown
    page = client.get(reverse("reports:public", args=[publication.token])).content.decode()
    assert "IDVA referrals" in page and "&lt;5" in page and "Not about this plan" not in page


def test_small_count_threshold_is_a_setting_recorded_with_the_snapshot(
    client, coordinator, report_plan, settings
):
    settings.CAIRN_SMALL_COUNT_THRESHOLD = 10
    publication = publish(report_plan, by=coordinator)
    assert publication.snapshot["threshold"] == 10
    assert publication.snapshot["total"] == 6


# ---------------------------------------------------------------- the public page, kept


def test_public_page_is_rendered_once_per_version_and_answers_304_to_its_etag(
    client, coordinator, report_plan, partnership_a, django_assert_num_queries
):
    live = publish(report_plan, by=coordinator)
    address = reverse("reports:public", args=[live.token])
    first = client.get(address)
    etag = first["ETag"]
    assert first.status_code == 200 and etag.startswith('"public-')
    # Kept: no template rendered again, two queries (the publication, without its snapshot;
    # the partnership's death reviews published now, which the page links to).
    with django_assert_num_queries(2):
        again = client.get(address)
    assert again.templates == [] and again.content == first.content
    with django_assert_num_queries(2):
        unchanged = client.get(address, headers={"If-None-Match": etag})
    assert unchanged.status_code == 304 and unchanged.content == b""
    # A new contact, or republishing, is a new version.
    partnership_a.public_contact_name = "Community Safety Team"
    partnership_a.save()
    changed = client.get(address, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and "Community Safety Team" in changed.content.decode()
    with time_machine.travel("2016-12-02 12:00", tick=False):
        publish(report_plan, by=coordinator)
    republished = client.get(address, headers={"If-None-Match": changed["ETag"]})
    assert republished.status_code == 200 and republished["ETag"] != changed["ETag"]
    # So is a death review published or withdrawn: the page links to it.
    from cairn.deathreviews.models import Review
    from cairn.deathreviews.publishing import publish as publish_review
    from cairn.deathreviews.reviewing import create_review

    review = create_review(partnership_a, Review(reference="DHR 2016/01"), by=coordinator)
    publish_review(review, by=coordinator, on=timezone.localdate())
    linked = client.get(address, headers={"If-None-Match": republished["ETag"]})
    assert linked.status_code == 200 and "DHR 2016/01" in linked.content.decode()


def test_a_kept_public_page_is_gone_once_withdrawn(client, coordinator, report_plan):
    from cairn.reports.publishing import withdraw

    live = publish(report_plan, by=coordinator)
    address = reverse("reports:public", args=[live.token])
    assert client.get(address).status_code == 200
    withdraw(report_plan, by=coordinator)
    assert client.get(address).status_code == 404


def test_board_reports_answer_304_when_nothing_changed(client_for, viewer, report_plan):
    """Every response carries an ETag (a hash of its bytes). A signed-in page never matches
    one (each carries a fresh CSRF token for its sign-out button), but a report does."""
    client = client_for(viewer)
    # Word and Excel files carry the second they were written: the clock stands still here,
    # as it would between two requests within one second.
    with time_machine.travel(dt.datetime(2016, 12, 1, 12, tzinfo=dt.UTC), tick=False):
        for format in ("csv", "xlsx", "docx"):
            first = client.get(url("board_report", report_plan), {"format": format})
            assert first.status_code == 200 and first["ETag"]
            again = client.get(
                url("board_report", report_plan),
                {"format": format},
                headers={"If-None-Match": first["ETag"]},
            )
            assert again.status_code == 304, format
