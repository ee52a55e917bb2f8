"""Death reviews: a review's recommendations and actions, tracked to evidence and sign-off."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from cairn.accounts.models import Agency
from cairn.deathreviews.models import (
    STARTER_THEMES,
    ActionSignOff,
    LearningTheme,
    Recommendation,
    Review,
    ReviewAccess,
)
from cairn.deathreviews.reviewing import (
    ReviewRefused,
    add_action,
    add_recommendation,
    review_detail,
    reviews_with_counts,
    sign_off_action,
    sign_off_recommendation,
)
from cairn.deathreviews.tests.conftest import TODAY, date_fields, new_review, theme
from cairn.plans.factories import make_milestone
from cairn.plans.models import Action, Plan

pytestmark = pytest.mark.django_db

# ---------------------------------------------------------------- the lifecycle


def add_through_the_pages(client, slug: str, police_a) -> tuple[Review, Recommendation, Action]:
    """A review, a recommendation and an action, added as the coordinator does on the pages."""
    response = client.post(
        reverse("deathreviews:create", args=[slug]),
        {
            "reference": "DHR 2024/01",
            "kind": "dhr",
            "status": "commissioned",
            "chair": "Independent chair",
        },
    )
    review = Review.objects.get()
    assert response.status_code == 302 and response.url == reverse(
        "deathreviews:review", args=[review.pk]
    )
    assert review.plan.kind == Plan.Kind.REVIEW and review.plan.state == Plan.State.ACTIVE
    assert LearningTheme.objects.filter(partnership=review.partnership).count() == len(
        STARTER_THEMES
    )

    info = theme(review.partnership, "Information sharing")
    client.post(
        reverse("deathreviews:recommendation_create", args=[review.pk]),
        {"ref": "1", "text": "Share risk information", "scope": "partnership", "themes": [info.pk]},
    )
    recommendation = Recommendation.objects.get()
    assert recommendation.objective.theme.plan == review.plan  # an objective of its plan
    client.post(
        reverse("deathreviews:action_create", args=[recommendation.pk]),
        {
            "ref": "1.1",
            "title": "Agree a protocol",
            "lead_agency": police_a.pk,
            "deadline_text": "Mar 2026",
        },
    )
    action = Action.objects.get()
    assert action.objective == recommendation.objective  # an ordinary action of the plan
    return review, recommendation, action


def test_lifecycle_from_review_to_signed_off_recommendation(client_for, coordinator, police_a):
    client = client_for(coordinator)
    slug = coordinator.memberships.get().partnership.slug
    review, recommendation, action = add_through_the_pages(client, slug, police_a)
    # Not while an action is open.
    refused = client.post(
        reverse("deathreviews:recommendation_sign_off", args=[recommendation.pk]),
        {"evidence": "All done"},
    )
    assert refused.status_code == 400
    assert "1 of its actions is still open" in refused.content.decode()
    # Not without evidence.
    no_evidence = client.post(
        reverse("deathreviews:action_sign_off", args=[action.pk]),
        {**date_fields("completed_on", dt.date(2025, 9, 1)), "evidence": ""},
    )
    assert no_evidence.status_code == 400
    assert "Give the evidence that the action was done" in no_evidence.content.decode()
    assert not ActionSignOff.objects.exists()

    client.post(
        reverse("deathreviews:action_sign_off", args=[action.pk]),
        {**date_fields("completed_on", dt.date(2025, 9, 1)), "evidence": "Protocol signed by all."},
    )
    action.refresh_from_db()
    assert action.sign_off.evidence == "Protocol signed by all."
    assert action.status.category == "complete"
    client.post(
        reverse("deathreviews:recommendation_sign_off", args=[recommendation.pk]),
        {"evidence": "Protocol in use since September."},
    )
    recommendation.refresh_from_db()
    assert recommendation.is_signed_off and recommendation.signed_off_by == coordinator
    page = client.get(reverse("deathreviews:review", args=[review.pk])).content.decode()
    assert "Protocol in use since September." in page and "Signed off" in page


def test_a_recommendation_cannot_be_signed_off_while_an_action_is_open(review, coordinator):
    first = review.recommendations.get(objective__ref="1")
    actions = list(Action.objects.filter(objective=first.objective).order_by("order"))
    sign_off_action(actions[0], evidence="Done", completed_on=TODAY, by=coordinator)
    with pytest.raises(ReviewRefused, match="1 of its actions is still open"):
        sign_off_recommendation(first, evidence="Met", by=coordinator)
    first.refresh_from_db()
    assert not first.is_signed_off
    sign_off_action(actions[1], evidence="Done", completed_on=TODAY, by=coordinator)
    assert sign_off_recommendation(first, evidence="Met", by=coordinator).is_signed_off


def test_a_recommendation_without_actions_cannot_be_signed_off(review, client_for, coordinator):
    """Recommendation 2 has no actions: its sign-off would say it was met with nothing done."""
    second = review.recommendations.get(objective__ref="2")
    with pytest.raises(ReviewRefused, match="has no actions yet"):
        sign_off_recommendation(second, evidence="Met", by=coordinator)
    client = client_for(coordinator)
    refused = client.post(
        reverse("deathreviews:recommendation_sign_off", args=[second.pk]), {"evidence": "Met"}
    )
    assert refused.status_code == 400
    assert "This recommendation has no actions yet" in refused.content.decode()
    second.refresh_from_db()
    assert not second.is_signed_off and second.evidence == ""
    page = client.get(reverse("deathreviews:review", args=[review.pk])).content.decode()
    assert "No actions yet" in page
    assert reverse("deathreviews:recommendation_sign_off", args=[second.pk]) not in page


def test_sign_off_without_evidence_or_twice_is_refused(review, coordinator):
    action = Action.objects.filter(objective__recommendation__review=review).first()
    with pytest.raises(ReviewRefused, match="Give the evidence"):
        sign_off_action(action, evidence="  ", completed_on=TODAY, by=coordinator)
    with pytest.raises(ReviewRefused, match="Give the evidence"):
        sign_off_recommendation(review.recommendations.last(), evidence="", by=coordinator)
    sign_off_action(action, evidence="Done", completed_on=TODAY, by=coordinator)
    with pytest.raises(ReviewRefused, match="already signed off"):
        sign_off_action(action, evidence="Again", completed_on=TODAY, by=coordinator)


def test_overdue_and_due_soon_are_shown(review, client_for, coordinator):
    states = review_detail(review, on=TODAY)
    assert [[a.due for a in s.actions] for s in states] == [["overdue", "due soon"], []]
    row = reviews_with_counts(review.partnership, TODAY).get()
    assert (row.action_count, row.open_action_count, row.overdue_count, row.due_soon_count) == (
        2,
        2,
        1,
        1,
    )
    assert (row.recommendation_count, row.open_recommendations) == (2, 2)


# ---------------------------------------------------------------- bad input


def test_a_reference_that_already_exists_is_refused(review, client_for, coordinator):
    response = client_for(coordinator).post(
        reverse("deathreviews:create", args=[review.partnership.slug]),
        {"reference": "dhr 2024/01", "kind": "dhr", "status": "commissioned"},
    )
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert Review.objects.count() == 1 and Plan.objects.filter(kind="review").count() == 1
    with pytest.raises(ReviewRefused, match="already exists"):
        new_review(review.partnership, coordinator, reference=" DHR 2024/01 ")


def test_a_name_in_the_public_summary_is_flagged_before_saving(review, client_for, coordinator):
    url = reverse("deathreviews:edit", args=[review.pk])
    response = client_for(coordinator).post(
        url,
        {
            "reference": review.reference,
            "kind": "dhr",
            "status": "published",
            "public_summary": "The review panel, chaired by casey coordinator, found gaps.",
        },
    )
    assert response.status_code == 400
    assert "The public summary names “casey coordinator”" in response.content.decode()
    review.refresh_from_db()
    assert review.public_summary == "" and review.status == "commissioned"
    with pytest.raises(ReviewRefused, match="names"):
        new_review(
            review.partnership, coordinator, reference="DHR 2024/02", public_summary="mail x@y.org"
        )


def test_a_single_agency_recommendation_needs_its_agency(review, client_for, coordinator):
    response = client_for(coordinator).post(
        reverse("deathreviews:recommendation_create", args=[review.pk]),
        {"text": "Police review their training", "scope": "agency"},
    )
    assert response.status_code == 400
    assert "Choose the agency" in response.content.decode()
    assert review.recommendations.count() == 2


# ---------------------------------------------------------------- themes across reviews


def test_themes_across_three_reviews(partnership_a, coordinator, client_for):
    reviews = [
        new_review(partnership_a, coordinator, reference=f"DHR 2024/0{n}") for n in (1, 2, 3)
    ]
    info = theme(partnership_a, "Information sharing")
    curiosity = theme(partnership_a, "Professional curiosity")
    for n, review in enumerate(reviews):
        add_recommendation(
            review, ref="1", text=f"Share information ({n})", themes=[info], by=coordinator
        )
    add_recommendation(
        reviews[2], ref="2", text="Ask about abuse", themes=[info, curiosity], by=coordinator
    )
    client = client_for(coordinator)
    themes_page = client.get(reverse("deathreviews:themes", args=[partnership_a.slug]))
    rows = {t.name: (t.review_count, t.recommendation_count) for t in themes_page.context["themes"]}
    assert rows["Information sharing"] == (3, 4)
    assert rows["Professional curiosity"] == (1, 1)
    page = client.get(reverse("deathreviews:theme", args=[info.pk])).content.decode()
    for review in reviews:
        assert review.reference in page
    assert "Share information (1)" in page and "Ask about abuse" in page


# ---------------------------------------------------------------- exports


def export_rows(format: str, content: bytes) -> list[list[str]]:
    """The export's table, as its reader gives it."""
    if format == "xlsx":
        sheet = load_workbook(io.BytesIO(content)).active
        return [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    elif format == "docx":
        table = Document(io.BytesIO(content)).tables[0]
        return [[c.text for c in row.cells] for row in table.rows]
    elif format == "pdf":
        import pdfplumber

        with pdfplumber.open(io.BytesIO(content)) as document:
            table = document.pages[0].extract_table()
        # Text laid out in narrow columns breaks anywhere: compare it without spaces.
        return [["".join((cell or "").split()) for cell in row] for row in table]
    else:
        import csv

        return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.mark.parametrize("format", ["xlsx", "docx", "csv", "pdf"])
def test_the_action_plan_exports_in_the_columns_sent_with_a_review(
    review, client_for, coordinator, format
):
    action = Action.objects.filter(objective__recommendation__review=review).first()
    make_milestone(action, "Draft protocol", "Jan 2025")
    sign_off_action(
        action, evidence='=HYPERLINK("http://evil") signed', completed_on=TODAY, by=coordinator
    )
    response = client_for(coordinator).get(
        reverse("reports:review_export", args=[review.pk, format])
    )
    assert response.status_code == 200
    assert "dhr-2024-01-action-plan" in response["Content-Disposition"]
    rows = export_rows(format, response.content)
    header, first = rows[0], rows[1]
    squeeze = (lambda cells: ["".join(c.split()) for c in cells]) if format == "pdf" else list
    assert header == squeeze(
        [
            "Recommendation",
            "Scope",
            "Action",
            "Lead agency",
            "Key milestones",
            "Target date",
            "Date completed",
            "Outcome and evidence",
        ]
    )
    assert first[:6] == squeeze(
        [
            "1 Agencies share risk information before MARAC",
            "Partnership-wide",
            "1.1 Agree an information sharing protocol",
            "Police",
            "Draft protocol (Jan 2025)",
            "May 2025",
        ]
    )
    assert first[6] == squeeze(["1 June 2025"])[0]
    evidence = '=HYPERLINK("http://evil") signed'
    written = evidence if format in ("docx", "pdf") else "'" + evidence  # never a formula
    assert first[7] == squeeze([written])[0]
    assert rows[-1][:2] == squeeze(
        ["2 Police use the DASH checklist at every call", "Single agency (Police)"]
    )


# ---------------------------------------------------------------- who may see reviews


READ_PAGES = ["list", "review", "themes", "theme", "export"]


def read_url(page: str, review: Review) -> str:
    slug = review.partnership.slug
    return {
        "list": reverse("deathreviews:list", args=[slug]),
        "review": reverse("deathreviews:review", args=[review.pk]),
        "themes": reverse("deathreviews:themes", args=[slug]),
        "theme": reverse(
            "deathreviews:theme", args=[theme(review.partnership, "Information sharing").pk]
        ),
        "export": reverse("reports:review_export", args=[review.pk, "xlsx"]),
    }[page]


@pytest.mark.parametrize("page", READ_PAGES)
def test_the_coordinator_sees_reviews(review, client_for, coordinator, page):
    assert client_for(coordinator).get(read_url(page, review)).status_code == 200


@pytest.mark.parametrize("page", READ_PAGES)
def test_anonymous_is_sent_to_sign_in(review, client, page):
    response = client.get(read_url(page, review))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


@pytest.mark.parametrize("page", READ_PAGES)
def test_a_role_the_coordinator_has_not_chosen_is_refused(review, client_for, viewer, page):
    assert client_for(viewer).get(read_url(page, review)).status_code == 403


@pytest.mark.parametrize("page", READ_PAGES)
def test_a_role_the_coordinator_chose_may_read_but_not_change(review, client_for, viewer, page):
    ReviewAccess.objects.create(partnership=review.partnership, roles=["viewer"])
    client = client_for(viewer)
    assert client.get(read_url(page, review)).status_code == 200
    assert client.post(reverse("deathreviews:edit", args=[review.pk]), {}).status_code == 403


@pytest.mark.parametrize("page", READ_PAGES)
def test_another_partnership_gets_not_found(review, client_for, lead_b, page):
    assert client_for(lead_b).get(read_url(page, review)).status_code == 404


COORDINATOR_PAGES = [
    "create",
    "access",
    "theme_create",
    "edit",
    "recommendation_create",
    "action_create",
    "recommendation_sign_off",
    "action_sign_off",
    "import",
    "publication",
]


def write_url(page: str, review: Review) -> str:
    recommendation = review.recommendations.get(objective__ref="1")
    action = Action.objects.filter(objective=recommendation.objective).first()
    args = {
        "create": [review.partnership.slug],
        "access": [review.partnership.slug],
        "theme_create": [review.partnership.slug],
        "action_create": [recommendation.pk],
        "recommendation_sign_off": [recommendation.pk],
        "action_sign_off": [action.pk],
    }.get(page, [review.pk])
    return reverse(f"deathreviews:{page}", args=args)


def test_every_death_review_view_has_a_row():
    """A view added to deathreviews/urls.py without a row in this access table fails here."""
    from cairn.deathreviews import urls

    rows = {"list", "review", "themes", "theme", *COORDINATOR_PAGES}
    rows |= {"withdraw_publication", "public"}  # their own tests below
    assert {pattern.name for pattern in urls.urlpatterns} == rows


@pytest.mark.parametrize("page", COORDINATOR_PAGES)
def test_the_coordinators_pages(review, client, client_for, coordinator, viewer, lead_b, page):
    """Works for the coordinator; a reader the coordinator chose gets 403; another
    partnership's person 404; the signed-out go to sign in."""
    ReviewAccess.objects.create(partnership=review.partnership, roles=["viewer"])
    url = write_url(page, review)
    assert client_for(coordinator).get(url).status_code == 200
    assert client_for(viewer).get(url).status_code == 403
    assert client_for(lead_b).get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_only_the_coordinator_withdraws_the_public_page(
    review, client, client_for, coordinator, viewer, lead_b
):
    from cairn.deathreviews.publishing import live_publication, publish

    ReviewAccess.objects.create(partnership=review.partnership, roles=["viewer"])
    publish(review, by=coordinator, on=TODAY)
    url = reverse("deathreviews:withdraw_publication", args=[review.pk])
    assert client_for(viewer).post(url).status_code == 403
    assert client_for(lead_b).post(url).status_code == 404
    client.logout()
    assert client.post(url).status_code == 302
    assert live_publication(review) is not None  # still published
    assert client_for(coordinator).post(url).status_code == 302
    assert live_publication(review) is None


def test_the_public_page_is_for_anyone_with_its_address(
    review, client, client_for, coordinator, lead_b
):
    from cairn.deathreviews.publishing import publish

    url = reverse("deathreviews:public", args=[publish(review, by=coordinator, on=TODAY).token])
    assert client.get(url).status_code == 200
    assert client_for(lead_b).get(url).status_code == 200


def test_the_coordinator_chooses_who_may_see_reviews(review, client_for, coordinator, viewer, lead):
    url = reverse("deathreviews:access", args=[review.partnership.slug])
    client_for(coordinator).post(url, {"roles": ["viewer"]})
    assert ReviewAccess.objects.get().roles == ["viewer"]
    assert client_for(viewer).get(read_url("review", review)).status_code == 200
    assert client_for(lead).get(read_url("review", review)).status_code == 403


def test_the_review_plan_is_gated_like_the_review(review, client_for, coordinator, viewer):
    """Its plan, actions and reports are ordinary pages, seen by the same people only."""
    action = Action.objects.filter(theme__plan=review.plan).first()
    urls = [
        reverse("plans:plan", args=[review.plan_id]),
        reverse("plans:action", args=[action.pk]),
        reverse("reports:dashboard", args=[review.plan_id]),
    ]
    for url in urls:
        assert client_for(coordinator).get(url).status_code == 200, url
        assert client_for(viewer).get(url).status_code == 403, url


def test_my_actions_lists_review_actions_only_to_a_lead_who_may_see_reviews(
    review, client_for, coordinator, lead, action_a
):
    """The review's actions are led by the lead's agency (police). Until the coordinator
    chooses leads, My actions leaves them out, and their open round too: each link there
    would answer 403."""
    from cairn.reviews.rounds import open_round

    review_round = open_round(
        review.plan,
        period="2025 first half",
        opens_on=dt.date(2025, 5, 1),
        closes_on=dt.date(2099, 9, 30),
        by=coordinator,
    )
    review_action = Action.objects.filter(theme__plan=review.plan).order_by("order").first()
    my_actions = reverse("plans:my_actions")
    page = client_for(lead).get(my_actions).content.decode()
    assert action_a.title in page  # their ordinary plan's action is still there
    assert review_action.title not in page
    assert reverse("plans:action", args=[review_action.pk]) not in page
    assert reverse("reviews:update", args=[review_round.pk, review_action.pk]) not in page

    ReviewAccess.objects.create(partnership=review.partnership, roles=["lead"])
    page = client_for(lead).get(my_actions).content.decode()
    assert reverse("plans:action", args=[review_action.pk]) in page
    assert reverse("reviews:update", args=[review_round.pk, review_action.pk]) in page
    assert client_for(lead).get(reverse("plans:action", args=[review_action.pk])).status_code == 200


def test_every_link_on_my_actions_opens(review, client_for, coordinator, lead, viewer):
    """Whatever the coordinator chose, nothing My actions links to answers 403."""
    import re

    review_action = Action.objects.filter(theme__plan=review.plan).first()
    review_action.lead_people.add(viewer)
    for roles in ([], ["viewer"], ["lead"], ["lead", "viewer"]):
        ReviewAccess.objects.update_or_create(
            partnership=review.partnership, defaults={"roles": roles}
        )
        for person in (lead, viewer, coordinator):
            client = client_for(person)
            page = client.get(reverse("plans:my_actions")).content.decode()
            for pk in re.findall(r'href="/actions/(\d+)/"', page):
                url = reverse("plans:action", args=[int(pk)])
                assert client.get(url).status_code == 200, (roles, person, url)


def test_the_partnership_page_links_to_reviews_for_those_who_may_see_them(
    review, client_for, coordinator, viewer
):
    home = reverse("accounts:partnership", args=[review.partnership.slug])
    link = reverse("deathreviews:list", args=[review.partnership.slug])
    page = client_for(coordinator).get(home).content.decode()
    assert link in page
    assert review.plan.title not in page  # the review's plan is not a yearly plan
    assert link not in client_for(viewer).get(home).content.decode()


# ---------------------------------------------------------------- queries do not grow


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def grow(partnership, by, agency: Agency, reviews: int, recommendations: int, actions: int) -> None:
    info = theme(partnership, "Information sharing") if Review.objects.exists() else None
    for r in range(reviews):
        review = new_review(partnership, by, reference=f"DARDR {r + 10}")
        info = info or theme(partnership, "Information sharing")
        for n in range(recommendations):
            recommendation = add_recommendation(
                review, ref=str(n + 1), text=f"Recommendation {n}", themes=[info], by=by
            )
            for a in range(actions):
                action = add_action(
                    recommendation,
                    title=f"Action {a}",
                    lead_agency=agency,
                    deadline_text="Mar 2026",
                    by=by,
                )
                if a == 0:
                    sign_off_action(action, evidence="Done", completed_on=TODAY, by=by)
                    make_milestone(action, "Step", "Jan 2026")


def test_query_counts_do_not_grow_with_the_reviews(
    review, client_for, coordinator, police_a, viewer
):
    ReviewAccess.objects.create(partnership=review.partnership, roles=["viewer"])
    partnership = review.partnership
    info = theme(partnership, "Information sharing")
    urls = {
        "list": reverse("deathreviews:list", args=[partnership.slug]),
        "review": reverse("deathreviews:review", args=[review.pk]),
        "themes": reverse("deathreviews:themes", args=[partnership.slug]),
        "theme": reverse("deathreviews:theme", args=[info.pk]),
    }
    clients = {"coordinator": client_for(coordinator)}
    small = {name: count_queries(clients["coordinator"], url) for name, url in urls.items()}
    grow(partnership, coordinator, police_a, reviews=3, recommendations=3, actions=3)
    first = review.recommendations.first()
    for a in range(4):
        add_action(
            first, title=f"More {a}", lead_agency=police_a, deadline_text="Jan 2026", by=coordinator
        )
    large = {name: count_queries(clients["coordinator"], url) for name, url in urls.items()}
    assert large == small
    # Every page: the session with its person, and their memberships (their roles, and the
    # base page's navigation): 2.
    # list: + the partnership, the reviews with all their counts (one query): 4.
    # review: + the review (with its panel chair), its recommendations, their themes,
    #   actions (with status and sign-off), lead agencies, lead people, milestones, and its
    #   live public page if any: 10.
    # themes: + the partnership, the themes with their counts: 4.
    # theme: + the theme, its recommendations with their counts: 4.
    assert small == {"list": 4, "review": 10, "themes": 4, "theme": 4}


# ---------------------------------------------------------------- reminders


def test_due_and_overdue_review_actions_are_reminded_once(
    review, coordinator, viewer, lead, mailoutbox
):
    from cairn.accounts.notifications import send_reminders

    first = (
        Action.objects.filter(objective__recommendation__review=review).order_by("order").first()
    )
    first.lead_people.add(lead, viewer)  # the viewer may not see reviews: never told
    assert send_reminders(TODAY) == 1
    [message] = mailoutbox
    assert message.to == [coordinator.email]
    assert "1.1 Agree an information sharing protocol (overdue" in message.body
    assert "1.2 Train MARAC representatives (due soon" in message.body
    assert send_reminders(TODAY) == 0  # once a day
    assert send_reminders(TODAY + dt.timedelta(days=1)) == 0  # and once for each
    ReviewAccess.objects.create(partnership=review.partnership, roles=["lead"])
    sign_off_action(
        Action.objects.get(ref="1.2"), evidence="Trained", completed_on=TODAY, by=coordinator
    )
    assert send_reminders(TODAY + dt.timedelta(days=2)) == 1
    assert mailoutbox[-1].to == [lead.email]  # the lead, once leads may see reviews
    assert "1.1 Agree" in mailoutbox[-1].body and "1.2 Train" not in mailoutbox[-1].body


def test_a_self_report_round_runs_on_a_review_plan_unchanged(review, client_for, coordinator, lead):
    """Agencies report on a review's actions through an ordinary review round."""
    from cairn.plans.factories import status
    from cairn.reviews.rounds import open_round
    from cairn.reviews.updates import UpdateInput, save_update

    ReviewAccess.objects.create(partnership=review.partnership, roles=["lead"])
    action = Action.objects.filter(theme__plan=review.plan).order_by("order").first()
    action.lead_people.add(lead)
    review_round = open_round(
        review.plan,
        period="2025 first half",
        opens_on=dt.date(2025, 9, 1),
        closes_on=dt.date(2025, 9, 30),
        by=coordinator,
    )
    client = client_for(lead)
    update_url = reverse("reviews:update", args=[review_round.pk, action.pk])
    assert client.get(update_url).status_code == 200
    on_track = status(review.partnership, "on_track")
    save_update(
        review_round,
        action,
        lead,
        UpdateInput(status=on_track, note="Protocol drafted."),
        version=0,
        submit=True,
    )
    action.refresh_from_db()
    assert action.status == on_track and action.progress_note == "Protocol drafted."
    assert client.get(reverse("reviews:round", args=[review_round.pk])).status_code == 200
    ReviewAccess.objects.filter(partnership=review.partnership).update(roles=[])
    assert client_for(lead).get(reverse("reviews:round", args=[review_round.pk])).status_code == 403


def test_deleting_the_review_plan_hides_the_review_until_restored(review, client_for, coordinator):
    from cairn.plans.deleting import restore, soft_delete

    client = client_for(coordinator)
    deletion = soft_delete(review.plan, by=coordinator)
    assert client.get(read_url("review", review)).status_code == 404
    assert list(reviews_with_counts(review.partnership, TODAY)) == []
    themes = client.get(read_url("themes", review)).context["themes"]
    assert {t.recommendation_count for t in themes} == {0}
    restore(deletion, by=coordinator)
    assert client.get(read_url("review", review)).status_code == 200
