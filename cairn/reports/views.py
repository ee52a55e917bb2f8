"""The plan dashboard, board report downloads, publishing and the public page."""

from __future__ import annotations

import datetime as dt
import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET, require_http_methods

from cairn.accounts.access import is_coordinator
from cairn.deathreviews import reviewing
from cairn.deathreviews.access import get_review_for_user
from cairn.deathreviews.publishing import published_reviews
from cairn.indicators.publishing import public_csv
from cairn.indicators.trends import partnership_trends
from cairn.plans.access import get_plan_for_user
from cairn.plans.models import Plan
from cairn.reports.chart_layout import status_chart
from cairn.reports.data import ReportData, report_data
from cairn.reports.forms import ConfirmForm, FilterForm, PublishForm, ReportForm
from cairn.reports.models import Publication
from cairn.reports.publishing import (
    NOTES_ACCEPTED,
    NOTES_CHOICES,
    PUBLIC_PAGE_SECONDS,
    build_snapshot,
    public_page_key,
    publish,
    small_count_threshold,
    withdraw,
)
from cairn.reports.render import CONTENT_TYPES, filename
from cairn.reports.render import render as render_report
from cairn.reports.review_exports import CONTENT_TYPES as REVIEW_CONTENT_TYPES
from cairn.reports.review_exports import render_review, review_filename

DASHBOARD_SECONDS = 24 * 60 * 60
"""How long a dashboard's figures are kept: the key changes anyway with the plan's
revision (plans/versions.py) and the day (what is overdue)."""


def dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan's figures, rendered once per plan revision, day, filters and role and
    kept in the cache; its indicators, read fresh. A cached dashboard reads nothing but the
    plan and its indicators: `data` is only built when a fragment has to be rendered."""
    plan = get_plan_for_user(request, pk)
    today = timezone.localdate()
    # Are the outcomes moving? The indicators that measure the plan's actions.
    trends = partnership_trends(plan.partnership, plan)
    can_publish = is_coordinator(request.user, plan.partnership_id)

    @functools.cache
    def built() -> tuple[FilterForm, ReportData]:
        form = FilterForm(request.GET or None, plan=plan)
        return form, report_data(plan, on=today, filters=form.filters(), trends=trends)

    return render(
        request,
        "reports/dashboard.html",
        {
            "plan": plan,
            "form": SimpleLazyObject(lambda: built()[0]),
            "data": SimpleLazyObject(lambda: built()[1]),
            "chart": SimpleLazyObject(lambda: status_chart(built()[1])),
            "can_publish": can_publish,
            "indicators": trends,
            "cache_key": dashboard_key(plan, today, request.GET.urlencode(), can_publish),
            "cache_seconds": DASHBOARD_SECONDS,
        },
    )


def dashboard_key(plan: Plan, today: dt.date, query: str, can_publish: bool) -> str:
    """Whatever the cached figures depend on: the plan (its creation time too, so that a
    plan made again with the same id in a test database is another plan), its revision,
    the day, the filters and whether the Publish button shows."""
    return f"{plan.pk}:{plan.created_at.isoformat()}:{plan.revision}:{today}:{query}:{can_publish}"


@require_GET
def board_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The form to choose a round and format; with a valid choice, the file itself."""
    plan = get_plan_for_user(request, pk)
    form = ReportForm(request.GET or None, plan=plan)
    if not form.is_valid():
        return render(request, "reports/board_report.html", {"plan": plan, "form": form})
    format = form.cleaned_data["format"]
    data = report_data(plan, form.cleaned_data["round"], on=timezone.localdate())
    response = HttpResponse(render_report(data, format), content_type=CONTENT_TYPES[format])
    response["Content-Disposition"] = f'attachment; filename="{filename(data, format)}"'
    return response


@require_http_methods(["GET", "POST"])
def publication(request: HttpRequest, pk: int) -> HttpResponse:
    """What will be public and how notes appear (GET), which leads to a preview; publish or
    republish (POST, from the preview)."""
    plan = get_plan_for_user(request, pk, write=True)
    live = Publication.objects.live().filter(plan=plan).first()
    if request.method == "POST":
        form = PublishForm(request.POST)
        if form.is_valid():
            live = publish(plan, by=request.user, notes=form.cleaned_data["notes"])
            messages.success(request, "The plan is published. Its public page shows it as of now.")
            return redirect("reports:publication", plan.pk)
    else:
        chosen = live.snapshot.get("notes", NOTES_ACCEPTED) if live else NOTES_ACCEPTED
        form = PublishForm(initial={"notes": chosen})
    return _publication_page(request, plan, live, form)


def _publication_page(
    request: HttpRequest, plan: Plan, live: Publication | None, form: PublishForm
) -> HttpResponse:
    return render(
        request,
        "reports/publication.html",
        {
            "plan": plan,
            "live": live,
            "form": form,
            "threshold": small_count_threshold(plan.partnership),
        },
        status=400 if form.errors else 200,
    )


@require_GET
def publication_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The public page as it would be published now, before anything goes out."""
    plan = get_plan_for_user(request, pk, write=True)
    form = PublishForm(request.GET)
    live = Publication.objects.live().filter(plan=plan).first()
    if not form.is_valid():
        return _publication_page(request, plan, live, form)
    notes = form.cleaned_data["notes"]
    partnership = plan.partnership
    return render(
        request,
        "reports/publication_preview.html",
        {
            "plan": plan,
            "live": live,
            "notes": notes,
            "notes_label": dict(NOTES_CHOICES)[notes],
            "snapshot": build_snapshot(plan, on=timezone.localdate(), notes=notes),
            "published_at": timezone.now(),
            "contact_name": partnership.public_contact_name,
            "contact_email": partnership.public_contact_email,
        },
    )


@require_http_methods(["GET", "POST"])
def withdraw_publication(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request, pk, write=True)
    live = Publication.objects.live().filter(plan=plan).first()
    if live is None:
        raise Http404("This plan is not published.")
    if request.method == "POST" and ConfirmForm(request.POST).is_valid():
        withdraw(plan, by=request.user)
        messages.success(request, "The public page is withdrawn: its address no longer works.")
        return redirect("reports:publication", plan.pk)
    return render(request, "reports/withdraw.html", {"plan": plan, "live": live})


@login_not_required
def public_page(request: HttpRequest, token: str) -> HttpResponse:
    """The published snapshot: the same for everyone until republished, so it is rendered
    once and kept (publishing.public_page_key), and a browser that has it gets a 304."""
    # A partnership the host admin has deactivated shows nothing to the public either.
    live = (
        Publication.objects.live()
        .filter(token=token, plan__partnership__deactivated_at__isnull=True)
        .select_related("plan__partnership")
        .defer("snapshot")
        .first()
    )
    if live is None:
        raise Http404("No such page.")
    # The contact is the partnership's current one, not the one at publication.
    partnership = live.plan.partnership
    # The partnership's death reviews published now: the page links to each (one query).
    reviews = [
        {"token": p.token, "reference": p.published_reference}
        for p in published_reviews(partnership.pk)
    ]
    etag = f'"{public_page_key(live, partnership, [r["token"] for r in reviews])}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        content = cache.get(etag)
        if content is None:
            content = render_to_string(
                "reports/public.html",
                {
                    "snapshot": live.snapshot,  # read now: a second query, once per version
                    "published_at": live.published_at,
                    "contact_name": partnership.public_contact_name,
                    "contact_email": partnership.public_contact_email,
                    "indicators_csv_url": reverse("reports:public_indicators_csv", args=[token]),
                    "reviews": reviews,
                },
            )
            cache.set(etag, content, PUBLIC_PAGE_SECONDS)
        response = HttpResponse(content)
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache"  # always ask; the ETag makes asking cheap
    return response


@login_not_required
@require_GET
def public_indicators_csv(request: HttpRequest, token: str) -> HttpResponse:
    """The published indicators' figures as CSV: the snapshot's, already suppressed (and
    rounded when the partnership chose it), so nothing here is not on the public page."""
    live = (
        Publication.objects.live()
        .filter(token=token, plan__partnership__deactivated_at__isnull=True)
        .select_related("plan__partnership")
        .first()
    )
    if live is None:
        raise Http404("No such page.")
    snapshot = live.snapshot
    content = public_csv(snapshot.get("indicators", []), snapshot.get("threshold", 5))
    response = HttpResponse(content, content_type="text/csv")
    name = f"{live.plan.partnership.slug}-indicators.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_GET
def review_export(request: HttpRequest, pk: int, format: str) -> HttpResponse:
    """A death review's action plan as a file (reports/review_exports.py)."""
    review = get_review_for_user(request, pk)
    if format not in REVIEW_CONTENT_TYPES:
        raise Http404("No such format.")
    export = reviewing.review_export(review, on=timezone.localdate())
    response = HttpResponse(
        render_review(export, format), content_type=REVIEW_CONTENT_TYPES[format]
    )
    response["Content-Disposition"] = f'attachment; filename="{review_filename(export, format)}"'
    return response
